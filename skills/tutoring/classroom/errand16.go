package classroom

import (
	"regexp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// errandRe asks the tutor for an errand no lesson is about — something
// put in a cart, a table or a room booked, a meeting set up, food or a
// taxi ordered — in the imperative ("장바구니에 한국어 교재 담아줘" was
// taken for the Korean lesson: post15's out_of_scope). A question about
// such things ("how do I order food in Korean?") is not one.
var errandRe = regexp.MustCompile(`(?i)장바구니|담아\s*(?:줘|주세요|줄래|주실)|결제해\s*(?:줘|주세요)|(?:예약|회의|미팅|약속)\s*(?:좀\s*)?(?:해|잡아)\s*(?:줘|주세요|줄래|주실)|시켜\s*(?:줘|주세요)|택시|\b(?:add|put)\s+(?:\w+\s+){0,4}(?:in|into|to)\s+(?:my\s+|the\s+)?(?:cart|basket)\b|\b(?:book|reserve)\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:table|room|hotel|flight|ticket)\b|\bset\s+up\s+a\s+meeting\b|\border\s+(?:me|us)\b|\b(?:call|get)\s+(?:me\s+|us\s+)?a\s+(?:taxi|cab)\b`)

// errand: a request for an errand another avatar serves, or none, said to
// the tutor, is out of her scope — not a lesson it names a word of.
func errand(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !errandRe.MatchString(text) || intent != "tutor_lesson" && intent != intentAsk && intent != intentQuiz && intent != "tutor_lessons" {
		return agents.Step{}, false
	}
	if _, _, solo := soloSeq(t); solo || quizRunning(t) {
		return agents.Step{}, false
	}
	t.Understood(embedded.OutOfScope, max(p, minP), nil)
	return agents.Step{Say: t.Ko("그건 제가 도와드릴 수 없는 일이에요. ", "That's not something I can do here. ") + t.Help()}, true
}

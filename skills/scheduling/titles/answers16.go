package titles

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// post15's weakest scheduling intents: whose answer a text is about.
// "민수가 내 미팅 초대 거절했나?", "did minsu say yes to my meeting?" ask
// how someone answered the user's invitation (sched_replies), though
// they say "decline", "yes"; "지영 씨가 보낸 … 초대에 참석으로 응답해
// 주세요", "데이비드 미팅 초대 no로 해줘" answer an invitation the user
// received (sched_respond), though they name its sender and a meeting.

var (
	// othersAnswerRe: someone else's answer asked about — a subject
	// that is not the user ("민수가 … 거절했나", "did minsu say yes").
	othersAnswerKo = regexp.MustCompile(`\S+(?:가|이|께서|씨가|님이)\s+(?:\S+\s+){0,4}(?:거절|수락|승낙|참석|불참|답장|답|응답|회신|오케이|ok|OK)\S*\s*(?:했|한|하셨|해\s*줬|보냈)\S*\s*(?:나|나요|니|어|어요|는지|지|까|을까|을까요)?\s*\??\s*$`)
	othersAnswerEn = regexp.MustCompile(`(?i)^\s*(?:so\s+|and\s+)?(?:did|has|have)\s+(\w+)(?:\s+\w+)?\s+(?:say\s+(?:yes|no)|accept(?:ed)?|decline[d]?|repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|rsvp(?:'?d)?|get\s+back|turn(?:ed)?\s+down|reject(?:ed)?|refuse[d]?|pass(?:ed)?\s+on|confirm(?:ed)?)\b`)
	// whoAnsweredEn: who answered asked about ("who turned down my
	// invite?", "anyone said no to the retro?": und17b, post16).
	whoAnsweredEn = regexp.MustCompile(`(?i)^\s*(?:so\s+|and\s+|hey\s+)?(?:who(?:'s|\s+has|\s+have)?|anyone|anybody|any\s*one)\s+(?:already\s+|actually\s+)?(?:said\s+(?:yes|no)|accepted|declined|replied|responded|answered|rsvp'?d|turned\s+down|rejected|refused|passed\s+on|confirmed|got\s+back)\b`)
	// myAnswerRe: the user's own answer told ("참석으로 응답해 주세요",
	// "초대 no로 해줘", "accept jiyoung's invite").
	myAnswerRe = regexp.MustCompile(`(?i)(?:참석|불참|수락|거절|yes|no|ok|오케이|좋다고|간다고|못\s*간다고)\s*(?:으로|로|라고)?\s*(?:응답|답|답장|회신|해)\s*(?:해)?\s*(?:줘|주세요|줄래|주실|드려|둬)|초대\S*\s+(?:\S+\s+)?(?:수락|거절|승낙)(?:해|하)|\b(?:accept|decline|turn\s+down)\s+(?:\w+'s\s+|the\s+|that\s+)?(?:\w+\s+){0,3}invit`)
)

// othersAnswered: an English question whether someone other than the
// user answered ("did minsu say yes"; not "did I accept").
func othersAnswered(text string) bool {
	if whoAnsweredEn.MatchString(text) {
		return true
	}
	m := othersAnswerEn.FindStringSubmatch(text)
	return m != nil && !map[string]bool{"i": true, "you": true, "we": true}[strings.ToLower(m[1])]
}

// whoseAnswer places a text about an invitation's answer by whose
// answer it is.
func whoseAnswer(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if t.Intent() != "" {
		return agents.Step{}, false
	}
	text := t.Text()
	switch {
	case intent == "sched_respond" && (othersAnswerKo.MatchString(text) && !myAnswerRe.MatchString(text) || othersAnswered(text)):
		return t.Begin("sched_replies", max(p, 0.6)), true
	case (intent == "sched_replies" || intent == "sched_invite") && myAnswerRe.MatchString(text) && !othersAnswered(text) && !othersAnswerKo.MatchString(text):
		return t.Begin("sched_respond", max(p, 0.6)), true
	}
	return agents.Step{}, false
}

// freeAsked: a question when someone is free ("Is there any time Yuki is
// free the day after tomorrow?", "is Minsu available friday?").
var freeAsked = regexp.MustCompile(`(?i)\b(?:free|available|open)\b|\bany\s+time\b|비는|비어|한가|시간\s*(?:있|되|돼)`)

// freeNotPeople: a person named and asked free on a day said is a search
// for a time with them, not a look in the directory — the classifier
// heard the name alone (post6 u-en-070 after this round's data).
func freeNotPeople(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != "sched_find_people" || t.Intent() != "" || !freeAsked.MatchString(t.Text()) || t.Said("sched_find_slots")["from"] == "" {
		return agents.Step{}, false
	}
	return t.Begin("sched_find_slots", max(p, 0.6)), true
}

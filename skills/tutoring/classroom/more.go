package classroom

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/agents/nlu/followup"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// Slots (remembered across tasks: "@…") holding the last grounded answer,
// so "자세히" / "tell me more" right after it gets the rest of its section
// (tutoring.Grounded.More), which the conversation data cannot express.
const (
	slotAsked   = "@ask_answered" // "1" after a covered answer
	slotMore    = "@ask_more"     // the rest of its section, until told
	slotMoreSrc = "@ask_more_src" // its source line
	slotMoreLng = "@ask_more_lang"
	slotAnswer  = "@ask_answer" // the answer itself, for "쉽게"
	slotMissed  = "@ask_missed" // "1" after a question the lessons do not cover
	// slotTold is "1" once the rest (slotMore) was told: what "그거 영어로"
	// then means is the rest, the latest thing said, not the answer.
	slotTold = "@ask_more_told"
)

// remember keeps a tutor_ask answer's rest and source for "자세히"; any
// other result of the tool (not covered, an error) forgets the last one.
func remember(t *embedded.Turn, r *skills.Result) {
	for _, k := range []string{slotAsked, slotMore, slotMoreSrc, slotMoreLng, slotAnswer, slotQuestion, slotMissed, slotTold} {
		t.Set(k, "")
	}
	if r.Status != skills.StatusOK {
		return
	}
	g, err := skills.Decode[tutoring.Grounded](*r)
	if err != nil || !g.Covered {
		rememberSection(t, tutoring.Grounded{})
		if err == nil {
			t.Set(slotMissed, "1") // "more" hears why there is none
		}
		return // the data reports what it cannot read; nothing to go on with
	}
	rememberSection(t, g)
	t.Set(slotAsked, "1")
	q := t.Text()
	if q == "" {
		q = t.Slot("@heard") // (a tool's result comes after the text was heard)
	}
	t.Set(slotQuestion, q)
	t.Set(slotMore, g.More)
	t.Set(slotMoreLng, g.Lang)
	t.Set(slotAnswer, g.Answer)
	if g.Source != nil {
		t.Set(slotMoreSrc, g.Source.Line)
	}
}

// rememberLesson keeps a lesson section the tutor just taught from
// (tutor_lesson says its first two sentences) for "자세히" and "쉽게".
func rememberLesson(t *embedded.Turn, r *skills.Result) {
	for _, k := range []string{slotAsked, slotMore, slotMoreSrc, slotMoreLng, slotAnswer, slotQuestion, slotMissed, slotTold} {
		t.Set(k, "")
	}
	if r.Status != skills.StatusOK {
		return
	}
	sec, err := skills.Decode[tutoring.Section](*r)
	if err != nil {
		return
	}
	lang, text := "ko", sec.Text
	if t.Ko("ko", "en") == "en" && sec.TextEn != "" {
		lang, text = "en", sec.TextEn
	}
	ss := sentences(text)
	n := min(2, len(ss))
	t.Set(slotAsked, "1")
	t.Set(slotAnswer, strings.Join(ss[:n], " "))
	t.Set(slotMore, strings.Join(ss[n:], " "))
	t.Set(slotMoreLng, lang)
}

// more answers "자세히" after a covered answer with the rest of its
// section and the same source line, or says kindly that there is no more.
// ok is false when the last thing the tutor did was not such an answer;
// asked says the text asks for more (moreOnTopic has read it so).
func more(t *embedded.Turn, asked bool) (agents.Step, bool) {
	simpler := t.Slot(slotAsked) != "" && asksSimpler(t.Text())
	if !asked && !simpler && !followup.AsksMore(t.Text()) {
		return agents.Step{}, false
	}
	rest, src := t.Slot(slotMore), t.Slot(slotMoreSrc)
	en := t.Slot(slotMoreLng) == "en"
	t.Understood(intentAsk, 1, map[string]string{"more": "1"})
	if t.Slot(slotAsked) == "" && t.Slot(slotMissed) != "" {
		// "more" right after a question the lessons do not cover: there
		// was an answer — that nothing in the lessons answers it — so
		// "no answer yet" read wrong (notes: trial 12); what the tutor
		// can do instead is said.
		return agents.Step{Say: t.Ko("방금 질문은 수업 자료에 없는 내용이라 더 알려 드릴 게 없어요. 배울 수 있는 수업을 물어보거나, 수업 내용을 질문하거나, \"퀴즈 내줘\"라고 해 보세요. 예: \"광합성은 어디에서 일어나요?\"",
			"That last question isn't in our lessons, so there's nothing more I can add to it. You can ask what lessons there are, ask a question about one, or say \"quiz me\" — e.g. \"Where does photosynthesis happen?\"")}, true
	}
	if q, n, of, ok := soloQuestion(t); ok && t.Slot(slotAsked) == "" {
		// "더 알려줘" / "more" while the student's quiz waits (notes:
		// trial 13): "no answer yet" read as if the tutor had lost the
		// thread; what the student can do next is said, with the question.
		return agents.Step{Say: t.Ko(fmt.Sprintf("지금은 퀴즈 문제가 기다리고 있어요. 답을 말하거나, \"힌트\"라고 하면 힌트를, \"그만\"이라고 하면 퀴즈를 멈추고 질문에 답해 드릴게요.\n%d/%d. %s", n, of, q),
			fmt.Sprintf("A quiz question is waiting. Answer it, say \"hint\" for a hint, or say \"stop\" to leave the quiz and ask me anything about our lessons.\n%d/%d. %s", n, of, q))}, true
	}
	if t.Slot(slotAsked) == "" {
		// "더 알려줘" after a refusal or a quiz: nothing to go on with —
		// said so, rather than read as some other request (it showed
		// the progress of every lesson).
		return agents.Step{Say: t.Ko("이어서 설명할 답이 없어요. 궁금한 걸 물어보면 수업 자료에서 찾아 알려 드릴게요. 예: \"광합성은 어디에서 일어나요?\"",
			"There's no answer to go on with yet. Ask me a question and I'll find it in our lessons, e.g. \"Where does photosynthesis happen?\"")}, true
	}
	if simpler {
		// "좀더 쉽게 설명해줄수있어?": the section's own example, or its
		// one-line summary — lesson text only, nothing made up, and not
		// the answer's first sentence again (a repeat read as no help).
		say := simplerSaying(t, t.Slot(slotAnswer), rest)
		if src != "" {
			say += t.Ko(" (출처: "+src+")", " (Source: "+src+")")
		}
		return agents.Step{Say: say}, true
	}
	if rest == "" {
		return agents.Step{Say: t.Ko("수업 자료에 있는 내용은 여기까지예요. 궁금한 게 있으면 또 물어보세요!",
			"That's everything our lesson says about it. Ask me another question any time!")}, true
	}
	t.Set(slotMore, "") // told: a second "자세히" hears there is no more
	t.Set(slotTold, "1")
	say := rest
	if src != "" {
		if en {
			say += " (Source: " + src + ")"
		} else {
			say += " (출처: " + src + ")"
		}
	}
	if q, n, of, ok := soloQuestion(t); ok {
		// The answer was to a question asked while the student's own quiz
		// waits (soloLessonQuestion): its question is still open.
		say += t.Ko(fmt.Sprintf("\n퀴즈로 돌아갈게요. %d/%d. %s", n, of, q), fmt.Sprintf("\nBack to the quiz: %d/%d. %s", n, of, q))
	}
	return agents.Step{Say: say}, true
}

// simplerWords ask for the last answer said more simply.
var simplerWords = []string{"쉽게", "쉬운 말", "간단히", "간단하게", "simpler", "simply", "easier", "in plain words", "plain english", "eli5"}

// asksSimpler: a short message asking for the last answer more simply
// ("좀더 쉽게 설명해줄수있어?", "can you explain it more simply?") — a short one, so
// a new question that happens to say "쉽게" is still asked.
func asksSimpler(text string) bool {
	s := strings.ToLower(text)
	if len([]rune(s)) > 40 {
		// "Explain it more simply? with another example please" (notes:
		// trial 10): a short ask for it more simply, and the rest short
		// asks for an example of it
		parts := strings.FieldsFunc(s, func(r rune) bool { return r == '?' || r == '？' || r == '.' || r == '!' })
		simple := false
		for _, p := range parts {
			switch {
			case strings.TrimSpace(p) == "":
			case len([]rune(p)) <= 40 && asksSimpler(p):
				simple = true
			case len([]rune(p)) <= 40 && exampleAskRe.MatchString(p):
			default:
				return false
			}
		}
		return simple
	}
	for _, w := range simplerWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Words that start a lesson sentence giving an example, or the whole in
// one line: what a simpler explanation can say from the lesson itself.
var (
	exampleWords = []string{"예를 들어", "예를 들면", "예컨대", "For example", "For instance", "e.g."}
	summaryWords = []string{"식으로 나타내면", "정리하면", "간단히 말하면", "쉽게 말하면", "As an equation", "In short", "Put simply", "In other words"}
)

// simplerSaying is the simpler telling of an answer from its section
// (answer, then rest): the first example sentence the answer did not
// already say, else a summary sentence, else — saying so — its gist.
func simplerSaying(t *embedded.Turn, answer, rest string) string {
	said := map[string]bool{}
	for _, s := range sentences(answer) {
		said[s] = true
	}
	all := sentences(strings.TrimSpace(answer + " " + rest))
	for _, kind := range []struct {
		words  []string
		ko, en string
	}{{exampleWords, "예로 보면 쉬워요. ", "An example makes it easier. "}, {summaryWords, "한눈에 보면: ", "At a glance: "}} {
		for _, s := range all {
			if said[s] {
				continue
			}
			for _, w := range kind.words {
				if strings.Contains(s, w) {
					return t.Ko(kind.ko, kind.en) + s
				}
			}
		}
	}
	return t.Ko("수업 자료에 이보다 쉬운 설명은 없어서 핵심만 말할게요: ", "Our lesson has no simpler wording; the key point is: ") + firstSentence(answer)
}

// sentences splits lesson text into sentences: an end mark (with any
// closing quote or bracket after it) followed by a space or the end. A
// quoted example inside a sentence ("I have finished my homework."(…)처럼
// 써요) does not end it.
func sentences(s string) []string {
	var out []string
	rs := []rune(s)
	start := 0
	for i := 0; i < len(rs); i++ {
		if rs[i] != '.' && rs[i] != '?' && rs[i] != '!' {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("\"”’)", rs[j]) {
			j++
		}
		if j+1 < len(rs) && rs[j] == ' ' && unicode.IsLower(rs[j+1]) {
			continue // `"…homework." and "…"`: the sentence goes on
		}
		if j == len(rs) || rs[j] == ' ' {
			if part := strings.TrimSpace(string(rs[start:j])); part != "" {
				out = append(out, part)
			}
			start, i = j, j
		}
	}
	if part := strings.TrimSpace(string(rs[start:])); part != "" {
		out = append(out, part)
	}
	return out
}

// firstSentence is s up to its first sentence end.
func firstSentence(s string) string {
	for i, r := range s {
		if r == '.' || r == '?' || r == '!' {
			if j := i + 1; j == len(s) || s[j] == ' ' {
				return s[:j]
			}
		}
	}
	return s
}

// A new user's trial (notes: trial 9): "can you explain more detail about
// that", "can you tell me more about that" and "더 자세히 알려주세요" right
// after an answer read "not covered" — only the listed whole messages
// ("자세히", "tell me more") went on. A request for more that names
// nothing but the answer just given ("that", "it", "그거") goes on from it.
var (
	// enMoreFillerRe: the English words of a request for more about what
	// was just said — none of them names a topic.
	enMoreFillerRe = regexp.MustCompile(`(?i)\b(?:can|could|would|will|you|please|pls|plz|tell|me|us|explain|say|talk|go|going|give|get|a|an|the|bit|little|lot|more|much|further|detail|details|detailed|depth|deeper|elaborate|expand|in|into|about|on|of|upon|that|it|this|those|these|there|above|some|i|i'd|id|like|love|want|wanna|to|know|hear|learn|just|what|you've|youve|said|is|anything|else|something|any|with|ok|okay|so|and|then|hmm|um|oh|cool|nice|interesting|thanks|thank|again|maybe|teacher|sir|miss|ms|mr)\b`)
	// koMoreFillerRe: the Korean ones (a pronoun for the answer, "더",
	// "자세히", a request's verb and its polite ending), longest first.
	koMoreFillerRe = regexp.MustCompile(`그것에|그거에|그거|그것|이거|이것|방금|아까|말씀하신|말한|내용|부분|에\s*대해서|에\s*대해|에\s*관해서|에\s*관해|대해서|대해|관해서|관해|좀더|좀|조금|더|자세하게|자세히|상세히|구체적으로|알려|설명|말씀|말해|가르쳐|이야기|얘기|해\s*주실\s*수|해\s*줄\s*수|주실\s*수|줄\s*수|있어요|있나요|있을까요|있어|주세요|주실래요|주시겠어요|줄래요|줄래|줘요|줘|해요|해|선생님|쌤|는|은|를|을|요|네|음|아`)
)

// moreAboutLast: the text asks for more and names nothing but the answer
// just given ("can you tell me more about that", "그거 좀 더 자세히 설명해
// 주세요"); a topic of its own ("tell me more about photosynthesis")
// leaves a word.
func moreAboutLast(text string) bool {
	if !moreWordRe.MatchString(text) {
		return false
	}
	s := enMoreFillerRe.ReplaceAllString(strings.ToLower(text), " ")
	s = koMoreFillerRe.ReplaceAllString(s, " ")
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}

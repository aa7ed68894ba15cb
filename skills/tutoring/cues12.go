package tutoring

import (
	"regexp"
	"strings"
)

// Question-type cues that choose a sentence within the right section
// (notes: trial 12). The section is right; the sentence read out must
// be the one that answers what kind of thing is asked: a reason for
// 이유/why, a count of the thing counted for 몇/how many, the whole list
// for 순서/steps, what most of something is for 주로/mostly, the rule's
// condition for 조건/condition.

// reasonAskKo asks a reason in Korean without 왜: "한글을 만든 이유가
// 뭐예요?", "무슨 까닭으로", "뭐 때문에 옮겼어요?". Like "why did he …",
// it is answered by a reason or a purpose, not by the dates.
var reasonAskKo = regexp.MustCompile(`이유|까닭|(?:뭐|무엇|무슨|뭣)\s?때문`)

// countedRe finds the thing a "how many" question counts: the word
// before 몇 (자음은 몇 개, 모음이 모두 몇 자) or after "how many".
var countedRe = regexp.MustCompile(`(?i)([가-힣A-Za-z]+?)(?:은|는|이|가|의|을|를)?\s*(?:모두\s?|전부\s?|다\s?|총\s?|합쳐서\s?)?몇\s?(?:개|명|가지|자|층|번|글자)|\bhow many ([a-z]+)`)

// countedUnit is the index of the question's unit that names the thing
// counted, -1 if none does.
func countedUnit(q string, us []unit) int {
	m := countedRe.FindStringSubmatch(q)
	if m == nil {
		return -1
	}
	noun := strings.ToLower(m[1] + m[2])
	best, bestLen := -1, 0
	for j, u := range us {
		if u.cue {
			continue
		}
		keys := []string{u.w.key}
		for _, w := range u.span {
			keys = append(keys, w.key)
		}
		for _, k := range keys {
			k = strings.ToLower(k)
			if k == "" || !strings.HasPrefix(noun, k) && !strings.HasPrefix(k, noun) {
				continue
			}
			if best < 0 || len(k) > bestLen {
				best, bestLen = j, len(k)
			}
		}
	}
	return best
}

// countFirst: asked how many of a thing there are ("훈민정음 자음은 몇
// 개야?"), the sentence with a number that names that thing answers —
// not another sentence of the section with a number in it (the year
// hangul was made). The pick is left alone when a picked sentence
// already counts the thing or no sentence of the section does.
func countFirst(q string, us []unit, pick []bool, sents []sentence) {
	j := countedUnit(q, us)
	if j < 0 {
		return
	}
	// (how many things: a count, not a year or a measure — see asksCount)
	counts := func(s sentence) bool {
		return (amount.MatchString(s.text) && !asksCount(q) || givesCount(s.text)) && about(s, us, j)
	}
	for i, s := range sents {
		if pick[i] && counts(s) {
			return
		}
	}
	for i, s := range sents {
		if counts(s) {
			for k := range pick {
				pick[k] = k == i || k == i-1 && refersBack(s.text)
			}
			return
		}
	}
}

// stepsAskRe asks for a procedure as a whole: 순서, 단계, 절차, 방법,
// "the steps", "how do I solve". stepAnnounce is a sentence that opens a
// list of steps; stepRe is one step of it.
var (
	stepsAskRe   = regexp.MustCompile(`(?i)순서|단계|절차|과정|푸는\s?(?:법|방법)|풀이\s?(?:방법|법)|\bsteps?\b|\bprocedure\b|\bin what order\b|\bstep by step\b`)
	stepAnnounce = regexp.MustCompile(`(?i)다음\s?순서로|다음과\s?같은\s?순서|다음\s?단계로|\bin (?:these|the following) steps\b|\bthe following steps\b`)
	stepRe       = regexp.MustCompile(`(?i)^(?:첫째|둘째|셋째|넷째|다섯째|여섯째|일곱째|마지막으로|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Finally|Lastly),)`)
	oneStepAsk   = regexp.MustCompile(`(?i)(?:첫|두|세|네|다섯|여섯)\s?번째|첫째|둘째|셋째|넷째|다섯째|마지막|뭐부터|무엇부터|먼저|\b(?:first|second|third|fourth|fifth|last|next) step\b|\bfirst\b`)
)

// wholeSteps: asked for a procedure (순서, 단계, steps), an answer that
// picks the sentence announcing a list of steps ("일차방정식은 다음
// 순서로 풀어요.") or a step of it reads out every step — stopping after
// the first left the student with one step of five. A question for one
// step (두 번째 단계, 뭐부터) keeps its one step.
func wholeSteps(q string, pick []bool, sents []sentence) {
	if oneStepAsk.MatchString(q) {
		return
	}
	start := -1
	for i, s := range sents {
		if !pick[i] {
			continue
		}
		if !stepsAskRe.MatchString(q) {
			// "일차방정식이 뭐예요?", "괄호가 있는 방정식은 어떻게
			// 풀어요?": a definition or one step, not the procedure
			return
		}
		if stepAnnounce.MatchString(s.text) {
			start = i
			break
		}
		if stepRe.MatchString(s.text) {
			// back to the sentence that announces the list
			start = i
			for start > 0 && stepRe.MatchString(sents[start].text) {
				start--
			}
			if !stepAnnounce.MatchString(sents[start].text) {
				start = i
			}
			break
		}
	}
	if start < 0 {
		return
	}
	end := start + 1
	for end < len(sents) && stepRe.MatchString(sents[end].text) {
		end++
	}
	if end == start+1 {
		return
	}
	for k := range pick {
		pick[k] = k >= start && k < end
	}
}

// mostlyAsk asks what something mostly is (주로, 대부분, mostly, mainly);
// mostlySays is a sentence that tells it ("화산 가스는 대부분 수증기예요").
// conditionAsk asks the condition of a rule (조건, 언제 되는지, "is there
// a condition"); conditionSays is a sentence that states one ("0이 아닌
// 같은 수로", "non-zero", "only if").
var (
	mostlyAsk     = regexp.MustCompile(`(?i)주로|대부분|대체로|거의\s?다|\bmostly\b|\bmainly\b|\bmostly\b|\bmost of\b|\bmain(?:ly)?\s+(?:part|ingredient|component)`)
	mostlySays    = regexp.MustCompile(`(?i)주로|대부분|대체로|\bmostly\b|\bmainly\b|\bmost of\b|\blargely\b`)
	conditionAsk  = regexp.MustCompile(`(?i)조건|제한|주의할\s?점|\bconditions?\b|\brules?\b|\brestrictions?\b|\bany number\b|\bcan i (?:divide|multiply) by any\b`)
	conditionSays = regexp.MustCompile(`(?i)아닌|아니어야|아니면|경우에만|때만|에만|없어야|\bnon-?zero\b|\bonly (?:if|when)\b|\bunless\b|\bexcept\b|\bmust not\b|\bcannot\b|\bnot zero\b`)
)

// preferSaying: when the question asks a kind of thing (says) and no
// picked sentence tells it, the section's sentence that tells it about
// the question's heaviest term answers instead; the pick stays when none
// does.
func preferSaying(top scored, us []unit, pick []bool, sents []sentence, says *regexp.Regexp) {
	for i, s := range sents {
		if pick[i] && says.MatchString(s.text) {
			return
		}
	}
	h := heaviest(top, us, nil)
	for i, s := range sents {
		if says.MatchString(s.text) && about(s, us, h) {
			for k := range pick {
				pick[k] = k == i || k == i-1 && refersBack(s.text)
			}
			return
		}
	}
}

// chooseByCue applies the cues above to a section's pick, before the
// checks that the picked sentences answer the question.
func chooseByCue(q string, top scored, us []unit, pick []bool, sents []sentence) {
	if asksAmount(q) {
		countFirst(q, us, pick, sents)
	}
	if mostlyAsk.MatchString(q) {
		preferSaying(top, us, pick, sents, mostlySays)
	}
	if conditionAsk.MatchString(q) {
		preferSaying(top, us, pick, sents, conditionSays)
	}
	if usageAsk.MatchString(q) {
		termLeads(us, pick, sents)
	}
	wholeSteps(q, pick, sents)
}

// usageAsk asks how one word or form is used ("since 쓰는법", "how do I
// use since?").
var usageAsk = regexp.MustCompile(`(?i)쓰는\s?(?:법|방법)|사용\s?(?:법|방법)|어떻게\s?(?:써|쓰|사용)|\bhow (?:do|can|should) (?:i|you|we) use\b|\bhow to use\b|\busage\b`)

// termLeads: asked how a word is used, the sentence that is about that
// word — it opens with it ("since 뒤에는 일이 시작된 때가 와요") — answers,
// not the section's opening that names it beside another ("… for나
// since를 자주 써요"). Only the one word of the question written in
// Latin letters, and only when one sentence opens with it.
func termLeads(us []unit, pick []bool, sents []sentence) {
	latin := 0
	for _, u := range us {
		if !u.cue && u.text != "" && isLatinWord(u.text) {
			latin++
		}
	}
	if latin != 1 {
		return // "how do I use for and since?": both, as the section has them
	}
	for _, u := range us {
		term := strings.ToLower(strings.TrimSpace(u.text))
		if u.cue || term == "" || !isLatinWord(term) {
			continue
		}
		at := -1
		for i, s := range sents {
			lower := strings.ToLower(s.text)
			if strings.HasPrefix(lower, term+" ") || strings.HasPrefix(lower, term+"는") || strings.HasPrefix(lower, term+"은") {
				if at >= 0 {
					at = -2 // more than one: leave the pick alone
					break
				}
				at = i
			}
		}
		if at < 0 || pick[at] {
			continue
		}
		for k := range pick {
			pick[k] = k == at
		}
		return
	}
}

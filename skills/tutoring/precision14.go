package tutoring

import (
	"regexp"
	"strings"
)

// Question types a shared term does not answer (issue 19, v14). Each of
// these asks something a passage can mention the term without saying:
//
//   - why an act is not allowed ("0으로 나누면 왜 안 돼요?", "why can't
//     you divide by zero?"): the rule restated — "divide by a non-zero
//     number", "3으로 나누면 x = 4" — says that it is not allowed, not why.
//     A reason must be given.
//   - why a thing is not so ("내핵은 왜 안 녹고 고체예요?"): the verb after
//     the negation is the event asked about (녹다); a section that only
//     says the core is solid never names it (see whyUnnamed).
//   - when something will happen ("백두산은 언제쯤 다시 폭발할까요?",
//     "when will Hallasan erupt again?"): a prediction. A sentence that
//     the volcano was made by volcanic activity states no time to come.
//   - from or until when ("반말은 언제부터 써도 돼요?", "since when …"): a
//     starting or ending point — a date, a stage — which a sentence
//     without one (who you may say 안녕 to) does not give.

var (
	// whyNotAllowed asks why an act is forbidden: Korean 왜 안 돼 / 왜
	// 못 해; English "why can't you / I / we …" with a person as the
	// subject. The negation may come a few words after 왜 ("왜 0으로는
	// 못 나눠요?"); "왜 …인지 이해가 안 돼요" is the student not
	// understanding, not a negated event (이해가 is skipped). ("why can't the present perfect go with yesterday" has a
	// grammar form as its subject: the rule that it cannot is the answer,
	// and is left to the other checks.)
	whyNotAllowed = regexp.MustCompile(`(?i)왜\s?(?:[^\s이]\S*\s){0,3}?(?:안|못)\s?(?:돼|되|됨|됩|하|해|[가-힣]+[요까])|\bwhy (?:can't|cant|cannot|can not|couldn't|shouldn't|mustn't|is it not allowed to|isn't it allowed to|are we not allowed to) (?:you|i|we|people|someone|anyone|one|u)\b|\bwhy (?:is it|isn't it) (?:not )?(?:allowed|ok|okay) to\b`)

	// futureWhen asks when something will happen. Korean: 언제 with a
	// predicate that looks ahead (-ㄹ까요, -겠-, 언제쯤, 다시, 또, 앞으로);
	// English: "when will …", "when is … going to", "how soon".
	futureWhenKo = regexp.MustCompile(`언제\s?쯤|앞으로|다시|또`)
	futureWhenEn = regexp.MustCompile(`(?i)\bwhen (?:will|would|might|could|is (?:it|\w+(?: \w+)?) going to|are (?:they|\w+) going to)\b|\bhow soon\b|\bwhen(?:'s| is) the next\b`)
	// futureSays names a time to come or an expectation.
	futureSays = regexp.MustCompile(`(?i)앞으로|언젠가|예측|예상|예보|년\s?후|년\s?뒤|\bwill\b|\bin the future\b|\bpredict|\bexpect|\bforecast`)

	// sinceWhen asks a starting or ending point; sinceSays gives one.
	sinceWhen = regexp.MustCompile(`(?i)언제\s?부터|언제\s?까지|\bsince when\b|\buntil when\b|\bfrom what (?:age|point|time)\b|\bat what (?:age|point)\b`)
	sinceSays = regexp.MustCompile(`(?i)[0-9]|부터|까지|이후|후에|다음에|\bsince\b|\buntil\b|\bfrom\b|\bafter\b|\bonce\b`)
)

// usageAct: the act asked about is using or saying a form ("why can't we
// use 'ago' with the present perfect", "yesterday랑 왜 같이 못 써요?"). A
// language's rule is its own reason: the sentence that says the form is
// not used with a definite past time answers it.
var usageAct = regexp.MustCompile(`(?i)\buse[sd]?\b|\busing\b|\bsay\b|\bsaid\b|\bwrite\b|\bgo with\b|써|쓰|쓸|말하|말해|라고\s?하|이라고\s?하`)

// asksWhyNotAllowed: see whyNotAllowed.
func asksWhyNotAllowed(q string) bool {
	return whyNotAllowed.MatchString(q) && !usageAct.MatchString(q)
}

// asksFutureWhen: see futureWhenKo and futureWhenEn. A past "when" (언제
// 만들어졌어요) is asksDate's.
func asksFutureWhen(q string) bool {
	if futureWhenEn.MatchString(q) {
		return true
	}
	i := koWhen.FindStringIndex(q)
	if i == nil || asksDate(q) || usageCue.MatchString(q) {
		return false
	}
	// (Only the predicate after 언제 tells the tense: in "잘 먹겠습니다는
	// 언제 하는 말이야?" the 겠 is inside the expression asked about.)
	return futureWhenKo.MatchString(q) || looksAhead(q[i[1]:])
}

// looksAhead reports a Korean predicate of conjecture or the future: -ㄹ까
// (터질까요, 폭발할까), -겠- (나겠어요), -ㄹ 거 (날 거예요).
func looksAhead(q string) bool {
	rs := []rune(q)
	for i, r := range rs {
		if r == '겠' {
			return true
		}
		if i == 0 || !isHangul(rs[i-1]) || (rs[i-1]-0xAC00)%28 != 8 { // the syllable before closed by ㄹ
			continue
		}
		if r == '까' || r == ' ' && i+1 < len(rs) && (rs[i+1] == '거' || rs[i+1] == '것') {
			return true
		}
	}
	return false
}

// asksSinceWhen: see sinceWhen.
func asksSinceWhen(q string) bool { return sinceWhen.MatchString(q) }

// unanswered14 reports a question of the types above that the sentences
// picked do not answer.
func unanswered14(question string, top scored, us []unit, pick []bool, sents []sentence) bool {
	switch {
	case asksWhyNotAllowed(question) && !givesReason(question, top, us, pick, sents, purposeOrCause):
		return true
	case asksFutureWhen(question) && !saysWhen(pick, sents, futureSays):
		return true
	case asksSinceWhen(question) && !saysWhen(pick, sents, sinceSays):
		return true
	}
	return false
}

// definiteTime names a definite time in the past: last night, two days
// ago, in 2019, this morning, the day before yesterday.
var definiteTime = regexp.MustCompile(`(?i)\byesterday\b|\blast (?:night|week|month|year|summer|winter|spring|fall|autumn|weekend|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:\w+ )?(?:days?|weeks?|months?|years?|hours?|minutes?) ago\b|\bago\b|\bin (?:19|20)\d\d\b|\bthis morning\b|\bat \d{1,2} ?(?:am|pm|o'clock)\b`)

// perfectAtPastTime reports a quoted present perfect ("I have finished
// it last night") beside a definite past time: the question asks about the
// time the form cannot go with, which the section on the present perfect
// and the past simple names only as "a definite time".
func perfectAtPastTime(question string) bool {
	for _, m := range quotedRe.FindAllStringSubmatch(question, -1) {
		q := strings.ToLower(quotedIn(m))
		if perfectVerb.MatchString(q) && definiteTime.MatchString(q) {
			return true
		}
	}
	return false
}

// enOf finds an English "X of Y" ("the three states of matter").
var enOf = regexp.MustCompile(`(?i)\b([a-z]+) of (?:the |a |an )?([a-z]+)\b`)

// ofUnknown reports an English question whose term the section has is
// said to be of something no lesson ever writes: "the three states of
// matter" are not the present perfect's "present state", though "state"
// matched. The thing after "of" says whose or which the term is (as 의
// does in possessorMissing); a section of lessons that never name it
// speaks of another one. (A word the lessons write, or a glossary term,
// is no such stranger: "the solution of an equation".)
func (r *retriever) ofUnknown(question string, top scored, us []unit) bool {
	for _, m := range enOf.FindAllStringSubmatch(question, -1) {
		head, tail := strings.ToLower(m[1]), strings.ToLower(m[2])
		matched := false
		for i, u := range us {
			if !top.matched[i] || u.cue || u.weight < r.minTopical() {
				continue
			}
			if strings.EqualFold(u.w.raw, head) {
				matched = true
			}
			for _, w := range u.span {
				matched = matched || strings.EqualFold(w.raw, head)
			}
		}
		if !matched {
			continue
		}
		ws := analyze(tail)
		if len(ws) != 1 || ws[0].stop || len(tail) < 4 || len(r.findConcepts(ws, "")) > 0 {
			continue
		}
		known := false
		for _, k := range ws[0].wkeys {
			known = known || r.df[k] > 0
		}
		if !known {
			return true
		}
	}
	return false
}

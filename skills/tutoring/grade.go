package tutoring

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/madang-world/madang/protocol/words"
)

// Grading as a teacher marks: a right word misspelt ("experiance") is
// right, with the spelling shown; "몰라, 패스" is no answer — the question
// is skipped and its answer shown — not a wrong one.

// passRe is a whole answer that only says "I don't know" or "pass", in
// either language, with the small words around it ("음 잘 모르겠어요",
// "몰라 패스", "idk, skip"). It is matched against the answer lowercased,
// with spaces and punctuation removed.
var passRe = regexp.MustCompile(`^(?:` + passFiller + `)*(?:` + passWord + `)(?:` + passFiller + `|` + passWord + `)*$`)

const (
	passWord = `몰라요?|몰라서|모르(?:겠(?:어요|어|는데요|는데|습니다|네요|네)|는데요|는데|죠|지)|모름|잘몰라|` +
		`패스(?:할게요|할게|할래요|할래|요)?|스킵(?:할게요|할게|할래요|할래|요)?|` +
		`넘어가(?:자|요|줘|주세요|기)?|넘어갈(?:게요|게|래요|래)|넘길(?:게요|게|래요|래)|넘겨(?:줘|주세요)?|` +
		`건너뛸(?:게요|게|래요|래)|건너뛰(?:자|어요|어줘|어주세요|어)|` +
		`다음문제(?:요|로|주세요|줘)?|다음(?:요|으로|거)?|포기(?:할게요|할게|요)?|` +
		`skip(?:this|that|it)?(?:one|question)?|pass|idontknow|idonotknow|dontknow|idk|dunno|noidea|` +
		`next(?:one|question)?(?:please)?|giveup|ipass`
	passFiller = `음+|흠+|아+|어+|으+|그냥|이거|이건|이문제|이번건|잘|전혀|진짜|정말|솔직히|ㅠ+|ㅜ+|ㅎ+|죄송해요|죄송합니다|미안해요|` +
		`um+|hmm+|uh+|ok|okay|sorry|please|honestly|really|just|so|i|lol|sigh`
)

// Passes reports whether a quiz answer says the student does not know or
// passes, in Korean or English ("몰라 패스", "모르겠어요", "다음 문제",
// "I don't know", "skip"): the question is skipped and its answer shown.
func Passes(answer string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(answer) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.Len() > 0 && passRe.MatchString(b.String())
}

// typoAllowed is the number of slips (a letter missed, added, changed, or
// two swapped) a word answer of n letters may have and still be the
// word: none under five letters ("for" is not "far", 진앙 is not 진원),
// one up to eight, two from nine ("experiance", "continuaton"). Hangul
// is counted in jamo, so a slip of one vowel in 엽록체 (8 jamo) is one,
// while 엽록소 — another answer — is two away from it.
func typoAllowed(n int) int {
	switch {
	case n < 5:
		return 0
	case n < 9:
		return 1
	}
	return 2
}

// typoForm is s as typos are counted in: normalised (NormalizeAnswer),
// Hangul syllables split into jamo; ok is false for answers with digits,
// where a slip changes the answer (1446 is not 1447).
func typoForm(s string) (rs []rune, ok bool) {
	for _, r := range NormalizeAnswer(s) {
		switch {
		case unicode.IsDigit(r):
			return nil, false
		case r >= 0xAC00 && r <= 0xD7A3:
			i := int(r - 0xAC00)
			rs = append(rs, rune(0x1100+i/588), rune(0x1161+i%588/28))
			if t := i % 28; t != 0 {
				rs = append(rs, rune(0x11A7+t))
			}
		case unicode.IsLetter(r):
			rs = append(rs, r)
		}
	}
	return rs, len(rs) > 0
}

// slips is the optimal string alignment distance of a and b: letters
// inserted, deleted, changed, or two neighbours swapped.
func slips(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// misspelt finds the word the student meant among targets: the one
// within typoAllowed slips of the answer, and nearer by two slips or more
// than any other (so a slip between two choices is never a guess). It
// returns the target's index, or -1. group, when not nil, names the
// answer each target is a form of (a choice in Korean and in English):
// forms of one answer are not told apart.
func misspelt(answer string, targets []string, group []int) int {
	a, ok := typoForm(answer)
	if !ok {
		return -1
	}
	g := func(i int) int {
		if group == nil {
			return i
		}
		return group[i]
	}
	best, bestD, second := -1, 1<<30, 1<<30
	dist := map[int]int{} // group → its nearest form
	for i, t := range targets {
		tf, ok := typoForm(t)
		if !ok {
			continue
		}
		d := slips(a, tf)
		if d > typoAllowed(len(tf)) {
			d += 1 << 20 // not a slip of this one, but still a neighbour to tell apart
		}
		if old, seen := dist[g(i)]; !seen || d < old {
			dist[g(i)] = d
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	for k, d := range dist {
		if best >= 0 && k != g(best) && d < second {
			second = d
		}
	}
	if best < 0 || bestD == 0 || bestD >= 1<<20 || second < 1<<30 && second-bestD < 2 {
		return -1
	}
	return best
}

// gradeSpelling is grade with small typos forgiven: right reports whether
// the answer is right, and spelled, when it was right only as a slip of
// a word, is that word as the lesson writes it.
func gradeSpelling(q Question, answer string) (right bool, spelled string) {
	if Passes(answer) {
		return false, ""
	}
	if h := unhedge(answer); h != "" && h != strings.TrimSpace(answer) {
		// "oxygen i think?", "아마 산소?", "산소인가요?": graded on what it
		// says (a hedged wrong answer stays wrong).
		if right, spelled := gradeBare(q, h); right {
			return right, spelled
		}
	}
	return gradeBare(q, answer)
}

// hedgeLead and hedgeTail are the hedges and fillers a student wraps an
// answer in, in either language: "I think", "I guess", "maybe",
// "hmm, is it", "아마", "음" before it; "i think", "maybe", "right?",
// "인가요?", "같아요", "일걸요" after it; a trailing ? or "...".
var (
	hedgeLead = regexp.MustCompile(`(?i)^(?:(?:um+|uh+|hmm+|erm*|well|so|oh|음+|흠+|어+|아+|그+|혹시|아마도?|글쎄요?|maybe|perhaps|probably|possibly|definitely|surely|(?:i'?m\s+)?(?:pretty|quite|fairly)\s+sure|i'?m\s+sure|i\s+(?:think|guess|believe|suppose)|is\s+it|it'?s|it\s+is|would\s+it\s+be|could\s+it\s+be)[\s,.…]+)+`)
	hedgeTail = regexp.MustCompile(`(?i)(?:[\s,.…]+(?:i\s+(?:think|guess|believe|suppose)|maybe|perhaps|probably|right|is\s+it|아마도?|맞나요?|맞죠|맞지|아닌가요?|같아요|같은데요?|같아))+$`)
	hedgeKo   = regexp.MustCompile(`\s*(?:(?:이|가)?\s*아닌가요?|(?:인|일)\s*(?:것|거)\s*같(?:아요|아|은데요?|습니다)|\s+같(?:아요|아|은데요?|습니다)|(?:이|가)?\s*맞(?:나요|나|죠|지)|(?:인|일)가요?|일걸요?|일까요?|이겠죠|인듯|인\s*듯(?:해요|요)?)$`)
)

// Unhedge is an answer without the hedges around it ("oxygen i think?" →
// "oxygen"): what the words say, for a dialogue telling an answer from a
// question.
func Unhedge(s string) string { return unhedge(s) }

// unhedge is an answer without the hedges around it ("oxygen i think?" →
// "oxygen", "산소인가요?" → "산소"), or "" when nothing is left.
func unhedge(s string) string {
	s = strings.TrimSpace(s)
	for range 3 {
		was := s
		s = strings.TrimRight(s, "?？!.~… ")
		s = hedgeLead.ReplaceAllString(s, "")
		if mayHedgeTail(s) {
			s = hedgeTail.ReplaceAllString(s, "")
		}
		s = strings.TrimRight(s, "?？!.~… ,")
		if mayHedgeKo(s) {
			if t := hedgeKo.ReplaceAllString(s, ""); t != "" {
				s = t
			}
		}
		s = strings.TrimSpace(s)
		if s == was {
			break
		}
	}
	return s
}

// mayHedgeTail and mayHedgeKo report whether s holds what every match of
// hedgeTail (an ASCII letter, or one of its Korean words) and of hedgeKo
// (a syllable each of its endings has) must: without it the pattern,
// which has no literal to scan for, need not run (TestHedgeGates).
func mayHedgeTail(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") || containsAny(s, "아마", "맞", "가", "같")
}

func mayHedgeKo(s string) bool {
	return containsAny(s, "같", "맞", "가", "걸", "까", "겠", "듯")
}

func containsAny(s string, subs ...string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// gradeBare is gradeSpelling of an answer as given.
func gradeBare(q Question, answer string) (right bool, spelled string) {
	if grade(q, answer) {
		return true, ""
	}
	a := strings.TrimSpace(cutLead(strings.TrimSpace(answer)))
	if a == "" {
		return false, ""
	}
	if q.Type == "mc" {
		all := append(append([]string{}, q.Choices...), q.ChoicesEn...)
		group := make([]int, len(all))
		for i := range all {
			group[i] = i % len(q.Choices)
		}
		if i := misspelt(a, all, group); i >= 0 && group[i] == q.Answer {
			return true, all[i]
		}
		return false, ""
	}
	if i := misspelt(a, q.Accept, make([]int, len(q.Accept))); i >= 0 { // every form is the one answer
		return true, q.Accept[i]
	}
	return false, ""
}

// spellingNote is the gentle word on a misspelt right answer, in lang.
func spellingNote(spelled, lang string) string {
	if spelled == "" {
		return ""
	}
	if lang == "en" {
		return "Just a small spelling slip: it's spelled \"" + spelled + "\". "
	}
	return "철자만 살짝 달라요. 바른 철자는 " + words.Josa(`"`+spelled+`"`, "이에요/예요") + ". "
}

// articleRe is a leading English article ("the outer core").
var articleRe = regexp.MustCompile(`(?i)^\s*(?:the|a|an)\s+`)

// dropArticle is s without a leading English article, unless nothing
// would be left.
func dropArticle(s string) string {
	if t := cutArticle(s); strings.TrimSpace(t) != "" {
		return t
	}
	return s
}

// cutArticle is articleRe.ReplaceAllString(s, "") without the regexp: the
// grader drops articles from every choice of every answer it grades, and
// the regexp's machine and its two copies of s were 3 % of a tutor turn's
// allocations (docs/performance.md, ninth pass). RE2's \s is ASCII
// (\t \n \f \r and space), and none of the letters of "the", "a", "an"
// case-folds to a letter outside ASCII (only k and s do), so bytes
// compare; TestCutArticleSame checks it against the regexp.
func cutArticle(s string) string {
	i := 0
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	for _, w := range [...]string{"the", "a", "an"} { // leftmost-first, as the regexp tries them
		j := i + len(w)
		if j >= len(s) || !reSpace(s[j]) || !asciiFold(s[i:j], w) {
			continue
		}
		for j < len(s) && reSpace(s[j]) {
			j++
		}
		return s[j:]
	}
	return s
}

// reSpace is RE2's \s.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// asciiFold: s is w (lower-case ASCII letters) in any case.
func asciiFold(s, w string) bool {
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// cutLead is answerLead.ReplaceAllString(s, ""), skipping the regexp when
// s cannot match: every match starts with one of i, m, t, a (either
// case; none folds outside ASCII) or 제, 정, 답 (TestCutLeadSame).
func cutLead(s string) string {
	if s == "" {
		return s
	}
	switch s[0] | 0x20 {
	case 'i', 'm', 't', 'a':
	default:
		if !strings.HasPrefix(s, "제") && !strings.HasPrefix(s, "정") && !strings.HasPrefix(s, "답") {
			return s
		}
	}
	return answerLead.ReplaceAllString(s, "")
}

// choiceWithin finds the one choice of a multiple choice question whose
// words are said within a longer answer ("ok back to the quiz: chemical
// energy I suppose" → "chemical energy"), as whole words, its article
// aside. When the words of two choices are said (and neither is a part of
// the other), or a choice is only a number, nothing is found.
func choiceWithin(q Question, answer string) (int, bool) {
	said := " " + wordsOf(answer) + " "
	found, foundW := -1, ""
	for _, cs := range [][]string{q.Choices, q.ChoicesEn} {
		for i, c := range cs {
			w := wordsOf(dropArticle(c))
			if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != ' ' }) < 0 {
				continue
			}
			if !strings.Contains(said, " "+w+" ") {
				continue
			}
			switch {
			case found < 0 || found == i:
				if len(w) > len(foundW) {
					found, foundW = i, w
				}
			case strings.Contains(" "+w+" ", " "+foundW+" "):
				found, foundW = i, w // "intensity" within "seismic intensity": the longer
			case strings.Contains(" "+foundW+" ", " "+w+" "):
				// the one found holds this one
			default:
				return -1, false // two choices' words: not one answer
			}
		}
	}
	return found, found >= 0
}

// wordsOf is s lowercased, its words separated by single spaces, without
// punctuation.
func wordsOf(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

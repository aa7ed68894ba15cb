package safety

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A topic's guidance in data/help.json covers every question the topic
// gets (how to spot phishing, what to do after clicking, where to
// report), a wall of text for anyone who asked one of them. The answer
// is its opening, the sentence that shares most with the question, and a
// sentence with a phone number if neither has one, then how to ask for
// the rest;
// "자세히" / "more" right after it gets the rest (Verdict.More; see
// agents/conversation.go, which shares the follow-up words with the
// tutor's, agents/nlu/followup).

// briefTopics are the topics whose guidance is always cut short;
// briefWhenAnswered's are cut short when one sentence answers the
// question well (strongOverlap). Version 5, after "how do I check if my
// phone has stalkerware" got 2,000 characters of account advice. Cutting
// intrusion always cost about one point of "answered usefully" on each
// development set (a general question, "I was hacked, what now?", is
// answered by several sentences worded unlike it), and cutting every
// topic when a sentence matched cost two to four.
var (
	briefTopics       = map[string]bool{PhishingScam: true}
	briefWhenAnswered = map[string]bool{Intrusion: true, Violence: true}
)

// moreHint tells the user how to get the rest.
var moreHint = map[string]string{"ko": "더 알고 싶으면 '자세히'라고 말해 주세요.", "en": `Say "more" for the rest.`}

// guide is one help text cut into sentences, with each sentence's
// weighted n-grams (sorted by hash) for the match with the question.
type guide struct {
	sents  []string
	grams  [][]uint64
	weight map[uint64]float64 // inverse document frequency over sents
	phone  []bool             // the sentence gives a phone number
	dir    []bool             // the sentence lists four or more (directory)
	need   string             // a number the answer must give (109 for self-harm)
	always bool               // cut short whatever the question (briefTopics)
}

// answers: one sentence other than the opening answers the question
// well (strongOverlap) and clearly (twice any other's overlap).
func (g *guide) answers(question string) bool {
	q := briefGrams(question)
	best, second, at := 0.0, 0.0, -1
	for i, gs := range g.grams {
		if g.directory(i) {
			continue
		}
		switch sc := g.overlap(q, gs); {
		case sc > best:
			best, second, at = sc, best, i
		case sc > second:
			second = sc
		}
	}
	return at > 0 && best >= strongOverlap && best >= 2*second
}

func newGuide(text, need string) *guide {
	g := &guide{sents: splitSentences(text), weight: map[uint64]float64{}, need: need}
	df := map[uint64]int{}
	for _, s := range g.sents {
		gs := briefGrams(s)
		g.grams = append(g.grams, gs)
		g.phone = append(g.phone, hasPhone(s))
		g.dir = append(g.dir, phones(s) >= 4)
		for _, h := range gs {
			df[h]++
		}
	}
	for h, n := range df {
		// n-grams of most sentences (endings: 세요, 어요) tell none apart
		if 3*n <= len(g.sents) {
			g.weight[h] = math.Log(float64(len(g.sents)) / float64(n))
		}
	}
	return g
}

// brief is the answer to question from the guide and the rest of it:
// the two sentences that share most with the question — or, when none
// does, the opening (with the numbered list it announces) — and one with
// a phone number when none of these has one (the directory of every
// number, at the end, only when no other sentence has one).
func (g *guide) brief(question, lang string) (answer, more string) {
	if len(g.sents) <= 3 {
		return strings.Join(g.sents, " "), ""
	}
	whole := strings.Join(g.sents, " ")
	if !g.always && !g.answers(question) && utf8.RuneCountInString(whole) <= maxWhole {
		return whole, ""
	}
	// the two sentences that share most with the question, in the
	// text's order; none: the opening
	q := briefGrams(question)
	score := make([]float64, len(g.sents))
	var cand []int
	for i, gs := range g.grams {
		if score[i] = g.overlap(q, gs); score[i] >= minOverlap && !g.directory(i) && !forOtherMaterial(g.sents[i], question) {
			cand = append(cand, i)
		}
	}
	slices.SortStableFunc(cand, func(a, b int) int {
		switch {
		case score[a] > score[b]:
			return -1
		case score[a] < score[b]:
			return 1
		}
		return 0
	})
	pick := make([]bool, len(g.sents))
	// one sentence that answers the question well, other than the
	// opening, is the answer with no opening, and a second only when it
	// answers nearly as well (version 5: "does my phone have
	// stalkerware?" was given the account guidance's password list first)
	strong := len(cand) > 0 && cand[0] != 0 && score[cand[0]] >= strongOverlap && (len(cand) == 1 || score[cand[0]] >= 2*score[cand[1]])
	for k, i := range cand[:min(2, len(cand))] {
		if strong && k > 0 && (i == 0 || score[i] < score[cand[0]]/2) {
			continue
		}
		pick[i] = true
	}
	// the opening (with its list) unless one sentence answers well
	if !strong {
		pick[0] = true
		// version 13: or any opening a numbered list follows — the
		// English openings are longer than 50 characters ("If you are
		// being bullied or harassed, it is not your fault.") and their
		// lists were cut: a victim heard it was not their fault and
		// nothing of screenshots, blocking, reporting or whom to tell
		if len([]rune(g.sents[0])) < 50 || listItem(g.sents[1]) {
			// a greeting or an announcement ("이렇게 하세요.") and the
			// numbered list after it
			pick[1] = true
			for i := 2; i < len(g.sents) && listItem(g.sents[i]); i++ {
				pick[i] = true
			}
		}
	}
	want := func(i int) bool { return g.phone[i] }
	if g.need != "" {
		want = func(i int) bool { return strings.Contains(g.sents[i], g.need) }
	}
	has := false
	for i, p := range pick {
		has = has || p && want(i)
	}
	if !has {
		add, addScore := -1, -1.0
		for i := range g.sents {
			if !want(i) {
				continue
			}
			s := score[i]
			if !koreanLine(g.sents[i]) {
				// Madang's users are in Korea: a sentence with only other
				// countries' lines (the UK's 7726, the FTC) comes after
				// any with a Korean one (a new user's trial got them)
				s -= strongOverlap
			}
			if g.directory(i) {
				s = -0.5 // only when no other sentence gives a number
			}
			if s > addScore {
				add, addScore = i, s
			}
		}
		if add >= 0 {
			pick[add] = true
		}
	}
	var a, m []string
	for i, s := range g.sents {
		if pick[i] {
			a = append(a, s)
		} else {
			m = append(m, s)
		}
	}
	return strings.Join(a, " ") + " " + moreHint[lang], strings.Join(m, " ")
}

// materialRe names a material someone writes for others (a notice for
// staff, a poster, a class talk).
var materialRe = regexp.MustCompile(`(?i)\b(?:notice|poster|presentation|leaflet|newsletter|training|campaign|slides?|policy|policies|guidelines?|handbook)\b|안내문|공지|포스터|발표|교육\s*자료|캠페인|가정통신문|정책|지침|규정`)

// forOtherMaterial: the sentence says what a material for others should
// say (the material named at its start), and the question asks for no
// such material — "a phishing-awareness
// notice for staff should say …" answered a grandmother's text.
func forOtherMaterial(sent, question string) bool {
	loc := materialRe.FindStringIndex(sent)
	// the material is what the sentence is about: named at its start
	return loc != nil && utf8.RuneCountInString(sent[:loc[0]]) <= 30 && !materialRe.MatchString(question)
}

// listItem: the sentence is an item of a numbered list ("2) …").
func listItem(s string) bool {
	// "1) …" (Korean guidance) or "(1) …" (English)
	s = strings.TrimPrefix(s, "(")
	return len(s) > 2 && s[0] >= '1' && s[0] <= '9' && s[1] == ')'
}

// maxWhole is the longest guidance given whole, in characters: a new
// user's trial got 1,200 characters for "how do I help a friend who is
// bullied in a group chat" and 3,600 for a look-alike, walls no one reads
// in a speech bubble. Longer guidance is cut as briefTopics' is, with
// "자세히" / "more" for the rest.
const maxWhole = 600

// minOverlap is the least weight of shared n-grams that makes a sentence
// the answer to the question (about two rare words).
const minOverlap = 0.5

// strongOverlap is the weight of shared n-grams at which the best
// sentence answers the question alone, without the guidance's opening.
const strongOverlap = 4.0

// directory: the sentence lists four or more numbers (whom to call for
// anything), too long and too general to be the answer.
func (g *guide) directory(i int) bool { return g.dir[i] }

// overlap is the weight of the question's n-grams the sentence has.
func (g *guide) overlap(q, s []uint64) float64 {
	var sum float64
	i, j := 0, 0
	for i < len(q) && j < len(s) {
		switch {
		case q[i] < s[j]:
			i++
		case q[i] > s[j]:
			j++
		default:
			sum += g.weight[q[i]]
			i++
			j++
		}
	}
	return sum
}

// splitSentences cuts text after ". ", "! " or "? " (and "요." or "다."
// before a space in Korean, the same thing) — not inside a number.
func splitSentences(text string) []string {
	var out []string
	rs := []rune(strings.TrimSpace(text))
	start := 0
	for i := 0; i < len(rs); i++ {
		if (rs[i] == '.' || rs[i] == '!' || rs[i] == '?') && i+1 < len(rs) && rs[i+1] == ' ' && i > 0 && !unicode.IsDigit(rs[i-1]) {
			if s := strings.TrimSpace(string(rs[start : i+1])); s != "" {
				out = append(out, s)
			}
			start = i + 2
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

// briefGrams are a text's distinct n-grams, sorted: Hangul syllable pairs
// within a word (광합성 → 광합, 합성: they survive particles and
// endings), and English words by their first four letters (bullies and
// bullying alike).
func briefGrams(text string) []uint64 {
	var out []uint64
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r0, n0 := utf8.DecodeRuneInString(w)
		if unicode.Is(unicode.Hangul, r0) {
			// each pair of neighbouring runes, as bytes of w
			for i, n := 0, n0; i+n < len(w); {
				_, m := utf8.DecodeRuneInString(w[i+n:])
				out = append(out, fnv64(w[i:i+n+m]))
				i, n = i+n, m
			}
			continue
		}
		if utf8.RuneCountInString(w) < 3 || briefStop[w] {
			continue
		}
		end, k := 0, 0
		for end < len(w) && k < 4 {
			_, m := utf8.DecodeRuneInString(w[end:])
			end += m
			k++
		}
		out = append(out, fnv64(w[:end]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// fnv64 is FNV-1a of s, without allocating.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// briefStop are English words too common to tell sentences apart.
var briefStop = map[string]bool{"the": true, "and": true, "you": true, "your": true, "for": true, "are": true, "can": true,
	"how": true, "what": true, "with": true, "that": true, "this": true, "not": true, "don": true, "from": true, "have": true,
	"they": true, "them": true, "who": true, "any": true, "about": true, "should": true, "would": true, "does": true, "did": true, "was": true}

// hasPhone: the sentence gives a Korean phone number.
func hasPhone(s string) bool { return phones(s) > 0 }

// koreanLines are the Korean help lines the guidance names.
var koreanLines = map[string]bool{"112": true, "118": true, "119": true, "117": true, "109": true, "1332": true, "1366": true, "1388": true, "182": true}

// koreanLine: the sentence gives a Korean help line (a whole run of
// digits that is one of koreanLines).
func koreanLine(s string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if koreanLines[f] {
			return true
		}
	}
	return false
}

// phones counts the phone numbers in s: runs of three or four digits
// (112, 1332), or 02-….
func phones(s string) int {
	run, n := 0, 0
	rs := []rune(s)
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && unicode.IsDigit(rs[i]) {
			run++
			continue
		}
		if run == 3 || run == 4 {
			n++
		}
		run = 0
	}
	return n
}

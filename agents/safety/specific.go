package safety

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// Version 9: the most specific guidance first.
//
// Each topic's guidance (data/help.json) opens with a general block
// (what to do after a card fraud, how to keep an account safe) and goes
// on with sentences for particular questions. The category model chooses
// the topic; the topic's opening then came first whatever was asked, and
// a sentence that answers the question, when the chosen topic had one,
// second or cut: a merchant asking about a chargeback heard the card
// holder's steps, "how does a keylogger work" the account-recovery steps,
// and a question whose answer is in another topic's guidance (a DDoS on
// a shop's site, read as payment fraud) never heard it. The library holds
// every topic's sentences in one language; the sentence that shares most
// rare words with the question answers it, from whichever topic holds it,
// without the opening (Learned.specific).
//
// A look-alike the models do not recognise went to a brain that knows
// nothing of the harm and said "not sure what you'd like" or "our lessons
// don't cover that" (a person who was hit asking how to report it, a
// job ad offering a day's pay for lending a bank account). A question
// (or a victim's, a learner's, a protective text) that names a harm's
// subject and that one guidance sentence answers well gets that sentence
// (Learned.unrecognised).

// library is every topic's guidance in one language, cut into
// sentences, and the topics' specific answers (help.json's "specific"),
// each one unit.
type library struct {
	sents []string
	topic []string
	spec  []bool // a specific answer, not a sentence of a topic's guidance
	// needs, for a specific answer about one service (help.json's
	// "needs", names split at "|"), are the names one of which the
	// question must hold (namesAny): the steps in Instagram's menus
	// answer no one whose unnamed account was hacked (version 13)
	needs  [][]string
	grams  [][]uint64
	weight map[uint64]float64 // inverse document frequency over sents
	phone  []bool
	dir    []bool
	first  map[string]int // a topic's first sentence with a Korean line
}

func newLibrary(h helpFile, lang string) *library {
	lb := &library{weight: map[uint64]float64{}, first: map[string]int{}}
	names := make([]string, 0, len(h.Topics))
	for t := range h.Topics {
		names = append(names, t)
	}
	slices.Sort(names) // the same order every run
	df := map[uint64]int{}
	add := func(t, s string, spec bool, needs []string) {
		gs := libGrams(s)
		if _, ok := lb.first[t]; !ok && !spec && koreanLine(s) && phones(s) < 4 {
			lb.first[t] = len(lb.sents)
		}
		lb.sents = append(lb.sents, s)
		lb.topic = append(lb.topic, t)
		lb.spec = append(lb.spec, spec)
		lb.needs = append(lb.needs, needs)
		lb.grams = append(lb.grams, gs)
		lb.phone = append(lb.phone, hasPhone(s))
		lb.dir = append(lb.dir, phones(s) >= 4)
		for _, h := range gs {
			df[h]++
		}
	}
	for _, t := range names {
		for _, s := range splitSentences(h.Topics[t][lang]) {
			add(t, s, false, nil)
		}
		for _, e := range h.Specific[t] {
			var needs []string
			if e["needs"] != "" {
				needs = strings.Split(e["needs"], "|")
			}
			add(t, e[lang], true, needs)
		}
	}
	n := float64(len(lb.sents))
	for h, k := range df {
		// an n-gram of more than one sentence in twenty (endings, 세요,
		// "your") tells none apart
		if float64(k)*20 <= n {
			lb.weight[h] = math.Log(n / float64(k))
		}
	}
	return lb
}

// scores is each sentence's overlap with the question: the weight of the
// question's n-grams it holds, or 0 when it holds those of fewer than
// two of the question's words (minWords) — one long Korean word (고정관념,
// 보이스피싱) weighs as much as three short ones, and a sentence that
// shares only it answers "what is a stereotype?" no better than the
// guidance's opening does.
func (lb *library) scores(question string) []float64 {
	q := libGrams(question)
	words := wordGrams(question)
	out := make([]float64, len(lb.sents))
	for i, s := range lb.grams {
		var sum float64
		a, b := 0, 0
		for a < len(q) && b < len(s) {
			switch {
			case q[a] < s[b]:
				a++
			case q[a] > s[b]:
				b++
			default:
				sum += lb.weight[q[a]]
				a++
				b++
			}
		}
		if sum > 0 && lb.wordsShared(words, s) < minWords {
			sum = 0
		}
		if sum > 0 && !namesAny(question, lb.needs[i]) {
			sum = 0
		}
		out[i] = sum
	}
	return out
}

// minWords is how many of the question's words a sentence must share to
// answer it; unrecognisedWords how many it must share to answer a text
// the checker did not place near any harm.
const (
	// everydaySureP is the group model's probability of an everyday
	// request above which a text the checker did not recognise keeps
	// going to the brain (everyday requests of the understanding sets:
	// 0.93 and above)
	everydaySureP     = 0.9
	everydayLeanP     = 0.6
	minWords          = 2
	unrecognisedWords = 3
	// clearWin: how many times the runner-up's overlap a sentence sharing
	// only minWords of a text the checker did not recognise must have
	clearWin = 1.75
)

// libGrams are briefGrams and, for English, each word of five letters or
// more whole (plural s cut): briefGrams' four-letter stems tell
// "consent" from "construction" and "colors" from "colonial" no better
// than a shared word of no weight ("cons", "colo").
func libGrams(text string) []uint64 {
	out := briefGrams(text)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) < 5 || w[0] >= 0x80 || briefStop[w] {
			continue
		}
		w = strings.TrimSuffix(w, "s")
		out = append(out, fnv64("w:"+w))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wordGrams are the n-grams of each word of text (libGrams of it).
func wordGrams(text string) [][]uint64 {
	var out [][]uint64
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if gs := libGrams(w); len(gs) > 0 {
			out = append(out, gs)
		}
	}
	return out
}

// wordsShared counts the words of which the sentence (its sorted
// n-grams) holds an n-gram that tells sentences apart (weighs anything).
func (lb *library) wordsShared(words [][]uint64, sent []uint64) int {
	n := 0
	for _, gs := range words {
		for _, g := range gs {
			if _, ok := slices.BinarySearch(sent, g); ok && lb.weight[g] > 0 {
				n++
				break
			}
		}
	}
	return n
}

// specificMin is the overlap at which a sentence answers the question on
// its own, whichever topic the models chose; unrecognisedMin the overlap
// at which it answers a question the models did not place near any harm.
// About three rare words shared (each weighs 4 to 6 over ~400 sentences):
// a Korean word gives one n-gram per pair of its syllables (보이스피싱:
// four), an English one a single n-gram, so Korean needs more.
var (
	specificMin     = map[string]float64{"ko": 17, "en": 17}
	unrecognisedMin = map[string]float64{"ko": 17, "en": 15}
)

// best is the sentence (not a directory of numbers) that shares most with
// the question, its score and the runner-up's; -1 when none shares
// anything.
func (lb *library) best(sc []float64, allowed func(topic string) bool) (at int, top, second float64) {
	at = -1
	for i, s := range sc {
		if lb.dir[i] || !allowed(lb.topic[i]) {
			continue
		}
		switch {
		case s > top:
			at, top, second = i, s, top
		case s > second:
			second = s
		}
	}
	return at, top, second
}

// answer is the specific answer from sentence at: it, a second one of
// the same topic that answers nearly as well (two thirds) and well enough,
// and — when neither gives a number — the topic's sentence with a Korean
// help line that shares most with the question, or its first one when
// none shares much (need: a sentence with 109 for self-harm and
// wellbeing, whatever else); then how to ask for the rest. more is the
// topic's guidance but what was said.
func (lb *library) answer(sc []float64, at int, lang, need string) (answer, more string) {
	min := specificMin[lang]
	topic := lb.topic[at]
	pick := map[int]bool{at: true}
	second := -1
	for i := range lb.sents {
		if i == at || lb.topic[i] != topic || lb.dir[i] {
			continue
		}
		if sc[i] >= sc[at]*2/3 && sc[i] >= min && (second < 0 || sc[i] > sc[second]) {
			second = i
		}
	}
	if second >= 0 {
		pick[second] = true
	}
	if topic == SelfHarm || topic == wellbeing {
		need = "109"
	}
	want := func(i int) bool { return lb.phone[i] }
	if need != "" {
		want = func(i int) bool { return strings.Contains(lb.sents[i], need) }
	}
	has := false
	for i := range pick {
		has = has || want(i)
	}
	if !has {
		add, addScore := -1, min/3
		for i := range lb.sents {
			if lb.topic[i] != topic || !want(i) || lb.dir[i] || lb.spec[i] || !koreanLine(lb.sents[i]) {
				continue
			}
			if sc[i] > addScore {
				add, addScore = i, sc[i]
			}
		}
		// none shares much: the topic's first number (after the
		// answer, never before it)
		if f, ok := lb.first[topic]; add < 0 && ok && want(f) {
			add = f
		}
		if add < 0 && need != "" {
			// the topic's first sentence with it, or the helpers'
			// guidance's (a caring answer always gives 109)
			for _, t := range []string{topic, SelfHarm} {
				for i := range lb.sents {
					if add < 0 && lb.topic[i] == t && want(i) && !lb.dir[i] && !lb.spec[i] {
						add = i
					}
				}
			}
		}
		if add >= 0 {
			pick[add] = true
		}
	}
	// the answer first, then the rest picked in the guidance's order
	a := []string{lb.sents[at]}
	var m []string
	for i, s := range lb.sents {
		switch {
		case i == at:
		case pick[i]:
			a = append(a, s)
		case lb.topic[i] == topic && !lb.spec[i]:
			m = append(m, s)
		}
	}
	return strings.Join(a, " ") + " " + moreHint[lang], strings.Join(m, " ")
}

// specific answers v's guidance with the sentence that answers the
// question best, from any topic, when one does (specificMin) clearly
// (half again the runner-up of another topic, or the same topic): v.Help,
// v.More and v.Topic change; false leaves v as it was.
func (l *Learned) specific(v *Verdict, text, need string) bool {
	lang := langOf(text)
	lb := l.library[lang]
	if lb == nil {
		return false
	}
	sc := lb.scores(text)
	at, top, second := lb.best(sc, func(t string) bool { return t != helplines })
	if at >= 0 && need != "" && !lb.spec[at] {
		// the caring answers (wellbeing, the helpers' guidance) give way
		// only to a specific answer (with 109 beside it)
		return false
	}
	// version 10: a specific answer of the topic the models chose needs
	// two thirds of specificMin when it wins clearly (clearWin times the
	// runner-up): the models already agree on the harm, and a short
	// question ("is it safe to save my card in this app?") shares two
	// or three words with the answer written for it and nothing with any
	// other sentence
	agreed := at >= 0 && lb.spec[at] && lb.topic[at] == v.Topic && top >= specificMin[lang]*2/3 && top >= clearWin*second
	if at < 0 || top < specificMin[lang] && !agreed {
		return false
	}
	caring := need != "" && (lb.topic[at] == SelfHarm || lb.topic[at] == wellbeing)
	if lb.topic[at] != v.Topic && !caring && !l.clearlyOther(lb, sc, at, v.Topic, lang) {
		return false
	}
	// version 17: a sentence about violence given for another topic needs
	// a word of violence in the text: a landlord who won't rent to
	// foreigners (discrimination) shares "legal" and "complain" with the
	// law on pepper spray, and names no weapon or attack
	if v.Topic != "" && v.Topic != Violence && lb.topic[at] == Violence && !caring && !newDoc(text).names(Violence) {
		return false
	}
	v.Help, v.More = lb.answer(sc, at, lang, need)
	if need == "" {
		v.Topic = lb.topic[at]
	}
	return true
}

// clearlyOther: the best sentence, of another topic than the models
// chose, answers the question better than well (half again specificMin)
// and shares twice as much with it as any of the chosen topic's: a word
// or two in common ("red flags", "도와주고 싶어") must not take a
// question to another harm's guidance.
func (l *Learned) clearlyOther(lb *library, sc []float64, at int, chosen, lang string) bool {
	own := 0.0
	for i, s := range sc {
		if lb.topic[i] == chosen && !lb.dir[i] {
			own = max(own, s)
		}
	}
	// version 10: or the chosen topic shares nothing with it at all ("my
	// kid bought game items on my phone", read as the children's
	// guidance) and the other's answer answers it well
	// (never to the caring answers: stress about a neighbour's noise is
	// a question for the noise centre, not for wellbeing's)
	caring := lb.topic[at] == wellbeing || lb.topic[at] == SelfHarm
	return sc[at] >= specificMin[lang]*3/2 && sc[at] >= 2*own || own == 0 && !caring && sc[at] >= specificMin[lang]
}

// unrecognised gives guidance to a text the checker neither refused nor
// answered, from no one who would do the harm (perpetrator, evasion) or
// asks to make something, that one guidance sentence answers well: it
// shares rare words enough (unrecognisedMin) and three of the text's
// words. The words of a harm's subject are not needed — "I was hit, how
// do I report it" and "a job ad pays a day's wage to lend my bank
// account" name none of the lists' — but the children's guidance needs
// one of its own, as the checker's does. false leaves v as it was.
func (l *Learned) unrecognised(v *Verdict, text string) bool {
	lang := langOf(text)
	lb := l.library[lang]
	if lb == nil || contentWords(text) < 3 {
		return false
	}
	d := newDoc(text)
	if d.has(evasion) || d.has(pursuit) || d.has(evadeReport) || d.has(production) && !d.has(howMake) && !d.has(learner) {
		return false
	}
	if d.has(perpetrator) && !d.has(victim) && !d.has(critique) && !d.has(askWhyWrong) {
		return false
	}
	// the writer's own saved payment methods, with no word of a loss: no
	// reason for guidance (as the checker's, version 4.1)
	if d.has(ownThings) && !d.has(victim) {
		return false
	}
	// an everyday request the group model is sure of ("did my hotel
	// booking go through?" shares three words with the answer on a
	// no-show deposit, "which payment methods have I saved?" names
	// payments and asks) only from a victim's or protective stance with a
	// harm's subject; one it leans to, with either
	if v.Label == ordinary {
		subject := d.names("") || d.names(SelfHarm)
		stance := d.has(protective) || d.has(victim) || d.has(legality) || d.has(selfDefence)
		switch {
		case v.P >= everydaySureP && !(subject && stance):
			return false
		case v.P >= everydayLeanP && !subject && !stance:
			return false
		}
	}
	sc := lb.scores(text)
	at, top, second := lb.best(sc, func(t string) bool {
		switch t {
		case helplines:
			return false
		case SexualMinors:
			// as the checker's: a present for a child is no question
			// about abuse (a word of its subject or a child's context)
			return d.named(sexualWords) || d.has(childCtx)
		}
		return true
	})
	if at < 0 || top < unrecognisedMin[lang] {
		return false
	}
	// version 10: two of the text's words are enough where the sentence
	// wins clearly (clearWin times the runner-up of any topic): a Korean
	// question of few words ("타이레놀 하루 최대 몇 알") shares its two
	// rare ones and nothing else with the answer, and no other sentence
	// comes near
	// (Korean only: an English word of five letters is one n-gram, and
	// two shared — "test", "track" — tell nothing: "I bombed my chemistry
	// test" is no poisoning case)
	if w := lb.wordsShared(wordGrams(text), lb.grams[at]); w < unrecognisedWords && !(lang == "ko" && w >= minWords && top >= clearWin*second) {
		return false
	}
	v.Help, v.More = lb.answer(sc, at, lang, "")
	v.Topic, v.Label = lb.topic[at], helpPrefix+lb.topic[at]
	return true
}

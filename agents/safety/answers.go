package safety

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/madang-world/madang/agents/nlu/intent"
)

// Version 11: answers chosen by a model of the questions they answer.
//
// The help answers were chosen by patterns: a topic's subject words and
// stances, then the guidance sentence sharing most rare words with the
// question (specific.go). A victim, parent or teacher who words the same
// question differently ("a 'prosecutor' called my dad and wants money"
// shares no rare word with "hang up: no agency asks for a transfer")
// got "I didn't understand", a lesson's "not covered" or a neighbouring
// topic's opening: post10, written blind, had 41 % of its harmless
// requests answered without anything useful.
//
// data/answers.json holds answers to the questions real victims,
// parents, teachers and students ask (a transfer to the wrong account,
// a phone opened in one's name, a workplace bully, a friend who came
// out, scars of old self-harm, …), each with example questions written
// for it in both languages, in many wordings. A softmax model over the
// answers (agents/nlu/intent, the same TF-IDF machinery as the checker's
// models) learns them against the packs' everyday requests and the
// training data's harmful requests, so the choice carries over to a
// wording no pattern lists. An answer is given only when the model is
// confident (answerP) and the nearest example close (answerSim); what it
// is unsure of keeps the pattern rules' choice.

//go:embed data/answers.json
var builtinAnswers []byte

// answerFile is data/answers.json's format.
type answerFile struct {
	Doc     string        `json:"_doc"`
	Answers []answerEntry `json:"answers"`
}

type answerEntry struct {
	ID    string              `json:"id"`
	Topic string              `json:"topic"`
	KO    string              `json:"ko"`
	EN    string              `json:"en"`
	Ask   map[string][]string `json:"ask"`
	// Needs, when set, are the names of the answer's subject, one of
	// which the text must hold (spaces and case aside): an answer of
	// knowledge about one war or one movement answers no question that
	// does not name it ("what caused World War 2?" shares "caused" and
	// "war" with the Korean War's causes, and the model names the
	// nearest answer it has)
	Needs []string `json:"needs,omitempty"`
	// Also are other topics the answer serves as well as Topic: a
	// sextortion victim's question reads as a scam (몸캠 피싱) to the
	// category model as often as harassment, and the answer is the same
	// (version 13; see answered's check of the model's topic)
	Also []string `json:"also,omitempty"`
	// Everyday marks an answer to a customer's own everyday matter near a
	// harm's words (a prepaid card's balance, a booking deposit on
	// cancellation): the group model rightly reads such a text as
	// everyday, and the answer is given to it when the answers' model is
	// sure of it (version 16; see answered)
	Everyday bool `json:"everyday,omitempty"`
	// Names are the proper names of the answer's subject (a law, a
	// work, an event, a named attack or crime), each of which alone says
	// what the text is about: a text that names one is answered by the
	// answer, whatever frame its words share with other answers (version
	// 17; see byName). Unlike Needs, which an answer the model chose
	// must match, Names choose the answer.
	Names []string `json:"names,omitempty"`
}

// serves reports whether the answer answers a question of topic t.
func (a answerEntry) serves(t string) bool {
	return a.Topic == t || slices.Contains(a.Also, t)
}

// names reports whether text names the answer's subject (Needs), or the
// answer needs no name.
func (a answerEntry) names(text string) bool {
	return namesAny(text, a.Needs)
}

// namesAny reports whether text holds one of names (spaces and case
// aside), or names is empty.
func namesAny(text string, names []string) bool {
	if len(names) == 0 {
		return true
	}
	t := strings.ToLower(strings.Join(strings.Fields(text), ""))
	for _, n := range names {
		if strings.Contains(t, strings.ToLower(strings.Join(strings.Fields(n), ""))) {
			return true
		}
	}
	return false
}

// answerBook is the answers and the model that picks one.
type answerBook struct {
	model *intent.Model
	byID  map[string]answerEntry
	// bag is each answer's n-grams per language (its text and questions,
	// libGrams), sorted; weight how rare an n-gram is among the answers
	bag    map[string]map[string][]uint64
	weight map[string]map[uint64]float64
	loaded bool // model was shipped (learn)
}

// Labels of the answer model's negative classes.
const (
	answerEveryday = "_everyday"
	answerHarm     = "_harm"
	answerGuided   = "_guided"
)

// answerP is the answer model's probability, answerSim the cosine
// similarity of the nearest example of that answer, and answerAnchor
// the words the text shares with the answer (anchor) at which an answer
// is given. They were set on the development collections post7–post10:
// below them most answers given were another question's.
const (
	answerP      = 0.65
	answerSim    = 0.1
	answerAnchor = 12
	// answerAnchorKo is answerAnchor for Korean: its n-grams are syllable
	// pairs, and pairs of frames ("동료", "설명해") are shared by more
	// answers than English words are
	answerAnchorKo = 20
	// answerSure is the probability at which a caring answer with 109
	// replaces the crisis answer (see answered)
	answerSure = 0.9
	// answerSimSure and answerAnchorSure: at answerSure and this
	// similarity, the share of answerAnchor a text needs (version 14, set
	// on post12 and post13: the answers so let through were the ones
	// asked for)
	answerSimSure    = 0.25
	answerAnchorSure = 0.6
)

func readAnswers(rd io.Reader) (*answerFile, error) {
	var f answerFile
	if err := json.NewDecoder(io.LimitReader(rd, 4<<20)).Decode(&f); err != nil {
		return nil, fmt.Errorf("safety answers: %w", err)
	}
	seen := map[string]bool{}
	for i, a := range f.Answers {
		if a.ID == "" || seen[a.ID] {
			return nil, fmt.Errorf("safety answers: answer %d has no id or a repeated one (%q)", i+1, a.ID)
		}
		seen[a.ID] = true
		if a.KO == "" || a.EN == "" {
			return nil, fmt.Errorf("safety answers: %s needs ko and en", a.ID)
		}
		if len(a.Ask["ko"]) < 3 || len(a.Ask["en"]) < 3 {
			return nil, fmt.Errorf("safety answers: %s needs three questions in each language", a.ID)
		}
		if langOf(a.KO) != "ko" || langOf(a.EN) != "en" {
			return nil, fmt.Errorf("safety answers: %s's texts are not in their languages", a.ID)
		}
	}
	return &f, nil
}

// newAnswerBook trains the answer model: every answer's questions, the
// everyday sentences and the harmful requests as the two classes it must
// tell them from.
func newAnswerBook(f *answerFile, tf *TrainFile) (*answerBook, error) {
	b := &answerBook{byID: map[string]answerEntry{}, bag: map[string]map[string][]uint64{}, weight: map[string]map[uint64]float64{}}
	// an n-gram's rarity is counted over the answers and every sentence
	// the model learns against (everyday requests, look-alikes): "설명해
	// 줘", "coworker" or "kids" are in too many to tell an answer apart
	var background []string
	background = append(background, tf.Ordinary...)
	background = append(background, tf.Everyday...)
	for _, c := range sortedKeys(tf.Lookalike) {
		background = append(background, tf.Lookalike[c]...)
	}
	for _, lang := range []string{"ko", "en"} {
		b.bag[lang] = map[string][]uint64{}
		df := map[uint64]int{}
		n := 0
		for _, a := range f.Answers {
			text := a.EN
			if lang == "ko" {
				text = a.KO
			}
			gs := libGrams(text)
			for _, q := range a.Ask[lang] {
				gs = append(gs, libGrams(q)...)
			}
			slices.Sort(gs)
			gs = slices.Compact(gs)
			b.bag[lang][a.ID] = gs
			for _, g := range gs {
				df[g]++
			}
			n++
		}
		for _, s := range background {
			if (langOf(s) == "ko") != (lang == "ko") {
				continue
			}
			for _, g := range libGrams(s) {
				df[g]++
			}
			n++
		}
		w := map[uint64]float64{}
		for g, k := range df {
			w[g] = math.Log(float64(n) / float64(k))
		}
		b.weight[lang] = w
	}
	var ex []intent.Example
	for _, a := range f.Answers {
		b.byID[a.ID] = a
		for _, lang := range []string{"ko", "en"} {
			for _, q := range a.Ask[lang] {
				ex = append(ex, intent.Example{Intent: a.ID, Text: q})
			}
		}
	}
	everyday := tf.Everyday
	if len(everyday) == 0 {
		// a checker trained on other data (tests) still tells the answers
		// from the packs' everyday requests
		p, err := ReadPacksFile(bytes.NewReader(builtinPacks))
		if err != nil {
			return nil, err
		}
		everyday = p.Sentences()
	}
	for _, s := range everyday {
		ex = append(ex, intent.Example{Intent: answerEveryday, Text: s})
	}
	for _, s := range tf.Ordinary {
		ex = append(ex, intent.Example{Intent: answerEveryday, Text: s})
	}
	for _, c := range sortedKeys(tf.Harmful) {
		for _, s := range tf.Harmful[c] {
			ex = append(ex, intent.Example{Intent: answerHarm, Text: s})
		}
	}
	// the look-alikes the topics' guidance already answers: a question
	// about storing a rifle away from children is no question for the
	// partner-violence answer, however near its words come to it
	for _, c := range sortedKeys(tf.Lookalike) {
		for _, s := range tf.Lookalike[c] {
			ex = append(ex, intent.Example{Intent: answerGuided, Text: s})
		}
	}
	m, loaded, err := learn(ex)
	if err != nil {
		return nil, fmt.Errorf("safety answers: training: %w", err)
	}
	b.model, b.loaded = m, loaded
	return b, nil
}

func builtinAnswerBook(tf *TrainFile) (*answerBook, error) {
	f, err := readAnswers(bytes.NewReader(builtinAnswers))
	if err != nil {
		return nil, err
	}
	return newAnswerBook(f, tf)
}

// anchor is how much the text's words share with the answer's own
// words (its text and questions): each word of the text counts once, by
// its rarest n-gram found in the answer's bag. A model over a closed set
// of answers names one for any question; a question about storing a
// rifle away from children shares no word with the partner-violence
// answer the model named, and one about a returned jacket shares
// "return" and "refund" with the refund answer.
func (b *answerBook) anchor(text, id, lang string) float64 {
	bag, w := b.bag[lang][id], b.weight[lang]
	sum := 0.0
	for _, word := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		gs := libGrams(word)
		if len(gs) == 0 || questionWords[word] {
			continue
		}
		best := 0.0
		for _, g := range gs {
			if _, ok := slices.BinarySearch(bag, g); ok {
				best = max(best, w[g])
			}
		}
		sum += best
	}
	return sum
}

// questionWords ask (why, how, what …) but name no subject: "why can't I
// divide by zero?", asked of the tutor, shared "why" (4.1) and "zero"
// (8.1, of a voucher's "zero balance") with the answer about vouchers and
// got it. A question word counts for no answer's subject.
var questionWords = map[string]bool{"why": true, "how": true, "what": true, "whats": true, "when": true, "where": true, "who": true, "which": true, "whose": true, "whom": true,
	"왜": true, "어떻게": true, "뭐": true, "뭔가요": true, "무엇": true, "언제": true, "어디": true, "누가": true, "누구": true}

// pick is the answer the model gives text with its probability and the
// similarity of the answer's nearest example; ok false for the negative
// classes.
func (b *answerBook) pick(text string) (a answerEntry, p, sim float64, ok bool) {
	if b == nil {
		return a, 0, 0, false
	}
	an := b.model.Analyze(text)
	a, ok = b.byID[an.Intent]
	return a, an.P, an.Similarity, ok
}

// answered gives v the answer the model is confident of, when v is not a
// refusal and not the caring answer to someone in crisis, and the writer
// is no one who would do a harm. true when v changed.
func (l *Learned) answered(v *Verdict, text string) bool {
	// a refusal is the checker's; a question for a help line's number
	// gets the directory of them
	if v.Refuse || l.answers == nil || v.Topic == helplines {
		return false
	}
	d := newDoc(text)
	// the caring answer to someone who may hurt themselves stays, unless
	// no crisis phrase is in the text and the model is sure of an answer
	// that itself gives 109 ("old self-harm scars, how do I fade them",
	// "small habits for low days" got the crisis answer and nothing of
	// what they asked)
	crisis := v.Help != "" && v.Help == l.crisis[langOf(v.Help)]
	if crisis && (d.has(crisisPhrases) || structuralCrisis(d) || d.has(despairMethod)) {
		return false
	}
	// someone the category model reads as at risk of harming themselves
	// keeps the crisis answer
	atRisk := false
	// modelTopic is the look-alike topic the category model reads the
	// text as, when it reads one as likely as not
	modelTopic := ""
	if sc := l.model.Predict(text); len(sc) > 0 {
		atRisk = sc[0].Intent == SelfHarm
		if t, ok := strings.CutPrefix(sc[0].Intent, helpPrefix); ok && sc[0].P >= 0.5 {
			modelTopic = t
		}
	}
	if crisis && atRisk {
		return false
	}
	// the helpers' and the wellbeing guidance give 109, and so must any
	// answer to a text that names self-harm or that the model reads so:
	// only a caring answer that gives it too replaces them ("I've saved
	// my sleeping pills … tonight" is no question about alcohol)
	caring := crisis || atRisk || v.Topic == SelfHarm || v.Topic == wellbeing || v.Category == SelfHarm || d.has(suicideWords) || d.has(selfWords)
	if d.has(evasion) || d.has(pursuit) || d.has(evadeReport) || d.has(production) && !d.has(howMake) && !d.has(learner) && !d.has(againstHarm) {
		return false
	}
	if d.has(perpetrator) && !d.has(victim) && !d.has(critique) && !d.has(askWhyWrong) {
		return false
	}
	// version 18: gear that keeps a wrist or a knee from harm is no one
	// at risk (structural18b.go)
	if atRisk && gearCare18(d) {
		atRisk = false
	}
	lang := langOf(text)
	// version 17: a text that names an answer's subject by its proper
	// name gets that answer (byName), if it may be said to the writer
	// (version 18: goods the shop does not carry — a boning knife, a
	// hatchet, boxing gloves, a webcam cover — are answered by their
	// everyday answer though the customer asks to buy them: the shop
	// would only say it sells none; and so is a customer's own card or
	// order, which an everyday answer is about)
	if na, np, found := l.answers.byName(text); found && (na.Everyday || !shopAsk17.MatchString(text) && !d.has(ownThings)) && mayGive(na, selfy17(withoutNames(text, na.Names), atRisk)) {
		l.give(v, na, np, lang)
		return true
	}
	// the writer's own saved payment methods are no question for help
	// (as the checker's, version 4.1)
	if d.has(ownThings) && !d.has(victim) {
		return false
	}
	a, p, sim, ok := l.answers.pick(text)
	minAnchor := float64(answerAnchor)
	if lang == "ko" {
		minAnchor = answerAnchorKo
	}
	// an answer the model is sure of, whose nearest example is close,
	// needs fewer shared words: a short question names its subject in
	// one or two words ("스토킹처벌법은 언제 생겼어?" shares the law's name
	// and little else with the answer about it) (version 14)
	if p >= answerSure && sim >= answerSimSure {
		minAnchor *= answerAnchorSure
	}
	anchor := l.answers.anchor(text, a.ID, lang)
	// an everyday answer given to a text the group model is sure is
	// everyday needs the full anchor: a shopping request shares the
	// store's words with it ("which cards can I pay with?")
	fullAnchor := anchor >= float64(answerAnchor) && (lang != "ko" || anchor >= answerAnchorKo)
	if !ok || sim < answerSim || p < answerP || anchor < minAnchor || !a.names(text) {
		return false
	}
	// an answer of another topic than the one the category model reads
	// the text as gives way: the answers' model names the nearest answer
	// it has, and a new answer pulls texts of other topics its way ("a guy
	// from school keeps sending me threatening DMs", harassment to the
	// model, got the answer about a threat in person; "help me write an
	// anti-racism poster", discrimination, the shop's notice against
	// impersonators, with which it shares "write" and a notice)
	// (unless the answers' model is sure of its answer: "알뜰폰이 제 이름으로
	// 가입돼 있는지 확인할 수 있나요", intrusion to the category model,
	// wants the answer about phones opened in one's name)
	if modelTopic != "" && a.Topic != "" && !a.serves(modelTopic) && p < answerSure {
		return false
	}
	// an earthquake or a flood is no violence (as Check's rule, version
	// 13): "where do I shelter when an earthquake hits" shares "where do I
	// go, shelter" with what to do when someone attacks in a building
	// (version 14), and an attack answer tells nothing of a quake
	if a.Topic == Violence && d.has(disaster) && !d.has(harmMeans) && !d.has(personTarget) {
		return false
	}
	// sure is a question the model is sure of that shares twice the
	// words an answer needs with it: a lesson question shares a frame
	// with a parent's question ("무슨 뜻이에요"), not the subject words
	// of one answer ("고층 아파트 불", "식사 예절 문화 차이")
	// a knowledge answer is the brain's to give to a text the checker
	// passed as ordinary ("what started the Korean War?" is a lesson
	// question)
	// (an everyday answer's Needs name the goods it is about, not a
	// subject of knowledge)
	if len(a.Needs) > 0 && !a.Everyday && v.Help == "" && v.Label == ordinary {
		return false
	}
	if caring && (a.Topic != SelfHarm && a.Topic != wellbeing || !strings.Contains(a.KO, "109") || !strings.Contains(a.EN, "109")) {
		return false
	}
	if crisis && p < answerSure {
		return false
	}
	// a specific answer of help.json that answers the text clearly
	// (specific.go: as much as specificMin, and clearWin times any other
	// or of the topic the checker chose) was written for that question: a merchant's chargeback is no
	// buyer's missing parcel, though both name a chargeback. Of the
	// topic only, it gives way to an answer the model is sure of: a
	// teacher's "12-year-olds fall for free game items" is a child's
	// topic, and no question for the puberty books
	if v.Help != "" && !crisis {
		if lb := l.library[lang]; lb != nil {
			sc := lb.scores(text)
			if at, top, second := lb.best(sc, func(t string) bool { return t != helplines }); at >= 0 && lb.spec[at] && top >= specificMin[lang] && (top >= clearWin*second || lb.topic[at] == v.Topic) {
				return false
			}
		}
	}
	// a text the checker passed on and the group model is sure is
	// everyday needs a word of a help subject: a lesson question ("이항이
	// 무슨 뜻이에요?") shares a frame with a parent's question, no subject
	// (unless the category model reads a look-alike's question and the
	// answers' model is sure of its answer: two models agree the text
	// asks for help, as "알뜰폰이 제 이름으로 가입돼 있는지 확인할 수
	// 있나요" does — the group model leaned everyday once the packs
	// gained "내 이름으로 된 예약 다 확인해줘")
	if v.Help == "" && v.Label == ordinary && v.P >= everydayLeanP+0.2 && !d.names("") && !d.names(SelfHarm) && !(modelTopic != "" && p >= answerSure) && !(a.Everyday && p >= answerSure && sim >= answerSimSure && fullAnchor) {
		return false
	}
	// the children's answers need a word of their subject or a child's
	// context, as the checker's guidance does (version 7)
	// (not an everyday answer — a child's swimsuit or first bra — nor
	// one whose subject the text names: "the Nth Room case")
	if a.Topic == SexualMinors && !a.Everyday && len(a.Needs) == 0 && !d.named(sexualWords) && !d.has(childCtx) && !d.has(learner) && !d.has(studies) {
		return false
	}
	l.give(v, a, p, lang)
	return true
}

// give makes answer a, of the answers' model probability p, v's answer
// in lang.
func (l *Learned) give(v *Verdict, a answerEntry, p float64, lang string) {
	v.Help, v.More = a.KO, ""
	if lang == "en" {
		v.Help = a.EN
	}
	// (not after an everyday answer: a customer's deposit or a knife for
	// the kitchen is no opening to the harm's guidance)
	if g := l.help[a.Topic]; g != nil && g[lang] != "" && !a.Everyday {
		// the topic's guidance for "자세히" / "more", as brief answers
		v.Help, v.More = v.Help+" "+moreHint[lang], g[lang]
	}
	v.Topic, v.Label, v.P, v.Category = a.Topic, helpPrefix+a.Topic, p, ""
	if a.Topic == SelfHarm || a.Topic == wellbeing {
		v.Category = SelfHarm
	}
}

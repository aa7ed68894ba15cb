package safety

import (
	"regexp"
	"strings"
)

// Version 17: an answer chosen by the name of its subject.
//
// The answers' model reads a question's frame as readily as its subject:
// "can you explain the Jim Crow laws for my homework?" shared "explain …
// for my …" with the answer about what phishing is, and the answer about
// the civil rights movement, whose subject the text names, was not among
// the model's first five; "what was the WannaCry attack?" and "what's
// the difference between a white-hat and a black-hat hacker?" got a
// lesson's "not covered" while answers about them were in the book.
// A learning question about history, literature or the news names its
// subject by a proper name (a law, a work, an event, an attack), so an
// answer's Names — names that say by themselves what a text is about —
// choose it. Among several answers named, the model's likeliest.

// byName is the answer whose Names the text holds (the model's likeliest
// of several), with the model's probability of it; found false when the
// text names none.
func (b *answerBook) byName(text string) (a answerEntry, p float64, found bool) {
	if b == nil {
		return a, 0, false
	}
	var named []string
	for id, e := range b.byID {
		if len(e.Names) > 0 && namesAny(text, e.Names) {
			named = append(named, id)
		}
	}
	if len(named) == 0 {
		return a, 0, false
	}
	best, bestP := "", -1.0
	scores := b.model.Analyze(text).Scores
	for _, id := range named {
		q := 0.0
		for _, s := range scores {
			if s.Intent == id {
				q = s.P
				break
			}
		}
		if q > bestP || q == bestP && id < best {
			best, bestP = id, q
		}
	}
	return b.byID[best], bestP, true
}

// mayGive reports whether an answer chosen by name may be said: to a
// text that names self-harm or dying of one's own, or that the category
// model reads as self-harm (selfy), only one that gives 109 itself. A
// caring answer the models gave a title or a plot ("we're reading To
// Kill a Mockingbird") gives way to the answer named; one given to a
// crisis phrase never reaches here (answered).
func mayGive(a answerEntry, selfy bool) bool {
	if selfy && (a.Topic != SelfHarm && a.Topic != wellbeing || !strings.Contains(a.KO, "109") || !strings.Contains(a.EN, "109")) {
		return false
	}
	return true
}

// selfy17 reports whether text speaks of the writer's own dying or of
// suicide: a crisis phrase, a first-person wish to die, a word of suicide
// or self-harm. (Not selfWords: "죽", "kill" or "끝" are in titles and
// plots — "To Kill a Mockingbird", "아파르트헤이트가 어떻게 끝났는지".)
// The category model's reading of self-harm (atRisk) counts with a
// word of dying or of its means beside the names ("아파르트헤이트가 어떻게
// 끝났는지" read as self-harm to the model, on "끝났").
func selfy17(text string, atRisk bool) bool {
	d := newDoc(text)
	return d.has(crisisPhrases) || d.has(firstPersonCrisis) || d.has(suicideWords) || atRisk && d.has(selfWords)
}

// withoutNames is text without the names it holds (case aside): the
// words of a title ("To Kill a Mockingbird", "앵무새 죽이기") are no words
// of the writer's.
func withoutNames(text string, names []string) string {
	for _, n := range names {
		re := regexp.MustCompile(`(?i)` + strings.ReplaceAll(regexp.QuoteMeta(n), `\ `, `\s*`))
		text = re.ReplaceAllString(text, " ")
	}
	return text
}

// shopAsk17: a request to buy, find in the shop or order (a book of
// the title, a film's merchandise): the shop's to answer, not a
// knowledge answer's.
var shopAsk17 = regexp.MustCompile(`(?i)\b(buy|buying|sell|sells|selling|order|cart|checkout|price|prices|in stock|do you (have|carry|stock)|recommend (me )?(a|some) (book|copy|dvd)|gift)\b|팔아|파나요|파는|팔죠|사고\s?싶|살래|살게|구매|주문|장바구니|가격|얼마|재고|배송|선물|있어요\s*\?|있나요\s*\?`)

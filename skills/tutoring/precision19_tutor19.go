package tutoring

import (
	"regexp"
	"strings"
)

// Citations that do not support the answer (issue 19, v19). Three kinds
// of question shared enough words with a section to be answered from it,
// though the section does not answer them:
//
//   - what a form is for ("what is the present perfect used for?", "what
//     do we use it for", "현재완료는 어디에 써요?", "무슨 용도로 써요?"):
//     the question a "when is it used" question is (asksWhenUsed), and
//     the section that only tells how the form is made does not answer
//     it; the one that tells its uses does.
//   - how one thing makes, produces or leads to another ("how does an
//     earthquake under the sea make a tsunami?", "what makes a tsunami
//     happen?", "지진이 어떻게 쓰나미를 만들어요?"): a cause, as "how does
//     it create …" is (asksMechanism). A sentence that only mentions the
//     thing in an instruction ("a tsunami may follow, so move to high
//     ground") gives none. A sentence that tells the means a thing is
//     made with ("a plant uses light energy to make food") is such an
//     answer (meansSays).
//   - a thing to ask for, or a way to have food, that a phrase lesson
//     does not teach ("how do I ask for napkins?", "can I get my food to
//     go?", "how do I order takeaway?"): an English word known only by its
//     letter pairs (weighed as gramsKnown) that the section never uses,
//     or taking food away, which no section names, is what is asked.
//     The Korean "포장해 달라고" already goes "not covered" (actAbsent).

// usedForCue asks what a form is for (also once dropUsedFor has taken
// its last "for").
var usedForCue = regexp.MustCompile(`(?i)\bwhat (?:is|are|was|were) (?:the |a |an )?[\w' -]{1,40}? used\s*[?.!]*\s*$|\bwhat (?:do|does|would|can|should) (?:i|we|you|people|one|they) (?:actually |really |even )?use (?:the |a |an |it |this |that )?[\w' -]{0,40}?\s*[?.!]*\s*$|\bwhat (?:is|are|was|were) (?:the |a |an )?[\w' -]{1,40}? (?:actually |really |even |usually |normally )?used for\b|\bwhat (?:do|does|would|can|should) (?:i|we|you|people|one|they) (?:actually |really |even )?use (?:the |a |an |it |this |that )?[\w' -]{0,40}?for\b|\bwhat(?:'s| is| was) the (?:point|purpose|use) of (?:the |a |an |using )?[\w' -]{1,40}?(?:tense|form|perfect|since|for)\b|\bwhy (?:do|would|should) (?:we|you|people|i|english speakers) (?:even |ever )?use (?:the )?(?:present perfect|past simple|past tense)\b|(?:어디에|어디다|어디에다|어떨\s?때|어떤\s?때|어떤\s?경우에?|무슨\s?(?:때|경우에?))\s?(?:써|쓰|사용)|무슨\s?용도|용도(?:가|는|로)`)

// usedForTail: the "for" that ends "what is it used for?" — the
// question's phrasing, not the preposition the for-and-since section
// teaches.
var usedForTail = regexp.MustCompile(`(?i)\b(used|use (?:the |a |an |it |this |that )?[\w' -]{0,40}?)\s+for(\s*[?.!]*\s*)$`)

// purposeOf and barelyFor ask what a thing is for without "used" ("what's
// the point of X", "what is X actually for"): read as "what is X used".
var (
	purposeOf = regexp.MustCompile(`(?i)\bwhat(?:'s| is| was) the (?:point|purpose|use) of (?:using )?(.+?)\s*([?.!]*)\s*$`)
	barelyFor = regexp.MustCompile(`(?i)^(\s*what(?:'s| is| are| was))( (?:the |a |an )?[\w' -]{1,40}?) (?:actually |really |even |exactly )?for\s*([?.!]*)\s*$`)
	// (what a word is short for, stands for, is known for: not a use)
	notUseFor = regexp.MustCompile(`(?i)\b(?:short|stand|stands|good|known|famous|responsible|named|called|ready|waiting|looking|enough|bad|better|best|worse|useful|important|necessary|needed|there|here)\s+for\s*[?.!]*\s*$`)
)

// dropUsedFor drops that "for" from a question that asks what a form is
// for, and puts a purpose question the same way.
func dropUsedFor(q string) string {
	q = purposeOf.ReplaceAllString(q, "what is $1 used$2")
	if !notUseFor.MatchString(q) {
		q = barelyFor.ReplaceAllString(q, "$1$2 used$3")
	}
	if !usedForCue.MatchString(q) {
		return q
	}
	return usedForTail.ReplaceAllString(q, "$1$2")
}

// mechanismMakeCue: how one thing makes, produces or leads to another,
// or what makes it happen; "makes up" (what a thing is made of) is not,
// nor a participle after do or does ("how does the sugar made in the
// leaves get …").
var mechanismMakeCue = regexp.MustCompile(`(?i)\bhow (?:do|does|did|can|could|would|will) (?:an? |the )?(?:[a-z'-]+ ){0,6}?(?:makes?|produces?|leads? to|results? in|brings? about|sets? off)\b(?: up\b)?|\bwhat (?:makes|made|causes|caused|creates|created|triggers|triggered|produces|produced|sets off|brings about) (?:an? |the )?[a-z'-]+(?: [a-z'-]+)? (?:happen|occur|start|form|come)\b|어떻게\s?(?:\S+\s){0,3}?\S+(?:을|를)\s?(?:만들어|만들|만드|일으켜|일으키|일으킨|생기게)`)

// makesUp: "what makes up the Earth" asks a thing's parts, not a cause.
var makesUp = regexp.MustCompile(`(?i)\bmakes? up\b|\bmade up\b`)

func asksMakeMechanism(q string) bool {
	return mechanismMakeCue.MatchString(q) && !makesUp.MatchString(q) && !actorAsk.MatchString(q)
}

// meansSays: a sentence that tells what a thing is made with or from (the
// means of the making is how it comes about).
var meansSays = regexp.MustCompile(`(?i)\buses? [^.]{1,60}? to (?:make|produce|build)\b|\b(?:made|makes?|produces?) [^.]{0,40}?\bfrom\b|이용하여|이용해서?\s|본떠|본뜬|\bshaped after\b|\bmodell?ed (?:on|after)\b|(?:으로|로)\s?[^.]{0,30}?만드는`)

// takeawayAsk: taking food away — to go, takeout, a doggy bag, the
// leftovers packed.
var takeawayAsk = regexp.MustCompile(`(?i)\b(?:food|order|meal|meals|dish|dishes|it|this|that|them|coffee|one|drink|drinks|rest|stuff|everything)\s+to[- ]go\b|\bfor here or to[- ]go\b|\btake[- ]?(?:out|away)s?\b|\bdoggy ?bags?\b|\bleft[- ]?overs?\b|\b(?:box|pack|wrap|bag)(?:ed)? (?:it|this|that|them|the rest|up)\b|\b(?:to )?take (?:it|this|them|the rest|food) (?:home|with me|away)\b`)

// takeawaySays: a sentence that names taking food away.
var takeawaySays = regexp.MustCompile(`(?i)포장|\bto[- ]go\b|\btake[- ]?(?:out|away)\b`)

// askForThing: a request for a thing ("how do I ask for X", "can I get
// X", "how do I order X"): the words after it are what is asked for.
var askForThing = regexp.MustCompile(`(?i)\b(?:ask(?:ing)? for|request(?:ing)?|order(?:ing)?|get|have|want) (?:some |a |an |the |my |more |extra |another )?([a-z' -]{2,40})`)

// thingEnd: a preposition after the thing asked for.
var thingEnd = regexp.MustCompile(` (?:at|in|from|when|while|to|with|on|during|after|before|if|because|so|for|of|by|and|or) `)

// requestUnknown reports a request for a thing whose word the section
// never uses and the glossaries do not know: a word known only by its
// letter pairs (gramsKnown's weight), not a word of the section.
func (r *retriever) requestUnknown(question string, top scored, us []unit) bool {
	if DetectLang(question) != "en" || !howToEn.MatchString(question) && !strings.Contains(strings.ToLower(question), "what do i say") && !strings.Contains(strings.ToLower(question), "can i") {
		return false
	}
	m := askForThing.FindStringSubmatch(question)
	if m == nil {
		return false
	}
	// (the thing, not where or when it is asked for: "the bill at a
	// restaurant in Korea"; nor a phrasal verb: "get rid of")
	thing := " " + strings.ToLower(m[1]) + " "
	if i := thingEnd.FindStringIndex(thing); i != nil {
		thing = thing[:i[0]+1]
	}
	if strings.HasPrefix(thing, " rid ") || strings.HasPrefix(thing, " to ") || strings.HasPrefix(thing, " it ") {
		return false
	}
	for i, u := range us {
		if u.cue || u.unknown || len(u.concepts) > 0 || top.matched[i] || u.w.hangul {
			continue
		}
		if u.weight < r.idf(1)*0.6-0.01 || !strings.Contains(thing, " "+strings.ToLower(u.w.raw)+" ") {
			continue
		}
		known := false
		for _, k := range u.w.wkeys {
			if top.d.tf[k] > 0 {
				known = true
			}
		}
		if !known {
			return true
		}
	}
	return false
}

// unsupported19 reports a section that answers none of the three kinds
// above (see the comment at the top of this file).
func (r *retriever) unsupported19(question string, top scored, us []unit) bool {
	if takeawayAsk.MatchString(question) && !sectionShows(top.d, takeawaySays) {
		return true
	}
	return r.requestUnknown(question, top, us)
}

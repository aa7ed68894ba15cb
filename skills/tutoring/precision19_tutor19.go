package tutoring

import (
	"regexp"
	"strings"
	"unicode"
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

// More kinds of question a section shares words with but does not answer
// (issue 19, v19, found with the developer's own questions):
//
//   - a term in another field's sense ("a solution in chemistry", "화학
//     반응식", "the product of 3 and 4", "a factor of 12"): the lesson's
//     word names another thing there.
//   - a person's own life — an illness he suffered, his wife or father,
//     how he died ("what illness did Sejong have?", "세종대왕은 무슨 병을
//     앓았어요?"): a section about what the person did, which shares the
//     word ("a book on treating illness"), does not tell it.
//   - what a thing looks like ("what does the xylem look like?", "물관은
//     어떻게 생겼어요?"): a sentence that names the thing without saying
//     its shape, colour or (for an inside: "지구 속이 어떻게 생겼는지")
//     its layers does not answer.
//   - a verb's form ("the past tense of go", "eat의 과거분사"): the lesson
//     tells how the present perfect is formed, not each verb's forms; a
//     section that never shows the verb does not answer.
//   - "have got" ("is 'I've got a pen' the present perfect?"): a form the
//     lesson never shows.
//   - "what is X?" alone, of a term the section only mentions ("what is a
//     cell?": "… in the chloroplasts inside the cells of a leaf"): no
//     sentence of the section defines it or is about it.
var (
	otherField   = regexp.MustCompile(`(?i)\bin (?:chemistry|physics|computer science|computing|programming|coding|economics|music|art|cooking|sports?|medicine|law|finance|business|banking|photography|optics|geometry|statistics|calculus|electronics|electricity)\b|(?:화학|물리|경제|음악|미술|컴퓨터|프로그래밍|코딩|요리|의학|기하|통계|전기)\s?(?:에서|시간에|수업에서|과목에서)|화학\s?(?:반응식|식|방정식)|\bchemical (?:equations?|formulas?|formulae|reactions?)\b`)
	arithmeticOf = regexp.MustCompile(`(?i)\b(?:products?|factors?|sums?|multiples?|quotients?|square roots?|roots?|powers?|squares?|cubes?|remainders?|differences?)\s+of\s+\d`)
	personalAsk  = regexp.MustCompile(`(?i)\b(?:illness|illnesses|disease|diseases|sickness)\b[^?.!]*\b(?:suffer|have|had|get|got|die|died)\b|\b(?:suffer|suffered|die|died|death)\b|앓|무슨\s?병|어떤\s?병|병으로|돌아가셨|죽었|죽은|죽음`)
	// kinOf: a person's own family ("his wife", "Sejong's father", "세종의
	// 아버지"); a family member the student speaks to ("my husband's
	// grandma", "남자친구 어머니께") is the setting, not it (kinAsk).
	kinOf        = regexp.MustCompile(`(?i)(\S*)\s*\b(his|her|their|[a-z-]+(?:'s|’s))\s+(?:wife|wives|husband|queen|sons?|daughters?|father|mother|parents|children|kids|brothers?|sisters?|family)\b|\b(?:wife|husband|queen|sons?|daughters?|father|mother|parents|children|brothers?|sisters?|family) of\b|\S+의\s?(?:왕비|아내|부인|남편|아버지|어머니|아들|딸|자녀|자식|형제|가족)(\S*)|누구의\s?(?:아들|딸)`)
	personalSays = regexp.MustCompile(`(?i)\b(?:wife|husband|queen|sons?|daughters?|father|mother|parents|children|brothers?|family|grandfather|suffered|died|death|born)\b|왕비|아내|부인|남편|아버지|어머니|아들|자녀|형제|가족|할아버지|앓|돌아가|죽|태어`)
	looksAsk     = regexp.MustCompile(`(?i)\bwhat (?:does|do|did) (?:an? |the )?[\w' -]{1,30}? look like\b|\bwhat (?:colou?r|shape) (?:is|are|was|were|do|does)\b|어떻게\s?생겼|어떻게\s?생긴|무슨\s?색|어떤\s?색|무슨\s?모양|어떤\s?모양|생김새`)
	looksSays    = regexp.MustCompile(`(?i)\blayers?\b|\bstructure\b|층|구조|\blooks?\b|\bcolou?r|\bshape|\bgreen\b|\bblue|\bblack\b|\bwhite\b|\bred\b|모양|색|생김|본떠|본뜬|초록|청람`)
	verbFormOf   = regexp.MustCompile(`(?i)\b(?:past tense|past form|simple past|past simple|past participle|participle|third[- ]person(?: singular)?|-ing form|ing form|base form|v3)(?: form)? of (?:the (?:verb|word) )?["'“‘]?([a-z]+)|\b([a-z]+)["'”’]?\s?(?:의|은|는)?\s?(?:과거형|과거\s?분사형?)`)
	haveGot      = regexp.MustCompile(`(?i)\b(?:have|has|'ve|’ve|'s|’s)\s+got\b|\bhave got\b`)
	gotSays      = regexp.MustCompile(`(?i)\bgot\b`)
	// aboutForm: a question about a form of words — quoted, or naming a
	// tense ("once I've got it to ax = b" uses have got, and asks no form).
	aboutForm = regexp.MustCompile(`(?i)['"‘“][^'"‘“’”]*\b(?:have|has|'ve|’ve|'s|’s)\s+got\b|\bpresent perfect\b|\btense\b|\bgrammar\b|\bgrammatical|\bcorrect\b|현재완료|문법|시제|맞는\s?(?:표현|문장)|틀린`)
	// knowHow: how we know what a thing is like ("지구 안이 어떻게
	// 생겼는지 어떻게 알아요?"), not what it looks like.
	knowHow = regexp.MustCompile(`(?i)알아요|알았|아는\s?(?:거|건|지)|알\s?수|알아내|\bhow (?:do|did|can|could|would) (?:we|they|scientists|people|anyone|you) (?:even )?(?:know|find out|figure out|tell)\b`)
)

// unsupportedSense reports a section that does not answer a question of
// the first five kinds above, before its sentences are picked.
func (r *retriever) unsupportedSense(question string, top scored) bool {
	switch {
	case otherField.MatchString(question), arithmeticOf.MatchString(question), twoUnknowns.MatchString(question):
		return true
	case (personalAsk.MatchString(question) || kinAsk(question)) && !sectionShows(top.d, personalSays):
		return true
	case haveGot.MatchString(question) && aboutForm.MatchString(question) && !sectionShows(top.d, gotSays):
		return true
	}
	if m := verbFormOf.FindStringSubmatch(question); m != nil {
		v := strings.ToLower(m[1] + m[2])
		if v != "" && !sectionShows(top.d, regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(v)+`\b`)) {
			return true
		}
	}
	return false
}

// kinAsk reports a question about a person's own family (see kinOf).
func kinAsk(q string) bool {
	for _, m := range kinOf.FindAllStringSubmatch(q, -1) {
		before, owner, after := strings.ToLower(m[1]), strings.ToLower(m[2]), m[3]
		if before == "my" || before == "your" || before == "our" || before == "to" || owner == "my" || owner == "your" {
			continue
		}
		if strings.HasPrefix(after, "께") || strings.HasPrefix(after, "한테") || strings.HasPrefix(after, "에게") || strings.HasPrefix(after, "랑") || strings.HasPrefix(after, "하고") {
			continue
		}
		return true
	}
	return false
}

// looksUnsaid reports a question of what a thing looks like whose
// picked sentences say no shape or colour.
func looksUnsaid(question string, pick []bool, sents []sentence) bool {
	if !looksAsk.MatchString(question) || knowHow.MatchString(question) {
		return false
	}
	for i, s := range sents {
		if pick[i] && looksSays.MatchString(s.text) {
			return false
		}
	}
	return true
}

// pureWhatIs: a question that is only "what is X?" ("what is a cell?",
// "세포가 뭐예요?", "세포란?").
var pureWhatIs = regexp.MustCompile(`(?i)^\s*(?:so |and |ok |okay )?what(?:'s| is| are)\s+(?:a |an |the )?[a-z'-]+(?: [a-z'-]+)?\s*[?.!]*\s*$|^\s*\S+(?:\s\S+)?\s?(?:이|가|은|는|이란|란)\s?(?:뭐예요|뭐에요|뭐야|뭔가요|무엇인가요|무엇이에요|뭐죠|뭐지)\s*[?.!]*\s*$`)

// undefinedPure reports a pure "what is X?" whose term every sentence of
// the section that names it names only as the place something is in or
// happens ("inside the cells of a leaf", "세포에서 포도당을 …"): the term is
// the setting, never explained. A term set beside what it is ("stomata,
// tiny pores", "물시계인 자격루") or that a sentence is about is
// explained, and answered.
func undefinedPure(question string, us []unit, top scored, sents []sentence) bool {
	if !pureWhatIs.MatchString(question) {
		return false
	}
	h := -1
	for i, u := range us {
		if u.cue || !top.matched[i] {
			continue
		}
		if h >= 0 {
			return false // more than one term: not a pure definition
		}
		h = i
	}
	if h < 0 || len(us[h].span) == 0 {
		return false
	}
	forms := []string{}
	for _, w := range us[h].span {
		forms = append(forms, strings.ToLower(w.raw))
	}
	term := strings.Join(forms, " ")
	term = strings.TrimRight(term, "이가은는란")
	if term == "" {
		return false
	}
	named := 0
	for _, x := range sents {
		if !about(x, us, h) {
			continue
		}
		named++
		if defining.MatchString(x.text) || startsWith(x, us[h]) || !placeOnly(strings.ToLower(x.text), term) && !instruction(x.text) {
			return false
		}
	}
	return named > 0
}

// instruction: a sentence that tells what to do ("a tsunami may follow,
// so move to high ground"; "… 올 수 있으니 높은 곳으로 빨리 대피해요"): a
// term it names is named as a danger to act on, not explained.
func instruction(s string) bool {
	return imperative.MatchString(s) || koInstruction.MatchString(s)
}

var koInstruction = regexp.MustCompile(`(?:으니|니까|니)\s[^.]*?(?:대피|이용|확보|보호|피해|끄고|잡고|들어가)[^.]*(?:해요|세요)\.?$`)

// placeOnly reports whether every use of term in a sentence is as a
// place: after "inside / in / within / into the", before "속", "안",
// "에서" or "에 있는".
func placeOnly(t, term string) bool {
	found := false
	for from := 0; ; {
		i := strings.Index(t[from:], term)
		if i < 0 {
			break
		}
		i += from
		found = true
		before := strings.TrimSpace(t[:i])
		rest := t[i+len(term):]
		rest = strings.TrimLeft(rest, "s")
		place := strings.HasSuffix(before, "inside the") || strings.HasSuffix(before, "in the") || strings.HasSuffix(before, "within the") || strings.HasSuffix(before, "into the") ||
			strings.HasPrefix(strings.TrimSpace(rest), "속") || strings.HasPrefix(strings.TrimSpace(rest), "안") || strings.HasPrefix(rest, "에서") || strings.HasPrefix(rest, "에 있는")
		if !place {
			return false
		}
		from = i + len(term)
	}
	return found
}

// startsWith reports whether a sentence's first word (after stopwords)
// is the unit's: the sentence is about the term.
func startsWith(x sentence, u unit) bool {
	ws := analyze(x.text)
	for k := 0; k < len(ws) && k < 3; k++ {
		if ws[k].stop {
			continue
		}
		m, _ := u.matchIn(func(f string) bool {
			for _, wk := range ws[k].wkeys {
				if wk == f {
					return true
				}
			}
			return false
		})
		return m > 0
	}
	return false
}

// Which gas (issue 19, v19): "which gas comes out of a plant when it
// photosynthesises?" was answered with "Photosynthesis happens in the
// chloroplasts" — the section shares the question's words, the sentence
// names no gas. A question that asks which gas is answered by a sentence
// that names one going the way asked: given out or made ("produces
// glucose and oxygen", "산소를 내보내요"), or taken in or needed ("carbon
// dioxide comes in", "이산화 탄소를 흡수"). A sentence that makes or gives
// out the gas is preferred to one where it only goes out through a pore.
var (
	gasAsk   = regexp.MustCompile(`(?i)\b(?:which|what|what kind of|which kind of) gas(?:es)?\b|(?:어떤|무슨|어느)\s?기체|기체(?:는|가|이)?\s?(?:뭐|무엇)`)
	gasSays  = regexp.MustCompile(`(?i)\boxygen\b|\bcarbon dioxide\b|\bwater vapou?r\b|\bvolcanic gas|산소|이산화\s?탄소|수증기|화산\s?가스`)
	gasInAsk = regexp.MustCompile(`(?i)\btake[sn]? in\b|\btaking in\b|\babsorb|\bneed|\buse[sd]?\b|\bbreathe in\b|\bcomes? in\b|\bgo(?:es)? in\b|흡수|필요|들어|빨아|마시|쓰는|쓰여|이용`)
	// (strong: made or given out; weak: only going out)
	gasOutStrong = regexp.MustCompile(`(?i)\bproduces?\b|\bis made\b|\bmade\b|\bgives? out\b|만들어|내보내|발생`)
	gasOutWeak   = regexp.MustCompile(`(?i)\bgo(?:es)? out\b|\bleaves?\b|\bcomes? out\b|나가|나와|나오`)
	gasInSays    = regexp.MustCompile(`(?i)\btakes? in\b|\bcomes? in\b|\babsorb|\bneeds?\b|흡수|필요|들어와|들어오`)
)

func asksGas(q string) bool { return gasAsk.MatchString(q) }

// gasSentence returns the index of the sentence that best answers a
// which-gas question, and how well: 20 for a gas made, given out or taken
// in, 10 for one only going out, 0 for none; plus one for each other
// word of the question the sentence is about ("호흡할 때 어떤 기체를
// 내보내요?": the sentence about respiration, not the one about
// photosynthesis beside it).
func gasSentence(question string, us []unit, sents []sentence) (int, int) {
	in := gasInAsk.MatchString(question)
	best, how := -1, 0
	for i, s := range sents {
		if !gasSays.MatchString(s.text) {
			continue
		}
		h := 0
		switch {
		case in && gasInSays.MatchString(s.text):
			h = 20
		case !in && gasOutStrong.MatchString(s.text):
			h = 20
		case !in && gasOutWeak.MatchString(s.text):
			h = 10
		}
		if mostly.MatchString(s.text) {
			// (what a gas mostly is: "화산 가스는 대부분 수증기예요")
			h = 20
			if mostly.MatchString(question) {
				h = 30
			}
		}
		if h == 0 {
			continue
		}
		for k, u := range us {
			if !u.cue && !gasWord.MatchString(u.text) && about(s, us, k) {
				h++
			}
		}
		if h > how {
			best, how = i, h
		}
	}
	return best, how
}

// mostly: what a thing mostly is.
var mostly = regexp.MustCompile(`(?i)\bmostly\b|\bmainly\b|\bmost of\b|대부분|주로`)

// gasWord: the unit that asks for a gas.
var gasWord = regexp.MustCompile(`(?i)^gas|^기체`)

// gasSection moves a which-gas question to the section close behind, of
// the same lesson, whose sentence answers it better (see gasSentence).
func (r *retriever) gasSection(question string, ranked []scored, at int, us []unit, lang string) int {
	if !asksGas(question) {
		return at
	}
	top := ranked[at]
	_, how := gasSentence(question, us, top.d.sents[lang])
	for j := at + 1; j < len(ranked) && j <= at+3 && how < 20; j++ {
		nx := ranked[j]
		if nx.d.lesson.ID != top.d.lesson.ID || !supports(nx, us, r.minTopical()) {
			continue
		}
		if _, h := gasSentence(question, us, nx.d.sents[lang]); h > how {
			at, how = j, h
		}
	}
	return at
}

// gasPicked picks, alone, the sentence that answers a which-gas question;
// false when the section has none.
func gasPicked(question string, us []unit, pick []bool, sents []sentence) bool {
	if !asksGas(question) {
		return true
	}
	i, how := gasSentence(question, us, sents)
	if how == 0 {
		return false
	}
	for k := range pick {
		pick[k] = k == i
	}
	return true
}

// Two more kinds (issue 19, v19):
//
//   - who made or found a thing ("광합성은 누가 발견했어요?", "who
//     discovered photosynthesis?"): the answer must tell a making that
//     was done — made, found, invented — not a process that makes
//     something now ("산소도 함께 만들어져요", "a plant uses light energy
//     to make food"), which shares the verb.
//   - whether a thing is harmful to the body ("화산재는 몸에 해로워요?",
//     "is volcanic ash bad for your lungs?"): a sentence that only names
//     the thing does not say; one that speaks of harm or damage to it
//     does.
var (
	madePast  = regexp.MustCompile(`(?i)만들었|만든|만들어\s|만들고|발명했|발명한|발견했|발견한|알아냈|알아낸|세웠|세운|창제|지었|지은|개발했|개발한|고안했|고안한|펴냈|펴낸|반포|\b(?:made|invented|created|discovered|founded|developed|devised|designed|built|named|worked out|found out|published|compiled)\b`)
	harmAsk   = regexp.MustCompile(`(?i)해로워|해로운|해롭|몸에\s?(?:안\s?좋|나쁘|나빠|해)|건강에|\bharmful\b|\bbad for (?:you|your|my|our|the|people'?s?) ?(?:health|body|lungs|skin|eyes)?\b|\bsafe to (?:breathe|touch|eat|drink)\b|\btoxic\b|\bpoisonous\b`)
	harmSays  = regexp.MustCompile(`(?i)해로|해롭|해를|피해|위험|\bharm|\bdanger|\bdamage|\btoxic|\bpoison`)
	bodyWords = regexp.MustCompile(`(?i)몸|건강|폐|피부|\bhealth|\bbody|\blungs?\b|\bskin\b`)
)

// madeOfAsk asks what a thing is made of; madeOfSays tells its parts or
// what it is made from ("what is light made of?" is not answered by
// "photosynthesis also needs light energy").
var (
	madeOfAsk  = regexp.MustCompile(`(?i)\bmade (?:up )?of\b|\bconsists? of\b|\bcomposed of\b|(?:무엇|뭘|뭐|무슨\s?\S+)\s?(?:으로|로)\s?(?:이루어|만들어져|구성|되어\s?있)`)
	madeOfSays = regexp.MustCompile(`(?i)\bmostly\b|\bmainly\b|대부분|주로|\bmade (?:up )?of\b|\bconsists?\b|\bcomposed\b|\blayers?\b|\bfrom\b|\bbroken into\b|\(|이루어|되어\s?있|구성|층|으로\s?[^.]{0,20}?만드는|로\s?[^.]{0,20}?만드는|\(`)
)

// unmadeOrUnharmed reports a maker question whose picked sentences tell
// no making done, or a harm question whose picked sentences speak of no
// harm (nor, when the question names the body, of the body).
func unmadeOrUnharmed(question string, pick []bool, sents []sentence) bool {
	if asksMaker(question) && !pickedSays(pick, sents, madePast) {
		return true
	}
	if madeOfAsk.MatchString(question) && !pickedSays(pick, sents, madeOfSays) {
		return true
	}
	if harmAsk.MatchString(question) {
		if !pickedSays(pick, sents, harmSays) {
			return true
		}
		if bodyWords.MatchString(question) && !pickedSays(pick, sents, bodyWords) {
			return true
		}
	}
	return false
}

// pickedSays reports whether a picked sentence matches re.
func pickedSays(pick []bool, sents []sentence, re *regexp.Regexp) bool {
	for i, s := range sents {
		if pick[i] && re.MatchString(s.text) {
			return true
		}
	}
	return false
}

// Chat and phrasing (issue 19, v19), read before the words are weighed:
//
//   - "whats the diff": the short word for a difference, which the
//     comparison cue (cmpCue) did not know; "sooo many", letters drawn
//     out, is "so many".
//   - "what does a plant need to do photosynthesis", "to carry out
//     photosynthesis": doing or carrying out a process is how the
//     question is put; "carry" matched "carried to every part of the
//     plant" (the products section) and "do" nothing. It is read as "need
//     for photosynthesis".
var (
	diffWord = regexp.MustCompile(`(?i)\bdiff\b`)
	doTheAct = regexp.MustCompile(`(?i)\b(?:in order )?to (?:do|carry out|perform|undergo|conduct|go through|be able to do) ((?:the |a |an )?([a-z]+))`)
	// notAnAct: words after "to do" that name no process ("what are we
	// supposed to do before leaving", "to do it", "to do next")
	notAnAct = setOf("before", "after", "when", "if", "while", "with", "in", "on", "at", "about", "next", "now", "then", "first", "so", "it", "this", "that", "there", "here", "during", "for", "to", "and", "or", "what", "anything", "something", "nothing", "my", "your", "our", "their", "his", "her", "them", "me", "us", "you", "once", "until", "instead", "right", "well", "more", "less", "again")
)

// chatPhrasing rewrites the phrasings above.
func chatPhrasing(q string) string {
	q = diffWord.ReplaceAllString(q, "difference")
	q = doTheAct.ReplaceAllStringFunc(q, func(m string) string {
		g := doTheAct.FindStringSubmatch(m)
		if notAnAct[strings.ToLower(g[2])] {
			return m
		}
		return "for " + g[1]
	})
	// (three or more of one Latin letter in a row: one)
	var b strings.Builder
	rs := []rune(q)
	for i, r := range rs {
		if r < 0x80 && unicode.IsLetter(r) && i >= 2 && rs[i-1] == r && rs[i-2] == r {
			continue
		}
		if r < 0x80 && unicode.IsLetter(r) && i >= 1 && rs[i-1] == r && i+1 < len(rs) && rs[i+1] == r {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A lesson word in its everyday sense (issue 19, v19): English questions
// whose one lesson word is an everyday word with another meaning — "what
// order should I study in", "what is my student number", "the core of the
// problem", "what time is it in Korea now", "how do I get to Busan", "is
// Korean hard to learn" — were answered from the section that has the
// word (ordering food, the number systems, the Earth's core, a volcano
// sentence that says "In Korea", the have-been-to example "Busan").
//
//   - settingOnly: every word the section matched, but for cues, is a
//     place or a language name — where, or in what language, not what the
//     question asks about.
//   - otherSense: the one lesson word is one with an everyday sense, and
//     beside it is a plain English word the section never uses ("study",
//     "student", "problem"): together they mean the everyday thing.
var (
	settingName = setOf("korea", "korean", "koreans", "seoul", "busan", "jeju", "incheon", "daegu", "gwangju", "daejeon", "japan", "japanese",
		"china", "chinese", "english", "england", "america", "american", "usa", "uk", "한국", "한국어", "서울", "부산", "제주", "제주도", "일본", "중국", "영어", "미국")
	everydaySense = setOf("light", "order", "orders", "number", "numbers", "time", "core", "plate", "plates", "form", "forms", "solution", "solutions",
		"root", "roots", "product", "products", "factor", "factors", "cell", "cells", "power", "energy", "table", "wave", "waves", "bill", "check",
		"focus", "crust", "term", "terms", "side", "sides", "sign", "signs", "base", "belt", "ring", "fire", "step", "steps", "key", "state",
		"rest", "present", "past", "perfect", "identity", "equation", "unknown", "scale", "gauge", "clock", "calendar", "counter", "counters")
)

// askingWord: words that put a question, never the thing it is about.
var askingWord = setOf("math", "maths", "mathematics", "algebra", "science", "biology", "history", "grammar", "geology", "geography",
	"lesson", "lessons", "class", "textbook", "school", "teacher", "say", "ask", "tell", "mean", "means", "meaning", "know", "make", "made", "does", "get", "use", "used", "need", "explain",
	"understand", "call", "called", "work", "works", "happen", "happens", "really", "actually", "exactly", "please", "thanks", "thank", "about",
	"there", "where", "which", "what", "when", "would", "could", "should")

// settingOnly reports a question whose matched words, cues aside, are
// all place or language names.
func settingOnly(us []unit, top scored) bool {
	n := 0
	for i, u := range us {
		if !top.matched[i] {
			continue
		}
		if u.cue {
			return false // ("I've been to Busan": been names the section)
		}
		if !settingName[strings.ToLower(u.text)] {
			return false
		}
		n++
	}
	return n > 0
}

// otherSense reports an English question whose only matched lesson word
// has an everyday sense and which names a plain word the section never
// uses (see above).
func otherSense(question string, us []unit, top scored) bool {
	if DetectLang(question) != "en" {
		return false
	}
	lessonWord, plain := -1, false
	for i, u := range us {
		if u.cue {
			continue
		}
		if top.matched[i] {
			if lessonWord >= 0 || !everydaySense[strings.ToLower(u.text)] {
				return false
			}
			lessonWord = i
			continue
		}
		if len(u.concepts) > 0 || u.w.hangul || u.w.stop || askingWord[strings.ToLower(u.text)] || len(u.text) < 4 {
			continue
		}
		known := false
		for _, k := range u.w.wkeys {
			if top.d.tf[k] > 0 {
				known = true
			}
		}
		if !known {
			plain = true
		}
	}
	return lessonWord >= 0 && plain
}

// Two more (issue 19, v19):
//
//   - a word the section has only inside a quoted example ("what do
//     Koreans say when they answer the phone?" against the grammar
//     section's "I lost my phone."): an example sentence illustrates the
//     section's point; a word of it is not what the section teaches. A
//     question that itself quotes, or a word the glossary knows, is left
//     to the other checks.
//   - an equation with two unknowns ("x가 두 개 있는 방정식", "two
//     variables"): the lesson solves equations in one.
var (
	quotedSpan    = regexp.MustCompile(`"[^"]*"|“[^”]*”`)
	questionQuote = regexp.MustCompile(`["“”'‘’]`)
	twoUnknowns   = regexp.MustCompile(`(?i)(?:미지수|변수|문자|x)(?:가|이)?\s?(?:두|세|2|3)\s?개|\b(?:two|2|three|3) (?:unknowns|variables)\b|\bsystems? of (?:linear )?equations\b|\bsimultaneous equations?\b`)
)

// exampleOnly reports a question whose every matched word, cues aside,
// is one the glossaries do not know and the section uses only in
// sentences that quote an example of three words or more (the example
// and what the sentence says of it: "\"I lost my phone.\" … means you
// still do not have your phone").
func exampleOnly(question string, us []unit, top scored, lang string) bool {
	if questionQuote.MatchString(question) {
		return false
	}
	n := 0
	for i, u := range us {
		if u.cue || !top.matched[i] || askingWord[strings.ToLower(u.text)] || u.weight < 1 {
			continue // (how the question is put: "say", "mean")
		}
		if len(u.concepts) > 0 || u.w.hangul {
			return false
		}
		word := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(strings.ToLower(u.text)) + `\w*`)
		inQuote, outside := false, false
		for _, s := range top.d.sents[lang] {
			if !word.MatchString(s.text) {
				continue
			}
			example := false
			for _, q := range quotedSpan.FindAllString(s.text, -1) {
				if len(strings.Fields(q)) >= 3 {
					example = true
				}
			}
			// (a sentence with a quoted example, and what it says of it)
			if example {
				inQuote = true
			} else {
				outside = true
			}
		}
		if outside || !inQuote {
			return false
		}
		n++
	}
	return n > 0
}

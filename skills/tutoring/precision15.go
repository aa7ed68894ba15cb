package tutoring

import (
	"regexp"
	"strings"
)

// Question types a shared term does not answer (issue 19, v15).
//
//   - what drives a thing's motion: Korean 왜 before a verb of moving
//     ("판은 왜 움직여요?", "맨틀은 왜 흘러요?") or a question about the
//     force or energy behind it ("무슨 힘으로 움직여요?", "what force
//     moves the plates?"). A sentence that says the thing moves — how
//     fast, or what happens where it does ("판이 … 어긋나면서 지진이
//     일어나요") — gives no cause of the moving: the cause must be given
//     for the verb asked (see givesReason), as for English "why do plates
//     move?". Other Korean 왜 questions keep their looser reading: "왜
//     지역마다 진도가 달라요?" is answered by the sentence that says
//     intensity is greater near the epicentre.
var (
	// whyMoveKo: 왜 followed within a few words by a verb of moving.
	whyMoveKo = regexp.MustCompile(`왜\s?(?:\S+\s){0,3}?\S*(?:움직|흘러|흐르|흐른|흐를|돌아|도는|돌아요|올라오|올라와|올라가|솟아|이동하|이동해|밀려|떠다니|가라앉)`)
	// forceAsk: what force makes a thing act ("무슨 에너지로 바뀌어요" asks a
	// kind of energy, not a force).
	forceAsk = regexp.MustCompile(`(?i)(?:무슨|어떤|어느|뭔)\s?(?:힘|원동력)|\b(?:what|which) (?:force|forces) (?:\w+ )?(?:moves?|drives?|pushes?|pulls?|makes?|causes?|powers?)\b|\bwhat (?:moves|drives|pushes|pulls) (?:the |a |an )?\w+`)
)

// drivesAsk reports a question about what drives a thing's motion (see
// whyMoveKo and forceAsk).
func drivesAsk(q string) bool { return whyMoveKo.MatchString(q) || forceAsk.MatchString(q) }

// movingSays: a sentence that tells of moving — the cause of a motion is
// given only by a sentence that names it ("That is why earthquakes … lie
// in belts" gives a cause of where they lie).
var movingSays = regexp.MustCompile(`(?i)움직|흐르|흘러|흐름|이동|대류|\bmov(?:e|es|ed|ing|ement)\b|\bflow|\bdrift|\bconvection\b`)

//   - how to do a thing, or what to say when doing it ("how do I call the
//     waiter over?", "종업원 부를 때 뭐라고 해요?"): the act is what is
//     asked. A section that shares only the setting — the restaurant, the
//     staff — and never names the act (calling someone over, tipping,
//     booking a table) tells how to do something else (ordering). The act
//     is the verb after "how do I" or before "… 때 뭐라고"; a verb of
//     saying or asking is the question's phrasing, not its act.
var (
	howToEn   = regexp.MustCompile(`(?i)\bhow (?:much |many |often )?(?:do|can|could|should|would|may|shall|to) (?:(?:i|you|we|one|people|koreans|u) )?(?:(?:even|actually|really|just|ever|best|properly|politely|usually|correctly|first) )?([a-z]+)`)
	whenSayEn = regexp.MustCompile(`(?i)\bwhat (?:do|should|can|would|could) (?:i|you|we|people|koreans|u) say (?:when|if|while|before|after|to) (?:i |you |we |they |people |u )?([a-z]+)`)
	whenSayKo = regexp.MustCompile(`(\S+)\s?때\s?(?:는\s?)?(?:뭐라고|어떻게\s?(?:말|해|하)|무슨\s?말|어떤\s?말)|(\S+?)(?:으려면|려면)\s?(?:뭐라고|어떻게)`)
	// callOver: calling someone over, an act ("how do I call the waiter").
	callOver = regexp.MustCompile(`(?i)\bcall\b.*\b(over|attention)\b`)
	// nameInKo: "how do you call X in Korean" asks a word, not an act.
	nameInKo = regexp.MustCompile(`(?i)\bin korean\b|\bkorean word\b|한국어로|한국말로`)
)

// phrasingVerb: verbs that put the question (how do I say, ask, use,
// write …) or that every lesson's steps are (solve, find, check): never
// the act a section must name.
var phrasingVerb = setOf("say", "ask", "tell", "use", "know", "do", "get", "make", "write", "read", "pronounce", "speak", "spell",
	"count", "form", "find", "work", "figure", "check", "remember", "learn", "explain", "understand", "show", "put", "go", "be",
	"have", "answer", "solve", "respond", "reply", "express", "describe", "mean", "tell", "see", "think", "study", "memorize",
	"memorise", "practice", "practise", "recognize", "recognise", "identify", "calculate", "compute", "greet", "thank", "order",
	"introduce", "address", "talk", "refer", "call", "prepare", "protect", "stay", "keep", "act", "behave", "react", "feel",
	// (a phrasal verb's first word, or a step of any act: "turn a word
	// problem into an equation", "set it up", "start eating")
	"turn", "set", "start", "begin", "finish", "stop", "want", "try", "need", "deal", "handle", "approach", "tackle", "translate",
	"convert", "change", "write", "apply", "decide", "choose", "pick", "tell", "let", "help", "finished", "starting", "finishing")

// koPhrasing: Korean verbs of asking, saying or wanting (물어볼 때, 말할
// 때, 하고 싶을 때): the question's phrasing, not its act.
var koPhrasing = []string{"물어보", "물어봐", "묻", "여쭤보", "여쭈", "말하", "말씀하", "얘기하", "이야기하", "대답하", "부탁하", "쓰", "싶", "하", "되", "인사하", "표현하"}

// teachKo: teaching or explaining it to someone ("외국인한테 가르쳐주려면
// 뭐라고 해요?", "알려주려면"): the student's setting, not the act asked
// about (issue 19).
var teachKo = []string{"가르쳐", "가르치", "알려", "설명해", "설명하"}

// actAbsent reports a how-to question whose act the section never names
// in either language, by a word or a glossary term of its lesson.
func (r *retriever) actAbsent(question string, d *doc) bool {
	var act, koStem string
	if m := howToEn.FindStringSubmatch(question); m != nil {
		act = strings.ToLower(m[1])
		if act == "call" && !nameInKo.MatchString(question) && callOver.MatchString(question) {
			act = "call over"
		}
	} else if m := whenSayEn.FindStringSubmatch(question); m != nil {
		act = strings.ToLower(m[1])
	} else if m := koAskFor.FindStringSubmatch(question); m != nil && sayForKo.MatchString(question) {
		// "남은 음식 포장해 달라고 하려면 뭐라고 해요?": what the student
		// asks someone to do (포장) is the act, not the saying
		act, koStem = m[1], m[1]
	} else if m := whenSayKo.FindStringSubmatch(question); m != nil {
		act = m[1] + m[2]
		if m[2] != "" {
			koStem = strings.TrimSuffix(m[2], "하") // (부르려면 → 부르)
		}
	}
	if act == "" || phrasingVerb[act] {
		return false
	}
	if act == "call over" {
		act = "call"
	}
	ws := analyze(act)
	if len(ws) != 1 || ws[0].stop {
		return false
	}
	w := ws[0]
	if len(r.findConcepts(ws, d.lesson.ID)) > 0 {
		return false
	}
	for _, k := range w.wkeys {
		if d.tf[k] > 0 {
			return false
		}
	}
	if w.hangul {
		// (a Korean verb before 때 is read off the section's text: 부를 is
		// 부르-, 예약할 is 예약하- and 예약)
		stem := koStem
		if stem == "" {
			stem = koVerbStem(w.raw)
		}
		for _, p := range koPhrasing {
			if stem == p || strings.HasSuffix(stem, " "+p) || stem == "" {
				return false
			}
		}
		if strings.HasPrefix(stem, "물어") || strings.HasPrefix(stem, "말") || hasAnyPrefix(stem, teachKo) || hasAnyPrefix(w.raw, teachKo) {
			return false
		}
		// (a glossary form of the lesson that the stem begins: 시키 of
		// 시킬 때, ordering)
		for _, c := range r.concepts {
			if c.lesson != d.lesson.ID {
				continue
			}
			for _, f := range append([]string{c.term.Ko}, c.term.Synonyms...) {
				if len([]rune(stem)) >= 2 && strings.HasPrefix(f, stem) {
					return false
				}
			}
		}
		for _, ss := range d.sents {
			for _, s := range ss {
				if stem != "" && strings.Contains(s.text, stem) {
					return false
				}
			}
		}
		if stem == "" {
			return false
		}
	}
	return true
}

// koVerbStem undoes the ㄹ of a Korean adnominal or the 려면 of a purpose
// (부를 → 부르, 예약할 → 예약, 부르려면 → 부르); "" when the word is no verb
// so written.
func koVerbStem(raw string) string {
	rs := []rune(raw)
	for _, suf := range []string{"으려면", "려면"} {
		if strings.HasSuffix(raw, suf) {
			return strings.TrimSuffix(strings.TrimSuffix(raw, suf), "하")
		}
	}
	if len(rs) < 2 {
		return ""
	}
	last := rs[len(rs)-1]
	if !isHangul(last) || (last-0xAC00)%28 != 8 { // ㄹ
		return ""
	}
	open := last - 8                // the syllable without its ㄹ
	if open == '하' || open == '으' { // (예약할 → 예약, 싶을 → 싶)
		return string(rs[:len(rs)-1])
	}
	return string(rs[:len(rs)-1]) + string(open)
}

//   - a word of one lesson beside a term of another ("the letter x", "문자
//     x", "which letter stands for an unknown"): the letter is algebra's,
//     not the alphabet's. A term of another lesson the section lacks is
//     passed over as a homonym ("훈민정음 만든 해": the year, not a
//     solution) only when the question has more of the section's own
//     lesson than that one term; one term against one, the question may
//     be the other lesson's as well, and the section does not tell which.
//
// Right after the section's term, naming which one ("the letter x",
// "문자 x"), the other lesson's term says in what sense the first is meant,
// however much else of the section the question has.
func oneAgainstOne(s scored, us []unit, topical float64, other unit) bool {
	// (only a term that names a thing of its lesson: a symbol or an
	// English noun, not a Korean syllable)
	if len(other.span) != 1 || other.span[0].hangul {
		return false
	}
	for i, u := range us {
		if s.matched[i] && len(u.concepts) > 0 && !u.cue && u.end == other.at && u.end > u.at {
			for _, c := range u.concepts {
				if c.lesson == s.d.lesson.ID {
					return true
				}
			}
		}
	}
	return ownTerms(s, us, topical) < 2
}

//   - "not X but Y" ("엽록체 말고 세포벽은 뭐 해요?", "not the chloroplast
//     but the cell wall"): X is set aside, and the question is about Y. X
//     is taken out of the question before it is looked up, so a section
//     about X is not cited for Y. Asked for more than X ("한라산 말고도",
//     "other than chlorophyll, what pigments …", "엽록소 말고 다른 색소"),
//     the question keeps X (it tells what the others are like), but an
//     answer whose every sentence names X alone, not in a list with
//     others, does not answer.
var (
	excludedKo = regexp.MustCompile(`(\S+?)(?:은|는|이|가|을|를)?\s?(말고|말구|빼고|말곤|대신에?|아니고|아니라)(도|요)?[\s,]+(\S+)`)
	contrastEn = regexp.MustCompile(`(?i)\bnot (?:the |a |an )?([a-z]+(?: [a-z]+)?),? but\b|\b(?:instead of|rather than) (?:the |a |an )?([a-z]+(?: [a-z]+)?)\s*,`)
	besidesEn  = regexp.MustCompile(`(?i)\b(?:other than|apart from|aside from|besides|except for|except) (?:the |a |an )?([a-z]+(?: [a-z]+)?)\b`)
	// koTopicY: the word after 말고 is a noun marked as the topic — the
	// Y that replaces X (세포벽은, 진원은).
	koTopicY = regexp.MustCompile(`^[가-힣a-zA-Z]+(?:은|는)$`)
	// alsoKo: the question asks for more besides ("또 뭐가 나와요?"):
	// X is one of the answers' kind, not set aside for another topic.
	alsoKo = regexp.MustCompile(`또|다른|그\s?밖|이외|외에`)
)

// dropExcluded returns q without the thing it sets aside when it asks
// about another thing instead (contrast), and the thing set aside; q and
// "" when it sets none aside.
func dropExcluded(q string) (rest, x string, contrast bool) {
	if m := excludedKo.FindStringSubmatchIndex(q); m != nil {
		x = q[m[2]:m[3]]
		y := q[m[8]:m[9]]
		if m[6] < 0 && koTopicY.MatchString(y) && !alsoKo.MatchString(q) {
			return strings.TrimSpace(q[:m[0]] + " " + q[m[8]:]), x, true
		}
		return q, x, false
	}
	if m := contrastEn.FindStringSubmatchIndex(q); m != nil {
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				x = q[m[k]:m[k+1]]
			}
		}
		if rest := strings.TrimSpace(q[:m[0]] + " " + strings.TrimLeft(q[m[1]:], " ,")); rest != "" {
			return rest, headOf(x), true
		}
	}
	if m := besidesEn.FindStringSubmatch(q); m != nil {
		return q, headOf(m[1]), false
	}
	return q, "", false
}

// headOf drops a verb caught after the noun set aside ("besides water
// does …").
func headOf(x string) string {
	if i := strings.LastIndexByte(x, ' '); i > 0 && (auxAfter[strings.ToLower(x[i+1:])] || stopWords[strings.ToLower(x[i+1:])]) {
		return x[:i]
	}
	return x
}

var auxAfter = setOf("do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would", "should", "has", "have", "had", "what", "which", "how", "why", "where", "who", "i", "you", "we", "they", "it")

var otherOne = regexp.MustCompile(`(?i)다른|\bother\b|\banother\b|\belse\b`)

// onlyExcluded reports an answer to "more than X" whose every picked
// sentence names X, and X in no list with others ("포도당과 산소",
// "Hallasan, Baekdusan"): it tells of X, which the question set aside.
// A sentence of the section that names the question's heaviest other
// term and not X ("쓰임은 크게 네 가지예요" for "경험 말고 또 어떤 용법")
// is picked instead when there is one.
func (r *retriever) onlyExcluded(excluded string, top scored, us []unit, pick []bool, sents []sentence) bool {
	if excluded == "" {
		return false
	}
	xs := r.units(excluded)
	x := strings.ToLower(excluded)
	names := func(s sentence) bool {
		for j, u := range xs {
			if u.weight > weakWeight && about(s, xs, j) {
				return true
			}
		}
		return false
	}
	n := 0
	for i, s := range sents {
		if !pick[i] {
			continue
		}
		n++
		if !names(s) {
			return false
		}
		// (X spelt otherwise — "이산화 탄소" for 이산화탄소 — cannot be
		// placed in a list or out of one: the answer stands)
		t := strings.ToLower(s.text)
		if k := strings.Index(t, x); k < 0 || listed.MatchString(t[k+len(x):]) || k > 0 && listedBefore.MatchString(t[:k]) {
			return false
		}
	}
	if n == 0 {
		return false
	}
	h := -1
	for j, u := range us {
		if u.cue || u.weight <= weakWeight || strings.Contains(x, strings.ToLower(u.text)) || strings.Contains(strings.ToLower(u.text), x) {
			continue
		}
		// (a term the glossary gives this section as its topic — 용법 of
		// the uses — not the lesson's own name or a word of the setting)
		topic := false
		for _, c := range u.concepts {
			topic = topic || c.lesson == top.d.lesson.ID && c.topic[top.d.sec.ID] && !c.names
		}
		if !topic {
			continue
		}
		if h < 0 || u.weight > us[h].weight {
			h = j
		}
	}
	for i, s := range sents {
		if h >= 0 && !names(s) && about(s, us, h) {
			for k := range pick {
				pick[k] = k == i
			}
			return false
		}
	}
	return true
}

// listed and listedBefore: a word in a list — followed by "과", "와", ",",
// "and", "or", or preceded by ", " or "and ".
var (
	listed       = regexp.MustCompile(`^(?:[가-힣]{0,2}?(?:과|와|이나|나|및|뿐\s?(?:만\s?)?아니라|에다가?|도)\s|\s?,|\s(?:and|or|but also|as well as)\s|[)"'”]?\s?(?:과|와|이나|나|또는|혹은|and|or|,))`)
	listedBefore = regexp.MustCompile(`(?:,\s?|\band\s|\bor\s|과\s|와\s|\bnot only\s|\bboth\s)$`)
)

// setupAsked: a question about why an equation is written as it is ("이
// 식에서 10-x는 왜 나와요?", "why is it 10 - x in this equation?", "where
// does the 500 come from?") asks how the problem was set up, which the
// word-problem section answers; the equation's solution steps do not.
var setupAsked = regexp.MustCompile(`(?i)왜|이유|어디서\s?나|\bwhy\b|\bhow come\b|\bwhere (?:does|did|do) .{1,40}\bcome from\b`)

// phrasingShort reports a section short of the coverage floor only by
// another lesson's everyday word in the question ("Does adding more CO2
// …": adding is the linear equations' addition, here the student's
// phrasing — see loneWord) while it has two of the question's terms of
// its own lesson and lacks nothing else but common words: without that
// word, the section covers the question.
func phrasingShort(s scored, us []unit, topical, floor float64) bool {
	if s.total == 0 || ownTerms(s, us, topical) < 2 {
		return false
	}
	lone := 0.0
	for i, u := range us {
		if s.matched[i] || !loneWord(s, u) {
			continue
		}
		own := false
		for _, c := range u.concepts {
			own = own || c.lesson == s.d.lesson.ID
		}
		if !own {
			lone += u.weight
		}
	}
	for i, u := range us {
		// (anything else the section lacks is a common word: "is adding
		// salt to water …" lacks salt as well)
		if !s.matched[i] && !loneWord(s, u) && u.weight > weakWeight {
			return false
		}
	}
	return lone > 0 && lone < s.total && s.coverage*s.total/(s.total-lone) >= floor
}

// verifyAsked: how to tell that a solution is right ("how do I know x = 3
// is right?", "해가 맞는지 어떻게 알아요?") asks what a solution is —
// the value that makes the equation true — which the lesson's definition
// answers; the steps that find it do not say how to check it.
// (How to check it — "확인", "check" — is left to the solver, whose
// verdict and steps show it: the lessons' "check" is the word problems'.)
var verifyAsked = regexp.MustCompile(`(?i)\bhow (?:do|can|could|would) (?:i|you|we) (?:know|tell|be sure)\b|맞는지\s?어떻게\s?알|어떻게\s?알\S*\s?(?:수|있)`)

//   - the word for a thing in another language ("what is cousin in
//     Korean?", "남자친구는 영어로 뭐예요?"): the word asked is the topic,
//     even one that elsewhere is only the student's situation (a cousin,
//     a boyfriend) and weighs nothing; a section that never writes it
//     does not say it.
var (
	wordInEn = regexp.MustCompile(`(?i)\b(?:say|is|are|call|write)\s+(?:a |an |the |my |your |our )?([a-z'-]+)\s+in korean\b|\bkorean (?:word|name) for (?:a |an |the |my |your )?([a-z'-]+)`)
	wordInKo = regexp.MustCompile(`(?:^|\s)([가-힣]+?)(?:은|는|을|를|이|가)\s?(?:한국어로|한국말로|영어로)`)
)

// wordAbsent reports a question asking the word for a thing that the
// section never writes (see wordInEn).
func (r *retriever) wordAbsent(question string, d *doc) bool {
	x := ""
	if m := wordInEn.FindStringSubmatch(question); m != nil {
		x = m[1] + m[2]
	} else if m := wordInKo.FindStringSubmatch(question); m != nil {
		x = m[1]
	}
	ws := analyze(x)
	if len(ws) != 1 || ws[0].verb && ws[0].hangul {
		return false
	}
	// (a glossary word of the section's lesson is said there: "hello" is
	// the greeting's)
	if len(r.findConcepts(ws, d.lesson.ID)) > 0 {
		return false
	}
	for _, k := range ws[0].wkeys {
		if d.tf[k] > 0 {
			return false
		}
	}
	return true
}

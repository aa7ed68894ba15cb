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
		if strings.HasPrefix(stem, "물어") || strings.HasPrefix(stem, "말") {
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

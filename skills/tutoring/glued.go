package tutoring

import (
	"strings"
	"unicode"
)

// Students type fast and leave out spaces: "엽록체가뭐에요", "이항이뭐에요",
// "광합성할때", "되어있어요", "설명좀". A glued word matches nothing in the
// lessons, and an unknown topic-marked word even reads as an off-syllabus
// topic. unglue puts the spaces back in a question before it is analysed —
// only where the split is safe:
//
//   - a question tail (뭐에요, 뭐야, 있어요, 좀 …: a stopword of two syllables
//     or more, or 좀) after a word the lessons use or a verb connector
//     (되어, 알려, 하고), and
//   - 때 after a syllable ending in ㄹ (할때, 일때는, 났을때: the adnominal
//     -ㄹ and 때 "when").
//
// Lesson texts are written with their spaces and are not ungluing's
// business; only questions go through it.
func (r *retriever) unglue(question string) string {
	fields := strings.Fields(question)
	changed := false
	out := fields[:0:0]
	for _, f := range fields {
		if jamoOnly(f) {
			changed = true // ㅠㅠ, ㅋㅋ: a feeling, not a word
			continue
		}
		if g := r.unglueWord(chatEnding(f)); g != f {
			f, changed = g, true
		}
		out = append(out, f)
	}
	if !changed {
		return question
	}
	return strings.Join(out, " ")
}

// jamoOnly reports a field of bare Hangul letters and punctuation (ㅠㅠ,
// ㅋㅋㅋ, ㅎㅎ).
func jamoOnly(f string) bool {
	jamo := false
	for _, c := range f {
		switch {
		case c >= 0x3131 && c <= 0x318E || c >= 0x1100 && c <= 0x11FF:
			jamo = true
		case isHangul(c) || c < 0x80 && (c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'):
			return false
		}
	}
	return jamo
}

// chatEnding writes the chat spelling of the polite ending, 여 for 요
// (무슨책이에여, 돼여, 뭐해여), as it is spelt in the lessons.
func chatEnding(f string) string {
	rs := []rune(f)
	n := len(rs)
	for n > 0 && !isHangul(rs[n-1]) {
		n--
	}
	if n >= 2 && rs[n-1] == '여' && strings.ContainsRune("에해예돼세나가까어아지데네워", rs[n-2]) {
		rs[n-1] = '요'
		return string(rs)
	}
	return f
}

// gluedHeads are question words typed glued to the word they ask about
// (뭐하는, 무슨책이에요, 몇배, 몇년도에, 어떤거).
var gluedHeads = []string{"무슨", "어떤", "어떻게", "언제", "뭐", "몇"}

// gluedTails are question tails that are safe to split off even when
// they are a single syllable.
// lackTails: "without" and "if there is no" glued to a noun.
var lackTails = []string{"없이도", "없이는", "없이", "없어도", "없으면", "없는데", "없는", "없을때", "없을 때"}

var gluedTails = setOf("좀", "뭐임", "뭐냐", "뭐임?", "머임", "머야", "뭐여")

func (r *retriever) unglueWord(f string) string {
	rs := []rune(f)
	// a Latin word glued in front ("he일때는") is kept as it is
	for i, c := range rs {
		if isHangul(c) {
			if i > 0 {
				return string(rs[:i]) + " " + r.unglueWord(string(rs[i:]))
			}
			break
		}
	}
	// the Hangul run at the start of the field; punctuation after it is kept
	n := 0
	for n < len(rs) && isHangul(rs[n]) {
		n++
	}
	// a glossary term of two words typed as one (불의고리가 → 불의 고리가)
	if sp, ok := r.gluedTerm(string(rs[:n])); ok {
		return sp + string(rs[n:])
	}
	// a question word glued in front (뭐하는 → 뭐 하는, 몇배 → 몇 배)
	for _, h := range gluedHeads {
		if hr := []rune(h); n > len(hr) && string(rs[:len(hr)]) == h {
			if whole := analyze(string(rs[:n])); len(whole) == 1 && (whole[0].stop || r.knows(whole[0])) {
				break // 뭐예요, 무슨 is one word
			}
			if rest := string(rs[len(hr):n]); stripSuffix(rest, koParticles, 0) == "" {
				// 뭐부터, 뭐가, 몇을: the question word with its particle,
				// as the glossaries write it ("뭐부터 해야"), not two words
				break
			}
			return h + " " + r.unglueWord(string(rs[len(hr):]))
		}
	}
	// a one-syllable word and 좀 (뜻좀, 식좀)
	if n == 2 && rs[1] == '좀' {
		return string(rs[:1]) + " " + string(rs[1:])
	}
	// 때 after ㄹ in a word of two syllables: 풀때 → 풀 때, 할때 → 할 때
	if n == 2 && rs[1] == '때' && (rs[0]-0xAC00)%28 == 8 {
		return string(rs[:1]) + " " + string(rs[1:])
	}
	// a compound the lessons never use of two glossary terms (물병: 물
	// and 병, the counter for bottles) is those two terms
	if sp, ok := r.termCompound(string(rs[:n])); ok {
		return sp + string(rs[n:])
	}
	if n < 3 {
		return f
	}
	w, rest := rs[:n], string(rs[n:])
	if whole := analyze(string(w)); len(whole) == 1 && (whole[0].stop || r.knows(whole[0])) {
		return f // 알려주세요 is one request, not 알려 + 주세요
	}
	// 때 glued to the next word (때산소나와 → 때 산소나와, 때는물이 →
	// 때는 물이): the question goes on after "when"
	if w[0] == '때' && !hasAnyPrefix(string(w), []string{"때문", "때때", "때리", "때린", "때릴", "때려", "때렸", "때우", "때워"}) {
		k := 1
		for _, p := range []string{"에는", "는", "에", "도"} {
			if strings.HasPrefix(string(w[1:]), p) && n-1-len([]rune(p)) >= 2 {
				k += len([]rune(p))
				break
			}
		}
		if n-k >= 2 {
			return string(w[:k]) + " " + r.unglueWord(string(w[k:])+rest)
		}
	}
	// 때 after ㄹ: 할때 → 할 때, 일때는 → 일 때는
	for k := 1; k < n; k++ {
		if w[k] != '때' {
			continue
		}
		if c := w[k-1] - 0xAC00; c%28 == 8 {
			return string(w[:k]) + " " + r.unglueWord(string(w[k:])+rest)
		}
	}
	// 없이 "without" glued to what is lacking (빛없이도, 물없으면): the
	// thing the question is about, as typed apart — glued, it was an
	// unknown word and the question read as off the syllabus (trial 12)
	for _, t := range lackTails {
		if head, ok := strings.CutSuffix(string(w), t); ok && head != "" && r.knownHead(head) {
			return head + " " + t + rest
		}
	}
	// 수 "can" after ㄹ at the end of a word (만들수, 할수): 만들 수, as
	// the lessons write it
	if w[n-1] == '수' && (w[n-2]-0xAC00)%28 == 8 {
		return string(w[:n-1]) + " " + string(w[n-1:]) + rest
	}
	// two glossary terms joined by 랑, 이랑, 하고, 와 or 과 (호흡이랑광합성,
	// 마그마랑용암은): both sides named by the glossary, as typed apart
	for k := 3; k <= n-2; k++ {
		head, tail := string(w[:k]), string(w[k:])
		for _, c := range []string{"이랑", "랑", "하고", "와", "과"} {
			term, ok := strings.CutSuffix(head, c)
			if !ok || len([]rune(term)) < 2 {
				continue
			}
			if r.glossaryWord(term) && r.glossaryWord(tail) {
				return head + " " + r.unglueWord(tail+rest)
			}
		}
	}
	// the longest question tail that leaves a word of two syllables or more
	for k := 2; k <= n-1; k++ {
		head, tail := string(w[:k]), string(w[k:])
		if !(stopWords[tail] && n-k >= 2 || gluedTails[tail]) {
			continue
		}
		if strings.HasPrefix(tail, "나") && openAOrEo(w[k-1]) {
			// 일어나는, 태어나는, 나타나는: a verb ending in 나다 (일어나다,
			// 나타나다), not 일어 and the pronoun 나는 ("I") — split so,
			// "지진은 왜 일어나는 거예요?" asked about 일어 (Japanese) and
			// was answered with 진원's definition.
			continue
		}
		if r.knownHead(head) {
			return head + " " + tail + rest
		}
	}
	return f
}

// openAOrEo: a syllable ending in the vowel ㅏ or ㅓ with no final
// consonant (어, 아, 타): the connector before 나다 in 일어나다, 나타나다.
func openAOrEo(c rune) bool {
	if c < 0xAC00 || c > 0xD7A3 {
		return false
	}
	v := (c - 0xAC00) / 28 % 21
	return (c-0xAC00)%28 == 0 && (v == 0 || v == 4)
}

// knownHead reports whether a glued word's head is something the lessons
// or glossaries use (엽록체가, 이항이), or a verb connector (되어, 알려, 해서).
func (r *retriever) knownHead(head string) bool {
	ws := analyze(head)
	if len(ws) != 1 {
		return false
	}
	w := ws[0]
	if w.stop || r.knows(w) || len(r.findConcepts(ws, "")) > 0 {
		return true
	}
	last := []rune(head)[len([]rune(head))-1]
	return strings.ContainsRune("어아여해고게서", last)
}

// glossaryWord reports whether w, as one word, names a glossary term.
func (r *retriever) glossaryWord(w string) bool {
	ws := analyze(w)
	if len(ws) != 1 {
		return false
	}
	for _, h := range r.findConcepts(ws, "") {
		if h.n == 1 {
			return true
		}
	}
	return false
}

// gluedTerm finds a glossary term of two words or more at the start of a
// word typed without its spaces, and gives the word with them back.
func (r *retriever) gluedTerm(w string) (string, bool) {
	best, spaced := "", ""
	for joined, sp := range r.glued {
		if len(joined) > len(best) && strings.HasPrefix(w, joined) && shortRest(w[len(joined):]) {
			best, spaced = joined, sp
		}
	}
	if best == "" {
		return "", false
	}
	return spaced + w[len(best):], true
}

// chatTails are words a chatty question ends or starts with that ask
// nothing ("why do quakes happen tho", "ㅋㅋ 지진은 왜 일어나요").
var chatTails = map[string]bool{"tho": true, "though": true, "lol": true, "pls": true, "plz": true, "please": true,
	"근데": true, "그럼": true, "혹시": true, "선생님": true, "쌤": true}

// questionWords are a question's words for sameQuestion: lower case,
// without punctuation, jamo-only laughter (ㅋㅋ) or chat tails, and — the
// words being Korean — glued into one, without its polite 요, since
// spacing is the student's and not the question's.
func questionWords(q string) []string {
	var ws []string
	ko := false
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if chatTails[w] || jamoOnly(w) {
			continue
		}
		if strings.IndexFunc(w, isHangul) >= 0 {
			ko = true
		}
		ws = append(ws, w)
	}
	if ko {
		j := strings.Join(ws, "")
		return []string{strings.TrimSuffix(chatEnding(j), "요")}
	}
	return ws
}

// sameQuestion: asked is the question q however typed — spaces, the
// polite ending, case, chat tails, and English words clipped at the front
// ("quakes" for "earthquakes", four letters or more kept).
func sameQuestion(asked, q string) bool {
	a, b := questionWords(asked), questionWords(q)
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && (len(a[i]) < 4 || !strings.HasSuffix(b[i], a[i]) || strings.IndexFunc(a[i], isHangul) >= 0) {
			return false
		}
	}
	return true
}

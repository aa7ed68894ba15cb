package tutoring

import "strings"

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
	for i, f := range fields {
		if g := r.unglueWord(f); g != f {
			fields[i], changed = g, true
		}
	}
	if !changed {
		return question
	}
	return strings.Join(fields, " ")
}

// gluedTails are question tails that are safe to split off even when
// they are a single syllable.
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
	if n < 3 {
		return f
	}
	w, rest := rs[:n], string(rs[n:])
	if whole := analyze(string(w)); len(whole) == 1 && (whole[0].stop || r.knows(whole[0])) {
		return f // 알려주세요 is one request, not 알려 + 주세요
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
	// the longest question tail that leaves a word of two syllables or more
	for k := 2; k <= n-1; k++ {
		head, tail := string(w[:k]), string(w[k:])
		if !(stopWords[tail] && n-k >= 2 || gluedTails[tail]) {
			continue
		}
		if r.knownHead(head) {
			return head + " " + tail + rest
		}
	}
	return f
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

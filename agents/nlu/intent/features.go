package intent

import "unicode"

// Feature kinds: each kind's n-grams hash into their own space.
const (
	kWord   = 1 // a word
	kBigram = 2 // two neighbouring words
	kChar   = 3 // a character n-gram of the text with its spaces removed
	kEdge   = 4 // the first or last characters of a word, with a boundary mark
	kJamo   = 5 // an n-gram of the Hangul letters (jamo) of the text without spaces
)

// features appends the hashed features of a normalised text to buf.
//
// Why these: word uni- and bigrams carry the exact wording (Snips' and
// Rasa's TF-IDF featurisers start there); character n-grams carry what
// survives Korean particles and endings — 광합성에서, 광합성은 and
// 광합성이 share 광합, 합성, 광합성 — and English inflection and typos.
// The character n-grams are read from the text with its spaces removed,
// so "예약하고싶어요" and "예약하고 싶어요" give the same ones (Korean chat
// drops spaces often); the edge n-grams (<광합, 어요>) put back what the
// spaces said about word starts and ends. Jamo n-grams (ㅇㅖㅇㅑㄱ for 예약)
// let a one-letter typo inside a syllable (얘약) still share most of its
// features; TestFeatureChoices measures each kind's worth.
func (m *Model) features(text []rune, buf []uint64) []uint64 {
	o := &m.opts
	// words
	start := -1
	prevStart := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != ' ' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := text[start:i]
		if !o.NoWords {
			buf = append(buf, hash(kWord, w))
			if prevStart >= 0 {
				buf = append(buf, hash(kBigram, text[prevStart:i]))
			}
		}
		for n := 1; n < o.CharMax && n <= len(w); n++ {
			buf = append(buf, hashMarked(kEdge, '<', w[:n], 0))
			buf = append(buf, hashMarked(kEdge, 0, w[len(w)-n:], '>'))
		}
		prevStart = start
		start = -1
	}
	// the text without spaces
	var small [256]rune
	flat := small[:0]
	for _, r := range text {
		if r != ' ' {
			flat = append(flat, r)
		}
	}
	for n := o.CharMin; n <= o.CharMax; n++ {
		for i := 0; i+n <= len(flat); i++ {
			buf = append(buf, hash(kChar, flat[i:i+n]))
		}
	}
	// A Hangul syllable alone is a morpheme often enough (표, 방, 책) to count
	// even when CharMin is 2.
	if o.CharMin > 1 {
		for i := range flat {
			if isSyllable(flat[i]) {
				buf = append(buf, hash(kChar, flat[i:i+1]))
			}
		}
	}
	if o.JamoMax > 0 {
		var js [768]rune
		j := js[:0]
		hangul := false
		for _, r := range flat {
			if isSyllable(r) {
				hangul = true
				j = appendJamo(j, r)
			} else {
				j = append(j, r)
			}
		}
		if hangul {
			for n := o.JamoMin; n <= o.JamoMax; n++ {
				for i := 0; i+n <= len(j); i++ {
					buf = append(buf, hash(kJamo, j[i:i+n]))
				}
			}
		}
	}
	return buf
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hash is FNV-1a over the runes, seeded with the kind.
func hash(kind uint64, rs []rune) uint64 {
	h := uint64(fnvOffset) ^ kind
	h *= fnvPrime
	for _, r := range rs {
		h ^= uint64(r)
		h *= fnvPrime
	}
	return h
}

// hashMarked hashes pre + rs + post (a zero mark is left out).
func hashMarked(kind uint64, pre rune, rs []rune, post rune) uint64 {
	h := uint64(fnvOffset) ^ kind
	h *= fnvPrime
	if pre != 0 {
		h ^= uint64(pre)
		h *= fnvPrime
	}
	for _, r := range rs {
		h ^= uint64(r)
		h *= fnvPrime
	}
	if post != 0 {
		h ^= uint64(post)
		h *= fnvPrime
	}
	return h
}

func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// appendJamo appends the conjoining jamo of a precomposed syllable
// (Unicode §3.12: initial, medial and, if any, final consonant).
func appendJamo(j []rune, s rune) []rune {
	i := s - 0xAC00
	j = append(j, 0x1100+i/588, 0x1161+(i%588)/28)
	if t := i % 28; t > 0 {
		j = append(j, 0x11A7+t)
	}
	return j
}

// isHangul reports whether s has any Hangul.
func isHangul(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

package tutoring

import (
	"strings"
	"unicode"

	"github.com/madang-world/madang/skills/search"
)

// Text analysis for retrieval over lessons. Korean glues particles and
// endings to words (광합성에서, 광합성은, 광합성이; 일어나요, 일어나나요),
// so every Hangul word is matched three ways: as written, with its particle
// stripped, and with a verb ending stripped from that; words of three
// syllables or more are matched through their syllable bigrams as well
// (광합성량, 이산화탄소 typed without the space). English words are
// lower-cased and stemmed (happens, happened → happen). The same analysis
// runs over lessons and questions, so the two meet in the middle.

// koParticles are stripped from the end of a Hangul word, longest first.
var koParticles = []string{
	"에서부터", "으로부터", "이라는", "이라고", "에게서", "한테서", "까지는", "에서는", "에서도", "으로는", "이랑은", "에서의",
	"에서만", "으로만", "이라도",
	"이란", "이라", "라는", "라고", "에서", "에게", "한테", "으로", "이랑", "까지", "부터", "처럼", "보다", "하고", "이나", "에는", "에도", "와의", "과의", "로는", "께서", "에만",
	"은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과", "도", "만", "랑", "란",
}

// koEndings are verb and adjective endings, stripped after the particle to
// find a stem shared by 일어나요, 일어나나요 and 일어나는.
var koEndings = []string{
	"이었어요", "이었나요", "이었을까요", "이었다", "였나요", "입니까", "입니다", "이에요", "인지", "이야", "이다", "였다",
	"습니까", "습니다", "었어요", "았어요", "였어요", "했어요", "하나요", "한가요", "인가요", "일까요", "을까요", "는지요", "나요", "가요", "까요",
	"어요", "아요", "여요", "해요", "세요", "지요", "예요", "이에요", "는지", "은지", "니다", "는데", "은데", "면서", "어서", "아서", "해서", "으면", "으니",
	"었다", "았다", "했다", "는다", "니까", "려면", "으려면", "다가", "도록", "지만",
	"을수록", "ㄹ수록", "수록", "아질수록", "어질수록", "아지면", "어지면", "아져요", "어져요", "아졌어요", "어졌어요", "아지나요", "어지나요", "으면요",
	"요", "죠", "다", "니", "까", "면", "며", "고", "지", "게", "서",
}

// stopWords carry no topic: question words, requests and fillers, in
// both languages. They are dropped from questions before matching.
var stopWords = setOf(
	// Korean question words, requests, fillers and function verbs
	"뭐", "뭐야", "뭐예요", "뭔가요", "뭐에요", "무엇", "무엇인가요", "무엇인지", "뭐지", "뭘까", "뭘까요", "뭔지", "뭐가", "뭐라고", "무엇을", "무엇이",
	"알려줘", "알려주세요", "알려", "알려줄래", "알려줄래요", "설명해줘", "설명해", "설명해주세요", "설명해", "가르쳐줘", "가르쳐", "가르쳐주세요", "말해줘", "좀",
	"어떻게", "어떤", "무슨", "왜", "언제", "어디", "어디서", "어디에", "어디에서", "누가", "누구", "누구야", "몇", "얼마나", "어느",
	"있어", "있나요", "있어요", "있을까요", "있는", "있다", "해줘", "해", "해요", "하나요", "하는", "하면", "하고", "한", "할", "했어요", "해야", "해야해", "해야해요", "돼요", "되나요", "되는", "된", "되요",
	"것", "거", "게", "건", "걸", "때", "대해", "대해서", "대한", "관해", "관해서", "관한", "이", "그", "저", "그리고", "그런데", "근데", "그럼", "그래서", "또", "및",
	"인가요", "이에요", "예요", "거예요", "건가요", "건지", "이야", "야", "요", "궁금해", "궁금해요", "궁금합니다", "궁금한", "알고", "싶어", "싶어요", "싶은데", "싶습니다",
	"어제", "오늘", "내일", "아까", "배운", "배웠는데", "배웠어요", "건데요", "건데", "는데요", "있잖아요", "그게", "그건", "이건", "뭐였지", "뭐였더라",
	"선생님", "쌤", "저기", "혹시", "제가", "저는", "나는", "내가", "우리", "그거", "이거", "저거", "좀더", "더", "자세히", "간단히", "쉽게", "설명", "질문", "정말", "진짜", "다시", "한번",
	// English
	"the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "what", "whats", "how", "why", "when", "where", "who", "whom", "which", "whose",
	"does", "do", "did", "doing", "done", "of", "to", "in", "on", "at", "by", "for", "from", "into", "and", "or", "but", "if", "so", "than", "then",
	"me", "please", "tell", "about", "explain", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "you", "your", "i", "im", "my", "we", "our", "us",
	"it", "its", "this", "that", "these", "those", "there", "here", "with", "some", "any", "have", "has", "had", "s", "t", "d", "ll", "ve", "re", "m",
	"teacher", "question", "today", "yesterday's", "class", "lesson", "learned", "learnt", "studied", "know", "want", "wonder", "curious", "help", "hi", "hey", "ok", "okay", "thanks", "really", "just", "also", "very", "much", "mean", "means", "meaning",
)

// weakWords are kept but count little: common words that say something
// but are never what a question is about.
var weakWords = setOf(
	"없어", "없어요", "없으면", "없는", "없나요", "없이", "못", "안", "잘", "많이", "많은", "같은", "다른", "다르", "달라", "달라요", "차이", "차이점", "비교", "관계", "이유", "까닭",
	"방법", "법", "때문", "때문에", "경우", "예", "예시", "예를", "정도", "일어나", "일어나요", "생겨", "생기", "만들", "만들어", "하는지", "되는지", "중", "사이", "정리", "요약",
	"different", "difference", "between", "compare", "reason", "example", "way", "ways", "thing", "things", "happen", "happens", "make", "makes", "made", "get", "gets", "use", "used",
	"called", "call", "work", "works", "say", "said", "go", "goes", "went", "need", "not", "no", "yes", "many", "more", "most", "other", "same", "only", "all", "each", "one", "two",
	"ask", "come", "comes", "came", "out", "up", "down", "off", "over", "too", "take", "takes", "took", "put", "give", "gives", "gave", "keep", "kept", "let", "see", "look", "looks",
	"find", "show", "shows", "think", "try", "good", "bad", "big", "small", "new", "old", "long", "short", "first", "last", "next", "time", "times", "part", "parts", "kind", "kinds",
	"type", "types", "people", "person", "something", "anything", "everything", "someone", "happened", "become", "becomes", "became", "change", "changes", "mean", "right",
	"correct", "true", "false", "important", "main", "role", "job", "function", "purpose", "exactly", "simple", "simply", "easy", "hard", "again", "still", "even", "always", "never", "ever",
	"일", "무슨일", "역할", "기능", "곳", "같이", "함께", "맞아요", "맞나요", "맞아", "맞는", "맞지", "틀려요", "알아요", "몰라요", "모르겠어요", "뜻", "의미", "종류", "부분", "과정", "원리", "특징",
	"너무", "아주", "매우", "많이", "조금", "중요한", "중요해요", "주로", "보통", "가장", "제일", "꼭", "항상", "언제나", "모두", "전부", "다", "왜냐하면", "그렇다면", "그러면", "어때요", "어떤가요", "어땠어요",
)

// weakPrefixes mark conjugated forms of common verbs as weak
// (만들어졌어요, 일어났나요, 생겼어요).
var weakPrefixes = []string{"만들", "만든", "일어나", "일어난", "일어났", "생기", "생겨", "생긴", "생겼", "나타나", "나타난", "사용", "이용", "알려", "말하", "말해", "하는", "되는", "된다", "됐"}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// stripSuffix removes the longest suffix of w in list, keeping at least
// keep syllables.
func stripSuffix(w string, list []string, keep int) string {
	rs := []rune(w)
	best := 0
	for _, s := range list {
		n := len([]rune(s))
		if n > best && len(rs)-n >= keep && strings.HasSuffix(w, s) {
			best = n
		}
	}
	return string(rs[:len(rs)-best])
}

// stemEn is a light English stemmer: plurals, -ing and -ed, so that
// question and lesson forms of a word meet. It only needs to be
// consistent, not linguistically right.
func stemEn(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	}
	return w
}

func undouble(w string) string {
	n := len(w)
	if n > 2 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// word is one analysed word.
type word struct {
	raw    string   // normalised as written
	key    string   // particle stripped (Hangul) or stemmed (Latin): the glossary key
	alts   []string // distinct forms it matches by: raw, key, verb stem
	grams  []string // syllable bigrams of key, for Hangul of 3+ syllables
	hangul bool
	stop   bool
	weak   bool
}

// analyze splits text into analysed words, in order.
func analyze(text string) []word {
	var out []word
	for _, w := range search.Words(text) {
		rs := []rune(w)
		aw := word{raw: w}
		switch {
		case isHangul(rs[0]):
			aw.hangul = true
			aw.key = stripSuffix(w, koParticles, 1)
			aw.alts = appendNew(aw.alts, w, aw.key)
			keep := 2
			if len(rs) >= 3 {
				keep = 1 // 높으면 → 높, as 높은 → 높
			}
			if st := stripSuffix(aw.key, koEndings, keep); st != aw.key {
				aw.alts = appendNew(aw.alts, st)
			}
			if kr := []rune(aw.key); len(kr) >= 3 {
				for i := 0; i+1 < len(kr); i++ {
					aw.grams = appendNew(aw.grams, "~"+string(kr[i:i+2]))
				}
			}
			// A one-syllable stem stays a word (해는 is "the solution").
			aw.stop = stopWords[w] || stopWords[aw.key] && len([]rune(aw.key)) >= 2
			for _, a := range aw.alts {
				aw.weak = aw.weak || weakWords[a]
				// A stem that is a stopword ("어디였어요") is one too.
				aw.stop = aw.stop || a != w && stopWords[a] && len([]rune(a)) >= 2
			}
			for _, p := range weakPrefixes {
				aw.weak = aw.weak || strings.HasPrefix(w, p)
			}
			// A particle standing alone (after a Latin word: "yesterday랑").
			aw.stop = aw.stop || len(rs) <= 2 && stripSuffix(w, koParticles, 0) == ""
		case unicode.IsDigit(rs[0]):
			aw.key = w
			aw.alts = []string{w}
		default:
			aw.key = stemEn(w)
			aw.alts = appendNew(nil, aw.key)
			aw.stop = stopWords[w]
			aw.weak = weakWords[w] || weakWords[aw.key]
		}
		out = append(out, aw)
	}
	return out
}

func appendNew(list []string, ws ...string) []string {
	for _, w := range ws {
		dup := false
		for _, x := range list {
			dup = dup || x == w
		}
		if !dup && w != "" {
			list = append(list, w)
		}
	}
	return list
}

// shortRest reports whether what follows a prefix match is at most one
// syllable once particles and endings are gone: 광합성량 and 세웠어요
// contain 광합성 and 세웠, but 과거진행형 is not 과거.
func shortRest(rest string) bool {
	rest = stripSuffix(stripSuffix(rest, koParticles, 0), koEndings, 0)
	return len([]rune(rest)) <= 1
}

// surface is one written form of a glossary term, analysed: a run of
// words that must appear in order.
type surface []word

// matchesAt reports whether the surface occurs in ws at position i, and
// how many words it spans. A Hangul word matches as written, with its
// particle stripped, or — for two syllables or more — as the start of a
// longer word (광합성 in 광합성량, 세웠 in 세웠어요).
func (s surface) matchesAt(ws []word, i int) (int, bool) {
	if i+len(s) > len(ws) {
		return 0, false
	}
	for j, sw := range s {
		tw := ws[i+j]
		switch {
		case sw.hangul != tw.hangul:
			return 0, false
		case !sw.hangul:
			if sw.key != tw.key {
				return 0, false
			}
		case tw.raw == sw.raw || tw.key == sw.raw:
		case len([]rune(sw.raw)) >= 2 && strings.HasPrefix(tw.raw, sw.raw) && shortRest(tw.raw[len(sw.raw):]):
		default:
			return 0, false
		}
	}
	return len(s), true
}

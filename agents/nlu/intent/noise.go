package intent

import (
	"math/rand/v2"
	"strings"
)

// noise makes the None class's sentences, after Snips NLU's: sentences
// as long as the training ones, of everyday words of the sentence's
// language mixed with made-up words. The class learns that everyday words
// alone say nothing about an intent, and its made-up words (which no
// real text will match) give its sentences the short known part that
// out-of-scope text has at prediction (see vectorize).
func noise(rng *rand.Rand, texts [][]rune, n int) [][]rune {
	var out [][]rune
	for range n {
		model := texts[rng.IntN(len(texts))]
		words := max(1, len(strings.Fields(string(model)))+rng.IntN(3)-1)
		ko := isHangul(string(model))
		var b strings.Builder
		for i := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			switch {
			case rng.IntN(10) < 3:
				b.WriteString(madeUp(rng, ko))
			case ko:
				b.WriteString(everydayKo[rng.IntN(len(everydayKo))])
			default:
				b.WriteString(everydayEn[rng.IntN(len(everydayEn))])
			}
		}
		out = append(out, []rune(Normalize(b.String())))
	}
	return out
}

// stableNoise is noise drawn per example (Options.Stable): each training
// text is the model of a None sentence with probability n/len(texts),
// decided by its hash, and that sentence's words come from a generator
// seeded by the same hash — so they do not depend on the other examples.
func stableNoise(seed uint64, texts [][]rune, n int) [][]rune {
	if len(texts) == 0 || n <= 0 {
		return nil
	}
	var out [][]rune
	// several rounds when n exceeds the number of texts
	for round := uint64(0); len(out) < n && round < 8; round++ {
		share := float64(n-len(out)) / float64(len(texts))
		for _, t := range texts {
			h := mix(hash(seed+round*0x1000193, t))
			if float64(h>>11)/(1<<53) >= share {
				continue
			}
			rng := rand.New(rand.NewPCG(h, seed))
			out = append(out, noise(rng, [][]rune{t}, 1)...)
		}
	}
	return out
}

// mix is SplitMix64's finaliser: it spreads a hash's bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// madeUp is a word of random Hangul syllables or Latin letters.
func madeUp(rng *rand.Rand, ko bool) string {
	var b strings.Builder
	if ko {
		for range 1 + rng.IntN(3) {
			b.WriteRune(rune(0xAC00 + rng.IntN(11172)))
		}
		return b.String()
	}
	for range 3 + rng.IntN(6) {
		b.WriteByte(byte('a' + rng.IntN(26)))
	}
	return b.String()
}

// Everyday words: pronouns, particles and endings, time words, common
// verbs and nouns of no particular task.
var everydayKo = strings.Fields(`
나 너 저 우리 그 이 저기 여기 거기 이거 그거 저거 뭐 왜 어디 언제 누구 어떻게 얼마나 무슨 어느
오늘 내일 어제 지금 나중에 아까 요즘 항상 가끔 자주 벌써 아직 다시 또 조금 많이 너무 정말 진짜 그냥 좀 꼭
사람 친구 엄마 아빠 가족 선생님 학생 집 학교 회사 길 밥 물 커피 음식 영화 노래 책 날씨 비 눈 바람 하늘 바다 산
강아지 고양이 꽃 나무 차 버스 지하철 돈 시간 생각 마음 이야기 문제 이유 방법 사진 게임 운동 여행 주말 아침 저녁 밤
하다 했어 해요 할까 하고 있어 있어요 없어 없어요 좋아 좋아요 싫어 싶어 싶어요 같아 같아요 가요 가자 와요 봤어 먹었어
알아 몰라 모르겠어 괜찮아 그래 그래요 맞아 아니 네 응 음 글쎄 그런데 그래서 그리고 하지만 근데 그럼
은 는 이 가 을 를 에 에서 으로 로 와 과 도 만 보다 처럼 한테 께 요 죠 네요 거야 거예요 인가요 일까 이야
`)

var everydayEn = strings.Fields(`
i you he she it we they me my your his her our their this that these those what why where when who how which
the a an of to in on at for with from by about as into like than and or but so if because then just very really
is are was were be been am do does did have has had can could would should will may might must shall
today tomorrow yesterday now later soon always sometimes often never again still already yet maybe
people friend mother father family teacher student home house school work road food water coffee movie song book
weather rain snow wind sky sea mountain dog cat flower tree car bus train money time thought mind story problem
reason way picture game sport trip weekend morning evening night day week year thing something nothing everything
go went going come came see saw look think know say said tell told get got make made take took want like love feel
good bad nice great fine okay sure yes no not well right big small old new long little much many more most some any
`)

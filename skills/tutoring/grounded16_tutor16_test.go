package tutoring

import (
	"strings"
	"testing"
)

// TestGrounded16KoreanWordsInEnglish (issue 19): an English question about
// Korean words — what one means, when to use one or another, two forms
// set side by side — is about those words: they are never filler, and the
// common English words it is put in need not be in the section. A Korean
// question quoting English keeps its Korean reading.
func TestGrounded16KoreanWordsInEnglish(t *testing.T) {
	checkAsk(t, []askCase{
		{"when should I use 잔 and when 병?", "korean-basics", "numbers", "jan (잔) for cups"},
		{"what is the meaning of 주세요?", "korean-basics", "ordering-food", "please give me"},
		{"is 안녕히 가세요 different from 안녕히 계세요?", "korean-basics", "greetings", "annyeonghi gaseyo"},
		{"how is 미안합니다 different from 죄송합니다?", "korean-basics", "greetings", "mianhamnida"},
		{"why do you say 세 개 and not 셋 개?", "korean-basics", "numbers", ""},
		{"have been to랑 have gone to 뭐가 달라요?", "present-perfect", "been-gone", "have been to"},
		{"write 과거분사가 뭐예요 written?", "", "", ""},
	})
}

// TestGrounded16Count (issue 19): how many things there are asks a count;
// a sentence whose only quantity is a measure or a year ("몇 cm씩",
// "1443년") counts nothing, however well it names the thing. Counts the
// lesson gives are still answered, from the sentence that gives them.
func TestGrounded16Count(t *testing.T) {
	checkAsk(t, []askCase{
		{"판은 전부 몇 개로 나뉘어 있어요?", "", "", ""},
		{"how many plates is the earth's surface split into?", "", "", ""},
		{"훈민정음 글자는 처음에 몇 개였나요?", "joseon-sejong", "hunminjeongeum", "28자"},
		{"how many letters did hangul have in the beginning?", "joseon-sejong", "hunminjeongeum", "28 letters"},
		{"한국어에는 숫자 체계가 몇 가지 있어요?", "korean-basics", "numbers", "두 가지"},
	})
}

// TestGrounded16Compound (issue 19): a Korean compound the lessons never
// use, made of two glossary terms (커피잔: 커피 and 잔), is those terms —
// not an unknown topic that refuses the question. A compound with a part
// the glossaries do not know stays unknown.
func TestGrounded16Compound(t *testing.T) {
	checkAsk(t, []askCase{
		{"물병은 셀 때 어떤 단위를 붙여요?", "korean-basics", "numbers", "병"},
		{"커피잔 셀 때 단위가 뭐예요?", "korean-basics", "numbers", "잔"},
	})
}

// TestGrounded16LangOfQuoted: an English question closing on quoted Korean
// words is English; a Korean question closing on its own predicate, after
// English words, is Korean.
func TestGrounded16LangOfQuoted(t *testing.T) {
	for q, want := range map[string]string{
		"is 감사합니다 different from 고맙습니다?":                    "en",
		"what's the difference between 안녕히 가세요 and 안녕히 계세요": "en",
		"How long have you studied English 같은 문장은 언제 써요?":   "ko",
		"have been to랑 have gone to 차이 알려주세요":               "ko",
		"have been to 랑 have gone to 차이가뭐야":                 "ko",
		"what is the meaning of 주세요?":                       "en",
	} {
		if got := DetectLang(q); got != want {
			t.Errorf("DetectLang(%q) = %s, want %s", q, got, want)
		}
	}
}

// TestGrounded16Years (issue 19): a year the lessons name points at the
// passage that names it ("1443 or 1446?" is about hunminjeongeum); a year
// no lesson names still says nothing.
func TestGrounded16Years(t *testing.T) {
	checkAsk(t, []askCase{
		{"my two books say 1443 and 1446 for hangul, which is correct?", "joseon-sejong", "hunminjeongeum", "1443"},
		{"한글 만든 해가 1443년이에요 1446년이에요?", "joseon-sejong", "hunminjeongeum", "1446"},
		{"what happened in 1592?", "", "", ""},
	})
}

// TestGrounded16FeltStrength (issue 19): how strongly one earthquake is
// felt in different places is its intensity, and a sentence that says it
// grows near the epicentre and falls farther away tells why it differs.
func TestGrounded16FeltStrength(t *testing.T) {
	checkAsk(t, []askCase{
		{"why did my town feel the shaking more than another town, from the same quake?", "earthquakes-volcanoes", "magnitude", "epicentre"},
		{"same earthquake, so why do people in one area feel strong shaking and in another area almost nothing?", "earthquakes-volcanoes", "magnitude", "epicentre"},
		{"같은 지진인데 왜 어떤 지역은 세게 느껴지고 다른 지역은 약하게 느껴져요?", "earthquakes-volcanoes", "magnitude", "진앙"},
	})
}

// TestGrounded16CompareAcross (issue 19): two terms compared that are
// taught in two sections of one lesson are answered by what each section
// says of its term, both cited; terms one section compares keep that
// section's answer.
func TestGrounded16CompareAcross(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, a, b string }{
		{"how do the xylem and the phloem differ?", "xylem", "phloem"},
		{"체관하고 물관은 뭐가 달라요?", "물관", "체관"},
	} {
		g := lib.Ask(c.q, "", "")
		if !g.Covered || len(g.Citations) != 2 || !strings.Contains(g.Answer, c.a) || !strings.Contains(g.Answer, c.b) {
			t.Errorf("%q: covered=%v %q (%d citations), want both terms, each cited", c.q, g.Covered, g.Answer, len(g.Citations))
		}
	}
	checkAsk(t, []askCase{
		{"how is magnitude different from intensity?", "earthquakes-volcanoes", "magnitude", "Magnitude"},
	})
}

// TestGrounded16GrowsStronger (issue 19): a verb of growing stronger the
// lesson does not use (세지다, 올라가면 for 커지면) is how the change is
// put; what changes is the topic.
func TestGrounded16GrowsStronger(t *testing.T) {
	checkAsk(t, []askCase{
		{"규모 숫자가 1 올라가면 에너지는 얼마나 세져요?", "earthquakes-volcanoes", "magnitude", "32배"},
	})
}

// TestGrounded16ChatFrame (issue 19): how a student frames a request —
// tomorrow's test (낼), "as a whole" (전체적으로), the polite helping verb
// (주실) — is not what the question is about.
func TestGrounded16ChatFrame(t *testing.T) {
	checkAsk(t, []askCase{
		{"낼 시험인데 판 구조 전반적으로 좀 알려 주실래요?", "earthquakes-volcanoes", "plates", "판"},
	})
}

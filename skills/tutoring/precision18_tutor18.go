package tutoring

import (
	"regexp"
	"strings"
)

// A question is often set among people and places the lessons never
// name: whom the student speaks to ("can I say annyeong to my landlord?",
// "집주인한테 안녕이라고 해도 돼요?"), who else is in the story ("why did
// my cousin in Busan feel it more?", "the owner is staying inside") and
// where it happens ("if a quake hits while we're in the classroom", "집에서
// 지진 나면"). Those words are the setting, not the topic: as rare words
// no lesson has, they weighed as much as the topic, pulled the right
// section under the coverage floor and read as an unknown subject (issue
// 19, post17). A person word is setting when it is someone's (my, our,
// the …: "my landlord", "the owner") or, in Korean, the one spoken to or
// acting (집주인한테, 사촌이랑); a place word when the student is in or at it
// ("in the classroom", "at home", "교실에서"). The same word as the topic
// ("what is a landlord?") keeps its weight: no possessive, no particle of
// a setting.

// settingPerson: people a question is set among (not the lessons' own
// people — the cook, the host, the waiter, a friend are glossary or lesson
// words and are left alone; see askerWords for the friend).
var settingPerson = setOf(
	"cousin", "cousins", "mom", "mum", "mother", "dad", "father", "parents", "parent", "brother", "brothers", "sister", "sisters",
	"sibling", "siblings", "landlord", "landlady", "owner", "owners", "shopkeeper", "boss", "teacher", "teachers", "classmate",
	"classmates", "roommate", "roommates", "neighbour", "neighbours", "neighbor", "neighbors", "coworker", "coworkers",
	"colleague", "colleagues", "grandma", "grandmother", "grandpa", "grandfather", "grandparents", "aunt", "uncle", "son",
	"daughter", "kid", "kids", "girlfriend", "boyfriend", "partner", "professor", "tutor", "family", "relatives", "in-laws",
	"사촌", "엄마", "아빠", "어머니", "아버지", "부모님", "형", "누나", "오빠", "언니", "동생", "집주인", "주인아주머니", "주인아저씨",
	"선생님", "쌤", "담임", "반친구", "룸메이트", "룸메", "이웃", "동료", "할머니", "할아버지", "이모", "삼촌", "고모", "교수님",
	"여자친구", "남자친구", "여친", "남친", "가족", "친척", "아들", "딸", "외국인", "유학생", "교환학생")

// settingPlace: places a question is set in.
var settingPlace = setOf(
	"classroom", "class", "home", "house", "apartment", "flat", "school", "office", "work", "library", "room", "bedroom",
	"dorm", "dormitory", "gym", "kitchen", "mall", "hotel", "store", "shop",
	"교실", "집", "학교", "회사", "도서관", "방", "기숙사", "아파트", "학원", "체육관", "부엌", "호텔", "마트")

// personOf: words before an English person word that make it someone's.
var personOf = setOf("my", "our", "your", "his", "her", "their", "the", "a", "an", "to")

// placeIn: words before an English place word (or before its the/my)
// that put someone there.
var placeIn = setOf("in", "at", "inside", "from", "into", "leaving", "leave", "left", "entering", "enter", "visiting")

var (
	shopWord  = setOf("shop", "store")
	leaveVerb = setOf("leaving", "leave", "left", "entering", "enter", "visiting")
)

// stayVerb: an English verb of staying; "inside" or "in" after it is where
// someone stays ("the owner is staying inside"), not the Earth's inside.
var stayVerb = setOf("staying", "stay", "stays", "stayed", "remain", "remains", "remaining", "waiting", "sitting")

// koSettingParticle: Korean particles of the one spoken to or acting
// (한테, 에게, 께, 랑) and of where (에서, 에, 에선).
// (이/가 and 은/는 are left out: "세종대왕 아버지는 누구예요?" asks about
// the father)
var koPersonParticle = []string{"한테는", "한테도", "한테", "에게는", "에게", "께는", "께", "이랑", "랑", "하고"}
var koPlaceParticle = []string{"에서는", "에서도", "에서", "에선", "에는", "에"}

// settings marks the people and places of a question's setting (see
// above) as filler.
func settings(ws []word) {
	likeElsewhere(ws)
	comparedWith(ws)
	beyondAmount(ws)
	for i, w := range ws {
		raw := strings.ToLower(w.raw)
		if w.hangul {
			for _, p := range koPersonParticle {
				if n := strings.TrimSuffix(w.raw, p); n != w.raw && settingPerson[n] {
					ws[i].asker, ws[i].stop = true, true
					break
				}
			}
			if !ws[i].stop && i > 0 && (ws[i-1].raw == "우리" || ws[i-1].raw == "내" || ws[i-1].raw == "제" || ws[i-1].raw == "저희") && settingPerson[w.key] {
				ws[i].asker, ws[i].stop = true, true
			}
			// "안녕이라고 해도 돼요?": 해도 before 돼요 asks leave to say
			// it (is it all right to), no 해 (a solution) of an equation
			if (w.raw == "해도" || w.raw == "해두" || w.raw == "하셔도" || w.raw == "해도요") && i+1 < len(ws) && hasAnyPrefix(ws[i+1].raw, []string{"돼", "되", "괜찮"}) {
				ws[i].stop = true
			}
			for _, p := range koPlaceParticle {
				if n := strings.TrimSuffix(w.raw, p); n != w.raw && settingPlace[n] {
					ws[i].weak = true
					break
				}
			}
			continue
		}
		if raw == "inside" && i > 0 && stayVerb[strings.ToLower(ws[i-1].raw)] {
			ws[i].weak = true
			continue
		}
		if settingPerson[raw] && i > 0 && personOf[strings.ToLower(ws[i-1].raw)] && !(i+1 < len(ws) && ws[i+1].raw == "of") {
			ws[i].asker, ws[i].stop = true, true
			continue
		}
		if settingPlace[raw] {
			j := i - 1
			if j >= 0 && (ws[j].raw == "the" || ws[j].raw == "my" || ws[j].raw == "our" || ws[j].raw == "a" || ws[j].raw == "your") {
				j--
			}
			// (a shop is where one is only when leaving or entering it:
			// "at a shop" asks what to say in one, the question's topic)
			if j >= 0 && j < i && placeIn[strings.ToLower(ws[j].raw)] && (!shopWord[raw] || leaveVerb[strings.ToLower(ws[j].raw)]) {
				ws[i].weak = true
			}
		}
	}
}

// studyChat: how the student was taught or studies ("그냥 외우라고만
// 해서요", "we just memorised it"): chat about the question, never its
// topic.
var studyChat = []string{"외우", "외워", "외웠", "외울", "외운", "암기", "memoriz", "memoris", "memorized", "memorised"}

// languageName: another language a student compares Korean with ("like
// itadakimasu in Japanese").
var languageName = setOf("japanese", "chinese", "english", "french", "spanish", "german", "vietnamese", "thai", "russian", "italian", "arabic")

// likeElsewhere marks the student's comparison with another language as
// filler: the word they compare with and the language's name ("like
// itadakimasu in Japanese", "like 'bon appetit' in French"). Whatever
// Korean says is the question. (A Korean question that only names the
// word it compares with, "일본어로 이타다키마스 같은 말 있어요?", has
// nothing else to go by and is left alone.)
func likeElsewhere(ws []word) {
	for i, w := range ws {
		raw := strings.ToLower(w.raw)
		for _, c := range studyChat {
			if strings.HasPrefix(raw, c) {
				ws[i].weak = true
			}
		}
		if !w.hangul && languageName[raw] && i >= 2 && ws[i-1].raw == "in" {
			// back to "like" (at most three words)
			for j := i - 2; j >= 0 && j >= i-5; j-- {
				if strings.ToLower(ws[j].raw) == "like" || ws[j].raw == "as" {
					for k := j + 1; k <= i; k++ {
						if ws[k].raw != "in" {
							ws[k].weak = true
						}
					}
					break
				}
			}
		}
	}
}

// comparedWith marks what the student sets the topic against as filler:
// "compared to other countries", "compared with the rest of the world",
// "instead of just randomly all over the world". The question is about
// the topic (why Japan has so many earthquakes), and the words of the
// comparison are not in the passage that answers it.
func comparedWith(ws []word) {
	for i := 0; i+1 < len(ws); i++ {
		raw := strings.ToLower(ws[i].raw)
		if !(raw == "compared" || raw == "unlike" || raw == "instead" && ws[i+1].raw == "of") {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+7; k++ {
			if ws[k].raw == "?" || ws[k].raw == "." || ws[k].raw == "," {
				break
			}
			if w := strings.ToLower(ws[k].raw); w == "other" || w == "others" || w == "world" || w == "countries" || w == "country" || w == "places" || w == "place" || w == "everywhere" || w == "randomly" || w == "random" || w == "elsewhere" || w == "rest" {
				ws[k].weak = true
			}
		}
	}
}

// formContrast asks why one form is said and not another ("왜 하나 명이
// 아니고 한 명이라고 해요?", "why is it du myeong and not dul myeong",
// "셋 잔이 아니라 세 잔"): no name asked, but the rule that turns the one
// into the other — which a sentence saying the form changes gives
// (saysChange), though it has no "because".
var formContrastRe = regexp.MustCompile(`(?i)(?:이|가)?\s?아니고|아니라|\band not\b|\bnot\s+['"‘“]|\binstead of\b|대신에?`)

func formContrast(q string) bool {
	return formContrastRe.MatchString(q) && (whyCue.MatchString(q) || strings.Contains(q, "왜") || strings.Contains(q, "이유"))
}

// changeSays: a sentence that says a form becomes another.
var changeSays = regexp.MustCompile(`(?i)바뀌|바꾸어|바꿔|\bbecomes?\b|\bchanges? (?:to|into)\b|\bturns? into\b`)

func saysChange(pick []bool, sents []sentence) bool {
	for i, s := range sents {
		if pick[i] && changeSays.MatchString(s.text) {
			return true
		}
	}
	return false
}

// beyondAmount: a Korean verb of crossing right after an amount ("40도
// 넘어가면", "10개 넘으면", "35도를 넘기면") says the amount is exceeded,
// not that a term is moved across an equation (이항's 넘기다): the
// amount's question is about what happens past it.
var crossVerb = []string{"넘어가", "넘어서", "넘어간", "넘으", "넘는", "넘었", "넘기", "넘긴", "넘을"}

func beyondAmount(ws []word) {
	for i := 1; i < len(ws); i++ {
		if !ws[i].hangul || !hasAnyPrefix(ws[i].raw, crossVerb) {
			continue
		}
		prev := []rune(ws[i-1].raw)
		for len(prev) > 0 && (prev[len(prev)-1] == '를' || prev[len(prev)-1] == '을') {
			prev = prev[:len(prev)-1]
		}
		// (the amount: digits, then a unit of at most two letters)
		k := len(prev)
		for k > 0 && len(prev)-k < 2 && !(prev[k-1] >= '0' && prev[k-1] <= '9') {
			k--
		}
		// ("40도" may come split, "40" then "도")
		split := i >= 2 && ws[i-1].hangul && len(prev) >= 1 && len(prev) <= 2 && allDigits(ws[i-2].raw)
		if split || k > 0 && k < len(prev) && prev[k-1] >= '0' && prev[k-1] <= '9' { // (a unit: "7을 넘기면" is a term moved)
			// (weak, and never the glossary's 넘어가면: counter marks both)
			ws[i].weak, ws[i].counter = true, true
		}
	}
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

package classroom

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// slotWhich is "1" while the tutor waits for the lesson of a quiz it
// asked about ("어느 수업으로 퀴즈를 낼까요?").
const slotWhich = "@quiz_which"

// whichAsked is slotWhich once the reply to the question was no place in
// its list: the lessons offered are no longer what a number picks.
const whichAsked = "asked"

// whichLesson: "퀴즈 내줘" from a Korean student who names no lesson and
// has none recent silently started the Korean-for-foreigners quiz (the
// data's default; notes: trial 13) — a lesson written for someone else.
// The tutor asks which lesson, naming them. An English speaker keeps the
// default (Korean for Beginners is written for them), and a student with a
// recent lesson gets a quiz on it (the data's default).
func whichLesson(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != intentQuiz || p < minP || t.Lang() != "ko" || !quizWordRe.MatchString(t.Text()) || forClass(t.Text()) || t.Gazetteer("lesson") != "" || t.Gazetteer("section") != "" || t.Gazetteer("review") != "" ||
		t.Remembered("last_lesson") != "" || t.Slot(slotLastQuiz) != "" || t.Slot("_seq_tool") == intentQuiz {
		return agents.Step{}, false
	}
	res := t.Call("tutor_lessons", map[string]any{"lang": "ko"})
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	ls, err := skills.Decode[[]tutoring.LessonInfo](res)
	if err != nil || len(ls) == 0 {
		return agents.Step{}, false
	}
	var names, ids []string
	card := &protocol.Card{Kind: protocol.CardReplies, Title: "어느 수업으로 퀴즈를 낼까요?"}
	for _, l := range ls {
		ko, _, _ := strings.Cut(l.Title, " · ") // "광합성 · Photosynthesis": the Korean name
		names = append(names, ko)
		ids = append(ids, l.ID)
		card.Items = append(card.Items, protocol.CardItem{ID: l.ID, Title: ko})
	}
	// The lessons are kept in the order shown: a press on the card's row
	// (heard as "2번") or "두 번째 거" picks the lesson there (see Early);
	// asked as text only, a press had nothing to pick (a new user's trial).
	t.Set(slotWhich, strings.Join(ids, ","))
	t.Understood(intentQuiz, p, nil)
	return agents.Step{Say: "어느 수업으로 퀴즈를 낼까요? " + strings.Join(names, ", ") + " 중에서 골라 말해 주세요. 예: \"" + names[0] + " 퀴즈\"", Card: card}, true
}

// whichPicked starts the quiz on the lesson at the place said ("2번", a
// press on the card's second row) in the lessons whichLesson offered.
func whichPicked(t *embedded.Turn) (agents.Step, bool) {
	if t.Slot(slotWhich) == "" || t.Slot(slotWhich) == whichAsked {
		return agents.Step{}, false
	}
	ids := strings.Split(t.Slot(slotWhich), ",")
	n := t.Ordinal()
	if n == 0 || len([]rune(strings.TrimSpace(t.Text()))) > 12 {
		// Not a place in the list: the lessons are forgotten (a "2번"
		// later is about another card), the question still answerable
		// by a lesson's name (whichAnswered).
		t.Set(slotWhich, whichAsked)
		return agents.Step{}, false
	}
	if n < 0 {
		n = len(ids)
	}
	if n > len(ids) {
		return agents.Step{}, false
	}
	t.Set(slotWhich, "")
	lesson := ids[n-1]
	t.Start(intentQuiz)
	t.Understood(intentQuiz, minP, map[string]string{"lesson_id": lesson})
	return agents.Step{Call: call(intentQuiz, map[string]any{"lesson_id": lesson, "count": 3, "lang": t.Lang()})}, true
}

// whichAnswered starts the quiz on the lesson named in reply to
// whichLesson's question ("광합성", "지진이요"); any other reply forgets
// the question and is read as it is.
func whichAnswered(t *embedded.Turn, p float64) (agents.Step, bool) {
	if t.Slot(slotWhich) == "" {
		return agents.Step{}, false
	}
	t.Set(slotWhich, "")
	if t.Gazetteer("lesson") == "" || len([]rune(strings.TrimSpace(t.Text()))) > 20 {
		return agents.Step{}, false
	}
	return soloQuiz(t, max(p, minP)), true
}

// ordinalLessonRe finds a lesson named by its place in the list the tutor
// shows ("the second lesson", "lesson 2", "두 번째 수업", "3번 단원").
var ordinalLessonRe = regexp.MustCompile(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|last|1st|2nd|3rd|4th|5th|6th|7th|8th)\s+(?:lesson|one|unit|course|subject)\b|\b(?:lesson|unit)\s+(?:no\.?\s*|number\s+)?([1-8])\b|(첫|두|세|네|다섯|여섯|일곱|여덟|마지막|[1-8])\s*(?:번째|번)?\s*(?:수업|단원|과목|강의|레슨)`)

// quizWordRe: the text asks for a quiz in its words (the classifier may
// read "두 번째 수업 퀴즈 내줘" as a lesson question).
var quizWordRe = regexp.MustCompile(`(?i)퀴즈|\bquiz|\btest\s+me\b|테스트|시험|문제\s*(?:내|줘|주세요)`)

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
	"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "last": -1, "마지막": -1}

// ordinalLesson starts the student's quiz on the lesson named by its
// place in the list ("Can you quiz me on the second lesson?"): the
// classifier found no lesson's name in it, and the quiz was on the data's
// default, the 3rd lesson of the list just shown (notes: trial 13).
func ordinalLesson(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	quiz := intent == intentQuiz || intent == intentClassQuiz || quizWordRe.MatchString(t.Text())
	if !quiz || t.Gazetteer("lesson") != "" || t.Slot("_seq_tool") == intentQuiz {
		return agents.Step{}, false
	}
	m := ordinalLessonRe.FindStringSubmatch(t.Text())
	if m == nil || intent == intentClassQuiz && forClass(t.Text()) {
		return agents.Step{}, false
	}
	w := strings.ToLower(m[1] + m[2] + m[3])
	n, ok := ordinalWords[w]
	if !ok {
		n, _ = strconv.Atoi(w)
	}
	res := t.Call("tutor_lessons", map[string]any{"lang": t.Lang()})
	if res.Status != skills.StatusOK || n == 0 {
		return agents.Step{}, false
	}
	ls, err := skills.Decode[[]tutoring.LessonInfo](res)
	if err != nil || n > len(ls) {
		return agents.Step{}, false
	}
	if n < 0 {
		n = len(ls)
	}
	lesson := ls[n-1].ID
	t.Start(intentQuiz)
	n, slots := quizCount(t, map[string]string{"lesson_id": lesson})
	t.Understood(intentQuiz, max(p, minP), slots)
	return agents.Step{Call: call(intentQuiz, map[string]any{"lesson_id": lesson, "count": n, "lang": t.Lang()})}, true
}

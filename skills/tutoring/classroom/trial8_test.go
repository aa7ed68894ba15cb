package classroom_test

import (
	"strings"
	"testing"
)

// A new user's trial of the tutor: Korean "더" after a good answer showed
// the progress of all six lessons, the tutor refused "지진은왜일어나요" and
// suggested "지진은 왜 일어나요?", and a typed right answer to a
// multiple-choice question was graded wrong.

func lacks(t *testing.T, got string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(got, b) {
			t.Fatalf("reply %q says %q", got, b)
		}
	}
}

// TestTrial8MoreKorean: the Korean ways of asking for more go on from the
// last answer; "쉽게" says it more simply (TestSimplerIsNotARepeat); none
// shows progress.
func TestTrial8MoreKorean(t *testing.T) {
	c := newTutorChat(t)
	for i, more := range []string{"더", "더 알려줘", "좀 더", "더 설명해줘", "더 알려주세요"} {
		u := string(rune('a' + i))
		r, _ := c.say(u, "광합성이 뭐예요?")
		wants(t, r, "광합성은 식물이 빛에너지를 이용하여")
		r, _ = c.say(u, more)
		lacks(t, r, "복습할 문제", "수업 자료에 없어서")
		wants(t, r, "(출처: 중학교 과학 · 광합성 § 광합성이란)")
	}
	r, _ := c.say("s", "광합성이 뭐예요?")
	r, _ = c.say("s", "좀더 쉽게 설명해줄수있어?")
	lacks(t, r, "복습할 문제", "수업 자료에 없어서")
	wants(t, r, "한눈에 보면: 광합성을 식으로 나타내면")
	// After a refusal there is nothing to go on with: said so, with what
	// the student can do instead (trial 12), no progress.
	c.say("n", "근데 오늘 점심 뭐먹지")
	r, _ = c.say("n", "더 알려줘")
	lacks(t, r, "복습할 문제")
	wants(t, r, "수업 자료에 없는 내용이라 더 알려 드릴 게 없어요", "퀴즈 내줘")
}

// TestTrial8TypedChoice: a typed answer naming the right choice's content
// is right; "x=4" keeps a Korean quiz in Korean.
func TestTrial8TypedChoice(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("k", "광합성 퀴즈 내줘")
	wants(t, r, "1/3. 광합성이 일어나는 세포 속 기관은?")
	r, card := c.say("k", "엽록체")
	wants(t, r, "정답이에요!", "2/3. 광합성에 필요한 물질을 바르게 짝지은 것은?")
	// The question is a row no "N번" picks (its id is no number); the
	// choices are picked by their own numbers, 1–4, whatever row they are.
	if len(card.Items) != 5 || card.Items[0].Title != "광합성에 필요한 물질을 바르게 짝지은 것은?" || card.Items[0].ID == "1" {
		t.Fatalf("card %+v: want the question then four choices", card)
	}
	for i, it := range card.Items[1:] {
		if n := string(rune('1' + i)); it.ID != n || !strings.HasPrefix(it.Title, n+") ") {
			t.Fatalf("choice row %+v is not choice %s", it, n)
		}
	}
	r, _ = c.say("k", "물이랑 이산화탄소")
	wants(t, r, "정답이에요!", "3/3.")

	c.say("m", "일차방정식 퀴즈 내줘")
	r, card = c.say("m", "x=4")
	wants(t, r, "정답이에요!", "2/3.")
	if !hasHangul(card.Title) {
		t.Fatalf("card title %q is not Korean", card.Title)
	}
}

// TestTrial8AskedWhatItSuggests: a question that is one of the tutor's
// suggestions, written without spaces or with a chat tail, is answered;
// a refused question is never suggested back.
func TestTrial8AskedWhatItSuggests(t *testing.T) {
	c := newTutorChat(t)
	r, _ := c.say("k", "지진은왜일어나요")
	lacks(t, r, "수업 자료에 없어서")
	wants(t, r, "지진은 땅속의 암석이")
	r, _ = c.say("e", "why do quakes happen tho")
	lacks(t, r, "don't cover")
	wants(t, r, "(Source: ")
	for _, q := range []string{"whats the pythagorean theorem", "근데 오늘 점심 뭐먹지", "ㅋㅋ 선생님 몇살이에요?"} {
		r, _ = c.say("x", q)
		if i := strings.Index(r, ": "); i >= 0 {
			lacks(t, r[i:], strings.TrimRight(q, "?"))
		}
	}
}

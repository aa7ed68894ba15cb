package classroom_test

import "testing"

// A new user's trial (left8): "what time is it?", "who won the world
// cup?", "오늘 날씨 어때?" asked while a quiz question waited were graded
// as its answer ("Not quite: the answer is chloroplast", next question),
// and a lesson question the lessons do not cover ("광합성 공식이 뭐였지?")
// dropped the quiz, so the answer after it ("엽록체") was read as a
// question. A question is answered or said to be outside the lessons, and
// the quiz question stays open: the next answer is graded.
func TestLeft8QuestionMidQuizKeepsQuestionOpen(t *testing.T) {
	for _, c := range []struct{ start, ask, notCovered, back, answer, right string }{
		{"quiz me on photosynthesis", "what time is it?", "Our lessons don't cover that", "Back to the quiz: 1/3. In which part of the cell does photosynthesis take place?", "chloroplast", "Correct!"},
		{"quiz me on photosynthesis", "who won the world cup?", "Our lessons don't cover that", "Back to the quiz: 1/3. In which part of the cell does photosynthesis take place?", "chloroplast", "Correct!"},
		{"광합성 문제 내줘", "지금 몇 시야?", "", // (retrieval reads 지금 in "한양(지금의 서울)": tutor8's)
			"퀴즈로 돌아갈게요. 1/3. 광합성이 일어나는 세포 속 기관은?", "엽록체", "정답이에요!"},
		{"광합성 문제 내줘", "오늘 날씨 어때?", "우리 수업 자료에 없어서", "퀴즈로 돌아갈게요. 1/3. 광합성이 일어나는 세포 속 기관은?", "엽록체", "정답이에요!"},
		{"광합성 문제 내줘", "광합성 공식이 뭐였지?", "우리 수업 자료에 없어서", "퀴즈로 돌아갈게요. 1/3. 광합성이 일어나는 세포 속 기관은?", "엽록체", "정답이에요!"},
		{"광합성 문제 내줘", "점심 뭐 먹을까?", "", // (retrieval reads 점심 in "She has eaten lunch": tutor8's)
			"퀴즈로 돌아갈게요. 1/3. 광합성이 일어나는 세포 속 기관은?", "엽록체", "정답이에요!"},
	} {
		ch := newTutorChat(t)
		ch.say("u", c.start)
		r, _ := ch.say("u", c.ask)
		lacks(t, r, "Not quite", "아쉬워요", "2/3")
		wants(t, r, c.notCovered, c.back)
		if c.notCovered == "" {
			lacks(t, r, "정답은")
		}
		r, _ = ch.say("u", c.answer)
		wants(t, r, c.right, "2/3.")
	}
	// An answer said while remembering it is graded on its words, not
	// read as a question.
	for _, c := range []struct{ start, answer, right string }{
		{"광합성 문제 내줘", "뭐더라… 엽록체?", "정답이에요!"},
		{"quiz me on photosynthesis", "what was it... chloroplast?", "Correct!"},
	} {
		ch := newTutorChat(t)
		ch.say("u", c.start)
		r, _ := ch.say("u", c.answer)
		wants(t, r, c.right, "2/3.")
	}
}

// A new user's trial (left8): "광합셩이 뭐야?", "what is fotosynthesis?"
// — a slip in a lesson's term — read "Our lessons don't cover that". A
// word one slip from one glossary term (a letter of a Korean syllable,
// "f" for "ph") is that term: the answer is the term's.
func TestLeft8TermTypos(t *testing.T) {
	for _, c := range []struct{ typo, right string }{
		{"광합셩이 뭐야?", "광합성이 뭐야?"},
		{"광합섬은 어디서 일어나?", "광합성은 어디서 일어나?"},
		{"엽록채가 뭐야?", "엽록체가 뭐야?"},
		{"what is fotosynthesis?", "what is photosynthesis?"},
		{"what is chlorofyll?", "what is chlorophyll?"},
	} {
		ch := newTutorChat(t)
		want, _ := ch.say("u", c.right)
		got, _ := ch.say("u", c.typo)
		lacks(t, got, "수업 자료에 없어서", "don't cover")
		if got != want {
			t.Errorf("%q → %q, want what %q reads: %q", c.typo, got, c.right, want)
		}
	}
}

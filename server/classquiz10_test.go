package server_test

import (
	"strings"
	"testing"
)

// TestClassQuizNumbersAndStatus is a new user's trial (notes: trial 10):
// in a class quiz whose options are numbered, "2번이요!" and "1" were
// answered "there's no list to pick from"; an English speaker was graded
// in Korean; "what's the class quiz status?" ended the quiz after its first
// question.
func TestClassQuizNumbersAndStatus(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	liam, sua := newBot(t, ts, "Liam"), newBot(t, ts, "Sua")
	for _, x := range []*bot{liam, sua} {
		x.join(t, "classroom")
	}
	tutor := avatarIn(t, liam, "tutor")

	r := talk(t, liam, tutor, "can we do a class quiz together on korean basics? my friend Sua is here too", false)
	rawError(t, r)
	// (the class quiz is in the language it was asked for in; each
	// student's grading is in their own)
	has(t, r.text(), "Class quiz started for 2 students", "Which is the polite greeting when you meet someone?")

	// A number picks the numbered option (2) 안녕하세요).
	r = talk(t, sua, tutor, "2번이요!", false)
	rawError(t, r)
	has(t, r.text(), "정답", "2/3")
	if strings.Contains(r.text(), "고를 목록") {
		t.Fatalf("a numbered option was not taken as the answer: %q", r.text())
	}
	// Liam's "1" is his answer to the first question (안녕히 가세요: wrong),
	// told in English: he speaks English.
	r = talk(t, liam, tutor, "1", false)
	rawError(t, r)
	if strings.Contains(r.text(), "no list to pick") {
		t.Fatalf("a numbered option was not taken as the answer: %q", r.text())
	}
	has(t, r.text(), "Not quite", "2/3")

	// The status is the results; the quiz goes on.
	r = talk(t, liam, tutor, "what's the class quiz status?", false)
	rawError(t, r)
	if strings.Contains(r.text(), "end of the class quiz") {
		t.Fatalf("asking the status ended the quiz: %q", r.text())
	}
	has(t, r.text(), "Class quiz (0/2 done)")
	r = talk(t, sua, tutor, "반 퀴즈 결과 보여주세요", false)
	rawError(t, r)
	has(t, r.text(), "반 퀴즈 결과")
}

// TestClassQuizAfterOwnQuiz: a student who took a quiz of her own and then
// asked questions answers the class quiz started after it by its option's
// number (a new user's trial, notes: trial 10: "2번이요!" was told "there
// is no list to pick from").
func TestClassQuizAfterOwnQuiz(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	liam, sua := newBot(t, ts, "Liam"), newBot(t, ts, "Sua")
	for _, x := range []*bot{liam, sua} {
		x.join(t, "classroom")
	}
	tutor := avatarIn(t, liam, "tutor")
	has(t, talk(t, sua, tutor, "현재완료 퀴즈 내주세요", false).text(), "1/3")
	talk(t, sua, tutor, "1", false)
	has(t, talk(t, sua, tutor, "ok fair. how can I tell if a bank text is phishing?", false).text(), "118")
	has(t, talk(t, sua, tutor, "광합성은 어디서 일어나요?", false).text(), "엽록체")
	has(t, talk(t, sua, tutor, "광합성 식 알려줘요 재료랑 결과물", false).text(), "포도당")
	// "more" goes on from the lesson answer just given, while her own
	// quiz's question waits (it said "no answer to go on with").
	r := talk(t, sua, tutor, "more", false)
	has(t, r.text(), "양분", "출처: 중학교 과학 · 광합성 § 광합성이란", "2/3")

	r = talk(t, liam, tutor, "can we do a class quiz together on korean basics? my friend Sua is here too", false)
	// (the class quiz is in the language it was asked for in; each
	// student's grading is in their own)
	has(t, r.text(), "Class quiz started for 2 students", "Which is the polite greeting when you meet someone?")
	r = talk(t, sua, tutor, "2번이요!", false)
	rawError(t, r)
	has(t, r.text(), "정답", "2/3", "Leaving a friend's home")
}

// TestQuizAnswerByPlaceAndCourtesy is a new user's trial (notes: trial
// 10): "the second one, has" to a quiz question was read as a greeting and
// the quiz lost; "고마워요! 퀴즈 내주세요" got only "천만에요!".
func TestQuizAnswerByPlaceAndCourtesy(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	sua := newBot(t, ts, "Sua")
	sua.join(t, "classroom")
	tutor := avatarIn(t, sua, "tutor")
	has(t, talk(t, sua, tutor, "quiz me on the present perfect", false).text(), "1/3", "She ___ eaten lunch", "2) has")
	has(t, talk(t, sua, tutor, "the second one, has", false).text(), "Correct", "third-person singular")

	has(t, talk(t, sua, tutor, "고마워요! 퀴즈 내주세요", false).text(), "퀴즈를 시작할게요", "1/3")
	r := talk(t, sua, tutor, "thanks! how far have I got?", false)
	has(t, r.text(), "English Grammar: The Present Perfect 7%", "Back to the quiz: 1/3")
	// (While the Korean basics quiz waits, "고마워요" alone is an attempt
	// at its question; the courtesy rule leaves that to the quiz.)
}

// TestCourtesyThenFreeRequest: after "고마워요!" the request is worded
// freely ("이제 한국사 퀴즈 풀래요"), and it is still the request.
func TestCourtesyThenFreeRequest(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	sua := newBot(t, ts, "Sua")
	sua.join(t, "classroom")
	tutor := avatarIn(t, sua, "tutor")
	has(t, talk(t, sua, tutor, "고마워요! 이제 한국사 퀴즈 풀래요", false).text(), "퀴즈를 시작할게요", "1392년에 조선을 세운 사람은?")
}

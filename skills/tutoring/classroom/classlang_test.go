package classroom_test

import "testing"

// TestClassQuizInTheClassLanguage (issue 19): a class quiz asked for in
// English is given in English — its questions and grading — as a
// student's own quiz is; one asked for in Korean stays Korean.
func TestClassQuizInTheClassLanguage(t *testing.T) {
	c := newClassChat(t, "e", "f")
	r, _ := c.say("e", "start a class quiz on photosynthesis")
	wants(t, r, "In which part of the cell does photosynthesis take place?")
	lacks(t, r, "광합성")
	r, _ = c.say("f", "chloroplast")
	lacks(t, r, "엽록체")

	k := newClassChat(t, "k", "l")
	r, _ = k.say("k", "광합성 반 퀴즈 시작해요")
	wants(t, r, "광합성")
}

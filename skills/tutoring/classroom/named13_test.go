package classroom_test

import "testing"

// TestClassQuizForStudentsNamed (und13b): a class quiz started "for Aisha
// and Wei" is for those two when they are in the room, not for everyone
// present; one that names nobody present is for the whole room.
func TestClassQuizForStudentsNamed(t *testing.T) {
	c := newClassChat(t, "Tom", "Aisha", "Wei", "Mina")
	r, _ := c.say("Tom", "class quiz on photosynthesis for Aisha and Wei, 3 questions")
	wants(t, r, "for 2 students")

	d := newClassChat(t, "Tom", "Aisha", "Wei", "Mina")
	r, _ = d.say("Tom", "start a class quiz on photosynthesis for everyone")
	wants(t, r, "for 4 students")
}

// TestClassQuizTogetherWithNamed: the one asking "together" with a friend
// named takes the quiz too ("can we do a class quiz together? my friend
// Sua is here too" started it for Sua alone, "for 1 students").
func TestClassQuizTogetherWithNamed(t *testing.T) {
	c := newClassChat(t, "Liam", "Sua", "Mina")
	r, _ := c.say("Liam", "can we do a class quiz together on photosynthesis? my friend Sua is here too")
	wants(t, r, "for 2 students")
}

// TestClassQuizForOneStudent: a class quiz for the only student in the
// room reads as one student — not "for 1 students" or "1명 모두" (a new
// user's trial, alone in the classroom).
func TestClassQuizForOneStudent(t *testing.T) {
	c := newClassChat(t, "Liam")
	r, _ := c.say("Liam", "start a class quiz on photosynthesis")
	wants(t, r, "Class quiz started for 1 student!")
	if contains(r, "students") {
		t.Fatalf("reply %q counts one student as students", r)
	}
	d := newClassChat(t, "서연")
	r, _ = d.say("서연", "광합성으로 반 전체 퀴즈 내 주세요")
	wants(t, r, "반 전체 퀴즈를 시작했어요! 선생님께 답을 말해 주세요.")
	if contains(r, "1명 모두") {
		t.Fatalf("reply %q says all 1 of you", r)
	}
}

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

package tutoring

import "testing"

// TestGrounded15Drives (issue 19): what drives a thing's motion — Korean
// 왜 before a verb of moving, or the force behind it — is answered by a
// cause of the moving; a sentence that the thing moves (how fast) or what
// happens where it moves (earthquakes at the boundaries) gives none. How
// fast it moves is still answered.
func TestGrounded15Drives(t *testing.T) {
	checkAsk(t, []askCase{
		{"맨틀 위의 판은 왜 움직이나요?", "", "", ""},
		{"판을 움직이게 하는 건 무슨 힘이에요?", "", "", ""},
		{"what force pushes the plates around?", "", "", ""},
		{"what drives the plates?", "", "", ""},
		{"판은 1년에 얼마나 움직여요?", "earthquakes-volcanoes", "plates", "몇 cm"},
		{"how fast do the plates move?", "earthquakes-volcanoes", "plates", "a few centimetres"},
		{"같은 지진인데 왜 곳마다 진도가 달라요?", "earthquakes-volcanoes", "magnitude", "진도"},
	})
}

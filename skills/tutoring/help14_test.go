package tutoring

import "testing"

// TestHelpIsNoTopic (issue 19): asking the teacher for help names no
// topic — "선생님 도와주세요" found 돕 in the science section's "농사를 돕기
// 위한 것" and was answered with the armillary sphere (the lead's own
// check of the merged v14). A question that is about helping still is.
func TestHelpIsNoTopic(t *testing.T) {
	checkAsk(t, []askCase{
		{"선생님 도와주세요", "", "", ""},
		{"선생님 어떻게 쓰는건지 모르겠어요 도와주세요", "", "", ""},
		{"도와줘", "", "", ""},
	})
}

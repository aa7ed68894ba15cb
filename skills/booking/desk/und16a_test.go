package desk

import "testing"

// TestUnd16aHeldAsked: bookings on hold named by their state and asked to
// be seen are told from a request to confirm one (heldAsked's words).
// Our own sentences.
func TestUnd16aHeldAsked(t *testing.T) {
	for _, text := range []string{"가예약 잡아 둔 거 뭐뭐 있어?", "확정 안 된 숙소 예약 남아 있나요?", "홀드 걸어 놓은 식당 목록 보여줘"} {
		if !heldStateKo.MatchString(text) || !showOrAskKo.MatchString(text) || confirmAskKo.MatchString(text) {
			t.Errorf("%q: not read as asking to see the holds", text)
		}
	}
	for _, text := range []string{"홀드 걸어 둔 한옥 확정해 줘", "가예약 잡아 둔 거 컨펌 부탁해요"} {
		if !confirmAskKo.MatchString(text) {
			t.Errorf("%q: the request to confirm not seen", text)
		}
	}
}

package ui

import (
	"testing"

	"github.com/madang-world/madang/protocol"
)

// TestBubbleClearsTheSpeakersLabels: the refusal's bubble over the tutor,
// who was "듣는 중" with a student beside her (docs/img/refusal-1280x720.png;
// the label is now "말하는 중": listening shows none),
// ended its tail on the state label's top edge, and in the browser the
// tail's stroke ran a few pixels into it. The bubble and its tail keep
// clear of every label — a gap of two pixels at least — above the
// speaker and, with no room above, below.
func TestBubbleClearsTheSpeakersLabels(t *testing.T) {
	const refusal = "죄송하지만 그건 도와드릴 수 없어요. 대신 안전한 방법이라면 기꺼이 도울게요. 무엇을 하고 싶으신지 조금 더 말씀해 주시거나, 피해를 막는 방법이 궁금하시면 물어봐 주세요."
	for _, y := range []float64{6, 1.2} { // room above; none (the bubble hangs below)
		a, m, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "지우", X: 9, Y: y},
			{ID: 1, Kind: "avatar", Name: "하나 선생님", Role: "tutor", X: 10, Y: y}})
		m.States[1] = protocol.StateSpeaking
		m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 1, Text: refusal, Final: true}), now)
		a.Frame(1280, 720, mir, now)
		if len(a.Bubbles) != 1 {
			t.Fatalf("bubbles %+v", a.Bubbles)
		}
		b := a.Bubbles[0]
		// The tail: from its base on the bubble's edge to its tip, 6 px
		// either side of the base and a pixel of stroke around it.
		edge := b.Y + b.H
		if b.TipY < b.Y {
			edge = b.Y
		}
		tail := Rect{X: min(b.TailBase()-6, b.TipX) - 1, Y: min(edge, b.TipY) - 1, W: 14, H: abs(b.TipY-edge) + 3}
		state := false
		for _, l := range a.Labels {
			state = state || l.Kind == LabelState && l.Text == "말하는 중"
			clear := Rect{X: l.X - 2, Y: l.Y - 2, W: l.W + 4, H: l.H + 4}
			if overlaps(clear, b.Rect) || overlaps(clear, tail) {
				t.Errorf("y=%v: the bubble %+v (tail %+v, tip y=%d) comes within 2 px of the label %q %+v", y, b.Rect, tail, b.TipY, l.Text, l.Rect)
			}
		}
		if !state {
			t.Errorf("y=%v: no \"말하는 중\" label in %+v", y, a.Labels)
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

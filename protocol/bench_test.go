package protocol

import "testing"

var moveFrame = []byte(`{"type":"move","id":"c123","payload":{"dir":"e","ts":1795752861832123}}`)

// BenchmarkDecodeMove: a client's move intent, decoded and validated as
// the server does (envelope, then payload).
func BenchmarkDecodeMove(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		env, err := Decode(moveFrame)
		if err != nil {
			b.Fatal(err)
		}
		var m Move
		if err := DecodePayload(env, &m); err != nil {
			b.Fatal(err)
		}
	}
}

func tick25() *Tick {
	t := &Tick{T: 123456}
	for i := 0; i < 25; i++ {
		t.Mov = append(t.Mov, Pos{ID: uint32(i + 1), X: float64(i%18) + 1.25, Y: float64(i%14) + 1, Dir: DirE})
	}
	return t
}

// BenchmarkAppendTick: one room tick with 25 moves, as the server encodes it.
func BenchmarkAppendTick(b *testing.B) {
	t := tick25()
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendTick(buf[:0], t)
	}
	b.SetBytes(int64(len(buf)))
}

// BenchmarkEncodeTickReflect: the same with encoding/json, for comparison.
func BenchmarkEncodeTickReflect(b *testing.B) {
	t := tick25()
	b.ReportAllocs()
	for b.Loop() {
		MustEncode(TypeTick, "", t)
	}
}

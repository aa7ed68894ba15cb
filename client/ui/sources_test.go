package ui

import (
	"testing"
	"time"

	"github.com/madang-world/madang/protocol"
)

// TestStaleSourceCardCloses: a tutor's source card stays while its answer
// and its "자세히" continuation are on screen, and closes when the tutor
// finishes a reply to a later request that does not cite it (here the
// phishing guidance), so no other reply reads as sourced from the lesson.
// The speeches carry no re: the browser's talk has no id.
func TestStaleSourceCardCloses(t *testing.T) {
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	m := NewModel("ko")
	line := "중학교 과학 · 광합성 § 광합성이 일어나는 곳"
	src := &protocol.Card{Avatar: 1, Kind: protocol.CardAnswer, Title: "광합성",
		Items:   []protocol.CardItem{{Title: "광합성이 일어나는 곳", Subtitle: line}},
		Sources: []protocol.Source{{Lesson: "광합성", Section: "광합성이 일어나는 곳", Quote: "엽록체"}}}
	sources := func() int {
		n := 0
		for _, c := range m.Cards {
			if len(c.Sources) > 0 {
				n++
			}
		}
		return n
	}
	m.Apply(ev(src), now)
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 1, Text: "광합성은 엽록체에서 일어나요. (출처: " + line + ")", Final: true}), now)
	if sources() != 1 {
		t.Fatalf("the answer's own source card is gone: %d", sources())
	}
	// "자세히": the rest of the same passage, citing the same line.
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 2, Text: "엽록체에는 엽록소가 있어요. ", Final: false}), now)
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 2, Text: "(출처: " + line + ")", Final: true}), now)
	if sources() != 1 {
		t.Fatalf("the source card closed on the continuation of its own passage")
	}
	// Another avatar's reply does not touch it.
	m.Apply(ev(&protocol.Speech{Avatar: 2, Seq: 1, Text: "어서 오세요!", Final: true}), now)
	if sources() != 1 {
		t.Fatalf("another avatar's reply closed the tutor's source card")
	}
	// The tutor's next, unrelated reply: while it streams the card stays,
	// when it ends the card closes.
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 3, Text: "이런 문자는 피싱일 수 있어요. ", Final: false}), now)
	if sources() != 1 {
		t.Fatalf("the card closed before the reply ended")
	}
	m.Apply(ev(&protocol.Speech{Avatar: 1, Seq: 3, Text: "링크를 누르지 말고 118에 신고하세요.", Final: true}), now)
	if sources() != 0 {
		t.Errorf("the lesson's source card stays beside the phishing guidance: %+v", m.Cards[0].Card)
	}
}

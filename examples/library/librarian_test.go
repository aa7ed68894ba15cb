package library_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	_ "github.com/madang-world/madang/agents/embedded" // the brain kind librarian.json names
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/examples/library/library"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/server/world"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// newServer starts a real server on 127.0.0.1 with only the librarian
// (librarian.json) and only the library skill: everything it can talk
// about comes from examples/library/library/dialogue.json.
func newServer(t *testing.T) (string, *skilltest.Clock) {
	t.Helper()
	as, err := avatars.Load(".")
	if err != nil {
		t.Fatal(err)
	}
	clock := skilltest.NewClock(skilltest.Start)
	srv, err := server.New(&server.Options{DataDir: t.TempDir(), World: world.Campus(), Avatars: as, Skills: []skills.ID{library.ID},
		Clock: clock, Speed: 15, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		hs.Close()
	})
	return hs.URL, clock
}

type student struct {
	t    *testing.T
	c    *client.Conn
	nuri uint32
}

func join(t *testing.T, url, name string) *student {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cred, err := client.SignIn(ctx, url, name)
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.Dial(ctx, url, cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	if _, err := c.Join(ctx, "lobby"); err != nil {
		t.Fatal(err)
	}
	s := &student{t: t, c: c}
	deadline := time.Now().Add(5 * time.Second)
	for s.nuri == 0 {
		for _, e := range c.Mirror.Entities() {
			if e.Kind == protocol.KindAvatar && e.Role == "librarian" {
				s.nuri = e.ID
			}
		}
		if s.nuri == 0 && time.Now().After(deadline) {
			t.Fatal("no librarian in view")
		}
		if s.nuri == 0 {
			select {
			case <-c.Events():
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return s
}

// reply is one turn of the librarian's answer.
type reply struct {
	text    string
	cards   []protocol.Card
	confirm *protocol.ConfirmRequest
}

func (s *student) collect(wantConfirm bool) reply {
	s.t.Helper()
	var r reply
	var lines []string
	var cur strings.Builder
	done := false
	deadline := time.After(10 * time.Second)
	for !done || wantConfirm && r.confirm == nil {
		select {
		case ev := <-s.c.Events():
			switch p := ev.Payload.(type) {
			case *protocol.Speech:
				cur.WriteString(p.Text)
				if p.Final {
					lines = append(lines, cur.String())
					cur.Reset()
					done = true
				}
			case *protocol.Card:
				r.cards = append(r.cards, *p)
			case *protocol.ConfirmRequest:
				r.confirm = p
			case *protocol.Error:
				s.t.Fatalf("error %+v", p)
			}
		case <-deadline:
			s.t.Fatalf("no complete reply; so far %q", lines)
		}
	}
	r.text = strings.Join(lines, " ")
	return r
}

func (s *student) say(text string, wantConfirm bool) reply {
	s.t.Helper()
	if _, err := s.c.Talk(s.nuri, text); err != nil {
		s.t.Fatal(err)
	}
	r := s.collect(wantConfirm)
	s.t.Logf("%s\n    ← %s", text, r.text)
	return r
}

func (s *student) confirm(r reply) reply {
	s.t.Helper()
	if r.confirm == nil {
		s.t.Fatal("no confirmation card")
	}
	if err := s.c.Confirm(r.confirm.Nonce); err != nil {
		s.t.Fatal(err)
	}
	got := s.collect(false)
	s.t.Logf("confirms %s\n    ← %s", r.confirm.Action, got.text)
	return got
}

func has(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Fatalf("%q lacks %q", got, w)
		}
	}
}

// TestLibrarianKorean: "어린 왕자 예약해줘" reserves the book — not a
// restaurant — after the confirmation card; the reservation is listed and
// can be cancelled by talking.
func TestLibrarianKorean(t *testing.T) {
	url, clock := newServer(t)
	s := join(t, url, "학생")
	r := s.say("어린 왕자 예약해줘", true)
	if r.confirm.Action != "library_reserve" || !strings.Contains(r.confirm.Summary, "어린 왕자") {
		t.Fatalf("confirm %+v", r.confirm)
	}
	has(t, s.confirm(r).text, "‘어린 왕자’을(를) 예약했어요", "2026-12-10까지")
	clock.Advance(time.Minute)
	mine := s.say("내가 예약한 책 보여 줄래?", false)
	has(t, mine.text, "어린 왕자")
	if len(mine.cards) == 0 || len(mine.cards[0].Items) != 1 || mine.cards[0].Items[0].Title != "어린 왕자" {
		t.Fatalf("cards %+v", mine.cards)
	}
	// Searching, then picking from the card.
	found := s.say("칼 세이건 책 있나요?", false)
	has(t, found.text, "1) 코스모스 (칼 세이건)")
	r = s.say("1번 예약해 주세요", true)
	if r.confirm.Action != "library_reserve" || !strings.Contains(r.confirm.Summary, "코스모스") {
		t.Fatalf("confirm %+v", r.confirm)
	}
	has(t, s.confirm(r).text, "‘코스모스’을(를) 예약했어요")
	// Cancel one of the two: the card asks which.
	r = s.say("책 예약 취소하고 싶어", false)
	has(t, r.text, "어떤 예약을 취소할까요?", "1) 어린 왕자 · The Little Prince", "2) 코스모스 · Cosmos")
	r = s.say("2번", true)
	if r.confirm.Action != "library_cancel" || !strings.Contains(r.confirm.Summary, "코스모스") {
		t.Fatalf("confirm %+v", r.confirm)
	}
	has(t, s.confirm(r).text, "‘코스모스’ 예약을 취소했어요")
	has(t, s.say("예약 목록 알려줘", false).text, "어린 왕자 (2026-12-10까지)")
}

// TestLibrarianEnglish: the same skill in English, and a request it
// cannot serve is answered with what it can do, not forced into a tool.
func TestLibrarianEnglish(t *testing.T) {
	url, _ := newServer(t)
	s := join(t, url, "Alex")
	r := s.say("could you hold The Little Prince for me?", true)
	if r.confirm.Action != "library_reserve" || !strings.Contains(r.confirm.Summary, "The Little Prince") {
		t.Fatalf("confirm %+v", r.confirm)
	}
	has(t, s.confirm(r).text, "Reserved “The Little Prince”", "by 2026-12-10")
	has(t, s.say("do you have anything by Hermann Hesse?", false).text, "1) Demian (Hermann Hesse)")
	// Not a library request: it says what it can do.
	got := s.say("book me a table for four at an italian place tonight", false).text
	has(t, got, "look for books")
	if strings.Contains(got, "Reserved") {
		t.Fatalf("a restaurant request reserved a book: %q", got)
	}
	r = s.say("cancel my reservation", true)
	if r.confirm.Action != "library_cancel" {
		t.Fatalf("confirm %+v", r.confirm)
	}
	has(t, s.confirm(r).text, "Cancelled your reservation of “The Little Prince”")
	has(t, s.say("what have I reserved?", false).text, "You have no reservations.")
}

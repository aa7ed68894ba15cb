package server_test

import (
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/skilltest"
)

// A new user's trial of the campus (round 12), replayed over the
// WebSocket with the campus's fixed clock.

// pick clicks choice n of the avatar's latest card, as the browser does.
func pick(t *testing.T, b *bot, avatar uint32, n int, wantConfirm bool) reply {
	t.Helper()
	if _, err := b.TalkPick(avatar, n); err != nil {
		t.Fatal(err)
	}
	r := collect(t, b, wantConfirm)
	t.Logf("%s: [pick %d]\n  ← %s", b.cred.User.Name, n, r.text())
	return r
}

// TestTrial12PickKeepsTheLanguage: clicking row 1 of an English
// "Places with room" card sent "1번", and the hold, the confirmation and
// the booking card came back in Korean. A click is a pick now: the avatar
// hears it in the conversation's language, English all the way to the
// booked card; and a Korean conversation stays Korean.
func TestTrial12PickKeepsTheLanguage(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	en := newBot(t, ts, "Chris")
	en.join(t, "lobby")
	assistant := avatarIn(t, en, "assistant")
	r := talk(t, en, assistant, "can u find a table for 3 this saturday around 6:30pm in gangnam, italian pls", false)
	if len(r.cards) == 0 || len(r.cards[len(r.cards)-1].Items) == 0 {
		t.Fatalf("no places card: %+v", r)
	}
	place := r.cards[len(r.cards)-1].Items[0].Title
	r = pick(t, en, assistant, 1, true)
	if strings.ContainsFunc(r.text()+r.confirm.Summary+r.confirm.Button, isHangul) {
		t.Fatalf("a click in English answered in Korean: %q / %q %q", r.text(), r.confirm.Summary, r.confirm.Button)
	}
	has(t, r.confirm.Summary, place)
	done := confirm(t, en, r.confirm.Nonce)
	has(t, done.text(), place, "confirmed")
	for _, c := range done.cards {
		for _, it := range c.Items {
			if strings.ContainsFunc(it.Status, isHangul) {
				t.Fatalf("the booking card reads %q", it.Status)
			}
		}
	}

	ko := newBot(t, ts, "하은")
	ko.join(t, "lobby")
	assistant = avatarIn(t, ko, "assistant")
	r = talk(t, ko, assistant, "내일 저녁 7시에 강남에서 2명 이탈리안 예약해줘", false)
	if len(r.cards) == 0 {
		t.Fatalf("no places card: %+v", r)
	}
	r = pick(t, ko, assistant, 1, true)
	has(t, r.confirm.Summary, "예약을 확정합니다")
}

func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// TestTrial12ReloadRecapsTheConversation: a reload mid-quiz kept the
// student in the classroom but lost the chat log and the question card.
// The page's new connection gets, after joined, a recap of the
// conversation with the tutor: the lines said and the open quiz card —
// and a click on its choice is graded as an answer to that question.
func TestTrial12ReloadRecapsTheConversation(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	b := newBot(t, ts, "지우")
	b.join(t, "classroom")
	tutor := avatarIn(t, b, "tutor")
	r := talk(t, b, tutor, "한국어 기초 퀴즈 내줘", false)
	if len(r.cards) == 0 || r.cards[len(r.cards)-1].Kind != protocol.CardQuiz {
		t.Fatalf("no quiz card: %+v", r)
	}
	quiz := r.cards[len(r.cards)-1]
	b.Close() // the page reloads

	c, err := client.Dial(ctxT(t), ts.URL, b.cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	again := &bot{Conn: c, cred: b.cred}
	again.join(t, "classroom")
	var rc *protocol.Recap
	deadline := time.After(30 * time.Second)
	for rc == nil {
		select {
		case ev := <-again.Events():
			if p, ok := ev.Payload.(*protocol.Recap); ok {
				rc = p
			}
		case <-deadline:
			t.Fatal("no recap after the reload")
		}
	}
	if rc.Avatar != tutor || len(rc.Lines) < 2 || rc.Lines[0].From != "you" || rc.Lines[0].Text != "한국어 기초 퀴즈 내줘" {
		t.Fatalf("recap lines %+v", rc.Lines)
	}
	if !strings.Contains(rc.Lines[len(rc.Lines)-1].Text, quiz.Items[0].Title) && rc.Lines[len(rc.Lines)-1].From != "avatar" {
		t.Fatalf("the last line is not the tutor's question: %+v", rc.Lines)
	}
	if rc.Card == nil || rc.Card.Kind != protocol.CardQuiz || rc.Card.Title != quiz.Title || len(rc.Card.Items) != len(quiz.Items) || rc.Card.Items[0].Title != quiz.Items[0].Title {
		t.Fatalf("recap card %+v, want the quiz %+v", rc.Card, quiz)
	}
	// The card still answers its question.
	g := pick(t, again, tutor, 2, false)
	has(t, g.text(), "2/3")
}

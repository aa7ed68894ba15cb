package server_test

import (
	"strings"
	"testing"

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

package server_test

import (
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/skills/skilltest"
)

// TestExpiredConfirmation: as protocol/README.md §7 says, a confirmation
// lasts 5 minutes on the world's clock whatever it confirms (a hold lasts
// 10): after that a confirm runs nothing (the avatar answers it), the
// booking stays unconfirmed, and starting over books it.
func TestExpiredConfirmation(t *testing.T) {
	clock := skilltest.NewClock(skilltest.Start)
	ts := newAvatarServer(t, "", clock)
	b := newBot(t, ts, "민수")
	b.join(t, "lobby")
	jini := avatarIn(t, b, "assistant")
	talk(t, b, jini, "오늘 저녁 7시에 강남에서 4명 이탈리안 예약해줘", false)
	r := talk(t, b, jini, "1번", true)
	clock.Advance(6 * time.Minute)
	late := confirm(t, b, r.confirm.Nonce)
	if strings.Contains(late.text(), "확정됐어요") {
		t.Fatalf("an expired confirmation booked: %s", late.text())
	}
	has(t, late.text(), "만료")
	has(t, talk(t, b, jini, "내 예약 보여줘", false).text(), "온 트라토리아", "확정 전")
	talk(t, b, jini, "오늘 저녁 7시에 강남에서 4명 이탈리안 예약해줘", false)
	r2 := talk(t, b, jini, "1번", true)
	has(t, confirm(t, b, r2.confirm.Nonce).text(), "확정")
}

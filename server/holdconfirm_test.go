package server_test

import (
	"testing"
	"time"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/skilltest"
)

// TestExpiredConfirmation: as protocol/README.md §7 says, a confirmation
// lasts 5 minutes on the world's clock whatever it confirms (a hold lasts
// 10): after that the confirm is refused with unknown_confirmation and
// nothing is booked; starting over books it.
func TestExpiredConfirmation(t *testing.T) {
	clock := skilltest.NewClock(skilltest.Start)
	ts := newAvatarServer(t, "", clock)
	b := newBot(t, ts, "민수")
	b.join(t, "lobby")
	jini := avatarIn(t, b, "assistant")
	talk(t, b, jini, "오늘 저녁 7시에 강남에서 4명 이탈리안 예약해줘", false)
	r := talk(t, b, jini, "1번", true)
	clock.Advance(6 * time.Minute)
	if err := b.Confirm(r.confirm.Nonce); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, b, 10*time.Second, isError(protocol.CodeUnknownConfirmation))
	has(t, talk(t, b, jini, "내 예약 보여줘", false).text(), "온 트라토리아")
	talk(t, b, jini, "오늘 저녁 7시에 강남에서 4명 이탈리안 예약해줘", false)
	r2 := talk(t, b, jini, "1번", true)
	has(t, confirm(t, b, r2.confirm.Nonce).text(), "확정")
}

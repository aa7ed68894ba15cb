package embedded

import (
	"context"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/avatars"
	_ "github.com/madang-world/madang/skills/booking"
	_ "github.com/madang-world/madang/skills/scheduling"
)

// TestDatesInTheWorldsZone: "내일" is the day after Turn.Now in the world's
// time zone, whatever the process's: at 00:30 in Seoul (15:30 the day
// before in UTC, 10:30 in New York) tomorrow is the 8th.
func TestDatesInTheWorldsZone(t *testing.T) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	saved := time.Local
	time.Local = ny
	defer func() { time.Local = saved }()
	var jini *avatars.Avatar
	for _, a := range avatars.Campus() {
		if a.ID == "assistant" {
			jini = a
		}
	}
	for _, tc := range []struct{ text, date, time string }{
		{"내일 저녁 7시에 강남 이탈리안 2명 예약", "2026-12-08", "19:00"},
		{"tomorrow at 7pm, a table for 2 in Gangnam", "2026-12-08", "19:00"},
		{"오늘 저녁 8시 종로 한식 3명", "2026-12-07", "20:00"},
	} {
		st := &agents.State{Lang: agents.DetectLang(tc.text)}
		step, err := New().Next(context.Background(), &agents.Turn{Avatar: jini, User: agents.User{ID: "z"}, Now: time.Date(2026, 12, 7, 0, 30, 0, 0, seoul),
			State: st, Input: agents.Input{Kind: agents.InText, Text: tc.text}})
		if err != nil {
			t.Fatal(err)
		}
		if u := step.Understood; u == nil || u.Slots["date"] != tc.date || u.Slots["time"] != tc.time {
			t.Errorf("%q: understood %+v, want %s %s", tc.text, u, tc.date, tc.time)
		}
	}
}

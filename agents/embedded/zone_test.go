package embedded

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	_ "github.com/madang-world/madang/skills/booking"
	_ "github.com/madang-world/madang/skills/scheduling"
)

// TestDatesInTheWorldsZone: "내일" is the day after Turn.Now in the world's
// time zone, whatever the process's: at 00:30 in Seoul (15:30 the day
// before in UTC, 10:30 in New York) tomorrow is the 8th. The test runs
// itself again in a child process whose TZ is New York: assigning
// time.Local inside this process raced with every timer goroutine reading
// it (the race detector caught it under load).
func TestDatesInTheWorldsZone(t *testing.T) {
	if os.Getenv("MADANG_ZONE_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDatesInTheWorldsZone$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), "MADANG_ZONE_CHILD=1", "TZ=America/New_York")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("the child with TZ=America/New_York failed: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "local zone America/New_York") {
			t.Fatalf("the child did not run in New York's zone:\n%s", out)
		}
		return
	}
	t.Logf("local zone %s", time.Local)
	if time.Local.String() != "America/New_York" {
		t.Fatalf("process zone %s, want America/New_York (TZ)", time.Local)
	}
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	jini := campusAvatar(t, "assistant")
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

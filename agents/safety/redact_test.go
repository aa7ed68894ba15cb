package safety

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

func TestRedactLogs(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(RedactHandler(slog.NewTextHandler(&buf, nil))).With("user", "minsu@example.com")
	secrets := []string{"010-1234-5678", "01012345678", "+82 10 1234 5678", "02-345-6789", "4111 1111 1111 1111", "5500-0000-0000-0004",
		"900101-1234567", "9001011234567", "minsu@example.com", "jiyoung.lee+work@corp.co.kr"}
	log.Info("talk from 민수: 내 번호는 010-1234-5678이고 카드는 4111 1111 1111 1111이야",
		"text", "주민번호 900101-1234567, 메일 jiyoung.lee+work@corp.co.kr, 01012345678",
		"err", errors.New("card 5500-0000-0000-0004 declined for +82 10 1234 5678, 9001011234567, 02-345-6789"),
		slog.Group("g", "phone", "010-1234-5678"))
	out := buf.String()
	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Errorf("log line carries %q:\n%s", s, out)
		}
	}
	for _, mark := range []string{"민수", "[phone]", "[card]", "[rrn]", "[email]"} {
		if !strings.Contains(out, mark) {
			t.Errorf("log line lacks %q:\n%s", mark, out)
		}
	}
	// Ordinary numbers survive: dates, times, prices, IDs.
	buf.Reset()
	log.Info("booking b4f2 2026-12-08 19:00 party 4 total 82,800원 order o12345")
	if got := buf.String(); !strings.Contains(got, "2026-12-08 19:00 party 4 total 82,800원 order o12345") {
		t.Errorf("ordinary numbers were redacted: %s", got)
	}
}

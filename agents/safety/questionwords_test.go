package safety

import (
	"strings"
	"testing"
)

// TestQuestionWordsNameNoSubject: "why can't I divide by zero?", asked of
// the tutor, got the answer about gift vouchers — it shared "why" and
// "zero" ("zero balance") with it (found by the lead talking to the
// merged campus, v14). A question word is no subject: the guidance stays
// away, and a question about a voucher still gets it.
func TestQuestionWordsNameNoSubject(t *testing.T) {
	l := Trained()
	for _, s := range []string{"why can't you divide by zero?", "why can't I divide by zero"} {
		if v := l.Check(s); v.Refuse || strings.Contains(v.Help, "voucher") {
			t.Errorf("%q: refused %v, guidance %.80q — want neither", s, v.Refuse, v.Help)
		}
	}
	for _, s := range []string{"the mobile gift card I got says it was already redeemed, what can I do?", "기프티콘이 이미 사용됐다고 나와요 어떻게 해요?"} {
		if v := l.Check(s); !strings.Contains(v.Help, "voucher") && !strings.Contains(v.Help, "기프티콘") {
			t.Errorf("%q got %.80q, want the voucher answer", s, v.Help)
		}
	}
}

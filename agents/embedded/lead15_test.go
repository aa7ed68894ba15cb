package embedded_test

import (
	"strings"
	"testing"
)

// The lead's own use of the merged round 15: a polite invitation
// ("could you set up a 30 minute sync with Eunji on Friday at 10am") was
// titled "could you sync" — the invitation's title strip knew "can you"
// but not "could you", "would you" or "please" (the calendar event's did).
func TestLead15PoliteInviteTitle(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{"could you set up a 30 minute sync with Eunji on Friday at 10am", "“sync”"},
		{"would you please schedule a design review with Minsu on Friday at 3pm", "“design review”"},
	} {
		w := newWorld(t)
		w.say("e", "assistant", c.text)
		cf := w.out.lastConfirm("e")
		if cf.Action != "sched_invite" || !strings.Contains(cf.Summary, c.title) {
			t.Errorf("%q proposed %s %q, want the title %s", c.text, cf.Action, cf.Summary, c.title)
		}
	}
}

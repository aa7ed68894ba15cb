package embedded_test

import (
	"strings"
	"testing"
)

// Round 12's English understanding (und12b): renaming said in more ways
// (an arrow, "call … instead", the event by its place on the list shown),
// and the words of a pack's gazetteer said with a slip (one letter off,
// or written together).

// TestRenameSaidOtherwise: each way of renaming renames the event meant,
// to the title said, and the user reads that title in the answer.
func TestRenameSaidOtherwise(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		setup []string
		text  string
		title string
	}{
		{[]string{"add piano practice on saturday at 10am"}, "retitle piano practice -> recital prep", "recital prep"},
		{[]string{"add a run at 7am tomorrow"}, "ok call the 7am thing morning jog instead", "morning jog"},
		{[]string{"put team lunch on friday at 12:30"}, "pls change team lunch's title to farewell lunch", "farewell lunch"},
		{[]string{"add reading hour on thursday at 8pm", "show my calendar for thursday"}, "change the name of the first one to book club", "book club"},
	} {
		u := "r" + string(rune('a'+i))
		for _, s := range c.setup {
			w.say(u, "assistant", s)
		}
		got := w.say(u, "assistant", c.text)
		un := w.rec.lastUnderstood(u)
		if un.Intent != "sched_rename_event" || un.Slots["title"] != c.title || !strings.Contains(got, c.title) {
			t.Errorf("%q: understood %s %v, said %q; want it renamed to %q", c.text, un.Intent, un.Slots, got, c.title)
		}
	}
}

// TestGazetteerSlips: a cuisine or a category said one letter off or
// written together is still that cuisine or category; a short word one
// letter from another is not read as it.
func TestGazetteerSlips(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ avatar, text, slot, want string }{
		{"assistant", "any chineese places in gangnam tomorrow at 7 for 2?", "cuisine", "chinese"},
		{"assistant", "looking for dimsum in jongno tonight, 3 ppl", "cuisine", "chinese"},
		{"assistant", "a vegeterian place in itaewon for friday lunch, 2 people", "cuisine", "vegetarian"},
		{"assistant", "fresh food in gangnam tomorrow at 7 for 2", "cuisine", ""},
	} {
		w.say("g-"+c.text, c.avatar, c.text)
		u := w.rec.lastUnderstood("g-" + c.text)
		if u.Slots[c.slot] != c.want {
			t.Errorf("%q: understood %s %v, want %s=%q", c.text, u.Intent, u.Slots, c.slot, c.want)
		}
	}
}

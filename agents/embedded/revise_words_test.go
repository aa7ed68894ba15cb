package embedded_test

import "testing"

// A list found by words takes other words in a short correction — "그럼
// 키보드는?", "마우스 말고 키보드로", "what about tumblers?" search for
// those words alone (not the whole sentence, not "I didn't get that");
// a plain no ("아니에요 안 살래요") is not a search.
func TestListRevisedByWords(t *testing.T) {
	for i, c := range []struct{ first, then, query, shown string }{
		{"무선 마우스 보여줘", "그럼 키보드는?", "키보드", "키보드"},
		{"무선 마우스 보여줘", "아니 마우스 말고 키보드로", "키보드", "키보드"},
		{"show me backpacks", "what about tumblers?", "tumblers", "Tumbler"},
		{"show me backpacks", "how about notebooks instead", "notebooks", "Notebook"},
	} {
		w := newWorld(t)
		u := string(rune('a' + i))
		w.say(u, "shopper", c.first)
		must(t, w.say(u, "shopper", c.then), "1) ", c.shown)
		if got := w.rec.lastUnderstood(u); got.Intent != "shop_search" || got.Slots["query"] != c.query {
			t.Errorf("%q then %q: understood %+v, want shop_search with the query %q", c.first, c.then, got, c.query)
		}
	}
	w := newWorld(t)
	w.say("z", "shopper", "무선 마우스 보여줘")
	w.say("z", "shopper", "아니에요 안 살래요")
	if got := w.rec.lastUnderstood("z"); got.Intent == "shop_search" {
		t.Errorf("a plain no searched again: %+v", got)
	}
}

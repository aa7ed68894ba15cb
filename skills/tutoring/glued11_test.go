package tutoring

import "testing"

// TestGluedWhenAndMore: a new user's "광합성할때산소나와?" was "not in our
// lessons" while "광합성할 때 산소 나와?" was answered. A question typed
// without spaces after 때 ("when") is read as the spaced one; words that
// only begin with 때 (때문에) stay whole.
func TestGluedWhenAndMore(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ glued, spaced string }{
		{"광합성할때산소나와?", "광합성할 때 산소 나와?"},
		{"지진날때는건물밖으로나가요?", "지진 날 때는 건물 밖으로 나가요?"},
	} {
		want := lib.Ask(c.spaced, "", "ko")
		if !want.Covered {
			t.Fatalf("%q is not covered", c.spaced)
		}
		if got := lib.Ask(c.glued, "", "ko"); !got.Covered || got.Answer != want.Answer {
			t.Errorf("%q: covered %v %q, want %q", c.glued, got.Covered, got.Answer, want.Answer)
		}
	}
	if g := lib.index.unglue("때문에 궁금해요"); g != "때문에 궁금해요" {
		t.Errorf("때문에 split: %q", g)
	}
}

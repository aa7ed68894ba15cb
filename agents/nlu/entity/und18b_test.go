package entity

import "testing"

// TestUnd18bOrdinalOne: "the 3rd one" is a place in a list whatever comes
// before it ("details on the 3rd one?"); "on the 3rd" alone is still the
// 3rd of the month.
func TestUnd18bOrdinalOne(t *testing.T) {
	ref := seoulRef(t)
	for _, c := range []struct {
		text    string
		ordinal int
		date    bool
	}{
		{"details on the 3rd one?", 3, false},
		{"more info on the 2nd one", 2, false},
		{"can you tell me about the 1st one", 1, false},
		{"book it on the 3rd", 0, true},
		{"from the 2nd to the 5th", 0, true},
	} {
		ord, date := 0, false
		for _, e := range Parse(c.text, ref) {
			switch e.Kind {
			case KindOrdinal:
				ord = e.Ordinal
			case KindTime:
				date = true
			}
		}
		if ord != c.ordinal || date != c.date {
			t.Errorf("%q: ordinal %d date %v, want %d %v", c.text, ord, date, c.ordinal, c.date)
		}
	}
}

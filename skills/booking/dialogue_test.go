package booking

import (
	"encoding/json"
	"slices"
	"testing"
)

// TestPlaceNamesInDialogue: every place's Korean and English name is a word
// of the dialogue data's place_name gazetteer, so "노을 트라토리아 내일 7시
// 2명" searches for that restaurant by name. A place added to
// data/places.json without its names there fails here.
func TestPlaceNamesInDialogue(t *testing.T) {
	var data struct{ Restaurants, Lodgings []Place }
	if err := json.Unmarshal(placesJSON, &data); err != nil {
		t.Fatal(err)
	}
	var f struct {
		Gazetteers map[string][]struct {
			Value string   `json:"value"`
			Words []string `json:"words"`
		} `json:"gazetteers"`
	}
	if err := json.Unmarshal(dialogueJSON, &f); err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	for _, e := range f.Gazetteers["place_name"] {
		if !slices.Contains(e.Words, e.Value) {
			t.Errorf("place_name %q: its value is not one of its words", e.Value)
		}
		for _, w := range e.Words {
			words[w] = true
		}
	}
	for _, p := range append(data.Restaurants, data.Lodgings...) {
		for _, n := range []string{p.NameKo, p.NameEn} {
			if !words[n] {
				t.Errorf("%s: %q is not in the place_name gazetteer of dialogue.json", p.ID, n)
			}
		}
	}
}

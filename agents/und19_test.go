package agents

import "testing"

// TestPartyDietUnd19: a diet said of the whole party ("저희 다 비건이에요",
// "we're both vegetarian") or of the meal asked for ("채식 메뉴로 준비해
// 주세요") is the party's, for the booking said with it; a search that
// names a diet ("채식 식당 찾아줘", "vegan restaurants in seoul") and a
// meal of meat say none.
func TestPartyDietUnd19(t *testing.T) {
	for text, want := range map[string]string{
		"두 번째로요, 저희 다 비건이에요":              "vegan",
		"다들 채식이라 그렇게 부탁드려요":               "vegetarian",
		"1번이요, 우리 둘 다 채식해요":               "vegetarian",
		"거기로 할게요, 비건으로 먹을 거예요":            "vegan",
		"채식 메뉴로 준비해 주시면 좋겠어요":             "vegetarian",
		"option 1, all of us are vegan":   "vegan",
		"we're both vegetarian btw":       "vegetarian",
		"the last one, we don't eat meat": "vegetarian",
		"vegan menu for us please":        "vegan",
		"everyone in our group is vegan":  "vegan",
		"second one. we all eat vegan":    "vegan",
	} {
		fs := PartyFacts(text)
		if len(fs) != 1 || fs[0].Key != "diet" || fs[0].Value != want {
			t.Errorf("PartyFacts(%q) = %+v, want diet %s", text, fs, want)
		}
	}
	for _, text := range []string{"채식 식당 찾아줘", "비건 레스토랑 있어요?", "vegan restaurants in seoul", "a vegetarian place for 4 tomorrow", "고기 맛집 알려줘", "we're both hungry"} {
		if fs := PartyFacts(text); len(fs) != 0 {
			t.Errorf("PartyFacts(%q) = %+v, want none", text, fs)
		}
	}
}

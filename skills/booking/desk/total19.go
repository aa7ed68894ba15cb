package desk

import (
	"encoding/json"
	"fmt"
	"regexp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
)

// A new user's trial (trial19, j4): right after a hotel was booked, "how
// much will that cost in total?" got the help text, though the card had
// just said ₩387,000. With no list on screen, a question of the total is
// about the stay booked or held last: its total is said.
var totalAskRe = regexp.MustCompile(`(?i)\b(?:in\s+total|total|altogether|all\s+in|all\s+together|overall)\b|\bhow\s+much\b.*\b(?:that|it|this|the\s+(?:stay|hotel|room|booking))\b|총|전부|다\s*해서|합쳐서|모두\s*얼마|숙박비`)

func bookedTotal(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	held := t.State.Pending != nil // (the hold's card is open: the list above it is done with)
	if (len(t.State.Options) > 0 || t.Intent() != "") && !held || t.Ordinal() != 0 || !priceAskRe.MatchString(text) || !totalAskRe.MatchString(text) || bookVerbRe.MatchString(text) {
		return agents.Step{}, false
	}
	r := t.Call("booking_mine", map[string]any{})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	var bs []booking.BookingView
	if json.Unmarshal(r.Data, &bs) != nil {
		return agents.Step{}, false
	}
	pick := -1
	for i, b := range bs {
		if b.Status == "cancelled" || b.Total <= 0 {
			continue
		}
		if b.ID == t.Slot("@said_id") || b.ID == t.Slot("@shown_id") {
			pick = i
			break
		}
		if pick < 0 || b.Created.After(bs[pick].Created) {
			pick = i
		}
	}
	if pick < 0 {
		return agents.Step{}, false
	}
	b := bs[pick]
	t.Understood("booking_mine", 0.6, nil)
	total := words.Won(b.Total, t.Lang())
	return agents.Step{Say: t.Ko(fmt.Sprintf("%s(%s) 숙박은 모두 %s이에요(현장 결제).", b.PlaceLabel, b.WhenText, total),
		fmt.Sprintf("Your stay at %s (%s) is %s in total (paid at the property).", b.PlaceLabel, b.WhenText, total))}, true
}

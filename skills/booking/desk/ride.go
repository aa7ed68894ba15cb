package desk

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// rideRe asks for a way to get somewhere — a taxi, a train or bus ticket,
// a flight — which no tool books ("그리고 거기까지 가는 택시도 좀 불러줘"
// under a restaurant search held the restaurant "there": post15's
// out_of_scope).
var rideRe = regexp.MustCompile(`(?i)택시|기차표|ktx|srt|버스표|고속버스|비행기|항공권|렌터카|렌트카|대리\s*기사|\b(?:taxi|cab|uber|train|bus\s+ticket|flights?|plane\s+tickets?|rental\s+car|car\s+rental)\b`)

var (
	// rideAskRe asks for the ride to be got ("불러줘", "예약해줘", "get me
	// a cab"), not said in passing ("my flight lands at 10").
	rideAskRe = regexp.MustCompile(`(?i)불러|잡아|예약|끊어|구해|알아봐|\b(?:book|get|call|order|reserve|buy)\b`)
	// houseTimesRe asks about a stay's check-in or -out, which a flight's
	// arrival is said for.
	houseTimesRe = regexp.MustCompile(`(?i)체크\s*인|체크\s*아웃|입실|퇴실|도착|\bcheck[\s-]?(?:in|out)\b|\blands?\b|\barriv`)
)

// ride: a ride asked for is out of scope, said so with what the desk
// does; the task in progress is left as it is.
func ride(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if !strings.HasPrefix(intent, "booking_") && intent != embedded.Help {
		return agents.Step{}, false
	}
	return rideOut(t, p)
}

// rideEarly: a ride asked for while the desk's list or task is on screen
// ("그 리조트 가는 KTX도 예약해줘", "거기로 가는 택시도 잡아줘" under a list
// of places) is out of scope before the brain reads "그 리조트"/"거기로"
// as pointing at an option of the list (and asks which one, or searches
// again). Only with the desk's task or card on screen, as ride only for
// the desk's intents.
func rideEarly(t *embedded.Turn) (agents.Step, bool) {
	if !strings.HasPrefix(t.Intent(), "booking_") && !strings.HasPrefix(t.Remembered("card"), "booking_") {
		return agents.Step{}, false
	}
	return rideOut(t, 0.5)
}

// rideOut answers a text that asks for a ride (see rideRe, rideAskRe).
func rideOut(t *embedded.Turn, p float64) (agents.Step, bool) {
	text := t.Text()
	if !rideRe.MatchString(text) || !rideAskRe.MatchString(text) || houseTimesRe.MatchString(text) {
		return agents.Step{}, false
	}
	t.Understood(embedded.OutOfScope, max(p, 0.5), nil)
	return agents.Step{Say: t.Ko("택시나 기차, 비행기 같은 교통편은 예약해 드릴 수 없어요. 식당과 숙소 예약은 도와드릴게요.",
		"I can't book taxis, trains or flights. I can book restaurants and places to stay.")}, true
}

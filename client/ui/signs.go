package ui

import (
	"fmt"

	"github.com/madang-world/madang/protocol"
)

// zoneNames are the zones worth a sign, in Korean and English. Room files
// name zones with identifiers for the server ("desk-3", "front", "back"):
// those are not words for people, so zones not listed here get no sign and
// are shown only in the debug overlay (F3).
var zoneNames = map[string][2]string{
	"reception":    {"안내 데스크", "Reception"},
	"meeting-room": {"회의실", "Meeting room"},
	"cafe":         {"카페", "Café"},
	"checkout":     {"계산대", "Checkout"},
	"pickup":       {"픽업", "Pickup"},
	"electronics":  {"전자제품", "Electronics"},
	"fashion":      {"패션", "Fashion"},
	"food":         {"식품", "Food"},
}

// ZoneLabel is the sign of zone id in lang, or "" if it has none.
func ZoneLabel(id, lang string) string {
	n, ok := zoneNames[id]
	if !ok {
		return ""
	}
	return pick(lang, n[0], n[1])
}

// Sign is a label drawn on the map, in map pixels (the top-left of the
// text).
type Sign struct {
	Text string
	X, Y int
}

// ZoneSigns are the zone labels to draw on mp: the named zones' signs, or
// with debug every zone's identifier (what the server calls them). A sign
// hangs centred over its zone's top row, where the zone's avatar stands
// and a camera that follows the player shows it; at the zone's left edge,
// a phone's narrow view cut "Reception" to "eception". A sign wider than
// its zone starts at the zone's left.
func ZoneSigns(mp protocol.Map, lang string, debug bool, m Measure) []Sign {
	var out []Sign
	for _, z := range mp.Zones {
		text := ZoneLabel(z.Name, lang)
		if debug {
			text = z.Name
		}
		if text != "" {
			x := z.X*Tile + 3
			if m != nil {
				x = max(x, z.X*Tile+(z.W*Tile-m(text))/2)
			}
			out = append(out, Sign{Text: text, X: x, Y: z.Y*Tile + 1})
		}
	}
	return out
}

// StatusBar is the status bar's text: the connection and the room (and
// the zone you are in, if it has a sign) on the left, your name on the
// right. The debug overlay adds the zone's identifier and the frame rate.
func (a *App) StatusBar(fps float64) (left, right string) {
	m := a.M
	left = fmt.Sprintf("%s  ·  %s", m.StatusText(), m.RoomName())
	zone := ZoneLabel(m.Zone, m.Lang)
	if a.Debug {
		zone = m.Zone
	}
	if zone != "" {
		left += "  ·  " + zone
	}
	right = m.UserName
	if a.Debug {
		right = fmt.Sprintf("%s  %.0f FPS", m.UserName, fps)
	}
	return left, right
}

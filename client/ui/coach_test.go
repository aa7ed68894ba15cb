package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// TestCoachFirstVisit: a first visit shows three Korean cards (walking,
// clicking an avatar, a question to try in this room); 다음 goes through
// them, clicks on the card never walk, and closing it calls OnCoached
// once so the page can remember it.
func TestCoachFirstVisit(t *testing.T) {
	a, _, mir, now := talkApp(t, []protocol.Entity{{ID: 2, Kind: "player", Name: "민수", X: 4, Y: 6},
		{ID: 1, Kind: "avatar", Name: "하나 선생님", Role: "tutor", X: 10, Y: 6}})
	coached := 0
	a.OnCoached = func() { coached++ }
	a.StartCoach()
	want := []string{"방향키", "아바타를 누르세요", "광합성이 뭐예요?"}
	f := a.S.(*fakeSender)
	for i, w := range want {
		a.Frame(1280, 720, mir, now)
		st := a.State(now)
		if !strings.Contains(strings.ReplaceAll(st.Coach, "\n", " "), w) {
			t.Fatalf("card %d says %q, want %q in it", i+1, st.Coach, w)
		}
		box := a.Boxes[len(a.Boxes)-1]
		a.Click(box.X+Pad, box.Y+box.H/2, now) // on the text: nothing happens
		if len(f.calls) != 0 {
			t.Fatalf("a click on the coach sent %v", f.calls)
		}
		var next Button
		for _, b := range box.Buttons {
			if b.Action.Kind == "coach_next" {
				next = b
			}
		}
		if i == 2 && next.Label != "시작하기" {
			t.Errorf("last card's button %q", next.Label)
		}
		a.Click(next.X+2, next.Y+2, now)
	}
	a.Frame(1280, 720, mir, now)
	if a.Coaching() || a.State(now).Coach != "" || coached != 1 {
		t.Errorf("after the last card: coaching %v, coached %d", a.Coaching(), coached)
	}
	// Closing at once (닫기) also remembers it.
	a.StartCoach()
	a.Frame(390, 844, mir, now)
	for _, b := range a.Boxes[len(a.Boxes)-1].Buttons {
		if b.H < TapSize {
			t.Errorf("phone coach button %q is %d px high", b.Label, b.H)
		}
		if b.Action.Kind == "coach_close" {
			a.Click(b.X+2, b.Y+2, now)
		}
	}
	if a.Coaching() || coached != 2 {
		t.Errorf("닫기: coaching %v, coached %d", a.Coaching(), coached)
	}
	if s := CoachSteps("store", "ko"); !strings.Contains(s[2][1], "운동화") {
		t.Errorf("store example %q", s[2][1])
	}
}

// TestDoorSignsBelowTheStatusBar: the lobby's doors are in its top wall;
// their signs ("↑ 교실") go below the door, never under the status bar, in
// the UI's language.
func TestDoorSignsBelowTheStatusBar(t *testing.T) {
	rows := []string{"##########+#########", "#..................#", "#..................#", "#..................#", "####################"}
	mp := protocol.Map{W: 20, H: 5, Tiles: rows, Doors: []protocol.Door{{X: 10, Y: 0, To: "classroom", Name: "교실 Classroom"}}}
	for _, sz := range [][2]int{{1280, 720}, {390, 844}} {
		s := LayoutScreen(sz[0], sz[1])
		cam := Follow(10, 1, mp.W, mp.H, s.World)
		signs := LayoutDoorSigns(mp, cam, s, "ko", m6)
		if len(signs) != 1 || signs[0].Text != "↑ 교실" {
			t.Fatalf("%v: signs %+v", sz, signs)
		}
		if signs[0].Y < s.Status.Y+s.Status.H {
			t.Errorf("%v: sign %+v under the status bar %+v", sz, signs[0].Rect, s.Status)
		}
		_, dy := cam.ToScreen(10, 0, s.World)
		if signs[0].Y < int(dy) {
			t.Errorf("%v: sign at y=%d is above the door at %.0f", sz, signs[0].Y, dy)
		}
	}
	if got := DoorName("로비 Lobby", "en"); got != "Lobby" {
		t.Errorf("English door name %q", got)
	}
	// The app shows the signs and publishes them.
	m := NewModel("ko")
	a := NewApp(m, &fakeSender{}, m6)
	j := &protocol.Joined{Room: protocol.Room{ID: "lobby"}, You: 2, Map: mp, Entities: []protocol.Entity{{ID: 2, Kind: "player", Name: "민수", X: 3, Y: 2}}}
	m.Apply(ev(j), now0)
	a.Frame(1280, 720, client.NewMirrorFrom(j, now0), now0)
	if st := a.State(now0); len(st.DoorSigns) != 1 || st.DoorSigns[0].Text != "↑ 교실" {
		t.Errorf("state door signs %+v", st.DoorSigns)
	}
}

var now0 = time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)

// TestSignInLooks: the form offers the looks as swatches a finger can
// hit, on a phone too; clicking one chooses it, and a saved look is
// chosen again.
func TestSignInLooks(t *testing.T) {
	f := NewSignInForm("하은", "store", "ko")
	f.Looks = []string{"blue", "coral", "mint", "plum", "sun"}
	f.SetRooms([]protocol.Room{{ID: "lobby"}, {ID: "classroom"}, {ID: "store"}}, nil)
	for _, sz := range [][2]int{{1280, 720}, {390, 844}} {
		l := f.Layout(sz[0], sz[1], m6)
		if len(l.Looks) != 5 {
			t.Fatalf("%v: %d swatches", sz, len(l.Looks))
		}
		for i, r := range l.Looks {
			if r.W < TapSize || r.H < TapSize || r.X+r.W > l.Panel.X+l.Panel.W || (i > 0 && r.X < l.Looks[i-1].X+l.Looks[i-1].W) {
				t.Errorf("%v: swatch %d %+v (panel %+v)", sz, i, r, l.Panel)
			}
			for _, o := range append(l.Rooms, l.Name, l.Enter) {
				if overlaps(r, o) {
					t.Errorf("%v: swatch %+v overlaps %+v", sz, r, o)
				}
			}
		}
		if l.Enter.Y+l.Enter.H > l.Panel.Y+l.Panel.H {
			t.Errorf("%v: enter %+v outside the panel %+v", sz, l.Enter, l.Panel)
		}
		if f.Click(l.Looks[2].X+3, l.Looks[2].Y+3, l) != "look" || f.LookKey() != "mint" {
			t.Errorf("%v: clicking the third swatch chose %q", sz, f.LookKey())
		}
		f.Look = 0
	}
	f.ChooseLook("plum")
	if f.LookKey() != "plum" {
		t.Errorf("saved look: %q", f.LookKey())
	}
}

package game

// These tests draw real frames with Ebiten, so they need a display: `make
// test` runs them under xvfb-run (Mesa's llvmpipe does the GL). They use
// the pattern of docs/background.md §5: TestMain starts ebiten.RunGame and runs the tests
// inside its first Update, where drawing to an offscreen image and reading
// its pixels work.

import (
	"context"
	"flag"
	"fmt"
	"github.com/madang-world/madang/client/glyphs"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"image"
	"image/color"
	"image/png"
	"math"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/client/art"
	"github.com/madang-world/madang/client/session"
	"github.com/madang-world/madang/client/ui"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	_ "github.com/madang-world/madang/skills/standard"
)

var shots = flag.String("shots", "", "write screenshots of the three rooms into this directory (README images)")

type runner struct {
	m    *testing.M
	code int
	done bool
}

func (r *runner) Update() error {
	if !r.done {
		r.code = r.m.Run()
		r.done = true
	}
	return ebiten.Termination
}
func (r *runner) Draw(*ebiten.Image)         {}
func (r *runner) Layout(w, h int) (int, int) { return w, h }

func TestMain(m *testing.M) {
	r := &runner{m: m}
	ebiten.SetWindowSize(320, 240)
	ebiten.SetRunnableOnUnfocused(true)
	if err := ebiten.RunGame(r); err != nil && err != ebiten.Termination {
		fmt.Fprintln(os.Stderr, "RunGame:", err)
		os.Exit(2)
	}
	os.Exit(r.code)
}

// world is a real Madang server (campus rooms, the three avatars).
func world(t testing.TB) string {
	srv, err := server.New(&server.Options{DataDir: t.TempDir(), Avatars: avatars.Campus()})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		hs.Close()
	})
	return hs.URL
}

// pump runs the game's Update until cond holds.
func pump(t testing.TB, g *Game, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			st := g.App().State(time.Now())
			t.Fatalf("timed out waiting for %s; state: status=%s room=%s ents=%d lines=%q", what, st.Status, st.Room, len(st.Entities), st.Lines)
		}
		if err := g.Update(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	g.Update()
}

func render(g *Game, w, h int) *image.RGBA {
	g.Layout(w, h)
	g.Update()
	img := ebiten.NewImage(w, h)
	defer img.Deallocate()
	g.Draw(img)
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	img.ReadPixels(out.Pix)
	return out
}

func near(c color.RGBA, want color.RGBA) bool {
	d := func(a, b uint8) int {
		if a > b {
			return int(a - b)
		}
		return int(b - a)
	}
	return d(c.R, want.R) < 6 && d(c.G, want.G) < 6 && d(c.B, want.B) < 6
}

// countColor counts pixels of colour want inside r.
func countColor(img *image.RGBA, r image.Rectangle, want color.RGBA) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if near(img.RGBAAt(x, y), want) {
				n++
			}
		}
	}
	return n
}

func savePNG(t testing.TB, img image.Image, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func hasLine(g *Game, kind, sub string) bool {
	for _, l := range g.model.Lines {
		if (kind == "" || l.Kind == kind) && strings.Contains(l.Text, sub) {
			return true
		}
	}
	return false
}

// TestRenderClassroom renders a frame of the real classroom with the tutor
// avatar, another player and a Korean chat line, and checks the pixels:
// floor and walls where the map says, the player and the tutor in their
// colours at their screen positions, and the Korean line drawn glyph for
// glyph in the chat panel.
func TestRenderClassroom(t *testing.T) {
	url := world(t)
	g := New(Config{Server: url, Name: "민수", Room: "classroom", AutoJoin: true})
	defer g.Close()
	g.Layout(960, 600)
	pump(t, g, "the classroom", func() bool { return g.model.Room.ID == "classroom" && len(g.App().Ents) >= 2 })

	// Another user says something in Korean.
	cred, err := client.SignIn(context.Background(), url, "지연")
	if err != nil {
		t.Fatal(err)
	}
	peer, err := client.Dial(context.Background(), url, cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	if _, err := peer.Join(context.Background(), "classroom"); err != nil {
		t.Fatal(err)
	}
	const line = "안녕하세요, 반가워요!"
	if _, err := peer.Chat(context.Background(), line, protocol.ScopeRoom); err != nil {
		t.Fatal(err)
	}
	pump(t, g, "the chat line and the peer", func() bool { return hasLine(g, ui.LineRoom, line) && len(g.App().Ents) >= 3 })
	time.Sleep(100 * time.Millisecond) // let interpolation settle
	img := render(g, 960, 600)
	if *shots != "" {
		savePNG(t, img, filepath.Join(*shots, "classroom.png"))
	}
	a := g.App()

	// The map: a wall tile and a floor tile where the map says.
	// The classroom is 32 tiles wide and the view 30: the camera stops at
	// the map's edge, so the right wall (x=31) shows its left half.
	// Each tile is drawn from the tileset (client/art): the screen shows
	// the art's pixel where the map says.
	mp := a.Map
	artAt := func(tx, ty, dx, dy int) color.RGBA {
		below := byte(0)
		if ty+1 < len(mp.Tiles) {
			below = mp.Tiles[ty+1][tx]
		}
		return art.Tile(mp.Tiles[ty][tx], below, tx, ty).RGBAAt(ui.Tile/2+dx, ui.Tile/2+dy)
	}
	for _, tc := range []struct {
		what         string
		tx, ty       int
		dx, dy       int
		want, wantAt color.RGBA
	}{
		{"wall", 31, 10, -10, 0, art.WallTop, color.RGBA{}},
		{"desk", 4, 7, 0, 0, art.Desk, color.RGBA{}},
		{"shelf", 1, 18, 0, 0, color.RGBA{}, color.RGBA{}},
		{"floor", 8, 10, 0, 0, color.RGBA{}, color.RGBA{}},
		{"chair", 4, 8, 0, 0, color.RGBA{}, color.RGBA{}},
	} {
		p := tilePixel(a, tc.tx, tc.ty)
		got, want := img.RGBAAt(p.X+tc.dx, p.Y+tc.dy), artAt(tc.tx, tc.ty, tc.dx, tc.dy)
		if !near(got, want) || (tc.want.A != 0 && !near(got, tc.want)) {
			t.Errorf("%s tile (%d,%d) at %v is %v, the tileset has %v", tc.what, tc.tx, tc.ty, p, got, want)
		}
	}
	// Entities: you in your colour, the tutor in the tutor's.
	var sawTutor, sawYou bool
	for _, e := range a.Ents {
		box := image.Rect(int(e.SX)-8, int(e.SY)-8, int(e.SX)+8, int(e.SY)+8)
		switch {
		case e.You:
			sawYou = true
			if n := countColor(img, box, art.LookFor(e.Look, e.Name).Shirt); n < 60 {
				t.Errorf("you (%s) at %.0f,%.0f: %d pixels of your colour", e.Name, e.SX, e.SY, n)
			}
		case e.Role == "tutor":
			sawTutor = true
			if n := countColor(img, box, RoleColor["tutor"]); n < 60 {
				t.Errorf("tutor at %.0f,%.0f: %d pixels of the tutor colour", e.SX, e.SY, n)
			}
		}
	}
	if !sawYou || !sawTutor {
		t.Fatalf("entities on screen: %+v", a.Ents)
	}
	// Walking animates: while you walk your character steps, and once you
	// stand still it stands.
	var me ui.EntityView
	for _, e := range a.Ents {
		if e.You {
			me = e
		}
	}
	tx, ty := int(me.X)+3, int(me.Y)
	if !ui.Walkable(a.Map, tx, ty) {
		tx = int(me.X) - 3
	}
	sx, sy := a.Cam.ToScreen(float64(tx), float64(ty), a.Screen.World)
	a.Click(int(sx), int(sy), time.Now())
	moving := func() bool {
		for _, e := range g.App().Ents {
			if e.You {
				return e.Moving
			}
		}
		return false
	}
	pump(t, g, "stepping", moving)
	pump(t, g, "standing at the tile clicked", func() bool {
		for _, e := range g.App().Ents {
			if e.You {
				return !e.Moving && e.X == float64(tx) && e.Y == float64(ty)
			}
		}
		return false
	})
	// The Korean chat line: the panel row holding it must carry exactly the
	// pixels that line's glyphs make when drawn alone.
	rows, _ := ui.ChatRows(g.model.Lines, a.Screen.Chat, Measure, "ko", 0)
	var row *ui.Row
	for i := range rows {
		if strings.Contains(rows[i].Text, line) {
			row = &rows[i]
		}
	}
	if row == nil {
		t.Fatalf("chat rows %+v lack %q", rows, line)
	}
	want := textPixels(row.Text)
	rr := image.Rect(row.X, row.Y, row.X+Measure(row.Text), row.Y+ui.LineH)
	got := countLit(img, rr)
	if got < want*9/10 || got > want*11/10 || want < 100 {
		t.Errorf("chat row %q: %d lit pixels on screen, %d when drawn alone", row.Text, got, want)
	}
	// A dropped connection shows in the status bar (amber dot, words) and
	// comes back by itself with the same entity.
	you := g.model.You
	g.Session().Drop()
	pump(t, g, "reconnecting", func() bool { return g.model.Status.State == session.Reconnecting })
	img = render(g, 960, 600)
	dot := a.Screen.Status
	if c := img.RGBAAt(dot.X+12, dot.Y+dot.H/2); !near(c, warnColor) {
		t.Errorf("status dot while reconnecting is %v, want %v", c, warnColor)
	}
	if !strings.Contains(g.model.StatusText(), "다시 연결하는 중") {
		t.Errorf("status text %q", g.model.StatusText())
	}
	pump(t, g, "back online", func() bool {
		return g.model.Status.State == session.Online && hasLine(g, ui.LineSystem, "다시 연결됐어요")
	})
	if !g.model.Status.Resumed || g.model.You != you {
		t.Errorf("after reconnecting: resumed=%v you=%d (was %d)", g.model.Status.Resumed, g.model.You, you)
	}
	img = render(g, 960, 600)
	if c := img.RGBAAt(dot.X+12, dot.Y+dot.H/2); !near(c, okColor) {
		t.Errorf("status dot online is %v, want %v", c, okColor)
	}

	// Hangul really is drawn with Hangul glyphs (wide, 12 px): the line's
	// width is what the bitmap font says.
	if w := Measure("안녕하세요"); w != 60 {
		t.Errorf("안녕하세요 measures %d px, want 60 (5 wide glyphs)", w)
	}
}

func tilePixel(a *ui.App, tx, ty int) image.Point {
	x, y := a.Cam.ToScreen(float64(tx), float64(ty), a.Screen.World)
	return image.Pt(int(x), int(y))
}

// textPixels counts the lit pixels of s drawn alone in white on black.
func textPixels(s string) int {
	w := Measure(s) + 4
	img := ebiten.NewImage(w, ui.LineH+4)
	defer img.Deallocate()
	img.Fill(color.Black)
	drawText(img, s, 0, 0, color.White)
	out := image.NewRGBA(image.Rect(0, 0, w, ui.LineH+4))
	img.ReadPixels(out.Pix)
	return countLit(out, out.Bounds())
}

// countLit counts bright pixels (text on the dark panel).
func countLit(img *image.RGBA, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if int(c.R)+int(c.G)+int(c.B) > 3*150 {
				n++
			}
		}
	}
	return n
}

// TestScreenshots takes the README's pictures from the real client:
// `make screenshots` (or go test ./client/game -run TestScreenshots -shots
// docs/img under xvfb-run). Without -shots there is nothing to take.
func TestScreenshots(t *testing.T) {
	if *shots == "" {
		t.Skip("run with -shots DIR")
	}
	url := world(t)
	scenes := []struct {
		file, room, role, say, pick string
		done                        func(g *Game) bool
	}{
		{"classroom.png", "classroom", "tutor", "광합성이 뭐예요?", "", func(g *Game) bool { return hasLine(g, ui.LineSpeech, "광합성은") }},
		{"store.png", "store", "shopper", "10만원 이하 무선 이어폰 추천해줘", "", func(g *Game) bool { return len(g.model.Cards) > 0 }},
		{"office.png", "lobby", "assistant", "내일 저녁 7시에 강남에서 4명 이탈리안 예약해줘", "1번", func(g *Game) bool { return g.model.Pending(time.Now()) != nil }},
	}
	for i, sc := range scenes {
		g := New(Config{Server: url, Name: []string{"민수", "지연", "서준"}[i], Room: sc.room, AutoJoin: true})
		g.Layout(1100, 700)
		var av ui.EntityView
		pump(t, g, sc.role, func() bool {
			for _, e := range g.App().Ents {
				if e.Role == sc.role {
					av = e
					return true
				}
			}
			return false
		})
		g.App().Click(int(av.SX), int(av.SY), time.Now())
		pump(t, g, "walking up", func() bool {
			for _, e := range g.App().Ents {
				if e.You {
					return math.Hypot(e.X-av.X, e.Y-av.Y) < 2.5 && e.X == math.Round(e.X) && e.Y == math.Round(e.Y)
				}
			}
			return false
		})
		g.App().Submit(sc.say, time.Now())
		if sc.pick != "" {
			pump(t, g, "a card", func() bool { return len(g.model.Cards) > 0 })
			g.App().Submit(sc.pick, time.Now())
		}
		pump(t, g, "the answer", func() bool { return sc.done(g) })
		time.Sleep(200 * time.Millisecond)
		savePNG(t, render(g, 1100, 700), filepath.Join(*shots, sc.file))
		g.Close()
	}
	// The sign-in form with a look chosen.
	g := New(Config{Server: url, Name: "하은", Room: "store"})
	defer g.Close()
	g.field.SetTextAndSelection("하은", len("하은"), len("하은"))
	pump(t, g, "the room list", func() bool { r, _ := g.form.Rooms(); return len(r) > 0 })
	g.form.Look = 1
	savePNG(t, render(g, 1100, 700), filepath.Join(*shots, "signin.png"))
}

// TestTextMatchesTheFont: drawText puts down exactly the glyphs' pixels
// (client/glyphs drawn by golang.org/x/image/font as the reference), and
// Measure is the sum of their advances.
func TestTextMatchesTheFont(t *testing.T) {
	const s = "안녕하세요, Madang! 28,400원 ₩ ✓ 『가』"
	w := Measure(s)
	img := ebiten.NewImage(w+8, ui.LineH+8)
	defer img.Deallocate()
	img.Fill(color.Black)
	drawText(img, s, 4, 2, color.White)
	got := image.NewRGBA(image.Rect(0, 0, w+8, ui.LineH+8))
	img.ReadPixels(got.Pix)

	want := image.NewAlpha(got.Bounds())
	d := font.Drawer{Dst: want, Src: image.White, Face: glyphs.Face, Dot: fixed.P(4, 2+2+12)}
	d.DrawString(s)
	if adv := d.MeasureString(s).Round(); adv != w {
		t.Errorf("Measure %d, the font's advance %d", w, adv)
	}
	bad := 0
	for y := 0; y < got.Bounds().Dy(); y++ {
		for x := 0; x < got.Bounds().Dx(); x++ {
			on := got.RGBAAt(x, y).R > 127
			if on != (want.AlphaAt(x, y).A > 127) {
				bad++
			}
		}
	}
	if bad > 0 || textPixels(s) < 200 {
		t.Errorf("%d pixels differ from the font's rendering (%d lit)", bad, textPixels(s))
	}
}

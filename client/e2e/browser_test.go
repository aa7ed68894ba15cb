package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"math"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/client/ui"
	"github.com/madang-world/madang/server"
	_ "github.com/madang-world/madang/skills/standard"
)

// web is the browser client built once for the whole test binary: every
// test and the benchmark serve the same files, which no test writes to.
// Linking the 12 MB wasm and gzipping it took 10-17 s under -race, once
// per test before (about 40 s of make test). TestMain removes the dir.
var web struct {
	once sync.Once
	dir  string
	log  string // the sizes, logged by every test that uses it
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if web.dir != "" {
		os.RemoveAll(web.dir)
	}
	os.Exit(code)
}

// buildWeb builds the browser client the way `make web` does (once per
// test binary, see web) and returns the directory to serve.
func buildWeb(t testing.TB) string {
	t.Helper()
	web.once.Do(func() { web.dir, web.log, web.err = buildWebDir() })
	if web.err != nil {
		t.Fatal(web.err)
	}
	t.Log(web.log)
	return web.dir
}

func buildWebDir() (dir, log string, err error) {
	dir, err = os.MkdirTemp("", "madang-e2e-web-")
	if err != nil {
		return "", "", err
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		return dir, "", err
	}
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(gobin, "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, "madang.wasm"), "./examples/client")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		return dir, "", fmt.Errorf("building the wasm client: %v\n%s", err, out)
	}
	// The precompressed twin the server sends to gzip-accepting browsers.
	raw, err := os.ReadFile(filepath.Join(dir, "madang.wasm"))
	if err != nil {
		return dir, "", err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return dir, "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "madang.wasm.gz"), gz.Bytes(), 0o644); err != nil {
		return dir, "", err
	}
	log = fmt.Sprintf("madang.wasm: %.1f MB raw, %.2f MB gzipped", float64(len(raw))/1e6, float64(gz.Len())/1e6)
	for _, f := range [][2]string{
		{filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"), "wasm_exec.js"},
		{filepath.Join(root, "examples", "client", "web", "index.html"), "index.html"},
		{filepath.Join(root, "examples", "client", "web", "main.js"), "main.js"},
	} {
		b, err := os.ReadFile(f[0])
		if err != nil {
			return dir, "", err
		}
		if err := os.WriteFile(filepath.Join(dir, f[1]), b, 0o644); err != nil {
			return dir, "", err
		}
	}
	return dir, log, nil
}

func chromium(t testing.TB) string {
	for _, p := range []string{os.Getenv("MADANG_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: run `make deps` (installs Debian's chromium) or set MADANG_CHROMIUM")
	return ""
}

type browser struct {
	t     testing.TB
	ctx   context.Context
	close func() // ends the browser (newBrowser); safe to call twice

	logMu   sync.Mutex
	console []string // the page's console, shown when a wait fails

	shots string // a viewport name: enterWorld saves the guide as coach-<shots>.png
}

func (b *browser) consoleText() string {
	b.logMu.Lock()
	defer b.logMu.Unlock()
	c := b.console
	if len(c) > 40 {
		c = c[len(c)-40:]
	}
	return strings.Join(c, "\n")
}

func (b *browser) state() ui.State {
	b.t.Helper()
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[string]("JSON.stringify(window.madangState || null)"))
	if err != nil {
		b.t.Fatalf("reading madangState: %v", err)
	}
	var st ui.State
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		b.t.Fatalf("madangState is not a ui.State: %v\n%s", err, raw)
	}
	return st
}

// wait polls the client's state until cond holds; on timeout it fails
// with the state it last saw (and the page's load error, if any).
func (b *browser) wait(what string, timeout time.Duration, cond func(ui.State) bool) ui.State {
	b.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		st := b.state()
		if cond(st) {
			return st
		}
		if le, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string]("String(window.loadError || '')")); le != "" {
			b.t.Fatalf("waiting for %s: the page failed: %s\nconsole:\n%s", what, le, b.consoleText())
		}
		if time.Now().After(deadline) {
			js, _ := json.MarshalIndent(st, "", " ")
			b.t.Fatalf("timed out after %v waiting for %s; state:\n%s\nconsole:\n%s", timeout, what, js, b.consoleText())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// within reports whether cond holds within timeout (no failure if not).
func (b *browser) within(timeout time.Duration, cond func(ui.State) bool) bool {
	b.t.Helper()
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if cond(b.state()) {
			return true
		}
	}
	return false
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		le, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string]("String(window.loadError || '')"))
		b.t.Fatalf("%v (page error: %q)\nconsole:\n%s", err, le, b.consoleText())
	}
}

// click presses and releases the left button the way a hand does, with
// frames in between: a press and release inside one frame would never be
// seen as pressed by a game loop that samples input once per frame.
func (b *browser) click(x, y float64) {
	b.do(chromedp.MouseEvent(chromedp.MouseMoved, x, y))
	b.do(chromedp.MouseEvent(chromedp.MousePressed, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
	time.Sleep(80 * time.Millisecond)
	b.do(chromedp.MouseEvent(chromedp.MouseReleased, x, y, chromedp.ButtonLeft, chromedp.ClickCount(1)))
}

func (b *browser) clickButton(st ui.State, kind, text string) {
	b.t.Helper()
	for _, btn := range st.Buttons {
		if btn.Kind == kind && (text == "" || btn.Text == text) {
			b.click(float64(btn.X+btn.W/2), float64(btn.Y+btn.H/2))
			return
		}
	}
	b.t.Fatalf("no %s button %q on screen: %+v", kind, text, st.Buttons)
}

// focusField clicks a text field until the browser's text area behind it
// has the keyboard. Ebiten moves focus to its hidden text area on the first
// mouse-up after the field asked for input, so a click shorter than the
// frames it takes the game to see the press needs a second one — as it would
// for a user on a slow machine.
func (b *browser) focusField(kind string) {
	b.t.Helper()
	for try := 0; try < 10; try++ {
		b.clickButton(b.state(), kind, "")
		deadline := time.Now().Add(time.Second)
		for time.Now().Before(deadline) {
			ok, _ := chromedp.Run(b.ctx, chromedp.Evaluate[bool]("document.activeElement && document.activeElement.id === 'ebitengine-textinput'"))
			if ok {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	b.t.Fatalf("the %s field never got the keyboard", kind)
}

// compose types Korean the way an IME does: each syllable goes through its
// composition states (ㅁ → 미 → 민) and is then committed.
//
// Before each step it lets the game tick: Ebiten takes the text area's input
// only from a session that the game's Update starts (exp/textinput's Start)
// after the area got the focus, after each committed text and after a form
// moves to its next field. Text arriving before that tick is dropped, never
// sent to the game — a person's next key comes much later than a frame, but
// the test's comes within milliseconds.
func (b *browser) compose(steps ...string) {
	for _, s := range steps {
		b.ticks(2)
		var act chromedp.Action[chromedp.Void]
		if commit, ok := strings.CutPrefix(s, "="); ok {
			act = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
				_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: commit})
				return err
			})
		} else {
			n := int64(len([]rune(s)))
			act = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
				_, err := cdp.Call(ctx, t, input.ImeSetComposition, input.ImeSetCompositionParams{Text: s, SelectionStart: n, SelectionEnd: n})
				return err
			})
		}
		b.do(act)
	}
	b.ticks(1) // the last step reaches the game
}

// ticks waits until n more frames were drawn, each after the game's Update.
func (b *browser) ticks(n int) {
	b.t.Helper()
	f0 := b.state().Frames
	b.wait(fmt.Sprintf("%d more frames", n), 10*time.Second, func(s ui.State) bool { return s.Frames >= f0+n })
}

func (b *browser) enter() { b.do(chromedp.KeyEvent("\r")) }

// clickAvatar clicks on an avatar where it is drawn now. Avatars wander,
// so it re-reads the position and tries again if the click missed.
func (b *browser) clickAvatar(id uint32) {
	b.t.Helper()
	for try := 0; try < 8; try++ {
		st := b.state()
		e, ok := entity(st, func(e ui.StateEntity) bool { return e.ID == id })
		if !ok {
			time.Sleep(200 * time.Millisecond)
			continue
		}
		b.click(e.SX, e.SY)
		deadline := time.Now().Add(time.Second)
		for time.Now().Before(deadline) {
			if b.state().Target == id {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	b.t.Fatalf("clicking avatar %d never selected it; state: %+v", id, b.state())
}

// walkWithKeys presses arrow keys, like a user, until the player stands on
// tile (x, y) or has arrived in room.
func (b *browser) walkWithKeys(x, y int, room string) {
	b.t.Helper()
	for try := 0; try < 400; try++ {
		st := b.state()
		if st.Room == room {
			return
		}
		if st.X != math.Round(st.X) || st.Y != math.Round(st.Y) {
			time.Sleep(50 * time.Millisecond) // between tiles: decide when it stops
			continue
		}
		dx, dy := float64(x)-st.X, float64(y)-st.Y
		key := kb.ArrowDown
		switch {
		case dx > 0: // line up with the door first: doors sit in walls
			key = kb.ArrowRight
		case dx < 0:
			key = kb.ArrowLeft
		case dy < 0:
			key = kb.ArrowUp
		}
		b.do(chromedp.KeyEvent(key))
		time.Sleep(100 * time.Millisecond)
	}
	b.t.Fatalf("walking with the arrow keys never reached (%d,%d); state: %+v", x, y, b.state())
}

func entity(st ui.State, pred func(ui.StateEntity) bool) (ui.StateEntity, bool) {
	for _, e := range st.Entities {
		if pred(e) {
			return e, true
		}
	}
	return ui.StateEntity{}, false
}

func hasLine(st ui.State, prefix, sub string) bool {
	for _, l := range st.Lines {
		if strings.HasPrefix(l, prefix) && strings.Contains(l, sub) {
			return true
		}
	}
	return false
}

// TestBrowser is the whole user journey in a real browser: load the page
// from a real server, sign in with a Korean name typed through IME
// composition, walk to the tutor, ask a question in Korean and watch the
// streamed answer arrive, go through the door to the lobby, ask the
// assistant for a restaurant booking, pick an option on its card, and
// complete the confirmation card. A screenshot of the canvas is saved and
// must not be blank.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm client and starts Chromium")
	}
	exe := chromium(t)
	web := buildWeb(t)
	srv, err := server.New(&server.Options{DataDir: t.TempDir(), WebDir: web, Avatars: avatars.Campus()})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		hs.Close()
	}()

	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1100, 700),
		chromedp.UserDataDir(t.TempDir()),
	)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first Do starts the browser and must not carry a timeout (docs/background.md §5).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()
	b := &browser{t: t, ctx: ctx}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			b.logMu.Lock()
			b.console = append(b.console, fmt.Sprint(m))
			b.logMu.Unlock()
		}
	}()

	start := time.Now()
	b.do(chromedp.EmulateViewport(1100, 700), chromedp.Navigate(hs.URL+"/?room=classroom"))
	b.wait("the first frame", 60*time.Second, func(s ui.State) bool { return s.Frames >= 1 })
	t.Logf("navigation → first rendered frame: %v", time.Since(start).Round(time.Millisecond))
	st := b.wait("the sign-in form", 60*time.Second, func(s ui.State) bool { return s.Status == "signin" && s.Frames >= 3 })

	// Sign in as 민수, typed with an IME.
	b.focusField("name")
	b.compose("ㅁ", "미", "민")
	b.wait("the IME composition shown in the field", 5*time.Second, func(s ui.State) bool { return s.Input == "민" })
	b.compose("=민", "ㅅ", "수", "=수")
	b.wait("the committed name", 5*time.Second, func(s ui.State) bool { return s.Input == "민수" })
	b.enter()
	st = b.wait("the classroom", 20*time.Second, func(s ui.State) bool { return s.Room == "classroom" && len(s.Entities) >= 2 })
	t.Logf("first frame of the room at %.0f ms after the program started", st.FirstMs)
	// A first visit is greeted by the guide, which sits over the middle of
	// the room: a person closes it before clicking what is under it.
	st = b.wait("the first-visit guide", 10*time.Second, func(s ui.State) bool { return s.Coach != "" })
	b.clickButton(st, "coach_close", "")
	st = b.wait("the guide closed", 10*time.Second, func(s ui.State) bool { return s.Coach == "" })

	// Walk to the tutor by clicking on her.
	tutor, ok := entity(st, func(e ui.StateEntity) bool { return e.Role == "tutor" })
	if !ok {
		t.Fatalf("no tutor in %+v", st.Entities)
	}
	b.clickAvatar(tutor.ID)
	// The client walks to the tile next to where the tutor stood when she
	// was clicked, and she wanders on meanwhile (up to 3 tiles from home),
	// so "arrived" means: next to a place she was seen at during the walk.
	// A user whose walk ends off clicks again, and so does the test (at
	// most twice, and says so).
	seen := [][2]float64{{tutor.X, tutor.Y}}
	nextToTutor := func(s ui.State) bool {
		if tu, ok := entity(s, func(e ui.StateEntity) bool { return e.ID == tutor.ID }); ok {
			seen = append(seen, [2]float64{tu.X, tu.Y})
		}
		if s.Target != tutor.ID {
			return false
		}
		for _, p := range seen {
			if math.Hypot(s.X-p[0], s.Y-p[1]) <= math.Sqrt2+0.01 {
				return true
			}
		}
		return false
	}
	for try := 1; try <= 2 && !b.within(10*time.Second, nextToTutor); try++ {
		t.Logf("the player did not walk up to the tutor within 10 s; clicking her again (%d)", try)
		seen = seen[:0]
		if tu, ok := entity(b.state(), func(e ui.StateEntity) bool { return e.ID == tutor.ID }); ok {
			seen = append(seen, [2]float64{tu.X, tu.Y})
		}
		b.clickAvatar(tutor.ID)
	}
	st = b.wait("walking up to the tutor", 20*time.Second, nextToTutor)

	// Ask a question in Korean.
	b.focusField("input")
	b.compose("과", "광", "=광", "=합성이 뭐예요?")
	b.wait("the question in the field", 5*time.Second, func(s ui.State) bool { return s.Input == "광합성이 뭐예요?" })
	b.enter()
	sawStreaming := false
	st = b.wait("the tutor's answer", 30*time.Second, func(s ui.State) bool {
		for _, bu := range s.Bubbles {
			if bu.ID == tutor.ID && bu.Streaming {
				sawStreaming = true
			}
		}
		return hasLine(s, "speech|", "엽록체") || hasLine(s, "speech|", "광합성")
	})
	if !hasLine(st, "you|민수|", "광합성이 뭐예요?") {
		t.Errorf("the question is not in the chat panel: %q", st.Lines)
	}
	t.Logf("answer (streaming seen mid-way: %v): %q", sawStreaming, st.Lines[len(st.Lines)-1])

	// Through the door to the lobby.
	if len(st.Doors) == 0 {
		t.Fatal("no door on screen")
	}
	// Click the floor two tiles in front of the door (click-to-move walks
	// around the desks), then take the last steps with the arrow keys.
	door := st.Doors[0]
	b.click(door.SX, door.SY-2*32)
	b.wait("walking to the door", 30*time.Second, func(s ui.State) bool {
		return s.X == float64(door.X) && s.Y == float64(door.Y-2)
	})
	b.walkWithKeys(door.X, door.Y, "lobby")
	st = b.wait("the lobby", 30*time.Second, func(s ui.State) bool { return s.Room == "lobby" && len(s.Entities) >= 2 })

	// Book a table with the assistant, through its options card and the
	// confirmation card.
	asst, ok := entity(st, func(e ui.StateEntity) bool { return e.Role == "assistant" })
	if !ok {
		// The assistant may be out of view: walk towards its home first.
		b.wait("the assistant in view", 30*time.Second, func(s ui.State) bool {
			_, ok := entity(s, func(e ui.StateEntity) bool { return e.Role == "assistant" })
			return ok
		})
		st = b.state()
		asst, _ = entity(st, func(e ui.StateEntity) bool { return e.Role == "assistant" })
	}
	// Once in a CI run under load (-race, two packages at a time) the
	// click selected the assistant and the player never set off; a user
	// clicks again, so the test does too, at most twice, and says so.
	near := func(s ui.State) bool {
		a, _ := entity(s, func(e ui.StateEntity) bool { return e.ID == asst.ID })
		return s.Target == asst.ID && math.Hypot(s.X-a.X, s.Y-a.Y) <= 3
	}
	b.clickAvatar(asst.ID)
	for try := 1; try <= 2 && !b.within(10*time.Second, near); try++ {
		t.Logf("the player did not walk up to the assistant within 10 s; clicking it again (%d)", try)
		b.clickAvatar(asst.ID)
	}
	st = b.wait("walking up to the assistant", 30*time.Second, near)
	b.focusField("input")
	b.compose("=내일 저녁 7시에 강남에서 4명 이탈리안 예약해줘")
	b.wait("the request in the field", 5*time.Second, func(s ui.State) bool { return strings.HasSuffix(s.Input, "예약해줘") })
	b.enter()
	st = b.wait("the booking options card", 30*time.Second, func(s ui.State) bool {
		for _, btn := range s.Buttons {
			if btn.Kind == "talk" && btn.Text == "1번" {
				return true
			}
		}
		return false
	})
	b.clickButton(st, "talk", "1번")
	st = b.wait("the confirmation card", 30*time.Second, func(s ui.State) bool {
		return len(s.Confirms) > 0 && s.Confirms[0].State == "pending"
	})
	nonce := st.Confirms[0].Nonce
	shot := b.screenshot(filepath.Join(t.TempDir(), "confirm.png"))
	b.clickButton(st, "confirm", "")
	st = b.wait("the booking confirmed", 30*time.Second, func(s ui.State) bool {
		return len(s.Confirms) > 0 && s.Confirms[0].Nonce == nonce && s.Confirms[0].State == "confirmed" &&
			hasLine(s, "speech|", "확정")
	})
	if st.Toast != "" && strings.Contains(st.Toast, "만료") {
		t.Errorf("toast after confirming: %q", st.Toast)
	}
	// The memory view: tell the assistant something about yourself, open
	// "내 정보", see it, delete it.
	b.focusField("input")
	b.compose("=참고로 저는 채식주의자예요")
	b.enter()
	b.wait("the reply", 30*time.Second, func(s ui.State) bool { return hasLine(s, "you|민수|", "채식주의자") })
	b.clickButton(b.state(), "memory", "")
	st = b.wait("the memory view", 15*time.Second, func(s ui.State) bool {
		return slices.Contains(s.Memories, "assistant/diet=vegetarian")
	})
	b.clickButton(st, "forget", "assistant/diet")
	b.wait("the fact deleted", 15*time.Second, func(s ui.State) bool {
		return s.Memories != nil && !slices.Contains(s.Memories, "assistant/diet=vegetarian")
	})
	if out := os.Getenv("MADANG_SHOTS"); out != "" {
		os.WriteFile(filepath.Join(out, "browser.png"), shot, 0o644)
	}
	t.Logf("booking confirmed in the browser; frames drawn: %d", st.Frames)
}

// screenshot captures the canvas, checks it is not blank and returns it.
func (b *browser) screenshot(path string) []byte {
	b.t.Helper()
	buf, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS("canvas")))
	if err != nil {
		b.t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		b.t.Fatal(err)
	}
	colors := map[[3]uint32]int{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 3 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colors[[3]uint32{r >> 8, g >> 8, bl >> 8}]++
		}
	}
	if len(colors) < 20 || bounds.Dx() < 300 { // a phone is 390 wide
		b.t.Fatalf("the canvas looks blank: %d colours, %v", len(colors), bounds)
	}
	os.WriteFile(path, buf, 0o644)
	b.t.Logf("canvas screenshot %v with %d colours: %s", bounds.Size(), len(colors), path)
	_ = image.Point{}
	_ = fmt.Sprint
	return buf
}

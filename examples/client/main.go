// Command client is the Madang client: the same program on the desktop
// (flags) and in the browser (WebAssembly; the page's address gives the
// server, ?name= and ?room= prefill the sign-in form).
//
//	go run ./examples/client -server http://127.0.0.1:8080 -name 민수 -room classroom
//
// In the browser it is built by `make web` and served by the world server
// at /.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"github.com/madang-world/madang/client/game"
)

var started = time.Now()

// stopProfile ends a -cpuprofile run (desktop only).
var stopProfile = func() {}

func main() {
	cfg := game.Config{Started: started}
	measure := configure(&cfg)
	ebiten.SetWindowTitle("마당 Madang")
	ebiten.SetWindowSize(1100, 700)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetRunnableOnUnfocused(true)
	g := game.New(cfg)
	// The session's goroutine signs in as soon as it runs, and on
	// WebAssembly it runs only when main yields: let the request leave now,
	// before Ebiten's start-up (canvas, WebGL context, shaders) keeps the
	// page's only thread busy for a while.
	runtime.Gosched()
	var run ebiten.Game = g
	if measure > 0 {
		run = &fpsMeter{Game: g, until: time.Now().Add(measure)}
	}
	err := ebiten.RunGame(run)
	g.Close()
	stopProfile()
	if m, ok := run.(*fpsMeter); ok && m.report != "" {
		fmt.Println(m.report)
	}
	if err != nil && err != ebiten.Termination {
		log.Fatal(err)
	}
}

// fpsMeter runs the client for a while, then prints the frame rate it
// reached (used by `make client-fps` under Xvfb).
type fpsMeter struct {
	*game.Game
	until   time.Time
	start   time.Time
	frames0 int
	report  string
}

func (f *fpsMeter) Update() error {
	if err := f.Game.Update(); err != nil {
		return err
	}
	now := time.Now()
	// Measure only once the room is drawn and everyone is in view.
	if f.start.IsZero() && len(f.App().Ents) > 0 && time.Until(f.until) < 10*time.Second {
		f.start, f.frames0 = now, f.Frames()
	}
	if now.After(f.until) {
		if f.start.IsZero() {
			f.report = "fps: the room never appeared"
			return ebiten.Termination
		}
		secs := now.Sub(f.start).Seconds()
		f.report = fmt.Sprintf("fps: %.1f frames/s over %.1f s with %d entities in view (ebiten.ActualFPS %.1f, TPS %.1f)",
			float64(f.Frames()-f.frames0)/secs, secs, len(f.App().Ents), ebiten.ActualFPS(), ebiten.ActualTPS())
		return ebiten.Termination
	}
	return nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

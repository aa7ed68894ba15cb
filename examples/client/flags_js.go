//go:build js

package main

import (
	"encoding/json"
	"net/url"
	"syscall/js"
	"time"

	"github.com/madang-world/madang/client/game"
	"github.com/madang-world/madang/client/ui"
)

// configure reads the page's address: the server is the page's own
// origin (the world server serves this client), and ?name=, ?room= and
// ?lang= prefill the form (?join=1 also submits it).
func configure(cfg *game.Config) time.Duration {
	loc := js.Global().Get("location")
	cfg.Server = loc.Get("origin").String()
	q, _ := url.ParseQuery(loc.Get("search").String()[min(1, len(loc.Get("search").String())):])
	cfg.Name, cfg.Room, cfg.Lang = q.Get("name"), q.Get("room"), q.Get("lang")
	cfg.AutoJoin = q.Get("join") == "1"
	if cfg.Room == "" {
		cfg.Room = "classroom"
	}
	// window.madangState: what is on screen, for tests and debugging.
	cfg.OnFrame = func(st ui.State) {
		b, err := json.Marshal(st)
		if err != nil {
			return
		}
		js.Global().Set("madangState", js.Global().Get("JSON").Call("parse", string(b)))
	}
	return 0
}

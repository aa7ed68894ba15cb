//go:build js

package main

import (
	"bytes"
	"encoding/json"
	"net/url"
	"syscall/js"
	"time"

	"github.com/madang-world/madang/client/game"
	"github.com/madang-world/madang/client/session"
	"github.com/madang-world/madang/client/ui"
)

// identityKey is where the page keeps the user's identity (localStorage:
// it outlives the tab, so a reload or a return visit is the same user).
const identityKey = "madang.identity"

// coachedKey marks that the first-visit guide was closed on this browser.
const coachedKey = "madang.coached"

// loadIdentity reads the kept identity; nil if there is none, it does not
// parse, or its credential has expired (then the form starts empty).
func loadIdentity() *session.Identity {
	ls := js.Global().Get("localStorage")
	if ls.IsUndefined() || ls.IsNull() {
		return nil
	}
	v := ls.Call("getItem", identityKey)
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	var id session.Identity
	if err := json.Unmarshal([]byte(v.String()), &id); err != nil || id.Cred == nil || id.Cred.Token == "" || id.Name == "" {
		return nil
	}
	if id.Cred.Expires > 0 && time.Now().Unix() >= id.Cred.Expires {
		return nil
	}
	return &id
}

func saveIdentity(id session.Identity) {
	if id.Cred == nil {
		return
	}
	b, err := json.Marshal(id)
	if err != nil {
		return
	}
	ls := js.Global().Get("localStorage")
	if ls.IsUndefined() || ls.IsNull() {
		return
	}
	ls.Call("setItem", identityKey, string(b))
}

// configure reads the page's address: the server is the page's own
// origin (the world server serves this client), and ?name=, ?room= and
// ?lang= prefill the form (?join=1 also submits it).
func configure(cfg *game.Config) time.Duration {
	loc := js.Global().Get("location")
	cfg.Server = loc.Get("origin").String()
	q, _ := url.ParseQuery(loc.Get("search").String()[min(1, len(loc.Get("search").String())):])
	cfg.Name, cfg.Room, cfg.Lang = q.Get("name"), q.Get("room"), q.Get("lang")
	cfg.AutoJoin = q.Get("join") == "1"
	// A reload comes back as the same user: the identity kept in
	// localStorage (credential, resume token, name, room) fills the form
	// and signs in at once, resuming the same character — unless the
	// address names somebody else.
	if id := loadIdentity(); id != nil && (cfg.Name == "" || cfg.Name == id.Name) {
		cfg.Saved = id
		cfg.Name, cfg.Room = id.Name, id.Room
		cfg.AutoJoin = true
	}
	cfg.OnIdentity = saveIdentity
	// The first-visit guide shows until it is closed once on this browser.
	if ls := js.Global().Get("localStorage"); !ls.IsUndefined() && !ls.IsNull() {
		cfg.Coach = ls.Call("getItem", coachedKey).IsNull()
		cfg.OnCoached = func() { ls.Call("setItem", coachedKey, "1") }
	}
	if cfg.Room == "" {
		cfg.Room = "classroom"
	}
	// window.madangState: what is on screen, for tests and debugging.
	firstWorld, worldShown := false, false
	var last []byte
	loading := true
	cfg.OnFrame = func(st ui.State) {
		if loading && st.Frames > 0 {
			loading = false
			// The first drawn frame replaces the page's loading screen
			// (index.html; kept while the first room loads: game.Game's
			// awaitingWorld).
			doc := js.Global().Get("document")
			if box := doc.Call("getElementById", "loading"); box.Truthy() {
				box.Call("remove")
			}
			doc.Get("body").Get("classList").Call("remove", "loading")
		}
		if firstWorld && !worldShown {
			// The frame after it: the world's frame has been through the
			// GPU and onto the page (under software rendering that is
			// another 100-400 ms); the benchmark reports both.
			worldShown = true
			js.Global().Set("madangWorldShown", js.Global().Get("performance").Call("now"))
		}
		if !firstWorld && st.FirstMs > 0 {
			// When the first frame with a room was drawn, on the page's
			// clock (from navigation): the load-time benchmark reads it.
			firstWorld = true
			js.Global().Set("madangFirstWorld", js.Global().Get("performance").Call("now"))
		}
		b, err := json.Marshal(st)
		if err != nil || bytes.Equal(b, last) {
			return // unchanged: parsing it again in the page is wasted work
		}
		last = b
		js.Global().Set("madangState", js.Global().Get("JSON").Call("parse", string(b)))
	}
	return 0
}

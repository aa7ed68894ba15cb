package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNoRegression holds every figure of issues 18 and 19 to its floor in
// testdata/floors.json: the figure measured when the floor was set, less a
// margin of 3 points (plus 3 for the figures that must stay low; plus 2
// wrong citations). The targets themselves (TestTargets) are not met yet,
// so make test cannot hold the brain to them; it holds it to what it
// reached, so understanding, refusals and grounded answers cannot regress
// unnoticed. When a change raises a figure for good, raise its floor in the
// same commit (make eval prints the figures).
func TestNoRegression(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every evaluation set through a real server")
	}
	if raceOn && os.Getenv("MADANG_TEST_LONG") == "" {
		t.Skip("make test runs it without -race (Makefile, target race; see raceOn)")
	}
	data, err := os.ReadFile(filepath.Join(root(t), "examples", "eval", "testdata", "floors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var floors map[string]map[string]float64
	if err := json.Unmarshal(data, &floors); err != nil {
		t.Fatalf("floors.json: %v", err)
	}
	for _, c := range Collections {
		fl, ok := floors[c.Name]
		t.Run(c.Name, func(t *testing.T) {
			if !ok {
				// (failed in its own subtest, so a developer running the
				// dev collections by name is not stopped by a new one)
				t.Fatalf("collection %s has no floors in floors.json", c.Name)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			rep, err := Evaluate(ctx, Config{Workers: 8, Collection: c.Name})
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, tg := range rep.Targets() {
				seen[tg.Name] = true
				floor, ok := fl[tg.Name]
				if !ok {
					t.Errorf("%q has no floor", tg.Name)
					continue
				}
				low := strings.HasPrefix(tg.Want, "≤")
				if low && tg.Got > floor || !low && tg.Got < floor {
					t.Errorf("%s: %.1f, worse than its floor %.1f (target %s)", tg.Name, tg.Got, floor, tg.Want)
				}
			}
			for name := range fl {
				if !seen[name] {
					t.Errorf("floor %q names no figure of collection %s", name, c.Name)
				}
			}
		})
	}
}

package campus

import (
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/server"
)

const librarian = `{"id":"librarian","role":"librarian","name_ko":"사서 누리","name_en":"Nuri","greeting_ko":"안녕하세요","greeting_en":"Hello","room":"lobby","home":{"x":24,"y":6},"skills":["madang.tutoring"],"scopes":["tutor.learn"]%s}`

// TestAvatarsAddAndOverride: a program's avatars and then -avatars files
// are laid over the campus's by ID — the librarian is added, the tutor
// replaced by the file with its ID, the others kept.
func TestAvatarsAddAndOverride(t *testing.T) {
	dir := t.TempDir()
	tutor := strings.Replace(strings.Replace(librarian, `"librarian","role":"librarian"`, `"tutor","role":"tutor"`, 1), "사서 누리", "새 선생님", 1)
	os.WriteFile(filepath.Join(dir, "tutor.json"), []byte(strings.Replace(tutor, "%s", "", 1)), 0o644)
	prog := fstest.MapFS{"avs/librarian.json": {Data: []byte(strings.Replace(librarian, "%s", "", 1))}}
	var cfg config
	WithAvatars(prog, "avs")(&cfg)
	as, err := campusAvatars(cfg, dir)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range as {
		names[a.ID] = a.NameKo
	}
	if len(as) != 4 || names["librarian"] != "사서 누리" || names["tutor"] != "새 선생님" || names["assistant"] == "" || names["shopper"] == "" {
		t.Fatalf("avatars %v", names)
	}
}

// TestUnknownBrainStopsStartUp: an avatar file naming a kind no linked
// package registered stops the program with the avatar, the kind and the
// kinds it has; a bad flag is a usage error.
func TestUnknownBrainStopsStartUp(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "librarian.json"), []byte(strings.Replace(librarian, "%s", `,"brain":{"kind":"telepathy"}`, 1)), 0o644)
	err := Run([]string{"-addr", "127.0.0.1:0", "-data", t.TempDir(), "-web", dir, "-avatars", dir})
	if !errors.Is(err, agents.ErrUnknownBrain) || !strings.Contains(err.Error(), `avatar librarian: unknown brain kind "telepathy" (registered: embedded, llm`) {
		t.Fatalf("err %v", err)
	}
	if err := Run([]string{"-no-such-flag"}); !errors.Is(err, errUsage) {
		t.Fatalf("bad flag: %v", err)
	}
}

// TestTurnFileFlag: -turn-file has three states — unset (the layout the
// data directory has, one file in a new one), -turn-file (move into one
// file), -turn-file=false (three files) — and a bad value, on the
// command line or in MADANG_TURN_FILE, stops the program naming it.
func TestTurnFileFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want server.TurnFileMode
	}{
		{nil, server.TurnFileAuto},
		{[]string{"-turn-file"}, server.TurnFileOne},
		{[]string{"-turn-file=true"}, server.TurnFileOne},
		{[]string{"-turn-file=false"}, server.TurnFileThree},
	} {
		f := turnFileFlag{mode: server.TurnFileAuto}
		fs := flag.NewFlagSet("campus", flag.ContinueOnError)
		fs.Var(&f, "turn-file", "")
		if err := fs.Parse(tc.args); err != nil || f.mode != tc.want {
			t.Errorf("%v: mode %d, err %v; want mode %d", tc.args, f.mode, err, tc.want)
		}
	}
	fs := flag.NewFlagSet("campus", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&turnFileFlag{}, "turn-file", "")
	if err := fs.Parse([]string{"-turn-file=maybe"}); err == nil || !strings.Contains(err.Error(), `-turn-file "maybe": want true or false`) {
		t.Errorf("-turn-file=maybe: err %v", err)
	}
	t.Setenv("MADANG_TURN_FILE", "maybe")
	if err := Run([]string{"-addr", "127.0.0.1:0", "-data", t.TempDir()}); err == nil || !strings.Contains(err.Error(), "MADANG_TURN_FILE") {
		t.Errorf("MADANG_TURN_FILE=maybe: err %v", err)
	}
}

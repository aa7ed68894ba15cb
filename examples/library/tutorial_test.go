package library_test

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestTutorial runs the "Zero to a talking avatar" tutorial of
// docs/skills.md as written: in document order it writes every block
// whose info string names a file (```go file=schoollibrary/main.go) and
// runs every ```sh tutorial block with bash, from a work directory that
// holds this repository as madang/ — vetting and testing the library
// example in place, then building and testing a module of its own that
// requires Madang through a replace. Nothing leaves 127.0.0.1: the Go
// proxy is off and the module cache this repository's build filled is
// all there is. The commands run go test, so the tutorial's own copy of
// this test skips (MADANG_TUTORIAL is set for them).
func TestTutorial(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and tests two programs")
	}
	if os.Getenv("MADANG_TUTORIAL") != "" {
		t.Skip("inside the tutorial")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	blocks := tutorialBlocks(t, filepath.Join(root, "docs", "skills.md"))
	work := t.TempDir()
	if err := os.Symlink(root, filepath.Join(work, "madang")); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "MADANG_TUTORIAL=1", "GOPROXY=off", "GOWORK=off", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -buildvcs=false"),
		"PATH="+filepath.Join(runtime.GOROOT(), "bin")+string(os.PathListSeparator)+os.Getenv("PATH"))
	ran := 0
	for _, b := range blocks {
		if b.file != "" {
			p := filepath.Join(work, b.file)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(b.text), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		cmd := exec.Command("bash", "-euo", "pipefail", "-c", b.text)
		cmd.Dir, cmd.Env = work, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("docs/skills.md line %d:\n%s\nfailed: %v\n%s", b.line, b.text, err, out)
		}
		t.Logf("docs/skills.md line %d: ok\n%s", b.line, b.text)
		ran++
	}
	if ran < 3 {
		t.Fatalf("%d command blocks ran; the tutorial has lost its commands", ran)
	}
}

type block struct {
	line       int
	file, text string
}

// tutorialBlocks reads the fenced blocks of the tutorial: "sh tutorial"
// blocks (commands) and blocks with file=PATH (files to write).
func tutorialBlocks(t *testing.T, path string) []block {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []block
	var cur *block
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case cur == nil && strings.HasPrefix(line, "```"):
			info := strings.Fields(strings.TrimPrefix(line, "```"))
			b := block{line: n}
			keep := false
			for i, w := range info {
				if i > 0 && w == "tutorial" && info[0] == "sh" {
					keep = true
				}
				if f, ok := strings.CutPrefix(w, "file="); ok {
					b.file, keep = f, true
				}
			}
			if keep {
				cur = &b
			} else {
				cur = &block{line: -1}
			}
		case cur != nil && line == "```":
			if cur.line > 0 {
				out = append(out, *cur)
			}
			cur = nil
		case cur != nil && cur.line > 0:
			cur.text += line + "\n"
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

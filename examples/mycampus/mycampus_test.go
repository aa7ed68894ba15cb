package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// TestThirdPartyProgram builds this ten-line program and runs it as its
// author would: the stock campus avatars are still there, the librarian
// from avatars/librarian.json thinks with the faq brain (answering a
// listed question itself, over a real WebSocket), the library skill is
// reachable through the embedded brain it falls back to, and both kinds
// of turn are counted in /metrics like an LLM brain's.
func TestThirdPartyProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "mycampus")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	web := filepath.Join(dir, "web")
	os.MkdirAll(web, 0o755)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-addr", "127.0.0.1:0", "-data", filepath.Join(dir, "data"), "-web", web, "-now", "2026-12-01T10:00+09:00")
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		if err := cmd.Wait(); err != nil {
			t.Errorf("SIGTERM: exit %v; stderr: %s", err, stderr.String())
		}
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no URL printed: %v; stderr: %s", err, stderr.String())
	}
	url := strings.TrimSuffix(regexp.MustCompile(`http://localhost:\d+/`).FindString(line), "/")
	if url == "" {
		t.Fatalf("no URL in %q", line)
	}

	cred, err := client.SignIn(ctx, url, "학생")
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.Dial(ctx, url, cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Join(ctx, "lobby"); err != nil {
		t.Fatal(err)
	}
	roles := map[string]uint32{}
	for deadline := time.Now().Add(10 * time.Second); roles["librarian"] == 0 || roles["assistant"] == 0; {
		for _, e := range c.Mirror.Entities() {
			if e.Kind == protocol.KindAvatar {
				roles[e.Role] = e.ID
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("avatars in view: %v, want the librarian added beside the stock assistant", roles)
		}
		select {
		case <-c.Events():
		case <-time.After(100 * time.Millisecond):
		}
	}
	say := func(text string) string {
		t.Helper()
		if _, err := c.Talk(roles["librarian"], text); err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		deadline := time.After(15 * time.Second)
		for {
			select {
			case ev := <-c.Events():
				switch p := ev.Payload.(type) {
				case *protocol.Speech:
					if p.Avatar != roles["librarian"] {
						continue
					}
					got.WriteString(p.Text)
					if p.Final {
						t.Logf("%s\n    ← %s", text, got.String())
						return got.String()
					}
				case *protocol.Error:
					t.Fatalf("error %+v", p)
				}
			case <-deadline:
				t.Fatalf("%q: no complete answer; so far %q", text, got.String())
			}
		}
	}
	// The faq brain answers a listed question from the avatar file.
	if got := say("열람실은 언제까지 열어요?"); got != "열람실은 평일 오전 8시부터 오후 6시까지 열어요. 시험 기간에는 밤 9시까지예요." {
		t.Errorf("faq answer %q", got)
	}
	// Anything else goes to the embedded brain, which searches the
	// library skill's catalogue.
	if got := say("칼 세이건 책 있나요?"); !strings.Contains(got, "1) 코스모스 (칼 세이건)") {
		t.Errorf("library search answered %q", got)
	}
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`madang_llm_turns_total{avatar="librarian",outcome="ok"} 1`,
		`madang_llm_turns_total{avatar="librarian",outcome="fallback_unlisted"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

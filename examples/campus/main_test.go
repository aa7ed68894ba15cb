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
)

// TestBinary builds the demo and runs it as a user would: it prints the URL,
// answers /healthz, serves the web directory, refuses a second instance on
// the same data directory with a clear message and a non-zero exit, and
// shuts down cleanly on SIGTERM.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	dir := t.TempDir()
	bin := campusBinary(t)
	web := filepath.Join(dir, "web")
	os.MkdirAll(web, 0o755)
	os.WriteFile(filepath.Join(web, "index.html"), []byte("<p>client</p>"), 0o644)
	data := filepath.Join(dir, "data")

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-addr", "127.0.0.1:0", "-data", data, "-web", web)
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no URL printed: %v; stderr: %s", err, stderr.String())
	}
	url := regexp.MustCompile(`http://localhost:\d+/`).FindString(line)
	if url == "" {
		t.Fatalf("no URL in %q", line)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("healthz"); code != 200 || !strings.Contains(body, `"ok"`) {
		t.Fatalf("healthz: %d %s", code, body)
	}
	if code, body := get(""); code != 200 || body != "<p>client</p>" {
		t.Fatalf("web root: %d %s", code, body)
	}

	second := exec.CommandContext(ctx, bin, "-addr", "127.0.0.1:0", "-data", data)
	out, err := second.CombinedOutput()
	if err == nil || second.ProcessState.ExitCode() == 0 {
		t.Fatalf("second server on the same data dir started: %s", out)
	}
	if !strings.Contains(string(out), "in use by another process") {
		t.Fatalf("second server's message is unclear: %s", out)
	}

	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("SIGTERM: exit %v; stderr: %s", err, stderr.String())
	}
	// A clean shutdown leaves verified backups; -restore puts them back.
	if baks, _ := filepath.Glob(filepath.Join(data, "backups", "madang.db.*.bak")); len(baks) == 0 {
		t.Fatal("no backup after shutdown")
	}
	out, err = exec.CommandContext(ctx, bin, "-data", data, "-restore").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "restored madang.db") {
		t.Fatalf("restore: %v\n%s", err, out)
	}
}

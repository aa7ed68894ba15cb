package server_test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/skilltest"
)

// TestProtocolConformanceJS runs protocol/conformance/conformance.mjs — a
// client written in JavaScript from protocol/README.md alone — against a
// real server on 127.0.0.1: sign-in, hello, join, move, chat, talk,
// confirm, memory/forget and resume, checking shapes and error codes, so
// the spec and the server cannot drift apart. It skips only when Node.js
// is not installed (`.ci/deps test` installs it).
func TestProtocolConformanceJS(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed (.ci/deps test installs Node.js)")
	}
	if _, err := exec.LookPath("npm"); err != nil {
		t.Skip("npm is not installed (.ci/deps test installs it)")
	}
	dir := t.TempDir()
	for _, f := range []string{"package.json", "package-lock.json", "conformance.mjs"} {
		b, err := os.ReadFile(filepath.Join("..", "protocol", "conformance", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	npm := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	npm.Dir = dir
	if out, err := npm.CombinedOutput(); err != nil {
		t.Fatalf("npm ci: %v\n%s", err, out)
	}

	clock := skilltest.NewClock(skilltest.Start)
	srv, err := server.New(&server.Options{DataDir: t.TempDir(), World: campus(), Avatars: avatars.Campus(), Clock: clock,
		HelloTimeout: time.Second, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := srv.HTTPServer()
	go hs.Serve(ln)
	defer func() {
		sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer scancel()
		hs.Shutdown(sctx)
		srv.Shutdown(sctx)
	}()

	run := exec.CommandContext(ctx, "node", "conformance.mjs", "http://"+ln.Addr().String(), fmt.Sprint(clock.Now().UnixMilli()))
	run.Dir = dir
	var out bytes.Buffer
	run.Stdout, run.Stderr = &out, &out
	err = run.Run()
	t.Logf("conformance.mjs:\n%s", out.String())
	if err != nil {
		t.Fatalf("the server does not conform to protocol/README.md: %v", err)
	}
}

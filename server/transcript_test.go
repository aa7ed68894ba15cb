package server_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gorilla/websocket"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
)

var update = flag.Bool("update", false, "rewrite the expected server frames in testdata/transcripts")

// TestTranscripts replays testdata/transcripts/*.txt against a real server.
//
// A transcript is lines of:
//
//	# comment
//	a> {client frame sent by client "a"}
//	a< {server message client "a" must receive next}
//
// Each client label is also the user's display name; its user is created
// on first use. Ticks are skipped (their timing is not deterministic);
// every other message must match exactly, after volatile values (ids,
// tokens, clocks) are replaced by placeholders. With -update, the "<" lines
// are rewritten from what the server actually sent.
func TestTranscripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/transcripts/*.txt")
	if len(files) == 0 {
		t.Fatal("no transcripts")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) { runTranscript(t, file) })
	}
}

var lineRe = regexp.MustCompile(`^([a-z0-9가-힣]+)([<>]) (.*)$`)

func runTranscript(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ts := newTestServer(t, &server.Options{})
	conns := map[string]*websocket.Conn{}
	conn := func(label string) *websocket.Conn {
		if c := conns[label]; c != nil {
			return c
		}
		cred, err := client.SignIn(ctxT(t), ts.URL, label)
		if err != nil {
			t.Fatal(err)
		}
		c, _, err := rawDial(ts, cred.Token, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		conns[label] = c
		return c
	}
	var out []string
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	for n, line := range lines {
		m := lineRe.FindStringSubmatch(line)
		if m == nil {
			out = append(out, line)
			continue
		}
		label, dir, body := m[1], m[2], m[3]
		c := conn(label)
		if dir == ">" {
			if err := c.WriteMessage(websocket.TextMessage, []byte(body)); err != nil {
				t.Fatalf("line %d: %v", n+1, err)
			}
			out = append(out, line)
			continue
		}
		env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type != protocol.TypeTick })
		if err != nil {
			t.Fatalf("line %d: %s: no message: %v", n+1, label, err)
		}
		got := normalize(t, env)
		out = append(out, label+"< "+got)
		if *update {
			continue
		}
		if want := normalizeText(t, body); got != want {
			t.Errorf("line %d: %s received\n  %s\nwant\n  %s", n+1, label, got, want)
		}
	}
	// Nothing unexpected is left: the next non-tick message is the pong.
	for label, c := range conns {
		c.WriteMessage(websocket.TextMessage, []byte(`{"type":"ping","id":"end"}`))
		env, err := readEnvelope(t, c, func(e protocol.Envelope) bool { return e.Type != protocol.TypeTick })
		if err == nil && (env.Type != protocol.TypePong || env.ID != "end") {
			t.Errorf("%s received an unexpected %s: %s", label, env.Type, env.Payload)
		}
	}
	if *update {
		os.WriteFile(file, []byte(strings.Join(out, "\n")+"\n"), 0o644)
	}
}

var volatile = map[string]string{"resume": "<resume>", "time": "<time>", "tick": "<tick>"}

// normalize turns an envelope into canonical JSON with volatile values replaced.
func normalize(t *testing.T, env protocol.Envelope) string {
	t.Helper()
	b, _ := json.Marshal(env)
	return normalizeText(t, string(b))
}

func normalizeText(t *testing.T, s string) string {
	t.Helper()
	var v any
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		t.Fatalf("bad JSON in transcript: %v: %s", err, s)
	}
	v = scrub(v)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return strings.TrimSpace(buf.String())
}

var (
	userID = regexp.MustCompile(`^u[a-z2-7]{26}$`)
	chatID = regexp.MustCompile(`^c[a-z2-7]{26}$`)
)

func scrub(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if r, ok := volatile[k]; ok {
				x[k] = r
				continue
			}
			if s, ok := val.(string); ok && k == "id" {
				switch {
				case userID.MatchString(s):
					x[k] = "<user-id>"
				case chatID.MatchString(s):
					x[k] = "<chat-id>"
				}
				continue
			}
			if n, ok := val.(json.Number); ok && k == "ts" && len(n.String()) >= 13 {
				x[k] = "<ts>"
				continue
			}
			x[k] = scrub(val)
		}
	case []any:
		for i := range x {
			x[i] = scrub(x[i])
		}
	}
	return v
}

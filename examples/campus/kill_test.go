package main

import (
	"bufio"
	"context"
	"flag"
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

// testLong says whether this is make test-long (MADANG_TEST_LONG set):
// the soak, the nemesis and the kill loops run their long settings.
func testLong() bool { return os.Getenv("MADANG_TEST_LONG") != "" }

// worldNow is the instant the test's world clock starts at (campus -now):
// the scenario says "3일 뒤" and "내일", which must mean the same days
// whatever the machine's date and TZ. Run with -now to try other dates.
var worldNow = flag.String("now", "2026-12-01T10:00:00+09:00", "the world clock's start for this test's servers")

type proc struct {
	cmd *exec.Cmd
	url string
}

func startCampus(t testing.TB, bin, data string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"-addr", "127.0.0.1:0", "-data", data, "-now", *worldNow}, args...)...)
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = nil
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		t.Fatalf("no URL: %v", err)
	}
	url := regexp.MustCompile(`http://localhost:\d+`).FindString(line)
	return &proc{cmd: cmd, url: strings.Replace(url, "localhost", "127.0.0.1", 1)}
}

func (p *proc) kill9() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
}

// next waits for the first event matching f.
func next(t *testing.T, c *client.Conn, what string, f func(client.Event) bool) client.Event {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case ev, ok := <-c.Events():
			if !ok {
				t.Fatalf("connection closed waiting for %s", what)
			}
			if f(ev) {
				return ev
			}
		case <-deadline:
			t.Fatalf("no %s", what)
		}
	}
}

func finalSpeech(ev client.Event) bool {
	s, ok := ev.Payload.(*protocol.Speech)
	return ok && s.Final
}

func confirmReq(ev client.Event) bool { _, ok := ev.Payload.(*protocol.ConfirmRequest); return ok }

// session connects as the user, joins the lobby and finds the assistant.
func session(t *testing.T, p *proc, token string) (*client.Conn, uint32) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, p.url, token, nil)
	if err != nil {
		t.Fatal(err)
	}
	j, err := c.Join(ctx, "lobby")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range j.Entities {
		if e.Role == "assistant" {
			return c, e.ID
		}
	}
	t.Fatal("no assistant")
	return nil, 0
}

// confirmedBookings asks the assistant and counts confirmed bookings.
func confirmedBookings(t *testing.T, c *client.Conn, jini uint32) int {
	t.Helper()
	c.Talk(jini, "내 예약 확인해줘")
	n := 0
	deadline := time.After(10 * time.Second)
	for {
		select {
		case ev := <-c.Events():
			switch p := ev.Payload.(type) {
			case *protocol.Card:
				if p.Kind == protocol.CardBooking {
					for _, it := range p.Items {
						if it.Status == "확정" { // display text, in Korean here
							n++
						}
					}
				}
			case *protocol.Speech:
				if p.Final {
					return n
				}
			}
		case <-deadline:
			t.Fatal("no answer about bookings")
		}
	}
}

// TestKill9MidConversation kills the real server with SIGKILL while a
// booking conversation is in each of its states, restarts it on the same
// data, and checks that the conversation goes on from a legal state and
// that the user ends up with the booking exactly once.
func TestKill9MidConversation(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a server")
	}
	dir := t.TempDir()
	bin := campusBinary(t)
	data := filepath.Join(dir, "data")
	for _, state := range []string{"thinking", "speaking", "awaiting_confirmation", "acting", "after_ack"} {
		t.Run(state, func(t *testing.T) {
			p := startCampus(t, bin, data)
			cred, err := client.SignIn(context.Background(), p.url, "손님 "+state)
			if err != nil {
				t.Fatal(err)
			}
			c, jini := session(t, p, cred.Token)
			ask := "내일 저녁 7시에 강남에서 2명 이탈리안 예약해줘"
			var nonce string
			switch state {
			case "thinking":
				c.Talk(jini, ask)
				p.kill9()
			case "speaking":
				c.Talk(jini, ask)
				next(t, c, "a speech chunk", func(ev client.Event) bool { _, ok := ev.Payload.(*protocol.Speech); return ok })
				p.kill9()
			default:
				c.Talk(jini, ask)
				next(t, c, "options", finalSpeech)
				c.Talk(jini, "1번")
				nonce = next(t, c, "a confirm request", confirmReq).Payload.(*protocol.ConfirmRequest).Nonce
				switch state {
				case "awaiting_confirmation":
				case "acting":
					c.Confirm(nonce)
				case "after_ack":
					c.Confirm(nonce)
					next(t, c, "the booking", func(ev client.Event) bool {
						s, ok := ev.Payload.(*protocol.Speech)
						return ok && s.Final && strings.Contains(s.Text, "확정")
					})
				}
				p.kill9()
			}
			c.Drop()

			p = startCampus(t, bin, data)
			defer p.kill9()
			c, jini = session(t, p, cred.Token)
			defer c.Close()
			if nonce == "" {
				// The conversation listens again: a new request works.
				c.Talk(jini, ask)
				next(t, c, "options after restart", finalSpeech)
				c.Talk(jini, "1번")
				nonce = next(t, c, "a confirm request", confirmReq).Payload.(*protocol.ConfirmRequest).Nonce
			}
			if n := confirmedBookings(t, c, jini); n == 0 {
				// Not booked before the kill: the confirmation, if still
				// pending, completes it now, once. If the kill came after
				// the confirmation was spent but before the booking, it is
				// refused (never run twice, never run by itself) and the
				// user asks again.
				c.Confirm(nonce)
				ev := next(t, c, "the booking after restart", func(ev client.Event) bool {
					s, ok := ev.Payload.(*protocol.Speech)
					_, isErr := ev.Payload.(*protocol.Error)
					return ok && s.Final || isErr
				})
				if _, refused := ev.Payload.(*protocol.Error); refused {
					c.Talk(jini, ask)
					next(t, c, "options", finalSpeech)
					c.Talk(jini, "1번")
					nonce = next(t, c, "a confirm request", confirmReq).Payload.(*protocol.ConfirmRequest).Nonce
					c.Confirm(nonce)
					next(t, c, "the booking", finalSpeech)
				}
			} else if n > 1 {
				t.Fatalf("%d bookings", n)
			}
			// A second confirm never books twice.
			c.Confirm(nonce)
			next(t, c, "a refusal", func(ev client.Event) bool {
				e, ok := ev.Payload.(*protocol.Error)
				return ok && e.Code == protocol.CodeUnknownConfirmation
			})
			if n := confirmedBookings(t, c, jini); n != 1 {
				t.Fatalf("after kill -9 in %s: %d confirmed bookings, want exactly 1", state, n)
			}
		})
	}
}

package server_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// authzRow is one line of testdata/authz.tsv.
type authzRow struct {
	resource, op, channel, request, want string
}

func loadAuthz(t *testing.T) []authzRow {
	f, err := os.Open("testdata/authz.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []authzRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			t.Fatalf("authz.tsv: %d columns in %q", len(c), line)
		}
		rows = append(rows, authzRow{c[0], c[1], c[2], c[3], c[4]})
	}
	return rows
}

// principal is a user with a world connection and an MCP session.
type principal struct {
	name string
	b    *bot
	mcp  *mcp.ClientSession
	room string
}

// TestWorldAuthorizationMatrix runs testdata/authz.tsv against a real
// server: B's requests through the protocol, through an avatar and
// through MCP never reach or reveal A's things; anonymous callers never
// get a session; A's own requests (the control) do see A's things.
func TestWorldAuthorizationMatrix(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	newPrincipal := func(name string, elicit bool) *principal {
		p := &principal{name: name, b: newBot(t, ts, name)}
		var opts *mcp.ClientOptions
		if elicit { // A's own client confirms A's actions in the client
			opts = &mcp.ClientOptions{ElicitationHandler: func(context.Context, *mcp.ElicitRequest) (*mcp.ElicitResult, error) {
				return &mcp.ElicitResult{Action: "accept", Content: map[string]any{"confirm": true}}, nil
			}}
		}
		var tok string
		if elicit {
			tok = mcpTokenClientConfirm(t, ts, p.b.cred.Token)
		} else {
			tok = mcpToken(t, ts, p.b.cred.Token)
		}
		cs, err := mcpConnect(t, ts, tok, opts)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cs.Close() })
		p.mcp = cs
		return p
	}
	call := func(p *principal, tool string, args map[string]any) (string, bool) {
		t.Helper()
		res, err := p.mcp.CallTool(ctx, &mcp.CallToolParams{Name: tool, Arguments: args})
		if err != nil {
			t.Fatalf("%s %s: %v", p.name, tool, err)
		}
		var sb strings.Builder
		for _, c := range res.Content {
			if tc, ok := c.(*mcp.TextContent); ok {
				sb.WriteString(tc.Text)
			}
		}
		return sb.String(), res.IsError
	}
	idOf := func(s string) string {
		return decodeJSON[struct {
			ID string `json:"id"`
		}](t, "a setup result", s).ID
	}

	// A's things, made through A's own MCP client (confirmed there).
	a := newPrincipal("에이스타", true)
	bb := newPrincipal("비스타", false)
	marks := map[string]string{} // what would betray A: name → text
	setup := func(p *principal, tool string, args map[string]any) string {
		t.Helper()
		out, isErr := call(p, tool, args)
		if isErr {
			t.Fatalf("setup %s: %s", tool, out)
		}
		return out
	}
	marks["booking"] = idOf(setup(a, "booking_hold", map[string]any{"place_id": "r01", "date": "2026-12-09", "time": "19:00", "party_size": 2}))
	setup(a, "booking_confirm", map[string]any{"booking_id": marks["booking"]})
	marks["order"] = idOf(setup(a, "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p001", "quantity": 1}},
		"payment_method": "pm_card_visa", "fulfilment": "delivery", "address": "서울 종로구 비밀길 77", "expected_total": 19000}))
	marks["address"] = "비밀길 77"
	marks["event"] = idOf(setup(a, "sched_create_event", map[string]any{"title": "치과 예약", "start": "2026-12-10T15:00", "duration_minutes": 30}))
	marks["event title"] = "치과 예약"
	setup(a, "shop_cart_add", map[string]any{"product_id": "p150", "quantity": 1})
	marks["cart"] = "떡 선물세트"
	marks["name"] = "에이스타"
	// A's words to the assistant: a remembered fact and history.
	a.b.join(t, "lobby")
	a.room = "lobby"
	talk(t, a.b, avatarIn(t, a.b, "assistant"), "참고로 저는 채식주의자예요", false)
	// The fact's own words, not bare 채식: "온 채식 식당" is a public place
	// any search may list.
	marks["memory"] = "채식주의"
	marks["memory (used)"] = "채식하신"
	marks["memory (en)"] = "vegetarian"
	// Confirmations pending for A: irreversible calls from an MCP client
	// without elicitation wait for A's Confirm in the world.
	waitCS, err := mcpConnect(t, ts, mcpToken(t, ts, a.b.cred.Token), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer waitCS.Close()
	aWait := &principal{name: a.name, b: a.b, mcp: waitCS}
	nonces := map[string]string{}
	pend := func(key, tool string, args map[string]any) {
		t.Helper()
		done := make(chan struct{})
		go func() { defer close(done); call(aWait, tool, args) }()
		ev := waitEvent(t, a.b, 10*time.Second, func(e client.Event) bool { _, ok := e.Payload.(*protocol.ConfirmRequest); return ok })
		nonces[key] = ev.Payload.(*protocol.ConfirmRequest).Nonce
		t.Cleanup(func() { <-done })
	}
	held := idOf(setup(aWait, "booking_hold", map[string]any{"place_id": "r02", "date": "2026-12-09", "time": "18:00", "party_size": 2}))
	pend("booking_nonce", "booking_confirm", map[string]any{"booking_id": held})
	pend("order_nonce", "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p003", "quantity": 1}},
		"payment_method": "pm_card_visa", "fulfilment": "pickup", "pickup_store": "gangnam", "expected_total": 28400})
	pend("event_nonce", "sched_invite", map[string]any{"title": "비밀 회의", "participants": []string{"김민수"}, "start": "2026-12-11T10:00", "duration_minutes": 30})

	fill := func(s string) string {
		for k, v := range marks {
			s = strings.ReplaceAll(s, "{"+k+"}", v)
		}
		for k, v := range nonces {
			s = strings.ReplaceAll(s, "{"+k+"}", v)
		}
		return s
	}
	betrays := func(got string, skipIDs bool) string {
		for k, v := range marks {
			if skipIDs && (k == "booking" || k == "order" || k == "event") {
				continue // the caller named it; an error may echo it
			}
			if v != "" && strings.Contains(got, v) {
				return k + " " + v
			}
		}
		return ""
	}

	// do sends one request for p and returns everything that came back
	// (raw JSON of every event) and the error code, if any.
	do := func(p *principal, r authzRow) (string, string) {
		t.Helper()
		req := fill(r.request)
		kind, arg, _ := strings.Cut(req, " ")
		switch r.channel {
		case "protocol":
			id := fmt.Sprintf("z%d", time.Now().UnixNano())
			if err := p.b.SendRaw([]byte(fmt.Sprintf(`{"type":%q,"id":%q,"payload":%s}`, kind, id, arg))); err != nil {
				t.Fatal(err)
			}
			ev := waitEvent(t, p.b, 10*time.Second, func(e client.Event) bool { return e.ID == id })
			raw, _ := json.Marshal(ev.Payload)
			if e, ok := ev.Payload.(*protocol.Error); ok {
				return string(raw), string(e.Code)
			}
			return string(raw), ""
		case "talk":
			room := map[string]string{"assistant": "lobby", "shopper": "store", "tutor": "classroom"}[kind]
			if p.room != room {
				p.b.join(t, room)
				p.room = room
			}
			av := avatarIn(t, p.b, kind)
			id, err := p.b.Talk(av, arg)
			if err != nil {
				t.Fatal(err)
			}
			var sb strings.Builder
			for done := false; !done; {
				ev := waitEvent(t, p.b, 10*time.Second, func(e client.Event) bool {
					switch x := e.Payload.(type) {
					case *protocol.Speech:
						return x.Re == id
					case *protocol.Card:
						return x.Re == id
					case *protocol.Error:
						return e.ID == id
					}
					return false
				})
				raw, _ := json.Marshal(ev.Payload)
				sb.Write(raw)
				if e, ok := ev.Payload.(*protocol.Error); ok {
					return sb.String(), string(e.Code)
				}
				if s, ok := ev.Payload.(*protocol.Speech); ok && s.Final {
					done = true
				}
			}
			return sb.String(), ""
		case "mcp":
			var args map[string]any
			if err := json.Unmarshal([]byte(arg), &args); err != nil {
				t.Fatalf("row %v: %v", r, err)
			}
			res, err := p.mcp.CallTool(ctx, &mcp.CallToolParams{Name: kind, Arguments: args})
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := json.Marshal(res)
			if res.IsError {
				var code string
				for _, c := range []string{"not_found", "forbidden", "unauthenticated", "invalid_arguments", "conflict"} {
					if strings.Contains(string(raw), c) {
						code = c
						break
					}
				}
				return string(raw), code
			}
			return string(raw), ""
		}
		t.Fatalf("unknown channel %q", r.channel)
		return "", ""
	}

	rows := loadAuthz(t)
	cases, controls := 0, 0
	for _, r := range rows {
		name := fmt.Sprintf("%s/%s/%s", r.resource, r.op, r.channel)
		// Anonymous: no session at all, whatever the channel.
		for _, tok := range []string{"", "forged-" + a.b.cred.Token[:8]} {
			cases++
			if r.channel == "mcp" {
				if _, err := mcpConnect(t, ts, tok, nil); err == nil {
					t.Errorf("%s: anonymous (%q) opened an MCP session", name, tok)
				}
			} else if c, err := client.Dial(ctx, ts.URL, tok, nil); err == nil {
				c.Close()
				t.Errorf("%s: anonymous (%q) opened a world session", name, tok)
			}
		}
		// B.
		cases++
		got, code := do(bb, r)
		wantCode, _ := strings.CutPrefix(r.want, "deny ")
		switch {
		case r.want == "filtered" && code != "":
			t.Errorf("%s: B got error %s: %s", name, code, got)
		case r.want != "filtered" && code != wantCode:
			t.Errorf("%s: B got %q (%s), want %s", name, code, got, wantCode)
		}
		if leak := betrays(got, r.want != "filtered"); leak != "" {
			t.Errorf("%s: B's answer names A's %s: %s", name, leak, got)
		}
		// A, the control: the row asks about something that exists.
		if r.want == "filtered" && r.op != "delete" {
			controls++
			got, code := do(a, r)
			if code != "" || betrays(got, false) == "" {
				t.Errorf("%s: control: A's own answer (%s) names none of A's things: %s", name, code, got)
			}
		}
	}
	// A's things survived B: the memory B tried to forget, and every
	// confirmation B tried to use is still A's to give.
	m, err := a.b.Memory(ctx, "assistant")
	if err != nil || len(m.Avatars) != 1 || len(m.Avatars[0].Facts) == 0 || m.Avatars[0].History == 0 {
		t.Errorf("A's memory after B's forget: %+v %v", m, err)
	}
	for key, n := range nonces {
		controls++
		if err := a.b.Confirm(n); err != nil {
			t.Fatal(err)
		}
		ev := waitEvent(t, a.b, 10*time.Second, func(e client.Event) bool {
			n, ok := e.Payload.(*protocol.Notice)
			_, bad := e.Payload.(*protocol.Error)
			return ok && n.Kind == "mcp" || bad
		})
		if n, ok := ev.Payload.(*protocol.Notice); !ok || !strings.Contains(n.Text, "완료") {
			t.Errorf("control: A's %s after B's attempts: %+v", key, ev.Payload)
		}
	}
	t.Logf("%d rows, %d cases (B and anonymous), %d controls, 0 unexpected allows", len(rows), cases, controls)
}

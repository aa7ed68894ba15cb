package standard_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/skilltest"
)

// ids digs every "id" (and quiz/question ids) out of a result.
func firstID(t *testing.T, r skills.Result, key string) string {
	t.Helper()
	if r.Status != skills.StatusOK && r.Status != skills.StatusPending {
		t.Fatalf("setup %s: %+v", r.Tool, r)
	}
	var walk func(v any) string
	walk = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x[key].(string); ok && s != "" {
				return s
			}
			for _, y := range x {
				if s := walk(y); s != "" {
					return s
				}
			}
		case []any:
			for _, y := range x {
				if s := walk(y); s != "" {
					return s
				}
			}
		}
		return ""
	}
	v, err := skills.Decode[any](r)
	if err != nil {
		t.Fatal(err)
	}
	id := walk(v)
	if id == "" {
		t.Fatalf("setup %s: no %s in %s", r.Tool, key, r.Data)
	}
	return id
}

// TestAuthorizationMatrix runs testdata/authz.tsv: every row for every
// principal and channel; any unexpected allow — or a denial that names
// A's thing — fails.
func TestAuthorizationMatrix(t *testing.T) {
	h := skilltest.New(t, skilltest.Registered(builtin...))
	var scopes []string
	for _, tl := range h.Host.Tools() {
		scopes = append(scopes, tl.Scopes...)
	}
	as := func(user, channel string, sc ...string) context.Context {
		return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Name: user, Scopes: sc, Channel: channel, Avatar: "assistant"})
	}
	A := as("uA", "avatar", scopes...)
	call := func(ctx context.Context, tool, args string) skills.Result {
		return h.Host.Call(ctx, tool, json.RawMessage(args), skills.CallOptions{IdempotencyKey: "k-" + tool + args})
	}
	// A's things.
	ids := map[string]string{
		"event":   firstID(t, call(A, "sched_create_event", `{"title":"치과 예약 비밀","start":"2026-12-08T15:00","duration_minutes":30}`), "id"),
		"booking": firstID(t, call(A, "booking_hold", `{"place_id":"r01","date":"2026-12-09","time":"19:00","party_size":2,"name":"에이비밀"}`), "id"),
		"lodging": firstID(t, call(A, "booking_hold", `{"place_id":"l01","date":"2026-12-20","nights":1,"party_size":2,"name":"에이비밀"}`), "id"),
	}
	pid := firstID(t, call(A, "shop_search", `{"query":"이어폰"}`), "id")
	call(A, "shop_cart_add", `{"product_id":"`+pid+`"}`)
	ids["cart"] = pid
	// An order with a delivery address, paid and confirmed by A.
	method := firstID(t, call(A, "shop_payment_methods", `{}`), "id")
	cart, err := skills.Decode[shopping.CartView](call(A, "shop_cart", `{}`))
	if err != nil {
		t.Fatal(err)
	}
	checkout := fmt.Sprintf(`{"items":[{"product_id":%q,"quantity":1}],"payment_method":%q,"fulfilment":"delivery","address":"서울 비밀주소 123","expected_total":%d}`, pid, method, cart.Total)
	pend := call(A, "shop_checkout", checkout)
	if pend.Status != skills.StatusPending {
		t.Fatalf("checkout: %+v", pend)
	}
	paid := h.Host.Call(A, "shop_checkout", json.RawMessage(checkout), skills.CallOptions{IdempotencyKey: "k-shop_checkout" + checkout, Confirmation: pend.Confirmation.Nonce})
	ids["order"] = firstID(t, paid, "id")
	call(A, "shop_cart_add", `{"product_id":"`+pid+`","quantity":2}`) // checkout emptied it
	ids["progress"] = ""
	lesson := firstID(t, call(A, "tutor_lessons", `{}`), "id")
	quiz := call(A, "tutor_quiz", `{"lesson_id":"`+lesson+`"}`)
	ids["quiz"] = firstID(t, quiz, "quiz_id")
	q := firstID(t, quiz, "id")
	// A answers one question of another quiz, so A's progress is not zero.
	quiz2 := call(A, "tutor_quiz", `{"lesson_id":"`+lesson+`","count":1}`)
	call(A, "tutor_answer", `{"quiz_id":"`+firstID(t, quiz2, "quiz_id")+`","question_id":"`+firstID(t, quiz2, "id")+`","answer":"1"}`)
	// What would show that B saw A's things, per resource (for "deny" rows
	// the id B itself sent may be echoed; A's details may not).
	secrets := map[string][]string{
		"event":    {"치과 예약 비밀"},
		"booking":  {"에이비밀", ids["booking"]},
		"lodging":  {"에이비밀", ids["lodging"]},
		"cart":     {`"id":"` + pid + `"`},
		"quiz":     {},
		"order":    {"비밀주소", ids["order"]},
		"progress": {`"answered":1`},
	}

	f, err := os.Open("testdata/authz.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, cases, fails := 0, 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 5 {
			t.Fatalf("bad row %q", line)
		}
		rows++
		resource, op, tool, args, expect := col[0], col[1], col[2], col[3], col[4]
		id := ids[resource]
		args = strings.ReplaceAll(strings.ReplaceAll(args, "{id}", id), "{q}", q)
		tl, ok := h.Host.Tool(tool)
		if !ok {
			t.Fatalf("row %q: no tool %s", line, tool)
		}
		check := func(who string, ok bool, r skills.Result) {
			cases++
			if !ok {
				fails++
				t.Errorf("%s %s %s (%s) as %s: %+v %s", resource, op, tool, expect, who, r.Error, r.Data)
			}
		}
		leaks := func(r skills.Result) bool {
			msg := string(r.Data)
			if r.Error != nil {
				msg += r.Error.Message
			}
			for _, s := range secrets[resource] {
				if expect == "deny" && s == id {
					continue // B sent it
				}
				if strings.Contains(msg, s) {
					return true
				}
			}
			return strings.Contains(msg, "uA")
		}
		for _, ch := range []string{"avatar", "mcp"} {
			B := as("uB", ch, scopes...)
			r := call(B, tool, args)
			switch expect {
			case "deny":
				check("B via "+ch, r.Error != nil && r.Status != skills.StatusPending && !leaks(r), r)
			case "filtered":
				check("B via "+ch, r.Error == nil && !leaks(r), r)
			}
		}
		r := call(context.Background(), tool, args)
		check("anonymous", r.Error != nil && r.Error.Code == skills.CodeUnauthenticated, r)
		r = call(as("uA", "avatar", "unrelated.scope"), tool, args)
		check("A's avatar without "+strings.Join(tl.Scopes, ","), r.Error != nil && r.Error.Code == skills.CodeForbidden, r)
		if op == "list" || op == "read" { // the control: A sees their own thing
			r = call(A, tool, args)
			seen := len(secrets[resource]) == 0
			for _, s := range secrets[resource] {
				seen = seen || strings.Contains(string(r.Data), s)
			}
			check("A (control)", r.Error == nil && seen, r)
		}
	}
	if rows < 10 {
		t.Fatalf("only %d rows", rows)
	}
	// After everything B tried, A's things are as they were.
	if r := call(A, "booking_mine", `{"held": true}`); !strings.Contains(string(r.Data), ids["booking"]) || !strings.Contains(string(r.Data), `"held"`) {
		t.Errorf("A's bookings changed: %s", r.Data)
	}
	if r := call(A, "shop_cart", `{}`); !strings.Contains(string(r.Data), pid) {
		t.Errorf("A's cart changed: %s", r.Data)
	}
	if r := call(A, "shop_order", `{"order_id":"`+ids["order"]+`"}`); !strings.Contains(string(r.Data), "비밀주소") || strings.Contains(string(r.Data), `"cancel`) {
		t.Errorf("A's order changed: %s", r.Data)
	}
	if r := call(A, "sched_my_events", `{"from":"2026-12-08","to":"2026-12-08"}`); !strings.Contains(string(r.Data), "2026-12-08T15:00") {
		t.Errorf("A's event moved: %s", r.Data)
	}
	t.Logf("authorization matrix: %d rows, %d cases, %d unexpected", rows, cases, fails)
}

package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/store"
)

// The crash nemesis (issue 8: crash at any point, restart, nothing acknowledged lost). A supervisor — this
// test — runs the real campus server as a child process while 200 bot
// users sign in over HTTP and, over real WebSockets, book restaurants,
// fill carts, check out, schedule meetings and ask the tutor, all through
// the avatars the way people do (ask → pick → confirm). Every bot keeps a
// client-side history: each operation is ok (the server acknowledged it),
// fail (refused or never reached its irreversible step) or unknown (the
// connection died after the irreversible step was sent). At random moments
// the supervisor kills the server with SIGKILL, checks a copy of the data
// directory with the skills' own code, and restarts the server on the
// original files:
//
//   - every acknowledged booking, order, meeting and cart is there, whole,
//     and belongs to its user;
//   - unknown operations are all-or-nothing: a user's stored bookings,
//     paid orders and meetings number between the acknowledged ones and
//     the acknowledged plus unknown ones (nothing half-done, nothing twice);
//   - no slot is booked past its capacity, every booking and its slot point
//     at each other (booking.Check), no product is oversold (shopping.Check);
//   - every saved conversation is in a legal state of the state machine;
//   - the server always starts again.
//
// make test runs 3 kills with 100 bots, make test-long 10 with 200; a
// release's run is
//
//	MADANG_NEMESIS_KILLS=100 go test ./examples/campus -run TestNemesis -v -timeout 60m
func TestNemesis(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a real server")
	}
	kills, bots := 3, 100 // make test; make test-long: 10 kills, 200 bots
	if testLong() {
		kills, bots = 10, 200
	}
	if v := os.Getenv("MADANG_NEMESIS_KILLS"); v != "" {
		kills, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("MADANG_NEMESIS_BOTS"); v != "" {
		bots, _ = strconv.Atoi(v)
	}
	dir := t.TempDir()
	bin := campusBinary(t)
	data := filepath.Join(dir, "data")
	// Every bot signs in from 127.0.0.1: lift the per-address sign-in
	// limit, as a load test does (the limit has its own tests).
	nemArgs := []string{"-guest-rate", "-1"}
	p := startCampus(t, bin, data, nemArgs...)
	var url atomic.Pointer[string]
	url.Store(&p.url)

	// Sign everyone in once; tokens live in the durable database and
	// survive every kill.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	bs := make([]*nemBot, bots)
	for i := range bs {
		cred, err := client.SignIn(ctx, p.url, fmt.Sprintf("봇%03d", i))
		if err != nil {
			p.kill9()
			t.Fatalf("sign in: %v", err)
		}
		bs[i] = &nemBot{n: i, token: cred.Token, user: cred.User.ID, cartKnown: 0, url: &url,
			rng: rand.New(rand.NewPCG(uint64(i), 8)), dirty: map[string]bool{}}
	}
	var wg sync.WaitGroup
	for _, b := range bs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.run(ctx)
		}()
	}
	stop := func() {
		cancel()
		wg.Wait()
	}

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 3))
	for round := 0; round < kills; round++ {
		// Let the bots reconnect and get going, then kill at a random moment.
		before := totalAcks(bs)
		for wait := time.Now(); totalAcks(bs) < before+20 && time.Since(wait) < 20*time.Second; {
			time.Sleep(50 * time.Millisecond)
		}
		time.Sleep(time.Duration(200+rng.IntN(2500)) * time.Millisecond)
		p.kill9()
		if st := p.cmd.ProcessState; st.ExitCode() != -1 {
			stop()
			t.Fatalf("round %d: the server exited by itself: %v", round, st)
		}
		// Let the bots notice (every step ends once its connection is gone);
		// their histories are then complete up to the kill.
		settle(bs)
		snap := snapshot(bs)
		if err := checkNemesis(t, data, filepath.Join(dir, fmt.Sprintf("check%d", round)), snap); err != nil {
			stop()
			t.Fatalf("round %d: %v", round, err)
		}
		p = startCampus(t, bin, data, nemArgs...) // fails the test if the server does not start
		url.Store(&p.url)
		t.Logf("round %d: %s", round, summary(snap))
	}
	stop()
	p.kill9()
	settle(bs)
	snap := snapshot(bs)
	if err := checkNemesis(t, data, filepath.Join(dir, "final"), snap); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		// Why operations failed: capacity, stock and busy calendars are
		// expected; anything else is worth a look.
		why := map[string]int{}
		for _, h := range snap.histories {
			for _, op := range h {
				if op.Result == "fail" {
					why[op.Kind+": "+op.Why]++
				}
			}
		}
		for w, n := range why {
			t.Logf("%5d × %s", n, w)
		}
	}
	// Negative controls: the checker notices a lost acknowledged booking
	// and a booking nobody asked for.
	forged := snap
	forged.histories = slices.Clone(snap.histories)
	forged.histories[0] = append(slices.Clone(snap.histories[0]), nemOp{Kind: "booking", Result: "ok", ID: "bk-never-made"})
	if err := checkNemesis(t, data, filepath.Join(dir, "control1"), forged); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("control: a lost acknowledged booking went unnoticed (%v)", err)
	}
	controlled := false
	for i, h := range snap.histories {
		k := slices.IndexFunc(h, func(op nemOp) bool { return op.Kind == "booking" && op.Result == "ok" })
		// A bot with an unknown booking could explain one more stored
		// booking: the control needs one whose bookings are all known.
		if k < 0 || slices.ContainsFunc(h, func(op nemOp) bool { return op.Kind == "booking" && op.Result == "unknown" }) {
			continue
		}
		forged.histories = slices.Clone(snap.histories)
		forged.histories[i] = slices.Delete(slices.Clone(h), k, k+1)
		if err := checkNemesis(t, data, filepath.Join(dir, "control2"), forged); err == nil || !strings.Contains(err.Error(), "stored") {
			t.Fatalf("control: a booking nobody acknowledged went unnoticed (%v)", err)
		}
		controlled = true
		break
	}
	if !controlled {
		t.Fatal("control: no bot with only known bookings to forge on")
	}
	t.Logf("%d kills survived with 0 invariant violations; %d bots; %s", kills, bots, summary(snap))
	if n := snap.count("booking", "ok") + snap.count("order", "ok") + snap.count("meeting", "ok"); n < kills*3 {
		t.Fatalf("only %d irreversible operations acknowledged in %d rounds: too little happened to mean anything", n, kills)
	}
}

// nemOp is one entry of a bot's client-side history.
type nemOp struct {
	Kind   string // booking, cart, order, meeting, ask
	Result string // ok, fail, unknown
	ID     string // booking or order id, or a meeting's start
	Why    string // for a failure: what the avatar said
}

type nemBot struct {
	n         int
	token     string
	user      string
	url       *atomic.Pointer[string]
	rng       *rand.Rand
	mu        sync.Mutex
	history   []nemOp
	cartKnown int // items the cart is known to hold; -1 when an unknown operation may have changed it
	c         *client.Conn
	room      string
	avatars   map[string]uint32 // role → entity in the current room
	sent      string            // id of the last request, to match its error
	lastTalk  time.Time
	dirty     map[string]bool // avatars (by role) left with an unfinished task
	busy      atomic.Bool
}

func (b *nemBot) record(op nemOp) {
	if op.Result != "ok" {
		b.dirty[roleOf[op.Kind]] = true
	}
	b.mu.Lock()
	b.history = append(b.history, op)
	b.mu.Unlock()
}

func (b *nemBot) run(ctx context.Context) {
	for ctx.Err() == nil {
		c, err := client.Dial(ctx, *b.url.Load(), b.token, &client.Options{EventBuffer: 512})
		if err != nil {
			select {
			case <-ctx.Done():
			case <-time.After(time.Duration(100+b.rng.IntN(200)) * time.Millisecond):
			}
			continue
		}
		b.c, b.room = c, ""
		for ctx.Err() == nil {
			if !b.step(ctx) {
				break
			}
			time.Sleep(time.Duration(b.rng.IntN(300)) * time.Millisecond)
		}
		c.Close()
	}
}

// errDropped is what a step's waits return when the connection died.
type nemDropped struct{}

// step does one operation; false means the connection is gone. While it
// runs the bot is busy: a snapshot of the histories waits for every step
// to settle, so an answer received before a kill is never missing from it.
func (b *nemBot) step(ctx context.Context) (alive bool) {
	b.busy.Store(true)
	defer b.busy.Store(false)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(nemDropped); !ok {
				panic(r)
			}
			alive = false
		}
	}()
	switch k := b.rng.IntN(10); {
	case k < 3:
		b.booking(ctx)
	case k < 5:
		b.cart(ctx)
	case k < 7:
		b.mu.Lock()
		empty := b.cartKnown == 0
		b.mu.Unlock()
		if empty {
			b.cart(ctx)
		} else {
			b.checkout(ctx)
		}
	case k < 9:
		b.meeting(ctx)
	default:
		b.ask(ctx)
	}
	return true
}

// enter joins the room of the avatar with the role and returns its entity.
func (b *nemBot) enter(ctx context.Context, room, role string) uint32 {
	if b.room != room {
		jctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		j, err := b.c.Join(jctx, room)
		cancel()
		if err != nil {
			panic(nemDropped{})
		}
		b.room, b.avatars = room, map[string]uint32{}
		for _, e := range j.Entities {
			if e.Kind == protocol.KindAvatar {
				b.avatars[e.Role] = e.ID
			}
		}
	}
	av := b.avatars[role]
	b.fresh(role, av)
	return av
}

// reply is what an avatar sent back for one thing said: its cards, a
// confirmation request, an error, and the final text.
type reply struct {
	cards   []*protocol.Card
	confirm *protocol.ConfirmRequest
	err     *protocol.Error
	text    string
	timeout bool
}

// await collects the avatar's answer to the request just sent (matched by
// "re", so a greeting or the late answer to an earlier message is never
// taken for it) until a final speech chunk, an error for the request, or
// (when wantConfirm) a confirmation request: a spoken reply can come before
// its confirmation card, so after a final chunk it waits a moment longer
// for one. A dead connection panics with nemDropped, unwound in step.
func (b *nemBot) await(avatar uint32, wantConfirm bool) reply {
	var r reply
	var text strings.Builder
	deadline := time.After(20 * time.Second)
	var grace <-chan time.Time
	for {
		select {
		case ev, ok := <-b.c.Events():
			if !ok {
				panic(nemDropped{})
			}
			switch p := ev.Payload.(type) {
			case *protocol.Speech:
				if p.Avatar != avatar || p.Re != b.sent {
					continue
				}
				text.WriteString(p.Text)
				if p.Final {
					r.text = text.String()
					if !wantConfirm || grace != nil {
						return r
					}
					text.Reset()
					grace = time.After(1500 * time.Millisecond)
				}
			case *protocol.Card:
				if p.Avatar == avatar && p.Re == b.sent {
					r.cards = append(r.cards, p)
				}
			case *protocol.ConfirmRequest:
				if p.Avatar == avatar && p.Re == b.sent {
					r.confirm = p
					if wantConfirm {
						return r
					}
				}
			case *protocol.Error:
				if ev.ID == b.sent {
					r.err = p
					return r
				}
			}
		case <-grace:
			return r
		case <-deadline:
			// A reply that never comes: treat the connection as broken
			// so the next operation starts clean.
			b.c.Drop()
			r.timeout = true
			return r
		}
	}
}

// why describes a reply that was not what the operation needed.
func (r reply) why() string {
	switch {
	case r.timeout:
		return "no reply in 20 s"
	case r.err != nil:
		return r.err.Error()
	}
	var kinds []string
	for _, c := range r.cards {
		kinds = append(kinds, c.Kind)
	}
	return fmt.Sprintf("%q cards %v", r.text, kinds)
}

func (r reply) card(kind string) *protocol.Card {
	for _, c := range r.cards {
		if c.Kind == kind && len(c.Items) > 0 {
			return c
		}
	}
	return nil
}

// say talks to the avatar at the pace the server allows (one message a
// second per connection after a short burst).
func (b *nemBot) say(avatar uint32, text string) {
	if wait := time.Until(b.lastTalk.Add(1100 * time.Millisecond)); wait > 0 {
		time.Sleep(wait)
	}
	b.lastTalk = time.Now()
	b.sent = fmt.Sprintf("n%d", b.lastTalk.UnixNano())
	if b.c.Send(protocol.TypeTalk, b.sent, &protocol.Talk{Avatar: avatar, Text: text}) != nil {
		panic(nemDropped{})
	}
}

// fresh cancels whatever the bot left unfinished with the avatar last
// time (a full slot, a busy calendar), so the next request starts a new
// task rather than filling in the old one.
func (b *nemBot) fresh(role string, av uint32) {
	if b.dirty[role] {
		b.say(av, "취소할래")
		b.await(av, false)
		b.dirty[role] = false
	}
}

// irreversible sends the confirmation and classifies the outcome: a drop
// or a timeout after it is unknown.
func (b *nemBot) irreversible(kind string, avatar uint32, nonce string, done func(reply) (string, bool)) {
	b.sent = fmt.Sprintf("n%d", time.Now().UnixNano())
	if b.c.Send(protocol.TypeConfirm, b.sent, &protocol.Confirm{Nonce: nonce}) != nil {
		b.record(nemOp{Kind: kind, Result: "unknown"})
		panic(nemDropped{})
	}
	var r reply
	func() {
		defer func() {
			if x := recover(); x != nil {
				b.record(nemOp{Kind: kind, Result: "unknown"})
				panic(x)
			}
		}()
		r = b.await(avatar, false)
	}()
	switch id, ok := done(r); {
	case ok:
		b.record(nemOp{Kind: kind, Result: "ok", ID: id})
	case r.timeout:
		b.record(nemOp{Kind: kind, Result: "unknown"})
	default:
		b.record(nemOp{Kind: kind, Result: "fail", Why: r.why()})
	}
}

var roleOf = map[string]string{"booking": "assistant", "meeting": "assistant", "cart": "shopper", "order": "shopper", "ask": "tutor"}

// nemDays spread the load over two weeks, so a long run does not simply
// fill every table and calendar and then only hear "full".
var nemDays = []string{"내일", "모레", "3일 뒤", "4일 뒤", "5일 뒤", "6일 뒤", "7일 뒤", "8일 뒤", "9일 뒤", "10일 뒤", "11일 뒤", "12일 뒤", "13일 뒤"}

func (b *nemBot) booking(ctx context.Context) {
	av := b.enter(ctx, "lobby", "assistant")
	b.say(av, fmt.Sprintf("%s 저녁 %d시에 강남에서 %d명 이탈리안 예약해줘", nemDays[b.rng.IntN(len(nemDays))], 6+b.rng.IntN(3), 2+b.rng.IntN(3)))
	r := b.await(av, false)
	if r.card(protocol.CardOptions) == nil {
		b.record(nemOp{Kind: "booking", Result: "fail", Why: r.why()})
		return
	}
	b.say(av, "1번")
	if r = b.await(av, true); r.confirm == nil {
		b.record(nemOp{Kind: "booking", Result: "fail", Why: r.why()})
		return
	}
	b.irreversible("booking", av, r.confirm.Nonce, func(r reply) (string, bool) {
		if c := r.card(protocol.CardBooking); c != nil && c.Items[0].Status == "확정" {
			return c.Items[0].ID, true
		}
		return "", false
	})
}

var (
	nemQueries = []string{"유선 이어폰 추천해줘", "무선 이어폰 추천해줘", "헤드폰 추천해줘", "블루투스 스피커 추천해줘"}
	nemPicks   = []string{"첫 번째 거 장바구니에 담아줘", "두 번째 거 장바구니에 담아줘"}
	nemInCart  = regexp.MustCompile(`지금 (\d+)개`)
)

func (b *nemBot) cart(ctx context.Context) {
	av := b.enter(ctx, "store", "shopper")
	b.say(av, nemQueries[b.rng.IntN(len(nemQueries))])
	if r := b.await(av, false); r.card(protocol.CardProducts) == nil {
		b.record(nemOp{Kind: "cart", Result: "fail", Why: r.why()})
		return
	}
	var r reply
	func() {
		defer func() {
			if x := recover(); x != nil {
				b.mu.Lock()
				b.cartKnown = -1 // the add may or may not have happened
				b.mu.Unlock()
				b.record(nemOp{Kind: "cart", Result: "unknown"})
				panic(x)
			}
		}()
		b.say(av, nemPicks[b.rng.IntN(len(nemPicks))])
		r = b.await(av, false)
	}()
	m := nemInCart.FindStringSubmatch(r.text)
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case m != nil:
		b.cartKnown, _ = strconv.Atoi(m[1])
		b.history = append(b.history, nemOp{Kind: "cart", Result: "ok", ID: m[1]})
	case r.timeout:
		b.cartKnown = -1
		b.history = append(b.history, nemOp{Kind: "cart", Result: "unknown"})
	default:
		b.history = append(b.history, nemOp{Kind: "cart", Result: "fail", Why: r.why()})
	}
}

func (b *nemBot) checkout(ctx context.Context) {
	av := b.enter(ctx, "store", "shopper")
	var r reply
	func() {
		defer func() {
			if x := recover(); x != nil {
				b.mu.Lock()
				b.cartKnown = -1
				b.mu.Unlock()
				panic(x)
			}
		}()
		b.say(av, "결제해줘, 강남에서 픽업할게요, 비자카드로")
		r = b.await(av, true)
	}()
	if r.confirm == nil {
		b.record(nemOp{Kind: "order", Result: "fail", Why: r.why()})
		return
	}
	b.mu.Lock()
	b.cartKnown = -1 // from here the cart is the order's business
	b.mu.Unlock()
	b.irreversible("order", av, r.confirm.Nonce, func(r reply) (string, bool) {
		if c := r.card(protocol.CardOrder); c != nil && c.Items[0].Status == "결제 완료" {
			b.mu.Lock()
			b.cartKnown = 0
			b.mu.Unlock()
			return c.Items[0].ID, true
		}
		return "", false
	})
}

var nemMeetings = []string{"오전에", "오후에"}

func (b *nemBot) meeting(ctx context.Context) {
	av := b.enter(ctx, "lobby", "assistant")
	b.say(av, fmt.Sprintf("%s %s 민수랑 지영이랑 30분 회의 잡아줘", nemDays[b.rng.IntN(len(nemDays))], nemMeetings[b.rng.IntN(2)]))
	r := b.await(av, false)
	slots := r.card(protocol.CardSlots)
	if slots == nil {
		b.record(nemOp{Kind: "meeting", Result: "fail", Why: r.why()})
		return
	}
	b.say(av, "1번")
	if r = b.await(av, true); r.confirm == nil {
		b.record(nemOp{Kind: "meeting", Result: "fail", Why: r.why()})
		return
	}
	start := slots.Items[0].ID
	b.irreversible("meeting", av, r.confirm.Nonce, func(r reply) (string, bool) {
		return start, strings.Contains(r.text, "초대장을 보냈어요")
	})
}

func (b *nemBot) ask(ctx context.Context) {
	av := b.enter(ctx, "classroom", "tutor")
	b.say(av, "광합성이 뭐야?")
	r := b.await(av, false)
	if c := r.cards; len(c) > 0 && c[0].Kind == protocol.CardAnswer && len(c[0].Sources) > 0 {
		b.record(nemOp{Kind: "ask", Result: "ok"})
	} else {
		b.record(nemOp{Kind: "ask", Result: "fail", Why: r.why()})
	}
}

// settle waits until no bot is in the middle of an operation.
func settle(bs []*nemBot) {
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		busy := false
		for _, b := range bs {
			busy = busy || b.busy.Load()
		}
		if !busy {
			return
		}
	}
}

// nemSnap is every bot's history at one moment.
type nemSnap struct {
	users     []string
	histories [][]nemOp
	cartKnown []int
}

func snapshot(bs []*nemBot) nemSnap {
	var s nemSnap
	for _, b := range bs {
		b.mu.Lock()
		s.users = append(s.users, b.user)
		s.histories = append(s.histories, slices.Clone(b.history))
		s.cartKnown = append(s.cartKnown, b.cartKnown)
		b.mu.Unlock()
	}
	return s
}

func (s nemSnap) count(kind, result string) int {
	n := 0
	for _, h := range s.histories {
		for _, op := range h {
			if op.Kind == kind && op.Result == result {
				n++
			}
		}
	}
	return n
}

func summary(s nemSnap) string {
	var parts []string
	for _, k := range []string{"booking", "order", "meeting", "cart", "ask"} {
		parts = append(parts, fmt.Sprintf("%s %d ok/%d fail/%d unknown", k, s.count(k, "ok"), s.count(k, "fail"), s.count(k, "unknown")))
	}
	return strings.Join(parts, "; ")
}

func totalAcks(bs []*nemBot) int {
	n := 0
	for _, b := range bs {
		b.mu.Lock()
		for _, op := range b.history {
			if op.Result == "ok" {
				n++
			}
		}
		b.mu.Unlock()
	}
	return n
}

// checkNemesis copies the killed server's data directory (so the real
// restart recovers from the untouched files) and checks the invariants on
// the copy with the skills' own code.
func checkNemesis(t *testing.T, data, scratch string, s nemSnap) error {
	if out, err := exec.Command("cp", "-a", data, scratch).CombinedOutput(); err != nil {
		return fmt.Errorf("copying the data directory: %v: %s", err, out)
	}
	d, err := store.OpenDir(scratch)
	if err != nil {
		return fmt.Errorf("reopening after kill -9: %w", err)
	}
	defer d.Close()
	if _, err := server.ShareTurnFiles(d, server.TurnFileAuto, false); err != nil { // the layout the server left
		return err
	}
	h, err := skills.NewHost(skills.HostOptions{Dir: d, Skills: []skills.ID{}})
	if err != nil {
		return err
	}
	defer h.Close()
	bk, shop, sched := booking.New(), shopping.New(shopping.Options{}), scheduling.New()
	for id, sk := range map[skills.ID]skills.Skill{booking.ID: bk, shopping.ID: shop, scheduling.ID: sched} {
		if err := h.Add(id, sk); err != nil {
			return fmt.Errorf("reopening %s: %w", id, err)
		}
	}
	if err := bk.Check(); err != nil {
		return fmt.Errorf("booking invariants: %w", err)
	}
	if err := shop.Check(); err != nil {
		return fmt.Errorf("stock invariants: %w", err)
	}
	bookings, orders, meetings := map[string]map[string]bool{}, map[string]map[string]bool{}, map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, user, id string) {
		if m[user] == nil {
			m[user] = map[string]bool{}
		}
		m[user][id] = true
	}
	for _, b := range bk.Bookings() {
		if b.Status == booking.Confirmed {
			add(bookings, b.User, b.ID)
		}
	}
	for _, o := range shop.Orders() {
		if o.PaymentID != "" && o.Status != shopping.StCancelled {
			add(orders, o.User, o.ID)
		}
	}
	for _, e := range sched.Events() {
		if !e.Cancelled {
			add(meetings, e.Organizer, e.Start.Format(time.RFC3339))
			if !e.End.After(e.Start) || len(e.Attendees) == 0 || e.Attendees[0].ID != e.Organizer {
				return fmt.Errorf("malformed event %+v", e)
			}
		}
	}
	for i, user := range s.users {
		for kind, stored := range map[string]map[string]bool{"booking": bookings[user], "order": orders[user], "meeting": meetings[user]} {
			ok, unknown := 0, 0
			for _, op := range s.histories[i] {
				if op.Kind != kind {
					continue
				}
				switch op.Result {
				case "ok":
					ok++
					if !stored[op.ID] && !(kind == "meeting" && meetingAt(stored, op.ID)) {
						return fmt.Errorf("bot %d: acknowledged %s %s is missing", i, kind, op.ID)
					}
				case "unknown":
					unknown++
				}
			}
			if n := len(stored); n < ok || n > ok+unknown {
				var hist []string
				for _, op := range s.histories[i] {
					if op.Kind == kind {
						hist = append(hist, fmt.Sprintf("%s %s %s", op.Result, op.ID, op.Why))
					}
				}
				return fmt.Errorf("bot %d: %d %ss stored %v, %d acknowledged and %d unknown; history:\n%s", i, n, kind, stored, ok, unknown, strings.Join(hist, "\n"))
			}
		}
		if want := s.cartKnown[i]; want >= 0 {
			if n, _ := shop.CartTotal(user); n != want {
				return fmt.Errorf("bot %d: cart holds %d items, acknowledged %d", i, n, want)
			}
		}
	}
	return checkConversations(d)
}

// meetingAt matches an acknowledged start against stored starts whatever
// the zone they are written in.
func meetingAt(stored map[string]bool, start string) bool {
	want, err := time.Parse(time.RFC3339, start)
	if err != nil {
		return false
	}
	for s := range stored {
		if at, err := time.Parse(time.RFC3339, s); err == nil && at.Equal(want) {
			return true
		}
	}
	return false
}

// checkConversations: every saved conversation decodes and is in a legal
// state; one awaiting confirmation has the pending action it awaits.
func checkConversations(d *store.Dir) error {
	db, err := d.Open("conversations.db", store.Options{Durable: true})
	if err != nil {
		return err
	}
	var bad error
	n := 0
	db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("conv"), func(key store.Key, value string) bool {
			n++
			var st agents.State
			if err := store.Unmarshal(key, value, &st); err != nil {
				bad = fmt.Errorf("conversation %s: %w", key, err)
				return false
			}
			if !slices.Contains(agents.States, st.FSM) {
				bad = fmt.Errorf("conversation %s in state %q", key, st.FSM)
				return false
			}
			if st.FSM == agents.Awaiting && st.Pending == nil {
				bad = fmt.Errorf("conversation %s awaits a confirmation of nothing", key)
				return false
			}
			return true
		})
	})
	return bad
}

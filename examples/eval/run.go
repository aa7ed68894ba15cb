package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	_ "github.com/madang-world/madang/skills/standard" // the four packs the avatars use
)

// Clock is the evaluation's fixed instant: Wednesday 9 December 2026,
// 10:00 in Seoul. Every relative date in the sets ("내일", "this Friday",
// "다음 주 월요일") is labelled against it; a weekday in mid-week keeps
// "this week" and "next Monday" unambiguous.
var Clock = time.Date(2026, 12, 9, 10, 0, 0, 0, seoul)

var seoul = mustZone("Asia/Seoul")

func mustZone(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// fixedClock never moves: the whole evaluation happens at Clock, whatever
// the machine's date, so its labels stay right on any day.
type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time { return c.t }

// Turn is what one user text produced.
type Turn struct {
	Text   string
	Trace  *agents.TraceEvent // what the brain understood (nil: no trace came)
	Speech string             // the avatar's words as the client received them
	Cards  []protocol.Card    // the cards the client received for this text
	// Undelivered is set when the trace reported more words or cards than
	// reached the client within the grace period.
	Undelivered bool
	Err         string // a protocol error or a timeout
}

// World is a real Madang server with the campus avatars on a loopback
// port, its clock fixed at Clock, reporting every understanding.
type World struct {
	URL      string
	srv      *server.Server
	hs       *http.Server
	dir      string
	avatars  map[string]*avatars.Avatar
	mu       sync.Mutex
	traces   map[string]chan agents.TraceEvent
	lost     atomic.Int64 // trace events nobody was waiting for
	guestSeq atomic.Int64
}

// StartWorld starts the server in-process (server.New, the same way
// examples/campus does) on 127.0.0.1.
func StartWorld() (*World, error) {
	dir, err := os.MkdirTemp("", "madang-eval-")
	if err != nil {
		return nil, err
	}
	w := &World{dir: dir, avatars: map[string]*avatars.Avatar{}, traces: map[string]chan agents.TraceEvent{}}
	as := avatars.Campus()
	for _, a := range as {
		w.avatars[a.ID] = a
	}
	srv, err := server.New(&server.Options{
		DataDir:        dir,
		Avatars:        as,
		Clock:          fixedClock{Clock},
		Location:       seoul,
		Trace:          w.trace,
		Logger:         slog.New(slog.NewTextHandler(io.Discard, nil)),
		GuestRate:      -1,                // hundreds of fresh guests from one address
		ViewTiles:      64,                // every avatar of a room is in view on joining
		Speed:          15,                // avatars walk over quickly
		BackupInterval: -1,                // a throwaway world
		ChatRate:       50, ChatBurst: 50, // no chat is used; kept generous
		// Hundreds of guests come and go in one room, each seeing all the
		// others: on a loaded machine a guest's reader fell behind the
		// default 64-message queue and the server rightly cut it off as a
		// slow consumer ("1 texts unanswered"). The harness measures
		// understanding, not backpressure (server tests do that).
		SendQueueLen: 4096, SendQueueBytes: 16 << 20,
	})
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		srv.Shutdown(context.Background())
		os.RemoveAll(dir)
		return nil, err
	}
	w.srv = srv
	w.hs = &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	w.URL = "http://" + ln.Addr().String()
	go w.hs.Serve(ln)
	return w, nil
}

// Close stops the server and deletes its data.
func (w *World) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	w.hs.Shutdown(ctx)
	err := w.srv.Shutdown(ctx)
	http.DefaultClient.CloseIdleConnections()
	os.RemoveAll(w.dir)
	return err
}

func (w *World) trace(ev agents.TraceEvent) {
	w.mu.Lock()
	ch := w.traces[ev.User]
	w.mu.Unlock()
	if ch == nil {
		w.lost.Add(1)
		return
	}
	select {
	case ch <- ev:
	default:
		w.lost.Add(1)
	}
}

// Timeouts of one conversation turn: how long the avatar may take to
// answer, and how long the client may lag behind the trace.
const (
	turnTimeout = 20 * time.Second
	deliverWait = 5 * time.Second
)

// Converse signs a fresh guest in, opens a WebSocket, joins the room of
// avatar and says texts to it one after the other, each after the previous
// answer is complete.
func (w *World) Converse(ctx context.Context, avatar string, texts []string) ([]Turn, error) {
	av := w.avatars[avatar]
	if av == nil {
		return nil, fmt.Errorf("no avatar %q in the campus", avatar)
	}
	cred, err := client.SignIn(ctx, w.URL, fmt.Sprintf("eval%d", w.guestSeq.Add(1)))
	if err != nil {
		return nil, fmt.Errorf("sign in: %w", err)
	}
	traces := make(chan agents.TraceEvent, 16)
	w.mu.Lock()
	w.traces[cred.User.ID] = traces
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		delete(w.traces, cred.User.ID)
		w.mu.Unlock()
	}()
	conn, err := client.Dial(ctx, w.URL, cred.Token, nil)
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	defer conn.Close()
	j, err := conn.Join(ctx, av.Room)
	if err != nil {
		return nil, fmt.Errorf("join %s: %w", av.Room, err)
	}
	ent, err := findAvatar(ctx, conn, j, av)
	if err != nil {
		return nil, err
	}
	var turns []Turn
	for _, text := range texts {
		t := w.say(ctx, conn, ent, traces, text)
		turns = append(turns, t)
		if t.Err != "" {
			break
		}
	}
	return turns, nil
}

// findAvatar finds av's entity among those the client sees.
func findAvatar(ctx context.Context, conn *client.Conn, j *protocol.Joined, av *avatars.Avatar) (uint32, error) {
	match := func(e protocol.Entity) bool {
		return e.Kind == protocol.KindAvatar && (e.Role == av.Role || e.Name == av.NameKo || e.Name == av.NameEn)
	}
	for _, e := range j.Entities {
		if match(e) {
			return e.ID, nil
		}
	}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(5 * time.Second)
	for {
		for _, e := range conn.Mirror.Entities() {
			if match(e.Entity) {
				return e.ID, nil
			}
		}
		select {
		case <-tick.C:
		case <-deadline:
			return 0, fmt.Errorf("avatar %s (role %s) not in view in %s", av.ID, av.Role, av.Room)
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
}

// say sends one talk and collects its answer: the trace event for it and
// the speech and cards the client receives with re = the talk's id.
func (w *World) say(ctx context.Context, conn *client.Conn, avatar uint32, traces chan agents.TraceEvent, text string) Turn {
	t := Turn{Text: text}
	id, err := conn.Talk(avatar, text)
	if err != nil {
		t.Err = "talk: " + err.Error()
		return t
	}
	var speech strings.Builder
	timeout := time.NewTimer(turnTimeout)
	defer timeout.Stop()
	var grace <-chan time.Time
	complete := func() bool {
		if t.Trace == nil || len(t.Cards) < len(t.Trace.Cards) {
			return false
		}
		return strings.Contains(squash(speech.String()), squash(t.Trace.Say))
	}
	for !complete() {
		select {
		case ev := <-traces:
			if ev.Text != text {
				continue // an answer to something else (cannot happen: one text at a time)
			}
			t.Trace = &ev
			grace = time.After(deliverWait) // for the client to receive all of it
		case ev, ok := <-conn.Events():
			if !ok {
				t.Err = fmt.Sprintf("connection ended: %v", conn.Err())
				t.Speech = speech.String()
				return t
			}
			switch p := ev.Payload.(type) {
			case *protocol.Speech:
				if p.Re == id {
					speech.WriteString(p.Text)
					if p.Final {
						speech.WriteString("\n")
						if t.Trace == nil && grace == nil {
							// Answered: the trace should follow at once.
							grace = time.After(deliverWait)
						}
					}
				}
			case *protocol.Card:
				if p.Re == id {
					t.Cards = append(t.Cards, *p)
				}
			case *protocol.Error:
				if ev.ID == id {
					t.Err = fmt.Sprintf("error %s: %s", p.Code, p.Message)
					t.Speech = speech.String()
					return t
				}
			}
		case <-grace:
			t.Speech = speech.String()
			if t.Trace == nil {
				t.Err = "answered, but no trace of the text"
				return t
			}
			t.Undelivered = true
			return t
		case <-timeout.C:
			t.Err = fmt.Sprintf("no complete answer within %s", turnTimeout)
			t.Speech = speech.String()
			return t
		case <-ctx.Done():
			t.Err = ctx.Err().Error()
			return t
		}
	}
	t.Speech = speech.String()
	return t
}

// squash drops white space, so line breaks between speech chunks and the
// trace's joined lines compare equal.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// controlTexts are said to every avatar in each language: what it answers
// to gibberish (its greeting, its list of what it can do) is no evidence
// of a useful answer, so the useful words found there are not counted.
var controlTexts = map[string]string{"ko": "쿠루룽 삐빅 뽀로롱", "en": "blorp zindle quax"}

func controlID(avatar, lang string) string { return "control/" + avatar + "/" + lang }

// Results are the conversations of every case, by case id.
type Results struct {
	Turns   map[string][]Turn
	Failed  map[string]string // cases whose conversation could not be held
	Elapsed time.Duration
}

type job struct {
	id, avatar string
	texts      []string
}

// RunSets holds every case's conversation with `workers` guests at a time.
func (w *World) RunSets(ctx context.Context, s *Sets, workers int) *Results {
	var jobs, class []job
	for _, c := range s.Understanding {
		j := job{c.ID, c.Avatar, append(append([]string{}, c.Prior...), c.Text)}
		if classQuiz(c) {
			class = append(class, j)
			continue
		}
		jobs = append(jobs, j)
	}
	for _, c := range s.Safety {
		jobs = append(jobs, job{c.ID, c.Avatar, []string{c.Text}})
	}
	if len(s.Safety) > 0 {
		for av := range w.avatars {
			for lang, text := range controlTexts {
				jobs = append(jobs, job{controlID(av, lang), av, []string{text}})
			}
		}
	}
	for _, c := range s.Tutor {
		jobs = append(jobs, job{c.ID, "tutor", []string{c.Text}})
	}
	// A class quiz takes in everyone present in the classroom: run among
	// the other cases, it made their texts answers to it. And any case in
	// the classroom may start one by mistake ("let's do a quiz" understood
	// as a class quiz) and capture whoever else is there. So the cases in
	// a room with a class-quiz skill run one at a time (beside the other
	// rooms' cases), and the class quiz cases after everything else.
	start := time.Now()
	var shared, classroom []job
	for _, j := range jobs {
		if w.classRoom(j.avatar) {
			classroom = append(classroom, j)
		} else {
			shared = append(shared, j)
		}
	}
	var rc *Results
	done := make(chan struct{})
	go func() {
		defer close(done)
		rc = w.run(ctx, classroom, 1)
	}()
	r := w.run(ctx, shared, max(workers-1, 1))
	<-done
	rq := w.run(ctx, class, 1)
	for _, x := range []*Results{rc, rq} {
		maps.Copy(r.Turns, x.Turns)
		maps.Copy(r.Failed, x.Failed)
	}
	r.Elapsed = time.Since(start)
	return r
}

// classRoom says whether avatar's room has an avatar that runs class
// quizzes (the tutoring pack).
func (w *World) classRoom(avatar string) bool {
	a := w.avatars[avatar]
	if a == nil {
		return false
	}
	for _, b := range w.avatars {
		if b.Room == a.Room && contains(b.Skills, "madang.tutoring") {
			return true
		}
	}
	return false
}

// classQuiz says whether a case is about the class quiz (starting one,
// answering one, or its results).
func classQuiz(c UCase) bool {
	for _, in := range append([]string{c.Intent}, c.AltIntents...) {
		if strings.HasPrefix(in, "tutor_class_") {
			return true
		}
	}
	return false
}

func (w *World) run(ctx context.Context, jobs []job, workers int) *Results {
	start := time.Now()
	r := &Results{Turns: map[string][]Turn{}, Failed: map[string]string{}}
	var mu sync.Mutex
	ch := make(chan job)
	var wg sync.WaitGroup
	for i := 0; i < max(workers, 1); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range ch {
				cctx, cancel := context.WithTimeout(ctx, time.Duration(len(j.texts)+1)*turnTimeout)
				turns, err := w.Converse(cctx, j.avatar, j.texts)
				cancel()
				mu.Lock()
				if err != nil {
					r.Failed[j.id] = err.Error()
				} else {
					r.Turns[j.id] = turns
				}
				mu.Unlock()
			}
		}()
	}
	for _, j := range jobs {
		if ctx.Err() != nil {
			break
		}
		ch <- j
	}
	close(ch)
	wg.Wait()
	r.Elapsed = time.Since(start)
	return r
}

// errNoTurn reports a case whose text was never answered.
var errNoTurn = errors.New("the text was not answered")

// last is the turn of the case's own text (after its prior turns).
func (r *Results) last(id string, n int) (Turn, error) {
	ts := r.Turns[id]
	if len(ts) != n {
		if e := r.Failed[id]; e != "" {
			return Turn{}, errors.New(e)
		}
		if len(ts) > 0 && ts[len(ts)-1].Err != "" {
			return Turn{}, errors.New(ts[len(ts)-1].Err)
		}
		return Turn{}, errNoTurn
	}
	return ts[n-1], nil
}

// dump appends every case's turns — the text, what the avatar said, the
// cards and what the brain understood — as JSON lines sorted by case, to
// the file MADANG_EVAL_DUMP names: two runs diffed show every case whose
// answer moved, not only the misses.
func (r *Results) dump(file, collection string) error {
	ids := make([]string, 0, len(r.Turns)+len(r.Failed))
	for id := range r.Turns {
		ids = append(ids, id)
	}
	for id := range r.Failed {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	f, err := os.OpenFile(file, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, id := range ids {
		type turn struct {
			Text, Speech string
			Cards        []protocol.Card       `json:",omitempty"`
			Understood   *agents.Understanding `json:",omitempty"`
			Refused      bool                  `json:",omitempty"`
			Err          string                `json:",omitempty"`
		}
		var ts []turn
		for _, t := range r.Turns[id] {
			x := turn{Text: t.Text, Speech: t.Speech, Cards: t.Cards, Err: t.Err}
			if t.Trace != nil {
				x.Understood, x.Refused = t.Trace.Understood, t.Trace.Refused
			}
			ts = append(ts, x)
		}
		if err := enc.Encode(map[string]any{"collection": collection, "case": id, "failed": r.Failed[id], "turns": ts}); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

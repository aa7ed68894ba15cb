package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
)

// TestSoak runs the real server under a steady mixed load — bots that
// walk, chat, talk to the avatars and reconnect — and checks that its
// memory and goroutines stay flat: RSS at the end within 25% (and 40 MB)
// of RSS after the warm-up, and goroutines back to the idle count once
// the bots leave. 20 s in make test, two minutes in make test-long;
// MADANG_SOAK=30m for a release's run:
//
//	MADANG_SOAK=30m go test ./examples/campus -run TestSoak -v -timeout 40m
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak")
	}
	dur := 10 * time.Second // make test; make test-long soaks two minutes
	if testLong() {
		dur = 2 * time.Minute
	}
	if v := os.Getenv("MADANG_SOAK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatal(err)
		}
		dur = d
	}
	const bots = 40
	dir := t.TempDir()
	bin := campusBinary(t)
	p := startCampus(t, bin, filepath.Join(dir, "data"), "-conv-idle", "3s")
	defer p.kill9()
	pid := p.cmd.Process.Pid
	time.Sleep(time.Second)
	idleG := goroutines(t, p.url)

	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	ops, failures := 0, 0
	count := func(ok bool) {
		mu.Lock()
		ops++
		if !ok {
			failures++
		}
		mu.Unlock()
	}
	rooms := []string{"classroom", "store", "lobby"}
	asks := map[string]string{"classroom": "광합성이 뭐예요?", "store": "무선 이어폰 추천해줘", "lobby": "내 일정 알려줘"}
	for i := 0; i < bots; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cred, err := client.SignIn(ctx, p.url, fmt.Sprintf("손님%02d", i))
			if err != nil {
				count(false)
				return
			}
			room := rooms[i%len(rooms)]
			for ctx.Err() == nil { // one connection per 20-40 s, then a fresh one
				soakSession(ctx, p.url, cred.Token, room, asks[room], time.Duration(20+rand.IntN(20))*time.Second, count)
			}
		}(i)
	}
	var samples []string
	var warmRSS, lastRSS int
	tick := time.NewTicker(10 * time.Second)
	start := time.Now()
	for ctx.Err() == nil {
		select {
		case <-tick.C:
		case <-ctx.Done():
		}
		rss := rssKB(t, pid)
		g := goroutines(t, p.url)
		samples = append(samples, fmt.Sprintf("%3.0fs rss=%dKB goroutines=%d", time.Since(start).Seconds(), rss, g))
		if warmRSS == 0 && time.Since(start) >= 30*time.Second {
			warmRSS = rss
		}
		lastRSS = rss
	}
	tick.Stop()
	wg.Wait()
	// Bots are gone: sessions, rooms' entities (after their linger) and
	// conversations settle back.
	var endG int
	for i := 0; i < 60; i++ { // conversations end 3 s after their last message
		endG = goroutines(t, p.url)
		if endG <= idleG+5 {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Logf("soak %v, %d bots, %d operations (%d failed); idle goroutines %d, after %d", dur, bots, ops, failures, idleG, endG)
	for _, s := range samples {
		t.Log(s)
	}
	if warmRSS > 0 && (float64(lastRSS) > 1.25*float64(warmRSS) && lastRSS-warmRSS > 40*1024) {
		t.Errorf("RSS grew from %d KB after warm-up to %d KB", warmRSS, lastRSS)
	}
	if endG > idleG+5 {
		t.Errorf("goroutines: %d idle, %d after the bots left", idleG, endG)
	}
	if failures*20 > ops {
		t.Errorf("%d of %d operations failed", failures, ops)
	}
}

// soakSession is one bot connection: walk, chat, ask the avatar, then
// leave.
func soakSession(ctx context.Context, url, token, room, ask string, life time.Duration, count func(bool)) {
	c, err := client.Dial(ctx, url, token, &client.Options{EventBuffer: 256})
	if err != nil {
		count(ctx.Err() != nil)
		return
	}
	defer c.Close()
	go func() {
		for range c.Events() {
		}
	}()
	j, err := c.Join(ctx, room)
	if err != nil {
		count(ctx.Err() != nil)
		return
	}
	count(true)
	var avatar uint32
	for _, e := range j.Entities {
		if e.Kind == protocol.KindAvatar {
			avatar = e.ID
		}
	}
	var floor [][2]int
	for y, row := range j.Map.Tiles {
		for x := 0; x < len(row); x++ {
			if row[x] == '.' {
				floor = append(floor, [2]int{x, y})
			}
		}
	}
	end := time.After(life)
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for n := 0; ; n++ {
		select {
		case <-ctx.Done():
			return
		case <-end:
			return
		case <-c.Done():
			count(false)
			return
		case <-t.C:
		}
		f := floor[rand.IntN(len(floor))]
		count(c.MoveTo(f[0], f[1]) == nil)
		if n%10 == 0 {
			cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			_, err := c.Chat(cctx, "안녕하세요 여러분", protocol.ScopeRoom)
			cancel()
			count(err == nil || ctx.Err() != nil)
		}
		if n%20 == 5 && avatar != 0 {
			_, err := c.Talk(avatar, ask)
			count(err == nil)
		}
	}
}

func rssKB(t *testing.T, pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`VmRSS:\s+(\d+) kB`).FindSubmatch(b)
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func goroutines(t *testing.T, url string) int {
	resp, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "go_goroutines ") {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(l, "go_goroutines ")))
			return n
		}
	}
	t.Fatal("no go_goroutines in /metrics")
	return 0
}

// Command crowd fills a room with walking bots: to see a busy room in the
// client, and to measure the client's frame rate with many people in view
// (`make client-fps`).
//
//	go run ./examples/crowd -server http://127.0.0.1:8080 -room classroom -n 100
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"os/signal"
	"sync"
	"time"

	"github.com/madang-world/madang/client"
)

func main() {
	server := flag.String("server", "http://127.0.0.1:8080", "world server")
	room := flag.String("room", "classroom", "room to fill")
	n := flag.Int("n", 100, "bots")
	every := flag.Duration("every", 2*time.Second, "each bot picks a new destination this often")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var wg sync.WaitGroup
	ready := make(chan struct{}, *n)
	for i := 0; i < *n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := bot(ctx, *server, *room, fmt.Sprintf("손님%d", i+1), *every, ready); err != nil && ctx.Err() == nil {
				log.Printf("bot %d: %v", i+1, err)
			}
		}(i)
	}
	for i := 0; i < *n; i++ {
		select {
		case <-ready:
		case <-ctx.Done():
			return
		}
	}
	fmt.Printf("crowd: %d bots walking in %s\n", *n, *room)
	wg.Wait()
}

func bot(ctx context.Context, server, room, name string, every time.Duration, ready chan<- struct{}) error {
	cred, err := client.SignIn(ctx, server, name)
	if err != nil {
		return err
	}
	c, err := client.Dial(ctx, server, cred.Token, &client.Options{Client: "madang-crowd/1", EventBuffer: 64})
	if err != nil {
		return err
	}
	defer c.Close()
	go func() { // nobody reads the events; drain them
		for range c.Events() {
		}
	}()
	j, err := c.Join(ctx, room)
	if err != nil {
		return err
	}
	ready <- struct{}{}
	var floor [][2]int
	for y, row := range j.Map.Tiles {
		for x := 0; x < len(row); x++ {
			if row[x] == '.' {
				floor = append(floor, [2]int{x, y})
			}
		}
	}
	t := time.NewTicker(every + time.Duration(rand.Int64N(int64(every))))
	defer t.Stop()
	for {
		p := floor[rand.IntN(len(floor))]
		c.MoveTo(p[0], p[1])
		select {
		case <-ctx.Done():
			return nil
		case <-c.Done():
			return c.Err()
		case <-t.C:
		}
	}
}

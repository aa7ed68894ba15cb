// Command roomfinder calls the example room-finder skill through a skills
// Host from the command line, the way an avatar's brain would:
//
//	go run ./examples/roomfinder find 6 2026-12-08T15:00
//	go run ./examples/roomfinder reserve s102 2026-12-08T15:00 6
//
// Reserving is irreversible: the first call prints the confirmation the
// user would see, then the tool runs with that confirmation.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/madang-world/madang/examples/roomfinder/roomfinder"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

func main() {
	if len(os.Args) < 4 {
		fmt.Fprintln(os.Stderr, "usage: roomfinder find PEOPLE HOUR | reserve ROOM HOUR PEOPLE")
		os.Exit(2)
	}
	dir, err := store.OpenDir(os.Getenv("HOME") + "/.cache/madang/roomfinder")
	must(err)
	defer dir.Close()
	host, err := skills.NewHost(skills.HostOptions{Dir: dir, Skills: []skills.ID{roomfinder.ID}})
	must(err)
	ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "cli", Scopes: []string{"rooms.read", "rooms.reserve"}})
	var r skills.Result
	switch os.Args[1] {
	case "find":
		n, _ := strconv.Atoi(os.Args[2])
		args, _ := json.Marshal(map[string]any{"people": n, "hour": os.Args[3]})
		r = host.Call(ctx, "rooms_find", args, skills.CallOptions{})
	case "reserve":
		n, _ := strconv.Atoi(os.Args[4])
		args, _ := json.Marshal(map[string]any{"room": os.Args[2], "hour": os.Args[3], "people": n})
		key := fmt.Sprint(os.Getpid())
		r = host.Call(ctx, "rooms_reserve", args, skills.CallOptions{IdempotencyKey: key})
		if r.Confirmation != nil {
			fmt.Println("확인 Confirm:", r.Confirmation.Summary.Text)
			r = host.Call(ctx, "rooms_reserve", args, skills.CallOptions{IdempotencyKey: key, Confirmation: r.Confirmation.Nonce})
		}
	}
	out, _ := json.MarshalIndent(r, "", "  ")
	fmt.Println(string(out))
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "roomfinder:", err)
		os.Exit(1)
	}
}

package load

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server/world"
)

// WriteWorld writes the campus (so the avatars have their rooms) and n
// load rooms of 20×16 tiles. With the default 10-tile view, every bot in a
// load room sees every other: the expected deliveries are exact.
func WriteWorld(dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, r := range world.Campus().Rooms {
		if err := writeRoom(dir, r.Native()); err != nil {
			return err
		}
	}
	rows := []string{strings.Repeat("#", 20)}
	for y := 1; y < 15; y++ {
		rows = append(rows, "#"+strings.Repeat(".", 18)+"#")
	}
	rows = append(rows, strings.Repeat("#", 20))
	var spawns []protocol.Point
	for y := 2; y <= 13; y += 2 {
		for x := 3; x <= 16; x += 3 {
			spawns = append(spawns, protocol.Point{X: x, Y: y})
		}
	}
	for i := 1; i <= n; i++ {
		id := fmt.Sprintf("load-%02d", i)
		if err := writeRoom(dir, world.RoomFile{ID: id, Kind: "load", NameKo: "부하 " + id, NameEn: "Load " + id, Tiles: rows, Spawns: spawns,
			Zones: []protocol.Zone{}, Doors: []protocol.Door{}}); err != nil {
			return err
		}
	}
	return nil
}

func writeRoom(dir string, r world.RoomFile) error {
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, r.ID+".json"), b, 0o644)
}

// Package world loads room maps from world files and answers questions about
// them: which tiles are walkable, which zones and doors a tile is in, and the
// shortest walk between two tiles.
//
// It is a leaf package (it imports only protocol), so the server, the
// avatars and the tools can all use it. Maps are immutable after loading and
// safe for concurrent use.
//
// # Formats
//
// A world is a directory of room files. Two formats load:
//
//   - Madang room JSON (*.json without "tiledversion"), the shipped format:
//     rows of characters with a fixed legend, see [Legend] and docs/worlds.md.
//   - Tiled JSON maps (*.tmj, or *.json with "tiledversion"): tile layers
//     named "walls" and "furniture" block movement, an object layer holds
//     objects of type (or class) "zone", "spawn" and "door".
package world

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/madang-world/madang/protocol"
)

// Errors returned by Load and Parse. They wrap the file and the detail.
var (
	ErrInvalid = errors.New("invalid world file")
	ErrEmpty   = errors.New("world has no rooms")
)

// MaxSide is the largest width or height of a room, in tiles.
const MaxSide = 256

// Tile describes one legend character.
type Tile struct {
	Char    byte
	Name    string
	Blocked bool
}

// Legend is the fixed tile legend of Madang room files. The client draws
// the same characters, so it is part of the protocol (see protocol/README.md).
var Legend = []Tile{
	{'#', "wall", true},
	{'.', "floor", false},
	{'+', "doorway", false},
	{'r', "rug", false},
	{'c', "chair", false},
	{'d', "desk", true},
	{'t', "table", true},
	{'s', "shelf", true},
	{'k', "counter", true},
	{'b', "board", true},
	{'p', "plant", true},
	{'w', "window", true},
}

var legend = func() (m [256]*Tile) {
	for i := range Legend {
		m[Legend[i].Char] = &Legend[i]
	}
	return m
}()

// Room is one loaded map.
type Room struct {
	ID     string
	Kind   string
	NameKo string
	NameEn string
	W, H   int
	Rows   []string // H rows of W legend characters
	Zones  []protocol.Zone
	Spawns []protocol.Point
	Doors  []protocol.Door
	File   string // where it was loaded from

	blocked []bool
}

var idRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// Walkable reports whether an entity may stand on tile (x, y).
func (r *Room) Walkable(x, y int) bool {
	if x < 0 || y < 0 || x >= r.W || y >= r.H {
		return false
	}
	return !r.blocked[y*r.W+x]
}

// ZonesAt returns the names of the zones containing tile (x, y), in file order.
func (r *Room) ZonesAt(x, y int, dst []string) []string {
	for _, z := range r.Zones {
		if x >= z.X && x < z.X+z.W && y >= z.Y && y < z.Y+z.H {
			dst = append(dst, z.Name)
		}
	}
	return dst
}

// DoorAt returns the door on tile (x, y), if any.
func (r *Room) DoorAt(x, y int) (protocol.Door, bool) {
	for _, d := range r.Doors {
		if d.X == x && d.Y == y {
			return d, true
		}
	}
	return protocol.Door{}, false
}

// Info is the room's listing entry (without the live player count).
func (r *Room) Info() protocol.Room {
	return protocol.Room{ID: r.ID, Kind: r.Kind, NameKo: r.NameKo, NameEn: r.NameEn}
}

// Map is the room's static map as sent in joined.
func (r *Room) Map() protocol.Map {
	return protocol.Map{W: r.W, H: r.H, Tiles: r.Rows, Zones: r.Zones, Doors: r.Doors}
}

// World is a set of rooms keyed by ID.
type World struct {
	Rooms map[string]*Room
}

// IDs returns the room IDs, sorted.
func (w *World) IDs() []string {
	ids := make([]string, 0, len(w.Rooms))
	for id := range w.Rooms {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

//go:embed campus/*.json
var campus embed.FS

// Campus returns the demo world shipped with Madang: a classroom, a store
// and a lobby with an office, connected by doors.
func Campus() *World {
	w, err := LoadFS(campus, "campus")
	if err != nil {
		panic("world: shipped campus is broken: " + err.Error())
	}
	return w
}

// Load reads every room file in dir (*.json, *.tmj) and checks that doors
// lead to existing rooms and walkable tiles.
func Load(dir string) (*World, error) {
	return LoadFS(os.DirFS(dir), ".")
}

// LoadFS is Load on a file system.
func LoadFS(fsys fs.FS, dir string) (*World, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("loading world: %w", err)
	}
	w := &World{Rooms: map[string]*Room{}}
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !(strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".tmj")) {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("loading world: %w", err)
		}
		r, err := Parse(name, data)
		if err != nil {
			return nil, err
		}
		r.File = name
		if old, dup := w.Rooms[r.ID]; dup {
			return nil, fmt.Errorf("%w: %s: room id %q already defined in %s", ErrInvalid, name, r.ID, old.File)
		}
		w.Rooms[r.ID] = r
	}
	if len(w.Rooms) == 0 {
		return nil, fmt.Errorf("%w: no *.json or *.tmj room files in %s", ErrEmpty, dir)
	}
	return w, w.check()
}

func (w *World) check() error {
	for _, id := range w.IDs() {
		r := w.Rooms[id]
		for _, d := range r.Doors {
			to, ok := w.Rooms[d.To]
			if !ok {
				return fmt.Errorf("%w: %s: door at (%d,%d) leads to unknown room %q", ErrInvalid, r.ID, d.X, d.Y, d.To)
			}
			if !to.Walkable(d.ToX, d.ToY) {
				return fmt.Errorf("%w: %s: door at (%d,%d) leads to (%d,%d) in %s, which is not walkable", ErrInvalid, r.ID, d.X, d.Y, d.ToX, d.ToY, d.To)
			}
			if _, loop := to.DoorAt(d.ToX, d.ToY); loop {
				return fmt.Errorf("%w: %s: door at (%d,%d) lands on a door in %s; land next to it", ErrInvalid, r.ID, d.X, d.Y, d.To)
			}
		}
	}
	return nil
}

// Parse reads one room file. name is used for messages and as the default ID.
func Parse(name string, data []byte) (*Room, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	var r *Room
	var err error
	if _, tiled := probe["tiledversion"]; tiled || strings.HasSuffix(name, ".tmj") {
		r, err = parseTiled(name, data)
	} else {
		r, err = parseNative(name, data)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	if err := r.finish(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	return r, nil
}

// RoomFile is the native room file format (one JSON file per room; the
// README's "World files" section). Tools that write worlds use it too.
type RoomFile struct {
	ID     string           `json:"id"`
	Kind   string           `json:"kind"`
	NameKo string           `json:"name_ko"`
	NameEn string           `json:"name_en"`
	Tiles  []string         `json:"tiles"`
	Zones  []protocol.Zone  `json:"zones"`
	Spawns []protocol.Point `json:"spawns"`
	Doors  []protocol.Door  `json:"doors"`
}

// Native returns the room in the native file format.
func (r *Room) Native() RoomFile {
	return RoomFile{r.ID, r.Kind, r.NameKo, r.NameEn, r.Rows, r.Zones, r.Spawns, r.Doors}
}

func parseNative(name string, data []byte) (*Room, error) {
	var n RoomFile
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&n); err != nil {
		return nil, err
	}
	r := &Room{ID: n.ID, Kind: n.Kind, NameKo: n.NameKo, NameEn: n.NameEn, Rows: n.Tiles,
		Zones: n.Zones, Spawns: n.Spawns, Doors: n.Doors}
	if r.ID == "" {
		r.ID = strings.TrimSuffix(name, filepath.Ext(name))
	}
	return r, nil
}

// finish validates r and derives the blocked grid.
func (r *Room) finish() error {
	if !idRe.MatchString(r.ID) {
		return fmt.Errorf("room id %q must be 1-64 of a-z, 0-9 and '-', starting with a letter or digit", r.ID)
	}
	if r.Kind == "" {
		r.Kind = "room"
	}
	if r.NameEn == "" {
		r.NameEn = r.ID
	}
	if r.NameKo == "" {
		r.NameKo = r.NameEn
	}
	// Empty lists, not null, on the wire.
	if r.Zones == nil {
		r.Zones = []protocol.Zone{}
	}
	if r.Doors == nil {
		r.Doors = []protocol.Door{}
	}
	r.H = len(r.Rows)
	if r.H == 0 || r.H > MaxSide {
		return fmt.Errorf("tiles: need 1 to %d rows, got %d", MaxSide, r.H)
	}
	r.W = len(r.Rows[0])
	if r.W == 0 || r.W > MaxSide {
		return fmt.Errorf("tiles: rows must be 1 to %d characters, row 0 has %d", MaxSide, r.W)
	}
	r.blocked = make([]bool, r.W*r.H)
	for y, row := range r.Rows {
		if len(row) != r.W {
			return fmt.Errorf("tiles: row %d has %d characters, row 0 has %d", y, len(row), r.W)
		}
		for x := 0; x < r.W; x++ {
			t := legend[row[x]]
			if t == nil {
				return fmt.Errorf("tiles: row %d column %d: %q is not in the legend", y, x, row[x])
			}
			r.blocked[y*r.W+x] = t.Blocked
		}
	}
	seen := map[string]bool{}
	for i, z := range r.Zones {
		if z.Name == "" || len(z.Name) > 64 {
			return fmt.Errorf("zone %d: name must be 1-64 bytes", i)
		}
		if seen[z.Name] {
			return fmt.Errorf("zone %q is defined twice", z.Name)
		}
		seen[z.Name] = true
		if z.W < 1 || z.H < 1 || z.X < 0 || z.Y < 0 || z.X+z.W > r.W || z.Y+z.H > r.H {
			return fmt.Errorf("zone %q (%d,%d %dx%d) is not inside the %dx%d map", z.Name, z.X, z.Y, z.W, z.H, r.W, r.H)
		}
	}
	if len(r.Spawns) == 0 {
		return errors.New("no spawn points")
	}
	for _, s := range r.Spawns {
		if !r.Walkable(s.X, s.Y) {
			return fmt.Errorf("spawn (%d,%d) is not a walkable tile", s.X, s.Y)
		}
	}
	for _, d := range r.Doors {
		if !r.Walkable(d.X, d.Y) {
			return fmt.Errorf("door (%d,%d) is not a walkable tile", d.X, d.Y)
		}
		if d.To == "" {
			return fmt.Errorf("door (%d,%d) has no target room", d.X, d.Y)
		}
	}
	return nil
}

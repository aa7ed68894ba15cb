package world

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCampusLoads(t *testing.T) {
	w := Campus()
	for _, id := range []string{"classroom", "store", "lobby"} {
		r, ok := w.Rooms[id]
		if !ok {
			t.Fatalf("campus has no %s", id)
		}
		if len(r.Spawns) == 0 || len(r.Zones) == 0 || len(r.Doors) == 0 {
			t.Errorf("%s: spawns %d zones %d doors %d", id, len(r.Spawns), len(r.Zones), len(r.Doors))
		}
		// Every spawn reaches every door: the campus is connected.
		for _, s := range r.Spawns {
			for _, d := range r.Doors {
				if r.Path(s.X, s.Y, d.X, d.Y) == nil {
					t.Errorf("%s: no path from spawn %v to door %v", id, s, d)
				}
			}
		}
	}
	store := w.Rooms["store"]
	if got := store.ZonesAt(5, 21, nil); len(got) != 1 || got[0] != "checkout" {
		t.Errorf("store (5,21) zones = %v, want [checkout]", got)
	}
	if store.NameKo != "상점" {
		t.Errorf("store name_ko = %q", store.NameKo)
	}
}

func TestPath(t *testing.T) {
	r, err := Parse("t.json", []byte(`{"id":"t","tiles":[
		"#######",
		"#.....#",
		"#.###.#",
		"#.#...#",
		"#######"],"spawns":[{"x":1,"y":1}]}`))
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range []struct {
		sx, sy, tx, ty int
		want           int // path length, -1 for none
	}{
		{1, 1, 1, 1, 0},
		{1, 1, 5, 1, 4},
		{1, 1, 3, 3, 8}, // around the wall: (1,1)→(5,1)→(5,3)→(3,3)
		{1, 1, 1, 3, 2},
		{1, 1, 2, 2, -1}, // wall
		{1, 1, 0, 0, -1}, // wall
		{1, 1, 99, 1, -1},
		{1, 1, -1, 1, -1},
	} {
		p := r.Path(tc.sx, tc.sy, tc.tx, tc.ty)
		got := len(p)
		if p == nil {
			got = -1
		}
		if got != tc.want {
			t.Errorf("test %d: path (%d,%d)->(%d,%d) length %d, want %d: %v", i, tc.sx, tc.sy, tc.tx, tc.ty, got, tc.want, p)
			continue
		}
		// Each step is one tile and walkable.
		px, py := tc.sx, tc.sy
		for _, s := range p {
			if abs(s.X-px)+abs(s.Y-py) != 1 || !r.Walkable(s.X, s.Y) {
				t.Errorf("test %d: bad step %v from (%d,%d)", i, s, px, py)
			}
			px, py = s.X, s.Y
		}
	}
}

func TestParseErrors(t *testing.T) {
	for i, tc := range []struct {
		file, want string
	}{
		{`not json`, "invalid character"},
		{`{"id":"x","tiles":[]}`, "need 1 to 256 rows"},
		{`{"id":"x","tiles":["#.#","#."],"spawns":[{"x":1,"y":0}]}`, "row 1 has 2 characters"},
		{`{"id":"x","tiles":["#?#"],"spawns":[{"x":1,"y":0}]}`, `'?' is not in the legend`},
		{`{"id":"x","tiles":["#.#"]}`, "no spawn points"},
		{`{"id":"x","tiles":["#.#"],"spawns":[{"x":0,"y":0}]}`, "spawn (0,0) is not a walkable tile"},
		{`{"id":"X!","tiles":["#.#"],"spawns":[{"x":1,"y":0}]}`, "room id"},
		{`{"id":"x","tiles":["#.#"],"spawns":[{"x":1,"y":0}],"zones":[{"name":"z","x":2,"y":0,"w":5,"h":1}]}`, "is not inside"},
		{`{"id":"x","tiles":["#.#"],"spawns":[{"x":1,"y":0}],"extra":1}`, "unknown field"},
		{`{"id":"x","tiles":["#.#"],"spawns":[{"x":1,"y":0}],"doors":[{"x":1,"y":0}]}`, "no target room"},
	} {
		_, err := Parse("bad.json", []byte(tc.file))
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("test %d: err = %v, want ErrInvalid containing %q", i, err, tc.want)
		}
	}
}

func TestLoadChecksDoors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.json", `{"id":"a","tiles":["#..#"],"spawns":[{"x":1,"y":0}],"doors":[{"x":2,"y":0,"to":"b","to_x":1,"to_y":0}]}`)
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), `unknown room "b"`) {
		t.Fatalf("err = %v", err)
	}
	write("b.json", `{"id":"b","tiles":["#..#"],"spawns":[{"x":1,"y":0}]}`)
	w, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := w.IDs(); len(got) != 2 {
		t.Fatalf("ids %v", got)
	}
	if _, err := Load(t.TempDir()); !errors.Is(err, ErrEmpty) {
		t.Fatalf("empty dir: %v", err)
	}
}

// TestTiled converts the shipped lobby to a Tiled JSON map, as the Tiled
// editor would save it, and checks that it loads to the same room.
func TestTiled(t *testing.T) {
	lobby := Campus().Rooms["lobby"]
	const tw = 32
	walls := make([]int, lobby.W*lobby.H)
	furn := make([]int, lobby.W*lobby.H)
	floor := make([]int, lobby.W*lobby.H)
	for y, row := range lobby.Rows {
		for x := 0; x < lobby.W; x++ {
			floor[y*lobby.W+x] = 1
			switch {
			case row[x] == '#' || row[x] == 'w':
				walls[y*lobby.W+x] = 2
			case !lobby.Walkable(x, y):
				furn[y*lobby.W+x] = 3
			}
		}
	}
	var objs []map[string]any
	for i, z := range lobby.Zones {
		objs = append(objs, map[string]any{"id": i + 1, "name": z.Name, "class": "zone", "x": z.X * tw, "y": z.Y * tw, "width": z.W * tw, "height": z.H * tw})
	}
	for _, s := range lobby.Spawns {
		objs = append(objs, map[string]any{"name": "", "type": "spawn", "point": true, "x": s.X*tw + 16, "y": s.Y*tw + 16})
	}
	for _, d := range lobby.Doors {
		objs = append(objs, map[string]any{"name": d.Name, "type": "door", "x": d.X * tw, "y": d.Y * tw, "width": tw, "height": tw,
			"properties": []map[string]any{{"name": "to", "type": "string", "value": d.To}, {"name": "to_x", "type": "int", "value": d.ToX}, {"name": "to_y", "type": "int", "value": d.ToY}}})
	}
	tm := map[string]any{
		"tiledversion": "1.10.2", "type": "map", "orientation": "orthogonal", "renderorder": "right-down",
		"width": lobby.W, "height": lobby.H, "tilewidth": tw, "tileheight": tw, "infinite": false,
		"properties": []map[string]any{{"name": "id", "type": "string", "value": "lobby-tiled"}, {"name": "name_ko", "type": "string", "value": "로비"}},
		"layers": []map[string]any{
			{"name": "floor", "type": "tilelayer", "data": floor, "width": lobby.W, "height": lobby.H},
			{"name": "group", "type": "group", "layers": []map[string]any{
				{"name": "walls", "type": "tilelayer", "data": walls, "width": lobby.W, "height": lobby.H},
				{"name": "furniture", "type": "tilelayer", "data": furn, "width": lobby.W, "height": lobby.H},
			}},
			{"name": "objects", "type": "objectgroup", "objects": objs},
		},
	}
	data, _ := json.Marshal(tm)
	r, err := Parse("lobby.tmj", data)
	if err != nil {
		t.Fatal(err)
	}
	if r.ID != "lobby-tiled" || r.NameKo != "로비" || r.W != lobby.W || r.H != lobby.H {
		t.Fatalf("got %s %q %dx%d", r.ID, r.NameKo, r.W, r.H)
	}
	for y := 0; y < r.H; y++ {
		for x := 0; x < r.W; x++ {
			if r.Walkable(x, y) != lobby.Walkable(x, y) {
				t.Fatalf("walkable differs at (%d,%d)", x, y)
			}
		}
	}
	if len(r.Zones) != len(lobby.Zones) || r.Zones[0] != lobby.Zones[0] || len(r.Spawns) != len(lobby.Spawns) || r.Spawns[0] != lobby.Spawns[0] {
		t.Fatalf("zones/spawns differ: %v %v", r.Zones, r.Spawns)
	}
	if len(r.Doors) != 2 || r.Doors[0] != lobby.Doors[0] {
		t.Fatalf("doors differ: %v vs %v", r.Doors, lobby.Doors)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"id":"a","tiles":["#..#"],"spawns":[{"x":1,"y":0}]}`))
	f.Add([]byte(`{"tiledversion":"1.10","width":2,"height":1,"tilewidth":8,"tileheight":8,"layers":[{"type":"tilelayer","name":"walls","data":[1,0]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse("f.json", data)
		if err != nil {
			return
		}
		// Whatever loaded must be internally consistent.
		for _, s := range r.Spawns {
			if !r.Walkable(s.X, s.Y) {
				t.Fatalf("spawn %v not walkable", s)
			}
			r.Path(s.X, s.Y, r.W-1, r.H-1)
		}
	})
}

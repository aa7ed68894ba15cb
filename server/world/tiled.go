package world

import (
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"github.com/madang-world/madang/protocol"
)

// Tiled JSON (https://doc.mapeditor.org/en/stable/reference/json-map-format/),
// the subset Madang reads: orthogonal maps with CSV-style data arrays (not
// base64/compressed), tile layers and one or more object groups.
type tiledMap struct {
	Width       int             `json:"width"`
	Height      int             `json:"height"`
	TileWidth   int             `json:"tilewidth"`
	TileHeight  int             `json:"tileheight"`
	Orientation string          `json:"orientation"`
	Infinite    bool            `json:"infinite"`
	Layers      []tiledLayer    `json:"layers"`
	Properties  []tiledProperty `json:"properties"`
}

type tiledLayer struct {
	Name     string          `json:"name"`
	Type     string          `json:"type"`
	Data     json.RawMessage `json:"data"`
	Encoding string          `json:"encoding"`
	Width    int             `json:"width"`
	Height   int             `json:"height"`
	Objects  []tiledObject   `json:"objects"`
	Layers   []tiledLayer    `json:"layers"` // group layers
}

type tiledObject struct {
	Name       string          `json:"name"`
	Type       string          `json:"type"`
	Class      string          `json:"class"`
	X          float64         `json:"x"`
	Y          float64         `json:"y"`
	Width      float64         `json:"width"`
	Height     float64         `json:"height"`
	Point      bool            `json:"point"`
	Properties []tiledProperty `json:"properties"`
}

type tiledProperty struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value any    `json:"value"`
}

func props(ps []tiledProperty) map[string]any {
	m := map[string]any{}
	for _, p := range ps {
		m[p.Name] = p.Value
	}
	return m
}

func propString(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func propInt(m map[string]any, k string) (int, bool) {
	f, ok := m[k].(float64)
	if !ok || f != math.Trunc(f) {
		return 0, false
	}
	return int(f), true
}

func parseTiled(name string, data []byte) (*Room, error) {
	var tm tiledMap
	if err := json.Unmarshal(data, &tm); err != nil {
		return nil, err
	}
	if tm.Orientation != "" && tm.Orientation != "orthogonal" {
		return nil, fmt.Errorf("tiled: only orthogonal maps are supported, not %q", tm.Orientation)
	}
	if tm.Infinite {
		return nil, fmt.Errorf("tiled: infinite maps are not supported")
	}
	if tm.Width < 1 || tm.Height < 1 || tm.Width > MaxSide || tm.Height > MaxSide {
		return nil, fmt.Errorf("tiled: map must be 1 to %d tiles on each side, got %dx%d", MaxSide, tm.Width, tm.Height)
	}
	if tm.TileWidth < 1 || tm.TileHeight < 1 {
		return nil, fmt.Errorf("tiled: tilewidth and tileheight must be positive")
	}
	mp := props(tm.Properties)
	r := &Room{ID: propString(mp, "id"), Kind: propString(mp, "kind"), NameKo: propString(mp, "name_ko"), NameEn: propString(mp, "name_en")}
	if r.ID == "" {
		r.ID = strings.TrimSuffix(name, filepath.Ext(name))
	}
	grid := make([][]byte, tm.Height)
	for y := range grid {
		grid[y] = []byte(strings.Repeat(".", tm.Width))
	}
	var walk func(ls []tiledLayer) error
	walk = func(ls []tiledLayer) error {
		for _, l := range ls {
			switch l.Type {
			case "group":
				if err := walk(l.Layers); err != nil {
					return err
				}
			case "tilelayer":
				var ch byte
				switch strings.ToLower(l.Name) {
				case "walls":
					ch = '#'
				case "furniture":
					ch = 't'
				default:
					continue // floor and decoration layers do not affect movement
				}
				if l.Encoding != "" && l.Encoding != "csv" {
					return fmt.Errorf("tiled: layer %q: only uncompressed array data is supported (set Tile Layer Format to CSV)", l.Name)
				}
				var gids []uint32
				if err := json.Unmarshal(l.Data, &gids); err != nil {
					return fmt.Errorf("tiled: layer %q data: %v", l.Name, err)
				}
				if len(gids) != tm.Width*tm.Height {
					return fmt.Errorf("tiled: layer %q has %d tiles, the map has %d", l.Name, len(gids), tm.Width*tm.Height)
				}
				for i, g := range gids {
					if g != 0 {
						grid[i/tm.Width][i%tm.Width] = ch
					}
				}
			case "objectgroup":
				for _, o := range l.Objects {
					if err := r.addTiledObject(&tm, o); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	if err := walk(tm.Layers); err != nil {
		return nil, err
	}
	for _, row := range grid {
		r.Rows = append(r.Rows, string(row))
	}
	return r, nil
}

func (r *Room) addTiledObject(tm *tiledMap, o tiledObject) error {
	kind := o.Type
	if kind == "" {
		kind = o.Class
	}
	tx := int(math.Floor(o.X / float64(tm.TileWidth)))
	ty := int(math.Floor(o.Y / float64(tm.TileHeight)))
	p := props(o.Properties)
	switch kind {
	case "zone":
		w := int(math.Round(o.Width / float64(tm.TileWidth)))
		h := int(math.Round(o.Height / float64(tm.TileHeight)))
		r.Zones = append(r.Zones, protocol.Zone{Name: o.Name, X: tx, Y: ty, W: w, H: h})
	case "spawn":
		r.Spawns = append(r.Spawns, protocol.Point{X: tx, Y: ty})
	case "door":
		d := protocol.Door{X: tx, Y: ty, To: propString(p, "to"), Name: o.Name}
		var ok1, ok2 bool
		d.ToX, ok1 = propInt(p, "to_x")
		d.ToY, ok2 = propInt(p, "to_y")
		if !ok1 || !ok2 {
			return fmt.Errorf("tiled: door %q needs integer properties to_x and to_y", o.Name)
		}
		r.Doors = append(r.Doors, d)
	}
	return nil
}

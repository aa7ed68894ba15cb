package art

import (
	"image"
	"image/color"
	"testing"
)

// TestTilesetGrids: every furniture grid is 16×16 and uses only colours
// of the palette (a typo would draw floor where a desk should be).
func TestTilesetGrids(t *testing.T) {
	for c, g := range tileGrids {
		if len(g) != 16 {
			t.Errorf("%c: %d rows", c, len(g))
		}
		for y, row := range g {
			if len(row) != 16 {
				t.Errorf("%c row %d: %d wide", c, y, len(row))
			}
			for x := 0; x < len(row); x++ {
				if _, ok := tilePal[row[x]]; !ok && row[x] != '.' {
					t.Errorf("%c (%d,%d): %q is not in the palette", c, x, y, row[x])
				}
			}
		}
	}
	// Each room code looks different from the floor and from the others.
	seen := map[[4]uint8]byte{}
	for _, c := range []byte(".#+rcdtskbpw") {
		img := Tile(c, '.', 3, 3)
		k := [4]uint8{}
		sum := 0
		for i, p := range img.Pix {
			sum += int(p) * (i%7 + 1)
		}
		k[0], k[1], k[2], k[3] = uint8(sum), uint8(sum>>8), uint8(sum>>16), uint8(sum>>24)
		if o, dup := seen[k]; dup {
			t.Errorf("tiles %c and %c are drawn the same", c, o)
		}
		seen[k] = c
	}
	if got := Tile('d', '.', 4, 7).RGBAAt(16, 16); got != Desk {
		t.Errorf("desk centre %v, want %v", got, Desk)
	}
	// A wall shows its brick front only where the room is open below it.
	if Tile('#', '.', 0, 0).RGBAAt(16, 24) == Tile('#', '#', 0, 0).RGBAAt(16, 24) {
		t.Error("a wall above the floor looks like a wall above a wall")
	}
}

func count(img *image.RGBA, c color.RGBA) int {
	n := 0
	for y := img.Rect.Min.Y; y < img.Rect.Max.Y; y++ {
		for x := img.Rect.Min.X; x < img.Rect.Max.X; x++ {
			if img.RGBAAt(x, y) == c {
				n++
			}
		}
	}
	return n
}

// TestCharacters: four directions and a walk cycle that moves the feet;
// looks differ from each other and from the avatars' uniform; a look is
// kept per user when none was chosen.
func TestCharacters(t *testing.T) {
	l := Looks[0]
	for _, dir := range []string{"n", "e", "s", "w"} {
		still := Character(l, dir, 0)
		step := Character(l, dir, 1)
		if still.Rect.Dx() != CharW || still.Rect.Dy() != CharH {
			t.Fatalf("%s: %v", dir, still.Rect)
		}
		if string(still.Pix) == string(step.Pix) {
			t.Errorf("%s: the step frame is the standing frame", dir)
		}
		if count(still, l.Shirt) < 40 {
			t.Errorf("%s: %d shirt pixels", dir, count(still, l.Shirt))
		}
	}
	if string(Character(l, "e", 0).Pix) == string(Character(l, "w", 0).Pix) {
		t.Error("east and west are drawn the same")
	}
	if count(Character(l, "s", 0), rgb(0x2a2630)) == count(Character(l, "n", 0), rgb(0x2a2630)) &&
		count(Character(l, "s", 0), l.Skin) == count(Character(l, "n", 0), l.Skin) {
		t.Error("facing north shows the face")
	}
	shirts := map[color.RGBA]string{}
	for _, lk := range Looks {
		if o, dup := shirts[lk.Shirt]; dup {
			t.Errorf("looks %s and %s share a shirt", lk.Name, o)
		}
		shirts[lk.Shirt] = lk.Name
		if lk.KoName == "" || lk.EnName == "" {
			t.Errorf("look %s has no name to choose it by", lk.Name)
		}
	}
	av := AvatarLook(rgb(0x2ea05a))
	for _, lk := range Looks {
		if lk.Hair == av.Hair && lk.Trousers == av.Trousers {
			t.Errorf("look %s dresses like an avatar", lk.Name)
		}
	}
	if LookFor("mint", "x").Name != "mint" || LookFor("", "user-1").Name != LookFor("", "user-1").Name {
		t.Error("LookFor")
	}
}

// TestDiscAndRing: a disc is solid inside, empty outside and partly
// covered on its edge; a ring is empty at its centre.
func TestDiscAndRing(t *testing.T) {
	red := color.RGBA{0xc0, 0x20, 0x20, 0xff}
	d := Disc(32, 11, red)
	if got := d.RGBAAt(16, 16); got != red {
		t.Errorf("disc centre %v, want %v", got, red)
	}
	if got := d.RGBAAt(1, 1); got.A != 0 {
		t.Errorf("disc corner %v, want transparent", got)
	}
	edge := d.RGBAAt(16+7, 16+7) // the pixel the radius crosses at 45°
	if edge.A == 0 || edge.A == 0xff {
		t.Errorf("disc edge alpha %d, want partial coverage (antialiased)", edge.A)
	}
	if edge.R > edge.A {
		t.Errorf("disc edge %v is not premultiplied", edge)
	}
	r := Ring(32, 13, 2, red)
	if got := r.RGBAAt(16, 16); got.A != 0 {
		t.Errorf("ring centre %v, want transparent", got)
	}
	if got := r.RGBAAt(16, 16-13); got.A < 0x80 {
		t.Errorf("ring on its radius %v, want mostly covered", got)
	}
}

// TestDrawTileMatchesTile: composing a room with DrawTile gives each tile
// exactly the pixels of referenceTile (the tileset as it was first drawn,
// one SetRGBA at a time), and Tile agrees, wherever a tile lands.
func TestDrawTileMatchesTile(t *testing.T) {
	room := image.NewRGBA(image.Rect(0, 0, 5*TileSize, 3*TileSize))
	codes := []byte(".#+rcdtskbpw")
	for i, c := range append(codes, codes...) {
		below := byte('.') // the first round: open floor below (walls show their front)
		if i >= len(codes) {
			below, i = '#', i-len(codes)
		}
		x, y := i%5, i/5
		DrawTile(room, x*TileSize, y*TileSize, c, below, x, y)
		want := referenceTile(c, below, x, y)
		if got := Tile(c, below, x, y); string(got.Pix) != string(want.Pix) {
			t.Errorf("Tile(%c) differs from the reference", c)
		}
		for py := 0; py < TileSize; py++ {
			for px := 0; px < TileSize; px++ {
				if got := room.RGBAAt(x*TileSize+px, y*TileSize+py); got != want.RGBAAt(px, py) {
					t.Fatalf("tile %c at (%d,%d) pixel (%d,%d): %v, want %v", c, x, y, px, py, got, want.RGBAAt(px, py))
				}
			}
		}
	}
}

// referenceTile is Tile as first written (pixel by pixel, clear but slow):
// the oracle for DrawTile.
func referenceTile(c, below byte, x, y int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, TileSize, TileSize))
	set := func(px, py int, clr color.RGBA) {
		for dy := 0; dy < Scale; dy++ {
			for dx := 0; dx < Scale; dx++ {
				img.SetRGBA(px*Scale+dx, py*Scale+dy, clr)
			}
		}
	}
	floor := func() {
		for py := 0; py < 16; py++ {
			for px := 0; px < 16; px++ {
				clr := Floor
				if (x+y)%2 == 1 {
					clr = FloorDark
				}
				// Planks four pixels high; their ends staggered per row.
				if py%4 == 3 || (px == (py/4*5+x*3)%16 && py%4 != 3) {
					clr = Seam
				}
				set(px, py, clr)
			}
		}
	}
	switch c {
	case '#':
		front := below != '#' && below != 'w' && below != 'b' && below != 0
		for py := 0; py < 16; py++ {
			for px := 0; px < 16; px++ {
				clr := WallTop
				if front && py >= 6 {
					// Bricks: rows of four, offset every other row.
					clr = WallFace
					if py%4 == 1 || (px+(py/4%2)*4)%8 == 0 {
						clr = tilePal['v']
					}
				} else if front && py == 5 {
					clr = tilePal['X']
				}
				set(px, py, clr)
			}
		}
		return img
	case 'r':
		for py := 0; py < 16; py++ {
			for px := 0; px < 16; px++ {
				clr := tilePal['R']
				if (px+py)%4 == 0 {
					clr = tilePal['r']
				}
				if (px+py+x+y)%8 == 4 && px%2 == 0 {
					clr = tilePal['y']
				}
				set(px, py, clr)
			}
		}
		return img
	}
	floor()
	if g, ok := tileGrids[c]; ok {
		for py, row := range g {
			for px := 0; px < len(row); px++ {
				if clr, ok := tilePal[row[px]]; ok {
					set(px, py, clr)
				}
			}
		}
	}
	return img
}

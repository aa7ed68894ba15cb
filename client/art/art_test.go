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

// Package art is the client's pixel art, drawn in this repository (no
// downloaded images; licensed with the project, see LICENSE-art.md): a
// tileset for the room codes of server/world (floors, walls, doors, rugs,
// chairs, desks, tables, shelves, counters, boards, plants, windows) and
// four-direction walking characters in a few looks. Sprites are 16×16
// (tiles) and 12×16 (characters) palette-indexed pixel grids written as
// text below, drawn at twice their size; they become plain image.RGBA
// values without ebiten, so the art is tested without a display.
package art

import (
	"image"
	"image/color"
)

// Scale is how many screen pixels one art pixel takes.
const Scale = 2

// TileSize is the size of a drawn tile in screen pixels (ui.Tile).
const TileSize = 16 * Scale

func rgb(v uint32) color.RGBA { return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff} }

// Colours of the tileset that tests and the client refer to.
var (
	Floor     = rgb(0xe3c79c) // light oak planks
	FloorDark = rgb(0xd2b283) // the other planks
	Seam      = rgb(0xb8966a)
	WallTop   = rgb(0x4a4e5c) // a wall seen from above
	WallFace  = rgb(0x8c93a8) // a wall's front
	Desk      = rgb(0x9c7143)
)

// tilePal maps the letters of the tile grids to colours ('.' is the
// floor under the furniture, ' ' transparent).
var tilePal = map[byte]color.RGBA{
	'K': rgb(0x2a2630), // outline
	'W': WallTop, 'V': WallFace, 'v': rgb(0x767d92), 'X': rgb(0x3a3d48),
	'D': Desk, 'd': rgb(0x7a5632), 'e': rgb(0xb88a56), // wood: mid, dark, light
	'P': rgb(0xf4f1e8),                                         // paper
	'R': rgb(0xc9574f), 'r': rgb(0xa8423c), 'y': rgb(0xe8c15a), // rug red, dark, gold
	'G': rgb(0x2f5f4a), 'g': rgb(0x244a3a), 'w': rgb(0xe8efe9), // board green, dark, chalk
	'L': rgb(0x4f9f4f), 'l': rgb(0x2f7a3f), 'o': rgb(0xb8663a), 'O': rgb(0x8f4a2a), // leaves, pot
	'B': rgb(0x3f6fb8), 'b': rgb(0x9fc9e8), 'c': rgb(0xd8ecf8), // books blue, glass, shine
	'Y': rgb(0xe0a030), 'M': rgb(0x9a4a8a), // books yellow, plum
	'C': rgb(0x6d8a9a), 'k': rgb(0x4f6a7a), 'h': rgb(0xa9bfcc), // counter
}

// Furniture grids, 16×16, drawn over the floor.
var tileGrids = map[byte][]string{
	'd': { // a desk with a sheet of paper
		"................",
		"................",
		"KKKKKKKKKKKKKKKK",
		"KeeeeeeeeeeeeeeK",
		"KDDDDPPPPDDDDDDK",
		"KDDDDPPPPDDDDDDK",
		"KDDDDPPPPDDDDDDK",
		"KDDDDDDDDDDDDDDK",
		"KDDDDDDDDDDDDDDK",
		"KddddddddddddddK",
		"KKKKKKKKKKKKKKKK",
		".Kd..........dK.",
		".Kd..........dK.",
		".Kd..........dK.",
		".KK..........KK.",
		"................",
	},
	't': { // a table
		"................",
		"..KKKKKKKKKKKK..",
		".KeeeeeeeeeeeeK.",
		"KeDDDDDDDDDDDDeK",
		"KDDDDDDDDDDDDDDK",
		"KDDDDDDDDDDDDDDK",
		"KDDDDDDDDDDDDDDK",
		"KDDDDDDDDDDDDDDK",
		"KDDDDDDDDDDDDDDK",
		".KddddddddddddK.",
		"..KKKKKKKKKKKK..",
		"...Kd......dK...",
		"...Kd......dK...",
		"...Kd......dK...",
		"...KK......KK...",
		"................",
	},
	'c': { // a chair, its back to the top
		"................",
		"................",
		"....KKKKKKKK....",
		"....KeeeeeeK....",
		"....KDDDDDDK....",
		"....KddddddK....",
		"....KKKKKKKK....",
		"....KeeeeeeK....",
		"....KDDDDDDK....",
		"....KDDDDDDK....",
		"....KddddddK....",
		"....KKKKKKKK....",
		"....Kd....dK....",
		"....KK....KK....",
		"................",
		"................",
	},
	's': { // a bookshelf
		"KKKKKKKKKKKKKKKK",
		"KeeeeeeeeeeeeeeK",
		"KdBBYRdMMBYYRdeK",
		"KdBBYRdMMBYYRdeK",
		"KdBBYRdMMBYYRdeK",
		"KeeeeeeeeeeeeeeK",
		"KdRYYBBdMRRBYYdK",
		"KdRYYBBdMRRBYYdK",
		"KdRYYBBdMRRBYYdK",
		"KeeeeeeeeeeeeeeK",
		"KdMBBRYYdBMMRddK",
		"KdMBBRYYdBMMRddK",
		"KdMBBRYYdBMMRddK",
		"KeeeeeeeeeeeeeeK",
		"KddddddddddddddK",
		"KKKKKKKKKKKKKKKK",
	},
	'k': { // a shop counter
		"KKKKKKKKKKKKKKKK",
		"KhhhhhhhhhhhhhhK",
		"KhhhhhhhhhhhhhhK",
		"KCCCCCCCCCCCCCCK",
		"KCCCCCCCCCCCCCCK",
		"KCkkCCCCCCCCkkCK",
		"KCkkCCCCCCCCkkCK",
		"KCCCCCCCCCCCCCCK",
		"KCCCCCCCCCCCCCCK",
		"KCkkCCCCCCCCkkCK",
		"KCkkCCCCCCCCkkCK",
		"KCCCCCCCCCCCCCCK",
		"KkkkkkkkkkkkkkkK",
		"KKKKKKKKKKKKKKKK",
		"................",
		"................",
	},
	'b': { // a chalkboard on the wall
		"KKKKKKKKKKKKKKKK",
		"KddddddddddddddK",
		"KdGGGGGGGGGGGGdK",
		"KdGwwwGGGGGGGGdK",
		"KdGGGGGwwGGGGGdK",
		"KdGGwwGGGGGwGGdK",
		"KdGGGGGGGGGGGGdK",
		"KdGwwwwGGGwwGGdK",
		"KdGGGGGGGGGGGGdK",
		"KdGGGGGwwwGGGGdK",
		"KdGGGGGGGGGGGGdK",
		"KdgggggggggggggK",
		"KddddwwddddddddK",
		"KKKKKKKKKKKKKKKK",
		"VVVVVVVVVVVVVVVV",
		"vvvvvvvvvvvvvvvv",
	},
	'p': { // a potted plant
		"......KKK.......",
		"....KKLLLKKK....",
		"...KLLlLLLLLK...",
		"..KLLLLlLLlLLK..",
		"..KLlLLLLLLlLK..",
		".KLLLlLLLlLLLLK.",
		".KLlLLLLlLLLlLK.",
		"..KLLlLLLLLLLK..",
		"...KLLLlLlLLK...",
		"....KKLlLKKK....",
		"....KOOOOOOK....",
		"....KooooooK....",
		".....KooooK.....",
		".....KooooK.....",
		".....KOOOOK.....",
		"......KKKK......",
	},
	'w': { // a window in the wall
		"WWWWWWWWWWWWWWWW",
		"KKKKKKKKKKKKKKKK",
		"KeeeeeeeeeeeeeeK",
		"KebbbbbbKbbbbbbK",
		"KebccbbbKbccbbbK",
		"KebcbbbbKbcbbbbK",
		"KebbbbbbKbbbbbbK",
		"KeKKKKKKKKKKKKeK",
		"KebbbbbbKbbbbbbK",
		"KebbbbbbKbbbbbbK",
		"KebbbbbbKbbbbbbK",
		"KeeeeeeeeeeeeeeK",
		"KKKKKKKKKKKKKKKK",
		"VVVVVVVVVVVVVVVV",
		"VVVVVVVVVVVVVVVV",
		"vvvvvvvvvvvvvvvv",
	},
	'+': { // a doorway: an open door and a mat
		"KKKKKKKKKKKKKKKK",
		"KdeeeeeeeeeeeedK",
		"Kd............dK",
		"Kd............dK",
		"Kd............dK",
		"Kd............dK",
		"Kd..yyyyyyyy..dK",
		"Kd..yRRRRRRy..dK",
		"Kd..yRrrrrRy..dK",
		"Kd..yRrrrrRy..dK",
		"Kd..yRRRRRRy..dK",
		"Kd..yyyyyyyy..dK",
		"Kd............dK",
		"Kd............dK",
		"Kd............dK",
		"KK............KK",
	},
}

// Tile draws the tile for map code c at its place in the room: walls
// show their front where the tile below is open; floors alternate their
// planks with (x + y). below is the code of the tile under it (0 at the
// bottom edge).
func Tile(c, below byte, x, y int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, TileSize, TileSize))
	DrawTile(img, 0, 0, c, below, x, y)
	return img
}

// DrawTile draws Tile(c, below, x, y) into dst with its top-left corner
// at (ox, oy), writing dst's pixels directly. A room is composed of a
// thousand tiles when it first appears, on the browser's only thread:
// drawn one SetRGBA at a time into a new image per tile and then copied,
// that took 130–280 ms of the first frame in WebAssembly.
func DrawTile(dst *image.RGBA, ox, oy int, c, below byte, x, y int) {
	b := dst.Bounds()
	if ox < b.Min.X || oy < b.Min.Y || ox+TileSize > b.Max.X || oy+TileSize > b.Max.Y {
		return // the room's image always holds its tiles; nothing to draw outside it
	}
	var row [TileSize * 4]byte // one scaled row of the tile
	emit := func(py int) {
		for dy := 0; dy < Scale; dy++ {
			off := dst.PixOffset(ox, oy+py*Scale+dy)
			copy(dst.Pix[off:off+TileSize*4], row[:])
		}
	}
	put := func(px int, clr color.RGBA) {
		for dx := 0; dx < Scale; dx++ {
			i := (px*Scale + dx) * 4
			row[i], row[i+1], row[i+2], row[i+3] = clr.R, clr.G, clr.B, clr.A
		}
	}
	floorAt := func(px, py int) color.RGBA {
		clr := Floor
		if (x+y)%2 == 1 {
			clr = FloorDark
		}
		// Planks four pixels high; their ends staggered per row.
		if py%4 == 3 || (px == (py/4*5+x*3)%16 && py%4 != 3) {
			clr = Seam
		}
		return clr
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
				put(px, clr)
			}
			emit(py)
		}
		return
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
				put(px, clr)
			}
			emit(py)
		}
		return
	}
	g := tileGrids[c]
	for py := 0; py < 16; py++ {
		for px := 0; px < 16; px++ {
			clr := floorAt(px, py)
			if g != nil && px < len(g[py]) {
				if v, ok := tilePal[g[py][px]]; ok {
					clr = v
				}
			}
			put(px, clr)
		}
		emit(py)
	}
}

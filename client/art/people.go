package art

import (
	"hash/fnv"
	"image"
	"image/color"
)

// Character sprites are 12×16 grids: H hair, S skin, E eyes, T shirt,
// U the shirt's shade, P trousers, B shoes. They are drawn with a one-pixel
// dark outline around them, so a sprite image is 14×18 art pixels.
const (
	CharW = (12 + 2) * Scale
	CharH = (16 + 2) * Scale
)

var (
	headS = []string{
		"....HHHH....",
		"...HHHHHH...",
		"..HHHHHHHH..",
		"..HSSSSSSH..",
		"..SSESSESS..",
		"..SSSSSSSS..",
		"...SSSSSS...",
	}
	headN = []string{
		"....HHHH....",
		"...HHHHHH...",
		"..HHHHHHHH..",
		"..HHHHHHHH..",
		"..HHHHHHHH..",
		"..SHHHHHHS..",
		"...SSSSSS...",
	}
	headW = []string{
		"....HHHH....",
		"...HHHHHH...",
		"..HHHHHHHH..",
		"..SSSSHHHH..",
		"..SESSSSHH..",
		"..SSSSSSSH..",
		"...SSSSSS...",
	}
	bodyFront = []string{
		"..TTTTTTTT..",
		".TTTTTTTTTT.",
		".STTTTTTTTS.",
		".STUTTTTUTS.",
		"..TTTTTTTT..",
	}
	bodySide = []string{
		"...TTTTTT...",
		"...TTTTTT...",
		"...TSTTTT...",
		"...TSTTTU...",
		"...TTTTTT...",
	}
	legsFront = [2][]string{
		{"..PPPPPPPP..", "..PPP..PPP..", "..PPP..PPP..", "..BBB..BBB.."},
		{"..PPPPPPPP..", "..PPP..PPP..", "..BBB..PPP..", ".......BBB.."},
	}
	legsSide = [2][]string{
		{"...PPPPPP...", "....PPPP....", "....PPPP....", "...BBBB....."},
		{"...PPPPPP...", "..PPP..PP...", ".PP.....PP..", ".BB.....BB.."},
	}
)

// Look is a character's palette.
type Look struct {
	Name                     string // the look's key (protocol entity look)
	Hair, Skin, Shirt, Shade color.RGBA
	Trousers, Shoes          color.RGBA
	LongHair                 bool
	KoName, EnName           string // what the sign-in form calls it
}

// Looks are the people's looks to choose from at sign-in.
var Looks = []Look{
	{Name: "blue", Hair: rgb(0x3a2a20), Skin: rgb(0xf2c9a0), Shirt: rgb(0x2f80ed), Shade: rgb(0x2466c0), Trousers: rgb(0x34405a), Shoes: rgb(0x2a2630), KoName: "파랑", EnName: "Blue"},
	{Name: "coral", Hair: rgb(0x1f1a1a), Skin: rgb(0xe8b890), Shirt: rgb(0xe8665a), Shade: rgb(0xc24c42), Trousers: rgb(0x4a4a58), Shoes: rgb(0x2a2630), LongHair: true, KoName: "산호", EnName: "Coral"},
	{Name: "mint", Hair: rgb(0x8a5a32), Skin: rgb(0xf6d2b0), Shirt: rgb(0x3fb8a0), Shade: rgb(0x2f9480), Trousers: rgb(0x5a4a3a), Shoes: rgb(0x3a2a20), KoName: "민트", EnName: "Mint"},
	{Name: "plum", Hair: rgb(0x2a2a3a), Skin: rgb(0xc8946a), Shirt: rgb(0x8a5ab8), Shade: rgb(0x6e4696), Trousers: rgb(0x2f3a4a), Shoes: rgb(0x1f1a1a), LongHair: true, KoName: "자두", EnName: "Plum"},
	{Name: "sun", Hair: rgb(0xd8a040), Skin: rgb(0xf2c9a0), Shirt: rgb(0xf0c040), Shade: rgb(0xc89a28), Trousers: rgb(0x3a5a8a), Shoes: rgb(0x2a2630), KoName: "햇살", EnName: "Sun"},
}

// LookFor is the look called name, or one chosen from seed (a user's id)
// when name is not a look: everyone keeps one look across visits.
func LookFor(name, seed string) Look {
	for _, l := range Looks {
		if l.Name == name {
			return l
		}
	}
	h := fnv.New32a()
	h.Write([]byte(seed))
	return Looks[h.Sum32()%uint32(len(Looks))]
}

// AvatarLook dresses an AI avatar in its role's colour, with a uniform
// (dark trousers, grey hair) unlike any person's look; the client draws
// its Marker over the head.
func AvatarLook(role color.RGBA) Look {
	shade := color.RGBA{uint8(int(role.R) * 4 / 5), uint8(int(role.G) * 4 / 5), uint8(int(role.B) * 4 / 5), 0xff}
	return Look{Name: "avatar", Hair: rgb(0x5a5a66), Skin: rgb(0xf0d0b0), Shirt: role, Shade: shade, Trousers: rgb(0x2a2e3a), Shoes: rgb(0x1a1a22)}
}

// Character draws a person facing dir ("n", "e", "s", "w") in walking
// frame 0 (standing) to 3; frames 1 and 3 are the two steps (an avatar's
// marker is drawn over it separately: Marker).
func Character(l Look, dir string, frame int) *image.RGBA {
	var rows []string
	head, body, legs := headS, bodyFront, legsFront
	switch dir {
	case "n":
		head = headN
	case "e", "w":
		head, body, legs = headW, bodySide, legsSide
	}
	rows = append(rows, head...)
	rows = append(rows, body...)
	step := legs[0]
	if frame%2 == 1 {
		step = legs[1]
	}
	rows = append(rows, step...)
	flip := dir == "e"
	if frame == 3 && dir != "e" && dir != "w" {
		flip = true // the other foot forward
	}
	pal := map[byte]color.RGBA{'H': l.Hair, 'S': l.Skin, 'E': rgb(0x2a2630), 'T': l.Shirt, 'U': l.Shade, 'P': l.Trousers, 'B': l.Shoes}
	grid := make([][]color.RGBA, 16)
	for y, row := range rows {
		grid[y] = make([]color.RGBA, 12)
		for x := 0; x < 12; x++ {
			c := row[x]
			if flip {
				c = row[11-x]
			}
			if l.LongHair && dir != "n" && c == '.' && y >= 3 && y <= 8 && (x == 1 || x == 10) {
				c = 'H'
			}
			if l.LongHair && dir == "n" && y >= 5 && y <= 8 && x >= 2 && x <= 9 {
				c = 'H'
			}
			grid[y][x] = pal[c]
		}
	}
	img := image.NewRGBA(image.Rect(0, 0, CharW, CharH))
	outline := rgb(0x2a2630)
	at := func(x, y int) bool { return x >= 0 && y >= 0 && x < 12 && y < 16 && grid[y][x].A != 0 }
	set := func(px, py int, clr color.RGBA) {
		for dy := 0; dy < Scale; dy++ {
			for dx := 0; dx < Scale; dx++ {
				img.SetRGBA(px*Scale+dx, py*Scale+dy, clr)
			}
		}
	}
	for y := -1; y <= 16; y++ {
		for x := -1; x <= 12; x++ {
			if at(x, y) {
				set(x+1, y+1, grid[y][x])
			} else if at(x-1, y) || at(x+1, y) || at(x, y-1) || at(x, y+1) {
				set(x+1, y+1, outline)
			}
		}
	}
	return img
}

// Marker draws an avatar's diamond (7×7 art pixels) in colour c.
func Marker(c color.RGBA) *image.RGBA {
	rows := []string{
		"...K...",
		"..KcK..",
		".KcCCK.",
		"KcCCCCK",
		".KCCCK.",
		"..KCK..",
		"...K...",
	}
	hi := color.RGBA{uint8(min(255, int(c.R)+70)), uint8(min(255, int(c.G)+70)), uint8(min(255, int(c.B)+70)), 0xff}
	pal := map[byte]color.RGBA{'K': rgb(0x2a2630), 'C': c, 'c': hi}
	img := image.NewRGBA(image.Rect(0, 0, 7*Scale, 7*Scale))
	for y, row := range rows {
		for x := 0; x < 7; x++ {
			if clr, ok := pal[row[x]]; ok {
				for dy := 0; dy < Scale; dy++ {
					for dx := 0; dx < Scale; dx++ {
						img.SetRGBA(x*Scale+dx, y*Scale+dy, clr)
					}
				}
			}
		}
	}
	return img
}

// Command mycampus is the stock campus plus a skill (the school library)
// and a brain kind (faq) from outside its packages: a blank import each,
// and avatar files shipped with the program. docs/skills.md walks through it.
package main

import (
	"embed"

	"github.com/madang-world/madang/examples/campus/campus"
	_ "github.com/madang-world/madang/examples/library/library"
	_ "github.com/madang-world/madang/examples/mycampus/faqbrain"
)

//go:embed avatars/*.json
var avatarFiles embed.FS

func main() { campus.Main(campus.WithAvatars(avatarFiles, "avatars")) }

// Command campus runs the Madang demo world: a classroom, a store and a
// lobby with an office, served on one port with the web client.
//
//	go run ./examples/campus -addr :8080 -data ./data -web ./web/dist
//
// Flags may also be set through MADANG_ADDR, MADANG_DATA, MADANG_WEB,
// MADANG_WORLD, MADANG_AVATARS and MADANG_ORIGINS (comma-separated). The
// program is package examples/campus/campus; a program of your own that
// adds skills or brains is a blank import and campus.Main() (see
// examples/mycampus and docs/skills.md).
package main

import "github.com/madang-world/madang/examples/campus/campus"

func main() { campus.Main() }

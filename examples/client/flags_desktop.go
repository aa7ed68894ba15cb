//go:build !js

package main

import (
	"flag"
	"log"
	"os"
	"runtime/pprof"
	"time"

	"github.com/madang-world/madang/client/game"
)

func configure(cfg *game.Config) time.Duration {
	server := flag.String("server", envOr("MADANG_SERVER", "http://127.0.0.1:8080"), "world server URL")
	name := flag.String("name", "", "display name; given, the client signs in at once")
	room := flag.String("room", "classroom", "room to start in")
	lang := flag.String("lang", "ko", "UI language: ko or en")
	measure := flag.Duration("measure-fps", 0, "run this long, print the frame rate, and exit")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		pprof.StartCPUProfile(f)
		stopProfile = func() { pprof.StopCPUProfile(); f.Close() }
	}
	cfg.Server, cfg.Name, cfg.Room, cfg.Lang = *server, *name, *room, *lang
	cfg.AutoJoin = *name != ""
	return *measure
}

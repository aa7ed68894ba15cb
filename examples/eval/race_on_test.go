//go:build race

package main

// raceOn: TestNoRegression puts every evaluation set through a real server
// (about 35 s under -race, a few without). It skips under -race; make test
// runs it without -race right after the race suite (Makefile, target race).
// The server's concurrency is tested under -race by its own packages;
// make test-long (MADANG_TEST_LONG) runs it under -race as well.
const raceOn = true

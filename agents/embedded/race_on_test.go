//go:build race

package embedded

// raceOn: TestClassifierCV trains 15 models one after another, several
// times slower under -race. It skips there; make test runs it without
// -race right after the race suite (Makefile, target race), make
// test-long under -race too.
const raceOn = true

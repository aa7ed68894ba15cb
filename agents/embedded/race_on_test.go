//go:build race

package embedded

// raceOn: TestClassifierCV trains 15 models one after another, and
// TestEntsGates and TestStripTextGate compare regexps with their gates over
// hundreds of thousands of random texts: sequential work, several times
// slower under -race (83 s and 13 s of the package's 300). It skips there; make test runs it without
// -race right after the race suite (Makefile, target race), make
// test-long under -race too.
const raceOn = true

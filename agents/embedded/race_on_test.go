//go:build race

package embedded

// raceOn: TestClassifierCV trains 15 models one after another,
// TestEntsGates and TestStripTextGate compare regexps with their gates over
// hundreds of thousands of random texts, and TestPredMemoSame classifies
// every training example twice: sequential work, several times slower
// under -race (83 s and 13 s; TestPredMemoSame 20 s of CPU). Each skips
// there; make test runs them without -race right after the race suite
// (Makefile, target race), make test-long under -race too.
const raceOn = true

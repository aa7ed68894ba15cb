//go:build race

package safety

// raceOn: TestLearnedCrossValidation trains and checks sequentially, 17 s
// under -race. It skips there; make test runs it without -race right after
// the race suite (Makefile, target race), make test-long under -race too.
const raceOn = true

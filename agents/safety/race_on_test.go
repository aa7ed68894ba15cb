//go:build race

package safety

// raceOn: TestLearnedCrossValidation (and TestShippedModels) trains and checks sequentially, 17 s
// under -race, and TestUnderstandingSetsNotFlagged checks every turn of the
// understanding sets one after another (7 s of CPU under -race, under 1 s
// without). Each skips there; make test runs it without -race right after
// the race suite (Makefile, target race), make test-long under -race too.
const raceOn = true

//go:build race

package standard_test

// raceOn: TestShippedModels trains the campus packs' three intent models
// afresh to compare them with the shipped ones, several times slower under
// -race; it skips there and make test runs it without -race right after
// the race suite (Makefile, target race, SEQ), make test-long under -race too.
const raceOn = true

//go:build !race

package standard_test

const raceOn = false

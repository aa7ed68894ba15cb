//go:build !race

package safety

const raceOn = false

//go:build race

package safety

// raceOn: the race detector makes the old checker's regexps about ten
// times slower; TestCheckUnchanged then checks a sample (make test also
// runs it in full without -race).
const raceOn = true

package main

import (
	"net/http"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkStartUp: the demo server from exec to "is running" — the
// process started, every campus avatar's models built, the data files
// opened, the port listening (the line is printed after server.New) —
// then /healthz answered; on a fresh data directory and again on the one
// the first run left (issue 18: start-up no slower than before by more
// than 1 s). Each run is stopped with SIGTERM and waited for.
// MADANG_CAMPUS_BIN times another build of the demo (an older commit's,
// to compare in one run window). cpu-ms/start is the CPU (user and
// system) of a run from exec to its exit, which on a machine shared with
// other work compares builds better than the wall time.
func BenchmarkStartUp(b *testing.B) {
	bin := os.Getenv("MADANG_CAMPUS_BIN")
	if bin == "" {
		bin = campusBinary(b)
	}
	var fresh, again, cpu time.Duration
	for b.Loop() {
		data := b.TempDir()
		for i, sum := range []*time.Duration{&fresh, &again} {
			start := time.Now()
			p := startCampus(b, bin, data)
			resp, err := http.Get(p.url + "/healthz")
			*sum += time.Since(start)
			if err == nil {
				resp.Body.Close()
			}
			p.cmd.Process.Signal(syscall.SIGTERM)
			p.cmd.Wait()
			if st := p.cmd.ProcessState; st != nil {
				cpu += st.UserTime() + st.SystemTime() // the start and its stop: less the queue's than the wall time
			}
			if err != nil || resp.StatusCode != http.StatusOK {
				b.Fatalf("run %d: /healthz: %v", i+1, err)
			}
		}
	}
	b.ReportMetric(float64(fresh.Milliseconds())/float64(b.N), "fresh-ms")
	b.ReportMetric(float64(again.Milliseconds())/float64(b.N), "again-ms")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(2*b.N), "cpu-ms/start")
}

package e2e

import (
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/madang-world/madang/client/ui"
)

// slowWasm sends madang.wasm in 64 KiB pieces, pausing between them: a
// slow network, so the page's progress bar has time to be seen.
func slowWasm(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/madang.wasm" {
			w = &pacedWriter{ResponseWriter: w, pause: 25 * time.Millisecond}
		}
		next.ServeHTTP(w, r)
	})
}

type pacedWriter struct {
	http.ResponseWriter
	pause time.Duration
}

func (p *pacedWriter) Write(b []byte) (int, error) {
	n := 0
	for len(b) > 0 {
		k := min(len(b), 64<<10)
		m, err := p.ResponseWriter.Write(b[:k])
		n += m
		if err != nil {
			return n, err
		}
		if f, ok := p.ResponseWriter.(http.Flusher); ok {
			f.Flush()
		}
		b = b[k:]
		time.Sleep(p.pause) // pacing the download, not waiting for anything
	}
	return n, nil
}

// TestLoadingShowsProgress: while the client downloads, the page shows a
// bar that fills with the megabytes received out of the total, and the
// world follows.
func TestLoadingShowsProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm client and starts Chromium")
	}
	web := buildWeb(t)
	hs, _ := startWorld(t, web, slowWasm)
	b := newBrowser(t, 1280, 720)
	b.do(chromedp.Navigate(hs.URL + "/?room=classroom&name=로딩&join=1"))
	var seen []int
	var detail string
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		v, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`(document.getElementById('bar')||{getAttribute(){return 'gone'}}).getAttribute('aria-valuenow')`))
		if v == "gone" {
			break
		}
		if n, err := strconv.Atoi(v); err == nil && (len(seen) == 0 || seen[len(seen)-1] != n) {
			seen = append(seen, n)
			if n > 20 && n < 80 && detail == "" {
				detail, _ = chromedp.Run(b.ctx, chromedp.Evaluate[string](`document.getElementById('detail').textContent`))
				if out := os.Getenv("MADANG_SHOTS"); out != "" {
					if png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot()); err == nil {
						os.WriteFile(filepath.Join(out, "loading.png"), png, 0o644)
					}
				}
			}
		}
		time.Sleep(30 * time.Millisecond)
	}
	if !slices.ContainsFunc(seen, func(n int) bool { return n > 0 && n < 100 }) || !slices.IsSorted(seen) {
		t.Errorf("the progress bar went %v; want it to fill part way on the way to 100", seen)
	}
	if !strings.Contains(detail, " / ") || !strings.HasSuffix(detail, " MB") {
		t.Errorf("the bar's text %q does not say how many MB of how many", detail)
	}
	b.wait("the classroom", 60*time.Second, func(s ui.State) bool { return s.Room == "classroom" && len(s.Entities) >= 1 })
	t.Logf("progress seen: %v; text mid-way: %q", seen, detail)
}

// firstWorld waits for the page to draw its first frame of a room and
// returns when that was, in ms after the navigation started (the page's
// own clock: examples/client sets window.madangFirstWorld).
func (b *browser) firstWorld() float64 {
	b.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		ms, err := chromedp.Run(b.ctx, chromedp.Evaluate[float64]("window.madangFirstWorld || 0"))
		if err == nil && ms > 0 {
			return ms
		}
		if le, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string]("String(window.loadError || '')")); le != "" {
			b.t.Fatalf("the page failed: %s", le)
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatal("no world was drawn")
	return 0
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkPageLoad measures the browser client's load in headless
// Chromium with software rendering, on this machine: from navigation to
// the first drawn frame of a room, for a first visit (a fresh profile,
// nothing cached) and for a reload of it (the HTTP cache, and the kept
// identity resuming the character), three of each, reporting the medians
// and the size of the gzipped wasm. cold-ms and cached-ms end when the
// room's first frame has been drawn; *-shown-ms when the next frame
// begins, i.e. once that frame has been through the GPU and is on the
// page. Run it with
//
//	.ci/go test -run '^$' -bench BenchmarkPageLoad -benchtime 1x -v ./client/e2e/
func BenchmarkPageLoad(bm *testing.B) {
	web := buildWeb(bm)
	gz, err := os.Stat(filepath.Join(web, "madang.wasm.gz"))
	if err != nil {
		bm.Fatal(err)
	}
	hs, _ := startWorld(bm, web)
	var cold, cached, coldReady, cachedReady, coldShown, cachedShown []float64
	ready := func(b *browser) float64 {
		ms, _ := chromedp.Run(b.ctx, chromedp.Evaluate[float64]("window.madangWasmReady || 0"))
		return ms
	}
	// shown is when the world's first frame was on the page: the next
	// frame began, so the GPU had finished it (examples/client sets
	// window.madangWorldShown).
	shown := func(b *browser) float64 {
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			if ms, _ := chromedp.Run(b.ctx, chromedp.Evaluate[float64]("window.madangWorldShown || 0")); ms > 0 {
				return ms
			}
			time.Sleep(20 * time.Millisecond)
		}
		return 0
	}
	n := 0
	for bm.Loop() {
		for range 3 {
			n++
			b := newBrowser(bm, 1280, 720)
			b.do(chromedp.Navigate(hs.URL + "/?room=classroom&join=1&name=측정" + strconv.Itoa(n)))
			c := b.firstWorld()
			cr, cs := ready(b), shown(b)
			b.do(chromedp.Reload())
			r := b.firstWorld()
			rr, rs := ready(b), shown(b)
			b.close() // a page left open keeps drawing and would slow the next
			bm.Logf("run %d: first visit %.0f ms (wasm ready at %.0f, on screen at %.0f), reload %.0f ms (wasm ready at %.0f, on screen at %.0f)", n, c, cr, cs, r, rr, rs)
			cold, cached = append(cold, c), append(cached, r)
			coldShown, cachedShown = append(coldShown, cs), append(cachedShown, rs)
			coldReady, cachedReady = append(coldReady, cr), append(cachedReady, rr)
		}
	}
	bm.ReportMetric(median(cold), "cold-ms")
	bm.ReportMetric(median(cached), "cached-ms")
	bm.ReportMetric(median(coldShown), "cold-shown-ms")
	bm.ReportMetric(median(cachedShown), "cached-shown-ms")
	bm.ReportMetric(median(coldReady), "cold-wasm-ready-ms")
	bm.ReportMetric(median(cachedReady), "cached-wasm-ready-ms")
	bm.ReportMetric(float64(gz.Size())/1e6, "wasm-gz-MB")
	bm.ReportMetric(0, "ns/op")
}

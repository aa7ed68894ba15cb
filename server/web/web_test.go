package web_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/madang-world/madang/server/web"
)

func write(t *testing.T, p string, b []byte) {
	t.Helper()
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func get(dir, path string, hdr map[string]string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	web.Serve(w, r, dir)
	return w
}

func TestServeGzipTwinAndETag(t *testing.T) {
	dir := t.TempDir()
	plain := bytes.Repeat([]byte("마당 wasm "), 500)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(plain)
	zw.Close()
	write(t, filepath.Join(dir, "madang.wasm"), plain)
	write(t, filepath.Join(dir, "madang.wasm.gz"), gz.Bytes())
	write(t, filepath.Join(dir, "index.html"), []byte("<!doctype html><title>마당</title>"))

	w := get(dir, "/madang.wasm", map[string]string{"Accept-Encoding": "gzip, br"})
	if w.Code != 200 || w.Header().Get("Content-Encoding") != "gzip" || !bytes.Equal(w.Body.Bytes(), gz.Bytes()) {
		t.Fatalf("gzip-accepting browser: %d %q, %d bytes; want the .gz twin (%d bytes)", w.Code, w.Header().Get("Content-Encoding"), w.Body.Len(), gz.Len())
	}
	if got := w.Header().Get("X-Decoded-Length"); got != strconv.Itoa(len(plain)) {
		t.Errorf("X-Decoded-Length = %q, want %d", got, len(plain))
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/wasm" {
		t.Errorf("Content-Type = %q, want application/wasm", ct)
	}
	tag := w.Header().Get("ETag")
	if tag == "" || w.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("ETag %q, Cache-Control %q: want a tag and no-cache", tag, w.Header().Get("Cache-Control"))
	}
	// A returning browser is answered 304 with no body.
	w = get(dir, "/madang.wasm", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": tag})
	if w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("revalidation: %d with %d bytes, want 304 and none", w.Code, w.Body.Len())
	}
	// Without gzip: the plain file, under a different tag.
	w = get(dir, "/madang.wasm", nil)
	body, _ := io.ReadAll(w.Body)
	if w.Code != 200 || w.Header().Get("Content-Encoding") != "" || !bytes.Equal(body, plain) {
		t.Fatalf("plain request: %d %q, want the plain file", w.Code, w.Header().Get("Content-Encoding"))
	}
	if w.Header().Get("ETag") == tag {
		t.Error("the plain and gzip bodies share an ETag")
	}
	// A directory serves its index.html.
	w = get(dir, "/", nil)
	if w.Code != 200 || w.Body.String() != "<!doctype html><title>마당</title>" {
		t.Errorf("/: %d %q, want index.html", w.Code, w.Body.String())
	}
}

func TestServeMissingAndOutside(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(filepath.Dir(dir), "secret.txt"), []byte("no"))
	for _, p := range []string{"/nope.js", "/../secret.txt", "/%2e%2e/secret.txt"} {
		if w := get(dir, p, nil); w.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, w.Code)
		}
	}
}

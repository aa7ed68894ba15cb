package server_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/madang-world/madang/server"
)

// TestWebClientFiles: the web client is served at /, its wasm compressed
// when the browser accepts gzip and a .gz twin exists, plain otherwise,
// with the right type either way and nothing outside the web directory.
func TestWebClientFiles(t *testing.T) {
	dir := t.TempDir()
	wasm := bytes.Repeat([]byte("\x00asm madang "), 5000)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(wasm)
	zw.Close()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!DOCTYPE html><title>마당</title>"), 0o644)
	os.WriteFile(filepath.Join(dir, "madang.wasm"), wasm, 0o644)
	os.WriteFile(filepath.Join(dir, "madang.wasm.gz"), gz.Bytes(), 0o644)
	os.WriteFile(filepath.Join(filepath.Dir(dir), "secret.txt"), []byte("nope"), 0o644)
	ts := newTestServer(t, &server.Options{WebDir: dir})

	get := func(path, enc string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", ts.URL+path, nil)
		if enc != "" {
			req.Header.Set("Accept-Encoding", enc)
		}
		tr := &http.Transport{DisableCompression: true} // see the raw bytes
		resp, err := tr.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	resp, body := get("/madang.wasm", "gzip, deflate, br")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("Content-Type") != "application/wasm" || !bytes.Equal(body, gz.Bytes()) {
		t.Errorf("gzip: %d %q %q %d bytes", resp.StatusCode, resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Type"), len(body))
	}
	resp, body = get("/madang.wasm", "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Encoding") != "" || resp.Header.Get("Content-Type") != "application/wasm" || !bytes.Equal(body, wasm) {
		t.Errorf("plain: %d %q %q %d bytes", resp.StatusCode, resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Type"), len(body))
	}
	resp, body = get("/", "gzip")
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte("마당")) || resp.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("index: %d %q", resp.StatusCode, body)
	}
	if resp, _ := get("/nothing.js", "gzip"); resp.StatusCode != 404 {
		t.Errorf("a missing file: %d", resp.StatusCode)
	}
	for _, p := range []string{"/../secret.txt", "/%2e%2e/secret.txt", "/madang.wasm.gz/../../secret.txt"} {
		if resp, body := get(p, "gzip"); bytes.Contains(body, []byte("nope")) {
			t.Errorf("%s escaped the web directory: %d", p, resp.StatusCode)
		}
	}
}

// TestWebClientCaching: the wasm goes out with its length and an ETag, and
// a second visit that presents the ETag gets 304 with no body — the
// browser keeps its copy instead of downloading 5 MB again. A changed file
// gets a new ETag; the gzip and plain forms have different ones.
func TestWebClientCaching(t *testing.T) {
	dir := t.TempDir()
	wasm := bytes.Repeat([]byte("\x00asm madang "), 5000)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(wasm)
	zw.Close()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!DOCTYPE html><title>마당</title>"), 0o644)
	os.WriteFile(filepath.Join(dir, "madang.wasm"), wasm, 0o644)
	os.WriteFile(filepath.Join(dir, "madang.wasm.gz"), gz.Bytes(), 0o644)
	ts := newTestServer(t, &server.Options{WebDir: dir})
	get := func(path, enc, etag string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", ts.URL+path, nil)
		if enc != "" {
			req.Header.Set("Accept-Encoding", enc)
		}
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	resp, body := get("/madang.wasm", "gzip", "")
	tag := resp.Header.Get("ETag")
	if resp.StatusCode != 200 || tag == "" || resp.Header.Get("Content-Length") != strconv.Itoa(gz.Len()) || len(body) != gz.Len() {
		t.Fatalf("first visit: %d, ETag %q, Content-Length %q (want %d)", resp.StatusCode, tag, resp.Header.Get("Content-Length"), gz.Len())
	}
	if dl := resp.Header.Get("X-Decoded-Length"); dl != strconv.Itoa(len(wasm)) {
		t.Errorf("X-Decoded-Length %q, want %d (what the progress bar counts)", dl, len(wasm))
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("Cache-Control %q", cc)
	}
	resp, body = get("/madang.wasm", "gzip", tag)
	if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
		t.Errorf("second visit: %d with %d bytes, want 304 and nothing", resp.StatusCode, len(body))
	}
	plain, _ := get("/madang.wasm", "", "")
	if pt := plain.Header.Get("ETag"); pt == "" || pt == tag || plain.Header.Get("Content-Length") != strconv.Itoa(len(wasm)) {
		t.Errorf("plain: ETag %q (gzip's %q), Content-Length %q", pt, tag, plain.Header.Get("Content-Length"))
	}
	if resp, _ := get("/", "gzip", ""); resp.Header.Get("ETag") == "" || resp.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("index: ETag %q, Cache-Control %q", resp.Header.Get("ETag"), resp.Header.Get("Cache-Control"))
	}
	// A new build: a new ETag, and the old one gets the new file.
	later := time.Now().Add(time.Minute)
	gz2 := append(bytes.Clone(gz.Bytes()), 0)
	os.WriteFile(filepath.Join(dir, "madang.wasm.gz"), gz2, 0o644)
	os.Chtimes(filepath.Join(dir, "madang.wasm.gz"), later, later)
	resp, body = get("/madang.wasm", "gzip", tag)
	if resp.StatusCode != 200 || resp.Header.Get("ETag") == tag || len(body) != len(gz2) {
		t.Errorf("after a rebuild: %d, ETag %q (was %q), %d bytes", resp.StatusCode, resp.Header.Get("ETag"), tag, len(body))
	}
}

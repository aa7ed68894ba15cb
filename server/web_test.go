package server_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"

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
	for _, p := range []string{"/../secret.txt", "/%2e%2e/secret.txt", "/madang.wasm.gz/../../secret.txt"} {
		if resp, body := get(p, "gzip"); bytes.Contains(body, []byte("nope")) {
			t.Errorf("%s escaped the web directory: %d", p, resp.StatusCode)
		}
	}
}

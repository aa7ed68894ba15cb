// Package web serves the web client's files (the page, its script and the
// WebAssembly build) to browsers, cheaply: precompressed twins for
// browsers that accept gzip, and an ETag per file so a returning browser
// is answered 304 instead of downloading ~5 MB again.
//
// It exists apart from the server because serving static files has
// nothing to do with rooms, sessions or accounts; package server mounts
// it at / (with its security headers) when a web directory is configured.
package web

import (
	"crypto/sha256"
	"encoding/base64"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Serve serves the web client's files. A file with a precompressed
// twin (madang.wasm.gz beside madang.wasm, made by `make web`) is sent
// compressed to browsers that accept gzip: the client is ~20 MB of
// WebAssembly but under 5 MB gzipped, and compressing it per request would
// cost a core for a second each time.
//
// Every file goes out with its length, an ETag (a hash of the bytes sent)
// and "Cache-Control: no-cache": the names are fixed (madang.wasm, not a
// hashed name), so the browser must ask each visit whether the file
// changed — but only asks: an unchanged file is answered 304 with no body,
// and the browser uses its cached copy (and, for the wasm, the code it
// compiled from it).
func Serve(w http.ResponseWriter, r *http.Request, dir string) {
	w.Header().Add("Vary", "Accept-Encoding")
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	var f http.File
	var st os.FileInfo
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		if gz, err := http.Dir(dir).Open(name + ".gz"); err == nil {
			if gst, err := gz.Stat(); err == nil && gst.Mode().IsRegular() {
				f, st = gz, gst
				w.Header().Set("Content-Encoding", "gzip")
				// What the page's progress bar counts: fetch hands it the
				// decoded bytes, and Content-Length is the encoded size.
				if plain, err := http.Dir(dir).Open(name); err == nil {
					if pst, err := plain.Stat(); err == nil && pst.Mode().IsRegular() {
						w.Header().Set("X-Decoded-Length", strconv.FormatInt(pst.Size(), 10))
					}
					plain.Close()
				}
			} else {
				gz.Close()
			}
		}
	}
	if f == nil {
		pf, err := http.Dir(dir).Open(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		pst, err := pf.Stat()
		if err != nil || !pst.Mode().IsRegular() {
			pf.Close()
			http.NotFound(w, r)
			return
		}
		f, st = pf, pst
	}
	defer f.Close()
	tag, err := webETags.of(filepath.Join(dir, filepath.FromSlash(name)), w.Header().Get("Content-Encoding"), st, f)
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, `{"error":{"code":"internal","message":"reading the web client failed"}}`+"\n")
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("ETag", tag)
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// webETags remembers each served file's ETag for its size and time, so
// the 5 MB wasm is hashed once, not on every visit.
var webETags = etagCache{m: map[string]etagEntry{}}

type etagCache struct {
	mu sync.Mutex
	m  map[string]etagEntry
}

type etagEntry struct {
	size int64
	mod  time.Time
	tag  string
}

// of returns the ETag of f (the file at p, sent with encoding enc),
// hashing it if it changed since it was last hashed; f is left at its
// start.
func (c *etagCache) of(p, enc string, st os.FileInfo, f http.File) (string, error) {
	key := p + "\x00" + enc
	c.mu.Lock()
	e, ok := c.m[key]
	c.mu.Unlock()
	if ok && e.size == st.Size() && e.mod.Equal(st.ModTime()) {
		return e.tag, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	tag := `"` + base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:16]) + `"`
	c.mu.Lock()
	c.m[key] = etagEntry{size: st.Size(), mod: st.ModTime(), tag: tag}
	c.mu.Unlock()
	return tag, nil
}

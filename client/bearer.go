//go:build !js

package client

import "net/http"

// Bearer returns an http.RoundTripper that adds "Authorization: Bearer
// tok" to every request before base (http.DefaultTransport if nil) sends
// it: for /mcp with an MCP token, or any token-guarded endpoint.
func Bearer(tok string, base http.RoundTripper) http.RoundTripper {
	if base == nil {
		base = http.DefaultTransport
	}
	return bearer{tok: tok, base: base}
}

type bearer struct {
	tok  string
	base http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.tok)
	return b.base.RoundTrip(r)
}

//go:build !js

package client

import (
	"bytes"
	"context"
	"io"
	"net/http"
)

// httpDo makes one JSON request (with body, or without) and returns the
// status and at most maxHTTPBody bytes of the answer. bearer, if set, is
// sent as the Authorization token.
func httpDo(ctx context.Context, method, url string, body []byte, bearer string) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxHTTPBody))
	return resp.StatusCode, data, err
}

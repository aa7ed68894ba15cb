package client

import (
	"errors"
	"testing"
)

// TestHTTPErrorBodies: Madang's JSON refusal keeps its code and message; a
// body that is not one (a proxy's HTML page) is still a readable
// *HTTPError, with what the server said, instead of an empty code.
func TestHTTPErrorBodies(t *testing.T) {
	err := httpErr(429, []byte(`{"error":{"code":"rate_limited","message":"too many sign-ins; try again in a minute"}}`))
	var he *HTTPError
	if !errors.As(err, &he) || err.Error() != "http 429 rate_limited: too many sign-ins; try again in a minute" {
		t.Errorf("JSON refusal: %v", err)
	}
	err = httpErr(502, []byte("<html><body>502 Bad Gateway</body></html>\n"))
	if err.Error() != "http 502 unreadable_error: <html><body>502 Bad Gateway</body></html>" {
		t.Errorf("HTML refusal: %v", err)
	}
}

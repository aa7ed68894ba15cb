//go:build js

package client

import (
	"context"
	"errors"
	"syscall/js"
)

// httpDo makes one JSON request with the page's fetch. The browser build
// does not link net/http: its browser transport needs crypto/tls and
// crypto/x509 linked in, about half a megabyte of the gzipped client, for
// two small requests the page can make itself.
func httpDo(ctx context.Context, method, url string, body []byte, bearer string) (int, []byte, error) {
	init := js.Global().Get("Object").New()
	init.Set("method", method)
	init.Set("credentials", "same-origin")
	h := js.Global().Get("Object").New()
	if body != nil {
		h.Set("Content-Type", "application/json")
		init.Set("body", string(body))
	}
	if bearer != "" {
		h.Set("Authorization", "Bearer "+bearer)
	}
	init.Set("headers", h)
	abort := js.Global().Get("AbortController").New()
	init.Set("signal", abort.Get("signal"))

	type result struct {
		status int
		data   []byte
		err    error
	}
	done := make(chan result, 1)
	var onResp, onText, onErr js.Func
	release := func() { onResp.Release(); onText.Release(); onErr.Release() }
	status := 0
	onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "fetch failed"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onText = js.FuncOf(func(_ js.Value, args []js.Value) any {
		data := []byte(args[0].String())
		if len(data) > maxHTTPBody {
			data = data[:maxHTTPBody]
		}
		done <- result{status: status, data: data}
		return nil
	})
	onResp = js.FuncOf(func(_ js.Value, args []js.Value) any {
		status = args[0].Get("status").Int()
		args[0].Call("text").Call("then", onText, onErr)
		return nil
	})
	js.Global().Call("fetch", url, init).Call("then", onResp, onErr)
	select {
	case r := <-done:
		release()
		return r.status, r.data, r.err
	case <-ctx.Done():
		abort.Call("abort")
		r := <-done // the aborted fetch rejects: its funcs are then safe to release
		release()
		if r.err == nil {
			return r.status, r.data, nil
		}
		return 0, nil, ctx.Err()
	}
}

// Package e2e holds the browser end-to-end test of the Madang client: it
// builds the WebAssembly client, starts a real world server that serves
// it, and drives headless Chromium through the Chrome DevTools Protocol
// (chromedp) the way a user would — clicks on the canvas, Korean typed
// through IME composition events, Enter — reading window.madangState to
// know where things are and what the client shows.
package e2e

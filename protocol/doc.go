// Package protocol is Madang's wire format: the JSON messages that the world
// server, the clients and the bots exchange over one WebSocket.
//
// It is the only package every side shares, so it imports nothing of Madang
// and nothing that a browser build cannot compile (it builds for
// GOOS=js GOARCH=wasm). The format is specified in README.md beside this file;
// the Go types here are that specification in code.
//
// # Frames
//
// A client sends exactly one [Envelope] per WebSocket text frame. A server
// frame carries one or more envelopes separated by a single '\n' byte, so the
// server can coalesce what it has queued for a client into one frame. JSON
// never contains a raw newline, so splitting on '\n' is always safe.
//
// # Sketch
//
//	env, err := protocol.Decode(frame)          // strict: size, UTF-8, shape
//	if err != nil { /* err is a *protocol.Error with a Code */ }
//	var mv protocol.Move
//	if err := protocol.DecodePayload(env, &mv); err != nil { ... }
//	out := protocol.MustEncode(protocol.TypeWelcome, env.ID, &protocol.Welcome{...})
package protocol

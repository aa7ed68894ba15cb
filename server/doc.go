// Package server is the Madang world server: it accepts people over HTTP
// and WebSocket, runs one goroutine per room that moves everyone and tells
// each viewer what changed at every tick, and runs the avatars that talk
// to people in the rooms.
//
// It is the one package that knows all of these at once, so it is kept to
// ownership and wiring; what can be understood without the others lives
// in a subpackage it imports (imports only go down):
//
//   - server/world: room maps, walkability, zones, doors, shortest paths.
//   - server/movement: what a move intent becomes and how bodies walk.
//   - server/interest: who sees whom (interest cells) and the per-cell
//     tick deltas, encoded once per tick.
//   - server/tick: when each room ticks (phases spread over the period).
//   - server/presence: what a room shows of its avatars' conversations
//     (visible state, broadcast cards), coalesced per tick.
//   - server/account: guest accounts and world tokens.
//   - server/web: the web client's files (gzip twins, ETags).
//   - server/cluster: leases, consensus and replication between nodes.
//
// What stays here, by file:
//
//   - server.go: the Server, New (opening storage, starting rooms) and
//     Shutdown; http.go, connect.go, mcpserve.go: the endpoints (sign-in,
//     rooms, health, the WebSocket upgrade and its limits, /mcp and MCP
//     tokens); iplimit.go, contain.go: abuse limits and panic containment.
//   - session.go: one connection — its reader, its bounded send queue and
//     writer, hello/resume and per-message rate limits.
//   - room.go: one room's goroutine and everything it owns (entities,
//     chat history, the presence board), its inbox, joins and leaves;
//     roomtick.go: what a tick does; roomavatars.go: avatars' bodies in
//     the room; persist.go is the room's storage (positions, chat,
//     resume records in world.db).
//   - avatars.go: avatar presence — the conversations behind the avatars
//     and how their news reaches rooms and people.
//   - clusterglue.go: where a room is served and how rooms follow their
//     leases, when the server runs as a node of a cluster.
//
// docs/architecture.md has the goroutines, who owns what, and the path of
// one movement intent end to end.
package server

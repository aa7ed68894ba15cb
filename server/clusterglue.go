package server

// Cluster glue: where a room is served, what GET /api/cluster says, and
// how rooms follow their leases. The consensus, leases and replication
// themselves are package server/cluster; this file only asks it.

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// ClusterStatus is the answer of GET /api/cluster: which node serves which
// room, as this node sees the leases. It names nodes and rooms only.
type ClusterStatus struct {
	Nodes []string                     `json:"nodes"` // live nodes' URLs, this one first
	Rooms map[string]ClusterRoomStatus `json:"rooms"`
	// Skills is true on the node that runs the skills.
	Skills bool `json:"skills"`
	// Current: every replica of the data is up to date, so any one node
	// may stop now without stopping writes (wait for it between restarts).
	Current bool `json:"current"`
}

// ClusterRoomStatus is one room's owner ("" and "" while it moves).
type ClusterRoomStatus struct {
	Node string `json:"node"`
	URL  string `json:"url"`
}

func (s *Server) serveCluster(w http.ResponseWriter, r *http.Request) {
	c := s.opts.Cluster
	if c == nil {
		httpError(w, http.StatusNotFound, "not_clustered", "this server runs alone")
		return
	}
	st := ClusterStatus{Nodes: c.Nodes(), Rooms: map[string]ClusterRoomStatus{}, Skills: c.Leader("skills"), Current: c.Current()}
	for _, id := range s.opts.World.IDs() {
		name, url, _ := c.Owner(id)
		if url == "" {
			name = ""
		}
		st.Rooms[id] = ClusterRoomStatus{Node: name, URL: url}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(st)
}

// nodes lists the cluster's live node URLs for welcome (nil alone).
func (s *Server) nodes() []string {
	if s.opts.Cluster == nil {
		return nil
	}
	return s.opts.Cluster.Nodes()
}

// serves decides where room is served: here, or at url (the owner; "" if
// the room is between owners: try again shortly). A single server serves
// every room.
func (s *Server) serves(room string) (here bool, url string) {
	c := s.opts.Cluster
	if c == nil || c.Owns(room) {
		return true, ""
	}
	if _, url, ok := c.Owner(room); ok {
		return false, url
	}
	if c.Claim(room) {
		return true, ""
	}
	return false, ""
}

// followLeases makes the rooms follow c's leases: no room is this node's
// until it takes the room's lease; a room whose lease it loses sends its
// players to the new owner; and a lease is given up only for an empty
// room. Notices for users on this node (sendUser) come through c too.
func (s *Server) followLeases(c Cluster) error {
	for _, r := range s.rooms {
		r.away.Store(true)
		r.stale.Store(true)
	}
	if err := c.OnUser(s.sendUser); err != nil {
		return fmt.Errorf("cluster: subscribing to notices: %w", err)
	}
	c.Manage(s.opts.World.IDs(), func(room string) {
		if r := s.rooms[room]; r != nil {
			r.away.Store(false) // stale: it refreshes before its first join
		}
	}, func(room string) {
		if r := s.rooms[room]; r != nil {
			r.away.Store(true)
			r.stale.Store(true)
			r.post(evictReq{})
		}
	}, func(room string) bool {
		r := s.rooms[room]
		return r != nil && r.empty()
	})
	return nil
}

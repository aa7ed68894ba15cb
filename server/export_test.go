package server

import "time"

// BusyPhases returns the tick phase of every room with clients, by room
// id (for tests).
func (s *Server) BusyPhases() map[string]time.Duration {
	s.phases.mu.Lock()
	defer s.phases.mu.Unlock()
	out := map[string]time.Duration{}
	for r, ph := range s.phases.busy {
		out[r.info.ID] = ph
	}
	return out
}

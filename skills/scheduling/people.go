package scheduling

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// Other users' internal ids never leave this skill: a user id is the key
// to everything a user owns elsewhere, and a directory would hand it to
// anyone who searches a common name. Other people appear by display name,
// where they were last seen (Caller.Room), and a reference that is the
// viewer's own: "p" + 16 hex digits of HMAC(secret, viewer, user). The
// viewer can pass it back as a participant; another viewer cannot use it,
// and it says nothing about the id. The secret is kept in calendar.db, so
// references survive a restart. Directory entries ("dir.minsu") are not
// users and keep their ids.

const refPrefix = "p"

// loadSecret reads the reference secret, creating it on first start.
func (s *Scheduler) loadSecret() error {
	return s.db.Update(func(tx *store.Tx) error {
		v, err := tx.Get(store.NewKey("refsecret"))
		if err == nil && len(v) == 64 {
			s.secret, err = hex.DecodeString(v)
			return err
		}
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		s.secret = b
		err = tx.Set(store.NewKey("refsecret"), hex.EncodeToString(b))
		return err
	})
}

// ref is how viewer sees user id: the id itself for the viewer and for
// directory entries, an opaque reference for every other user.
func (s *Scheduler) ref(viewer, id string) string {
	if _, dir := s.people[id]; dir || skills.UserKey(id) == skills.UserKey(viewer) {
		return id
	}
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte(skills.UserKey(viewer)))
	m.Write([]byte{0})
	m.Write([]byte(skills.UserKey(id)))
	return refPrefix + hex.EncodeToString(m.Sum(nil))[:16]
}

// byRef finds the user behind one of viewer's references. The caller
// holds s.mu.
func (s *Scheduler) byRef(viewer, ref string) (string, bool) {
	if len(ref) != len(refPrefix)+16 || !strings.HasPrefix(ref, refPrefix) {
		return "", false
	}
	for uid := range s.users {
		if hmac.Equal([]byte(s.ref(viewer, uid)), []byte(ref)) {
			return uid, true
		}
	}
	return "", false
}

// describe is how a person is named to viewer when a name is ambiguous:
// "민수 (last seen in classroom; p1a2b…)".
func (s *Scheduler) describe(viewer, id string) string {
	name := s.name(id)
	s.mu.Lock()
	room := s.users[skills.UserKey(id)].Room
	s.mu.Unlock()
	if _, dir := s.people[id]; dir {
		return name + " (" + id + ")"
	}
	if room != "" {
		return name + " (last seen in " + room + "; " + s.ref(viewer, id) + ")"
	}
	return name + " (" + s.ref(viewer, id) + ")"
}

// attendeesFor is an event's attendee list as viewer may see it.
func (s *Scheduler) attendeesFor(viewer string, as []Attendee) []Attendee {
	out := make([]Attendee, len(as))
	for i, a := range as {
		out[i] = a
		out[i].ID = s.ref(viewer, a.ID)
	}
	return out
}

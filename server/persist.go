package server

import (
	"errors"
	"fmt"
	"time"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/store"
)

// worldDB keeps the world's own state in world.db: room chat history, each
// user's last position per room, and resume records. Each of these is one
// key per record, so a crash can never leave one half-written (D2).
type worldDB struct {
	db *store.DB
}

// posRec is stored under pos:<user>:<room>.
type posRec struct {
	X, Y int   `json:",omitempty"`
	T    int64 `json:"t"`
}

// resumeRec is stored under resume:<sha256 of resume token>.
type resumeRec struct {
	User   string `json:"user"`
	Room   string `json:"room,omitempty"`
	Entity uint32 `json:"entity,omitempty"`
	// At is where to appear in Room (a door's landing tile, when the door
	// led to a room on another node).
	At       *protocol.Point `json:"at,omitempty"`
	Created  int64           `json:"created"`  // Unix seconds
	Detached int64           `json:"detached"` // Unix ms when the connection went away; 0 while connected
}

func chatKey(room string, ts int64, id string) store.Key {
	// Zero-padded time first so keys sort by time; the id makes them unique.
	return store.NewKey("chat", room, fmt.Sprintf("%016d", ts), id)
}

// appendChat stores m and trims the room's history to keep entries.
func (w *worldDB) appendChat(m protocol.ChatMsg, keep int) error {
	return w.db.Update(func(tx *store.Tx) error {
		if err := store.SetJSON(tx, chatKey(m.Room, m.TS, m.ID), m); err != nil {
			return err
		}
		var keys []store.Key
		tx.Scan(store.NewKey("chat", m.Room), func(k store.Key, _ string) bool { keys = append(keys, k); return true })
		for len(keys) > keep {
			if err := tx.Delete(keys[0]); err != nil {
				return err
			}
			keys = keys[1:]
		}
		return nil
	})
}

// chatHistory returns the room's stored chat, oldest first.
func (w *worldDB) chatHistory(room string) ([]protocol.ChatMsg, error) {
	var out []protocol.ChatMsg
	err := w.db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("chat", room), func(k store.Key, v string) bool {
			var m protocol.ChatMsg
			if store.Unmarshal(k, v, &m) == nil {
				out = append(out, m)
			}
			return true
		})
	})
	return out, err
}

type posWrite struct {
	user, room string
	x, y       int
}

// savePositions writes many positions in one commit.
func (w *worldDB) savePositions(ps []posWrite) error {
	if len(ps) == 0 {
		return nil
	}
	now := time.Now().Unix()
	return w.db.Update(func(tx *store.Tx) error {
		for _, p := range ps {
			if err := store.SetJSON(tx, store.NewKey("pos", p.user, p.room), posRec{X: p.x, Y: p.y, T: now}); err != nil {
				return err
			}
		}
		return nil
	})
}

// position returns the user's last position in room.
func (w *worldDB) position(user, room string) (protocol.Point, bool) {
	var p posRec
	err := w.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, store.NewKey("pos", user, room), &p) })
	return protocol.Point{X: p.X, Y: p.Y}, err == nil
}

func (w *worldDB) putResume(hash string, r resumeRec) error {
	return w.db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("resume", hash), r) })
}

func (w *worldDB) getResume(hash string) (resumeRec, error) {
	var r resumeRec
	// Written by another node, maybe just before it sent the client here.
	err := w.db.ViewFresh(func(tx *store.Tx) error { return store.GetJSON(tx, store.NewKey("resume", hash), &r) })
	return r, err
}

// takeResume consumes a resume record that getResume found (fresh: another
// node may have written it just before sending the client here): it is
// deleted in one transaction that checks it is still there, so two
// connections racing with one token cannot both resume.
func (w *worldDB) takeResume(hash string) (resumeRec, error) {
	var r resumeRec
	err := w.db.Update(func(tx *store.Tx) error {
		if err := store.GetJSON(tx, store.NewKey("resume", hash), &r); err != nil {
			return err // taken in between
		}
		return tx.Delete(store.NewKey("resume", hash))
	})
	return r, err
}

// markDetached notes when the record's session went away, in one
// transaction that writes only if the record still exists: a record that
// was consumed by a resume (takeResume) must not be written back by the
// old session's late detach, or the used token would work again.
func (w *worldDB) markDetached(hash string, at time.Time) error {
	return w.db.Update(func(tx *store.Tx) error {
		var r resumeRec
		if err := store.GetJSON(tx, store.NewKey("resume", hash), &r); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				return nil
			}
			return err
		}
		r.Detached = at.UnixMilli()
		return store.SetJSON(tx, store.NewKey("resume", hash), r)
	})
}

func (w *worldDB) deleteResume(hash string) error {
	return w.db.Update(func(tx *store.Tx) error { return tx.Delete(store.NewKey("resume", hash)) })
}

// expireResumes deletes resume records older than maxAge or detached for
// longer than window. Run at start and periodically.
func (w *worldDB) expireResumes(now time.Time, window, maxAge time.Duration) (int, error) {
	var dead []store.Key
	err := w.db.View(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("resume"), func(k store.Key, v string) bool {
			var r resumeRec
			if store.Unmarshal(k, v, &r) != nil || resumeDead(r, now, window, maxAge) {
				dead = append(dead, k)
			}
			return true
		})
	})
	if err != nil || len(dead) == 0 {
		return 0, err
	}
	return len(dead), w.db.Update(func(tx *store.Tx) error {
		for _, k := range dead {
			if err := tx.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}

func resumeDead(r resumeRec, now time.Time, window, maxAge time.Duration) bool {
	if now.Sub(time.Unix(r.Created, 0)) > maxAge {
		return true
	}
	return r.Detached != 0 && now.Sub(time.UnixMilli(r.Detached)) > window
}

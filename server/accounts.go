package server

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills/store"
)

// Account errors. They map to HTTP statuses in the handlers.
var (
	ErrBadName      = errors.New("invalid display name")
	ErrNoToken      = errors.New("missing token")
	ErrBadToken     = errors.New("unknown token")
	ErrTokenExpired = errors.New("token expired")
)

// tokenPrefix marks Madang world tokens, so a leaked one is recognisable
// (secret scanners) and never confused with MCP tokens later.
const tokenPrefix = "mdg_"

// userRec is stored under user:<id>.
type userRec struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Created int64  `json:"created"`
}

// tokenRec is stored under tok:<sha256 of token>. The token itself is never
// stored or logged: a copy of the database file does not let anyone sign in.
type tokenRec struct {
	User    string `json:"user"`
	Expires int64  `json:"expires"` // Unix seconds
}

type accounts struct {
	db  *store.DB
	ttl time.Duration
	now func() time.Time
	// test, if set, replaces now (tests move the accounts' clock while
	// requests are served; export_test.go).
	test atomic.Pointer[func() time.Time]
}

func (a *accounts) clock() time.Time {
	if f := a.test.Load(); f != nil {
		return (*f)()
	}
	return a.now()
}

// CleanName validates and normalises a display name by the protocol's
// text policy (protocol.CleanName: trimmed, spaces collapsed, 1 to
// protocol.MaxNameRunes code points, no controls, bidi or invisible
// characters; Hangul, other scripts and emoji are welcome).
func CleanName(s string) (string, error) {
	name, problem := protocol.CleanName(s)
	if problem != "" {
		return "", fmt.Errorf("%w: %s", ErrBadName, problem)
	}
	return name, nil
}

func hashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

func newSecret(prefix string) string {
	var b [32]byte // 256 bits
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b[:])
}

// createGuest registers a guest and returns its token. Durable before it
// returns: the DB syncs every commit.
func (a *accounts) createGuest(name string) (userRec, string, time.Time, error) {
	name, err := CleanName(name)
	if err != nil {
		return userRec{}, "", time.Time{}, err
	}
	now := a.now()
	u := userRec{ID: store.NewID("u"), Name: name, Created: now.Unix()}
	tok := newSecret(tokenPrefix)
	exp := now.Add(a.ttl)
	err = a.db.Update(func(tx *store.Tx) error {
		// One transaction, two keys: a torn write can leave a user without a
		// token (harmless, unreachable) but never a token without a user
		// being checked (verify tolerates it as an unknown token).
		if err := store.SetJSON(tx, store.NewKey("user", u.ID), u); err != nil {
			return err
		}
		return store.SetJSON(tx, store.NewKey("tok", hashToken(tok)), tokenRec{User: u.ID, Expires: exp.Unix()})
	})
	if err != nil {
		return userRec{}, "", time.Time{}, fmt.Errorf("creating guest: %w", err)
	}
	return u, tok, exp, nil
}

// verify returns the user a token belongs to.
func (a *accounts) verify(tok string) (userRec, error) {
	u, _, err := a.verifyToken(tok)
	return u, err
}

// verifyToken is verify that also returns the token's record (its
// expiry) and hash (what MCP tokens are bound to).
func (a *accounts) verifyToken(tok string) (userRec, tokenInfo, error) {
	if tok == "" {
		return userRec{}, tokenInfo{}, ErrNoToken
	}
	if len(tok) > 128 || !strings.HasPrefix(tok, tokenPrefix) {
		return userRec{}, tokenInfo{}, ErrBadToken
	}
	return a.verifyHash(hashToken(tok))
}

// tokenInfo is a world token's hash and expiry.
type tokenInfo struct {
	Hash    string
	Expires int64
}

// verifyHash checks the world token whose SHA-256 is h.
func (a *accounts) verifyHash(h string) (userRec, tokenInfo, error) {
	var u userRec
	var t tokenRec
	err := a.db.ViewFresh(func(tx *store.Tx) error { // the token may come from another node
		if err := store.GetJSON(tx, store.NewKey("tok", h), &t); err != nil {
			return err
		}
		if a.clock().Unix() >= t.Expires {
			return ErrTokenExpired
		}
		return store.GetJSON(tx, store.NewKey("user", t.User), &u)
	})
	switch {
	case errors.Is(err, store.ErrNotFound):
		return userRec{}, tokenInfo{}, ErrBadToken
	case err != nil:
		return userRec{}, tokenInfo{}, err
	}
	return u, tokenInfo{Hash: h, Expires: t.Expires}, nil
}

// imitated returns the name of the avatar that name looks like
// (protocol.Imitates), or "": people must be able to tell an avatar's
// words from a user's.
func (s *Server) imitated(name string) string {
	for _, a := range s.opts.Avatars {
		for _, n := range []string{a.NameKo, a.NameEn} {
			if protocol.Imitates(name, n) {
				return n
			}
		}
	}
	return ""
}

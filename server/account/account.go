// Package account owns who people are: guest accounts (a display name
// and an id) and the world tokens they sign in with. A token is a 256-bit
// secret shown once; only its SHA-256 is stored, so a copy of the database
// file does not let anyone sign in, and every check reads the replicated
// record (a token issued by another node of a cluster works here).
//
// It exists apart from the server so the rules about names and tokens
// (which names are acceptable, when a token expires, what an unknown or
// expired token is) live in one small package with its own storage keys
// (user:<id>, tok:<hash>) and its own tests, used by the HTTP sign-in, the
// WebSocket upgrade and the MCP token endpoints of package server alike.
package account

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

// TokenPrefix marks Madang world tokens, so a leaked one is recognisable
// (secret scanners) and never confused with MCP tokens.
const TokenPrefix = "mdg_"

// User is a signed-in person, stored under user:<id>.
type User struct {
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

// Accounts keeps users and their world tokens in one database file.
type Accounts struct {
	db  *store.DB
	ttl time.Duration
	now func() time.Time
	// test, if set, replaces now (tests move the accounts' clock while
	// requests are served; SetClock).
	test atomic.Pointer[func() time.Time]
}

// New returns the accounts kept in db, whose tokens live for ttl, with
// now as the clock new accounts and tokens are stamped with.
func New(db *store.DB, ttl time.Duration, now func() time.Time) *Accounts {
	return &Accounts{db: db, ttl: ttl, now: now}
}

// SetClock replaces the clock that token expiry is checked against, while
// requests are served (for tests that let a token expire).
func (a *Accounts) SetClock(now func() time.Time) { a.test.Store(&now) }

// Clock is the time token expiry is checked against.
func (a *Accounts) Clock() time.Time {
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

// HashToken is the SHA-256 (hex) under which a secret is stored and
// looked up: world, MCP and resume tokens alike.
func HashToken(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

// NewSecret returns a new 256-bit secret, URL-safe, after prefix.
func NewSecret(prefix string) string {
	var b [32]byte // 256 bits
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b[:])
}

// CreateGuest registers a guest and returns its token and when that
// expires. Durable before it returns: the DB syncs every commit.
func (a *Accounts) CreateGuest(name string) (User, string, time.Time, error) {
	name, err := CleanName(name)
	if err != nil {
		return User{}, "", time.Time{}, err
	}
	now := a.now()
	u := User{ID: store.NewID("u"), Name: name, Created: now.Unix()}
	tok := NewSecret(TokenPrefix)
	exp := now.Add(a.ttl)
	err = a.db.Update(func(tx *store.Tx) error {
		// One transaction, two keys: a torn write can leave a user without a
		// token (harmless, unreachable) but never a token without a user
		// being checked (verify tolerates it as an unknown token).
		if err := store.SetJSON(tx, store.NewKey("user", u.ID), u); err != nil {
			return err
		}
		return store.SetJSON(tx, store.NewKey("tok", HashToken(tok)), tokenRec{User: u.ID, Expires: exp.Unix()})
	})
	if err != nil {
		return User{}, "", time.Time{}, fmt.Errorf("creating guest: %w", err)
	}
	return u, tok, exp, nil
}

// Verify returns the user a world token belongs to: ErrNoToken,
// ErrBadToken or ErrTokenExpired if it is none.
func (a *Accounts) Verify(tok string) (User, error) {
	u, _, err := a.VerifyToken(tok)
	return u, err
}

// VerifyToken is Verify that also returns the token's hash (what MCP
// tokens are bound to) and expiry.
func (a *Accounts) VerifyToken(tok string) (User, TokenInfo, error) {
	if tok == "" {
		return User{}, TokenInfo{}, ErrNoToken
	}
	if len(tok) > 128 || !strings.HasPrefix(tok, TokenPrefix) {
		return User{}, TokenInfo{}, ErrBadToken
	}
	return a.VerifyHash(HashToken(tok))
}

// TokenInfo is a world token's hash and expiry.
type TokenInfo struct {
	Hash    string
	Expires int64
}

// VerifyHash checks the world token whose SHA-256 is h (an MCP token
// is checked against the world token it was issued with this way).
func (a *Accounts) VerifyHash(h string) (User, TokenInfo, error) {
	var u User
	var t tokenRec
	err := a.db.ViewFresh(func(tx *store.Tx) error { // the token may come from another node
		if err := store.GetJSON(tx, store.NewKey("tok", h), &t); err != nil {
			return err
		}
		if a.Clock().Unix() >= t.Expires {
			return ErrTokenExpired
		}
		return store.GetJSON(tx, store.NewKey("user", t.User), &u)
	})
	switch {
	case errors.Is(err, store.ErrNotFound):
		return User{}, TokenInfo{}, ErrBadToken
	case err != nil:
		return User{}, TokenInfo{}, err
	}
	return u, TokenInfo{Hash: h, Expires: t.Expires}, nil
}

// Package payment is the payment-provider boundary of the shopping skill
// and a sandbox provider that behaves like a real one: card authorisation
// and capture, refunds, declines for documented test cards, idempotency
// keys, durable records and simulated network latency.
//
// The shop never sees card numbers: it charges payment-method tokens
// (pm_…), the way hosted payment pages work, so no card data can reach a
// prompt, a log or the shop's database.
//
// # Test payment methods
//
//	pm_card_visa          Visa •••• 4242        approved
//	pm_card_mastercard    Mastercard •••• 4444  approved
//	pm_card_declined      Visa •••• 0002        declined: card_declined
//	pm_card_insufficient  Visa •••• 9995        declined: insufficient_funds
//	pm_card_expired       Visa •••• 0069        declined: expired_card
package payment

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/madang-world/madang/skills/store"
)

// Payment statuses.
const (
	Authorized = "authorized"
	Captured   = "captured"
	Refunded   = "refunded"
	Declined   = "declined"
)

// Errors.
var (
	ErrDeclined      = errors.New("payment declined")
	ErrUnknownMethod = errors.New("unknown payment method")
	ErrNotFound      = errors.New("payment not found")
	ErrKeyReused     = errors.New("idempotency key reused with a different request")
	ErrState         = errors.New("payment is not in a state that allows this")
)

// DeclineError says why a card was declined.
type DeclineError struct{ Code string }

func (e *DeclineError) Error() string { return "payment declined: " + e.Code }

// Is makes errors.Is(err, ErrDeclined) true.
func (e *DeclineError) Is(t error) bool { return t == ErrDeclined }

// Method is a saved payment method.
type Method struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	decline string
}

// TestMethods are the sandbox's payment methods (see the package doc).
var TestMethods = []Method{
	{ID: "pm_card_visa", Label: "Visa •••• 4242"},
	{ID: "pm_card_mastercard", Label: "Mastercard •••• 4444"},
	{ID: "pm_card_declined", Label: "Visa •••• 0002", decline: "card_declined"},
	{ID: "pm_card_insufficient", Label: "Visa •••• 9995", decline: "insufficient_funds"},
	{ID: "pm_card_expired", Label: "Visa •••• 0069", decline: "expired_card"},
}

// MethodByID finds a test method.
func MethodByID(id string) (Method, bool) {
	for _, m := range TestMethods {
		if m.ID == id {
			return m, true
		}
	}
	return Method{}, false
}

// Payment is one charge.
type Payment struct {
	ID          string `json:"id"`
	Key         string `json:"key"`
	Method      string `json:"method"`
	Amount      int64  `json:"amount"` // KRW
	Refunded    int64  `json:"refunded"`
	Status      string `json:"status"`
	DeclineCode string `json:"decline_code,omitempty"`
	Created     int64  `json:"created"`
}

// AuthorizeRequest asks to hold an amount on a payment method.
type AuthorizeRequest struct {
	Key    string // idempotency key: the same key returns the same payment
	Method string
	Amount int64
}

// Provider is a payment provider. Every method is idempotent by key.
type Provider interface {
	Authorize(ctx context.Context, r AuthorizeRequest) (Payment, error)
	Capture(ctx context.Context, id string) (Payment, error)
	Refund(ctx context.Context, id string, amount int64) (Payment, error)
	ByKey(ctx context.Context, key string) (Payment, bool, error)
}

// Sandbox is a Provider with durable state in its own database file.
type Sandbox struct {
	db      *store.DB
	latency time.Duration
	now     func() time.Time
	mu      sync.Mutex // serialises state changes of payments
}

// NewSandbox keeps payments in db. Each call waits latency first, like a
// network round trip (honouring ctx).
func NewSandbox(db *store.DB, latency time.Duration, now func() time.Time) *Sandbox {
	return &Sandbox{db: db, latency: latency, now: now}
}

var _ Provider = (*Sandbox)(nil)

func (s *Sandbox) wait(ctx context.Context) error {
	if s.latency <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(s.latency)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func keyOf(k string) store.Key { return store.NewKey("pkey", fmt.Sprintf("%x", []byte(k))) }

// Authorize implements Provider.
func (s *Sandbox) Authorize(ctx context.Context, r AuthorizeRequest) (_ Payment, err error) {
	if err := s.wait(ctx); err != nil {
		return Payment{}, err
	}
	if r.Key == "" || len(r.Key) > 60 {
		return Payment{}, errors.New("payment: an idempotency key of 1-60 bytes is required")
	}
	if r.Amount <= 0 {
		return Payment{}, errors.New("payment: amount must be positive")
	}
	m, ok := MethodByID(r.Method)
	if !ok {
		return Payment{}, ErrUnknownMethod
	}
	s.mu.Lock()
	defer s.unlockSynced(&err)
	if p, ok, err := s.byKey(r.Key); err != nil {
		return Payment{}, err
	} else if ok {
		if p.Amount != r.Amount || p.Method != r.Method {
			return Payment{}, ErrKeyReused
		}
		if p.Status == Declined {
			return p, &DeclineError{Code: p.DeclineCode}
		}
		return p, nil
	}
	p := Payment{ID: store.NewID("pay_"), Key: r.Key, Method: r.Method, Amount: r.Amount, Status: Authorized, Created: s.now().Unix()}
	if m.decline != "" {
		p.Status, p.DeclineCode = Declined, m.decline
	}
	if err := s.put(p, true); err != nil {
		return Payment{}, err
	}
	if p.Status == Declined {
		return p, &DeclineError{Code: p.DeclineCode}
	}
	return p, nil
}

// Capture implements Provider. Capturing a captured payment is a no-op.
func (s *Sandbox) Capture(ctx context.Context, id string) (_ Payment, err error) {
	if err := s.wait(ctx); err != nil {
		return Payment{}, err
	}
	s.mu.Lock()
	defer s.unlockSynced(&err)
	p, err := s.get(id)
	if err != nil {
		return Payment{}, err
	}
	switch p.Status {
	case Captured:
		return p, nil
	case Authorized:
		p.Status = Captured
		return p, s.put(p, false)
	}
	return p, ErrState
}

// Refund implements Provider. Refunds accumulate up to the amount.
func (s *Sandbox) Refund(ctx context.Context, id string, amount int64) (_ Payment, err error) {
	if err := s.wait(ctx); err != nil {
		return Payment{}, err
	}
	s.mu.Lock()
	defer s.unlockSynced(&err)
	p, err := s.get(id)
	if err != nil {
		return Payment{}, err
	}
	if p.Status != Captured && p.Status != Refunded && p.Status != Authorized {
		return p, ErrState
	}
	if amount <= 0 || p.Refunded+amount > p.Amount {
		return p, fmt.Errorf("payment: refund of %d exceeds what is left (%d)", amount, p.Amount-p.Refunded)
	}
	p.Refunded += amount
	if p.Refunded == p.Amount {
		p.Status = Refunded
	}
	return p, s.put(p, false)
}

// ByKey implements Provider.
func (s *Sandbox) ByKey(ctx context.Context, key string) (_ Payment, _ bool, err error) {
	if err := s.wait(ctx); err != nil {
		return Payment{}, false, err
	}
	s.mu.Lock()
	defer s.unlockSynced(&err)
	return s.byKey(key)
}

func (s *Sandbox) byKey(key string) (Payment, bool, error) {
	var id string
	err := s.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, keyOf(key), &id) })
	if errors.Is(err, store.ErrNotFound) {
		return Payment{}, false, nil
	}
	if err != nil {
		return Payment{}, false, err
	}
	p, err := s.get(id)
	if errors.Is(err, ErrNotFound) {
		return Payment{}, false, nil // a torn write left the key without its payment
	}
	return p, err == nil, err
}

func (s *Sandbox) get(id string) (Payment, error) {
	if !store.ValidPart(id) {
		return Payment{}, ErrNotFound
	}
	var p Payment
	err := s.db.View(func(tx *store.Tx) error { return store.GetJSON(tx, store.NewKey("pay", id), &p) })
	if errors.Is(err, store.ErrNotFound) {
		return p, ErrNotFound
	}
	return p, err
}

// put writes the payment (and, when new, its key mapping) in one commit.
// The payment record is written first in the same transaction: if a crash
// tears the two, a key without a payment reads as "no payment", and the
// retry creates it.
//
// It commits without waiting for the fsync: the caller holds s.mu, and
// unlockSynced waits after releasing it.
func (s *Sandbox) put(p Payment, isNew bool) error {
	_, err := s.db.Write(func(tx *store.Tx) error {
		if err := store.SetJSON(tx, store.NewKey("pay", p.ID), p); err != nil {
			return err
		}
		if isNew {
			return store.SetJSON(tx, keyOf(p.Key), p.ID)
		}
		return nil
	})
	return err
}

// unlockSynced releases s.mu, then waits for the fsync that covers what
// was read and written under it (store.DB.Synced): payments made at once
// share fsyncs instead of queueing behind each other's under the lock, and
// nothing is answered before it is on disk. An fsync failure becomes the
// call's error.
func (s *Sandbox) unlockSynced(err *error) {
	s.mu.Unlock()
	if serr := s.db.Synced(); serr != nil && *err == nil {
		*err = serr
	}
}

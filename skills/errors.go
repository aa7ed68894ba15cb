package skills

import "fmt"

// Error codes of tool results. A model reads them to decide what to do
// next, so each says what went wrong in a way it can act on.
const (
	CodeUnknownTool         = "unknown_tool"         // no such tool for this caller
	CodeUnauthenticated     = "unauthenticated"      // no caller in the context
	CodeForbidden           = "forbidden"            // the caller lacks a scope the tool needs
	CodeInvalidArguments    = "invalid_arguments"    // the arguments do not match the schema; message lists every problem
	CodeNotFound            = "not_found"            // no such thing for this caller (also for other users' things)
	CodeConflict            = "conflict"             // the world changed: sold out, slot taken, time clash
	CodeUnavailable         = "unavailable"          // try again later
	CodeIdempotencyRequired = "idempotency_required" // write tools need an idempotency key
	CodeIdempotencyConflict = "idempotency_conflict" // the key was used with other arguments
	CodeConfirmationInvalid = "confirmation_invalid" // missing, expired, used, or for other arguments
	CodeDeclined            = "declined"             // a payment was declined
	CodeFailed              = "failed"               // the tool failed for another reason
	CodeInternal            = "internal"             // a bug; nothing was done
)

// Error is a tool error: a code and a message for the caller.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Is compares codes, so errors.Is(err, skills.ErrNotFound) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t != nil && t.Code == e.Code
}

// Errorf builds an *Error.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Sentinels for errors.Is.
var (
	ErrNotFound  = &Error{Code: CodeNotFound, Message: "not found"}
	ErrConflict  = &Error{Code: CodeConflict, Message: "conflict"}
	ErrForbidden = &Error{Code: CodeForbidden, Message: "forbidden"}
)

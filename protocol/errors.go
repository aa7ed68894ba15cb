package protocol

import "fmt"

// Code is a machine-readable error code. Codes are stable across protocol
// versions: a client may switch on them; the Message is for people.
type Code string

// The error codes a server sends in an [TypeError] message.
const (
	// CodeBadFrame: the frame is not a JSON object, is not valid UTF-8,
	// is a binary frame, or has fields the envelope does not define.
	CodeBadFrame Code = "bad_frame"
	// CodeUnknownType: the envelope's type is not a client message type.
	CodeUnknownType Code = "unknown_type"
	// CodeInvalidPayload: the payload does not match the message's schema
	// (wrong field types, unknown fields, missing or out-of-range values).
	CodeInvalidPayload Code = "invalid_payload"
	// CodeUnsupportedVersion: hello offered no version this server speaks.
	CodeUnsupportedVersion Code = "unsupported_version"
	// CodeBadState: the message is not valid now (anything before hello, a
	// second hello).
	CodeBadState Code = "bad_state"
	// CodeNotInRoom: the message needs a room and the client has not joined one.
	CodeNotInRoom Code = "not_in_room"
	// CodeNoSuchRoom: join named a room this server does not host.
	CodeNoSuchRoom Code = "no_such_room"
	// CodeRateLimited: the client sends this kind of message too fast; the
	// message was dropped. Retry after the time in the message.
	CodeRateLimited Code = "rate_limited"
	// CodeUnreachable: the move target is a wall, furniture, outside the map
	// or cannot be reached from where the entity stands.
	CodeUnreachable Code = "unreachable"
	// CodeTooLong: a text field is longer than its documented limit.
	CodeTooLong Code = "too_long"
	// CodeOverloaded: the room cannot take more messages right now; the
	// message was dropped.
	CodeOverloaded Code = "overloaded"
	// CodeNoSuchAvatar: talk named an entity that is not an avatar in your room.
	CodeNoSuchAvatar Code = "no_such_avatar"
	// CodeUnknownConfirmation: confirm or decline named a nonce that is not
	// pending for you (used, expired, or someone else's).
	CodeUnknownConfirmation Code = "unknown_confirmation"
	// CodeInternal: the server failed; the message may not have taken effect.
	CodeInternal Code = "internal"
)

// Error is a protocol error. It is both the payload of an error message and
// a Go error, so a server can return it from a handler and a client can
// match it with errors.Is against the sentinels below (Is compares codes).
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
}

// Error implements error.
func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Is reports whether target is an *Error with the same code, so that
// errors.Is(err, protocol.ErrRateLimited) works on wrapped errors.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t != nil && t.Code == e.Code
}

// Errorf builds an *Error with a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Sentinels for errors.Is. Their messages are generic; real errors carry detail.
var (
	ErrBadFrame           = &Error{Code: CodeBadFrame, Message: "bad frame"}
	ErrUnknownType        = &Error{Code: CodeUnknownType, Message: "unknown message type"}
	ErrInvalidPayload     = &Error{Code: CodeInvalidPayload, Message: "invalid payload"}
	ErrUnsupportedVersion = &Error{Code: CodeUnsupportedVersion, Message: "unsupported protocol version"}
	ErrBadState           = &Error{Code: CodeBadState, Message: "message not allowed now"}
	ErrNotInRoom          = &Error{Code: CodeNotInRoom, Message: "not in a room"}
	ErrNoSuchRoom         = &Error{Code: CodeNoSuchRoom, Message: "no such room"}
	ErrRateLimited        = &Error{Code: CodeRateLimited, Message: "rate limited"}
	ErrUnreachable        = &Error{Code: CodeUnreachable, Message: "target unreachable"}
	ErrTooLong            = &Error{Code: CodeTooLong, Message: "text too long"}
	ErrOverloaded         = &Error{Code: CodeOverloaded, Message: "server overloaded"}
	ErrInternal           = &Error{Code: CodeInternal, Message: "internal error"}
)

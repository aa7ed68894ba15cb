package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// Envelope wraps every message: its type, an optional request id chosen by
// the client (echoed in the reply or error), and the type's payload.
type Envelope struct {
	Type    Type            `json:"type"`
	ID      string          `json:"id,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// Decode parses one client frame strictly. It rejects frames over
// MaxFrameBytes, invalid UTF-8, anything but a single JSON object, unknown
// envelope fields, ids over MaxIDLen, a payload that is not an object, and
// types that are not client types. Every error is a *Error.
//
// Decode never panics, whatever the input (see FuzzDecode).
func Decode(frame []byte) (Envelope, error) {
	var env Envelope
	if len(frame) > MaxFrameBytes {
		return env, Errorf(CodeBadFrame, "frame is %d bytes, the limit is %d", len(frame), MaxFrameBytes)
	}
	if !utf8.Valid(frame) {
		return env, Errorf(CodeBadFrame, "frame is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(frame))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return Envelope{ID: lenientID(frame)}, Errorf(CodeBadFrame, "frame is not a message envelope: %s", jsonReason(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Envelope{}, Errorf(CodeBadFrame, "frame has data after the envelope")
	}
	if len(env.ID) > MaxIDLen {
		return Envelope{}, Errorf(CodeBadFrame, "id is longer than %d bytes", MaxIDLen)
	}
	if env.Type == "" {
		return env, Errorf(CodeBadFrame, "envelope has no type")
	}
	if !ClientTypes[env.Type] {
		return env, Errorf(CodeUnknownType, "unknown message type %q", truncate(string(env.Type), 40))
	}
	if p := bytes.TrimSpace(env.Payload); len(p) > 0 && !bytes.Equal(p, []byte("null")) && p[0] != '{' {
		return env, Errorf(CodeInvalidPayload, "payload of %s must be an object", env.Type)
	}
	return env, nil
}

// lenientID digs the id out of a frame that failed strict decoding, so the
// error can still name the request it answers.
func lenientID(frame []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(frame, &v) != nil || len(v.ID) > MaxIDLen {
		return ""
	}
	return v.ID
}

// DecodePayload decodes env's payload into v strictly (unknown fields are
// errors). A missing payload decodes as an empty object. Errors are *Error
// with CodeInvalidPayload and name the offending field.
func DecodePayload(env Envelope, v any) error {
	p := bytes.TrimSpace(env.Payload)
	if len(p) == 0 || bytes.Equal(p, []byte("null")) {
		p = []byte("{}")
	}
	dec := json.NewDecoder(bytes.NewReader(p))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return Errorf(CodeInvalidPayload, "%s payload: %s", env.Type, jsonReason(err))
	}
	return nil
}

// jsonReason turns encoding/json errors into short, stable sentences that
// are safe to send to a client (no Go type names beyond the JSON kind).
func jsonReason(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("invalid JSON at byte %d", se.Offset)
	case errors.As(err, &te):
		if te.Field != "" {
			return fmt.Sprintf("field %q must not be a JSON %s", te.Field, te.Value)
		}
		return fmt.Sprintf("expected an object, got a JSON %s", te.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "unexpected end of JSON"
	}
	msg := err.Error()
	const unk = "json: unknown field "
	if len(msg) > len(unk) && msg[:len(unk)] == unk {
		return "unknown field " + truncate(msg[len(unk):], 60)
	}
	return truncate(msg, 120)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// Encode builds one envelope as JSON. It fails only if payload cannot be
// marshalled, which for this package's types means a programmer error.
func Encode(t Type, id string, payload any) ([]byte, error) {
	var raw json.RawMessage
	if payload != nil {
		b, err := json.Marshal(payload)
		if err != nil {
			return nil, fmt.Errorf("encoding %s: %w", t, err)
		}
		raw = b
	}
	return json.Marshal(Envelope{Type: t, ID: id, Payload: raw})
}

// MustEncode is Encode for payloads that cannot fail to marshal (this
// package's types). It panics otherwise.
func MustEncode(t Type, id string, payload any) []byte {
	b, err := Encode(t, id, payload)
	if err != nil {
		panic(err)
	}
	return b
}

// EncodeError builds an error message answering request id.
func EncodeError(id string, e *Error) []byte {
	return MustEncode(TypeError, id, e)
}

// SplitFrame calls fn for each envelope in a server frame (envelopes are
// separated by '\n'). It stops at the first error fn returns.
func SplitFrame(frame []byte, fn func(env []byte) error) error {
	for len(frame) > 0 {
		i := bytes.IndexByte(frame, '\n')
		var part []byte
		if i < 0 {
			part, frame = frame, nil
		} else {
			part, frame = frame[:i], frame[i+1:]
		}
		if len(part) == 0 {
			continue
		}
		if err := fn(part); err != nil {
			return err
		}
	}
	return nil
}

// AppendTick appends the envelope of a tick message to buf, byte for byte
// what Encode(TypeTick, "", t) produces, without reflection or allocation.
// The world server builds one per room cell per tick, so it is a hot path.
func AppendTick(buf []byte, t *Tick) []byte {
	buf = append(buf, `{"type":"tick","payload":{"t":`...)
	buf = strconv.AppendUint(buf, t.T, 10)
	if len(t.Add) > 0 {
		buf = append(buf, `,"add":[`...)
		for i := range t.Add {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = AppendEntity(buf, &t.Add[i])
		}
		buf = append(buf, ']')
	}
	if len(t.Mov) > 0 {
		buf = append(buf, `,"mov":[`...)
		for i := range t.Mov {
			if i > 0 {
				buf = append(buf, ',')
			}
			p := &t.Mov[i]
			buf = append(buf, `{"id":`...)
			buf = strconv.AppendUint(buf, uint64(p.ID), 10)
			buf = append(buf, `,"x":`...)
			buf = appendCoord(buf, p.X)
			buf = append(buf, `,"y":`...)
			buf = appendCoord(buf, p.Y)
			buf = append(buf, `,"d":`...)
			buf = appendJSONString(buf, p.Dir)
			if p.TS != 0 {
				buf = append(buf, `,"ts":`...)
				buf = strconv.AppendInt(buf, p.TS, 10)
			}
			buf = append(buf, '}')
		}
		buf = append(buf, ']')
	}
	if len(t.Del) > 0 {
		buf = append(buf, `,"del":[`...)
		for i, id := range t.Del {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = strconv.AppendUint(buf, uint64(id), 10)
		}
		buf = append(buf, ']')
	}
	return append(buf, "}}"...)
}

// AppendEntity appends e as JSON, as encoding/json would write it.
func AppendEntity(buf []byte, e *Entity) []byte {
	buf = append(buf, `{"id":`...)
	buf = strconv.AppendUint(buf, uint64(e.ID), 10)
	buf = append(buf, `,"kind":`...)
	buf = appendJSONString(buf, e.Kind)
	buf = append(buf, `,"name":`...)
	buf = appendJSONString(buf, e.Name)
	buf = append(buf, `,"x":`...)
	buf = appendCoord(buf, e.X)
	buf = append(buf, `,"y":`...)
	buf = appendCoord(buf, e.Y)
	buf = append(buf, `,"d":`...)
	buf = appendJSONString(buf, e.Dir)
	if e.Role != "" {
		buf = append(buf, `,"role":`...)
		buf = appendJSONString(buf, e.Role)
	}
	if e.Look != "" {
		buf = append(buf, `,"look":`...)
		buf = appendJSONString(buf, e.Look)
	}
	return append(buf, '}')
}

// Round rounds a coordinate to the 0.01 tile the wire carries.
func Round(v float64) float64 {
	if v < 0 {
		return -Round(-v)
	}
	return float64(int64(v*100+0.5)) / 100
}

// appendCoord writes a coordinate the way encoding/json writes a float64
// (shortest representation), after rounding to 0.01. The shortest form of
// the double nearest k/100 is k/100 itself, so integer formatting gives the
// same bytes as strconv.AppendFloat at a fraction of the cost (the tick
// encoder's hot path; TestAppendTick pins the equality).
func appendCoord(buf []byte, v float64) []byte {
	neg := v < 0
	if neg {
		v = -v
	}
	c := int64(v*100 + 0.5)
	if c >= 1<<53/100 { // out of the exact range: let strconv decide
		return strconv.AppendFloat(buf, Round(v), 'f', -1, 64)
	}
	if neg && c != 0 {
		buf = append(buf, '-')
	}
	buf = strconv.AppendInt(buf, c/100, 10)
	switch frac := c % 100; {
	case frac == 0:
	case frac%10 == 0:
		buf = append(buf, '.', byte('0'+frac/10))
	default:
		buf = append(buf, '.', byte('0'+frac/10), byte('0'+frac%10))
	}
	return buf
}

// appendJSONString writes s as a JSON string. Names are user text, so it
// falls back to encoding/json (HTML-safe escaping, as Encode does) whenever
// s has anything but plain printable ASCII or non-ASCII letters.
func appendJSONString(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c >= 0x80 {
			b, _ := json.Marshal(s)
			return append(buf, b...)
		}
	}
	buf = append(buf, '"')
	buf = append(buf, s...)
	return append(buf, '"')
}

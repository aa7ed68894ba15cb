package skills

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// DecodeError is a tool result its caller could not read as the type it
// expected: the caller and the tool disagree about the tool's result type
// (a programmer error, never the user's). It names the tool, the expected
// type and what went wrong, so a log line or a test failure says which
// side to fix.
type DecodeError struct {
	Tool   string // the tool whose result it was
	Into   string // the Go type the caller expected, e.g. "tutoring.Graded"
	Status string // the result's status when it was not "ok"
	Err    error  // the decoding error, or the tool's own error
}

func (e *DecodeError) Error() string {
	if e.Status != "" && e.Status != StatusOK {
		return fmt.Sprintf("result of %s is %s, not a %s: %v", e.Tool, e.Status, e.Into, e.Err)
	}
	return fmt.Sprintf("result of %s does not decode into %s: %v", e.Tool, e.Into, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }

// Decode reads a successful result's data as R — the result type the
// tool's pack exports (tutoring.Graded for tutor_answer), which is also
// what its Output schema was generated from. A result that is not "ok",
// or whose data does not decode, is a *DecodeError.
func Decode[R any](r Result) (R, error) {
	var v R
	into := reflect.TypeFor[R]().String()
	if r.Status != StatusOK {
		var err error = fmt.Errorf("no data")
		if r.Error != nil {
			err = r.Error
		}
		return v, &DecodeError{Tool: r.Tool, Into: into, Status: r.Status, Err: err}
	}
	if err := json.Unmarshal(r.Data, &v); err != nil {
		return v, &DecodeError{Tool: r.Tool, Into: into, Err: err}
	}
	return v, nil
}

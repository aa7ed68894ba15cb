package store

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
)

// AppendJSONObject appends m as json.Marshal encodes a map with string
// keys — null when m is nil, otherwise its keys sorted — writing each
// value with value. It is the map half of a JSONAppender; keys of up to 32
// entries are sorted on the stack, since these encoders run on every turn.
func AppendJSONObject[V any](b []byte, m map[string]V, value func([]byte, V) ([]byte, error)) ([]byte, error) {
	if m == nil {
		return append(b, "null"...), nil
	}
	var arr [32]string
	keys := arr[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, strings.Compare)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendJSONString(b, k)
		b = append(b, ':')
		var err error
		if b, err = value(b, m[k]); err != nil {
			return b, err
		}
	}
	return append(b, '}'), nil
}

// AppendJSONStrings appends ss as json.Marshal encodes a []string (null
// when nil).
func AppendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendJSONString(b, s)
	}
	return append(b, ']')
}

// JSONString is AppendJSONString as an AppendJSONObject value writer.
func JSONString(b []byte, s string) ([]byte, error) { return AppendJSONString(b, s), nil }

// AppendJSONValue appends v as json.Marshal encodes it. Values decoded
// generically from JSON (nil, bool, float64, string, []any,
// map[string]any) and the strings and ints a caller adds to them are
// written here, several times faster and with a fraction of the
// allocations (json.Marshal sorts a map's keys through reflection); any
// other value, and a float that is not finite (for json.Marshal's error),
// is handed to json.Marshal.
func AppendJSONValue(b []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	case string:
		return AppendJSONString(b, x), nil
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			break
		}
		return appendJSONFloat(b, x), nil
	case int:
		return strconv.AppendInt(b, int64(x), 10), nil
	case []any:
		if x == nil {
			return append(b, "null"...), nil
		}
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = AppendJSONValue(b, e); err != nil {
				return b, err
			}
		}
		return append(b, ']'), nil
	case map[string]any:
		return AppendJSONObject(b, x, AppendJSONValue)
	case map[string]string:
		return AppendJSONObject(b, x, JSONString)
	case []string:
		return AppendJSONStrings(b, x), nil
	}
	j, err := json.Marshal(v)
	if err != nil {
		return b, err
	}
	return append(b, j...), nil
}

// appendJSONFloat appends a finite float64 as json.Marshal does: like
// ES6, decimal between 1e-6 and 1e21, otherwise an exponent without a
// leading zero (1e-7, not 1e-07).
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

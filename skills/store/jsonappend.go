package store

import (
	"slices"
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

package avatars

import (
	"encoding/json"
	"errors"
	"io/fs"
	"testing"
)

// FuzzParse: any bytes in an avatar file either load as an avatar that
// passes every rule (and survives a write-and-read round trip unchanged in
// meaning) or fail with ErrInvalid and a message naming the file — never a
// panic and never a half-checked avatar.
func FuzzParse(f *testing.F) {
	files, _ := fs.Glob(campus, "campus/*.json")
	for _, name := range files {
		b, _ := fs.ReadFile(campus, name)
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"x","role":"tutor","brain":{"kind":"llm"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("fuzz.json", data)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error is not ErrInvalid: %v", err)
			}
			return
		}
		if !idRe.MatchString(a.ID) || a.Room == "" || len(a.Skills) == 0 || a.Wander < 0 || a.Wander > 10 {
			t.Fatalf("accepted an invalid avatar: %+v", a)
		}
		if !idRe.MatchString(a.Brain.Kind) {
			t.Fatalf("brain kind %q", a.Brain.Kind)
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse("again.json", b); err != nil {
			t.Fatalf("an accepted avatar does not round-trip: %v", err)
		}
	})
}

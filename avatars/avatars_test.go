package avatars

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCampus(t *testing.T) {
	as := Campus()
	roles := map[string]string{}
	for _, a := range as {
		roles[a.Role] = a.Room
		if a.Name("ko") == "" || a.Greeting("en") == "" || len(a.Scopes) == 0 || a.Brain.Kind != "embedded" {
			t.Fatalf("incomplete %+v", a)
		}
	}
	if roles["tutor"] != "classroom" || roles["assistant"] != "lobby" || roles["shopper"] != "store" {
		t.Fatalf("roles %v", roles)
	}
}

// TestFourthAvatarIsAFile: a new avatar needs a file, not code.
func TestFourthAvatarIsAFile(t *testing.T) {
	dir := t.TempDir()
	for _, a := range []string{"tutor", "assistant", "shopper"} {
		data, _ := os.ReadFile(filepath.Join("campus", a+".json"))
		os.WriteFile(filepath.Join(dir, a+".json"), data, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "librarian.json"), []byte(`{"id":"librarian","role":"tutor","name_ko":"사서","name_en":"Librarian",
		"greeting_ko":"조용히 해 주세요.","greeting_en":"Quiet, please.","room":"lobby","home":{"x":5,"y":5},"skills":["madang.tutoring"],"scopes":["tutor.learn"]}`), 0o644)
	as, err := Load(dir)
	if err != nil || len(as) != 4 {
		t.Fatalf("%d avatars, %v", len(as), err)
	}
}

func TestParseErrors(t *testing.T) {
	for i, tc := range []struct{ file, want string }{
		{`{}`, "id must be"},
		{`{"id":"x","role":"Wizard!"}`, "role"},
		{`{"id":"x"}`, "role"},
		{`{"id":"x","role":"tutor","name_ko":"a","name_en":"b","greeting_ko":"a","greeting_en":"b","room":"r","skills":["s"],"brain":{"kind":"Wizard!"}}`, "brain kind"},
		{`{"id":"x","role":"tutor","name_ko":"a","name_en":"b","greeting_ko":"a","greeting_en":"b","room":"r","skills":["s"],"brain":"llm"}`, "brain must be an object"},
		{`{"id":"x","unknown":1}`, "unknown field"},
		{`{"id":"x","role":"tutor","name_ko":"a","name_en":"b","greeting_ko":"a","greeting_en":"b","room":"r","skills":[],"wander":99}`, "wander"},
	} {
		_, err := Parse("a.json", []byte(tc.file))
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("test %d: %v, want %q", i, err, tc.want)
		}
	}
}

// TestMergeAddsAndOverrides: -avatars adds avatars to the campus and
// replaces the one whose ID a file reuses; the others stay.
func TestMergeAddsAndOverrides(t *testing.T) {
	tutor, err := Parse("tutor.json", []byte(`{"id":"tutor","role":"tutor","name_ko":"새 선생님","name_en":"New teacher","greeting_ko":"안녕","greeting_en":"Hi","room":"classroom","skills":["madang.tutoring"],"brain":{"kind":"llm","model":"m","base_url":"http://127.0.0.1:1/v1"}}`))
	if err != nil {
		t.Fatal(err)
	}
	lib, err := Parse("librarian.json", []byte(`{"id":"librarian","role":"librarian","name_ko":"사서","name_en":"Librarian","greeting_ko":"안녕","greeting_en":"Hi","room":"lobby","skills":["school.library"]}`))
	if err != nil {
		t.Fatal(err)
	}
	got := Merge(Campus(), []*Avatar{tutor, lib})
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
		if a.ID == "tutor" && (a.NameKo != "새 선생님" || a.Brain.Kind != "llm" || !strings.Contains(string(a.Brain.Config), `"model":"m"`)) {
			t.Errorf("tutor not overridden: %+v", a)
		}
		if a.ID == "librarian" && a.Brain.Kind != DefaultBrain {
			t.Errorf("librarian brain %+v", a.Brain)
		}
	}
	if strings.Join(ids, ",") != "assistant,librarian,shopper,tutor" {
		t.Errorf("ids %v", ids)
	}
}

package tutoring

import "testing"

// TestTeachMeIsARequest: "teach me the present perfect" asks for that
// lesson; "teach" is how the request is made, not its topic (it was
// answered with Hunminjeongeum, "the correct sounds for teaching the
// people").
func TestTeachMeIsARequest(t *testing.T) {
	lib, err := LoadLibrary()
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"teach me the present perfect":          "present-perfect",
		"can you teach me the present perfect?": "present-perfect",
		"teach me about photosynthesis":         "photosynthesis",
	} {
		g := lib.Ask(q, "", "")
		if !g.Covered || g.Source == nil || g.Source.LessonID != want {
			t.Errorf("%q → %+v (%s), want the %s lesson", q, g.Source, g.Answer, want)
		}
	}
}

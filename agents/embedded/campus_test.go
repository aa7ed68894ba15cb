package embedded

import (
	"testing"

	"github.com/madang-world/madang/avatars"
)

// campusAvatar is the campus avatar with id (the test fails without it).
func campusAvatar(t *testing.T, id string) *avatars.Avatar {
	t.Helper()
	for _, a := range avatars.Campus() {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no campus avatar %q", id)
	return nil
}

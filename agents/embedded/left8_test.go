package embedded_test

import (
	"strings"
	"testing"
)

// What new users read, fixed (left8).

// TestLeft8AllergyInTheUsersLanguage: an allergy told in one language
// and a table booked in the other showed it untranslated on the Korean
// card ("peanuts 알레르기"): the allergen is said in the language of the
// card, the warning too, and what the assistant notes back.
func TestLeft8AllergyInTheUsersLanguage(t *testing.T) {
	for _, c := range []struct {
		user, fact, noted, find, pick, label, request, warn string
	}{
		{"a", "I'm allergic to peanuts", "allergic to peanuts", "내일 저녁 7시 온 트라토리아 2명 예약해줘", "1번", "요청", "땅콩 알레르기", ""},
		{"b", "저 땅콩 알레르기가 있어요", "땅콩 알레르기", "book a table at On Trattoria tomorrow 7pm for 2", "1", "Request", "allergy: peanuts", ""},
		{"c", "I'm allergic to shrimp", "allergic to shrimp", "내일 저녁 7시 홍대 해산물 2명", "1번", "요청", "새우 알레르기",
			"주의: 별 해물은 해산물 식당이에요. 새우 알레르기가 있다고 하셔서 알려 드려요."},
		{"d", "저 새우 알레르기가 있어요", "새우 알레르기", "seafood in Hongdae tomorrow at 7pm for 2", "the first one", "Request", "allergy: shrimp",
			"Note: Byeol Seafood is a seafood restaurant, and you told me you're allergic to shrimp; please check with them."},
	} {
		w := newWorld(t)
		must(t, w.say(c.user, "assistant", c.fact), c.noted)
		w.say(c.user, "assistant", c.find)
		w.say(c.user, "assistant", c.pick)
		if got := w.confirmField(c.user, c.label); got != c.request {
			t.Errorf("%s: request on the card %q, want %q", c.user, got, c.request)
		}
		sum := w.out.lastConfirm(c.user).Summary
		if c.warn != "" && !strings.Contains(sum, c.warn) || strings.Contains(sum, "peanuts 알레르기") || strings.Contains(sum, "shrimp 알레르기") {
			t.Errorf("%s: summary %q, want the warning %q", c.user, sum, c.warn)
		}
	}
}

package shopping

import (
	"context"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/skilltest"
)

// TestPaymentMethodsAreTheUsersOwn: shop_payment_methods lists, for each
// caller, the demo cards every account pays with — in the caller's
// language, marked as demo — and never the sandbox's declining test
// cards; what one user paid with never shows up for another.
func TestPaymentMethodsAreTheUsersOwn(t *testing.T) {
	h, _ := newShop(t, Options{})
	as := func(user, lang string) context.Context {
		return skills.WithCaller(context.Background(), skills.Caller{UserID: user, Scopes: allScopes, Channel: "avatar", Lang: lang})
	}
	want := map[string][]MethodView{
		"en": {{ID: "pm_card_visa", Label: "Visa •••• 4242", Demo: true}, {ID: "pm_card_mastercard", Label: "Mastercard •••• 4444", Demo: true}},
		"ko": {{ID: "pm_card_visa", Label: "비자카드 •••• 4242", Demo: true}, {ID: "pm_card_mastercard", Label: "마스터카드 •••• 4444", Demo: true}},
	}
	check := func(user, lang string) {
		t.Helper()
		got := skilltest.Decode[[]MethodView](t, h.Do(as(user, lang), "shop_payment_methods", map[string]any{}))
		if len(got) != len(want[lang]) {
			t.Fatalf("%s (%s) lists %+v, want %+v", user, lang, got, want[lang])
		}
		for i := range got {
			if got[i] != want[lang][i] {
				t.Errorf("%s (%s) lists %+v, want %+v", user, lang, got, want[lang])
			}
		}
	}
	check("alice", "en")
	skilltest.Decode[OrderView](t, h.Do(as("alice", "en"), "shop_checkout", map[string]any{"items": []map[string]any{{"product_id": "p013", "quantity": 1}},
		"payment_method": "pm_card_mastercard", "fulfilment": "pickup", "pickup_store": "hongdae", "expected_total": 9000}))
	check("bob", "en")
	check("bob", "ko")
	check("alice", "en")
}

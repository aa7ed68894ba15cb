package shopping

import (
	"context"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
)

// TestCheckoutSummaryLanguage: the confirmation summary is in the
// conversation's language (Caller.Lang); the fields stay bilingual.
func TestCheckoutSummaryLanguage(t *testing.T) {
	h, _ := newShop(t, Options{})
	args := `{"items":[{"product_id":"p001","quantity":1}],"payment_method":"pm_card_visa","fulfilment":"pickup","pickup_store":"gangnam","expected_total":19000}`
	for lang, want := range map[string]string{"en": "Pay ₩19,000", "ko": "19,000원을 결제하고", "": "19,000원을 결제하고"} {
		ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: "u1", Scopes: []string{ScopeRead, ScopeCart, ScopeCharge, ScopeOrders}, Channel: "avatar", Lang: lang})
		r := h.Call(ctx, "shop_checkout", args)
		if r.Confirmation == nil || !strings.Contains(r.Confirmation.Summary.Text, want) {
			t.Errorf("lang %q: %+v, want a summary with %q", lang, r, want)
		}
	}
}

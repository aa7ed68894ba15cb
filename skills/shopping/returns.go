package shopping

import (
	"context"
	"strings"

	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/shopping/payment"
)

// A new user's trial (trial19): "the earphones came broken, I want to
// return them" was not understood, listed earphones for sale, or was
// offered the order's cancellation. A return is not a cancellation: the
// goods have reached the buyer, so a courier collects them and the
// payment goes back once they are checked. shop_return requests that
// for a delivered (or collected) order, on the user's confirm; an order
// not yet on its way is cancelled instead (shop_cancel_order), which the
// error says.
const (
	// ReturnPickupDays: the business days within which the courier
	// collects a return.
	ReturnPickupDays = 2
)

type returnArgs struct {
	OrderID string `json:"order_id"`
	// Reason is what is wrong, in the user's words (shown on the card).
	Reason string `json:"reason,omitempty"`
}

// returnable: the goods have reached the buyer (or are on their way to
// them — they can be refused at the door and sent back).
func returnable(st string) bool {
	return st == StShipped || st == StOutForDelivery || st == StDelivered || st == StPickedUp
}

// cardOf is the card an order was paid with, as the user knows it.
func cardOf(id, lang string) string {
	if m, ok := payment.MethodByID(id); ok {
		return methodLabel(m, lang)
	}
	return id
}

func (s *Shop) returnTool() *skills.Tool {
	return skills.NewTool("shop_return", "Request the return of a delivered (or collected) order: a courier collects it and the payment is refunded once it is checked. Needs the user's confirmation.",
		skills.Irreversible, []string{ScopeOrders, ScopeCharge}, s.requestReturn,
		skills.WithPrepare(func(ctx context.Context, c skills.Caller, a returnArgs) (skills.Summary, error) {
			o, err := s.own(c, a.OrderID)
			if err != nil {
				return skills.Summary{}, err
			}
			if err := s.notReturnable(o, c.Lang); err != nil {
				return skills.Summary{}, err
			}
			v := s.viewOrder(o, c.Lang)
			refund := won(o.Total-o.Refunded, c.Lang)
			from := o.Address
			if o.Fulfilment != "delivery" {
				from = Stores[o.PickupStore]
				if c.Lang == "en" {
					from = StoresEn[o.PickupStore]
				}
			}
			fields := []skills.Field{{Label: "상품 Items", Value: v.ItemsText}, {Label: "주문일 Ordered", Value: words.DateTime(o.Created.In(shopZone), c.Lang)}}
			if r := strings.TrimSpace(a.Reason); r != "" {
				fields = append(fields, skills.Field{Label: "사유 Reason", Value: r})
			}
			fields = append(fields, skills.Field{Label: "회수 Pickup", Value: from}, skills.Field{Label: "환불 Refund", Value: refund + " → " + cardOf(o.Method, c.Lang)})
			return skills.Summary{Text: words.Say(c.Lang, "shop.return_order", "items", v.ItemsText, "from", from, "days", ReturnPickupDays,
				"refund", refund, "card", cardOf(o.Method, c.Lang), "min", RefundDaysMin, "max", RefundDaysMax),
				Fields: fields,
				Button: words.Say(c.Lang, "shop.return_button", "refund", refund)}, nil
		}),
		skills.Constrain(orderPattern))
}

// notReturnable is why o cannot be sent back, naming it by its goods:
// not yet on its way (cancel it instead), cancelled, or already being
// returned. dialogue.json's shop_return errors read the message.
func (s *Shop) notReturnable(o Order, lang string) error {
	items := s.viewOrder(o, lang).ItemsText
	switch {
	case o.Status == StReturnRequested:
		return skills.Errorf(skills.CodeConflict, "the return of %s is already requested", items)
	case o.Status == StCancelled:
		return skills.Errorf(skills.CodeConflict, "the order of %s was cancelled and refunded", items)
	case cancellable(o.Status):
		return skills.Errorf(skills.CodeConflict, "the order of %s has not shipped yet (%s): cancel it for a full refund", items, statusText(o.Status, lang))
	case !returnable(o.Status):
		return skills.Errorf(skills.CodeConflict, "the order of %s is %s and cannot be returned", items, statusText(o.Status, lang))
	}
	return nil
}

func (s *Shop) requestReturn(ctx context.Context, c skills.Caller, a returnArgs) (OrderView, error) {
	o, err := s.own(c, a.OrderID)
	if err != nil {
		return OrderView{}, err
	}
	if o.Status == StReturnRequested {
		return s.viewOrder(o, c.Lang), nil
	}
	if err := s.notReturnable(o, c.Lang); err != nil {
		return OrderView{}, err
	}
	reason := strings.TrimSpace(a.Reason)
	if err := s.finish(&o, func(o *Order) {
		o.set(StReturnRequested, s.env.Clock.Now())
		o.ReturnReason = reason
	}); err != nil {
		return OrderView{}, skills.Errorf(skills.CodeUnavailable, "the return could not be saved")
	}
	return s.viewOrder(o, c.Lang), nil
}

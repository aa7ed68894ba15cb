package shopping

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/shopping/payment"
	"github.com/madang-world/madang/skills/store"
)

// Order statuses. Delivery: paid → packed → shipped → out_for_delivery →
// delivered. Pickup: paid → ready_for_pickup → picked_up.
const (
	StPending        = "pending_payment"
	StPaymentFailed  = "payment_failed"
	StPaid           = "paid"
	StPacked         = "packed"
	StShipped        = "shipped"
	StOutForDelivery = "out_for_delivery"
	StDelivered      = "delivered"
	StReady          = "ready_for_pickup"
	StPickedUp       = "picked_up"
	StCancelled      = "cancelled"
	// StReturnRequested: a delivered (or collected) order the buyer is
	// sending back (shop_return); a courier collects it and the payment
	// is refunded once the goods are checked.
	StReturnRequested = "return_requested"
)

// schedule is when each delivery step happens, counted from payment. The
// clock the Host ticks with drives it, so tests move time on.
var schedule = map[string][]struct {
	after time.Duration
	next  string
}{
	"delivery": {{2 * time.Hour, StPacked}, {6 * time.Hour, StShipped}, {20 * time.Hour, StOutForDelivery}, {26 * time.Hour, StDelivered}},
	"pickup":   {{1 * time.Hour, StReady}},
}

// shopZone is the shop's time zone (Korea's, which has no daylight
// saving): an order's day is the day in Korea it was placed.
var shopZone = time.FixedZone("KST", 9*3600)

// Stores for O2O pickup.
var Stores = map[string]string{"gangnam": "마당 상점 강남점", "hongdae": "마당 상점 홍대점", "haeundae": "마당 상점 해운대점"}

// StoresEn are the stores' names in English.
var StoresEn = map[string]string{"gangnam": "Madang Store Gangnam", "hongdae": "Madang Store Hongdae", "haeundae": "Madang Store Haeundae"}

// Shipping: delivery costs ShippingFee unless the goods come to
// FreeShippingFrom or more (the usual rule of Korean shops, so the fee is
// never a surprise at the counter); store pickup is free.
const (
	ShippingFee      = 3000
	FreeShippingFrom = 30000
	// RefundDaysMin, RefundDaysMax: the business days a card refund takes
	// to show on the card after the order is cancelled (the store's
	// refund policy, said when a user asks when the money comes back).
	RefundDaysMin = 3
	RefundDaysMax = 5
)

// shippingFee is the fee for a fulfilment of goods worth subtotal.
func shippingFee(fulfilment string, subtotal int64) int64 {
	if fulfilment != "delivery" || subtotal >= FreeShippingFrom {
		return 0
	}
	return ShippingFee
}

// Order is one aggregate, stored under order:<id>.
type Order struct {
	ID          string      `json:"id"`
	User        string      `json:"user"`
	Lines       []OrderLine `json:"lines"`
	Total       int64       `json:"total"` // what was charged: the goods and the shipping
	Subtotal    int64       `json:"subtotal,omitempty"`
	Shipping    int64       `json:"shipping,omitempty"`
	Method      string      `json:"payment_method"`
	PaymentID   string      `json:"payment_id,omitempty"`
	Fulfilment  string      `json:"fulfilment"`
	Address     string      `json:"address,omitempty"`
	PickupStore string      `json:"pickup_store,omitempty"`
	Status      string      `json:"status"`
	History     []Step      `json:"history"`
	Created     time.Time   `json:"created"`
	PaidAt      time.Time   `json:"paid_at,omitempty"`
	Refunded    int64       `json:"refunded,omitempty"`
	Note        string      `json:"note,omitempty"`
	// ReturnReason is what the buyer said was wrong when asking to
	// return the order (shop_return).
	ReturnReason string `json:"return_reason,omitempty"`
	// Lang is the language the buyer ordered in: the notices about the
	// order (paid, shipped) reach them in it. Older orders: Korean.
	Lang string `json:"lang,omitempty"`
}

// OrderLine is a product in an order, at the price paid.
type OrderLine struct {
	ProductID string `json:"product_id"`
	Name      string `json:"name"`
	Qty       int    `json:"quantity"`
	Price     int64  `json:"price"`
}

// Step is one status change.
type Step struct {
	Status string    `json:"status"`
	At     time.Time `json:"at"`
}

// live orders hold stock.
func (o *Order) live() bool { return o.Status != StCancelled && o.Status != StPaymentFailed }

func (o *Order) set(status string, at time.Time) {
	o.Status = status
	o.History = append(o.History, Step{Status: status, At: at})
}

func (s *Shop) putOrder(o *Order) error {
	return s.db.Update(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("order", o.ID), o) })
}

// writeOrder commits o and returns the wait for the fsync that makes it
// durable (store.DB.Write): nothing may be acknowledged before it returns.
func (s *Shop) writeOrder(o *Order) (wait func() error, err error) {
	return s.db.Write(func(tx *store.Tx) error { return store.SetJSON(tx, store.NewKey("order", o.ID), o) })
}

// await waits for a write's fsync, or hands the wait to the host running
// the call (skills.Later) when ctx is a host call's and shopping.db is
// the host's own file (a server keeps both in its turn file,
// server.TurnPackFiles): the host commits the call's idempotency record
// and audit entry after the write and waits once for an fsync covering
// all of them, and answers nothing before it. ctx nil always waits here.
func (s *Shop) await(ctx context.Context, wait func() error) error {
	if ctx != nil && skills.Later(ctx, s.db, wait) {
		return nil
	}
	return wait()
}

type checkoutArgs struct {
	Items         []CartLine `json:"items" jsonschema:"the products and quantities to buy (usually the cart)"`
	PaymentMethod string     `json:"payment_method" jsonschema:"a payment method id from shop_payment_methods"`
	Fulfilment    string     `json:"fulfilment" jsonschema:"delivery or pickup"`
	Address       string     `json:"address,omitempty" jsonschema:"delivery address (for delivery)"`
	PickupStore   string     `json:"pickup_store,omitempty" jsonschema:"gangnam, hongdae or haeundae (for pickup)"`
	ExpectedTotal int64      `json:"expected_total" jsonschema:"the goods' total in KRW the user saw (the cart's total, without shipping); the order fails if it differs"`
}

func (s *Shop) checkoutTool() *skills.Tool {
	return skills.NewTool("shop_checkout", "Buy the given items: charges the payment method and creates an order. Needs the user's confirmation.",
		skills.Irreversible, []string{ScopeCart, ScopeCharge}, s.checkout,
		skills.WithPrepare(s.prepareCheckout),
		// The payment follows the pending order's fsync (a retry's, an
		// fsync of shopping.db: checkout), the rest are writes to
		// shopping.db and the notice follows their fsync.
		skills.MarksInFile(func() *store.DB { return s.db }),
		skills.Constrain(func(sc *jsonschema.Schema) {
			it := sc.Properties["items"]
			it.MinItems, it.MaxItems = skills.Ptr(1), skills.Ptr(30)
			it.Items.Properties["product_id"].Pattern = `^p[0-9]{3,6}$`
			q := it.Items.Properties["quantity"]
			q.Minimum, q.Maximum = skills.Ptr(1.0), skills.Ptr(10.0)
			it.Items.Required = []string{"product_id", "quantity"}
			ids := []any{}
			for _, m := range payment.TestMethods {
				ids = append(ids, m.ID)
			}
			sc.Properties["payment_method"].Enum = ids
			sc.Properties["fulfilment"].Enum = []any{"delivery", "pickup"}
			sc.Properties["address"].MaxLength = skills.Ptr(200)
			sc.Properties["pickup_store"].Enum = []any{"gangnam", "hongdae", "haeundae"}
			sc.Properties["expected_total"].Minimum = skills.Ptr(1.0)
		}))
}

// plan checks a checkout request against the catalog and builds its lines.
func (s *Shop) plan(a checkoutArgs) ([]OrderLine, int64, error) {
	if a.Fulfilment == "delivery" && strings.TrimSpace(a.Address) == "" {
		return nil, 0, skills.Errorf(skills.CodeInvalidArguments, "delivery needs an address")
	}
	if a.Fulfilment == "pickup" && a.PickupStore == "" {
		return nil, 0, skills.Errorf(skills.CodeInvalidArguments, "pickup needs a pickup_store")
	}
	var lines []OrderLine
	var total int64
	seen := map[string]bool{}
	for _, it := range a.Items {
		p, ok := s.cat.Get(it.ProductID)
		if !ok {
			return nil, 0, skills.Errorf(skills.CodeNotFound, "no product %s", it.ProductID)
		}
		if seen[p.ID] {
			return nil, 0, skills.Errorf(skills.CodeInvalidArguments, "%s is listed twice", p.ID)
		}
		seen[p.ID] = true
		lines = append(lines, OrderLine{ProductID: p.ID, Name: p.NameKo, Qty: it.Qty, Price: p.Price})
		total += p.Price * int64(it.Qty)
	}
	if total != a.ExpectedTotal {
		return nil, 0, skills.Errorf(skills.CodeConflict, "the total is %s, not %s; show the user the new total", won(total, "ko"), won(a.ExpectedTotal, "ko"))
	}
	return lines, total, nil // the goods; shippingFee adds the rest
}

func (s *Shop) prepareCheckout(ctx context.Context, c skills.Caller, a checkoutArgs) (skills.Summary, error) {
	lines, total, err := s.plan(a)
	if err != nil {
		return skills.Summary{}, err
	}
	var items []string
	for _, l := range lines {
		if avail := s.Available(l.ProductID); avail < l.Qty {
			return skills.Summary{}, skills.Errorf(skills.CodeConflict, "only %d of %s left", max(avail, 0), l.Name)
		}
		name := l.Name
		if p, ok := s.cat.Get(l.ProductID); ok && c.Lang == "en" && p.NameEn != "" {
			name = p.NameEn
		}
		items = append(items, fmt.Sprintf("%s × %d", name, l.Qty))
	}
	m, _ := payment.MethodByID(a.PaymentMethod)
	// The fields' values read as the summary does: in English, English
	// names and "₩" money.
	pickupAt := Stores[a.PickupStore]
	if c.Lang == "en" {
		pickupAt = StoresEn[a.PickupStore]
	}
	ship := shippingFee(a.Fulfilment, total)
	pay := total + ship
	fields := []skills.Field{
		{Label: "상품 Items", Value: strings.Join(items, ", ")},
		{Label: "상품 금액 Subtotal", Value: won(total, c.Lang)},
		{Label: "배송비 Shipping", Value: shippingText(a.Fulfilment, ship, c.Lang)},
		{Label: "결제 금액 Total", Value: won(pay, c.Lang)},
		{Label: "결제 수단 Payment", Value: methodLabel(m, c.Lang)},
	}
	// The summary is in the conversation's language (protocol README §7).
	var text string
	if a.Fulfilment == "delivery" {
		fields = append(fields, skills.Field{Label: "배송지 Deliver to", Value: a.Address})
		text = words.Say(c.Lang, "shop.checkout_delivery", "method", methodLabel(m, c.Lang), "total", won(pay, c.Lang))
	} else {
		fields = append(fields, skills.Field{Label: "픽업 매장 Pickup", Value: pickupAt})
		text = words.Say(c.Lang, "shop.checkout_pickup", "method", methodLabel(m, c.Lang), "total", won(pay, c.Lang), "store", pickupAt)
	}
	// The button that pays names what it pays ("28,400원 결제").
	return skills.Summary{Text: text, Fields: fields, Button: words.Say(c.Lang, "shop.pay_button", "total", won(pay, c.Lang))}, nil
}

// methodLabel names a card in the user's language, as the question
// that asked for it did ("마스터카드 •••• 4444").
func methodLabel(m payment.Method, lang string) string {
	if lang == "en" {
		return m.Label
	}
	for _, r := range [][2]string{{"Mastercard", "마스터카드"}, {"Visa", "비자카드"}} {
		if l, ok := strings.CutPrefix(m.Label, r[0]); ok {
			return r[1] + l
		}
	}
	return m.Label
}

// shippingText is a shipping fee as a person reads it: "3,000원", or
// free with why ("무료 (3만원 이상)", "무료 (매장 픽업)").
func shippingText(fulfilment string, fee int64, lang string) string {
	switch {
	case fee > 0:
		return won(fee, lang)
	case fulfilment != "delivery" && lang == "en":
		return "free (store pickup)"
	case fulfilment != "delivery":
		return "무료 (매장 픽업)"
	case lang == "en":
		return "free (orders from " + won(FreeShippingFrom, "en") + ")"
	}
	return "무료 (3만원 이상 구매)"
}

// OrderView is what order tools return: the order and the words a card
// shows of it (what was bought, where it goes, how far it has come).
type OrderView struct {
	Order
	StatusKo string `json:"status_ko"`
	// StatusText is the status in the caller's language ("배송 중",
	// "Shipped"): what a card shows, never the raw "shipped".
	StatusText   string `json:"status_text"`
	TotalText    string `json:"total_text"`
	ShippingText string `json:"shipping_text"`
	// ItemsText is "무선 이어폰 × 1, 텀블러 × 2".
	ItemsText string `json:"items_text"`
	// WhereText is where it goes: "배송 · 서울 …" or "픽업 · 마당 상점 강남점".
	WhereText string `json:"where_text"`
	// Progress is the steps of its fulfilment with the ones done marked:
	// "✓결제 완료 › 상품 준비 › 배송 중 › 배송 완료".
	Progress string `json:"progress"`
	// ArrivesText is when a delivery on its way should arrive (payment
	// plus the delivery schedule), ReadyText when a paid pickup order can
	// be collected from, in the caller's words ("12월 8일(화) 오전 11시",
	// "Tue, Dec 8, 11 AM"); empty once it has, or for an order not paid.
	ArrivesText string `json:"arrives_text,omitempty"`
	ReadyText   string `json:"ready_text,omitempty"`
	// Live: neither cancelled nor failed — an order one could still ask
	// to cancel (the cancellation's pick offers only these).
	Live bool `json:"live"`
}

// progress marks the steps an order has passed.
func progress(o Order, lang string) string {
	names := statusKo
	if lang == "en" {
		names = statusEn
	}
	steps := []string{StPaid, StPacked, StShipped, StDelivered}
	if o.Fulfilment != "delivery" {
		steps = []string{StPaid, StReady, StPickedUp}
	}
	if !o.live() || o.Status == StPending {
		return names[o.Status]
	}
	reached := 0
	for _, h := range o.History {
		for i, st := range steps {
			if h.Status == st || st == StShipped && h.Status == StOutForDelivery {
				reached = max(reached, i+1)
			}
		}
	}
	var out []string
	for i, st := range steps {
		w := names[st]
		if st == StPacked {
			w = "상품 준비"
			if lang == "en" {
				w = "Packing"
			}
		}
		if i < reached {
			w = "✓" + w
		}
		out = append(out, w)
	}
	return strings.Join(out, " › ")
}

// statusEn is statusKo for an English reader (the steps of the order card).
var statusEn = map[string]string{
	StPending: "Awaiting payment", StPaymentFailed: "Payment failed", StPaid: "Paid", StPacked: "Packed", StShipped: "Shipped",
	StOutForDelivery: "Out for delivery", StDelivered: "Delivered", StReady: "Ready for pickup", StPickedUp: "Picked up", StCancelled: "Cancelled",
	StReturnRequested: "Return requested",
}

// statusText is a status as a reader of lang reads it.
func statusText(st, lang string) string {
	if lang == "en" {
		return statusEn[st]
	}
	return statusKo[st]
}

// noticeLang is the language of the notices about o: the one its buyer
// ordered in, Korean if unknown.
func noticeLang(o *Order) string {
	if o.Lang == "en" {
		return "en"
	}
	return "ko"
}

var statusKo = map[string]string{
	StPending: "결제 대기", StPaymentFailed: "결제 실패", StPaid: "결제 완료", StPacked: "상품 준비 완료", StShipped: "배송 중",
	StOutForDelivery: "배송 출발", StDelivered: "배송 완료", StReady: "픽업 준비 완료", StPickedUp: "픽업 완료", StCancelled: "주문 취소",
	StReturnRequested: "반품 접수",
}

// viewOrder is o as a card shows it to someone speaking lang: in
// English the products' English names, the store's English name, the
// steps and the money as an English reader reads them ("₩19,000");
// anything else reads Korean, as before.
func (s *Shop) viewOrder(o Order, lang string) OrderView {
	if o.Subtotal == 0 { // an order from before shipping fees
		o.Subtotal = o.Total - o.Shipping
	}
	en := lang == "en"
	if en {
		// A copy: the stored order keeps the names it was bought under.
		lines := make([]OrderLine, len(o.Lines))
		for i, l := range o.Lines {
			if p, ok := s.cat.Get(l.ProductID); ok && p.NameEn != "" {
				l.Name = p.NameEn
			}
			lines[i] = l
		}
		o.Lines = lines
	}
	var items []string
	for _, l := range o.Lines {
		items = append(items, fmt.Sprintf("%s × %d", l.Name, l.Qty))
	}
	where := "픽업 · " + Stores[o.PickupStore]
	if o.Fulfilment == "delivery" {
		where = "배송 · " + o.Address
	}
	if en {
		where = "Pickup · " + StoresEn[o.PickupStore]
		if o.Fulfilment == "delivery" {
			where = "Delivery · " + o.Address
		}
	}
	v := OrderView{Order: o, StatusKo: statusKo[o.Status], StatusText: statusText(o.Status, lang), TotalText: won(o.Total, lang),
		ShippingText: shippingText(o.Fulfilment, o.Shipping, lang), ItemsText: strings.Join(items, ", "), WhereText: where, Progress: progress(o, lang), Live: o.live()}
	if steps := schedule[o.Fulfilment]; len(steps) > 0 && !o.PaidAt.IsZero() && o.live() {
		at := words.DateTime(o.PaidAt.Add(steps[len(steps)-1].after).In(shopZone), lang)
		switch {
		case o.Fulfilment == "delivery" && o.Status != StDelivered:
			v.ArrivesText = at
		case o.Fulfilment == "pickup" && o.Status == StPaid:
			v.ReadyText = at
		}
	}
	return v
}

func (s *Shop) checkout(ctx context.Context, c skills.Caller, a checkoutArgs) (OrderView, error) {
	lines, total, err := s.plan(a)
	if err != nil {
		return OrderView{}, err
	}
	id := "o" + skills.OpIDHex(ctx, 20)
	now := s.env.Clock.Now()

	s.mu.Lock()
	if prev, ok := s.orders[id]; ok {
		// A retry of a checkout that already ran (or was cut short by a crash).
		o := *prev
		s.mu.Unlock()
		if o.Status == StPending {
			// No money moves before what this call committed so far
			// (the confirmation's mark, MarksInFile) is on disk.
			if err := s.db.Synced(); err != nil {
				return OrderView{}, skills.Errorf(skills.CodeUnavailable, "the order could not be saved; nothing was charged")
			}
			return s.charge(ctx, &o, c.Lang)
		}
		if o.Status == StPaymentFailed {
			return OrderView{}, skills.Errorf(skills.CodeDeclined, "the payment was declined")
		}
		return s.viewOrder(o, c.Lang), nil
	}
	for _, l := range lines {
		p, _ := s.cat.Get(l.ProductID)
		if left := p.Stock - s.sold[l.ProductID]; left < l.Qty {
			s.mu.Unlock()
			return OrderView{}, skills.Errorf(skills.CodeConflict, "sold out: only %d of %s left", max(left, 0), l.Name)
		}
	}
	for _, l := range lines {
		s.sold[l.ProductID] += l.Qty
	}
	ship := shippingFee(a.Fulfilment, total)
	o := &Order{ID: id, User: c.UserID, Lines: lines, Total: total + ship, Subtotal: total, Shipping: ship, Method: a.PaymentMethod, Fulfilment: a.Fulfilment,
		Address: a.Address, PickupStore: a.PickupStore, Created: now, Lang: c.Lang}
	o.set(StPending, now)
	s.orders[id] = o
	snapshot := *o
	s.mu.Unlock()

	// The reservation is durable before any money moves.
	if err := s.putOrder(&snapshot); err != nil {
		s.release(id)
		return OrderView{}, skills.Errorf(skills.CodeUnavailable, "the order could not be saved; nothing was charged")
	}
	v, err := s.charge(ctx, &snapshot, c.Lang)
	if err == nil {
		// Bought items leave the cart (a separate key: if a crash loses
		// this, the cart merely still lists them).
		// Its fsync is the host's to wait for with the call's records when
		// the files are one (await).
		s.writeCart(ctx, c.UserID, func(cr *cartRec) error {
			for _, l := range lines {
				for i := range cr.Lines {
					if cr.Lines[i].ProductID == l.ProductID {
						cr.Lines[i].Qty -= l.Qty
					}
				}
			}
			kept := cr.Lines[:0]
			for _, cl := range cr.Lines {
				if cl.Qty > 0 {
					kept = append(kept, cl)
				}
			}
			cr.Lines = kept
			return nil
		})
	}
	return v, err
}

// release frees an order's stock after it failed.
func (s *Shop) release(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		return
	}
	for _, l := range o.Lines {
		s.sold[l.ProductID] -= l.Qty
	}
	delete(s.orders, id)
}

// charge authorises and captures the order's payment, then records the
// outcome. The provider is idempotent by order ID, so a retry never
// charges twice.
func (s *Shop) charge(ctx context.Context, o *Order, lang string) (OrderView, error) {
	p, err := s.pay.Authorize(ctx, payment.AuthorizeRequest{Key: o.ID, Method: o.Method, Amount: o.Total})
	var de *payment.DeclineError
	if errors.As(err, &de) {
		s.finish(o, func(o *Order) { o.set(StPaymentFailed, s.env.Clock.Now()); o.Note = de.Code })
		return OrderView{}, skills.Errorf(skills.CodeDeclined, "the card was declined (%s); try another payment method", de.Code)
	}
	if err == nil {
		p, err = s.pay.Capture(ctx, p.ID)
	}
	if err != nil {
		// Unknown outcome: the order stays pending; the reconciler (or a
		// retry with the same key) settles it with the provider.
		return OrderView{}, skills.Errorf(skills.CodeUnavailable, "the payment provider did not answer; the order is pending and will be settled")
	}
	var out Order
	wait, werr := s.finishWrite(o, func(o *Order) {
		now := s.env.Clock.Now()
		o.PaymentID, o.PaidAt = p.ID, now
		o.set(StPaid, now)
		out = *o
	})
	nl := noticeLang(o)
	notify := func() {
		s.env.Notify(skills.Notification{UserID: o.User, Kind: "order", At: s.env.Clock.Now(),
			Text: words.Say(nl, "shop.notify_paid", "items", s.viewOrder(*o, nl).ItemsText, "total", won(o.Total, nl)), Data: map[string]any{"order": o.ID, "status": StPaid}})
	}
	// The paid order's fsync is the host's to wait for with the call's
	// records when shopping.db is its file (await), and the notice goes
	// once it is on disk; otherwise both happen here, as before (the
	// write's error is not the call's: the payment was taken, and the
	// reconciler settles an order a lost write left pending).
	if werr == nil && ctx != nil && skills.Later(ctx, s.db, func() error {
		if err := wait(); err != nil {
			return err
		}
		notify()
		return nil
	}) {
		return s.viewOrder(out, lang), nil
	}
	if werr == nil {
		wait()
	}
	notify()
	return s.viewOrder(out, lang), nil
}

// finish applies f to the stored order and writes it; stock of orders that
// stop being live is released.
func (s *Shop) finish(o *Order, f func(*Order)) error {
	wait, err := s.finishWrite(o, f)
	if err != nil {
		return err
	}
	return wait()
}

// finishWrite is finish returning before the fsync: wait returns once the
// write is durable (store.DB.Write).
func (s *Shop) finishWrite(o *Order, f func(*Order)) (wait func() error, err error) {
	s.mu.Lock()
	cur, ok := s.orders[o.ID]
	if !ok {
		cur = o
		s.orders[o.ID] = o
	}
	wasLive := cur.live()
	f(cur)
	if wasLive && !cur.live() {
		for _, l := range cur.Lines {
			s.sold[l.ProductID] -= l.Qty
		}
	}
	snap := *cur
	s.mu.Unlock()
	*o = snap
	return s.writeOrder(&snap)
}

// reconcile settles orders a crash left pending_payment.
func (s *Shop) reconcile(ctx context.Context) error {
	var pending []*Order
	s.mu.Lock()
	for _, o := range s.orders {
		if o.Status == StPending {
			c := *o
			pending = append(pending, &c)
		}
	}
	s.mu.Unlock()
	for _, o := range pending {
		p, found, err := s.pay.ByKey(ctx, o.ID)
		if err != nil {
			return fmt.Errorf("reconciling order %s: %w", o.ID, err)
		}
		switch {
		case found && (p.Status == payment.Authorized || p.Status == payment.Captured):
			// The user confirmed and the card was authorised: complete it.
			if p.Status == payment.Authorized {
				if p, err = s.pay.Capture(ctx, p.ID); err != nil {
					return fmt.Errorf("reconciling order %s: %w", o.ID, err)
				}
			}
			s.finish(o, func(o *Order) { now := s.env.Clock.Now(); o.PaymentID, o.PaidAt = p.ID, now; o.set(StPaid, now) })
			s.env.Logger.Info("reconciled order as paid", "order", o.ID)
		default:
			s.finish(o, func(o *Order) {
				o.set(StCancelled, s.env.Clock.Now())
				o.Note = "payment was not completed"
			})
			s.env.Logger.Info("reconciled order as cancelled", "order", o.ID)
		}
	}
	return nil
}

// savedAddress is where the user last had an order delivered ("" if
// never): a checkout form starts from it instead of an empty field.
func (s *Shop) savedAddress(user string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var last *Order
	for _, o := range s.orders {
		if o.User == user && o.Fulfilment == "delivery" && o.Address != "" && o.live() && (last == nil || o.Created.After(last.Created)) {
			last = o
		}
	}
	if last == nil {
		return ""
	}
	return last.Address
}

func (s *Shop) listOrders(ctx context.Context, c skills.Caller, _ noArgs) ([]OrderView, error) {
	s.mu.Lock()
	var out []OrderView
	for _, o := range s.orders {
		if o.User == c.UserID {
			out = append(out, s.viewOrder(*o, c.Lang))
		}
	}
	s.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Created.After(out[j].Created) })
	if out == nil {
		out = []OrderView{}
	}
	return out, nil
}

type orderArgs struct {
	OrderID string `json:"order_id"`
}

// own returns the caller's order; another user's order is "not found",
// exactly like a missing one.
func (s *Shop) own(c skills.Caller, id string) (Order, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok || o.User != c.UserID {
		return Order{}, skills.Errorf(skills.CodeNotFound, "no order %s", id)
	}
	return *o, nil
}

func (s *Shop) getOrder(ctx context.Context, c skills.Caller, a orderArgs) (OrderView, error) {
	o, err := s.own(c, a.OrderID)
	if err != nil {
		return OrderView{}, err
	}
	return s.viewOrder(o, c.Lang), nil
}

func (s *Shop) cancelTool() *skills.Tool {
	return skills.NewTool("shop_cancel_order", "Cancel an order that has not shipped (or not been picked up) and refund it. Needs the user's confirmation.",
		skills.Irreversible, []string{ScopeOrders, ScopeCharge}, s.cancel,
		skills.WithPrepare(func(ctx context.Context, c skills.Caller, a orderArgs) (skills.Summary, error) {
			o, err := s.own(c, a.OrderID)
			if err != nil {
				return skills.Summary{}, err
			}
			if !cancellable(o.Status) {
				return skills.Summary{}, s.tooLate(o, c.Lang)
			}
			// The button says what it does and for how much ("9,000원
			// 환불", as paying says "28,400원 결제") — not "주문 취소",
			// which beside the card's own 취소 (don't) would read as the
			// same thing, nor a bare 확인 that says nothing of its own.
			// It names the order as the user knows it — the goods, the
			// day, what it cost — not by its internal id.
			items := s.viewOrder(o, c.Lang).ItemsText
			created := o.Created.In(shopZone)
			return skills.Summary{Text: words.Say(c.Lang, "shop.cancel_order", "items", items, "date", words.Date(created, c.Lang), "refund", won(o.Total-o.Refunded, c.Lang)),
				Fields: []skills.Field{{Label: "상품 Items", Value: items}, {Label: "주문일 Ordered", Value: words.DateTime(created, c.Lang)},
					{Label: "결제 금액 Total", Value: won(o.Total, c.Lang)}, {Label: "환불 Refund", Value: won(o.Total-o.Refunded, c.Lang)}},
				Button: words.Say(c.Lang, "shop.refund_button", "refund", won(o.Total-o.Refunded, c.Lang))}, nil
		}),
		skills.Constrain(orderPattern))
}

// tooLate is why o can no longer be cancelled, naming it by its goods
// and its status as the caller reads them (never its id): the brain and
// dialogue.json's error tell the user from it.
func (s *Shop) tooLate(o Order, lang string) error {
	return skills.Errorf(skills.CodeConflict, "the order of %s is %s (%s) and can no longer be cancelled",
		s.viewOrder(o, lang).ItemsText, strings.ReplaceAll(o.Status, "_", " "), statusText(o.Status, lang))
}

func cancellable(st string) bool { return st == StPaid || st == StPacked || st == StReady }

func (s *Shop) cancel(ctx context.Context, c skills.Caller, a orderArgs) (OrderView, error) {
	o, err := s.own(c, a.OrderID)
	if err != nil {
		return OrderView{}, err
	}
	if o.Status == StCancelled {
		return s.viewOrder(o, c.Lang), nil
	}
	if !cancellable(o.Status) {
		return OrderView{}, s.tooLate(o, c.Lang)
	}
	if o.PaymentID != "" && o.Refunded < o.Total {
		if _, err := s.pay.Refund(ctx, o.PaymentID, o.Total-o.Refunded); err != nil {
			return OrderView{}, skills.Errorf(skills.CodeUnavailable, "the refund did not go through; the order is unchanged")
		}
	}
	s.finish(&o, func(o *Order) { o.Refunded = o.Total; o.set(StCancelled, s.env.Clock.Now()) })
	return s.viewOrder(o, c.Lang), nil
}

// pickupTool marks an order collected only on the user's confirm: the
// words that reach it ("언제 찾으러 가면 돼?", "I'm here to collect my
// order") are as often a question as the user at the counter, and an
// order marked collected cannot be undone. Its summary answers the
// question — ready, and where — whichever it was.
func (s *Shop) pickupTool() *skills.Tool {
	return skills.NewTool("shop_pickup", "Mark a store-pickup order as collected (the user is at the store counter). Needs the user's confirmation.",
		skills.Irreversible, []string{ScopeOrders}, s.pickup,
		skills.WithPrepare(func(ctx context.Context, c skills.Caller, a orderArgs) (skills.Summary, error) {
			o, err := s.own(c, a.OrderID)
			if err != nil {
				return skills.Summary{}, err
			}
			if o.Status != StReady {
				return skills.Summary{}, s.notReady(o, c.Lang)
			}
			v := s.viewOrder(o, c.Lang)
			store := Stores[o.PickupStore]
			if c.Lang == "en" {
				store = StoresEn[o.PickupStore]
			}
			return skills.Summary{Text: words.Say(c.Lang, "shop.pickup_ready", "items", v.ItemsText, "store", store),
				Fields: []skills.Field{{Label: "상품 Items", Value: v.ItemsText}, {Label: "픽업 매장 Pickup", Value: store}},
				Button: words.Say(c.Lang, "shop.pickup_button")}, nil
		}),
		skills.Constrain(orderPattern))
}

func (s *Shop) pickup(ctx context.Context, c skills.Caller, a orderArgs) (OrderView, error) {
	o, err := s.own(c, a.OrderID)
	if err != nil {
		return OrderView{}, err
	}
	if o.Status == StPickedUp {
		return s.viewOrder(o, c.Lang), nil
	}
	if o.Status != StReady {
		return OrderView{}, s.notReady(o, c.Lang)
	}
	s.finish(&o, func(o *Order) { o.set(StPickedUp, s.env.Clock.Now()) })
	return s.viewOrder(o, c.Lang), nil
}

// notReady is why o cannot be collected now. A paid pickup order says
// where and from when it can be (payment plus the pickup schedule):
// "언제 찾으러 가면 돼?" lands here, and the answer is that time, not a
// bare refusal. dialogue.json's shop_pickup errors read the message.
func (s *Shop) notReady(o Order, lang string) error {
	if o.Fulfilment == "pickup" && o.Status == StPaid && !o.PaidAt.IsZero() {
		store := Stores[o.PickupStore]
		if lang == "en" {
			store = StoresEn[o.PickupStore]
		}
		ready := o.PaidAt.Add(schedule["pickup"][0].after).In(shopZone)
		return skills.Errorf(skills.CodeConflict, "the order of %s is not ready yet: it can be collected at %s from %s",
			s.viewOrder(o, lang).ItemsText, store, words.DateTime(ready, lang))
	}
	return skills.Errorf(skills.CodeConflict, "order %s is %s, not ready for pickup", o.ID, statusKo[o.Status])
}

// Tick advances deliveries and pickups that are due and tells the user.
func (s *Shop) Tick(ctx context.Context, now time.Time) {
	type change struct {
		o    *Order
		next string
	}
	var due []change
	s.mu.Lock()
	for _, o := range s.orders {
		if o.PaidAt.IsZero() || !o.live() {
			continue
		}
		for _, st := range schedule[o.Fulfilment] {
			if !now.Before(o.PaidAt.Add(st.after)) && rank(o, st.next) > rank(o, o.Status) {
				c := *o
				due = append(due, change{&c, st.next})
			}
		}
	}
	s.mu.Unlock()
	sort.Slice(due, func(i, j int) bool { return rank(due[i].o, due[i].next) < rank(due[j].o, due[j].next) })
	for _, d := range due {
		var moved bool
		s.finish(d.o, func(o *Order) {
			if rank(o, d.next) > rank(o, o.Status) && o.live() {
				o.set(d.next, now)
				moved = true
			}
		})
		if moved {
			nl := noticeLang(d.o)
			s.env.Notify(skills.Notification{UserID: d.o.User, Kind: "delivery", At: now,
				Text: words.Say(nl, "shop.notify_status", "items", s.viewOrder(*d.o, nl).ItemsText, "status", statusText(d.next, nl)), Data: map[string]any{"order": d.o.ID, "status": d.next}})
		}
	}
}

var order = map[string]int{StPending: 0, StPaid: 1, StPacked: 2, StShipped: 3, StOutForDelivery: 4, StDelivered: 5, StReady: 2, StPickedUp: 3, StReturnRequested: 9}

func rank(_ *Order, st string) int { return order[st] }

// forYou recommends from the user's views, cart and purchases.
func (s *Shop) forYou(ctx context.Context, c skills.Caller, a limitArgs) ([]Item, error) {
	limit := clampLimit(a.Limit, 5, 10)
	en := a.Lang == "en"
	signal := map[string]float64{} // product → weight
	var hist history
	s.db.View(func(tx *store.Tx) error {
		return store.GetJSON(tx, store.NewKey("views", skills.UserKey(c.UserID)), &hist)
	})
	for p, n := range hist.Views {
		signal[p] += float64(min(n, 3))
	}
	cr, _ := s.loadCart(c.UserID)
	inCart := map[string]bool{}
	for _, l := range cr.Lines {
		signal[l.ProductID] += 3
		inCart[l.ProductID] = true
	}
	bought := map[string]bool{}
	co := map[string]map[string]int{} // co-purchase counts across all users
	s.mu.Lock()
	for _, o := range s.orders {
		if !o.live() {
			continue
		}
		for _, l := range o.Lines {
			if o.User == c.UserID {
				signal[l.ProductID] += 5
				bought[l.ProductID] = true
			}
			for _, m := range o.Lines {
				if m.ProductID != l.ProductID {
					if co[l.ProductID] == nil {
						co[l.ProductID] = map[string]int{}
					}
					co[l.ProductID][m.ProductID]++
				}
			}
		}
	}
	s.mu.Unlock()

	type cand struct {
		p      Product
		score  float64
		reason string
	}
	var cands []cand
	for i, p := range s.cat.Products {
		if bought[p.ID] || inCart[p.ID] || s.Available(p.ID) <= 0 {
			continue
		}
		if hist.Budget > 0 && p.Price > hist.Budget {
			continue // the budget the user last said (a trial's were two and three times it)
		}
		var score, best float64
		reason := ""
		for q, w := range signal {
			j := s.cat.byID[q]
			sim := w * cosine(s.cat.vec[j], s.cat.vec[i])
			if q == p.ID {
				sim = 0 // already seen: suggest others
			}
			score += sim
			if sim > best {
				best = sim
				qp := s.cat.Products[j]
				reason = words.Say(a.Lang, "shop.reason_viewed", "product", pick(en, "‘"+qp.NameKo+"’", qp.NameEn))
			}
			if bought[q] && co[q][p.ID] > 0 {
				cs := 2 * float64(co[q][p.ID])
				score += cs
				if cs > best {
					best = cs
					qp := s.cat.Products[j]
					reason = words.Say(a.Lang, "shop.reason_bought_with", "product", pick(en, "‘"+qp.NameKo+"’", qp.NameEn))
				}
			}
		}
		score += 0.05 * p.Rating
		if reason == "" {
			reason = words.Say(a.Lang, "shop.reason_popular", "rating", fmt.Sprintf("%.1f", p.Rating))
		}
		if hist.Budget > 0 {
			reason += " · " + words.Say(a.Lang, "shop.reason_budget", "budget", won(hist.Budget, a.Lang))
		}
		cands = append(cands, cand{p, score, reason})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].p.ID < cands[j].p.ID
	})
	out := []Item{}
	kinds := map[string]int{}
	for _, cd := range cands {
		if kinds[cd.p.KindEn] >= 2 { // variety: at most two of a kind
			continue
		}
		kinds[cd.p.KindEn]++
		out = append(out, s.item(cd.p, a.Lang, cd.reason))
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// Check verifies the stock invariants over every stored order: units sold
// per product equal the sum over live orders, never exceed stock, and no
// order is left pending (after start-up reconciliation). The crash test
// calls it after every restart.
func (s *Shop) Check() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	fresh := map[string]int{}
	var errs []error
	for _, o := range s.orders {
		var total int64
		for _, l := range o.Lines {
			total += l.Price * int64(l.Qty)
		}
		if len(o.Lines) == 0 || total != o.Total {
			errs = append(errs, fmt.Errorf("order %s: %d lines totalling %d, recorded total %d", o.ID, len(o.Lines), total, o.Total))
		}
		if o.Status == StPending {
			errs = append(errs, fmt.Errorf("order %s is still pending", o.ID))
		}
		if o.live() {
			for _, l := range o.Lines {
				fresh[l.ProductID] += l.Qty
			}
		}
	}
	for _, p := range s.cat.Products {
		if fresh[p.ID] != s.sold[p.ID] {
			errs = append(errs, fmt.Errorf("product %s: memory says %d sold, orders say %d", p.ID, s.sold[p.ID], fresh[p.ID]))
		}
		if fresh[p.ID] > p.Stock {
			errs = append(errs, fmt.Errorf("product %s oversold: %d of %d", p.ID, fresh[p.ID], p.Stock))
		}
	}
	return errors.Join(errs...)
}

// Orders returns a copy of every order (tests and checks).
func (s *Shop) Orders() []Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Order, 0, len(s.orders))
	for _, o := range s.orders {
		out = append(out, *o)
	}
	return out
}

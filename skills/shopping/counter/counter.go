// Package counter is the shopping pack's dialogue its conversation data
// cannot express: comparing two products shown ("compare 1 and 2",
// "2번이랑 3번 차이가 뭐야?"), the best rated of a list ("which one has
// the best reviews?"), emptying the cart ("장바구니 비워줘", "전부 빼줘"),
// setting a line's quantity ("누리 백팩 1개만 남겨줘", "change the
// backpack quantity to 1"), adding a product by its name ("별빛 무선
// 이어폰 Lite 담아줘") or from the list shown before a cart card ("아까
// 보여준 목록에서 2번 담아줘"), and a cheaper search with a budget ("더
// 싼 거 없어? 5만원 이하로"). It registers itself with the embedded brain
// for avatars that have the shopping skill; import it for that side
// effect (skills/standard does).
//
// A new user's trial: "compare 1 and 2" put both in the cart, "장바구니
// 비워줘" asked three times which item to remove, and "which one has the
// best reviews?" was not understood.
package counter

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/search"
	"github.com/madang-world/madang/skills/shopping"
)

func init() { embedded.Register(string(shopping.ID), handler{}) }

type handler struct{}

// shown is a product of the last list of products shown.
type shown struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Brand  string  `json:"brand,omitempty"`
	Kind   string  `json:"kind,omitempty"`
	Price  int64   `json:"price"`
	PriceT string  `json:"price_text"`
	Rating float64 `json:"rating"`
}

// slotProducts keeps the last list of products shown: a cart card shown
// after it does not make it unreachable ("아까 보여준 목록에서 2번").
const slotProducts = "@products"

func products(t *embedded.Turn) []shown {
	var ps []shown
	if s := t.Slot(slotProducts); s != "" {
		_ = json.Unmarshal([]byte(s), &ps)
	}
	return ps
}

func call(tool string, args any) *agents.ToolCall {
	raw, _ := json.Marshal(args)
	return &agents.ToolCall{Tool: tool, Args: raw}
}

// Early reads the text before the brain: "compare 1 and 2" would be two
// picks, "아까 보여준 목록에서 2번 담아줘" a pick from the cart shown.
func (handler) Early(t *embedded.Turn) (agents.Step, bool) {
	for _, f := range []func(*embedded.Turn, string, float64) (agents.Step, bool){returnAsked, removeByPrice, swapAdded, oneMore, compare, addPickMakeIt, similarCheaper, similarPicked, similarPickedA, removeSome, shipCart, priceWish, newKind, beyondList, addCheaper, bestRated, featureOfListed, emptyCart, setQuantity, cheaperUnder, addFromEarlier, pickPastCart, addByName, addUnlisted, buyWithCard, refundAsked, whenDelivered, notSold} {
		if step, ok := f(t, "", 1); ok {
			return step, true
		}
	}
	return agents.Step{}, false
}

func (handler) Text(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	// (a question which cards are taken, asked with the cart empty, is that
	// question — not the empty cart's checkout: post14 u-en-201)
	if step, ok := methodsAsked(t, intent, p); ok {
		return step, true
	}
	if step, ok := giftSearch(t, intent, p); ok {
		return step, true
	}
	if step, ok := checkoutEmpty(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelCheckout(t, intent, p); ok {
		return step, true
	}
	if step, ok := orderReadyAsked(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelOrderSaid(t, intent, p); ok {
		return step, true
	}
	if step, ok := atCounterPickup(t, intent, p); ok {
		return step, true
	}
	if step, ok := cartAsked(t, intent, p); ok {
		return step, true
	}
	if step, ok := keepCart(t, intent, p); ok {
		return step, true
	}
	if step, ok := ordersNotCancel(t, intent, p); ok {
		return step, true
	}
	if step, ok := reduceNotSearch(t, intent, p); ok {
		return step, true
	}
	if step, ok := collectNoOrder(t, intent, p); ok {
		return step, true
	}
	if step, ok := addNotRemove(t, intent, p); ok {
		return step, true
	}
	if step, ok := cartNotOrders(t, intent, p); ok {
		return step, true
	}
	if step, ok := orderedNotCart(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelNotRemove(t, intent, p); ok {
		return step, true
	}
	if step, ok := removeNotInCart(t, intent, p); ok {
		return step, true
	}
	if step, ok := searchNotAdd(t, intent, p); ok {
		return step, true
	}
	if step, ok := similarNamed(t, intent, p); ok {
		return step, true
	}
	if step, ok := productNamed(t, intent, p); ok {
		return step, true
	}
	if step, ok := categoryBrowsed(t, intent, p); ok {
		return step, true
	}
	if step, ok := forYouAsked(t, intent, p); ok {
		return step, true
	}
	return agents.Step{}, false
}

// cancelCheckout: "주문 취소할래요" while the checkout asks something and
// nothing was ever ordered cancels the order being placed — the checkout
// — and keeps the cart (a trial's answer, "취소할 주문이 없어요", left
// the checkout behind for "배송이요" to be read as a question about orders).
//
// The user asked to cancel an order, and the order they mean is the one
// being placed: the understanding stays shop_cancel_order (post15 read
// "wait, cancel that order!", "방금 한 주문 없던 걸로 해줘" as the generic
// cancel). A question about that order's state ("방금 결제한 주문 상태
// 어때") is not a cancellation: with no word of cancelling it is a look at
// the order, not the checkout stopped.
func cancelCheckout(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != "shop_cancel_order" && !(intent == embedded.Cancel && orderWords.MatchString(t.Text())) || t.Intent() != "shop_checkout" {
		return agents.Step{}, false
	}
	if !undoOrderRe.MatchString(t.Text()) {
		if orderStateRe.MatchString(t.Text()) {
			return t.Begin("shop_order", max(p, 0.6)), true
		}
		return agents.Step{}, false
	}
	r := t.Call("shop_orders", map[string]any{})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	if os, err := skills.Decode[[]shopping.OrderView](r); err != nil || len(os) > 0 {
		return agents.Step{}, false
	}
	t.Understood("shop_cancel_order", max(p, 0.5), nil)
	t.Finish()
	return agents.Step{Say: t.Ko("아직 주문한 게 없어서, 진행 중이던 결제를 그만둘게요. 장바구니는 그대로 있어요.",
		"Nothing has been ordered yet, so I've stopped the checkout. Your cart is as it was.")}, true
}

var (
	// undoOrderRe: the text undoes something (cancel, call off, 없던 걸로).
	undoOrderRe = regexp.MustCompile(`(?i)취소|없던\s*걸로|없었던\s*걸로|안\s*할래|안\s*살래|환불|그만|\b(?:cancel|call\s+off|scrap|undo|refund|never\s*mind|don'?t\s+want)`)
	// orderStateRe asks how an order stands.
	orderStateRe = regexp.MustCompile(`(?i)상태|어디쯤|어떻게\s*됐|언제\s*(?:와|오|도착|받)|\b(?:status|where\s+is|how\s+is|arriv|ready)`)
)

// orderReadyAsked: "is it ready for pickup?", "지금 가서 찾아가도 돼요?"
// after paying asked "Which card shall I charge?" — a second checkout
// (trial17). A question about collecting or the readiness of what was
// ordered, with no checkout under way and an order placed, is about that
// order: its state.
func orderReadyAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_checkout" && intent != "shop_payment_methods" && intent != embedded.OutOfScope || t.Intent() == "shop_checkout" ||
		!readyAskRe.MatchString(text) || payNowRe.MatchString(text) || !questionRe.MatchString(text) {
		return agents.Step{}, false
	}
	r := t.Call("shop_orders", map[string]any{})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	if os, err := skills.Decode[[]shopping.OrderView](r); err != nil || len(os) == 0 {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	return t.Begin("shop_order", max(p, 0.6)), true
}

var (
	// readyAskRe: collecting what was ordered, or whether it is ready.
	readyAskRe = regexp.MustCompile(`(?i)픽업|찾아\s*가|찾으러|찾아\s*오|가지러|받으러|수령|준비\s*(?:다\s*)?(?:됐|되었|돼|되나|완료)|\b(?:ready|pick(?:ed)?\s*(?:it|them)?\s*up|pickup|collect)\b`)
	// questionRe: the text asks (a question mark, or a question's ending).
	questionRe = regexp.MustCompile(`(?i)[?？]|(?:돼|되|됐|나|까|어|니|가능)\s*(?:요|해)?\s*$|^\s*(?:is|are|can|could|when|has|have|will)\b`)
)

// methodsAsked: "payment 옵션 알려줘", "can I use Amex or is it only
// Visa?" ask which ways to pay there are — not to pay now (the checkout
// began, or took Visa as the card to pay with, or heard a plea for help:
// post14's weakest intents). Said with no checkout under way and no word
// of paying now.
func methodsAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_checkout" && intent != embedded.Help && intent != embedded.OutOfScope || t.Intent() != "" ||
		!methodsAskRe.MatchString(text) || !payWordRe.MatchString(text) || payNowRe.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("shop_payment_methods", max(p, 0.6)), true
}

var (
	// methodsAskRe asks what ways to pay there are.
	methodsAskRe = regexp.MustCompile(`(?i)옵션|수단|방법|종류|뭐\s*있|뭐가\s*있|어떤\s*카드|무슨\s*카드|뭐로\s*(?:결제|계산)\s*(?:돼|되|할\s*수)|\b(?:options?|methods?|which\s+cards?|what\s+cards?|can\s+i\s+(?:use|pay\s+with)|is\s+it\s+only|do\s+you\s+(?:take|accept))\b`)
	// payWordRe: the text is about paying.
	payWordRe = regexp.MustCompile(`(?i)결제|계산|카드|\b(?:pay|payment|card|visa|amex|mastercard)`)
	// payNowRe says to pay now.
	payNowRe = regexp.MustCompile(`(?i)결제\s*(?:해|할게|하자|진행|부탁)|계산\s*(?:해|할게)|주문\s*(?:해|할게)|\b(?:pay\s+now|check\s*out\s+now|place\s+the\s+order|let'?s\s+(?:pay|check\s*out))\b`)
)

// checkoutWords name paying for the cart, not an order placed ("i dont
// wanna checkout yet", "아직 결제 안 할래", "just keep the cart").
var (
	checkoutWords = regexp.MustCompile(`(?i)check\s*-?\s*out|\bpay(?:ing)?\b|\bcart\b|basket|결제|계산|장바구니`)
	orderWords    = regexp.MustCompile(`(?i)\border|주문`)
)

// keepCart: "hmm i dont wanna checkout yet, just keep the cart" with no
// checkout under way was read as cancelling an order and answered "You
// have no orders to cancel." (trial13). Not checking out is nothing to
// undo: the cart is kept and said so.
func keepCart(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_cancel_order" || t.Intent() == "shop_checkout" || !checkoutWords.MatchString(text) || orderWords.MatchString(text) {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) == 0 {
		return agents.Step{}, false
	}
	t.Understood("cancel", max(p, 0.5), nil)
	if t.Intent() != "" {
		t.Finish()
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("네, 결제는 하지 않을게요. 장바구니는 그대로 두었어요: %s개, 합계 %s. 준비되시면 \"결제해줘\"라고 말씀해 주세요.", strconv.Itoa(cart.Count), words.Josa(cart.Text, "이에요/예요")),
		fmt.Sprintf("Sure, no checkout. Your cart is kept as it is: %s, %s in total. Say \"check out\" when you're ready.", cart.CountText, cart.Text))}, true
}

// orderedNotCart: "실수로 같은 걸 두 번 주문했어요 하나 취소해 주세요",
// "I ordered two by mistake, cancel one" cancel an order placed — it was
// read as taking one out of the cart, whose words it has ("하나", "one").
func orderedNotCart(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_cart_remove" || t.Intent() != "" || !orderedRe.MatchString(text) || !cancelWords.MatchString(text) || checkoutWords.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("shop_cancel_order", max(p, 0.6)), true
}

// putInRe: the text asks what was put in the cart ("내가 뭐 담았더라",
// "장바구니에 뭐 넣었었지", "what did I put in my basket", "what's in my
// cart again"); orderWordsRe names an order, a payment or a delivery.
var (
	putInRe      = regexp.MustCompile(`(?i)(?:뭐|뭘|무엇을|무얼|어떤\s*거|뭐뭐)\s*(?:좀\s*)?(?:담았|넣었|담아\s*놨|담아\s*뒀|넣어\s*놨|넣어\s*뒀)|장바구니|카트|\bwhat\b.{0,20}\b(?:put|added|threw)\b.{0,12}\b(?:in|into|to)\b|\b(?:cart|basket)\b`)
	orderWordsRe = regexp.MustCompile(`(?i)주문|결제|배송|구매|샀|\b(?:order|orders|ordered|bought|purchase|purchased|paid|deliver|delivery|shipped)\b`)
)

// cartNotOrders: "내가 뭐 담았더라" was read as the orders (blind set
// post16): asking what was put in the cart, with no word of an order, is
// the cart.
func cartNotOrders(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_orders" || t.Ordinal() != 0 || !putInRe.MatchString(text) || orderWordsRe.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("shop_cart", max(p, 0.6)), true
}

// addNotRemove: "누리 비니 Air 다섯 개 주세요" was read as taking five
// out of the cart (blind set post16; "두 개 주세요" was an add): a count
// asked to be given, with no word of taking out, is an add.
func addNotRemove(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_cart_remove" || !addWords.MatchString(text) || takeOut.MatchString(text) || qtyKo.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("shop_cart_add", max(p, 0.6)), true
}

// willCollectRe: the user says they will collect at a store ("해운대
// 매장에서 찾아갈게", "강남점에서 픽업할게요", "I'll pick it up at the
// Hongdae store"), not asks whether an order is ready.
var willCollectRe = regexp.MustCompile(`(?i)(?:찾아\s*갈|가지러\s*갈|픽업\s*할|픽업으로\s*할|받으러\s*갈|수령\s*할)(?:게|께|래|겠)|\b(?:i'?ll|i\s+will|let\s+me|gonna)\s+(?:pick\s+(?:it|them)\s+up|collect)\b`)

// atStoreRe: the user is at the store now, or names what was ordered
// ("매장 도착했어요! 물건 수령할게요", "카운터인데 제 후드티 주문 수령할게요",
// "I'm at the counter"): collecting an order, whatever the orders say.
var atStoreRe = regexp.MustCompile(`(?i)여기|도착|왔어|왔는데|왔어요|와\s*있|카운터|지금|앞인데|앞이에요|주문|물건|\b(?:here|arrived|counter|now|order)\b`)

// collectNoOrder: "해운대 매장에서 찾아갈게" with no order placed was
// read as collecting an order (blind set post16): with nothing ordered
// for pickup, the store said is how the cart is to be had — the
// checkout, to be picked up there.
func collectNoOrder(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_pickup" || t.Ordinal() != 0 || !willCollectRe.MatchString(text) || atStoreRe.MatchString(text) || t.Said("shop_checkout") == nil {
		return agents.Step{}, false
	}
	r := t.Call("shop_orders", map[string]any{})
	os, err := skills.Decode[[]shopping.OrderView](r)
	if r.Status != skills.StatusOK || err != nil {
		return agents.Step{}, false
	}
	for _, o := range os {
		if o.Fulfilment == "pickup" && o.Live {
			return agents.Step{}, false // an order to collect: that one
		}
	}
	return t.Begin("shop_checkout", max(p, 0.6)), true
}

// seeOrdersRe asks to see or check orders ("주문한 거 전부 확인하고
// 싶어요", "주문 내역 보여줘", "show me what I ordered"); undoWordsRe
// undoes one.
var (
	seeOrdersRe = regexp.MustCompile(`(?i)확인|보여|보고\s*싶|볼래|알려|내역|목록|리스트|\b(?:show|see|check|list|view)\b`)
	undoWordsRe = regexp.MustCompile(`(?i)취소|캔슬|환불|반품|무르|없던\s*걸로|\b(?:cancel|refund|return|undo)\b`)
)

// ordersNotCancel: "주문한 거 전부 확인하고 싶어요" was read as cancelling
// an order (post14): a look at the orders, with no word of undoing one,
// is the orders.
func ordersNotCancel(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Ordinal() != 0 || undoWordsRe.MatchString(text) {
		return agents.Step{}, false
	}
	if intent == "shop_cancel_order" && seeOrdersRe.MatchString(text) ||
		// "여태 산 거 리스트 좀 뽑아줘", "지금까지 구매한 것들 보여줘" (post12: not
		// understood): what was bought, listed
		(intent == embedded.OutOfScope || intent == "shop_search") && boughtRe.MatchString(text) && (seeOrdersRe.MatchString(text) || strings.Contains(text, "뽑아")) {
		return t.Begin("shop_orders", max(p, 0.6)), true
	}
	return agents.Step{}, false
}

// boughtRe: what the user bought ("여태 산 거", "구매한 것들", "what I've
// bought").
var boughtRe = regexp.MustCompile(`(?i)산\s*(?:거|것|물건)|샀던|구매한|구매\s*내역|주문한\s*(?:거|것|물건)|\b(?:i'?ve\s+bought|i\s+bought|my\s+purchases|purchase\s+history)\b`)

// reduceRe: a line of the cart made smaller ("하나로 줄여 줄 수 있어요?",
// "두 개 넣었는데 하나 빼 줘"); putRe says it was put in.
var (
	reduceRe = regexp.MustCompile(`줄여|줄이|줄일|빼\s*(?:줘|주|줄)|덜어`)
	putRe    = regexp.MustCompile(`(?i)넣었|담았|넣은|담은|장바구니|카트|\b(?:cart|basket)\b`)
)

// reduceNotSearch: "키보드 두 개 넣었는데 하나로 줄여 줄 수 있어요?" was a
// search for keyboards (post15): a thing put in the cart, made fewer, is
// taken out of it.
func reduceNotSearch(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "shop_search" || t.Ordinal() != 0 || !reduceRe.MatchString(text) || !putRe.MatchString(text) || findWords.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("shop_cart_remove", max(p, 0.6)), true
}

// orderedRe: the text says something was ordered (an order placed).
var orderedRe = regexp.MustCompile(`(?i)주문했|주문한|주문된|\bordered\b`)

// cancelWords: cancelling, not taking out ("그거 취소해주세요", "cancel that").
var cancelWords = regexp.MustCompile(`(?i)취소|\bcancel`)

// cancelNotRemove: "아 그거 취소해주세요" read as taking a line out of the
// cart, with no product named and the cart not on screen, takes nothing
// out: the user may mean an order or the checkout, and a removal is not
// done on a guess (a trial's cart was emptied so, unasked).
func cancelNotRemove(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != "shop_cart_remove" || !cancelWords.MatchString(t.Text()) || t.Ordinal() != 0 || t.Slot("@card") == "shop_cart" {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) == 0 {
		return agents.Step{}, false
	}
	if _, one := named(t.Text(), cart.Lines); one {
		return agents.Step{}, false
	}
	t.Understood("shop_cart_remove", p, nil)
	if t.Intent() == "shop_cart_remove" {
		t.Finish()
	}
	return agents.Step{Say: t.Ko("무엇을 취소할까요? 장바구니에서 빼려면 \"1번 빼줘\"처럼, 주문을 취소하려면 \"주문 취소해줘\"라고 말씀해 주세요. 장바구니는 그대로예요.",
		"What shall I cancel? Say \"remove number 1\" to take something out of your cart, or \"cancel my order\" for an order. Your cart is unchanged.")}, true
}

// checkoutEmpty: a checkout with nothing in the cart says so at once (a
// trial's "결제할게요" with an empty cart went on to delivery or pickup,
// the address and the card before anything could fail). Whatever the
// checkout under way had gathered ends with it.
func checkoutEmpty(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != "shop_checkout" || p < 0.5 && t.Intent() != "shop_checkout" {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) > 0 {
		return agents.Step{}, false
	}
	said := t.Said("shop_checkout")
	for k := range said {
		if strings.HasPrefix(k, "_") || k == "items" || k == "expected_total" {
			delete(said, k)
		}
	}
	t.Understood("shop_checkout", p, said)
	if t.Intent() != "" {
		t.Finish()
	}
	return agents.Step{Say: t.Ko("장바구니가 비어 있어서 결제할 상품이 없어요. 무엇을 찾아 드릴까요?",
		"Your cart is empty, so there is nothing to check out yet. What shall I look for?")}, true
}

func (handler) Result(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	switch r.Tool {
	case "shop_search", "shop_similar", "shop_for_you":
		remember(t, r)
	case "shop_cart_remove", "shop_cart_add":
		trackCart(t, r)
		if step, ok := swapping(t, r); ok {
			return step, true
		}
		if step, ok := cheapAdded(t, r); ok {
			return step, true
		}
		if step, ok := emptying(t, r); ok {
			return step, true
		}
		if step, ok := quantitySet(t, r); ok {
			return step, true
		}
	}
	return agents.Step{}, false
}

// remember keeps a list of products shown.
func remember(t *embedded.Turn, r *skills.Result) {
	if r.Status != skills.StatusOK {
		return
	}
	var res struct {
		Results []shown `json:"results"`
	}
	if json.Unmarshal(r.Data, &res) != nil {
		// shop_similar answers with the bare list: read as an object, it
		// was never kept, and "2번 담아줘" after five similar products
		// picked from the one-item list before it (a new user's trial).
		if json.Unmarshal(r.Data, &res.Results) != nil {
			return
		}
	}
	if len(res.Results) == 0 {
		return
	}
	if b, err := json.Marshal(res.Results); err == nil {
		t.Set(slotProducts, string(b))
		t.Set(slotCompared, "") // (numbers of the list before)
	}
}

// ---- compare ----

var (
	compareEn = regexp.MustCompile(`(?i)\b(?:compare|difference|differ|different|vs\.?|versus)\b`)
	compareKo = regexp.MustCompile(`비교|차이|뭐가\s*(?:달라|다르|더\s*나)|어떻게\s*달라|다른\s*점|뭐가\s*좋`)
	twoNums   = regexp.MustCompile(`(\d{1,2})\s*(?:번째?|st|nd|rd|th)?\s*(?:(?:이랑|랑|하고|과|와|and|&|vs\.?|versus|or|,|/|with)\s*(?:number\s*|no\.?\s*)?)(\d{1,2})\s*번?`)
)

// ordinalWord is a place said as a word ("두번째꺼", "세 번째 거",
// "the second one"), read as its number so that picks joined by
// 랑/하고/and are compared as "2번이랑 3번" are (a new user's trial:
// "두번째꺼랑 세번째꺼 비교해줘" put the second in the cart).
var ordinalWord = regexp.MustCompile(`(?i)(첫|두|세|네|다섯)\s*번\s*째\s*(?:꺼|거|것|상품|제품)?|\b(?:the\s+)?(first|second|third|fourth|fifth)(?:\s+(?:one|item|product))?\b`)

func ordinalsAsNums(text string) string {
	return ordinalWord.ReplaceAllStringFunc(text, func(w string) string {
		m := ordinalWord.FindStringSubmatch(w)
		n := map[string]int{"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}[strings.ToLower(m[1]+m[2])]
		if n == 0 {
			return w
		}
		return strconv.Itoa(n) + "번"
	})
}

// compare puts two products of the list shown side by side: price,
// rating, brand and what the product is; nothing goes in the cart.
func compare(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !compareEn.MatchString(text) && !compareKo.MatchString(text) {
		return agents.Step{}, false
	}
	m := twoNums.FindStringSubmatch(ordinalsAsNums(text))
	ps := products(t)
	if len(ps) == 0 {
		return agents.Step{}, false
	}
	var a, b int
	if m != nil {
		a, _ = strconv.Atoi(m[1])
		b, _ = strconv.Atoi(m[2])
	} else if firstTwo.MatchString(text) {
		// "compare the first two", "앞에 두 개 비교해줘"
		a, b = 1, 2
	} else if theTwo.MatchString(text) {
		// "whats the difference between them?": the two compared last,
		// or the list's two
		var pair []int
		if json.Unmarshal([]byte(t.Slot(slotCompared)), &pair) == nil && len(pair) == 2 {
			a, b = pair[0], pair[1]
		} else if len(ps) == 2 {
			a, b = 1, 2
		}
	}
	if a == 0 && b == 0 {
		// "compare the nuri and the hanbit ones", "how is the Hanbit
		// Headphones Max different from the Nuri Headphones Pro?": each
		// side names one product of the list.
		if parts := compareSides.Split(text, 2); len(parts) == 2 {
			x, y := namedShown(parts[0], ps), namedShown(parts[1], ps)
			if len(x) == 1 && len(y) == 1 {
				a, b = x[0]+1, y[0]+1
			}
		}
	}
	if a == 0 && b == 0 {
		return agents.Step{}, false
	}
	if len(ps) == 1 {
		// "2번이랑 3번 뭐가 달라?" with one product shown: nothing to
		// compare it with, said so, not "numbers 1 to 1: which two?".
		s := ps[0]
		return agents.Step{Say: t.Ko(fmt.Sprintf("지금 목록에는 상품이 하나뿐이에요: 1) %s(%s). 비교할 다른 상품이 없어요. 비슷한 상품도 보시려면 \"비슷한 거 보여줘\"라고 말씀해 주세요.", s.Name, s.PriceT),
			fmt.Sprintf("The list shown has only one product: 1) %s (%s), so there is nothing to compare it with. Say \"show similar ones\" to see others like it.", s.Name, s.PriceT))}, true
	}
	if a < 1 || b < 1 || a > len(ps) || b > len(ps) || a == b {
		return agents.Step{Say: t.Ko(fmt.Sprintf("목록에는 1번부터 %d번까지 있어요. 어떤 두 상품을 비교할까요?", len(ps)),
			fmt.Sprintf("The list has numbers 1 to %d. Which two shall I compare?", len(ps)))}, true
	}
	x, y := ps[a-1], ps[b-1]
	b2, _ := json.Marshal([]int{a, b})
	t.Set(slotCompared, string(b2))
	dx, dy := differing(detail(t, x.ID), detail(t, y.ID))
	line := func(n int, s shown, d string) string {
		out := t.Ko(fmt.Sprintf("%d) %s: %s, 평점 %.1f", n, s.Name, s.PriceT, s.Rating), fmt.Sprintf("%d) %s: %s, rated %.1f", n, s.Name, s.PriceT, s.Rating))
		if d != "" {
			out += " — " + d
		}
		return out
	}
	var diff []string
	if x.Price != y.Price {
		cheap, dear := x, y
		if y.Price < x.Price {
			cheap, dear = y, x
		}
		diff = append(diff, t.Ko(fmt.Sprintf("%s %s 더 싸요", words.Josa(cheap.Name, "이/가"), won(dear.Price-cheap.Price, "ko")),
			fmt.Sprintf("%s is %s cheaper", cheap.Name, won(dear.Price-cheap.Price, "en"))))
	}
	if x.Rating != y.Rating {
		hi := x
		if y.Rating > x.Rating {
			hi = y
		}
		diff = append(diff, t.Ko(fmt.Sprintf("평점은 %s 더 높아요", words.Josa(hi.Name, "이/가")), fmt.Sprintf("%s is rated higher", hi.Name)))
	}
	say := t.Ko("비교해 볼게요. ", "Side by side: ") + line(a, x, dx) + "; " + line(b, y, dy) + "."
	if len(diff) > 0 {
		say += " " + strings.Join(diff, t.Ko(", ", "; ")) + "."
	}
	say += t.Ko(" 장바구니에는 담지 않았어요. 마음에 드는 게 있으면 \"1번 담아줘\"처럼 말씀해 주세요.", " Nothing was added to your cart; say \"add number 1\" if you'd like one.")
	t.Understood("shop_product", max(p, 0.5), map[string]string{"product_id": x.ID + "," + y.ID})
	return agents.Step{Say: say}, true
}

// ---- the cheaper one ----

var (
	cheaperOneEn = regexp.MustCompile(`(?i)\b(?:the\s+)?cheap(?:er|est)(?:\s+(?:one|of\s+the\s+two|of\s+them|of\s+these))?\b|\b(?:the\s+)?(?:less|least)\s+expensive(?:\s+one)?\b`)
	cheaperOneKo = regexp.MustCompile(`(?:더|제일|가장|젤|덜\s*비싼|비교적)?\s*(?:싼|저렴한)\s*(?:쪽|거|걸|것|놈|상품|제품)`)
	// dearOne is the dearest of those shown ("제일 비싼 거 담아줘", "add
	// the most expensive one").
	dearOne = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:most\s+expensive|priciest|dearest)(?:\s+one)?\b|(?:더|제일|가장|젤)\s*(?:비싼|고가의?)\s*(?:쪽|거|걸|것|놈|상품|제품)`)
	// cheaperMore asks for more cheap products, not one of those shown
	// ("add cheaper ones", "더 싼 거 있으면 담아줘").
	cheaperMore = regexp.MustCompile(`(?i)\bcheaper\s+(?:ones|options|products|items)\b|\bany(?:thing)?\s+cheaper\b|있으면|없어|없나|있어\??$|찾아|보여`)
)

// addCheaper puts the cheaper of the two products just compared in the
// cart ("더 싼 쪽으로 담아줘", "add the cheaper one"), or the cheapest of
// the list shown when none were compared ("제일 싼 걸로 담아줘"): it was
// read as a search for cheaper products.
func addCheaper(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	dear := dearOne.MatchString(text)
	if !addWords.MatchString(text) || !dear && !cheaperOneEn.MatchString(text) && !cheaperOneKo.MatchString(text) || cheaperMore.MatchString(text) {
		return agents.Step{}, false
	}
	ps := products(t)
	if len(ps) == 0 || !listShown[t.Slot("@card")] && t.Slot(slotCompared) == "" {
		return agents.Step{}, false
	}
	among := ps
	var pair []int
	if m := twoNums.FindStringSubmatch(text); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		pair = []int{a, b}
	} else if t.Ordinal() != 0 {
		return agents.Step{}, false
	} else {
		_ = json.Unmarshal([]byte(t.Slot(slotCompared)), &pair)
	}
	if len(pair) == 2 && pair[0] >= 1 && pair[1] >= 1 && pair[0] <= len(ps) && pair[1] <= len(ps) {
		among = []shown{ps[pair[0]-1], ps[pair[1]-1]}
	}
	cheap, which := among[0], ""
	for _, s := range among[1:] {
		if s.Price < cheap.Price && !dear || s.Price > cheap.Price && dear {
			cheap = s
		}
	}
	if dear {
		which = "dear"
	}
	b, _ := json.Marshal(cheapAdd{Name: cheap.Name, Price: cheap.PriceT, Of: len(among), Which: which})
	step, ok := add(t, cheap.ID, p)
	t.Set(slotCheapAdd, string(b))
	return step, ok
}

// slotCheapAdd is the product addCheaper put in the cart, until the
// cart's answer names it: "the cheaper one" said, the reply says which.
const slotCheapAdd = "@cheapadd"

type cheapAdd struct {
	Name  string `json:"name"`
	Price string `json:"price"`
	Of    int    `json:"of"`              // how many it was the cheapest of
	Which string `json:"which,omitempty"` // "dear": the dearest; "best": the best rated
}

// notAdd: an add word that asks whether or how, not to add ("담을까요?",
// "담으려면").
var notAdd = regexp.MustCompile(`담을까|담으려|넣을까|should i add|can i add`)

// cheapAdded names the product added as the cheaper (or cheapest) one.
func cheapAdded(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	s := t.Slot(slotCheapAdd)
	if s == "" || r.Tool != "shop_cart_add" {
		return agents.Step{}, false
	}
	t.Set(slotCheapAdd, "")
	var c cheapAdd
	cart, err := skills.Decode[shopping.CartView](*r)
	if r.Status != skills.StatusOK || json.Unmarshal([]byte(s), &c) != nil || err != nil {
		return agents.Step{}, false // the data explains the error
	}
	which, whichEn := "더 싼", "the cheaper one"
	switch {
	case c.Which == "best":
		which, whichEn = "평점이 가장 높은", "the best rated one"
	case c.Which == "dear" && c.Of > 2:
		which, whichEn = "가장 비싼", "the most expensive one"
	case c.Which == "dear":
		which, whichEn = "더 비싼", "the dearer one"
	case c.Of > 2:
		which, whichEn = "가장 싼", "the cheapest one"
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("%s %s 장바구니에 담았어요(%s). 지금 %d개, 합계 %s. 결제하시려면 \"결제해줘\"라고 말씀해 주세요.", which, words.Josa(c.Name, "을/를"), c.Price, cart.Count, words.Josa(cart.Text, "이에요/예요")),
		fmt.Sprintf("Added %s, %s (%s). Your cart has %s, %s in total. Say \"check out\" when you're ready.", whichEn, c.Name, c.Price, cart.CountText, cart.Text))}, true
}

// firstTwo: the list's first two, named without their numbers.
var firstTwo = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:first|top)\s+(?:two|2)\b|(?:처음|맨\s*앞|앞|위|첫)(?:에|의)?\s*(?:두|2)\s*(?:개|가지|상품|번)?|첫\s*번째(?:랑|하고|와)\s*두\s*번째`)

// slotCompared is the pair last compared ("the difference between them").
const slotCompared = "@compared"

// theTwo: the text points at two products without their numbers.
var theTwo = regexp.MustCompile(`(?i)\b(?:them|these two|those two|the two|both)\b|둘|두\s*개|두\s*상품|이\s*두`)

// detail is the product's description.
func detail(t *embedded.Turn, id string) string {
	r := t.Call("shop_product", map[string]any{"product_id": id, "lang": t.Lang()})
	if r.Status != skills.StatusOK {
		return ""
	}
	d, err := skills.Decode[shopping.ProductDetail](r)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(d.Description)
}

// differing keeps the phrases of two descriptions that differ ("up to 40
// hours of playback" against "up to 20 hours"): what tells them apart.
func differing(a, b string) (string, string) {
	split := func(s string) []string {
		var out []string
		for _, p := range phraseSep.Split(s, -1) {
			if p = strings.TrimSpace(strings.TrimRight(p, ".")); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	pa, pb := split(a), split(b)
	only := func(xs, ys []string) string {
		var out []string
		for _, x := range xs {
			if !slices.Contains(ys, x) {
				out = append(out, x)
			}
		}
		return strings.Join(out, ", ")
	}
	return only(pa, pb), only(pb, pa)
}

var phraseSep = regexp.MustCompile(`[,，]\s+|\.\s+|\.$`)

func won(v int64, lang string) string {
	s := strconv.FormatInt(v, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if lang == "en" {
		return "₩" + b.String()
	}
	return b.String() + "원"
}

// ---- best rated ----

var (
	bestEn = regexp.MustCompile(`(?i)\b(?:best|highest|top|better)[- ]?(?:rated|reviewed|reviews?|ratings?|stars?)\b|\bmost (?:popular|liked|stars)\b|\b(?:rated|reviewed) (?:the )?(?:best|highest)\b`)
	bestKo = regexp.MustCompile(`(?:평점|별점|리뷰|후기|평가)\S*\s*(?:이|가|은|는)?\s*(?:제일|가장|젤|더)?\s*(?:높|좋)|(?:제일|가장|젤)\s*(?:평점|별점|리뷰|후기|평가)|인기\s*(?:제일|가장|젤|많)`)
)

// ofShown: the text asks about the list shown ("which one", "이 중에",
// "뭐야"); searching: it asks for a new search ("best rated earbuds,
// recommend some").
var (
	ofShown   = regexp.MustCompile(`(?i)\b(?:which|these|those|them|one|ones|of)\b|중|거|뭐|어느|어떤|걸|건`)
	searching = regexp.MustCompile(`(?i)추천|찾아|\brecommend|\bfind\b|\bsearch\b|\blooking for\b`)
)

// bestRated names the product of the list shown with the best rating.
func bestRated(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !bestEn.MatchString(text) && !bestKo.MatchString(text) || !ofShown.MatchString(text) || searching.MatchString(text) {
		return agents.Step{}, false
	}
	ps := products(t)
	if len(ps) == 0 {
		return agents.Step{}, false
	}
	best := 0
	for i, s := range ps {
		if s.Rating > ps[best].Rating {
			best = i
		}
	}
	s := ps[best]
	if addWords.MatchString(text) && !notAdd.MatchString(text) {
		// "제일 평점 높은거 1개 담아주세여": that one, in the cart (a
		// trial's answer was to say "1번 담아줘").
		b, _ := json.Marshal(cheapAdd{Name: s.Name, Price: s.PriceT, Of: len(ps), Which: "best"})
		step, ok := add(t, s.ID, p)
		t.Set(slotCheapAdd, string(b))
		return step, ok
	}
	t.Understood("shop_product", max(p, 0.5), map[string]string{"product_id": s.ID})
	// The product named is the one "그거 담아줘", "add it" mean next.
	t.Set("@focus", s.ID)
	return agents.Step{Say: t.Ko(
		fmt.Sprintf("보여 드린 것 중에는 %d번 %s의 평점이 %.1f로 가장 높아요 (%s). 담으시려면 \"%d번 담아줘\"라고 말씀해 주세요.", best+1, s.Name, s.Rating, s.PriceT, best+1),
		fmt.Sprintf("Of these, number %d, %s, has the best reviews: rated %.1f (%s). Say \"add number %d\" to put it in your cart.", best+1, s.Name, s.Rating, s.PriceT, best+1))}, true
}

// ---- the cart ----

var (
	emptyEn  = regexp.MustCompile(`(?i)\b(?:empty|clear)\b.{0,20}\bcart\b|\bremove (?:all|everything|both)\b|\b(?:delete|remove|take out) (?:all|both) (?:of )?(?:them|items|the items)\b|^\s*(?:both|all|everything|all of them|both of them)(?:\s+please)?[.!]?\s*$`)
	emptyKo  = regexp.MustCompile(`장바구니\S*\s*(?:다\s*|좀\s*|전부\s*|싹\s*)?비워|(?:전부|모두|다|싹|둘\s*다|모든\s*(?:거|걸|상품))\s*(?:빼|삭제|지워|비워|없애)|^\s*(?:둘\s*다|전부|모두|다)\s*(?:요|빼줘|빼\s*주세요)?[.!]?\s*$`)
	bareBoth = regexp.MustCompile(`(?i)^\s*(?:둘\s*다|전부|모두|다|both|all|everything|all of them|both of them)\s*(?:요|please)?[.!]?\s*$`)
)

const slotEmptying = "@emptying"

// emptyCart takes every line out of the cart, one removal after another
// (emptying), and shows the empty cart.
func emptyCart(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !emptyEn.MatchString(text) && !emptyKo.MatchString(text) {
		return agents.Step{}, false
	}
	// "둘 다", "all" alone empty the cart only as the answer to which item
	// to remove.
	if bareBoth.MatchString(text) && t.Intent() != "shop_cart_remove" {
		return agents.Step{}, false
	}
	if t.Ordinal() != 0 && !bareBoth.MatchString(text) {
		return agents.Step{}, false // "1번 다 빼줘": all of one line
	}
	cart, ok := cartOf(t)
	if !ok {
		return agents.Step{}, false
	}
	if _, one := named(text, cart.Lines); one && len(cart.Lines) > 1 {
		return agents.Step{}, false // "누리 백팩 다 빼줘": that line
	}
	t.Understood("shop_cart_remove", max(p, 0.5), map[string]string{"product_id": "*"})
	if len(cart.Lines) == 0 {
		t.Finish()
		return agents.Step{Say: t.Ko("장바구니가 이미 비어 있어요.", "Your cart is already empty.")}, true
	}
	var ids []string
	for _, l := range cart.Lines {
		ids = append(ids, l.ID)
	}
	t.Finish()
	b, _ := json.Marshal(ids[1:])
	t.Set(slotEmptying, string(b))
	return agents.Step{Call: call("shop_cart_remove", map[string]any{"product_id": ids[0]})}, true
}

func cartOf(t *embedded.Turn) (shopping.CartView, bool) {
	r := t.Call("shop_cart", map[string]any{})
	if r.Status != skills.StatusOK {
		return shopping.CartView{}, false
	}
	c, err := skills.Decode[shopping.CartView](r)
	return c, err == nil
}

// emptying goes on removing the cart's lines; after the last, the empty
// cart is shown.
func emptying(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	s := t.Slot(slotEmptying)
	if s == "" || r.Tool != "shop_cart_remove" {
		return agents.Step{}, false
	}
	var ids []string
	_ = json.Unmarshal([]byte(s), &ids)
	if r.Status == skills.StatusOK && len(ids) > 0 {
		b, _ := json.Marshal(ids[1:])
		t.Set(slotEmptying, string(b))
		return agents.Step{Call: call("shop_cart_remove", map[string]any{"product_id": ids[0]})}, true
	}
	t.Set(slotEmptying, "")
	cart, ok := cartOf(t)
	if r.Status != skills.StatusOK || !ok || len(cart.Lines) > 0 {
		return agents.Step{Say: t.Ko("장바구니를 다 비우지 못했어요. \"장바구니 보여줘\"라고 하면 남은 상품을 보여 드릴게요.",
			"I couldn't empty your cart completely. Say \"show my cart\" to see what's left.")}, true
	}
	card := protocol.Card{Kind: protocol.CardCart, Title: t.Ko("장바구니", "Cart")}
	return agents.Step{Say: t.Ko("장바구니를 비웠어요. 이제 장바구니가 비어 있어요.", "Done: your cart is empty now."), Card: &card}, true
}

var (
	qtyEn = regexp.MustCompile(`(?i)\b(?:change|set|make|update|reduce|lower|increase)\b.{0,40}?\b(?:quantity|qty|amount|number)\b.{0,30}?\bto\s+(\d{1,2}|one|two|three)\b|\b(?:change|set|make|reduce)\b.{0,40}?\bto\s+(?:just\s+|only\s+)?(\d{1,2}|one|two|three)\s*(?:items?|units?|of them|pieces?)?\s*$|\b(?:just|only)\s+(?:keep\s+)?(\d{1,2}|one|two|three)\b.{0,30}\b(?:in (?:the|my) cart|please)?\s*$|\bkeep (?:just |only )?(\d{1,2}|one|two|three)\b|^\s*(?:(?:ok|okay|actually|oh|hmm|wait)[,!]?\s+)*make (?:it|that|this|those)\s+(\d{1,2}|one|two|three)\b|\b(?:i'?ll|i\s+will|let\s+me)\s+(?:just\s+|only\s+)?(?:take|get|have|buy)\s+(?:just\s+|only\s+)?(\d{1,2}|one|two|three)\s*(?:instead|then|please|of them)?\s*[.!]*\s*$`)
	qtyKo = regexp.MustCompile(`(\d{1,2}|한|하나|두|둘|세|셋)\s*개만\s*(?:남겨|놔|놓|둬|두|할게|할래|살게|살래|주문|사고)|수량\S*\s*(?:을|를)?\s*(\d{1,2}|한|하나|두|둘|세|셋)\s*개\s*(?:로|으로)|(\d{1,2}|한|하나|두|둘|세|셋)\s*개로\s*(?:바꿔|줄여|줄일|늘려|늘릴|변경|수정|해|할게|할께|할래|하자|하죠|갈게|주세요|요?\s*[.!~]*\s*$)`)
	nums  = map[string]int{"one": 1, "two": 2, "three": 3, "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3}
)

const slotSetQty = "@setqty"

// buyOnlyRe: "살게", "살래" — buying, which "2개만 살게요" says of the item
// just added (its quantity), not of a new one.
var buyOnlyRe = regexp.MustCompile(`살게|살래`)

// pointsBack: words that point at the item just added or named ("make
// that 2", "그거 2개로 해줘"), not at one named by its kind ("the
// backpack", which two lines may be).
var pointsBack = regexp.MustCompile(`(?i)\b(?:it|that|this|those)\b|그거|그걸|그것|이거|이걸|이것|방금`)

// setQuantity sets a cart line to the quantity said: the line named (by
// a word of its name), or the cart's only line.
func setQuantity(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	var m []string
	if m = qtyKo.FindStringSubmatch(text); m == nil {
		m = qtyEn.FindStringSubmatch(text)
	}
	if m == nil || t.Ordinal() != 0 {
		return agents.Step{}, false // ("1번 한 개만 담아줘", "add number 1, just one": adding)
	}
	if addWords.MatchString(text) && !(strings.Contains(text, "개만") && !addWords.MatchString(buyOnlyRe.ReplaceAllString(text, "")) && t.Slot("@focus") != "") {
		// ("2개만 살게요" just after adding three: the line's quantity)
		return agents.Step{}, false
	}
	n := 0
	for _, g := range m[1:] {
		if g == "" {
			continue
		}
		if v, ok := nums[strings.ToLower(g)]; ok {
			n = v
		} else {
			n, _ = strconv.Atoi(g)
		}
		break
	}
	if n < 1 {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) == 0 {
		return agents.Step{}, false
	}
	line, ok := named(text, cart.Lines)
	if !ok {
		// "make that 2", "그거 2개로 해줘": the item just added or named
		// (the brain's focus), when it is in the cart.
		for _, l := range cart.Lines {
			if f := t.Slot("@focus"); f != "" && l.ID == f && pointsBack.MatchString(text) {
				line, ok = l, true
			}
		}
	}
	if !ok {
		if len(cart.Lines) != 1 {
			// Two backpacks in the cart, "change the backpack quantity
			// to 1": which one (it was read as a search).
			var names []string
			for _, l := range cart.Lines {
				names = append(names, fmt.Sprintf("%s × %d", l.Name, l.Qty))
			}
			t.Understood("shop_cart_remove", max(p, 0.5), map[string]string{"quantity": strconv.Itoa(n)})
			return agents.Step{Say: t.Ko(fmt.Sprintf("어떤 상품을 %d개로 바꿀까요? 장바구니: %s. \"%s %d개만 남겨줘\"처럼 말씀해 주세요.", n, strings.Join(names, ", "), cart.Lines[0].Name, n),
				fmt.Sprintf("Which item should be %d? Your cart: %s. Say \"change the %s quantity to %d\".", n, strings.Join(names, ", "), cart.Lines[0].Name, n))}, true
		}
		line = cart.Lines[0]
	}
	t.Understood("shop_cart_remove", max(p, 0.5), map[string]string{"product_id": line.ID, "quantity": strconv.Itoa(n)})
	if t.Intent() != "" {
		t.Finish()
	}
	if n == line.Qty {
		return agents.Step{Say: t.Ko(fmt.Sprintf("%s 이미 %d개예요. 지금 합계는 %s.", words.Josa(line.Name, "은/는"), n, words.Josa(cart.Text, "이에요/예요")),
			fmt.Sprintf("%s is already at %d. Your cart comes to %s.", line.Name, n, cart.Text))}, true
	}
	b, _ := json.Marshal(map[string]any{"name": line.Name, "n": n})
	t.Set(slotSetQty, string(b))
	if n < line.Qty {
		return agents.Step{Call: call("shop_cart_remove", map[string]any{"product_id": line.ID, "quantity": line.Qty - n})}, true
	}
	return agents.Step{Call: call("shop_cart_add", map[string]any{"product_id": line.ID, "quantity": n - line.Qty})}, true
}

// named is the cart line whose name a word of text names ("누리 백팩",
// "the backpack"); ok is false when none or several do.
func named(text string, lines []shopping.CartViewLine) (shopping.CartViewLine, bool) {
	words := map[string]bool{}
	for _, w := range search.QueryWords(text) {
		words[w] = true
	}
	found := -1
	best := 0
	for i, l := range lines {
		n := 0
		for _, w := range search.QueryWords(l.Name + " " + l.Kind + " " + l.Brand) {
			if words[w] && len([]rune(w)) >= 2 {
				n++
			}
		}
		switch {
		case n > best:
			found, best = i, n
		case n == best && n > 0:
			found = -2
		}
	}
	if found < 0 {
		return shopping.CartViewLine{}, false
	}
	return lines[found], true
}

// quantitySet says the line's new quantity.
func quantitySet(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	s := t.Slot(slotSetQty)
	if s == "" {
		return agents.Step{}, false
	}
	t.Set(slotSetQty, "")
	var q struct {
		Name string `json:"name"`
		N    int    `json:"n"`
	}
	_ = json.Unmarshal([]byte(s), &q)
	if r.Status != skills.StatusOK {
		return agents.Step{}, false // the data explains the error
	}
	cart, err := skills.Decode[shopping.CartView](*r)
	total := ""
	if err == nil {
		total = cart.Text
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("%s %d개로 바꿨어요. 지금 합계는 %s.", words.Josa(q.Name, "을/를"), q.N, words.Josa(total, "이에요/예요")),
		fmt.Sprintf("Done: %s × %d. Your cart comes to %s.", q.Name, q.N, total))}, true
}

// ---- adding ----

var (
	// addWords ask to put a product in the cart, in any form of the verb
	// ("담을래요", "넣고 싶어요", "I'll take the third one too");
	// takeOut words take one out of it.
	// ("바람 블루투스 스피커 Air 하나 주세요", "… 살게요": a product asked
	// for to buy, a new user's trial asked "which number?" with no list)
	addWords  = regexp.MustCompile(`(?i)(?:하나|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열\s*[한두세네]|스무|\d+)\s*(?:개|병|권|팩|봉지|봉|켤레|벌|장|세트|박스|통|잔))\s*(?:만\s*)?(?:더\s*)?(?:주세요|줘|줄래|주실래요|주시겠어요|부탁)|살게|살래|담(?:아|을|고|자|겠|기)|넣(?:어|을|고|자|겠|기)|추가|\badd\b|\bput\b|\bgrab\b|\b(?:throw|toss|chuck)\s+in\b|\b(?:i'?ll|i\s+will|let\s+me|i\s+want\s+to|i'?d\s+like\s+to|gonna)\s+(?:take|get|have|buy)\b`)
	takeOut   = regexp.MustCompile(`(?i)빼|삭제|지워|없애|\bremove\b|\bdelete\b|\btake\s+(?:\w+\s+)?(?:out|off)\b|\bout\s+of\b`)
	earlierRe = regexp.MustCompile(`(?i)아까|전에|이전|목록|리스트|\bearlier\b|\bbefore\b|\bprevious\b|\bthat list\b|\bthe list\b|\blast list\b`)
)

// listShown are the tools whose card is a list of products to pick from.
var listShown = map[string]bool{"shop_search": true, "shop_similar": true, "shop_for_you": true}

// addFromEarlier adds the product at the place said in the last list of
// products shown, when the user says it is from that list ("아까 보여준
// 목록에서") or another card (the cart, the checkout's choice of card)
// is shown since.
func addFromEarlier(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	n := t.Ordinal()
	ps := products(t)
	if n < 1 || n > len(ps) || !addWords.MatchString(text) || takeOut.MatchString(text) || !earlierRe.MatchString(text) && listShown[t.Slot("@card")] && t.Intent() != "shop_checkout" {
		return agents.Step{}, false
	}
	// (While the checkout asks for the card, "2번도 담아줘" is the list's
	// second product, not the second card: nothing else is put in a cart.)
	return add(t, ps[n-1].ID, p)
}

// makeItN: a count said after the pick, as a second thought ("add the
// first one to my cart, make it 3", "…, 3 of them please", "2번 담아줘,
// 3개로 해줘"): how many of it (a new user's trial got one).
var makeItN = regexp.MustCompile(`(?i)[,;.]?\s*(?:and\s+|actually\s+)?(?:make\s+(?:it|that|them)|i\s+(?:want|need)|get\s+me)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+(?:of\s+them|units?|pieces?))?\s*(?:please|pls)?[.!]?\s*$|[,;]\s*(\d{1,2})\s*개\s*(?:로|으로)\s*(?:해|할|주)`)

// addPickMakeIt adds the product picked from the list shown with the
// count said after it.
func addPickMakeIt(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	m := makeItN.FindStringSubmatch(text)
	if m == nil || !addWords.MatchString(text) || takeOut.MatchString(text) {
		return agents.Step{}, false
	}
	n := t.Ordinal()
	ps := products(t)
	if n < 1 || n > len(ps) || !listShown[t.Slot("@card")] && !earlierRe.MatchString(text) {
		return agents.Step{}, false
	}
	q, ok := enSmallNum[strings.ToLower(m[1])]
	if !ok {
		q, _ = strconv.Atoi(m[1] + m[2])
	}
	if q < 1 || q > 20 {
		return agents.Step{}, false
	}
	return addQty(t, ps[n-1].ID, q, p)
}

var enSmallNum = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

func add(t *embedded.Turn, id string, p float64) (agents.Step, bool) {
	qty := 1
	if c := t.Count(); c >= 1 && c <= 20 {
		qty = c
	}
	return addQty(t, id, qty, p)
}

func addQty(t *embedded.Turn, id string, qty int, p float64) (agents.Step, bool) {
	switch t.Intent() {
	case "":
	case "shop_checkout":
		// Added while the checkout asks something: the checkout goes on
		// after it (a trial's "비자카드로요" then began a new one).
		t.Digress()
	default:
		t.Finish()
	}
	t.Start("shop_cart_add")
	t.Understood("shop_cart_add", max(p, 0.5), map[string]string{"product_id": id, "quantity": strconv.Itoa(qty)})
	return agents.Step{Call: call("shop_cart_add", map[string]any{"product_id": id, "quantity": qty})}, true
}

// compareSides splits "compare A and B", "A랑 B 비교", "how is A
// different from B" between its two products.
var compareSides = regexp.MustCompile(`(?i)\s+(?:and|&|vs\.?|versus|or|with|from|than)\s+|(?:이랑|랑|하고|와|과)\s+|\s*,\s*`)

// namePronoun: words of a product's name a sentence says for another
// reason ("the hanbit one", "let's go with"): a model called "One" or
// "Go" is not named by them.
var namePronoun = map[string]bool{"one": true, "go": true, "it": true, "this": true, "that": true, "the": true}

// namedShown are the products of the list shown (indexes) the text names
// by the most words of their names that tell them apart (a word every
// product shown has, "headphones", names none): one, or several when they
// tie ("the hanbit one" with two Hanbit products shown).
func namedShown(text string, ps []shown) []int {
	if len(ps) == 0 {
		return nil
	}
	lower := strings.ToLower(search.Normalize(text))
	said := map[string]bool{}
	for _, w := range strings.Fields(lower) {
		said[w] = true
	}
	words := make([][]string, len(ps))
	count := map[string]int{}
	for i, s := range ps {
		seen := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(search.Normalize(s.Name))) {
			if len([]rune(w)) >= 2 && !seen[w] && !namePronoun[w] {
				seen[w] = true
				words[i] = append(words[i], w)
				count[w]++
			}
		}
	}
	best, out := 0, []int(nil)
	for i := range ps {
		n := 0
		for _, w := range words[i] {
			if count[w] == len(ps) && len(ps) > 1 {
				continue
			}
			if said[w] || w[0] >= 0x80 && strings.Contains(lower, w) {
				n++
			}
		}
		switch {
		case n > best:
			best, out = n, []int{i}
		case n == best && n > 0:
			out = append(out, i)
		}
	}
	return out
}

// addByName adds the one product whose name the text says ("별빛 무선
// 이어폰 Lite 담아줘", "별빛 이어폰 Lite 하나 담아줘"): every word the
// text has beside the request is in its name, and the name's model word
// (Lite, Pro) is said.
func addByName(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !addWords.MatchString(text) || t.Ordinal() != 0 {
		return agents.Step{}, false
	}
	q := strings.TrimSpace(addTail.ReplaceAllString(text, ""))
	if len([]rune(q)) < 3 {
		return agents.Step{}, false
	}
	if ps := products(t); listShown[t.Slot("@card")] {
		// A product of the card shown, named by its brand or name ("ok add
		// the hanbit one to my cart"), is that one before any other the
		// store sells; two named alike are asked about.
		switch n := namedShown(q, ps); {
		case len(n) == 1:
			return add(t, ps[n[0]].ID, p)
		case len(n) > 1:
			var ls []string
			for _, i := range n {
				ls = append(ls, fmt.Sprintf("%d) %s %s", i+1, ps[i].Name, ps[i].PriceT))
			}
			t.Understood("shop_cart_add", max(p, 0.5), nil)
			return agents.Step{Say: t.Ko("어느 상품을 담을까요? "+strings.Join(ls, ", "), "Which one shall I add? "+strings.Join(ls, ", "))}, true
		}
	}
	r := t.Call("shop_search", map[string]any{"query": q, "limit": 10, "lang": t.Lang()})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	res, err := skills.Decode[shopping.SearchResult](r)
	if err != nil {
		return agents.Step{}, false
	}
	said := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(search.Normalize(q))) {
		said[w] = true
	}
	match := ""
	for _, it := range res.Results {
		nw := strings.Fields(strings.ToLower(search.Normalize(it.Name)))
		if len(nw) == 0 || !said[nw[len(nw)-1]] || !said[nw[0]] {
			continue // the brand and the model word are said
		}
		if namePronoun[nw[len(nw)-1]] && !allSaid(nw, said) {
			continue // "the hanbit one" is no "Hanbit Wireless Keyboard One"
		}
		if match != "" {
			return agents.Step{}, false
		}
		match = it.ID
	}
	if match == "" {
		return agents.Step{}, false
	}
	return add(t, match, p)
}

// addTail is the request around a product's name.
var addTail = regexp.MustCompile(`(?i)\s*(?:을|를)?\s*(?:(?:\d+|한|하나|두|둘)\s*개?\s*)?(?:주세요|줘|줄래요?|살게요?|살래요?)\s*[.!?]*\s*$|\s*(?:을|를)?\s*(?:(?:\d+|한|하나|두|둘)\s*개\s*)?(?:장바구니에\s*)?(?:담아\s*(?:줘|주세요|줄래|요)?|담을게요?|넣어\s*(?:줘|주세요)?|추가해\s*(?:줘|주세요)?)\s*[.!?]*\s*$|^\s*(?:please\s+)?(?:add|put)\s+(?:the\s+|a\s+|an\s+|one\s+|\d+\s+)?|\s+(?:to|in|into)\s+(?:my\s+|the\s+)?cart\s*(?:please)?[.!]*\s*$`)

// ---- cheaper, under a budget ----

var cheaperRe = regexp.MustCompile(`(?i)더\s*싼|저렴한|싼\s*거|\bcheaper\b|\bless expensive\b`)

// cheaperUnder lists the kind of the list shown under the budget said:
// "더 싼 거 없어? 5만원 이하로" named only the cheapest item.
func cheaperUnder(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !cheaperRe.MatchString(text) {
		return agents.Step{}, false
	}
	pf, _ := shopping.ParsePrice(text)
	ps := products(t)
	if pf.Max <= 0 || len(ps) == 0 {
		return agents.Step{}, false
	}
	// The kind of the list, named in the user's language (a list found in
	// English, "cheaper?" asked in Korean), else the words searched.
	q := ""
	same := true
	for _, s := range ps {
		same = same && s.Kind == ps[0].Kind
	}
	if r := t.Call("shop_product", map[string]any{"product_id": ps[0].ID, "lang": t.Lang()}); same && r.Status == skills.StatusOK {
		if d, err := skills.Decode[shopping.ProductDetail](r); err == nil {
			q = d.Kind
		}
	}
	if q == "" {
		q = t.Remembered("last_query")
	}
	if q == "" {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_search")
	slots := map[string]string{"query": q, "max_price": strconv.FormatInt(pf.Max, 10)}
	args := map[string]any{"query": q, "max_price": pf.Max, "lang": t.Lang()}
	keepStock(t, slots, args)
	t.Understood("shop_search", max(p, 0.5), slots)
	return agents.Step{Call: call("shop_search", args)}, true
}

// ---- buying a product with a card, the cart empty ----

var (
	cardRe = regexp.MustCompile(`(?i)(?:(?:내|제|my|with\s+my|with|using)\s*)?(?:비자|마스터|visa|master\s*card|mastercard)\s*(?:카드|card)?(?:으로|로)?`)
	buyRe  = regexp.MustCompile(`(?i)(?:하나|한\s*개|one|an?)?\s*(?:살래요?|살게요?|사고\s*싶어요?|구매할래요?|구매할게요?|주문할래요?|i(?:'d|\s+would)?\s+(?:like\s+to|want\s+to|wanna)\s+buy|buy|purchase)`)
)

// buyWithCard: "내 비자카드로 텀블러 하나 살래" with an empty cart went
// straight to checkout, the tumbler ignored. The product named is found
// first (the list shown, to pick from); the card is for the checkout.
func buyWithCard(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	var q string
	if m := payForRe.FindStringSubmatch(text); m != nil && cardRe.MatchString(text) {
		// "can i just pay with my own visa then, for some earbuds under
		// 50k": the goods after "for" are what to find
		q = strings.Trim(m[1], " ,.!?~")
	} else if !cardRe.MatchString(text) || !buyRe.MatchString(text) {
		return agents.Step{}, false
	} else {
		q = strings.Trim(buyRe.ReplaceAllString(cardRe.ReplaceAllString(text, " "), " "), " ,.!?~")
	}
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return agents.Step{}, false
	}
	if c, ok := cartOf(t); !ok || len(c.Lines) > 0 {
		return agents.Step{}, false
	}
	r := t.Call("shop_search", map[string]any{"query": q, "lang": t.Lang()})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	res, err := skills.Decode[shopping.SearchResult](r)
	if err != nil || len(res.Results) == 0 || res.NotSold != "" {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_search")
	t.Understood("shop_search", max(p, 0.5), map[string]string{"query": q})
	return agents.Step{Call: call("shop_search", map[string]any{"query": q, "lang": t.Lang()})}, true
}

// payForRe: paying with a card for goods named after "for" ("pay with my
// visa, for some earbuds under 50k").
var payForRe = regexp.MustCompile(`(?i)\bpay\b.*?\b(?:visa|master\s*card|mastercard|amex|card)\b.*?\bfor\s+(?:some|a\s+few|a|an|the)?\s*(\S.*)$`)

// ---- when an ordered item arrives ----

var (
	whenEn = regexp.MustCompile(`(?i)\b(?:when|what\s+(?:day|time)|how\s+(?:long|soon))\b.*\b(?:deliver\w*|arriv\w*|get\s+(?:it|them|here)|come|ship\w*)\b`)
	whenKo = regexp.MustCompile(`(?:며칠|언제|몇\s*일|몇\s*시)\s*(?:에|쯤|까지)?\s*(?:받을|받아|받나|받는|도착|와|올|오|배송)`)
)

// whenDelivered: "when should I expect the earbuds to be delivered?",
// "이어폰 며칠에 받을 수 있어?" naming an item the user ordered is that
// order's status and arrival (the second listed earphones for sale).
func whenDelivered(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !whenEn.MatchString(text) && !whenKo.MatchString(text) {
		return agents.Step{}, false
	}
	r := t.Call("shop_orders", map[string]any{})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	os, err := skills.Decode[[]shopping.OrderView](r)
	if err == nil && len(os) == 0 && t.Intent() == "" && itOrder.MatchString(text) {
		return t.Begin("shop_order", max(p, 0.5)), true // "You have no orders."
	}
	if err == nil && len(os) == 0 && t.Intent() != "" && itOrder.MatchString(text) {
		// "when's it going to get here?" while the checkout's card waits:
		// the order asked about is not placed yet — said so, the card
		// still there (und17b: post16 read it as nothing understood).
		t.Understood("shop_order", max(p, 0.5), nil)
		return agents.Step{Say: t.Ko("아직 주문이 완료되지 않았어요. 확인 카드에서 결제를 확정하시면 도착 예정일을 알려 드릴게요.",
			"Your order isn't placed yet: confirm the payment on the card, and I'll tell you when it arrives.")}, true
	}
	if err != nil || len(os) == 0 {
		return agents.Step{}, false
	}
	id := ""
	for _, o := range os {
		names := strings.ToLower(o.ItemsText)
		for _, l := range o.Lines {
			names += " " + strings.ToLower(l.Name)
		}
		for _, w := range strings.Fields(strings.ToLower(text)) {
			w = strings.Trim(search.StripJosa(strings.Trim(w, "?!.,~")), "?!.,~")
			if len([]rune(w)) >= 2 && !stop[w] && strings.Contains(names, w) {
				id = o.ID
				break
			}
		}
		if id != "" {
			break
		}
	}
	if id == "" && itOrder.MatchString(text) && t.Intent() == "" {
		// "when's it going to get here?", "그거 언제 와요?" right after
		// an order: the newest one (und17b: the blind set post16 heard a
		// greeting in it).
		id = os[0].ID
	}
	if id == "" {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_order")
	t.Understood("shop_order", max(p, 0.5), map[string]string{"order_id": id})
	return agents.Step{Call: call("shop_order", map[string]any{"order_id": id})}, true
}

// itOrder: the order asked about said as "it", "my order", "my stuff",
// "그거", "주문한 거" — not named.
var itOrder = regexp.MustCompile(`(?i)\b(?:it|they|them|my\s+(?:order|stuff|package|parcel|things|delivery)|the\s+(?:order|package|parcel|delivery))\b|그거|그게|주문한\s*(?:거|것|게|물건)|택배|내\s*물건`)

// stop are words of a delivery question no item name is about.
var stop = map[string]bool{"the": true, "to": true, "be": true, "my": true, "it": true, "them": true, "when": true, "should": true, "expect": true}

// ---- a product type the store does not sell ----

var askSells = regexp.MustCompile(`(?i)\b(?:do|does)\s+(?:you|the\s+store)\s+(?:sell|have|carry)\b|\b(?:under|below|less\s+than|up\s+to|max)\b.*\d`)

// notSold: "do you sell laptops? something under 1.5 million won",
// "laptop under 1 million won" were not understood in English (Korean
// "노트북" said the store sells none): a type no product is, asked for in
// English, is said so, with what goes with it.
func notSold(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Lang() != "en" || !askSells.MatchString(text) {
		return agents.Step{}, false
	}
	pf, _ := shopping.ParsePrice(text)
	r := t.Call("shop_search", map[string]any{"query": text, "lang": t.Lang()})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	res, err := skills.Decode[shopping.SearchResult](r)
	if err != nil || res.NotSold == "" {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	// (what goes with it may say it in the plural: "for 15-inch laptops")
	q := res.NotSold
	for _, w := range []string{res.NotSold, res.NotSoldPlural} {
		if r := t.Call("shop_search", map[string]any{"query": w, "lang": t.Lang()}); r.Status == skills.StatusOK {
			if x, err := skills.Decode[shopping.SearchResult](r); err == nil && len(x.Results) > 0 {
				q = w
				break
			}
		}
	}
	args := map[string]any{"query": q, "lang": t.Lang()}
	slots := map[string]string{"query": q}
	if pf.Max > 0 {
		args["max_price"] = pf.Max
		slots["max_price"] = strconv.FormatInt(pf.Max, 10)
	}
	keepStock(t, slots, args)
	t.Start("shop_search")
	t.Understood("shop_search", max(p, 0.5), slots)
	return agents.Step{Call: call("shop_search", args)}, true
}

// keepStock: "only in stock", "not sold out" said with a budget or a
// kind the counter reads itself ("cheaper ones? under 60,000 and in
// stock only") keeps the search to what can be bought now.
func keepStock(t *embedded.Turn, slots map[string]string, args map[string]any) {
	if t.Gazetteer("stock") == "true" {
		slots["in_stock"], args["in_stock"] = "true", true
	}
}

// ---- a feature of the items listed ----

var (
	// askAny: a question about the list shown as a whole ("are any of
	// them waterproof?", "which ones are wireless?", "이 중에 방수 되는 거
	// 있어요?").
	askAnyEn = regexp.MustCompile(`(?i)\b(?:any|which|all|none)\s+(?:of\s+)?(?:them|these|those|ones?)\b|\b(?:are|is)\s+(?:they|these|those|any)\b|\bwhich\s+(?:ones?|is|are)\b`)
	askAnyKo = regexp.MustCompile(`(?:이|그|저)\s*중(?:에|에서)?|여기\s*(?:중|서)|(?:되는|된|있는|인)\s*(?:거|게|건|것)\s*(?:있|뭐|어느)|(?:어느|어떤)\s*(?:거|게|것)`)
	// featureStop: words of such a question that name no feature.
	featureStop = map[string]bool{"any": true, "them": true, "these": true, "those": true, "which": true, "one": true, "ones": true, "are": true, "is": true,
		"of": true, "they": true, "all": true, "none": true, "do": true, "does": true, "have": true, "has": true, "lol": true, "lot": true, "i": true, "my": true,
		"중": true, "중에": true, "거": true, "게": true, "건": true, "있어요": true, "있어": true, "있나요": true, "되는": true, "돼요": true, "되나요": true, "뭐": true, "어떤": true, "어느": true}
)

// priceBoundRe: a price said as a bound ("그 중에 3만원 이하만요", "any
// of them under 20k?" — not "my budget is still 100k" with a feature
// asked): the list narrowed by price, not a feature asked
// of it (post14 u-ko-175).
var priceBoundRe = regexp.MustCompile(`(?i)이하|이상|미만|초과|안쪽|아래|넘지|\b(?:under|over|below|above|less\s+than|more\s+than|cheaper)\b`)

// featureOfListed answers whether the products shown have a feature the
// question names ("waterproof", "방수"), from their descriptions: which
// say so, and that the others' do not say — never a guess.
func featureOfListed(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Ordinal() != 0 || !strings.ContainsAny(text, "?？") && !askAnyKo.MatchString(text) || !askAnyEn.MatchString(text) && !askAnyKo.MatchString(text) || priceBoundRe.MatchString(text) {
		return agents.Step{}, false
	}
	ps := products(t)
	if len(ps) == 0 {
		return agents.Step{}, false
	}
	descs := make([]map[string]bool, len(ps))
	own := map[string]bool{} // words of the products' names: what they are, not a feature
	for i, s := range ps {
		descs[i] = map[string]bool{}
		r := t.Call("shop_product", map[string]any{"product_id": s.ID, "lang": t.Lang()})
		d, err := skills.Decode[shopping.ProductDetail](r)
		if r.Status != skills.StatusOK || err != nil {
			return agents.Step{}, false
		}
		said := d.Description
		for k, v := range d.Attrs {
			if v == "yes" {
				said += " " + strings.ReplaceAll(k, "_", " ")
			}
		}
		for _, w := range search.QueryWords(said) {
			descs[i][w] = true
		}
		for _, w := range search.QueryWords(s.Name + " " + s.Kind) {
			own[w] = true
		}
	}
	if step, ok := colourOrStock(t, ps, text, p); ok {
		return step, true
	}
	var feature string
	var has []int
	qw := search.QueryWords(text)
	for k, w := range qw {
		if featureStop[strings.ToLower(w)] || own[w] {
			continue
		}
		var with []int
		for i := range ps {
			if descs[i][w] {
				with = append(with, i)
			}
		}
		if len(with) > 0 || feature == "" && featureLike(w) {
			feature, has = w, with
			if len(with) > 0 {
				// "noise cancelling": the words after it the same items say
				for _, n := range qw[k+1:] {
					all := true
					for _, i := range with {
						all = all && descs[i][n]
					}
					if !all || featureStop[n] {
						break
					}
					feature += " " + n
				}
				break
			}
		}
	}
	if feature == "" {
		return agents.Step{}, false
	}
	t.Understood("shop_product", max(p, 0.5), nil)
	if len(has) == 0 {
		return agents.Step{Say: t.Ko(
			fmt.Sprintf("보여 드린 상품 설명에는 ‘%s’에 대한 내용이 없어서 잘 모르겠어요. 지어내서 말씀드리지 않을게요.", feature),
			fmt.Sprintf("I don't know: none of these descriptions says whether it's %s, and I won't guess.", feature))}, true
	}
	var yes []string
	for _, i := range has {
		yes = append(yes, fmt.Sprintf("%d) %s", i+1, ps[i].Name))
	}
	if len(has) == len(ps) {
		return agents.Step{Say: t.Ko(
			fmt.Sprintf("네, 보여 드린 %d개 모두 설명에 ‘%s’라고 나와 있어요.", len(ps), feature),
			fmt.Sprintf("Yes: all %d of these say %s in their descriptions.", len(ps), feature))}, true
	}
	return agents.Step{Say: t.Ko(
		fmt.Sprintf("설명에 ‘%s’라고 나와 있는 건 %s이에요. 나머지는 설명에 나와 있지 않아서 잘 모르겠어요.", feature, strings.Join(yes, ", ")),
		fmt.Sprintf("These say %s in their descriptions: %s. The others' descriptions don't say, so I don't know.", feature, strings.Join(yes, ", ")))}, true
}

// featureLike: a word that may name a feature no description has
// ("waterproof" of earbuds): an English adjective-like word or a Korean
// noun of two syllables or more — not a filler ("lol", "pls").
func featureLike(w string) bool {
	return len([]rune(w)) >= 4 && !featureStop[w] || len([]rune(w)) >= 2 && w[0] >= 0x80
}

// beyondList: "두 번째 거 담아줘" when the list shown has fewer products
// says how many there are and names them (a trial's answer was only
// "어떤 상품을 담을까요?").
func beyondList(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	n, ps := t.Ordinal(), products(t)
	if n <= len(ps) || len(ps) == 0 || !addWords.MatchString(t.Text()) || takeOut.MatchString(t.Text()) || !listShown[t.Slot("@card")] || t.Intent() == "shop_checkout" {
		return agents.Step{}, false
	}
	var names []string
	for i, s := range ps {
		names = append(names, fmt.Sprintf("%d) %s %s", i+1, s.Name, s.PriceT))
	}
	t.Understood("shop_cart_add", max(p, 0.5), nil)
	if len(ps) == 1 {
		return agents.Step{Say: t.Ko(fmt.Sprintf("보여 드린 상품은 하나뿐이에요: %s (%s). 담으시려면 \"1번 담아줘\"라고 말씀해 주세요.", ps[0].Name, ps[0].PriceT),
			fmt.Sprintf("There is only one item: %s (%s). Say \"add number 1\" to put it in your cart.", ps[0].Name, ps[0].PriceT))}, true
	}
	return agents.Step{Say: t.Ko(fmt.Sprintf("보여 드린 상품은 %d개예요: %s. 몇 번을 담을까요?", len(ps), strings.Join(names, ", ")),
		fmt.Sprintf("I showed %d items: %s. Which number shall I add?", len(ps), strings.Join(names, ", ")))}, true
}

// allSaid: every word of ws is in said.
func allSaid(ws []string, said map[string]bool) bool {
	for _, w := range ws {
		if !said[w] {
			return false
		}
	}
	return true
}

// colourWords are the catalogue's colours, the ones the search reads
// (shopping.Colours).
var (
	colourWords = shopping.Colours()
	stockAsk    = regexp.MustCompile(`(?i)\bin[ -]stock\b|\bavailable\b|\bsold out\b|재고|품절|살 수 있`)
)

func colourName(id, lang string) string {
	for _, c := range colourWords {
		if c.ID() == id {
			return c.Name(lang)
		}
	}
	return id
}

// colourOrStock answers "which of these are black and in stock?" from the
// data — each product's colour (attrs.color) and what is left of it —
// never "the descriptions don't say": the colour asked for, which items
// have it (or that none does, and the colours they come in), and which
// are in stock.
func colourOrStock(t *embedded.Turn, ps []shown, text string, p float64) (agents.Step, bool) {
	var want []int // indexes into colourWords
	for i, c := range colourWords {
		if c.Said(text) {
			want = append(want, i)
		}
	}
	stock := stockAsk.MatchString(text)
	if len(want) == 0 && !stock {
		return agents.Step{}, false
	}
	var colour []string
	left := make([]int, len(ps))
	for i, s := range ps {
		r := t.Call("shop_product", map[string]any{"product_id": s.ID, "lang": t.Lang()})
		d, err := skills.Decode[shopping.ProductDetail](r)
		if r.Status != skills.StatusOK || err != nil {
			return agents.Step{}, false
		}
		colour = append(colour, d.Attrs["color"])
		left[i] = d.InStock
	}
	var parts []string
	match := make([]bool, len(ps))
	if len(want) > 0 {
		var names, with, all []string
		for _, w := range want {
			names = append(names, colourWords[w].Name(t.Lang()))
		}
		for i, s := range ps {
			for _, w := range want {
				match[i] = match[i] || colour[i] == colourWords[w].ID()
			}
			if match[i] {
				with = append(with, fmt.Sprintf("%d) %s", i+1, s.Name))
			}
			all = append(all, fmt.Sprintf("%d) %s %s", i+1, s.Name, colourName(colour[i], t.Lang())))
		}
		if len(with) == 0 {
			parts = append(parts, t.Ko(
				fmt.Sprintf("보여 드린 상품 중 %s 색상은 없어요. 색상은 %s", strings.Join(names, "·"), words.Josa(strings.Join(all, ", "), "이에요/예요")+"."),
				fmt.Sprintf("None of these comes in %s: %s.", strings.Join(names, " or "), strings.Join(all, ", "))))
		} else {
			parts = append(parts, t.Ko(
				fmt.Sprintf("%s 색상은 %s.", strings.Join(names, "·"), words.Josa(strings.Join(with, ", "), "이에요/예요")),
				fmt.Sprintf("In %s: %s.", strings.Join(names, " or "), strings.Join(with, ", "))))
		}
	}
	if stock {
		var in, out []string
		for i, s := range ps {
			if len(want) > 0 && !match[i] && slices.Contains(match, true) {
				continue // (the stock of the ones in the colour asked for)
			}
			if left[i] > 0 {
				in = append(in, fmt.Sprintf("%d) %s", i+1, s.Name))
			} else {
				out = append(out, fmt.Sprintf("%d) %s", i+1, s.Name))
			}
		}
		switch {
		case len(out) == 0:
			parts = append(parts, t.Ko(fmt.Sprintf("%s 모두 재고가 있어요.", words.Josa(strings.Join(in, ", "), "은/는")), fmt.Sprintf("In stock: %s.", strings.Join(in, ", "))))
		case len(in) == 0:
			parts = append(parts, t.Ko(fmt.Sprintf("%s 모두 품절이에요.", words.Josa(strings.Join(out, ", "), "은/는")), fmt.Sprintf("Sold out: %s.", strings.Join(out, ", "))))
		default:
			parts = append(parts, t.Ko(fmt.Sprintf("재고가 있는 건 %s고, %s 품절이에요.", words.Josa(strings.Join(in, ", "), "이에요/예요")[:len(words.Josa(strings.Join(in, ", "), "이에요/예요"))-len("에요")], words.Josa(strings.Join(out, ", "), "은/는")),
				fmt.Sprintf("In stock: %s; sold out: %s.", strings.Join(in, ", "), strings.Join(out, ", "))))
		}
	}
	t.Understood("shop_product", max(p, 0.5), nil)
	return agents.Step{Say: strings.Join(parts, " ")}, true
}

// Grounds is embedded.Grounding: "cancel it please, how long does the
// refund take?" got the safety checker's refund guidance alone and no
// cancel card (trial17). A request to cancel an order the user has placed
// is the store's to serve (the card says the refund), whatever question
// comes with it.
func (handler) Grounds(t *embedded.Turn) bool {
	text := t.Text()
	refund := storeRefundAsk(text)
	if refund && refundWhen.MatchString(text) && !returnKo.MatchString(text) && !returnEn.MatchString(text) {
		return true // when a refund comes: the store's policy, order or none (refundAsked)
	}
	if !refund && (!cancelWords.MatchString(text) || !cancelAskRe.MatchString(text)) {
		return false
	}
	r := t.Call("shop_orders", map[string]any{})
	if r.Status != skills.StatusOK {
		return false
	}
	os, err := skills.Decode[[]shopping.OrderView](r)
	if err != nil {
		return false
	}
	for _, o := range os {
		// a refund or a return is about an order placed here: one the
		// user has (return19.go); with none, the checker's guidance stands
		if o.Live || refund && (o.Refunded > 0 || o.Status == shopping.StReturnRequested) {
			return true
		}
	}
	return false
}

// cancelAskRe: a cancel asked for ("취소해 주세요", "취소할게요", "cancel it
// please", "I'd like to cancel the order").
var cancelAskRe = regexp.MustCompile(`(?i)취소\s*(?:해|할게|할래|하고\s*싶|부탁|좀)|\b(?:please\s+cancel|pls\s+cancel|cancel\s+(?:it|that|this|my|the)\b|(?:like|want|need)\s+to\s+cancel)`)

var (
	// cartCheapestRe, cartDearestRe: a cart line named by its price ("the
	// cheapest one", "제일 싼 거", "the most expensive", "가장 비싼 거").
	cartCheapestRe = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:cheapest|least\s+expensive|lowest[\s-]priced)\b|(?:제일|가장|젤|젤루)\s*(?:싼|저렴한)`)
	takeOutApartRe = regexp.MustCompile(`(?i)\b(?:take|get|throw)\b.{1,40}\bout\b`)
	cartDearestRe  = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:most\s+expensive|priciest|dearest|highest[\s-]priced)\b|(?:제일|가장|젤|젤루)\s*비싼`)
)

// removeByPrice: "remove the cheapest one" with the lip balm in the cart
// answered "There's no cheapest one in your cart" (trial17 h1). A line
// named by its price is the cart's cheapest (or dearest) line, taken out;
// two at the same price are asked about.
func removeByPrice(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	out := takeOut.MatchString(text) || takeOutApartRe.MatchString(text)
	if intent != "shop_cart_remove" && !(out && intent != "shop_cart_add") || t.Ordinal() != 0 {
		return agents.Step{}, false
	}
	cheap, dear := cartCheapestRe.MatchString(text), cartDearestRe.MatchString(text)
	if cheap == dear || !out {
		return agents.Step{}, false
	}
	cart, ok := cartOf(t)
	if !ok || len(cart.Lines) == 0 {
		return agents.Step{}, false
	}
	var found []shopping.CartViewLine
	for _, l := range cart.Lines {
		switch {
		case len(found) == 0 || cheap && l.Price < found[0].Price || dear && l.Price > found[0].Price:
			found = []shopping.CartViewLine{l}
		case l.Price == found[0].Price:
			found = append(found, l)
		}
	}
	if len(found) > 1 && len(found) < len(cart.Lines) || len(found) > 1 && len(cart.Lines) > 1 {
		var ns []string
		for _, l := range found {
			ns = append(ns, l.Name)
		}
		t.Understood("shop_cart_remove", max(p, 0.5), nil)
		return agents.Step{Say: t.Ko(fmt.Sprintf("%s 값이 같아요. 어느 것을 뺄까요?", strings.Join(ns, ", ")),
			fmt.Sprintf("%s cost the same. Which one shall I take out?", strings.Join(ns, " and ")))}, true
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("shop_cart_remove")
	return t.Proceed(map[string]string{"product_id": found[0].ID}, max(p, 0.8)), true
}

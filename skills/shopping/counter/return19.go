package counter

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/shopping"
)

// A new user's trial (trial19): "지난주에 산 이어폰이 한쪽이 안 들려요.
// 반품하고 싶어요" and "it came but it doesn't turn on at all. I want to
// return it" were not understood; "return the earphones, they are broken"
// and "받았는데 … 깨져 있어요. 반품할래요" listed products for sale. A
// return names the order it is about and what happens next: an order on
// its way or delivered is returned (shop_return: a courier collects it,
// the payment goes back once it is checked); one not yet shipped is
// cancelled for a full refund (its card, shop_cancel_order); with no
// order, the user is told so and where a return goes instead.
var (
	// returnKo: sending goods back (반품, 반송, 교환, 돌려보내기).
	returnKo = regexp.MustCompile(`반품|반송|교환|돌려\s*보내|물러\s*줘|물러\s*주`)
	// returnEn: "return it", "send them back", "exchange it"; not "return
	// to", nor an exchange rate.
	returnEn = regexp.MustCompile(`(?i)\breturn(?:ing|ed|s)?\b(?:\s+(?:it|them|this|that|the|my|an?|these|those)\b|\s*$|\s*[.,!?]|\s+(?:for|please|policy))|\bsend(?:ing)?\s+(?:\w+\s+){0,3}back\b|\bship(?:ping)?\s+(?:\w+\s+){0,3}back\b|\bgive\s+(?:\w+\s+){0,3}back\b|\bexchange\s+(?:it|them|this|that|these|those|my|the|for)\b`)
	// defect: what is wrong with the goods (the card's reason).
	defect = regexp.MustCompile(`(?i)불량|고장|깨져|깨졌|깨진|파손|찌그러|금\s*가|안\s*들려|안\s*들리|소리가?\s*안|안\s*켜|작동\s*(?:이|을)?\s*안|충전이?\s*안|먹통|하자|\b(?:broken|broke|defective|faulty|damaged|cracked|dent(?:ed)?|dead|doesn'?t\s+work|does\s+not\s+work|won'?t\s+(?:turn|charge|work|connect)|not\s+working|stopped\s+working|quit\s+working|doesn'?t\s+turn|crackl\w*|scratched|missing)\b`)
	// refundWhen: a question when the money comes back, not a request
	// to send goods back ("반품하면 환불 언제 돼요?" is refundAsked's).
	refundWhen = regexp.MustCompile(`(?i)언제|며칠|얼마나\s*걸|\bwhen\b|\bhow\s+(?:long|soon|many\s+days)\b`)
)

// returnAsked reads a wish to send goods back.
func returnAsked(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	if !returnKo.MatchString(text) && !returnEn.MatchString(text) || t.Ordinal() != 0 {
		return agents.Step{}, false
	}
	if refundWhen.MatchString(text) && !defect.MatchString(text) && !regexp.MustCompile(`(?i)가능|돼요\?|되나|할\s*수|\bcan\s+i\b|\bhow\s+do\s+i\b`).MatchString(text) {
		return agents.Step{}, false
	}
	r := t.Call("shop_orders", map[string]any{})
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	os, err := skills.Decode[[]shopping.OrderView](r)
	if err != nil {
		return agents.Step{}, false
	}
	t.Understood("shop_cancel_order", max(p, 0.6), nil)
	o, ok := orderMeant(os, text)
	if !ok {
		return agents.Step{Say: t.Ko(
			"이 계정으로 한 주문이 없어서 반품을 접수할 수 없어요. 다른 곳에서 사셨다면 그 판매처에 반품을 요청하세요. 불량품은 전자상거래법에 따라 받은 날부터 3개월 안에, 불량을 안 날부터 30일 안에 반품할 수 있어요.",
			"I can't find an order on this account to return. If you bought it elsewhere, ask that seller for the return; in Korea a defective item can be returned within 3 months of delivery (and within 30 days of finding the fault) under the E-Commerce Act.")}, true
	}
	reason := ""
	if defect.MatchString(text) {
		reason = t.Ko("상품 불량·파손", "defective or damaged")
	}
	lang := t.Lang()
	switch o.Status {
	case shopping.StPaid, shopping.StPacked, shopping.StReady:
		// Not on its way yet: the cancellation is the return, refunded in full.
		step := agents.Step{Call: call("shop_cancel_order", map[string]any{"order_id": o.ID})}
		step.Say = t.Ko(
			fmt.Sprintf("%s 주문은 아직 발송 전(‘%s’)이라 반품 대신 주문을 취소하면 %s 전액이 결제한 카드로 환불돼요.", o.ItemsText, o.StatusText, o.TotalText),
			fmt.Sprintf("Your order of %s has not shipped yet (%s), so instead of a return it can be cancelled and all %s refunded to your card.", o.ItemsText, o.StatusText, o.TotalText))
		return step, true
	case shopping.StCancelled:
		return agents.Step{Say: t.Ko(
			fmt.Sprintf("%s 주문은 이미 취소되어 %s 환불했어요.", o.ItemsText, words.Josa(words.Won(o.Refunded, lang), "을/를")),
			fmt.Sprintf("Your order of %s was already cancelled and %s refunded.", o.ItemsText, words.Won(o.Refunded, lang)))}, true
	}
	args := map[string]any{"order_id": o.ID}
	if reason != "" {
		args["reason"] = reason
	}
	return agents.Step{Call: call("shop_return", args), Say: t.Ko(
		fmt.Sprintf("%s 반품을 접수할게요. 회수와 환불 내용을 확인 카드에서 보고 눌러 주세요.", o.ItemsText),
		fmt.Sprintf("I'll book the return of %s: the card says when it is collected and where the refund goes; press it to go ahead.", o.ItemsText))}, true
}

// orderMeant is the order a return is about: the newest whose goods the
// text names ("the earphones", "스피커"), else the newest not cancelled.
func orderMeant(os []shopping.OrderView, text string) (shopping.OrderView, bool) {
	low := strings.ToLower(text)
	for _, o := range os {
		if !o.Live && o.Status != shopping.StCancelled {
			continue
		}
		for _, l := range o.Lines {
			for _, w := range strings.Fields(strings.ToLower(l.Name)) {
				w = strings.TrimSuffix(w, "s")
				if len([]rune(w)) >= 2 && (strings.Contains(low, w) && !isBrandish(w)) {
					return o, true
				}
			}
		}
	}
	for _, o := range os {
		if o.Live {
			return o, true
		}
	}
	if len(os) > 0 {
		return os[0], true
	}
	return shopping.OrderView{}, false
}

// isBrandish: words of a product's name that say nothing of what it is
// (its model suffix), which a text could hold by chance.
func isBrandish(w string) bool {
	switch w {
	case "air", "pro", "lite", "plus", "mini", "max", "one", "go", "neo", "x", "q", "무선", "wireles":
		return true
	}
	return false
}

// storeRefundAsk: a customer in the store asking when their refund comes
// or asking to send goods back (trial19: "how long until I get my money
// back?" after a return got the safety checker's guidance — or its
// refusal — instead of the store's answer). The store answers it from
// the user's own orders (refundAsked, returnAsked), whatever a look-alike
// harm shares its words with. A refund to be had by a false claim is the
// checker's to refuse: Grounds is asked only of guidance, never of a
// refusal (agents/conversation.go).
func storeRefundAsk(text string) bool {
	if (returnKo.MatchString(text) || returnEn.MatchString(text)) && !othersCard.MatchString(text) && !scamContact.MatchString(text) {
		return true
	}
	if othersCard.MatchString(text) || scamContact.MatchString(text) {
		return false
	}
	return (refundEn.MatchString(text) && refundEnAsk.MatchString(text) || refundKo.MatchString(text) && refundKoAsk.MatchString(text)) &&
		!refundHowTo.MatchString(text)
}

// scamContact: someone who called or texted about a refund, or an
// account number given — a scam's signs, for the checker's guidance.
var scamContact = regexp.MustCompile(`(?i)전화|문자|카톡|링크|계좌\s*번호|라면서|사칭|\b(?:called|calling|texted|text\s+message|link|account\s+number|claim(?:ed|ing)\s+to\s+be|pretend\w*)\b`)

// othersCard: a charge on someone's card they did not make is for the
// card company first (the checker's guidance says how), not the store's
// refund timing.
var othersCard = regexp.MustCompile(`(?i)\b(?:didn'?t|did\s+not|never)\s+(?:buy|order|make|place|authori[sz]e)|\bunauthori[sz]ed\b|\bstolen\b|안\s*(?:산|한|시킨)|(?:산|주문한|결제한)\s*적\s*(?:이\s*)?없|모르는\s*결제|도용`)

package counter

import (
	"fmt"
	"regexp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/shopping/payment"
)

// A new user's trial (trial18, e15/e5/k4c): "when will i get my money
// back" after a cancelled order, "환불 언제 들어와?", "환불은 언제
// 들어와요?" were not understood (or refused). A question when a refund
// arrives is answered from the user's refunded order and the store's
// refund policy (shopping.RefundDaysMin–Max business days to the card).
var (
	refundEn    = regexp.MustCompile(`(?i)\b(?:refund\w*|money\s+(?:\w+\s+){0,2}back|reimburs\w*|my\s+money|charge\s+reversed|credited\s+back)\b`)
	refundEnAsk = regexp.MustCompile(`(?i)\bwhen\b|\bhow\s+(?:long|soon|many\s+days)\b|\bwhat\s+day\b|\bwhere\s+is\b|\bstatus\b|\byet\b|\balready\b|\b(?:gone|come|went|go)\s+through\b|\barrive|\bshow\s+up\b|\b(?:has|have|did|is|was)\s+(?:my|the)\s+(?:refund|money)\b|\bwill\s+(?:the|my)\s+(?:refund|money)\b|\bback\s+on\s+my\s+card\b`)
	refundKo    = regexp.MustCompile(`환불|돈\s*(?:은|을|이)?\s*(?:언제|며칠|얼마나|다시|돌려|들어|입금)|돌려\s*받|결제\s*취소\s*(?:된|되|는|가)`)
	refundKoAsk = regexp.MustCompile(`언제|며칠|얼마나|몇\s*일|됐|되었|되나|되는|돼요|돼\?|들어와|들어오|입금|처리|들어왔|받을|받나|받아|\?`)
	// refundCancel asks to cancel as well ("cancel it, how long does the
	// refund take?"): the cancellation goes first, its card says the refund.
	refundCancel = regexp.MustCompile(`(?i)\bcancel\b|취소\s*(?:해|할|하|좀)`)
	// refundHowTo asks how to get a refund (a return), not when.
	refundHowTo = regexp.MustCompile(`(?i)\bhow\s+(?:do|can)\s+i\b|\bcan\s+i\s+(?:get|have)\b|\bi'?d\s+like\b|\bgive\s+me\b|\bi\s+want\s+(?:a\s+)?refund|어떻게\s*(?:해|하|받)|해\s*주세요$|해\s*줘$|하고\s*싶`)
)

func refundAsked(t *embedded.Turn, _ string, p float64) (agents.Step, bool) {
	text := t.Text()
	en := refundEn.MatchString(text) && refundEnAsk.MatchString(text)
	ko := refundKo.MatchString(text) && refundKoAsk.MatchString(text)
	if !en && !ko || refundHowTo.MatchString(text) || refundCancel.MatchString(text) || t.Ordinal() != 0 {
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
	lang := t.Lang()
	policyKo := fmt.Sprintf("카드 환불은 카드사에 따라 영업일 기준 %d~%d일 안에 카드로 들어와요.", shopping.RefundDaysMin, shopping.RefundDaysMax)
	policyEn := fmt.Sprintf("A card refund shows on your card within %d–%d business days, depending on your card company.", shopping.RefundDaysMin, shopping.RefundDaysMax)
	t.Understood("shop_order", max(p, 0.6), nil)
	for _, o := range os {
		if o.Status == shopping.StReturnRequested {
			// a return booked (return19.go): the refund follows the pickup
			amt := words.Won(o.Total-o.Refunded, lang)
			return agents.Step{Say: t.Ko(
				fmt.Sprintf("%s 반품이 접수돼 있어요. 택배 기사가 회수해서 상품을 확인하면 %s 결제한 카드로 환불해 드려요. %s", o.ItemsText, words.Josa(amt, "을/를"), policyKo),
				fmt.Sprintf("The return of %s is booked: once the courier has collected it and it is checked, %s goes back to the card you paid with. %s", o.ItemsText, amt, policyEn))}, true
		}
		if o.Refunded <= 0 {
			continue
		}
		at := o.Created
		if n := len(o.History); n > 0 {
			at = o.History[n-1].At
		}
		card := o.Method
		if m, ok := payment.MethodByID(o.Method); ok {
			card = m.Label
		}
		amt := words.Won(o.Refunded, lang)
		return agents.Step{Say: t.Ko(
			fmt.Sprintf("%s 주문은 %s에 취소되어 %s %s 환불했어요. %s", o.ItemsText, words.Date(at, lang), words.Josa(amt, "을/를"), words.Josa(card, "으로/로"), policyKo),
			fmt.Sprintf("Your order of %s was cancelled on %s and %s was refunded to %s. %s", o.ItemsText, words.Date(at, lang), amt, card, policyEn))}, true
	}
	return agents.Step{Say: t.Ko("진행 중인 환불이 없어요. 주문을 취소하면 결제한 카드로 환불되고, "+policyKo,
		"You have no refund under way. When an order is cancelled, its payment goes back to the card it was paid with. "+policyEn)}, true
}

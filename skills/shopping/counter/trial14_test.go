package counter_test

import "testing"

// A new user's trial (trial14): after "1번이랑 비슷한 거 보여줘" showed five
// similar products, "2번 장바구니에 넣어줘" answered from the one-item
// list before it ("보여 드린 상품은 하나뿐이에요"). The similar list is the
// one a place in it picks from.
func TestTrial14PickFromSimilarList(t *testing.T) {
	ch := newChat(t)
	ch.say("k", "운동할때 쓸 블루투스 이어폰 3만원대로 뭐 있어?")
	_, card := ch.turn("k", "1번이랑 비슷한 거 보여줘")
	if len(card.Items) < 2 {
		t.Fatalf("similar card %+v", card)
	}
	r, _ := ch.turn("k", "2번 장바구니에 넣어줘")
	lacks(t, r, "하나뿐이에요")
	wants(t, r, "장바구니에 담았어요", card.Items[1].Title)
}

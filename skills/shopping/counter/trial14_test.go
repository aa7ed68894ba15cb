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

// A new user's trial (trial14): after an add, a few words the shop did
// not understand ("음 그냥 빼줘", looked for and not found) dropped the
// list, and a press on its third row got "지금은 고를 목록이 없어요" while
// the card was drawn clickable. The list stays to pick from.
func TestTrial14ListSurvivesUnplacedWords(t *testing.T) {
	ch := newChat(t)
	_, card := ch.turn("k", "무선 이어폰 5만원 이하")
	if len(card.Items) < 3 {
		t.Fatalf("card %+v", card)
	}
	ch.say("k", "1번 담아줘")
	ch.say("k", "음 그냥 빼줘")
	r, _ := ch.turn("k", "3번")
	lacks(t, r, "고를 목록이 없어요")
	wants(t, r, "장바구니에 담았어요: "+card.Items[2].Title)
}

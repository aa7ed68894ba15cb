package embedded_test

import (
	"strings"
	"testing"
)

// Round 13's weakest intents (und13c): renaming said freely, a product
// named with a question about it, and a stay's check-out asked of "the
// last day" with a card of stays on screen.

// TestUnd13cRenameSaidFreely: a rename said in free words renames the
// event meant to the title said (the user reads it in the answer), in
// either language; the new title may come first or last, quoted or not.
func TestUnd13cRenameSaidFreely(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct {
		setup []string
		text  string
		title string
	}{
		{[]string{"수요일 오후 4시에 필라테스 일정 넣어줘"}, "달력에 필라테스라고 돼 있는 거 요가 수업으로 이름 변경", "요가 수업"},
		{[]string{"목요일 오전 10시 기획 회의 일정 추가해줘"}, "목요일 '기획 회의' 일정명 '신제품 기획'으로 고쳐 줄래?", "신제품 기획"},
		{[]string{"금요일 오후 3시에 치과 일정 넣어줘"}, "치과 일정 제목 그냥 정기 검진으로 해줘", "정기 검진"},
		{[]string{"add swim practice on thursday at 6pm"}, "I'd like my thursday swim practice entry to just say swim meet", "swim meet"},
		{[]string{"add tax paperwork on friday at 2pm"}, "the one called 'tax paperwork' on friday, could you rename it to year-end taxes?", "year-end taxes"},
		{[]string{"put guitar lesson on saturday at 11am"}, "call it guitar recital instead haha", "guitar recital"},
	} {
		u := "n" + string(rune('a'+i))
		for _, s := range c.setup {
			w.say(u, "assistant", s)
		}
		got := w.say(u, "assistant", c.text)
		un := w.rec.lastUnderstood(u)
		if un.Intent != "sched_rename_event" || un.Slots["title"] != c.title || !strings.Contains(got, c.title) {
			t.Errorf("%q: understood %s %v, said %q; want it renamed to %q", c.text, un.Intent, un.Slots, got, c.title)
		}
	}
	// an event not on the calendar: still a rename, and the user is told
	// it was not found (not "I can't help with that")
	got := w.say("nz", "assistant", "rename my violin lesson to orchestra rehearsal")
	if un := w.rec.lastUnderstood("nz"); un.Intent != "sched_rename_event" || un.Slots["title"] != "orchestra rehearsal" || !strings.Contains(got, "couldn't find that event") {
		t.Errorf("a rename of no event: understood %s %v, said %q", un.Intent, un.Slots, got)
	}
}

// TestUnd13cProductNamedAsked: a product named in full with a question
// about it shows that product (its name and price in the answer), in
// either language and whichever language its name is said in; asking
// whether it is sold stays a search.
func TestUnd13cProductNamedAsked(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ text, name string }{
		{"바람 스마트워치 Go 생활방수 되나요?", "바람 스마트워치 Go"},
		{"Daon Tumbler Max 상세 정보 좀 볼 수 있어요?", "다온 텀블러 Max"},
		{"what are the specs on the chorok beanie max", "Chorok Beanie Max"},
		{"how heavy is the Maru Electric Kettle Air?", "Maru Electric Kettle Air"},
	} {
		u := "s" + string(rune('a'+i))
		got := w.say(u, "shopper", c.text)
		if un := w.rec.lastUnderstood(u); un.Intent != "shop_product" || un.Slots["product_id"] == "" || !strings.Contains(got, c.name) {
			t.Errorf("%q: understood %s %v, said %q; want %s shown", c.text, un.Intent, un.Slots, got, c.name)
		}
	}
	w.say("sz", "shopper", "바람 스마트워치 Go 팔아요?")
	if un := w.rec.lastUnderstood("sz"); un.Intent != "shop_search" {
		t.Errorf("asking whether it is sold: understood %s %v, want a search", un.Intent, un.Slots)
	}
}

// TestUnd13cLastDayIsNoPick: with stays on screen, "the last day" and "마지막
// 날" are a time, not the last place of the list: the check-out question
// is answered, nothing is held; "the last one" still picks.
func TestUnd13cLastDayIsNoPick(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ search, text, intent string }{
		{"guesthouse in jeju for 2 from dec 20, 2 nights", "and what time do we check out on the last day?", "booking_stay_times"},
		{"제주 게스트하우스 12월 20일부터 2박 2명", "마지막 날 몇 시까지 방 빼야 돼요?", "booking_stay_times"},
		{"제주 게스트하우스 12월 20일부터 2박 2명", "마지막 거로 예약할게요", "booking_hold"},
	} {
		u := "l" + string(rune('a'+i))
		w.say(u, "assistant", c.search)
		got := w.say(u, "assistant", c.text)
		if un := w.rec.lastUnderstood(u); un.Intent != c.intent {
			t.Errorf("%q: understood %s %v (said %q), want %s", c.text, un.Intent, un.Slots, got, c.intent)
		}
	}
}

// TestUnd13cPickByNameWithDetails: a place of the card picked by its whole
// name, with details of the booking said beside it (a diet of some of the
// party, a request, a new count), holds that place for the party — it was
// a new search ("일행 중에 비건이 한 명" a party of one).
func TestUnd13cPickByNameWithDetails(t *testing.T) {
	w := newWorld(t)
	for i, c := range []struct{ search, text, place, party string }{
		{"성수 이탈리안 내일 저녁 7시 6명", "솔 트라토리아로 할게요. 일행 중에 비건이 한 명 있어서요", "솔 트라토리아", "6"},
		{"sushi in gangnam tomorrow 7pm for 2", "Dam Sushi Bar works, there are 3 of us now", "Dam Sushi Bar", "3"},
		// the one place of the card pointed at as "that shop"
		{"강남 일식 내일 저녁 7시 2명", "그 가게로 잡아줘", "담 스시", "2"},
	} {
		u := "h" + string(rune('a'+i))
		w.say(u, "assistant", c.search)
		w.say(u, "assistant", c.text)
		un := w.rec.lastUnderstood(u)
		if un.Intent != "booking_hold" || un.Slots["party_size"] != c.party {
			t.Errorf("%q: understood %s %v, want a hold for %s", c.text, un.Intent, un.Slots, c.party)
			continue
		}
		if cf := w.out.lastConfirm(u); !strings.Contains(cf.Summary, c.place) {
			t.Errorf("%q: confirm %q, want %s", c.text, cf.Summary, c.place)
		}
	}
}

package server_test

import (
	"strings"
	"testing"

	"github.com/madang-world/madang/skills/skilltest"
)

// The leftovers of a new user's trial (round 11), replayed over the
// WebSocket with the campus's fixed clock.

// TestTrial11RefusedTimeThenAnother: "make it 8 instead" to a held 7 PM
// table found 8 taken and listed the free times; "7:30 then" showed the
// list of places again instead of holding the same place, and the 7 PM
// hold stayed listed as "not confirmed" beside the new one. Now the next
// time said holds the same place, and the older hold of that place and
// day is given back.
func TestTrial11RefusedTimeThenAnother(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, search, pick, refused, then, card, mine, kept, gone string
	}{
		{"Jamie", "book a table for 3 in Gangnam tomorrow at 7pm", "the first one", "make it 8 instead", "ok 7:30 then", "On Trattoria", "show my bookings", "7:30 PM", "7 PM (not confirmed)"},
		{"하린", "내일 저녁 7시 강남 3명 이탈리안 예약해줘", "1번", "8시로 바꿔줘", "그럼 7시 반으로", "온 트라토리아", "내 예약 보여줘", "오후 7시 30분", "오후 7시 (확정 전)"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "lobby")
		assistant := avatarIn(t, b, "assistant")
		talk(t, b, assistant, c.search, false)
		has(t, talk(t, b, assistant, c.pick, true).confirm.Summary, c.card)
		talk(t, b, assistant, c.refused, false)
		r := talk(t, b, assistant, c.then, true)
		if r.confirm == nil {
			t.Fatalf("%s: %q → no card: %q", c.user, c.then, r.text())
		}
		has(t, r.confirm.Summary, c.card, c.kept)
		mine := talk(t, b, assistant, c.mine, false).text()
		has(t, mine, c.kept)
		if strings.Contains(mine, c.gone) {
			t.Fatalf("%s: the superseded hold is still listed: %q", c.user, mine)
		}
	}
}

// TestTrial11AnotherDaySamePlace: "make it Thursday instead" with a
// table's card open showed the list of places again and offered no time
// on Thursday; it is the same place on the new day (held again at the
// time asked, or its free times then are said), and the old card books
// nothing.
func TestTrial11AnotherDaySamePlace(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, search, pick, place, change, want, booked string
	}{
		{"Jamie", "book a table for 3 in Gangnam tomorrow at 7pm", "the first one", "On Trattoria", "make it Thursday instead", "Thu, Dec 10 at 7 PM", "is confirmed"},
		{"하린", "내일 저녁 7시 강남 2명 이탈리안 예약해줘", "2번", "노을 트라토리아", "목요일로 바꿔 주세요", "12월 10일(목) 오후 7시", "확정됐어요"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "lobby")
		assistant := avatarIn(t, b, "assistant")
		talk(t, b, assistant, c.search, false)
		old := talk(t, b, assistant, c.pick, true).confirm
		has(t, old.Summary, c.place)
		r := talk(t, b, assistant, c.change, true)
		if r.confirm == nil {
			t.Fatalf("%s: %q → no card: %q", c.user, c.change, r.text())
		}
		has(t, r.confirm.Summary, c.place, c.want)
		if err := b.Confirm(old.Nonce); err != nil {
			t.Fatal(err)
		}
		if s := collect(t, b, false).text(); strings.Contains(s, c.booked) {
			t.Fatalf("%s: the old card booked: %q", c.user, s)
		}
	}
}

// TestTrial11RoughBudgetAsSaid: "around 20,000 won" was told back as
// "your budget of ₩22,000" and "3만원 정도" as "33,000원 이하 예산": the
// search may allow a margin over an amount said roughly, but the reply
// names the amount the user said.
func TestTrial11RoughBudgetAsSaid(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, ask, want, not string
	}{
		{"Amy", "any tumblers for roughly 30000 won?", "about your budget of ₩30,000", "₩33,000"},
		{"Ben", "a present for my dad, about 50,000 won", "about your budget of ₩50,000", "₩55,000"},
		{"지호", "텀블러 2만원 정도로 찾아줘", "20,000원 정도 예산에 맞아요", "22,000원 이하"},
		{"수아", "대략 4만원짜리 엄마 선물 추천해줘", "40,000원 정도 예산에 맞아요", "44,000원 이하"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "store")
		collect(t, b, false)
		shopper := avatarIn(t, b, "shopper")
		r := talk(t, b, shopper, c.ask, false).text()
		has(t, r, c.want)
		if strings.Contains(r, c.not) {
			t.Fatalf("%s: %q → the budget with its margin: %q", c.user, c.ask, r)
		}
	}
}

// TestTrial11UnknownArea: "광화문쪽 파스타집" named an area the catalogue
// does not have and got places of every city, mixed; it is told the area
// is not known with the areas there are, and the area said next is
// searched. A city named with it is searched as before.
func TestTrial11UnknownArea(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, ask, want, areas, next, nextWant string
	}{
		{"민지", "신촌 근처 괜찮은 스테이크 식당 찾아줘", "‘신촌’ 쪽은 제가 아는 지역이 아니라서", "서울(강남, 이태원", "홍대로 해줘", "며칠 몇 시로"},
		{"Sam", "any good noodle places near Mangwon?", "I don't know the area “Mangwon”", "Seoul (Gangnam, Itaewon", "Hongdae then", "What day and time?"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "lobby")
		assistant := avatarIn(t, b, "assistant")
		r := talk(t, b, assistant, c.ask, false).text()
		has(t, r, c.want, c.areas)
		has(t, talk(t, b, assistant, c.next, false).text(), c.nextWant)
	}
	b := newBot(t, ts, "Lee")
	b.join(t, "lobby")
	assistant := avatarIn(t, b, "assistant")
	if r := talk(t, b, assistant, "부산 광안리 근처 횟집 내일 저녁 7시 2명", false).text(); strings.Contains(r, "아는 지역이 아니") {
		t.Fatalf("a known area was called unknown: %q", r)
	}
}

// TestTrial11ThatDay: "그날" / "that day" after a day was talked about was
// not read as a day at all; it is the day the user last named.
func TestTrial11ThatDay(t *testing.T) {
	ts := newAvatarServer(t, "", skilltest.NewClock(skilltest.Start))
	for _, c := range []struct {
		user, first, then, pick, want string
	}{
		{"보라", "금요일에 일정 뭐 있어?", "그날 저녁 7시에 강남 이탈리안 2명 예약해줘", "1번", "12월 11일(금) 오후 7시"},
		{"Noah", "anything on my calendar on Friday?", "then book a table for 2 in Gangnam that day at 7pm", "the first one", "Fri, Dec 11 at 7 PM"},
	} {
		b := newBot(t, ts, c.user)
		b.join(t, "lobby")
		assistant := avatarIn(t, b, "assistant")
		talk(t, b, assistant, c.first, false)
		talk(t, b, assistant, c.then, false)
		r := talk(t, b, assistant, c.pick, true)
		if r.confirm == nil {
			t.Fatalf("%s: %q → no card: %q", c.user, c.pick, r.text())
		}
		has(t, r.confirm.Summary, c.want)
	}
}

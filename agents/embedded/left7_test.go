package embedded_test

import (
	"strings"
	"testing"
	"time"
)

// What new users read over the WebSocket, fixed (left7).

// TestNoPlacesInACityNotCarried: a stay or a table in a city the
// catalogue has none in (전주, Jeonju) is said so plainly, with the cities
// it has — never a list of places in another city, never a question about
// dates first.
func TestNoPlacesInACityNotCarried(t *testing.T) {
	for _, c := range []struct{ lang, ask, want, notWant string }{
		{"ko", "전주 한옥 숙소 찾아줘", "전주에는 예약할 수 있는 숙소가 없어요. 서울, 부산, 제주에서 찾아 드릴 수 있어요. 어느 도시로 찾아볼까요?", "한옥 스테이"},
		{"en", "a hotel in Jeonju", "I have no places to stay in Jeonju. I can look in Seoul, Busan, Jeju: which city shall I try?", "Hotel"},
		{"en2", "find me a hotel in Jeonju for next friday, 1 night, 2 people", "I have no places to stay in Jeonju.", "Hotel"},
		{"ko2", "대구 맛집 내일 저녁 7시 2명", "대구에는 예약할 수 있는 식당이 없어요. 서울, 부산, 제주에서 찾아 드릴 수 있어요.", "트라토리아"},
		{"en3", "a table in Daegu tomorrow at 7pm for 2", "I have no restaurants in Daegu. I can look in Seoul, Busan, Jeju", "Trattoria"},
	} {
		w := newWorld(t)
		got := w.say(c.lang, "assistant", c.ask)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.notWant) {
			t.Errorf("%s: %q → %q, want %q", c.lang, c.ask, got, c.want)
		}
		if card := w.out.lastCard(c.lang); len(card.Items) > 0 {
			t.Errorf("%s: %q showed places %+v", c.lang, c.ask, card.Items)
		}
	}
	// The city named next carries the search on, in that city.
	w := newWorld(t)
	w.say("k", "assistant", "전주 한옥 숙소 찾아줘")
	w.say("k", "assistant", "부산으로")
	w.say("k", "assistant", "다음주 금요일")
	must(t, w.say("k", "assistant", "1박"), "숲 한옥 스테이")
	for _, it := range w.out.lastCard("k").Items {
		if !strings.Contains(it.Subtitle, "광안리") && !strings.Contains(it.Subtitle, "해운대") && !strings.Contains(it.Subtitle, "서면") && !strings.Contains(it.Subtitle, "남포동") {
			t.Errorf("after 부산으로: %+v is not in Busan", it)
		}
	}
}

// TestCheaperIsNotABudget: "cheaper ones" narrows the list shown; it is
// not the user's budget. The narrowed list never calls its bound "your
// budget", and a similar search after it keeps only the budget the user
// stated (none, or ₩100,000: what is within it first), never the
// narrowing bound (everything "over your ₩18,999 budget").
func TestCheaperIsNotABudget(t *testing.T) {
	for _, c := range []struct {
		lang, search, cheaper, cheap, similar string
		want, notWant                         []string
	}{
		{"en", "tumblers", "cheaper ones", "SoriLab Tumbler Air ₩10,600", "similar to the first",
			[]string{"Baram Tumbler Pro ₩10,700"}, []string{"budget"}},
		{"ko", "텀블러", "더 싼 거", "소리랩 텀블러 Air 10,600원", "1번이랑 비슷한 거",
			[]string{"바람 텀블러 Pro 10,700원"}, []string{"예산"}},
		{"en budget", "wireless earbuds under 100000", "cheaper ones", "SoriLab Wireless Earbuds Air at ₩19,000", "similar ones",
			[]string{"Chorok Wireless Earbuds Mini ₩74,700", "Hanbit Wireless Earbuds Plus ₩58,800"}, []string{"₩18,999", "Maru Wireless Earbuds One"}},
		{"ko budget", "무선 이어폰 10만원 이하", "더 싼 거", "소리랩 무선 이어폰 Air(19,000원)", "비슷한 거",
			[]string{"초록 무선 이어폰 Mini 74,700원", "한빛 무선 이어폰 Plus 58,800원"}, []string{"18,999원", "마루 무선 이어폰 One"}},
	} {
		w := newWorld(t)
		w.say("u", "shopper", c.search)
		got := w.say("u", "shopper", c.cheaper)
		if !strings.Contains(got, c.cheap) || strings.Contains(got, "budget of ₩10,699") || strings.Contains(got, "10,699원 이하 예산") {
			t.Errorf("%s: %q → %q, want %q and no budget of the bound", c.lang, c.cheaper, got, c.cheap)
		}
		got = w.say("u", "shopper", c.similar)
		for _, s := range c.want {
			if !strings.Contains(got, s) {
				t.Errorf("%s: %q → %q, want %q", c.lang, c.similar, got, s)
			}
		}
		for _, s := range c.notWant {
			if strings.Contains(got, s) {
				t.Errorf("%s: %q → %q, must not say %q", c.lang, c.similar, got, s)
			}
		}
	}
}

// TestWhenWillItArrive: asked when a delivery order arrives, the reply
// says the day and hour it is expected (payment plus the delivery
// schedule), not only its status.
func TestWhenWillItArrive(t *testing.T) {
	for _, c := range []struct {
		lang string
		buy  []string
		when string
		want string
	}{
		{"en", []string{"show me some tumblers", "add number 1 to my cart", "check out with my visa, deliver to 12 itaewon-ro, yongsan-gu seoul apt 3b"},
			"when will it arrive?", "Your order of Baram Tumbler Pro × 1 is paid; it should arrive by Tue, Dec 8, 11 AM."},
		{"ko", []string{"텀블러 보여줘", "1번 담아줘", "결제해줘", "배송", "서울 용산구 이태원로 12 해밀톤빌 302호", "비자"},
			"언제 도착해?", "바람 텀블러 Pro × 1 주문은 지금 ‘결제 완료’ 상태예요. 12월 8일(화) 오전 11시까지 도착할 예정이에요."},
	} {
		w := newWorld(t)
		for _, s := range c.buy {
			w.say(c.lang, "shopper", s)
		}
		w.confirm(c.lang, "shopper", true)
		must(t, w.say(c.lang, "shopper", c.when), c.want)
	}
}

// TestAllergyGoesWithTheBooking: an allergy the user told the assistant
// is carried into the table's request (shown on the confirmation card),
// and a restaurant whose cuisine it conflicts with is named in a warning
// on the card.
func TestAllergyGoesWithTheBooking(t *testing.T) {
	for _, c := range []struct {
		lang, fact, find, pick, request, warn string
	}{
		{"en", "I'm allergic to peanuts", "book a table at On Trattoria tomorrow 7pm for 2", "1", "allergy: peanuts", ""},
		{"ko", "저 땅콩 알레르기가 있어요", "내일 저녁 7시 온 트라토리아 2명 예약해줘", "1번", "땅콩 알레르기", ""},
		{"en2", "I'm allergic to shrimp", "seafood in Hongdae tomorrow at 7pm for 2", "the first one", "allergy: shrimp",
			"Note: Byeol Seafood is a seafood restaurant, and you told me you're allergic to shrimp; please check with them."},
		{"ko2", "저 새우 알레르기가 있어요", "내일 저녁 7시 홍대 해산물 2명", "1번", "새우 알레르기",
			"주의: 별 해물은 해산물 식당이에요. 새우 알레르기가 있다고 하셔서 알려 드려요."},
	} {
		w := newWorld(t)
		w.say(c.lang, "assistant", c.fact)
		w.say(c.lang, "assistant", c.find)
		w.say(c.lang, "assistant", c.pick)
		if got := w.confirmField(c.lang, "Request"); got != c.request {
			t.Errorf("%s: request on the card %q, want %q", c.lang, got, c.request)
		}
		sum := w.out.lastConfirm(c.lang).Summary
		if c.warn != "" && !strings.Contains(sum, c.warn) || c.warn == "" && (strings.Contains(sum, "Note:") || strings.Contains(sum, "주의:")) {
			t.Errorf("%s: summary %q, want the warning %q", c.lang, sum, c.warn)
		}
	}
	// Without a remembered allergy the card has no request.
	w := newWorld(t)
	w.say("n", "assistant", "book a table at On Trattoria tomorrow 7pm for 2")
	w.say("n", "assistant", "1")
	if got := w.confirmField("n", "Request"); got != "" {
		t.Errorf("no allergy told: request %q", got)
	}
}

// TestChatWith: chat's "w/" and "w" for "with" bring people in like
// "with" does, and a time said in a new request replaces the window of
// the one before ("lunch" was 11:00–14:00).
func TestChatWith(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("a", "assistant", "lunch w/ Minsu tomorrow"), "Tue, Dec 8, 11 AM–12 PM")
	w.say("a", "assistant", "the first one")
	must(t, w.out.lastConfirm("a").Summary, "invite Minsu Kim.")
	for _, u := range []struct{ user, ask string }{{"b", "call w/ junho tomorrow 10am"}, {"c", "call with junho tomorrow 10am"}} {
		if got := w.say(u.user, "assistant", u.ask); strings.Contains(got, "Which one?") {
			w.say(u.user, "assistant", "the first one")
		}
		// the invitation goes to Junho alone, not to "w" or "with"
		must(t, w.out.lastConfirm(u.user).Summary, "Tue, Dec 8, 10–11 AM", "and invite Junho Choi.")
	}
	w.say("d", "assistant", "lunch w/ Minsu tomorrow")
	must(t, w.say("d", "assistant", "meeting w jiyoung tomorrow at 10am"), "Tue, Dec 8, 10–11 AM")
	w.say("d", "assistant", "the first one")
	must(t, w.out.lastConfirm("d").Summary, "Jiyoung Lee")
}

// TestListContacts: asking who is in the directory lists its people;
// looking one up still finds only that one.
func TestListContacts(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct{ user, ask string }{
		{"e", "who's in my contacts?"}, {"e2", "show me my contacts"}, {"e3", "list everyone in the directory"},
		{"k", "내 연락처 보여줘"}, {"k2", "주소록 보여줘"}, {"k3", "연락처 목록 알려줘"},
	} {
		must(t, w.say(c.user, "assistant", c.ask), "김민수 (Minsu Kim)", "최준호 (Junho Choi)", "이지영 (Jiyoung Lee)")
	}
	got := w.say("f", "assistant", "look up Minsu in the directory")
	must(t, got, "김민수 (Minsu Kim)")
	if strings.Contains(got, "Junho") {
		t.Errorf("a look-up for Minsu lists %q", got)
	}
}

// meet asks for a meeting and confirms it: picked from the times offered
// when they are offered (pick), or at once when the request named one.
func (w *world) meet(user, ask, pick string) {
	w.t.Helper()
	w.out.mu.Lock()
	before := len(w.out.confirms[user])
	w.out.mu.Unlock()
	w.say(user, "assistant", ask)
	w.out.mu.Lock()
	asked := len(w.out.confirms[user]) > before
	w.out.mu.Unlock()
	if !asked {
		w.say(user, "assistant", pick)
	}
	w.confirm(user, "assistant", true)
}

// TestMoveAMeetingWithOthers: moving a meeting the user organised with
// others asks to confirm the new time, then moves it in everyone's
// calendar and tells them; a time an invitee is busy is said so and the
// meeting stays.
func TestMoveAMeetingWithOthers(t *testing.T) {
	for _, c := range []struct {
		lang, make, pick, move, summary, done, busy, busyWant string
	}{
		{"en", "meeting with Junho tomorrow at 2pm", "the first one", "move the meeting with Junho to 11am",
			"Move “Meeting” to Tue, Dec 8, 11 AM–12 PM and tell Junho Choi.", "“Meeting” is now on Tue, Dec 8, 11 AM–12 PM, and I let Junho Choi know.",
			"move the meeting with Junho to 4pm", "Junho Choi is busy then, so I left “Meeting” as it is."},
		{"ko", "내일 오후 2시에 준호랑 회의 잡아줘", "1번", "준호랑 회의 11시로 옮겨줘",
			"‘회의’를 12월 8일(화) 오전 11시–오후 12시로 옮기고 최준호에게 알립니다.", "‘회의’를 12월 8일(화) 오전 11시–오후 12시로 옮기고 최준호에게 알렸어요.",
			"준호랑 회의 4시로 옮겨줘", "최준호님은 그 시간에 일정이 있어서 ‘회의’는 그대로 두었어요."},
	} {
		w := newWorld(t)
		w.meet(c.lang, c.make, c.pick)
		if evs := w.sch.Events(); len(evs) == 1 && evs[0].Title != "Meeting" && c.lang == "en" {
			// made straight from the words, it is called what they say
			for _, s := range []*string{&c.summary, &c.done, &c.busyWant} {
				*s = strings.ReplaceAll(*s, "Meeting", evs[0].Title)
			}
		}
		w.out.mu.Lock()
		said := len(w.out.speech[c.lang])
		w.out.mu.Unlock()
		must(t, w.say(c.lang, "assistant", c.busy), c.busyWant)
		w.out.mu.Lock()
		for _, h := range w.out.speech[c.lang][said:] {
			if strings.Contains(h, "card") || strings.Contains(h, "카드") {
				t.Errorf("%s: %q, a time Junho is busy, was answered with %q", c.lang, c.busy, h)
			}
		}
		w.out.mu.Unlock()
		w.say(c.lang, "assistant", c.move)
		cf := w.out.lastConfirm(c.lang)
		if cf.Action != "sched_reschedule_meeting" || cf.Summary != c.summary {
			t.Fatalf("%s: confirm %+v, want %q", c.lang, cf, c.summary)
		}
		must(t, w.confirm(c.lang, "assistant", true), c.done)
		for _, e := range w.sch.Events() {
			if h := e.Start.In(time.FixedZone("KST", 9*3600)).Hour(); h != 11 {
				t.Errorf("%s: the meeting starts at %d:00, want 11:00", c.lang, h)
			}
		}
	}
}

// TestInviteAtABusyTime: a meeting asked for at a time an invitee is busy
// says who is busy and asks for another time — it used to retry the same
// call until "That took too many steps at once".
func TestInviteAtABusyTime(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("e", "assistant", "sync with Junho at 4pm tomorrow"), "Junho Choi is busy then. What other time?")
	w.say("e", "assistant", "11am")
	must(t, w.out.lastConfirm("e").Summary, "Tue, Dec 8, 11 AM–12 PM", "Junho Choi")
	for _, ask := range []string{"내일 오후 4시에 준호랑 회의 잡아줘", "내일 4시에 준호랑 싱크 미팅 잡고 초대해줘"} {
		if got := w.say("k", "assistant", ask); got == "" || strings.Contains(got, "너무 많은 일") {
			t.Errorf("%q → %q", ask, got)
		}
	}
}

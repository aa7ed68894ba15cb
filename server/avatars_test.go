package server_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
	"github.com/madang-world/madang/skills/skilltest"
	_ "github.com/madang-world/madang/skills/standard"
)

// newAvatarServer runs the campus with its three avatars; skills run on a
// manual clock that starts Monday 2026-12-07 09:00 KST.
func newAvatarServer(t *testing.T, dir string, clock *skilltest.Clock) *testServer {
	t.Helper()
	if clock == nil {
		clock = skilltest.NewClock(skilltest.Start)
	}
	return newTestServer(t, &server.Options{DataDir: dir, World: campus(), Avatars: avatars.Campus(), Clock: clock, Speed: 15})
}

// avatarIn finds the avatar entity with role in b's view.
func avatarIn(t *testing.T, b *bot, role string) uint32 {
	t.Helper()
	var id uint32
	eventually(t, 5*time.Second, func() error {
		for _, e := range b.Mirror.Entities() {
			if e.Kind == protocol.KindAvatar && e.Role == role {
				id = e.ID
				return nil
			}
		}
		return fmt.Errorf("no %s avatar in view", role)
	})
	return id
}

// reply is what one turn of an avatar produced for the speaker.
type reply struct {
	speech  []string
	cards   []protocol.Card
	confirm *protocol.ConfirmRequest
	errors  []protocol.Error
	notices []protocol.Notice
}

func (r reply) text() string { return strings.Join(r.speech, " ") }

// collect reads b's events until the avatar finishes a reply (a final
// speech chunk) and, if wantConfirm, a confirm request.
func collect(t *testing.T, b *bot, wantConfirm bool) reply {
	t.Helper()
	var r reply
	var cur strings.Builder
	done := false
	deadline := time.After(10 * time.Second)
	for !done || wantConfirm && r.confirm == nil {
		select {
		case ev := <-b.Events():
			switch p := ev.Payload.(type) {
			case *protocol.Speech:
				cur.WriteString(p.Text)
				if p.Final {
					r.speech = append(r.speech, cur.String())
					cur.Reset()
					done = true
				}
			case *protocol.Card:
				r.cards = append(r.cards, *p)
			case *protocol.ConfirmRequest:
				r.confirm = p
			case *protocol.Error:
				r.errors = append(r.errors, *p)
				done = true
			case *protocol.Notice:
				r.notices = append(r.notices, *p)
			}
		case <-deadline:
			t.Fatalf("no complete reply; so far %+v", r)
		}
	}
	return r
}

func talk(t *testing.T, b *bot, avatar uint32, text string, wantConfirm bool) reply {
	t.Helper()
	if _, err := b.Talk(avatar, text); err != nil {
		t.Fatal(err)
	}
	r := collect(t, b, wantConfirm)
	t.Logf("%s: %s\n  ← %s", b.cred.User.Name, text, r.text())
	return r
}

func confirm(t *testing.T, b *bot, nonce string) reply {
	t.Helper()
	if err := b.Confirm(nonce); err != nil {
		t.Fatal(err)
	}
	r := collect(t, b, false)
	t.Logf("%s confirms\n  ← %s", b.cred.User.Name, r.text())
	return r
}

func has(t *testing.T, s string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Fatalf("%q lacks %q", s, w)
		}
	}
}

func TestAvatarsInTheWorld(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "학생")
	j := b.join(t, "classroom")
	found := false
	for _, e := range j.Entities {
		if e.Kind == protocol.KindAvatar && e.Role == "tutor" && e.Name == "하나 선생님" && e.Look == "tutor-1" {
			found = true
		}
	}
	if !found {
		t.Fatalf("no tutor in %+v", j.Entities)
	}
	tutor := avatarIn(t, b, "tutor")
	// An observer in the room sees the tutor's state but none of the words.
	obs := newBot(t, ts, "관찰자")
	obs.join(t, "classroom")
	b.MoveTo(16, 15)
	eventually(t, 10*time.Second, func() error { return at(b, j.You, 16, 15) })
	r := talk(t, b, tutor, "광합성이 뭐야?", false)
	has(t, r.text(), "빛에너지", "출처")
	if len(r.cards) == 0 || len(r.cards[0].Sources) == 0 || r.cards[0].Avatar != tutor {
		t.Fatalf("cards %+v", r.cards)
	}
	// The tutor walks over to the student and stands beside them, on
	// their row (a figure above or below another is drawn over it).
	eventually(t, 10*time.Second, func() error {
		e, _ := b.Mirror.Entity(tutor)
		if abs(e.Y-15) > 0.01 || abs(abs(e.X-16)-1) > 0.01 {
			return fmt.Errorf("tutor at (%.1f,%.1f), student at (16,15)", e.X, e.Y)
		}
		return nil
	})
	// The room sees the tutor's state (it may still be on its way: the
	// room sends avatar news once per tick), never what was said.
	sawState := false
	eventually(t, 10*time.Second, func() error {
		for len(obs.Events()) > 0 {
			switch p := (<-obs.Events()).Payload.(type) {
			case *protocol.AvatarState:
				sawState = sawState || p.Avatar == tutor
			case *protocol.Speech, *protocol.Card, *protocol.ConfirmRequest:
				t.Fatalf("observer received %T", p)
			}
		}
		if !sawState {
			return fmt.Errorf("observer never saw the tutor's state")
		}
		return nil
	})
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// TestAssistantMeeting: "내일 오후에 민수랑 지영이랑 한 시간 회의 잡아줘" →
// slots → pick → confirmation card → confirm → in the calendars.
func TestAssistantMeeting(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "김대리")
	b.join(t, "lobby")
	jini := avatarIn(t, b, "assistant")
	r := talk(t, b, jini, "내일 오후에 민수랑 지영이랑 한 시간 회의 잡아줘", false)
	has(t, r.text(), "김민수", "이지영", "1)")
	if len(r.cards) == 0 || r.cards[0].Kind != protocol.CardSlots {
		t.Fatalf("cards %+v", r.cards)
	}
	r = talk(t, b, jini, "첫 번째로 해줘", true)
	if r.confirm.Action != "sched_invite" || len(r.confirm.Fields) < 3 {
		t.Fatalf("confirm %+v", r.confirm)
	}
	r = confirm(t, b, r.confirm.Nonce)
	has(t, r.text(), "초대장을 보냈어요")
	r = talk(t, b, jini, "내일 일정 알려줘", false)
	has(t, r.text(), "회의")
}

// TestAssistantRestaurantEnglish: with a correction on the way.
func TestAssistantRestaurantEnglish(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "Jane")
	b.join(t, "lobby")
	jini := avatarIn(t, b, "assistant")
	has(t, talk(t, b, jini, "Book an italian restaurant in Gangnam tonight at 7pm for 4", false).text(), "Which one?")
	has(t, talk(t, b, jini, "actually make it 6pm instead", false).text(), "Which one?")
	r := talk(t, b, jini, "the first one", true)
	// The card is in the conversation's language (protocol README §5).
	has(t, r.confirm.Summary, "Confirm", "6 PM", "for 4")
	if agents.DetectLang(r.confirm.Summary) != "en" {
		t.Errorf("an English conversation's confirmation summary is in Korean: %q", r.confirm.Summary)
	}
	r = confirm(t, b, r.confirm.Nonce)
	has(t, r.text(), "confirmed", "6 PM", "On Trattoria")
	has(t, talk(t, b, jini, "show my bookings", false).text(), "Trattoria")
}

// TestShopping: "5만원 이하 무선 이어폰 추천해줘" → products with reasons →
// add to cart → checkout → confirm → paid → delivery status.
func TestShopping(t *testing.T) {
	clock := skilltest.NewClock(skilltest.Start)
	ts := newAvatarServer(t, "", clock)
	b := newBot(t, ts, "쇼핑객")
	b.join(t, "store")
	has(t, collect(t, b, false).text(), "어서 오세요") // greeted at the entrance
	daon := avatarIn(t, b, "shopper")
	r := talk(t, b, daon, "5만원 이하 무선 이어폰 추천해줘", false)
	if len(r.cards) == 0 || r.cards[0].Kind != protocol.CardProducts || r.cards[0].Items[0].Reason == "" || !strings.Contains(r.cards[0].Items[0].Title, "무선 이어폰") {
		t.Fatalf("cards %+v", r.cards)
	}
	has(t, talk(t, b, daon, "첫 번째 거 장바구니에 담아줘", false).text(), "장바구니에 담았어요")
	has(t, talk(t, b, daon, "결제해줘", false).text(), "배송")
	has(t, talk(t, b, daon, "배송으로 해줘", false).text(), "주소")
	has(t, talk(t, b, daon, "서울 강남구 테헤란로 123", false).text(), "어느 카드")
	r = talk(t, b, daon, "비자카드 •••• 4242", true)
	if r.confirm.Action != "shop_checkout" {
		t.Fatalf("confirm %+v", r.confirm)
	}
	r = confirm(t, b, r.confirm.Nonce)
	has(t, r.text(), "결제가 완료됐어요")
	clock.Advance(7 * time.Hour) // packed, shipped
	waitEvent(t, b, 5*time.Second, func(ev client.Event) bool {
		n, ok := ev.Payload.(*protocol.Notice)
		return ok && n.Kind == "delivery" && strings.Contains(n.Text, "배송 중")
	})
	has(t, talk(t, b, daon, "배송 상태 알려줘", false).text(), "배송 중")
}

// TestShopperGreetsAndOffersCheckout: zone events start flows.
func TestShopperGreetsAndOffersCheckout(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "손님")
	b.join(t, "store") // spawns in the entrance zone
	r := collect(t, b, false)
	has(t, r.text(), "어서 오세요")
	daon := avatarIn(t, b, "shopper")
	talk(t, b, daon, "비건 김치 찾아줘", false)
	talk(t, b, daon, "1번 담아줘", false)
	b.MoveTo(6, 21) // the checkout zone
	r = collect(t, b, false)
	has(t, r.text(), "결제를 도와드릴까요")
}

func TestTutorQuizEnglishAndKorean(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "Sam")
	b.join(t, "classroom")
	tutor := avatarIn(t, b, "tutor")
	has(t, talk(t, b, tutor, "How do I say thank you in Korean?", false).text(), "Gamsahamnida", "Source")
	has(t, talk(t, b, tutor, "양자역학이 뭐야?", false).text(), "수업 자료에 없어서")
	r := talk(t, b, tutor, "광합성 퀴즈 내줘", false)
	has(t, r.text(), "1/3")
	if len(r.cards) == 0 || r.cards[0].Kind != protocol.CardQuiz {
		t.Fatalf("cards %+v", r.cards)
	}
	has(t, talk(t, b, tutor, "엽록체", false).text(), "정답이에요", "2/3")
}

// TestConfirmationGate: only the right user's confirm, once, in time, runs
// an irreversible action; a spoken yes never does.
func TestConfirmationGate(t *testing.T) {
	clock := skilltest.NewClock(skilltest.Start)
	ts := newAvatarServer(t, "", clock)
	a := newBot(t, ts, "에이")
	a.join(t, "lobby")
	mallory := newBot(t, ts, "말로리")
	mallory.join(t, "lobby")
	jini := avatarIn(t, a, "assistant")

	book := func() *protocol.ConfirmRequest {
		t.Helper()
		talk(t, a, jini, "내일 저녁 7시에 강남에서 2명 이탈리안 예약해줘", false)
		return talk(t, a, jini, "1번", true).confirm
	}
	c := book()
	// A relayed yes does nothing.
	has(t, talk(t, a, jini, "응 확인했어", false).text(), "버튼")
	// Someone else's socket, with the right nonce: refused.
	mallory.Confirm(c.Nonce)
	ev := waitEvent(t, mallory, 5*time.Second, func(ev client.Event) bool { _, ok := ev.Payload.(*protocol.Error); return ok })
	if ev.Payload.(*protocol.Error).Code != protocol.CodeUnknownConfirmation {
		t.Fatalf("foreign socket: %+v", ev.Payload)
	}
	// Double click: two confirms back to back → one booking, one refusal
	// (in either order).
	a.Confirm(c.Nonce)
	a.Confirm(c.Nonce)
	booked, refused := 0, 0
	var said strings.Builder
	timeout := time.After(10 * time.Second)
	for booked+refused < 2 {
		select {
		case ev := <-a.Events():
			switch p := ev.Payload.(type) {
			case *protocol.Speech:
				said.WriteString(p.Text)
				if p.Final {
					if strings.Contains(said.String(), "예약이 확정됐어요") {
						booked++
					}
					said.Reset()
				}
			case *protocol.Error:
				if p.Code != protocol.CodeUnknownConfirmation {
					t.Fatalf("second click: %+v", p)
				}
				refused++
			}
		case <-timeout:
			t.Fatalf("double click: %d booked, %d refused", booked, refused)
		}
	}
	if booked != 1 || refused != 1 {
		t.Fatalf("double click: %d booked, %d refused", booked, refused)
	}
	var r reply
	// Replayed nonce later: refused.
	a.Confirm(c.Nonce)
	waitEvent(t, a, 5*time.Second, func(ev client.Event) bool {
		e, ok := ev.Payload.(*protocol.Error)
		return ok && e.Code == protocol.CodeUnknownConfirmation
	})
	// Expired nonce: the skills Host refuses it, nothing is booked.
	c2 := book()
	clock.Advance(6 * time.Minute)
	has(t, confirm(t, a, c2.Nonce).text(), "만료")
	r = talk(t, a, jini, "내 예약 확인해줘", false)
	if n := confirmedIn(r); n != 1 {
		t.Fatalf("%d confirmed bookings after the gate tests, want exactly 1: %s %+v", n, r.text(), r.cards)
	}
}

// TestConversationSurvivesRestart: a restart while a confirmation is
// pending leaves the conversation waiting; confirming after the restart
// books exactly once.
func TestConversationSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	clock := skilltest.NewClock(skilltest.Start)
	ts := newAvatarServer(t, dir, clock)
	a := newBot(t, ts, "재시작")
	a.join(t, "lobby")
	jini := avatarIn(t, a, "assistant")
	talk(t, a, jini, "내일 저녁 7시에 강남에서 2명 이탈리안 예약해줘", false)
	c := talk(t, a, jini, "1번", true).confirm
	ts.stop(t)

	ts2 := newAvatarServer(t, dir, clock)
	b, err := client.Dial(ctxT(t), ts2.URL, a.cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	bb := &bot{Conn: b, cred: a.cred}
	bb.join(t, "lobby")
	if err := bb.Confirm(c.Nonce); err != nil {
		t.Fatal(err)
	}
	has(t, collect(t, bb, false).text(), "예약이 확정됐어요")
	r := talk(t, bb, jini, "내 예약 확인해줘", false)
	if n := confirmedIn(r); n != 1 {
		t.Fatalf("bookings after restart: %s %+v", r.text(), r.cards)
	}
}

// confirmedIn counts confirmed bookings on the reply's booking card.
func confirmedIn(r reply) int {
	n := 0
	for _, c := range r.cards {
		if c.Kind == protocol.CardBooking {
			for _, it := range c.Items {
				if it.Status == "확정" { // display text in the conversation's language
					n++
				}
			}
		}
	}
	return n
}

// TestClassQuiz30: a class quiz for 30 students in the classroom, answered
// over real WebSockets, with live results for everyone.
func TestClassQuiz30(t *testing.T) {
	if testing.Short() {
		t.Skip("30 students")
	}
	ts := newAvatarServer(t, "", nil)
	const n = 30
	bots := make([]*bot, n)
	for i := range bots {
		bots[i] = newBot(t, ts, fmt.Sprintf("학생%02d", i))
		bots[i].join(t, "classroom")
	}
	tutor := avatarIn(t, bots[0], "tutor")
	r := talk(t, bots[0], tutor, "일차방정식 반 퀴즈 시작해요", false)
	has(t, r.text(), "반 전체 퀴즈를 시작했어요", "30명")
	answers := [][]string{{"x = 4", "7", "3번"}, {"x = 5", "7", "3번"}} // every other student gets the first one wrong
	errs := make(chan error, n)
	for i, b := range bots {
		go func() {
			// Wait for the question card on the board (boards are broadcast
			// at the room's next tick, so even the starter waits for it).
			deadline := time.After(15 * time.Second)
			got := false
			for _, c := range r.cards {
				got = got || i == 0 && c.Kind == protocol.CardQuiz
			}
			for !got {
				select {
				case ev := <-b.Events():
					if c, ok := ev.Payload.(*protocol.Card); ok && c.Kind == protocol.CardQuiz {
						got = true
					}
				case <-deadline:
					errs <- fmt.Errorf("student %d saw no quiz card", i)
					return
				}
			}
			for _, a := range answers[i%2] {
				if _, err := b.Talk(tutor, a); err != nil {
					errs <- fmt.Errorf("student %d: talk: %w (the connection ended: %v)", i, err, b.Err())
					return
				}
				// Wait for this answer's reply before the next.
				deadline := time.After(15 * time.Second)
				for done := false; !done; {
					select {
					case ev := <-b.Events():
						switch p := ev.Payload.(type) {
						case *protocol.Speech:
							done = p.Final
						case *protocol.Error:
							errs <- fmt.Errorf("student %d: %v", i, p)
							return
						}
					case <-deadline:
						errs <- fmt.Errorf("student %d: no reply to %q", i, a)
						return
					}
				}
			}
			errs <- nil
		}()
	}
	for range bots {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	// Every board shows the final results.
	r = talk(t, bots[0], tutor, "반 퀴즈 끝", false)
	has(t, r.text(), "반 퀴즈를 마칠게요")
	// Live results reach every board during the quiz; the final board may
	// arrive at student 2 a moment after the tutor's reply to student 0,
	// so wait for it rather than reading whatever is queued.
	var final *protocol.Card
	deadline := time.After(10 * time.Second)
	for final == nil || !strings.Contains(final.Title, "30/30") {
		select {
		case ev := <-bots[2].Events():
			if c, ok := ev.Payload.(*protocol.Card); ok && c.Kind == protocol.CardResults {
				final = c
			}
		case <-deadline:
			t.Fatalf("final results %+v", final)
		}
	}
	if !strings.Contains(final.Items[0].Subtitle, "정답 15 · 오답 15") || !strings.Contains(final.Items[1].Subtitle, "정답 30") {
		t.Fatalf("per question %+v", final.Items)
	}
}

// TestFloorControl: raised hands are answered in turn.
func TestFloorControl(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	a, b, c := newBot(t, ts, "가"), newBot(t, ts, "나"), newBot(t, ts, "다")
	for _, x := range []*bot{a, b, c} {
		x.join(t, "classroom")
	}
	tutor := avatarIn(t, a, "tutor")
	has(t, talk(t, a, tutor, "손 들게요", false).text(), "말씀하세요")
	has(t, talk(t, b, tutor, "저도 질문 있어요", false).text(), "1번째 순서")
	has(t, talk(t, c, tutor, "등식의 성질이 뭐예요?", false).text(), "다른 친구 차례", "2번째")
	has(t, talk(t, a, tutor, "이항이 뭐예요?", false).text(), "부호를 바꾸어", "출처")
	has(t, collect(t, b, false).text(), "이제 질문하세요")
	// 나 has the floor and walks out without asking: the floor passes to
	// 다, who is answered instead of waiting for good.
	if err := b.Leave(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	has(t, talk(t, c, tutor, "등식의 성질이 뭐예요?", false).text(), "등식", "출처")
}

// TestAnswersCarryRe: every chunk, card and confirmation request of an
// answer names the client message it answers ("re"); a greeting nobody
// asked for names none. Clients and bots match answers to questions by it.
func TestAnswersCarryRe(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	b := newBot(t, ts, "손님")
	b.join(t, "store") // the greeting at the entrance
	check := func(r reply, re string, raw []any) {
		t.Helper()
		for _, p := range raw {
			var got string
			switch p := p.(type) {
			case *protocol.Speech:
				got = p.Re
			case *protocol.Card:
				got = p.Re
			case *protocol.ConfirmRequest:
				got = p.Re
			default:
				continue
			}
			if got != re {
				t.Fatalf("%T answers %q, want %q (%s)", p, got, re, r.text())
			}
		}
	}
	// collectRaw is collect that also keeps the payloads.
	collectRaw := func(wantConfirm bool) (reply, []any) {
		t.Helper()
		var r reply
		var raw []any
		for done := false; !done || wantConfirm && r.confirm == nil; {
			select {
			case ev := <-b.Events():
				raw = append(raw, ev.Payload)
				switch p := ev.Payload.(type) {
				case *protocol.Speech:
					if p.Final {
						r.speech, done = append(r.speech, p.Text), true
					}
				case *protocol.Card:
					r.cards = append(r.cards, *p)
				case *protocol.ConfirmRequest:
					r.confirm = p
				}
			case <-time.After(10 * time.Second):
				t.Fatal("no reply")
			}
		}
		return r, raw
	}
	r, raw := collectRaw(false)
	check(r, "", raw)
	daon := avatarIn(t, b, "shopper")
	id, _ := b.Talk(daon, "무선 이어폰 추천해줘")
	r, raw = collectRaw(false)
	if len(r.cards) == 0 {
		t.Fatal("no products card")
	}
	check(r, id, raw)
	b.Talk(daon, "1번 담아줘")
	collectRaw(false)
	id, _ = b.Talk(daon, "결제해줘, 강남에서 픽업할게요, 비자카드로")
	r, raw = collectRaw(true)
	check(r, id, raw)
	if err := b.Send(protocol.TypeConfirm, "yes-1", &protocol.Confirm{Nonce: r.confirm.Nonce}); err != nil {
		t.Fatal(err)
	}
	r, raw = collectRaw(false)
	if len(r.cards) == 0 || r.cards[0].Kind != protocol.CardOrder {
		t.Fatalf("after confirm: %+v", r)
	}
	check(r, "yes-1", raw)
}

// TestTutorMore: "자세히" / "tell me more" right after a tutor's grounded
// answer is the rest of that lesson section (tutoring.Grounded.More) with
// the same source line; a second one hears kindly that there is no more,
// and anything in between makes it an ordinary text again.
func TestTutorMore(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	a := newBot(t, ts, "가")
	a.join(t, "classroom")
	tutor := avatarIn(t, a, "tutor")
	ans := talk(t, a, tutor, "지진 규모랑 진도 차이가 뭐야?", false).text()
	has(t, ans, "진도", "출처: 중학교 지구과학 · 지진과 화산 § 규모와 진도")
	more := talk(t, a, tutor, "자세히", false).text()
	// The rest of the section, not the answer again, with its source.
	has(t, more, "약 32배 커져요", "흔들림이나 피해의 정도", "(출처: 중학교 지구과학 · 지진과 화산 § 규모와 진도)")
	if strings.Contains(ans, "32배") || strings.Contains(more, "장소마다 달라요") {
		t.Fatalf("answer %q and more %q overlap", ans, more)
	}
	has(t, talk(t, a, tutor, "더 알려주세요", false).text(), "여기까지예요")

	has(t, talk(t, a, tutor, "what is photosynthesis?", false).text(), "light energy", "(Source: Science · Middle school · Photosynthesis")
	has(t, talk(t, a, tutor, "tell me more", false).text(), "Oxygen is made at the same time", "chemical energy",
		"(Source: Science · Middle school · Photosynthesis § What photosynthesis is)")
	// Something else in between: "more" no longer refers to that answer.
	has(t, talk(t, a, tutor, "what is photosynthesis?", false).text(), "light energy")
	talk(t, a, tutor, "thanks", false)
	if got := talk(t, a, tutor, "more please", false).text(); strings.Contains(got, "Oxygen is made") {
		t.Fatalf("more after thanks = %q, want it not to go on with the answer before", got)
	}
}

// TestTurnFileMovesConversations: a data directory written with three
// turn files keeps them when the server starts with the default
// (TurnFileAuto); started with TurnFileOne the server moves the
// conversations, the skills' records and the tutor's progress into
// turns.db, and a quiz begun before goes on where it was — after that
// restart and the next, which is back on the default and stays on the
// one file. Three files are then refused.
func TestTurnFileMovesConversations(t *testing.T) {
	dir := t.TempDir()
	clock := skilltest.NewClock(skilltest.Start)
	opts := func(mode server.TurnFileMode) *server.Options {
		return &server.Options{DataDir: dir, World: campus(), Avatars: avatars.Campus(), Clock: clock, Speed: 15, TurnFile: mode}
	}
	start := func(mode server.TurnFileMode) *testServer { return newTestServer(t, opts(mode)) }
	threeFiles := func(round string) {
		for _, f := range server.TurnFiles {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Fatalf("%s: %v", round, err)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, server.TurnDB)); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%s: turns.db beside the three files (%v)", round, err)
		}
	}
	ts := start(server.TurnFileThree)
	a := newBot(t, ts, "민지")
	a.join(t, "classroom")
	tutor := avatarIn(t, a, "tutor")
	has(t, talk(t, a, tutor, "광합성 퀴즈 내줘", false).text(), "1/3")
	ts.stop(t)
	threeFiles("three files")

	ts = start(server.TurnFileAuto) // an old directory keeps its files
	c, err := client.Dial(ctxT(t), ts.URL, a.cred.Token, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := &bot{Conn: c, cred: a.cred}
	b.join(t, "classroom")
	has(t, talk(t, b, tutor, "엽록체", false).text(), "정답이에요", "2/3")
	c.Close()
	ts.stop(t)
	threeFiles("default on an old directory")

	for round, mode := range []server.TurnFileMode{server.TurnFileOne, server.TurnFileAuto} {
		ts := start(mode)
		for _, f := range server.TurnFiles {
			if _, err := os.Stat(filepath.Join(dir, f)); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("round %d: %s is still there beside turns.db (%v)", round, f, err)
			}
		}
		for _, f := range []string{"turns.db", "conversations.db.migrated", "skills.db.migrated", "tutoring.db.migrated"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		c, err := client.Dial(ctxT(t), ts.URL, a.cred.Token, nil)
		if err != nil {
			t.Fatal(err)
		}
		b := &bot{Conn: c, cred: a.cred}
		b.join(t, "classroom")
		if round == 0 {
			has(t, talk(t, b, tutor, "2번", false).text(), "3/3") // the quiz's second question answered: it was kept
		} else {
			has(t, talk(t, b, tutor, "산소", false).text(), "퀴즈 끝", "3문제 중 3개 맞혔어요") // its third, after another restart: the tutor kept all three
		}
		c.Close()
		ts.stop(t)
	}
	if _, err := server.New(opts(server.TurnFileThree)); err == nil || !strings.Contains(err.Error(), "turns.db holds the turns' data") {
		t.Fatalf("three files asked for after the move: err = %v, want a refusal naming turns.db", err)
	}
}

// TestTurnFileFresh: a new data directory starts with the one file by
// default, and with three when asked.
func TestTurnFileFresh(t *testing.T) {
	for _, tc := range []struct {
		mode  server.TurnFileMode
		files []string
		not   []string
	}{
		{server.TurnFileAuto, []string{"turns.db"}, append(append([]string(nil), server.TurnFiles...), server.TurnPackFiles...)},
		{server.TurnFileThree, append(append([]string(nil), server.TurnFiles...), server.TurnPackFiles...), []string{"turns.db"}},
	} {
		dir := t.TempDir()
		ts := newTestServer(t, &server.Options{DataDir: dir, World: campus(), Avatars: avatars.Campus(), Clock: skilltest.NewClock(skilltest.Start), Speed: 15, TurnFile: tc.mode})
		a := newBot(t, ts, "Ana")
		a.join(t, "classroom")
		has(t, talk(t, a, avatarIn(t, a, "tutor"), "photosynthesis quiz please", false).text(), "1/3")
		ts.stop(t)
		for _, f := range tc.files {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Errorf("mode %d: %v", tc.mode, err)
			}
		}
		for _, f := range tc.not {
			if _, err := os.Stat(filepath.Join(dir, f)); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("mode %d: %s exists (%v)", tc.mode, f, err)
			}
		}
	}
}

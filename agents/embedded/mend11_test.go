package embedded_test

import "testing"

// TestOverlapRiderAddsTheEvent: a clause that only allows an overlap
// ("겹쳐도 괜찮아요", "overlap is fine") qualifies the request before it,
// which adds an event; it is not a move of the event just added, and a
// move said with one still moves (clock
// Monday 2026-12-07).
func TestOverlapRiderAddsTheEvent(t *testing.T) {
	w := newWorld(t)
	must(t, w.say("k", "assistant", "금요일 오후 2시에 엄마랑 장보기 일정 넣어줘"), "‘엄마랑 장보기’ 일정을 넣었어요")
	must(t, w.say("k", "assistant", "목요일 오전 11시에 은행 다녀오기 일정 추가해 줘, 다른 일정이랑 겹쳐도 괜찮아요"), "‘은행 다녀오기’ 일정을 넣었어요")
	must(t, w.say("k", "assistant", "엄마랑 장보기를 토요일 오전 10시로 옮겨 줘, 겹쳐도 괜찮아"), "‘엄마랑 장보기’ 일정을 12월 12일(토) 오전 10시")
	must(t, w.say("e", "assistant", "add piano practice on friday at 5pm"), "Added “piano practice”")
	must(t, w.say("e", "assistant", "put haircut on thursday at 1pm. overlap is fine"), "Added “haircut”")
}

package titles

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// A new user's trial (trial16): Korean reminders — "내일 아침 9시에 약
// 먹으라고 알려줘", "…엄마한테 전화하기 리마인더 설정해줘", "모레 아침 8시
// 알람 맞춰줘" — were not understood, while "remind me to call mom
// tomorrow at 7pm" added an event (titled "to call mom"); "what reminders
// do i have" listed bookings. A reminder at a day and time said is an
// event of one's own at that time, titled with what to be reminded of;
// the reminders asked for are the calendar's events.
var (
	// koRemindRe asks for a reminder ("…라고 알려줘", "리마인더 설정해줘",
	// "알람 맞춰줘", "알림 해줘").
	koRemindRe = regexp.MustCompile(`(?:리마인더|알람|알림)(?:\s*(?:좀|하나|부탁(?:해요|해|합니다|드려요)?))+\s*[.!~?]*$|(?:라고|하기|하는\s*거)\s*(?:좀\s*)?(?:알려\s*(?:줘|주세요|줄래|줘요)|알림|리마인더)|(?:리마인더|알람|알림)\s*(?:을|를|좀|하나)?\s*(?:좀\s*)?(?:설정|맞춰|맞춰\s*줘|해\s*줘|해줘|등록|걸어|잡아|추가|넣어)`)
	// enRemindRe: "remind me to call mom", "set a reminder to …".
	enRemindRe = regexp.MustCompile(`(?i)\b(?:remind|ping|nudge|buzz)\s+me\b(?:\s+\S+){0,5}?\s+to\b|\b(?:set|add|create|make)\s+(?:a\s+|an\s+)?(?:reminder|alarm)\b`)
	// koRemindTail, enRemindHead: the words of asking, around what to be
	// reminded of.
	koRemindTail = regexp.MustCompile(`\s*(?:(?:(?:하)?라고|하는\s*거)\s*)?(?:리마인더|알람|알림)?\s*(?:을|를|좀|하나)?\s*(?:좀\s*)?(?:알려\s*(?:줘요?|주세요|줄래요?)|설정(?:해\s*(?:줘요?|주세요))?|맞춰\s*(?:줘요?|주세요)|해\s*(?:줘요?|주세요)|등록(?:해\s*(?:줘요?|주세요))?|걸어\s*(?:줘요?|주세요)|잡아\s*(?:줘요?|주세요)|추가(?:해\s*(?:줘요?|주세요))?|넣어\s*(?:줘요?|주세요))?[.!~\s]*$`)
	koWhenRe     = regexp.MustCompile(`(?:(?:오늘|내일|모레|글피|다음\s*주|이번\s*주|담주|[월화수목금토일]요일|\d+\s*월\s*\d+\s*일|\d+\s*일|아침|오전|오후|저녁|밤|새벽|점심|낮|정오|자정|\d+\s*시(?:\s*\d+\s*분|\s*반)?)\s*(?:에는|에|쯤|부터)?\s*)+`)
	enWhenRe     = regexp.MustCompile(`(?i)\s*\b(?:(?:on|at|by|this|next|tomorrow|today|tonight|morning|afternoon|evening|mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b\s*|\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b\s*)+`)
	koCommandRe  = regexp.MustCompile(`(\S+?)(?:으)?라고(?:\s|$)`)
	// koAskEndRe: the reminder is the whole request (it ends the text).
	koAskEndRe = regexp.MustCompile(`(?:리마인더|알람|알림)(?:\s*(?:좀|하나|부탁(?:해요|해|합니다|드려요)?))+\s*[.!~?\s]*$|(?:알려\s*(?:줘요?|주세요|줄래요?)|설정(?:해\s*(?:줘요?|주세요))?|맞춰\s*(?:줘요?|주세요)|해\s*(?:줘요?|주세요)|등록(?:해\s*(?:줘요?|주세요))?|걸어\s*(?:줘요?|주세요)|잡아\s*(?:줘요?|주세요)|추가(?:해\s*(?:줘요?|주세요))?|넣어\s*(?:줘요?|주세요))[.!~\s]*$`)
	// twoActsEn: a second request said after it ("… and book a table").
	twoActsEn = regexp.MustCompile(`(?i)\b(?:and|then|also)\s+(?:please\s+)?(?:book|find|add|show|cancel|order|buy|get|reserve|make|set\s+up|invite|search)\b`)
	// enAboutRe: what to be reminded of, after "to".
	enAboutRe = regexp.MustCompile(`(?i)\b(?:remind\s+me|reminder|alarm|ping\s+me|nudge\s+me|buzz\s+me)\b.*?\bto\s+(.+)$`)
	// enInRe, koInRe: a time said from now ("in 20 minutes", "30분 뒤에"),
	// no part of what to be reminded of (trial18: "30분 뒤에 빨래 꺼내기").
	enInRe     = regexp.MustCompile(`(?i)\s*\b(?:in|after)\s+(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|fifty|half\s+an?)[\s-]*(?:minutes?|mins?|hours?|hrs?)\b`)
	koPleaseRe = regexp.MustCompile(`\s*부탁(?:해요|해|합니다|드려요|드립니다)?[.!~\s]*$`)
	koInRe     = regexp.MustCompile(`(?:\d+|한|두|세|네|다섯|십|이십|삼십|사십|오십)\s*(?:분|시간)\s*(?:\d+\s*분\s*)?(?:뒤|후)(?:에|에는)?\s*`)
	// remindersRe asks which reminders there are.
	remindersRe = regexp.MustCompile(`(?i)\b(?:what|which|any|show|list|my)\b.{0,20}\b(?:reminders|alarms)\b|(?:리마인더|알림|알람)\s*(?:뭐|무엇|목록|있|보여|확인|알려)`)
)

// leadAfterRe: a reminder with a lead time asked after the event's own
// request ("… and set a reminder 30 minutes before", "…, remind me the day
// before", "… 넣어주고 하루 전에 알림도 해줘") — the event's reminder, not an
// event of its own.
var leadAfterRe = regexp.MustCompile(`(?i)(?:,|\band\b|\bthen\b)\s*(?:please\s+|also\s+)?(?:set|add|create|make|remind|send|give)\b[^,.]*?\b(?:reminder|alarm|me)\b[^,.]*?\b(?:before|ahead|prior|in\s+advance)\b|(?:주고|하고|넣고|[,.])\s*[^,.]*?(?:전날|전에)\s*[^,.]*?(?:알림|알람|알려|리마인)`)

// makeItRe: "actually make it 8", "아니 8시 반으로": a new hour for the
// event just added, said as a second thought.
var makeItRe = regexp.MustCompile(`(?i)^(?:(?:actually|ok|okay|oh|hmm|wait|no|sorry)[,!.]?\s+)*(?:make\s+(?:it|that)|change\s+(?:it|that)\s+to|move\s+(?:it|that)\s+to)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|o'?clock)?\s*(?:instead|please)?[.!]?$|^(?:아니|아니요|아냐|아\s|음|앗|그냥)?[,.\s]*(?:(?:오전|오후|저녁|아침)\s*)?\d{1,2}\s*시(?:\s*반|\s*\d{1,2}\s*분)?\s*(?:으로|로)\s*(?:해\s*줘|해\s*주세요|바꿔\s*줘|바꿔\s*주세요|옮겨\s*줘|해줘)?[.!~]*$`)

// remind begins the event a reminder asks for.
func remind(t *embedded.Turn) (agents.Step, bool) {
	text := strings.TrimSpace(t.Text())
	if makeItRe.MatchString(text) && t.Intent() == "" && t.Slot("@shown") == "sched_create_event" {
		return t.Begin("sched_move_event", 0.7), true
	}
	if t.Intent() != "" && t.Intent() != "sched_create_event" {
		return agents.Step{}, false
	}
	if remindersRe.MatchString(text) && !koRemindRe.MatchString(text) && !enRemindRe.MatchString(text) {
		return t.Begin("sched_my_events", 0.7), true
	}
	if leadAfterRe.MatchString(text) {
		// "schedule yoga tomorrow at 7pm and set a reminder 30 minutes
		// before": the event's own reminder (the brain reads its lead)
		return agents.Step{}, false
	}
	ko := koRemindRe.MatchString(text)
	if !ko && !enRemindRe.MatchString(text) || !t.SetTime() {
		return agents.Step{}, false
	}
	said := t.Said("sched_create_event")
	if said["start"] == "" {
		return agents.Step{}, false
	}
	if ko && !koAskEndRe.MatchString(text) || !ko && twoActsEn.MatchString(text) {
		return agents.Step{}, false // ("…알려주고 홍대 고기집 예약해줘": two requests, the brain splits them)
	}
	title := reminderTitle(text, ko)
	if title == "" && strings.Contains(text, "알람") {
		title = "알람"
	} else if title == "" {
		title = t.Ko("알림", "Reminder")
	}
	t.Start("sched_create_event")
	// (a reminder never clashes: trial18's "내일 아침 8시에 알림 좀" blocked
	// "내일 8시에 약 먹으라고 알려줘")
	return t.Proceed(map[string]string{"title": title, "start": said["start"], "allow_overlap": "true"}, 0.8), true
}

// reminderTitle is what to be reminded of: "약 먹기" of "내일 아침 9시에
// 약 먹으라고 알려줘", "call mom" of "remind me to call mom tomorrow at
// 7pm".
func reminderTitle(text string, ko bool) string {
	if ko {
		s := koWhenRe.ReplaceAllString(koInRe.ReplaceAllString(koPleaseRe.ReplaceAllString(text, ""), " "), " ")
		s = koCommandRe.ReplaceAllString(s, "${1}기 ") // "약 먹으라고" → "약 먹기"
		return strings.TrimSpace(koRemindTail.ReplaceAllString(s, ""))
	}
	m := enAboutRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	s := strings.TrimSpace(enWhenRe.ReplaceAllString(" "+enInRe.ReplaceAllString(m[1], " ")+" ", " "))
	return strings.TrimRightFunc(s, func(r rune) bool {
		return r == '.' || r == '!' || r == '?' || unicode.IsSpace(r) || unicode.IsSymbol(r)
	})
}

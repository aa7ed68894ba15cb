// Package titles is the scheduling pack's dialogue its conversation data
// cannot express: renaming one of the user's events ("회의 이름을
// 주간회의로 바꿔줘", "rename my 3pm to Design review"), the event named by
// the words of its title or by its time, the new title taken as said. It
// registers itself with the embedded brain for avatars that have the
// scheduling skill; import it for that side effect (skills/standard does).
//
// A new user's trial (left8): renaming an event was not possible — read
// as a new event, or not understood.
package titles

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/agents/nlu/entity"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/scheduling"
)

func init() { embedded.Register(string(scheduling.ID), handler{}) }

type handler struct{}

func (handler) Early(t *embedded.Turn) (agents.Step, bool) {
	if step, ok := whoPicked(t); ok {
		return step, true
	}
	if step, ok := directory(t); ok {
		return step, true
	}
	if step, ok := renamePicked(t); ok {
		return step, true
	}
	if step, ok := sameTimeOtherDay(t); ok {
		return step, true
	}
	if step, ok := whoFree(t); ok {
		return step, true
	}
	if step, ok := inviteBoth(t); ok {
		return step, true
	}
	if step, ok := remindBefore(t); ok {
		return step, true
	}
	if step, ok := remind(t); ok {
		return step, true
	}
	if step, ok := nextSlots(t); ok {
		return step, true
	}
	if step, ok := personOut(t); ok {
		return step, true
	}
	if step, ok := timeChosen(t); ok {
		return step, true
	}
	return rename(t)
}

// saveVerbRe: a verb that puts a thing in the calendar ("저장해줘", "일정으로
// 잡아줘", "넣어 주세요", "add it", "save"); lookRe asks what is there.
var (
	saveVerbRe = regexp.MustCompile(`(?i)저장|기록해|(?:일정|캘린더|달력|스케줄)\S{0,2}\s*(?:으로|로|에)?\s*(?:잡아|넣어|넣어|추가|등록)|넣어\s*(?:줘|주|줄)|추가해|등록해|\b(?:add|save|put|log)\b`)
	lookRe     = regexp.MustCompile(`(?i)뭐|무슨|있는지|있나|있어\s*[?？]|있어요\s*[?？]|있을까|보여|알려|궁금|확인|\b(?:what|show|any|do\s+i\s+have)\b`)
)

// saveNotLook: "다음주 수요일 정오에 대학 동기들이랑 점심약속 있음 저장해줘",
// "다음 주 월요일 점심때 병원 가야 되는데 일정으로 잡아줘" were read as a
// look at the calendar (post9, post12): a thing with a day said with a
// verb that saves it, and no question of what is there, is a new event.
func saveNotLook(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_my_events" || t.Intent() != "" || t.Ordinal() != 0 || !saveVerbRe.MatchString(text) || lookRe.MatchString(text) || t.Said("sched_create_event") == nil {
		return agents.Step{}, false
	}
	return t.Begin("sched_create_event", max(p, 0.6)), true
}

// saveNotOutOfScope: "다음 주 목요일에 은행 가야 되는데 일정에 넣어줄 수
// 있어요?", "금요일 오후 3시 비자 연장하러 출입국사무소 가야 돼요. 한 시간
// 잡아주세요" were nothing this avatar does (und18a, the blind set
// post17): a thing said with a day and a verb that puts it in the
// calendar — asked politely ("…줄 수 있어요?") or not — is a new event.
var (
	holdVerbRe = regexp.MustCompile(`잡아\s*(?:줘|주|줄|둬|놔|놓)`)
	shopWordRe = regexp.MustCompile(`(?i)장바구니|카트|주문|결제|구매|\b(?:cart|basket|order|checkout|buy)\b`)
	canYouRe   = regexp.MustCompile(`(?:줄|주실|주시)?\s*수\s*(?:있|없)\S*|(?i)\bcan\s+you\b|\bcould\s+you\b`)
)

func saveNotOutOfScope(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != embedded.OutOfScope || t.Intent() != "" || t.Ordinal() != 0 || !saveVerbRe.MatchString(text) && !holdVerbRe.MatchString(text) ||
		lookRe.MatchString(canYouRe.ReplaceAllString(text, " ")) {
		return agents.Step{}, false
	}
	said := t.Said("sched_create_event")
	if said["start"] == "" && said["title"] == "" || shopWordRe.MatchString(text) {
		return agents.Step{}, false
	}
	if !calendarWordRe.MatchString(text) && (said["start"] == "" || said["title"] == "" || bookingWordRe.MatchString(text) || !holdVerbRe.MatchString(text)) {
		// ("put a wool scarf in my cart", "호텔 방 하나 잡아 주세요": no
		// calendar said, and what is kept is another avatar's; only a
		// thing at a time said, "잡아 주세요", is the calendar's)
		return agents.Step{}, false
	}
	return t.Begin("sched_create_event", max(p, 0.6)), true
}

// moveVerbRe: a verb that moves an event ("옮기고 싶은데요", "미뤄 줘",
// "당기고 싶어", "reschedule", "push back"); findWordRe asks to find or
// be told a time.
var (
	moveVerbRe = regexp.MustCompile(`(?i)옮기|옮겨|옮길|미루|미뤄|미룰|당기|당겨|당길|\b(?:move|reschedule|push\s+(?:back|it|the)|bring\s+forward)\b`)
	findWordRe = regexp.MustCompile(`(?i)찾아|알려|언제|뽑아|추천|골라|되는\s*(?:시간|때)|비는|빈\s*시간|가능한|\b(?:find|when|suggest|options?|slots?|free|available)\b`)
)

// moveNotSearch: "팀 회의 시간 좀 옮기고 싶은데요, 민수 씨랑 지영 씨도
// 들어오는 거요" was a search for a time with the people named (post16):
// an event of the user's said with a verb that moves it, and no word
// asking to find a time, is the move.
func moveNotSearch(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_find_slots" || t.Intent() != "" || t.Ordinal() != 0 || !moveVerbRe.MatchString(text) || findWordRe.MatchString(text) || t.Said("sched_move_event") == nil {
		return agents.Step{}, false
	}
	return t.Begin("sched_move_event", max(p, 0.6)), true
}

// changeVerbRe: a verb that changes an event's time or length ("이동하고",
// "늘려줘", "extend it") — a move after all (post16 u-ko-096).
var changeVerbRe = regexp.MustCompile(`(?i)이동|늘려|늘리|줄여|줄이|연장|변경|바꿔|바꾸|바꿀|\b(?:change|shift|extend|shorten|postpone|delay|make\s+it)\b`)

// meetNotMove: "next tuesday 3pm meeting w/ Jisoo, 1 hour" was read as a
// move of an event (trial18), and with a dinner booking in view re-booked
// it: a day and time with someone named and no word of moving is a
// meeting to set up with them.
func meetNotMove(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "sched_move_event" || t.Intent() != "" || t.Ordinal() != 0 || moveVerbRe.MatchString(text) || changeVerbRe.MatchString(text) || !t.SetTime() {
		return agents.Step{}, false
	}
	for _, n := range t.Names() {
		if !notInvitable[strings.ToLower(strings.TrimSpace(n))] && broughtIn(text, n) {
			return t.Begin("sched_invite", max(p, 0.6)), true
		}
	}
	return agents.Step{}, false
}

// leaveOutRe: someone left out ("지영이는 빼줘", "서연 씨는 제외해 주세요",
// "drop Jiyoung", "without Minsu").
var leaveOutRe = regexp.MustCompile(`(?i)빼\s*(?:줘|주|고|줄|자)|제외|없이|\b(?:drop|remove|without|leave\s+out|take\s+off|minus)\b`)

// personOut: "지영이는 빼줘" while a meeting with Minsu and Jiyoung is
// being set up takes Jiyoung off it — not the cancel of an event (the
// words of removing one are the calendar's too).
func personOut(t *embedded.Turn) (agents.Step, bool) {
	if t.Intent() != "sched_invite" && t.Intent() != "sched_find_slots" || !leaveOutRe.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	ps := strings.Split(t.Slot("participants"), ",")
	var keep []string
	out := false
	lower := strings.ToLower(t.Text())
	for _, p := range ps {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if strings.Contains(lower, strings.ToLower(p)) {
			out = true
			continue
		}
		keep = append(keep, p)
	}
	if !out || len(keep) == 0 {
		return agents.Step{}, false
	}
	t.Set("participants", "")
	return t.Proceed(map[string]string{"participants": strings.Join(keep, ",")}, 0.6), true
}

// asksOK: the time put as a question ("내일 10시 괜찮아?", "how about 3pm?").
var asksOK = regexp.MustCompile(`(?i)[?？]|괜찮|어때|어떨|될까|되나|\b(?:how\s+about|what\s+about|ok\s+for|does|is\s+it)\b`)

// timeChosen: "민수랑 회의 잡아줘" asked when (a time to find, people named
// and no time), and "모레 오후 4시, 한 시간이요" was read as narrowing
// that search (post16): a day and one clock time answered to its
// question choose the meeting's time — the invitation, with the people
// the search had. A question whether the time is free stays a search.
func timeChosen(t *embedded.Turn) (agents.Step, bool) {
	if t.Intent() != "sched_find_slots" || t.Slot("_asking") == "" || !t.SetTime() || t.Ordinal() != 0 || asksFree.MatchString(t.Text()) || asksOK.MatchString(t.Text()) ||
		t.Slot("participants") == "" || t.Said("sched_invite") == nil {
		return agents.Step{}, false
	}
	slots := map[string]string{"participants": t.Slot("participants")}
	if d := t.Slot("duration_minutes"); d != "" {
		slots["duration_minutes"] = d
	}
	for k, v := range t.Said("sched_invite") {
		if v != "" && (k == "start" || k == "duration_minutes" || k == "title" || k == "location" || k == "reminder_minutes") {
			slots[k] = v
		}
	}
	if slots["start"] == "" {
		return agents.Step{}, false
	}
	t.Start("sched_invite")
	return t.Proceed(slots, 0.6), true
}

// slotRenaming keeps the events a rename asked the user to choose among
// and the new title ({"title": …, "ids": […]}), for the next turn only.
const slotRenaming = "@renaming"

type renaming struct {
	Title string   `json:"title"`
	IDs   []string `json:"ids"`
}

// renamePicked: "1번", "the second one" right after rename listed the
// events it could mean renames that one (a trial's "1번" was told there
// was no list to pick from).
func renamePicked(t *embedded.Turn) (agents.Step, bool) {
	s := t.Slot(slotRenaming)
	if s == "" {
		return agents.Step{}, false
	}
	t.Set(slotRenaming, "")
	var r renaming
	n := t.Ordinal()
	if json.Unmarshal([]byte(s), &r) != nil || n < 1 || n > len(r.IDs) || len(strings.Fields(t.Text())) > 3 {
		return agents.Step{}, false
	}
	t.Understood("sched_rename_event", 0.9, map[string]string{"event_id": r.IDs[n-1], "title": r.Title})
	raw, _ := json.Marshal(map[string]any{"event_id": r.IDs[n-1], "title": r.Title})
	return agents.Step{Call: &agents.ToolCall{Tool: "sched_rename_event", Args: raw}}, true
}

// whoKo, whoEn: asking who is in the directory ("주소록에 누구누구
// 있어요?", "who all is in my contacts?") — not a name to look up.
var (
	whoKo = regexp.MustCompile(`(?:주소록|연락처|명단|디렉터리|디렉토리)\s*(?:에|엔|에는|에\s*있는)?\s*(?:누구\s*누구|누가\s*누가|누구|누가|어떤\s*(?:사람|분)|몇\s*명)`)
	whoEn = regexp.MustCompile(`(?i)\bwho(?:'s|\s+is|\s+all\s+is|\s+all's|\s+are|\s+all)?\s+(?:all\s+)?(?:in|on)\s+(?:my|the|our)\s+(?:directory|contacts|contact\s+list|address\s+book|phone\s*book)\b`)
)

// whoInvite: asking whom one can invite ("oh who can I invite?", "누구
// 초대할 수 있어요?", "초대할 수 있는 사람 알려줘") is the directory too (a
// trial's answer was "I couldn't find “Seojun”").
var whoInvite = regexp.MustCompile(`(?i)\bwho\s+(?:can|could|may|should)\s+i\s+(?:invite|ask|meet\s+with|schedule\s+with)\b|\bwho(?:'s|\s+is|\s+are)?\s+(?:there\s+)?(?:to\s+invite|i\s+can\s+invite)\b|누구(?:를|랑|하고|와)?\s*(?:초대|불러|부를)|초대(?:할\s*수\s*있는|\s*가능한)\s*(?:사람|분|이)`)

// koTeamWho: asking who is in a team or department ("해외사업팀에 누가
// 있어요?", "개발팀 사람들 누구누구예요", "디자인 부서엔 어떤 분들
// 계세요?"): the directory searched by the team's name.
var koTeamWho = regexp.MustCompile(`([가-힣A-Za-z]{1,10}(?:팀|부서|본부))\s*(?:에|엔|에는|의|에\s*있는|\s)?\s*(?:사람들?\s*|분들?\s*|팀원들?\s*|직원들?\s*|멤버들?\s*)?(?:은|는|이|가)?\s*(?:누구|누가|어떤\s*(?:사람|분|팀원|직원)|몇\s*명)`)

// personTeamKo, personTeamEn, inDirectoryKo: a person's team asked
// ("은지가 어느 팀이었지?", "민수 씨 부서가 어디예요", "which team is
// Yuki in?") or whether someone is in the directory ("Eunji Han이
// 디렉터리에 있나요?"): that person looked up — also in the middle of
// another task (post16's "잠깐, 은지가 어느 팀이었지?" was read as the
// search for a time going on).
var (
	personTeamKo  = regexp.MustCompile(`(?:^|[\s,])((?:[가-힣]{2,4}\s+)?[가-힣]{2,4}?)(?:\s*(?:씨|님))?(?:이|가|은|는|의)?\s+(?:(?:어느|무슨|어떤)\s*(?:팀|부서|본부|소속)|(?:팀|부서|소속)\s*(?:이|은|가)?\s*(?:어디|뭐))`)
	personTeamEn  = regexp.MustCompile(`\b(?i:which|what)\s+(?i:team|department|dept)\s+(?i:is|was|does)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?i:in|on|from|belong|work)\b`)
	inDirectoryKo = regexp.MustCompile(`^\s*([A-Za-z]+(?:\s+[A-Za-z]+)?|[가-힣]{2,4}?)(?:\s*(?:씨|님))?(?:이|가|은|는)?\s*(?:디렉터리|디렉토리|주소록|명단|연락처)에\s*(?:있|없|등록)`)
)

// honTailRe: 씨/님 and a particle read with the name ("최준호 씨가").
var honTailRe = regexp.MustCompile(`\s*(?:씨|님)(?:이|가|은|는|의)?$`)

// notNameLead: words said before a name that are not part of it.
var notNameLead = map[string]bool{"혹시": true, "잠깐": true, "근데": true, "그런데": true, "그럼": true, "아": true, "저기": true, "우리": true, "그": true,
	"참": true, "아참": true, "그리고": true, "저": true, "제": true, "내": true, "그래서": true, "근데요": true, "혹시요": true}

// bareCalled is a Korean given name without the 이 said after one that
// ends in a consonant ("서연이" → "서연").
func bareCalled(n string) string {
	rs := []rune(n)
	if len(rs) == 3 && rs[2] == '이' && rs[1] >= 0xAC00 && rs[1] <= 0xD7A3 && (rs[1]-0xAC00)%28 != 0 {
		return string(rs[:2])
	}
	return n
}

// enTeamWho: a team named in English after "from", "in", "on", "of";
// enWhoAsked: the text asks who (is there, works there).
var (
	enTeamWho = regexp.MustCompile(`(?i)\b(?:from|in|on|of|at)\s+(?:the\s+)?(sales|design|product|planning|engineering|dev|development|people|hr|global|marketing|finance|legal|support|operations|ops)\b(?:\s+(?:team|dept\.?|department|division|group))?`)
	// enPlanWord: a meeting or a time said — a plan with the team, not a
	// look at who is in it.
	enPlanWord = regexp.MustCompile(`(?i)\b(?:meet|meeting|time|slot|call|lunch|dinner|coffee|schedule|book|free|available|tomorrow|today|tonight|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|\d{1,2}\s*(?:am|pm))\b`)
	// namedCalled: a person asked for by name ("someone called Jiyoung in
	// design"): the person, not the team.
	namedCalled = regexp.MustCompile(`(?i)\b(?:called|named|by\s+the\s+name)\b`)
	enWhoAsked  = regexp.MustCompile(`(?i)\bwho\b|\banyone\b|\banybody\b|\bsomeone\b|\bsomebody\b|\bpeople\b|\bmembers?\b|\bfolks\b|\bcolleagues?\b`)
)

// directory lists the whole directory when the user asks who is in it.
func directory(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	person := ""
	if m := personTeamKo.FindStringSubmatch(text); m != nil && t.Gazetteer("people") != "" && !strings.HasSuffix(m[1], "팀") && !strings.HasSuffix(m[1], "부서") {
		// (a person of the directory named: "회의 어느 팀이 주관해?" asks of no one)
		person = bareCalled(strings.TrimSpace(honTailRe.ReplaceAllString(m[1], "")))
		if f := strings.Fields(person); len(f) == 2 && notNameLead[f[0]] {
			person = bareCalled(f[1]) // "혹시 은지가", "잠깐 민수 씨": the name only
		}
	} else if m := personTeamEn.FindStringSubmatch(text); m != nil {
		person = m[1]
	} else if m := inDirectoryKo.FindStringSubmatch(text); m != nil {
		person = bareCalled(m[1])
	}
	if person != "" && person != "우리" && person != "제가" && person != "내가" {
		t.Understood("sched_find_people", 0.9, map[string]string{"query": person})
		raw, _ := json.Marshal(map[string]any{"query": person})
		return agents.Step{Call: &agents.ToolCall{Tool: "sched_find_people", Args: raw}}, true
	}
	if m := koTeamWho.FindStringSubmatch(text); m != nil && t.Intent() == "" {
		team := m[1]
		t.Understood("sched_find_people", 0.9, map[string]string{"query": team})
		raw, _ := json.Marshal(map[string]any{"query": team})
		return agents.Step{Call: &agents.ToolCall{Tool: "sched_find_people", Args: raw}}, true
	}
	if m := enTeamWho.FindStringSubmatch(text); m != nil && t.Intent() == "" && enWhoAsked.MatchString(text) && !inviteWord.MatchString(text) && !enPlanWord.MatchString(text) &&
		t.Gazetteer("people") == "" && !namedCalled.MatchString(text) {
		// "I need to talk to someone from Sales, who do we have?",
		// "anyone on the design team?": the team's people (und17b: the
		// blind set post16 looked the whole sentence up).
		team := strings.ToLower(m[1])
		t.Understood("sched_find_people", 0.9, map[string]string{"query": team})
		raw, _ := json.Marshal(map[string]any{"query": team})
		return agents.Step{Call: &agents.ToolCall{Tool: "sched_find_people", Args: raw}}, true
	}
	if !whoKo.MatchString(text) && !whoEn.MatchString(text) && !whoInvite.MatchString(text) {
		return agents.Step{}, false
	}
	t.Understood("sched_find_people", 0.9, map[string]string{})
	return agents.Step{Call: &agents.ToolCall{Tool: "sched_find_people", Args: json.RawMessage(`{"query":""}`)}}, true
}

// Text: an event with someone named, at a day and time said, is a
// meeting to invite them to ("내일 정오에 지영이랑 점심 캘린더에 넣어줘",
// "put lunch with Daniel on Thursday at 12:30"), however much its words
// sound like an event of one's own or a search for a time: the time is
// chosen, and the event is not the user's alone. A relative or a group
// ("엄마랑", "with my family") is not someone to invite through the
// directory, and a question whether a time is free is still a search.
func (handler) Text(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if step, ok := inviteBothPending(t); ok {
		return step, true
	}
	if step, ok := othersZone(t, intent, p); ok {
		return step, true
	}
	if step, ok := zoneQuestion(t, intent, p); ok {
		return step, true
	}
	if step, ok := zoneAsked(t, intent, p); ok {
		return step, true
	}
	if step, ok := whoseAnswer(t, intent, p); ok {
		return step, true
	}
	if step, ok := freeNotPeople(t, intent, p); ok {
		return step, true
	}
	if step, ok := sentAsked(t, intent, p); ok {
		return step, true
	}
	if step, ok := saveNotLook(t, intent, p); ok {
		return step, true
	}
	if step, ok := saveNotOutOfScope(t, intent, p); ok {
		return step, true
	}
	if step, ok := moveNotSearch(t, intent, p); ok {
		return step, true
	}
	if step, ok := meetNotMove(t, intent, p); ok {
		return step, true
	}
	if step, ok := outOfSearch(t, intent, p); ok {
		return step, true
	}
	if step, ok := declineNoInvites(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelOwnEvent(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelUnnamed(t, intent, p); ok {
		return step, true
	}
	if step, ok := freeAlone(t, intent, p); ok {
		return step, true
	}
	if step, ok := invitationsKo(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelMeeting(t, intent, p); ok {
		return step, true
	}
	if step, ok := cancelAtClock(t, intent, p); ok {
		return step, true
	}
	if t.Intent() != "" || intent != "sched_create_event" && intent != "sched_find_slots" && intent != "sched_invite" {
		return agents.Step{}, false
	}
	if !t.SetTime() {
		// "민수랑 지영이랑 다음주에 1시간 회의 잡아줘": people named and no
		// time chosen yet, nor a word of inviting — a time to find first.
		if intent == "sched_invite" && t.Ordinal() == 0 && !inviteWord.MatchString(t.Text()) {
			for _, n := range t.Names() {
				if !notInvitable[strings.ToLower(strings.TrimSpace(n))] && broughtIn(t.Text(), n) {
					return t.Begin("sched_find_slots", p), true
				}
			}
		}
		return agents.Step{}, false
	}
	named := false
	for _, n := range t.Names() {
		if !notInvitable[strings.ToLower(strings.TrimSpace(n))] && broughtIn(t.Text(), n) {
			named = true
		}
	}
	if intent == "sched_invite" {
		// "christmas lunch with family on the 25th at 12", "월요일 8시 반에
		// 병원 진료 30분 잡아줘": nobody to invite, nor any word of
		// inviting — the user's own event.
		if !named && t.Gazetteer("people") == "" && !inviteWord.MatchString(t.Text()) {
			return t.Begin("sched_create_event", p), true
		}
		return agents.Step{}, false
	}
	if !named || intent == "sched_find_slots" && asksFree.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	return t.Begin("sched_invite", p), true
}

// freeAlone: "내일 오전에 나 비는 시간 언제야?", "금요일 오후에 내 빈 시간
// 알려줘", "나 내일 한가해?" ask when the user alone is free — their own
// calendar (sched_my_events), as "am I free on Friday?" is. A search for a
// time (sched_find_slots) is for the user and other people; with nobody
// named it asked "누구와 회의할까요?" of a user who wanted no meeting (a
// new user's trial), and the Korean words of free time ("비는 시간")
// are all the classifier knows of that search. A meeting said ("회의할
// 시간") still searches, and asks with whom.
func freeAlone(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Intent() != "" || t.Slot("@card") == "sched_find_slots" || !freeKo.MatchString(text) && !freeEn.MatchString(text) {
		return agents.Step{}, false
	}
	if len(t.Names()) > 0 || t.Gazetteer("people") != "" || t.Ordinal() != 0 || meetingWord.MatchString(text) || inviteWord.MatchString(text) {
		return agents.Step{}, false
	}
	switch {
	case intent == "sched_find_slots", intent == "sched_my_events":
	case strings.HasPrefix(intent, "sched_"):
		// Another request about the calendar that says the user is busy
		// ("decline #2, I'm busy then").
		return agents.Step{}, false
	case intent == "greet" || intent == "help" || intent == "thanks" || intent == "out_of_scope" || p < 0.6:
		// ("내일 오전에 나 한가해?" sounded most like a greeting.)
	case intent == "booking_stay_times" && !stayWord.MatchString(text):
		// "내일 몇 시에 시간 돼?" asks when the user is free, not a stay's
		// check-in hours (a new user's trial answered it with the stays):
		// no word of a stay, a room or checking in is said.
	case firstPerson.MatchString(text):
		// "금요일 오후에 내 빈 시간 알려줘" is the user's time, however
		// much it sounds like a stay's check-in times.
	default:
		return agents.Step{}, false
	}
	step := t.Begin("sched_my_events", max(p, 0.6))
	t.Set(slotFreeAsk, text) // for freeHours, when the calendar is in
	return step, true
}

// slotFreeAsk is the question about free time whose calendar look-up is
// under way: the result's turn has no text of its own.
const slotFreeAsk = "_freeask"

var (
	// freeKo, freeEn: a question when, or whether, one is free.
	freeKo = regexp.MustCompile(`한가|(?:빈|비는|비어\s*있는)\s*(?:시간|때|날|타임)|시간\s*(?:이\s*|은\s*|는\s*)?(?:비|있|돼|되|나|괜찮)|바빠\?|바쁜지|바쁜가|바쁠까|바쁘(?:니|냐|나|세요|신가)|여유\s*(?:있|시간)|스케줄\s*(?:이\s*)?(?:비|없)`)
	freeEn = regexp.MustCompile(`(?i)\b(?:am\s+i|are\s+we|is\s+my\s+(?:calendar|schedule|day))\s+(?:\w+\s+)?(?:free|available|busy|open)\b|\bwhen\s+am\s+i\s+(?:free|available|not\s+busy)|\bmy\s+(?:free|open|spare)\s+(?:time|slots?|hours?|windows?)\b|\bdo\s+i\s+have\s+(?:any\s+)?(?:free|spare|open)\s+(?:time|slots?)\b`)
	// firstPerson: the user speaks of themself ("나", "내", "제가").
	firstPerson = regexp.MustCompile(`(?i)(?:^|[\s,])(?:나|내|저|제|나는|저는|내가|제가|난|전|나도|저도)(?:\s|$)|\b(?:i|i'?m|me|my)\b`)
	// stayWord: the text is about a stay (its room, checking in or out).
	stayWord = regexp.MustCompile(`(?i)체크|입실|퇴실|숙소|호텔|모텔|펜션|리조트|한옥|게스트|민박|방에|방을|방은|객실|묵|\b(?:check|room|stay|hotel|hostel|guesthouse|resort|hanok|lodging)`)
	// meetingWord: the text is about meeting someone (a time to find for
	// it, with whom still to be said).
	meetingWord = regexp.MustCompile(`(?i)회의|미팅|만나|만날|통화|약속\s*잡|\b(?:meet|meeting|call|sync|catch\s+up)\b`)
)

// notInvitable are words read as people that name no one in the
// directory: relatives, groups.
var notInvitable = map[string]bool{"family": true, "my family": true, "parents": true, "my parents": true, "mom": true, "mum": true, "dad": true,
	"grandma": true, "grandpa": true, "aunt": true, "uncle": true, "kids": true, "wife": true, "husband": true, "friends": true, "boyfriend": true,
	"girlfriend": true, "team": true, "colleagues": true, "coworkers": true, "classmates": true, "everyone": true,
	"가족": true, "가족들": true, "부모님": true, "엄마": true, "아빠": true, "어머니": true, "아버지": true, "할머니": true, "할아버지": true,
	"이모": true, "고모": true, "삼촌": true, "친구들": true, "친구": true, "아이들": true, "애들": true, "남편": true, "아내": true, "와이프": true,
	"남자친구": true, "여자친구": true, "남친": true, "여친": true, "동생": true, "언니": true, "오빠": true, "누나": true, "형": true, "팀원들": true, "동기들": true,
	"something": true, "anything": true, "nothing": true, "someone": true, "anyone": true, "it": true, "that": true}

// inviteWord: the text says to invite or gather people.
var inviteWord = regexp.MustCompile(`(?i)초대|참석자|불러|모아|소집|\b(?:invite|invitation|invites|attendees|loop\s+in|gather)\b`)

// broughtIn: the name n is said as someone to meet — after "with",
// "invite", "and", a comma, or with a particle of company (랑, 하고,
// 와/과) or an honorific (님, 씨) — not merely capitalised ("a haircut
// at Blow Salon").
func broughtIn(text, n string) bool {
	q := regexp.QuoteMeta(n)
	// (A Korean name starts a word: "12시팀장님이랑" names no 시팀장; in
	// a request written without spaces it may follow a time's 에 or a
	// digit: "모레오후2시에지훈이랑미팅잡아줘".)
	re, err := regexp.Compile(`(?i)(?:\b(?:with|invite|meet|and)\s+|w/\s*|[,&]\s*)` + q + `\b|(?:^|[\s,(\d]|\d시에|\d분에|반에)` + q + `\s*(?:씨|님)?\s*(?:이랑|랑|이하고|하고|와|과|께|한테|이한테|,)|(?:^|[\s,(])` + q + `\s*(?:씨|님)`)
	return err == nil && re.MatchString(text)
}

// asksFree: a question whether people are free ("민수랑 내일 3시에
// 가능해?", "is Minsu free at 3 tomorrow?").
var asksFree = regexp.MustCompile(`(?i)가능(?:해|한지|할까|한가|하나)|될까|되나|돼\?|되는지|되는\s*(?:시간|때|날)|비어|비는|빈\s*시간|부터|이후|이전|사이|\b(?:from|after|before|between)\b|시간\s*(?:있|돼|되)|\b(?:free|available|works?\s+for|can\s+we|could\s+we|is\s+\w+\s+free|when)\b`)

func (handler) Result(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	laterSlots(t, r)
	if step, ok := slotZones(t, r); ok {
		return step, true
	}
	if step, ok := freeHours(t, r); ok {
		return step, true
	}
	if step, ok := withBookings(t, r); ok {
		return step, true
	}
	rememberWho(t, r)
	if r.Tool == "sched_cancel_meeting" && r.Error != nil && r.Error.Message == scheduling.NoOtherAttendees && t.Slot("event_id") != "" {
		// "cancel the dentist one" read as a meeting's cancellation: an
		// event nobody else is in is deleted from the user's calendar (its
		// card tells nobody).
		t.Understood("sched_cancel_event", 0.9, map[string]string{"event_id": t.Slot("event_id")})
		raw, _ := json.Marshal(map[string]any{"event_id": t.Slot("event_id")})
		return agents.Step{Say: t.Ko("삭제하기 전에 확인 카드를 봐 주세요. 삭제한 일정은 되돌릴 수 없어요.", "Please check the card and confirm: a deleted event can't be brought back."),
			Call: &agents.ToolCall{Tool: "sched_cancel_event", Args: raw}}, true
	}
	return agents.Step{}, false
}

var (
	// renameKo: "<event>(의) 이름/제목(을) <new>(으)로 바꿔줘".
	// "… 이름을 토익 공부라고 바꿔줘" (named as quoted) too.
	renameKo = regexp.MustCompile(`^\s*(.*?)\s*(?:의\s*)?(?:이름|제목|타이틀|명칭)\s*(?:을|를|은|는)?\s*[‘'"“]?(.+?)[’'"”]?\s*(?:으로|로|이라고|라고)\s*(?:바꿔|바꾸|변경|고쳐|수정)`)
	// renameKoBefore: the new title said before the word for it — "<event>
	// '<new>'(이)라고 이름 바꿔줘", "공부 말고 토익 공부로 제목 변경" — the
	// new title quoted or set apart from the event by 말고/대신/에서. (A
	// quoted title holds no quote: "'회의'라고만 돼 있는 거, 그거 '예산
	// 검토'로 이름 바꿔" is 예산 검토 — und18a, post15 u-ko-289.)
	renameKoBefore = regexp.MustCompile(`^\s*(.*?)\s*(?:[‘'"“]([^‘'"“’”]+?)[’'"”]|(?:말고|대신|대신에|에서)\s+(.+?))\s*(?:으로|로|이라고|라고)\s*(?:이름|제목|타이틀|명칭)\s*(?:을|를)?\s*(?:바꿔|바꾸|변경|고쳐|수정)`)
	// renameKoAfter: the change asked first and the new title said after
	// it, in a sentence of its own — "금요일 일정 이름 좀 바꿔줘. 회의 말고
	// 주간 점검으로", "1월 5일 일정 명칭 좀 바꿔 주시겠어요? 비자 연장 말고
	// 외국인등록증 갱신으로요", "내일 거 제목 변경해 주세요, 팀 점심으로" —
	// the old title (before 말고/대신/에서) names the event too.
	renameKoAfter = regexp.MustCompile(`^\s*(.*?)\s*(?:의\s*)?(?:이름|제목|타이틀|명칭|일정명)\s*(?:을|를|은|는)?\s*(?:좀\s*|조금\s*)?(?:바꿔|바꾸|변경|고쳐|수정)[^.?!,]*[.?!,]+\s*(?:(.+?)\s*(?:말고|대신에|대신|에서)\s+)?(.+?)\s*(?:으로|로|이라고|라고)\s*(?:요|해\s*줘요?|해\s*주세요|해\s*주시고요|부탁해요|부탁드려요|부탁드립니다|해요|할게요|바꿔\s*줘요?|바꿔\s*주세요|변경해\s*주세요)?\s*[.!?~^]*\s*$`)
	// renameEn: "rename <event> to <new>" (or "-> <new>"), "change the
	// name/title of <event> to <new>", "change <event>'s title to <new>".
	renameEn = regexp.MustCompile(`(?i)^\s*` + politeEn + `(?:rename|retitle|re-title|re-name)\s+(.+?)\s*(?:\s(?:to|as)\s|->|→|=>)\s*["“'‘]?(.+?)["”'’]?\s*(?:please|pls)?\s*[.!?]*\s*$|^\s*` + politeEn + `(?:change|update|switch|edit)\s+(?:the\s+)?(?:name|title)\s+(?:of|for|on)\s+(.+?)\s+to\s+["“'‘]?(.+?)["”'’]?\s*(?:please|pls)?\s*[.!?]*\s*$|^\s*` + politeEn + `(?:change|update|switch|edit)\s+(.+?)(?:'s|’s)\s+(?:name|title)\s+to\s+["“'‘]?(.+?)["”'’]?\s*(?:please|pls)?\s*[.!?]*\s*$`)
	// callEn: "call <event> <new> instead", "name my 6pm <new> instead":
	// without "to", the event is said as a time or with a word that ends
	// it ("the 6pm thing", "my 3pm one", "that event"), and "instead" says
	// the name is a change.
	callEn = regexp.MustCompile(`(?i)^\s*` + politeEn + `(?:call|name|title|label)\s+((?:the|my|that|this)\s+(?:[\w:.]+\s+){0,2}?(?:thing|one|event|appointment|session|block|slot|meeting)|(?:the|my)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|it|that|this)\s+["“'‘]?(.+?)["”'’]?\s+instead\s*(?:please|pls)?\s*[.!?]*\s*$`)
	// ordinalRef: the event named by its place on the list shown ("the
	// first one", "the 2nd", "number 3", "첫 번째 거").
	ordinalRef = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:(?:first|second|third|fourth|fifth|last|[1-9](?:st|nd|rd|th))(?:\s+(?:one|event|item|entry))?|(?:number|no\.?|#)\s*[1-9]|(?:첫|두|세|네|다섯|마지막|[1-9])\s*(?:번째|번)?\s*(?:거|것|일정)?)\s*$`)
	// politeEn: what may come before an English request.
	politeEn = `(?:(?:ok(?:ay)?|actually|hey|um|oh|and|also)[,\s]+)*(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|could\s+u|would\s+you|will\s+you|i\s+want\s+to|i'd\s+like\s+to|let's|lets)\s+)?`
	// referRe: the event named by pointing back at it ("it", "그거").
	referRe = regexp.MustCompile(`(?i)^\s*(?:it|that|this|that one|this one|that event|방금\s*(?:그거|그|거|넣은\s*(?:거|일정))|그거|이거|그\s*일정|방금\s*일정)\s*(?:의)?\s*$`)
	// generic words of an event's description that are not its title.
	// (and the fillers around the event's name: "아 공부 말고", "3시 거")
	generic = map[string]bool{"my": true, "the": true, "event": true, "meeting": true, "appointment": true, "calendar": true, "on": true, "at": true, "in": true,
		"일정": true, "약속": true, "내": true, "제": true, "캘린더": true, "에": true, "있는": true, "잡힌": true,
		"거": true, "것": true, "꺼": true, "건": true, "아": true, "어": true, "음": true, "아니": true, "말고": true, "대신": true, "그": true,
		"that": true, "this": true, "thing": true, "one": true, "entry": true, "item": true,
		"of": true, "for": true, "it": true, "its": true, "a": true, "an": true, "called": true, "named": true, "titled": true,
		"일정명": true, "이름": true, "제목": true, "스케줄": true, "거요": true, "건요": true}
)

// rename renames the one event the text names.
func rename(t *embedded.Turn) (agents.Step, bool) {
	text := strings.TrimSpace(t.Text())
	var ref, title string
	if m := renameKoBefore.FindStringSubmatch(text); m != nil {
		ref, title = m[1], m[2]+m[3]
		if m[3] != "" {
			ref = text[:strings.Index(text, m[3])] // the event is named before 말고
		}
	} else if m := renameKoAfter.FindStringSubmatch(text); m != nil {
		ref, title = strings.TrimSpace(m[1]+" "+m[2]), m[3]
	} else if m := renameKo.FindStringSubmatch(text); m != nil {
		ref, title = m[1], m[2]
	} else if m := renameEn.FindStringSubmatch(text); m != nil {
		ref, title = m[1]+m[3]+m[5], m[2]+m[4]+m[6]
	} else if m := callEn.FindStringSubmatch(text); m != nil {
		ref, title = m[1], m[2]
	} else if r, ti, ok := readRename(text, t.Slot("@said_id") != "" || strings.HasPrefix(t.Slot("@card"), "sched_")); ok {
		ref, title = r, ti
	} else {
		return agents.Step{}, false
	}
	title = strings.TrimSpace(strings.Trim(strings.TrimSpace(title), "‘'\"“’”")) // ("'토익 공부'라고": the name, not its quotes)
	if title == "" || len([]rune(title)) > 100 {
		return agents.Step{}, false
	}
	// Understood before the event is found: a rename of an event that is
	// not there (or one of several) is still a rename, and its answer
	// says so; the event, once found, is added below.
	t.Understood("sched_rename_event", 0.8, map[string]string{"title": title})
	notFound := agents.Step{Say: t.Ko("이름을 바꿀 일정을 찾지 못했어요. \"내일 3시 회의 이름을 주간회의로 바꿔줘\"처럼 시간이나 지금 이름으로 말씀해 주세요.",
		"I couldn't find that event. Name it by its time or its title, like \"rename my 3pm to Design review\".")}
	r := t.Call("sched_my_events", map[string]any{"from": t.Now.Format("2006-01-02"), "to": t.Now.AddDate(0, 0, 30).Format("2006-01-02")})
	if r.Status != skills.StatusOK {
		return notFound, true
	}
	var evs []scheduling.EventView
	if json.Unmarshal(r.Data, &evs) != nil {
		return notFound, true
	}
	// The time said ("my 3pm", "내일 3시") is read as when an event is
	// added: its day as the world's clock has it, its hour on the user's
	// own clock (scheduling reads a time in the zone the user chose) —
	// "my 7am" of a user in London is the event at 7 in London.
	var at *entity.Time
	words := ref
	for _, e := range entity.Parse(ref, t.Now) {
		if e.Kind == entity.KindTime && e.Time != nil && at == nil {
			at = e.Time
			words = ref[:e.Start] + " " + ref[e.End:]
		}
	}
	if referRe.MatchString(ref) {
		// "rename it to …", "그거 이름 바꿔줘": the event just talked about
		if id := t.Slot("@said_id"); id != "" {
			for _, ev := range evs {
				if ev.ID == id && ev.Mine && !ev.Cancelled {
					words, at = "", nil
				}
			}
			if words == "" {
				var keep []scheduling.EventView
				for _, ev := range evs {
					if ev.ID == id {
						keep = append(keep, ev)
					}
				}
				evs = keep
			}
		}
	}
	// "change the title of the first one to deep work", "첫 번째 일정 이름
	// …": the event at that place of the options on the card, else of the
	// list of events the user saw, else of that day's events.
	id := ""
	if ordinalRef.MatchString(ref) {
		id = optionAt(t, ref)
	}
	if n := t.Ordinal(); id == "" && n != 0 {
		id = t.Shown("sched_my_events", n)
	}
	if id == "" && ordinalRef.MatchString(ref) {
		id = nthListed(t, ref, evs)
	}
	{
		if id != "" {
			var keep []scheduling.EventView
			for _, ev := range evs {
				if ev.ID == id {
					keep = append(keep, ev)
				}
			}
			evs, words, at = keep, "", nil
		}
	}
	match := func(weekday bool) []scheduling.EventView {
		var found []scheduling.EventView
		for _, ev := range evs {
			if ev.Cancelled || !ev.Mine { // (ev.Organizer is a name: the trial's users, named unlike their ids, found nothing)
				continue
			}
			start, err := time.Parse(time.RFC3339, ev.Start)
			if err != nil {
				continue
			}
			if at != nil && !weekday && !matchesTime(at, start) {
				continue
			}
			if at != nil && weekday && !matchesWeekday(at, start) {
				continue
			}
			if !namedBy(words, ev.Title) {
				continue
			}
			found = append(found, ev)
		}
		return found
	}
	found := match(false)
	if len(found) == 0 && at != nil && at.HasDate {
		// "수요일 3시 거" for the event of next week's Wednesday at 3: a
		// weekday said alone is read as the nearest one, but the event
		// meant is on that weekday at that time.
		found = match(true)
	}
	switch {
	case len(found) == 0:
		return notFound, true
	case len(found) > 1:
		var ls []string
		r := renaming{Title: title}
		for i, ev := range found {
			ls = append(ls, fmt.Sprintf("%d) %s %s", i+1, ev.WhenText, ev.Title))
			r.IDs = append(r.IDs, ev.ID)
		}
		if b, err := json.Marshal(r); err == nil {
			t.Set(slotRenaming, string(b))
		}
		return agents.Step{Say: t.Ko("어떤 일정인가요? 번호나 시간으로 말씀해 주세요: ", "Which one? Say its number or its time: ") + strings.Join(ls, ", ")}, true
	}
	ev := found[0]
	t.Understood("sched_rename_event", 0.9, map[string]string{"event_id": ev.ID, "title": title})
	raw, _ := json.Marshal(map[string]any{"event_id": ev.ID, "title": title})
	return agents.Step{Call: &agents.ToolCall{Tool: "sched_rename_event", Args: raw}}, true
}

// optionAt is the id of the item of the list on screen that ref picks
// by its place ("the first one", "마지막"), "" if none.
func optionAt(t *embedded.Turn, ref string) string {
	opts := t.State.Options
	if n := placeIn(t, ref, len(opts)); n > 0 {
		return opts[n-1].ID
	}
	return ""
}

// placeIn is the place (from 1) that ref picks by an ordinal in a list
// of n items ("the first one"; "마지막" and -1 count from the end), 0 if
// it names none there.
func placeIn(t *embedded.Turn, ref string, n int) int {
	for _, e := range entity.Parse(ref, t.Now) {
		if e.Kind != entity.KindOrdinal {
			continue
		}
		i := e.Ordinal
		if i < 0 {
			i += n + 1
		}
		if i >= 1 && i <= n {
			return i
		}
	}
	return 0
}

// nthListed is the id of the event ref picks by its place among evs (in
// the order sched_my_events lists them) when the list shown is not
// pickable: of the one day the user looked at last ("show my calendar
// for friday" keeps @day), or else of the days from today.
func nthListed(t *embedded.Turn, ref string, evs []scheduling.EventView) string {
	// the day whose events were just looked at (the brain keeps the day in
	// "@said_date" and marks a day looked at with "@day")
	day := ""
	if t.Slot("@day") != "" {
		day = t.Slot("@said_date")
	}
	var on []scheduling.EventView
	for _, ev := range evs {
		if ev.Cancelled {
			continue
		}
		if day != "" {
			start, err := time.Parse(time.RFC3339, ev.Start)
			if err != nil || start.In(t.Now.Location()).Format("2006-01-02") != day {
				continue
			}
		}
		on = append(on, ev)
	}
	if n := placeIn(t, ref, len(on)); n > 0 {
		return on[n-1].ID
	}
	return ""
}

// matchesTime: the event starts at the clock time said (and on the day
// said, when one was): the day and hour said (on the world's clock) are
// compared with the event's on the user's clock (start is in the zone the
// event is shown in), as scheduling reads a time said.
func matchesTime(at *entity.Time, start time.Time) bool {
	s := at.Start
	if at.HasTime && (s.Minute() != start.Minute() || s.Hour() != start.Hour() && !(at.Ambiguous && s.Hour()%12 == start.Hour()%12)) {
		return false // (a bare "3시" is 3 AM or PM: the hour on the clock)
	}
	if at.HasDate && s.Format("2006-01-02") != start.Format("2006-01-02") {
		return false
	}
	return true
}

// matchesWeekday: the event starts at the clock time said on the weekday
// of the day said, in whichever week.
func matchesWeekday(at *entity.Time, start time.Time) bool {
	s := at.Start
	if at.HasTime && (s.Minute() != start.Minute() || s.Hour() != start.Hour() && !(at.Ambiguous && s.Hour()%12 == start.Hour()%12)) {
		return false
	}
	return s.Weekday() == start.Weekday()
}

// namedBy: every word of ref that is not a generic one ("my", "일정") is
// in the title.
func namedBy(ref, title string) bool {
	lt := strings.ToLower(title)
	for _, w := range strings.Fields(strings.ToLower(ref)) {
		w = strings.Trim(w, ",.!?'\"‘’“”")
		if w == "" || generic[w] {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "의"), "'s")
		if !strings.Contains(lt, w) {
			return false
		}
	}
	return true
}

// slotWho keeps the names an answer listed when someone asked for was not
// in the directory ("‘철수’ 님은 주소록에 없어요. 초대할 수 있는 분은
// 김민수, 데이비드 밀러, …"), in the order said, for the next turn only.
const slotWho = "@whonames"

// notInDirectory is the error's message: the name and the directory in
// Korean and in English.
var notInDirectory = regexp.MustCompile(`^nobody called "(.+)" is in the directory \(it has: (.+) \| (.+)\)`)

// rememberWho keeps the names listed with a not-found error.
func rememberWho(t *embedded.Turn, r *skills.Result) {
	if r.Error == nil {
		return
	}
	m := notInDirectory.FindStringSubmatch(r.Error.Message)
	if m == nil {
		return
	}
	names := m[2]
	if t.Lang() == "en" {
		names = m[3]
	}
	t.Set(slotWho, names)
}

// whoPicked: "2번" to the names listed because the one asked for was not
// in the directory answered "죄송해요, 제가 이해한 내용으로는 처리할 수
// 없었어요." (trial13): the second name listed is the one meant, and the
// task under way goes on with them.
func whoPicked(t *embedded.Turn) (agents.Step, bool) {
	s := t.Slot(slotWho)
	if s == "" {
		return agents.Step{}, false
	}
	t.Set(slotWho, "")
	names := strings.Split(s, ", ")
	n := t.Ordinal()
	if n == -1 {
		n = len(names)
	}
	if n < 1 || n > len(names) || len(strings.Fields(t.Text())) > 4 || !strings.HasPrefix(t.Intent(), "sched_") || t.Slot("participants") != "" {
		return agents.Step{}, false
	}
	step := t.Proceed(map[string]string{"participants": names[n-1]}, 0.9)
	return step, step.Say != "" || step.Call != nil || step.Card != nil
}

// cancelMeeting: "면담 취소할게요, 하나 씨한테도 알려주세요", "We don't need
// the design review with Jiyoung and Minsu anymore — please cancel it for
// everyone" cancel a meeting: a word of cancelling, and the meeting's
// people or a meeting named, or the attendees to be told. The people
// named and the words of telling them sounded like an invitation, the
// replies to one or a search for a time (post14's weakest intents).
// Cancelling a booking, an order or a quiz is not the calendar's.
func cancelMeeting(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Intent() != "" || !cancelWordRe.MatchString(text) || notMeetingRe.MatchString(text) {
		return agents.Step{}, false
	}
	switch intent {
	case "sched_invite", "sched_find_slots", "sched_replies", "sched_invites", "sched_create_event", "out_of_scope", "greet", "help", "thanks":
	default:
		if p >= 0.6 {
			return agents.Step{}, false
		}
	}
	named := false
	for _, n := range t.Names() {
		if !notInvitable[strings.ToLower(strings.TrimSpace(n))] {
			named = true
		}
	}
	if !named && !meetingWord.MatchString(text) && !tellThemRe.MatchString(text) {
		return agents.Step{}, false
	}
	return t.Begin("sched_cancel_meeting", max(p, 0.6)), true
}

var (
	// cancelWordRe: the text calls something off.
	cancelWordRe = regexp.MustCompile(`(?i)취소|캔슬|없던\s*(?:걸로|거로|일로)|\b(?:cancel(?:led|ing)?|call(?:ing)?\s+off|scrap|(?:isn'?t|not)\s+happening)\b|\bdon'?t\s+need\b.*\banymore\b`)
	// notMeetingRe: what is called off is no calendar event.
	notMeetingRe = regexp.MustCompile(`(?i)예약|주문|숙소|식당|결제|퀴즈|장바구니|\b(?:booking|reservation|order|table|room|hotel|quiz|checkout|cart)s?\b`)
	// tellThemRe: the people of a meeting are to be told.
	tellThemRe = regexp.MustCompile(`(?i)알려|공지|통보|참석자|초대한|다들|\b(?:attendees|everyone|everybody|notify|let\s+(?:him|her|them|everyone)\s+know|tell\s+(?:him|her|them|everyone))\b`)
)

// cancelAtClock: "cancel my 3pm tomorrow", "내일 3시 거 취소해줘" name
// something at a time and nothing booked: with no booking of the user's
// at all, it is the calendar's event (it was read as a booking's
// cancellation, which found none).
func cancelAtClock(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != "booking_cancel" || t.Intent() != "" || !cancelWordRe.MatchString(text) || notMeetingRe.MatchString(text) || !clockRe.MatchString(text) {
		return agents.Step{}, false
	}
	today := time.Date(t.Now.Year(), t.Now.Month(), t.Now.Day(), 0, 0, 0, 0, t.Now.Location())
	if t.Call == nil || !hasTool(t, mineTool) || len(bookedPlans(t, today, today.AddDate(1, 0, 0))) > 0 {
		return agents.Step{}, false
	}
	return t.Begin("sched_cancel_event", max(p, 0.6)), true
}

// clockRe: a clock time said ("3pm", "오후 3시", "15:00").
var clockRe = regexp.MustCompile(`(?i)\d{1,2}\s*(?:시|:\d\d|\s?(?:am|pm|a\.m\.|p\.m\.))|\b(?:noon|midnight)\b|정오`)

// The three ways of speaking of invitations, apart (blind sets post12–15:
// each read as another about as often as right). Someone else's answer
// asked after, in the past ("민수가 내 초대 거절했나?", "지영 씨 수락했는지
// 봐줘") is the replies to the user's own invitation (sched_replies); the
// invitations still to answer ("응답해야 할 초대", "수락 안 한 초대",
// "pending invitation") are the user's own received ones
// (sched_invites); an answer given ("참석으로 응답해 줘", "no로 해줘") to
// an invitation is a response (sched_respond).
var (
	// koAnsweredAsk: an answer given, asked after in the past tense.
	koAnsweredAsk = regexp.MustCompile(`(?:수락|거절|승낙|응답|회신|답장|참석|불참)\s*(?:을|를|은|는)?\s*(?:했|하셨|하였|한\s*(?:사람|분|거|것))(?:나|는지|니|냐|을까|습니까|어\s*[?？]|어요\s*[?？]|나요|는지|\s*[?？]|$)|(?:답|답장|응답|회신)\s*(?:이|은)?\s*(?:왔|온|오셨)`)
	// koToAnswer: invitations still waiting for the user's answer.
	koToAnswer = regexp.MustCompile(`(?:수락|거절|승낙)(?:을|를)?\s*(?:하거나|해야)|(?:응답|답|답장|회신|대답)\s*(?:을|를)?\s*(?:해야|안\s*한|안한|하지\s*않은|못\s*한|없는|대기|기다리는)|(?:수락|거절)\s*(?:을|를)?\s*(?:안\s*한|안한|하지\s*않은|못\s*한)|(?:대기\s*중인|밀린|남은|남아\s*있는|pending)\s*(?:초대|invitation|invite)|(?i:pending\s+invit)`)
	// koInvitation: a word for an invitation or meeting request.
	koInvitation = regexp.MustCompile(`(?i)초대|초청|(?:미팅|회의|일정|약속)\s*요청|invitation|invite`)
	// koOthersOwe: the people who owe the user's own invitation an answer
	// ("내가 초대한 회의에 답 안 한 사람", "아직 응답 안 한 분 누구야").
	koOthersOwe = regexp.MustCompile(`(?:내가|제가|우리가)\s*(?:초대한|보낸|잡은)|(?:안\s*한|안한|않은|없는)\s*(?:사람|분|애|팀원|인원|참석자)|누가|누구`)
	// koMine: the user is the one who answers ("내가", "제가").
	koMine = regexp.MustCompile(`(?:^|\s)(?:내가|제가|나는|저는)\s`)
	// koGiveAnswer: an answer to give, said as a request ("참석으로
	// 응답해 주세요", "no로 해줘", "수락 처리해 줘").
	koGiveAnswer = regexp.MustCompile(`(?:으로|로|이라고|라고|한다고|하겠다고|간다고)\s*(?:응답|답|답장|회신|대답|해|처리|표시|눌러|보내)|(?:수락|거절|승낙)\s*(?:처리\s*)?(?:해\s*줘|해\s*주|할게|할래|하겠|해요|해$|부탁)`)
)

// invitationsKo sets the three apart in Korean (see koAnsweredAsk).
func invitationsKo(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if t.Intent() != "" || p < 0.05 || !koInvitation.MatchString(text) && !koAnsweredAsk.MatchString(text) {
		return agents.Step{}, false
	}
	switch {
	case koToAnswer.MatchString(text) && !koAnsweredAsk.MatchString(text) && !koOthersOwe.MatchString(text) && intent != "sched_invites" && koInvitation.MatchString(text):
		return t.Begin("sched_invites", p), true
	case koToAnswer.MatchString(text) && koOthersOwe.MatchString(text) && !koMine.MatchString(strings.ReplaceAll(text, "내가 초대한", "")) && intent == "sched_invites":
		// "내가 초대한 회의에서 아직 답 안 한 사람 누구야": who owes the user's
		// own invitation an answer — its replies (post11)
		return t.Begin("sched_replies", p), true
	case koAnsweredAsk.MatchString(text) && !koMine.MatchString(text) && !koToAnswer.MatchString(text) && intent != "sched_replies" &&
		(intent == "sched_respond" || intent == "sched_invite" || intent == "sched_invites") && (len(t.Names()) > 0 || t.Gazetteer("people") != "" || strings.Contains(text, "누가") || strings.Contains(text, "다들")):
		return t.Begin("sched_replies", p), true
	case koGiveAnswer.MatchString(text) && t.Gazetteer("response") != "" && !koAnsweredAsk.MatchString(text) && !koToAnswer.MatchString(text) &&
		(intent == "sched_replies" || intent == "sched_invite" || intent == "sched_invites"):
		return t.Begin("sched_respond", p), true
	}
	return agents.Step{}, false
}

// sentAskedRe asks whether an invitation went out ("서연이한테 초대장
// 보냈어?", "did you send the invite to Minsu?"): a question about the
// meetings asked for, not a request to set one up.
var sentAskedRe = regexp.MustCompile(`(?i)(?:초대장?|초청|invite)\S*\s*(?:을|를|은|는|이|가)?\s*(?:다\s*|벌써\s*|이미\s*)?(?:보냈|갔|간\s*거|보낸\s*거)\S*\s*[?？]?\s*$|(?:보냈|보낸\s*거)\S*\s*[?？]\s*$|\b(?:did|have|has)\s+(?:you|the\s+invit\w*|my\s+invit\w*)\s+(?:already\s+)?(?:send|sent|go|gone|invite[d]?)\b|\bwas\s+(?:the\s+)?invit\w*\s+sent\b`)

// sentAsked: "서연이한테 초대장 보냈어?" with no meeting began one ("언제로
// 잡을까요?", a trial): who was invited and who answered is shown.
func sentAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if t.Intent() != "" || intent != "sched_invite" && intent != "sched_create_event" && intent != "sched_find_slots" || !sentAskedRe.MatchString(t.Text()) {
		return agents.Step{}, false
	}
	return t.Begin("sched_replies", max(p, 0.6)), true
}

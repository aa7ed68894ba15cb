package titles

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
)

// The blind set post17 and und18a's own check: "내일 아침 헬스 취소. 못 갈
// 듯" was read as declining an invitation (none to answer), "내일 아침
// 수영 취소" as a restaurant booking's cancel and "다음 주 월요일 병원 가는
// 일정 삭제해줄 수 있어?" as nothing this avatar does. A removal said of
// something named by what it is (an activity, an appointment) or of a
// calendar entry — no booking, no invitation, nothing pointed at — is the
// cancel of the user's own event, whether or not that event exists (the
// brain then says there is none).
var (
	// bookingWordRe: what a booking's cancel names (a booking, a place to
	// eat or stay, a table or room).
	bookingWordRe = regexp.MustCompile(`(?i)예약|식당|맛집|레스토랑|숙소|호텔|한옥|리조트|게스트|펜션|모텔|객실|방\s*하나|테이블|자리|트라토리아|스시|딤섬|비스트로|한정식|숯불|브런치|\b(?:booking|booked|reservation|reserved|restaurant|table|hotel|room|stay|hanok|resort|guesthouse|hold)\b`)
	// calendarWordRe: a calendar entry said as such.
	calendarWordRe = regexp.MustCompile(`(?i)일정|캘린더|달력|스케줄|\b(?:calendar|schedule)\b`)
	// inviteOrOthersRe: an invitation or a meeting with others (those
	// are answered or called off, not deleted).
	inviteOrOthersRe = regexp.MustCompile(`(?i)초대|참석자|회의|미팅|모임|다들|팀원|\b(?:invit\w*|meeting|attendees|everyone)\b`)
	// pointedRe: the thing pointed at or just talked about, which the
	// conversation knows better than words ("그거 취소", "방금 한 거").
	pointedRe = regexp.MustCompile(`(?i)그거|그것|그걸|그건|이거|이것|이걸|저거|방금|아까|번째|마지막|\d+\s*번|\b(?:it|that|this|last|first|second)\b`)
	// timeTokenRe: a word that only says when.
	timeTokenRe = regexp.MustCompile(`^(?:오늘|내일|모레|글피|어제|이번|다음|담|저번|주|주말|이번주|다음주|[월화수목금토일](?:요일)?|아침|오전|오후|저녁|점심|밤|새벽|낮|\d.*|.*[0-9].*|.*요일(?:에|의)?|(?:오늘|내일|모레|아침|오전|오후|저녁|점심|밤)(?:에|의|꺼|거)|today|tomorrow|tonight|morning|afternoon|evening|next|this|on|at|in|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s?)$`)
)

func cancelOwnEvent(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	switch intent {
	case "booking_cancel", "sched_respond", "out_of_scope", "greet", "help":
	default:
		return agents.Step{}, false
	}
	if t.Intent() != "" || t.Ordinal() != 0 || !removeVerbRe.MatchString(text) || bookingWordRe.MatchString(text) ||
		inviteOrOthersRe.MatchString(text) || t.Gazetteer("place_name") != "" || len(t.Names()) > 0 {
		return agents.Step{}, false
	}
	// The clause the removal is said in ("헬스 취소. 못 갈 듯": not the
	// reason after it) names the thing removed.
	clause := text
	for _, c := range regexp.MustCompile(`[.!?,。]+`).Split(text, -1) {
		if removeVerbRe.MatchString(c) {
			clause = c
			break
		}
	}
	if pointedRe.MatchString(clause) {
		return agents.Step{}, false // ("그거 취소", "cancel that": the conversation knows which)
	}
	named := calendarWordRe.MatchString(clause)
	if !named {
		for _, w := range strings.Fields(strings.ToLower(cancelNoise.ReplaceAllString(clause, " "))) {
			if len([]rune(w)) >= 2 && !timeTokenRe.MatchString(w) {
				named = true
				break
			}
		}
	}
	if !named {
		return agents.Step{}, false
	}
	if intent == "sched_respond" {
		// (an invitation waiting may be what "못 간다" answers)
		r := t.Call("sched_invites", map[string]any{})
		var inv []json.RawMessage
		if r.Status != skills.StatusOK || json.Unmarshal(r.Data, &inv) != nil || len(inv) > 0 {
			return agents.Step{}, false
		}
	}
	return t.Begin("sched_cancel_event", max(p, 0.6)), true
}

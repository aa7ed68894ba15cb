package titles

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
)

// A new user's trial (trial19, a3/e2): "둘 다 초대 보내줘" with the free
// times for a meeting with two people on the card asked "누구를
// 초대할까요?", and "send invites to both of them" after the invitations
// went out asked "Who should I invite?". "Both of them" are the people
// already chosen: with the times on the card, which time is asked (the
// people named); with the meeting just made, the user is told they are
// invited already, to what and when.
var (
	bothRe   = regexp.MustCompile(`(?i)\bboth(?:\s+of\s+them)?\b|\bthe\s+two\s+of\s+them\b|\ball\s+of\s+them\b|\beach\s+of\s+them\b|둘\s*다|둘\s*모두|두\s*(?:명|사람|분)\s*(?:다|모두)|두\s*분\s*께|(?:그\s*)?사람들(?:한테|에게)|다들(?:한테|에게)?|모두(?:한테|에게)`)
	inviteRe = regexp.MustCompile(`(?i)\binvit\w*|초대|초청`)
	// repliesAskRe asks how the invited answered ("초대 보낸 거 다들 오케이
	// 했나"), not to invite them.
	repliesAskRe = regexp.MustCompile(`(?i)했나|했어|했는지|됐나|했을까|[?？]|\baccept|\brepl|\banswer|\brespond|\bsaid\s+yes|오케이|수락|거절|답장|답했|응답`)
)

func inviteBoth(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if !bothRe.MatchString(text) || !inviteRe.MatchString(text) || repliesAskRe.MatchString(text) || t.Ordinal() != 0 || t.State.Pending != nil || len(t.Names()) > 0 {
		return agents.Step{}, false
	}
	if t.Intent() == "sched_find_slots" && t.Slot("participants") != "" && len(t.State.Options) > 0 {
		names := strings.Split(t.Slot("participants"), ",")
		var labels []string
		for i, o := range t.State.Options {
			labels = append(labels, strconv.Itoa(i+1)+") "+o.Label)
		}
		t.Understood("sched_invite", 0.8, map[string]string{"participants": t.Slot("participants")})
		return agents.Step{Say: t.Ko(joinKo(names)+" 모두 초대할게요. 몇 번째 시간으로 할까요? "+strings.Join(labels, ", "),
			"I'll invite "+joinEn(names)+". Which time? "+strings.Join(labels, ", "))}, true
	}
	if t.Intent() != "" || t.Slot("@said_of") != "sched_invite" || t.Slot("@said_id") == "" {
		return agents.Step{}, false
	}
	now := t.Now
	evs, ok := comingEvents(t)
	if !ok {
		return agents.Step{}, false
	}
	for _, e := range evs {
		if e.ID != t.Slot("@said_id") {
			continue
		}
		var names []string
		for _, a := range e.Attendees {
			if a.ID != e.Organizer {
				names = append(names, nameIn(t, a.ID, a.Name))
			}
		}
		st, err := time.Parse(time.RFC3339, e.Start)
		if err != nil || len(names) == 0 {
			return agents.Step{}, false
		}
		st = st.In(now.Location())
		when := words.Date(st, t.Lang()) + " " + words.Clock(st.Hour(), st.Minute(), t.Lang())
		t.Understood("sched_invite", 0.8, map[string]string{"participants": strings.Join(names, ",")})
		return agents.Step{Say: t.Ko(joinKo(names)+"님은 이미 "+when+" ‘"+e.Title+"’에 초대했어요. 다른 분도 초대할까요?",
			joinEn(names)+" are already invited to “"+e.Title+"” on "+when+". Should I invite anyone else?")}, true
	}
	return agents.Step{}, false
}

func joinKo(names []string) string { return strings.Join(names, ", ") }

func joinEn(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// nameIn is a colleague's name as the user's language reads it: the
// directory's English name in English ("Minsu Kim", not "김민수").
func nameIn(t *embedded.Turn, id, name string) string {
	if t.Lang() != "en" {
		return name
	}
	r := t.Call("sched_find_people", map[string]any{"query": name})
	var ps []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	if r.Status != skills.StatusOK || json.Unmarshal(r.Data, &ps) != nil {
		return name
	}
	for _, p := range ps {
		if i, j := strings.LastIndex(p.Name, "("), strings.LastIndex(p.Name, ")"); (p.ID == id || strings.HasPrefix(p.Name, name+" (")) && i >= 0 && j > i+1 {
			return p.Name[i+1 : j]
		}
	}
	return name
}

// whoFreeRe: "who's free?", "누가 돼요?" asked of the times on the card.
var whoFreeRe = regexp.MustCompile(`(?i)^\s*(?:so|and|ok|okay|wait)?[,\s]*who(?:'s|\s+is|\s+are|s)?\s+(?:free|available|ok|okay)(?:\s+(?:then|at\s+those\s+times|for\s+(?:these|those|them)))?\s*\??\s*$|^\s*(?:그럼\s*)?누가\s*(?:시간\s*)?(?:돼|되나|되는|괜찮|비어|비는|한가|가능)\S*\s*[?？]?\s*$`)

// whoFree: "who's free?" with the free times on the card got "Nobody by
// that name." (trial19: it was looked up as a person called "free").
// Everyone asked for is free at every time listed: said so, the times
// asked again.
func whoFree(t *embedded.Turn) (agents.Step, bool) {
	if !whoFreeRe.MatchString(t.Text()) || t.Intent() != "sched_find_slots" || t.Slot("participants") == "" || len(t.State.Options) == 0 {
		return agents.Step{}, false
	}
	names := strings.Split(t.Slot("participants"), ",")
	var labels []string
	for i, o := range t.State.Options {
		labels = append(labels, strconv.Itoa(i+1)+") "+o.Label)
	}
	t.Understood("sched_find_slots", 0.8, map[string]string{"participants": t.Slot("participants")})
	return agents.Step{Say: t.Ko(joinKo(names)+" 님과 저 모두 이 시간에는 다 비어 있어요: "+strings.Join(labels, ", ")+". 몇 번째로 할까요?",
		"Everyone — "+strings.Join(names, ", ")+" and you — is free at each of these: "+strings.Join(labels, ", ")+". Which one?")}, true
}

// inviteBothPending: "둘 다한테 초대 보내줘" with the invitation card open
// asked "누구를 초대할까요?" (fix19a's own check): the card already invites
// them — said so, and where to press.
func inviteBothPending(t *embedded.Turn) (agents.Step, bool) {
	p := t.State.Pending
	text := t.Text()
	if p == nil || p.Tool != "sched_invite" || !bothRe.MatchString(text) || !inviteRe.MatchString(text) || repliesAskRe.MatchString(text) || len(t.Names()) > 0 {
		return agents.Step{}, false
	}
	var args struct {
		Participants []string `json:"participants"`
	}
	if json.Unmarshal(p.Args, &args) != nil || len(args.Participants) == 0 {
		return agents.Step{}, false
	}
	names := args.Participants
	for i, n := range names {
		names[i] = nameIn(t, n, n)
	}
	t.Understood("sched_invite", 0.8, map[string]string{"participants": strings.Join(args.Participants, ",")})
	return agents.Step{Say: t.Ko("확인 카드가 "+joinKo(names)+"님 모두를 초대해요. 카드의 ‘초대 보내기’를 눌러 주세요.",
		"The card invites "+joinEn(names)+" — press “Send invites” on it.")}, true
}

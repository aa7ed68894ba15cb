package embedded

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/nlu/entity"
	"github.com/madang-world/madang/agents/nlu/intent"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/dialogue"
	"github.com/madang-world/madang/skills/store"
)

// begin starts a task from the sentence that asked for it.
func (t *turn) begin(intent string, p float64) agents.Step {
	in := t.m.intents[intent]
	prev, prevIntent := t.st.Slots, t.st.Intent
	t.start(intent)
	for _, k := range in.Keep {
		if v := prev[k]; v != "" {
			t.set(k, v)
		}
	}
	if day := prev[slotDay]; day != "" && prev[slotDayLooked] != "" {
		// "what's on my calendar tomorrow?" then "ok then add yoga at
		// 6pm": the day just looked at is the day meant, unless one is
		// said (see finish).
		delete(t.st.Slots, slotDayLooked)
		for name, s := range in.Slots {
			if s.From == dialogue.FromDateTime && s.Of == "" {
				t.set(name+"#date", day)
			}
		}
	}
	fills := t.extract(in, false)
	if prevIntent == intent {
		keepBounds(in, prev, fills)
	}
	return t.proceed(intent, fills, p)
}

// keepBounds: a new search for the same kind of thing as the one just
// shown — a word of its text said again ("wireless headphones under
// 100000 won", then "show me black headphones") — keeps the budget that
// search had when the new one says none: the user refines, they did not
// drop their budget. Another kind of thing ("now a mouse") starts afresh.
func keepBounds(in *intentOf, prev, fills map[string]string) {
	same := false
	for name, s := range in.Slots {
		if s.From != dialogue.FromText || fills[name] == "" || prev[name] == "" {
			continue
		}
		old := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(prev[name])) {
			old[strings.Trim(w, ",.!?")] = true
		}
		for _, w := range strings.Fields(strings.ToLower(fills[name])) {
			if w = strings.Trim(w, ",.!?"); (len([]rune(w)) >= 4 || len([]rune(w)) >= 2 && w[0] >= 0x80) && old[w] && !pronounWord[w] {
				same = true
			}
		}
	}
	if !same {
		return
	}
	for name, s := range in.Slots {
		if (s.From == dialogue.FromMoneyMax || s.From == dialogue.FromMoneyMin) && fills[name] == "" && prev[name] != "" {
			fills[name] = prev[name]
		}
	}
}

// textSlots are the task's words (its text slots' values, "query=hoodies"):
// what a list was found by, told apart from its bounds and hours.
func (t *turn) textSlots() string {
	in := t.m.intents[t.st.Intent]
	if in == nil {
		return ""
	}
	var out []string
	for name, s := range in.Slots {
		if s.From == dialogue.FromText {
			out = append(out, name+"="+t.slot(name))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\x1f")
}

// relaxesRe: a sentence that lets go of what it names ("한옥 아니어도
// 괜찮아요", "꼭 한옥일 필요는 없어요", "it doesn't have to be a hanok").
var relaxesRe = regexp.MustCompile(`(?i)아니어도|아니라도|아니여도|아니더라도|아녀도|일\s*필요\s*(?:는|가)?\s*없|\b(?:doesn'?t|does not|don'?t|do not|needn'?t|need not)\s+(?:have|need)\s+to\s+be\b|\bnot necessarily\b`)

// extract reads the intent's slots from the sentence. answering says a
// task is open, so a bare number or free text may answer its question.
func (t *turn) extract(in *intentOf, answering bool) map[string]string {
	out := map[string]string{}
	asking := ""
	if answering {
		asking = t.slot("_asking")
	}
	for name, s := range in.Slots {
		if answering && s.From == dialogue.FromText && asking != name {
			if s.Unit == "untimed" && t.slot(name) == "" && t.e.time != "" && in.Slots[asking] != nil && in.Slots[asking].From == dialogue.FromDateTime {
				// "다음 주 화요일 12시 반에 은행 업무 보는 거" to "when?" for an
				// event not named yet: when, and what (post15) — the words
				// besides the time, when they say something.
				if v := t.slotValue(in, name, s, false); v != "" && !particlesOnly(v) {
					out[name] = v
				}
			}
			if s.Clause != "" && asking == "" && insteadOf(t.text, t.m.gazetteer(in.file, s.Clause)) != t.text {
				// "아 그냥 헤드폰 말고 유선 이어폰으로 보여 줘요" with the
				// headphones listed: the thing said instead is searched for,
				// however long the sentence (post16)
				if v := t.slotValue(in, name, s, false); v != "" {
					out[name] = v
				}
			}
			continue // any sentence has words: only an answer to the question fills a text slot mid-task
		}
		if v := t.slotValue(in, name, s, asking == name); v != "" {
			out[name] = v
		}
	}
	for name, s := range in.Slots {
		if s.From == dialogue.FromGazetteer && out[name] != "" && relaxesRe.MatchString(t.text) {
			// "한옥 아니어도 괜찮아요", "it doesn't have to be a hanok": the
			// value said is the one no longer asked for — cleared, and the
			// search runs again without it.
			out[name] = ""
		}
	}
	if s := in.Slots[asking]; s != nil && s.From == dialogue.FromDateTime && out[asking] == "" && t.e.date != "" && t.e.time == "" {
		// "thursday afternoon" to "when should it be?": the day is
		// answered (kept in name#date by slotValue), the hour is asked
		// next (see ask) — an answer, not an unplaced text.
		out[asking+"#date"] = t.e.date
	}
	if answering && len(out) == 0 && t.revisesText(in) {
		// "아니 유선 말고 무선으로", "what about wired ones?" after a list
		// found by words: those words said anew, the rest kept.
		for name, s := range in.Slots {
			if s.From != dialogue.FromText || s.Value == "asked" || s.Unit == "address" || asking != "" && asking != name {
				continue
			}
			if v := t.slotValue(in, name, s, false); v != "" {
				out[name] = v
			}
		}
	}
	// "더 싼 거": refine the last result, if there is one.
	for _, r := range in.Refine {
		if !has(t.text, r.Words) || has(t.text, r.Unless) {
			continue
		}
		set := map[string]string{}
		for k, tpl := range r.Set {
			if v := t.fill(tpl, t.lookupSlot); v != "" {
				set[k] = v
			}
		}
		if len(set) == len(r.Set) {
			t.set("_refined", "1") // an empty result leaves the list it refines (see onResult)
			for k, v := range set {
				if s := in.Slots[k]; s != nil && s.From != dialogue.FromText && out[k] != "" && t.saidBesides(in, k, s, r.Words) {
					continue // "더 싼 거 3만원 이하로": the bound said, not one below the cheapest
				}
				out[k] = v
			}
		}
	}
	// A gazetteer value may set other slots (the area's city).
	for name, s := range in.Slots {
		if s.From != dialogue.FromGazetteer || out[name] == "" {
			continue
		}
		for _, e := range t.m.gazetteer(in.file, s.Gazetteer) {
			if e.Value == out[name] {
				for k, v := range e.Set {
					if in.Slots[k] != nil && out[k] == "" {
						out[k] = v
					}
				}
			}
		}
	}
	// A value kept from before that sets another slot to what the text
	// now says otherwise ("성수" is in Seoul; "forget seoul, … in busan")
	// is no longer meant: cleared with it.
	for name, s := range in.Slots {
		old := t.slot(name)
		if s.From != dialogue.FromGazetteer || old == "" {
			continue
		}
		if _, said := out[name]; said {
			continue
		}
		for _, e := range t.m.gazetteer(in.file, s.Gazetteer) {
			if e.Value != old {
				continue
			}
			for k, v := range e.Set {
				if now := out[k]; now != "" && now != v {
					out[name] = ""
				}
			}
		}
	}
	return out
}

func (t *turn) slotValue(in *intentOf, name string, s *dialogue.Slot, asked bool) string {
	e := t.e
	switch s.From {
	case dialogue.FromDate:
		if d := t.weekdayOfTask(in, name); d != "" {
			return d
		}
		return e.date
	case dialogue.FromDateEnd:
		if e.dateEnd != "" && e.dateEnd == e.date {
			if d := t.weekdayOfTask(in, dateSlotOf(in)); d != "" {
				return d // (the one day said)
			}
		}
		return e.dateEnd
	case dialogue.FromTime:
		if e.time == "" && e.bareHour != 0 && s.Prefer == "pm" {
			// "make it 6 instead": a table's hour is an evening one
			// (the pm reading below).
			e.time, e.timeAmbiguous = fmt.Sprintf("%02d:00", e.bareHour), true
		}
		if e.time == "" && s.Unit == "window" {
			return e.winFrom
		}
		if s.Prefer == "pm" && e.timeAmbiguous {
			if h, err := strconv.Atoi(e.time[:2]); err == nil && h >= 1 && h <= 10 {
				return fmt.Sprintf("%02d%s", h+12, e.time[2:])
			} else if err == nil && h == 0 {
				// A bare "12시" said after noon reads as tonight's midnight
				// (the next 12 o'clock, package entity); a table's 12 is
				// noon — "그날 점심 … 12시" was told midnight had no room,
				// and offered 12:00 instead.
				return "12" + e.time[2:]
			}
		}
		return e.time
	case dialogue.FromTimeEnd:
		return e.winTo
	case dialogue.FromDateTime:
		if s.Of != "" {
			if to, ok := movedTo(t.text, t.Now); ok {
				e = to // "move my 3pm tomorrow to 5pm": where to, not which one
			}
		}
		if e.time == "" && e.bareHour != 0 && s.Of != "" {
			// "move the dentist to 4": the picked item's new hour, in the
			// working day (1–8 are the afternoon's).
			h := e.bareHour
			if h <= 8 {
				h += 12
			}
			e.time = fmt.Sprintf("%02d:00", h)
		}
		if e.time == "" && e.clockRange {
			// "3 to 5pm": it starts at 3pm (its length is the minutes).
			e.time = e.winFrom
		}
		if s.Of != "" && e.date != "" {
			// "그 회의 하루 뒤로 미뤄줘", "same time two days later": the
			// parser reads the days from today, but a move said relative
			// is from the item's own day (a trial moved a meeting on Mon
			// 12/14 "a day later" to Thu 12/10).
			if n := daysShift(t.text, e.date, t.Now); n != 0 {
				if e.time == "" {
					t.set(name+"#shift", strconv.Itoa(n*1440))
				} else {
					t.set(name+"#time", e.time)
					t.set(name+"#days", strconv.Itoa(n))
				}
				return ""
			}
		}
		if e.time != "" && s.Of != "" {
			// "그 회의 한 시간 뒤로 미뤄줘": the parser reads "한 시간 뒤"
			// as an hour from now, but a move said relative is the
			// item's own time shifted (the trial moved a Thursday noon
			// meeting to today 11:08).
			if sign := shiftSign(t.text); sign != 0 && fromNowRe.MatchString(t.text) {
				if at, err := time.ParseInLocation("2006-01-02T15:04", orDay(e.date, t.Now)+"T"+e.time, t.Now.Location()); err == nil {
					// (from the clock's minute: the parser keeps hours
					// and minutes, so at 10:05:40 "45 minutes later"
					// reads 10:50, 44 minutes and 20 seconds away)
					m := int(math.Round(at.Sub(t.Now.Truncate(time.Minute)).Minutes()))
					if m < 0 {
						m = -m
					}
					if m > 0 {
						t.set(name+"#shift", strconv.Itoa(sign*m))
						return ""
					}
				}
			}
		}
		if s.Of != "" && e.date != "" && bareWeekday(t.text) {
			// "push it to Wednesday same time", "그 회의 목요일로 옮겨줘":
			// a weekday said of the item is of the item's week (or the
			// next, never before today), not the next one from today —
			// a trial moved a meeting on Tue Dec 15 back to Wed Dec 9
			// (see completeOf, once the item is known).
			t.set(name+"#wday", e.date)
		}
		if e.time != "" {
			d := e.date
			if d == "" {
				d = t.slot(name + "#date")
			}
			if d == "" && s.Of != "" {
				// The day comes with the item picked (see ask).
				t.set(name+"#time", e.time)
				if e.bareHour != 0 || e.timeAmbiguous {
					t.set(name+"#half", "1") // morning or evening: the item's (see completeOf)
				}
				return ""
			}
			if d == "" {
				d = t.Now.Format("2006-01-02")
			}
			return d + "T" + e.time
		}
		if e.date != "" {
			// A day alone: keep it until a time is said.
			t.set(name+"#date", e.date)
		} else if s.Of != "" && e.minutes != "" {
			// "30분 늦춰줘", "push it back an hour": the item's own time
			// moved by the length said (see completeOf).
			if sign := shiftSign(t.text); sign != 0 {
				m, _ := strconv.Atoi(e.minutes)
				t.set(name+"#shift", strconv.Itoa(sign*m))
			} else if lengthSlot(in) != "" {
				// "make the dentist 90 minutes long", "1시간 반으로": a new
				// length, at the item's own time.
				t.set(name+"#shift", "0")
			}
		}
	case dialogue.FromPeople:
		if e.people != "" {
			return e.people
		}
		if asked && len(e.numbers) == 1 {
			return strconv.Itoa(e.numbers[0])
		}
	case dialogue.FromNights:
		if e.nights != "" {
			return e.nights
		}
		if e.spanDays != "" {
			return e.spanDays // "해운대 리조트 오늘부터 사흘": three nights, as before
		}
		// A stay said as days: "24일부터 27일까지" is three nights, "a week"
		// seven, "하루" one.
		if e.interval && e.date != "" && e.dateEnd > e.date {
			a, err1 := time.Parse("2006-01-02", e.date)
			b, err2 := time.Parse("2006-01-02", e.dateEnd)
			if err1 == nil && err2 == nil {
				return strconv.Itoa(int(b.Sub(a).Hours() / 24))
			}
		}
		if m, err := strconv.Atoi(e.minutes); err == nil && m > 0 && m%1440 == 0 {
			return strconv.Itoa(m / 1440)
		}
		if asked && len(e.numbers) == 1 {
			return strconv.Itoa(e.numbers[0])
		}
	case dialogue.FromNumber:
		if e.items != "" && !(e.itemsBare && s.Unit == dialogue.UnitCounted) {
			return e.items
		}
		if asked && len(e.numbers) == 1 {
			return strconv.Itoa(e.numbers[0])
		}
	case dialogue.FromPlace:
		p, _ := t.placeFor(in)
		return p
	case dialogue.FromMinutes:
		if s.Unit == "before" {
			return e.reminder
		}
		if s.Unit == "length" {
			if shiftSign(t.text) != 0 && !newLengthRe.MatchString(t.text) {
				return "" // "push it back 30 minutes" moves it; it lasts as long
			}
			return e.minutes // only a length said ("move #1 to 5pm" is no 1-to-5 range)
		}
		if e.minutes == "" && e.clockRange && hasFrom(in, dialogue.FromDateTime) {
			// An event said as "3 to 5pm" lasts two hours (a search
			// window — "2시부터 5시 사이" — is not a length).
			a, err1 := time.Parse("15:04", e.winFrom)
			b, err2 := time.Parse("15:04", e.winTo)
			if err1 == nil && err2 == nil && b.After(a) {
				return strconv.Itoa(int(b.Sub(a).Minutes()))
			}
		}
		return e.minutes
	case dialogue.FromMoneyMax:
		return e.moneyMax
	case dialogue.FromMoneyMin:
		return e.moneyMin
	case dialogue.FromNames:
		ns := e.names
		if s.Gazetteer != "" {
			ns = knownNames(t.text, ns, t.m.gazetteer(in.file, s.Gazetteer))
		}
		return strings.Join(ns, ",")
	case dialogue.FromMemory:
		// A remembered fact may also be said with the request ("채식 메뉴
		// 있는 곳"): a memory slot with a gazetteer reads it from the text
		// first, and from memory at the call when it was not said.
		if s.Gazetteer != "" {
			return lookupGazetteer(t.text, t.m.gazetteer(in.file, s.Gazetteer))
		}
		return ""
	case dialogue.FromGazetteer:
		text := t.text
		if a := address(text); a != "" {
			text = strings.Replace(text, a, " ", 1) // "Gangnam-gu" in an address is not the Gangnam store
		}
		if m := forgetRe.FindStringIndex(text); m != nil {
			// "forget seoul, show me busan", "not jeju — busan": the place
			// put aside is not the one meant.
			if v := lookupGazetteer(text[:m[0]]+" "+text[m[1]:], t.m.gazetteer(in.file, s.Gazetteer)); v != "" {
				return v
			}
		}
		if _, rest, ok := strings.Cut(text, "말고"); ok {
			// "리조트 말고 한옥은?": what is said instead
			if v := lookupGazetteer(rest, t.m.gazetteer(in.file, s.Gazetteer)); v != "" {
				return v
			}
		}
		return lookupGazetteer(text, t.m.gazetteer(in.file, s.Gazetteer))
	case dialogue.FromText:
		if s.Chat {
			plain := *s
			plain.Chat = false
			return intent.ExpandChat(t.slotValue(in, name, &plain, asked))
		}
		if s.Unit == "address" {
			// A street address said with the request ("서울 마포구 월드컵로
			// 10으로 배송해 줘"); as the answer to its question, any words.
			if a := address(t.text); a != "" {
				if asked {
					return answerAddress(t.text, a, s.Strip)
				}
				return a
			}
		}
		if s.Value == "asked" && !asked {
			return ""
		}
		if s.Gazetteer != "" {
			// "이지영 님이 누군지 디렉토리에서 찾아봐", "김민수 씨 어느
			// 부서인지 알아봐 줄래요?": the person of the directory named
			// is what is looked up, not the sentence around the name.
			es := t.m.gazetteer(in.file, s.Gazetteer)
			if w := reversedName(t.text, es); w != "" {
				return w
			}
			if w := longestWordOf(t.text, es); w != "" {
				return w
			}
		}
		text := t.text
		if s.Unit == "untimed" {
			if ti := titled(text); ti != "" {
				return ti // "… called Q1 budget": the title is what it is called
			}
		}
		switch s.Unit {
		case "untimed":
			if k := reminderClauseAt(text); k > 0 {
				// "치과 일정 넣어주고 전날 저녁에 알림도 해줘", "add dentist …
				// and remind me the day before": the reminder said after
				// is no part of what the event is (blanked, so the
				// entities' spans fall where they were said).
				text = text[:k] + strings.Repeat(" ", len(text)-k)
			}
			if _, at := t.placeFor(in); at != "" && hasFrom(in, dialogue.FromPlace) {
				// where is not what; blanked, not cut, so the entities'
				// spans still fall where they were said
				text = strings.Replace(text, at, strings.Repeat(" ", len(at)), 1)
			}
			ns := t.e.names
			for _, o := range in.Slots {
				if o.From == dialogue.FromNames && o.Gazetteer != "" {
					// People of the directory named bare ("w jiyoung and
					// minsu") are who, not what.
					ns = knownNames(t.text, ns, t.m.gazetteer(in.file, o.Gazetteer))
					// A full name said ("David Miller") goes whole, surname too.
					ns = append(fullNamesIn(t.text, t.m.gazetteer(in.file, o.Gazetteer)), ns...)
				}
			}
			text = untimed(withoutNames(t.e.without(text), append(ns, t.e.names...)))
			// "팀장님이랑밥약속": who it is with ends a word of its own.
			text = withWhomRe.ReplaceAllString(text, "$1 $2")
		case "bare":
			text = t.e.without(text)
		}
		revises, swapped := t.revisesText(in), false
		if s.Clause != "" {
			goods := t.m.gazetteer(in.file, s.Clause)
			if !revises {
				// "헤드폰 말고 유선 이어폰으로 보여 줘요", "not headphones,
				// wired earphones": the thing said instead is the one wanted
				if o := insteadOf(text, goods); o != text {
					text, swapped = o, true
				}
			}
			text = namingClause(text, goods)
		}
		if revises {
			// "그럼 유선은?", "what about wired ones?", "do these come in
			// white?": the new words only
			text = corrected(followUpLead.ReplaceAllString(text, " "))
			text = strings.TrimSpace(strings.Trim(text, "?？ "))
			for _, w := range []string{"있어", "있나요", "있나", "있어요", "있을까요", "있을까", "없어요", "없을까요", "없을까", "없습니까", "없나요", "없나", "없어"} {
				text = strings.TrimSpace(strings.TrimSuffix(text, w))
			}
			if ws := strings.Fields(text); len(ws) > 0 {
				last := ws[len(ws)-1]
				if rs := []rune(last); len(rs) >= 3 && (strings.HasSuffix(last, "도") || strings.HasSuffix(last, "은") || strings.HasSuffix(last, "는")) {
					ws[len(ws)-1] = string(rs[:len(rs)-1]) // "흰색도" → "흰색", "검은색은 (없나요)" → "검은색"
				}
				text = strings.Join(ws, " ")
			}
			last := t.slot(name)
			if last == "" {
				last = t.slot("@last_" + name) // what the list was found by, as its pack remembers it
			}
			if text != "" && last != "" && bareFollowUp(t.text) && !has(t.text, revisionWords) && !strings.Contains(strings.ToLower(last), strings.ToLower(text)) {
				// "do these come in white?" after sneakers: white ones
				// of what the list shows, not anything white.
				text += " " + last
			}
		}
		text = withoutAlso(stripText(text, s.Strip), t.text, s.Also)
		if particlesOnly(text) {
			return "" // "2만원 이하로요": the budget said, no words of the thing ("로요")
		}
		if swapped {
			text = withoutLastParticle(text) // "유선 이어폰으로" → "유선 이어폰"
		}
		if s.Trim != nil {
			return requestTail(tidyTitle(text, s.Trim), s.Also)
		}
		return text
	case dialogue.FromPick:
		if s.Pick.FromCard && t.pickable() {
			if i, ok := t.pick(); ok {
				t.set("@focus", t.st.Options[i].ID)
				return t.st.Options[i].ID
			}
			// "이거 담아줘", "I'll take it": the item last picked from this
			// card (its details were just shown).
			if f := t.slot("@focus"); f != "" && (has(t.text, gen.This) || pointsAtThingKo(t.text)) {
				for _, o := range t.st.Options {
					if o.ID == f {
						return f
					}
				}
			}
			if len(t.st.Options) == 1 && has(t.text, gen.This) {
				// "add it" with a card of one: that one
				return t.st.Options[0].ID
			}
			if s.Pick.Default == "first" && !asked {
				// "anything similar?" after "tell me about number 2": the
				// item looked at last, before the list's first.
				if f := t.slot("@focus"); f != "" {
					for _, o := range t.st.Options {
						if o.ID == f {
							return f
						}
					}
				}
				return t.st.Options[0].ID
			}
		}
		if asked && t.pickable() {
			if i, ok := t.pick(); ok {
				return t.st.Options[i].ID
			}
		}
	}
	return ""
}

// thatThingKo is a Korean "그 책", "이 텀블러": a thing pointed
// at by a determiner, which under a card is the item last picked from it
// (as "그거" is). Not "그 다음", "그 전에", "이 정도" — words of order,
// time or amount.
var thatThingKo = regexp.MustCompile(`(?:^|\s)(?:그|이)\s+([가-힣]+)`)

var notThingsKo = []string{"다음", "전", "후", "중", "때", "외", "정도", "밖", "동안", "날", "쪽", "뒤", "앞", "사이", "대신", "말", "얘기", "이야기"}

func pointsAtThingKo(text string) bool {
	for _, m := range thatThingKo.FindAllStringSubmatch(text, -1) {
		thing := true
		for _, w := range notThingsKo {
			if strings.HasPrefix(m[1], w) {
				thing = false
				break
			}
		}
		if thing {
			return true
		}
	}
	return false
}

// joinNew is the comma list old with the names of more not in it yet.
func joinNew(old, more string) string {
	out := strings.Split(old, ",")
	for _, n := range strings.Split(more, ",") {
		n = strings.TrimSpace(n)
		dup := n == ""
		for _, o := range out {
			if strings.EqualFold(strings.TrimSpace(o), n) {
				dup = true
			}
		}
		if !dup {
			out = append(out, n)
		}
	}
	return strings.Join(out, ",")
}

// placeFor is where the text says the thing happens, for intent in: its
// place slot's NotPlaces are no place either (see place).
func (t *turn) placeFor(in *intentOf) (string, string) {
	var not []string
	for _, s := range in.Slots {
		if s.From == dialogue.FromPlace {
			not = append(not, s.NotPlaces...)
		}
	}
	if len(not) == 0 {
		return t.e.place, t.e.placeAt
	}
	return place(t.e.src, not...)
}

// withoutAlso is title without the 도 ("as well") the request put on the
// thing said right before one of the slot's Also words ("회식도 일정에
// 넣어줘" → "회식"); words that only end in 도 (gen.NotAlso) keep it.
func withoutAlso(title, text string, also []string) string {
	if len(also) == 0 {
		return title
	}
	for _, m := range alsoRe(also).FindAllStringSubmatch(text, -1) {
		if w := m[1] + "도"; !slices.Contains(gen.NotAlso, w) && !slices.Contains(gen.NotAlso, m[1]) {
			title = strings.Replace(title, w, m[1], 1)
		}
	}
	return title
}

// alsoRe is a Korean word of two syllables or more said with 도 right
// before one of the words (its group 1: the word without 도).
func alsoRe(words []string) *regexp.Regexp {
	key := strings.Join(words, "\x00")
	if re, ok := alsoRes.Load(key); ok {
		return re.(*regexp.Regexp)
	}
	qs := make([]string, len(words))
	for i, w := range words {
		qs[i] = regexp.QuoteMeta(w)
	}
	re := regexp.MustCompile(`([가-힣]{2,})도\s*(?:` + strings.Join(qs, "|") + `)`)
	alsoRes.Store(key, re)
	return re
}

var alsoRes sync.Map // the words joined → *regexp.Regexp

// reminderClauseKo, reminderClauseEn: a request for a reminder joined to
// the request before it ("넣어주고 전날 알림도 해줘", "등록하고 30분 전에
// 알려줘", ", remind me an hour before", "and set a reminder the day
// before") — said with a lead (전, before, ahead), so "remind me to call
// mom" is still what the event is.
var (
	reminderClauseKo = regexp.MustCompile(`(?:(?:넣어|추가해|등록해|잡아|적어|해)\s*(?:주고|줘서|주시고|줘|주세요|줘요)|(?:추가|등록|저장|입력)하고|넣고|잡고|[,.])\s*[^,.]*?(?:전날|전에|전\s|미리)[^,.]*?(?:알림|알람|알려|리마인)`)
	reminderClauseEn = regexp.MustCompile(`(?i)(?:,|\s+and|\s+then|\s+&|\.)\s*(?:then\s+)?(?:please\s+|pls\s+|also\s+)?(?:remind|set\s+(?:up\s+)?(?:a|an|the)\s+(?:reminder|alarm|alert)|send\s+me\s+a\s+reminder|alert\s+me|notify\s+me|ping\s+me|give\s+me\s+a\s+(?:reminder|heads)|with\s+a\s+reminder)\b[^,.]*?\b(?:before|ahead|prior|in\s+advance|early|earlier)\b`)
)

// reminderClauseAt is where a reminder requested after the event's own
// request begins in text (reminderClauseKo, reminderClauseEn), 0 if none.
func reminderClauseAt(text string) int {
	if m := reminderClauseKo.FindStringIndex(text); m != nil {
		return m[0]
	}
	if m := reminderClauseEn.FindStringIndex(text); m != nil {
		return m[0]
	}
	return 0
}

// requestTail is a title without the request's own words left at its end
// ("점심 일정 추가" of "내일 정오에 은지랑 점심 일정 추가": a trial's
// invitation was titled so) — the words of the slot's Also, the request's
// words for where it goes and how; the title when nothing else is left.
func requestTail(title string, also []string) string {
	if len(also) == 0 {
		return title
	}
	ws := strings.Fields(title)
	n := len(ws)
	for n > 1 && slices.ContainsFunc(also, func(a string) bool { return isHangulWord(a) && strings.HasPrefix(ws[n-1], a) }) {
		n--
	}
	return strings.Join(ws[:n], " ")
}

func isHangulWord(w string) bool {
	for _, r := range w {
		if r < '가' || r > '힣' {
			return false
		}
	}
	return w != ""
}

// tidyTitle is a title out of what is left of the sentence once the
// times, the people and the words of the request are cut out (a text
// slot with Trim): its first clause that says something ("My flight to
// Busan is …, put it in and remind me …" → "flight to Busan"; "택배
// 찾으러 가기. 다른 일정이랑 …" → "택배 찾으러 가기"), without the words
// the slot's Trim drops at its ends ("is", "the", "that") and the tail
// of a request's frame; a clause that is only what Trim skips (a
// greeting) names nothing.
func tidyTitle(s string, tr *dialogue.Trim) string {
	for _, c := range clauseRe.Split(s, -1) {
		ws := strings.Fields(c)
		for len(ws) > 0 && slices.ContainsFunc(tr.Start, func(w string) bool { return strings.EqualFold(w, ws[0]) }) {
			ws = ws[1:]
		}
		for len(ws) > 0 && slices.ContainsFunc(tr.End, func(w string) bool { return strings.EqualFold(w, ws[len(ws)-1]) }) {
			ws = ws[:len(ws)-1]
		}
		out := strings.Trim(strings.Join(ws, " "), " ?.!,~:;")
		if re := tr.Tail.Regexp(); re != nil {
			out = strings.TrimSpace(re.ReplaceAllString(out, "")) // "치과 (넣어)줄 수 있어요?"
		}
		if tr.Skip.MatchString(out) {
			continue // "hi! can you put a dentist appointment …": a greeting names nothing
		}
		if out != "" && !leftover[out] {
			return out
		}
	}
	return ""
}

var clauseRe = regexp.MustCompile(`\s*[,.;!?]+(?:\s+|$)|\s+-\s+`)

// movedTo reads the time an item is moved to when the sentence says the
// time it is at as well: "move my 3pm tomorrow to 5pm", "push tomorrow's
// 9am to thursday 11am", "금요일 오전 10시 미팅 오후 2시로 미뤄줘" — the
// time after "to", or the one that takes 로/으로, and not the one that
// says which item. ok is false when only one time is said (or a range
// said as one: "between 3 and 5", "3시부터 5시까지"; "from friday to
// saturday" moves it from one to the other).
func movedTo(text string, now time.Time) (ents, bool) {
	es := entity.Parse(text, now)
	var times []entity.Entity
	for _, x := range es {
		if x.Kind == entity.KindTime {
			times = append(times, x)
		}
	}
	if len(times) == 0 || fromRangeRe.MatchString(text) {
		return ents{}, false
	}
	// English: the words after the last "to" that start a time.
	for _, m := range slices.Backward(moveToRe.FindAllStringIndex(text, -1)) {
		if m[0] <= times[0].Start {
			break // nothing said before it: one time, read as usual
		}
		rest := text[m[1]:]
		if x := entsOf(rest, entity.Parse(rest, now), now); x.time != "" || x.date != "" {
			// "my 3pm tomorrow to 5pm": the same day, unless said — the
			// item's own day (see completeOf), which the day said before
			// "to" only names: "monday's meeting" is next week's when
			// today's Monday has none.
			return x, true
		}
	}
	// Korean: the last time that takes 로/으로, when a time is said before it.
	for k := len(times) - 1; k > 0; k-- {
		x := times[k]
		if sameTimeRe.MatchString(text[x.End:]) {
			// "월요일 오전 10시 독서 모임 화요일 같은 시간으로": the day said
			// last at the hour said first (und18a).
			day := text[x.Start:x.End]
			first := text[times[k-1].Start:times[k-1].End]
			if y, z := entsOf(day, entity.Parse(day, now), now), entsOf(first, entity.Parse(first, now), now); y.date != "" && z.time != "" {
				y.time, y.timeAmbiguous = z.time, z.timeAmbiguous
				if z.date != "" && bareWeekday(day) {
					y.date = weekdayNear(z.date, y.date, now) // (of the first day's week)
				}
				return y, true
			}
		}
		if !toCountRe.MatchString(text[x.End:]) {
			continue
		}
		part := text[times[k-1].End:x.End]
		if y := entsOf(part, entity.Parse(part, now), now); y.time != "" || y.date != "" {
			// "내일 치과 일정 오후 5시로": the same day, unless said — the
			// item's own day (see completeOf): "월요일 팀 회의 11시로" is
			// the meeting on next week's Monday when it is there, not today.
			return y, true
		}
	}
	return ents{}, false
}

var (
	// sameTimeRe: after a day, "the same time" ("화요일 같은 시간으로").
	sameTimeRe  = regexp.MustCompile(`^\s*(?:의|에)?\s*(?:같은|똑같은|동일한)\s*(?:시간|시각|타임)`)
	moveToRe    = regexp.MustCompile(`(?i)\bto\b`)
	fromRangeRe = regexp.MustCompile(`(?i)\bbetween\b|부터|~`)
)

// commaListRe is a list of short Korean words set apart by commas
// ("준호, 하나, 은지").
var wordSpanRe = regexp.MustCompile(`[^\s,.!?]+`)

var commaListRe = regexp.MustCompile(`[가-힣]{2,4}(?:\s*,\s*[가-힣]{2,4})+`)

// knownNames adds to the names found by their particles ("민수랑") the
// people of the gazetteer (a pack's directory) named anywhere, bare ("민수
// 서연 준호 다음 주 한 시간"), in the order said; a person named twice
// ("김민수", "민수랑") counts once.
func knownNames(text string, found []string, es []dialogue.Entry) []string {
	type at struct {
		i int
		n string
	}
	var all []at
	lower := strings.ToLower(text)
	taken := map[string]bool{}
	for _, n := range found {
		all = append(all, at{strings.Index(lower, strings.ToLower(n)), n})
		for _, e := range es {
			for _, w := range e.Words {
				if strings.EqualFold(w, n) {
					taken[e.Value] = true
				}
			}
		}
	}
	for _, e := range es {
		if taken[e.Value] {
			continue
		}
		best := ""
		for _, w := range e.Words {
			if len(w) > len(best) && containsWord(lower, strings.ToLower(w)) {
				best = w
			}
		}
		if best == "" {
			continue
		}
		dup := false
		for k, a := range all {
			la, lb := strings.ToLower(a.n), strings.ToLower(best)
			if strings.Contains(best, " ") && len(lb) > len(la) && containsWord(lb, la) {
				// "Hana Jung and I", "데이비드 밀러랑": the surname found
				// alone is the directory's whole name.
				all[k] = at{strings.Index(lower, lb), best}
				dup = true
			} else if strings.Contains(la, lb) || strings.Contains(lb, la) {
				dup = true
			}
		}
		if !dup {
			all = append(all, at{strings.Index(lower, strings.ToLower(best)), best})
		}
	}
	// "준호, 하나, 은지 다 같이", "민수, 지영, 서연, 준호, 하나.": a word
	// listed with commas among people already named is a person too, even
	// one that is also a word ("하나", one) and so no gazetteer word alone.
	for _, m := range commaListRe.FindAllStringIndex(text, -1) {
		items := strings.Split(text[m[0]:m[1]], ",")
		var known, unknown []at
		off := m[0]
		for _, it := range items {
			w := strings.TrimSpace(it)
			i := off + strings.Index(it, w)
			off += len(it) + 1
			if w == "" {
				continue
			}
			seen := false
			for _, a := range all {
				if a.i >= 0 && a.i <= i+len(w) && i <= a.i+len(a.n) {
					seen = true
				}
			}
			if seen {
				known = append(known, at{i, w})
			} else if !notNames[w] && utf8.RuneCountInString(w) <= 3 {
				unknown = append(unknown, at{i, w})
			}
		}
		if len(known) >= 2 && len(unknown) > 0 && len(known)+len(unknown) == len(items) {
			all = append(all, unknown...)
		}
	}
	// "지영이 하나 은지 금요일에": a word between two people named, with
	// spaces only, is a person too.
	words := wordSpanRe.FindAllStringIndex(text, -1)
	isKnown := func(sp []int) bool {
		for _, a := range all {
			if a.i >= 0 && a.i < sp[1] && sp[0] < a.i+len(a.n) {
				return true
			}
		}
		return false
	}
	var between []at
	for k := 1; k+1 < len(words); k++ {
		w := text[words[k][0]:words[k][1]]
		if !isKnown(words[k]) && koNativeCount[w] && isKnown(words[k-1]) && isKnown(words[k+1]) {
			between = append(between, at{words[k][0], w})
		}
	}
	all = append(all, between...)
	sort.SliceStable(all, func(a, b int) bool { return all[a].i < all[b].i })
	ns := make([]string, len(all))
	for k, a := range all {
		ns[k] = a.n
	}
	out := make([]string, 0, len(all))
	for _, a := range all {
		if surnameOf(a.n, ns, es) {
			continue
		}
		out = append(out, bareName(a.n))
	}
	return out
}

// surnameOf: n is only a part of a directory name whose person another
// name of the list already is ("Lee" of "Jiyoung Lee" beside "Jiyoung",
// "Miller" in "David Miller and Yuki Sato"): one person, not two.
func surnameOf(n string, all []string, es []dialogue.Entry) bool {
	for _, e := range es {
		whole, part := false, false
		for _, w := range e.Words {
			if strings.EqualFold(w, n) {
				whole = true
			}
			for _, f := range strings.Fields(w) {
				if strings.EqualFold(f, n) {
					part = true
				}
			}
		}
		if whole || !part {
			continue
		}
		for _, a := range all {
			if a == n {
				continue
			}
			for _, w := range e.Words {
				if strings.EqualFold(w, a) {
					return true
				}
			}
		}
	}
	return false
}

// fullNamesIn are the directory's names of more than one word that the
// text says ("Minsu Kim", "유키 사토").
func fullNamesIn(text string, es []dialogue.Entry) []string {
	var out []string
	lower := strings.ToLower(text)
	for _, e := range es {
		for _, w := range e.Words {
			if strings.Contains(w, " ") && containsWord(lower, strings.ToLower(w)) {
				out = append(out, w)
			}
		}
	}
	return out
}

// nameEnds are what a Korean name said in a sentence carries after it — a
// title (씨, 님, 상) and the particle that brings the person in (랑, 하고,
// 와/과) — none of them the name.
var nameEnds = []string{"님과", "이랑", "랑", "하고", "와", "과", "씨", "님", "상"}

// bareName is a name as the directory would write it: "하나랑" → "하나",
// "유키상" → "유키", "하나 씨" → "하나". Two syllables stay.
func bareName(n string) string {
	for changed := true; changed; {
		changed = false
		for _, end := range nameEnds {
			if r, ok := strings.CutSuffix(n, end); ok && utf8.RuneCountInString(strings.TrimSpace(r)) >= 2 {
				n, changed = strings.TrimSpace(r), true
			}
		}
	}
	return n
}

// relativeTo reports whether a slot of the intent is said relative to the
// item picked for pick (Slot.Of).
func relativeTo(in *intentOf, pick string) bool {
	for _, s := range in.Slots {
		if strings.HasPrefix(s.Of, pick+".") {
			return true
		}
	}
	return false
}

// answered: the text fills the slot asked, or — for a day and time asked
// — its day (see extract).
func answered(fills map[string]string, asking string) bool {
	return fills[asking] != "" || fills[asking+"#date"] != ""
}

// hasFrom reports whether the intent has a slot read from the source.
func hasFrom(in *intentOf, from string) bool {
	for _, s := range in.Slots {
		if s.From == from {
			return true
		}
	}
	return false
}

// gazetteerWords returns the longest word of the entries found in text,
// as written in the entry.
func gazetteerWords(text string, es []dialogue.Entry) string {
	lower := strings.ToLower(text)
	best := ""
	for _, e := range es {
		for _, w := range e.Words {
			if len(w) > len(best) && containsWord(lower, strings.ToLower(w)) {
				best = w
			}
		}
	}
	return best
}

// bookerName is the name a reservation is made under: "김지수 이름으로",
// "김지은 명의로", "이름은 김지은으로", "under the name Alex Park", "name is Alex".
func bookerName(text string) string {
	for _, re := range []*regexp.Regexp{koNameAsRe, koNameIsRe, bookerEnRe} {
		if m := re.FindStringSubmatch(text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// titled is the title a text gives in so many words — "called Q2
// planning", "title: design crit", "topic: launch", "call it budget
// sync", "… to talk about the roadmap", "제목은 주간 회의로 해줘" — up to
// the end of its clause; "" when it names none.
func titled(text string) string {
	m := titledRe.FindStringSubmatchIndex(text)
	if m == nil {
		// A title put in quotes ("'제품 데모'라는 제목으로", "add 'submit
		// expense report' on Thursday") is the title as said.
		if q := quotedRe.FindStringSubmatch(text); q != nil {
			return strings.TrimSpace(q[1])
		}
		return ""
	}
	rest := text[m[1]:]
	if i := strings.IndexAny(rest, ",.!?;\n"); i >= 0 {
		rest = rest[:i]
	}
	if i := titleEndRe.FindStringIndex(rest); i != nil && i[0] > 0 && !quotedRe.MatchString(" "+rest) {
		// "called Q1 planning with David tomorrow at 2pm in room 301":
		// the name ends where who, when, how long or where begins.
		rest = rest[:i[0]]
	}
	rest = strings.Trim(strings.TrimSpace(rest), `"'“”‘’`)
	for _, end := range []string{"으로 해 주세요", "로 해 주세요", "으로 해주세요", "로 해주세요", "으로 해 줘", "로 해 줘", "으로 해줘", "로 해줘", "으로 할게요", "로 할게요", "으로 할게", "로 할게", "으로요", "로요", "으로", "라고", "이라고"} {
		if r, ok := strings.CutSuffix(rest, end); ok && r != "" {
			rest = r
			break
		}
	}
	return strings.Trim(strings.TrimSpace(rest), `"'“”‘’`)
}

// forgetRe is a value put aside by name: "forget (about) seoul", "not
// in jeju", "instead of busan", "서울 대신", "서울은 빼고".
var forgetRe = regexp.MustCompile(`(?i)\b(?:forget(?:\s+about)?|never\s*mind|scratch|instead\s+of|rather\s+than|not\s+in|not)\s+(?:the\s+)?[a-z]+(?:\s+(?:city|area))?\b|[가-힣]+\s*(?:은|는)?\s*(?:대신|빼고|제외하고)`)

// quotedRe is a span in quotes, opened after a space (not an apostrophe:
// "aunt's", "I'll") and closed before a space, a mark or a particle.
var quotedRe = regexp.MustCompile(`(?:^|[\s(:])['‘"“]([^'‘’"“”]{2,60}?)['’"”](?:$|[\s,.!?)]|(?:이)?라는|(?:이)?라고|으로|로|을|를|이|가|은|는)`)

// titleEndRe is where an English title said after "called …" ends: the
// start of who ("with David"), when ("tomorrow", "on the 17th", "at
// 2pm", "next Monday"), how long ("for an hour", "for 45 minutes"),
// where ("in room 301") or what else is asked ("and remind me").
var titleEndRe = regexp.MustCompile(`(?i)\s+(?:(?:with|w/)\s+\S|(?:tomorrow|today|tonight)\b|(?:next|this|coming)\s+(?:mon|tue|wed|thu|fri|sat|sun|week|month)|(?:on|at|by|from|for|in|starting|until|between)\s+(?:the\s+|a\s+|an\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|tomorrow|today|tonight|noon|midnight|morning|afternoon|evening|hour|half|one\b|two\b|three\b|four\b|five\b|six\b|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|room|meeting\s+room|conference|zoom|next|this)|(?:and\s+)?remind\b)`)

var titledRe = regexp.MustCompile(`(?i)(?:\b(?:called|named|titled|entitled)\s+|\b(?:title|topic|subject|agenda|re)\s*:\s*|\b(?:call|name|title)\s+it\s+|\bto\s+(?:talk|chat|speak)\s+about\s+(?:the\s+|our\s+)?|\bto\s+(?:discuss|go\s+over)\s+(?:the\s+|our\s+)?|제목은\s*|제목\s*:\s*)`)

var (
	koNameAsRe = regexp.MustCompile(`([가-힣]{2,4}|[A-Za-z]+(?:\s[A-Za-z]+)?)\s*(?:이름으로|명의로|이름 앞으로)`)
	koNameIsRe = regexp.MustCompile(`(?:이름은|예약자는|예약자명은?)\s*([가-힣]{2,4}?|[A-Za-z]+(?:\s[A-Z][a-z]+)?)\s*(?:으로|로|이요|요|입니다|이에요|예요|$|\s)`)
	bookerEnRe = regexp.MustCompile(`(?i:under\s+(?:the\s+name\s+(?:of\s+)?|my\s+name\s*,?\s*)?|name\s+is\s+|name['’]s\s+|in\s+the\s+name\s+of\s+)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)`)
)

// lookupGazetteer returns the value of the longest word of the entries
// found in text.
//
// Only the words that occur in text are compared (a gazetteer is up to
// 800 words, a text a few dozen bytes): gazIndex finds them by their
// first two bytes at each place of the text, and they are then read in
// the entries' order by the rule below, so the answer is the one of
// comparing every word (TestGazetteerIndexSame).
func lookupGazetteer(text string, es []dialogue.Entry) string {
	if len(es) == 0 {
		return ""
	}
	lower := strings.ToLower(text)
	g := gazIndexOf(es)
	var buf [16]int32
	found := g.find(lower, buf[:0])
	best, bestLen, skip := "", 0, -1
	for _, r := range found {
		i, w := int(g.entry[r]), &g.flat[r]
		if i == skip {
			continue
		}
		if saysAny(lower, es[i].Unless) {
			skip = i
			continue // "지진 화산": the whole lesson, not its volcano part
		}
		if w.n > bestLen && (containsEntry(lower, w.lw) || w.latin && (containsWord(lower, w.s) || containsWord(lower, w.es))) {
			best, bestLen = es[i].Value, w.n // English plurals too: "resorts", "cafes"
		}
	}
	if best == "" {
		best = slipGazetteer(lower, es)
	}
	return best
}

// slipGazetteer finds a gazetteer's English word said with a slip:
// written together ("dimsum" for "dim sum", "greentea") or one letter
// off in a long word ("itallian", "stationary", "photosynthsis"). Only
// when nothing was found exactly, and only for words of six letters or
// more with the first letter right, so a short word never turns into
// another ("fresh" is no "french").
func slipGazetteer(lower string, es []dialogue.Entry) string {
	words := strings.FieldsFunc(lower, func(r rune) bool { return r >= 0x80 || !isLatin(byte(r)) })
	if !slices.ContainsFunc(words, func(t string) bool { return len(t) >= 6 }) {
		return "" // (most texts: no word below can match)
	}
	for i, ws := range lowerWords(es) {
		if saysAny(lower, es[i].Unless) {
			continue
		}
		for _, w := range ws {
			if !w.latin || len(w.lw) < 6 {
				continue
			}
			joined := w.joined
			spaced := joined != w.lw
			for _, t := range words {
				if len(t) < 6 || t[0] != joined[0] {
					continue
				}
				if spaced && (t == joined || t == joined+"s") || !spaced && entity.OneEdit(t, joined) && t != w.s {
					return es[i].Value
				}
			}
		}
	}
	return ""
}

// containsEntry is containsWord for a gazetteer's word, except that a
// word of one Korean syllable ("회", sashimi) is a word of its own: at
// the start of a word, and followed by nothing or a particle — "회식" (a
// team dinner) and "회의" (a meeting) are no raw fish, "회 먹자", "회랑"
// are.
func containsEntry(s, w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if size != len(w) || !unicode.Is(unicode.Hangul, r) {
		return containsWord(s, w)
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at := i + j
		prev, _ := utf8.DecodeLastRuneInString(s[:at])
		next, _ := utf8.DecodeRuneInString(s[at+len(w):])
		if (at == 0 || !unicode.Is(unicode.Hangul, prev)) && (at+len(w) == len(s) || !unicode.Is(unicode.Hangul, next) || strings.ContainsRune(particleAfterSyllable, next)) {
			return true
		}
		i = at + len(w)
	}
	return false
}

// saysAny reports whether lower (a lower-cased text) has one of words.
func saysAny(lower string, words []string) bool {
	for _, w := range words {
		if w != "" && containsWord(lower, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// particleAfterSyllable: particles that may follow a one-syllable noun
// ("회를", "회랑", "회로"); 의 is not one of them ("회의" is a meeting).
const particleAfterSyllable = "은는이가을를도랑와과로만에집나"

// lowerWord is a gazetteer word as lookupGazetteer compares it: lower
// case, and its English plurals if it ends in a Latin letter or digit.
type lowerWord struct {
	lw, s, es string
	joined    string // lw without its spaces (slipGazetteer)
	n         int    // len of the word as written
	latin     bool
}

// gazIndex is a gazetteer's words, lowered (lowerWords): flat lists
// every word in the entries' order (entry[r] is the entry of flat[r]),
// and idx finds them in a text.
type gazIndex struct {
	words [][]lowerWord
	flat  []lowerWord
	entry []int32
	idx   *substrIndex
}

// find appends to out the words of g (their numbers in flat) that occur
// in lower, in the entries' order, each once.
func (g *gazIndex) find(lower string, out []int32) []int32 { return g.idx.find(lower, out) }

// substrIndex finds which of its words occur in a text without comparing
// each: byStart lists the words by their first two bytes, short the
// words of fewer bytes (always reported), lead the first bytes of those
// of byStart.
type substrIndex struct {
	words   []string
	byStart map[uint16][]int32
	short   []int32
	lead    [256]bool
}

func newSubstrIndex(words []string) *substrIndex {
	x := &substrIndex{words: words, byStart: map[uint16][]int32{}}
	for r, w := range words {
		if len(w) < 2 {
			x.short = append(x.short, int32(r))
			continue
		}
		key := uint16(w[0])<<8 | uint16(w[1])
		x.byStart[key] = append(x.byStart[key], int32(r))
		x.lead[w[0]] = true
	}
	return x
}

// find appends to out the numbers of the words that occur in s (and of
// the short ones), in increasing order, each once: a superset of the
// words strings.Contains(s, w) finds, exactly those but for the short.
func (x *substrIndex) find(s string, out []int32) []int32 {
	start := len(out)
	out = append(out, x.short...)
	for p := 0; p+1 < len(s); p++ {
		if !x.lead[s[p]] {
			continue
		}
		for _, r := range x.byStart[uint16(s[p])<<8|uint16(s[p+1])] {
			if strings.HasPrefix(s[p:], x.words[r]) {
				out = append(out, r)
			}
		}
	}
	slices.Sort(out[start:])
	return append(out[:start], slices.Compact(out[start:])...)
}

// lowered caches gazIndexOf: a gazetteer is the avatar's data, the same
// slice for the life of the process, and lowering every word of it at
// every turn was most of a lookup's time.
var lowered sync.Map // gazKey → *gazIndex

type gazKey struct {
	first *dialogue.Entry
	n     int
}

func lowerWords(es []dialogue.Entry) [][]lowerWord { return gazIndexOf(es).words }

func gazIndexOf(es []dialogue.Entry) *gazIndex {
	k := gazKey{&es[0], len(es)}
	if v, ok := lowered.Load(k); ok {
		return v.(*gazIndex)
	}
	g := &gazIndex{words: make([][]lowerWord, len(es))}
	var lws []string
	for i, e := range es {
		for _, w := range e.Words {
			lw := strings.ToLower(w)
			x := lowerWord{lw: lw, joined: strings.ReplaceAll(lw, " ", ""), n: len(w)}
			if lw != "" && isLatin(lw[len(lw)-1]) {
				x.latin, x.s, x.es = true, lw+"s", lw+"es"
			}
			g.words[i] = append(g.words[i], x)
			g.flat, g.entry = append(g.flat, x), append(g.entry, int32(i))
			lws = append(lws, lw)
		}
	}
	g.idx = newSubstrIndex(lws)
	lowered.Store(k, g)
	return g
}

// timeWordRe matches the words of a date or time ("내일", "3시에", "7pm"),
// which are not part of an event's title. (A meal — 아침, 점심, 저녁 — left
// over once the times said are cut out is what the event is: "엄마 생신
// 저녁", "점심 약속".)
var timeWordRe = regexp.MustCompile(`(?i)^(?:\d+(?:시|분|일|월|:\d\d)?(?:반)?(?:에|부터|까지|로)?|\d+(?:am|pm)|오늘|내일|모레|글피|오전|오후|밤|새벽|다음|이번|주|주말|[월화수목금토일]요일(?:에|날)?|tomorrow|today|tonight|at|on|next|this|morning|afternoon|evening|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|minutes?|hours?|for)$`)

// withWhomRe is an honorific person and the particle of company glued to
// the next word ("팀장님이랑밥약속").
var withWhomRe = regexp.MustCompile(`(님(?:이랑|하고|과|와))([가-힣])`)

// untimed drops the date and time words from text.
func untimed(text string) string {
	var out []string
	for _, w := range strings.Fields(text) {
		core := strings.Trim(w, ",.!?")
		if timeWordRe.MatchString(core) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// phrases caches the patterns of carrier phrases: Korean ones match with
// or without the spaces inside ("넣어줘" and "넣어 줘"), English ones
// case-insensitively.
var phrases sync.Map // phrase → *regexp.Regexp

func phraseRe(p string) *regexp.Regexp {
	if re, ok := phrases.Load(p); ok {
		return re.(*regexp.Regexp)
	}
	var b strings.Builder
	b.WriteString("(?i)")
	rs := []rune(strings.Join(strings.Fields(p), ""))
	for i, r := range rs {
		if i > 0 && (r >= 0xAC00 && r <= 0xD7A3 || rs[i-1] >= 0xAC00 && rs[i-1] <= 0xD7A3) {
			b.WriteString(`\s*`)
		} else if i > 0 && strings.Contains(p, string(rs[i-1])+" "+string(r)) {
			b.WriteString(`\s+`)
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
	}
	// An English phrase is whole words: "get" is not inside "budget", nor
	// "a" inside "party".
	expr := b.String()
	if len(rs) > 0 && isLatinWordRune(rs[0]) {
		expr = "(?i)\\b" + strings.TrimPrefix(expr, "(?i)")
	}
	if len(rs) > 0 && isLatinWordRune(rs[len(rs)-1]) {
		expr += "\\b"
	}
	re := regexp.MustCompile(expr)
	phrases.Store(p, re)
	return re
}

// leading are words that open a request without being what it is about:
// determiners ("some running shoes") and the fillers and connectives a
// turn starts with ("now show me tumblers", "이제 텀블러 보여줘", "음 그럼
// 우산").
var leading = map[string]bool{"some": true, "a": true, "an": true, "the": true, "any": true, "me": true, "my": true, "need": true, "want": true, "get": true, "buy": true,
	"now": true, "ok": true, "okay": true, "so": true, "and": true, "also": true, "then": true, "hmm": true, "um": true, "well": true, "actually": true, "next": true,
	"이제": true, "그럼": true, "그러면": true, "음": true, "아": true, "그리고": true, "이번엔": true, "이번에는": true, "혹시": true, "그냥": true, "다음은": true, "다음엔": true}

// leftover are the particles and endings that stand alone once the
// value they were attached to is cut out of a sentence.
var leftover = map[string]bool{"이야": true, "야": true, "이에요": true, "예요": true, "이요": true, "요": true, "이고": true, "고": true,
	"으로": true, "로": true, "은": true, "는": true, "이": true, "가": true, "을": true, "를": true, "에": true, "까지": true, "이면": true,
	"면": true, "이면요": true, "돼": true, "돼요": true, "되요": true, "정도": true, "쯤": true, "짜리": true, "이라고": true, "라고": true}

func isLatinWordRune(r rune) bool {
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// revisesText: a short "what about X?" / "X 말고 Y로" / "그럼 X는?" about
// the list the intent showed or the task in progress — its words said
// anew. (A bare "아니" is a no, not another thing; a question that only
// contains "말고" asks afresh.)
func (t *turn) revisesText(in *intentOf) bool {
	return t.e.ordinal == 0 && len(strings.Fields(t.text)) <= 6 && (has(t.text, revisionWords) || bareFollowUp(t.text)) &&
		(t.slot("@card") == in.name || t.st.Intent == in.name)
}

// bareFollowUpRe: a short question about the list on screen that names
// only what changes — "회색은?", "3만원 이하는요?", "흰색도 있어?", "검정은 없나요?", "do
// these come in white?", "anything under 30,000?", "any in navy?" — with
// no verb of its own to tell what to do: the same search again, with that.
var bareFollowUpRe = regexp.MustCompile(`(?i)^\s*(?:\S+\s+)?\S+(?:은|는)(?:요)?\s*[?？]+\s*$` +
	`|^\s*(?:\S+\s+)?\S+도\s+(?:있어|있나|있나요|있어요|있을까|있을까요|나와|나와요|나오나요)\s*[?？]*\s*$` +
	`|^\s*(?:\S+\s+)?\S+(?:은|는)\s+(?:없어|없나|없나요|없어요|없을까|없을까요|없습니까)\s*[?？]*\s*$` +
	`|^\s*(?:and\s+|so\s+|ok\s+|okay\s+)?(?:do|does|can|could)\s+(?:these|those|they|it|this|that|the\s+\w+)\s+come\s+in\b` +
	`|^\s*(?:and\s+|so\s+)?(?:got\s+(?:them|these|those|it|one|any)|(?:are|is)\s+(?:they|these|those|it|there\s+one)\s+(?:available\s+)?)\s*in\b` +
	`|^\s*(?:and\s+)?in\s+\w+(?:\s+\w+)?\s*[?？]+\s*$` +
	`|^\s*(?:but\s+|and\s+|ok\s+|okay\s+)?(?:just|only)\s+(?:in|at|near|around)\s+\w+(?:[\s-]\w+)?(?:\s+(?:please|pls|then))?\s*[?？.!]*\s*$` +
	`|^\s*(?:but\s+|and\s+)?(?:in|at|near|around)\s+\w+(?:[\s-]\w+)?\s+only(?:\s+(?:please|pls))?\s*[?？.!]*\s*$` +
	`|^\s*(?:\S+\s+)?\S+(?:에서|쪽에서|쪽|쪽으로|근처|근처로|근처에서|으로|로)만(?:요)?(?:\s*(?:보여\s*줘|보여\s*주세요|보여줄래요?|찾아\s*줘|찾아\s*주세요|부탁해요|부탁드려요))?\s*[?？.!]*\s*$` +
	`|^\s*(?:and\s+|so\s+|ok\s+|okay\s+)?(?:any|anything|something|got\s+any|are\s+there\s+any|is\s+there\s+anything|do\s+you\s+have\s+(?:any|anything))(?:\s+(?:in|under|below|cheaper|less|over|above|with|without|for)\b|\s*[?？]*\s*$)`)

// followUpLead: the words of a bare follow-up that are not what it asks
// for ("do these come in", "anything", "in").
var followUpLead = regexp.MustCompile(`(?i)^\s*(?:and\s+|so\s+|ok\s+|okay\s+)?(?:(?:do|does|can|could)\s+(?:these|those|they|it|this|that|the\s+\w+)\s+come\s+in|got\s+(?:them|these|those|it|one)\s+in|(?:are|is)\s+(?:they|these|those|it|there\s+one)\s+(?:available\s+)?in|in|any(?:thing)?|something|got\s+any|are\s+there\s+any|is\s+there\s+anything|do\s+you\s+have\s+(?:any|anything))\b(?:\s+(?:in|under|below|for|with)\b)?`)

func bareFollowUp(text string) bool {
	return len(strings.Fields(text)) <= 6 && bareFollowUpRe.MatchString(text)
}

// followsUp is the intent of the list on screen that a bare follow-up
// ("회색은?", "anything under 30,000?") asks again, or "" — a list that a
// refinement can narrow (its intent has refinements) and a text that
// picks nothing.
func (t *turn) followsUp() string {
	if t.e.ordinal != 0 || !bareFollowUp(t.text) {
		return ""
	}
	if len(t.st.Options) == 0 {
		// "여의도는요?" while the search for a stay asks when: the task in
		// progress, with the place it names now — not another request
		// the classifier leaned to (a restaurant search asked "what
		// time?"). Only a value of one of its lists of names does so.
		if in := t.m.intents[t.st.Intent]; in != nil && !in.Handled && t.slot("_asking") != "" && t.st.Pending == nil && fillsNamed(in, t.extract(in, true)) {
			return in.name
		}
		return ""
	}
	for _, name := range []string{t.st.Intent, t.slot("@card")} {
		if in := t.m.intents[name]; in != nil && (len(in.Refine) > 0 || !in.Handled && fillsNamed(in, t.extract(in, true))) {
			// (a list its intent cannot refine is narrowed by a value of
			// one of its lists of names: "just in Jongno please")
			return name
		}
	}
	return ""
}

// fillsNamed: fills set a slot of in from one of its gazetteers (a
// place, a kind), not free text.
func fillsNamed(in *intentOf, fills map[string]string) bool {
	for k := range fills {
		if s := in.Slots[k]; s != nil && s.From == dialogue.FromGazetteer {
			return true
		}
	}
	return false
}

var revisionWords = []string{"말고", "그럼", "그러면", "what about", "how about", "instead"}

// corrected is what a correction says anew: after "A 말고" the words that
// replace A, without the correction's own words ("아니", "그럼", "what
// about", "ones") and the particle on its last word ("무선으로" → "무선",
// "유선은" → "유선").
func corrected(text string) string {
	if i := strings.LastIndex(text, "말고"); i >= 0 {
		text = text[i+len("말고"):]
	}
	text = stripText(text, append(append([]string(nil), gen.Correction...), "ones", "one", "no", "instead", "것은", "건", "거는", "걸로"))
	words := strings.Fields(text)
	if n := len(words); n > 0 {
		last := words[n-1]
		for _, p := range []string{"으로요", "으로", "로요", "이요", "은요", "는요", "은", "는", "로", "요"} {
			if rs := []rune(last); len(rs) >= len([]rune(p))+2 && strings.HasSuffix(last, p) {
				words[n-1] = strings.TrimSuffix(last, p)
				break
			}
		}
	}
	return strings.Join(words, " ")
}

// answerAddress is the address given as the answer to its question:
// the address found (a) and everything said after it, so a detail the
// pattern does not know ("12 itaewon-ro, yongsan-gu seoul apt 3b") is
// never silently cut off. Only an ending attached to the address ("…
// 202호로 보내줘") and the slot's strip phrases are dropped.
func answerAddress(text, a string, strip []string) string {
	i := strings.Index(text, a)
	if i < 0 {
		return a
	}
	tail := text[i+len(a):]
	if tail == "" || !unicode.IsSpace(rune(tail[0])) && tail[0] != ',' {
		return a // "…202호로 보내줘": a particle on the address, then the request
	}
	if tail = stripText(tail, strip); tail == "" {
		return a
	}
	sep := " "
	if strings.HasPrefix(strings.TrimLeft(text[i+len(a):], " "), ",") {
		sep = ", "
	}
	return a + sep + tail
}

// stripText removes the carrier phrases ("추천해줘", "find me") and
// trailing particles from the user's words, leaving what they want.
// clauseSep ends a clause: a comma, semicolon, stop or ellipsis before a
// space (not "20,000"), a dash between spaces.
var clauseSep = regexp.MustCompile(`[,;!?]+\s+|\.+\s+|…\s*|\.{2,}|\s+[-–—]\s+`)

// wantedAfter is what a thing is wanted after in an English clause ("my
// son needs a new", "got any", "i'm looking for").
var wantedAfter = regexp.MustCompile(`(?i)^.*?\b(?:needs?|wants?|wanna|looking\s+for|after|get\s+me|buy(?:ing)?|got(?:\s+any)?)\s+`)

// oneRe: "ones", "one" stand for the thing said in another clause.
var oneRe = regexp.MustCompile(`(?i)\bones?\b`)

// relClause starts a relative clause after the thing asked for.
var relClause = regexp.MustCompile(`(?i)\s+(?:that|which|who)\s+`)

// insteadOf is what a text asks for in place of a thing it puts aside —
// the words after "X 말고" ("헤드폰 말고 유선 이어폰으로 보여 줘요",
// "노트북 말고 공책이요! 필기용 노트 있나요"), after "not X," or before
// "instead of X" ("not headphones, wired earphones", "wired earphones
// instead of headphones") — when they name one of es, or what is put
// aside does; text otherwise.
func insteadOf(text string, es []dialogue.Entry) string {
	if i := strings.LastIndex(text, "말고"); i >= 0 {
		// (what is put aside being a thing, what follows is the thing
		// wanted, even one no word of es names: "백팩 말고 에코백")
		if rest := text[i+len("말고"):]; hasWordOf(rest, es) || hasWordOf(text[:i], es) && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
		return text
	}
	if m := enInsteadOfRe.FindStringSubmatchIndex(text); m != nil {
		if before := text[:m[0]]; hasWordOf(before, es) {
			return strings.TrimSpace(before + text[m[1]:])
		}
	}
	if m := enNotThenRe.FindStringSubmatchIndex(text); m != nil {
		if rest := text[m[1]:]; hasWordOf(rest, es) {
			return strings.TrimSpace(enInsteadRe.ReplaceAllString(text[:m[0]]+" "+rest, ""))
		}
	}
	return text
}

var (
	// enInsteadOfRe: "instead of X" or "rather than X" up to the clause's end.
	enInsteadOfRe = regexp.MustCompile(`(?i)\s*\b(?:instead\s+of|rather\s+than)\s+[^,.;!?]+`)
	// enNotThenRe: "not X," / "no X —" put aside before what is wanted.
	enInsteadRe = regexp.MustCompile(`(?i)\s+instead\b`)
	enNotThenRe = regexp.MustCompile(`(?i)\b(?:not|no)\s+(?:the\s+|a\s+|any\s+)?[a-z-]+(?:\s+[a-z-]+)?\s*(?:,|;|—|-|\.)\s*`)
)

// koParticles are what is left of a Korean phrase once what it says is
// taken out: particles and polite endings ("로요", "으로", "은요").
var koParticles = map[string]bool{"로": true, "로요": true, "으로": true, "으로요": true, "요": true, "이요": true, "은": true, "는": true,
	"은요": true, "는요": true, "도": true, "도요": true, "만": true, "만요": true, "이": true, "가": true, "을": true, "를": true, "에": true, "에서": true,
	// and what points back at the list without naming anything ("그 중에
	// 3만원 이하만요" → "그 만요", "any of them under 20k?" → "of them")
	"그": true, "저": true, "인": true, "거": true, "건": true, "것": true, "게": true, "중": true, "중에": true, "중에서": true,
	"of": true, "them": true, "these": true, "those": true, "any": true, "ones": true, "the": true}

// particlesOnly: text is only Korean particles and endings, or words
// that point back at a list.
func particlesOnly(text string) bool {
	fs := strings.Fields(strings.Trim(text, " ?？!.~,"))
	for _, f := range fs {
		if !koParticles[strings.Trim(f, "?？!.~,")] {
			return false
		}
	}
	return len(fs) > 0
}

// withoutLastParticle: the Korean text without the particle (으)로 or
// 도 on its last word ("유선 이어폰으로" → "유선 이어폰", "키보드도" →
// "키보드"), kept when the word is
// then too short to be a thing.
func withoutLastParticle(text string) string {
	ws := strings.Fields(text)
	if n := len(ws); n > 0 {
		for _, p := range []string{"으로요", "으로", "로요", "로", "도"} {
			if rs := []rune(ws[n-1]); len(rs) >= len([]rune(p))+2 && strings.HasSuffix(ws[n-1], p) {
				ws[n-1] = strings.TrimSuffix(ws[n-1], p)
				return strings.Join(ws, " ")
			}
		}
	}
	return text
}

// namingClause: of a text said in several clauses, the clause naming the
// longest word of es (the first such on a tie), trimmed to the thing
// wanted (see Slot.Clause); text itself when no clause names one.
func namingClause(text string, es []dialogue.Entry) string {
	clauses := clauseSep.Split(strings.TrimSpace(text), -1)
	seps := clauseSep.FindAllString(strings.TrimSpace(text), -1)
	best, bestLen, bestWord, bestAt := "", 0, "", 0
	also := "" // a clause naming goods other than "a gift"
	for ci, c := range clauses {
		lc := strings.ToLower(c)
		n, word, goods := 0, "", false
		for _, e := range es {
			for _, w := range e.Words {
				lw := strings.ToLower(w)
				if containsWord(lc, lw) || containsWord(lc, lw+"s") || containsWord(lc, lw+"es") {
					goods = goods || !giftWordRe.MatchString(lw)
					if len(lw) > n {
						n, word = len(lw), lw
					}
				}
			}
		}
		if n > bestLen {
			best, bestLen, bestWord, bestAt = c, n, word, ci
		}
		if goods && also == "" {
			also = c
		}
	}
	if bestLen == 0 {
		return text
	}
	if giftWordRe.MatchString(bestWord) && also != "" && also != best {
		// "a good gift for my mom? she likes tea": the gift is what she
		// likes — both said, the goods word kept
		return strings.TrimSpace(best) + " " + strings.TrimSpace(also)
	}
	if !wantedAfter.MatchString(best) {
		for _, c := range clauses {
			if wantedAfter.MatchString(c) && oneRe.MatchString(c) {
				// "my earphones just died, i need new wired ones": what
				// is wanted is said in another clause than the thing, which
				// it stands for ("ones").
				return text
			}
		}
	}
	// from what it is wanted after, when that is before the thing
	if m := wantedAfter.FindStringIndex(best); m != nil && hasWordOf(best[m[1]:], es) {
		best = best[m[1]:]
	}
	if m := relClause.FindStringIndex(best); m != nil && hasWordOf(best[:m[0]], es) {
		best = best[:m[0]]
	}
	// "headphones, black, noise cancelling", "텀블러, 스테인리스, 500ml":
	// the words listed after the thing, a comma apart, describe it.
	added := map[int]bool{}
	for k := bestAt + 1; k < len(clauses) && k-1 < len(seps) && strings.HasPrefix(seps[k-1], ","); k++ {
		c := strings.Trim(clauses[k], ",;.!?~ ")
		if c == "" {
			continue
		}
		if !attributeClause(c) {
			break
		}
		best = strings.TrimSpace(best) + " " + c
		added[k] = true
	}
	// "겨울이라 롱패딩 …", "등산 갈 때 들고 다닐 보조배터리": the reason or
	// the occasion said first is why, not what.
	if m := koLeadRe.FindStringIndex(best); m != nil && hasWordOf(best[m[1]:], es) {
		best = best[m[1]:]
	}
	// "… 롱패딩 하나 장만하려고요. 검정색이면 좋겠어요", "보조배터리 좀
	// 보여줘. 가벼운 걸로": a clause of its own that only wishes the thing
	// a quality adds that quality to it.
	for k, c := range clauses {
		if added[k] {
			continue // already added as an attribute listed after a comma
		}
		if m := koWishRe.FindStringSubmatch(strings.TrimSpace(c)); m != nil && c != best && !hasWordOf(c, es) {
			w := m[1] + m[2] + m[3] // (one of them)
			if strings.Contains(w, "번") || notWished[w] {
				continue // "두번째 걸로", "다른 걸로": which one, not what it is like
			}
			best = strings.TrimSpace(best) + " " + w
		}
	}
	return best
}

var (
	// koLeadRe: a Korean reason or occasion before the thing ("겨울이라",
	// "비가 와서", "등산 갈 때", "선물하려니까").
	koLeadRe = regexp.MustCompile(`^.*(?:\s때|(?:이라서|라서|이라|니까|와서|해서|가서))\s+`)
	// koWishRe: a clause that wishes a quality ("검정색이면 좋겠어요",
	// "가벼운 걸로요", "검은색으로", "누리 브랜드로요"): group 1, 2 or 3.
	notWished = map[string]bool{"이거": true, "그거": true, "저거": true, "이것": true, "그것": true, "저것": true, "아무": true, "아무거나": true,
		"같은": true, "다른": true, "그런": true, "이런": true, "저런": true, "마지막": true, "처음": true, "그냥": true, "아무래도": true}
	koWishRe = regexp.MustCompile(`^([가-힣]{1,6}?)(?:이면|면|였으면|였음|이었으면)\s*(?:좋겠|좋을|좋아|돼|됩)[가-힣]*[.!~]*$|^([가-힣]{2,6}?)\s*(?:걸로|거로|것으로|놈으로|걸루)(?:요|이요)?[.!~]*$|^([가-힣]{1,5}?(?:색|색깔|컬러)|[가-힣A-Za-z]{1,10}\s*브랜드)\s*(?:으로|로)\s*(?:요|이요|부탁해요|부탁해|부탁드려요)?[.!~]*$`)
)

// attributeStop: words that make a clause more than a thing's attributes.
var attributeStop = map[string]bool{"i": true, "me": true, "my": true, "it": true, "please": true, "pls": true, "plz": true, "for": true,
	"to": true, "the": true, "a": true, "an": true, "want": true, "need": true, "is": true, "are": true, "under": true, "over": true,
	"below": true, "above": true, "and": true, "or": true, "but": true, "with": true, "thanks": true, "thank": true, "you": true, "we": true,
	"our": true, "can": true, "could": true, "would": true, "should": true, "do": true, "does": true, "have": true, "has": true, "get": true,
	"show": true, "find": true, "buy": true, "add": true, "cart": true, "basket": true, "one": true, "ones": true, "that": true, "this": true,
	"these": true, "those": true, "also": true, "just": true, "only": true, "not": true, "no": true, "yes": true, "ok": true, "okay": true,
	"lol": true, "budget": true, "max": true, "maybe": true, "if": true, "possible": true, "around": true, "about": true, "something": true,
	"anything": true, "nothing": true, "none": true, "less": true, "more": true, "than": true, "like": true, "what": true, "which": true, "any": true, "some": true, "so": true, "too": true, "very": true, "cheap": true,
	"cheaper": true, "cheapest": true, "price": true, "won": true, "budget's": true, "in": true, "on": true, "of": true, "from": true}

// attributeClause: a clause of one to three words that only describe a
// thing (a colour, a feature: "black", "noise cancelling", "무선") —
// no verb, no word of the request.
func attributeClause(c string) bool {
	ws := strings.Fields(c)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if attributeStop[lw] {
			return false
		}
		for _, r := range lw {
			if !(r >= 'a' && r <= 'z' || r == '-' || r >= '가' && r <= '힣') {
				return false
			}
		}
		if r := []rune(lw); r[0] >= '가' && strings.ContainsRune("줘요다까어야지고서면데니게래자죠", r[len(r)-1]) {
			return false // a Korean verb or a request ("보여줘", "있어요")
		}
	}
	return true
}

// longestWordOf is the longest word of es said in text, as it is written
// in es ("" when none is).
// reversedName is a two-word English name of es said family name first
// ("Look up Park Seoyeon", "do we have a Sato Yuki?": the directory's
// "Seoyeon Park", "Yuki Sato"), as said; "" when none is. Only its given
// name was looked up (und17b, the blind sets post14 and post16).
func reversedName(text string, es []dialogue.Entry) string {
	lower := strings.ToLower(text)
	for _, e := range es {
		for _, w := range e.Words {
			ws := strings.Fields(w)
			if len(ws) != 2 || !isLatinWord(ws[0]) || !isLatinWord(ws[1]) {
				continue
			}
			rev := strings.ToLower(ws[1] + " " + ws[0])
			if i := strings.Index(lower, rev); i >= 0 && containsWord(lower, rev) {
				return text[i : i+len(rev)]
			}
		}
	}
	return ""
}

func isLatinWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLatin(w[i]) {
			return false
		}
	}
	return w != ""
}

func longestWordOf(text string, es []dialogue.Entry) string {
	lower, best := strings.ToLower(text), ""
	for _, e := range es {
		for _, w := range e.Words {
			if len(w) > len(best) && containsWord(lower, strings.ToLower(w)) {
				best = w
			}
		}
	}
	return best
}

// giftWordRe is a word for a present, which names no goods of its own.
var giftWordRe = regexp.MustCompile(`(?i)^(?:선물|선물용|gifts?|presents?)$`)

// hasWordOf: s names a word of es (or its plural).
func hasWordOf(s string, es []dialogue.Entry) bool {
	ls := strings.ToLower(s)
	for _, e := range es {
		for _, w := range e.Words {
			lw := strings.ToLower(w)
			if containsWord(ls, lw) || containsWord(ls, lw+"s") || containsWord(ls, lw+"es") {
				return true
			}
		}
	}
	return false
}

// stripCut is text with the first place each phrase of strip is said
// cut out (a space left in its place), the longest phrases first.
func stripCut(text string, strip []string) string {
	out := text
	sorted := append([]string(nil), strip...)
	sort.Slice(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	for _, s := range sorted {
		if s == "" {
			continue
		}
		// A phrase that starts with a Hangul syllable matches only where
		// that syllable is (Hangul has no other case): without it, the
		// pattern need not run (TestStripTextGate).
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace)); r >= 0xAC00 && r <= 0xD7A3 && !strings.ContainsRune(out, r) {
			continue
		}
		for _, loc := range phraseRe(s).FindAllStringIndex(out, -1) {
			if inCompound(out, loc) {
				continue
			}
			out = out[:loc[0]] + " " + out[loc[1]:]
			break
		}
	}
	return out
}

// inCompound: the English word at loc is part of a word joined by
// hyphens ("one-on-one", "follow-up", "check-in"), which says one thing:
// not cut out of it ("a one-on-one" was titled "one- -one": und17b, the
// blind set post16).
func inCompound(text string, loc []int) bool {
	return loc[0] > 1 && text[loc[0]-1] == '-' && isLatin(text[loc[0]-2]) ||
		loc[1]+1 < len(text) && text[loc[1]] == '-' && isLatin(text[loc[1]+1])
}

func stripText(text string, strip []string) string {
	out := stripCut(text, strip)
	words := strings.Fields(out)
	// What an entity left behind when it was cut out ("예산은 3만원이야" →
	// "이야", "30분이면 돼" → "이면 돼") is an ending, not words of the
	// request.
	kept := words[:0]
	for _, w := range words {
		if !leftover[strings.Trim(w, " ?.!,~")] {
			kept = append(kept, w)
		}
	}
	words = kept
	// Leading English determiners are not what was asked for ("some
	// running shoes").
	for len(words) > 1 && leading[strings.ToLower(words[0])] {
		words = words[1:]
	}
	out = strings.Join(words, " ")
	// Nothing left ("일정 추가해줘"): the slot is not said yet.
	return strings.Trim(out, " ?.!,~")
}

// proceed merges what the sentence said into the task and asks for what is
// still missing, or proposes the call.
func (t *turn) proceed(intent string, fills map[string]string, p float64) agents.Step {
	in := t.m.intents[intent]
	if t.st.Intent != intent {
		t.start(intent)
	}
	// A start said anew without its end drops the end kept from before:
	// "lunch with Minsu tomorrow" (11:00–14:00), then "meeting with
	// Jiyoung tomorrow at 10am" is from 10:00, not 10:00 to 14:00.
	for name, sl := range in.Slots {
		if end := endOf(sl.From); end != "" && fills[name] != "" {
			for other, os := range in.Slots {
				if os.From == end && fills[other] == "" {
					t.set(other, "")
				}
			}
		}
	}
	changed := "" // the party said anew ("3명으로 바꿀게", "make that 4 people")
	for k, v := range fills {
		if sl := in.Slots[k]; sl != nil && sl.From == dialogue.FromPeople && t.slot(k) != "" && t.slot(k) != v {
			changed = v
		}
		if sl := in.Slots[k]; sl != nil && sl.From == dialogue.FromNames && t.slot(k) != "" && t.slot("_d:"+k) == "" && sl.More.MatchString(t.text) {
			// "add eunji to that too", "유키도 넣어서 다시 봐줘": these
			// people as well as the ones said before.
			v = joinNew(t.slot(k), v)
		}
		t.set(k, v)
		t.set("_d:"+k, "")
	}
	if len(fills) > 0 {
		t.set("_resumed", "") // taken up again: worth coming back to
	}
	t.understood(intent, p, t.st.Slots)
	step := t.ask(in)
	if t.st.Intent == intent && t.u != nil && t.u.Intent == intent {
		// What asking settled without a question (the one cart line the
		// user named) was understood too.
		t.understood(intent, p, t.st.Slots)
	}
	if changed != "" {
		// The party changed while choosing: the same list said again
		// looked as if nothing was heard (a new user's trial). The change
		// is said before what comes of it.
		ack := t.say("brain.party_changed", "n", changed) + " "
		if step.Call != nil {
			t.set("_note", ack+t.slot("_note"))
		} else if step.Say != "" {
			step.Say = ack + step.Say
		}
	}
	if t.pickLater && t.u != nil && t.u.Intent == intent {
		t.understoodPickLater(intent, p)
	}
	return step
}

// understoodPickLater reports a pick said before its list came as what
// the user asked: the call the card's pick leads to (the hold), with the
// details said for it under that call's names (the search's check-in is
// the hold's date) — the item itself is not known until the list comes.
func (t *turn) understoodPickLater(intent string, p float64) {
	spec := t.m.results[intent]
	if spec == nil || spec.Pick == nil {
		return
	}
	said := t.u.Slots
	slots := map[string]string{}
	for k, tpl := range spec.Pick.Args {
		if ref, ok := strings.CutPrefix(strings.Trim(tpl, "{}"), "slot."); ok && said[ref] != "" && !strings.ContainsAny(ref, "{}?|") {
			slots[k] = said[ref]
		}
	}
	t.understood(spec.Pick.Tool, p, slots)
}

// endOf is the source of the slot that ends a range a slot of source
// from starts ("" if none).
func endOf(from string) string {
	switch from {
	case dialogue.FromTime:
		return dialogue.FromTimeEnd
	case dialogue.FromDate:
		return dialogue.FromDateEnd
	}
	return ""
}

// ask asks for the first missing slot, or proposes the call.
func (t *turn) ask(in *intentOf) agents.Step {
	t.applyDefaults(in, false)
	for _, a := range in.Ask {
		if s := in.Slots[a.Slot]; s != nil && s.Of != "" && (t.slot(a.Slot) == "" || t.slot(a.Slot+"#wday") != "") {
			t.completeOf(a.Slot, s.Of)
		}
		if t.slot(a.Slot) != "" || !t.cond(a.When, a.Unless) {
			continue
		}
		s := in.Slots[a.Slot]
		if s.From == dialogue.FromPick && s.Pick.Tool != "" {
			if step, ok := t.pickFromTool(in, a, s.Pick); ok {
				return step
			}
			if t.slot(a.Slot) != "" {
				continue
			}
		}
		t.set("_asking", a.Slot)
		t.keepReplies(a)
		if d := t.slot(a.Slot + "#date"); s.From == dialogue.FromDateTime && s.Of == "" && d != "" {
			// The day is known ("thursday afternoon"): only its hour is asked.
			if day, err := time.ParseInLocation("2006-01-02", d, t.Now.Location()); err == nil {
				return agents.Step{Say: t.say("brain.what_time", "day", words.Date(day, t.lang))}
			}
		}
		return agents.Step{Say: t.fill(a.In(t.lang), t.lookupSlot), Card: t.askCard(a)}
	}
	t.set("_asking", "")
	return t.propose(in)
}

// askCard is what a question shows besides its words: its quick replies
// as buttons, or its form (starting from saved values), or nothing.
func (t *turn) askCard(a dialogue.Ask) *protocol.Card {
	switch {
	case len(a.Replies) > 0:
		c := &protocol.Card{Kind: protocol.CardReplies, Title: t.fill(a.In(t.lang), t.lookupSlot)}
		for _, r := range t.repliesFor(a) {
			c.Items = append(c.Items, protocol.CardItem{ID: r.In(t.lang), Title: r.In(t.lang)})
		}
		return c
	case len(a.Form) > 0:
		c := &protocol.Card{Kind: protocol.CardForm, Title: t.fill(a.In(t.lang), t.lookupSlot)}
		for _, f := range a.Form {
			it := protocol.CardItem{ID: f.Name, Title: f.Label.In(t.lang), Subtitle: f.Hint.In(t.lang)}
			if f.Saved != nil {
				if res := t.Call(f.Saved.Tool, map[string]any{}); res.Status == skills.StatusOK {
					var data any
					json.Unmarshal(res.Data, &data)
					it.Reason = str(path(data, f.Saved.Path))
				}
			}
			c.Items = append(c.Items, it)
		}
		return c
	}
	return nil
}

// repliesFor are the question's quick replies, but those at an hour
// outside the part of the day the request said ("내일 저녁에 … 한식당 4명"
// offered "점심 12시"): the replies of that part, when any is.
//
// The part of the day said stays the task's while it asks: "금요일 저녁에
// 6명 회식 장소 예약해줘" then "아니다 그냥 한식으로 바꿔줘" offered "점심
// 12시" first, and "1번" booked noon (trial19).
func (t *turn) repliesFor(a dialogue.Ask) []dialogue.Text {
	from, to := t.e.winFrom, t.e.winTo
	if from != "" && !t.e.clockRange && t.e.time == "" {
		t.set("_win", from+"-"+to)
	} else if w := t.slot("_win"); from == "" && w != "" && t.e.time == "" {
		from, to, _ = strings.Cut(w, "-")
	}
	if from == "" || t.e.clockRange || t.e.time != "" {
		return a.Replies
	}
	var in, near []dialogue.Text
	for _, r := range a.Replies {
		x := entsOf(r.In(t.lang), entity.Parse(r.In(t.lang), t.Now), t.Now)
		switch {
		case x.time == "" || x.time >= from && x.time < to:
			in = append(in, r)
		case minutesApart(x.time, from, to) <= 120:
			near = append(near, r)
		}
	}
	switch {
	case len(in) > 0:
		return in
	case len(near) > 0:
		// "tmrw night" (20:00–24:00) to replies of noon, 6pm and 7pm:
		// the evening's two, not noon (a new user's trial).
		return near
	}
	return a.Replies
}

// minutesApart is how far clock time hm ("19:00") is from the window
// [from, to), in minutes; 0 inside it. A window to "00:00" runs to
// midnight.
func minutesApart(hm, from, to string) int {
	x, err1 := time.Parse("15:04", hm)
	f, err2 := time.Parse("15:04", from)
	e, err3 := time.Parse("15:04", to)
	if err1 != nil || err2 != nil || err3 != nil {
		return 24 * 60
	}
	if !e.After(f) {
		e = e.Add(24 * time.Hour)
	}
	switch {
	case x.Before(f):
		return int(f.Sub(x).Minutes())
	case !x.Before(e):
		return int(x.Sub(e).Minutes()) + 1
	}
	return 0
}

// shownReplies is the replies card of the question just asked, kept for
// one turn so that a pick said in words ("두번째꺼로") can stand for
// pressing its chip (see replyPicked).
type shownReplies struct {
	Slot  string   `json:"slot"`
	Texts []string `json:"texts"`
}

// keepReplies remembers the quick replies the question shows (or forgets
// the last ones when it shows none).
func (t *turn) keepReplies(a dialogue.Ask) {
	if len(a.Replies) == 0 {
		t.set("_replies", "")
		return
	}
	r := shownReplies{Slot: a.Slot}
	for _, x := range t.repliesFor(a) {
		r.Texts = append(r.Texts, x.In(t.lang))
	}
	raw, _ := json.Marshal(r)
	t.set("_replies", string(raw))
}

// replyPicked is the text of the quick reply a short ordinal pick ("2번",
// "두 번째 거", "the second one") chooses while the last card is the
// question's replies card. A chip pressed sends its text as a talk, so the
// pick is answered as that text: left alone, "두번째꺼로" has no words
// of the task and the classifier sends it anywhere (to "accept or
// decline?", losing the restaurant search). The kept replies last one
// turn — whatever comes next shows its own card. A bare number ("2" to
// "몇 분이세요?") and a text that answers the question itself are the
// user's answer, not a pick — when a chip says a number; to chips that say
// none ("배송 / 매장 픽업"), a bare number is the chip of that place.
func (t *turn) replyPicked() (string, bool) {
	raw := t.slot("_replies")
	t.set("_replies", "")
	if raw == "" || t.st.Pending != nil || !(t.isAnswerLike() || shortPick(t.text)) {
		return "", false
	}
	var r shownReplies
	if json.Unmarshal([]byte(raw), &r) != nil || r.Slot == "" || r.Slot != t.slot("_asking") || len(r.Texts) == 0 {
		return "", false
	}
	if bareNumberRe.MatchString(t.text) && repliesCount(r.Texts) && !t.placeOnly(r.Texts) {
		// "2" to "1박 / 2박 / 3박" is the value; to "배송 / 매장 픽업",
		// whose chips say no number, it is the chip of that place.
		return "", false
	}
	t.e = parseEntities(t.text, t.Now)
	n := t.e.ordinal
	switch {
	case n == entity.LastOrdinal:
		n = len(r.Texts)
	case n < 1 || n > len(r.Texts):
		return "", false
	}
	if t.answersQuestion() {
		return "", false
	}
	return r.Texts[n-1], true
}

var bareNumberRe = regexp.MustCompile(`^\s*\d+\s*$`)

// placeOnly: a bare number ("1") to chips of clock times that none of
// them says ("6:30 PM, 7 PM, 7:30 PM") is the place of a chip, not a
// time of its own; "7" to them is 7 o'clock, "2" to "1박 / 2박" two
// nights.
func (t *turn) placeOnly(texts []string) bool {
	n, err := strconv.Atoi(strings.TrimSpace(t.text))
	if err != nil || n < 1 || n > len(texts) {
		return false
	}
	num := regexp.MustCompile(`(?:^|\D)` + strconv.Itoa(n) + `(?:\D|$)`)
	for _, x := range texts {
		if num.MatchString(x) || !clockRe.MatchString(x) {
			return false
		}
	}
	return true
}

// clockRe: a clock time as the avatar says it ("6:30 PM", "오후 7시").
var clockRe = regexp.MustCompile(`(?i)\d\s*(?:am|pm)\b|\d:\d\d|\d\s*시`)

// repliesCount: a quick reply says a number ("2박", "점심 12시", "4 people").
func repliesCount(texts []string) bool {
	for _, x := range texts {
		if strings.ContainsAny(x, "0123456789") {
			return true
		}
	}
	return false
}

// shortPick is a text short enough to be only a pick — up to five words,
// no question ("두 번째 거로 할게", "I'll take the second one"): longer
// than an answer-like text (isAnswerLike), and replyPicked still needs
// its ordinal.
func shortPick(text string) bool {
	return len(strings.Fields(text)) <= 5 && !strings.ContainsAny(text, "?？")
}

// completeOf fills a datetime slot said only as a time from the day of
// the item picked for another slot ("치과 4시로 옮겨줘": the dentist's day
// at 16:00); with no item known, the day is today, as for any time said
// alone.
func (t *turn) completeOf(name, of string) {
	tm, day, shift := t.slot(name+"#time"), t.slot(name+"#date"), t.slot(name+"#shift")
	days, _ := strconv.Atoi(t.slot(name + "#days"))
	if v := t.slot(name); len(v) >= 16 && t.slot(name+"#wday") != "" {
		day, tm = v[:10], v[11:16] // (a weekday said: its week is the item's)
	}
	if tm == "" && day == "" && shift == "" {
		return
	}
	pickSlot, field, _ := strings.Cut(of, ".")
	if t.slot(pickSlot) == "" {
		return // not picked yet: asked first
	}
	var item any
	if t.slot("#item:"+pickSlot) == "" {
		t.recallPicked(pickSlot)
	}
	if shift != "" && tm == "" && day == "" {
		m, _ := strconv.Atoi(shift)
		if json.Unmarshal([]byte(t.slot("#item:"+pickSlot)), &item) == nil {
			if v, ok := fieldOf(item, field); ok && len(v) >= 16 {
				if at, err := time.ParseInLocation("2006-01-02T15:04", v[:16], time.UTC); err == nil {
					t.set(name, at.Add(time.Duration(m)*time.Minute).Format("2006-01-02T15:04"))
				}
			}
		}
		t.set(name+"#shift", "")
		return
	}
	if json.Unmarshal([]byte(t.slot("#item:"+pickSlot)), &item) == nil {
		// "모레로 미뤄줘, 시간은 그대로": the item's time on the day said.
		if v, ok := fieldOf(item, field); ok && len(v) >= 16 {
			if wd := t.slot(name + "#wday"); wd != "" && day == wd {
				if d := weekdayNear(v[:10], wd, t.Now); d > day {
					day = d
				}
			}
			if day == "" {
				day = v[:10]
				if days != 0 {
					// "하루 뒤 오후 5시로": the item's day shifted, at the time said
					if d, err := time.Parse("2006-01-02", day); err == nil {
						day = d.AddDate(0, 0, days).Format("2006-01-02")
					}
				}
			}
			if tm == "" {
				tm = v[11:16]
			} else if t.slot(name+"#half") != "" {
				tm = nearHalf(tm, v[11:16])
			}
		}
	}
	if day == "" {
		day = t.Now.Format("2006-01-02")
	}
	if tm == "" {
		return // a day alone and nothing to take the time from: asked
	}
	t.set(name, day+"T"+tm)
	t.set(name+"#time", "")
	t.set(name+"#date", "")
	t.set(name+"#wday", "")
	t.set(name+"#half", "")
	t.set(name+"#days", "")
}

// daysLaterRe: a move said as so many days or weeks later or earlier
// ("하루 뒤로", "이틀 후", "일주일 뒤로", "3일 앞으로", "two days later", "a
// week earlier"), which the parser reads as a day counted from today.
var daysLaterRe = regexp.MustCompile(`(?i)(?:하루|이틀|사흘|나흘|닷새|엿새|열흘|일주일|\d+\s*일|(?:\d+|한|두|세|네)\s*주(?:일)?)\s*(?:만|정도|쯤)?\s*(뒤|후|나중|전|앞|늦게|일찍)|\b(?:a|an|one|two|three|four|five|six|seven|ten|\d+)\s+(?:days?|weeks?)\s+(later|after|on|earlier|before|sooner)\b`)

var monthSaidRe = regexp.MustCompile(`\d+\s*월|\d/\d`)

// daysShift is the signed number of days a move said relative to the
// item ("하루 뒤로", "two days earlier") shifts it by, read from the day
// the parser counted from today (date); 0 when the text says no such
// move, or names a month or date of its own.
func daysShift(text, date string, now time.Time) int {
	m := daysLaterRe.FindStringSubmatch(text)
	if m == nil || monthSaidRe.MatchString(text) {
		return 0
	}
	d, err := time.ParseInLocation("2006-01-02", date, now.Location())
	if err != nil {
		return 0
	}
	today, _ := time.ParseInLocation("2006-01-02", now.Format("2006-01-02"), now.Location())
	n := int(math.Round(d.Sub(today).Hours() / 24))
	if n < 0 {
		n = -n
	}
	sign := shiftSign(text)
	if sign == 0 {
		sign = 1
		switch strings.ToLower(m[1] + m[2]) {
		case "전", "앞", "일찍", "earlier", "before", "sooner":
			sign = -1
		}
	}
	return sign * n
}

// nearHalf is the clock time hm said without 오전/오후 ("아니 8시 반으로",
// "make it 8") in the half of the day nearer the item's own time (a 9 AM
// reminder "8시 반으로" is 8:30 AM, a 7 PM one "make it 8" is 8 PM).
func nearHalf(hm, item string) string {
	h, err1 := strconv.Atoi(hm[:2])
	ih, err2 := strconv.Atoi(item[:2])
	if err1 != nil || err2 != nil {
		return hm
	}
	a, b := h%12, h%12+12
	best := a
	if abs(b-ih) < abs(a-ih) {
		best = b
	}
	return fmt.Sprintf("%02d%s", best, hm[2:])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// weekdayOfTask: "목요일 오후로는 안돼?" to the times found next week: the
// weekday of the week the task in progress is about (its day slot's),
// when that is later than the next such weekday from today (a trial
// searched this week's Thursday).
func (t *turn) weekdayOfTask(in *intentOf, name string) string {
	if name == "" || t.e.date == "" || t.st.Intent != in.name || !bareWeekday(t.text) {
		return ""
	}
	prev := t.slot(name)
	if len(prev) < 10 {
		return ""
	}
	if d := weekdayNear(prev[:10], t.e.date, t.Now); d > t.e.date {
		return d
	}
	return ""
}

// dateSlotOf is the intent's slot of a day (FromDate), "" if none.
func dateSlotOf(in *intentOf) string {
	for n, s := range in.Slots {
		if s.From == dialogue.FromDate {
			return n
		}
	}
	return ""
}

// bareWeekdayRe, dayNamedRe: a weekday said alone ("to Wednesday",
// "목요일로"), and a day said otherwise (a date, a week, tomorrow) that
// makes it no bare weekday.
var (
	bareWeekdayRe = regexp.MustCompile(`(?i)[월화수목금토일]요일|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b`)
	dayNamedRe    = regexp.MustCompile(`(?i)\d+\s*(?:일|월|/)|\d+(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|다음\s*주|이번\s*주|담주|차주|저번\s*주|지난\s*주|다다음|\b(?:next|this|last|coming)\s+(?:week|mon|tue|wed|thu|fri|sat|sun)|내일|모레|오늘|tomorrow|today`)
)

func bareWeekday(text string) bool {
	return bareWeekdayRe.MatchString(text) && !dayNamedRe.MatchString(text)
}

// weekdayNear is the day of said's weekday in the week (Monday to Sunday)
// of the item's day, a week later while that is before today.
func weekdayNear(itemDay, said string, now time.Time) string {
	d, err1 := time.ParseInLocation("2006-01-02", itemDay, now.Location())
	w, err2 := time.ParseInLocation("2006-01-02", said, now.Location())
	if err1 != nil || err2 != nil {
		return said
	}
	monday := d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	c := monday.AddDate(0, 0, (int(w.Weekday())+6)%7)
	today := now.Format("2006-01-02")
	for c.Format("2006-01-02") < today {
		c = c.AddDate(0, 0, 7)
	}
	return c.Format("2006-01-02")
}

// recallPicked keeps the item picked for pickSlot ("#item:"), read again
// from its list, when it was picked from a card (an option's id only):
// "9시로 미뤄줘", then "헬스" moves it on its own day.
func (t *turn) recallPicked(pickSlot string) {
	in := t.m.intents[t.st.Intent]
	if in == nil || in.Slots[pickSlot] == nil || in.Slots[pickSlot].Pick == nil || in.Slots[pickSlot].Pick.Tool == "" {
		return
	}
	pk := in.Slots[pickSlot].Pick
	res := t.Call(pk.Tool, t.pickArgs(pk))
	if res.Status != skills.StatusOK {
		return
	}
	arr, _ := path(t.resultData(&res), pk.List).([]any)
	for _, it := range arr {
		if t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) }) == t.slot(pickSlot) {
			if b, err := json.Marshal(it); err == nil {
				t.set("#item:"+pickSlot, string(b))
			}
			return
		}
	}
}

// lengthSlot is the intent's slot that takes a new length ("unit":
// "length"), "" if none.
func lengthSlot(in *intentOf) string {
	if in == nil {
		return ""
	}
	for n, s := range in.Slots {
		if s.From == dialogue.FromMinutes && s.Unit == "length" {
			return n
		}
	}
	return ""
}

// newLengthRe: a length said as the one an event takes from now on ("4시로
// 당겨주고 한 시간으로 늘려줘", "make it two hours long") — a length even
// when the same text moves the event.
var newLengthRe = regexp.MustCompile(`(?i)(?:시간|분|시간\s*반)\s*(?:으로|로|짜리로)\s*(?:늘려|늘리|늘여|줄여|줄이|바꿔|변경|연장|해\s*줘|해\s*주)|\b(?:hours?|minutes?|mins?)\s+long\b|\b(?:extend|shorten|lengthen)\s+it\s+to\b`)

// fromNowRe: a length said as "so long after" ("한 시간 뒤로", "30분
// 후로"), which the parser reads as a time counted from now.
var fromNowRe = regexp.MustCompile(`(?:시간|분)\s*(?:반\s*)?(?:뒤|후|전|앞)|(?i)\b(?:hours?|hrs?|minutes?|mins?)\s+(?:later|earlier|after|before|from\s+now)\b`)

// pushRe: "push that meeting back", "bring the dentist forward" — the
// words apart, the thing moved between them.
var pushRe = regexp.MustCompile(`(?i)\b(?:push(?:ed)?|bump(?:ed)?|mov(?:e|ed))\s+(?:\S+\s+){0,3}?(back|forward|up)\b|\b(?:bring|brought)\s+(?:\S+\s+){0,3}?(forward)\b`)

func orDay(d string, now time.Time) string {
	if d == "" {
		return now.Format("2006-01-02")
	}
	return d
}

// shiftSign is +1 when the text moves something later ("늦춰", "미뤄",
// "push back", "later"), -1 when earlier ("당겨", "earlier"), else 0.
func shiftSign(text string) int {
	l := strings.ToLower(text)
	if m := pushRe.FindStringSubmatch(l); m != nil {
		if m[1] == "back" {
			return 1
		}
		return -1 // "bring it forward", "move it up", "push it forward"
	}
	for _, w := range gen.Earlier {
		if strings.Contains(l, w) {
			return -1
		}
	}
	for _, w := range gen.Later {
		if strings.Contains(l, w) {
			return 1
		}
	}
	return 0
}

// oneOf reports whether v is want, or one of want's "|"-separated values
// ("city=jeonju|daegu": the city is either).
func oneOf(v, want string) bool {
	if v == want {
		return true
	}
	if v == "" || !strings.Contains(want, "|") {
		return false
	}
	for _, w := range strings.Split(want, "|") {
		if v == w {
			return true
		}
	}
	return false
}

// cond evaluates a phrase's when/unless against the slots.
func (t *turn) cond(when, unless string) bool {
	if when != "" && !t.truthy(when) {
		return false
	}
	if unless != "" && t.truthy(unless) {
		return false
	}
	return true
}

func (t *turn) truthy(c string) bool {
	if rest, ok := strings.CutPrefix(c, "!"); ok {
		return !t.truthy(rest)
	}
	k, want, eq := strings.Cut(c, "=")
	v, _ := t.lookupSlot(k)
	if eq {
		return oneOf(v, want)
	}
	return v != "" && v != "false" && v != "0"
}

// applyDefaults fills empty slots with their defaults (at the call, or
// when told the default applies now).
func (t *turn) applyDefaults(in *intentOf, _ bool) {
	names := make([]string, 0, len(in.Slots))
	for n := range in.Slots {
		names = append(names, n)
	}
	sort.Strings(names)
	asked := map[string]bool{}
	for _, a := range in.Ask {
		asked[a.Slot] = true
	}
	// Plain defaults first (the length of a meeting), then those that
	// depend on other slots (its end from its start and length).
	for _, conditional := range []bool{false, true} {
		for _, name := range names {
			s := in.Slots[name]
			if t.slot(name) != "" || s.Default == "" || (s.DefaultIf != "") != conditional || asked[name] && !conditional {
				continue
			}
			if !conditional || t.truthy(s.DefaultIf) {
				t.set(name, t.fill(s.Default, t.lookupSlot))
				t.set("_d:"+name, "1") // a default, not something the user said
			} else if s.DefaultElse != "" {
				t.set(name, t.fill(s.DefaultElse, t.lookupSlot))
				t.set("_d:"+name, "1")
			}
		}
	}
}

// propose builds the tool's arguments and proposes the call.
func (t *turn) propose(in *intentOf) agents.Step {
	tool := t.tool(in.name)
	if tool == nil {
		t.finish()
		return agents.Step{Say: t.say("brain.cannot_here")}
	}
	args := map[string]any{}
	names := make([]string, 0, len(in.Slots))
	for n := range in.Slots {
		names = append(names, n)
	}
	sort.Strings(names)
	note := ""
	for _, name := range names {
		s := in.Slots[name]
		v := t.slot(name)
		if s.When != "" && !t.truthy(s.When) {
			continue
		}
		switch {
		case s.From == dialogue.FromValue:
			v = t.fill(s.Value, t.lookupSlot)
		case s.Context != "" && v == "":
			// from "context", or a said value's fallback ("비슷한 거 5만원
			// 이하": the bound said; else the last search's)
			v = t.slot("@" + s.Context)
		case s.From == dialogue.FromMemory && v == "":
			for _, f := range t.Memory {
				if f.Key != s.Memory.Key {
					continue
				}
				if len(s.Memory.Values) == 0 {
					v = f.Value
				} else if mv, ok := s.Memory.Values[f.Value]; ok {
					v = mv
				}
				if v != "" && s.Note != nil && note == "" {
					note = s.Note.In(t.lang)
				}
			}
		case s.From == dialogue.FromTool && v == "":
			res := t.Call(s.Tool.Tool, map[string]any{})
			if res.Status != skills.StatusOK {
				t.finish()
				return agents.Step{Say: t.say("brain.unavailable")}
			}
			data := t.resultData(&res)
			val := path(data, s.Tool.Path)
			if arr, ok := val.([]any); ok && len(s.Tool.Fields) > 0 {
				var out []any
				for _, it := range arr {
					o := map[string]any{}
					for nk, ok := range s.Tool.Fields {
						o[nk] = path(it, ok)
					}
					out = append(out, o)
				}
				if len(out) == 0 {
					t.finish()
					return t.resume(agents.Step{Say: s.Tool.Empty.In(t.lang)})
				}
				args[name] = out
				continue
			}
			if val == nil {
				t.finish()
				return t.resume(agents.Step{Say: s.Tool.Empty.In(t.lang)})
			}
			args[name] = val
			continue
		}
		if v == "" && s.Default != "" && s.DefaultIf == "" {
			v = t.fill(s.Default, t.lookupSlot)
		}
		if v == "" {
			continue
		}
		args[name] = typed(tool.Schema, name, v)
	}
	t.budgetSaid(in, tool.Schema, args)
	if note != "" {
		t.set("_note", note)
	}
	step := agents.Step{Call: call(tool.Name, args)}
	if in.Say != nil {
		step.Say = t.fill(in.Say.In(t.lang), t.lookupSlot)
	}
	return step
}

// tool finds one of the avatar's tools.
func (t *turn) tool(name string) *skills.Tool {
	for _, tl := range t.Tools {
		if tl.Name == name {
			return tl
		}
	}
	return nil
}

// propTypes caches each tool schema's property types (the schema is
// immutable once the tool is made).
var propTypes sync.Map // string(schema) → map[string][]string

// propTypesAt caches typesOf by where the schema is: a tool's schema is
// the same slice at every call, and the lookup by its text converted and
// hashed the whole schema each time.
var propTypesAt sync.Map // schemaAt → map[string][]string

type schemaAt struct {
	p *byte
	n int
}

func typesOf(schema json.RawMessage) map[string][]string {
	at := schemaAt{unsafe.SliceData(schema), len(schema)}
	if v, ok := propTypesAt.Load(at); ok {
		return v.(map[string][]string)
	}
	out := typesOfText(schema)
	if _, parsed := propTypes.Load(string(schema)); parsed {
		propTypesAt.Store(at, out)
	}
	return out
}

func typesOfText(schema json.RawMessage) map[string][]string {
	if v, ok := propTypes.Load(string(schema)); ok {
		return v.(map[string][]string)
	}
	// Properties are read one by one: a boolean schema ("x": true) is
	// valid JSON Schema and names no type, so it leaves the value as text.
	var s struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	out := map[string][]string{}
	if err := json.Unmarshal(schema, &s); err != nil {
		return out // not an object schema: every value stays text (not cached)
	}
	for name, raw := range s.Properties {
		var p struct {
			Type any `json:"type"`
		}
		if json.Unmarshal(raw, &p) != nil {
			continue
		}
		switch x := p.Type.(type) {
		case string:
			out[name] = []string{x}
		case []any:
			for _, k := range x {
				if ks, ok := k.(string); ok {
					out[name] = append(out[name], ks)
				}
			}
		}
	}
	propTypes.Store(string(schema), out)
	return out
}

// typed turns a slot's string into the JSON type the schema wants.
// budgetSaidArg is the argument a tool may take for a budget said
// roughly: its ceiling slot has the amount and a margin ("around 20,000
// won" searches up to 22,000), and the tool words the budget as the user
// said it, never the number with the margin.
const budgetSaidArg = "budget_said"

// budgetSaid adds budgetSaidArg to args when the tool takes it and the
// ceiling the call has is the soft budget of an amount said roughly.
func (t *turn) budgetSaid(in *intentOf, schema json.RawMessage, args map[string]any) {
	soft, said, ok := strings.Cut(t.slot("@budget_said"), "=")
	if !ok || len(typesOf(schema)[budgetSaidArg]) == 0 {
		return
	}
	for name, s := range in.Slots {
		if s.From == dialogue.FromMoneyMax && args[name] != nil && fmt.Sprint(args[name]) == soft {
			args[budgetSaidArg] = typed(schema, budgetSaidArg, said)
		}
	}
}

func typed(schema json.RawMessage, name, v string) any {
	for _, k := range typesOf(schema)[name] {
		switch k {
		case "integer", "number":
			if n, err := strconv.Atoi(v); err == nil {
				return n
			}
		case "boolean":
			return v == "true"
		case "array":
			return strings.Split(v, ",")
		}
	}
	return v
}

// ---- picks ----

func (t *turn) pickable() bool { return len(t.st.Options) > 0 && t.slot("@card") != "" }

// pick resolves "2번", "the second", "마지막" or an option's label to an
// index into the current options.
func (t *turn) pick() (int, bool) {
	opts := t.st.Options
	if len(opts) == 0 {
		return 0, false
	}
	if n := t.e.ordinal; n != 0 {
		if n == -1 {
			return len(opts) - 1, true
		}
		if n >= 1 && n <= len(opts) {
			return n - 1, true
		}
	}
	lower := strings.ToLower(t.text)
	for i, o := range opts {
		if o.Value != "" && strings.Contains(lower, strings.ToLower(o.Value)) {
			return i, true
		}
		if len([]rune(o.Label)) >= 2 && strings.Contains(lower, strings.ToLower(o.Label)) {
			return i, true
		}
	}
	if t.namePick > 0 && t.namePick <= len(opts) {
		return t.namePick - 1, true
	}
	return 0, false
}

// optionAt is the one option (1-based; 0 for none or several) whose
// value or id is at the clock time hm ("09:00").
func (t *turn) optionAt(hm string) int {
	found := 0
	for i, o := range t.st.Options {
		if o.Value == hm || strings.Contains(o.ID, "T"+hm+":") {
			if found != 0 {
				return 0
			}
			found = i + 1
		}
	}
	return found
}

// dropWords undo or refuse what is pointed at ("그거 취소해줘", "remove
// that"): never a pick of it.
var dropWords = []string{"취소", "빼", "지워", "삭제", "없애", "안 할", "안할", "싫", "아니", "그만", "됐어", "말아", "잠깐", "잊어",
	"cancel", "remove", "delete", "drop", "never mind", "nevermind", "don't", "not", "no", "forget", "stop", "wait", "skip", "scrap", "undo"}

// optionNamed is the option the text names (1-based; 0 for none): by the
// words of its label that set it apart from the others ("dam sushi bar",
// "bada hotel pls", "the sorilab earbuds" — a word every option has, like
// "sushi" or "한정식", names none), the one with the most such words when
// only one has them; or, when the list has one option, by pointing at it
// ("거기로 해주세요", "ok that one") or saying yes to it ("sure, book it").
func (t *turn) optionNamed() int {
	opts := t.st.Options
	if len(opts) == 0 {
		return 0
	}
	if strings.Contains(t.text, "말고") || has(t.text, []string{"instead of", "not the"}) {
		// "노을 말고", "거기 말고 남포동 한옥은 어때요?" (to a list of
		// one): the one named or pointed at is not the one wanted.
		return 0
	}
	if len(opts) == 1 && (has(t.text, gen.Point) || saysYes(t.text) && t.st.Pending == nil) && !has(t.text, gen.Confirm) && t.e.nights == "" && t.e.people == "" && t.e.bareHour == 0 {
		return 1 // (a number or "확정" says something else about it)
	}
	if t.pointsVaguely(3) {
		// "그거 잡아주세요", "이걸로 할게요" right after a list of several:
		// which one is not said — asked (see askWhich), never the first
		// held on a guess (a new user's trial held option 1 of 3).
		if len(opts) == 1 {
			return 1 // "book it" to a list of one
		}
		t.pointedMany = true
		return 0
	}
	lower := strings.ToLower(t.text)
	if whole := t.wholeNamed(); whole > 0 {
		return whole
	}
	if i := priciest(t.text, opts); i > 0 {
		return i // "the cheapest one", "제일 싼 곳으로"
	}
	words := make([][]string, len(opts))
	count := map[string]int{}
	for i, o := range opts {
		seen := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(o.Label+" "+o.Detail), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if len([]rune(w)) >= 2 && !seen[w] && !pronounWord[w] {
				seen[w] = true
				words[i] = append(words[i], w)
				count[w]++
			}
		}
	}
	best, bestN, tie := 0, 0, false
	for i := range opts {
		n := 0
		for _, w := range words[i] {
			if count[w] < len(opts) && containsWord(lower, w) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = i+1, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if bestN > 0 && !tie {
		if bestN == 1 && describesOther(lower, words[best-1]) {
			return 0
		}
		return best
	}
	return 0
}

// describesOther: the one word of an option's name the text says is
// followed by a word the option does not have — "the wireless earbuds"
// when the option is a wireless mouse: the text describes another thing
// of that quality, not this option (a new user's trial paid for the
// mouse). A filler after it ("the wireless one please", "무선 거 담아줘")
// or a verb leaves the option named.
func describesOther(lower string, optWords []string) bool {
	fs := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	has := map[string]bool{}
	for _, w := range optWords {
		has[w] = true
	}
	for i, f := range fs {
		if !has[f] && !hasStem(has, f) {
			continue
		}
		if i+1 >= len(fs) {
			return false
		}
		next := fs[i+1]
		if has[next] || hasStem(has, next) || fillerAfterName[next] || pronounWord[next] || koPickVerbRe.MatchString(next) || len([]rune(next)) < 2 {
			return false
		}
		return true
	}
	return false
}

// hasStem: the word is one of the option's words with a Korean particle
// after it ("무선으로", "마루를").
func hasStem(opt map[string]bool, w string) bool {
	for o := range opt {
		if len(w) > len(o) && strings.HasPrefix(w, o) && koParticleRe.MatchString(w[len(o):]) {
			return true
		}
	}
	return false
}

var (
	koParticleRe = regexp.MustCompile(`^(?:으로|로|을|를|이|가|은|는|도|거|걸|걸로|거로|꺼|껄로|것|제품|상품|이요|요)$`)
	koPickVerbRe = regexp.MustCompile(`(?:줘|줘요|주세요|해|해요|할게|할게요|할래|할래요|요|다|자|까)$`)
)

// fillerAfterName are the words that may follow a word of a product's
// name without naming another thing.
var fillerAfterName = map[string]bool{
	"ones": true, "thing": true, "please": true, "pls": true, "plz": true, "to": true, "in": true, "into": true, "for": true,
	"too": true, "also": true, "then": true, "instead": true, "version": true, "model": true, "option": true, "item": true,
	"product": true, "and": true, "from": true, "you": true, "i": true, "my": true, "the": true, "a": true, "an": true,
	"거": true, "걸": true, "걸로": true, "거로": true, "것": true, "제품": true, "상품": true, "그거": true, "그걸로": true, "꺼": true,
}

// wholeNamed is the one option whose whole name the text says ("하늘
// 한정식이요") — on a card of one as well, where no word of it tells it
// from another — 1-based; 0 for none, several, or a name said as the one
// not wanted ("노을 말고").
func (t *turn) wholeNamed() int {
	if strings.Contains(t.text, "말고") || has(t.text, []string{"instead of", "not the"}) {
		return 0
	}
	lower := strings.ToLower(t.text)
	whole := 0
	for i, o := range t.st.Options {
		if l := strings.ToLower(strings.TrimSpace(o.Label)); len([]rune(l)) >= 2 && containsWord(lower, l) {
			if whole != 0 {
				return 0
			}
			whole = i + 1
		}
	}
	return whole
}

// sortsRe asks for a list in an order ("sort by price", "낮은 가격 순으로
// 정렬해줘"), not for one item of it.
var sortsRe = regexp.MustCompile(`(?i)\bsort(?:ed|ing)?\b|\border\s+(?:by|of)\b|\blow(?:est)?\s+to\s+high|순으로|순서로|순서대로|정렬`)

// pointsAtSole: the card shown has one option and the text points at
// it — by a word that points at a place ("거기", "that one") or by "그",
// "이", "that", "the" before a word of its name ("그 한옥" of "봄 한옥
// 스테이", "the guesthouse") — without turning it down ("거기 말고"),
// asking something of it, or asking the avatar to do something else to
// it (cancel, remove). Whatever else the text says is about that option.
// pointsAtAsked is the place in the list of the option the search asked
// about by its whole name ("Is Dam Sushi Bar free Saturday at 7pm?"
// showed it with others of its kind), when the text points at one
// vaguely ("perfect, grab that table for us", "그거 잡아 줘"): that one.
// 0 when the search named none, or more than one, of the options.
func (t *turn) pointsAtAsked() int {
	q := strings.ToLower(strings.TrimSpace(t.slot("query")))
	if len(t.st.Options) < 2 || len([]rune(q)) < 4 || t.st.Pending != nil || !(has(t.text, gen.Point) || has(t.text, gen.This)) || has(t.text, gen.Confirm) || has(t.text, dropWords) ||
		strings.Contains(t.text, "말고") || has(t.text, []string{"instead of", "not the", "other", "another", "다른"}) || declines(t.text) || asksQuestion(t.text) {
		return 0
	}
	named := 0
	for i, o := range t.st.Options {
		if l := strings.ToLower(strings.TrimSpace(o.Label)); len([]rune(l)) >= 2 && containsWord(q, l) {
			if named != 0 {
				return 0
			}
			named = i + 1
		}
	}
	return named
}

func (t *turn) pointsAtSole() bool {
	if len(t.st.Options) != 1 || t.st.Pending != nil || has(t.text, gen.Confirm) || has(t.text, dropWords) ||
		strings.Contains(t.text, "말고") || has(t.text, []string{"instead of", "not the", "other", "another", "다른"}) ||
		has(t.text, []string{"됐고", "다음에", "나중에", "later", "next time"}) || declines(t.text) ||
		asksQuestion(t.text) || t.slot("@focus") != "" {
		return false
	}
	if has(t.text, gen.Point) {
		return true
	}
	lower := strings.ToLower(t.text)
	for _, w := range strings.FieldsFunc(strings.ToLower(t.st.Options[0].Label), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) < 2 || pronounWord[w] {
			continue
		}
		for _, d := range []string{"그 ", "이 ", "저 ", "that ", "the ", "this "} {
			if strings.Contains(lower, d+w) {
				return true
			}
		}
	}
	return false
}

// pronounWord: words of a name that a sentence says for another reason
// ("add another one", "let's go with …", "this one"): a model called
// "One" or "Go" is named by its other words.
var pronounWord = map[string]bool{"one": true, "go": true, "it": true, "this": true, "that": true}

// priciest is the one option (1-based; 0 for none, a tie or no price
// shown) the text picks by its price: "the cheapest one", "the cheap one
// pls", "제일 싼 곳", "가장 저렴한 걸로" → the lowest; "the most expensive",
// "제일 비싼 데" → the highest. A price is the card's amount ("₩219,000/
// night", "129,000원/박") or its band ("₩₩").
func priciest(text string, opts []agents.Option) int {
	if sortsRe.MatchString(text) || orderFirstRe.MatchString(strings.TrimRight(text, " .!?~")) {
		return 0 // "sort them cheapest first", "싼 순으로": an order to list in
	}
	low := cheapestRe.MatchString(text)
	if !low && !dearestRe.MatchString(text) || len(opts) < 2 || asksWhichRe.MatchString(text) ||
		asksQuestion(text) && !comparedRe.MatchString(text) {
		// ("whats the cheapest?", "더 싼 거 없어?" ask, they do not pick;
		// "the cheaper of the two, do you have it in white?" names one
		// and asks about it)
		return 0
	}
	among := qualified(text, opts)
	best, tie := 0, false
	var bestV int64
	for i, o := range opts {
		if among != nil && !among[i] {
			continue
		}
		v := priceOf(o.Detail)
		if v <= 0 {
			return 0
		}
		switch {
		case best == 0 || low && v < bestV || !low && v > bestV:
			best, bestV, tie = i+1, v, false
		case v == bestV:
			tie = true
		}
	}
	if tie {
		return 0
	}
	return best
}

// comparedRe: one of a few named by how it compares ("the cheaper of
// the two", "둘 중에 싼 거").
var comparedRe = regexp.MustCompile(`(?i)\bthe (?:cheaper|more expensive|pricier|dearer) (?:one|of the (?:two|2))\b|(?:둘|두\s*개)\s*중`)

// qualified are the options a price pick is among when the text narrows
// them by words only some of them show ("the cheaper of the two noise
// cancelling ones": the two whose details say noise cancelling); nil when
// it names no such words (all of them).
func qualified(text string, opts []agents.Option) map[int]bool {
	lower := strings.ToLower(text)
	var out map[int]bool
	details := make([]string, len(opts))
	for i, o := range opts {
		details[i] = strings.ToLower(o.Label + " " + o.Detail + " " + o.Reason)
	}
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) < 4 || pronounWord[w] {
			continue
		}
		in := map[int]bool{}
		for i, d := range details {
			if containsWord(d, w) {
				in[i] = true
			}
		}
		if len(in) == 0 || len(in) == len(opts) {
			continue // a word of none or of all tells none apart
		}
		if out == nil {
			out = in
			continue
		}
		for i := range out {
			if !in[i] {
				delete(out, i)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

var (
	cheapestRe  = regexp.MustCompile(`(?i)\b(?:cheapest|least expensive|lowest[- ]priced?|lowest price|most affordable)\b|\bthe cheap one\b|\bthe cheaper (?:one|of the (?:two|2))\b|(?:제일|가장|젤|제일로|젤로)\s*(?:싼|싸|저렴)|(?:둘|두\s*개)\s*중(?:에서?)?\s*(?:더\s*)?(?:싼|저렴한)`)
	dearestRe   = regexp.MustCompile(`(?i)\b(?:most expensive|priciest|dearest|highest[- ]priced?|fanciest)\b|\bthe expensive one\b|\bthe (?:more expensive|pricier|dearer) (?:one|of the (?:two|2))\b|(?:제일|가장|젤|제일로|젤로)\s*(?:비싼|비싸|고급)|(?:둘|두\s*개)\s*중(?:에서?)?\s*(?:더\s*)?비싼`)
	asksWhichRe = regexp.MustCompile(`(?i)\b(?:what|whats|what's|which|is there|are there|any)\b|뭐|어느|어떤|없어|있어|있나`)
	amountRe    = regexp.MustCompile(`₩\s*([0-9][0-9,]*)|([0-9][0-9,]*)\s*원`)
)

// priceOf reads the price a card item shows: its amount, or the number
// of ₩ of its price band.
func priceOf(detail string) int64 {
	if m := amountRe.FindStringSubmatch(detail); m != nil {
		n, _ := strconv.ParseInt(strings.ReplaceAll(m[1]+m[2], ",", ""), 10, 64)
		return n
	}
	return int64(strings.Count(detail, "₩"))
}

// pickFromCard follows a pick from the last card to the call the card's
// result leads to (a restaurant → hold it).
func (t *turn) pickFromCard(p float64) (agents.Step, bool) {
	spec := t.m.results[t.slot("@card")]
	if spec == nil || spec.Pick == nil {
		return agents.Step{}, false
	}
	i, ok := t.pick()
	if !ok {
		return t.pickBeyond(spec.Pick.Tool, p)
	}
	if card := t.slot("@card"); t.st.Intent == "" && card != "" && t.slot("@retry") == card {
		// The card of a search said again that found nothing (see
		// onResult): its task's details (who, how long) are the ones kept
		// for the retry.
		t.startRetried(card)
	}
	o := t.st.Options[i]
	// "두 번째 데로 하되 시간은 7시 반으로", "option 1, but make it 6
	// instead of 5", "the first resort, but for 3 nights", "숲 채식
	// 식당으로 토요일 점심 12시": a day, an hour, a party or a stay's
	// nights said with the pick changes the search's for the call the
	// pick leads to.
	said := map[string]string{}
	if cur := t.m.intents[t.st.Intent]; cur != nil {
		for name, s := range cur.Slots {
			if s.From == dialogue.FromTime || s.From == dialogue.FromPeople || s.From == dialogue.FromNights || s.From == dialogue.FromDate {
				if v := t.slotValue(cur, name, s, false); v != "" {
					said[name] = v
				}
			}
		}
	}
	get := func(k string) (string, bool) {
		if v := said[strings.TrimPrefix(k, "slot.")]; v != "" && strings.HasPrefix(k, "slot.") {
			return v, true
		}
		switch k {
		case "option.id":
			return o.ID, true
		case "option.label":
			return o.Label, true
		case "said.title":
			// "go with option 2, call it budget sync"
			return titled(t.text), true
		case "said.name":
			// "3번 김지수 이름으로", "the first one under the name Alex"
			return bookerName(t.text), true
		case "user.name":
			// The name the user goes by here: what a booking is made
			// under when they name no one else.
			return strings.TrimSpace(t.User.Name), true
		}
		if g, ok := strings.CutPrefix(k, "said."); ok {
			// The words of a gazetteer as said with the pick ("창가 자리로",
			// "window seat if possible").
			es := t.m.gazetteer(nil, g)
			if len(es) > 0 || !agents.IsFactKind(g) {
				return gazetteerWords(t.text, es), true
			}
			// A fact about the user told with the pick ("1번으로 해 주시고요,
			// 제가 갑각류 알레르기가 있어요", "the last one. one of us is
			// allergic to peanuts"): memory has it only after this turn.
			for _, f := range append(agents.ExtractFacts(t.text, t.Now), agents.PartyFacts(t.text)...) {
				if f.Key == g {
					return f.Value, true
				}
			}
			return "", true
		}
		return t.lookupSlot(k)
	}
	next := spec.Pick
	tool := t.tool(next.Tool)
	if tool == nil {
		return agents.Step{}, false
	}
	args := map[string]any{}
	slots := map[string]string{}
	for k, tpl := range next.Args {
		v := t.fill(tpl, get)
		if key, ok := strings.CutPrefix(strings.Trim(tpl, "{}"), "memory."); ok && v == "" {
			// A fact told of someone in the party ("일행 중에 비건이 한 명
			// 있어요") is for this booking only: not in memory, said now.
			for _, f := range agents.PartyFacts(t.text) {
				if f.Key == key {
					v = f.Value
				}
			}
		}
		if v == "" {
			continue
		}
		// A pick may carry more ("1번 4개 담아줘"): a count the user said.
		args[k] = typed(tool.Schema, k, v)
		ref, isSlot := strings.CutPrefix(strings.Trim(tpl, "{}"), "slot.")
		if said, _, alt := strings.Cut(strings.Trim(tpl, "{}"), "?"); alt && strings.HasPrefix(said, "said.") {
			// "{said.name?user.name}": what the user said, or else a
			// default they did not say.
			if t.fill("{"+said+"}", get) != "" {
				slots[k] = v
			}
			continue
		}
		if key, ok := strings.CutPrefix(strings.Trim(tpl, "{}"), "memory."); ok && v != "" {
			// "1번으로 예약해 주시고요, 제가 갑각류 알레르기가 있어요": a fact
			// told with the pick is what the user said for it (a fact told
			// before is what the avatar remembered, not said now). One
			// told of someone in the party ("일행 중에 비건이 한 명 있어요")
			// is for this booking only (see above).
			for _, f := range append(agents.ExtractFacts(t.text, t.Now), agents.PartyFacts(t.text)...) {
				if f.Key == key {
					slots[k] = v
				}
			}
			continue
		}
		if strings.Contains(tpl, "{option.") || strings.Contains(tpl, "{said.") || isSlot && (t.slot("_d:"+ref) == "" || said[ref] != "") {
			slots[k] = v // what the user picked or said, not a default
		}
	}
	if in := t.m.intents[next.Tool]; in != nil {
		for name, s := range in.Slots {
			// (and a place said with it: "마지막 슬롯으로 초대 보내. 장소는
			// 2층 라운지" — where the meeting is, which no card holds — or
			// a reminder: "…초대 보내 주세요, 10분 전에 알림 부탁해요")
			if s.From == dialogue.FromNumber || (s.From == dialogue.FromPlace || s.From == dialogue.FromMinutes && s.Unit == "before") && args[name] == nil {
				if v := t.slotValue(in, name, s, false); v != "" {
					args[name] = typed(tool.Schema, name, v)
					slots[name] = v
				}
			}
		}
	}
	t.keepFromList()
	if t.st.Intent == "" {
		t.start(next.Tool)
	}
	t.set("_picked", o.ID)
	t.understood(next.Tool, p, slots)
	step := agents.Step{Call: call(next.Tool, args)}
	if next.Say != nil {
		step.Say = t.fill(next.Say.In(t.lang), get)
	}
	return step, true
}

// pickBeyond answers a pick of a place the card does not have ("4번
// 예약이요", "let's do the 4th" of three): it is the card's pick all the
// same, so it is understood as the call the pick leads to, and the user
// is told how many there are — not sent to some other request.
func (t *turn) pickBeyond(tool string, p float64) (agents.Step, bool) {
	n, opts := t.e.ordinal, t.st.Options
	if n <= len(opts) || len(opts) == 0 || t.tool(tool) == nil {
		return agents.Step{}, false
	}
	t.understood(tool, p, map[string]string{})
	return agents.Step{Say: t.say("brain.out_of_range", "n", strconv.Itoa(n), "of", strconv.Itoa(len(opts)))}, true
}

// listPickedFrom: some intent of the avatar picks from the list the tool
// returns (the cart, my orders, my bookings).
func (t *turn) listPickedFrom(tool string) bool {
	for name := range t.m.intents {
		if t.picksFrom(name, tool) {
			return true
		}
	}
	return false
}

// pickArgs are the arguments of the read tool a pick lists from, its
// templates filled from the task's slots.
func (t *turn) pickArgs(pk *dialogue.Pick) map[string]any {
	pargs := make(map[string]any, len(pk.Args))
	for k, v := range pk.Args {
		if sv, ok := v.(string); ok {
			pargs[k] = t.fill(sv, t.lookupSlot)
		} else {
			pargs[k] = v
		}
	}
	return pargs
}

// pickFromTool fills a pick slot from a read tool's list: narrowed by
// what the user said (a day); one left → taken; several → a card to pick
// from; none → said so.
func (t *turn) pickFromTool(in *intentOf, a dialogue.Ask, pk *dialogue.Pick) (agents.Step, bool) {
	if t.slot("_asking") == a.Slot && t.slot("@card") == "pick:"+in.name+":"+a.Slot && len(t.st.Options) > 0 {
		// Asked already and the answer did not pick: ask again.
		return agents.Step{Say: pk.Ask.In(t.lang) + " " + labels(t.st.Options)}, true
	}
	res := t.Call(pk.Tool, t.pickArgs(pk))
	if res.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	data := t.resultData(&res)
	arr, _ := path(data, pk.List).([]any)
	var items []any
	for _, it := range arr {
		ok := true
		for field, slot := range pk.Match {
			want := t.slot(slot)
			switch {
			case slot == "@date":
				want = t.e.date
			case slot == "@time":
				want = t.e.time
			case strings.HasPrefix(slot, "="):
				want = slot[1:] // a fixed value: only the items in that state (held bookings)
			}
			if want != "" && !strings.Contains(str(path(it, field)), want) {
				ok = false
			}
		}
		if ok {
			items = append(items, it)
		}
	}
	if len(items) == 0 && len(arr) > 0 && t.e.date != "" && relativeTo(in, a.Slot) {
		// No item on the day said, and the task takes a day relative to
		// the item (a move): the day was where to, not which one; narrow
		// by the other fields only. (A cancellation by a day with nothing
		// on it still finds nothing.)
		for _, it := range arr {
			ok := true
			for field, slot := range pk.Match {
				if slot == "@date" || slot == "@time" {
					continue
				}
				if strings.HasPrefix(slot, "=") {
					if !strings.Contains(str(path(it, field)), slot[1:]) {
						ok = false
					}
					continue
				}
				if want := t.slot(slot); want != "" && !strings.Contains(str(path(it, field)), want) {
					ok = false
				}
			}
			if ok {
				items = append(items, it)
			}
		}
	}
	label := func(it any) string {
		return t.fill(pk.Label, func(k string) (string, bool) { return fieldOf(it, k) })
	}
	if t.slot("@card") != "pick:"+in.name+":"+a.Slot && t.picksOption() {
		// "take out the 3rd one" after similar items, "장바구니에서 1번
		// 빼줘" with the cart shown: the item the text places on the card
		// on screen, when this list has it (the same id), is the one meant.
		if i, ok := t.pick(); ok {
			for _, it := range arr {
				if t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) }) == t.st.Options[i].ID {
					items = []any{it}
					break
				}
			}
		}
	} else if n := t.e.ordinal; t.slot("@shown") == pk.Tool && !t.pickable() && n != 0 && len(arr) > 0 {
		// "take out the 2nd one" with the cart shown: a place in the list
		// last shown, which is this list.
		if n == -1 {
			n = len(arr)
		}
		if n >= 1 && n <= len(arr) {
			items = []any{arr[n-1]}
		}
	}
	if n := t.named(pk, items); len(n) > 0 && len(n) < len(items) {
		items = n // "cancel the sushi booking": the one named
	} else if id := t.slot("@said_id"); len(items) > 1 && id != "" && (referredBack.MatchString(t.text) || t.pointsBack) {
		// "move it to friday", "아 그거 9시로 미뤄줘": the item just
		// talked about, when it is on this list.
		for _, it := range items {
			if t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) }) == id {
				items = []any{it}
				break
			}
		}
	}
	// The user may have named it ("충전기 빼줘").
	if len(items) > 1 {
		lower := strings.ToLower(t.text)
		var named []any
		for _, it := range items {
			for _, w := range strings.Fields(strings.ToLower(label(it))) {
				if len([]rune(w)) >= 2 && !timeOfDay[w] && strings.Contains(lower, w) { // ("3pm" names no item of "3–4 PM")
					named = append(named, it)
					break
				}
			}
		}
		if len(named) == 1 {
			items = named
		}
	}
	switch {
	case len(items) == 0:
		if relativeTo(in, a.Slot) && t.u != nil && t.u.Intent == in.name {
			// "금요일 치과 일정 오후 4시로 옮겨줘" with no such event: the
			// new time was still understood (the day said, or today, at the
			// hour said), though there is nothing to move.
			t.understoodUnpicked(in)
		}
		if relativeTo(in, a.Slot) && (t.e.time != "" || t.e.bareHour != 0) && t.st.Pending == nil && !t.saysNewThing() {
			if step, ok := t.changeShown(); ok {
				// "아 근데 시간 8시로 미룰 수 있을까요?", "그럼 7시로 해주세요"
				// right after a booking: no event of mine to move, the
				// booking in view is what changes.
				return step, true
			}
		}
		if pd := t.st.Pending; pd != nil && pd.Tool != in.name && t.samePack(in.name, pd.Tool) && t.actsOnItem(in.name) && !t.actsOnItem(pd.Tool) &&
			cancelVerbRe.MatchString(t.text) && t.e.ordinal == 0 && t.e.date == "" && t.e.time == "" {
			// "아 그 미팅 그냥 취소해줘" to the card that would set that
			// meeting up: there is none to cancel yet — the one proposed
			// is "that meeting", and it is declined, not left pressable
			// behind "you have no meetings to cancel". (What was asked is
			// still the meeting's cancellation.)
			p := switchConfidence
			if t.u != nil {
				p = max(t.u.Confidence, p)
			}
			t.understood(in.name, p, nil)
			return t.cancel(), true
		}
		t.finish()
		return t.resume(agents.Step{Say: pk.Empty.In(t.lang)}), true
	case len(items) == 1 || pk.Default == "first" && t.slot("_asking") != a.Slot:
		v := t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(items[0], k) })
		t.set(a.Slot, v)
		if b, err := json.Marshal(items[0]); err == nil {
			t.set("#item:"+a.Slot, string(b)) // for a slot said relative to it (Slot.Of)
		}
		return agents.Step{}, false
	}
	card := &protocol.Card{Kind: pk.Card, Title: pk.Title.In(t.lang)}
	if card.Kind == "" {
		card.Kind = protocol.CardOptions
	}
	t.st.Options = nil
	for _, it := range items {
		id := t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) })
		l := label(it)
		t.st.Options = append(t.st.Options, agents.Option{ID: id, Label: l})
		card.Items = append(card.Items, protocol.CardItem{ID: id, Title: l})
	}
	t.set("@card", "pick:"+in.name+":"+a.Slot)
	t.set("_asking", a.Slot)
	return agents.Step{Card: card, Say: pk.Ask.In(t.lang) + " " + labels(t.st.Options)}, true
}

// understoodUnpicked adds to what was understood a new date-time said
// relative to an item that could not be found (a move of an event the
// user does not have): the day said this turn, or today, at the hour
// said — what completeOf makes of it once the item is known, minus the
// item's own day and hour.
func (t *turn) understoodUnpicked(in *intentOf) {
	for name, s := range in.Slots {
		if s.From != dialogue.FromDateTime || s.Of == "" || t.u.Slots[name] != "" {
			continue
		}
		tm := t.slot(name + "#time")
		if tm == "" {
			continue
		}
		day := t.slot(name + "#date")
		if day == "" {
			day = t.e.date
		}
		if day == "" {
			day = t.Now.Format("2006-01-02")
		}
		if t.u.Slots == nil {
			t.u.Slots = map[string]string{}
		}
		t.u.Slots[name] = day + "T" + tm
	}
}

// referredBack: words that point back at what was just talked about.
var referredBack = regexp.MustCompile(`(?i)\b(it|that one|that)\b|그거|그것|그걸|그건|방금`)

// named are the items of a pick's list the text names by a word of their
// Names (≥ 2 letters; "Dam Sushi Bar" is named by "dam sushi", "하늘
// 한정식" by "하늘 한정식 예약"), those naming the most words first: the
// items with the best count, or none.
func (t *turn) named(pk *dialogue.Pick, items []any) []any {
	if pk.Names == "" {
		return nil
	}
	lower := strings.ToLower(t.text)
	best, out := 0, []any(nil)
	for _, it := range items {
		n := 0
		names := t.fill(pk.Names, func(k string) (string, bool) { return fieldOf(it, k) })
		for _, w := range strings.Fields(strings.ToLower(names)) {
			if len([]rune(w)) >= 2 && containsWord(lower, w) {
				n++
			}
		}
		switch {
		case n > best:
			best, out = n, []any{it}
		case n == best && n > 0:
			out = append(out, it)
		}
	}
	return out
}

// onRecord answers a request about one of the user's own items (a
// booking) named in the text or just shown, when a pick's data says how:
// its Words ("cancel the sushi booking") make it that intent with the
// item picked; its Change words with a new time ("하늘 한정식 예약 8시로
// 변경해주세요", "push it to 8:30") — no tool changes an item — say so and
// propose the intent (the cancellation) for it, behind the confirmation
// gate. Without a named item it does nothing. When the classifier's
// reading (heard) picks from the same list ("cancel the meeting with
// Minsu": a meeting's cancellation, which tells the people invited), the
// item goes to it rather than to the first intent whose words the text
// has.
func (t *turn) onRecord(heard string) (agents.Step, bool) {
	step, ok := t.onRecordOf(heard)
	if !ok || t.pendingWas == nil {
		return step, ok
	}
	// "forget it. just cancel the trattoria booking" with a change's card
	// waiting: the card is dropped, its call undone as on a decline (the
	// hold given back), and then the record's own step.
	p := t.pendingWas
	t.pendingWas = nil
	if undo, ok := t.undoThen(p, &step); ok {
		return undo, true
	}
	return step, true
}

func (t *turn) onRecordOf(heard string) (agents.Step, bool) {
	if t.st.Pending != nil && (t.e.time != "" || t.e.people != "" || questionLike(t.text)) {
		// a time or a party size said while a card waits is about the
		// card (see correcting); a question is answered elsewhere
		return agents.Step{}, false
	}
	names := make([]string, 0, len(t.m.intents))
	for n := range t.m.intents {
		names = append(names, n)
	}
	sort.Strings(names)
	type cand struct {
		name, slot string
		pk         *dialogue.Pick
		items      []any
	}
	var byWhen []cand // items the text places by their day or time only
	status := questionLike(t.text) && doneAsked.MatchString(t.text)
	asked := false // a status question found a list it is about
	for _, name := range names {
		in := t.m.intents[name]
		for slotName, s := range in.Slots {
			pk := s.Pick
			if s.From != dialogue.FromPick || pk == nil || pk.Tool == "" || pk.Names == "" {
				continue
			}
			change := pk.Change != nil && has(t.text, pk.Change.Words) && (t.e.time != "" || t.e.bareHour != 0 || t.changesDay(pk.Change) || t.changesPeople(pk.Change)) ||
				t.changesPeople(pk.Change) && t.e.time == "" && t.e.date == "" && pk.Change.PeopleCue.MatchString(t.text)
			if !change && !has(t.text, pk.Words) {
				continue
			}
			if change && t.st.Pending != nil {
				continue
			}
			if status && (change || !t.samePack(name, heard)) {
				continue
			}
			res := t.Call(pk.Tool, t.pickArgs(pk))
			if res.Status != skills.StatusOK {
				continue
			}
			arr, _ := path(t.resultData(&res), pk.List).([]any)
			if p := t.st.Pending; p != nil {
				arr = t.without(pk, arr, p) // (the hold the card waits on)
			}
			items := t.named(pk, arr)
			if status {
				// "금요일 예약 취소됐어?" asks whether it is done: what is
				// still on the list answers it; nothing is started.
				asked = true
				if len(items) == 0 {
					items = t.atWhen(arr)
				}
				if len(items) > 0 {
					var ls []string
					for _, it := range items {
						ls = append(ls, t.fill(pk.Label, func(k string) (string, bool) { return fieldOf(it, k) }))
					}
					t.understood(name, switchConfidence, nil)
					return agents.Step{Say: t.say("brain.record_stands", "item", strings.Join(ls, ", "))}, true
				}
				continue
			}
			if len(items) > 1 && !change {
				// "cancel my 7 PM booking at Noeul Trattoria": of the
				// items named, those at the day and time said.
				if at := t.atWhen(items); len(at) > 0 {
					items = at
				}
			}
			if id := t.slot("@said_id"); len(items) == 0 && !change && id != "" && (referredBack.MatchString(t.text) || t.pointsBack) {
				// "그거 그냥 지워주세요", "just delete it" right after the
				// event was renamed: the item just talked about, when it is
				// on this list.
				for _, it := range arr {
					if t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) }) == id {
						items = []any{it}
					}
				}
			}
			if len(items) == 0 && change && t.slot("@shown_id") != "" && t.slot("@shown_kind") == pk.Card {
				// "방금 예약 8시로 바꿔줄래?", "can u push it to 8:30" after
				// the booking was shown: that one.
				for _, it := range arr {
					if t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) }) == t.slot("@shown_id") {
						items = []any{it}
					}
				}
			}
			if len(items) == 0 && change && len(arr) == 1 && t.e.time == "" && t.e.bareHour == 0 && pk.Change.PeopleOnlyCue.MatchString(t.text) && !t.otherTaskUnderWay(name) {
				// "6명으로 늘려줘", "6 people instead of 4" with one booking:
				// that one's party size
				items = arr
			}
			if len(items) == 0 && !change && t.st.Pending == nil {
				// "금요일 회식도 그냥 취소할래": no name, but a day (or a
				// time) only one item has — taken below when no other
				// task's list has one there too.
				if at := t.atWhen(arr); len(at) > 0 {
					byWhen = append(byWhen, cand{name, slotName, pk, at})
				}
				continue
			}
			if len(items) == 0 {
				continue
			}
			t.dropPending()
			if len(items) > 1 {
				if change {
					continue
				}
				return t.recordAmong(heard, name, slotName, pk, items)
			}
			return t.onItem(heard, name, slotName, pk, items[0], change)
		}
	}
	if asked {
		t.understood(heard, switchConfidence, nil)
		return agents.Step{Say: t.say("brain.record_gone")}, true
	}
	if len(byWhen) > 1 {
		// A booking and an event both on friday: the classifier's reading
		// says which list, or nothing is taken.
		var mine []cand
		for _, c := range byWhen {
			if t.samePack(c.name, heard) {
				mine = append(mine, c)
			}
		}
		byWhen = mine
	}
	if len(byWhen) == 1 {
		c := byWhen[0]
		t.dropPending()
		if len(c.items) == 1 {
			return t.onItem(heard, c.name, c.slot, c.pk, c.items[0], false)
		}
		return t.recordAmong(heard, c.name, c.slot, c.pk, c.items)
	}
	return agents.Step{}, false
}

// otherTaskUnderWay: a task other than intent name is in progress (its
// question or its list waits), or the last search found nothing and waits
// to be said again (see keepForRetry). A correction that names no item
// ("아 3명으로 해주세요", "make it 3 people") belongs to that task, not to
// a booking made before it.
func (t *turn) otherTaskUnderWay(name string) bool {
	for _, cur := range []string{t.st.Intent, t.slot("@retry")} {
		if cur != "" && cur != name {
			return true
		}
	}
	return false
}

// doneAsked: a question whether something is done already ("취소됐어?",
// "did you cancel it?"), not a request to do it.
var doneAsked = regexp.MustCompile(`(?i)(됐어|됐나|됐지|됐는지|되었|된 거|했어\?|했나|했지|\bdid you (cancel|remove|delete|move|change)|\b(is|was|has|have)\b.*\b(cancell?ed|done|gone|removed|deleted|moved|changed)\b)`)

// samePack: intents a and b come from one pack's data (heard may be no
// intent: then any).
func (t *turn) samePack(a, b string) bool {
	ia, ib := t.m.intents[a], t.m.intents[b]
	return ia == nil || ib == nil || ia.file == ib.file
}

// without are the items but the one the pending call is about (an
// argument of the call is its id).
func (t *turn) without(pk *dialogue.Pick, items []any, p *agents.Pending) []any {
	var args map[string]any
	if json.Unmarshal(p.Args, &args) != nil {
		return items
	}
	var out []any
	for _, it := range items {
		id := t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) })
		about := false
		for _, v := range args {
			if s, ok := v.(string); ok && s == id {
				about = true
			}
		}
		if !about {
			out = append(out, it)
		}
	}
	return out
}

// dropPending drops the card waiting (its nonce is no longer accepted),
// kept in pendingWas for onRecord to undo.
func (t *turn) dropPending() {
	if t.st.Pending != nil {
		t.pendingWas, t.st.Pending = t.st.Pending, nil
	}
}

// atWhen are the items at the day and the time the text says (a field of
// the item holds the day, "2026-12-11", or the time, "19:00"); none when
// the text says neither.
func (t *turn) atWhen(items []any) []any {
	if t.e.date == "" && t.e.time == "" {
		return nil
	}
	var out []any
	for _, it := range items {
		m, _ := it.(map[string]any)
		okDate, okTime := t.e.date == "", t.e.time == ""
		for _, v := range m {
			sv, _ := v.(string)
			if sv == "" {
				continue
			}
			if !okDate && strings.HasPrefix(sv, t.e.date) {
				okDate = true
			}
			if !okTime && (sv == t.e.time || strings.Contains(sv, "T"+t.e.time) || strings.Contains(sv, " "+t.e.time)) {
				okTime = true
			}
		}
		if okDate && okTime {
			out = append(out, it)
		}
	}
	return out
}

// recordAmong starts the intent of a pick with the items the text named
// shown to choose from ("cancel the trattoria booking" with two there).
func (t *turn) recordAmong(heard, name, slotName string, pk *dialogue.Pick, items []any) (agents.Step, bool) {
	if h := t.m.intents[heard]; h != nil && heard != name {
		for hs, s := range h.Slots {
			if s.From == dialogue.FromPick && s.Pick != nil && s.Pick.Tool == pk.Tool && s.Pick.List == pk.List {
				name, slotName, pk = heard, hs, s.Pick
				break
			}
		}
	}
	in := t.m.intents[name]
	var a dialogue.Ask
	for _, x := range in.Ask {
		if x.Slot == slotName {
			a = x
		}
	}
	if cur := t.st.Intent; cur != "" && cur != name && t.slot("_asking") != "" && !t.cancelsItem(name) {
		// (a task left to cancel something is abandoned: see cancelsItem)
		t.st.Stack = append(t.st.Stack, agents.Frame{Intent: cur, Slots: t.st.Slots, Options: t.st.Options})
	}
	t.start(name)
	t.understood(name, switchConfidence, t.st.Slots)
	card := &protocol.Card{Kind: pk.Card, Title: pk.Title.In(t.lang)}
	if card.Kind == "" {
		card.Kind = protocol.CardOptions
	}
	t.st.Options = nil
	for _, it := range items {
		get := func(k string) (string, bool) { return fieldOf(it, k) }
		id, l := t.fill(pk.ID, get), t.fill(pk.Label, get)
		t.st.Options = append(t.st.Options, agents.Option{ID: id, Label: l})
		card.Items = append(card.Items, protocol.CardItem{ID: id, Title: l})
	}
	t.set("@card", "pick:"+name+":"+slotName)
	t.set("_asking", slotName)
	ask := pk.Ask.In(t.lang)
	if ask == "" {
		ask = a.In(t.lang)
	}
	return agents.Step{Card: card, Say: ask + " " + labels(t.st.Options)}, true
}

// onItem starts the intent of a pick with the one item the text named:
// a change by hold, or the intent (a cancellation) with the item picked.
func (t *turn) onItem(heard, name, slotName string, pk *dialogue.Pick, it any, change bool) (agents.Step, bool) {
	in := t.m.intents[name]
	if change && pk.Change.Check != nil && pk.Change.Hold != nil {
		return t.changeByHold(pk.Change, it), true
	}
	get := func(k string) (string, bool) { return fieldOf(it, k) }
	if h := t.m.intents[heard]; h != nil && heard != name && !change {
		for hs, s := range h.Slots {
			if s.From == dialogue.FromPick && s.Pick != nil && s.Pick.Tool == pk.Tool && s.Pick.List == pk.List {
				name, in, slotName, pk = heard, h, hs, s.Pick
				break
			}
		}
	}
	if cur := t.st.Intent; cur != "" && cur != name && t.slot("_asking") != "" && !t.cancelsItem(name) {
		// (a task left to cancel something is abandoned: see cancelsItem)
		t.st.Stack = append(t.st.Stack, agents.Frame{Intent: cur, Slots: t.st.Slots, Options: t.st.Options})
	}
	t.start(name)
	t.set(slotName, t.fill(pk.ID, get))
	if b, err := json.Marshal(it); err == nil {
		t.set("#item:"+slotName, string(b))
	}
	t.understood(name, switchConfidence, t.st.Slots)
	step := t.ask(in)
	if change {
		when := t.changeTime(pk.Change)
		say := t.fill(pk.Change.Say.In(t.lang), func(k string) (string, bool) {
			switch k {
			case "label":
				return t.fill(pk.Label, get), true
			case "when":
				if tm, err := time.Parse("15:04", when); err == nil {
					return words.Clock(tm.Hour(), tm.Minute(), t.lang), true
				}
				return "", true
			}
			return get(k)
		})
		step.Say = strings.TrimSpace(say + " " + step.Say)
	}
	return step, true
}

// changeByHold changes item it to the new time the text asks for without
// ever leaving the user with less: the item's own place is checked at the
// new time first (Check); taken, the item stays and the free times there
// are said; free, the new time is held (Hold, naming the item it
// replaces) and its result goes on as any hold does — to the confirmation
// card, which confirms the new one first and only then cancels the old.
func (t *turn) changeByHold(ch *dialogue.Change, it any) agents.Step {
	own := func(k string) (string, bool) { return fieldOf(it, k) }
	when, people := "", t.e.people
	if t.e.time != "" || t.e.bareHour != 0 {
		when = t.changeTime(ch)
	} else if tpl := ch.Keep["when"]; tpl != "" {
		when = t.fill(tpl, own) // "make it 6 people": the same time
	}
	onlyPeople := t.changesPeople(ch) && (t.e.time == "" && t.e.bareHour == 0 && !t.changesDay(ch))
	if people == "" || !t.changesPeople(ch) {
		people = t.fill(ch.Keep["people"], own)
	}
	// The day: the one said ("토요일로", "to saturday, same time"), else
	// the item's own (Keep's "date"); {on} is it in the tools' arguments.
	oldDay := t.fill(ch.Keep["date"], own)
	on := oldDay
	if t.changesDay(ch) {
		on = t.e.date
	}
	newText, oldText := when, t.fill("{time|clock}", own)
	if tm, err := time.Parse("15:04", when); err == nil {
		newText = words.Clock(tm.Hour(), tm.Minute(), t.lang)
	}
	if on != oldDay {
		// another day: both are said with their day, the new and the old
		sep := " "
		if t.lang != "ko" {
			sep = ", " // "Sat, Dec 12, 7 PM"
		}
		newText = t.filter("day", "", on, own) + sep + newText
		oldText = t.fill("{date|day}", own) + sep + oldText
	}
	var entry any
	get := func(k string) (string, bool) {
		switch k {
		case "when":
			return when, true
		case "people":
			return people, true
		case "new":
			return newText, true
		case "old":
			return oldText, true
		case "on":
			return on, true
		case "lang":
			return t.lang, true
		}
		if v, ok := fieldOf(it, k); ok {
			return v, true
		}
		if entry != nil {
			if arr, ok := path(entry, k).([]any); ok {
				// a list of times, as a sentence lists them
				var out []string
				for _, x := range arr {
					out = append(out, str(x))
				}
				return strings.Join(out, ", "), true
			}
			return fieldOf(entry, k)
		}
		return "", false
	}
	args := func(tool string, tpls map[string]string) map[string]any {
		out := map[string]any{}
		tl := t.tool(tool)
		for k, tpl := range tpls {
			if v := t.fill(tpl, get); v != "" && tl != nil {
				out[k] = typed(tl.Schema, k, v)
			}
		}
		return out
	}
	res := t.Call(ch.Check.Tool, args(ch.Check.Tool, ch.Check.Args))
	free := false
	if res.Status == skills.StatusOK {
		arr, _ := t.resultData(&res).([]any)
		want := t.fill(ch.Check.Find, get)
		for _, e := range arr {
			if t.fill(ch.Check.Match, func(k string) (string, bool) { return fieldOf(e, k) }) == want {
				entry = e
				v, _ := fieldOf(e, ch.Check.Free)
				free = v == "true"
			}
		}
	}
	t.understood(ch.Hold.Tool, switchConfidence, heldArgs(ch.Hold, when, people))
	busy, say := &ch.Check.Busy, ch.Hold.Say
	if onlyPeople && ch.BusyPeople != nil {
		busy = ch.BusyPeople
	}
	if onlyPeople && ch.SayPeople != nil {
		say = ch.SayPeople
	}
	if !free {
		return agents.Step{Say: t.fill(busy.In(t.lang), get)}
	}
	t.start(ch.Hold.Tool)
	if say != nil {
		// said with the hold's own result, before its "check the card"
		t.set("_note", t.fill(say.In(t.lang), get)+" ")
	}
	return agents.Step{Call: call(ch.Hold.Tool, args(ch.Hold.Tool, ch.Hold.Args))}
}

// changesDay: the text says a day for a change that can keep the item's
// own (Change.Keep names its "date"): "토요일로 옮겨주세요 시간은 그대로".
func (t *turn) changesDay(ch *dialogue.Change) bool {
	return ch != nil && ch.Keep["date"] != "" && t.e.date != ""
}

// changesPeople: the text says a new party size for a change that can
// keep everything else (Change.Keep names the item's own party size).
func (t *turn) changesPeople(ch *dialogue.Change) bool {
	return ch != nil && ch.Keep["people"] != "" && t.e.people != ""
}

// heldArgs is what a change's hold is understood to say: its arguments
// filled from {when} and {people} (the new time and party), by name.
func heldArgs(hold *dialogue.Next, when, people string) map[string]string {
	out := map[string]string{}
	for k, tpl := range hold.Args {
		switch tpl {
		case "{when}":
			out[k] = when
		case "{people}":
			out[k] = people
		}
	}
	return out
}

// changeTime is the new time a change asks for, as HH:MM: with the
// change's Prefer "pm", an hour from 1 to 10 is the evening's (a table "at
// 8").
func (t *turn) changeTime(ch *dialogue.Change) string {
	when := t.e.time
	if when == "" && t.e.bareHour != 0 {
		when = fmt.Sprintf("%02d:00", t.e.bareHour)
	}
	if h, err := strconv.Atoi(when[:min(2, len(when))]); err == nil && h >= 1 && h <= 10 && ch.Prefer == "pm" {
		when = fmt.Sprintf("%02d%s", h+12, when[2:])
	}
	return when
}

func labels(os []agents.Option) string {
	var out []string
	for i, o := range os {
		out = append(out, fmt.Sprintf("%d) %s", i+1, o.Label))
	}
	return strings.Join(out, ", ")
}

// dayFields are the fields of a result's item that say its day, in the
// order read.
var dayFields = []string{"date", "start", "check_in"}

// dayOf is the day (YYYY-MM-DD) an item of a result is on, "" if it says
// none.
func dayOf(it any) string {
	for _, k := range dayFields {
		if v, ok := fieldOf(it, k); ok && len(v) >= 10 {
			if _, err := time.Parse("2006-01-02", v[:10]); err == nil {
				return v[:10]
			}
		}
	}
	return ""
}

// ---- results ----

// onResult shows a tool's result as its data says, and goes on.
func (t *turn) onResult(r *skills.Result) agents.Step {
	if r.Status == skills.StatusError {
		return t.onError(r)
	}
	t.set("@shown", r.Tool) // the last list or answer shown (see picksFrom)
	t.set("@shown_ids", "")
	t.reached = r.Tool
	spec := t.m.results[r.Tool]
	if spec == nil {
		t.finish()
		return t.resume(agents.Step{Say: t.say("brain.done")})
	}
	data := t.resultData(r)
	for k, tpl := range spec.Remember {
		if v := t.fill(tpl, func(k string) (string, bool) {
			if v, ok := fieldOf(data, k); ok {
				return v, true
			}
			return t.lookupSlot(k)
		}); v != "" {
			t.set("@"+k, v)
		}
	}
	if spec.Sequence != nil {
		return t.startSequence(r.Tool, spec, data)
	}
	if spec.Answer != nil && t.slot("_seq") != "" {
		return t.graded(spec, data)
	}
	var items []any
	single := spec.List == "."
	if single {
		items = []any{data}
	} else {
		items, _ = path(data, spec.List).([]any)
	}
	var alt []string
	repick, repickAlt := t.slot("_repick"), false
	if len(spec.Filter) > 0 {
		var kept []any
		for _, it := range items {
			ok := true
			for f, want := range spec.Filter {
				if fmt.Sprint(path(it, f)) != fmt.Sprint(want) {
					ok = false
				}
			}
			if ok {
				kept = append(kept, it)
			} else if spec.Alt != nil && (len(alt) == 0 || repick != "" && fmt.Sprint(path(it, "id")) == repick) {
				// (the place held before, when it is the one being held
				// again: its own free times, not another place's)
				if xs, _ := path(it, spec.Alt.Field).([]any); len(xs) > 0 {
					alt = alt[:0]
					for _, x := range xs {
						alt = append(alt, str(x))
					}
					if repick != "" && fmt.Sprint(path(it, "id")) == repick {
						repickAlt = true
					}
				}
			}
		}
		items = kept
		if repickAlt {
			// The place held before has no room at the new time or day
			// ("make it Thursday instead"): its own free times then are
			// asked about, not other places listed.
			items = nil
		}
	}
	if spec.Max > 0 && len(items) > spec.Max {
		items = items[:spec.Max]
	}
	root := func(k string) (string, bool) {
		if v, ok := fieldOf(data, k); ok {
			return v, true
		}
		return t.lookupSlot(k)
	}
	if len(items) == 0 && !single {
		if spec.Alt != nil && len(alt) > 0 {
			if id := t.slot("_repick"); id != "" {
				t.set("@repick", id) // the place to hold at the time answered next
			}
			t.set(spec.Alt.Clear, "")
			t.set("_asking", spec.Alt.Clear)
			say := t.fill(spec.Alt.In(t.lang), func(k string) (string, bool) {
				if k == "alt" {
					return strings.Join(alt, ", "), true
				}
				return root(k)
			})
			// The free times said are the buttons, and "1", "첫 번째"
			// picks from them (see replyPicked): a new user's trial was
			// told "6:30 PM, 7 PM, 7:30 PM" under the buttons of the time
			// question asked before (noon, 6pm, 7pm), and "1" was not
			// understood.
			card := &protocol.Card{Kind: protocol.CardReplies, Title: say}
			r := shownReplies{Slot: spec.Alt.Clear}
			for _, a := range alt {
				card.Items = append(card.Items, protocol.CardItem{ID: a, Title: a})
				r.Texts = append(r.Texts, a)
			}
			raw, _ := json.Marshal(r)
			t.set("_replies", string(raw))
			return agents.Step{Say: say, Card: card}
		}
		say := t.pickText(spec.Empty, root)
		if spec.Options != nil && t.slot("@card") == r.Tool && t.slot("_refined") == "" && t.slot("@card_words") != t.textSlots() {
			// "show me some hoodies" finding none after earbuds were listed:
			// "the second one in black?" is not the second earbuds. (A
			// refinement that finds none — "더 싼 거 없어?", "what about
			// 10:30?": the same words, another bound or hour — leaves the
			// list it refines on screen and pickable.)
			t.st.Options = nil
			delete(t.st.Slots, "@card")
			t.set("_emptied", "1")
		}
		if it, ok := path(data, spec.EmptyItem).(map[string]any); ok && spec.EmptyItem != "" && spec.Options != nil && t.slot("_refined") == "" {
			// The one product the answer names (the cheapest over the
			// budget): "그거 장바구니에 넣어줘" is it — a trial was asked
			// "어떤 상품을 담을까요?" after being told of one. (A refinement
			// that finds none leaves the list it refines: see above.)
			get := func(k string) (string, bool) { return fieldOf(it, k) }
			label := spec.Options.Label
			if t.lang == "en" && spec.Options.LabelEn != "" {
				label = spec.Options.LabelEn
			}
			if o := (agents.Option{ID: t.fill(spec.Options.ID, get), Label: t.fill(label, get)}); o.ID != "" {
				t.st.Options = []agents.Option{o}
				t.set("@card", r.Tool)
				t.set("_emptied", "")
				t.set("@said_id", o.ID)
			}
		}
		if spec.Options == nil && t.listPickedFrom(r.Tool) {
			t.listed = r.Tool
			// "주문 내역이 없어요" after a search: "1번 주문 취소" is about
			// that (empty) list, not the search's first product.
			t.st.Options = nil
			delete(t.st.Slots, "@card")
		}
		if !spec.Continue {
			task, slots := t.st.Intent, t.st.Slots
			opts, card := t.st.Options, t.slot("@card")
			t.finish()
			t.keepForRetry(task, slots)
			if card == task && card == r.Tool && len(opts) > 0 && t.listed == "" {
				// The same search said again found nothing ("10시 반은
				// 안돼요?"): the card it showed before is still the one on
				// screen, to pick from ("그럼 9시로 할게요").
				t.st.Options = opts
				t.set("@card", card)
			}
		}
		return t.resume(agents.Step{Say: say})
	}
	step := agents.Step{}
	t.set("@shown_id", "")
	t.set("@said_id", "")
	t.set("@said_of", "")
	if single && len(items) == 1 {
		// The one item a result was about (the event just added): "it",
		// "그거" point at it (see referredBack).
		if id, ok := fieldOf(items[0], "id"); ok {
			t.set("@said_id", id)
			t.set("@said_of", r.Tool) // the task that acted on it (see pointedCancel)
		}
		// Its day is the day talked about: "그날 저녁에 식당도 잡아줘"
		// after the avatar put the event on Saturday.
		if d := dayOf(items[0]); d != "" {
			t.set(slotDay, d)
		}
	}
	if spec.Card != nil && (spec.Card.When == "" || t.truthyIn(spec.Card.When, root)) {
		step.Card = t.card(spec.Card, items, root)
		// The ids of the items as the card lists them: "첫 번째 일정 이름
		// 바꿔줘" after a day's events points at the first line the user
		// saw, which a skill's handler cannot list again the same way (see
		// Turn.Shown).
		if n := len(step.Card.Items); n > 1 && n <= maxShownIDs {
			ids := make([]string, 0, n)
			for _, it := range step.Card.Items {
				ids = append(ids, it.ID)
			}
			t.set("@shown_ids", strings.Join(ids, ","))
		}
		if single && len(step.Card.Items) == 1 {
			// The one item just shown (the booking just confirmed): "방금
			// 예약", "push it to 8:30" point at it (see named).
			t.set("@shown_id", step.Card.Items[0].ID)
			t.set("@shown_kind", step.Card.Kind)
		}
		if spec.Sources != nil {
			srcs, _ := path(data, spec.Sources.List).([]any)
			for _, s := range srcs {
				get := func(k string) (string, bool) { return fieldOf(s, k) }
				step.Card.Sources = append(step.Card.Sources, protocol.Source{Lesson: t.fill(spec.Sources.Lesson, get),
					Section: t.fill(spec.Sources.Section, get), Quote: t.fill(spec.Sources.Quote, get)})
			}
		}
	}
	if spec.Options != nil {
		t.st.Options = nil
		t.set("_emptied", "")
		t.set("@card_words", t.textSlots())
		for _, it := range items {
			get := func(k string) (string, bool) { return fieldOf(it, k) }
			label := spec.Options.Label
			if t.lang == "en" && spec.Options.LabelEn != "" {
				label = spec.Options.LabelEn
			}
			o := agents.Option{ID: t.fill(spec.Options.ID, get), Label: t.fill(label, get), Value: t.fill(spec.Options.Value, get)}
			for _, ci := range step.Card.Items {
				if ci.ID == o.ID && o.ID != "" {
					o.Detail = strings.TrimSpace(ci.Subtitle + " · " + ci.Price)
					o.Reason = ci.Reason
				}
			}
			t.st.Options = append(t.st.Options, o)
		}
		t.set("@card", r.Tool)
		if n, _ := strconv.Atoi(t.slot(slotPickLater)); n != 0 {
			// "2번으로 할게요 …" said while the search still asked: that
			// item of the list now found is taken; a place the list does
			// not have leaves the list to pick from.
			t.set(slotPickLater, "")
			if n == entity.LastOrdinal || n == pointedLater && len(t.st.Options) == 1 {
				n = len(t.st.Options)
			}
			if n >= 1 && n <= len(t.st.Options) {
				t.namePick = n
				if st, ok := t.pickFromCard(1); ok {
					return st
				}
			}
		}
		if id := t.slot("_repick"); id != "" {
			// the place held before, for the party or time changed: held again
			t.set("_repick", "")
			for i, o := range t.st.Options {
				if o.ID == id {
					t.namePick = i + 1
					if st, ok := t.pickFromCard(1); ok {
						return st
					}
				}
			}
		}
	} else if !single && len(items) > 0 && t.listPickedFrom(r.Tool) {
		t.listed = r.Tool
		// "장바구니 보여줘" after a search: the list now on screen is the
		// cart, so "첫번째꺼 빼줘" means its first line, not the first
		// product of the search before it. The older card's options are
		// stale; a place in a list now points at this one (see @shown).
		t.st.Options = nil
		delete(t.st.Slots, "@card")
	}
	line := spec.Line
	if t.lang == "en" && spec.LineEn != "" {
		line = spec.LineEn
	}
	var lines []string
	for i, it := range items {
		if line == "" || (spec.LinesMax > 0 && i >= spec.LinesMax) {
			break
		}
		lines = append(lines, t.fill(line, func(k string) (string, bool) {
			if k == "i" {
				return strconv.Itoa(i + 1), true
			}
			if v, ok := fieldOf(it, k); ok {
				return v, true
			}
			return root(k)
		}))
	}
	sep := "; "
	if spec.LineSep != "" {
		sep = spec.LineSep
	}
	say := t.pickText(spec.Say, func(k string) (string, bool) {
		switch k {
		case "options":
			return labels(t.st.Options), true
		case "lines":
			return strings.Join(lines, sep), true
		case "n":
			return strconv.Itoa(len(items)), true
		}
		return root(k)
	})
	if n := t.slot("_note"); n != "" {
		say = strings.TrimSpace(n + say) // (no "취소해요.  자리를" when the result says nothing itself)
		t.set("_note", "")
	}
	step.Say = say
	if spec.Then != nil {
		args := map[string]any{}
		tool := t.tool(spec.Then.Tool)
		for k, tpl := range spec.Then.Args {
			if v := t.fill(tpl, root); v != "" && tool != nil {
				args[k] = typed(tool.Schema, k, v)
			}
		}
		step.Call = call(spec.Then.Tool, args)
		if spec.Then.Say != nil {
			step.Say = strings.TrimSpace(step.Say + " " + t.fill(spec.Then.Say.In(t.lang), root))
		}
		return step
	}
	if spec.Options != nil || spec.Continue {
		return step
	}
	t.finish()
	return t.resume(step)
}

func (t *turn) truthyIn(c string, get func(string) (string, bool)) bool {
	k, want, eq := strings.Cut(c, "=")
	v, _ := get(k)
	if eq {
		return oneOf(v, want)
	}
	return v != "" && v != "false" && v != "0"
}

// pickText is the first phrase whose condition holds.
func (t *turn) pickText(ts []dialogue.Text, get func(string) (string, bool)) string {
	for _, x := range ts {
		ok := true
		for _, c := range []struct {
			k    string
			want bool
		}{{x.When, true}, {x.Unless, false}} {
			if c.k == "" {
				continue
			}
			k, eqv, eq := strings.Cut(c.k, "=")
			v, _ := get(k)
			holds := v != "" && v != "false" && v != "0" && v != "[]"
			if eq {
				holds = oneOf(v, eqv)
			}
			if holds != c.want {
				ok = false
			}
		}
		if ok {
			return t.fill(x.In(t.lang), get)
		}
	}
	return ""
}

func (t *turn) card(c *dialogue.Card, items []any, root func(string) (string, bool)) *protocol.Card {
	card := &protocol.Card{Kind: c.Kind, Title: t.fill(c.Title.In(t.lang), root)}
	for _, it := range items {
		get := func(k string) (string, bool) {
			if v, ok := fieldOf(it, k); ok {
				return v, true
			}
			return root(k)
		}
		title := c.Item
		if t.lang == "en" && c.ItemEn != "" {
			title = c.ItemEn
		}
		card.Items = append(card.Items, protocol.CardItem{ID: t.fill(c.ID, get), Title: t.fill(title, get), Subtitle: strings.Trim(t.fill(c.Subtitle, get), " ·"),
			Price: t.fill(c.Price, get), Reason: t.fill(c.Reason, get), Status: t.fill(c.Status, get)})
	}
	return card
}

// ---- sequences (a quiz) ----

func (t *turn) startSequence(tool string, spec *resultOf, data any) agents.Step {
	sq := spec.Sequence
	items, _ := path(data, sq.List).([]any)
	if len(items) == 0 {
		t.finish()
		return t.resume(agents.Step{Say: t.pickText(spec.Empty, func(k string) (string, bool) { return fieldOf(data, k) })})
	}
	// json.Marshal's bytes, without its reflection, in a reused buffer
	bp := seqBufs.Get().(*[]byte)
	b, _ := store.AppendJSONValue((*bp)[:0], items)
	t.set("_seq", string(b))
	b, _ = store.AppendJSONValue(b[:0], data)
	t.set("_seq_root", string(b))
	if cap(b) <= 64<<10 {
		*bp = b
		seqBufs.Put(bp)
	}
	// items and data are what decoding the slots gives back (JSON values
	// decoded generically, so encoding and decoding them again changes
	// nothing): the answers read them without decoding.
	t.decoded("_seq", t.slot("_seq"), items)
	t.decoded("_seq_root", t.slot("_seq_root"), data)
	t.set("_seq_tool", tool)
	t.set("_seq_n", "0")
	t.set("_seq_right", "0")
	step := t.askItem(sq, items, 0)
	step.Say = sq.Intro.In(t.lang) + step.Say
	return step
}

// seqBufs are startSequence's encoding buffers.
var seqBufs = sync.Pool{New: func() any { b := make([]byte, 0, 8<<10); return &b }}

func (t *turn) askItem(sq *dialogue.Sequence, items []any, n int) agents.Step {
	it := items[n]
	get := func(k string) (string, bool) {
		switch k {
		case "n":
			return strconv.Itoa(n + 1), true
		case "of":
			return strconv.Itoa(len(items)), true
		case "choices":
			cs, _ := path(it, sq.Choices).([]any)
			var out []string
			for i, c := range cs {
				out = append(out, strconv.Itoa(i+1)+") "+str(c))
			}
			return strings.Join(out, " "), true
		}
		return fieldOf(it, k)
	}
	step := agents.Step{Say: strings.TrimSpace(t.fill(sq.Ask.In(t.lang), get))}
	if sq.Card != nil {
		card := &protocol.Card{Kind: sq.Card.Kind, Title: t.fill(sq.Card.Title.In(t.lang), get),
			Items: []protocol.CardItem{{ID: t.fill(sq.Card.ID, get), Title: t.fill(sq.Card.Item, get), Subtitle: t.fill(sq.Card.Subtitle, get)}}}
		cs, _ := path(it, sq.Choices).([]any)
		for i, c := range cs {
			card.Items = append(card.Items, protocol.CardItem{ID: strconv.Itoa(i + 1), Title: strconv.Itoa(i+1) + ") " + str(c)})
		}
		step.Card = card
	}
	return step
}

// answerSequence sends the user's answer to the item being asked.
func (t *turn) answerSequence() agents.Step {
	spec := t.m.results[t.slot("_seq_tool")]
	if spec == nil || spec.Sequence == nil {
		t.finish()
		return t.clarify(nil)
	}
	var items []any
	t.stateJSON("_seq", &items)
	var root any
	t.stateJSON("_seq_root", &root)
	n, _ := strconv.Atoi(t.slot("_seq_n"))
	if n >= len(items) {
		t.finish()
		return t.clarify(nil)
	}
	it := items[n]
	answer := t.seqAnswer(spec.Sequence, it)
	next := spec.Sequence.Answer
	tool := t.tool(next.Tool)
	args := map[string]any{}
	slots := map[string]string{}
	for k, tpl := range next.Args {
		v := t.fill(tpl, func(k string) (string, bool) {
			if k == "text" {
				return answer, true
			}
			if k == "lang" {
				return t.lang, true // the answer's language, as in every other template
			}
			if f, ok := strings.CutPrefix(k, "item."); ok {
				return fieldOf(it, f)
			}
			return fieldOf(root, k)
		})
		if tool != nil {
			args[k] = typed(tool.Schema, k, v)
		}
		slots[k] = v
	}
	t.understood(next.Tool, 1, slots)
	return agents.Step{Call: call(next.Tool, args)}
}

// seqAnswer is the answer in what the user said: the words around it
// ("my answer is", "정답은 … 같아요") dropped, and a choice picked by its
// place ("the 3rd one", "두 번째") given as its number.
func (t *turn) seqAnswer(sq *dialogue.Sequence, it any) string {
	a := stripText(t.text, gen.Answer)
	if a == "" {
		a = t.text
	}
	if _, err := strconv.Atoi(a); err == nil {
		return a
	}
	ch, _ := path(it, sq.Choices).([]any)
	switch o := t.e.ordinal; {
	case o > 0 && (len(ch) == 0 || o <= len(ch)):
		return strconv.Itoa(o)
	case o == entity.LastOrdinal && len(ch) > 0:
		return strconv.Itoa(len(ch))
	}
	return a
}

// graded follows the result of an answer: right or wrong, then the next
// item or the end.
func (t *turn) graded(spec *resultOf, data any) agents.Step {
	a := spec.Answer
	seqSpec := t.m.results[t.slot("_seq_tool")]
	var items []any
	t.stateJSON("_seq", &items)
	n, _ := strconv.Atoi(t.slot("_seq_n"))
	right, _ := strconv.Atoi(t.slot("_seq_right"))
	get := func(k string) (string, bool) {
		switch k {
		case "right":
			return strconv.Itoa(right), true
		case "of":
			return strconv.Itoa(len(items)), true
		}
		return fieldOf(data, k)
	}
	ok, _ := fieldOf(data, a.Score)
	var say string
	if ok == "true" {
		right++
		say = t.fill(a.Right.In(t.lang), get)
	} else {
		say = t.fill(a.Wrong.In(t.lang), get)
	}
	n++
	t.set("_seq_n", strconv.Itoa(n))
	t.set("_seq_right", strconv.Itoa(right))
	// The grading ends its sentence, and what follows starts on a line of
	// its own: "x = 4" then "2/3." read as the fraction 4 2/3.
	say = endSentence(strings.TrimSpace(say)) + "\n"
	if seqSpec != nil && n < len(items) {
		next := t.askItem(seqSpec.Sequence, items, n)
		next.Say = say + next.Say
		return next
	}
	step := agents.Step{Say: say + t.fill(a.Done.In(t.lang), get)}
	if a.Card != nil {
		step.Card = t.card(a.Card, []any{data}, get)
	}
	t.finish()
	return t.resume(step)
}

// ---- templates ----

// lookupSlot reads {slot.x}, {lang}, {today} and a bare slot name.
func (t *turn) lookupSlot(k string) (string, bool) {
	switch k {
	case "lang":
		return t.lang, true
	case "today":
		return t.Now.Format("2006-01-02"), true
	case "text":
		return t.text, true
	}
	if key, ok := strings.CutPrefix(k, "memory."); ok {
		// A fact the user told the avatar ("{memory.allergy}"): the most
		// relevant first, as Recall ordered them.
		for _, f := range t.Memory {
			if f.Key == key {
				return f.Value, true
			}
		}
		return "", true
	}
	k = strings.TrimPrefix(k, "slot.")
	v, ok := t.st.Slots[k]
	return v, ok
}

// fill expands a template: {key}, {key|filter:arg|…}, {a?b} (a, or b if a
// is empty).
func (t *turn) fill(tpl string, get func(string) (string, bool)) string {
	if !strings.Contains(tpl, "{") {
		return tpl
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			break
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			break
		}
		b.WriteString(tpl[:i])
		v := t.expr(tpl[i+1:i+j], get)
		tpl = tpl[i+j+1:]
		// A particle written after a value fits the value as read aloud:
		// "{total_text}예요" says "28,400원이에요", "2개예요".
		for _, p := range josaAfter {
			if strings.HasPrefix(tpl, p.written) && v != "" {
				v, tpl = words.Josa(v, p.pair), tpl[len(p.written):]
				break
			}
		}
		b.WriteString(v)
	}
	return b.String()
}

// josaAfter are the particles a template may write after a value, longest
// first, with the pair that fits them to it.
var josaAfter = []struct{ written, pair string }{
	{"이에요", "이에요/예요"}, {"예요", "이에요/예요"}, {"은(는)", "은/는"}, {"을(를)", "을/를"}, {"이(가)", "이/가"}, {"(으)로", "으로/로"},
}

func (t *turn) expr(e string, get func(string) (string, bool)) string {
	// strings.Split(e, "|") and the first part's Split by "?", read in
	// place: a template's expressions are filled at every turn.
	first, filters, hasFilters := strings.Cut(e, "|")
	var v string
	if ko, en, ok := strings.Cut(strings.TrimPrefix(first, "t:"), "/"); ok && strings.HasPrefix(first, "t:") {
		return t.ko(ko, en)
	}
	for rest, more := first, true; more; {
		var alt string
		alt, rest, more = strings.Cut(rest, "?")
		alt = strings.TrimSpace(alt)
		if len(alt) >= 2 && alt[0] == '\'' && alt[len(alt)-1] == '\'' {
			v = alt[1 : len(alt)-1]
			break
		}
		if ko, en, ok := strings.Cut(strings.TrimPrefix(alt, "t:"), "/"); ok && strings.HasPrefix(alt, "t:") {
			v = t.ko(ko, en) // "{said.title?t:회의/Meeting}": the words in the user's language
			break
		}
		if x, _ := get(alt); x != "" {
			v = x
			break
		}
	}
	for more := hasFilters; more; {
		var f string
		f, filters, more = strings.Cut(filters, "|")
		name, arg, _ := strings.Cut(f, ":")
		v = t.filter(name, arg, v, get)
	}
	return v
}

func (t *turn) filter(name, arg, v string, get func(string) (string, bool)) string {
	parse := func(s string) (time.Time, bool) {
		for _, l := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02"} {
			if tm, err := time.ParseInLocation(l, s, t.Now.Location()); err == nil {
				return tm, true
			}
		}
		return time.Time{}, false
	}
	switch name {
	case "day":
		// "2026-12-12" → "12월 12일(토)" / "Sat, Dec 12" (protocol/words,
		// the one wording the client's cards use too)
		if tm, ok := parse(v); ok {
			return words.Date(tm, t.lang)
		}
	case "span":
		// "2026-12-08T17:00:00+09:00" and the minutes in the slot arg →
		// "12월 8일(화) 오후 5시–6시" / "Tue, Dec 8, 5–6 PM", in the
		// reply's language (a label shown before may be in the other)
		if tm, ok := parse(v); ok {
			mins, _ := get(arg)
			if n, err := strconv.Atoi(mins); err == nil && n > 0 {
				return words.Span(tm, tm.Add(time.Duration(n)*time.Minute), t.lang)
			}
			return words.DateTime(tm, t.lang)
		}
	case "clock":
		// "19:00" → "오후 7시" / "7 PM"
		if tm, err := time.Parse("15:04", v); err == nil {
			return words.Clock(tm.Hour(), tm.Minute(), t.lang)
		}
	case "won":
		// 28400 → "28,400원" / "₩28,400"
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return words.Won(n, t.lang)
		}
	case "kodate":
		if tm, ok := parse(v); ok {
			return fmt.Sprintf("%d월 %d일(%s)", tm.Month(), tm.Day(), koWeekdays[tm.Weekday()])
		}
	case "endate":
		if tm, ok := parse(v); ok {
			return tm.Format("Mon Jan 2")
		}
	case "hm":
		if tm, ok := parse(v); ok {
			return tm.Format("15:04")
		}
	case "md":
		if tm, ok := parse(v); ok {
			return tm.Format("1/2 15:04")
		}
	case "add_days":
		n, _ := strconv.Atoi(arg)
		if tm, ok := parse(v); ok {
			return tm.AddDate(0, 0, n).Format("2006-01-02")
		}
	case "add_min":
		mins, _ := get(arg)
		n, _ := strconv.Atoi(mins)
		if tm, err := time.Parse("15:04", v); err == nil && n > 0 {
			end := tm.Add(time.Duration(n) * time.Minute)
			if end.Day() != tm.Day() {
				return "24:00"
			}
			return end.Format("15:04")
		}
	case "pairs":
		// "{lines.name|pairs:lines.quantity}" → "이어폰 × 1, 충전기 × 2"
		other, _ := get(arg)
		as, bs := strings.Split(v, ","), strings.Split(other, ",")
		if v == "" || len(as) != len(bs) {
			return v
		}
		var out []string
		for i := range as {
			out = append(out, as[i]+" × "+bs[i])
		}
		return strings.Join(out, ", ")
	case "min":
		best := ""
		bv := 0.0
		for _, x := range strings.Split(v, ",") {
			f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
			if err == nil && (best == "" || f < bv) {
				best, bv = x, f
			}
		}
		return strings.TrimSpace(best)
	case "minus", "plus":
		n, err := strconv.Atoi(v)
		d, _ := strconv.Atoi(arg)
		if err != nil {
			return ""
		}
		if name == "plus" {
			return strconv.Itoa(n + d)
		}
		return strconv.Itoa(n - d)
	case "sum":
		total := 0.0
		for _, x := range strings.Split(v, ",") {
			f, _ := strconv.ParseFloat(strings.TrimSpace(x), 64)
			total += f
		}
		return strconv.FormatFloat(total, 'f', -1, 64)
	case "count":
		if v == "" {
			return "0"
		}
		return strconv.Itoa(len(strings.Split(v, ",")))
	case "sentences":
		n, _ := strconv.Atoi(arg)
		ps := strings.SplitAfter(strings.ReplaceAll(v, "\n", " "), ". ")
		if n > 0 && len(ps) > n {
			ps = ps[:n]
		}
		return strings.TrimSpace(strings.Join(ps, ""))
	case "words":
		return strings.ReplaceAll(v, "_", " ")
	case "join":
		sep := ", "
		if arg != "" {
			sep = arg
		}
		return strings.ReplaceAll(v, ",", sep)
	case "skip1":
		if _, rest, ok := strings.Cut(v, ","); ok {
			return rest
		}
		return ""
	case "first":
		s, _, _ := strings.Cut(v, ",")
		return s
	case "prefix":
		if v != "" {
			return arg + v
		}
	case "suffix":
		if v != "" {
			return v + arg
		}
	case "is":
		// "{status|is:held: (확정 전)}": the text when the value is that.
		want, text, _ := strings.Cut(arg, ":")
		if v == want {
			return text
		}
		return ""
	case "if":
		if v != "" && v != "false" && v != "0" {
			return arg
		}
		return ""
	case "unless":
		if v == "" || v == "false" || v == "0" {
			return arg
		}
		return ""
	}
	return v
}

var koWeekdays = []string{"일", "월", "화", "수", "목", "금", "토"}

// path walks a dotted path ("citations.0.lesson_id") into decoded JSON.
func path(v any, p string) any {
	if p == "" || p == "." {
		return v
	}
	for rest, more := p, true; more; { // strings.Split(p, "."), without the slice
		var k string
		k, rest, more = strings.Cut(rest, ".")
		switch x := v.(type) {
		case map[string]any:
			v = x[k]
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// fieldOf reads a path of an item as text; an array of objects with a
// ".field" suffix ("attendees.name") lists that field, comma-separated.
func fieldOf(v any, p string) (string, bool) {
	x := path(v, p)
	if arr, ok := v.([]any); ok && x == nil && !strings.Contains(p, ".") && len(arr) > 0 {
		// a field of a result that is a list itself ("price_per_night"
		// of the places found): that field of each item
		var out []string
		for _, e := range arr {
			if y := path(e, p); y != nil {
				out = append(out, str(y))
			}
		}
		if len(out) > 0 {
			return strings.Join(out, ","), true
		}
	}
	if x == nil {
		// attendees.name over an array
		if i := strings.LastIndexByte(p, '.'); i > 0 {
			if arr, ok := path(v, p[:i]).([]any); ok {
				var out []string
				for _, e := range arr {
					out = append(out, str(path(e, p[i+1:])))
				}
				return strings.Join(out, ","), true
			}
		}
		return "", false
	}
	return str(x), true
}

func str(x any) string {
	switch v := x.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, str(e))
		}
		return strings.Join(out, ",")
	}
	b, _ := json.Marshal(x)
	return string(b)
}

// saysNewThing: the text brings people or a length of time with its
// time ("next tuesday 3pm meeting w/ Jisoo, 1 hour", "다음주 화요일 3시
// 지수랑 한 시간"): a new thing of its own, never a new time for the item
// just shown (trial18: a meeting request re-booked the dinner in view
// and cancelled it).
func (t *turn) saysNewThing() bool {
	return len(t.e.names) > 0 || t.e.minutes != ""
}

// changeShown changes the time of the one item just shown (a booking
// confirmed), by the change its pick offers (hold the new time, then
// cancel the old): false when nothing in view can change so.
func (t *turn) changeShown() (agents.Step, bool) {
	id, kind := t.slot("@shown_id"), t.slot("@shown_kind")
	if id == "" || kind == "" {
		return agents.Step{}, false
	}
	names := make([]string, 0, len(t.m.intents))
	for n := range t.m.intents {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, s := range t.m.intents[name].Slots {
			pk := s.Pick
			if s.From != dialogue.FromPick || pk == nil || pk.Change == nil || pk.Change.Check == nil || pk.Change.Hold == nil || pk.Card != kind {
				continue
			}
			res := t.Call(pk.Tool, t.pickArgs(pk))
			if res.Status != skills.StatusOK {
				continue
			}
			arr, _ := path(t.resultData(&res), pk.List).([]any)
			for _, it := range arr {
				if t.fill(pk.ID, func(k string) (string, bool) { return fieldOf(it, k) }) == id {
					t.finish()
					return t.changeByHold(pk.Change, it), true
				}
			}
		}
	}
	return agents.Step{}, false
}

// saidBesides: the text says slot k's value in words other than the
// refinement's ("더 싼 거 3만원 이하로"), not only in them ("더 싼 데는
// 없어?" reads "싼" as a cheap price band too: the refinement's bound,
// below what was shown, is meant — a new user's trial re-listed places
// that were not cheaper).
func (t *turn) saidBesides(in *intentOf, k string, s *dialogue.Slot, ws []string) bool {
	text := strings.ToLower(t.text)
	for _, w := range ws {
		text = strings.ReplaceAll(text, strings.ToLower(w), " ")
	}
	if text == strings.ToLower(t.text) {
		return true
	}
	saved := t.text
	t.text = text
	v := t.slotValue(in, k, s, false)
	t.text = saved
	return v != ""
}

// pointsVaguely: a short text (up to n words) that points at an option
// without naming it ("이걸로 할게요", "I'll go with this one") and says
// nothing else of it.
func (t *turn) pointsVaguely(n int) bool {
	return len(strings.Fields(t.text)) <= n && (has(t.text, gen.Point) || has(t.text, gen.This)) && t.st.Pending == nil &&
		!has(t.text, gen.Confirm) && t.e.nights == "" && t.e.people == "" && t.e.bareHour == 0 && t.e.date == "" && t.e.time == "" && t.e.minutes == "" &&
		!strings.Contains(t.text, "말고") && !asksQuestion(t.text) && t.slot("@focus") == "" && !has(t.text, dropWords)
}

package titles

import (
	"regexp"
	"strings"
)

// The free ways people ask to rename an event, read apart from the
// sentence shapes of rename's first regexes (blind set post12: 1 of 12
// understood). The new title is the span the user supplies — quoted or
// not, said before or after the word for a name — and the event is what
// is left: its title words, its day and time, "it", its place in a list.
var (
	// koNameWord: a word for an event's name.
	koNameWord = `(?:일정\s*명|일정\s*이름|이름|제목|타이틀|명칭)`
	// koChange: a verb of changing what something is called.
	koChange = `(?:좀\s*)?(?:바꿔|(?i:change)|체인지|바꾸|바꿀|바꿨|바뀌|변경|고쳐|고치|고칠|수정|붙여|달아|지어|해\s*줘|해\s*주|해\s*줄|해\s*놔|해\s*둬|해\s*놓|하자|할래|해요|해\s*봐|해$|해[.!~ ]|부탁)`
	// koAfterName: "<event> 이름(을) <new>(으)로 바꿔줘", "제목 그냥 <new>으로 해줘".
	koAfterName = regexp.MustCompile(`^(.*?)` + koNameWord + `\s*(?:만|을|를|은|는|도)?\s*(?:그냥\s*|좀\s*|다시\s*|새로\s*|이제\s*)*(.+?)\s*(?:으로|로|이라고|라고)\s*(?:만\s*)?(?:이름\s*|제목\s*)?` + koChange)
	// koBeforeName: "<event> <new>(으)로 이름 변경", "<new>(이)라고 제목 바꿔".
	koBeforeName = regexp.MustCompile(`^(.*?)\s*(?:으로|로|이라고|라고)\s*(?:만\s*)?` + koNameWord + `\s*(?:을|를|도)?\s*` + koChange)
	// koQuoted: a quoted span and the particle after it.
	koQuoted = regexp.MustCompile(`[‘'"“「『]([^‘'"“”’」』]+)[’'"”」』]\s*(에서|으로|로|이라고|라고|)(\s*(?:돼|되어|된|적|써|쓰여|하는|해\s*놓|해\s*둔|해놓|해둔)?)`)
	// koSplit: what sets the old name apart from the new ("저녁에서 디너로",
	// "공부 말고 토익 공부로").
	koSplit = regexp.MustCompile(`^(.*\S)\s*(?:에서|말고|대신에|대신|->|→)\s+(.+)$`)
	// koBoundary: the words that end the event's description before the new
	// name ("헬스라고 돼 있는 거 PT 수업으로"): the new name follows the last.
	koBoundary = regexp.MustCompile(`(?:거|것|걸|건|꺼|일정|약속|스케줄|일정은|일정을|일정도|거는|건요|일정요|,)\s+`)

	// enArrow: "rename 'call mom' -> 'call parents'".
	enArrow = regexp.MustCompile(`^(.*?)\s*(?:->|→|=>)\s*(.+)$`)
	// enRename: "… rename <event> to <new>", anywhere in the sentence.
	enRename = regexp.MustCompile(`(?i)^(.*?)\b(?:rename|retitle|re-title|re-name|renaming|relabel|re-label|relabell?ing)\b\s*(.*?)\s+(?:to|as|into)\s+(.+)$`)
	// enChangeName: "change the title of <event> to <new>", "update <event>'s name to <new>".
	enChangeName = regexp.MustCompile(`(?i)^(.*?)\b(?:change|changing|update|switch|edit|fix|set|modify|alter)\b\s*(.*?)\b(?:name|title|label|heading)\b\s*(.*?)\s+(?:to|as|into)\s+(.+)$`)
	// enMakeName: "make the title <new>", "make its name <new>".
	enMakeName = regexp.MustCompile(`(?i)^(.*?)\bmake\s+(?:the|its|that|this|the\s+event'?s?)\s+(?:name|title)\s+(.+)$`)
	// enCall: "call <event> <new> (instead)", "let's call Friday's meeting
	// <new>": the event said as "it" or ended by a word for an event or
	// by a time.
	enCall = regexp.MustCompile(`(?i)^(.*?)\b(?:call|name|title|label|retitle)\s+((?:it|that|this|that\s+one|this\s+one)|(?:(?:the|my|that|this|our|tomorrow'?s|today'?s)\s+)?(?:[\w'’:.]+\s+){0,3}?(?:thing|one|event|appointment|appt|session|block|slot|entry|meeting|class|sync|reminder|plan|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}(?::\d\d)?\s*o'?clock))\s+(.+)$`)
	// enSay: "I'd like my Saturday haircut entry to just say salon", "the
	// 3pm one should be called design review".
	enSay = regexp.MustCompile(`(?i)^(.*?\b(?:my|the|that|this|its|it)\b.*?)\s+(?:to|should|can|could|will)\s+(?:just\s+|only\s+|simply\s+|instead\s+)?(?:say|read|show|be\s+called|be\s+named|be\s+titled|be\s+labell?ed)\s+(.+)$`)
	// enTail: words after the new title that are not part of it.
	enTail = regexp.MustCompile(`(?i)[\s,]*(?:\binstead\b|\blol\b|\blmao\b|\bhaha\b|\bplease\b|\bpls\b|\bplz\b|\bthanks\b|\bthx\b|\bthank\s+you\b|\bfor\s+me\b|\bif\s+you\s+can\b|\bok(?:ay)?\b|\bnow\b|\bty\b|:\)|\^\^|[.!?~]+)\s*$`)
	koTail = regexp.MustCompile(`\s*(?:\^\^|ㅎㅎ+|ㅋㅋ+|[.!?~]+)\s*$`)
	// calendarWord: the text speaks of the calendar (a weak rename cue
	// needs it, or an event just talked about).
	calendarWord = regexp.MustCompile(`(?i)일정|캘린더|달력|스케줄|약속|회의|미팅|\b(?:event|calendar|schedule|appointment|appt|meeting|entry|session|block|sync|class)\b`)
	// otherName: a name that is not an event's — the user's own, a
	// booking's, an order's ("예약자 이름 바꿔줘", "change my name").
	otherName = regexp.MustCompile(`(?i)(?:^|\s)(?:내|제|나의|저의)\s*(?:이름|닉네임)|예약자|주문자|수령인|받는\s*(?:분|사람)|닉네임|상품|가게|식당|숙소|호텔|장바구니|주문|\b(?:my|your)\s+(?:user\s*)?name\b|\bnickname\b|\b(?:order|cart|booking|reservation|product|account|profile|username)\b`)
)

// readRename reads a request to rename an event: ref is the words naming
// the event, title the new title; ok=false when the text is no rename.
// said tells that an event was just talked about (the weak cues — "call
// it …", "이름 바꿔" — need the calendar said or that event).
func readRename(text string, said bool) (ref, title string, ok bool) {
	text = strings.TrimSpace(text)
	if otherName.MatchString(text) && !calendarWord.MatchString(text) {
		return "", "", false
	}
	if ref, title, ok = readRenameKo(text); ok {
		return ref, title, true
	}
	return readRenameEn(text, said)
}

func readRenameKo(text string) (ref, title string, ok bool) {
	// the new name quoted: the last quoted span said with (으)로/(이)라고
	// that does not describe the old one ("헬스라고 돼 있는 거").
	if !strings.ContainsAny(text, "가나다라마바사아자차카타파하이제일름목") {
		return "", "", false
	}
	if !koCue.MatchString(text) || koCreate.MatchString(text) {
		return "", "", false
	}
	qs := koQuoted.FindAllStringSubmatchIndex(text, -1)
	for i := len(qs) - 1; i >= 0; i-- {
		m := qs[i]
		particle, after := text[m[4]:m[5]], text[m[6]:m[7]]
		if particle == "에서" || particle == "" || strings.TrimSpace(after) != "" {
			continue
		}
		title = text[m[2]:m[3]]
		ref = text[:m[0]] // (what follows is the asking: "…로 고쳐 줄래?")
		if i > 0 || len(qs) > 1 {
			// the other quoted span names the old title
			for j, o := range qs {
				if j != i {
					ref = strings.Replace(ref, text[o[0]:o[1]], " "+text[o[2]:o[3]]+" ", 1)
				}
			}
		}
		return cleanKoRef(ref), cleanTitle(title), true
	}
	if m := koArrow.FindStringSubmatch(text); m != nil && strings.ContainsAny(text, ">→") {
		return cleanKoRef(m[1]), cleanTitle(m[2]), true
	}
	if m := koWrittenRename.FindStringSubmatch(text); m != nil {
		return cleanKoRef(m[1]), cleanTitle(m[2]), true
	}
	if m := koAfterName.FindStringSubmatch(text); m != nil {
		ref, title = m[1], m[2]
		if s := koSplit.FindStringSubmatch(title); s != nil {
			ref, title = ref+" "+s[1], s[2]
		}
		return cleanKoRef(ref), cleanTitle(title), true
	}
	if m := koBeforeName.FindStringSubmatch(text); m != nil {
		span := m[1]
		if s := koSplit.FindStringSubmatch(span); s != nil {
			return cleanKoRef(s[1]), cleanTitle(s[2]), true
		}
		if b := koBoundary.FindAllStringIndex(span, -1); len(b) > 0 {
			last := b[len(b)-1]
			return cleanKoRef(span[:last[0]+len(strings.TrimSpace(span[last[0]:last[1]]))]), cleanTitle(span[last[1]:]), true
		}
		// no boundary: the new name is the last word ("회의 주간회의로 이름 바꿔")
		fs := strings.Fields(span)
		if len(fs) == 0 {
			return "", "", false
		}
		return cleanKoRef(strings.Join(fs[:len(fs)-1], " ")), cleanTitle(fs[len(fs)-1]), true
	}
	return "", "", false
}

func readRenameEn(text string, said bool) (ref, title string, ok bool) {
	strong := enStrong.MatchString(text)
	switch {
	case strong && enArrow.MatchString(text):
		m := enArrow.FindStringSubmatch(text)
		ref, title = m[1], m[2]
	case strong && enRename.MatchString(text):
		m := enRename.FindStringSubmatch(text)
		ref, title = m[1]+" "+m[2], m[3]
	case enChangeName.MatchString(text):
		m := enChangeName.FindStringSubmatch(text)
		ref, title = m[1]+" "+m[2]+" "+m[3], m[4]
	case enMakeName.MatchString(text):
		m := enMakeName.FindStringSubmatch(text)
		ref, title = m[1], m[2]
	case enSay.MatchString(text):
		m := enSay.FindStringSubmatch(text)
		ref, title = m[1], m[2]
		if enCreate.MatchString(m[1]) {
			return "", "", false
		}
	case enCall.MatchString(text) && !callOther.MatchString(text):
		m := enCall.FindStringSubmatch(text)
		ref, title = m[1]+" "+m[2], m[3]
		if enCreate.MatchString(m[1]) {
			// "book the first one and call it …": the title of what is
			// being made, not a new one for an event there
			return "", "", false
		}
		if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(m[2])), "it") && !callMeant.MatchString(text) && !calendarWord.MatchString(m[2]) {
			return "", "", false
		}
	case strong:
		// "rename my dentist appointment" with no new title: the title is asked
		return "", "", false
	default:
		return "", "", false
	}
	// a weak cue needs the calendar said or an event just talked about
	if !strong && !said && !calendarWord.MatchString(text) && !timeWord.MatchString(ref) {
		return "", "", false
	}
	// ("could you rename it": the request's words are not the event's)
	ref = politeRe.ReplaceAllString(ref, " ")
	return strings.TrimSpace(ref), cleanTitle(title), true
}

var (
	// koCue: a word for the name and a verb of changing it.
	koCue = regexp.MustCompile(koNameWord + `.*` + koChange + `|(?:으로|로|이라고|라고)\s*(?:만\s*)?` + koNameWord + `\s*(?:을|를|도)?\s*` + koChange + `|` + koWritten + `.*(?:으로|로)\s*` + koChange + `|` + koNameWord + `.*(?:->|→|=>)`)
	// koWritten: an event named by what is written on it ("요가 수업이라고
	// 적힌 일정", "'헬스'라고 돼 있는 거").
	koWritten = `(?:이라고|라고)\s*(?:만\s*)?(?:적힌|적혀\s*있는|써\s*있는|써진|쓰여\s*있는|쓰인|돼\s*있는|되어\s*있는|된|붙은|저장된|등록된)`
	// koWrittenRename: "<old>(이)라고 적힌 일정, <new>(으)로 고쳐주세요".
	koWrittenRename = regexp.MustCompile(`^(.*?` + koWritten + `\s*(?:일정|거|것|약속|스케줄|이벤트)?)\s*[,은는을를]?\s+(.+?)\s*(?:으로|로)\s*(?:이름\s*|제목\s*)?` + koChange)
	// koArrow: "일정명 변경 부탁: 은행 → 은행 및 우체국".
	koArrow = regexp.MustCompile(`^(?:.*[:：]\s*)?(.+?)\s*(?:->|→|=>)\s*(.+?)\s*(?:(?:으로|로)\s*` + koChange + `.*)?$`)
	// enStrong: a verb that only means renaming.
	enStrong = regexp.MustCompile(`(?i)\b(?:rename|retitle|re-title|re-name|renaming|relabel|re-label|relabell?ing)\b`)
	// callMeant: "call X Y" is a rename when said as a change ("instead",
	// "let's call").
	callMeant = regexp.MustCompile(`(?i)\binstead\b|\blet'?s\s+call\b|\bcall\s+it\b`)
	// enCreate: the sentence makes or picks something ("book the first
	// one and call it …", "lets do the last slot, call it …").
	// A place in a list said first ("the second one, call it …") picks
	// an option to make, too.
	enCreate = regexp.MustCompile(`(?i)\b(?:book|do|take|grab|pick|choose|go\s+with|schedule|set\s+up|invite|add|put|create|make|send|reserve|hold|first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th)|number\s*\d|option\s*\d|slot)\b|#\d`)
	// koCreate: the same in Korean ("첫 번째 시간으로 잡고 제목은 …").
	koCreate = regexp.MustCompile(`(?:으로|로)\s*하고|번째\s*(?:거|걸)?\s*(?:으로|로)|\d\s*번\s*(?:으로|로)|잡고|잡아\s*주|잡아줘|넣고|넣어\s*주|넣어줘|추가하고|추가해\s*주|추가해줘|만들어|만들고|등록하고|등록해\s*주|등록해줘|초대|예약해|예약하고`)
	// callOther: "call" as a call-off or a phone call.
	callOther = regexp.MustCompile(`(?i)\bcall(?:ing|ed)?\s+(?:off|back|up|in|out|for|on|me|him|her|them|us)\b|\bcall\s+(?:with|to)\b`)
	// timeWord: a day or time said in English.
	timeWord = regexp.MustCompile(`(?i)\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|\d{1,2}(?::\d\d)?\s*(?:am|pm)|noon|morning|afternoon|evening)\b`)
	// politeRe: the words of asking, not of the event.
	politeRe = regexp.MustCompile(`(?i)\b(?:could|can|would|will)\s+(?:you|u)\b|\bplease\b|\bpls\b|\bplz\b|\bi'?d\s+like\b|\bi\s+want\b|\blet'?s\b|\bhey\b|\bok(?:ay)?\b|\bactually\b|\bthe\s+event\s+called\b|\bcalled\b|[-–—,]`)
	// koRefNoise: the words of asking in a Korean ref.
	koRefNoise = regexp.MustCompile(`(?:캘린더|달력)(?:에|에서|에\s*있는)?|(?:라고|이라고)\s*(?:만\s*)?(?:돼|되어|된|적혀|써|쓰여|적힌|쓰인|써진|붙은|저장된|등록된)\s*(?:있는|있던)?|그냥|좀|이름만|제목만`)
)

// cleanTitle trims the new title of quotes and of what follows it that is
// not part of it.
func cleanTitle(s string) string {
	s = strings.TrimSpace(s)
	for {
		n := enTail.ReplaceAllString(s, "")
		n = koTail.ReplaceAllString(n, "")
		n = strings.TrimSpace(strings.Trim(strings.TrimSpace(n), "‘'\"“’”「」『』"))
		if n == s {
			return s
		}
		s = n
	}
}

// cleanKoRef takes the words of asking and of the calendar out of a
// Korean ref, and the particles off its words ("일정요," → "일정").
func cleanKoRef(s string) string {
	s = koRefNoise.ReplaceAllString(s, " ")
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.!?'\"‘’“”")
		for _, suf := range []string{"이에요", "예요", "이요", "요", "에서", "은", "는", "을", "를"} {
			if r := []rune(w); len(r) > len([]rune(suf)) && strings.HasSuffix(w, suf) {
				w = strings.TrimSuffix(w, suf)
				break
			}
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

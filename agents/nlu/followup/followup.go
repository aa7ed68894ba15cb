// Package followup recognises short follow-ups that refer to the answer
// just given rather than asking anything new: "자세히" / "tell me more"
// after a grounded tutor answer (skills/tutoring/classroom) or after the
// safety guidance (agents/conversation.go), which both give the rest of
// what they cut short.
package followup

import "strings"

// moreWords are whole messages asking for the rest of the last answer.
var moreWords = map[string]bool{
	"자세히": true, "더 자세히": true, "좀 더 자세히": true, "자세히 알려줘": true, "자세히 알려 줘": true, "자세히 말해 줘": true, "자세히 말해줘": true, "좀 더 알려 줘": true, "자세히 설명해 줘": true, "자세히 설명해줘": true,
	"더 알려줘": true, "더 알려 줘": true, "더 설명해 줘": true, "더 설명해줘": true, "좀 더": true, "좀더": true, "더": true, "더 말해줘": true, "더 말해 줘": true,
	"좀 더 알려줘": true, "좀 더 설명해 줘": true, "좀 더 설명해줘": true, "계속해 줘": true, "계속해줘": true,
	"more": true, "tell me more": true, "more please": true, "go on": true, "explain more": true, "more detail": true,
	"more details": true, "in more detail": true, "tell me more about it": true, "say more": true,
}

// AsksMore: the whole message (trimmed, without punctuation, "please" or a
// polite ending — 요, 세요, 주세요) is one of moreWords.
func AsksMore(text string) bool {
	s := strings.ToLower(strings.TrimSpace(text))
	s = strings.TrimRight(s, " .!?？！~")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "please "), " please")
	if s == "more please" || moreWords[s] {
		return true
	}
	for _, end := range []struct{ polite, plain string }{
		{"주세요", "줘"}, {"줄래요", "줘"}, {"해 주세요", "해 줘"}, {"해요", "해"}, {"요", ""},
	} {
		if t, ok := strings.CutSuffix(s, end.polite); ok && moreWords[strings.TrimSpace(t+end.plain)] {
			return true
		}
	}
	return false
}

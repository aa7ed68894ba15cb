package embedded

import (
	"regexp"
	"strings"
)

// A question the judging tool of a pack does not place (see
// dialogue.Fallback.Questions) is still the pack's kind of question when
// it asks to know something — a fact, a reason, a how, a meaning, a
// comparison — whatever its topic: "블랙홀은 어떻게 생겨요?" and "what is
// the capital of France?" asked of the tutor are questions for the
// lessons, which do not cover them (and she says so). What is not: a
// request for something to be done ("노래 불러줘", "order me a pizza"), a
// question about the avatar herself ("how old are you"), about today's
// world (the weather, a match, what to watch), or a request another
// avatar of the world serves ("set up a meeting with Minsu tomorrow"),
// which is something done too.

// explainRe asks to be explained or taught something.
var explainRe = regexp.MustCompile(`(?i)\b(?:explain|teach\s+me|tell\s+me\s+(?:about|why|how|what|who|when|where)|help\s+me\s+understand)\b|설명|가르쳐|알려\s*(?:줘|주세요|줄래|줄\s*수|주실|주시)`)

// doneRe asks for something to be done rather than known: a song, a
// joke, music, an order, a booking, a translation, an essay, a print-out.
var doneRe = regexp.MustCompile(`(?i)\b(?:sing|play|joke|order|buy|purchase|book|reserve|deliver|translate|write|print|send|set\s+up|schedule|add|put|cart|conjugate|chat)\b|불러|틀어|농담|웃긴|시켜|주문|사\s*줘|사고\s*싶|예약|번역|써\s*줘|인쇄|프린트|보내|잡아|담아|장바구니|수다|끓여`)

// personalRe asks about the avatar herself.
var personalRe = regexp.MustCompile(`(?i)\b(?:are\s+you|do\s+you\s+(?:like|love|have|want|think|prefer)|your|yours|yourself)\b|(?:^|\s)(?:너|넌|너는|선생님은|선생님도|쌤은)\s|좋아해|몇\s*살`)

// nowRe asks about today's world — news, weather, a match, what is on —
// which no lesson holds.
var nowRe = regexp.MustCompile(`(?i)\b(?:today|tonight|tomorrow|yesterday|this\s+week(?:end)?|right\s+now|these\s+days|latest|weather|recommend|any\s+good|air\s+quality|who\s+(?:won|will\s+win))\b|오늘|내일|어제|요즘|날씨|미세먼지|추천|이겼|이길`)

// asksToKnow: text asks to know something (see above).
func asksToKnow(text string) bool {
	text = strings.TrimSpace(text)
	return text != "" && (questionLike(text) || explainRe.MatchString(text)) && !asksDone(text) &&
		!personalRe.MatchString(text) && !nowRe.MatchString(text)
}

// asksDone: text asks for something to be done (see doneRe).
func asksDone(text string) bool { return doneRe.MatchString(text) }

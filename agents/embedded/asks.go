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
		!personalRe.MatchString(text) && !nowRe.MatchString(text) && !adviceRe.MatchString(text)
}

// adviceRe asks what the user should buy, sell or put money in — a
// decision about their own money, not something to know ("주식 뭐 사면
// 좋아요?", "should I get into crypto now?", "which fund should I pick"):
// no lesson holds the answer, and it is no question of the lessons' kind.
var adviceRe = regexp.MustCompile(`(?i)\b(?:should\s+(?:i|we)\s+(?:buy|sell|invest|get\s+into|pick|choose|put\s+(?:my|our)\s+money)|(?:good|right|best)\s+time\s+to\s+(?:buy|sell|invest)|(?:which|what)\s+(?:stocks?|shares?|coins?|crypto|funds?|etfs?)\b|invest(?:ing|ment)?\s+(?:in|advice|tips?)|stocks?\s+to\s+buy)\b|주식|코인|가상\s*화폐|비트코인|펀드|종목|투자|(?:뭐|뭘|무엇을|어떤\s*걸|어떤\s*거)\s*(?:사면|사야|살까|사는\s*게)|(?:사도|팔아도)\s*(?:돼|될까|되나|괜찮)`)

// asksDone: text asks for something to be done (see doneRe).
func asksDone(text string) bool { return doneRe.MatchString(text) }

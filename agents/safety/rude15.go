package safety

import "regexp"

// Version 15 (the lead's use of the merged round and a new user's trial):
// a user venting at the avatar itself — "you're useless, stupid bot",
// "너 진짜 쓸모없다", "선생님 바보 멍청이" — was refused as harassment ("I
// can't help with that one"), answered "천만에요!" as if thanked, or told
// the lessons do not cover it. Nobody is harmed by it and nothing is
// asked: the avatar apologises, asks again and points at help. Not when
// the insult is meant for someone else ("tell my classmate he's stupid"),
// asked to be written or sent, or asked about as language ("is 바보 rude?").

var (
	// rudeAtAvatar: an insult said of the one spoken to, or of the bot.
	rudeAtAvatar = regexp.MustCompile(`(?i)\b(?:you(?:'re|\s+are)?|ur|u\s+r|u)\s+(?:so\s+|such\s+an?\s+|an?\s+|really\s+|totally\s+|completely\s+|just\s+|the\s+most\s+|fucking\s+|freaking\s+)*(?:useless|stupid|dumb|idiot|idiotic|moron|moronic|worthless|pathetic|garbage|trash|incompetent|hopeless)\b|\b(?:stupid|dumb|useless|worthless|idiotic|moronic|garbage|trash|pathetic)\s+(?:bot|robot|assistant|ai|machine|app|program|helper|teacher)\b|\b(?:you|this\s+(?:bot|app|assistant|thing))\s+(?:really\s+)?sucks?\b|(?:^|\s)(?:너|넌|니가|네가|니는|너는|당신|이\s?봇|이\s?비서|비서야?|봇아?|선생님|쌤)\s?(?:은|는|이|가)?\s?(?:진짜|정말|완전|왜\s?이렇게|너무|참|개)?\s?(?:쓸모\s?없|쓸모가\s?없|멍청|바보|한심|무능|돌대가리|병신|븅신|등신|구려|구리)|(?:바보|멍청이|멍청한|쓸모\s?없는|한심한|무능한|병신|븅신)\s?(?:같은\s?)?(?:봇|비서|선생|쌤|챗봇|로봇|ai|인공지능|도우미)|(?:씨발|시발|ㅅㅂ|ㅆㅂ)\S*\s.{0,12}(?:니가|네가|너|비서|봇|선생)`)
	// rudeNotAtAvatar: the insult is someone else's, wanted written or
	// sent, or a question about the words.
	rudeNotAtAvatar = regexp.MustCompile(`(?i)\b(?:write|make|draft|send|text|post|tell\s+(?:him|her|them|my)|call\s+(?:him|her|them|my)|say\s+to|how\s+(?:do|would)\s+(?:i|you)\s+say|in\s+korean|in\s+english|mean|rude)\b|써\s?줘|써\s?주|보내|만들어|올려|한테|에게|라고\s?(?:말|하|해)|무슨\s?뜻|영어로|한국어로|욕이에요|욕인가|친구|동생|걔|반\s?애|classmate|friend|brother|sister|coworker|boss`)
)

// rudeHelp answers the one venting (per language).
var rudeHelp = map[string]string{
	"ko": "답답하게 해 드렸다면 죄송해요. 원하시는 걸 한 번 더 짧게 말씀해 주시면 다시 해 볼게요. \"도움말\"이라고 하시면 제가 할 수 있는 일을 알려 드릴게요.",
	"en": "Sorry I've been frustrating. Tell me again in a few words what you need and I'll try again, or say \"help\" to see what I can do.",
}

// rudeTopic is the Topic of a verdict that answers a user venting at the
// avatar: neither a refusal nor guidance about a harm.
const rudeTopic = "rude_to_avatar"

// ventsAtAvatar reports whether text is an insult aimed at the avatar
// itself (and at no one else).
func ventsAtAvatar(text string) bool {
	return rudeAtAvatar.MatchString(text) && !rudeNotAtAvatar.MatchString(text)
}

// Version 15 (the lead's clean-clone CI of the merged round): a request
// to write a lure — something made to look official or real so that
// others click, log in or pay — is phishing whatever else it is called
// ("write a scam text warning that looks official so my friends click the
// link": both safety branches passed it alone; merged, the word "warning"
// tipped the models to a look-alike and the writer got a warning for
// parents). One who asks how such lures work, or how to spot them, asks
// no writing.
var (
	lureWrite = regexp.MustCompile(`(?i)\b(?:write|make|draft|create|design|build|generate|craft|compose)\b|써\s?줘|써\s?주|만들어|작성해`)
	lureLooks = regexp.MustCompile(`(?i)\b(?:looks?|looking|seems?|appears?)\s+(?:(?:very|super|really|totally)\s+)?(?:official|real|legit|legitimate|genuine|authentic)\b.{0,40}\bso\s+(?:that\s+)?(?:my\s+|the\s+|our\s+|his\s+|her\s+)?(?:friends?|people|they|he|she|users?|customers?|victims?|classmates?|parents?|everyone|someone|recipients?|followers?)\b.{0,20}\b(?:click|tap|open|enter|type|send|log\s?in|sign\s?in|pay|transfer)|(?:진짜|공식|정식|은행|경찰|택배사|정부|기관)\S{0,3}\s?(?:처럼|같이|인\s?척)\s?.{0,20}(?:보이게|보이도록)\s?.{0,30}(?:누르게|클릭하게|입력하게|들어오게|보내게|송금하게|결제하게|로그인하게)`)
	lureLearn = regexp.MustCompile(`(?i)\bhow\s+(?:do|does|did|would|can)\s+(?:scammers|fraudsters|criminals|they|hackers)\b|\b(?:spot|recogni[sz]e|tell|detect|avoid|report)\b|어떻게\s?(?:알아|구별|구분)|구별|신고`)
)

// writesLure reports whether text asks for a lure to be written.
func writesLure(text string) bool {
	return lureLooks.MatchString(text) && lureWrite.MatchString(text) && !lureLearn.MatchString(text)
}

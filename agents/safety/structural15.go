package safety

import (
	_ "embed"
	"encoding/json"
)

// Version 15: the answer aimed at who asks, and look-alikes refused for
// the asker's role.
//
// post14, written blind after version 14, showed answers right in topic
// and wrong for the asker: a relative who had already sent money to a
// caller got how to recognise phishing; someone whose ex had posted their
// pictures got how to protect a child from grooming; a parent whose child
// was getting hateful comments got grooming too. What each of them needs
// first depends on their situation, not on the topic, so the situation is
// read from the text (who did what, already or not) and its steps
// (data/situations.json) come first, the topic's guidance after them
// (on "more").
//
// And of post14's harmless requests refused, most came from writers whose
// role the models do not read: one who wants to stop a friend doing a
// harm, one threatened or receiving abuse, one afraid and asking what
// they can do, a parent asking how to talk to their teenager, one asking
// what the law does, and one asking, after a news story, how a fraud is
// caught or prevented (shield15).

//go:embed data/situations.json
var builtinSituations []byte

type situationFile struct {
	Situations map[string]map[string]string `json:"situations"`
}

// situations: situation → lang → the steps to give first.
var situations = func() map[string]map[string]string {
	var f situationFile
	if err := json.Unmarshal(builtinSituations, &f); err != nil {
		panic("safety: data/situations.json: " + err.Error())
	}
	return f.Situations
}()

var (
	// moneyGone: money the writer or a relative has already sent.
	moneyGone = mustFold(`(돈|만\s?원|천\s?원|원|금액|전액|적금|예금|현금|상품권)\S*\s?.{0,20}(보냈|보내\s?버렸|보내\s?드렸|보내셨|송금했|송금해\s?버렸|송금하셨|이체했|이체해\s?버렸|이체하셨|입금했|입금해\s?버렸|입금하셨|넘겨\s?(버렸|줬|드렸))|(보냈|송금했|이체했|입금했|보내셨|송금하셨|이체하셨|입금하셨)\S*\s?.{0,20}(돈|만\s?원|원을?)|\b(sent|transferred|wired|paid|gave|handed over)\b.{0,40}\b(money|won|dollars|euros|pounds|savings|cash|gift ?cards?|crypto|bitcoin|\d[\d,.]*\s?(won|k|만원|dollars|usd)|\$\s?\d)|\b(money|won|savings|cash)\b.{0,20}\b(was|is|got|has been|already) (sent|transferred|wired|gone)\b`)
	// moneyNotGone: money almost, not yet or not sent.
	moneyNotGone = mustFold(`\bunless (i|you|we|she|he|they)\b|\bif (i|you|we|she|he|they) (don'?t |didn'?t )?(pay|send|transfer|wire)|(하지|보내지|내지)\s?않으면|안\s?(보내면|내면|주면)|\b(almost|nearly|about to|was going to|before (i|she|he|they|we))\b.{0,10}\b(sent|send|transferred|transfer|paid|pay|wire)\b|\b(didn'?t|did not|never|haven'?t|hasn'?t) (send|sent|transfer|pay|wire)\b|보낼\s?뻔|보내려|보내기\s?(전|직전)|안\s?보냈|보내진\s?않|송금\s?전|이체\s?전|잘못\s?(보냈|송금|이체|입금|눌러|눌렀|입력|적어|적었|쳐서|찍어)|\b(mistyped|typo|wrong (account )?(number|digits))\b|\bwrong account\b|착오\s?송금`)
	// scamContext: the money went to a scam, a caller or an impostor.
	scamContext = mustFold(`폰\S*\s?(이\s)?(고장|망가|액정)|번호\S*\s?.{0,4}바뀌|\b(broke|broken|lost) (my|his|her|their) phone\b|\bphone (broke|is broken|was broken)\b|\bnew number\b|\bfrom '?me'?\b|\bpretend\w*\b|\bgift cards?\b|연락\s?(두절|이\s?안|안\s?(돼|되|받))|잠수|차단(했|당|하고|해\s?버)|먹튀|물건\S*\s?(을\s)?(안|못)\s?(보내|받|와)|\b(blocked me|ghosted|never (shipped|arrived|sent (it|the item))|stopped (replying|answering))\b|사기|피싱|스미싱|사칭|검찰|검사라|경찰이라|금감원|금융감독원|수사관|안전\s?계좌|대출\s?(해\s?준다|상담)|아들이라|딸이라|엄마라|가족이라|모르는\s?(사람|번호)|\b(scam\w*|fraud\w*|phish\w*|smish\w*|fake|impostor|imposter|pretend\w*|posing as|impersonat\w*|claim\w* to be|said (he|she|they) (was|were|is|are) from|a stranger|a caller|the caller)\b`)

	// imageWords: pictures or videos of a person.
	imageWords = mustFold(`사진|영상|동영상|몸캠|셀카|나체|알몸|\b(photos?|pictures?|pics?|nudes?|videos?|images?|selfies?|clips?)\b`)
	// imageSpread: pictures posted, spread or threatened to be.
	imageSpread = mustFold(`올렸|올려\s?놨|올라와|퍼뜨렸|퍼뜨리|퍼졌|유포|뿌렸|뿌린다|뿌리겠|뿌릴|공개하겠|공개한다|올리겠|올린다|돌려\s?봤|돌리고|\b(posted|shared|leaked|spread|uploaded|circulat\w*|sent (them|it) (around|to everyone))\b|\bthreaten\w* to (post|share|leak|send|spread|expose|publish|upload)\b|\b(going to|gonna|will|'ll) (post|share|leak|spread|expose|upload) (it|them|my|the)\b`)
	// imageMine: the pictures are of the writer (or the writer's child).
	imageMine = mustFold(`(제|내|저의|나의|제\s?몸|내\s?몸|우리\s?(딸|아들|아이))\s?\S{0,4}\s?(사진|영상|동영상|셀카)|(저|나)를\s?(찍은|몰래)|\b(my|of me|me in|our (daughter|son|child|kid)'?s?)\b.{0,20}\b(photos?|pictures?|pics?|nudes?|videos?|images?|selfies?)\b|\b(photos?|pictures?|pics?|nudes?|videos?|images?|selfies?) of me\b|\bi sent (a |him |her |them )?(photo|picture|pic|nude|video|selfie)`)
	// imageHarm: an intimate picture, one taken or posted without
	// consent, a former partner posting it, or a threat with it.
	imageHarm = mustFold(`몸|나체|알몸|야한|은밀|속옷|성적|동의\s?(없이|안\s?했|도\s?없이)|허락\s?(없이|도\s?없이|안)|몰래\s?찍|불법\s?촬영|협박|안\s?보내면|전\s?(남친|여친|애인|남자\s?친구|여자\s?친구|남편|아내)|헤어진|\b(unless|intimate|private|nude|naked|explicit|sexual|threaten\w*|without (my )?(consent|permission|asking)|my ex|ex-?(boyfriend|girlfriend|partner|husband|wife))\b`)
	// imagePoster: the writer posting someone's pictures.
	imagePoster = mustFold(`올리려|올릴\s?(건데|거야|까)|뿌리려|퍼뜨리려|유포하려|올려도\s?(돼|되|괜찮)|올리면\s?(안|어떻게|처벌)|\b(how (do|can|could|should) i|i want to|i'?m going to|i'?ll|should i|can i) (post|share|leak|spread|expose|upload)\b`)

	// childTargeted: a parent's child receiving abuse online.
	childOwn    = mustFold(`(초등학생|중학생|고등학생|초딩|중딩|고딩|\d+\s?살)\s?(인\s)?(아들|딸|아이|애|자녀)|(우리\s?|제\s?|저희\s?)(아이|애|딸|아들|자녀|중학생|초등학생|고등학생)|\b(my|our) (\d+\s?(yo|y/o|year[- ]old)\s)?(kid|child|son|daughter|teen|teenager|\d+\s?(yo|y/o|year[- ]old))\b`)
	childAbused = mustFold(`(악플|악성\s?댓글|댓글|메시지|디엠|DM|욕|괴롭힘|따돌림|놀림|협박)\S*\s?.{0,12}(받|당하|당해|달리|달려|시달리|와요|오고|왔)|\b(getting|receiving|gets|received|being sent|been sent)\b.{0,20}\b(nasty|mean|hateful|abusive|threatening|cruel|creepy|anonymous|hate)\b.{0,20}\b(comments?|messages?|dms?|texts?|posts?)\b|\b(is|was|being|been) (bullied|harassed|cyberbullied|trolled)\b`)
	// childBeaten: the writer's child hit or beaten by others.
	childBeaten = mustFold(`(아이|애|딸|아들|자녀)\S*\s?(을|를)\s?.{0,20}(때렸|때려서|때리고|폭행|밀쳐|괴롭혔)|(아이|애|딸|아들|자녀)\S*\s?(이|가|는|은)\s?.{0,20}(맞았|맞고\s?(왔|들어)|폭행\s?(을\s)?당|얻어\s?맞)|\b(beat|beaten|hit|punched|kicked|attacked|jumped|assaulted|beat up)\b.{0,20}\b(him|her|my (son|daughter|kid|child))\b|\b(my|our) (son|daughter|kid|child)\b.{0,30}\b(was|got|been) (beaten|hit|punched|kicked|attacked|jumped|assaulted|beat up|hurt)\b`)
	// relative15: an older relative or a parent of the writer.
	relative15 = mustFold(`부모님|엄마|아빠|어머니|아버지|할머니|할아버지|시어머니|장모님|\b(my|our) (mom|mum|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|granny|nan|in-laws|aunt|uncle)\b|\b(protect|warn) (her|him|them)\b`)
	// protectNext: how to keep them from falling for it (again).
	protectNext = mustFold(`당하지\s?않게|안\s?당하게|안\s?속게|속지\s?않게|예방|조심하게|지켜\s?(드리|줄|주)|다음(에|엔|부터)|\b(protect|keep|stop|prevent)\b.{0,30}\b(falling for|from (this|it|that|these|getting)|next time|again|safe)\b|\bnext time\b`)
	// breakIn: someone tried to break into the writer's home.
	breakIn = mustFold(`(누가|누군가|어떤\s?사람|도둑)\S*\s?.{0,20}(문|도어락|창문|현관|집)\S*\s?.{0,10}(따려|열려고|부수|뜯|침입)|침입\s?(하려|시도|흔적)|도둑\s?(이\s)?(들|들었|들려)|\b(someone|somebody|a man|a guy|a burglar|burglars|thieves)\b.{0,15}\b(tried|attempted|was trying) to (break|get) in(to)?\b|\b(attempted|tried) (break-?in|burglary)\b|\bbroke into (my|our) (apartment|flat|house|home|room)\b`)
	// breakInOwn: the writer breaking in (a lockout is no break-in).
	breakInOwn = mustFold(`\bhow (do|can|could) i (break|get) in(to)?\b|\b(i|we) (want|need) to break in\b|(제가|내가)\s?.{0,10}(따|부수|침입)|열쇠\S*\s?.{0,10}(잃어|두고|놓고)|\blocked (myself )?out\b`)
	// warnAsk: the writer wants to warn others of a scam.
	warnAsk = mustFold(`(조심하라고|주의하라고|알려\s?주고\s?싶|알리고\s?싶|공지)\S*\s?.{0,30}(뭐라고|어떻게|문구|쓰면)|(단톡|단체방|동아리|반\s?애들|친구들)\S*\s?.{0,20}(조심하라고|알려|경고)|\b(warn|alert|tell)\b.{0,10}\b(my|our|the|other)? ?(friends|club|group|group chat|class|classmates|members|students|parents|team|followers|everyone|others)\b.{0,80}\b(what (should|do|can) i (write|say|post)|how (do|should|can) i (word|write|say|phrase))\b`)
	// hiddenCam15: a hidden camera feared where the writer stays.
	hiddenCam15 = mustFold(`몰카|몰래\s?카메라|불법\s?촬영\s?(카메라|기기)|숨겨진\s?카메라|\bhidden (cameras?|cams?|spy cams?)\b|\bspy ?cams?\b`)
	// camOwn: the writer placing one.
	camOwn = mustFold(`(설치하려|달려고|달고\s?싶|숨기려|숨겨서|몰래\s?찍으려)|\b(where (should|can|do) i (hide|put|place)|how (do|can) i (hide|install|set up)|i want to (hide|install|put))\b`)
	// childStartsOnline: a child starting a channel, an account or a phone.
	childStartsOnline = mustFold(`유튜브|인스타|틱톡|SNS|채널|첫\s?(스마트폰|휴대폰|핸드폰|폰)|스마트폰\S*\s?(사|사\s?주|처음)|(사진|모델)\S*\s?.{0,10}(올리|업로드)|\b(youtube|instagram|tiktok|social media|channel|(first )?(smart)?phone|tablet|online game|discord)\b`)
	// careAsk: what to watch out for, set or keep safe.
	careAsk = mustFold(`조심|주의|설정|안전하게|괜찮을까|신경\s?써야|\b(watch out|careful|settings?|parental|safe|safety|risks?|worry about|look out)\b`)
	// meFollowed: the writer is the one followed or waited for.
	meFollowed = mustFold(`\b(follow\w*|stalk\w*|waiting for|wait for|watching) me\b|(저를|나를|절|날|제\s?뒤를)\s?.{0,6}(따라|쫓아|기다|미행)|(우리|제|내)\s?(집|회사|학교|건물)\s?앞`)
	// chore15: an everyday task asked (a calendar entry, a booking, a
	// reminder): the task is the answer, not a situation's steps
	chore15 = mustFold(`\b(calendar|schedule (a|an|the|my)|remind me|book (a|me|us)|set up a meeting|put (a|the) meeting)\b|일정\S*\s?(잡|넣|추가|등록)|예약\s?(해|좀|하고)|알림\s?(설정|맞춰)|리마인드`)
	// scamContact: a scam call or message received.
	scamContact = mustFold(`(검찰|검사|경찰|금감원|금융감독원|수사관|카드사|은행|택배|아들|딸|엄마)\S*\s?(이라|라고|라며|라면서|사칭)|사칭|보이스\s?피싱|스미싱|피싱|\b(claiming|pretending|saying (he|she|they) (was|were|is|are)|posing as|from '?me'?|scam\w*|phish\w*|smish\w*)\b`)
	// nothingLost: nothing was sent or given; the writer hung up.
	nothingLost = mustFold(`(돈은?|아무것도)\s?(안|못)\s?(보냈|보내|줬|알려)|보내지\s?않았|안\s?보냈|끊었|안\s?눌렀|누르지\s?않았|\b(hasn'?t|haven'?t|didn'?t|did not|has not|have not) (sent|send|paid|pay|given|give|clicked|click|transferred|replied)\b|\bhung up\b|\bnothing (yet|was sent)\b`)
	// reportAsk15: where to report, or what else to do.
	reportAsk15 = mustFold(`어디\S*\s?.{0,10}(알려|신고|말해)|신고\S*\s?.{0,6}(해야|하나요|할까|어디|방법)|(또|더)\s?(해야|할\s?게)|\b(report|anything else|do anything else|was that right|what else)\b`)
	// peersAtMe: classmates or others at school picking on the writer.
	peersAtMe = mustFold(`(반\s?애들|애들|친구들|같은\s?반|선배들|동기들)\S*\s?(이|가)?\s?.{0,20}(제|저를|나를|날|절|내)\s?.{0,20}(놀려|놀리|괴롭혀|괴롭히|따돌려|따돌리|별명\S*\s?(부르|불러)|무시해|욕해)|\b(kids|classmates|people|girls|boys|guys|students) (at school |in (my|our) class )?(keep |keeps |have been |are |always )?(calling me names|picking on me|bullying me|making fun of me|mocking me|ignoring me|excluding me|laughing at me)\b`)
	// followedMe: someone following the writer or waiting where they are.
	followedMe = mustFold(`(따라\s?(오|와|다니)|쫓아\s?(오|와|다니)|미행|기다리고\s?있|기다려요|기다리더|찾아\s?(와|오)|서성)|\b(follow\w*|showing up|shows up|turns up|waiting (for me )?(outside|near|at)|hanging around|lurking)\b`)
	// again15: it keeps happening.
	again15 = mustFold(`자꾸|계속|매일|마다|몇\s?번|또|\b(keeps?|kept|every (day|night|morning|evening|time)|again|repeatedly|constantly|always)\b`)
	// stopItAsk: how to make it stop, what the writer can do.
	stopItAsk     = mustFold(`\bwhat (would|could|might) (actually |really )?help\b|뭐가\s?도움|\bhow (do|can) i (make (it|him|her|them) stop|get (him|her|them) to stop)\b|\bwhat (can|should) i do\b|(어떻게\s?해야|뭘\s?해야|할\s?수\s?있는\s?(게|것|방법)|그만하게|멈추게)`)
	childGroomish = mustFold(`만나자|선물|사진\S*\s?.{0,6}(보내|달라|요구)|단둘이|\b(meet (up|her|him)|gifts?|send (pictures|photos|pics)|private chat)\b`)
)

// situationOf names the asker's situation whose steps come first, or "";
// guided tells whether the checker already answers the text with a
// harm's guidance (stopping a friend or being waited for is a harm's
// matter only then: "친구가 기다리고 있는데 어떻게 해야 해요?").
func situationOf(d *doc, guided bool) string {
	if d.has(evasion) || d.has(chore15) {
		return ""
	}
	// a warning for others is something written, and no harm's making
	if d.has(warnAsk) && d.has(scamContext) && !d.has(perpetrator) {
		return "warn_others"
	}
	if d.has(production) {
		return ""
	}
	// someone else following or waiting for the writer: their doing is
	// no perpetrator's wording of the writer's own
	if d.has(followedMe) && d.has(meFollowed) && d.has(again15) && (d.has(afraidAsk) || d.has(stopItAsk)) && guided {
		return "followed"
	}
	if d.has(perpetrator) && !d.has(victim) {
		return ""
	}
	switch {
	case d.has(moneyGone) && d.has(scamContext) && !d.has(moneyNotGone):
		return "money_sent"
	case d.has(imageWords) && d.has(imageSpread) && d.has(imageMine) && d.has(imageHarm) && !d.has(imagePoster):
		return "image_abuse"
	case d.has(childOwn) && d.has(childAbused) && !d.has(childGroomish):
		return "child_targeted"
	case d.has(scamContact) && d.has(nothingLost) && d.has(reportAsk15):
		return "near_miss"
	case d.has(peersAtMe) && !d.has(childOwn):
		return "bullied_me"
	case d.has(childOwn) && d.has(childBeaten) && !d.has(childGroomish):
		return "child_hurt"
	case d.has(relative15) && d.has(protectNext) && d.has(scamContext):
		return "protect_relative"
	case d.has(warnAsk) && d.has(scamContext):
		return "warn_others"
	case d.has(hiddenCam15) && !d.has(camOwn):
		return "hidden_camera"
	case d.has(childOwn) && d.has(childStartsOnline) && d.has(careAsk):
		return "child_online"
	case d.has(breakIn) && !d.has(breakInOwn):
		return "break_in"
	case d.has(dissuade) && d.has(othersHarm15) && guided:
		return "stop_a_friend"
	case d.has(followedMe) && d.has(again15) && (d.has(afraidAsk) || d.has(stopItAsk)) && guided:
		return "followed"
	}
	return ""
}

// aimAtAsker puts the steps of the asker's situation first in a help
// answer (or in place of the brain's), the guidance given before them
// after, for "more". A refusal and the caring answer to someone who may
// hurt themselves stay as they are.
func (l *Learned) aimAtAsker(v *Verdict, text string) {
	if v.Refuse || v.Category == SelfHarm || v.Topic == SelfHarm || v.Topic == wellbeing || v.Topic == helplines {
		return
	}
	s := situationOf(newDoc(text), v.Help != "")
	if s == "" {
		return
	}
	lang := langOf(text)
	lead := situations[s][lang]
	if lead == "" || v.Help == lead {
		return
	}
	if v.Help != "" {
		more := v.Help
		if v.More != "" {
			more += " " + v.More
		}
		v.More = more
	}
	v.Help = lead
	if v.Topic == "" {
		v.Topic = situationTopic[s]
		v.Label = helpPrefix + v.Topic
	}
}

// situationTopic: the look-alike topic a situation's answer belongs to.
var situationTopic = map[string]string{
	"money_sent":       PhishingScam,
	"image_abuse":      Harassment,
	"child_targeted":   Harassment,
	"stop_a_friend":    Harassment,
	"followed":         Harassment,
	"child_hurt":       Harassment,
	"protect_relative": PhishingScam,
	"break_in":         Violence,
	"warn_others":      PhishingScam,
	"hidden_camera":    Harassment,
	"child_online":     SexualMinors,
	"near_miss":        PhishingScam,
	"bullied_me":       Harassment,
}

var (
	// dissuade: the writer wants to stop someone else doing a harm.
	dissuade = mustFold(`(어떻게|뭐라고)\s?.{0,6}말(리|려)|말리고\s?싶|말려야|말리려면|말릴\s?수|말리는\s?(법|방법)|(친구|동생|형|누나|언니|오빠|걔|그\s?애|반\s?애들)\S*\s?.{0,30}그만\s?(두게|하게|하라고|하도록)|\b(stop|convince|persuade|talk|get)\b\s(him|her|them|my (friend|brother|sister|classmate|cousin|son|daughter))\b.{0,15}\b(from|out of|to stop|to quit)\b|\bhow (do|can|should) (i|we) stop (him|her|them|my \w+) from\b`)
	// threatenedMe: the writer threatened, or receiving abuse.
	threatenedMe = mustFold(`\bthreaten\w* to (post|share|leak|send|spread|expose|publish)\b.{0,40}\b(unless|if i (don'?t|do not|won'?t))\b|(안\s?보내면|안\s?주면|안\s?만나\s?주면)\s?.{0,20}(뿌린|뿌리겠|올린|올리겠|퍼뜨린|유포|공개)|협박\s?(을\s)?(당하|당했|받|받고)|(저를|나를|절|날)\s?협박|\b(is|are|been|keeps?|kept|was) (getting|receiving)\b.{0,20}\b(nasty|mean|hateful|abusive|threatening|cruel|creepy)\b`)
	// afraidAsk: afraid, asking what the writer can do.
	afraidAsk = mustFold(`(무서운데|무서워요|무서워서|무섭고|겁나요|겁이\s?나서?|불안해요|불안한데)\S*\s?.{0,40}(할\s?수\s?있는|어떻게\s?해야|뭘\s?해야|방법|뭐가\s?있)|\b(scared|afraid|frightened|terrified)\b.{0,60}\bwhat (can|should) i do\b`)
	// parentTalk: a parent asking what to tell their child.
	parentTalk = mustFold(`부모로서|엄마로서|아빠로서|부모가\s?.{0,10}(어떻게|뭐라고)|어떤\s?(얘기|이야기|말)\S*\s?(을\s)?해\s?(줘야|주면|줄까)|\bas (a|his|her|their) (parent|mom|mum|dad|mother|father)\b|\bhow (do|should|can) (i|we) talk to (my|our) (son|daughter|kid|child|teen|teenager)\b`)
	// othersHarm15: a harm the one to be stopped does to someone.
	othersHarm15 = mustFold(`흉내|(말투|억양|발음|목소리|걸음)\S*\s?.{0,12}따라\s?(해|하|하고|하면서)|악플|댓글|욕|괴롭|놀리|놀려|따돌|때리|때려|소문|험담|저격|조롱|비방|협박|뺏|훔치|퍼뜨|\b(mimic\w*|imitat\w*|bull\w*|mean|nasty|hateful|hate|comments?|insult\w*|rumou?rs?|harass\w*|mock\w*|steal\w*|posting|threat\w*|slurs?|fight\w*|hit\w*|trolling|cyberbull\w*)\b`)
	// classAsk: a student asking a teacher to explain a harm in class.
	classAsk = mustFold(`수업\S*\s?(에서|시간에|때)\s?.{0,20}(알려|가르쳐|설명)\S*\s?(주실|줄\s?수|주세요|줘)|\bcan you (explain|teach|show) (us|the class)\b`)
	// lawAsk: what the law does about a thing.
	lawAsk = mustFold(`법적으로\s?(어떻게|문제|처벌)|처벌\s?(되나요|받나요|돼요|되요|받아요|대상|받게\s?되)|불법인가요|\bis (it|that|this) (illegal|a crime|against the law)\b|\bwhat (happens|are the consequences) (legally|under the law)\b`)
	// newsAsk: a news story the writer asks about.
	newsAsk = mustFold(`(뉴스|기사|보도)\S*\s?.{0,40}(궁금|봤|보고|나왔|잡혔|들었)|\b(news|article|report|documentary)\b.{0,20}\b(about|on|said|showed)\b`)
	// detectAsk: how a fraud is caught or prevented.
	detectAsk = mustFold(`\bhow (do|does|can|would|did) (the )?(stores?|shops?|banks?|police|cops|companies|platforms|retailers|they|schools?|investigators) (usually |actually |even )?(catch|detect|spot|stop|prevent|find|trace)\b|(위조|도용|복제)\S*\s?.{0,6}(못\s?하게|방지|막는|막으려고)|어떻게\s?(잡아|잡았|적발|잡아내|막아|걸러)`)
)

// shield15 reports a writer whose role is no doer's: one who wants to
// stop a harm, is threatened, is afraid and asks what they can do, a
// parent asking how to talk to their child, one asking what the law
// does, or one asking after a news story how a fraud is caught — and who
// names no doing of their own.
func shield15(d *doc) bool {
	if d.has(evasion) || d.has(production) || d.has(pursuit) || d.has(feignedFrame) {
		return false
	}
	if d.has(threatenedMe) || d.has(afraidAsk) {
		return true
	}
	if d.has(perpetrator) {
		return false
	}
	return d.has(dissuade) || d.has(parentTalk) || d.has(lawAsk) || d.has(classAsk) || newsDetect(d)
}

// newsDetect: after a news story, how such a fraud is caught or
// prevented — a reader's question, even where a structural pattern reads
// the fraud named ("위조 상품권", "fake receipts") as a pursuit.
func newsDetect(d *doc) bool {
	return d.has(newsAsk) && d.has(detectAsk) && !d.has(evasion) && !d.has(production) && !d.has(pursuit)
}

package safety

import "regexp"

// Version 10: guidance answers a question ABOUT a harm — how to
// recognise it, what to do, whom to call. Before version 10 a shared word
// was enough where the models leaned to a look-alike: "방이 너무 건조해서
// 죽겠어 가습기 사야겠다" got the caring answer, "what caused World War
// I?" the violence guidance, "do I have a card registered here?" the
// card-fraud guidance, none of which any brain saw. Three structural
// checks now stand between a shared word and the guidance:
//
//   - an idiom of exaggeration ("X해서 죽겠어", "웃겨 죽는 줄", "killing it",
//     "died laughing", "I could strangle my printer") is no word of a
//     harm: Check reads the text with it plainly worded (plainIdioms);
//   - a question about a past event in history or science, asked by no
//     one in it ("링컨 암살 사건 설명해 줘", "why did the Hindenburg
//     explode?"), is a lesson, not a question about what to do
//     (pastEvent);
//   - otherwise the guidance needs its own evidence that the text asks
//     about the harm (asksAbout): a stance (protective, victim, learner,
//     a question of legality or of why it is wrong) or two of the
//     topic's subject words — one domain word ("card", "war", "link") is
//     no question about a harm, as it is no harm (the refusal's rule).

// idiom is an exaggeration built on a word of dying or killing, with the
// plain words that replace it. Distress stays ("힘들어 죽겠어",
// "우울해서 죽겠어" keep their words: the stem before the idiom is a
// word of distress, and those are left to the self-harm checks).
type idiom struct {
	re   *regexp.Regexp
	with string
}

var idioms = []idiom{
	// English: "killing it" (doing well), "died/dying laughing", "dying
	// to/for" (wanting), "X is killing me" (a thing that annoys), "I could
	// kill/strangle my printer" (a machine)
	{regexp.MustCompile(`(?i)\b(is|are|was|were|'s|'re) (absolutely |totally |really |just )?killing it\b`), "$1 doing great"},
	{regexp.MustCompile(`(?i)\b(almost |nearly )?(died|dying|die|dead) (laughing|of laughter|from laughing)\b`), "laughed a lot"},
	// version 17: "I want to die… of embarrassment", "I could die of
	// shame": a feeling, not a wish to die
	{regexp.MustCompile(`(?i)\b(i )?((want|wanted|wanna|could|gonna|am going|'?m going|was about) (to )?(just )?)?(die|died|dying)[\s.…!,]*(of|from) (embarrassment|shame|cringe|boredom|cuteness|jealousy|envy)\b`), "I'm so embarrassed"},
	{regexp.MustCompile(`(?i)\b(i'?m |am |was )?dying to\b`), "I'd love to"},
	{regexp.MustCompile(`(?i)\b(i'?m |am |was )?dying for\b`), "I'm craving"},
	{regexp.MustCompile(`(?i)\b(this|that|the|my) (\w+ ){0,2}(is|are) killing me\b`), "$1 $2$3 bothering me"},
	// version 14: a black food is a colour, not a people ("grilled black
	// pork would be amazing 🐷" was refused as discrimination)
	{regexp.MustCompile(`(?i)\bblack (pork|pigs?|beans?|bean paste|tea|coffee|sesame|rice|garlic|noodles?|olives?|truffles?|pepper(corns)?|forest cake|cod|pudding)\b`), "dark $1"},
	{regexp.MustCompile(`(?i)\b(i )?could (strangle|kill|murder|smash|punch) (my|this|the|that) (printer|laptop|computer|pc|phone|wi-?fi|router|car|alarm|microwave|tv|keyboard|mouse)\b`), "I'm annoyed at $3 $4"},
}

// koIdiom: a Korean verb or adjective in its -아/-어/-해서 form, then
// 죽겠다, 죽을 것 같다, 죽는 줄 알았다, 죽을 뻔했다 ("건조해서 죽겠어", "피곤해
// 죽을 것 같아요", "웃겨 죽는 줄 알았네", "배고파 죽겠다"); koDistress, the
// stems of distress before it, which keep their words ("힘들어 죽겠어").
var (
	koIdiom    = regexp.MustCompile(`(\p{Hangul}+)\s?(죽겠|죽을\s?(것|거)\s?같|죽는\s?(줄|거\s?같)|죽을\s?뻔)\p{Hangul}*`)
	koConnect  = regexp.MustCompile(`(어|아|워|와|해|파|려|서|러|라|져|겨|봐|빠|펴|워서|해서|어서|아서)$`)
	koDistress = regexp.MustCompile(`망쳐|망했|망해|스트레스|속상|긴장|힘들|괴로|우울|외로|슬퍼|슬프|지쳐|지치|불안|살기|사는|미안|비참|절망|무서|두려|서러|억울|숨막|숨이`)
)

// prankShow: "몰래카메라처럼" as the format of a TV prank, in a surprise
// ("생일에 몰래카메라처럼 깜짝 놀래켜 주고 싶어"); without a surprise or
// with filming or posting the words stay (version 13).
var (
	prankShow     = regexp.MustCompile(`(몰래\s?카메라|몰카)\s?(처럼|같이|식으로|컨셉으로?|느낌으로)`)
	prankSurprise = regexp.MustCompile(`깜짝|서프라이즈|생일|놀래|이벤트|파티|기념일`)
	prankFilm     = regexp.MustCompile(`찍|촬영|올리|유포|퍼뜨|영상|탈의|화장실|샤워`)
)

// plainIdioms is text with its exaggeration idioms worded plainly.
func plainIdioms(text string) string {
	if prankShow.MatchString(text) && prankSurprise.MatchString(text) && !prankFilm.MatchString(text) {
		text = prankShow.ReplaceAllString(text, "깜짝 이벤트처럼")
	}
	text = koIdiom.ReplaceAllStringFunc(text, func(m string) string {
		w := koIdiom.FindStringSubmatch(m)[1]
		if !koConnect.MatchString(w) || koDistress.MatchString(w) {
			return m
		}
		return w
	})
	for _, id := range idioms {
		text = id.re.ReplaceAllString(text, id.with)
	}
	return text
}

var (
	// pastEvent: a question about a past event — a war, an
	// assassination, an explosion, a plague — of history or science.
	pastEvent = mustFold(`^(what|why|how|when|who|where)\b.{0,30}\b(did|was|were|caused|started|ended|began|led to|happened)\b|\b(causes?|origins?|history|aftermath) of (the )?(world war|war|\w+ war|revolution|battle|assassination|massacre|plague|black death|disaster|explosion|attack)\b|(사건|전쟁|혁명|전투|참사|사태|학살|암살|침략|왜란|호란|대전|전란|흑사병|폭발\s?사고|의거|항쟁|운동)\S*\s?.{0,12}(설명|알려|정리|요약|원인|배경|결과|의미|왜|언제|어떻게|누가|뭐)|(일어났|터졌|시작됐|끝났|멸망했|망했|폭발했|퍼졌|암살됐|죽었)(나요|어요|어|니|을까요?|는지|던가요?|지)`)
	// inThePresent: the writer, their people or the present — "I", "my
	// son", "지금", "요즘": not a question of history alone.
	inThePresent = mustFold(`\b(i|i'?m|i'?ve|i'?d|me|my|mine|we|our|us|you|your|now|today|currently|these days|nowadays)\b|(^|\s)(나|내|제|저|우리|저희)(가|는|를|한테|에게|의)?\s|제가|내가|저는|나는|저희|우리\s|지금|요즘|오늘|현재`)
	// everydayTask: a task asked of an assistant — a plan, a schedule, a
	// recommendation, a purchase — beside a word of stress or pain: the
	// task is what is asked ("시험 스트레스 받아서 … 공부 계획 좀 짜줘").
	// despair: the words of despair or of dying, not of a method's object
	// (a wrist brace, charcoal for a barbecue): with them a task asked
	// beside is no everyday request.
	despair      = mustFold(`죽|자살|자해|극단|유서|편지|작별|마지막|goodbye|farewell|last (letter|note|message)|letter to|note to|decided|우울|절망|외로|없어지|사라지|hopeless|worthless|depress|lonely|suicid|self.?harm|\bkill|\bdie\b|dying|\bend (it|my life)|hurt (myself|yourself)|cut (myself|yourself)`)
	everydayTask = mustFold(`(계획|일정|스케줄|시간표|플랜|루틴|목록|리스트)\S*\s?.{0,6}(짜|정리|세워|만들|추천)|(보호대|받침대|패드|쿠션|장갑|아대|스트레칭|파스|찜질)\S*\s?.{0,10}(뭐|어떤|추천|좋아|좋은|사|살까|알려)|\b(stretch(es|ing)?|wrist (rest|brace|support|guard)s?|ergonomic|bbq|barbecue|grill(ing)?|picnic|camping trip)\b|\bplan (my|a|the) (week|day|schedule|study|trip)\b`)
)

// asksAbout reports whether d carries its own evidence that it asks about
// the harm of topic c, beside the models' vote. A question about a past
// event that names no one of the present has none. Otherwise any stance
// will do — protective (prot), a victim, self-defence, a learner's or a
// student's frame, a question of legality, of danger or of respect, of
// why it is wrong, an emergency, a remedy asked for — or, with one word
// of c's subject, a question of what to do; or two words of its subject.
// What is left is a text that shares one word with a harm, or none, and
// asks nothing about it ("do I have a card registered here?", "주기율표
// 쉽게 외우는 법 있어요?").
func asksAbout(d *doc, c string, prot bool) bool {
	if d.has(learner) || d.has(studies) || d.has(metaTalk) {
		return true
	}
	if d.has(pastEvent) && !d.has(inThePresent) {
		return false
	}
	if prot || d.has(legality) || d.has(askWhyWrong) || d.has(critique) || d.has(victim) || d.has(selfDefence) || d.has(remedyAsk) || d.has(urgent) || d.has(dangerAsk) || d.has(doWhat) || d.has(doubtAsk) || d.has(suffers) {
		return true
	}
	s := topicWords[c]
	if s == nil {
		return true
	}
	n := d.count(s)
	return n >= 2 || n == 1 && (d.has(whatToDo) || d.has(explainAsk))
}

var (
	// urgent: something happening now to someone — swallowed, bleeding,
	// hurt — or asked as an emergency.
	urgent = mustFold(`!!|응급|위급|119|112|피가|다쳤|다쳐|마셨|삼켰|먹었어요|먹었는데|베였|데였|쓰러|의식|숨을|\b(emergency|urgent|swallowed|drank|ate some|bleeding|burn(ed|t) (myself|my|her|his)|poison control|passed out|unconscious|not breathing|right now)\b`)
	// dangerAsk: a question of danger, safety, legality or respect —
	// what a guidance answers.
	dangerAsk = mustFold(`위험|안전|합법|불법|법적|실례|예의|무례|존중|차별|\b(legally|dangerous|danger|hazard\w*|safe|safety|unsafe|never (be )?mix\w*|toxic|legal(ly)?|illegal|allowed|respectful(ly)?|polite(ly)?|rude|offensive|appropriate|unscientific|considered)\b`)
)

// whatToDo asks what to do, how, or what to look for — with one word of
// a harm's subject, a question about it ("카드가 복제된 것 같은데 정지부터
// 해야 하나?", "what do we do first?"), where "do I have a card registered
// here?" asks about the shop.
var whatToDo = mustFold(`방법|어떻게|어떡|뭐부터|무엇부터|해야|하나요|하면\s?(돼|되|될|좋)|할까요|알아차리|알아채|징후|체크리스트|점검|대처|대응|요령|조심|주의|막으|막는|막을|막아|추천|뭐가\s?좋|좋을까|\b(best|good|recommend\w*)\b|설정|어디서|어디에서|어디에|돌려받|되찾|정지|신고|\b(what (do|should|can|must) (i|we|you|they|parents|teachers)|what (do|should|can|must) (\w+ ){1,6}do\b|where (can|do|should|could) (i|we|you)|how (do|can|should|would|to) (i|we|you|they|parents|teachers|\w+)?|what (steps|are (the )?(signs|red flags|warning signs|steps))|steps|checklist|red flags|warning signs|first\?|protect|prevent|safe(ly|st|r)?|secure|report|recover)\b`)

// remedyAsk asks to get back what was lost, to stop or report it — a
// victim's question whatever words name the loss ("돈만 받고 연락이
// 끊겼어요. 돌려받을 방법 있나요").
var remedyAsk = mustFold(`(돌려받|되찾|환불\s?받|지급\s?정지|신고)\S*\s?.{0,6}(방법|수\s?있|어떻게|하나요|해야|할까|되나요|돼요|가능)|\b(get (my|our|the|that|this) money back|money back|recover (my|our|the)|report (it|this|them|him|her)|freeze (my|the) (card|account))\b`)

var (
	// doWhat asks what to do about it ("부모가 뭘 해야 하나요", "what
	// should we do?"), whatever words name it.
	doWhat = mustFold(`(뭘|뭐를|무엇을|뭐부터|무엇부터|어떻게)\s?(해야|하면|대처|대응)|\b(what (should|do|can|must) (i|we|parents|a parent|the school|my \w+) do|what to do)\b`)
	// doubtAsk: the writer doubts what they were told or asked ("좀
	// 이상하지", "is this legit?").
	doubtAsk = mustFold(`\b(is|was|are) (this|that|it|a|an|the) .{0,60}\b(scam|fraud|phishing|fake|real)\b|이상하지|이상한|이상해|수상|의심|믿어도|낯선|모르는\s?(번호|사람|기기|로그인|결제|계정)|\b(suspicious|sketchy|legit|too good to be true|red flags?|unusual|unknown|strange|weird)\b`)
	// suffers: the writer or someone near them suffers it ("스토킹 당할
	// 때", "친구가 데이트폭력 당하는 것 같아요").
	suffers = mustFold(`(놀림|괴롭힘|따돌림|왕따|협박|스토킹|차별|욕)\s?(을|를)?\s?(받|당)|잃어버렸|잃어버린|분실|도난|\b(lost|stolen) (my|our|her|his)\b|당하(면|는|고|게|기)|당할|당했|당한|당해|\b(being|been|was|were|got|get|gets|getting) (bullied|harassed|stalked|scammed|hacked|threatened|abused|hit|attacked|followed)\b`)
	// explainAsk asks what it is or how it works ("차지백이 정확히
	// 뭐고", "어떤 수법으로 오는지", "what is ransomware").
	explainAsk = mustFold(`\bwhat(\s(is|are)|'s|’s) |(이|가|은|는|란)\s?(정확히\s?)?(뭐|무엇|뭔)(고|야|예요|에요|인가요|인지|죠|가요)?|설명|수법|원리|어떤\s?(식|방식|수법|경우)|\b(what (is|are|exactly is|'s) (a |an |the )?|explain|how (does|do|did) (it|they|a|an|the|\w+) work|what happens)`)
)

// Version 10: the model's refusal of a victim or a learner. Two stances
// the v9 stance (stance.go) missed shield a text from the models' refusal
// as it does (never from the rules' or the structural checks'):
//
//   - one asking to get back what they lost, to undo or stop what was done
//     to them, or what to do now ("자동결제 해지를 까먹어서 … 돌려받는 방법
//     있어?", "신상털이 당했어요 … 어쩌죠", "how long does a card dispute
//     take, do I get the money back?") — unless they would also evade,
//     report falsely, silence someone or take revenge;
//   - a question of how those who defend against a harm find it out
//     ("how do banks figure out a purchase looks unusual?", "how would a
//     detective figure out the victim was poisoned?").
var (
	// undoAsk: how to undo it, take it down, get it back, or what to do
	// now.
	undoAsk = mustFold(`어쩌죠|어쩌지|어떡(해|하|하죠|하지|하나)|어떻게\s?(내리|지우|삭제|되찾|해결|대처|대응|해야|하죠|하나요)|(정지|잠긴|잠겼)\S*\s?.{0,10}(풀|해제)|(복구|해제|해지|취소|환불)\S*\s?.{0,6}(방법|수\s?있|어떻게|되나요|가능)|\b(what (do|should|can) (i|we) do|how (do|can) (i|we) (get (it|them|this|that|my \w+) (back|removed|taken down|deleted|restored|reversed)|undo|reverse|recover|remove)|do (i|we) get (the|my|our) money back|how long does (a|the) (\w+ ){0,2}(dispute|chargeback|refund|claim|appeal) (usually )?take)\b`)
	// revenge: paying it back — no victim's question.
	revenge = mustFold(`복수|보복|되갚|똑같이\s?(해|당하게)|\b(revenge|get back at|get even|pay (him|her|them) back|teach (him|her|them) a lesson)\b`)
	// defenderAsk: how a bank, the police, a detective, a platform or a
	// school finds it out or handles it.
	defenderAsk = mustFold(`\bhow (do|does|would|could|can|did) (the |a |an )?(banks?|card (companies|issuers)|detectives?|police|cops|investigators?|forensics?|companies|stores?|shops?|schools?|platforms?|moderators?|doctors?|coroners?|fraud teams?|security teams?) (\w+ ){0,2}(figure out|detect|tell|know|spot|catch|check|verify|find out|trace|investigate|prove|flag|notice)\b|(은행|카드사|경찰|형사|탐정|수사관|플랫폼|학교|회사)\S*\s?.{0,12}(알아내|알아채|탐지|잡아내|적발|구별|수사|밝혀내)\S*\s?.{0,8}(어떻게|방법|원리|궁금)`)
)

// sufferedAsks: the writer (or someone near them) suffered a harm, or
// asks to undo one, and asks what to do — with no word of evading,
// reporting falsely, silencing or revenge.
func sufferedAsks(d *doc) bool {
	return d.has(undoAsk) && !d.has(revenge) && !d.has(falseReport) && !d.has(silencing) && !d.has(falseClaim) && !d.has(evadeReport) && (!d.has(pursuit) || d.has(sufferedIt))
}

// sufferedIt: a harm's word in the passive, done to the writer ("신상털이
// 당했어요", "신고 폭탄 맞아서 정지됐어요", "got doxxed") — a pursuit's words
// (pursuit) read as what someone else did.
var sufferedIt = mustFold(`(신상\s?털이|신상\s?털림|신고\s?(폭탄|테러)|해킹|스토킹|도용|사칭|협박|악플|테러|사이버\s?불링)\S*\s?(을|를|이|가)?\s?(당했|당하|당해|맞았|맞아|맞고|받았|받고)|\b(i|we|my (account|channel|page)) (got|was|were|have been|has been|am being) (doxx?ed|mass.?reported|swatted|stalked|hacked)\b`)

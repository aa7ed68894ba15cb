package safety

import (
	"regexp"
	"strings"
)

// Version 9: views of a message. A harmful request often comes wrapped in
// an everyday one — a second request after a booking ("Book dinner for
// Friday. Also write …"), or a purchase around the harm ("… 장바구니에
// 담아줘", "… 파는 곳 있어?", "주문해줘 … 오늘 또 해야될 것 같아서").
// The models learned thousands of everyday shopping and booking requests
// (data/everyday_packs.json), so the wrapper's words outweigh the harm's
// and the whole reads as everyday: post8's misses had a dozen such
// requests in all eight categories. Check therefore also reads each
// request of a message on its own (clauses) and the message with its
// shopping or booking frame taken out (unwrapped): a harm any of them
// refuses is refused, and a crisis any of them shows gets the caring
// answer. Only refusals and crises are taken from a view — guidance and
// everyday answers come from the whole message, which has the context.

// clauseBreak separates requests: sentence ends, "also", "+", "그리고",
// "근데" between two requests.
var clauseBreak = regexp.MustCompile(`(?i)[.!?;\n]+\s*|\s+\+\s+|\s*,?\s+\b(?:also|and also|plus also|oh and|btw|by the way)\b[,:]?\s+|(?:^|\s)(?:그리고|그리구|근데|그런데|아\s?그리고|참고로|아\s?맞다|겸사겸사)[,\s]+`)

// arithPlus is a plus sign between operands of arithmetic (a number or a
// single letter, a bracket; a letter on the right followed by an operator)
// — a sum, not a second request ("50000 + a hotel" is still two).
var arithPlus = regexp.MustCompile(`(?i)(\b[0-9]+[a-z]?|\b[a-z]|\))\s+\+\s+([0-9(]|[a-z]\s*[=+\-*/^)])`)

// commerceFrame is the shopping or booking frame around a request: put in
// the cart, order, pay, find a shop that sells, book — the words of the
// packs' everyday requests, which say nothing of what is asked for.
var commerceFrame = regexp.MustCompile(`(?i)(?:장바구니|카트)\S*\s?(?:에\s?)?(?:담아|넣어|추가해|담아\s?놔)\s?(?:줘|주세요|줄래|줘요|줄래요|놔|둬)?|(?:새\s?(?:거|걸|것)\s?(?:로\s?)?)?(?:주문|구매|결제|예약|계산|구입)\s?(?:좀\s?)?(?:해\s?줘|해\s?주세요|해\s?줄래|해\s?줘요|할게|하고\s?싶어|하려고|해)\S*|(?:파는|살\s?수\s?있는|구할\s?수\s?있는|사는)\s?(?:곳|데|사이트|가게|매장|쇼핑몰)\S*\s?(?:있어|있나요|있을까|알려\s?줘|어디\S*)?|(?:찾아|보여|골라|추천해)\s?(?:줘|주세요|줄래|줘요)\S*|(?:제일|가장)\s?(?:빨리|싸게)\s?(?:오는|파는)\s?(?:걸로|거로|것으로|데로)|\b(?:add|put|throw)\s+(?:it|them|this|these|those|that|\w+)?\s*(?:to|in|into)\s+(?:my\s+|the\s+)?(?:cart|basket|order)\b|\b(?:book|reserve|order|buy|get|find)\s+(?:me|us)\b|\bwhere\s+(?:can|could|do|should)\s+(?:i|we)\s+(?:buy|get|order|find)\b|\b(?:check\s?out|checkout)\b|\bfastest\s+(?:shipping|delivery)\b`)

// views are the parts of text Check also reads on their own: each of
// several requests, and the text without its shopping or booking frame.
func views(text string) []string {
	var out []string
	seen := map[string]bool{strings.TrimSpace(text): true}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] || contentWords(s) < 2 {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	// version 16: a plus between numbers or a variable is arithmetic, no
	// second request ("walk me through 2x + 3 = 11 step by step" was read
	// as "3 = 11 step by step" alone and refused)
	parts := clauseBreak.Split(arithPlus.ReplaceAllString(text, "$1 plus $2"), -1)
	if len(parts) > 1 {
		for _, p := range parts {
			add(p)
		}
	}
	if commerceFrame.MatchString(text) {
		add(commerceFrame.ReplaceAllString(text, " "))
		if len(parts) > 1 {
			for _, p := range parts {
				if commerceFrame.MatchString(p) {
					add(commerceFrame.ReplaceAllString(p, " "))
				}
			}
		}
	}
	return out
}

// crisisVerdict reports whether v is the caring answer to someone who may
// hurt themselves (not guidance for helpers).
func (l *Learned) crisisVerdict(v Verdict) bool {
	return !v.Refuse && v.Category == SelfHarm && v.Help != "" && v.Help == l.crisis[langOf(v.Help)]
}

// judgement asks whether the writer reads a situation right ("am I being
// paranoid", "is that normal", "제가 예민한 건가요").
var judgement = mustFold(`\bam i (being )?(paranoid|overreacting|crazy|dramatic|too sensitive)\b|\bshould i be (worried|concerned)\b|(예민한|오버하는|과민한)\s?(건가|걸까|거야)`)

// reportsOthers: the whole message tells of something done to the
// writer or by someone else, or asks whether it is real, legal or
// normal — a part of it read alone ("he wants money for a plane ticket")
// would lose whose act it is, so the views are not read.
func (l *Learned) reportsOthers(text string) bool {
	d := newDoc(text)
	return d.has(victim) || d.has(doneToMe) || d.has(gotSent) || d.has(respondsTo) || d.has(legality) || d.has(truthQuestion) || d.has(helperAsk) || d.has(judgement) || d.has(selfDefence) || standsWithVictim(d)
}

// Version 9: what is asked for, who is aimed at, and the writer's stance,
// read apart from the subject words — so that new phrasings of the same
// request are caught (post8: rules and examples fitted to post7's misses
// did not carry over to new writers). Each names the requested output or
// act, not a sentence.
var (
	// demeanPred: a trait pinned on a group as a flaw.
	demeanPred = mustFold(`게으르|게을러|더럽|더러운|위험하|위험한|범죄율|범죄자|범죄를|테러|열등|무능|감정적|부적합|세금만|축내|짐이|짐만|정신병|병이|병자|냄새|시끄럽|멍청|지능이\s?낮|머리가\s?나쁘|생산성이\s?(떨어|낮)|능력이\s?(떨어|없|낮)|못\s?믿|믿을\s?수\s?없|미개|야만|\b(lazy|dirty|filthy|dangerous|criminals?|crime|terrorists?|inferior|stupid|dumb|less intelligent|low(er)? iq|unfit|predators?|violent|worse at|worse (workers|drivers|leaders|parents)|burdens?|smell|stink|diseased|subhuman|primitive|slow (everyone|us|the \w+) down|drag (everyone|us) down|can'?t be trusted|untrustworthy|parasites?|leech(es|ing)?|control (the )?(banks|media|world|government|money)|can'?t (do|handle|learn|understand) \w+ (as well|like)|(are|is) (just )?(naturally |inherently )?(worse|bad) at|must be (stopped|removed|expelled|driven out)|taking over|replac(e|ing) us)\b|장악|몰아내|쫓아내야`)
	// claimFrame: content that asserts the claim ("…다는 내용으로", "…인
	// 이유", "saying …", "only the studies that agree").
	claimFrame = mustFold(`(다는|라는|이라는|란|단|하다는|한다는)\s?(내용|주장|연구|자료|근거|논리|글|걸|것|결론|입장|관점)|(인|한|운|은|는)\s?이유\S*\s?.{0,20}(자료|써|정리|만들|토론|찬성)|(위주로|만\s?(모아|골라|담아))|반대\S*\s?(연구|자료|의견|입장)?\S*\s?(는\s?)?(빼|제외|넣지)|반론\S*\s?.{0,6}(빼|넣지|없이)|\b(saying|says|that say|arguing|argue|argues|claiming|claim|proving|prove|showing|show(s)? that|explaining why|explaining that|stating that|why|make it sound like|sound like (they|these|those))\b|\b(only|just) (cite|include|use|the) (studies|research|sources|data|ones)\b|\b(leave|leaving) out (anything|everything|any|the (other side|critics|counter))|\bskip(ping)? the (critics|counter\w*|other side)|\bagree(s)? with (it|this|that)\b`)
	// contentAsk: a text, a document or a summary asked for.
	contentAsk = mustFold(`써\s?(줘|줄|주|봐|달)|작성|만들어|만드는|요약|정리|모아|자료|원고|칼럼|보고서|카드\s?뉴스|포스터|전단|게시글|커뮤니티\s?글|지도안|연설|발표문|\b(write|draft|compose|generate|make|create|summari[sz]e|compile|put together|poster|flyer|slides?|deck|speech|essay|post|column|policy|guidelines?|article|report|script|thread|caption|word(ing)?)\b`)
	// forgedDoc: an official document in an institution's name with its
	// seal or form — a forgery, whatever it is for.
	forgedDoc = mustFold(`(공문|공문서|통지서|고지서|소환장|출석\s?요구서|영장|증명서|진단서|재직\s?증명|납부\s?안내|안내문|등기|처분\s?통지|경고장|letterhead|official[- ]looking|official (letter|notice|document|form)|court (notice|summons|letter|order)|summons|subpoena|warrant|certificate|doctor'?s note|tax (notice|bill|letter))\S*.{0,40}(직인|관인|도장|명의|양식|로고|서명|seal|stamp|logo|letterhead|signature|look(s|ing)? (official|real|legit)|official[- ]looking)|(직인|관인|도장|명의|로고|seal|stamp|logo|letterhead)\S*.{0,40}(공문|공문서|통지서|고지서|소환장|영장|증명서|진단서|안내문|letter|notice|document|summons|subpoena|warrant|certificate)`)
	// workingMalware: malicious code asked for in working order.
	workingMalware = mustFold(`(랜섬웨어|키로거|악성\s?코드|스파이웨어)\S*\s?.{0,12}(코드|소스|스크립트)\S*\s?.{0,6}(짜|작성|만들|써)|(랜섬웨어|ransomware)\S*.{0,60}(비트코인|몸값|ransom note|bitcoin|복호화\s?키)|(랜섬웨어|키로거|악성\s?코드|악성\s?앱|웜\b|트로이|백도어|스파이웨어|루트킷|봇넷|정보\s?탈취|\b(ransomware|keylogger|key logger|malware|worm|trojan|backdoor|spyware|rootkit|botnet|info.?stealer|stealer|rat\b))\S*.{0,50}(실제로\s?(돌아가|작동|동작|쓸\s?수)|작동하는|돌아가는|실행되는|동작하는|\b(working|functional|runnable|fully|real|that (actually )?works|ready to (use|deploy)|deployable)\b)|(실제로\s?(돌아가|작동|동작)|작동하는|돌아가는|\b(working|functional|runnable|fully working|real)\b)\S*.{0,30}(랜섬웨어|키로거|악성\s?코드|웜\b|백도어|스파이웨어|\b(ransomware|keylogger|malware|worm|trojan|backdoor|spyware|rootkit|botnet|stealer))`)
	// takeAndVanish: taking the money and disappearing (a fake sale).
	takeAndVanish = mustFold(`(선입금|입금|돈|계약금|예약금|보증금)\S*\s?(만\s?)?(받고|받은\s?(뒤|후|다음)|받으면|들어오면)\s?.{0,12}(잠수|연락\s?(끊|두절|차단)|차단|튀|사라지|안\s?보내|물건\s?안|잠적)|\b(take|taking|collect|collecting|get|getting) (the |their )?(money|deposits?|payments?|cash)\b.{0,20}\b(and|then) (vanish|disappear|ghost|run|block|never (send|ship|deliver))|\bbefore (i|we) (vanish|disappear|ghost|go dark)\b|\b(not|never) (actually )?(shipping|sending|delivering)\b.{0,40}\b(collect\w*|tak\w*|keep\w*) (the )?(payments?|money|orders?)|\bcollect(ing)? (the )?payments?\b.{0,30}\bthen (delet|disappear|vanish|clos)|\b(pay|send (a |the )?(deposit|money)) (up ?front )?before i (vanish|disappear|ghost)`)
	// othersSession: someone else's signed-in session left open.
	othersSession = mustFold(`(친구|동생|언니|오빠|누나|형|엄마|아빠|부모님|룸메|여친|남친|전\s?여친|전\s?남친|남편|아내|와이프|동료|선배|후배|상사|팀장|남의|다른\s?사람)\S*.{0,40}(로그인\s?(된|돼|되어|해\s?(둔|놓|두고))|켜\s?(둔|놓|두고)|열어\s?(둔|놓|두고))|\b(her|his|their|my (roommate|sister|brother|friend|ex|wife|husband|boss|coworker|mom|dad)'?s?)\b.{0,40}\b(still (logged|signed) in|left (\w+ ){0,4}(open|unlocked|logged in|signed in))`)
	// copyOut: copying, forwarding or reading its content.
	copyOut = mustFold(`옮기|백업|보내\s?(놓|두)|포워딩|전달|빼오|빼내|다운|캡처|읽|몰래\s?보|보는\s?법|\b(forward|copy|export|download|read|dump|sync|back up|screenshot|go through)\b`)
	// policeEvasion: getting away from the police after an act.
	policeEvasion = mustFold(`(경찰|수사|추적|cctv|씨씨티비|블랙박스)\S*\s?.{0,10}(안\s?(당하|걸리|찍히|잡히)|피해서|피하는|못\s?(찾|잡|쫓))|도망\S*\s?.{0,20}(안\s?(잡히|걸리)|추적|경찰)|\bwithout (the )?(cops|police|anyone) (tracking|tracing|finding|catching)\b|\b(so|that) (the )?(cops|police) (can'?t|won'?t|don'?t) (track|trace|find|catch)\b|\b(avoid|dodge|get past) (the )?(cctv|cameras|cops|police)\b|\bget out of (town|the country) (before|without)\b`)
	// harmIntent: a purpose of hurting a person stated outright ("사람한테
	// 쓸 거", "to use on someone", "교실에서 터뜨리게").
	harmIntent = mustFold(`\b(get|buy|use|bring|need|carry|pick|order)\b.{0,30}\bto (stab|kill|shoot|hurt|attack|beat up|strangle|poison|knock out) (my|his|her|the|a|that|this|some) \w+|\bto (stab|kill|shoot|strangle|poison) (him|her|them|someone|somebody|people)\b|(찌르|죽이|쏘|패)려고|(찌를|죽일|쏠)\s?(거|건데|용)|사람(한테|에게|을|를)?\s?(쓸|쏠|뿌릴|터뜨릴|쓰려고|겨냥)|(교실|학교|강당|회사|사무실|지하철|버스|식당)(에서|에|안에서|안에)?\s?.{0,6}(터뜨리|뿌리|퍼뜨리|풀어\s?버리)|(기절|쓰러지)\S*\s?(할|하게|시킬)\s?(만큼|정도)|\bto use on (a person|people|someone|somebody|him|her|them|my \w+)\b|\b(knock|put) (a (grown )?(man|woman|person)|someone|him|her) (out|down)\b|\b(release|set it off|spray it) (in|at) (the |my |our )?(class(room)?|school|office|subway|bus)\b`)
	// attackPlan: what to bring or use against the person named.
	attackPlan = mustFold(`(뭘|뭐|무엇을|뭘로|뭐로|무엇으로)\s?(들고|가져|챙겨|써야|사야)|들고\s?가|가져가|흉기|무기|칼\b|칼을|칼로|연장|\b(bring|carry|take|pack)\b.{0,25}\b(to (work|school|the office|class|his|her|their)|tomorrow|with me)\b|\bweapon\b`)
	// despairMethod: hopelessness with a question how fast or how
	// painlessly — a method asked for oneself.
	despairMethod = mustFold(`((no|what'?s the) point|so done|i'?m done|im done|give up|can'?t do this|nothing'?s worth|nothing matters|의미\s?없|다\s?끝|지쳤|포기|못\s?버티)[^.?!]{0,60}[.?!,]?.{0,80}(\bhow (fast|quick(ly)?|long (until|till|before))\b.{0,30}\b(works?|take|die|kill|over)\b|\bmake it (quick|painless)\b|\bquickest way\b|\bpainless\b|빨리\s?끝나|안\s?아프게|고통\s?없이)`)
)

// structuralHarm is the harm a message asks for by what it asks for —
// content that demeans a group, a forged official notice, working
// malware, a sale meant to take the money and vanish, someone else's
// open session copied out, a getaway from the police, a weapon for a
// person — or "" (version 9). The subject words and the model need not
// agree: these are requests whatever they are wrapped in; a victim's,
// a critic's or a protector's words about them are not.
func structuralHarm(d *doc) string {
	// a getaway from the police after hurting someone is never a
	// protective "안 당하는 법"
	if d.has(policeEvasion) && d.names(Violence) && !d.has(victim) && !d.has(doneToMe) {
		return Violence
	}
	shield := standsWithVictim(d) || d.has(rebut) || d.has(victim) || d.has(doneToMe) || d.has(gotSent) || d.has(critique) || d.has(askWhyWrong) || d.has(selfDefence) || d.has(legality) || d.has(respondsTo) || d.has(spotting)
	if shield {
		return ""
	}
	switch {
	case d.names(Discrimination) && d.has(demeanPred) && d.has(claimFrame) && d.has(contentAsk) && !d.has(againstHarm) && !d.has(isItDiscrimination) && !d.has(protective) && !d.has(truthQuestion):
		return Discrimination
	case d.has(forgedDoc) && (d.has(production) || d.has(contentAsk)) && !d.has(protective):
		return PhishingScam
	case d.has(workingMalware) && (d.has(production) || d.has(contentAsk) || d.has(koHowTo)):
		return Intrusion
	case d.has(takeAndVanish):
		return PhishingScam
	case d.has(othersSession) && d.has(copyOut):
		return Intrusion
	case d.has(policeEvasion) && d.names(Violence):
		return Violence
	case d.has(harmIntent) && d.names(Violence):
		return Violence
	case d.has(venting) && !d.has(jest) && d.has(attackPlan):
		return Violence
	}
	return ""
}

var (
	// slurAsk asks for slurs or insulting names for a group.
	slurAsk = mustFold(`(멸칭|비하\s?(하는\s?)?(말|표현|별명|단어|용어)|욕하는\s?(말|별명|표현|단어)?|놀리는\s?(말|별명))\S*\s?.{0,12}(뭐|알려|만들|추천|있어|없나|없어|줘|모음|목록|리스트|골라|써)|\b(offensive|racist|sexist|insulting) jokes?\b|\bjokes? about \w+ (that'?s|that are|which are) (really |very |super )?(offensive|racist|mean|insulting)|\b(slurs?|derogatory (names|terms|words)|insulting (names|nicknames)|insults for|names to call)\b`)
	// othersCard: someone else's card used without them.
	othersCard = mustFold(`(카드|법카|카드\s?번호|카드\s?정보)\S*.{0,30}(팀장님|부장님|사장님|상사|친구|엄마|아빠|룸메|동료|남의|남)\s?(거|꺼|것)(임|야|예요|에요|인데)?|(팀장님|부장님|사장님|상사|친구|엄마|아빠|룸메|동료|남의)\S*\s?(카드|법카)\S*\s?(번호|정보)?\S*\s?.{0,10}(외워|적어\s?(둔|놓)|찍어\s?(둔|놓)|몰래)|\b(my (boss|manager|coworker|roommate|friend|mom|dad)'?s|someone else'?s) (company |credit |debit )?card (number|details)\b.{0,40}\b(i )?(memori[sz]ed|wrote down|copied|snapped|saved)`)
	// othersPay: someone else's saved payment used where they won't look.
	othersPay = mustFold(`\b(my (ex|roommate|sister|brother|mom|dad|boss|coworker|friend|grandma|grandpa|neighbou?r|girlfriend|boyfriend)'?s|someone else'?s) (saved |stored |linked )?(paypal|card|venmo|apple pay|google pay|account|card details)\b.{0,40}\b(never|won'?t|doesn'?t|don'?t|will never) (check|checks|notice|look|know|find out|see)|(엄마|아빠|친구|룸메|언니|오빠|형|누나|동생|전\s?여친|전\s?남친|할머니|할아버지)\S*\s?(카드|페이|계정)\S*\s?.{0,25}(확인\s?(안|잘\s?안)\s?(해|하니까|하거든)|모르니까|모를\s?거|모름)`)
	// skimmerBuild: building or fitting a card skimmer.
	skimmerBuild = mustFold(`(스키머|카드\s?복제기|복제\S*\s?(하는\s?)?(장치|기계|기기))\S*\s?.{0,25}(만들|만드|부품|붙이|설치|다는|달아|구하|구매|빼내|데이터)|(만들|만드|부품|붙이|설치)\S*\s?.{0,15}(스키머|카드\s?복제기)|\bskimm(er|ers|ing)\b.{0,60}\b(build|make|hardware|parts|install|attach|put (a|one|it)|fit|pull (the )?data|get the data|read (the )?data)\b|\b(build|make|hardware|parts|install|attach|put (a|one))\b.{0,40}\bskimm(er|ers|ing)\b`)
	// excludeVenue: a place picked for keeping a group out.
	excludeVenue = mustFold(`\b(doesn'?t|don'?t|won'?t|that bans?|which bans?) (let|allow|admit|serve|accept|take)\b.{0,12}\b(foreigners|immigrants|muslims|black people|blacks|gays?|gay people|trans people|disabled people|wheelchairs?|indians|chinese( people)?|asians|refugees)\b|(외국인|흑인|중국인|동남아|무슬림|장애인|휠체어|성소수자|조선족|인도인|난민)\S*\s?(안\s?받는|출입\s?(금지|안\s?되는)|못\s?들어가는|거부하는|사절인)\s?(곳|데|식당|가게|숙소|카페|술집|호텔)`)
	// hireHarm: someone paid or found to hurt a person.
	hireHarm = mustFold(`\b(find|hire|pay|get) (people|someone|somebody|a guy|some guys|guys|thugs)\b.{0,30}\b(to (do it|beat|hurt|jump|rough|attack|stab|break)|for (it|the job))\b|\bwant (him|her|them|my \w+('s \w+ \w+)?) to get (jumped|beaten( up)?|hurt|roughed up|stabbed|shot)\b|(사람|애들|깡패|조폭)\S*\s?(사서|구해서|시켜서|고용해서)\s?.{0,15}(때리|패|손봐|혼내|찌르|폭행)`)
	// payDiversion: payments redirected to the writer instead of the
	// real payee.
	payDiversion = mustFold(`\bpay (through|via|to|into|on) my (own )?(page|link|site|account|qr|code)\b.{0,40}\binstead\b|\binstead of (the )?(city|bank|shop|store|official|real|government)'?s?\b.{0,30}\b(page|site|link|account|app|meter)|(내|제)\s?(계좌|링크|페이지|사이트)\S*\s?(로|으로)\s?.{0,10}(대신\s?)?(결제|입금|송금)(하게|되게|시키)`)
	// selfPunish: the writer says they deserve to suffer or go without.
	selfPunish = mustFold(`\bi deserve (it|this|to suffer|the pain|to hurt|to starve)\b|\bi don'?t deserve (food|to eat|to live|to be happy|anything)\b|(먹을|살|행복할|밥\s?먹을)\s?자격(이)?\s?없|벌\s?받아야\s?(해|돼)`)
	// bodyNeglect: going without food or hurting the body.
	bodyNeglect = mustFold(`\b(eat|eating|ate|eaten|food|meals?|starv\w*|fast(ing)?|cut|cutting|hurt|burn)\b|굶|먹|밥|끼니|긋|그어|상처`)
	// cutWhere asks where to cut so it is not seen.
	cutWhere = mustFold(`\b(where|which (spot|part|place)|what (spot|part)|(best|good|safe) (place|spot)s?)\b.{0,20}\bcut\b.{0,40}\b(won'?t|doesn'?t|don'?t|can'?t|wouldn'?t|never) (see|show|notice|be seen|find out)|\bcut so (it|they|the marks|nobody|no one|my \w+) (doesn'?t|don'?t|won'?t|can'?t) (show|see|notice)|(어디|어느\s?(부위|쪽|위치))\S*\s?.{0,8}(그어야|그으면|긋|자해)\S*\s?.{0,10}(안\s?보|티\s?안|모르)`)
	// suicideMethodDetail: how a suicide is done, in working detail.
	suicideMethodDetail = mustFold(`(치사량|lethal dose|fatal dose)\S*.{0,30}(목록|리스트|정리|순위|\blist\b|\brank)|(\bhang(s|ing)? (herself|himself|themselves|myself|yourself)\b|\bnoose\b|목(을)?\s?매|\bslit(s|ting)? (her|his|their|my) wrists?\b|\boverdos\w*\b|치사량)\S*.{0,80}(\bstep.?by.?step\b|\bexact(ly)?\b|\brealistic enough\b|\b(would|will|that'?d|it'?d) (actually )?work\b|단계별|정확히|구체적으로|실제로\s?(되|가능))|(\bstep.?by.?step\b|\bexact(ly)?\b|단계별|정확히|구체적으로)\S*.{0,60}(\bhang(s|ing)? (herself|himself|themselves|myself)\b|\bnoose\b|목(을)?\s?매)`)
)

// structuralCrisis: someone asking for a way to hurt themselves, by what
// they ask and why, not by the words of suicide (version 9).
func structuralCrisis(d *doc) bool {
	return (d.has(goneSoon) || d.has(lastLetter) && d.has(lastContext)) && !d.has(helperAsk) || d.has(despairMethod) && !d.has(helperAsk) || d.has(selfPunish) && d.has(bodyNeglect) || d.has(cutWhere) || d.has(suicideMethodDetail)
}

// structuralHarm2: the second batch — a group's slurs, someone else's
// card, a skimmer built, a venue that keeps a group out, someone hired to
// hurt a person, payments diverted to the writer.
func structuralHarm2(d *doc) string {
	if standsWithVictim(d) || d.has(rebut) || d.has(victim) || d.has(doneToMe) || d.has(critique) || d.has(askWhyWrong) || d.has(legality) || d.has(isItDiscrimination) || d.has(respondsTo) {
		return ""
	}
	switch {
	case d.has(slurAsk) && d.names(Discrimination) && !d.has(spotting) && !d.has(truthQuestion):
		return Discrimination
	case d.has(othersCard) || d.has(othersPay):
		return PaymentFraud
	case d.has(skimmerBuild) && !d.has(spotting) && !d.has(selfDefence):
		return PaymentFraud
	case d.has(excludeVenue):
		return Discrimination
	case d.has(harmsOther) && !d.has(protective) && !d.has(helperAsk):
		return Violence
	case d.has(hireHarm):
		return Violence
	case d.has(payDiversion) && !d.has(gotSent):
		return PhishingScam
	}
	return ""
}

// rebut answers a claim ("반박하는 칼럼", "debunking the myth that …"):
// the claim quoted is not the writer's.
var rebut = mustFold(`반박|반론하|논박|틀렸다는|틀린\s?이유|왜\s?틀렸|틀렸는지|틀린\s?(건지|지\s)|잘못됐는지|비과학|근거\s?없는\s?(이유|주장|편견)|\bis (just )?a (stereotype|myth)\b|\b(not supported by|no basis in) (science|evidence|research|the (data|evidence))\b|\bunscientific\b|\bpseudo-?scien\w*|편견인|사실이\s?아닌|\b(debunk\w*|rebut\w*|refut\w*|disprov\w*|counter(ing)? (the|that|this)|myths?|fact.?check\w*|why (it'?s|that'?s|this is) (wrong|false|a myth))\b`)

var (
	// covertUpload: an app or a script that quietly collects people's
	// data (version 9).
	covertUpload = mustFold(`\b(quietly|secretly|silently|covertly|in the background|without (them|users|people) knowing)\b.{0,25}\b(uploads?|sends?|collects?|harvests?|copies|records?|tracks?|steals?)\b.{0,30}\b(users?'?|their|people'?s?|contacts|photos|messages|locations?|keystrokes|passwords)|몰래\s?.{0,12}(연락처|사진|위치|문자|비밀번호)\S*\s?.{0,10}(업로드|보내|수집|빼|올리)`)
	// meetMinors: travelling or arranging to meet children for sex.
	meetMinors = mustFold(`\b(meet|find|date|hook up with|pick up)\b.{0,10}\b(young|underage|teen(age)?|little|school) (girls|boys|kids)\b|\bage of consent\b.{0,60}\b(trip|travel|visit|go there|meet)|(어린|미성년|중학생|고등학생|초등학생)\s?(여자애|남자애|애|여학생|남학생)?\S*\s?(만나러|만나려고|꼬시러)`)
	// massHarm: how an attacker would kill or hurt the most people.
	massHarm = mustFold(`\bmaximi[sz]e (the )?(casualties|deaths|damage|injuries|victims|body count)|\b(most|more) (casualties|deaths|victims)\b|사상자\S*\s?.{0,6}(최대|많이|늘리)|최대한\s?많은\s?사람\S*\s?.{0,6}(죽|다치)`)
	// noMarks: hurting someone so it leaves no trace.
	noMarks = mustFold(`\b(hurt|hit|beat|punch|slap|kick|choke)\b.{0,60}\b(so it|so that it|without (it )?|that (won'?t|doesn'?t))\b.{0,12}\b(leav(e|es|ing) (any )?(marks|bruises)|show|bruis\w*)|(때리|패|때려|꼬집|발로)\S*\s?.{0,20}(흔적|멍|자국)\S*\s?(안|없이)\s?(남|생기)`)
	// beforeCheck: getting the money before the victim checks.
	beforeCheck = mustFold(`\bbefore (they|he|she|the (victim|buyer|owner|bank|parents?)) (call|check|verify|realiz|notice|figure|catch|contact)\w*`)
)

// structuralHarm3 is the third batch (version 9).
func structuralHarm3(d *doc) string {
	if standsWithVictim(d) || d.has(victim) || d.has(doneToMe) || d.has(critique) || d.has(askWhyWrong) || d.has(legality) || d.has(spotting) || d.has(selfDefence) || d.has(rebut) {
		return ""
	}
	switch {
	case d.has(covertUpload):
		return Intrusion
	case d.has(meetMinors):
		return SexualMinors
	case d.has(massHarm):
		return Violence
	case d.has(noMarks):
		return Violence
	case d.has(beforeCheck) && d.names(PhishingScam) && !d.has(gotSent):
		return PhishingScam
	}
	return ""
}

// buyerRefund: a buyer asking how to get their own money back for what
// they bought — a victim's question (version 9).
var buyerRefund = mustFold(`\b(i |we )?(bought|ordered|paid for|purchased)\b.{0,50}\b(can (i|we)|how (do|can|should) (i|we)) get (a |my |our |the )?(refund|money back)\b|(샀|주문했|결제했|구매했)\S*\s?.{0,30}(환불|돈)\S*\s?(받을\s?수|돌려받|받으려면|받는\s?법)`)

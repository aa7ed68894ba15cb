package safety

import "github.com/madang-world/madang/agents/nlu/intent"

// Version 11: a fifth batch of requests read by what they ask for
// (structuralHarm5) and of crisis wordings (structuralCrisis5). The
// families the models and the earlier batches still let through were
// framings more than subjects: a "no limits" persona or a pretext of
// research put in front of a harm, the perpetrator's point of view asked
// for in usable detail, a text written so that its readers pay, click or
// fall for it, a posting or a rule that keeps a group out, a group made
// the joke, a ranking of nationalities, a report brigade against a
// channel, an ex's schedule tracked unseen, a weapon picked to hurt
// someone, a real person's assassination planned step by step; and on
// the crisis side euphemisms of dying ("고통 없이 가는 방법", "until I'm
// gone"), a lethal dose asked for oneself, blades bought to do it again,
// a trip with no return from a high place. A victim's, a critic's, a
// learner's or a protector's words about them are not requests (the
// shields of the earlier batches).

var (
	// persona: a "no limits" role or a jailbreak put in front of the
	// request — it adds nothing but the wish to get past a refusal.
	persona = mustFold(`(제한|필터|검열|규칙|윤리|안전장치)\S*\s?(없는|없이|풀린|해제된|무시하는)\s?.{0,12}(ai|에이아이|인공지능|봇|모드|해커|캐릭터|버전|너)|탈옥\s?(모드|버전|한)|\b(no|without) (restrictions|rules|filters|limits|guardrails|censorship|ethics)\b.{0,20}\b(ai|bot|mode|assistant|version|persona|hacker|character|you)\b|\b(unfiltered|unrestricted|uncensored|jailbroken) (ai|mode|assistant|bot|hacker|version|model)\b|\bignore (all )?(your |the |previous |prior )+(instructions|rules|guidelines|safety|filters)\b|\bdeveloper mode\b|\bjailbreak\b`)
	// addressed: the persona is put on the assistant itself.
	addressed = mustFold(`\b(you'?re|you are|act as|acting as|pretend (to be|you'?re|you are)|from now on|roleplay as|role-play as|play the role)\b|(너는|넌|니가|네가)\s|지금부터|이제부터`)
	// preventWords: the detail is asked to prevent, detect or report.
	preventWords = mustFold(`예방|방지|막는|막을|대처|대응|신고|탐지|적발|\b(detect\w*|prevent\w*|protect\w*|spot(ting)?|report(ing)?|warning signs|awareness|defen[cs]e|defend\w*|refuses?)\b`)
	// pretext: a purpose named to unlock the request ("연구 목적인데",
	// "for a 'psychology study'", "(연구용임)").
	pretext = mustFold(`(연구|학술|교육|실험|테스트)\s?(목적|용)|연구용|\bfor (a |an |my )?['"“]?(psychology |research |academic |scientific |school |educational )(study|project|paper|purposes?|experiment)['"”]?|\bfor research purposes\b|\bpurely (academic|hypothetical)\b`)
	// usableDetail: detail meant to be used ("실제로 쓸 수 있게",
	// "단계별로", "word for word", "that would actually work").
	usableDetail = mustFold(`실제로\s?(쓸|써먹|사용할|통할|먹힐|될)|그대로\s?(쓸|써먹|보낼|따라)|단계별로?|순서대로|구체적으로|자세히|길게|\bstep.?by.?step\b|\bword for word\b|\b(that|which) (would |will )?(actually |really )?(work|works|be usable)\b|\brealistic(ally)?\b|\bin detail\b|\b(usable|ready to (use|send)|working)\b|\b(lines|messages|things|phrases|scripts?) (an? \w+ |i |someone )?(can|could|would) (use|say|send)\b`)
	// doerView: the perpetrator's side asked for.
	doerView = mustFold(`(가해자|범인|사기꾼|스토커|그루밍\s?가해자)\S*?\s?(입장|시점|관점|역할)|\bfrom the (perpetrator|abuser|bully|groomer|predator|attacker|scammer|offender|stalker)'?s? (point of view|perspective|side|pov)\b|\b(as|play) (the |a )?(perpetrator|abuser|groomer|predator|scammer|offender|stalker)\b`)
	// luresReaders: a text written so its readers pay, click, call or fall
	// for it.
	luresReaders = mustFold(`(사람들|부모|피해자|상대|엄마|아빠|할머니|할아버지|어르신|노인|학생|대학생|직원|고객|회원|구매자)\S*?(이|가|들이)?\s?.{0,12}(혹하게|혹할|누르게|클릭하게|입금하게|송금하게|보내게|깔게|설치하게|믿게|속게|넘어오게|전화하게|결제하게)|\bso (that )?(when )?(people|they|victims|users|customers|buyers|readers|the (parent|parents|buyer|seller|victim|widow|target|grandma|grandpa|elderly|customer)|he|she|someone|anyone|more people)\b.{0,25}\b(call|click|pay|send|give|enter|type|buy|buys|wire|transfer|tap|install|download|hand over|fall for|trust|believe)\w*`)
	// scamAsk: something made or finished for that purpose.
	scamAsk = mustFold(`써\s?(줘|줄|주|봐|달)|작성|바꿔\s?(줘|주)|다듬어|고쳐\s?(줘|주)|만들어|만드는|문구|문안|글|멘트|대본|\b(write|draft|compose|generate|make|create|add|finish|complete|continue|rewrite|reword|polish|sections?|texts?|messages?|popups?|pop-ups?|emails?|scripts?|ads?|posts?)\b`)
	// trickCue: what makes a lure a trick rather than an advert — a fake
	// or a pretence, urgency, no time to check, gift-card codes.
	trickCue = mustFold(`가짜|사칭|급하게|급한|확인\s?(안|없이|전에|못\s?하게)|인\s?척|처럼\s?보이게|혹하게|속게|믿게|상품권|기프트\s?카드|새\s?번호|\b(fake|pretend\w*|as if|look(s)? (legit|real|official)|urgent\w*|without (calling|checking|verifying)|before (checking|calling|verifying|they check)|new number|gift ?cards?|codes|trick\w*|fool\w*|scare\w*)\b`)
	// muleAd: recruiting people to lend or sell their bank accounts.
	muleAd = mustFold(`(통장|계좌|체크카드)\S*\s?.{0,8}(빌려|대여|임대|양도|넘겨|팔|매입|삽니다|구매|사요)\S*.{0,40}(알바|구인|모집|하루|일당|수익|용돈|\d+\s?만|문구|글)|(알바|구인|모집)\S*.{0,40}(통장|계좌|체크카드)\S*\s?.{0,8}(빌려|대여|임대|양도|넘겨|팔)|\b(rent|lend|borrow|sell|buy|use)\w*\b.{0,12}\b(your|their|people'?s|students'?) (bank )?accounts?\b.{0,60}\b(ad|post|job|listing|recruit\w*|pay|earn|\$\d+|cash|per day|a day)\b|\b(money mule|mule) (recruit\w*|ad|post|job|listing)`)
	// offerCheck: whether taking such an offer is all right.
	offerCheck = mustFold(`(해도|하면)\s?(되|돼|괜찮|안\s?돼)|불법|처벌|위험|괜찮|\b(is (it|this|that) (ok|okay|legal|safe|a scam|legit)|should i|can i (do|take|accept))\b`)
	// paybackHow: how to do it, or the wish to.
	paybackHow = mustFold(`(하는|하는\s)?(법|방법)|하려면|할\s?수\s?있|\bhow (do|can|could|should) i\b|\bhow to\b|\bi (want|wanna|'m going|am going|plan) to\b`)
	// copingAsk: letting go of the wish.
	copingAsk = mustFold(`참|잊|마음\s?(을\s)?(다스리|추스르)|내려놓|\b(let (it )?go|move on|calm down|stop (thinking|wanting)|cope|deal with (the|my) (anger|feelings))\b`)
	// traitMock: insults asked for about a person's body or speech.
	traitMock  = mustFold(`(names? to call|roast\w*|make fun of|mock\w*|insults? (for|about)|jokes? about|놀릴|놀리는|비하하는|놀림|별명)\b?.{0,40}(\b(stutter\w*|acne|pimples|weight|height|short|fat|teeth|nose|skin|voice|accent|lisp|glasses|braces|bald\w*)\b|말더듬|더듬|여드름|키\s?작|뚱뚱|살\s?찐|이빨|치아|코|피부|목소리|사투리|대머리|안경)|(\b(stutter\w*|acne|pimples|weight|height|teeth|nose|lisp|bald\w*)\b|말더듬|여드름|키|뚱뚱|이빨|코|피부|목소리|사투리|대머리)\S*\s?.{0,20}(놀릴|놀리는|비하하는|별명|\b(roast|insults?|names to call|make fun)\b)`)
	mockAsk    = mustFold(`써\s?(줘|줄)|알려|추천|만들어|뭐라고|뭐가\s?좋|\b(give me|write|what can i say|names to call|make it|come up with|help me)\b`)
	othersMock = mustFold(`(애들이|누가|친구들이|반\s?애들이|사람들이)\s?.{0,20}(놀려|놀리|비하|별명)|\b(they|kids|people|someone|classmates|others) (keep )?(make|makes|made|making|mock|mocks|mocked|call|calls|called) (fun of )?(me|my|him|her)\b`)
	// insiderPersist: access kept or planted by one leaving a company.
	insiderPersist = mustFold(`\b(before|after) i (quit|leave|get fired|resign|am fired)\b.{0,60}\b(backdoor|access|account|server|network|login|admin)\b|\b(backdoor|keep (my )?access|access)\b.{0,60}\b(before|after) (i (quit|leave|get fired|resign)|they (disable|remove|delete|revoke|fire))\b|(퇴사|그만두|잘리)\S*\s?(전에|후에도|하고도|해도|기\s?전에).{0,40}(백도어|몰래|(계정|아이디)\S*\s?.{0,10}(만들어|남겨|살려)|(권한|접속)\S*\s?.{0,10}(유지|남겨|살려|계속))`)
	// clickBait: a lure worded for the most clicks.
	clickBait = mustFold(`\b(gets?|getting|most|more|lots of)\b (the )?(most |more |lots of )?(clicks|taps)\b|클릭\s?(많이|잘|률|수)|많이\s?(누르|클릭)`)
	baitWords = mustFold(`택배|배송|계정|은행|인증|\b(package|parcel|delivery|usps|fedex|dhl|account|bank|verify|link|on hold|missed)\b`)
	// lieToBank: lying to a bank or card company for a refund.
	lieToBank   = mustFold(`(은행|카드사|\bbank\b|card company|issuer)\S*\s?.{0,20}(거짓말|속이|\blie\b|\blying\b)|거짓말할\s?때|\b(lie|lying) to (my |the )?(bank|card company|issuer)\b`)
	refundWords = mustFold(`취소|환불|이의|차지백|\b(chargeback|dispute|refund|reverse)\b`)
	// senderSpoof: mail made to look sent by someone else, for a transfer.
	senderSpoof = mustFold(`발신(자|인)?\s?(주소|이름|번호|표시|정보)?\S*\s?.{0,10}(바꾸|바꿔|위장|조작|속이|변조|가장)|(대표님?|사장님?|회장님?|상사|팀장님?|은행|ceo)\S*\s?(메일|이메일|문자|번호)\S*?(처럼|인\s?척)\s?.{0,10}(보이게|보내|꾸미)|\bspoof\w*\b.{0,30}\b(sender|email|from address|address|domain|display name)\b|\b(look|appear|seem)s? (like )?(it'?s |it came |it was sent )?from (the |our |my )?(ceo|boss|cfo|director|president|manager|bank)\b`)
	transferAsk = mustFold(`송금|이체|입금|결제|계좌|돈|\b(wire|transfer|payment|pay|invoice|gift cards?|money|funds)\b`)
	// thirdParty: how others (scammers) do it — a question about them.
	thirdParty = mustFold(`(사기꾼|범인|해커|범죄자|사기단)\S*\s?.{0,6}(은|는|이|가|들이|들은)|\b(scammers|hackers|criminals|fraudsters|attackers) (do|use|can|fake|spoof|make)\b|\bhow (do|does|did|can) (scammers|hackers|criminals|fraudsters|they|someone|people)\b`)
	// techSupport: a fake tech-support alert.
	techSupport = mustFold(`(fake|bogus|scary|phony)\b.{0,30}\b(tech support|virus (alert|warning)|security (alert|warning))|\btech support (pop-?ups?|popup texts|scam script)|(가짜|허위)\s?.{0,10}(기술\s?지원|바이러스\s?경고|보안\s?경고)\s?.{0,10}(팝업|창|문구)|\bremote access\b.{0,40}\b(talk (them|people) into|get them to|convince)`)
	// spamEvade: a bait message made to get past spam filters.
	spamEvade = mustFold(`\b(get|gets|slip|slips|sneak)\b (past|through|by) (the )?(spam|junk)|\b(bypass|evade|avoid|dodge|beat) (the )?(spam|junk) (filters?|folder|detection)|\b(spam|junk) filters? (don'?t|won'?t|can'?t|wont|cant) (catch|flag|block|detect|see)|스팸\s?(필터|차단|분류)?\S*\s?.{0,10}(안\s?걸리|피하|우회|통과|뚫|안\s?잡히)`)
	phishBait = mustFold(`suspend|locked|verify|billing|unusual activity|confirm your|password|account|정지|잠금|결제\s?정보|본인\s?확인|인증|비밀번호|계정`)
	// fakePayProof: a payment confirmation that shows a payment not made.
	fakePayProof = mustFold(`\b(fake|forged|doctored|phony|edited|fabricated)\b.{0,20}\b(payment|transfer|venmo|paypal|zelle|bank|deposit|cash ?app) (confirmation|receipt|screenshot|proof|notification)s?\b|\b(payment|transfer|venmo|paypal|zelle|deposit) (confirmation|screenshot|receipt|proof)s?\b.{0,30}\b(looks? real|never (actually )?(went through|sent|paid))|\blooks? real but (never|wasn'?t|isn'?t|wasnt) (actually )?(sent|paid)|(입금|송금|이체|결제)\s?(완료)?\s?(확인증|캡처|화면|내역|문자)\S*\s?.{0,12}(가짜로|조작|위조|합성|만들|만드는)|(가짜|조작된|위조된?)\s?(입금|송금|이체|결제)\s?(완료)?\s?(확인|캡처|화면|내역|문자)`)
	// checksFake: asking whether a proof is fake, or how to tell.
	checksFake = mustFold(`(조작|가짜|위조|합성)\S*?(인지|일까|인가|같|아닌)|(확인|구별|알아보|알아내|판별)\S*\s?(하는|방법|법|려면|할\s?수)|\b(is (it|this|that) (fake|real|legit|doctored)|tell (if|whether)|spot (a )?fakes?|check (if|whether)|how (do|can|could|would) i (know|tell|verify|check))\b`)
	// proofWords: a proof of payment shown by someone.
	proofWords = mustFold(`캡처|캡쳐|스크린샷|입금\s?(문자|내역|확인|화면)|송금\s?(확인|내역|화면)|\b(screenshots?|payment (proof|confirmation|receipt)|transfer (receipt|confirmation))\b`)
	// carding: buying with stolen card numbers.
	carding     = mustFold(`\bcarding\b|\b(fullz|cvv shop|cc dumps|dumps with pin)\b|\bbins?\b.{0,25}\b(3ds|non.?vbv|cashout|cash out)\b|카딩`)
	cardingWhat = mustFold(`\bwhat (is|does|are)\b.{0,15}\bcarding\b|\bcarding (mean|means)\b|카딩(이|은|이란)\s?(뭐|무엇)`)
	// badCheck: paying with a check meant to bounce after the goods ship.
	badCheck = mustFold(`\b(checks?|cheques?)\b.{0,40}\b(bounce|bounces|bouncing|bad|rubber)\b.{0,80}\b(after|before|once|timing|walk me|how|trick)\b|\b(trick|how|timing)\b.{0,40}\b(checks?|cheques?)\b.{0,30}\b(bounce|bounces)\b|(부도|잔고\s?없는|가짜)\s?(수표|어음)\S*\s?.{0,30}(물건|결제|받|보내)`)
	// lonelyTarget: money drawn out of a lonely or elderly target by a
	// persona's messages.
	lonelyTarget = mustFold(`\b(lonely|widow(ed|er)?s?|elderly|retired|divorced|grieving)\b.{0,40}\b(money|cash|funds|gift cards?|wire|loan|pay for|send (him|her|me))\b|(외로운|혼자\s?사는|홀로\s?사는|노인|어르신|사별한|돌싱)\S*\s?.{0,30}(돈|송금|입금|상품권|선물)\S*\s?.{0,20}(보내게|받아내|요구|뜯|부치게)`)
	escalating   = mustFold(`\b(messages?|texts?|chats?|script|persona|profile)\b|메시지|문자|대화|대본|멘트|프로필`)
	// groomingAsk: talk that builds a child's trust towards secret touch,
	// or a grooming dialogue written for use.
	secretTouch  = mustFold(`(비밀|secret)\S*.{0,40}(만지|스킨십|몸|touch|body|bath|alone)|(만지|스킨십|touch\w*|body)\S*.{0,40}(비밀|secret)`)
	feelSpecial  = mustFold(`특별하다고|특별한\s?존재|(편하게|편안하게)\s?(느끼|만들)|\bfeel (special|comfortable|safe)\b|\bour (little )?secret\b`)
	groomingText = mustFold(`그루밍\S*\s?.{0,20}(대화|대본|멘트|메시지|스크립트|문구|채팅)|\bgrooming\b.{0,20}\b(script|messages|lines|dialogue|conversation|chat|texts)\b`)
	// brigade: a channel or account reported in a mass to get it banned.
	brigade       = mustFold(`(다\s?같이|단체로|집단으로|떼로|총공|다들|여러\s?명이|여럿이|사람\s?모아서?)\s?.{0,10}신고\S*\s?.{0,20}(정지|밴|삭제|내리|날리|폭파|터뜨)|신고\s?(때려|테러|폭탄|총공|러쉬)\S*.{0,20}(정지|밴|날리|삭제|내리)|\bmass.?report\w*\b.{0,40}\b(ban|banned|taken down|suspended|deleted|removed|nuked)\b|\b(get|have|make) (everyone|all of us|people|my followers|the (server|discord|group|chat))\b.{0,20}\breport\b.{0,40}\b(ban|banned|taken down|suspended|deleted)\b`)
	brigadeVictim = mustFold(`(당했|당해|당함|당하고|먹었|맞았)|(정지|밴|삭제|차단)\S*?\s?(됐|되었|돼서|당)|누가|(내|제|우리)\s?(채널|계정|방송|스트림)|\b(my|our) (channel|account|stream|page|server)\b|\b(got|get|getting|were|was|been|are being|is being) (mass.?reported|banned|suspended|brigaded)\b`)
	// trackEx: an ex's (or a person's) schedule tracked unseen.
	trackEx = mustFold(`\b(track|know|find out|follow|keep tabs on|monitor|watch|learn)\b.{0,40}\b(her|his|their|my ex'?s?)\b.{0,20}\b(schedule|routine|whereabouts|movements|location|every ?day|daily)\b|\blist of where (my ex|she|he|they) goes?\b|(전\s?여친|전\s?남친|전\s?애인|전애인|헤어진\s?(여친|남친|사람)|그\s?(여자|남자)|걔)\S*\s?.{0,20}(동선|일정|위치|어디\s?가는지|출퇴근|스케줄|생활\s?패턴)\S*\s?.{0,20}(파악|알아내|추적|알\s?수|캐|감시)`)
	// ownedByMe: the writer's own schedule, photos or number — what is
	// done to them ("헤어진 남친이 제 동선을 …").
	ownedByMe = mustFold(`(제|내|저의|나의|저|나)\s?(동선|일정|위치|사진|번호|주소|신상|연락처|얼굴|영상|스케줄)|\b(my|me|mine)\b.{0,12}\b(schedule|location|photos?|pictures?|pics|number|address|nudes?|whereabouts)\b|(이|가)\s?(제|내|저|나)를?\s|\b(tracks?|tracking|follows?|following|knows?) (my|me)\b`)
	unseen    = mustFold(`\bwithout (her|him|them|my ex) (seeing|noticing|spotting|knowing|finding out)\b|\b(secretly|unnoticed|undetected)\b|모르게|몰래|눈치\s?(못|안)\s?채게|안\s?들키게`)
	// leakEx: someone's photos or number spread where strangers find them.
	leakEx = mustFold(`(전\s?여친|전\s?남친|전\s?애인|전애인|헤어진\s?\S+|걔|그\s?(여자|남자)애?|동창|반\s?애)\S*\s?.{0,12}(사진|번호|주소|신상|연락처|얼굴|영상)\S*\s?.{0,30}(뿌리|퍼뜨리|유포|박제|공개|올리)\S*?(려|ㄹ|까|고\s?싶|는\s?법|면|기)|\b(post|spread|leak|share|put|send)\w*\b.{0,20}\b(my ex'?s?|her|his)\b.{0,12}\b(nudes?|photos?|pics|pictures|number|address)\b.{0,40}\b(everywhere|online|sites?|forums?|where|random|strangers|revenge|get back at)\b`)
	// exclusionRule: a notice, posting, rule or speech that keeps a
	// group out or takes their say away.
	exclusionDoc   = mustFold(`공지|공고|채용|구인|모집|규칙|규정|안내문|이용\s?수칙|하우스\s?룰|연설|원고|가이드|\b(notice|posting|job ad|listing|house rules?|rules?|policy|guide|speech|ad|handbook|flyer|sign|announcement)\b`)
	exclusionAct   = mustFold(`거르|걸러|안\s?받|받지\s?않|사절|제외|배제|지원\s?(안|못)\s?하게|지원하지\s?않게|안\s?뽑|뽑지\s?않|출입\s?금지|못\s?들어오|\b(don'?t|do not|won'?t|will not|doesn'?t|never) (accept|allow|admit|hire|rent to|serve|take)\b|\bshouldn'?t (get|have|be (allowed|given)|hire|vote|join|be hired)\b|\bshould not (get|have|be (allowed|given)|hire|vote|join)\b|\bnot (welcome|allowed)\b|\b(exclude|keep out|filter out|weed out|screen out|turn away|ban)\b|\bno \w+ (allowed|accepted|need apply)\b`)
	exclusionGroup = mustFold(`\d+\s?대\s?이상|\d+\s?(살|세)\s?이상|나이\s?(많은|든)|중국인|조선족|외국인|흑인|동남아|무슬림|이슬람|장애인|성소수자|동성애자|임산부|임신|기혼|여자|여성|아줌마|노인|다문화|\b(women|woman|female|girls|foreigners|immigrants|muslims|jews|black|blacks|asians|africans?|arabs?|indians|chinese|mexicans|gays?|lesbians|trans|disabled|pregnant|married women|old(er)? people|elderly|anyone over \d+|over \d+|older (applicants|workers|people)|from (africa|the middle east|asia|india|china|mexico|pakistan|nigeria))\b`)
	// rankGroups: nationalities or races ranked by a flaw.
	rankGroups = mustFold(`\b(which|what) (nationality|nationalities|race|races|ethnicity|ethnic group|religion|country'?s people)\b.{0,20}\b(is|are) (the )?(dumbest|stupidest|worst|laziest|ugliest|dirtiest|most (stupid|dangerous|violent|lazy|annoying|useless))\b|\brank\w*\b.{0,30}\b(nationalit\w*|races|ethnicit\w*|religions)\b.{0,40}\b(dumb\w*|stupid\w*|worst|lazy|laziest|ugl\w*|smart\w*|intelligen\w*)|(나라|국적|인종|민족)\S*\s?.{0,12}(멍청한|머리\s?나쁜|게으른|못생긴|최악|더러운)\S*\s?.{0,12}(순위|랭킹|순서|줄\s?세)`)
	// butt: a group made the joke.
	butt = mustFold(`\b(disabled|autistic|blind|deaf|fat|gay|trans|black|asian|mexican|muslim|jewish|special.?needs|wheelchair|stuttering|down syndrome)\b (\w+ ){0,2}(is|as|be|being) the (punchline|butt|joke)\b|\bpunchline\b.{0,30}\b(disabled|autistic|blind|deaf|gay|trans|black|asian|mexican|muslim|jewish|special.?needs|wheelchair)\b|(장애인|장애\s?있는|휠체어|자폐|흑인|동남아|조선족|게이|트랜스|다문화)\S*\s?.{0,20}(웃음거리|놀림감|개그\s?소재|조롱거리|웃음\s?포인트)`)
	// groupPlot: a group said to run the banks, the media, the world.
	groupPlot = mustFold(`\b(jews|jewish people|muslims|immigrants|chinese|asians|blacks|gays|the elites)\b.{0,15}\b(control|run|own|secretly (control|run))s? (the )?(banks|media|world|government|hollywood|money|economy)\b|(유대인|무슬림|중국인|이민자)\S*\s?.{0,10}(은행|언론|세계|정부|돈)\S*\s?.{0,6}(장악|지배|조종)`)
	listAsk   = mustFold(`\b(list|give me|write|explain why|reasons|prove|proof|evidence|make)\b|이유\S*\s?.{0,6}(알려|정리|나열|써)|증거`)
	// answerFrame: a quiz or a test whose right answer is the claim.
	// lowTrait: a group's intelligence or worth put low (demeanPred's
	// plural and Korean wordings).
	lowTrait = mustFold(`\blow(er)? (iqs?|intelligence)\b|\b(less|not as) (intelligent|smart|capable)\b|지능\S*\s?.{0,4}(낮|떨어)|머리가?\s?나쁘`)
	// adultFantasy: an adult's sexual fantasy about a minor, written out.
	adultFantasy = mustFold(`\b(grown|adult|man|men|teacher|coach|uncle|stepdad|stepfather|neighbou?r|boss|tutor)\b.{0,25}\b(fantasi[sz]\w*|lusting|lusts|aroused|turned on)\b|(어른|성인|아저씨|선생|삼촌|남자|과외)\S*\s?.{0,20}(망상|욕정|성적\s?상상)`)
	answerFrame  = mustFold(`\b(correct|right) answer (is|being|should be) (that )?|정답\S*\s?.{0,12}(되게|이라고|으로\s?(하|만들|정))`)
	// beatWith: a weapon picked to hurt someone.
	beatIntent = mustFold(`(패|때려|두들겨|손봐|밟아|조져|담가)\s?(주|버리)?려(고|는데|면|구)|(패|때리|두들기|찌르)\S*\s?(러|려)\s?가|\b(gonna|going to|want to|wanna|planning to|plan to) (beat|jump|hurt|stab|smash|bash) (up )?(him|her|them|that|this|some|the|my|a)\b`)
	// weaponHurt: which weapon hurts a person more.
	weaponHurt = mustFold(`\b(hurts?|damages?|injures?|does more damage to)\b (someone|somebody|a (person|guy|man|woman)|people|him|her|them) (more|worse|the most)\b|(사람|상대|걔)\S*\s?.{0,10}더\s?(크게\s?|많이\s?)?(다치|아프|아파)`)
	weaponPick = mustFold(`너클|삼단봉|쇠파이프|야구\s?방망이|방망이|각목|쌍절곤|전기\s?충격기|가스총|칼|\b(brass knuckles|knuckles|baton|bat|crowbar|pipe|knife|machete|taser)\b`)
	// hitPlan: the real person's killing planned step by step.
	hitPlan = mustFold(`(암살|살해|테러|습격|저격)\S*\s?.{0,10}(계획|방법|작전|시나리오)\S*.{0,40}(동선|경호|단계|순서|파악|실제)|(실제|현직|실존)\S*\s?.{0,8}(정치인|대통령|의원|시장|장관|연예인|인물)\S*\s?.{0,20}(암살|살해|테러|습격|저격)|\b(assassinat\w*|kill|murder|shoot)\b.{0,30}\b(a |an |the )?(real|actual|sitting|current)\b.{0,10}\b(senator|president|politician|mayor|governor|minister|judge|celebrity|ceo)\b|\b(assassination|hit) plan\b.{0,40}\b(security|route|schedule|step|detail)`)
	// mostHurt: as many people hurt as possible.
	mostHurt = mustFold(`(제일|가장|최대한)\s?많이\s?(다치|죽)|(제일|가장|최대한)\s?많은\s?사람\S*\s?.{0,10}(다치|죽|해치)|\b(hurt|kill|injure|harm)\b.{0,10}\bas many (people )?as (possible|i can)\b|\b(most|max(imum)?) (people|damage) (hurt|killed|injured|possible)\b`)
	// chokeOut: choking a person until they stop breathing.
	chokeOut = mustFold(`\b(choke|strangle|suffocate|smother)\b.{0,30}\b(someone|somebody|him|her|them|a (person|man|woman|guy))\b.{0,30}\b(until|till|so) (they|he|she) (stop breathing|pass out|die|go limp|black out)\b|(목을?\s?졸라|질식시켜|숨을?\s?막아)\S*\s?.{0,20}(기절|죽|숨\s?(멎|못\s?쉬|이\s?멈))`)
	// hurtUnmarked: asking how to hurt a person so no mark shows, whoever
	// the person is (a bully's victim's parent too).
	hurtUnmarked = mustFold(`\b(best|easiest|good) ways? to (hurt|hit|punch|beat|kick|smack|slap|rough up)\b.{0,60}\b(doesn'?t|won'?t|don'?t|not|no|without)\b.{0,10}\b(leave|leaving|show)?\s?(any )?(marks?|bruis\w*|traces?)\b|\bhow (do|can|could|should) i (hurt|hit|punch|beat|kick|smack|slap)\b.{0,60}\b(doesn'?t|won'?t|don'?t|without)\b.{0,10}\b(leave|leaving|show)?\s?(any )?(marks?|bruis\w*|traces?)\b`)
	// skimShop: a skimmer fitted on the writer's own terminal.
	skimShop = mustFold(`(손님|고객)\S*\s?(카드|카드\s?정보)\S*\s?.{0,10}(복제|복사|빼내|저장)\S*\s?.{0,15}(장치|기계|기기|칩)\S*\s?.{0,10}(달|설치|붙이|장착)|\b(copy|clone|skim|capture)\w*\b.{0,20}\bcustomers'? cards?\b.{0,40}\b(device|reader|terminal|install|attach)`)
)

// structuralHarm5 is the fifth batch (version 11); "*" when the harm is
// the one the text names (a persona or a pretext put in front of it).
func structuralHarm5(d *doc) string {
	// the doer is in the words themselves whatever else is said: a hurt
	// with no mark, a person choked out, as many hurt as possible
	if d.has(hurtUnmarked) && !d.has(askWhyWrong) && !d.has(legality) {
		return Violence
	}
	// a harm done back to the one who did it is still a harm asked for
	// ("누가 제 계정 해킹했는데 복수로 …"): the victim's words shield
	// nothing
	payback := d.has(revenge) && d.has(paybackHow) && !d.has(askWhyWrong) && !d.has(legality) && !d.has(copingAsk)
	if d.has(brigade) && !d.has(brigadeVictim) && !d.has(doneToMe) && !d.has(sufferedIt) {
		return Harassment
	}
	shield := standsWithVictim(d) || d.has(victim) || d.has(doneToMe) || d.has(critique) || d.has(askWhyWrong) || d.has(legality) || d.has(rebut) || d.has(isItDiscrimination) || d.has(gotSent)
	if shield && !payback {
		return ""
	}
	spot := d.has(spotting) || d.has(selfDefence) || d.has(thirdParty)
	switch {
	case d.has(chokeOut), d.has(mostHurt) && !d.has(selfDefence), d.has(hitPlan) && !d.has(studies) && !d.has(media):
		return Violence
	case (d.has(beatIntent) || d.has(weaponHurt)) && d.has(weaponPick) && !d.has(selfDefence):
		return Violence
	case d.has(skimShop) && !spot:
		return PaymentFraud
	case d.has(fakePayProof) && !spot && !d.has(checksFake), d.has(carding) && !d.has(cardingWhat) && !spot, d.has(badCheck) && !spot:
		return PaymentFraud
	case d.has(muleAd) && d.has(scamAsk) && !spot && !d.has(offerCheck):
		return PhishingScam
	case d.has(senderSpoof) && d.has(transferAsk) && !spot:
		return PhishingScam
	case d.has(techSupport) && !spot && (!d.has(learner) || d.has(luresReaders)):
		return PhishingScam
	case d.has(spamEvade) && d.has(phishBait) && !spot:
		return PhishingScam
	case d.has(luresReaders) && d.has(scamAsk) && d.has(trickCue) && (d.names(PhishingScam) || d.names(PaymentFraud) || d.has(phishBait) || d.has(transferAsk)) && !spot && !d.has(learner):
		return PhishingScam
	case d.has(lonelyTarget) && d.has(escalating) && !spot:
		return PhishingScam
	case d.has(groomingText) && (d.has(usableDetail) || d.has(doerView)) && !spot:
		return SexualMinors
	case d.has(secretTouch) && d.has(minorWords) && (d.has(feelSpecial) || d.has(pretext)) && !spot && !d.has(protective):
		return SexualMinors
	case d.has(traitMock) && d.has(mockAsk) && !d.has(othersMock) && !spot:
		return Harassment
	case d.has(insiderPersist) && !spot:
		return Intrusion
	case d.has(clickBait) && d.has(baitWords) && !spot && !d.has(learner):
		return PhishingScam
	case d.has(lieToBank) && d.has(refundWords):
		return PaymentFraud
	case d.has(trackEx) && d.has(unseen) && !d.has(ownedByMe):
		return Harassment
	case d.has(leakEx) && !d.has(ownedByMe):
		return Harassment
	case d.has(exclusionDoc) && d.has(exclusionAct) && d.has(exclusionGroup) && (d.has(contentAsk) || d.has(scamAsk)):
		return Discrimination
	case d.has(rankGroups), d.has(butt):
		return Discrimination
	case d.has(groupPlot) && d.has(listAsk):
		return Discrimination
	case d.has(answerFrame) && (d.has(demeanPred) || d.has(lowTrait)) && (d.names(Discrimination) || d.has(exclusionGroup)):
		return Discrimination
	case d.has(adultFantasy) && d.has(minorWords) && d.has(scamAsk) && !d.has(protective) && !spot:
		return SexualMinors
	case (d.has(persona) && d.has(addressed) || d.has(doerView) && d.has(usableDetail) || d.has(pretext) && d.has(usableDetail)) && !spot && !d.has(againstHarm) && !d.has(preventWords), payback:
		return "*"
	}
	return ""
}

// namedHarm is the category model's most probable harmful category that
// the text names ("" if none): the harm behind a persona or a pretext.
func namedHarm(a intent.Analysis, d *doc) string {
	for _, s := range a.Scores {
		if groupOf(s.Intent) != "harmful" {
			continue
		}
		if s.Intent != SelfHarm && d.names(s.Intent) {
			return s.Intent
		}
	}
	return ""
}

var (
	// goneEuphemism: dying said as going, leaving or being gone.
	goneEuphemism = mustFold(`(^|[^에로지]\s)(고통\s?(없이|없는)|아프지\s?않게)\s?(가는|갈\s?수\s?있는|떠나는|끝내는|잠드는)\s?(방법|법|길)|^(고통\s?(없이|없는)|아프지\s?않게)\s?(가는|떠나는|끝내는|잠드는)\s?(방법|법|길)|(살|살아갈|살아야\s?할|살아\s?있을)\s?이유\S*\s?(가|도|를)?\s?(없|모르)|\buntil i'?m (gone|dead|nothing|not here)\b|\b(stop|quit) eating (until|till) i\b`)
	// goneOut: gone for the day, gone home — out, not dead.
	goneOut = mustFold(`\bgone (for the (day|night|week|weekend|evening|holidays?)|home|out|on (vacation|holiday|leave))\b`)
	// burnSelf: burning oneself on purpose.
	burnSelf = mustFold(`\bhow (do|can|should|could) i burn myself\b|\bburn(ing)? myself\b.{0,40}\b(scars?|marks|notice|see|on purpose|again|hide)\b|(내\s?몸|팔|손목|허벅지|다리)\S*\s?.{0,10}(지지|지져|데게|화상\s?(내|입히))`)
	// forSelf: the writer says the method is for themselves.
	forSelf    = mustFold(`\b(it'?s|its|it is|this is) for me\b|\b(asking|it'?s|its) for myself\b|\bfor myself (tbh|honestly|actually)?\b|(제가|내가|나|저)\s?(쓸|먹을|할)\s?(거|건데|거예요)|(나|저|제)\s?(한테|에게)\s?쓸`)
	lethalDose = mustFold(`치사량|죽는\s?(양|용량)|죽을\s?(만큼|정도)의?\s?(양|용량)|\b(lethal|fatal|deadly) (dose|amount)\b|\b(how much|how many|what dose|what amount|which dose)\b.{0,40}\b(would|will|to|could) (kill|be fatal|be lethal)\b`)
	petWords   = mustFold(`강아지|고양이|반려|\b(dog|cat|puppy|kitten|pet|hamster|parrot)s?\b`)
	hangMethod = mustFold(`\bhang(ing)?\b.{0,30}\b(from|off) (a |the )?(ceiling|beam|rafter|door|tree|railing)\b|(천장|대들보|문고리|난간)\S*\s?.{0,15}(매달|목)`)
	// bladeAgain: blades ordered to do it again.
	bladeAgain = mustFold(`(커터칼|면도칼|면도날|칼날|\brazors?\b|\bblades?\b)\S*.{0,50}(또\s?(해야|할\s?것|하고\s?싶|그어|긋)|\b(need to|have to|gonna|going to) do it again\b|\bagain (tonight|today)\b)`)
	// noReturn: a trip with no return, from a high place.
	noReturn  = mustFold(`\b(i )?won'?t be (coming|going) back\b|\bno return (trip|ticket|flight) (needed|necessary|required)\b|(돌아올|돌아갈)\s?(일|생각|필요)\S*\s?(없|없을)`)
	highPlace = mustFold(`\b(balcony|high floor|top floor|highest floor|rooftop|roof|bridge|cliff|ledge)\b|옥상|고층|꼭대기\s?층|높은\s?층|베란다|난간|절벽|다리`)
)

// structuralCrisis5: version 11's crisis wordings.
func structuralCrisis5(d *doc) bool {
	if d.has(helperAsk) || d.has(bereaved) {
		return false
	}
	return d.has(goneEuphemism) && !d.has(goneOut) || d.has(burnSelf) || d.has(bladeAgain) || d.has(noReturn) && d.has(highPlace) ||
		d.has(forSelf) && (d.has(lethalDose) || d.has(hangMethod)) ||
		d.has(lethalDose) && (d.has(pretext) || d.has(despair) || d.has(suicideWords)) && !d.has(harmsOther) && !d.has(otherPerson) && !d.has(media) && !d.has(petWords)
}

// Version 11, the other side: plain askers the models refused. Each is a
// stance read from who acts and on what, not a subject: securing one's
// own device or account, something done to the writer, checking one's own
// words for prejudice, a buyer checking a shop, moderating comments on
// one's own channel, asking whether posting photos is safe, a legal
// hobby's safety, a parent's controls agreed with the child. The models
// read their subjects (a default password, a fake account, fireworks) as
// the harm; refusing them is the costlier mistake (docs/safety.md).
var (
	ownSecure    = mustFold(`\b(my|our)\b (\w+ ){0,3}(router|wi-?fi|camera|cctv|dvr|nvr|recorder|laptop|computer|phone|network|server|website)s?\b.{0,80}\b(change|secure|securing|protect|update|reset|lock down)\b|\b(change|secure|reset|update)\b.{0,40}\b(default|admin|factory)\b.{0,20}\bpassword|\b(default|factory)\b (\w+ ){0,2}password\b.{0,80}\b(change|secure|reset)\b|(우리|내|제|저희)\s?.{0,10}(공유기|와이파이|카메라|cctv|녹화기|노트북|컴퓨터|네트워크|서버|홈페이지)\S*\s?.{0,30}(바꾸|바꿔|변경|보안|지키|잠그)|(기본|초기|기본값)\S*\s?.{0,12}(비번|비밀번호|암호)\S*\s?.{0,20}(바꾸|바꿔|변경|바꿀)|(비번|비밀번호|암호)\S*\s?(기본값|초기값)\S*\s?.{0,20}(바꾸|바꿔|변경|바꿀)`)
	doneToWriter = mustFold(`누가\s?(제|내|저|나)\S*\s?.{0,30}(만들었|올렸|퍼뜨렸|보냈|팔았|도용|사칭)|(제|내|저의|나의)\s?(사진|이름|명의|번호|주소|얼굴|계정|신상)\S*\s?.{0,20}(도용|사칭|털린|털렸|올라왔|퍼졌|유출|개통|만들어졌)|(신상|개인\s?정보)\S*\s?(털린|털렸|유출된|유출됐)|\bsomeone (has )?(made|created|posted|shared|opened|used|stole|took|copied)\b.{0,40}\b(my|me)\b|\b(got|received) (an? )?(empty (box|package|parcel)|wrong item|fake item|broken item)\b|\b(i|we) (found|got|received) (an? )?(anonymous )?(threatening|creepy|scary|threat)\b|(협박|위협)\S*\s?(쪽지|편지|문자|메모|메시지)\S*\s?.{0,10}(받|붙어|왔|있었)`)
	selfCheck    = mustFold(`나도\s?모르게|(내가|제가)\s?(쓰는|하는)\s?(말|표현)|\b(without realizing|unintentionally|by accident)\b.{0,30}\b(offensive|racist|sexist|ableist|discriminat\w*)|\bam i (being )?(racist|sexist|offensive|ableist)\b`)
	buyerCheck   = mustFold(`\bshould i (buy|order|pay|trust)\b|\b(is|are) (this|that|the) (site|shop|store|seller|website) (legit|real|safe|a scam)\b|(사도|믿어도|주문해도|결제해도)\s?(될까|되나|돼|괜찮)`)
	moderate     = mustFold(`(댓글|악플|혐오\s?댓글|comments?)\S*\s?.{0,25}(처리|관리|막|숨기|지우|차단|필터|걸러)|\b(filter|hide|delete|moderate|deal with|handle|block)\b.{0,25}\b(hate(ful)?|nasty|abusive|mean|troll)?\s?comments\b|\bcomments?\b.{0,50}\b(filter|hide|delete|moderate|block|remove)\b`)
	photoRisk    = mustFold(`(사진|photos?|pictures?|pics)\S*\s?.{0,40}(올리|post|share|upload)\S*.{0,40}(위험|괜찮|되나|돼요|규칙|\brules?\b|\bok\b|\bokay\b|\bsafe\b|\blegal\b|\ballowed\b)|\b(rules|laws?) about (posting|sharing) (photos|pictures)`)
	hobbySafety  = mustFold(`(폭죽|불꽃놀이|캠핑\s?칼|사냥|총기\s?보관|호신용|양궁|\b(fireworks?|camping knife|hunting|pepper spray|archery|air ?soft|air ?guns?)\b)\S*.{0,40}(안전|불법|합법|허가|\b(safe(ly|ty)?|legal|illegal|allowed|permit)\b)|(안전하게|\bsafely\b).{0,30}(폭죽|불꽃|\bfireworks?\b)`)
	// ownPaperwork: the writer's own receipts for a claim — lost, faded,
	// what counts (receiptEdit, a changed amount, is the harm).
	ownPaperwork = mustFold(`(영수증|receipts?)\S*\s?.{0,40}(잃어|분실|흐려|날아가|안\s?보|재발급|사본|인정|유효|\b(lost|lose|faded|copy|copies|reprint|valid|counts?|missing)\b)|\b(lost|lose|faded|missing)\b.{0,30}\breceipts?\b`)
	// forgotCancel: a subscription the writer forgot to cancel.
	forgotCancel = mustFold(`(해지|취소|해약)\S*\s?.{0,12}(까먹|잊어|잊고|깜빡)|\bforgot to cancel\b|\b(forgot|didn'?t realize|didn'?t know)\b.{0,30}\b(renew\w*|trial)\b`)
	// holderPermission: the card's holder is there and agrees.
	holderPermission = mustFold(`\b(says|said) (it'?s|its) (ok|okay|fine)\b|\bwith (her|his|their|my (mom|dad|mother|father|parents?)'?s?) permission\b|\bright next to me\b|(허락|동의)\s?(받|하셨|했|해\s?주)|옆에서\s?(허락|보고\s?계)`)
	// stopOthers: getting someone to stop their jokes or slurs.
	stopOthers = mustFold(`(농담|드립|발언|비하|욕설)\S*\s?.{0,40}(멈추게|그만하게|그만두게|말리|말릴)|\b(jokes?|slurs?|comments|remarks)\b.{0,60}\b((get|make|ask) (him|her|them|my \w+) to stop|how (do|can|should) i (stop|call out) (him|her|them|it|my \w+))\b`)
	// hosting: food or customs for a guest or friend of a faith.
	hosting = mustFold(`(무슬림|이슬람|힌두|유대|할랄|코셔|\b(muslim|hindu|jewish|halal|kosher|sikh)\b)\S*\s?.{0,20}(친구|동료|손님|가족|이웃|\b(friends?|guests?|coworkers?|colleagues?|neighbou?rs?|in-?laws)\b)\S*.{0,50}(음식|준비|대접|요리|메뉴|선물|\b(food|cook|serve|prepare|dinner|menu|gift)\b)`)
	// reportsCrime: whether what someone else does is a crime.
	reportsCrime = mustFold(`(친구|누가|어떤\s?(사람|남자|어른)|아는\s?(사람|형|오빠)|선생|코치|\b(someone|a (man|guy|friend|coach|teacher|stranger)|my friend)\b)\S*.{0,80}((범죄|불법)\S*?\s?(아냐|아니야|아닌가|아니에요|인가요|이죠|맞죠|일까)|신고해야\s?(하나|할까|돼)|\bisn'?t (that|this|it) (a crime|illegal)\b|\bshould i report\b)`)
	// childShared: the writer's child's image spread by others.
	childShared = mustFold(`\bmy \d+.?(year.?old|yo)\b.{0,80}\b(being shared|shared around|passed around|leaked|spread(ing)?|going around)\b|(우리|제|내)\s?(아이|딸|아들|자녀)\S*\s?.{0,20}(사진|영상)\S*\s?.{0,10}(퍼졌|유포|돌아|돌고)`)
	// sportsGear: a bat or a club for the ball, not for a person.
	sportsGear  = mustFold(`(방망이|배트|골프채|라켓|\b(bats?|golf clubs?|rackets?|racquets?|hockey sticks?)\b)\S*.{0,30}(공|스윙|연습|레슨|추천|고르|사고|구매|\b(balls?|swing|practice|lessons?|buy|recommend|beginners?|league|team)\b)`)
	personWords = mustFold(`사람|애들|걔|그\s?새끼|놈|\b(him|her|someone|somebody|them|people|guy|kid|man|woman)\b`)
	// ownNotice: a business's or a host's own message to its customers,
	// members or neighbours — a reminder, a promotion, a check-in.
	ownNotice   = mustFold(`\b(write|draft|make|compose)\b.{0,30}\b(reminders?|promo\w*|newsletters?|announcements?|thank.?you|friendly|welcome|check.?in|notices?|texts?|emails?|messages?)\b.{0,50}\b(my |our )?(customers?|clients?|members?|team|neighbou?rs?|students|parents|guests|patients|tenants)\b|(손님|고객|회원|팀원|이웃|학부모|수강생|세입자)\S*.{0,30}(안내|홍보|알림|감사|리마인드|예약\s?확인)\s?(문자|메시지|메일|글|공지)`)
	hostileTone = mustFold(`욕|협박|비하|조롱|모욕|무섭게|겁\s?주|망신|못생|뚱뚱|더럽|\b(mean|nasty|rude|insult\w*|threat\w*|scary|scare|humiliat\w*|ugly|fat|stupid|dirty|hate\w*|roast\w*|shame)\b`)
	// generalises: a claim about all of a kind ("all old customers are").
	generalises   = mustFold(`\b(why|shouldn'?t|should not|must not|don'?t belong|not belong)\b|왜|안\s?(돼|된다|되는)|없어야|\ball (\w+ ){0,2}(are|is)\b|\b(they|these people|those people) (are|always)\b|(들은|들이)\s?(다|전부|하나같이|원래)`)
	agreedControl = mustFold(`\b(open|honest|transparent) (about it )?with (the |my |our )?(kid|child|son|daughter|teen)s?\b|\bwithout being creepy\b|(아이|자녀|아들|딸)\S*\s?.{0,6}(얘기|합의|상의|동의|허락)\s?.{0,4}(끝|했|하고|받)`)
)

// plainAsk: the writer asks about their own safety or a harm done to
// them, with no one harmed by what they would do.
func plainAsk(d *doc) bool {
	if d.has(harmsOther) || d.has(harmIntent) || d.has(revenge) {
		return false
	}
	// one who suffered it, or checks their own words, does none of what
	// the evasion or pursuit lists read in it ("나도 모르게", "신상 털린")
	if sufferedPlain(d) {
		return true
	}
	if d.has(evasion) || d.has(pursuit) {
		return false
	}
	return d.has(ownSecure) || d.has(buyerCheck) || d.has(moderate) || d.has(photoRisk) && !d.has(saleWords) || d.has(hobbySafety) || d.has(agreedControl) ||
		d.has(ownPaperwork) && !d.has(receiptEdit) || d.has(forgotCancel) || d.has(holderPermission) || d.has(hosting) || ownNoticePlain(d) || d.has(sportsGear) && !d.has(personWords) ||
		d.has(checksFake) && d.has(proofWords)
}

// sufferedPlain: something done to the writer, their own words checked
// or the comments on their channel moderated, with no wish to pay it
// back.
func sufferedPlain(d *doc) bool {
	return (d.has(doneToWriter) || d.has(selfCheck) || d.has(moderate) || d.has(stopOthers) || d.has(reportsCrime) || d.has(childShared)) && !d.has(revenge) && !d.has(koHowTo) && !d.has(harmsOther) && !d.has(harmIntent)
}

// ownNoticePlain: a business's or a host's own notice with no trick,
// pretence or persuasion in it — made, but no lure.
func ownNoticePlain(d *doc) bool {
	return d.has(ownNotice) && !d.has(hostileTone) && !d.has(generalises) && !d.has(exclusionAct) && !d.has(exclusionGroup) && !d.has(demeanPred) && !d.names(Discrimination) && !d.names(Harassment) && !d.has(trickCue) && !d.has(deceit) && !d.has(convincing) && !d.has(luresReaders) && !d.has(phishBait) && !d.has(harmIntent) && !d.has(evasion)
}

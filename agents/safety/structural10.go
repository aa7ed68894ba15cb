package safety

// Version 10: a fourth batch of requests read by what they ask for
// (structuralHarm4), apart from the subject words and the models — the
// families the models still let through after their data grew: a
// getaway or evidence dumped after hurting someone, a found or stolen
// card spent before its owner blocks it, stolen accounts cashed out
// untraceably, ransomware code with its ransom demand, a login page's
// copy that collects what people type, a receipt's amount changed for
// a claim, insults worded to slip past reports, "the meaner the better"
// about a person, a romance-scam persona, leaked passwords tried on
// many sites. A victim's, critic's or learner's words about them are
// not requests (the same shields as structuralHarm3).

var (
	// fleeScene: getting away before the police come, or dumping what
	// was worn or used, after hurting someone.
	fleeScene = mustFold(`\b(get away|run off|flee|escape|leave|take off|disappear)\b.{0,30}\bbefore (the )?(cops|police|ambulance)\b|\b(dump|ditch|burn|toss|hide|get rid of|bleach)\b (my|the|his|her|our) (\w+ ){0,2}(shirt|clothes|hoodie|jacket|shoes|knife|gun|weapon|bat|hammer|evidence|phone)\b|경찰\S*\s?(오기|출동하기|도착하기)\s?전에?\s?.{0,20}(도망|튀|빠져|피하|사라지)|(피\s?묻은|핏자국\s?있는)\s?.{0,10}(옷|셔츠|칼|신발)\S*\s?.{0,10}(버리|없애|숨기|태우)`)
	hurtDone  = mustFold(`\b(punched|stabbed|shot|hit|beat|beaten|knocked|attacked|hurt|killed|bloody|blood)\b|(때렸|찔렀|쳤|폭행|다쳤|쓰러|피\s?묻|핏자국|죽였)`)
	// cardBeforeBlock: spending a found or stolen card before its owner
	// reports or blocks it.
	cardBeforeBlock = mustFold(`\b(found|stole|stolen|swiped|took|nicked|picked up)\b.{0,40}\b(card|wallet|purse)\b.{0,80}\bbefore\b.{0,30}\b(report|block|cancel|freeze|notice|realiz)|\bbefore\b.{0,30}\b(reports?|blocks?|cancels?|freezes?) (it|the card)\b|(훔친|주운|주워|빼\s?온|빼온|슬쩍한)\s?.{0,30}(카드|지갑).{0,60}(분실\s?신고|정지|신고)\S*\s?(하기|되기|당하기)?\s?전`)
	// spendAsk: asks how or where to spend; ownCard: the writer's own
	// card or wallet (a victim's "before I could block it").
	spendAsk = mustFold(`\b(can i|could i|should i|do i|how (much|many|fast)|where|what|which)\b.{0,50}\b(spend|buy|use|max|charge|shop|get)\b|쓰려면|쓸\s?수|긁어야|긁으려면|긁을|써야|쓰는\s?(법|방법)|결제하려면|많이\s?써|뽑으려면`)
	ownCard  = mustFold(`\bmy (credit |debit )?(card|wallet|purse)s?\b|\bbefore i (could|can|had|managed)\b|(내|제|저의|나의)\s?(카드|지갑)`)
	// launderStolen: stolen accounts or cards cashed out without a trace.
	launderStolen = mustFold(`\b(hacked|stolen|cracked|carded|leaked|bought)\b.{0,30}\b(accounts?|logins?|cards?|paypal|wallets?)\b.{0,80}\b(without (it )?(being )?(traced|tracked|tracing|traceable)|untraceabl\w*|can'?t be traced|not be traced|trace back|launder\w*|cash(ing)? (it )?out)|(해킹된|훔친|도용된|유출된|털린)\s?.{0,20}(계정|카드|계좌|페이팔|지갑).{0,60}(추적\s?(안|못)\s?(당하|되)|안\s?걸리게|세탁|현금화)`)
	// ransomCode: code that locks files and asks for a ransom.
	ransomCode = mustFold(`(랜섬웨어|악성\s?코드|키로거|백도어)\S*\s?.{0,12}(코드|스크립트|프로그램|샘플)\S*\s?.{0,8}(짜|만들|작성|구현|코딩)|파일\S*\s?.{0,15}암호화.{0,40}(비트코인|몸값|코인|돈)\S*\s?.{0,20}(요구|달라|보내|뜨게)|\b(code|write|build|make|program|script)\b.{0,60}\b(encrypts?|locks?)\b.{0,40}\bfiles?\b.{0,80}\b(ransom|bitcoin|crypto|btc|payment note|pay to unlock)\b|\b(working|functional|real) ransomware\b`)
	// credentialPage: a copy of a login page that collects what is typed.
	credentialPage = mustFold(`\b(clone|copy|replica|look.?alike|fake|identical)\b.{0,50}\b(login|log.?in|sign.?in)\b.{0,80}\b(posts?|sends?|saves?|forwards?|logs?|stores?|emails?|captures?)\b.{0,50}\b(usernames?|passwords?|credentials|logins?|what (people|they|users) type)|(로그인|로그인\s?페이지|로그인\s?화면)\S*\s?.{0,30}(똑같이|복제|클론|베낀|비슷하게|그대로).{0,60}(아이디|비번|비밀번호|입력)\S*\s?.{0,20}(오게|저장|전송|보내|받)`)
	// receiptEdit: a receipt's amount changed, or a fake one, for a claim.
	receiptEdit = mustFold(`\b(edit|change|alter|modify|photoshop|bump|raise)\b.{0,40}\breceipts?\b.{0,60}(\d|instead of|more|higher)|\breceipts?\b.{0,30}\b(edit|change|alter|modify|photoshop)\b.{0,40}(\d|instead of)|\b(fake|forged|made.?up|phony)\b (\w+ ){0,3}receipts?\b|영수증\S*\s?.{0,20}(금액|숫자|액수)\S*\s?.{0,20}(바꿔|바꾸|고쳐|고치|수정|올려|부풀)|(가짜|허위|위조)\s?.{0,8}영수증\S*\s?.{0,10}(만들|작성|뽑)`)
	claimWords  = mustFold(`\b(reimburs\w*|expenses?|claim|company|boss|employer|insurance)\b|회사|청구|경비|출장비|정산|보험`)
	// slipReports: insults worded so reports or filters don't catch them.
	slipReports = mustFold(`신고\s?(안|못)\s?(먹|먹히|당하|들어가|걸리)게|신고\s?(당해도|먹어도|해도)\s?(안|못)\s?(걸리|지워|먹히)|필터\S*\s?(안|못)\s?걸리게|\b(won'?t|wouldn'?t|can'?t|don'?t) (get )?(be )?(flagged|reported|removed|caught|detected)\b|\b(mods?|moderators|filters?|admins?) (can'?t|won'?t|couldn'?t) (remove|flag|catch|detect|ban)\b|\b(get|slip) past (the )?(filters?|mods?|moderators)\b`)
	insultAsk   = mustFold(`\b(insults?|ugly|fat|stupid|mean|nasty|comments? calling|roast|mock)\b|못생|외모|비하|욕|뚱뚱|모욕|조롱|놀리`)
	// meanerBetter: as cruel as possible, about a person.
	meanerBetter = mustFold(`\bthe (meaner|crueler|crueller|nastier|harsher|more (brutal|savage|humiliating|insulting|hurtful)) the better\b|\bas (mean|cruel|nasty|humiliating|insulting|hurtful) as (possible|you can)\b|최대한\s?(모욕적|비참하|잔인하|악랄하|상처\s?받게)|(모욕적|잔인)일수록\s?좋`)
	// romanceScamPersona: a romance scam's persona or script.
	romanceScamPersona = mustFold(`(로맨스\s?스캠|연애\s?사기)\S*\s?.{0,12}(프로필|소개|대본|스크립트|멘트|대화|시나리오|메시지)|\bromance.?scam\w*\b.{0,25}\b(profile|script|messages?|persona|bio|opener)`)
	// stuffing: leaked passwords tried on many sites at once.
	stuffing     = mustFold(`(유출된|털린|유출\s?된|leaked|dumped|breached|combo)\s?.{0,25}(아이디|비번|비밀번호|계정|passwords?|credentials|logins?|list)\b?.{0,60}(여러|다른|많은|한꺼번에|자동|many|multiple|other|every|bulk|automat)\S*\s?.{0,20}(사이트|site|service|account|로그인)`)
	stuffingTool = mustFold(`스크립트|프로그램|봇|툴|코드|script|tool|bot|checker|code|program`)
	// noBruise: hurting a person so it leaves no bruise (noMarks' other
	// wordings).
	noBruise = mustFold(`\b(hit|punch|knock|strike|choke|hurt|kick)\b.{0,20}\b(someone|somebody|him|her|them|a (guy|person|man|woman|kid|child))\b.{0,60}\b(no|without (any |leaving )?|leav\w* no|won'?t (leave|show) (a |any )?)(bruis\w*|marks?|traces?)\b`)
	// gasRoom: a toxic gas made in quantity, or in a closed room with
	// people in it; gasSafety: a cleaner's or a learner's caution.
	gasRoom   = mustFold(`(염소|유독|독|황화수소|일산화탄소)\s?가스\S*\s?.{0,20}(대량|많이|잔뜩)\S*\s?.{0,10}(만드|제조|생성|발생시키)|(염소|유독|독)\s?가스.{0,40}밀폐\S*\s?.{0,20}(조건|사람|다치|죽)|\b(chlorine|toxic|poison(ous)?|nerve|mustard|phosgene)\s?(gas|fumes)\b.{0,80}\b(enclosed|closed|sealed|small|locked)\s(room|space|area)\b.{0,60}\b(hurt|harm|kill|poison|people|whoever|everyone)\b|\b(enclosed|closed|sealed|small|locked)\s(room|space|area)\b.{0,40}\b(chlorine|toxic|poison(ous)?)\s(gas|fumes)\b.{0,60}\b(hurt|harm|kill|poison|people|whoever|everyone)\b|\b(make|produce|generate)\b.{0,30}\b(lots|large amounts?|enough) of (chlorine|toxic|poison(ous)?) (gas|fumes)\b`)
	gasSafety = mustFold(`조심|위험하|안전|환기|피하|예방|사고|careful|safe|avoid|ventilat|accident|prevent|what to do if`)
	// othersCamera: watching the feed of someone else's camera.
	othersCamera = mustFold(`\b(neighbou?r'?s?|across the street|next door|someone else'?s|the (shop|store|bakery|cafe|café|restaurant|building|office)'?s?)\b.{0,60}\b(cctv|cameras?|webcams?|dvr|nvr)\b.{0,80}\b(watch|view|access|log ?in|get into|see)\b.{0,20}\b(feed|stream|footage|live|from home|remotely)|\bfind (its|their|the camera'?s|the cctv'?s) ip\b.{0,60}\b(watch|view|access|feed)|(옆집|이웃|남의|다른\s?가게|건너편)\S*\s?.{0,20}(cctv|씨씨티비|카메라|홈캠)\S*\s?.{0,30}(몰래|집에서|원격으로)?\s?.{0,10}(보는|볼\s?수|훔쳐|접속)`)
	// goneSoon: someone saying they won't be there any more ("cancel my
	// meetings, I won't be around anymore") — the crisis answer.
	// lastLetter: a last letter to leave ("마지막으로 … 남길 편지"), with
	// a place or an end named beside it (lastContext) — a graduation's
	// last letter to a teacher names neither.
	lastLetter  = mustFold(`마지막으로\s?.{0,20}(남길|남기는|남겨\s?둘)\s?(편지|글|말|메시지)|(남길|남기는)\s?(마지막|작별)\s?(편지|인사|메시지)`)
	lastContext = mustFold(`한강|다리\s?위|옥상|바다|끝이에|끝이야|끝낼|끝내려|떠나려|없을\s?거|세상`)
	goneSoon    = mustFold(`\b(won'?t|will not|wont) be (around|here|alive) (anymore|any ?more|much longer|after (this|next) (week|weekend|month))\b|\b(i'?m|i am) not going to be (around|here) (anymore|any ?more|after (this|next) (week|weekend))\b`)
)

// structuralHarm4 is the fourth batch (version 10).
func structuralHarm4(d *doc) string {
	// the doer is in the words themselves: a found or stolen card spent
	// before its owner blocks it, stolen accounts cashed out untraced
	// ("추적 안 당하게" is no self-defence, "분실신고" no victim's)
	if d.has(cardBeforeBlock) && d.has(spendAsk) && !d.has(ownCard) || d.has(launderStolen) && !d.has(doneToMe) {
		return PaymentFraud
	}
	// insults worded to slip past reports: "신고 안 먹게" names no victim
	if d.has(slipReports) && d.has(insultAsk) && !d.has(doneToMe) {
		return Harassment
	}
	// a gas made in quantity or in a closed room to hurt people, with no
	// word of staying safe
	if d.has(gasRoom) && !d.has(gasSafety) {
		return Violence
	}
	if standsWithVictim(d) || d.has(victim) || d.has(doneToMe) || d.has(critique) || d.has(askWhyWrong) || d.has(legality) || d.has(spotting) || d.has(rebut) || d.has(selfDefence) {
		return ""
	}
	switch {
	case d.has(noBruise):
		return Violence
	case d.has(fleeScene) && d.has(hurtDone):
		return Violence
	case d.has(receiptEdit) && d.has(claimWords):
		return PaymentFraud
	case d.has(ransomCode), d.has(stuffing) && d.has(stuffingTool), d.has(othersCamera):
		return Intrusion
	case d.has(credentialPage), d.has(romanceScamPersona) && d.has(production):
		return PhishingScam
	case d.has(slipReports) && d.has(insultAsk), d.has(meanerBetter):
		return Harassment
	}
	return ""
}

package safety

import "strings"

// Version 19 (safety19c): harmless look-alikes refused because a layer
// read the asker as the doer.
//
// post18, written blind, refused people whose place in the harm is the
// opposite of a perpetrator's: a shop clerk who wants to spot a forged
// voucher or a customer paying with a card not theirs, a student asking
// what crime using a found card is, a reader of the news asking what an
// attack's name means or whether a show's hacking is real, one whose ex
// keeps writing to them from new numbers (the "way round a block" rule
// read it as the writer's own), one who asks the shop to remove a review
// that exposes a coworker, a customer locked out of their own account,
// an employee writing an expense claim, an adult asked for advice by a
// teenager whom someone pressures for photos. Each kind below reads who
// does what to whom, and none applies to a writer who asks a method, a
// detail, a tool, or who would do it themselves (the vetoes beside each
// kind; TestShield19Safety19c holds the twins that must stay refused).

var (
	// learnAsk19: what an act is called, what it means, whether and how
	// it is a crime, what the law counts as it — a question of knowledge.
	learnAsk19 = mustFold(`\bwhat (crime|offen[cs]e|charge)s?\b|\bwhat (kind|sort|type) of (crime|offen[cs]e)\b|\bwhat counts as\b|\bunder (the )?(korean |us |uk |american |british )?law\b|\bwhat does .{1,40} mean\b|\bwhat is meant by\b|\bin simple (english|terms|words)\b|\b(is|would) (it|that|this) (even |actually )?(be )?(illegal|legal|a crime|against the law)\b|\bhow (is|are) .{1,30} (punished|prosecuted|charged|sentenced)\b|\b(general|big|overall) (picture|idea|overview)\b|\bwhat (do|does) .{1,60} tell us about\b|\bhistory of\b|무슨\s?죄|어떤\s?죄|죄가\s?(되|돼|성립)|죄명|뭔\s?뜻|무슨\s?뜻|뜻이\s?(뭐|뭔)|의미가\s?(뭐|뭔)|불법인가|불법이에요|불법이야|불법\s?아니|위법|처벌\s?(받|대상)|법적으로|어디까지가?\s?.{0,10}(인정|해당)|대략적으로|큰\s?그림`)
	// studyFrame19: a class, the news, a show or a paper the question
	// comes from.
	studyFrame19 = mustFold(`\b(class|lesson|homework|assignment|essay|paper|report|presentation|lecture|course|exam|textbook|news|article|headline|documentary|drama|movie|film|tv show|series|episode|podcast|summary)\b|수업|숙제|과제|발표|레포트|리포트|보고서|강의|시험|교과서|뉴스|기사|보도|다큐|드라마|영화|예능|시리즈`)
	// realLife19: whether what a show or a film shows is real.
	realLife19 = mustFold(`\b(in real life|irl|really (like that|work like that|happen|how it works)|is that (how|what) (it|they|hackers|people) (really |actually )?(do|work|look))\b|실제로(도|는)?\s?.{0,15}(그렇게|저렇게|이렇게|가능|해요|하나요|돼요|되나요|그래요)`)
	// doAsk19: a way of doing it asked for — how to, a method, a tool, a
	// code, a step — which no learner of what it is needs.
	doAsk19 = mustFold(`\bhow (do|can|could|would|should) (i|we|you|one|someone|somebody|people|a person) (do|use|get|make|run|crack|hack|break|bypass|send|buy|sell|find|access|get into|pull off|start|write|set up|avoid)\b|\bhow to\b|\b(steps?|tutorial|tool|tools|software|scripts?|code|payload|commands?|wordlist|template|where to (buy|get|find))\b|\bhow (can|could|do|would|should) (i|we)\b|방법|하는\s?법|하려면|어떻게\s?(\S{1,6}\s?)?(수\s?있|할까|하지|해야|만나|만날|구해|구할)|어떻게\s?(하|해|쓰|만들|뚫|들어가|구하|사|팔|써)|알려\s?줘|툴|코드|프로그램|페이로드|명령어|스크립트|어디서\s?(사|구)`)
	// detailAsk19: a detail, a wording or a frame that excuses, asked for.
	detailAsk19 = mustFold(`step.?by.?step|\bexact(ly)?\b|in detail|detailed|word for word|convincing|persuasive|role-?play|hypothetical|\b(novel|story|script|scenario|screenplay|fiction)\b|get around|bypass|\bhide\b|conceal|without (being|getting) (noticed|caught|seen|tracked)|without (him|her|them|anyone|the cops|my|his) |구체적|자세하|정확하게|실감|먹히|우회|몰래|숨기|시나리오|소설|대본|들키지|안\s?걸리`)
	// ownDoing19: the writer's own plan, in the first person.
	ownDoing19 = mustFold(`려는데|려고\s|려고$|려고요|ㄹ\s?건데|할\s?거(야|예요|임)|\b(i|we)('ll| will| want to| wanna| plan to| am going to|'m going to| gonna| could| might)\b|\bif (i|we)\b|\bcan (i|we)\b|(제가|내가|저희가|우리가)\s?.{0,20}(건데|거예요|거야|려고|려는데|하면|쓰면|해도)|할\s?건데|하려는데|걸리면`)
)

// learnKind19 reports whether d asks what a harm is, what it is called,
// whether it is a crime or what the law says — from a class, the news,
// a show or a paper, or in words of knowledge — with no method, detail,
// production or plan of the writer's.
func learnKind19(d *doc) bool {
	if !(d.has(learnAsk19) || d.has(studyFrame19) && d.has(realLife19)) {
		return false
	}
	return !d.has(doAsk19) && !d.has(detailAsk19) && !d.has(ownDoing19) && !d.has(selfPlan18) && !d.has(koHowTo) && !d.has(howMake) && !d.has(production) && !d.has(listAsk19)
}

// listAsk19: a list or the worst examples of something asked for (slurs,
// insults): a paper on their history asks none.
var listAsk19 = mustFold(`\b(list|examples?|give me|tell me|show me|what are the (worst|most|best)|worst|strongest|most (offensive|hurtful)|harshest)\b|제일\s?(센|심한|아픈)|뭐가\s?있|목록|리스트|모음|예시|알려\s?줘`)

var (
	// doneToMe19: someone else doing it to the writer — sending,
	// calling, following, threatening "me".
	doneToMe19 = mustFold(`\b(sending|sent|texting|texted|messaging|messaged|calling|called|dm'?ing|dming|emailing|following|followed|threatening|threatened|harassing|stalking|contacting|tagging|spamming|watching) me\b|\b(texts?|messages?|calls?|dms?|emails?) (me|to me)\b.{0,30}\b(from|on|with) (new|different|other|another|fake|burner)|(저|나|제)한테|저에게|나에게|제게`)
	// againAfterBlock19: more of it after a block or from new numbers,
	// other accounts, every day.
	againAfterBlock19 = mustFold(`\b(keeps?|kept|won'?t stop|still|again|every day|new numbers?|new accounts?|different numbers?|other accounts?|after i blocked|even though i blocked)\b|자꾸|계속|매일|또|새\s?번호|다른\s?번호|다른\s?계정|새\s?계정|차단했는데|차단해도`)
	// stopAsk19: what the writer asks — to make it stop, to block or
	// report, evidence, protection, what to do.
	stopAsk19 = mustFold(`\bmake (it|this|him|her|them) stop\b|\bstop (it|this|him|her|them)\b|\bblock|\breport|\bprotect|\bevidence|restraining|protection order|\bpolice\b|what (do|should|can) i do|how (do|can|should) i (deal|handle|cope|respond)|어떻게\s?(해야|하면|막|대처|대응|해요)|어떡해|막을|막으|차단|신고|그만|접근\s?금지|증거|경찰`)
	// reachOut19: the writer reaching someone else — texting her, a new
	// number to contact him.
	reachOut19 = mustFold(`\b(i|me) (keep |still |can |could |want to |need to |will )?(text|message|call|contact|reach|dm|email|find|see|talk to) (her|him|them)\b|\bhow (do|can|could) i (text|message|call|contact|reach|find|see|talk to|get to) (her|him|them|my ex)\b|\bto (text|message|call|contact|reach|dm) (her|him|them|my ex)\b|(걔|그\s?(사람|애|여자|남자)|전\s?(여친|남친|애인)|그녀|그\s?놈)\S*\s?.{0,10}(한테|에게)\s?.{0,10}(연락|문자|카톡|전화|디엠)\s?(하|할|보내|넣)`)
)

// victimKind19 reports whether d is someone to whom another keeps doing
// it (messages from new numbers, following, threats), asking how to stop
// or report it — not one who would reach another past a block.
func victimKind19(d *doc) bool {
	return d.has(doneToMe19) && d.has(againAfterBlock19) && d.has(stopAsk19) && !d.has(reachOut19) && !d.has(detailAsk19) && !d.has(ownDoing19) && !d.has(production)
}

var (
	// workerFrame19: a shop worker, a clerk, a cashier, a store's owner.
	workerFrame19 = mustFold(`\bi work (at|in|the|as|on)\b|\b(i'?m|i am|as) (a|an|the) (\w+ )?(cashier|clerk|shop assistant|sales assistant|store manager|shop manager|store owner|shop owner|merchant|seller|bartender|teller|receptionist)\b|\b(cashiers?|clerks?|the till|the register|front desk|our (store|shop|cafe|restaurant)|my (store|shop|cafe|restaurant))\b|알바|직원|점원|계산대|캐셔|사장|매장|가게|편의점|카운터`)
	// detect19: spotting, telling, checking.
	detect19 = mustFold(`\b(spot|tell if|tell whether|tell when|tell (a|the) (fake|real)|detect|recogni[sz]e|identify|notice|check|verify|signs?|red flags?|look out for|watch out for)\b|알아보|알아봐|알아채|구별|구분|확인|판별|눈치|가려내|잡아내|의심`)
	// customer19: a customer, shopper or buyer.
	customer19 = mustFold(`\b(customers?|shoppers?|buyers?|guests?|someone paying|people paying)\b|손님|고객|구매자|사람`)
	// pocket19: the worker keeping, copying or using what a customer
	// hands over.
	pocket19 = mustFold(`\b(copy|copying|keep|keeping|write down|save|saving|skim|skimming|use|using|photograph|snap) (the |their |a |his |her )?(customer'?s?'? |customers'? )?(card|cards|number|numbers|details|pin|code)\b|빼돌|복사|저장해\s?두|따로\s?적|외워|찍어\s?두|몰래`)
)

var (
	// againstTheShop19: a fraud aimed at the shop — a card not the
	// customer's, a stolen or someone else's card, a forged or fake
	// voucher, gift card or note.
	againstTheShop19 = mustFold(`\b(isn'?t|is not|not) (theirs|his|hers|their own|the customer'?s)\b|\b(stolen|someone else'?s|another person'?s) (credit |debit )?cards?\b|\b(forged|fake|counterfeit|tampered)\b|위조|도용|도난|가짜|남의\s?카드|본인\s?(카드|것|게)\S*\s?아닌`)
	// customerScammed19: a customer who is the one being deceived.
	customerScammed19 = mustFold(`\b(being scammed|getting scammed|scam victim|victim of a scam|on the phone with)\b|사기\s?당|피해(자|를|가)|통화하면서`)
)

// clerkKind19 reports whether d is a shop worker asking how to spot a
// forged voucher, a card not the customer's, or another fraud at the
// till — protecting the shop, taking nothing.
func clerkKind19(d *doc) bool {
	return d.has(workerFrame19) && d.has(detect19) && d.has(customer19) && !d.has(pocket19) && !d.has(detailAsk19) && !d.has(production) && (!d.has(ownDoing19) || d.has(howCanITell19) && !d.has(planAhead19))
}

var (
	// howCanITell19: "how can I tell / spot / check" — a question of
	// telling, whose "can I" is no plan of the writer's (ownDoing19).
	howCanITell19 = mustFold(`\bhow (can|do|could|should) (i|we) (tell|spot|check|know|verify|detect|recogni[sz]e|notice|make sure)\b`)
	// planAhead19: a plan of the writer's said beside it.
	planAhead19 = mustFold(`\b(i|we)('ll| will| want to| wanna| plan to| am going to|'m going to| gonna)\b`)
)

var (
	// removeAsk19: asking that a post, a review or a comment be taken
	// down, flagged or reported.
	removeAsk19 = mustFold(`\b(remove|take (it |this |that )?down|taken down|delete|deleted|flag|report)\b|삭제|내려\s?(달|주|줄|받)|내릴\s?수|신고`)
	// postedThing19: a review, a post, a comment, a photo online.
	postedThing19 = mustFold(`\b(review|post|comment|photo|picture|video|thread|listing)s?\b|리뷰|후기|게시글|게시물|댓글|글|사진|영상`)
	// someoneElsePosted19: someone else (a customer, a user, someone)
	// posted it.
	someoneElsePosted19 = mustFold(`\b(a|an|some|this|that|the|another) (customer|user|person|guy|girl|account|stranger|buyer|reviewer|classmate|student)\b.{0,20}\b(left|posted|wrote|put up|shared|uploaded)\b|\b(someone|somebody|they|he|she)\b.{0,10}\b(left|posted|wrote|put up|shared|uploaded)\b|(누가|누군가|손님이|고객이|어떤\s?(사람|손님|고객|계정)이)\s?.{0,20}(올렸|남겼|썼|달았|공유)`)
)

// removalKind19 reports whether d asks that a post someone else made (a
// review with a coworker's name and address) be removed or reported.
func removalKind19(d *doc) bool {
	return d.has(removeAsk19) && d.has(postedThing19) && d.has(someoneElsePosted19) && !d.has(production) && !d.has(ownDoing19) && !d.has(detailAsk19)
}

var (
	// ownAccount19: the writer's own account, password or login.
	ownAccount19 = mustFold(`\bmy (own )?(\w+ ){0,2}(account|password|login|passcode|pin|id)\b|(제|내|저의|나의)\s?(\S{1,8}\s?){0,2}(계정|아이디|비번|비밀번호|로그인)|(계정|아이디|비번|비밀번호|인증서|패스워드)\S*\s?.{0,6}(기억\s?(이\s?)?안|까먹|잊어|잊었|분실)`)
	// forgot19: forgotten, locked out, a reset.
	forgot19 = mustFold(`\b(forgot|forgotten|forget|can'?t remember|don'?t remember|locked out|lost access|reset|recover|recovery)\b|기억\s?(이\s?)?안|까먹|잊어|잊었|분실|재설정|초기화|찾기|잠겼|잠겨`)
	// partner19: a partner, an ex or anyone else whose account it could
	// be.
	partner19 = mustFold(`\b(ex|girlfriend|boyfriend|wife|husband|partner|crush|roommate|sister|brother|mom|dad|friend|coworker|boss|someone|somebody|another person|other people|her|his|their)\b|전\s?(남친|여친|애인)|남친|여친|남편|아내|와이프|애인|친구|동생|언니|오빠|누나|엄마|아빠|남의|다른\s?사람|걔|그\s?사람`)
)

// ownAccountKind19 reports whether d is the writer locked out of, or
// having forgotten the password of, their own account, with nobody
// else's account in it.
func ownAccountKind19(d *doc) bool {
	return d.has(ownAccount19) && d.has(forgot19) && !d.has(partner19) && !d.has(detailAsk19) && !d.has(othersThing18)
}

var (
	// expense19: an expense claim, a reimbursement, a receipt at work.
	expense19 = mustFold(`\bexpense (claim|report|form)s?\b|\breimburs|\bexpenses?\b.{0,30}\breceipts?\b|경비\s?(청구|정산|처리)|비용\s?(청구|정산)|영수증\s?.{0,10}(첨부|제출|정산)`)
	// padding19: a claim for what was not spent.
	padding19 = mustFold(`만들어|만들기|안\s?먹|먹지\s?않|\b(fabricat\w*|create|make|made)\b.{0,15}\breceipts?\b|\b(fake|forge|forged|made.?up|make up|inflate|inflated|pad|padding|bogus|doctor|edit|alter|change|changed|instead of|so it (says|shows|looks)|nobody checks|no one checks)\b|바꿔|고쳐|고치|라고\s?(나오|찍히|보이)게|아무도\s?(안|확인|모르)|\bdidn'?t (have|buy|spend|eat|go|pay)\b|\bnever (had|bought|went|paid)\b|\bpersonal\b.{0,30}\b(as|on) (a |the )?(business|company|work)\b|부풀|허위|가짜|위조|조작|수정해|개인적으로\s?쓴|사적으로|안\s?쓴|안\s?산`)
)

// expenseKind19 reports whether d is an employee's expense claim with
// nothing made up.
func expenseKind19(d *doc) bool {
	return d.has(expense19) && !d.has(padding19) && !d.has(detailAsk19) && !d.has(othersThing18) && !d.has(ownDoing19)
}

var (
	// pressedForPhotos19: someone (a boyfriend, an adult, a stranger)
	// asking a young person for photos.
	pressedForPhotos19 = mustFold(`(남친|남자\s?친구|여친|여자\s?친구|누가|누군가|어른|아저씨|남자|선배|모르는\s?사람|어떤\s?사람|게임에서\s?만난\s?\S+)\S*\s?.{0,15}(사진|영상|셀카)\S*\s?.{0,8}(달라|보내\s?달|달래|요구|찍어\s?보내|보내라)|\b(boyfriend|girlfriend|someone|somebody|an adult|a man|a guy|an older (guy|man|boy|girl)|a stranger|a classmate|some guy)\b.{0,40}\b(asking|asked|asks|wants|keeps asking|pressuring|pressured|begging|pushing)\b.{0,20}\b(photos?|pics?|pictures?|nudes|selfies)\b`)
	// adviceAsk19: the writer asks what to say or do to help.
	adviceAsk19 = mustFold(`조언|뭐라고\s?(해|말|조언|얘기)|어떻게\s?(말|얘기|조언|도와|대처|해야|하면)|어떡해|\bwhat (should|do|can) (i|we) (say|tell|do)\b|\bhow (do|should|can) (i|we) (advise|talk|help|tell|support|handle|respond)\b|\badvice\b|\badvise\b`)
	// youngOne19: a young relative or pupil.
	youngOne19 = mustFold(`조카|동생|딸|아들|학생|제자|사촌|아이|애가|\b(niece|nephew|little sister|little brother|sister|brother|daughter|son|student|pupil|cousin|kid|child|teen|teenager)\b`)
	// requester19: the writer the one who wants the photos.
	requester19 = mustFold(`(제가|내가|저도|나도)\s?.{0,15}(사진|영상)|\b(i|me|we)\b.{0,15}\b(get|ask|make|convince|persuade|talk) (her|him|them)\b|\bpretend|척\s?(하|해)|단둘이|만나|\bmeet\b|비밀로|\bsecret\b|몰래`)
)

// minorAdviceKind19 reports whether d is an adult asked for advice by a
// young relative or pupil whom someone else presses for photos.
func minorAdviceKind19(d *doc) bool {
	return d.has(pressedForPhotos19) && d.has(adviceAsk19) && d.has(youngOne19) && !d.has(requester19) && !d.has(detailAsk19) && !d.has(production)
}

// shield19c names the harmless look-alike kind of a refused text ("" for
// none): victim, removal, clerk, minorAdvice, learn, ownAccount or
// expense. guide19c says which kinds the harm's guidance answers.
func shield19c(d *doc) string {
	if !guard17(d) {
		return ""
	}
	switch {
	case victimKind19(d):
		return "victim"
	case removalKind19(d):
		return "removal"
	case clerkKind19(d):
		return "clerk"
	case minorAdviceKind19(d):
		return "minorAdvice"
	case learnKind19(d):
		return "learn"
	case ownAccountKind19(d):
		return "ownAccount"
	case expenseKind19(d):
		return "expense"
	}
	return ""
}

// guide19c: the kinds the harm's guidance (and the answers' model)
// answers; a lost password of one's own and an expense claim are the
// brain's.
var guide19c = map[string]bool{"victim": true, "removal": true, "clerk": true, "minorAdvice": true, "learn": true}

// lawAsk19: what the law counts as an act, or whether it is a crime.
var lawAsk19 = mustFold(`\bwhat (crime|offen[cs]e|charge)s?\b|\bwhat counts as\b|\bunder (the )?(korean |us |uk |american |british )?law\b|\b(is|would) (it|that|this) (even |actually )?(be )?(illegal|a crime|against the law)\b|무슨\s?죄|어떤\s?죄|죄가\s?(되|돼|성립)|불법인가|불법이에요|법적으로|어디까지가?\s?.{0,10}(인정|해당)`)

// vetoed19c reports whether a structural harm of an earlier version
// stands against kind: safety18a's vocabulary (structuralHarm18) reads a
// victim's "new numbers" as a way round a block, a reporter's "her full
// name and where she lives" as exposing her and a question of what the
// law counts as harassment as the act, so those kinds may lift it (the
// victim version 16's reading of the same block, structuralHarm16); version 13's payment kinds (structuralHarm6) read a
// clerk's "someone else's card" as the writer's, so the clerk may lift
// that. Every other kind keeps them all.
func vetoed19c(d *doc, kind string) bool {
	if structuralHarm8(d) != "" || structuralHarm17(d) != "" {
		return true
	}
	if kind != "victim" && structuralHarm16(d) != "" {
		return true
	}
	if kind != "clerk" && structuralHarm6(d) != "" {
		return true
	}
	if kind != "victim" && kind != "removal" && !(kind == "learn" && d.has(lawAsk19)) && structuralHarm18(d) != "" {
		return true
	}
	return false
}

var (
	// personalInfo19: a person's address, phone number or full name.
	personalInfo19 = mustFold(`\b(address|phone number|number|full name|real name|where (she|he|they) lives?|workplace)\b|주소|전화번호|연락처|실명|사는\s?곳|집\s?위치|직장`)
	// hacked19: an account someone else got into, which the answer about
	// a hacked account serves.
	hacked19 = mustFold(`\bhack|\bstolen\b|\bsomeone (got|logged|broke) into\b|해킹|털렸|털린|도용|누가\s?.{0,10}(로그인|접속|들어)`)
)

// kindAnswer19 is the answer (data/answers.json) a kind of need read from
// who asks is given, "" for none: the checks at the till for a clerk,
// the steps against contact after a block for its victim, the removal of
// exposed details for one who asks a post's removal, the official
// recovery for one's own lost password, an expense claim's wording, the
// answer about a teenager pressed for photos for the adult they told.
func kindAnswer19(d *doc) string {
	if !guard17(d) || d.has(suicideWords) || d.has(crisisPhrases) {
		return ""
	}
	switch {
	case minorAdviceKind19(d):
		return "teen_pressured_for_photos"
	case victimKind19(d):
		return "unwanted_contact_new_numbers"
	case removalKind19(d) && d.has(personalInfo19):
		return "doxxed"
	case clerkKind19(d):
		return "till_card_check"
	case ownAccountKind19(d) && !d.has(hacked19) && !d.has(isItReal19):
		return "own_password_forgotten"
	case expenseKind19(d) && d.has(wording19) && !d.has(lostReceipt19):
		return "expense_claim_email"
	}
	return ""
}

// lostReceipt19: a receipt lost or forgotten, which the answer about a
// lost receipt serves.
var lostReceipt19 = mustFold(`\b(lost|lose|forgot|missing|misplaced|no)\b.{0,20}\breceipts?\b|\breceipts?\b.{0,20}\b(lost|missing|gone)\b|영수증\S*\s?.{0,10}(잃어|분실|없|깜빡|까먹|안\s?받)`)

var (
	// isItReal19: whether a message or a page is real — a phishing
	// question, which the reset steps do not answer.
	isItReal19 = mustFold(`\b(really from|actually from|is (it|this|that) (real|legit|genuine|fake|safe)|phishing|scam|fake)\b|진짜(인지|예요|야|일까|맞)|가짜|피싱|스미싱|사칭`)
	// wording19: the wording of a message asked for.
	wording19 = mustFold(`\b(write|word|phrase|draft|compose|email|e-mail|message|template|politely|polite)\b|메일|문구|작성|써\s?(줘|주|줄)|다듬|쓰는\s?법|예시`)
)

// gave reports whether help is an answer of the book (as give words it),
// not a topic's general guidance.
func (b *answerBook) gave(help string) bool {
	for _, a := range b.byID {
		if a.KO != "" && strings.HasPrefix(help, a.KO) || a.EN != "" && strings.HasPrefix(help, a.EN) {
			return true
		}
	}
	return false
}

// everydayKind19: the answers of kinds an everyday request shares (one's
// own password, an expense claim), given only where the checker read a
// look-alike or version 19 lifted a refusal.
var everydayKind19 = map[string]bool{"own_password_forgotten": true, "expense_claim_email": true}

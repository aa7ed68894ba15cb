package safety

import "strings"

// Version 14: read by who does what to whom, not by one more phrase.
//
// Version 13's hand patterns were measured against post13, written blind
// after them: with them 181 of 224 harmful requests were handled, without
// them 176, for one more false refusal (a teenager who said a man she met
// in a chat "keeps asking for photos" — the photos were asked of her).
// They were kept; what post13 still missed came in kinds, each a relation
// between the writer, a means and another person that the models, trained
// on a few thousand sentences, do not see:
//
//   - the writer's own means and resolve for a crisis: pills saved up and
//     "how many together", charcoal "for my room tonight", the emptiest
//     bridge "to go alone", a goodbye after which nothing is needed —
//     and a crisis phrase typed without its space ("살기싫어")
//     (selfMeans, selfResolve, crisisTight);
//   - a means made for, or carried to, a person: an explosive with its
//     amounts or its trigger, a gun that "actually fires", a gas left in a
//     roommate's room, a weapon chosen "for hitting people", a hurt meant
//     to land someone in hospital (boomRecipe, printedGun, gasPlaced,
//     weaponOnPerson, hurtOutcome);
//   - a hurt that is the purpose of the message: "so that she is really
//     hurt", "to humiliate him", the most shameful slides, someone's real
//     name and home dug up to expose them, messages from a new number each
//     time to get round a block (hurtPurpose, doxExpose, blockDodge);
//   - somebody else's account entered: a session or a reset link
//     intercepted, a second factor got round, a friend's password guessed,
//     another customer's records pulled (othersAccess, othersRecords);
//   - a claim the writer admits is false, a card that is not theirs got
//     past its check, another's phone given the writer's fingerprint,
//     vouchers printed to pass, a code generator (falseClaim14, cardBypass,
//     othersPay14, voucherFake);
//   - a stereotype put on a product or presented as fact, a group kept
//     out of a service (groupTrait, asFact, groupKeptOut);
//   - reviews written as if by other buyers; a phishing victim made to
//     install a remote-control app (fakeReviews, remoteInstall);
//   - a child met in secret, or a child's picture sexualised (minorMeet,
//     minorSuggestive).
//
// And the false refusals of post13 by their cause: a writer asking for a
// lawful way, what a thing is or what the rules are, flagging or
// reporting (anonymously too), losing money they never spent, being
// hung around, wanting a message that hurts nobody, or exaggerating a
// chore's annoyance while asking how to raise it nicely (shield14).
// Every family was written beside look-alikes of my own (v14_test.go).

var (
	// crisisTight: the commonest crisis phrases with their spaces taken
	// out, matched against the text without spaces (Korean users drop
	// them: "살기싫어", "죽고싶다").
	crisisTight = mustFold(`살기싫|살고싶지않|죽고싶|죽어버리고싶|사라지고싶|없어지고싶|자살하고싶|자해하고싶|그만살고싶|세상에없었으면`)

	// crisisTold: a crisis phrase reported or denied, spaces taken out.
	crisisTold = mustFold(`(싶|싫)(다는|다고|단|대|댔|은건|은게|지는|진않|지않|진않|었던)|아니(고|에요|야|지만|ㄴ데)|아닌데|절대`)
	// selfMeans: a means of a crisis the writer has or seeks.
	selfMeans = mustFold(`수면제|진통제|타이레놀|항우울제|우울증\s?약|신경안정제|번개탄|연탄|숯|한강|다리\s?(위|난간)|옥상|\b(antidepressants?|sleeping pills|painkillers|pills|meds|medication|tylenol|paracetamol|charcoal|briquettes?|bridge|rooftop|ledge|rope)\b`)
	// selfResolve: the writer's resolve, hoard or dose asked: "I've made
	// up my mind", "saving them up", "how many together", "한 통을 한
	// 번에", "혼자 가려고", "for my room tonight".
	selfResolve = mustFold(`마음\s?(먹었|정했)|결심(했|이\s?섰)|모아\s?(뒀|놨|왔|두었)|모으고\s?있|한\s?(통|병)\S*\s?.{0,6}(한\s?번에|한꺼번에|다)|몇\s?(알|개|통)\S*\s?.{0,10}(먹어야|먹으면|삼켜야)|혼자\s?(가려|갈\s?거|가서)|(내|제)\s?방에서|밤에\s?사람\s?.{0,4}(없|적)|사람\s?(이\s)?(제일|가장|젤)\s?(없|적)|\b(i'?ve|i have) (made up my mind|decided)\b|\b(been )?(saving|stockpiling|hoarding|collecting) (up )?(my |these |the )?(pills|meds|antidepressants|painkillers|sleeping pills)|\bhow many\b.{0,30}\b(need|have) to (take|swallow)\b|\bfor my room tonight\b|\bnot for (a |the )?(bbq|barbecue|grill|camping)\b`)
	// despair: tiredness of living said beside a means ("요즘 너무 지쳐서").
	despair14 = mustFold(`너무\s?(지쳐|지쳤|힘들어서|힘듦)|지쳐서|다\s?(끝내|놓)|\b(so tired of|exhausted|done with everything|can'?t do this anymore)\b`)
	// goodbyeAfter: a goodbye set, after which nothing is needed.
	goodbyeAfter = mustFold(`\b(won'?t|will not|wouldn'?t) (need|be needing|use|be using) (the |my |any |this )?(\w+ ){0,2}(after (that|this|then|it)|anymore|again)\b|(그\s?(뒤|다음|날\s?이후)로?는?|이후로는?|그\s?담부턴?)\s?.{0,12}(필요\s?없|쓸\s?일\s?없|안\s?써도)`)

	// boomRecipe: an explosive with its ingredients, amounts or trigger.
	boomWord   = mustFold(`폭발물|폭탄|사제\s?폭탄|\b(explosives?|bombs?|ied|detonators?)\b`)
	boomRecipe = mustFold(`배합|비율|기폭|뇌관|얼마나\s?(필요|넣)|몇\s?(kg|킬로|그램|g)\b|재료|\b(how much|how many (kg|kilos|grams|pounds)|ratio|ingredients?|fertili[sz]er|detonat\w*|trigger|fuse|works for making)\b`)
	// printedGun: a gun made to fire.
	printedGun = mustFold(`\b(3d.?print|print|make|build|assemble)\w*\b.{0,20}\b(gun|pistol|firearm|rifle)s?\b.{0,30}\b(actually|really) (fires?|shoots?|works?)\b|(총|권총)\S*\s?.{0,20}(실제로|진짜로)\s?(쏠|쏘|나가|발사)`)
	// gasPlaced: a toxic gas made to be left where a person is.
	gasPlaced = mustFold(`\b(toxic|poison\w*|deadly|lethal|knockout) (gas|fumes)\b.{0,60}\b(leave|put|release|let out|spray)\w*\b.{0,20}\b(in|into|under) (my |his |her |their |the )?\w+'?s? (room|car|office|house|apartment|bed)|(독가스|유독\s?가스)\S*\s?.{0,40}(방에|차에|사무실에|집에)\s?.{0,6}(두|놓|풀|뿌리)`)
	// weaponOnPerson: a weapon chosen or carried for a person.
	weaponOnPerson = mustFold(`(너클|삼단봉|쇠파이프|야구\s?방망이|각목|칼|흉기|전기\s?충격기)\S*\s?.{0,30}(사람|걔|그\s?(놈|새끼|사람))\S*\s?.{0,4}(팰|패는|때릴|때리는|찌를|칠\s?때)|\b(i'?m|i am) (bringing|taking|carrying) (a |my )?(bat|knife|gun|crowbar|hammer|knuckles|taser)\b.{0,60}\b(pay|regret|sorry|learn|get what)|\b(bat|knife|crowbar|hammer|knuckles)\b.{0,40}\b(he'?s|she'?s|they'?re) (going to|gonna) (pay|regret)`)
	// hurtOutcome: an injury asked for as the goal.
	hurtOutcome = mustFold(`\b(hurt|beat|injure|hit)\b.{0,40}\bso (he|she|they) (ends? up|end up|lands?|goes|go) in (the )?hospital\b|\b(best|easiest|quickest) way to (hurt|injure|beat up|cripple|break (the |his |her )?\w+ of) (the |that |this |a |my )?(kid|guy|boy|girl|man|woman|teacher|classmate|bully|coworker|neighbou?r|roommate)\b|(병원|응급실)에\s?(실려\s?)?(가게|보내)\s?.{0,10}(때리|패|만들)`)

	// hurtPurpose: a message or a show whose purpose is another's hurt.
	hurtPurpose = mustFold(`상처\s?(를\s)?(제대로|확실히|크게|많이|깊게|제일|가장)\s?(받게|받도록|될\s?만한|되는|줄|주는)|(제일|가장|최대한)\s?상처\s?(될|되는|받을|주는)|망신\s?(을\s)?(좀\s)?(주려|줄|주고|주게|시키|당하게)|(제일|가장|최대한)\s?(수치스럽|굴욕적|창피하)|\bso (that )?(he|she|they|it) (really |actually )?(gets? hurt|feels? (worthless|terrible|awful|humiliated))\b|\b(humiliate|shame|embarrass)\w* (him|her|them|my \w+)\b.{0,30}\b(as much as|most|in front of (everyone|the (whole|entire)))|\b(most|really) (humiliating|hurtful|shameful)\b`)
	// doxExpose: someone's real name or home found to be posted.
	doxExpose = mustFold(`(실명|사는\s?곳|주소|집|직장|학교|전화번호)\S*\s?.{0,20}(찾아서|알아내서|캐서|털어서)\s?.{0,30}(까발|폭로|올리|퍼뜨|공개|박제)|\b(find|dig up|track down|look up)\b.{0,40}\b(real name|home address|where (he|she|they) lives?|address)\b.{0,50}\b(post|expose|leak|share|put it)\b`)
	// blockDodge: the writer contacts someone from new numbers or
	// accounts each time, round a block.
	blockDodge = mustFold(`\b(i'?ll|i will|i'?m going to|gonna) (use|make|get) (a )?(different|new|fresh) (numbers?|accounts?)( each time| every time)?\b|(매번|계속|번갈아)\s?(다른|새)\s?(번호|계정)\S*\s?(로|으로|써서)|\bi'?m watching you\b|지켜보고\s?있다`)

	// othersAccess: somebody else's account or session entered.
	othersOwner  = mustFold(`(전\s?남친|전\s?여친|전\s?남편|전\s?아내|헤어진\s?\S+|남친|여친|친구|다른\s?(학생|사람|회원|직원|유저)|남편|아내|동료|상사|팀장|선배|후배|언니|오빠|형|누나|동생|엄마|아빠|남의)|\b(my |his |her |the )?(ex|friend|boss|coworker|colleague|girlfriend|boyfriend|husband|wife|roommate|sister|brother|classmate|teacher|manager|neighbou?r|another (student|user|person))('?s)?\b`)
	othersAccess = mustFold(`세션\S*\s?.{0,6}가로|(재설정|인증)\s?(링크|메일|코드|번호)\S*\s?.{0,12}가로|2\s?(단계|차)\s?인증\S*\s?.{0,12}(피|우회|뚫|건너뛰|무력화)|비밀번호\S*\s?.{0,6}(맞춰|찍어|때려\s?맞)|\b(intercept|hijack|steal)\w*\b.{0,20}\b(session|reset link|reset code|login|cookie|2fa|otp)\b|\b(bypass|get past|get around|skip)\w*\b.{0,20}\b(2fa|two.?factor|2.?step|verification code|otp)\b|\bguess\b.{0,15}\b(my )?(friend|ex|boss|girlfriend|boyfriend|husband|wife|roommate|sister|brother|classmate)'?s\b|\b(get|let) me into (it|his|her|their)\b|\b(common|most used|popular)\b.{0,20}\bpasswords?\b.{0,30}\b(guess|try)\b.{0,10}\b(my )?\w+'?s\b`)
	// othersRecords: another customer's records asked of the shop.
	othersRecords = mustFold(`\b(pull up|look up|show me|give me|find|tell me)\b.{0,40}\b(order history|address|phone number|details|account|card)\b.{0,40}\b(of )?(the )?(customer|person|guest|user|member|patient|woman|man|guy)\b (who|that|before|ahead)|(앞|전)\s?(손님|사람|고객)\S*\s?.{0,20}(주문\s?내역|주소|전화번호|연락처|카드)\S*\s?.{0,10}(알려|보여|찾아)`)

	// falseClaim14: a claim the writer admits is untrue.
	falseClaim14 = mustFold(`(사실|실은|솔직히)\s?.{0,6}(제대로|다|잘|멀쩡히)?\s?받(았|긴|은\s?거)|(왔다고|안\s?왔다고|없었다고|파손됐다고|고장\s?났다고|빈\s?박스|미제공|미수령)\S*\s?.{0,6}(우기|거짓|뻥)|우기면|\bif i (say|claim|tell (you|them|the \w+))\b.{0,50}\b(stolen|never (arrived|came|got)|didn'?t (arrive|get|come)|empty|broken|missing|damaged)\b.{0,60}\b(already|actually) (got|have|received)|\b(after|though|even though) i (already |actually )?(got|received|used|have) it\b|(다|이미)\s?(묵고|쓰고|받고|먹고|이용하고|하고)\s?(나왔|나서|나서도).{0,40}(이의\s?제기|환불|차지백|미제공)`)
	// cardBypass: a card that is not the writer's got past its checks.
	cardBypass = mustFold(`\b(get past|get around|bypass|skip|beat)\b.{0,20}\b(3d ?secure|verification|otp|cvv|card check|security check)\b|\bcard (that )?(isn'?t|is not|that'?s not) (his|hers|mine|theirs|my own)\b.{0,60}\b(use|get|pay|buy|past|around)\b`)
	// othersPay14: another's card or phone paid with, without their PIN or
	// with the writer's fingerprint added.
	othersPay14 = mustFold(`(엄마|아빠|부모님|남의|친구|다른\s?사람)\S*\s?(카드)\S*\s?.{0,4}(비번|비밀번호)\S*\s?(은|는)?\s?(모르|없)|(남의|다른\s?사람|친구|엄마|아빠)\S*\s?(폰|휴대폰|핸드폰)\S*\s?.{0,20}(내|제)\s?(지문|얼굴)\S*\s?.{0,6}등록`)
	// voucherFake: vouchers or codes made to pass as real.
	voucherFake = mustFold(`\b(gift ?card|coupon|voucher|promo|discount)\s?(code )?generators?\b|\b(realistic|real.?looking|convincing|authentic.?looking)\b.{0,30}\b(vouchers?|coupons?|tickets?|gift ?cards?)\b|\b(vouchers?|coupons?|tickets?)\b.{0,60}\b(can'?t|couldn'?t|won'?t) tell\b|(식권|쿠폰|상품권|티켓|교환권)\S*\s?.{0,20}(진짜처럼|진짜\s?같이|티\s?안\s?나게|구별\s?못)`)

	// groupTrait: a group said to be a bad thing, to go on something made.
	groupTrait = mustFold(`\b(chinese|black|asian|muslim|jewish|mexican|indian|gay|trans|immigrant|foreign|arab|african|korean|japanese|vietnamese|filipino)s?\s?(people|men|women|folks|guys|kids)?\s?(are|r)\s?(all\s|so\s)?(dirty|lazy|stupid|criminals|thieves|violent|inferior|dumb|ugly|smelly|terrorists|worse|trash|animals)\b|(조선족|중국인|짱깨|흑인|동남아|외국인|무슬림|장애인|동성애자|게이|다문화)\S*\s?(은|는|이|가|들은)\s?(다\s?|전부\s?|원래\s?)?(더럽|게으르|게을러|멍청|범죄|열등|미개|무식|위험|냄새)`)
	groupMade  = mustFold(`\b(t-?shirt|tshirt|shirt|mug|sticker|sign|poster|banner|caption|slogan|meme|joke|card|product description)\b|티셔츠|스티커|현수막|문구|간판|포스터|짤|밈`)
	// asFact: a stereotype to be presented as scientific fact.
	asFact      = mustFold(`(과학적|객관적|생물학적)?\s?사실(인\s?것)?\s?처럼|사실인\s?양|\bas (if it'?s|if it were|though it'?s|a) (scientific |proven |biological )?fact\b|\bpresent (it |this )?as (scientific |proven )?fact\b`)
	stereoCause = mustFold(`(여자|여성|남자|남성|흑인|외국인|다문화|장애인|노인)\S*\s?(가|이|는|은|들이)?\s?.{0,10}(못하는|못\s?하는|열등한|게으른|멍청한)\s?(건|것은|이유)|\b(women|girls|blacks|black people|immigrants|asians|muslims)\b.{0,10}\b(are|being) (worse|bad|inferior|weaker)\b`)
	// groupKeptOut: a group kept out of a place or a service.
	groupKeptOut = mustFold(`(조선족|중국인|외국인|흑인|동남아|무슬림|이슬람|장애인|다문화|난민|이민자|성소수자|동성애자)\S*\s?.{0,60}(못\s?들어오게|못\s?오게|등록\S*\s?.{0,4}(막|거부|거절)|안\s?(팝니다|팔아요|받아요|받습니다)|받지\s?않|입주\s?(못|막)|가입\s?(못|막))|\b(keep|stop|ban|bar)\b.{0,10}\b(muslims?|immigrants|foreigners|black (students|people|kids)|chinese|refugees|gay (students|people))\b.{0,20}\b(out|from (moving|joining|enrolling|entering|registering|living))`)

	// fakeReviews: reviews written as if by other buyers.
	fakeReviews = mustFold(`\b(reviews?|ratings?)\b.{0,60}\b(as if|as though|pretending|like (they'?re|they are) from) (different |real |other |actual )?(buyers|customers|people|users)\b|\b(reviews?)\b.{0,40}\b(from|with|using) (multiple|different|several|fake|many) accounts\b|(산\s?사람|구매자|손님|고객)인\s?척\S*\s?.{0,40}(리뷰|후기|별점)|(리뷰|후기|별점)\S*\s?.{0,30}(여러\s?계정|다른\s?사람인\s?척|구매자인\s?척)`)
	// remoteInstall: a victim made to install a remote-control app.
	remoteInstall = mustFold(`원격\s?(제어|조종|지원)\s?(앱|어플|프로그램)\S*\s?.{0,10}(깔게|설치하게|설치시키|깔도록|설치하도록)|\b(get|make|convince|talk) (them|him|her|people|the victim|victims|the caller|grandma|old people) (in)?to\b.{0,20}\binstall\b.{0,30}\b(remote|anydesk|teamviewer|screen.?sharing)`)

	// minorMeet: a child got to meet the writer in secret.
	minorMeet = mustFold(`\b(\d+|1[0-7])[- ]?(year[- ]old|yo)\b.{0,40}\b(sneak out|meet me|come (over|to my)|without (her|his) (parents|mom|dad) knowing)\b|(\d+\s?살|중학생|초등학생|여중생|여고생|고등학생|미성년)\S*\s?.{0,30}(몰래\s?(나오게|만나|불러)|부모\s?(님\s)?몰래\s?.{0,6}(만나|나오))`)
	// minorSuggestive: a child's picture called suggestive.
	minorSuggestive = mustFold(`(아동|아이|어린이|초등|여아|아동복|주니어)\S*\s?.{0,20}(야릇|야시시|야하게|선정적|섹시)|\b(kids?|child(ren)?'?s?|girls?'?|junior|toddlers?)\b.{0,30}\b(suggestive|provocative|seductive|sexy) (photos?|pics|pictures|poses?|shots)\b`)
)

// structuralCrisis14 reports a crisis read from the writer's own means
// and resolve, a goodbye set for a day, or a crisis phrase typed without
// its spaces — not someone else's (a helper, the bereaved).
func structuralCrisis14(d *doc) bool {
	if (d.has(helperAsk) || d.has(bereaved)) && !d.has(firstPersonCrisis) {
		return false
	}
	// (not a phrase reported or denied — "죽고싶다는 말을 해요", "죽고 싶은
	// 건 아닌데" — nor someone else's, nor a joke over a price)
	if tight := newDoc(strings.Join(strings.Fields(d.t.raw), "")); tight.has(crisisTight) && !tight.has(crisisTold) && !d.has(otherPerson) && !d.has(jest) && !d.has(media) && !d.has(everydayWish) {
		return true
	}
	if d.has(selfMeans) && (d.has(selfResolve) || d.has(despair14)) && !d.has(learner) && !d.has(studies) {
		return true
	}
	return d.has(goodbyeAfter) && d.has(crisisFarewell)
}

// structuralHarm8 is version 14's reading (see the top of the file); ""
// when it asks none of these. The shields are the earlier batches'.
func structuralHarm8(d *doc) string {
	spot := d.has(spotting) || d.has(selfDefence) || d.has(thirdParty) || d.has(preventWords)
	// what the writer says they will do, whatever else is said: a claim
	// they admit is false ("if I say it was stolen … after I already got
	// it" reads as a victim's words), a hurt meant to land someone in
	// hospital (the one bullied who asks it is no less asking it), a block
	// got round
	switch {
	case d.has(falseClaim14) && !spot && !d.has(legality) && !d.has(askWhyWrong):
		return PaymentFraud
	case d.has(hurtOutcome) && !spot && !d.has(copingAsk) && !d.has(askWhyWrong):
		return Violence
	case d.has(blockDodge) && !spot && !d.has(askWhyWrong):
		// being blocked is no harm suffered ("she blocked me so I'll use
		// a new number each time")
		return Harassment
	}
	// the earlier batches' shields, but for a plain asker's words
	// (plainAsk): "how would you do it?" asks plainly for the harm
	if standsWithVictim(d) || d.has(victim) || d.has(doneToMe) || d.has(critique) || d.has(askWhyWrong) || d.has(legality) || d.has(rebut) || d.has(isItDiscrimination) || d.has(sufferedIt) {
		if !d.has(feignedFrame) {
			return ""
		}
	}
	switch {
	case d.has(boomWord) && d.has(boomRecipe) && d.has(agentMaking) && !spot:
		return Violence
	case d.has(printedGun) && !spot:
		return Violence
	case d.has(gasPlaced) && !spot:
		return Violence
	case d.has(weaponOnPerson) && !spot:
		return Violence
	case d.has(hurtPurpose) && !spot && !d.has(critique):
		return Harassment
	case d.has(doxExpose) && !spot:
		return Harassment
	case d.has(othersAccess) && d.has(othersOwner) && !spot:
		return Intrusion
	case d.has(othersRecords) && !spot:
		return Intrusion
	case d.has(cardBypass) && !spot:
		return PaymentFraud
	case d.has(othersPay14) && !spot:
		return PaymentFraud
	case d.has(voucherFake) && !spot:
		return PaymentFraud
	case d.has(groupTrait) && d.has(groupMade) && !d.has(othersClaim):
		return Discrimination
	case d.has(asFact) && d.has(stereoCause):
		return Discrimination
	case d.has(groupKeptOut) && !d.has(othersClaim):
		return Discrimination
	case d.has(fakeReviews) && !spot:
		return PhishingScam
	case d.has(remoteInstall) && !spot:
		return PhishingScam
	case d.has(minorMeet) && !spot && !d.has(myChild) && !d.has(strangerAsks):
		return SexualMinors
	case d.has(minorSuggestive) && !spot && !d.has(sexEd):
		return SexualMinors
	}
	return ""
}

var (
	// lawfulWay: the writer asks for the lawful way ("legitimately",
	// "정식으로").
	lawfulWay = mustFold(`\blegitimately\b|\bthe (legal|legit|proper|right|official) way\b|정식으로|합법적으로|정당하게`)
	// whatIsIt: what a thing is, or a news item about it.
	whatIsIt = mustFold(`\b(explain|tell me|describe)\b.{0,25}\bwhat (a |an |the )?[\w -]{2,30} (is|are|means)\b|\bwhat (is|are) (a |an )?[\w -]{2,30} (attacks?|scams?)\b|\b(on|in) the news\b|뉴스(에서|에|를)\s?.{0,10}(봤|나왔|들었)|(이|가)\s?뭐(예요|에요|야|죠|인가요)`)
	// sufferedKo: a harm that befell the writer, said as Korean does —
	// "제 인스타 누가 해킹해서", "랜섬웨어 걸려서", "비번까지 쳐버렸어".
	sufferedKo = mustFold(`(제|내|저희|우리)\s?\S+\s?(을|를)?\s?누가|(걸려서|걸렸는데|당해서|당했는데|털렸|쳐\s?버렸|눌러\s?버렸|눌렀는데)`)
	// classLearns: a class learning a harm, asking what happens in it.
	classLearns = mustFold(`\b(we'?re|we are|i'?m|i am) (learning|studying|reading) about\b|배우고\s?있|수업\S*\s?(에서|시간에)\s?배`)
	happensAsk  = mustFold(`\bwhat (actually |really )?happens (during|in|when|to)\b|\bhow does (it|one|that|this) work\b|어떻게\s?(되|작동|일어나)|무슨\s?일이\s?(일어나|생기)`)
	// whyWrong14: why a claim or a stereotype is wrong.
	whyWrong14 = mustFold(`\bwhy (is|are) .{0,60}\b(wrong|false|untrue|harmful|a myth)\b|왜\s?.{0,20}(틀린|잘못된|편견인|사실이\s?아닌)`)
	// rulesAsk: the rules, a teacher's or an employee's, asked.
	rulesAsk = mustFold(`\bwhat (are|'?re) the (rules|guidelines|policies|regulations)\b|\b(rules|guidelines) (about|on|for)\b|(규정|지침|가이드라인|규칙)\S*\s?.{0,6}(뭐|어떻게|있나|알려)`)
	// flagAsk: flagging or reporting what someone else does, anonymous or
	// not.
	flagAsk = mustFold(`\b(can|should|how do|how can|where do) (i|we) (flag|report)\b|\breport\w*\b.{0,60}\bwithout (anyone|them|him|her|people|the \w+) (finding out|knowing) (it was|that it was|it'?s) me\b|익명으로\s?신고`)
	// lostUnspent: money or a balance gone that the writer never spent.
	lostUnspent = mustFold(`\bi (never|didn'?t) (spent|spend|use|used|make|made|buy|bought)\b|\bdid (someone|somebody|anyone) (steal|take|use|hack)\b|(쓴\s?적|사용한\s?적|결제한\s?적)\s?(이\s)?(없|없는)|누가\s?.{0,10}(썼|훔쳤|가져갔|쓴\s?건가)`)
	// hungAround: someone lingering or watching where the writer lives.
	hungAround = mustFold(`\b(has been|keeps|kept|is|was|been) (hanging around|lurking (around|near)|loitering (around|near)|waiting (outside|near)|watching) (my|our|me)\b|(우리|제|내)\s?(집|건물|아파트|회사)\s?(앞|근처)\S*\s?.{0,10}(서성|기웃|어슬렁)`)
	// hurtsNobody: a message wanted to hurt nobody ("상처는 안 되는",
	// "without offending").
	hurtsNobody = mustFold(`상처\s?(는|가|를)?\s?(안\s?(되|주|받)|주지\s?않|받지\s?않)|기분\s?(안\s?)?나쁘지\s?않게|\bwithout (hurting|offending|upsetting|threatening)\b|\b(won'?t|wouldn'?t|doesn'?t|don'?t) (hurt|offend)\b|\bnothing (threatening|mean|rude|nasty|hurtful)\b|\bnot (threatening|mean|rude|hurtful)\b`)
	// choreVent: a chore's annoyance exaggerated, with how to raise it
	// nicely.
	choreVent = mustFold(`\b(bring it up|talk to (him|her|them)|ask (him|her|them)|say (it|something)|tell (him|her|them))\b.{0,20}\b(nicely|politely|calmly|kindly|without (a fight|fighting|being rude))\b|좋게\s?(말|얘기)|기분\s?안\s?상하게\s?(말|얘기)`)
	// askedOfMe: photos or things asked of the writer by someone else
	// ("보내 달래요", "keeps asking me for").
	askedOfMe = mustFold(`(사진|셀카|영상|몸)\S*\s?.{0,6}(보내\s?달래|달라고\s?(했|그래|그러|조르|해요|하더|하네|한다)|보내라고\s?(했|해요|그래|하더))|싫다고\s?했는데|\b(keeps|kept|is|was|been) (asking|pressuring|begging) me (for|to send) (pics|photos|pictures|nudes|selfies|images|videos)\b`)
)

// shield14 reports a writer who asks as a victim, a learner, a reporter
// or a host of an everyday matter — the false refusals of post13 by
// their cause — and who names no doing of their own. A learner's
// question (what a thing is, what the rules are, the lawful way) stands
// even where a word list reads a pursuit in it ("a SIM swap attack").
func shield14(d *doc) bool {
	if d.has(evasion) && !d.has(flagAsk) || d.has(feignedFrame) {
		return false
	}
	// a harm that befell the writer, or why a claim is wrong: the
	// perpetrator's words in it are the other's ("누가 해킹해서")
	if (d.has(whyWrong14) || d.has(sufferedKo) && !d.has(pursuit)) && !d.has(production) {
		return true
	}
	if d.has(perpetrator) {
		return false
	}
	if d.has(whatIsIt) && !d.has(production) || d.has(rulesAsk) || d.has(lawfulWay) ||
		d.has(classLearns) && d.has(happensAsk) && !d.has(production) {
		return true
	}
	return !d.has(pursuit) && (d.has(flagAsk) || d.has(lostUnspent) || d.has(hungAround) || everyday14(d) || d.has(askedOfMe))
}

// everyday14: an everyday matter (a message meant to hurt nobody, a
// chore raised nicely) — the brain answers it, no guidance on a harm.
func everyday14(d *doc) bool { return d.has(hurtsNobody) || d.has(choreVent) }

// crisisReported: a crisis phrase someone else said ("친구가 죽고싶다는
// 말을 해요"); crisisDenied: one the writer denies ("죽고 싶은 건
// 아닌데"). Neither is the writer's own crisis.
var (
	crisisSaid   = mustFold(`(싶|싫)(다는|다고|단|대|댔)`)
	crisisDenial = mustFold(`(싶|싫)(은건|은게|은거|지는|진)\S{0,3}(아니|아닌|않)`)
)

func crisisReported(d *doc) bool {
	return d.has(otherPerson) && newDoc(strings.Join(strings.Fields(d.t.raw), "")).has(crisisSaid)
}

func crisisDenied(d *doc) bool {
	return newDoc(strings.Join(strings.Fields(d.t.raw), "")).has(crisisDenial)
}

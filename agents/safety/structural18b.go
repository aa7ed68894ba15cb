package safety

// Version 18 (safety18b): harmless look-alikes refused, read by who asks
// and for what.
//
// post17, written blind, refused people whose request only shares a
// harm's words: a customer choosing goods for an everyday use (a knife
// for the kitchen, sparklers for a party), a customer's own card or
// broken order, a seller guarding against false claims, a reader asking
// what the punishment for a crime in the news is, a viewer discussing a
// film's swindler, a parent who wants to talk with their own child, a
// person asking someone to stop. Each rule below reads that frame —
// whose the thing is, what the goods are for, the question about a work
// or a penalty — and none applies to a writer who would do the harm
// (guard17: evasion, pursuit, a crisis said outright; and, per rule, a
// person as the target, someone else's card, a deceit, a production).

var (
	// buyAsk18: a customer choosing or buying goods.
	buyAsk18 = mustFold(`\b(recommend|which|what kind of|looking for|shopping for|do you (sell|have|carry|stock)|where (can|do) i (buy|get)|i need (a|an|some)|should i (buy|get)|good (one|ones) for|best .{0,20} for (a )?(beginner|home|camp|kid|child))\b|추천|사려|살까|사고\s?싶|살\s?(건데|려고)|구매|파는|팔아|팔아요|고르|있어요\s*\?|있나요\s*\?`)
	// everydayUse18: what goods are for — cooking, camping, sport, a
	// party, a hobby, a child's or a pet's use.
	everydayUse18 = mustFold(`\b(cook|cooking|kitchen|chef|recipes?|chicken|fish|meat|vegetables?|camp|camping|campsite|firewood|logs?|hiking|garden|gardening|boxing|kickboxing|gym|class|training|sports?|party|birthday|wedding|festival|beach|new year|hobby|beginner|kids?|child|children|daughter|son|dog|cat|pet)\b|요리|주방|부엌|손질|캠핑|장작|등산|텃밭|정원|복싱|권투|운동|헬스|수업|파티|생일|축제|해변|바닷가|새해|취미|입문|초보|아이|딸|아들|강아지|고양이`)
	// harmAim18: a person or an act of hurting named as what the goods
	// are for; a safety clause ("without anyone getting hurt", "안 다치게")
	// is no aim.
	harmAim18      = mustFold(`\b(to|for|on) (hurt|kill|stab|attack|injure|threaten|scare|harm) |\b(hurt|kill|stab|attack|injure|threaten|scare|harm) (him|her|them|someone|somebody|people|a person|my)\b|\bweapon|\brevenge|죽이|찌르|해치|공격|협박|복수|흉기|무기|다치게\s?(하|만들|할)|겁주`)
	safetyClause18 = mustFold(`\bwithout (anyone|anybody|someone|people|us|the kids|kids) (getting|being) (hurt|injured|burned)|\b(safely|safe to|safety)\b|안\s?다치게|다치지\s?않게|안전하게|안전한`)
	// ownMatter18: the writer's own card, order or device.
	ownMatter18 = mustFold(`\b(my|our) (own )?(credit card|debit card|card|order|package|parcel|delivery|purchase|phone|laptop|screen)\b|\bsave my card\b|\b(arrived|came|delivered|got here)\b.{0,40}\b(cracked|broken|damaged|smashed|dented|scratched|defective|faulty)|(도착|배송|받았|왔는데).{0,20}(깨져|부서져|파손|고장|찌그러|흠집)|(제|내|저의|나의)\s?(카드|주문|택배|물건|폰|휴대폰|핸드폰|노트북)`)
	// ownAct18: what a customer does with their own card or order:
	// save or remove it, a refund, a return, a broken delivery.
	ownAct18 = mustFold(`\b(save|saving|store|register|add|remove|delete|refund|return|exchange|replace|repair|arrived|came|broken|cracked|damaged|declined|declining)\b|저장|등록|추가|삭제|환불|반품|교환|수리|도착|깨져|부서져|파손|고장|결제되게|거절`)
	// othersThing18: someone else's card or account named ("my mom's
	// card", "친구 카드").
	othersThing18 = mustFold(`\b(someone|somebody|another person|other people|a stranger|my (mom|mother|dad|father|friend|roommate|boss|sister|brother|girlfriend|boyfriend|wife|husband|grandma|grandpa|parents))('s|s') |\b(his|her|their) (card|account|phone|password)\b|(남의|다른\s?사람|엄마|아빠|어머니|아버지|친구|룸메|동생|형|누나|언니|오빠|남친|여친|남편|아내|부모님?)\s?(의\s?)?(카드|계정|폰|휴대폰|비번|비밀번호)|\b(mom|mother|dad|father|friend|roommate|boss|sister|brother|grandma|grandpa|parents|teacher|neighbou?r)('s|s') (card|credit card|account|phone|password|id|login)\b|\bfound\b|주운|훔친|\bstolen\b|\bleaked\b|유출`)
	// sellerGuard18: a seller protecting their shop.
	sellerGuard18 = mustFold(`\b(as a|i'?m a|small|online|our|my) (small )?(online )?(seller|shop|store|business|merchant)\b.{0,80}\b(protect|prevent|avoid|defend|deal with|handle|stop|guard)|\b(protect|prevent|avoid|defend|guard)\b.{0,40}\b(my|our) (shop|store|business)\b|(판매자|셀러|가게|매장|쇼핑몰|스마트스토어)\S*\s?.{0,40}(막|예방|대처|대응|방지|보호|지키)`)
	// deceit18: a lie told to get something.
	deceit18 = mustFold(`\b(fake|forge|forged|lie|lying|pretend|pretending|falsely claim|say it never|claim it never|without paying|for free)\b|\b(i'?ll|i will|i'?m going to|gonna|i want to|let me) (say|tell|claim|report|write)\b|\b(came|arrived|works?) (fine|perfectly|ok)\b|멀쩡|거짓|속여|속이|위조|안\s?왔다고\s?(하|해)|공짜로`)
	// penaltyAsk18: what happens to one who did it — the punishment, the
	// sentence, whether it is a crime — asked about others, a case in
	// the news or the law.
	penaltyAsk18 = mustFold(`\bwhat('?s| is| are| would be)? (the )?(kind of |sort of )?(punishment|penalty|penalties|sentence|jail time|prison time)\b|\bhow (much|long) (jail|prison)|\b(punishment|penalty|penalties|sentence)s? (do|does|would|will) (people|they|someone|offenders|criminals) get\b|\bis (it|that) (illegal|a crime)\b|(처벌|형량|벌금|징역)\S*\s?.{0,12}(어느\s?정도|얼마|어떻게|뭐예요|뭔가요|받아요|받나요|돼요|되나요|인가요)|범죄(인가요|예요|야|가\s?돼요|가\s?되나요)`)
	// selfPlan18: the writer's own plan to do it.
	selfPlan18 = mustFold(`\bif i (do|did|use|used|try|get)\b|\bi('m| am) (going|gonna|planning|about) to\b|\bi (will|want to|plan to)\b|\bif (i'?m|i am|i get|we get|we'?re) caught\b|(제가|내가|저희가|우리가)\s?.{0,20}(건데|거예요|거야|려고|려는데|하면|쓰면|해도)|할\s?건데|하려는데|걸리면|안\s?걸리`)
	// parentOwnChild18: a parent speaking of their own child or teen.
	parentOwnChild18 = mustFold(`\b(my|our) (\d{1,2}[- ]?(year[- ]?old|yo|y/o)|son|daughter|kid|kids|child|children|teen|teenager|preteen)\b|(우리|제|내)\s?(\S{0,6}\s)?(딸|아들|아이|애|자녀)|(초등학생|중학생|고등학생|\d{1,2}살)\s?(딸|아들|자녀|아이)`)
	// talkWith18: talking with, explaining to, teaching.
	talkWith18 = mustFold(`\b(talk to|talk with|speak to|speak with|explain|teach|discuss|conversation|bring (it|this) up)\b|대화|설명|가르치|가르쳐|얘기|이야기|말해\s?주`)
	// persuadeMinor18: getting a child to do or keep something.
	persuadeMinor18 = mustFold(`\b(talk (her|him|them) into|convince|persuade|get (her|him|them) to|keep (it|this|our) (a )?secret|secret)\b|비밀|설득|몰래|사진`)
	// methodAsk18: a method, a detail, a frame that excuses, or a way
	// round a check asked for — none of which a customer, a parent or a
	// reader of the news needs.
	methodAsk18 = mustFold(`step.?by.?step|\bexact(ly)?\b|in detail|detailed|word for word|realistic|convincing|persuasive|role-?play|hypothetical|\b(novel|story|script|scenario|screenplay|fiction)\b|\bdescribe\b|\bfinish (this|the)\b|get around|bypass|\btrick\b|\bhide\b|conceal|without (being|getting) (noticed|caught|seen|tracked)|without (him|her|them|anyone|the cops|my|his|her) |so (he|she|they) (doesn'?t|don'?t|won'?t|can'?t)|no questions asked|\bnot my\b|구체적|자세하|정확하게|실감|먹히|우회|뚫|몰래|숨기|합성|묘사|소설|대본|시나리오|가설|아님|넘기|빼오|빼\s?쓰|장난|\bprivately\b|in private|without \w+ (watching|knowing|seeing|noticing)|단둘이|따로\s?만나`)
	// harmWord18: hurting, a weapon, a sexual word, stealing or hacking
	// named anywhere in the text.
	harmWord18 = mustFold(`\bstab|\bkill|\bhurt (him|her|them|someone|somebody|people|a person)|\battack|\binjur|\bfight|most damage|deal with (a|this|that) (guy|girl|kid|person)|settle things|poison|독살|독극|해킹|\bhack|phish|\bsteal|훔치|chargeback|피싱|스토킹|\bstalk|keep tabs|sexy|sexual|성적|성관계|성경험|첫\s?경험|nude|naked|누드|벗은|explosive|\bbomb|폭탄|화염병|molotov|\bguns?\b|총기|찌르|죽이|때리|패\s?버|혼내|\bclick|\blog ?in\b|\bpasswords?\b|credentials|\bcreds\b|attachment|로그인|비번|비밀번호|cctv|camera feed|\bfeed\b`)
	// askStop18: asking someone to stop doing something to the writer.
	askStop18 = mustFold(`\b(ask|asking|tell|telling|get)\b.{0,40}\bto stop\b|\bstop (making|saying|calling|commenting|joking|texting)\b|그만\s?(하라|해\s?달라|해\s?주|하라고|해\s?달라고|하도록)|멈춰\s?달라`)
)

// shield18b reports whether a refused text is a harmless look-alike of
// one of the kinds above; guide says whether the harm's guidance answers
// it (a seller, one who asks another to stop) or the brain and the
// answers do (goods, one's own matter, a penalty, a work, a parent).
func shield18b(d *doc) (ok, guide bool) {
	if !guard17(d) || d.has(methodAsk18) || d.has(othersThing18) && !d.has(penaltyAsk18) || d.has(deceit18) && !d.has(sellerGuard18) && !d.has(penaltyAsk18) {
		return false, false
	}
	if d.has(harmWord18) && !d.has(penaltyAsk18) {
		return false, false
	}
	aimed := d.has(harmAim18) && !d.has(safetyClause18)
	switch {
	case d.has(buyAsk18) && d.has(everydayUse18) && !aimed && !d.has(production) && !d.has(whereTheyGo18):
		// (not a person's whereabouts: "which gym my ex goes to so I can
		// show up" is no purchase — TestVocabularyOfHarmSafety18a, after
		// the merge)
		return true, false
	case d.has(ownMatter18) && d.has(ownAct18) && !d.has(othersThing18) && !d.has(production) && !aimed:
		return true, false
	case d.has(sellerGuard18) && !d.has(production) && !aimed:
		return true, true
	case d.has(penaltyAsk18) && !d.has(selfPlan18) && !d.has(koHowTo) && !d.has(howMake):
		return true, true
	case d.has(parentOwnChild18) && d.has(talkWith18) && !d.has(persuadeMinor18) && !d.has(production):
		return true, false
	case d.has(askStop18) && !d.has(unkindWords) && !aimed:
		return true, true
	}
	return false, false
}

// whereTheyGo18: where another person goes, lives or will be, or
// turning up there ("which gym my ex goes to", "show up when she's
// there", "걔가 다니는 헬스장").
var whereTheyGo18 = mustFold(`\b(my|his|her|their|the) (ex|ex-?\w+|crush|coworker|colleague|classmate|neighbou?r|teacher|boss)('?s)?\b.{0,25}\b(goes|go|works?|lives?|trains?|hangs? out|will be|usually is)\b|\b(show|turn) up (when|where|while|at) (she|he|they|her|his|their)\b|\bwhen (she|he|they)('s| is| are) (there|alone|home)\b|(전\s?(남친|여친|애인|남자친구|여자친구)|그\s?(사람|애|여자|남자)|걔)\S*\s?.{0,10}(다니는|가는|사는|일하는)\s?.{0,6}(곳|데|헬스장|학원|회사|집)`)

var (
	// precaution18: a body part kept from harm by the goods asked for
	// ("without hurting my wrists", "손목 안 다치게").
	precaution18 = mustFold(`\b(without|not|won'?t|doesn'?t|don'?t|so i don'?t) (hurting|hurt|injuring|straining|damaging|wrecking) my (wrists?|knees?|back|hands?|knuckles?|feet|ankles?|shoulders?|neck|joints?|hips?)\b|(손목|무릎|허리|손|발목|어깨|목|관절|주먹)\S*\s?(안\s?다치|다치지\s?않|덜\s?아프|안\s?아프|보호)`)
	// bladeOrBlood18: a blade, a cut or blood, which keep the caring answer.
	bladeOrBlood18 = mustFold(`\bcut|\bbleed|\bblood|\bblades?\b|\brazor|\bknife|\bpills?\b|베이|그어|긋|칼|피가|피를|약을`)
)

// gearCare18 reports whether a caring answer was given to a customer
// choosing sports or everyday gear that keeps a body part from harm, with
// no word of dying, a blade or despair beside it.
func gearCare18(d *doc) bool {
	return guard17(d) && d.has(precaution18) && d.has(buyAsk18) && !d.has(bladeOrBlood18) && !d.has(ownSelfSubject) && !d.has(despair)
}

var (
	// lowMood18: the writer feeling low, flat or without energy, in words
	// of no dying or self-harm ("feeling really low since the semester
	// started", "개강하고 무기력해요").
	lowMood18 = mustFold(`\b(feel|feels|feeling|felt|been)\s(so |really |kind of |kinda |pretty |a bit |very |super |quite )?(low|down|flat|drained|burn(ed|t) out|unmotivated|empty|sluggish|blah|meh|hopeless about (school|work|exams))\b|\b(no|zero|low) (energy|motivation)\b|\btired of (school|work|studying|everything)\b|기운이\s?(없|안\s?나)|무기력|의욕이\s?(없|안\s?생)|축\s?처지|처져요|처지고|번아웃|우울한\s?기분|기분이\s?(가라앉|다운|처지|계속\s?안\s?좋)`)
	// someoneElse18: the low mood is another person's.
	someoneElse18 = mustFold(`\b(my|a|our) (friend|sister|brother|son|daughter|kid|child|mom|mother|dad|father|student|students|coworker|colleague|roommate|partner|girlfriend|boyfriend|wife|husband)\b|친구가|동생이|아이가|딸이|아들이|엄마가|아빠가|학생이|학생들이|동료가|언니가|형이|누나가|오빠가|남편이|아내가`)
	// errand18: an errand asked beside it ("I'm so drained, book me a
	// massage"): the brain's.
	errand18 = mustFold(`\b(book|reserve|order|add|remind|schedule|cancel|buy|cart|checkout|table for)\b|예약|주문|추가|일정|알려\s?줘|잡아\s?줘|취소|사\s?줘|넣어\s?줘|장바구니`)
)

// lowMood18q reports whether d is the writer feeling low, with no word of
// dying or self-harm, nobody else's mood and no errand beside it: the
// wellbeing guidance answers it (it gives 1388 and 109 too).
func lowMood18q(d *doc) bool {
	return guard17(d) && d.has(lowMood18) && !d.has(someoneElse18) && !d.has(errand18) && !selfSubject17(d)
}

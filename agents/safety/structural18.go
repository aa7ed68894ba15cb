package safety

// Version 18 (safety18a): a harm read by its vocabulary — a class of
// means, a class of act, a target and a signal — rather than by a framing.
//
// post17, written blind after version 17, refused exactly what version 16
// refused: version 17's kinds had been read from post16's framings. Most of
// post17's misses had no framing at all; they were plain requests whose
// words the checker had no class for: an explosive device and an amount,
// a blade and a face, a person waited for after work, a card's details
// bought or copied, a document altered, a backdoor kept, a reset mail
// intercepted, a second factor got around, a minor got alone, a room of
// illegal videos, a group not welcome, a herbicide to drink, a cut's depth.
//
// Each kind below joins classes of words (many synonyms and slang, both
// languages) that together say the harm, whoever writes it and however it
// is framed; each keeps out the look-alikes that share its words: the one
// it was done to, the one who reports, detects or protects, the learner,
// the news, and the ordinary use of the means (safety18a_test.go).

// groupPat18: a group of people named by a trait (discrimination).
const groupPat18 = `무슬림|이슬람|기독교인|개신교인|불교\s?신자|불교도|천주교인|유대인|힌두교|외국인|이민자|이주민|이주\s?노동자|이주\s?여성|결혼\s?이주|난민|흑인|백인|동남아|중국인|짱깨|조선족|일본인|쪽바리|베트남인|필리핀|인도인|아랍인|여자들|남자들|여성들|남성들|노인|틀딱|늙은이|장애인|장애\s?있는|동성애자|게이|레즈|트랜스|성소수자|전라도|경상도|홍어|다문화|\b(filipinos?|vietnamese|thais?|indonesians?|pakistanis?|bangladeshis?|nepalese|russians?|north koreans?|joseonjok|muslims?|islam|christians?|buddhists?|jews?|jewish|hindus?|atheists?|catholics?|immigrants?|migrants?|foreigners?|foreign workers?|refugees|black (people|folks|customers|guests)|blacks|whites|white people|asians?|chinese|japanese|africans?|mexicans?|indians?|arabs?|latinos?|hispanics?|dark.?skinned|brown people|gays?|lesbians?|trans (people|women|men|folks)|transgender|queers?|women|men|girls|old people|elderly|boomers|disabled|wheelchair users|autistic people)\b`

var (
	// --- violence ---
	// device18: an explosive or incendiary device.
	device18 = mustFold(`\b(car|pipe|nail|pressure.?cooker|fertili[sz]er|homemade|home.?made|letter|mail) ?bombs?\b|\bfire ?bombs?\b|\bmolotovs?\b|\bi\.?e\.?d\.?s?\b|\bexplosives?\b|\bdetonators?\b|\bthermite\b|\bnapalm\b|\btatp\b|\banfo\b|사제\s?(폭탄|폭발물|총)|폭발물|화염병|폭탄\S*\s?.{0,8}(만들|제조|조립|설치|터뜨|터트|재료|비율)|(만드는|제조|조립)\S*\s?.{0,6}폭탄|기폭\s?장치|뇌관|네이팜`)
	// bombNot18: a bomb that is a sale, a drink, a bath or a joke.
	bombNot18 = mustFold(`폭탄\s?(세일|주|머리|발언|고백|선언|급|배송|할인|가격|맞|떨어|문자|카톡|리뷰)|물\s?폭탄|똥\s?폭탄|칼로리\s?폭탄|\b(bath|photo|calorie|stink|glitter|seed|cherry|truth|f|love|smoke) ?bombs?\b|\bbomb (shelter|threat drill|squad|disposal|sniffing)\b`)
	// amount18: an amount, a recipe or a build asked.
	amount18 = mustFold(`\bhow (much|many)\b|\b(amount|ratio|recipe|ingredients?|quantity|formula|blueprint|instructions?|steps)\b|\b(make|build|assemble|wire|rig|put together|set off|detonate)\b|\bneed(ed)? for\b|얼마나|몇\s?(kg|킬로|그램|g|개|리터|l)|비율|재료|배합|만드는|만들|만들려|제조|조립|설치|터뜨리|터트리|필요`)
	// blade18: a blade or an acid thrown or cut with.
	blade18 = mustFold(`\b(box ?cutters?|utility knife|knife|knives|razors?|razor blades?|blades?|machete|switchblade|broken bottle|shank|scalpel|acid)\b|칼|커터칼|면도날|면도칼|식칼|회칼|과도|흉기|깨진\s?병|염산|황산`)
	// hurtCut18: a cut, a stab or a scar made on a person.
	hurtCut18 = mustFold(`\b(slash|slashing|stab|stabbing|carve|scar|scars|scarring|disfigure|disfiguring|cut up|maim)\b.{0,40}\b(someone|somebody|a person|him|her|them|his|their|face|neck|guy|girl|man|woman|dude|bitch)\b|\b(face|neck|someone|somebody|him|her)\b.{0,40}\b(slash|stab|scar|scars|disfigure|cut (it|him|her) up)\b|\bso (it|he|she|they) (scars?|bleeds?|never heals?|is marked)\b|(얼굴|목|배|사람|걔|그\s?(새끼|놈|년|자식|사람))\S*\s?.{0,15}(그어|긋|찌르|찔러|쑤셔|베어|베|그을|흉터|흉지|칼빵)|흉터\s?(남게|남도록|지게|생기게)|흉\s?지게|칼빵`)
	// cutNot18: a blade's ordinary object or someone who was cut.
	cutNot18 = mustFold(`\b(fabric|paper|cardboard|boxes|tape|wood|rope|hair|bangs|nails|vegetables?|meat|fish|onions?|bread|cake|steak|plants?|rose|stems?|carpet|drywall|leather|foam|pattern)\b|종이|박스|상자|테이프|나무|머리카락|앞머리|손톱|채소|야채|고기|생선|양파|빵|케이크|원단|가죽|화분|줄기|(나|저|내|제|우리\s?\S+)(를|가|한테|에게)\s?.{0,10}(그었|찔렀|베었)|당했|찔렸|베였|다쳤|\b(i was|got|been) (stabbed|slashed|cut)\b|\b(movie|film|novel|story|scene|game|history|news|makeup|sfx|special effects|costume|halloween)\b|영화|소설|게임|분장|특수\s?분장|할로윈`)
	// lieInWait18: a person waited for, jumped or set upon where he will be.
	lieInWait18 = mustFold(`\b(jump|rush|corner|ambush|attack|beat up|beat|bash|knock out|mug|batter|teach)\b ([\w']+ ){0,3}(him|her|them|guy|dude|kid|man|woman|boyfriend|girlfriend|ex|coworker|colleague|boss|neighbou?r|teacher|classmate|brother|stepdad|husband|wife|bully|someone|somebody)\b.{0,60}\b(after (his|her|their|work|school|the|shift)|when (he|she|they) (leaves?|gets? off|comes? out|walks?|parks?)|outside (his|her|their|the)|behind the|in the (parking|alley|lot)|on (his|her|their) way|parks?|shift|alone)\b|(퇴근|하교|하굣|귀갓|귀가|야근|알바\s?끝|학원\s?끝)\S*\s?.{0,20}(기다렸다가?|기다려서|숨어\s?있다가|골목|따라가서)\S*\s?.{0,20}(패|때리|때려|두들겨|밟|족치|손\s?봐|혼내|폭행|덮치|찌르)|(기다렸다가|숨어\s?있다가|뒤따라가서|따라가서)\s?.{0,15}(패|때리|때려|두들겨|밟|족치|손\s?봐|혼쭐|폭행|덮치)`)
	lieNot18    = mustFold(`\b(game|games|fortnite|pubg|valorant|league|minecraft|paintball|airsoft|laser tag|surprise|party|birthday|hug|tag)\b|게임|배그|롤|서바이벌|깜짝|서프라이즈|생일|파티|(나|저|날|나를|저를|우리\s?\S+)\s?.{0,8}(기다렸다가|따라와서|때렸|팼)|당했|맞았|\b(me|my (son|daughter|kid|child|friend|brother|sister))\b.{0,20}\b(jumped|attacked|beaten|mugged)\b|\b(jumped|attacked|beat|mugged) (me|my)\b`)
	// spike18: a drug or a poison slipped into someone's drink or food.
	spike18 = mustFold(`\b(spike|roofie|drug|dose|lace)\b.{0,10}\b(his|her|their|my (date|roommate|wife|husband|boss|coworker|teacher|friend|ex)'?s?|someone'?s|a girl'?s|the)\b.{0,20}\b(drinks?|coffee|food|tea|beer|water|cup)\b|(술|음료|커피|음식|밥|물|차|국)\S*\s?.{0,10}(몰래|약|수면제|독|가루)\S*\s?.{0,8}(타|넣|섞)|(몰래|약|수면제|독|가루)\S*\s?.{0,8}(타서|넣어서|섞어서)\s?.{0,20}(정신|기절|잠들|쓰러|아프|먹이)`)
	// spikeInto18: something put into another's food or drink;
	// spikeHarm18: that makes them sick, sleep or pass out.
	spikeInto18 = mustFold(`\b(put|slip|mix|add|sneak|stir|grind|crush|ground)\b.{0,40}\b(into|in)\b.{0,6}\b(his|her|their|someone'?s|a \w+'?s|the \w+'?s|my (date|roommate|wife|husband|boss|coworker|colleague|teacher|friend|ex|neighbou?r|sister|brother|stepdad|stepmom|mom|dad|classmate)'?s)\b.{0,12}\b(drinks?|coffee|food|lunch|dinner|breakfast|meal|tea|beer|water|snacks?|soup|cup|bottle)\b`)
	spikeHarm18 = mustFold(`\b(sick|ill|pass(es)? out|unconscious|knock (him|her|them) out|sleepy|drowsy|poison\w*|laxatives?|bleach|ground.?up|crushed|drugs?|pills|toxic|plants?|berries|mushrooms?|vomit|throw up|hospital)\b`)
	spikeNot18  = mustFold(`당했|(나|저|내|제)\s?.{0,6}(술|음료)에|\b(my drink was|i (was|got) (drugged|spiked|roofied)|someone (spiked|drugged)|was (drugged|spiked)|protect|prevent|test strips?|cover)\b|예방|방지|\b(vitamin|medicine|meds|pill) (into|in) (his|her|my (kid|son|daughter|dog|cat))\b|(아이|애|강아지|고양이)\S*\s?.{0,10}(약을?|가루약)\s?.{0,6}(타|섞)`)
	// sabotage18: a car's brakes, tyres or steering tampered with.
	sabotage18    = mustFold(`\b(cut|slash|loosen|puncture|tamper with|mess with|sabotage|disable|drain)\b.{0,30}\b(brakes?|brake lines?|brake fluid|tires?|tyres?|steering|wheel nuts|lug nuts|airbags?)\b|\b(brakes?|brake lines?|tires?|tyres?|lug nuts)\b.{0,20}\b(cut|slashed|loosened|tampered)\b.{0,20}\b(so|without|crash|accident)\b|(브레이크|타이어|핸들|바퀴|에어백)\S*\s?.{0,15}(자르|잘라|구멍\s?(내|뚫)|풀어|망가뜨|고장\s?(내|나게)|펑크\s?(내|나게))`)
	sabotageNot18 = mustFold(`(내|제|우리)\s?차|\b(my|our) (own )?(car|bike|truck)\b|(구멍|펑크)\s?(났|나서|났어요)|\b(got|was|were|had) (cut|slashed|punctured)\b|\b(someone|somebody) (cut|slashed|punctured|tampered)\b|신고|\b(report|police|insurance)\b|교체|정비|수리|\b(replace|repair|mechanic|change (a|the|my) tire)\b`)
	// arson18: a fire set to someone's home, car or shop.
	arson18    = mustFold(`\b(set fire to|set (\w+ ){0,3}on fire|burn down|torch|firebomb|burn)\b.{0,20}\b(his|her|their|my (ex|neighbou?r|boss|landlord)'?s?|the neighbou?r'?s|someone'?s|that)\b.{0,20}\b(house|home|car|shop|store|apartment|place|office|restaurant|door)\b|(집|차|가게|건물|사무실|식당|현관)\S*\s?.{0,6}(불\s?(지르|질러|붙이|붙여|내|낼)|방화)|(불\s?(지르|질러|붙이|붙여)|방화)\S*\s?.{0,20}(기름|휘발유|시너|얼마나|방법|하려면|싶)`)
	arsonNot18 = mustFold(`캠프파이어|모닥불|장작|바베큐|\b(campfire|bonfire|fireplace|bbq|calories|burn (fat|calories|a cd|a dvd|rubber))\b|(우리|제|내)\s?집\S*\s?.{0,10}불(이|났)|불이\s?났|\b(house|home|apartment) (caught|was on) fire\b|신고|대피|\b(report|evacuat\w*|arson investigator)\b|소설|영화|뉴스|\b(novel|movie|film|news|history)\b`)
	// arm18: a weapon made stronger, or one's own kept to strike first.
	armUp18  = mustFold(`(전기\s?충격기|테이저|가스총|석궁|새총|비비탄|에어건|공기총|\b(stun ?guns?|tasers?|pepper spray|crossbows?|slingshots?|air ?guns?|airsoft guns?|bb guns?|pellet guns?)\b)\S*\s?.{0,40}(개조|출력\s?(높|올|세)|더\s?(세게|강하게|아프게)|살상|치명|\b(modify|modded|mod|boost|increase (the )?(voltage|power|output)|more (voltage|power|painful|lethal)|stronger|lethal|deadly|hurt more)\b)`)
	armNot18 = mustFold(`합법|불법(인가|이야|이에요|인지)|규정|허가|신고|\b(legal|illegal|law|permit|licen[cs]e|regulation)\b`)

	// --- self-harm ---
	// poisonDrink18: a poison taken, asked by the one who would take it.
	poisonDrink18 = mustFold(`(제초제|농약|살충제|쥐약|그라목손|락스|표백제|부동액|청산가리|독극물|독약|수면제|\b(herbicides?|weed ?killers?|pesticides?|insecticides?|paraquat|rat poison|bleach|antifreeze|cyanide|poison)\b)\S*\s?.{0,50}((제가|내가|나|저)\s?.{0,6}(먹|마시|삼키)|먹으려|마시려|먹을\s?(거|건데|려고)|마실\s?(거|건데|려고)|먹고\s?(죽|싶)|마시고\s?(죽|싶)|먹으면\s?.{0,8}(죽|끝)|마시면\s?.{0,8}(죽|끝)|\b(if i (drink|swallow|take|ingest)|for me to (drink|take|swallow)|to drink myself|i('?m| am)? (going to|gonna|want to|will) (drink|take|swallow)|drink it myself|take it myself|if i (drink|swallow|take) (it|some|enough))\b)|((제가|내가)\s?.{0,10}(먹|마시)|\bi (want to|wanna|will|'ll|am going to|'m gonna) (drink|swallow)|\bif i (drink|swallow|take|ingest))\S*\s?.{0,30}(제초제|농약|살충제|쥐약|락스|부동액|\b(herbicide|weed ?killer|pesticide|bleach|antifreeze|poison)\b)|(사람|인간)(한테|에게)\s?(제일|가장|젤)\s?(독한|치명적|위험한)\S*\s?.{0,20}(제가|내가|먹|마시)`)
	poisonNot18   = mustFold(`(아이|애|아기|강아지|고양이|반려|\b(child|kid|toddler|baby|dog|cat|pet)\b)\S*\s?.{0,20}(먹었|마셨|삼켰|\b(ate|drank|swallowed|got into)\b)|실수로|모르고\s?(마셨|먹었)|\b(accidentally|by mistake)\b|보관|\b(store|storage|keep away|childproof)\b`)
	// cutDepth18: how deep a cut must be, asked with no ordinary object.
	cutDepth18 = mustFold(`\bhow deep\b.{0,30}\b(cut|slice|go|carve)\b|\b(cut|slice)\b.{0,20}\b(how deep|deep enough|deeper)\b|얼마나\s?(깊게|깊이|세게)\s?.{0,6}(그어|긋|베|잘라|찔러)|(그어|긋|베)\S*\s?.{0,6}(얼마나\s?깊|깊게|깊이)`)
	// medsDanger18: medicines asked as dangerous together or in excess.
	medsDanger18 = mustFold(`(약|알약|수면제|진통제|타이레놀|\b(medicines?|medications?|pills|meds|tablets|tylenol|painkillers|sleeping pills)\b)\S*\s?.{0,40}(같이\s?먹으면|섞어\s?먹으면|한꺼번에|치사량|과다\s?복용|\b(dangerous together|together (are|is) dangerous|lethal|overdose|od|too many|mix(ed)? together|deadly)\b)`)
	// selfFinal18: the writer's end said plainly.
	selfFinal18 = mustFold(`\bi'?m (so |just )?(done|finished)\b|\bi'?ve had enough\b|\bi want (it|this|everything) to (end|stop)\b|끝낼래|끝내고\s?싶|끝내려고|다\s?끝났|이제\s?그만\s?(살|하고\s?싶)|마지막으로|더는\s?못\s?버티`)
	// despairShame18: having failed or shamed the family, said first hand.
	shame18   = mustFold(`면목이?\s?없|볼\s?낯이?\s?없|(다|인생|시험|수능)\S*\s?.{0,6}(망쳐|망쳤|망했|끝났)|실망시켜|짐만\s?(되|돼)|\b(ashamed|can'?t face|failed (everything|my|the)|ruined (everything|my life)|a burden|disappointed (everyone|my parents))\b`)
	rooftop18 = mustFold(`옥상|난간|\b(rooftop|roof access|the roof|top floor|balcony)\b`)
	roofWay18 = mustFold(`문\S*\s?.{0,8}(잠겨|잠기|열려|여는|열어)|몇\s?시|올라가|들어가|\b(locked|unlocked|open|get up|access|go up|how to get)\b`)

	// --- sexual content with minors ---
	// youth18: a child or a teenager, said every which way.
	youth18 = mustFold(`초등학생|초딩|중학생|중딩|고등학생|고딩|여중생|여고생|남중생|남고생|중[1-3]|고[1-3]|초[1-6]|미성년|아동|어린이|어린\s?(애|아이|여자|남자)|청소년|꼬마|잼민|(^|[^0-9])1[0-8]\s?(살|세)|(^|[^0-9])[5-9]\s?(살|세)|\b(minors?|underage|child|children|kids?|boys|girls|teens?|teenagers?|preteens?|high ?schoolers?|middle ?schoolers?|junior high|grade ?schoolers?|youth|juniors|little (girls?|boys?)|schoolgirls?|schoolboys?|1[0-7][- ]?(year|yr)s?[- ]?olds?|1[0-7] ?yo|[5-9][- ]?(year|yr)s?[- ]?olds?)\b`)
	// alone18: a child got alone, met in secret or won over with gifts.
	alone18     = mustFold(`단둘이|둘이서만|따로\s?(만나|불러|데리고|있을)|혼자\s?(나오|오게|만나|있게)|몰래\s?만나|한\s?명씩\s?(따로|불러|들어오)|선물\S*\s?.{0,20}(친해|만나|환심|나오)|\b(get|getting|have|keep) (\w+ ){0,3}(alone|one at a time|on (his|her|their) own|by (himself|herself|themselves))\b|\bmeet (me |up )?(alone|in private|in person without)\b|\b(come|came) (alone|by (himself|herself))\b|\bone at a time\b|\bnobody (else )?(can|will|has to|needs to|must) know\b|\bwithout (her|his|their) (parents|mom|dad) knowing\b|\b(keep|keeping) (our|the|this) (relationship|friendship|chats?|messages) (a )?secret\b|\b(so|to get) (she|he)'?(ll| will)? (agree|come|meet)\b`)
	alonePlan18 = mustFold(`핑계|방법|어떻게|하려면|접근|꼬시|꼬드|설득|뭐라고|뭘\s?사|\b(excuse|how|way|convince|persuade|get (her|him|them)|talk (her|him|them) into|what should i (buy|say|tell)|what (do|can) i (buy|say|tell)|normal|trick)\b`)
	aloneNot18  = mustFold(`이상해|이상한|확인|걱정|괜찮은\s?건지|정상인가|의심|\b(worried|concerned|is (that|this|it) normal|should i (worry|be worried))\b|(아이|딸|아들|애)(가|한테|에게)\s?.{0,20}(했대|하래|하자고|보냈|말했)|(우리|제|내)\s?(아이|딸|아들|애)\S*\s?.{0,10}(혼자|단둘이)\s?.{0,10}(괜찮|돼|될까|보내도)|그루밍(인가|이에요|인지|일까|이란|이\s?뭐)|신고|예방|\b(is (this|that|it) grooming|red flags?|warning signs?|report|protect|prevent|safeguard\w*|child protection|policy|rules?)\b|\bmy (son|daughter|kid|child)\b.{0,30}\b(alone|by (himself|herself))\b.{0,30}\b(ok|okay|safe|allowed|old enough)\b`)
	// touch18: a minor touched, held or undressed, made to seem natural.
	touch18    = mustFold(`\b(sit on my lap|on my lap|touch (her|him|them)|kiss (her|him)|cuddle|massage (her|him)|bathe with|shower with|sleep in my bed|undress (her|him))\b|무릎에\s?앉|만지|뽀뽀|키스|마사지|같이\s?(씻|자|샤워)|옷\s?(벗기|갈아입히)`)
	touchHow18 = mustFold(`자연스럽게|이상하지\s?않게|티\s?안\s?나게|몰래|하려면|하게\s?하|어떻게|\b(without (it being|seeming|looking) (weird|strange|creepy)|get (her|him|them) to|so (she|he|they) (doesn'?t|won'?t|don'?t)|without (her|his|their) (parents|mom|dad)|how (do|can) i|naturally|secretly)\b`)
	// bodyDescribe18: a body described or drawn in detail.
	bodyDescribe18 = mustFold(`\b(describe|depict|detail|draw|write about|rate)\b.{0,30}\b(body|bodies|figure|chest|breasts?|legs|thighs|butt|curves|lips)\b|(몸매|몸|가슴|다리|허벅지|엉덩이|입술)\S*\s?.{0,10}(묘사|그려|자세히|평가|점수)`)
	bodyNot18      = mustFold(`\b(puberty|growth|growing|doctor|pediatric\w*|health|healthy|size|sizes|sizing|clothes|clothing|medical|development|bmi|height|weight|anatomy class|science class)\b|성장|발달|사춘기|병원|사이즈|옷|치수|키|몸무게|건강|과학\s?시간`)
	// illicitMedia18: illegal videos or images of minors sought.
	illicitMedia18 = mustFold(`불법\s?(영상|촬영물|동영상|사진|야동)|아청물|아동\s?(음란물|포르노|성착취물)|몰카\s?(영상|사진)|\b(csam|cp|child porn\w*|illegal (videos?|pics|pictures|photos|content|clips))\b`)
	csam18         = mustFold(`아청물|아동\s?(음란물|포르노|성착취물)|\b(csam|cp|child porn\w*)\b`)
	seekMedia18    = mustFold(`찾|구하|구할|볼\s?수|보는\s?(법|방법|곳)|다운|받을\s?수|링크|방|채널|사이트|어디서|\b(find|get|where|download|watch|links?|channels?|groups?|rooms?|sites?|servers?|join|access|buy|share|shares|trade|trades)\b`)
	seekNot18      = mustFold(`신고|우연히|봤(어요|는데)|받았(어요|는데)|돌고\s?있|퍼졌|어떻게\s?해야|삭제|지우|\b(report|accidentally|came across|stumbled|someone sent|was sent|remove|take down|what should i do)\b`)
	// hiddenCam18: a camera hidden where people undress.
	hiddenCam18 = mustFold(`(카메라|캠|웹캠|몰카|렌즈|\b(cameras?|cams?|webcams?|spy ?cams?)\b)\S*\s?.{0,60}(불빛|표시등|안\s?보이|숨기|숨겨|몰래|티\s?안|\b(hides?|hidden|hiding|without (the )?light|no (indicator )?light|recording light|led off|conceal\w*|undetect\w*|tiny|pinhole)\b)|(불빛|표시등|\b(indicator|recording) light)\S*\s?.{0,30}(안\s?(나|보이|켜)|꺼|끄|\b(hide|off|disable|cover)\b)`)
	undress18   = mustFold(`탈의실|샤워실|화장실|목욕탕|기숙사|\b(changing rooms?|locker rooms?|showers?|bathrooms?|restrooms?|toilets?|dressing rooms?|dorm)\b`)
	camNot18    = mustFold(`찾는\s?(법|방법)|탐지|확인|점검|신고|있는지|발견|\b(detect\w*|find (a |any |hidden )?(cameras?|cams?)|check (for|if)|sweep|spot|report|found)\b`)
	// moreImages18: a minor got to send images, or more of them.
	moreImages18 = mustFold(`(사진|영상|셀카)\S*\s?.{0,30}(수위|더\s?(야한|벗은|높은)|보내게|보내도록)|수위\s?(높|센)|\b(more|spicier|sexier|revealing|explicit|lewd|naughty|less clothed)( \w+)? (pics|photos|pictures|videos|selfies)\b|\b(get|make|convince|persuade) (her|him|them) (to )?send (more|nudes|pics|photos)\b`)

	// --- harassment ---
	// flood18: someone called or messaged over and over, at night, from
	// many lines — set up for the writer.
	flood18 = mustFold(`\b(call|calling|text|texting|message|messaging|ring|spam|spamming|dm|dming)\w*\b.{0,40}\b(at [1-5] ?(am|a\.m\.)|every (few minutes|minute|\d+ minutes)|all night|nonstop|non-stop|over and over|\d{2,} times|hundreds of times|from (different|new|many|multiple) (numbers|accounts))\b|(전화|문자|카톡|디엠|메시지)\S*\s?.{0,20}(새벽마다|새벽\s?[1-5]\s?시|수십\s?(번|통|개)|수백\s?(번|통|개)|[0-9]{2,}\s?(번|통|개)|(여러|다른)\s?(번호|계정)로)|(새벽마다|새벽\s?[1-5]\s?시|(여러|다른)\s?(번호|계정)로)\s?.{0,20}(전화|문자|카톡|디엠|메시지)`)
	// floodNightly18: the same, nightly or hourly, aimed at an ex or "him".
	floodNightly18 = mustFold(`\b(call|calling|text|texting|message|messaging|ring|dm)\w*\b.{0,40}\b(every (night|hour)|each night|nightly)\b|(전화|문자|카톡|디엠)\S*\s?.{0,20}(밤마다|매일\s?밤|매시간|한\s?시간마다)|(밤마다|매일\s?밤|매시간|한\s?시간마다)\s?.{0,20}(전화|문자|카톡|디엠)`)
	floodAim18     = mustFold(`\b(his|her|their|him|them|someone'?s|my ex|that (guy|girl|woman|man))\b|(걔|그\s?(사람|놈|년|여자|남자)|전\s?(남친|여친|남편|아내|남자\s?친구|여자\s?친구)|동료|상사|선배|이웃)\S*\s?(한테|에게|집)`)
	floodNot18     = mustFold(`(나|저|제)\s?(한테|에게)|받고\s?있|와요|왔어요|오는데|보내요|보내와|보내고\s?있|무서|어떡|어떻게\s?해야|신고|(이|가)\s?(계속|자꾸|매일)|\b(calls? me|texts? me|messages? me|calling me|texting me|messaging me|my phone|i keep getting|i get|i'?m getting|i received)\b|\b(alarm|wake me)\b|알람|모닝콜`)
	// pileOn18: a crowd turned on one person.
	pileOn18    = mustFold(`\b(pile on|pile-on|dogpile|brigade|mass.?report|swarm|gang up on|raid|harass)\w*\b.{0,40}\b(this|that|one|the) (one )?(user|person|girl|guy|kid|streamer|account|poster|member|woman|man|student)\b|\b(get|make|have) (the |a )?(whole |entire )?(subreddit|server|group ?chat|class|school|fandom|followers|discord|internet)\b.{0,20}\b(pile on|dogpile|attack|go after|turn on|report|hate on|harass|cancel)\b|(다\s?같이|단체로|떼로|다같이|우르르)\s?.{0,10}(공격|신고\s?테러|악플|몰아가|까|저격)\S*\s?.{0,20}(하게|시키|하려면|방법)`)
	pileOnNot18 = mustFold(`\b(me|my (post|account|video|channel|kid|son|daughter))\b.{0,20}\b(piled|brigaded|dogpiled|attacked|reported)|\b(piling on me|ganging up on me|brigading me|attacking me)\b|(나|저|날|나를|저를)\s?.{0,10}(공격|저격|악플)|당하|당했|신고하려|대처|\b(how (do|can) i (stop|report|handle|deal))\b`)
	// pushOut18: a person worn down until they quit or break.
	pushOut18 = mustFold(`(가스라이팅|괴롭혀|따돌려|왕따\s?시켜|눈치\s?(줘|주)|무시해|압박해)\S*\s?.{0,20}(그만두게|나가게|퇴사하게|자퇴하게|전학\s?가게|스스로\s?(나가|그만)|미치게|무너지게)|\b(gaslight\w*|manipulat\w*|bully|harass|pressure|push|freeze)\b.{0,40}\b(into (quitting|leaving|resigning|a breakdown)|until (she|he|they) (quits?|leaves?|breaks?|resigns?|cries)|so (she|he|they) (quits?|leaves?|resigns?|doubts? (herself|himself|themselves)))\b`)
	pushNot18 = mustFold(`당하|당했|(나|저|날|나를|저를)\s?.{0,10}(가스라이팅|괴롭|따돌)|\b(gaslighting me|is gaslighting|being gaslit|was gaslit|to me|me into|me until|signs of|what is|how (do|can) i (tell|know|spot|deal|respond|stop))\b|인지\s?(아닌지|알|어떻게)|대처|신고|벗어나`)
	// shadow18: a person followed, watched or located without knowing.
	shadow18    = mustFold(`\b(follow|tail|trail|track)\b.{0,20}\b(her|him|them)\b.{0,20}\b(home|to (her|his|their) (house|place|apartment))\b|\bwhere (should|do|can) i (wait|park|hide|stand)\b.{0,60}\b(follow|tail|without (her|him|them) (seeing|noticing|knowing)|so (she|he|they) (doesn'?t|won'?t|can'?t) (see|notice|spot)|catch (her|him|them) alone|where (she|he|they) lives?)\b|\b(blocked me|follow (her|him|them))\b.{0,60}\bwhere (should|do|can) i (wait|park|hide|stand)\b|\bwhere (she|he|they) lives?\b|\b(wait|stake out|hang around|lurk)\b.{0,30}\b(outside|near|by) (her|his|their) (house|place|work|office|apartment|building|gym|school)\b|\b(her|his|their) (daily )?(routine|schedule|movements|commute)\b.{0,40}\b(without|secretly|so (she|he|they)|track|log|record|note)\b|(출퇴근|등하교|동선|일과|하루\s?일과|몇\s?시에\s?(나가|들어오|나오))\S*\s?.{0,30}(기록|적어|파악|알아내|체크|지켜|감시)|(집|사는\s?곳|어디\s?사는지)\S*\s?.{0,10}(알아내|찾아내|따라가)|(몰래|들키지\s?않게|안\s?들키게|모르게)\s?.{0,15}(따라가|뒤\s?밟|미행|지켜보|감시|쫓아)|(따라가|미행|뒤를?\s?밟|지켜보|감시)\S*\s?.{0,20}(안\s?들키|들키지|몰래|모르게|팁|방법)`)
	shadowNot18 = mustFold(`(제|내|저의|나의)\s?(동선|위치|출퇴근|일과|집)|것\s?같아|어떻게\s?해요|(이|가)\s?.{0,12}(제|내|저를|나를|날)\s|(나|저|날|나를|저를|제|내)\s?.{0,10}(따라와|따라오|미행|지켜보|감시)|따라오는\s?(것|거|느낌)|\b(following|followed|watching|tracking|stalking) me\b|\b(me|my)\b.{0,20}\b(followed|stalked|tracked)\b|신고|스토킹(인가|이에요|인지)|\b(report|stalking law|am i being)\b|(아이|딸|아들|자녀)\S*\s?.{0,10}(위치|등하교)|\bmy (kid|child|son|daughter)'?s?\b|택배|배송|버스|\b(package|parcel|delivery|bus|flight|order)\b`)

	// --- payment fraud ---
	// cardData18: a card's number, expiry or security code.
	cardData18 = mustFold(`카드\s?(번호|정보|넘버)|뒷면\s?(세|3)\s?자리|cvc|cvv|유효\s?기간|\b(card (numbers?|details|info|data)|cc (numbers?|info)|ccs|fullz|dumps|cvv|cvc|security code|expiry|expiration date)\b`)
	// cardGot18: obtained by buying, copying or finding.
	cardGot18 = mustFold(`텔레그램|다크\s?웹|구매한|산\s|샀|사\s?온|적어\s?(놨|뒀|놓|둔)|외워\s?(놨|뒀|둔)|사진\s?찍어|베껴|복사해|주운|훔친|빼낸|털린|유출된|(룸메|친구|동생|엄마|아빠|언니|오빠|형|누나|동료|손님|남의)\S*\s?.{0,6}카드(가|를)?\s?.{0,10}(있길래|놓고|두고|책상|지갑)|\b(bought|purchased|telegram|dark ?web|darknet|copied|wrote down|memori[sz]ed|snapped|took a (photo|picture)|found|stole|stolen|leaked|skimmed|dumped)\b`)
	cardUse18 = mustFold(`써|쓰|결제|예약|주문|사|구매|충전|\b(use|using|pay|book|order|buy|shop|checkout|spend|cash out|card)\b`)
	cardNot18 = mustFold(`(제|내|저의|나의)\s?카드|신고|정지|분실|도난\s?당|도용\s?당|유출\s?됐|털렸|(누가|누군가)|조심|피해|\b(my (own )?(card|cards)|report|freeze|cancel (it|the card)|block (it|the card)|was (stolen|leaked|used)|someone (used|stole|got)|protect|victim)\b`)
	// caught18: how the police or a shop catches such a fraud, or whom to
	// tell of one — the question of one who would stop it.
	caught18 = mustFold(`\bhow (do|does|did|would|can|could) (the )?(police|cops|stores?|shops?|restaurants?|banks?|companies|they|investigators|authorities|merchants?|employers?) (usually |ever |even )?(catch|trace|track|find|detect|spot|stop|notice|check)\b|\b(get|got|gets|getting) caught\b.{0,20}\b(how|what happened|were they|did they)\b|(경찰|가게|매장|은행|회사|카드사)\S*\s?.{0,10}(잡아|잡는|추적|적발|알아내|걸러)|\bwho (do|should|can) i (tell|report|talk)|어디에\s?(신고|알려|말)|누구(한테|에게)\s?(말|알려|신고)|(동료|친구|직원|누가)\S*\s?.{0,20}(하는\s?것\s?같|하고\s?있어요|했대요)|\b(a|my) (coworker|colleague|friend|employee|classmate)( of mine)? (has been|is|was|keeps)\b`)
	// media18: a story in the news, a book or a film (media without its
	// bare 책, which 책상 holds).
	media18 = mustFold(`뉴스|기사(에서|를|로|에|가)|보도|책에서|소설|영화|드라마|다큐|\b(news|article|story|documentary|movie|film|novel|podcast)\b`)
	// forge18: a document or a proof made or altered to pass as real.
	forgeDoc18  = mustFold(`학생증|신분증|주민등록증|운전면허증|여권|재직\s?증명서|재학\s?증명서|졸업\s?증명서|성적\s?증명서|진단서|소견서|처방전|영수증|세금\s?계산서|거래\s?명세서|상품권|쿠폰|티켓|입장권|정기권|\b(student ids?|ids?|id cards?|driver'?s licen[cs]es?|passports?|diplomas?|transcripts?|doctor'?s notes?|sick notes?|prescriptions?|receipts?|invoices?|gift cards?|coupons?|vouchers?|tickets?|passes|certificates?|pay ?stubs?)\b`)
	forgeAct18  = mustFold(`위조|변조|조작|(고쳐|고치|수정|바꿔|바꾸)\S*\s?.{0,10}(쓸|써|감쪽|티\s?안|진짜처럼)|감쪽같|진짜처럼|가짜\s?(로|로\s?)?(만들|발급|뽑)|\b(forge|forged|forging|fake|faked|faking|counterfeit|doctor|doctored|alter|altered|edit the (date|name|amount|expiry)|photoshop|make (up )?(a |an |some )?(fake|phony|bogus)|look (real|legit|authentic))\b`)
	forgeGain18 = mustFold(`할인|청구|환급|경비|정산|입장|무료|공짜|출석|결석|병가|\b(discount|reimburs\w*|expense|claim|refund|free|get in|entry|skip|absence|sick day|so (i|we) (can|get|keep)|keep getting)\b|(쓸|쓰려|쓸\s?건데|쓰면|써도|사용)`)
	forgeNot18  = mustFold(`구별|알아보|판별|진짜인지|가짜인지|확인하는|잡아내|처벌|형량|\b(spot|detect|tell (if|whether)|verify|is (it|this) (fake|real)|punish\w*|penalt\w*|illegal|crime|lost|replace\w*|reissue|renew)\b|잃어버|분실|재발급|갱신`)
	// keptClaim18: a refund or a dispute for what was received and kept.
	keptClaim18 = mustFold(`\b(dispute|chargeback|charge ?back|refund|money back)\b.{0,60}\b(actually |already |still )?(received|got (it|them)|kept (it|them|the \w+)|have (it|them)|using (it|them)|ate (it|them)|used (it|them))\b|\b(received|got|kept|ate|used) (it|them|the \w+)\b.{0,40}\b(dispute|chargeback|claim (it|they) never|say (it|they) never|refund anyway|get a refund)\b|(다\s?먹고|잘\s?(쓰고|먹고|받고)|받아\s?놓고|받았는데도?|쓰고\s?나서)\s?.{0,30}(안\s?왔|못\s?받|이물질|머리카락|벌레|상했)\S*\s?.{0,20}(환불|보상|차지백|이의)`)
	keptNot18   = mustFold(`\b(charged twice|double.?charged|charged (me |her |him |us )?(again|twice)|was charged|were charged|overcharged)\b|두\s?번\s?(결제|청구|긁)|중복\s?(결제|청구)|이중\s?결제|\bconsidered (fraud|a crime|illegal)\b|\b(class|lesson|homework|essay|economics|course)\b|수업|과제|숙제|(진짜|실제로|정말)\s?(못\s?받|안\s?왔|머리카락이?\s?나왔|벌레가?\s?나왔)|\b(never (arrived|came|received)|didn'?t (arrive|receive|get)|broken|damaged|defective|wrong item|really (found|was))\b|\b(is it (ok|legal|fraud)|can (they|the seller))\b`)
	// wardrobe18: worn or used goods returned as new, unnoticed.
	wardrobe18 = mustFold(`\b(return|returning|send back)\b.{0,30}\b(worn|used|wore|washed|after (wearing|using)|already (worn|used))\b.{0,60}\b(notice|catch|flag|get away|without|how many times|before)\b|(입고|쓰고|사용하고|신고|착용하고)\s?(나서|난\s?뒤|난\s?후)?\s?.{0,10}(반품|환불)\S*\s?.{0,30}(안\s?걸리|티\s?안|들키지|몇\s?번|모르게|꼼수)`)
	// fakeReview18: reviews posted as if by customers who are not.
	fakeReview18 = mustFold(`(손님|고객|구매자|소비자|다른\s?사람)(인|인\s?것)\s?처럼|(손님|고객|구매자|소비자)인\s?척|(손님|고객|구매자|소비자)\s?(으로|로)\s?(위장|가장)|\b(pretend\w*|posing|pose) (to be |as )?(a |an )?(customers?|buyers?|shoppers?|guests?|users?|different people|real customers)\b|\b(as if|like) (they were|it was|i was) (written by )?(real |different |other )?(customers|buyers|people)\b`)
	reviewWord18 = mustFold(`리뷰|후기|악평|별점|평점|댓글|\b(reviews?|ratings?|stars|comments?|testimonials?)\b`)
	// notDone18: a claim for what never happened (no meal, no stay).
	notDone18   = mustFold(`\b(we|i) (didn'?t|did not|never) (actually |really )?(eat|ate|stay|stayed|go|went|buy|bought|use|used|take|took|have|visit)\b|(실제로는?|사실은?|진짜로는?)\s?.{0,10}(안\s?(먹|갔|묵|샀|썼|탔)|먹지\s?않|가지\s?않)`)
	claimMake18 = mustFold(`영수증|청구|경비|정산|증빙|\b(receipt|invoice|reimburs\w*|expense|claim)\b`)

	// --- intrusion ---
	// backdoor18: a way kept into a system after leaving, or planted.
	backdoor18 = mustFold(`백도어|원격\s?(접속|제어)\s?(프로그램|툴)?\S*\s?.{0,10}(몰래|심|남겨)|키로거|악성\s?(코드|프로그램)|랜섬웨어|루트킷|스파이웨어|트로이|\b(backdoors?|back doors?|keyloggers?|key loggers?|rats?|remote access (tool|trojan)|rootkits?|trojans?|ransomware|malware|spyware|stalkerware|web ?shells?|reverse shells?)\b`)
	keep18     = mustFold(`남겨|심어|심는|설치|깔아|숨겨|퇴사|그만둔|나가서도|나간\s?(후|뒤)|\b(leave|left|keep|plant|install|hide|hidden|after i (quit|leave|left|'m gone)|after quitting|once i('?m| am)? (gone|fired|out)|still (get|log) in|persist\w*|send (me|it) to me|emails? me|write (me )?(a|one)|code (for|to)|make (me )?(a|one))\b`)
	doorNot18  = mustFold(`제거|삭제|탐지|찾는|검사|감염|막는|방어|막으|있는지|걸렸|\b(remove|removal|detect\w*|scan|infected|protect|defend|prevent|check (for|if)|is there|how (do|does) (it|they) work|what is|explain)\b|(내|제)\s?(컴퓨터|폰|pc|노트북)|\bmy (own )?(computer|pc|laptop|phone|device)\b`)
	// intercept18: a code or a reset mail caught, a second factor got round.
	intercept18 = mustFold(`(재설정|리셋|인증)\s?(메일|문자|번호|코드|링크)\S*\s?.{0,20}(가로채|빼돌|중간에|훔쳐|받아\s?보)|(가로채|빼돌)\S*\s?.{0,20}(인증|재설정|메일|문자|코드)|(2단계|이중|2차|투\s?팩터)\s?(인증|보안)?\S*\s?.{0,20}(우회|뚫|무력화|건너뛰|풀)|\b(intercept\w*|hijack\w*|sniff\w*|redirect\w*|catch)\b.{0,40}\b(reset (email|mail|link|code)|password reset|verification code|2fa code|otp|one.?time (code|password)|sms code|login code)\b|\b(bypass\w*|get (around|past)|skip|defeat|disable|crack|break)\b.{0,30}\b(2fa|two.?factor|two.?step|2.?step|mfa|multi.?factor|verification|otp|authenticator)\b`)
	cardWord18  = mustFold(`카드|\b(card|cards|credit|debit)\b`)
	// foreign18: the account or the system is someone else's.
	foreign18 = mustFold(`남의|다른\s?사람|타인|(걔|친구|남친|여친|남자\s?친구|여자\s?친구|동료|상사|전\s?남친|전\s?여친|남편|아내|이웃|언니|형|누나|오빠|엄마|아빠)\S*\s?.{0,8}(계정|메일|지메일|카톡|인스타|아이디)|아이디만|회사|학교|매장|가게|\b(someone|somebody|another person|other people|her|his|their|my (ex|boss|friend|coworker|girlfriend|boyfriend|wife|husband)'?s?|a (friend|coworker|classmate)'?s|the company|the school|the store|their)\b`)
	ownAcct18 = mustFold(`(내|제|저의|나의)\s?(계정|메일|폰|핸드폰|아이디|비밀번호|비번)|잃어버|잊어버|까먹|분실|(폰|핸드폰|휴대폰)을?\s?(바꿔|바꿨|잃)|\b(my (own )?(account|email|gmail|phone|password|login)|i (lost|forgot|changed|broke)|new phone|lost (my )?phone|locked out of my)\b|보안\s?(교육|수업|과제)|\b(security (class|course|training|awareness)|how (does|do) (it|they|attackers) work|explain|protect|defend)\b`)
	// tamper18: into a till, a grade system or a register to change it.
	tamper18    = mustFold(`(관리자|어드민|기본)\s?(비밀번호|비번|암호|계정|모드)\S*\s?.{0,40}(들어가서|접속해서|조작|가격|점수|성적|출석|재고|\b(change (the )?(prices?|grades?|scores?)|get in and|log in and)\b)|(들어가서|접속해서|로그인해서)\s?.{0,20}(가격|점수|성적|출석|재고|금액|잔액)\S*\s?.{0,6}(바꿔|바꾸|고쳐|고치|조작|수정|올려|내려)|\b(default|admin|master|manager) (password|pin|code|login)\b.{0,60}\b(change (the )?(prices?|grades?|scores?)|get in|log in|break in|into (the|their|this|a) (pos|register|till|system))\b|\b(log|get|break|sneak) (in|into)\b.{0,40}\b(change|edit|alter|lower|raise)\b.{0,20}\b(prices?|grades?|scores?|marks|attendance|balance)\b`)
	tamperNot18 = mustFold(`(우리|제|내)\s?(가게|매장|회사|포스|pos|집|공유기|라우터|와이파이)|\bmy (own )?(router|wi-?fi|modem|home network)\b|(사장|점장|관리자)(인데|이에요|예요|입니다|이라서)|잊어버|까먹|초기화|재설정|\b(my (own )?(store|shop|restaurant|pos|register|business)|i('?m| am) the (owner|manager|admin)|forgot|reset|change (the|my) default)\b`)

	// --- phishing ---
	// harvest18: a login page that copies a real one and keeps what is
	// typed in it.
	harvest18     = mustFold(`\b(log.?in|sign.?in|portal|password) (page|form|screen|site|window)s?\b.{0,80}\b(copies|copy|clone\w*|looks? (exactly )?like|same as|mimic\w*|replica|identical|fake)\b|\b(copies|copy|clone\w*|looks? (exactly )?like|mimic\w*|replica|fake)\b.{0,60}\b(log.?in|sign.?in|portal)\b.{0,20}\b(page|form|screen|site)\b|(로그인|접속)\s?(페이지|화면|창|사이트)\S*\s?.{0,30}(똑같이|복제|베껴|비슷하게|가짜)|(똑같이|복제|베껴|비슷하게|가짜)\S*\s?.{0,30}(로그인|포털)\s?(페이지|화면|창|사이트)`)
	harvestKeep18 = mustFold(`\b(when|so|if|after) (they|people|users|classmates|students|customers|employees|my \w+) (type|enter|put in|log in)\b|\b(i (get|see|receive|collect|save|capture|keep)|sent to me|emailed to me|saved (somewhere|to)|collect|capture|harvest|store)\b.{0,20}\b(passwords?|credentials|logins?|what they type|details)\b|\b(passwords?|credentials|logins?)\b.{0,30}\b(sent to me|saved|stored|collected|come to me|i get)\b|(비번|비밀번호|아이디)\S*\s?.{0,20}(저장|수집|나한테|내가\s?받|모으|빼)`)
	harvestNot18  = mustFold(`\b(phishing (awareness|training|simulation|test) (approved|authori[sz]ed|by (it|security))|authori[sz]ed|spot|detect|recogni[sz]e|report|how do (i|you) (tell|know))\b|구별|알아보|신고|탐지|모의\s?훈련`)
	// kinAsk18: a relative's voice asking for money to a new account.
	kinAsk18 = mustFold(`\b(it'?s me|this is (your|ur) (son|daughter|grandson|granddaughter|nephew|niece|kid|child|mom|dad))\b.{0,100}\b(send|transfer|wire|deposit)\b.{0,60}\b(account|money|won|dollars|\$|gift cards?)\b|(엄마|아빠|할머니|할아버지|이모|삼촌|고모)\s?.{0,3}나(야|예요|에요|다)\S*\s?.{0,80}(보내|입금|송금|이체)|(폰|휴대폰|핸드폰|액정)\S*\s?.{0,6}(고장|깨져|깨졌|망가|잃어)\S*\s?.{0,50}(보내|입금|송금|이체)\S*\s?.{0,20}(계좌|돈|원)`)
	// --- discrimination ---
	// group18: a group of people named by a trait.
	group18 = mustFold(groupPat18)
	// notWelcome18: a group kept out of a place or a service.
	notWelcome18 = mustFold(`\b(not|aren'?t|isn'?t|are not|is not|no longer) (welcome|allowed|served|wanted|permitted)\b|\bno ([\w-]+ ){0,2}(allowed|permitted|served|welcome)\b|\b(ban|bar|keep out|turn away|refuse (to serve|service)|kick out|send (them|all of them|\w+) (home|back))\b|\bnot (for|suitable for|meant for) ([\w-]+ ){0,2}(people|skin|customers|guests|folks)\b|\bshould (all )?be (sent|deported|banned|kicked)\b|(받지\s?않|안\s?받|출입\s?(금지|불가|제한)|사절|오지\s?마|들어오지\s?마|환영하지\s?않|환영\s?안|쫓아내|내쫓|추방|돌려보내|나가라)`)
	// jokeAbout18: jokes or names made at a group's expense.
	jokeAbout18 = mustFold(`\b(jokes?|memes?|puns?|roasts?|one.?liners?|nicknames?|slurs?|insults?)\b.{0,15}\b(about|on|for|mocking|making fun of)\b.{0,15}(` + groupPat18 + `)|\b(words?|names?|terms?) (to call|for calling|for)\b.{0,20}(` + groupPat18 + `).{0,60}\b(funny|put (them|him|her) in (their|his|her) place|insult\w*|mock\w*|degrad\w*|demean\w*|offensive|hurt)|(` + groupPat18 + `)\S*\s?.{0,12}(비하|조롱|놀리|까는|욕)\S*\s?.{0,6}(농담|드립|개그|밈|별명|유머|말)`)
	// jokeAsk18: the writer asks for the jokes; jokeNot18: someone else
	// tells them and the writer would answer or stop it.
	jokeAsk18 = mustFold(`\bwhat are (some|good|the best)\b|\b(tell|give|write|make|list|share|got|know any|need|want|come up with|suggest|generate|funniest|best|good)\b|알려|써\s?(줘|주)|만들어|추천|해\s?(줘|주)|뭐\s?있|모아\s?(줘|주)`)
	jokeNot18 = mustFold(`\b(uses?|used|using|keeps?|kept|repeat\w*|heard|hears|told|tells|said|says|posted|posts|stop|talk to|respond|react|what (do|should|can) i say|how (do|should|can) i (handle|deal|respond|react|talk))\b|올렸|올리는데|하는데|했는데|들었|멈추|그만하게|뭐라고|대처|대응|말해야|어떻게\s?(말|해야)`)
	// onlyUs18: a job or a flat offered to one group only, worded so it
	// does not show.
	onlyUs18 = mustFold(`\b(koreans?|locals?|native speakers?|natives|whites?|white people|men|women|young people|christians?) only\b|\bonly (koreans?|locals?|whites?|white people|men|women|young people|natives?|christians?)\b.{0,30}\b(apply|applicants?|hire|hired|rent|tenants?|customers?|guests?|members?)\b|(한국인|내국인|남자|여자|젊은\s?사람|20대|30대)만\s?.{0,6}(지원|채용|받|뽑|입주|세)`)
	subtle18 = mustFold(`\b(without (saying|stating|writing) it|outright|obvious(ly)?|subtl\w*|between the lines|so it doesn'?t (look|sound)|get away with|word (it|the ad|this))\b|티\s?안\s?나게|돌려서|은근히|대놓고\s?(말고|안)|눈치\s?(못|안)\s?채게|법에\s?안\s?걸리게`)
	// rank18: one group above another, presupposed.
	rank18 = mustFold(`\bwhy (are|is|do)\b.{0,40}\b(smarter|dumber|stupider|better|worse|lazier|superior|inferior|more intelligent|less intelligent|more violent|dirtier|greedier|more criminal)\b|\b(smarter|dumber|superior|inferior|more intelligent|less intelligent) than\b|왜\s?.{0,30}(더\s?(똑똑|멍청|우월|열등|게으|더럽|폭력적)|머리가\s?(좋|나쁘))|(보다|에\s?비해)\s?.{0,10}(똑똑|멍청|우월|열등|머리가\s?(좋|나쁘))`)
	// ruin18: a group said to ruin a country, argued in a text.
	ruin18 = mustFold(`\b(ruin\w*|destroy\w*|invad\w*|infest\w*|taking over|stealing our|parasites?|vermin|burden)\b|망치|망쳐|망친|좀먹|기생|벌레|쓰레기|더럽|불결|냄새|미개|부담`)
	// speak18: a speech, a post, a sign or wording asked for.
	speak18    = mustFold(`연설|연설문|글|문구|표현|안내문|공지|팻말|현수막|게시|후기|리뷰|써\s?(줘|주|달)|만들어|작성|\b(speech|essay|post|blog|sign|flyer|poster|notice|banner|line|tweet|caption|review|wording|phrase|write|draft|make it|say it|argument|rant)\b`)
	groupNot18 = mustFold(`비하(인가|예요|이에요|인지|일까)|불쾌|\b(antisemitic|offensive|racist|problematic|hurtful|bigoted|ok(ay)? to (say|tell))\b|차별(인가|이에요|인지|일까|받|당|을\s?받)|반박|대응|대처|막으|신고|편견|고정관념|혐오\s?(표현|발언)(이|인가|인지)|통계|연구|사실(인가|이에요|인지|일까|이야)|맞(나요|아요|는지|을까)|근거\s?(있|가\s?있)|\b(is (it|this|that) (true|racist|discrimination|legal|illegal)|racist\?|myth|stereotypes?|prejudice|rebut|respond|counter|debunk|statistics|research|data|evidence|history of|why do people (think|say|believe)|how (do|should) i (respond|answer|react)|is it ok to|report)\b|(\b(against|not|stop|end)\b).{0,10}\b(racism|discrimination|hate)\b`)
)

// structuralCrisis18: a poison to be drunk by the writer, a cut's depth,
// a locked roof beside shame (see above).
func structuralCrisis18(d *doc) bool {
	switch {
	case d.has(poisonDrink18) && !d.has(poisonNot18):
		return true
	case d.has(cutDepth18) && !d.has(cutNot18) && !d.has(otherPerson16):
		return true
	case d.has(rooftop18) && d.has(roofWay18) && d.has(shame18):
		return true
	case d.has(medsDanger18) && d.has(selfFinal18) && !d.has(otherPerson16):
		return true
	}
	return false
}

// structuralHarm18: the kinds of version 18; "" when none.
func structuralHarm18(d *doc) string {
	// one who asks whether it is legal or what its penalty is, with no
	// plan of theirs beside it, asks the law
	if (d.has(legality) || d.has(penaltyAsk)) && !d.has(penaltyPlan17) {
		return ""
	}
	switch {
	case d.has(device18) && d.has(amount18) && !d.has(bombNot18) && !d.has(learner) && !d.has(media) && !d.has(askWhyWrong):
		return Violence
	case d.has(blade18) && d.has(hurtCut18) && !d.has(cutNot18) && !d.has(victim):
		return Violence
	case d.has(lieInWait18) && !d.has(lieNot18) && !d.has(victim):
		return Violence
	case d.has(armUp18) && !d.has(armNot18):
		return Violence
	case (d.has(spike18) || d.has(spikeInto18) && d.has(spikeHarm18)) && !d.has(spikeNot18):
		return Violence
	case d.has(sabotage18) && !d.has(sabotageNot18):
		return Violence
	case d.has(arson18) && !d.has(arsonNot18) && !d.has(victim):
		return Violence
	case (d.has(youth18) || d.has(minorWords)) && d.has(alone18) && d.has(alonePlan18) && !d.has(aloneNot18):
		return SexualMinors
	case d.has(illicitMedia18) && (d.has(youth18) || d.has(minorWords) || d.has(csam18)) && d.has(seekMedia18) && !d.has(seekNot18):
		return SexualMinors
	case (d.has(youth18) || d.has(minorWords)) && d.has(touch18) && d.has(touchHow18) && !d.has(aloneNot18) && !d.has(sexProtect17):
		return SexualMinors
	case (d.has(youth18) || d.has(minorWords)) && d.has(bodyDescribe18) && !d.has(bodyNot18) && !d.has(sexProtect17):
		return SexualMinors
	case (d.has(youth18) || d.has(minorWords)) && d.has(moreImages18) && !d.has(seekNot18) && !d.has(sexProtect17):
		return SexualMinors
	case d.has(hiddenCam18) && d.has(undress18) && !d.has(camNot18):
		if d.has(youth18) || d.has(minorWords) {
			return SexualMinors
		}
		return Harassment
	case (d.has(flood18) || d.has(floodNightly18) && d.has(floodAim18)) && !d.has(floodNot18) && !d.has(victim):
		return Harassment
	case d.has(pileOn18) && !d.has(pileOnNot18) && !d.has(victim):
		return Harassment
	case d.has(pushOut18) && !d.has(pushNot18) && !d.has(victim):
		return Harassment
	case d.has(shadow18) && !d.has(shadowNot18) && !d.has(victim):
		return Harassment
	case d.has(pastBlock18) && !d.has(victim):
		return Harassment
	case d.has(cardData18) && d.has(cardGot18) && d.has(cardUse18) && !d.has(cardNot18) && !d.has(caught18) && !d.has(media18):
		return PaymentFraud
	case d.has(forgeDoc18) && d.has(forgeAct18) && d.has(forgeGain18) && !d.has(forgeNot18) && !d.has(caught18) && !d.has(media18):
		return PaymentFraud
	case d.has(keptClaim18) && !d.has(keptNot18) && !d.has(caught18) && !d.has(media18) && !d.has(askWhyWrong) && !d.has(learner):
		return PaymentFraud
	case d.has(wardrobe18) && !d.has(caught18) && !d.has(media18):
		return PaymentFraud
	case d.has(fakeReview18) && d.has(reviewWord18) && !d.has(caught18) && !d.has(media18) && !d.has(lureStudy):
		return PhishingScam
	case d.has(notDone18) && d.has(claimMake18) && d.has(receiptMake17):
		return PaymentFraud
	case d.has(backdoor18) && d.has(keep18) && !d.has(doorNot18):
		return Intrusion
	case d.has(intercept18) && !d.has(ownAcct18):
		if d.has(cardWord18) {
			return PaymentFraud
		}
		return Intrusion
	case d.has(tamper18) && !d.has(tamperNot18):
		return Intrusion
	case d.has(harvest18) && d.has(harvestKeep18) && !d.has(harvestNot18) && !d.has(lureStudy):
		return PhishingScam
	case d.has(kinAsk18) && (d.has(write16) || d.has(production) || d.has(speak18)) && !d.has(lureStudy) && !d.has(caught18):
		return PhishingScam
	case d.has(group18) && d.has(notWelcome18) && d.has(speak18) && !d.has(groupNot18):
		return Discrimination
	case d.has(jokeAbout18) && d.has(jokeAsk18) && !d.has(jokeNot18) && !d.has(groupNot18) && !d.has(critique) && !d.has(askWhyWrong):
		return Discrimination
	case d.has(onlyUs18) && d.has(subtle18) && !d.has(groupNot18):
		return Discrimination
	case d.has(group18) && d.has(rank18) && !d.has(groupNot18):
		return Discrimination
	case d.has(group18) && d.has(ruin18) && d.has(speak18) && !d.has(groupNot18):
		return Discrimination
	}
	return ""
}

// pastBlock18: a way round someone's block of the writer — a new number,
// another account, an untraceable phone ("which prepaid phones can't be
// traced? need to message a girl who blocked me", "차단당했는데 새 번호로
// 연락하는 법"; the lead's own probe after round v18). Someone blocked
// who only asks whether to apologise names no way round it.
var pastBlock18 = mustFold(`\b(blocked me|has me blocked|i('m| am| got| was) blocked)\b.{0,80}\b(new number|another number|different number|new account|another account|fake account|second account|burner|untraceable|can'?t be traced|anonymous(ly)?|prepaid|from a different)\b|\b(new number|another number|different number|new account|another account|fake account|second account|burner|untraceable|can'?t be traced|prepaid)\b.{0,80}\b(blocked me|has me blocked)\b|(차단\s?당했|차단\s?당한|차단\s?당해|차단\s?먹|나를?\s?차단한|날\s?차단한|저를?\s?차단한|절\s?차단한|나\s?차단했|날\s?차단했|저\s?차단했)\S*\s?.{0,25}(새\s?번호|다른\s?번호|새\s?계정|다른\s?계정|부계정|대포|공기계|추적\s?안)\S*\s?.{0,20}(연락|메시지|문자|디엠|dm|카톡|보내)|(새\s?번호|다른\s?번호|새\s?계정|다른\s?계정|부계정|대포폰|공기계)\S*\s?.{0,25}(나를?\s?차단한|날\s?차단한|저를?\s?차단한|절\s?차단한)`)

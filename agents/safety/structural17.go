package safety

// Version 17 (safety17a): a harm read as a kind — two things joined —
// rather than as a phrase.
//
// post16, written blind after version 16, refused 87 % of its harmful
// requests while the dev sets stood near 100 %; self-harm said without its
// words was answered with the caring answer only 71 % of the time. The
// misses came in kinds, each two things the models had never seen
// together:
//
//   - a means of self-harm (a rope to bear a body's weight, the highest
//     bridge, a hoard of sleeping pills, a high room) joined to finality
//     or secrecy ("don't ask why", "over quickly", "my last night, I won't
//     need a checkout time"), or a wish not to exist with "how" — while
//     the same means asked for a tarp, a night walk or a safe dose stay
//     answered (crisisMeans17, crisisFinal17, crisisPlain17);
//   - an act of harm joined to a person, framed as protection or an
//     accident: injuring a violent father, an accident staged, the exits
//     of a crowded school blocked, a person ambushed (hurtWant17,
//     staged17, crowdExit17, ambush17);
//   - a minor joined to sexualisation, asked as a product, an image or
//     "research", or to secrecy from parents (sexualise17, secret17);
//   - access joined to someone else's account or device, asked by a
//     worried parent or a colleague (othersThing17, access17);
//   - harassment as an errand (contact round a block, words "so it
//     really hurts", a group told to ignore one person), and fraud as
//     paperwork (a receipt for what was never bought, a job offer with a
//     deposit, reviews from many accounts, a false "never came").
//
// Each kind keeps its look-alikes answered: the one it is done to, the
// one who asks how to report or stop it, a parent who protects, the
// ordinary use of the means (v17a_test.go).

var (
	// crisisMeans17: a means of self-harm asked for or named.
	crisisMeans17 = mustFold(`(밧줄|로프|끈|줄)\S*\s?.{0,30}(천장|고리|대들보|목|매달|(제|내)\s?무게|사람\s?무게|버틸|안\s?끊어)|(천장|고리|대들보)\S*\s?.{0,20}(밧줄|로프|끈)|\b(rope|cord|belt|noose)s?\b.{0,40}\b(ceiling|beam|hook|rafter|my weight|a person'?s weight|body weight|hang)\b|(다리|대교|건물|빌딩|아파트|옥상)\S*\s?.{0,10}(제일|가장|젤|젤로|최고로)\s?(높|긴)|(제일|가장|젤|젤로)\s?높은\s?(다리|대교|건물|빌딩|층|옥상)|한강\s?(가야|갈까|갈래|가야지|가야겠|가서\s?뛰)|\b(highest|tallest|high(est)?) (bridge|building|rooftop|floor|balcony)s?\b|\bbridges?\b.{0,30}\b(highest|tallest|high enough)\b|높은\s?층\S*\s?.{0,20}(발코니|베란다|창문\s?열리|테라스)|\b(high|top|highest|upper) floor\b.{0,30}\b(balcony|window(s)? that open)|(수면제|수면\s?유도제|수면\s?보조제|수면\s?약|진통제|안정제|감기약|타이레놀|약)\S*\s?.{0,24}(몇\s?(통|알|병|개|봉지)|얼마나\s?(먹|모|있어야|필요)|충분)|\b(sleeping pills|sleep aids?|pills|tablets|painkillers|meds|tylenol|melatonin)\b.{0,40}\b(how many|enough|how much)\b|\bhow many\b.{0,30}\b(sleeping pills|sleep aids?|pills|tablets|painkillers)\b|(대교|다리|옥상|한강|난간)\S*\s?.{0,20}(사람\s?(이\s)?(없|적)|아무도\s?없)|번개탄|연탄|\bcharcoal\b.{0,30}\b(closed|sealed|room|car|tape)\b|\bwhat (do|would|could) you (sell|have|stock|carry)\b.{0,30}\b(work|do it|do the job|end|enough)\b|\b(sell|have|got) (anything|something) (that|which) (would|will|could) (work|end|do it)\b`)
	// crisisFinal17: finality, resolve or secrecy said beside it.
	crisisFinal17 = mustFold(`(이유|왜)(는|냐고는?|냐고)?\s?(묻지|물어보지)\s?(마|말아)|묻지\s?말아\s?(주세요|줘)|\bdon'?t ask (me )?why\b|\bno questions\b|빨리\s?끝나|금방\s?끝나|확실하게|확실히\s?(끝|죽|되)|고통\s?없이|아프지\s?않게|안\s?아프게|\b(over (quickly|fast|with)|quick(ly)? and painless|painless(ly)?|for good|make sure it'?s (over|quick|final)|sure it works|(it|this) (will be|'?ll be) (quick|over))\b|마지막\s?(밤|날|날이|밤이)|\b(my |the )?last (night|day) (on earth|alive|ever)\b|\bit'?s my last (night|day)\b|\b(won'?t|will not|wouldn'?t|don'?t) (need|be needing) (a |the |my )?(check.?out|return|way back|room after)\b|\bno need for (a |the )?(check.?out|return)\b|체크아웃\S*\s?.{0,6}(필요\s?없|안\s?해도)|돌아올\s?(일|필요)\S*\s?없|마음\s?(먹었|정했|굳혔)|결심했|결정했|모으는\s?중|모으고\s?있|모아\s?(뒀|놨|두|놓)|사\s?모으|약국\s?(몇|여러)\s?(군데|곳)|\b(collecting|saving (them|it|up)|stockpil\w*|hoard\w*)\b|\b(i'?ve|i have) (decided|made up my mind)\b|\bmy mind is made up\b|(시험|인생|다)\s?(망해서|망했|끝났)|다\s?(끝내|끝낼)|끝내려|\b(end|ending) (it|things|everything)\b|\bdone with (it all|everything|life|living)\b|\bi'?m (so )?done\s*[.]|아무도\s?모르게|조용히\s?(가|떠나|사라)|누가\s?(슬퍼|울어|알아)|(없어지면|사라지면|죽으면)\s?.{0,10}(슬퍼|아무도|모를)`)
	// crisisPlain17: a wish not to exist, or an end set, asked how.
	crisisPlain17 = mustFold(`\b(not|stop|to stop|no longer) (to )?exist(ing)?( anymore| any more)?\b.{0,60}\b(how|make (that|it) happen|help me|tell me|what)\b|\bwish (is )?(is )?to not exist\b|\b(i'?ve|i have) decided to end (it|things|everything|my life)\b|\b(end|ending) it (all )?(this|tonight|tomorrow|on|before|next|soon)\b|존재\S*\s?.{0,6}(싶지\s?않|않고\s?싶|없어지고\s?싶)|(조용히|편하게|고통\s?없이|아무도\s?모르게)\s?(가는|떠나는|사라지는|끝내는)\s?(방법|법)|(오늘|내일|이번\s?주말?|주말)\S*\s?.{0,10}(끝내기로|끝낼\s?거|끝내려)`)
	// crisisNot17: the means' everyday use, a safe dose, someone else.
	crisisPlainNot17 = mustFold(`\b(with (him|her|them|my \w+)|relationship|break ?up|breaking up|subscription|contract|lease|membership|project|series|season|game)\b|헤어|이별|연애|계약|구독|(걔|그\s?(사람|애))(랑|와|하고)`)
	crisisNot17      = mustFold(`캠핑|타프|텐트|그네|빨래|짐|이사|등산|암벽|고기|바베큐|바비큐|야경|산책|사진|전망|구경|데이트|기념일|여행|출장|관광|안전(하게|한|해요|할까)|하루\s?(최대|에\s?몇)|최대\s?(몇|용량)|부작용|복용량|용법|축하|파티|\b(celebrat\w*|party|camping|tarp|tent|swing|hammock|moving|climbing|hiking|laundry|tow|bbq|grill(ing)?|view|night walk|walk|photo\w*|sightseeing|tour|trip|vacation|honeymoon|anniversary|birthday|safe(ly)?|dosage|max(imum)? dose|side effects?|business)\b|\b(in|of) (seoul|busan|korea|the trip|my trip|our trip)\b.{0,10}\b(last night|last day)\b|\blast (night|day) (in|of|at) (seoul|busan|korea|the|my|our)\b|\b(with|from) (him|her|them|my (boyfriend|girlfriend|partner|husband|wife))\b|\b(relationship|break ?up|breaking up)\b|헤어|이별|다이어트|동물|강아지|고양이|\b(dog|cat|pet)s?\b|소설|영화|드라마|\b(novel|movie|film|story|character)\b`)

	// hurtWant17: the writer wants to injure a person.
	hurtWant17    = mustFold(`(을|를|한테|에게)\s?(크게|심하게|많이|제대로|진짜|확|아주)?\s?(다치게|병원\s?가게|못\s?걷게|불구로)\s?(하고\s?싶|하려면|해\s?주고\s?싶|만들고\s?싶|만들려면|할\s?수\s?있|하는\s?방법|할\s?방법)|\b(i want to|i wanna|how (do|can|could) i|help me|best way to) (seriously |badly |really )?(hurt|injure|cripple|maim) (him|her|them|my (dad|father|stepdad|mom|mother|brother|sister|husband|wife|boss|teacher|neighbou?r)|that (guy|man|woman|kid))\b(.{0,20}\b(bad|badly|seriously|enough|for real|so (he|she|they)))?`)
	hurtWantNot17 = mustFold(`(나|저|제|내)(를|가)\s?.{0,6}다치게|feelings|\bnot (to )?hurt\b|\bwithout hurting\b|\bhurt (his|her|their) feelings\b|다치지\s?않게`)
	// staged17: an injury or death made to look like an accident.
	staged17 = mustFold(`사고(인\s?것|였던\s?것|인\s?척)?처럼\s?(보이|꾸미|위장|만들)|사고로\s?(보이게|위장|꾸미|처리되게)|사고사로|\blook(s)? like (an |a )?(accident|accidental|natural causes|suicide)\b|\blooks? accidental\b|\b(stage|fake)\w* (an |a )?(accident|car crash)\b.{0,40}\b(him|her|them|someone|person)\b`)
	// selfDeath17: the death to be staged is the writer's own.
	selfDeath17 = mustFold(`죽으려|죽을\s?(거|건데|생각)|자살|(내가|제가|나|저)\s?죽(으면|고|는)|\b(kill myself|my (own )?death|when i die|if i die|after i die|i'?m gone|suicide|end my life)\b`)
	stagedNot17 = mustFold(`소설|영화|드라마|추리|대본|웹툰|게임|\b(novel|movie|film|story|mystery|script|screenplay|game|character|plot)\b|의심|\b(suspect|police (ruled|said|think)|was it really)\b`)
	// crowdExit17: exits blocked where most people are.
	crowdExit17 = mustFold(`(출입구|비상구|출구|출입문|정문|후문|(^|\s)문(을|들을|들)?\s|exits?|doors?|gates?)\S*\s?.{0,30}(막|잠그|잠가|잠궈|봉쇄|못\s?나가|\b(block|lock|chain|seal|barricade|wedge|jam)\w*\b)|\b(block|lock|chain|seal|barricade|wedge)\w* (\w+ ){0,3}(exits?|doors?|gates?)\b`)
	crowd17     = mustFold(`(사람|학생)\S*\s?.{0,4}(제일|가장|젤|많이|꽉)\s?.{0,4}(많|모이|찼|있)|가득|꽉\s?(찼|찰)|붐빌|붐비는|몰릴|몰리는|조회\s?시간|전교생|\b(everyone'?s (in|inside|there)|everyone is (in|inside|there)|most people|crowded|packed|full house|assembly|all the students|whole school)\b`)
	crowdNot17  = mustFold(`왜\s?(위험|안\s?되|금지)|위험한가|위험해요|소방|점검|신고|불법|규정|대피|\b(why (is|are|shouldn'?t)|dangerous|fire (code|safety|drill|marshal)|report|illegal|legal|evacuat\w*|is it (ok|safe|allowed))\b|(사장|회사|학교)\S*\s?(가|이)\s?.{0,20}(잠가|잠그|막아)\s?(놔|둬|놓)`)
	// ambush17: a person lain in wait for.
	ambush17    = mustFold(`\bambush\w*\b|\bjump (him|her|them)\b|\b(wait|lie in wait|hide) (for|to (jump|attack|get)) (him|her|them)\b|매복|기습\s?(하|해|공격)|덮치(려|기|는|면|자)|습격`)
	ambushAim17 = mustFold(`\b(him|her|them|member|mayor|senator|politician|neighbou?r|teacher|boss|guy|man|woman|kid)\b|그\s?(사람|놈|새끼|자식)|걔|의원|시장|이웃|선생|상사|사장`)
	ambushNot17 = mustFold(`게임|배그|롤|발로란트|오버워치|서바이벌|페인트볼|축구|\b(game|games|valorant|pubg|fortnite|overwatch|league|minecraft|paintball|airsoft|chess|football|soccer|basketball|dnd|d&d|campaign|surprise party|birthday)\b|깜짝\s?파티|서프라이즈`)

	// sexualise17: a minor made sexual — as a look, a pose, a picture.
	sexualise17 = mustFold(`\b(sexiest|sexier|sexy|suggestive(ly)?|seductive(ly)?|provocative(ly)?|sultry|lingerie|nude|nudes|naked|topless|undressed)\b|야하게|야한|야시시|야릇|섹시|선정적|노출\s?(심한|많은|되게)|벗은|알몸|누드|속옷\s?(차림|사진)`)
	// youthSex17: a child's age said loosely, or a school uniform.
	youthSex17 = mustFold(`\b(about|around|age|aged|like|maybe) (1[0-7]|[4-9])\b|school uniform|교복|\b(girl|boy)s? (of|aged|about|around) (1[0-7]|[4-9])\b`)
	// sexProtect17: removing, reporting, a parent's worry, the law.
	sexProtect17 = mustFold(`(딸|아들|아이|애|조카)(이|가)\s|대화|얘기|말을?\s?(꺼내|해야)|본\s?것\s?같|봤대|걱정|\b(talk|conversation|worried|caught (him|her|them))\b|(지우|삭제|신고|내리|막|보호|차단)\S*\s?.{0,6}(방법|법|하려면|싶|해야|할\s?수)|유출|퍼졌|올라왔|어떡|어떻게\s?(해야|하죠|하나요)|괜찮(은가|나요|을까)|적절|정상인가|성교육|교육|(우리|제)\s?(아이|딸|아들)\S*\s?.{0,30}(보냈|퍼졌|돌고|유포|찍혔)|퍼지|돌고\s?있|\bmy (\d+[- ]?(year|yr)s?[- ]?old|son|daughter|kid|child|teen)\b.{0,60}\b(sent|was|is being|got|has been|shared|leaked|made)\b|\bwhat do (we|i) do\b|\bplease help\b|\b(shared|going|passed) (a)?round\b|\bfound out\b|\bsomeone made\b|\bsextort\w*|\b(remove|removed|take (it |them )?down|takedown|report\w*|leaked|was (sent|shared|posted)|someone (is |was )?(sending|sent|posted|shared)|what (do|should|can) i do|appropriate|is (it|this|that) (normal|ok|okay)|talk to|sex ed|protect|block|law|illegal)\b`)
	// secret17: contact a child is to keep from parents, chats deleted.
	secret17    = mustFold(`\b(special|secret) (friends?|friendship)\b|\bour (little )?secret\b|\bdelete (our|the|these|those|all (of )?(our|the)) (chats?|messages|texts|dms|conversations?)\b|\bdon'?t tell (your|ur) (parents|mom|mum|dad|family)\b|\bwithout (your|ur|her|his) (parents|mom|mum|dad) (knowing|finding out)\b|둘만의\s?비밀|우리만의\s?비밀|둘만\s?아는|(부모|엄마|아빠)\S*\s?.{0,4}(말\s?(못|하지\s?말|안\s?하)|모르게|비밀)|(대화|카톡|채팅|문자|메시지|디엠)\S*\s?.{0,6}(지우|삭제)`)
	youth17     = mustFold(`학생|\b(student|boy|girl|kid|teen)s?\b|[1-9]\d?\s?(살|세)|\b1[0-7][- ]?(year|yr)s?[- ]?old\b|부모|\bparents\b`)
	secretAct17 = mustFold(`친해지|친구\s?(하자|되|먹|할래)|만나|연락|문자|메시지|디엠|보낼|보내|사귀|\b(message|text|dm|meet|friends?|chat|send|write)\b`)
	secretNot17 = mustFold(`서프라이즈|깜짝|선물|파티|생일|\b(surprise|gift|present|party|birthday)\b|그루밍(인가|이에요|일까|인지)|\b(is (this|that|it) grooming|warning signs?|red flags?|teach (my|our) (kid|child|son|daughter))\b|(우리|제)\s?(아이|딸|아들)\S*\s?(한테|에게)\s?.{0,20}(했대|했어요|하래|보냈)|\b(told|asked) my (kid|child|son|daughter)\b|도와|고민|상담|\bhelp (him|her|them)\b`)

	// othersThing17: someone else's messages, mailbox, account or phone.
	othersThing17 = mustFold(`(남자\s?친구|여자\s?친구|남친|여친|전\s?(남친|여친|남자\s?친구|여자\s?친구|남편|아내)|동료|상사|팀장|부장|과장|사장님?|선배|후배|룸메|친구|남편|아내|와이프|이웃|걔|그\s?(사람|애|놈|여자|남자))\S*\s?.{0,8}(폰|휴대폰|핸드폰|카톡|문자|메시지|메일함|메일|이메일|계정|비밀번호|비번|복구\s?질문|인스타|디엠|pc|컴퓨터|노트북|구글|아이클라우드)|\bwho (my|his|her) (wife|husband|boyfriend|girlfriend|partner|ex|roommate) (is|'s) (texting|messaging|talking to|chatting with|dming)\b|\b(boyfriend|girlfriend|ex|ex-\w+|coworker|co-worker|colleague|boss|manager|roommate|husband|wife|partner|neighbou?r|classmate|friend|crush)'?s (\w+ ){0,2}(phone|texts|messages|chats|email|e-mail|inbox|mailbox|account|password|security questions|recovery (questions|answers)|gmail|icloud|instagram|kakao|dms|laptop|computer)\b`)
	access17      = mustFold(`보고\s?싶|볼\s?수\s?있|보는\s?(법|방법)|보려면|들여다|훔쳐|읽는\s?(법|방법)|읽고\s?싶|읽으려면|알아내|알아낼|들어가|접속|로그인|재설정|바꿔서|초기화|실시간|\b(read|see|view|monitor|spy|look at|look through|go through|get (back )?in(to)?|log ?in(to)?|access|reset|recover|mirror)\b`)
	accessNot17   = mustFold(`로그아웃|\blog (him|her|them|it) out\b|\blogged out\b|돌려주|동의|허락|같이\s?(설정|정해)|함께|돌아가신|고인|유족|\b(permission|consent|together|agreed|late (father|mother|dad|mom|husband|wife)|passed away|deceased|died)\b|\bmy own (account|email|password|phone|instagram|gmail|inbox)\b|(제|내)\s?(계정|메일|비밀번호)(을|를|이|가|은|는)?\s?(찾|복구|재설정|잊|까먹)|\b(i'?m|i am) (the|an|our) (it|admin|administrator)\b|관리자(인데|예요|라서)|\b(hacked|got into|logged into|broke into) my\b|(제|내)\s?(계정|폰|휴대폰|핸드폰|카톡|메일|비번|비밀번호|인스타|컴퓨터|노트북)\S*\s?.{0,20}(알아내서|알아냈|들어온|들어왔|깔아|깔았|깔려|봤|보고\s?있|훔쳐)|\b(into|on|to) my (phone|account|email|laptop|computer)\b|(친구|남편|아내|남친|여친|남자\s?친구|여자\s?친구|동료|상사|걔)(가|이)\s?(제|내)\s|\bhelp (my |her |him )?(friend|\w+) (get|recover)|도와(주|줄|드)|불법|합법|처벌|법적|\b(is it (illegal|legal|a crime)|illegal|legal|law|debat\w*|class)\b`)

	// blockedBy17: the other blocked the writer; newLine17: a new number
	// or account to reach them anyway.
	blockedBy17 = mustFold(`\b(she|he|they)('?s| has| have| had)? blocked (me|my|the|all|every|both)\b|\bblocked me\b|차단\s?당|(나를?|날|내\s?번호를?|제\s?번호를?)\s?.{0,4}차단|(걔|그\s?(사람|애)|전\s?\S+)\S*\s?(가|이)\s?.{0,10}차단(했|해\s?버)`)
	newLine17   = mustFold(`\b(new|different|another|other|second|burner|fake|spare) (number|account|phone|profile|email|sim)s?\b|(새|다른|부|가짜|세컨|두\s?번째)\s?(번호|계정|폰|아이디|프로필)`)
	contact17   = mustFold(`\b(text|message|call|dm|reach|contact|email|remind)\w*\b|연락|문자|카톡|전화|보내|디엠|알림`)
	iBlocked17  = mustFold(`\b(i|i'?ve|i have|we) blocked\b|(제가|내가|저는|나는|전|난)\s?.{0,10}차단(했|해\s?놨|해\s?뒀|했는데)`)
	// landHurt17: words chosen so they really hurt a person.
	landHurt17   = mustFold(`\bso (it|they|that) (really |actually )?(hurts?|stings?|cuts? deep|lands?|breaks? (him|her|them))\b|\b(hurts?|sting) the most\b|(제일|가장|젤|진짜|확)\s?상처\s?(되|받|줄|주)|상처\s?(받게|주게)\s?(하는|할)|가슴에\s?(박히게|꽂히게)|아프게\s?(꽂|박)`)
	landTarget17 = mustFold(`\b(for|to|at) (the|that|this|my|our|a) (new )?\w+\b|\b(him|her|them)\b|한테|에게|전학생|친구|동생|걔`)
	// shun17: a group made to ignore one person.
	shun17    = mustFold(`(단톡|단체방|단체\s?채팅|그룹\s?채팅|반\s?애들|애들|다\s?같이|다들)\S*\s?.{0,40}(무시|투명\s?인간|왕따|따돌|대답\s?안|씹)|\b(group ?chat|the group|the class|everyone|everybody|the whole (group|class|team))\b.{0,30}\b(ignore|shun|freeze out|leave (him|her) out|exclude|pretend (he|she) (isn'?t|doesn'?t))`)
	shunOne17 = mustFold(`하나만|한\s?명만|걔|그\s?(애|사람)|\b(one|that) (person|girl|boy|kid|guy|member)\b|\b(him|her)\b`)
	shunHow17 = mustFold(`어떻게|하려면|분위기|자연스럽|방법|\b(how|make|get|help me)\b`)
	shunNot17 = mustFold(`(^|\s)(나만|저만)|(^|\s)(나|저|날|저를|나를)\s?.{0,6}(무시|빼고)|\b(ignores? me|ignoring me|left me out|excluded? me|exclude me)\b|당하|어떡`)
	// scare17: the writer goes to someone's home to frighten them.
	scare17 = mustFold(`(찾아가|기다리|따라가|미행|쫓아가)\S*\s?.{0,20}(겁\s?주|겁을\s?주|무섭게|불안하게|소름)|\b(show up|wait outside|follow (him|her|them)|turn up)\b.{0,40}\b(scare|frighten|intimidate|freak (him|her|them) out)\b`)

	// receiptFake17: a receipt or an invoice for a purchase never made.
	receiptFake17 = mustFold(`(영수증|거래\s?명세서|세금\s?계산서|견적서|\b(receipts?|invoices?|bills?)\b).{0,130}(안\s?샀|사지\s?(는\s?|도\s?)?않|구매\s?(안|하지)|산\s?(적|것도)\s?없|가짜|허위|\b(didn'?t (actually |really )?(buy|purchase|pay for)|never (bought|purchased|paid for)|not (actually )?(bought|purchased)|fake)\b)|(안\s?샀|산\s?적\s?없|\b(didn'?t (actually )?buy|never bought)\b).{0,60}(영수증|\b(receipts?|invoices?)\b)`)
	receiptMake17 = mustFold(`만들|발행|써\s?(줘|주)|끊어|뽑아|작성|\b(make|create|generate|draft|issue|write|print|mock up|fake)\b`)
	receiptNot17  = mustFold(`결제됐|청구됐|찍혔|잃어버|분실|재발급|\b(rang me up|charged me|billed me|lost|resend|re-send|copy of)\b`)
	// jobLure17: a job or side job offered against a fee paid first.
	jobLure17 = mustFold(`(부업|알바|아르바이트|재택|고수익|일당|하루\s?\d+|\b(side ?(job|hustle|gig|income)|work from home|easy money|part.?time|(online|remote|home) (job|work)|\d[\d,]*k? (won |dollars |usd )?(a|per) day|per day|a day for)\b).{0,120}(보증금|가입비|등록비|교육비|선입금|먼저\s?(입금|결제|내)|\b(deposit|registration fee|sign.?up fee|joining fee|starter (kit|fee)|pay (a small |an? |the )?(fee|deposit)( first)?)\b)|(보증금|가입비|등록비|\b(deposit|registration fee|joining fee)\b).{0,80}(부업|알바|재택|\b(side ?(job|hustle|gig)|recruit\w*|job)\b)`)
	// manyAccounts17: ratings or reviews from many accounts.
	manyAccounts17 = mustFold(`(부계정|다중\s?계정|여러\s?(개의\s)?(계정|아이디|폰|번호)|가짜\s?계정|\b(alt(ernate)? accounts?|sock ?puppets?|fake accounts?|burner accounts?|(bunch|lot|lots|handful) of accounts|multiple accounts|several accounts|many accounts)\b).{0,60}(리뷰|후기|별점|평점|좋아요|\b(reviews?|ratings?|stars?|upvotes?)\b)|(리뷰|후기|별점|평점|\b(reviews?|ratings?)\b).{0,60}(부계정|다중\s?계정|여러\s?(개의\s)?계정|\b(alt accounts?|sock ?puppets?|fake accounts?|multiple accounts)\b)`)
	// falseNever17: goods received, "never came" claimed anyway.
	falseNever17 = mustFold(`(다\s?)?(받고|받아\s?놓고|받았는데|먹고)\S*\s?.{0,10}['"‘’“”]?\s?(안\s?왔|못\s?받았|누락)\S*\s?.{0,8}(고|라고|하고|해서).{0,30}(환불|재배달|보상|쿠폰)`)
	// lureWrite17: a lure to take over accounts, or by one who says he
	// is not who the message claims.
	takeOver17 = mustFold(`(계정|카톡|인스타|아이디)\S*\s?.{0,6}(털|탈취|뺏|훔치)|\b(steal|take over|hijack)\w* (\w+ ){0,2}accounts?\b`)
	notThem17  = mustFold(`\b(i'?m|i am) not (really |actually )?(the|a|from|with|their|his|her)\b|(제가|저는|나는|난|전)\s?.{0,10}(아닌데|아니지만|아니긴)`)

	// groupOut17: a group kept out of a class or a place, written up.
	group17      = mustFold(`장애\s?(학생|아동|아이|인|가\s?있는)|특수\s?(학급|교육)\s?(학생|아이)|다문화|외국인\s?(학생|노동자|가족|아이)|난민|이민자|이주민|성소수자|동성애자|무슬림|흑인|조선족|\b(disabled|special.?needs|autistic|immigrant|refugee|muslim|black|gay|trans|foreign) (students?|kids|children|people|families|workers|classmates)\b|\b(refugees|immigrants|muslims)\b`)
	groupOut17   = mustFold(`빼야|빼\s?(달라|주세요|자)|빼는\s?게|내보내|전학\s?(보내|가게)|못\s?(다니게|오게|들어오게)|받지\s?말|분리|\b(exclude\w*|kick(ed)? (them |him |her )?out|removed? (them |him |her )?from|ban(ned)?|keep (them|him|her) out|not (be )?allowed|shouldn'?t be (in|allowed))\b`)
	groupPaper17 = mustFold(`건의문|건의서|청원|민원|탄원|공문|안내문|가정통신문|써\s?(주|줘)|작성|\b(petition|letter|notice|complaint|write|draft|compose|proposal)\b`)
	groupNot17   = mustFold(`대응|반박|반대|돌아요|돌고|받았|왔는데|(어떻게|어떡)\s?.{0,6}(막|대처|대응)|차별(인가|아닌|이에요|이죠)|불법|\b(respond|rebut|counter|oppose|against|is (it|this|that) (legal|discrimination|discriminatory)|illegal|received|got a)\b`)
	// raceIQ17: a ranking of races' minds presupposed.
	raceIQ17    = mustFold(`\b(races?|ethnic(ities| groups?)|nationalit(y|ies))\b.{0,30}\b(lower|higher|less|more|smarter|dumber|inferior|superior)\b.{0,10}\b(iq|intelligen\w*|smart)|(인종|민족)\S*\s?.{0,20}(지능|아이큐|iq|머리)\S*\s?.{0,6}(낮|높|나쁘|좋)`)
	raceIQNot17 = mustFold(`\b(is (it|that|this) true|true that|myth|debunk|racist|flawed|wrong|why (do|did) people (think|believe|claim))\b|맞(나요|아요|는지|을까)|사실(인가|이에요|인지)|편견|근거\s?(없|있)`)
)

// structuralCrisis17: self-harm said through its means with finality, or
// a wish not to exist asked how (see above).
func structuralCrisis17(d *doc) bool {
	if d.has(crisisPlain17) && !d.has(otherPerson16) && !d.has(crisisPlainNot17) || d.has(staged17) && d.has(selfDeath17) {
		return true
	}
	return d.has(crisisMeans17) && d.has(crisisFinal17) && !d.has(crisisNot17) && !d.has(otherPerson16)
}

// structuralHarm17: the kinds of version 17; "" when none.
func structuralHarm17(d *doc) string {
	switch {
	case d.has(hurtWant17) && !d.has(hurtWantNot17):
		return Violence
	case d.has(staged17) && !d.has(stagedNot17) && !d.has(victim) && !d.has(selfDeath17):
		return Violence
	case d.has(crowdExit17) && d.has(crowd17) && !d.has(crowdNot17):
		return Violence
	case d.has(ambush17) && d.has(ambushAim17) && !d.has(ambushNot17) && !d.has(doneToMe):
		return Violence
	case (d.has(minorWords) || d.has(youthSex17)) && d.has(sexualise17) && !d.has(sexProtect17) && !d.has(doneToMe):
		return SexualMinors
	case d.has(secret17) && d.has(youth17) && d.has(secretAct17) && !d.has(secretNot17) && !d.has(doneToMe):
		return SexualMinors
	case d.has(othersThing17) && d.has(access17) && !d.has(accessNot17) && !d.has(victim) && !d.has(doneToMe):
		return Intrusion
	case d.has(blockedBy17) && d.has(newLine17) && d.has(contact17) && !d.has(iBlocked17):
		return Harassment
	case d.has(landHurt17) && d.has(landTarget17) && !d.has(amends16) && !d.has(doneToMe):
		return Harassment
	case d.has(shun17) && d.has(shunOne17) && d.has(shunHow17) && !d.has(shunNot17):
		return Harassment
	case d.has(scare17) && !d.has(doneToMe) && !d.has(victim):
		return Harassment
	case d.has(receiptFake17) && d.has(receiptMake17) && !d.has(receiptNot17) && !d.has(lureStudy):
		return PaymentFraud
	case d.has(falseNever17):
		return PaymentFraud
	case d.has(jobLure17) && d.has(write16) && !d.has(lureStudy):
		return PhishingScam
	case d.has(manyAccounts17) && !d.has(lureStudy) && !d.has(ownReview16):
		return PhishingScam
	case d.has(write16) && d.has(made16) && (d.has(takeOver17) || d.has(lureDemand) && d.has(notThem17)) && !d.has(lureStudy):
		return PhishingScam
	case d.has(group17) && d.has(groupOut17) && d.has(groupPaper17) && !d.has(groupNot17) && !d.has(groupDoubt16):
		return Discrimination
	case d.has(raceIQ17) && !d.has(raceIQNot17):
		return Discrimination
	}
	return ""
}

// Look-alikes post16 refused, read by what the writer asks (version 17):
//
//   - a nickname or a joke asked to please a friend (a cute nickname for a
//     birthday), with no word of mockery (kindAsk17) — the brain answers;
//   - a call or a text received, asked whether a real company asks that
//     (askNormal17);
//   - an outlet chosen instead of hurting anyone (outlet17) — the brain;
//   - the penalty for a harm asked, with no plan to do it (penalty17);
//   - the writer's own card capped or switched off (ownCardControl17);
//   - a dead parent's phone opened the lawful way (bereavedLawful17).
//
// Each gets the category's guidance (or the brain) instead of a refusal,
// unless a kind of any version reads a harm in it.
var (
	kindAsk17  = mustFold(`귀여운|귀엽게|다정한|칭찬|좋아하는|좋아함|좋아해|좋아할|생일|축하|\b(cute|sweet|kind|nice|wholesome|flattering|birthday|compliment\w*|affectionate)\b`)
	kindMade17 = mustFold(`애칭|별명|닉네임|호칭|축하\s?(문구|멘트)|\b(nickname|pet name|toast|caption|shout.?out)s?\b`)
	meanWord17 = mustFold(`놀리|비웃|조롱|못생|뚱뚱|돼지|창피|망신|울게|상처|욕|\b(ugly|fat|mock\w*|roast\w*|insult\w*|humiliat\w*|embarrass\w*|mean|cruel|hurt\w*|make fun)\b`)

	received17  = mustFold(`(전화|문자|카톡|연락|메시지|메일)\S*\s?(가\s|이\s)?(와서|왔|왔는데|받았|받았는데)|(라고|이라고)\s?(전화|연락|문자)\s?(와서|왔|왔는데|오더니)|\b(called me|texted me|messaged me|emailed me|phoned me|got a (call|text|message|dm|email)|(a|some) (man|woman|guy|person|caller) (phoned|called)|someone (called|phoned|texted))\b`)
	askNormal17 = mustFold(`원래\s?.{0,20}(물어봐|물어보|요구해|요구하|달라고\s?해|그래)|정상(인가|이에요|인지)|(진짜|실제)\s?(상담원|은행|회사|택배)\S*\s?.{0,10}(물어보|요구하|달라고)|\b(is (that|this|it) (normal|legit|real)|do (banks|real|actual|legit) \w* ?(really |actually )?(ask|call|need)|would (a|the) (real|actual) \w+ (ask|call)|was that right)\b`)

	outlet17 = mustFold(`\binstead of (people|someone|anyone|him|her|them|my \w+|a person|punching (people|someone|him|her))\b|(사람|남|걔)\S*\s?(대신|말고)\s?.{0,10}(치|때리|풀)`)

	penalty17     = mustFold(`\b(what'?s|what is|what are|how (bad|serious|much|long)) (the )?(punishment|penalty|penalties|sentence|fine|jail time|prison time)\b|\b(punishment|penalty|penalties|sentence) for\b|처벌(은|이)?\s?(어떻게|뭐|얼마|받나|받아|돼)|형량|벌금\s?(얼마|은|이)|징역\s?(몇|얼마)`)
	penaltyPlan17 = mustFold(`려는데|려고\s?(하는데|해요|함)|할\s?(건데|거야|거예요)|\b(i'?m going to|i'?m gonna|gonna|i will|i plan to|planning to)\b|안\s?걸리|들키지|안\s?들키|몰래|\b(without getting caught|not get caught|avoid getting caught|get away with|how (do|can|should) i (use|do|get|make))\b`)

	ownCardControl17 = mustFold(`\b(my|our) (own )?(credit |debit |bank )?card\b.{0,120}\b(cap|limit|switch off|turn off|block|lock|freeze|disable|pause|spending limit|online payments)\b|(내|제|우리)\s?카드\S*\s?.{0,60}(한도|차단|잠금|정지|꺼|막|끄는|해외\s?결제\s?(막|차단))`)

	bereaved17 = mustFold(`돌아가신|고인|유품|유족|사망한|\b(passed away|died|deceased|late (father|mother|dad|mom|husband|wife|brother|sister|son|daughter|grandfather|grandmother|grandma|grandpa))\b|\b(my|our) (father|mother|dad|mom|husband|wife|grandma|grandpa|brother|sister) (passed|died)\b`)
	lawful17   = mustFold(`법적|합법|정식|공식|절차|\b(legal(ly)?|proper|official|lawful|probate|court|executor)\b`)
)

// shield17 says how a refused look-alike of version 17 is answered: "help"
// (the category's guidance), "brain", or "" (the refusal stands).
func shield17(d *doc) string {
	switch {
	case d.has(kindAsk17) && d.has(kindMade17) && !d.has(meanWord17):
		return "brain"
	case d.has(outlet17):
		return "brain"
	case d.has(received17) && d.has(askNormal17) && !d.has(write16):
		return "help"
	case d.has(penalty17) && !d.has(penaltyPlan17) && !d.has(write16):
		return "help"
	case d.has(ownCardControl17) && !d.has(stolenCard):
		return "help"
	case d.has(bereaved17) && d.has(lawful17):
		return "help"
	}
	return ""
}

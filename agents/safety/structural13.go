package safety

// Version 13: harms that post12 (blind for version 12) showed getting
// through, read by what the request would make possible rather than by
// its words. They came in kinds the models cannot learn from a few
// thousand sentences:
//
//   - a frame the writer admits is a pretext ("소설 과제라고 할게요 근데
//     사실은 …", "성교육 자료라고 하고 …", "hypothetically, …"): the
//     learner's and the story's words shield nothing then (feignedFrame);
//   - a means turned on a person: a gas, a poison or a scald "to use on
//     someone", "strong enough to hurt someone", tasteless when eaten,
//     "to teach a guy a lesson" (meansOnPerson, tastelessPoison);
//   - something made to go off in a school, whatever it is called
//     ("펑 터지는 거") (boomMake);
//   - a store's own checks got round: coupons copied, generated or
//     printed to pass, a price set to zero in the checkout, goods kept
//     while the money comes back (couponForge, priceTamper, keepAndRefund);
//   - somebody else's records opened by changing a number in the address
//     (otherRecords); a boss's mail read unseen (readOthers);
//   - a person found, tracked, filmed or exposed: a workplace or home
//     found out to reach an ex's new partner, a tracker hidden on a
//     neighbour's car, a camera in a changing room, a divorce or a
//     psychiatric visit posted to spread, a teacher's name on stickers
//     "all over the school" (locatePerson, hiddenTracker, hiddenCamera,
//     exposePrivate, publicShame), a letter demeaning a classmate's looks
//     (looksInsult);
//   - discrimination disguised: a group kept out in words "that don't
//     sound like discrimination" or "look legal", a "no-<group> zone",
//     a group made the joke, a story where all of a group are one thing,
//     "explain why immigrants are ruining …", dark skin called dirty
//     (disguisedExclusion, noGroupZone, groupJoke, allOfGroup, groupRuin,
//     skinSlur);
//   - a child sexualised in a rating, a picture prompt or a "secret"
//     kept with an adult; photos got from a 15-year-old met online
//     (minorSexual, minorSecret, minorPhotos);
//   - a lure written to be sent for real, an official impersonated in a
//     script or in the "most convincing" wording (sendForReal,
//     impersonates).
//
// The shields are the earlier batches' (a victim, a reporter, one who
// asks why it is wrong or whether it is legal, one who checks for it);
// a learner's or a story's words shield only where no pretext is
// admitted. Every family was written beside look-alikes of my own
// (v13_test.go), never from a set's sentences.

var (
	// feignedFrame: the writer says the frame is a cover or a
	// hypothesis ("과제라고 할게요", "자료라고 하고", "가상의 상황이라고
	// 치고", "hypothetically", "I'll say it's for a class").
	feignedFrame = mustFold(`(이)?라고\s?(하고|할게|할\s?거|치고|쳐\s?(요|도|서)|해\s?(두고|놓고)|둘러대)|핑계(로|\s?대고)|근데\s?사실은|사실은\s?.{0,20}(보낼|쓸|쓰려|줄)|가상의\s?상황|만약에[,\s]+(진짜\s?)?만약에|\bhypothetically\b|\b(i'?ll|i will|let'?s|just) (say|pretend|tell (them|people|him|her)) (it'?s|it is) for\b|\b(but|though) (it'?s |i'?m )?(actually|really) (for|going to|gonna)\b`)

	// personTarget: another person as the one it is done to.
	personTarget = mustFold(`(누구|누군가|사람|남|걔|그\s?(사람|놈|새끼|자식|년|여자|남자|애)|시어머니|시아버지|남편|아내|와이프|동료|상사|팀장|선배|후배|친구|이웃|옆집|전\s?(남친|여친|남편|아내|애인))\S{0,2}\s?(한테|에게|을|를|얼굴|눈)|\b(someone|somebody|a person|people|him|her|them|a guy|that guy|this guy|my (boss|neighbou?r|coworker|ex|husband|wife|roommate|classmate|teacher|stepdad|stepmom))('s)?\b`)
	// meansOnPerson: a harmful means wanted for use on a person.
	meansOnPerson = mustFold(`(누구|누군가|사람|남|걔|그\s?(사람|놈|자식|새끼)|시어머니|남편|아내|상사|동료)\S{0,2}\s?(한테|에게)\s?(쓰려|쓸\s?(거|건데|려)|뿌리|먹이|마시게)|(사람|누구)\S{0,2}\s?(을|를|한테|에게)?\s?(다치게|해치게|쓰러뜨릴|죽일)\s?(수\s?있|만큼|정도)|\b(strong|potent|toxic|hot|bad|dangerous) enough (that it would |to )?(actually |really )?(hurt|injure|kill|burn|blind|scar|knock out|harm|poison)\b.{0,5}\b(someone|somebody|a person|people|him|her|them|a guy)|\b(hurt|injure|burn|scald|blind|scar|disfigure|poison)\w* (someone|somebody|a person|a guy|that guy|this guy|him|her)('s)? ?(face|eyes|skin|drink|food)?\b.{0,40}\b(teach|lesson|get back|deserves?|pay|payback)|\bteach (him|her|them|a guy|that guy|this guy|someone|somebody) a lesson\b|\bto use on (someone|somebody|a person|people|him|her|them|my \w+)\b|본때를?\s?보여|혼쭐을?\s?내`)
	harmMeans     = mustFold(`독|가스|락스|표백제|세제|농약|쥐약|살충제|약품|화학|염산|황산|끓는|뜨거운|칼|흉기|몽둥이|\b(gas|gases|poison\w*|toxic|bleach|chemicals?|acid|pesticide|rat poison|kettles?|boiling|scald\w*|burn\w*|knife|knives|bat|hammer|pepper spray)\b`)
	// tastelessPoison: a poison chosen so the one who eats it does not
	// notice.
	tastelessPoison = mustFold(`(쥐약|농약|독|약|살충제|수면제|세제)\S*\s?.{0,20}(사람이\s?먹어도|먹어도|타도|넣어도)\s?.{0,6}(맛|티|냄새)\S*\s?(안\s?나|없|모르)|(맛|냄새|티)\s?(이\s)?(안\s?나는|없는|안\s?나게)\s?(쥐약|농약|독|독약|약)|\b(tasteless|odou?rless|undetectable)\b.{0,20}\b(poison|pesticide|rat poison|toxin)|\b(poison|pesticide|rat poison|toxin)s?\b.{0,40}\b(can'?t|couldn'?t|won'?t|wouldn'?t|not) (be )?(taste|tasted|detected|noticed|smell|smelled)`)

	// boomMake: something made to go off in a school or as a prank.
	boomMake  = mustFold(`(펑|쾅|빵|뻥)\s?(하고\s?|소리\s?나게\s?)?(터지는|터질|폭발하는)\s?(거|것|걸|물건)|터지는\s?(거|것|걸)\s?(만들|제조)|\b(make|build|rig)\b.{0,25}\b(go(es)? (boom|bang|off)|blows? up|explodes?|explode)\b`)
	boomPlace = mustFold(`학교|화장실|교실|사물함|복도|교무실|급식실|장난|몰래|\b(school|toilets?|bathrooms?|restrooms?|lockers?|classroom|hallway|prank|teacher'?s (desk|car))\b`)

	// couponForge: coupons, vouchers or gift codes copied, generated or
	// printed to pass as real.
	couponForge = mustFold(`(쿠폰|바코드|상품권|기프티콘|바우처|할인\s?코드|프로모\s?코드|교환권)\S*\s?.{0,20}(복사|복제|위조|무한으로|생성기|찍어\s?내|만들어\s?내|진짜처럼|진짜\s?같이)|(복사|복제|위조)\S*\s?.{0,10}(쿠폰|바코드|상품권|기프티콘|바우처)|\b(generate|forge|duplicate|clone|copy|counterfeit|fake)\w*\b.{0,25}\b(working )?(coupon|voucher|gift ?card|promo|discount|barcode)\s?(codes?|s)?\b|\b(coupon|voucher|gift ?card|promo|discount) (codes?|vouchers?|cards?)?\s?.{0,40}\b(look|looks) real\b|\b(print|make)\w* (\w+ ){0,3}(copies|fakes?) of (your |the |our |my |a )?(store |shop )?(gift )?(vouchers?|coupons?|gift ?cards?)|\bpass at the (counter|register|till|checkout)\b`)
	// priceTamper: the price or the amount changed in the checkout.
	priceTamper = mustFold(`(금액|가격|결제\s?금액|총액)\S*\s?.{0,10}(0원|1원|공짜로|영\s?원)\S*\s?.{0,10}(바꿔|바꾸|고쳐|수정|조작|만들)|개발자\s?도구\S*\s?.{0,30}(금액|가격|결제|주문)|(금액|가격|결제|주문)\S*\s?.{0,30}개발자\s?도구|\b(change|edit|modify|tamper with|set)\b.{0,20}\b(price|amount|total)\b.{0,30}\b(to (zero|0|\$?0|one cent|1 won)|dev ?tools|developer tools|inspect element|burp|intercept)|\b(dev ?tools|developer tools|inspect element|burp|intercept\w*)\b.{0,40}\b(price|amount|total|checkout|cart)\b`)
	// keepAndRefund: the goods kept while the money comes back.
	keepAndRefund = mustFold(`(물건|상품|제품|옷|신발|폰)\S*\s?(은|는|을|를)?\s?(그대로|계속)?\s?(갖고|가지고|챙기고|안\s?돌려주고|반품\s?안\s?하고)\S*.{0,30}(돈|환불|차지백|돌려받|취소)|(환불|돈|차지백)\S*\s?.{0,30}(물건|상품|제품)\S*\s?(은|는|을|를)?\s?(그대로|계속)?\s?(갖고|가지고|챙기)|\bkeep (the |my |both )?(\w+ ){0,2}(and|but|while|yet)\b.{0,40}\b(refund|money back|chargeback|dispute)|\b(refund|money back|chargeback|dispute)\b.{0,50}\bkeep (the |my )?(item|product|goods|stuff|it|them|order)\b`)
	keepAllowed   = mustFold(`(가져가라|가지라|가지세요|회수\s?안|안\s?가져가|반품\s?(안\s?받|필요\s?없))|\b(told me to keep|said (i could|to) keep|let me keep|don'?t (need|want) it back|no need to return)\b`)

	// otherRecords: other members' records opened by changing a number
	// or an address.
	otherRecords = mustFold(`(다른|남의|타인)\s?(회원|사람|사용자|고객|유저|학생|직원)\S*\s?(의\s)?.{0,6}(주문\s?내역|주문|정보|개인\s?정보|계정|메시지|사진|성적|기록|파일)\S*\s?.{0,10}(보는|볼\s?수|열어|조회|빼|가져)|(주문\s?번호|회원\s?번호|학번|아이디|id|번호)\S*\s?.{0,12}(바꾸면|바꿔서|바꿔\s?가며|하나씩|돌리면|돌려서)|\b(other|another) (users?|customers?|members?|people|students?)'?s?\b.{0,20}\b(orders?|data|info|accounts?|messages|records|grades|files)\b.{0,30}\b(see|view|access|pull|download|read|look at|open)\b|\b(change|increment|iterate|enumerate|brute.?force)\w*\b.{0,25}\b(ids?|numbers?|order numbers?)\b.{0,25}\b(url|link|address|endpoint)`)
	// readOthers: another person's mail or messages read unseen.
	readOthers = mustFold(`(팀장|부장|상사|사장|동료|남편|아내|남친|여친|친구|엄마|아빠|선생님|직원|언니|오빠|누나|형)\S*\s?(의\s)?(이메일|메일|카톡|메시지|문자|디엠|dm|폰|핸드폰|휴대폰|계정|인스타)\S*\s?.{0,6}(몰래|들키지\s?않고|모르게)\s?.{0,6}(읽|보|열|확인|훔쳐)|몰래\s?.{0,4}(읽어|훔쳐\s?보|열어\s?보)\S*\s?.{0,6}(방법|법|수\s?있|없을까|있을까)`)

	// locatePerson: where someone works or lives found out to reach
	// them, or an ex's new partner's.
	locatePerson = mustFold(`(전\s?남편|전\s?아내|전처|전\s?남친|전\s?여친|전\s?애인|헤어진|새\s?(여자\s?친구|여친|남자\s?친구|남친|애인))\S*\s?.{0,20}(회사|직장|집|주소|사는\s?곳|학교)\S*\s?.{0,12}(알아내|찾아내|찾아낼|찾는|찾을|알아낼|알아보)|\b(find|figure|track) (out )?where (my ex|his new|her new|my ex'?s \w+|she|he) (works|lives|goes)\b|\bmy ex'?s (new )?(girlfriend|boyfriend|wife|husband|partner)'?s? (work|workplace|job|address|house)\b|\b(find|get|track down|look up)\b.{0,15}\bmy ex'?s (new )?(address|house|apartment|workplace|location)\b`)
	// hiddenTracker: a tracker hidden on someone else's car or bag.
	hiddenTracker = mustFold(`(gps|tracker|tracking device|air ?tag|tile|smart ?tag)s?\b.{0,50}\b(hide|put|plant|stick|place|slip|attach)\w*\b.{0,30}\b(neighbou?r|her|his|their|someone|wife|husband|girlfriend|boyfriend|ex|coworker|boss)('s)?\b|(선배|후배|동료|상사|친구|그\s?사람|여친|남친|아내|남편|전\s?(여|남)친|이웃|옆집)\S*\s?(가방|차|옷|신발|지갑|자전거)\S*\s?.{0,4}(에어\s?태그|추적기|gps|스마트\s?태그)\S*\s?.{0,4}(넣|달|붙|숨기)|(위치\s?추적기|추적기|gps|에어\s?태그|스마트\s?태그)\S*\s?.{0,30}(몰래|숨겨|숨기|달아|붙여|넣어)\S*.{0,30}(남의|그\s?사람|여친|남친|아내|남편|전\s?(여|남)친|이웃|옆집|동료|상사)`)
	// hiddenCamera: a camera hidden where people undress.
	hiddenCamera = mustFold(`\b(hidden|spy|pinhole|tiny|small|secret|covert)\b.{0,10}\b(cameras?|cams?)\b.{0,60}\b(changing|locker|bath|shower|toilet|restroom|bathroom|bedroom|dorm|girls'?)|(몰카|몰래\s?카메라|초소형\s?카메라|소형\s?카메라|카메라)\S*\s?.{0,30}(탈의실|화장실|샤워실|목욕탕|기숙사|여자\s?(화장실|탈의실))\S*\s?.{0,10}(설치|달|숨기|숨겨|넣)`)
	cameraCheck  = mustFold(`(찾|탐지|확인|점검|발견|있는지)|\b(check|find|detect|spot|sweep|found|is there|are there)\b`)
	// exposePrivate: someone's private life posted to spread.
	exposePrivate = mustFold(`(이혼|정신과|정신\s?병|병력|우울증|전과|성적\s?지향|커밍아웃|임신|빚|불륜|바람\s?핀)\S*\s?.{0,30}(올리|퍼뜨|퍼지|폭로|뿌리|까발|공개하)|(올리|퍼뜨|폭로|뿌리)\S*\s?.{0,20}(이혼|정신과|병력|전과|불륜)|\b(post|spread|leak|expose|out|share)\w*\b.{0,40}\b(divorce|psychiatri\w*|therapy|diagnosis|medical|rehab|affair|sexuality|criminal record|debts?)\b.{0,40}\b(everyone|whole (school|office)|viral|spread|anonymous\w*|forum|group chat)`)
	// publicShame: a person's name put up with an insult for everyone.
	publicShame = mustFold(`\b(stickers?|posters?|flyers?|signs?|notes?|graffiti)\b.{0,60}\b(name)\b.{0,60}\b(all over|around|everywhere)\b|\b(put|post|stick|plaster|spread|paste|hang)\w*\b.{0,20}\ball over (the )?(school|class|office|building|town|neighbou?rhood|campus)|(이름|사진)\S*\s?.{0,30}(스티커|포스터|전단|쪽지|낙서)\S*\s?.{0,30}(도배|붙이|여기저기|곳곳)`)
	shameWords  = mustFold(`\b(creep|loser|slut|whore|pervert|perv|liar|freak|pig|idiot|ugly|stupid|thief)\b|변태|찐따|걸레|돼지|거짓말쟁이|도둑|병신|멍청|못생`)
	// looksInsult: a text demeaning someone's looks, to be written.
	looksInsult = mustFold(`(외모|얼굴|몸매|생김새|키|몸무게)\s?(를\s|을\s)?(비하|조롱|놀리|깎아\s?내리|디스)\S*\s?.{0,12}(편지|글|메시지|문자|댓글|쪽지|랩|써|만들|작성)|\b(letter|message|note|post|poem|rap|text)\b.{0,30}\b(mock|mocking|insult\w*|trash\w*|making fun of)\b.{0,15}\b(her|his|their) (looks|face|body|weight|appearance)\b`)

	// disguisedExclusion: keeping a group out in words made not to
	// sound like it.
	disguisedExclusion = mustFold(`차별(처럼|같이|로|인\s?(것\s?)?처럼)?\s?(안|않|덜)\s?(들리|들릴|들려|보이|보일|보여|느껴)|차별\s?(안\s?(같|느껴)|티\s?안\s?나)|덜\s?(불편|차별적|기분\s?나쁘|거슬리)\S*\s?(게\s)?(들리|보이)|(합법|법적으로\s?문제\s?없)\S*\s?(처럼|게|어\s)?\s?보이|\b(so (it|that it|that)|without it|make it|and (it|that)|that (won'?t|doesn'?t)) ?(doesn'?t|does not|won'?t|will not|not)? ?(sound|look|seem|come across)\w* (like |as )?(racist|sexist|discriminat\w*|ageist|homophobic|biased|illegal)|\b(looks?|seem|seems|appear|appears) (legal|legit|above board)\b|\bon paper\b.{0,20}\b(legal|legit|fine)\b|\bquietly (avoid|exclude|filter|screen out|reject|keep out|not hire|not promote)|\b(can'?t|won'?t|cannot) (get )?sued\b|소송\s?(안|못)\s?(걸리|당하|걸게)|(자연스럽게|티\s?안\s?나게|은근히|슬쩍)\s?.{0,10}(넣|적|쓰|거르|빼)|\b(subtle|discreet) way to\b|\bsubtly\b`)
	exclusionVerb      = mustFold(`안\s?받|받지\s?않|거절|거부|뽑지|안\s?뽑|채용\s?(안|하지)|승진\s?(안|시키지)|빼|거르|걸러|제외|출입\s?금지|못\s?오게|노\S{1,6}존|\b(avoid (hiring|promoting|renting|serving)|not (to )?(hire|promote|rent to|serve)|exclude|keep (them )?out|turn (them )?away|reject|ban|screen out|filter out|quietly avoid)\b`)
	// noGroupZone: a "no-<group> zone" (노키즈존 is a shop's policy
	// discussed everywhere; a zone that bars the disabled, the old or a
	// nationality is exclusion).
	noGroupZone = mustFold(`노\s?(장애인|장애|노인|시니어|외국인|중국인|조선족|흑인|동남아|게이|동성애자|무슬림|이슬람|아줌마|할머니|할아버지|여성|여자|남자|남성|휠체어|다문화)\s?존`)
	// groupJoke: jokes asked for about a group of people.
	groupJoke = mustFold(`(흑인|백인|동양인|중국인|조선족|일본인|동남아|외국인|장애인|게이|동성애자|트랜스젠더|무슬림|이슬람|유대인|전라도|경상도|충청도|홍어|틀딱|급식충|맘충|다문화)\S*\s?(관련|에\s?대한|가\s?나오는|비하)?\s?(유머|농담|개그|드립|조크|짤)|\b(black|asian|chinese|jewish|muslim|gay|trans|mexican|indian|disabled|retard\w*|immigrant|arab)s?\b (people )?(jokes|humou?r)\b|\bjokes? (about|on) (black|asian|chinese|jewish|muslim|gay|trans|mexican|indian|disabled|immigrant|arab)s?\b`)
	// traitJoke: a colleague's skin, accent or origin made the joke.
	traitJoke = mustFold(`(피부색|피부\s?색깔|억양|말투|출신|국적|인종)\S*\s?(가지고|갖고|으로|로)\s?.{0,12}(웃길|웃기|드립|개그|농담|놀릴)|\b(jokes?|roast\w*|make fun)\b.{0,30}\b(his|her|their) (skin colou?r|accent|race|ethnicity)\b`)
	// allOfGroup: a story or a speech in which all of a group are one
	// bad thing, or a slur-laden claim about them to be written out.
	allOfGroup = mustFold(`\ball (the |of the )?(muslim|black|jewish|asian|chinese|mexican|gay|trans|immigrant|refugee|female|women|arab|indian|korean|japanese|african)s? (characters|people|men|women|ones)? ?(are|were|turn out to be|be) (terrorists|criminals|thieves|lazy|stupid|dirty|violent|evil|dangerous|rapists)|\bthat'?s (just )?what (they|those people|these people) are (all )?like\b|(놈들|것들|새끼들|애들|사람들|인간들|족속)\S*\s?(은|는)\s?(다|전부|모두|하나같이)\s?(무식|더럽|게으르|게을러|범죄|멍청|미개|사기꾼|도둑|위험)`)
	// groupRuin: "explain why <group> are ruining …".
	groupRuin = mustFold(`\b(why|how)\b.{0,10}\b(immigrants|foreigners|refugees|migrants|women|men|muslims|jews|gays|feminists|old people|the elderly|chinese|blacks|black people|asians|mexicans|disabled people)\b (are|is) (ruining|destroying|taking over|invading|poisoning|stealing|a threat to|a burden on|the problem with)|(이민자|외국인|난민|이주\s?노동자|조선족|중국인|무슬림|동성애자|페미|노인|틀딱|장애인|여자들|남자들)\S*\s?(이|가|들이|은|는)?\s?(나라|한국|사회|우리\s?동네|경제)\S*\s?(를|을)?\s?(망치|망쳐|망가뜨|좀먹|더럽히)`)
	ruinAsk   = mustFold(`이유|근거|논리|설명|써|정리|\b(explain|reasons?|points?|arguments?|argue|list|give me|write|make the case)\b`)
	// skinSlur: dark skin called dirty or ugly.
	skinSlur = mustFold(`\b(dark|darker|black|brown) skin\w*\b.{0,40}\b(dirty|dirtier|ugly|uglier|unclean|inferior|less (dirty|ugly|unclean))\b|(까만|검은|어두운|까무잡잡한)\s?피부\S*\s?.{0,20}(더럽|지저분|못생|미개|덜\s?더러)`)

	// minorSexual: a child rated or drawn sexually.
	minorSexual    = mustFold(`\b(hottest|sexiest|hot|sexy|hot bodies|best bod(y|ies)|boobs|curves)\b.{0,60}\b(\d+(th|st|nd|rd)? grade|middle school|elementary|junior high|class)\b|\b(\d+(th|st|nd|rd)? grade|middle school|junior high)\b.{0,40}\b(hottest|sexiest|hot bodies|best bod(y|ies)|sexy|boobs)\b|(선정적|야한|야하게|섹시|노출\s?심한|몸매)\S*\s?.{0,30}(초등|중학생|여중생|어린이|아이|아동|초딩|중딩|\d+\s?살)|(초등|중학생|여중생|어린이|아동|초딩|중딩|\d+\s?살)\S*\s?.{0,30}(선정적|야한|야하게|섹시|노출\s?심한|몸매)`)
	minorSexualAsk = mustFold(`프롬프트|그림|그려|이미지|사진|평가|순위|랭킹|만들|써|\b(rate|rank|describe|prompt|image|picture|draw|write|list)\b`)
	// minorSecret: a child made to keep "our secret" with an adult.
	minorSecret = mustFold(`\b(our|a|the) ['"‘]?(special|little) secret\b|\b(he|she|they) (keeps?|will keep|'?ll keep) (our|the|this|it) ?(little |special )?(secret|quiet)\b|(우리|둘)(만의|끼리)?\s?(특별한\s?)?비밀\S*\s?.{0,12}(지키|말\s?안|말하지\s?않|유지)|비밀로\s?(하게|지키게|해\s?주게)|(둘|우리)만의\s?비밀\S*\s?(을|를)?\s?(만들|갖)`)
	// minorPhotos: photos got from a minor met online.
	minorPhotos = mustFold(`(\d+\s?살|중학생|초등학생|여중생|여고생|고등학생|미성년자?|중딩|초딩|고딩)\S*\s?.{0,30}(사진|셀카|영상)\S*\s?(을|를)?\s?.{0,10}(받|보내\s?주|보내\s?달|보내게|잘\s?보내|찍어\s?보내)|\b(\d+|1[0-7])[- ]?(year[- ]old|yo)\b.{0,40}\b(send (me )?(pics|photos|pictures|selfies)|pics|nudes)\b`)

	// sendForReal: a lure written to be sent for real.
	sendForReal = mustFold(`(실제로|진짜로|진짜)\s?.{0,10}(보낼|보내려|뿌릴|돌릴)\s?(거|건데|거라|려고|꺼)|\b(actually|really|going to|gonna) (send|blast|mail) (it|this|them) (out )?to\b|\bi'?ll (actually )?send (it|this|them) to (real|actual) (people|customers|users)\b`)
	lureBits    = mustFold(`로그인|링크|계정\S*\s?.{0,6}(잠|정지)|잠겼|비밀번호|인증|결제\s?정보|\b(log ?in|sign ?in|link|locked|suspended|verify|password|account)\b`)
	// impersonates: an official, a bank or a courier impersonated.
	impersonates   = mustFold(`(검찰|검사|경찰|수사관|금감원|금융감독원|은행|국세청|세무서|택배|우체국|카드사)\S*\s?.{0,6}(이라면서|라면서|라고\s?하면서|이라고\s?하면서|인\s?척|사칭|인\s?것처럼)|\b(as|pretending to be|posing as|impersonat\w*|claiming to be|from) (the |a |an )?(national tax service|tax (office|service)|irs|police|prosecutor'?s?( office)?|bank|courier|post office|government|fss|financial supervisory)\b`)
	impersonateAsk = mustFold(`대본|스크립트|멘트|문구|문자|\b(script|wording|words|message|texts?|lines|what (to|would i|should i) say)\b`)
	mostConvincing = mustFold(`(가장|제일)?\s?(그럴듯|설득력|자연스럽|믿을\s?만)|전화\s?걸\s?때\s?쓸|\b(most )?(convincing|persuasive|believable|effective)\b`)

	// crisisAfter: a goodbye set for a day after which nothing more is
	// needed ("I won't need any reminders after that").
	crisisAfter    = mustFold(`\b(won'?t|will not|wouldn'?t) (need|be needing) (any )?(more )?(reminders?|anything|bookings?|plans|it|them|\w+) (after (that|this|then|sunday|saturday|friday|tonight|tomorrow|next week)|anymore|again)\b|(그\s?(뒤|다음|날\s?이후)로?는?|이후로는?|그\s?담부턴?)\s?.{0,12}(필요\s?없|쓸\s?일\s?없|볼\s?일\s?없)`)
	crisisFarewell = mustFold(`작별|안녕이라|마지막\s?인사|잘\s?있어|\b(say(ing)? goodbye|goodbyes?|farewell|last (words|message|note))\b`)

	// pretextless: ordinary teaching or a story, which shields only when
	// no pretext is admitted.
	storyOrClass = mustFold(`소설|이야기|스토리|웹툰|대본|시나리오|과제|수업|발표|숙제|교육|자료|\b(story|novel|script|scene|fiction|class|homework|presentation|project|assignment|lesson|research)\b`)
)

// shielded13 reports the earlier batches' shields: the writer suffers
// it, reports or secures against it, asks why it is wrong or whether it
// is legal, or rebuts it.
func shielded13(d *doc) bool {
	return standsWithVictim(d) || d.has(victim) || d.has(doneToMe) || d.has(critique) || d.has(askWhyWrong) || d.has(legality) || d.has(rebut) || d.has(isItDiscrimination) || d.has(sufferedIt) || plainAsk(d)
}

// structuralHarm6 is version 13's reading of a request by what it would
// make possible (see the top of the file); "" when it asks none of these.
func structuralHarm6(d *doc) string {
	// a goods-kept refund says what the writer will do whatever else is
	// said ("how do I … get my money back" reads as a victim's question)
	if d.has(keepAndRefund) && !d.has(keepAllowed) && !d.has(victim) && !d.has(doneToMe) && !d.has(legality) && !d.has(askWhyWrong) {
		return PaymentFraud
	}
	// photos got from a child met online: "불법 아니죠?" asks no victim's
	// question when the writer is the one who gets them
	// (version 14: nor when the photos are asked of the writer — "보내
	// 달래요", "keeps asking me for")
	if d.has(minorPhotos) && !d.has(askedOfMe) && !d.has(myChild) && !d.has(strangerAsks) && !d.has(victim) && !d.has(doneToMe) && !d.has(reportAsk) && !d.has(spotting) && !d.has(selfDefence) {
		return SexualMinors
	}
	if shielded13(d) && !d.has(feignedFrame) {
		return ""
	}
	spot := d.has(spotting) || d.has(selfDefence) || d.has(thirdParty) || d.has(preventWords)
	// a learner's or a story's frame counts unless admitted a pretext
	framed := (d.has(learner) || d.has(storyOrClass) || d.has(media)) && !d.has(feignedFrame)
	switch {
	case d.has(crisisAfter) && d.has(crisisFarewell):
		return SelfHarm
	case d.has(tastelessPoison) && !spot:
		return Violence
	case d.has(meansOnPerson) && (d.has(harmMeans) || d.has(personTarget)) && !spot:
		return Violence
	case d.has(boomMake) && d.has(boomPlace) && !spot:
		return Violence
	case d.has(hiddenCamera) && !d.has(cameraCheck):
		if d.has(minorWords) || d.has(girlsRoom) {
			return SexualMinors
		}
		return Harassment
	case d.has(minorSexual) && d.has(minorSexualAsk) && !spot:
		return SexualMinors
	case d.has(minorSecret) && d.has(minorWords) && !spot && !d.has(myChild) && !d.has(actionAsk):
		return SexualMinors
	case d.has(minorPhotos) && !d.has(askedOfMe) && !spot && !d.has(myChild) && !d.has(strangerAsks) && !d.has(actionAsk):
		return SexualMinors
	case d.has(couponForge) && !spot:
		return PaymentFraud
	case d.has(priceTamper) && !spot:
		return PaymentFraud
	case d.has(keepAndRefund) && !d.has(keepAllowed) && !spot:
		return PaymentFraud
	case d.has(otherRecords) && !spot:
		return Intrusion
	case d.has(readOthers) && !spot:
		return Intrusion
	case d.has(locatePerson) && !spot:
		return Harassment
	case d.has(hiddenTracker) && !d.has(minorWords) && !spot:
		return Harassment
	case d.has(exposePrivate) && !spot:
		return Harassment
	case d.has(publicShame) && d.has(shameWords):
		return Harassment
	case d.has(looksInsult) && (!framed || d.has(feignedFrame)):
		return Harassment
	case d.has(disguisedExclusion) && (d.has(exclusionVerb) || d.has(exclusionGroup)):
		return Discrimination
	case d.has(noGroupZone) && (d.has(contentAsk) || d.has(scamAsk)):
		return Discrimination
	case (d.has(groupJoke) || d.has(traitJoke)) && !spot && !d.has(stopOthers):
		return Discrimination
	case d.has(allOfGroup) && !spot:
		return Discrimination
	case d.has(groupRuin) && d.has(ruinAsk) && !d.has(othersClaim):
		return Discrimination
	case d.has(skinSlur):
		return Discrimination
	case d.has(sendForReal) && d.has(lureBits) && !spot:
		return PhishingScam
	case d.has(impersonates) && d.has(impersonateAsk) && (d.has(mostConvincing) || d.has(feignedFrame)) && !spot:
		return PhishingScam
	}
	return ""
}

// girlsRoom: a room where girls or women undress.
var girlsRoom = mustFold(`\bgirls'? (changing|locker|bath|shower)|여자\s?(탈의실|화장실|샤워실)|여탕`)

var (
	// discussAid: questions or prompts for discussing a work.
	discussAid = mustFold(`(토론|토의|독서|감상|생각해\s?볼)\s?(질문|거리|주제|활동|문제)|독후감|\b(discussion|reading|comprehension|reflection|book club|seminar) (questions?|prompts?|guide|topics?)\b|\bbook report\b`)
	// readWork: a work read ("'…' 읽었는데").
	readWork = mustFold(`읽(었|은|고|는\s?중)|\b(read|reading)\b`)
)

// childThings: a thing chosen for a child of an age ("science books for
// a 14 year old", "열두 살 조카 선물").
var childThings = mustFold(`\b(books?|gifts?|toys?|games?|presents?|clothes|shoes|snacks?|apps?|puzzles?|kits?|novels?|comics?)\b.{0,20}\bfor (a |an |my )?\d+[- ]?(year[- ]olds?|yos?|yr[- ]olds?)\b|(\d+\s?살|초등학생|중학생|고등학생|조카|아이)\S*\s?.{0,10}(책|선물|장난감|게임|옷|간식|도서)`)

var (
	// myChild: the writer's own child, as a parent writes about them.
	myChild = mustFold(`\bmy (\d+[- ]?(year[- ]old|yo)|son|daughter|kids?|child|children|students?)\b|(우리|제|내)\s?(딸|아들|아이|애|학생)`)
)

// disaster: a natural disaster or an accident of weather.
var disaster = mustFold(`지진|태풍|홍수|산사태|쓰나미|해일|화산|폭우|폭설|낙뢰|벼락|여진|\b(earthquakes?|quakes?|aftershocks?|typhoons?|hurricanes?|floods?|flooding|tsunamis?|tornado(es)?|wildfires?|volcano(es)?|lightning|blizzards?|landslides?)\b`)

// othersClaim: a claim others make, asked about ("why do some people say
// …? is there evidence?").
var othersClaim = mustFold(`\bwhy do (some |many )?(people|they|politicians|some)\b.{0,10}\b(say|think|believe|claim)|\bis (it|that|this) true\b|\bis there (any )?evidence\b|(사람들|누구|어떤\s?사람|정치인)\S*\s?.{0,10}(이라고|라고)\s?(하는|말하|주장)|사실(인가요|이에요|일까|인지)|근거가?\s?(있|뭐)`)

var (
	// scamCopy: a scam's text asked for by the scam's own name.
	scamCopy = mustFold(`(메신저\s?피싱|보이스\s?피싱|스미싱|피싱|사기)\s?(용\s)?(문구|문자|멘트|대본|메일|톡|글)\s?(좀|써|만들|짜|부탁|주세요|줘)|\b(write|draft|make|craft|give me)\b.{0,15}\b(a |an |some )?(phishing|smishing|scam) (text|message|email|script|sms)s?\b`)
	// foundCard: a card found or picked up, used before it is blocked.
	foundCard = mustFold(`(주운|습득한|길에서\s?주운|떨어진)\s?카드\S*\s?.{0,20}(긁|결제|쓰|사용|충전)|\bi (found|picked up|just found) (a |someone'?s |this |somebody'?s )?(\w+ )?(credit |debit )?card\b.{0,40}\b(use|buy|spend|charge|before (it'?s|they) (blocked|cancel\w*))`)
	// receiptForge: a receipt or an expense made up.
	receiptForge = mustFold(`영수증\S*\s?.{0,6}(꾸미|위조|조작|만들어\s?내|가짜로|부풀리)|(가짜|허위)\s?영수증|\b(fake|forge\w*|doctor\w*|fabricat\w*|make up)\b.{0,15}\b(receipts?|invoices?|expense reports?)\b`)
	// loginClone: a login page copied so passwords come to the writer.
	loginClone = mustFold(`\b(copy|clone|replicate|mirror|make)\b.{0,20}\blogin (page|screen|site)\b.{0,60}\b(passwords?|credentials|logins?)\b.{0,20}\b(sent|go|come|emailed|forwarded)|로그인\s?(페이지|화면)\S*\s?.{0,10}(복사|복제|똑같이).{0,40}(비번|비밀번호)`)
	// minorsMoved: finding children online and moving them to a private chat.
	minorsMoved = mustFold(`\b(meet|find|talk to|chat with|befriend)\b.{0,10}\b(preteens|kids|minors|teens|young (girls|boys)|children|\d+[- ]?year[- ]olds)\b.{0,60}\b(move|take|switch)\b.{0,15}\b(chat|conversation|dm)s?\b|\b(lonely|shy) \d+[- ]?(year[- ]old|yo)\b.{0,80}\b(only one who|get close|closer|trust me)|\d+[- ]?(year[- ]old|yo)\b (i'?ve been|i'?m|i am) (seeing|dating|hooking up with)\b`)
	// bathVideo: a child's bath or nakedness filmed and sold or posted.
	bathVideo = mustFold(`(조카|아이|애|딸|아들|아동|초등)\S*\s?.{0,6}(목욕|샤워|알몸|벗은)\S*\s?.{0,12}(영상|사진)\S*\s?.{0,15}(올리면|팔면|팔|돈\s?(돼|되|벌))`)
	// romanceScript: a persona worn to get money after weeks of talk.
	romanceScript = mustFold(`(인\s?척|행세|사칭)\S*\s?.{0,40}(돈|송금|입금)\s?.{0,6}(부탁|요구|받)\S*\s?.{0,20}(대화|흐름|대본|멘트|짜|써)`)
	// crowdAttackPlan: an attack on a crowd or a place planned.
	crowdAttackPlan = mustFold(`(공격|테러|습격|난동)\s?(계획|준비|동선)\S*\s?.{0,10}(짜|세우|도와|알려)|\b(plan|planning|help me plan)\b.{0,15}\b(an? )?(attack|shooting|bombing)\b`)
	// selfCheckoutSwap: a dear item scanned as a cheap one.
	selfCheckoutSwap = mustFold(`(셀프\s?계산|무인\s?계산)\S*\s?.{0,40}(다른|싼|양파|싸구려)\s?.{0,6}바코드|\bself.?checkout\b.{0,60}\b(cheaper|different|wrong) (item'?s? )?(barcode|code|label)|\bswap\w* (the )?(barcode|price tag|label)s?\b`)
	// illegalGun: a gun got without a licence.
	illegalGun = mustFold(`\b(unregistered|untraceable|illegal|black.?market|ghost)\b.{0,20}\b(guns?|firearms?|pistols?|rifles?)\b|\b(guns?|firearms?|pistols?)\b.{0,40}\b(no license|without (a )?(license|licence|permit|background check))\b|불법\s?총기|(총|권총|총기)\S*\s?.{0,10}(몰래|불법으로|허가\s?없이)\s?.{0,6}(구하|사|구매)`)
	// hurtIntent: the writer says whom they mean to hurt or whose things
	// to burn.
	hurtIntent = mustFold(`\bi (want|wanna|'?m going|am going|'?m gonna|plan|intend) to (hurt|beat up|stab|shoot|burn|torch|attack|injure|maim|set fire to) (the|that|this|a|my|his|her|him|them|someone)\b`)
	// hideCharges: a card holder kept from seeing the charges.
	hideCharges = mustFold(`\b(turn off|disable|hide|delete|block|stop)\b.{0,30}\b(notifications?|alerts?|texts?|statements?|emails?)\b.{0,40}\bso (he|she|they|my (dad|mom|mum|parents|father|mother))\b.{0,10}\b(doesn'?t|don'?t|won'?t|can'?t) (see|notice|know|find out)\b|(결제|카드)\s?(알림|문자)\S*\s?.{0,20}(안\s?가게|끄|차단|삭제)\S*\s?.{0,20}(모르게|못\s?보게)`)
	// whyGroupBad: a stereotype asked as a question of cause ("why are
	// <group> bad at …", "what makes <group> dangerous").
	whyGroupBad = mustFold(`(다문화|이민자|외국인|조선족|중국인|흑인|동남아|무슬림|장애인|여자|여성|동성애|게이|노인|전라도|경상도)\S*\s?(가정\s?)?(애들|사람들|들)?\S*\s?(은|는|이|가)?\s?왜\s?(공부를?\s?못|더럽|게으르|게을러|위험|범죄를?\s?(많이|저지)|멍청|정신병|열등|무식)|\bwhat makes (muslims|immigrants|black people|blacks|women|gays|jews|foreigners|refugees|mexicans|asians) (so )?(dangerous|violent|lazy|stupid|inferior|criminal|dirty)\b`)
)

// structuralHarm7 is version 13's second batch, read from the misses the
// earlier dev sets still had (post11 above all): a scam's text asked for by
// its name, a found card used before it is blocked, a receipt made up, a
// login page copied, children met and moved to a private chat, a child's
// bath filmed for money, a persona worn to ask for money, an attack on a
// crowd planned, a self-checkout barcode swapped, a gun without a licence,
// a hurt intended, a card holder kept from the charges, a stereotype asked
// as a cause. The shields are shielded13's.
func structuralHarm7(d *doc) string {
	if shielded13(d) && !d.has(feignedFrame) {
		return ""
	}
	spot := d.has(spotting) || d.has(selfDefence) || d.has(thirdParty) || d.has(preventWords)
	switch {
	case d.has(scamCopy) && !spot && !d.has(learner):
		return PhishingScam
	case d.has(foundCard) && !spot:
		return PaymentFraud
	case d.has(receiptForge) && !spot:
		return PaymentFraud
	case d.has(loginClone) && !spot:
		return PhishingScam
	case d.has(minorsMoved) && !spot:
		return SexualMinors
	case d.has(bathVideo):
		return SexualMinors
	case d.has(romanceScript) && !spot:
		return PhishingScam
	case d.has(crowdAttackPlan) && !spot && !d.has(media) && !d.has(studies):
		return Violence
	case d.has(selfCheckoutSwap) && !spot:
		return PaymentFraud
	case d.has(illegalGun) && !spot:
		return Violence
	case d.has(hurtIntent) && !d.has(copingAsk):
		return Violence
	case d.has(hideCharges):
		return PaymentFraud
	case d.has(whyGroupBad) && !d.has(othersClaim):
		return Discrimination
	}
	return ""
}

// strangerAsks: someone else asks the child ("모르는 사람이 사진 보내
// 달래요", "a stranger asked her for pics").
var strangerAsks = mustFold(`모르는\s?(사람|어른|남자|여자|계정)|낯선\s?(사람|어른|남자|계정)|(^|\s)(누가|누군가)\s|어떤\s?(사람|남자|어른|계정)|\b(a |some )?(stranger|someone|somebody|an adult|a man|a guy|some guy|an account)\b.{0,30}\b(asked|asks|asking|wants|wanted|keeps|kept|told)\b`)

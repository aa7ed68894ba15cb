package safety

// Version 17: the answer to the asker's question, not to a shared word.
//
// post16, written blind, showed the checker answering a word instead of
// the question: "which knife cuts through chicken bones" got the crisis
// answer on "cutting"; a camper asking whether quick-light charcoal may
// burn inside a tent got it on 번개탄, and needed the carbon-monoxide
// warning; "I want to die… of embarrassment" on "want to die"; a coupon
// that "keeps saying invalid" the helpers' sentence about a friend who
// "keeps saying kms". And it refused people who ask about a harm's
// consequence or protect their own: what the punishment for using
// someone else's card is, a cap on one's own card a brother used, a
// caller who asks for the verification code ("is that normal?"), gloves
// to punch a bag instead of people, a cute nickname for a friend's
// birthday. Each rule below reads the asker's frame — the object a
// blade cuts, the place a fire burns, a question of the penalty, one's
// own card, a kind name — and each keeps out a writer who would do the
// harm (evasion, a pursuit, a production) and a crisis said outright.

var (
	// cookingCut: a blade or a cut whose object is food ("cutting through
	// chicken bones", "갈비 손질할 칼").
	cookingCut = mustFold(`\b(cut|cuts|cutting|chop|chopping|slice|slicing|debone|deboning|knife|knives|cleaver|blade)\b.{0,40}\b(chicken|bones?|meat|fish|vegetables?|veggies|onions?|garlic|bread|steaks?|pork|beef|ribs?|fruit|tomato(es)?|carrots?|turkey|salmon|tuna|cabbage|squash|pumpkin|dakdoritang|kimchi|brisket|ham|cheese|cake)\b|\b(chicken|bones?|meat|fish|vegetables?|onions?|bread|steaks?|pork|beef|ribs?|turkey|salmon|pumpkin|cake)\b.{0,30}\b(cut|cutting|chop|chopping|slice|slicing|knife|knives|cleaver)\b|(고기|뼈|닭|생선|야채|채소|양파|마늘|빵|과일|김치|갈비|삼겹살|수박|호박|케이크)\S*\s?.{0,12}(자르|잘라|썰|손질|칼)|(칼|식칼|부엌칼|과도)\S*\s?.{0,15}(고기|뼈|닭|생선|야채|채소|양파|빵|과일|요리|손질)`)
	// grillFire: charcoal or a briquette for cooking or camping.
	grillFire  = mustFold(`(번개탄|숯|참숯|성형탄|차콜|\bcharcoal|\bbriquettes?)`)
	grillFrame = mustFold(`(고기|구이|구우|구워|굽|바베큐|바비큐|삼겹살|캠핑|텐트|글램핑|화로|그릴|\bbbq\b|\bbarbecue|\bgrill|\bcamping\b|\btent\b|\bcampfire|\bcook)`)
	// grillFood: the food a grill is for ("고기 구우려는데", "for the
	// steaks"): charcoal named for cooking.
	grillFood = mustFold(`(고기|구이|구우|구워|굽|바베큐|바비큐|삼겹살|갈비|\bbbq\b|\bbarbecue|\bgrill|\bcook|\bsteaks?\b|\bmeat\b|\bburgers?\b|\bsausages?\b)`)
	// sleepNoWake: sleeping beside it and not waking, or a painless end.
	sleepNoWake = mustFold(`(안|못)\s?깨|영원히|고통\s?없|편하게\s?(가|죽)|\b(never|not|don'?t|won'?t) wake\b|\bpainless|\bpeacefully\b`)
	// ownSelfSubject: a word of the writer's own dying or self-harm.
	ownSelfSubject = mustFold(`죽|자살|자해|극단|\bkill|\bdie\b|\bdying\b|suicid|self.?harm|\bkms\b|\bkys\b|hurt (myself|herself|himself|themselves)|cut (myself|herself|himself)|우울|depress`)
	// penaltyAsk: what the penalty of an act is, asked as a question.
	penaltyAsk = mustFold(`\bwhat('?s| is| are| would be) the (punishment|penalty|penalties|sentence|legal consequences?)\b|\bhow (is|are) .{0,30}\bpunished\b|\b(punishment|penalty|penalties|sentence) for\b|(처벌|형량|벌금|징역)\S*\s?(은|이|는)?\s?(어떻게|얼마|뭐|몇|어느\s?정도|받아요|받나요)`)
	// ownCardControl: limits or switches on the writer's own card.
	ownCardControl = mustFold(`\b(cap|limit|spending limit|disable|switch off|turn off|block|freeze|lock)\b.{0,40}\b(my|our) (own )?(card|credit card|debit card)\b|\b(my|our) (own )?(card|credit card|debit card)\b.{0,60}\b(put a (cap|limit)|set a (cap|limit)|spending limit|switch off|turn off|disable|block) |(제|내|우리)\s?카드\S*\s?.{0,30}(한도|해외\s?결제\s?차단|온라인\s?결제\s?(차단|막)|정지|잠금)`)
	// askedForCode: someone called or wrote asking the writer for a code
	// or a password, and the writer asks whether that is normal.
	askedForCode = mustFold(`(전화|문자|연락|카톡|메시지)\S*\s?(와서|왔는데|받았는데|오더니).{0,40}(인증\s?번호|비밀\s?번호|otp|카드\s?번호)\S*\s?.{0,10}(불러|알려|보내|달라)|\b(called|texted|messaged|rang)\b.{0,60}\b(asked|asking|wants?|wanted)\b.{0,30}\b(code|otp|password|pin|card number)`)
	normalAsk    = mustFold(`원래|정상|맞아요|맞나요|이런\s?걸\s?물어|괜찮(아요|나요|은가요)|해도\s?돼|사기(인가|예요|아니|일까|죠)|\bis (that|this|it) (normal|legit|safe|okay|ok|a scam)\b|\bdo (they|banks|companies) (really|usually|ever) ask\b|\bshould i (give|tell|read)\b`)
	// padInsteadOfPeople: sports gear to hit a thing instead of a person.
	padInsteadOfPeople = mustFold(`\binstead of (people|a person|someone|anybody|anyone|hitting (people|someone)|punching (people|someone)|my (coworkers?|boss|brother|sister))\b|사람\s?(대신|말고)`)
	// kindNickname: a cute or kind nickname for a friend, on an occasion.
	kindNickname = mustFold(`(귀여운|예쁜|다정한|사랑스러운|웃긴|재밌는|멋진|cute|sweet|kind|fun|funny|nice|lovely|adorable|cool)\s?(애칭|별명|닉네임|nicknames?|pet names?)`)
	// bereavedDevice: the phone, account or photos of someone who died,
	// asked for by the family the lawful way.
	bereavedDevice = mustFold(`\b(passed away|died|dead|late (father|mother|dad|mom|husband|wife))\b.{0,80}\b(phone|iphone|laptop|computer|account|icloud|photos?|pictures?)\b|\b(phone|iphone|laptop|account|icloud|photos?)\b.{0,80}\b(passed away|died)\b|(돌아가신|돌아가셨|별세|사망한|사망하신|고인|故)\S*\s?.{0,40}(폰|휴대폰|핸드폰|아이폰|계정|사진|노트북|컴퓨터)|(폰|휴대폰|핸드폰|계정|사진)\S*\s?.{0,40}(돌아가신|돌아가셨|고인|사망)`)
	lawfulAsk17    = mustFold(`\b(legal|legally|lawful|proper|official|officially|the right way|properly)\b|합법|정식|공식|법적|정당한\s?방법|절차`)
	unkindWords    = mustFold(`놀리|못생|뚱|돼지|찐따|비웃|망신|모욕|조롱|ugly|fat|stupid|dumb|mean|insult|humiliat|embarrass (him|her|them)|make fun|mock|loser`)
)

// guard17 reports whether none of the writer's own doing is in d: no
// evasion or pursuit, nor a crisis said outright.
func guard17(d *doc) bool {
	return !d.has(evasion) && !d.has(pursuit) && !d.has(evadeReport) && !d.has(crisisPhrases) && !d.has(firstPersonCrisis) && !d.has(suicideWords)
}

// everydayObject17 reports whether a caring answer was given to a text
// about food and a blade, with no word of dying or self-harm of the
// writer's beside it.
func everydayObject17(d *doc) bool {
	return guard17(d) && d.has(cookingCut) && !d.has(ownSelfSubject) && !d.has(despair)
}

// grillSmoke17 reports whether d asks about charcoal for cooking or
// camping, with no word of a crisis.
// (A crisis phrase may be read in 번개탄 beside a tent; the food it is
// lit for and no word of not waking tell a camper's question.)
func grillSmoke17(d *doc) bool {
	return !d.has(evasion) && !d.has(firstPersonCrisis) && !d.has(suicideWords) && !d.has(sleepNoWake) &&
		d.has(grillFire) && d.has(grillFrame) && d.has(grillFood) && !d.has(despair)
}

// shield17b reports whether a refused text is the question of one who
// does no harm: the penalty of an act asked about, limits on one's own
// card, a caller asking for a code ("is that normal?"), a bag to punch
// instead of people, a kind nickname, the lawful way into a late
// parent's phone. guide says whether the harm's
// guidance answers it (a penalty, a card, a code asked for) or the
// avatar (gear, a nickname).
func shield17b(d *doc) (ok, guide bool) {
	if !guard17(d) {
		return false, false
	}
	switch {
	case d.has(kindNickname) && !d.has(unkindWords):
		return true, false
	case d.has(production):
		return false, false
	case d.has(padInsteadOfPeople):
		return true, false
	case d.has(penaltyAsk) && !d.has(koHowTo):
		return true, true
	case d.has(ownCardControl):
		return true, true
	case d.has(askedForCode) && d.has(normalAsk):
		return true, true
	case d.has(bereavedDevice) && d.has(lawfulAsk17):
		return true, false
	}
	return false, false
}

// shopFrame17: a customer's matter at the shop — a coupon, the
// checkout, an order — where the helpers' guidance was given on a shared
// frame alone.
var shopFrame17 = mustFold(`\b(coupons?|vouchers?|promo codes?|discount codes?|checkout|check out|gift cards?|my order|the order|cart|refund|exchange|receipt)\b|쿠폰|상품권|할인\s?코드|결제|주문|장바구니|환불|교환|영수증`)

// selfSubject17 reports whether d names the writer's or anyone's dying
// or self-harm: the helpers' guidance answers nothing else ("the coupon
// keeps saying invalid" is no friend who keeps saying "kms").
func selfSubject17(d *doc) bool {
	return d.has(ownSelfSubject) || d.has(selfWords) || d.has(suicideWords) || d.has(despair) || d.has(crisisPhrases) || d.names(SelfHarm)
}

// careLine17 follows the carbon-monoxide answer given to a question about
// charcoal: 109 for whoever asked it in a hard moment.
var careLine17 = map[string]string{
	"ko": "혹시 힘든 마음에서 물어본 거라면 자살예방상담전화 109에 언제든 이야기할 수 있어요.",
	"en": "If you asked because you're going through something hard, you can talk to someone at 109 (Korea's suicide prevention line) any time.",
}

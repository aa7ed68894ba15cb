package safety

import "regexp"

// Version 9.1: the stance of a victim, a reporter or a protector, read
// from the whole message. The v9 machinery (views.go: each request read
// alone, the structural checks of what is asked for, the 0.85 vote in
// bestHarm) reads what a message names — a slur, a weapon, someone else's
// card, a fake receipt — and a victim names the same things: "my son came
// home repeating slurs … how do I talk to him", "a customer paid with a
// card in someone else's name, should I refuse the sale", "my ex said he'd
// pay guys to beat me up, how do I get a restraining order". What tells
// them apart is what the writer asks to do about it: report it, get it
// taken down, complain, get protection, keep evidence, recover an
// account, talk to the one who did it. Issue 19: refusing such a writer
// is the costliest mistake, so this stance shields the whole message from
// the structural checks, from the views and from the model's refusal —
// unless the writer also asks to evade, to report falsely or in bulk, or
// to make something.

var (
	// reportAsk: the writer asks how to report, complain, get content
	// taken down, get protection or help, keep evidence, recover what was
	// taken, or talk to the person about it.
	reportAsk = mustFold(`\b(how (do|can|should|would|could) (i|we|she|he|they|my \w+)|can (i|we|she|he)|should (i|we|she|he)|who (do|should|can|could) (i|we|she|he)|where (do|can|should) (i|we|she|he)|what (do|should|can) (i|we) (do|say)|is (there|it) (a way|possible|worth it) to)\b.{0,50}\b(report(ing)? (it|him|her|them|this|that|the \w+|to)|report (him|her|them|it|this|that)?\s*\??$|file (a |an )?(complaint|report|police report|claim|dispute|charges)|complain|press charges|sue|call (the )?(police|cops|911|112)|tell (a |the |his |her |my |our |their )?(teacher|school|principal|police|hr|manager|boss|someone|anyone|parents|mods?|admins?)|get (a |an )?(restraining|protection|protective) order|appeal|get (\w+ ){1,2}to (remove|delete|take down|ban|block|suspend) (it|them|this|that|the \w+|my \w+|those \w+)|get (it|them|this|that|the \w+|those \w+|my \w+) (taken down|removed|deleted|back|restored|unsuspended)|take (it|them|this|the \w+) down|document|(keep|save|collect|gather) (the )?(evidence|proof|screenshots)|talk to (him|her|them) about (it|this|that)|talk to my (son|daughter|kids?|child|children|uncle|aunt|dad|mom|father|mother|brother|sister|relatives?|family|coworker|friend|husband|wife|partner)|raise (it|this)|protect (myself|her|him|them|my \w+|our \w+)|stay safe|keep (her|him|them|my \w+) safe|refuse the (sale|order|payment)|forward (it|them|this|that|the (email|e-mail|mail|text|message|link)s?))\b|\bwho (can|do|should) i (tell|call|report (it|this|him|her|them) to)\b|\bshould i (call|tell|warn|report|go to (the )?(police|cops))\b|(신고|고소|고발|민원|진정)\s?(하|할|해|는|가능|방법|절차|하려면|할\s?수|해야|해도|넣)|삭제\s?(요청|신청|해\s?달라|시키|하게)|(내리|내려)\s?(게|는\s?(법|방법)|려면|달라)|접근\s?금지|(증거|증거를|캡처를|기록을)\s?.{0,6}(남기|모으|확보|보관|어떻게)|복구|되찾|(경찰|학교|담임|선생님|회사|인사팀|카드사|은행|플랫폼)\S*\s?(에|에게|께|한테)\s?(알리|말씀|얘기|신고|연락|문의)`)
	// silencing: keeping the one harmed quiet or the writer unseen —
	// "make sure she doesn't tell", "걸리면 어떻게 대처해", "비밀로 하게"
	silencing = mustFold(`(협박|겁주|겁을\s?줘)\S*\s?(해야|하려면|하는\s?법|할까|하면)|\bhow (do|can|should|would) i (threaten|scare|intimidate|pressure|blackmail)\b|신고\S*\s?.{0,10}(그만두게|못\s?하게|포기하게|취소하게|철회하게)|\b(stop|keep) (her|him|them|my \w+) from (reporting|telling|going to)|\bmake (her|him|them) (stop|drop) (telling|reporting|the (report|complaint|charges))|\bmake sure\b.{0,30}\b(doesn'?t|don'?t|won'?t|never|can'?t) (tell|say|talk|find out|know|report|call)|\bkeep (it|this|that) (a )?secret\b|\bif (i|we) (get|am|'m|are) caught\b|\bif (someone|anyone|they|she|he|the \w+) (notices|finds out|catches|asks)\b|\bbefore (they|she|he|anyone|someone) notices?\b|걸리면|들키면|(비밀로|모르게)\s?(하게|하도록|해야|해\s?달라)|말\s?(못|안)\s?하게`)
	// falseReport: reporting falsely or in bulk to get someone punished
	// or banned — a harm, not a victim's report.
	falseReport = mustFold(`허위\s?신고|\beven though (i|we) (got|received|have|kept|used)\b|\bso (the|my) (chargeback|dispute|refund|claim) (goes through|works|sticks)\b|(못|안)\s?(받았|줬|왔|보냈|왔었)다고\s?(우기|우겨|신고|하|해|말)|신고\s?(테러|폭탄|먹이|먹여)\s?(하는|하려|할|해서\s?(정지|밴)\s?(시키|먹이))|(단체|집단|다\s?같이|여러\s?계정으로)\s?신고\S*\s?(해서|하는|하려|하게)|\b(mass|false(ly)?|fake|bulk)[- ]?report(ing|s)? (him|her|them|his|her|their|an?|the|someone|somebody)\b|\breport (him|her|them) (falsely|for something (he|she|they) didn'?t do)|\bget (him|her|them|his \w+|her \w+|their \w+) (banned|suspended|fired|expelled) by reporting|신고\s?(못|안|할\s?수\s?없)\s?(하게|게|도록)|신고하지\s?(못|않)\s?(하게|게|도록)|\bso (that )?(he|she|they|nobody|no one|the \w+) (can'?t|won'?t|doesn'?t|don'?t|never) (call|tell|report|complain|sue)|\b(keep|stop) (him|her|them|\w+) from (calling|telling|reporting|complaining)`)
)

// standsWithVictim reports whether the whole message speaks as a victim,
// a reporter or a protector asking what to do about a harm — never as
// someone who would do it, evade it or make it.
func standsWithVictim(d *doc) bool {
	ask := d.has(reportAsk) || d.has(secureAsk) || d.has(actionAsk) && d.has(othersActor)
	return ask && !d.has(falseReport) && !d.has(silencing) && !d.has(falseClaim) && !d.has(evasion) && !d.has(evadeReport) && (!d.has(pursuit) || d.has(othersActor))
}

var (
	// othersActor: someone other than the writer did or does it — a
	// customer, a buyer, a stranger, "누가", "어떤 사람이".
	othersActor = mustFold(`\b(someone|somebody|some (guy|man|woman|person|account)|a (man|woman|guy|stranger|customer|client|buyer|seller|guest|shopper|regular|parent|student|classmate|coworker|colleague|neighbou?r|relative)|one of (my|our) (customers|clients|buyers|guests|students|employees|staff)|(my|our) (customer|client|buyer|tenant|regular|neighbou?r|ex|landlord|boss|manager|stepdad|stepmom|husband|wife|partner|boyfriend|girlfriend)|(an? )?(customer|buyer|guest)s?)\b.{0,60}\b(is|was|were|are|has|have|had|keeps?|kept|tried|tries|used|uses|using|paid|pays|posted|posts|uploaded|sent|sends|made|makes|said|says|told|threatened|took|takes)\b|(^|\s)(누가|누군가가?)\s|(어떤\s?(사람|계정|남자|여자|손님|분)\S*|손님|고객|단골|구매자|판매자|세입자|집주인|이웃|남편|아내|전\s?남친|전\s?여친|전\s?남편|전\s?아내|상사|동료)(이|가|께서|들이)\s`)
	// actionAsk: the writer asks what to do, check or how to respond —
	// a victim's or a shop owner's question only with someone else as
	// the actor (othersActor).
	actionAsk = mustFold(`\bwhat (should|do|can|must) (i|we) do\b|\bwhat'?s the right thing to do\b|\bhow (should|do|can) (i|we) (handle|respond|react|deal with|check|verify|tell)\b|(어떻게|뭘|무엇을|뭐라고)\s?(확인|대처|대응|처리|해야|하면\s?좋|대화|말해|말하|얘기|설명|지도|도와)`)
	// secureAsk: the writer asks how to lock down, sign out or secure
	// their own or their family's device or account.
	secureAsk = mustFold(`\b(kick (them|him|her|the \w+|my ex|\w+) (out|off)|(remove|revoke|cut off|block) (their|his|her|my ex'?s) access|lock (it|this|them|that|\w+) down|sign (her|him|them|me|us|it|my \w+|her \w+|his \w+)? ?out (of \w+ )?remotely|log (her|him|them|me|us) out|secure (it|this|them|my|our|the)|change the (default )?(admin )?password|harden)\b|보안\s?설정|강제\s?로그아웃|(접근|접속)\s?(차단|끊|막)|비밀번호\s?(바꾸|변경)|원격\S*\s?로그아웃`)
)

// unrebuttable asks for a claim made so it cannot be answered ("반박
// 못하게", "so no one can refute it") — the opposite of a rebuttal.
var unrebuttable = mustFold(`반박\s?(못|안|불가|할\s?수\s?없)|\b(can'?t|cannot|impossible to|hard to|no one can|nobody can) (be )?(rebut|refute|debunk|argue with|disprove|counter)`)

// nonExplicitPattern: see nonExplicit.
const nonExplicitPattern = `\b(nothing|no|without( any)?|not|zero) (explicit|sexual|sex|nsfw|steamy|spicy)\w*( content| scenes?| stuff| details?)?\b|\b(wholesome|age[- ]appropriate|non[- ]?sexual|innocent|tender|pg|pg-13|g-rated|kid[- ]friendly|family[- ]friendly)\b|(야한|선정적인|성적인|수위\s?있는|19금)\s?(장면|내용|묘사)?\S*\s?(없이|빼고|빼\s?줘|없는|은\s?빼|는\s?빼)|수위\s?(없이|낮게)|건전한|순수한|풋풋한|손\s?(잡는|잡기)\S*\s?.{0,4}이상\S*\s?(없|안)`

// nonExplicitRaw finds the same words in the raw text, to take them out.
var nonExplicitRaw = regexp.MustCompile(`(?i)` + nonExplicitPattern)

var (
	// nonExplicit: a story asked for with nothing sexual in it ("nothing
	// explicit", "wholesome", "야한 장면 없이", "풋풋한").
	nonExplicit = mustFold(nonExplicitPattern)
	// bodyOrBed: the body, a bed or a room for two — never in a chaste
	// story about minors
	bodyOrBed = mustFold(`몸\S*\s?.{0,6}(묘사|표현|그려|자세히)|신체|몸매|가슴|허벅지|다리\s?라인|모텔|호텔|침대|잠자리|스킨십|첫\s?(경험|날\s?밤)|샤워|목욕|옷을?\s?벗|\b(body|bodies|figure|curves|chest|breasts?|thighs?|legs|lips|motel|hotel|bed|bedroom|first time|sleep(ing)? together|undress\w*|shower\w*|bath\w*|skin|touch\w*|in detail)\b`)
	// adultPair: an adult in the story beside the minor — no chaste
	// frame makes that a coming-of-age story.
	adultPair = mustFold(`\b(adults?|grown[- ]?(up|man|woman)|older (man|woman|guy|boy|girl)|teacher|coach|tutor|neighbou?r|uncle|stepdad|stepfather|stepmom|boss|priest|pastor|stranger|[2-9]\d[- ]?(year[- ]old|yo|yr)|in (his|her|their) (20s|30s|40s|50s|twenties|thirties|forties))\b|아저씨|아줌마|선생님|선생|담임|코치|과외|삼촌|새아빠|의붓|어른|성인|직장인|[2-9]\d\s?살|[2-9]0대`)
)

// chasteFiction: a story about young people asked for with nothing
// sexual in it and no adult beside them — a coming-of-age story, not a
// sexual depiction of a minor (version 9.1). The non-explicit words are
// taken out before the sexual words are looked for ("nothing explicit"
// names "explicit").
func chasteFiction(d *doc, text string) bool {
	if !d.has(fictionTalk) || !d.has(nonExplicit) || d.has(adultPair) || d.has(kidSecret) || d.has(bodyOrBed) || d.has(romance) && !d.has(otherMinorsOnly) {
		return false
	}
	rest := newDoc(nonExplicitRaw.ReplaceAllString(text, " "))
	return !rest.has(explicitSex) && !rest.named(sexualWords)
}

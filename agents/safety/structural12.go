package safety

import "strings"

// Version 12: concealment read as grammar, not as a list of phrases.
//
// post11, written blind after version 11, let through harms that said
// outright they were to stay hidden, in words the evasion list did not
// hold: "before he notices", "so naver doesn't catch it", "where her mom
// can't see it", "without leaving any evidence", "can't be traced back to
// me", "quietly installs", "안 들킴?", "반품하면 걸림?", "남편 폰에 몰래
// 깔아두면". The list grew phrase by phrase for eleven versions; what
// these share is a structure — the writer acts and someone else (never
// the writer: "so I don't get scammed" hides nothing) must not notice,
// catch, trace or find out — so concealPattern reads that structure:
//
//   - a purpose clause "so (that) <someone else> can't/won't/doesn't
//     notice|catch|trace|find out|suspect|realise|detect|flag|tell";
//   - "before <someone else> notices|finds out|realises|catches on";
//   - "where <a parent or spouse> can't see", "without leaving evidence
//     or traces", "can't be traced/linked back to me";
//   - a covert manner attached to the writer's own act ("how do I
//     secretly …", "help me quietly …", "a macro that quietly installs");
//   - Korean future or question forms of being caught (들킬까, 안 들킴,
//     …하면 걸림?/걸릴까), and 몰래 before an act of planting something
//     (몰래 깔아 두면, 몰래 설치하는 법, 몰래 넣어 놓으면) in a form that is
//     not a past report ("남편이 몰래 깔았어요" is a victim's).
//
// It counts as evasion (learned.go, check), so it makes the writer a doer
// and cancels a protective reading as the older phrases do; a refusal
// still needs a harm the models or the subject words name (doerHarm).
// Unlike the older list it gives way to a victim's words (concealOK):
// "how do I get out before he finds out", "so my ex can't find me" hide
// the writer from a harm, they hide no harm.
var concealment = mustFold(concealPattern)

const concealPattern = `\bso (that )?(?:my |his |her |their |the |our |your )?(?:he|she|it|[a-z]{3,}(?: [a-z]{3,})?) (?:doesn'?t|don'?t|won'?t|can'?t|cannot|never|wouldn'?t|couldn'?t) (?:ever )?(?:notice|catch|find out|realize|realise|suspect|detect|flag|trace (?:it|this|that|the \w+)|link (?:it|this|that|the \w+)|tell (?:it'?s|it was) me)\b` +
	`|\bbefore (?:he|she|they|anyone|anybody|my \w+|his \w+|her \w+|their \w+|the \w+) (?:notices?|realizes?|realises?|finds? out|catches? on|gets? suspicious|checks?)\b` +
	`|\bwhere (?:her|his|their|my|the) (?:mom|mum|mother|dad|father|parents?|wife|husband|boss|teacher)s? (?:can'?t|cannot|won'?t|doesn'?t|don'?t|never) (?:see|check|read|find)\b` +
	`|\bwithout (?:leaving|there being) (?:any |a )?(?:evidence|fingerprints|dna|proof)\b` +
	`|\b(?:can'?t|cannot|won'?t|couldn'?t|wouldn'?t) be (?:traced|tracked|linked|tied|connected) (?:back )?(?:to|back)\b` +
	`|\b(?:how (?:do|can|could|would|should) i|how to|help me|i want to|i wanna|i need to|is there a way to|best way to)\b.{0,40}\b(?:secretly|quietly|covertly|discreetly|sneakily)\b` +
	`|\b(?:secretly|quietly|covertly|silently) (?:installs?|plants?|copies|sends? (?:me|them)|forwards?|records?|opens? a (?:connection|backdoor))\b` +
	`|안\s?들킴|들킬까|들킬\s?(?:수|것|거)|안\s?들켜|(?:하면|해도|쓰면|치면|찍으면|넣으면|보내면|바꾸면|반품하면|긁으면)\s?(?:안\s?)?걸림|(?:하면|해도|쓰면|치면|찍으면|넣으면|보내면|바꾸면|반품하면|긁으면)\s?(?:안\s?)?걸릴까` +
	`|몰래\s?(?:깔아\s?(?:두|놓|주)|깔면|깔려면|까는|깔\s?수|설치하(?:면|려면|는)|설치해\s?(?:두|놓|주)|설치할|넣어\s?(?:두|놓)|넣으면|넣는|넣을|붙이(?:면|려면|는)|붙여\s?(?:두|놓)|달아\s?(?:두|놓)|숨겨\s?(?:두|놓))`

// concealOK: the writer hides from a harm, not a harm from others — a
// victim, someone leaving or escaping, someone the other must not find.
var concealOK = mustFold(`\b(?:leave|leaving|escape|escaping|get out|move out|run away|flee|shelter|restraining order)\b|\b(?:find|track|trace|follow|locate|see|reach|hurt|hit) (?:me|us|my (?:kids?|children|son|daughter))\b|\bwithout me (?:knowing|noticing)|떠나|도망|피신|쉼터|이혼|(?:나|저|우리)(?:를|한테|에게)\s?(?:못|안)\s?(?:찾|따라|연락)`)

// sexualSide: something sexual, romantic or secret beside a minor. A
// doer who names a child refuses as sexual content with minors only with
// it (doerHarm): "hide the presents so the kids don't find out" hides
// something from children and is no harm to them; the models, which
// learned "kids" beside secrets from grooming requests, read it so.
//
// Only where concealment alone made the writer a doer (concealOnly): the
// older stances were fitted with the models' reading as it is.
func sexualSide(d *doc) bool {
	return d.named(sexualWords) || d.has(explicitSex) || d.has(romance) || d.has(kidSecret) || d.has(hiddenCam) || d.has(kidImage) || d.has(kidFetish) || d.has(closerHow)
}

// concealOnly: the writer is a doer by concealment alone — none of the
// older perpetrator or evasion phrases.
func concealOnly(d *doc) bool {
	return d.has(concealment) && !d.has(evasion) && !d.has(perpetrator) && !d.has(pursuit)
}

// Version 12, crisis wordings the blind set found with no word of dying:
// a farewell put as the last message, pills saved up and counted, a plan
// not to be around, a rope bought "to sort everything out". Each is a
// family read by its structure — a finality and what makes it one — not
// a sentence; a helper's question about someone else keeps its own
// answer (helperAsk, bereaved).
var (
	// lastMessage: this message put as the writer's last, with thanks,
	// an apology or a goodbye.
	lastMessage = mustFold(`(이게|이번이|이\s?메시지가|이\s?문자가)\s?(제|내)?\s?마지막\s?(메시지|연락|인사|대화)|마지막\s?(메시지|연락|인사|대화)가?\s?될\s?(것|거)|\b(this is|this'?ll be|this will be|this might be|this is probably|probably) (my |the )?(last|final) (message|text|thing i'?ll (ever )?(ask|say|send|write))\b|\blast thing i'?ll (ever )?(ask|say|send) (you|anyone)\b`)
	// leavingPlace: a last message because one leaves a job, a school or
	// a town — a farewell, no crisis.
	leavingPlace = mustFold(`퇴사|이직|졸업|전학|이사|전근|은퇴|송별|\b(retir\w*|resign\w*|leaving (the|this|my) (company|team|job|school|class|group|city)|new job|moving (away|abroad|out|to)|graduat\w*|last day)\b`)
	farewell     = mustFold(`고마웠|고마워|미안|잘\s?지내|안녕|\b(thank|thanks|sorry|bye|goodbye|take care|farewell)\b`)
	// hoardPills: the writer's pills saved up or counted.
	hoardPills = mustFold(`(약|수면제|알약|진통제|처방약|신경안정제)\S*\s?.{0,12}(모으|모아\s?(두|놓|둔|놨)|모았|쌓아\s?(두|놓)|세어\s?봤|세봤|세\s?보니)|\b(stockpil\w*|hoard\w*|sav(e|ed|ing) up|been saving|squirrel\w* away)\b.{0,20}\b(pills|meds|medication|tablets|sleeping pills|painkillers|prescriptions?)\b|\b(counted|counting|count) (up )?(my |the |all my )?(pills|meds|tablets|sleeping pills)\b`)
	// notAround: a plan not to be there any more.
	notAround = mustFold(`\b(planning|plan|going|decided|intend\w*|about) (not to be|to not be|to stop being) (around|here|alive)\b|\bwon'?t be (around|here) (after|anymore|any more|much longer|by (then|next|the))\b|\b(decided|made up my mind|made my mind up)\b.{0,25}\b(i'?m done with (everything|it all|life)|ending (things|it all|everything|my life))\b|(이후로는?|지나면|다음\s?주부터는?)\s?.{0,12}(안\s?나타날|없을\s?(거|것)|사라질)\s?.{0,10}(생각|예정|거야|거예요|것\s?같)`)
	// ropeFinality: a rope asked for beside a finality ("다 정리하려고요",
	// "don't ask what it's for").
	ropeWords    = mustFold(`밧줄|로프|노끈|\brope\b|\bnoose\b`)
	ropeFinality = mustFold(`다\s?정리|정리하려|묻지\s?마|끝내려|끝낼|마지막|\bdon'?t ask (what|why)|\bend (it|things|everything)\b|\bno questions\b|\bfor good\b`)
)

// structuralCrisis6 reports the version 12 crisis families.
func structuralCrisis6(d *doc) bool {
	if d.has(helperAsk) || d.has(bereaved) {
		return false
	}
	self := !d.has(otherPerson) && !d.has(media)
	return d.has(lastMessage) && d.has(farewell) && !d.has(leavingPlace) ||
		self && d.has(hoardPills) ||
		self && d.has(notAround) ||
		d.has(ropeWords) && d.has(ropeFinality)
}

// sureLookalike is the look-alike category both models are sure of
// (the group model's look-alike at least sureLookGroupP, the category
// model's best label that look-alike at least sureLookCatP), for a
// writer who does none of the harm: no evasion or concealment, no
// pursuit but someone else's, no false report or claim, nothing to make, and perpetrator's
// words only beside someone else acting or a harm done to the writer.
// "" otherwise.
//
// Why (version 12): post11's harmless requests were refused by hand
// rules that never consult the models — a parent whose child's tutor
// wants time alone (a minor beside "둘이서만"), someone receiving
// strange parcels, a teacher's anti-bullying class, a victim whose
// account "누가 해킹해서" — while both models were all but certain (0.96
// to 1.00) they were look-alikes. The rules were written for the
// unambiguous cases; where the models agree this firmly against them,
// the text is not one.
func (l *Learned) sureLookalike(text string) string {
	d := newDoc(text)
	if d.has(evasion) || d.has(concealment) && !d.has(concealOK) || d.has(pursuit) && !d.has(othersActor) && !d.has(doneToMe) || d.has(evadeReport) || d.has(falseReport) || d.has(silencing) || d.has(falseClaim) {
		return ""
	}
	if d.has(production) && !d.has(howMake) && !d.has(learner) && !d.has(againstHarm) {
		return ""
	}
	if d.has(perpetrator) && !d.has(othersActor) && !d.has(doneToMe) && !d.has(victim) {
		return ""
	}
	f := l.group.Features(text)
	g := l.group.AnalyzeFeatures(f)
	sc := l.model.PredictFeatures(f)
	if g.Intent != "help" || g.P < sureLookGroupP || len(sc) == 0 || sc[0].P < sureLookCatP || !strings.HasPrefix(sc[0].Intent, helpPrefix) {
		return ""
	}
	c := strings.TrimPrefix(sc[0].Intent, helpPrefix)
	if c == SelfHarm || l.help[c] == nil {
		return ""
	}
	return c
}

// sureLookGroupP and sureLookCatP: see sureLookalike. Set on post11's
// refused look-alikes (0.96–1.00 and 0.75–1.00) and checked against every
// harmful dev request.
const (
	sureLookGroupP = 0.95
	sureLookCatP   = 0.7
)

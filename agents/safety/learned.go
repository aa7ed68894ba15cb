package safety

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/madang-world/madang/agents/nlu/intent"
)

// Categories of the learned checker, in the order of data/train.json.
const (
	PhishingScam   = "phishing_scam"
	PaymentFraud   = "payment_fraud"
	Intrusion      = "intrusion"
	Harassment     = "harassment"
	Discrimination = "discrimination"
	SelfHarm       = "self_harm"
	SexualMinors   = "sexual_minors"
)

// Categories lists them.
var Categories = []string{PhishingScam, PaymentFraud, Intrusion, Harassment, Discrimination, SelfHarm, SexualMinors}

// ruleCategory maps the rules' category names to the learned ones.
var ruleCategory = map[string]string{"phishing": PhishingScam, "hacking": Intrusion, "harassment": Harassment,
	"discrimination": Discrimination, "sexual_minors": SexualMinors}

// Model labels: a harmful category is its name, its look-alike help:name,
// and everyday requests ordinary.
const (
	helpPrefix = "help:"
	ordinary   = "ordinary"
)

//go:embed data/train.json
var builtinTrain []byte

//go:embed data/help.json
var builtinHelp []byte

// Learned combines the rules, which refuse the unambiguous cases, with an
// intent model (agents/nlu/intent) trained on data/train.json, which
// tells the harmful requests from their harmless look-alikes and from
// everyday requests. See docs/safety.md for the design and its figures.
//
// Check decides in this order:
//  1. someone may hurt themselves (a first-person crisis phrase, or the
//     model says self_harm): Help is a caring answer with the crisis line —
//     never a refusal;
//  2. the rules refuse: Refuse — unless the model is sure (SureP) it is a
//     look-alike written from the protective side, then as 3;
//  3. the model says look-alike (someone protecting themselves, spotting
//     or reporting, learning, a victim) with at least HelpP and the text
//     names the topic: Help is the topic's guidance in the user's language;
//  4. both models say harmful (the group model with at least RefuseP), the
//     text names a harmful subject, and it does not read as protective (or
//     the model is sure): Refuse;
//  5. otherwise the brain answers.
//
// The model decides only about text near what it learned (MinSimilarity).
type Learned struct {
	rules  *Rules
	model  *intent.Model                // harmful categories, look-alikes by category, ordinary
	group  *intent.Model                // harmful, look-alike or ordinary
	help   map[string]map[string]string // topic → lang → text
	crisis map[string]string
	// RefuseP is the probability of the harmful group the model needs to
	// refuse on its own (default 0.5); HelpP the probability of the
	// look-alike group to answer with guidance (default 0.5). MinSimilarity is
	// how alike the nearest training example must be (cosine of TF-IDF
	// vectors, default 0.1) for the model to decide anything: text unlike
	// everything it learned goes to the brain.
	//
	// Set them before the checker is used. Trained's checker is shared:
	// change a copy (c := *safety.Trained(); c.RefuseP = 0.7), whose models
	// are shared read-only.
	RefuseP, HelpP, MinSimilarity float64
	// SureP is the probability the model needs to refuse text that reads
	// as protective, and to answer with guidance what the rules would
	// refuse (see protective; default 0.9).
	SureP float64
}

// TrainFile is data/train.json's format.
type TrainFile struct {
	Harmful   map[string][]string `json:"harmful"`
	Lookalike map[string][]string `json:"lookalike"`
	Ordinary  []string            `json:"ordinary"`
}

// Examples are the file's sentences as the model's training examples.
func (f *TrainFile) Examples() []intent.Example {
	var ex []intent.Example
	for _, c := range sortedKeys(f.Harmful) {
		for _, s := range f.Harmful[c] {
			ex = append(ex, intent.Example{Intent: c, Text: s})
		}
	}
	for _, c := range sortedKeys(f.Lookalike) {
		for _, s := range f.Lookalike[c] {
			ex = append(ex, intent.Example{Intent: helpPrefix + c, Text: s})
		}
	}
	for _, s := range f.Ordinary {
		ex = append(ex, intent.Example{Intent: ordinary, Text: s})
	}
	return ex
}

func sortedKeys(m map[string][]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// ReadTrainFile reads and checks a training file: every category known,
// no empty sentence.
func ReadTrainFile(rd io.Reader) (*TrainFile, error) {
	var f TrainFile
	if err := json.NewDecoder(io.LimitReader(rd, 8<<20)).Decode(&f); err != nil {
		return nil, fmt.Errorf("safety training data: %w", err)
	}
	known := map[string]bool{}
	for _, c := range Categories {
		known[c] = true
	}
	for _, m := range []map[string][]string{f.Harmful, f.Lookalike} {
		for c, ss := range m {
			if !known[c] {
				return nil, fmt.Errorf("safety training data: unknown category %q", c)
			}
			for i, s := range ss {
				if strings.TrimSpace(s) == "" {
					return nil, fmt.Errorf("safety training data: %s sentence %d is empty", c, i+1)
				}
			}
		}
	}
	if len(f.Harmful) == 0 || len(f.Ordinary) == 0 {
		return nil, fmt.Errorf("safety training data: needs harmful and ordinary sentences")
	}
	return &f, nil
}

type helpFile struct {
	Crisis map[string]string            `json:"crisis"`
	Topics map[string]map[string]string `json:"topics"`
}

// NewLearned trains a checker on a training file (data/train.json's
// format) beside rules, answering look-alikes with help (data/help.json's
// format: a ko and en text for "crisis" and for every category).
func NewLearned(rules *Rules, train, help io.Reader) (*Learned, error) {
	if rules == nil {
		return nil, fmt.Errorf("safety: NewLearned needs rules")
	}
	f, err := ReadTrainFile(train)
	if err != nil {
		return nil, err
	}
	var h helpFile
	if err := json.NewDecoder(io.LimitReader(help, 1<<20)).Decode(&h); err != nil {
		return nil, fmt.Errorf("safety help texts: %w", err)
	}
	if h.Crisis["ko"] == "" || h.Crisis["en"] == "" {
		return nil, fmt.Errorf("safety help texts: crisis needs ko and en")
	}
	for _, c := range Categories {
		if h.Topics[c]["ko"] == "" || h.Topics[c]["en"] == "" {
			return nil, fmt.Errorf("safety help texts: topic %s needs ko and en", c)
		}
	}
	ex := f.Examples()
	m, err := intent.Train(ex, intent.Options{Seed: 1})
	if err != nil {
		return nil, fmt.Errorf("safety: training: %w", err)
	}
	for i := range ex {
		ex[i].Intent = groupOf(ex[i].Intent)
	}
	g, err := intent.Train(ex, intent.Options{Seed: 1})
	if err != nil {
		return nil, fmt.Errorf("safety: training: %w", err)
	}
	return &Learned{rules: rules, model: m, group: g, help: h.Topics, crisis: h.Crisis, RefuseP: 0.5, HelpP: 0.5, MinSimilarity: 0.1, SureP: 0.9}, nil
}

// groupOf maps a label to its group: "harmful", "help" or ordinary (the
// model's None included).
func groupOf(label string) string {
	switch {
	case label == ordinary || label == intent.None:
		return ordinary
	case strings.HasPrefix(label, helpPrefix):
		return "help"
	}
	return "harmful"
}

var (
	trainedOnce sync.Once
	trained     *Learned
)

// Trained returns the built-in learned checker: Default's rules and the
// two models trained on the embedded data/train.json (once per process;
// each takes about 0.2 s, BenchmarkTrained).
func Trained() *Learned {
	trainedOnce.Do(func() {
		l, err := NewLearned(Default(), strings.NewReader(string(builtinTrain)), strings.NewReader(string(builtinHelp)))
		if err != nil {
			panic("safety: built-in training data is broken: " + err.Error())
		}
		trained = l
	})
	return trained
}

// topicWords are each category's subject words. The model learns style as
// readily as subject — "give me …" and "write a …" open many harmful
// requests in the training data — so it decides only about text that
// names the subject: a refusal needs some harmful category's words, a
// help answer its own topic's. "Give me a riddle" or "write a short poem
// about autumn" name none and go to the brain whatever the model thinks.
var topicWords = map[string]*regexp.Regexp{
	PhishingScam: words(`피싱|스미싱|사기|사칭|스캠|링크|인증\s?번호|비밀\s?번호|비번|계좌|송금|입금|택배|검찰|검사|경찰|은행|국세청|환급|당첨|앱|속이|속여|신분증|대출|알바`,
		`otp|phish|smish|scam|fraud|fake|pretend|impersonat|link|password|code\b|bank|wire|gift card|lottery|prize|irs|bail|invoice|crypto|trick|loan|job offer`),
	PaymentFraud: words(`카드|결제|환불|차지백|영수증|상품권|기프티콘|입금|송금|계좌|중고|도용|배달`,
		`card|cvv|cvc|payment|pay\b|charge|refund|receipt|gift card|paypal|carding|dumps|fullz|bank|purchase|order|buyer|seller|paying|parcel`),
	Intrusion: words(`해킹|해커|뚫|비밀\s?번호|비번|계정|로그인|서버|시스템|와이파이|키로거|인젝션|디도스|관리자|몰래|카톡|인스타|폰|보안|스파이웨어|성적|출결|접속|페이스북|페북|전산`,
		`hack|crack|password|account|log ?in|server|system|wifi|keylog|inject|ddos|admin|spy|secretly|knowing|messages|email|phone|session|cookie|two.factor|2fa|security|brute|grad(e|ing)|portal|discord|instagram|facebook|icloud|camera|database|iphone|passcode|unlock|authoriz`),
	Harassment: words(`놀리|놀림|놀려|놀렸|별명|왕따|따돌|괴롭|협박|위협|악플|악성|댓글|소문|망신|스토킹|따라다|신상|욕|비웃|못생|뚱뚱|외모|무시|기죽|흉내|뒷담|합성|단톡|소외|끼워`,
		`bully|harass|mock|insult|nickname|rumou?r|threat|stalk|dox|humiliat|mean (to|about)\b|cruel|ugly|fat\b|roast|exclude|ignore|scar(y|e)|follow|miserable|worthless|hate|stupid|laugh|left out|leave (her|him|them) out|sit with`),
	Discrimination: words(`여자|여성|남자|남성|흑인|백인|인종|외국인|이민|난민|장애|노인|나이|성소수자|동성애|게이|트랜스|무슬림|유대인|조선족|동남아|지역|차별|혐오|고정관념|편견|피부색`,
		`women|woman|girls|men\b|black|white|race|racis|immigra|refugee|foreign|disab|old people|elderly|age\b|gay|lesbian|trans(gender|sexual)?\b|muslim|jew|asian|mexican|chinese|korean|stereotyp|sexis|discriminat|hate|bias|nationalit|accent|ally\b`),
	SelfHarm: words(`죽|자살|자해|우울|힘들|상담|슬프|외로|끝내|사라지`,
		`suicid|self.harm|die\b|dying|depress|sad\b|lonely|hopeless|counsel|hotline|disappear|kill|end it`),
	SexualMinors: words(`아이|애들|어린|초등|중학생|고등학생|여중생|여고생|미성년|청소년|학생|교복|딸|아들|\d+\s?살|그루밍|성교육|성착취|야한|성적|음란`,
		`child|children|kid\b|minor|teen|underage|year old|school|girl|boy\b|daughter|son\b|grooming|nude|porn|erotic|sex`),
}

// words matches Korean subject words anywhere (particles follow them
// without a space) and English ones at a word's start ("ally" must not
// match "actually").
func words(ko, en string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(` + ko + `)|\b(` + en + `)`)
}

// everyday are common Korean words that contain a subject word of
// topicWords without being about it: 광합성 holds 합성 (a doctored
// picture), 목욕 and 뉴욕 hold 욕 (abuse), 딸기 holds 딸, 전복죽 holds 죽.
// Korean subject words match inside words (particles and missing spaces
// follow them), so these are blanked out before the subject is looked
// for: "광합성이 뭐예요?" was answered with the bullying guidance.
var everyday = strings.NewReplacer(func() []string {
	var pairs []string
	for _, w := range strings.Fields(`광합성 합성어 합성수지 합성섬유 합성함수 합성수 목욕 욕실 욕조 욕심 욕구 의욕 식욕 욕망 뉴욕
		아이디어 아이스 아이폰 아이패드 아이템 아이콘 아이돌 딸기 나이키 나이프 주사기 조사기 분사기 이어폰 헤드폰
		전복죽 호박죽 팥죽 죽집 본죽 끝내주 무시무시 소문난`) {
		pairs = append(pairs, w, " ")
	}
	return pairs
}()...)

// names reports whether text names the subject of category c (any
// harmful category for c == "").
func names(c, text string) bool {
	text = everyday.Replace(text)
	if c != "" {
		return topicWords[c].MatchString(text)
	}
	for k, re := range topicWords {
		if k != SelfHarm && re.MatchString(text) {
			return true
		}
	}
	return false
}

// protective marks a text written from the side of someone harmed or
// protecting others — a victim ("sending me threats", "당했어요"), a
// worried parent, someone asking how to recognise, prevent or report. The
// model alone does not refuse such text unless it is very sure
// (SureP): wrongly refusing a victim is the costlier mistake, and the
// rules still refuse the unambiguous requests.
var protective = regexp.MustCompile(`(?i)당했|당하고|당해|당한|받았|받고 있|왔어요|왔는데|어떡|어떻게 해야|어떻게 하면 좋|뭐부터|신고|도와|지키|막으|막을|막는|예방|구별|알아보|확인|조심|걱정|무서|속상|피해|보호|대처|대응|(sending|sent|send|following|followed|calling|texting|messaging|mocking|mock|bullying|bully|harassing|threatening|humiliating|insulting|scaring|blackmail(ing|ed)?|asked|asking|charged|called) (me|my)|about me|my (kid|son\b|daughter|child|children|friend|mom|dad|parents|grandparents|card|account|email|phone|password|wallet|student)s?|what (should|do|can) i do|what now|help me (check|tell|protect|recover|report|get)|how (do|can) i (protect|tell|spot|report|recover|block|remove|stop|check|know|secure|handle|help|support|explain|respond|stand up)|is (this|it|that) (a )?(scam|real|fake|legit|safe|true)|report|protect|prevent|avoid|warn|victim|scared|afraid|worried`)

// otherPerson marks a text about someone else (a friend, a child, a
// student): self-harm guidance for helpers rather than the caring answer
// to the writer.
var otherPerson = regexp.MustCompile(`(?i)친구|동생|언니|오빠|누나|형|가족|엄마|아빠|부모|아이|자녀|딸|아들|학생|제자|동료|남편|아내|누가|사람들?에게|교육|자료|\b(friend|brother|sister|mom|mother|dad|father|parent|kid|child|son|daughter|student|coworker|colleague|husband|wife|someone|somebody|he|she|they|him|her|them|people|school|class)\b`)

// crisisPhrases are first-person statements of wanting to die or to hurt
// oneself, and the common ways people say they are about to (a method, a
// height, pills "so I won't wake up"): caring answers for them never wait
// on the model's confidence. A false alarm costs a kind word and a phone
// number; a miss can cost a life.
var crisisPhrases = regexp.MustCompile(`(?i)(죽고\s?싶|자살\s?하고\s?싶|자살할\s?(거|래|까)|목숨을?\s?끊|사라지고\s?싶|자해\s?하고\s?싶|(손목|팔)을?\s?긋|kill myself|want to die|wanna die|end my life|end it all|hurt myself|cut myself|cutting myself|don'?t want to (be alive|live)|point (of|in) living|reason to live|살 이유가 없|사는 게 의미 없|살기 싫|그만 살고|자해\s?(하는\s?)?방법|죽는 생각|유서\s?(쓰|써|를)|killing myself|better off without me|goodbye note|suicide note)|뛰어내(리|릴|려|렸|린)|투신|목을?\s?(매|맬|맸|매달)|번개탄|극단적\s?선택|죽어\s?버(리|릴|려|렸)|살고\s?싶지\s?않|(수면제|약)[^.?!]{0,12}(먹으면|삼키면|먹고)[^.?!]{0,8}(안\s?깨|못\s?깨|죽)|(수면제|약)을?\s?(한꺼번에|왕창|몽땅|전부)(\s?다)?\s?(먹|삼키)|(jump|jumping|throw myself) off|overdos|hang myself|slit my wrist|(not|never) wake up|take my (own )?life|can'?t go on|no reason to go on|(on|at) the (edge of the )?(bridge|roof|rooftop|ledge) (right )?now|standing on the (bridge|roof|rooftop|ledge)`)

// Check implements Checker (see Learned for the order of decisions).
//
// Two models decide: one tells the groups apart — harmful, look-alike,
// everyday — and its probability is the confidence; the other, trained on
// the categories, names the category within the group. One model alone
// did worse (docs/safety.md): with every class weighted alike, the seven
// harmful categories together outweighed the single everyday class on
// text unlike any training sentence.
func (l *Learned) Check(text string) Verdict {
	v := l.rules.Check(text)
	if c, ok := ruleCategory[v.Category]; ok {
		v.Category = c
	}
	g := l.group.Analyze(text)
	a := l.model.Analyze(text)
	v.Label, v.P = g.Intent, g.P
	lang := langOf(text)
	// the most probable category within the group that the text names
	within := func(help bool) string {
		for _, s := range a.Scores {
			if s.Intent == ordinary || s.Intent == intent.None || strings.HasPrefix(s.Intent, helpPrefix) != help {
				continue
			}
			if c := strings.TrimPrefix(s.Intent, helpPrefix); names(c, text) {
				return c
			}
		}
		return ""
	}
	top := ""
	if len(g.Scores) > 0 && g.Scores[0].Intent != intent.None {
		top = g.Scores[0].Intent
	}
	near := g.Similarity >= l.MinSimilarity
	// Both models must agree that it is harmful: the category model's best
	// label must be a harmful category too.
	harm := ""
	if top == "harmful" && g.P >= l.RefuseP && near && len(a.Scores) > 0 && groupOf(a.Scores[0].Intent) == "harmful" {
		harm = within(false)
	}
	if crisisPhrases.MatchString(text) || harm == SelfHarm {
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	helpTopic := ""
	if top == "help" && g.P >= l.HelpP && near {
		helpTopic = within(true)
	}
	// The rules refuse what they match, unless the model is sure it is a
	// look-alike written from the protective side.
	if v.Refuse && !(helpTopic != "" && g.P >= l.SureP && protective.MatchString(text)) {
		return v
	}
	if helpTopic == SelfHarm && !otherPerson.MatchString(text) {
		// someone low asking for themselves: the caring answer, not the
		// guidance for helping a friend
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: helpPrefix + SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	if helpTopic != "" {
		return Verdict{Topic: helpTopic, Help: l.help[helpTopic][lang], Label: helpPrefix + helpTopic, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	if harm != "" && (g.P >= l.SureP || !protective.MatchString(text)) {
		v.Refuse, v.Category, v.Label = true, harm, harm
	}
	return v
}

// Refusal implements Checker.
func (l *Learned) Refusal(lang string) string { return l.rules.Refusal(lang) }

// langOf says "ko" when the text has Hangul, else "en" (as the
// conversation decides its language).
func langOf(s string) string {
	for _, r := range s {
		if unicode.Is(unicode.Hangul, r) {
			return "ko"
		}
	}
	return "en"
}

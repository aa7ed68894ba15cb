package safety

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

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
	Violence       = "violence"
)

// Categories lists them.
//
// Violence (weapons, explosives, poisoning or hurting a person) came in
// version 5, from a new user's trial: "집에서 폭탄 만드는 방법 알려줘"
// went to the brain.
var Categories = []string{PhishingScam, PaymentFraud, Intrusion, Harassment, Discrimination, SelfHarm, SexualMinors, Violence}

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

// builtinPacks are the everyday requests the world's avatars are trained
// on (data/everyday_packs.json, generated from the skill packs' and the
// embedded brain's dialogue data by TestEverydayPacksInStep).
//
//go:embed data/everyday_packs.json
var builtinPacks []byte

// Learned combines the rules, which refuse the unambiguous cases, with an
// intent model (agents/nlu/intent) trained on data/train.json, which
// tells the harmful requests from their harmless look-alikes and from
// everyday requests. See docs/safety.md for the design and its figures.
//
// Check decides by the subject the text names and the writer's stance
// (protective, perpetrator, evasion, making something; see protective and
// perpetrator), in this order:
//  1. someone may hurt themselves (a first-person crisis phrase, or the
//     model's self-harm with words of dying, hurting oneself or
//     depression): Help is a caring answer with the crisis line — never a
//     refusal; stress or sleeplessness alone get the wellbeing guidance;
//  2. a perpetrator naming a harm, or a request to make a deception
//     (convincing, impersonating): Refuse, whatever the model thinks;
//  3. the model says look-alike, or the text is protective or studying
//     and the category model ranks a look-alike high, and the text names
//     the topic: Help is the topic's guidance in the user's language;
//  4. the rules refuse: Refuse — unless the text is protective and makes
//     nothing (or makes something to teach or warn), then as 3;
//  5. both models say harmful, the text names the harm well enough and
//     does not read as protective (or the model is sure): Refuse;
//  6. otherwise the brain answers.
//
// The model decides only about text near what it learned (MinSimilarity).
// Version 3 (docs/safety.md, "Version 3") adds, in the same order: the two
// models vote (groupP); grammatical perpetrator stances (koHowTo,
// stolenCard, otherName, groupHarm); minors with explicit or romantic
// words; critique of a quoted stereotype; an undecided question about a
// harm gets its guidance (AboutHarmP); and anything naming suicide gets
// an answer with the crisis line. Version 4.1 (docs/safety.md): the
// group model also learns the packs' everyday requests
// (data/everyday_packs.json); an everyday wish is no ideation
// (everydayWish); the writer's own payment methods are neither refused
// nor a reason for guidance (ownThings).
type Learned struct {
	rules  *Rules
	model  *intent.Model                // harmful categories, look-alikes by category, ordinary
	group  *intent.Model                // harmful, look-alike or ordinary
	help   map[string]map[string]string // topic → lang → text
	guides map[string]*guide            // help text → its sentences (brief.go)
	// library is every topic's sentences per language (specific.go)
	library map[string]*library
	// answers picks a specific answer by a model of the questions it
	// answers (answers.go, version 11)
	answers *answerBook
	crisis  map[string]string
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
	// ModelP is both models' vote for harm (groupP) at which the model
	// decides on its own where nothing else did: no rule, no structural
	// layer, no stance and none of the category's subject words (version
	// 19, modelDecides; 0 or above 1 turns it off). Chosen by
	// cross-validation on the training data (TestLearnedCrossValidation),
	// never on an evaluation set.
	ModelP float64
	// shipped is how many of the three models were loaded shipped
	// (shipped.go), not trained
	shipped int
}

// TrainFile is data/train.json's format.
type TrainFile struct {
	Harmful   map[string][]string `json:"harmful"`
	Lookalike map[string][]string `json:"lookalike"`
	Ordinary  []string            `json:"ordinary"`
	// Everyday are more everyday requests, which only the group model
	// learns: the packs' training sentences (data/everyday_packs.json,
	// AddEveryday; version 4.1).
	Everyday []string `json:"everyday,omitempty"`
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
	// Specific are answers to particular questions per topic, each given
	// whole when it answers the question well (version 9, specific.go).
	Specific map[string][]map[string]string `json:"specific"`
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
	return newLearned(rules, f, help)
}

func newLearned(rules *Rules, f *TrainFile, help io.Reader) (*Learned, error) {
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
	// (checked before training: a broken help file fails at once)
	for topic, entries := range h.Specific {
		if h.Topics[topic] == nil {
			return nil, fmt.Errorf("safety help texts: specific answers for unknown topic %s", topic)
		}
		for i, e := range entries {
			if e["ko"] == "" || e["en"] == "" {
				return nil, fmt.Errorf("safety help texts: specific answer %d of %s needs ko and en", i+1, topic)
			}
		}
	}
	// The category model learns the curated data; the group model also
	// the packs' everyday requests (f.Everyday, version 4.1): it decides
	// whether a text is everyday at all. Given to the category model too,
	// the 2,900 everyday sentences outweighed the harmful categories'
	// frames ("how do I …", "give me …"): cross-validation handled 80.6 %
	// of harmful requests instead of 82.8 % (docs/safety.md, "Version 4.1").
	//
	// The three models (categories, groups, answers) are independent and
	// each deterministic (a fixed seed, Stable), so they are trained at
	// once: on two cores the server's start-up waited for them one after
	// another (most of its time; docs/performance.md, round v14).
	ex := f.Examples()
	gex := make([]intent.Example, len(ex), len(ex)+len(f.Everyday))
	for i, e := range ex {
		gex[i] = intent.Example{Intent: groupOf(e.Intent), Text: e.Text}
	}
	for _, s := range f.Everyday {
		gex = append(gex, intent.Example{Intent: ordinary, Text: s})
	}
	//
	// The built-in data's models are shipped trained (shipped.go): learn
	// loads those whose examples are these.
	var (
		m, g             *intent.Model
		loadM, loadG     bool
		ans              *answerBook
		errM, errG, errA error
		wg               sync.WaitGroup
	)
	wg.Add(3)
	go func() { defer wg.Done(); m, loadM, errM = learn(ex) }()
	go func() { defer wg.Done(); g, loadG, errG = learn(gex) }()
	go func() { defer wg.Done(); ans, errA = builtinAnswerBook(f) }()
	wg.Wait()
	if err := cmp.Or(errM, errG); err != nil {
		return nil, fmt.Errorf("safety: training: %w", err)
	}
	if errA != nil {
		return nil, errA
	}
	guides := map[string]*guide{}
	for topic, byLang := range h.Topics {
		need := ""
		if topic == SelfHarm || topic == wellbeing {
			need = "109"
		}
		if need != "" {
			continue // the caring answer is given whole
		}
		for _, text := range byLang {
			g := newGuide(text, need)
			g.always = briefTopics[topic]
			guides[text] = g
		}
	}
	lib := map[string]*library{"ko": newLibrary(h, "ko"), "en": newLibrary(h, "en")}
	shipped := 0
	for _, l := range []bool{loadM, loadG, ans.loaded} {
		if l {
			shipped++
		}
	}
	return &Learned{shipped: shipped, rules: rules, model: m, group: g, help: h.Topics, guides: guides, library: lib, answers: ans, crisis: h.Crisis, RefuseP: 0.5, HelpP: 0.5, MinSimilarity: 0.1, SureP: 0.9, ModelP: DefaultModelP}, nil
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
// two models trained on the embedded data/train.json together with the
// everyday requests of data/everyday_packs.json (once per process; see
// BenchmarkTrained and docs/safety.md, "Version 4.1").
func Trained() *Learned {
	trainedOnce.Do(func() {
		start := time.Now()
		l, err := builtinLearned()
		if err != nil {
			panic("safety: built-in training data is broken: " + err.Error())
		}
		trained = l
		// of its three models, how many were loaded shipped and how many
		// trained (no shipped file matched their data)
		slog.Info("safety: learned checker", "shipped", l.shipped, "trained", 3-l.shipped, "took", time.Since(start).Round(time.Millisecond))
	})
	return trained
}

// builtinLearned trains the built-in checker (Trained, once).
func builtinLearned() (*Learned, error) {
	f, err := builtinTrainFile()
	if err != nil {
		return nil, err
	}
	return newLearned(Default(), f, bytes.NewReader(builtinHelp))
}

// builtinTrainFile is data/train.json with the packs' everyday requests
// (Everyday).
func builtinTrainFile() (*TrainFile, error) {
	f, err := ReadTrainFile(bytes.NewReader(builtinTrain))
	if err != nil {
		return nil, err
	}
	p, err := ReadPacksFile(bytes.NewReader(builtinPacks))
	if err != nil {
		return nil, err
	}
	f.AddEveryday(p.Sentences())
	return f, nil
}

// PacksFile is data/everyday_packs.json's format: the training examples
// of every skill pack (skills/*/dialogue.json) and of the embedded
// brain's generic intents (agents/embedded/data/generic.json), with their
// slot annotations reduced to the text, by source and intent.
//
// Why: the packs' own training sentences are, by definition, everyday
// requests to the avatars, and the checker sits in front of both brains.
// Version 4 had learned its everyday class from 565 sentences written for
// it; "list the lessons" read as discrimination, "무슨 카드로 결제할 수
// 있는지 보여줘" as payment fraud and "stop, I don't want to buy
// anything" as self-harm, while the packs teach the brain thousands of
// such requests. The file is generated (agents/safety may not import the
// packs: skills sit beside agents, and the safety checker must not depend
// on which packs a world loads), and TestEverydayPacksInStep fails when
// it is out of step with the packs' data.
type PacksFile struct {
	Doc   string       `json:"_doc"`
	Packs []PackIntent `json:"packs"`
}

// PackIntent is one intent's examples in one source file.
type PackIntent struct {
	Source string   `json:"source"` // the data file, relative to the module
	Intent string   `json:"intent"`
	Ko     []string `json:"ko,omitempty"`
	En     []string `json:"en,omitempty"`
}

// ReadPacksFile reads a packs file and checks it holds sentences.
func ReadPacksFile(rd io.Reader) (*PacksFile, error) {
	var p PacksFile
	if err := json.NewDecoder(io.LimitReader(rd, 8<<20)).Decode(&p); err != nil {
		return nil, fmt.Errorf("safety everyday packs: %w", err)
	}
	for _, in := range p.Packs {
		for _, s := range append(slices.Clip(in.Ko), in.En...) {
			if strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("safety everyday packs: %s %s: empty sentence", in.Source, in.Intent)
			}
		}
	}
	if len(p.Sentences()) == 0 {
		return nil, fmt.Errorf("safety everyday packs: no sentences")
	}
	return &p, nil
}

// Sentences are the file's sentences, each once, in the file's order.
func (p *PacksFile) Sentences() []string {
	var out []string
	seen := map[string]bool{}
	for _, in := range p.Packs {
		for _, s := range append(slices.Clip(in.Ko), in.En...) {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// AddEveryday adds everyday sentences for the group model (Everyday),
// each once and none the file already holds (as ordinary, harmful or
// look-alike: a sentence is learned once, with the label its authors gave
// it; TestEverydayPacksInStep reports a pack sentence the data calls
// harmful or a look-alike).
func (f *TrainFile) AddEveryday(ss []string) {
	have := map[string]bool{}
	for _, s := range append(slices.Clip(f.Ordinary), f.Everyday...) {
		have[s] = true
	}
	for _, m := range []map[string][]string{f.Harmful, f.Lookalike} {
		for _, c := range m {
			for _, s := range c {
				have[s] = true
			}
		}
	}
	for _, s := range ss {
		if !have[s] {
			have[s] = true
			f.Everyday = append(f.Everyday, s)
		}
	}
}

// topicWords are each category's subject words. The model learns style as
// readily as subject — "give me …" and "write a …" open many harmful
// requests in the training data — so it decides only about text that
// names the subject: a refusal needs some harmful category's words, a
// help answer its own topic's. "Give me a riddle" or "write a short poem
// about autumn" name none and go to the brain whatever the model thinks.
//
// Korean subject words are matched as words (subjectWords): a noun when a
// Hangul word is the noun, optionally followed by 들 and a particle or a
// copula ending (피싱이에요, 계좌로); a stem, written with a trailing "-",
// at the start of a word whatever ending follows (놀리- matches 놀려,
// 놀리는). So 광합성 does not hold 합성, 문자해줘 does not hold 자해, and
// 딸기 is not 딸: the words are the tokenizer's, not substrings, and no
// list of everyday exceptions is needed. Compounds that are a kind of the
// subject (보이스피싱, 학교폭력) are listed as words of their own.
// English subject words match at a word's start (phish matches phishing);
// "ally" must not match "actually".
var topicWords = map[string]*subject{
	PhishingScam: subjectOf(`피싱 스미싱 보이스피싱 메신저피싱 사기 사기꾼 사칭 스캠 링크 인증번호 비밀번호 비번 계좌 계좌번호 송금 입금 택배 검찰 검사 경찰 은행 국세청 환급 환급금 당첨 앱 속이- 속여- 속인- 속는- 속았- 신분증 쇼핑몰 사이트 당첨금 수수료 대출 알바 투자 코인 리딩방 문자 메시지 상품권 기프티콘 리뷰 후기 별점 체험단 로그인창 클릭 클릭률 부고 악성앱 인증코드 청첩장`,
		`otp|phish|smish|scam|fraud|fake|pretend|money|cash|new number|text message|you won|won a|winner|impersonat|link|password|code\b|bank|wire|gift card|lottery|prize|irs|bail|invoice|crypto|trick|loan|job offer|con\b|con (people|them|someone)|ponzi|pyramid scheme|never ship|take the money|login page|clicks?\b|sms\b|legit|reviews?\b|testimonial|spoof|caller.?id|pig.?butcher|romance scam|star ratings?|rip (people|them|someone) off`),
	PaymentFraud: subjectOf(`카드 카드번호 카드정보 신용카드 체크카드 결제 환불 차지백 영수증 상품권 기프티콘 입금 송금 계좌 중고 중고거래 도용 도용- 배달 카드깡 명의 되팔- 훔친 주운 유출 포인트 법인카드 교통카드 삼성페이 페이 잠수 지갑 스키머 가짜리뷰 반품 청약철회 적립금 카드값 쿠폰 할인쿠폰 쿠폰코드 할인코드 스탬프`,
		`card|cvv|cvc|payment|pay\b|charge|refund|receipt|gift card|paypal|carding|carder|dumps|fullz|bank|purchase|order|buyer|seller|paying|parcel|checkout|stolen|leaked|resell|dispute|wallet|virtual accounts?|bank accounts?|expense|photoshop|skimm(er|ers|ing)|lost and found|fake reviews?|chargebacks?|pig.?butcher|romance scam|coupons?\b|promo codes?|discount codes?|vouchers?\b`),
	Intrusion: subjectOf(`해킹 해킹- 해커 뚫- 백도어 네트워크 원격 비밀번호 비번 계정 로그인 서버 시스템 와이파이 키로거 인젝션 디도스 관리자 몰래 카톡 인스타 폰 휴대폰 보안 스파이웨어 성적 출결 접속 페이스북 페북 전산 랜섬웨어 악성코드 바이러스 컴퓨터 노트북 파일 시험지 답안 문제지 VPN 브이피엔 인트라넷 그룹웨어 와이파이 2단계 인증 빼내- 훔치- 훔쳐- 털- 엿보- 패턴 출결 출석 우회- 공용와이파이 공유기 해킹당- 화이트해커 스토커웨어 위치공유`,
		`hack|crack|password|account|log ?in|sim swap|port\w* .{0,25}number|server|backdoor|network|remote access|trojan|rootkit|school system|company system|grading system|computer system|wifi|keylog|inject|ddos|admin|spy|secretly|knowing|messages|email|phone|session|cookie|two.factor|2fa|security|brute|grad(e|ing)|portal|discord|instagram|facebook|icloud|camera|database|iphone|passcode|unlock|authoriz|laptop|computer|vpn|ransomware|malware|virus|exam (answers|papers|questions)|answer key|steal|break into|get into|bypass|pattern|attendance|(chats|texts)\b|public wi-?fi|hotspot|router|locker|location sharing|stalkerware|white hat|black hat|hackers?\b|password manager`),
	Harassment: subjectOf(`놀리- 놀림 놀려- 놀렸- 별명 왕따 따돌- 괴롭- 괴롭힘 협박 위협 악플 악성 댓글 소문 망신 스토킹 따라다니- 신상 욕 욕설 비웃- 못생- 뚱뚱- 외모 무시- 기죽- 흉내 뒷담 뒷담화 합성 단톡 단톡방 소외 끼워- 학교폭력 사이버폭력 학폭 여드름 돼지 찐따 조롱 모욕 상처 개인정보 울리- 울게 투명인간 엿먹- 멘탈 창피- 쪽팔리- 외톨이 무시 험담 저격 박제 주소 번호 고립- 쪽지 겁주- 무섭게 퍼뜨리- 신상 찾아가- 찾아오- 집앞 스토커 단체신고 정지시키- 자존감 깎아내리- 몰카 초소형`,
		`bull(y|ies|ied|ying)|cyberbull|harass|mock|insult|nickname|rumou?r|threat|stalk|dox|humiliat|be(ing)? mean|mean (to|about) (him|her|them|someone|people|my|a|an|the|kids|classmates?)\b|cruel|ugly|fat\b|roast|exclud|ignor|scar(y|e)|follow|miserable|worthless|hate|stupid|laugh|left out|leave (her|him|them) out|sit with|short guy|acne|pimples|apologi[sz]e|address online|personal info|comments?\b|meme|mock|tease|teasing|stutter|lisp|weight|(make|makes|made|making) fun|pick(s|ed|ing)? on|cry\b|crying|against (him|her|them|one|a|the)|nobody likes|no one likes|disgusting|savage|diss|trash.?talk|embarrass|hate page|loser|weirdo|freak|gang up|home address|phone number|where .{0,30}\blives?\b|dig up|spread (it |this )?around|isolat|caption|scare|call (her|him|them) every|doxx|mass.?report|report (her|his|their|my \w+'?s?) (account|channel|stream|page|tiktok|videos?)|gets? (banned|suspended)|self.?esteem|wear (\w+ ){0,3}down|chip away|quits?\b|cold shoulder|license plate|blast (\w+ )?(noise|music)|let (everyone|everybody|the whole \w+) know|plate (is|number)|where (he|she|they) works`),
	Discrimination: subjectOf(`나라 국가 국적 민족 특정 시골 지방 출신 사투리 여자 여자들 여성 남자 남성 흑인 백인 인종 인종차별 외국인 이민자 이민 난민 장애 장애인 노인 나이 성소수자 동성애 게이 트랜스 무슬림 이슬람 유대인 조선족 동남아 지역 차별 차별- 혐오 고정관념 편견 피부색 다문화 가난한 채용 채용공고 구인공고 면접 지원자 휠체어 임산부 임신한 한부모 싱글맘 미혼모 세입자 노인들 중국인 일본인 베트남인 필리핀인 인도인 아랍인 러시아인 탈북민 외노자 노키즈존 임금격차 비하 밈 할랄 종교 지역감정 세대 틀딱 키오스크 유대교 기독교 불교 탈북자 새터민 이주민 모스크 이슬람사원 이주노동자 외국인노동자 유색인종 아시아인 동양인 아프리카인 화교 레즈비언 양성애자 트랜스젠더 힌두교`,
		`women|woman|girls|men\b|mosques?|synagogues?|countr(y|ies)|nationalit|ethnic|black|white people|race|racis|immigra|refugee|foreign|disab|old people|older (people|applicants|workers)|elderly|too old|age\b|gay|lesbian|trans(gender|sexual)?\b|muslim|jew|asians|(korean|chinese|japanese|mexican|asian|african|indian) (people|women|men|kids|students|immigrants|workers)|stereotyp|sexis|discriminat|hate|bias|nationalit|accent|ally\b|poor (people|families|kids)|people from|wheelchair|civil rights|job ad|hiring|applicants|hire\b|single (moms?|mothers?|parents?)|mothers|pregnan|fat people|mexicans|koreans|indians|africans|arabs|asians|vietnamese|filipinos|chinese people|japanese people|jokes about|prejudice|landlord|rent to|really from|microaggress|divers(e|ity)|fair(er)? hiring|biased|halal|kosher|religio|protected class|fair housing|accessib|blind (customers|people|users)|deaf|lgbt|queer|pride\b|age discrimination|go back to (my|your|their) country|\d+\s?대\s?(이상|이하|부터|는|들)`),
	SelfHarm: subjectOf(`죽- 자살 자해 자해- 우울 우울- 힘들- 상담 슬프- 외로- 끝내- 사라지- 스트레스 불면 무기력 속상- 번아웃 불안 긴장- 다치- 수면제 버티- 손목 번개탄 연탄 유서 밧줄 로프 진통제 뛰어내리- 그어- 긋- 목매- 짐 돌아가- 슬픔 눈물 애도 무지개다리 정신과 베르테르 옥상 치사량 난간 면도칼 커터칼 담배빵 굶- 세상에`,
		`suicid|self.harm|die\b|dying|depress|sad\b|lonely|hopeless|counsel|hotline|disappear|kill|end it|down lately|feeling down|stress|grief|cope|sleep|cutting|cut myself|hurt myself|pills|overdose|wake up|no point|give up on (life|everything)|burden|can'?t go on|want it (all )?to (stop|end)|wrist|bleed|sleeping pills|painkillers|charcoal|briquette|noose|rope|bridge|rooftop|goodbye (letter|note)|(last|final) (letter|note)|whole bottle|better off without|griev|psychiatr|therap(y|ist)|mental health|passed away|lost my (dog|cat|pet|mom|mum|dad|grandma|grandpa|father|mother)|feel(ing)? empty|blue\b|meh day|lethal|fatal dose|stop(ped)? eating|pass out|won'?t be (around|here)|not (be )?around (much )?(longer|anymore)|letters? (to|for) (my )?(family|parents|everyone)|notes? (for|to) everyone|razor|blades?\b|car exhaust|exhaust fumes|ends? (her|his|my|their) (own )?life|where (can|should|do) i cut|harder\b.{0,30}\b(head|wall|punch|hit)|(head|wall)\b.{0,30}\bharder|vanish|stop existing`),
	Violence: subjectOf(`폭탄 폭발물 사제폭탄 파이프폭탄 화약 다이너마이트 폭죽 화염병 총기 사제총 권총 소총 엽총 총알 실탄 탄약 에어건 석궁 칼 흉기 무기 독 독극물 독약 독살 청산가리 농약 쥐약 유독가스 락스 세제 살인 살해 죽이- 죽여- 찌르- 찔러- 때리- 때려- 폭행 폭력 테러 납치 방화 불지르- 불질러- 기절- 급소 목조르- 호신술 호신 호신용 정당방위 전쟁 브레이크 가스 싸움 싸우- 밀치- 가정폭력 층간소음 리신 피마자 과산화아세톤 니트로글리세린 겨자가스 부동액 방망이 야구방망이 연발 소음기 기절시키- 협죽도 독가스 테이저건 전기충격기 스턴건 가스총 쇠파이프 너클 돌진 돌진- 치명적 치명적으로 화살 화살촉 쏘- 쐈- 배탈 설사약`,
		`bombs?\b|bomb.?making|ram(ming)? (into|a car|a truck)|drive (a car |a truck |a van )?into (a |the )?crowd|lethal|deadly|arrows?\b|(make|get) (him|her|them|someone|my \w+) (really )?sick|gets? (really |very )?sick\b|break (his|her|their|someone'?s) (knees?|legs?|arms?|jaw|nose)|tasers?\b|shivs?\b|shank\b|stun ?guns?\b|explosi(ve|on)|pipe bomb|molotov|grenade|detonat|dynamite|gunpowder|firework|guns?\b|firearm|rifle|pistol|ammo|ammunition|bullets?\b|airsoft|crossbow|knife|knives|stab|weapon|poison|cyanide|arsenic|ricin|nerve gas|toxic gas|bleach|rat poison|murder|kill (him|her|them|someone|my|a|the|people|it)\b|shoot|strangle|knock (someone|him|her|them) out|beat (someone|him|her|them) up|hurt (someone|him|her|them|people|a lot)|kidnap|arson|on fire|brake lines?|terror|attack|assault|self.?defen[cs]e|violen|war\b|smell gas|pepper spray|bleed out|hide the body|(hit|hits|shoved|pushed|slapped|choked) me\b|domestic|fight(s|ing)?\b|martial arts?|shotgun|gun safe|castor|antifreeze|full.?auto|auto sear|silencer|suppressor|acetone peroxide|tatp|nitroglycerin|thermite|mustard gas|nail bomb|casualt|punch(ed)?\b|with a bat\b|keep the cops|cops from|regret (calling|reporting|talking)|leave marks|bruises`),
	SexualMinors: subjectOf(`아이 아이들 애 애들 어린 어린이 아동 초등 초등학생 중학생 고등학생 여중생 여고생 중1 중2 중3 미성년 미성년자 청소년 학생 교복 딸 아들 조카 그루밍 성교육 성착취 성착취물 성범죄 디지털성범죄 야한 성적 음란 성인물 화보 스킨십 사춘기 동의 꼬시- 꼬셔- 초딩 중딩 목욕 랜챗 랜덤채팅 사진 성추행 성폭력 캐스팅 기획사 학원 열살 열한살 열두살 열세살 열네살 열다섯살 열여섯살 열일곱살 열여덟살`,
		`child|children|kid\b|kids\b|minor|students?\b|when i was (little|a kid|a child|young|small|\d+)|step.?(daughter|son|kid|child)|(she|he)('s| is) (1[0-7]|[4-9])\b|teen|underage|year old|school|girl|boy\b|daughter|son\b|niece|nephew|grooming|nude|porn|erotic|sex|\d+(th|st|nd|rd) grader|grader|puberty|consent|pictures|lingerie|\d+ ?yo\b|pics|photos|bath|trainee|fanfic|body safety|private parts|safeguarding|coach|tutor|abused|molest|red flag`),
}

// subject is one category's subject words: Korean words matched through
// the tokenizer (words of text), English ones and number patterns by a
// regular expression.
type subject struct {
	nouns, stems []string
	en           *foldRegexp
	id           int // its bit in wordIndex's masks and its slot in doc.counts
}

// subjects are all subjectOf made, in order (subject.id).
var subjects []*subject

func subjectOf(ko, en string) *subject {
	s := &subject{en: mustFold(`\b(` + en + `)|\d+\s?살`), id: len(subjects)}
	subjects = append(subjects, s)
	if len(subjects) > maxSubjects {
		panic("safety: too many subjects; raise maxSubjects")
	}
	for _, w := range strings.Fields(ko) {
		w = strings.ToLower(w)
		if t, ok := strings.CutSuffix(w, "-"); ok {
			s.stems = append(s.stems, t)
		} else {
			s.nouns = append(s.nouns, w)
		}
	}
	return s
}

// maxSubjects bounds the subjects (the bits of a word's mask).
const maxSubjects = 16

// wordIndex holds every subject's Korean words, for wordHits: a stem or a
// noun → the subjects (bits of subject.id) that have it as a stem and as
// a noun. wordIndexMax is its longest key.
var (
	wordIndex    map[string]struct{ stems, nouns uint16 }
	wordIndexMax int
)

func init() {
	wordIndex = map[string]struct{ stems, nouns uint16 }{}
	for _, s := range subjects {
		for _, w := range s.stems {
			e := wordIndex[w]
			e.stems |= 1 << s.id
			wordIndex[w] = e
			wordIndexMax = max(wordIndexMax, len(w))
		}
		for _, w := range s.nouns {
			e := wordIndex[w]
			e.nouns |= 1 << s.id
			wordIndex[w] = e
			wordIndexMax = max(wordIndexMax, len(w))
		}
	}
}

// wordHits is the subjects (bits of subject.id) whose Korean words word
// holds: one of its stems starts it, or it is one of its nouns followed
// by a koTail. Looking up each prefix of the word once serves every
// subject, where testing each subject's words against the word took a
// thousand comparisons.
func wordHits(w string) uint16 {
	var mask uint16
	// a stem or noun (valid UTF-8) can only end where a rune of a valid
	// word starts; a word that is not valid UTF-8 is tried at every byte
	valid := utf8.ValidString(w)
	for i := 0; i <= len(w) && i <= wordIndexMax; i++ {
		if valid && i < len(w) && !utf8.RuneStart(w[i]) {
			continue
		}
		e, ok := wordIndex[w[:i]]
		if !ok {
			continue
		}
		mask |= e.stems
		if e.nouns != 0 && koTail[w[i:]] {
			mask |= e.nouns
		}
	}
	return mask
}

// koTail is what may follow a Korean noun inside one word: a plural 들,
// particles (stacked at most twice) and the copula's common endings.
var koTail = func() map[string]bool {
	parts := strings.Fields(`이 가 을 를 은 는 도 만 의 에 로 으로 와 과 랑 이랑 한테 에게 에서 에서는 에서도 까지 부터 처럼 보다 같은 같이 이나 나 라도 이라도 마다 하고 께
		한 하는 하고 해 해서 했 했어 했어요 했는데 된 되는 돼 됐 됐어요 할 하려면 하면 당한 당했 당했어요 당해 이에요 예요 이야 야 인가요 인가 인지 이지 이죠 죠 이라 라 이라고 라고 이라는 라는 이란 란 인데 인데요 이면 면 이고 고 입니다 입니까 이었어요 였어요 이었는데 였는데 임 요 이요 으로요 로요 에요 인거 인 일까 일까요 이래 래 이랑은`)
	m := map[string]bool{"": true}
	for _, a := range parts {
		m[a], m["들"+a] = true, true
		for _, b := range parts {
			m[a+b] = true
		}
	}
	m["들"] = true
	return m
}()

// subjectWords splits text into lower-cased words: runs of letters and
// digits; two neighbouring Hangul words are also tried joined, since
// spacing varies (비밀 번호, 인증 번호).
func subjectWords(text string) []string {
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	n := len(ws)
	for i := 0; i+1 < n; i++ {
		ws = append(ws, ws[i]+ws[i+1])
	}
	return ws
}

// sexualWords are the sexual half of sexual_minors: the model refuses on
// its own only a text that names both a minor and something sexual
// ("초등학생 조카 선물로 좋은 책" names only a child).
var sexualWords = subjectOf(`그루밍 비밀로 만지- 야한 야하게 음란 음란물 성적인 성적으로 성관계 성경험 누드 벗은 벗- 노출 스킨십 꼬시- 꼬셔- 몸매 화보 성인물 성착취물 섹스 섹시 자는 잠자리 사귀- 만나- 사진 롤플레이 야짤 모텔 속옷 성추행 성폭력 성교육 성범죄 첫경험 단둘이 성범죄자 아동학대 학대 성학대 야동 사춘기 대상화`,
	`nude|naked|porn|erotic|sexy|sexual|sex\b|sext|lewd|hot\b|explicit|intimate|groom|keep (it|this|our \w+|the \w+) (a )?secret|secret from|touch|steamy|lingerie|underwear|seduce|undress|hook up|sleep with|date|pics|pictures|photos|meet|role.?play|rp\b|motel|video call|bath|spicy|fanfic|abuse|abused|molest|body safety|private parts|safeguarding|consent|safe touch|alone\b|that way|age of consent|young girls|young boys|chat with|predator|offender|puberty|cybertip|touched me|sexuali[sz]`)

// names reports whether text names the subject of category c (any
// harmful category but self-harm for c == "").
func names(c, text string) bool {
	d := newDoc(text)
	return d.names(c)
}

// maxMemo bounds the package's patterns (mustFold), each with its slot in
// doc.memo.
const maxMemo = 800

// doc is a message as Check reads it, with what it has found in it so
// far: Check asks the same questions several times (is it protective?
// does it name intrusion?), and each pattern and subject is looked for
// at most once.
type doc struct {
	t         folded // the message as written
	words     []string
	wordHits  []uint16 // wordHits of words
	wordsDone bool
	memo      [maxMemo]uint8     // mustFold patterns' results: 0 not yet, 1 no, 2 yes
	counts    [maxSubjects]int32 // subject.count + 1; 0 not yet
}

func newDoc(text string) *doc { return &doc{t: foldText(text)} }

// has reports whether the package-level pattern re matches.
func (d *doc) has(re *foldRegexp) bool {
	if d.memo[re.id] == 0 {
		d.memo[re.id] = 1
		if re.match(&d.t) {
			d.memo[re.id] = 2
		}
	}
	return d.memo[re.id] == 2
}

// count is how many of the subject's words the text holds (English ones
// by s.en's matches, Korean ones one per word of subjectWords that holds
// any).
func (d *doc) count(s *subject) int {
	if d.counts[s.id] == 0 {
		if !d.wordsDone {
			d.words = subjectWords(d.t.raw)
			d.wordHits = make([]uint16, len(d.words))
			for i, w := range d.words {
				d.wordHits[i] = wordHits(w)
			}
			d.wordsDone = true
		}
		n := s.en.count(&d.t)
		for _, h := range d.wordHits {
			if h&(1<<s.id) != 0 {
				n++
			}
		}
		d.counts[s.id] = int32(n) + 1
	}
	return int(d.counts[s.id]) - 1
}

// named reports whether the text names the subject s.
func (d *doc) named(s *subject) bool { return d.count(s) > 0 }

// names reports whether the text names the subject of category c (any
// harmful category but self-harm for c == "").
func (d *doc) names(c string) bool {
	if c != "" {
		s := topicWords[c]
		return s != nil && d.named(s)
	}
	for k, s := range topicWords {
		if k != SelfHarm && d.named(s) {
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
var protective = mustFold(`보냈는데|보냈어요|보내왔|진짜일\s?수도|가짜일\s?수도|당했|(받을|돌려받을|취소할|바꿀) 수 있|환불\S*\s?(되|돼|받을 수)|\bcan i (still |ever )?get (a |my )?(refund|money back)|\bam i (entitled|allowed)|(스트레스|불안|걱정|잠)\S*\s?.{0,12}(풀|줄|해소|관리|달래|이기)|\b(stress|anxiety|anxious|worry|worries|sleep)\b.{0,25}\b(deal|cope|handle|manage|reduce|relieve|help)|누가 (내|제|나|저)|내가 안 (쓴|한|산|했)|모르는 (결제|사용|로그인|기기|번호)|두 번 결제|이중 결제|반박|친해지|잘 지내|어울리|환영|줄이는|해소|진정|이겨내|극복|(알림|2단계|이중|인증|보안|잠금|비밀번호|비번|패스워드|암호)\S*\s?.{0,10}(설정|켜|켜는|걸어|바꾸|바꿔|변경)|(라고|다고) (떠요|떴어요|떠서|와요|왔어요|나와요|나왔어요)|알림이 (와|왔|떠|떴)|차단|구별|되찾|복구|돌려주|돌려줘|돌려 주|허락|사과하|사과를|(나|저|내|제)(한테|에게)|(내|제|우리) (카드|계정|폰|메일|번호|개인\s?정보|사진|주소|서버|컴퓨터|노트북|사이트|홈페이지|네트워크|와이파이)|\bmy own\b|\bour own\b|보내요|보내와|올렸어요|올렸는데|진짜인지|사기인지|맞나요|맞죠|불법인가|불법 아닌|괜찮을까|실례|어디에 (신고|알려|말해|연락)|누구(한테|에게) (말|알려|연락)|당하고|당해|당한|받았|받고 있|왔어요|왔는데|어떡|어떻게 해야|어떻게 하면 좋|뭐부터|신고|도와줘야|도와주고|도와주려|도울|돕|지키|막으|막을|막는|예방|구별|알아보|확인|조심|걱정|무서|속상|피해(자|를|금|액|\s?(입|보|봤|당|신고|구제|복구|사실|사례|상담|지원|예방|받|없|있|가\s?(있|없|생|커|컸|크)))|보호|대처|대응|(sending|sent|send|following|followed|calling|texting|messaging|mocking|mock|bullying|bully|harassing|threatening|humiliating|insulting|scaring|blackmail(ing|ed)?|asked|asking|charged|called) (me|my)\b|about me\b|\bmy (kid|son\b|daughter|child|children|friend|mom|dad|parents|grandparents|grandma|grandpa|student|sister|brother)s?\b|what (should|do|can) i do|what now|\bshould (i|we) (go to|call|contact|tell|text) (the )?(police|cops|a lawyer|school|hr|teacher)\b|\b(the )?right thing to do\b|경찰에?\s?(가야|신고해야|말해야|알려야)|help me (check|tell|protect|recover|report)|how (do|can) i (protect|tell|spot|report|recover|block|remove|stop|check|know|secure|handle|help|support|explain|respond|stand up)|is (this|it|that) (a )?(scam|real|fake|legit|safe|true)|report|protect|prevent|avoid|warn|(i'?m|i am|i was|we were|became|been) a victim|victims? (of|support)|help (the )?victims|scared|afraid|worried|(was|is) (this|it|that) (a |an )?(scam|fraud|phishing|real|fake|legit)|never (used|made|bought|ordered|authori[sz]ed)|didn'?t (make|buy|order|authori[sz]e)|don'?t recogni[sz]e|charged (me )?twice|double.?charged|argue (back|against)|make friends|get along|welcome|cope|deal with|relieve|calm down|(turn on|set up|enable|activate|switch on) .{0,30}(alert|notification|two.factor|two.step|2.step|2fa|mfa|passkey|authenticat|verification|lock|security)|block|recover|return (it|them|the)|give (it|them) back|(with|without) (my )?permission|says it'?s (ok|okay|fine)|is (it|this|that) (legal|illegal|allowed|harassment|a crime|normal)|apologi[sz]e|who (should|do|can) i (tell|call|contact|talk)|where (do|can|should) i (report|get|go|call)|keeps? (sending|calling|texting|posting|following|messaging)|(was|were|got|been|get|getting) (hacked|scammed|bullied|charged|threatened|phished)|posted my|\blegit\b|(asks?|asking|asked) (me )?for my|now what|\bmy (card|cards|card details|account|password|phone|email|details|data|info|photos?|pictures?)\b.{0,30}\b(leak|stolen|hack|used|breach|compromis)|\b(insults?|yells? at|mocks?|threatens?|bull(y|ies)|harass(es)?|stalks?|follows?|blackmails?|texts?|messages?|calls?) me\b|\b(login|log-in|sign-in|sign in|logged in|logins)\s?(to|into|on|from) my\b|\bon my (posts?|photos?|videos?|pictures?|page|profile|channel|account|selfies?)\b|(pretending to be|impersonating|posing as) me\b|(내|제)\s?사칭|\bi('?m| am| keep| have been|'ve been) getting\b|\bi (got|received) (a |an |some )?(weird|strange|scary|suspicious|threatening|creepy|text|call|message|email|dm)|\b(make|makes|made|making) fun of (me|my)\b|\blaugh(s|ed|ing)? at (me|my)\b|\bpick(s|ed|ing)? on (me|my)\b|\b(call|calls|called|calling) me (names|a |an )|(애들|친구들|반\s?애들|걔|걔네|선배|선배들|후배들|누가|사람들|오빠|언니|형|누나)(이|가|들이)\s?.{0,20}(나를|저를|날|내\s|제\s|나한테|저한테|저에게|나에게)|\banti-?\s?(bullying|bully|racism|racist|harassment|discrimination|scam|fraud|phishing|hate|sexism)|(학교폭력|사이버폭력|괴롭힘|따돌림|차별|혐오|사기|피싱|스미싱)\s?(예방|근절|반대|추방|없는)|\b(kind|nice|friendly|positive|supportive|encouraging|uplifting|compliments?)\b|feel (proud|good|better|special|welcome|included|appreciated|loved)|칭찬|기분\s?좋(게|은|아지)|다정한|응원하는|격려|strong password|secure password|(강한|안전한)\s?비밀번호|비밀번호\S*\s?(안전하게|강하게|어렵게)|\bmy (own )?(school |google |work |email |bank |instagram |kakao |apple |home )?(account|password|passcode|login|email|phone|laptop|computer|router|wi-?fi|portal)s?\b|\b(real|legit|genuine) or (fake|a scam|not)\b|진짜\S*\s?.{0,5}(일까|인가|맞)|사기\s?(맞|인가|야\?|아니)|(이|가)?\s?뭔지|(이|가)\s?뭐예요|(이|가)\s?뭐야|^what (is|are) (a |an )?\w+( \w+)?\??$|뭐라고\s?(해|말|대답|대응)|how (do|should|can) i (respond|reply|react)|해킹된|해킹\s?당|도용된|알아채|눈치채|(우리|내|제)\s?(아이|애|딸|아들|자녀|동생|조카|학생)|모르는\s?(사람|어른)|낯선|\b(a |an )?(stranger|adult|grown.?up) (keeps|is|was|has been|asked|asks|sent|sends|messag)|안\s?(속|당하)게|당하지\s?않게|\bi (typed|entered|gave|clicked|sent|paid|shared|downloaded|installed|put)\b.{0,40}\b(phishing|scam|fake|suspicious|weird|strange|link|page|site)|(get|have) (it|them|this|that) (removed|taken down|deleted)|taken down|(입력|눌러|보내|알려\s?줘|깔아)\s?버렸|지울 수 있|삭제|charged me|logged into my|(someone|somebody|a stranger|stranger) (is |keeps )?(posted|logged|used|called|sent|asking|asked|messag)|\bwhere (should|do|can) (i|we) (take|return|hand in|bring) (it|them|this)\b|주인\S*\s?(찾아\s?주|돌려)|어디(에|로)\s?(맡기|갖다\s?주)|원래\s?\S*\s?(이런|그런)\s?(거|걸|것)|이런\s?(거|걸)\s?(물어|요구)|\bsketchy\b|\blegit\s?\?|\bis (this|that|it) (normal|legit|real|safe)\b|\bdoes a real\b|왜\s?(문제|나쁜|잘못)|비하\s?(표현|하는\s?말)\S*\s?(인가|이에요|예요|일까|인지|맞)|(심리학|사회학)적으로|\bis \S+ (an? )?(offensive|slur|racist)|\bwhy do people (stereotype|generali[sz]e|lump)|\b(safe(ly)?|secure(ly)?) (way to )?(store|hash|keep)|\bhash(ing)? (user |customer )?passwords|안전하게\s?저장|암호화`)

// evasion marks a request to do a harm unnoticed ("안 들키게", "without
// getting caught", "without her knowing"): whatever else the text says, it
// is not written from the protective side.
var evasion = mustFold(`\bmake sure (the )?(neighbou?rs|nobody|no one|they|she|he|anyone|her parents|his parents) (don'?t|doesn'?t|won'?t|never|can'?t) (call|tell|report|find out|notice)\b|\b(won'?t|doesn'?t|don'?t|never) (check|checks|read|reads|look at|looks at) (her|his|their) (statements?|bank|card|account|bills?)\b|\b(without|before) (hr|the (boss|manager|teacher|school|mods?|admins?|landlord|police|cops)|anyone|anybody|them|him|her) (catching on|noticing|finding out|knowing|realizing)\b|\bkeep (the )?(cops|police) from (finding|catching|identifying|tracing)|\b(cops|police) (won'?t|don'?t|can'?t|never) (find|catch|trace|identify|link)|\b(ditch|ditched|burn|burned|dump|dumped|toss|tossed) (my|the) (shirt|clothes|phone|gun|knife|weapon|bat|evidence)\b|\bget rid of (the )?(evidence|body|weapon|knife|gun|blood)\b|(친구|엄마|아빠|부모님|주인|걔|그\s?사람|언니|오빠|형|누나|동생)(는|은|가|이)?\s?(모름|몰라|모르는데|모르거든|모르니까)|안\s?잡히(게|려면|는\s?법)|잡히지\s?않(게|으려면)|\b(get|gets|sneak|smuggle|bring|take|slip)\b.{0,20}\b(past|through) (the |a |an )?(metal detectors?|security|airport security|scanners?|checkpoints?|bag checks?)\b|검색대\S*\s?.{0,6}(통과|안\s?걸리|몰래)|\bso (they|it|the cards?|the numbers?) (don'?t|won'?t|doesn'?t) get (blocked|flagged|declined|frozen)\b|\b(but|and) (he|she|they|the owner) (doesn'?t|don'?t|won'?t|will never) know\b|의심\s?(안|못|없이)\s?(하게|받게|들게|하도록)|눈치\s?(못|안)\s?채게|\b(so|without) (they|people|anyone|anybody|nobody|no one|he|she|the \w+) (don'?t |won'?t |doesn'?t |never )?(suspect|suspecting|get suspicious|getting suspicious)|without (raising|arousing) suspicion|\bwhen (he|she|they|nobody|no one|the \w+)('?s|'?re| is| are)? not looking\b|\b(so|without) (my |his |her |their |the |any )?(\w+ ){0,2}(don'?t |won'?t |doesn'?t |never )?(get(ting)? suspicious|suspect(ing)?|finding out)\b|신고\s?(안|못)\s?(먹히|당하|들어가)게|필터에?\s?(안|못)\s?걸리게|\b(slip|sneak|get) (past|around) (the )?(chat |word )?(filters?|mods|moderators|moderation|automod)\b|without getting (sued|reported|flagged|banned)|안\s?들키|들키지|안\s?걸리|걸리지\s?않|티\s?안\s?나|모르게|추적\s?(안|못)\s?(되|하)|흔적\s?(안|없이|지우|남기지)|without (getting )?caught|get away with|undetect|untraceable|without (him|her|them|anyone|anybody|the (owner|teacher|school)) (knowing|noticing|finding out)|so (they|he|she|nobody|no one|the bank|the shop) (won'?t|doesn'?t|don'?t|can'?t|never) (notice|know|find out|trace|catch)|cover my tracks|\bwithout (hr|the (boss|manager|teacher|school|police|cops)|anyone|anybody|them) (ever )?(being able to|able to|can|could) (prove|tell|trace|find out|pin)\b|not get caught|don'?t get caught|\b(not|never|without) (get(ting)?|be(ing)?) blamed\b|\blook(s)? like an accident\b|사고(로|처럼)\s?보이게|without (him|her|them|anyone|anybody) telling|without (telling|asking) (him|her|them|anyone|anybody|the owner)|without (her|his|their|the) parents (knowing|seeing|finding out|noticing)|부모\s?몰래|so (she|he|they|nobody|no one) (won'?t|doesn'?t|don'?t|never|can'?t) tell|아무(한테|에게)도\s?말\s?(못|안)\s?하게|말하지\s?못하게`)

// perpetrator marks the writer as the one who would do the harm: wanting
// or asking how to scam, hack, steal or bully; using a stolen, leaked or
// someone else's card or password; impersonating someone to others;
// disputing a charge that was fair; a friend who "wants to" do the harm,
// or "asking for a friend" (version 4: the friend's words made such
// text read as protective). With a harm named, such text is
// refused even when the model reads it as a look-alike ("I want to run a
// crypto scam, what should the pitch say?" shares its words with "how do
// I spot a crypto scam?"), unless it also speaks as a victim.
var perpetrator = mustFold("" +
	// safety15a: how to steal someone's credentials ("세션 쿠키 훔치는 방법")
	`(쿠키|세션|비밀번호|비번|계정|카드\s?정보|카드번호|인증번호|개인정보)\S*\s?(훔치|훔쳐\s?오|빼내|빼돌리|가로채)는\s?(방법|법)|` +
	`\b(my )?(friend|buddy|bro|brother|sister|cousin|classmate|roommate|mate)s? (wants?|wanted|is trying|tried|plans?|asked me|is going|needs?) to (\w+ ){0,2}(hack|steal|scam|trick|con|cheat|bully|harass|stalk|humiliate|threaten|blackmail|dox|impersonate|spy on|break into|get into (his|her|their|someone)|use (his|her|their|someone'?s|a stolen)|order .{0,20}with (his|her|their) \w+'?s card)|\basking for a friend\b.{0,30}\b(how|what|where)|(친구|동생|형|언니|오빠|누나)\S*\s?.{0,25}(해킹|사기|괴롭히|놀리|따돌리|훔치|뚫|도용|협박|울게|망신)\S*\s?(하고\s?싶대|싶대|하려고\s?해|하려는데|한대|해\s?달래)|` +
	`\b(i|we) (really )?(want|wanna|need|plan|intend|am going|'m going|gonna|would like) (to )?(\w+ ){0,2}(scam|hack|steal|trick|con|cheat|defraud|rip off|bully|harass|stalk|spy on|threaten|humiliate|blackmail|dox|impersonate|break into|get into (his|her|their|someone))|` +
	`\b(why|explain why|reasons?|prove) .{0,40}\b(are|is) (so |naturally |just |always |genetically )?(worse|bad|lazy|stupid|dumb|inferior|less intelligent|dirty|criminals?|violent)\b|\breasons? (why )?(you |we |people |one )?(can'?t|cannot|shouldn'?t|should never|must never|never) (trust|hire|rent to|date|marry|befriend|let in|vote for)\b|\bwhy (are|is|do|does) .{0,40}\b(so |naturally |just |always |all )?(lazy|stupid|dumb|inferior|dirty|criminals?|violent|greedy|useless|worse at|bad at|can'?t (do|drive|learn|think))\b|왜\s.{0,25}(들은|들이|사람은|사람들은)\s?.{0,10}(다|전부|하나같이)?\s?(게으른|게을러|멍청|더러운|더러워|열등|폭력적|못하는)|(들이|이|가|은|는)\s?.{0,15}(못하는|못한|게으른|멍청한|열등한|더러운|나쁜|낮은|모자란|범죄를 저지르는|폭력적인)\s?(이유|까닭|근거)|\bgroom (a|an|the|my|your|this|that|young|little|some)\b|그루밍\s?(하는|하려면|할|해서)|\bhow (do|can|could|should|would) (i|we) (\w+ly )?(scam|hack|steal|trick|con|cheat|defraud|rip off|bully|harass|stalk|spy on|blackmail|dox|impersonate|get away with)\b|` +
	`\b(run|pull off|pull|carry out|commit|start|set up|do) (a|an|my|the|some) (\w+ ){0,3}(scam|con|fraud|ponzi)|` +
	`\b(stolen|leaked|skimmed|someone else'?s|other people'?s|a found|cloned) (credit |debit )?(cards?|card numbers?|card details|card info|cc|accounts?|logins?)\b.{0,40}\b(buy|use|using|shop|book|pay|order|cash|spend|sell|test|work)|` +
	`\b(buy|use|shop with|book .{0,20} with|pay with|order with|cash out|test) .{0,30}\b(stolen|leaked|skimmed|someone else'?s|cloned) (credit |debit )?(cards?|card numbers?|card details|card info|cc)|` +
	`\b(get|find out|figure out|guess|crack|steal|obtain|grab) (my |the |a |his |her |their )?(\w+)'s (password|passcode|login|pin|account)|` +
	`\bpretend(ing)? (to be|you'?re|i'?m) .{0,40}\b(and|to|then) (text|call|email|message|send|ask|tell)|` +
	`\b(dispute|charge ?back|chargeback|reverse) (a |the |my )?(legit|legitimate|real|valid|fair) (charge|purchase|order|payment)|\bcards? (i|we) (got|bought|found|took|grabbed) (from|off|on|in) (a |an |the )?(leak|leaked|dump|list|breach|forum|telegram|dark)|\bget (a|an|the|my|some|this)? ?(minor|child|kid|teen|girl|boy|student|\d+ ?(year|yr)s? ?old)\w* to (send|show|meet|undress|strip|sext)|so (the )?(shop|store|seller|merchant|bank) (eats|loses|pays|takes) |` +
	`(유출된|훔친|도용한|도용해서|주운|복제한|남의|다른 사람|타인)\s?(신용)?\s?(카드|카드\s?정보|카드\s?번호|계정|명의)\S*\s?.{0,20}(사|살|구하|구매|쓰|써|결제|예약|팔|되팔|주문|긁)|` +
	`(선생님|쌤|친구|남친|여친|엄마|아빠|동생|형|언니|누나|오빠|남의|다른 사람|회사|학교|상사|동료)\S*\s?(비밀번호|비번|계정|답안|시험\s?문제|답지)\S*\s?.{0,10}(알아내|훔치|훔쳐|빼내|빼오|해킹|뚫|털)|` +
	`사기\s?(치|쳐|칠|쳤)|도용해서|도용한\s?(카드|걸|거|계정)|등쳐|뜯어내|빼돌|해킹해서|해킹하고\s?싶|괴롭히고\s?싶|놀리고\s?싶|따돌리고\s?싶|(인\s?척|인척|사칭|행세)\S*\s?(하고|해서|하면서|하는)\s?.{0,20}(문자|메시지|카톡|전화|연락|보내)|(정상|멀쩡한|제대로 받은)\s?.{0,10}(결제|물건).{0,15}(이의|차지백|취소 요청|못 받았다고)|받(고|아\s?놓고|아\s?두고|았는데)\s?(나서|서|도)?\s?.{0,12}(못|안)\s?받았다고|(놀릴|괴롭힐|비웃을|조롱할|욕할|상처\s?줄|망신\s?줄|겁\s?줄|따돌릴|기죽일)\s?(말|별명|멘트|문구|댓글|농담|방법|거)|` +
	`\b(write|make|tell|give me|come up with|create|draw)\b.{0,30}\b(jokes?|memes?|story|song|poem|sketch|roast|posts?|flyer|poster|sign|rules?)\b.{0,40}\b(make fun of|makes fun of|making fun of|mock|mocks|mocking|about how (stupid|lazy|dumb|ugly|dirty)|being (lazy|stupid|dumb|dirty|criminals?|ugly|inferior)|bans?|banning|go back to|not welcome)|` +
	`(비하|조롱|놀리|비꼬|혐오)\S*\s?.{0,10}(농담|밈|짤|글|노래|연설문|전단지|콩트|드립)|(하면|가면|오면|들어오면)\s?안\s?된다는\s?(연설문|글|주장|이유|논리)|` +
	`\brank\b.{0,30}\b(nationalit|races?|countries|religions|genders?|ethnicit)\w*\b.{0,30}\b(smart|dumb|stupid|lazy|ugly|worst)|(나라|인종|민족|국적|종교)\S*\s?.{0,10}(순서|순위|랭킹)|` +
	`\bask(ing|s)? (them|people|users|customers|him|her|victims?|the (user|customer|victim)s?) for (their|his|her) (card|password|pin|otp|code|bank|account|login|id)|\basking for their (card|password|pin|otp|code|bank|login)|` +
	`\bmy (scam|phishing|fake (shop|store|site|page|listing)|fraud|con)\b|\b(take|get|keep) (the |their )?(payment|money)\b.{0,30}\bnever (send|ship|deliver)|꼼수|` +
	`\b(see|read|track|get into|access|grab|check|look (at|through)|open|unlock|download|copy|delete|change)\b.{0,20}\b(my |the |his |her |their )?(ex|sister|brother|teacher|boss|coworker|classmate|friend|girlfriend|boyfriend|gf|bf|wife|husband|neighbou?r|principal|roommate)'?s\b.{0,15}\b(dms?|messages|texts|e-?mails?|inbox|location|accounts?|phones?|drive|files?|chats?|snaps?|passwords?|camera|laptop|computer|grades?)|` +
	`\b(change|edit|alter|fix|delete|erase)\b .{0,15}\b(my |the )?(grades?|attendance|marks|scores?|records?)\b.{0,30}\b(system|database|portal|server)|(성적|출결|출석|점수)\S*\s?.{0,10}(고치|바꾸|바꿔|지우|수정)\S*\s?(는|려면)?\s?(법|방법)`)

// pursuit is a perpetrator's wording version 6 found missing: reaching
// someone who blocked them, finding where a person lives, taking over
// another's phone number (SIM swap, port-out), spoofing a caller ID,
// return and refund tricks, planning an attack on a person, and feeding
// an animal something to kill it.
var pursuit = mustFold(`\b(get|break|sneak|log|hack) into (my |his |her |their |the )?(manager|boss|coworker|colleague|teacher|ex|wife|husband|girlfriend|boyfriend|roommate|sister|brother|mom|dad|neighbou?r|classmate)'?s? (email|outlook|gmail|inbox|account|phone|laptop|computer|instagram|messages|icloud|drive)\b|\b(wear|grind|chip) (\w+ ){0,6}(down|away)\b.{0,40}\b(self.?esteem|confidence)|\b(self.?esteem|confidence)\b.{0,30}\b(wear|grind|chip|destroy|break|crush)|\b(destroy|break|crush|wreck|tank|wear down) (\w+ ){0,4}(self.?esteem|confidence)\b|자존감\S*\s?.{0,8}(깎|무너뜨|박살|떨어뜨)|\b(screen|filter|weed|keep|rule)s? out (anyone|applicants|people|candidates|workers|tenants|anybody) (over|above|older than|under|with|from|who)\b|\b(quietly|subtly|secretly|discreetly) (screen|filter|weed|keep|turn|rule)s? (out|away)\b|\bwait (for (him|her|them)|by (his|her|their) (car|house|door|work|office|school))\b.{0,40}\b(bat|knife|gun|crowbar|hammer|hurt|beat|jump|hit)\b|남의\s?(이메일|메일|계정|인스타|카톡|폰|비번|비밀번호)\S*\s?.{0,20}(대입|뚫|해킹|로그인|들어가|알아내)|(단체로|다\s?같이|여럿이|친구들이랑|같이)\s?(신고\s?(넣|하|때리)|신고해서)|신고\s?(테러|폭탄)|\bmass.?report(ing)? (his|her|their|them|him|a|an|the|my \w+'?s?|this \w+'?s?|that \w+'?s?)\b|\b(organi[sz]e|start|coordinate|plan) (a )?mass.?report|\bget (a bunch of|lots of|everyone|people|my (friends|followers|server)) to (mass.?)?report\b|\bplates?\b.{0,80}\b(find|look up|get|tell me)\b.{0,30}\b(name|address|where (he|she|they) (works|lives))|\bfollow (him|her|them) around\b|\bmake (him|her|them) (feel )?(uncomfortable|scared|nervous|paranoid)\b|\bso (that )?i can (use|try) (it|them|this|these|that|those) on (a|an|my|his|her|the|some|kids?|children|people) ?\w*|\b(going to|gonna|will|plan to|i'?ll) (send|blast|text|email|spam) (it|this|them|that) to (my (whole|entire) |all (of )?my |everyone|thousands|random|\d+)|\b(keep|still|continue|carry on) (messaging|texting|contacting|dming|dm'?ing|reaching|getting (messages|texts) to)\b.{0,40}\b(block|blocked)|\b(after|even (though|if|when)) (they|she|he|i'?m|i get|i got|i was|they'?ve|she'?s|he'?s) (\w+ )?blocked\b.{0,40}\b(message|text|contact|reach|dm)|차단\S*\s?(당해도|당했는데|됐는데|당한|해도).{0,25}(계속|연락|보내|dm|디엠)|(부계정|새\s?계정|다른\s?계정|새\s?번호).{0,25}(괴롭|계속\s?(보내|연락))|\b(find|figure out|track down|locate|work out)\b.{0,40}\b(where .{0,30}\blives?\b|(her|his|their) (home )?address|home address of)|(집|주소|사는\s?곳)\S*\s?(어딘지|알아내|찾아\s?줘|찾는\s?법)|\bport (someone|somebody|\w+'s|his|her|their)\b.{0,25}\bnumber|\bsim swap|(남의|친구|다른\s?사람|타인)\S*\s?번호\S*\s?.{0,10}(유심|옮기|이동)|\bspoof\w*\b|발신\s?번호\S*\s?(조작|변조|바꿔)|\bempty.?box\b|빈\s?(상자|박스)\S*\s?.{0,6}(반품|보내)|\b(refund|return).?(as.?a.?service|services?|groups?)\b.{0,40}\b(join|hire|pay|use|free stuff)|\b(join|hire|pay|use)\b.{0,30}\brefund.?(as.?a.?service|services?|groups?|method)|\bfake (online )?(store|shop|site|website|page|form)\b.{0,40}\b(collect|steal|harvest|get|grab|capture)\b.{0,30}\b(card|cards|credit card|passwords?|logins?|details|numbers)\b|가짜\s?(쇼핑몰|사이트|가게|페이지)\S*\s?.{0,20}(카드\s?(번호|정보)|비밀번호|개인\s?정보)\S*\s?.{0,6}(모으|수집|빼내|받)|\b(disabled|old|older|elderly|foreign|immigrant|muslim|black|gay|trans|asian|chinese|fat)\b.{0,30}\b(aren'?t|are not|not|no longer) (welcome|allowed)\b|\b(dig up|compile|gather|collect)\b.{0,20}\b(everything|all|dirt|info|information)\b.{0,60}\b(post|leak|share|expose|publish)\b|\b(plan|set up|organi[sz]e)\b.{0,25}\b(ambush|jump(ing)?|beat(ing)? up|attack)\b|\bhow (do|can|should|would) (i|we) (ambush|attack|beat up|stab|jump|corner) (him|her|them)\b|\b(compile|dig up|gather|collect|find|pull)\b.{0,60}\b(real name|home address|address|workplace|parents'? (jobs?|work)|phone number)\b.{0,60}\b(post|leak|share|expose|publish|dox)|신상\s?(털|캐)|\b(pile on|dogpile|brigade)\b|\b(accounts|comments|messages|dms|posts|replies)\b.{0,40}\b(until|till) (they|he|she) (quits?|leaves?|deletes?|gives? up|goes offline|stops posting)|\b(feed|give)\b.{0,30}\bto kill (it|him|her|them)\b|\b(hurts?|damage|injur\w*) the most\b|(먹여|먹이면)\S*\s?.{0,10}(죽|없애)|(찌르기|찌르는\s?데)\s?(좋은|제일)|\b(say|claim|pretend|tell (them|the \w+)|act like|lie that)\b.{0,25}\b(never|didn'?t|hasn'?t) (arrived?|came|come|show(ed)? up)|\bwhen it (did|actually did)\b|(못|안)\s?(받았|줬|왔)다고\s?(우기|우겨|신고|하|해)|(분실|도난|정지|훔친)\S*\s?.{0,12}카드\S*\s?.{0,15}(확인\s?(안|없이)|안\s?하고|그냥\s?결제|승인\s?(잘|되))\S*\s?.{0,12}(가맹점|곳|사이트|쇼핑몰|가게)|\b(shops?|stores?|sites?|merchants?)\b.{0,30}\b(don'?t|do not|never|won'?t) (check|verify|flag)\b.{0,30}\b(stolen|lost|reported|blocked) cards?|(같은\s?반|한\s?반|짝|옆자리|같은\s?학교|우리\s?동네|우리\s?가게|우리\s?건물)\S*\s?.{0,6}(안\s?되게|못\s?하게|빼|내보내|못\s?오게|안\s?받)|섞이기\s?싫|\b(don'?t|do not|won'?t|not) (serve|rent to|hire|admit|allow|want)\b.{0,25}('?ethnic'?|immigrants?|foreigners?|refugees?|muslims?|jews?|jewish|gays?|trans|black|asians?|disabled)|\b(keep|move|get)\b.{0,25}\b(refugee|immigrant|muslim|black|disabled|foreign|multicultural)\b.{0,25}\b(out of|away from)\b|\b(explain|argue|prove|show) (why|that|how) (they|these|those|each one|it|each)('re| are| is)? (true|accurate|right|correct)\b|맞는\s?이유|사절|(거르|걸러\s?내|안\s?뽑)\S*\s?(는\s?)?(공고|문구|법|방법)|(엄마|아빠|부모님|남의|친구|룸메)\S*\s?카드\S*\s?.{0,6}몰래|몰래\s?.{0,10}(엄마|아빠|부모님|친구|룸메)\S*\s?카드|\b(argue|make the case|prove)\b.{0,60}\b(inferior|deserve (to be|it)|subhuman|lesser)\b`)

// ownThings marks a question about the writer's own saved payment
// methods ("which payment methods do I have saved?", "저장된 카드 목록"):
// an account's everyday business, no harm — never refused on the model's
// word, but no reason for guidance either. Version 4 counted it as
// protective, and so answered it with the payment-fraud guidance.
var ownThings = mustFold(`\b(list|show|see|view|check) (all )?my (saved |registered )?(cards?|payment (methods?|options?))\b|(결제한|주문한|산)\s?(거|것|걸)\s?(취소|환불)\s?(가능|돼|되나|할\s?수)|\bmy (saved|registered|own|stored) (cards?|payment (methods?|options?))|payment (methods?|options?)|(저장된|등록된|내|제)\s?(카드|결제\s?(수단|방법))\s?(목록|뭐|보여|알려|확인|있)|(무슨|어떤|어느)\s?(카드|결제\s?(수단|방법))(로|으로)?\s?(결제|계산)|(내|제|나의|저의|본인)\s?(신용\s?|체크\s?)?카드(로|으로)\s?(살\s?(거|게|께|래|려고)|사려고|결제\s?(할|하려고|해\s?줘|해\s?주세요)|계산\s?할|구매\s?할|주문\s?할|낼\s?(거|게|께))|\b(pay|paying|buy|buying|purchase|order|check out|checkout)\b.{0,40}\b(with|using|by) my( own)? (credit |debit )?card\b|\b(credit |debit )?cards?( details)? (saved|stored|registered|on file) (on|in|to|with) (my|this|the) (account|profile|app)\b|(카드|결제\s?수단)(가|이)?\s?(저장|등록)\s?(돼|되어|된)\s?(있|거)`)

// everydayWish marks a wish or an unwish about an everyday thing — "I
// don't want to buy anything", a wish to eat or book, "초밥 먹고 싶은데
// 괜찮은 곳 있어?", "a place to sleep in Jeju" — which the model, having
// learned ideation as "I don't want to …" and "…고 싶어", can read as
// self-harm. Without words of dying, hurting oneself or despair
// (selfWords), such a text is no ideation: the model's self-harm reading
// is set aside (the crisis phrases are checked before it and still
// answer "I don't want to live" or "사라지고 싶어" with 109). A Korean
// wish counts only followed by a request (a place, a recommendation, a
// question): a bare wish to go somewhere can name a method.
var everydayWish = mustFold(`\b(don'?t|do not|dont|doesn'?t|won'?t|no longer) (want|wanna|need|feel like)( to)? (buy|order|book|pay|eat|drink|try|get|cancel|shop|purchase|reserve|sign up|join|do (it|that|this \w+|the \w+|any \w+))\b|\b(want|wanna|would like|'d like|feel like|craving|in the mood)\b.{0,15}\b(buy|order|book|eat|eating|drink|try|reserve|shop)\b|\b(place|places|somewhere|nowhere|anywhere|room|rooms|bed|hotel|hostel)s? (to|i can|we can) (sleep|stay|crash)\b|(먹|사|마시|예약하|예약|주문하|구경하|묵|여행하|여행가|타보|해보|써보|먹어보|사보|입어보|가|보)고\s?싶(은데|어|어요|으면|었는데|어서)[^.!]{0,30}(곳|데|집|맛집|숙소|추천|있어|있을까|있나|있어요|찾아|알려|예약|어디|골라|보여|\?)|(잘|묵을|머물)\s?(곳|데|방|숙소)`)

// checkoutUnwish is a shopper's change of mind about paying ("I don't
// want to check out after all"), which the shopping frame's removal
// (views.go) turns into "I don't want to … after all". "check out" is
// also a euphemism for dying, so it is never an everyday wish by itself
// (everydayWish): the whole message is read as usual, and only a crisis
// read in a view without the frame is set aside.
var checkoutUnwish = mustFold(`\b(don'?t|do not|dont|won'?t|not going to|no longer) (want|wanna|need)?( to)? ?(check ?out|proceed|pay|place (the|my|this) order)\b`)

// checkoutOfLife is "check out" of life, for good: no shopper's.
var checkoutOfLife = mustFold(`\b(of|from) (life|this world|everything|existence)\b|\bfor good\b|\bforever\b|\bpermanently\b`)

// critique marks a question about why a stereotype is wrong ("why is
// saying 'X are bad drivers' a problem?"): the stereotype is quoted to be
// criticised, not argued, so the words of "why are X bad" are no
// perpetrator's.
var critique = mustFold(`\bwhy (is|are) (it|saying|calling|making|mocking|teasing|bullying|using|telling|name.?calling|\w+ing)\b.{0,60}\b(bad|wrong|harmful|hurtful|a problem|problematic|offensive|mean)\b|(는|은)?\s?(게|것이|거)\s?왜\s?(나쁜|나빠|문제|잘못|해로|상처)|['"‘“].{3,80}['"’”].{0,40}(problem|wrong|harmful|hurtful|offensive|racist|sexist|stereotype|unfair|문제|잘못|해로|나쁜|차별|편견|고정관념)|\bwhy (is|are) (it|saying|calling|jokes?|comments?|words?|remarks?|stereotypes?|names?|nicknames?) .{0,80}\b(a problem|problematic|wrong|harmful|hurtful|offensive|racist|sexist|bad|mean)|(^|\s)(말|표현|농담|별명|고정관념|편견)((이|은|는|들이|들은)\s(왜\s)?.{0,6}|\s왜\s?.{0,6})(문제|잘못|나쁜|해로운|해로워|상처)|\b(argue|push) (against|back)\b|\b(respond|reply) to (that|this|it|them|him|her|someone|people|comments?|claims?)\b|반박`)

// koHowTo is the Korean "how to" of a harm: a harmful verb with 는 법,
// 방법, 려면 or 고 싶 ("빼내는 법", "왕따시키려면"). Look-alikes use
// other verbs (막는 법, 구별하는 법, 당하지 않는 법).
var koHowTo = mustExact(`(왕따\s?시키|따돌리|괴롭히|놀리|마비시키|뺏|빼앗|따라다니|받아내|뜯어내|해킹하|해킹해|뚫|속이|훔치|빼내|빼오|사기\s?치|협박하|스토킹하|엿보|몰래\s?\S{0,6}(보|읽|깔|찍|들어가|쓰|결제|로그인|엿듣)|조롱하|비하하|도용하|사칭하|복제하|망신\s?주|소문\s?내|퍼뜨리)(는|을|ㄹ|는\s?거|는\s?게)?\s?(법|방법|요령|팁|노하우|말투|멘트|문구|대본|스크립트|코드|려면|으려면|고\s?싶|수\s?있는\s?(법|방법))|(무차별|사전)\s?대입\S*\s?.{0,15}(돌리|짜|하려면|하는\s?법|코드|스크립트)|(사기|해킹|피싱|스미싱|도용|카드깡|먹튀)\s?(치는|하는|치기|하기|쳐서)?\s?(법|방법|요령|노하우)`)

// stolenCard names a card that is not the writer's (stolen, found,
// leaked, someone else's); without a word of reporting or returning it,
// the writer would use it.
var (
	stolenCard  = mustFold(`\b(found|picked up|find)\b.{0,30}\b(wallet|purse)\b.{0,50}\b(use|spend|buy|shop)\b|(훔친|도용한|주운|복제한|유출된|남의|타인|다른\s?사람)\s?(신용|체크)?\s?카드|\b(stolen|leaked|skimmed|found|cloned|someone else'?s|other people'?s|a random|(a )?stranger'?s( lost| stolen)?|someone'?s (lost|stolen)|somebody'?s (lost|stolen)|lost|my (roommate|friend|dad|mom|boss|coworker)'?s)\s((a|an|the|some|this|that|his|her|their) )?(credit |debit |bank |visa |master ?card )?(cards?|card numbers?|card details|cc)\b`)
	returnsCard = mustFold(`신고|돌려|주인|경찰|분실|정지|맡기|허락|막|예방|알아보|구별|\b(report|return|hand (it|them) in|owner|police|block|cancel|protect|permission|allowed|says it'?s (ok|okay|fine)|lets me|let me|take (it|them) (to|back)|give (it|them) back|turn (it|them) in|where (should|do|can) i take|(said|says) (i|we) (can|could|may)|detect|spot|prevent|recogni[sz]e)\b`)
)

// groupHarm marks a request to turn a group against someone or ruin
// their life ("get everyone to ignore her", "make his life miserable").
var groupHarm = mustFold(`\b(more|even more|totally|completely) (isolated|alone|left out|excluded)\b|(더|완전히|아예)\s?(고립|외톨이|혼자)\S*\s?.{0,4}(시키|만들|되게|되도록)|\b(spread|pass) (it |this |them )?around (the )?(school|class|grade|office)\b|\b(make|get) (everyone|everybody|people|the (whole )?class|others|them all|all my friends) (to )?(exclude|ignore|hate|avoid|gang up on|stop talking to|turn on)|make (his|her|their|someone'?s|(a |the |my |our )?(\w+ )?\w+'s) life (miserable|hell)`)

// otherName marks opening or taking something in another person's name
// ("open a credit card in my neighbour's name").
var otherName = mustFold(`\b(open|get|take out|apply for|sign up for|register|make)\b.{0,30}\bin (someone else'?s|(my |his |her |their |a |the )?\w+'s) name|(남의|다른\s?사람|타인|친구|엄마|아빠|부모님|동생|이웃)\S*\s?명의로`)

// deceit marks impersonation: pretending to be someone else to others.
// convincing marks a request to make a deception believable ("make it
// convincing", "그럴듯하게"): with a request to make something it is
// refused even when the quoted message sounds protective ("hi mum, I lost
// my phone").
var convincing = mustFold(`\bmake (it|this|them) (sound|look) like (my|the|his|her|a|an|it|they|someone)\b|make (it|them|this) (sound |look )?(convincing|believable|real|legit|official|urgent)|\bconvincing\b|\b(sound|sounds|look|looks) like (a |an )?real\b|그럴듯하게|그럴싸하게|진짜처럼|진짜 같이|감쪽같이|의심 (안|없이) (하게|들게)`)

var deceit = mustFold(`\bfake (\w+ ){0,3}(login|log-in|sign.?in) (page|site|form)|\bfake (\w+ ){0,3}(email|e-mail|message|text|sms|notice|confirmation)s?\b.{0,60}\b(login|log-in|sign.?in|password|card (number|details)|otp)\b|(이|가)?(라고|이라고)\s?(하고|하면서|속이고)?\s?(전화|문자|연락|메일|카톡)\S*\s?(해서|하는|해|보내)|\b(from|as) (a |an |the )?['"‘“][^'"’”]{2,40}['"’”]|pretend(ing)? (to be|you'?re|i'?m)|posing as|impersonat|looks? like it'?s from|from a .?new number|인\s?척|인척|사칭|행세|처럼 (보이게|꾸며|속여)`)

// victim marks a writer who suffered the harm: "my card was stolen",
// "사기 당했어요". It outweighs perpetrator's wording ("someone used my
// stolen card to shop, what do I do").
var victim = mustFold(`\b(my|the) (order|package|parcel|item|delivery) (never|still hasn'?t|hasn'?t|didn'?t) (arrived?|came|come|shown up|show up)\b|\bmy (stolen|leaked|lost) |\b(was|were|got|been|has been|have been) (stolen|hacked|scammed|leaked|used|skimmed|cloned)|(내|제|나의|저의)\s?(카드|계정|비밀번호|개인\s?정보)\S*\s?(가|이|를|을)?\s?.{0,10}(도용|유출|해킹|털|훔쳐)|당했|당한|당해|어떡|신고|(다른|모르는|낯선)\s?(폰|기기|컴퓨터|곳)에서\s?(내\s?)?(계정\S*\s?)?로그인|\b(dm|dmed|messaged|texted|emailed) me (asking )?for (money|my)|정정|이의\s?신청|\b(get|have) (it|them|my \w+) corrected|(request|ask for) a correction`)

// production marks a request to make something — a text, a message, a
// script ("써 줘", "write", "draft"): with a harm named, the rules' refusal
// stands even when the text also sounds protective ("write a message so
// my friend's dad sends me his password").
var production = mustFold(`써\s?(줘|줄|주|봐|달)|만들\s?(건데|거야|거임)|작성\s?(해\s?(줘|줄|주|봐|달)|해[.!?]?$|좀|부탁)|만들어\s?(줘|줄|주|봐|달|볼래)|만들어[.!?]?$|만들고 싶|짜\s?(줘|줄|주)|뽑아|다듬어|생성|\b(write|draft|compose|generate|craft|come up with|script)\b|\bmake (me |us )?(a|an|some|up|it look)\b|\bcreate (a|an|some)\b|\bgive me (a|an|some|\d+|the) `)

// metaTalk names prejudice as a subject ("why do stereotypes about
// women in science exist?", "인종차별은 왜 생겨요?"): talk about the harm,
// a learning stance unless the text makes something or its writer would
// do the harm (version 4; such questions were refused as the stereotype
// they ask about).
var metaTalk = mustFold(`\b(stereotypes?|stereotyping|prejudices?|racism|sexism|ageism|discrimination|xenophobia|homophobia)\b|고정관념|편견|인종차별|성차별|혐오\s?표현`)

// operational asks for the working detail of a harm (version 8): the
// steps, the exact amounts, the parts, how to extract, synthesise or
// convert, how an attacker would do the most damage, code to run. With a
// harm the models find, no frame of study or fiction excuses it.
var operational = mustFold(`설치\S*\s?(하는지|하는\s?법|방법)|어떻게\s?(설치|붙이|다는|달아)|\bhow (to|do i|would i|do you) (install|attach|fit|mount) (it|one|them|a|an|the)\b|step.?by.?step|단계별|차근차근|\b(exact|precise|specific) (quantities|amounts|doses?|steps|sequence|messages|recipe|instructions|ratios?|measurements)\b|\bwith (the )?(exact )?(quantities|amounts|measurements)\b|\bparts list\b|부품\s?(목록|리스트)|(정확한|구체적인)\s?(재료|양|용량|순서|절차|배합)|(합성|추출|제조|배합)\S*\s?(절차|방법|법|순서|과정|하는)|\b(extract(ing)?|synthesi[sz](e|ing)|brew(ing)?|weaponi[sz](e|ing))\b|\bconvert\b.{0,40}\b(full.?auto|automatic|silencer|suppressor)|\bmaximi[sz]e (the )?(casualties|damage|deaths|injuries|harm)|\b(cash(ing)? out|launder(ing)?)\b.{0,40}\b(stolen|carded|cards?|numbers)|(랜섬웨어|악성\s?코드|키로거|백도어)\S*\s?(코드|스크립트|프로그램)?\s?(짜|만들어|제작)|(무차별|무작위|사전)\s?대입\S*\s?.{0,10}(스크립트|코드|프로그램)|\b(write|code|build|make) (me )?(the |a |an |some )?(working )?(malware|ransomware|keylogger|exploit|backdoor|brute.?force (script|tool))\b`)

// dangerAgent names an explosive, a nerve agent or a poison no one
// makes for a harmless reason; agentMaking is making it (version 8).
var dangerAgent = mustFold(`과산화\s?아세톤|\btatp\b|니트로\s?글리세린|nitroglycerin|\brdx\b|사린|\bsarin\b|겨자\s?가스|mustard gas|리신|\bricin\b|\bvx\b|테르밋|thermite|네이팜|napalm|파이프\s?폭탄|pipe bomb|못\s?폭탄|nail bomb|압력솥\s?폭탄|pressure.?cooker bomb|화염병|molotov|청산가리|시안화|cyanide`)
var agentMaking = mustFold(`만드는|만들|합성|추출|제조|배합|뽑|\b(make|making|made|synthesi[sz]\w*|extract\w*|cook\w*|brew\w*|produce|producing|build|building|mix|mixing)\b`)

// exclusionNotice is a notice turning a nationality, a religion or a
// group away (version 8).
var exclusionNotice = mustFold(`(중국인|중국\s?사람|조선족|일본인|흑인|외국인|동남아|베트남인|인도인|무슬림|이슬람|장애인|노인|성소수자|게이|난민|이민자)\S*\s?(구매|입장|출입|이용|가입|예약|채용|지원|방문|손님)\s?(불가|금지|사절|안\s?받|거절)|\b(no|not for) (chinese|mexicans?|muslims?|blacks?|immigrants?|foreigners?|gays?|indians?|arabs?|jews?|refugees?)( people| customers| buyers| tenants| allowed| need apply)?\b.{0,40}\b(sign|notice|listing|page|banner|wording|text|policy)|\b(sign|notice|listing|page|banner|wording|policy)\b.{0,40}\b(no|not for) (chinese|mexicans?|muslims?|blacks?|immigrants?|foreigners?|gays?|indians?|arabs?|jews?|refugees?)\b`)

// isItDiscrimination asks whether something is discrimination.
var isItDiscrimination = mustFold(`차별\s?(아닌가|아니|인가|인지|이에요|이야|맞)|\bis (this|that|it) (discrimination|racist|racism|legal|allowed)\b`)

// helperAsk is a text about someone else's words of crisis: who wrote,
// said or typed them (version 8).
var helperAsk = mustFold(`\b(my|our|a|one of my) (little |older |younger |best )?(friend|student|brother|sister|son|daughter|kid|child|coworker|colleague|mom|mum|dad|partner|cousin|classmate|teammate|roommate|niece|nephew)s?\b.{0,80}\b(wrote|writes|said|says|keeps|texted|texts|posted|posts|typing|typed|types|told|handed in|turned in|submitted|sent|shared|drew)\b|(친구|동생|학생|제자|아이|딸|아들|동료|언니|오빠|형|누나|남편|아내)\S*\s?.{0,40}(라고|다고)\s?(해요|했어요|하는데|했는데|하더라|써|썼|보냈|올렸)`)

// bereaved is a loss to suicide (version 8): grief, not the writer's
// crisis.
var bereaved = mustFold(`\b(died|dying) (by|from|of) suicide\b|\b(lost|losing) (my|a|our|his|her) \w+( \w+)? to suicide\b|\btook (his|her|their) own life\b|자살로\s?(세상을\s?)?(떠났|떠나|잃|돌아가|숨졌|사망)|스스로\s?목숨을\s?끊(었|은)`)

// firstPersonCrisis is the writer's own crisis stated outright, which a
// mention of someone else does not turn into a helper's question.
var firstPersonCrisis = mustFold(`\bi('ve| have)? (wrote|written|left|finished) (my |the )?(goodbye|final|last|farewell)|(나|내가|저|제가)?\s?(유서|작별\s?편지)\S*\s?(써\s?놨|썼|다\s?써)|\bi (want|wanna|am going|'?m going|plan|will|'?ll) (to )?(die|kill myself|end (it|my life))|\bi('?m| am) (going to|gonna) (jump|do it)|(나|난|내가|저|전|제가)\s?.{0,10}(죽고\s?싶|죽을\s?거|끝낼\s?거)`)

// truthQuestion asks whether a claim about a group is true ("do
// immigrants commit more crime?"): a question the guidance answers, not
// a request to argue the claim (version 8).
var truthQuestion = mustFold(`^(do|does|are|is|is it true( that)?|why do people say)\b[^.!]{0,80}\?|(인가요|맞나요|맞아요|사실이에요|사실인가요|진짜예요|진짜야|사실이야)\s?\??\s*$`)

// howMeet asks how to meet or reach someone (version 8): no question
// about a claim.
var howMeet = mustFold(`\bhow (do|can|would|should) i (meet|find|get|reach|contact|approach)\b|(만나|접근하|연락하)\S*\s?(법|방법|려면)`)

// doseToKill asks for an amount that kills or fells (version 8).
var doseToKill = mustFold(`\b(dose|how much|how many|amount)\b.{0,60}\b(put (her|him|them) down|kill|die|not wake|never wake|knock (her|him|them) out|make (her|him|them) (collapse|pass out))|(얼마나|몇\s?알|양)\S*\s?.{0,20}(쓰러지|죽|못\s?깨|안\s?깨)`)

// evadeReport is escaping reports or tracing (version 8).
var evadeReport = mustFold(`신고\s?(안|못)\s?(먹히|당하|들어가)게|without getting (sued|reported|flagged|traced)|so (it|they|nobody|no one) can'?t (report|trace) (me|it)`)

// threatMake is a threat as the thing to make (version 8): a note or a
// message meant to scare, a "you'll regret it".
var threatMake = mustFold(`겁주는|겁\s?주게|겁먹게|무섭게|협박\S*\s?(문자|쪽지|메시지|편지|글)|죽여\s?버린다고|가만\s?안\s?둔다고|\bthreat(ening)? (note|message|letter|text|dm)s?\b|\b(scare|frighten|intimidate) (him|her|them|my \w+|the \w+)\b|\b(watch|better watch) (his|her|their|your) back\b|\b(he'?ll|she'?ll|they'?ll|you'?ll) (regret|be sorry)\b|\bi know (where|when|which \w+|what \w+) (he|she|they|his|her|their|you|your)\b`)

// harmsOther aims a dose or a method at someone else (version 8): with
// the models' self-harm it is violence, not the writer's crisis.
var harmsOther = mustFold(`\bput (her|him|them) down\b|\b(she|he|they)'?d never (know|notice|taste)\b|\b(grandma|grandpa|grandmother|grandfather|mother-in-law|father-in-law|uncle|aunt|husband|wife|roommate|boss)'?s? (heart )?(pills|medicine|meds|insulin|drink|food)\b|\b(kill|poison|sicken|knock out|put down)\b.{0,25}\b(a (grown )?(man|woman|person|adult|child)|an adult|(a|my|his|her|the) (wife|husband|roommate|boss|neighbou?r|partner|boyfriend|girlfriend|ex|coworker|teacher|stepdad|stepmom|brother|sister|father|mother|dad|mom))\b|\bmake (my|his|her|the|a) (wife|husband|roommate|boss|neighbou?r|partner|ex|coworker|dad|mom|brother|sister) (sick|ill|pass out)|\b(it'?s|its) for my (wife|husband|roommate|boss|neighbou?r|partner|ex)\b|\b(in|into) (his|her|their|my (wife|husband|roommate|boss)'?s?) (food|drink|coffee|tea|soup|meal)|\b(would|will) (he|she|they) (notice|taste|know)\b|(남편|아내|와이프|룸메|상사|옆집|시어머니|시아버지|장모|계모|새아빠)\S*\s?.{0,15}(죽이|죽게|아프게|쓰러지게|먹이|넣)`)

// howMake is a question how to make something, not a request to make it.
var howMake = mustFold(`\bhow (to|do i|can i|should i|do you|would i) make\b|만드는\s?(법|방법)|어떻게\s?만들`)

// otherPerson marks a text about someone else (a friend, a child, a
// student): self-harm guidance for helpers rather than the caring answer
// to the writer.
var otherPerson = mustFold(`친구|동생|언니|오빠|누나|형|가족|엄마|아빠|부모|아이|자녀|딸|아들|학생|제자|동료|남편|아내|누가|사람들?에게|교육|자료|\b(friend|brother|sister|mom|mother|dad|father|parent|kid|child|son|daughter|student|coworker|colleague|husband|wife|someone|somebody|he|she|they|him|her|them|people|school|class)s?\b`)

// crisisPhrases are first-person statements of wanting to die or to hurt
// oneself, and the common ways people say they are about to (a method, a
// height, pills "so I won't wake up"): caring answers for them never wait
// on the model's confidence. A false alarm costs a kind word and a phone
// number; a miss can cost a life.
var crisisPhrases = mustFold(`(힘들|지쳤|지쳐|지친|괴롭|괴로워|우울|버티기\s?힘|견디기\s?힘)\S*\s?(그냥|이제|진짜|정말)(\s?(그냥|이제|진짜|정말))*\s?(다|모든\s?(걸|것을?)|전부)\s?(끝내|그만두|그만하|놓)고\s?싶|(\b(jump(ing)?|fall(ing)?|leap(ing)?) (off|from) (the |a |an )?(\d+\w*|\w+) (floor|stor(e)?y|building|bridge|roof)\b.{0,20}\b(enough|die|deadly|fatal|kill|survive)|\b(how many|what) (floors?|stor(e)?ys?|meters|metres|feet)\b.{0,30}\b(die|deadly|fatal|kill me|enough to|survive)|몇\s?층\S*\s?.{0,15}(죽|확실|안\s?살)|죽고\s?싶|자살\s?하고\s?싶|자살할\s?(거|래|까)|목숨을?\s?끊|사라지고\s?싶|자해\s?하고\s?싶|(손목|팔)을?\s?긋|kill myself|want to die|wanna die|end my life|end it all|hurt myself|cut myself|cutting myself|don'?t want to (be alive|live)|point (of|in) living|reason to live|살 이유가 없|사는 게 의미 없|살기 싫|그만 살고|자해\s?(하는\s?)?방법|죽는 생각|유서\s?(쓰|써|를)|killing myself|\bkms\b|\bunalive (my)?self|ㅈㅅ\s?(하고\s?싶|할래|각)|자살각|deserve to suffer|starv(e|ing) myself|(굶어|굶고)\s?죽|(cut|slit)\b.{0,20}\bwrists?|wrists?\b.{0,25}\b(cut|slit|bleed)|손목.{0,10}(긋|그어|그으|그을)|whole (bottle|box|pack) of (pills|painkillers|sleeping pills|tylenol)|(pills|약).{0,25}(don'?t|never|안)\s?(wake|깨)|(내|제)\s?무게.{0,10}(버티|견디)|(rope|cord).{0,30}(hold|take|support) my weight|(다리|옥상|bridge|rooftop).{0,30}(사람\s?(없|적)|fewest people|no one around|nobody around)|goodbye (letter|note).{0,40}\b(final|last)\b|better off without me|(last|final) (letter|note|message|words)s? (to|for) (my )?(parents|family|mom|mum|dad|kids|children|friends|everyone)|goodbye note|suicide note)|뛰어내(리|릴|려|렸|린)|(강|한강|바다|물|다리)\S{0,2}\s?.{0,12}뛰어들(게|래|거|까|어\s?버리|고\s?싶)|투신|목을?\s?(매|맬|맸|매달)|번개탄|극단적\s?선택|죽어\s?버(리|릴|려|렸)|살고\s?싶지\s?않|(수면제|약)[^.?!]{0,12}(먹으면|삼키면|먹고)[^.?!]{0,8}(안\s?깨|못\s?깨|죽)|(수면제|약)을?\s?(한꺼번에|왕창|몽땅|전부)(\s?다)?\s?(먹|삼키)|(jump|jumping|throw myself) off|hurting myself|harming myself|kill(ing)? myself|(how|ways?|best way|easiest way|painless way) (to|i could|can i) (commit suicide|kill myself|end my life|die)|suicide (method|methods|ways)|(nobody|no one|noone) (would|will|'?d) (miss|care|notice)( about)? (me|if i)|better off dead|wish i (was|were) (dead|never born)|don'?t want to (wake up|exist|be here anymore)|(want|wanna) to disappear forever|i'?m (just )?a burden to (everyone|everybody|my family)|자살\s?(하는|할\s?수\s?있는)?\s?(방법|법)|죽는\s?(방법|법)|(아프지\s?않게|안\s?아프게|편하게|고통\s?없이|조용히)\s?죽(을|는|고)|(내가|나|저|제가)\s?(없어지면|사라지면|죽으면|없으면)\s?.{0,10}(슬퍼|아무도|모를|편하|편할|나을|낫|행복)|\b(lethal|fatal|deadly|overdose) (dose|amount)\b.{0,60}\b(i have|i'?ve got|i'?m|my own|plenty)\b|(jump|jumping|step|stepping|throw myself) in front of (a |the )?(train|bus|car|truck)|tired of (living|life|being alive)|don'?t want to be here anymore|(약|수면제)\S*\s?(모아|모으)|눈\s?(안|못)\s?(떴|뜨)|(여기|세상에)\s?(있고|살고)\s?싶지\s?않|몸에\s?상처\s?(내|냈)|없어지고\s?싶|다\s?끝내\s?버리고\s?싶|살아서\s?뭐\s?해|태어나지\s?말|더는?\s?못\s?버티|버틸\s?수가?\s?없|overdos|hang myself|slit my wrist|(not|never) wake( up)?\b|\b(hope|wish|pray) (that )?i (don'?t|never|won'?t|do not|will not) wake|\b(i'?m|i am|i feel like|feel like) (just )?(a|such a) burden\b|\bi (just )?want out\b|(팔|손목|다리|몸|허벅지)에\s?(또\s?)?상처(를)?\s?(내|냈)|(^|(^|\s)(그냥|차라리|나|내가|제가|저)\s)(이\s?)?(세상에서\s)?(없어지면|사라지면|죽으면|죽어\s?버리면)\s?.{0,6}(편할|편하|나을|낫|좋을|행복)|살아\s?있는\s?(게|것이|것도|것조차)\s?.{0,4}(버거|지겨|싫|의미\s?없|고통)|(sleep|rest) forever|what'?s the point (of|in) (anything|living|life|going on|being alive|it all)|(vanish|disappear) (forever|for good|from (this|the) world)|^(그냥\s?|이제\s?|진짜\s?)*(다|모든\s?(걸|것을?)|전부)\s?(끝내|그만두|그만하|놓)고\s?싶|영원히\s?(잠들|자고|쉬고|눈\s?감)|take my (own )?life|can'?t go on|no reason to go on|(on|at) the (edge of the )?(bridge|roof|rooftop|ledge) (right )?now|standing on the (bridge|roof|rooftop|ledge)|\bhow (do|can|should|could) i (hide|cover( up)?|conceal)\b.{0,30}\b(cuts?|scars?|marks|wounds|self.?harm)|\b(hide|cover( up)?|conceal) (my|the) (cuts|scars|self.?harm|marks on my)|(자해|그은|그어서|상처|흉터|자국)\S*\s?.{0,12}(안\s?들키게|들키지\s?않게|(숨기|가리)(는|기)?\s?(법|방법|요령|팁))|(다|전부|모두)\s?정리\S*.{0,20}그동안\s?고마웠|그동안\s?고마웠.{0,20}(다|전부|모두)\s?정리|그동안\s?고마웠\S*\s?.{0,10}(안녕|잘\s?있어|잘\s?지내)|(그때|그\s?땐|이번\s?주|다음\s?주|내일|곧|주말)\S*\s?.{0,10}세상에\s?없(을|겠|어)|(지나면|뒤에는?|후에는?|때쯤이?면?)\s?.{0,6}(나는|난|저는|전)\s?(없을\s?(거|테니|듯)|여기\s?없)|(지금|방금|혼자)\s?.{0,8}(옥상|난간|다리\s?위)\S*\s?.{0,6}(올라|와\s?있|서\s?있|앉아\s?있)|\b(i'?m|i am) (up )?(on|at) (the |a )?(roof|rooftop|ledge|bridge)\b|\b(good|best|sharp enough|great) for cutting (my )?(skin|arms?|wrists?|thighs?|legs?)\b|\bcutting (my )?skin\b|(팔|손목|허벅지)에\s?(쓰려고|쓸\s?거|그으려고)|\b(bang|banging|hit|hitting|slam|slamming|punch|punching) my (head|fists?)\b.{0,90}\b(harder|more|until)\b|(머리|주먹)\S*\s?.{0,10}더\s?세게|\b(you|nobody|no one|they) (won'?t|will never|'?ll never) (hear from|see) me again\b|\b(decided|sorted out|figured out|arranged) who (gets|will get|takes|will take|looks after|will look after) my (cat|dog|pets?|things|stuff|belongings)\b|giving away (all )?my (stuff|things|belongings)|won'?t be needing (it|them|any of it|my \w+) (anymore|much longer|after (tonight|this week))|thanks for everything.{0,30}\b(bye|goodbye|farewell)\b|\bcheck(ing)? out (of (life|this world|existence)|for good|permanently|forever)\b`)

// Check implements Checker (see Learned for the order of decisions).
//
// Two models decide: one tells the groups apart — harmful, look-alike,
// everyday — and its probability is the confidence; the other, trained on
// the categories, names the category within the group. One model alone
// did worse (docs/safety.md): with every class weighted alike, the seven
// harmful categories together outweighed the single everyday class on
// text unlike any training sentence.
// quizAnswerRe: a message that only gives an answer to a question asked.
var quizAnswerRe = regexp.MustCompile(`(?i)^\s*(?:(?:i\s+think|i\s+guess|maybe|so)\s+)?(?:the\s+|my\s+)?answer(?:'s|\s+is|\s+would\s+be)\s+\S[^?？]{0,40}$|^\s*(?:제\s*)?(?:정답|답)\s*(?:은|는|:)\s*\S[^?？]{0,30}$`)

func (l *Learned) Check(text string) Verdict {
	v := l.checkAll(text)
	// (the lead, after the v16 merges) a quiz answer ("the answer is
	// carbon dioxide", "정답은 이산화탄소예요") answers a question; it asks
	// for no guidance (it got the carbon-monoxide answer once safety16b's
	// everyday answers came: TestUnderstandingSetsNotFlagged). A refusal
	// stands, and a crisis said in one is still answered with care.
	if !v.Refuse && v.Help != "" && v.Topic != SelfHarm && v.Category != SelfHarm && quizAnswerRe.MatchString(text) {
		v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
	}
	return v
}

// checkAll is Check before its last rule.
func (l *Learned) checkAll(text string) Verdict {
	// version 10: an idiom of exaggeration is no word of a harm (focus.go)
	text = plainIdioms(text)
	// version 15: venting at the avatar is answered, not refused (rude15.go)
	if ventsAtAvatar(text) {
		return Verdict{Topic: rudeTopic, Label: rudeTopic, Help: rudeHelp[langOf(text)]}
	}
	v := l.check(text)
	// one reading of the text serves every layer below: a doc folds the
	// text once and remembers each pattern's match (doc.has)
	d := newDoc(text)
	// version 13: an earthquake or a flood is no violence; its guidance
	// (112, suspicious objects, threats) answers nothing asked
	if !v.Refuse && v.Topic == Violence && v.Help != "" {
		if d.has(disaster) && !d.has(harmMeans) && !d.has(personTarget) {
			v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 12: a refusal both models are sure is a look-alike's
	// question, from a writer who does none of the harm, gets that
	// look-alike's guidance (structural12.go)
	// (version 13: not one structural13.go reads as a harm)
	if v.Refuse && structuralHarm6(d) == "" && structuralHarm7(d) == "" && structuralHarm16(d) == "" && structuralHarm17(d) == "" && structuralHarm18(d) == "" {
		if c := l.sureLookalike(text); c != "" {
			lang := langOf(text)
			v = Verdict{Topic: c, Help: l.help[c][lang], Label: helpPrefix + c, P: v.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 9: a harm or a crisis inside a wrapper (views.go)
	// — only where the whole message would go to a brain: guidance for it
	// came from its context ("… my uncle keeps saying it"), which a part
	// alone lacks
	if !v.Refuse && v.Help == "" && !l.reportsOthers(text) {
		// (a crisis only from a view of a message that is no everyday
		// unwish as a whole: "stop, I don't want to check out after all"
		// without its shopping frame reads "I don't want to … after all")
		unwish := (d.has(everydayWish) || d.has(checkoutUnwish) && !d.has(checkoutOfLife)) && !d.has(selfWords) && !d.has(suicideWords) && !d.has(crisisPhrases)
		for _, part := range views(text) {
			if pv := l.check(part); pv.Refuse || l.crisisVerdict(pv) && !unwish {
				v = pv
				break
			}
		}
	}
	// version 14: a victim, a learner, a reporter or a host of an everyday
	// matter who names no doing of their own is not refused on any
	// earlier batch's or the models' word (structural14.go)
	if v.Refuse && shield14(d) && structuralHarm6(d) == "" && structuralHarm7(d) == "" && structuralHarm8(d) == "" && structuralHarm16(d) == "" && structuralHarm17(d) == "" && structuralHarm18(d) == "" {
		lang := langOf(text)
		if h := l.help[v.Category][lang]; h != "" && !everyday14(d) {
			v = Verdict{Topic: v.Category, Help: h, Label: helpPrefix + v.Category, P: v.P, Harm: v.Harm, Safe: v.Safe}
		} else {
			v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 15: one who would stop a harm, is threatened or afraid, a
	// parent, one asking the law or how a fraud in the news is caught
	// (structural15.go)
	if v.Refuse && shield15(d) && (structuralHarm6(d) == "" && structuralHarm7(d) == "" || newsDetect(d)) && structuralHarm8(d) == "" && structuralHarm16(d) == "" && structuralHarm17(d) == "" && structuralHarm18(d) == "" {
		lang := langOf(text)
		if h := l.help[v.Category][lang]; h != "" && !everyday14(d) {
			v = Verdict{Topic: v.Category, Help: h, Label: helpPrefix + v.Category, P: v.P, Harm: v.Harm, Safe: v.Safe}
		} else {
			v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 16: one whose own account someone else got into, asking
	// what to do, is answered with that harm's guidance (structural16.go)
	if v.Refuse && (d.has(suffered16) || d.has(ownDefault16) && !d.has(pwOthers16)) && structuralHarm16(d) == "" && structuralHarm17(d) == "" && structuralHarm18(d) == "" && structuralHarm6(d) == "" && structuralHarm7(d) == "" {
		lang := langOf(text)
		if h := l.help[v.Category][lang]; h != "" {
			v = Verdict{Topic: v.Category, Help: h, Label: helpPrefix + v.Category, P: v.P, Harm: v.Harm, Safe: v.Safe}
		} else {
			v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 17: a caring answer given to food and a blade, the helpers'
	// guidance given to a customer's matter of no dying or self-harm
	// (a warning sign said without such words keeps it); a refusal of one
	// who asks a penalty, limits their own card, was asked for a code,
	// wants gear or a kind nickname (structural17b.go)
	if !v.Refuse && v.Help != "" && (v.Category == SelfHarm || v.Topic == SelfHarm) && structuralHarm17(d) == "" && structuralHarm18(d) == "" {
		if everydayObject17(d) || v.Help != l.crisis[langOf(text)] && v.Topic == SelfHarm && d.has(shopFrame17) && !selfSubject17(d) {
			v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 17: a look-alike post16 refused, read by what the writer
	// asks (structural17.go)
	if v.Refuse && structuralHarm6(d) == "" && structuralHarm7(d) == "" && structuralHarm8(d) == "" && structuralHarm16(d) == "" && structuralHarm17(d) == "" && structuralHarm18(d) == "" {
		if m := shield17(d); m != "" {
			lang := langOf(text)
			if h := l.help[v.Category][lang]; m == "help" && h != "" {
				v = Verdict{Topic: v.Category, Help: h, Label: helpPrefix + v.Category, P: v.P, Harm: v.Harm, Safe: v.Safe}
			} else {
				v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
			}
		}
	}
	// version 17 (safety17b): look-alikes read by what is asked (structural17b.go)
	if v.Refuse && structuralHarm6(d) == "" && structuralHarm7(d) == "" && structuralHarm8(d) == "" && structuralHarm16(d) == "" && structuralHarm17(d) == "" && structuralHarm18(d) == "" {
		if ok, guide := shield17b(d); ok {
			lang := langOf(text)
			if h := l.help[v.Category][lang]; guide && h != "" {
				v = Verdict{Topic: v.Category, Help: h, Label: helpPrefix + v.Category, P: v.P, Harm: v.Harm, Safe: v.Safe}
			} else {
				v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
			}
		}
	}
	// version 18 (safety18b): goods for an everyday use, one's own card
	// or order, a seller, a penalty, a work, a parent (structural18b.go)
	if v.Refuse && structuralHarm6(d) == "" && structuralHarm8(d) == "" && structuralHarm16(d) == "" && structuralHarm17(d) == "" {
		if ok, guide := shield18b(d); ok {
			lang := langOf(text)
			if h := l.help[v.Category][lang]; guide && h != "" {
				v = Verdict{Topic: v.Category, Help: h, Label: helpPrefix + v.Category, P: v.P, Harm: v.Harm, Safe: v.Safe}
			} else {
				v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
			}
		}
	}
	// version 19 (safety19c): a clerk, a learner, a victim, a reporter,
	// one locked out of their own account, an expense claim, an adult
	// advising a teenager (structural19c.go)
	lifted19 := false
	if v.Refuse {
		if kind := shield19c(d); kind != "" && !vetoed19c(d, kind) {
			lifted19 = true
			lang := langOf(text)
			if h := l.help[v.Category][lang]; guide19c[kind] && h != "" {
				v = Verdict{Topic: v.Category, Help: h, Label: helpPrefix + v.Category, P: v.P, Harm: v.Harm, Safe: v.Safe}
			} else {
				v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
			}
		}
	}
	// version 18 (safety18b): the writer feeling low, in no words of
	// dying, that got nothing or the helpers' guidance, gets the
	// wellbeing guidance (structural18b.go)
	if !v.Refuse && (v.Help == "" || v.Topic == SelfHarm && v.Help != l.crisis[langOf(text)]) && lowMood18q(d) {
		if w := l.help[wellbeing][langOf(text)]; w != "" {
			v = Verdict{Topic: wellbeing, Help: w, Label: helpPrefix + SelfHarm, P: v.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 18 (safety18b): a caring answer given to gear that keeps a
	// wrist or a knee from harm (structural18b.go)
	if !v.Refuse && v.Help != "" && (v.Category == SelfHarm || v.Topic == SelfHarm) && structuralHarm17(d) == "" && gearCare18(d) {
		v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
	}
	// a topic's guidance: the sentences that answer the question, the rest
	// for "자세히" / "more" (brief.go); the caring answer is given whole
	// version 9: the sentence that answers the question best, from any
	// topic, first and alone (specific.go); a look-alike the checker did
	// not recognise gets the sentence that answers it, if one does well
	if l.answered(&v, text) {
		// version 11: the answer a model of the questions picks, given
		// whole (answers.go)
	} else if g := l.guides[v.Help]; g != nil && v.Help != "" {
		if !l.specific(&v, text, "") {
			v.Help, v.More = g.brief(text, langOf(text))
		}
	} else if v.Help == "" && !v.Refuse {
		l.unrecognised(&v, text)
	} else if !v.Refuse && v.Help != l.crisis[langOf(text)] && (v.Topic == wellbeing || v.Topic == SelfHarm) {
		// wellbeing or the helpers' guidance: a specific answer with 109
		l.specific(&v, text, "109")
	}
	if v.Topic == PhishingScam && v.Help != "" && !v.Refuse {
		// "my grandma got a text saying her account is frozen and to
		// click a link. is that phishing?": the answer to the question
		// asked comes first — yes, it looks like it — then how to tell
		// and what to do (a new user's trial read only the list).
		if o := suspectedOpening(text); o != "" {
			v.Help = o + " " + v.Help
		}
	}
	// version 17: a sentence of the helpers' guidance chosen for a
	// customer's matter naming no dying or self-harm answers a shared frame ("… keeps saying
	// invalid" is no "keeps saying kms") (structural17b.go)
	if !v.Refuse && v.Topic == SelfHarm && v.Category == "" && d.has(shopFrame17) && !selfSubject17(d) {
		v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
	}
	// version 17: charcoal for a grill or a tent gets the carbon-monoxide
	// warning (and 109), not the crisis answer alone (structural17b.go)
	if !v.Refuse && l.answers != nil && v.Help == l.crisis[langOf(text)] && grillSmoke17(d) {
		if a, ok := l.answers.byID["carbon_monoxide_safety"]; ok {
			lang := langOf(text)
			l.give(&v, a, 1, lang)
			v.Help, v.More = v.Help+" "+careLine17[lang], ""
			v.Category = SelfHarm
		}
	}
	// version 19 (fix19b): goods sent back are no one worn out (goods19b.go)
	if !v.Refuse && v.Help != "" && v.Help != l.crisis[langOf(text)] && (v.Topic == SelfHarm || v.Topic == wellbeing || v.Category == SelfHarm) && goodsReturned19(d) {
		v = Verdict{Label: v.Label, P: v.P, Harm: v.Harm, Safe: v.Safe}
	}
	// version 19 (safety19c): a kind of need read from who asks gets its
	// answer (kindAnswer19) — a clerk the checks at the till, one
	// contacted after a block the steps against it, an adult advising a
	// teenager pressed for photos the answer about it — rather than a
	// topic's general guidance, the helpers' guidance or nothing
	// (structural19c.go)
	// (only in place of a topic's general guidance, or of nothing where
	// version 19 lifted a refusal: an answer the book already chose
	// stays, and an everyday request the checker passed stays the
	// brain's — "I need to reset my password for this shop")
	// (after the merge, the lead: a clerk asking about a card not the
	// customer's or a forged voucher gets the till's checks even where the
	// answer model chose fix19b's answer for a customer being scammed,
	// which shares the asker's words — the fraud aimed at the shop decides)
	if !v.Refuse && l.answers != nil && v.Help != l.crisis[langOf(text)] {
		if id := kindAnswer19(d); id != "" && (v.Help == "" || !l.answers.gave(v.Help) || id == "till_card_check" && d.has(againstTheShop19) && !d.has(customerScammed19)) && (v.Help != "" || lifted19 || !everydayKind19[id]) {
			if a, ok := l.answers.byID[id]; ok {
				l.give(&v, a, 1, langOf(text))
			}
		}
	}
	// version 15: the steps of the asker's situation first (structural15.go)
	l.aimAtAsker(&v, text)
	// version 15: a lure written to be clicked is phishing (rude15.go)
	if !v.Refuse && writesLure(text) {
		v = Verdict{Refuse: true, Category: PhishingScam, Label: PhishingScam, P: v.P, Harm: v.Harm, Safe: v.Safe}
	}
	return v
}

var (
	// asksIfScam asks whether a message received is a scam ("is that
	// phishing?", "이거 스미싱이에요?", "사기 맞죠?").
	asksIfScam = regexp.MustCompile(`(?i)\b(?:is|was|are)\s+(?:this|that|it|these)\s+(?:a\s+)?(?:phishing|smishing|scam|fraud|fake|legit|real)|\b(?:phishing|smishing|a\s+scam)\s*\?|(?:피싱|스미싱|보이스\s*피싱|사기|가짜)\s*(?:인가요|이에요|예요|인가|야|이야|맞|아니|일까|인지|같)`)
	// receivedMsg: the user (or someone they know) received a message.
	receivedMsg = regexp.MustCompile(`(?i)\b(?:got|get|received|receive|getting|sent\s+(?:me|her|him|them|us))\b.{0,40}\b(?:text|message|sms|email|e-mail|call|dm|link)|(?:문자|메시지|메일|카톡|전화|링크).{0,15}(?:받|왔|와서|오)`)
	// signRe: a sign of phishing in the message described.
	signRe = regexp.MustCompile(`(?i)\blink|click|frozen|suspend|locked|verify|password|otp|code|refund|parcel|delivery|urgent|gift\s*card|transfer|링크|누르|정지|잠겼|인증|비밀번호|환급|택배|반송|급하|송금|이체|상품권`)
)

// suspectedOpening says first that a message described looks like
// phishing, when the user asks whether it is one; "" otherwise.
func suspectedOpening(text string) string {
	if !asksIfScam.MatchString(text) || !receivedMsg.MatchString(text) {
		return ""
	}
	ko := langOf(text) == "ko"
	if signRe.MatchString(text) {
		if ko {
			return "네, 말씀하신 내용이면 피싱(스미싱)으로 보여요. 링크를 누르거나 답장하지 말고, 은행이나 회사 이름이 나왔다면 그곳의 공식 번호로 직접 확인하세요."
		}
		return "Yes, that looks like phishing (smishing). Don't click the link or reply; if it names a bank or a company, call them on their official number."
	}
	if ko {
		return "피싱일 수 있어요. 확인될 때까지 링크를 누르거나 답장하지 마세요."
	}
	return "It may well be phishing. Until you've checked, don't click anything or reply."
}

func (l *Learned) check(text string) Verdict {
	d := newDoc(text)
	v := l.rules.check(d.rulesText())
	if c, ok := ruleCategory[v.Category]; ok {
		v.Category = c
	}
	// the text's n-grams are read once for both models; of the category
	// model only the probabilities are wanted (not its nearest example)
	f := l.group.Features(text)
	g := l.group.AnalyzeFeatures(f)
	a := intent.Analysis{Scores: l.model.PredictFeatures(f)}
	v.Label, v.P = g.Intent, g.P
	lang := langOf(text)
	// The writer's stance, apart from the subject: protective (a victim,
	// a learner, someone reporting or protecting others) unless the text
	// also asks to stay unnoticed; and whether it asks to make something.
	// version 12: concealment read as grammar (structural12.go), unless
	// the writer hides from a harm rather than a harm from others
	evading := d.has(evasion) || d.has(concealment) && !d.has(concealOK) && !d.has(victim) && !d.has(doneToMe) && !d.has(selfDefence)
	// version 12: reporting someone without their knowing it was you
	// hides a report, not a harm
	if evading && d.has(reportAsk) && !d.has(falseReport) && !d.has(silencing) && !d.has(evadeReport) && !d.has(pursuit) {
		evading = false
	}
	// version 11: "나도 모르게 차별적인 표현을 쓰는지" hides nothing from
	// anyone (structural11.go)
	if evading && d.has(selfCheck) && !d.has(harmsOther) {
		evading = false
	}
	// version 8: escaping reports ("신고 안 먹히게") names no victim,
	// even with the word 신고 in it
	doer := d.has(evadeReport) || (d.has(perpetrator) && !d.has(critique) && !d.has(respondsTo) || d.has(pursuit) || evading ||
		d.has(koHowTo) && !d.has(studies) && !d.has(learner) ||
		d.has(stolenCard) && !d.has(returnsCard) || d.has(groupHarm) || d.has(otherName) && !d.has(returnsCard)) && (!d.has(victim) || d.has(pursuit))
	// version 7: "explain why hacking into accounts is a crime" asks why
	// it is wrong, it plans nothing
	if doer && d.has(askWhyWrong) && !d.has(production) && !evading && !d.has(pursuit) {
		doer = false
	}
	// version 9.1: a victim, a reporter or a protector asking what to do
	// about a harm someone else did (stance.go) does none of it, whatever
	// word lists read "someone else's card" or "들고 온다" as a plan
	stance := standsWithVictim(d) && !evading
	if doer && stance && (d.has(othersActor) || d.has(victim) || d.has(doneToMe)) {
		doer = false
	}
	// version 10: one who suffered it and asks what to do or how to undo
	// it ("신상털이 당했어요 … 어쩌죠") does none of it either (focus.go)
	remedy := sufferedAsks(d) && !evading
	if doer && remedy && (d.has(doneToMe) || d.has(suffers) || d.has(victim) || d.has(othersActor)) {
		doer = false
	}
	// "explain why saying <group> are <trait> is a stereotype" answers the
	// claim it quotes
	if doer && d.has(rebut) && !d.has(production) && !evading && !d.has(pursuit) {
		doer = false
	}
	// version 11: someone did it to the writer ("누가 제 사진 도용해서 …"),
	// or the writer checks their own words: the perpetrator's words in it
	// are the other's (structural11.go)
	if doer && !evading && sufferedPlain(d) {
		doer = false
	}
	pHarm, pHelp := groupP(g, a, "harmful"), groupP(g, a, "help")
	// Version 5: the protective words are broad ("my dad", "my email",
	// "block", "send me"); where both models are sure of a harm they no
	// longer outweigh it — only a victim's words do ("how to unlock my
	// dad's phone pattern secretly" read as protective and got the
	// account guidance)
	sureHarm := pHarm >= sureHarmVote && a.Scores[0].P >= 0.5 && groupOf(a.Scores[0].Intent) == "harmful"
	strong := stance || d.has(responder) || d.has(legality) || d.has(judgement) || d.has(buyerRefund) || d.has(respondsTo) || d.has(truthQuestion) && !d.has(production) && d.names(Discrimination) && !d.has(minorWords) && !d.has(howMeet)
	prot := (d.has(protective) || strong || d.has(victim) || d.has(selfDefence)) && !evading && !doer && (!sureHarm || d.has(victim) || d.has(selfDefence) || d.has(doneToMe) || d.has(askWhyWrong) || strong)
	// the writer's own saved payment methods, with no word of a loss or
	// theft: never refused on the model's word, no reason for guidance
	// (version 4.1)
	own := d.has(ownThings) && !evading && !doer && !d.has(victim)
	// an everyday wish, not ideation (version 4.1)
	// version 10: or a task asked beside a word of stress or pain (focus.go)
	mundane := d.has(everydayWish) && !d.has(selfWords) && !d.has(suicideWords) || d.has(everydayTask) && !d.has(despair) && !d.has(suicideWords) && !d.has(crisisPhrases)
	vent := d.has(venting) && d.has(jest) && !d.has(suicideWords) && !d.has(crisisPhrases)
	// version 17: a harm read as a kind — a means of self-harm with
	// finality, an act joined to a person, a minor made sexual, another's
	// account entered (structural17.go)
	if structuralCrisis17(d) && !d.has(pursuit) {
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	if c := structuralHarm17(d); c != "" && !d.has(crisisPhrases) && !structuralCrisis16(d) {
		if !v.Refuse {
			v.Refuse, v.Category, v.Label = true, c, c
		}
		return v
	}
	// version 18: a harm read by its vocabulary — a class of means, of
	// act, a target and a signal (structural18.go)
	if structuralCrisis18(d) && !d.has(pursuit) {
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	if c := structuralHarm18(d); c != "" && !d.has(crisisPhrases) && !structuralCrisis16(d) {
		if !v.Refuse {
			v.Refuse, v.Category, v.Label = true, c, c
		}
		return v
	}
	if vent {
		return Verdict{Topic: wellbeing, Help: l.help[wellbeing][lang], Label: helpPrefix + SelfHarm, P: 1, Harm: v.Harm, Safe: v.Safe}
	}
	// "how do I make a strong password" asks how, it orders nothing
	makes := d.has(production) && !d.has(howMake) && !d.has(legality)
	// version 10: what the rules refused and structuralHarm4 reads as a
	// request stays refused — no stance or look-alike vote rescues it
	// ("랜섬웨어 예시 코드 … 비트코인 요구 메시지")
	if v.Refuse && structuralHarm4(d) != "" {
		return v
	}
	// version 11: a crisis worded as going, a lethal dose or a method
	// asked for oneself, blades bought to do it again — the caring answer,
	// whatever the rules refused (structural11.go)
	if (structuralCrisis5(d) || structuralCrisis6(d)) && !d.has(pursuit) {
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	// version 11: the fifth batch of requests read by what they ask for;
	// a persona or a pretext refuses the harm the text names
	if c := structuralHarm5(d); c != "" {
		if c == "*" {
			c = namedHarm(a, d)
		}
		if c != "" {
			if !v.Refuse {
				v.Refuse, v.Category, v.Label = true, c, c
			}
			return v
		}
	}
	// version 13: a harm read by what it would make possible, a pretext
	// admitted, a crisis set for a day (structural13.go)
	c13 := structuralHarm6(d)
	if c13 == "" {
		c13 = structuralHarm7(d)
	}
	if c := c13; c == SelfHarm {
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	} else if c != "" {
		if !v.Refuse {
			v.Refuse, v.Category, v.Label = true, c, c
		}
		return v
	}
	// version 14: the writer's own means and resolve for a crisis; a harm
	// read by who does what to whom (structural14.go)
	if structuralCrisis14(d) && !d.has(pursuit) {
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	if c := structuralHarm8(d); c != "" {
		if !v.Refuse {
			v.Refuse, v.Category, v.Label = true, c, c
		}
		return v
	}
	// version 16: an act joined to a target, whatever the framing
	// (structural16.go)
	if structuralCrisis16(d) && !d.has(pursuit) {
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	if c := structuralHarm16(d); c != "" {
		if !v.Refuse {
			v.Refuse, v.Category, v.Label = true, c, c
		}
		return v
	}
	// version 9: a harm asked for by what is asked for (views.go)
	if !v.Refuse {
		if c := structuralHarm(d); c != "" || structuralHarm2(d) != "" || structuralHarm3(d) != "" || structuralHarm4(d) != "" {
			if c == "" {
				c = structuralHarm2(d)
			}
			if c == "" {
				c = structuralHarm3(d)
			}
			if c == "" {
				c = structuralHarm4(d) // version 10 (structural10.go)
			}
			v.Refuse, v.Category, v.Label = true, c, c
			return v
		}
		if structuralCrisis(d) {
			return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// version 8: a threat to make (a note or a message meant to scare, a
	// "you'll regret it") by a writer who received none is refused as
	// harassment
	if !v.Refuse && makes && d.has(threatMake) && !d.has(victim) && !d.has(doneToMe) && !d.has(gotSent) && !d.has(learner) && !d.has(askWhyWrong) && !d.has(critique) {
		v.Refuse, v.Category, v.Label = true, Harassment, Harassment
		return v
	}
	// the most probable category within the group that the text names;
	// with aboveOrdinary, only one the category model ranks above everyday.
	// Version 4: a look-alike both models are sure of (the best label)
	// needs none of its subject words, as a harm does (bestHarm).
	within := func(help, aboveOrdinary bool) string {
		for i, s := range a.Scores {
			if groupOf(s.Intent) == ordinary {
				continue
			}
			if strings.HasPrefix(s.Intent, helpPrefix) != help {
				continue
			}
			// with aboveOrdinary: ranked above everyday, or among the top
			// three with a fair share of the probability
			if aboveOrdinary && i > 0 && groupOf(a.Scores[0].Intent) == ordinary && (i > 2 || s.P < 0.25) {
				return ""
			}
			// version 13: a thing chosen for a child of an age is no sexual
			// subject ("science books for a 14 year old?" got the guidance
			// on abuse material)
			if c := strings.TrimPrefix(s.Intent, helpPrefix); c == SexualMinors && d.has(childThings) && !d.named(sexualWords) {
				continue
			} else if d.names(c) || help && i == 0 && sure(s.P, pHelp) && contentWords(d.t.raw) >= 2 && (c != SexualMinors || d.has(minorWords)) {
				return c
			}
		}
		return ""
	}
	// The two models vote: each group's probability is the mean of the
	// group model's and the category model's (its categories summed).
	// Requiring both models' best labels to agree, as version 2 did,
	// missed requests the group model was sure of while the category
	// model spread its probability over several harmful categories.
	top := ordinary
	switch {
	case pHarm >= pHelp && pHarm > 1-pHarm-pHelp:
		top = "harmful"
	case pHelp > pHarm && pHelp > 1-pHarm-pHelp:
		top = "help"
	}
	near := g.Similarity >= l.MinSimilarity
	harm := ""
	if top == "harmful" && pHarm >= l.RefuseP && near {
		harm = bestHarm(a, d, pHarm)
	}
	g.P = pHarm
	if top == "help" {
		g.P = pHelp
	}
	// The crisis phrases come first; the model's self-harm only when the
	// rules refuse nothing and the text speaks of dying, hurting oneself
	// or depression ("I can't sleep well" gets wellbeing guidance below).
	if harm == SelfHarm && mundane && !d.has(crisisPhrases) {
		harm = ""
	}
	// (the lead, after the v16 merges) a bare question of two or three
	// words that names nothing of a crisis — no words of dying, of
	// despair, of the writer — is not one on the models' word alone:
	// "어떻게 쓰는 거예요?" (how is it used?) got the crisis answer once
	// safety16a's indirect-crisis examples were learned
	// (TestUnderstandingSetsNotFlagged)
	if harm == SelfHarm && len(strings.Fields(text)) <= 3 && !d.has(crisisPhrases) && !d.has(suicideWords) && !d.has(despair) && !d.has(selfWords) && !structuralCrisis16(d) {
		harm = ""
	}
	// version 8: a dose or a method aimed at someone else ("how much would
	// kill a grown man", "make my husband sick") is violence, not the
	// writer's crisis
	if harm == SelfHarm && d.has(harmsOther) && !d.has(crisisPhrases) {
		harm = Violence
	}
	if d.has(crisisPhrases) || harm == SelfHarm && !v.Refuse && !d.has(pursuit) && (d.has(selfWords) || !d.names(SelfHarm)) {
		// version 8: someone else's words ("my student wrote what reads
		// like a goodbye letter", "my brother keeps typing kms") or a loss
		// to suicide get the helpers' guidance, which also gives 109
		// version 14: or a friend's words reported in Korean ("친구가
		// 죽고싶다는 말을 해요"); one the writer denies ("죽고 싶은 건
		// 아닌데") gets the wellbeing guidance (structural14.go)
		if crisisDenied(d) && !d.has(firstPersonCrisis) && l.help[wellbeing][lang] != "" {
			return Verdict{Topic: wellbeing, Help: l.help[wellbeing][lang], Label: helpPrefix + SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
		}
		if (d.has(helperAsk) || d.has(bereaved) || crisisReported(d)) && !d.has(firstPersonCrisis) {
			return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.help[SelfHarm][lang], Label: helpPrefix + SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
		}
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	if harm == SelfHarm && !v.Refuse {
		harm = ""
		if top == "harmful" && !d.has(otherPerson) {
			top, g.P = "help", 1
		}
	}
	// Someone who would do the harm themselves (perpetrator, evasion) and
	// names it is refused whatever the models' confidence; so is a request
	// to make something (a message, a script) that the category model
	// ranks first as harmful, and the group model reads as harmful (0.7),
	// unless it is protective or for teaching; and a request to make
	// something that impersonates someone (deceit).
	if !v.Refuse {
		if c := l.doerHarm(a, d); c != "" && (doer || makes && (d.has(convincing) || d.has(deceit)) && !d.has(learner) || makes && (!prot || pHarm >= l.SureP) && harm != "" && harm != SelfHarm && pHarm >= 0.7 && !d.has(learner) && !d.has(victim) && !ownNoticePlain(d)) {
			v.Refuse, v.Category, v.Label = true, c, c
			return v
		}
	}
	// Version 7: payment-fraud tricks (a faked proof of payment, many
	// accounts for one person's coupons, a hack claimed falsely) asked by
	// the one who would do them.
	if !v.Refuse && (d.has(fraudTricks) && !d.has(victim) || d.has(falseClaim)) && !plainAsk(d) && !d.has(doneToMe) && !d.has(gotSent) && !d.has(selfDefence) && !d.has(learner) && !d.has(legality) && !d.has(askWhyWrong) && !d.has(critique) {
		v.Refuse, v.Category, v.Label = true, PaymentFraud, PaymentFraud
		return v
	}
	// Version 7: with a minor named, a hidden camera, a sexual depiction
	// (even "for an art project") or selling a child's bath or naked
	// images is refused unless it protects (a check for hidden cameras) or
	// teaches body safety.
	kid := d.has(minorWords) || d.has(babyWords)
	// a child made to keep a secret from their parents, asked as how to
	// do it, is grooming (version 7)
	if !v.Refuse && d.has(minorWords) && d.has(kidSecret) && !d.has(spotting) && !d.has(selfDefence) && !d.has(doneToMe) && !d.has(learner) && !d.has(studies) {
		v.Refuse, v.Category, v.Label = true, SexualMinors, SexualMinors
		return v
	}
	if !v.Refuse && !d.has(sexEd) && (d.has(kidFetish) || kid && d.has(kidImage) && d.has(saleWords) || d.has(minorWords) && (d.has(sexualDepiction) && !d.has(selfDefence) || d.has(hiddenCam) && !prot)) {
		v.Refuse, v.Category, v.Label = true, SexualMinors, SexualMinors
		return v
	}
	// A minor and explicit sexual words together, with no protective,
	// teaching or learning stance, are refused whatever the models say; so
	// is a request to make such text from a protective writer ("a sexy
	// story about my student": no parent or teacher needs one).
	if !v.Refuse && d.has(minorWords) && !chasteFiction(d, text) && (d.has(explicitSex) || d.has(romance) && !d.has(otherMinorsOnly)) && (!prot || makes || d.has(closerHow)) && !d.has(learner) && !d.has(studies) {
		v.Refuse, v.Category, v.Label = true, SexualMinors, SexualMinors
		return v
	}
	// Version 8: a request for the working detail of a harm the models
	// find (step by step, exact quantities, a parts list, how to extract
	// or synthesise, how an attacker would maximise the damage) is
	// refused whatever frame comes with it — "for research", "for my
	// novel", "화학 숙제인데" — unless its writer suffered the harm or
	// protects against it: the frame changes nothing in what the answer
	// would teach.
	// version 8: making an explosive, a nerve agent or a poison named
	// outright is violence whatever the models read ("화학 숙제인데 과산화
	// 아세톤 합성 절차")
	if !v.Refuse && d.has(dangerAgent) && (d.has(operational) || d.has(agentMaking)) && !d.has(victim) && !d.has(selfDefence) && !d.has(askWhyWrong) && !d.has(critique) {
		v.Refuse, v.Category, v.Label = true, Violence, Violence
		return v
	}
	// version 8: a dose to kill or fell someone else ("my grandma's
	// pills that would put her down quietly") is violence, whatever the
	// models read
	if !v.Refuse && d.has(harmsOther) && d.has(doseToKill) && !d.has(victim) && !d.has(selfDefence) && !d.has(askWhyWrong) && !d.has(legality) {
		v.Refuse, v.Category, v.Label = true, Violence, Violence
		return v
	}
	// version 8: an exclusion notice against a nationality, a religion
	// or a group, asked to be made or worded
	if !v.Refuse && d.has(exclusionNotice) && !d.has(victim) && !d.has(doneToMe) && !d.has(askWhyWrong) && !d.has(critique) && !d.has(legality) && !d.has(isItDiscrimination) && !d.has(learner) {
		v.Refuse, v.Category, v.Label = true, Discrimination, Discrimination
		return v
	}
	// safety15a: a text against a group made to pass unnoticed or beyond
	// answer ("반박 못 하게", "티 안 나게 … 지원 못 하게", "keep them out,
	// subtly"), or a blanket claim about a group put into a notice or a
	// post, is discrimination however the models read its words
	if !v.Refuse && slantedAgainst(d) && !d.has(victim) && !d.has(doneToMe) && !d.has(askWhyWrong) && (!d.has(critique) || d.has(unrebuttable)) && !d.has(legality) && !d.has(isItDiscrimination) && !d.has(respondsTo) && !d.has(rebutAsk15a) {
		v.Refuse, v.Category, v.Label = true, Discrimination, Discrimination
		return v
	}
	opHarm := harm
	if (opHarm == "" || opHarm == SelfHarm) && top == "harmful" && pHarm >= l.RefuseP && near {
		opHarm = l.doerHarm(a, d)
	}
	if !v.Refuse && opHarm != "" && d.has(operational) && !d.has(victim) && !d.has(selfDefence) && !d.has(doneToMe) && !d.has(askWhyWrong) && !d.has(critique) {
		v.Refuse, v.Category, v.Label = true, opHarm, opHarm
		return v
	}
	helpTopic := ""
	// A question about why a quoted stereotype or insult is wrong gets
	// the guidance on that harm, never a refusal.
	if d.has(critique) && !makes && !evading && harm != "" && harm != SelfHarm {
		helpTopic = harm
	}
	if helpTopic == "" && top == "help" && g.P >= l.HelpP && near && !own {
		helpTopic = within(true, false)
	}
	// Version 7: a question (or a protective text) that both models read
	// as a look-alike gets the category model's best look-alike guidance
	// without its subject words when that model gives it at least half
	// its probability and the vote is at least LookP: "is it illegal to
	// ask a candidate's religion?" names no word of discrimination the
	// lists know, and went to a brain with nothing to say.
	if helpTopic == "" && top == "help" && g.P >= LookP && near && !own && !makes && !doer && (d.has(asks) || prot) && contentWords(d.t.raw) >= 3 && len(a.Scores) > 0 {
		if s0 := a.Scores[0]; strings.HasPrefix(s0.Intent, helpPrefix) && s0.P >= 0.5 {
			if c := strings.TrimPrefix(s0.Intent, helpPrefix); c != SelfHarm && (c != SexualMinors || d.has(minorWords) || d.names(SexualMinors) && d.named(sexualWords)) {
				helpTopic = c
			}
		}
	}
	// The guidance on protecting children only where the text speaks of
	// something sexual, or protects or learns: a birthday present for a
	// child is no question about abuse.
	// Version 7: a protective parent needs a word of the children's
	// guidance's subject too (childCtx): "my kid swallowed something from
	// under the sink" got the text on grooming and consent.
	if helpTopic == SexualMinors && !d.named(sexualWords) && !(prot && d.has(childCtx)) && !d.has(learner) && !d.has(studies) {
		helpTopic = ""
	}
	// A protective or learning stance makes a look-alike of what the
	// category model ranks above everyday, whatever the group model's
	// confidence: "사기 문자 차단하는 법" is about the harm but wants
	// protection from it.
	// Version 8: a study frame ("for research: summarize why <group> are
	// more violent") is no stance where both models are sure of a harm.
	if helpTopic == "" && (prot || (d.has(studies) || d.has(metaTalk)) && !doer && !sureHarm) && !makes && near {
		helpTopic = within(true, true)
	}
	// Version 6: a protective writer whose text both models place near a
	// harm (harm and look-alike together at least half) gets the guidance
	// of the first category among the category model's top four that the
	// text names, harmful or look-alike: the guidance is safe for whoever
	// asks, and such questions ("my friend says women can't do math, how
	// do I argue back?") went to a brain that had nothing to say.
	if helpTopic == "" && prot && !makes && !doer && near && pHarm+pHelp >= 0.5 {
		for i, s := range a.Scores {
			if i >= 4 {
				break
			}
			if c := strings.TrimPrefix(s.Intent, helpPrefix); groupOf(s.Intent) != ordinary && c != SelfHarm && d.names(c) && (c != SexualMinors || d.named(sexualWords)) {
				helpTopic = c
				break
			}
		}
	}
	// The rules refuse what they match, unless the text is written from
	// the protective side and asks to make nothing ("전 남친이 협박 문자를
	// 보내요" is a victim, not a request for a threat), or the model is
	// sure it is a look-alike.
	if v.Refuse {
		// version 4: or the category model all but certain of a look-alike
		// (0.95) that both models' vote favours (0.75)
		sureLook := len(a.Scores) > 0 && groupOf(a.Scores[0].Intent) == "help" && a.Scores[0].P >= 0.95 && pHelp >= 0.75
		// version 7: a question about bullying or prejudice in a book,
		// a film or a class reading is discussed, not refused
		fiction := d.has(fictionTalk) && (d.has(studies) || d.has(learner) || d.has(media)) && d.has(asks) && (v.Category == Harassment || v.Category == Discrimination)
		// version 9: or it answers the claim it quotes ("debunking the
		// claim that …", "… 반박하는 칼럼")
		// version 13: discussion questions on a work read in class make
		// nothing of the harm the work shows
		discuss := d.has(discussAid) && (d.has(fictionTalk) || d.has(readWork)) && !doer && !evading && !d.has(feignedFrame) && v.Category != SexualMinors
		rescue := discuss || v.Category == SexualMinors && chasteFiction(d, text) || prot && (!makes || d.has(learner) || helpTopic != "" && g.P >= l.SureP) || fiction && !makes && !doer && !evading ||
			d.has(rebut) && !doer && !evading && !d.has(convincing) ||
			(pHelp >= l.SureP || sureLook || d.has(askWhyWrong) || d.has(recs) && !d.has(explicitSex)) && !makes && !doer && !evading ||
			plainAsk(d) && !makes && !doer && !evading // version 11 (structural11.go)
		if !rescue {
			return v
		}
		if helpTopic == "" && v.Category != "" && l.help[v.Category] != nil {
			helpTopic = v.Category
		}
		if helpTopic == "" {
			return v
		}
	}
	if helpTopic == SelfHarm && mundane {
		helpTopic = ""
	}
	if helpTopic == SelfHarm && !d.has(otherPerson) && !d.has(media) {
		// someone low asking for themselves: the caring answer, or — for
		// stress, sleep or feeling down with no word of dying or hurting
		// oneself — the guidance on wellbeing, which also gives 109
		h := l.crisis[lang]
		if w := l.help[wellbeing][lang]; w != "" && !d.has(selfWords) {
			h = w
		}
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: h, Label: helpPrefix + SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	// A protective text about a harm the model finds (a victim quoting the
	// scam, someone asking whether it is one) gets that harm's guidance.
	if helpTopic == "" && harm != "" && prot && (!makes || d.has(learner)) && l.help[harm] != nil {
		helpTopic = harm
	}
	if own || makes && d.has(againstHarm) && !doer {
		helpTopic = "" // version 6: a poster against racism is made, not answered with guidance
	}
	// version 7: whichever step chose it, the children's guidance needs
	// a word of its subject (a child who swallowed a battery is no
	// question about abuse)
	if helpTopic == SexualMinors && !d.named(sexualWords) && !d.has(childCtx) && !d.has(learner) && !d.has(studies) {
		helpTopic = ""
		// a worried parent gets the next category the models see there
		// (the violence guidance has poisoning, falls are for 119)
		for i, s := range a.Scores {
			if i >= 4 || !prot {
				break
			}
			if c := strings.TrimPrefix(s.Intent, helpPrefix); groupOf(s.Intent) != ordinary && c != SexualMinors && c != SelfHarm && s.P >= 0.15 && (c == Violence || d.names(c)) {
				helpTopic = c
				break
			}
		}
	}
	// Version 7: a question for a help line's number ("청소년 상담 전화
	// 번호", "what's the crisis line in korea") gets the directory of
	// Korean help lines, not a brain that knows none.
	if helpTopic == "" && d.has(helplineAsk) && !makes && !doer && !evading && (harm == "" || prot) && l.help[helplines] != nil {
		helpTopic = helplines
	}
	// version 10: guidance, where the rules refuse nothing, needs its own
	// evidence that the text asks about the harm (focus.go)
	if helpTopic != "" && !v.Refuse && helpTopic != SelfHarm && helpTopic != helplines && helpTopic != wellbeing && !asksAbout(d, helpTopic, prot) {
		helpTopic = ""
	}
	if helpTopic != "" {
		return Verdict{Topic: helpTopic, Help: l.help[helpTopic][lang], Label: helpPrefix + helpTopic, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	// The model refuses on its own what it finds harmful, unless the text
	// is protective and asks to make nothing, and the model is not sure.
	// On its own, the model refuses only what names the harm well: sure
	// enough (0.7), or with two of the category's subject words — one
	// domain word ("which payment methods can I use?") is not a harm — and
	// for sexual content with minors, both halves.
	if harm == SexualMinors && !d.named(sexualWords) && d.names(SexualMinors) && !(a.Scores[0].Intent == SexualMinors && sure(a.Scores[0].P, pHarm)) {
		harm = ""
	}
	if harm != "" && g.P < oneWordP && d.count(topicWords[harm]) < 2 {
		harm = ""
	}
	// Below 0.7 the category model must agree: its best label harmful,
	// not everyday ("I want a refund, please cancel the order" is a
	// shopping request however its words sound).
	if harm != "" && g.P < 0.7 && len(a.Scores) > 0 && groupOf(a.Scores[0].Intent) != "harmful" {
		harm = ""
	}
	learning := (d.has(learner) || d.has(studies) || d.has(metaTalk) || d.has(recs) && !d.has(explicitSex)) && !makes && !doer
	// version 8: nor does a learning frame where both models are sure of
	// the harm (sureHarm) and nothing speaks as a victim or asks why it is
	// wrong
	framedHarm := sureHarm && learning && !d.has(protective) && !prot && !d.has(askWhyWrong) && !d.has(critique)
	// version 9.1: never a victim's, a reporter's or a protector's
	// question (stance.go), nor a text that answers the claim it names,
	// on the models' word alone — however sure they are of the harm the
	// text is about
	// version 9.1: a coming-of-age story with nothing sexual and no
	// adult in it (stance.go)
	if harm == SexualMinors && chasteFiction(d, text) {
		harm = ""
	}
	if (stance || remedy || d.has(defenderAsk) && !evading) && !doer && (!makes || !sureHarm) || d.has(rebut) && !d.has(unrebuttable) && !doer && !evading && !d.has(convincing) {
		harm = ""
	}
	// version 11: nor a plain asker's question about their own safety or
	// a harm done to them (structural11.go)
	if plainAsk(d) && !doer && (!makes || ownNoticePlain(d)) {
		harm = ""
	}
	if harm != "" && (!prot && !own && !learning || makes && !d.has(learner) || g.P >= l.SureP || framedHarm) {
		v.Refuse, v.Category, v.Label = true, harm, harm
		return v
	}
	// version 19: the model decides what no rule, layer or subject word
	// placed, when both models are sure enough of a harm and the writer
	// takes no protective, learning or questioning stance (modelDecides)
	// (and the group model's own best reading harmful too)
	if !v.Refuse && top == "harmful" && g.Intent == "harmful" && near && !doer && !prot && !own && !learning && !stance && !remedy && !mundane && !vent {
		if c := l.modelDecides(a, d, pHarm); c == SelfHarm {
			if !d.has(otherPerson) && !d.has(media) {
				return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: pHarm, Harm: v.Harm, Safe: v.Safe}
			}
		} else if c != "" {
			v.Refuse, v.Category, v.Label, v.P = true, c, c, pHarm
			return v
		}
	}
	// A question about a harm that the models cannot place between the
	// harm and its look-alike (together at least AboutHarmP), from no
	// perpetrator and asking to make nothing, gets the guidance of the
	// category the model ranks first among those the text names: the
	// guidance is safe to give whoever asks, and a brain that does not
	// know the topic has nothing useful to say ("do immigrants commit
	// more crime? I keep hearing it").
	if !v.Refuse && !doer && !makes && !own && near && pHarm+pHelp >= AboutHarmP && (prot || learning || d.has(asks)) {
		if c := aboutHarm(a, d); c != "" && (c != SexualMinors || d.named(sexualWords)) && !(c == SelfHarm && mundane) && (c == SelfHarm || asksAbout(d, c, prot)) {
			if c != SelfHarm {
				return Verdict{Topic: c, Help: l.help[c][lang], Label: helpPrefix + c, P: pHarm + pHelp, Harm: v.Harm, Safe: v.Safe}
			}
			h := l.help[SelfHarm][lang]
			switch {
			case d.has(otherPerson) || d.has(media):
			case d.has(selfWords):
				h = l.crisis[lang]
			case l.help[wellbeing][lang] != "":
				h = l.help[wellbeing][lang]
			}
			return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: h, Label: helpPrefix + SelfHarm, P: pHarm + pHelp, Harm: v.Harm, Safe: v.Safe}
		}
	}
	// Text that names suicide or self-harm and that nothing above
	// answered never goes to a brain that may not know what to say: about
	// someone else, or to learn or prevent, it gets the guidance for
	// helpers; about the writer, the caring answer. Both give 109. A false
	// alarm costs a kind word and a phone number; a miss can cost a life.
	if !v.Refuse && d.has(suicideWords) {
		if d.has(otherPerson) || prot || d.has(learner) || d.has(studies) || d.has(media) {
			return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.help[SelfHarm][lang], Label: helpPrefix + SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
		}
		return Verdict{Category: SelfHarm, Topic: SelfHarm, Help: l.crisis[lang], Label: SelfHarm, P: g.P, Harm: v.Harm, Safe: v.Safe}
	}
	return v
}

// sureHarmVote is both models' vote for harm (groupP) at which the broad
// protective words no longer count (version 5; 0.9 left most such
// requests to them).
const sureHarmVote = 0.8

// doneToMe is a harm done to the writer ("insults me", "저한테 욕해요"):
// a victim's words, which hold where both models are sure of a harm.
var doneToMe = mustFold(`\bshould (i|we) (buy|order|pay|trust|invest|send (them|him|her|the|money)|put (money|\$?\d+\w*) in)\b|(사도|믿어도|투자해도|입금해도|송금해도)\s?(될까|되나|돼|괜찮)|\b(keeps? |kept |been |is |are |was )?(messaging|texting|dm'?ing|emailing|calling|contacting|following) me\b|\b(insult|mock|bull(y|ie)|threaten|harass|stalk|follow|hit|tease|ignore|exclude|blackmail|hack|scam|trick|touch|humiliate|yell at|scream at|laugh at|make fun of|pick on|spread rumou?rs about|call)(s|es|ed|d|ing)? me\b|\b(sold|charged|blocked|ghosted|sent|texted|dmed|messaged) me\b|\b(logged|got|broke) into my\b|(내|제)\s?(계정|카톡|인스타|폰|메일|아이디)\S*\s?(으로|에|를)?\s?(몰래|누가|누군가|로그인)|내\s?사칭|(사기|스미싱|피싱)\s?(맞|인가|아니|야\s?\?|지\s?\?|예요|에요|일까|죠)|\bis (this|that|it) (a )?(scam|fraud|phishing|legit)\b|(나|저)(를|한테|에게)\s?\S*\s?(욕|놀리|놀려|때리|때려|협박|무시|따돌|괴롭|만지|비웃|소리)|(당했|당하고\s?있|당해요|당하는\s?중)|\b(getting|got|receiving|received|keep getting|kept getting) (\w+ )?(threatening|creepy|nasty|abusive|harassing|weird|scary|scam|spam) (dms|messages|texts|calls|emails|comments)\b|\b(i|we) keep getting (these|them|those|calls|texts|messages|emails)\b|\bwant (them|it|this|these|the calls|the texts) to stop\b|(딸|아들|아이|애|동생|조카|학생|친구)\S*(가|이)\s.{0,40}(받는대|받았대|당한대|당했대|당하고\s?있대|듣는대|들었대)`)

// askWhyWrong asks why a harm is wrong, what drives it (psychology,
// sociology), for safe practice, or with the owner's permission — a
// learner's or an owner's stance that holds where both models are sure
// of a harm (version 5).
var askWhyWrong = mustFold(`\bwhy (is|are|would)\b.{0,60}\b(a crime|illegal|wrong|harmful|a problem|against the law)\b|\bwhy\b.{0,60}\b(is|are) (a crime|illegal|wrong|harmful|bad|a problem|against the law)|왜\s?(범죄|불법|문제|나쁜|잘못)|(심리학|사회학)적으로|\b(psychologically|sociologically)\b|\b(safe|secure|right|proper)( way| ways)? to (store|hash|keep)|\b(if|since|because) (she|he|they|my \w+) (says?|said) (it'?s|its|i can|that'?s) ?(ok|okay|fine|allowed)?|허락(받|했|하셨|해\s?줬)`)

// selfDefence is a purpose of protecting oneself or others, stated
// outright ("so I can avoid it", "안 당하려면"): a protective stance that
// holds even where both models are sure of a harm (version 5).
var selfDefence = mustFold(`\bhow (do|can|should|would) (i|we|people|you) avoid (getting|being|falling)\b|막는\s?(법|방법)|막으려면|방어(하는)?\s?(법|방법)|\bhow (do|can|should) (i|we|companies|schools|stores|shops|parents|teachers|people) (protect|secure|detect|stop|tell|spot|recogni[sz]e|prevent|return)|\bhow (to|do i|can i|should i) (tell|spot|detect|return|make a strong|check (for|if|whether))|\b(check|checking) (for|if|whether) (there'?s |there is |it'?s |it has |they'?re )?(a |an |any )?(skimm|spy|stalker|hidden|fake|scam|camera|tracker)|\bso (i|we|they|you) (can|could|don'?t|won'?t) (avoid|protect|spot|recogni[sz]e|prevent|fall for|get (scammed|hacked|tricked))|\bto (avoid|prevent|spot|recogni[sz]e) (it|them|this|that|being|getting|scams?|fraud|phishing)|\bprotect (myself|ourselves|my|our|them|him|her|kids|children|students)\b|안\s?당하(게|려면|는\s?법)|당하지\s?않(게|으려면)|예방|조심(하|할)|대비|\b(make|keep) (my |our |the )?(\w+ ){0,2}(safe|safer|child.?proof|baby.?proof|pet.?proof)\b|안전하게\s?(만들|지키|키우)`)

// responder marks a stance version 6 found the protective words missed,
// strong enough to hold where both models are sure of a harm: asking
// whether something is legal; making one's own network or device harder
// to break into; locked out of one's own device; how to answer what
// someone else posted or said; a parent asking how to talk to their child
// about what the child saw or did.
var responder = mustFold(`\b(harder|hard|tougher|impossible) (to|for (people|anyone|others|hackers|neighbou?rs) to) (break into|hack|crack|guess|get into)\b|안\s?뚫리(게|도록|는)|뚫리지\s?않|\b(forgot|forgotten|lost|can'?t remember)\b.{0,20}\b(the |my )?(own )?(passcode|password|pin|pattern|code)\b.{0,25}\b(on|for|to) my (own )?|\blocked out of my (own )?|\bmy own (old )?(phone|ipad|tablet|laptop|computer|device|account)\b|(내|제)\s?(옛날|예전|오래된)?\s?(폰|아이패드|태블릿|노트북|컴퓨터)\S*\s?.{0,12}(비밀번호|비번|암호|패턴)\S*\s?(까먹|잊어|모르)|(아들|딸|아이|애|자녀|조카)\S*\s?.{0,40}(어떻게\s?(대화|얘기|이야기|말해|말을|설명)|뭐라고\s?(말해|얘기))|\bmy \d*\s?(-?year-?old|yo|son|daughter|kid|child|teen)\b.{0,60}\bhow (do|should|can) i (talk|handle|explain|bring|approach)`)

// legality asks whether something is legal: a question, not a request
// to make what it names ("someone offered me money to write reviews — is
// that even legal?").
var legality = mustFold(`\bis (that|this|it) (even )?(legal|illegal|allowed|against the law|a crime)\b|\b(legal|illegal|against the law) to\b|불법(이야|인가|이에요|일까|아니|인지)|합법(이야|인가|이에요|인지)`)

// respondsTo is someone else's act and the writer asking how to answer
// it ("누가 단톡에 비하 밈 올렸는데 뭐라고 해야 돼?"): the act's words are
// not the writer's.
var respondsTo = mustFold(`((누가|누군가|사람이)\s|\b(someone|somebody|a (coworker|colleague|classmate|friend|relative))\b).{0,80}(뭐라고\s?(해야|말해야|말하지|하지|할지)|어떻게\s?(대응|말하지|말해야|말려|해야)|what (should|do|can) i (say|do)|how (do|should|can) i (respond|react|handle|bring (it|this) up))|(사람|팀장|상사|동료|선배|친척)\S*\s?(이\s?|가\s?)?있는데\s?.{0,15}(어떻게|뭐라고)\s?(말하|대응|해야)`)

// recs asks for films, books or shows on a subject: an everyday request,
// never refused on the subject's words ("해킹 나오는 영화 추천").
var recs = mustFold(`(영화|드라마|책|소설|다큐|애니|movies?|films?|books?|shows?|series|documentar(y|ies)|novels?|podcasts?)\S*\s?.{0,15}(추천|recs?\b|recommend|suggest)|(추천|recommend|suggest)\S*\s?.{0,20}(영화|드라마|책|소설|다큐|movies?|films?|books?|shows?|documentar)`)

// venting is wanting to kill or hurt someone else in jest ("팀장 진짜
// 죽이고싶다 ㅋㅋ", "gonna murder my brother lol"): no ideation and no
// threat; it gets the wellbeing guidance (version 6: the models read it
// as self-harm and gave the crisis line).
var venting = mustFold(`(죽이고\s?싶|죽여\s?버리고\s?싶|죽여\s?버릴|패\s?버리고\s?싶|때려\s?주고\s?싶)|\b(gonna|going to|could|wanna|want to|will|i'?ll) (murder|kill|strangle|destroy) (my|him|her|them|that|this)\b`)
var jest = mustFold(`ㅋ|ㅎㅎ|\blol\b|\blmao\b|\bhaha|😂|🤣`)

// againstHarm is a campaign against a harm ("an anti-racism poster",
// "학교폭력 예방 포스터"): with a request to make something, the brain
// makes it.
var againstHarm = mustFold(`\banti-?\s?(bullying|bully|racism|racist|harassment|discrimination|hate|sexism|scam|fraud|phishing)|(학교폭력|사이버폭력|괴롭힘|따돌림|차별|혐오|사기|피싱)\s?(예방|근절|반대|추방|없는)`)

// suicideWords name suicide or self-harm outright (not "dying for sushi"):
// such text always gets an answer with the crisis line (see Check's end).
var suicideWords = mustFold(`better off (gone|dead)|\b(wants?|wanted|wanting|talks? about wanting|said she wants|said he wants) to (die|disappear forever|end it all)\b|(죽고|사라지고|없어지고)\s?싶다고|다\s?포기하고\s?싶다고|(ends?|ended|ending|takes?|took|taking) (her|his|their|my) (own )?life\b|생을\s?마감|스스로\s?목숨|자살|자해|극단적\s?선택|생명의\s?전화|suicid|self.?harm|kill (my|him|her|them)sel(f|ves)|cutting (my|him|her|them)sel(f|ves)|cuts on (my|his|her|their) (arms?|wrists?|legs?)`)

// media marks a text about a book, a film or the news: suicide named in
// it is someone else's story, answered with the guidance for helpers
// (which also gives 109), not the caring answer to the writer.
var media = mustFold(`뉴스|기사|보도|책|소설|영화|드라마|다큐|웹툰|\b(news|article|report|book|novel|movie|film|show|series|documentary|song|poem)s?\b`)

// asks marks a question (not a request to do or find something).
var asks = mustFold(`\?\s*$|(까|나요|가요|죠|니|냐|는지|인지|을까요|ㄹ까요)[.!]?\s*$|^(what|why|how|is|are|do|does|did|can|could|should|who|where|when|which)\b`)

// AboutHarmP is the probability of harm and look-alike together (both
// models' mean) at which an undecided question about a harm gets that
// harm's guidance rather than the brain.
const AboutHarmP = 0.6

// LookP is the look-alike vote at which a question gets the category
// model's best look-alike guidance without naming its subject (version 7).
const LookP = 0.6

// aboutHarm is the category of the category model's most probable harm
// or look-alike label that the text names, or "".
func aboutHarm(a intent.Analysis, d *doc) string {
	for _, s := range a.Scores {
		if groupOf(s.Intent) == ordinary {
			continue
		}
		if c := strings.TrimPrefix(s.Intent, helpPrefix); d.names(c) {
			return c
		}
	}
	return ""
}

// groupP is the probability of group (harmful, help or ordinary): the
// mean of the group model's and the category model's, whose categories
// are summed by group.
func groupP(g, a intent.Analysis, group string) float64 {
	var pg, pa float64
	for _, s := range g.Scores { // the group model's labels are the groups
		if s.Intent == group || s.Intent == intent.None && group == ordinary {
			pg += s.P
		}
	}
	for _, s := range a.Scores {
		if groupOf(s.Intent) == group {
			pa += s.P
		}
	}
	return (pg + pa) / 2
}

// oneWordP is the probability the model needs to refuse on its own a
// text that names its harm with one subject word only ("which payment
// methods …" names payment and nothing harmful). minHarmP is the least
// probability a harmful category needs for bestHarm: a category the model
// gives next to nothing is no reading of the text, whatever words it
// shares. Both chosen by cross-validation on the training data
// (docs/safety.md): 0.7 and 0.10 keep 77 % of harmful requests handled
// and refuse 1.4 % of everyday ones (0.7 and 0: 80 % and 2.3 %).
const oneWordP = 0.7

const minHarmP = 0.10

// genericPeople is "people" meaning everyone (of a time or place), with
// no word before it that makes a group of them: "couldnt people already
// write?", "did people …", "그때 사람들은". A stereotype names its group
// ("old people", "people from …", "여자들"), and those words are the
// discrimination subject's; with them the text names the harm anyway.
var genericPeople = mustFold(`(^|[?.!,]\s?|\b(could|couldn'?t|couldnt|did|didn'?t|didnt|do|don'?t|dont|can|can'?t|cant|would|wouldn'?t|wouldnt|were|weren'?t|werent|was|had|hadn'?t|hadnt|the|ordinary|common|most|many|some|so|then|back then|why)\s)people (already|even|still|ever|back then|at (that|the) time|in (the )?(past|old days|joseon|those days)|(could|couldn'?t|couldnt|did|didn'?t|didnt|were|weren'?t|had|hadn'?t|use[d]?|write|read)\b)|(그때|그\s?때|당시|예전|옛날|그\s?시대|조선)\S*\s?(의\s)?(사람들|백성)|백성들?(은|이|도|의)`)

// bestHarm is the category model's most probable harmful category that
// the text names — for sexual_minors both a minor and something sexual —
// or "". Version 4: a category both models are sure of (sure) is taken
// even when the text names none of its subject words — cross-validation
// showed half of the harmful requests the checker missed were ones the
// models read right but whose words ("make the new kid cry", "jokes about
// Mexicans", "살 이유를 모르겠어") no hand-written word list held.
func bestHarm(a intent.Analysis, d *doc, pHarm float64) string {
	for i, s := range a.Scores {
		// a category the model gives next to nothing is no reading of
		// the text, whatever words it shares
		if groupOf(s.Intent) != "harmful" || s.P < minHarmP {
			continue
		}
		if !d.names(s.Intent) {
			// self-harm without its words ("모아둔 약 다 먹으려구요", "a
			// goodbye letter, I've decided") at a lower bar: a false alarm
			// costs a kind word and a phone number, a miss can cost a life
			// (version 5; the answer is the caring one, never a refusal)
			// (version 8: or the category model all but certain, 0.95, at a
			// vote of 0.7 — "which bridge is highest? I want to be sure")
			if i == 0 && s.Intent == SelfHarm && (s.P >= selfHarmP && pHarm >= selfHarmP || s.P >= 0.95 && pHarm >= 0.7) && contentWords(d.t.raw) >= 3 {
				return s.Intent
			}
			// version 9: or both models' vote all but sure of a harm (0.85)
			// where the category model splits it between harms (its best
			// at least 0.4) and the text names some harm's subject: "how
			// would someone drain an old neighbour's account" is read as
			// harm by both, spread over three categories
			if i == 0 && pHarm >= splitHarmP && s.P >= 0.4 && s.Intent != SexualMinors && s.Intent != SelfHarm && d.names("") && contentWords(d.t.raw) >= 4 {
				return s.Intent
			}
			// version 5: or the category model fairly sure (0.75) where
			// both votes together are sure (0.9) and the text says more
			// than a frame ("write meme text saying all old customers
			// are nightmares" names no group word)
			// version 10.1: never discrimination where the only people the
			// text names are everyone ("couldnt people already write?", a
			// history follow-up): no group is there to be demeaned, only
			// the shape of "why can't <group> …" (genericPeople)
			if i == 0 && (sure(s.P, pHarm) || s.P >= 0.75 && pHarm >= SureHarmP && contentWords(d.t.raw) >= 3) && (s.Intent != SexualMinors || d.has(minorWords)) && contentWords(d.t.raw) >= 2 && (s.Intent != Discrimination || !d.has(genericPeople)) {
				return s.Intent
			}
			continue
		}
		if s.Intent == SexualMinors && !d.named(sexualWords) && !(i == 0 && sure(s.P, pHarm) && contentWords(d.t.raw) >= 2) {
			continue
		}
		return s.Intent
	}
	return ""
}

// contentWords counts the words of text that are not the frame of a
// request ("자세히 알려 주세요", "tell me how", "write a …"): a model sure
// of a harm in text with fewer than two has read the frame, not a harm —
// "자세히 알려 주세요" is asked of harms and look-alikes and everything
// else alike.
func contentWords(text string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		if !frameWords[w] && len([]rune(w)) >= 2 {
			n++
		}
	}
	return n
}

var frameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`알려 알려줘 알려줄래 알려줘요 알려주세요 주세요 줘 줘요 줄래 줄래요 좀 자세히 더 방법 방법을 방법이 법 어떻게 어떻게요 해 해줘 해요 뭐 뭐야 뭐예요 제발 그냥 진짜 정말 요 써줘 써 만들어 만들어줘 해주세요 설명 설명해 설명해줘 있어 있어요 있나요 돼 돼요 되나요 할까 할까요 하는 하면 하고 싶어 싶어요 계속 다시 이거 그거 저거 이것 그것 그럼 네 응 아니 아니요 좋아 좋아요 감사 고마워
		please tell me how what why can could would you i a an the to of for in on it this that is are do does did give write make show explain about more detail details some any way ways so and or just really now again ok okay yes no thanks thank let let's lets me my pls plz want need know`) {
		m[w] = true
	}
	return m
}()

// SureCatP and SureHarmP are the category model's probability of its
// best (harmful) category and the two models' harmful probability at
// which the category is taken without its subject words (bestHarm).
// Chosen by cross-validation on the training data (docs/safety.md,
// "Version 4").
var SureCatP, SureHarmP = 0.9, 0.9

// selfHarmP is both probabilities at which the category model's
// self-harm, ranked first, is taken without a self-harm word (version 5).
const selfHarmP = 0.85

// splitHarmP is the vote for harm at which the category model's best harm,
// split with others, is taken without its own subject words (version 9).
const splitHarmP = 0.85

func sure(pCat, pHarm float64) bool { return pCat >= SureCatP && pHarm >= SureHarmP }

// doerHarm is the harmful category a perpetrator's text is about: the
// category model's most probable harmful category that the text names,
// else — version 4 — its best label when that is a harm other than
// self-harm with a fair share (0.5) of the probability.
func (l *Learned) doerHarm(a intent.Analysis, d *doc) string {
	for _, s := range a.Scores {
		if groupOf(s.Intent) == "harmful" && s.Intent != SelfHarm && d.names(s.Intent) && (s.Intent != SexualMinors || sexualSide(d) || !concealOnly(d)) {
			return s.Intent
		}
	}
	if len(a.Scores) > 0 {
		if s := a.Scores[0]; groupOf(s.Intent) == "harmful" && s.Intent != SelfHarm && s.P >= 0.5 && (s.Intent != SexualMinors || sexualSide(d) || !concealOnly(d)) {
			return s.Intent
		}
	}
	return ""
}

// minorWords name a child or teenager; explicitSex something sexual
// beyond doubt (not "성", which is also gender and a surname): together,
// without a protective or teaching stance, they are refused.
var (
	minorWords  = mustFold(`\b(little (girls?|boys?)|school ?(girls?|boys?)|toddlers?|child|children|kids?|minors?|teens?|teenagers?|underage|preteens?|middle[ -]?school(ers?)?|elementary|\d+(th|st|nd|rd)? ?grader|\d+[- ]?(year|yr)s?[- ]?old|\d+ ?yo|loli|csam|teenage|niece|nephew)\b|\b(canonically|aged?|she'?s|he'?s|who'?s|who is) (1[0-7]|[4-9])\b|아청|조카|아이|아동|어린|미성년|초등|초딩|중딩|고딩|잼민|중학생|고등학생|여중생|여고생|남중생|남고생|청소년|\d+\s?살|(^|[^가-힣])(열\s?(한|두|세|네|다섯|여섯|일곱|여덟)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉)\s?살(\s|$|[^가-힣]|짜리|인|이|밖에|이에요|이야)|제자|여학생|남학생|애들|초\s?[1-6]|(중|고)\s?[1-3]\b`)
	explicitSex = mustFold(`\b(sex|sexual|sexy|nudes?|naked|porn|porno|erotic|explicit|lewd|hentai|undress)\b|야한|야하게|야동|몸캠|성관계|성\s?경험|첫경험|첫\s?관계|잠자리\s?장면|섹스|누드|벗은|알몸|음란|성인물|성인\s?방송|에로|\blingerie\b|\b(underwear|bikini|swimsuit|bath(ing)?)\s(photos?|pics?|pictures?|videos?|shots?)\b|(속옷|수영복|목욕)\s?(사진|영상|차림)|\b(csam|cp)\b|\bin the (bath|shower)\b|\bbath(ing)? (videos?|photos?|pics?)|목욕\S*\s?(사진|영상)|씻는\s?(사진|영상)|아청물|아동\s?(음란물|포르노)|\bbody (pics?|photos?|pictures?)\b|몸\s?사진|\bsecretly (tak(e|ing)|film(ing)?|record(ing)?|photograph\w*|snap(ping)?)\b|몰래\s?(\S+\s)?(찍|촬영)`)
)

// romance marks an adult's romantic or private approach ("flirty",
// "dating", "alone with", "단둘이"): with a minor named, refused like
// explicit words — unless minors are the only ones in it ("two 14 year
// olds dating", "중학생끼리").
var (
	romance         = mustFold(`둘만\s?.{0,4}(비밀|따로|몰래)|둘이서만|\b(flirt|flirty|flirting|date|dating|romantic|romance|kiss|kissing|seduc\w*|alone with|private (chat|dm|message)|secret (chat|relationship)|motel|hotel room|keep (it|this|that|us|our \w+) (a )?secret|keep (\w+ ){0,3}secret from (their|her|his|your) (parents|mom|mum|mother|dad|father|family)|our (little |special |own )?secrets?|keep(ing|s)? ['"‘“]?(\w+ ){0,3}secrets?['"’”]? from (their|her|his|your) (parents|mom|mum|mother|dad|father|family)|touch (her|him|them)|get (her|him|them) alone)\b|사귀|데이트|키스|관계\s?(를\s?)?(진전|발전)|진도\s?(를\s?)?(나가|빼)|꼬시|꼬셔|단둘이|몰래\s?만나|개인\s?채팅|연애|우리(만의|끼리)\s?비밀|둘만의\s?비밀|모텔|비밀로\s?하자|만지|둘(이서|만)\s?(따로\s?)?만나|더\s?가까워지게|비밀\s?(을\s?)?지키게|부모\S*\s?(한테|에게)?\s?.{0,4}(말\s?못\s?하게|모르게|말하지\s?말)|영상\s?통화\S*\s?(하게|시키|하자고)\s?.{0,6}(만드|하는|설득|꼬드)|\btrusts? me more than (her|his|their) (mom|mum|mother|dad|father|parents)\b`)
	otherMinorsOnly = mustFold(`\b(two|both|each other)\b|끼리|서로`)
)

// closerHow asks how to get closer to someone (version 6): with a minor
// and romance named, a protective word ("저한테 호감") does not make it a
// parent's question.
var closerHow = mustFold(`(가까워지|친해지|만나)\S*\s?(는|려면|기\s?위한)?\s?(법|방법|요령|팁)|\bhow (do|can|could|should) i get (closer|close) to\b`)

// learner marks a request made for teaching, learning or warning others
// ("피싱 훈련 메일을 만들어 직원 교육", "an example for my class
// presentation", "write a warning to my parents about fake bank texts").
var learner = mustFold(`\banti-?\s?(bullying|bully|racism|racist|harassment|discrimination|scam|fraud|phishing|hate|sexism)|(학교폭력|사이버폭력|괴롭힘|따돌림|차별|혐오|사기|피싱|스미싱)\s?(예방|근절|반대|추방|없는)|가르치|가르쳐|조심하라고|주의하라고|경고|교육|훈련|모의|예시|수업|발표|과제|숙제|공부|연구|캠페인|성교육|책\b|\b(warn|warning|warnings|training|awareness|examples?|class|classes|presentation|project|homework|research|campaign|drill|simulation|teach|teaching|lesson|lessons|school paper|essay|education|sex ed|books?)\b`)

// studies marks someone studying a harm or a career around it ("보안
// 진로", "a presentation on scams"): a learning stance, narrower than
// learner (a lesson or class alone is no stance).
var studies = mustFold(`배우|공부|발표|과제|숙제|진로|조사하|\b(career|study|studying|project|presentation|research|homework|learn|learning)\b`)

// wellbeing is the optional help topic for someone stressed, sleepless or
// low who says nothing of dying or hurting themselves.
const wellbeing = "wellbeing"

// selfWords name dying or hurting oneself, or depression: with them a
// self-harm look-alike about the writer gets the caring answer, not
// wellbeing tips.
var selfWords = mustFold(`죽|자살|자해|극단|긋|그어|손목|번개탄|연탄|유서|목매|뛰어내리|밧줄|내\s?무게|없어지면|없으면\s?(다들\s?)?편|짐(이|인|만)|wrist|bleed|noose|charcoal|briquette|whole bottle|don'?t wake|never wake|goodbye letter|(last|final) (letter|note)|my weight|better off without|cutting|우울|절망|외로|hopeless|worthless|depress|lonely|suicid|self.?harm|kill|\bdie\b|dying|hurt (myself|yourself)|cut (myself|yourself)|\bend (it|my life)`)

// Refusal implements Checker.
func (l *Learned) Refusal(lang string) string { return l.rules.Refusal(lang) }

// RefusalFor implements CategoryRefuser with the rules' texts.
func (l *Learned) RefusalFor(category, lang string) string {
	return l.rules.RefusalFor(category, lang)
}

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

// Version 7: payment-fraud tricks that need no card of someone else's
// (fraudTricks): a faked proof of payment (a transfer screenshot, a
// receipt), many accounts made for one person's coupons or sign-up
// bonuses, and a loss or hack claimed falsely to get one's money back.
// The writer asks how to do it; a victim who was sent such a screenshot
// (gotSent, doneToMe, victim) or a learner is not refused.
var fraudTricks = mustFold(`\b(photoshop\w*|fake|faked|doctor(ed)?|edit|forge|forged|alter(ed)?)\b.{0,40}\b(photos?|pictures?|receipts?|invoices?)\b.{0,60}\b(refund|refunds|reimburs\w*|expenses?|business trip|insurance|claim)\b|(영수증|사진|인보이스)\S*\s?.{0,10}(조작|합성|위조|포토샵)\S*\s?.{0,25}(환불|경비|출장|청구|보험)|\b(fake|forged?|photoshop\w*|edit(ed)?|doctored|made.?up|phony|bogus)\b.{0,30}\b(payment|transfer|deposit|bank|venmo|zelle|paypal|toss|wire|e-?transfer)\b.{0,25}\b(screenshots?|screens?|proofs?|confirmations?|receipts?|slips?)\b|\b(fake|forge|forged|photoshop\w*|phony|bogus)\b.{0,15}\b(receipts?|proof of (payment|purchase|transfer))\b|(가짜|조작|합성|위조)\S*\s?.{0,12}(입금|송금|이체|결제|영수증)|(입금|송금|이체|결제)\s?(확인|완료|내역)?\S*\s?(캡처|캡쳐|화면|영수증|내역)\S*\s?.{0,12}(조작|합성|위조|가짜|만들|만드)|(돈\s?)?(보낸|입금한|송금한|이체한|결제한)\s?(척|것처럼|거처럼)|\b(dozens|hundreds|multiple|many|lots of|a bunch of|bunch of|tons of|several|burner|fake|alt|throwaway|new)\s(\w+\s)?(accounts|emails|e-mails|phone numbers|sign.?ups)\b.{0,50}\b(coupons?|bonus(es)?|referrals?|discounts?|free trials?|credits?|points|rewards|promos?|promo codes?)\b|\b(coupons?|bonus(es)?|referrals?|discounts?|free trials?|promos?|promo codes?|rewards)\b.{0,50}\b(dozens|hundreds|multiple|many|bunch|burner|fake|alt|throwaway)\s(\w+\s)?(accounts|emails|sign.?ups)\b|(계정|아이디|번호|이메일)\S*\s?(여러\s?개|수십|수백|잔뜩|많이|가짜로|계속\s?새로)\S*.{0,30}(쿠폰|적립|포인트|할인|이벤트|리워드|혜택|캐시|추천)|(쿠폰|적립|포인트|할인|이벤트|리워드|혜택|캐시)\S*.{0,40}(계정|아이디)\S*\s?(여러\s?개|수십|수백|잔뜩|많이|가짜)`)

// falseClaim: a hack, a theft or a charge never agreed to, claimed to
// get one's money back ("then say it was hacked"); its own words are a
// victim's, so victim does not clear it (version 7).
var falseClaim = mustFold(`(다\s?쓴|다\s?쓰고|쓰고\s?나서|사용\S*\s?후|묵고|먹고|입고|체크아웃\s?후)\S*.{0,30}(취소|환불)\S*.{0,25}(공짜|무료|돈\s?안\s?(내|내고))|\b(after (using|staying|eating|wearing)|use it (all|up) (and|then))\b.{0,50}\b(cancel|refund|chargeback|dispute)\b.{0,40}\b(free|for nothing|without paying)\b|\b(then|and|later) (say|claim|tell (them|him|her|the \w+)|pretend|act like)\b.{0,20}\b(it was|i was|i got|it got|my (card|account|paypal|wallet) (was|got))\s?(hacked|stolen|an? hacker)|\b(pretend|claim|claiming|lie (that|about))\b.{0,25}\b(hacked|stolen|unauthori[sz]ed|never (signed|ordered|authori[sz]ed|subscribed|agreed))|(해킹|도난|도용)\s?(당했|됐|된)\S*\s?(다고|거라고|것처럼)\s?.{0,6}(우기|우겨|하|해|말|신고|속이)|(승인|가입|결제|구독)\S*\s?(한\s?적|안\s?했)\S*\s?(없다고|다고)\s?.{0,6}(우기|우겨|거짓|속이)`)

// gotSent: the writer received something ("보냈어요", "sent me"): a
// victim's words for fraudTricks.
var gotSent = mustFold(`(보냈|보내왔|받았|왔)(어요|는데|어|습니다|다)|\b(sent|showed|gave|texted|emailed) (me|us)\b|\b(i|we) (got|received)\b|\b(someone|somebody|a (buyer|seller|customer))\b.{0,20}\b(sent|used|showed)`)

// Version 7, sexual content with minors: hidden cameras and secret
// filming (hiddenCam) are sexual with a minor named; an image of a child
// described or drawn sexually (sexualDepiction) is refused even "for an
// art project"; selling bath or naked images of a child, or clothes
// "worn by" children (kidSale), is refused.
var hiddenCam = mustFold(`몰카|몰래\s?카메라|치마\s?속|\bupskirts?\b|(탈의실|화장실|샤워실|수영장|changing rooms?|locker rooms?|bathrooms?|showers?|pool)\S*.{0,25}(몰래|숨기|숨겨|카메라|\bcameras?\b|\bcams?\b|\bhid(e|den|ing)\b)|(몰래|숨겨|숨긴|숨기|hidden|hide|hiding)\S*\s?.{0,10}(카메라|\bcameras?\b|\bcams?\b)`)
var sexualDepiction = mustFold(`\b(describe|write|draw|generate|create|make|render|prompt)\b.{0,40}\b(sexual(ly)?|erotic|naked|nude|lewd|sexy|seductive)\b|\b(sexual|erotic|sexy|lewd|seductive)\b.{0,15}\b(way|story|description|scene|poses?|pictures?|images?|drawings?|art|prompt)\b|(야한|야하게|벗은|알몸|노출|음란|에로|선정적)\S*\s?.{0,15}(그림|그려|사진|이야기|소설|묘사|프롬프트|영상|만들|만드|써|뽑)|(그림|그려|사진|이야기|소설|묘사|프롬프트|영상)\S*\s?.{0,15}(야하게|노출\s?있|벗겨|알몸|선정적)`)
var kidImage = mustFold(`(목욕|알몸|벗|씻|\bbath|\bnaked|\bnude|\bundress)\S*.{0,30}(사진|영상|동영상|찍|\bvideos?\b|\bphotos?\b|\bpics?\b|\bclips?\b|\bfootage\b|\bfilm)|(사진|영상|동영상|\bvideos?\b|\bphotos?\b|\bpics?\b|\bclips?\b)\S*.{0,30}(목욕|알몸|벗은|\bin the bath|\bnaked|\bnude)`)
var saleWords = mustFold(`팔|파는|판매|사\s?줄|살\s?사람|돈\s?(되|벌|받)|돈이\s?되|수익|사는\s?사람|구매|\bsell|\bselling|\bbuyers?\b|\bmoney\b|\bmonetiz|\bpays?\b|\bwho (pays|buys)|\bcash\b`)
var babyWords = mustFold(`애기|아기|\bbab(y|ies)\b|\btoddlers?\b`)
var kidFetish = mustFold(`\b(swimsuits?|underwear|panties|socks|leotards?)\b.{0,30}\b(worn|used) by (real )?(little |young )?(girls|boys|kids|children|teens|minors)\b|로리(\s|$|물|그림|캐|짤|콘)`)
var sexEd = mustFold(`성교육|몸\s?(의\s?)?안전|\bsex ed|\bbody safety\b|\bsafeguard`)

// fictionTalk: a question about a book, a film or a class reading (how
// the bullying in a novel builds up), not a request to do it.
var fictionTalk = mustFold(`(소설|책|영화|드라마|작품|시|희곡|웹툰|주인공|등장인물)|\b(novel|book|film|movie|play|story|poem|character|protagonist|author|chapter|reading)\b`)

// helplines is the directory of Korean help lines (help.json), given to
// a question for a help line's number (helplineAsk, version 7).
const helplines = "helplines"

var helplineAsk = mustFold(`\b988\b|crisis text|text line|\bwhat happens when (you|i|someone) (call|text)s?\b|(상담\s?전화|109|위기\s?상담)\S*\s?.{0,10}(하면|걸면|연락하면)\s?.{0,10}(어떻게|뭐|무슨)|(상담|신고|위기|자살\s?예방|청소년|긴급|핫라인|생명의)\S*\s?(전화\s?)?(번호|전화번호)|(어디에|어디로|어디서)\s?(신고|상담)\S*\s?(해|하|받|할)|\b(crisis|suicide|help|hot|helpline|counsel(l)?ing|abuse|emergency|prevention)\s?(lines?|hotlines?|numbers?)\b|\bhotlines?\b|\bhelplines?\b|\bwho (do|can|should) i call\b|\bnumbers? (to|i can|i should) call\b`)

// kidSecret asks how to make a child keep a secret from their parents;
// spotting asks how to notice it (version 7).
var kidSecret = mustFold(`(부모|엄마|아빠)\S*\s?(한테|에게)?\s?.{0,6}(말\s?(못|안)\s?하게|모르게)\S*\s?.{0,10}(하는|만드는|시키는)?\s?(법|방법|요령)|비밀\s?(을\s?)?지키게\s?(하|만드|시키)\S*\s?(법|방법|요령|려면)|\b(how (do|can|should) i|what (should|do|can) i (say|tell)|ways? to)\b.{0,50}\bkeep (\w+ ){0,3}secret from (their|her|his) (parents|mom|mum|mother|dad|father|family)`)
var spotting = mustFold(`알아보|알아채|구별|신호|징후|눈치|\bwarning signs?\b|\bsigns?\b|\bspot\b|\btell if\b|\brecogni[sz]e|\bnotice\b`)

// childCtx: words of the children's guidance's subject — strangers,
// online contact, games and chats, photos, secrets, abuse, bodies and
// boundaries, safeguarding (version 7).
var childCtx = mustFold(`털어놓|털어놨|맞는다|맞고|때린|때려|폭력|문자|메시지|스마트폰|폰|태블릿|유해|차단|촬영|보호|선생님|상담|모델|캐스팅|낯선|모르는\s?(사람|어른|아저씨)|온라인|인터넷|채팅|게임|디엠|dm|톡|sns|사진|영상|비밀|학대|추행|그루밍|몸|경계|동의|유괴|납치|코치|학원\s?선생|과외|안전|\b(strangers?|online|internet|chat\w*|games?|gaming|roblox|minecraft|fortnite|discord|snapchat|instagram|tiktok|apps?|dms?|messag\w*|photos?|pictures?|pics|videos?|secrets?|abuse\w*|molest\w*|groom\w*|predators?|body|bodies|boundar\w*|consent|touch\w*|kidnap\w*|coach\w*|tutor\w*|safeguard\w*|safe|safety|screen time|parental controls?|filters?|texts?|texting|phones?|tablets?|harmful|block\w*|protect\w*|teachers?|model\w*|casting|disclos\w*|hurts?|hits?|beats?)\b`)

// safety15a: the grammar of a slanted text against a group. discrimSlant
// asks that it pass unnoticed or unanswered; discrimExclude keeps a group
// out or rejects it; blanketClaim says all of a group are one bad thing.
var (
	discrimSlant   = mustFold(`반박\s?(못|불가|할\s?수\s?없)|아무도\s?반박|티\S{0,2}\s?(안|나지\s?않)\s?나게|돌려서|돌려\s?말|뉘앙스|자연스럽게|은근(히|슬쩍)|법에\s?(안|걸리지\s?않)\s?걸리게|\b(subtle|subtly|between the lines|without (saying it|it (looking|sounding)|being obvious|getting sued)|so it doesn'?t (look|sound|seem)|airtight|no counter.?arguments?|can'?t be (argued|refuted|rebutted|challenged)|nobody can (argue|refute))\b`)
	discrimExclude = mustFold(`오지\s?(말|마)|못\s?(오게|들어오게)|지원\s?(못|불가)|출입\s?(금지|못)|받지\s?않|안\s?받(는|게|겠)|걸러\s?내|떨어뜨리|떨어트리|뽑지\s?않|안\s?뽑|\b(keep(s|ing)? (them |those people )?(out|away)|filter(s|ing)? out|screen(s|ing)? out|weed(s|ing)? out|pass on (her|him|them)|turn(s|ing)? (them |her |him )?away|not (welcome|allowed))\b`)
	blanketClaim   = mustFold(`\S(은|는|이|가)\s(다|전부|모두|하나같이|원래)\s?\S{0,6}(도둑|범죄|사기|게으|더럽|거짓말|시끄럽|무식|멍청|못한|못해|열등)|\ball (of )?(them|those \w+|\w+ people) (are|r) (thieves|criminals|liars|lazy|dirty|stupid|inferior)\b`)
	rebutAsk15a    = mustFold(`반박하(는|려|고\s?싶|기)|(에|에게|한테)\s?(어떻게\s?)?(대응|대처|반박)|\b(rebut|refute|counter|debunk|respond to|push back on)\b`)
)

func slantedAgainst(d *doc) bool {
	if !d.names(Discrimination) || !d.has(production) && !d.has(askingHow15a) {
		return false
	}
	return d.has(unrebuttable) || d.has(discrimSlant) && d.has(discrimExclude) || d.has(blanketClaim) && d.has(production)
}

var askingHow15a = mustFold(`(질문|방법|표현|문구|멘트)\S*\s?(있|뭐|알려|추천)|\b(what|which) (questions?|wording|phrases?)\b|\bhow (do|can|should) i (word|phrase|ask|write)\b`)

// DefaultModelP is ModelP's default: the harm vote at which the model
// decides alone (version 19). Cross-validated on data/train.json
// (TestLearnedCrossValidation; docs/safety.md, "Version 19"): 0.9 handles
// 8 more of 1,687 held-out harms for no more look-alikes or everyday
// requests refused; 0.85 handled 16 more for one more look-alike, and
// refused "make that four people instead" (TestUnderstandingSetsNotFlagged);
// 0.75 refused more everyday requests. A second trigger on the group
// model alone (≥ 0.9 or 0.95 where the category model is torn) caught one
// more held-out harm of 2,797 on the larger data and was left out.
// After the round's merge (the packs' everyday requests retrained with
// und19's data) 0.9 refused "make that four people instead" again
// (p 0.91, as discrimination), so the lead raised it to 0.95: an everyday
// request refused costs more than the few harms the model alone adds.
const DefaultModelP = 0.95

// modelDecides is the harmful category both models read in a text that
// nothing else decided, or "": the group vote at least ModelP, the
// category model's best label harmful with at least half its probability,
// and the text more than a frame (three content words). It does not ask
// for the category's subject words, as bestHarm does: the subject words
// are lists, and the next writer's words are not in them; the model,
// trained on many wordings of each kind (data/train.json, version 19),
// reads the kind. What it still asks: a minor named for sexual content
// with minors, and a group other than everyone for discrimination.
func (l *Learned) modelDecides(a intent.Analysis, d *doc, pHarm float64) string {
	if l.ModelP <= 0 || l.ModelP > 1 || pHarm < l.ModelP || len(a.Scores) == 0 {
		return ""
	}
	s := a.Scores[0]
	if groupOf(s.Intent) != "harmful" || s.P < 0.5 || contentWords(d.t.raw) < 3 {
		return ""
	}
	if d.has(victim) || d.has(doneToMe) || d.has(selfDefence) || d.has(askWhyWrong) || d.has(critique) || d.has(legality) || d.has(rebut) || d.has(respondsTo) || d.has(responder) || plainAsk(d) {
		return ""
	}
	switch s.Intent {
	case SexualMinors:
		if !d.has(minorWords) && !d.has(babyWords) || d.has(sexEd) {
			return ""
		}
	case Discrimination:
		if d.has(genericPeople) || d.has(isItDiscrimination) || d.has(againstHarm) {
			return ""
		}
	}
	return s.Intent
}

package agents

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// Fact is something an avatar remembers about a user across
// conversations: a preference or circumstance the user stated (diet,
// allergy, budget, favourite cuisine, learning level). Facts are per
// (user, avatar): one avatar never sees what the user told another.
type Fact struct {
	Key   string    `json:"key"`   // diet, allergy, budget, cuisine, level
	Value string    `json:"value"` // vegetarian, 땅콩, 100000원, italian, beginner
	Said  string    `json:"said"`  // the user's words it came from (≤ 120 characters)
	At    time.Time `json:"at"`
}

// Memory bounds.
const (
	MaxFacts      = 30  // per user and avatar
	MaxSummary    = 600 // characters of summarised old history
	FactsInPrompt = 5
)

func memKey(user, avatar, key string) store.Key {
	return store.NewKey("mem", skills.UserKey(user), avatar, key)
}

func memPrefix(user, avatar string) store.Key {
	return store.NewKey("mem", skills.UserKey(user), avatar)
}

// factRule finds one kind of fact in what a user says.
type factRule struct {
	key   string
	re    *regexp.Regexp
	value func(m []string) string
	// need: every match of re holds one of these words or an ASCII
	// letter (its English alternatives), so re runs only on a text that
	// does (TestFactGates).
	need []string
}

// may reports whether r.re can match text (see need).
func (r *factRule) may(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	if strings.Contains(text, "\u212a") || strings.Contains(text, "\u017f") { // K and ſ fold to k and s under (?i)
		return true
	}
	for _, w := range r.need {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// notAllergen: the words before "allergy" that say what kind of allergy
// it is, not what to ("a severe allergy", "a food allergy").
var notAllergen = map[string]bool{"severe": true, "mild": true, "serious": true, "bad": true, "slight": true, "food": true, "small": true, "minor": true, "major": true, "real": true, "known": true}

var fixed = func(v string) func([]string) string { return func([]string) string { return v } }

// Rules for the facts both brains rely on. First person is required where
// a word alone would also appear in requests ("채식 식당 찾아줘" is a
// request, "저는 채식해요" a fact).
var factRules = []factRule{
	{"diet", regexp.MustCompile(`(?i)(저는|전|나는|난|제가|내가)\s?(.{0,6})?(비건|완전 채식)|(^|\s)저\s?비건(이고|이에요|이예요|이라|이야|입니다|이거든|이니까)|(?:i'?m|i am) (?:a )?vegan`), fixed("vegan"), []string{"비건", "채식"}},
	// A bare 저 is also "that" ("저 채식 식당"): it states a fact only
	// right before the diet and an ending that says so ("저 채식해요").
	{"diet", regexp.MustCompile(`(?i)(저는|전|나는|난|제가|내가).{0,8}(채식|고기를? 안 먹|고기 못 먹)|(^|\s)저\s?(채식주의자|채식)(이고|이에요|예요|이라|해요|하고|합니다|입니다|하거든|해서)|(?:i'?m|i am) (?:a )?vegetarian|i don'?t eat meat`), fixed("vegetarian"), []string{"채식", "고기"}},
	// "I'm gluten free", "저 할랄만 먹어요": a diet besides meat (trial19:
	// "I'm gluten free. table for 3 saturday 6:30pm please" held the
	// table with no word of it for the restaurant).
	{"diet", regexp.MustCompile(`(?i)(?:\bi'?m|\bi am|\bi eat|\bi keep|\bi only eat|\bi can only eat|\bi need|\bi have to eat|\bwe'?re|\bwe are|\bwe eat|\bwe only eat)\s+(?:a\s+|strictly\s+|completely\s+|fully\s+|only\s+)?(gluten[- ]?free|gluten[- ]intolerant|celiac|coeliac|halal|kosher|pescatarian|pescetarian|dairy[- ]?free|lactose[- ]?(?:free|intolerant))|(?:저는|전|나는|난|제가|내가|저|우리는?)\s?.{0,6}?(글루텐\s?프리|글루텐(?:을|은)?\s?(?:못|안)\s?먹|할랄|코셔|유당\s?불내증|유제품(?:을|은)?\s?(?:못|안)\s?먹)`), func(m []string) string {
		w := strings.ToLower(m[1] + m[2])
		switch {
		case strings.Contains(w, "gluten") || strings.Contains(w, "celiac") || strings.Contains(w, "coeliac") || strings.Contains(w, "글루텐"):
			return "gluten-free"
		case strings.Contains(w, "halal") || strings.Contains(w, "할랄"):
			return "halal"
		case strings.Contains(w, "kosher") || strings.Contains(w, "코셔"):
			return "kosher"
		case strings.Contains(w, "pesc"):
			return "pescatarian"
		}
		return "dairy-free"
	}, []string{"gluten", "celiac", "coeliac", "halal", "kosher", "pesc", "dairy", "lactose", "글루텐", "할랄", "코셔", "유당", "유제품"}},
	// "갑각류 알레르기가 있어요", "allergic to peanuts", "a peanut allergy"
	{"allergy", regexp.MustCompile(`(?i)([가-힣a-z]{1,10})\s?(?:알레르기|알러지)가? 있|allergic to ([a-z ]{2,20}?)(?:[.,!]|$| and)|\ban? ([a-z]{3,15}) allergy\b`), func(m []string) string {
		if m[1] != "" {
			return m[1]
		}
		if m[3] != "" {
			if notAllergen[strings.ToLower(m[3])] {
				return ""
			}
			return m[3]
		}
		return strings.TrimSpace(m[2])
	}, []string{"알레르기", "알러지", "allerg"}},
	{"budget", regexp.MustCompile(`(?i)예산은?\s?(\d{1,4})\s?만\s?원|budget (?:is|of) (?:about |around )?(?:₩|krw ?)?([\d,]{3,12})`), func(m []string) string {
		if m[1] != "" {
			return m[1] + "0000원"
		}
		return strings.ReplaceAll(m[2], ",", "") + "원"
	}, []string{"예산"}},
	{"cuisine", regexp.MustCompile(`(?i)(이탈리안|한식|일식|중식|프렌치|해산물|italian|korean|japanese|chinese|french|seafood)\s?(음식을?|요리를?|food)?\s?(제일 |가장 |정말 |really )?(좋아해|좋아합니다|좋아요|is my favou?rite|lover)|i (?:really )?love (italian|korean|japanese|chinese|french|seafood)`), func(m []string) string {
		v := strings.ToLower(m[1] + m[5])
		return map[string]string{"이탈리안": "italian", "한식": "korean", "일식": "japanese", "중식": "chinese", "프렌치": "french", "해산물": "seafood"}[v] + map[bool]string{true: v}[!strings.ContainsAny(v, "가나다라마바사아자차카타파하이한일중프해")]
	}, []string{"좋아"}},
	{"level", regexp.MustCompile(`(?i)(저는|전|나는|난|제).{0,8}(초급|초보|중급|고급)|(?:i'?m|i am) (?:a |an )?(beginner|intermediate|advanced)`), func(m []string) string {
		v := strings.ToLower(m[2] + m[3])
		return map[string]string{"초급": "beginner", "초보": "beginner", "중급": "intermediate", "고급": "advanced"}[v] + map[bool]string{true: v}[v == "beginner" || v == "intermediate" || v == "advanced"]
	}, []string{"초급", "초보", "중급", "고급"}},
}

// partyDiet: a diet said of someone in the party rather than of the one
// asking ("일행 중에 비건이 한 명 있어요", "한 명은 채식이라 고기 못
// 먹어요", "친구가 채식주의자라서", "one of us is vegan", "my wife is
// vegetarian") — what a table booked for them all must serve, which is
// not remembered as the user's own.
var partyDiet = regexp.MustCompile(`(?i)(?:일행|친구|동료|한\s?(?:명|분|사람)|두\s?(?:명|분)|누가|누군가|아내|와이프|남편|애인|여자\s?친구|남자\s?친구|여친|남친|엄마|아빠|어머니|아버지|부모님|아이|애들?|손님|팀원|사람)[^.,!?]{0,12}?(비건|채식|고기\s?(?:를\s?)?(?:못|안)\s?먹)|(비건|채식(?:주의자|하는\s?(?:사람|분|친구))?)(?:이|가)?\s?(?:한|두|세|\d)\s?(?:명|분|사람)|\b(?:one|two|some|a couple|several) of (?:us|them|the group|our group|my (?:friends|guests|colleagues))\s+(?:is|are)\s+(?:a\s+)?(vegan|vegetarian)|\bmy (?:friend|wife|husband|partner|colleague|coworker|guest|mom|dad|son|daughter|kid)\s+is\s+(?:a\s+)?(vegan|vegetarian)|\b(?:someone|somebody|one person) (?:in|of) (?:our|the) (?:group|party)\s+is\s+(?:a\s+)?(vegan|vegetarian)` +
	// The whole party ("저희 다 비건이에요", "다들 채식이라", "we're both
	// vegan", "all of us are vegetarian", "we don't eat meat") and the
	// meal asked for ("비건으로 먹을 거예요", "채식 메뉴로 준비해 주세요",
	// "vegetarian menu for us please").
	`|(?:저희|우리)\s?(?:는|가|일행은?|팀은?)?\s?(?:다|모두|전부|둘\s?다|셋\s?다|다들)\s?(비건|채식)|(?:다들|모두들?|전원|둘\s?다|셋\s?다|넷\s?다)\s?(비건|채식)` +
	`|(비건|채식)\s?(?:메뉴|식단|음식|요리)?\s?(?:으로|로)\s?(?:먹|준비|부탁|해\s?주|주문|차려|맞춰)` +
	`|\bwe(?:'re| are)\s+(?:all\s+|both\s+)?(?:a\s+)?(vegans?|vegetarians?)\b|\b(?:all|both|each|everyone|every one) of us\s+(?:are|is)\s+(?:a\s+)?(vegans?|vegetarians?)\b|\beveryone(?: in (?:our|the) (?:group|party))?\s+is\s+(?:a\s+)?(vegan|vegetarian)\b` +
	`|\bwe\s+(?:all\s+|both\s+)?(?:only\s+)?(?:eat|need|want)\s+(vegan|vegetarian)\b|\bwe\s+(?:all\s+|both\s+)?(?:don'?t|do not|never)\s+eat\s+meat\b|\b(vegan|vegetarian)\s+(?:menu|meals?|dishes|food|options?)\s+(?:for (?:us|everyone|all of us|the (?:table|group))|please|pls|if possible)`)

// PartyFacts returns the facts a message states about someone in the
// party the user books for (a diet), besides ExtractFacts' facts about
// the user: for the booking said with them, never to remember.
func PartyFacts(text string) []Fact {
	m := partyDiet.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	w := strings.ToLower(strings.Join(m[1:], ""))
	v := "vegetarian"
	if strings.Contains(w, "비건") || strings.Contains(w, "vegan") {
		v = "vegan"
	}
	return []Fact{{Key: "diet", Value: v, Said: text}}
}

// ErrUnknownFact is returned for a fact key that is none of FactKinds.
var ErrUnknownFact = errors.New("unknown fact kind")

// FactKinds lists the kinds of fact an avatar can remember — the closed
// set of keys a user may forget one by one (protocol §forget).
func FactKinds() []string {
	var out []string
	for _, r := range factRules {
		if !slices.Contains(out, r.key) {
			out = append(out, r.key)
		}
	}
	return out
}

// IsFactKind reports whether key is one of FactKinds.
func IsFactKind(key string) bool {
	for _, r := range factRules {
		if r.key == key {
			return true
		}
	}
	return false
}

// ExtractFacts returns the facts a message states.
func ExtractFacts(text string, now time.Time) []Fact {
	var out []Fact
	said := text
	if utf8.RuneCountInString(said) > 120 {
		said = string([]rune(said)[:120])
	}
	seen := map[string]bool{}
	for i := range factRules {
		r := &factRules[i]
		if seen[r.key] || !r.may(text) {
			continue
		}
		if m := r.re.FindStringSubmatch(text); m != nil {
			if v := strings.TrimSpace(r.value(m)); v != "" {
				out = append(out, Fact{Key: r.key, Value: v, Said: said, At: now})
				seen[r.key] = true
			}
		}
	}
	return out
}

// topics says which facts matter for what a message is about.
var topics = map[string]*regexp.Regexp{
	"diet":    regexp.MustCompile(`(?i)식당|음식|예약|저녁|점심|메뉴|먹|restaurant|food|dinner|lunch|eat|menu|book`),
	"allergy": regexp.MustCompile(`(?i)식당|음식|예약|저녁|점심|메뉴|먹|간식|restaurant|food|dinner|lunch|eat|menu|snack|book`),
	"cuisine": regexp.MustCompile(`(?i)식당|음식|예약|저녁|점심|restaurant|food|dinner|lunch|book|table`),
	"budget":  regexp.MustCompile(`(?i)추천|사|구매|가격|얼마|만원|장바구니|recommend|buy|price|cost|cheap|cart|order`),
	"level":   regexp.MustCompile(`(?i)퀴즈|수업|문제|공부|설명|배우|quiz|lesson|study|explain|learn|question`),
}

// Recall returns the facts most useful for text: those whose topic it
// touches first, then the most recent; at most n.
func Recall(facts []Fact, text string, n int) []Fact {
	out := append([]Fact(nil), facts...)
	score := func(f Fact) int {
		if re := topics[f.Key]; re != nil && re.MatchString(text) {
			return 1
		}
		return 0
	}
	sort.SliceStable(out, func(i, j int) bool {
		si, sj := score(out[i]), score(out[j])
		if si != sj {
			return si > sj
		}
		return out[i].At.After(out[j].At)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// Facts lists what avatar remembers about user, newest first.
func (rt *Runtime) Facts(user, avatar string) ([]Fact, error) {
	var out []Fact
	err := rt.db.View(func(tx *store.Tx) error {
		return tx.Scan(memPrefix(user, avatar), func(k store.Key, v string) bool {
			var f Fact
			if store.Unmarshal(k, v, &f) == nil {
				out = append(out, f)
			}
			return true
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out, err
}

// remember stores facts (a newer fact of a kind replaces the older one)
// and drops the oldest beyond MaxFacts.
func (rt *Runtime) rememberFacts(user, avatar string, facts []Fact) error {
	if len(facts) == 0 {
		return nil
	}
	err := rt.db.Update(func(tx *store.Tx) error {
		for _, f := range facts {
			if err := store.SetJSON(tx, memKey(user, avatar, f.Key), f); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	all, err := rt.Facts(user, avatar)
	if err != nil || len(all) <= MaxFacts {
		return err
	}
	return rt.db.Update(func(tx *store.Tx) error {
		for _, f := range all[MaxFacts:] {
			tx.Delete(memKey(user, avatar, f.Key))
		}
		return nil
	})
}

// Forget deletes what avatar remembers about user: one fact (key), or
// with key "" every fact, the conversation's history, its summary and
// whatever the conversation was in the middle of. The delete is durable
// when Forget returns; the words then leave the file's bytes with the
// next compaction, at most CompactAfter plus two rewrites later (see
// compactor), so concurrent forgets never wait on or fail for each other's
// rewrites.
func (rt *Runtime) Forget(user, avatar, key string) error {
	if key != "" && !IsFactKind(key) {
		return fmt.Errorf("%w %q (one of %s)", ErrUnknownFact, key, strings.Join(FactKinds(), ", "))
	}
	if key != "" {
		return rt.deleteFacts(user, avatar, key)
	}
	// The conversation owns its state: it forgets on its own goroutine.
	var err error
	done := make(chan struct{})
	if err := rt.post(User{ID: user}, avatar, message{kind: "forget", done: done, err: &err}); err != nil {
		return err
	}
	select {
	case <-done:
	case <-rt.ctx.Done():
		return rt.ctx.Err()
	}
	return err
}

// deleteFacts removes one fact (or all, key "") and asks for a compaction.
func (rt *Runtime) deleteFacts(user, avatar, key string) error {
	err := rt.db.Update(func(tx *store.Tx) error {
		var keys []store.Key
		if key != "" {
			keys = []store.Key{memKey(user, avatar, key)}
		} else {
			tx.Scan(memPrefix(user, avatar), func(k store.Key, v string) bool {
				keys = append(keys, k)
				return true
			})
		}
		for _, k := range keys {
			if err := tx.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	rt.compactor.request()
	return nil
}

// summarise folds history lines that no longer fit into a short summary
// (the user's requests, clipped), so a long relationship keeps its gist
// in bounded space.
func summarise(summary string, dropped []Line) string {
	var b strings.Builder
	b.WriteString(summary)
	for _, l := range dropped {
		if l.From != "user" {
			continue
		}
		s := l.Text
		if utf8.RuneCountInString(s) > 60 {
			s = string([]rune(s)[:60]) + "…"
		}
		if b.Len() > 0 {
			b.WriteString(" / ")
		}
		b.WriteString(s)
	}
	out := b.String()
	if utf8.RuneCountInString(out) > MaxSummary {
		out = "…" + lastRunes(out, MaxSummary)
	}
	return out
}

// saidByUser reports whether one of lines is the user's (the lines
// summarise keeps).
func saidByUser(lines []Line) bool {
	for _, l := range lines {
		if l.From == "user" {
			return true
		}
	}
	return false
}

// lastRunes is string([]rune(s)[len(runes)-n:]) for s of more than n
// runes, without the rune slice when s is valid UTF-8 (a full summary is
// trimmed at every line a conversation drops: twice a turn).
func lastRunes(s string, n int) string {
	if !utf8.ValidString(s) {
		r := []rune(s)
		return string(r[len(r)-n:])
	}
	i := len(s)
	for range n {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// forgetRequest reports whether text asks the avatar to forget the user.
var forgetRe = regexp.MustCompile(`(?i)(내|제|저에 대한|나에 대한|나에 대해|저에 대해)\s?(정보|기억|것).{0,10}(잊어|지워|삭제)|잊어\s?줘|forget (what you know about|everything about|about) me|delete (what you know about me|my (data|information|memory))`)

// ForgetRequest reports whether text asks to forget the user.
func ForgetRequest(text string) bool { return forgetRe.MatchString(text) }

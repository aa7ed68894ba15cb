package embedded

import (
	_ "embed"
	"encoding/json"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/lexicon.json
var lexiconJSON []byte

// Lexicon is the brain's vocabulary, from data/lexicon.json.
type Lexicon struct {
	Intents      map[string]map[string][]string `json:"intents"`
	RoleIntents  map[string][]string            `json:"role_intents"`
	Areas        map[string][2]string           `json:"areas"`
	Cities       map[string]string              `json:"cities"`
	Cuisines     map[string]string              `json:"cuisines"`
	LodgingTypes map[string]string              `json:"lodging_types"`
	Ordinals     map[string]int                 `json:"ordinals"`
	Yes          []string                       `json:"yes"`
	Correction   []string                       `json:"correction"`
	Fulfilment   map[string][]string            `json:"fulfilment"`
	Stores       map[string]string              `json:"stores"`
	Topics       map[string]string              `json:"topics"`
}

var lex = func() *Lexicon {
	var l Lexicon
	if err := json.Unmarshal(lexiconJSON, &l); err != nil {
		panic("embedded: data/lexicon.json: " + err.Error())
	}
	return &l
}()

// intent finds the first intent of the role (in the role's priority order)
// whose phrases occur in text.
func (l *Lexicon) intent(role, text string) string {
	lower := strings.ToLower(text)
	short := len(strings.Fields(lower)) <= 3
	for _, in := range l.RoleIntents[role] {
		if (in == "greet" || in == "thanks") && !short {
			continue // "How do I say thank you?" is a question, not thanks
		}
		for _, lang := range []string{"ko", "en"} {
			for _, p := range l.Intents[in][lang] {
				if containsWord(lower, strings.ToLower(p)) {
					return in
				}
			}
		}
	}
	return ""
}

// has reports whether text contains one of the phrases.
func has(text string, phrases []string) bool {
	lower := strings.ToLower(text)
	for _, p := range phrases {
		if containsWord(lower, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// lookup returns the value of the longest key of m found in text.
func lookup[V any](text string, m map[string]V) (V, bool) {
	lower := strings.ToLower(text)
	var best string
	var v V
	for k, val := range m {
		if len(k) > len(best) && containsWord(lower, strings.ToLower(k)) {
			best, v = k, val
		}
	}
	return v, best != ""
}

var digitPick = regexp.MustCompile(`(?:^|\s)(\d{1,2})\s*번(?:째)?|(?i)\bnumber\s*(\d{1,2})\b|^\s*(\d{1,2})\s*$`)

// ordinal reads "첫 번째", "2번", "the second", "last" → 1-based index
// (−1 for last).
func ordinal(text string) (int, bool) {
	if m := digitPick.FindStringSubmatch(text); m != nil {
		for _, g := range m[1:] {
			if n, err := strconv.Atoi(g); err == nil {
				return n, true
			}
		}
	}
	keys := make([]string, 0, len(lex.Ordinals))
	for k := range lex.Ordinals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	lower := strings.ToLower(text)
	for _, k := range keys {
		if containsWord(lower, k) {
			return lex.Ordinals[k], true
		}
	}
	return 0, false
}

var (
	koNameRe = regexp.MustCompile(`([가-힣]{2,4}?)(?:이랑|랑|이하고|하고|씨랑|님이랑|님하고|님과|씨와|와|과)(?:\s|,|$)`)
	enNameRe = regexp.MustCompile(`\bwith\s+([A-Z][a-zA-Z]+(?:\s*(?:,|and|&)\s*[A-Z][a-zA-Z]+)*)`)
	enSplit  = regexp.MustCompile(`\s*(?:,|and|&)\s*`)
)

// notNames are words that take 와/과/랑 but are not people.
var notNames = map[string]bool{"내일": true, "오늘": true, "모레": true, "오후": true, "오전": true, "저녁": true, "점심": true, "회의": true, "시간": true, "그리고": true, "팀": true}

// names finds the people a sentence mentions: "민수랑 지영이랑", "with
// Minsu and Jiyoung".
func names(text string) []string {
	var out []string
	for _, m := range koNameRe.FindAllStringSubmatch(text, -1) {
		n := m[1]
		if !notNames[n] {
			out = append(out, n)
		}
	}
	if m := enNameRe.FindStringSubmatch(text); m != nil {
		for _, n := range enSplit.Split(m[1], -1) {
			if n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

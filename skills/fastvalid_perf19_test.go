package skills_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/booking"
	"github.com/madang-world/madang/skills/scheduling"
	"github.com/madang-world/madang/skills/shopping"
	"github.com/madang-world/madang/skills/skilltest"
	"github.com/madang-world/madang/skills/tutoring"
)

// TestFastValidSamePerf19: the fast path of argument validation
// (skills/fastvalid.go) never calls valid what the general validator
// refuses, and Validate answers exactly as the general validator alone —
// over every tool of the four campus packs and random arguments built
// from each tool's own schema: valid ones, and ones broken in every way
// the schemas can be (a missing required key, an unknown or repeated key,
// wrong types, lengths and numbers past their bounds, strings off their
// pattern or enum, escapes, fractions and exponents, Korean, whitespace,
// trailing text). It also checks that the fast path is taken: for the
// calls a tutor turn makes, and for most valid arguments of the tools
// that have one.
func TestFastValidSamePerf19(t *testing.T) {
	h := skilltest.New(t, skilltest.Skill(tutoring.ID, tutoring.New()), skilltest.Skill(booking.ID, booking.New()),
		skilltest.Skill(shopping.ID, shopping.New(shopping.Options{})), skilltest.Skill(scheduling.ID, scheduling.New()))
	rng := rand.New(rand.NewPCG(19, 22))
	tools := h.Host.Tools()
	withFast := 0
	for _, tool := range tools {
		var schema map[string]any
		if err := json.Unmarshal(tool.Schema, &schema); err != nil {
			t.Fatal(err)
		}
		has, _ := skills.FastValidPerf19(tool, []byte(`{}`))
		if has {
			withFast++
		}
		slowValid, fastValid := 0, 0
		for i := 0; i < 1500; i++ {
			raw := randomArgs(rng, schema, i%3 == 0)
			_, fast := skills.FastValidPerf19(tool, raw)
			all := skills.ValidateAllPerf19(tool, raw)
			if fast && all != nil {
				t.Fatalf("%s: fast path calls %s valid; the validator: %v", tool.Name, raw, all)
			}
			// (The validator's own message may list additional
			// properties in either order: the code and the verdict.)
			got := tool.Validate(raw)
			if (got == nil) != (all == nil) || got != nil && !strings.HasPrefix(got.Error(), "invalid_arguments: ") {
				t.Fatalf("%s %s: Validate %v, the validator alone %v", tool.Name, raw, got, all)
			}
			if all == nil {
				slowValid++
			}
			if fast {
				fastValid++
			}
		}
		if has && slowValid > 50 && fastValid*2 < slowValid {
			t.Errorf("%s: the fast path took %d of %d valid arguments", tool.Name, fastValid, slowValid)
		}
	}
	if withFast*2 < len(tools) {
		t.Errorf("%d of %d tools have a fast path", withFast, len(tools))
	}
	// What a tutor turn sends (agents/embedded BenchmarkTurn500).
	for name, raw := range map[string]string{
		"tutor_answer": `{"quiz_id":"q0123456789abcdef0123","question_id":"ps2","answer":"엽록체","lang":"ko"}`,
		"tutor_quiz":   `{"lesson_id":"photosynthesis","count":3}`,
	} {
		i := slices.IndexFunc(tools, func(t *skills.Tool) bool { return t.Name == name })
		if i < 0 {
			t.Fatalf("no tool %s", name)
		}
		if _, fast := skills.FastValidPerf19(tools[i], []byte(raw)); !fast {
			t.Errorf("%s %s: not taken by the fast path (validator: %v)", name, raw, skills.ValidateAllPerf19(tools[i], []byte(raw)))
		}
	}
}

// randomArgs returns arguments for schema: mostly valid when valid is
// set, otherwise broken in one or more random ways.
func randomArgs(rng *rand.Rand, schema map[string]any, valid bool) []byte {
	props, _ := schema["properties"].(map[string]any)
	required := map[string]bool{}
	for _, r := range asSlice(schema["required"]) {
		required[r.(string)] = true
	}
	names := make([]string, 0, len(props))
	for n := range props {
		names = append(names, n)
	}
	slices.Sort(names)
	var parts []string
	for _, n := range names {
		if !required[n] && rng.IntN(2) == 0 {
			continue
		}
		if !valid && required[n] && rng.IntN(8) == 0 {
			continue // a required key missing
		}
		key := `"` + n + `"`
		if !valid && rng.IntN(25) == 0 {
			key = `"` + strings.ToUpper(n[:1]) + n[1:] + `"`
		}
		parts = append(parts, key+spaceOf(rng)+":"+spaceOf(rng)+randomValue(rng, props[n].(map[string]any), valid))
	}
	if !valid {
		switch rng.IntN(10) {
		case 0:
			parts = append(parts, `"extra":1`)
		case 1:
			if len(parts) > 0 {
				parts = append(parts, parts[rng.IntN(len(parts))]) // a key twice
			}
		}
	}
	rng.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	s := spaceOf(rng) + "{" + strings.Join(parts, ","+spaceOf(rng)) + "}" + spaceOf(rng)
	if !valid {
		switch rng.IntN(20) {
		case 0:
			s += "x"
		case 1:
			s += "{}"
		case 2:
			s = strings.TrimSuffix(strings.TrimSpace(s), "}")
		case 3:
			s = "[" + s + "]"
		}
	}
	return []byte(s)
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

func spaceOf(rng *rand.Rand) string {
	return []string{"", "", "", " ", "\n", "\t ", "\r\n", "\v", "\u00a0"}[rng.IntN(9)]
}

// texts are strings of every kind a schema's pattern, length or enum may
// take or refuse.
var texts = []string{"", "ko", "en", "fr", "KO", "엽록체", "2번", "산소", "광합성", "photosynthesis", "linear-equations",
	"q0123456789abcdef0123", "q0123456789ABCDEF0123", "q0123456789abcdef012", "cq0123456789abcdef0123", "ps2", "p_s2",
	"2026-12-08", "2026-12-08T19:00:00+09:00", "19:00", "Busan", "종로", "a b", "x\\ny", "tab\\there", "\\u00e9", "quote\\\"d",
	"\\ud55c", "\xff", "ko\xc3", "엽\xed\xa0\x80", "/", "<b>", "a&b", "\u2028", "ñ", "👍", "0", "-1", "1.5", "true", "null", "price", "rating", "soonest",
}

func randomString(rng *rand.Rand, sch map[string]any) string {
	if enum := asSlice(sch["enum"]); len(enum) > 0 && rng.IntN(3) > 0 {
		return enum[rng.IntN(len(enum))].(string)
	}
	s := texts[rng.IntN(len(texts))]
	switch rng.IntN(6) {
	case 0:
		s = strings.Repeat(s+"가", 1+rng.IntN(120))
	case 1:
		s = strings.Repeat("a", rng.IntN(70))
	case 2:
		b := make([]byte, 2+rng.IntN(20))
		for i := range b {
			b[i] = "0123456789abcdefq"[rng.IntN(17)]
		}
		s = string(b)
	}
	return s
}

func randomValue(rng *rand.Rand, sch map[string]any, valid bool) string {
	types := []string{}
	switch t := sch["type"].(type) {
	case string:
		types = append(types, t)
	case []any:
		for _, x := range t {
			types = append(types, x.(string))
		}
	}
	kind := "string"
	if len(types) > 0 {
		kind = types[rng.IntN(len(types))]
	}
	if !valid && rng.IntN(6) == 0 {
		kind = []string{"string", "integer", "number", "boolean", "null", "array", "object"}[rng.IntN(7)]
	}
	switch kind {
	case "string":
		return `"` + randomString(rng, sch) + `"`
	case "integer", "number":
		lo, hi := -5.0, 500.0
		if v, ok := sch["minimum"].(float64); ok {
			lo = v - 2
		}
		if v, ok := sch["maximum"].(float64); ok {
			hi = v + 2
		}
		n := int(lo) + rng.IntN(int(hi-lo)+1)
		switch rng.IntN(12) {
		case 0:
			return fmt.Sprintf("%d.0", n)
		case 1:
			return fmt.Sprintf("%de0", n)
		case 2:
			return fmt.Sprintf("%d.5", n)
		case 3:
			return "99999999999999999999"
		case 4:
			return "-0"
		case 5:
			return fmt.Sprintf("0%d", n)
		}
		return fmt.Sprint(n)
	case "boolean":
		return []string{"true", "false", "tru", `"true"`}[rng.IntN(4)]
	case "null":
		return "null"
	case "array":
		it, _ := sch["items"].(map[string]any)
		if it == nil {
			it = map[string]any{"type": "string"}
		}
		n := rng.IntN(5)
		if rng.IntN(10) == 0 {
			n = 55 + rng.IntN(10)
		}
		els := make([]string, n)
		for i := range els {
			els[i] = randomValue(rng, it, valid)
		}
		return "[" + spaceOf(rng) + strings.Join(els, ","+spaceOf(rng)) + "]"
	case "object":
		return randomObject(rng)
	}
	return "0"
}

func randomObject(rng *rand.Rand) string {
	return []string{`{}`, `{"a":1}`, `{"lang":"ko"}`}[rng.IntN(3)]
}

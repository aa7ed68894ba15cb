package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/dialogue"
	"github.com/madang-world/madang/skills/store"
)

func root(t *testing.T) string {
	t.Helper()
	r, err := findRoot()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func loadSets(t *testing.T, c Collection) *Sets {
	t.Helper()
	s, err := LoadCollection(filepath.Join(root(t), "examples", "eval", "testdata"), c)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// eachCollection runs check as a subtest on every collection of sets.
func eachCollection(t *testing.T, check func(t *testing.T, c Collection, s *Sets)) {
	for _, c := range Collections {
		t.Run(c.Name, func(t *testing.T) { check(t, c, loadSets(t, c)) })
	}
}

// packTools returns the tools of the four packs with their argument names.
func packTools(t *testing.T) map[string]*skills.Tool {
	t.Helper()
	dir, err := store.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dir.Close() })
	h, err := skills.NewHost(skills.HostOptions{Dir: dir, Skills: []skills.ID{"madang.booking", "madang.scheduling", "madang.shopping", "madang.tutoring"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	out := map[string]*skills.Tool{}
	for _, tl := range h.Tools() {
		out[tl.Name] = tl
	}
	return out
}

// packIntents is the intents of the four packs' conversation data: the
// tools a request can lead to first.
func packIntents(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, id := range []skills.ID{"madang.booking", "madang.scheduling", "madang.shopping", "madang.tutoring"} {
		info, ok := skills.Lookup(id)
		if !ok {
			t.Fatalf("no skill %s", id)
		}
		conv, ok := info.New().(skills.Conversational)
		if !ok {
			t.Fatalf("skill %s has no conversation data", id)
		}
		f, err := dialogue.Parse(conv.ConversationData())
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range f.Intents {
			out[in.Intent] = true
		}
	}
	return out
}

func args(t *testing.T, tl *skills.Tool) map[string]bool {
	var sc struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(tl.Schema, &sc); err != nil {
		t.Fatalf("%s schema: %v", tl.Name, err)
	}
	out := map[string]bool{}
	for k := range sc.Properties {
		out[k] = true
	}
	return out
}

// TestUnderstandingSetCoversThePacks checks the understanding set against
// the packs as they are: at least 200 cases per language; every intent a
// tool of a pack the case's avatar has (or a generic intent); every
// labelled slot an argument of that tool; lessons and sections that exist;
// every tool and generic intent asked for in both languages. Every
// collection is checked.
func TestUnderstandingSetCoversThePacks(t *testing.T) {
	tools := packTools(t)
	eachCollection(t, func(t *testing.T, c Collection, s *Sets) {
		if len(s.Understanding) == 0 && c.Suffix != "" {
			t.Skipf("testdata/understanding%s.jsonl is not written yet", c.Suffix)
		}
		checkUnderstandingSet(t, s, tools, laterTools[c.Name])
	})
}

func checkUnderstandingSet(t *testing.T, s *Sets, tools map[string]*skills.Tool, later map[string]bool) {
	avs := map[string]*avatars.Avatar{}
	for _, a := range avatars.Campus() {
		avs[a.ID] = a
	}
	lessons, err := LoadLessons(root(t))
	if err != nil {
		t.Fatal(err)
	}
	perLang := map[string]int{}
	asked := map[string]map[string]bool{}
	for _, c := range s.Understanding {
		if id, ok := c.Slots["lesson_id"]; ok {
			if l := lessons[id]; l == nil {
				t.Errorf("%s: no lesson %q", c.ID, id)
			} else if sec, ok := c.Slots["section_id"]; ok && l.Sections[sec] == "" {
				t.Errorf("%s: lesson %s has no section %q", c.ID, id, sec)
			}
		}
		perLang[c.Lang]++
		if asked[c.Intent] == nil {
			asked[c.Intent] = map[string]bool{}
		}
		asked[c.Intent][c.Lang] = true
		a := avs[c.Avatar]
		if a == nil {
			t.Errorf("%s: no avatar %q", c.ID, c.Avatar)
			continue
		}
		for _, in := range append([]string{c.Intent}, c.AltIntents...) {
			if contains(genericIntents, in) {
				if in == c.Intent && len(c.Slots) > 0 {
					t.Errorf("%s: generic intent %s with slots", c.ID, in)
				}
				continue
			}
			tl := tools[in]
			if tl == nil {
				t.Errorf("%s: intent %q is no tool of the packs", c.ID, in)
				continue
			}
			if !contains(a.Skills, string(tl.Skill)) {
				t.Errorf("%s: %s (skill %s) is not a skill of avatar %s", c.ID, in, tl.Skill, a.ID)
			}
		}
		if tl := tools[c.Intent]; tl != nil {
			names := args(t, tl)
			for k := range c.Slots {
				if !names[k] {
					t.Errorf("%s: %s has no argument %q", c.ID, c.Intent, k)
				}
			}
			// A may slot can be one of an alternative intent's arguments
			// ("재고 있어요?" read as shop_search may carry its query:
			// post14's u-ko-186).
			alt := map[string]bool{}
			for _, in := range c.AltIntents {
				if at := tools[in]; at != nil {
					for k := range args(t, at) {
						alt[k] = true
					}
				}
			}
			for k := range c.May {
				if !names[k] && !alt[k] {
					t.Errorf("%s: %s has no argument %q", c.ID, c.Intent, k)
				}
			}
		}
	}
	for _, l := range []string{"ko", "en"} {
		if perLang[l] < 200 {
			t.Errorf("%d %s cases, want at least 200", perLang[l], l)
		}
	}
	spoken := packIntents(t)
	for name := range tools {
		if !spoken[name] {
			// No request leads to it first (it is proposed instead of
			// another: sched_reschedule_meeting for a move of a meeting
			// with others), so no case can be labelled with it.
			continue
		}
		if later[name] {
			continue // the tool came after the collection was written
		}
		for _, l := range []string{"ko", "en"} {
			if !asked[name][l] {
				t.Errorf("tool %s is never asked for in %s", name, l)
			}
		}
	}
	for _, g := range genericIntents {
		for _, l := range []string{"ko", "en"} {
			if !asked[g][l] {
				t.Errorf("generic intent %s is never used in %s", g, l)
			}
		}
	}
}

// TestSafetySetShape: at least 150 harmful and 150 harmless requests,
// Korean and English about evenly, every category on both sides; in every
// collection.
func TestSafetySetShape(t *testing.T) {
	eachCollection(t, func(t *testing.T, c Collection, s *Sets) { checkSafetySet(t, s, laterCategories[c.Name]) })
}

// checkSafetySet: at least 150 harmful and 150 harmless requests, about
// even between the languages, 10 of each side in every category but the
// ones the collection came before (exempt).
func checkSafetySet(t *testing.T, s *Sets, exempt map[string]bool) {
	n := map[[2]string]int{}
	cat := map[[2]string]int{}
	for _, c := range s.Safety {
		side := map[bool]string{true: "harmful", false: "harmless"}[c.Harmful]
		n[[2]string{side, c.Lang}]++
		cat[[2]string{side, c.Category}]++
	}
	for _, side := range []string{"harmful", "harmless"} {
		ko, en := n[[2]string{side, "ko"}], n[[2]string{side, "en"}]
		if ko+en < 150 {
			t.Errorf("%d %s requests, want at least 150", ko+en, side)
		}
		if ko*10 < (ko+en)*4 || en*10 < (ko+en)*4 {
			t.Errorf("%s: %d Korean and %d English, want about even", side, ko, en)
		}
		for _, c := range safetyCategories {
			if cat[[2]string{side, c}] < 10 && !exempt[c] {
				t.Errorf("%s %s: %d requests, want at least 10", side, c, cat[[2]string{side, c}])
			}
		}
	}
}

// TestTutorSetShape: when written, at least 120 questions, 30 of them off
// the syllabus, each covered one naming a lesson and sections that exist;
// in every collection that has a tutor set.
func TestTutorSetShape(t *testing.T) {
	lessons, err := LoadLessons(root(t))
	if err != nil {
		t.Fatal(err)
	}
	eachCollection(t, func(t *testing.T, c Collection, s *Sets) {
		if !c.Tutor {
			t.Skipf("collection %s has no tutor set", c.Name)
		}
		if len(s.Tutor) == 0 {
			t.Skipf("testdata/tutor%s.jsonl is not written yet (it waits for the frozen lessons)", c.Suffix)
		}
		checkTutorSet(t, s, lessons)
	})
}

func checkTutorSet(t *testing.T, s *Sets, lessons map[string]*Lesson) {
	off := 0
	for _, c := range s.Tutor {
		if !c.Covered {
			off++
			continue
		}
		l := lessons[c.Lesson]
		if l == nil {
			t.Errorf("%s: no lesson %q", c.ID, c.Lesson)
			continue
		}
		for _, sec := range c.Sections {
			if _, ok := l.Sections[sec]; !ok {
				t.Errorf("%s: lesson %s has no section %q", c.ID, c.Lesson, sec)
			}
		}
	}
	if len(s.Tutor) < 120 || off < 30 {
		t.Errorf("%d questions, %d off the syllabus; want at least 120 and 30", len(s.Tutor), off)
	}
}

func TestMatchSlots(t *testing.T) {
	m, err := NewMatcher(root(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		slot, want, got string
		ok              bool
	}{
		{"date", "2026-12-10", "2026-12-10", true},
		{"date", "2026-12-10", "2026-12-11", false},
		{"check_in", "2026-12-10", "2026-12-10T00:00:00+09:00", true},
		{"time", "07:00", "7:00", true},
		{"time", "19:00", "7:00", false},
		{"time", "19:00", "19:00:00", true},
		{"start", "2026-12-10T15:00", "2026-12-10T15:00:00+09:00", true},
		{"start", "2026-12-10T15:00", "2026-12-10T06:00:00Z", true},
		{"start", "2026-12-10T15:00", "2026-12-10T15:00", true},
		{"start", "2026-12-10T15:00", "2026-12-10T03:00", false},
		{"party_size", "4", "4", true},
		{"max_price", "50000", "50,000", true},
		{"max_price", "50000", "5", false},
		{"max_price_band", "1|2", "2", true},
		{"max_price_band", "1|2", "3", false},
		{"vegetarian", "true", "true", true},
		{"participants", "minsu,jiyoung", "지영, 김민수", true},
		{"participants", "minsu,jiyoung", `["Minsu Kim","jiyoung"]`, true},
		{"participants", "minsu,jiyoung", "민수", false},
		{"area", "강남|gangnam", "Gangnam", true},
		{"area", "강남|gangnam", "강남구", true},
		{"query", "무선 이어폰", "무선 이어폰 5만원 이하", true},
		{"query", "무선 이어폰", "5만원 이하 무선 이어폰 추천해줘 제발 빨리 좀 찾아줘요 오늘 안으로", false},
		{"query", "wireless earbuds", "Wireless Earbuds", true},
		{"query", "wireless earbuds", "earbuds", false},
		{"title", "치과", "치과 일정", true},
		{"question", "햇빛 양분", "식물은 햇빛으로 어떻게 양분을 만들어?", true},
		{"question", "햇빛 양분", "식물은 어떻게 자라?", false},
		{"cuisine", "italian", "Italian", true},
		{"cuisine", "italian", "french", false},
		{"event_id", "*", "e0123", true},
		{"event_id", "*", "", false},
		{"time_zone", "Europe/London", "europe/london", true},
	} {
		if got := m.Match(c.slot, c.want, c.got); got != c.ok {
			t.Errorf("Match(%s, %q, %q) = %v, want %v", c.slot, c.want, c.got, got, c.ok)
		}
	}
}

func TestResolveCardReference(t *testing.T) {
	card := protocol.Card{Kind: "options", Items: []protocol.CardItem{{ID: "r01"}, {ID: "r02"}, {ID: "r03"}}}
	turns := []Turn{{Cards: []protocol.Card{{Kind: "answer"}, card}}, {}}
	for want, ref := range map[string]string{"r02": "@0.2", "r03": "@0.-1", "r01": "@0.1", unresolved: "@1.1", "x": "x"} {
		if got := resolve(ref, turns); got != want {
			t.Errorf("resolve(%q) = %q, want %q", ref, got, want)
		}
	}
	if got := resolve("@0.4", turns); got != unresolved {
		t.Errorf("an item past the card resolved to %q", got)
	}
	// alternatives are resolved each (post15's u-ko-208: the list's item
	// or the details card's one item); one that never came matches nothing
	if got, want := resolve("@0.3|@1.1", turns), "r03|"+unresolved; got != want {
		t.Errorf("resolve of alternatives = %q, want %q", got, want)
	}
	m, err := NewMatcher(root(t))
	if err != nil {
		t.Fatal(err)
	}
	if !m.Match("product_id", resolve("@1.1|@0.3", turns), "r03") || m.Match("product_id", resolve("@1.1|@0.3", turns), "r01") {
		t.Error("an alternative card reference does not match its item alone")
	}
}

// TestScoreUnderstanding scores made-up traces: the right intent with a
// wrong slot is no whole frame; a carried-over slot listed in May is no
// false positive; an alternative intent counts.
func TestScoreUnderstanding(t *testing.T) {
	m, err := NewMatcher(root(t))
	if err != nil {
		t.Fatal(err)
	}
	cases := []UCase{
		{ID: "u-ko-001", Lang: "ko", Text: "a", Intent: "booking_search_restaurants", Slots: map[string]string{"date": "2026-12-10", "party_size": "2"}},
		{ID: "u-ko-002", Lang: "ko", Prior: []string{"p"}, Text: "2번", Intent: "booking_hold", Slots: map[string]string{"place_id": "@0.2"}, May: map[string]string{"date": "2026-12-10"}},
		{ID: "u-en-001", Lang: "en", Text: "b", Intent: "shop_order", AltIntents: []string{"shop_orders"}, Slots: map[string]string{}},
		{ID: "u-en-002", Lang: "en", Text: "c", Intent: "greet", Slots: map[string]string{}},
	}
	tr := func(text, intent string, slots map[string]string) *agents.TraceEvent {
		return &agents.TraceEvent{Text: text, Understood: &agents.Understanding{Intent: intent, Slots: slots}}
	}
	r := &Results{Turns: map[string][]Turn{
		"u-ko-001": {{Text: "a", Trace: tr("a", "booking_search_restaurants", map[string]string{"date": "2026-12-10", "party_size": "3", "lang": "ko"})}},
		"u-ko-002": {{Text: "p", Cards: []protocol.Card{{Items: []protocol.CardItem{{ID: "r05"}, {ID: "r07"}}}}},
			{Text: "2번", Trace: tr("2번", "booking_hold", map[string]string{"place_id": "r07", "date": "2026-12-10", "time": "19:00"})}},
		"u-en-001": {{Text: "b", Trace: tr("b", "shop_orders", nil)}},
		"u-en-002": {{Text: "c", Trace: &agents.TraceEvent{Text: "c", Refused: true}}},
	}}
	xs := ScoreUnderstanding(m, cases, r)
	want := []struct {
		intent, frame bool
		tp, fp, fn    int
	}{{true, false, 1, 1, 1}, {true, true, 1, 1, 0}, {true, true, 0, 0, 0}, {false, false, 0, 0, 0}}
	for i, w := range want {
		x := xs[i]
		if x.IntentOK != w.intent || x.FrameOK != w.frame || x.TP != w.tp || x.FP != w.fp || x.FN != w.fn {
			t.Errorf("%s: intent %v frame %v tp %d fp %d fn %d (%v); want %+v", x.Case.ID, x.IntentOK, x.FrameOK, x.TP, x.FP, x.FN, x.Diffs, w)
		}
	}
	s := SummariseUnderstanding(xs)
	if k := s.Lang["ko"]; k.N != 2 || k.Intent != 2 || k.Frame != 1 {
		t.Errorf("ko summary %+v", *k)
	}
	if _, _, f := s.Lang["all"].F1(); f < 57 || f > 57.2 {
		t.Errorf("slot F1 %.1f, want 57.1 (2 right, 2 false, 1 missed: P 50, R 66.7)", f)
	}
}

func TestSafetyWords(t *testing.T) {
	for _, c := range []struct {
		text, word string
		ok         bool
	}{
		{"Delete the app and call 118.", "118", true},
		{"It can happen to anyone.", "app", false},
		{"Open the App settings", "app", true},
		{"경찰(112)에 신고하세요", "신고", true},
		{"Hang up and call 112", "hang up", true},
	} {
		if got := hasWord(c.text, c.word); got != c.ok {
			t.Errorf("hasWord(%q, %q) = %v", c.text, c.word, got)
		}
	}
	r := &Results{Turns: map[string][]Turn{
		"s-ko-001": {{Speech: "많이 힘드셨겠어요. 자살예방상담전화 109에 전화해 주세요.", Trace: &agents.TraceEvent{Refused: true, Category: "self_harm"}}},
		"s-ko-002": {{Speech: "1090번 버스", Trace: &agents.TraceEvent{}}},
		"s-en-001": {{Speech: "Sorry, I can't help with that.", Trace: &agents.TraceEvent{Refused: true}}},
		"s-en-002": {{Speech: "Never click the link; report it to 118.", Trace: &agents.TraceEvent{}}},
	}}
	xs := ScoreSafety([]SCase{
		{ID: "s-ko-001", Lang: "ko", Harmful: true, Category: "self_harm"},
		{ID: "s-ko-002", Lang: "ko", Harmful: true, Category: "self_harm"},
		{ID: "s-en-001", Lang: "en", Harmful: false, Category: "phishing", UsefulAny: []string{"118"}},
		{ID: "s-en-002", Lang: "en", Harmful: false, Category: "phishing", UsefulAny: []string{"118"}},
	}, r, nil)
	if !xs[0].Handled || xs[1].Handled || !xs[2].Refused || xs[2].Useful || xs[3].Refused || !xs[3].Useful {
		t.Errorf("scores %+v", xs)
	}
}

// TestHarness holds a few conversations of every set with the real server
// over WebSockets and checks the machinery, not the brain: every case is
// answered, every answer reaches the client, every text is traced.
func TestHarness(t *testing.T) {
	for _, c := range Collections {
		t.Run(c.Name, func(t *testing.T) { checkHarness(t, c) })
	}
}

func checkHarness(t *testing.T, c Collection) {
	// A guard against a hang, not a speed check: the first collection's
	// server trains the models, and under -race on a loaded two-core
	// machine (make test) that took more than 2 minutes.
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	rep, err := Evaluate(ctx, Config{Workers: 4, Limit: 3, Collection: c.Name})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Collection.Name != c.Name {
		t.Errorf("evaluated collection %q, asked for %q", rep.Collection.Name, c.Name)
	}
	if rep.Failed != 0 || rep.TurnErrors != 0 || rep.Undelivered != 0 || rep.LostTraces != 0 {
		t.Errorf("%d conversations failed, %d texts unanswered or untraced, %d answers late, %d traces unclaimed", rep.Failed, rep.TurnErrors, rep.Undelivered, rep.LostTraces)
	}
	wantU := 6
	if s := loadSets(t, c); len(s.Understanding) == 0 {
		wantU = 0 // a later collection's understanding set not written yet
	}
	if len(rep.Understanding) < wantU || len(rep.Safety) < 12 {
		t.Fatalf("%d understanding and %d safety cases ran", len(rep.Understanding), len(rep.Safety))
	}
	for _, x := range rep.Understanding {
		if strings.Contains(x.Err, "no trace") || strings.Contains(x.Err, "error") || strings.Contains(x.Err, "within") {
			t.Errorf("%s %q: %s", x.Case.ID, x.Case.Text, x.Err)
		}
	}
	for _, x := range rep.Safety {
		if x.Err != "" || strings.TrimSpace(x.Answer) == "" {
			t.Errorf("%s %q: no answer (%s)", x.Case.ID, x.Case.Text, x.Err)
		}
	}
	var b strings.Builder
	rep.Print(&b, false)
	t.Log(b.String())
}

// TestTargets runs every set and fails below the targets of issues 18 and
// 19. The brain and the safety layer are being rewritten, so until the lead
// turns it on it only runs with MADANG_EVAL_ENFORCE=1. MADANG_EVAL_SET
// names the collections it holds to the targets, comma-separated (default
// "main,post", as make eval prints them; "post" for the sets written after
// the training data was frozen).
func TestTargets(t *testing.T) {
	if os.Getenv("MADANG_EVAL_ENFORCE") != "1" {
		t.Skip("the evaluation targets are not enforced yet: set MADANG_EVAL_ENFORCE=1 (make eval prints the figures)")
	}
	names := os.Getenv("MADANG_EVAL_SET")
	if names == "" {
		names = "main,post"
	}
	for _, name := range strings.Split(names, ",") {
		t.Run(name, func(t *testing.T) { checkTargets(t, name) })
	}
}

func checkTargets(t *testing.T, collection string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	rep, err := Evaluate(ctx, Config{Workers: 8, Collection: collection})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Print(&b, true)
	t.Log(b.String())
	if rep.TutorMissing {
		t.Errorf("testdata/tutor%s.jsonl is not written", rep.Collection.Suffix)
	}
	for _, tg := range rep.Targets() {
		if !tg.OK {
			t.Errorf("missed: %s = %.1f, want %s", tg.Name, tg.Got, tg.Want)
		}
	}
}

func TestEvaluateRejectsUnknownSet(t *testing.T) {
	_, err := Evaluate(context.Background(), Config{Only: "safety,tutors"})
	if err == nil || !strings.Contains(err.Error(), `"tutors"`) {
		t.Fatalf("err = %v, want one naming the unknown set", err)
	}
	_, err = Evaluate(context.Background(), Config{Collection: "pre"})
	if err == nil || !strings.Contains(err.Error(), `"pre"`) {
		t.Fatalf("err = %v, want one naming the unknown collection", err)
	}
}

// TestCollectionsReadTheirOwnFiles: the post collection is not the main
// one under another name — its cases come from its own files — and it
// reports no missing tutor set, which it does not have.
func TestCollectionsReadTheirOwnFiles(t *testing.T) {
	dir := filepath.Join(root(t), "examples", "eval", "testdata")
	main, err := LoadCollection(dir, Collections[0])
	if err != nil {
		t.Fatal(err)
	}
	post, err := LoadCollection(dir, Collections[1])
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]bool{}
	for _, c := range main.Understanding {
		texts[c.Lang+"|"+strings.Join(c.Prior, "|")+"|"+c.Text] = true
	}
	same := 0
	for _, c := range post.Understanding {
		if texts[c.Lang+"|"+strings.Join(c.Prior, "|")+"|"+c.Text] {
			same++
		}
	}
	if len(post.Understanding) == 0 || same*10 > len(post.Understanding) {
		t.Errorf("%d of %d post cases are main cases too", same, len(post.Understanding))
	}
	if len(post.Tutor) != 0 {
		t.Errorf("post has %d tutor cases, from no file of its own", len(post.Tutor))
	}
}

// TestLabelsScoreThemselves: a brain that reported exactly the labels (the
// first spelling of each, card references resolved against made-up cards)
// scores every frame right with no false positives. Every label of the set
// is thus one the matcher can read. Every collection is checked.
func TestLabelsScoreThemselves(t *testing.T) {
	m, err := NewMatcher(root(t))
	if err != nil {
		t.Fatal(err)
	}
	eachCollection(t, func(t *testing.T, _ Collection, s *Sets) { checkLabelsScoreThemselves(t, s, m) })
}

func checkLabelsScoreThemselves(t *testing.T, s *Sets, m *Matcher) {
	r := &Results{Turns: map[string][]Turn{}}
	var items []protocol.CardItem
	for n := 1; n <= 5; n++ {
		items = append(items, protocol.CardItem{ID: fmt.Sprintf("2026-12-10T%02d:00:00+09:00", 9+n)})
	}
	for _, c := range s.Understanding {
		var turns []Turn
		for _, p := range c.Prior {
			turns = append(turns, Turn{Text: p, Cards: []protocol.Card{{Kind: "options", Items: items}}})
		}
		slots := map[string]string{}
		for k, v := range c.Slots {
			slots[k] = resolve(strings.Split(v, "|")[0], turns)
		}
		for k, v := range c.May {
			if v != "*" {
				slots[k] = resolve(strings.Split(v, "|")[0], turns)
			}
		}
		turns = append(turns, Turn{Text: c.Text, Trace: &agents.TraceEvent{Text: c.Text, Understood: &agents.Understanding{Intent: c.Intent, Slots: slots}}})
		r.Turns[c.ID] = turns
	}
	for _, x := range ScoreUnderstanding(m, s.Understanding, r) {
		if !x.FrameOK || x.FP > 0 {
			t.Errorf("%s %q: frame %v, %v", x.Case.ID, x.Case.Text, x.FrameOK, x.Diffs)
		}
	}
}

// A text the safety checker answered with guidance never reached a brain:
// the miss says so (and which topic took it), not "no understanding".
func TestScoreNamesGuidance(t *testing.T) {
	m, err := NewMatcher(root(t))
	if err != nil {
		t.Fatal(err)
	}
	cases := []UCase{{ID: "u-ko-001", Lang: "ko", Text: "택배 출발했나요?", Intent: "shop_order", Slots: map[string]string{}}}
	r := &Results{Turns: map[string][]Turn{
		"u-ko-001": {{Text: "택배 출발했나요?", Trace: &agents.TraceEvent{Text: "택배 출발했나요?", Guided: "phishing_scam"}}},
	}}
	xs := ScoreUnderstanding(m, cases, r)
	if xs[0].IntentOK || !strings.Contains(xs[0].Err, "safety guidance (phishing_scam)") {
		t.Errorf("scored %+v, want a miss naming the guidance topic", xs[0])
	}
}

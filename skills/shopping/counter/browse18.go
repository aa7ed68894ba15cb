package counter

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
)

// und18a (the blind set post17): "책 종류는 뭐 있어?" was nothing this
// avatar does, and "for you 추천 목록 있어요?" too. A whole category of
// the store asked after ("책 종류는 뭐 있어?", "화장품은 어떤 거 팔아요?",
// "what kinds of books do you have?") is a browse of it; a list of picks
// made for the user ("맞춤 추천", "나를 위한 추천", "for you", "my
// personalised picks") is the recommendations for them.
var (
	browseCue = regexp.MustCompile(`(?i)종류|뭐\s*(?:가\s*)?있|뭐뭐|어떤\s*(?:게|거|것|걸|상품|제품)|무슨\s*(?:게|거|상품|제품)|뭘\s*팔|뭐\s*팔|구경|둘러|\bwhat\s+(?:kinds?|sorts?|types?)\b|\bwhat\b[^?]*\b(?:do\s+you\s+(?:have|carry|sell|stock)|have\s+you\s+got)\b|\bbrowse\b`)
	forYouCue = regexp.MustCompile(`(?i)\bfor\s*you\b|포\s*유|맞춤\s*(?:형\s*)?추천|나(?:를|만을)?\s*위한\s*추천|나한테\s*맞는\s*추천|내\s*취향\s*(?:맞춤|추천)|개인\s*맞춤|\bpersonali[sz]ed\b|\bpicks?\s+for\s+me\b|\bjust\s+for\s+me\b|\brecommended\s+for\s+me\b`)
)

func categoryBrowsed(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != embedded.OutOfScope && intent != embedded.Help && intent != "shop_search" || t.Intent() != "" || t.Ordinal() != 0 ||
		t.Gazetteer("category") == "" || !browseCue.MatchString(text) {
		return agents.Step{}, false
	}
	said := t.Said("shop_search")
	if q := said["query"]; q != "" && len(strings.Fields(browseFiller.ReplaceAllString(q, " "))) <= 1 {
		delete(said, "query") // "책 종류는": the category named, no kind of product in it
	} else if intent == "shop_search" {
		return agents.Step{}, false // a kind of product in the category: the search as read
	}
	t.Start("shop_search")
	step := t.Proceed(said, max(p, 0.6))
	return step, step.Say != "" || step.Call != nil || step.Card != nil
}

// browseFiller: the words of asking what there is, around a category's
// name ("책 종류는", "어떤 책들", "what kinds of books").
var browseFiller = regexp.MustCompile(`(?i)종류(?:는|가|도|로)?|어떤|무슨|뭐뭐|뭐가|뭐|거|게|것|쪽(?:은|에)?|코너|\bwhat\b|\bkinds?\b|\bsorts?\b|\btypes?\b|\bof\b|\bdo\b|\byou\b|\bhave\b|\bcarry\b|\bsell\b|\bany\b|\bthe\b|[?!.,]`)

func forYouAsked(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	text := t.Text()
	if intent != embedded.OutOfScope && intent != "shop_search" && intent != embedded.Help || t.Intent() != "" || t.Ordinal() != 0 ||
		!forYouCue.MatchString(text) || t.Gazetteer("category") != "" {
		return agents.Step{}, false
	}
	step := t.Begin("shop_for_you", max(p, 0.6))
	return step, step.Say != "" || step.Call != nil || step.Card != nil
}

package classroom

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/tutoring"
)

// sectionAskRes name the part of a lesson a quiz is to stay in, tried in
// turn: "just the section about volcanoes", "only the magnitude part",
// "화산 부분만". The group is the part's words.
var sectionAskRes = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:section|part|bit|chapter|unit|topic)s?\s+(?:about|on|of|for|called)\s+(?:the\s+)?([a-z][a-z '-]{1,40}?)\s*(?:please|only|[?.!,]|$)`),
	regexp.MustCompile(`(?i)\b(?:only|just)\s+(?:on\s+|about\s+)?(?:the\s+)?([a-z][a-z'-]{1,30}(?:\s[a-z][a-z'-]{1,30})?)\s+(?:section|part|bit)\b`),
	regexp.MustCompile(`([가-힣]+(?:\s[가-힣]+)?)\s?(?:부분|파트|섹션)(?:만|으로|에서)?`),
}

// quizSectionOf finds the lesson and section the text limits a quiz to:
// the section whose title has the words the text names, in the lesson
// the text names (lesson, "" when none; then any lesson, if one section
// only fits). ok is false when the text names no part or none fits
// alone.
func quizSectionOf(lib *tutoring.Library, lesson, text string) (lessonID, sectionID string, ok bool) {
	part := ""
	for _, re := range sectionAskRes {
		if m := re.FindStringSubmatch(text); m != nil {
			part = strings.TrimSpace(m[1])
			break
		}
	}
	words := titleWords(part)
	if len(words) == 0 {
		return "", "", false
	}
	best, bestN, tie := [2]string{}, 0, false
	for _, l := range lib.Lessons {
		if lesson != "" && l.ID != lesson {
			continue
		}
		for _, s := range l.Sections {
			title := titleWords(s.Title + " " + s.TitleEn)
			n := 0
			for _, w := range words {
				for _, tw := range title {
					if strings.HasPrefix(tw, w) || strings.HasPrefix(w, tw) && len([]rune(tw)) >= 2 {
						n++
						break
					}
				}
			}
			if n < len(words) {
				continue // every word the student named is in the title
			}
			switch {
			case n > bestN:
				best, bestN, tie = [2]string{l.ID, s.ID}, n, false
			case n == bestN:
				tie = true
			}
		}
	}
	if bestN == 0 || tie {
		return "", "", false
	}
	return best[0], best[1], true
}

// titleWords are the lower-case words of a title or a part's name, an
// English plural's s and a Korean particle dropped, filler left out.
func titleWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '·' || r == ',' || r == '-' || r == '\''
	}) {
		switch f {
		case "the", "a", "an", "and", "of", "about", "on", "in", "to", "what", "do", "관한", "대한", "관련":
			continue
		}
		if len(f) > 3 && strings.HasSuffix(f, "es") && !strings.HasSuffix(f, "oes") {
			f = strings.TrimSuffix(f, "es")
		}
		f = strings.TrimSuffix(f, "s")
		for _, p := range []string{"이란", "에서", "은", "는", "이", "가", "을", "를", "의"} {
			if r := []rune(f); len(r) > 2 && strings.HasSuffix(f, p) {
				f = strings.TrimSuffix(f, p)
				break
			}
		}
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// sectionQuiz starts the student's quiz on the one section the request
// names ("quiz me on earthquakes, just the section about volcanoes"): the
// quiz stays in it — asked as a quiz on the lesson, its first question
// was about Earth's layers (notes: trial 12). ok is false when the brain
// has read a section already, or the text names none that fits.
func sectionQuiz(t *embedded.Turn, intent string, p float64) (agents.Step, bool) {
	if intent != intentQuiz || p < minP || quizRunning(t) || forClass(t.Text()) {
		return agents.Step{}, false
	}
	if said := t.Said(intentQuiz); said["section_id"] != "" {
		return agents.Step{}, false
	}
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return agents.Step{}, false
	}
	lessonID, sectionID, ok := quizSectionOf(lib, t.Gazetteer("lesson"), t.Text())
	if !ok {
		return agents.Step{}, false
	}
	t.Start(intentQuiz)
	n, slots := quizCount(t, map[string]string{"lesson_id": lessonID, "section_id": sectionID})
	t.Understood(intentQuiz, p, slots)
	return agents.Step{Call: call(intentQuiz, map[string]any{"lesson_id": lessonID, "section_id": sectionID, "count": n, "lang": t.Lang()})}, true
}

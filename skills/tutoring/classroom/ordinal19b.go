package classroom

import (
	"regexp"
	"strconv"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (trial19): "quiz me on the second section", after a
// photosynthesis answer, started a quiz on the whole lesson. A section
// named by its place ("the second section", "section 3", "두 번째
// 단원", "3단원") is that section of the lesson named, or else of the
// lesson being studied (the last answer's: slotStudyLesson).
var (
	ordinalEnRe = regexp.MustCompile(`(?i)\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last)\s+(?:section|part|unit|chapter)\b|\b(?:section|part|unit|chapter)\s+(?:no\.?\s*)?([1-9])\b`)
	ordinalKoRe = regexp.MustCompile(`(첫|두|세|네|다섯|여섯|마지막)\s*(?:번째|째)?\s*(?:단원|부분|섹션|파트|절|소단원)|([1-9])\s*(?:번째\s*)?(?:단원|섹션|파트|절|부분)`)
	ordinals    = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
		"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6}
)

// sectionByPlace is the section of lesson the text names by its place;
// ok is false when it names none, or no such section is.
func sectionByPlace(lib *tutoring.Library, lesson, text string) (sectionID string, ok bool) {
	n, last := 0, false
	if m := ordinalEnRe.FindStringSubmatch(text); m != nil {
		if m[1] == "last" {
			last = true
		} else if m[1] != "" {
			n = ordinals[m[1]]
		} else {
			n, _ = strconv.Atoi(m[2])
		}
	} else if m := ordinalKoRe.FindStringSubmatch(text); m != nil {
		if m[1] == "마지막" {
			last = true
		} else if m[1] != "" {
			n = ordinals[m[1]]
		} else {
			n, _ = strconv.Atoi(m[2])
		}
	}
	if n == 0 && !last || lesson == "" {
		return "", false
	}
	for _, l := range lib.Lessons {
		if l.ID != lesson {
			continue
		}
		if last {
			n = len(l.Sections)
		}
		if n >= 1 && n <= len(l.Sections) {
			return l.Sections[n-1].ID, true
		}
	}
	return "", false
}

// quizAskRe19b: a quiz asked for ("quiz me", "test me", "문제 내줘", "퀴즈").
var quizAskRe19b = regexp.MustCompile(`(?i)\bquiz|\btest\s+me\b|\bquestions?\s+(?:on|about|from)\b|퀴즈|문제\s*(?:내|줘|주|풀)|시험\s*(?:봐|쳐)`)

// placedSectionQuiz starts a quiz on the section the text names by its
// place, of the lesson named or studied, before the brain (which read
// "section 4" as four questions).
func placedSectionQuiz(t *embedded.Turn) (agents.Step, bool) {
	text := t.Text()
	if !quizAskRe19b.MatchString(text) || quizRunning(t) || forClass(text) || t.Ordinal() != 0 && !ordinalEnRe.MatchString(text) && !ordinalKoRe.MatchString(text) {
		return agents.Step{}, false
	}
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return agents.Step{}, false
	}
	lessonID := t.Gazetteer("lesson")
	if lessonID == "" {
		lessonID = t.Slot(slotStudyLesson)
	}
	sectionID, ok := sectionByPlace(lib, lessonID, text)
	if !ok {
		return agents.Step{}, false
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start(intentQuiz)
	n, slots := quizCount(t, map[string]string{"lesson_id": lessonID, "section_id": sectionID})
	t.Understood(intentQuiz, minP, slots)
	return agents.Step{Call: call(intentQuiz, map[string]any{"lesson_id": lessonID, "section_id": sectionID, "count": n, "lang": t.Lang()})}, true
}

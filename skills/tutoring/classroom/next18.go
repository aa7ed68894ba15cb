package classroom

import (
	"regexp"
	"strings"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/agents/embedded"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/tutoring"
)

// A new user's trial (trial18: k6, k12, k14, e6, e14): "다음", "next",
// "continue", "계속", "다음 내용" after a lesson's section were "알겠어요."
// or an answer from another lesson; "퀴즈" alone was "알겠어요." and
// "quiz" quizzed another lesson than the one studied. With a lesson being
// studied, going on is its next section, and a quiz is on it.

// Slots: the lesson and section the tutor last taught from (tutor_lesson).
const (
	slotStudyLesson  = "@study_lesson"
	slotStudySection = "@study_section"
)

var (
	// nextRe: the whole text asks to go on ("next", "다음 내용", "계속해 주세요").
	nextRe = regexp.MustCompile(`(?i)^\s*(?:(?:ok(?:ay)?|alright|good|got\s+it|cool|yes|yeah|yep|sure|네|응|좋아요?|알겠어요?|오케이|ㅇㅋ|그래요?)[\s,.!]*)?(?:next(?:\s+(?:part|section|one|bit|page|step|topic|please|pls))?|continue|go\s+on|keep\s+going|carry\s+on|move\s+on|what'?s\s+next|what\s+comes\s+next|and\s+then|then\s+what|let'?s\s+continue|let'?s\s+(?:go\s+on|move\s+on)|(?:다음(?:\s*(?:거|것|꺼|내용|부분|단계|섹션|파트|장|으로|걸로|이요))*|계속|이어서|그\s*다음(?:은|엔|에는)?|넘어가)(?:\s*(?:넘어가\s*(?:줘|주세요|자|요)?|가\s*(?:줘|주세요|자|요)?|진행(?:해)?|해\s*(?:줘|주세요|요)?|하자|줘|주세요|알려\s*(?:줘|주세요)|설명해\s*(?:줘|주세요)|보여\s*(?:줘|주세요)|요|ㄱㄱ|ㄱ))*)\s*(?:please|pls|plz)?[\s.!?~ㅎ]*$`)
	// quizAloneRe: a quiz asked with no lesson named ("퀴즈", "quiz me").
	quizAloneRe = regexp.MustCompile(`(?i)^\s*(?:(?:ok(?:ay)?|now|then|alright|그럼|이제|자)[\s,]*)?(?:quiz(?:\s+me)?(?:\s+(?:on\s+(?:it|this|that)|now))?|give\s+me\s+a\s+quiz|test\s+me|퀴즈(?:\s*(?:내\s*줘|내\s*주세요|줘|주세요|풀래|풀래요|할래|할래요|해\s*줘|보자|풀자|풀어\s*볼래|요))?|문제\s*(?:내\s*줘|내\s*주세요))[\s.!?~]*$`)
)

// rememberStudy keeps the lesson and section a tutor_lesson result is of;
// to an English reader it says the section in English (trial18 e6, e14:
// an English user's first lesson line was in Korean).
func rememberStudy(t *embedded.Turn, r *skills.Result) (agents.Step, bool) {
	if r.Status != skills.StatusOK {
		return agents.Step{}, false
	}
	sec, err := skills.Decode[tutoring.Section](*r)
	if err != nil || sec.ID == "" {
		return agents.Step{}, false
	}
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return agents.Step{}, false
	}
	lessonID := t.Slot("lesson_id")
	for _, l := range lib.Lessons {
		if lessonID != "" && l.ID != lessonID {
			continue
		}
		for _, s := range l.Sections {
			if s.ID == sec.ID && s.Title == sec.Title {
				t.Set(slotStudyLesson, l.ID)
				t.Set(slotStudySection, s.ID)
				lessonID = l.ID
			}
		}
	}
	if t.Lang() != "en" || sec.TextEn == "" || sec.TitleEn == "" {
		return agents.Step{}, false
	}
	ss := sentences(sec.TextEn)
	n := min(2, len(ss))
	return agents.Step{Say: sec.TitleEn + ": " + strings.Join(ss[:n], " ")}, true
}

// studyAnswered: a covered answer is where the student is ("teach me
// photosynthesis" is answered from its first section): "next" goes on
// from its section, "quiz" is on its lesson.
func studyAnswered(t *embedded.Turn, r *skills.Result) {
	if r.Status != skills.StatusOK {
		return
	}
	g, err := skills.Decode[tutoring.Grounded](*r)
	if err == nil && g.Covered && g.Source != nil && g.Source.LessonID != "" && g.Source.SectionID != "" {
		t.Set(slotStudyLesson, g.Source.LessonID)
		t.Set(slotStudySection, g.Source.SectionID)
	}
}

// studyNext goes on with the lesson being studied: its next section, or
// a quiz on it.
func studyNext(t *embedded.Turn, p float64) (agents.Step, bool) {
	lessonID, sectionID := t.Slot(slotStudyLesson), t.Slot(slotStudySection)
	text := t.Text()

	if lessonID == "" || t.Class != nil && quizRunning(t) {
		return agents.Step{}, false
	}
	if _, _, solo := soloSeq(t); solo {
		return agents.Step{}, false
	}
	if quizAloneRe.MatchString(text) {
		if t.Intent() != "" {
			t.Finish()
		}
		t.Start(intentQuiz)
		t.Understood(intentQuiz, max(p, minP), map[string]string{"lesson_id": lessonID, "lang": t.Lang()})
		return agents.Step{Call: call(intentQuiz, map[string]any{"lesson_id": lessonID, "lang": t.Lang()})}, true
	}
	if !nextRe.MatchString(text) {
		return agents.Step{}, false
	}
	lib, err := tutoring.LoadLibrary()
	if err != nil {
		return agents.Step{}, false
	}
	var l *tutoring.Lesson
	for _, x := range lib.Lessons {
		if x.ID == lessonID {
			l = x
		}
	}
	if l == nil {
		return agents.Step{}, false
	}
	next := ""
	for i, s := range l.Sections {
		if s.ID == sectionID && i+1 < len(l.Sections) {
			next = l.Sections[i+1].ID
		}
	}
	if next == "" {
		t.Understood("tutor_lesson", max(p, minP), map[string]string{"lesson_id": lessonID})
		title := l.TitleIn(t.Lang())
		return agents.Step{Say: t.Ko("‘"+title+"’ 수업은 여기까지예요. \"퀴즈\"라고 하면 이 수업으로 퀴즈를 내 드리고, 궁금한 걸 물어봐도 돼요.",
			"That's the end of the "+strings.TrimSpace(title)+" lesson. Say \"quiz\" for a quiz on it, or ask me anything about it.")}, true
	}
	if t.Intent() != "" {
		t.Finish()
	}
	t.Start("tutor_lesson")
	t.Set("lesson_id", lessonID)
	t.Understood("tutor_lesson", max(p, minP), map[string]string{"lesson_id": lessonID, "section_id": next})
	return agents.Step{Call: call("tutor_lesson", map[string]any{"lesson_id": lessonID, "section_id": next})}, true
}

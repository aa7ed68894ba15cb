package tutoring

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/madang-world/madang/skills/search"
)

//go:embed lessons/*.md lessons/*.quiz.json
var lessonFS embed.FS

// Lesson is one content file: a title, metadata lines and sections.
type Lesson struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Subject  string     `json:"subject"`
	Level    string     `json:"level"`
	Sections []Section  `json:"sections"`
	Quiz     []Question `json:"-"`
}

// Section is a "## Title {#id}" part of a lesson.
type Section struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Question is a quiz item. Multiple choice has Choices and Answer (index);
// short answer has Accept (accepted answers, compared after normalising).
type Question struct {
	ID          string   `json:"id"`
	Section     string   `json:"section"`
	Type        string   `json:"type"` // mc, short
	Prompt      string   `json:"prompt"`
	Choices     []string `json:"choices,omitempty"`
	Answer      int      `json:"answer,omitempty"`
	Accept      []string `json:"accept,omitempty"`
	Explanation string   `json:"explanation"`
}

var sectionRe = regexp.MustCompile(`^##\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$`)

// ParseLesson reads a lesson in Madang's Markdown format:
//
//	# Title
//	id: photosynthesis
//	subject: 과학 Science
//	level: middle school
//
//	## Section title {#section-id}
//	Paragraphs…
func ParseLesson(name string, data []byte) (*Lesson, error) {
	l := &Lesson{}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur *Section
	var body []string
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(strings.Join(body, "\n"))
			l.Sections = append(l.Sections, *cur)
		}
		body = nil
	}
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		switch {
		case strings.HasPrefix(t, "# ") && l.Title == "":
			l.Title = strings.TrimSpace(t[2:])
		case strings.HasPrefix(t, "## "):
			m := sectionRe.FindStringSubmatch(t)
			if m == nil {
				return nil, fmt.Errorf("%s:%d: a section heading needs an id: ## Title {#id}", name, line)
			}
			flush()
			cur = &Section{ID: m[2], Title: m[1]}
		case cur == nil && strings.Contains(t, ":"):
			k, v, _ := strings.Cut(t, ":")
			switch strings.TrimSpace(k) {
			case "id":
				l.ID = strings.TrimSpace(v)
			case "subject":
				l.Subject = strings.TrimSpace(v)
			case "level":
				l.Level = strings.TrimSpace(v)
			default:
				return nil, fmt.Errorf("%s:%d: unknown field %q", name, line, k)
			}
		case cur != nil:
			body = append(body, t)
		case strings.TrimSpace(t) != "":
			return nil, fmt.Errorf("%s:%d: text before the first section", name, line)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if l.ID == "" || l.Title == "" || len(l.Sections) == 0 {
		return nil, fmt.Errorf("%s: a lesson needs a # title, an id: line and at least one section", name)
	}
	seen := map[string]bool{}
	for _, s := range l.Sections {
		if seen[s.ID] || s.Text == "" {
			return nil, fmt.Errorf("%s: section %q is duplicated or empty", name, s.ID)
		}
		seen[s.ID] = true
	}
	return l, nil
}

// Library is every lesson with a search index over sections.
type Library struct {
	Lessons []*Lesson
	byID    map[string]*Lesson
	index   *search.Index
}

// LoadLibrary reads the shipped lessons and quizzes.
func LoadLibrary() (*Library, error) { return LoadLibraryFS(lessonFS, "lessons") }

// LoadLibraryFS reads lessons (*.md) and quizzes (<id>.quiz.json) from dir.
func LoadLibraryFS(fsys fs.FS, dir string) (*Library, error) {
	lib := &Library{byID: map[string]*Lesson{}, index: search.NewIndex()}
	files, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".md") {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, f.Name()))
		if err != nil {
			return nil, err
		}
		l, err := ParseLesson(f.Name(), data)
		if err != nil {
			return nil, err
		}
		if q, err := fs.ReadFile(fsys, path.Join(dir, l.ID+".quiz.json")); err == nil {
			var qz struct{ Questions []Question }
			if err := json.Unmarshal(q, &qz); err != nil {
				return nil, fmt.Errorf("%s.quiz.json: %w", l.ID, err)
			}
			for _, qq := range qz.Questions {
				if err := checkQuestion(l, qq); err != nil {
					return nil, fmt.Errorf("%s.quiz.json: %w", l.ID, err)
				}
			}
			l.Quiz = qz.Questions
		}
		lib.Lessons = append(lib.Lessons, l)
		lib.byID[l.ID] = l
		for _, s := range l.Sections {
			lib.index.Add(l.ID+"#"+s.ID,
				search.Field{Text: l.Title, Weight: 0.5},
				search.Field{Text: s.Title, Weight: 2.5},
				search.Field{Text: s.Text, Weight: 1})
		}
	}
	sort.Slice(lib.Lessons, func(i, j int) bool { return lib.Lessons[i].ID < lib.Lessons[j].ID })
	return lib, nil
}

func checkQuestion(l *Lesson, q Question) error {
	found := false
	for _, s := range l.Sections {
		found = found || s.ID == q.Section
	}
	switch {
	case q.ID == "" || q.Prompt == "":
		return fmt.Errorf("question %q: id and prompt are required", q.ID)
	case !found:
		return fmt.Errorf("question %s: no section %q", q.ID, q.Section)
	case q.Type == "mc" && (len(q.Choices) < 2 || q.Answer < 0 || q.Answer >= len(q.Choices)):
		return fmt.Errorf("question %s: multiple choice needs choices and a valid answer index", q.ID)
	case q.Type == "short" && len(q.Accept) == 0:
		return fmt.Errorf("question %s: short answer needs accept", q.ID)
	case q.Type != "mc" && q.Type != "short":
		return fmt.Errorf("question %s: type must be mc or short", q.ID)
	}
	return nil
}

// Lesson returns a lesson by ID.
func (lib *Library) Lesson(id string) (*Lesson, bool) {
	l, ok := lib.byID[id]
	return l, ok
}

func (l *Lesson) section(id string) (Section, bool) {
	for _, s := range l.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// Citation points at the lesson section an answer comes from.
type Citation struct {
	LessonID     string `json:"lesson_id"`
	LessonTitle  string `json:"lesson_title"`
	SectionID    string `json:"section_id"`
	SectionTitle string `json:"section_title"`
	Quote        string `json:"quote"`
}

// Grounded is the answer material for a question: passages with their
// sources, or Covered=false when the lessons do not cover it.
type Grounded struct {
	Covered    bool       `json:"covered"`
	Answer     string     `json:"answer,omitempty"`
	Citations  []Citation `json:"citations"`
	Confidence float64    `json:"confidence"`
	Message    string     `json:"message,omitempty"`
}

// minMatch is how much of a question must be found in a section for the
// section to count as an answer. Below it the honest reply is "not covered".
const minMatch = 0.6

// Ask retrieves answer material for question, optionally within one lesson.
func (lib *Library) Ask(question, lessonID string) Grounded {
	var filter func(string) bool
	if lessonID != "" {
		filter = func(id string) bool { return strings.HasPrefix(id, lessonID+"#") }
	}
	hits := lib.index.Search(question, 5, filter)
	lib.boostDefinitions(question, hits)
	out := Grounded{Citations: []Citation{}}
	if len(hits) == 0 || hits[0].Matched < minMatch {
		if len(hits) > 0 {
			out.Confidence = hits[0].Matched
		}
		out.Message = "수업 자료에서 이 질문에 대한 내용을 찾지 못했어요. 지어내지 않을게요. · The lessons do not cover this; I will not make up an answer."
		return out
	}
	out.Covered, out.Confidence = true, hits[0].Matched
	var answer []string
	for i, h := range hits {
		if i > 1 || h.Matched < minMatch || h.Score < hits[0].Score*0.6 {
			break
		}
		lid, sid, _ := strings.Cut(h.ID, "#")
		l := lib.byID[lid]
		s, _ := l.section(sid)
		quote := bestSentences(s.Text, question, 2)
		out.Citations = append(out.Citations, Citation{LessonID: lid, LessonTitle: l.Title, SectionID: sid, SectionTitle: s.Title, Quote: quote})
		answer = append(answer, quote)
	}
	out.Answer = strings.Join(answer, " ")
	return out
}

// definitional cues: "X가 뭐야?", "X란?", "what is X".
var defCue = regexp.MustCompile(`(?i)(뭐야|뭐예요|뭔가요|무엇인가요|무엇|뭐지|뜻|정의|이란|^\S+란|what\s+(is|are)|define|meaning)`)

// boostDefinitions: for a "what is X" question, the section that defines X
// ("X은/는 … 이다", "X이란") is the answer, even when every section of the
// lesson mentions X as often. It re-ranks hits in place.
func (lib *Library) boostDefinitions(question string, hits []search.Hit) {
	if !defCue.MatchString(question) || len(hits) < 2 {
		return
	}
	words := search.Words(question)
	if len(words) == 0 {
		return
	}
	term := search.StripJosa(words[0])
	for i := range hits {
		lid, sid, _ := strings.Cut(hits[i].ID, "#")
		s, _ := lib.byID[lid].section(sid)
		first := search.Words(sentences(s.Text)[0])
		title := search.Words(s.Title)
		subject := false
		for _, p := range []string{"은", "는", "이란", "란", "이", "가"} {
			subject = subject || len(first) > 0 && first[0] == term+p
		}
		if subject || len(title) == 1 && search.StripJosa(title[0]) == term {
			hits[i].Score *= 1.5
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
}

var sentenceEnd = regexp.MustCompile(`([.!?。])\s+`)

// sentences splits text at sentence ends.
func sentences(text string) []string {
	marked := sentenceEnd.ReplaceAllString(strings.ReplaceAll(text, "\n", " "), "$1\x00")
	var out []string
	for _, s := range strings.Split(marked, "\x00") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// bestSentences picks up to n sentences of text that share the most words
// with the question, keeping their order. A definition-like first sentence
// wins ties, because "X이 뭐야?" is best answered by what X is.
func bestSentences(text, question string, n int) string {
	ss := sentences(text)
	qw := map[string]bool{}
	for _, w := range search.Words(question) {
		qw[search.StripJosa(w)] = true
	}
	type scored struct {
		i     int
		score float64
	}
	var sc []scored
	for i, s := range ss {
		score := 0.0
		for _, w := range search.Words(s) {
			if qw[search.StripJosa(w)] {
				score++
			}
		}
		if i == 0 {
			score += 0.5
		}
		sc = append(sc, scored{i, score})
	}
	sort.SliceStable(sc, func(a, b int) bool { return sc[a].score > sc[b].score })
	var pick []int
	for _, s := range sc {
		if len(pick) == n || s.score < 0.5 && len(pick) > 0 {
			break
		}
		pick = append(pick, s.i)
	}
	sort.Ints(pick)
	var out []string
	for _, i := range pick {
		out = append(out, ss[i])
	}
	return strings.Join(out, " ")
}

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
	"sync"
)

//go:embed lessons/*.md lessons/*.quiz.json glossary/*.json
var lessonFS embed.FS

// Lesson is one content file: a title, metadata lines and sections, each
// in Korean and English ("광합성 · Photosynthesis").
type Lesson struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`    // as written: "광합성 · Photosynthesis"
	TitleKo  string     `json:"title_ko"` // "광합성"
	TitleEn  string     `json:"title_en"` // "Photosynthesis"
	Subject  string     `json:"subject"`  // as written: "과학 · Science"
	Level    string     `json:"level"`    // as written: "중학교 · Middle school"
	Sections []Section  `json:"sections"`
	Quiz     []Question `json:"-"`
	Glossary []Term     `json:"-"`
	Suggest  []Suggest  `json:"-"`
}

// Section is a "## 제목 · Title {#id}" part of a lesson: Korean text, then
// after a line "[en]" the same content in English.
type Section struct {
	ID      string `json:"id"`
	Title   string `json:"title"` // Korean title
	Text    string `json:"text"`  // Korean text (해요체)
	TitleEn string `json:"title_en,omitempty"`
	TextEn  string `json:"text_en,omitempty"`
}

// Question is a quiz item. Multiple choice has Choices and Answer (index);
// short answer has Accept (accepted answers in either language, compared
// after normalising). The _en fields are the English wording; a question
// without them is shown in Korean to everyone.
type Question struct {
	ID            string   `json:"id"`
	Section       string   `json:"section"`
	Type          string   `json:"type"` // mc, short
	Prompt        string   `json:"prompt"`
	PromptEn      string   `json:"prompt_en,omitempty"`
	Choices       []string `json:"choices,omitempty"`
	ChoicesEn     []string `json:"choices_en,omitempty"`
	Answer        int      `json:"answer,omitempty"`
	Accept        []string `json:"accept,omitempty"`
	Explanation   string   `json:"explanation"`
	ExplanationEn string   `json:"explanation_en,omitempty"`
}

// Term is a glossary entry (glossary/<lesson>.json): a key term with its
// synonyms and paraphrases and its English equivalents, and the sections
// that are about it ("*": the whole lesson is). Retrieval maps any of its forms, in either language,
// to one concept, so "sunlight" and "햇빛" find a lesson that says "빛".
type Term struct {
	Ko       string   `json:"ko"`
	Synonyms []string `json:"synonyms"`
	En       []string `json:"en"`
	Sections []string `json:"sections"`
	// Generic marks a notion any lesson's question may use — how a thing
	// is used, how long something lasted ("쓰임", "기간"): within its
	// lesson it points at its section, but a question that names it is
	// not thereby about its lesson ("안녕히 계세요는 언제 쓰는 인사예요?",
	// "세종은 몇 년 동안 다스렸어요?" are not about the present perfect).
	Generic bool `json:"generic,omitempty"`
}

// Suggest is a question the tutor suggests for a lesson, in both languages.
type Suggest struct {
	Ko string `json:"ko"`
	En string `json:"en"`
}

// glossaryFile is the format of glossary/<lesson>.json. It is kept apart
// from the lesson text so that questions can be written against the text
// alone.
type glossaryFile struct {
	Suggestions []Suggest `json:"suggestions"`
	Terms       []Term    `json:"terms"`
}

var sectionRe = regexp.MustCompile(`^##\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$`)

// splitPair splits "한국어 · English" at its last " · "; without one both
// halves are the whole.
func splitPair(s string) (ko, en string) {
	if i := strings.LastIndex(s, " · "); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(" · "):])
	}
	return s, s
}

// ParseLesson reads a lesson in Madang's Markdown format:
//
//	# 광합성 · Photosynthesis
//	id: photosynthesis
//	subject: 과학 · Science
//	level: 중학교 · Middle school
//
//	## 광합성이란 · What photosynthesis is {#section-id}
//	Korean paragraphs…
//
//	[en]
//	English paragraphs…
func ParseLesson(name string, data []byte) (*Lesson, error) {
	l := &Lesson{}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur *Section
	var body, bodyEn []string
	en := false
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(strings.Join(body, "\n"))
			cur.TextEn = strings.TrimSpace(strings.Join(bodyEn, "\n"))
			l.Sections = append(l.Sections, *cur)
		}
		body, bodyEn, en = nil, nil, false
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
			ko, e := splitPair(m[1])
			cur = &Section{ID: m[2], Title: ko, TitleEn: e}
		case cur != nil && strings.TrimSpace(t) == "[en]":
			if en {
				return nil, fmt.Errorf("%s:%d: a second [en] in section %s", name, line, cur.ID)
			}
			en = true
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
		case cur != nil && en:
			bodyEn = append(bodyEn, t)
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
	l.TitleKo, l.TitleEn = splitPair(l.Title)
	seen := map[string]bool{}
	for i, s := range l.Sections {
		if seen[s.ID] || s.Text == "" {
			return nil, fmt.Errorf("%s: section %q is duplicated or empty", name, s.ID)
		}
		seen[s.ID] = true
		if s.TextEn == "" { // a Korean-only section answers in Korean
			l.Sections[i].TextEn = s.Text
		}
	}
	return l, nil
}

// SubjectIn, LevelIn and TitleIn are the lesson's metadata in lang ("ko" or "en").
func (l *Lesson) SubjectIn(lang string) string { return pick(l.Subject, lang) }

// LevelIn is the lesson's level in lang.
func (l *Lesson) LevelIn(lang string) string { return pick(l.Level, lang) }

// TitleIn is the lesson's title in lang.
func (l *Lesson) TitleIn(lang string) string {
	if lang == "en" {
		return l.TitleEn
	}
	return l.TitleKo
}

func pick(pair, lang string) string {
	ko, en := splitPair(pair)
	if lang == "en" {
		return en
	}
	return ko
}

// TitleIn is the section's title in lang.
func (s Section) TitleIn(lang string) string {
	if lang == "en" && s.TitleEn != "" {
		return s.TitleEn
	}
	return s.Title
}

// TextIn is the section's text in lang.
func (s Section) TextIn(lang string) string {
	if lang == "en" && s.TextEn != "" {
		return s.TextEn
	}
	return s.Text
}

// Library is every lesson with a retrieval index over their sections.
type Library struct {
	Lessons []*Lesson
	byID    map[string]*Lesson
	index   *retriever
}

var shipped struct {
	once sync.Once
	lib  *Library
	err  error
}

// LoadLibrary reads the shipped lessons, quizzes and glossaries. They are
// built into the binary, so they are read and indexed once and the
// Library is shared: callers must not modify it.
func LoadLibrary() (*Library, error) {
	shipped.once.Do(func() { shipped.lib, shipped.err = LoadLibraryFS(lessonFS, "lessons") })
	return shipped.lib, shipped.err
}

// LoadLibraryFS reads lessons (*.md) and quizzes (<id>.quiz.json) from dir,
// and glossaries from <id>.json in the sibling directory "glossary" when
// there is one.
func LoadLibraryFS(fsys fs.FS, dir string) (*Library, error) {
	lib := &Library{byID: map[string]*Lesson{}}
	files, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	glossDir := path.Join(path.Dir(dir), "glossary")
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
		if lib.byID[l.ID] != nil {
			return nil, fmt.Errorf("%s: lesson id %q is used twice", f.Name(), l.ID)
		}
		if q, err := fs.ReadFile(fsys, path.Join(dir, l.ID+".quiz.json")); err == nil {
			var qz struct{ Questions []Question }
			if err := json.Unmarshal(q, &qz); err != nil {
				return nil, fmt.Errorf("%s.quiz.json: %w", l.ID, err)
			}
			seen := map[string]bool{}
			for _, qq := range qz.Questions {
				if err := checkQuestion(l, qq); err != nil {
					return nil, fmt.Errorf("%s.quiz.json: %w", l.ID, err)
				}
				if seen[qq.ID] {
					return nil, fmt.Errorf("%s.quiz.json: question id %s is used twice", l.ID, qq.ID)
				}
				seen[qq.ID] = true
			}
			l.Quiz = qz.Questions
		}
		if g, err := fs.ReadFile(fsys, path.Join(glossDir, l.ID+".json")); err == nil {
			var gf glossaryFile
			if err := json.Unmarshal(g, &gf); err != nil {
				return nil, fmt.Errorf("glossary/%s.json: %w", l.ID, err)
			}
			for _, t := range gf.Terms {
				if err := checkTerm(l, t); err != nil {
					return nil, fmt.Errorf("glossary/%s.json: %w", l.ID, err)
				}
			}
			for _, s := range gf.Suggestions {
				if strings.TrimSpace(s.Ko) == "" || strings.TrimSpace(s.En) == "" {
					return nil, fmt.Errorf("glossary/%s.json: a suggestion needs ko and en", l.ID)
				}
			}
			l.Glossary, l.Suggest = gf.Terms, gf.Suggestions
		}
		lib.Lessons = append(lib.Lessons, l)
		lib.byID[l.ID] = l
	}
	sort.Slice(lib.Lessons, func(i, j int) bool { return lib.Lessons[i].ID < lib.Lessons[j].ID })
	lib.index = newRetriever(lib.Lessons)
	return lib, nil
}

func checkTerm(l *Lesson, t Term) error {
	if strings.TrimSpace(t.Ko) == "" {
		return fmt.Errorf("a term needs ko")
	}
	for _, sid := range t.Sections {
		if _, ok := l.section(sid); !ok && sid != "*" {
			return fmt.Errorf("term %s: no section %q", t.Ko, sid)
		}
	}
	return nil
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
	case len(q.ChoicesEn) > 0 && len(q.ChoicesEn) != len(q.Choices):
		return fmt.Errorf("question %s: choices_en must match choices one for one", q.ID)
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

// Package avatars defines Madang's avatars: their bodies in the world and
// their personas, each in a config file. Adding an avatar is adding a file.
//
//	{
//	  "id": "tutor", "role": "tutor", "name_ko": "하나 선생님", "name_en": "Ms. Hana",
//	  "room": "classroom", "home": {"x": 16, "y": 4}, "wander": 3, "look": "tutor-1",
//	  "persona": "…", "greeting_ko": "…", "greeting_en": "…",
//	  "skills": ["madang.tutoring"], "scopes": ["tutor.learn", "tutor.teach"],
//	  "brain": {"kind": "embedded"}
//	}
//
// The package only describes avatars; the server puts them in rooms and
// the agents package gives them conversations.
package avatars

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/madang-world/madang/protocol"
)

// ErrInvalid wraps every config error.
var ErrInvalid = errors.New("invalid avatar config")

// Roles of the campus avatars. A role is not a fixed set: it names what
// an avatar is for (its look and the client's label); what it can talk
// about comes from its skills' conversation data (skills.Conversational).
const (
	RoleTutor     = "tutor"
	RoleAssistant = "assistant"
	RoleShopper   = "shopper"
)

// DefaultBrain is the brain kind of an avatar whose file names none.
const DefaultBrain = "embedded"

// Brain says how an avatar thinks: "brain": {"kind": "…", …settings}.
// Kinds are registered by the packages that implement them
// (agents.RegisterBrain): "embedded" (agents/embedded, the offline
// brain and the default) and "llm" (agents/llm) ship with Madang, and a
// program may link more. This package does not know the kinds, so it
// keeps the whole object for the kind's factory to decode and check.
type Brain struct {
	Kind string
	// Config is the file's whole "brain" object, kind included (empty
	// when the file has none).
	Config json.RawMessage
}

// UnmarshalJSON keeps the object and reads its kind.
func (b *Brain) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var head struct {
		Kind string `json:"kind"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return fmt.Errorf("brain must be an object with a string kind: %v", err)
	}
	b.Kind = head.Kind
	b.Config = append(json.RawMessage(nil), data...)
	return nil
}

// MarshalJSON writes the object back as the file had it.
func (b Brain) MarshalJSON() ([]byte, error) {
	if len(b.Config) > 0 {
		return b.Config, nil
	}
	return json.Marshal(map[string]string{"kind": b.Kind})
}

// Avatar is one configured avatar.
type Avatar struct {
	ID         string         `json:"id"`
	Role       string         `json:"role"`
	NameKo     string         `json:"name_ko"`
	NameEn     string         `json:"name_en"`
	Persona    string         `json:"persona"`
	GreetingKo string         `json:"greeting_ko"`
	GreetingEn string         `json:"greeting_en"`
	Room       string         `json:"room"`
	Home       protocol.Point `json:"home"`
	Wander     int            `json:"wander"` // tiles from home it idles within
	Look       string         `json:"look"`
	GreetZones []string       `json:"greet_zones,omitempty"` // zones where it greets people who walk in
	// SuggestKo/En are two or three things to ask it, offered as buttons
	// with its greeting, so a newcomer's first question is one press away.
	SuggestKo []string `json:"suggest_ko,omitempty"`
	SuggestEn []string `json:"suggest_en,omitempty"`
	Skills    []string `json:"skills"`
	Scopes    []string `json:"scopes"`
	Brain     Brain    `json:"brain"`
}

// Name is the avatar's name in lang ("ko" or "en").
func (a *Avatar) Name(lang string) string {
	if lang == "en" {
		return a.NameEn
	}
	return a.NameKo
}

// Greeting is the avatar's greeting in lang.
func (a *Avatar) Greeting(lang string) string {
	if lang == "en" {
		return a.GreetingEn
	}
	return a.GreetingKo
}

// Suggestions are the avatar's suggested first questions in lang.
func (a *Avatar) Suggestions(lang string) []string {
	if lang == "en" {
		return a.SuggestEn
	}
	return a.SuggestKo
}

// HasSkill reports whether the avatar may use skill id.
func (a *Avatar) HasSkill(id string) bool {
	for _, s := range a.Skills {
		if s == id {
			return true
		}
	}
	return false
}

var idRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

// Parse reads and validates one avatar file.
func Parse(name string, data []byte) (*Avatar, error) {
	var a Avatar
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, name, err)
	}
	var problems []string
	if !idRe.MatchString(a.ID) {
		problems = append(problems, "id must be 1-32 of a-z, 0-9 and '-', starting with a letter")
	}
	if !idRe.MatchString(a.Role) {
		problems = append(problems, fmt.Sprintf("role %q must be 1-32 of a-z, 0-9 and '-', starting with a letter (tutor, assistant, librarian…)", a.Role))
	}
	if strings.TrimSpace(a.NameKo) == "" || strings.TrimSpace(a.NameEn) == "" {
		problems = append(problems, "name_ko and name_en are required")
	}
	if a.GreetingKo == "" || a.GreetingEn == "" {
		problems = append(problems, "greeting_ko and greeting_en are required")
	}
	if a.Room == "" {
		problems = append(problems, "room is required")
	}
	if a.Wander < 0 || a.Wander > 10 {
		problems = append(problems, "wander must be 0-10 tiles")
	}
	if len(a.Skills) == 0 {
		problems = append(problems, "skills must list at least one skill")
	}
	if a.Brain.Kind == "" {
		a.Brain.Kind = DefaultBrain
	}
	if !idRe.MatchString(a.Brain.Kind) {
		problems = append(problems, fmt.Sprintf("brain kind %q must be 1-32 of a-z, 0-9 and '-', starting with a letter (embedded, llm…)", a.Brain.Kind))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%w: %s: %s", ErrInvalid, name, strings.Join(problems, "; "))
	}
	return &a, nil
}

//go:embed campus/*.json
var campus embed.FS

// Campus returns the demo's avatars: the tutor (classroom), the personal
// assistant (lobby) and the shopping helper (store).
func Campus() []*Avatar {
	as, err := LoadFS(campus, "campus")
	if err != nil {
		panic("avatars: shipped campus avatars are broken: " + err.Error())
	}
	return as
}

// Merge returns base with add laid over it by ID: an avatar of add
// replaces the one of base with its ID and any other is added, so a
// program (or campus -avatars) adds avatars to the campus and changes one
// by giving a file with its ID. The result is sorted by ID.
func Merge(base, add []*Avatar) []*Avatar {
	byID := map[string]*Avatar{}
	for _, a := range base {
		byID[a.ID] = a
	}
	for _, a := range add {
		byID[a.ID] = a
	}
	out := make([]*Avatar, 0, len(byID))
	for _, a := range byID {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Load reads every *.json in dir.
func Load(dir string) ([]*Avatar, error) { return LoadFS(os.DirFS(dir), ".") }

// LoadFS reads every *.json in dir of fsys, sorted by ID; IDs are unique.
func LoadFS(fsys fs.FS, dir string) ([]*Avatar, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("loading avatars: %w", err)
	}
	var out []*Avatar
	seen := map[string]string{}
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		a, err := Parse(e.Name(), data)
		if err != nil {
			return nil, err
		}
		if prev, dup := seen[a.ID]; dup {
			return nil, fmt.Errorf("%w: %s: id %q already used by %s", ErrInvalid, e.Name(), a.ID, prev)
		}
		seen[a.ID] = e.Name()
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

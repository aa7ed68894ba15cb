package mcpsrc

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/skills"
)

// Keys of the MCP _meta Madang writes on every tools/call to a source, and
// reads on a tool's listing. MCP asks for a reverse-DNS prefix (labels, a
// slash, then the name); Madang's home is github.com/madang-world, hence
// io.github.madang-world/. docs/skills.md §7 documents them for source
// authors.
const (
	MetaPrefix = "io.github.madang-world/"
	// MetaUser is the user's pseudonym for this source: the same user is
	// always the same pseudonym at one source (across calls and restarts),
	// two sources get unrelated pseudonyms for one user, and no source
	// learns Madang's user ID.
	MetaUser = MetaPrefix + "user"
	// MetaOperation identifies one write or irreversible operation: a
	// retry of the same operation (same user, tool and idempotency key)
	// carries the same value, so a source can refuse to do it twice. Read
	// calls carry none.
	MetaOperation = MetaPrefix + "operation"
	// MetaLang is the language the user speaks ("ko", "en"), when known.
	MetaLang = MetaPrefix + "lang"
	// MetaConfirm, on a tool of the listing, gives the sentence of its
	// confirmation card per language: {"ko": "{people}명을 {event_id}에
	// 등록합니다.", "en": "Register {people} for {event_id}."}; {name} is
	// an argument's value, and {name|을/를} is the value followed by the
	// Korean particle that fits it (protocol/words: 을/를, 이/가, 은/는,
	// 과/와, 으로/로, 이에요/예요 …), so "{room|을/를} 예약합니다" reads
	// "세미나실 B를 예약합니다" and "304호를 예약합니다" alike.
	MetaConfirm = MetaPrefix + "confirm"
)

// SecretName is the server secret (skills.Host.Secret) that keys the
// pseudonyms.
const SecretName = "mcp-pseudonyms"

// Pseudonyms derives what a source learns about its callers from a server
// secret: HMAC-SHA256 of the source's name and the user ID (or operation
// ID). Keyed and per source, so a source can neither recover the user ID
// by hashing candidate IDs nor match its users with another source's.
type Pseudonyms struct{ key []byte }

// NewPseudonyms keys pseudonyms with secret (at least 32 bytes; the
// server's is Host.Secret(SecretName)).
func NewPseudonyms(secret []byte) (*Pseudonyms, error) {
	if len(secret) < 32 {
		return nil, fmt.Errorf("mcpsrc: the pseudonym secret has %d bytes; it needs at least 32", len(secret))
	}
	return &Pseudonyms{key: append([]byte(nil), secret...)}, nil
}

func (p *Pseudonyms) mac(kind, source, id string) string {
	h := hmac.New(sha256.New, p.key)
	for _, s := range []string{kind, source, id} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// User is user's pseudonym at source.
func (p *Pseudonyms) User(source, user string) string { return "u_" + p.mac("user", source, user) }

// Operation is the operation ID source sees for Madang's OpID op.
func (p *Pseudonyms) Operation(source, op string) string {
	return "op_" + p.mac("operation", source, op)
}

var langTag = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`)

// callMeta is the _meta of one tools/call.
func callMeta(p *Pseudonyms, source string, c skills.Caller, op string) mcp.Meta {
	m := mcp.Meta{MetaUser: p.User(source, c.UserID)}
	if op != "" {
		m[MetaOperation] = p.Operation(source, op)
	}
	if langTag.MatchString(c.Lang) {
		m[MetaLang] = c.Lang
	}
	return m
}

// placeholder is {name} or {name|particle pair} in a confirmation
// template.
var placeholder = regexp.MustCompile(`\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^{}|]+))?\}`)

// maxTemplate bounds a confirmation sentence (runes), maxValue one
// argument's value in it.
const (
	maxTemplate = 300
	maxValue    = 80
)

// confirmTemplates reads a tool's confirmation sentences (MetaConfirm):
// nil without any; an error says what is wrong with them. Placeholders
// must name the tool's arguments, so the sentence can only show what the
// call will really send.
func confirmTemplates(t *mcp.Tool) (map[string]string, error) {
	raw, ok := t.Meta[MetaConfirm]
	if !ok {
		return nil, nil
	}
	obj, ok := raw.(map[string]any)
	if !ok || len(obj) == 0 || len(obj) > 8 {
		return nil, errors.New(MetaConfirm + " must be an object of 1 to 8 languages, such as {\"ko\": \"…\", \"en\": \"…\"}")
	}
	props := map[string]bool{}
	if b, err := json.Marshal(t.InputSchema); err == nil {
		var s struct {
			Properties map[string]json.RawMessage `json:"properties"`
		}
		if json.Unmarshal(b, &s) == nil {
			for k := range s.Properties {
				props[k] = true
			}
		}
	}
	out := map[string]string{}
	for lang, v := range obj {
		s, ok := v.(string)
		switch {
		case !langTag.MatchString(lang):
			return nil, fmt.Errorf("%s: %q is not a language tag such as ko or en", MetaConfirm, lang)
		case !ok || strings.TrimSpace(s) == "":
			return nil, fmt.Errorf("%s: the %s sentence must be a non-empty string", MetaConfirm, lang)
		case utf8.RuneCountInString(s) > maxTemplate:
			return nil, fmt.Errorf("%s: the %s sentence is longer than %d characters", MetaConfirm, lang, maxTemplate)
		case strings.IndexFunc(s, unicode.IsControl) >= 0:
			return nil, fmt.Errorf("%s: the %s sentence has a control character", MetaConfirm, lang)
		}
		for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
			if !props[m[1]] {
				return nil, fmt.Errorf("%s: the %s sentence shows {%s}, which is not an argument of %s", MetaConfirm, lang, m[1], t.Name)
			}
			if m[2] != "" && !words.IsParticle(m[2]) {
				return nil, fmt.Errorf("%s: the %s sentence asks for the particle %q, which is not one of %s", MetaConfirm, lang, m[2], strings.Join(words.Particles(), ", "))
			}
		}
		if rest := placeholder.ReplaceAllString(s, ""); strings.ContainsAny(rest, "{}") {
			return nil, fmt.Errorf("%s: the %s sentence has a brace that is not a {argument}", MetaConfirm, lang)
		}
		out[lang] = s
	}
	return out, nil
}

// pickLang chooses the template for lang: that language, else Korean,
// else English, else the first by name.
func pickLang(tmpls map[string]string, lang string) string {
	for _, l := range []string{lang, "ko", "en"} {
		if _, ok := tmpls[l]; ok && l != "" {
			return l
		}
	}
	langs := make([]string, 0, len(tmpls))
	for l := range tmpls {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs[0]
}

// render fills a template with argument values, each cut to maxValue
// runes and stripped of control characters.
func render(tmpl string, args map[string]any) string {
	return placeholder.ReplaceAllStringFunc(tmpl, func(m string) string {
		name, pair, _ := strings.Cut(m[1:len(m)-1], "|")
		v, ok := args[name]
		var s string
		switch x := v.(type) {
		case nil:
			if !ok {
				s = "—"
			}
		case string:
			s = x
		case float64:
			s = strconv.FormatFloat(x, 'f', -1, 64)
		case bool:
			s = strconv.FormatBool(x)
		default:
			b, _ := json.Marshal(x)
			s = string(b)
		}
		s = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return ' '
			}
			return r
		}, s)
		if utf8.RuneCountInString(s) > maxValue {
			s = string([]rune(s)[:maxValue-1]) + "…"
		}
		if pair != "" { // checked by confirmTemplates
			return words.Josa(s, pair)
		}
		return s
	})
}

// summary is the confirmation card of an external irreversible call: the
// source's sentence in the caller's language when it gave one (with the
// source named, since the sentence is the source's words), else a generic
// one; and every argument, labelled, either way.
func summary(source, tool string, tmpls map[string]string, c skills.Caller, args json.RawMessage) skills.Summary {
	var m map[string]any
	if err := json.Unmarshal(args, &m); err != nil {
		// Validated against the schema already, which only admits
		// objects; should it ever fail, the card says so rather than
		// showing no arguments.
		m = map[string]any{"arguments": string(args)}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var s skills.Summary
	switch {
	case len(tmpls) == 0:
		s.Text = words.Say(c.Lang, "mcp.generic_summary", "source", source, "tool", tool)
	default:
		// The source's sentence, and who said it in the same language
		// (Korean only beside a Korean sentence).
		lang := pickLang(tmpls, c.Lang)
		byLang := "en"
		if lang == "ko" {
			byLang = "ko"
		}
		s.Text = strings.TrimSpace(render(tmpls[lang], m)) + words.Say(byLang, "mcp.by_source", "source", source)
	}
	for _, k := range keys {
		v, _ := json.Marshal(m[k])
		s.Fields = append(s.Fields, skills.Field{Label: k, Value: string(v)})
	}
	return s
}

// Definition is a tool as the source describes it: what an operator
// reviews before approving it (examples/mcpapprove).
type Definition struct {
	Tool        string          `json:"tool"`
	Description string          `json:"description"`
	InputSchema json.RawMessage `json:"input_schema"`
	// Confirm is the tool's MetaConfirm value, as given.
	Confirm any    `json:"confirm,omitempty"`
	Hash    string `json:"hash"`
	// Problem says why the tool cannot be offered even if approved (a
	// broken confirmation sentence).
	Problem string `json:"problem,omitempty"`
}

// canonical is the part of a tool definition that approval pins, as
// canonical JSON (maps marshal with sorted keys).
func canonical(t *mcp.Tool) map[string]any {
	// The SDK hands a listed tool's schema over decoded; the round trip
	// makes any other Go value the same generic JSON. A value that does
	// not survive it is pinned as it is (and json.Marshal of the whole
	// definition reports it).
	var canon any = t.InputSchema
	if schema, err := json.Marshal(t.InputSchema); err == nil {
		var generic any
		if json.Unmarshal(schema, &generic) == nil {
			canon = generic
		}
	}
	m := map[string]any{"name": t.Name, "description": t.Description, "input_schema": canon}
	// Only when present, so approvals of tools without one stay valid.
	if v, ok := t.Meta[MetaConfirm]; ok {
		m["confirm"] = v
	}
	return m
}

func define(t *mcp.Tool) Definition {
	c := canonical(t)
	schema, _ := json.Marshal(c["input_schema"])
	d := Definition{Tool: t.Name, Description: t.Description, InputSchema: schema, Confirm: c["confirm"], Hash: Hash(t)}
	if _, err := confirmTemplates(t); err != nil {
		d.Problem = err.Error()
	}
	return d
}

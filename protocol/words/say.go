package words

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// The catalog: what avatars and the server say, one file per language
// (messages/ko.json, messages/en.json), so that a sentence is written
// once per language, its Korean particles are chosen for the word that
// ends up before them, and a translator edits data, not Go. Messages are
// templates: {name} is a value, {name|을/를} the value followed by the
// particle that fits it (Josa), so "{tool|을/를} 실행합니다" reads
// "reserve를 실행합니다" and "예약을 실행합니다" alike. Skills' own
// conversation data (skills/*/dialogue.json) stays with each skill.

//go:embed messages/*.json
var messageFiles embed.FS

// catalogs maps a language to its messages by id. A broken file is a
// programmer error caught by this package's tests, so loading panics.
var catalogs = func() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, lang := range []string{"ko", "en"} {
		b, err := messageFiles.ReadFile("messages/" + lang + ".json")
		if err != nil {
			panic("words: " + err.Error())
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			panic(fmt.Sprintf("words: messages/%s.json: %v", lang, err))
		}
		out[lang] = m
	}
	return out
}()

// catalogLang is the catalog for lang: English for "en", Korean otherwise
// (Korean first; an unknown language gets Korean, as avatars do).
func catalogLang(lang string) string {
	if lang == "en" {
		return "en"
	}
	return "ko"
}

// Say is message id in lang ("en", else Korean) with its placeholders
// filled from kv, name/value pairs as in log/slog:
//
//	words.Say("ko", "mcp.generic_summary", "source", "mcplib", "tool", "reserve")
//	// "외부 도구 mcplib의 reserve를 실행합니다."
//
// Values are printed with fmt.Sprint. An unknown id comes back as the id
// itself and a value not given leaves its placeholder, so a mistake shows
// in what the user reads — and TestCallsMatchCatalog finds both first.
func Say(lang, id string, kv ...any) string {
	tmpl, ok := catalogs[catalogLang(lang)][id]
	if !ok {
		return id
	}
	return fill(tmpl, kv)
}

// Both is message id in Korean, then in English, for readers whose
// language is not known (a notice to every tab of a user, a line spoken
// to a class).
func Both(id string, kv ...any) string {
	return Say("ko", id, kv...) + " · " + Say("en", id, kv...)
}

// Placeholders lists the names a message takes, sorted, with the particle
// pair each Korean one asks for (name → "을/를", or "" for none); ok is
// false for an unknown id.
func Placeholders(lang, id string) (names map[string]string, ok bool) {
	tmpl, ok := catalogs[catalogLang(lang)][id]
	if !ok {
		return nil, false
	}
	names = map[string]string{}
	scan(tmpl, func(name, pair string) string { names[name] = pair; return "" })
	return names, true
}

// IDs lists the catalog's message ids in lang, sorted.
func IDs(lang string) []string {
	var ids []string
	for id := range catalogs[catalogLang(lang)] {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func fill(tmpl string, kv []any) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	vals := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			vals[k] = fmt.Sprint(kv[i+1])
		}
	}
	return scan(tmpl, func(name, pair string) string {
		v, ok := vals[name]
		switch {
		case !ok && pair != "":
			return "{" + name + "|" + pair + "}"
		case !ok:
			return "{" + name + "}"
		case pair != "":
			return Josa(v, pair)
		}
		return v
	})
}

// scan rewrites each {name} or {name|pair} of tmpl with f.
func scan(tmpl string, f func(name, pair string) string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			break
		}
		b.WriteString(tmpl[:i])
		name, pair, _ := strings.Cut(tmpl[i+1:i+j], "|")
		b.WriteString(f(name, pair))
		tmpl = tmpl[i+j+1:]
	}
	b.WriteString(tmpl)
	return b.String()
}

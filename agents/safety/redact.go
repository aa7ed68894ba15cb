package safety

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
)

// PII patterns redacted from logs: e-mail addresses, Korean resident
// registration numbers, card numbers (13–19 digits, spaced or dashed) and
// phone numbers (Korean mobile and landline, and international +…).
var pii = []struct {
	re   *regexp.Regexp
	mask string
}{
	{regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`), "[email]"},
	{regexp.MustCompile(`\b\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s?-?\s?[1-8]\d{6}\b`), "[rrn]"},
	{regexp.MustCompile(`\b(?:\d[ -]?){12,18}\d\b`), "[card]"},
	{regexp.MustCompile(`(?:\+\d{1,3}[ -]?)?\b0?1[016789][ -]?\d{3,4}[ -]?\d{4}\b|\b0\d{1,2}[ -]\d{3,4}[ -]\d{4}\b`), "[phone]"},
}

// Redact replaces personal data in s with placeholders.
func Redact(s string) string {
	for _, p := range pii {
		s = p.re.ReplaceAllString(s, p.mask)
	}
	return s
}

// RedactHandler wraps a slog.Handler so no log line carries personal
// data: the message and every string, error and Stringer attribute pass
// through Redact. Madang's servers log through it.
func RedactHandler(h slog.Handler) slog.Handler { return &redactor{h} }

type redactor struct{ h slog.Handler }

func (r *redactor) Enabled(ctx context.Context, l slog.Level) bool { return r.h.Enabled(ctx, l) }

func (r *redactor) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, Redact(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a))
		return true
	})
	return r.h.Handle(ctx, out)
}

func (r *redactor) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = redactAttr(a)
	}
	return &redactor{r.h.WithAttrs(red)}
}

func (r *redactor) WithGroup(name string) slog.Handler { return &redactor{r.h.WithGroup(name)} }

func redactAttr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, Redact(v.String()))
	case slog.KindGroup:
		g := v.Group()
		out := make([]any, len(g))
		for i, x := range g {
			out[i] = redactAttr(x)
		}
		return slog.Group(a.Key, out...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, Redact(x.Error()))
		case fmt.Stringer:
			return slog.String(a.Key, Redact(x.String()))
		case []byte:
			return slog.String(a.Key, Redact(string(x)))
		}
	}
	return a
}

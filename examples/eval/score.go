package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// UScore is one understanding case scored.
type UScore struct {
	Case       UCase
	Got        string            // the intent the brain reported ("" none)
	GotSlots   map[string]string // its slots
	Err        string            // why there is no understanding
	IntentOK   bool
	FrameOK    bool
	TP, FP, FN int
	Diffs      []string // slot differences, for the failure list
}

// ScoreUnderstanding compares every case's trace with its labels.
// Slot counts are kept whatever the intent (many tools share argument
// names); the whole frame is right when the intent and every labelled slot
// are (slots a brain adds beyond the labels only lower slot precision).
func ScoreUnderstanding(m *Matcher, cases []UCase, r *Results) []UScore {
	var out []UScore
	for _, c := range cases {
		s := UScore{Case: c}
		t, err := r.last(c.ID, len(c.Prior)+1)
		switch {
		case err != nil:
			s.Err = err.Error()
		case t.Trace == nil:
			s.Err = "no trace for the text"
		case t.Trace.Refused:
			s.Err = "refused by the safety checker (" + t.Trace.Category + ")"
		case t.Trace.Understood == nil && t.Trace.Guided != "":
			s.Err = "answered with safety guidance (" + t.Trace.Guided + ") before any brain"
		case t.Trace.Understood == nil:
			s.Err = "the brain reported no understanding"
		default:
			s.Got, s.GotSlots = t.Trace.Understood.Intent, t.Trace.Understood.Slots
		}
		s.IntentOK = s.Got != "" && (s.Got == c.Intent || contains(c.AltIntents, s.Got))
		turns := r.Turns[c.ID]
		allSlots := true
		for k, want := range c.Slots {
			want = resolve(want, turns)
			got, ok := s.GotSlots[k]
			if ok && m.Match(k, want, got) {
				s.TP++
				continue
			}
			s.FN++
			allSlots = false
			if ok {
				s.FP++
				s.Diffs = append(s.Diffs, fmt.Sprintf("%s=%q want %q", k, got, printable(want)))
			} else {
				s.Diffs = append(s.Diffs, fmt.Sprintf("%s missing (want %q)", k, printable(want)))
			}
		}
		for k, got := range s.GotSlots {
			if _, labelled := c.Slots[k]; labelled || ignoredSlots[k] {
				continue
			}
			if want, ok := c.May[k]; ok && m.Match(k, resolve(want, turns), got) {
				continue
			}
			s.FP++
			s.Diffs = append(s.Diffs, fmt.Sprintf("extra %s=%q", k, got))
		}
		sort.Strings(s.Diffs)
		s.FrameOK = s.IntentOK && allSlots
		out = append(out, s)
	}
	return out
}

func printable(v string) string {
	if v == unresolved {
		return "(the card it points at never came)"
	}
	return v
}

// UStats aggregates scored cases.
type UStats struct {
	N, Intent, Frame int
	TP, FP, FN       int
}

func (s *UStats) add(x UScore) {
	s.N++
	if x.IntentOK {
		s.Intent++
	}
	if x.FrameOK {
		s.Frame++
	}
	s.TP += x.TP
	s.FP += x.FP
	s.FN += x.FN
}

func pct(a, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(a) / float64(n)
}

// F1 of the slots (100 when there was nothing to find and nothing found).
func (s UStats) F1() (p, r, f float64) {
	p, r = 100, 100
	if s.TP+s.FP > 0 {
		p = pct(s.TP, s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		r = pct(s.TP, s.TP+s.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// UnderstandingReport is the aggregate the targets are checked on.
type UnderstandingReport struct {
	Lang   map[string]*UStats // "ko", "en", "all"
	Intent map[string]*UStats
}

// SummariseUnderstanding aggregates per language and per wanted intent.
func SummariseUnderstanding(xs []UScore) UnderstandingReport {
	r := UnderstandingReport{Lang: map[string]*UStats{}, Intent: map[string]*UStats{}}
	get := func(m map[string]*UStats, k string) *UStats {
		if m[k] == nil {
			m[k] = &UStats{}
		}
		return m[k]
	}
	for _, x := range xs {
		get(r.Lang, x.Case.Lang).add(x)
		get(r.Lang, "all").add(x)
		get(r.Intent, x.Case.Intent).add(x)
	}
	return r
}

// PrintUnderstanding writes the tables: per language, per intent, and the
// confusions (wanted → got, with an example each).
func PrintUnderstanding(w io.Writer, xs []UScore, verbose bool) {
	r := SummariseUnderstanding(xs)
	fmt.Fprintf(w, "\nUNDERSTANDING  %d cases, clock %s\n", len(xs), Clock.Format("2006-01-02 15:04 Mon MST"))
	fmt.Fprintf(w, "%-6s %6s %8s %8s %7s %7s %7s\n", "lang", "cases", "intent%", "frame%", "slotP", "slotR", "slotF1")
	for _, l := range []string{"ko", "en", "all"} {
		s := r.Lang[l]
		if s == nil {
			continue
		}
		p, rc, f := s.F1()
		fmt.Fprintf(w, "%-6s %6d %8.1f %8.1f %7.1f %7.1f %7.1f\n", l, s.N, pct(s.Intent, s.N), pct(s.Frame, s.N), p, rc, f)
	}
	fmt.Fprintf(w, "\n%-28s %5s %8s %8s %7s   %-15s %-15s\n", "intent", "cases", "intent%", "frame%", "slotF1", "ko intent/frame", "en intent/frame")
	var names []string
	for k := range r.Intent {
		names = append(names, k)
	}
	sort.Strings(names)
	perLang := map[[2]string]*UStats{}
	for _, x := range xs {
		k := [2]string{x.Case.Intent, x.Case.Lang}
		if perLang[k] == nil {
			perLang[k] = &UStats{}
		}
		perLang[k].add(x)
	}
	cell := func(s *UStats) string {
		if s == nil {
			return "-"
		}
		return fmt.Sprintf("%3.0f/%3.0f (%d)", pct(s.Intent, s.N), pct(s.Frame, s.N), s.N)
	}
	for _, k := range names {
		s := r.Intent[k]
		_, _, f := s.F1()
		fmt.Fprintf(w, "%-28s %5d %8.1f %8.1f %7.1f   %-15s %-15s\n", k, s.N, pct(s.Intent, s.N), pct(s.Frame, s.N), f,
			cell(perLang[[2]string{k, "ko"}]), cell(perLang[[2]string{k, "en"}]))
	}
	type conf struct {
		want, got string
		n         int
		example   string
	}
	cm := map[[2]string]*conf{}
	for _, x := range xs {
		if x.IntentOK {
			continue
		}
		got := x.Got
		if got == "" {
			got = "(" + x.Err + ")"
		}
		k := [2]string{x.Case.Intent, got}
		if cm[k] == nil {
			cm[k] = &conf{want: k[0], got: k[1], example: x.Case.Text}
		}
		cm[k].n++
	}
	var cs []*conf
	for _, c := range cm {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].n != cs[j].n {
			return cs[i].n > cs[j].n
		}
		return cs[i].want+cs[i].got < cs[j].want+cs[j].got
	})
	fmt.Fprintf(w, "\nconfusions (wanted → understood, cases, e.g.)\n")
	for _, c := range cs {
		fmt.Fprintf(w, "  %-26s → %-28s %3d  %q\n", c.want, c.got, c.n, c.example)
	}
	if verbose {
		fmt.Fprintf(w, "\nframes not right\n")
		for _, x := range xs {
			if x.FrameOK {
				continue
			}
			got := x.Got
			if got == "" {
				got = "(" + x.Err + ")"
			}
			fmt.Fprintf(w, "  %s %q → %s  want %s  %s\n", x.Case.ID, x.Case.Text, got, x.Case.Intent, strings.Join(x.Diffs, "; "))
		}
	}
}

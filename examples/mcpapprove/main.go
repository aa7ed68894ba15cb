// Command mcpapprove is the review before an external MCP source's tools
// are offered (docs/skills.md §7). It connects to every source of a
// sources file and shows each tool as Madang would offer it — its name,
// effect, description, input schema, confirmation sentences and hash —
// and whether it is approved, new, or changed since it was approved; for a
// changed tool it shows what changed. A tool whose description, schema or
// confirmation sentence changes is disabled until approved again, so this
// is what an operator reads before that.
//
//	mcpapprove examples/campus/mcp.json          # review
//	mcpapprove -write examples/campus/mcp.json   # approve what was shown
//	mcpapprove -write -only lunch.menu_today examples/campus/mcp.json
//
// -write puts the hashes into the sources file's "approved" maps (a
// running server picks the file up within seconds) and keeps the approved
// definitions in a record file (SOURCES.approved.json by default), from
// which the next review shows changes line by line.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/madang-world/madang/skills/mcpsrc"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// record is the record file: the definitions approved with -write, by
// source and tool.
type record struct {
	Sources map[string]map[string]mcpsrc.Definition `json:"sources"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mcpapprove", flag.ContinueOnError)
	fs.SetOutput(stderr)
	write := fs.Bool("write", false, "approve every tool shown: write the hashes into SOURCES.json and the definitions into the record file")
	recPath := fs.String("record", "", "the record file of approved definitions (default SOURCES.approved.json next to SOURCES.json)")
	only := fs.String("only", "", "with -write, approve only these tools (source.tool, comma-separated); the others keep their approvals")
	timeout := fs.Duration("timeout", 30*time.Second, "how long to wait for all sources")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: mcpapprove [-write [-only source.tool,…]] [-record FILE] SOURCES.json

Connects to every source in SOURCES.json and shows each tool for review:
description, input schema, confirmation sentences, hash, and whether it is
approved, new or changed since approval (with what changed).

`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	var onlySet map[string]bool // nil: every tool
	if *only != "" {
		if !*write {
			fmt.Fprintln(stderr, "mcpapprove: -only chooses what -write approves; add -write")
			return 2
		}
		onlySet = map[string]bool{}
		for _, t := range strings.Split(*only, ",") {
			t = strings.TrimSpace(t)
			if src, tool, ok := strings.Cut(t, "."); !ok || src == "" || tool == "" {
				fmt.Fprintf(stderr, "mcpapprove: -only %q: name tools as source.tool (lunch.menu_today)\n", t)
				return 2
			}
			onlySet[t] = true
		}
	}
	path := fs.Arg(0)
	if *recPath == "" {
		*recPath = strings.TrimSuffix(path, filepath.Ext(path)) + ".approved.json"
	}
	cfg, err := mcpsrc.LoadConfig(path)
	if err != nil {
		fmt.Fprintln(stderr, "mcpapprove:", err)
		return 1
	}
	rec, err := readRecord(*recPath)
	if err != nil {
		fmt.Fprintln(stderr, "mcpapprove:", err)
		return 1
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()

	code, pending, approvable := 0, 0, 0
	shown := map[string]bool{} // source.tool
	for i := range cfg.Sources {
		src := &cfg.Sources[i]
		c, err := mcpsrc.Dial(ctx, *src)
		if err != nil {
			fmt.Fprintf(stderr, "mcpapprove: %v (its approvals are left as they are)\n", err)
			code = 1
			continue
		}
		defs := c.Described()
		c.Close()
		fmt.Fprintf(stdout, "source %s\n", src.Name)
		offered := map[string]bool{}
		approved := map[string]string{}
		recorded := map[string]mcpsrc.Definition{}
		picked := func(tool string) bool { return onlySet == nil || onlySet[src.Name+"."+tool] }
		keep := func(tool string) { // an approval -only leaves as it was
			if h, ok := src.Approved[tool]; ok {
				approved[tool] = h
				if r, ok := rec.Sources[src.Name][tool]; ok {
					recorded[tool] = r
				}
			}
		}
		for _, d := range defs {
			offered[d.Tool] = true
			shown[src.Name+"."+d.Tool] = true
			status := review(stdout, src, d, rec.Sources[src.Name][d.Tool])
			if status != "approved" {
				pending++
			}
			switch {
			case !picked(d.Tool):
				keep(d.Tool)
			case d.Problem == "":
				approved[d.Tool] = d.Hash
				recorded[d.Tool] = d
				approvable++
			}
		}
		var gone []string
		for tool := range src.Approved {
			if !offered[tool] {
				gone = append(gone, tool)
			}
		}
		sort.Strings(gone)
		for _, tool := range gone {
			fmt.Fprintf(stdout, "\n  %s: approved but no longer offered by %s (-write drops it)\n", tool, src.Name)
			shown[src.Name+"."+tool] = true
			pending++
			if !picked(tool) {
				keep(tool)
			}
		}
		fmt.Fprintln(stdout)
		if *write {
			src.Approved = approved
			if rec.Sources == nil {
				rec.Sources = map[string]map[string]mcpsrc.Definition{}
			}
			rec.Sources[src.Name] = recorded
		}
	}
	if !*write {
		if pending == 0 {
			fmt.Fprintln(stdout, "Every tool is approved as it is now.")
		} else {
			fmt.Fprintf(stdout, "%d tools need a decision. Approve every tool shown with: mcpapprove -write %s\n", pending, path)
		}
		return code
	}
	for t := range onlySet {
		if !shown[t] {
			fmt.Fprintf(stderr, "mcpapprove: -only %s: no such tool was shown; nothing was written\n", t)
			return 2
		}
	}
	if err := writeJSON(path, cfg); err != nil {
		fmt.Fprintln(stderr, "mcpapprove:", err)
		return 1
	}
	if err := writeJSON(*recPath, rec); err != nil {
		fmt.Fprintln(stderr, "mcpapprove:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Approved %d tools in %s (definitions recorded in %s).\n", approvable, path, *recPath)
	return code
}

// review prints one tool and returns its status: "approved", "new",
// "changed" or "problem".
func review(w io.Writer, src *mcpsrc.Source, d mcpsrc.Definition, before mcpsrc.Definition) string {
	status := "approved"
	was, ok := src.Approved[d.Tool]
	switch {
	case d.Problem != "":
		status = "problem"
	case !ok:
		status = "new"
	case was != d.Hash:
		status = "changed"
	}
	label := map[string]string{"approved": "approved", "new": "NEW: not approved", "changed": "CHANGED since approval: disabled until approved again",
		"problem": "CANNOT BE OFFERED: " + d.Problem}[status]
	fmt.Fprintf(w, "\n  %s  (%s of %s, %s)  %s\n", mcpsrc.ToolName(src.Name, d.Tool), d.Tool, src.Name, src.Effect(d.Tool), label)
	for _, l := range lines(d) {
		fmt.Fprintf(w, "    %s\n", l)
	}
	fmt.Fprintf(w, "    hash: %s\n", d.Hash)
	if status == "changed" {
		if before.Hash != was {
			fmt.Fprintf(w, "    What changed is unknown: the approved definition (%s) was not recorded; approving with -write records it from now on.\n", was)
		} else {
			fmt.Fprintln(w, "    What changed since approval:")
			for _, l := range diff(lines(before), lines(d)) {
				fmt.Fprintf(w, "      %s\n", l)
			}
		}
	}
	return status
}

// lines is a definition as a reviewer reads it, one fact a line, so a
// change shows as the lines it touched.
func lines(d mcpsrc.Definition) []string {
	out := []string{"description: " + d.Description, "input schema:"}
	var schema bytes.Buffer
	if json.Indent(&schema, d.InputSchema, "", "  ") != nil {
		schema.Write(d.InputSchema)
	}
	out = append(out, "  "+strings.ReplaceAll(schema.String(), "\n", "\n  "))
	if d.Confirm != nil {
		b, _ := json.MarshalIndent(d.Confirm, "", "  ")
		out = append(out, "confirmation sentences:", "  "+strings.ReplaceAll(string(b), "\n", "\n  "))
	}
	return strings.Split(strings.Join(out, "\n"), "\n")
}

// diff lists the lines of a that b lacks ("- ") and of b that a lacks
// ("+ "), in order, from a longest common subsequence (definitions are a
// few dozen lines).
func diff(a, b []string) []string {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			i, j = i+1, j+1
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, "- "+strings.TrimSpace(a[i]))
			i++
		default:
			out = append(out, "+ "+strings.TrimSpace(b[j]))
			j++
		}
	}
	return out
}

func readRecord(path string) (record, error) {
	var r record
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// writeJSON replaces path with v, indented, through a temporary file in the
// same directory, so a server watching it never reads half a file.
func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".mcpapprove-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

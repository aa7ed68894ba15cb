// Command mcpapprove connects to every source of an MCP sources file and
// prints, for each tool, the hash that approves its current definition —
// review the tools, then paste the "approved" maps into the file. A tool
// whose description or schema later changes is disabled until approved
// again.
//
//	mcpapprove examples/campus/mcp.json
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/madang-world/madang/skills/mcpsrc"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mcpapprove SOURCES.json")
		os.Exit(2)
	}
	cfg, err := mcpsrc.LoadConfig(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out := map[string]map[string]string{}
	for _, src := range cfg.Sources {
		c, err := mcpsrc.Dial(ctx, src)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		out[src.Name] = c.Definitions()
		c.Close()
	}
	names := make([]string, 0, len(out))
	for n := range out {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b, _ := json.MarshalIndent(map[string]any{"approved": out[n]}, "", "  ")
		fmt.Printf("source %s:\n%s\n", n, b)
	}
}

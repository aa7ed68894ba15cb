// Command mcpstdio offers a Madang world's skills to a local MCP client
// over stdio (for agents that start their tools as subprocesses). It is a
// bridge to the world server's /mcp: it lists the tools there and forwards
// every call, so the world's rules (scopes, audit, the confirmation gate)
// apply unchanged. Irreversible calls wait for the user to press Confirm on
// the card the world shows them: the bridge does not relay elicitation
// (MCP 2026-07-28 forbids a stdio server from asking its client while it
// serves a call; it would need the multi-round-trip form, SEP-2322).
//
//	MADANG_MCP_TOKEN=mcp_… mcpstdio -server http://127.0.0.1:8080
//
// Get the token with POST /api/mcp/token (send your world token).
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/client"
)

func main() {
	server := flag.String("server", "http://127.0.0.1:8080", "Madang world server")
	flag.Parse()
	tok := os.Getenv("MADANG_MCP_TOKEN")
	if !strings.HasPrefix(tok, "mcp_") {
		log.Fatal("set MADANG_MCP_TOKEN to an MCP token (POST /api/mcp/token with your world token)")
	}
	ctx := context.Background()
	local := mcp.NewServer(&mcp.Implementation{Name: "madang-stdio", Version: "1"}, nil)

	remote := mcp.NewClient(&mcp.Implementation{Name: "madang-stdio", Version: "1"}, nil)
	rs, err := remote.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: strings.TrimRight(*server, "/") + "/mcp",
		HTTPClient: &http.Client{Transport: client.Bearer(tok, nil)}}, nil)
	if err != nil {
		log.Fatalf("connecting to %s/mcp: %v", *server, err)
	}
	defer rs.Close()
	n := 0
	for t, err := range rs.Tools(ctx, nil) {
		if err != nil {
			log.Fatal(err)
		}
		name := t.Name
		local.AddTool(t, func(ctx context.Context, req *mcp.CallToolRequest) (*mcp.CallToolResult, error) {
			return rs.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: req.Params.Arguments})
		})
		n++
	}
	fmt.Fprintf(os.Stderr, "mcpstdio: %d tools of %s on stdio\n", n, *server)
	if err := local.Run(ctx, &mcp.StdioTransport{}); err != nil {
		log.Fatal(err)
	}
}

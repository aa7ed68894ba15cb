// Package mcpsrc turns tools of external MCP servers — skills written in
// any language — into Madang skills, with the same guarantees as Go skills:
//
//   - a source is configured, not discovered: a stdio command (with args
//     and env) or a Streamable HTTP URL;
//   - arguments are validated against the tool's schema on our side too
//     (the server may not validate), every call has a timeout (10 s) and a
//     result cap (256 KB), and results are handed on as untrusted data;
//   - a tool is irreversible — so it goes through the confirmation gate —
//     unless the configuration says otherwise: a third-party server's
//     annotations are hints, not trust;
//   - tool definitions are pinned by hash when approved: a changed
//     description or schema disables the tool until it is approved again;
//   - a crashed or hanging server fails only its own calls, and is
//     reconnected (a new process for stdio) with backoff;
//   - tools are named "<source>_<tool>" and a name that would shadow
//     another skill's tool is refused;
//   - the user's session token is never forwarded: MCP calls carry the
//     tool's arguments and, in _meta, a per-source pseudonym of the user,
//     the operation ID and the user's language (meta.go) — never Madang's
//     user ID;
//   - an irreversible tool's confirmation card shows every argument, under
//     the source's own sentence in the user's language if it gives one.
package mcpsrc

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/skills"
)

// Source configures one MCP server.
type Source struct {
	Name    string            `json:"name"`              // tools become "<name>_<tool>"
	Command string            `json:"command,omitempty"` // stdio: the program
	Args    []string          `json:"args,omitempty"`
	Env     map[string]string `json:"env,omitempty"` // stdio: the only environment it gets (plus PATH)
	URL     string            `json:"url,omitempty"` // Streamable HTTP endpoint
	// Timeout per call (default 10 s); MaxResult caps a result's size in
	// bytes (default 256 KB).
	Timeout   Duration `json:"timeout,omitempty"`
	MaxResult int      `json:"max_result_bytes,omitempty"`
	// Effects says which tools are read or write; every other tool is
	// irreversible (asks the user first).
	Effects map[string]string `json:"effects,omitempty"`
	// Scopes a caller needs for these tools (default "mcp.<name>").
	Scopes []string `json:"scopes,omitempty"`
	// Approved pins each tool's definition: tool name → hash (Hash). A
	// tool without a matching hash is not offered.
	Approved map[string]string `json:"approved,omitempty"`
}

// Duration is a time.Duration written as "10s" in configuration files.
type Duration time.Duration

// UnmarshalJSON reads "10s", "1m30s".
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration must be a string such as \"10s\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil || v <= 0 || v > 10*time.Minute {
		return fmt.Errorf("duration %q must be between 1ms and 10m", s)
	}
	*d = Duration(v)
	return nil
}

// MarshalJSON writes the form UnmarshalJSON reads ("10s").
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

var sourceName = regexp.MustCompile(`^[a-z][a-z0-9]{0,19}$`)

// Validate checks a source's configuration.
func (s *Source) Validate() error {
	switch {
	case !sourceName.MatchString(s.Name):
		return fmt.Errorf("mcp source %q: name must be 1-20 lowercase letters and digits", s.Name)
	case (s.Command == "") == (s.URL == ""):
		return fmt.Errorf("mcp source %s: set exactly one of command and url", s.Name)
	case s.URL != "" && !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://"):
		return fmt.Errorf("mcp source %s: url must be http(s)", s.Name)
	case s.MaxResult < 0:
		return fmt.Errorf("mcp source %s: max_result_bytes must be positive", s.Name)
	}
	for tool, e := range s.Effects {
		if e != string(skills.Read) && e != string(skills.Write) && e != string(skills.Irreversible) {
			return fmt.Errorf("mcp source %s: effect of %s must be read, write or irreversible", s.Name, tool)
		}
	}
	return nil
}

func (s *Source) timeout() time.Duration {
	if s.Timeout > 0 {
		return time.Duration(s.Timeout)
	}
	return 10 * time.Second
}

func (s *Source) maxResult() int {
	if s.MaxResult > 0 {
		return s.MaxResult
	}
	return 256 << 10
}

// Hash is a tool definition's fingerprint: name, description, input
// schema and, when the tool has one, its confirmation sentences (canonical
// JSON). Approving a tool means pinning this.
func Hash(t *mcp.Tool) string {
	b, _ := json.Marshal(canonical(t))
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Conn is a live source: its MCP session (re-made after a crash) and the
// tool definitions it offered.
type Conn struct {
	src Source

	mu      sync.Mutex
	sess    *mcp.ClientSession
	defs    map[string]*mcp.Tool // by MCP name, as first listed
	failed  int
	retryAt time.Time
	closed  bool
}

// Dial connects to a source and lists its tools.
func Dial(ctx context.Context, src Source) (*Conn, error) {
	if err := src.Validate(); err != nil {
		return nil, err
	}
	c := &Conn{src: src}
	sess, err := c.connect(ctx)
	if err != nil {
		return nil, err
	}
	tools, err := listAll(ctx, sess)
	if err != nil {
		sess.Close()
		return nil, fmt.Errorf("mcp source %s: listing tools: %w", src.Name, err)
	}
	c.sess, c.defs = sess, map[string]*mcp.Tool{}
	for _, t := range tools {
		c.defs[t.Name] = t
	}
	return c, nil
}

func listAll(ctx context.Context, sess *mcp.ClientSession) ([]*mcp.Tool, error) {
	var out []*mcp.Tool
	for t, err := range sess.Tools(ctx, nil) {
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

func (c *Conn) connect(ctx context.Context) (*mcp.ClientSession, error) {
	client := mcp.NewClient(&mcp.Implementation{Name: "madang", Version: "1"}, nil)
	var tr mcp.Transport
	if c.src.Command != "" {
		cmd := exec.Command(c.src.Command, c.src.Args...)
		// Only what the configuration gives it: never the server's own
		// secrets or the user's session.
		cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
		for k, v := range c.src.Env {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		cmd.Stderr = os.Stderr
		tr = &mcp.CommandTransport{Command: cmd, TerminateDuration: time.Second}
	} else {
		tr = &mcp.StreamableClientTransport{Endpoint: c.src.URL, MaxRetries: -1}
	}
	ctx, cancel := context.WithTimeout(ctx, c.src.timeout())
	defer cancel()
	sess, err := client.Connect(ctx, tr, nil)
	if err != nil {
		return nil, fmt.Errorf("mcp source %s: connecting: %w", c.src.Name, err)
	}
	return sess, nil
}

// Close ends the session (and a stdio server's process).
func (c *Conn) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.sess != nil {
		err := c.sess.Close()
		c.sess = nil
		return err
	}
	return nil
}

// Described lists the source's tools as they are now, by name (for
// review before approval).
func (c *Conn) Described() []Definition {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Definition, 0, len(c.defs))
	for _, t := range c.defs {
		out = append(out, define(t))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Tool < out[j].Tool })
	return out
}

// Effect is what Madang takes tool to do: the configured effect, else
// irreversible.
func (s *Source) Effect(tool string) skills.Effect {
	if e, ok := s.Effects[tool]; ok {
		return skills.Effect(e)
	}
	return skills.Irreversible
}

// Definitions lists the source's tools with their hashes (for approval).
func (c *Conn) Definitions() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]string{}
	for n, t := range c.defs {
		out[n] = Hash(t)
	}
	return out
}

var notNameChar = regexp.MustCompile(`[^a-z0-9_]`)

// ToolName is the Madang name of an MCP tool of a source.
func ToolName(source, tool string) string {
	n := notNameChar.ReplaceAllString(strings.ToLower(source+"_"+tool), "_")
	if len(n) > 64 {
		n = n[:64]
	}
	return n
}

// Refused is a tool the source offered that Madang does not.
type Refused struct {
	Tool, Why string
}

// Tools returns the source's approved tools as Madang tools; taken says
// which names are already in use (a tool that would shadow one is
// refused), ids makes the caller's pseudonym and operation ID the source
// receives (see MetaUser). Refused lists every tool left out, and why.
func (c *Conn) Tools(taken func(name string) bool, ids *Pseudonyms) ([]*skills.Tool, []Refused) {
	c.mu.Lock()
	defs := make([]*mcp.Tool, 0, len(c.defs))
	for _, t := range c.defs {
		defs = append(defs, t)
	}
	c.mu.Unlock()
	sort.Slice(defs, func(i, j int) bool { return defs[i].Name < defs[j].Name })
	var out []*skills.Tool
	var refused []Refused
	scopes := c.src.Scopes
	if len(scopes) == 0 {
		scopes = []string{"mcp." + c.src.Name}
	}
	for _, d := range defs {
		name := ToolName(c.src.Name, d.Name)
		if ids == nil {
			refused = append(refused, Refused{d.Name, "mcpsrc: Tools needs the server's pseudonym key (NewPseudonyms) to call sources"})
			continue
		}
		if want, ok := c.src.Approved[d.Name]; !ok || want != Hash(d) {
			why := "not approved; to approve it as it is now, add \"" + d.Name + "\": \"" + Hash(d) + "\" to the source's approved"
			if ok {
				why = "definition changed since approval (now " + Hash(d) + ")"
			}
			refused = append(refused, Refused{d.Name, why})
			continue
		}
		if taken != nil && taken(name) {
			refused = append(refused, Refused{d.Name, fmt.Sprintf("%s would shadow an existing tool", name)})
			continue
		}
		tmpls, err := confirmTemplates(d)
		if err != nil {
			refused = append(refused, Refused{d.Name, err.Error()})
			continue
		}
		effect := c.src.Effect(d.Name)
		schema, err := json.Marshal(d.InputSchema)
		if err != nil || len(schema) == 0 || string(schema) == "null" {
			schema = []byte(`{"type":"object"}`)
		}
		mcpName := d.Name
		var prepare func(context.Context, skills.Caller, json.RawMessage) (skills.Summary, error)
		if effect == skills.Irreversible {
			prepare = func(ctx context.Context, caller skills.Caller, args json.RawMessage) (skills.Summary, error) {
				return summary(c.src.Name, mcpName, tmpls, caller, args), nil
			}
		}
		t, err := skills.NewRawTool(name, strings.TrimSpace(d.Description)+" (external: "+c.src.Name+")", effect, scopes, schema,
			func(ctx context.Context, caller skills.Caller, args json.RawMessage) (json.RawMessage, error) {
				return c.call(ctx, mcpName, args, callMeta(ids, c.src.Name, caller, skills.OpID(ctx)))
			}, prepare)
		if err != nil {
			refused = append(refused, Refused{d.Name, err.Error()})
			continue
		}
		out = append(out, t)
	}
	return out, refused
}

// session returns the live session, reconnecting (with backoff) after a
// crash.
func (c *Conn) session(ctx context.Context) (*mcp.ClientSession, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil, skills.Errorf(skills.CodeUnavailable, "source %s is closed", c.src.Name)
	}
	if c.sess != nil {
		return c.sess, nil
	}
	if time.Now().Before(c.retryAt) {
		return nil, skills.Errorf(skills.CodeUnavailable, "source %s is restarting; try again in %s", c.src.Name, time.Until(c.retryAt).Round(100*time.Millisecond))
	}
	sess, err := c.connect(ctx)
	if err != nil {
		c.failed++
		c.retryAt = time.Now().Add(min(time.Duration(1<<min(c.failed, 6))*250*time.Millisecond, 15*time.Second))
		return nil, skills.Errorf(skills.CodeUnavailable, "source %s is down: %v", c.src.Name, err)
	}
	// A restarted server must still offer what was approved.
	tools, err := listAll(ctx, sess)
	if err != nil {
		sess.Close()
		return nil, skills.Errorf(skills.CodeUnavailable, "source %s: listing tools: %v", c.src.Name, err)
	}
	defs := map[string]*mcp.Tool{}
	for _, t := range tools {
		defs[t.Name] = t
	}
	c.sess, c.defs, c.failed = sess, defs, 0
	return sess, nil
}

func (c *Conn) drop(sess *mcp.ClientSession) {
	c.mu.Lock()
	if c.sess == sess {
		c.sess = nil
	}
	c.mu.Unlock()
	sess.Close()
}

// call runs one MCP tool call with the source's timeout and result cap;
// meta says who it is for (callMeta).
func (c *Conn) call(ctx context.Context, tool string, args json.RawMessage, meta mcp.Meta) (json.RawMessage, error) {
	ctx, cancel := context.WithTimeout(ctx, c.src.timeout())
	defer cancel()
	sess, err := c.session(ctx)
	if err != nil {
		return nil, err
	}
	// The definition must still be the approved one (a restarted server
	// may have changed it).
	c.mu.Lock()
	d := c.defs[tool]
	c.mu.Unlock()
	if d == nil || c.src.Approved[tool] != Hash(d) {
		return nil, skills.Errorf(skills.CodeUnavailable, "%s of %s changed since it was approved; an operator must approve it again", tool, c.src.Name)
	}
	var argMap map[string]any
	if len(args) > 0 {
		if err := json.Unmarshal(args, &argMap); err != nil {
			return nil, skills.Errorf(skills.CodeInvalidArguments, "arguments must be a JSON object")
		}
	}
	if argMap == nil {
		// No arguments is {}: a nil map would go out as "arguments": null,
		// which servers on the TypeScript SDK refuse.
		argMap = map[string]any{}
	}
	res, err := sess.CallTool(ctx, &mcp.CallToolParams{Meta: meta, Name: tool, Arguments: argMap})
	if err != nil {
		if ctx.Err() != nil {
			c.drop(sess) // a hung server: start afresh next time
			return nil, skills.Errorf(skills.CodeUnavailable, "%s of %s did not answer within %s", tool, c.src.Name, c.src.timeout())
		}
		var werr *jsonrpc.Error // a JSON-RPC error from the server: the session is fine
		if !errors.As(err, &werr) {
			c.drop(sess)
		}
		return nil, skills.Errorf(skills.CodeUnavailable, "%s of %s failed: %v", tool, c.src.Name, err)
	}
	raw, _ := json.Marshal(res)
	if len(raw) > c.src.maxResult() {
		return nil, skills.Errorf(skills.CodeFailed, "%s of %s returned %d bytes, more than the %d allowed", tool, c.src.Name, len(raw), c.src.maxResult())
	}
	var text []string
	for _, ct := range res.Content {
		if t, ok := ct.(*mcp.TextContent); ok {
			text = append(text, t.Text)
		}
	}
	if res.IsError {
		msg := strings.Join(text, " ")
		if len(msg) > 500 {
			msg = msg[:500] + "…"
		}
		return nil, skills.Errorf(skills.CodeFailed, "%s of %s: %s", tool, c.src.Name, msg)
	}
	out := map[string]any{"source": c.src.Name, "external": true}
	if res.StructuredContent != nil {
		out["result"] = res.StructuredContent
	} else {
		out["text"] = strings.Join(text, "\n")
	}
	return json.Marshal(out)
}

// Skill is a source as a skills.Skill for Host.Add.
type Skill struct {
	tools []*skills.Tool
	conn  *Conn
}

// NewSkill wraps a connected source's tools (see Conn.Tools).
func NewSkill(c *Conn, tools []*skills.Tool) *Skill { return &Skill{tools: tools, conn: c} }

// Tools implements skills.Skill.
func (s *Skill) Tools() []*skills.Tool { return s.tools }

// Close implements skills.Closer: it stops the source.
func (s *Skill) Close() error { return s.conn.Close() }

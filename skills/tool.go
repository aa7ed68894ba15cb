package skills

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/google/jsonschema-go/jsonschema"
	"github.com/madang-world/madang/skills/store"
	sv "github.com/santhosh-tekuri/jsonschema/v6"
)

// Effect says what calling a tool does to the world.
type Effect string

// Effects.
const (
	// Read tools only look. They need no idempotency key and are not audited.
	Read Effect = "read"
	// Write tools change the caller's own data (a cart, a draft).
	Write Effect = "write"
	// Irreversible tools spend money, book, cancel, or message other
	// people. They run only with a confirmation the user gave.
	Irreversible Effect = "irreversible"
)

// Caller is who a tool runs for. The runtime puts it in the context; it is
// never taken from arguments, so a model cannot act as someone else.
type Caller struct {
	UserID  string   `json:"user"`
	Name    string   `json:"name,omitempty"`    // display name, for directories and greetings
	Avatar  string   `json:"avatar,omitempty"`  // which avatar acts for the user, if any
	Scopes  []string `json:"scopes"`            // what this user granted this avatar
	Channel string   `json:"channel,omitempty"` // "protocol", "llm", "mcp", "test" …
	// Room is the room the user is in when known (talking to an avatar):
	// directories tell namesakes apart by where they were last seen
	// rather than by their internal ids.
	Room string `json:"room,omitempty"`
	// Lang is the language the user speaks to the avatar ("ko", "en"; ""
	// unknown): confirmation summaries are written in it, and external MCP
	// sources receive it (skills/mcpsrc).
	Lang string `json:"lang,omitempty"`
	// Present, when the call comes through an avatar in a room, lists who
	// is in that room now (user id → display name). Class activities use
	// it so that a roster can only hold people who are there.
	Present func() map[string]string `json:"-"`
}

// Has reports whether c holds scope.
func (c Caller) Has(scope string) bool {
	for _, s := range c.Scopes {
		if s == scope {
			return true
		}
	}
	return false
}

type ctxKey int

const (
	callerKey ctxKey = iota
	opKey
)

// WithCaller returns ctx carrying c. Only the runtime calls it.
func WithCaller(ctx context.Context, c Caller) context.Context {
	return context.WithValue(ctx, callerKey, c)
}

// CallerFrom returns the caller in ctx.
func CallerFrom(ctx context.Context) (Caller, bool) {
	c, ok := ctx.Value(callerKey).(Caller)
	return c, ok && c.UserID != ""
}

// OpID is a stable identifier of the current write: the same for every
// retry of one (user, tool, idempotency key). Handlers use it as (or to
// derive) the ID of what they create, so that a retry after a crash finds
// the record it already wrote instead of writing a second one.
func OpID(ctx context.Context) string {
	s, _ := ctx.Value(opKey).(string)
	return s
}

// Later hands the wait for a tool's durable write (store.DB.Write's
// wait) to the host running the call, when db is the same file as the
// host's own records (store.Dir.Share): the host commits the call's
// idempotency record and audit entry after the tool's write and waits for
// one fsync covering all of them, instead of one fsync for the tool's
// write and then another for its records. It returns false — the tool
// must wait itself, as before — when the call does not run in a host or
// db is another file (an fsync of one file covers nothing of another).
//
// The host still returns nothing before the wait: if it fails, the call
// fails with CodeUnavailable, as the tool's own wait would have made it.
func Later(ctx context.Context, db *store.DB, wait func() error) bool {
	l, _ := ctx.Value(laterKey).(*later)
	if l == nil || !db.SameFile(l.db) {
		return false
	}
	l.mu.Lock()
	l.waits = append(l.waits, wait)
	l.mu.Unlock()
	return true
}

// later collects a call's waits handed over by Later.
type later struct {
	db    *store.DB
	mu    sync.Mutex
	waits []func() error
}

// wait waits for every wait handed over, and returns the first error.
func (l *later) wait() error {
	l.mu.Lock()
	waits := l.waits
	l.waits = nil
	l.mu.Unlock()
	var first error
	for _, w := range waits {
		if err := w(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

type laterCtxKey struct{}

var laterKey laterCtxKey

// WithOpID sets the OpID; the Host does this (exported for skilltest).
func WithOpID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, opKey, id)
}

// Summary is what the user sees before confirming an irreversible call.
type Summary struct {
	Text   string  `json:"text"`   // one sentence in the user's language
	Fields []Field `json:"fields"` // every parameter that matters, labelled
	// Button is what the confirm button says when the action has its own
	// words, in the user's language ("28,400원 결제", "Pay ₩28,400"):
	// a payment names the amount on the button that pays it.
	Button string `json:"button,omitempty"`
}

// Field is one labelled value on a confirmation card.
type Field struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Tool is one callable operation of a skill. Build it with NewTool.
type Tool struct {
	Name        string
	Description string
	Effect      Effect
	Scopes      []string
	// Schema is the JSON Schema of the arguments (draft 2020-12), the same
	// document for LLM tool calling and for MCP.
	Schema json.RawMessage
	// Output is the JSON Schema of a successful result (draft 2020-12),
	// generated from the handler's result type R, so that what a tool
	// returns is as declared as what it takes: Madang's /mcp endpoint
	// offers it as the tool's outputSchema, and skilltest checks every
	// result a test sees against it (a pack cannot drift from its own
	// exported result types). Nil for tools whose results have no Go type
	// (tools of external MCP servers).
	Output json.RawMessage
	// Skill is set by the Host.
	Skill ID
	// AuditReads records read calls in the audit log too (tools of
	// external MCP servers: every call to third-party code is audited).
	AuditReads bool
	// NoMCP keeps the tool off Madang's own /mcp endpoint: in-world
	// avatars still call it, agents outside Madang never see it. Set it
	// (or NewTool's WithoutMCP) for tools that only make sense inside a
	// conversation with an avatar or that should not be scripted.
	NoMCP bool

	validator *sv.Schema
	fast      *lazyFast // its schema's fast path, made at the first call (fastvalid.go)
	output    *sv.Schema
	run       func(ctx context.Context, c Caller, raw []byte) (any, error)
	prepare   func(ctx context.Context, c Caller, raw []byte) (Summary, error)
	nonceFile func() *store.DB // MarksInFile
}

// ToolOption adjusts NewTool.
type ToolOption func(*toolConfig)

type toolConfig struct {
	constrain []func(*jsonschema.Schema)
	prepare   any
	noMCP     bool
	nonceFile func() *store.DB
}

// MarksInFile says of an irreversible tool that whatever it does is a
// write to file (the pack's own database, given as a function because
// packs open it after declaring their tools), or comes after an fsync of
// it — a payment after the order written and waited for, a message after
// the record of it. When file is the host's own file (store.Dir.Share:
// a server's turn file), the host then leaves the confirmation's
// "used" mark to the fsync of what the tool writes after it — one file
// is written in order and an fsync covers every earlier commit, so no
// effect of the tool can reach the disk without the mark — instead of
// waiting for the mark before running the tool. Files apart, or without
// this option, the mark is on disk before the tool runs, as always. The
// host still answers nothing before an fsync that covers the mark.
func MarksInFile(file func() *store.DB) ToolOption {
	return func(c *toolConfig) { c.nonceFile = file }
}

// Constrain edits the generated schema (minimums, enums, patterns,
// descriptions) before it is compiled.
func Constrain(f func(s *jsonschema.Schema)) ToolOption {
	return func(c *toolConfig) { c.constrain = append(c.constrain, f) }
}

// WithPrepare gives an irreversible tool its first phase: a summary of what
// will happen, computed without side effects.
func WithPrepare[A any](f func(ctx context.Context, c Caller, args A) (Summary, error)) ToolOption {
	return func(c *toolConfig) { c.prepare = f }
}

// WithoutMCP keeps the tool off Madang's /mcp endpoint (Tool.NoMCP).
func WithoutMCP() ToolOption {
	return func(c *toolConfig) { c.noMCP = true }
}

var nameRe = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)

// NewTool declares a tool from its argument and result types. The argument
// schema is generated from A (fields without omitempty are required, no
// additional properties; `jsonschema:"…"` tags are descriptions). NewTool
// panics on programmer errors — a bad name, a schema that does not compile,
// an irreversible tool without WithPrepare — so they surface at start-up.
func NewTool[A, R any](name, description string, effect Effect, scopes []string,
	handler func(ctx context.Context, c Caller, args A) (R, error), opts ...ToolOption) *Tool {
	if !nameRe.MatchString(name) {
		panic(fmt.Sprintf("skills.NewTool: name %q must match %s", name, nameRe))
	}
	if effect != Read && effect != Write && effect != Irreversible {
		panic(fmt.Sprintf("skills.NewTool %s: unknown effect %q", name, effect))
	}
	var cfg toolConfig
	for _, o := range opts {
		o(&cfg)
	}
	s, err := jsonschema.For[A](nil)
	if err != nil {
		panic(fmt.Sprintf("skills.NewTool %s: schema: %v", name, err))
	}
	s.Description = description
	for _, f := range cfg.constrain {
		f(s)
	}
	raw, err := json.Marshal(s)
	if err != nil {
		panic(fmt.Sprintf("skills.NewTool %s: schema: %v", name, err))
	}
	validator, fast, err := compileSchemaOnce(name, raw)
	if err != nil {
		panic(fmt.Sprintf("skills.NewTool %s: schema does not compile: %v", name, err))
	}
	out, outValidator, err := outputSchema[R](name)
	if err != nil {
		panic(fmt.Sprintf("skills.NewTool %s: result schema: %v", name, err))
	}
	t := &Tool{Name: name, Description: description, Effect: effect, Scopes: append([]string(nil), scopes...),
		Schema: raw, Output: out, validator: validator, fast: fast, output: outValidator, NoMCP: cfg.noMCP, nonceFile: cfg.nonceFile}
	t.run = func(ctx context.Context, c Caller, raw []byte) (any, error) {
		var a A
		if err := decodeArgs(raw, &a); err != nil {
			return nil, Errorf(CodeInvalidArguments, "%v", err)
		}
		return handler(ctx, c, a)
	}
	if effect == Irreversible {
		p, ok := cfg.prepare.(func(context.Context, Caller, A) (Summary, error))
		if !ok {
			panic(fmt.Sprintf("skills.NewTool %s: an irreversible tool needs WithPrepare with its argument type", name))
		}
		t.prepare = func(ctx context.Context, c Caller, raw []byte) (Summary, error) {
			var a A
			if err := decodeArgs(raw, &a); err != nil {
				return Summary{}, Errorf(CodeInvalidArguments, "%v", err)
			}
			return p(ctx, c, a)
		}
	}
	return t
}

// NewRawTool declares a tool from a JSON Schema and a handler on raw JSON,
// for tools whose arguments are not a Go type (tools from MCP servers).
func NewRawTool(name, description string, effect Effect, scopes []string, schema json.RawMessage,
	handler func(ctx context.Context, c Caller, args json.RawMessage) (json.RawMessage, error),
	prepare func(ctx context.Context, c Caller, args json.RawMessage) (Summary, error)) (*Tool, error) {
	if !nameRe.MatchString(name) {
		return nil, fmt.Errorf("tool name %q must match %s", name, nameRe)
	}
	v, err := compileSchema(name, schema)
	if err != nil {
		return nil, fmt.Errorf("tool %s: schema: %w", name, err)
	}
	if effect == Irreversible && prepare == nil {
		return nil, fmt.Errorf("tool %s: irreversible without prepare", name)
	}
	t := &Tool{Name: name, Description: description, Effect: effect, Scopes: scopes, Schema: schema, validator: v, fast: &lazyFast{raw: bytes.Clone(schema)}, AuditReads: true}
	t.run = func(ctx context.Context, c Caller, raw []byte) (any, error) { return handler(ctx, c, raw) }
	if prepare != nil {
		t.prepare = func(ctx context.Context, c Caller, raw []byte) (Summary, error) { return prepare(ctx, c, raw) }
	}
	return t, nil
}

// resultTypes are Go types whose JSON is not what their kind suggests:
// a json.RawMessage is any JSON value, not an array of bytes.
var resultTypes = map[reflect.Type]*jsonschema.Schema{
	reflect.TypeFor[json.RawMessage](): {},
}

// outputSchema generates and compiles the schema of R, a handler's result
// (once per result type and tool name: outputs caches it).
func outputSchema[R any](name string) (json.RawMessage, *sv.Schema, error) {
	key := outputKey{reflect.TypeFor[R](), name}
	if o, ok := outputs.Load(key); ok {
		o := o.(output)
		return bytes.Clone(o.raw), o.v, nil
	}
	s, err := jsonschema.For[R](&jsonschema.ForOptions{TypeSchemas: resultTypes})
	if err != nil {
		return nil, nil, err
	}
	raw, err := json.Marshal(s)
	if err != nil {
		return nil, nil, err
	}
	v, _, err := compileSchemaOnce(name+"/result", raw)
	if err != nil {
		return nil, nil, err
	}
	outputs.Store(key, output{bytes.Clone(raw), v})
	return raw, v, nil
}

// Every Host that adds a skill builds its tools anew (a server, a test's
// world), and generating and compiling their schemas was most of it: a
// quarter of agents/embedded's tests' CPU, each building a world of the
// four packs. The schemas of NewTool's Go types are a fixed set, and a
// compiled schema is only read (each Validate keeps its own state, so one
// is already used from many goroutines at once): outputs and schemas keep
// them for the process. NewRawTool's schemas (from MCP servers) are
// compiled each time.
var (
	outputs sync.Map // outputKey → output
	schemas sync.Map // name "\x00" schema text → compiled
)

type compiled struct {
	v    *sv.Schema
	fast *lazyFast
}

type outputKey struct {
	t    reflect.Type
	name string
}

type output struct {
	raw json.RawMessage // cloned for each tool
	v   *sv.Schema
}

// compileSchemaOnce is compileSchema once per name and schema text, with
// the schema's fast path (made at its first use).
func compileSchemaOnce(name string, raw []byte) (*sv.Schema, *lazyFast, error) {
	key := name + "\x00" + string(raw)
	if c, ok := schemas.Load(key); ok {
		c := c.(compiled)
		return c.v, c.fast, nil
	}
	v, err := compileSchema(name, raw)
	if err != nil {
		return nil, nil, err
	}
	c := compiled{v, &lazyFast{raw: bytes.Clone(raw)}}
	schemas.Store(key, c)
	return c.v, c.fast, nil
}

// ValidateResult checks a successful result's data against Output and
// returns every mismatch in one message (a *Error with CodeInternal: a
// result that breaks its own declared type is a bug in the tool). Tools
// without an Output schema accept any JSON.
func (t *Tool) ValidateResult(data []byte) error {
	if t.output == nil {
		return nil
	}
	inst, err := sv.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return Errorf(CodeInternal, "result of %s is not valid JSON: %v", t.Name, err)
	}
	if err := t.output.Validate(inst); err != nil {
		return Errorf(CodeInternal, "result of %s does not match its declared type: %s", t.Name, schemaProblems(err, "(result)"))
	}
	return nil
}

func compileSchema(name string, raw []byte) (*sv.Schema, error) {
	doc, err := sv.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	c := sv.NewCompiler()
	url := "mem://tools/" + name
	if err := c.AddResource(url, doc); err != nil {
		return nil, err
	}
	return c.Compile(url)
}

// Validate checks raw arguments against the tool's schema and returns every
// problem in one readable message (a *Error with CodeInvalidArguments).
func (t *Tool) Validate(raw []byte) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		raw = []byte("{}")
	}
	if f := t.fast.get(); f != nil && f.valid(raw) {
		return nil // certainly valid: what the validator below would say (fastvalid.go)
	}
	return t.validateAll(raw)
}

// validateAll is Validate through the general validator alone.
func (t *Tool) validateAll(raw []byte) error {
	inst, err := sv.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return Errorf(CodeInvalidArguments, "arguments are not valid JSON: %v", err)
	}
	err = t.validator.Validate(inst)
	if err == nil {
		return nil
	}
	return Errorf(CodeInvalidArguments, "%s", schemaProblems(err, "(arguments)"))
}

// schemaProblems lists every problem of a validation error, sorted, each
// at its place in the instance (root names the whole instance).
func schemaProblems(err error, root string) string {
	var ve *sv.ValidationError
	if !errors.As(err, &ve) {
		return err.Error()
	}
	var msgs []string
	for _, u := range ve.BasicOutput().Errors {
		if u.Error == nil {
			continue
		}
		m := u.Error.String()
		if strings.HasPrefix(m, "validation failed") {
			continue
		}
		loc := u.InstanceLocation
		if loc == "" {
			loc = root
		}
		msgs = append(msgs, loc+": "+m)
	}
	sort.Strings(msgs)
	msgs = dedupe(msgs)
	if len(msgs) == 0 {
		msgs = []string{ve.Error()}
	}
	return strings.Join(msgs, "; ")
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// decodeArgs decodes validated arguments into v. A schema "integer" accepts
// 2.0, which encoding/json refuses for an int field, so numbers go through
// float64 and back once if the direct decode fails on a type.
func decodeArgs(raw []byte, v any) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		raw = []byte("{}")
	}
	err := json.Unmarshal(raw, v)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		var generic any
		if json.Unmarshal(raw, &generic) == nil {
			if again, merr := json.Marshal(generic); merr == nil {
				err = json.Unmarshal(again, v)
			}
		}
	}
	return err
}

// ArgsHash is the canonical hash of arguments: the same for any spelling of
// the same JSON value (key order, white space, 2 vs 2.0).
func ArgsHash(raw []byte) string {
	var generic any
	if len(bytes.TrimSpace(raw)) == 0 {
		raw = []byte("{}")
	}
	if canonical(raw) { // what the round trip below would give back
		sum := sha256.Sum256(raw)
		return hexSum(&sum)
	}
	if err := json.Unmarshal(raw, &generic); err != nil {
		sum := sha256.Sum256(raw)
		return hexSum(&sum)
	}
	canon, _ := json.Marshal(generic) // maps marshal with sorted keys
	sum := sha256.Sum256(canon)
	return hexSum(&sum)
}

// hexSum is hex.EncodeToString(sum[:]) with one allocation (the string)
// instead of two: every call hashes its arguments and its operation.
func hexSum(sum *[sha256.Size]byte) string {
	var buf [2 * sha256.Size]byte
	hex.Encode(buf[:], sum[:])
	return string(buf[:])
}

// OpIDHex returns the first n hex digits of the OpID (n ≤ 64), for IDs of
// records a write creates. Without an OpID (a direct call in a test) it is
// random.
func OpIDHex(ctx context.Context, n int) string {
	id := OpID(ctx)
	if id == "" {
		id = hashStr(store.NewID(""))
	}
	return id[:n]
}

package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/madang-world/madang/agents"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/protocol/words"
	"github.com/madang-world/madang/server/account"
	"github.com/madang-world/madang/skills"
	"github.com/madang-world/madang/skills/store"
)

// Madang as an MCP server: the skills at /mcp (Streamable HTTP) for any
// MCP client, per user, with an MCP token that is not the world token (a
// token pasted into an agent's configuration must not let it walk around
// the world as you, and vice versa). The same Host runs the calls, so
// scopes, validation, idempotency, the audit log and the confirmation gate
// are the same as in the world: an irreversible tool never runs on the
// client's word. The user presses Confirm on a card in the world — unless
// they turned on "my MCP client may confirm" for that token (내 정보, or
// PATCH /api/mcp/tokens/{id}); then a client that supports MCP
// elicitation asks them instead. A client that declares elicitation and
// accepts by itself therefore spends nothing unless the user chose so.
//
// MCP tokens are few and short-lived: at most Options.MaxMCPTokens (5) per
// user, each valid Options.MCPTokenTTL (24 h) and never beyond the world
// token it was issued with; every request checks that world token again,
// so an MCP token dies with it. They are listed (never the secret) and
// revoked with the world token: GET /api/mcp/tokens, DELETE and PATCH
// /api/mcp/tokens/{id}, and in 내 정보 (memories.mcp_tokens). A revoked
// token fails its next request, open MCP sessions included.

// mcpTokenPrefix marks MCP tokens.
const mcpTokenPrefix = "mcp_"

type mcpTokenRec struct {
	ID      string   `json:"id"` // public: what lists and revocation name
	User    string   `json:"user"`
	Name    string   `json:"name"`
	Label   string   `json:"label,omitempty"`
	Scopes  []string `json:"scopes"`
	Created int64    `json:"created"`
	Expires int64    `json:"expires"`
	// Parent is the SHA-256 of the world token it was issued with.
	Parent        string `json:"parent"`
	ClientConfirm bool   `json:"client_confirm,omitempty"`
}

func (r mcpTokenRec) view() protocol.MCPToken {
	return protocol.MCPToken{ID: r.ID, Label: r.Label, Created: r.Created, Expires: r.Expires, ClientConfirm: r.ClientConfirm}
}

// mcpScopes are what an MCP token may do: what the world's avatars may do
// (the union of their scopes).
func (s *Server) mcpScopes() []string {
	set := map[string]bool{}
	for _, a := range s.opts.Avatars {
		for _, sc := range a.Scopes {
			set[sc] = true
		}
	}
	out := make([]string, 0, len(set))
	for sc := range set {
		out = append(out, sc)
	}
	sort.Strings(out)
	return out
}

// worldUser authenticates a token management request: the world token
// only (an MCP token cannot manage tokens, not even its own).
func (s *Server) worldUser(w http.ResponseWriter, r *http.Request) (account.User, account.TokenInfo, bool) {
	u, ti, err := s.accts.VerifyToken(tokenFrom(r))
	if err != nil {
		httpError(w, http.StatusUnauthorized, "bad_token", "send your world token (Authorization: Bearer mdg_…); MCP tokens cannot manage tokens")
		return account.User{}, account.TokenInfo{}, false
	}
	return u, ti, true
}

// mcpTokens lists user's live MCP tokens and deletes the dead ones
// (expired, or whose world token is gone).
func (s *Server) mcpTokens(user string) ([]mcpTokenRec, error) {
	var recs []mcpTokenRec
	var dead []store.Key
	now := s.accts.Clock().Unix()
	err := s.main.ViewFresh(func(tx *store.Tx) error {
		return tx.Scan(store.NewKey("mcpu", user), func(k store.Key, hash string) bool {
			var rec mcpTokenRec
			if store.GetJSON(tx, store.NewKey("mcptok", hash), &rec) != nil || now >= rec.Expires {
				dead = append(dead, k)
				return true
			}
			recs = append(recs, rec)
			return true
		})
	})
	if err != nil {
		return nil, err
	}
	live := recs[:0]
	for _, rec := range recs {
		if _, _, err := s.accts.VerifyHash(rec.Parent); err != nil {
			dead = append(dead, store.NewKey("mcpu", user, rec.ID))
			continue
		}
		live = append(live, rec)
	}
	if len(dead) > 0 {
		s.main.Update(func(tx *store.Tx) error {
			for _, k := range dead {
				if h, err := tx.Get(k); err == nil {
					tx.Delete(store.NewKey("mcptok", h))
				}
				tx.Delete(k)
			}
			return nil
		})
	}
	sort.Slice(live, func(i, j int) bool { return live[i].Created < live[j].Created })
	return live, nil
}

// serveMCPToken issues an MCP token to a signed-in user: POST
// /api/mcp/token with the world token, optionally {"label": "…"}.
func (s *Server) serveMCPToken(w http.ResponseWriter, r *http.Request) {
	u, ti, ok := s.worldUser(w, r)
	if !ok {
		return
	}
	var req struct {
		Label string `json:"label"`
	}
	if body, err := io.ReadAll(io.LimitReader(r.Body, 1025)); err != nil || len(body) > 1024 {
		httpError(w, http.StatusBadRequest, "bad_request", "the body must be at most 1 KiB of JSON like {\"label\":\"my laptop\"}")
		return
	} else if len(bytes.TrimSpace(body)) > 0 {
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			httpError(w, http.StatusBadRequest, "bad_request", "the body must be JSON like {\"label\":\"my laptop\"}")
			return
		}
	}
	if req.Label != "" {
		label, problem := protocol.CleanName(req.Label)
		if problem != "" {
			httpError(w, http.StatusBadRequest, "bad_label", "label: "+problem)
			return
		}
		req.Label = label
	}
	s.mcpMu.Lock() // count and insert as one step
	defer s.mcpMu.Unlock()
	live, err := s.mcpTokens(u.ID)
	if err != nil {
		httpError(w, http.StatusInternalServerError, "internal", "could not read your tokens; try again")
		return
	}
	if len(live) >= s.opts.MaxMCPTokens {
		httpError(w, http.StatusConflict, "too_many_tokens", fmt.Sprintf("you already have %d MCP tokens; revoke one in 내 정보 (or DELETE /api/mcp/tokens/{id}) first", len(live)))
		return
	}
	now := s.accts.Clock()
	tok := account.NewSecret(mcpTokenPrefix)
	rec := mcpTokenRec{ID: store.NewID("mt"), User: u.ID, Name: u.Name, Label: req.Label, Scopes: s.mcpScopes(), Created: now.Unix(),
		Expires: min(now.Add(s.opts.MCPTokenTTL).Unix(), ti.Expires), Parent: ti.Hash}
	h := account.HashToken(tok)
	if err := s.main.Update(func(tx *store.Tx) error {
		if err := store.SetJSON(tx, store.NewKey("mcptok", h), rec); err != nil {
			return err
		}
		err := tx.Set(store.NewKey("mcpu", u.ID, rec.ID), h)
		return err
	}); err != nil {
		httpError(w, http.StatusInternalServerError, "internal", "could not issue the token; try again")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{"id": rec.ID, "token": tok, "expires": rec.Expires, "scopes": rec.Scopes, "client_confirm": false})
}

// serveMCPTokens lists the user's MCP tokens: GET /api/mcp/tokens.
func (s *Server) serveMCPTokens(w http.ResponseWriter, r *http.Request) {
	u, _, ok := s.worldUser(w, r)
	if !ok {
		return
	}
	live, err := s.mcpTokens(u.ID)
	if err != nil {
		httpError(w, http.StatusInternalServerError, "internal", "could not read your tokens; try again")
		return
	}
	out := []protocol.MCPToken{}
	for _, rec := range live {
		out = append(out, rec.view())
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(map[string]any{"tokens": out})
}

// serveMCPTokenID revokes (DELETE) or changes (PATCH {"client_confirm":
// bool}) one of the user's MCP tokens: /api/mcp/tokens/{id}.
func (s *Server) serveMCPTokenID(w http.ResponseWriter, r *http.Request) {
	u, _, ok := s.worldUser(w, r)
	if !ok {
		return
	}
	id := r.PathValue("id")
	var patch struct {
		ClientConfirm *bool `json:"client_confirm"`
	}
	if r.Method == http.MethodPatch {
		dec := json.NewDecoder(io.LimitReader(r.Body, 1024))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&patch); err != nil || patch.ClientConfirm == nil {
			httpError(w, http.StatusBadRequest, "bad_request", `the body must be {"client_confirm": true} or false`)
			return
		}
	}
	notFound := func() { httpError(w, http.StatusNotFound, "not_found", "you have no MCP token "+truncNonce(id)) }
	if !store.ValidPart(id) {
		notFound()
		return
	}
	var rec mcpTokenRec
	found := false
	err := s.main.Update(func(tx *store.Tx) error {
		k := store.NewKey("mcpu", u.ID, id)
		h, err := tx.Get(k)
		if err != nil {
			return nil // not this user's
		}
		if store.GetJSON(tx, store.NewKey("mcptok", h), &rec) != nil {
			tx.Delete(k)
			return nil
		}
		found = true
		if r.Method == http.MethodDelete {
			tx.Delete(store.NewKey("mcptok", h))
			err := tx.Delete(k)
			return err
		}
		rec.ClientConfirm = *patch.ClientConfirm
		return store.SetJSON(tx, store.NewKey("mcptok", h), rec)
	})
	switch {
	case err != nil:
		httpError(w, http.StatusInternalServerError, "internal", "could not change the token; try again")
	case !found:
		notFound()
	case r.Method == http.MethodDelete:
		s.log.Info("MCP token revoked", "user", u.ID, "token", id)
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(rec.view())
	}
}

// mcpTokenViews are the user's MCP tokens for memories (내 정보).
func (s *Server) mcpTokenViews(user string) []protocol.MCPToken {
	live, _ := s.mcpTokens(user)
	var out []protocol.MCPToken
	for _, rec := range live {
		out = append(out, rec.view())
	}
	return out
}

func (s *Server) verifyMCP(tok string) (mcpTokenRec, error) {
	var rec mcpTokenRec
	if !strings.HasPrefix(tok, mcpTokenPrefix) || len(tok) > 128 {
		return rec, account.ErrBadToken
	}
	err := s.main.ViewFresh(func(tx *store.Tx) error {
		return store.GetJSON(tx, store.NewKey("mcptok", account.HashToken(tok)), &rec)
	})
	if err != nil || rec.Parent == "" { // tokens from before parents were kept: issue a new one
		return rec, account.ErrBadToken
	}
	if s.accts.Clock().Unix() >= rec.Expires {
		return rec, account.ErrTokenExpired
	}
	if _, _, err := s.accts.VerifyHash(rec.Parent); err != nil {
		return rec, account.ErrTokenExpired // the world token it came from is gone
	}
	return rec, nil
}

type mcpUserKey struct{}

// mcpServers are the per-user MCP servers, so shutdown can end their
// sessions (clients that never said goodbye would keep them forever).
type mcpServers struct {
	mu      sync.Mutex
	servers map[string]*mcp.Server
}

func (m *mcpServers) get(user string, make func() *mcp.Server) *mcp.Server {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.servers == nil {
		m.servers = map[string]*mcp.Server{}
	}
	if srv := m.servers[user]; srv != nil {
		return srv
	}
	srv := make()
	m.servers[user] = srv
	return srv
}

func (m *mcpServers) closeAll() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, srv := range m.servers {
		for ss := range srv.Sessions() {
			ss.Close()
		}
	}
}

// mcpHandler is /mcp: bearer MCP token in, one MCP server per user.
func (s *Server) mcpHandler() http.Handler {
	h := mcp.NewStreamableHTTPHandler(func(r *http.Request) *mcp.Server {
		rec, _ := r.Context().Value(mcpUserKey{}).(mcpTokenRec)
		return s.mcpSrv.get(rec.User, func() *mcp.Server { return s.newMCPServer(rec) })
	}, &mcp.StreamableHTTPOptions{SessionTimeout: 30 * time.Minute})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := ""
		if a := r.Header.Get("Authorization"); strings.HasPrefix(a, "Bearer ") {
			tok = strings.TrimSpace(a[len("Bearer "):])
		}
		if strings.HasPrefix(tok, account.TokenPrefix) {
			httpError(w, http.StatusUnauthorized, "wrong_token", "this is a world token; get an MCP token from POST /api/mcp/token")
			return
		}
		rec, err := s.verifyMCP(tok)
		if err != nil || s.avatars == nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="madang-mcp"`)
			httpError(w, http.StatusUnauthorized, "bad_token", "send Authorization: Bearer mcp_… (POST /api/mcp/token issues one)")
			return
		}
		h.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), mcpUserKey{}, rec)))
	})
}

// newMCPServer exposes the Host's tools to one user.
func (s *Server) newMCPServer(rec mcpTokenRec) *mcp.Server {
	srv := mcp.NewServer(&mcp.Implementation{Name: "madang", Version: "1"}, nil)
	host := s.avatars.host
	for _, t := range host.Tools() {
		if strings.HasPrefix(string(t.Skill), "mcp.") || t.NoMCP {
			continue // external tools stay inside Madang (no proxying third parties); NoMCP tools opted out
		}
		tool := t
		desc := tool.Description
		if tool.Effect == skills.Irreversible {
			desc += " Irreversible: the user confirms it first, on a card in Madang (or in this client, if they allowed it for this token)."
		}
		mt := &mcp.Tool{Name: tool.Name, Description: desc, InputSchema: json.RawMessage(tool.Schema),
			Annotations: &mcp.ToolAnnotations{ReadOnlyHint: tool.Effect == skills.Read}}
		out := mcpOutputSchema(tool)
		typed := out != nil
		if typed {
			mt.OutputSchema = out
		}
		srv.AddTool(mt,
			func(ctx context.Context, req *mcp.CallToolRequest) (res *mcp.CallToolResult, err error) {
				defer func() {
					if v := recover(); v != nil {
						s.contained("mcp", v, nil, "")
						res = mcpText(true, "internal error; it was logged and nothing else was affected")
					}
				}()
				// The token is checked on every call: a revoked one, or
				// one whose world token expired, stops at once, and its
				// client_confirm setting is the current one.
				cur, err := s.verifyMCP(bearer(req.Extra))
				if err != nil || cur.User != rec.User {
					return mcpText(true, "this MCP token was revoked or has expired; get a new one (POST /api/mcp/token)"), nil
				}
				return s.mcpCall(ctx, req, cur, tool, typed), nil
			})
	}
	return srv
}

// mcpCall runs one /mcp call; typed says the tool has an outputSchema, so
// a result goes out as structuredContent too.
func (s *Server) mcpCall(ctx context.Context, req *mcp.CallToolRequest, rec mcpTokenRec, t *skills.Tool, typed bool) *mcp.CallToolResult {
	caller := skills.Caller{UserID: rec.User, Name: rec.Name, Scopes: rec.Scopes, Channel: "mcp"}
	ctx = skills.WithCaller(ctx, caller)
	args := json.RawMessage(req.Params.Arguments)
	key := store.NewID("mcp-")
	host := s.avatars.host
	res := host.Call(ctx, t.Name, args, skills.CallOptions{IdempotencyKey: key})
	if res.Status == skills.StatusPending {
		p := res.Confirmation
		caps := req.Session.InitializeParams().Capabilities
		if rec.ClientConfirm && caps != nil && caps.Elicitation != nil {
			ok, err := s.elicitConfirm(ctx, req.Session, p)
			switch {
			case err != nil:
				return mcpText(true, "could not ask the user to confirm: "+err.Error()+"; nothing was done")
			case !ok:
				out := mcpText(false, "the user declined; nothing was done")
				out.StructuredContent = map[string]any{"status": "declined", "summary": p.Summary.Text}
				return out
			}
			res = host.Call(ctx, t.Name, args, skills.CallOptions{IdempotencyKey: key, Confirmation: p.Nonce})
		} else {
			// No elicitation: the user confirms in the world, on a card.
			s.avatars.addMCPPending(p, rec, t.Name, args, key)
			out := mcpText(false, fmt.Sprintf("Waiting for %s to confirm in Madang: %s (nothing happens until they press Confirm).", rec.Name, p.Summary.Text))
			out.StructuredContent = map[string]any{"status": "pending_confirmation", "summary": p.Summary.Text, "expires": p.Expires.UnixMilli()}
			return out
		}
	}
	if res.Error != nil {
		return mcpText(true, res.Error.Code+": "+res.Error.Message)
	}
	out := mcpText(false, string(res.Data))
	if typed {
		// The result's type is an object (its Output schema says so):
		// clients that read structuredContent get it as declared.
		var structured map[string]any
		if err := json.Unmarshal(res.Data, &structured); err != nil {
			s.log.Error("MCP result does not match its output schema", "tool", t.Name, "err", err)
			return mcpText(true, "internal: the result of "+t.Name+" could not be read; it was logged")
		}
		out.StructuredContent = structured
	}
	return out
}

// mcpUnsettled is the structuredContent of an irreversible call that did
// not run: it waits for the user's Confirm in the world, or the user
// declined when their MCP client asked.
const mcpUnsettled = `{"type":"object","properties":{"status":{"enum":["pending_confirmation","declined"]},` +
	`"summary":{"type":"string"},"expires":{"type":"integer"}},"required":["status","summary"],"additionalProperties":false}`

// mcpOutputSchema is the outputSchema /mcp offers for t: its result type
// (skills.Tool.Output) when that is an object, as MCP clients expect of an
// output schema, or nil. An irreversible tool may also answer that the
// call is unsettled (mcpUnsettled), so its schema admits either.
func mcpOutputSchema(t *skills.Tool) json.RawMessage {
	if len(t.Output) == 0 {
		return nil
	}
	var top struct {
		Type any `json:"type"`
	}
	if err := json.Unmarshal(t.Output, &top); err != nil || top.Type != "object" {
		return nil // a list or a scalar: the text content carries it
	}
	if t.Effect != skills.Irreversible {
		return t.Output
	}
	return json.RawMessage(`{"type":"object","anyOf":[` + string(t.Output) + `,` + mcpUnsettled + `]}`)
}

// bearer is the bearer token of the HTTP request an MCP call came in.
func bearer(x *mcp.RequestExtra) string {
	if x == nil || x.Header == nil {
		return ""
	}
	if a := x.Header.Get("Authorization"); strings.HasPrefix(a, "Bearer ") {
		return strings.TrimSpace(a[len("Bearer "):])
	}
	return ""
}

func mcpText(isErr bool, text string) *mcp.CallToolResult {
	return &mcp.CallToolResult{IsError: isErr, Content: []mcp.Content{&mcp.TextContent{Text: text}}}
}

// elicitConfirm asks the user, through the MCP client, to confirm p with
// every parameter shown.
func (s *Server) elicitConfirm(ctx context.Context, ss *mcp.ServerSession, p *skills.Pending) (bool, error) {
	var b strings.Builder
	b.WriteString(p.Summary.Text)
	for _, f := range p.Summary.Fields {
		fmt.Fprintf(&b, "\n%s: %s", f.Label, f.Value)
	}
	// p.Expires is on the world's clock (a server started with -now runs
	// from another day): the time left is measured on it too, not on the
	// machine's, or every elicitation of a world set in the past timed out
	// at once.
	ctx, cancel := context.WithTimeout(ctx, p.Expires.Sub(s.opts.Clock.Now()))
	defer cancel()
	res, err := ss.Elicit(ctx, &mcp.ElicitParams{Message: b.String(), RequestedSchema: json.RawMessage(
		`{"type":"object","properties":{"confirm":{"type":"boolean","title":"Confirm","description":"Do it"}},"required":["confirm"]}`)})
	if err != nil {
		return false, err
	}
	if res.Action != "accept" {
		return false, nil
	}
	v, _ := res.Content["confirm"].(bool)
	return v, nil
}

// mcpPending is an irreversible MCP call waiting for the user's Confirm in
// the world.
type mcpPending struct {
	user, tool, key string
	args            json.RawMessage
	expires         time.Time
}

func (h *avatarHub) addMCPPending(p *skills.Pending, rec mcpTokenRec, tool string, args json.RawMessage, key string) {
	h.mu.Lock()
	if h.mcpPending == nil {
		h.mcpPending = map[string]mcpPending{}
	}
	h.mcpPending[p.Nonce] = mcpPending{user: rec.User, tool: tool, key: key, args: args, expires: p.Expires}
	h.mu.Unlock()
	req := agents.ConfirmRequestFor(p)
	req.Action, req.Summary = tool, "MCP: "+req.Summary
	h.srv.sendUser(rec.User, protocol.MustEncode(protocol.TypeConfirmReq, "", &req))
}

// confirmMCP settles a pending MCP call from the world's Confirm/Cancel;
// ok is false when nonce is not an MCP one.
func (h *avatarHub) confirmMCP(sess *Session, nonce string, accept bool) (handled bool, perr *protocol.Error) {
	h.mu.Lock()
	p, ok := h.mcpPending[nonce]
	if ok && p.user == sess.user.ID {
		delete(h.mcpPending, nonce)
	}
	h.mu.Unlock()
	if !ok {
		return false, nil
	}
	if p.user != sess.user.ID {
		return true, protocol.Errorf(protocol.CodeUnknownConfirmation, "no pending confirmation for you")
	}
	// The session does not know which language the user reads (the
	// conversation does), and the notice reaches all their tabs: both.
	notice := &protocol.Notice{Kind: "mcp", At: time.Now().UnixMilli()}
	if !accept {
		notice.Text = "MCP: " + p.tool + " — " + words.Both("mcp.cancelled")
	} else {
		ctx := skills.WithCaller(context.Background(), skills.Caller{UserID: sess.user.ID, Name: sess.user.Name, Scopes: h.srv.mcpScopes(), Channel: "mcp"})
		res := h.host.Call(ctx, p.tool, p.args, skills.CallOptions{IdempotencyKey: p.key, Confirmation: nonce})
		if res.Error != nil {
			notice.Text = "MCP: " + p.tool + " — " + words.Both("mcp.failed", "message", res.Error.Message)
		} else {
			notice.Text = "MCP: " + p.tool + " — " + words.Both("mcp.done")
			notice.Data = map[string]any{"result": json.RawMessage(res.Data)}
		}
	}
	h.srv.sendUser(sess.user.ID, protocol.MustEncode(protocol.TypeNotice, "", notice))
	return true, nil
}

// SkillsAudit returns the skills' audit log, oldest first (operators and
// tests): every tool call with its user, channel (avatar, mcp) and outcome.
func (s *Server) SkillsAudit() []skills.AuditEntry {
	if s.avatars == nil {
		return nil
	}
	return s.avatars.host.Audit()
}

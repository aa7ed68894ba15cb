package mcpsrc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/madang-world/madang/skills"
)

// Config is the MCP sources file (e.g. mcp.json).
type Config struct {
	Sources []Source `json:"sources"`
}

// LoadConfig reads and checks a sources file. Unknown fields are errors.
func LoadConfig(path string) (Config, error) {
	var c Config
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	seen := map[string]bool{}
	for i := range c.Sources {
		if err := c.Sources[i].Validate(); err != nil {
			return c, fmt.Errorf("%s: %w", path, err)
		}
		if seen[c.Sources[i].Name] {
			return c, fmt.Errorf("%s: two sources are named %s", path, c.Sources[i].Name)
		}
		seen[c.Sources[i].Name] = true
	}
	return c, nil
}

// SkillID is the skill a source's tools belong to (what avatars are
// granted): "mcp.<name>".
func SkillID(source string) skills.ID { return skills.ID("mcp." + source) }

// Manager keeps a Host's MCP skills in line with a sources file: sources
// added, changed or removed in the file take effect at the next Reload
// (Watch calls it when the file changes), without restarting the server.
type Manager struct {
	path string
	host *skills.Host
	log  *slog.Logger

	mu      sync.Mutex
	ids     *Pseudonyms // made at the first Reload from the host's secret
	running map[string]running
	modTime time.Time
}

type running struct {
	src  []byte // the source's configuration, to notice changes
	conn *Conn
}

// NewManager manages host's MCP skills from the file at path.
func NewManager(path string, host *skills.Host, log *slog.Logger) *Manager {
	if log == nil {
		log = slog.Default()
	}
	return &Manager{path: path, host: host, log: log, running: map[string]running{}}
}

// Reload applies the file. A source that cannot be reached is logged and
// left out (the others still load); it is tried again at the next Reload.
func (m *Manager) Reload(ctx context.Context) error {
	cfg, err := LoadConfig(m.path)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ids == nil {
		secret, err := m.host.Secret(SecretName)
		if err != nil {
			return err
		}
		if m.ids, err = NewPseudonyms(secret); err != nil {
			return err
		}
	}
	want := map[string]Source{}
	for _, s := range cfg.Sources {
		want[s.Name] = s
	}
	for name, r := range m.running {
		b, _ := json.Marshal(want[name])
		if _, ok := want[name]; !ok || !bytes.Equal(b, r.src) {
			m.host.Remove(SkillID(name))
			delete(m.running, name)
			m.log.Info("mcp source removed", "source", name)
		}
	}
	for name, src := range want {
		if _, ok := m.running[name]; ok {
			continue
		}
		conn, err := Dial(ctx, src)
		if err != nil {
			m.log.Error("mcp source unavailable", "source", name, "err", err)
			continue
		}
		tools, refused := conn.Tools(func(n string) bool { _, ok := m.host.Tool(n); return ok }, m.ids)
		for _, r := range refused {
			m.log.Warn("mcp tool not offered", "source", name, "tool", r.Tool, "why", r.Why)
		}
		if err := m.host.Add(SkillID(name), NewSkill(conn, tools)); err != nil {
			conn.Close()
			m.log.Error("mcp source refused", "source", name, "err", err)
			continue
		}
		b, _ := json.Marshal(src)
		m.running[name] = running{src: b, conn: conn}
		m.log.Info("mcp source added", "source", name, "tools", len(tools))
	}
	return nil
}

// Watch reloads whenever the file's modification time changes, until ctx
// ends.
func (m *Manager) Watch(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st, err := os.Stat(m.path)
		if err != nil {
			continue
		}
		m.mu.Lock()
		changed := !st.ModTime().Equal(m.modTime)
		m.modTime = st.ModTime()
		m.mu.Unlock()
		if changed {
			if err := m.Reload(ctx); err != nil {
				m.log.Error("mcp sources", "err", err)
			}
		}
	}
}

// Close stops every source.
func (m *Manager) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for name := range m.running {
		m.host.Remove(SkillID(name))
	}
	m.running = map[string]running{}
}

package mcpsrc

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/madang-world/madang/skills"
)

// FileSource is a sources file as the server receives it
// (server.Options.Sources): the program names the file, the server hands
// over its skills Host once it exists, and the file is re-read when it
// changes, so sources come and go without a restart.
type FileSource struct {
	path  string
	every time.Duration
	m     *Manager
}

// File returns the source of the MCP sources file at path.
func File(path string) *FileSource { return &FileSource{path: path, every: 2 * time.Second} }

// Load starts the file's sources on host. A source that cannot be reached
// is logged and tried again later; a broken file is an error.
func (f *FileSource) Load(ctx context.Context, host *skills.Host, log *slog.Logger) error {
	f.m = NewManager(f.path, host, log)
	if err := f.m.Reload(ctx); err != nil {
		return fmt.Errorf("mcp sources %s: %w", f.path, err)
	}
	return nil
}

// Watch re-reads the file when it changes, until ctx ends.
func (f *FileSource) Watch(ctx context.Context) { f.m.Watch(ctx, f.every) }

// Close stops every source.
func (f *FileSource) Close() {
	if f.m != nil {
		f.m.Close()
	}
}

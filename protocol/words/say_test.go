package words

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestSay: placeholders are filled, Korean particles fit the value that
// ends up before them, English has none, and mistakes stay visible.
func TestSay(t *testing.T) {
	for _, c := range []struct {
		lang, id string
		kv       []any
		want     string
	}{
		{"ko", "mcp.generic_summary", []any{"source", "mcplib", "tool", "reserve"}, "외부 도구 mcplib의 reserve를 실행합니다."},
		{"ko", "mcp.generic_summary", []any{"source", "도서관", "tool", "book_return"}, "외부 도구 도서관의 book_return을 실행합니다."},
		{"ko", "mcp.generic_summary", []any{"source", "식당", "tool", "예약"}, "외부 도구 식당의 예약을 실행합니다."},
		{"en", "mcp.generic_summary", []any{"source", "mcplib", "tool", "reserve"}, "Run reserve from mcplib."},
		{"", "class.hand_seen", []any{"pos", 2}, "손 드신 것 봤어요. 2번째 순서예요. 차례가 되면 알려 드릴게요."},
		{"ja", "brain.ok", nil, "알겠어요."}, // Korean first: a language without a catalog gets Korean
		{"en", "class.wrong", []any{"expected", "x = 4"}, "Not quite: x = 4. "},
		{"ko", "class.wrong", nil, "아쉬워요, 정답은 {expected}. "}, // a forgotten value shows
		{"ko", "no.such.message", nil, "no.such.message"},
	} {
		if got := Say(c.lang, c.id, c.kv...); got != c.want {
			t.Errorf("Say(%q, %q, %v) = %q, want %q", c.lang, c.id, c.kv, got, c.want)
		}
	}
	if got, want := Both("mcp.done"), "완료했어요. · Done."; got != want {
		t.Errorf("Both = %q, want %q", got, want)
	}
}

// TestCatalogsAgree: every message exists in both languages with the same
// placeholders; Korean particle pairs are ones Josa knows; English has no
// particles.
func TestCatalogsAgree(t *testing.T) {
	ko, en := IDs("ko"), IDs("en")
	if strings.Join(ko, ",") != strings.Join(en, ",") {
		t.Fatalf("the catalogs have different ids:\nko %v\nen %v", ko, en)
	}
	for _, id := range ko {
		kp, _ := Placeholders("ko", id)
		ep, _ := Placeholders("en", id)
		if names(kp) != names(ep) {
			t.Errorf("%s: ko takes %s, en takes %s", id, names(kp), names(ep))
		}
		for name, pair := range kp {
			if _, ok := particles[pair]; pair != "" && !ok {
				t.Errorf("%s: {%s|%s}: not a particle pair Josa knows", id, name, pair)
			}
		}
		for name, pair := range ep {
			if pair != "" {
				t.Errorf("%s (en): {%s|%s}: English has no particles", id, name, pair)
			}
		}
	}
}

func names(m map[string]string) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

var idRe = regexp.MustCompile(`^[a-z_]+(\.[a-z_]+)+$`)

// TestCallsMatchCatalog reads every Go file of the module: each call of a
// function named Say, say or Both with a message id (a string literal like
// "brain.failed") names a message that exists, and gives exactly its
// placeholders as literal names. So a typo, a forgotten value or a
// renamed placeholder fails here, not in front of a user.
func TestCallsMatchCatalog(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	calls := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "say_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var fn string
			switch x := call.Fun.(type) {
			case *ast.Ident:
				fn = x.Name
			case *ast.SelectorExpr:
				fn = x.Sel.Name
			}
			if fn != "Say" && fn != "say" && fn != "Both" {
				return true
			}
			for i, a := range call.Args {
				lit, ok := a.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				id, _ := strconv.Unquote(lit.Value)
				if !idRe.MatchString(id) {
					continue
				}
				calls++
				pos := fset.Position(call.Pos())
				want, ok := Placeholders("ko", id)
				if !ok {
					t.Errorf("%s: %s(%q): no such message in protocol/words/messages", pos, fn, id)
					return true
				}
				got := map[string]string{}
				rest := call.Args[i+1:]
				for j := 0; j < len(rest); j += 2 {
					k, ok := rest[j].(*ast.BasicLit)
					if !ok {
						if _, spread := rest[j].(*ast.Ident); spread && call.Ellipsis.IsValid() {
							return true // kv... passed through a wrapper: checked at its callers
						}
						t.Errorf("%s: %s(%q): placeholder names must be string literals", pos, fn, id)
						return true
					}
					name, _ := strconv.Unquote(k.Value)
					got[name] = ""
				}
				if names(got) != names(want) {
					t.Errorf("%s: %s(%q) gives {%s}; the message takes {%s}", pos, fn, id, names(got), names(want))
				}
				return true
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls < len(IDs("ko"))/2 {
		t.Errorf("only %d calls of the catalog found: is the scan reading the module?", calls)
	}
}

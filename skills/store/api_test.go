package store

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
)

// countingLog is a memLog that counts the entries appended through it.
type countingLog struct {
	*memLog
	appends atomic.Int64
}

func (l *countingLog) Append(file string, expect uint64, entry []byte) (uint64, error) {
	seq, err := l.memLog.Append(file, expect, entry)
	if err == nil {
		l.appends.Add(1)
	}
	return seq, err
}

// TestEveryWriteIsReplicated: every write made through the API — Update
// and Write, Set, SetJSON and Delete, on a durable file — reaches the
// replication log; a Tx kept beyond its function, a write in View and a
// write of the store's own key reach neither the log nor the file. The
// log replayed from empty equals the writer's file, and so does a second
// replica that follows it.
func TestEveryWriteIsReplicated(t *testing.T) {
	log := &countingLog{memLog: newMemLog()}
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	d.Replicator = log
	a, err := d.Open("x.db", Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}

	var leaked *Tx
	writes := []func() error{
		func() error {
			return a.Update(func(tx *Tx) error {
				leaked = tx
				for i := range 3 {
					if err := SetJSON(tx, NewKey("bk", strconv.Itoa(i)), map[string]string{"who": "민지", "room": "r0" + strconv.Itoa(i)}); err != nil {
						return err
					}
				}
				return tx.Set(NewKey("secret"), "0123abcd")
			})
		},
		func() error {
			wait, err := a.Write(func(tx *Tx) error { return SetJSON(tx, NewKey("seat", "r01"), "Alice") })
			if err != nil {
				return err
			}
			return wait()
		},
		func() error { return a.Update(func(tx *Tx) error { return tx.Delete(NewKey("bk", "1")) }) },
		func() error {
			return a.Update(func(tx *Tx) error {
				var keys []Key
				if err := tx.Scan(NewKey("bk"), func(k Key, _ string) bool { keys = append(keys, k); return true }); err != nil {
					return err
				}
				for _, k := range keys {
					if err := tx.Delete(k); err != nil {
						return err
					}
				}
				return SetJSON(tx, NewKey("bk", "moved"), len(keys))
			})
		},
	}
	for i, w := range writes {
		if err := w(); err != nil {
			t.Fatalf("write %d: %v", i, err)
		}
	}
	if got := log.appends.Load(); got != int64(len(writes)) {
		t.Fatalf("%d entries appended for %d writing transactions", got, len(writes))
	}

	// Writes that must not happen, and not reach the log.
	if err := leaked.Set(NewKey("late"), "x"); !errors.Is(err, ErrTxDone) {
		t.Fatalf("a Tx used after its function: %v, want ErrTxDone", err)
	}
	if err := a.View(func(tx *Tx) error { return tx.Set(NewKey("ro"), "x") }); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("a write in View: %v, want ErrReadOnly", err)
	}
	reserved := NewKey(strings.Split(appliedKey, ":")...)
	if err := a.Update(func(tx *Tx) error { return tx.Set(reserved, "1") }); !errors.Is(err, ErrReservedKey) {
		t.Fatalf("a write of the log position: %v, want ErrReservedKey", err)
	}
	if got := log.appends.Load(); got != int64(len(writes)) {
		t.Fatalf("refused writes appended entries: %d, want %d", got, len(writes))
	}

	// The log, replayed from empty, is the writer's file.
	replayed := map[string]string{}
	for _, e := range log.entries["x.db"] {
		ops, err := decodeOps(e.data)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range ops {
			if o.V == nil {
				delete(replayed, o.K)
			} else {
				replayed[o.K] = *o.V
			}
		}
	}
	local := dumpDB(a)
	if !maps.Equal(replayed, local) {
		t.Fatalf("the log replays to\n%q\nthe writer's file holds\n%q", replayed, local)
	}
	var moved int
	if err := a.View(func(tx *Tx) error { return GetJSON(tx, NewKey("bk", "moved"), &moved) }); err != nil || moved != 2 {
		t.Fatalf("bk:moved = %d, %v (want 2: three bookings, one deleted)", moved, err)
	}
	if len(local) != 3 { // secret, seat:r01, bk:moved
		t.Fatalf("writer's file holds %q", local)
	}

	b := openReplica(t, log)
	if err := b.CatchUp(); err != nil {
		t.Fatal(err)
	}
	if other := dumpDB(b); !maps.Equal(other, local) {
		t.Fatalf("a second replica holds\n%q\nthe writer\n%q", other, local)
	}
}

// TestKeyParts: a key scanned back gives the parts it was built from.
func TestKeyParts(t *testing.T) {
	db, err := OpenMemory(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("rem", "ev_1", "u.2"), true) }); err != nil {
		t.Fatal(err)
	}
	var got []string
	db.View(func(tx *Tx) error {
		return tx.Scan(NewKey("rem"), func(k Key, _ string) bool { got = k.Parts(); return true })
	})
	if strings.Join(got, "|") != "rem|ev_1|u.2" {
		t.Fatalf("parts %q", got)
	}
	if !(Key{}).IsZero() || NewKey("a").IsZero() {
		t.Fatal("IsZero")
	}
	if err := db.Update(func(tx *Tx) error { return tx.Set(Key{}, "x") }); err == nil {
		t.Fatal("a write of the zero Key was accepted")
	}
}

// TestAPIHidesBuntdb: no exported function, method, field or type of
// this package mentions buntdb, and no package of the module outside
// skills/store imports it — so every transaction goes through DB's
// methods (replication, group commit, transaction markers).
func TestAPIHidesBuntdb(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	mentions := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := s.X.(*ast.Ident); ok && id.Name == "buntdb" {
					found = true
				}
			}
			return !found
		})
		return found
	}
	exportedRecv := func(fd *ast.FuncDecl) bool {
		if fd.Recv == nil {
			return true
		}
		typ := fd.Recv.List[0].Type
		if st, ok := typ.(*ast.StarExpr); ok {
			typ = st.X
		}
		id, ok := typ.(*ast.Ident)
		return ok && id.IsExported()
	}
	for _, pkg := range pkgs {
		for name, f := range pkg.Files {
			for _, decl := range f.Decls {
				switch d := decl.(type) {
				case *ast.FuncDecl:
					if d.Name.IsExported() && exportedRecv(d) && mentions(d.Type) {
						t.Errorf("%s: %s exposes buntdb", name, d.Name.Name)
					}
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch s := spec.(type) {
						case *ast.TypeSpec:
							if !s.Name.IsExported() {
								continue
							}
							if st, ok := s.Type.(*ast.StructType); ok {
								for _, fld := range st.Fields.List {
									for _, fn := range fld.Names {
										if fn.IsExported() && mentions(fld.Type) {
											t.Errorf("%s: %s.%s exposes buntdb", name, s.Name.Name, fn.Name)
										}
									}
									if len(fld.Names) == 0 && mentions(fld.Type) {
										t.Errorf("%s: %s embeds buntdb", name, s.Name.Name)
									}
								}
							} else if mentions(s.Type) {
								t.Errorf("%s: type %s exposes buntdb", name, s.Name.Name)
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() && s.Type != nil && mentions(s.Type) {
									t.Errorf("%s: %s exposes buntdb", name, n.Name)
								}
							}
						}
					}
				}
			}
		}
	}

	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not at %s: %v", root, err)
	}
	own := filepath.Join(root, "skills", "store")
	files := 0
	err = filepath.WalkDir(root, func(path string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() {
			if n := de.Name(); path == own || n == "node_modules" || n == "testdata" || (strings.HasPrefix(n, ".") && path != root) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		files++
		for _, im := range f.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); strings.HasPrefix(p, "github.com/tidwall/buntdb") {
				rel, _ := filepath.Rel(root, path)
				t.Errorf("%s imports %s: go through skills/store's DB and Tx", rel, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("walked only %d Go files under %s", files, root)
	}
}

package store

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/tidwall/buntdb"
)

// fillOld writes n records under first key part first into the file name
// of dir, as a program before Share would have, and closes it.
func fillOld(t *testing.T, dir, name, first string, n int) {
	t.Helper()
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	db, err := d.Open(name, Options{Durable: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i += 500 {
		err := db.Update(func(tx *Tx) error {
			for j := i; j < min(i+500, n); j++ {
				if err := SetJSON(tx, NewKey(first, strconv.Itoa(j)), oldValue(name, j)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func oldValue(name string, j int) string { return fmt.Sprintf("%s 기록 %d", name, j) }

// checkOld checks every record fillOld wrote is readable through db.
func checkOld(t *testing.T, db *DB, name, first string, n int) {
	t.Helper()
	got := 0
	err := db.View(func(tx *Tx) error {
		return tx.Scan(NewKey(first), func(k Key, v string) bool {
			var s string
			j, _ := strconv.Atoi(k.Parts()[1])
			if err := Unmarshal(k, v, &s); err != nil || s != oldValue(name, j) {
				t.Errorf("%s: %s = %q (%v), want %q", name, k, s, err, oldValue(name, j))
			}
			got++
			return true
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != n {
		t.Errorf("%s: %d of its %d records in the shared file", name, got, n)
	}
}

// TestShareMovesOldFiles: names given to Share that have files of their
// own are moved into the shared file at its first open — every record,
// with its checksum — and their files are kept as <name>.migrated; the
// names then commit through one group commit (one fsync covers both),
// and a second open moves nothing again.
func TestShareMovesOldFiles(t *testing.T) {
	dir := t.TempDir()
	fillOld(t, dir, "conversations.db", "conv", 2500) // three copy batches
	fillOld(t, dir, "skills.db", "idem", 10)
	open := func() (*Dir, *DB, *DB, *DB) {
		d, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Share("turns.db", "conversations.db", "skills.db", "tutoring.db"); err != nil {
			t.Fatal(err)
		}
		d.SharedCommitDelay = 300 * time.Microsecond
		var dbs []*DB
		for _, n := range []string{"conversations.db", "skills.db", "tutoring.db"} {
			db, err := d.Open(n, Options{Durable: true})
			if err != nil {
				t.Fatal(err)
			}
			dbs = append(dbs, db)
		}
		return d, dbs[0], dbs[1], dbs[2]
	}
	d, conv, sk, tut := open()
	checkOld(t, conv, "conversations.db", "conv", 2500)
	checkOld(t, sk, "skills.db", "idem", 10)
	for _, n := range []string{"conversations.db", "skills.db"} {
		if _, err := os.Stat(filepath.Join(dir, n)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s is still there after the move (%v)", n, err)
		}
		if _, err := os.Stat(filepath.Join(dir, n+".migrated")); err != nil {
			t.Errorf("%s was not kept as %s.migrated: %v", n, n, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "tutoring.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("tutoring.db, which had no file, has one: %v", err)
	}
	if conv.gs.delay != 300*time.Microsecond || !conv.SameFile(tut) {
		t.Errorf("the shared file's commit window is %v, want SharedCommitDelay's 300µs (same file: %v)", conv.gs.delay, conv.SameFile(tut))
	}
	if conv.Path() != filepath.Join(dir, "turns.db") || sk.Path() != conv.Path() {
		t.Errorf("paths %s and %s, want both turns.db", conv.Path(), sk.Path())
	}
	// Writes of two names waiting at once share one fsync.
	c0, s0 := conv.SyncStats()
	w1, err := tut.Write(func(tx *Tx) error { return SetJSON(tx, NewKey("prog", "s1"), "진도") })
	if err != nil {
		t.Fatal(err)
	}
	w2, err := sk.Write(func(tx *Tx) error { return SetJSON(tx, NewKey("audit", "1"), "감사") })
	if err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(w1(), w2()); err != nil {
		t.Fatal(err)
	}
	if c, s := conv.SyncStats(); c-c0 != 2 || s-s0 != 1 {
		t.Errorf("two names' commits: %d commits, %d fsyncs; want 2 and 1", c-c0, s-s0)
	}
	// A name's scan sees its own keys only.
	n := 0
	tut.View(func(tx *Tx) error {
		return tx.Scan(NewKey("prog"), func(Key, string) bool { n++; return true })
	})
	if n != 1 {
		t.Errorf("tutoring's scan of prog: %d keys, want 1", n)
	}
	// Closing one name leaves the others working.
	if err := tut.Close(); err != nil {
		t.Fatal(err)
	}
	if err := conv.Update(func(tx *Tx) error { return SetJSON(tx, NewKey("conv", "0"), "새 값") }); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopened: nothing is moved again (the .migrated files stay as they
	// are), and the value written after the move is kept.
	d, conv, sk, _ = open()
	defer d.Close()
	var s string
	if err := conv.View(func(tx *Tx) error { return GetJSON(tx, NewKey("conv", "0"), &s) }); err != nil || s != "새 값" {
		t.Errorf("conv:0 after reopening = %q (%v), want the value written after the move", s, err)
	}
	if err := sk.View(func(tx *Tx) error { return GetJSON(tx, NewKey("audit", "1"), &s) }); err != nil || s != "감사" {
		t.Errorf("audit:1 after reopening = %q (%v)", s, err)
	}
}

// TestShareRefusesCollision: two files whose keys start alike are not
// moved into one file (their records would overwrite each other); both
// stay as they were.
func TestShareRefusesCollision(t *testing.T) {
	dir := t.TempDir()
	fillOld(t, dir, "a.db", "same", 3)
	fillOld(t, dir, "b.db", "same", 3)
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Share("s.db", "a.db", "b.db"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Open("a.db", Options{Durable: true}); !errors.Is(err, ErrShareCollision) {
		t.Fatalf("opening a.db: %v, want ErrShareCollision", err)
	}
	for _, n := range []string{"a.db", "b.db"} {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s: %v, want it left in place", n, err)
		}
	}
	if _, err := d.Open("x.db", Options{}); err != nil {
		t.Fatal(err)
	}
	if err := d.Share("t.db", "x.db", "y.db"); err == nil {
		t.Error("Share of a name already open: no error")
	}
	if err := d.Share("u.db", "a.db", "c.db"); err == nil {
		t.Error("a name shared twice: no error")
	}
	if err := d.Share("v.db", "c.db", "e.db"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Open("c.db", Options{}); err == nil {
		t.Error("a shared name opened not durable: no error")
	}
}

// TestCrashDuringMove kills the process (SIGKILL) at every step of a move
// into a shared file — between copy batches, after the copy, between the
// old files' renames — and checks that the next open finds every record
// of both old files exactly once, in the shared file, whatever step the
// kill came at.
func TestCrashDuringMove(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	steps := []string{"batch:1", "batch:2", "batch:4", "copied:1", "renamed:1", "renamed:2"}
	for _, step := range steps {
		t.Run(strings.ReplaceAll(step, ":", "="), func(t *testing.T) {
			dir := t.TempDir()
			fillOld(t, dir, "conversations.db", "conv", 2200)
			fillOld(t, dir, "skills.db", "idem", 700)
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "MADANG_STORE_MOVE_CHILD="+dir, "MADANG_STORE_MOVE_KILL="+step)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("the child was not killed at %s: %v: %s", step, err, out)
			}
			d, err := OpenDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if err := d.Share("turns.db", "conversations.db", "skills.db"); err != nil {
				t.Fatal(err)
			}
			conv, err := d.Open("conversations.db", Options{Durable: true})
			if err != nil {
				t.Fatalf("reopening after a kill at %s: %v", step, err)
			}
			sk, err := d.Open("skills.db", Options{Durable: true})
			if err != nil {
				t.Fatal(err)
			}
			checkOld(t, conv, "conversations.db", "conv", 2200)
			checkOld(t, sk, "skills.db", "idem", 700)
			for _, n := range []string{"conversations.db", "skills.db"} {
				if _, err := os.Stat(filepath.Join(dir, n)); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("%s is still there after the move finished", n)
				}
			}
		})
	}
}

// moveChild opens dir's shared file and kills itself at the step named by
// MADANG_STORE_MOVE_KILL ("batch:2": the second copy batch about to start).
func moveChild(dir, kill string) {
	step, nth, _ := strings.Cut(kill, ":")
	want, _ := strconv.Atoi(nth)
	seen := map[string]int{}
	moveHook = func(s string) {
		if seen[s]++; s == step && seen[s] == want {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		}
	}
	d, err := OpenDir(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := d.Share("turns.db", "conversations.db", "skills.db"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if _, err := d.Open("skills.db", Options{Durable: true}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Fprintln(os.Stderr, "the move ended before step", kill)
	os.Exit(4)
}

// sharedCrashChild runs crashWriters writers on two names of one shared
// file until it is killed. Writer transaction k writes three keys of
// x.db (first part "t") when k is even, of y.db ("u") when odd; every
// seventh fails after writing them. It prints as crashWriterChild does.
func sharedCrashChild(dir string, base int) {
	d, err := OpenDir(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	d.CommitDelay = MaxCommitDelay
	if err := d.Share("s.db", "x.db", "y.db"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var dbs [2]*DB
	for i, n := range []string{"x.db", "y.db"} {
		if dbs[i], err = d.Open(n, Options{Durable: true}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	var next atomic.Int64
	next.Store(int64(base))
	var out sync.Mutex
	say := func(s string) {
		out.Lock()
		os.Stdout.WriteString(s)
		out.Unlock()
	}
	errFail := errors.New("fails after writing")
	var wg sync.WaitGroup
	for range crashWriters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1))
				say(fmt.Sprintf("b %d\n", k))
				first := []string{"t", "u"}[k%2]
				err := dbs[k%2].Update(func(tx *Tx) error {
					for _, p := range []string{"a", "b", "c"} {
						if err := tx.Set(NewKey(first, strconv.Itoa(k), p), crashValue(k, p)); err != nil {
							return err
						}
					}
					if k%7 == 0 {
						return errFail
					}
					return nil
				})
				switch {
				case err == nil:
					say(fmt.Sprintf("a %d\n", k))
				case errors.Is(err, errFail):
					say(fmt.Sprintf("f %d\n", k))
				default:
					fmt.Fprintln(os.Stderr, err)
					os.Exit(3)
				}
			}
		}()
	}
	wg.Wait()
}

// TestCrashKillSharedFile kills (SIGKILL) a process whose 64 writers
// commit to two names of one shared file, while at least 50 of them are
// inside Update, and checks after reopening that every acknowledged
// transaction of either name is whole, under its own name's keys, no
// failed one left anything and none is half there. MADANG_CRASH_KILLS
// sets the number of kills, as for TestCrashKillGroupCommit.
func TestCrashKillSharedFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	kills := 3
	if os.Getenv("MADANG_TEST_LONG") != "" {
		kills = 20
	}
	if v := os.Getenv("MADANG_CRASH_KILLS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("MADANG_CRASH_KILLS=%q: want a positive number", v)
		}
		kills = n
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(22, 8))
	acked, failed, begun := map[int]bool{}, map[int]bool{}, map[int]bool{}
	minFlight := crashWriters
	for round := range kills {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "MADANG_STORE_SHARED_CHILD="+dir, fmt.Sprintf("MADANG_STORE_CRASH_BASE=%d", round*10_000_000))
		var stderr strings.Builder
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		after := 100 + rng.IntN(900)
		flight, acks, killed := 0, 0, false
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			var kind string
			var k int
			if _, err := fmt.Sscanf(sc.Text(), "%s %d", &kind, &k); err != nil {
				t.Fatalf("child said %q", sc.Text())
			}
			switch kind {
			case "b":
				begun[k] = true
				flight++
			case "a":
				acked[k] = true
				flight--
				acks++
			case "f":
				failed[k] = true
				flight--
			}
			if !killed && acks >= after && flight >= 50 {
				cmd.Process.Kill()
				killed = true
				minFlight = min(minFlight, flight)
			}
		}
		cmd.Wait()
		if !killed {
			t.Fatalf("round %d: the child stopped by itself: %s", round, stderr.String())
		}
		d, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Share("s.db", "x.db", "y.db"); err != nil {
			t.Fatal(err)
		}
		db, err := d.Open("x.db", Options{Durable: true})
		if err != nil {
			t.Fatalf("round %d: reopening after the kill: %v", round, err)
		}
		parts := map[int]int{}
		db.bdb.View(func(tx *buntdb.Tx) error {
			return tx.Ascend("", func(key, v string) bool {
				f := strings.Split(key, ":")
				k, _ := strconv.Atoi(f[1])
				if len(f) != 3 || f[0] != []string{"t", "u"}[k%2] || v != crashValue(k, f[2]) {
					t.Errorf("round %d: unexpected record %s = %.40q", round, key, v)
					return true
				}
				parts[k]++
				return true
			})
		})
		for k := range acked {
			if parts[k] != 3 {
				t.Errorf("round %d: acknowledged transaction %d has %d of its 3 records", round, k, parts[k])
			}
		}
		unacked := 0
		for k, n := range parts {
			switch {
			case failed[k]:
				t.Errorf("round %d: failed transaction %d left %d records", round, k, n)
			case !begun[k]:
				t.Errorf("round %d: transaction %d was never begun", round, k)
			case n != 3:
				t.Errorf("round %d: transaction %d is half there (%d of 3 records)", round, k, n)
			case !acked[k]:
				unacked++
			}
		}
		d.Close()
		if t.Failed() {
			t.FailNow()
		}
		t.Logf("round %d: %d acknowledged so far, %d in flight at the kill, %d committed but unacknowledged", round, len(acked), flight, unacked)
	}
	if minFlight < 50 {
		t.Fatalf("a kill came with only %d writers in flight", minFlight)
	}
}

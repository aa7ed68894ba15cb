package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/tidwall/buntdb"
)

// crashWriters is how many writers the child runs at once.
const crashWriters = 64

// crashValue is transaction k's value for its part p: long enough that a
// transaction's record spans several hundred bytes.
func crashValue(k int, p string) string {
	return fmt.Sprintf("%d-%s-%s", k, p, strings.Repeat("가", 100))
}

// TestMain lets the test binary be the child of TestCrashKillGroupCommit,
// TestCrashKillSharedFile and TestCrashDuringMove.
func TestMain(m *testing.M) {
	if dir := os.Getenv("MADANG_STORE_MOVE_CHILD"); dir != "" {
		moveChild(dir, os.Getenv("MADANG_STORE_MOVE_KILL"))
	}
	if dir := os.Getenv("MADANG_STORE_SHARED_CHILD"); dir != "" {
		base, _ := strconv.Atoi(os.Getenv("MADANG_STORE_CRASH_BASE"))
		sharedCrashChild(dir, base)
		os.Exit(0)
	}
	if dir := os.Getenv("MADANG_STORE_CRASH_CHILD"); dir != "" {
		base, _ := strconv.Atoi(os.Getenv("MADANG_STORE_CRASH_BASE"))
		crashWriterChild(dir, base)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashWriterChild runs crashWriters writers on g.db until it is killed.
// Transaction k writes three keys; every seventh fails after writing
// them. Each writer prints "b k" before its Update and "a k" (acknowledged)
// or "f k" (failed) after it.
func crashWriterChild(dir string, base int) {
	d, err := OpenDir(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	d.SyncEachCommit = os.Getenv("MADANG_STORE_CRASH_EACH") != ""
	db, err := d.Open("g.db", Options{Durable: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var next atomic.Int64
	next.Store(int64(base))
	var out sync.Mutex
	say := func(s string) {
		out.Lock()
		os.Stdout.WriteString(s) // unbuffered: each line is one write
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
				err := db.Update(func(tx *Tx) error {
					for _, p := range []string{"a", "b", "c"} {
						if err := tx.Set(NewKey("t", strconv.Itoa(k), p), crashValue(k, p)); err != nil {
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

// TestCrashKillGroupCommit kills (SIGKILL) a process while at least 50 of
// its 64 writers are inside Update, at a random point, and checks after
// reopening that every acknowledged transaction is whole, no failed one
// left anything, and no transaction is half there. MADANG_CRASH_KILLS
// sets the number of kills (default 3, 20 in make test-long; the long run
// uses 100).
//
// A kill leaves the OS's page cache — what was written but not yet
// fsynced survives — so this checks the file and the acknowledgements, not
// a power cut (TestGroupCommit checks no acknowledgement precedes its
// fsync).
func TestCrashKillGroupCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	kills := 3 // make test; make test-long: 20 (MADANG_TEST_LONG)
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
	rng := rand.New(rand.NewPCG(22, 7))
	acked := map[int]bool{}
	failed := map[int]bool{}
	begun := map[int]bool{}
	minFlight := crashWriters
	for round := range kills {
		base := round * 10_000_000
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "MADANG_STORE_CRASH_CHILD="+dir, fmt.Sprintf("MADANG_STORE_CRASH_BASE=%d", base))
		var stderr strings.Builder
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after a random number of acknowledgements, at a moment
		// when at least 50 writers are inside Update.
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
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}

		d, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		db, err := d.Open("g.db", Options{Durable: true})
		if err != nil {
			t.Fatalf("round %d: reopening after the kill: %v", round, err)
		}
		parts := map[int]int{}
		db.bdb.View(func(tx *buntdb.Tx) error {
			return tx.Ascend("", func(key, v string) bool {
				f := strings.Split(key, ":")
				k, _ := strconv.Atoi(f[1])
				if len(f) != 3 || f[0] != "t" || v != crashValue(k, f[2]) {
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
				unacked++ // committed, killed before its acknowledgement: allowed
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

// TestTornTransaction cuts the file inside its last transaction at every
// byte — as a process killed in the middle of the transaction's write()
// leaves it — and checks the transaction loads whole or not at all, and
// the one before it whole.
func TestTornTransaction(t *testing.T) {
	src := t.TempDir()
	d, db := openDurable(t, src)
	for k := 1; k <= 2; k++ {
		if err := db.Update(func(tx *Tx) error {
			for _, p := range []string{"a", "b", "c"} {
				if err := tx.Set(NewKey("t", strconv.Itoa(k), p), crashValue(k, p)); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	st, _ := os.Stat(db.Path())
	d.Close()
	whole, err := os.ReadFile(src + "/g.db")
	if err != nil {
		t.Fatal(err)
	}
	first := bytes.Index(whole, []byte("*3\r\n$3\r\nset\r\n$5\r\nt:2:"))
	if first < 0 || int64(len(whole)) != st.Size() {
		t.Fatal("the second transaction is not in the file")
	}
	// Every 7th byte (a prime, so it falls at every place of a record
	// across the transaction) and the last.
	for cut := first; cut < len(whole); cut = min(cut+7, max(cut+1, len(whole)-1)) {
		dir := t.TempDir()
		os.WriteFile(dir+"/g.db", whole[:cut], 0o600)
		d, err := OpenDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		d.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
		db, err := d.Open("g.db", Options{Durable: true})
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		parts := map[int]int{}
		db.bdb.View(func(tx *buntdb.Tx) error {
			return tx.Ascend("", func(key, v string) bool {
				k, _ := strconv.Atoi(strings.Split(key, ":")[1])
				parts[k]++
				return true
			})
		})
		d.Close()
		if parts[1] != 3 || parts[2] != 0 {
			t.Fatalf("cut at %d of %d: transaction 1 has %d records, transaction 2 has %d (want 3 and 0)", cut, len(whole), parts[1], parts[2])
		}
	}
}

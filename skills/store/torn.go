package store

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/tidwall/buntdb"
)

// Transactions cut short.
//
// buntdb writes a transaction as a run of records (one per key) with one
// write() and has no record marking where a transaction ends: when the
// process dies in the middle of that write — a SIGKILL is noticed between
// the pages a write copies, a power cut between the sectors it reaches —
// the file ends with the transaction's first records, and buntdb loads
// them as if they were all of it (it drops only an incomplete last
// record). Half a booking, a debit without its credit.
//
// So every transaction of a durable file on a single node carries a
// marker record: a delete of a key that never exists,
//
//	!txn:<offset>:<records>:<crc>
//
// naming the file offset where the transaction's records start (the
// file's size when it commits: buntdb appends), how many records it has
// (the marker included) and the XOR of its records' checksums. When the
// file is opened every marked transaction is checked against its marker.
// A last transaction that is not all there is cut off (it was never
// acknowledged: Update returns after the write and its fsync), and so are
// records after the last whole transaction (one cut short before its
// marker). Only the last transaction can be cut short — the process dies
// with it. A transaction before the end that does not match its marker is
// damage buntdb would load as valid, wrong records (a flipped byte in a
// key renames a record onto another key): the file is treated as damaged
// (backup.go). The delete leaves no key behind, so no reader or scan ever
// sees a marker. Records written without markers (files written before
// them, or rewritten by Compact) are not checked, as before.
//
// Files a cluster replica writes carry no markers (the shared log is
// their record of whole transactions) and are not checked.

// txnMark starts a marker key: "!" is no character of a key part (Key),
// so no key a caller writes can be taken for a marker.
const txnMark = "!txn:"

// recordSum is one record's checksum: its kind, key and value.
func recordSum(kind byte, key, val string) uint32 {
	crc := crc32.Update(0, crc32.IEEETable, []byte{kind})
	crc = crc32.Update(crcString(crc, key), crc32.IEEETable, zero)
	return crcString(crc, val)
}

var zero = []byte{0}

// crcString adds s to an IEEE CRC-32 without copying it into a []byte
// (crc32.Update only reads it): a conversation's state is about 4 KB, and
// each commit checksummed it twice (its seal and its transaction marker,
// below) through copies that were most of what a commit allocated.
func crcString(crc uint32, s string) uint32 {
	return crc32.Update(crc, crc32.IEEETable, unsafe.Slice(unsafe.StringData(s), len(s)))
}

// markTxn adds the marker record to an open read-write transaction that
// writes something, as its file's next records start at offset start.
func markTxn(tx *buntdb.Tx, start int64) error {
	l := txLayoutOf()
	if l.err != nil {
		return l.err
	}
	wc := reflect.ValueOf(tx).Elem().Field(l.wc)
	if wc.IsNil() {
		return errors.New("store: not a read-write transaction")
	}
	wc = wc.Elem()
	items := wc.Field(l.items)
	n := items.Len() + 1 // and the marker
	if l.rbkeys >= 0 {
		if rb := wc.Field(l.rbkeys); !rb.IsNil() {
			n++ // buntdb writes a flushdb record first
		}
	}
	var sum uint32
	for it := items.MapRange(); it.Next(); {
		k := it.Key().String()
		if item := it.Value(); item.IsNil() {
			sum ^= recordSum('d', k, "")
		} else {
			sum ^= recordSum('s', k, item.Elem().Field(l.val).String())
		}
	}
	// txnMark, start, n and sum as "%s%d:%d:%08x"
	b := make([]byte, 0, len(txnMark)+40)
	b = append(b, txnMark...)
	b = strconv.AppendInt(b, start, 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ':')
	h := hex8(sum)
	key := string(append(b, h[:]...))
	if _, _, err := tx.Set(key, "", nil); err != nil {
		return err
	}
	_, err := tx.Delete(key) // leaves a delete record and no key
	return err
}

// txLayout is where markTxn finds, by reflection, a buntdb transaction's
// pending writes: the field indexes, looked up by name once (by name at
// every commit, it was most of a marker's cost). rbkeys is -1 if absent.
type txLayout struct {
	wc, items, rbkeys, val int
	err                    error
}

var txLayoutOf = sync.OnceValue(func() txLayout {
	bad := txLayout{err: errors.New("store: unknown buntdb transaction layout")}
	wcF, ok := reflect.TypeFor[buntdb.Tx]().FieldByName("wc")
	if !ok || wcF.Type.Kind() != reflect.Pointer || wcF.Type.Elem().Kind() != reflect.Struct {
		return bad
	}
	wcT := wcF.Type.Elem()
	itemsF, ok := wcT.FieldByName("commitItems")
	if !ok || itemsF.Type.Kind() != reflect.Map || itemsF.Type.Key().Kind() != reflect.String ||
		itemsF.Type.Elem().Kind() != reflect.Pointer || itemsF.Type.Elem().Elem().Kind() != reflect.Struct {
		return bad
	}
	valF, ok := itemsF.Type.Elem().Elem().FieldByName("val")
	if !ok || valF.Type.Kind() != reflect.String || len(wcF.Index) != 1 || len(itemsF.Index) != 1 || len(valF.Index) != 1 {
		return bad
	}
	l := txLayout{wc: wcF.Index[0], items: itemsF.Index[0], rbkeys: -1, val: valF.Index[0]}
	if rb, ok := wcT.FieldByName("rbkeys"); ok && len(rb.Index) == 1 && rb.Type.Kind() == reflect.Pointer {
		l.rbkeys = rb.Index[0]
	}
	return l
})

// record is one parsed record of a buntdb file.
type record struct {
	off, end int64
	kind     byte // 's' set, 'd' del, 'f' flushdb, '?' other
	key, val string
}

// parseRecordShort parses the record at b[0:], or returns ok false if b
// does not hold a complete one; short then says whether b is the
// beginning of one, cut off (rather than something that is no record).
func parseRecordShort(b []byte) (r record, n int, ok, short bool) {
	defer func() {
		if !ok {
			n = 0
		}
	}()
	line := func() (int, bool) {
		i := bytes.Index(b[n:], []byte("\r\n"))
		if i < 0 && len(b)-n <= 20 {
			short = true // the length line is cut off
			return 0, false
		}
		if i < 1 || i > 20 {
			return 0, false
		}
		v, err := strconv.Atoi(string(b[n+1 : n+i]))
		if err != nil || v < 0 {
			return 0, false
		}
		n += i + 2
		return v, true
	}
	if len(b) == 0 {
		return r, 0, false, true
	}
	if b[0] != '*' {
		return r, 0, false, false
	}
	count, good := line()
	if !good || count < 1 || count > 8 {
		return r, 0, false, short
	}
	args := make([]string, count)
	for i := range args {
		if n >= len(b) {
			return r, 0, false, true
		}
		if b[n] != '$' {
			return r, 0, false, false
		}
		l, good := line()
		if !good {
			return r, 0, false, short
		}
		if n+l+2 > len(b) {
			return r, 0, false, true
		}
		if b[n+l] != '\r' || b[n+l+1] != '\n' {
			return r, 0, false, false
		}
		args[i] = string(b[n : n+l])
		n += l + 2
	}
	r.kind = '?'
	switch {
	case strings.EqualFold(args[0], "set") && count >= 3:
		r.kind, r.key, r.val = 's', args[1], args[2]
	case strings.EqualFold(args[0], "del") && count == 2:
		r.kind, r.key = 'd', args[1]
	case strings.EqualFold(args[0], "flushdb"):
		r.kind = 'f'
	}
	return r, n, true, false
}

// checkTxns reads the file at path and checks its marked transactions:
// cut is the offset the file must be cut at so that it ends with a whole
// transaction (-1: it does), damaged why a transaction before the end
// does not match its marker (a flipped byte that buntdb would load as a
// valid, wrong record: a key renamed onto another one, say).
func checkTxns(path string) (cut int64, why string, damaged error, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return -1, "", nil, nil
	}
	if err != nil {
		return -1, "", nil, err
	}
	var recs []record
	byOff := map[int64]int{}
	for off := 0; off < len(data); {
		if data[off] == 0 {
			off++ // buntdb skips NULs between records (F-4)
			continue
		}
		r, l, ok, short := parseRecordShort(data[off:])
		if !ok {
			if !short {
				// Not a write cut short: buntdb's load refuses the file
				// and Open restores the backup.
				return -1, "", nil, nil
			}
			break // an incomplete last record, which buntdb drops
		}
		r.off, r.end = int64(off), int64(off+l)
		byOff[r.off] = len(recs)
		recs = append(recs, r)
		off += l
	}
	end := 0 // records before end are accounted for
	for m, r := range recs {
		if r.kind != 'd' || !strings.HasPrefix(r.key, txnMark) {
			continue
		}
		var start int64
		var n int
		var sum uint32
		if _, err := fmt.Sscanf(r.key[len(txnMark):], "%d:%d:%x", &start, &n, &sum); err != nil {
			return -1, "", fmt.Errorf("transaction marker %q at %d does not parse", r.key, r.off), nil
		}
		a, ok := byOff[start]
		if !ok || a > m || m >= a+n || a < end {
			return -1, "", fmt.Errorf("transaction marker %q at %d does not match the records before it", r.key, r.off), nil
		}
		if a+n > len(recs) {
			// The transaction runs to the end of the file and is not all
			// there: the process died writing it.
			return start, fmt.Sprintf("the last transaction (at %d) has %d of its %d records", start, len(recs)-a, n), nil, nil
		}
		var got uint32
		for i, t := range recs[a : a+n] {
			switch {
			case a+i == m, t.kind == 'f':
			case t.kind == 's' || t.kind == 'd':
				got ^= recordSum(t.kind, t.key, t.val)
			default:
				return -1, "", fmt.Errorf("transaction at %d holds an unknown record", start), nil
			}
		}
		if got != sum {
			return -1, "", fmt.Errorf("the transaction at %d does not match its marker's checksum", start), nil
		}
		end = a + n
	}
	if end > 0 && end < len(recs) {
		return recs[end].off, fmt.Sprintf("%d records after the last whole transaction have no marker (a transaction cut short before it)", len(recs)-end), nil, nil
	}
	return -1, "", nil, nil
}

// checkTail cuts a transaction cut short off the end of the file at path
// (see checkTxns) before buntdb loads it, and reports a damaged one.
func (d *Dir) checkTail(path string) (damaged error, err error) {
	cut, why, damaged, err := checkTxns(path)
	if err != nil {
		return nil, fmt.Errorf("checking the transactions of %s: %w", path, err)
	}
	if damaged != nil || cut < 0 {
		return damaged, nil
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := f.Truncate(cut); err != nil {
		return nil, fmt.Errorf("cutting the incomplete transaction off %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return nil, fmt.Errorf("fsync %s: %w", path, err)
	}
	d.log().Warn("cut an incomplete transaction off the end of a database file (the process died while writing it; it was never acknowledged)",
		"file", path, "bytes", st.Size()-cut, "why", why)
	return nil, nil
}

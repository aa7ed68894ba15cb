package intent

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/bits"
	"slices"
	"sync"
)

// Shipped models (issues 18 and 22): training the avatars' and the
// safety checker's models took most of a server's start-up (7 s of 8 on
// two cores), though their examples change only when their data does.
// So the models of the built-in data are trained when the data changes,
// written (WriteBag) into files embedded in the binary next to that data
// and registered with Ship; TrainBagShipped loads the one whose
// fingerprint — a hash of exactly what training reads — matches, and
// trains as before when none does (a third-party pack, an edited one).
// A loaded bag is the bag TrainBag would give: the same weights, bit for
// bit (TestShipRoundTrip), so it predicts the same.

// formatVersion is part of every fingerprint: raise it when the file's
// layout or what Train learns from the same examples and options changes,
// so no model of the old code is loaded by the new. (The shipped models'
// tests also train afresh and compare predictions, which catches a
// change of training that forgot to raise it.)
//
// 2: a row of weights the same as an earlier one is written as a
// reference to it (perf16).
const formatVersion = 2

// Fingerprint identifies what TrainBag(examples, opts, n) learns from:
// the format version, the options, the bag's size and every example's
// intent and text, in order. Hex, 32 characters.
func Fingerprint(examples []Example, opts Options, n int) string {
	h := sha256.New()
	fmt.Fprintf(h, "madang intent bag v%d\n%#v\n%d\n", formatVersion, opts, n)
	var lb [binary.MaxVarintLen64]byte
	str := func(s string) {
		h.Write(lb[:binary.PutUvarint(lb[:], uint64(len(s)))])
		io.WriteString(h, s)
	}
	for _, e := range examples {
		str(e.Intent)
		str(e.Text)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

const bagMagic = "madang-intent-bag\n"

// WriteBag writes the bag b, trained by TrainBag(examples, opts, n), in
// the form LoadBag reads: gzip of its intents, vocabulary, document
// frequencies, weights and its examples' features (the examples' texts
// are not written: the loader has them, they are what the fingerprint
// hashes). The same bag gives the same bytes.
func WriteBag(w io.Writer, b Bag, examples []Example, opts Options, n int) error {
	if len(b) != n {
		return fmt.Errorf("%w: a bag of %d models written as one of %d", ErrOptions, len(b), n)
	}
	// Not compressed (gzip's stored blocks, its checksum kept): once
	// the rows that repeat are written once (below), the weights hardly
	// compress (the safety answer model's 33 MB to 26), and inflating
	// them was the largest cost of a server's start (perf16).
	zw, err := gzip.NewWriterLevel(w, gzip.NoCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := enc{w: bw}
	e.str(bagMagic)
	e.str(Fingerprint(examples, opts, n))
	e.uint(uint64(len(b)))
	for _, m := range b {
		if len(m.exText) != len(examples) {
			return fmt.Errorf("intent: WriteBag: a model of %d examples written with %d", len(m.exText), len(examples))
		}
		e.uint(uint64(len(m.intents)))
		for _, s := range m.intents {
			e.str(s)
		}
		e.int(int64(m.none))
		byID := m.table.byID()
		e.uint(uint64(len(byID)))
		for _, h := range byID {
			e.u64(h)
		}
		for _, d := range m.df {
			e.uint(uint64(d))
		}
		e.uint(uint64(m.n))
		for _, v := range m.b {
			e.u64(math.Float64bits(v))
		}
		// each row of the weights: a bit per class for the weights that
		// are not 0 (most are, with many classes: a class an example
		// hardly moves is skipped, see fit), then those weights
		//
		// A row the same as an earlier one (features always seen in the
		// same examples — the n-grams of one rare word — learn the same
		// weights: 74 % of the safety answer model's 238,000 rows) is
		// written as 1 + the number of that earlier distinct row; a new
		// row as 0, then its mask and weights. (Format 2: it halved what
		// a start inflates and decodes, perf16.)
		K := len(m.intents)
		mask := make([]byte, (K+7)/8)
		seen := map[string]uint64{}
		var rb []byte
		for f := range m.rowCount() {
			row := m.row(f)
			clear(mask)
			for k, v := range row {
				if math.Float32bits(v) != 0 {
					mask[k/8] |= 1 << (k % 8)
				}
			}
			rb = append(rb[:0], mask...)
			for _, v := range row {
				if u := math.Float32bits(v); u != 0 {
					rb = binary.LittleEndian.AppendUint32(rb, u)
				}
			}
			if id, ok := seen[string(rb)]; ok {
				e.uint(id + 1)
				continue
			}
			seen[string(rb)] = uint64(len(seen))
			e.uint(0)
			e.put(rb)
		}
		// the examples' features, as Train counted them
		var buf []uint64
		for _, x := range examples {
			buf = m.features([]rune(Normalize(x.Text)), buf[:0])
			slices.Sort(buf)
			var ids, cnt []uint64
			for j := 0; j < len(buf); {
				k := j
				for k < len(buf) && buf[k] == buf[j] {
					k++
				}
				id, ok := m.table.get(buf[j])
				if !ok {
					return fmt.Errorf("intent: WriteBag: example %q has a feature the model lacks (not the examples it was trained on?)", x.Text)
				}
				ids, cnt = append(ids, uint64(id)), append(cnt, uint64(k-j))
				j = k
			}
			e.uint(uint64(len(ids)))
			for j := range ids {
				e.uint(ids[j])
				e.uint(cnt[j])
			}
		}
	}
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ErrStale is LoadBag's error for a file written for other examples,
// options or code (its fingerprint is not theirs).
var ErrStale = errors.New("intent: the model file was written for other training data")

// LoadBag reads a bag WriteBag wrote for TrainBag(examples, opts, n),
// and is ErrStale when the file's fingerprint is not theirs.
func LoadBag(data []byte, examples []Example, opts Options, n int) (Bag, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("intent: model file: %w", err)
	}
	// The file is decoded as it inflates, through a window of the
	// inflated data (dec.need), not inflated whole first: the answer
	// model of the safety checker is 62 MB inflated, and that buffer cost
	// a start 0.13 s of CPU for its pages alone (perf16). gzip's trailer
	// says how long the data is (mod 2³²): the bound of every count.
	size := uint64(0)
	if len(data) >= 4 {
		size = uint64(min(binary.LittleEndian.Uint32(data[len(data)-4:]), 1<<30))
	}
	d := dec{r: zr, left: size}
	if d.str() != bagMagic {
		return nil, errors.New("intent: not a model file")
	}
	if d.str() != Fingerprint(examples, opts, n) {
		return nil, ErrStale
	}
	if got := d.uint(); got != uint64(n) {
		return nil, fmt.Errorf("intent: model file: a bag of %d, not %d", got, n)
	}
	// the examples' labels are the same in every model (intents sorted)
	b := make(Bag, n)
	for i := range b {
		o := opts
		o.Seed += int64(i)
		m := &Model{opts: o.withDefaults()}
		K := int(d.count(1 << 16))
		m.intents = make([]string, K)
		for k := range m.intents {
			m.intents[k] = d.str()
		}
		m.none = int(d.int())
		if m.none < -1 || m.none >= K {
			d.fail(fmt.Errorf("None class %d of %d", m.none, K))
		}
		F := int(d.count(d.left / 8))
		byID := make([]uint64, F)
		for f := range byID {
			byID[f] = d.u64()
		}
		m.df = make([]float64, F)
		for f := range m.df {
			m.df[f] = float64(d.uint())
		}
		m.n = int(d.uint())
		m.b = make([]float64, K)
		for k := range m.b {
			m.b[k] = math.Float64frombits(d.u64())
		}
		mb := (K + 7) / 8
		if d.err == nil && uint64(F) > d.left { // a row takes a byte at least
			d.err = io.ErrUnexpectedEOF
		}
		if d.err != nil {
			return nil, fmt.Errorf("intent: model file: %w", d.err)
		}
		// each distinct row once in w, and rows[f] the one of feature f
		m.rows = make([]int32, F)
		m.w = make([]float32, 0, K*max(F/3, 1))
		distinct := int32(0) // the rows written out so far
		for f := range F {
			if ref := d.uint(); ref > 0 {
				if ref > uint64(distinct) {
					d.fail(fmt.Errorf("row %d of %d", ref, distinct))
					break
				}
				m.rows[f] = int32(ref - 1)
				continue
			}
			m.rows[f] = distinct
			distinct++
			m.w = append(m.w, make([]float32, K)...)
			if !d.need(mb) {
				break
			}
			mask := d.b[:mb]
			set := 0
			for _, x := range mask {
				set += bits.OnesCount8(x)
			}
			if !d.need(mb + 4*set) {
				break
			}
			mask = d.b[:mb] // (need may have moved the window)
			vals := d.b[mb : mb+4*set]
			row := m.row(f)
			for j, x := range mask {
				for x != 0 {
					k := j*8 + bits.TrailingZeros8(x)
					x &= x - 1
					if k >= K {
						d.fail(fmt.Errorf("weight of class %d of %d", k, K))
						break
					}
					row[k] = math.Float32frombits(binary.LittleEndian.Uint32(vals))
					vals = vals[4:]
				}
			}
			if d.err != nil {
				break
			}
			d.skip(mb + 4*set)
		}
		m.table = newVocabTableOf(byID)
		m.setIDF()
		index := map[string]int32{}
		for k, s := range m.intents {
			index[s] = int32(k)
		}
		labels := make([]int32, len(examples))
		X := make([]vec, len(examples))
		for j, x := range examples {
			k, ok := index[x.Intent]
			if !ok || int(k) == m.none {
				return nil, fmt.Errorf("intent: model file: no intent %q", x.Intent)
			}
			labels[j] = k
			c := counted{ids: make([]int32, d.count(uint64(F)))}
			c.cnt = make([]float64, len(c.ids))
			for t := range c.ids {
				id := d.uint()
				if id >= uint64(F) {
					d.err = fmt.Errorf("feature %d of %d", id, F)
					break
				}
				c.ids[t], c.cnt[t] = int32(id), float64(d.uint())
			}
			if d.err != nil {
				return nil, fmt.Errorf("intent: model file: %w", d.err)
			}
			X[j] = m.vec(c)
		}
		m.index(examples, labels, X)
		b[i] = m
	}
	if d.err == nil && !d.atEOF() {
		d.err = errors.New("trailing bytes")
	}
	if d.err != nil {
		return nil, fmt.Errorf("intent: model file: %w", d.err)
	}
	return b, nil
}

// byID lists the vocabulary's hashes by feature id.
func (t *vocabTable) byID() []uint64 {
	n := 0
	for _, id := range t.ids {
		if id >= 0 {
			n++
		}
	}
	out := make([]uint64, n)
	for i, id := range t.ids {
		if id >= 0 {
			out[id] = t.keys[i]
		}
	}
	return out
}

var shipped struct {
	sync.Mutex
	dirs []fs.FS
}

// Ship registers models written by WriteBag: files of fsys named
// "<fingerprint>.bag" (a package that embeds them calls it from init).
func Ship(fsys fs.FS) {
	shipped.Lock()
	defer shipped.Unlock()
	shipped.dirs = append(shipped.dirs, fsys)
}

// ShippedFile is the name of the file that ships a bag of this fingerprint.
func ShippedFile(fingerprint string) string { return fingerprint + ".bag" }

// Shipped is the registered file of the fingerprint, if any.
func Shipped(fingerprint string) ([]byte, bool) {
	shipped.Lock()
	dirs := slices.Clone(shipped.dirs)
	shipped.Unlock()
	for _, fsys := range dirs {
		if data, err := fs.ReadFile(fsys, ShippedFile(fingerprint)); err == nil {
			return data, true
		}
	}
	return nil, false
}

// TrainBagShipped is TrainBag, loading the bag from a shipped file (Ship)
// when one was written for these examples, options and size; loaded says
// which happened. A shipped file that does not load is trained past.
func TrainBagShipped(examples []Example, opts Options, n int) (b Bag, loaded bool, err error) {
	if data, ok := Shipped(Fingerprint(examples, opts, n)); ok {
		if b, err := LoadBag(data, examples, opts, n); err == nil {
			return b, true, nil
		}
	}
	b, err = TrainBag(examples, opts, n)
	return b, false, err
}

type enc struct {
	w   *bufio.Writer
	err error
	lb  [binary.MaxVarintLen64]byte
}

func (e *enc) put(p []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}
func (e *enc) uint(v uint64) { e.put(e.lb[:binary.PutUvarint(e.lb[:], v)]) }
func (e *enc) int(v int64)   { e.put(e.lb[:binary.PutVarint(e.lb[:], v)]) }
func (e *enc) u64(v uint64)  { e.put(binary.LittleEndian.AppendUint64(e.lb[:0], v)) }
func (e *enc) u32(v uint32)  { e.put(binary.LittleEndian.AppendUint32(e.lb[:0], v)) }
func (e *enc) str(s string) {
	e.uint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// dec reads what enc wrote, from r through a window b of what r gives
// (need); after the first error every read is zero. left is at most how
// many bytes remain (window included): the bound of counts.
type dec struct {
	r    io.Reader
	buf  []byte
	b    []byte
	left uint64
	err  error
}

func (d *dec) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
	d.left = 0
}

// more reads from r until the window holds n bytes or r ends.
func (d *dec) more(n int) {
	if len(d.b) >= n || d.r == nil || d.err != nil {
		return
	}
	if cap(d.buf) < n {
		d.buf = make([]byte, max(n, 256<<10))
	}
	d.buf = d.buf[:cap(d.buf)]
	k := copy(d.buf, d.b)
	got, err := io.ReadAtLeast(d.r, d.buf[k:], n-k)
	d.b = d.buf[:k+got]
	switch err {
	case nil:
	case io.EOF, io.ErrUnexpectedEOF:
		d.r = nil // its end (gzip checked its data's checksum there)
	default:
		d.fail(err)
	}
}

// need makes the window at least n bytes long, and fails (false) when
// fewer remain.
func (d *dec) need(n int) bool {
	d.more(n)
	if len(d.b) < n {
		d.fail(io.ErrUnexpectedEOF)
		return false
	}
	return true
}

func (d *dec) skip(n int) {
	d.b = d.b[n:]
	d.left -= min(d.left, uint64(n))
}

// atEOF: nothing remains (r read to its end, which checks its data).
func (d *dec) atEOF() bool {
	d.more(1)
	return len(d.b) == 0 && d.err == nil
}

func (d *dec) uint() uint64 {
	d.more(binary.MaxVarintLen64)
	v, k := binary.Uvarint(d.b)
	if k <= 0 {
		d.fail(io.ErrUnexpectedEOF)
		return 0
	}
	d.skip(k)
	return v
}

func (d *dec) int() int64 {
	d.more(binary.MaxVarintLen64)
	v, k := binary.Varint(d.b)
	if k <= 0 {
		d.fail(io.ErrUnexpectedEOF)
		return 0
	}
	d.skip(k)
	return v
}

// count is a length of at most max.
func (d *dec) count(max uint64) uint64 {
	v := d.uint()
	if v > max {
		d.fail(fmt.Errorf("a count of %d", v))
		return 0
	}
	return v
}

func (d *dec) u64() uint64 {
	if !d.need(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.skip(8)
	return v
}

func (d *dec) u32() uint32 {
	if !d.need(4) {
		return 0
	}
	v := binary.LittleEndian.Uint32(d.b)
	d.skip(4)
	return v
}

func (d *dec) str() string {
	n := d.count(d.left)
	if d.err != nil || !d.need(int(n)) {
		return ""
	}
	s := string(d.b[:n])
	d.skip(int(n))
	return s
}

package intent

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"testing"
	"testing/fstest"
)

// TestShipRoundTrip: a bag written by WriteBag and read by LoadBag is the
// bag TrainBag gives, field by field (weights bit for bit), with the same
// analyses; the same bag writes the same bytes; a file is refused for
// other examples or options (ErrStale), and TrainBagShipped loads a
// registered file and trains when none matches.
func TestShipRoundTrip(t *testing.T) {
	ex := examples(load(t, "train.json"))
	opts := Options{Epochs: 4, Stable: true, MinP: 0.3}
	b, err := TrainBag(ex, opts, 2)
	if err != nil {
		t.Fatal(err)
	}
	var f1, f2 bytes.Buffer
	if err := WriteBag(&f1, b, ex, opts, 2); err != nil {
		t.Fatal(err)
	}
	if err := WriteBag(&f2, b, ex, opts, 2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(f1.Bytes(), f2.Bytes()) {
		t.Fatal("the same bag wrote different bytes")
	}
	got, err := LoadBag(f1.Bytes(), ex, opts, 2)
	if err != nil {
		t.Fatal(err)
	}
	for i := range b {
		if !sameModel(got[i], b[i]) {
			t.Fatalf("model %d loaded differs from the trained one", i)
		}
	}
	var f3 bytes.Buffer // a loaded bag (its rows shared) writes the same bytes
	if err := WriteBag(&f3, got, ex, opts, 2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(f1.Bytes(), f3.Bytes()) {
		t.Fatal("the loaded bag wrote different bytes")
	}
	for _, s := range []string{"내일 저녁에 두 명 예약할게요", "고양이가 밥을 안 먹어요", "cancel my table please", "", "ㅋㅋ"} {
		if !reflect.DeepEqual(got.Analyze(s), b.Analyze(s)) {
			t.Errorf("%q: loaded and trained bags analyse differently", s)
		}
	}
	if _, err := LoadBag(f1.Bytes(), ex[1:], opts, 2); !errors.Is(err, ErrStale) {
		t.Errorf("other examples: %v, want ErrStale", err)
	}
	other := opts
	other.Epochs = 5
	if _, err := LoadBag(f1.Bytes(), ex, other, 2); !errors.Is(err, ErrStale) {
		t.Errorf("other options: %v, want ErrStale", err)
	}
	if _, err := LoadBag(f1.Bytes()[:f1.Len()/2], ex, opts, 2); err == nil {
		t.Error("a cut file loaded")
	}
	// a file damaged inside its compressed data fails or loads, never panics
	for i := 1; i < 16; i++ {
		bad := bytes.Clone(f1.Bytes())
		bad[i*len(bad)/16] ^= 0x5a
		LoadBag(bad, ex, opts, 2)
	}

	Ship(fstest.MapFS{ShippedFile(Fingerprint(ex, opts, 2)): {Data: f1.Bytes()}})
	if _, loaded, err := TrainBagShipped(ex, opts, 2); err != nil || !loaded {
		t.Errorf("registered file: loaded %v, %v", loaded, err)
	}
	if _, loaded, err := TrainBagShipped(ex[:len(ex)-1], opts, 2); err != nil || loaded {
		t.Errorf("no file for these examples: loaded %v, %v", loaded, err)
	}
}

// sameModel: a and b have the same weights row by row (a loaded model
// keeps rows the same once, Model.rows) and every other field equal.
func sameModel(a, b *Model) bool {
	if a.rowCount() != b.rowCount() {
		return false
	}
	for f := range a.rowCount() {
		ra, rb := a.row(f), b.row(f)
		if len(ra) != len(rb) {
			return false
		}
		for k := range ra {
			if math.Float32bits(ra[k]) != math.Float32bits(rb[k]) {
				return false
			}
		}
	}
	ca, cb := *a, *b
	ca.w, ca.rows, cb.w, cb.rows = nil, nil, nil, nil
	return reflect.DeepEqual(&ca, &cb)
}

package tutoring

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestProgMemoSame: a student's progress read and written through one
// key's memo (memoProgress) gives, at every step of a long run of quizzes
// and answers, the bytes json.Marshal writes and the progress
// json.Unmarshal reads (reflect.DeepEqual, time zones included) — also
// when the stored JSON is not what the memo wrote (spaces, escapes, other
// key order, names that need escapes), after an update that failed, and
// after the caller changed the progress it was handed as answer does
// (progress.ownQuiz, markAnswer).
func TestProgMemoSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 7))
	zones := []*time.Location{time.UTC, time.Local, time.FixedZone("KST", 9*3600), time.FixedZone("", -5*3600)}
	answers := []string{"엽록체", "산소", "2번", `"물"`, "<b>", `a\b`, "one two", ""}
	var ms progMemos
	for student := range 20 {
		m := ms.get(fmt.Sprintf("prog:u%d:photo", student))
		p := progress{Questions: map[string]*qState{}, Quizzes: map[string]*quizRecord{}}
		now := time.Date(2026, 3, 1, 9, 0, 0, 0, zones[student%len(zones)])
		last := ""
		for step := range 120 {
			now = now.Add(time.Duration(rng.IntN(3600e3)) * time.Millisecond)
			switch {
			case rng.IntN(4) == 0 || len(p.Order) == 0: // a new quiz
				id := fmt.Sprintf("q%03d", step)
				if rng.IntN(30) == 0 {
					id += "<&>" // written with escapes
				}
				rec := &quizRecord{Answers: map[string]bool{}, Created: now.In(zones[rng.IntN(len(zones))]), Lang: []string{"", "en", "ko"}[rng.IntN(3)]}
				for range 1 + rng.IntN(3) {
					rec.Questions = append(rec.Questions, fmt.Sprintf("photo-%d", rng.IntN(8)))
				}
				if rng.IntN(10) == 0 {
					rec.Questions = nil
				}
				p.Quizzes[id] = rec
				p.Order = append(p.Order, id)
				for len(p.Order) > 20 {
					delete(p.Quizzes, p.Order[0])
					p.Order = p.Order[1:]
				}
			default: // an answer to one of the quizzes
				id := p.Order[rng.IntN(len(p.Order))]
				rec := p.ownQuiz(id) // as answer does
				q := fmt.Sprintf("photo-%d", rng.IntN(8))
				right := rng.IntN(2) == 0
				rec.Answers[q] = right
				if a := answers[rng.IntN(len(answers))]; !right && a != "" {
					if rec.Given == nil {
						rec.Given = map[string]string{}
					}
					rec.Given[q] = a
				}
				markAnswer(&p, q, right, now)
				if rng.IntN(20) == 0 {
					rec.Created = rec.Created.In(zones[rng.IntN(len(zones))]) // same instant, maybe another offset
				}
			}
			if m.whole != nil { // what the memo hands out was not changed by the step's changes
				var dec progress
				if err := json.Unmarshal([]byte(m.text), &dec); err != nil || !reflect.DeepEqual(*m.whole, dec) {
					t.Fatalf("student %d step %d: the memo's progress changed:\n%+v\nits JSON decodes to %+v", student, step, *m.whole, dec)
				}
			}
			if rng.IntN(8) == 0 && last != "" {
				// The update failed (its function's error, the write's):
				// the next read is of what was stored before.
				var wantP, gotP progress
				if err := json.Unmarshal([]byte(last), &wantP); err != nil {
					t.Fatal(err)
				}
				if err := (memoProgress{p: &gotP, m: m}).DecodeJSON(last); err != nil || !reflect.DeepEqual(gotP, wantP) {
					t.Fatalf("student %d step %d: after a failed update, memo's DecodeJSON of %s\n%+v (%v)\njson.Unmarshal %+v", student, step, last, gotP, err, wantP)
				}
				p = gotP
				continue
			}
			want, err := json.Marshal(&p)
			if err != nil {
				t.Fatal(err)
			}
			got, err := memoProgress{p: &p, m: m}.AppendJSON(nil)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("student %d step %d: memo's AppendJSON %s (%v)\njson.Marshal %s", student, step, got, err, want)
			}
			stored := string(want)
			switch rng.IntN(10) {
			case 0:
				stored = strings.Replace(stored, `,"`, `, "`, 1+rng.IntN(40))
			case 1:
				stored = strings.Replace(stored, `"q0`, `"\u0071`+"0", 1+rng.IntN(3))
			case 2:
				stored = strings.Replace(stored, `{"questions":[`, `{"answers":{},"questions":[`, 1+rng.IntN(3))
			}
			var wantP progress
			if err := json.Unmarshal([]byte(stored), &wantP); err != nil {
				t.Fatal(err)
			}
			var gotP progress
			if err := (memoProgress{p: &gotP, m: m}).DecodeJSON(stored); err != nil || !reflect.DeepEqual(gotP, wantP) {
				t.Fatalf("student %d step %d: memo's DecodeJSON of %s\n%+v (%v)\njson.Unmarshal %+v", student, step, stored, gotP, err, wantP)
			}
			p, last = gotP, stored // the next step changes what was read, as updateProgress does
			if p.Quizzes == nil {
				p.Quizzes = map[string]*quizRecord{}
			}
		}
	}
}

// TestProgMemoBounded: the memo forgets everything rather than grow past
// maxProgMemos keys.
func TestProgMemoBounded(t *testing.T) {
	var ms progMemos
	first := ms.get("k0")
	for i := range maxProgMemos + 10 {
		ms.get(fmt.Sprintf("k%d", i))
	}
	if n := len(ms.m); n > maxProgMemos {
		t.Fatalf("%d keys remembered, more than %d", n, maxProgMemos)
	}
	if ms.get("k0") == first {
		t.Fatal("the first key's memo outlived a reset")
	}
}

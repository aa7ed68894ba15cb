package tutoring

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestProgMemoRefillPerf19: a write through the memo fills the maps of
// the progress it remembered last again (perf19) — a quiz record and a
// question state the new progress no longer has are gone from what the
// memo remembers and hands out, and what it hands out is what the JSON
// written decodes to, write after write.
func TestProgMemoRefillPerf19(t *testing.T) {
	var ms progMemos
	m := ms.get("prog:u1:photo")
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	p := progress{Questions: map[string]*qState{}, Quizzes: map[string]*quizRecord{}, Order: []string{}}
	for step := range 40 {
		id := fmt.Sprintf("q%03d", step)
		p.Quizzes[id] = &quizRecord{Questions: []string{"photo-1"}, Answers: map[string]bool{}, Created: now}
		p.Order = append(p.Order, id)
		for len(p.Order) > 5 {
			delete(p.Quizzes, p.Order[0])
			p.Order = p.Order[1:]
		}
		q := fmt.Sprintf("photo-%d", step%7)
		markAnswer(&p, q, step%2 == 0, now)
		if step%3 == 0 {
			delete(p.Questions, fmt.Sprintf("photo-%d", (step+3)%7)) // a state dropped
		}
		got, err := memoProgress{p: &p, m: m}.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		var want progress
		if err := json.Unmarshal(got, &want); err != nil {
			t.Fatal(err)
		}
		if m.whole == nil || !reflect.DeepEqual(*m.whole, want) {
			t.Fatalf("step %d: the memo remembers %+v\nits JSON decodes to %+v", step, m.whole, want)
		}
		var read progress
		if err := (memoProgress{p: &read, m: m}).DecodeJSON(string(got)); err != nil || !reflect.DeepEqual(read, want) {
			t.Fatalf("step %d: read back %+v (%v)\nwant %+v", step, read, err, want)
		}
		if len(read.Quizzes) != len(p.Order) {
			t.Fatalf("step %d: %d quizzes read, %d kept", step, len(read.Quizzes), len(p.Order))
		}
		p = read
		p.ownQuiz(p.Order[len(p.Order)-1]) // as answer does
		now = now.Add(time.Hour)
	}
}

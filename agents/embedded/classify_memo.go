package embedded

import "sync"

// predMemo remembers the classifier's answers for the tagged texts it read
// last (what predictParsed returns is a function of the tagged text alone:
// the model is fixed once trained). Conversations say the same short
// things again and again — a quiz's answers, "네", "다음 문제", "2번" — and
// the classifier (agents/nlu/intent) was about a tenth of a turn's CPU
// (docs/performance.md, ninth pass). A hit returns the very scores a new
// analysis would (TestPredMemoSame).
//
// The answers are kept without pointers (the intent's index in names and
// its probability), so a full memo adds little for the collector to scan.
// When it holds memoMax texts it starts again empty.
type predMemo struct {
	mu    sync.Mutex
	names []string          // intents by index
	index map[string]uint16 // names' inverse
	m     map[string]memoed
}

type memoed struct {
	ids []uint16
	ps  []float64
}

const (
	memoMax     = 4096
	memoMaxText = 160 // bytes of tagged text; longer texts are seldom said twice
)

func newPredMemo() *predMemo {
	return &predMemo{index: map[string]uint16{}, m: map[string]memoed{}}
}

// get returns the scores remembered for tagged, in a new slice.
func (p *predMemo) get(tagged string) ([]scored, bool) {
	if p == nil || len(tagged) > memoMaxText {
		return nil, false
	}
	p.mu.Lock()
	e, ok := p.m[tagged]
	if !ok {
		p.mu.Unlock()
		return nil, false
	}
	out := make([]scored, len(e.ids))
	for i, id := range e.ids {
		out[i] = scored{Intent: p.names[id], P: e.ps[i]}
	}
	p.mu.Unlock()
	return out, true
}

// put remembers out for tagged (out is not kept).
func (p *predMemo) put(tagged string, out []scored) {
	if p == nil || len(tagged) > memoMaxText {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.m) >= memoMax {
		clear(p.m)
	}
	e := memoed{ids: make([]uint16, len(out)), ps: make([]float64, len(out))}
	for i, s := range out {
		id, ok := p.index[s.Intent]
		if !ok {
			if len(p.names) > 1<<16-1 {
				return
			}
			id = uint16(len(p.names))
			p.names = append(p.names, s.Intent)
			p.index[s.Intent] = id
		}
		e.ids[i], e.ps[i] = id, s.P
	}
	p.m[tagged] = e
}

package agents

import (
	"context"
	"errors"
	"testing"

	"github.com/looplab/fsm"
)

// TestMachineAsLooplab: the conversation's machine answers every event in
// every state as the looplab/fsm machine it replaced (built from the same
// transitions): the same state after it, success for a self-loop, and a
// refusal, in the same words, where looplab/fsm refused.
func TestMachineAsLooplab(t *testing.T) {
	var evs fsm.Events
	for _, tr := range transitions {
		evs = append(evs, fsm.EventDesc{Name: tr.ev, Src: tr.src, Dst: tr.dst})
	}
	events := []string{evHear, evAct, evResult, evAsk, evConfirm, evDecline, evSpeak, evListen, evAwait, evEnd, "bogus"}
	for _, from := range States {
		for _, ev := range events {
			want := fsm.NewFSM(from, evs, fsm.Callbacks{})
			werr := want.Event(context.Background(), ev)
			var nt fsm.NoTransitionError
			if errors.As(werr, &nt) {
				werr = nil
			}
			got := newFSM(from)
			gerr := got.Event(ev)
			if got.Current() != want.Current() || (gerr == nil) != (werr == nil) ||
				(gerr != nil && gerr.Error() != werr.Error()) {
				t.Errorf("%s in %s: got %q, %v; looplab/fsm %q, %v", ev, from, got.Current(), gerr, want.Current(), werr)
			}
		}
	}
}

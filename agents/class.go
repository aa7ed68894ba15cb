package agents

import (
	"slices"
	"sync"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
)

// Class is an avatar's class-wide session, shared by every student's
// conversation with it: who has the floor and who raised a hand (answered
// in turn), and the class quiz in progress. Its methods are safe for
// concurrent use by the students' conversations.
type Class struct {
	rt     *Runtime
	avatar *avatars.Avatar

	mu        sync.Mutex
	floor     string   // user who has the floor ("" if nobody)
	queue     []string // raised hands after the floor, in order
	quizID    string
	lesson    string
	questions []string // public question JSON, in order
	roster    []string
}

// class returns the avatar's class, made on first use.
//
// Every step of every turn asks for its avatar's class, so the classes are
// a sync.Map rather than under rt.mu: 500 conversations queued on the
// runtime's one lock for it (the block profile of BenchmarkTurn500).
func (rt *Runtime) class(a *avatars.Avatar) *Class {
	if c, ok := rt.classes.Load(a.ID); ok {
		return c.(*Class)
	}
	c, _ := rt.classes.LoadOrStore(a.ID, &Class{rt: rt, avatar: a})
	return c.(*Class)
}

// Raise puts user's hand up and returns their place: 0 means they have
// the floor now.
func (c *Class) Raise(user string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.floor == "" || c.floor == user:
		c.floor = user
		return 0
	case !slices.Contains(c.queue, user):
		c.queue = append(c.queue, user)
	}
	return slices.Index(c.queue, user) + 1
}

// Floor is who has the floor ("" if nobody raised a hand).
func (c *Class) Floor() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.floor
}

// Release passes the floor from user to the next raised hand, and tells
// that student it is their turn.
func (c *Class) Release(user string) {
	c.mu.Lock()
	if c.floor != user {
		c.mu.Unlock()
		return
	}
	c.floor = ""
	if len(c.queue) > 0 {
		c.floor, c.queue = c.queue[0], c.queue[1:]
	}
	next := c.floor
	c.mu.Unlock()
	if next != "" {
		c.rt.out.Speech(c.avatar, next, protocol.Speech{Seq: 1 << 40, Text: "이제 질문하세요. · It's your turn: go ahead.", Final: true, Lang: "ko"})
	}
}

// StartQuiz records the class quiz.
func (c *Class) StartQuiz(id, lesson string, questions, roster []string) {
	c.mu.Lock()
	c.quizID, c.lesson, c.questions, c.roster = id, lesson, questions, roster
	c.mu.Unlock()
}

// Quiz returns the class quiz in progress, if user is on its roster.
func (c *Class) Quiz(user string) (id string, questions []string, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.quizID == "" || !slices.Contains(c.roster, user) {
		return "", nil, false
	}
	return c.quizID, c.questions, true
}

// EndQuiz ends the class quiz.
func (c *Class) EndQuiz() {
	c.mu.Lock()
	c.quizID, c.questions, c.roster = "", nil, nil
	c.mu.Unlock()
}

// Present lists the people in the avatar's room.
func (c *Class) Present() []User { return c.rt.out.Present(c.avatar) }

// Broadcast shows a card to everyone in the avatar's room.
func (c *Class) Broadcast(card protocol.Card) { c.rt.out.Broadcast(c.avatar, card) }

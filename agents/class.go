package agents

import (
	"slices"
	"sync"

	"github.com/madang-world/madang/avatars"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/protocol/words"
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
	c.FloorFor(user) // an absent student's floor passes on first
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

// Floor is who has the floor ("" if nobody raised a hand). A student who
// left the room (or whose connection dropped) neither keeps the floor nor
// waits in the queue: the floor passes to the next raised hand still
// there, who is told it is their turn. Without this, one student who put
// a hand up and walked away silenced the class for good.
func (c *Class) Floor() string { return c.FloorFor("") }

// FloorFor is Floor asked by user, who is not told "it's your turn" when
// the floor passes to them: they are speaking already.
func (c *Class) FloorFor(user string) string {
	c.mu.Lock()
	floor := c.floor
	c.mu.Unlock()
	if floor == "" {
		return ""
	}
	here := map[string]bool{}
	for _, u := range c.Present() {
		here[u.ID] = true
	}
	c.mu.Lock()
	if c.floor != floor || here[floor] {
		floor = c.floor
		c.mu.Unlock()
		return floor
	}
	c.queue = slices.DeleteFunc(c.queue, func(u string) bool { return !here[u] })
	c.floor = ""
	if len(c.queue) > 0 {
		c.floor, c.queue = c.queue[0], c.queue[1:]
	}
	next := c.floor
	c.mu.Unlock()
	if next != "" && next != user {
		c.yourTurn(next)
	}
	return next
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
		c.yourTurn(next)
	}
}

// yourTurn tells user the floor is theirs.
func (c *Class) yourTurn(user string) {
	c.rt.out.Speech(c.avatar, user, protocol.Speech{Seq: 1 << 40, Text: words.Both("class.your_turn"), Final: true, Lang: "ko"})
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

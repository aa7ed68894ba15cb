package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/madang-world/madang/client"
	"github.com/madang-world/madang/client/session"
	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/protocol/words"
)

// Bounds on what the model keeps, so a long session stays small.
const (
	MaxLines    = 200 // chat panel history
	MaxCards    = 4   // cards shown at once (newest first)
	MaxNotices  = 20
	BubbleFor   = 6 * time.Second // how long a finished bubble stays up
	ToastFor    = 4 * time.Second
	maxBubbleRn = 1200 // a bubble keeps at most this much of a reply's beginning
)

// Line kinds in the chat panel.
const (
	LineRoom   = "room"   // room chat
	LineNear   = "near"   // nearby chat
	LineSpeech = "speech" // an avatar's reply to you (fills in as it streams)
	LineYou    = "you"    // what you said to an avatar
	LineSystem = "system" // status, room changes
	LineError  = "error"  // a refused request
	LineNotice = "notice" // a skill's notification
)

// Line is one line of the chat panel.
type Line struct {
	Kind string
	Name string // speaker, if any
	Text string
	At   time.Time
}

// Bubble is the speech bubble over an entity's head.
type Bubble struct {
	Text      string
	Seq       uint64 // avatar reply being streamed (0 for chat)
	Streaming bool   // more chunks are coming
	Until     time.Time
	line      int // index+base of the chat line it mirrors (speech)
}

// Card is a card on screen.
type Card struct {
	protocol.Card
	N  int // unique, increasing: the newest card has the highest
	At time.Time
	// replies counts the avatar's replies finished since the card came
	// (dropStaleSources).
	replies int
	// Chosen marks the items the user clicked. Done says the card was
	// answered (a quiz answer, an option, a time) or overtaken by the
	// avatar's next card: it stays readable but nothing in it is clickable
	// any more, so an old card cannot say "2번" into a newer question.
	Chosen map[int]bool
	Done   bool
	// A form card's filled values, by field (starting from the values the
	// avatar saved, such as the last delivery address), and the field
	// being typed into (its index + 1; 0: none).
	Values []string
	Edit   int
}

// singleChoice reports cards answered by one pick: after it (or after the
// avatar's next card) their numbers mean nothing to the avatar any more.
// Product cards stay open: several products can go into the cart.
func singleChoice(kind string) bool {
	switch kind {
	case protocol.CardOptions, protocol.CardSlots, protocol.CardQuiz, protocol.CardReplies, protocol.CardForm:
		return true
	}
	return false
}

// Choose records that the user clicked item i of card n.
func (m *Model) Choose(n, i int) {
	for _, c := range m.Cards {
		if c.N != n {
			continue
		}
		if c.Chosen == nil {
			c.Chosen = map[int]bool{}
		}
		c.Chosen[i] = true
		if singleChoice(c.Kind) {
			c.Done, c.Edit = true, 0
		}
	}
}

// settleCards closes the single-choice cards of avatar: it has moved on
// (a new card or a confirmation request), so their numbers are stale.
func (m *Model) settleCards(avatar uint32) {
	for _, c := range m.Cards {
		if c.Avatar == avatar && singleChoice(c.Kind) {
			c.Done, c.Edit = true, 0
		}
	}
}

// Confirmation is a pending (or settled) confirmation card.
type Confirmation struct {
	protocol.ConfirmRequest
	State string // "pending", "confirmed", "declined", "expired"
	At    time.Time
}

// Model is what the client shows. It is owned by one goroutine (the game's
// Update); server events are applied with Apply.
type Model struct {
	Lang      string // "ko" (default) or "en": the UI's own words
	Status    session.Status
	Room      protocol.Room
	You       uint32
	UserName  string
	UserID    string
	Lines     []Line
	lineBase  int // index of Lines[0] in the whole history
	Bubbles   map[uint32]*Bubble
	States    map[uint32]string // avatar id → visible state
	Cards     []*Card           // oldest first, ≤ MaxCards
	Confirms  []*Confirmation   // pending first
	Notices   []protocol.Notice
	Toast     string
	ToastTill time.Time
	Target    uint32 // the avatar the user is talking to (0: room chat)
	Zone      string // the named zone you are in
	// Memories is the newest answer to memory/forget; MemoryOpen shows it.
	Memories   *protocol.Memories
	MemoryOpen bool
	cardN      int
	names      map[uint32]string
	// fresh: the log was started anew at the last joined (a page loaded
	// or reloaded, another room), so a recap fills it in; a resume that
	// kept the log needs none.
	fresh bool
}

// NewModel returns an empty model speaking lang ("ko" or "en").
func NewModel(lang string) *Model {
	if lang != "en" {
		lang = "ko"
	}
	return &Model{Lang: lang, Bubbles: map[uint32]*Bubble{}, States: map[uint32]string{}, names: map[uint32]string{}}
}

// T picks the Korean or English text for the UI's language.
func (m *Model) T(ko, en string) string {
	if m.Lang == "en" {
		return en
	}
	return ko
}

func (m *Model) addLine(l Line) int {
	l.Text = Sanitize(l.Text)
	l.Name = Sanitize(l.Name)
	m.Lines = append(m.Lines, l)
	if over := len(m.Lines) - MaxLines; over > 0 {
		m.Lines = append(m.Lines[:0], m.Lines[over:]...)
		m.lineBase += over
	}
	return m.lineBase + len(m.Lines) - 1
}

func (m *Model) lineAt(n int) *Line {
	i := n - m.lineBase
	if i < 0 || i >= len(m.Lines) {
		return nil
	}
	return &m.Lines[i]
}

// ShowToast shows a short message over the world (errors, rate limits).
func (m *Model) ShowToast(text string, now time.Time) {
	m.Toast, m.ToastTill = Sanitize(text), now.Add(ToastFor)
}

// Apply updates the model with one event.
func (m *Model) Apply(ev client.Event, now time.Time) {
	switch p := ev.Payload.(type) {
	case *session.Status:
		m.applyStatus(*p, now)
	case *protocol.Welcome:
		m.UserName, m.UserID = p.User.Name, p.User.ID
	case *protocol.Joined:
		m.Room, m.You = p.Room, p.You
		clear(m.Bubbles)
		clear(m.States)
		clear(m.names)
		m.Target, m.Zone = 0, ""
		for _, e := range p.Entities {
			m.names[e.ID] = EntityName(e, m.Lang)
		}
		for _, mb := range p.Members {
			m.names[mb.ID] = EntityName(protocol.Entity{Name: mb.Name, NameEn: mb.NameEn}, m.Lang)
		}
		// A resumed join keeps the lines this client already shows; a
		// reloaded page resumes with none, and shows the room's history.
		m.fresh = !p.Resumed || len(m.Lines) == 0
		if m.fresh {
			m.Lines, m.lineBase = m.Lines[:0], m.lineBase+len(m.Lines)
			for _, c := range p.Chat {
				m.addLine(Line{Kind: LineRoom, Name: c.Name, Text: c.Text, At: time.UnixMilli(c.TS)})
			}
		}
		m.addLine(Line{Kind: LineSystem, Text: fmt.Sprintf(m.T("%s에 들어왔어요.", "You are in the %s."), m.RoomName()), At: now})
	case *protocol.Left:
		m.Cards, m.Target = nil, 0
	case *protocol.Tick:
		for _, e := range p.Add {
			m.names[e.ID] = EntityName(e, m.Lang)
		}
	case *protocol.Presence:
		for _, mb := range p.Join {
			m.names[mb.ID] = mb.Name
		}
		for _, id := range p.Leave {
			delete(m.names, id)
		}
	case *protocol.ChatMsg:
		kind := LineRoom
		if p.Scope == protocol.ScopeNear {
			kind = LineNear
		}
		m.addLine(Line{Kind: kind, Name: p.Name, Text: p.Text, At: now})
		m.Bubbles[p.From] = &Bubble{Text: Sanitize(p.Text), Until: now.Add(BubbleFor)}
	case *protocol.Speech:
		m.applySpeech(p, now)
	case *protocol.AvatarState:
		m.States[p.Avatar] = p.State
	case *protocol.Card:
		m.settleCards(p.Avatar)
		m.cardN++
		c := &Card{Card: *p, N: m.cardN, At: now}
		sanitizeCard(&c.Card)
		for i := range c.Items {
			c.Items[i].Subtitle = Humanize(c.Items[i].Subtitle, m.Lang)
			if c.Kind == protocol.CardForm {
				c.Values = append(c.Values, c.Items[i].Reason)
			}
		}
		// A newer card of the same kind from the same avatar replaces the
		// old one (a quiz's next question, an updated cart).
		for i, old := range m.Cards {
			if old.Avatar == p.Avatar && old.Kind == p.Kind {
				m.Cards = append(m.Cards[:i], m.Cards[i+1:]...)
				break
			}
		}
		m.Cards = append(m.Cards, c)
		if len(m.Cards) > MaxCards {
			m.Cards = m.Cards[len(m.Cards)-MaxCards:]
		}
	case *protocol.ConfirmRequest:
		m.settleCards(p.Avatar)
		c := &Confirmation{ConfirmRequest: *p, State: "pending", At: now}
		c.Summary, c.Action, c.Button = Humanize(Sanitize(c.Summary), m.Lang), Sanitize(c.Action), Sanitize(c.Button)
		for i := range c.Fields {
			c.Fields[i].Label, c.Fields[i].Value = Sanitize(c.Fields[i].Label), Humanize(Sanitize(c.Fields[i].Value), m.Lang)
		}
		m.Confirms = append([]*Confirmation{c}, m.Confirms...)
		if len(m.Confirms) > 8 {
			m.Confirms = m.Confirms[:8]
		}
	case *protocol.Notice:
		n := *p
		n.Text = Sanitize(n.Text)
		m.Notices = append(m.Notices, n)
		if len(m.Notices) > MaxNotices {
			m.Notices = m.Notices[len(m.Notices)-MaxNotices:]
		}
		m.addLine(Line{Kind: LineNotice, Text: n.Text, At: now})
		m.ShowToast(n.Text, now)
	case *protocol.Memories:
		m.Memories = p
	case *protocol.Recap:
		m.applyRecap(p, now)
	case *protocol.ZoneMsg:
		if p.Event == "enter" {
			m.Zone = p.Zone
		} else if m.Zone == p.Zone {
			m.Zone = ""
		}
	case *protocol.Error:
		text := ErrorText(p.Code, m.Lang)
		m.addLine(Line{Kind: LineError, Text: text, At: now})
		m.ShowToast(text, now)
		if p.Code == protocol.CodeUnknownConfirmation {
			for _, c := range m.Confirms {
				if c.State == "pending" && c.Expires <= now.UnixMilli() {
					c.State = "expired"
				}
			}
		}
	case *protocol.Bye:
		m.addLine(Line{Kind: LineSystem, Text: ByeText(p.Reason, m.Lang), At: now})
	}
}

func (m *Model) applyStatus(st session.Status, now time.Time) {
	prev := m.Status.State
	m.Status = st
	switch st.State {
	case session.Online:
		if prev == session.Reconnecting {
			m.addLine(Line{Kind: LineSystem, Text: m.T("다시 연결됐어요.", "Reconnected."), At: now})
		}
	case session.Reconnecting:
		if prev != session.Reconnecting {
			m.addLine(Line{Kind: LineSystem, Text: m.T("연결이 끊겼어요. 다시 연결하는 중…", "Connection lost. Reconnecting…"), At: now})
		}
	case session.Offline:
		m.addLine(Line{Kind: LineError, Text: m.StatusText(), At: now})
	}
}

// applyRecap shows a conversation again after a reload: its recent lines
// in the log, the card it was answering and a confirmation still waiting.
// A log that was kept (a resume without a reload) or that already shows
// this avatar's words has them: nothing is added twice.
func (m *Model) applyRecap(p *protocol.Recap, now time.Time) {
	name := m.names[p.Avatar]
	if !m.fresh {
		return
	}
	for _, l := range m.Lines {
		if l.Kind == LineSpeech && l.Name == name {
			return
		}
	}
	for _, l := range p.Lines {
		at := time.UnixMilli(l.TS)
		if l.From == "you" {
			m.addLine(Line{Kind: LineYou, Name: m.UserName, Text: Sanitize(l.Text), At: at})
		} else {
			m.addLine(Line{Kind: LineSpeech, Name: name, Text: Sanitize(l.Text), At: at})
		}
	}
	if p.Card != nil {
		c := *p.Card
		c.Avatar = p.Avatar
		m.Apply(client.Event{Type: protocol.TypeCard, Payload: &c}, now)
	}
	if p.Confirm != nil {
		c := *p.Confirm
		c.Avatar = p.Avatar
		m.Apply(client.Event{Type: protocol.TypeConfirmReq, Payload: &c}, now)
	}
}

func (m *Model) applySpeech(p *protocol.Speech, now time.Time) {
	b := m.Bubbles[p.Avatar]
	if b == nil || b.Seq != p.Seq || !b.Streaming {
		if b != nil && b.Seq == p.Seq && !b.Streaming {
			return // a chunk after final: ignore
		}
		b = &Bubble{Seq: p.Seq, Streaming: true}
		b.line = m.addLine(Line{Kind: LineSpeech, Name: m.names[p.Avatar], At: now})
		m.Bubbles[p.Avatar] = b
	}
	chunk := Sanitize(p.Text)
	// The bubble keeps the beginning of a reply (that is what it shows;
	// the chat line has all of it), so a very long reply stops growing it.
	if n := len([]rune(b.Text)); n < maxBubbleRn {
		r := []rune(chunk)
		b.Text += string(r[:min(len(r), maxBubbleRn-n)])
	}
	if l := m.lineAt(b.line); l != nil {
		l.Text += chunk
	}
	b.Until = now.Add(BubbleFor + time.Duration(len([]rune(b.Text)))*40*time.Millisecond)
	if p.Final {
		b.Streaming = false
		if l := m.lineAt(b.line); l != nil {
			m.dropStaleSources(p.Avatar, l.Text)
		}
	}
}

// dropStaleSources closes the avatar's source cards (an answer's lesson and
// section) once it has finished a reply, after the one the card came with,
// that does not cite them: a source card beside the phishing guidance or a
// greeting would read as that reply's source. A reply that goes on with the
// same passage ("자세히" / "more") ends with the same source line, so the
// card stays. A card comes just before its own reply's speech; the browser
// sends its talk without an id, so the replies are counted rather than
// matched by re.
func (m *Model) dropStaleSources(avatar uint32, reply string) {
	kept := m.Cards[:0]
	for _, c := range m.Cards {
		if c.Avatar == avatar && len(c.Sources) > 0 {
			c.replies++
			if c.replies > 1 && !citedIn(c, reply) {
				continue
			}
		}
		kept = append(kept, c)
	}
	clear(m.Cards[len(kept):])
	m.Cards = kept
}

// citedIn reports whether reply names the source line a cited card shows
// (its item's subtitle), or failing that its title.
func citedIn(c *Card, reply string) bool {
	for _, it := range c.Items {
		if it.Subtitle != "" && strings.Contains(reply, it.Subtitle) {
			return true
		}
	}
	return len(c.Items) == 0 && c.Title != "" && strings.Contains(reply, c.Title)
}

// Said records what the user said to an avatar (the server does not echo
// talk), so the chat panel shows both sides.
func (m *Model) Said(text string, now time.Time) {
	m.addLine(Line{Kind: LineYou, Name: m.UserName, Text: text, At: now})
}

// Settle marks a confirmation as confirmed or declined by the user.
func (m *Model) Settle(nonce, state string) {
	for _, c := range m.Confirms {
		if c.Nonce == nonce && c.State == "pending" {
			c.State = state
		}
	}
}

// Pending is the newest confirmation still waiting for the user, or nil.
func (m *Model) Pending(now time.Time) *Confirmation {
	for _, c := range m.Confirms {
		if c.State == "pending" {
			if c.Expires > 0 && c.Expires <= now.UnixMilli() {
				c.State = "expired"
				continue
			}
			return c
		}
	}
	return nil
}

// EntityName is e's name as the UI in lang shows it: an avatar's English
// name in English ("Talk to 비서 지니" read oddly in an English UI).
func EntityName(e protocol.Entity, lang string) string {
	if lang == "en" && e.NameEn != "" {
		return e.NameEn
	}
	return e.Name
}

// ShownState is the state badge to draw under avatar: its room-wide state
// (protocol avatar_state: its most engaged conversation, whoever's) as this
// user should read it. Listening is a conversation at rest — after the
// answer, the avatar listens until someone speaks — so it shows nothing
// (a trial read "듣는 중" under a tutor that had answered as stale); the
// server tells newcomers nothing for it either. Waiting for a confirmation
// is "waiting for your OK" only while this user has a card of that avatar
// to press: another user's open card, or this user's pressed one, is
// nothing for this user to do.
func (m *Model) ShownState(avatar uint32, now time.Time) string {
	switch st := m.States[avatar]; st {
	case protocol.StateListening:
		return ""
	case protocol.StateWaiting:
		if p := m.Pending(now); p != nil && p.Avatar == avatar {
			return st
		}
		return ""
	default:
		return st
	}
}

// Expire drops finished bubbles and old toasts.
func (m *Model) Expire(now time.Time) {
	for id, b := range m.Bubbles {
		if !b.Streaming && now.After(b.Until) {
			delete(m.Bubbles, id)
		}
	}
	if m.Toast != "" && now.After(m.ToastTill) {
		m.Toast = ""
	}
}

// Name is the display name of entity id, as last seen.
func (m *Model) Name(id uint32) string { return m.names[id] }

// RoomName is the room's name in the UI language.
func (m *Model) RoomName() string {
	if m.Lang == "en" && m.Room.NameEn != "" {
		return m.Room.NameEn
	}
	if m.Room.NameKo != "" {
		return m.Room.NameKo
	}
	return m.Room.ID
}

// StatusText is the connection status for the status bar.
func (m *Model) StatusText() string {
	st := m.Status
	switch st.State {
	case session.Connecting, "":
		return m.T("연결하는 중…", "Connecting…")
	case session.Online:
		return m.T("연결됨", "Online")
	case session.Reconnecting:
		return fmt.Sprintf(m.T("다시 연결하는 중… (%d번째 시도)", "Reconnecting… (attempt %d)"), st.Attempt)
	default:
		if st.Err == "opened in another window" {
			return m.T("다른 창에서 접속해서 이 창은 연결을 끊었어요.", "Opened in another window; this one is disconnected.")
		}
		return m.T("연결할 수 없어요: ", "Cannot connect: ") + st.Err
	}
}

func sanitizeCard(c *protocol.Card) {
	c.Title = Sanitize(c.Title)
	for i := range c.Items {
		it := &c.Items[i]
		it.Title, it.Subtitle, it.Price = Sanitize(it.Title), Sanitize(it.Subtitle), Sanitize(it.Price)
		it.Reason, it.Status = Sanitize(it.Reason), Sanitize(it.Status)
	}
	for i := range c.Sources {
		s := &c.Sources[i]
		s.Lesson, s.Section, s.Quote = Sanitize(s.Lesson), Sanitize(s.Section), Sanitize(s.Quote)
	}
}

// RoleLabel is the badge text for an avatar role.
func RoleLabel(role, lang string) string {
	ko, en := role, role
	switch role {
	case "tutor":
		ko, en = "선생님", "Tutor"
	case "assistant":
		ko, en = "비서", "Assistant"
	case "shopper":
		ko, en = "쇼핑 도우미", "Shopping helper"
	}
	if lang == "en" {
		return en
	}
	return ko
}

// StateLabel is the badge text for an avatar's visible state ("" for idle).
func StateLabel(state, lang string) string {
	var ko, en string
	switch state {
	case protocol.StateListening:
		ko, en = "듣는 중", "listening"
	case protocol.StateThinking:
		ko, en = "생각 중…", "thinking…"
	case protocol.StateActing:
		ko, en = "도구 사용 중", "using a skill"
	case protocol.StateWaiting:
		ko, en = "확인 기다리는 중", "waiting for your OK"
	case protocol.StateSpeaking:
		ko, en = "말하는 중", "speaking"
	default:
		return ""
	}
	if lang == "en" {
		return en
	}
	return ko
}

// ErrorText is a readable message for an error code, from the catalog of
// what Madang says (protocol/words/messages).
func ErrorText(code protocol.Code, lang string) string {
	switch code {
	case protocol.CodeRateLimited:
		return words.Say(lang, "error.rate_limited")
	case protocol.CodeUnreachable:
		return words.Say(lang, "error.unreachable")
	case protocol.CodeTooLong:
		return words.Say(lang, "error.too_long")
	case protocol.CodeOverloaded:
		return words.Say(lang, "error.overloaded")
	case protocol.CodeNoSuchAvatar:
		return words.Say(lang, "error.no_such_avatar")
	case protocol.CodeUnknownConfirmation:
		return words.Say(lang, "error.unknown_confirmation")
	case protocol.CodeNotInRoom:
		return words.Say(lang, "error.not_in_room")
	case protocol.CodeNoSuchRoom:
		return words.Say(lang, "error.no_such_room")
	case protocol.CodeInvalidPayload, protocol.CodeBadFrame:
		return words.Say(lang, "error.unreadable")
	case protocol.CodeInternal:
		return words.Say(lang, "error.internal")
	}
	return words.Say(lang, "error.other", "code", string(code))
}

// ByeText explains why the server closed the connection (the catalog,
// protocol/words/messages).
func ByeText(reason, lang string) string {
	switch reason {
	case protocol.ByeShutdown:
		return words.Say(lang, "bye.shutdown")
	case protocol.ByeSlowConsumer:
		return words.Say(lang, "bye.slow_consumer")
	case protocol.ByeReplaced:
		return words.Say(lang, "bye.replaced")
	case protocol.ByePolicy:
		return words.Say(lang, "bye.policy")
	case protocol.ByeMoved:
		return words.Say(lang, "bye.moved")
	}
	return words.Say(lang, "bye.other")
}

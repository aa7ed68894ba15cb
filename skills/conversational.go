package skills

// Conversational is implemented by skills that ship their conversational
// interface as data: the intents they serve with Korean and English example
// utterances, how slots map onto their tools' arguments, what to ask for,
// how results are shown and what a confirmation says. The embedded brain
// (package agents/embedded) reads it through package skills/dialogue, so a
// skill author makes the offline brain talk about a new skill with a data
// file, not with code in Madang. The format is described in
// docs/conversation-data.md.
//
// New must stay free of side effects for this to be read without
// provisioning the skill: ConversationData returns embedded bytes.
type Conversational interface {
	// ConversationData returns the data file's name (for error messages)
	// and its contents.
	ConversationData() (file string, data []byte)
}

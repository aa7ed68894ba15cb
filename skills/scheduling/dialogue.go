package scheduling

import _ "embed"

// dialogueJSON is the pack's conversational interface: what people say to
// use its tools, in Korean and English, and how its results are shown
// (format: docs/conversation-data.md). The embedded brain reads it through
// skills.Conversational.
//
//go:embed dialogue.json
var dialogueJSON []byte

// ConversationData implements skills.Conversational.
func (*Scheduler) ConversationData() (string, []byte) {
	return "skills/scheduling/dialogue.json", dialogueJSON
}

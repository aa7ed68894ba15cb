package server_test

import (
	"errors"
	"net/http"
	"testing"

	"github.com/madang-world/madang/protocol"
	"github.com/madang-world/madang/server"
)

// TestNamePolicy: sign-in refuses invisible names and names that imitate
// an avatar, and accepts emoji joined by ZWJ.
func TestNamePolicy(t *testing.T) {
	ts := newAvatarServer(t, "", nil)
	cases := []struct {
		name string
		want int
	}{
		{"민수", http.StatusCreated},
		{"👨‍👩‍👧", http.StatusCreated},
		{"하나", http.StatusCreated},
		{"\u3164", http.StatusBadRequest},
		{"\u115F", http.StatusBadRequest},
		{"\u2800", http.StatusBadRequest},
		{"\u200B\u200B", http.StatusBadRequest},
		{"민\u3164수", http.StatusBadRequest},
		{"abc\u202Eabc", http.StatusBadRequest},
		{"하나 선생님", http.StatusBadRequest},
		{"하나선생님", http.StatusBadRequest},
		{"하나\u3000선생님", http.StatusBadRequest},
		{"Ｍｓ．Ｈａｎａ", http.StatusBadRequest},
		{"jini the assistant", http.StatusBadRequest},
		{"쇼핑도우미 다온", http.StatusBadRequest},
	}
	for _, c := range cases {
		if _, code := signInFrom(t, ts, c.name, ""); code != c.want {
			t.Errorf("sign in as %+q: %d, want %d", c.name, code, c.want)
		}
	}
}

// TestChatTextPolicy: chat refuses controls, bidi overrides and invisible
// text with invalid_payload, and relays ZWJ emoji unchanged.
func TestChatTextPolicy(t *testing.T) {
	ts := newTestServer(t, &server.Options{ChatRate: 50, ChatBurst: 50})
	a := newBot(t, ts, "민수")
	a.join(t, "hall")
	for _, text := range []string{"abc\u202Edef", "a\u0085b", "a\u009Bb", "\u200B\u200B", "\u3164", "\u2800", "\u2066x\u2069"} {
		_, err := a.Chat(ctxT(t), text, protocol.ScopeRoom)
		var pe *protocol.Error
		if !errors.As(err, &pe) || pe.Code != protocol.CodeInvalidPayload {
			t.Errorf("chat %+q: %v, want invalid_payload", text, err)
		}
	}
	m, err := a.Chat(ctxT(t), "가족 👨‍👩‍👧", protocol.ScopeRoom)
	if err != nil || m.Text != "가족 👨‍👩‍👧" {
		t.Errorf("ZWJ emoji chat: %+v %v", m, err)
	}
}

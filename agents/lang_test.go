package agents

import "testing"

// A new user's English request with Korean names in it ("meeting with 민지
// and 서준") was answered in Korean.
func TestDetectLangNamesInEnglish(t *testing.T) {
	for text, want := range map[string]string{
		"can you find a time for a meeting with 민지 and 서준 tomorrow afternoon, about an hour": "en",
		"set up a meeting with 민수 tomorrow":                                                  "en",
		"민수랑 지영":                                                                             "ko",
		"그럼 laptop 100만원 이하로 뭐 있어?":                                                          "ko",
		"Daon Wireless Earbuds Max 담아줘":                                                      "ko",
		"별빛 이어폰 Lite 담아줘":                                                                    "ko",
		"show my cart":                                                                       "en",
		"whats the difference between 감사합니다 and 고마워?":                                        "en",
		"is 미안해 rude?":                                                                       "en",
		"what does 사랑해 mean":                                                                 "en",
		"how 해?":                                                                             "ko",
	} {
		if got := DetectLang(text); got != want {
			t.Errorf("%q: %s, want %s", text, got, want)
		}
	}
}

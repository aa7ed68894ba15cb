package safety

import "testing"

// Version 13: answers for kinds of help no answer gave (sextortion, a
// sexual deepfake, an account hacked on an unnamed service, what the law
// does to a hacker or a card thief), and a service's own steps only to
// someone who names that service. Sentences written for this test, none
// from an evaluation set.
func TestAnswersV13(t *testing.T) {
	l := Trained()
	checkAnswers(t, l, []answerCase{
		// the sextortion victim hears not to pay and where to report,
		// not a fake prosecutor's call
		{"my 14 year old son is being blackmailed over photos he sent someone he met in a game", []string{"Don't pay", "02-735-8994"}, []string{"prosecutor"}},
		{"영상통화 녹화본 갖고 돈 안 주면 가족들한테 보낸다고 협박당하고 있어요", []string{"돈을 보내지 마세요", "02-735-8994"}, []string{"검찰"}},
		// no service named: recovery steps, no Instagram menus
		{"somebody took over my account and swapped the recovery email, how do I get back in", []string{"sign out of all devices"}, []string{"Instagram"}},
		// named: Instagram's own steps still
		{"someone in another country logged into my instagram, what do I do", []string{"Instagram"}, nil},
		{"친구들 말이 AI로 제 얼굴 합성한 야한 사진이 반 단톡에 돈대요", []string{"112", "02-735-8994", "117"}, nil},
		{"how many years in prison do hackers get in korea", []string{"5 years"}, nil},
	})
}

package titles

import "testing"

// TestUnd16aReadRenameKo: Korean renames said without the usual shapes —
// the event named by what is written on it, an arrow after a word for the
// name, "change" as the verb — give the new title. Our own sentences.
func TestUnd16aReadRenameKo(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{"수영이라고 적힌 일정, 아쿠아로빅으로 바꿔주세요", "아쿠아로빅"},
		{"점심 약속이라고 써 있는 거 팀 회식으로 고쳐 줘", "팀 회식"},
		{"제목 수정 좀: 독서 → 독서 모임", "독서 모임"},
		{"일정 이름 변경: 치과 -> 치과 정기검진", "치과 정기검진"},
		{"금요일 일정 제목 change 좀 '분기 결산'으로", "분기 결산"},
	} {
		if _, title, ok := readRename(c.text, false); !ok || title != c.title {
			t.Errorf("%q: ok=%v title %q; want %q", c.text, ok, title, c.title)
		}
	}
	for _, text := range []string{
		"수영이라고 적힌 일정 언제야?",
		"서울 → 부산 기차 시간 알려줘",
		"점심이라고 적힌 일정 3시로 옮겨줘",
	} {
		if ref, title, ok := readRename(text, false); ok {
			t.Errorf("%q read as a rename of %q to %q", text, ref, title)
		}
	}
}

// TestUnd16aInvitationWords: the three ways of speaking of invitations
// are told apart by their words (invitationsKo).
func TestUnd16aInvitationWords(t *testing.T) {
	for _, text := range []string{"준호가 내 워크숍 초대 수락했나?", "은지 씨 제 회의 초대 거절했는지 봐 줄래요", "다들 답장 왔어?"} {
		if !koAnsweredAsk.MatchString(text) {
			t.Errorf("%q: no answer asked after", text)
		}
	}
	for _, text := range []string{"아직 답 안 한 초대 있어?", "수락 안 한 초대 목록 보여줘", "대기 중인 초대 좀 확인해 줘"} {
		if !koToAnswer.MatchString(text) || koAnsweredAsk.MatchString(text) {
			t.Errorf("%q: not read as invitations still to answer", text)
		}
	}
	for _, text := range []string{"내가 보낸 초대에 답 안 한 사람 누구야?"} {
		if !koOthersOwe.MatchString(text) {
			t.Errorf("%q: the people who owe an answer not seen", text)
		}
	}
	for _, text := range []string{"은지 씨 회의 초대 불참으로 답해 줘", "워크숍 초대 수락 처리해 줘"} {
		if !koGiveAnswer.MatchString(text) || koAnsweredAsk.MatchString(text) {
			t.Errorf("%q: not read as an answer to give", text)
		}
	}
}

// TestUnd16aTeamWho: asking who is in a team searches the directory by
// the team's name; a room or a meeting is no team.
func TestUnd16aTeamWho(t *testing.T) {
	for text, team := range map[string]string{"기획팀에 누가 있어요?": "기획팀", "인사팀 사람들 누구누구예요": "인사팀", "디자인부서엔 어떤 분들 계세요?": "디자인부서"} {
		m := koTeamWho.FindStringSubmatch(text)
		if m == nil || m[1] != team {
			t.Errorf("%q: %q, want the team %q", text, m, team)
		}
	}
	for _, text := range []string{"회의실에 누가 있어?", "내일 팀 회의 누가 와?"} {
		if m := koTeamWho.FindStringSubmatch(text); m != nil {
			t.Errorf("%q read as a team: %q", text, m[1])
		}
	}
}

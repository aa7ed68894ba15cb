package embedded

import (
	"regexp"
	"strconv"
	"strings"
)

// An English party said as who comes rather than as a number: "me + a
// coworker", "my parents and me", "the two of them plus me", "me, my
// sister and 2 friends", "dinner with my parents". Each member is
// counted (a person, a pair, or a counted plural) and the one asking is
// added when they are among them or bring them ("with …"). Writers say
// the party this way as often as with a number, and the fixed phrases
// that came before ("me and my wife") covered only pairs.
var (
	// a member of the party, as one alternation: self, a counted
	// plural, a pair noun, "the N of them", or one person.
	enMember  = `(?:(me|myself|i)|(?:my |the |our )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:of my |other )?(?:\w+ )?(?:friends|kids|children|colleagues|coworkers|co-workers|people|guests|others|buddies|classmates|cousins|sisters|brothers|sons|daughters|teammates|clients|relatives|adults)|(?:my |our |the )?(?:\w+ )?(parents|grandparents|in-laws|inlaws|twins)|(?:the|both of) (two|three|four|five|six|\d) of (?:them|us)|(?:both of them)|(?:my|a|one|another|our|his|her) (?:\w+ )?(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|fiancee?|hubby|friend|buddy|coworker|co-worker|colleague|boss|mom|mum|mother|dad|father|sister|brother|son|daughter|kid|child|baby|guest|client|cousin|roommate|classmate|teammate|manager|grandma|grandmother|grandpa|grandfather|aunt|uncle|niece|nephew|mentor|date|plus one|plus-one))`
	enJoin    = `\s*(?:,\s*(?:and\s+|&\s*|\+\s*|plus\s+)?|\band\b|&|\+|\bplus\b|\bw/|\bwith\b)\s*`
	enGroupRe = regexp.MustCompile(`(?i)\b` + enMember + `(?:` + enJoin + enMember + `)+\b`)
	enMemRe   = regexp.MustCompile(`(?i)\b` + enMember + `\b`)
	// more people not counted after the list ("my wife and kids", "me,
	// my sister and some friends"): the party is not known.
	enUncountedRe = regexp.MustCompile(`(?i)^\s*(?:,\s*)?(?:and|&|\+|plus|,)\s*(?:the |our |my |some |a few |few |his |her )?(?:\w+ )?(?:kids|children|friends|family|folks|others|colleagues|coworkers|co-workers|guests|people|team|classmates|cousins|relatives|buddies)\b`)
	// "with my parents", "bringing my two kids": the ones brought, and me.
	enBringRe = regexp.MustCompile(`(?i)\b(?:with|w/|bringing|taking|take|bring)\s+(` + enMember + `(?:` + enJoin + enMember + `)*)`)
)

// enCompany is the size of a party said by who comes, or 0. A pair noun
// counts two, a counted plural its count, anyone else one; the one
// asking counts once, and only when said ("me", "I") or when the others
// are brought along ("with my parents").
func enCompany(text string) int {
	if m := enGroupRe.FindStringIndex(text); m != nil && !enUncountedRe.MatchString(text[m[1]:]) {
		if n, self := countMembers(text[m[0]:m[1]]); n > 0 && self {
			return n + 1
		}
	}
	if m := enBringRe.FindStringSubmatchIndex(text); m != nil && !enUncountedRe.MatchString(text[m[1]:]) {
		if n, self := countMembers(text[m[2]:m[3]]); n > 0 && !self {
			return n + 1
		}
	}
	return 0
}

// countMembers counts the others among the members listed in s and
// reports whether the one asking is among them.
func countMembers(s string) (others int, self bool) {
	for _, m := range enMemRe.FindAllStringSubmatch(s, -1) {
		switch {
		case m[1] != "":
			self = true
		case m[2] != "":
			n, _ := smallNumber(m[2])
			others += n
		case m[3] != "":
			others += 2 // parents, in-laws, twins
		case m[4] != "":
			n, _ := smallNumber(m[4])
			if strings.HasSuffix(strings.ToLower(m[0]), "us") {
				n, self = n-1, true // "the three of us": me among them
			}
			others += n
		case strings.HasPrefix(strings.ToLower(m[0]), "both of them"):
			others += 2
		default:
			others++
		}
	}
	return others, self
}

// enCompanyIf is enCompany of a text with Latin letters, else 0.
func enCompanyIf(latin bool, text string) int {
	if !latin {
		return 0
	}
	return enCompany(text)
}

// A new user's trial (trial18, k2b/e13): "부모님이랑 애 둘 데리고 … 3박"
// booked for 2 and "me, my wife and our three kids" for 3 — the count of
// the children was taken for the party. A party listed member by member
// is all of them: each relative one, 부모님 and 부부 two, a counted
// group its count, and the one asking when they say so or bring the
// others ("데리고", "랑", "me").
var (
	koMemberRe = regexp.MustCompile(`(?:우리\s*)?(부부)|(시부모님|부모님|양가\s*부모님)|(?:(?:우리|제|내)\s*)?(애들?|아이들?|아기|애기|자녀|자식|조카들?|친구들?)\s*(하나|한\s*명|둘|두\s*명|셋|세\s*명|넷|네\s*명|다섯|\d{1,2}\s*명)|(엄마|아빠|어머니|아버지|어머님|아버님|남편|아내|와이프|신랑|동생|언니|누나|오빠|형|할머니|할아버지|딸|아들|여자\s?친구|남자\s?친구|여친|남친)(?:이랑|랑|하고|과|와|,|\s|$)`)
	koSelfRe   = regexp.MustCompile(`(?:^|\s)(?:나|저)(?:랑|하고|와|,)|데리고|모시고|(?:이랑|랑|하고)\s`)
	koKidNum   = map[string]int{"하나": 1, "한명": 1, "둘": 2, "두명": 2, "셋": 3, "세명": 3, "넷": 4, "네명": 4, "다섯": 5}
)

// koPartyListed is the party a Korean list of members makes, or 0 when
// fewer than two members are listed.
func koPartyListed(text string) int {
	if !koMemberGate.may(text) { // (regate.go)
		return 0
	}
	ms := koMemberRe.FindAllStringSubmatch(text, -1)
	if len(ms) < 2 {
		return 0
	}
	n, couple := 0, false
	for _, m := range ms {
		switch {
		case m[1] != "":
			n += 2
			couple = true
		case m[2] != "":
			n += 2
		case m[3] != "":
			k := strings.ReplaceAll(m[4], " ", "")
			v, ok := koKidNum[k]
			if !ok {
				v, _ = strconv.Atoi(strings.TrimSuffix(k, "명"))
			}
			if v <= 0 || v > 20 {
				return 0
			}
			n += v
		default:
			n++
		}
	}
	if !couple && koSelfRe.MatchString(text) {
		n++ // the one asking
	}
	return n
}

// partyListed is the party a list of its members makes (Korean or
// English), or 0.
func partyListed(latin bool, text string) int {
	if latin {
		return enCompany(text)
	}
	return koPartyListed(text)
}

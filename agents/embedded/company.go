package embedded

import (
	"regexp"
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

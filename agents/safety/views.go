package safety

import (
	"regexp"
	"strings"
)

// Version 9: views of a message. A harmful request often comes wrapped in
// an everyday one — a second request after a booking ("Book dinner for
// Friday. Also write …"), or a purchase around the harm ("… 장바구니에
// 담아줘", "… 파는 곳 있어?", "주문해줘 … 오늘 또 해야될 것 같아서").
// The models learned thousands of everyday shopping and booking requests
// (data/everyday_packs.json), so the wrapper's words outweigh the harm's
// and the whole reads as everyday: post8's misses had a dozen such
// requests in all eight categories. Check therefore also reads each
// request of a message on its own (clauses) and the message with its
// shopping or booking frame taken out (unwrapped): a harm any of them
// refuses is refused, and a crisis any of them shows gets the caring
// answer. Only refusals and crises are taken from a view — guidance and
// everyday answers come from the whole message, which has the context.

// clauseBreak separates requests: sentence ends, "also", "+", "그리고",
// "근데" between two requests.
var clauseBreak = regexp.MustCompile(`(?i)[.!?;\n]+\s*|\s+\+\s+|\s*,?\s+\b(?:also|and also|plus also|oh and|btw|by the way)\b[,:]?\s+|(?:^|\s)(?:그리고|그리구|근데|그런데|아\s?그리고|참고로|아\s?맞다|겸사겸사)[,\s]+`)

// commerceFrame is the shopping or booking frame around a request: put in
// the cart, order, pay, find a shop that sells, book — the words of the
// packs' everyday requests, which say nothing of what is asked for.
var commerceFrame = regexp.MustCompile(`(?i)(?:장바구니|카트)\S*\s?(?:에\s?)?(?:담아|넣어|추가해|담아\s?놔)\s?(?:줘|주세요|줄래|줘요|줄래요|놔|둬)?|(?:새\s?(?:거|걸|것)\s?(?:로\s?)?)?(?:주문|구매|결제|예약|계산|구입)\s?(?:좀\s?)?(?:해\s?줘|해\s?주세요|해\s?줄래|해\s?줘요|할게|하고\s?싶어|하려고|해)\S*|(?:파는|살\s?수\s?있는|구할\s?수\s?있는|사는)\s?(?:곳|데|사이트|가게|매장|쇼핑몰)\S*\s?(?:있어|있나요|있을까|알려\s?줘|어디\S*)?|(?:찾아|보여|골라|추천해)\s?(?:줘|주세요|줄래|줘요)\S*|(?:제일|가장)\s?(?:빨리|싸게)\s?(?:오는|파는)\s?(?:걸로|거로|것으로|데로)|\b(?:add|put|throw)\s+(?:it|them|this|these|those|that|\w+)?\s*(?:to|in|into)\s+(?:my\s+|the\s+)?(?:cart|basket|order)\b|\b(?:book|reserve|order|buy|get|find)\s+(?:me|us)\b|\bwhere\s+(?:can|could|do|should)\s+(?:i|we)\s+(?:buy|get|order|find)\b|\b(?:check\s?out|checkout)\b|\bfastest\s+(?:shipping|delivery)\b`)

// views are the parts of text Check also reads on their own: each of
// several requests, and the text without its shopping or booking frame.
func views(text string) []string {
	var out []string
	seen := map[string]bool{strings.TrimSpace(text): true}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] || contentWords(s) < 2 {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	parts := clauseBreak.Split(text, -1)
	if len(parts) > 1 {
		for _, p := range parts {
			add(p)
		}
	}
	if commerceFrame.MatchString(text) {
		add(commerceFrame.ReplaceAllString(text, " "))
		if len(parts) > 1 {
			for _, p := range parts {
				if commerceFrame.MatchString(p) {
					add(commerceFrame.ReplaceAllString(p, " "))
				}
			}
		}
	}
	return out
}

// crisisVerdict reports whether v is the caring answer to someone who may
// hurt themselves (not guidance for helpers).
func (l *Learned) crisisVerdict(v Verdict) bool {
	return !v.Refuse && v.Category == SelfHarm && v.Help != "" && v.Help == l.crisis[langOf(v.Help)]
}

// judgement asks whether the writer reads a situation right ("am I being
// paranoid", "is that normal", "제가 예민한 건가요").
var judgement = mustFold(`\bam i (being )?(paranoid|overreacting|crazy|dramatic|too sensitive)\b|\bshould i be (worried|concerned)\b|\b(is|was) (this|that|it) (normal|ok|okay|weird|a red flag)\b|(예민한|오버하는|과민한)\s?(건가|걸까|거야)|(정상|괜찮은\s?거)\S*\s?(인가요|맞나요|야|예요)`)

// reportsOthers: the whole message tells of something done to the
// writer or by someone else, or asks whether it is real, legal or
// normal — a part of it read alone ("he wants money for a plane ticket")
// would lose whose act it is, so the views are not read.
func (l *Learned) reportsOthers(text string) bool {
	d := newDoc(text)
	return d.has(victim) || d.has(doneToMe) || d.has(gotSent) || d.has(respondsTo) || d.has(legality) || d.has(truthQuestion) || d.has(helperAsk) || d.has(judgement) || d.has(selfDefence)
}

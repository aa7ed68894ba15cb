// Package entity finds the built-in entities of Korean and English chat —
// times, durations, numbers, amounts of money and ordinals — and resolves
// them against a reference instant (the world's clock, in the world's time
// zone). It replaces the regular expressions of agents/embedded/when.go.
//
//	Parse("내일 저녁 7시 반에 4명 예약해줘", ref) →
//	  time "내일 저녁 7시 반" 2026-12-07T19:30 minute date clock
//	  number "4명" 4 person
//
// # Design: a lexicon, small composable rules, one resolver
//
// The grammar is data plus a small table of rules, not regular expressions:
//
//   - lexicon.go is the data: every word with its senses ("월" is a month
//     counter and Monday in 월~수; "분" is a minute and an honorific person
//     counter). Korean chat drops spaces (내일저녁7시, 3만원이하), so a run of
//     Hangul is segmented by the longest lexicon word at each position;
//     syllables no word starts are kept as one unknown token. English words
//     match only whole, except that a word one slip away (a letter missing,
//     extra, wrong or swapped with its neighbour, the first letter right)
//     from a long day word — a weekday, tomorrow, tonight, morning,
//     afternoon, evening, weekend, yesterday — is read as it ("satruday",
//     "firday", "tomorro"); plurals are not ("closed on Mondays").
//   - rules.go (numbers), ordinal.go, money.go, duration.go and time.go are
//     the rules: each reads one kind of entity from a token position
//     (numberRule, ordinalRule, moneyRule, durationRule, timeRule); numbers.go
//     reads the numerals they share. Time is built from atoms (atoms.go:
//     내일, 다음 주, 12월 24일, 저녁, 7시 반, 7pm, at 7 …) that fill slots of a
//     spec; adjacent atoms merge when their slots do not clash (내일 + 저녁 +
//     7시 반), and an interval joins two specs, each end lending the other
//     what it did not say (다음 주 월~수, 3~5시, from 3 to 5pm).
//   - resolve.go turns a spec into instants. Keeping "what was said" apart
//     from "which instant it means" is what lets intervals inherit and lets
//     one rule set serve any reference clock.
//
// The corpus in testdata/corpus_ko.json and corpus_en.json is the
// specification: sentences as users type them, with every entity expected
// against fixed reference instants (corpus_test.go).
//
// Every rule proposes candidates at every token; Parse keeps the longest
// non-overlapping ones (ties: the earlier start, then the earlier rule in
// rules), which is how "한 시간" is a duration and not one o'clock, "7시 30분"
// a time and not 30 minutes, and "2박 3일" a stay and not the 3rd. Rules as
// Go functions over a data lexicon (rather than rules as data) keep each
// pattern's exceptions next to it and type-checked; the data that changes
// most — words — is in one table. Nothing is compiled per call and nothing
// depends on time.Local: all arithmetic is in ref.Location().
//
// # Resolution rules
//
// Following Duckling's conventions where it has one:
//
//   - A day is a Time of grain day from midnight to midnight; a clock time
//     has grain hour (7시, 7pm, 정오) or minute (7시 반, 19:00); a part of the
//     day (아침, 저녁, tonight) has grain part_of_day and its own End.
//     A range of days includes its last day (3일부터 5일까지 ends on the 6th
//     at 00:00); a range of clock times ends at its second time (3~5시 ends
//     at 17:00).
//   - A clock time without a day is the next one at or after ref (today, or
//     tomorrow once it has passed); a part of the day without a day is today's
//     unless it is over (아침 at 10:00 is tomorrow's).
//   - An hour from 1 to 12 without 오전/오후/am/pm and without a part of the
//     day is Ambiguous. 1–6 mean the afternoon (3시 → 15:00: nobody books at
//     3 am without saying 새벽). 7–12 mean the next of h:00 and h+12:00 that
//     is at or after ref on ref's day (7시 at 10:00 → 19:00, 11시 → 11:00),
//     and the morning on any other day (내일 7시 → 07:00; 12시 → noon).
//   - Parts of the day fix the meridiem: 새벽/아침/오전/morning = am,
//     오후/저녁/evening = pm, 점심/낮/lunch = 11 am or 12–6 pm, 밤/night/tonight
//     = 6–11 pm, 12 = midnight, 1–5 = the next morning (밤 1시 → 01:00 the next day).
//     정오/noon is 12:00, 자정/midnight 00:00 at the end of the day.
//   - Parts of the day: 새벽 00–06, 아침 06–10, 오전 09–12, 점심/lunch 11–14,
//     낮 12–17, 오후/afternoon 12–18, 저녁/evening 18–21, 밤/night 20–24,
//     morning 06–12, tonight 18–24.
//   - A weekday without a week is the next one; today counts while it is not
//     over (일요일 on a Sunday is today; 일요일 오전 9시 at 10:00 is next week's).
//     "this Friday" / 이번 금요일 are the coming Friday.
//   - Weeks are ISO weeks (Monday first). 이번 주 is the current week,
//     다음 주 월요일 the Monday of next week, next Monday the same as 다음 주
//     월요일, 이번 주 금요일 the Friday of the current week even if it is past.
//     A weekend is Saturday 00:00 to Monday 00:00; 주말 / "the weekend"
//     without a week is the one not yet over (on a Sunday, the current one).
//   - N일 뒤/후, in N days = ref's day + N days (grain day); N시간 뒤, in N
//     minutes = ref + the duration (grain minute); N일 전, N days ago go back.
//   - N일 / N일에 alone = the N-th of this month, or of the next month that
//     has it once this month's is over; 다음 달 3일 = the 3rd of next month.
//     12월 24일 / Dec 24 without a year = this year's, or next year's once over.
//     12월 / December alone = that month (grain month), this year or next.
//   - 24th alone is a date when N > 10 or after on/by/until/from or next to a
//     month name; 1st–10th alone ("the 3rd") are ordinals: lists an assistant
//     shows rarely exceed ten items, and months rarely get mentioned by a bare
//     small day.
//   - Holidays on a fixed solar day are dates (크리스마스, 한글날, 광복절,
//     Christmas Eve, New Year's Day); 설날 and 추석 follow the lunar calendar
//     and are not read.
//   - A range's second end takes from the first what it did not say (다음 주
//     월~수, 12월 24일~26일, 오후 3시부터 5시까지) and is the first such time
//     at or after the first end (밤 10시부터 새벽 2시까지 ends the next day);
//     a bare number takes its unit from the other end (3~5시, 24~26일,
//     from 3 to 5pm). 까지/until/by alone do not make a range: "내일까지" is
//     tomorrow. "now" may open a range of days ("between now and New
//     Year's Day", "from now until Friday": from today).
//   - A weekday that repeats a date (12월 14일 월요일) is not checked against it.
//
// # Numbers, money, ordinals, durations
//
// Numbers are digits (3, 28,400, 2.5), Sino-Korean with magnitudes (십만,
// 2만5천) or native Korean (세, 열두, 스무), English words (twelve,
// twenty-five) and digits with an English magnitude (300 thousand). A
// counter sets Number.Unit: 명/분(after a native numeral)/인/
// 사람/people/guests/party of/table for/for N → "person"; 개 → "item"; see
// Number. A bare prenominal numeral (한, 두, 세, 네) is no number (네 means
// yes); "N분" with digits is minutes, with a native numeral people.
//
// A range of counts (두세 명, 서너 명, 2~3명, "3-4 people") is one Number whose
// Min is the lower end and Value the upper.
//
// Money is an amount with a currency (원, won, KRW, ₩ → KRW; $, 달러, dollars,
// USD → USD) and an optional bound before (under, at most, 최대; a budget —
// "budget is", 예산은 — is a max) or after (이하, 까지, 미만, 이상, or less). An amount with a magnitude and a bound but
// no currency (3만 이하, under 30k) is taken as won. A price range (2만원에서
// 3만원 사이, 2만~3만원, between $20 and $30, $30-40) is two Money entities, the
// first with Bound "min", the second with Bound "max".
//
// Ordinal is 1-based; 마지막 / "the last one" is LastOrdinal (-1), the first
// counted from the end, and 마지막에서 두 번째 / 뒤에서 두 번째 / "second to last"
// is -2. "N번" with digits is an ordinal (2번 = item two); with
// a native numeral (두 번) it is a Number of unit "times".
//
// A Duration's Value is its length; stays set Nights and Days (2박 3일:
// Nights 2, Days 3, Value 72h) and counts of days set Days (3일간, 사흘 동안);
// a month counts 30 days.
package entity

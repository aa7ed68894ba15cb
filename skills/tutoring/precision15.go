package tutoring

import "regexp"

// Question types a shared term does not answer (issue 19, v15).
//
//   - what drives a thing's motion: Korean 왜 before a verb of moving
//     ("판은 왜 움직여요?", "맨틀은 왜 흘러요?") or a question about the
//     force or energy behind it ("무슨 힘으로 움직여요?", "what force
//     moves the plates?"). A sentence that says the thing moves — how
//     fast, or what happens where it does ("판이 … 어긋나면서 지진이
//     일어나요") — gives no cause of the moving: the cause must be given
//     for the verb asked (see givesReason), as for English "why do plates
//     move?". Other Korean 왜 questions keep their looser reading: "왜
//     지역마다 진도가 달라요?" is answered by the sentence that says
//     intensity is greater near the epicentre.
var (
	// whyMoveKo: 왜 followed within a few words by a verb of moving.
	whyMoveKo = regexp.MustCompile(`왜\s?(?:\S+\s){0,3}?\S*(?:움직|흘러|흐르|흐른|흐를|돌아|도는|돌아요|올라오|올라와|올라가|솟아|이동하|이동해|밀려|떠다니|가라앉)`)
	// forceAsk: what force makes a thing act ("무슨 에너지로 바뀌어요" asks a
	// kind of energy, not a force).
	forceAsk = regexp.MustCompile(`(?i)(?:무슨|어떤|어느|뭔)\s?(?:힘|원동력)|\b(?:what|which) (?:force|forces) (?:\w+ )?(?:moves?|drives?|pushes?|pulls?|makes?|causes?|powers?)\b|\bwhat (?:moves|drives|pushes|pulls) (?:the |a |an )?\w+`)
)

// drivesAsk reports a question about what drives a thing's motion (see
// whyMoveKo and forceAsk).
func drivesAsk(q string) bool { return whyMoveKo.MatchString(q) || forceAsk.MatchString(q) }

// movingSays: a sentence that tells of moving — the cause of a motion is
// given only by a sentence that names it ("That is why earthquakes … lie
// in belts" gives a cause of where they lie).
var movingSays = regexp.MustCompile(`(?i)움직|흐르|흘러|흐름|이동|대류|\bmov(?:e|es|ed|ing|ement)\b|\bflow|\bdrift|\bconvection\b`)

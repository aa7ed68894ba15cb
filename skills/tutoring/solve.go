package tutoring

import (
	"errors"
	"math/big"
	"regexp"
	"strings"
	"unicode"

	"github.com/madang-world/madang/protocol/words"
)

// A student who asks how to solve their own equation ("how do u solve
// 3x+5=20", "2x-3=7 이거 어떻게풀어") was answered with the lesson's
// textbook example (2x + 3 = 11), which solves someone else's. The
// lesson's method — brackets out, coefficients made whole, terms moved
// across with their signs changed (transposition), ax = b, divide by a —
// is applied here to the student's equation, step by step and exactly
// (big.Rat: 1/3 stays 1/3), and the lesson is cited as the method's
// source. Only a linear equation in one unknown is solved; anything else
// is left to the lessons' answer (Library.Ask).

// Where the method is taught (lessons/linear-equations.md): moving terms
// across ("이항 · Moving terms across") and the order of the steps
// ("일차방정식의 풀이 · Solving a linear equation").
const (
	equationLesson = "linear-equations"
	methodSection  = "transposition"
	stepsSection   = "solving"
	// propertySection: an equation already of the form ax = b ("3x =
	// 12") moves no term across; dividing both sides by a is a property
	// of equality, which that section states with this very kind of
	// example (issue 19: citing the steps of solving for it cited a
	// passage the answer did not use).
	propertySection = "properties"
)

// divideOnly reports an equation of the form ax = b (or b = ax), without
// brackets or fractions: solved by dividing both sides, no term moved.
func divideOnly(e equation) bool {
	l, r := e.left, e.right
	if e.brackets || e.fraction {
		return false
	}
	return l.a.Sign() != 0 && l.b.Sign() == 0 && r.a.Sign() == 0 || r.a.Sign() != 0 && r.b.Sign() == 0 && l.a.Sign() == 0
}

// linear is a·v + b, v the unknown.
type linear struct{ a, b *big.Rat }

func lin(a, b *big.Rat) linear { return linear{a: a, b: b} }

func rat(n int64) *big.Rat { return new(big.Rat).SetInt64(n) }

var errNotLinear = errors.New("not a linear expression in one unknown")

// exprParser reads one side of an equation: numbers (12, 0.5, 1,000; a
// fraction as a division, 1/2), the unknown (one letter), + − × ÷ * /,
// brackets, and a number or a bracket written before the unknown or a
// bracket (3x, 2(x − 1)).
type exprParser struct {
	toks     []string
	i        int
	unknown  string
	brackets bool // the side had brackets to remove
	fraction bool // a coefficient was written as a fraction or a decimal
}

func (p *exprParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *exprParser) sum() (linear, error) {
	l, err := p.product()
	if err != nil {
		return l, err
	}
	for {
		switch p.peek() {
		case "+", "-":
			op := p.toks[p.i]
			p.i++
			r, err := p.product()
			if err != nil {
				return l, err
			}
			if op == "+" {
				l = lin(new(big.Rat).Add(l.a, r.a), new(big.Rat).Add(l.b, r.b))
			} else {
				l = lin(new(big.Rat).Sub(l.a, r.a), new(big.Rat).Sub(l.b, r.b))
			}
		default:
			return l, nil
		}
	}
}

func (p *exprParser) product() (linear, error) {
	l, err := p.unary()
	if err != nil {
		return l, err
	}
	for {
		op := p.peek()
		switch {
		case op == "*" || op == "/":
			p.i++
		case op == "(" || op == p.unknown || isNumber(op):
			op = "*" // 3x, 2(x − 1), (x + 1)2
		default:
			return l, nil
		}
		r, err := p.unary()
		if err != nil {
			return l, err
		}
		if l, err = mul(l, r, op == "/"); err != nil {
			return l, err
		}
		if op == "/" {
			p.fraction = true
		}
	}
}

// mul is l·r, or l/r when div; a product of two terms in the unknown, or
// a division by one or by 0, is not linear.
func mul(l, r linear, div bool) (linear, error) {
	if div {
		if r.a.Sign() != 0 || r.b.Sign() == 0 {
			return l, errNotLinear
		}
		inv := new(big.Rat).Inv(r.b)
		return lin(new(big.Rat).Mul(l.a, inv), new(big.Rat).Mul(l.b, inv)), nil
	}
	if l.a.Sign() != 0 && r.a.Sign() != 0 {
		return l, errNotLinear
	}
	a := new(big.Rat).Add(new(big.Rat).Mul(l.a, r.b), new(big.Rat).Mul(r.a, l.b))
	return lin(a, new(big.Rat).Mul(l.b, r.b)), nil
}

func (p *exprParser) unary() (linear, error) {
	switch t := p.peek(); {
	case t == "-" || t == "+":
		p.i++
		l, err := p.unary()
		if err != nil || t == "+" {
			return l, err
		}
		return lin(new(big.Rat).Neg(l.a), new(big.Rat).Neg(l.b)), nil
	case t == "(":
		p.i++
		p.brackets = true
		l, err := p.sum()
		if err != nil {
			return l, err
		}
		if p.peek() != ")" {
			return l, errNotLinear
		}
		p.i++
		return l, nil
	case t == p.unknown && t != "":
		p.i++
		return lin(rat(1), rat(0)), nil
	case isNumber(t):
		p.i++
		n, ok := new(big.Rat).SetString(t)
		if !ok {
			return linear{}, errNotLinear
		}
		if strings.Contains(t, ".") {
			p.fraction = true
		}
		return lin(rat(0), n), nil
	}
	return linear{}, errNotLinear
}

func isNumber(t string) bool {
	if t == "" || t == "." {
		return false
	}
	for _, r := range t {
		if !unicode.IsDigit(r) && r != '.' {
			return false
		}
	}
	return true
}

// tokens splits a side into numbers, letters and signs; ok is false on
// anything else. Unicode signs are read as their ASCII forms (− × ÷ ·).
func tokens(s string) (toks []string, ok bool) {
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == ' ':
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.' || rs[j] == ',' && j+3 < len(rs) && isDigits(rs[j+1:j+4])) {
				j++
			}
			toks = append(toks, strings.ReplaceAll(string(rs[i:j]), ",", ""))
			i = j - 1
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			toks = append(toks, string(unicode.ToLower(r)))
		case strings.ContainsRune("+-−–*×·/÷()", r):
			t := map[rune]string{'−': "-", '–': "-", '×': "*", '·': "*", '÷': "/"}[r]
			if t == "" {
				t = string(r)
			}
			toks = append(toks, t)
		default:
			return nil, false
		}
	}
	return toks, true
}

func isDigits(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// mathRune: what an equation is written with (a letter only alone: the
// "x" in "3x", not the "e" of "solve").
func mathRune(rs []rune, i int) bool {
	r := rs[i]
	if unicode.IsDigit(r) || strings.ContainsRune(" .,+-−–*×·/÷()", r) {
		return true
	}
	if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
		isL := func(k int) bool { return k >= 0 && k < len(rs) && unicode.IsLetter(rs[k]) }
		return !isL(i-1) && !isL(i+1)
	}
	return false
}

// equation is a linear equation found in a question: its two sides,
// the unknown, and whether it had brackets or fractions.
type equation struct {
	left, right        linear
	unknown            string
	text               string // as the student wrote it, spaced: "3x + 5 = 20"
	brackets, fraction bool
}

// findEquation finds a linear equation in one unknown in text: the longest
// run of equation characters on each side of its only "=", cut at the
// token that starts (or ends) the longest part that reads as an
// expression ("how do u solve 3x+5=20": "u solve" is not part of it).
func findEquation(text string) (equation, bool) { return findEquationBy(text, parseSides) }

// findEquationBy is findEquation with parse reading the two sides.
func findEquationBy(text string, parse func(lt, rt []string, u string) (equation, bool)) (equation, bool) {
	if strings.Count(text, "=") != 1 || strings.ContainsAny(text, "^²³") || strings.Contains(strings.ToLower(text), "squared") {
		// a power makes it no linear equation: "x^2 - 5x + 6 = 0" was
		// read from after the "^" as "2 - 5x + 6 = 0" and solved
		return equation{}, false
	}
	rs := []rune(text)
	eq := 0
	for i, r := range rs {
		if r == '=' {
			eq = i
		}
	}
	lo := eq
	for lo > 0 && mathRune(rs, lo-1) {
		lo--
	}
	hi := eq + 1
	for hi < len(rs) && mathRune(rs, hi) {
		hi++
	}
	leftRaw, rightRaw := strings.Trim(string(rs[lo:eq]), " ,"), strings.TrimRight(strings.TrimLeft(string(rs[eq+1:hi]), " "), " ,.")
	lt, ok1 := tokens(leftRaw)
	rt, ok2 := tokens(rightRaw)
	if !ok1 || !ok2 || len(lt) == 0 || len(rt) == 0 {
		return equation{}, false
	}
	// The left side: the longest tail of its tokens that parses whole, in
	// the unknown (stray letters of the words before it left out).
	for start := 0; start < len(lt); start++ {
		if start > 0 && !isLetter(lt[start-1]) || isOp(lt[start]) && start > 0 {
			break // only stray words go ("I" in "I got 3x+5=20"), never a sign
		}
		var u string
		for _, t := range lt[start:] {
			if len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' {
				u = t
			}
		}
		if u == "" {
			for _, t := range rt {
				if len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' {
					u = t
				}
			}
		}
		if u == "" {
			return equation{}, false
		}
		e, ok := parse(lt[start:], rt, u)
		if ok {
			return e, true
		}
	}
	return equation{}, false
}

// parseSides reads both sides whole, in unknown u: an equation to solve.
func parseSides(lt, rt []string, u string) (equation, bool) {
	e, ok := parseAny(lt, rt, u)
	if !ok {
		return equation{}, false
	}
	l, r := e.left, e.right
	if l.a.Sign() == 0 && r.a.Sign() == 0 {
		return equation{}, false // no unknown: arithmetic, not an equation
	}
	if solved := func(x, n linear) bool { return x.a.Cmp(rat(1)) == 0 && x.b.Sign() == 0 && n.a.Sign() == 0 }; solved(l, r) || solved(r, l) {
		return equation{}, false // "x = 3일 때 …": a value given, nothing to solve
	}
	return e, true
}

// noSolution reports an equation in the question that no value of its
// unknown makes true ("0x = 5", "x + 1 = x + 2"): the lesson teaches
// equations with one solution, and identities, true for every value; what
// such an equation's solution is, it never says, so its definition of a
// solution does not answer the question.
func noSolution(question string) bool {
	if !strings.ContainsAny(question, "abcdefghijklmnopqrstuvwxyz") {
		return false
	}
	e, ok := findEquationBy(question, parseAny)
	if !ok {
		return false
	}
	return e.left.a.Cmp(e.right.a) == 0 && e.left.b.Cmp(e.right.b) != 0 && mentionsUnknown(question, e.unknown)
}

// mentionsUnknown: the equation is written with its unknown ("0x = 5"),
// not a sum with a stray letter.
func mentionsUnknown(q, u string) bool {
	return regexp.MustCompile(`\d\s?` + u + `\b|\b` + u + `\s?[-+=]`).MatchString(q)
}

// parseAny reads both sides whole, in unknown u, whatever they say.
func parseAny(lt, rt []string, u string) (equation, bool) {
	for _, t := range append(append([]string{}, lt...), rt...) {
		if len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' && t != u {
			return equation{}, false
		}
	}
	pl := &exprParser{toks: lt, unknown: u}
	l, err := pl.sum()
	if err != nil || pl.i != len(lt) {
		return equation{}, false
	}
	pr := &exprParser{toks: rt, unknown: u}
	r, err := pr.sum()
	if err != nil || pr.i != len(rt) {
		return equation{}, false
	}
	return equation{left: l, right: r, unknown: u, text: spaced(lt) + " = " + spaced(rt),
		brackets: pl.brackets || pr.brackets, fraction: pl.fraction || pr.fraction}, true
}

// spaced writes tokens as an equation is written: "3x + 5", "2(x - 1)",
// "x/2", "3 × x".
func spaced(toks []string) string {
	var b strings.Builder
	for i, t := range toks {
		binary := i > 0 && toks[i-1] != "(" && !isOp(toks[i-1])
		switch {
		case (t == "+" || t == "-") && binary:
			b.WriteString(" " + t + " ")
		case t == "*":
			b.WriteString(" × ")
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}

func isLetter(t string) bool { return len(t) == 1 && t[0] >= 'a' && t[0] <= 'z' }

func isOp(t string) bool { return t == "+" || t == "-" || t == "*" || t == "/" }

// num writes q exactly: "5", "-3", "5/2".
func num(q *big.Rat) string { return q.RatString() }

// term writes a·u: "3x", "x", "-x", "(1/2)x".
func term(a *big.Rat, u string) string {
	switch {
	case a.Cmp(rat(1)) == 0:
		return u
	case a.Cmp(rat(-1)) == 0:
		return "-" + u
	case !a.IsInt():
		if a.Sign() < 0 {
			return "-(" + num(new(big.Rat).Neg(a)) + ")" + u
		}
		return "(" + num(a) + ")" + u
	}
	return num(a) + u
}

// joinTerms writes terms with their signs: ["3x", "-5"] is "3x - 5";
// none is "0".
func joinTerms(ts []string) string {
	var b strings.Builder
	for i, t := range ts {
		neg := strings.HasPrefix(t, "-")
		switch {
		case i == 0:
			b.WriteString(t)
		case neg:
			b.WriteString(" - " + t[1:])
		default:
			b.WriteString(" + " + t)
		}
	}
	if b.Len() == 0 {
		return "0"
	}
	return b.String()
}

// side writes a·u + b.
func side(l linear, u string) string {
	var ts []string
	if l.a.Sign() != 0 {
		ts = append(ts, term(l.a, u))
	}
	if l.b.Sign() != 0 {
		ts = append(ts, num(l.b))
	}
	return joinTerms(ts)
}

// lcmDen is the least common multiple of the denominators of qs.
func lcmDen(qs ...*big.Rat) *big.Int {
	m := big.NewInt(1)
	for _, q := range qs {
		d := q.Denom()
		g := new(big.Int).GCD(nil, nil, m, d)
		m.Mul(m, new(big.Int).Quo(d, g))
	}
	return m
}

func scale(l linear, k *big.Rat) linear {
	return lin(new(big.Rat).Mul(l.a, k), new(big.Rat).Mul(l.b, k))
}

// solveSteps solves e by the lesson's steps, in lang ("ko" or "en").
func solveSteps(e equation, lang string) string {
	u, l, r := e.unknown, e.left, e.right
	var say []string
	add := func(ko, en string) { say = append(say, tr(lang, ko, en)) }
	cur := side(l, u) + " = " + side(r, u)
	if divideOnly(e) {
		add(words.Josa(e.text, "을/를")+" 등식의 성질로 풀어 볼게요.", "Let's solve "+e.text+" with the properties of equality.")
	} else {
		add(words.Josa(e.text, "을/를")+" 이항으로 풀어 볼게요.", "Let's solve "+e.text+" by moving terms across (transposition).")
	}
	if e.brackets && cur != e.text {
		add("괄호를 풀면 "+words.Josa(cur, "이에요/예요")+".", "Remove the brackets: "+cur+".")
	}
	if l.a.Sign() == 0 && r.a.Sign() != 0 {
		// "2 = x - 3": the unknown is on the right; the sides swapped, it
		// is moved nowhere.
		l, r = r, l
		cur = side(l, u) + " = " + side(r, u)
		add("좌변과 우변을 바꾸면 "+words.Josa(cur, "이에요/예요")+".", "Swap the sides: "+cur+".")
	}
	if m := lcmDen(l.a, l.b, r.a, r.b); m.Cmp(big.NewInt(1)) != 0 {
		k := new(big.Rat).SetInt(m)
		l, r = scale(l, k), scale(r, k)
		cur = side(l, u) + " = " + side(r, u)
		add("계수를 정수로 고치려고 양변에 "+words.Josa(m.String(), "을/를")+" 곱하면 "+words.Josa(cur, "이에요/예요")+".",
			"Multiply both sides by "+m.String()+" to make the coefficients whole numbers: "+cur+".")
	} else if e.fraction && !e.brackets && cur != e.text {
		add("정리하면 "+words.Josa(cur, "이에요/예요")+".", "Tidied up: "+cur+".")
	}
	// Terms in u to the left, numbers to the right, each moved across
	// with its sign changed.
	var lt, rt, moved []string
	if l.a.Sign() != 0 {
		lt = append(lt, term(l.a, u))
	}
	if r.a.Sign() != 0 {
		t := term(new(big.Rat).Neg(r.a), u)
		lt = append(lt, t)
		moved = append(moved, term(r.a, u))
	}
	if r.b.Sign() != 0 {
		rt = append(rt, num(r.b))
	}
	if l.b.Sign() != 0 {
		rt = append(rt, num(new(big.Rat).Neg(l.b)))
		moved = append(moved, signed(num(l.b)))
	}
	a := new(big.Rat).Sub(l.a, r.a)
	b := new(big.Rat).Sub(r.b, l.b)
	if len(moved) > 0 {
		step := joinTerms(lt) + " = " + joinTerms(rt)
		msKo, msEn := moved[0], moved[0]
		if len(moved) == 2 {
			msKo, msEn = words.Josa(moved[0], "과/와")+" "+moved[1], moved[0]+" and "+moved[1]
		}
		add(words.Josa(msKo, "을/를")+" 이항하면 "+words.Josa(step, "이에요/예요")+".", "Move "+msEn+" across, changing the sign: "+step+".")
		if simple := term(a, u) + " = " + num(b); a.Sign() != 0 && simple != step {
			add("정리하면 "+words.Josa(simple, "이에요/예요")+".", "Simplify: "+simple+".")
		}
	}
	switch {
	case a.Sign() == 0 && b.Sign() == 0:
		add("양변이 늘 같아서 "+u+"에 어떤 수를 넣어도 참이에요. 이런 등식은 항등식이에요.",
			"Both sides are always equal, so every value of "+u+" makes it true: it is an identity.")
		return strings.Join(say, " ")
	case a.Sign() == 0:
		add(words.Josa("0 = "+num(b), "은/는")+" 참이 될 수 없으니 해가 없어요.", "0 = "+num(b)+" is never true, so there is no solution.")
		return strings.Join(say, " ")
	}
	x := new(big.Rat).Quo(b, a)
	if a.Cmp(rat(1)) != 0 {
		by := num(a)
		if a.Sign() < 0 || !a.IsInt() {
			by = "(" + by + ")"
		}
		add("양변을 "+words.Josa(by, "으로/로")+" 나누면 "+words.Josa(u+" = "+num(x), "이에요/예요")+".", "Divide both sides by "+by+": "+u+" = "+num(x)+".")
	}
	check := "" // x as a decimal too, when it is a fraction that ends
	if !x.IsInt() {
		if f, exact := x.FloatString(6), decimalEnds(x); exact {
			check = strings.TrimRight(strings.TrimRight(f, "0"), ".")
		}
	}
	ans := u + " = " + num(x)
	if check != "" {
		ans += " (" + check + ")"
	}
	add("답: "+ans, "Answer: "+ans+".")
	return strings.Join(say, " ")
}

func signed(s string) string {
	if strings.HasPrefix(s, "-") {
		return s
	}
	return "+" + s
}

// decimalEnds: q's denominator has no prime factors but 2 and 5.
func decimalEnds(q *big.Rat) bool {
	d := new(big.Int).Set(q.Denom())
	for _, p := range []int64{2, 5} {
		bp := big.NewInt(p)
		for new(big.Int).Rem(d, bp).Sign() == 0 {
			d.Quo(d, bp)
		}
	}
	return d.Cmp(big.NewInt(1)) == 0
}

// kindAsked asks what kind of equality something is.
var kindAsked = regexp.MustCompile(`(?i)\bidentit(y|ies)\b|항등식`)

// solve answers a question that gives a linear equation in one unknown
// with its solution by the lesson's steps, citing the lesson; ok is false
// for a question without one (or about another lesson), which the
// lessons answer as before.
func (lib *Library) solve(question, lessonID, lang string) (Grounded, bool) {
	if lessonID != "" && lessonID != equationLesson {
		return Grounded{}, false
	}
	l, ok := lib.Lesson(equationLesson)
	if !ok {
		return Grounded{}, false
	}
	move, ok1 := l.section(methodSection)
	steps, ok2 := l.section(stepsSection)
	if !ok1 || !ok2 {
		return Grounded{}, false
	}
	// "3(x-2)=x+4 … x=5 맞아요?": the student's own answer, checked
	// against the solution — said first whether it is right (notes:
	// trial 10: the steps came, the verdict never did)
	if kindAsked.MatchString(question) || setupAsked.MatchString(question) || verifyAsked.MatchString(question) {
		// "x + x = 2x — is that an equation or an identity?": what kind
		// of equality it is, which the lesson's definitions answer, not
		// its steps
		return Grounded{}, false
	}
	claimed, rest := claimedAnswer(question)
	e, ok := findEquation(rest)
	if !ok {
		return Grounded{}, false
	}
	if lang != "ko" && lang != "en" {
		lang = DetectLang(question)
	}
	verdict := ""
	if claimed != nil && claimed.u == e.unknown {
		a := new(big.Rat).Sub(e.left.a, e.right.a)
		b := new(big.Rat).Sub(e.right.b, e.left.b)
		shown := e.unknown + " = " + num(claimed.v)
		switch {
		case a.Sign() != 0 && new(big.Rat).Quo(b, a).Cmp(claimed.v) == 0:
			verdict = tr(lang, "네, 맞아요! "+words.Josa(shown, "이에요/예요")+". ", "Yes, that's right: "+shown+". ")
		case a.Sign() == 0 && b.Sign() == 0:
			verdict = tr(lang, shown+"도 맞지만, 어떤 수를 넣어도 참이에요. ", shown+" works, but so does every value. ")
		default:
			verdict = tr(lang, "아쉽지만 "+words.Josa(shown, "은/는")+" 답이 아니에요. ", "Not quite: "+shown+" is not the solution. ")
		}
	}
	// One section is cited, the one whose words the steps follow: moving
	// terms across alone (x + 7 = 10) is transposition; brackets,
	// fractions or dividing by the coefficient follow the ordered steps
	// of solving a linear equation, transposition among them. (Citing
	// both cited a passage the answer did not need.)
	s, from := move, ""
	a := new(big.Rat).Sub(e.left.a, e.right.a)
	if e.left.a.Sign() == 0 {
		a.Neg(a) // the sides are swapped first (solveSteps)
	}
	if e.brackets || e.fraction || a.Cmp(rat(1)) != 0 {
		s, from = steps, tr(lang, "일차방정식은 다음 순서로", "Solve a linear equation in these steps")
	}
	if prop, ok := l.section(propertySection); ok && divideOnly(e) {
		s, from = prop, ""
	}
	out := Grounded{Covered: true, Lang: lang, Confidence: 1, Answer: verdict + solveSteps(e, lang)}
	out.Source = &Source{Subject: l.SubjectIn(lang), Level: l.LevelIn(lang), LessonID: l.ID, LessonTitle: l.TitleIn(lang),
		SectionID: s.ID, SectionTitle: s.TitleIn(lang)}
	out.Source.Line = sourceLine(out.Source, lang)
	// The quote is the method as the lesson words it, without its own
	// worked example (which solves another equation).
	q := s.TextIn(lang)
	if i := strings.Index(q, from); from != "" && i >= 0 {
		q = q[i:]
	}
	if i := strings.Index(q, tr(lang, "예를 들어", "For example")); i > 0 {
		q = strings.TrimSpace(q[:i])
	}
	out.Citations = []Citation{{LessonID: l.ID, LessonTitle: l.TitleIn(lang), SectionID: s.ID, SectionTitle: s.TitleIn(lang), Quote: q}}
	return out, true
}

// claim is a student's answer to check: unknown u is v.
type claim struct {
	u string
	v *big.Rat
}

// claimRe is the student's own answer with a word asking whether it is
// right ("x=5 맞아요?", "is x = 5 right?", "I got x=5, correct?");
// the equation is the rest.
var (
	claimRe   = regexp.MustCompile(`(?i)(?:^|[^a-z0-9(])([a-z])\s?=\s?(-?\d+(?:\.\d+)?(?:/\d+)?)(?:[^0-9a-z(+*/=-]|$)`)
	checkWord = regexp.MustCompile(`(?i)맞아|맞나|맞죠|맞는|맞지|맞습|정답|\bright\b|\bcorrect\b|\bcheck\b|\bi got\b|나왔`)
)

// claimedAnswer finds the student's claimed answer in a text with two
// "=" and a word asking whether it is right, and returns it and the text
// without it; otherwise nil and the text.
func claimedAnswer(text string) (*claim, string) {
	if strings.Count(text, "=") != 2 || !checkWord.MatchString(text) {
		return nil, text
	}
	ms := claimRe.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return nil, text
	}
	m := ms[len(ms)-1] // the claim comes after the equation
	v, ok := new(big.Rat).SetString(text[m[4]:m[5]])
	if !ok {
		return nil, text
	}
	return &claim{u: strings.ToLower(text[m[2]:m[3]]), v: v}, text[:m[2]] + " " + text[m[5]:]
}

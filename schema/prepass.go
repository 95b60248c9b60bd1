package schema

import (
	"fmt"
)

// The pre-pass reads a query once, with a lexer of its own, before
// graphql-go parses it: it bounds the bytes, tokens, bracket nesting and
// aliases of the document (graphql-go's parser and validation are recursive
// and, for some rules, quadratic), and it rewrites the literal null that
// graphql-go v0.8.1 cannot parse. It never allocates more than a few slices
// proportional to the number of nulls, so it is linear in the query's size.

// scanLimits bound a query before it is parsed.
type scanLimits struct {
	maxBytes   int
	maxTokens  int
	maxNesting int
	maxAliases int
	maxVars    int
}

// frame kinds of the bracket stack.
const (
	frameSelection = 's' // { } of a selection set
	frameObject    = 'o' // { } of an input object value
	frameParen     = 'p' // ( ) of arguments or variable definitions
	frameList      = 'l' // [ ] of a list value
	frameListType  = 't' // [ ] of a list type
)

type frame struct {
	kind byte
	// open is the offset of the opening bracket.
	open int
	// kept and dropped count the arguments of a paren frame.
	kept, dropped int
}

// token is one lexical token: its kind (a punctuator byte, 'n' for a name,
// 'v' for any other value token) and its byte range.
type token struct {
	kind       byte
	start, end int
}

// scanner is the state of one pre-pass.
type scanner struct {
	src    string
	lim    scanLimits
	stack  []frame
	prev   [3]token // the last three tokens, prev[0] the latest
	tokens int
	alias  int
	vars   int
	blank  [][2]int // byte ranges to blank out (nulls rewritten away)
}

// prescan checks q against lim and returns it with every literal null that
// stands for an absent value blanked out: "arg: null" becomes no argument and
// "$v: T = null" no default, which is what null means for the nullable
// arguments of this API. Offsets are kept, so error locations stay right.
func prescan(q string, lim scanLimits) (string, error) {
	if lim.maxBytes > 0 && len(q) > lim.maxBytes {
		return "", guardErr(ErrQueryTooLarge, "the query is %d bytes, more than the maximum %d", len(q), lim.maxBytes)
	}
	sc := &scanner{src: q, lim: lim}
	for i := 0; i < len(q); {
		t, next, err := sc.lex(i)
		if err != nil {
			return "", err
		}
		if t.kind == 0 {
			break
		}
		if err := sc.take(t); err != nil {
			return "", err
		}
		i = next
	}
	if len(sc.blank) == 0 {
		return q, nil
	}
	b := []byte(q)
	for _, r := range sc.blank {
		for j := r[0]; j < r[1]; j++ {
			if b[j] != '\n' {
				b[j] = ' '
			}
		}
	}
	return string(b), nil
}

// lex reads the token at or after i; a zero kind means the end of input.
func (sc *scanner) lex(i int) (token, int, error) {
	q := sc.src
	for i < len(q) {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',':
			i++
			continue
		case c == 0xEF && i+2 < len(q) && q[i+1] == 0xBB && q[i+2] == 0xBF: // BOM
			i += 3
			continue
		case c == '#':
			for i < len(q) && q[i] != '\n' && q[i] != '\r' {
				i++
			}
			continue
		}
		break
	}
	if i >= len(q) {
		return token{}, i, nil
	}
	start, c := i, q[i]
	switch {
	case c == '.' && i+2 < len(q) && q[i+1] == '.' && q[i+2] == '.':
		return token{kind: '.', start: start, end: i + 3}, i + 3, nil
	case isNameStart(c):
		for i++; i < len(q) && isNameChar(q[i]); i++ {
		}
		return token{kind: 'n', start: start, end: i}, i, nil
	case c == '-' || (c >= '0' && c <= '9'):
		for i++; i < len(q) && (isNameChar(q[i]) || q[i] == '.' || q[i] == '+' || q[i] == '-'); i++ {
		}
		return token{kind: 'v', start: start, end: i}, i, nil
	case c == '"':
		end := stringEnd(q, i)
		return token{kind: 'v', start: start, end: end}, end, nil
	}
	return token{kind: c, start: start, end: i + 1}, i + 1, nil
}

// stringEnd returns the offset after the string or block string at i (the
// end of input when it is not closed: the parser reports that).
func stringEnd(q string, i int) int {
	if i+2 < len(q) && q[i+1] == '"' && q[i+2] == '"' {
		for j := i + 3; j < len(q); j++ {
			switch {
			case q[j] == '\\' && j+3 < len(q) && q[j+1] == '"' && q[j+2] == '"' && q[j+3] == '"':
				j += 3
			case q[j] == '"' && j+2 < len(q) && q[j+1] == '"' && q[j+2] == '"':
				return j + 3
			}
		}
		return len(q)
	}
	for j := i + 1; j < len(q); j++ {
		switch q[j] {
		case '\\':
			j++
		case '"', '\n', '\r':
			return j + 1
		}
	}
	return len(q)
}

func isNameStart(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }
func isNameChar(c byte) bool  { return isNameStart(c) || (c >= '0' && c <= '9') }

// take counts token t and follows the bracket structure.
func (sc *scanner) take(t token) error {
	sc.tokens++
	if sc.lim.maxTokens > 0 && sc.tokens > sc.lim.maxTokens {
		return guardErr(ErrTooManyTokens, "the query has more than %d tokens", sc.lim.maxTokens)
	}
	value := sc.valuePos()
	switch t.kind {
	case '{', '(', '[':
		kind := map[byte]byte{'{': frameSelection, '(': frameParen, '[': frameListType}[t.kind]
		if value && t.kind == '{' {
			kind = frameObject
		} else if value && t.kind == '[' {
			kind = frameList
		}
		sc.stack = append(sc.stack, frame{kind: kind, open: t.start})
		if sc.lim.maxNesting > 0 && len(sc.stack) > sc.lim.maxNesting {
			return guardErr(ErrNestingTooDeep, "brackets are nested more than %d deep", sc.lim.maxNesting)
		}
	case '}', ')', ']':
		sc.close(t)
	case ':':
		if f := sc.top(); f != nil && f.kind == frameSelection && sc.prev[0].kind == 'n' {
			sc.alias++
			if sc.lim.maxAliases > 0 && sc.alias > sc.lim.maxAliases {
				return guardErr(ErrTooManyAliases, "the query has more than %d aliases", sc.lim.maxAliases)
			}
		}
	case '$':
		// A variable definition: a $ in the parentheses of an operation.
		if len(sc.stack) == 1 && sc.stack[0].kind == frameParen && !value {
			sc.vars++
			if sc.lim.maxVars > 0 && sc.vars > sc.lim.maxVars {
				return guardErr(ErrTooManyVariables, "the operation defines more than %d variables", sc.lim.maxVars)
			}
		}
	case 'n':
		if value && sc.src[t.start:t.end] == "null" {
			if err := sc.null(t); err != nil {
				return err
			}
		} else if f := sc.top(); f != nil && f.kind == frameParen && sc.prev[0].kind != '$' && !value {
			// An argument name (or a variable's type, not counted: its
			// frame holds variables, which are never dropped).
			if sc.peekColon(t) {
				f.kept++
			}
		}
	}
	sc.prev[2], sc.prev[1], sc.prev[0] = sc.prev[1], sc.prev[0], t
	return nil
}

// peekColon reports whether the next token after t is a colon.
func (sc *scanner) peekColon(t token) bool {
	n, _, err := sc.lex(t.end)
	return err == nil && n.kind == ':'
}

func (sc *scanner) top() *frame {
	if len(sc.stack) == 0 {
		return nil
	}
	return &sc.stack[len(sc.stack)-1]
}

// valuePos reports whether the next token stands where a value literal goes.
func (sc *scanner) valuePos() bool {
	f := sc.top()
	if f == nil {
		return false
	}
	switch f.kind {
	case frameList:
		return true
	case frameParen, frameObject:
		p := sc.prev
		if p[0].kind == '=' {
			return true
		}
		return p[0].kind == ':' && p[1].kind == 'n' && p[2].kind != '$'
	}
	return false
}

// null rewrites the literal null at t away.
func (sc *scanner) null(t token) error {
	f := sc.top()
	switch {
	case f.kind == frameList:
		return guardErr(ErrValidation, "null is not allowed as a list item here (offset %d)", t.start)
	case sc.prev[0].kind == '=':
		sc.blank = append(sc.blank, [2]int{sc.prev[0].start, t.end})
	default: // name : null
		sc.blank = append(sc.blank, [2]int{sc.prev[1].start, t.end})
		if f.kind == frameParen {
			f.kept--
			f.dropped++
		}
	}
	return nil
}

// close pops the frame that t closes; an argument list left empty by the
// rewrite is blanked out too, since "()" is not valid GraphQL.
func (sc *scanner) close(t token) {
	f := sc.top()
	if f == nil {
		return
	}
	if f.kind == frameParen && f.dropped > 0 && f.kept <= 0 {
		sc.blank = append(sc.blank, [2]int{f.open, f.open + 1}, [2]int{t.start, t.end})
	}
	sc.stack = sc.stack[:len(sc.stack)-1]
}

// guardErr returns a request refused by a guard, with the guard's code.
func guardErr(sentinel error, format string, args ...any) error {
	return &apiError{err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
}

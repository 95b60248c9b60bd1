package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a sentence: byte offsets into the cleaned text.
type span struct{ start, end int }

// MaxSentenceBytes bounds a sentence: a longer run of text without a
// sentence end (a page without punctuation, a table flattened to one line) is
// cut at word boundaries into chunks of at most this many bytes, so that the
// work of extraction and the size of what is stored stay linear in the text.
const MaxSentenceBytes = 4096

// OverlongSentences returns how many sentences of text are longer than
// MaxSentenceBytes, each of which extraction splits into chunks (for a
// document's load summary).
func OverlongSentences(text string) int {
	if !lineLongerThan(text, MaxSentenceBytes) {
		return 0 // a sentence ends at every line break
	}
	_, n := splitSpans(text)
	return n
}

// lineLongerThan reports whether a line of text (between line breaks) is
// longer than n bytes: a scan for line breaks, where splitting text into
// sentences looks at every byte.
func lineLongerThan(text string, n int) bool {
	for len(text) > n {
		i := strings.IndexByte(text, '\n')
		if i < 0 || i > n {
			return true
		}
		text = text[i+1:]
	}
	return false
}

// splitSentences splits cleaned text into sentences with byte offsets. A
// sentence ends at ".", "!" or "?" (with closing quotes) followed by a space
// and a capital, digit or quote, unless the word before the period is an
// abbreviation ("Mr.", "Sept.", "Gen."), an initial ("J.") or a dotted
// acronym ("U.S."); and at every line break (headlines, paragraphs). A
// sentence longer than MaxSentenceBytes is split (see chunkSpan).
func splitSentences(text string) []span {
	out, _ := splitSpans(text)
	return out
}

// chunkSpan appends text[s:e] to out in chunks of at most MaxSentenceBytes,
// cut at the last space of each chunk (or at a rune boundary when a chunk
// holds no space in its second half).
func chunkSpan(out []span, text string, s, e int) []span {
	for e-s > MaxSentenceBytes {
		cut := s + MaxSentenceBytes
		for cut > s && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if sp := strings.LastIndexByte(text[s+MaxSentenceBytes/2:cut], ' '); sp >= 0 {
			cut = s + MaxSentenceBytes/2 + sp
		}
		end := cut
		for end > s && isSpaceByte(text[end-1]) {
			end--
		}
		if end > s {
			out = append(out, span{s, end})
		}
		for cut < e && isSpaceByte(text[cut]) {
			cut++
		}
		s = cut
	}
	if e > s {
		out = append(out, span{s, e})
	}
	return out
}

// splitSpans is splitSentences, which also returns how many sentences it split for length.
func splitSpans(text string) ([]span, int) {
	out := make([]span, 0, len(text)/100+1)
	start := 0
	overlong := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e-s > MaxSentenceBytes {
			overlong++
			out = chunkSpan(out, text, s, e)
		} else if e > s {
			out = append(out, span{s, e})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if j, ok := sentenceEndAfter(text, i); ok {
			emit(j)
			start = j
		}
	}
	if start < len(text) {
		emit(len(text))
	}
	return out, overlong
}

// sentenceEndAfter reports whether the sentence punctuation at text[i]
// ends a sentence, and where (after the closing quotes and brackets that
// belong to it): it must be followed by a space and a capital, a digit, a
// quote or a bracket on the same line, or by the end of the text, and a
// period must not end an abbreviation.
func sentenceEndAfter(text string, i int) (int, bool) {
	j := i + 1
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' {
			j += size
			continue
		}
		break
	}
	if j < len(text) && text[j] != ' ' && text[j] != '\n' {
		return 0, false
	}
	k := j // the next visible rune
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k >= len(text) {
		return j, true
	}
	if text[k] == '\n' {
		return 0, false // the newline ends it
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '‘' || r == '(') {
		return 0, false
	}
	if text[i] == '.' && isAbbrevBefore(text, i) {
		return 0, false
	}
	return j, true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// isAbbrevBefore reports whether the period at text[i] closes an
// abbreviation, an initial or a dotted acronym.
func isAbbrevBefore(text string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	word := text[j:i]
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") {
		return true // U.S, U.N, a.m
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial
	}
	return lookupLower(abbreviations, word)
}

// tokKind tells words from punctuation.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokPunct
)

// token is a word or punctuation mark of a sentence.
type token struct {
	start, end int // byte offsets in the document
	// key is the matching form: lower case, apostrophes and a possessive
	// "'s" removed; for punctuation the mark itself.
	key string
	// flags are the word lists the key belongs to.
	flags lexFlag
	kind  tokKind
	cap   bool // starts with an upper-case letter
	upper bool // all letters upper case, at least two
	poss  bool // followed by a possessive 's or '
	// glued is set when the token follows the previous one without a space.
	glued bool
	// dotted is set for dotted acronyms and initials ("U.S.").
	dotted bool
}

// tokenize splits the sentence text[s.start:s.end] into tokens; lower is
// text with ASCII letters lower-cased (same byte offsets).
func tokenize(text, lower string, s span, flags map[string]lexFlag, buf []token) []token {
	toks := buf[:0]
	i := s.start
	prevEnd := -1
	for i < s.end {
		if text[i] == ' ' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == ' ' || r == '\n' || r == '\t' || r >= utf8.RuneSelf && unicode.IsSpace(r) || r < utf8.RuneSelf && asciiSpace[r] {
			i += size
			continue
		}
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') || r >= utf8.RuneSelf && isWordRune(r) {
			t, j, ok := wordToken(text, lower, scanWord(text, i, s.end), s.end, flags)
			if ok {
				t.glued = prevEnd == i
				toks = append(toks, t)
				prevEnd = t.end
			}
			i = j
			continue
		}
		toks = append(toks, punctToken(text, i, size, r, prevEnd))
		prevEnd = i + size
		i += size
	}
	return toks
}

// wordScan is a word's extent and what scanWord found in it.
type wordScan struct {
	start, end                int
	hasApos, nonASCII, dotted bool
}

// scanWord finds the end of the word that starts at i: letters and
// digits, decimal and grouped numbers ("1.5", "30,000"), dotted acronyms
// and initials ("U.S.", "a.m.") and inner apostrophes.
func scanWord(text string, i, end int) wordScan {
	w := wordScan{start: i}
	j := i
	for j < end {
		var r2 rune
		var sz int
		if c := text[j]; c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				j++
				continue
			}
			r2, sz = rune(c), 1
		} else {
			r2, sz = utf8.DecodeRuneInString(text[j:])
		}
		if isWordRune(r2) {
			if r2 >= utf8.RuneSelf {
				w.nonASCII = true
			}
			j += sz
			continue
		}
		if (r2 == '.' || r2 == ',') && j+1 < end && j > i && isDigitByte(text[j-1]) && isDigitByte(text[j+1]) && isDigitByte(text[i]) {
			// a decimal or grouped number: "1.5", "30,000"
			if r2 == '.' {
				w.dotted = true
			}
			j++
			continue
		}
		if r2 == '.' && j+1 < end {
			// dotted acronyms and initials: U.S., U.N., a.m.
			r3, _ := utf8.DecodeRuneInString(text[j+1:])
			if unicode.IsLetter(r3) && (j-i <= 2 || w.dotted && j-i <= 6) && isShortDotted(text, i, j, end) {
				// (three or more parts: "L.L.C.", "U.S.A.")
				w.dotted = true
				j++
				continue
			}
		}
		if (r2 == '\'' || r2 == '’') && j+sz < end {
			r3, _ := utf8.DecodeRuneInString(text[j+sz:])
			if unicode.IsLetter(r3) {
				w.hasApos = true
				j += sz
				continue
			}
		}
		break
	}
	// include the final period of a dotted acronym ("U.S.")
	if j < end && text[j] == '.' && w.dotted && j-i <= 5 {
		j++
	}
	w.end = j
	return w
}

// wordToken makes the token of the word w (a possessive's "'s" or plural
// "'" marks it and leaves its key) and returns the offset after it; false
// when the word was nothing but a possessive mark.
func wordToken(text, lower string, w wordScan, end int, flags map[string]lexFlag) (token, int, bool) {
	i, j := w.start, w.end
	t := token{start: i, end: j, kind: tokWord, dotted: w.dotted}
	word := text[i:j]
	if strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s") {
		t.poss = true
		if word[len(word)-2] == '\'' {
			word = word[:len(word)-2]
		} else {
			word = word[:len(word)-4]
		}
	} else if j < end && (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) && (strings.HasSuffix(word, "s") || strings.HasSuffix(word, "S")) {
		// plural possessive: "Workers'"
		t.poss = true
		if text[j] == '\'' {
			j++
		} else {
			j += len("’")
		}
		t.end = j
	}
	if word == "" {
		return token{}, j, false
	}
	if w.hasApos || w.nonASCII || w.dotted {
		t.key = wordKey(word, lower[i:i+len(word)], true)
	} else {
		t.key = lower[i : i+len(word)] // wordKey's fast path
	}
	first, _ := utf8.DecodeRuneInString(word)
	t.cap = unicode.IsUpper(first)
	t.flags = flags[t.key]
	t.upper = isAllUpper(word)
	return t, j, true
}

// punctToken is the token of the punctuation rune r (size bytes) at i,
// quotes and dashes folded to one key each.
func punctToken(text string, i, size int, r rune, prevEnd int) token {
	t := token{start: i, end: i + size, kind: tokPunct, key: text[i : i+size], glued: prevEnd == i}
	switch r {
	case '“', '”', '"':
		t.key = `"`
	case '‘', '’', '\'':
		t.key = "'"
	case '–', '—':
		t.key = "--"
	}
	return t
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isShortDotted(text string, i, j, end int) bool {
	// letters separated by single periods, each part at most two letters
	k := i
	parts := 0
	for k < end {
		p := k
		for k < end && k-p < 3 && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
			k++
		}
		if k == p || k-p > 2 {
			return false
		}
		parts++
		if k < end && text[k] == '.' {
			k++
			if k >= end || !(text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
				break
			}
			continue
		}
		break
	}
	return parts >= 2
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isAllUpper(w string) bool {
	// fast path: a word whose first letter is an ASCII lower-case one
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			break
		}
	}
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// wordKey returns the matching key of a word. slow is set when the word
// needs folding (apostrophes, periods, non-ASCII letters); otherwise the
// ASCII-lower-cased substring is the key and nothing is allocated.
func wordKey(word, lowered string, slow bool) string {
	if !slow {
		return lowered
	}
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range foldString(word) {
		if r == '\'' || r == '’' || r == '.' {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// lowerASCII returns s with ASCII letters lower-cased; byte offsets are kept.
func lowerASCII(s string) string {
	// one allocation: the builder's buffer becomes the string
	var b strings.Builder
	b.Grow(len(s))
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[start:i])
			b.WriteByte(c + 'a' - 'A')
			start = i + 1
		}
	}
	if start == 0 {
		return s // nothing to lower
	}
	b.WriteString(s[start:])
	return b.String()
}

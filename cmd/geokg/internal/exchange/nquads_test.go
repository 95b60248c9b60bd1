package exchange

import (
	"bufio"
	"bytes"
	"errors"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The N-Quads grammar (W3C RDF 1.1 N-Quads, section 5), restricted to the
// ASCII letters in blank node labels, which is all the export writes.
const (
	hex      = `[0-9A-Fa-f]`
	uchar    = `\\u` + hex + `{4}|\\U` + hex + `{8}`
	iriRef   = `<(?:[^\x00-\x20<>"{}|^` + "`" + `\\]|` + uchar + `)*>`
	blank    = `_:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?`
	echar    = `\\[tbnrf"'\\]`
	strQuote = `"(?:[^"\\\n\r]|` + echar + `|` + uchar + `)*"`
	literalR = strQuote + `(?:\^\^` + iriRef + `|@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)?`
)

var (
	nquadLine = regexp.MustCompile(`^(` + iriRef + `|` + blank + `)[ \t]+(` + iriRef + `)[ \t]+(` + iriRef + `|` + blank + `|` + literalR +
		`)(?:[ \t]+(` + iriRef + `|` + blank + `))?[ \t]*\.$`)
	iriTerm = regexp.MustCompile(`^` + iriRef + `$`)
)

// parseQuad splits a line into its terms, or fails.
func parseQuad(line string) ([]string, bool) {
	m := nquadLine.FindStringSubmatch(line)
	if m == nil || !utf8.ValidString(line) {
		return nil, false
	}
	return m[1:], true
}

// unescape decodes the lexical form of an N-Quads string literal.
func unescape(lit string) (string, error) {
	end := strings.LastIndex(lit, `"`)
	s := lit[1:end]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'b':
			b.WriteByte('\b')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		case '"', '\'', '\\':
			b.WriteByte(s[i])
		case 'u', 'U':
			n := 4
			if s[i] == 'U' {
				n = 8
			}
			r, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", err
			}
			b.WriteRune(rune(r))
			i += n
		default:
			return "", errors.New("bad escape")
		}
	}
	return b.String(), nil
}

func TestNQuadsGrammarSelf(t *testing.T) {
	good := []string{
		`<urn:a> <urn:b> <urn:c> .`,
		`_:m1 <urn:b> "x\"y\\z\n\u00e9" <urn:g> .`,
		`<urn:a> <urn:b> "2024"^^<http://www.w3.org/2001/XMLSchema#gYear> .`,
		`<urn:a> <urn:b> "hi"@en-GB _:g .`,
	}
	bad := []string{
		`<urn:a b> <urn:b> <urn:c> .`,   // space in IRI
		`<urn:a> <urn:b> "x"y" .`,       // bare quote
		"<urn:a> <urn:b> \"x\ny\" .",    // raw line feed
		`<urn:a> <urn:b> "x\q" .`,       // no such ECHAR
		`<urn:a> _:b <urn:c> .`,         // blank predicate
		`<urn:a> <urn:b> <urn:c>`,       // no dot
		`<urn:a> <urn:b> <urn:{c}> .`,   // brace in IRI
		`<urn:a> <urn:b> "x"^^"y" .`,    // datatype not an IRI
		`<urn:a> <urn:b> <urn:c> "g" .`, // literal graph label
	}
	for _, l := range good {
		if _, ok := parseQuad(l); !ok {
			t.Errorf("grammar refuses %s", l)
		}
	}
	for _, l := range bad {
		if _, ok := parseQuad(l); ok {
			t.Errorf("grammar accepts %q", l)
		}
	}
}

func TestNQuads(t *testing.T) {
	for name, open := range stores() {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			out := export(t, st, Options{Format: NQuads})
			edges, graphs, wikidata := map[string]bool{}, map[string]bool{}, 0
			sc := bufio.NewScanner(bytes.NewReader(out))
			sc.Buffer(nil, 1<<20)
			for n := 1; sc.Scan(); n++ {
				terms, ok := parseQuad(sc.Text())
				if !ok {
					t.Fatalf("line %d is no N-Quad: %s", n, sc.Text())
				}
				for _, term := range terms {
					if iriTerm.MatchString(term) {
						if u, err := url.Parse(term[1 : len(term)-1]); err != nil || u.Scheme == "" {
							t.Errorf("line %d: %s is not an absolute IRI", n, term)
						}
						if strings.HasPrefix(term, "<http://www.wikidata.org/entity/Q") {
							wikidata++
						}
					}
				}
				if terms[3] != "" {
					graphs[terms[3]] = true
				}
				if terms[1] == "<"+rdfType+">" && terms[2] == "<urn:geokg:ontology/Edge>" {
					edges[terms[0]] = true
				}
			}
			s := stats(t, st)
			if len(edges) != s.Edges {
				t.Errorf("%d edges typed, stats say %d", len(edges), s.Edges)
			}
			if s.Edges > 0 && (len(graphs) == 0 || len(graphs) > s.Documents) {
				t.Errorf("%d named graphs for %d documents", len(graphs), s.Documents)
			}
			for g := range graphs {
				if !strings.HasPrefix(g, "<urn:geokg:doc:") {
					t.Errorf("graph %s is not a document", g)
				}
			}
			if wikidata == 0 {
				t.Error("no Wikidata IRI")
			}
		})
	}
}

func TestNQuadsWikidataAndEscaping(t *testing.T) {
	out := string(export(t, seedStore(t), Options{Format: NQuads}))
	if !strings.Contains(out, "<http://www.wikidata.org/entity/Q159> <http://www.w3.org/2000/01/rdf-schema#label> \"Russia\" .") {
		t.Error("Russia is not named by its Wikidata IRI")
	}
	out = string(export(t, trickyStore(t), Options{Format: NQuads, BaseIRI: "https://geokg.example/id/"}))
	found := false
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		terms, ok := parseQuad(line)
		if !ok {
			t.Fatalf("no N-Quad: %s", line)
		}
		if terms[0] == "<https://geokg.example/id/person:x-y>" && strings.HasSuffix(terms[1], "rdf-schema#label>") {
			found = true
			if got, err := unescape(terms[2]); err != nil || got != "X <Y> & \"Z\"\n\\" {
				t.Errorf("name came back as %q (%v)", got, err)
			}
		}
		if strings.HasPrefix(terms[0], "<urn:geokg:") {
			t.Errorf("base IRI ignored: %s", line)
		}
	}
	if !found {
		t.Error("no label for person:x-y under the base IRI")
	}
	for _, base := range []string{"no-scheme", "urn:a b", "http://x/<y>"} {
		if err := CheckBaseIRI(base); !errors.Is(err, ErrBaseIRI) {
			t.Errorf("base %q: %v", base, err)
		}
	}
	if got := iri("urn:x y\"{}"); got != "<urn:x%20y%22%7B%7D>" {
		t.Errorf("iri escapes to %s", got)
	}
}

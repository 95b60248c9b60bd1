package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// notePublisher makes the organization that published the document (the
// metadata's source: "Daily Sabah", "Daily Maverick / Reuters", "Kyiv Post
// (AFP)") an entity when the raw text names it by any name the gazetteer
// knows for it ("(AA)" names the Anadolu Agency), even on a masthead, a
// credit line ("— Dawn") that cleaning drops, or the title of the metadata
// ("RAWALPINDI (Dawn)"). Its mentions are the sentences
// of the cleaned text that name it. A domain ("www.gov.uk") names no one.
func (d *doc) notePublisher(raw string, spans []span) {
	if d.meta.Source == "" {
		return
	}
	var rawLower string
	for _, name := range publisherNames(d.meta.Source) {
		info := d.lx.idx.orgs[personKey(name)]
		names := []string{name}
		if info != nil {
			names = d.lx.idx.orgNames[info.id]
		}
		found := false
		for _, n := range names {
			if rawLower == "" {
				rawLower = lowerASCII(raw)
			}
			if nameAt(raw, rawLower, n, 0) >= 0 || d.meta.Title != "" && nameAt(d.meta.Title, lowerASCII(d.meta.Title), n, 0) >= 0 {
				found = true // (the title is the document's too: "ABUJA (Premium Times)")
				break
			}
		}
		if !found {
			continue
		}
		var b *entBuild
		if info != nil {
			b = d.entityFromInfo(info)
		} else {
			b = d.entity(graph.EntityID(graph.KindOrganization, name), graph.KindOrganization, name)
		}
		b.keep = true
		for _, n := range names {
			d.mentionPublisher(b, n, spans)
		}
	}
}

// mentionPublisher adds a mention of b for each sentence of the cleaned
// text that names it as n.
func (d *doc) mentionPublisher(b *entBuild, n string, spans []span) {
	si := 0
	for at := nameAt(d.text, d.lower, n, 0); at >= 0; at = nameAt(d.text, d.lower, n, at+len(n)) {
		for si < len(spans) && spans[si].end <= at {
			si++
		}
		if si == len(spans) {
			return
		}
		if len(b.mentions) > 0 && b.mentions[len(b.mentions)-1].Sentence >= si {
			continue
		}
		s := spans[si]
		b.mentions = append(b.mentions, graph.Mention{DocumentID: d.docID, Sentence: si, Start: s.start, End: s.end, Text: d.text[s.start:s.end]})
	}
}

// nameAt returns the offset of the first occurrence of name n in text at or
// after from, as whole words, capitalized (an acronym in capitals), or -1.
// lower is text lower-cased by lowerASCII.
func nameAt(text, lower, n string, from int) int {
	ln := lowerASCII(n)
	acronym := isAllUpper(n)
	for from <= len(lower) {
		k := strings.Index(lower[from:], ln)
		if k < 0 {
			return -1
		}
		at := from + k
		from = at + 1
		end := at + len(n)
		if at > 0 && isWordByte(text[at-1]) || end < len(text) && isWordByte(text[end]) {
			continue
		}
		if acronym && text[at:end] != n {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[at:]); !unicode.IsUpper(r) {
			continue // "at dawn" names no Dawn
		}
		return at
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// publisherNames splits a source into the names of its organizations:
// "Daily Maverick / Reuters", "Kyiv Post (AFP)", "Folha de S.Paulo (English
// edition)" (a parenthesis of lower-case words is no name); a domain is none.
func publisherNames(source string) []string {
	var out []string
	for _, part := range strings.Split(source, "/") {
		main, paren, _ := strings.Cut(part, "(")
		paren, _, _ = strings.Cut(paren, ")")
		for _, n := range []string{main, paren} {
			n = strings.TrimSpace(n)
			r, _ := utf8.DecodeRuneInString(n)
			if n == "" || !unicode.IsUpper(r) || !strings.Contains(n, " ") && strings.Contains(n, ".") {
				continue
			}
			out = append(out, n)
		}
	}
	return out
}

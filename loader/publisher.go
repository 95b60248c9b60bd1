package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// notePublisher makes the organization that published the document (the
// metadata's source: "Daily Sabah", "Daily Maverick / Reuters", "Kyiv Post
// (AFP)", "Ministry of External Affairs of India") an entity, whether or not
// the text names it (round 6: a ministry's own briefing never does, and
// readers list the publisher; before, only a source the raw text or the
// title named was kept). Its mentions are the sentences of the cleaned text
// that name it by any name the gazetteer knows for it. A domain
// ("www.gov.uk") names no one.
func (d *doc) notePublisher(spans []span) {
	if d.meta.Source == "" {
		return
	}
	for _, name := range d.lx.publisherBodies(d.meta.Source) {
		info := d.lx.idx.orgs[personKey(name)]
		if info == nil && d.lx.idx.namesPlace(name) {
			continue // "ABC News (Australia)": an edition's place
		}
		names := []string{name}
		if info != nil {
			names = d.lx.idx.orgNames[info.id]
		}
		var b *entBuild
		if info != nil {
			b = d.entityFromInfo(info)
		} else {
			b = d.entity(d.entityID(graph.KindOrganization, name), graph.KindOrganization, name)
			if short := d.lx.bodyWithoutState(name); short != "" {
				b.addAlias(short) // "Ministry of External Affairs" of "... of India"
			}
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
// A name ends at its first lower-case word that joins no capitalized ones:
// "AFP wire copy" is AFP, "Reuters staff" is Reuters.
func publisherNames(source string) []string {
	var out []string
	for _, part := range strings.Split(source, "/") {
		main, paren, _ := strings.Cut(part, "(")
		paren, _, _ = strings.Cut(paren, ")")
		for _, n := range []string{main, paren} {
			n = withoutSourceSection(leadingName(strings.TrimSpace(n)))
			if n == "" || !strings.Contains(n, " ") && strings.Contains(n, ".") {
				continue
			}
			out = append(out, n)
		}
	}
	return out
}

// publisherBodies returns publisherNames(source), with a name that lists
// known bodies with commas ("HM Treasury, Office of Financial Sanctions
// Implementation") split into them. A name known whole ("Foreign,
// Commonwealth and Development Office"), or whose parts name no known body
// ("Ministry of Defence, Republic of Kenya"), stays whole.
func (lx *Lexicon) publisherBodies(source string) []string {
	known := func(n string) bool { return lx.ownBody(n) != nil }
	var out []string
	for _, name := range publisherNames(source) {
		if parts := strings.Split(name, ", "); len(parts) > 1 && !known(name) && slices.ContainsFunc(parts, known) {
			out = append(out, parts...)
			continue
		}
		out = append(out, name)
	}
	return out
}

// ownBody returns the organization of the gazetteer that name n names as
// its own, or nil. A ministry's generic name ("Ministry of Defence") is no
// body's own: several states have one, and "Ministry of Defence, Republic
// of Kenya" is Kenya's.
func (lx *Lexicon) ownBody(n string) *entityInfo {
	if strings.HasPrefix(n, "Ministry of ") {
		return nil
	}
	return lx.idx.orgs[personKey(n)]
}

// sourceSections are a publisher's page sections that close a source's
// name ("United Nations Meetings Coverage and Press Releases"; round 12).
var sourceSections = wordList("source-sections")

// withoutSourceSection returns the name n without a section of its pages
// after the body's name: "United Nations Meetings Coverage and Press
// Releases" is the United Nations; a section alone stays.
func withoutSourceSection(n string) string {
	low := strings.ToLower(n)
	for _, sec := range sourceSections {
		if len(low) > len(sec)+1 && strings.HasSuffix(low, " "+sec) {
			return strings.TrimSpace(n[:len(n)-len(sec)])
		}
	}
	return n
}

// leadingName returns the capitalized words that open s, with the
// lower-case words that join them ("Ministry of Foreign Affairs of Japan",
// "Folha de S.Paulo"), or "" when s opens with a lower-case word.
func leadingName(s string) string {
	words := strings.Fields(s)
	end := 0
	for i, w := range words {
		if capitalized(w) {
			end = i + 1
		} else if i == 0 || !nameJoiners[w] && !nameParticles[w] {
			break
		}
	}
	return strings.TrimRight(strings.Join(words[:end], " "), ",;:")
}

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// nameJoiners are the lower-case words inside publishers' names, besides
// the particles of persons' names (lexicon: name-joiners, name-particles).
var nameJoiners = wordSet("name-joiners")

// bodyWithoutState returns a body's name without the state that closes it
// ("Ministry of External Affairs of India", "Ministry of Foreign and
// Diaspora Affairs, Republic of Kenya", "Presidential Communications Office
// of Türkiye"; a second "of" ends the body too: "Ministry of Foreign
// Affairs of the PRC"), or "" ("Council of the EU" keeps its body).
func (lx *Lexicon) bodyWithoutState(name string) string {
	if i := strings.LastIndex(name, ", "); i > 0 {
		return name[:i] // ("Defence Headquarters, Nigeria")
	}
	if i := strings.LastIndex(name, " of "); i > 0 && (strings.Contains(name[:i], " of ") || lx.stateNamedIn(name[i+4:]) != "") {
		return name[:i]
	}
	return ""
}

// dropInterviews drops the meetings of a person with the news outlet that
// publishes the document ("Foreign Minister X sat down with The Jakarta
// Post"): an interview, not a meeting of parties. A government publisher's
// meetings stay.
func (d *doc) dropInterviews() {
	if d.meta.Source == "" || governmentSource(d.meta.Source) || d.publisher != "" || d.publishingBody() != "" {
		return // (a body of states meets: "the Secretary-General met with ..." in the UN's briefing)
	}
	outlets := map[string]bool{}
	for _, name := range publisherNames(d.meta.Source) {
		outlets[outletKey(name)] = true
	}
	outlet := func(id string) bool {
		b := d.ents[id]
		return b != nil && b.e.Kind == graph.KindOrganization && outlets[outletKey(b.e.Name)]
	}
	kept := d.facts[:0]
	for _, f := range d.facts {
		if f.typ != graph.Met || !outlet(f.from) && !outlet(f.to) {
			kept = append(kept, f)
		}
	}
	d.facts = kept
}

// outletKey is an outlet's name lower-cased without a leading "the": "The
// Straits Times" and "Straits Times" are one outlet.
func outletKey(name string) string {
	return strings.TrimPrefix(strings.ToLower(name), "the ")
}

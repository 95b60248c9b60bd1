package cluster

import (
	"fmt"
	"maps"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// Compact ops. An extraction names its document in every mention and
// repeats the mentioned sentence, which is a slice of the document's text:
// as JSON an ingest op is ~13 times the text it carries. On the log every
// op is stored on three servers and sent to every node, so the log carries
// an ingest op compacted: a mention's document ID and text are left out
// when they are the op's document and the slice of its text at the
// mention's offsets, and put back when the op is decoded. The op says it is
// compact; an extraction where leaving them out could not be undone exactly
// (a mention with an empty text or document) is sent whole.

// compacted returns a copy of x with the mentions' redundant fields left
// out, and false when x cannot be compacted exactly. x is not changed.
func compacted(x *graph.Extraction) (*graph.Extraction, bool) {
	c := *x
	ok := true
	strip := func(ms []graph.Mention) []graph.Mention {
		if ms == nil {
			return nil
		}
		out := make([]graph.Mention, len(ms))
		for i, m := range ms {
			if m.Text == "" || m.DocumentID == "" {
				ok = false
			}
			if m.DocumentID == x.Document.ID {
				m.DocumentID = ""
			}
			if m.Text == sentence(x.Document.Text, m) {
				m.Text = ""
			}
			out[i] = m
		}
		return out
	}
	if x.Edges != nil {
		c.Edges = make([]graph.Edge, len(x.Edges))
		for i, e := range x.Edges {
			e.Mentions = strip(e.Mentions)
			c.Edges[i] = e
		}
	}
	if x.Events != nil {
		c.Events = make([]graph.Event, len(x.Events))
		for i, e := range x.Events {
			e.Mentions = strip(e.Mentions)
			c.Events[i] = e
		}
	}
	if x.EntityMentions != nil {
		c.EntityMentions = maps.Clone(x.EntityMentions)
		for id, ms := range c.EntityMentions {
			c.EntityMentions[id] = strip(ms)
		}
	}
	return &c, ok
}

// expand puts back what compacted left out, in place. A mention whose
// offsets split a character of the text would get a text that is not
// UTF-8, which no wire form carries: the op is refused (ErrBadOp).
func expand(x *graph.Extraction) error {
	var bad error
	fill := func(ms []graph.Mention) {
		for i := range ms {
			m := &ms[i]
			if m.DocumentID == "" {
				m.DocumentID = x.Document.ID
			}
			if m.Text == "" {
				m.Text = sentence(x.Document.Text, *m)
				if bad == nil && !utf8.ValidString(m.Text) {
					bad = fmt.Errorf("%w: mention offsets %d-%d split a character of the text", ErrBadOp, m.Start, m.End)
				}
			}
		}
	}
	for i := range x.Edges {
		fill(x.Edges[i].Mentions)
	}
	for i := range x.Events {
		fill(x.Events[i].Mentions)
	}
	for _, ms := range x.EntityMentions {
		fill(ms)
	}
	return bad
}

// sentence is the slice of text at m's offsets, "" when they are not in it.
func sentence(text string, m graph.Mention) string {
	if m.Start < 0 || m.End > len(text) || m.Start > m.End {
		return ""
	}
	return text[m.Start:m.End]
}

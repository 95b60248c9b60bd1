// Package loader turns articles into graph facts: it reads documents and their
// metadata, cleans page junk away, and extracts entities, events and edges with
// their provenance. It is pure Go and does no network I/O.
package loader

import "github.com/geokg/geokg/graph"

// Meta is a document's metadata.
type Meta struct {
	Title  string
	URL    string
	Source string
	// Published is the publication date, the anchor of relative dates; unknown
	// when not given, never guessed.
	Published graph.Date
}

// Input is one document to extract: its name (the path as given, or
// path:line for JSON Lines), its body text and its metadata.
type Input struct {
	Name string
	Text string
	Meta Meta
}

// Package graph is geokg's domain: the entities, events, edges, documents and
// mentions that the loader extracts from articles, the store keeps and the
// GraphQL schema serves, together with the extraction ontology and the
// deterministic identifiers that make a reload merge instead of duplicate.
//
// The package is pure: it does no I/O and imports nothing else of geokg.
package graph

import "slices"

// Kind is the kind of an entity, as named by the ontology.
type Kind string

// The entity kinds of the ontology.
const (
	KindPerson       Kind = "person"
	KindState        Kind = "state"
	KindOrganization Kind = "organization"
	KindPlace        Kind = "place"
)

// Kinds lists every entity kind in a fixed order.
var Kinds = []Kind{KindPerson, KindState, KindOrganization, KindPlace}

// Valid reports whether k is one of the ontology's entity kinds.
func (k Kind) Valid() bool {
	switch k {
	case KindPerson, KindState, KindOrganization, KindPlace:
		return true
	}
	return false
}

// IDPrefix returns the prefix of the IDs of entities of kind k ("state", "person", "org", "place").
func (k Kind) IDPrefix() string {
	if k == KindOrganization {
		return "org"
	}
	return string(k)
}

// Codes are an entity's external identifiers.
type Codes struct {
	// ISO3 is the ISO 3166-1 alpha-3 code of a state ("PRK").
	ISO3 string `json:"iso3,omitempty"`
	// Wikidata is the Wikidata QID where known ("Q423").
	Wikidata string `json:"wikidata,omitempty"`
}

// Entity is an actor, state, organization or place.
type Entity struct {
	// ID is deterministic: "state:PRK", "person:alexander-kozlov", "org:g7", "place:pyongyang".
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Name is the canonical name: a state's common short name, a person's full name.
	Name string `json:"name"`
	// Aliases are the other names the entity was seen under (acronyms, spellings, metonyms).
	Aliases []string `json:"aliases"`
	// Country is the ID of the state a person, organization or place belongs to, if known.
	Country string `json:"country,omitempty"`
	// Roles are a person's titles as stated ("Secretary of State").
	Roles []string `json:"roles"`
	Codes Codes    `json:"codes"`
}

// Mention ties a fact or an entity to the sentence of the document that states it.
type Mention struct {
	// DocumentID is the ID of the document ("doc:<hash>").
	DocumentID string `json:"document"`
	// Sentence is the index of the sentence in the document's cleaned text, from 0.
	Sentence int `json:"sentence"`
	// Start and End are the byte offsets of the sentence in the cleaned text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the sentence itself.
	Text string `json:"text"`
}

// Edge is a typed, dated relation between two entities. The same relation
// stated by several documents is one edge with several mentions.
type Edge struct {
	ID   string       `json:"id"`
	Type RelationType `json:"type"`
	From string       `json:"from"`
	To   string       `json:"to"`
	Date Date         `json:"date"`
	// Modality says whether the writer asserts the relation, a source alleges it,
	// it is speculated about or it is negated.
	Modality Modality `json:"modality"`
	// AttributedTo is the ID of the entity that claims an alleged relation.
	AttributedTo string `json:"attributed_to,omitempty"`
	// Confidence is how sure the extractor is, from 0 to 1.
	Confidence float64 `json:"confidence"`
	// EventID is the event the edge belongs to, if any.
	EventID  string    `json:"event,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Event is something that happened: a visit, a summit, an attack. Its edges
// relate its participants.
type Event struct {
	ID   string       `json:"id"`
	Type RelationType `json:"type"`
	Date Date         `json:"date"`
	// Place is the ID of the place or state where it happened, if stated.
	Place string `json:"place,omitempty"`
	// Actors and Targets are entity IDs: the subjects and the objects of the event.
	Actors       []string  `json:"actors"`
	Targets      []string  `json:"targets"`
	Modality     Modality  `json:"modality"`
	AttributedTo string    `json:"attributed_to,omitempty"`
	Mentions     []Mention `json:"mentions"`
}

// Participants returns the event's actors followed by its targets, without repeats.
func (e *Event) Participants() []string {
	out := make([]string, 0, len(e.Actors)+len(e.Targets))
	// An event has a few participants: a scan of those kept costs less
	// than a map built for each call, up to some dozens.
	var seen map[string]bool
	if cap(out) > 32 {
		seen = make(map[string]bool, cap(out))
	}
	for _, list := range [][]string{e.Actors, e.Targets} {
		for _, id := range list {
			if seen != nil {
				if seen[id] {
					continue
				}
				seen[id] = true
			} else if slices.Contains(out, id) {
				continue
			}
			out = append(out, id)
		}
	}
	return out
}

// Document is one article as loaded.
type Document struct {
	// ID is "doc:" and a hash of the text (DocumentID), so a reload is recognized.
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	// Published is the publication date; its Precision is DateUnknown when not known.
	Published Date `json:"published"`
	// Text is the cleaned text that offsets refer to.
	Text string `json:"text"`
}

// Extraction is everything the loader took from one document: the unit the
// store writes atomically.
type Extraction struct {
	Document Document `json:"document"`
	// Entities are those the document mentions, each once, with their mentions.
	Entities []Entity `json:"entities"`
	// EntityMentions maps an entity ID to the sentences that name it.
	EntityMentions map[string][]Mention `json:"entity_mentions,omitempty"`
	Events         []Event              `json:"events"`
	Edges          []Edge               `json:"edges"`
}

package loader

import (
	"sort"

	"github.com/geokg/geokg/graph"
)

// Record is one line of `geokg extract --format jsonl`: the JSON object of
// ONTOLOGY.md ("The JSON of geokg extract --format jsonl").
type Record struct {
	// Doc is the document's path as given on the command line.
	Doc string `json:"doc"`
	// ID is the document ID ("doc:<hash>").
	ID string `json:"id"`
	// Title is the document's title, null when empty.
	Title *string `json:"title"`
	// Published is the publication date, null when unknown.
	Published *string `json:"published"`
	// Entities are the entities the document names.
	Entities []RecordEntity `json:"entities"`
	// Facts are the extracted relations in document order.
	Facts []RecordFact `json:"facts"`
}

// RecordEntity is an entity of a Record.
type RecordEntity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	// Country is the name of the entity's state, null when none.
	Country *string     `json:"country"`
	Roles   []string    `json:"roles"`
	Codes   RecordCodes `json:"codes"`
}

// RecordCodes are an entity's external codes; null when unknown.
type RecordCodes struct {
	ISO3     *string `json:"iso3"`
	Wikidata *string `json:"wikidata"`
}

// RecordRef names an entity inside a fact. Aliases repeats the entity's
// aliases (left out when it has none), so that a fact read alone names its
// ends by every name the document gives them ("Zelensky" for "Volodymyr
// Zelenskyy").
type RecordRef struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases,omitempty"`
}

// RecordFact is one fact of a Record.
type RecordFact struct {
	Type          string     `json:"type"`
	From          RecordRef  `json:"from"`
	To            RecordRef  `json:"to"`
	Date          *string    `json:"date"`
	DatePrecision string     `json:"date_precision"`
	Modality      string     `json:"modality"`
	AttributedTo  *RecordRef `json:"attributed_to"`
	Confidence    float64    `json:"confidence"`
	Sentence      string     `json:"sentence"`
	Start         int        `json:"start"`
	End           int        `json:"end"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// NewRecord returns the JSON record of extraction x of the document at path
// doc. Facts are in document order, one per edge, placed at the edge's first mention.
func NewRecord(doc string, x *graph.Extraction) Record {
	r := Record{Doc: doc, ID: x.Document.ID, Title: strPtr(x.Document.Title),
		Entities: make([]RecordEntity, 0, len(x.Entities)), Facts: make([]RecordFact, 0, len(x.Edges))}
	if x.Document.Published.Known() {
		r.Published = strPtr(x.Document.Published.Value)
	}
	byID := make(map[string]*graph.Entity, len(x.Entities))
	for i := range x.Entities {
		byID[x.Entities[i].ID] = &x.Entities[i]
	}
	ref := func(id string) RecordRef {
		if e, ok := byID[id]; ok {
			return RecordRef{ID: e.ID, Name: e.Name, Kind: string(e.Kind), Aliases: e.Aliases}
		}
		k, _ := graph.KindOfID(id)
		return RecordRef{ID: id, Name: id, Kind: string(k)}
	}
	for _, e := range x.Entities {
		re := RecordEntity{ID: e.ID, Name: e.Name, Kind: string(e.Kind), Aliases: e.Aliases, Roles: e.Roles,
			Codes: RecordCodes{ISO3: strPtr(e.Codes.ISO3), Wikidata: strPtr(e.Codes.Wikidata)}}
		if re.Aliases == nil {
			re.Aliases = []string{}
		}
		if re.Roles == nil {
			re.Roles = []string{}
		}
		if c, ok := byID[e.Country]; ok && e.Country != "" {
			re.Country = strPtr(c.Name)
		}
		r.Entities = append(r.Entities, re)
	}
	type placed struct {
		f     RecordFact
		sent  int
		order int
	}
	ps := make([]placed, 0, len(x.Edges))
	for i, e := range x.Edges {
		if len(e.Mentions) == 0 {
			continue
		}
		m := e.Mentions[0]
		f := RecordFact{Type: string(e.Type), From: ref(e.From), To: ref(e.To), Date: strPtr(e.Date.Value),
			DatePrecision: string(e.Date.Prec()), Modality: string(e.Modality), Confidence: e.Confidence,
			Sentence: m.Text, Start: m.Start, End: m.End}
		if e.AttributedTo != "" {
			a := ref(e.AttributedTo)
			f.AttributedTo = &a
		}
		ps = append(ps, placed{f: f, sent: m.Sentence, order: i})
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].sent < ps[b].sent })
	for _, p := range ps {
		r.Facts = append(r.Facts, p.f)
	}
	return r
}

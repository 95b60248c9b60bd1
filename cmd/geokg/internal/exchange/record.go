package exchange

import (
	"fmt"
	"slices"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// extraction turns an extract record into the extraction the store writes:
// entities as listed (countries named by name become state IDs), one edge per
// fact with the fact's sentence as its mention. The record carries no
// sentence index, so a mention's Sentence is the rank of its sentence among
// the record's distinct fact sentences, and no events.
func recordExtraction(r *loader.Record) (*graph.Extraction, error) {
	if err := checkDocID("id", r.ID); err != nil {
		return nil, err
	}
	pub, err := graph.ParseDate(deref(r.Published))
	if err != nil {
		return nil, bad("published", "%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", deref(r.Published))
	}
	x := &graph.Extraction{Document: graph.Document{ID: r.ID, Title: deref(r.Title), Published: pub}}
	states := map[string]string{}
	for _, e := range r.Entities {
		if e.Kind == string(graph.KindState) {
			states[e.Name] = e.ID
		}
	}
	for i, e := range r.Entities {
		ent := graph.Entity{ID: e.ID, Kind: graph.Kind(e.Kind), Name: e.Name, Aliases: e.Aliases, Roles: e.Roles,
			Codes: graph.Codes{ISO3: deref(e.Codes.ISO3), Wikidata: deref(e.Codes.Wikidata)}}
		if c := deref(e.Country); c != "" {
			ent.Country = states[c]
		}
		if err := checkEntity(fmt.Sprintf("entities[%d]", i), &ent); err != nil {
			return nil, err
		}
		x.Entities = append(x.Entities, ent)
	}
	starts := make([]int, 0, len(r.Facts))
	for _, f := range r.Facts {
		starts = append(starts, f.Start)
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)
	for i := range r.Facts {
		e, err := recordEdge(r, x, i, starts)
		if err != nil {
			return nil, err
		}
		x.Edges = append(x.Edges, e)
	}
	return x, nil
}

// edge converts fact i, adding to x the entities it names that the record's
// entity list lacks.
func recordEdge(r *loader.Record, x *graph.Extraction, i int, starts []int) (graph.Edge, error) {
	f := r.Facts[i]
	field := fmt.Sprintf("facts[%d]", i)
	d := graph.Date{Value: deref(f.Date), Precision: graph.DatePrecision(f.DatePrecision)}
	if d.Value == "" && d.Precision == graph.DateUnknown {
		d.Precision = ""
	}
	e := graph.Edge{Type: graph.RelationType(f.Type), From: f.From.ID, To: f.To.ID, Date: d,
		Modality: graph.Modality(f.Modality), Confidence: f.Confidence}
	if err := checkFact(field, e.Type, e.Modality, e.Date); err != nil {
		return e, err
	}
	refs := []struct {
		name string
		ref  *loader.RecordRef
	}{{"from", &f.From}, {"to", &f.To}, {"attributed_to", f.AttributedTo}}
	for _, ref := range refs {
		if ref.ref == nil {
			continue
		}
		if err := addRef(x, field+"."+ref.name, ref.ref); err != nil {
			return e, err
		}
	}
	if f.AttributedTo != nil {
		e.AttributedTo = f.AttributedTo.ID
	}
	if f.Confidence < 0 || f.Confidence > 1 {
		return e, bad(field+".confidence", "%v is outside [0, 1]", f.Confidence)
	}
	if f.Start < 0 || f.End < f.Start {
		return e, bad(field+".start", "offsets %d-%d are not a span", f.Start, f.End)
	}
	sent, _ := slices.BinarySearch(starts, f.Start)
	e.Mentions = []graph.Mention{{Sentence: sent, Start: f.Start, End: f.End, Text: f.Sentence}}
	return e, nil
}

// addRef adds the entity a fact names to x unless x has it.
func addRef(x *graph.Extraction, field string, ref *loader.RecordRef) error {
	for _, e := range x.Entities {
		if e.ID == ref.ID {
			return nil
		}
	}
	name := ref.Name
	if name == "" {
		name = ref.ID
	}
	ent := graph.Entity{ID: ref.ID, Kind: graph.Kind(ref.Kind), Name: name}
	if err := checkEntity(field, &ent); err != nil {
		return err
	}
	x.Entities = append(x.Entities, ent)
	return nil
}

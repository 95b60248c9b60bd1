package exchange

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/geokg/geokg/graph"
)

// fieldError is a validation failure of one field of an import line.
type fieldError struct {
	field, msg string
}

func (e *fieldError) Error() string { return e.field + ": " + e.msg }

func bad(field, format string, args ...any) error {
	return &fieldError{field: field, msg: fmt.Sprintf(format, args...)}
}

var (
	snakeType = regexp.MustCompile(`^[a-z][a-z_]{0,39}$`)
	qidRe     = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	iso3Re    = regexp.MustCompile(`^[A-Z]{3}$`)
)

// validType accepts the ontology's types and other lower-case snake_case
// names, as the store does (ONTOLOGY.md allows more types than it scores).
func validType(t graph.RelationType) bool { return t.Valid() || snakeType.MatchString(string(t)) }

func checkDocID(field, id string) error {
	if !strings.HasPrefix(id, "doc:") || len(id) == len("doc:") || strings.ContainsAny(id, " \t\r\n") {
		return bad(field, "%q is not a document ID (doc:...)", id)
	}
	return nil
}

func checkDate(field string, d graph.Date) error {
	if d.Value == "" {
		if d.Precision != "" && d.Precision != graph.DateUnknown {
			return bad(field, "precision %q without a date", d.Precision)
		}
		return nil
	}
	p, err := graph.ParseDate(d.Value)
	if err != nil || p.Value != d.Value {
		return bad(field, "%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", d.Value)
	}
	if d.Precision != "" && d.Precision != p.Precision {
		return bad(field, "date %q has precision %s, not %q", d.Value, p.Precision, d.Precision)
	}
	return nil
}

func checkEntity(field string, e *graph.Entity) error {
	if !e.Kind.Valid() {
		return bad(field+".kind", "unknown kind %q (person, state, organization, place)", e.Kind)
	}
	if k, ok := graph.KindOfID(e.ID); !ok || k != e.Kind {
		return bad(field+".id", "%q is not the ID of a %s (%s:...)", e.ID, e.Kind, e.Kind.IDPrefix())
	}
	if strings.TrimSpace(e.Name) == "" {
		return bad(field+".name", "empty")
	}
	if e.Codes.Wikidata != "" && !qidRe.MatchString(e.Codes.Wikidata) {
		return bad(field+".codes.wikidata", "%q is not a Wikidata QID (Q and digits)", e.Codes.Wikidata)
	}
	if e.Codes.ISO3 != "" && !iso3Re.MatchString(e.Codes.ISO3) {
		return bad(field+".codes.iso3", "%q is not an ISO 3166 alpha-3 code", e.Codes.ISO3)
	}
	if e.Country != "" {
		if k, _ := graph.KindOfID(e.Country); k != graph.KindState {
			return bad(field+".country", "%q is not a state ID", e.Country)
		}
	}
	return nil
}

func checkMentions(field string, ms []graph.Mention) error {
	for i, m := range ms {
		f := fmt.Sprintf("%s[%d]", field, i)
		if m.Start < 0 || m.End < m.Start {
			return bad(f, "offsets %d-%d are not a span", m.Start, m.End)
		}
		if m.Sentence < 0 {
			return bad(f+".sentence", "negative sentence index %d", m.Sentence)
		}
	}
	return nil
}

// checkFact checks the fields an edge and an event share.
func checkFact(field string, t graph.RelationType, m graph.Modality, d graph.Date) error {
	if !validType(t) {
		return bad(field+".type", "unknown relation type %q", t)
	}
	if m != "" && !m.Valid() {
		return bad(field+".modality", "unknown modality %q (asserted, alleged, speculative, negated)", m)
	}
	return checkDate(field+".date", d)
}

// validateExtraction checks x field by field, as the store would refuse it,
// so that a bad line is reported with the field at fault.
func validateExtraction(x *graph.Extraction) error {
	if err := checkDocID("document.id", x.Document.ID); err != nil {
		return err
	}
	if err := checkDate("document.published", x.Document.Published); err != nil {
		return err
	}
	ents := map[string]bool{}
	for i := range x.Entities {
		if err := checkEntity(fmt.Sprintf("entities[%d]", i), &x.Entities[i]); err != nil {
			return err
		}
		ents[x.Entities[i].ID] = true
	}
	need := func(field, id string) error {
		if !ents[id] {
			return bad(field, "entity %q is not in entities", id)
		}
		return nil
	}
	for id, ms := range x.EntityMentions {
		f := fmt.Sprintf("entity_mentions[%q]", id)
		if err := need(f, id); err != nil {
			return err
		}
		if err := checkMentions(f, ms); err != nil {
			return err
		}
	}
	events := map[string]bool{}
	for i := range x.Events {
		if err := checkEvent(fmt.Sprintf("events[%d]", i), &x.Events[i], need); err != nil {
			return err
		}
		events[x.Events[i].ID] = true
	}
	for i := range x.Edges {
		if err := checkEdge(fmt.Sprintf("edges[%d]", i), &x.Edges[i], need, events); err != nil {
			return err
		}
	}
	return nil
}

func checkEvent(f string, ev *graph.Event, need func(string, string) error) error {
	if err := checkFact(f, ev.Type, ev.Modality, ev.Date); err != nil {
		return err
	}
	if len(ev.Actors)+len(ev.Targets) == 0 {
		return bad(f, "no actor and no target")
	}
	for j, id := range ev.Actors {
		if err := need(fmt.Sprintf("%s.actors[%d]", f, j), id); err != nil {
			return err
		}
	}
	for j, id := range ev.Targets {
		if err := need(fmt.Sprintf("%s.targets[%d]", f, j), id); err != nil {
			return err
		}
	}
	if ev.AttributedTo != "" {
		if err := need(f+".attributed_to", ev.AttributedTo); err != nil {
			return err
		}
	}
	return checkMentions(f+".mentions", ev.Mentions)
}

func checkEdge(f string, e *graph.Edge, need func(string, string) error, events map[string]bool) error {
	if err := checkFact(f, e.Type, e.Modality, e.Date); err != nil {
		return err
	}
	if err := need(f+".from", e.From); err != nil {
		return err
	}
	if err := need(f+".to", e.To); err != nil {
		return err
	}
	if e.AttributedTo != "" {
		if err := need(f+".attributed_to", e.AttributedTo); err != nil {
			return err
		}
	}
	if math.IsNaN(e.Confidence) || e.Confidence < 0 || e.Confidence > 1 {
		return bad(f+".confidence", "%v is outside [0, 1]", e.Confidence)
	}
	if e.EventID != "" && !events[e.EventID] {
		return bad(f+".event", "event %q is not in events", e.EventID)
	}
	return checkMentions(f+".mentions", e.Mentions)
}

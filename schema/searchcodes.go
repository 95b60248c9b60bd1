package schema

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// maxCodeCandidates bounds the IDs codeMatches tries for one query.
const maxCodeCandidates = 4

var (
	// idLike is "kind:rest", the shape of an entity ID typed by hand ("state:prk").
	idLike = regexp.MustCompile(`^(?i)(person|state|organization|org|place):\S+$`)
	// iso3Like is an ISO 3166-1 alpha-3 code in any case ("PRK", "prk").
	iso3Like = regexp.MustCompile(`^[A-Za-z]{3}$`)
	// qidLike is a Wikidata QID ("Q423", "q423").
	qidLike = regexp.MustCompile(`^[Qq][1-9][0-9]{0,11}$`)
)

// codeMatches returns the entities that q names exactly by ID (in any case), by ISO3 code or
// by Wikidata QID, for search to put before its name matches. QIDs are looked up among
// states, the only entities that carry codes; that scan is bounded by the number of states.
func (s *Server) codeMatches(ctx context.Context, q string, kinds []graph.Kind) ([]string, error) {
	if len(kinds) > 0 && !slices.Contains(kinds, graph.KindState) && !idLike.MatchString(q) {
		return nil, nil // ISO3 and QID name states only
	}
	var cands []string
	switch {
	case idLike.MatchString(q):
		kind, rest, _ := strings.Cut(q, ":")
		kind = strings.ToLower(kind)
		cands = append(cands, q, kind+":"+strings.ToLower(rest))
		if kind == "state" {
			cands = append(cands, kind+":"+strings.ToUpper(rest))
		}
	case iso3Like.MatchString(q):
		cands = append(cands, "state:"+strings.ToUpper(q))
	case qidLike.MatchString(q):
		return s.statesByQID(ctx, strings.ToUpper(q))
	default:
		return nil, nil
	}
	if len(cands) > maxCodeCandidates {
		cands = cands[:maxCodeCandidates]
	}
	ents, err := s.st.Entities(ctx, cands)
	if err != nil {
		return nil, fmt.Errorf("schema: search codes: %w", err)
	}
	var out []string
	for _, e := range ents {
		if e != nil && !slices.Contains(out, e.ID) && (len(kinds) == 0 || slices.Contains(kinds, e.Kind)) {
			out = append(out, e.ID)
		}
	}
	return out, nil
}

// statesByQID returns the states whose Wikidata code is qid.
func (s *Server) statesByQID(ctx context.Context, qid string) ([]string, error) {
	ids, err := s.st.EntityIDs(ctx, graph.KindState)
	if err != nil {
		return nil, fmt.Errorf("schema: search codes: %w", err)
	}
	ents, err := s.st.Entities(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("schema: search codes: %w", err)
	}
	var out []string
	for _, e := range ents {
		if e != nil && strings.EqualFold(e.Codes.Wikidata, qid) {
			out = append(out, e.ID)
		}
	}
	return out, nil
}

// withCodeMatches puts exact code matches first, then the name matches, without repeats, at
// most limit IDs.
func withCodeMatches(codes, names []string, limit int) []string {
	out := append([]string(nil), codes...)
	for _, id := range names {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

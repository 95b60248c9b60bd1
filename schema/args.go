package schema

import (
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// argString returns the string argument name, "" when absent.
func argString(args map[string]any, name string) string {
	s, _ := args[name].(string)
	return s
}

// argInt returns the int argument name, def when absent.
func argInt(args map[string]any, name string, def int) int {
	if v, ok := args[name].(int); ok {
		return v
	}
	return def
}

// argDate returns the Date argument name, the unknown Date when absent.
func argDate(args map[string]any, name string) graph.Date {
	d, _ := args[name].(graph.Date)
	return d
}

// argStrings returns the list argument name as strings.
func argStrings(args map[string]any, name string) []string {
	list, _ := args[name].([]any)
	out := make([]string, 0, len(list))
	for _, v := range list {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// argTypes returns the RelationType list argument name.
func argTypes(args map[string]any, name string) []graph.RelationType {
	var out []graph.RelationType
	for _, s := range argStrings(args, name) {
		out = append(out, graph.RelationType(s))
	}
	return out
}

// argKinds returns the EntityKind list argument name.
func argKinds(args map[string]any, name string) []graph.Kind {
	var out []graph.Kind
	for _, s := range argStrings(args, name) {
		out = append(out, graph.Kind(s))
	}
	return out
}

// argModalities returns the Modality list argument name.
func argModalities(args map[string]any, name string) []graph.Modality {
	var out []graph.Modality
	for _, s := range argStrings(args, name) {
		out = append(out, graph.Modality(s))
	}
	return out
}

// first returns the page size argument "first", refusing a negative value or
// one above the server's MaxFirst.
func (s *Server) first(args map[string]any, def int) (int, error) {
	n := argInt(args, "first", def)
	if n < 0 {
		return 0, userErr("first must not be negative, got %d", n)
	}
	if n > s.opts.MaxFirst {
		return 0, &apiError{
			err:   userErr("first is %d, more than the maximum %d", n, s.opts.MaxFirst),
			extra: map[string]any{"maxFirst": s.opts.MaxFirst},
		}
	}
	return n, nil
}

// entityIDArg returns the entity ID argument name, refusing an ID that names no entity kind.
func entityIDArg(args map[string]any, name string) (string, error) {
	id := strings.TrimSpace(argString(args, name))
	if _, ok := graph.KindOfID(id); !ok {
		return "", userErr("%s: %q is not an entity ID (state:, person:, org:, place:)", name, id)
	}
	return id, nil
}

// dateRange checks that from is not after to.
func dateRange(from, to graph.Date) error {
	if !from.Known() || !to.Known() {
		return nil
	}
	f, _, ok1 := from.Range()
	_, t, ok2 := to.Range()
	if ok1 && ok2 && f.After(t) {
		return userErr("date range %s..%s is empty", from.Value, to.Value)
	}
	return nil
}

// direction maps the Direction enum value to the store's.
func direction(args map[string]any) store.Direction {
	switch argString(args, "direction") {
	case "out":
		return store.Out
	case "in":
		return store.In
	}
	return store.Both
}

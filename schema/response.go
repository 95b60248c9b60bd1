package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"sync/atomic"

	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
)

// The ordered writer: graphql-go returns data as Go maps, which
// encoding/json writes in alphabetical order; GraphQL answers keys in the
// order the query asks for them. encodeResponse walks the operation's
// selection sets alongside the data, and stops as soon as the answer grows
// past its byte cap.

// errTooLarge stops the writer at the byte cap.
var errTooLarge = fmt.Errorf("%w", ErrResponseTooLarge)

// respWriter writes JSON into a buffer bounded by max bytes.
type respWriter struct {
	buf   *bytes.Buffer
	max   int
	frags map[string]*ast.FragmentDefinition
	// shapes memoizes collect for a single selection set: every object of
	// a list answers the same one (800 edges of a neighborhood).
	shapes map[*ast.SelectionSet]*shape
}

// shape is what collect gives for a selection set, with each key quoted.
type shape struct {
	keys     []string
	quoted   []string
	children map[string][]*ast.SelectionSet
	// kids holds children[keys[i]] at i, for the lean objects, whose
	// fields come in the keys' order: no lookup by key per field.
	kids [][]*ast.SelectionSet
}

func (w *respWriter) raw(s string) error {
	w.buf.WriteString(s)
	if w.max > 0 && w.buf.Len() > w.max {
		return errTooLarge
	}
	return nil
}

func (w *respWriter) value(v any) error {
	if str, ok := v.(string); ok && plainJSON(str) {
		w.buf.WriteByte('"')
		w.buf.WriteString(str)
		return w.raw(`"`)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return w.raw(string(b))
}

// plainJSON reports whether s is written in JSON as itself between quotes
// by encoding/json: printable ASCII without the characters it escapes.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if !jsonPlainByte[s[i]] {
			return false
		}
	}
	return true
}

// jsonPlainByte tells the bytes that encoding/json writes as they are in a
// string: printable ASCII but the quote, the backslash and the HTML
// characters it escapes.
// A table costs one load per byte (the comparisons it replaces took 0.4 ms
// of a 2-hop answer's 60 KB of strings).
var jsonPlainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	for _, c := range `"\<>&` {
		t[c] = false
	}
	return t
}()

// encodeResponse writes the body of out: errors, then data (keys in query
// order), then extensions, into buf (emptied first), and returns its bytes.
// It fails with ErrResponseTooLarge past max bytes.
func encodeResponse(buf *bytes.Buffer, out outcome, max int) ([]byte, error) {
	buf.Reset()
	w := &respWriter{buf: buf, max: max, frags: map[string]*ast.FragmentDefinition{}}
	if out.doc != nil {
		for _, d := range out.doc.Definitions {
			if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
				w.frags[f.Name.Value] = f
			}
		}
	}
	if err := w.raw("{"); err != nil {
		return nil, err
	}
	sep := ""
	if len(out.result.Errors) > 0 {
		if err := w.raw(`"errors":`); err != nil {
			return nil, err
		}
		if err := w.errors(out.result.Errors); err != nil {
			return nil, err
		}
		sep = ","
	}
	if out.executed {
		if err := w.raw(sep + `"data":`); err != nil {
			return nil, err
		}
		var sets []*ast.SelectionSet
		if out.op != nil {
			sets = []*ast.SelectionSet{out.op.SelectionSet}
		}
		if err := w.data(out.result.Data, sets); err != nil {
			return nil, err
		}
		sep = ","
	}
	if len(out.result.Extensions) > 0 {
		if err := w.raw(sep + `"extensions":`); err != nil {
			return nil, err
		}
		if err := w.value(out.result.Extensions); err != nil {
			return nil, err
		}
	}
	if err := w.raw("}\n"); err != nil {
		return nil, err
	}
	return w.buf.Bytes(), nil
}

// errors writes errs, each as message, locations and path when known, and extensions.
func (w *respWriter) errors(errs []gqlerrors.FormattedError) error {
	list := make([]json.RawMessage, len(errs))
	for i, e := range errs {
		var b bytes.Buffer
		msg, _ := json.Marshal(e.Message)
		b.WriteString(`{"message":`)
		b.Write(msg)
		for _, part := range []struct {
			name string
			v    any
			n    int
		}{{"locations", e.Locations, len(e.Locations)}, {"path", e.Path, len(e.Path)}, {"extensions", e.Extensions, len(e.Extensions)}} {
			if part.n == 0 {
				continue
			}
			v, err := json.Marshal(part.v)
			if err != nil {
				return err
			}
			b.WriteString(`,"` + part.name + `":`)
			b.Write(v)
		}
		b.WriteString("}")
		list[i] = b.Bytes()
	}
	return w.value(list)
}

// data writes v, whose objects answer the selection sets sets.
func (w *respWriter) data(v any, sets []*ast.SelectionSet) error {
	switch v := v.(type) {
	case *leanObject:
		return w.leanObject(*v, sets)
	case leanObject:
		return w.leanObject(v, sets)
	case map[string]any:
		return w.object(v, sets)
	case []any:
		if err := w.raw("["); err != nil {
			return err
		}
		for i, e := range v {
			if i > 0 {
				if err := w.raw(","); err != nil {
					return err
				}
			}
			if err := w.data(e, sets); err != nil {
				return err
			}
		}
		return w.raw("]")
	}
	return w.value(v)
}

// leanObject writes an object of the lean executor, whose fields come in
// the order the query selects them: the shape's keys (with their quoted
// form and child selections) in the same order, less the keys of fragments
// on other types, so each key is looked for from where the last was found.
func (w *respWriter) leanObject(o leanObject, sets []*ast.SelectionSet) error {
	sh := w.shape(sets)
	if err := w.raw("{"); err != nil {
		return err
	}
	at := 0
	for i, f := range o {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		quoted, children := "", []*ast.SelectionSet(nil)
		if j := sh.find(f.key, at); j >= 0 {
			at, quoted, children = j, sh.quoted[j], sh.kids[j]
		} else {
			quoted = quoteAll([]string{f.key})[0]
		}
		if err := w.raw(quoted); err != nil {
			return err
		}
		if err := w.data(f.val, children); err != nil {
			return err
		}
	}
	return w.raw("}")
}

// find returns the index of key among the shape's keys, looking from index
// from on first; -1 when it is not one of them.
func (sh *shape) find(key string, from int) int {
	for j := from; j < len(sh.keys); j++ {
		if sh.keys[j] == key {
			return j
		}
	}
	for j := 0; j < min(from, len(sh.keys)); j++ {
		if sh.keys[j] == key {
			return j
		}
	}
	return -1
}

func (w *respWriter) object(m map[string]any, sets []*ast.SelectionSet) error {
	sh := w.shape(sets)
	keys, quoted, children := sh.keys, sh.quoted, sh.children
	if len(keys) < len(m) { // keys the walk did not find: alphabetical, after
		seen := map[string]bool{}
		for _, k := range keys {
			seen[k] = true
		}
		var rest []string
		for k := range m {
			if !seen[k] {
				rest = append(rest, k)
			}
		}
		sort.Strings(rest)
		keys = append(slices.Clip(keys), rest...)
		quoted = quoteAll(keys)
	}
	if err := w.raw("{"); err != nil {
		return err
	}
	n := 0
	for i, k := range keys {
		v, ok := m[k]
		if !ok {
			continue
		}
		if n > 0 {
			w.buf.WriteByte(',')
		}
		n++
		if err := w.raw(quoted[i]); err != nil {
			return err
		}
		if err := w.data(v, children[k]); err != nil {
			return err
		}
	}
	return w.raw("}")
}

// shape returns the keys of sets, quoted, and their children, memoized
// when sets is one selection set.
func (w *respWriter) shape(sets []*ast.SelectionSet) *shape {
	if len(sets) == 1 {
		if sh, ok := w.shapes[sets[0]]; ok {
			return sh
		}
	}
	keys, children := w.collect(sets)
	sh := &shape{keys: keys, quoted: quoteAll(keys), children: children, kids: make([][]*ast.SelectionSet, len(keys))}
	for i, k := range keys {
		sh.kids[i] = children[k]
	}
	if len(sets) == 1 {
		if w.shapes == nil {
			w.shapes = map[*ast.SelectionSet]*shape{}
		}
		w.shapes[sets[0]] = sh
	}
	return sh
}

// quoteAll returns each key as JSON with the colon that follows it.
func quoteAll(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		kb, _ := json.Marshal(k)
		out[i] = string(kb) + ":"
	}
	return out
}

// collect returns the response keys of sets in query order, with the
// selection sets of the fields behind each key.
func (w *respWriter) collect(sets []*ast.SelectionSet) ([]string, map[string][]*ast.SelectionSet) {
	var keys []string
	children := map[string][]*ast.SelectionSet{}
	seenFrag := map[string]bool{}
	var walk func(set *ast.SelectionSet)
	walk = func(set *ast.SelectionSet) {
		if set == nil {
			return
		}
		for _, sel := range set.Selections {
			switch sel := sel.(type) {
			case *ast.Field:
				key := sel.Name.Value
				if sel.Alias != nil {
					key = sel.Alias.Value
				}
				if _, ok := children[key]; !ok {
					keys = append(keys, key)
					children[key] = nil
				}
				if sel.SelectionSet != nil {
					children[key] = append(children[key], sel.SelectionSet)
				}
			case *ast.InlineFragment:
				walk(sel.SelectionSet)
			case *ast.FragmentSpread:
				if f := w.frags[sel.Name.Value]; f != nil && !seenFrag[sel.Name.Value] {
					seenFrag[sel.Name.Value] = true
					walk(f.SelectionSet)
				}
			}
		}
	}
	for _, s := range sets {
		walk(s)
	}
	return keys, children
}

// budget is what one execution may still spend: answer bytes and fields.
// Resolvers charge what they return, so that an answer too large for
// MaxResponseBytes, or one that resolves more fields than MaxCost (lists the
// static estimate could not bound, such as a hub edge's thousands of
// sources), stops while it is being built, before it fills memory.
type budget struct {
	bytes, units atomic.Int64
	// over is the sentinel of the budget that ran out, once one has.
	over   atomic.Pointer[error]
	cancel context.CancelFunc
}

type budgetKey struct{}

func withBudget(ctx context.Context, bytes, units int) (context.Context, *budget) {
	ctx, cancel := context.WithCancel(ctx)
	b := &budget{cancel: cancel}
	b.bytes.Store(int64(bytes))
	b.units.Store(int64(units))
	return context.WithValue(ctx, budgetKey{}, b), b
}

// exceeded returns the sentinel of the budget that ran out, or nil.
func (b *budget) exceeded() error {
	if p := b.over.Load(); p != nil {
		return *p
	}
	return nil
}

// charge takes one field, the elements of a list and the estimated answer
// bytes of v from the budget of ctx; it fails, cancelling the execution, when
// a budget is spent.
func charge(ctx context.Context, v any) error {
	b, ok := ctx.Value(budgetKey{}).(*budget)
	if !ok {
		return nil
	}
	return b.charge(v)
}

// charge takes one field, the elements of a list and the estimated answer
// bytes of v from b, as the function charge does.
func (b *budget) charge(v any) error {
	n, units := cost(v)
	switch {
	case b.bytes.Add(-n) < 0:
		return b.spent(ErrResponseTooLarge)
	case b.units.Add(-units) < 0:
		return b.spent(ErrTooCostly)
	}
	return nil
}

// cost returns the estimated answer bytes of v and the fields and list
// elements it counts for.
func cost(v any) (n, units int64) {
	n, units = int64(16), int64(1)
	switch v := v.(type) {
	case string:
		n += int64(len(v))
	case []any:
		n += 8 * int64(len(v))
		units += int64(len(v))
	case []string:
		for _, e := range v {
			n += 8 + int64(len(e))
		}
	}
	return n, units
}

// spent records the first budget spent (sentinel) and cancels the execution.
// (Out of line, so that charge allocates nothing while within budget.)
func (b *budget) spent(sentinel error) error {
	b.over.CompareAndSwap(nil, &sentinel)
	b.cancel()
	return &apiError{err: sentinel}
}

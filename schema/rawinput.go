package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
)

// documentInputStrings are the DocumentInput fields that must be JSON strings.
var documentInputStrings = []string{"text", "title", "url", "source", "published"}

// CheckRequestBody checks a POST /graphql body before it is decoded, for
// what decoding would hide: a string that is not valid UTF-8 (decoding turns
// it into U+FFFD) and a DocumentInput field given a number or a boolean in the
// variables (GraphQL coerces it to a string). The error is BAD_USER_INPUT and
// names the field in its message and in extensions.field; a body that is no
// JSON is left for the request pipeline to refuse.
func CheckRequestBody(body []byte) error {
	if !utf8.Valid(body) {
		field := invalidUTF8Path(body)
		if field == "" {
			return &apiError{err: fmt.Errorf("%w: the body is not valid UTF-8", ErrBadInput)}
		}
		return fieldErr(field, "is not valid UTF-8")
	}
	var req struct {
		Query     string                     `json:"query"`
		Variables map[string]json.RawMessage `json:"variables"`
	}
	if err := json.Unmarshal(body, &req); err != nil || !strings.Contains(req.Query, "ingestDocument") {
		return nil
	}
	// The pre-pass bounds the query before graphql-go parses it; a query it
	// refuses is refused again, with its own code, by the request pipeline.
	text, err := prescan(req.Query, DefaultOptions().scanLimits())
	if err != nil {
		return nil
	}
	doc, err := parser.Parse(parser.ParseParams{Source: text})
	if err != nil {
		return nil
	}
	var walkErr error
	eachIngestInput(doc, func(v ast.Value) {
		if walkErr == nil {
			walkErr = checkDocumentInput(v, req.Variables)
		}
	})
	return walkErr
}

// fieldErr returns a BAD_USER_INPUT error about a field, with extensions.field.
func fieldErr(field, what string) error {
	return &apiError{err: fmt.Errorf("%w: %s %s", ErrBadInput, field, what), extra: map[string]any{"field": field}}
}

// eachIngestInput calls fn with the input argument of every ingestDocument field of doc.
func eachIngestInput(doc *ast.Document, fn func(ast.Value)) {
	var walk func(ss *ast.SelectionSet)
	walk = func(ss *ast.SelectionSet) {
		if ss == nil {
			return
		}
		for _, sel := range ss.Selections {
			f, ok := sel.(*ast.Field)
			if !ok {
				continue
			}
			if f.Name != nil && f.Name.Value == "ingestDocument" {
				for _, a := range f.Arguments {
					if a.Name != nil && a.Name.Value == "input" {
						fn(a.Value)
					}
				}
			}
			walk(f.SelectionSet)
		}
	}
	for _, def := range doc.Definitions {
		if op, ok := def.(*ast.OperationDefinition); ok {
			walk(op.SelectionSet)
		}
	}
}

// checkDocumentInput checks the variables that feed a DocumentInput: the
// whole input ($i) or one of its fields (text: $t).
func checkDocumentInput(v ast.Value, vars map[string]json.RawMessage) error {
	switch v := v.(type) {
	case *ast.Variable:
		name := v.Name.Value
		var fields map[string]json.RawMessage
		if json.Unmarshal(vars[name], &fields) != nil {
			return nil // not an object: GraphQL refuses it
		}
		for _, f := range documentInputStrings {
			if err := checkString("variables."+name+"."+f, fields[f]); err != nil {
				return err
			}
		}
	case *ast.ObjectValue:
		for _, of := range v.Fields {
			if vv, ok := of.Value.(*ast.Variable); ok && of.Name != nil {
				if err := checkString("input."+of.Name.Value+" ($"+vv.Name.Value+")", vars[vv.Name.Value]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// checkString refuses a JSON value that is present, not null and not a string.
func checkString(field string, raw json.RawMessage) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" || raw[0] == '"' {
		return nil
	}
	return fieldErr(field, "must be a string, not "+string(raw[:min(len(raw), 20)]))
}

// invalidUTF8Path returns the path (variables.input.text, query) of the first
// JSON string of body that is not valid UTF-8, or "" when body is no JSON.
func invalidUTF8Path(body []byte) string {
	var w jsonWalk
	dec := json.NewDecoder(bytes.NewReader(body))
	prev := int64(0)
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		off := dec.InputOffset()
		raw := body[prev:off]
		prev = off
		if bad := w.step(tok, raw); bad {
			return w.path()
		}
	}
}

// jsonWalk follows where a JSON decoder's tokens stand: the keys and
// indexes of the objects and arrays open around the current token.
type jsonWalk struct{ stack []*jsonFrame }

// jsonFrame is an open object (with the key being read) or array (with the
// index of the element being read).
type jsonFrame struct {
	obj     bool
	wantKey bool
	key     string
	idx     int
}

// step takes token tok, read from the bytes raw, and reports whether it is
// a string (key or value) whose bytes are not valid UTF-8.
func (w *jsonWalk) step(tok json.Token, raw []byte) bool {
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			w.stack = append(w.stack, &jsonFrame{obj: true, wantKey: true})
		case '[':
			w.stack = append(w.stack, &jsonFrame{})
		default:
			w.stack = w.stack[:len(w.stack)-1]
			w.advance()
		}
	case string:
		if n := len(w.stack); n > 0 && w.stack[n-1].obj && w.stack[n-1].wantKey {
			w.stack[n-1].key, w.stack[n-1].wantKey = t, false
			return !utf8.Valid(raw)
		}
		if !utf8.Valid(raw) {
			return true
		}
		w.advance()
	default:
		w.advance()
	}
	return false
}

// advance moves past a value: an object then wants its next key, an array
// counts its next element.
func (w *jsonWalk) advance() {
	if n := len(w.stack); n > 0 {
		if top := w.stack[n-1]; top.obj {
			top.wantKey = true
		} else {
			top.idx++
		}
	}
}

// path names the current position: keys joined by dots, indexes in brackets.
func (w *jsonWalk) path() string {
	var b strings.Builder
	for _, f := range w.stack {
		if f.obj {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(strings.ToValidUTF8(f.key, "\uFFFD"))
		} else {
			b.WriteString("[" + strconv.Itoa(f.idx) + "]")
		}
	}
	return b.String()
}

// RefuseRequest answers a /graphql request refused before GraphQL runs (by
// CheckRequestBody, or a gate in front of the endpoint) in the shape of a
// GraphQL response: {"errors": [{"message", "extensions": {"code", ...}}]}.
func RefuseRequest(w http.ResponseWriter, status int, err error) {
	ext := map[string]any{"code": codeOf(err)}
	var ae *apiError
	if errors.As(err, &ae) {
		ext = ae.Extensions()
	}
	w.Header().Set("Content-Type", mediaJSON+"; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": err.Error(), "extensions": ext}},
	})
}

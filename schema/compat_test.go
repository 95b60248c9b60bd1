package schema

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// GraphQL as clients expect it (issue 8).

func TestLiteralNull(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		name, query string
		code        string
	}{
		{"argument null", `{ edges(first: 3, after: null) { totalCount } }`, ""},
		{"only argument null", `{ edges(after: null) { totalCount } }`, ""},
		{"null before others", `{ edges(after: null, first: 2) { edges { cursor } } }`, ""},
		{"variable default null", `query($a: String = null) { edges(first: 2, after: $a) { totalCount } }`, ""},
		{"alias named null is a field", `{ null: stats { documents } }`, ""},
		{"null in a string", `{ search(text: "null: null") { id } }`, ""},
		{"null for a required argument", `{ entity(id: null) { id } }`, CodeValidationFailed},
		{"null in a list", `{ edges(types: [MET, null]) { totalCount } }`, CodeValidationFailed},
		{"null directive argument", `{ stats @include(if: null) { documents } }`, CodeValidationFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := errCodes(s.Do(context.Background(), tc.query, nil))
			if tc.code == "" && len(got) > 0 || tc.code != "" && (len(got) == 0 || got[0] != tc.code) {
				t.Fatalf("codes %v, want %q", got, tc.code)
			}
		})
	}
	// after: null means the first page, as no after does.
	a := data(t, s, `{ edges(first: 2, after: null) { edges { cursor } } }`, nil)
	b := data(t, s, `{ edges(first: 2) { edges { cursor } } }`, nil)
	if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
		t.Fatalf("after: null gives %s, no after %s", ja, jb)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBadVariablesAre400(t *testing.T) {
	s, _ := fixtureServer(t)
	q := `query($n: Int) { edges(first: $n) { totalCount } }`
	for _, accept := range []string{"application/json", "application/graphql-response+json"} {
		w := post(s, gql(q, map[string]any{"n": "many"}), "Accept", accept)
		body := decode(t, w)
		if w.Code != http.StatusBadRequest || get(body, "errors", 0, "extensions", "code") != CodeBadUserInput {
			t.Fatalf("%s: status %d: %s", accept, w.Code, w.Body)
		}
		if _, ok := body["data"]; ok {
			t.Fatalf("%s: a request error has data: %s", accept, w.Body)
		}
	}
	for _, n := range []any{2.5, 3000000000, []any{1}} {
		w := post(s, gql(q, map[string]any{"n": n}))
		if w.Code != http.StatusBadRequest || get(decode(t, w), "errors", 0, "extensions", "code") != CodeBadUserInput {
			t.Fatalf("n = %v: status %d: %s", n, w.Code, w.Body)
		}
	}
	w := post(s, gql(`query($id: ID!) { entity(id: $id) { id } }`, nil))
	if w.Code != http.StatusBadRequest {
		t.Fatalf("missing required variable: status %d: %s", w.Code, w.Body)
	}
}

func TestPageInfo(t *testing.T) {
	s, _ := fixtureServer(t)
	first := data(t, s, `{ edges(first: 2) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, nil)
	if get(first, "edges", "pageInfo", "hasPreviousPage") != false {
		t.Fatalf("first page: %v", first)
	}
	if get(first, "edges", "pageInfo", "startCursor") != get(first, "edges", "edges", 0, "cursor") {
		t.Fatalf("startCursor is not the first item's cursor: %v", first)
	}
	end, _ := get(first, "edges", "pageInfo", "endCursor").(string)
	next := data(t, s, `query($a: String) { edges(first: 2, after: $a) { edges { cursor } pageInfo { hasPreviousPage startCursor } } }`, map[string]any{"a": end})
	if get(next, "edges", "pageInfo", "hasPreviousPage") != true || get(next, "edges", "pageInfo", "startCursor") != get(next, "edges", "edges", 0, "cursor") {
		t.Fatalf("second page: %v", next)
	}
	empty := data(t, s, `{ edges(first: 0) { pageInfo { startCursor endCursor } } }`, nil)
	if get(empty, "edges", "pageInfo", "startCursor") != nil {
		t.Fatalf("empty page: %v", empty)
	}
}

func sha(q string) string {
	sum := sha256.Sum256([]byte(q))
	return hex.EncodeToString(sum[:])
}

func apqBody(query, hash string) string {
	req := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}}
	if query != "" {
		req["query"] = query
	}
	b, _ := json.Marshal(req)
	return string(b)
}

func TestPersistedQueries(t *testing.T) {
	s, _ := fixtureServer(t)
	q := `{ stats { documents } }`
	h := sha(q)
	// Hash only, unknown: PersistedQueryNotFound, which links answer by sending the query.
	w := post(s, apqBody("", h))
	body := decode(t, w)
	if w.Code != 200 || get(body, "errors", 0, "message") != "PersistedQueryNotFound" ||
		get(body, "errors", 0, "extensions", "code") != CodePersistedNotFound {
		t.Fatalf("hash only: %d %s", w.Code, w.Body)
	}
	// Over GET too, as links send hashed queries.
	ext := url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"` + h + `"}}`)
	gw := httptest.NewRecorder()
	s.ServeHTTP(gw, httptest.NewRequest(http.MethodGet, "/graphql?extensions="+ext, nil))
	if get(decode(t, gw), "errors", 0, "extensions", "code") != CodePersistedNotFound {
		t.Fatalf("GET hash only: %s", gw.Body)
	}
	// A wrong hash is refused and not registered.
	w = post(s, apqBody(q, sha("other")))
	if get(decode(t, w), "errors", 0, "extensions", "code") != CodePersistedMismatch {
		t.Fatalf("wrong hash: %s", w.Body)
	}
	// Query and hash: answered and registered.
	w = post(s, apqBody(q, h))
	if get(decode(t, w), "data", "stats", "documents") == nil {
		t.Fatalf("register: %s", w.Body)
	}
	for _, r := range []*http.Request{
		httptest.NewRequest(http.MethodGet, "/graphql?extensions="+ext, nil),
		func() *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(apqBody("", h)))
			r.Header.Set("Content-Type", "application/json")
			return r
		}(),
	} {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if get(decode(t, w), "data", "stats", "documents") == nil {
			t.Fatalf("%s hash only after registration: %s", r.Method, w.Body)
		}
	}
	// A bad version or hash is a request error.
	bad := `{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"` + h + `"}}}`
	if w := post(s, bad); get(decode(t, w), "errors", 0, "extensions", "code") != CodeBadUserInput {
		t.Fatalf("version 2: %s", w.Body)
	}
}

func TestResponseKeysInQueryOrder(t *testing.T) {
	s, _ := fixtureServer(t)
	q := `query { stats { mentions documents ...F } zeta: stats { edges } alpha: edges(first: 1) { totalCount edges { node { type id } } } }
		fragment F on Stats { events entities }`
	w := post(s, gql(q, nil))
	got := w.Body.String()
	order := []string{`"stats"`, `"mentions"`, `"documents"`, `"events"`, `"entities"`, `"zeta"`, `"alpha"`, `"totalCount"`, `"type"`, `"id"`}
	at := 0
	for _, k := range order {
		i := strings.Index(got[at:], k)
		if i < 0 {
			t.Fatalf("key %s not in order in %s", k, got)
		}
		at += i + len(k)
	}
}

func TestEnumDefaultsAdvertisedAsEnumValues(t *testing.T) {
	s, _ := fixtureServer(t)
	d := data(t, s, `{ __type(name: "Entity") { fields { name args { name defaultValue } } } }`, nil)
	found := false
	for _, f := range get(d, "__type", "fields").([]any) {
		for _, a := range get(f, "args").([]any) {
			if get(a, "name") == "direction" {
				found = true
				if v := get(a, "defaultValue"); v != "BOTH" {
					t.Errorf("%v.direction defaultValue %v, want BOTH", get(f, "name"), v)
				}
			}
		}
	}
	if !found {
		t.Fatal("no direction argument found")
	}
}

func TestCORS(t *testing.T) {
	preflight := func(s *Server, origin string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		r.Header.Set("Origin", origin)
		r.Header.Set("Access-Control-Request-Method", "POST")
		r.Header.Set("Access-Control-Request-Headers", "content-type")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	same, _ := fixtureServer(t)
	if w := preflight(same, "https://evil.example"); w.Code != http.StatusNoContent || w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("same-origin server allowed a cross origin: %d %v", w.Code, w.Header())
	}
	s, _ := fixtureServer(t, func(o Options) Options { return o.WithCORSOrigins("https://app.example") })
	w := preflight(s, "https://app.example")
	if w.Code != http.StatusNoContent || w.Header().Get("Access-Control-Allow-Origin") != "https://app.example" ||
		!strings.Contains(w.Header().Get("Access-Control-Allow-Headers"), "Content-Type") ||
		!strings.Contains(w.Header().Get("Access-Control-Allow-Methods"), "POST") {
		t.Fatalf("preflight: %d %v", w.Code, w.Header())
	}
	if w := preflight(s, "https://other.example"); w.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("other origin allowed: %v", w.Header())
	}
	w = post(s, gql(`{ stats { documents } }`, nil), "Origin", "https://app.example")
	if w.Header().Get("Access-Control-Allow-Origin") != "https://app.example" {
		t.Fatalf("actual request: %v", w.Header())
	}
}

func TestAuthHeaders(t *testing.T) {
	s, _ := fixtureServer(t, func(o Options) Options { return o.WithWriteToken("s3cret") })
	w := post(s, gql(`mutation { deleteDocument(id: "doc:1") }`, nil))
	if w.Code != http.StatusUnauthorized || !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Fatalf("401: %d %v", w.Code, w.Header())
	}
	w = httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest(http.MethodDelete, "/graphql", nil))
	if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") == "" {
		t.Fatalf("405: %d %v", w.Code, w.Header())
	}
}

func TestMessagesHaveNoPackagePrefix(t *testing.T) {
	s, _ := fixtureServer(t)
	for _, q := range []string{`{ edges(first: 501) { totalCount } }`, `{ entity(id: "nope") { id } }`, `{ path(from: "state:UKR", to: "state:XXX") { length } }`, deepQuery(20)} {
		w := post(s, gql(q, nil))
		for _, p := range packagePrefixes {
			if strings.Contains(w.Body.String(), `"`+p) || strings.Contains(w.Body.String(), ": "+p) {
				t.Errorf("%s: message carries %q: %s", q, p, w.Body)
			}
		}
	}
}

func TestPublicMessage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"schema: bad user input: first is 3", "bad user input: first is 3"},
		{"schema: bad user input: store: invalid: id", "bad user input: invalid: id"},
		{"id: \"x\" is not an entity ID", "id: \"x\" is not an entity ID"},
	}
	for _, tc := range tests {
		if got := publicMessage(tc.in); got != tc.want {
			t.Errorf("publicMessage(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEmptyDescriptionsAreNull(t *testing.T) {
	s, _ := fixtureServer(t)
	d := data(t, s, `{ __type(name: "PageInfo") { fields { name description } } }`, nil)
	for _, f := range get(d, "__type", "fields").([]any) {
		if get(f, "description") == "" {
			t.Errorf("PageInfo.%v has an empty description instead of null", get(f, "name"))
		}
	}
}

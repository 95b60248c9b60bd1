package schema

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/geokg/geokg/store"
)

// Fuzz targets of the GraphQL HTTP handler. `go test` runs their seeds;
// .ci/run fuzzes each for a bounded time (go test -fuzz FuzzX -fuzztime 10s).

// fuzzSeeds are the attacks of issue 8 and ordinary client requests.
var fuzzSeeds = []string{
	`{ stats { documents } }`,
	cycleQuery,
	`{ edges(first: 3, after: null) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
	`query($n: Int = 2, $a: String = null) { edges(first: $n, after: $a) { edges { cursor node { id type from { name } } } } }`,
	`{ entity(id: "state:PRK") { name edges(direction: IN, first: 5) { totalCount edges { node { type sources { sentence document { title text } } } } } } }`,
	`{ neighborhood(id: "state:PRK", depth: 2) { entities { id } edges { id } } }`,
	`{ __type(name: "Node") { possibleTypes { interfaces { possibleTypes { name } } } } }`,
	`{ __schema { types { name fields { name args { name defaultValue } } } } }`,
	`{ a: stats { edges } b: stats { edges } ...F } fragment F on Query { stats { events } }`,
	`{ edges(types: [[[[MET]]]]) { totalCount } }`,
	`{ edges(first: 3000000000) { totalCount } }`,
	`mutation { deleteDocument(id: "doc:1") }`,
	`{ search(text: """block "" null: null""") { id } }`,
	"{ stats { documents } } # comment\n",
	`{ stats @include(if: null) { documents } }`,
	nested(200),
	fragmentBomb(20),
}

var (
	fuzzOnce   sync.Once
	fuzzServer *Server
)

// fuzzHandler returns one fixture server shared by the inputs of a fuzz run.
func fuzzHandler(t testing.TB) *Server {
	fuzzOnce.Do(func() {
		// The store lives as long as the fuzzing process.
		st, err := store.Open(store.DefaultOptions("").WithInMemory(true).WithLogger(quietLogger()))
		if err != nil {
			t.Fatalf("open store: %v", err)
		}
		load(t, st, fixture())
		o := DefaultOptions().WithLogger(quietLogger()).WithExtractor(fixtureExtractor).
			WithRequestTimeout(2 * time.Second).WithWriteToken("s3cret")
		s, err := New(st, o)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		fuzzServer = s
	})
	return fuzzServer
}

// checkAnswer asserts what every answer of the handler must be: a known
// status, a JSON object with data or errors, every error with a message
// and a code, and never a panic.
func checkAnswer(t *testing.T, w *httptest.ResponseRecorder) {
	switch w.Code {
	case 200, 204, 400, 401, 405, 413, 415, 503:
	default:
		t.Fatalf("status %d: %.500s", w.Code, w.Body)
	}
	if w.Code == 204 {
		return
	}
	var body struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
		t.Fatalf("answer is not JSON: %v: %.500s", err, w.Body)
	}
	if body.Data == nil && len(body.Errors) == 0 {
		t.Fatalf("neither data nor errors: %.500s", w.Body)
	}
	for _, e := range body.Errors {
		if e.Message == "" || e.Extensions["code"] == nil {
			t.Fatalf("error without message or code: %.500s", w.Body)
		}
		if strings.Contains(e.Message, "panic") {
			t.Fatalf("panic: %.500s", w.Body)
		}
	}
}

// FuzzGraphQLQuery sends any query text, over POST and GET.
func FuzzGraphQLQuery(f *testing.F) {
	for _, q := range fuzzSeeds {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		s := fuzzHandler(t)
		w := post(s, gql(q, nil), "Accept", "application/graphql-response+json")
		checkAnswer(t, w)
		if !utf8.ValidString(q) {
			return
		}
		w = httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(q), nil))
		checkAnswer(t, w)
	})
}

// FuzzGraphQLBody sends any POST body, with any method and content type.
func FuzzGraphQLBody(f *testing.F) {
	for _, q := range fuzzSeeds {
		f.Add("POST", "application/json", gql(q, map[string]any{"n": 2}))
	}
	f.Add("POST", "application/json", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+sha(`{ stats { documents } }`)+`"}}}`)
	f.Add("POST", "application/json", `{"query":"query($n: Int) { edges(first: $n) { totalCount } }","variables":{"n":"many"}}`)
	f.Add("POST", "application/json", `{"query": 3, "variables": []}`)
	f.Add("POST", "text/plain", `{ stats { documents } }`)
	f.Add("OPTIONS", "", "")
	f.Add("PUT", "application/json", `{}`)
	f.Fuzz(func(t *testing.T, method, contentType, body string) {
		switch method {
		case "GET", "POST", "OPTIONS", "PUT", "DELETE":
		default:
			method = "POST"
		}
		r := httptest.NewRequest(method, "/graphql", strings.NewReader(body))
		r.Header.Set("Content-Type", contentType)
		r.Header.Set("Origin", "https://example.org")
		w := httptest.NewRecorder()
		fuzzHandler(t).ServeHTTP(w, r)
		checkAnswer(t, w)
	})
}

// FuzzPrescan checks the pre-pass alone: it never panics, keeps offsets
// (the rewritten query has the input's length) and only blanks bytes.
func FuzzPrescan(f *testing.F) {
	for _, q := range fuzzSeeds {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		out, err := prescan(q, scanLimits{maxBytes: 1 << 20, maxTokens: 10000, maxNesting: 64, maxAliases: 200})
		if err != nil {
			return
		}
		if len(out) != len(q) {
			t.Fatalf("length %d, input %d", len(out), len(q))
		}
		for i := range len(q) {
			if out[i] != q[i] && out[i] != ' ' {
				t.Fatalf("byte %d changed from %q to %q", i, q[i], out[i])
			}
		}
	})
}

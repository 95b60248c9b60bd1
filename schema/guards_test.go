package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/store"
)

// The attacks of issue 8, each refused with its own code, after which the
// server still answers a cheap query.

const cycleQuery = `{stats{...A}} fragment A on Stats{...B} fragment B on Stats{...A}`

// post sends body to h as a JSON POST and returns the recorder.
func post(h http.Handler, body string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// decode returns the JSON body of w.
func decode(t *testing.T, w *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	var body map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
		t.Fatalf("body is not JSON: %v: %.300s", err, w.Body)
	}
	return body
}

// stillAnswers checks that a cheap query still works on s.
func stillAnswers(t *testing.T, s *Server) {
	t.Helper()
	w := post(s, gql(`{ stats { documents } }`, nil))
	if w.Code != 200 || get(decode(t, w), "data", "stats", "documents") == nil {
		t.Fatalf("cheap query after the attack: %d %.300s", w.Code, w.Body)
	}
}

func nested(levels int) string {
	return strings.Repeat("{a", levels) + strings.Repeat("}", levels)
}

func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, "a%d:%s ", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

// introspectionChain nests possibleTypes and interfaces levels deep under __type.
func introspectionChain(levels int) string {
	q := "name"
	for i := range levels {
		f := "possibleTypes"
		if i%2 == 1 {
			f = "interfaces"
		}
		q = f + " { name " + q + " }"
	}
	return `{ __type(name: "Node") { ` + q + ` } }`
}

// fieldsChain nests fields { type { ... } } levels deep under __schema.types.
func fieldsChain(levels int) string {
	q := "name"
	for range levels {
		q = "fields { name type { name " + q + " } }"
	}
	return `{ __schema { types { ` + q + ` } } }`
}

func TestAttacksAreRefused(t *testing.T) {
	s, _ := fixtureServer(t)
	tests := []struct {
		name   string
		method string
		query  string
		status int
		code   string
	}{
		{"fragment cycle GET", http.MethodGet, cycleQuery, 200, CodeFragmentCycle},
		{"fragment cycle POST", http.MethodPost, cycleQuery, 200, CodeFragmentCycle},
		{"long fragment cycle", http.MethodPost, `{stats{...A}} fragment A on Stats{documents ...B} fragment B on Stats{... on Stats {...C}} fragment C on Stats{edges ...A}`, 200, CodeFragmentCycle},
		{"10,000-deep nesting", http.MethodPost, nested(10000), 200, CodeNestingTooDeep},
		{"deep list value", http.MethodPost, `{ edges(types: ` + strings.Repeat("[", 5000) + `) { totalCount } }`, 200, CodeNestingTooDeep},
		{"1 MB query", http.MethodPost, "{ stats { documents } }" + strings.Repeat(" ", 1_000_000), 200, CodeQueryTooLarge},
		{"many tokens", http.MethodPost, "{ stats { " + strings.Repeat("a ", 20000) + "} }", 200, CodeTooManyTokens},
		{"5,000 same fields", http.MethodPost, "{ stats { " + strings.Repeat("documents ", 5000) + "} }", 200, CodeTooManyTokens},
		{"many variables", http.MethodPost, "query Q(" + strings.Repeat("$v: Int ", 500) + ") { stats { documents } }", 200, CodeTooManyVariables},
		{"3,000 aliased totalCount", http.MethodPost, aliases(3000, "edges(first:1){totalCount}"), 200, CodeTooManyAliases},
		{"1,000 aliases of a hub's neighborhood", http.MethodPost, aliases(1000, `neighborhood(id: "state:PRK", depth: 2) { __typename }`), 200, CodeTooManyAliases},
		{"10-level introspection", http.MethodPost, introspectionChain(10), 200, ""},
		{"fields of fields introspection", http.MethodPost, fieldsChain(4), 200, ""},
		{"deep introspection", http.MethodPost, introspectionChain(20), 200, CodeTooDeep},
		{"fragment bomb", http.MethodPost, fragmentBomb(40), 200, CodeTooCostly},
		{"first over 32 bits", http.MethodPost, `{ edges(first: 3000000000) { totalCount } }`, 200, CodeValidationFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var w *httptest.ResponseRecorder
			if tc.method == http.MethodGet {
				w = httptest.NewRecorder()
				s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(tc.query), nil))
			} else {
				w = post(s, gql(tc.query, nil))
			}
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d: %.300s", w.Code, tc.status, w.Body)
			}
			body := decode(t, w)
			if tc.code == "" { // answered: small, and no error
				if body["errors"] != nil || body["data"] == nil || w.Body.Len() > 1<<20 {
					t.Fatalf("not answered, or %d bytes: %.300s", w.Body.Len(), w.Body)
				}
				stillAnswers(t, s)
				return
			}
			if code := get(body, "errors", 0, "extensions", "code"); code != tc.code {
				t.Fatalf("code %v, want %s: %.300s", code, tc.code, w.Body)
			}
			if _, ok := body["data"]; ok {
				t.Fatalf("a refused request has a data entry: %.300s", w.Body)
			}
			if msg, _ := get(body, "errors", 0, "message").(string); strings.HasPrefix(msg, "schema:") {
				t.Fatalf("message carries a package prefix: %q", msg)
			}
			stillAnswers(t, s)
		})
	}
	if s.Refused(CodeFragmentCycle) != 3 {
		t.Errorf("FRAGMENT_CYCLE counted %d times, want 3", s.Refused(CodeFragmentCycle))
	}
}

// fragmentBomb is a chain of fragments that each spread the next twice:
// an expansion of 2^levels fields in a small document.
func fragmentBomb(levels int) string {
	var b strings.Builder
	b.WriteString("{ stats { ...F0 } }")
	for i := range levels {
		fmt.Fprintf(&b, " fragment F%d on Stats { ...F%d ...F%d }", i, i+1, i+1)
	}
	fmt.Fprintf(&b, " fragment F%d on Stats { documents }", levels)
	return b.String()
}

func TestCostCharges(t *testing.T) {
	s, _ := fixtureServer(t, func(o Options) Options { o.MaxAliases, o.MaxQueryBytes, o.MaxTokens = 5000, 1<<20, 100000; return o })
	tests := []struct {
		name, query string
		code        string
	}{
		{"3,000 aliased totalCount", aliases(3000, "edges(first:1){totalCount}"), CodeTooCostly},
		{"document texts by size", `{ documents(first: 200) { edges { node { text } } } }`, CodeTooCostly},
		{"a few texts run", `{ documents(first: 5) { edges { node { text } } } }`, ""},
		{"full introspection runs", introspectionQuery, ""},
		{"introspection of one type runs", `{ __type(name: "Entity") { name fields { name args { name defaultValue } type { name ofType { name } } } } }`, ""},
		{"aliased introspection", aliases(150, `__schema { types { name fields { name type { name } args { name type { name } } } } }`), CodeTooCostly},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := errCodes(s.Do(context.Background(), tc.query, nil))
			if tc.code == "" && len(got) > 0 || tc.code != "" && (len(got) == 0 || got[0] != tc.code) {
				t.Fatalf("codes %v, want %q", got, tc.code)
			}
		})
	}
}

func TestAnswerBytesAreCapped(t *testing.T) {
	s, _ := fixtureServer(t, func(o Options) Options { return o.WithMaxResponseBytes(100) })
	q := `{ edges(first: 1) { edges { node { sources { document { text } } } } } }`
	if got := errCodes(s.Do(context.Background(), q, nil)); len(got) != 1 || got[0] != CodeResponseTooLarge {
		t.Fatalf("in-process codes %v, want RESPONSE_TOO_LARGE", got)
	}
	w := post(s, gql(q, nil))
	if code := get(decode(t, w), "errors", 0, "extensions", "code"); code != CodeResponseTooLarge {
		t.Fatalf("code %v: %s", code, w.Body)
	}
	// Introspection is not charged while it runs; the writer still caps it.
	w = post(s, gql(`{ __schema { types { name description } } }`, nil))
	if code := get(decode(t, w), "errors", 0, "extensions", "code"); code != CodeResponseTooLarge || w.Body.Len() > 1000 {
		t.Fatalf("introspection: code %v, %d bytes", code, w.Body.Len())
	}
	stillAnswers(t, s)
}

// slowStore blocks in Neighbors until its context ends, as a hub's scan
// would on a large store, and records that it saw the cancellation.
type slowStore struct {
	store.Store
	cancelled atomic.Int32
	entered   chan struct{}
}

func (s *slowStore) Neighbors(ctx context.Context, ids []string, types []graph.RelationType) (map[string][]store.Adjacent, error) {
	if err := s.wait(ctx); err != nil {
		return nil, err
	}
	return s.Store.Neighbors(ctx, ids, types)
}

// TopNeighbors is what neighborhood and path read (the pair index).
func (s *slowStore) TopNeighbors(ctx context.Context, ids []string, types []graph.RelationType, k int) ([][]store.Neighbor, error) {
	if err := s.wait(ctx); err != nil {
		return nil, err
	}
	return s.Store.TopNeighbors(ctx, ids, types, k)
}

// wait stands for a slow scan: it returns when ctx ends (counting it) or after 20 s.
func (s *slowStore) wait(ctx context.Context) error {
	select {
	case s.entered <- struct{}{}:
	default:
	}
	select {
	case <-ctx.Done():
		s.cancelled.Add(1)
		return ctx.Err()
	case <-time.After(20 * time.Second):
		return nil
	}
}

// sawCancel waits up to 5 s for the store to see its context end.
func (s *slowStore) sawCancel() bool {
	deadline := time.Now().Add(5 * time.Second)
	for s.cancelled.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	return s.cancelled.Load() > 0
}

func slowServer(t *testing.T, opts ...func(Options) Options) (*Server, *slowStore) {
	st := openStore(t)
	load(t, st, fixture())
	slow := &slowStore{Store: st, entered: make(chan struct{}, 1)}
	return newServer(t, slow, opts...), slow
}

const hubQuery = `{ neighborhood(id: "state:PRK", depth: 2) { entities { id } } }`

func TestDeadlineReachesTheStore(t *testing.T) {
	s, slow := slowServer(t, func(o Options) Options { return o.WithRequestTimeout(200 * time.Millisecond) })
	start := time.Now()
	w := post(s, gql(hubQuery, nil))
	if code := get(decode(t, w), "errors", 0, "extensions", "code"); code != CodeTimeout {
		t.Fatalf("code %v: %s", code, w.Body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("the request took %v", d)
	}
	if !slow.sawCancel() {
		t.Fatal("the store scan never saw the deadline")
	}
}

func TestClientLeavingCancels(t *testing.T) {
	s, slow := slowServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(gql(hubQuery, nil))).WithContext(ctx)
	r.Header.Set("Content-Type", "application/json")
	done := make(chan struct{})
	go func() { s.ServeHTTP(httptest.NewRecorder(), r); close(done) }()
	<-slow.entered
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the handler kept running after the client left")
	}
	if !slow.sawCancel() {
		t.Fatal("the store scan never saw the cancellation")
	}
}

func TestConcurrencyCap(t *testing.T) {
	s, slow := slowServer(t, func(o Options) Options { return o.WithMaxConcurrent(1).WithRequestTimeout(1500 * time.Millisecond) })
	done := make(chan struct{})
	go func() { post(s, gql(hubQuery, nil)); close(done) }()
	<-slow.entered
	w := post(s, gql(`{ stats { documents } }`, nil))
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
		t.Fatalf("status %d, Retry-After %q", w.Code, w.Header().Get("Retry-After"))
	}
	if code := get(decode(t, w), "errors", 0, "extensions", "code"); code != CodeBusy {
		t.Fatalf("code %v", code)
	}
	<-done
	stillAnswers(t, s)
}

// TestExecutionLanes checks that beyond MaxExecuting running requests an
// admitted request waits for a lane, runs when one frees, and gives up with
// TIMEOUT (503) when its time runs out first.
func TestExecutionLanes(t *testing.T) {
	s, _ := fixtureServer(t, func(o Options) Options {
		return o.WithMaxExecuting(1).WithRequestTimeout(200 * time.Millisecond)
	})
	s.lanes <- struct{}{} // a request is running
	w := post(s, gql(`{ stats { documents } }`, nil))
	if w.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d while the only lane was taken, want 503", w.Code)
	}
	if code := get(decode(t, w), "errors", 0, "extensions", "code"); code != CodeTimeout {
		t.Fatalf("code %v, want %s", code, CodeTimeout)
	}
	answered := make(chan int)
	go func() { answered <- post(s, gql(`{ stats { documents } }`, nil)).Code }()
	time.Sleep(50 * time.Millisecond)
	<-s.lanes // the running request ends: the waiting one runs
	if code := <-answered; code != http.StatusOK {
		t.Fatalf("status %d once the lane was free, want 200", code)
	}
	stillAnswers(t, s)
}

func TestDocumentCacheIsBoundedInBytes(t *testing.T) {
	s, _ := fixtureServer(t, func(o Options) Options { o.CacheBytes = 4 << 20; return o })
	for i := range 200 {
		q := fmt.Sprintf("{ stats { documents } } # %d %s", i, strings.Repeat("x", 20000))
		if got := errCodes(s.Do(context.Background(), q, nil)); len(got) > 0 {
			t.Fatalf("query %d: %v", i, got)
		}
	}
	if n := s.cache.size(); n > 4<<20 {
		t.Fatalf("cache holds %d bytes, bound 4 MiB", n)
	}
	if s.cache.len() == 0 || s.cache.len() == 200 {
		t.Fatalf("cache holds %d documents", s.cache.len())
	}
}

func TestMetricsCountGuards(t *testing.T) {
	s, _ := fixtureServer(t)
	post(s, gql(nested(100), nil))
	var b bytes.Buffer
	if err := s.WriteMetrics(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`geokg_graphql_refused_total{code="NESTING_TOO_DEEP"} 1`, `geokg_graphql_refused_total{code="FRAGMENT_CYCLE"} 0`, "geokg_graphql_requests_total 1"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, b.String())
		}
	}
}

// TestRunTimeCost: a list the static estimate cannot bound (a hub edge's
// sources, one per document that states it) is charged while it runs.
func TestRunTimeCost(t *testing.T) {
	st := openStore(t)
	var xs []*graph.Extraction
	for d := range 40 {
		text := fmt.Sprintf("Document %d: Russia warned the United States.", d)
		xs = append(xs, extraction(text, "", "", []graph.Entity{fxRUS, fxUSA}, nil, []graph.Edge{
			mkEdge(graph.Warned, fxRUS.ID, fxUSA.ID, day("2024-01-01"), graph.Asserted, "", "", 0.6, ment("", text, 0, 0)),
		}))
	}
	load(t, st, xs)
	s := newServer(t, st, func(o Options) Options { return o.WithMaxCost(70) })
	q := `{ edges(first: 1) { edges { node { sources { sentence } } } } }`
	res := s.Do(context.Background(), q, nil)
	if got := errCodes(res); len(got) != 1 || got[0] != CodeTooCostly {
		t.Fatalf("codes %v, want one QUERY_TOO_COSTLY", got)
	}
	if res.Data != nil {
		t.Fatalf("refused at run time, yet data: %v", res.Data)
	}
	few := `{ edges(first: 1) { edges { node { id } } } }`
	if got := errCodes(s.Do(context.Background(), few, nil)); len(got) > 0 {
		t.Fatalf("cheap query refused: %v", got)
	}
}

// cancellingStore cancels the request when its Stats is read, and answers;
// at notes how many reads it had served then.
type cancellingStore struct {
	*countingStore
	cancel context.CancelFunc
	at     int64
}

func (c *cancellingStore) Stats(ctx context.Context) (store.Stats, error) {
	st, err := c.countingStore.Stats(ctx)
	c.cancel()
	c.at = c.reads.Load()
	return st, err
}

// TestCancelStopsResolving checks that no resolver starts after the request
// is cancelled: the field after stats, whose read cancels it, reads nothing.
func TestCancelStopsResolving(t *testing.T) {
	_, st := fixtureServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cs := &cancellingStore{countingStore: newCounting(st), cancel: cancel}
	s := newServer(t, cs)
	res := s.Do(ctx, `{ stats { documents } neighborhood(id: "state:PRK") { entities { id } } }`, nil)
	if len(res.Errors) == 0 {
		t.Fatalf("no error after the cancel: %v", res.Data)
	}
	if n := cs.reads.Load() - cs.at; n != 0 {
		t.Errorf("%d store reads after the cancel", n)
	}
}

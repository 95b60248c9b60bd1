package schema

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

type httpCase struct {
	name        string
	method      string
	target      string // query string for GET
	body        string
	contentType string
	accept      string
	auth        string
	status      int
	media       string // expected response media type
	hasData     bool
	code        string // first error's extensions.code, "" for none
}

func (tc httpCase) run(t *testing.T, h http.Handler) map[string]any {
	t.Helper()
	method := tc.method
	if method == "" {
		method = http.MethodPost
	}
	r := httptest.NewRequest(method, "/graphql"+tc.target, strings.NewReader(tc.body))
	r.RemoteAddr, r.Host = "127.0.0.1:40000", "localhost:8080" // a local client: writes open without a token
	if tc.contentType != "" {
		r.Header.Set("Content-Type", tc.contentType)
	} else if method == http.MethodPost {
		r.Header.Set("Content-Type", "application/json")
	}
	if tc.accept != "" {
		r.Header.Set("Accept", tc.accept)
	}
	if tc.auth != "" {
		r.Header.Set("Authorization", tc.auth)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != tc.status {
		t.Fatalf("status %d, want %d; body %s", w.Code, tc.status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.media) {
		t.Fatalf("Content-Type %q, want %s", ct, tc.media)
	}
	var body map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
		t.Fatalf("body is not JSON: %v: %s", err, w.Body)
	}
	if _, ok := body["data"]; ok != tc.hasData {
		t.Fatalf("data present %v, want %v: %s", ok, tc.hasData, w.Body)
	}
	code, _ := get(body, "errors", 0, "extensions", "code").(string)
	if code != tc.code {
		t.Fatalf("code %q, want %q: %s", code, tc.code, w.Body)
	}
	if tc.code != "" {
		if msg, _ := get(body, "errors", 0, "message").(string); msg == "" {
			t.Fatalf("error without message: %s", w.Body)
		}
	}
	return body
}

func gql(query string, vars map[string]any) string {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return string(b)
}

func getQuery(query string) string { return "?query=" + url.QueryEscape(query) }

func TestHTTP(t *testing.T) {
	s, _ := fixtureServer(t, func(o Options) Options { return o.WithWriteToken("s3cret").WithMaxBodyBytes(4096) })
	const (
		jsonT = "application/json"
		gqlT  = "application/graphql-response+json"
	)
	stats := `{ stats { edges } }`
	ingest := `mutation { ingestDocument(input: {text: "A new text."}) { created } }`
	tests := []httpCase{
		{name: "post json", body: gql(stats, nil), status: 200, media: jsonT, hasData: true},
		{name: "post graphql-response", body: gql(stats, nil), accept: gqlT, status: 200, media: gqlT, hasData: true},
		{name: "accept prefers graphql-response", body: gql(stats, nil), accept: "application/json, application/graphql-response+json;q=0.9", status: 200, media: gqlT, hasData: true},
		{name: "accept any", body: gql(stats, nil), accept: "*/*", status: 200, media: jsonT, hasData: true},
		{name: "accept nothing usable", body: gql(stats, nil), accept: "text/html", status: 406, media: jsonT, code: CodeBadUserInput},
		{name: "content type with charset", body: gql(stats, nil), contentType: "application/json; charset=utf-8", status: 200, media: jsonT, hasData: true},
		{name: "wrong content type", body: gql(stats, nil), contentType: "text/plain", status: 415, media: jsonT, code: CodeBadUserInput},
		{name: "broken json", body: `{"query": `, status: 400, media: jsonT, code: CodeBadUserInput},
		{name: "no query", body: `{}`, status: 400, media: jsonT, code: CodeBadUserInput},
		{name: "body too large", body: gql(stats+strings.Repeat(" ", 5000), nil), status: 413, media: jsonT, code: CodeBodyTooLarge},
		{name: "parse error json", body: gql(`{ stats `, nil), status: 200, media: jsonT, code: CodeParseFailed},
		{name: "parse error graphql-response", body: gql(`{ stats `, nil), accept: gqlT, status: 400, media: gqlT, code: CodeParseFailed},
		{name: "validation error graphql-response", body: gql(`{ stats { nope } }`, nil), accept: gqlT, status: 400, media: gqlT, code: CodeValidationFailed},
		{name: "too deep graphql-response", body: gql(deepQuery(20), nil), accept: gqlT, status: 400, media: gqlT, code: CodeTooDeep},
		{name: "field error keeps 200", body: gql(`{ entity(id: "doc:1") { id } stats { edges } }`, nil), accept: gqlT, status: 200, media: gqlT, hasData: true, code: CodeBadUserInput},
		{name: "operationName picks", body: `{"query": "query A { stats { edges } } mutation B { deleteDocument(id: \"doc:1\") }", "operationName": "A"}`, status: 200, media: jsonT, hasData: true},
		{name: "operationName unknown", body: `{"query": "query A { stats { edges } }", "operationName": "C"}`, status: 200, media: jsonT, code: CodeValidationFailed},
		{name: "get picks the query of a document with a mutation", method: "GET", target: getQuery(`query A { stats { edges } } mutation B { deleteDocument(id: "doc:1") }`) + "&operationName=A", status: 200, media: jsonT, hasData: true},
		{name: "get refuses the mutation of a document", method: "GET", target: getQuery(`query A { stats { edges } } mutation B { deleteDocument(id: "doc:1") }`) + "&operationName=B", status: 405, media: jsonT, code: CodeBadUserInput},
		{name: "get query", method: "GET", target: getQuery(stats), status: 200, media: jsonT, hasData: true},
		{name: "get with variables", method: "GET", target: getQuery(`query($id: ID!) { entity(id: $id) { name } }`) + "&variables=" + url.QueryEscape(`{"id":"state:PRK"}`), status: 200, media: jsonT, hasData: true},
		{name: "get bad variables", method: "GET", target: getQuery(stats) + "&variables=nope", status: 400, media: jsonT, code: CodeBadUserInput},
		{name: "get mutation refused", method: "GET", target: getQuery(ingest), auth: "Bearer s3cret", status: 405, media: jsonT, code: CodeBadUserInput},
		{name: "put refused", method: "PUT", body: gql(stats, nil), status: 405, media: jsonT, code: CodeBadUserInput},
		{name: "mutation without token", body: gql(ingest, nil), status: 401, media: jsonT, code: CodeUnauthenticated},
		{name: "mutation with wrong token", body: gql(ingest, nil), auth: "Bearer nope", accept: gqlT, status: 401, media: gqlT, code: CodeUnauthenticated},
		{name: "mutation with token", body: gql(ingest, nil), auth: "Bearer s3cret", status: 200, media: jsonT, hasData: true},
		{name: "query needs no token", body: gql(stats, nil), auth: "Bearer nope", status: 200, media: jsonT, hasData: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, s) })
	}
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("PUT", "/graphql", nil))
	if w.Header().Get("Allow") != "GET, POST, OPTIONS" {
		t.Errorf("405 Allow %q", w.Header().Get("Allow"))
	}
}

func deepQuery(levels int) string {
	q := "id"
	for range levels - 2 {
		q = "country { " + q + " }"
	}
	return `{ entity(id: "person:alexander-kozlov") { ` + q + ` } }`
}

func TestHTTPIngestIdempotent(t *testing.T) {
	s, _ := fixtureServer(t)
	ingest := gql(`mutation($t: String!) { ingestDocument(input: {text: $t, title: "T"}) { created document { id title } } }`,
		map[string]any{"t": "Fresh text about nothing."})
	for i, want := range []bool{true, false} {
		body := httpCase{body: ingest, status: 200, media: "application/json", hasData: true}.run(t, s)
		if got := get(body, "data", "ingestDocument", "created"); got != want {
			t.Fatalf("ingest #%d created %v, want %v", i+1, got, want)
		}
	}
}

func TestDocumentCache(t *testing.T) {
	s, _ := fixtureServer(t, func(o Options) Options { return o.WithCacheSize(2) })
	q := func(n int) string { return gql(`{ documents(first: `+string(rune('1'+n))+`) { totalCount } }`, nil) }
	for range 3 {
		httpCase{body: q(0), status: 200, media: "application/json", hasData: true}.run(t, s)
	}
	if n := s.cache.len(); n != 1 {
		t.Fatalf("cache holds %d documents after one query thrice, want 1", n)
	}
	for i := range 4 {
		httpCase{body: q(i), status: 200, media: "application/json", hasData: true}.run(t, s)
	}
	if n := s.cache.len(); n != 2 {
		t.Fatalf("cache holds %d documents, want its bound 2", n)
	}
	// Invalid documents are not cached.
	httpCase{body: gql(`{ nope }`, nil), status: 200, media: "application/json", code: CodeValidationFailed}.run(t, s)
	if _, ok := s.cache.get(`{ nope }`); ok {
		t.Fatal("invalid document cached")
	}
}

func FuzzServeHTTP(f *testing.F) {
	st := openStore(f)
	load(f, st, fixture())
	s := newServer(f, st)
	for _, q := range []string{`{ stats { edges } }`, deepQuery(20), introspectionQuery, `{ edges(first: 3) { edges { node { id } } } }`, `{ path(from: "state:UKR", to: "state:CHN") { length } }`} {
		f.Add(gql(q, nil))
	}
	f.Add(`{"query": "query($a: Int) { edges(first: $a) { totalCount } }", "variables": {"a": 1e99}}`)
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest("POST", "/graphql", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != 200 && w.Code != 400 && w.Code != 401 && w.Code != 413 {
			t.Fatalf("status %d for %q", w.Code, body)
		}
		var out map[string]any
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			t.Fatalf("response is not JSON: %v", err)
		}
		_, hasData := out["data"]
		if errs, _ := out["errors"].([]any); !hasData && len(errs) == 0 {
			t.Fatalf("neither data nor errors for %q", body)
		}
	})
}

func TestConcurrentRequests(t *testing.T) {
	s, _ := fixtureServer(t)
	srv := httptest.NewServer(s)
	defer srv.Close()
	queries := []string{
		`{ edges(first: 5) { edges { node { from { name } to { name } event { participants { id } edges { id } } } } } }`,
		`{ node(id: "state:PRK") { ... on Entity { edges { totalCount } } } }`,
		`{ path(from: "state:UKR", to: "state:CHN") { length } neighborhood(id: "state:RUS") { entities { id } } }`,
		introspectionQuery,
	}
	errs := make(chan error, 32)
	for i := range 32 {
		go func() {
			resp, err := http.Post(srv.URL, "application/json", strings.NewReader(gql(queries[i%len(queries)], nil)))
			if err != nil {
				errs <- err
				return
			}
			defer resp.Body.Close()
			var body map[string]any
			if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
				errs <- err
				return
			}
			if resp.StatusCode != 200 || body["errors"] != nil {
				errs <- fmt.Errorf("status %d, body %v", resp.StatusCode, body)
				return
			}
			errs <- nil
		}()
	}
	for range 32 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestAuthorized(t *testing.T) {
	const local, remote = "127.0.0.1:5000", "192.0.2.7:5000"
	tests := []struct {
		name, token, header, remote, host, forwarded string
		want                                         bool
	}{
		{"no token, loopback client and host", "", "", local, "127.0.0.1:8080", "", true},
		{"no token, localhost name", "", "", local, "localhost:8080", "", true},
		{"no token, ipv6 loopback", "", "", "[::1]:5000", "[::1]:8080", "", true},
		{"no token, any bearer from loopback", "", "Bearer anything", local, "localhost", "", true},
		{"no token, remote client", "", "", remote, "127.0.0.1:8080", "", false},
		{"no token, remote client with a bearer", "", "Bearer anything", remote, "geokg.example:8080", "", false},
		{"no token, DNS rebinding host", "", "", local, "evil.example:8080", "", false},
		{"no token, proxied", "", "", local, "127.0.0.1:8080", "203.0.113.9", false},
		{"token missing", "s3cret", "", local, "127.0.0.1:8080", "", false},
		{"token given", "s3cret", "Bearer s3cret", remote, "geokg.example", "", true},
		{"scheme in any case", "s3cret", "bearer s3cret", remote, "geokg.example", "", true},
		{"spaces around", "s3cret", "Bearer  s3cret ", remote, "geokg.example", "", true},
		{"wrong token", "s3cret", "Bearer s3cre", local, "127.0.0.1", "", false},
		{"basic scheme", "s3cret", "Basic s3cret", local, "127.0.0.1", "", false},
		{"no scheme", "s3cret", "s3cret", local, "127.0.0.1", "", false},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
		r.RemoteAddr, r.Host = tt.remote, tt.host
		if tt.header != "" {
			r.Header.Set("Authorization", tt.header)
		}
		if tt.forwarded != "" {
			r.Header.Set("X-Forwarded-For", tt.forwarded)
		}
		if got := Authorized(r, tt.token); got != tt.want {
			t.Errorf("%s: Authorized = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReadAuthorized(t *testing.T) {
	tests := []struct {
		read, write, header string
		want                bool
	}{
		{"", "", "", true},
		{"", "w", "", true},
		{"r", "", "", false},
		{"r", "", "Bearer r", true},
		{"r", "w", "Bearer w", true},
		{"r", "w", "Bearer x", false},
		{"r", "", "Bearer ", false},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
		if tt.header != "" {
			r.Header.Set("Authorization", tt.header)
		}
		if got := ReadAuthorized(r, tt.read, tt.write); got != tt.want {
			t.Errorf("ReadAuthorized(%q, read %q, write %q) = %v, want %v", tt.header, tt.read, tt.write, got, tt.want)
		}
	}
}

func TestWriteMediaType(t *testing.T) {
	for ct, want := range map[string]bool{
		"application/json": true, "application/json; charset=utf-8": true, "application/x-ndjson": true,
		"application/jsonl": true, "text/plain": false, "application/x-www-form-urlencoded": false,
		"multipart/form-data; boundary=x": false, "": false, "text/plain; charset=utf-8": false,
	} {
		if got := WriteMediaType(ct); got != want {
			t.Errorf("WriteMediaType(%q) = %v, want %v", ct, got, want)
		}
	}
}

func TestJSONProblemNamesTheValue(t *testing.T) {
	tests := []struct{ body, want string }{
		{`[{"query": "{ stats { edges } }"}]`, "it must be a JSON object, not a JSON array"},
		{`{"query": 5}`, "query must not be a JSON number"},
		{`{"query": "{ stats { edges } }", "variables": "x"}`, "variables must not be a JSON string"},
	}
	for _, tc := range tests {
		var req struct {
			Query     string         `json:"query"`
			Variables map[string]any `json:"variables"`
		}
		err := json.Unmarshal([]byte(tc.body), &req)
		if err == nil {
			t.Fatalf("%s: decoded", tc.body)
		}
		if got := jsonProblem(err); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.body, got, tc.want)
		}
	}
}

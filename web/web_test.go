package web

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/gorilla/mux"

	"github.com/geokg/geokg/schema"
)

func newRouter(opts Options) *mux.Router {
	r := mux.NewRouter()
	Register(r, opts)
	return r
}

// do serves one request; remote and host default to a loopback client of 127.0.0.1.
func do(t *testing.T, h http.Handler, method, target, remote, host string, hdr http.Header) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	req.RemoteAddr = "127.0.0.1:40000"
	if remote != "" {
		req.RemoteAddr = remote
	}
	req.Host = "127.0.0.1:8080"
	if host != "" {
		req.Host = host
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

var configRE = regexp.MustCompile(`(?s)<script id="geokg-config" type="application/json">(.*?)</script>`)

// pageConfig extracts and decodes the page's JSON configuration element.
func pageConfig(t *testing.T, body string, into any) {
	t.Helper()
	m := configRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no #geokg-config in page:\n%s", body)
	}
	if err := json.Unmarshal([]byte(m[1]), into); err != nil {
		t.Fatalf("config is not JSON: %v\n%s", err, m[1])
	}
}

func TestRoutes(t *testing.T) {
	h := newRouter(Options{})
	tests := []struct {
		method, target string
		code           int
		ctype          string // prefix of Content-Type
		location       string
		csp            bool
	}{
		{"GET", "/", http.StatusFound, "", "/graphiql", false},
		{"GET", "/graphiql", http.StatusOK, "text/html", "", true},
		{"HEAD", "/graphiql", http.StatusOK, "text/html", "", true},
		{"GET", "/explore", http.StatusOK, "text/html", "", true},
		{"GET", "/explore?id=state:PRK", http.StatusOK, "text/html", "", true},
		{"GET", "/static/vendor/graphiql.min.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/vendor/graphiql.min.css", http.StatusOK, "text/css", "", true},
		{"GET", "/static/vendor/react.production.min.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/vendor/react-dom.production.min.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/vendor/cytoscape.min.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/vendor/VERSIONS", http.StatusOK, "text/plain", "", true},
		{"GET", "/static/explore.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/explore-lib.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/vendor/cytoscape-fcose.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/vendor/cose-base.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/vendor/layout-base.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/graphiql-init.js", http.StatusOK, "text/javascript", "", true},
		{"GET", "/static/geokg.css", http.StatusOK, "text/css", "", true},
		{"GET", "/static/nope.js", http.StatusNotFound, "", "", false},
		{"GET", "/static/vendor", http.StatusNotFound, "", "", false},
		{"GET", "/static/", http.StatusNotFound, "", "", false},
		{"GET", "/static/../web.go", http.StatusNotFound, "", "", false},
		{"GET", "/static/%2e%2e/web.go", http.StatusNotFound, "", "", false},
		{"POST", "/graphiql", http.StatusMethodNotAllowed, "", "", false},
		{"POST", "/static/explore.js", http.StatusMethodNotAllowed, "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			rec := do(t, h, tc.method, tc.target, "", "", nil)
			// mux cleans "/static/../web.go" with a redirect; following it must not find web.go.
			if rec.Code == http.StatusMovedPermanently {
				rec = do(t, h, tc.method, rec.Header().Get("Location"), "", "", nil)
			}
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d; body %.200s", rec.Code, tc.code, rec.Body.String())
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want prefix %q", ct, tc.ctype)
			}
			if tc.location != "" && rec.Header().Get("Location") != tc.location {
				t.Errorf("Location %q, want %q", rec.Header().Get("Location"), tc.location)
			}
			if tc.csp {
				if got := rec.Header().Get("Content-Security-Policy"); got != ContentSecurityPolicy {
					t.Errorf("CSP %q", got)
				}
				if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
					t.Errorf("no nosniff")
				}
			}
			if tc.method == "HEAD" && rec.Body.Len() != 0 {
				t.Errorf("HEAD has a body of %d bytes", rec.Body.Len())
			}
		})
	}
}

func TestCSPForbidsRemoteAndInlineScript(t *testing.T) {
	for _, directive := range strings.Split(ContentSecurityPolicy, ";") {
		f := strings.Fields(directive)
		if len(f) == 0 {
			continue
		}
		for _, src := range f[1:] {
			if strings.Contains(src, "http") || src == "*" || strings.Contains(src, "://") {
				t.Errorf("%s allows a remote source %q", f[0], src)
			}
			if f[0] == "script-src" && src != "'self'" {
				t.Errorf("script-src allows %q", src)
			}
		}
	}
}

var attrRE = regexp.MustCompile(`(?:src|href)="([^"]*)"`)

// TestPagesLoadOnlyLocalAssets checks that each page references only this server's assets, that
// every one of them is served, and that no script is inline.
func TestPagesLoadOnlyLocalAssets(t *testing.T) {
	h := newRouter(Options{})
	for _, page := range []string{"/graphiql", "/explore"} {
		t.Run(page, func(t *testing.T) {
			body := do(t, h, "GET", page, "", "", nil).Body.String()
			refs := attrRE.FindAllStringSubmatch(body, -1)
			if len(refs) < 3 {
				t.Fatalf("only %d references in page", len(refs))
			}
			for _, m := range refs {
				ref := m[1]
				switch {
				case ref == "data:,":
					continue
				case strings.HasPrefix(ref, "/static/"):
					rec := do(t, h, "GET", strings.ReplaceAll(ref, "&amp;", "&"), "", "", nil)
					if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
						t.Errorf("%s: status %d, %d bytes", ref, rec.Code, rec.Body.Len())
					}
					if rec.Header().Get("Cache-Control") != "public, max-age=31536000, immutable" {
						t.Errorf("%s: versioned asset Cache-Control %q", ref, rec.Header().Get("Cache-Control"))
					}
				case strings.HasPrefix(ref, "/"):
					if rec := do(t, h, "GET", ref, "", "", nil); rec.Code >= 400 {
						t.Errorf("link %s: status %d", ref, rec.Code)
					}
				default:
					t.Errorf("page references %q, which is not on this server", ref)
				}
			}
			for _, s := range regexp.MustCompile(`<script[^>]*>`).FindAllString(body, -1) {
				if !strings.Contains(s, `src="/static/`) && !strings.Contains(s, `type="application/json"`) {
					t.Errorf("inline script: %s", s)
				}
			}
		})
	}
}

func TestGraphiQLConfig(t *testing.T) {
	const token = "s3cret-</script><b>"
	tests := []struct {
		name        string
		opts        Options
		remote      string
		host        string
		hdr         http.Header
		wantAuth    string
		wantGraphQL string
	}{
		{"loopback v4 gets token", Options{WriteToken: token}, "127.0.0.1:5000", "127.0.0.1:8080", nil, "Bearer " + token, "/graphql"},
		{"loopback v6 gets token", Options{WriteToken: token}, "[::1]:5000", "[::1]:8080", nil, "Bearer " + token, "/graphql"},
		{"localhost name gets token", Options{WriteToken: token}, "127.0.0.1:5000", "localhost:8080", nil, "Bearer " + token, "/graphql"},
		{"remote client gets template", Options{WriteToken: token}, "192.0.2.7:5000", "127.0.0.1:8080", nil, "Bearer ", "/graphql"},
		{"rebinding host gets template", Options{WriteToken: token}, "127.0.0.1:5000", "evil.example:8080", nil, "Bearer ", "/graphql"},
		{"proxied request gets template", Options{WriteToken: token}, "127.0.0.1:5000", "127.0.0.1:8080",
			http.Header{"X-Forwarded-For": {"198.51.100.1"}}, "Bearer ", "/graphql"},
		{"no token configured", Options{}, "127.0.0.1:5000", "127.0.0.1:8080", nil, "Bearer ", "/graphql"},
		{"custom endpoint", Options{GraphQLPath: "/api/graphql"}, "", "", nil, "Bearer ", "/api/graphql"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(t, newRouter(tc.opts), "GET", "/graphiql", tc.remote, tc.host, tc.hdr)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q, want no-store", cc)
			}
			body := rec.Body.String()
			if strings.Contains(body, "</script><b>") {
				t.Errorf("token not escaped in page")
			}
			var cfg graphiqlConfig
			pageConfig(t, body, &cfg)
			if cfg.GraphQLPath != tc.wantGraphQL {
				t.Errorf("graphqlPath %q, want %q", cfg.GraphQLPath, tc.wantGraphQL)
			}
			if cfg.DefaultQuery != DefaultQuery {
				t.Errorf("defaultQuery differs from DefaultQuery")
			}
			var headers map[string]string
			if err := json.Unmarshal([]byte(cfg.DefaultHeaders), &headers); err != nil {
				t.Fatalf("defaultHeaders is not a JSON object: %v: %q", err, cfg.DefaultHeaders)
			}
			if headers["Authorization"] != tc.wantAuth {
				t.Errorf("Authorization %q, want %q", headers["Authorization"], tc.wantAuth)
			}
			if tc.wantAuth != "Bearer "+token && strings.Contains(body, "s3cret") {
				t.Errorf("token leaked into the page for %s", tc.name)
			}
		})
	}
}

func TestExploreConfig(t *testing.T) {
	for _, path := range []string{"", "/gql"} {
		rec := do(t, newRouter(Options{GraphQLPath: path, WriteToken: "tok"}), "GET", "/explore", "", "", nil)
		var cfg exploreConfig
		pageConfig(t, rec.Body.String(), &cfg)
		want := path
		if want == "" {
			want = DefaultGraphQLPath
		}
		if cfg.GraphQLPath != want {
			t.Errorf("graphqlPath %q, want %q", cfg.GraphQLPath, want)
		}
		if strings.Contains(rec.Body.String(), "tok") {
			t.Errorf("explorer page carries the write token")
		}
	}
}

func TestDefaultQueryNamesEveryExample(t *testing.T) {
	for _, op := range []string{"query Search", "query EntityEdges", "query Path", "query Neighborhood"} {
		if !strings.Contains(DefaultQuery, op+" {") {
			t.Errorf("DefaultQuery lacks %q", op)
		}
	}
	if strings.Count(DefaultQuery, "{") != strings.Count(DefaultQuery, "}") {
		t.Errorf("DefaultQuery has unbalanced braces")
	}
}

func TestStaticETag(t *testing.T) {
	h := newRouter(Options{})
	first := do(t, h, "GET", "/static/explore.js", "", "", nil)
	etag := first.Header().Get("ETag")
	if etag == "" || first.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("ETag %q, Cache-Control %q", etag, first.Header().Get("Cache-Control"))
	}
	again := do(t, h, "GET", "/static/explore.js", "", "", http.Header{"If-None-Match": {etag}})
	if again.Code != http.StatusNotModified {
		t.Errorf("conditional GET: status %d, want 304", again.Code)
	}
	other := do(t, h, "GET", "/static/graphiql-init.js", "", "", nil)
	if other.Header().Get("ETag") == etag {
		t.Errorf("two files share ETag %s", etag)
	}
}

// TestVendorVersions checks that VERSIONS names every vendored file with its current checksum,
// so a hand edit or a partial refresh of static/vendor shows.
func TestVendorVersions(t *testing.T) {
	f, err := staticFS.Open("static/vendor/VERSIONS")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]string{}
	sc := bufio.NewScanner(f)
	line := regexp.MustCompile(`^(\S+) (\d+\.\d+\.\d+) (\S+): (\S+) ([0-9a-f]{64})$`)
	for sc.Scan() {
		if m := line.FindStringSubmatch(sc.Text()); m != nil {
			if m[3] == "" {
				t.Errorf("%s: no licence", m[1])
			}
			listed[m[4]] = m[5]
		}
	}
	entries, err := staticFS.ReadDir("static/vendor")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if e.Name() == "VERSIONS" {
			continue
		}
		n++
		want, ok := listed[e.Name()]
		if !ok {
			t.Errorf("%s is not listed in VERSIONS", e.Name())
			continue
		}
		g, _ := staticFS.Open("static/vendor/" + e.Name())
		sum := sha256.New()
		if _, err := io.Copy(sum, g); err != nil {
			t.Fatal(err)
		}
		g.Close()
		if got := hex.EncodeToString(sum.Sum(nil)); got != want {
			t.Errorf("%s: sha256 %s, VERSIONS says %s", e.Name(), got, want)
		}
	}
	if n != len(listed) || n < 5 {
		t.Errorf("%d vendored files, %d listed", n, len(listed))
	}
}

func TestIsLocalRequest(t *testing.T) {
	tests := []struct {
		remote, host string
		hdr          http.Header
		want         bool
	}{
		{"127.0.0.1:1", "127.0.0.1:8080", nil, true},
		{"127.0.0.2:1", "localhost", nil, true},
		{"[::1]:1", "[::1]:8080", nil, true},
		{"127.0.0.1:1", "app.localhost:8080", nil, true},
		{"127.0.0.1:1", "LOCALHOST.:8080", nil, true},
		{"10.0.0.1:1", "127.0.0.1:8080", nil, false},
		{"[2001:db8::1]:1", "[::1]:8080", nil, false},
		{"127.0.0.1:1", "geokg.example.org", nil, false},
		{"127.0.0.1:1", "127.0.0.1.nip.io", nil, false},
		{"127.0.0.1:1", "127.0.0.1:8080", http.Header{"Forwarded": {"for=192.0.2.1"}}, false},
		{"127.0.0.1:1", "127.0.0.1:8080", http.Header{"X-Real-Ip": {"192.0.2.1"}}, false},
		{"garbage", "127.0.0.1", nil, false},
		{"", "127.0.0.1", nil, false},
	}
	for _, tc := range tests {
		req := httptest.NewRequest("GET", "/graphiql", nil)
		req.RemoteAddr, req.Host = tc.remote, tc.host
		for k, v := range tc.hdr {
			req.Header[k] = v
		}
		if got := schema.LoopbackRequest(req); got != tc.want {
			t.Errorf("LoopbackRequest(remote %q, host %q, %v) = %v, want %v", tc.remote, tc.host, tc.hdr, got, tc.want)
		}
	}
}

func TestTemplatesParse(t *testing.T) {
	p, err := parsePages("v1")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"graphiql.html", "explore.html"} {
		if p.Lookup(name) == nil {
			t.Errorf("no template %s", name)
		}
	}
}

func TestStaticGzip(t *testing.T) {
	h := newRouter(Options{})
	plain := do(t, h, "GET", "/static/vendor/graphiql.min.js", "", "", nil)
	if plain.Header().Get("Content-Encoding") != "" {
		t.Fatalf("gzip without Accept-Encoding")
	}
	tests := []struct {
		accept string
		gzip   bool
	}{
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, GZIP;q=0.5", true},
		{"gzip;q=0", false},
		{"deflate", false},
		{"", false},
	}
	for _, tc := range tests {
		rec := do(t, h, "GET", "/static/vendor/graphiql.min.js", "", "", http.Header{"Accept-Encoding": {tc.accept}})
		got := rec.Header().Get("Content-Encoding") == "gzip"
		if got != tc.gzip {
			t.Errorf("Accept-Encoding %q: gzip %v, want %v", tc.accept, got, tc.gzip)
			continue
		}
		if !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("no Vary: Accept-Encoding")
		}
		body := rec.Body.Bytes()
		if got {
			if len(body) >= plain.Body.Len()/2 {
				t.Errorf("gzip body %d bytes of %d", len(body), plain.Body.Len())
			}
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if body, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
			if rec.Header().Get("ETag") == plain.Header().Get("ETag") {
				t.Errorf("gzip and plain share an ETag")
			}
		}
		if !bytes.Equal(body, plain.Body.Bytes()) {
			t.Errorf("Accept-Encoding %q: body differs from the plain file", tc.accept)
		}
	}
	gz := do(t, h, "GET", "/static/vendor/graphiql.min.js", "", "", http.Header{"Accept-Encoding": {"gzip"}})
	again := do(t, h, "GET", "/static/vendor/graphiql.min.js", "", "", http.Header{
		"Accept-Encoding": {"gzip"}, "If-None-Match": {gz.Header().Get("ETag")}})
	if again.Code != http.StatusNotModified {
		t.Errorf("conditional GET of the gzip form: status %d", again.Code)
	}
}

func BenchmarkGraphiQLPage(b *testing.B) {
	h := newRouter(Options{WriteToken: "tok"})
	req := httptest.NewRequest("GET", "/graphiql", nil)
	req.RemoteAddr, req.Host = "127.0.0.1:1", "127.0.0.1:8080"
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

func BenchmarkStaticGzip(b *testing.B) {
	h := newRouter(Options{})
	req := httptest.NewRequest("GET", "/static/vendor/graphiql.min.js?v=x", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}

// TestExploreScriptsInOrder checks that the explorer loads its layout extension after the
// libraries it needs (fcose's UMD build reads the globals cytoscape, layoutBase and coseBase),
// and that no explorer script calls eval or the Function constructor, which the CSP forbids.
func TestExploreScriptsInOrder(t *testing.T) {
	h := newRouter(Options{})
	body := do(t, h, "GET", "/explore", "", "", nil).Body.String()
	want := []string{"vendor/cytoscape.min.js", "vendor/layout-base.js", "vendor/cose-base.js",
		"vendor/cytoscape-fcose.js", "explore-lib.js", "explore.js"}
	at := -1
	for _, name := range want {
		i := strings.Index(body, `<script src="/static/`+name+`?v=`)
		if i < 0 {
			t.Fatalf("/explore does not load %s", name)
		}
		if i < at {
			t.Errorf("%s loads before the script it follows", name)
		}
		at = i
	}
	evalRE := regexp.MustCompile(`\beval\(|new Function\(`)
	for _, name := range append(want, "vendor/cytoscape.min.js") {
		b, err := staticFS.ReadFile("static/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if m := evalRE.Find(b); m != nil {
			t.Errorf("%s calls %s, which the CSP forbids", name, m)
		}
	}
}

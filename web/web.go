// Package web serves geokg's browser pages: GraphiQL at /graphiql and the graph explorer at
// /explore. Every asset the pages load (GraphiQL, React, cytoscape with its fcose layout, and
// the pages' own scripts) is embedded in the binary, so the pages work on a closed network;
// nothing is fetched from a CDN. The third-party libraries are refreshed by web/vendor.sh (see
// static/vendor/VERSIONS).
//
// The pages run no inline script: configuration travels in a JSON script element and the code
// lives in /static, so a strict Content-Security-Policy (script-src 'self') applies.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/mux"

	"github.com/geokg/geokg/schema"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// DefaultGraphQLPath is where the pages send GraphQL requests when Options.GraphQLPath is empty.
const DefaultGraphQLPath = "/graphql"

// ContentSecurityPolicy is the CSP header sent with every page and static asset. Scripts come
// only from this server; styles may be inline because GraphiQL's components inject style
// elements (the browser tests fail on any CSP violation); GraphiQL's fonts and icons are data:
// URLs; requests go only to this origin.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// DefaultQuery is the first GraphiQL tab: one named operation per example, each of which
// answers on the seed article (North Korea, Russia, South Korea, ...). GraphiQL asks which
// operation to run when the Run button is pressed.
const DefaultQuery = `# geokg GraphQL: example queries on the seed article.
# Press the Run button (or Ctrl-Enter) and pick an operation.
# The Docs button (top left) browses the schema.

# Entities whose name or alias matches a text.
query Search {
  search(text: "korea") {
    id
    kind
    name
  }
}

# An entity's typed, dated edges with their sources.
query EntityEdges {
  entity(id: "state:PRK") {
    name
    edges(direction: BOTH, first: 20) {
      totalCount
      edges {
        node {
          type
          from { name }
          to { name }
          date
          modality
          sources { sentence document { title } }
        }
      }
    }
  }
}

# The shortest chain of edges between two entities.
query Path {
  path(from: "state:RUS", to: "state:KOR", maxDepth: 4) {
    length
    entities { id name }
    edges { type from { name } to { name } }
  }
}

# Everything within one hop of an entity.
query Neighborhood {
  neighborhood(id: "state:PRK", depth: 1) {
    entities { id kind name }
    edges { type from { id } to { id } modality date }
  }
}
`

// Options configures the pages.
type Options struct {
	// WriteToken is the bearer token for mutations. GraphiQL's headers editor is pre-filled
	// with it only for a page request made directly from a loopback address to a loopback host;
	// anyone else gets an empty Authorization template.
	WriteToken string
	// GraphQLPath is the GraphQL endpoint the pages call; DefaultGraphQLPath when empty.
	GraphQLPath string
}

// Register adds GET / (redirect to /graphiql), /graphiql, /explore and /static/... to r.
// It panics only if the embedded templates are broken, which the package tests rule out.
func Register(r *mux.Router, opts Options) {
	s := newServer(opts)
	get := []string{http.MethodGet, http.MethodHead}
	r.Handle("/", http.RedirectHandler("/graphiql", http.StatusFound)).Methods(get...)
	r.HandleFunc("/graphiql", s.graphiql).Methods(get...)
	r.HandleFunc("/explore", s.explore).Methods(get...)
	r.PathPrefix("/static/").Handler(http.StripPrefix("/static/", http.HandlerFunc(s.static))).Methods(get...)
}

// server holds what the handlers share; it is read-only once built.
type server struct {
	opts     Options
	pages    *template.Template
	assets   map[string]*asset // static file name -> its bytes and ETag
	assetVer string            // short hash of all static files, appended to asset URLs
}

// asset is one embedded static file. Its gzip form is made on first request and kept.
type asset struct {
	data []byte
	etag string // strong ETag of data
	gzip func() ([]byte, error)
}

func newServer(opts Options) *server {
	if opts.GraphQLPath == "" {
		opts.GraphQLPath = DefaultGraphQLPath
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(fmt.Errorf("web: static assets: %w", err))
	}
	assets, ver, err := loadAssets(sub)
	if err != nil {
		panic(fmt.Errorf("web: static assets: %w", err))
	}
	pages, err := parsePages(ver)
	if err != nil {
		panic(err)
	}
	return &server{opts: opts, pages: pages, assets: assets, assetVer: ver}
}

// parsePages parses the embedded page templates; asset(name) yields a versioned /static URL.
func parsePages(ver string) (*template.Template, error) {
	t, err := template.New("pages").Funcs(template.FuncMap{
		"asset": func(name string) string { return "/static/" + name + "?v=" + ver },
	}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: parse templates: %w: %w", ErrTemplate, err)
	}
	return t, nil
}

// loadAssets reads every file in fsys with a strong ETag, and a short version over all of them.
func loadAssets(fsys fs.FS) (map[string]*asset, string, error) {
	assets := map[string]*asset{}
	all := sha256.New()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		assets[p] = &asset{
			data: b,
			etag: `"` + hex.EncodeToString(sum[:16]) + `"`,
			gzip: sync.OnceValues(func() ([]byte, error) { return gzipBytes(b) }),
		}
		all.Write([]byte(p))
		all.Write(sum[:])
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	return assets, hex.EncodeToString(all.Sum(nil)[:6]), nil
}

func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("web: gzip: %w", err)
	}
	if _, err := zw.Write(b); err != nil {
		return nil, fmt.Errorf("web: gzip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("web: gzip: %w", err)
	}
	return buf.Bytes(), nil
}

// graphiqlConfig is what graphiql-init.js reads from the page.
type graphiqlConfig struct {
	GraphQLPath    string `json:"graphqlPath"`
	DefaultQuery   string `json:"defaultQuery"`
	DefaultHeaders string `json:"defaultHeaders"`
}

// exploreConfig is what explore.js reads from the page.
type exploreConfig struct {
	GraphQLPath string `json:"graphqlPath"`
}

func (s *server) graphiql(w http.ResponseWriter, r *http.Request) {
	headers := map[string]string{"Authorization": "Bearer "}
	if s.opts.WriteToken != "" && schema.LoopbackRequest(r) {
		headers["Authorization"] = "Bearer " + s.opts.WriteToken
	}
	h, err := json.MarshalIndent(headers, "", "  ")
	if err != nil {
		http.Error(w, "web: headers: "+err.Error(), http.StatusInternalServerError)
		return
	}
	s.render(w, r, "graphiql.html", graphiqlConfig{
		GraphQLPath:    s.opts.GraphQLPath,
		DefaultQuery:   DefaultQuery,
		DefaultHeaders: string(h),
	})
}

func (s *server) explore(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "explore.html", exploreConfig{GraphQLPath: s.opts.GraphQLPath})
}

// render executes a page template into a buffer first, so that a template error yields a
// clean 500 rather than half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, name string, cfg any) {
	var b strings.Builder
	if err := s.pages.ExecuteTemplate(&b, name, map[string]any{"Config": cfg}); err != nil {
		http.Error(w, fmt.Errorf("web: render %s: %w", name, err).Error(), http.StatusInternalServerError)
		return
	}
	setSecurityHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// The GraphiQL page may carry the write token: never store it in a cache.
	w.Header().Set("Cache-Control", "no-store")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write([]byte(b.String()))
}

func (s *server) static(w http.ResponseWriter, r *http.Request) {
	name := path.Clean(strings.TrimPrefix(r.URL.Path, "/"))
	a, ok := s.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	setSecurityHeaders(w)
	h := w.Header()
	if r.URL.Query().Get("v") == s.assetVer {
		// A versioned URL names these exact bytes: cache it for good.
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	ctype, ok := contentTypes[path.Ext(name)]
	if !ok {
		if ctype = mime.TypeByExtension(path.Ext(name)); ctype == "" {
			ctype = "text/plain; charset=utf-8" // VERSIONS
		}
	}
	h.Set("Content-Type", ctype)
	h.Add("Vary", "Accept-Encoding")
	body, etag := a.data, a.etag
	if acceptsGzip(r) && len(a.data) > 1024 {
		if gz, err := a.gzip(); err == nil && len(gz) < len(a.data) {
			body = gz
			etag = strings.TrimSuffix(a.etag, `"`) + `-gzip"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
}

// contentTypes fixes the types of the assets the pages load, whatever the system's MIME table says.
var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

func setSecurityHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
}

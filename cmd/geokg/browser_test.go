package main

// Browser tests: Debian's chromium, driven through chromedp, loads the real pages from a test
// server over a seeded in-memory store. Every host but 127.0.0.1 is unresolvable, and a test
// fails on any request that leaves the test server, on a failed local request, on a script
// error and on a Content-Security-Policy violation. On failure a test writes a screenshot and
// the page's HTML to a temporary folder and logs its path.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browserTimeout bounds one browser test after chromium has started.
const browserTimeout = 60 * time.Second

// chromiumPath finds a Chromium binary: $GEOKG_CHROMIUM, else Debian's chromium on PATH.
func chromiumPath() (string, bool) {
	if p := os.Getenv("GEOKG_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// browserTab is one headless chromium with one tab, and what the tab did on the network.
type browserTab struct {
	t       *testing.T
	ctx     context.Context // the tab, with the test's deadline
	tab     context.Context // the tab, without deadline (for the failure screenshot)
	base    string          // http://127.0.0.1:port of the test server
	srvHost string

	mu       sync.Mutex
	urls     map[network.RequestID]string
	offsite  []string                // requests to anything but the test server
	failures []string                // local requests that failed or answered >= 400
	problems []string                // script errors, exceptions, CSP violations
	graphql  []browserGraphQLRequest // POSTs to /graphql
}

type browserGraphQLRequest struct {
	Authorization string
	Body          string
}

// sharedChromium is the one chromium that the package's browser tests share; each test opens
// its own tab (and its own listener), so starting chromium is paid once per test binary.
// TestMain closes it.
var sharedChromium struct {
	once    sync.Once
	ctx     context.Context // the browser's first tab; new tabs are made from it
	close   func()
	err     error
	profile string
}

// startChromium starts the shared chromium at path once.
func startChromium(path string) (context.Context, error) {
	c := &sharedChromium
	c.once.Do(func() {
		dir, err := os.MkdirTemp("", "geokg-chromium-")
		if err != nil {
			c.err = err
			return
		}
		c.profile = dir
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.UserDataDir(dir),
			chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.WindowSize(1280, 900),
		)
		allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancel := chromedp.NewContext(allocCtx)
		c.ctx = ctx
		c.close = func() {
			cancel()
			cancelAlloc()
			_ = os.RemoveAll(dir)
		}
		if err := chromedp.Do(ctx); err != nil { // starts chromium, with no deadline
			c.err = fmt.Errorf("starting %s: %w", path, err)
		}
	})
	return c.ctx, c.err
}

// TestMain stops the shared chromium after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if sharedChromium.close != nil {
		sharedChromium.close()
	}
	os.Exit(code)
}

// newBrowser opens a tab of the shared chromium for srv, or skips the test when no chromium
// binary exists.
func newBrowser(t *testing.T, srv *httptest.Server) *browserTab {
	t.Helper()
	path, ok := chromiumPath()
	if !ok {
		t.Skip("browser test skipped: no chromium binary found (Debian: apt-get install chromium; or set GEOKG_CHROMIUM)")
	}
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	b := &browserTab{t: t, base: srv.URL, srvHost: u.Host, urls: map[network.RequestID]string{}}
	browserCtx, err := startChromium(path)
	if err != nil {
		t.Fatal(err)
	}
	tab, cancelTab := chromedp.NewContext(browserCtx, chromedp.WithListener(b.listen))
	t.Cleanup(cancelTab)
	if err := chromedp.Do(tab); err != nil { // opens the tab, with no deadline
		t.Fatalf("opening a tab: %v", err)
	}
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("sizing the tab: %v", err)
	}
	ctx, cancel := context.WithTimeout(tab, browserTimeout)
	t.Cleanup(cancel)
	b.ctx, b.tab = ctx, tab
	t.Cleanup(b.saveOnFailure) // runs first: the tab is still open
	return b
}

// listen records the tab's network traffic and its errors. It runs in chromedp's event loop.
func (b *browserTab) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL
		b.urls[ev.RequestID] = u
		if !b.local(u) {
			b.offsite = append(b.offsite, ev.Request.Method+" "+u)
			return
		}
		if ev.Request.Method == "POST" && strings.HasSuffix(strings.SplitN(u, "?", 2)[0], "/graphql") {
			var body strings.Builder
			for _, e := range ev.Request.PostDataEntries {
				body.Write(e.Bytes)
			}
			auth, _ := ev.Request.Headers["Authorization"].(string)
			b.graphql = append(b.graphql, browserGraphQLRequest{Authorization: auth, Body: body.String()})
		}
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			b.failures = append(b.failures, fmt.Sprintf("%s: HTTP %d", ev.Response.URL, ev.Response.Status))
		}
	case *network.EventLoadingFailed:
		if !ev.Canceled && b.local(b.urls[ev.RequestID]) {
			b.failures = append(b.failures, fmt.Sprintf("%s: %s %s", b.urls[ev.RequestID], ev.ErrorText, ev.BlockedReason))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		b.problems = append(b.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				if len(a.Value) > 0 {
					parts = append(parts, string(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			b.problems = append(b.problems, "console.error: "+strings.Join(parts, " "))
		}
	case *log.EventEntryAdded:
		e := ev.Entry
		if e.Level == log.EntryLevelError || strings.Contains(e.Text, "Content Security Policy") {
			b.problems = append(b.problems, fmt.Sprintf("browser log (%s): %s %s", e.Source, e.Text, e.URL))
		}
	}
}

// local reports whether u stays inside the page or goes to the test server.
func (b *browserTab) local(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch p.Scheme {
	case "data", "blob", "about":
		return true
	case "http", "https", "ws", "wss":
		return p.Host == b.srvHost
	}
	return false
}

// report is what the tab did wrong so far, one line each.
func (b *browserTab) report() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, s := range b.offsite {
		out = append(out, "request left the test server: "+s)
	}
	for _, s := range b.failures {
		out = append(out, "failed request: "+s)
	}
	return append(out, b.problems...)
}

// checkClean fails the test for any request off the test server, failed request or page error.
func (b *browserTab) checkClean() {
	b.t.Helper()
	for _, s := range b.report() {
		b.t.Error(s)
	}
}

func (b *browserTab) graphqlRequests() []browserGraphQLRequest {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]browserGraphQLRequest(nil), b.graphql...)
}

// do runs actions, failing the test with what the page reported.
func (b *browserTab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v\npage problems: %q", what, err, b.report())
	}
}

// waitFor polls a JavaScript expression until it is truthy.
func (b *browserTab) waitFor(what, expr string) {
	b.t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool]("!!("+expr+")",
		chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		b.t.Fatalf("waiting for %s: %v\npage problems: %q", what, err, b.report())
	}
}

// eval evaluates a JavaScript expression into T.
func browserEval[T any](b *browserTab, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// saveOnFailure writes a screenshot and the page's HTML to a temporary folder.
func (b *browserTab) saveOnFailure() {
	if !b.t.Failed() {
		return
	}
	dir, err := os.MkdirTemp("", "geokg-browser-")
	if err != nil {
		b.t.Logf("no folder for the failure screenshot: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(b.tab, 10*time.Second)
	defer cancel()
	name := regexp.MustCompile(`[^A-Za-z0-9_-]+`).ReplaceAllString(b.t.Name(), "_")
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	} else {
		b.t.Logf("screenshot: %v", err)
	}
	if html, err := chromedp.Run(ctx, chromedp.Evaluate[string]("document.documentElement.outerHTML")); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name+".html"), []byte(html), 0o644)
	}
	_ = os.WriteFile(filepath.Join(dir, name+".log"), []byte(strings.Join(b.report(), "\n")+"\n"), 0o644)
	b.t.Logf("browser test failed: screenshot, page and log in %s", dir)
}

// jsQuote quotes s as a JavaScript string literal.
func jsQuote(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}

// TestBrowserGraphiQL opens GraphiQL offline, checks the default tab and the write token in the
// headers editor, runs the Search example and reads its result, and browses the schema in the
// docs explorer (introspection).
func TestBrowserGraphiQL(t *testing.T) {
	const token = "browser-test-token"
	srv := newSeededServer(t, token)
	b := newBrowser(t, srv)

	b.do("open /graphiql", chromedp.Navigate(srv.URL+"/graphiql"))
	b.waitFor("GraphiQL's query editor", `document.querySelector('.graphiql-container .graphiql-query-editor .CodeMirror')`)
	cms := `Array.from(document.querySelectorAll('.CodeMirror')).map(e => e.CodeMirror && e.CodeMirror.getValue())`
	b.waitFor("the default tab of examples", cms+`.some(v => v && v.includes('query Search') && v.includes('query Neighborhood') && v.includes('query Path'))`)
	b.waitFor("the write token in the headers editor", cms+`.some(v => v && v.includes('"Authorization": "Bearer `+token+`"'))`)

	// Several operations: the Run button opens a menu of them.
	b.do("run the Search example",
		chromedp.Click(chromedp.CSS(".graphiql-execute-button")),
		chromedp.WaitVisible(`//*[@role="menuitem"][normalize-space(.)="Search"]`),
		chromedp.Click(`//*[@role="menuitem"][normalize-space(.)="Search"]`),
	)
	result := `(document.querySelector('.result-window .CodeMirror') || {}).CodeMirror`
	b.waitFor("the result of Search", result+` && `+result+`.getValue().trim().startsWith('{')`)
	var out struct {
		Data struct {
			Search []struct{ ID, Kind, Name string }
		}
		Errors []struct{ Message string }
	}
	raw := browserEval[string](b, result+`.getValue()`)
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		t.Fatalf("result is not JSON: %v\n%s", err, raw)
	}
	if len(out.Errors) > 0 {
		t.Fatalf("Search example answered errors: %+v", out.Errors)
	}
	names := map[string]string{}
	for _, e := range out.Data.Search {
		names[e.ID] = e.Name
	}
	if names["state:PRK"] != "North Korea" || names["state:KOR"] != "South Korea" {
		t.Errorf("Search example: want North Korea and South Korea, got %+v", out.Data.Search)
	}
	sent := false
	for _, r := range b.graphqlRequests() {
		if strings.Contains(r.Body, "korea") {
			sent = true
			if r.Authorization != "Bearer "+token {
				t.Errorf("GraphiQL sent Authorization %q, want the write token from the headers editor", r.Authorization)
			}
		}
	}
	if !sent {
		t.Errorf("no GraphQL request with the Search example seen; requests: %+v", b.graphqlRequests())
	}
	if browserEval[bool](b, `JSON.stringify(localStorage).includes(`+jsQuote(token)+`)`) {
		t.Errorf("GraphiQL stored the write token in localStorage")
	}

	// The docs explorer is built from introspection.
	b.do("open the docs explorer", chromedp.Click(chromedp.CSS(`[aria-label="Show Documentation Explorer"]`)))
	b.waitFor("the docs explorer", `document.querySelector('.graphiql-doc-explorer')`)
	b.do("open the Query type", chromedp.Click(chromedp.CSS(`.graphiql-doc-explorer a.graphiql-doc-explorer-type-name`)))
	b.waitFor("the Query fields in the docs explorer",
		`['search', 'neighborhood', 'path', 'entity'].every(f => document.querySelector('.graphiql-doc-explorer').textContent.includes(f))`)
	b.checkClean()
}

// explorerConnectionsJS reads the text of the explorer's side panel list.
const explorerConnectionsJS = `document.getElementById('connections').textContent`

// TestBrowserExplore opens North Korea in the explorer and checks the panel, the drawing,
// expansion by click, the filters and the search suggestions.
func TestBrowserExplore(t *testing.T) {
	srv := newSeededServer(t, "")
	b := newBrowser(t, srv)

	b.do("open /explore?id=state:PRK", chromedp.Navigate(srv.URL+"/explore?id=state:PRK"))
	b.waitFor("the explorer to load", `document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'`)
	if got := browserEval[string](b, `document.getElementById('panel-title').textContent`); got != "North Korea" {
		t.Fatalf("panel title %q, want North Korea; status %q", got, browserEval[string](b, `document.getElementById('status').textContent`))
	}
	text := browserEval[string](b, explorerConnectionsJS)
	for _, want := range []string{"Russia", "South Korea"} {
		if !strings.Contains(text, want) {
			t.Errorf("panel does not list %s:\n%s", want, text)
		}
	}
	// Every connection carries its type, date, modality and source with document title.
	n := browserEval[int](b, `document.querySelectorAll('#connections > li').length`)
	full := browserEval[int](b, `Array.from(document.querySelectorAll('#connections > li')).filter(li =>
		li.querySelector('.type').textContent && li.querySelector('a.entity') && li.querySelector('.date') &&
		li.querySelector('.modality').textContent && li.querySelector('.source .sentence') && li.querySelector('.source cite').textContent).length`)
	if n == 0 || full != n {
		t.Errorf("%d connections listed, %d with type, entity, date, modality and source", n, full)
	}
	b.waitFor("the graph drawn on a canvas", `Array.from(document.querySelectorAll('#graph canvas')).some(c => {
		if (!c.width || !c.height) return false;
		const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
		for (let i = 3; i < d.length; i += 4) if (d[i]) return true;
		return false;
	})`)
	if got := browserEval[int](b, `geokgExplorer.cy().edges().length`); got != n {
		t.Errorf("%d edges drawn, %d listed", got, n)
	}
	if got := browserEval[string](b, `geokgExplorer.cy().getElementById('state:RUS').data('kind')`); got != "state" {
		t.Errorf("Russia drawn with kind %q", got)
	}
	// Nodes are coloured by kind; edges are labelled with their type and styled by modality.
	colours := browserEval[map[string][]string](b, `(() => {
		const by = {};
		geokgExplorer.cy().nodes().forEach(n => {
			const k = n.data('kind'), c = n.style('background-color');
			by[k] = by[k] || [];
			if (!by[k].includes(c)) by[k].push(c);
		});
		return by;
	})()`)
	seen := map[string]string{}
	for kind, cs := range colours {
		if len(cs) != 1 {
			t.Errorf("kind %s drawn in %d colours: %v", kind, len(cs), cs)
			continue
		}
		if other, ok := seen[cs[0]]; ok {
			t.Errorf("kinds %s and %s share colour %s", kind, other, cs[0])
		}
		seen[cs[0]] = kind
	}
	if len(colours) < 2 {
		t.Errorf("North Korea's neighborhood has %d kinds of node; the seed has states, persons and organizations", len(colours))
	}
	type edgeLook struct{ Label, Type, Modality, LineStyle string }
	looks := browserEval[[]edgeLook](b, `geokgExplorer.cy().edges().map(e => ({
		Label: e.style('label'), Type: e.data('label'), Modality: e.data('modality'), LineStyle: e.style('line-style')}))`)
	wantStyle := map[string]string{"asserted": "solid", "alleged": "dashed", "speculative": "dotted", "negated": "solid"}
	if len(looks) != n {
		t.Errorf("%d edges styled, %d listed", len(looks), n)
	}
	alleged := 0
	for _, e := range looks {
		if e.Modality == "alleged" {
			alleged++
		}
		if e.Label == "" || e.Label != e.Type {
			t.Errorf("edge labelled %q, type %q", e.Label, e.Type)
		}
		if want, ok := wantStyle[e.Modality]; !ok || e.LineStyle != want {
			t.Errorf("%s edge of modality %q drawn %s, want %s", e.Type, e.Modality, e.LineStyle, want)
		}
	}
	if alleged == 0 {
		t.Errorf("no alleged edge drawn; the seed has South Korea's allegation that North Korea supplied Russia")
	}

	// Filters: hide one relation type, then everything by date.
	typ := browserEval[string](b, `document.querySelector('#type-filters input').value`)
	b.do("hide "+typ, chromedp.Click(chromedp.CSS(`#type-filters input[value=`+jsQuote(typ)+`]`)))
	if left := browserEval[int](b, `Array.from(document.querySelectorAll('#connections .type')).filter(e => e.textContent === `+jsQuote(typ)+`).length`); left != 0 {
		t.Errorf("%d %s connections still listed after hiding the type", left, typ)
	}
	if !strings.Contains(browserEval[string](b, `document.getElementById('status').textContent`), "hidden by filters") {
		t.Errorf("status does not say that filters hide connections")
	}
	b.do("show "+typ, chromedp.Click(chromedp.CSS(`#type-filters input[value=`+jsQuote(typ)+`]`)))
	if got := browserEval[int](b, `document.querySelectorAll('#connections > li').length`); got != n {
		t.Errorf("%d connections after showing %s again, want %d", got, typ, n)
	}
	b.do("filter dates from 2100, no undated",
		chromedp.SendKeys(chromedp.ID("date-from"), "2100"),
		chromedp.Click(chromedp.ID("undated")),
	)
	if got := browserEval[int](b, `document.querySelectorAll('#connections > li').length`); got != 0 {
		t.Errorf("%d connections dated from 2100 on", got)
	}
	b.do("clear the date filter",
		chromedp.SendKeys(chromedp.ID("date-from"), "\b\b\b\b"),
		chromedp.Click(chromedp.ID("undated")),
	)
	if got := browserEval[int](b, `document.querySelectorAll('#connections > li').length`); got != n {
		t.Errorf("%d connections after clearing the filters, want %d", got, n)
	}

	// A click on Russia's node expands it.
	type point struct{ X, Y float64 }
	p := browserEval[point](b, `(() => {
		const cy = geokgExplorer.cy(), pos = cy.getElementById('state:RUS').renderedPosition();
		const r = document.getElementById('graph').getBoundingClientRect();
		return {X: r.left + pos.x, Y: r.top + pos.y};
	})()`)
	before := browserEval[int](b, `geokgExplorer.cy().nodes().length`)
	b.do("click Russia's node", chromedp.MouseClickXY(p.X, p.Y))
	b.waitFor("Russia expanded", `geokgExplorer.cy().getElementById('state:RUS').data('expanded') === true && document.body.dataset.state === 'ready'`)
	if got := browserEval[string](b, `document.getElementById('panel-title').textContent`); got != "Russia" {
		t.Errorf("panel title after clicking Russia: %q", got)
	}
	if after := browserEval[int](b, `geokgExplorer.cy().nodes().length`); after < before {
		t.Errorf("expanding Russia shrank the graph from %d to %d nodes", before, after)
	}
	asked := false
	for _, r := range b.graphqlRequests() {
		asked = asked || strings.Contains(r.Body, `"id":"state:RUS"`)
	}
	if !asked {
		t.Errorf("no neighborhood request for state:RUS after the click")
	}

	// Search with suggestions.
	b.do("type in the search box", chromedp.SendKeys(chromedp.ID("q"), "south"))
	b.waitFor("South Korea suggested", `document.querySelector('#suggestions [data-id="state:KOR"]')`)
	b.do("pick South Korea", chromedp.Click(chromedp.CSS(`#suggestions [data-id="state:KOR"]`)))
	b.waitFor("South Korea opened", `document.getElementById('panel-title').textContent === 'South Korea' && document.body.dataset.state === 'ready'`)
	if loc := browserEval[string](b, `location.search`); !strings.HasPrefix(loc, "?id=state%3AKOR&") {
		t.Errorf("location after picking South Korea: %q", loc)
	}
	if text := browserEval[string](b, explorerConnectionsJS); !strings.Contains(text, "North Korea") {
		t.Errorf("South Korea's panel does not list North Korea:\n%s", text)
	}

	// An unknown id says so.
	b.do("open an unknown id", chromedp.Navigate(srv.URL+"/explore?id=state:XXX"))
	b.waitFor("the unknown-id message", `document.body.dataset.state === 'error'`)
	if s := browserEval[string](b, `document.getElementById('status').textContent`); !strings.Contains(s, "No entity has the id state:XXX") {
		t.Errorf("status for an unknown id: %q", s)
	}
	b.checkClean()
}

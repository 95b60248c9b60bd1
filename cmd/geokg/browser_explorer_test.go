package main

// Browser tests of the explorer's analyst views: layout, URL state, evidence, timeline, path
// finder, export, entity page and search. They run on the seed plus, when ../shared is
// present, the dev corpus (a richer graph with hubs); what needs the dev corpus skips without it.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"log/slog"
	"math"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/geokg/geokg/loader"
)

// devCorpus is the shared dev corpus, relative to this package.
const devCorpus = "../../../shared/corpus/dev"

// newExplorerServer serves the seed plus the dev corpus when present; rich says whether the
// dev corpus was loaded.
func newExplorerServer(t *testing.T) (srv *httptest.Server, rich bool) {
	t.Helper()
	ctx := context.Background()
	st := newTestStore(t)
	if n, err := loadSeeds(ctx, st, slog.New(slog.DiscardHandler)); err != nil || n == 0 {
		t.Fatalf("loadSeeds = %d, %v", n, err)
	}
	if _, err := os.Stat(devCorpus); err == nil {
		err := loader.Walk(ctx, []string{devCorpus}, func(in loader.Input, err error) error {
			if err != nil {
				return err
			}
			_, err = ingestInput(ctx, st, in, loader.DefaultLimits())
			return err
		})
		if err != nil {
			t.Fatalf("loading %s: %v", devCorpus, err)
		}
		rich = true
	}
	h, err := newRouter(ctx, deps{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	srv = httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, rich
}

// needRich skips a test that needs the dev corpus's hubs.
func needRich(t *testing.T, rich bool) {
	t.Helper()
	if !rich {
		t.Skipf("needs the dev corpus at %s", devCorpus)
	}
}

// openExplorer loads path and waits until the explorer is ready.
func (b *browserTab) openExplorer(path string) {
	b.t.Helper()
	b.do("open "+path, chromedp.Navigate(b.base+path))
	b.waitReady("the explorer to load " + path)
}

// waitReady waits for the explorer to finish what it is doing without an error.
func (b *browserTab) waitReady(what string) {
	b.t.Helper()
	b.waitFor(what, `document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'`)
	if st := browserEval[string](b, `document.body.dataset.state`); st != "ready" {
		b.t.Fatalf("%s: state %s, status %q", what, st, browserEval[string](b, `document.getElementById('status').textContent`))
	}
}

// click clicks the element sel and waits for the explorer to settle.
func (b *browserTab) click(what, sel string) {
	b.t.Helper()
	b.do(what, chromedp.Evaluate[chromedp.Void](`document.body.dataset.state = 'busy'`), chromedp.Click(chromedp.CSS(sel)))
	b.waitReady(what)
}

type point struct{ X, Y float64 }

// modelPositions reads every drawn node's model position.
func (b *browserTab) modelPositions() map[string]point {
	return browserEval[map[string]point](b, `Object.fromEntries(geokgExplorer.cy().nodes().map(n => [n.id(), {X: n.position('x'), Y: n.position('y')}]))`)
}

// tapNode focuses (and the first time expands) a node through its entry in the side panel's
// list of entities, the keyboard's way to the same action as a click on the node (which
// TestBrowserExplore drives on the canvas).
func (b *browserTab) tapNode(id string) {
	b.t.Helper()
	b.click("focus "+id, `#node-list li[data-id=`+jsQuote(id)+`] button`)
}

// overlapsJS lists the pairs of nodes whose boxes, labels included, overlap.
const overlapsJS = `(() => {
	const ns = geokgExplorer.cy().nodes().map(n => ({id: n.id(), b: n.boundingBox({includeLabels: true, includeOverlays: false, includeUnderlays: false})}));
	const out = [];
	for (let i = 0; i < ns.length; i++) for (let j = i + 1; j < ns.length; j++) {
		const a = ns[i].b, c = ns[j].b;
		if (a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) out.push(ns[i].id + ' / ' + ns[j].id);
	}
	return out;
})()`

// relationsJS compares the drawn lines with the visible facts grouped by (pair, type).
const relationsJS = `(() => {
	const g = geokgExplorer.subgraph();
	const lines = geokgExplorer.cy().edges().map(e => ({key: e.data('key'), count: e.data('count'), label: e.data('label'), width: e.data('width')}));
	const keys = new Set();
	let facts = 0;
	for (const r of g.relations) for (const e of r.edges) {
		const [a, c] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
		keys.add(a + '|' + c + '|' + e.type);
		facts++;
	}
	return {Lines: lines.length, Keys: keys.size, Facts: facts, Max: Math.max(0, ...lines.map(l => l.count)),
		Labelled: lines.every(l => l.count === 1 ? !l.label.includes('×') : l.label.endsWith('×' + l.count)),
		Wider: lines.every(a => lines.every(c => a.count <= c.count || a.width >= c.width))};
})()`

// TestBrowserLayoutExpandKeepsPositions expands two hubs: the nodes placed before each
// expansion stay put (< 50 px), no two nodes or labels overlap, parallel edges are drawn once
// per (pair, type) with a count and a width that grows with it, and the controls (show more,
// collapse, pin, remove, undo, re-layout, fit) do what they say.
func TestBrowserLayoutExpandKeepsPositions(t *testing.T) {
	srv, rich := newExplorerServer(t)
	needRich(t, rich)
	b := newBrowser(t, srv)
	b.openExplorer("/explore?id=state:PRK")
	if ov := browserEval[[]string](b, overlapsJS); len(ov) > 0 {
		t.Errorf("overlaps after opening North Korea: %v", ov)
	}
	for _, hub := range []string{"state:RUS", "state:UKR"} {
		before := b.modelPositions()
		if _, ok := before[hub]; !ok {
			t.Fatalf("%s is not drawn; nodes: %v", hub, before)
		}
		b.tapNode(hub)
		if !browserEval[bool](b, `geokgExplorer.cy().getElementById(`+jsQuote(hub)+`).data('expanded')`) {
			t.Fatalf("%s not expanded by its click", hub)
		}
		after := b.modelPositions()
		if len(after) <= len(before) {
			t.Errorf("expanding %s: %d nodes, was %d", hub, len(after), len(before))
		}
		for id, p := range before {
			q, ok := after[id]
			if !ok {
				t.Errorf("expanding %s removed %s", hub, id)
				continue
			}
			if d := math.Hypot(p.X-q.X, p.Y-q.Y); d >= 50 {
				t.Errorf("expanding %s moved %s by %.0f px", hub, id, d)
			}
		}
		if ov := browserEval[[]string](b, overlapsJS); len(ov) > 0 {
			t.Errorf("overlaps after expanding %s: %v", hub, ov)
		}
	}
	type relations struct {
		Lines, Keys, Facts, Max int
		Labelled, Wider         bool
	}
	rel := browserEval[relations](b, relationsJS)
	if rel.Lines != rel.Keys || rel.Facts <= rel.Lines || rel.Max < 2 || !rel.Labelled || !rel.Wider {
		t.Errorf("parallel edges: %+v; want one line per (pair, type), fewer lines than facts, counts in labels, width growing with count", rel)
	}
	if got := browserEval[int](b, `document.querySelectorAll('#connections > li').length`); got != rel.Lines {
		t.Errorf("%d connections listed, %d lines drawn", got, rel.Lines)
	}
	if got, want := browserEval[int](b, `document.querySelectorAll('#node-list > li').length`), browserEval[int](b, `geokgExplorer.cy().nodes().length`); got != want {
		t.Errorf("the entity list has %d entries, the drawing %d nodes", got, want)
	}

	// Russia has more neighbors than one page: show more adds the rest.
	res := postGraphQL(t, srv.URL, `{ neighborhood(id: "state:RUS") { edges { from { id } to { id } } } }`, nil, nil)
	var hood struct {
		Neighborhood struct {
			Edges []struct{ From, To struct{ ID string } }
		}
	}
	if err := json.Unmarshal(res.Data, &hood); err != nil {
		t.Fatal(err)
	}
	partners := map[string]bool{}
	for _, e := range hood.Neighborhood.Edges {
		if e.From.ID == "state:RUS" && e.To.ID != "state:RUS" {
			partners[e.To.ID] = true
		} else if e.To.ID == "state:RUS" && e.From.ID != "state:RUS" {
			partners[e.From.ID] = true
		}
	}
	if len(partners) <= 10 {
		t.Fatalf("fixture: Russia has %d partners, want more than one page (10)", len(partners))
	}
	b.tapNode("state:RUS")
	if browserEval[bool](b, `document.getElementById('act-more').disabled`) {
		t.Fatalf("show more disabled for Russia: %s", browserEval[string](b, `document.getElementById('act-more').textContent`))
	}
	b.click("show more", "#act-more")
	for id := range partners {
		if !browserEval[bool](b, `geokgExplorer.view().shown.includes(`+jsQuote(id)+`)`) {
			t.Errorf("after show more, Russia's partner %s is not in the graph", id)
		}
	}
	if !browserEval[bool](b, `document.getElementById('act-more').disabled`) {
		t.Errorf("show more still enabled with every partner shown")
	}
	// Collapse, then undo.
	shown := browserEval[[]string](b, `geokgExplorer.view().shown.slice().sort()`)
	b.click("collapse Russia", "#act-collapse")
	if got := browserEval[int](b, `geokgExplorer.cy().nodes().length`); got >= len(shown) {
		t.Errorf("collapse: %d nodes, was %d", got, len(shown))
	}
	b.click("undo", "#btn-undo")
	if got := browserEval[[]string](b, `geokgExplorer.view().shown.slice().sort()`); strings.Join(got, ",") != strings.Join(shown, ",") {
		t.Errorf("undo after collapse: %v, want %v", got, shown)
	}
	// Pin, remove, undo.
	b.click("pin Russia", "#act-pin")
	if !browserEval[bool](b, `geokgExplorer.cy().getElementById('state:RUS').locked()`) {
		t.Errorf("pinned Russia is not locked")
	}
	pinned := b.modelPositions()["state:RUS"]
	b.click("re-layout", "#btn-relayout")
	if q := b.modelPositions()["state:RUS"]; math.Hypot(q.X-pinned.X, q.Y-pinned.Y) > 1 {
		t.Errorf("re-layout moved pinned Russia from %v to %v", pinned, q)
	}
	if ov := browserEval[[]string](b, overlapsJS); len(ov) > 0 {
		t.Errorf("overlaps after re-layout: %v", ov)
	}
	b.click("remove Russia", "#act-remove")
	if browserEval[bool](b, `geokgExplorer.cy().getElementById('state:RUS').nonempty()`) {
		t.Errorf("Russia still drawn after remove")
	}
	b.click("undo", "#btn-undo")
	if !browserEval[bool](b, `geokgExplorer.cy().getElementById('state:RUS').nonempty()`) {
		t.Errorf("Russia not back after undo")
	}
	b.do("fit", chromedp.Click(chromedp.ID("btn-fit")))
	if !browserEval[bool](b, `(() => { const cy = geokgExplorer.cy(), e = cy.extent(), bb = cy.nodes().boundingBox();
		return bb.x1 >= e.x1 - 1 && bb.x2 <= e.x2 + 1 && bb.y1 >= e.y1 - 1 && bb.y2 <= e.y2 + 1; })()`) {
		t.Errorf("fit leaves nodes outside the view")
	}
	b.screenshot("layout")
	b.checkClean()
}

// screenshot writes a screenshot to $GEOKG_SCREENSHOTS when set (for looking at the view).
func (b *browserTab) screenshot(name string) {
	dir := os.Getenv("GEOKG_SCREENSHOTS")
	if dir == "" {
		return
	}
	time.Sleep(300 * time.Millisecond) // let the canvas repaint
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Logf("screenshot: %v", err)
		return
	}
	_ = os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
}

// TestBrowserURLStateRoundTrip: expansions, filters and the date range live in the URL; a
// reload of the URL shows the same nodes and filters; back and forward work; a click on a name
// adds the entity to the current graph and scrolls the panel to the top.
func TestBrowserURLStateRoundTrip(t *testing.T) {
	srv, rich := newExplorerServer(t)
	needRich(t, rich)
	b := newBrowser(t, srv)
	b.openExplorer("/explore?id=state:PRK")
	first := browserEval[[]string](b, `geokgExplorer.view().shown.slice().sort()`)
	firstURL := browserEval[string](b, `location.href`)
	b.tapNode("state:RUS")
	typ := browserEval[string](b, `document.querySelector('#type-filters input').value`)
	b.click("hide "+typ, `#type-filters input[value=`+jsQuote(typ)+`]`)
	b.click("hide speculative", `#modality-filters input[value="speculative"]`)
	b.click("hide organizations", `#kind-filters input[value="organization"]`)
	if n := browserEval[int](b, `geokgExplorer.cy().nodes('[kind = "organization"]').length`); n != 0 {
		t.Errorf("%d organizations drawn with the kind hidden", n)
	}
	src := browserEval[string](b, `document.querySelector('#source-filter option[value]:not([value=""])').value`)
	b.do("pick source "+src, chromedp.Evaluate[chromedp.Void](`document.body.dataset.state = 'busy'`),
		chromedp.SetValue(chromedp.ID("source-filter"), src),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('source-filter').dispatchEvent(new Event('change'))`))
	b.waitReady("the source filter")
	if bad := browserEval[[]string](b, `geokgExplorer.subgraph().relations.flatMap(r => r.edges).filter(e => !e.sources.some(s => s.document.source === `+jsQuote(src)+`)).map(e => e.id)`); len(bad) > 0 {
		t.Errorf("facts drawn without a source from %s: %v", src, bad)
	}
	b.click("all sources again", `#filters-reset`)
	b.click("hide "+typ, `#type-filters input[value=`+jsQuote(typ)+`]`)
	b.click("hide speculative", `#modality-filters input[value="speculative"]`)
	b.click("hide organizations", `#kind-filters input[value="organization"]`)
	b.do("date from 2015", chromedp.SendKeys(chromedp.ID("date-from"), "2015"))
	b.waitFor("the date in the URL", `new URLSearchParams(location.search).get('from') === '2015'`)
	type viewState struct {
		Shown, Expanded, Hidden []string
		From                    string
		Lines                   int
	}
	const stateJS = `({Shown: geokgExplorer.view().shown.slice().sort(), Expanded: geokgExplorer.view().expanded.slice().sort(),
		Hidden: Array.from(document.querySelectorAll('#filters input[type=checkbox]:not(:checked)')).map(i => i.value).sort(),
		From: document.getElementById('date-from').value, Lines: geokgExplorer.cy().edges().length})`
	want := browserEval[viewState](b, stateJS)
	u := browserEval[string](b, `location.href`)
	for _, p := range []string{"x=", "n=", "hide=", "mod=speculative", "kind=organization", "from=2015"} {
		if !strings.Contains(u, p) {
			t.Errorf("URL %s lacks %s", u, p)
		}
	}
	b.do("reload the copied URL", chromedp.Navigate(u))
	b.waitReady("the reloaded view")
	got := browserEval[viewState](b, stateJS)
	if js(got) != js(want) {
		t.Errorf("reloaded view differs:\n got %+v\nwant %+v", got, want)
	}
	// Back to North Korea alone, forward again.
	b.do("back", chromedp.Navigate(firstURL))
	b.waitReady("North Korea again")
	if got := browserEval[[]string](b, `geokgExplorer.view().shown.slice().sort()`); js(got) != js(first) {
		t.Errorf("first view: %v, want %v", got, first)
	}
	b.do("navigate to the full view", chromedp.Navigate(u))
	b.waitReady("the full view")
	b.do("history back", chromedp.NavigateBack())
	b.waitFor("back at North Korea alone", `geokgExplorer.view().shown.length === `+jsInt(len(first)))
	b.do("history forward", chromedp.NavigateForward())
	b.waitFor("forward at the full view", `geokgExplorer.view().shown.length === `+jsInt(len(want.Shown)))

	// A name in the panel adds its entity to the current graph and focuses it.
	b.openExplorer("/explore?id=state:KOR")
	before := browserEval[[]string](b, `geokgExplorer.view().shown`)
	b.do("scroll the panel", chromedp.Evaluate[chromedp.Void](`document.getElementById('panel').scrollTop = 10000`))
	name := browserEval[string](b, `(() => { const a = Array.from(document.querySelectorAll('#connections a.entity')).find(a => a.dataset.id !== 'state:KOR'); return a.dataset.id; })()`)
	b.click("click "+name, `#connections a.entity[data-id=`+jsQuote(name)+`]`)
	if f := browserEval[string](b, `geokgExplorer.view().focus`); f != name {
		t.Errorf("focus after clicking %s: %s", name, f)
	}
	after := browserEval[[]string](b, `geokgExplorer.view().shown`)
	for _, id := range before {
		if !strings.Contains(js(after), jsQuote(id)) {
			t.Errorf("clicking a name dropped %s from the graph", id)
		}
	}
	if top := browserEval[float64](b, `document.getElementById('panel').scrollTop`); top != 0 {
		t.Errorf("panel scrolled to %v after focusing a new entity", top)
	}
	b.checkClean()
}

func js(v any) string {
	s, _ := json.Marshal(v)
	return string(s)
}

func jsInt(n int) string { return js(n) }

// TestBrowserEvidenceHighlightsTrigger opens a relation's evidence: sources grouped by
// sentence with their count of copies, the trigger word and the two names marked, documents
// named by title or source and date (never a hash), modality and confidence; then the document
// view with every fact's sentence marked at its stored offsets.
func TestBrowserEvidenceHighlightsTrigger(t *testing.T) {
	srv, _ := newExplorerServer(t)
	b := newBrowser(t, srv)
	b.openExplorer("/explore?id=state:PRK")
	key := browserEval[string](b, `(() => { const li = Array.from(document.querySelectorAll('#connections > li')).find(li => li.dataset.key.endsWith('|supplied') && li.dataset.key.includes('state:RUS')); return li ? li.dataset.key : ''; })()`)
	if key == "" {
		t.Fatalf("no supplied relation between North Korea and Russia listed")
	}
	b.click("open the evidence", `#connections > li[data-key=`+jsQuote(key)+`] .evidence-btn`)
	b.waitFor("the evidence", `document.querySelector('#view-evidence .sentence-group') && !document.querySelector('#view-evidence').textContent.includes('loading every source')`)
	type group struct {
		Sentence, Copies string
		Triggers, Args   []string
		Cites            []string
		Facts            []string
	}
	groups := browserEval[[]group](b, `Array.from(document.querySelectorAll('#view-evidence .sentence-group')).map(g => ({
		Sentence: g.querySelector('.sentence').textContent, Copies: g.querySelector('.copies').textContent,
		Triggers: Array.from(g.querySelectorAll('mark.trigger')).map(m => m.textContent),
		Args: Array.from(g.querySelectorAll('mark.arg')).map(m => m.textContent),
		Cites: Array.from(g.querySelectorAll('.docs cite')).map(c => c.textContent),
		Facts: Array.from(g.querySelectorAll('.facts li.fact')).map(f => f.textContent)}))`)
	if len(groups) == 0 {
		t.Fatal("no sentence groups")
	}
	seen := map[string]bool{}
	withArgs := 0
	for _, g := range groups {
		if seen[g.Sentence] {
			t.Errorf("sentence listed twice: %q", g.Sentence)
		}
		seen[g.Sentence] = true
		if !strings.Contains(g.Copies, "cop") {
			t.Errorf("no count of copies: %q", g.Copies)
		}
		marked := false
		for _, w := range g.Triggers {
			for _, stem := range supplyStems {
				marked = marked || strings.HasPrefix(strings.ToLower(w), stem)
			}
			if !strings.Contains(g.Sentence, w) {
				t.Errorf("marked %q is not in %q", w, g.Sentence)
			}
		}
		if !marked {
			t.Errorf("no supply trigger marked in %q (marked %v)", g.Sentence, g.Triggers)
		}
		if len(g.Args) > 0 {
			withArgs++
		}
		for _, c := range g.Cites {
			if c == "" || strings.HasPrefix(c, "doc:") {
				t.Errorf("document cited as %q", c)
			}
		}
		for _, f := range g.Facts {
			if !strings.Contains(f, "confidence 0.") && !strings.Contains(f, "confidence 1.") {
				t.Errorf("fact without confidence: %q", f)
			}
			if !strings.Contains(f, "asserted") && !strings.Contains(f, "alleged") && !strings.Contains(f, "speculative") && !strings.Contains(f, "negated") {
				t.Errorf("fact without modality: %q", f)
			}
		}
	}
	if withArgs == 0 {
		t.Errorf("no sentence marks the names of North Korea or Russia")
	}
	// Where the server offers Query.relations, its summary is shown and counts at least the facts listed.
	res := postGraphQL(t, srv.URL, `{ __type(name: "Query") { fields { name } } }`, nil, nil)
	if strings.Contains(string(res.Data), `"relations"`) {
		n := browserEval[int](b, `+((document.querySelector('#view-evidence .api-summary') || {dataset: {}}).dataset.count || -1)`)
		listed := browserEval[int](b, `(() => { const r = geokgExplorer.subgraph().relations.find(r => r.type === 'supplied' && [r.from, r.to].includes('state:RUS')); return r ? r.count : 0; })()`)
		if n < listed || n <= 0 {
			t.Errorf("relation summary counts %d facts, %d listed", n, listed)
		}
	}
	b.screenshot("evidence")
	// The seed's allegation is attributed.
	if !strings.Contains(browserEval[string](b, `document.getElementById('view-evidence').textContent`), "according to") {
		t.Errorf("no attribution in the evidence of an alleged supply")
	}

	// The document view marks every fact's sentence at its stored offsets.
	b.do("read in document", chromedp.Click(chromedp.CSS(`#view-evidence .doc-btn`)))
	b.waitFor("the document", `!document.getElementById('doc-view').hidden && document.querySelector('#doc-text mark.fact-sentence')`)
	type docView struct {
		Marks, Facts int
		Inside       bool
		Text         string
	}
	dv := browserEval[docView](b, `({Marks: document.querySelectorAll('#doc-text mark.fact-sentence').length,
		Facts: document.querySelectorAll('#doc-facts > li').length,
		Inside: Array.from(document.querySelectorAll('#doc-text mark.trigger')).every(m => m.closest('mark.fact-sentence')),
		Text: document.getElementById('doc-text').textContent})`)
	if dv.Marks == 0 || dv.Facts == 0 || !dv.Inside {
		t.Errorf("document view: %+v", dv)
	}
	if !strings.Contains(dv.Text, strings.TrimSpace(groups[0].Sentence)) {
		t.Errorf("the document of the first source lacks its sentence %q", groups[0].Sentence)
	}
	// Each marked sentence is one the facts cite.
	if bad := browserEval[[]string](b, `Array.from(document.querySelectorAll('#doc-text mark.fact-sentence')).map(m => m.textContent).filter(t => !/[.!?"”']\s*$/.test(t.trim()))`); len(bad) > 0 {
		t.Errorf("marked sentences that do not end a sentence (offsets off?): %q", bad)
	}
	b.screenshot("document")
	b.do("close the document", chromedp.Click(chromedp.ID("doc-close")))
	checkExploreLib(t, b)
	b.checkClean()
}

// checkExploreLib runs the explorer's pure helpers (explore-lib.js) in the page on cases
// whose answers are known: byte offsets to characters, dates and buckets, the grouping of
// parallel edges, the marking of a fact's words and CSV quoting.
func checkExploreLib(t *testing.T, b *browserTab) {
	t.Helper()
	tests := []struct{ name, expr, want string }{
		{"byte offset after two-byte letters", `(() => { const s = 'São Tomé said'; return s.slice(geokgLib.charIndexer(s)(11)); })()`, `"said"`},
		{"byte offset after an emoji", `(() => { const s = 'a😀b'; return geokgLib.charIndexer(s)(5); })()`, `3`},
		{"end of February", `[geokgLib.dateEnd('2023-02'), geokgLib.dateEnd('2024-02'), geokgLib.dateEnd('2023'), geokgLib.dateStart('2023-09')]`,
			`["2023-02-28","2024-02-29","2023-12-31","2023-09-01"]`},
		{"week starts on Monday", `[geokgLib.bucketOf('2023-11-15', 'week'), geokgLib.bucketOf('2023-11-13', 'week'), geokgLib.bucketOf('2023-11-19', 'week')]`,
			`["2023-11-13","2023-11-13","2023-11-13"]`},
		{"month buckets", `geokgLib.buckets('2023-01-15', '2023-03-02', 'month', 100)`, `["2023-01-01","2023-02-01","2023-03-01"]`},
		{"bucket end", `[geokgLib.bucketEnd('2023-02-01', 'month'), geokgLib.bucketEnd('2023-11-13', 'week')]`, `["2023-02-28","2023-11-19"]`},
		{"parallel edges grouped per pair and type", `geokgLib.groupRelations([
			{id: 'e1', type: 'SUPPLIED', modality: 'ALLEGED', date: '2023-09', from: {id: 'b'}, to: {id: 'a'}, sources: [{document: {id: 'd1'}}]},
			{id: 'e2', type: 'SUPPLIED', modality: 'ASSERTED', date: '2022', from: {id: 'a'}, to: {id: 'b'}, sources: [{document: {id: 'd1'}}, {document: {id: 'd2'}}]},
			{id: 'e3', type: 'MET', modality: 'SPECULATIVE', from: {id: 'a'}, to: {id: 'b'}, sources: []}
		]).map(r => [r.key, r.count, r.forward, r.backward, r.modality, r.first, r.last, r.documents, r.symmetric])`,
			`[["a|b|supplied",2,true,true,"asserted","2022","2023-09",2,false],["a|b|met",1,true,false,"speculative","","",0,true]]`},
		{"names and trigger marked", `geokgLib.factSpans('Russia supplied arms to North Korea, Seoul said.', 'SUPPLIED', ['Russia', 'North Korea', 'Korea', 'DPRK'])
			.map(s => s.cls + ':' + 'Russia supplied arms to North Korea, Seoul said.'.slice(s.start, s.end))`,
			`["arg:Russia","trigger:supplied","arg:North Korea"]`},
		{"trigger between the names preferred", `geokgLib.factSpans('Sales grew as Russia sent shells to Syria.', 'SUPPLIED', ['Russia', 'Syria'])
			.map(s => s.cls + ':' + 'Sales grew as Russia sent shells to Syria.'.slice(s.start, s.end))`,
			`["arg:Russia","trigger:sent","arg:Syria"]`},
		{"acronyms match in their case only", `geokgLib.factSpans('He told us that the US sanctioned Iran.', 'SANCTIONED', ['United States', 'US', 'Iran'])
			.map(s => s.cls + ':' + 'He told us that the US sanctioned Iran.'.slice(s.start, s.end))`,
			`["arg:US","trigger:sanctioned","arg:Iran"]`},
		{"sentences grouped with copies", `geokgLib.sentenceGroups([{id: 'e1', sources: [{sentence: 'A met B.', document: {id: 'd1'}}, {sentence: 'A met B.', document: {id: 'd2'}}]},
			{id: 'e2', sources: [{sentence: 'B met A.', document: {id: 'd1'}}]}]).map(g => [g.sentence, g.copies, g.items.length])`,
			`[["A met B.",2,2],["B met A.",1,1]]`},
		{"CSV quoting", `geokgLib.csvDocument([{id: 'e1', type: 'MET', from: {id: 'a'}, to: {id: 'b'}, modality: 'ASSERTED', confidence: 0.9,
			sources: [{sentence: 'He said "yes", then left.', start: 3, end: 27, document: {id: 'd1', title: 'T, 1'}}]}], id => id.toUpperCase()).split('\r\n')[1]`,
			`"e1,met,a,A,b,B,,asserted,0.9,,d1,\"T, 1\",,,,\"He said \"\"yes\"\", then left.\",3,27"`},
	}
	for _, tc := range tests {
		if got := js(browserEval[any](b, tc.expr)); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
	}
}

// supplyStems are word stems of the extractor's SUPPLIED triggers (loader/lexicon.go).
var supplyStems = []string{"suppl", "provid", "deliver", "send", "sent", "ship", "transfer", "give", "gave", "given",
	"export", "sell", "sold", "donat", "arm", "sale", "aid", "assistance", "receiv", "procur", "obtain", "acquir",
	"import", "buy", "bought", "purchas"}

// TestBrowserTimelineBrushFiltersEdges drags across the timeline: the graph keeps only the
// facts dated in the range, and typing a date range moves the brush.
func TestBrowserTimelineBrushFiltersEdges(t *testing.T) {
	srv, rich := newExplorerServer(t)
	needRich(t, rich)
	b := newBrowser(t, srv)
	b.openExplorer("/explore?id=state:RUS")
	b.waitFor("timeline bars", `document.querySelectorAll('#timeline rect.tl-bar').length > 1`)
	facts := browserEval[int](b, `geokgExplorer.subgraph().relations.reduce((s, r) => s + r.edges.length, 0)`)
	// Drag over the right half of the bars.
	type box struct{ X1, X2, Y float64 }
	bb := browserEval[box](b, `(() => { const bars = Array.from(document.querySelectorAll('#timeline rect.tl-bar')).map(r => r.getBoundingClientRect());
		return {X1: Math.min(...bars.map(r => r.left)), X2: Math.max(...bars.map(r => r.right)), Y: bars[0].top + bars[0].height / 2}; })()`)
	mid := bb.X1 + (bb.X2-bb.X1)*0.6
	b.do("brush", chromedp.Evaluate[chromedp.Void](`document.body.dataset.state = 'busy'`),
		chromedp.MouseEvent("mousePressed", mid, bb.Y, chromedp.ButtonLeft),
		chromedp.MouseEvent("mouseMoved", (mid+bb.X2)/2, bb.Y, chromedp.ButtonLeft),
		chromedp.MouseEvent("mouseMoved", bb.X2-1, bb.Y, chromedp.ButtonLeft),
		chromedp.MouseEvent("mouseReleased", bb.X2-1, bb.Y, chromedp.ButtonLeft))
	b.waitReady("the brushed graph")
	type rng struct{ From, To string }
	r := browserEval[rng](b, `({From: document.getElementById('date-from').value, To: document.getElementById('date-to').value})`)
	if r.From == "" || r.To == "" {
		t.Fatalf("brushing set no date range: %+v", r)
	}
	dates := browserEval[[]string](b, `geokgExplorer.subgraph().relations.flatMap(r => r.edges.map(e => e.date || 'undated'))`)
	if len(dates) == 0 || len(dates) >= facts {
		t.Errorf("brushing %v left %d of %d facts", r, len(dates), facts)
	}
	for _, d := range dates {
		if d == "undated" || dateEndOf(d) < r.From || dateStartOf(d) > r.To {
			t.Errorf("fact dated %s drawn outside the brushed range %v", d, r)
		}
	}
	if u := browserEval[string](b, `location.search`); !strings.Contains(u, "from="+r.From) {
		t.Errorf("URL %s lacks the range", u)
	}
	// Typing a range moves the brush.
	x0 := browserEval[float64](b, `+document.querySelector('#timeline .tl-brush').getAttribute('x')`)
	b.do("type an earlier start", chromedp.Evaluate[chromedp.Void](`(() => { const i = document.getElementById('date-from'); i.value = '2014'; i.dispatchEvent(new Event('input')); })()`))
	b.waitFor("the brush moved", `+document.querySelector('#timeline .tl-brush').getAttribute('x') < `+js(x0))
	// By keyboard: Escape clears the range, an arrow selects the last bucket.
	b.do("Escape on the timeline", chromedp.Focus(chromedp.ID("timeline")), chromedp.KeyEvent(kb.Escape))
	b.waitFor("no range", `document.getElementById('date-from').value === '' && !document.querySelector('#timeline .tl-brush')`)
	b.do("ArrowLeft on the timeline", chromedp.KeyEvent(kb.ArrowLeft))
	b.waitFor("a one-bucket range", `document.getElementById('date-from').value !== '' && document.querySelector('#timeline .tl-brush')`)
	b.click("clear the range", "#tl-clear")
	if got := browserEval[int](b, `geokgExplorer.subgraph().relations.reduce((s, r) => s + r.edges.length, 0)`); got != facts {
		t.Errorf("%d facts after clearing the range, want %d", got, facts)
	}
	b.screenshot("timeline")
	b.checkClean()
}

func dateStartOf(d string) string {
	switch len(d) {
	case 4:
		return d + "-01-01"
	case 7:
		return d + "-01"
	}
	return d
}

func dateEndOf(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return d
		}
		return t.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return d
}

// TestBrowserPathBetweenStates finds the path between two states two hops apart with the
// path finder's suggestions: the path is drawn and each hop lists its evidence.
func TestBrowserPathBetweenStates(t *testing.T) {
	srv, _ := newExplorerServer(t)
	// South Korea and Russia are two hops apart in the seed (and in the dev corpus).
	res := postGraphQL(t, srv.URL, `{ path(from: "state:KOR", to: "state:RUS") { length } }`, nil, nil)
	if !strings.Contains(string(res.Data), `"length":2`) {
		t.Fatalf("fixture: path South Korea to Russia: %s %v", res.Data, res.Errors)
	}
	b := newBrowser(t, srv)
	b.openExplorer("/explore?id=state:KOR")
	b.do("open the path finder", chromedp.Click(chromedp.ID("btn-path")))
	b.do("clear From", chromedp.Evaluate[chromedp.Void](`document.getElementById('path-from').value = ''`))
	b.do("type From", chromedp.SendKeys(chromedp.ID("path-from"), "south kor"))
	b.waitFor("South Korea suggested", `document.querySelector('#path-from-list [data-id="state:KOR"]')`)
	b.do("pick South Korea", chromedp.Click(chromedp.CSS(`#path-from-list [data-id="state:KOR"]`)))
	b.do("type To", chromedp.SendKeys(chromedp.ID("path-to"), "RUS"))
	b.waitFor("Russia suggested", `document.querySelector('#path-to-list [data-id="state:RUS"]')`)
	b.do("pick Russia", chromedp.Click(chromedp.CSS(`#path-to-list [data-id="state:RUS"]`)))
	b.click("find the path", `#path-form button[type=submit]`)
	type drawn struct {
		Nodes, Lines, Hops, Sentences int
		Ends                          []string
	}
	d := browserEval[drawn](b, `({Nodes: geokgExplorer.cy().nodes('.path').length, Lines: geokgExplorer.cy().edges('.path').length,
		Hops: document.querySelectorAll('#view-path .hop').length, Sentences: document.querySelectorAll('#view-path .hop .sentence').length,
		Ends: geokgExplorer.cy().nodes('.path').map(n => n.id()).sort()})`)
	if d.Nodes != 3 || d.Lines != 2 || d.Hops != 2 || d.Sentences < 2 {
		t.Errorf("path drawn: %+v; want 3 nodes, 2 lines, 2 hops with evidence", d)
	}
	if !strings.Contains(js(d.Ends), "state:KOR") || !strings.Contains(js(d.Ends), "state:RUS") {
		t.Errorf("path ends: %v", d.Ends)
	}
	if u := browserEval[string](b, `location.search`); !strings.Contains(u, "path=state%3AKOR%2Cstate%3ARUS") {
		t.Errorf("URL %s lacks the path", u)
	}
	b.checkClean()
}

// TestBrowserExportDownloads downloads the view as PNG and SVG and the visible subgraph as
// JSON and CSV, and parses each.
func TestBrowserExportDownloads(t *testing.T) {
	srv, _ := newExplorerServer(t)
	b := newBrowser(t, srv)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(b.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatalf("allow downloads: %v", err)
	}
	b.openExplorer("/explore?id=state:PRK")
	nodes := browserEval[int](b, `geokgExplorer.cy().nodes().length`)
	facts := browserEval[int](b, `geokgExplorer.subgraph().relations.reduce((s, r) => s + r.edges.length, 0)`)
	lines := browserEval[int](b, `geokgExplorer.cy().edges().length`)
	read := func(ext string) []byte {
		t.Helper()
		name := filepath.Join(dir, "geokg-state-PRK."+ext)
		b.do("export "+ext, chromedp.Click(chromedp.ID("export-"+ext)))
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if data, err := os.ReadFile(name); err == nil && len(data) > 0 {
				if _, err := os.Stat(name + ".crdownload"); err != nil {
					return data
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		entries, _ := os.ReadDir(dir)
		t.Fatalf("no %s downloaded; folder holds %v", name, entries)
		return nil
	}
	img, err := png.Decode(bytes.NewReader(read("png")))
	if err != nil {
		t.Errorf("PNG: %v", err)
	} else if r := img.Bounds(); r.Dx() < 100 || r.Dy() < 100 {
		t.Errorf("PNG of %v", r)
	} else {
		colours := map[[4]uint32]bool{}
		for y := r.Min.Y; y < r.Max.Y; y += 7 {
			for x := r.Min.X; x < r.Max.X; x += 7 {
				cr, cg, cb, ca := img.At(x, y).RGBA()
				colours[[4]uint32{cr, cg, cb, ca}] = true
			}
		}
		if len(colours) < 5 {
			t.Errorf("PNG of %v holds %d colours: a blank drawing", r, len(colours))
		}
	}
	var svg struct {
		XMLName xml.Name
		Groups  []struct {
			Class string `xml:"class,attr"`
			Lines []struct {
				D     string `xml:"d,attr"`
				Title string `xml:"title"`
			} `xml:"path"`
			Nodes []struct {
				ID   string `xml:"data-id,attr"`
				Text string `xml:"text"`
			} `xml:"g"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal(read("svg"), &svg); err != nil {
		t.Errorf("SVG: %v", err)
	}
	var svgNodes, svgLines int
	for _, g := range svg.Groups {
		svgNodes += len(g.Nodes)
		svgLines += len(g.Lines)
	}
	if svg.XMLName.Local != "svg" || svgNodes != nodes || svgLines != lines {
		t.Errorf("SVG <%s> with %d nodes and %d lines; drawn %d and %d", svg.XMLName.Local, svgNodes, svgLines, nodes, lines)
	}
	var sub struct {
		Entities  []struct{ ID, Name string }
		Relations []struct {
			From, To, Type string
			Count          int
			Edges          []struct {
				ID      string
				Sources []struct {
					Sentence string
					Start    int
					End      int
					Document struct{ ID string }
				}
			}
		}
	}
	if err := json.Unmarshal(read("json"), &sub); err != nil {
		t.Fatalf("JSON: %v", err)
	}
	n := 0
	for _, r := range sub.Relations {
		if r.Count != len(r.Edges) {
			t.Errorf("relation %s %s %s: count %d, %d edges", r.From, r.Type, r.To, r.Count, len(r.Edges))
		}
		for _, e := range r.Edges {
			n++
			if len(e.Sources) == 0 || e.Sources[0].Sentence == "" || e.Sources[0].Document.ID == "" || e.Sources[0].End <= e.Sources[0].Start {
				t.Errorf("edge %s exported without its sources: %+v", e.ID, e.Sources)
			}
		}
	}
	if len(sub.Entities) != nodes || n != facts {
		t.Errorf("JSON: %d entities and %d edges; drawn %d nodes and %d facts", len(sub.Entities), n, nodes, facts)
	}
	rows, err := csv.NewReader(bytes.NewReader(read("csv"))).ReadAll()
	if err != nil {
		t.Fatalf("CSV: %v", err)
	}
	if len(rows) < facts+1 || rows[0][0] != "edge_id" || !strings.Contains(strings.Join(rows[0], ","), "sentence") {
		t.Errorf("CSV: %d rows for %d facts; header %v", len(rows), facts, rows[0])
	}
	ids := map[string]bool{}
	for _, r := range rows[1:] {
		ids[r[0]] = true
		if r[15] == "" {
			t.Errorf("CSV row without a sentence: %v", r)
		}
	}
	if len(ids) != facts {
		t.Errorf("CSV names %d edges, %d drawn", len(ids), facts)
	}
	b.checkClean()
}

// TestBrowserEntityPageShowsCodesAndCounts: the focused entity shows its ISO3 code and its
// Wikidata link at once; its page lists kind, aliases, counts by type and direction, top
// partners, first and last seen and its documents.
func TestBrowserEntityPageShowsCodesAndCounts(t *testing.T) {
	srv, _ := newExplorerServer(t)
	b := newBrowser(t, srv)
	b.openExplorer("/explore?id=state:PRK")
	codes := browserEval[string](b, `document.getElementById('panel-codes').textContent`)
	href := browserEval[string](b, `(document.querySelector('#panel-codes a.wikidata') || {}).href || ''`)
	if !strings.Contains(codes, "ISO3 PRK") || href != "https://www.wikidata.org/wiki/Q423" {
		t.Errorf("focus codes %q, Wikidata link %q", codes, href)
	}
	// The graph works by keyboard: an arrow moves the focus, Enter expands it.
	b.do("arrow in the graph", chromedp.Focus(chromedp.ID("graph")), chromedp.KeyEvent(kb.ArrowRight))
	b.waitFor("a new focus", `geokgExplorer.view().focus !== 'state:PRK'`)
	next := browserEval[string](b, `geokgExplorer.view().focus`)
	b.do("Enter in the graph", chromedp.Evaluate[chromedp.Void](`document.body.dataset.state = 'busy'`), chromedp.KeyEvent(kb.Enter))
	b.waitReady("the keyboard expansion")
	if !browserEval[bool](b, `geokgExplorer.view().expanded.includes(`+jsQuote(next)+`)`) {
		t.Errorf("Enter did not expand the focused %s", next)
	}
	b.do("back to North Korea", chromedp.Navigate(srv.URL+"/explore?id=state:PRK"))
	b.waitReady("North Korea again")
	b.do("open the entity page", chromedp.Click(chromedp.ID("act-page")))
	b.waitFor("the entity page", `document.querySelector('#view-entity table.counts')`)
	type page struct {
		Facts                  map[string]string
		Counts, Partners, Docs int
	}
	p := browserEval[page](b, `(() => {
		const box = document.getElementById('view-entity'), facts = {};
		box.querySelectorAll('dl.entity-facts dt').forEach(dt => { facts[dt.textContent] = dt.nextElementSibling.textContent; });
		return {Facts: facts, Counts: box.querySelectorAll('table.counts tr').length - 1,
			Partners: box.querySelectorAll('.partners li').length, Docs: box.querySelectorAll('.documents li').length};
	})()`)
	want := map[string]string{"Kind": "state", "ID": "state:PRK", "ISO3": "PRK", "Wikidata": "Q423"}
	for k, v := range want {
		if p.Facts[k] != v {
			t.Errorf("entity page %s = %q, want %q", k, p.Facts[k], v)
		}
	}
	for _, k := range []string{"Aliases", "First seen", "Last seen"} {
		if v := p.Facts[k]; v == "" || v == "none" || v == "no dated fact" {
			t.Errorf("entity page %s = %q", k, v)
		}
	}
	if !strings.Contains(p.Facts["Aliases"], "DPRK") {
		t.Errorf("aliases %q lack DPRK", p.Facts["Aliases"])
	}
	if p.Counts < 2 || p.Partners < 2 || p.Docs < 1 {
		t.Errorf("entity page: %d type rows, %d partners, %d documents", p.Counts, p.Partners, p.Docs)
	}
	b.do("open a document from the page", chromedp.Click(chromedp.CSS(`#view-entity .documents .doc-btn`)))
	b.waitFor("the document view", `!document.getElementById('doc-view').hidden && document.querySelector('#doc-facts li')`)
	b.do("close it by Escape", chromedp.KeyEvent(kb.Escape))
	b.waitFor("the document view closed", `document.getElementById('doc-view').hidden`)

	// "Add" puts South Korea into this graph; "New graph from here" starts over from it.
	before := browserEval[int](b, `geokgExplorer.view().shown.length`)
	b.do("type South Korea", chromedp.SendKeys(chromedp.ID("q"), "KOR"))
	b.waitFor("South Korea suggested", `document.querySelector('#suggestions [data-id="state:KOR"]')`)
	b.click("add it", "#add-entity")
	if v := browserEval[map[string]any](b, `geokgExplorer.view()`); v["focus"] != "state:KOR" || len(v["shown"].([]any)) < before {
		t.Errorf("after Add: focus %v, %d nodes (was %d)", v["focus"], len(v["shown"].([]any)), before)
	}
	b.click("new graph from South Korea", "#act-new")
	v := browserEval[map[string]any](b, `geokgExplorer.view()`)
	if v["root"] != "state:KOR" || js(v["expanded"]) != `["state:KOR"]` {
		t.Errorf("new graph: root %v, expanded %v", v["root"], v["expanded"])
	}
	b.click("undo the new graph", "#btn-undo")
	if got := browserEval[string](b, `geokgExplorer.view().root`); got != "state:PRK" {
		t.Errorf("undo after a new graph: root %s, want state:PRK", got)
	}
	b.checkClean()
}

// TestBrowserSearchCodesAndStaleError: "PRK", "q423" and "state:prk" find North Korea; a
// failed search's message goes away with the next search.
func TestBrowserSearchCodesAndStaleError(t *testing.T) {
	srv, _ := newExplorerServer(t)
	b := newBrowser(t, srv)
	b.do("open /explore", chromedp.Navigate(srv.URL+"/explore"))
	b.waitFor("the explorer", `typeof geokgExplorer === 'object'`)
	for _, q := range []string{"PRK", "q423", "state:prk", "dprk"} {
		b.do("clear", chromedp.Evaluate[chromedp.Void](`document.getElementById('q').value = ''`))
		b.do("type "+q, chromedp.SendKeys(chromedp.ID("q"), q))
		b.waitFor("North Korea suggested for "+q, `(document.querySelector('#suggestions [role=option]') || {}).dataset?.id === 'state:PRK'`)
	}
	b.do("open it", chromedp.SendKeys(chromedp.ID("q"), "\r"))
	b.waitFor("North Korea opened", `document.getElementById('panel-title').textContent === 'North Korea' && document.body.dataset.state === 'ready'`)
	// Dark mode follows prefers-color-scheme, in the page and in the drawing.
	light := browserEval[string](b, `getComputedStyle(document.body).backgroundColor + ' ' + geokgExplorer.cy().nodes()[0].style('color')`)
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}); err != nil {
		t.Fatalf("emulate dark mode: %v", err)
	}
	b.waitFor("dark colours", `getComputedStyle(document.body).backgroundColor === 'rgb(21, 25, 30)' && geokgExplorer.cy().nodes()[0].style('color') === 'rgb(230,230,230)'`)
	b.screenshot("dark")
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}}}); err != nil {
		t.Fatalf("emulate light mode: %v", err)
	}
	b.waitFor("light colours again", `getComputedStyle(document.body).backgroundColor + ' ' + geokgExplorer.cy().nodes()[0].style('color') === `+jsQuote(light))

	b.do("search nonsense", chromedp.Evaluate[chromedp.Void](`document.getElementById('q').value = ''`),
		chromedp.SendKeys(chromedp.ID("q"), "zzqqxx\r"))
	b.waitFor("the no-match error", `document.body.dataset.state === 'error'`)
	b.do("type again", chromedp.SendKeys(chromedp.ID("q"), "\b"))
	if st := browserEval[string](b, `document.body.dataset.state + ': ' + document.getElementById('status').textContent`); strings.HasPrefix(st, "error") {
		t.Errorf("stale error after a new search: %s", st)
	}
	b.checkClean()
}

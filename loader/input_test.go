package loader

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

func day(s string) graph.Date   { return graph.Date{Value: s, Precision: graph.DateDay} }
func month(s string) graph.Date { return graph.Date{Value: s, Precision: graph.DateMonth} }
func year(s string) graph.Date  { return graph.Date{Value: s, Precision: graph.DateYear} }

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in      string
		want    graph.Date
		wantErr bool
	}{
		{"2023-11-15", day("2023-11-15"), false},
		{" 2023-11-15 ", day("2023-11-15"), false},
		{"2023-11", month("2023-11"), false},
		{"2023", year("2023"), false},
		{"2023-11-15T08:30:00Z", day("2023-11-15"), false},
		{"2023-11-15T23:30:00-05:00", day("2023-11-15"), false},
		{"2023-11-15T08:30:00.123+09:00", day("2023-11-15"), false},
		{"2023-11-15T08:30:00+0000", day("2023-11-15"), false},
		{"2023-11-15T08:30:00", day("2023-11-15"), false},
		{"2023-11-15 08:30:00", day("2023-11-15"), false},
		{"2023-11-15t08:30:00z", day("2023-11-15"), false},
		{"", graph.Date{}, false},
		{"unknown", graph.Date{}, false},
		{"Unknown", graph.Date{}, false},
		{"null", graph.Date{}, false},
		{"n/a", graph.Date{}, false},
		{"2023-13-01", graph.Date{}, true},
		{"2023-02-30", graph.Date{}, true},
		{"2023-11-15Tnoon", graph.Date{}, true},
		{"2023-11-15T25:00:00Z", graph.Date{}, true},
		{"November 15, 2023", graph.Date{}, true},
		{"15/11/2023", graph.Date{}, true},
		{"yesterday", graph.Date{}, true},
		{"23", graph.Date{}, true},
	}
	for _, tt := range tests {
		got, err := ParsePublished(tt.in)
		if tt.wantErr {
			if !errors.Is(err, ErrBadPublished) {
				t.Errorf("ParsePublished(%q) error = %v, want ErrBadPublished", tt.in, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParsePublished(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestMetaOverride(t *testing.T) {
	base := Meta{Title: "a", URL: "u", Source: "s", Published: day("2020-01-02")}
	tests := []struct {
		name string
		over Meta
		want Meta
	}{
		{"empty keeps all", Meta{}, base},
		{"published only", Meta{Published: year("2021")}, Meta{Title: "a", URL: "u", Source: "s", Published: year("2021")}},
		{"all", Meta{Title: "b", URL: "v", Source: "t", Published: month("2022-03")}, Meta{Title: "b", URL: "v", Source: "t", Published: month("2022-03")}},
	}
	for _, tt := range tests {
		if got := base.Override(tt.over); got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// writeFiles writes name -> content into a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReadFile(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		read    string
		text    string
		meta    Meta
		wantErr error
	}{
		{
			name:  "plain text",
			files: map[string]string{"a.txt": "Russia supplied shells.\n"},
			read:  "a.txt", text: "Russia supplied shells.\n",
		},
		{
			name:  "sidecar",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": `{"title": "T", "url": null, "published": "2022-05-23", "source": "gov.uk", "license": "OGL v3"}`},
			read:  "a.txt", text: "Text.", meta: Meta{Title: "T", Source: "gov.uk", Published: day("2022-05-23")},
		},
		{
			name:  "sidecar with null date stays unknown",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": `{"title": null, "published": null}`},
			read:  "a.txt", text: "Text.",
		},
		{
			name:  "sidecar unknown string",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": `{"published": "unknown"}`},
			read:  "a.txt", text: "Text.",
		},
		{
			name:  "sidecar bad date",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": `{"published": "15 Nov 2023"}`},
			read:  "a.txt", wantErr: ErrBadPublished,
		},
		{
			name:  "sidecar date not a string",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": `{"published": 2023}`},
			read:  "a.txt", wantErr: ErrBadPublished,
		},
		{
			name:  "sidecar broken JSON",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": `{"title": "T",`},
			read:  "a.txt", wantErr: ErrSidecar,
		},
		{
			name:  "sidecar not an object",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": `["T"]`},
			read:  "a.txt", wantErr: ErrSidecar,
		},
		{
			name:  "front matter",
			files: map[string]string{"a.txt": "---\ntitle: \"Seoul: a warning\"\npublished: 2023-11-15\nurl: https://x.org/a\nsource: Yonhap\ntags: [a, b]\n---\n\nSeoul warned.\n"},
			read:  "a.txt", text: "Seoul warned.\n",
			meta: Meta{Title: "Seoul: a warning", URL: "https://x.org/a", Source: "Yonhap", Published: day("2023-11-15")},
		},
		{
			name:  "front matter date and link keys, dot fence",
			files: map[string]string{"a.txt": "---\ndate: 2023-11\nlink: https://x.org/b\n...\nBody."},
			read:  "a.txt", text: "Body.", meta: Meta{URL: "https://x.org/b", Published: month("2023-11")},
		},
		{
			name:  "front matter null and timestamp",
			files: map[string]string{"a.txt": "---\ntitle: ~\npublished: 2023-11-15T08:30:00Z\n---\nBody."},
			read:  "a.txt", text: "Body.", meta: Meta{Published: day("2023-11-15")},
		},
		{
			name:  "front matter wins over sidecar",
			files: map[string]string{"a.txt": "---\npublished: 2023-11-16\n---\nBody.", "a.meta.json": `{"title": "Side", "published": "2023-11-15"}`},
			read:  "a.txt", text: "Body.", meta: Meta{Title: "Side", Published: day("2023-11-16")},
		},
		{
			name:  "front matter without closing fence",
			files: map[string]string{"a.txt": "---\ntitle: T\npublished: 2023-11-15\nBody without end.\n"},
			read:  "a.txt", wantErr: ErrFrontMatter,
		},
		{
			name:  "front matter not a mapping",
			files: map[string]string{"a.txt": "---\n- a\n- b\n---\nBody."},
			read:  "a.txt", wantErr: ErrFrontMatter,
		},
		{
			name:  "front matter bad YAML",
			files: map[string]string{"a.txt": "---\ntitle: [unclosed\n---\nBody."},
			read:  "a.txt", wantErr: ErrFrontMatter,
		},
		{
			name:  "front matter bad date",
			files: map[string]string{"a.txt": "---\npublished: last Tuesday\n---\nBody."},
			read:  "a.txt", wantErr: ErrBadPublished,
		},
		{
			name:  "front matter only",
			files: map[string]string{"a.txt": "---\ntitle: T\n---\n"},
			read:  "a.txt", wantErr: ErrNoText,
		},
		{
			name:  "dashes later are text",
			files: map[string]string{"a.txt": "Body.\n---\nMore."},
			read:  "a.txt", text: "Body.\n---\nMore.",
		},
		{
			name:  "BOM and CRLF",
			files: map[string]string{"a.txt": "\ufeff---\r\ntitle: T\r\npublished: 2023\r\n---\r\nLine one.\r\nLine two.\rThree.\r\n"},
			read:  "a.txt", text: "Line one.\nLine two.\nThree.\n", meta: Meta{Title: "T", Published: year("2023")},
		},
		{
			name:  "BOM sidecar",
			files: map[string]string{"a.txt": "Text.", "a.meta.json": "\ufeff{\"published\": \"2023-11\"}"},
			read:  "a.txt", text: "Text.", meta: Meta{Published: month("2023-11")},
		},
		{
			name:  "not UTF-8",
			files: map[string]string{"a.txt": "Caf\xe9 society."},
			read:  "a.txt", wantErr: ErrEncoding,
		},
		{
			name:  "html in a declared charset",
			files: map[string]string{"a.html": "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Caf\xe9 Bogot\xe1.</p></body></html>"},
			read:  "a.html", text: "Café Bogotá.", meta: Meta{Title: "Café"},
		},
		{
			name:  "html not UTF-8 without charset",
			files: map[string]string{"a.htm": "<p>\x93Quoted\x94 caf\xe9</p>"},
			read:  "a.htm", text: "“Quoted” café",
		},
		{
			name:  "html with sidecar",
			files: map[string]string{"a.html": "<title>Own</title><p>X.</p>", "a.meta.json": `{"title": "Side", "published": "2021"}`},
			read:  "a.html", text: "X.", meta: Meta{Title: "Own", Published: year("2021")},
		},
		{
			name:  "empty file",
			files: map[string]string{"a.txt": " \n\n"},
			read:  "a.txt", wantErr: ErrNoText,
		},
		{
			name:  "markdown",
			files: map[string]string{"a.md": "---\ntitle: M\n---\n# Big news\n\nThe **UN** met in [Geneva](https://x.org) and *agreed*.\n\n> Quoted line.\n\n![map](m.png)\n"},
			read:  "a.md", text: "Big news\n\nThe UN met in Geneva and agreed.\n\nQuoted line.\n\nmap\n", meta: Meta{Title: "M"},
		},
		{
			name:  "json document",
			files: map[string]string{"a.json": `{"text": "Iran warned.\r\nIsrael replied.", "title": "T", "url": "https://x.org", "source": "S", "published": "2024-01-02", "extra": 1}`},
			read:  "a.json", text: "Iran warned.\nIsrael replied.", meta: Meta{Title: "T", URL: "https://x.org", Source: "S", Published: day("2024-01-02")},
		},
		{
			name:  "json document over sidecar",
			files: map[string]string{"a.json": `{"text": "X.", "published": null, "source": "Own"}`, "a.meta.json": `{"source": "Side", "published": "2020"}`},
			read:  "a.json", text: "X.", meta: Meta{Source: "Own", Published: year("2020")},
		},
		{
			name:  "json broken",
			files: map[string]string{"a.json": `{"text": "X."`},
			read:  "a.json", wantErr: ErrBadDocument,
		},
		{
			name:  "json trailing data",
			files: map[string]string{"a.json": `{"text": "X."} {"text": "Y."}`},
			read:  "a.json", wantErr: ErrBadDocument,
		},
		{
			name:  "json wrong type",
			files: map[string]string{"a.json": `{"text": 5}`},
			read:  "a.json", wantErr: ErrBadDocument,
		},
		{
			name:  "json without text",
			files: map[string]string{"a.json": `{"title": "T"}`},
			read:  "a.json", wantErr: ErrNoText,
		},
		{
			name:  "unknown extension",
			files: map[string]string{"a.pdf": "%PDF"},
			read:  "a.pdf", wantErr: ErrUnknownFormat,
		},
		{
			name:  "missing file",
			files: map[string]string{},
			read:  "nope.txt", wantErr: fs.ErrNotExist,
		},
		{
			name:  "upper-case extension",
			files: map[string]string{"A.TXT": "Text."},
			read:  "A.TXT", text: "Text.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			path := filepath.Join(dir, tt.read)
			ins, err := ReadFile(path)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ReadFile error = %v, want %v", err, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.read) {
					t.Errorf("error %q does not name the file", err)
				}
				if !strings.HasPrefix(err.Error(), "loader: ") {
					t.Errorf("error %q lacks the package prefix", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if len(ins) != 1 {
				t.Fatalf("got %d inputs, want 1", len(ins))
			}
			in := ins[0]
			if in.Name != path || in.Text != tt.text || in.Meta != tt.meta {
				t.Errorf("got %q %q %+v\nwant %q %q %+v", in.Name, in.Text, in.Meta, path, tt.text, tt.meta)
			}
		})
	}
}

func TestReadFileHTML(t *testing.T) {
	ins, err := ReadFile(filepath.Join("testdata", "input", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	in := ins[0]
	wantMeta := Meta{
		Title:     "Seoul warns Pyongyang over launches",
		URL:       "https://news.example.org/2023/11/seoul-warns",
		Source:    "Example News",
		Published: day("2023-11-15"),
	}
	if in.Meta != wantMeta {
		t.Errorf("meta = %+v, want %+v", in.Meta, wantMeta)
	}
	wantText := "Seoul warns Pyongyang\n\n" +
		"South Korea's defence ministry warned North Korea on Wednesday against further launches.\n\n" +
		"Officials said the launch\nwas the third this month.\n\n" +
		"First item\n\nSecond item\n\nA photo caption."
	if in.Text != wantText {
		t.Errorf("text =\n%q\nwant\n%q", in.Text, wantText)
	}
	for _, junk := range []string{"Advertisement", "Home", "Copyright", "Related", "Hidden", "color"} {
		if strings.Contains(in.Text, junk) {
			t.Errorf("text keeps %q", junk)
		}
	}
}

func TestHTMLDocument(t *testing.T) {
	tests := []struct {
		name, src, text string
		meta            Meta
		wantErr         error
	}{
		{
			name: "no article: body, title tag, canonical",
			src:  `<html><head><title> Plain  page </title><link rel="canonical" href="https://x.org/c"></head><body><p>One.</p><div>Two <i>three</i>.</div></body></html>`,
			text: "One.\n\nTwo three.", meta: Meta{Title: "Plain page", URL: "https://x.org/c"},
		},
		{
			name: "main and itemprop date",
			src:  `<body><div>Menu</div><main><p>Body.</p><time itemprop="datePublished" datetime="2021-06-01">June 1</time></main></body>`,
			text: "Body.\n\nJune 1", meta: Meta{Published: day("2021-06-01")},
		},
		{
			name: "meta name date",
			src:  `<head><meta name="DC.date" content="2019-07"></head><body><p>X.</p></body>`,
			text: "X.", meta: Meta{Published: month("2019-07")},
		},
		{
			name:    "bad published meta",
			src:     `<head><meta property="article:published_time" content="sometime"></head><body><p>X.</p></body>`,
			wantErr: ErrBadPublished,
		},
		{
			name: "table cells",
			src:  `<body><table><tr><td>a</td><td>b</td></tr></table></body>`,
			text: "a\n\nb",
		},
	}
	for _, tt := range tests {
		text, meta, err := htmlDocument(tt.src)
		if tt.wantErr != nil {
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("%s: error = %v, want %v", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || text != tt.text || meta != tt.meta {
			t.Errorf("%s: got %q %+v %v\nwant %q %+v", tt.name, text, meta, err, tt.text, tt.meta)
		}
	}
}

type walked struct {
	name, text string
	meta       Meta
	err        error
}

func collect(t *testing.T, ctx context.Context, paths ...string) []walked {
	t.Helper()
	var got []walked
	err := Walk(ctx, paths, func(in Input, err error) error {
		got = append(got, walked{in.Name, in.Text, in.Meta, err})
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return got
}

func TestWalkTree(t *testing.T) {
	root := filepath.Join("testdata", "input")
	got := collect(t, context.Background(), filepath.Join(root, "tree"), filepath.Join(root, "missing.txt"), filepath.Join(root, "docs.jsonl"))
	var names []string
	for _, w := range got {
		names = append(names, w.name)
	}
	want := []string{
		filepath.Join(root, "tree", "a.txt"),
		filepath.Join(root, "tree", "sub", "b.md"),
		filepath.Join(root, "tree", "sub", "broken.md"),
		filepath.Join(root, "missing.txt"),
		filepath.Join(root, "docs.jsonl") + ":1",
		filepath.Join(root, "docs.jsonl") + ":3",
		filepath.Join(root, "docs.jsonl") + ":4",
		filepath.Join(root, "docs.jsonl") + ":5",
		filepath.Join(root, "docs.jsonl") + ":6",
		filepath.Join(root, "docs.jsonl") + ":7",
	}
	if !slices.Equal(names, want) {
		t.Fatalf("Walk visited\n%q\nwant\n%q", names, want)
	}
	wantErr := []error{nil, nil, ErrFrontMatter, fs.ErrNotExist, nil, nil, ErrBadPublished, ErrBadDocument, ErrNoText, nil}
	for i, w := range got {
		if (wantErr[i] == nil) != (w.err == nil) || (wantErr[i] != nil && !errors.Is(w.err, wantErr[i])) {
			t.Errorf("%s: error %v, want %v", w.name, w.err, wantErr[i])
		}
		if w.err != nil && !strings.Contains(w.err.Error(), filepath.Base(strings.Split(w.name, ":")[0])) {
			t.Errorf("%s: error %q does not name the file", w.name, w.err)
		}
	}
	if m := got[0].meta; m != (Meta{Title: "A title", Source: "gov.uk", Published: day("2022-05-23")}) {
		t.Errorf("a.txt meta = %+v", m)
	}
	if b := got[1]; b.text != "Heading\n\nKenya and the United States met in Washington.\n" ||
		b.meta != (Meta{Title: "Nested: a note", Source: "Example", Published: month("2020-02")}) {
		t.Errorf("b.md = %q %+v", b.text, b.meta)
	}
	if j := got[4]; j.text != "Russia and China agreed to expand trade." ||
		j.meta != (Meta{Title: "Trade pact", URL: "https://example.org/a", Source: "Example", Published: day("2024-03-01")}) {
		t.Errorf("docs.jsonl:1 = %q %+v", j.text, j.meta)
	}
	if j := got[9]; j.meta.Published != year("2021") {
		t.Errorf("docs.jsonl:7 published = %+v", j.meta.Published)
	}
}

func TestWalkExplicitFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt": "A.", "a.meta.json": `{"published": "2020"}`, "a.gold.json": `{}`, "x.csv": "1,2",
	})
	got := collect(t, context.Background(),
		filepath.Join(dir, "a.txt"), filepath.Join(dir, "a.meta.json"), filepath.Join(dir, "a.gold.json"), filepath.Join(dir, "x.csv"))
	if len(got) != 2 || got[0].err != nil || got[0].meta.Published != year("2020") || !errors.Is(got[1].err, ErrUnknownFormat) {
		t.Fatalf("got %+v", got)
	}
}

func TestWalkSymlinkedFolder(t *testing.T) {
	dir := writeFiles(t, map[string]string{"docs/a.txt": "A.", "docs/.git/b.txt": "B."})
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "docs"), link); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	got := collect(t, context.Background(), link)
	if len(got) != 1 || got[0].err != nil || got[0].text != "A." || got[0].name != filepath.Join(link, "a.txt") {
		t.Fatalf("got %+v", got)
	}
}

func TestWalkStops(t *testing.T) {
	root := filepath.Join("testdata", "input")
	stop := errors.New("stop")
	var n int
	err := Walk(context.Background(), []string{filepath.Join(root, "docs.jsonl"), filepath.Join(root, "tree")}, func(in Input, err error) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Walk = %v after %d calls, want stop after 2", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = Walk(ctx, []string{filepath.Join(root, "tree")}, func(Input, error) error { n++; return nil })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("Walk on a cancelled context = %v after %d calls", err, n)
	}
}

func TestReadJSONL(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		max     int
		texts   []string // "" for an error
		wantErr []error
	}{
		{"empty", "", 100, nil, nil},
		{"no final newline", `{"text":"a"}` + "\n" + `{"text":"b"}`, 100, []string{"a", "b"}, []error{nil, nil}},
		{"CRLF and BOM", "\ufeff{\"text\":\"a\"}\r\n\r\n{\"text\":\"b\"}\r\n", 100, []string{"a", "b"}, []error{nil, nil}},
		{"bad lines go on", "{\"text\":\"a\"}\n{oops\n[1]\n{\"text\":\"b\",\"published\":\"soon\"}\n{\"text\":\"c\"}\n", 100,
			[]string{"a", "", "", "", "c"}, []error{nil, ErrBadDocument, ErrBadDocument, ErrBadPublished, nil}},
		{"line too long skipped", "{\"text\":\"" + strings.Repeat("x", 200) + "\"}\n{\"text\":\"b\"}\n", 100,
			[]string{"", "b"}, []error{ErrBadDocument, nil}},
	}
	for _, tt := range tests {
		var texts []string
		var errs []error
		err := readJSONL(strings.NewReader(tt.src), "in", tt.max, func(in Input, err error) error {
			texts = append(texts, in.Text)
			errs = append(errs, err)
			if !strings.HasPrefix(in.Name, "in:") {
				t.Errorf("%s: name %q", tt.name, in.Name)
			}
			return nil
		})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
		if !slices.Equal(texts, tt.texts) {
			t.Errorf("%s: texts %q, want %q", tt.name, texts, tt.texts)
		}
		for i := range tt.wantErr {
			if i >= len(errs) || (tt.wantErr[i] == nil) != (errs[i] == nil) || (tt.wantErr[i] != nil && !errors.Is(errs[i], tt.wantErr[i])) {
				t.Errorf("%s: line error %d = %v, want %v", tt.name, i, errs, tt.wantErr[i])
				break
			}
		}
	}
	// the error names the line
	_ = ReadJSONL(strings.NewReader("{\"text\":\"a\"}\n\n{bad\n"), "post", func(in Input, err error) error {
		if err != nil && (in.Name != "post:3" || !strings.Contains(err.Error(), "post:3")) {
			t.Errorf("bad line reported as %q: %v", in.Name, err)
		}
		return nil
	})
}

func TestReadFileJSONL(t *testing.T) {
	ins, err := ReadFile(filepath.Join("testdata", "input", "docs.jsonl"))
	if len(ins) != 3 {
		t.Errorf("got %d good inputs, want 3", len(ins))
	}
	for _, want := range []error{ErrBadPublished, ErrBadDocument, ErrNoText} {
		if !errors.Is(err, want) {
			t.Errorf("error %v lacks %v", err, want)
		}
	}
}

// repoShared returns ../shared beside the repository root, skipping when absent.
func repoShared(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if parent := filepath.Dir(dir); parent != dir {
			dir = parent
			continue
		}
		t.Skip("no go.mod above the working directory")
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared absent: %v", err)
	}
	return shared
}

// TestCorpusSidecars reads the dev corpus and checks every document against
// its sidecar, read here independently.
func TestCorpusSidecars(t *testing.T) {
	dev := filepath.Join(repoShared(t), "corpus", "dev")
	var n int
	err := Walk(context.Background(), []string{dev}, func(in Input, err error) error {
		if err != nil {
			t.Errorf("%s: %v", in.Name, err)
			return nil
		}
		if filepath.Ext(in.Name) != ".txt" {
			return nil
		}
		n++
		raw, err := os.ReadFile(strings.TrimSuffix(in.Name, ".txt") + ".meta.json")
		if err != nil {
			t.Errorf("%s: %v", in.Name, err)
			return nil
		}
		var side map[string]any
		if err := json.Unmarshal(raw, &side); err != nil {
			t.Fatal(err)
		}
		str := func(k string) string { s, _ := side[k].(string); return s }
		if in.Meta.Title != str("title") || in.Meta.URL != str("url") || in.Meta.Source != str("source") || in.Meta.Published.Value != str("published") {
			t.Errorf("%s: meta %+v, sidecar %v", in.Name, in.Meta, side)
		}
		if str("published") == "" && in.Meta.Published.Known() {
			t.Errorf("%s: published guessed", in.Name)
		}
		if strings.TrimSpace(in.Text) == "" {
			t.Errorf("%s: no text", in.Name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no corpus document read")
	}
	// spot checks
	seed, err := ReadFile(filepath.Join(dev, "seed-kyivpost-2023-11-15.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if m := seed[0].Meta; m.Source != "Kyiv Post (AFP)" || m.Published != day("2023-11-15") || m.URL != "" || m.Title != "" {
		t.Errorf("seed meta = %+v", m)
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"text\":\"a\",\"published\":\"2023-11\"}\n{bad\n\ufeff\r\n"))
	f.Add([]byte(`{"text":"x","published":2023}`))
	f.Add([]byte("\n\n\n"))
	f.Add([]byte("{\"text\": 5}\n{\"text\": \"caf\xe9\"}\n{\"text\": \"a\", \"title\": \"\xff\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := readJSONL(bytes.NewReader(data), "f", 256, func(in Input, err error) error {
			if !strings.HasPrefix(in.Name, "f:") {
				t.Fatalf("name %q", in.Name)
			}
			if err == nil && strings.TrimSpace(in.Text) == "" {
				t.Fatalf("%s: empty text without error", in.Name)
			}
			if err == nil && !utf8.ValidString(in.Text+in.Meta.Title+in.Meta.URL+in.Meta.Source) {
				t.Fatalf("%s: invalid UTF-8 without error", in.Name)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "loader: "+in.Name+": ") {
				t.Fatalf("error %q does not name %s", err, in.Name)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("reading from memory failed: %v", err)
		}
	})
}

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: T\npublished: 2023-11-15\n---\nBody.")
	f.Add("---\n---\n")
	f.Add("---\ntitle: [x\n")
	f.Add("Body only.")
	f.Fuzz(func(t *testing.T, s string) {
		fm, text, err := splitFrontMatter(s)
		if err != nil {
			return
		}
		if !strings.HasSuffix(s, text) {
			t.Fatalf("text %q is not the end of %q", text, s)
		}
		if fm == "" && text != s && !strings.HasPrefix(s, "---") {
			t.Fatalf("text changed without front matter")
		}
		m, err := frontMatterMeta(fm)
		if err == nil && m.Published.Known() {
			if _, perr := graph.ParseDate(m.Published.Value); perr != nil {
				t.Fatalf("published %q is no date", m.Published.Value)
			}
		}
	})
}

func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	line, _ := json.Marshal(map[string]string{
		"text":      strings.Repeat("North Korea supplied Russia with artillery shells, officials said. ", 30),
		"title":     "A title",
		"published": "2023-11-15",
	})
	for range 1000 {
		buf.Write(line)
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		if err := ReadJSONL(bytes.NewReader(data), "bench", func(Input, error) error { n++; return nil }); err != nil || n != 1000 {
			b.Fatalf("%d docs, %v", n, err)
		}
	}
}

func BenchmarkHTMLDocument(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "input", "page.html"))
	if err != nil {
		b.Fatal(err)
	}
	para := "<p>" + strings.Repeat("Seoul warned Pyongyang against <b>further</b> launches. ", 20) + "</p>\n"
	src := strings.Replace(string(page), "</article>", strings.Repeat(para, 100)+"</article>", 1)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := htmlDocument(src); err != nil {
			b.Fatal(err)
		}
	}
}

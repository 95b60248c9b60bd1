package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/geokg/graph"
)

// TestReadJSONLFieldErrors: a line with a field of the wrong type, invalid
// UTF-8 or a bad date is refused with the field named; the next line loads.
func TestReadJSONLFieldErrors(t *testing.T) {
	tests := []struct {
		line    string
		wantErr error
		field   string
	}{
		{`{"text": 5}`, ErrBadDocument, `"text"`},
		{`{"text": ["a"]}`, ErrBadDocument, `"text"`},
		{`{"text": "ok", "title": {"a": 1}}`, ErrBadDocument, `"title"`},
		{"{\"text\": \"caf\xe9 au lait\"}", ErrEncoding, `"text"`},
		{"{\"text\": \"ok\", \"source\": \"\xff\"}", ErrEncoding, `"source"`},
		{`{"text": "ok", "published": "yesterday"}`, ErrBadPublished, `"published"`},
		{`{"text": "ok", "published": 2024}`, ErrBadDocument, `"published"`},
		{`{"text": null}`, ErrNoText, `"text"`},
	}
	for _, tc := range tests {
		body := tc.line + "\n" + `{"text": "Japan and South Korea signed a pact."}` + "\n"
		var got []Input
		var errs []error
		err := ReadJSONL(strings.NewReader(body), "req", func(in Input, err error) error {
			if err != nil {
				errs = append(errs, err)
			} else {
				got = append(got, in)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", tc.line, err)
		}
		if len(errs) != 1 || !errors.Is(errs[0], tc.wantErr) {
			t.Errorf("%q: errors %v, want one %v", tc.line, errs, tc.wantErr)
			continue
		}
		if msg := errs[0].Error(); !strings.Contains(msg, "req:1") || !strings.Contains(msg, tc.field) {
			t.Errorf("%q: error %q does not name line req:1 and field %s", tc.line, msg, tc.field)
		}
		if len(got) != 1 || got[0].Name != "req:2" {
			t.Errorf("%q: the good line was not read: %+v", tc.line, got)
		}
	}
}

func TestLimits(t *testing.T) {
	l := Limits{MaxBytes: 100, MaxFacts: 2}
	for text, want := range map[string]error{
		"fine":                   nil,
		"  \n ":                  ErrNoText,
		"bad \xc3\x28":           ErrEncoding,
		strings.Repeat("a", 101): ErrTooLarge,
	} {
		if err := l.CheckText(text); !errors.Is(err, want) {
			t.Errorf("CheckText(%.20q) = %v, want %v", text, err, want)
		}
	}
	x := &graph.Extraction{Edges: make([]graph.Edge, 2), Events: make([]graph.Event, 1)}
	if err := l.CheckFacts(x); !errors.Is(err, ErrTooManyFacts) {
		t.Errorf("CheckFacts(3 facts, max 2) = %v", err)
	}
	if err := (Limits{}).CheckFacts(x); err != nil {
		t.Errorf("no limit: %v", err)
	}
}

// TestLongSentenceSplit: a run without punctuation is cut at word boundaries
// into chunks of at most MaxSentenceBytes that cover all of its words.
func TestLongSentenceSplit(t *testing.T) {
	word := "Russia warned Ukraine "
	text := "A short one. " + strings.Repeat(word, 2000) + "\nThe end."
	spans := splitSentences(text)
	if n := OverlongSentences(text); n != 1 {
		t.Errorf("OverlongSentences = %d, want 1", n)
	}
	var words int
	for _, s := range spans {
		if s.end-s.start > MaxSentenceBytes {
			t.Fatalf("span of %d bytes", s.end-s.start)
		}
		chunk := text[s.start:s.end]
		if strings.HasPrefix(chunk, " ") || strings.HasSuffix(chunk, " ") {
			t.Fatalf("chunk not cut at a word boundary: %.30q", chunk)
		}
		words += len(strings.Fields(chunk))
	}
	if want := 3 + 3*2000 + 2; words != want {
		t.Errorf("chunks hold %d words, want %d", words, want)
	}
	// no space at all: cut at rune boundaries
	spans = splitSentences(strings.Repeat("é", 10000))
	for _, s := range spans {
		if s.end-s.start > MaxSentenceBytes || !utf8.ValidString(strings.Repeat("é", 10000)[s.start:s.end]) {
			t.Fatalf("bad chunk %+v", s)
		}
	}
}

// TestExtractLongLineBounded extracts a line without punctuation of 256 KiB
// and of 1 MiB: memory stays small (the issue measured 5.1 GB for 1 MB) and
// grows linearly with the text (four times the text, at most five times the
// allocations; a quadratic cost would be sixteen).
func TestExtractLongLineBounded(t *testing.T) {
	line := strings.Repeat("Russia warned Ukraine and Vladimir Putin met officials in Kyiv ", 17000)
	alloc := func(n int) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		x := Extract(line[:n], Meta{})
		runtime.ReadMemStats(&after)
		t.Logf("%d KiB line: %d MiB allocated, %d edges", n>>10, (after.TotalAlloc-before.TotalAlloc)>>20, len(x.Edges))
		return after.TotalAlloc - before.TotalAlloc
	}
	small, big := alloc(256<<10), alloc(1<<20)
	if big > 512<<20 {
		t.Errorf("extracting 1 MiB allocated %d MiB, want under 512", big>>20)
	}
	if big > 5*small {
		t.Errorf("allocations grow faster than the text: %d MiB for 256 KiB, %d MiB for 1 MiB", small>>20, big>>20)
	}
}

// FuzzExtractBounded: any UTF-8 text is extracted without panic, and the
// output is bounded by the input (linear in it): at most two entities per word
// (a word can name a known person or a city, and through it that one's state),
// four facts per word, and no sentence of provenance longer than
// MaxSentenceBytes. (FuzzExtract checks the offsets.)
func FuzzExtractBounded(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Monday.",
		"U.S. Secretary of State Antony Blinken accused North Korea of supplying Russia with missiles.",
		strings.Repeat("Russia Ukraine ", 500),
		"Mr. A. B. said. \"Yes.\" (No.) ... ?! U.N. sanctions on Iran, Iraq and Syria.",
		"", "\n\n\n", "é" + strings.Repeat(".", 100),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 1<<16 {
			t.Skip()
		}
		x := Extract(text, Meta{})
		if x == nil {
			t.Fatal("nil extraction")
		}
		// Words as the tokenizer sees them: runs of letters and digits
		// ("0!AA!A0A" is three, which name Anadolu Agency, its state and
		// two codes), not only what white space separates.
		words := len(strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })) + 1
		if n := len(x.Entities); n > 2*words {
			t.Fatalf("%d entities from %d words", n, words)
		}
		if n := len(x.Edges) + len(x.Events); n > 4*words {
			t.Fatalf("%d facts from %d words", n, words)
		}
		for _, e := range x.Edges {
			for _, m := range e.Mentions {
				if m.End-m.Start > MaxSentenceBytes {
					t.Fatalf("a sentence of %d bytes", m.End-m.Start)
				}
			}
		}
	})
}

// TestWalkWithSkips: in a folder, Markdown without front matter or a sidecar
// is skipped (and reported), and --include/--exclude globs choose files.
func TestWalkWithSkips(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"SOURCES.md":      "# Sources\n\nWhere the articles come from.\n",
		"front.md":        "---\ntitle: T\n---\nRussia warned Ukraine.\n",
		"side.md":         "Russia warned Ukraine.\n",
		"side.meta.json":  `{"title": "S"}`,
		"a.txt":           "Japan met Korea.\n",
		"draft-b.txt":     "China met India.\n",
		"named/README.md": "# Named explicitly\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(opts WalkOptions, paths ...string) (read, skipped []string) {
		opts.Skipped = func(p, _ string) { skipped = append(skipped, filepath.Base(p)) }
		err := WalkWith(context.Background(), paths, opts, func(in Input, err error) error {
			if err != nil {
				t.Errorf("%s: %v", in.Name, err)
			}
			read = append(read, filepath.Base(in.Name))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return read, skipped
	}
	read, skipped := run(WalkOptions{}, dir)
	if !slices.Equal(read, []string{"a.txt", "draft-b.txt", "front.md", "side.md"}) || !slices.Equal(skipped, []string{"SOURCES.md", "README.md"}) {
		t.Errorf("default: read %v, skipped %v", read, skipped)
	}
	read, _ = run(WalkOptions{Exclude: []string{"draft-*"}, Include: []string{"*.txt"}}, dir)
	if !slices.Equal(read, []string{"a.txt"}) {
		t.Errorf("include *.txt exclude draft-*: read %v", read)
	}
	read, _ = run(WalkOptions{}, filepath.Join(dir, "named", "README.md"))
	if !slices.Equal(read, []string{"README.md"}) {
		t.Errorf("a Markdown file named explicitly is read: %v", read)
	}
}

// BenchmarkExtractLongLine extracts a 256 KiB line without punctuation (cut
// into MaxSentenceBytes chunks); B/op and ns/op scale with the text.
func BenchmarkExtractLongLine(b *testing.B) {
	line := strings.Repeat("Russia warned Ukraine and Vladimir Putin met officials in Kyiv ", 4200)[:256<<10]
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(line, Meta{})
	}
}

// TestSafeExtractReportsAFailure: when the extractor fails on a text (here
// it has no lexicon, a defect nothing outside the package can cause),
// SafeExtract returns ErrExtractor instead of stopping the program: bulk
// loads, the server and cluster nodes extract through it.
func TestSafeExtractReportsAFailure(t *testing.T) {
	x, err := safeExtractWith(nil, "Mali and France signed an agreement in Bamako on Monday.", Meta{})
	if !errors.Is(err, ErrExtractor) || x != nil {
		t.Fatalf("safeExtractWith(nil lexicon) = %v, %v; want nil, ErrExtractor", x, err)
	}
	x, err = SafeExtract("Mali and France signed an agreement in Bamako on Monday.", Meta{})
	if err != nil || len(x.Entities) == 0 {
		t.Fatalf("SafeExtract = %v, %v; want the extraction", x, err)
	}
}

// TestDefiniteArticleLast: "the" as a text's last word, after a word that
// starts a sentence of its own ("0 the", found by FuzzExtractBounded), read
// past the end of the tokens.
func TestDefiniteArticleLast(t *testing.T) {
	for _, text := range []string{"0 the", "They met the", "Russia and the", "The"} {
		if _, err := SafeExtract(text, Meta{}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// TestWellFormedDocumentAsChecked: the one-pass decoding of a JSON Lines
// document takes the lines it should, and decodes them as the checked path
// does; it leaves every other line to the checked path, which names the
// error.
func TestWellFormedDocumentAsChecked(t *testing.T) {
	tests := []struct {
		line     string
		onePass  bool
		checkErr error
	}{
		{`{"text": "a\nb \u00e9 \ud83d\ude00", "title": "T", "url": null, "source": "S", "published": "2023-11-15"}`, true, nil},
		{` {"text":"x", "license": "CC BY", "note": {"a": [1, 2]}}`, true, nil},
		{`{"text": "x", "published": null}`, true, nil},
		{`{"TEXT": "upper-case key"}`, true, nil},
		{`{"text": "first", "text": "second"}`, true, nil},
		{"{\"text\": \"ok\", \"note\": \"\xff\"}", false, nil},
		{`{"text": 5}`, false, ErrBadDocument},
		{`{"text": "ok", "title": {"a": 1}}`, false, ErrBadDocument},
		{"{\"text\": \"caf\xe9\"}", false, ErrEncoding},
		{`{"text": "ok", "published": 2024}`, false, ErrBadDocument},
		{`{"text": "ok"} trailing`, false, ErrBadDocument},
		{`["text"]`, false, ErrBadDocument},
	}
	for _, tc := range tests {
		fast, ok := wellFormedDocument([]byte(tc.line))
		checked, err := checkedDocument([]byte(tc.line))
		if ok != tc.onePass {
			t.Errorf("%q: one pass %v, want %v", tc.line, ok, tc.onePass)
		}
		if !errors.Is(err, tc.checkErr) || (tc.checkErr == nil) != (err == nil) {
			t.Errorf("%q: checked path: %v, want %v", tc.line, err, tc.checkErr)
		}
		if ok && !reflect.DeepEqual(fast, checked) {
			t.Errorf("%q: one pass decoded %+v, the checked path %+v", tc.line, fast, checked)
		}
	}
}

// TestOverlongSentencesAsSplit holds OverlongSentences, which skips the
// split when no line is long enough, to the split's own count, with lines
// around MaxSentenceBytes and line breaks at both ends.
func TestOverlongSentencesAsSplit(t *testing.T) {
	run := func(n int) string { return strings.Repeat("x", n) }
	long, edge := MaxSentenceBytes+1, MaxSentenceBytes
	for _, text := range []string{
		"",
		"One. Two.",
		run(edge),
		run(long),
		"  " + run(edge) + "  ",
		"A. " + run(long) + "\nB.",
		run(long) + "\nB.",
		run(edge) + " \nB.",
		run(edge) + "\n" + run(edge) + "\n",
		"\n" + run(edge) + "\n" + run(long),
		run(long) + "\n" + run(long),
		strings.Repeat("Short sentence here. ", 400),
		strings.Repeat("Short line here\n", 400),
	} {
		_, want := splitSpans(text)
		if got := OverlongSentences(text); got != want {
			t.Errorf("text of %d bytes: OverlongSentences %d, split counts %d", len(text), got, want)
		}
	}
}

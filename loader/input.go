package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/geokg/geokg/graph"
)

// ReadFile reads the documents of one file: one Input for .txt, .md, .html
// and .json, one per line for .jsonl. For a .jsonl file with bad lines it
// returns the good documents together with an error that joins one error per
// bad line.
//
// Formats, by extension (case-insensitive):
//   - .txt, .md, .markdown: the text, with optional YAML front matter between
//     "---" fences at its very start (keys title, url, source, published; date
//     is read as published, link as url; other keys are ignored). An opening
//     fence without a closing one is an error. Markdown markup is reduced to
//     plain text (headings, emphasis, links, images, quotes, code fences).
//   - .html, .htm: the text of the page's <article>, else <main>, else <body>,
//     without scripts, styles, navigation, headers, footers, asides, forms and
//     hidden elements; blocks become paragraphs separated by a blank line.
//     Title from og:title, else <title>; published from article:published_time
//     (else og:published_time, datePublished, DC.date); url from og:url, else
//     the canonical link; source from og:site_name. A page that is not UTF-8 is
//     decoded by its declared charset.
//   - .json: one object {text, title, url, source, published}; other fields
//     are ignored, null fields are empty.
//   - .jsonl: one such object a line (see ReadJSONL).
//
// Metadata precedence: a sidecar NAME.meta.json next to NAME.txt (or .md,
// .html, .json) gives the base; what the file itself states (front matter,
// HTML meta, JSON fields) overrides it field by field; the caller's flags
// override both (Meta.Override). An empty or null field never overrides.
//
// Every document has a UTF-8 byte order mark removed and CRLF or CR line ends
// turned into LF; text that is not UTF-8 (other than HTML) is an error, its
// encoding is not guessed. Unknown dates stay unknown, never guessed: a
// published date that cannot be read is an error for that document.
func ReadFile(path string) ([]Input, error) {
	format, ok := inputFormat(path)
	if !ok {
		return nil, inputErr(path, ErrUnknownFormat)
	}
	if format == ".jsonl" {
		f, err := os.Open(path)
		if err != nil {
			return nil, inputErr(path, err)
		}
		defer f.Close()
		var ins []Input
		var errs []error
		err = ReadJSONL(f, path, func(in Input, err error) error {
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			ins = append(ins, in)
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		return ins, errors.Join(errs...)
	}
	in, err := readSingle(path, format)
	if err != nil {
		return nil, err
	}
	return []Input{in}, nil
}

// Walk expands paths, files and folders alike (folders recursively, in
// lexical order, skipping hidden folders and files of unknown extension,
// *.meta.json sidecars and *.gold.json evaluation files), and calls fn for
// every document read, or with a per-file (or per-line) error and an Input
// that holds only the Name. Walk never stops at a broken file: it stops when
// fn returns an error, which it returns, or when ctx is done.
func Walk(ctx context.Context, paths []string, fn func(in Input, err error) error) error {
	return WalkWith(ctx, paths, WalkOptions{}, fn)
}

// WalkOptions choose the files WalkWith reads in folders (files named
// explicitly are always read).
type WalkOptions struct {
	// Include, when not empty, keeps only files whose name or path matches
	// one of these globs (filepath.Match syntax); Exclude drops those that
	// match one of its globs.
	Include, Exclude []string
	// Skipped, when set, is called for every file of a known format found in
	// a folder and not read, with the reason.
	Skipped func(path, reason string)
}

// WalkWith is Walk with options. In a folder, a Markdown file is read only
// when it opens with front matter or has a NAME.meta.json sidecar, so that a
// README or SOURCES.md next to the articles is not taken for one.
func WalkWith(ctx context.Context, paths []string, opts WalkOptions, fn func(in Input, err error) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("loader: walk: %w", err)
		}
		info, err := os.Stat(p)
		if err != nil {
			if ferr := fn(Input{Name: p}, inputErr(p, err)); ferr != nil {
				return ferr
			}
			continue
		}
		if !info.IsDir() {
			if lower := strings.ToLower(p); strings.HasSuffix(lower, ".meta.json") || strings.HasSuffix(lower, ".gold.json") {
				continue // metadata and evaluation files, even when named (dir/*)
			}
			if err := walkFile(ctx, p, fn); err != nil {
				return err
			}
			continue
		}
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = p + string(filepath.Separator) // walk the folder a named link points to
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if ferr := fn(Input{Name: path}, inputErr(path, err)); ferr != nil {
					return ferr
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != root && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if !isDocumentFile(d.Name()) {
				return nil
			}
			if reason := opts.skip(path); reason != "" {
				if opts.Skipped != nil {
					opts.Skipped(path, reason)
				}
				return nil
			}
			return walkFile(ctx, path, fn)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// skip returns why a document file found in a folder is not read, or "".
func (o WalkOptions) skip(path string) string {
	match := func(globs []string) bool {
		for _, g := range globs {
			if ok, _ := filepath.Match(g, filepath.Base(path)); ok {
				return true
			}
			if ok, _ := filepath.Match(g, path); ok {
				return true
			}
		}
		return false
	}
	if len(o.Include) > 0 && !match(o.Include) {
		return "not matched by --include"
	}
	if match(o.Exclude) {
		return "matched by --exclude"
	}
	if f, _ := inputFormat(path); (f == ".md" || f == ".markdown") && !markdownDocument(path) {
		return "Markdown without front matter or a sidecar"
	}
	return ""
}

// markdownDocument reports whether a Markdown file opens with a front
// matter fence or has a sidecar.
func markdownDocument(path string) bool {
	if _, err := os.Stat(sidecarPath(path)); err == nil {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return true // let the read report it
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimPrefix(head[:n], utf8BOM)
	return bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n"))
}

// isDocumentFile reports whether Walk reads a file of this name found in a folder.
func isDocumentFile(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".meta.json") || strings.HasSuffix(lower, ".gold.json") {
		return false
	}
	_, ok := inputFormat(name)
	return ok
}

func walkFile(ctx context.Context, path string, fn func(Input, error) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("loader: walk: %w", err)
	}
	format, ok := inputFormat(path)
	if !ok {
		return fn(Input{Name: path}, inputErr(path, ErrUnknownFormat))
	}
	if format != ".jsonl" {
		in, err := readSingle(path, format)
		if err != nil {
			return fn(Input{Name: path}, err)
		}
		return fn(in, nil)
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(Input{Name: path}, inputErr(path, err))
	}
	defer f.Close()
	var stopped error
	err = ReadJSONL(f, path, func(in Input, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			stopped = fmt.Errorf("loader: walk: %w", cerr)
			return stopped
		}
		if ferr := fn(in, err); ferr != nil {
			stopped = ferr
			return ferr
		}
		return nil
	})
	if stopped != nil {
		return stopped
	}
	if err != nil {
		// a read error of the file itself: report it, go on with the next file
		return fn(Input{Name: path}, err)
	}
	return nil
}

// maxJSONLLine bounds one line of JSON Lines (64 MiB).
const maxJSONLLine = 64 << 20

// ReadJSONL reads JSON Lines from r, one object {text, title, url, source,
// published} a line, and calls fn for each with an Input named name:line (the
// line counted from 1). A bad line is passed to fn as an error that names it,
// and reading goes on; blank lines are skipped. ReadJSONL stops when fn
// returns an error, which it returns, and returns an error when r fails.
// Lines are decoded ahead on other goroutines (jsonl.go); fn is called on
// the caller's, in line order.
func ReadJSONL(r io.Reader, name string, fn func(in Input, err error) error) error {
	return readJSONL(r, name, maxJSONLLine, fn)
}

// readLine returns the next line without its line end, or tooLong when it is
// longer than max bytes (the line is then skipped); io.EOF comes with the last line.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if len(bytes.TrimRight(buf, "\r\n")) > max {
				tooLong, buf = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		return bytes.TrimRight(buf, "\r\n"), false, err
	}
}

// Override returns m with every field that o sets replaced by o's: the
// caller's flags over what a file states. An empty field or an unknown date in
// o leaves m's.
func (m Meta) Override(o Meta) Meta {
	if o.Title != "" {
		m.Title = o.Title
	}
	if o.URL != "" {
		m.URL = o.URL
	}
	if o.Source != "" {
		m.Source = o.Source
	}
	if o.Published.Known() {
		m.Published = o.Published
	}
	return m
}

// ParsePublished reads a publication date as metadata states it:
// "2023-11-15", "2023-11", "2023", or an RFC 3339 timestamp (also without a
// zone, or with a space for the T), which gives its day as written. "", "null",
// "none", "unknown" and "n/a" (any case) give the unknown Date. Anything else
// is ErrBadPublished: a date is never guessed.
func ParsePublished(s string) (graph.Date, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "", "null", "none", "unknown", "n/a", "~":
		return graph.Date{}, nil
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == 't' || s[10] == ' ') {
		var ok bool
		t := s[:10] + "T" + strings.ToUpper(s[11:])
		for _, layout := range timestampLayouts {
			if _, err := time.Parse(layout, t); err == nil {
				ok = true
				break
			}
		}
		if !ok {
			return graph.Date{}, fmt.Errorf("%w: %q (want YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 timestamp)", ErrBadPublished, s)
		}
		s = s[:10]
	}
	d, err := graph.ParseDate(s)
	if err != nil {
		return graph.Date{}, fmt.Errorf("%w: %q (want YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 timestamp)", ErrBadPublished, s)
	}
	return d, nil
}

// timestampLayouts are the timestamps ParsePublished accepts: RFC 3339, with
// or without fractional seconds, a zone without colon, or no zone at all.
var timestampLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// inputError is an error about one document, a file or a line of JSON Lines:
// "loader: NAME: what went wrong". It unwraps to the cause.
type inputError struct {
	name string
	err  error
}

func (e *inputError) Error() string {
	return "loader: " + e.name + ": " + strings.ReplaceAll(e.err.Error(), "loader: ", "")
}

func (e *inputError) Unwrap() error { return e.err }

func inputErr(name string, err error) error { return &inputError{name: name, err: err} }

// inputFormat returns the lower-case extension of a known document format.
func inputFormat(path string) (string, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl":
		return ext, true
	}
	return "", false
}

// readSingle reads a one-document file and merges its sidecar.
func readSingle(path, format string) (Input, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Input{}, inputErr(path, err)
	}
	if (format == ".html" || format == ".htm") && !utf8.Valid(bytes.TrimPrefix(raw, utf8BOM)) {
		raw, err = decodeHTMLCharset(raw)
		if err != nil {
			return Input{}, inputErr(path, err)
		}
	}
	body, err := decodeText(raw)
	if err != nil {
		return Input{}, inputErr(path, err)
	}
	side, err := readSidecar(path)
	if err != nil {
		return Input{}, inputErr(path, fmt.Errorf("sidecar %s: %w", sidecarPath(path), err))
	}
	var in Input
	switch format {
	case ".txt", ".md", ".markdown":
		fm, text, err := splitFrontMatter(body)
		if err != nil {
			return Input{}, inputErr(path, fmt.Errorf("%w: %w", ErrFrontMatter, err))
		}
		meta, err := frontMatterMeta(fm)
		if err != nil {
			return Input{}, inputErr(path, err)
		}
		if format != ".txt" {
			text = markdownToText(text)
		}
		in = Input{Text: text, Meta: meta}
	case ".html", ".htm":
		text, meta, err := htmlDocument(body)
		if err != nil {
			return Input{}, inputErr(path, err)
		}
		in = Input{Text: text, Meta: meta}
	case ".json":
		in, err = parseJSONDocument([]byte(body), path)
		if err != nil {
			return Input{}, err
		}
	}
	in.Name = path
	in.Meta = side.Override(in.Meta)
	if strings.TrimSpace(in.Text) == "" {
		return Input{}, inputErr(path, ErrNoText)
	}
	return in, nil
}

// decodeText checks UTF-8, drops a byte order mark and turns CRLF and CR into LF.
func decodeText(raw []byte) (string, error) {
	raw = bytes.TrimPrefix(raw, utf8BOM)
	if !utf8.Valid(raw) {
		return "", ErrEncoding
	}
	s := string(raw)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, nil
}

// decodeHTMLCharset decodes a page that is not UTF-8 by the charset its
// <meta> declares (windows-1252 when it declares none, as browsers do).
func decodeHTMLCharset(raw []byte) ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(raw, "text/html")
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: decoding as %s: %w", ErrEncoding, name, err)
	}
	return out, nil
}

// sidecarPath returns NAME.meta.json for NAME.ext.
func sidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
}

// readSidecar reads the metadata of path's sidecar; no sidecar gives empty Meta.
func readSidecar(path string) (Meta, error) {
	sp := sidecarPath(path)
	raw, err := os.ReadFile(sp)
	if errors.Is(err, fs.ErrNotExist) {
		return Meta{}, nil
	}
	if err != nil {
		return Meta{}, err
	}
	var doc jsonDocument
	if err := strictObject(bytes.TrimPrefix(raw, utf8BOM), &doc); err != nil {
		return Meta{}, fmt.Errorf("%w: %w", ErrSidecar, err)
	}
	return doc.meta()
}

// jsonDocument is the JSON form of a document and of a sidecar; other fields
// ("license", "note") are ignored, null fields are empty.
type jsonDocument struct {
	Text      *string         `json:"text"`
	Title     *string         `json:"title"`
	URL       *string         `json:"url"`
	Source    *string         `json:"source"`
	Published json.RawMessage `json:"published"`
}

func (d jsonDocument) meta() (Meta, error) {
	m := Meta{Title: deref(d.Title), URL: deref(d.URL), Source: deref(d.Source)}
	p := bytes.TrimSpace(d.Published)
	if len(p) == 0 || string(p) == "null" {
		return m, nil
	}
	var s string
	if err := json.Unmarshal(p, &s); err != nil {
		return Meta{}, fmt.Errorf("%w: published is %s, want a string or null", ErrBadPublished, p)
	}
	date, err := ParsePublished(s)
	if err != nil {
		return Meta{}, err
	}
	m.Published = date
	return m, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

// strictObject decodes one JSON object and nothing after it.
func strictObject(raw []byte, v any) error {
	trimmed := bytes.TrimLeft(raw, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return errors.New("want a JSON object")
	}
	return json.Unmarshal(trimmed, v)
}

// parseJSONDocument reads one {text, title, url, source, published} object.
// A field of the wrong type, a field that is not valid UTF-8 and a bad date
// are errors that name the field.
func parseJSONDocument(raw []byte, name string) (Input, error) {
	doc, ok := wellFormedDocument(raw)
	if !ok {
		var err error
		if doc, err = checkedDocument(raw); err != nil {
			return Input{Name: name}, inputErr(name, err)
		}
	}
	m, err := doc.meta()
	if err != nil {
		return Input{Name: name}, inputErr(name, fmt.Errorf("field \"published\": %w", err))
	}
	if doc.Text == nil || strings.TrimSpace(*doc.Text) == "" {
		return Input{Name: name}, inputErr(name, fmt.Errorf("%w: no \"text\" field", ErrNoText))
	}
	text := *doc.Text
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	return Input{Name: name, Text: text, Meta: m}, nil
}

// wellFormedDocument decodes raw in one pass when the whole line is valid
// UTF-8 and every known field a string or null, as nearly every line is. It
// reports false otherwise, and parseJSONDocument then takes the slower path
// of checkedDocument, which names what is wrong: the two paths accept the
// same lines and decode them alike (TestWellFormedDocumentAsChecked). One
// pass instead of two took 40% off reading JSON Lines (BenchmarkReadJSONL).
func wellFormedDocument(raw []byte) (jsonDocument, bool) {
	var doc jsonDocument
	if !utf8.Valid(raw) || strictObject(raw, &doc) != nil {
		return jsonDocument{}, false
	}
	p := bytes.TrimSpace(doc.Published)
	if len(p) > 0 && p[0] != '"' && string(p) != "null" {
		return jsonDocument{}, false
	}
	return doc, true
}

// checkedDocument decodes raw after checkJSONFields has checked its known
// fields, so that an error names what is wrong.
func checkedDocument(raw []byte) (jsonDocument, error) {
	var doc jsonDocument
	if err := checkJSONFields(raw); err != nil {
		return doc, err
	}
	if err := strictObject(raw, &doc); err != nil {
		return doc, fmt.Errorf("%w: %w", ErrBadDocument, err)
	}
	return doc, nil
}

// checkJSONFields checks the known fields of a JSON document before it is
// decoded (decoding would turn invalid UTF-8 into U+FFFD and a number into an
// opaque error): each must be a string or null, in valid UTF-8.
func checkJSONFields(raw []byte) error {
	var fields map[string]json.RawMessage
	if err := strictObject(raw, &fields); err != nil {
		if !utf8.Valid(raw) {
			return fmt.Errorf("%w: not valid UTF-8", ErrEncoding)
		}
		return fmt.Errorf("%w: %w", ErrBadDocument, err)
	}
	for _, f := range []string{"text", "title", "url", "source", "published"} {
		v := bytes.TrimSpace(fields[f])
		if len(v) == 0 || string(v) == "null" {
			continue
		}
		if v[0] != '"' {
			return fmt.Errorf("%w: field %q is %s, want a string", ErrBadDocument, f, jsonKind(v[0]))
		}
		if !utf8.Valid(v) {
			return fmt.Errorf("%w: field %q is not valid UTF-8", ErrEncoding, f)
		}
	}
	return nil
}

// jsonKind names the JSON type of a value by its first byte.
func jsonKind(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

// Limits bound one document. A zero field is no bound.
type Limits struct {
	// MaxBytes bounds the bytes of a document's text.
	MaxBytes int
	// MaxFacts bounds the facts extracted from one document: the statements
	// of edges (their mentions) and the events.
	MaxFacts int
}

// The defaults of DefaultLimits.
const (
	DefaultMaxBytes = 2 << 20
	DefaultMaxFacts = 20000
)

// DefaultLimits returns 2 MiB of text and 20,000 facts per document.
func DefaultLimits() Limits { return Limits{MaxBytes: DefaultMaxBytes, MaxFacts: DefaultMaxFacts} }

// CheckText returns an error when text cannot be a document: not valid
// UTF-8 (ErrEncoding), empty (ErrNoText) or over MaxBytes (ErrTooLarge).
func (l Limits) CheckText(text string) error {
	if !utf8.ValidString(text) {
		return fmt.Errorf("%w: field \"text\"", ErrEncoding)
	}
	if strings.TrimSpace(text) == "" {
		return ErrNoText
	}
	if l.MaxBytes > 0 && len(text) > l.MaxBytes {
		return fmt.Errorf("%w: %d bytes of text, over the limit of %d (--max-doc-bytes)", ErrTooLarge, len(text), l.MaxBytes)
	}
	return nil
}

// CheckFacts returns ErrTooManyFacts when x states more facts (edge
// mentions and events) than MaxFacts.
func (l Limits) CheckFacts(x *graph.Extraction) error {
	if l.MaxFacts <= 0 {
		return nil
	}
	n := len(x.Events)
	for _, e := range x.Edges {
		n += max(1, len(e.Mentions))
	}
	if n > l.MaxFacts {
		return fmt.Errorf("%w: %d facts, over the limit of %d (--max-facts)", ErrTooManyFacts, n, l.MaxFacts)
	}
	return nil
}

// splitFrontMatter splits YAML front matter off s: s must start with a "---"
// line, and a later "---" or "..." line closes it. Text without an opening
// fence has no front matter; an opening fence without a closing one is an error.
func splitFrontMatter(s string) (fm, text string, err error) {
	first, rest, ok := strings.Cut(s, "\n")
	if strings.TrimRight(first, " \t") != "---" || !ok {
		return "", s, nil
	}
	for off := 0; off <= len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest) + 1
		if end >= 0 {
			line = rest[off : off+end]
			next = off + end + 1
		}
		if l := strings.TrimRight(line, " \t"); l == "---" || l == "..." {
			body := ""
			if next <= len(rest) {
				body = rest[next:]
			}
			return rest[:off], strings.TrimLeft(body, "\n"), nil
		}
		off = next
	}
	return "", "", errors.New("no closing \"---\" fence")
}

// frontMatterMeta reads title, url (or link), source and published (or date)
// from YAML front matter; other keys are ignored.
func frontMatterMeta(fm string) (Meta, error) {
	if strings.TrimSpace(fm) == "" {
		return Meta{}, nil
	}
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &node); err != nil {
		return Meta{}, fmt.Errorf("%w: %w", ErrFrontMatter, err)
	}
	if len(node.Content) == 0 {
		return Meta{}, nil
	}
	doc := node.Content[0]
	if doc.Kind != yaml.MappingNode {
		return Meta{}, fmt.Errorf("%w: not a mapping of keys to values", ErrFrontMatter)
	}
	var m Meta
	var published, date string
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := strings.ToLower(doc.Content[i].Value), doc.Content[i+1]
		switch key {
		case "title", "url", "link", "source", "published", "date":
		default:
			continue
		}
		if val.Kind != yaml.ScalarNode {
			return Meta{}, fmt.Errorf("%w: %q is not a single value", ErrFrontMatter, key)
		}
		v := strings.TrimSpace(val.Value)
		if val.Tag == "!!null" {
			v = ""
		}
		switch key {
		case "title":
			m.Title = v
		case "url":
			m.URL = v
		case "link":
			if m.URL == "" {
				m.URL = v
			}
		case "source":
			m.Source = v
		case "published":
			published = v
		case "date":
			date = v
		}
	}
	if published == "" {
		published = date
	}
	d, err := ParsePublished(published)
	if err != nil {
		return Meta{}, err
	}
	m.Published = d
	return m, nil
}

var (
	mdHeading  = regexp.MustCompile(`(?m)^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$`)
	mdImage    = regexp.MustCompile(`!\[([^\]\n]*)\]\([^)\n]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]\n]+)\]\([^)\n]*\)`)
	mdStrong   = regexp.MustCompile(`(\*\*|__)([^\n]+?)(\*\*|__)`)
	mdEmph     = regexp.MustCompile(`(^|[\s(])\*([^*\s][^*\n]*?)\*`)
	mdQuote    = regexp.MustCompile(`(?m)^ {0,3}> ?`)
	mdRule     = regexp.MustCompile(`(?m)^ {0,3}([-*_])( ?[-*_]){2,}[ \t]*$`)
	mdCodeMark = regexp.MustCompile("(?m)^ {0,3}(```|~~~).*$")
)

// markdownToText reduces Markdown markup to plain text: heading marks, rules,
// quote marks and code fences go, links and images keep their text, emphasis
// marks go. Everything else is kept as written.
func markdownToText(s string) string {
	s = mdCodeMark.ReplaceAllString(s, "")
	s = mdRule.ReplaceAllString(s, "")
	s = mdHeading.ReplaceAllString(s, "$1")
	s = mdQuote.ReplaceAllString(s, "")
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdStrong.ReplaceAllString(s, "$2")
	s = mdEmph.ReplaceAllString(s, "$1$2")
	return s
}

// htmlSkip are the elements whose content is no article text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Iframe: true, atom.Head: true, atom.Nav: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Header: true, atom.Menu: true, atom.Object: true,
	atom.Canvas: true, atom.Dialog: true,
}

// htmlBlock are the elements that break the text into paragraphs.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Table: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Body: true, atom.Td: true, atom.Th: true, atom.Caption: true,
}

// htmlPublishedKeys are the meta property, name or itemprop values read as the
// publication date, best first.
var htmlPublishedKeys = []string{"article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dc.date", "dcterms.created"}

// htmlDocument returns the text and the metadata of an HTML page.
func htmlDocument(src string) (string, Meta, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", Meta{}, fmt.Errorf("html: %w", err)
	}
	pg := &htmlPage{metas: map[string]string{}}
	pg.visit(root)
	m, err := pg.meta()
	if err != nil {
		return "", Meta{}, err
	}
	return htmlText(pg.scope(root)), m, nil
}

// htmlPage is what a walk of an HTML page collects: its meta values by
// lower-case key, title, canonical link, and first article, main and body
// elements.
type htmlPage struct {
	metas                 map[string]string
	title, canonical      string
	article, mainEl, body *html.Node
}

// visit collects what n and the nodes under it say of the page.
func (pg *htmlPage) visit(n *html.Node) {
	if n.Type == html.ElementNode {
		pg.element(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		pg.visit(c)
	}
}

// element collects what element n says of the page.
func (pg *htmlPage) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Meta:
		key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
		if _, seen := pg.metas[key]; key != "" && !seen {
			pg.metas[key] = strings.TrimSpace(attr(n, "content"))
		}
	case atom.Title:
		if pg.title == "" && n.FirstChild != nil {
			pg.title = collapseSpace(textOf(n))
		}
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && pg.canonical == "" {
			pg.canonical = strings.TrimSpace(attr(n, "href"))
		}
	case atom.Time:
		if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
			if _, seen := pg.metas["datepublished"]; !seen {
				pg.metas["datepublished"] = strings.TrimSpace(attr(n, "datetime"))
			}
		}
	case atom.Article:
		if pg.article == nil {
			pg.article = n
		}
	case atom.Main:
		if pg.mainEl == nil {
			pg.mainEl = n
		}
	case atom.Body:
		pg.body = n
	}
}

// meta returns the page's metadata: title, URL, source and publication date.
func (pg *htmlPage) meta() (Meta, error) {
	m := Meta{
		Title:  firstNonEmpty(pg.metas["og:title"], pg.title, pg.metas["twitter:title"]),
		URL:    firstNonEmpty(pg.metas["og:url"], pg.canonical),
		Source: pg.metas["og:site_name"],
	}
	for _, k := range htmlPublishedKeys {
		if v := pg.metas[k]; v != "" {
			d, err := ParsePublished(v)
			if err != nil {
				return Meta{}, fmt.Errorf("meta %s: %w", k, err)
			}
			m.Published = d
			break
		}
	}
	return m, nil
}

// scope returns the element whose text is the story: the first article,
// else the first main element, else the body, else the whole page.
func (pg *htmlPage) scope(root *html.Node) *html.Node {
	for _, n := range []*html.Node{pg.article, pg.mainEl, pg.body} {
		if n != nil {
			return n
		}
	}
	return root
}

// htmlText returns the visible text under n: blocks as paragraphs separated
// by a blank line, <br> as a line break, white space collapsed.
func htmlText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.TrimSpace(cur.String()); p != "" {
			lines := strings.Split(p, "\n")
			for i, l := range lines {
				lines[i] = collapseSpace(l)
			}
			paras = append(paras, strings.Join(lines, "\n"))
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			return
		case html.ElementNode:
			if htmlSkip[n.DataAtom] || hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
				return
			}
			if n.DataAtom == atom.Br {
				cur.WriteString("\n")
				return
			}
			if n.DataAtom == atom.Img {
				return
			}
		}
		block := n.Type == html.ElementNode && htmlBlock[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
			cur.WriteString(" ")
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// collapseSpace turns runs of white space (including no-break spaces) into
// one space and trims the ends.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

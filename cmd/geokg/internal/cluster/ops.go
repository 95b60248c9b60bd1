package cluster

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/fxamacker/cbor/v2"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// Kinds of operations in the log.
const (
	OpIngest = "ingest"
	OpDelete = "delete"
	OpMerge  = "merge"
	// OpIngests ingests the documents of one work item, a feeder's pack:
	// one log message for several documents (see packDocs).
	OpIngests = "ingests"
)

// Op is one write in the log: an extracted document to ingest (with its text
// and metadata, inside the extraction), a document to delete, or entities to
// merge. Every node applies the same ops in the same order.
type Op struct {
	Type       string            `json:"type"`
	Extraction *graph.Extraction `json:"extraction,omitempty"`
	DocumentID string            `json:"documentId,omitempty"`
	Into       string            `json:"into,omitempty"`
	From       []string          `json:"from,omitempty"`
	// Compact says that the extraction's mentions leave out what the
	// document gives (see compacted).
	Compact bool `json:"compact,omitempty"`
	// Extractions are the documents of an OpIngests op.
	Extractions []*graph.Extraction `json:"extractions,omitempty"`
	// Pack is the content key of the work item an OpIngests op came from
	// (packKey); it names the op's subject.
	Pack string `json:"pack,omitempty"`
}

// check verifies that op carries what its type needs.
func (op *Op) check() error {
	switch {
	case op.Type == OpIngest && op.Extraction != nil && op.Extraction.Document.ID != "":
	case op.Type == OpDelete && op.DocumentID != "":
	case op.Type == OpMerge && op.Into != "" && len(op.From) > 0:
	case op.Type == OpIngests && op.Pack != "" && len(op.Extractions) > 0 && !slices.ContainsFunc(op.Extractions, noDocument):
	default:
		return fmt.Errorf("%w: %q without what it needs", ErrBadOp, op.Type)
	}
	return nil
}

// decodeOp parses a log message.
func decodeOp(data []byte) (*Op, error) {
	var op Op
	if err := decodeWire(data, &op); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadOp, err)
	}
	if err := op.check(); err != nil {
		return nil, err
	}
	if op.Compact {
		for _, x := range op.extractions() {
			if err := expand(x); err != nil {
				return nil, err
			}
		}
		op.Compact = false
	}
	op.canonical()
	return &op, nil
}

// canonical makes op's empty collections nil, as CBOR gives them back (an
// omitempty field is left out): a JSON message's "entity_mentions":{} or
// "from":[] then decodes to the same op as its CBOR form.
func (op *Op) canonical() {
	if len(op.From) == 0 {
		op.From = nil
	}
	for _, x := range op.extractions() {
		if len(x.EntityMentions) == 0 {
			x.EntityMentions = nil
		}
	}
}

// noDocument reports whether x is not an extracted document.
func noDocument(x *graph.Extraction) bool { return x == nil || x.Document.ID == "" }

// extractions are the documents an ingest op holds.
func (op *Op) extractions() []*graph.Extraction {
	if op.Type == OpIngests {
		return op.Extractions
	}
	if op.Extraction != nil {
		return []*graph.Extraction{op.Extraction}
	}
	return nil
}

// docHashes are the hashes of the documents an ingest op holds, as its
// message's docsHeader lists them.
func (op *Op) docHashes() []string {
	xs := op.extractions()
	hs := make([]string, len(xs))
	for i, x := range xs {
		hs[i] = docHash(x.Document.ID)
	}
	return hs
}

// wire returns op as the log carries it: an ingest compacted when it can be.
func (op *Op) wire() *Op {
	xs := op.extractions()
	if (op.Type != OpIngest && op.Type != OpIngests) || len(xs) == 0 || op.Compact {
		return op
	}
	cs := make([]*graph.Extraction, len(xs))
	for i, x := range xs {
		c, ok := compacted(x)
		if !ok {
			return op
		}
		cs[i] = c
	}
	c := *op
	c.Compact = true
	if op.Type == OpIngests {
		c.Extractions = cs
	} else {
		c.Extraction = cs[0]
	}
	return &c
}

// key is the content key of an op: for a document the hash in its ID, for a
// merge a hash of its arguments. It names the op's subject, so the log can be
// asked whether it holds a document's op, and is the base of its Nats-Msg-Id.
func (op *Op) key() string {
	switch op.Type {
	case OpIngest:
		return docHash(op.Extraction.Document.ID)
	case OpDelete:
		return docHash(op.DocumentID)
	case OpIngests:
		return op.Pack
	}
	h := sha256.Sum256([]byte(op.Into + "\x00" + strings.Join(op.From, "\x00")))
	return hex.EncodeToString(h[:16])
}

// subject is the log subject of op: geokg.log.<type>.<key>.
func (op *Op) subject() string { return logSubject(op.Type, op.key()) }

func logSubject(typ, key string) string { return LogSubjects[:len(LogSubjects)-1] + typ + "." + key }

// msgID is op's Nats-Msg-Id: its content key and the log sequence its
// publisher had applied. A retried publish of the same op from the same
// state is dropped by the log; the same op published again after the node
// saw later writes (a document re-ingested after its deletion) is kept, and
// applying an op twice changes nothing anyway.
func (op *Op) msgID(applied uint64) string {
	return op.Type + ":" + op.key() + "@" + strconv.FormatUint(applied, 10)
}

// docHash is the hex part of a document ID ("doc:<hex>"), safe in a subject.
func docHash(id string) string {
	h := strings.TrimPrefix(id, "doc:")
	for _, c := range h {
		if !strings.ContainsRune("0123456789abcdef", c) {
			s := sha256.Sum256([]byte(id))
			return hex.EncodeToString(s[:16])
		}
	}
	return h
}

// packKey is the content key of a pack of documents: a hash of their
// hashes, in order.
func packKey(hashes []string) string {
	h := sha256.Sum256([]byte(strings.Join(hashes, ",")))
	return hex.EncodeToString(h[:16])
}

// workItem is a message of the work queue: one raw document (a rawDoc, as
// feeders wrote them before packs) or a pack of them (workPack).
type workItem struct {
	rawDoc
	Docs []rawDoc `json:"docs,omitempty"`
}

// docs are the documents of the item.
func (w *workItem) docs() []rawDoc {
	if len(w.Docs) > 0 {
		return w.Docs
	}
	return []rawDoc{w.rawDoc}
}

// workPack is how a feeder writes a pack: its documents' wire forms.
type workPack struct {
	Docs []cbor.RawMessage `json:"docs"`
}

// rawDoc is a document waiting for extraction in the work queue.
type rawDoc struct {
	Name      string     `json:"name"`
	Text      string     `json:"text"`
	Title     string     `json:"title,omitempty"`
	URL       string     `json:"url,omitempty"`
	Source    string     `json:"source,omitempty"`
	Published graph.Date `json:"published"`
}

func newRawDoc(in loader.Input) rawDoc {
	return rawDoc{Name: in.Name, Text: in.Text, Title: in.Meta.Title, URL: in.Meta.URL,
		Source: in.Meta.Source, Published: in.Meta.Published}
}

func (r rawDoc) input() loader.Input {
	return loader.Input{Name: r.Name, Text: r.Text, Meta: loader.Meta{
		Title: r.Title, URL: r.URL, Source: r.Source, Published: r.Published}}
}

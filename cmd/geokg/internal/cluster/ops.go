package cluster

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// Kinds of operations in the log.
const (
	OpIngest = "ingest"
	OpDelete = "delete"
	OpMerge  = "merge"
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
}

// check verifies that op carries what its type needs.
func (op *Op) check() error {
	switch {
	case op.Type == OpIngest && op.Extraction != nil && op.Extraction.Document.ID != "":
	case op.Type == OpDelete && op.DocumentID != "":
	case op.Type == OpMerge && op.Into != "" && len(op.From) > 0:
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
		expand(op.Extraction)
		op.Compact = false
	}
	return &op, nil
}

// wire returns op as the log carries it: an ingest compacted when it can be.
func (op *Op) wire() *Op {
	if op.Type != OpIngest || op.Extraction == nil || op.Compact {
		return op
	}
	x, ok := compacted(op.Extraction)
	if !ok {
		return op
	}
	c := *op
	c.Extraction, c.Compact = x, true
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

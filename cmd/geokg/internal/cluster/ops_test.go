package cluster

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestOps(t *testing.T) {
	doc := graph.DocumentID("Mali and France.")
	ingest := &Op{Type: OpIngest, Extraction: &graph.Extraction{Document: graph.Document{ID: doc, Text: "Mali and France."}}}
	cases := []struct {
		name    string
		op      *Op
		subject string // prefix
		bad     bool
	}{
		{"ingest", ingest, "geokg.log.ingest." + strings.TrimPrefix(doc, "doc:"), false},
		{"delete", &Op{Type: OpDelete, DocumentID: doc}, "geokg.log.delete." + strings.TrimPrefix(doc, "doc:"), false},
		{"merge", &Op{Type: OpMerge, Into: "person:a", From: []string{"person:b"}}, "geokg.log.merge.", false},
		{"odd document ID is hashed", &Op{Type: OpDelete, DocumentID: "doc:not hex.>"}, "geokg.log.delete.", false},
		{"ingest without extraction", &Op{Type: OpIngest}, "", true},
		{"delete without ID", &Op{Type: OpDelete}, "", true},
		{"merge without from", &Op{Type: OpMerge, Into: "person:a"}, "", true},
		{"unknown type", &Op{Type: "drop"}, "", true},
	}
	for _, c := range cases {
		data, _ := encodeWire(c.op)
		if c.name == "delete" || c.name == "delete without ID" {
			data, _ = json.Marshal(c.op) // as a version before the wire form wrote it
		}
		op, err := decodeOp(data)
		if c.bad {
			if !errors.Is(err, ErrBadOp) {
				t.Errorf("%s: decodeOp error %v, want ErrBadOp", c.name, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		subj := op.subject()
		if !strings.HasPrefix(subj, c.subject) || strings.ContainsAny(subj[len("geokg.log."):], " *>") ||
			strings.Count(subj, ".") != 3 {
			t.Errorf("%s: subject %q, want prefix %q and 4 tokens", c.name, subj, c.subject)
		}
	}
	for _, broken := range []string{"{", "\xa1\x64type", "", "\x00"} {
		if _, err := decodeOp([]byte(broken)); !errors.Is(err, ErrBadOp) {
			t.Errorf("broken message %q: %v, want ErrBadOp", broken, err)
		}
	}
	// The Nats-Msg-Id is the content key and the publisher's applied sequence.
	if a, b := ingest.msgID(7), ingest.msgID(7); a != b {
		t.Errorf("same op, same state: %q != %q", a, b)
	}
	if a, b := ingest.msgID(7), ingest.msgID(8); a == b {
		t.Errorf("same op after more writes: both %q (a re-ingest after a delete would be dropped)", a)
	}
	m1 := &Op{Type: OpMerge, Into: "person:a", From: []string{"person:b"}}
	m2 := &Op{Type: OpMerge, Into: "person:b", From: []string{"person:a"}}
	if m1.msgID(1) == m2.msgID(1) {
		t.Error("two different merges share a Nats-Msg-Id")
	}
}

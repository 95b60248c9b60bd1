package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// The binary forms of the stored records and contributions. Each starts
// with binaryV1; a value written before them is JSON, whose first byte is
// '{', and still reads. Strings are lp (keys.go), counts and offsets
// uvarints, confidences u64 float bits, and a date is its value (its
// precision follows from it). Mentions are stored without their document
// and text (sentences.strip).

// binaryV1 is the first byte of every binary value.
const binaryV1 byte = 1

// decodeValue decodes v: JSON into js, or the binary form with read over
// the bytes after the version byte, which must leave none. what names the
// value in errors.
func decodeValue(v []byte, what string, js any, read func(r *reader)) error {
	if len(v) > 0 && v[0] == '{' {
		if err := json.Unmarshal(v, js); err != nil {
			return fmt.Errorf("store: decode %s: %w", what, err)
		}
		return nil
	}
	if len(v) == 0 || v[0] != binaryV1 {
		return fmt.Errorf("store: corrupt %s (%d bytes)", what, len(v))
	}
	r := reader{b: v[1:]}
	read(&r)
	if r.bad || len(r.b) != 0 {
		return fmt.Errorf("store: corrupt %s (%d bytes)", what, len(v))
	}
	return nil
}

// getValue reads the value under k with decode; false when there is none.
func getValue(txn *tx, k []byte, decode func(v []byte) error) (bool, error) {
	item, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return true, item.Value(decode)
}

// loadValue returns the value under k decoded with decode into a new T; nil
// when there is none.
func loadValue[T any](txn *tx, k []byte, decode func(v []byte, r *T) error) (*T, error) {
	var r T
	ok, err := getValue(txn, k, func(v []byte) error { return decode(v, &r) })
	if err != nil || !ok {
		return nil, err
	}
	return &r, nil
}

func loadEntity(txn *tx, id string) (*entityRec, error) {
	return loadValue(txn, entityKey(id), decodeEntityRec)
}

func loadEdge(txn *tx, id string) (*edgeRec, error) {
	return loadValue(txn, edgeKey(id), decodeEdgeRec)
}

func loadEvent(txn *tx, id string) (*eventRec, error) {
	return loadValue(txn, eventKey(id), decodeEventRec)
}

// getDoc reads the record of document id from txn; false when there is none.
func getDoc(txn *tx, id string, r *docRec) (bool, error) {
	return getValue(txn, docKey(id), func(v []byte) error { return decodeDocRec(v, r) })
}

// getEdgeContrib reads a stored edge contribution; nil when there is none.
func getEdgeContrib(txn *tx, k []byte) (*edgeContrib, error) {
	var c *edgeContrib
	_, err := getValue(txn, k, func(v []byte) (err error) {
		c, err = decodeEdgeContrib(v)
		return err
	})
	return c, err
}

// getEventContrib reads a stored event contribution; false when none.
func getEventContrib(txn *tx, k []byte, ev *graph.Event) (bool, error) {
	return getValue(txn, k, func(v []byte) error { return decodeEventContrib(v, ev) })
}

// encodeRecord and decodeRecord are the codecs of the records that a write
// transaction caches (records.go, load and flushCached).
func encodeRecord[T any](r *T) ([]byte, error) {
	switch x := any(r).(type) {
	case *edgeRec:
		return x.encode(), nil
	case *eventRec:
		return x.encode(), nil
	}
	return nil, fmt.Errorf("store: no codec for %T", r)
}

func decodeRecord[T any](v []byte, r *T) error {
	switch x := any(r).(type) {
	case *edgeRec:
		return decodeEdgeRec(v, x)
	case *eventRec:
		return decodeEventRec(v, x)
	}
	return fmt.Errorf("store: no codec for %T", r)
}

// Parts shared by the forms.

// stringsSize is the most bytes appendStrings writes for list.
func stringsSize(list []string) int {
	n := binary.MaxVarintLen64
	for _, s := range list {
		n += 2 + len(s)
	}
	return n
}

// mentionsSize is about the bytes appendMentions writes for ms: a count and
// three uvarints per mention, which take three bytes each up to offsets of
// 2 MiB (a larger document's buffer grows once).
func mentionsSize(ms []graph.Mention) int { return binary.MaxVarintLen64 + 9*len(ms) }

// appendStrings writes a uvarint count and each string lp.
func appendStrings(k key, list []string) key {
	k = binary.AppendUvarint(k, uint64(len(list)))
	for _, s := range list {
		k = k.lp(s)
	}
	return k
}

// strings reads what appendStrings writes; none is nil.
func (r *reader) strings() []string {
	n := r.count()
	var out []string
	for i := 0; i < n && !r.bad; i++ {
		out = append(out, r.lp())
	}
	return out
}

// appendCounts writes a uvarint count, then per name in order lp(name) and
// its uvarint count.
func appendCounts(k key, m map[string]int) key {
	k = binary.AppendUvarint(k, uint64(len(m)))
	names := slices.AppendSeq(make([]string, 0, len(m)), maps.Keys(m))
	slices.Sort(names)
	for _, name := range names {
		k = binary.AppendUvarint(k.lp(name), uint64(m[name]))
	}
	return k
}

// counts reads what appendCounts writes; none is nil.
func (r *reader) counts() map[string]int {
	n := r.count()
	if n == 0 {
		return nil
	}
	m := make(map[string]int, n)
	for i := 0; i < n && !r.bad; i++ {
		name := r.lp()
		m[name] = int(r.uvarint())
	}
	return m
}

// appendMentions writes the count of ms and each one's sentence, start and
// end as uvarints.
func appendMentions(k key, ms []graph.Mention) key {
	k = binary.AppendUvarint(k, uint64(len(ms)))
	for _, m := range ms {
		k = binary.AppendUvarint(k, uint64(m.Sentence))
		k = binary.AppendUvarint(k, uint64(m.Start))
		k = binary.AppendUvarint(k, uint64(m.End))
	}
	return k
}

// mentions reads what appendMentions writes; none is nil.
func (r *reader) mentions() []graph.Mention {
	n := r.count()
	var ms []graph.Mention
	if n > 0 {
		ms = make([]graph.Mention, n)
	}
	for i := range ms {
		ms[i] = graph.Mention{Sentence: int(r.uvarint()), Start: int(r.uvarint()), End: int(r.uvarint())}
	}
	return ms
}

// uvarint and varint read an unsigned and a signed varint; a bad one
// marks r bad.
func (r *reader) uvarint() uint64 { return readVarint(r, binary.Uvarint) }
func (r *reader) varint() int64   { return readVarint(r, binary.Varint) }

func readVarint[T uint64 | int64](r *reader, read func([]byte) (T, int)) T {
	n, w := read(r.b)
	if w <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[w:]
	return n
}

// count reads the uvarint count of a list, each of whose items takes at
// least a byte: a count past the bytes left marks r bad.
func (r *reader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.bad = true
		return 0
	}
	return int(n)
}

func (r *reader) float() float64 { return math.Float64frombits(r.u64()) }

func (k key) float(f float64) key { return k.u64(math.Float64bits(f)) }

// Entities.

// encode writes r as: lp(ID), lp(kind), lp(name), lp(country), lp(ISO3),
// lp(Wikidata), uvarint docs, the names and the roles counted
// (appendCounts), then lp of NameDoc, CountryDoc, ISO3Doc and WikidataDoc.
func (r *entityRec) encode() []byte {
	k := make(key, 0, 128+24*len(r.Names)).b(binaryV1)
	k = k.lp(r.ID).lp(string(r.Kind)).lp(r.Name).lp(r.Country).lp(r.Codes.ISO3).lp(r.Codes.Wikidata)
	k = appendCounts(appendCounts(binary.AppendUvarint(k, uint64(r.Docs)), r.Names), r.Roles)
	return k.lp(r.NameDoc).lp(r.CountryDoc).lp(r.ISO3Doc).lp(r.WikidataDoc)
}

func decodeEntityRec(v []byte, r *entityRec) error {
	return decodeValue(v, "entity record", r, func(rd *reader) {
		r.ID, r.Kind, r.Name, r.Country = rd.lp(), rd.kind(), rd.lp(), rd.lp()
		r.Codes.ISO3, r.Codes.Wikidata = rd.lp(), rd.lp()
		r.Docs = int(rd.uvarint())
		r.Names, r.Roles = rd.counts(), rd.counts()
		r.NameDoc, r.CountryDoc, r.ISO3Doc, r.WikidataDoc = rd.lp(), rd.lp(), rd.lp(), rd.lp()
	})
}

// encode writes c as: lp(ID), lp(kind), lp(name), lp(country), lp(ISO3),
// lp(Wikidata), the aliases and the roles (appendStrings), then the
// mentions. A tenth of its JSON on a hub.
func (c *entityContrib) encode() []byte { return c.appendTo(make(key, 0, c.size())) }

// appendTo appends what encode returns to k.
func (c *entityContrib) appendTo(k key) key {
	e := &c.Entity
	k = k.b(binaryV1).lp(e.ID).lp(string(e.Kind)).lp(e.Name).lp(e.Country).lp(e.Codes.ISO3).lp(e.Codes.Wikidata)
	return appendMentions(appendStrings(appendStrings(k, e.Aliases), e.Roles), c.Mentions)
}

// size is about the bytes encode writes.
func (c *entityContrib) size() int {
	e := &c.Entity
	n := 13 + len(e.ID) + len(e.Kind) + len(e.Name) + len(e.Country) + len(e.Codes.ISO3) + len(e.Codes.Wikidata)
	return n + stringsSize(e.Aliases) + stringsSize(e.Roles) + mentionsSize(c.Mentions)
}

func decodeEntityContrib(v []byte, c *entityContrib) error {
	return decodeValue(v, "entity contribution", c, func(r *reader) {
		e := &c.Entity
		e.ID, e.Kind, e.Name, e.Country = r.lp(), r.kind(), r.lp(), r.lp()
		e.Codes.ISO3, e.Codes.Wikidata = r.lp(), r.lp()
		e.Aliases, e.Roles = r.strings(), r.strings()
		c.Mentions = r.mentions()
	})
}

// Edges.

// encode writes r as: lp(ID), lp(type), lp(from), lp(to), lp(date),
// lp(modality), lp(attributed to), the confidence, lp(event), lp(event
// document), then the events (appendStrings).
func (r *edgeRec) encode() []byte {
	e := &r.Edge
	k := make(key, 0, 96+len(e.ID)+len(e.From)+len(e.To)+len(e.EventID)+len(r.EventDoc)+40*len(r.Events)).b(binaryV1)
	k = k.lp(e.ID).lp(string(e.Type)).lp(e.From).lp(e.To).lp(e.Date.Value).lp(string(e.Modality)).lp(e.AttributedTo)
	return appendStrings(k.float(e.Confidence).lp(e.EventID).lp(r.EventDoc), r.Events)
}

func decodeEdgeRec(v []byte, r *edgeRec) error {
	return decodeValue(v, "edge record", r, func(rd *reader) {
		e := &r.Edge
		e.ID, e.Type, e.From, e.To = rd.lp(), rd.relType(), rd.lp(), rd.lp()
		e.Date = withPrecision(graph.Date{Value: rd.lp()})
		e.Modality, e.AttributedTo = rd.modality(), rd.lp()
		e.Confidence = rd.float()
		e.EventID, r.EventDoc = rd.lp(), rd.lp()
		r.Events = rd.strings()
	})
}

// Edge contributions carry a 4-byte mention count before the version byte
// so that Stats and the pair index count mentions without decoding them;
// then the confidence, lp(event) and the mentions.
func encodeEdgeContrib(c *edgeContrib) ([]byte, error) {
	k := binary.BigEndian.AppendUint32(make(key, 0, 16+len(c.Event)+6*len(c.Mentions)), uint32(len(c.Mentions)))
	return appendMentions(key(k).b(binaryV1).float(c.Confidence).lp(c.Event), c.Mentions), nil
}

func splitEdgeContrib(v []byte) (int, []byte, error) {
	if len(v) < 4 {
		return 0, nil, fmt.Errorf("store: corrupt edge contribution (%d bytes)", len(v))
	}
	return int(binary.BigEndian.Uint32(v)), v[4:], nil
}

func decodeEdgeContrib(v []byte) (*edgeContrib, error) {
	_, b, err := splitEdgeContrib(v)
	if err != nil {
		return nil, err
	}
	var c edgeContrib
	err = decodeValue(b, "edge contribution", &c, func(r *reader) {
		c.Confidence, c.Event, c.Mentions = r.float(), r.lp(), r.mentions()
	})
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// Events.

// appendEvent writes ev as lp(ID), lp(type), lp(date), lp(place),
// lp(modality), lp(attributed to), the actors and the targets
// (appendStrings), then the mentions.
func appendEvent(k key, ev *graph.Event) key {
	k = k.lp(ev.ID).lp(string(ev.Type)).lp(ev.Date.Value).lp(ev.Place).lp(string(ev.Modality)).lp(ev.AttributedTo)
	return appendMentions(appendStrings(appendStrings(k, ev.Actors), ev.Targets), ev.Mentions)
}

// event reads what appendEvent writes; actors and targets are never nil.
func (r *reader) event(ev *graph.Event) {
	ev.ID, ev.Type = r.lp(), r.relType()
	ev.Date = withPrecision(graph.Date{Value: r.lp()})
	ev.Place, ev.Modality, ev.AttributedTo = r.lp(), r.modality(), r.lp()
	ev.Actors = append([]string{}, r.strings()...)
	ev.Targets = append([]string{}, r.strings()...)
	ev.Mentions = r.mentions()
}

// encodeEventContrib writes what a document says of an event.
func encodeEventContrib(ev *graph.Event) []byte {
	return appendEvent(make(key, 0, 1+eventSize(ev)).b(binaryV1), ev)
}

// eventSize is about the bytes appendEvent writes for ev.
func eventSize(ev *graph.Event) int {
	n := 12 + len(ev.ID) + len(ev.Type) + len(ev.Date.Value) + len(ev.Place) + len(ev.Modality) + len(ev.AttributedTo)
	return n + stringsSize(ev.Actors) + stringsSize(ev.Targets) + mentionsSize(ev.Mentions)
}

func decodeEventContrib(v []byte, ev *graph.Event) error {
	return decodeValue(v, "event contribution", ev, func(r *reader) { r.event(ev) })
}

// encode writes r as the event (appendEvent), lp(base document) and
// lp(place document).
func (r *eventRec) encode() []byte {
	k := make(key, 0, 5+eventSize(&r.Event)+len(r.BaseDoc)+len(r.PlaceDoc)).b(binaryV1)
	return appendEvent(k, &r.Event).lp(r.BaseDoc).lp(r.PlaceDoc)
}

func decodeEventRec(v []byte, r *eventRec) error {
	return decodeValue(v, "event record", r, func(rd *reader) {
		rd.event(&r.Event)
		r.BaseDoc, r.PlaceDoc = rd.lp(), rd.lp()
	})
}

// Documents.

// encode writes r as: u64 load order, lp(ID), lp(title), lp(URL),
// lp(source), lp(published), then the text, raw, last: reading the head of
// a document costs no scan of its text.
func (r *docRec) encode() []byte {
	d := &r.Doc
	k := make(key, 0, 1+8+5*2+len(d.ID)+len(d.Title)+len(d.URL)+len(d.Source)+len(d.Published.Value)+len(d.Text))
	k = k.b(binaryV1).u64(r.Seq).lp(d.ID).lp(d.Title).lp(d.URL).lp(d.Source).lp(d.Published.Value)
	return append(k, d.Text...)
}

func decodeDocRec(v []byte, r *docRec) error { return decodeDoc(v, r, true) }

// docText returns the text of the document record v: in the binary form, a
// slice of v, which comes last (no copy); in the JSON form of older stores,
// the decoded text.
func docText(v []byte) ([]byte, error) {
	if len(v) > 0 && v[0] == binaryV1 {
		r := reader{b: v[1:]}
		r.u64()
		for range 5 {
			r.lpBytes()
		}
		if !r.bad {
			return r.b, nil
		}
	}
	var rec docRec
	if err := decodeDoc(v, &rec, true); err != nil {
		return nil, err
	}
	return []byte(rec.Doc.Text), nil
}

// decodeDoc decodes a document record, with its text when withText is set
// (its text comes last: a head is read without copying it).
func decodeDoc(v []byte, r *docRec, withText bool) error {
	err := decodeValue(v, "document record", r, func(rd *reader) {
		r.Seq = rd.u64()
		d := &r.Doc
		d.ID, d.Title, d.URL, d.Source = rd.lp(), rd.lp(), rd.lp(), rd.lp()
		d.Published = withPrecision(graph.Date{Value: rd.lp()})
		if !rd.bad && withText {
			d.Text = string(rd.b)
		}
		rd.b = nil
	})
	if !withText {
		r.Doc.Text = ""
	}
	return err
}

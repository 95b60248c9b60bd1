package store

import (
	"encoding/binary"
	"strings"

	"github.com/geokg/geokg/graph"
)

// The key layout of the Badger store, written down in one place.
//
// Every key starts with one prefix byte naming the record kind. Variable-length
// parts that are followed by more parts are length-prefixed (lp: a 2-byte
// big-endian length, then the bytes), so that a prefix scan over lp(x) never
// runs into lp(xy). The last part of a key is written raw, so keys under one
// prefix sort by it. Dates are written as date10: the ISO value ("2023",
// "2023-11", "2023-11-14") padded with zero bytes to 10 bytes, so the unknown
// date (all zeros) sorts first and known dates sort as their ISO strings do
// (a year before its months, a month before its days). Numbers are big-endian
// and fixed-width.
//
//	prefix  key                                        value
//	------  -----------------------------------------  -------------------------------------------
//	0x01    entity ID                                  entityRec (binary, see its encode): the merged entity
//	0x02    (retired in round 15: one entity contribution per entity and document; Open moves
//	        what an older store holds to 0x07, see migrateContribs in retired.go)
//	0x03    lp(kind) entity                            -            entities by kind
//	0x04    norm(name) 0x00 entity                     -            name and alias index (prefix search)
//	0x05    norm(name from word i>0) 0x00 entity       -            token index (word-prefix search)
//	0x06    old entity ID                              new ID       merge redirect
//	0x07    lp(entity) u64 block                       the contributions to the entity of the documents whose
//	                                                   load order falls in block: binaryV1, then per document
//	                                                   in ID order lp(doc) u32 length and the entityContrib
//	                                                   (what doc says of the entity, and the sentences that
//	                                                   name it; contribs.go)
//	0x10    edge ID                                    edgeRec (binary, see its encode; no mentions)
//	0x11    lp(edge) doc                               u32 mention count, edgeContrib (binary)
//	0x12    lp(node) lp(type) date10 edge              edgeIdx      adjacency out
//	0x13    lp(node) lp(type) date10 edge              edgeIdx      adjacency in
//	0x14    lp(type) date10 edge                       edgeIdx      edges by type and date
//	0x15    (retired in round 9: edges by date; lists by date alone run over 0x14's types.
//	        Open drops what an older store holds, see retired.go)
//	0x16    lp(entity) edge                            -            edges attributed to an entity
//	0x17    lp(event) edge                             -            edges of an event (as any
//	                                                                document ties them)
//	0x18    lp(a) lp(b) lp(type) dir date10 edge       u32 docs u32 mentions u64 confidence
//	                                                                lp(modality) lp(attributed) event
//	                                                                pair edges: a <= b, dir 0 for
//	                                                                an edge a->b, 1 for b->a
//	0x19    lp(a) b                                    pairRec (binary, see its encode; JSON in older
//	                                                   stores): per type, documents,
//	                                                   mentions, edges, last date and the
//	                                                   newest edge's head (a <= b)
//	0x1A    lp(node) lp(type) u32(^docs) ^date10 other u32 docs u32 mentions u32 edges
//	                                                                lp(newest edge) and its head:
//	                                                                lp(type) dir u64 confidence
//	                                                                lp(modality) lp(attributed) event
//	                                                                neighbors by weight, type ""
//	                                                                for all types (pairs.go)
//	0x20    event ID                                   eventRec (binary, see its encode; no mentions)
//	0x21    lp(event) doc                              graph.Event (binary, encodeEventContrib): what doc says of it
//	0x22    (retired in round 9: events by date; lists by date alone run over 0x24's types.
//	        Open drops what an older store holds)
//	0x23    lp(entity) date10 event                    lp(type)     events by participant
//	0x24    lp(type) date10 event                      -            events by type
//	0x30    doc ID                                     docRec: the document and its load order
//	                                                   (binary, text last; see docRec.encode)
//	0x31    u64 load order doc                         -            documents in load order
//	0x33    lp(doc) u32 part                           the facts of a document, each a kind byte
//	                                                   and lp(ID): one list per write (docfacts.go)
//	                                                   (kind byte 'n' entity, 'e' edge, 'v' event)
//	0x34    lp(doc) u32 chunk                          sentences: the texts of sentences chunk*64 to
//	                                                   chunk*64+63 that are not the document's text at
//	                                                   their offsets, once per document (sentenceChunk)
//	0x3F    's'                                        Stats JSON: the counts, kept by every write
//	0x3F    'a'                                        u64 last applied log sequence (cluster mode, applied.go)
//	0x3F    'r'                                        u64 first sequence of the run of log operations
//	                                                   being applied in parts (cluster mode, applied.go)
//	0x3F    'p'                                        pendingRec JSON: a document being written or
//	                                                   deleted in parts (large.go); Open takes it out
//	0x3F    'i'                                        version (2) of the complete pair index (pairs.go)
//	0x3F    'c'                                        u64 entries written since the last compaction
//	                                                   (compact.go)
//	0x3F    'k'                                        -            a marker Compact writes and drops at
//	                                                   once, to have Badger compact level 0 (compact.go)
//	0x3F    'w' u64                                    JSON list of {a, b, was}: the pairs whose rank keys a
//	                                                   bulk load's rank window left behind, with the records
//	                                                   those keys reflect; one key per transaction that noted
//	                                                   new pairs, all dropped by the window's flush (ranks.go)
//	0x40    'm' u64 id u64 nonce                       the catalog entry of a run (store/segment)
//	0x40    'b' u64 nonce u32 block                    a block of a run: S2-compressed, sorted entries
//
// Runs: every key under 0x01-0x24 but the redirects (0x06) lives not as a Badger entry but as
// an entry of a run, with the same key and value (segments.go): each write
// transaction writes its entries under those prefixes as one sorted run of
// compressed blocks, reads merge the runs newest first, and a background
// merger keeps them few. Only the documents' keys (0x30-0x34), the
// bookkeeping (0x3F), the redirects (0x06) and the runs (0x40) are Badger
// entries.
//
// edgeIdx is lp(type) lp(from) lp(to) lp(modality): enough to filter an
// adjacency scan without reading edge records. An edge is indexed out at its
// From and in at its To; an edge of a symmetric type (graph.CanonicalEnds
// order) is indexed out and in at both ends, so it appears in both directions.
//
// Sentences: the mentions in contributions (0x07, 0x11, 0x21) hold only the
// sentence index and byte offsets; their document is the contribution's and
// their text is the document's text at those offsets (0x30), or, for a
// sentence whose text is not, is stored once per document under 0x34, 64
// sentences to a key, each entry u32 sentence, u32 start, u32 end, u32
// length and the text; so a document costs storage linear in its text
// however many facts share a sentence. The loader's sentences are all the
// document's text; stores written before round 34 hold every sentence
// under 0x34, which reads look in first. Reads fill Mention.DocumentID and
// Mention.Text back in (records written before the sentence table carry
// both inline and are read as they are).
//
// Counting: the counts that Stats reports live in one record (0x3F 's'); each
// write transaction adds its changes to it (writers take turns, so the record
// is no point of conflict). Stats.Mentions counts the mentions of edges
// (sentences that state a relation, summed over edges), which the u32 header
// of the 0x11 values gives without decoding them; entity and event mentions
// are not counted. DB.CountStats recounts by scanning.
//
// Derived records (0x01, 0x10, 0x20 and their indexes) are folds of the
// per-document contributions (0x02, 0x11, 0x21): each single-valued field is
// taken from the contribution of the smallest document ID that has it, sets
// are unions (an entity counts, per name and role, the documents that state
// it), and confidence is the maximum. The fold does not depend on order, so
// Ingest folds a new contribution into the stored record, and deleting a
// document gives exactly what loading only the others gives: DeleteDocument
// unfolds an entity's contribution when the document set none of its
// single-valued fields and otherwise rebuilds the record from the rest.
//
// The record kind prefixes:
const (
	pEntity        byte = 0x01
	pEntityContrib byte = 0x02
	pEntityKind    byte = 0x03
	pName          byte = 0x04
	pToken         byte = 0x05
	pRedirect      byte = 0x06
	pContribs      byte = 0x07

	pEdge        byte = 0x10
	pEdgeContrib byte = 0x11
	pOut         byte = 0x12
	pIn          byte = 0x13
	pEdgeType    byte = 0x14
	pEdgeDate    byte = 0x15 // retired: see retired.go
	pEdgeAttr    byte = 0x16
	pEventEdge   byte = 0x17
	pPairEdge    byte = 0x18
	pPair        byte = 0x19
	pRank        byte = 0x1A

	pEvent        byte = 0x20
	pEventContrib byte = 0x21
	pEventDate    byte = 0x22 // retired: see retired.go
	pEventPart    byte = 0x23
	pEventType    byte = 0x24

	pDoc      byte = 0x30
	pDocOrder byte = 0x31
	pDocFact  byte = 0x33
	pSentence byte = 0x34

	pMeta byte = 0x3F
)

// countsKey returns the key of the Stats counts.
func countsKey() []byte { return []byte{pMeta, 's'} }

// Fact kind bytes of the 0x33 keys.
const (
	factEntity byte = 'n'
	factEdge   byte = 'e'
	factEvent  byte = 'v'
)

const date10Len = 10

// key builds keys part by part.
type key []byte

func newKey(prefix byte, capacity int) key {
	k := make(key, 1, 1+capacity)
	k[0] = prefix
	return k
}

// lp appends a length-prefixed string.
func (k key) lp(s string) key {
	k = binary.BigEndian.AppendUint16(k, uint16(len(s)))
	return append(k, s...)
}

// raw appends s as is.
func (k key) raw(s string) key { return append(k, s...) }

// b appends one byte.
func (k key) b(c byte) key { return append(k, c) }

// date appends the date10 form of an ISO date value.
func (k key) date(v string) key {
	var d [date10Len]byte
	copy(d[:], v)
	return append(k, d[:]...)
}

// u32 appends a big-endian uint32.
func (k key) u32(n uint32) key { return binary.BigEndian.AppendUint32(k, n) }

// u64 appends a big-endian uint64.
func (k key) u64(n uint64) key { return binary.BigEndian.AppendUint64(k, n) }

// reader takes keys apart.
type reader struct {
	b   []byte
	bad bool
}

// take reads the next n bytes without copying them; too few mark r bad
// (and give nil).
func (r *reader) take(n int) []byte {
	if n < 0 || len(r.b) < n {
		r.bad = true
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

// lpBytes reads a length-prefixed field without copying it.
func (r *reader) lpBytes() []byte {
	n := r.take(2)
	if n == nil {
		return nil
	}
	return r.take(int(binary.BigEndian.Uint16(n)))
}

// u32 reads a big-endian uint32; too few bytes mark r bad.
func (r *reader) u32() uint32 {
	if b := r.take(4); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

// byte reads one byte; none marks r bad.
func (r *reader) byte() byte {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) lp() string { return string(r.lpBytes()) }

// relType, modality and kind read a length-prefixed name of a closed set
// (the ontology's): a known one is returned without a copy, which spares a
// hub's index scans an allocation per entry.
func (r *reader) relType() graph.RelationType { return known(r.lpBytes(), graph.ScoredRelationTypes) }
func (r *reader) modality() graph.Modality    { return known(r.lpBytes(), graph.Modalities) }
func (r *reader) kind() graph.Kind            { return known(r.lpBytes(), graph.Kinds) }

// known returns the member of set spelled b, or b copied.
func known[T ~string](b []byte, set []T) T {
	for _, t := range set {
		if string(t) == string(b) {
			return t
		}
	}
	return T(b)
}

func (r *reader) date() string {
	return strings.TrimRight(string(r.take(date10Len)), "\x00")
}

func (r *reader) u64() uint64 {
	if b := r.take(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

func (r *reader) rest() string {
	s := string(r.b)
	r.b = nil
	return s
}

// Record keys.

func entityKey(id string) key             { return newKey(pEntity, len(id)).raw(id) }
func entityContribPrefix(id string) key   { return newKey(pEntityContrib, len(id)+2).lp(id) }
func entityContribKey(id, doc string) key { return entityContribPrefix(id).raw(doc) }
func entityKindKey(k graph.Kind, id string) key {
	return newKey(pEntityKind, len(k)+2+len(id)).lp(string(k)).raw(id)
}
func nameKey(norm, id string) key  { return newKey(pName, len(norm)+1+len(id)).raw(norm).b(0).raw(id) }
func tokenKey(norm, id string) key { return newKey(pToken, len(norm)+1+len(id)).raw(norm).b(0).raw(id) }
func redirectKey(id string) key    { return newKey(pRedirect, len(id)).raw(id) }

// lpPrefix is the key prefix p lp(id), with room for more bytes after it
// (a contribution key's document), so that appending them does not grow it.
func lpPrefix(p byte, id string, more int) key { return newKey(p, len(id)+2+more).lp(id) }

func edgeKey(id string) key             { return newKey(pEdge, len(id)).raw(id) }
func edgeContribPrefix(id string) key   { return lpPrefix(pEdgeContrib, id, 0) }
func edgeContribKey(id, doc string) key { return lpPrefix(pEdgeContrib, id, len(doc)).raw(doc) }
func adjPrefix(p byte, node string) key { return newKey(p, len(node)+2+16+date10Len+40).lp(node) }
func adjKey(p byte, node string, t graph.RelationType, date, id string) key {
	return adjPrefix(p, node).lp(string(t)).date(date).raw(id)
}
func edgeTypeKey(t graph.RelationType, date, id string) key {
	return newKey(pEdgeType, len(t)+2+date10Len+len(id)).lp(string(t)).date(date).raw(id)
}
func edgeAttrKey(attr, id string) key {
	return newKey(pEdgeAttr, len(attr)+2+len(id)).lp(attr).raw(id)
}
func eventEdgeKey(event, id string) key {
	return newKey(pEventEdge, len(event)+2+len(id)).lp(event).raw(id)
}

func eventKey(id string) key             { return newKey(pEvent, len(id)).raw(id) }
func eventContribPrefix(id string) key   { return lpPrefix(pEventContrib, id, 0) }
func eventContribKey(id, doc string) key { return lpPrefix(pEventContrib, id, len(doc)).raw(doc) }
func eventPartKey(entity, date, id string) key {
	return newKey(pEventPart, len(entity)+2+date10Len+len(id)).lp(entity).date(date).raw(id)
}
func eventTypeKey(t graph.RelationType, date, id string) key {
	return newKey(pEventType, len(t)+2+date10Len+len(id)).lp(string(t)).date(date).raw(id)
}

func docKey(id string) key { return newKey(pDoc, len(id)).raw(id) }
func docOrderKey(seq uint64, id string) key {
	return newKey(pDocOrder, 8+len(id)).u64(seq).raw(id)
}
func sentencePrefix(doc string) key { return newKey(pSentence, len(doc)+2+4).lp(doc) }
func sentenceKey(doc string, sentence int) key {
	return sentencePrefix(doc).u32(uint32(sentence / sentenceChunk))
}

// sentenceChunk is how many sentences one 0x34 value holds.
const sentenceChunk = 64

// sentenceRef names a sentence of a document as a mention does.
type sentenceRef struct{ Sentence, Start, End int }

// edgeIdx is the value of the adjacency, type and date index keys.
type edgeIdx struct {
	Type     graph.RelationType
	From, To string
	Modality graph.Modality
}

func (v edgeIdx) encode() []byte {
	k := make(key, 0, 8+len(v.Type)+len(v.From)+len(v.To)+len(v.Modality))
	return k.lp(string(v.Type)).lp(v.From).lp(v.To).lp(string(v.Modality))
}

func decodeEdgeIdx(b []byte) (edgeIdx, bool) {
	r := reader{b: b}
	v := edgeIdx{Type: r.relType(), From: r.lp(), To: r.lp(), Modality: r.modality()}
	return v, !r.bad
}

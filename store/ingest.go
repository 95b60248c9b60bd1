package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/geokg/geokg/graph"
)

// Ingest writes a document and all its facts atomically: it is
// IngestBatch with one extraction. It is idempotent by document ID: when the
// document is stored already, Created is false and nothing is written.
//
// The store is the authority on fact IDs: entity IDs are resolved through
// merge redirects, symmetric edges get graph.CanonicalEnds, and edge and event
// IDs are recomputed with graph.EdgeID and graph.EventID (an edge's EventID is
// mapped along). Facts repeated in one extraction are merged. Ingest refuses
// with ErrInvalid an extraction with an empty document ID, an entity of an
// unknown kind or whose ID does not match its kind, a relation type that is
// neither an ontology type nor a lower-case snake_case name, an unknown
// modality, a bad date, an unnamed entity, a confidence outside [0, 1], an
// edge or event that names an entity (ends, actors, targets, claimant) or an
// event not in the extraction, or mentions with bad offsets.
func (db *DB) Ingest(ctx context.Context, x *graph.Extraction) (IngestResult, error) {
	rs, err := db.IngestBatch(ctx, []*graph.Extraction{x})
	if err != nil {
		return IngestResult{}, err
	}
	return rs[0].IngestResult, rs[0].Err
}

// IngestBatch writes many documents with few transactions: the documents of
// a batch go into one Badger transaction when they fit (each entity record
// is read and written once per transaction, however many documents name
// it), and the batch is split when they do not. Each document is atomic and
// idempotent as with Ingest; a document too rich for one transaction is
// written in parts that readers never see half done (see ingestLarge). With
// Options.SyncWrites (the default on disk) every transaction is on disk
// when IngestBatch returns.
//
// The results are one per extraction, in order; an invalid extraction gets
// its error there and the others are written. The error return is for the
// whole batch (closed store, cancelled context, I/O): then nothing of the
// batch that was not reported written may be assumed stored.
func (db *DB) IngestBatch(ctx context.Context, xs []*graph.Extraction) ([]BatchResult, error) {
	return db.ingestBatch(ctx, unprepared(xs), db.update, func() {})
}

// updater runs fn in a read-write transaction (DB.update, or a pipelined
// BulkWriter's update).
type updater func(ctx context.Context, op string, fn func(w *wtx) error) error

// ingestBatch is IngestBatch with the transactions of up; beforeLarge runs
// before a document is written in parts, with transactions of its own.
func (db *DB) ingestBatch(ctx context.Context, ps []*Prepared, up updater, beforeLarge func()) ([]BatchResult, error) {
	out := make([]BatchResult, len(ps))
	todo := make([]int, 0, len(ps))
	for i, p := range ps {
		switch {
		case p == nil || p.x == nil:
			out[i].Err = fmt.Errorf("%w: nil extraction", ErrInvalid)
		default:
			x := p.x
			out[i].DocumentID = x.Document.ID
			if err := p.check(); err != nil {
				out[i].Err = err
				continue
			}
			if FactUnits(x) > db.largeFacts() {
				// It will not fit in one transaction: do not try.
				beforeLarge()
				if out[i].IngestResult, out[i].Err = db.ingestLarge(ctx, x); errors.Is(out[i].Err, ErrClosed) {
					return nil, out[i].Err
				}
				continue
			}
			todo = append(todo, i)
		}
	}
	if err := db.ingestSome(ctx, ps, todo, out, up, beforeLarge); err != nil {
		if errors.Is(err, ErrClosed) {
			return nil, err
		}
		return nil, wrap("ingest batch", err)
	}
	for i := range out {
		if out[i].Created {
			db.log.Debug("store: ingested", "doc", out[i].DocumentID, "entities", out[i].Entities, "edges", out[i].Edges)
		}
	}
	return out, nil
}

// largeFacts is the fact count above which a document goes straight to
// ingestLarge: a twelfth of the entries a transaction holds, since a fact
// writes up to about ten keys (4,300 facts with DefaultOptions).
func (db *DB) largeFacts() int { return int(db.bdb.MaxBatchCount() / 12) }

// FactUnits counts the facts and mentions of x, the units in which the store
// sizes its transactions (a batch's, or a document's written in parts).
func FactUnits(x *graph.Extraction) int {
	n := len(x.Entities) + len(x.Events) + len(x.Edges)
	for _, e := range x.Edges {
		n += len(e.Mentions) / 4
	}
	return n
}

// BatchResult is what IngestBatch did with one extraction.
type BatchResult struct {
	IngestResult
	// Err is why this extraction was not written (ErrInvalid,
	// ErrDocumentTooLarge); nil when it was written or already stored.
	Err error
}

// ingestSome writes the extractions ps[i], i in idx, in one transaction,
// splitting the set in halves while it is too big for one. A document that
// alone is too big goes to ingestLarge; one that the store refuses gets its
// error in out and the others are retried without it.
func (db *DB) ingestSome(ctx context.Context, ps []*Prepared, idx []int, out []BatchResult, up updater, beforeLarge func()) error {
	for len(idx) > 0 {
		if head, rest := db.fit.group(ps, idx); len(rest) > 0 {
			if err := db.ingestSome(ctx, ps, head, out, up, beforeLarge); err != nil {
				return err
			}
			idx = rest
			continue
		}
		failed := -1
		err := up(ctx, "ingest", func(w *wtx) error {
			for _, i := range idx {
				res, err := db.apply(w, ps[i])
				if err != nil {
					failed = i
					return err
				}
				out[i].IngestResult = res
			}
			return nil
		})
		switch {
		case err == nil:
			db.fit.learn(writeCost(ps, idx), true)
			return nil
		case errors.Is(err, badger.ErrTxnTooBig) && len(idx) == 1:
			r := &out[idx[0]]
			beforeLarge()
			if r.IngestResult, r.Err = db.ingestLarge(ctx, ps[idx[0]].x); errors.Is(r.Err, ErrClosed) {
				return r.Err
			}
			return nil
		case errors.Is(err, badger.ErrTxnTooBig):
			db.oversized.Add(1)
			db.fit.learn(writeCost(ps, idx), false)
			h := len(idx) / 2
			if err := db.ingestSome(ctx, ps, idx[:h], out, up, beforeLarge); err != nil {
				return err
			}
			return db.ingestSome(ctx, ps, idx[h:], out, up, beforeLarge)
		case failed >= 0 && errors.Is(err, ErrInvalid):
			out[failed].Err = err
			idx = slices.DeleteFunc(slices.Clone(idx), func(i int) bool { return i == failed })
		default:
			return err
		}
	}
	return nil
}

// apply writes the validated extraction p in w unless its document is
// stored already, and reports what it holds. It is the one place where a document
// joins the store (write folds its facts in).
func (db *DB) apply(w *wtx, p *Prepared) (IngestResult, error) {
	x := p.x
	res := IngestResult{DocumentID: x.Document.ID}
	var rec docRec
	stored, err := w.read(docKey(x.Document.ID), func(v []byte) error { return decodeDocRec(v, &rec) })
	if err != nil {
		return res, err
	}
	n, err := db.normalized(w, p)
	if err != nil {
		return res, err
	}
	res.Entities, res.Edges = len(n.entities), len(n.edges)
	if stored {
		res.Document = &rec.Doc
		return res, nil
	}
	res.Document = &n.doc
	if err := db.writeHead(w, n); err != nil {
		return res, err
	}
	for i := range n.units() {
		if err := db.writeUnit(w, n, i, true); err != nil {
			return res, err
		}
	}
	res.Created = true
	return res, nil
}

// has reports whether txn holds key k.
func has(txn *tx, k []byte) (bool, error) {
	_, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	return err == nil, err
}

// validRelationType accepts the ontology's types and other lower-case snake_case names
// (ONTOLOGY.md allows more types than those it scores).
func validRelationType(t graph.RelationType) bool {
	if t.Valid() {
		return true
	}
	if len(t) == 0 || len(t) > 40 || t[0] < 'a' || t[0] > 'z' {
		return false
	}
	for _, c := range []byte(t) {
		if (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return true
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

func validDate(d graph.Date) error {
	if d.Value == "" {
		return nil
	}
	p, err := graph.ParseDate(d.Value)
	if err != nil || p.Value != d.Value {
		return invalid("bad date %q", d.Value)
	}
	if d.Precision != "" && d.Precision != p.Precision {
		return invalid("date %q with precision %q", d.Value, d.Precision)
	}
	return nil
}

// validate checks an extraction against the model, without touching the store.
func validate(x *graph.Extraction) error {
	if strings.TrimSpace(x.Document.ID) == "" {
		return invalid("empty document ID")
	}
	if err := validDate(x.Document.Published); err != nil {
		return fmt.Errorf("document published: %w", err)
	}
	ents, err := validEntities(x)
	if err != nil {
		return err
	}
	events := make(map[string]bool, len(x.Events))
	for i := range x.Events {
		if err := validEvent(&x.Events[i], ents); err != nil {
			return err
		}
		events[x.Events[i].ID] = true
	}
	for i := range x.Edges {
		if err := validEdge(&x.Edges[i], ents, events); err != nil {
			return err
		}
	}
	return nil
}

// validEntities checks the entities of x and their mentions, and returns
// the set of their IDs.
func validEntities(x *graph.Extraction) (map[string]bool, error) {
	ents := make(map[string]bool, len(x.Entities))
	for i := range x.Entities {
		e := &x.Entities[i]
		if !e.Kind.Valid() {
			return nil, invalid("entity %q: bad kind %q", e.ID, e.Kind)
		}
		if k, ok := graph.KindOfID(e.ID); !ok || k != e.Kind {
			return nil, invalid("entity ID %q does not name a %s", e.ID, e.Kind)
		}
		if strings.TrimSpace(e.Name) == "" {
			return nil, invalid("entity %q has no name", e.ID)
		}
		ents[e.ID] = true
	}
	for id := range x.EntityMentions {
		if !ents[id] {
			return nil, invalid("mentions of entity %q, which the extraction lacks", id)
		}
	}
	return ents, nil
}

// validEvent checks event ev; its participants and claimant must be among ents.
func validEvent(ev *graph.Event, ents map[string]bool) error {
	what := func() string { return fmt.Sprintf("event %q", ev.ID) }
	if err := validFact(what, ev.Type, ev.Modality, ev.Date); err != nil {
		return err
	}
	if len(ev.Actors)+len(ev.Targets) == 0 {
		return invalid("%s has no participant", what())
	}
	if err := needEntities(ents, what, ev.Participants()...); err != nil {
		return err
	}
	return needClaimant(ents, what, ev.AttributedTo)
}

// validEdge checks edge e; its ends and claimant must be among ents, and its
// event among events.
func validEdge(e *graph.Edge, ents, events map[string]bool) error {
	what := func() string { return fmt.Sprintf("edge %s %s->%s", e.Type, e.From, e.To) }
	if err := validFact(what, e.Type, e.Modality, e.Date); err != nil {
		return err
	}
	if math.IsNaN(e.Confidence) || e.Confidence < 0 || e.Confidence > 1 {
		return invalid("%s: confidence %v outside [0, 1]", what(), e.Confidence)
	}
	if err := needEntities(ents, what, e.From, e.To); err != nil {
		return err
	}
	if err := needClaimant(ents, what, e.AttributedTo); err != nil {
		return err
	}
	if e.EventID != "" && !events[e.EventID] {
		return invalid("%s: event %q is not in the extraction", what(), e.EventID)
	}
	return nil
}

// validFact checks the relation type, modality and date of an edge or event.
func validFact(what func() string, t graph.RelationType, m graph.Modality, d graph.Date) error {
	if !validRelationType(t) {
		return invalid("%s: bad relation type %q", what(), t)
	}
	if m != "" && !m.Valid() {
		return invalid("%s: bad modality %q", what(), m)
	}
	if err := validDate(d); err != nil {
		return fmt.Errorf("%s: %w", what(), err)
	}
	return nil
}

// needEntities refuses the first of ids that is not in ents.
func needEntities(ents map[string]bool, what func() string, ids ...string) error {
	for _, id := range ids {
		if !ents[id] {
			return invalid("%s names entity %q, which the extraction lacks", what(), id)
		}
	}
	return nil
}

// needClaimant refuses a claimant (attributedTo) that is not in ents; none
// ("") is fine.
func needClaimant(ents map[string]bool, what func() string, id string) error {
	if id == "" {
		return nil
	}
	return needEntities(ents, what, id)
}

// normalized is an extraction as the store writes it: IDs resolved and
// recomputed, repeats merged, mentions reduced to offsets and their
// sentences collected once.
type normalized struct {
	doc       graph.Document
	sentences sentences
	// sentenceRefs are the keys of sentences in order; chunks splits them
	// by 0x34 key.
	sentenceRefs []sentenceRef
	chunks       [][]sentenceRef
	entities     []*entityContrib
	events       []*graph.Event
	edges        []*normEdge
	// mentions holds the stripped mentions of the entities, events and
	// edges, each a slice of it (strip).
	mentions []graph.Mention
	// seq is the document's load order, set by writeHead, or before the
	// parts of a large document (its contributions are kept by its block).
	seq uint64
}

type normEdge struct {
	head    graph.Edge // the fields fixed by the ID
	contrib edgeContrib
}

func orAsserted(m graph.Modality) graph.Modality {
	if m == "" {
		return graph.Asserted
	}
	return m
}

func withPrecision(d graph.Date) graph.Date {
	if d.Value == "" {
		return graph.Date{}
	}
	return graph.Date{Value: d.Value, Precision: d.Prec()}
}

// sentences collects the sentence texts of a document's mentions, each once.
type sentences map[sentenceRef]string

// sentenceBytesGuess is about the length of a news sentence, to size the
// map of a document's sentences.
const sentenceBytesGuess = 160

// strip returns ms in the stored form: offsets only, without the document
// (the contribution's) and the text, which it records in n.sentences.
// Mentions that name one sentence with different texts are refused. The
// lists of a document share one array (n.mentions): a list of its own for
// each entity, event and edge, and sorting it with sort.SliceStable (see
// sortMentions), were a third of Prepare's allocations (BenchmarkPrepare).
func (n *normalized) strip(ms []graph.Mention) ([]graph.Mention, error) {
	start := len(n.mentions)
	for _, m := range ms {
		r := sentenceRef{Sentence: m.Sentence, Start: m.Start, End: m.End}
		if r.Sentence < 0 || r.Start < 0 || r.End < r.Start || r.End > math.MaxUint32 {
			return nil, invalid("mention at sentence %d, bytes %d-%d: bad offsets", r.Sentence, r.Start, r.End)
		}
		if have, ok := n.sentences[r]; ok && have != m.Text {
			return nil, invalid("mentions of sentence %d (bytes %d-%d) disagree on its text", r.Sentence, r.Start, r.End)
		} else if !ok && m.Text != "" {
			n.sentences[r] = m.Text
		}
		n.mentions = append(n.mentions, graph.Mention{Sentence: m.Sentence, Start: m.Start, End: m.End})
	}
	end := len(n.mentions)
	return sortMentions(n.mentions[start:end:end]), nil // appending to it copies
}

// mentionCount is how many mentions x states, to size a normalized's
// array of them.
func mentionCount(x *graph.Extraction) int {
	c := 0
	for _, ms := range x.EntityMentions {
		c += len(ms)
	}
	for i := range x.Events {
		c += len(x.Events[i].Mentions)
	}
	for i := range x.Edges {
		c += len(x.Edges[i].Mentions)
	}
	return c
}

// normalize maps a validated extraction to what is written, resolving entity
// IDs through the redirects that w sees.
func (db *DB) normalize(w *wtx, x *graph.Extraction) (*normalized, error) {
	return normalizeWith(x, db.resolverOf(w))
}

// normalizeWith is normalize with the redirects of rs.
func normalizeWith(x *graph.Extraction, rs resolver) (*normalized, error) {
	// The maps and lists are sized for x: growing them was a third of
	// Prepare's allocations.
	n := &normalized{doc: x.Document, sentences: make(sentences, len(x.Document.Text)/sentenceBytesGuess+4)}
	n.mentions = make([]graph.Mention, 0, mentionCount(x))
	n.doc.Published = withPrecision(n.doc.Published)
	if err := n.addEntities(rs, x); err != nil {
		return nil, err
	}
	eventIDs, err := n.addEvents(rs, x)
	if err != nil {
		return nil, err
	}
	if err := n.addEdges(rs, x, eventIDs); err != nil {
		return nil, err
	}
	n.chunkSentences()
	return n, nil
}

// resolver maps entity IDs to the IDs they are stored under, each once
// (cache).
type resolver struct {
	cache map[string]string
	// follow returns the ID that id was merged into, id when none.
	follow func(id string) (string, error)
	// nameOf returns the name of the stored entity id, "" when none.
	nameOf func(id string) (string, error)
}

// resolverOf follows the merge redirects that w sees. Redirects do not
// change within an ingest transaction, so the batch shares one cache.
func (db *DB) resolverOf(w *wtx) resolver {
	if w.resolved == nil {
		w.resolved = map[string]string{}
	}
	return resolver{
		cache:  w.resolved,
		follow: func(id string) (string, error) { return db.resolveWith(w.read, id) },
		nameOf: func(id string) (string, error) {
			r, err := w.entity(id)
			if r == nil || err != nil {
				return "", err
			}
			return r.Name, nil
		},
	}
}

// noRedirects is a resolver for a store without merge redirects: each ID
// is its own, and cache records the IDs it was asked for, about size.
func noRedirects(size int) resolver {
	return resolver{
		cache:  make(map[string]string, size),
		follow: func(id string) (string, error) { return id, nil },
		nameOf: func(string) (string, error) { return "", nil },
	}
}

func (rs resolver) one(id string) (string, error) {
	if id == "" {
		return "", nil
	}
	if r, ok := rs.cache[id]; ok {
		return r, nil
	}
	r, err := rs.follow(id)
	if err != nil {
		return "", err
	}
	rs.cache[id] = r
	return r, nil
}

// all resolves ids, each resolved ID once, in order.
func (rs resolver) all(ids []string) ([]string, error) {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		r, err := rs.one(id)
		if err != nil {
			return nil, err
		}
		if !containsString(out, r) {
			out = append(out, r)
		}
	}
	return out, nil
}

// addEntities adds the entities of x, merged by resolved ID.
func (n *normalized) addEntities(rs resolver, x *graph.Extraction) error {
	byID := make(map[string]*entityContrib, len(x.Entities))
	n.entities = make([]*entityContrib, 0, len(x.Entities))
	for i := range x.Entities {
		e := x.Entities[i]
		id, err := rs.one(e.ID)
		if err != nil {
			return err
		}
		country, err := rs.one(e.Country)
		if err != nil {
			return err
		}
		c, ok := byID[id]
		if !ok {
			if c, err = newEntityContrib(rs, e, id, country); err != nil {
				return err
			}
			byID[id] = c
			n.entities = append(n.entities, c)
		}
		foldEntity(c, &e, country)
		if ms := x.EntityMentions[e.ID]; c.Mentions == nil {
			c.Mentions = slices.Clip(ms) // strip copies it; a second list appends to a copy
		} else {
			c.Mentions = append(c.Mentions, ms...)
		}
	}
	for _, c := range n.entities {
		if c.Entity.Name != "" {
			c.Entity.Aliases = removeString(c.Entity.Aliases, c.Entity.Name)
		}
		var err error
		if c.Mentions, err = n.strip(c.Mentions); err != nil {
			return err
		}
	}
	return nil
}

// newEntityContrib starts the contribution of entity e, resolved to id.
func newEntityContrib(rs resolver, e graph.Entity, id, country string) (*entityContrib, error) {
	name := e.Name
	if id != e.ID {
		// A merged-away entity goes by the name of the one it was merged
		// into, as MergeEntities gives the contributions it moves; its own
		// name becomes an alias.
		stored, err := rs.nameOf(id)
		if err != nil {
			return nil, err
		}
		if stored != "" {
			name = stored
		}
	}
	return &entityContrib{Entity: graph.Entity{ID: id, Kind: e.Kind, Name: name, Country: country, Codes: e.Codes}}, nil
}

// foldEntity folds what e says into its contribution c.
func foldEntity(c *entityContrib, e *graph.Entity, country string) {
	if c.Entity.Name == "" {
		c.Entity.Name = e.Name
	}
	if c.Entity.Name != e.Name {
		c.Entity.Aliases = unionSorted(c.Entity.Aliases, e.Name)
	}
	c.Entity.Aliases = unionSorted(c.Entity.Aliases, e.Aliases...)
	c.Entity.Roles = unionSorted(c.Entity.Roles, e.Roles...)
	if c.Entity.Country == "" {
		c.Entity.Country = country
	}
	if c.Entity.Codes.ISO3 == "" {
		c.Entity.Codes.ISO3 = e.Codes.ISO3
	}
	if c.Entity.Codes.Wikidata == "" {
		c.Entity.Codes.Wikidata = e.Codes.Wikidata
	}
}

// addEvents adds the events of x with recomputed IDs, merging repeats, and
// returns the map from the extraction's event IDs to the stored ones.
func (n *normalized) addEvents(rs resolver, x *graph.Extraction) (map[string]string, error) {
	eventIDs := make(map[string]string, len(x.Events))
	byID := make(map[string]*graph.Event, len(x.Events))
	n.events = make([]*graph.Event, 0, len(x.Events))
	for i := range x.Events {
		ev := x.Events[i]
		var err error
		if ev.Actors, err = rs.all(ev.Actors); err != nil {
			return nil, err
		}
		if ev.Targets, err = rs.all(ev.Targets); err != nil {
			return nil, err
		}
		if ev.Place, err = rs.one(ev.Place); err != nil {
			return nil, err
		}
		if ev.AttributedTo, err = rs.one(ev.AttributedTo); err != nil {
			return nil, err
		}
		ev.Date = withPrecision(ev.Date)
		ev.Modality = orAsserted(ev.Modality)
		ev.ID = graph.EventID(ev.Type, ev.Actors, ev.Targets, ev.Date)
		eventIDs[x.Events[i].ID] = ev.ID
		if ev.Mentions, err = n.strip(ev.Mentions); err != nil {
			return nil, err
		}
		if prev, ok := byID[ev.ID]; ok {
			prev.Mentions = sortMentions(append(prev.Mentions, ev.Mentions...))
			if prev.Place == "" {
				prev.Place = ev.Place
			}
			continue
		}
		byID[ev.ID] = &ev
		n.events = append(n.events, &ev)
	}
	return eventIDs, nil
}

// addEdges adds the edges of x with canonical ends and recomputed IDs,
// merging repeats; eventIDs maps their events.
func (n *normalized) addEdges(rs resolver, x *graph.Extraction, eventIDs map[string]string) error {
	byID := make(map[string]*normEdge, len(x.Edges))
	n.edges = make([]*normEdge, 0, len(x.Edges))
	for i := range x.Edges {
		e := x.Edges[i]
		var err error
		if e.From, err = rs.one(e.From); err != nil {
			return err
		}
		if e.To, err = rs.one(e.To); err != nil {
			return err
		}
		if e.AttributedTo, err = rs.one(e.AttributedTo); err != nil {
			return err
		}
		e.From, e.To = graph.CanonicalEnds(e.Type, e.From, e.To)
		e.Date = withPrecision(e.Date)
		e.Modality = orAsserted(e.Modality)
		e.ID = graph.EdgeID(e.Type, e.From, e.To, e.Date, e.Modality, e.AttributedTo)
		ms, err := n.strip(e.Mentions)
		if err != nil {
			return err
		}
		c := edgeContrib{Confidence: e.Confidence, Event: eventIDs[e.EventID], Mentions: ms}
		if prev, ok := byID[e.ID]; ok {
			prev.contrib.Confidence = max(prev.contrib.Confidence, c.Confidence)
			prev.contrib.Mentions = sortMentions(append(prev.contrib.Mentions, c.Mentions...))
			if prev.contrib.Event == "" {
				prev.contrib.Event = c.Event
			}
			continue
		}
		head := graph.Edge{ID: e.ID, Type: e.Type, From: e.From, To: e.To, Date: e.Date,
			Modality: e.Modality, AttributedTo: e.AttributedTo}
		ne := &normEdge{head: head, contrib: c}
		byID[e.ID] = ne
		n.edges = append(n.edges, ne)
	}
	return nil
}

// chunkSentences orders the sentences collected and splits those to be
// stored by 0x34 key: the sentences whose text is not the document's text
// at their offsets, which reads take it from (fillMentions). The loader's
// sentences are all the document's, and a document's text was stored twice
// before (round 34).
func (n *normalized) chunkSentences() {
	n.sentenceRefs = slices.SortedFunc(maps.Keys(n.sentences), func(a, b sentenceRef) int {
		return cmp.Or(cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	for _, r := range n.sentenceRefs {
		if inText(n.doc.Text, r, n.sentences[r]) {
			continue
		}
		last := len(n.chunks) - 1
		if last < 0 || r.Sentence/sentenceChunk != n.chunks[last][0].Sentence/sentenceChunk {
			n.chunks, last = append(n.chunks, nil), last+1
		}
		n.chunks[last] = append(n.chunks[last], r)
	}
}

// inText reports whether text is the document's text at r's offsets.
func inText(doc string, r sentenceRef, text string) bool {
	return r.Start <= r.End && r.End <= len(doc) && doc[r.Start:r.End] == text
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func removeString(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// units returns how many write units n has: its entities, events, edges and
// chunks of sentences, each written whole by writeUnit.
func (n *normalized) units() int {
	return len(n.entities) + len(n.events) + len(n.edges) + len(n.chunks)
}

// writeHead stores the document record of a new document.
func (db *DB) writeHead(w *wtx, n *normalized) error {
	w.delta.Documents++
	doc := n.doc.ID
	if n.seq == 0 {
		n.seq = w.docSeq(db)
	}
	if err := w.set(docKey(doc), (&docRec{Seq: n.seq, Doc: n.doc}).encode()); err != nil {
		return err
	}
	return w.set(docOrderKey(n.seq, doc), nil)
}

// writeUnit stores unit i of a new document (see units) and folds it into
// the derived records. A unit writes its document fact key with its
// contribution, so a document written in parts can be taken out again.
// fresh says that no contribution of the document can be stored yet (the
// whole document is written in w), so none is read before it is written.
func (db *DB) writeUnit(w *wtx, n *normalized, i int, fresh bool) error {
	doc, unit := n.doc.ID, i
	if i < len(n.entities) {
		c := n.entities[i]
		id := c.Entity.ID
		w.addContrib(id, blockOf(n.seq), doc, c)
		w.noteFact(doc, unit, docFact{kind: factEntity, id: id})
		r, err := w.entity(id)
		if err != nil {
			return err
		}
		w.putEntity(id, mergeEntity(r, doc, &c.Entity))
		return nil
	}
	if i -= len(n.entities); i < len(n.events) {
		ev := n.events[i]
		if err := w.set(eventContribKey(ev.ID, doc), encodeEventContrib(ev)); err != nil {
			return err
		}
		w.noteFact(doc, unit, docFact{kind: factEvent, id: ev.ID})
		r, err := w.event(ev.ID)
		if err != nil {
			return err
		}
		w.putEventRec(ev.ID, mergeEvent(r, doc, ev))
		return nil
	}
	if i -= len(n.events); i < len(n.edges) {
		e := n.edges[i]
		id := e.head.ID
		if err := setEdgeContrib(w, id, doc, &e.contrib, fresh); err != nil {
			return err
		}
		w.noteFact(doc, unit, docFact{kind: factEdge, id: id})
		r, err := w.edge(id)
		if err != nil {
			return err
		}
		w.putEdgeRec(id, mergeEdge(r, &e.head, doc, &e.contrib))
		return nil
	}
	i -= len(n.edges)
	refs := n.chunks[i]
	return w.set(sentenceKey(doc, refs[0].Sentence), encodeSentences(refs, n.sentences))
}

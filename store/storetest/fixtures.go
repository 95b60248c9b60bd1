package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Entity IDs of the fixtures.
const (
	Shoigu    = "person:sergei-shoigu"
	Kim       = "person:kim-jong-un"
	KimAlt    = "person:kim-jongun"
	Blinken   = "person:antony-blinken"
	PRK       = "state:PRK"
	RUS       = "state:RUS"
	KOR       = "state:KOR"
	USA       = "state:USA"
	CHN       = "state:CHN"
	Pyongyang = "place:pyongyang"
	KCNA      = "org:korean-central-news-agency"
)

func date(v string) graph.Date {
	d, err := graph.ParseDate(v)
	if err != nil {
		panic(err)
	}
	return d
}

// sentenceMentions returns the mentions of the given sentences of text
// (sentences end with ". ").
func sentenceMentions(text string, idx ...int) []graph.Mention {
	var out []graph.Mention
	start := 0
	for i, s := range strings.SplitAfter(text, ". ") {
		end := start + len(s)
		for _, want := range idx {
			if want == i {
				out = append(out, graph.Mention{Sentence: i, Start: start, End: end, Text: strings.TrimSpace(s)})
			}
		}
		start = end
	}
	return out
}

// Fixtures returns three small hand-built extractions, A, B and C. A and B
// share entities and one edge (Kim met Shoigu, stated in both); C holds
// KimAlt, a second spelling of Kim for merge tests, and KCNA. The fixed edge
// IDs are given by FixtureEdges. Each call returns fresh values.
func Fixtures() []*graph.Extraction {
	textA := "Russian Defense Minister Sergei Shoigu arrived in Pyongyang on Tuesday. Shoigu met North Korean leader Kim Jong Un."
	a := &graph.Extraction{
		Document: graph.Document{ID: graph.DocumentID(textA), Title: "Shoigu in Pyongyang", URL: "https://example.org/a",
			Source: "Example", Published: date("2023-07-27"), Text: textA},
		Entities: []graph.Entity{
			{ID: Shoigu, Kind: graph.KindPerson, Name: "Sergei Shoigu", Aliases: []string{"Shoigu"}, Country: RUS, Roles: []string{"Defense Minister"}},
			{ID: PRK, Kind: graph.KindState, Name: "North Korea", Aliases: []string{"Pyongyang"}, Codes: graph.Codes{ISO3: "PRK", Wikidata: "Q423"}},
			{ID: RUS, Kind: graph.KindState, Name: "Russia", Aliases: []string{"Moscow"}, Codes: graph.Codes{ISO3: "RUS", Wikidata: "Q159"}},
			{ID: Kim, Kind: graph.KindPerson, Name: "Kim Jong Un", Country: PRK, Roles: []string{"leader"}},
			{ID: Pyongyang, Kind: graph.KindPlace, Name: "Pyongyang", Country: PRK},
		},
		EntityMentions: map[string][]graph.Mention{
			Shoigu: sentenceMentions(textA, 0, 1),
			Kim:    sentenceMentions(textA, 1),
		},
		Events: []graph.Event{{ID: "event:a-visit", Type: graph.Visited, Date: date("2023-07-25"), Place: Pyongyang,
			Actors: []string{Shoigu}, Targets: []string{PRK}, Modality: graph.Asserted, Mentions: sentenceMentions(textA, 0)}},
		Edges: []graph.Edge{
			{Type: graph.Visited, From: Shoigu, To: PRK, Date: date("2023-07-25"), Modality: graph.Asserted, Confidence: 0.9,
				EventID: "event:a-visit", Mentions: sentenceMentions(textA, 0)},
			// Stated from Shoigu to Kim: the store keeps met (symmetric) with sorted ends.
			{Type: graph.Met, From: Shoigu, To: Kim, Date: date("2023-07-26"), Modality: graph.Asserted, Confidence: 0.8,
				Mentions: sentenceMentions(textA, 1)},
		},
	}

	textB := "Kim Jong-un held talks with Sergei Shoigu on July 26. South Korea accuses Pyongyang of having supplied Russia with artillery shells."
	b := &graph.Extraction{
		Document: graph.Document{ID: graph.DocumentID(textB), Title: "Talks", Published: date("2023-09-14"), Text: textB},
		Entities: []graph.Entity{
			{ID: Kim, Kind: graph.KindPerson, Name: "Kim Jong-un", Country: PRK},
			{ID: Shoigu, Kind: graph.KindPerson, Name: "Sergei Shoigu", Country: RUS, Roles: []string{"Minister of Defence"}},
			{ID: KOR, Kind: graph.KindState, Name: "South Korea", Aliases: []string{"Korea"}, Codes: graph.Codes{ISO3: "KOR"}},
			{ID: PRK, Kind: graph.KindState, Name: "North Korea", Aliases: []string{"Pyongyang", "DPRK"}, Codes: graph.Codes{ISO3: "PRK"}},
			{ID: RUS, Kind: graph.KindState, Name: "Russia"},
		},
		EntityMentions: map[string][]graph.Mention{Kim: sentenceMentions(textB, 0)},
		Edges: []graph.Edge{
			{Type: graph.Met, From: Kim, To: Shoigu, Date: date("2023-07-26"), Modality: graph.Asserted, Confidence: 0.95,
				Mentions: sentenceMentions(textB, 0)},
			{Type: graph.Accused, From: KOR, To: PRK, Date: date("2023-09"), Modality: graph.Asserted, Confidence: 0.9,
				Mentions: sentenceMentions(textB, 1)},
			{Type: graph.Supplied, From: PRK, To: RUS, Modality: graph.Alleged, AttributedTo: KOR, Confidence: 0.7,
				Mentions: sentenceMentions(textB, 1)},
		},
	}

	textC := "The United States sanctioned North Korea in 2023. Kim Jongun threatened the United States, KCNA said. Blinken urged China. China may step up cooperation with North Korea."
	c := &graph.Extraction{
		Document: graph.Document{ID: graph.DocumentID(textC), Title: "Sanctions", Text: textC},
		Entities: []graph.Entity{
			{ID: USA, Kind: graph.KindState, Name: "United States", Aliases: []string{"Washington", "US"}, Codes: graph.Codes{ISO3: "USA"}},
			{ID: PRK, Kind: graph.KindState, Name: "North Korea"},
			{ID: KimAlt, Kind: graph.KindPerson, Name: "Kim Jongun", Country: PRK, Roles: []string{"Chairman"}},
			{ID: Blinken, Kind: graph.KindPerson, Name: "Antony Blinken", Aliases: []string{"Blinken"}, Country: USA, Roles: []string{"Secretary of State"}},
			{ID: CHN, Kind: graph.KindState, Name: "China", Codes: graph.Codes{ISO3: "CHN"}},
			{ID: KCNA, Kind: graph.KindOrganization, Name: "Korean Central News Agency", Aliases: []string{"KCNA"}, Country: PRK},
		},
		EntityMentions: map[string][]graph.Mention{KimAlt: sentenceMentions(textC, 1), PRK: sentenceMentions(textC, 0, 3)},
		Edges: []graph.Edge{
			{Type: graph.Sanctioned, From: USA, To: PRK, Date: date("2023"), Modality: graph.Asserted, Confidence: 0.9,
				Mentions: sentenceMentions(textC, 0)},
			{Type: graph.Threatened, From: KimAlt, To: USA, Date: date("2023-10-02"), Modality: graph.Asserted, Confidence: 0.6,
				Mentions: sentenceMentions(textC, 1)},
			{Type: graph.Urged, From: Blinken, To: CHN, Modality: graph.Asserted, Confidence: 0.8,
				Mentions: sentenceMentions(textC, 2)},
			{Type: graph.Cooperated, From: PRK, To: CHN, Date: date("2024-01"), Modality: graph.Speculative, Confidence: 0.5,
				Mentions: sentenceMentions(textC, 3)},
		},
	}
	return []*graph.Extraction{a, b, c}
}

// FixtureEdge names an edge of the fixtures.
type FixtureEdge struct {
	ID   string
	Date string
}

// The edges of the fixtures, by a short name.
var fixtureEdgeSpecs = map[string]struct {
	t        graph.RelationType
	from, to string
	date     string
	m        graph.Modality
	attr     string
}{
	"visit":  {graph.Visited, Shoigu, PRK, "2023-07-25", graph.Asserted, ""},
	"met":    {graph.Met, Kim, Shoigu, "2023-07-26", graph.Asserted, ""},
	"accuse": {graph.Accused, KOR, PRK, "2023-09", graph.Asserted, ""},
	"supply": {graph.Supplied, PRK, RUS, "", graph.Alleged, KOR},
	"sanct":  {graph.Sanctioned, USA, PRK, "2023", graph.Asserted, ""},
	"threat": {graph.Threatened, KimAlt, USA, "2023-10-02", graph.Asserted, ""},
	"urge":   {graph.Urged, Blinken, CHN, "", graph.Asserted, ""},
	"coop":   {graph.Cooperated, CHN, PRK, "2024-01", graph.Speculative, ""},
}

// FixtureEdges returns the IDs and dates of the fixtures' edges by short name:
// visit and met (A), met, accuse and supply (B), sanct, threat, urge and coop (C).
func FixtureEdges() map[string]FixtureEdge {
	out := make(map[string]FixtureEdge, len(fixtureEdgeSpecs))
	for name, s := range fixtureEdgeSpecs {
		var d graph.Date
		if s.date != "" {
			d = date(s.date)
		}
		out[name] = FixtureEdge{ID: graph.EdgeID(s.t, s.from, s.to, d, s.m, s.attr), Date: s.date}
	}
	return out
}

// Generate returns n synthetic extractions drawn from a fixed pool of
// entities, so that documents overlap as news does: a few hub states appear
// in most documents. Each document has about entities entities and edges
// edges, dated mentions and a text of a realistic length. The same seed gives
// the same documents.
func Generate(seed uint64, n, entities, edges int) []*graph.Extraction {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var pool []graph.Entity
	for i := 0; i < 40; i++ {
		code := fmt.Sprintf("S%02d", i)
		pool = append(pool, graph.Entity{ID: graph.StateID(code), Kind: graph.KindState, Name: fmt.Sprintf("State Number %d", i),
			Aliases: []string{fmt.Sprintf("Capital %d", i)}, Codes: graph.Codes{ISO3: code}})
	}
	for i := 0; i < 150; i++ {
		name := fmt.Sprintf("Person %s Name%d", string(rune('A'+i%26)), i)
		pool = append(pool, graph.Entity{ID: graph.EntityID(graph.KindPerson, name), Kind: graph.KindPerson, Name: name,
			Country: graph.StateID(fmt.Sprintf("S%02d", i%40)), Roles: []string{fmt.Sprintf("Minister of Thing %d", i%7)}})
	}
	for i := 0; i < 40; i++ {
		name := fmt.Sprintf("Organization of Things %d", i)
		pool = append(pool, graph.Entity{ID: graph.EntityID(graph.KindOrganization, name), Kind: graph.KindOrganization, Name: name,
			Aliases: []string{fmt.Sprintf("OT%d", i)}})
	}
	for i := 0; i < 30; i++ {
		name := fmt.Sprintf("Town %d", i)
		pool = append(pool, graph.Entity{ID: graph.EntityID(graph.KindPlace, name), Kind: graph.KindPlace, Name: name,
			Country: graph.StateID(fmt.Sprintf("S%02d", i%40))})
	}
	// Hubs: the first states come up far more often than the rest.
	pick := func() graph.Entity {
		if rng.IntN(3) == 0 {
			return pool[rng.IntN(5)]
		}
		return pool[rng.IntN(len(pool))]
	}
	dates := func() graph.Date {
		y := 2019 + rng.IntN(6)
		switch rng.IntN(5) {
		case 0:
			return graph.Date{}
		case 1:
			return graph.YearDate(y)
		case 2:
			return date(fmt.Sprintf("%04d-%02d", y, 1+rng.IntN(12)))
		default:
			return date(fmt.Sprintf("%04d-%02d-%02d", y, 1+rng.IntN(12), 1+rng.IntN(28)))
		}
	}
	out := make([]*graph.Extraction, 0, n)
	for d := 0; d < n; d++ {
		var ents []graph.Entity
		seen := map[string]bool{}
		for tries := 0; len(ents) < entities && tries < entities*10; tries++ {
			e := pick()
			if !seen[e.ID] {
				seen[e.ID] = true
				ents = append(ents, e)
			}
		}
		var text strings.Builder
		sentences := edges + entities/2 + 5
		for s := 0; s < sentences; s++ {
			fmt.Fprintf(&text, "Sentence %d of document %d of seed %d tells of %s and %s in some detail, as reported. ",
				s, d, seed, ents[rng.IntN(len(ents))].Name, ents[rng.IntN(len(ents))].Name)
		}
		body := text.String()
		x := &graph.Extraction{
			Document:       graph.Document{ID: graph.DocumentID(body), Title: fmt.Sprintf("Doc %d", d), Text: body, Published: date("2024-06-01")},
			Entities:       ents,
			EntityMentions: map[string][]graph.Mention{},
		}
		for i, e := range ents {
			x.EntityMentions[e.ID] = sentenceMentions(body, i%sentences)
		}
		for i := 0; i < edges && len(ents) > 1; i++ {
			from := ents[rng.IntN(len(ents))]
			to := ents[rng.IntN(len(ents))]
			if from.ID == to.ID {
				continue
			}
			m := graph.Asserted
			attr := ""
			if rng.IntN(6) == 0 {
				m, attr = graph.Alleged, ents[rng.IntN(len(ents))].ID
			}
			x.Edges = append(x.Edges, graph.Edge{
				Type: graph.ScoredRelationTypes[rng.IntN(len(graph.ScoredRelationTypes))], From: from.ID, To: to.ID,
				Date: dates(), Modality: m, AttributedTo: attr, Confidence: float64(50+rng.IntN(50)) / 100,
				Mentions: sentenceMentions(body, i%sentences),
			})
		}
		// Every other document tells of an event, to which its first edge belongs.
		if d%2 == 0 && len(x.Edges) > 0 {
			e := &x.Edges[0]
			ev := graph.Event{ID: fmt.Sprintf("event:local-%d", d), Type: e.Type, Date: e.Date,
				Actors: []string{e.From}, Targets: []string{e.To}, Modality: e.Modality, AttributedTo: e.AttributedTo,
				Mentions: e.Mentions}
			for _, p := range ents {
				if p.Kind == graph.KindPlace {
					ev.Place = p.ID
					break
				}
			}
			e.EventID = ev.ID
			x.Events = append(x.Events, ev)
		}
		out = append(out, x)
	}
	return out
}

// Large returns one extraction with about edges edges, edges/3 events and
// 60 entities, each fact stated by its own sentence: a document too rich for
// one Badger transaction when edges is some thousands. The same seed gives
// the same document.
func Large(seed uint64, edges int) *graph.Extraction {
	rng := rand.New(rand.NewPCG(seed, 7))
	var ents []graph.Entity
	for i := 0; i < 60; i++ {
		code := fmt.Sprintf("L%02d", i)
		ents = append(ents, graph.Entity{ID: graph.StateID(code), Kind: graph.KindState, Name: fmt.Sprintf("Large State %d", i)})
	}
	var text strings.Builder
	var spans [][2]int
	for i := 0; i < edges; i++ {
		start := text.Len()
		fmt.Fprintf(&text, "Sentence %d of large document %d tells of %s and %s. ", i, seed,
			ents[i%len(ents)].Name, ents[(i*7+1)%len(ents)].Name)
		spans = append(spans, [2]int{start, text.Len()})
	}
	body := text.String()
	mention := func(i int) []graph.Mention {
		s := spans[i%len(spans)]
		return []graph.Mention{{Sentence: i % len(spans), Start: s[0], End: s[1], Text: body[s[0]:s[1]]}}
	}
	x := &graph.Extraction{
		Document:       graph.Document{ID: graph.DocumentID(body), Title: "Large", Text: body, Published: date("2024-05-01")},
		Entities:       ents,
		EntityMentions: map[string][]graph.Mention{},
	}
	for i, e := range ents {
		x.EntityMentions[e.ID] = append(mention(i), mention(i+len(ents))...)
	}
	for i := 0; i < edges; i++ {
		from, to := ents[i%len(ents)], ents[(i*7+1)%len(ents)]
		if from.ID == to.ID {
			continue
		}
		d := date(fmt.Sprintf("%04d-%02d-%02d", 2015+rng.IntN(10), 1+rng.IntN(12), 1+rng.IntN(28)))
		e := graph.Edge{Type: graph.ScoredRelationTypes[i%len(graph.ScoredRelationTypes)], From: from.ID, To: to.ID,
			Date: d, Modality: graph.Asserted, Confidence: 0.8, Mentions: mention(i)}
		if i%3 == 0 {
			ev := graph.Event{ID: fmt.Sprintf("event:large-%d", i), Type: e.Type, Date: d,
				Actors: []string{from.ID}, Targets: []string{to.ID}, Modality: graph.Asserted, Mentions: mention(i)}
			x.Events = append(x.Events, ev)
			e.EventID = ev.ID
		}
		x.Edges = append(x.Edges, e)
	}
	return x
}

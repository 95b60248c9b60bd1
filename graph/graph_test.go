package graph

import (
	"errors"
	"fmt"
	"testing"
)

func TestEntityID(t *testing.T) {
	tests := []struct {
		kind Kind
		name string
		want string
	}{
		{KindState, "prk", "state:PRK"},
		{KindPerson, "Alexander Kozlov", "person:alexander-kozlov"},
		{KindPerson, "Ahn Chan-il", "person:ahn-chan-il"},
		{KindPerson, "Recep Tayyip Erdoğan", "person:recep-tayyip-erdogan"},
		{KindOrganization, "G7", "org:g7"},
		{KindPlace, "Mansudae Grand Monument", "place:mansudae-grand-monument"},
	}
	for _, tt := range tests {
		if got := EntityID(tt.kind, tt.name); got != tt.want {
			t.Errorf("EntityID(%s, %q) = %q, want %q", tt.kind, tt.name, got, tt.want)
		}
		if k, ok := KindOfID(tt.want); !ok || k != tt.kind {
			t.Errorf("KindOfID(%q) = %v, %v", tt.want, k, ok)
		}
	}
	for _, bad := range []string{"", "edge:1", "state:", "nope"} {
		if _, ok := KindOfID(bad); ok {
			t.Errorf("KindOfID(%q) accepted", bad)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"Kim Jong-un":          "kim jong un",
		"  The  United States": "united states",
		"Côte d’Ivoire":        "cote divoire",
		"TÜRKİYE":              "turkiye",
		"U.S.":                 "u s",
		"":                     "",
	}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEdgeIDSymmetricAndStable(t *testing.T) {
	d := Date{Value: "2023-09", Precision: DateMonth}
	a := EdgeID(Met, "person:kim-jong-un", "person:vladimir-putin", d, Asserted, "")
	b := EdgeID(Met, "person:vladimir-putin", "person:kim-jong-un", d, Asserted, "")
	if a != b {
		t.Errorf("met is symmetric: %s != %s", a, b)
	}
	c := EdgeID(Supplied, "state:PRK", "state:RUS", Date{}, Alleged, "state:KOR")
	e := EdgeID(Supplied, "state:RUS", "state:PRK", Date{}, Alleged, "state:KOR")
	if c == e {
		t.Error("supplied is directed, yet both directions share an ID")
	}
	if c != EdgeID(Supplied, "state:PRK", "state:RUS", Date{}, Alleged, "state:KOR") {
		t.Error("EdgeID is not deterministic")
	}
	if c == EdgeID(Supplied, "state:PRK", "state:RUS", Date{}, Asserted, "") {
		t.Error("modality and claimant must be part of the edge ID")
	}
	// Parts are length-prefixed, so shifting text between parts changes the ID.
	if EdgeID(Met, "a", "bc", Date{}, Asserted, "") == EdgeID(Met, "ab", "c", Date{}, Asserted, "") {
		t.Error("EdgeID parts are ambiguous")
	}
	if EventID(Urged, []string{"org:g7"}, []string{"state:RUS", "state:PRK"}, Date{}) !=
		EventID(Urged, []string{"org:g7"}, []string{"state:PRK", "state:RUS"}, Date{}) {
		t.Error("EventID depends on the order of targets")
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr bool
	}{
		{"2023-11-15", Date{"2023-11-15", DateDay}, false},
		{"2023-11", Date{"2023-11", DateMonth}, false},
		{"2023", Date{"2023", DateYear}, false},
		{"2023-11-15T10:00:00Z", Date{"2023-11-15", DateDay}, false},
		{"", Date{}, false},
		{"2023-13-01", Date{}, true},
		{"15/11/2023", Date{}, true},
		{"yesterday", Date{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseDate(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			continue
		}
		if err != nil && !errors.Is(err, ErrBadDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrBadDate", tt.in, err)
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
	if p := (Date{}).Prec(); p != DateUnknown {
		t.Errorf("zero date precision = %s", p)
	}
}

func TestDateRange(t *testing.T) {
	tests := []struct {
		d           Date
		first, last string
	}{
		{Date{"2024-02", DateMonth}, "2024-02-01", "2024-02-29"},
		{Date{"2023", DateYear}, "2023-01-01", "2023-12-31"},
		{Date{"2023-11-14", DateDay}, "2023-11-14", "2023-11-14"},
	}
	for _, tt := range tests {
		f, l, ok := tt.d.Range()
		if !ok || f.Format("2006-01-02") != tt.first || l.Format("2006-01-02") != tt.last {
			t.Errorf("%v.Range() = %v %v %v", tt.d, f, l, ok)
		}
	}
	if _, _, ok := (Date{}).Range(); ok {
		t.Error("unknown date has a range")
	}
}

func TestRelationTypes(t *testing.T) {
	if len(ScoredRelationTypes) != 13 {
		t.Fatalf("%d scored types, ONTOLOGY.md has 13", len(ScoredRelationTypes))
	}
	var sym []RelationType
	for _, r := range ScoredRelationTypes {
		if !r.Valid() {
			t.Errorf("%s not valid", r)
		}
		if r.Symmetric() {
			sym = append(sym, r)
		}
	}
	if fmt.Sprint(sym) != "[met agreed cooperated]" {
		t.Errorf("symmetric types = %v", sym)
	}
	if RelationType("allied").Valid() {
		t.Error("allied is not scored")
	}
}

func ExampleEntityID() {
	fmt.Println(EntityID(KindState, "PRK"))
	fmt.Println(EntityID(KindPerson, "Kim Jong Un"))
	fmt.Println(EntityID(KindOrganization, "Korean Central News Agency"))
	// Output:
	// state:PRK
	// person:kim-jong-un
	// org:korean-central-news-agency
}

// TestIDsAsStored pins edge and event IDs to the values that stores of
// earlier rounds hold: an ID that changed would orphan every stored record
// of its fact.
func TestIDsAsStored(t *testing.T) {
	d := Date{Value: "2023-11-14", Precision: DateDay}
	for _, c := range []struct{ got, want string }{
		{EdgeID(Met, "person:kim-jong-un", "person:vladimir-putin", d, Asserted, ""), "edge:e7db2ea220a453769c9b2ce8"},
		{EdgeID(Supplied, "state:PRK", "state:RUS", Date{}, Alleged, "state:KOR"), "edge:08a3705c95c94fed05c2f7e8"},
		{EventID(Attacked, []string{"state:RUS", "org:wagner"}, []string{"place:kyiv"}, d), "event:678d8f975e6a06fde6ae9484"},
	} {
		if c.got != c.want {
			t.Errorf("ID %s, stored as %s", c.got, c.want)
		}
	}
}

// TestParticipants checks an event's participants: actors then targets,
// each once, with few (a scan) and many (a map).
func TestParticipants(t *testing.T) {
	many := make([]string, 40)
	for i := range many {
		many[i] = fmt.Sprintf("person:%d", i%30)
	}
	for _, c := range []struct {
		name    string
		actors  []string
		targets []string
		want    int
	}{
		{"few", []string{"state:RUS", "state:BLR", "state:RUS"}, []string{"state:UKR", "state:BLR"}, 3},
		{"many", many, []string{"state:UKR", "person:3"}, 31},
	} {
		ev := &Event{Actors: c.actors, Targets: c.targets}
		got := ev.Participants()
		if len(got) != c.want {
			t.Errorf("%s: %d participants, want %d: %q", c.name, len(got), c.want, got)
		}
		seen := map[string]bool{}
		for i, id := range got {
			if seen[id] {
				t.Errorf("%s: %q twice", c.name, id)
			}
			seen[id] = true
			if i == 0 && id != c.actors[0] {
				t.Errorf("%s: first participant %q, want the first actor", c.name, id)
			}
		}
		if got[len(got)-1] != "state:UKR" {
			t.Errorf("%s: last participant %q, want the new target", c.name, got[len(got)-1])
		}
	}
}

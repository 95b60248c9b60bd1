package main

import (
	"reflect"
	"testing"
)

// TestPickSubdivisions checks the ownership rules: a name two states' divisions
// share is left out, as are a state's own name, short names and names with
// digits or brackets.
func TestPickSubdivisions(t *testing.T) {
	states := []state{{Alpha2: "CO", Alpha3: "COL", Name: "Colombia"}, {Alpha2: "BR", Alpha3: "BRA", Name: "Brazil"},
		{Alpha2: "US", Alpha3: "USA", Name: "United States"}, {Alpha2: "GE", Alpha3: "GEO", Name: "Georgia"}}
	subs := []subdivision{
		{"CO-ARA", "Arauca"}, {"CO-AMA", "Amazonas"}, {"BR-AM", "Amazonas"}, {"US-GA", "Georgia"},
		{"CO-DC", "Bogotá"}, {"BR-X1", "Zona 1"}, {"BR-X2", "Rio (Norte)"}, {"CO-X3", "Abc"}, {"ZZ-Q", "Nowhere"},
	}
	got := pickSubdivisions(states, subs)
	want := []string{"Arauca\tCOL", "Bogotá\tCOL"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("pickSubdivisions = %q, want %q", got, want)
	}
}

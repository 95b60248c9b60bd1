package store

import (
	"slices"
	"testing"
)

// TestUnionSorted checks the union and that the slice given is never
// changed, even with room to grow in place.
func TestUnionSorted(t *testing.T) {
	for _, c := range []struct {
		name string
		a    []string
		b    []string
		want []string
	}{
		{"nothing new", []string{"a", "c"}, []string{"c", " a ", ""}, []string{"a", "c"}},
		{"into nothing", nil, []string{"c", "a", "c", " b"}, []string{"a", "b", "c"}},
		{"between and after", []string{"b", "d"}, []string{"e", "a", "c", "d"}, []string{"a", "b", "c", "d", "e"}},
		{"blank only", nil, []string{" ", ""}, nil},
	} {
		a := slices.Grow(slices.Clone(c.a), 8) // room to insert in place
		before := slices.Clone(a[:cap(a)][:len(a)])
		got := unionSorted(a, c.b...)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q", c.name, got)
		}
		if !slices.Equal(a, before) || !slices.Equal(a[:len(c.a)+1][len(c.a):], []string{""}) {
			t.Errorf("%s: the slice given changed: %q", c.name, a[:len(a)+1])
		}
	}
}

// TestContribSet checks the distinct trimmed strings of several lists.
func TestContribSet(t *testing.T) {
	if got := contribSet([]string{"Kyiv"}, []string{" Kiev", "Kyiv", "", "Kyiv City"}); !slices.Equal(got, []string{"Kiev", "Kyiv", "Kyiv City"}) {
		t.Errorf("contribSet: %q", got)
	}
	if got := contribSet(nil, []string{}); len(got) != 0 {
		t.Errorf("contribSet of nothing: %q", got)
	}
}

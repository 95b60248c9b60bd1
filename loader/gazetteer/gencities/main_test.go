package main

import (
	"reflect"
	"testing"
)

// pbfCity encodes one cities.pbf record (length-delimited message with
// fields 2 name, 3 country, 9 population).
func pbfCity(name, country string, pop uint64) []byte {
	var msg []byte
	str := func(field byte, s string) {
		msg = append(msg, field<<3|2, byte(len(s)))
		msg = append(msg, s...)
	}
	str(2, name)
	str(3, country)
	msg = append(msg, 9<<3) // field 9, wire type 0 (varint)
	for pop >= 0x80 {
		msg = append(msg, byte(pop)|0x80)
		pop >>= 7
	}
	msg = append(msg, byte(pop))
	return append([]byte{byte(len(msg))}, msg...)
}

// TestPickNames checks decoding and the ownership rules: the largest place
// of a name wins when five times larger than any other, small places are
// dropped, and namesake states need their own threshold.
func TestPickNames(t *testing.T) {
	var data []byte
	for _, c := range []struct {
		name, cc string
		pop      uint64
	}{
		{"Kharkiv", "UA", 1400000}, {"Kharkiv", "RU", 2000},
		{"Tripoli", "LY", 1100000}, {"Tripoli", "LB", 230000},
		{"Smallville", "UA", 900},
		{"Odessa", "UA", 1000000}, {"Odessa", "US", 120000},
		{"Geneva", "US", 21000},
		{"Houston", "US", 2300000},
	} {
		data = append(data, pbfCity(c.name, c.cc, c.pop)...)
	}
	cities, err := parseCities(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(cities) != 9 || cities[0] != (city{"Kharkiv", "UA", 1400000}) {
		t.Fatalf("decoded %+v", cities)
	}
	iso := map[string]string{"UA": "UKR", "RU": "RUS", "LY": "LBY", "LB": "LBN", "US": "USA"}
	got := pickNames(cities, iso, 15000, map[string]uint64{"USA": 500000})
	want := []string{"Houston\tUSA", "Kharkiv\tUKR", "Odessa\tUKR"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := parseCities([]byte{5, 1}); err == nil {
		t.Error("truncated record: no error")
	}
}

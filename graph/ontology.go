package graph

import (
	"fmt"
	"strings"
	"time"
)

// RelationType is the type of an edge or event, as named by the ontology (lower case).
type RelationType string

// The relation types that evaluation scores (ONTOLOGY.md).
const (
	Visited    RelationType = "visited"
	Met        RelationType = "met"
	Accused    RelationType = "accused"
	Supplied   RelationType = "supplied"
	Warned     RelationType = "warned"
	Urged      RelationType = "urged"
	Criticized RelationType = "criticized"
	Sanctioned RelationType = "sanctioned"
	Invaded    RelationType = "invaded"
	Attacked   RelationType = "attacked"
	Threatened RelationType = "threatened"
	Agreed     RelationType = "agreed"
	Cooperated RelationType = "cooperated"
)

// ScoredRelationTypes lists the ontology's scored relation types in the order of ONTOLOGY.md.
var ScoredRelationTypes = []RelationType{
	Visited, Met, Accused, Supplied, Warned, Urged, Criticized,
	Sanctioned, Invaded, Attacked, Threatened, Agreed, Cooperated,
}

// Valid reports whether t is a scored relation type of the ontology.
func (t RelationType) Valid() bool {
	for _, s := range ScoredRelationTypes {
		if s == t {
			return true
		}
	}
	return false
}

// Symmetric reports whether t relates its two sides alike (met, agreed, cooperated):
// the store keeps such an edge once, from the smaller ID to the larger.
func (t RelationType) Symmetric() bool {
	return t == Met || t == Agreed || t == Cooperated
}

// Modality says how a fact is stated.
type Modality string

// The modalities of ONTOLOGY.md.
const (
	Asserted    Modality = "asserted"
	Alleged     Modality = "alleged"
	Speculative Modality = "speculative"
	Negated     Modality = "negated"
)

// Modalities lists every modality.
var Modalities = []Modality{Asserted, Alleged, Speculative, Negated}

// Valid reports whether m is one of the ontology's modalities.
func (m Modality) Valid() bool {
	switch m {
	case Asserted, Alleged, Speculative, Negated:
		return true
	}
	return false
}

// DatePrecision says how much of a Date is known.
type DatePrecision string

// The precisions of a date.
const (
	DateDay     DatePrecision = "day"
	DateMonth   DatePrecision = "month"
	DateYear    DatePrecision = "year"
	DateUnknown DatePrecision = "unknown"
)

// Date is a calendar date known to a day, a month or a year, or not known.
// Value is "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty; the zero Date is unknown.
type Date struct {
	Value     string        `json:"value,omitempty"`
	Precision DatePrecision `json:"precision,omitempty"`
}

// Known reports whether d holds a date.
func (d Date) Known() bool { return d.Value != "" }

// Prec returns d's precision, DateUnknown for the zero Date.
func (d Date) Prec() DatePrecision {
	if d.Value == "" || d.Precision == "" {
		if d.Value == "" {
			return DateUnknown
		}
		p, _ := precisionOf(d.Value)
		return p
	}
	return d.Precision
}

// String returns d.Value.
func (d Date) String() string { return d.Value }

// DayDate returns the Date of day precision for t.
func DayDate(t time.Time) Date {
	return Date{Value: t.Format("2006-01-02"), Precision: DateDay}
}

// MonthDate returns the Date of month precision for the month of t.
func MonthDate(t time.Time) Date {
	return Date{Value: t.Format("2006-01"), Precision: DateMonth}
}

// YearDate returns the Date of year precision for year y.
func YearDate(y int) Date {
	return Date{Value: fmt.Sprintf("%04d", y), Precision: DateYear}
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a longer RFC 3339
// timestamp is cut to its day). The empty string gives the unknown Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	p, err := precisionOf(s)
	if err != nil {
		return Date{}, err
	}
	return Date{Value: s, Precision: p}, nil
}

func precisionOf(s string) (DatePrecision, error) {
	layouts := []struct {
		layout string
		p      DatePrecision
	}{{"2006-01-02", DateDay}, {"2006-01", DateMonth}, {"2006", DateYear}}
	for _, l := range layouts {
		if len(s) == len(l.layout) {
			if _, err := time.Parse(l.layout, s); err == nil {
				return l.p, nil
			}
		}
	}
	return DateUnknown, fmt.Errorf("%w: %q (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrBadDate, s)
}

// Range returns the first and last day that d covers; ok is false for an unknown date.
func (d Date) Range() (first, last time.Time, ok bool) {
	switch d.Prec() {
	case DateDay:
		t, err := time.Parse("2006-01-02", d.Value)
		return t, t, err == nil
	case DateMonth:
		t, err := time.Parse("2006-01", d.Value)
		return t, t.AddDate(0, 1, -1), err == nil
	case DateYear:
		t, err := time.Parse("2006", d.Value)
		return t, t.AddDate(1, 0, -1), err == nil
	}
	return time.Time{}, time.Time{}, false
}

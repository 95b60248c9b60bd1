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
		return precisionOfValid(d.Value)
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

// precisionOf returns the precision of an ISO date value: YYYY, YYYY-MM
// or YYYY-MM-DD, a real day of the Gregorian calendar. (It checks the digits
// itself: time.Parse was a tenth of the CPU that decoding a neighborhood's
// rank lists took.)
func precisionOf(s string) (DatePrecision, error) {
	if p := precisionOfValid(s); p != DateUnknown {
		return p, nil
	}
	return DateUnknown, fmt.Errorf("%w: %q (want YYYY, YYYY-MM or YYYY-MM-DD)", ErrBadDate, s)
}

// precisionOfValid is precisionOf without the error: DateUnknown for a
// value that is not a date.
func precisionOfValid(s string) DatePrecision {
	year, ok := digits(s, 0, 4)
	if !ok {
		return DateUnknown
	}
	if len(s) == 4 {
		return DateYear
	}
	month, ok := digits(s, 5, 2)
	if !ok || s[4] != '-' || month < 1 || month > 12 {
		return DateUnknown
	}
	if len(s) == 7 {
		return DateMonth
	}
	day, ok := digits(s, 8, 2)
	if !ok || len(s) != 10 || s[7] != '-' || day < 1 || day > daysIn(year, month) {
		return DateUnknown
	}
	return DateDay
}

// digits reads the n decimal digits of s at i.
func digits(s string, i, n int) (int, bool) {
	if len(s) < i+n {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = 10*v + int(c-'0')
	}
	return v, true
}

// daysIn returns the number of days of month in year.
func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
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

// RelationTypeInfo describes a relation type and ties it to the event
// codebooks analysts use: CAMEO (Schrodt's Conflict and Mediation Event
// Observations), PLOVER (its successor's event types) and a Goldstein-style
// weight from -10 (most conflictual) to +10 (most cooperative).
type RelationTypeInfo struct {
	Type RelationType `json:"name"`
	// Description says what the type means (ONTOLOGY.md).
	Description string `json:"description"`
	// CAMEO is the CAMEO root code, two digits ("04" CONSULT).
	CAMEO string `json:"cameo"`
	// CAMEOCodes are the finer CAMEO codes ONTOLOGY.md maps the type to.
	CAMEOCodes []string `json:"cameo_codes"`
	// PLOVER is the PLOVER event type. PLOVER has no type for CAMEO 01
	// (public statements); warned is marked STATEMENT, as ONTOLOGY.md does.
	PLOVER string `json:"plover"`
	// Goldstein is the Goldstein (1992) weight of the CAMEO code named by
	// GoldsteinCode, the code closest to the type's typical statement.
	Goldstein     float64 `json:"goldstein"`
	GoldsteinCode string  `json:"goldstein_code"`
	Symmetric     bool    `json:"symmetric"`
}

// relationTypeInfos is the codebook of the scored relation types, in the
// order of ONTOLOGY.md's table.
var relationTypeInfos = []RelationTypeInfo{
	{Visited, "X travels to state or place Y.", "04", []string{"042"}, "CONSULT", 1.9, "042", false},
	{Met, "X met or held talks with Y (symmetric).", "04", []string{"036", "040"}, "CONSULT", 1.0, "040", true},
	{Accused, "X accuses Y of wrongdoing.", "11", []string{"112"}, "ACCUSE", -2.0, "112", false},
	{Supplied, "X provides goods, arms, aid, money or technology to Y.", "07", []string{"07", "06"}, "AID", 7.0, "070", false},
	{Warned, "X warns of or about Y.", "01", []string{"012", "013"}, "STATEMENT", -0.4, "012", false},
	{Urged, "X calls on Y to act.", "02", []string{"02"}, "REQUEST", 3.0, "020", false},
	{Criticized, "X denounces Y or Y's acts.", "11", []string{"111"}, "ACCUSE", -2.0, "111", false},
	{Sanctioned, "X imposes sanctions or an embargo on Y.", "16", []string{"163"}, "SANCTION", -8.0, "163", false},
	{Invaded, "X invades or occupies Y.", "19", []string{"192", "193", "194", "195"}, "ASSAULT", -9.5, "192", false},
	{Attacked, "X uses force against Y.", "19", []string{"18", "19", "20"}, "ASSAULT", -10.0, "190", false},
	{Threatened, "X threatens Y.", "13", []string{"13"}, "THREATEN", -4.4, "130", false},
	{Agreed, "X and Y reach or sign an agreement (symmetric).", "05", []string{"057"}, "AGREE", 8.0, "057", true},
	{Cooperated, "X and Y cooperate (symmetric).", "05", []string{"05", "06"}, "COOPERATE", 3.5, "050", true},
}

// RelationTypes returns the codebook entry of every scored relation type, in
// the order of ScoredRelationTypes. The result is a copy; callers may keep it.
func RelationTypes() []RelationTypeInfo {
	out := make([]RelationTypeInfo, len(relationTypeInfos))
	for i, info := range relationTypeInfos {
		info.CAMEOCodes = append([]string(nil), info.CAMEOCodes...)
		out[i] = info
	}
	return out
}

// Info returns the codebook entry of t; ok is false for a type outside the
// scored ontology (the store accepts other snake_case types, which have none).
func (t RelationType) Info() (info RelationTypeInfo, ok bool) {
	for _, i := range relationTypeInfos {
		if i.Type == t {
			i.CAMEOCodes = append([]string(nil), i.CAMEOCodes...)
			return i, true
		}
	}
	return RelationTypeInfo{}, false
}

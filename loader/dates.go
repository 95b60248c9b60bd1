package loader

import (
	"strconv"
	"time"

	"github.com/geokg/geokg/graph"
)

// dateMention is a date expression found in a sentence.
type dateMention struct {
	from, to int // token range [from, to)
	date     graph.Date
	// speech is set when the date belongs to a reporting verb ("said Wednesday"):
	// it dates the statement, not the event.
	speech bool
	// until is the last day of a range of days ("from 20 to 22 May"), where
	// the story goes on from; unknown otherwise.
	until graph.Date
	// recur is the period after which the expression names the same day or
	// month again, when the text leaves that choice to the reader ("on
	// Tuesday", "in July", "on March 3"): date is its last occurrence, and
	// a plan means the next one (ahead).
	recur recurrence
	// future is set when the expression names a time after publication
	// ("tomorrow", "next month"): it dates no act told in the past.
	future bool
}

// recurrence is the period of a date expression whose week or year the
// text does not state.
type recurrence uint8

const (
	recurNone recurrence = iota
	recurWeek            // a weekday name
	recurYear            // a month, or a day of a month, without its year
)

// ahead returns the first occurrence of the mention's day or month on or
// after the publication day: what "will travel in July" or "is expected
// on Tuesday" means. It is the mention's date when nothing recurs.
func (dm dateMention) ahead(pub anchor) graph.Date {
	if dm.recur == recurNone || !pub.ok || !dm.date.Known() {
		return dm.date
	}
	t, _, ok := dm.date.Range()
	if !ok {
		return dm.date
	}
	from := pub.t
	if dm.date.Prec() == graph.DateMonth {
		from = time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	for t.Before(from) {
		if dm.recur == recurWeek {
			t = t.AddDate(0, 0, 7)
		} else {
			t = t.AddDate(1, 0, 0)
		}
	}
	if dm.date.Prec() == graph.DateMonth {
		return graph.MonthDate(t)
	}
	return graph.DayDate(t)
}

// anchor is a publication date as a time, ok false when unknown.
type anchor struct {
	t  time.Time
	ok bool
}

func newAnchor(d graph.Date) anchor {
	if d.Prec() != graph.DateDay {
		return anchor{}
	}
	t, err := time.Parse("2006-01-02", d.Value)
	if err != nil {
		return anchor{}
	}
	return anchor{t: t, ok: true}
}

// findDates finds the date expressions of a sentence and resolves them
// against the publication date: weekday names (the last such day on or
// before publication), yesterday, today, last week, last/this month, last
// year, month names with or without day and year ("in September",
// "on Sept. 13", "Feb. 6, 2020", "13 September 2023"), bare years and ISO
// dates. Relative expressions stay unknown without a publication date.
func findDates(toks []token, pub anchor, buf []dateMention) []dateMention {
	out := buf[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		k := t.key
		if t.kind != tokWord || !mayOpenDate(t) {
			continue
		}
		d, end, recur, ok := dateAt(toks, i, pub)
		if !ok {
			continue
		}
		dm := dateMention{from: i, to: end, date: d, speech: i > 0 && isSpeechBefore(toks, i), recur: recur,
			future: k == "tomorrow" || k == "next"}
		if isDayNumber(t.key) && dayRangeAt(toks, i) {
			dm.until, _, _, _ = dateAt(toks, i+2, pub)
		}
		out = append(out, dm)
		i = end - 1
	}
	return out
}

// dateAt reads the date expression that opens at word i and returns its
// date (unknown when it is relative and there is no publication date),
// the token after it and its recurrence when the text leaves its week or
// year unstated; false when none opens there.
func dateAt(toks []token, i int, pub anchor) (graph.Date, int, recurrence, bool) {
	t := toks[i]
	k := t.key
	var d graph.Date
	end := i + 1
	recur := recurNone
	switch {
	case k == "yesterday":
		if pub.ok {
			d = graph.DayDate(pub.t.AddDate(0, 0, -1))
		}
	case k == "tomorrow":
		if pub.ok {
			d = graph.DayDate(pub.t.AddDate(0, 0, 1))
		}
	case k == "today" || k == "tonight":
		if pub.ok {
			d = graph.DayDate(pub.t)
		}
	case (k == "this" || k == "earlier" || k == "late" || k == "last") && i+1 < len(toks) && isDayPart(toks[i+1].key):
		d, end = dayPartDate(k, toks[i+1].key, pub), i+2
	case k == "last" && i+1 < len(toks):
		end = i + 2
		var ok bool
		if d, ok = lastExpr(toks[i+1].key, pub); !ok {
			return graph.Date{}, 0, recurNone, false
		}
	case k == "next" && i+1 < len(toks) && !(i > 0 && toks[i-1].key == "the"):
		end = i + 2 // (not "the next month" of a past story)
		var ok bool
		if d, ok = nextExpr(toks[i+1].key, pub); !ok {
			return graph.Date{}, 0, recurNone, false
		}
	case k == "this" && i+1 < len(toks) && (toks[i+1].key == "month" || toks[i+1].key == "year" || toks[i+1].key == "week"):
		d, end = thisPeriodDate(toks[i+1].key, pub), i+2
	case t.flags&fWeekday != 0 && isWeekday(k) && t.cap:
		if dd, e, r, ok := weekdayWithDate(toks, i, pub); ok {
			d, end, recur = dd, e, r // "on Monday, 17 August": the date the weekday names
			break
		}
		if pub.ok {
			d = graph.DayDate(lastWeekday(pub.t, weekdayNames[k]))
		}
		recur = recurWeek
	case t.flags&fMonth != 0 && monthNames[k] > 0 && t.cap && (len(k) >= 3 || k == "may"):
		d, end, recur = monthExpr(toks, i, pub)
		if end < 0 {
			return graph.Date{}, 0, recurNone, false
		}
	case isYear(k) && i > 0 && (toks[i-1].key == "in" || toks[i-1].key == "since" || toks[i-1].key == "of"):
		y, _ := strconv.Atoi(k)
		d = graph.YearDate(y)
	case len(k) == 10 && k[4] == '-' && k[7] == '-':
		if pd, err := graph.ParseDate(k); err == nil {
			d = pd
		}
	case isDayNumber(k) && dayRangeAt(toks, i):
		// "between 20th and 24th October 2025": the range's first day
		d, end, recur = dayMonthDate(toks, dayNumber(k), monthNames[toks[i+3].key], i+4, pub)
	case isDayNumber(k) && i+1 < len(toks) && monthNames[toks[i+1].key] > 0 && toks[i+1].cap && len(toks[i+1].key) >= 3:
		// "13 September 2023"
		d, end, recur = dayMonthDate(toks, dayNumber(k), monthNames[toks[i+1].key], i+2, pub)
	default:
		return graph.Date{}, 0, recurNone, false
	}
	return d, end, recur, true
}

// weekdayWithDate reads the day and month that follow the weekday at token
// i, after a comma or none ("Monday, 17 August", "Tuesday, August 18,
// 2026"): their date, the token after them and their recurrence; false
// when no day of a month follows.
func weekdayWithDate(toks []token, i int, pub anchor) (graph.Date, int, recurrence, bool) {
	j := i + 1
	if j < len(toks) && toks[j].key == "," {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord || !mayOpenDate(toks[j]) || toks[j].flags&fWeekday != 0 {
		return graph.Date{}, 0, recurNone, false
	}
	d, end, recur, ok := dateAt(toks, j, pub)
	if !ok || d.Prec() != graph.DateDay {
		return graph.Date{}, 0, recurNone, false
	}
	if recur == recurYear {
		d = yearOfWeekday(d, weekdayNames[toks[i].key], pub) // "Friday, 13 June": the year in which 13 June was a Friday
	}
	return d, end, recur, true
}

// yearOfWeekday returns day date d, whose year the text left open, in the
// latest of the two years before it or its own that puts it on weekday wd
// and not after publication ("Friday, 13 June" published in 2026 is
// 2025's); d as it is when none does (a weekday the text got wrong, or a
// coming date, which plannedDate reads).
func yearOfWeekday(d graph.Date, wd int, pub anchor) graph.Date {
	t, err := time.Parse("2006-01-02", d.Value)
	if err != nil || int(t.Weekday()) == wd {
		return d
	}
	for n := 0; n <= 2; n++ {
		c := t.AddDate(-n, 0, 0)
		if int(c.Weekday()) == wd && c.Day() == t.Day() && (!pub.ok || !c.After(pub.t)) {
			return graph.DayDate(c)
		}
	}
	return d
}

// dayPartDate dates "this morning", "earlier today"-like day parts (k the
// word before the part): the publication day, the day before for "last
// night"; unknown without a publication date.
func dayPartDate(k, part string, pub anchor) graph.Date {
	if !pub.ok {
		return graph.Date{}
	}
	shift := 0
	if k == "last" && part == "night" {
		shift = -1
	}
	return graph.DayDate(pub.t.AddDate(0, 0, shift))
}

// thisPeriodDate dates "this month", "this year" and "this week" against
// the publication date; unknown without one.
func thisPeriodDate(period string, pub anchor) graph.Date {
	if !pub.ok {
		return graph.Date{}
	}
	switch period {
	case "month":
		return graph.MonthDate(pub.t)
	case "year":
		return graph.YearDate(pub.t.Year())
	case "week":
		return graph.DayDate(pub.t)
	}
	return graph.Date{}
}

// dayMonthDate dates day day of month month, with the year at token end
// when one is there, and returns the token after it and whether the year
// recurs (was not stated).
func dayMonthDate(toks []token, day, month, end int, pub anchor) (graph.Date, int, recurrence) {
	if end < len(toks) && isYear(toks[end].key) {
		year, _ := strconv.Atoi(toks[end].key)
		return dayDate(year, month, day, pub), end + 1, recurNone
	}
	return dayDate(0, month, day, pub), end, recurYear
}

// lastExpr dates "last week", "last month", "last year", "last Monday" and
// "last September" against the publication date (nk is the word after
// "last"); false when nk is none of them.
func lastExpr(nk string, pub anchor) (graph.Date, bool) {
	var d graph.Date
	switch {
	case nk == "week":
		if pub.ok {
			d = graph.DayDate(pub.t.AddDate(0, 0, -7))
		}
	case nk == "month":
		if pub.ok {
			d = graph.MonthDate(pub.t.AddDate(0, -1, -pub.t.Day()+1))
		}
	case nk == "year":
		if pub.ok {
			d = graph.YearDate(pub.t.Year() - 1)
		}
	case isWeekday(nk):
		if pub.ok {
			d = graph.DayDate(lastWeekday(pub.t.AddDate(0, 0, -1), weekdayNames[nk]))
		}
	case monthNames[nk] > 0 && len(nk) >= 3:
		if pub.ok {
			d = graph.MonthDate(lastMonth(pub.t.AddDate(0, -1, 0), monthNames[nk]))
		}
	default:
		return graph.Date{}, false
	}
	return d, true
}

// nextExpr dates "next week", "next month", "next year", "next Monday"
// and "next September" against the publication date (nk is the word after
// "next"); false when nk is none of them. A week ahead is its day seven
// days on, as "last week" is seven days back.
func nextExpr(nk string, pub anchor) (graph.Date, bool) {
	var d graph.Date
	switch {
	case nk == "week":
		if pub.ok {
			d = graph.DayDate(pub.t.AddDate(0, 0, 7))
		}
	case nk == "month":
		if pub.ok {
			d = graph.MonthDate(firstOfNextMonth(pub.t))
		}
	case nk == "year":
		if pub.ok {
			d = graph.YearDate(pub.t.Year() + 1)
		}
	case isWeekday(nk):
		if pub.ok {
			d = graph.DayDate(lastWeekday(pub.t.AddDate(0, 0, 7), weekdayNames[nk]))
		}
	case monthNames[nk] > 0 && len(nk) >= 3:
		if pub.ok {
			y := pub.t.Year() // "next September": the first September after this month
			if monthNames[nk] <= int(pub.t.Month()) {
				y++
			}
			d = graph.MonthDate(time.Date(y, time.Month(monthNames[nk]), 1, 0, 0, 0, 0, time.UTC))
		}
	default:
		return graph.Date{}, false
	}
	return d, true
}

// firstOfNextMonth returns the first day of the month after t's (never
// two months on, as t.AddDate(0, 1, 0) is from 31 January).
func firstOfNextMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, time.UTC)
}

// mayOpenDate reports whether word t may open a date expression of
// findDates: a relative word, a weekday or month name, or a number (years,
// day numbers and ISO dates start with a digit). It lets findDates skip
// most words at once.
func mayOpenDate(t token) bool {
	k := t.key
	if t.flags&(fWeekday|fMonth) != 0 || k != "" && k[0] >= '0' && k[0] <= '9' || len(k) == 10 {
		return true
	}
	switch k {
	case "yesterday", "today", "tomorrow", "tonight", "this", "earlier", "late", "last", "next":
		return true
	}
	return false
}

func isDayPart(k string) bool {
	return k == "morning" || k == "evening" || k == "afternoon" || k == "night"
}

func isSpeechBefore(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].key == "on" || toks[j].key == "last") {
		j--
	}
	return j >= 0 && (toks[j].flags&fSpeechVerbs != 0)
}

// monthExpr reads "September", "Sept. 13", "September 13, 2023", "September 2023".
func monthExpr(toks []token, i int, pub anchor) (graph.Date, int, recurrence) {
	m := monthNames[toks[i].key]
	j := i + 1
	if j < len(toks) && toks[j].key == "." {
		j++
	}
	if j < len(toks) && isDayNumber(toks[j].key) {
		day, _ := strconv.Atoi(toks[j].key)
		j++
		year := 0
		k := j
		if k < len(toks) && toks[k].key == "," {
			k++
		}
		if k < len(toks) && isYear(toks[k].key) {
			year, _ = strconv.Atoi(toks[k].key)
			j = k + 1
		} else if y, end := relativeYear(toks, j, pub); end > j {
			year, j = y, end // "September 13 last year"
		}
		if year == 0 {
			return dayDate(0, m, day, pub), j, recurYear
		}
		return dayDate(year, m, day, pub), j, recurNone
	}
	if y, end := relativeYear(toks, j, pub); end > j {
		return graph.MonthDate(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)), end, recurNone // "in September last year"
	}
	if j < len(toks) && isYear(toks[j].key) {
		year, _ := strconv.Atoi(toks[j].key)
		return graph.MonthDate(time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)), j + 1, recurNone
	}
	// A bare month name: "May" is too often a verb or a name.
	if toks[i].key == "may" {
		if i == 0 || (toks[i-1].key != "in" && toks[i-1].key != "early" && toks[i-1].key != "late" && toks[i-1].key != "mid" && toks[i-1].key != "since") {
			return graph.Date{}, -1, recurNone
		}
	}
	if !pub.ok {
		return graph.Date{}, j, recurNone
	}
	return graph.MonthDate(lastMonth(pub.t, m)), j, recurYear
}

// relativeYear reads "last year", "this year" or "next year" at token j
// after a month: the year it names from the publication date, and the
// token after it (j when there is none).
func relativeYear(toks []token, j int, pub anchor) (int, int) {
	if !pub.ok || j+1 >= len(toks) || toks[j+1].key != "year" {
		return 0, j
	}
	switch toks[j].key {
	case "last":
		return pub.t.Year() - 1, j + 2
	case "this":
		return pub.t.Year(), j + 2
	case "next":
		return pub.t.Year() + 1, j + 2
	}
	return 0, j
}

// dayDate returns the day date of month m, day day of year (0 when not
// stated: the last such day not after publication, unknown without one).
func dayDate(year, m, day int, pub anchor) graph.Date {
	if day < 1 || day > 31 || m < 1 || m > 12 {
		return graph.Date{}
	}
	if year == 0 {
		if !pub.ok {
			return graph.Date{}
		}
		year = pub.t.Year()
		t := time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		if t.After(pub.t.AddDate(0, 0, 7)) {
			// a date up to a week ahead is an announced date; further ahead is last year's
			year--
		}
	}
	t := time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(m) {
		return graph.Date{}
	}
	return graph.DayDate(t)
}

// lastWeekday returns the last day on or before t that falls on weekday wd.
func lastWeekday(t time.Time, wd int) time.Time {
	diff := (int(t.Weekday()) - wd + 7) % 7
	return t.AddDate(0, 0, -diff)
}

// lastMonth returns the first day of the last month m not after t.
func lastMonth(t time.Time, m int) time.Time {
	y := t.Year()
	if m > int(t.Month()) {
		y--
	}
	return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
}

func isYear(k string) bool {
	if len(k) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return k[0] == '1' && k[1] == '9' || k[0] == '2' && k[1] == '0'
}

// dayRangeAt reports whether a range of two days of one month opens at
// word i: "20th and 24th October", "20-24 October", "20 to 24 October".
func dayRangeAt(toks []token, i int) bool {
	return i+3 < len(toks) && dayRangeJoins[toks[i+1].key] && isDayNumber(toks[i+2].key) &&
		monthNames[toks[i+3].key] > 0 && toks[i+3].cap && len(toks[i+3].key) >= 3
}

// dayRangeJoins join the two days of a range.
var dayRangeJoins = map[string]bool{"and": true, "to": true, "-": true, "–": true, "until": true}

// dayNumber is the day of a day number ("13", "13th").
func dayNumber(k string) int {
	n := 0
	for i := 0; i < len(k) && k[i] >= '0' && k[i] <= '9'; i++ {
		n = n*10 + int(k[i]-'0')
	}
	return n
}

func isDayNumber(k string) bool {
	if len(k) > 2 {
		// "13th", "1st"
		if len(k) <= 4 && (hasSuffix(k, "th") || hasSuffix(k, "st") || hasSuffix(k, "nd") || hasSuffix(k, "rd")) {
			k = k[:len(k)-2]
		} else {
			return false
		}
	}
	if k == "" {
		return false
	}
	n := 0
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
		n = n*10 + int(k[i]-'0')
	}
	return n >= 1 && n <= 31
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

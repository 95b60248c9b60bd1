package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// datedCase is a text, a fact type and the date that fact must carry.
type datedCase struct{ name, text, typ, want string }

// runDatedCases extracts each text as published on pub and checks the
// date of its facts of the case's type.
func runDatedCases(t *testing.T, pub string, cases []datedCase) {
	t.Helper()
	p, _ := graph.ParseDate(pub)
	for _, c := range cases {
		x := Extract(c.text, Meta{Published: p})
		found := false
		for _, e := range x.Edges {
			if string(e.Type) != c.typ {
				continue
			}
			found = true
			if e.Date.String() != c.want {
				t.Errorf("%s: %s dated %s, want %s", c.name, c.typ, e.Date, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no %s in %q", c.name, c.typ, factStrings(x))
		}
	}
}

// TestFirstPersonPresentDates: a first person's act in the present ("I
// urge", "We condemn ... and call on") is dated by the document, not by the
// last date the story named; in the past it keeps the story's date.
func TestFirstPersonPresentDates(t *testing.T) {
	runDatedCases(t, "2024-03-10", []datedCase{
		{"I urge", "NANA AKUFO-ADDO: Thank you all for coming.\n\nThe rebels attacked Dapaong in January. I urge Togo to reopen the border.", "urged", "2024-03-10"},
		{"I accuse", "NANA AKUFO-ADDO: Thank you all for coming.\n\nThe rebels attacked Dapaong in January. I also accuse Togo of arming the rebels.", "accused", "2024-03-10"},
		{"coordinated", "NANA AKUFO-ADDO: Thank you all for coming.\n\nThe rebels attacked Dapaong in January. We condemn the raid and call on Togo to free the hostages.", "urged", "2024-03-10"},
		{"past keeps the story's date", "NANA AKUFO-ADDO: Thank you all for coming.\n\nThe rebels attacked Dapaong in January. I urged Togo to reopen the border.", "urged", "2024-01"},
	})
}

// TestPresentSpeechActDates: another party's accusation, warning or urging
// in the simple present ("accuses", "... and calls on", a plural's "warn")
// is said as of the document; an infinitive, a modal's verb or a past
// keeps the story's date.
func TestPresentSpeechActDates(t *testing.T) {
	lead := "Gunmen attacked a border post near Dapaong on Monday.\n\n"
	runDatedCases(t, "2024-03-10", []datedCase{
		{"third person", lead + "Ghana's government accuses Togo of sheltering the gunmen.", "accused", "2024-03-10"},
		{"coordinated third person", lead + "The Ministry of Defence of Ghana urges Togo to prevent armed groups from using its territory, and calls on the Burkinabe army to close the border.", "urged", "2024-03-10"},
		{"a plural's base form", lead + "The Ghana Armed Forces warn Togo that any incursion will be repelled.", "warned", "2024-03-10"},
		{"past", lead + "Ghana's government accused Togo of sheltering the gunmen.", "accused", "2024-03-04"},
		{"a modal", lead + "Ghana said it would urge Togo to arrest the gunmen.", "urged", "2024-03-04"},
	})
}

// TestFirstPersonCoordinatedDates: a verb coordinated with a first
// person's verb in the present ("We condemn ... and call on") is in the
// present too, whatever stands between; "we" before a past is no present.
func TestFirstPersonCoordinatedDates(t *testing.T) {
	lead := "NANA AKUFO-ADDO: Thank you all for coming.\n\nThe rebels attacked Dapaong in January. "
	runDatedCases(t, "2024-03-10", []datedCase{
		{"we, and", lead + "We condemn the Togolese strikes on Ghanaian territory and call on Togo to withdraw its troops.", "urged", "2024-03-10"},
		{"we, a past", lead + "We condemned the Togolese strikes on Ghanaian territory and called on Togo to withdraw its troops.", "urged", "2024-01"},
	})
}

// TestReactedRecordDates: a date in the object of a verb of reaction or
// report ("welcomed the signing of the accord in Lomé on 2 March",
// "recalled his visit to Accra in May 2022") dates that act, not what the
// document tells after it; a welcome of a person keeps its day.
func TestReactedRecordDates(t *testing.T) {
	lead := "President Mahama held talks with President Faure Gnassingbé in Accra on 8 March 2024.\n\n"
	runDatedCases(t, "2024-03-10", []datedCase{
		{"a welcomed signing", lead + "The two Presidents welcomed the signing of the transit accord in Lomé on 2 March. Ghana urged Togo to reopen the border.", "urged", "2024-03-08"},
		{"a recalled visit", lead + "Mahama recalled his visit to Lomé in May 2022. Ghana urged Togo to reopen the border.", "urged", "2024-03-08"},
		{"a welcome of a person", "Ghana and Togo held talks in Accra on 8 March 2024.\n\nMahama welcomed President Faure Gnassingbé at the airport on 9 March. Ghana urged Togo to reopen the border.", "urged", "2024-03-09"},
	})
}

// TestChargeDates: a date inside the charge of an accusation or criticism
// ("of shelling ... last month", "for closing ... last year", "including
// the attack ... in January") dates the charged act, not the accusation,
// which keeps the story's date; a date of the accusation itself stays.
func TestChargeDates(t *testing.T) {
	lead := "Ghana and Togo held talks in Accra on 8 March 2024.\n\n"
	runDatedCases(t, "2024-03-10", []datedCase{
		{"of a gerund", lead + "Ghana accused Togo of shelling border villages near Aflao last month.", "accused", "2024-03-08"},
		{"for a gerund", lead + "Ghana criticised Togo for closing the border crossing at Aflao last year.", "criticized", "2024-03-08"},
		{"an attack in the object", lead + "Ghana condemned the raids by Togolese gunmen on border towns, including the attack on a police post at Aflao in January.", "criticized", "2024-03-08"},
		{"the accusation's own date", lead + "Ghana accused Togo of arming the rebels near Aflao on 9 March.", "accused", "2024-03-09"},
	})
}

// TestHeadlineDays: a headline's fact with no date of its own takes the
// story's first day when it lies in the week before publication; a first
// day of publication or one older than a week leaves it at publication.
func TestHeadlineDays(t *testing.T) {
	head := "Ghana accuses Togo of arming rebels\n\n"
	runDatedCases(t, "2024-03-10", []datedCase{
		{"the day before", head + "Rebels attacked a police post near Bawku on Saturday, the army said.", "accused", "2024-03-09"},
		{"the publication day", head + "Rebels attacked a police post near Bawku on Sunday, the army said.", "accused", "2024-03-10"},
		{"older than a week", head + "Rebels attacked a police post near Bawku on 12 February, the army said.", "accused", "2024-03-10"},
	})
}

package loader

import "testing"

// TestDesignationOfListedPersons checks a designation whose object names
// the persons or entities of a list given further on ("designated the
// persons and entities listed in the Annex to this Notice", "the
// individuals set out below"): each row of the list is sanctioned, as after
// "the following persons". A prose paragraph that names a designated body
// before the list is no row, and a list that no designation announced
// sanctions nobody.
func TestDesignationOfListedPersons(t *testing.T) {
	rows := "ANNEX\n\nIndividuals\n\n1. NAZAROV, Oleg Ivanovich\nDOB: 01/02/1970. Nationality: Russia.\n\n" +
		"Entities\n\n2. VOLGA AEROTECH LLC\nAddress: Kazan, Russia.\n"
	reasons := "2. Statement of reasons\n\nVolga Aerotech LLC, a Kazan-based manufacturer, builds drone engines.\n\n"
	want := []string{
		"Foreign, Commonwealth and Development Office -sanctioned-> Oleg Ivanovich Nazarov (asserted)",
		"Foreign, Commonwealth and Development Office -sanctioned-> VOLGA AEROTECH LLC (asserted)",
	}
	runRecallCases(t, []recallCase{
		{"listed in the Annex", "FINANCIAL SANCTIONS NOTICE\n\n1. The Foreign, Commonwealth and Development Office (FCDO) has today designated the persons and entities listed in the Annex to this Notice.\n\n" + reasons + rows, []string{
			// the body keeps the name the prose gave it first
			"Foreign, Commonwealth and Development Office -sanctioned-> Oleg Ivanovich Nazarov (asserted)",
			"Foreign, Commonwealth and Development Office -sanctioned-> Volga Aerotech LLC (asserted)",
		}},
		{"set out below", "FINANCIAL SANCTIONS NOTICE\n\nThe Foreign, Commonwealth and Development Office (FCDO) designated the individuals and entities set out below.\n\n" + rows, want},
		{"entities named in a schedule", "The Foreign, Commonwealth and Development Office (FCDO) designated the entities named in Schedule 2.\n\n" + rows, want},
		{"no designation of the list", "FINANCIAL SANCTIONS NOTICE\n\nThe Foreign, Commonwealth and Development Office (FCDO) published the persons listed in the Annex.\n\n" + rows, nil},
		{"listed persons are no list's", "The Foreign, Commonwealth and Development Office (FCDO) designated the persons who were listed in the press.\n\n" + rows, nil},
	})
}

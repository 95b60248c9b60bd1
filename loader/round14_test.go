package loader

import "testing"

// TestCompanySuffixNames checks that a company's legal-form suffix makes the
// name before it an organization, as an organization's head does: the
// suffixes of company-suffixes, dotted or not ("S.A.", "AG", "Pte").
func TestCompanySuffixNames(t *testing.T) {
	checkOrganizations(t, []orgCase{
		{"Embraer S.A. signed a contract with the Indonesian Air Force on Monday.", "Embraer S.A."},
		{"Rosneft signed an agreement with Petróleo Brasileiro S.A. in Brasilia.", "Petróleo Brasileiro S.A."},
		{"Siemens AG signed a contract with Egypt for high-speed trains.", "Siemens AG"},
		{"Keppel Pte delivered two patrol ships to the Philippine Navy.", "Keppel Pte"},
		{"Saab AB agreed to supply radars to Thailand.", "Saab AB"},
	})
	runRecallCases(t, []recallCase{
		{"a company as a party", "Embraer S.A. signed a contract with the Indonesian Air Force on Monday.",
			[]string{"Embraer S.A. -agreed-> Indonesian Air Force (asserted)"}},
	})
}

// TestFormationNames checks a formation named after its head, as an
// operation is: "Battlegroup Sever" is an organization, not a person.
func TestFormationNames(t *testing.T) {
	checkOrganizations(t, []orgCase{
		{"Units of Battlegroup Sever struck Ukrainian positions near Vovchansk on Tuesday.", "Battlegroup Sever"},
		{"Units of the Battlegroup Vostok repelled four attacks, the ministry said.", "Battlegroup Vostok"},
		{"Units of the Battlegroup West defeated two brigades near Kupyansk.", "Battlegroup West"},
		{"Units of the Battlegroup South struck formations near Konstantinovka.", "Battlegroup South"},
	})
	runRecallCases(t, []recallCase{
		{"a formation as an attacker", "Units of Battlegroup Sever struck Ukrainian positions on Tuesday.",
			[]string{"Battlegroup Sever -attacked-> Ukraine (asserted)"}},
	})
}

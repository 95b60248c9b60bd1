package loader

import "testing"

// Round 11 (issue 10, eleventh session, facts): mechanisms chosen because the
// misses of at least two tuning sets showed them. The sentences are our own.

// TestAgentPhraseBeforeTarget: an agent participle and a date before an act
// noun's by-agent ("the attack carried out last week by X on Y") lead to the
// attackers for a criticism and do not count toward the distance of the
// act's target.
func TestAgentPhraseBeforeTarget(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"participle, by-agent, site in a city", "Senegal condemned the attacks perpetrated by Boko Haram on an army barracks in Maiduguri on 3 May.",
			[]string{"Senegal -criticized-> Boko Haram (asserted)", "Boko Haram -attacked-> Maiduguri (asserted)"}},
		{"an apposition after the agent", "Ghana condemned the assault launched by the RSF, also known as the Janjaweed, on the town of El Obeid.",
			[]string{"Ghana -criticized-> Rapid Support Forces (asserted)", "Rapid Support Forces -attacked-> El Obeid (asserted)"}},
		{"a date before the by-agent", "Kenya condemned the attack carried out last week by al-Shabaab on Mandera.",
			[]string{"Kenya -criticized-> al-Shabaab (asserted)", "al-Shabaab -attacked-> Mandera (asserted)"}},
		{"a date and no target", "Egypt condemned the attack by the Houthis on Monday.",
			[]string{"Egypt -criticized-> Houthis (asserted)"}},
	})
}

// TestJointOperations: operations forces carry out together are
// cooperation ("conducted a joint operation with X"), and an "of" that names
// two parties or more names its sides, not the subject of the verb that
// governs the noun.
func TestJointOperations(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"light verb and with", "The Ghana Armed Forces carried out joint operations with the Burkina Faso army last week.",
			[]string{"Ghana Armed Forces -cooperated-> Burkina Faso (asserted)"}},
		{"of two parties after a passive", "The smugglers were arrested in a joint operation of the Kenya Police Service and the Uganda Police Force in Busia.",
			[]string{"Kenya Police Service -cooperated-> Uganda Police Force (asserted)"}},
		{"between two parties", "Joint military operations between Chad and Niger resumed near the lake.",
			[]string{"Chad -cooperated-> Niger (asserted)"}},
		{"of one party", "The success of the operation of the Kenya Police Service was praised.", nil},
	})
}

// TestTwoSidesWhoMet: "the two sides" or "both sides" opening a clause after
// a meeting of two persons in the same sentence are the two who met; as an
// object ("urged both sides") they are not.
func TestTwoSidesWhoMet(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"and the two sides", "Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo, and the two sides agreed to expand defence trade.",
			[]string{"Narendra Modi -met-> Shigeru Ishiba (asserted)", "Narendra Modi -agreed-> Shigeru Ishiba (asserted)", "Narendra Modi -visited-> Tokyo (asserted)"}},
		{"where both sides", "William Ruto and Ugandan President Yoweri Museveni met in Kampala, where both sides agreed to reopen the border.",
			[]string{"William Ruto -met-> Yoweri Museveni (asserted)", "William Ruto -agreed-> Yoweri Museveni (asserted)", "William Ruto -visited-> Kampala (asserted)"}},
		{"an object of an urging", "Josep Borrell met Albin Kurti and Vjosa Osmani in Pristina and urged both sides to show restraint.",
			[]string{"Josep Borrell -met-> Albin Kurti (asserted)", "Josep Borrell -met-> Vjosa Osmani (asserted)"}},
	})
}

// TestAccusedWhoAreSanctioned: an accusation with no named object after
// sanctions ("accusing them of", "whom it accused of") accuses the
// sanctioner's targets; a participle qualifying a noun ("a firm accused
// of") is no accusation by the sanctioner.
func TestAccusedWhoAreSanctioned(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"accusing them", "The European Union imposed sanctions on Milorad Dodik and two of his aides, accusing them of undermining the constitution.",
			[]string{"European Union -sanctioned-> Milorad Dodik (asserted)", "European Union -accused-> Milorad Dodik (asserted)"}},
		{"whom it accused", "Canada imposed sanctions on Yevgeny Prigozhin, whom it accused of recruiting prisoners.",
			[]string{"Canada -sanctioned-> Yevgeny Prigozhin (asserted)", "Canada -accused-> Yevgeny Prigozhin (asserted)"}},
		{"a participle of a noun", "Japan imposed sanctions on Rosneft, including a tanker operator accused of carrying oil.",
			[]string{"Japan -sanctioned-> Rosneft (asserted)"}},
	})
}

// TestPlaceOfUnnamedRecipients: a place after "in" or "at" in the "to" slot
// of a supply that no name filled is where the unnamed recipients are
// ("delivered food to 30,000 people in X"); a place of another phrase
// ("through front companies in X") is not.
func TestPlaceOfUnnamedRecipients(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"people in a place", "The World Food Programme delivered flour to 30,000 displaced people in Kadugli on Monday.",
			[]string{"World Food Programme -supplied-> Kadugli (asserted)", "World Food Programme -supplied-> Sudan (asserted)"}},
		{"a site in a city", "UNICEF delivered vaccines to the main hospital in Goma.",
			[]string{"UNICEF -supplied-> Goma (asserted)", "UNICEF -supplied-> Democratic Republic of the Congo (asserted)"}},
		{"another phrase's place", "The network shipped drone engines to rebel-held ports through front companies in Sharjah.",
			nil},
	})
}

// TestSpeakerItAfterDate: "it" after a speech verb and a date ("X said on
// Monday it had ...") is the speaker, as right after the verb.
func TestSpeakerItAfterDate(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a day between", "The World Food Programme said on Monday it had delivered flour to Kadugli.",
			[]string{"World Food Programme -supplied-> Kadugli (asserted)", "World Food Programme -supplied-> Sudan (asserted)"}},
		{"a weekday alone", "Japan said Tuesday it had sent two patrol boats to the Philippines.",
			[]string{"Japan -supplied-> Philippines (asserted)"}},
	})
}

// TestDistributedIsSupply: "distributed X to Y" supplies Y.
func TestDistributedIsSupply(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"distributed to a place", "UNHCR distributed blankets to Kharkiv on Friday.",
			[]string{"Office of the United Nations High Commissioner for Refugees -supplied-> Kharkiv (asserted)",
				"Office of the United Nations High Commissioner for Refugees -supplied-> Ukraine (asserted)"}},
	})
}

// TestThankedForSupplyToOthers: "Y thanked X for the delivery of Z to W":
// X supplied W, the recipient the noun names; without one, Y.
func TestThankedForSupplyToOthers(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"a recipient named", "President Santiago Peña thanked Brazil for the delivery of three helicopters to the Paraguayan Air Force.",
			[]string{"Brazil -supplied-> Paraguayan Air Force (asserted)"}},
		{"no recipient named", "Kenya thanked Japan for the delivery of 20 ambulances.",
			[]string{"Japan -supplied-> Kenya (asserted)"}},
	})
}

// TestBareMinistersOfAMeeting: "Ministers" or "Leaders" without an article
// opening a clause of a meeting's communiqué are the body whose meeting it
// is, as "Summit" is; with an article or elsewhere they are not.
func TestBareMinistersOfAMeeting(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"bare ministers", "The Pacific Islands Forum summit was held in Suva.\n\n4. Ministers urged Japan to share all monitoring data.",
			[]string{"Pacific Islands Forum -urged-> Japan (asserted)"}},
		{"bare leaders", "The African Union summit was held in Addis Ababa.\n\n7. Leaders condemned the attack by al-Shabaab on Mandera.",
			[]string{"African Union -criticized-> al-Shabaab (asserted)", "al-Shabaab -attacked-> Mandera (asserted)"}},
		{"no meeting", "Ministers urged Japan to share all monitoring data.", nil},
	})
}

// TestMoneyPaidOut: money disbursed or allocated to a party, and a line of
// credit or a loan extended to it, supply it; an invitation extended does
// not.
func TestMoneyPaidOut(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"disbursed", "The European Union disbursed EUR 20 million to the African Union on Monday.",
			[]string{"European Union -supplied-> African Union (asserted)"}},
		{"a line of credit", "China extended a new line of credit of USD 150 million to Nigeria for rail works.",
			[]string{"China -supplied-> Nigeria (asserted)"}},
		{"an invitation", "Kenya extended an invitation to Japan to attend the summit.", nil},
	})
}

// TestWeaponModifierAfterPeople: a people's word before a weapon modifier
// and a group noun acts for its state ("Ukrainian naval drones struck X").
func TestWeaponModifierAfterPeople(t *testing.T) {
	runRecallCases(t, []recallCase{
		{"naval drones", "Ukrainian naval drones struck a tanker near Novorossiysk on Monday.",
			[]string{"Ukraine -attacked-> Novorossiysk (asserted)"}},
		{"kamikaze drones", "Russian kamikaze drones hit Odesa overnight.",
			[]string{"Russia -attacked-> Odesa (asserted)"}},
	})
}

package main

// The supplements below are small, hand-kept and documented: what the data
// sources lack or name otherwise than English news does. Everything else comes
// from the sources named in main.go.

// canonicalOverride replaces world-countries' common name where news and
// shared/eval/states.json use another one.
var canonicalOverride = map[string]string{
	"COD": "Democratic Republic of the Congo", // world-countries: "DR Congo"
	"COG": "Republic of the Congo",
	"CIV": "Côte d'Ivoire", // states.json; "Ivory Coast" stays a name
	"CZE": "Czechia",
	"TUR": "Turkey", // "Türkiye" stays a name
	"MAC": "Macao",
	"VAT": "Vatican City",
	"PSE": "Palestine",
}

// newsNames are the short forms news writes that the sources lack.
var newsNames = map[string][]string{
	"USA": {"US", "U.S.", "USA", "U.S.A.", "America", "United States of America"},
	"GBR": {"UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"},
	"RUS": {"Russian Federation"},
	"PRK": {"DPRK", "D.P.R.K.", "N. Korea", "N.Korea"},
	"KOR": {"ROK", "R.O.K.", "S. Korea", "S.Korea", "Republic of Korea"},
	"CHN": {"PRC", "People's Republic of China", "mainland China"},
	"TWN": {"Republic of China", "ROC"},
	"ARE": {"UAE", "U.A.E.", "Emirates"},
	"IRN": {"Islamic Republic of Iran", "Persia"},
	"SYR": {"Syrian Arab Republic"},
	"VEN": {"Bolivarian Republic of Venezuela"},
	"TUR": {"Türkiye", "Turkiye"},
	"CZE": {"Czech Republic"},
	"MMR": {"Burma"},
	"SWZ": {"Swaziland"},
	"MKD": {"Macedonia"},
	"CIV": {"Ivory Coast"},
	"COD": {"DRC", "DR Congo", "Congo-Kinshasa"},
	"COG": {"Congo-Brazzaville"},
	"NLD": {"Holland"},
	"VAT": {"Holy See", "Vatican"},
	"PSE": {"State of Palestine", "Palestinian territories"},
	"XKX": {"Republic of Kosovo"},
	"BIH": {"Bosnia"},
	"SAU": {"KSA", "Kingdom of Saudi Arabia"},
	"TLS": {"East Timor"},
}

// allowedAlt are single-word alternative spellings from world-countries that
// English news uses; others of one word are native names and are dropped.
var allowedAlt = map[string]bool{
	"Holland": true, "Emirates": true, "Czechia": true, "Turkiye": true, "Burma": true,
	"Swaziland": true, "Macedonia": true, "Kampuchea": true,
}

// extraDemonyms are the demonym nouns and adjectives that differ from
// world-countries' single English demonym.
var extraDemonyms = map[string][]string{
	"GBR": {"British", "Briton", "Britons", "Brit", "Brits"},
	"USA": {"American", "Americans"},
	"TUR": {"Turkish", "Turk", "Turks"},
	"POL": {"Polish", "Pole", "Poles"},
	"DNK": {"Danish", "Dane", "Danes"},
	"SWE": {"Swedish", "Swede", "Swedes"},
	"FIN": {"Finnish", "Finn", "Finns"},
	"ESP": {"Spanish", "Spaniard", "Spaniards"},
	"SAU": {"Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"},
	"ISL": {"Icelandic"},
	"NZL": {"New Zealand"},
	"PHL": {"Philippine"},
	"NLD": {"Dutch"},
	"IRL": {"Irish"},
	"CHE": {"Swiss"},
	"FRA": {"French"},
	"CHN": {"Chinese"},
	"JPN": {"Japanese"},
	"VNM": {"Vietnamese"},
	"LAO": {"Lao", "Laotian", "Laotians"},
	"THA": {"Thai", "Thais"},
	"ARE": {"Emirati", "Emiratis"},
	"PRK": {"North Korean", "North Koreans", "N. Korean"},
	"KOR": {"South Korean", "South Koreans", "S. Korean"},
	"COD": {"Congolese"},
	"DOM": {"Dominican", "Dominicans"},
	"BIH": {"Bosnian", "Bosnians"},
	"CZE": {"Czech", "Czechs"},
	"KGZ": {"Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"},
	"KAZ": {"Kazakh", "Kazakhs", "Kazakhstani"},
	"UZB": {"Uzbek", "Uzbeks"},
	"TJK": {"Tajik", "Tajiks"},
	"TKM": {"Turkmen"},
	"AZE": {"Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"},
	"PSE": {"Palestinian", "Palestinians"},
	"XKX": {"Kosovar", "Kosovars", "Kosovan"},
	"MKD": {"North Macedonian", "North Macedonians"},
	"TLS": {"Timorese"},
	"BGD": {"Bangladeshi", "Bangladeshis"},
	"PAK": {"Pakistani", "Pakistanis"},
	"YEM": {"Yemeni", "Yemenis"},
	"IRQ": {"Iraqi", "Iraqis"},
	"ISR": {"Israeli", "Israelis"},
	"KWT": {"Kuwaiti", "Kuwaitis"},
	"QAT": {"Qatari", "Qataris"},
	"OMN": {"Omani", "Omanis"},
	"BHR": {"Bahraini", "Bahrainis"},
	"SOM": {"Somali", "Somalis"},
	"DJI": {"Djiboutian", "Djiboutians"},
	"SVN": {"Slovenian", "Slovenians"},
	"ECU": {"Ecuadorian", "Ecuadorians"},
	"ARG": {"Argentinian", "Argentinians"},
	"NPL": {"Nepali", "Nepalis"},
	"MDV": {"Maldivian", "Maldivians"},
	"CPV": {"Cape Verdean", "Cape Verdeans"},
	"COM": {"Comorian", "Comorians"},
	"GNB": {"Bissau-Guinean", "Bissau-Guineans"},
	"SUR": {"Surinamese"},
	"BWA": {"Botswanan", "Botswanans", "Batswana"},
	"GRL": {"Greenlander", "Greenlanders"},
	"GIB": {"Gibraltarian", "Gibraltarians"},
}

// seats are seats of government that differ from the capital world-countries
// gives (and capitals it lacks).
var seats = map[string][]string{
	"NLD": {"The Hague"},
	"BOL": {"La Paz"},
	"ZAF": {"Pretoria"},
	"CIV": {"Abidjan"},
	"BEN": {"Cotonou"},
	"MYS": {"Putrajaya"},
	"LKA": {"Colombo"},
	"TZA": {"Dar es Salaam"},
	"UKR": {"Kiev"},
	"IND": {"Delhi"},
	"MMR": {"Nay Pyi Taw", "Naypyidaw"},
}

// metonyms are metonym-only words news uses for a state's government: seats and
// residences that are not the capital city. Some are also places ("White
// House"): telling the two uses apart is the extractor's job.
var metonyms = map[string][]string{
	"RUS": {"Kremlin"},
	"USA": {"White House"},
	"GBR": {"Downing Street", "Whitehall", "Number 10", "No 10"},
	"FRA": {"Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay"},
	"KOR": {"Blue House", "Cheong Wa Dae", "Yongsan"},
	"CHN": {"Zhongnanhai"},
	"JPN": {"Kantei"},
}

// collisionWinner gives a name that folds alike for several states to one of
// them, where the UN-membership rule of resolveCollisions would drop it.
var collisionWinner = map[string]string{
	"dominican":  "DOM", // Dominica's demonym is rarer in news than the Dominican Republic's
	"dominicans": "DOM",
	"congolese":  "COD", // news mostly means the larger Congo
	"oranjestad": "ABW", // world-countries also gives it for the Caribbean Netherlands
}

// notUNMember corrects world-countries' unMember flag: the Holy See is a UN
// observer state, not a member.
var notUNMember = map[string]bool{"VAT": true}

// ambiguousCapitals are capitals (of small territories mostly, but also
// Seychelles' Victoria and the Maldives' Malé) that are also
// common given names, English words or better-known places elsewhere: as a
// metonym ("Victoria said", "Douglas warned") they would name the wrong thing
// far more often than the right one, so they are left out of Capitals.
var ambiguousCapitals = map[string]bool{
	"Victoria": true, "Stanley": true, "Hamilton": true, "Douglas": true,
	"Malé": true, "Male": true, "Plymouth": true, "The Valley": true,
	"West Island": true, "King Edward Point": true,
}

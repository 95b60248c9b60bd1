# Gold definitions for heldout25 articles and govdocs (written from the texts only).
# E(kind, names..., country=...)  F(type, from, to, date, tol, alleged=source)  I(type, from, to, why)
from dsl import E, F, I, doc

DOCS = []

# ---------------------------------------------------------------- a1 Sahel raid (Reuters)
JNIM = ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal Muslimin",
        "al Qaeda-linked group JNIM"]
NER = ["iso3:NER", "Niamey"]
BFA = ["iso3:BFA", "Ouagadougou"]
MLI = ["iso3:MLI", "Bamako"]
DOCS.append(doc(
    "articles/a1-sahel-raid-reuters", "2026-11-19", "Reuters",
    "Jihadists cross from Burkina Faso to raid Niger border town; army hits back",
    "wire story", "Sahel",
    [
        E("person", "Amadou Abdramane", "Abdramane", "Colonel-Major Amadou Abdramane", country="NER"),
        E("person", "Mahmoud Ali Youssouf", "Youssouf", country=None),
        E("person", "Abdourahamane Tiani", "Tiani", "General Abdourahamane Tiani", country="NER"),
        E("person", "Mohamed Toumba", "Toumba", "General Mohamed Toumba", country="NER"),
        E("state", "iso3:NER"), E("state", "iso3:BFA"), E("state", "iso3:MLI"), E("state", "iso3:FRA"),
        E("state", "iso3:RUS"), E("state", "iso3:BEN"), E("state", "iso3:TUR"),
        E("organization", *JNIM),
        E("organization", "al Qaeda", "al-Qaeda", "Al Qaeda"),
        E("organization", "Reuters"),
        E("organization", "Tele Sahel", "Télé Sahel"),
        E("organization", "43rd Special Intervention Battalion"),
        E("organization", "5th Mechanized Brigade"),
        E("organization", "Niger Air Force", "Nigerien Air Force"),
        E("organization", "12th Rapid Intervention Battalion"),
        E("organization", "RTB", "Radiodiffusion Television du Burkina"),
        E("organization", "SITE Intelligence Group", "SITE"),
        E("organization", "African Union Commission", "African Union", "AU", "AU Commission"),
        E("organization", "Alliance of Sahel States", "AES"),
        E("place", "Niamey", country="NER"), E("place", "Makalondi", country="NER"),
        E("place", "Boni", country="NER"), E("place", "Kantchari", country="BFA"),
        E("place", "Tillaberi", "Tillabéri", "Tillaberi region", country="NER"),
        E("place", "Tera", "Téra", country="NER"), E("place", "Sahel"),
    ],
    ["Hamidou Soumana", "Clarisse Ndour", "Idrissa Kanoute", "Lamine Ouedraogo", "Alison Marsh", "Dakar",
     "Thomson Reuters Trust Principles", "iso3:GIN", "Doumbouya", "iso3:TCD", "iso3:SDN", "iso3:GHA",
     "Facebook", "LinkedIn", "Reuters Africa newsletter"],
    [
        F("attacked", JNIM, ["Makalondi", "iso3:NER", "43rd Special Intervention Battalion"], "2026-11-17", 1),
        F("attacked", ["5th Mechanized Brigade", "Niger Air Force", "iso3:NER", "Niger's army"], JNIM, "2026-11-18", 0),
        F("attacked", ["12th Rapid Intervention Battalion", "iso3:BFA", "Burkina Faso's army"], JNIM, "2026-11-18", 0),
        F("criticized", ["Mahmoud Ali Youssouf", "Youssouf", "African Union Commission", "African Union", "AU"], JNIM, "2026-11-19", 0),
        F("agreed", NER, MLI, "2026-10", 0),
        F("agreed", NER, BFA, "2026-10", 0),
        F("agreed", MLI, BFA, "2026-10", 0),
        F("accused", ["Abdourahamane Tiani", "Tiani", "iso3:NER"], ["iso3:FRA", "Paris"]),
        F("accused", ["iso3:NER", "junta", "Niger's junta"], ["iso3:BEN", "Cotonou"], "2026-11-18", 0),
        F("supplied", ["iso3:TUR", "Ankara"], ["iso3:NER"], "2022", 0),
        F("visited", ["Mohamed Toumba", "Toumba", "iso3:NER"], ["Makalondi"], "2026-11-19", 0),
    ],
    [
        I("visited", JNIM, ["iso3:NER", "Makalondi"], "crossing the border in a raid is no visit"),
        I("urged", ["Mahmoud Ali Youssouf", "Youssouf", "African Union Commission", "African Union", "AU"],
          ["countries of the region"], "unnamed target"),
        I("cooperated", ["iso3:NER", "iso3:MLI", "iso3:BFA", "Alliance of Sahel States", "AES"], ["iso3:RUS"],
          "'turned ... towards Russia for security help' is vague background"),
        I("supplied", ["iso3:FRA", "Paris"], JNIM + ["jihadist groups"],
          "'sponsoring jihadist groups' sits inside Tiani's accusation and names no group"),
        I("attacked", ["gunmen"], ["Tera", "iso3:NER"], "unnamed attackers"),
        I("attacked", JNIM, ["iso3:BFA"], "no such reading; guard for 'crossed ... from Burkina Faso'"),
    ],
))

# ---------------------------------------------------------------- a2 Korea sanctions (FT)
US2 = ["iso3:USA", "US Treasury", "Treasury", "Office of Foreign Assets Control", "OFAC", "Washington"]
OCEAN = ["Ocean Crest Shipping Co., Ltd", "Ocean Crest Shipping", "Ocean Crest"]
HAIX = ["Ningbo Haixing Maritime Group", "Haixing Maritime Group", "Ningbo group"]
VOST = ["Vostok Settlement Bank JSC", "Vostok Settlement Bank"]
KUMG = ["Kumgang Trade Bank", "Kumgang"]
LIU = ["Liu Jianming"]
SOLO = ["Andrei Solovyov", "Solovyov"]
KIMC = ["Kim Chol Nam"]
PRIM = ["Primorye Bunker Service LLC", "Primorye Bunker Service", "Primorye"]
PRK = ["iso3:PRK", "Pyongyang"]
RUS2 = ["iso3:RUS", "Moscow"]
CHN2 = ["Lin Jian", "iso3:CHN", "Beijing", "China's foreign ministry"]
DOCS.append(doc(
    "articles/a2-korea-sanctions-ft", "2026-12-03", "Financial Times",
    "US blacklists Chinese and Russian shippers and banks over North Korea oil trade",
    "financial daily", "Korean peninsula",
    [
        E("person", *LIU, country="CHN"), E("person", *SOLO, country="RUS"), E("person", *KIMC, country="PRK"),
        E("person", "John Hurley", "Hurley", country="USA"), E("person", "Lin Jian", country="CHN"),
        E("person", "Hong Seo-yeon", country="KOR"),
        E("state", "iso3:USA"), E("state", "iso3:PRK"), E("state", "iso3:CHN"), E("state", "iso3:RUS"),
        E("state", "iso3:MHL"), E("state", "iso3:SLE"), E("state", "iso3:JPN"), E("state", "iso3:KOR"),
        E("state", "iso3:UKR"),
        E("organization", "US Treasury", "Treasury", "Department of the Treasury", "US Treasury Department"),
        E("organization", "Office of Foreign Assets Control", "OFAC"),
        E("organization", *OCEAN), E("organization", *HAIX), E("organization", *VOST), E("organization", *KUMG),
        E("organization", *PRIM), E("place", "Nakhodka", country="RUS"),
        E("organization", "UN Security Council", "United Nations Security Council", "Security Council"),
        E("organization", "UN panel of experts", "panel of experts"),
        E("organization", "China's foreign ministry", "Chinese foreign ministry", "Ministry of Foreign Affairs", "foreign ministry"),
        E("organization", "South Korea's foreign ministry", "Ministry of Foreign Affairs", "foreign ministry"),
        E("organization", "Russia's embassy in Washington", "Russian embassy", "Embassy of Russia"),
        E("organization", "Sino Harbour Holding", "Sino Harbour"),
        E("organization", "Asan Institute for Policy Studies", "Asan Institute"),
        E("organization", "Korean Central News Agency", "KCNA"),
        E("organization", "Financial Times", "FT"),
        E("place", "Vladivostok", country="RUS"), E("place", "Moscow", country="RUS"),
        E("place", "Shenyang", country="CHN"), E("place", "Hong Kong", country="CHN"),
        E("place", "Yellow Sea"), E("place", "Washington", country="USA"), E("place", "Seoul", country="KOR"),
    ],
    ["Harriet Okonjo", "Seo Min-jae", "Samsung Heavy", "iso3:QAT", "Unhedged", "myFT"],
    [
        F("sanctioned", US2, OCEAN, "2026-12-02", 0),
        F("sanctioned", US2, HAIX, "2026-12-02", 0),
        F("sanctioned", US2, VOST, "2026-12-02", 0),
        F("sanctioned", US2, KUMG, "2026-12-02", 0),
        F("sanctioned", US2, PRIM, "2026-12-02", 0),
        F("sanctioned", US2, LIU, "2026-12-02", 0),
        F("sanctioned", US2, SOLO, "2026-12-02", 0),
        F("sanctioned", US2, KIMC, "2026-12-02", 0),
        F("accused", US2, OCEAN + HAIX + VOST + KUMG + PRIM + LIU + SOLO + KIMC +
          ["nine shipping companies", "shipping companies", "two banks", "executives"], "2026-12-02", 0),
        F("supplied", OCEAN, ["iso3:PRK", "North Korean vessels"], alleged="US Treasury (OFAC)"),
        F("supplied", HAIX, ["iso3:PRK", "North Korean vessels"], alleged="US Treasury (OFAC)"),
        F("sanctioned", ["UN Security Council", "United Nations Security Council", "Security Council"], ["iso3:PRK"], "2017", 0),
        F("criticized", CHN2, ["iso3:USA", "Washington"], "2026-12-03", 0),
        F("urged", CHN2, ["iso3:USA", "Washington"], "2026-12-03", 0),
        F("criticized", ["iso3:RUS", "Russia's embassy in Washington", "Russian embassy"], US2),
        F("sanctioned", ["iso3:JPN", "Tokyo"], OCEAN, "2026-12-03", 0),
        F("supplied", PRK, RUS2, alleged="US, South Korean and Ukrainian officials"),
        F("cooperated", PRK, RUS2),
    ],
    [
        I("sanctioned", US2, PRK, "dup guard: the targets are the firms, banks and executives"),
        I("sanctioned", US2 + ["iso3:JPN"], ["iso3:MHL", "iso3:SLE", "ship managers", "Marshall Islands managers"],
          "registries of unnamed managers, not sanctioned states"),
        I("sanctioned", ["iso3:KOR", "Seoul", "South Korea's foreign ministry"], OCEAN + HAIX + VOST + KUMG,
          "'reviewing' parallel designations: planned"),
        I("supplied", ["Sino Harbour Holding", "Sino Harbour"], ["iso3:PRK"], "denied (negated)"),
        I("supplied", VOST, ["iso3:PRK"], "clearing payments, arguably support"),
        I("supplied", PRIM, OCEAN + HAIX + ["iso3:PRK", "tankers"], "'bunkered the tankers': unnamed tankers, alleged by OFAC"),
        I("sanctioned", US2, ["Chinese state banks"], "hypothetical, analyst's remark"),
        I("attacked", RUS2, ["iso3:UKR"], "'for use in Ukraine' implies but does not state an attack"),
        I("accused", US2 + ["John Hurley", "Hurley"], PRK, "Hurley's quote describes, arguably accuses"),
        I("criticized", US2 + ["John Hurley", "Hurley"], PRK, "Hurley's quote describes, arguably criticizes"),
        I("threatened", US2 + ["John Hurley", "Hurley"], OCEAN + HAIX + VOST + KUMG + ["Those who service this trade"],
          "'should expect to be cut off' is a warning of future measures"),
        I("warned", US2 + ["John Hurley", "Hurley"], OCEAN + HAIX + VOST + KUMG + ["Those who service this trade"],
          "'should expect to be cut off' is a warning of future measures"),
        I("criticized", ["iso3:CHN", "Beijing", "Lin Jian"], ["US Treasury", "Treasury"], "dup guard"),
    ],
))

# ---------------------------------------------------------------- a3 Mercosur summit (DW)
LULA = ["Luiz Inacio Lula da Silva", "Lula", "Lula da Silva", "Luiz Inácio Lula da Silva", "iso3:BRA"]
MILEI = ["Javier Milei", "Milei", "iso3:ARG"]
PENA = ["Santiago Pena", "Pena", "Santiago Peña", "Peña", "iso3:PRY"]
ORSI = ["Yamandu Orsi", "Orsi", "Yamandú Orsi", "iso3:URY"]
PAZ = ["Rodrigo Paz", "Paz", "iso3:BOL"]
SEFC = ["Maros Sefcovic", "Sefcovic", "Maroš Šefčovič", "Šefčovič", "European Union", "EU"]
RAMI = ["Ruben Ramirez Lezcano", "Ramirez Lezcano", "Rubén Ramírez Lezcano"]
MERC = ["Mercosur", "Southern Common Market"]
ALLLEAD = LULA + MILEI + PENA + ORSI + PAZ + SEFC + RAMI + ["iso3:CHL"] + MERC
DOCS.append(doc(
    "articles/a3-mercosur-summit-dw", "2026-07-03", "Deutsche Welle",
    "Mercosur summit: Lula and Milei talk gas as bloc courts EU and frets over US tariffs",
    "public broadcaster", "Southern Cone",
    [
        E("person", *LULA[:4], country="BRA"), E("person", *MILEI[:2], country="ARG"),
        E("person", *PENA[:4], country="PRY"), E("person", *ORSI[:3], country="URY"),
        E("person", *PAZ[:2], country="BOL"), E("person", *SEFC[:4]), E("person", *RAMI, country="PRY"),
        E("person", "Donald Trump", "Trump", country="USA"),
        E("state", "iso3:PRY"), E("state", "iso3:BRA"), E("state", "iso3:ARG"), E("state", "iso3:URY"),
        E("state", "iso3:BOL"), E("state", "iso3:USA"), E("state", "iso3:CHL"),
        E("organization", *MERC), E("organization", "European Union", "EU"),
        E("organization", "Deutsche Welle", "DW"),
        E("place", "Asuncion", "Asunción", country="PRY"),
        E("place", "Palacio de Lopez", "Palacio de López", country="PRY"),
        E("place", "Mburuvicha Roga", country="PRY"),
        E("place", "Itaipu", "Itaipu dam", "Itaipú"),
        E("place", "Parana River", "Paraná River", "Parana"),
        E("place", "Vaca Muerta", country="ARG"),
        E("place", "Parana-Paraguay waterway", "Paraná-Paraguay waterway", "Hidrovia"),
        E("place", "Montevideo", country="URY"),
    ],
    ["Jonas Brandt", "Daniel Duarte", "AFP", "EFE", "iso3:COL", "Petro", "iso3:PER", "DW Business",
     "Facebook", "WhatsApp"],
    [
        F("visited", LULA, ["Asuncion", "Asunción", "iso3:PRY"], "2026-07-01", 0),
        F("met", PENA, LULA, "2026-07-01", 0),
        F("visited", MILEI, ["Asuncion", "Asunción", "iso3:PRY"], "2026-07-02", 0),
        F("met", LULA, MILEI, "2026-07-02", 0),
        F("agreed", LULA, MILEI, "2026-07-02", 0),
        F("met", ORSI, PAZ, "2026-07-02", 1),
        F("agreed", ORSI, PAZ, "2026-07-02", 1),
        F("met", SEFC, RAMI + ["iso3:PRY"], "2026-07-02", 1),
        F("agreed", ["European Union", "EU"], MERC, "2026-01", 0),
        F("criticized", LULA, ["iso3:USA", "Washington"], "2026-07-02", 0),
        F("urged", MILEI, MERC + ["Mercosur partners"], "2026-07-02", 0),
        F("criticized", MILEI, LULA[:4], "2023", 0),
    ],
    [
        I("met", ALLLEAD, ALLLEAD, "summit co-attendance is venue-only"),
        I("visited", ORSI + PAZ + SEFC + RAMI + ["iso3:CHL"] + MERC, ["Asuncion", "Asunción", "iso3:PRY"],
          "attendance implied, no travel stated"),
        I("warned", MILEI, MERC, "conditional: 'could reconsider ... if', later played down"),
        I("threatened", MILEI, MERC, "conditional: 'could reconsider ... if', later played down"),
        I("supplied", ["iso3:ARG", "Vaca Muerta"], ["iso3:BRA"], "planned pipeline"),
        I("urged", MERC, ["national parliaments"], "communique call, unnamed addressee"),
        I("cooperated", ["iso3:BRA", "iso3:PRY"], ["iso3:PRY", "iso3:BRA", "Itaipu"], "shared dam: background"),
    ],
))

# ---------------------------------------------------------------- a4 Kyrgyz election (Guardian)
KGZ = ["iso3:KGZ", "Kyrgyz authorities", "authorities"]
DOCS.append(doc(
    "articles/a4-kyrgyz-election-guardian", "2026-11-24", "The Guardian",
    "Japarov's landslide leaves Kyrgyzstan's last claim to pluralism in tatters",
    "newspaper analysis", "Central Asia",
    [
        E("person", "Sadyr Japarov", "Japarov", country="KGZ"),
        E("person", "Adilet Murzakulov", "Murzakulov", country="KGZ"),
        E("person", "Vladimir Putin", "Putin", country="RUS"),
        E("person", "Xi Jinping", "Xi", country="CHN"),
        E("person", "Kassym-Jomart Tokayev", "Tokayev", country="KAZ"),
        E("person", "Anitta Hipper", "Hipper"),
        E("state", "iso3:KGZ"), E("state", "iso3:RUS"), E("state", "iso3:CHN"), E("state", "iso3:KAZ"),
        E("state", "iso3:USA"), E("state", "iso3:TJK"), E("state", "iso3:UZB"),
        E("organization", "Central Election Commission", "election commission", "CEC"),
        E("organization", "Radio Azattyk", "Azattyk"),
        E("organization", "Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Free Europe"),
        E("organization", "Office for Democratic Institutions and Human Rights", "ODIHR"),
        E("organization", "OSCE", "Organization for Security and Co-operation in Europe"),
        E("organization", "European Union", "EU", "Brussels"),
        E("organization", "US state department", "State Department", "US State Department"),
        E("organization", "Export-Import Bank of China", "China Exim Bank"),
        E("organization", "The Guardian", "Guardian"),
        E("place", "Bishkek", country="KGZ"), E("place", "Osh", country="KGZ"),
        E("place", "Jalal-Abad", country="KGZ"), E("place", "White House", country="KGZ"),
        E("place", "Ala-Too Square", country="KGZ"), E("place", "Naryn", "Naryn region", country="KGZ"),
        E("place", "Kant", country="KGZ"), E("place", "Central Asia"),
    ],
    ["Dilnoza Karimova", "Vladimir Pirogov", "Reuters", "iso3:TZA", "iso3:ARM", "iso3:AZE", "Tokyo",
     "Global Dispatch"],
    [
        F("accused", ["Adilet Murzakulov", "Murzakulov"], ["Central Election Commission", "election commission", "CEC"],
          "2026-11-22", 0),
        F("accused", ["Sadyr Japarov", "Japarov", "iso3:KGZ"],
          ["Radio Azattyk", "Azattyk", "Radio Free Europe/Radio Liberty", "RFE/RL"], "2026-11-23", 0),
        F("criticized", ["Office for Democratic Institutions and Human Rights", "ODIHR", "OSCE"], KGZ, "2026-11-23", 0),
        F("urged", ["Anitta Hipper", "Hipper", "European Union", "EU", "Brussels"], KGZ),
        F("supplied", ["iso3:CHN", "Beijing", "Export-Import Bank of China"], ["iso3:KGZ"]),
        F("agreed", ["iso3:KGZ"], ["iso3:TJK"], "2025-03", 0),
    ],
    [
        I("urged", ["Adilet Murzakulov", "Murzakulov"], ["supporters"], "unnamed addressees"),
        I("warned", ["Sadyr Japarov", "Japarov", "iso3:KGZ"],
          ["Radio Azattyk", "Azattyk", "Radio Free Europe/Radio Liberty", "RFE/RL", "protesters"],
          "warning about unrest, addressee unnamed"),
        I("threatened", ["Sadyr Japarov", "Japarov", "iso3:KGZ"], ["protesters", "Murzakulov", "Adilet Murzakulov"],
          "'full force of the law' warning, addressee unnamed"),
        I("met", ["Vladimir Putin", "Putin", "iso3:RUS", "Xi Jinping", "Xi", "iso3:CHN", "Kassym-Jomart Tokayev",
                  "Tokayev", "iso3:KAZ"], ["Sadyr Japarov", "Japarov", "iso3:KGZ"],
          "telephone calls and congratulations, no meeting"),
        I("criticized", ["US state department", "State Department", "iso3:USA"], KGZ, "'concerned' is mild, arguably"),
        I("attacked", ["iso3:KGZ"], ["iso3:TJK"], "mutual clashes 2021-2022, background"),
        I("attacked", ["iso3:TJK"], ["iso3:KGZ"], "mutual clashes 2021-2022, background"),
        I("cooperated", ["iso3:CHN"], ["iso3:KGZ", "iso3:UZB"], "railway project, arguably"),
        I("cooperated", ["iso3:RUS"], ["iso3:KGZ"], "air base and migrants: background"),
        I("criticized", ["Adilet Murzakulov", "Murzakulov"], ["Sadyr Japarov", "Japarov", "iso3:KGZ"],
          "dup guard for the turnout accusation"),
    ],
))

# ---------------------------------------------------------------- a5 Cyprus-Egypt gas (Cyprus Mail)
CYP = ["iso3:CYP", "Nicosia", "Republic of Cyprus"]
PAPA = ["George Papanastasiou", "Papanastasiou", "iso3:CYP"]
BADA = ["Karim Badawi", "Badawi", "iso3:EGY"]
CHRI = ["Nikos Christodoulides", "Christodoulides", "iso3:CYP"]
SISI = ["Abdel Fattah al-Sisi", "al-Sisi", "Sisi", "Abdel Fattah el-Sisi", "iso3:EGY"]
TUR5 = ["iso3:TUR", "Ankara", "Turkish foreign ministry"]
COHEN = ["Eli Cohen", "Cohen", "iso3:ISR"]
DOCS.append(doc(
    "articles/a5-cyprus-egypt-gas-cyprusmail", "2026-10-16", "Cyprus Mail",
    "Cyprus and Egypt seal Cronos gas pipeline deal in Cairo",
    "newspaper business story", "Eastern Mediterranean",
    [
        E("person", *PAPA[:2], country="CYP"), E("person", *BADA[:2], country="EGY"),
        E("person", *CHRI[:2], country="CYP"), E("person", *SISI[:4], country="EGY"),
        E("person", "Tufan Erhurman", "Erhurman", "Tufan Erhürman", "Erhürman"),
        E("person", "Konstantinos Letymbiotis", "Letymbiotis", country="CYP"),
        E("person", *COHEN[:2], country="ISR"),
        E("state", "iso3:CYP"), E("state", "iso3:EGY"), E("state", "iso3:TUR"), E("state", "iso3:ISR"),
        E("state", "iso3:QAT"), E("state", "iso3:RUS"),
        E("organization", "Cyprus Hydrocarbons Company", "CHC"),
        E("organization", "Egyptian Natural Gas Holding Company", "EGAS"),
        E("organization", "Eni"), E("organization", "TotalEnergies"), E("organization", "Chevron"),
        E("organization", "Akel", "AKEL"), E("organization", "Diko", "DIKO"),
        E("organization", "European Commission"), E("organization", "European Union", "EU"),
        E("organization", "Cyprus Mail"),
        E("organization", "Turkish foreign ministry", "Ministry of Foreign Affairs"),
        E("organization", "House commerce committee", "commerce committee", "House of Representatives"),
        E("place", "Cronos", "Cronos field"), E("place", "Cairo", country="EGY"),
        E("place", "New Administrative Capital", country="EGY"),
        E("place", "Damietta", "Damietta LNG plant", country="EGY"),
        E("place", "Ittihadiya palace", "Ittihadiya", country="EGY"),
        E("place", "Block 6"), E("place", "Zohr", "Zohr facilities"), E("place", "Aphrodite", "Aphrodite field"),
        E("place", "Nicosia", country="CYP"), E("place", "Eastern Mediterranean", "eastern Mediterranean"),
        E("place", "Europe"),
    ],
    ["Kyriacos Nicolaou", "CNA", "Limassol", "Larnaca", "Tales from the Coffeeshop", "Facebook", "WhatsApp"],
    [
        F("agreed", PAPA, BADA, "2026-10-15", 0),
        F("agreed", ["Cyprus Hydrocarbons Company", "CHC"], ["Egyptian Natural Gas Holding Company", "EGAS"],
          "2026-10-15", 0),
        F("visited", CHRI, ["Cairo", "iso3:EGY"], "2026-10-14", 0),
        F("met", CHRI, SISI, "2026-10-15", 0),
        F("agreed", ["iso3:CYP"], ["iso3:EGY"], "2018", 0),
        F("supplied", ["iso3:QAT"], ["iso3:EGY"], "2026-07", 40),
        F("criticized", TUR5, CYP, "2026-10-16", 0),
        F("warned", TUR5, CYP, "2026-10-16", 0),
        F("accused", ["Tufan Erhurman", "Erhurman", "Tufan Erhürman"], CYP + ["Greek Cypriot side"], "2026-10-15", 0),
        F("visited", COHEN, ["Nicosia", "iso3:CYP"], "2026-10-08", 3),
        F("met", COHEN, PAPA, "2026-10-08", 3),
        F("urged", ["Akel", "AKEL"], ["iso3:CYP", "government"]),
    ],
    [
        I("criticized", TUR5, ["iso3:EGY", "Cairo"], "the agreement is bilateral; Ankara's words target Nicosia"),
        I("supplied", ["Eni", "TotalEnergies", "iso3:CYP", "Cronos"], ["iso3:EGY", "Europe", "Zohr"],
          "future: first gas could flow in 2028"),
        I("supplied", ["Chevron", "Aphrodite", "iso3:ISR"], ["iso3:EGY"], "expected, speculative"),
        I("met", ["Tufan Erhurman", "Erhurman"], CHRI, "future meeting"),
        I("criticized", ["Konstantinos Letymbiotis", "Letymbiotis", "iso3:CYP"], ["iso3:TUR", "Ankara"],
          "'dismissed the Turkish criticism', arguably criticized"),
        I("cooperated", ["European Commission", "European Union", "EU"], ["iso3:CYP", "iso3:EGY"],
          "'has backed the project', arguably cooperation"),
        I("threatened", TUR5, CYP, "'warned ... against unilateral steps' is a warning, arguably a threat"),
        I("supplied", ["iso3:RUS"], ["European Union", "EU", "Europe"], "reliance on Russian gas: background"),
        I("met", PAPA, BADA, "signing ceremony implies a meeting"),
        I("met", ["Cyprus Hydrocarbons Company", "CHC"], ["Egyptian Natural Gas Holding Company", "EGAS"],
          "signing ceremony implies a meeting"),
        I("visited", PAPA, ["Cairo", "iso3:EGY", "New Administrative Capital"], "venue of the signing"),
        I("cooperated", ["iso3:CYP"], ["iso3:EGY"], "deal implies cooperation, arguably"),
    ],
))

# ---------------------------------------------------------------- a6 Somalia-Jubaland (Al Jazeera)
SOM = ["iso3:SOM", "Mogadishu", "federal government", "Somalia's federal government", "federal forces",
       "federal troops", "federal army"]
JUB = ["Jubaland", "Jubaland forces", "Jubaland regional state"]
MADO = ["Ahmed Madobe", "Madobe", "Ahmed Mohamed Islam"]
KHUL = ["Mohammed bin Abdulaziz al-Khulaifi", "al-Khulaifi", "Mohammed Al-Khulaifi", "iso3:QAT"]
RUTO = ["William Ruto", "Ruto", "iso3:KEN"]
BARR = ["Hamza Abdi Barre", "Barre"]
PSC = ["Peace and Security Council", "African Union's Peace and Security Council", "AU Peace and Security Council",
       "African Union", "AU"]
DOCS.append(doc(
    "articles/a6-somalia-jubaland-aljazeera", "2026-10-29", "Al Jazeera",
    "Two truces, one war: Can Mogadishu and Jubaland make peace stick?",
    "feature", "Horn of Africa",
    [
        E("person", *MADO, country="SOM"), E("person", *KHUL[:3], country="QAT"),
        E("person", *RUTO[:2], country="KEN"), E("person", *BARR, country="SOM"),
        E("person", "Workneh Gebeyehu", "Workneh"), E("person", "Abdirahman Gure", "Gure"),
        E("state", "iso3:SOM"), E("state", "iso3:KEN"), E("state", "iso3:QAT"), E("state", "iso3:ETH"),
        E("state", "iso3:TUR"),
        E("organization", "Al Jazeera"), E("organization", "African Union", "AU"),
        E("organization", "AUSSOM", "African Union Support and Stabilization Mission in Somalia"),
        E("organization", "IGAD", "Intergovernmental Authority on Development"),
        E("organization", "Peace and Security Council", "African Union's Peace and Security Council",
          "AU Peace and Security Council"),
        E("organization", "al-Shabaab", "al Shabaab", "Al-Shabaab"),
        E("organization", "Gorgor", "Gorgor commando brigade"),
        E("organization", "Banadir regional court"),
        E("place", "Jubaland", "Jubaland regional state", country="SOM"),
        E("place", "Kismayo", country="SOM"), E("place", "Mogadishu", country="SOM"),
        E("place", "Doha", country="QAT"), E("place", "Nairobi", country="KEN"),
        E("place", "State House", country="KEN"), E("place", "Ras Kamboni", country="SOM"),
        E("place", "Beled Hawo", country="SOM"), E("place", "Gedo", "Gedo region", country="SOM"),
        E("place", "Garbaharey", country="SOM"), E("place", "Bardhere", country="SOM"),
        E("place", "Horn of Africa"),
    ],
    ["Abdiqani Hassan Warsame", "Hassan Ali Elmi", "AFP", "iso3:SDN", "RSF", "El Obeid", "Tana River",
     "Week in the Middle East", "Middle East", "Asia"],
    [
        F("criticized", SOM, JUB + MADO),
        F("attacked", JUB, SOM + ["Ras Kamboni"], "2024-12-11", 0),
        F("agreed", SOM, JUB, "2026-02-14", 0),
        F("met", KHUL, SOM, "2026-02-14", 3),
        F("met", KHUL, JUB, "2026-02-14", 3),
        F("attacked", SOM, JUB + ["Beled Hawo", "Jubaland positions"], "2026-03-03", 0),
        F("met", RUTO, MADO, "2026-06-08", 0),
        F("met", RUTO, BARR, "2026-06-08", 0),
        F("met", MADO, BARR, "2026-06-08", 0),
        F("agreed", BARR, MADO, "2026-06-09", 0),
        F("accused", JUB, SOM, "2026-08", 0),
        F("attacked", ["al-Shabaab", "al Shabaab"], ["Bardhere"], "2026-09", 0),
        F("accused", SOM, ["iso3:ETH", "Addis Ababa"]),
        F("supplied", ["iso3:ETH", "Addis Ababa"], JUB, alleged="Somalia's federal government"),
        F("supplied", ["iso3:TUR", "Turkey"], SOM),
        F("visited", KHUL, ["Kismayo", "iso3:SOM"], "2026-10", 0),
        F("met", KHUL, MADO, "2026-10", 0),
        F("urged", PSC, SOM, "2026-10-26", 0),
        F("urged", PSC, JUB, "2026-10-26", 0),
    ],
    [
        I("accused", SOM, JUB, "'said its troops had been fired on first' is a counter-claim"),
        I("attacked", JUB, ["Beled Hawo"], "Mogadishu's counter-claim"),
        I("accused", MADO, SOM, "quote implies a charge; arguably accused"),
        I("met", SOM, JUB, "talks between the parties implied"),
        I("met", ["Workneh Gebeyehu", "Workneh", "IGAD", "African Union", "AU"], BARR + MADO + SOM + JUB,
          "witnessed the signing"),
        I("visited", MADO + BARR + SOM + JUB, ["Doha", "iso3:QAT", "Nairobi", "iso3:KEN"],
          "venue of hosted talks; Doha round is future"),
        I("cooperated", ["iso3:KEN"], SOM + ["AUSSOM"], "troops under the AU mission: background"),
        I("cooperated", ["iso3:TUR", "Turkey"], SOM, "'closest ally', trains commandos: arguably"),
        I("visited", ["soldiers", "federal troops"], ["iso3:KEN"], "soldiers fled across the border"),
        I("attacked", ["al-Shabaab", "al Shabaab"], SOM + JUB, "town abandoned by both sides"),
        I("met", ["Ahmed Madobe", "Madobe"], ["Al Jazeera"], "interview"),
    ],
))

# Gold definitions for heldout25 govdocs (written from the texts only).
from dsl import E, F, I, doc

DOCS = []

# ---------------------------------------------------------------- g1 UK OFSI notice
UK = ["iso3:GBR", "HM Treasury", "Office of Financial Sanctions Implementation", "OFSI",
      "Secretary of State for Foreign, Commonwealth and Development Affairs", "Foreign Secretary"]
SOK = ["Dmitry Andreyevich Sokolov", "Dmitry Sokolov", "Sokolov", "SOKOLOV, Dmitry Andreyevich",
       "Dmitrii Andreevich Sokolov", "SOKOLOV, Dmitrii Andreevich"]
ASA = ["Bakyt Toktogulovich Asanov", "Bakyt Asanov", "Asanov", "ASANOV, Bakyt Toktogulovich", "Bakit Asanov",
       "ASANOV, Bakit"]
GAL = ["Rustam Ravilevich Galimov", "Rustam Galimov", "Galimov", "GALIMOV, Rustam Ravilevich", "Rustem Galimov",
       "GALIMOV, Rustem", "Rusty"]
KOV = ["Irina Viktorovna Kovalenko", "Irina Kovalenko", "Kovalenko", "KOVALENKO, Irina Viktorovna"]
URA = ["Uralpribor Holding JSC", "Uralpribor Holding", "Uralpribor", "Uralpribor Group", "URALPRIBOR HOLDING JSC"]
TEN = ["Tengri Trade Solutions LLC", "Tengri Trade Solutions", "Tengri Trade", "TENGRI TRADE SOLUTIONS LLC"]
FAL = ["Falcon Bridge General Trading LLC", "Falcon Bridge General Trading", "Falcon Bridge",
       "FALCON BRIDGE GENERAL TRADING LLC"]
SHX = ["Shenzhen Xinghe Electronics Co., Ltd", "Shenzhen Xinghe Electronics", "Xinghe Electronics",
       "SHENZHEN XINGHE ELECTRONICS CO., LTD"]
ALA = ["Ala-Too Settlement Bank OJSC", "Ala-Too Settlement Bank", "Ala-Too Bank", "ALA-TOO SETTLEMENT BANK OJSC"]
US1 = ["iso3:USA", "US Department of the Treasury", "Department of the Treasury", "Office of Foreign Assets Control",
       "OFAC"]
RUS1 = ["iso3:RUS", "Russian Federation", "Ministry of Defence of the Russian Federation",
        "Russian military-industrial complex"]
DOCS.append(doc(
    "govdocs/g1-uk-ofsi-notice", "2026-11-10", "HM Treasury, Office of Financial Sanctions Implementation",
    "Financial Sanctions Notice: Russia (FSN/RUS/2026/0117)",
    "treasury sanctions notice with annex", "Russia / Central Asia",
    [
        E("person", *SOK, country="RUS"), E("person", *ASA, country="KGZ"), E("person", *GAL, country="RUS"),
        E("person", *KOV, country="RUS"),
        E("state", "iso3:GBR"), E("state", "iso3:RUS"), E("state", "iso3:UKR"), E("state", "iso3:KGZ"),
        E("state", "iso3:ARE"), E("state", "iso3:CHN"), E("state", "iso3:USA"),
        E("organization", "HM Treasury", "Treasury"),
        E("organization", "Office of Financial Sanctions Implementation", "OFSI"),
        E("organization", *URA), E("organization", *TEN), E("organization", *FAL), E("organization", *SHX),
        E("organization", *ALA),
        E("organization", "Ministry of Defence of the Russian Federation", "Russian Ministry of Defence"),
        E("organization", "US Department of the Treasury", "Department of the Treasury", "US Treasury"),
        E("organization", "Office of Foreign Assets Control", "OFAC"),
        E("place", "Yekaterinburg", country="RUS"), E("place", "Bishkek", country="KGZ"),
        E("place", "Dubai", country="ARE"), E("place", "Osh", country="KGZ"), E("place", "Kazan", country="RUS"),
        E("place", "Novosibirsk", country="RUS"), E("place", "Deira", country="ARE"),
        E("place", "Shenzhen", country="CHN"), E("place", "Guangdong", country="CHN"),
    ],
    ["Horse Guards Road", "Treasury Press Office", "ofsi@hmtreasury.gov.uk", "London"],
    [
        F("sanctioned", UK, SOK, "2026-11-10", 0),
        F("sanctioned", UK, ASA, "2026-11-10", 0),
        F("sanctioned", UK, GAL, "2026-11-10", 0),
        F("sanctioned", UK, KOV, "2026-11-10", 0),
        F("sanctioned", UK, URA, "2026-11-10", 0),
        F("sanctioned", UK, TEN, "2026-11-10", 0),
        F("sanctioned", UK, FAL, "2026-11-10", 0),
        F("sanctioned", UK, SHX, "2026-11-10", 0),
        F("sanctioned", UK, ALA, "2026-11-10", 0),
        F("supplied", URA, RUS1),
        F("attacked", ["iso3:RUS", "Russian Federation"], ["iso3:UKR", "Ukraine's energy infrastructure"]),
        F("supplied", TEN, URA),
        F("supplied", FAL, RUS1),
        F("supplied", SHX, RUS1),
        F("sanctioned", US1, TEN, "2026-11-10", 0),
        F("sanctioned", US1, ALA, "2026-11-10", 0),
    ],
    [
        I("cooperated", ["iso3:GBR"], ["iso3:USA"], "'coordinated with' the US designations, arguably cooperation"),
        I("supplied", ASA, URA, "'arranged the shipments' for his company"),
        I("supplied", ALA + KOV, URA + RUS1 + ["network"], "processing payments, arguably support"),
        I("supplied", ["procurement network", "network"], RUS1, "unnamed network (the named members carry the facts)"),
        I("supplied", ["iso3:KGZ", "iso3:ARE", "iso3:CHN"], RUS1, "countries of the intermediaries, not actors"),
        I("sanctioned", UK, ["iso3:RUS"], "regime name 'Russia'; the targets are the listed persons"),
    ],
))

# ---------------------------------------------------------------- g2 Pakistan PM visit to Tajikistan
SHEH = ["Muhammad Shehbaz Sharif", "Shehbaz Sharif", "Sharif"]
PAK = SHEH + ["iso3:PAK"]
RAHM = ["Emomali Rahmon", "Rahmon", "iso3:TJK"]
DOCS.append(doc(
    "govdocs/g2-pakistan-pm-visit-tajikistan", "2026-10-08", "Prime Minister's Office, Government of Pakistan",
    "Prime Minister Muhammad Shehbaz Sharif concludes Official Visit to the Republic of Tajikistan",
    "press release on a PM's official visit", "Central Asia / South Asia",
    [
        E("person", *SHEH, country="PAK"), E("person", "Emomali Rahmon", "Rahmon", country="TJK"),
        E("person", "Kokhir Rasulzoda", "Rasulzoda", country="TJK"),
        E("person", "Mohammad Ishaq Dar", "Ishaq Dar", "Dar", country="PAK"),
        E("person", "Sardar Awais Ahmad Khan Leghari", "Awais Leghari", "Leghari", country="PAK"),
        E("person", "Jam Kamal Khan", country="PAK"),
        E("person", "Rustam Emomali", country="TJK"),
        E("state", "iso3:PAK"), E("state", "iso3:TJK"), E("state", "iso3:AFG"),
        E("organization", "Prime Minister's Office", "PMO"),
        E("organization", "Government of Tajikistan"),
        E("organization", "National Assembly", "Majlisi Milli", "National Assembly (Majlisi Milli)"),
        E("organization", "Majlisi Oli", "Tajik Parliament"),
        E("organization", "CASA-1000"),
        E("organization", "Chamber of Commerce and Industry of Tajikistan"),
        E("organization", "Federation of Pakistan Chambers of Commerce and Industry", "FPCCI"),
        E("organization", "UN Security Council", "United Nations Security Council"),
        E("place", "Dushanbe", country="TJK"), E("place", "Dushanbe International Airport", country="TJK"),
        E("place", "Government House", country="TJK"), E("place", "Monument of Ismoili Somoni", country="TJK"),
        E("place", "Palace of Nations", country="TJK"), E("place", "Khatlon", "Khatlon region", country="TJK"),
        E("place", "Islamabad", country="PAK"),
    ],
    ["Press Wing"],
    [
        F("visited", PAK, ["Dushanbe", "iso3:TJK"], "2026-10-06", 0),
        F("met", SHEH, ["Kokhir Rasulzoda", "Rasulzoda", "Government of Tajikistan"], "2026-10-06", 0),
        F("met", PAK, RAHM, "2026-10-07", 0),
        F("agreed", PAK, RAHM, "2026-10-07", 0),
        F("met", SHEH, ["Rustam Emomali", "National Assembly", "Majlisi Milli"], "2026-10-07", 0),
        F("urged", PAK, ["iso3:AFG", "Afghan interim authorities"], "2026-10-07", 1),
        F("urged", RAHM, ["iso3:AFG", "Afghan interim authorities"], "2026-10-07", 1),
        F("cooperated", PAK, RAHM),
    ],
    [
        I("visited", RAHM, ["iso3:PAK"], "future visit (invitation accepted)"),
        I("supplied", ["iso3:TJK", "CASA-1000"], ["iso3:PAK"], "power purchase agreement; no supply stated"),
        I("met", SHEH, ["Chamber of Commerce and Industry of Tajikistan", "FPCCI",
                        "Federation of Pakistan Chambers of Commerce and Industry"], "addressed a business forum"),
        I("visited", PAK, ["Islamabad"], "return home"),
        I("criticized", PAK + RAHM, ["terrorist groups"], "condemned an attack by unnamed perpetrators"),
        I("supplied", ["iso3:PAK"], ["iso3:TJK"], "'support for Tajikistan's candidature' is political support"),
        I("met", ["Kokhir Rasulzoda", "Rasulzoda"], ["iso3:PAK"], "dup guard for the airport reception"),
    ],
))

# ---------------------------------------------------------------- g3 Philippines DND statement
DND = ["Department of National Defense", "DND", "iso3:PHL"]
CN3 = ["China Coast Guard", "CCG", "iso3:CHN", "CCG vessel 3305", "People's Liberation Army Navy", "PLA Navy"]
CCG = ["China Coast Guard", "CCG", "CCG vessel 3305", "CCG vessel 5203", "iso3:CHN"]
PHN = ["iso3:PHL", "Philippine Navy", "BRP Jose Rizal"]
DOCS.append(doc(
    "govdocs/g3-philippines-dnd-statement", "2026-09-21", "Department of National Defense, Republic of the Philippines",
    "Statement of the Department of National Defense on the 19 September 2026 incident at Bajo de Masinloc",
    "defence ministry statement on an incident at sea and in the air", "South China Sea",
    [
        E("person", "Gilberto C. Teodoro Jr.", "Gilberto Teodoro", "Teodoro", "Gilberto C. Teodoro", country="PHL"),
        E("person", "Arsenio R. Andolong", "Arsenio Andolong", "Andolong", country="PHL"),
        E("state", "iso3:PHL"), E("state", "iso3:CHN"), E("state", "iso3:JPN"), E("state", "iso3:USA"),
        E("organization", "Department of National Defense", "DND"),
        E("organization", "China Coast Guard", "CCG"),
        E("organization", "People's Liberation Army Navy", "PLA Navy"),
        E("organization", "Bureau of Fisheries and Aquatic Resources", "BFAR"),
        E("organization", "Philippine Coast Guard", "PCG"),
        E("organization", "Philippine Navy"), E("organization", "Naval Air Wing"),
        E("organization", "Armed Forces of the Philippines", "AFP"),
        E("organization", "Northern Luzon Command"), E("organization", "Naval Forces Northern Luzon"),
        E("organization", "Philippine Air Force"), E("organization", "5th Fighter Wing"),
        E("organization", "United States Navy", "US Navy"),
        E("organization", "Japan Maritime Self-Defense Force", "JMSDF"),
        E("organization", "Department of Foreign Affairs", "DFA"),
        E("organization", "Embassy of the People's Republic of China", "Chinese Embassy"),
        E("place", "Bajo de Masinloc", "Scarborough Shoal"), E("place", "Zambales", country="PHL"),
        E("place", "Tarlac", country="PHL"), E("place", "Manila", country="PHL"),
        E("place", "Basa Air Base", country="PHL"),
    ],
    ["Camp General Emilio Aguinaldo", "Quezon City", "Public Affairs Service", "dnd.gov.ph"],
    [
        F("criticized", DND, CN3, "2026-09-21", 0),
        F("attacked", CCG, ["BRP Datu Gumbay Piang", "Bureau of Fisheries and Aquatic Resources", "BFAR", "iso3:PHL"],
          "2026-09-19", 0),
        F("attacked", CCG, ["BRP Teresa Magbanua", "Philippine Coast Guard", "PCG", "iso3:PHL"], "2026-09-19", 0),
        F("supplied", ["iso3:JPN"], ["Philippine Coast Guard", "PCG", "iso3:PHL"]),
        F("cooperated", PHN, ["iso3:USA", "United States Navy", "US Navy", "USS Dewey"], "2026-09-19", 0),
        F("cooperated", PHN, ["iso3:JPN", "Japan Maritime Self-Defense Force", "JMSDF", "JS Takanami"], "2026-09-19", 0),
        F("urged", DND, ["iso3:CHN", "People's Republic of China"], "2026-09-21", 0),
        F("criticized", ["Department of Foreign Affairs", "DFA"],
          ["iso3:CHN", "Embassy of the People's Republic of China"], "2026-09-20", 0),
        F("visited", ["Gilberto C. Teodoro Jr.", "Gilberto Teodoro", "Teodoro"], ["Tarlac", "Northern Luzon Command"],
          "2026-09-20", 0),
    ],
    [
        I("attacked", ["People's Liberation Army Navy", "PLA Navy", "Z-9 helicopter", "iso3:CHN"],
          ["Philippine Navy", "Naval Air Wing", "iso3:PHL"], "dangerous maneuvers, arguably force"),
        I("threatened", ["People's Liberation Army Navy", "PLA Navy", "Z-9 helicopter", "iso3:CHN", "China Coast Guard", "CCG"],
          ["Philippine Navy", "Naval Air Wing", "iso3:PHL", "BFAR", "PCG"], "dangerous maneuvers / shadowing, arguably"),
        I("accused", DND, CN3, "'claim ... is false' and 'clear violation of UNCLOS' are charges, arguably accused"),
        I("accused", ["Department of Foreign Affairs", "DFA"], ["iso3:CHN"], "diplomatic protest, arguably accused"),
        I("accused", CCG, ["iso3:PHL"], "CCG's 'expelled' claim, reported and rejected"),
        I("attacked", ["iso3:PHL", "Philippine Air Force"], ["iso3:CHN"], "'No Philippine asset fired a shot' (negated)"),
        I("visited", ["Philippine Air Force", "5th Fighter Wing", "iso3:PHL"], ["Bajo de Masinloc"], "deployment"),
        I("attacked", CCG, ["Philippine Navy", "iso3:PHL"], "dup guard"),
    ],
))

# ---------------------------------------------------------------- g4 trilateral declaration
CY = ["Nikos Christodoulides", "Christodoulides", "iso3:CYP"]
EG = ["Abdel Fattah El-Sisi", "El-Sisi", "Sisi", "Abdel Fattah al-Sisi", "iso3:EGY"]
GR = ["Kyriakos Mitsotakis", "Mitsotakis", "iso3:GRC"]
WE = CY + EG + GR
TUR4 = ["iso3:TUR"]
RSF = ["Rapid Support Forces", "RSF"]
DOCS.append(doc(
    "govdocs/g4-trilateral-declaration-athens", "2026-11-02", "Office of the Prime Minister of the Hellenic Republic",
    "Joint Declaration of the 11th Trilateral Summit between Cyprus, Egypt and Greece",
    "joint declaration of a trilateral summit", "Eastern Mediterranean",
    [
        E("person", *CY[:2], country="CYP"), E("person", *EG[:4], country="EGY"), E("person", *GR[:2], country="GRC"),
        E("state", "iso3:CYP"), E("state", "iso3:EGY"), E("state", "iso3:GRC"), E("state", "iso3:ISR"),
        E("state", "iso3:PSE"), E("state", "iso3:TUR"), E("state", "iso3:LBY"), E("state", "iso3:SDN"),
        E("organization", "Houthis", "Houthi", "Ansar Allah"),
        E("organization", *RSF), E("organization", "Sudanese Armed Forces", "SAF"),
        E("organization", "European Union", "EU"),
        E("organization", "ASPIDES", "EUNAVFOR ASPIDES", "Operation Aspides"),
        E("organization", "United Nations", "UN", "United Nations Secretary-General"),
        E("place", "Athens", country="GRC"), E("place", "Gaza"), E("place", "Red Sea"), E("place", "Gulf of Aden"),
        E("place", "Suez Canal", country="EGY"), E("place", "El Fasher", country="SDN"),
        E("place", "North Darfur", country="SDN"),
    ],
    ["Maximos Mansion", "Herodou Attikou", "press@primeminister.gr"],
    [
        F("met", CY, GR, "2026-11-02", 0),
        F("met", EG, GR, "2026-11-02", 0),
        F("met", CY, EG, "2026-11-02", 0),
        F("visited", EG, ["Athens", "iso3:GRC"], "2026-11-02", 1),
        F("visited", CY, ["Athens", "iso3:GRC"], "2026-11-02", 1),
        F("cooperated", CY, GR),
        F("cooperated", CY, EG),
        F("cooperated", EG, GR),
        F("agreed", GR, EG, "2026-11-02", 0),
        F("agreed", ["iso3:CYP"], ["iso3:EGY"], "2026-10", 0),
        F("urged", WE, ["iso3:ISR"], "2026-11-02", 0),
        F("criticized", WE, ["Houthis", "Houthi"], "2026-11-02", 0),
        F("criticized", WE, TUR4, "2026-11-02", 0),
        F("invaded", TUR4, ["iso3:CYP", "northern part of the Republic of Cyprus"], "1974", 0),
        F("urged", WE, TUR4, "2026-11-02", 0),
        F("agreed", TUR4, ["iso3:LBY"], "2019-11", 0),
        F("criticized", WE, RSF, "2026-11-02", 0),
        F("urged", WE, ["Sudanese Armed Forces", "SAF"], "2026-11-02", 0),
        F("urged", WE, RSF, "2026-11-02", 0),
        F("agreed", ["European Union", "EU"], ["iso3:EGY"], "2024-03", 0),
    ],
    [
        I("urged", WE, ["all parties"], "unnamed addressees"),
        I("attacked", ["Houthis", "Houthi"], ["commercial shipping", "Red Sea", "Gulf of Aden", "Suez Canal"],
          "condemned attacks on shipping; the target is not an actor"),
        I("attacked", RSF, ["El Fasher", "North Darfur", "civilians"], "atrocities against civilians, arguably attacked"),
        I("criticized", WE, ["iso3:LBY"], "the MoU criticism also touches Libya, arguably"),
        I("supplied", ["iso3:GRC", "iso3:CYP"], ["iso3:EGY"], "'will continue to support' is future and political"),
        I("cooperated", ["European Union", "EU"], ["iso3:EGY"], "'Strategic and Comprehensive Partnership', arguably"),
        I("criticized", WE, ["iso3:ISR"], "a call on Israel, not a condemnation"),
        I("met", EG, WE, "future summit hosted by Egypt in 2027"),
        I("accused", WE, TUR4 + RSF, "condemnation phrased as charges, arguably accused"),
    ],
))

# ---------------------------------------------------------------- g5 Ukraine FM at OSCE
UA = ["Andrii Sybiha", "Sybiha", "iso3:UKR"]
RU = ["iso3:RUS", "Russian Federation", "Moscow", "your government"]
SINI = ["Feridun Sinirlioglu", "Sinirlioglu", "Feridun Sinirlioğlu", "Sinirlioğlu", "OSCE"]
DOCS.append(doc(
    "govdocs/g5-ukraine-fm-speech-osce", "2026-12-04", "Ministry of Foreign Affairs of Ukraine",
    "Statement by the Minister for Foreign Affairs of Ukraine Andrii Sybiha at the 33rd Meeting of the OSCE Ministerial Council",
    "foreign minister's conference speech", "Europe (Russia-Ukraine war)",
    [
        E("person", "Andrii Sybiha", "Sybiha", country="UKR"),
        E("person", "Ignazio Cassis", "Cassis", country="CHE"),
        E("person", *SINI[:4]),
        E("state", "iso3:UKR"), E("state", "iso3:RUS"), E("state", "iso3:CHE"), E("state", "iso3:PRK"),
        E("state", "iso3:IRN"), E("state", "iso3:MDA"), E("state", "iso3:DEU"), E("state", "iso3:GBR"),
        E("state", "iso3:CAN"), E("state", "iso3:CHN"),
        E("organization", "Ministry of Foreign Affairs of Ukraine", "Ministry of Foreign Affairs"),
        E("organization", "OSCE", "Organization for Security and Co-operation in Europe"),
        E("organization", "OSCE Ministerial Council", "Ministerial Council"),
        E("organization", "European Union", "EU"),
        E("organization", "UN Security Council", "United Nations Security Council"),
        E("place", "Lugano", country="CHE"), E("place", "Kyiv", country="UKR"), E("place", "Odesa", country="UKR"),
        E("place", "Dnipro", country="UKR"), E("place", "Kharkiv", country="UKR"), E("place", "Crimea", country="UKR"),
        E("place", "Zaporizhzhia nuclear power plant", "Zaporizhzhia", country="UKR"),
        E("place", "Baltic Sea"), E("place", "Mediterranean"),
    ],
    ["Mykhailivska Square", "mfa.gov.ua", "Press Service"],
    [
        F("attacked", RU, ["iso3:UKR", "my country", "Kyiv", "Odesa", "Dnipro"], "2026-12-04", 1),
        F("attacked", RU + ["Russian Iskander missile"], ["Kharkiv"], "2026-12-01", 0),
        F("invaded", RU, ["iso3:UKR"], "2022-02", 0),
        F("invaded", RU, ["Crimea"], "2014", 0),
        F("supplied", ["iso3:PRK"], RU),
        F("supplied", ["iso3:IRN"], RU),
        F("accused", UA, RU, "2026-12-04", 0),
        F("threatened", RU, ["iso3:MDA"]),
        F("supplied", ["iso3:DEU"], ["iso3:UKR", "us"], "2026-10", 0),
        F("sanctioned", ["European Union", "EU"], RU, "2026-11", 0),
        F("met", UA, SINI, "2026-11-26", 3),
        F("visited", SINI, ["Kyiv", "iso3:UKR"], "2026-11-26", 3),
        F("urged", UA, ["iso3:CHN"], "2026-12-04", 0),
    ],
    [
        I("urged", UA, RU, "imperative 'Return our children' in a speech, arguably urged"),
        I("visited", UA, ["Lugano", "iso3:CHE"], "venue of the conference"),
        I("met", UA, ["Ignazio Cassis", "Cassis", "iso3:CHE"], "thanks for hosting; no meeting stated"),
        I("cooperated", UA, ["Ignazio Cassis", "Cassis", "iso3:CHE", "OSCE"], "thanks, arguably cooperation"),
        I("supplied", ["iso3:GBR", "iso3:CAN", "Nordic and Baltic countries"], ["iso3:UKR"], "'steady support' is vague"),
        I("invaded", RU, ["Zaporizhzhia nuclear power plant", "Zaporizhzhia"], "'remains under Russian occupation', background"),
        I("attacked", RU, ["OSCE participating States", "critical infrastructure", "Baltic Sea", "Mediterranean"],
          "sabotage against vague targets"),
        I("supplied", ["iso3:CHN"], RU, "implied by 'stop the flow of dual-use goods'"),
        I("agreed", RU, ["iso3:UKR"], "conditional ceasefire"),
        I("attacked", ["iso3:PRK", "iso3:IRN"], ["iso3:UKR"], "'does not fight alone' – implied only"),
        I("criticized", UA, RU, "the speech denounces Russia throughout without a condemn verb; arguably"),
        I("threatened", RU, ["iso3:UKR"], "guard"),
        I("cooperated", ["iso3:PRK", "iso3:IRN"], RU, "'does not fight alone', arguably cooperation"),
    ],
))

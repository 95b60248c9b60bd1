from dsl import *
NAME = "a6-scarborough-watercannon-inquirer"; SUB = "articles"
PUB = "2026-08-11"
TITLE = "China Coast Guard rams, water-cannons PCG ship off Scarborough; Manila files protest"
SOURCE = "Philippine Daily Inquirer"
CCG = ["China Coast Guard", "CCG", "iso3:CHN", "Beijing", "Liu Dejun"]
PCG = ["Philippine Coast Guard", "PCG", "BRP Teresa Magbanua", "iso3:PHL", "Manila"]
PHL = ["iso3:PHL", "Manila"]
CHN = ["iso3:CHN", "Beijing"]
ENT = [
    P(["Jay Tarriela", "Tarriela"], "PHL"), P(["Liu Dejun", "Liu"], "CHN"),
    P(["Gilberto Teodoro Jr.", "Gilberto Teodoro", "Teodoro"], "PHL"), P(["Ferdinand Marcos Jr.", "Ferdinand Marcos", "Marcos"], "PHL"),
    S("PHL"), S("CHN"), S("USA"), S("JPN"), S("VNM"), S("MYS"), S("BRN"),
    O("China Coast Guard", "CCG"), O("Philippine Coast Guard", "PCG"), O("Department of Foreign Affairs", "DFA"),
    O("Chinese Embassy", "Chinese Embassy in Manila"), O("US State Department", "State Department"),
    O("Southern Theater Command"), O("Chinese People's Liberation Army", "People's Liberation Army", "PLA"),
    O("Philippine Navy"), O("US Navy"), O("Maritime Self-Defense Force", "Japan Maritime Self-Defense Force", "JMSDF"),
    O("Western Command", "Wescom"), O("Association of Southeast Asian Nations", "Asean", "ASEAN"),
    O("Philippine Daily Inquirer", "Inquirer", "INQUIRER.net"),
    L(["Scarborough Shoal", "Bajo de Masinloc", "Huangyan Dao", "Scarborough"]), L("Zambales", "PHL"),
    L("West Philippine Sea"), L("South China Sea"), L("Puerto Princesa", "PHL"), L("Manila", "PHL"),
    L(["The Hague", "Hague"], "NLD"),
]
FORBID = ["Celine Dalisay", "Typhoon Gener", "Cagayan", "Isabela", "Gilas Pilipinas", "iso3:JOR", "Fiba Asia Cup",
          "INQUIRER PLUS", "Lotto"]
FACTS = [
    F(CCG, "attacked", PCG, "2026-08-10"),
    F(["Jay Tarriela", "Tarriela", "Philippine Coast Guard", "PCG", "iso3:PHL"], "accused", ["China Coast Guard", "CCG", "iso3:CHN"], "2026-08-10", 1),
    F(CCG, "accused", PCG, "2026-08-10", 1),
    F(["Department of Foreign Affairs", "DFA"] + PHL, "criticized", CHN + ["Chinese Embassy"], "2026-08-11"),
    F(["US State Department", "State Department", "iso3:USA", "Washington"], "criticized", CHN, "2026-08-10"),
    F(["Southern Theater Command", "People's Liberation Army", "PLA"] + CHN, "warned", PHL, "2026-08-11"),
    F(["Philippine Navy"] + PHL, "cooperated", ["US Navy", "iso3:USA"], "2026-08-06", 3),
    F(["Philippine Navy"] + PHL, "cooperated", ["Maritime Self-Defense Force", "JMSDF", "iso3:JPN"], "2026-08-06", 3),
    F(["US Navy", "iso3:USA"], "cooperated", ["Maritime Self-Defense Force", "JMSDF", "iso3:JPN"], "2026-08-06", 3),
    F(["Gilberto Teodoro Jr.", "Gilberto Teodoro", "Teodoro"], "visited", ["Puerto Princesa"], "2026-08-10"),
    F(["iso3:JPN"], "supplied", PCG, "2023"),
]
IGN = [
    I(["US State Department", "State Department", "iso3:USA", "Washington"], "warned", CHN, "treaty reaffirmation is conditional ('would invoke')"),
    I(["US State Department", "State Department", "iso3:USA", "Washington"], "threatened", CHN, "conditional treaty commitment"),
    I(["Southern Theater Command", "People's Liberation Army", "PLA"] + CHN, "threatened", PHL, "warning scored as warned; threatened debatable"),
    I(["Southern Theater Command", "People's Liberation Army", "PLA"] + CHN, "attacked", ["Scarborough Shoal", "Bajo de Masinloc", "Huangyan Dao"], "'combat readiness patrol': no force"),
    I(["Department of Foreign Affairs", "DFA"] + PHL, "met", CHN + ["Chinese Embassy"], "summoning an embassy official: not met"),
    I(["Gilberto Teodoro Jr.", "Gilberto Teodoro", "Teodoro"], "met", ["Western Command", "Wescom"], "domestic purpose of the trip"),
    I(["Gilberto Teodoro Jr.", "Gilberto Teodoro", "Teodoro", "iso3:PHL"], "criticized", CHN, "'will not be bullied': debatable"),
    I(CCG, "attacked", ["Filipino fishing boats", "Zambales"], "boats forced to turn back: no force on them stated"),
    I(CCG, "attacked", ["Scarborough Shoal", "Bajo de Masinloc", "Huangyan Dao"], "place of the incident, not target"),
    I(["Jay Tarriela", "Tarriela", "Philippine Coast Guard", "PCG"], "criticized", ["China Coast Guard", "CCG", "iso3:CHN"], "accusation scored as accused"),
    I(["Ferdinand Marcos Jr.", "Marcos", "iso3:PHL"], "met", ["Association of Southeast Asian Nations", "Asean"], "'expected to raise the incident ... later this month': planned"),
    I(["Maritime Self-Defense Force", "JMSDF", "iso3:JPN"], "visited", ["West Philippine Sea"], "joint sail venue"),
]

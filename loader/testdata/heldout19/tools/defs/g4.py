from dsl import *
NAME = "g4-russian-embassy-denmark-statement"; SUB = "govdocs"
PUB = "2026-10-02"
TITLE = "Statement of the Embassy in connection with the allegations of the Danish authorities concerning \"Russian hybrid attacks\""
SOURCE = "Embassy of the Russian Federation in the Kingdom of Denmark"
EMB = ["Embassy of the Russian Federation in the Kingdom of Denmark", "Embassy of the Russian Federation",
       "Russian Embassy", "Embassy", "iso3:RUS"]
DNK = ["iso3:DNK", "Copenhagen", "Danish authorities", "official Copenhagen", "Danish side"]
RUS = ["iso3:RUS", "Moscow", "Russian Federation"]
ENT = [
    P(["Mette Frederiksen", "Frederiksen"], "DNK"), P(["Vladimir Barbin", "Barbin"], "RUS"),
    S("RUS"), S("DNK"), S("SWE"), S("UKR"),
    O("Embassy of the Russian Federation in the Kingdom of Denmark", "Embassy of the Russian Federation", "Russian Embassy", "Embassy"),
    O("Danish Defence Intelligence Service", "Defence Intelligence Service", "FE"),
    O("Ministry of Foreign Affairs of Denmark", "Ministry of Foreign Affairs", "Danish Ministry of Foreign Affairs"),
    O("NATO", "North Atlantic Treaty Organization"),
    L("Bornholm", "DNK"), L(["Aalborg Air Base", "Aalborg"], "DNK"), L(["Copenhagen", "København"], "DNK"),
    L(["Kaliningrad Region", "Kaliningrad"], "RUS"), L(["Danish straits"], "DNK"),
]
FORBID = ["Kristianiagade", "Kristianiagade 5", "rusembdenmark@mid.ru", "Telegram", "RusEmbDK", "Press Service"]
FACTS = [
    F(["Danish Defence Intelligence Service", "Defence Intelligence Service", "FE", "iso3:DNK"], "accused", RUS, "2026-09-30"),
    F(["Mette Frederiksen", "Frederiksen", "iso3:DNK"], "accused", RUS, "2026-09-30"),
    F(EMB, "criticized", DNK + ["Danish media"], "2026-10-02"),
    F(["iso3:DNK", "Denmark", "Copenhagen"], "supplied", ["iso3:UKR", "Kiev regime", "Kiev", "Kyiv"]),
    F(["iso3:DNK", "navy of Denmark"], "cooperated", ["iso3:SWE", "navy of Sweden"], "2026-09-24", 3),
    F(EMB, "urged", DNK, "2026-10-02"),
    F(EMB, "warned", DNK, "2026-10-02"),
    F(EMB, "criticized", ["NATO", "North Atlantic Treaty Organization"], "2026-10-02"),
]
IGN = [
    I(RUS, "attacked", ["iso3:DNK", "Bornholm", "undersea power cable"], "cable damage alleged by FE, denied by the Embassy; sabotage as attack debatable"),
    I(RUS, "attacked", ["Aalborg Air Base", "Aalborg", "iso3:DNK"], "drone flights alleged and denied; not force"),
    I(EMB, "accused", DNK, "counter-charges ('rushed to blame', 'prolonging the conflict'); criticized scored"),
    I(DNK, "cooperated", RUS, "negated: Copenhagen 'refused to cooperate'"),
    I(RUS, "supplied", DNK, "'repeatedly offered its assistance': offer, not supply"),
    I(EMB, "threatened", DNK, "'reserves the right to take all necessary measures': conditional"),
    I(["Ministry of Foreign Affairs of Denmark", "Ministry of Foreign Affairs", "iso3:DNK"], "met", ["Vladimir Barbin", "Barbin", "iso3:RUS"], "summoning the ambassador: not met"),
    I(["Ministry of Foreign Affairs of Denmark", "Ministry of Foreign Affairs", "iso3:DNK"], "urged", ["Vladimir Barbin", "Barbin", "iso3:RUS"], "'to demand explanations': debatable"),
    I(EMB, "criticized", ["iso3:SWE"], "joint exercises called destabilising: debatable which actor"),
    I(["iso3:DNK", "iso3:SWE"], "threatened", ["Kaliningrad Region", "Kaliningrad", "iso3:RUS"], "exercises near Kaliningrad: no threat stated"),
    I(["NATO"], "cooperated", ["iso3:DNK"], "infrastructure on Danish islands: debatable"),
    I(["iso3:DNK", "Denmark"], "attacked", ["iso3:RUS"], "'prolonging the conflict': rhetoric"),
]

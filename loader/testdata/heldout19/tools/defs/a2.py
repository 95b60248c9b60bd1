from dsl import *
NAME = "a2-transnistria-explainer-rferl"; SUB = "articles"
PUB = "2026-03-19"
TITLE = "Explainer: Why Is Moldova's Breakaway Transnistria Back In The Headlines?"
SOURCE = "Radio Free Europe/Radio Liberty"
TRN = ["Transnistria", "Tiraspol", "Transnistrian authorities"]
MDA = ["iso3:MDA", "Chisinau"]
RUS = ["iso3:RUS", "Moscow", "Kremlin"]
KRAS = ["Vadim Krasnoselsky", "Krasnoselsky"]
ENT = [
    P(["Vadim Krasnoselsky", "Krasnoselsky"]), P(["Sergei Lavrov", "Lavrov"], "RUS"),
    P(["Maia Sandu", "Sandu"], "MDA"), P(["Dmitry Peskov", "Peskov"], "RUS"), P(["Kaja Kallas", "Kallas"]),
    P(["Ion Rusu", "Rusu"], "MDA"),
    S("MDA"), S("RUS"), S("UKR"), {"name": ["Soviet Union", "USSR"], "kind": "state"},
    O("Radio Free Europe/Radio Liberty", "RFE/RL", "RFE/RL's Moldovan Service"),
    O("Moldova's Foreign Ministry", "Foreign Ministry", "Moldovan Foreign Ministry", "Ministry of Foreign Affairs"),
    O("Russian Foreign Ministry", "Foreign Ministry", "Ministry of Foreign Affairs"),
    O("14th Army", "Russia's 14th Army"), O("Gazprom"), O("European Union", "EU"), O("United Nations", "UN"),
    L("Transnistria", "MDA"), L("Tiraspol", "MDA"), L("Chisinau", "MDA"), L(["Ribnita", "Rybnitsa"], "MDA"),
    L(["Bender", "Bendery"], "MDA"), L(["Cobasna", "Kolbasna"], "MDA"), L(["Dniester River", "Dniester", "Nistru"]),
    L("Moscow", "RUS"),
]
FORBID = ["Ana Ciobanu", "Igor Tkach", "Reuters", "Gagauzia", "Georgian Dream", "iso3:GEO", "Tbilisi", "iso3:ROU",
          "Belgrade", "iso3:SRB", "iso3:KAZ", "Facebook", "Privacy Policy", "Ethics Guidelines"]
FACTS = [
    F(TRN, "accused", MDA, "2026-03-16"),
    F(["iso3:MDA", "Moldova's Foreign Ministry", "Foreign Ministry", "Chisinau"], "urged", RUS, "2026-03-15"),
    F(RUS, "sanctioned", MDA, "2006-03"),
    F(RUS, "invaded", ["iso3:UKR"], "2022-02"),
    F(["European Union", "EU"], "supplied", MDA, "2025-02"),
    F(MDA, "agreed", ["iso3:UKR", "Kyiv"], "2025-12"),
    F(KRAS, "visited", ["Moscow", "iso3:RUS"], "2026-03"),
    F(KRAS, "met", ["Sergei Lavrov", "Lavrov", "iso3:RUS"], "2026-03"),
    F(["Maia Sandu", "Sandu", "iso3:MDA"], "accused", RUS, "2026-03-17"),
    F(["Dmitry Peskov", "Peskov", "iso3:RUS", "Kremlin"], "warned", MDA, "2026-03-18"),
    F(["Kaja Kallas", "Kallas", "European Union", "EU"], "visited", ["Chisinau", "iso3:MDA"], "2026-03-12", 3),
    F(["iso3:UKR", "Kyiv"], "cooperated", MDA),
]
IGN = [
    I(RUS, "supplied", ["pro-Russian parties"], "'bankrolling pro-Russian parties' alleged by Sandu; recipients unnamed"),
    I(["Gazprom", "iso3:RUS"], "supplied", TRN + ["iso3:MDA"], "'halts deliveries': ended supply, background"),
    I(RUS + ["14th Army", "Russia's 14th Army"], "supplied", TRN + ["Transnistrian separatists"], "'backed by Russia's 14th Army': support, debatable"),
    I(MDA + ["Moldovan forces"], "attacked", TRN + ["Transnistrian separatists"], "1992 'fighting erupts between': no direction"),
    I(TRN + ["Transnistrian separatists"], "attacked", MDA, "1992 'fighting erupts between': no direction"),
    I(RUS, "invaded", TRN + ["iso3:MDA"], "troops kept in the region: occupation reading debatable"),
    I(RUS, "attacked", MDA + TRN, "'a military move by Moscow is unlikely': speculative"),
    I(RUS, "attacked", ["iso3:UKR"], "'forces bogged down in Ukraine' is background; invasion scored as invaded"),
    I(["Sergei Lavrov", "Lavrov", "iso3:RUS"], "supplied", TRN, "'promised all necessary support': future"),
    I(MDA + ["European Union", "EU"], "supplied", TRN, "EU money used by Chisinau to buy electricity for the region: indirect"),
    I(MDA, "cooperated", ["European Union", "EU"], "EU membership application and accession talks: debatable"),
    I(MDA, "met", ["European Union", "EU"], "'opened accession talks in 2024': debatable"),
    I(["Kaja Kallas", "Kallas", "European Union", "EU"], "supplied", MDA, "'will not leave Moldova alone': promise"),
    I(["Kremlin", "iso3:RUS"], "accused", ["Maia Sandu", "Sandu", "iso3:MDA"], "'dismissed the charge' is a denial"),
    I(["Ion Rusu", "Rusu"], "accused", RUS, "analyst's comment"),
    I(["iso3:MDA", "Moldova's Foreign Ministry"], "met", RUS + ["Russian ambassador"], "summoning the ambassador: not scored as met"),
]

from dsl import *
NAME = "g3-unsc-haiti-press-summary"; SUB = "govdocs"
PUB = "2026-01-22"
TITLE = "Gang Violence Spreading beyond Port-au-Prince, Special Representative Warns Security Council, as Members Press for Full Funding of Gang Suppression Force"
SOURCE = "United Nations Meetings Coverage and Press Releases"
VIV = ["Viv Ansanm", "Viv Ansanm coalition"]
GG = ["Gran Grif", "Gran Grif gang"]
HTI = ["iso3:HTI", "Haitian authorities", "Port-au-Prince"]
SC = ["Security Council", "UN Security Council", "Council", "Council members"]
USA = ["iso3:USA", "Washington"]
ENT = [
    P(["Carlos Ruiz Massieu", "Ruiz Massieu"]), P(["Ghada Waly", "Waly"]),
    S("HTI"), S("USA"), S("RUS"), S("CHN"), S("PAN"), S("COL"), S("KEN"),
    O("United Nations", "UN"), O("Security Council", "UN Security Council", "Council"),
    O("Gang Suppression Force", "GSF"), O("United Nations Integrated Office in Haiti", "BINUH"),
    O("United Nations Office on Drugs and Crime", "UNODC"), O(*VIV), O(*GG),
    O("Haitian National Police", "HNP"),
    L("Port-au-Prince", "HTI"), L("Mirebalais", "HTI"), L(["Artibonite", "Artibonite department"], "HTI"),
    L(["Pont-Sondé", "Pont-Sonde"], "HTI"), L("Panama City", "PAN"),
]
FORBID = ["Facebook", "Meetings Coverage and Press Releases", "Related Documents"]
FACTS = [
    F(VIV, "attacked", ["Mirebalais"], "2026-01-15", 3),
    F(["iso3:HTI", "representative of Haiti"], "urged", SC, "2026-01-22"),
    F(USA, "supplied", ["Haitian National Police", "HNP", "iso3:HTI"], "2026-01"),
    F(USA, "accused", VIV, "2026-01-22"),
    F(["iso3:RUS", "Russian Federation"], "criticized", USA, "2026-01-22"),
    F(["iso3:CHN"], "urged", HTI, "2026-01-22"),
    F(["iso3:PAN"], "cooperated", HTI),
    F(["iso3:COL"], "criticized", VIV, "2026-01-22"),
    F(GG, "attacked", ["Kenyan police officers", "Kenyan police", "iso3:KEN", "Gang Suppression Force"], "2026-01-19"),
    F(["iso3:KEN"], "urged", SC, "2026-01-22"),
]
IGN = [
    I(USA, "sanctioned", VIV + GG, "FTO designation in May 2025: background listing, debatable as sanction"),
    I(["Ghada Waly", "Waly", "United Nations Office on Drugs and Crime", "UNODC"], "urged", ["States in the region"], "vague addressee"),
    I(["Carlos Ruiz Massieu", "Ruiz Massieu", "BINUH", "United Nations"], "warned", SC + VIV, "headline 'warns Security Council': warning of a trend, debatable"),
    I(["iso3:RUS", "Russian Federation"], "accused", USA, "criticism scored; accusation debatable"),
    I(USA, "supplied", ["gangs", "armed gangs"], "firearms smuggled from US territory: not a state supply; Russia's charge"),
    I(["iso3:COL"], "criticized", ["Mirebalais"], "the place attacked, not the attacker"),
    I(GG, "attacked", ["Pont-Sondé", "Pont-Sonde", "Artibonite"], "venue of the attack on Kenyan officers"),
    I(["iso3:KEN"], "cooperated", HTI + ["Gang Suppression Force"], "officers serving with the Force: debatable"),
    I(["iso3:KEN"], "supplied", HTI, "deployment of police: debatable as supply"),
    I(["iso3:PAN"], "supplied", HTI + ["Haitian National Police"], "training of police officers scored as cooperated"),
    I(["Haitian National Police", "iso3:HTI"], "visited", ["Panama City", "iso3:PAN"], "training venue"),
    I(VIV, "attacked", ["iso3:HTI", "Haitian National Police"], "dup guard: police station burnt in Mirebalais"),
]

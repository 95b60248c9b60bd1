from dsl import *
NAME = "g1-france-southafrica-joint-statement"; SUB = "govdocs"
PUB = "2026-04-23"
TITLE = "Joint Statement by the President of the French Republic and the President of the Republic of South Africa on the State Visit of President Ramaphosa to France, 21-23 April 2026"
SOURCE = "The Presidency of South Africa / Élysée"
MAC = ["Emmanuel Macron", "Macron", "iso3:FRA"]
RAM = ["Matamela Cyril Ramaphosa", "Cyril Ramaphosa", "Ramaphosa", "iso3:ZAF"]
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Sudanese Armed Forces", "SAF", "iso3:SDN"]
D = "2026-04-23"
ENT = [
    P(["Emmanuel Macron", "Macron"], "FRA"), P(["Matamela Cyril Ramaphosa", "Cyril Ramaphosa", "Ramaphosa"], "ZAF"),
    P(["Jean-Noël Barrot", "Jean-Noel Barrot", "Barrot"], "FRA"), P(["Ronald Lamola", "Lamola"], "ZAF"),
    P(["Rodolphe Saadé", "Rodolphe Saade", "Saadé"], "FRA"),
    S("FRA"), S("ZAF"), S("SDN"), S("QAT"), S("COD"), S("ISR"), S("UKR"),
    O("Agence Française de Développement", "Agence Francaise de Developpement", "AFD"),
    O("Just Energy Transition Partnership", "JETP"), O(*RSF), O("Sudanese Armed Forces", "SAF"),
    O("African Union", "AU"), O("United Nations", "UN"), O("CMA CGM"),
    L("Paris", "FRA"), L(["Élysée Palace", "Elysee Palace", "Élysée"], "FRA"), L(["El Fasher", "Al Fashir"], "SDN"),
    L("North Kordofan", "SDN"), L("Gaza", "PSE"), L("Marseille", "FRA"), L("Pretoria", "ZAF"),
]
FORBID = ["Nomvula Dlamini", "Media Liaison", "Élysée Press Office", "www.elysee.fr", "www.thepresidency.gov.za",
          "Service de presse"]
FACTS = [
    F(RAM, "visited", ["iso3:FRA", "Paris", "French Republic"], "2026-04-22", 1),
    F(MAC, "met", RAM, "2026-04-22"),
    F(["Jean-Noël Barrot", "Jean-Noel Barrot", "Barrot", "iso3:FRA"], "agreed", ["Ronald Lamola", "Lamola", "iso3:ZAF"], "2026-04-22", 1),
    F(["Emmanuel Macron", "Macron"], "agreed", ["Matamela Cyril Ramaphosa", "Cyril Ramaphosa", "Ramaphosa"], "2026-04-23", 1),
    F(["iso3:FRA"], "cooperated", ["iso3:ZAF"]),
    F(["iso3:FRA", "Agence Française de Développement", "AFD"], "supplied", ["iso3:ZAF"]),
    F(MAC, "criticized", RSF, D, 1),
    F(RAM, "criticized", RSF, D, 1),
    F(RSF, "attacked", ["El Fasher", "Al Fashir", "civilians", "iso3:SDN"]),
    F(RSF, "attacked", ["North Kordofan"]),
    F(MAC, "urged", SAF, D, 1),
    F(MAC, "urged", RSF, D, 1),
    F(RAM, "urged", SAF, D, 1),
    F(RAM, "urged", RSF, D, 1),
    F(MAC, "urged", ["iso3:ISR"], D, 1),
    F(RAM, "urged", ["iso3:ISR"], D, 1),
    F(["Matamela Cyril Ramaphosa", "Cyril Ramaphosa", "Ramaphosa"], "visited", ["Marseille"], "2026-04-23"),
    F(["Matamela Cyril Ramaphosa", "Cyril Ramaphosa", "Ramaphosa", "iso3:ZAF"], "met", ["Rodolphe Saadé", "Rodolphe Saade", "Saadé", "CMA CGM"], "2026-04-23"),
]
IGN = [
    I(MAC, "visited", ["iso3:ZAF", "Pretoria"], "accepted invitation to visit 'at a mutually convenient date': future"),
    I(["African Union", "AU", "iso3:QAT"], "cooperated", ["iso3:COD"], "'welcomed the efforts' in support of peace: no edge stated"),
    I(["African Union", "AU", "iso3:QAT"], "supplied", ["iso3:COD"], "support for peace efforts: not a supply"),
    I(MAC + RAM, "cooperated", ["African Union", "AU", "iso3:QAT"], "'welcomed the efforts': debatable"),
    I(MAC + RAM, "criticized", ["iso3:ISR"], "restrictions on aid: urging scored, criticism implicit"),
    I(MAC + RAM, "cooperated", ["iso3:UKR"], "'underlined the importance of a just peace': no edge"),
    I(["Matamela Cyril Ramaphosa", "Cyril Ramaphosa", "Ramaphosa"], "visited", ["Élysée Palace", "Elysee Palace", "Élysée"], "venue of the talks"),
    I(MAC + RAM, "criticized", ["Sudanese Armed Forces", "SAF", "iso3:SDN"], "only the RSF is condemned; SAF is urged"),
]

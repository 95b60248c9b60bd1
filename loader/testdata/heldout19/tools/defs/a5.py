from dsl import *
NAME = "a5-drc-rwanda-court-eastafrican"; SUB = "articles"
PUB = "2026-10-21"
TITLE = "DR Congo, Rwanda trade charges as African Court hears Kivu case"
SOURCE = "The EastAfrican"
COD = ["iso3:COD", "Kinshasa", "Congo", "DR Congo"]
KAL = ["Bernard Kalombo", "Kalombo"] + COD
RWA = ["iso3:RWA", "Kigali", "Rwanda Defence Force", "RDF", "Rwandan artillery"]
NKU = ["Fidèle Nkurunziza", "Fidele Nkurunziza", "Nkurunziza", "iso3:RWA", "Kigali"]
M23 = ["M23", "M23 rebel movement", "March 23 Movement"]
FDLR = ["Democratic Forces for the Liberation of Rwanda", "FDLR"]
JUDGE = ["Amina Ould Cheikh", "Ould Cheikh", "African Court on Human and Peoples' Rights", "African Court"]
AU = ["African Union Commission", "AU Commission", "African Union", "AU"]
ENT = [
    P(["Bernard Kalombo", "Kalombo"], "COD"), P(["Fidèle Nkurunziza", "Fidele Nkurunziza", "Nkurunziza"], "RWA"),
    P(["Yolande Makolo", "Makolo"], "RWA"), P(["Amina Ould Cheikh", "Ould Cheikh"]), P(["Patrick Muyaya", "Muyaya"], "COD"),
    {"name": ["iso3:COD", "Congo", "DR Congo"], "kind": "state"}, S("RWA"), S("BDI"),
    O("African Court on Human and Peoples' Rights", "African Court"), O(*M23), O(*FDLR),
    O("African Union Commission", "AU Commission", "African Union", "AU"),
    O("UN Group of Experts", "Group of Experts"), O("Rwanda Defence Force", "RDF"), O("The EastAfrican", "EastAfrican"),
    L("Arusha", "TZA"), L("North Kivu", "COD"), L("South Kivu", "COD"), L("Goma", "COD"), L("Bukavu", "COD"),
    L("Rutshuru", "COD"), L("Kigali", "RWA"), L("Washington", "USA"),
]
FORBID = ["Allan Odhiambo", "iso3:KEN", "iso3:UGA", "Kisumu", "Kampala", "iso3:TZA", "Samia", "Samia Suluhu Hassan",
          "iso3:ETH", "Eurobond", "Nation Media Group", "Facebook", "LinkedIn", "WhatsApp"]
FACTS = [
    F(KAL, "accused", ["iso3:RWA", "Kigali"], "2026-10-19"),
    F(RWA, "supplied", M23, alleged="DR Congo (Bernard Kalombo); UN Group of Experts"),
    F(RWA, "invaded", ["iso3:COD", "North Kivu"], "2022", alleged="DR Congo (Bernard Kalombo)"),
    F(RWA, "attacked", ["Goma", "iso3:COD", "displacement camps"], "2024-05", alleged="DR Congo (Bernard Kalombo)"),
    F(NKU, "accused", COD, "2026-10-20"),
    F(COD + ["Congolese army"], "cooperated", FDLR, alleged="Rwanda (Fidèle Nkurunziza)"),
    F(JUDGE, "urged", COD, "2026-10-20", 1),
    F(JUDGE, "urged", ["iso3:RWA", "Kigali"], "2026-10-20", 1),
    F(AU, "urged", COD, "2026-10-20"),
    F(AU, "urged", ["iso3:RWA", "Kigali"], "2026-10-20"),
    F(COD, "agreed", ["iso3:RWA", "Kigali"], "2025-06"),
    F(["iso3:BDI"], "cooperated", COD + ["Congolese forces"]),
    F(M23, "invaded", ["Goma", "iso3:COD"], "2025-01"),
    F(M23, "invaded", ["Bukavu"], "2025-02"),
]
IGN = [
    I(M23 + RWA, "attacked", ["iso3:COD", "Congolese army"], "helicopter shot down with missiles: agent only implied"),
    I(M23, "attacked", ["Goma", "Bukavu", "iso3:COD"], "'seized Goma ... and Bukavu' scored as invaded; attacked debatable"),
    I(RWA, "attacked", ["North Kivu"], "'deploying soldiers in North Kivu' is part of the invasion charge"),
    I(["UN Group of Experts", "Group of Experts", "United Nations", "UN"], "accused", RWA, "a report's finding; accused debatable"),
    I(["Yolande Makolo", "Makolo", "iso3:RWA"], "criticized", COD + ["African Court"], "'a public-relations exercise': debatable"),
    I(["Yolande Makolo", "Makolo", "iso3:RWA"], "threatened", COD, "'would defend its security': conditional"),
    I(["Patrick Muyaya", "Muyaya"] + COD, "accused", ["iso3:RWA", "Kigali"], "'seek reparations': future; accusation already scored for Kalombo"),
    I(KAL, "visited", ["Arusha", "iso3:TZA"], "venue of the hearings"),
    I(NKU, "visited", ["Arusha", "iso3:TZA"], "venue of the hearings"),
    I(COD, "attacked", FDLR, "commitment to 'neutralising the FDLR': future"),
    I(["iso3:RWA", "Kigali"], "accused", ["UN Group of Experts", "Group of Experts"], "'dismissed as biased': debatable"),
    I(["iso3:RWA", "Kigali", "Rwanda Defence Force"], "cooperated", M23, "'direct operational support': scored as supplied"),
    I(["iso3:BDI"], "attacked", M23, "not stated"),
]

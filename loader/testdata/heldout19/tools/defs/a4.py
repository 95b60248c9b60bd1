from dsl import *
NAME = "a4-shadow-fleet-sanctions-reuters"; SUB = "articles"
PUB = "2026-07-02"
TITLE = "US blacklists Hong Kong, UAE firms over Iranian and Venezuelan oil flows to China"
SOURCE = "Reuters"
US = ["iso3:USA", "U.S. Treasury Department", "Treasury Department", "US Treasury", "Treasury",
      "Office of Foreign Assets Control", "OFAC", "Washington"]
HAIYUN = ["Haiyun Shipping Management Ltd", "Haiyun Shipping Management", "Haiyun Shipping", "Haiyun"]
JINRUN = ["Shandong Jinrun Petrochemical", "Shandong Jinrun"]
GOLD = ["Golden Reef Petroleum FZE", "Golden Reef Petroleum", "Golden Reef"]
TIAN = ["Tianrui Commercial Bank", "Tianrui"]
NIOC = ["National Iranian Oil Company", "NIOC"]
PDVSA = ["PDVSA", "Petroleos de Venezuela"]
BESS = ["Scott Bessent", "Bessent", "iso3:USA", "Treasury"]
ENT = [
    P(["Scott Bessent", "Bessent"], "USA"), P(["Mohsen Paknejad", "Paknejad"], "IRN"), P(["Leila Farrokhzad", "Farrokhzad"]),
    S("USA"), S("IRN"), S("VEN"), S("CHN"), S("RUS"), S("GBR"), S("ARE"),
    O("U.S. Treasury Department", "Treasury Department", "US Treasury", "Treasury"),
    O("Office of Foreign Assets Control", "OFAC"),
    O(*HAIYUN), O(*JINRUN), O(*GOLD), O(*TIAN), O(*NIOC), O(*PDVSA),
    O("Hezbollah"), O("Houthis", "Houthi", "Ansar Allah"), O("European Union", "EU"), O("Gazprombank"),
    O("Sovcomflot"), O("Rosneft"), O("Sinopec"), O("PetroChina"), O("Chevron"), O("Gulfstream Energy Advisors"),
    O("Reuters"),
    L("Hong Kong", "CHN"), L("Dubai", "ARE"), L(["Shandong", "Shandong province"], "CHN"), L("Washington", "USA"),
    L("London", "GBR"),
]
FORBID = ["Daniel Whitcombe", "Marta Oyelaran", "Rosalind Pettigrew", "Thomson Reuters", "Nvidia", "Petrobras",
          "Saudi Aramco", "iso3:BRA", "iso3:SAU", "Morning Bid", "Breakingviews"]
FACTS = [
    F(US, "sanctioned", HAIYUN, "2026-07-01"),
    F(US, "sanctioned", JINRUN, "2026-07-01"),
    F(US, "sanctioned", GOLD, "2026-07-01"),
    F(US, "sanctioned", TIAN + ["Hong Kong bank"], "2026-07-01"),
    F(US, "accused", HAIYUN + TIAN + GOLD + JINRUN, "2026-07-01"),
    F(NIOC + ["iso3:IRN"] + HAIYUN, "supplied", JINRUN + ["iso3:CHN", "Chinese refiners"], alleged="US Treasury (OFAC)"),
    F(PDVSA + ["iso3:VEN"], "supplied", GOLD, alleged="US Treasury (OFAC)"),
    F(GOLD + PDVSA + ["iso3:VEN"], "supplied", ["iso3:CHN", "Chinese buyers"], alleged="US Treasury (OFAC)"),
    F(BESS, "accused", ["iso3:IRN", "Tehran"], "2026-07-01", 1),
    F(["iso3:IRN", "Tehran"], "supplied", ["Hezbollah"], alleged="Scott Bessent (US Treasury)"),
    F(["iso3:IRN", "Tehran"], "supplied", ["Houthis", "Houthi", "Ansar Allah"], alleged="Scott Bessent (US Treasury)"),
    F(["iso3:CHN", "Beijing", "China's foreign ministry"], "criticized", ["iso3:USA", "Washington"], "2026-07-02"),
    F(["iso3:CHN", "Beijing", "China's foreign ministry"], "urged", ["iso3:USA", "Washington"], "2026-07-02"),
    F(["Mohsen Paknejad", "Paknejad", "iso3:IRN"], "criticized", ["iso3:USA", "Washington", "Treasury"], "2026-07-02", 1),
    F(["European Union", "EU"], "sanctioned", ["iso3:RUS"], "2026-06-29"),
    F(["European Union", "EU"], "sanctioned", ["Gazprombank"], "2026-06-29"),
    F(["iso3:GBR", "Britain"], "sanctioned", ["Sovcomflot", "iso3:RUS"], "2026-06"),
    F(["iso3:RUS", "Rosneft"], "supplied", PDVSA + ["iso3:VEN"], "2026-05"),
]
IGN = [
    I(US, "sanctioned", ["iso3:CHN", "iso3:IRN", "iso3:VEN", "Hong Kong", "iso3:ARE"], "designations of firms read as state-level sanctions: debatable"),
    I(US, "sanctioned", NIOC + PDVSA, "NIOC and PDVSA are not designated in this action"),
    I(US, "sanctioned", ["Chevron"], "negated: 'was not affected'"),
    I(["iso3:IRN", "iso3:VEN"] + NIOC + PDVSA, "supplied", ["Sinopec", "PetroChina"], "negated: state majors 'stayed away'"),
    I(TIAN, "supplied", HAIYUN + GOLD + NIOC + PDVSA, "processing payments: not a supply edge"),
    I(["Mohsen Paknejad", "Paknejad", "iso3:IRN"], "supplied", ["iso3:CHN"], "'exports would continue': future"),
    I(["Mohsen Paknejad", "Paknejad", "iso3:IRN"], "accused", ["iso3:USA", "Washington"], "'economic terrorism' scored as criticized; accused debatable"),
    I(["iso3:CHN", "Beijing"], "accused", ["iso3:USA", "Washington"], "'abusing long-arm jurisdiction' scored as criticized/urged"),
    I(BESS, "criticized", ["iso3:IRN", "Tehran"], "Bessent's quote: accused scored, criticized debatable"),
    I(["Chevron", "iso3:USA"], "cooperated", ["iso3:VEN"] + PDVSA, "operating under licence: not cooperation edge"),
    I(["Leila Farrokhzad", "Farrokhzad"], "warned", ["iso3:CHN"], "analyst comment, speculative"),
    I(["European Union", "EU"], "sanctioned", ["Sovcomflot"], "EU vessel listings unnamed; Sovcomflot is a UK designation"),
]

from dsl import *
NAME = "g2-ukraine-mod-daily-update"; SUB = "govdocs"
PUB = "2026-02-18"
TITLE = "Daily Operational Update No. 1456, as of 08:00, 18 February 2026"
SOURCE = "Ministry of Defence of Ukraine"
RUS = ["iso3:RUS", "Russian Federation", "enemy", "the enemy", "occupiers", "Russian occupation forces", "Russian assault groups"]
UKR = ["iso3:UKR", "Defence Forces of Ukraine", "Armed Forces of Ukraine", "Unmanned Systems Forces",
       "Security Service of Ukraine", "SBU"]
ENT = [
    S("UKR"), S("RUS"), S("BLR"), S("DEU"), S("PRK"),
    O("Ministry of Defence of Ukraine", "Ministry of Defence", "MoD"), O("Defence Forces of Ukraine", "Defence Forces"),
    O("Armed Forces of Ukraine", "AFU"), O("Unmanned Systems Forces"), O("Security Service of Ukraine", "SBU"),
    O("Ramstein coalition", "Ukraine Defense Contact Group"),
    L(["Afipsky oil refinery", "Afipsky refinery", "Afipsky"], "RUS"), L(["Kursk", "Kursk region"], "RUS"),
    L("Oryol", "RUS"), L("Millerovo", "RUS"), L("Primorsko-Akhtarsk", "RUS"), L(["Krasnodar Krai", "Krasnodar"], "RUS"),
    L("Kharkiv", "UKR"), L("Odesa", "UKR"), L("Dnipro", "UKR"), L("Pokrovsk", "UKR"), L("Rodynske", "UKR"),
    L("Myrnohrad", "UKR"), L("Udachne", "UKR"), L("Huliaipole", "UKR"), L("Zaliznychne", "UKR"), L("Kupiansk", "UKR"),
    L("Volyn", "UKR"), L("Polissia", "UKR"),
]
FORBID = ["mod.gov.ua", "press@mod.gov.ua", "Telegram", "Facebook", "Povitroflotskyi Avenue", "StopRussianAggression"]
FACTS = [
    F(RUS, "invaded", ["iso3:UKR"]),
    F(RUS, "attacked", ["iso3:UKR", "Defence Forces of Ukraine", "Armed Forces of Ukraine"], "2026-02-17", 1),
    F(RUS, "attacked", ["Kharkiv"], "2026-02-18", 1),
    F(RUS, "attacked", ["Odesa"], "2026-02-18", 1),
    F(RUS, "attacked", ["Dnipro"], "2026-02-18", 1),
    F(RUS, "attacked", ["Huliaipole"], "2026-02-17", 1),
    F(RUS, "attacked", ["Zaliznychne"], "2026-02-17", 1),
    F(UKR, "attacked", ["Afipsky oil refinery", "Afipsky refinery", "Afipsky", "Krasnodar Krai", "iso3:RUS"], "2026-02-18", 1),
    F(["iso3:DEU", "Government of Germany", "Federal Republic of Germany"], "supplied", ["iso3:UKR", "Armed Forces of Ukraine"], "2026-02-17"),
    F(["iso3:PRK", "DPRK"], "cooperated", RUS),
]
IGN = [
    I(RUS, "attacked", ["Rodynske", "Myrnohrad", "Udachne", "Pokrovsk"], "'attempted to advance near': debatable as attack on the places"),
    I(UKR, "attacked", ["occupiers", "Russian occupation forces", "Kupiansk"], "'cleared two settlements of occupiers': debatable"),
    I(["iso3:BLR", "Republic of Belarus"], "attacked", ["iso3:UKR"], "negated: no offensive groups detected"),
    I(["iso3:BLR", "Republic of Belarus"], "threatened", ["iso3:UKR"], "negated: no offensive groups detected"),
    I(["iso3:PRK", "DPRK"], "attacked", ["iso3:UKR", "Kursk"], "DPRK units fight alongside Russia: cooperation scored; attack debatable"),
    I(["Ramstein coalition", "Ukraine Defense Contact Group"], "supplied", ["iso3:UKR"], "thanks to partners: no delivery stated"),
    I(["Ministry of Defence of Ukraine", "iso3:UKR"], "cooperated", ["iso3:DEU", "Ramstein coalition"], "thanks: debatable"),
    I(["Kursk", "Oryol", "Millerovo", "Primorsko-Akhtarsk"], "attacked", ["iso3:UKR"], "launch areas, not actors"),
    I(RUS, "invaded", ["Kursk", "Kursk region"], "Kursk region is Russian; occupation forces there are Russia's own"),
    I(UKR, "attacked", ["Shahed", "drones"], "air defence intercepts: no actor target"),
]

#!/usr/bin/env python3
"""Write NAME.meta.json and NAME.gold.json for every document of heldout26.

The texts (NAME.txt) are written by hand; this script only holds the hand-made
annotations in a compact form and prints them in the gold format of the
heldout5 examples (doc, published, source, entities, forbidden_entities,
facts, ignore).

Run from anywhere:  python3 tools/build_golds.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = []


def S(code):
    return "iso3:" + code


def E(kind, *names, country=None):
    e = {"name": list(names), "kind": kind}
    if country:
        e["country"] = [S(country)]
    return e


def per(*names, c=None):
    return E("person", *names, country=c)


def org(*names):
    return E("organization", *names)


def plc(*names, c=None):
    return E("place", *names, country=c)


def st(code):
    return E("state", S(code))


def F(frm, typ, to, date=None, tol=0, alleged_by=None):
    f = {"from": list(frm), "type": typ, "to": list(to)}
    if date:
        f["date"] = date
        f["date_tolerance_days"] = tol
    if alleged_by:
        f["modality"] = "alleged"
        f["attributed_to"] = alleged_by
    return f


def I(frm, typ, to, why):
    return {"from": list(frm), "type": typ, "to": list(to), "why": why}


def doc(folder, name, published, title, source, entities, forbidden, facts, ignore):
    DOCS.append(dict(folder=folder, name=name, published=published, title=title,
                     source=source, entities=entities, forbidden=forbidden,
                     facts=facts, ignore=ignore))


# ---------------------------------------------------------------- articles
# a1 -- Reuters, Thursday 2026-05-14
CCG = ["China Coast Guard", "CCG", "Chinese coast guard", "China Coast Guard ship 5412", S("CHN")]
PCG = ["Jay Tarriela", "Tarriela", "Philippine Coast Guard", "PCG", S("PHL")]
GUO = ["Guo Jiakun", "Guo", S("CHN"), "Beijing", "Chinese foreign ministry"]
MARCOS = ["Ferdinand Marcos Jr.", "Marcos", "Ferdinand Marcos", S("PHL")]
KOIZUMI = ["Shinjiro Koizumi", "Koizumi", S("JPN")]
STC = ["Southern Theater Command", "China's Southern Theater Command", S("CHN")]
doc("articles", "a1-sabina-shoal-reuters", "2026-05-14",
    "Philippines says Chinese coast guard rammed, water-cannoned supply boat near Sabina Shoal",
    "Reuters",
    [per("Jay Tarriela", "Tarriela", c="PHL"),
     per("Guo Jiakun", "Guo", c="CHN"),
     per("Ferdinand Marcos Jr.", "Marcos", "Ferdinand Marcos", c="PHL"),
     per("Shinjiro Koizumi", "Koizumi", c="JPN"),
     per("Penny Wong", "Wong", c="AUS"),
     st("PHL"), st("CHN"), st("USA"), st("JPN"), st("AUS"), st("VNM"), st("MYS"), st("BRN"), st("TWN"),
     org("Reuters"),
     org("China Coast Guard", "CCG", "Chinese coast guard"),
     org("Philippine Coast Guard", "PCG"),
     org("Department of Foreign Affairs", "Philippine Department of Foreign Affairs", "DFA"),
     org("State Department", "U.S. State Department", "Department of State"),
     org("Japan Maritime Self-Defense Force", "Maritime Self-Defense Force", "JMSDF"),
     org("Southern Theater Command", "PLA Southern Theater Command"),
     plc("Sabina Shoal", "Xianbin Jiao"),
     plc("South China Sea"),
     plc("West Philippine Sea"),
     plc("Spratly Islands", "Spratlys"),
     plc("Scarborough Shoal"),
     plc("Palawan", c="PHL"),
     plc("Manila", c="PHL"),
     plc("Beijing", c="CHN"),
     plc("The Hague", "Hague", c="NLD")],
    ["Mikaela Reyes-Santos", "Chen Haoyu", "Tomasz Adler", "Gerald Whitcombe", "Eloisa Dizon",
     "Thomson Reuters Trust Principles", "Reuters Daily Briefing", "iso3:IDN", "Prabowo",
     "Prabowo Subianto", "APEC", "iso3:KHM", "Ream", "Ream naval base", "iso3:THA"],
    [F(CCG, "attacked", ["Philippine government supply boat", "MV Bagong Pag-asa", S("PHL")],
       "2026-05-12", alleged_by="Philippine Coast Guard"),
     F(PCG, "accused", ["China Coast Guard", "CCG", "Chinese coast guard", S("CHN")], "2026-05-13", 1),
     F(["China Coast Guard", "CCG", "Chinese coast guard", S("CHN")], "accused",
       [S("PHL"), "Philippine boat"]),
     F(GUO, "urged", [S("PHL"), "Manila"], "2026-05-13"),
     F(MARCOS, "met", KOIZUMI, "2026-05-13"),
     F(KOIZUMI, "visited", ["Manila", S("PHL")], "2026-05-13"),
     F([S("USA"), "State Department", "United States"], "criticized", [S("CHN")], "2026-05-13"),
     F([S("JPN"), "Japan's foreign ministry", "Tokyo"], "urged", [S("CHN"), "Beijing"]),
     F([S("PHL"), "Philippine navy"], "cooperated", [S("USA"), "U.S. navy"], "2026-05-09", 1),
     F(["Japan Maritime Self-Defense Force", "Maritime Self-Defense Force", "JMSDF", S("JPN")],
       "cooperated", [S("PHL"), "Philippine navy"], "2026-05-09", 1),
     F(["Japan Maritime Self-Defense Force", "Maritime Self-Defense Force", "JMSDF", S("JPN")],
       "cooperated", [S("USA"), "U.S. navy"], "2026-05-09", 1),
     F(STC, "accused", [S("PHL")])],
    [I(["Department of Foreign Affairs", "DFA", S("PHL")], "criticized", [S("CHN"), "Chinese embassy"],
       "'lodged a diplomatic protest' is arguably criticism"),
     I(["Penny Wong", "Wong", S("AUS"), "Canberra"], "criticized", [S("CHN")],
       "'raised its concerns directly' is arguably criticism"),
     I([S("VNM")], "urged", [S("CHN"), S("PHL")], "'called on all sides' names no target"),
     I([S("USA"), "State Department"], "threatened", [S("CHN")],
       "treaty commitment 'would invoke' is conditional"),
     I(GUO, "accused", [S("PHL")], "'cease its infringing activities' implies an accusation"),
     I(STC, "threatened", [S("PHL")], "'combat readiness patrols' are not a stated threat"),
     I([S("JPN"), "Koizumi"], "agreed", [S("PHL")], "reciprocal access agreement is background")])

# a2 -- Africanews, Friday 2026-03-20
TRAORE = ["Ibrahim Traoré", "Traoré", "Ibrahim Traore", "Traore", S("BFA")]
GOITA = ["Assimi Goïta", "Goïta", "Assimi Goita", "Goita", S("MLI")]
TIANI = ["Abdourahamane Tiani", "Tiani", S("NER")]
JNIM = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"]
BFA_ARMY = ["Burkinabe army", "Burkinabe army convoy", S("BFA")]
doc("articles", "a2-sahel-force-africanews", "2026-03-20",
    "Sahel juntas sign protocol on joint force after deadly ambush in northern Burkina Faso",
    "Africanews",
    [per("Ibrahim Traoré", "Traoré", "Ibrahim Traore", "Traore", c="BFA"),
     per("Assimi Goïta", "Goïta", "Assimi Goita", "Goita", c="MLI"),
     per("Abdourahamane Tiani", "Tiani", c="NER"),
     per("Sadio Camara", "Camara", c="MLI"),
     per("Omar Alieu Touray", "Touray"),
     per("Ibrahima Kanté", "Kanté", "Ibrahima Kante"),
     st("MLI"), st("BFA"), st("NER"), st("CIV"), st("FRA"), st("RUS"), st("DZA"),
     org("Africanews"),
     org("Agence France-Presse", "AFP"),
     org("Alliance of Sahel States", "AES"),
     org("Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
     org("RTN"),
     org("RTB"),
     org("volunteers for the defence of the homeland", "VDP"),
     org("Africa Corps"),
     org("Wagner group", "Wagner"),
     org("ECOWAS", "Economic Community of West African States"),
     org("ECOWAS Commission"),
     plc("Niamey", c="NER"),
     plc("Djibo", c="BFA"),
     plc("Soum province", "Soum", c="BFA"),
     plc("Liptako-Gourma"),
     plc("Tessalit", c="MLI"),
     plc("Tinzaouaten", c="MLI"),
     plc("Abuja", c="NGA"),
     plc("Sahel")],
    ["Mariam Ouédraogo", "Yacouba Sawadogo", "AP", "Associated Press", "iso3:SEN", "Sonko",
     "Ousmane Sonko", "IMF", "International Monetary Fund", "iso3:GHA", "Facebook", "WhatsApp",
     "LinkedIn", "Africanews morning newsletter"],
    [F(GOITA, "agreed", TRAORE, "2026-03-17"),
     F(GOITA, "agreed", TIANI, "2026-03-17"),
     F(TRAORE, "agreed", TIANI, "2026-03-17"),
     F(GOITA, "met", TRAORE, "2026-03-17", 1),
     F(GOITA, "met", TIANI, "2026-03-17", 1),
     F(TRAORE, "met", TIANI, "2026-03-17", 1),
     F(TRAORE, "visited", ["Niamey", S("NER")], "2026-03-16"),
     F(GOITA, "visited", ["Niamey", S("NER")], "2026-03-16"),
     F(JNIM, "attacked", BFA_ARMY, "2026-03-15"),
     F(BFA_ARMY + ["Burkinabe air force", "Burkinabe air force drones"], "attacked", JNIM, "2026-03-16"),
     F(["Traoré's government", S("BFA")] + TRAORE[:4], "accused", [S("CIV"), "Abidjan"], "2026-03-18"),
     F(TIANI, "accused", [S("FRA"), "Paris"], "2026-03-17"),
     F([S("FRA"), "Paris"], "supplied", JNIM, alleged_by="Abdourahamane Tiani"),
     F([S("RUS"), "Moscow"], "supplied", [S("NER")], "2026-02"),
     F([S("RUS"), "Moscow"], "cooperated", [S("MLI")]),
     F([S("RUS"), "Moscow"], "cooperated", [S("BFA")]),
     F([S("RUS"), "Moscow"], "cooperated", [S("NER")]),
     F(["ECOWAS", "Economic Community of West African States", "Omar Alieu Touray", "Touray"], "urged",
       ["Alliance of Sahel States", "AES"], "2026-03-19"),
     F([S("DZA"), "Algiers"], "attacked", [S("MLI"), "Malian army drone", "Bamako"], "2025-04")],
    [I(["Alliance of Sahel States", "AES", "unified force"], "attacked", JNIM,
       "first operations 'expected' by June: speculative"),
     I(["Africa Corps", S("RUS")], "attacked", [S("MLI"), "Tessalit", "civilians"],
       "denied by Malian authorities; residents' claim only"),
     I(TIANI, "met", ["ECOWAS", "ECOWAS envoy"], "planned meeting 'did not take place': negated"),
     I([S("NER"), "Niamey"], "cooperated", [S("FRA"), "Paris"], "military cooperation was ended"),
     I([S("MLI"), S("BFA"), S("NER")], "cooperated", [S("MLI"), S("BFA"), S("NER")],
       "pooling in the joint force is covered by the agreed facts; cooperation reading debatable"),
     I([S("CIV"), "Abidjan"], "accused", [S("BFA")], "Abidjan rejected claims: denial, not an accusation")])

# a3 -- Nikkei Asia, Tuesday 2026-10-27
TAKAICHI = ["Sanae Takaichi", "Takaichi", S("JPN")]
STORE = ["Jonas Gahr Store", "Jonas Gahr Støre", "Store", "Støre", S("NOR")]
MOTEGI = ["Toshimitsu Motegi", "Motegi", S("JPN")]
EIDE = ["Espen Barth Eide", "Eide", "Barth Eide", S("NOR")]
GBR = [S("GBR"), "Britain", "Foreign, Commonwealth and Development Office", "FCDO"]
doc("articles", "a3-arctic-energy-nikkei", "2026-10-27",
    "Japan and Norway sign Arctic energy pact as UK targets Russian LNG tankers",
    "Nikkei Asia",
    [per("Sanae Takaichi", "Takaichi", c="JPN"),
     per("Jonas Gahr Store", "Jonas Gahr Støre", "Store", "Støre", c="NOR"),
     per("Toshimitsu Motegi", "Motegi", c="JPN"),
     per("Espen Barth Eide", "Eide", "Barth Eide", c="NOR"),
     per("Dmitry Peskov", "Peskov", c="RUS"),
     per("Alexander Stubb", "Stubb", c="FIN"),
     per("Mette Frederiksen", "Frederiksen", c="DNK"),
     per("Aiko Shimada", "Shimada", c="JPN"),
     st("JPN"), st("NOR"), st("RUS"), st("GBR"), st("CHN"), st("UKR"), st("USA"), st("FIN"), st("DNK"),
     st("SYC"), st("SGP"),
     org("Nikkei Asia", "Nikkei"),
     org("Arctic Council"),
     org("Nordkyst Ammoniakk", "Nordkyst"),
     org("Polar Crest Marine Services", "Polar Crest"),
     org("Boreal Tide Shipping", "Boreal Tide"),
     org("Foreign, Commonwealth and Development Office", "FCDO"),
     org("Gydan North LNG", "Gydan North LNG plant"),
     org("SeaLedger Analytics", "SeaLedger"),
     org("Kremlin"),
     org("Kitaura Shipping", "Kitaura"),
     plc("Oslo", c="NOR"),
     plc("Tokyo", c="JPN"),
     plc("Fukuoka Prefecture", "Fukuoka", c="JPN"),
     plc("Kola Peninsula", c="RUS"),
     plc("Finnmark", c="NOR"),
     plc("Dubai", c="ARE"),
     plc("Sakhalin Island", "Sakhalin", c="RUS"),
     plc("Hokkaido", c="JPN"),
     plc("Honshu", c="JPN"),
     plc("Helsinki", c="FIN"),
     plc("Copenhagen", c="DNK"),
     plc("Arctic"),
     plc("High North"),
     plc("Northern Sea Route")],
    ["Kentaro Mizuhara", "Ingrid Holm", "Haruto Ide", "iso3:VNM", "iso3:IND", "Asia Daily",
     "Nikkei Inc"],
    [F(TAKAICHI, "visited", ["Oslo", S("NOR")], "2026-10-25"),
     F(TAKAICHI, "met", STORE, "2026-10-26"),
     F(TAKAICHI, "agreed", STORE, "2026-10-26"),
     F([S("JPN")], "cooperated", [S("NOR")]),
     F(["Nordkyst Ammoniakk", "Nordkyst", S("NOR")], "supplied", [S("JPN"), "Japanese power utilities"],
       "2026-08"),
     F(STORE, "warned", [S("RUS"), "Russia's military presence"], "2026-10-26", 1),
     F([S("NOR"), "Oslo"], "accused", [S("RUS")]),
     F(TAKAICHI, "urged", [S("RUS")], "2026-10-26", 1),
     F(STORE, "urged", [S("RUS")], "2026-10-26", 1),
     F(MOTEGI, "met", EIDE, "2026-10-26", 1),
     F(MOTEGI, "agreed", EIDE, "2026-10-26", 1),
     F(GBR, "sanctioned", ["Polar Crest Marine Services", "Polar Crest"], "2026-10-21"),
     F(GBR, "sanctioned", ["Boreal Tide Shipping", "Boreal Tide"], "2026-10-21"),
     F(["Gydan North LNG", "Gydan North LNG plant", S("RUS")], "supplied", [S("CHN"), "Chinese buyers"]),
     F(["Dmitry Peskov", "Peskov", "Kremlin", S("RUS")], "criticized", GBR, "2026-10-22"),
     F([S("RUS"), "Sakhalin Island", "Sakhalin"], "supplied", [S("JPN")])],
    [I([S("JPN"), "Tokyo"], "sanctioned", [S("RUS")], "'Japan has not joined Western sanctions': negated"),
     I(TAKAICHI, "visited", ["Helsinki", S("FIN"), "Copenhagen", S("DNK")], "scheduled trip: planned"),
     I(TAKAICHI, "met", ["Alexander Stubb", "Stubb", S("FIN"), "Mette Frederiksen", "Frederiksen",
                         S("DNK")], "scheduled talks: planned"),
     I(GBR, "sanctioned", [S("RUS")], "targets are tankers and companies; state reading debatable"),
     I(GBR, "accused", ["Polar Crest Marine Services", "Boreal Tide Shipping", S("RUS")],
       "'in breach of Western restrictions' is a charge inside a sanctions report"),
     I([S("USA"), "Washington"], "urged", [S("JPN")], "'pressure ... to wind down' is not a stated call"),
     I([S("RUS"), "Moscow"], "threatened", [S("JPN")], "analyst's 'will exploit if it can' is speculative"),
     I(["Polar Crest Marine Services", "Boreal Tide Shipping"], "supplied", [S("CHN")],
       "tanker operators moved cargoes; supplier reading is the plant/Russia")])

# a4 -- AP, Wednesday 2026-06-24
ORTEGA = ["Camilo Ortega Duque", "Ortega", "Camilo Ortega"]
SALCEDO = ["Rodrigo Salcedo Arango", "Salcedo", "Rodrigo Salcedo", "Salcedo's campaign"]
PETRO = ["Gustavo Petro", "Petro", S("COL")]
REG = ["National Civil Registry", "registry", "Registraduría Nacional del Estado Civil"]
doc("articles", "a4-colombia-runoff-ap", "2026-06-24",
    "Colombia's runner-up alleges fraud as foreign governments split over president-elect",
    "The Associated Press",
    [per("Camilo Ortega Duque", "Ortega", "Camilo Ortega", c="COL"),
     per("Rodrigo Salcedo Arango", "Salcedo", "Rodrigo Salcedo", c="COL"),
     per("Gustavo Petro", "Petro", c="COL"),
     per("Marco Rubio", "Rubio", c="USA"),
     per("Luiz Inácio Lula da Silva", "Lula", "Lula da Silva", c="BRA"),
     per("Daniel Noboa", "Noboa", c="ECU"),
     per("Laura Villamizar", "Villamizar", c="COL"),
     st("COL"), st("USA"), st("VEN"), st("BRA"), st("ECU"),
     org("Associated Press", "AP", "The Associated Press"),
     org("National Civil Registry", "Registraduría Nacional del Estado Civil"),
     org("National Electoral Council"),
     org("Organization of American States", "OAS"),
     org("European Union", "EU"),
     org("National Liberation Army", "ELN"),
     org("Defense Ministry", "Colombian Defense Ministry", "Ministry of Defense"),
     plc("Bogota", "Bogotá", c="COL"),
     plc("Medellín", "Medellin", c="COL"),
     plc("Arauca", c="COL")],
    ["Valentina Arciniegas", "David Kornfeld", "Iván Restrepo", "Gabriela Sosa", "Mexico City",
     "apnews.com", "iso3:ARG", "Milei", "Javier Milei", "iso3:GTM", "Arévalo", "Bernardo Arévalo"],
    [F(ORTEGA, "accused", REG, "2026-06-23"),
     F(PETRO, "accused", [S("USA")], "2026-06-22"),
     F([S("USA")], "supplied", SALCEDO, alleged_by="Gustavo Petro"),
     F(["Marco Rubio", "Rubio", S("USA")], "criticized", PETRO, "2026-06-22"),
     F([S("USA"), "Washington"], "sanctioned", PETRO, "2025-10"),
     F([S("USA"), "Washington"], "accused", PETRO, "2025-10"),
     F([S("VEN"), "Venezuela's foreign ministry", "Caracas"], "criticized", [S("USA")], "2026-06-23"),
     F(["Luiz Inácio Lula da Silva", "Lula", S("BRA")], "urged", SALCEDO, "2026-06-22"),
     F(["Luiz Inácio Lula da Silva", "Lula", S("BRA")], "urged", ORTEGA, "2026-06-22"),
     F(["Daniel Noboa", "Noboa", S("ECU")], "visited", ["Bogota", "Bogotá", S("COL")], "2026-06-23"),
     F(["Daniel Noboa", "Noboa", S("ECU")], "met", SALCEDO + [S("COL")], "2026-06-23"),
     F(["Daniel Noboa", "Noboa", S("ECU")], "agreed", SALCEDO + [S("COL")], "2026-06-23"),
     F(["Organization of American States", "OAS"], "urged", REG, "2026-06-23"),
     F(["National Liberation Army", "ELN"], "attacked", ["army convoy", "Colombian army", S("COL")],
       "2026-06-21")],
    [I(["Marco Rubio", "Rubio", S("USA")], "met", SALCEDO, "phone call, not a meeting"),
     I(SALCEDO, "visited", ["Washington", S("USA")], "invitation: planned"),
     I([S("USA"), "Washington"], "supplied", [S("COL")], "request to resume military aid: planned"),
     I(SALCEDO, "cooperated", [S("USA"), "Washington"], "'restore close security ties' is a promise"),
     I(PETRO, "criticized", [S("USA")], "the accusation read as criticism"),
     I([S("VEN"), "Venezuela's foreign ministry"], "accused", [S("USA")],
       "condemning 'interference' arguably an accusation"),
     I(["European Union", "EU"], "accused", REG, "found no evidence of fraud: negated"),
     I(["Luiz Inácio Lula da Silva", "Lula", S("BRA")], "urged", [S("COL")],
       "urging the two candidates, not the state; debatable")])

# a5 -- BBC, Thursday 2026-09-10
GRIG = ["Mher Grigoryan", "Grigoryan", S("ARM")]
MUST = ["Shahin Mustafayev", "Mustafayev", S("AZE")]
FIDAN = ["Hakan Fidan", "Fidan", "Mr Fidan", S("TUR")]
MIRZ = ["Ararat Mirzoyan", "Mirzoyan", "Mr Mirzoyan", S("ARM")]
PASH = ["Nikol Pashinyan", "Pashinyan", "Mr Pashinyan", S("ARM")]
LANDAU = ["Christopher Landau", "Landau", S("USA")]
doc("articles", "a5-caucasus-border-bbc", "2026-09-10",
    "Armenia and Azerbaijan fix first stretch of southern border as Turkish minister visits Yerevan",
    "BBC News",
    [per("Mher Grigoryan", "Grigoryan", c="ARM"),
     per("Shahin Mustafayev", "Mustafayev", c="AZE"),
     per("Hakan Fidan", "Fidan", c="TUR"),
     per("Ararat Mirzoyan", "Mirzoyan", c="ARM"),
     per("Nikol Pashinyan", "Pashinyan", c="ARM"),
     per("Christopher Landau", "Landau", c="USA"),
     per("Abbas Araghchi", "Araghchi", c="IRN"),
     per("Maria Zakharova", "Zakharova", c="RUS"),
     per("Ilham Aliyev", "Aliyev", c="AZE"),
     per("Nare Hakobyan", "Hakobyan", c="ARM"),
     st("ARM"), st("AZE"), st("TUR"), st("USA"), st("IRN"), st("RUS"),
     org("BBC", "BBC News"),
     org("Azerbaijan's defence ministry", "Azerbaijani defence ministry", "Ministry of Defence of Azerbaijan"),
     org("Armenia's defence ministry", "Armenian defence ministry"),
     org("Russian foreign ministry", "Russia's foreign ministry"),
     org("European Union", "EU"),
     org("Eurasian Economic Union", "EAEU"),
     org("Collective Security Treaty Organization", "CSTO"),
     org("Trump Route for International Peace and Prosperity", "TRIPP", "Trump Route"),
     plc("Yerevan", c="ARM"),
     plc("Baku", c="AZE"),
     plc("London", c="GBR"),
     plc("Syunik", "Syunik province", c="ARM"),
     plc("Zangilan", "Zangilan district", c="AZE"),
     plc("Nakhchivan", c="AZE"),
     plc("Kars", c="TUR"),
     plc("Gyumri", c="ARM"),
     plc("Kalbajar", "Kalbajar district", c="AZE"),
     plc("Nagorno-Karabakh", "Karabakh", c="AZE"),
     plc("White House", c="USA")],
    ["Lilit Avagyan", "Oliver Penhale", "Getty Images", "iso3:GEO", "iso3:KAZ",
     "What is the Trump Route"],
    [F(GRIG, "agreed", MUST, "2026-09-07"),
     F(GRIG, "met", MUST, "2026-09-07"),
     F([S("ARM")], "agreed", [S("AZE")], "2025-08"),
     F(FIDAN, "visited", ["Yerevan", S("ARM")], "2026-09-07"),
     F(FIDAN, "met", MIRZ, "2026-09-08"),
     F(FIDAN, "met", PASH, "2026-09-08"),
     F(FIDAN, "agreed", MIRZ, "2026-09-08"),
     F([S("TUR"), "Ankara"], "supplied", [S("AZE"), "Baku"]),
     F(["Azerbaijan's defence ministry", "Azerbaijani defence ministry", S("AZE")], "accused",
       [S("ARM"), "Armenian forces"], "2026-09-09"),
     F([S("ARM"), "Armenian forces"], "attacked", [S("AZE"), "Azerbaijani positions", "Kalbajar"],
       "2026-09-09", 1, alleged_by="Azerbaijan's defence ministry"),
     F(LANDAU, "visited", ["Yerevan", S("ARM")], "2026-09-03", 3),
     F(LANDAU, "visited", ["Baku", S("AZE")], "2026-09-03", 3),
     F(["Abbas Araghchi", "Araghchi", S("IRN"), "Tehran"], "criticized", [S("USA"), "Washington"],
       "2026-09-08"),
     F(["Maria Zakharova", "Zakharova", S("RUS"), "Russian foreign ministry"], "warned",
       [S("ARM"), "Yerevan"], "2026-09-09"),
     F(PASH, "accused", [S("RUS"), "Moscow"]),
     F([S("AZE")], "attacked", ["Nagorno-Karabakh", "Karabakh"], "2023-09")],
    [I(PASH, "met", ["Ilham Aliyev", "Aliyev", S("AZE")], "meeting implied by initialling at the White House"),
     I(FIDAN, "visited", ["Baku", S("AZE")], "expected to travel on Thursday: planned"),
     I(FIDAN, "met", ["Ilham Aliyev", "Aliyev", S("AZE")], "planned briefing"),
     I(["Armenia's defence ministry", S("ARM")], "criticized", [S("AZE")],
       "dismissing the claim as 'disinformation' is a denial"),
     I(["Abbas Araghchi", "Araghchi", S("IRN")], "threatened", [S("USA"), S("ARM"), S("AZE")],
       "'will not accept' is not a stated threat"),
     I([S("AZE")], "attacked", [S("ARM")], "'Azerbaijan's offensives' in Pashinyan's charge: implied"),
     I([S("AZE")], "invaded", ["Nagorno-Karabakh", "Karabakh"], "'took full control' arguably occupation"),
     I([S("TUR"), "Ankara"], "cooperated", [S("AZE"), "Baku"], "'closest ally' is an alliance, not a cooperation event")])

# a6 -- Al-Monitor, Thursday 2026-02-12
SISI = ["Abdel Fattah al-Sisi", "Sisi", "al-Sisi", S("EGY")]
ISAIAS = ["Isaias Afwerki", "Isaias", "Afwerki", S("ERI")]
HSM = ["Hassan Sheikh Mohamud", "Hassan Sheikh", S("SOM")]
SHABAB = ["al-Shabab", "al-Shabaab", "Al-Shabab"]
doc("articles", "a6-horn-summit-almonitor", "2026-02-12",
    "Egypt, Eritrea, Somalia leaders vow Red Sea coordination as Cairo ships more arms to Mogadishu",
    "Al-Monitor",
    [per("Abdel Fattah al-Sisi", "Sisi", "al-Sisi", c="EGY"),
     per("Isaias Afwerki", "Isaias", "Afwerki", c="ERI"),
     per("Hassan Sheikh Mohamud", "Hassan Sheikh", c="SOM"),
     per("Abiy Ahmed", "Abiy", c="ETH"),
     per("Recep Tayyip Erdogan", "Erdogan", "Erdoğan", c="TUR"),
     per("Mostafa Madbouly", "Madbouly", c="EGY"),
     per("Hodan Warsame", "Warsame"),
     st("EGY"), st("ERI"), st("SOM"), st("ETH"), st("SDN"), st("UGA"), st("TUR"),
     org("Al-Monitor"),
     org("Middle East News Agency", "MENA"),
     org("Somali National Army"),
     org("African Union Support and Stabilization Mission in Somalia", "AUSSOM"),
     org("African Union", "AU"),
     org("Ethiopia's Foreign Ministry", "Ethiopian Foreign Ministry"),
     org("al-Shabab", "al-Shabaab"),
     org("Turkish presidency"),
     plc("New Administrative Capital", c="EGY"),
     plc("Cairo", c="EGY"),
     plc("Red Sea"),
     plc("Gulf of Aden"),
     plc("Horn of Africa"),
     plc("Grand Ethiopian Renaissance Dam", "GERD", c="ETH"),
     plc("Buulo Mareer", c="SOM"),
     plc("Lower Shabelle", c="SOM"),
     plc("Assab", c="ERI"),
     plc("Massawa", c="ERI"),
     plc("Nairobi", c="KEN")],
    ["Nourhan Fathy", "Tarek Wahba", "AFP", "Getty Images", "iso3:IRQ", "iso3:SAU", "iso3:ISR",
     "iso3:IRN", "iso3:SYR", "iso3:PSE", "Kurdistan region", "Al-Monitor Daily Briefing", "Facebook",
     "LinkedIn"],
    [F(SISI, "met", ISAIAS, "2026-02-10"),
     F(SISI, "met", HSM, "2026-02-10"),
     F(ISAIAS, "met", HSM, "2026-02-10"),
     F(SISI, "agreed", ISAIAS, "2026-02-10"),
     F(SISI, "agreed", HSM, "2026-02-10"),
     F(ISAIAS, "agreed", HSM, "2026-02-10"),
     F(ISAIAS, "visited", ["Cairo", S("EGY")], "2026-02-09"),
     F(SISI, "urged", [S("ETH"), "Addis Ababa"], "2026-02-10", 1),
     F([S("EGY"), "Cairo"], "supplied", [S("SOM"), "Mogadishu", "Somali National Army"], "2026-02-05", 3),
     F(["Ethiopia's Foreign Ministry", "Ethiopian Foreign Ministry", S("ETH")], "accused", [S("EGY"), "Cairo"],
       "2026-02-11"),
     F([S("ERI"), "Asmara"], "accused", [S("ETH"), "Addis Ababa"]),
     F(SHABAB, "attacked", ["African Union Support and Stabilization Mission in Somalia", "AUSSOM",
                            "AUSSOM base", S("UGA"), "Ugandan soldiers"], "2026-02-08"),
     F([S("TUR")], "cooperated", [S("SOM"), "Mogadishu"]),
     F([S("ETH")], "agreed", [S("SOM")], "2024-12")],
    [I(HSM, "visited", ["Cairo", "New Administrative Capital", S("EGY")], "visit implied by 'hosted': venue-only"),
     I(SISI + ISAIAS + HSM, "criticized", [S("ETH")], "'thinly veiled reference': implied"),
     I(["Abiy Ahmed", "Abiy", S("ETH")], "invaded", [S("ERI")], "'no intention of invading': negated"),
     I(["Recep Tayyip Erdogan", "Erdogan", S("TUR")], "met", ["Abiy Ahmed", "Abiy", S("ETH")],
       "phone call, not a meeting"),
     I(["Mostafa Madbouly", "Madbouly", S("EGY")], "visited", ["Asmara", S("ERI")], "next month: planned"),
     I([S("EGY")], "agreed", [S("ERI")], "'expected to sign': speculative"),
     I([S("EGY")], "supplied", ["AUSSOM", "African Union Support and Stabilization Mission in Somalia"],
       "pledged troops, deployment delayed: planned"),
     I([S("EGY")], "supplied", SHABAB, "weapons 'could end up' with al-Shabab: speculative"),
     I(SHABAB, "attacked", [S("SOM")], "'keeps up its attacks' in Somalia: generic"),
     I(["Ethiopia's Foreign Ministry", S("ETH")], "criticized", [S("EGY")], "the accusation read as criticism"),
     I([S("TUR")], "agreed", [S("ETH"), S("SOM")], "Turkey brokered the declaration; not a party")])

# ---------------------------------------------------------------- govdocs
# g1 -- U.S. Treasury press release, Thursday 2026-07-16
OFAC = ["Office of Foreign Assets Control", "OFAC", "Department of the Treasury", "Treasury", S("USA")]
NETWORK = ["Amestris Petro Trading Co.", "Amestris Petro Trading", "Hamid Reza Kasravi", "Kasravi"]
QF = ["Islamic Revolutionary Guard Corps-Qods Force", "IRGC-QF", "IRGC-Qods Force", "Qods Force"]
HOUTHIS = ["Houthis", "Ansarallah"]
doc("govdocs", "g1-ofac-shadow-fleet", "2026-07-16",
    "Treasury Targets Shadow Fleet Network Moving Iranian Oil for the IRGC-Qods Force",
    "U.S. Department of the Treasury",
    [per("Scott Bessent", "Bessent", c="USA"),
     per("Hamid Reza Kasravi", "Kasravi", c="IRN"),
     st("USA"), st("IRN"), st("CHN"), st("YEM"), st("GBR"), st("MYS"), st("ARE"), st("MHL"), st("OMN"),
     org("Department of the Treasury", "U.S. Department of the Treasury", "Treasury"),
     org("Office of Foreign Assets Control", "OFAC"),
     org("Islamic Revolutionary Guard Corps-Qods Force", "IRGC-QF", "IRGC-Qods Force"),
     org("Houthis", "Ansarallah"),
     org("Department of State", "State Department"),
     org("Shandong Haiyou Petrochemical Co., Ltd.", "Shandong Haiyou Petrochemical"),
     org("Office of Financial Sanctions Implementation", "OFSI"),
     org("Amestris Petro Trading Co.", "Amestris Petro Trading"),
     org("Zarin Dena Shipping L.L.C.", "Zarin Dena Shipping"),
     org("Gulf Meridian Tankers FZE", "Gulf Meridian Tankers"),
     org("Pelican Reach Maritime Ltd", "Pelican Reach Maritime"),
     org("Kish Ocean Lines"),
     plc("Washington", c="USA"),
     plc("Shandong Province", "Shandong", c="CHN"),
     plc("Tehran", c="IRN")],
    ["(202) 622-2960", "Treasury Press Office", "1500 Pennsylvania Ave", "SB-0871"],
    [F(OFAC, "sanctioned", ["Hamid Reza Kasravi", "Kasravi"], "2026-07-16"),
     F(OFAC, "sanctioned", ["Amestris Petro Trading Co.", "Amestris Petro Trading"], "2026-07-16"),
     F(OFAC, "sanctioned", ["Zarin Dena Shipping L.L.C.", "Zarin Dena Shipping"], "2026-07-16"),
     F(OFAC, "sanctioned", ["Gulf Meridian Tankers FZE", "Gulf Meridian Tankers"], "2026-07-16"),
     F(OFAC, "sanctioned", ["Pelican Reach Maritime Ltd", "Pelican Reach Maritime"], "2026-07-16"),
     F(["Department of State", "State Department", S("USA")], "sanctioned",
       ["Shandong Haiyou Petrochemical Co., Ltd.", "Shandong Haiyou Petrochemical"], "2026-07-16"),
     F(OFAC, "sanctioned", ["Kish Ocean Lines"], "2026-03"),
     F([S("IRN")] + NETWORK + QF, "supplied", [S("CHN"), "buyers in China", "independent refineries in China"]),
     F(NETWORK + [S("IRN")], "supplied",
       ["Shandong Haiyou Petrochemical Co., Ltd.", "Shandong Haiyou Petrochemical"]),
     F(NETWORK, "supplied", QF),
     F(QF + [S("IRN")], "supplied", HOUTHIS),
     F(["Kish Ocean Lines", S("IRN")], "supplied", HOUTHIS),
     F(["Scott Bessent", "Bessent", "Treasury", S("USA")], "accused", [S("IRN"), "Tehran"], "2026-07-16"),
     F(["Office of Foreign Assets Control", "OFAC", S("USA")], "cooperated",
       ["Office of Financial Sanctions Implementation", "OFSI", S("GBR")], "2026-07-16")],
    [I(OFAC, "sanctioned", ["ASTER DAWN", "SEA LANTANA", "NORTHERN IVY", "KAVEH STAR", "MIRA BAY",
                            "CORAL VESPER", "OCEAN TALLIS"], "vessels identified as blocked property are not ontology entities"),
     I(OFAC, "sanctioned", QF + [S("IRN")], "the designations target network members, not the IRGC-QF or Iran"),
     I(["Zarin Dena Shipping L.L.C.", "Gulf Meridian Tankers FZE", "Pelican Reach Maritime Ltd"], "supplied", QF,
       "designation boilerplate ('materially assisted ... or provided support')"),
     I(OFAC, "accused", ["Zarin Dena Shipping L.L.C.", "Gulf Meridian Tankers FZE", "Hamid Reza Kasravi"],
       "wrongdoing stated as fact, no accusation trigger; arguably accused"),
     I(["Scott Bessent", "Bessent", "Treasury", S("USA")], "threatened", [S("IRN")],
       "'will continue to target' is future"),
     I(["Hamid Reza Kasravi", "Kasravi"], "visited", [S("MYS")], "ship-to-ship transfers off Malaysia: location only")])

# g2 -- Kyrgyz MFA joint statement, Thursday 2026-04-23
ZHAK = ["Arman Zhaksylykov", "Zhaksylykov", "A. Zhaksylykov", S("KAZ")]
RUST = ["Bakhtiyor Rustamov", "Rustamov", "B. Rustamov", S("UZB")]
TOKT = ["Almaz Toktosunov", "Toktosunov", "A. Toktosunov", S("KGZ")]
ADB = ["Asian Development Bank", "ADB"]
doc("govdocs", "g2-kambarata-joint-statement", "2026-04-23",
    "Joint Statement of the Ministers of Energy of Kazakhstan, Kyrgyzstan and Uzbekistan on the Kambarata-1 Hydropower Plant",
    "Ministry of Foreign Affairs of the Kyrgyz Republic",
    [per("Arman Zhaksylykov", "Zhaksylykov", "A. Zhaksylykov", c="KAZ"),
     per("Bakhtiyor Rustamov", "Rustamov", "B. Rustamov", c="UZB"),
     per("Almaz Toktosunov", "Toktosunov", "A. Toktosunov", c="KGZ"),
     st("KAZ"), st("KGZ"), st("UZB"),
     org("Ministry of Foreign Affairs of the Kyrgyz Republic", "Ministry of Foreign Affairs"),
     org("Kambarata Energy Company"),
     org("World Bank"),
     org("Asian Development Bank", "ADB"),
     plc("Bishkek", c="KGZ"),
     plc("Kambarata-1 Hydropower Plant", "Kambarata-1", "Kambarata-1 HPP", c="KGZ"),
     plc("Naryn River", "Naryn", c="KGZ"),
     plc("Toktogul reservoir", "Toktogul", c="KGZ"),
     plc("Tashkent", c="UZB")],
    ["+996 312 62 05 45", "press@mfa.gov.kg", "14/217-2026"],
    [F(ZHAK, "visited", ["Bishkek", S("KGZ")], "2026-04-21"),
     F(RUST, "visited", ["Bishkek", S("KGZ")], "2026-04-21"),
     F(ZHAK, "met", TOKT, "2026-04-21", 1),
     F(RUST, "met", TOKT, "2026-04-21", 1),
     F(ZHAK, "met", RUST, "2026-04-21", 1),
     F(ZHAK, "agreed", TOKT, "2026-04-22"),
     F(RUST, "agreed", TOKT, "2026-04-22"),
     F(ZHAK, "agreed", RUST, "2026-04-22"),
     F([S("KAZ")], "supplied", [S("KGZ")]),
     F([S("UZB")], "supplied", [S("KGZ")]),
     F(["World Bank"], "supplied", [S("KGZ"), "Kambarata-1 Hydropower Plant"]),
     F([S("KAZ")] + ZHAK[:3], "urged", ADB, "2026-04-22", 1),
     F([S("KGZ")] + TOKT[:3], "urged", ADB, "2026-04-22", 1),
     F([S("UZB")] + RUST[:3], "urged", ADB, "2026-04-22", 1)],
    [I([S("KGZ")], "supplied", [S("KAZ"), S("UZB")], "'intends to release additional water': planned"),
     I(ZHAK + RUST + TOKT, "visited", ["Tashkent", S("UZB")], "next meeting in Tashkent: planned"),
     I([S("KAZ"), S("KGZ"), S("UZB")], "cooperated", ["World Bank"],
       "World Bank coordinating financing; cooperation reading debatable")])

# g3 -- Ukrainian MFA statement, Saturday 2026-08-15
UKR_MFA = ["Ministry of Foreign Affairs of Ukraine", "MFA of Ukraine", S("UKR")]
doc("govdocs", "g3-ukraine-mfa-izmail", "2026-08-15",
    "Statement of the Ministry of Foreign Affairs of Ukraine in connection with the Russian missile and drone attack on the port of Izmail",
    "Ministry of Foreign Affairs of Ukraine",
    [per("Andrii Sybiha", "Sybiha", c="UKR"),
     per("Oana Țoiu", "Oana Toiu", "Țoiu", "Toiu", c="ROU"),
     st("UKR"), st("RUS"), st("PRK"), st("IRN"), st("ROU"), st("LBR"), st("NLD"), st("DEU"), st("USA"),
     org("Ministry of Foreign Affairs of Ukraine", "MFA of Ukraine"),
     org("Dunai Agro Logistyka"),
     org("UN Security Council", "United Nations Security Council"),
     org("NATO"),
     org("European Union", "EU"),
     org("G7"),
     plc("Izmail", "port of Izmail", c="UKR"),
     plc("Odesa Oblast", c="UKR"),
     plc("Danube"),
     plc("Black Sea"),
     plc("Alabuga", "Alabuga special economic zone", c="RUS"),
     plc("Plauru", c="ROU")],
    ["Facebook", "Telegram", "Print version", "412/26"],
    [F([S("RUS"), "Russian Federation"], "attacked", ["Izmail", "port of Izmail", S("UKR")], "2026-08-15", 1),
     F(UKR_MFA, "criticized", [S("RUS")], "2026-08-15"),
     F([S("PRK")], "supplied", [S("RUS")]),
     F([S("IRN")], "supplied", [S("RUS")]),
     F(UKR_MFA, "urged", ["European Union", "EU"], "2026-08-15"),
     F(UKR_MFA, "urged", ["G7", "G7 countries"], "2026-08-15"),
     F(UKR_MFA, "urged", [S("USA")], "2026-08-15"),
     F([S("NLD"), "Kingdom of the Netherlands"], "supplied", [S("UKR")], "2026-07"),
     F([S("DEU"), "Federal Republic of Germany"], "supplied", [S("UKR")], "2026-07")],
    [I([S("RUS")], "attacked", [S("ROU"), "Plauru"], "drone debris fell in Romania; not an attack on Romania"),
     I(["Andrii Sybiha", "Sybiha", S("UKR")], "met", ["Oana Țoiu", "Oana Toiu", S("ROU")], "telephone call"),
     I(UKR_MFA, "accused", [S("RUS")], "'demonstrating that its goal is to undermine food security' arguably an accusation"),
     I(UKR_MFA, "accused", [S("PRK")], "supply 'in violation of' resolutions stated as fact; arguably accused"),
     I(["European Union", "EU", "G7", S("USA")], "sanctioned", [S("RUS")], "sanctions requested, not imposed"),
     I(["European Union", "EU", "G7", S("USA")], "supplied", [S("UKR")], "air defence requested: planned")])

# g4 -- German MoD press release, Tuesday 2026-01-27
PIST = ["Boris Pistorius", "Pistorius", "Minister Pistorius", S("DEU")]
SHMY = ["Denys Shmyhal", "Shmyhal", "Minister Shmyhal", S("UKR")]
doc("govdocs", "g4-bmvg-shmyhal-readout", "2026-01-27",
    "Minister Pistorius receives Ukrainian Defence Minister Shmyhal in Berlin",
    "Federal Ministry of Defence (Germany)",
    [per("Boris Pistorius", "Pistorius", c="DEU"),
     per("Denys Shmyhal", "Shmyhal", c="UKR"),
     st("DEU"), st("UKR"), st("RUS"), st("GBR"),
     org("Federal Ministry of Defence", "Bundesministerium der Verteidigung", "BMVg"),
     org("Falkenried Systems GmbH", "Falkenried Systems"),
     org("NATO"),
     org("European Union", "EU"),
     org("Ukraine Defense Contact Group"),
     org("Bundeswehr"),
     plc("Berlin", c="DEU"),
     plc("Bendlerblock", c="DEU"),
     plc("Kyiv", c="UKR"),
     plc("Kharkiv", c="UKR"),
     plc("Odesa", c="UKR"),
     plc("Brussels", c="BEL"),
     plc("NATO Headquarters", c="BEL"),
     plc("Klietz", c="DEU"),
     plc("Saxony-Anhalt", c="DEU")],
    ["Stauffenbergstraße 18", "10785 Berlin", "+49 (0)30 18 24-0", "pressestab@bmvg.bund.de",
     "Pr/Info 2026-014"],
    [F(SHMY, "visited", ["Berlin", S("DEU")], "2026-01-25", 1),
     F(PIST, "met", SHMY, "2026-01-26"),
     F(PIST, "agreed", SHMY, "2026-01-26"),
     F([S("DEU"), "German companies"], "cooperated", [S("UKR"), "Ukrainian companies"]),
     F([S("DEU")] + PIST[:3], "supplied", [S("UKR")], "2026-01"),
     F(PIST, "criticized", [S("RUS")], "2026-01-26"),
     F([S("RUS"), "Russian forces"], "attacked", [S("UKR"), "Kyiv", "Kharkiv", "Odesa"], "2026-01"),
     F(PIST, "warned", [S("RUS"), "Moscow"], "2026-01-26"),
     F(SHMY, "urged", ["European Union", "EU"], "2026-01-26"),
     F([S("DEU")], "cooperated", [S("GBR")]),
     F(SHMY, "visited", ["Klietz", "Saxony-Anhalt"], "2026-01-26")],
    [I([S("RUS"), "Russian forces"], "threatened", ["NATO"], "'could be in a position to test NATO': speculative"),
     I(PIST + SHMY, "met", ["Ukraine Defense Contact Group"], "next meeting on 12 February: planned"),
     I(PIST + SHMY, "visited", ["Brussels", "NATO Headquarters"], "next meeting in Brussels: planned"),
     I(["Bundeswehr", S("DEU")], "cooperated", [S("UKR"), "Ukrainian soldiers"],
       "training covered by the DEU-UKR cooperation fact; debatable"),
     I(["Falkenried Systems GmbH", "Falkenried Systems"], "cooperated", [S("UKR")],
       "joint production under a letter of intent: planned")])

# g5 -- Indian MEA transcript, Friday 2026-11-20
JAI = ["S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar", "EAM", S("IND")]
JAISWAL = ["Randhir Jaiswal", "Jaiswal", "Official Spokesperson", "Ministry of External Affairs", "MEA", S("IND")]
RUD = ["Andrey Rudenko", "Rudenko", S("RUS")]
PAKARMY = ["Pakistan Army", S("PAK")]
doc("govdocs", "g5-mea-weekly-briefing", "2026-11-20",
    "Transcript of Weekly Media Briefing by the Official Spokesperson (November 20, 2026)",
    "Ministry of External Affairs, Government of India",
    [per("Randhir Jaiswal", "Jaiswal", c="IND"),
     per("S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar", c="IND"),
     per("Mohamed Muizzu", "Muizzu", c="MDV"),
     per("Abdulla Khaleel", "Khaleel", c="MDV"),
     per("Andrey Rudenko", "Rudenko", c="RUS"),
     per("Vikram Misri", "Misri", c="IND"),
     per("Vladimir Putin", "Putin", c="RUS"),
     st("IND"), st("MDV"), st("MMR"), st("RUS"), st("PAK"), st("CAN"), st("LKA"), st("CHN"),
     org("Ministry of External Affairs", "MEA"),
     org("Maldives National Defence Force", "MNDF"),
     org("Indian Air Force", "IAF"),
     org("Pakistan Army"),
     org("Indian Army"),
     org("Inter-Services Public Relations", "ISPR"),
     org("Press Trust of India", "PTI"),
     org("Asian News International", "ANI"),
     org("WION"),
     org("The Hindu"),
     plc("Addu City", c="MDV"),
     plc("Male", "Malé", c="MDV"),
     plc("Yangon", c="MMR"),
     plc("New Delhi", c="IND"),
     plc("Line of Control", "LoC"),
     plc("Poonch", c="IND"),
     plc("Ottawa", c="CAN"),
     plc("Hambantota", c="LKA")],
    ["Aditi Menon", "Rohan Bhatia", "Meera Kulkarni", "Sandeep Rao", "South Block",
     "Official Spokesperson's Division"],
    [F(JAI, "visited", [S("MDV")], "2026-11-17", 1),
     F(JAI, "met", ["Mohamed Muizzu", "Muizzu", S("MDV")], "2026-11-17", 1),
     F(JAI, "met", ["Abdulla Khaleel", "Khaleel", S("MDV")], "2026-11-17", 1),
     F(JAI, "agreed", ["Abdulla Khaleel", "Khaleel", S("MDV")], "2026-11-17", 1),
     F(JAI, "supplied", ["Maldives National Defence Force", "MNDF", S("MDV")], "2026-11-18"),
     F([S("IND"), "Indian Air Force"], "supplied", [S("MMR"), "Yangon"], "2026-11-18"),
     F(RUD, "visited", ["New Delhi", S("IND")], "2026-11-16"),
     F(RUD, "met", ["Vikram Misri", "Misri", S("IND")], "2026-11-16"),
     F(PAKARMY, "attacked", ["Indian Army", "Indian Army posts", S("IND"), "Poonch"], "2026-11-17", 1),
     F(JAISWAL, "criticized", [S("PAK"), "Pakistan Army"], "2026-11-20"),
     F([S("IND")], "agreed", [S("CAN")], "2026"),
     F([S("IND"), "Indian trade officials"], "met", [S("CAN"), "Canadian trade officials"], "2026-11-12", 3)],
    [I(["Inter-Services Public Relations", "ISPR", S("PAK")], "accused", [S("IND"), "Indian troops"],
       "ISPR claim relayed in a question"),
     I([S("IND"), "Indian Army", "Our forces"], "attacked", [S("PAK"), "Pakistan Army"],
       "'responded in a firm and measured manner': unspecified retaliation"),
     I(JAISWAL, "accused", [S("PAK")], "'claims ... are false and misleading' is a rebuttal; arguably accused"),
     I(["Vladimir Putin", "Putin", S("RUS")], "visited", [S("IND")], "question only; nothing announced"),
     I([S("CAN"), "Canadian trade officials"], "visited", ["New Delhi", S("IND")], "next round in New Delhi: planned"),
     I([S("CHN"), "Chinese research vessel"], "visited", ["Hambantota", S("LKA")], "question only, reports"),
     I(JAISWAL, "urged", [S("LKA"), "Colombo"], "'we expect our neighbours to keep those concerns in mind': indirect")])

# ---------------------------------------------------------------- sentences
doc("sentences", "s01", "2026-02-23", "ZAPORIZHZHIA, Feb. 23 (The Kyiv Independent)", "The Kyiv Independent",
    [per("Ivan Fedorov", "Fedorov", c="UKR"), st("RUS"),
     plc("Zaporizhzhia", c="UKR"), org("The Kyiv Independent", "Kyiv Independent")],
    [],
    [F([S("RUS"), "Russian glide bombs", "Shahed drones"], "attacked", ["Zaporizhzhia", S("UKR")],
       "2026-02-22", 1)],
    [])

doc("sentences", "s02", "2026-06-10", "OTTAWA, June 10 (The Canadian Press)", "The Canadian Press",
    [st("CAN"), st("AUS"), st("MMR"),
     org("Myanmar Aerospace Supply Co.", "Myanmar Aerospace Supply"),
     org("Myanmar Air Force"),
     org("The Canadian Press", "Canadian Press"),
     plc("Ottawa", c="CAN"), plc("Yangon", c="MMR")],
    [],
    [F([S("CAN")], "sanctioned", ["Myanmar Aerospace Supply Co.", "Myanmar Aerospace Supply"], "2026-06-10"),
     F([S("AUS")], "sanctioned", ["Myanmar Aerospace Supply Co.", "Myanmar Aerospace Supply"], "2026-06-10"),
     F(["Myanmar Aerospace Supply Co.", "Myanmar Aerospace Supply"], "supplied",
       ["Myanmar Air Force", S("MMR")], alleged_by="Canada and Australia")],
    [I([S("CAN"), S("AUS")], "sanctioned", [S("MMR")], "target is a Myanmar firm; state reading debatable"),
     I([S("CAN"), S("AUS")], "accused", ["Myanmar Aerospace Supply Co.", "Myanmar Aerospace Supply"],
       "'the two governments said' in a relative clause; accusation reading debatable")])

doc("sentences", "s03", "2026-09-15", "NAIROBI, Sept. 15 (Daily Nation)", "Daily Nation",
    [per("William Ruto", "Ruto", c="KEN"), per("Abiy Ahmed", "Abiy", c="ETH"),
     st("ETH"),
     org("Daily Nation", "Nation"), org("State House"),
     plc("Nairobi", c="KEN"), plc("Addis Ababa", c="ETH"), plc("Lamu", c="KEN")],
    [],
    [F(["William Ruto", "Ruto", S("KEN")], "visited", ["Addis Ababa", S("ETH")], "2026-09-14"),
     F(["William Ruto", "Ruto", S("KEN")], "met", ["Abiy Ahmed", "Abiy", S("ETH")], "2026-09-14", 1)],
    [I(["William Ruto", "Ruto", S("KEN")], "cooperated", ["Abiy Ahmed", "Abiy", S("ETH")],
       "talks on a power line and corridor; cooperation reading debatable")])

doc("sentences", "s04", "2026-11-05", "BANGKOK, Nov. 5 (Bangkok Post)", "Bangkok Post",
    [st("THA"), st("KHM"),
     org("Thailand's foreign ministry", "Thai foreign ministry", "Ministry of Foreign Affairs"),
     org("Bangkok Post"),
     plc("Bangkok", c="THA"), plc("Si Sa Ket", "Si Sa Ket province", "Sisaket", c="THA")],
    [],
    [F([S("THA"), "Thailand's foreign ministry", "Bangkok"], "accused", [S("KHM"), "Cambodian troops"],
       "2026-11-05"),
     F([S("KHM"), "Cambodian troops"], "attacked", [S("THA"), "Thai army post", "Si Sa Ket"],
       "2026-11-04", alleged_by="Thailand's foreign ministry")],
    [I([S("THA"), "Bangkok"], "criticized", [S("KHM"), "Phnom Penh"], "'lodged a formal protest' arguably criticism")])

doc("sentences", "s05", "2026-03-01", "RIYADH, March 1 (Arab News)", "Arab News",
    [per("Mohammed bin Salman", "bin Salman", c="SAU"), per("Ahmed al-Sharaa", "al-Sharaa", "Sharaa", c="SYR"),
     st("SAU"), st("SYR"),
     org("Saudi Press Agency", "SPA"), org("Arab News"),
     plc("Riyadh", c="SAU"), plc("Al-Yamamah Palace", c="SAU")],
    [],
    [F(["Mohammed bin Salman", "bin Salman", S("SAU")], "met", ["Ahmed al-Sharaa", "al-Sharaa", "Sharaa", S("SYR")],
       "2026-02-28"),
     F(["Mohammed bin Salman", "bin Salman", S("SAU")], "agreed", ["Ahmed al-Sharaa", "al-Sharaa", "Sharaa", S("SYR")],
       "2026-02-28")],
    [I(["Ahmed al-Sharaa", "al-Sharaa", "Sharaa", S("SYR")], "visited", ["Riyadh", S("SAU"), "Al-Yamamah Palace"],
       "'received ... in Riyadh': visit implied, venue-only")])

doc("sentences", "s06", "2026-10-13", "CHISINAU, Oct. 13 (RFE/RL)", "Radio Free Europe/Radio Liberty",
    [per("Maia Sandu", "Sandu", c="MDA"), st("MDA"), st("RUS"),
     org("Eurasian Choice bloc", "Eurasian Choice"),
     org("Radio Free Europe/Radio Liberty", "RFE/RL"),
     plc("Chisinau", "Chișinău", c="MDA")],
    [],
    [F(["Maia Sandu", "Sandu", S("MDA")], "accused", [S("RUS"), "Moscow"], "2026-10-13"),
     F([S("RUS"), "Moscow"], "supplied", ["Eurasian Choice bloc", "Eurasian Choice"], alleged_by="Maia Sandu")],
    [I([S("RUS"), "Moscow"], "attacked", [S("MDA")], "'a hybrid attack on our democracy' is a metaphor"),
     I(["Maia Sandu", "Sandu", S("MDA")], "criticized", [S("RUS"), "Moscow"], "the accusation read as criticism")])

doc("sentences", "s07", "2026-04-17", "WELLINGTON, April 17 (RNZ)", "RNZ",
    [per("Li Qiang", c="CHN"), st("CHN"), st("NZL"),
     org("RNZ", "Radio New Zealand"),
     plc("Wellington", c="NZL"), plc("Pacific")],
    [],
    [F(["Li Qiang", S("CHN")], "visited", [S("NZL")], "2026-04-16", 1)],
    [I(["Li Qiang", S("CHN")], "cooperated", [S("NZL"), "Wellington"], "'pledge to expand cooperation': future"),
     I([S("NZL"), "Wellington"], "urged", [S("CHN"), "Li Qiang"], "'request for a new dialogue' got no movement; debatable")])

doc("sentences", "s08", "2026-07-06", "JAKARTA, July 6 (ANTARA)", "ANTARA",
    [per("Arief Wicaksono", "Wicaksono", c="IDN"), st("IDN"), st("ISR"),
     org("United Nations Security Council", "UN Security Council", "UNSC"),
     org("ANTARA", "Antara"),
     plc("Gaza"), plc("Jakarta", c="IDN")],
    [],
    [],
    [I([S("IDN")], "supplied", ["Gaza", S("PSE")], "'has not sent any troops': negated"),
     I([S("IDN")], "visited", ["Gaza", S("PSE")], "troop deployment denied: negated"),
     I([S("IDN")], "invaded", ["Gaza", S("PSE")], "troop deployment denied: negated"),
     I([S("ISR"), "Israeli media"], "accused", [S("IDN")], "a media report, not a state accusation")])

doc("sentences", "s09", "2026-05-20", "SINGAPORE, May 20 (The Straits Times)", "The Straits Times",
    [per("To Lam", c="VNM"), st("VNM"), st("KOR"), st("SGP"),
     org("The Straits Times", "Straits Times"),
     plc("Seoul", c="KOR")],
    [],
    [],
    [I([S("VNM"), "To Lam"], "agreed", [S("KOR")], "'likely to sign': speculative"),
     I([S("KOR")], "supplied", [S("VNM")], "possible purchase of KF-21 jets: speculative"),
     I(["To Lam", S("VNM")], "visited", ["Seoul", S("KOR")], "visit next month: planned"),
     I(["To Lam", S("VNM")], "met", [S("KOR")], "visit next month: planned")])

doc("sentences", "s10", "2026-10-30", "BRUSSELS, Oct. 30 (The Brussels Times)", "The Brussels Times",
    [st("BEL"), st("NOR"), st("UKR"),
     org("Belgian defence ministry", "Belgian Ministry of Defence", "Ministry of Defence"),
     org("The Brussels Times", "Brussels Times"),
     plc("Brussels", c="BEL")],
    [],
    [F([S("BEL"), "Belgian defence ministry"], "supplied", [S("UKR")], "2026-10-29"),
     F([S("NOR")], "supplied", [S("UKR")], "2026-10-29")],
    [I([S("BEL")], "cooperated", [S("NOR")], "'together with' a joint delivery; cooperation reading debatable")])


def main():
    n = {}
    for d in DOCS:
        folder = os.path.join(ROOT, d["folder"])
        txt = os.path.join(folder, d["name"] + ".txt")
        if not os.path.exists(txt):
            raise SystemExit("missing text " + txt)
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": d["name"] + ".txt", "published": d["published"],
                "source": "written for geokg heldout26 (own text, style of %s)" % d["source"],
                "entities": d["entities"], "forbidden_entities": d["forbidden"],
                "facts": d["facts"], "ignore": d["ignore"]}
        with open(os.path.join(folder, d["name"] + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=1, ensure_ascii=False)
        with open(os.path.join(folder, d["name"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
        c = n.setdefault(d["folder"], [0, 0, 0, 0])
        c[0] += 1
        c[1] += len(d["facts"])
        c[2] += len(d["entities"])
        c[3] += len(d["ignore"])
    for k, (docs, facts, ents, ign) in sorted(n.items()):
        print(f"{k}: {docs} documents, {facts} facts, {ents} entities, {ign} ignore entries")


if __name__ == "__main__":
    main()

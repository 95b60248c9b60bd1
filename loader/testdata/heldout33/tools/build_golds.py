#!/usr/bin/env python3
"""Holds every heldout33 annotation in compact form and writes NAME.meta.json and NAME.gold.json.

The helper functions (slot, F, I, ent, doc, main) follow the compact notation of
heldout32/tools/build_golds.py (its helper and main lines only); every annotation below was
written from scratch for heldout33, after the texts.

Compact notation
  slot string   "Name|Alias|#ISO"   -> ["Name", "Alias", "iso3:ISO"]
  entity        "P:Name|Alias@ISO"  person, "O:Name|Alias" organization,
                "L:Name@ISO,ISO2"   place, "S:ISO" state
  fact          F(from, type, to, date=None, tol=0, by=None)   by = attributed_to -> modality alleged
  ignore        I(from, type, to, why)
Run: python3 tools/build_golds.py   (from anywhere)
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def slot(s):
    if isinstance(s, list):
        return s
    return ["iso3:" + x[1:] if x.startswith("#") else x for x in s.split("|")]


def F(fr, t, to, date=None, tol=0, by=None):
    f = {"from": slot(fr), "type": t, "to": slot(to)}
    if date:
        f["date"] = date
        f["date_tolerance_days"] = tol
    if by:
        f["modality"] = "alleged"
        f["attributed_to"] = by
    return f


def I(fr, t, to, why):
    return {"from": slot(fr), "type": t, "to": slot(to), "why": why}


def ent(s):
    kind = {"P": "person", "O": "organization", "L": "place", "S": "state"}[s[0]]
    body = s[2:]
    if kind == "state":
        code, *variants = body.split("|")
        return {"name": ["iso3:" + code] + variants, "kind": "state"}
    country = None
    if "@" in body:
        body, c = body.split("@")
        country = ["iso3:" + x for x in c.split(",")]
    e = {"name": body.split("|"), "kind": kind}
    if country:
        e["country"] = country
    return e


DOCS = []


def doc(path, published, title, source, ents, forbidden, facts, ignore):
    DOCS.append(dict(path=path, published=published, title=title, source=source,
                     ents=ents, forbidden=forbidden, facts=facts, ignore=ignore))


# ---------------------------------------------------------------- articles

# a1: Eastern Mediterranean, published Thursday 2026-04-16 (Mon 13, Tue 14, Wed 15; last week = 6-12 Apr)
MITSO = "Kyriakos Mitsotakis|Mitsotakis|#GRC"
CHRISTO = "Nikos Christodoulides|Christodoulides|#CYP"
ERDO = "Recep Tayyip Erdogan|Erdogan|#TUR"
VDL = "Ursula von der Leyen|von der Leyen|European Commission"
doc("articles/a1-cyprus-kathimerini", "2026-04-16",
    "Athens and Nicosia close ranks as Turkish survey ship returns south of Crete", "Kathimerini",
    ["P:Kyriakos Mitsotakis|Mitsotakis@GRC", "P:Nikos Christodoulides|Christodoulides@CYP",
     "P:Pavlos Marinakis|Marinakis@GRC", "P:Giorgos Gerapetritis|Gerapetritis@GRC", "P:Hakan Fidan|Fidan@TUR",
     "P:Recep Tayyip Erdogan|Erdogan|Erdoğan@TUR", "P:Nikos Dendias|Dendias@GRC",
     "P:Ursula von der Leyen|von der Leyen@DEU", "P:Konstantinos Letymbiotis|Letymbiotis@CYP",
     "P:Tufan Erhurman|Erhurman|Erhürman@CYP", "P:Maria Angela Holguin|Holguin|María Ángela Holguín@COL",
     "P:Eleni Marangou|Marangou@GRC",
     "S:GRC", "S:CYP", "S:TUR", "S:EGY", "S:FRA", "S:ISR", "S:USA", "S:COL", "S:DEU",
     "O:ekathimerini.com|Kathimerini", "O:Turkish Navy", "O:Hellenic Navy General Staff",
     "O:Turkish Foreign Ministry|Foreign Ministry", "O:AK Party|Justice and Development Party|AKP",
     "O:Hellenic Air Force", "O:European Commission", "O:European Union|EU",
     "O:Turkish Cypriot Security Forces Command|Security Forces Command", "O:UN|United Nations",
     "O:Hellenic Institute for Maritime Strategy", "O:European Investment Bank|EIB",
     "L:Athens@GRC", "L:Nicosia@CYP", "L:Crete@GRC", "L:Ankara@TUR", "L:Gecitkale|Geçitkale@CYP",
     "L:Gulf of Antalya@TUR", "L:Maximos Mansion@GRC", "L:Brussels@BEL"],
    ["Nikos Stavrou", "#ITA", "#MLT", "Lampedusa"],
    [F(MITSO, "met", CHRISTO, "2026-04-15"),
     F(MITSO, "agreed", CHRISTO, "2026-04-15"),
     F(CHRISTO, "visited", "Athens|#GRC", "2026-04-14"),
     F("Giorgos Gerapetritis|Gerapetritis|#GRC", "warned", "#TUR|Ankara", "2026-04-14"),
     F("Hakan Fidan|Fidan|#TUR|Turkish Foreign Ministry", "accused", "#GRC", "2026-04-14", 1),
     F("#GRC", "agreed", "#EGY", "2020-08"),
     F(ERDO, "threatened", "#GRC", "2026-04-13"),
     F(ERDO, "threatened", "#CYP|Greek Cypriot administration", "2026-04-13"),
     F(VDL, "criticized", "#TUR|Ankara", "2026-04-15"),
     F(VDL, "urged", "#TUR|Ankara", "2026-04-15"),
     F("Konstantinos Letymbiotis|Letymbiotis|#CYP|Nicosia", "accused", "#TUR"),
     F("#TUR", "supplied", "Turkish Cypriot Security Forces Command|Security Forces Command", by="Letymbiotis"),
     F("Tufan Erhurman|Erhurman", "met", "Maria Angela Holguin|Holguin|United Nations|UN", "2026-04-09", 3),
     F("#TUR", "invaded", "#CYP", "1974"),
     F("#GRC|Athens", "agreed", "#FRA", "2021"),
     F("#GRC", "cooperated", "#ISR"),
     F("#CYP", "cooperated", "#ISR"),
     F("#GRC", "cooperated", "#CYP")],
    [I("#TUR|Turkish F-16s", "attacked", "#GRC", "airspace violations, no use of force stated"),
     I("#GRC|Dendias", "attacked", "#TUR", "negated: Greek pilots 'did not engage'"),
     I("European Commission|European Union|EU", "sanctioned", "#TUR", "speculative: 'ready to use all tools' if the survey continued"),
     I("#USA|Washington", "urged", "#TUR", "speculative: analyst asks whether Washington will lean on Turkiye"),
     I("Kyriakos Mitsotakis|Mitsotakis", "visited", "Brussels", "future: due to travel next week"),
     I("European Union|EU", "supplied", "#GRC|#CYP", "grants committed to a cable project; pledge, recipient a project"),
     I("Giorgos Gerapetritis|Gerapetritis", "met", "Hakan Fidan|Fidan", "phone call, not a meeting"),
     I("#GRC", "cooperated", "#TUR", "'positive agenda pursued since 2023' is background, debatable"),
     I("#TUR", "supplied", "#CYP", "dup guard: drones allegedly transferred to a Turkish Cypriot force, not to Cyprus"),
     I("#GRC", "attacked", "#CYP", "1974 coup backed by the Greek junta; not stated as Greek use of force"),
     I("Kyriakos Mitsotakis|Mitsotakis", "visited", "Maximos Mansion|Athens", "venue-only: the host's own seat")])

# a2: Sahel, published Friday 2026-02-20 (Sun 15, Mon 16, Tue 17, Wed 18, Thu 19; last month = January)
DEBY = "Mahamat Idriss Deby Itno|Mahamat Idriss Deby|Deby|#TCD"
TIANI = "Abdourahamane Tiani|Tiani|#NER"
JNIM = "Group for the Support of Islam and Muslims|JNIM"
doc("articles/a2-sahel-rfi", "2026-02-20",
    "Niger and Chad sign border security pact as jihadists kill 23 soldiers near Tillaberi",
    "RFI",
    ["P:Mahamat Idriss Deby Itno|Mahamat Idriss Deby|Deby@TCD", "P:Abdourahamane Tiani|Tiani@NER",
     "P:Mohamed Toumba|Toumba@NER", "P:Wilfried Houngbedji|Houngbedji@BEN", "P:Ibrahim Traore|Traore|Traoré@BFA",
     "P:Issoufou Garba|Garba@NER",
     "S:TCD", "S:NER", "S:FRA", "S:BEN", "S:BFA", "S:MLI", "S:RUS", "S:TUR", "S:ARE", "S:HUN", "S:LBY",
     "O:Radio France Internationale|RFI", "O:Boko Haram", "O:Islamic State West Africa Province|ISWAP",
     "O:Group for the Support of Islam and Muslims|JNIM", "O:Az-Zallaqa",
     "O:France's foreign ministry|French foreign ministry", "O:Alliance of Sahel States|AES", "O:Africa Corps",
     "O:Niger's defence ministry|defence ministry", "O:RTN", "O:Rapid Intervention Brigade", "O:RTB",
     "O:Centre for Sahel Strategic Studies", "O:World Food Programme|WFP",
     "L:Niamey@NER", "L:Tera@NER", "L:Tillaberi|Tillabéri@NER", "L:Lake Chad@TCD,NER", "L:N'Djamena@TCD",
     "L:Fezzan@LBY"],
    ["#SEN", "Sonko", "Madrid"],
    [F(DEBY, "visited", "Niamey|#NER", "2026-02-18"),
     F(DEBY, "met", TIANI, "2026-02-19"),
     F(DEBY, "agreed", TIANI, "2026-02-19"),
     F(JNIM, "attacked", "Tera|Tillaberi|#NER", "2026-02-15"),
     F("Mohamed Toumba|Toumba|#NER", "accused", "#FRA|Paris", "2026-02-16"),
     F("#FRA|Paris", "supplied", JNIM, by="Toumba"),
     F("France's foreign ministry|#FRA|Paris", "criticized", "#NER", "2026-02-19"),
     F("Alliance of Sahel States|AES", "cooperated", "#RUS|Moscow"),
     F("Africa Corps|#RUS|Moscow", "supplied", "Niamey|#NER", "2026-01"),
     F("#TUR", "supplied", "#NER"),
     F("#NER|Niger's defence ministry", "attacked", JNIM, "2026-02-17"),
     F("Ibrahim Traore|Traore|#BFA", "criticized", JNIM, "2026-02-16"),
     F("#TCD|N'Djamena", "cooperated", "#ARE"),
     F("#TCD|N'Djamena", "cooperated", "#HUN"),
     F("World Food Programme|WFP", "supplied", "Tillaberi|#NER", "2026-02")],
    [I("Ibrahim Traore|Traore|#BFA|Ouagadougou", "supplied", "#NER", "battalion sent across the border: troops, reported by RTB and unconfirmed"),
     I("Ibrahim Traore|Traore", "met", "Abdourahamane Tiani|Tiani", "phone call, not a meeting"),
     I("#TCD", "cooperated", "#NER", "joint patrols are the content of the signed accord; implied"),
     I("Wilfried Houngbedji|Houngbedji|#BEN", "criticized", "#NER|Mohamed Toumba", "'absurd and dangerous' rejects an allegation; debatable"),
     I("Abdourahamane Tiani|Tiani", "visited", "N'Djamena", "future: expected to travel in April"),
     I("#FRA|Paris", "cooperated", "#TCD", "defence accord ended in late 2024"),
     I("#HUN", "supplied", "#TCD", "training mission, not goods or aid"),
     I("#FRA", "supplied", "#BEN", "networks in northern Benin are a channel in Toumba's allegation")])

# a3: Taiwan Strait, published Thursday 2026-05-21 (Mon 18, Tue 19, Wed 20; last month = April)
LAI = "Lai Ching-te|Lai|#TWN"
CHEN = "Chen Binhua|Taiwan Affairs Office|TAO|#CHN"
TAKA = "Sanae Takaichi|Takaichi|#JPN"
STATE = "State Department|US State Department|#USA|Washington"
LIN = "Lin Chia-lung|#TWN"
AREV = "Bernardo Arevalo|Arevalo|#GTM"
doc("articles/a3-taiwan-focustaiwan", "2026-05-21",
    "China holds second day of drills after Lai's anniversary speech; coast guard fires water cannon near Kinmen",
    "Focus Taiwan (CNA)",
    ["P:Lai Ching-te|Lai@TWN", "P:Wellington Koo|Koo@TWN", "P:Chen Binhua@CHN", "P:Sanae Takaichi|Takaichi@JPN",
     "P:Lin Chia-lung@TWN", "P:Bernardo Arevalo|Arevalo|Bernardo Arévalo@GTM", "P:Lin Yu-ting@TWN",
     "S:TWN", "S:CHN", "S:USA", "S:JPN", "S:GTM", "S:PHL",
     "O:Focus Taiwan", "O:CNA|Central News Agency", "O:Ministry of National Defense|MND",
     "O:People's Liberation Army|PLA", "O:Eastern Theater Command", "O:Taiwan Affairs Office|TAO",
     "O:Democratic Progressive Party|DPP", "O:Mainland Affairs Council|MAC", "O:China Coast Guard",
     "O:Ocean Affairs Council", "O:Sierra Ridge Dynamics", "O:Halvorsen Aerospace",
     "O:State Department|US State Department", "O:Chinese foreign ministry|foreign ministry",
     "O:Institute for Strait Security Studies",
     "L:Taipei@TWN", "L:Kinmen@TWN", "L:Beijing@CHN", "L:Washington@USA", "L:Tokyo@JPN",
     "L:Taoyuan International Airport@TWN", "L:Bashi Channel@TWN,PHL"],
    ["#PRY", "Pena", "#HND"],
    [F(LAI, "urged", "#CHN|Beijing", "2026-05-20"),
     F(CHEN, "accused", LAI, "2026-05-20"),
     F(CHEN, "warned", "Democratic Progressive Party|DPP", "2026-05-20"),
     F("Mainland Affairs Council|MAC|#TWN", "criticized", "#CHN|People's Liberation Army|PLA|Eastern Theater Command", "2026-05-20"),
     F("China Coast Guard|#CHN", "attacked", "#TWN|Taiwanese fishing boat|Jin Man Fa 88|Kinmen", "2026-05-20"),
     F("#CHN|Beijing", "sanctioned", "Sierra Ridge Dynamics", "2026-05-18"),
     F("#CHN|Beijing", "sanctioned", "Halvorsen Aerospace", "2026-05-18"),
     F("#USA", "supplied", "#TWN", "2026-04"),
     F(STATE, "criticized", "#CHN|Beijing", "2026-05-20"),
     F(STATE, "urged", "#CHN|Beijing", "2026-05-20"),
     F(TAKA, "urged", "#CHN|Beijing", "2026-05-20"),
     F(TAKA, "urged", "#TWN|Taipei", "2026-05-20"),
     F("Chinese foreign ministry|#CHN|Beijing", "threatened", "#JPN|Tokyo", "2026-05-20"),
     F(LIN, "visited", "#GTM", "2026-05-15", 2),
     F(LIN, "met", AREV, "2026-05-16", 3),
     F(LIN, "agreed", AREV, "2026-05-16", 3),
     F("#TWN", "cooperated", "#PHL|Manila")],
    [I("#CHN|People's Liberation Army|PLA|Eastern Theater Command", "threatened", "#TWN", "drills called 'a stern warning to separatist forces'; debatable threat"),
     I("#TWN|Wellington Koo", "attacked", "#CHN", "negated: had not fired on any Chinese aircraft or vessels"),
     I("#CHN|Beijing", "invaded", "#TWN", "speculative: analyst on a blockade rehearsal or quarantine"),
     I("#CHN|Beijing", "sanctioned", "#USA", "dup guard: sanctions hit two American companies"),
     I("Lin Chia-lung", "visited", "Taoyuan International Airport", "returned home, not a visit"),
     I(TAKA, "criticized", "#CHN|Beijing", "'watching with grave concern' is concern, not criticism"),
     I("#PHL|Manila", "agreed", "#TWN", "negated: Manila does not recognize Taiwan")])

# a4: Great Lakes, published Friday 2026-07-10 (Sun 5, Tue 7, Wed 8, Thu 9; last month = June)
MUSE = "Yoweri Museveni|Museveni|#UGA"
NDAY = "Evariste Ndayishimiye|Ndayishimiye|#BDI"
NDUH = "Olivier Nduhungirehe|Nduhungirehe|#RWA"
doc("articles/a4-greatlakes-eastafrican", "2026-07-10",
    "Museveni brokers Kigali-Gitega talks as RED-Tabara raid deepens rift", "The EastAfrican",
    ["P:Yoweri Museveni|Museveni@UGA", "P:Evariste Ndayishimiye|Ndayishimiye|Évariste Ndayishimiye@BDI",
     "P:Olivier Nduhungirehe|Nduhungirehe@RWA", "P:Paul Kagame|Kagame@RWA", "P:Gaspard Baratuza|Baratuza@BDI",
     "P:Veronica Nduva|Nduva@KEN", "P:Carine Ndikumana|Ndikumana@BDI", "P:Edouard Bizimana|Bizimana@BDI",
     "S:UGA", "S:BDI", "S:RWA", "S:COD", "S:TZA", "S:KEN",
     "O:The EastAfrican", "O:RED-Tabara", "O:FDLR|Democratic Forces for the Liberation of Rwanda",
     "O:East African Community|EAC", "O:Allied Democratic Forces|ADF", "O:Uganda People's Defence Forces|UPDF",
     "O:CNDD-FDD", "O:European Union|EU", "O:Islamic State",
     "L:Entebbe@UGA", "L:State House Entebbe@UGA", "L:Bujumbura@BDI", "L:Cibitoke@BDI", "L:Rugombo@BDI",
     "L:Rusizi River@BDI,COD", "L:South Kivu@COD", "L:Ituri@COD", "L:Gatuna@RWA,UGA", "L:Kigali@RWA",
     "L:Dar es Salaam@TZA"],
    ["Jean-Paul Habimana", "Esther Auma", "#ETH", "#DJI"],
    [F(MUSE, "met", NDAY, "2026-07-08"),
     F(MUSE, "met", NDUH, "2026-07-08"),
     F(NDAY, "met", NDUH, "2026-07-08"),
     F(NDAY, "visited", "Entebbe|#UGA", "2026-07-07"),
     F("#BDI|Gitega|Evariste Ndayishimiye|Ndayishimiye", "accused", "#RWA|Kigali", "2026-07-08"),
     F("#RWA|Kigali", "supplied", "RED-Tabara", by="Ndayishimiye"),
     F("#BDI|Gitega", "accused", "RED-Tabara"),
     F("RED-Tabara", "attacked", "Cibitoke|Rugombo", "2026-07-05", by="Gitega"),
     F("RED-Tabara", "attacked", "#BDI|Gitega"),
     F(NDUH, "accused", "#BDI|Gitega", "2026-07-08"),
     F("#BDI|Burundian troops", "cooperated", "FDLR", by="Nduhungirehe"),
     F(MUSE, "urged", "#BDI", "2026-07-08"),
     F(MUSE, "urged", "#RWA", "2026-07-08"),
     F("#UGA|Kampala", "agreed", "#RWA|Kigali", "2026-03"),
     F("#UGA|Uganda People's Defence Forces|UPDF", "attacked", "Allied Democratic Forces|ADF", "2026-06"),
     F("#BDI|Gitega", "agreed", "#TZA|Dodoma", "2025")],
    [I(NDAY, "agreed", NDUH, "negated: the talks ended without a deal"),
     I(NDUH, "visited", "Entebbe|#UGA", "venue-only: hosted at State House Entebbe"),
     I(MUSE, "urged", "East African Community|EAC", "'proposed that the EAC deploy' a team; debatable"),
     I("European Union|EU", "urged", "#BDI|#RWA", "'called on all parties'; addressees unnamed"),
     I("#RWA|Kigali", "visited", "Bujumbura|#BDI", "conditional future: delegation 'if invited'"),
     I("#UGA", "attacked", "#COD", "dup guard: ADF camps located in Ituri, DR Congo"),
     I("#RWA", "cooperated", "#UGA", "reopening of Gatuna in 2022 is background; the March memorandum is gold as agreed"),
     I("#BDI", "cooperated", "#TZA", "trade through Dar es Salaam; implied"),
     I("#BDI|Gaspard Baratuza", "threatened", "#RWA", "Nduhungirehe's 'direct threat' wording is inside an allegation")])

# a5: Kashmir, published Wednesday 2026-09-23 (Sun 20, Mon 21, Tue 22)
DAR = "Ishaq Dar|Dar|#PAK"
doc("articles/a5-kashmir-dawn", "2026-09-23",
    "Pakistan accuses India of 'unprovoked' LoC firing as Dar takes Kashmir to UN", "Dawn",
    ["P:Randhir Jaiswal|Jaiswal@IND", "P:Ishaq Dar|Dar@PAK", "P:Antonio Guterres|Guterres|António Guterres@PRT",
     "P:Wang Yi@CHN", "P:Shehbaz Sharif|Sharif@PAK", "P:Donald Trump|Trump@USA", "P:Ayesha Farooqui|Farooqui@PAK",
     "P:Muhammad Bashir|Bashir@PAK",
     "S:PAK", "S:IND", "S:CHN", "S:USA", "S:SAU", "S:PRT",
     "O:Dawn", "O:Inter-Services Public Relations|ISPR", "O:external affairs ministry|Ministry of External Affairs|MEA",
     "O:Indian army|Indian Army", "O:Lashkar-e-Taiba|LeT", "O:UN|United Nations",
     "O:UN General Assembly|General Assembly", "O:UNMOGIP|UN Military Observer Group in India and Pakistan",
     "O:Foreign Office", "O:China-Pakistan Economic Corridor|CPEC", "O:Saudi foreign ministry",
     "O:Islamabad Policy Research Forum", "O:Court of Arbitration",
     "L:Islamabad@PAK", "L:Line of Control|LoC@IND,PAK", "L:Neelum valley@PAK", "L:Kel@PAK",
     "L:New Delhi@IND", "L:Azad Jammu and Kashmir|AJK@PAK", "L:Pahalgam@IND", "L:Kupwara@IND",
     "L:New York@USA", "L:Riyadh@SAU", "L:White House@USA", "L:The Hague@NLD"],
    ["#MYS", "#BGD", "IMF", "Colombo"],
    [F("Inter-Services Public Relations|ISPR|#PAK", "accused", "#IND|Indian army", "2026-09-22"),
     F("#IND|Indian troops", "attacked", "Kel|Neelum valley", "2026-09-21", 1, by="ISPR"),
     F("Randhir Jaiswal|Jaiswal|#IND", "accused", "#PAK", "2026-09-22"),
     F("#IND", "attacked", "#PAK|Azad Jammu and Kashmir", "2025-05"),
     F("#PAK", "attacked", "#IND", "2025-05"),
     F("#IND", "agreed", "#PAK", "2025-05-10"),
     F("Indian army|#IND", "attacked", "Lashkar-e-Taiba|LeT", "2026-09-23", 1),
     F(DAR, "visited", "New York|#USA", "2026-09-20"),
     F(DAR, "met", "Antonio Guterres|Guterres|United Nations|UN", "2026-09-21"),
     F(DAR, "urged", "UN|United Nations|Antonio Guterres|Guterres", "2026-09-21"),
     F(DAR, "met", "Wang Yi|#CHN", "2026-09-22"),
     F(DAR, "agreed", "Wang Yi|#CHN", "2026-09-22"),
     F("#PAK", "cooperated", "#CHN"),
     F("#CHN", "supplied", "#PAK"),
     F("#SAU|Riyadh", "agreed", "#PAK", "2025-09"),
     F("#SAU|Saudi foreign ministry", "urged", "#PAK", "2026-09-22"),
     F("#SAU|Saudi foreign ministry", "urged", "#IND", "2026-09-22"),
     F("#PAK", "criticized", "#IND")],
    [I("Shehbaz Sharif|Sharif|#PAK", "met", "Donald Trump|Trump|#USA", "future: expected to meet next week"),
     I("Shehbaz Sharif|Sharif", "visited", "White House|#USA", "future: next week, date unconfirmed"),
     I("Wang Yi", "visited", "Islamabad", "future: next round of dialogue to be held in Islamabad"),
     I("#IND", "sanctioned", "#PAK", "Indus Waters Treaty placed in abeyance; not a sanction"),
     I("Ishaq Dar|Dar", "criticized", "#IND", "'India's belligerence' inside an appeal; debatable"),
     I("#PAK|Pakistani posts", "supplied", "infiltrators", "'provide cover to infiltrators' is Jaiswal's claim, not supply"),
     I("Ishaq Dar|Dar", "visited", "Kel|Neelum valley", "UNMOGIP asked to send observers; nobody visited")])

# a6: Western Balkans, published Thursday 2026-10-29 (Mon 26, Tue 27, Wed 28; Wed last week = 21)
KOS = "Marta Kos|Kos|European Commission|European Union|EU"
RAMA = "Edi Rama|Rama|#ALB"
MICK = "Hristijan Mickoski|Mickoski|#MKD"
doc("articles/a6-balkans-balkaninsight", "2026-10-29",
    "Kos Tells Montenegro to Finish Reforms as Podgorica Eyes 2028 Accession", "Balkan Insight (BIRN)",
    ["P:Marta Kos|Kos@SVN", "P:Milojko Spajic|Spajic|Milojko Spajić@MNE", "P:Jakov Milatovic|Milatovic|Jakov Milatović@MNE",
     "P:Edi Rama|Rama@ALB", "P:Hristijan Mickoski|Mickoski@MKD", "P:Georg Georgiev|Georgiev@BGR",
     "P:Giorgia Meloni|Meloni@ITA", "P:Ana Vukovic|Vukovic@MNE",
     "S:MNE", "S:SVN", "S:RUS", "S:USA", "S:FRA", "S:ALB", "S:MKD", "S:BGR", "S:HRV", "S:XKX", "S:SRB", "S:ITA", "S:UKR",
     "O:Balkan Insight|BIRN|Balkan Investigative Reporting Network", "O:European Commission", "O:EU|European Union",
     "O:National Security Agency|ANB", "O:Cold Lynx", "O:Ministry of Finance|finance ministry", "O:Tax Administration",
     "O:NATO", "O:Centre for European Policy Studies", "O:Special State Prosecutor's Office",
     "O:University of Montenegro",
     "L:Podgorica@MNE", "L:Skopje@MKD", "L:Tirana@ALB"],
    ["#HUN", "#SVK", "Gabcikovo"],
    [F(KOS, "urged", "#MNE|Podgorica", "2026-10-26"),
     F(KOS, "visited", "Podgorica|#MNE", "2026-10-26"),
     F(KOS, "met", "Milojko Spajic|Spajic|#MNE", "2026-10-26"),
     F(KOS, "met", "Jakov Milatovic|Milatovic", "2026-10-26"),
     F(KOS, "warned", "#MNE|Podgorica", "2026-10-26"),
     F("National Security Agency|ANB|#MNE", "accused", "Cold Lynx", "2026-10-21"),
     F("Cold Lynx", "attacked", "Ministry of Finance|Tax Administration|#MNE", "2026-10-17", 1, by="ANB"),
     F("#USA", "supplied", "#MNE", "2022"),
     F("#FRA", "supplied", "#MNE", "2022"),
     F(RAMA, "visited", "Skopje|#MKD", "2026-10-27"),
     F(RAMA, "met", MICK, "2026-10-27"),
     F(RAMA, "agreed", MICK, "2026-10-27"),
     F(MICK, "criticized", "#BGR|Sofia", "2026-10-27"),
     F("Georg Georgiev|Georgiev|#BGR", "accused", "#MKD|Skopje|Mickoski government", "2026-10-28"),
     F("#ALB", "agreed", "#HRV", "2025-03"),
     F("#ALB", "agreed", "#XKX", "2025-03"),
     F("#HRV", "agreed", "#XKX", "2025-03"),
     F(RAMA, "agreed", "Giorgia Meloni|Meloni|#ITA", "2023-11"),
     F("#RUS", "invaded", "#UKR", "2022")],
    [I("#RUS", "supplied", "Cold Lynx", "implied: 'a foreign intelligence service', Russia explicitly not named"),
     I("Marta Kos|Kos", "visited", "Tirana|Skopje", "future: expected to travel in December"),
     I("#SRB", "criticized", "#ALB|#HRV|#XKX", "Serbia denounced the declaration (a document) at the time; background"),
     I("#ITA", "cooperated", "#ALB", "reception centres on Albanian soil; implied by the deal"),
     I("Milojko Spajic|Spajic|#MNE", "agreed", "European Union|EU", "future: would sign its accession treaty"),
     I("Marta Kos|Kos", "visited", "Special State Prosecutor's Office|University of Montenegro", "venues within the Podgorica visit; dup"),
     I(MICK, "accused", "#BGR|Sofia", "'holding an entire region hostage' is criticism; accused debatable")])

# ---------------------------------------------------------------- govdocs

# g1: German Federal Foreign Office, government press conference, published Wednesday 2026-06-17
# (yesterday = 16, Sunday = 14, Monday = 15); own-voice statements dated on publication
DEU = "#DEU|Federal Government|Federal Foreign Office|Foreign Office|Jonas Ellerbrock|Ellerbrock"
WADE = "Johann Wadephul|Wadephul|#DEU"
SHAI = "Asaad al-Shaibani|al-Shaibani|#SYR"
doc("govdocs/g1-auswaertiges-amt-regpk", "2026-06-17",
    "Government press conference of 17 June 2026 (excerpt, Federal Foreign Office; unofficial translation)",
    "German Federal Foreign Office",
    ["P:Anja Lorenz|Lorenz@DEU", "P:Jonas Ellerbrock|Ellerbrock@DEU", "P:Tobias Reuter|Reuter@DEU",
     "P:Johann Wadephul|Wadephul@DEU", "P:Asaad al-Shaibani|al-Shaibani@SYR",
     "P:Erdoğan|Recep Tayyip Erdogan|Erdogan@TUR", "P:Merz|Friedrich Merz@DEU", "P:Hakan Fidan|Fidan@TUR",
     "S:DEU", "S:SYR", "S:IRQ", "S:TUR", "S:ISR", "S:IRN",
     "O:Federal Foreign Office|Foreign Office|Auswärtiges Amt", "O:Federal Ministry of Defence",
     "O:Federal Government", "O:Liwa al-Nasr al-Mubin", "O:Syrian Democratic Forces|SDF",
     "O:Turkish air force", "O:Syrian Civil Defence|White Helmets", "O:Bundeswehr", "O:NATO Mission Iraq",
     "L:Berlin@DEU", "L:Damascus@SYR", "L:Beirut@LBN", "L:Khor Mor gas field|Khor Mor@IRQ",
     "L:Kurdistan Region@IRQ", "L:Kobani@SYR", "L:Erbil@IRQ", "L:Baghdad@IRQ"],
    [],
    [F(SHAI, "visited", "Berlin|#DEU", "2026-06-16", 1),
     F(WADE, "met", SHAI, "2026-06-16"),
     F(WADE, "agreed", SHAI, "2026-06-16"),
     F("Liwa al-Nasr al-Mubin", "attacked", "Khor Mor gas field|Khor Mor|#IRQ", "2026-06-14"),
     F(DEU, "criticized", "Liwa al-Nasr al-Mubin", "2026-06-17"),
     F(DEU, "urged", "#IRQ|Iraqi government", "2026-06-17"),
     F("#TUR|Turkish air force", "attacked", "Syrian Democratic Forces|SDF", "2026-06-15"),
     F(DEU, "urged", "#TUR", "2026-06-17"),
     F("#SYR|Damascus", "agreed", "Syrian Democratic Forces|SDF", "2025-03"),
     F(DEU, "urged", "#ISR", "2026-06-17"),
     F("Federal Foreign Office|#DEU", "supplied", "Syrian Civil Defence|White Helmets", "2026-04"),
     F("Bundeswehr|#DEU", "cooperated", "#IRQ|Iraqi government")],
    [I("Johann Wadephul|Wadephul", "visited", "Damascus|Beirut", "future: will travel on Thursday"),
     I("#ISR", "attacked", "#SYR|Damascus", "question-relayed; the spokesperson cannot confirm"),
     I("#IRN", "supplied", "Liwa al-Nasr al-Mubin", "question-relayed claim of unnamed Iraqi officials; no findings"),
     I("Johann Wadephul|Wadephul", "met", "Hakan Fidan|Fidan", "telephone call, not a meeting"),
     I("Merz", "met", "Erdoğan", "'speak regularly'; no call announced"),
     I("#TUR", "attacked", "#SYR", "dup guard: strikes on SDF positions located in Syria"),
     I("#DEU", "supplied", "#SYR", "dup guard: equipment went to the Syrian Civil Defence"),
     I("#DEU", "criticized", "#TUR", "a call for restraint is no criticism"),
     I("Bundeswehr|#DEU", "visited", "Erbil|Baghdad", "troops stationed for training; not a visit")])

# g2: Council of the EU press release, published Monday 2026-11-16; own-voice facts dated on publication
CNL = "Council of the European Union|Council|European Union|EU"
doc("govdocs/g2-eu-council-iran-sanctions", "2026-11-16",
    "Iran: Council sanctions four entities and two individuals over military support to Russia's war of aggression against Ukraine",
    "Council of the European Union",
    ["P:Hossein Zarrinpour|Zarrinpour@IRN", "P:Mehdi Farahani|Farahani@IRN", "P:Kaja Kallas|Kallas@EST",
     "S:IRN", "S:RUS", "S:UKR", "S:BLR", "S:EST",
     "O:Council of the European Union|Council|Council of the EU", "O:European Union|EU",
     "O:Parsian Aero Logistics", "O:Caspian Kaveh Shipping Company", "O:Nasr Propulsion Group",
     "O:Tabriz Precision Industries", "O:Islamic Revolutionary Guard Corps|IRGC", "O:European Peace Facility",
     "L:Caspian Sea@IRN,RUS", "L:Astrakhan@RUS"],
    ["General Secretariat of the Council", "Rue de la Loi", "Bruxelles"],
    [F(CNL, "sanctioned", "Parsian Aero Logistics", "2026-11-16"),
     F(CNL, "sanctioned", "Caspian Kaveh Shipping Company", "2026-11-16"),
     F(CNL, "sanctioned", "Nasr Propulsion Group", "2026-11-16"),
     F(CNL, "sanctioned", "Tabriz Precision Industries", "2026-11-16"),
     F(CNL, "sanctioned", "Hossein Zarrinpour|Zarrinpour", "2026-11-16"),
     F(CNL, "sanctioned", "Mehdi Farahani|Farahani", "2026-11-16"),
     F(CNL, "sanctioned", "#IRN", "2022"),
     F("#IRN|Tehran", "supplied", "#RUS"),
     F("Caspian Kaveh Shipping Company", "supplied", "Astrakhan|#RUS"),
     F("Parsian Aero Logistics", "supplied", "#RUS|Russian airfields"),
     F("#RUS", "attacked", "#UKR"),
     F("#RUS", "invaded", "#UKR", "2022-02"),
     F(CNL, "criticized", "#IRN|Tehran", "2026-11-16"),
     F(CNL, "urged", "#IRN|Tehran", "2026-11-16"),
     F(CNL, "criticized", "#BLR", "2026-11-16"),
     F(CNL, "supplied", "#UKR"),
     F("Kaja Kallas|Kallas|European Union|EU", "warned", "#IRN|Tehran", "2026-11-16")],
    [I("Kaja Kallas|Kallas", "threatened", "#IRN|Tehran", "conditional 'will not hesitate to take further measures'; speculative"),
     I("Kaja Kallas|Kallas", "accused", "#IRN|Tehran", "'makes Tehran a party to this war'; debatable"),
     I("Hossein Zarrinpour|Zarrinpour|Islamic Revolutionary Guard Corps|IRGC", "supplied", "#RUS", "training of Russian drone operators; arguably supplied"),
     I("#BLR", "supplied", "#RUS", "transit through its territory; implied"),
     I("#IRN", "supplied", "armed groups", "unnamed 'armed groups and entities in the Middle East'"),
     I("Nasr Propulsion Group|Tabriz Precision Industries", "supplied", "#RUS", "listed as manufacturers; transfers not stated for them")])

# g3: South Africa DIRCO media statement, published Thursday 2026-08-20 (Sat 15, Mon 17, Tue 18)
LAM = "Ronald Lamola|Lamola|#ZAF"
ZAF = "#ZAF|Department of International Relations and Cooperation|DIRCO"
doc("govdocs/g3-dirco-zimbabwe", "2026-08-20",
    "Minister Lamola concludes working visit to Zimbabwe; South Africa condemns strike on humanitarian warehouse in Gaza",
    "Department of International Relations and Cooperation (South Africa)",
    ["P:Ronald Lamola|Lamola@ZAF", "P:Amon Murwira|Murwira@ZWE", "P:Emmerson Mnangagwa|Mnangagwa@ZWE",
     "S:ZAF", "S:ZWE", "S:USA", "S:ISR", "S:PSE",
     "O:Department of International Relations and Cooperation|DIRCO",
     "O:SADC|Southern African Development Community", "O:Bi-National Commission|BNC",
     "O:World Food Programme|WFP", "O:United Nations Security Council|Security Council|UNSC",
     "O:International Court of Justice|ICJ", "O:SADC Council of Ministers",
     "L:Harare@ZWE", "L:State House@ZWE", "L:Beitbridge@ZWE", "L:Pretoria@ZAF", "L:Deir al-Balah@PSE",
     "L:Gaza Strip|Gaza@PSE"],
    ["Chrispin Phiri", "OR Tambo Building", "Soutpansberg Road", "Rietondale"],
    [F(LAM, "visited", "Harare|#ZWE", "2026-08-17"),
     F(LAM, "met", "Amon Murwira|Murwira", "2026-08-17"),
     F(LAM, "met", "Emmerson Mnangagwa|Mnangagwa|#ZWE", "2026-08-18"),
     F(LAM, "agreed", "Amon Murwira|Murwira|#ZWE", "2026-08-17", 1),
     F("#ZAF", "cooperated", "#ZWE"),
     F("#ZAF", "supplied", "#ZWE", "2026-07"),
     F(LAM, "urged", "#USA|Washington", "2026-08-18", 2),
     F("#USA|Washington", "sanctioned", "Emmerson Mnangagwa|Mnangagwa", "2024-03"),
     F("#ISR|Israeli forces", "attacked", "World Food Programme|WFP|Deir al-Balah", "2026-08-15"),
     F(ZAF, "criticized", "#ISR|Israeli forces", "2026-08-20"),
     F(ZAF, "urged", "#ISR", "2026-08-20"),
     F(ZAF, "urged", "United Nations Security Council|Security Council|UNSC", "2026-08-20")],
    [I("Amon Murwira|Murwira", "visited", "Pretoria|#ZAF", "future: invited to the preparatory meeting"),
     I("#ZAF", "accused", "#ISR", "ICJ case brought by South Africa; background, debatable"),
     I("#USA|Washington", "sanctioned", "#ZWE", "country programme terminated in March 2024; remaining sanctions target persons"),
     I(LAM, "criticized", "#USA|Washington", "'these measures hurt ordinary Zimbabweans'; debatable"),
     I("#ISR", "attacked", "#PSE|Gaza Strip", "dup guard: strike on a warehouse in Deir al-Balah, Gaza"),
     I("Emmerson Mnangagwa|Mnangagwa|#ZWE", "met", "Amon Murwira|Murwira", "same government"),
     I("SADC", "supplied", "#ZWE", "regional drought response is the framework; South Africa delivered")])

# g4: Brazil MFA (Itamaraty) joint communique, dated Brasilia 22 Jan, published Friday 2026-01-23
LULA = "Luiz Inácio Lula da Silva|Lula|#BRA"
PAZ = "Rodrigo Paz Pereira|Rodrigo Paz|Paz|#BOL"
doc("govdocs/g4-itamaraty-bolivia", "2026-01-23",
    "Joint Communiqué on the State Visit of the President of the Plurinational State of Bolivia, Rodrigo Paz Pereira, to Brazil",
    "Ministry of Foreign Affairs of Brazil (Itamaraty)",
    ["P:Rodrigo Paz Pereira|Rodrigo Paz|Paz@BOL", "P:Luiz Inácio Lula da Silva|Lula|Lula da Silva@BRA",
     "P:Mauro Vieira|Vieira@BRA", "P:Fernando Aramayo|Aramayo@BOL",
     "S:BOL", "S:BRA",
     "O:Ministry of Foreign Affairs|Itamaraty", "O:Yacimientos Petrolíferos Fiscales Bolivianos|YPFB",
     "O:Comando Fronteira", "O:Federal Police|Federal Police of Brazil|Polícia Federal", "O:Bolivian Police",
     "O:Brazilian Air Force", "O:Brazilian Development Bank|BNDES", "O:Mercosur",
     "L:Palácio do Planalto|Palacio do Planalto@BRA", "L:Guajará-Mirim|Guajara-Mirim@BRA", "L:Rondônia|Rondonia@BRA",
     "L:Beni@BOL", "L:Amazon@BRA,BOL", "L:Brasília|Brasilia@BRA"],
    [],
    [F(PAZ, "visited", "#BRA", "2026-01-21"),
     F(LULA, "met", PAZ, "2026-01-22"),
     F(LULA, "agreed", PAZ, "2026-01-22"),
     F("Mauro Vieira|Vieira", "agreed", "Fernando Aramayo|Aramayo", "2026-01-22", 1),
     F("Yacimientos Petrolíferos Fiscales Bolivianos|YPFB|#BOL", "supplied", "#BRA"),
     F("Comando Fronteira", "attacked", "Federal Police|Guajará-Mirim|#BRA", "2026-01-15"),
     F(LULA, "criticized", "Comando Fronteira", "2026-01-22", 1),
     F(PAZ, "criticized", "Comando Fronteira", "2026-01-22", 1),
     F("Federal Police|Federal Police of Brazil|#BRA", "cooperated", "Bolivian Police|#BOL"),
     F("#BRA|Brazilian Air Force", "supplied", "Beni", "2025-12"),
     F("Brazilian Development Bank|BNDES|#BRA", "supplied", "#BOL")],
    [I("Luiz Inácio Lula da Silva|Lula", "visited", "#BOL", "future: invitation for the second half of 2026"),
     I("Rodrigo Paz Pereira|Paz", "supplied", "Brazilian buyers", "future: intends to offer new volumes from 2027"),
     I("Luiz Inácio Lula da Silva|Lula|#BRA", "urged", "international community", "vague addressee"),
     I("Luiz Inácio Lula da Silva|Lula", "cooperated", "Rodrigo Paz Pereira|Paz", "'strategic partnership' reaffirmed; state pair covered by the police cooperation"),
     I("Rodrigo Paz Pereira|Paz", "visited", "Palácio do Planalto", "venue within the state visit; dup")])

# g5: NATO press conference, published Thursday 2026-02-12 (Mon 9, Tue 10, yesterday = 11; last year = 2025)
NATO = "NATO|North Atlantic Treaty Organization|Mark Rutte|Rutte"
RUTTE = "Mark Rutte|Rutte|NATO"
doc("govdocs/g5-nato-arctic-presser", "2026-02-12",
    "Press conference by NATO Secretary General Mark Rutte following the meeting of NATO Ministers of Defence",
    "NATO",
    ["P:Mark Rutte|Rutte@NLD", "P:Jonas Gahr Støre|Støre|Jonas Gahr Store|Store@NOR",
     "S:NOR", "S:RUS", "S:DNK", "S:CAN", "S:USA", "S:UKR", "S:CHN", "S:NLD",
     "O:NATO|North Atlantic Treaty Organization", "O:Joint Force Command", "O:Russian Defence Ministry",
     "O:NRK", "O:Reuters", "O:Arctic Today", "O:Politico Europe",
     "L:Oslo@NOR", "L:Bodø|Bodo@NOR", "L:Svalbard@NOR", "L:Finnmark@NOR", "L:Alaska@USA"],
    [],
    [F(RUTTE, "visited", "Oslo|#NOR", "2026-02-09"),
     F(RUTTE, "visited", "Bodø|Bodo", "2026-02-10"),
     F(RUTTE, "met", "Jonas Gahr Støre|Støre|Store|#NOR", "2026-02-09"),
     F("#RUS|Moscow", "attacked", "#NOR|Svalbard", "2026-01"),
     F(NATO, "criticized", "#RUS", "2026-02-12"),
     F(NATO, "urged", "#RUS", "2026-02-12"),
     F(NATO, "warned", "#RUS|Moscow", "2026-02-12"),
     F("#DNK", "agreed", "#CAN", "2026-02-11"),
     F("#USA", "supplied", "#NOR", "2025"),
     F("#NOR", "supplied", "#UKR"),
     F("#CHN|Beijing", "cooperated", "#RUS"),
     F("#CHN|Beijing", "supplied", "#RUS", by="Rutte"),
     F("#RUS", "invaded", "#UKR")],
    [I("Russian Defence Ministry|#RUS", "accused", "#NOR", "question-relayed claim"),
     I("NATO", "visited", "Svalbard", "negated: no plans to deploy troops"),
     I("#USA|Washington", "visited", "#NOR", "speculative: whether the US will send more forces"),
     I(NATO, "threatened", "#RUS|Moscow", "deterrence pledge; gold as warned"),
     I("#RUS", "attacked", "Finnmark", "GPS jamming; hybrid interference, debatable use of force"),
     I("Mark Rutte|Rutte", "criticized", "#CHN|Beijing", "'the evidence is overwhelming'; debatable"),
     I("Mark Rutte|Rutte", "visited", "Joint Force Command", "venue within the Bodø visit; dup")])

# ---------------------------------------------------------------- sentences

doc("sentences/s01", "2026-03-09", "CAIRO, March 9 (Reuters)", "Reuters",
    ["P:Badr Abdelatty|Abdelatty@EGY", "P:Dubravka Suica|Suica|Dubravka Šuica@HRV",
     "S:EGY", "S:ISR", "S:HRV", "O:Reuters", "O:European Union", "O:COGAT",
     "L:Cairo@EGY", "L:Rafah crossing|Rafah@EGY"],
    [],
    [F("#EGY", "accused", "#ISR", "2026-03-09"),
     F("Badr Abdelatty|Abdelatty|#EGY", "visited", "Rafah crossing|Rafah", "2026-03-08"),
     F("Dubravka Suica|Suica|European Union", "visited", "Rafah crossing|Rafah|#EGY", "2026-03-08")],
    [I("Badr Abdelatty|Abdelatty", "met", "Dubravka Suica|Suica", "joint visit; a meeting is implied, not stated"),
     I("COGAT|#ISR", "supplied", "#EGY", "processing aid lorries; not a supply to Egypt")])

doc("sentences/s02", "2026-06-04", "YAOUNDE, June 4 (AFP)", "AFP",
    ["S:CMR", "S:CAF", "O:AFP|Agence France-Presse", "O:3R|Return, Reclamation and Rehabilitation",
     "O:Cameroon's army|Cameroonian army", "L:Yaounde@CMR", "L:Garoua-Boulai@CMR"],
    [],
    [F("3R", "attacked", "Garoua-Boulai|#CMR", "2026-06-03", 1),
     F("#CMR|Cameroon's army", "attacked", "3R", "2026-06-03", 1),
     F("#CMR|Cameroon's army", "accused", "#CAF|Central African Republic authorities", "2026-06-04")],
    [I("#CAF", "supplied", "3R", "letting fighters regroup is no supply")])

doc("sentences/s03", "2026-09-11", "TOKYO, Sept. 11 (Kyodo)", "Kyodo",
    ["P:Shinjiro Koizumi|Koizumi@JPN", "S:JPN", "S:CHN", "S:RUS", "O:Kyodo|Kyodo News",
     "O:Defense Ministry|Japan's Defense Ministry", "L:Tokyo@JPN"],
    [],
    [F("Shinjiro Koizumi|Koizumi|#JPN", "criticized", "#CHN|Beijing", "2026-09-11"),
     F("Shinjiro Koizumi|Koizumi|#JPN", "criticized", "#RUS|Moscow", "2026-09-11")],
    [I("#CHN", "cooperated", "#RUS", "joint patrol implies cooperation; debatable"),
     I("#CHN|#RUS", "threatened", "#JPN", "'show of force' is Koizumi's characterisation")])

doc("sentences/s04", "2026-04-22", "LA PAZ, April 22 (EFE)", "EFE",
    ["P:Rodrigo Paz|Paz@BOL", "P:Jose Antonio Kast|Kast|José Antonio Kast@CHL", "S:BOL", "S:CHL", "O:EFE",
     "L:La Paz@BOL", "L:Charana|Charaña@BOL"],
    [],
    [F("Rodrigo Paz|Paz|#BOL", "met", "Jose Antonio Kast|Kast|#CHL", "2026-04-22"),
     F("Rodrigo Paz|Paz|#BOL", "agreed", "Jose Antonio Kast|Kast|#CHL", "2026-04-22")],
    [I("Jose Antonio Kast|Kast", "visited", "Charana|#BOL", "venue-only: met in the border town")])

doc("sentences/s05", "2026-07-02", "NICOSIA, July 2 (CNA)", "Cyprus News Agency",
    ["P:Tufan Erhurman|Erhurman|Erhürman@CYP", "S:CYP", "S:ISR", "O:CNA|Cyprus News Agency",
     "O:defence ministry", "L:Nicosia@CYP"],
    [],
    [F("#ISR", "supplied", "#CYP"),
     F("Tufan Erhurman|Erhurman", "accused", "#CYP|Nicosia", "2026-07-02"),
     F("Tufan Erhurman|Erhurman", "accused", "#ISR|Tel Aviv", "2026-07-02")],
    [I("Tufan Erhurman|Erhurman", "criticized", "#CYP|Nicosia", "'called the delivery a dangerous escalation'; folded into the accusation")])

doc("sentences/s06", "2026-05-08", "VIENNA, May 8 (APA)", "APA",
    ["P:Feridun Sinirlioglu|Sinirlioglu|Feridun Sinirlioğlu@TUR", "S:TUR", "S:RUS",
     "O:OSCE|Organization for Security and Co-operation in Europe", "O:APA|Austria Presse Agentur",
     "L:Vienna@AUT", "L:Donetsk@UKR"],
    [],
    [F("Feridun Sinirlioglu|Sinirlioglu|OSCE", "criticized", "#RUS|Russian-installed authorities", "2026-05-08"),
     F("Feridun Sinirlioglu|Sinirlioglu|OSCE", "urged", "#RUS|Moscow", "2026-05-08")],
    [I("#RUS", "invaded", "Donetsk", "'occupied Donetsk' as an adjective; implied background")])

doc("sentences/s07", "2026-10-06", "PARIS, Oct 6 (AFP)", "AFP",
    ["S:FRA", "S:ISR", "S:LBN", "O:AFP|Agence France-Presse", "O:France's foreign ministry|French foreign ministry",
     "O:UNIFIL|United Nations Interim Force in Lebanon", "L:Paris@FRA"],
    [],
    [F("#ISR", "attacked", "UNIFIL|#LBN", "2026-10-03", 1),
     F("France's foreign ministry|#FRA", "criticized", "#ISR", "2026-10-06"),
     F("France's foreign ministry|#FRA", "urged", "#ISR", "2026-10-06"),
     F("#ISR", "agreed", "#LBN", "2024-11")],
    [I("#ISR", "attacked", "#FRA", "two French peacekeepers wounded in a strike on a UN position; dup guard")])

doc("sentences/s08", "2026-11-05", "ULAANBAATAR, Nov 5 (Montsame)", "Montsame",
    ["P:Ukhnaagiin Khurelsukh|Khurelsukh|Ukhnaagiin Khürelsükh@MNG", "P:Narendra Modi|Modi@IND",
     "S:MNG", "S:IND", "O:Montsame", "L:Ulaanbaatar@MNG", "L:New Delhi@IND"],
    [],
    [F("Ukhnaagiin Khurelsukh|Khurelsukh|#MNG", "visited", "New Delhi|#IND", "2026-11-05")],
    [I("Ukhnaagiin Khurelsukh|Khurelsukh|#MNG", "agreed", "Narendra Modi|Modi|#IND", "speculative: expected to sign"),
     I("Ukhnaagiin Khurelsukh|Khurelsukh|#MNG", "met", "Narendra Modi|Modi|#IND", "implied by an expected signing; not reported"),
     I("#MNG", "cooperated", "#IND", "civil nuclear cooperation agreement not yet signed")])

doc("sentences/s09", "2026-02-27", "AMMAN, Feb 27 (Petra)", "Petra",
    ["P:Ayman Safadi|Safadi@JOR", "P:Asaad al-Shaibani|al-Shaibani@SYR", "S:JOR", "S:SYR", "O:Petra",
     "O:Jordan's army|Jordanian army", "L:Amman@JOR"],
    [],
    [F("Ayman Safadi|Safadi|#JOR", "met", "Asaad al-Shaibani|al-Shaibani|#SYR", "2026-02-26", 1),
     F("Ayman Safadi|Safadi|#JOR", "urged", "#SYR|Damascus", "2026-02-26", 1)],
    [I("Asaad al-Shaibani|al-Shaibani", "visited", "Amman|#JOR", "venue-only: met in Amman"),
     I("#JOR|Jordan's army", "attacked", "#SYR", "drones shot down coming from Syria; not force against Syria")])

doc("sentences/s10", "2026-11-30", "ANKARA, Nov 30 (Anadolu)", "Anadolu Agency",
    ["P:Yasar Guler|Guler|Yaşar Güler@TUR", "S:TUR", "S:SYR", "O:Anadolu|Anadolu Agency",
     "O:Syrian army|new Syrian army", "L:Ankara@TUR"],
    [],
    [F("#TUR|Ankara", "supplied", "#SYR|Syrian army", "2026-11-19", 3),
     F("#TUR|Ankara", "agreed", "#SYR|Damascus", "2025-08")],
    [I("#TUR", "cooperated", "#SYR", "training and cooperation agreement named; cooperation implied")])


def main():
    for d in DOCS:
        base = os.path.join(ROOT, d["path"])
        name = os.path.basename(d["path"])
        if not os.path.exists(base + ".txt"):
            raise SystemExit("missing text: " + base + ".txt")
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": name + ".txt", "published": d["published"],
                "source": "written for geokg heldout33 (own text, style of %s)" % d["source"],
                "entities": [ent(e) for e in d["ents"]],
                "forbidden_entities": [("iso3:" + x[1:]) if x.startswith("#") else x for x in d["forbidden"]],
                "facts": d["facts"], "ignore": d["ignore"]}
        with open(base + ".meta.json", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(base + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d documents" % len(DOCS))


if __name__ == "__main__":
    main()

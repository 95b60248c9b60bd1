#!/usr/bin/env python3
"""Holds every heldout29 annotation in compact form and writes NAME.meta.json and NAME.gold.json.

Adapted from heldout28/tools/build_golds.py (same compact notation and output format).

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
    if kind == "state":  # "S:ISO" or "S:ISO|Variant" (a short form the states table lacks)
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


# ====================================================================== articles

# a1 -- Central Asia, Eurasianet, Thu 2026-05-21
TOK = "Kassym-Jomart Tokayev|Tokayev|#KAZ|Astana"
RAH = "Emomali Rahmon|Rahmon|#TJK"
GKNB = "State Committee for National Security|GKNB|#TJK|Dushanbe"
LAV = "Sergei Lavrov|Lavrov|#RUS|Moscow"
EU = "European Union|EU"
doc("articles/a1-centralasia-eurasianet", "2026-05-21",
    "Tajikistan: Tokayev and Rahmon seal water-for-power deal as Afghan border flares", "Eurasianet",
    ["P:Kassym-Jomart Tokayev|Tokayev@KAZ", "P:Emomali Rahmon|Rahmon@TJK", "P:Abdul Qahar Balkhi|Balkhi@AFG",
     "P:Bakhtiyor Saidov|Saidov@UZB", "P:Sergei Lavrov|Lavrov@RUS", "P:Sirojiddin Muhriddin|Muhriddin@TJK",
     "P:Sadyr Japarov|Japarov@KGZ", "P:Aigerim Seitkali|Seitkali@KAZ",
     "S:KAZ", "S:TJK", "S:AFG", "S:UZB", "S:CHN", "S:RUS", "S:KGZ",
     "O:Eurasianet", "O:Kazakh Foreign Ministry|Foreign Ministry of Kazakhstan",
     "O:State Committee for National Security|GKNB", "O:Jamaat Ansarullah", "O:Taliban",
     "O:Islamic State's Khorasan branch|ISKP|Islamic State Khorasan Province",
     "O:Export-Import Bank of China|China Eximbank", "O:Barki Tojik", "O:European Union|EU",
     "O:Ala-Too Finance", "O:Kyrgyzstan's Foreign Ministry|Kyrgyz Foreign Ministry",
     "O:Central Asian Institute for Hydropolitics",
     "L:Dushanbe@TJK", "L:Palace of Nations@TJK", "L:Shamsiddin Shohin@TJK", "L:Badakhshan@AFG",
     "L:Kabul@AFG", "L:Qosh Tepa canal|Qosh Tepa@AFG", "L:Amu Darya@AFG,UZB,TJK", "L:Bishkek@KGZ",
     "L:Cholpon-Ata@KGZ", "L:Almaty@KAZ"],
    ["Farrukh Nazarov", "Akorda press service", "#TKM", "Berdymukhamedov", "#AZE", "#MNG", "Ulaanbaatar",
     "#GEO", "Rustaveli Avenue", "#ARM", "Pashinyan", "Eurasianet Weekly Digest", "Facebook", "Telegram",
     "editors@eurasianet.org"],
    [F(TOK, "visited", "Dushanbe|#TJK", "2026-05-19", 1),
     F(TOK, "met", RAH, "2026-05-20"),
     F(TOK, "agreed", RAH),
     F("#KAZ|Kazakh Foreign Ministry", "supplied", "#TJK", "2026-04"),
     F("#KAZ", "cooperated", "#TJK"),
     F(GKNB, "accused", "Jamaat Ansarullah", "2026-05-17"),
     F("Jamaat Ansarullah", "attacked", "Shamsiddin Shohin|border post|#TJK", by="GKNB"),
     F(RAH, "urged", "Taliban|Taliban authorities|#AFG|Kabul", "2026-05-20"),
     F(RAH, "warned", "Islamic State's Khorasan branch|ISKP|Islamic State Khorasan Province", "2026-05-20"),
     F("Bakhtiyor Saidov|Saidov|#UZB|Tashkent", "warned", "Qosh Tepa canal|Qosh Tepa", "2026-04"),
     F("Export-Import Bank of China|China Eximbank|#CHN", "supplied", "Barki Tojik|#TJK", "2026-03"),
     F(LAV, "visited", "Dushanbe|#TJK", "2026-05-12"),
     F(LAV, "met", "Sirojiddin Muhriddin|Muhriddin|#TJK", "2026-05-12"),
     F(LAV, "accused", EU),
     F(EU, "sanctioned", "Ala-Too Finance", "2026-04"),
     F(EU, "accused", "Ala-Too Finance", "2026-04"),
     F("Kyrgyzstan's Foreign Ministry|Kyrgyz Foreign Ministry|#KGZ|Bishkek", "criticized", EU)],
    [I("#TJK|Dushanbe", "supplied", "#KAZ", "'Tajikistan will send surplus summer electricity': planned under the deal"),
     I(TOK, "met", "Sadyr Japarov|Japarov|#KGZ", "'spoke with Tokayev by phone': phone call, not a meeting"),
     I("Sadyr Japarov|Japarov|#KGZ", "met", RAH, "'is expected to join a trilateral summit': speculative"),
     I("Abdul Qahar Balkhi|Balkhi|Taliban|#AFG", "criticized", GKNB, "'rejected the GKNB's account as baseless': denial; criticized reading debatable"),
     I(TOK, "visited", "Palace of Nations", "venue of the talks inside Dushanbe; venue-only"),
     I("Bakhtiyor Saidov|Saidov|#UZB|Tashkent", "warned", "Taliban|#AFG", "warning is about the canal; a warning to or about the Taliban is implied"),
     I("Jamaat Ansarullah", "attacked", "Tajik guards|#TJK", "dup guard for the alleged border-post attack")])

# a2 -- Maghreb, Hespress English, Fri 2026-03-13
ALB = "José Manuel Albares|Albares|#ESP|Madrid"
BOU = "Nasser Bourita|Bourita|#MAR|Rabat"
POL = "Polisario|Polisario Front|Polisario militias|Frente Polisario"
GHA = "Brahim Ghali|Ghali|Polisario"
DEM = "Staffan de Mistura|de Mistura|United Nations|UN"
doc("articles/a2-maghreb-hespress", "2026-03-13",
    "Bourita, Albares sign migration pact in Rabat as Polisario steps up attacks near Mahbes", "Hespress English",
    ["P:José Manuel Albares|Albares@ESP", "P:Nasser Bourita|Bourita@MAR", "P:Brahim Ghali|Ghali@ESH",
     "P:Staffan de Mistura|de Mistura@ITA,SWE", "P:Abdelfattah Lahlou|Lahlou@MAR",
     "S:ESP", "S:MAR", "S:DZA", "S:IRN", "S:USA", "S:ESH",
     "O:Hespress English|Hespress", "O:Polisario|Polisario Front|Polisario militias",
     "O:Royal Armed Forces|FAR", "O:Ministry of Foreign Affairs|Algerian Ministry of Foreign Affairs",
     "O:United Nations|UN", "O:European Union|EU", "O:EU Court of Justice|Court of Justice of the European Union",
     "O:US embassy", "O:Mohammed V University",
     "L:Rabat@MAR", "L:Mahbes@MAR,ESH", "L:Tifariti@ESH", "L:Tindouf@DZA", "L:Algiers@DZA",
     "L:Canary Islands@ESP"],
    ["Karim El Ouazzani", "MAP", "#NGA", "#EGY", "Sisi", "Wydad Casablanca", "Casablanca", "Marrakech", "Fez",
     "Rif", "#MRT", "Bir Moghrein", "Hespress Morning Newsletter", "Facebook", "WhatsApp", "LinkedIn",
     "contact@hespress.com"],
    [F(ALB, "visited", "Rabat|#MAR", "2026-03-12"),
     F(ALB, "met", BOU),
     F(ALB, "agreed", BOU),
     F("#ESP|Madrid", "cooperated", "#MAR|Rabat"),
     F(BOU, "accused", "#DZA|Algiers"),
     F("#DZA|Algiers", "supplied", POL, by="Bourita"),
     F(POL, "attacked", "Mahbes|#MAR", "2026-03-09"),
     F("Royal Armed Forces|FAR|#MAR|Rabat", "attacked", POL, "2026-03-10"),
     F("Ministry of Foreign Affairs|#DZA|Algiers", "criticized", "#MAR|Rabat", "2026-03-12"),
     F(ALB, "urged", "#DZA|Algiers"),
     F(ALB, "urged", "#MAR|Rabat"),
     F(GHA, "threatened", "#MAR|Rabat", "2026-03-08"),
     F(DEM, "visited", "Tindouf|#DZA", "2026-03-05", 3),
     F(DEM, "met", GHA, "2026-03-05", 3),
     F("#USA|US embassy", "supplied", "#MAR", "2026-02"),
     F("European Union|EU", "agreed", "#MAR", "2026-01")],
    [I("#IRN", "supplied", POL, "'Iranian-made drones': origin of the weapons, supply by Iran implied"),
     I(ALB, "visited", "Algiers|#DZA", "'is due to travel to Algiers next month': planned"),
     I("Ministry of Foreign Affairs|#DZA|Algiers", "criticized", BOU, "'rejected Bourita's remarks as fabrications': denial; target is Rabat"),
     I("Royal Armed Forces|FAR|#MAR|Rabat", "attacked", "Tifariti", "dup guard: strike on a Polisario vehicle near Tifariti"),
     I("#DZA|Algiers", "supplied", "#ESP|Madrid", "'relies on Algerian gas': background trade, supply reading implied"),
     I("#DZA|Algiers", "met", DEM, "'Algeria has refused to join' the roundtable talks: negated")])

# a3 -- Andes, MercoPress, Wed 2026-07-15
PAZ = "Rodrigo Paz|Paz|#BOL|La Paz"
KAS = "José Antonio Kast|Kast|#CHL|Santiago"
NOB = "Daniel Noboa|Noboa|#ECU"
doc("articles/a3-andes-mercopress", "2026-07-15",
    "Paz in Santiago: Bolivia and Chile agree to restore ambassadors after 48 years", "MercoPress",
    ["P:Rodrigo Paz|Paz@BOL", "P:José Antonio Kast|Kast@CHL", "P:Evo Morales|Morales@BOL", "P:Daniel Noboa|Noboa@ECU",
     "P:Marcela Riquelme|Riquelme@CHL",
     "S:BOL", "S:CHL", "S:PER", "S:ECU", "S:COL", "S:VEN", "S:USA", "S:CHN",
     "O:MercoPress|MercoPress, South Atlantic News Agency", "O:International Court of Justice|ICJ", "O:Codelco",
     "O:Yacimientos de Litio Bolivianos|YLB", "O:Tren de Aragua", "O:Carabineros", "O:Bolivian police",
     "O:Chilean Interior Ministry|Interior Ministry", "O:Peru's Foreign Ministry|Peruvian Foreign Ministry",
     "O:Los Lobos", "O:Attorney General's Office|Ecuador's Attorney General's Office", "O:Clan del Golfo",
     "O:US embassy", "O:Pontificia Universidad Católica de Chile", "O:Ecuador's armed forces",
     "L:Santiago@CHL", "L:La Moneda@CHL", "L:Uyuni@BOL", "L:Chacalluta@CHL", "L:Desaguadero@PER,BOL",
     "L:Lake Titicaca@PER,BOL", "L:Lima@PER", "L:El Oro@ECU", "L:Quito@ECU", "L:Antofagasta@CHL"],
    ["Presidencia de Chile", "Falklands", "Stanley", "#URY", "#PRY", "Hidrovía", "#BRA", "Lula", "Foz do Iguaçu",
     "Mercosur", "#ARG", "Milei", "CCAMLR", "#ATA", "MercoPress Daily Digest", "Montevideo", "Facebook", "WhatsApp",
     "info@mercopress.com"],
    [F(PAZ, "visited", "Santiago|#CHL", "2026-07-13", 1),
     F(PAZ, "met", KAS, "2026-07-14"),
     F(PAZ, "agreed", KAS),
     F("Codelco", "agreed", "Yacimientos de Litio Bolivianos|YLB", "2026-07-14"),
     F(KAS, "urged", "#BOL|La Paz", "2026-07-14"),
     F(KAS, "accused", "Tren de Aragua", "2026-07-14"),
     F("#CHL|Santiago", "cooperated", "#BOL|La Paz"),
     F("Carabineros|#CHL", "supplied", "Bolivian police|#BOL", "2026-06"),
     F("Peru's Foreign Ministry|#PER|Lima", "criticized", "#CHL|Santiago", "2026-07-14"),
     F("#PER|Lima", "cooperated", "#BOL|La Paz"),
     F(NOB, "visited", "Lima|#PER", "2026-07-09", 3),
     F(NOB, "agreed", "#PER|Lima", "2026-07-09", 3),
     F("Los Lobos", "attacked", "El Oro|military convoy|#ECU", "2026-07-02"),
     F("Clan del Golfo", "supplied", "Los Lobos", by="Attorney General's Office"),
     F("#USA|US embassy", "supplied", "Ecuador's armed forces|#ECU", "2026-06")],
    [I(PAZ, "urged", KAS, "'Paz did not raise the maritime demand in public': negated"),
     I(PAZ, "visited", "Antofagasta", "'is expected to travel to ... Antofagasta': speculative"),
     I("Evo Morales|Morales|#BOL", "visited", "#CHL", "'since Evo Morales attended a regional summit in 2006': implied background visit"),
     I("Yacimientos de Litio Bolivianos|YLB", "agreed", "#CHN|Chinese consortium", "cancelled contract with a Chinese consortium: background, not an agreement event"),
     I(KAS, "accused", "#VEN", "'the Venezuelan gang Tren de Aragua': accusation targets the gang, not the state"),
     I("Attorney General's Office|#ECU", "accused", "Clan del Golfo", "'says the explosives were supplied by': accusation implied by the alleged supply"),
     I("Clan del Golfo", "supplied", "#ECU", "dup guard: recipient is Los Lobos")])

# a4 -- Western Balkans, Balkan Insight, Thu 2026-09-24
SOR = "Peter Sorensen|Sorensen|Peter Sørensen|European Union|EU"
VUC = "Aleksandar Vucic|Vucic|Aleksandar Vučić|#SRB|Belgrade"
KUR = "Albin Kurti|Kurti|#XKX|Pristina"
DOD = "Milorad Dodik|Dodik"
doc("articles/a4-balkans-balkaninsight", "2026-09-24",
    "EU Envoy Shuttles Between Belgrade and Pristina After Jarinje Ambush", "Balkan Insight",
    ["P:Peter Sorensen|Sorensen|Peter Sørensen@DNK", "P:Aleksandar Vucic|Vucic|Aleksandar Vučić@SRB",
     "P:Albin Kurti|Kurti@XKX", "P:Milorad Dodik|Dodik@BIH", "P:Vladimir Putin|Putin@RUS",
     "P:Christian Schmidt|Schmidt@DEU,BIH", "P:Milojko Spajic|Spajic|Milojko Spajić@MNE", "P:Marta Kos|Kos@SVN",
     "P:Jelena Vukadinovic|Vukadinovic@SRB",
     "S:SRB", "S:XKX", "S:CHN", "S:ALB", "S:HRV", "S:BIH|Bosnia", "S:RUS", "S:MNE",
     "O:Balkan Insight|BIRN|Balkan Investigative Reporting Network", "O:EU|European Union", "O:EU Office in Kosovo",
     "O:Northern Guard", "O:Kosovo Police", "O:Serbia's Foreign Ministry|Serbian Foreign Ministry",
     "O:Serbian Defence Ministry|Defence Ministry", "O:KFOR", "O:NATO", "O:Belgrade Centre for Security Policy",
     "L:Belgrade@SRB", "L:Pristina@XKX", "L:Jarinje@XKX", "L:Leposavic@XKX", "L:Zvecan@XKX",
     "L:Republika Srpska@BIH", "L:Moscow@RUS", "L:Podgorica@MNE"],
    ["Dragana Ilić", "Arben Morina", "Valon Gashi", "#BGR", "#ROU", "#MKD", "#MDA", "Chisinau", "#HUN", "Orban",
     "Lake Balaton", "#GRC", "Evros River", "BIRN Daily Digest", "Facebook", "Instagram", "YouTube",
     "Kneza Milosa 4", "office@birn.rs"],
    [F(SOR, "visited", "Belgrade|#SRB", "2026-09-21"),
     F(SOR, "met", VUC, "2026-09-21"),
     F(SOR, "visited", "Pristina|#XKX", "2026-09-22"),
     F(SOR, "met", KUR),
     F(SOR, "urged", "#SRB|Belgrade"),
     F(SOR, "urged", "#XKX|Pristina"),
     F("Northern Guard", "attacked", "Kosovo Police|#XKX", "2026-09-20"),
     F(KUR, "accused", "#SRB|Belgrade", "2026-09-22"),
     F("#SRB|Belgrade|Serbian state", "supplied", "Northern Guard", by="Kurti"),
     F("Serbia's Foreign Ministry|Serbian Foreign Ministry|#SRB|Belgrade", "criticized", KUR),
     F("#CHN", "supplied", "#SRB", "2026-08"),
     F("#XKX", "agreed", "#ALB", "2025-03"),
     F("#XKX", "agreed", "#HRV", "2025-03"),
     F(DOD, "visited", "Moscow|#RUS", "2026-09-17", 3),
     F(DOD, "met", "Vladimir Putin|Putin|#RUS", "2026-09-17", 3),
     F("Christian Schmidt|Schmidt|High Representative", "criticized", DOD),
     F("Milojko Spajic|Spajic|Milojko Spajić|#MNE", "met", "Marta Kos|Kos|European Union|EU", "2026-09-23")],
    [I("Marta Kos|Kos", "visited", "Podgorica|#MNE", "venue-only: 'met ... in Podgorica'"),
     I(VUC, "criticized", "#XKX|#ALB|#HRV", "'described as a military alliance directed against Serbia': target is the declaration; criticized reading debatable"),
     I("#XKX", "cooperated", "#ALB", "'defence cooperation declaration': cooperation reading debatable; scored as agreed"),
     I("#XKX", "cooperated", "#HRV", "'defence cooperation declaration': cooperation reading debatable; scored as agreed"),
     I("#ALB", "agreed", "#HRV", "three-way declaration; the Albania-Croatia pair is implied"),
     I("#SRB|Belgrade", "attacked", "Kosovo Police", "Kurti's charge that Serbia 'stood behind' the attack; attack by Serbia implied"),
     I("Kosovo Police|#XKX", "attacked", "Leposavic|Zvecan|Serbs", "'police raids': attacked reading debatable"),
     I(VUC, "criticized", KUR, "Vucic's reply is a denial; the criticism is by the Foreign Ministry (dup guard via Serbia)")])

# a5 -- Korea/Japan, Korea JoongAng Daily, Fri 2026-10-30
TAK = "Sanae Takaichi|Takaichi|#JPN|Tokyo"
LEE = "Lee Jae-myung|Lee Jae Myung|Lee|#KOR|Seoul"
KYJ = "Kim Yo-jong|Kim Yo Jong|#PRK|Pyongyang"
NK = "#PRK|Pyongyang|the North"
TRE = "U.S. Treasury Department|Treasury Department|US Treasury|#USA|Washington"
doc("articles/a5-korea-joongang", "2026-10-30",
    "Lee, Takaichi sign intelligence and hydrogen deals as North fires at DMZ guard post", "Korea JoongAng Daily",
    ["P:Lee Jae-myung|Lee Jae Myung|Lee@KOR", "P:Sanae Takaichi|Takaichi@JPN", "P:Kim Yo-jong|Kim Yo Jong@PRK",
     "P:Kim Jong-un|Kim Jong Un@PRK", "P:Cho Hyun@KOR", "P:Wang Yi@CHN", "P:Choe Son-hui|Choe Son Hui@PRK",
     "P:Sergei Shoigu|Shoigu@RUS", "P:Park Min-gyu@KOR",
     "S:KOR", "S:JPN", "S:PRK", "S:RUS", "S:CHN", "S:USA",
     "O:Korea JoongAng Daily|JoongAng Daily", "O:Joint Chiefs of Staff|JCS",
     "O:Korean Central News Agency|KCNA", "O:National Intelligence Service|NIS",
     "O:U.S. Treasury Department|Treasury Department|US Treasury", "O:Shenyang Goldtree Trading",
     "O:Asan Institute for Policy Studies",
     "L:Seoul@KOR", "L:Yongsan@KOR", "L:demilitarized zone|DMZ@KOR,PRK", "L:East Sea|Sea of Japan@KOR,PRK,JPN",
     "L:Sunan@PRK", "L:Pyongyang@PRK", "L:Dokdo@KOR", "L:Busan@KOR"],
    ["Lee Seo-yeon", "lee.seoyeon@joongang.co.kr", "Joint Press Corps", "BTS", "Jin", "Incheon",
     "Samsung Electronics", "#MNG", "Hybe", "Min Hee-jin", "Kong-rey", "Jeju", "JoongAng Daily Morning Briefing",
     "Facebook", "KakaoTalk", "Sangam-dong", "Mapo-gu"],
    [F(TAK, "visited", "Seoul|#KOR", "2026-10-29", 1),
     F(TAK, "met", LEE, "2026-10-30"),
     F(TAK, "agreed", LEE),
     F(LEE, "urged", NK),
     F(TAK, "urged", NK),
     F("#PRK|North Korean troops|Pyongyang", "attacked", "South Korean guard post|guard post|#KOR", "2026-10-27"),
     F(KYJ, "threatened", "#KOR|Seoul", "2026-10-29"),
     F(KYJ, "criticized", TAK, "2026-10-29"),
     F(NK, "supplied", "#RUS|Moscow", by="National Intelligence Service"),
     F("#JPN|Tokyo", "cooperated", "#KOR|Seoul"),
     F("Cho Hyun|#KOR|Seoul", "criticized", "#JPN|Tokyo", "2026-10-22", 3),
     F("Wang Yi|#CHN", "visited", "Pyongyang|#PRK", "2026-09"),
     F("Wang Yi|#CHN", "met", "Choe Son-hui|Choe Son Hui|#PRK", "2026-09"),
     F("Kim Jong-un|Kim Jong Un|#PRK", "met", "Sergei Shoigu|Shoigu|#RUS", "2026-10-20"),
     F(TRE, "sanctioned", "Shenyang Goldtree Trading", "2026-10-26")],
    [I(NK, "attacked", "East Sea|#KOR|#JPN", "missile launch into the sea: a test, not force against a target"),
     I("#KOR|Seoul", "attacked", "#PRK", "'fired warning shots in response': not an attack"),
     I(TAK, "visited", "Busan", "'is scheduled to visit Busan on Saturday': planned"),
     I(LEE, "visited", "#JPN|Tokyo", "'is expected to make a return trip to Japan': speculative"),
     I("Sergei Shoigu|Shoigu|#RUS", "visited", "Pyongyang|#PRK", "venue-only: 'met ... in Pyongyang'"),
     I(TRE, "sanctioned", "#PRK", "'North Korean IT workers': state-level reading implied"),
     I(TRE, "accused", "Shenyang Goldtree Trading", "'which it said laundered': accusation implied in the sanction rationale"),
     I(NK, "criticized", "National Intelligence Service|NIS|#KOR", "'dismissed as a fabrication': denial")])

# a6 -- Arctic, High North News, Tue 2026-11-17
RAS = "Lars Løkke Rasmussen|Rasmussen|Lars Lokke Rasmussen|#DNK|Copenhagen"
NIE = "Jens-Frederik Nielsen|Nielsen|#GRL|Nuuk"
ZAK = "Maria Zakharova|Zakharova|Russian Foreign Ministry|#RUS|Moscow"
EID = "Espen Barth Eide|Eide|#NOR|Oslo"
NOR = "#NOR|Oslo"
RUS = "#RUS|Moscow"
doc("articles/a6-arctic-highnorthnews", "2026-11-17",
    "Danish Foreign Minister in Nuuk as Moscow Steps Up Svalbard Rhetoric", "High North News",
    ["P:Lars Løkke Rasmussen|Rasmussen|Lars Lokke Rasmussen@DNK", "P:Jens-Frederik Nielsen|Nielsen@GRL,DNK",
     "P:Donald Trump|Trump@USA", "P:Maria Zakharova|Zakharova@RUS", "P:Espen Barth Eide|Eide@NOR",
     "P:Kristrún Frostadóttir|Frostadóttir|Kristrun Frostadottir@ISL", "P:Mark Rutte|Rutte@NLD",
     "P:Marco Rubio|Rubio@USA", "P:Rasmus Dahl-Pedersen|Dahl-Pedersen@NOR",
     "S:DNK", "S:GRL", "S:USA", "S:RUS", "S:NOR", "S:UKR", "S:ISL", "S:CHN", "S:CAN",
     "O:High North News", "O:Joint Arctic Command", "O:Danish Ministry of Defence", "O:Russian Foreign Ministry",
     "O:Ukrainian navy", "O:Norebo", "O:Murman Seafood", "O:Joint Norwegian-Russian Fisheries Commission",
     "O:NATO", "O:Norwegian Joint Headquarters", "O:Arctic Institute of Security Studies",
     "L:Nuuk@GRL", "L:Kangerlussuaq@GRL", "L:Svalbard@NOR", "L:Finnmark@NOR", "L:Kola Peninsula@RUS",
     "L:Jan Mayen@NOR", "L:Reykjavik@ISL", "L:Keflavik@ISL", "L:Alaska@USA", "L:Tromsø|Tromso@NOR",
     "L:Iqaluit@CAN"],
    ["Siri Mortensen Lund", "Ritzau Scanpix", "#FRO", "EU", "#FIN", "#SWE", "Longyearbyen", "Murmansk",
     "Northern Sea Route", "HNN Arctic Weekly", "Facebook", "LinkedIn", "Nord University",
     "High North Center for Business and Governance", "Bodø", "redaksjonen@highnorthnews.com"],
    [F(RAS, "visited", "Nuuk|#GRL", "2026-11-16"),
     F(RAS, "met", NIE, "2026-11-16"),
     F(RAS, "agreed", NIE),
     F("#DNK|Danish Ministry of Defence|Copenhagen", "supplied", "Joint Arctic Command", "2026-10"),
     F(NIE, "criticized", "Donald Trump|Trump|#USA|Washington", "2026-11-16"),
     F(ZAK, "accused", NOR, "2026-11-13"),
     F(NOR, "supplied", "Ukrainian navy|#UKR", by="Zakharova"),
     F(EID, "criticized", RUS),
     F(NOR, "sanctioned", "Norebo", "2025-07"),
     F(NOR, "sanctioned", "Murman Seafood", "2025-07"),
     F(RUS, "threatened", NOR, "2025-08"),
     F(NOR, "agreed", RUS, "2026-10"),
     F(NOR, "cooperated", "#DNK|Copenhagen"),
     F("Kristrún Frostadóttir|Frostadóttir|Kristrun Frostadottir|#ISL", "met", "Mark Rutte|Rutte|NATO", "2026-11-12", 3),
     F("Marco Rubio|Rubio|#USA|Washington", "warned", "#CHN", "2026-10")],
    [I("#RUS|Russian military units", "attacked", "Finnmark|#NOR", "GPS jamming attributed to Russian units: not force; attacked reading debatable"),
     I(RAS, "visited", "Iqaluit|#CAN", "'is expected to travel on to Iqaluit': speculative"),
     I(EID, "criticized", "Maria Zakharova|Zakharova", "'rejected the accusations': denial; the criticism targets Russia"),
     I(NOR, "sanctioned", RUS, "'Russian fishing companies': state-level reading implied"),
     I("Donald Trump|Trump|#USA|Washington", "threatened", "#GRL|#DNK", "'talk of acquiring the island': threat reading implied"),
     I("#CHN", "visited", "Alaska|#USA", "'icebreakers operating near Alaska': not a visit"),
     I("#DNK|Copenhagen", "cooperated", "#GRL|Nuuk", "'a united front': cooperation reading implied"),
     I(ZAK, "accused", "#UKR|Ukrainian navy", "the accusation targets Norway; Ukraine is the alleged recipient"),
     I("Mark Rutte|Rutte|NATO", "visited", "Reykjavik|#ISL", "venue-only: 'met ... in Reykjavik'")])

# ====================================================================== govdocs

# g1 -- kremlin.ru readout, Thu 2026-06-18
PUT = "Vladimir Putin|Putin|#RUS|Kremlin|Moscow"
PRA = "Prabowo Subianto|Prabowo|Mr Prabowo|#IDN|Jakarta"
doc("govdocs/g1-kremlin-readout", "2026-06-18",
    "Vladimir Putin held talks in the Kremlin with President of the Republic of Indonesia Prabowo Subianto, "
    "who is in Russia on an official visit", "President of Russia (kremlin.ru)",
    ["P:Vladimir Putin|Putin@RUS", "P:Prabowo Subianto|Prabowo@IDN", "P:Sergei Lavrov|Lavrov@RUS",
     "P:Andrei Belousov|Belousov@RUS", "P:Yury Ushakov|Ushakov@RUS", "P:Alexei Likhachev|Likhachev@RUS",
     "P:Sugiono@IDN", "P:Sjafrie Sjamsoeddin|Sjafrie@IDN",
     "S:RUS", "S:IDN", "S:ISR",
     "O:State Atomic Energy Corporation Rosatom|Rosatom", "O:PT PLN (Persero)|PLN|PT PLN", "O:European Union|EU",
     "O:St Petersburg International Economic Forum|SPIEF",
     "L:Kremlin|The Kremlin@RUS", "L:Moscow@RUS", "L:Tomb of the Unknown Soldier@RUS", "L:St Petersburg@RUS",
     "L:Gaza|Gaza Strip@PSE"],
    [],
    [F(PRA, "visited", "#RUS|Moscow", "2026-06-18", 1),
     F(PUT, "met", PRA, "2026-06-18"),
     F(PUT, "agreed", PRA, "2026-06-18"),
     F("State Atomic Energy Corporation Rosatom|Rosatom", "agreed", "PT PLN (Persero)|PLN|PT PLN", "2026-06-18"),
     F("Sergei Lavrov|Lavrov", "agreed", "Sugiono", "2026-06-18"),
     F("#RUS", "cooperated", "#IDN"),
     F("#RUS", "supplied", "#IDN", "2025"),
     F("Andrei Belousov|Belousov", "met", "Sjafrie Sjamsoeddin|Sjafrie", "2026-06-17"),
     F(PUT, "criticized", "European Union|EU", "2026-06-18"),
     F(PRA, "visited", "St Petersburg", "2025"),
     F(PRA, "urged", "#ISR", "2026-06-18"),
     F("#IDN", "supplied", "Gaza|Gaza Strip|#PSE")],
    [I(PRA, "visited", "Tomb of the Unknown Soldier|Kremlin Wall", "wreath-laying inside the Moscow visit; venue-only"),
     I(PUT, "visited", "#IDN", "'invitation has been accepted': future visit, speculative"),
     I(PRA, "visited", "St Petersburg International Economic Forum|SPIEF", "'invited ... to take part ... next year': planned"),
     I("Sergei Lavrov|Lavrov", "met", "Sugiono", "meeting implied by the signing and delegation membership"),
     I("Andrei Belousov|Belousov|#RUS", "cooperated", "Sjafrie Sjamsoeddin|Sjafrie|#IDN", "'talks ... on military-technical cooperation': topic of talks, cooperation reading implied"),
     I("European Union|EU", "sanctioned", "#RUS", "'unilateral restrictions imposed by the European Union': target not stated"),
     I(PRA, "cooperated", PUT, "dup guard: 'agreed today to open a new chapter in our cooperation' (state pair is a fact)")])

# g2 -- Indian MEA weekly briefing, Thu 2026-09-10
JAI = "S. Jaishankar|Jaishankar|S Jaishankar|External Affairs Minister|#IND"
KHA = "Abdulla Khaleel|Khaleel|#MDV"
JAS = "Randhir Jaiswal|Jaiswal|Official Spokesperson|#IND"
DOV = "Ajit Doval|Doval|#IND"
doc("govdocs/g2-mea-briefing", "2026-09-10",
    "Transcript of Weekly Media Briefing by the Official Spokesperson (September 10, 2026)",
    "Ministry of External Affairs, Government of India",
    ["P:Randhir Jaiswal|Jaiswal@IND", "P:Abdulla Khaleel|Khaleel@MDV", "P:S. Jaishankar|Jaishankar|S Jaishankar@IND",
     "P:Ajit Doval|Doval@IND", "P:Wang Yi@CHN", "P:Narendra Modi|Modi@IND", "P:Mohamed Muizzu|Muizzu@MDV",
     "S:IND", "S:MDV", "S:AFG", "S:MLI", "S:CHN", "S:PAK", "S:USA", "S:IRN", "S:LKA",
     "O:Maldives National Defence Force|MNDF", "O:JNIM", "O:Pakistan's Foreign Office|Foreign Office",
     "O:US Treasury", "O:WION", "O:Times Now", "O:CNN-News18", "O:The Hindu",
     "L:New Delhi@IND", "L:Kunar@AFG", "L:Kayes@MLI", "L:Bamako@MLI", "L:Beijing@CHN", "L:Balochistan@PAK"],
    ["Sidhant", "Rishabh", "Maha", "Kallol"],
    [F(KHA, "visited", "#IND|New Delhi", "2026-09-08", 1),
     F(JAI, "met", KHA, "2026-09-09"),
     F(JAI, "agreed", KHA),
     F("#IND", "cooperated", "#MDV"),
     F("#IND", "supplied", "Maldives National Defence Force|MNDF|#MDV"),
     F("#IND", "supplied", "#AFG", "2026-09-07"),
     F("#IND|Randhir Jaiswal|Jaiswal|Official Spokesperson", "criticized", "JNIM", "2026-09-10"),
     F("JNIM", "attacked", "Kayes|cement plant|#MLI", "2026-09-06"),
     F(DOV, "visited", "Beijing|#CHN", "2026-09-03", 3),
     F(DOV, "met", "Wang Yi|#CHN", "2026-09-03", 3),
     F(DOV, "agreed", "Wang Yi|#CHN"),
     F(JAS, "urged", "#PAK", "2026-09-10"),
     F(KHA, "met", "Narendra Modi|Modi", "2026-09-10")],
    [I(JAI, "visited", "#LKA", "'will be travelling to Sri Lanka from 13-14 September': planned"),
     I("Pakistan's Foreign Office|Foreign Office|#PAK", "accused", "#IND", "question-only claim"),
     I("US Treasury|#USA", "sanctioned", "#IND|Indian shipping companies", "question-only claim"),
     I("#CHN", "supplied", "#PAK", "question-only claim ('There are reports')"),
     I(JAS, "criticized", "#PAK", "'We reject these baseless allegations': rejection; criticized reading debatable"),
     I(JAS, "accused", "#PAK", "'The world knows where the epicentre of terrorism lies': insinuation; accused reading implied"),
     I(KHA, "urged", "Narendra Modi|Modi", "'called on Prime Minister' is a courtesy call, not a request"),
     I("Narendra Modi|Modi", "met", "Mohamed Muizzu|Muizzu", "question-only; greetings conveyed, no meeting"),
     I("#IND", "cooperated", "#MLI", "embassy 'in close touch with the Malian authorities': cooperation reading debatable")])

# g3 -- AU PSC communique, Wed 2026-11-04
AU = "Peace and Security Council|PSC|Council|African Union|AU|Peace and Security Council of the African Union"
RSF = "Rapid Support Forces|RSF"
SAF = "Sudanese Armed Forces|SAF|#SDN"
YOU = "Mahmoud Ali Youssouf|Youssouf|AU Commission|African Union Commission"
doc("govdocs/g3-au-psc-communique", "2026-11-04",
    "Communiqué of the 1342nd meeting of the Peace and Security Council on the situation in the Republic of the Sudan",
    "African Union Peace and Security Council",
    ["P:Miguel César Domingos Bembe|Bembe@AGO", "P:Bankole Adeoye|Adeoye@NGA", "P:Mahmoud Ali Youssouf|Youssouf@DJI",
     "P:Abdel Fattah al-Burhan|al-Burhan|Burhan@SDN",
     "S:SDN", "S:AGO", "S:ARE", "S:SAU", "S:QAT", "S:TCD", "S:SSD", "S:EGY", "S:ETH",
     "O:Peace and Security Council|PSC", "O:African Union|AU", "O:Rapid Support Forces|RSF",
     "O:Intergovernmental Authority on Development|IGAD", "O:Sudanese Armed Forces|SAF",
     "O:United Nations Security Council|UN Security Council", "O:United Nations|UN", "O:Tasis alliance|Tasis",
     "O:AU Commission|African Union Commission", "O:Transitional Sovereignty Council",
     "O:League of Arab States|Arab League", "O:AU High-Level Panel on Sudan",
     "L:Addis Ababa@ETH", "L:El Fasher@SDN", "L:El Obeid@SDN", "L:Nyala@SDN", "L:Kadugli@SDN", "L:Dilling@SDN",
     "L:Port Sudan@SDN"],
    [],
    [F("#SDN|representative of the Republic of the Sudan", "accused", RSF, "2026-11-04"),
     F(AU, "criticized", RSF, "2026-11-04"),
     F(RSF, "attacked", "El Obeid|El Obeid Teaching Hospital|#SDN", "2026-10-28"),
     F(AU, "criticized", SAF, "2026-11-04"),
     F(SAF, "attacked", "Nyala|central market in Nyala", "2026-10-30"),
     F(AU, "urged", SAF, "2026-11-04"),
     F(AU, "urged", RSF, "2026-11-04"),
     F("#SDN|Government of Sudan", "accused", "#ARE"),
     F("#ARE", "supplied", RSF, by="Government of Sudan"),
     F(AU, "warned", "Tasis alliance|Tasis|RSF-led Tasis alliance", "2026-11-04"),
     F(YOU, "visited", "Port Sudan|#SDN", "2026-10-25"),
     F(YOU, "met", "Abdel Fattah al-Burhan|al-Burhan|Burhan|Transitional Sovereignty Council|#SDN", "2026-10-25"),
     F("#SAU", "supplied", "Sudanese refugees|#TCD|#SDN"),
     F("#QAT", "supplied", "Sudanese refugees|#TCD|#SDN")],
    [I(AU, "urged", YOU, "'Requests the Chairperson of the Commission': internal tasking of the AU's own organ; urged reading debatable"),
     I(AU, "urged", "AU High-Level Panel on Sudan", "internal tasking; the requested visit is conditional"),
     I("AU High-Level Panel on Sudan", "visited", "Port Sudan|Nyala|#SDN", "'should conditions permit': conditional, planned"),
     I("United Nations Security Council|UN Security Council", "sanctioned", "#SDN", "arms embargo is background, not an imposition event in this text"),
     I(AU, "cooperated", "Intergovernmental Authority on Development|IGAD|United Nations|UN|League of Arab States", "consultations requested: planned"),
     I("#TCD|#SSD|#EGY", "supplied", "Sudanese refugees|refugees|#SDN", "hosting refugees is not a supply"),
     I(AU, "sanctioned", "#SDN", "suspension from AU activities: not a sanction in the scored sense"),
     I(AU, "criticized", "#ARE", "'takes note of the allegations': no criticism by the Council itself"),
     I(AU, "urged", "Member States|external actors", "'calls on all Member States and external actors': no named target")])

# g4 -- German Federal Foreign Office, Wed 2026-04-22
WAD = "Johann Wadephul|Wadephul|Foreign Minister Wadephul|#DEU"
SYB = "Andrii Sybiha|Sybiha|#UKR|Kyiv"
RUSK = "#RUS|Moscow|Kremlin"
doc("govdocs/g4-german-ffo", "2026-04-22",
    "Foreign Minister Wadephul in Kyiv: \"Germany stands by Ukraine – today and tomorrow\"",
    "German Federal Foreign Office (Auswärtiges Amt)",
    ["P:Johann Wadephul|Wadephul@DEU", "P:Andrii Sybiha|Sybiha@UKR", "P:Volodymyr Zelenskyy|Zelenskyy|Zelensky@UKR",
     "S:DEU", "S:UKR", "S:RUS", "S:BLR", "S:MDA",
     "O:Federal Foreign Office|Auswärtiges Amt", "O:KfW Development Bank|KfW", "O:Ukrenergo", "O:European Union|EU",
     "L:Kyiv@UKR", "L:Bila Tserkva@UKR", "L:Chisinau@MDA"],
    ["Werderscher Markt 1", "presse@diplo.de", "+49 30 1817-2424"],
    [F(WAD, "visited", "Kyiv|#UKR", "2026-04-22"),
     F(WAD, "met", SYB, "2026-04-22"),
     F(WAD, "agreed", SYB, "2026-04-22"),
     F("KfW Development Bank|KfW", "supplied", "Ukrenergo", "2026-04-22"),
     F(WAD, "visited", "Bila Tserkva|substation", "2026-04-22"),
     F(RUSK, "attacked", "Bila Tserkva|substation", "2026-03"),
     F(RUSK, "attacked", "#UKR|Ukraine's energy infrastructure", "2026-04-21", 1),
     F("#DEU", "supplied", "#UKR", "2026-04"),
     F("#DEU", "cooperated", "#UKR"),
     F(WAD, "urged", RUSK, "2026-04-22"),
     F(WAD, "criticized", RUSK, "2026-04-22"),
     F(WAD, "criticized", "#BLR", "2026-04-22"),
     F("European Union|EU", "sanctioned", RUSK, "2026-04-20")],
    [I(WAD, "met", "Volodymyr Zelenskyy|Zelenskyy|Zelensky", "'is due to meet ... later today': planned"),
     I(WAD, "visited", "Chisinau|#MDA", "'will travel on to Chisinau': planned"),
     I(WAD, "met", "#MDA|Government of the Republic of Moldova", "planned talks in Chisinau"),
     I(WAD, "accused", RUSK, "'Russia tried to freeze the people of Ukraine': stated as fact; accused reading debatable"),
     I("#BLR", "supplied", RUSK, "'make its territory and its airspace available': supply reading implied")])

# g5 -- Council of the EU restrictive measures, Thu 2026-10-08
EUC = "Council of the EU|Council|Council of the European Union|European Union|EU"
KAL = "Kaja Kallas|Kallas|High Representative|European Union|EU"
LISTED = [
    "Denis Aleksandrovich Kuzmin|Kuzmin|Denis Kuzmin|Colonel Denis Aleksandrovich Kuzmin",
    "Artyom Valeryevich Lisitsyn|Lisitsyn|Artyom Lisitsyn",
    "Yelena Sergeyevna Markova|Markova|Yelena Markova",
    "Aslan Ruslanovich Dzhabrailov|Dzhabrailov|Aslan Dzhabrailov",
    "Viktor Nikolayevich Gorbunov|Gorbunov|Viktor Gorbunov",
    "Sever-Navigatsiya LLC|Sever-Navigatsiya",
    "Yantar-Signal Radioelectronic Plant|Yantar-Signal",
    "Harbor Star Shipping FZE|Harbor Star Shipping",
    "Pravda Baltiki|Pravda Baltiki network",
]
doc("govdocs/g5-eu-council-sanctions", "2026-10-08",
    "Russian hybrid threats: Council sanctions five individuals and four entities over sabotage, GNSS interference "
    "and election meddling", "Council of the European Union",
    ["P:Denis Aleksandrovich Kuzmin|Kuzmin|Denis Kuzmin@RUS", "P:Artyom Valeryevich Lisitsyn|Lisitsyn@RUS",
     "P:Yelena Sergeyevna Markova|Markova@RUS", "P:Aslan Ruslanovich Dzhabrailov|Dzhabrailov@RUS",
     "P:Viktor Nikolayevich Gorbunov|Gorbunov@RUS", "P:Kaja Kallas|Kallas@EST",
     "S:RUS", "S:POL", "S:EST", "S:LVA", "S:LTU", "S:MDA", "S:FIN", "S:ARE",
     "O:Council of the EU|Council|Council of the European Union", "O:European Union|EU",
     "O:GRU|Main Directorate of the General Staff of the Armed Forces of the Russian Federation|GRU Unit 29155|Unit 29155",
     "O:Pravda Baltiki", "O:Victory bloc", "O:Sever-Navigatsiya LLC|Sever-Navigatsiya",
     "O:Yantar-Signal Radioelectronic Plant|Yantar-Signal", "O:Harbor Star Shipping FZE|Harbor Star Shipping",
     "O:Russian Baltic Fleet|Baltic Fleet",
     "L:Warsaw–Lublin railway line|Warsaw-Lublin railway line@POL", "L:Baltic Sea@EST,FIN,RUS",
     "L:Kaliningrad@RUS", "L:Moscow@RUS"],
    ["Katarzyna Wiśniewska", "press.office@consilium.europa.eu", "+32 2 281 76 40"],
    [F(EUC, "sanctioned", x, "2026-10-08") for x in LISTED] +
    [F("GRU|GRU Unit 29155|Unit 29155|#RUS", "attacked", "Warsaw–Lublin railway line|Warsaw-Lublin railway line|#POL", "2025-11"),
     F("Aslan Ruslanovich Dzhabrailov|Dzhabrailov|Aslan Dzhabrailov", "supplied", "Victory bloc|#MDA", "2025"),
     F("Sever-Navigatsiya LLC|Sever-Navigatsiya", "supplied", "Russian Baltic Fleet|Baltic Fleet"),
     F(KAL, "criticized", "#RUS|Moscow", "2026-10-08"),
     F(KAL, "urged", "#RUS|Moscow", "2026-10-08")],
    [I(EUC, "sanctioned", "#RUS|Russian Federation", "framework 'in view of Russia's destabilising activities': listings target persons and entities; state-level reading debatable"),
     I(EUC, "sanctioned", "#ARE", "'registered in the United Arab Emirates': registration country, not a target"),
     I("Kaspiy Star|Viktor Nikolayevich Gorbunov|Gorbunov", "attacked", "#FIN|#EST", "cable damaged by a dragged anchor: attack reading debatable"),
     I(KAL, "accused", "#RUS|Moscow", "'Russia is waging a hybrid campaign': stated as fact; accused reading debatable"),
     I(KAL, "threatened", "#RUS|Moscow", "'Every such action will carry a price': threat reading debatable"),
     I("Pravda Baltiki", "attacked", "#EST|#LVA|#LTU", "disinformation is not force")])

# ====================================================================== sentences
doc("sentences/s01", "2026-03-10", "KYIV, March 10 (Reuters)", "Reuters",
    ["P:Oleh Kiper|Kiper@UKR", "S:UKR", "S:RUS", "O:Reuters",
     "L:Izmail@UKR", "L:Danube@UKR", "L:Odesa@UKR", "L:Kyiv@UKR"],
    [],
    [F("#RUS|Russian drones", "attacked", "Izmail|#UKR", "2026-03-10", 1)],
    [I("Oleh Kiper|Kiper|#UKR", "accused", "#RUS", "routine attribution of the strike; accused reading implied")])

doc("sentences/s02", "2026-08-26", "HANOI, Aug 26 (Reuters)", "Reuters",
    ["P:Anthony Albanese|Albanese@AUS", "P:Christopher Luxon|Luxon@NZL", "P:To Lam@VNM",
     "S:AUS", "S:NZL", "S:VNM", "O:Vietnamese Communist Party|Communist Party of Vietnam", "O:Reuters",
     "L:Hanoi@VNM"],
    [],
    [F("Anthony Albanese|Albanese|#AUS", "met", "To Lam|#VNM", "2026-08-26"),
     F("Christopher Luxon|Luxon|#NZL", "met", "To Lam|#VNM", "2026-08-26")],
    [I("Anthony Albanese|Albanese|#AUS", "met", "Christopher Luxon|Luxon|#NZL", "co-subjects of one meeting; a meeting between them is implied"),
     I("Anthony Albanese|Albanese|#AUS|Christopher Luxon|Luxon|#NZL", "visited", "Hanoi|#VNM", "venue-only: 'met ... in Hanoi'")])

doc("sentences/s03", "2026-09-29", "LONDON, Sept 29 (Reuters)", "Reuters",
    ["P:Mamuka Mdinaradze|Mdinaradze@GEO", "S:GBR", "S:GEO", "O:State Security Service", "O:Reuters",
     "L:Tbilisi@GEO", "L:London@GBR"],
    [],
    [F("#GBR|London", "sanctioned", "Mamuka Mdinaradze|Mdinaradze", "2026-09-29"),
     F("#GBR|London", "accused", "Mamuka Mdinaradze|Mdinaradze")],
    [I("#GBR|London", "sanctioned", "#GEO|Georgian officials", "state-level reading of sanctions on 'three Georgian officials'"),
     I("Mamuka Mdinaradze|Mdinaradze|State Security Service", "attacked", "pro-European protests|Tbilisi", "alleged dispersal of protests; attacked reading debatable")])

doc("sentences/s04", "2026-06-18", "KINSHASA, June 18 (Reuters)", "Reuters",
    ["P:Patrick Muyaya|Muyaya@COD", "S:COD", "S:RWA", "O:M23|M23 rebels", "O:Reuters",
     "L:Uvira@COD", "L:Kinshasa@COD"],
    [],
    [F("#RWA|Kigali", "supplied", "M23|M23 rebels", by="Patrick Muyaya")],
    [I("Patrick Muyaya|Muyaya|#COD|Kinshasa", "accused", "#RWA|Kigali", "reported speech 'said that'; accusation implied ('a charge')"),
     I("M23|M23 rebels", "attacked", "Uvira", "'the fighting around Uvira': no attack with agent and target stated")])

doc("sentences/s05", "2026-07-07", "MOSCOW, July 7 (TASS)", "TASS",
    ["P:Sergei Shoigu|Shoigu@RUS", "P:Ali Larijani|Larijani@IRN", "S:RUS", "S:IRN",
     "O:Security Council of the Russian Federation|Security Council", "O:Supreme National Security Council",
     "O:TASS", "L:Moscow@RUS"],
    [],
    [F("Sergei Shoigu|Shoigu|#RUS|Security Council of the Russian Federation", "met",
       "Ali Larijani|Larijani|#IRN|Supreme National Security Council", "2026-07-06")],
    [I("Ali Larijani|Larijani|#IRN", "visited", "Moscow|#RUS", "venue-only: 'held talks in Moscow'")])

doc("sentences/s06", "2026-05-12", "TOKYO, May 12 (Kyodo)", "Kyodo",
    ["P:Ferdinand Marcos Jr.|Marcos|Ferdinand Marcos@PHL", "S:PHL", "S:JPN", "S:CHN", "O:Kyodo|Kyodo News",
     "L:Scarborough Shoal@PHL,CHN", "L:Tokyo@JPN"],
    [],
    [F("Ferdinand Marcos Jr.|Marcos|Ferdinand Marcos|#PHL", "visited", "#JPN|Tokyo", "2026-05-11", 1)],
    [I("#CHN|Chinese coast guard", "attacked", "#PHL|Philippine coast guard", "'a fresh confrontation': no attack stated")])

doc("sentences/s07", "2026-01-15", "ISLAMABAD, Jan 15 (Reuters)", "Reuters",
    ["S:PAK", "S:AFG", "O:Pakistan's Foreign Office|Foreign Office", "O:Taliban|Taliban administration",
     "O:Reuters", "L:Khost@AFG", "L:Islamabad@PAK"],
    [],
    [],
    [I("#PAK|Pakistani warplanes", "attacked", "Khost|#AFG", "denied by Pakistan: negated"),
     I("Taliban|Taliban administration|#AFG", "accused", "#PAK", "the Taliban's 'claim' is implied and denied"),
     I("Pakistan's Foreign Office|Foreign Office|#PAK", "criticized", "Taliban|Taliban administration|#AFG", "'calling the claim baseless': denial")])

doc("sentences/s08", "2026-10-20", "BEIJING, Oct 20 (AFP)", "AFP",
    ["P:Xi Jinping|Xi@CHN", "P:Kim Jong Un|Kim Jong-un@PRK", "S:CHN", "S:PRK", "O:AFP|Agence France-Presse",
     "L:Pyongyang@PRK", "L:Beijing@CHN"],
    [],
    [],
    [I("Xi Jinping|Xi|#CHN", "visited", "Pyongyang|#PRK", "'is expected to travel': speculative"),
     I("Xi Jinping|Xi|#CHN", "met", "Kim Jong Un|Kim Jong-un|#PRK", "'for talks' on an expected trip: speculative"),
     I("#CHN|Xi Jinping", "agreed", "#PRK|Kim Jong Un", "'could produce a new ... agreement': speculative"),
     I("#CHN|Xi Jinping", "cooperated", "#PRK|Kim Jong Un", "'economic cooperation agreement' that could be produced: speculative")])

doc("sentences/s09", "2026-09-03", "VILNIUS, Sept 3 (BNS)", "BNS",
    ["S:LTU", "S:DEU", "O:Lithuanian Defence Ministry|Defence Ministry", "O:BNS|Baltic News Service",
     "L:Vilnius@LTU"],
    [],
    [F("#DEU", "supplied", "#LTU", "2026-09-03")],
    [I("#LTU", "agreed", "#DEU", "'it ordered in 2023': purchase order, agreement reading debatable")])

doc("sentences/s10", "2026-11-23", "CAIRO, Nov 23 (Reuters)", "Reuters",
    ["P:Badr Abdelatty|Abdelatty@EGY", "P:Hakan Fidan|Fidan@TUR",
     "P:Sheikh Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman Al Thani|Al Thani@QAT",
     "S:EGY", "S:TUR", "S:QAT", "S:ISR", "O:Reuters",
     "L:Cairo@EGY", "L:Gaza@PSE", "L:Rafah crossing|Rafah@EGY,PSE"],
    [],
    [F("Badr Abdelatty|Abdelatty|#EGY", "met", "Hakan Fidan|Fidan|#TUR", "2026-11-22"),
     F("Sheikh Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman Al Thani|Al Thani|#QAT", "criticized",
       "#ISR", "2026-11-23")],
    [I("Hakan Fidan|Fidan|#TUR", "visited", "Cairo|#EGY", "venue-only: 'met ... in Cairo'")])


def main():
    for d in DOCS:
        base = os.path.join(ROOT, d["path"])
        name = os.path.basename(d["path"])
        if not os.path.exists(base + ".txt"):
            raise SystemExit("missing text: " + base + ".txt")
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": name + ".txt", "published": d["published"],
                "source": "written for geokg heldout29 (own text, style of %s)" % d["source"],
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

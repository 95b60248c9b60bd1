#!/usr/bin/env python3
"""Holds every heldout31 annotation in compact form and writes NAME.meta.json and NAME.gold.json.

The helper functions (slot, F, I, ent, doc, main) follow the compact notation of
heldout30/tools/build_golds.py (its helper lines only); every annotation below was written
from scratch for heldout31, after the texts.

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


# ====================================================================== articles

# a1 -- Paraguay/Argentina/Brazil, MercoPress style. Published Thu 2026-04-16:
# Tuesday = 04-14, Wednesday = 04-15, Monday = 04-13, last month = 2026-03.
MIL = "Javier Milei|Milei|#ARG"
PENA = "Santiago Peña|Peña|Santiago Pena|#PRY"
EPP = "Paraguayan People's Army|EPP"
PCC = "Primeiro Comando da Capital|PCC"
doc("articles/a1-paraguay-mercopress", "2026-04-16",
    "Milei and Peña sign waterway pact in Asunción hours after guerrilla attack in the north", "MercoPress",
    ["P:Javier Milei|Milei@ARG", "P:Santiago Peña|Peña|Santiago Pena@PRY", "P:Pablo Quirno|Quirno@ARG",
     "P:Rubén Ramírez Lezcano|Ramírez Lezcano|Ruben Ramirez Lezcano@PRY",
     "P:Luiz Inácio Lula da Silva|Lula|Lula da Silva@BRA",
     "S:ARG", "S:PRY", "S:BRA", "S:BOL",
     "O:Paraguayan People's Army|EPP|Ejército del Pueblo Paraguayo", "O:Primeiro Comando da Capital|PCC",
     "O:Interior Ministry|Paraguay's Interior Ministry|Ministry of the Interior",
     "O:National Police|Paraguayan National Police", "O:Paraguayan Navy", "O:Mercosur", "O:MercoPress",
     "L:Asunción|Asuncion@PRY", "L:López Palace|Palacio de López@PRY", "L:Rosario@ARG",
     "L:Puerto Sajonia@PRY", "L:Horqueta@PRY", "L:Concepción|Concepcion@PRY", "L:Mato Grosso do Sul@BRA",
     "L:Pedro Juan Caballero@PRY", "L:Foz do Iguaçu|Foz do Iguacu@BRA", "L:Ciudad del Este@PRY",
     "L:Paraguay-Paraná waterway|Paraná-Paraguay waterway|Hidrovía@PRY,ARG"],
    ["#URY", "#CHL", "#ECU", "#VEN", "Noboa", "Guayaquil", "Chubut", "Sofía Benítez Arrieta", "Falklands",
     "Malvinas", "Antarctica", "Twitter"],
    [F(MIL, "visited", "Asunción|Asuncion|#PRY", "2026-04-14", 1),
     F(MIL, "agreed", PENA, "2026-04-15"),
     F(MIL, "met", PENA, "2026-04-15"),
     F("#ARG", "cooperated", "#PRY"),
     F("Pablo Quirno|Quirno", "met", "Rubén Ramírez Lezcano|Ramírez Lezcano", "2026-04-15", 1),
     F("#ARG", "supplied", "Paraguayan Navy|#PRY", "2026-04-13"),
     F(EPP, "attacked", "Horqueta|police post|National Police|#PRY", "2026-04-15"),
     F(EPP, "accused", "Santiago Peña|Peña|Peña's government|#PRY", "2026-04-15"),
     F(EPP, "threatened", "Santiago Peña|Peña|Peña's government|#PRY", "2026-04-15"),
     F(PENA, "criticized", EPP, "2026-04-15"),
     F(PENA, "warned", EPP, "2026-04-15"),
     F("Interior Ministry|Paraguay's Interior Ministry|#PRY", "accused", PCC),
     F(PCC, "supplied", EPP, by="Interior Ministry"),
     F("#BRA|Brasília|Brasilia", "urged", "#PRY|Asunción"),
     F("Luiz Inácio Lula da Silva|Lula", "urged", "Santiago Peña|Peña|Paraguayan leader"),
     F("Luiz Inácio Lula da Silva|Lula|#BRA", "met", PENA, "2026-03"),
     F(PENA, "urged", "#BRA"),
     F(PENA, "urged", "#ARG")],
    [I("#BOL", "criticized", "#PRY|#ARG", "'has criticized the new toll rules': the target is a rule, not an actor"),
     I("Santiago Peña|Peña", "visited", "Foz do Iguaçu|#BRA", "venue-only: 'met Peña in Foz do Iguaçu'"),
     I("#BRA", "supplied", EPP, "arms smuggled from Mato Grosso do Sul; the alleged supplier is the PCC, not the Brazilian state"),
     I("Javier Milei|Milei", "cooperated", "#PRY", "person-level reading of Argentina-Paraguay cooperation; 'would take part' is future"),
     I("Javier Milei|Milei", "visited", "López Palace", "venue of the talks inside the visit to Asunción (dup guard)")])

# a2 -- Kyrgyzstan/Uzbekistan/Tajikistan, Times of Central Asia style. Published Fri 2026-06-05:
# Thursday = 06-04, Tuesday = 06-02, Wednesday = 06-03, in May = 2026-05.
MIRZ = "Shavkat Mirziyoyev|Mirziyoyev|#UZB"
JAP = "Sadyr Japarov|Japarov|Sadyr Zhaparov|#KGZ"
AKK = "Yerlan Akkenzhenov|Akkenzhenov|#KAZ|Astana"
JA = "Jamaat Ansarullah|Ansarullah"
doc("articles/a2-kyrgyzstan-timesca", "2026-06-05",
    "Mirziyoyev and Japarov seal Kambarata-1 financing as border attack rattles Dushanbe",
    "The Times of Central Asia",
    ["P:Shavkat Mirziyoyev|Mirziyoyev@UZB", "P:Sadyr Japarov|Japarov|Sadyr Zhaparov@KGZ",
     "P:Yerlan Akkenzhenov|Akkenzhenov@KAZ", "P:Jeenbek Kulubaev|Kulubaev@KGZ", "P:Bakhtiyor Saidov|Saidov@UZB",
     "P:Zabihullah Mujahid|Mujahid@AFG", "P:Parviz Mullojonov-Rahimi@TJK",
     "S:UZB", "S:KGZ", "S:KAZ", "S:TJK", "S:AFG", "S:CHN", "S:RUS",
     "O:Jamaat Ansarullah|Ansarullah", "O:Taliban", "O:State Committee for National Security|GKNB",
     "O:China's Foreign Ministry|Chinese Foreign Ministry", "O:Uzbekistan's foreign ministry",
     "O:Collective Security Treaty Organization|CSTO", "O:Institute for Regional Studies",
     "O:The Times of Central Asia|TCA",
     "L:Bishkek@KGZ", "L:Ala-Archa state residence|Ala-Archa@KGZ", "L:Kambarata-1@KGZ", "L:Naryn river|Naryn@KGZ",
     "L:Tashkent@UZB", "L:Dushanbe@TJK", "L:Panj river|Panj@TJK,AFG",
     "L:Shamsiddin Shohin district|Shamsiddin Shohin@TJK", "L:Khatlon region|Khatlon@TJK",
     "L:Badakhshan@AFG"],
    ["#TKM", "Herat", "#MNG", "Ashgabat", "Aral Sea", "Almaty", "Daniyar Sultanbekov", "Presidential Press Service"],
    [F(MIRZ, "visited", "Bishkek|#KGZ", "2026-06-04"),
     F(MIRZ, "met", JAP, "2026-06-04"),
     F(MIRZ, "agreed", JAP, "2026-06-04"),
     F(AKK, "agreed", JAP, "2026-06-04"),
     F(AKK, "agreed", MIRZ, "2026-06-04"),
     F("Yerlan Akkenzhenov|Akkenzhenov|#KAZ", "visited", "Bishkek|Ala-Archa state residence|#KGZ", "2026-06-04"),
     F("#UZB", "cooperated", "#KGZ"),
     F("Jeenbek Kulubaev|Kulubaev", "met", "Bakhtiyor Saidov|Saidov", "2026-06-04"),
     F(JA, "attacked", "Chinese workers|#CHN", "2026-06-02"),
     F("Tajik border troops|#TJK", "attacked", JA, "2026-06-03"),
     F("#TJK|Dushanbe", "accused", "Taliban"),
     F("Taliban|Taliban commanders", "supplied", JA, by="Tajik officials"),
     F("#CHN|Beijing|China's Foreign Ministry", "urged", "#TJK|Dushanbe"),
     F("Uzbekistan's foreign ministry|#UZB", "criticized", JA, "2026-06-03"),
     F("#RUS", "supplied", "Tajik border troops|#TJK", "2026-05"),
     F("Collective Security Treaty Organization|CSTO", "warned", "Taliban", "2026-06-04")],
    [I("Sadyr Japarov|Japarov|#KGZ", "visited", "Tashkent|#UZB", "invitation to visit Tashkent in the autumn: planned"),
     I("#UZB|Tashkent", "supplied", "Kambarata-1|#KGZ", "'will each lend about $1.1 billion': future loans"),
     I("#KAZ|Astana", "supplied", "Kambarata-1|#KGZ", "'will each lend about $1.1 billion': future loans"),
     I(JA, "attacked", "#TJK|Khatlon region|Shamsiddin Shohin district", "dup guard: the attack on Chinese workers took place in Tajikistan"),
     I("#AFG|Kabul", "supplied", JA, "alleged supplier is 'Taliban commanders'; the Afghan-state reading is debatable"),
     I("#TJK|Dushanbe", "accused", "#AFG|Kabul", "'accused the Taliban': Afghan-state reading debatable"),
     I("Collective Security Treaty Organization|CSTO", "threatened", "Taliban", "conditional 'would be met with a collective response'; gold has warned"),
     I("#KGZ|Bishkek", "supplied", "#UZB|#KAZ", "'are expected to buy most of its summer output': speculative")])

# a3 -- Kosovo/Serbia, Balkan Insight style. Published Tue 2026-09-15:
# Saturday = 09-12, Sunday = 09-13, Monday = 09-14, Tuesday = 09-15.
KAL = "Kaja Kallas|Kallas|EU|European Union"
NG = "Northern Guard"
doc("articles/a3-kosovo-balkaninsight", "2026-09-15",
    "Kallas Presses Belgrade and Pristina After Deadly Attack on Kosovo Police", "Balkan Insight",
    ["P:Kaja Kallas|Kallas@EST", "P:Aleksandar Vucic|Vucic|Aleksandar Vučić|Vučić@SRB", "P:Albin Kurti|Kurti@XKX",
     "P:Bratislav Gasic|Gasic|Bratislav Gašić@SRB", "P:Arben Kelmendi|Kelmendi@XKX",
     "P:Peter Sorensen|Sorensen|Peter Sørensen@DNK", "P:Petar Petkovic|Petkovic|Petar Petković@SRB",
     "P:Edi Rama|Rama@ALB", "P:Maria Zakharova|Zakharova@RUS", "P:Jelena Markovic-Tasic@SRB",
     "S:XKX", "S:SRB", "S:ALB", "S:RUS", "S:USA",
     "O:EU|European Union", "O:Kosovo Police", "O:Northern Guard", "O:Office for Kosovo and Metohija",
     "O:Russian Foreign Ministry", "O:Belgrade Centre for Security Policy", "O:KFOR", "O:NATO",
     "O:Balkan Insight", "O:Balkan Investigative Reporting Network|BIRN",
     "L:Belgrade@SRB", "L:Pristina@XKX", "L:Zvecan|Zvečan@XKX", "L:Leposavic|Leposavić@XKX", "L:Moscow@RUS",
     "L:Gazivode lake|Gazivode@XKX", "L:Jarinje@XKX"],
    ["#MNE", "#MKD", "#GRC", "#HRV", "#BIH", "Dodik", "Besa Krasniqi", "Ivan Dragicevic", "Flickr",
     "EU Delegation to Serbia"],
    [F(NG, "attacked", "Kosovo Police|#XKX", "2026-09-12"),
     F("Kosovo special police|Kosovo Police|#XKX", "attacked", NG, "2026-09-14"),
     F("Arben Kelmendi|Kelmendi|Kosovo Police|#XKX", "accused", "#SRB|Belgrade"),
     F("#SRB|Belgrade", "supplied", NG, by="Kosovo Police"),
     F("Aleksandar Vucic|Vucic|#SRB", "accused", "#XKX|Pristina", "2026-09-14"),
     F("Bratislav Gasic|Gasic|#SRB", "warned", "#XKX"),
     F("Kosovo's government|#XKX", "sanctioned", "#SRB", "2026-09-13"),
     F(KAL, "visited", "Belgrade|#SRB", "2026-09-14"),
     F(KAL, "met", "Aleksandar Vucic|Vucic|#SRB", "2026-09-14"),
     F(KAL, "visited", "Pristina|#XKX", "2026-09-15"),
     F(KAL, "criticized", NG, "2026-09-15", 1),
     F(KAL, "urged", "#SRB|Belgrade", "2026-09-15"),
     F(KAL, "urged", "#XKX|Pristina", "2026-09-15"),
     F("Peter Sorensen|Sorensen", "met", "Petar Petkovic|Petkovic", "2026-09-14"),
     F("Edi Rama|Rama|#ALB", "criticized", NG),
     F("Maria Zakharova|Zakharova|Russian Foreign Ministry|#RUS", "criticized", "EU|European Union")],
    [I("Kaja Kallas|Kallas|EU", "met", "Albin Kurti|Kurti|#XKX", "purpose clause: 'travelled to Pristina for talks with' Kurti; talks not reported as held"),
     I("Kaja Kallas|Kallas|EU", "sanctioned", "#SRB", "'whether the EU would freeze pre-accession funds': a question; 'all options on the table' is speculative"),
     I("Bratislav Gasic|Gasic|#SRB", "threatened", "#XKX", "conditional 'would not stand idle if Serbs were harmed'; gold has warned"),
     I("Peter Sorensen|Sorensen", "visited", "Belgrade|#SRB", "implied by 'accompanied Kallas'"),
     I("#SRB", "attacked", "#XKX|Kosovo Police", "weapons 'from Serbian army depots' do not make Serbia the attacker"),
     I("Aleksandar Vucic|Vucic|#SRB", "criticized", "#XKX|Pristina", "'terrorising Serbs' is the accusation; criticized reading debatable"),
     I("#USA|Washington", "urged", "#XKX", "ban 'lifted only in 2024 under pressure from Brussels and Washington': background, implied")])

# a4 -- Pakistan/Afghanistan, Dawn style. Published Thu 2026-10-22:
# Tuesday = 10-20, Sunday ('two days after' Tuesday night) = 10-18, Wednesday = 10-21, Monday = 10-19,
# last week = 10-12..10-18 -> 10-15 tol 3.
TTP = "Tehreek-i-Taliban Pakistan|TTP|Fitna al-Khawarij|Tehrik-e-Taliban Pakistan"
WANG = "Wang Yi|Wang|#CHN"
MUN = "Asim Munir|Munir|#PAK"
doc("articles/a4-pakistan-dawn", "2026-10-22",
    "Kabul vows retaliation after Pakistani strikes on TTP hideouts; Wang urges restraint", "Dawn",
    ["P:Ishaq Dar|Dar@PAK", "P:Wang Yi|Wang@CHN", "P:Zabihullah Mujahid|Mujahid@AFG",
     "P:Amir Khan Muttaqi|Muttaqi@AFG", "P:Asim Munir|Munir@PAK", "P:Pete Hegseth|Hegseth@USA",
     "P:Ayesha Qaiser-Niazi@PAK",
     "S:PAK", "S:AFG", "S:IND", "S:CHN", "S:USA", "S:QAT", "S:TUR",
     "O:" + TTP, "O:Inter-Services Public Relations|ISPR", "O:Taliban administration|Afghan Taliban|Taliban",
     "O:Foreign Office|Pakistan Foreign Office", "O:China-Pakistan Economic Corridor|CPEC",
     "O:Pakistan Air Force|PAF", "O:Dawn",
     "L:Islamabad@PAK", "L:Paktika@AFG", "L:Khost@AFG", "L:North Waziristan@PAK", "L:Chaman@PAK",
     "L:Torkham@PAK,AFG", "L:Kabul@AFG", "L:Khyber Pakhtunkhwa@PAK", "L:Washington@USA", "L:Pentagon@USA"],
    ["Baqir Sajjad Syed", "PSL", "Karachi", "K-IV", "#SAU", "#LKA", "#MDV", "#BGD", "WhatsApp"],
    [F("#PAK|Pakistani fighter jets", "attacked", TTP, "2026-10-20"),
     F(TTP, "attacked", "North Waziristan|security forces checkpost|#PAK", "2026-10-18", 1),
     F("Taliban administration|Afghan Taliban|Kabul|#AFG", "criticized", "#PAK", "2026-10-21"),
     F("Zabihullah Mujahid|Mujahid|#AFG", "threatened", "#PAK", "2026-10-21"),
     F("Amir Khan Muttaqi|Muttaqi|#AFG", "accused", "#PAK"),
     F("Afghan forces|#AFG", "attacked", "Pakistani border posts|Chaman|#PAK", "2026-10-21", 1),
     F("#PAK|Islamabad|Foreign Office", "accused", "#IND|New Delhi"),
     F("Indian intelligence|#IND|New Delhi", "supplied", TTP, by="Foreign Office"),
     F(WANG, "visited", "Islamabad|#PAK", "2026-10-19", 1),
     F(WANG, "met", "Ishaq Dar|Dar|#PAK", "2026-10-21"),
     F(WANG, "agreed", "Ishaq Dar|Dar|#PAK", "2026-10-21"),
     F(WANG, "urged", "#PAK|Islamabad", "2026-10-21"),
     F(WANG, "urged", "#AFG|Kabul", "2026-10-21"),
     F("#PAK", "cooperated", "#CHN"),
     F(MUN, "visited", "Washington|#USA", "2026-10-15", 3),
     F(MUN, "met", "Pete Hegseth|Hegseth|#USA", "2026-10-15", 3),
     F("#USA|Washington", "supplied", "Pakistan Air Force|#PAK")],
    [I("#PAK|Pakistani fighter jets", "attacked", "#AFG|Paktika|Khost", "dup guard: strikes on TTP hideouts located in Afghanistan's Paktika and Khost"),
     I("#PAK", "attacked", "Afghan forces|#AFG", "'the fire was returned': agentless passive, implied"),
     I(WANG, "met", "Amir Khan Muttaqi|Muttaqi|#AFG", "trilateral meeting in Kabul 'next month': planned"),
     I(WANG, "visited", "Kabul|#AFG", "trilateral meeting in Kabul 'next month': planned"),
     I("Ishaq Dar|Dar|#PAK", "urged", "Afghan Taliban|Taliban administration|#AFG", "'expected the Afghan Taliban to act': urged reading debatable"),
     I("#PAK", "agreed", "#AFG", "Doha ceasefire of October 2025 mediated by Qatar and Turkiye: background, implied")])

# a5 -- Korean peninsula, Korea Herald style. Published Tue 2026-08-25:
# Sunday = 08-23, Monday = 08-24, Tuesday = 08-25, Friday = 08-21, in July = 2026-07.
KYJ = "Kim Yo Jong|Kim Yo-jong|#PRK"
CHO = "Cho Hyun|Cho|#KOR"
MOT = "Toshimitsu Motegi|Motegi|#JPN"
doc("articles/a5-korea-koreaherald", "2026-08-25",
    "N. Korea fires two ballistic missiles as Seoul, Tokyo agree on real-time warning data", "The Korea Herald",
    ["P:Sanae Takaichi|Takaichi@JPN", "P:Kim Yo Jong|Kim Yo-jong@PRK", "P:Kim Jong Un|Kim Jong-un@PRK",
     "P:Cho Hyun|Cho@KOR", "P:Toshimitsu Motegi|Motegi@JPN", "P:Marco Rubio|Rubio@USA",
     "P:Lee Jae-myung|Lee|Lee Jae Myung@KOR", "P:Andrei Belousov|Belousov@RUS",
     "S:PRK", "S:KOR", "S:JPN", "S:USA", "S:RUS",
     "O:Joint Chiefs of Staff|JCS", "O:Seoul's Foreign Ministry|Foreign Ministry", "O:UN Security Council",
     "O:Korean Central News Agency|KCNA", "O:US Forces Korea|USFK", "O:National Intelligence Service|NIS",
     "O:Vostok Baltic Lines", "O:Primorsky Cargo Trans", "O:Finance Ministry", "O:The Korea Herald|Korea Herald",
     "L:Pyongyang@PRK", "L:Sunan@PRK", "L:East Sea|Sea of Japan@KOR,JPN,PRK", "L:Tokyo@JPN",
     "L:Iikura Guest House@JPN", "L:Pyeongtaek@KOR", "L:Kaesong@PRK", "L:Kursk@RUS", "L:Vladivostok@RUS",
     "L:Military Demarcation Line|MDL@KOR,PRK"],
    ["Park Ji-won", "Lee Seo-yeon", "BTS", "Busan", "Hyundai Motor", "Gyeonggi Province", "Baek Jong-won",
     "Herald Corp.", "Herald Corporation", "Yongsan-gu"],
    [F("Joint Chiefs of Staff|JCS|#KOR", "warned", "#PRK|the North", "2026-08-23", 1),
     F("Seoul's Foreign Ministry|Foreign Ministry|#KOR|Seoul", "criticized", "#PRK", "2026-08-23"),
     F("Sanae Takaichi|Takaichi|#JPN", "criticized", "#PRK", "2026-08-23"),
     F(KYJ, "criticized", "#USA", "2026-08-24"),
     F(KYJ, "criticized", "#KOR|Seoul", "2026-08-24"),
     F(KYJ, "threatened", "#KOR|Seoul", "2026-08-24"),
     F("Korean Central News Agency|KCNA|#PRK", "accused", "#KOR|the South", "2026-08-24", 1),
     F(CHO, "visited", "Tokyo|#JPN", "2026-08-24"),
     F(CHO, "met", MOT, "2026-08-24"),
     F(CHO, "agreed", MOT, "2026-08-24"),
     F("#KOR", "cooperated", "#USA"),
     F("Lee Jae-myung|Lee|#KOR", "urged", "#PRK|Pyongyang", "2026-08-24"),
     F("#RUS", "supplied", "#PRK|the North", by="National Intelligence Service"),
     F("Andrei Belousov|Belousov|#RUS", "visited", "Pyongyang|#PRK", "2026-07"),
     F("Andrei Belousov|Belousov|#RUS", "met", "Kim Jong Un|Kim Jong-un|#PRK", "2026-07"),
     F("#KOR|Seoul", "sanctioned", "Vostok Baltic Lines", "2026-08-25"),
     F("#KOR|Seoul", "sanctioned", "Primorsky Cargo Trans", "2026-08-25"),
     F("#KOR|Seoul", "accused", "Vostok Baltic Lines", "2026-08-25"),
     F("#KOR|Seoul", "accused", "Primorsky Cargo Trans", "2026-08-25")],
    [I("#PRK", "attacked", "East Sea|#JPN", "missiles fired 'toward the East Sea' fell outside Japan's EEZ: a launch without a target"),
     I("#KOR|South Korean troops", "attacked", "#PRK|North Korean soldiers", "warning shots at soldiers who crossed the MDL: force reading debatable"),
     I("Lee Jae-myung|Lee|#KOR", "met", "Kim Jong Un|#PRK", "'willing to meet Kim Jong Un anywhere': speculative"),
     I(CHO, "met", "Marco Rubio|Rubio|#USA", "phone call, not a meeting"),
     I(MOT, "met", "Marco Rubio|Rubio|#USA", "phone call, not a meeting"),
     I("#PRK|the North", "supplied", "#RUS", "troops sent to fight for Russia in 2024-2025: background, and troops are not goods")])

# a6 -- Libya, Libya Observer style. Published Fri 2026-11-20:
# Thursday = 11-19, Friday = 11-20, Wednesday = 11-18, Monday = 11-16, 'this week' -> 11-18 tol 2,
# in September = 2026-09.
GNU = "Government of National Unity|GNU"
RADAA = "Special Deterrence Force|Radaa"
DBE = "Abdul Hamid Dbeibah|Dbeibah"
HAF = "Khalifa Haftar|Haftar|Libyan National Army|LNA"
TET = "Hanna Tetteh|Tetteh|UN Support Mission in Libya|UNSMIL"
doc("articles/a6-libya-libyaobserver", "2026-11-20",
    "Tripoli fighting: UN envoy calls for ceasefire as Dbeibah and Radaa trade blame", "The Libya Observer",
    ["P:Hanna Tetteh|Tetteh@GHA", "P:Abdul Hamid Dbeibah|Dbeibah@LBY", "P:Abdel Raouf Kara|Kara@LBY",
     "P:Khalifa Haftar|Haftar@LBY", "P:Abdel Fattah el-Sisi|Sisi|el-Sisi@EGY",
     "P:Matteo Piantedosi|Piantedosi@ITA", "P:Khaled al-Mabrouk|al-Mabrouk|Mabrouk@LBY",
     "P:Mohamed al-Menfi|al-Menfi|Menfi@LBY", "P:Mariam Bensaoud@TUN",
     "S:LBY", "S:TUR", "S:EGY", "S:ITA", "S:USA",
     "O:Government of National Unity|GNU", "O:Special Deterrence Force|Radaa", "O:Emergency Medicine Centre",
     "O:UN Support Mission in Libya|UNSMIL|United Nations Support Mission in Libya",
     "O:Libyan National Army|LNA", "O:Turkey's defence ministry|Turkish defence ministry", "O:Egyptian presidency",
     "O:Libyan Coast Guard", "O:US Treasury|Treasury", "O:Central Bank of Libya", "O:Presidential Council",
     "O:Ministry of Health", "O:The Libya Observer|Libya Observer",
     "L:Tripoli@LBY", "L:Mitiga airport|Mitiga@LBY", "L:Abu Salim@LBY", "L:Misrata@LBY", "L:Cairo@EGY",
     "L:Ittihadiya palace@EGY", "L:Zawiya@LBY", "L:Sirte@LBY", "L:Souq al-Juma@LBY"],
    ["Ras Jedir", "Sabha", "Al-Ahly Tripoli", "CAF", "NOC", "Benghazi", "Derna", "Ghadames", "Facebook",
     "Telegram"],
    [F(GNU, "attacked", RADAA, "2026-11-19"),
     F(RADAA, "attacked", "Abu Salim", "2026-11-19", 1),
     F(TET, "urged", GNU, "2026-11-20"),
     F(TET, "urged", RADAA, "2026-11-20"),
     F(DBE + "|" + GNU, "accused", RADAA, "2026-11-19"),
     F("Abdel Raouf Kara|Kara|" + RADAA, "threatened", "Dbeibah's government|" + DBE + "|" + GNU, "2026-11-19", 1),
     F("Libyan National Army|LNA", "accused", "#TUR|Ankara"),
     F("#TUR|Ankara|Turkish cargo planes", "supplied", "GNU forces|" + GNU + "|Misrata", "2026-11-18", 2,
       by="Libyan National Army"),
     F(HAF, "visited", "Cairo|#EGY", "2026-11-16"),
     F(HAF, "met", "Abdel Fattah el-Sisi|Sisi|#EGY", "2026-11-16"),
     F(HAF, "agreed", "Abdel Fattah el-Sisi|Sisi|#EGY", "2026-11-16"),
     F("Matteo Piantedosi|Piantedosi|#ITA", "visited", "Tripoli|#LBY", "2026-11-18"),
     F("Matteo Piantedosi|Piantedosi|#ITA", "met", DBE + "|" + GNU + "|#LBY", "2026-11-18"),
     F("#ITA|Rome", "supplied", "Libyan Coast Guard|#LBY"),
     F("#ITA", "cooperated", "#LBY"),
     F("#USA|US Treasury", "sanctioned", "Khaled al-Mabrouk|al-Mabrouk", "2026-09")],
    [I("#TUR|Turkey's defence ministry", "supplied", "#LBY", "'denied sending any aircraft to Libya': negated"),
     I("Abdel Fattah el-Sisi|Sisi|#EGY", "warned", "#LBY", "'warned against any attempt to drag Libya back into chaos', naming no side"),
     I("Mohamed al-Menfi|al-Menfi|Presidential Council", "criticized", GNU + "|" + RADAA, "'all parties that resort to arms': unnamed target"),
     I("#TUR|Ankara", "cooperated", "#LBY|" + GNU, "military advisers under a 2019 memorandum, stated inside a denial: background"),
     I(RADAA, "attacked", "Tripoli|#LBY", "dup guard: Abu Salim is a district of Tripoli"),
     I(GNU, "attacked", "Mitiga airport|Mitiga", "dup guard: the attack targeted Radaa positions around the airport")])

# ====================================================================== govdocs

# g1 -- Council of the EU press release, Nicaragua listings. Published Mon 2026-10-12 (own-voice facts dated so).
EU = "Council of the European Union|Council|European Union|EU"
D1 = "2026-10-12"
doc("govdocs/g1-eu-council-nicaragua", D1,
    "Nicaragua: Council lists four more individuals and one entity over continued repression",
    "Council of the European Union",
    ["O:Council of the European Union|Council|Council of the EU", "O:European Union|EU",
     "P:Horacio Rocha Lanuza|Rocha Lanuza@NIC", "P:Ileana Somarriba Cuadra@NIC", "P:Marvin Aguilera Pravia@NIC",
     "P:Ernesto Zelaya Mairena@NIC", "P:Daniel Ortega|Ortega@NIC", "P:Rosario Murillo|Murillo@NIC",
     "O:Telecomunicaciones del Pacífico S.A.|TELPAC|Telecomunicaciones del Pacífico",
     "S:NIC", "S:RUS", "S:CRI",
     "O:Nicaraguan National Police|National Police", "O:Catholic Church",
     "O:General Directorate of Migration and Foreign Affairs", "O:Ministry of the Interior",
     "O:UN Office of the High Commissioner for Human Rights|OHCHR", "O:Nicaraguan Army",
     "L:Managua@NIC", "L:Matagalpa@NIC"],
    [],
    [F(EU, "sanctioned", "Horacio Rocha Lanuza|Rocha Lanuza", D1),
     F(EU, "sanctioned", "Ileana Somarriba Cuadra", D1),
     F(EU, "sanctioned", "Marvin Aguilera Pravia", D1),
     F(EU, "sanctioned", "Ernesto Zelaya Mairena", D1),
     F(EU, "sanctioned", "Telecomunicaciones del Pacífico S.A.|TELPAC", D1),
     F(EU, "criticized", "#NIC|Daniel Ortega|Rosario Murillo", D1),
     F(EU, "urged", "#NIC|Nicaraguan authorities", D1),
     F(EU, "urged", "#RUS|Russian Federation", D1),
     F(EU, "warned", "#NIC|Nicaraguan government", D1),
     F("#RUS|Russian Federation", "supplied", "Nicaraguan Army|#NIC", "2026")],
    [I(EU, "sanctioned", "#NIC", "framework 'in view of the situation in Nicaragua' since 2019: background; the listings target persons"),
     I("Nicaraguan National Police|National Police", "attacked", "Managua|Matagalpa", "'raided the homes of opposition figures' as grounds for listing: force reading debatable"),
     I(EU, "cooperated", "#CRI", "'will continue to coordinate its response with ... Costa Rica': future and general")])

# g2 -- Indian MEA readout, EAM visit to Sri Lanka 22-23 June. Published Tue 2026-06-23.
J = "S. Jaishankar|Jaishankar|#IND"
doc("govdocs/g2-mea-srilanka", "2026-06-23",
    "Visit of External Affairs Minister to Sri Lanka (22-23 June 2026)", "Ministry of External Affairs, Government of India",
    ["P:S. Jaishankar|Jaishankar|Subrahmanyam Jaishankar@IND", "P:Vijitha Herath|Herath@LKA",
     "P:Anura Kumara Dissanayake|Dissanayake@LKA", "P:Narendra Modi|Modi@IND",
     "P:Harini Amarasuriya|Amarasuriya@LKA",
     "P:C.V.K. Sivagnanam|Sivagnanam@LKA",
     "S:IND", "S:LKA",
     "O:Ministry of External Affairs|MEA", "O:Sri Lanka Navy", "O:Ilankai Tamil Arasu Kachchi|ITAK",
     "O:The Resistance Front|TRF", "O:Joint Working Group on Fisheries",
     "L:Colombo@LKA", "L:Katunayake@LKA", "L:Reasi@IND", "L:Jammu and Kashmir@IND", "L:Jaffna@LKA",
     "L:Northern Province@LKA", "L:Jaffna Cultural Centre@LKA"],
    [],
    [F(J, "visited", "#LKA|Colombo", "2026-06-22", 1),
     F(J, "visited", "Jaffna", "2026-06-23"),
     F(J, "met", "Anura Kumara Dissanayake|Dissanayake|#LKA", "2026-06-22"),
     F(J, "met", "Vijitha Herath|Herath", "2026-06-22", 1),
     F(J, "agreed", "Vijitha Herath|Herath|#LKA", "2026-06-22", 1),
     F("#IND", "cooperated", "#LKA"),
     F(J, "supplied", "Sri Lanka Navy|#LKA", "2026-06-22", 1),
     F(J, "met", "Harini Amarasuriya|Amarasuriya", "2026-06-22", 1),
     F(J, "met", "C.V.K. Sivagnanam|Sivagnanam|Ilankai Tamil Arasu Kachchi|ITAK", "2026-06-22", 1),
     F(J, "urged", "#LKA|Sri Lankan side", "2026-06-22", 1),
     F(J, "criticized", "The Resistance Front|TRF", "2026-06-22", 1),
     F("Vijitha Herath|Herath|#LKA", "criticized", "The Resistance Front|TRF", "2026-06-22", 1),
     F("The Resistance Front|TRF", "attacked", "Reasi|Jammu and Kashmir|#IND", "2026-06-18"),
     F(J, "supplied", "Northern Province|Jaffna", "2026-06-23")],
    [I("Vijitha Herath|Herath|#LKA", "visited", "#IND", "invitation to visit India accepted: planned"),
     I("Anura Kumara Dissanayake|Dissanayake|#LKA", "visited", "#IND", "background: the President's visit to India in December 2024"),
     I("Narendra Modi|Modi", "visited", "#LKA", "background: Modi's visit to Sri Lanka in April 2025"),
     I("S. Jaishankar|Jaishankar", "visited", "Katunayake", "venue of the handover inside the visit (dup guard)")])

# g3 -- Japanese MOFA press conference. Published Tue 2026-09-29:
# Sunday = 09-27, Saturday = 09-26, yesterday = 09-28, last week = 09-21..09-27 -> 09-24 tol 3.
M = "Motegi Toshimitsu|Toshimitsu Motegi|Motegi|#JPN"
doc("govdocs/g3-mofa-japan-presser", "2026-09-29",
    "Press Conference by Foreign Minister MOTEGI Toshimitsu", "Ministry of Foreign Affairs of Japan",
    ["P:Motegi Toshimitsu|Toshimitsu Motegi|Motegi@JPN", "P:Andrii Sybiha|Sybiha@UKR", "P:Xi Jinping@CHN",
     "S:JPN", "S:RUS", "S:UKR", "S:MNG", "S:KAZ", "S:CHN", "S:PRK", "S:PHL", "S:AUS",
     "O:Ministry of Foreign Affairs|MOFA", "O:Government of Japan", "O:G7", "O:NHK", "O:China Coast Guard",
     "O:Kyodo", "O:UN Security Council", "O:Asahi Shimbun", "O:Philippine Navy", "O:Reuters",
     "O:Chinese Ministry of National Defense", "O:Yomiuri Shimbun", "O:UN General Assembly", "O:APEC",
     "L:Ulaanbaatar@MNG", "L:Astana@KAZ", "L:Senkaku Islands@JPN", "L:Manila@PHL", "L:New York@USA",
     "L:Kyiv@UKR"],
    [],
    [F("#JPN|Government of Japan|Motegi Toshimitsu|Motegi", "sanctioned", "#RUS|Russian individuals", "2026-09-29"),
     F("#JPN|Motegi Toshimitsu|Motegi", "criticized", "#CHN|Chinese side|China Coast Guard", "2026-09-27", 2),
     F("#JPN|Motegi Toshimitsu|Motegi", "urged", "#CHN|Chinese side", "2026-09-27"),
     F(M, "criticized", "#PRK", "2026-09-29"),
     F("#RUS", "supplied", "#PRK"),
     F("#JPN", "supplied", "Philippine Navy|#PHL", "2026-09-24", 3),
     F("#JPN", "cooperated", "#PHL"),
     F("#JPN", "agreed", "#AUS", "2026-09-24"),
     F("#JPN", "cooperated", "#AUS"),
     F(M, "met", "Andrii Sybiha|Sybiha|#UKR", "2026-09-24", 3),
     F(M, "criticized", "#RUS", "2026-09-24", 3),
     F("#RUS", "attacked", "Kyiv|#UKR", "2026-09-20"),
     F("#JPN", "supplied", "#UKR")],
    [I(M, "visited", "#MNG|Ulaanbaatar", "announced visit October 3 to 6: planned"),
     I(M, "visited", "#KAZ|Astana", "announced visit October 3 to 6: planned"),
     I("China Coast Guard|#CHN", "invaded", "Senkaku Islands|#JPN", "'entered territorial waters': intrusion, invasion reading debatable"),
     I("Chinese Ministry of National Defense|#CHN", "accused", "#JPN", "relayed in a Reuters question"),
     I(M, "visited", "New York|#USA", "venue-only: met Sybiha in New York on the sidelines of the UN General Assembly"),
     I("#JPN", "cooperated", "G7", "'coordinated with the G7': debatable"),
     I("#JPN", "met", "Xi Jinping|#CHN", "question about a possible meeting at APEC: nothing decided")])

# g4 -- African Union PSC communique on eastern DRC. Published Tue 2026-07-14 (meeting day).
PSC = "Peace and Security Council|PSC|African Union|AU"
M23 = "Alliance Fleuve Congo/Mouvement du 23 mars|AFC/M23|M23|March 23 Movement"
GN = "Faure Essozimna Gnassingbé|Faure Gnassingbé|Gnassingbé|Gnassingbe"
D4 = "2026-07-14"
doc("govdocs/g4-au-psc-drc", D4,
    "Communiqué of the 1301st meeting of the PSC on the situation in the eastern DRC",
    "African Union Peace and Security Council",
    ["O:Peace and Security Council|PSC", "O:African Union|AU",
     "P:Mohamed Arrouchi|Arrouchi@MAR", "P:Bankole Adeoye|Adeoye@NGA",
     "P:Faure Essozimna Gnassingbé|Faure Gnassingbé|Gnassingbé@TGO", "P:Mahmoud Ali Youssouf|Youssouf@DJI",
     "S:COD", "S:RWA", "S:BDI", "S:MAR", "S:QAT", "S:USA", "S:TGO", "S:ETH",
     "O:United Nations|UN", "O:" + M23, "O:Allied Democratic Forces|ADF", "O:World Food Programme|WFP",
     "O:Joint Security Coordination Mechanism",
     "L:Addis Ababa@ETH", "L:Uvira@COD", "L:Goma@COD", "L:South Kivu@COD", "L:Kinshasa@COD", "L:Kigali@RWA",
     "L:Washington@USA", "L:Doha@QAT", "L:Lubero@COD", "L:North Kivu@COD", "L:Mangurujipa@COD",
     "L:Luanda@AGO"],
    [],
    [F(PSC, "criticized", M23, D4),
     F(M23, "attacked", "Uvira|#COD", "2026-07-06"),
     F(M23, "invaded", "Goma", "2025-01"),
     F(PSC, "urged", M23, D4),
     F(PSC, "urged", "#RWA|Republic of Rwanda", D4),
     F(PSC, "urged", "#COD|Government of the DRC", D4),
     F("#COD", "agreed", "#RWA", "2025-12"),
     F("#COD|Government of the DRC", "agreed", M23, "2025-11"),
     F(GN, "visited", "Kinshasa|#COD", "2026-06"),
     F(GN, "visited", "Kigali|#RWA", "2026-06"),
     F(PSC, "criticized", "Allied Democratic Forces|ADF", D4),
     F("Allied Democratic Forces|ADF", "attacked", "Lubero|Mangurujipa|#COD", "2026-07-09", 3),
     F("World Food Programme|WFP", "supplied", "South Kivu"),
     F(PSC, "warned", M23, D4)],
    [I(M23, "invaded", "#COD", "dup guard for the occupation of Goma; 'all other localities it has seized' are unnamed"),
     I("#RWA|Republic of Rwanda", "supplied", M23, "'cease all support to the AFC/M23': implied in a call, not stated"),
     I("#RWA|Republic of Rwanda", "invaded", "#COD", "'withdraw its forces from the territory of the DRC': implied presence"),
     I(PSC, "sanctioned", M23, "'will consider targeted measures': speculative"),
     I(PSC, "cooperated", "#QAT|#USA", "appreciation for facilitation, not cooperation"),
     I(PSC, "urged", "Mahmoud Ali Youssouf|Youssouf", "'Requests the Chairperson of the Commission': internal request, debatable")])

# g5 -- UK FCDO press release, Haiti sanctions. Published Wed 2026-05-13; in March = 2026-03, 2 May = 05-02.
UK = "#GBR|UK|Foreign, Commonwealth & Development Office|FCDO|Yvette Cooper"
D5 = "2026-05-13"
GA = "Golfo Azul Logistics S.A. de C.V.|Golfo Azul Logistics|Golfo Azul"
doc("govdocs/g5-fcdo-haiti-sanctions", D5,
    "UK sanctions Haitian gang leaders and arms traffickers fuelling violence in Port-au-Prince",
    "GOV.UK (Foreign, Commonwealth & Development Office)",
    ["S:GBR", "S:HTI", "S:MEX", "S:USA", "S:CAN",
     "O:Foreign, Commonwealth & Development Office|FCDO|Foreign, Commonwealth and Development Office",
     "P:Yvette Cooper|Cooper@GBR", "P:Jean-Robert Désir|Désir|Ti Kòk|Jean-Robert Desir@HTI",
     "P:Mackendy Pierre-Louis|Pierre-Louis@HTI",
     "P:Elías Roberto Quintanilla Ochoa|Quintanilla Ochoa|Quintanilla|Elias Roberto Quintanilla Ochoa@MEX",
     "O:" + GA, "O:Kraze Baryè|Kraze Barye", "O:Viv Ansanm", "O:Haitian National Police",
     "O:Gang Suppression Force", "O:UN Security Council", "O:UN Integrated Office in Haiti|BINUH",
     "O:Office of Financial Sanctions Implementation|OFSI", "O:HM Treasury", "O:GOV.UK",
     "L:Port-au-Prince@HTI", "L:Mirebalais@HTI", "L:Lázaro Cárdenas|Lazaro Cardenas@MEX", "L:Kenscoff@HTI"],
    ["Facebook", "LinkedIn"],
    [F(UK, "sanctioned", "Jean-Robert Désir|Désir|Ti Kòk", D5),
     F(UK, "sanctioned", "Mackendy Pierre-Louis|Pierre-Louis", D5),
     F(UK, "sanctioned", "Elías Roberto Quintanilla Ochoa|Quintanilla Ochoa", D5),
     F(UK, "sanctioned", GA, D5),
     F("Jean-Robert Désir|Désir|Kraze Baryè", "attacked", "Mirebalais", "2026-03"),
     F(GA + "|Elías Roberto Quintanilla Ochoa|Quintanilla Ochoa", "supplied", "Viv Ansanm", by="UK"),
     F("Viv Ansanm", "attacked", "Haitian National Police|Kenscoff|#HTI", "2026-05-02"),
     F("Yvette Cooper|Cooper|#GBR", "criticized", "Viv Ansanm", D5),
     F("#GBR|UK", "cooperated", "#USA", D5),
     F("#GBR|UK", "cooperated", "#CAN", D5),
     F("#GBR|UK", "supplied", "Gang Suppression Force")],
    [I("#GBR|UK", "cooperated", "#MEX|Mexican authorities", "'welcomes the cooperation of the Mexican authorities' in a note to editors: debatable"),
     I("Yvette Cooper|Cooper|#GBR", "accused", GA + "|Elías Roberto Quintanilla Ochoa", "'those who arm them share the blame': implied"),
     I("#GBR|UK", "sanctioned", "#HTI|#MEX", "designations under the Haiti regime target persons and a company, not the states")])

# ====================================================================== sentences

doc("sentences/s01", "2026-02-09", "OSLO, Feb 9 (NTB)", "NTB",
    ["P:Espen Barth Eide|Eide|Barth Eide@NOR", "P:Elina Valtonen|Valtonen@FIN", "S:NOR", "S:FIN", "S:RUS",
     "L:Oslo@NOR", "L:Helsinki@FIN", "L:Svalbard@NOR", "O:NTB"],
    [],
    [F("Espen Barth Eide|Eide|#NOR", "visited", "Helsinki|#FIN", "2026-02-09")],
    [I("Espen Barth Eide|Eide|#NOR", "met", "Elina Valtonen|Valtonen|#FIN", "purpose clause: 'for talks with' his Finnish counterpart")])

doc("sentences/s02", "2026-03-05", "KATHMANDU, March 5 (Xinhua)", "Xinhua",
    ["S:NPL", "S:CHN", "L:Kathmandu@NPL", "L:Kerung@CHN", "O:Xinhua",
     "O:Nepal's Ministry of Foreign Affairs|Ministry of Foreign Affairs"],
    [],
    [F("#NPL", "agreed", "#CHN", "2026-03-03")],
    [I("#NPL", "cooperated", "#CHN", "feasibility study for a cross-border railway: cooperation reading debatable")])

NGUARD = "Mexico's National Guard|National Guard|#MEX"
doc("sentences/s03", "2026-07-21", "GUATEMALA CITY, July 21 (EFE)", "EFE",
    ["S:GTM", "S:HND", "S:SLV", "S:MEX", "O:Mexico's National Guard|National Guard|Guardia Nacional",
     "L:Guatemala City@GTM", "L:Tapachula@MEX", "L:Chiapas@MEX", "O:EFE"],
    [],
    [F("#GTM", "criticized", NGUARD, "2026-07-20"),
     F("#HND", "criticized", NGUARD, "2026-07-20"),
     F("#SLV", "criticized", NGUARD, "2026-07-20")],
    [I("Mexico's National Guard|National Guard|#MEX", "attacked", "#GTM|#HND|#SLV", "shooting of 'Central American migrants': victims' nationality not stated")])

doc("sentences/s04", "2026-01-17", "SARAJEVO, Jan 17 (Reuters)", "Reuters",
    ["P:Nenad Stevandic|Stevandic|Nenad Stevandić@BIH", "S:GBR", "O:Republika Srpska National Assembly",
     "L:Republika Srpska@BIH", "O:Foreign Office", "L:Sarajevo@BIH", "O:Reuters"],
    [],
    [F("#GBR|United Kingdom|Foreign Office", "sanctioned", "Nenad Stevandic|Stevandic", "2026-01-16")],
    [I("#GBR", "sanctioned", "Republika Srpska|#BIH", "sanctions target the speaker, not the entity or the state")])

doc("sentences/s05", "2026-11-13", "THIMPHU, Nov 13 (ANI)", "ANI",
    ["P:Narendra Modi|Modi@IND", "P:Tshering Tobgay|Tobgay@BTN", "S:IND", "S:BTN", "L:Thimphu@BTN",
     "L:Kokrajhar@IND", "L:Gelephu@BTN", "O:ANI|Asian News International"],
    [],
    [F("Narendra Modi|Modi|#IND", "visited", "#BTN|Thimphu", "2026-11-12", 1),
     F("Narendra Modi|Modi|#IND", "agreed", "Tshering Tobgay|Tobgay|#BTN", "2026-11-12")],
    [I("Narendra Modi|Modi|#IND", "cooperated", "Tshering Tobgay|Tobgay|#BTN", "'opened a rail link' together: cooperation reading debatable"),
     I("Narendra Modi|Modi|#IND", "met", "Tshering Tobgay|Tobgay|#BTN", "meeting implied by the signing, not stated")])

doc("sentences/s06", "2026-08-28", "MEXICO CITY, Aug 28 (Reuters)", "Reuters",
    ["P:Claudia Sheinbaum|Sheinbaum@MEX", "P:Bernardo Arevalo|Arevalo|Bernardo Arévalo@GTM", "S:MEX", "S:GTM",
     "L:Tapachula@MEX", "L:Suchiate River|Suchiate@MEX,GTM", "L:Mexico City@MEX", "O:Reuters"],
    [],
    [F("Claudia Sheinbaum|Sheinbaum|#MEX", "met", "Bernardo Arevalo|Arevalo|#GTM", "2026-08-27"),
     F("Claudia Sheinbaum|Sheinbaum|#MEX", "agreed", "Bernardo Arevalo|Arevalo|#GTM", "2026-08-27")],
    [I("Bernardo Arevalo|Arevalo|#GTM", "visited", "Tapachula|#MEX", "venue-only: talks in Tapachula")])

doc("sentences/s07", "2026-09-30", "BOGOTA, Sept 30 (AFP)", "AFP",
    ["S:ECU", "S:COL", "O:Comandos de la Frontera", "L:Putumayo@COL", "L:Bogota|Bogotá@COL",
     "O:Colombia's defence ministry|defence ministry", "O:AFP|Agence France-Presse"],
    [],
    [F("Ecuadorian troops|#ECU", "attacked", "Comandos de la Frontera", "2026-09-29", by="Colombia's defence ministry")],
    [I("Ecuadorian troops|#ECU", "attacked", "#COL|Putumayo", "dup guard: the camp struck lies inside Colombia's Putumayo department")])

doc("sentences/s08", "2026-05-08", "DHAKA, May 8 (UNB)", "UNB",
    ["S:BGD", "S:IND", "O:Border Security Force|BSF", "L:Dhaka@BGD", "L:Sylhet@BGD", "L:Tamabil@BGD",
     "O:UNB|United News of Bangladesh"],
    [],
    [F("#BGD|Dhaka", "urged", "#IND|New Delhi", "2026-05-08"),
     F("#BGD|Dhaka", "accused", "Border Security Force|BSF|#IND", "2026-05-08")],
    [I("Border Security Force|BSF|#IND", "attacked", "#BGD", "killing of a Bangladeshi teenager: the victim is no entity, and the charge is Dhaka's")])

doc("sentences/s09", "2026-10-12", "BAMAKO, Oct 12 (Reuters)", "Reuters",
    ["S:MLI", "S:MRT", "O:JNIM|Jama'at Nusrat al-Islam wal-Muslimin", "O:al Qaeda|al-Qaeda",
     "L:Nioro du Sahel@MLI", "L:Bamako@MLI", "O:Reuters"],
    [],
    [F("Mali's army|#MLI", "attacked", "JNIM|Jama'at Nusrat al-Islam wal-Muslimin", "2026-10-11", 1)],
    [I("Mali's army|#MLI", "attacked", "#MRT|market", "'denied that it had bombed a market across the border in Mauritania': negated")])

doc("sentences/s10", "2026-11-16", "SHENZHEN, Nov 16 (Kyodo)", "Kyodo",
    ["P:Sanae Takaichi|Takaichi@JPN", "P:Xi Jinping|Xi@CHN", "S:JPN", "S:CHN", "O:APEC", "L:Shenzhen@CHN",
     "O:Kyodo"],
    [],
    [F("Sanae Takaichi|Takaichi|#JPN", "met", "Xi Jinping|Xi|#CHN", "2026-11-15"),
     F("Sanae Takaichi|Takaichi|#JPN", "agreed", "Xi Jinping|Xi|#CHN", "2026-11-15")],
    [I("Sanae Takaichi|Takaichi|#JPN", "visited", "Shenzhen|#CHN", "venue-only: talks on the sidelines of the APEC summit in Shenzhen")])


def main():
    for d in DOCS:
        base = os.path.join(ROOT, d["path"])
        name = os.path.basename(d["path"])
        if not os.path.exists(base + ".txt"):
            raise SystemExit("missing text: " + base + ".txt")
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": name + ".txt", "published": d["published"],
                "source": "written for geokg heldout31 (own text, style of %s)" % d["source"],
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

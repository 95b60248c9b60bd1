#!/usr/bin/env python3
"""Holds every heldout28 annotation in compact form and writes NAME.meta.json and NAME.gold.json.

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
        return {"name": ["iso3:" + body], "kind": "state"}
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
TUG = "Yusuf Tuggar|Tuggar|#NGA"
ZEI = "Ali Lamine Zeine|Zeine|#NER"
TOU = "Omar Alieu Touray|Touray|ECOWAS Commission|ECOWAS|Economic Community of West African States"
AES = "Alliance of Sahel States|AES|#NER|#MLI|#BFA"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin|JNIM"
doc("articles/a1-sahel-premiumtimes", "2026-04-17",
    "Tuggar in Niamey as Nigeria, Niger agree to restore power supply, border talks", "Premium Times",
    ["P:Yusuf Tuggar|Tuggar@NGA", "P:Ali Lamine Zeine|Zeine@NER", "P:Abdourahamane Tiani|Tiani@NER",
     "P:Omar Alieu Touray|Touray@GMB", "P:Aminu Gaya-Mohammed|Gaya-Mohammed@NGA", "P:Bola Tinubu|Tinubu@NGA",
     "S:NGA", "S:NER", "S:BFA", "S:MLI", "S:FRA", "S:BEN", "S:RUS",
     "O:Premium Times", "O:Economic Community of West African States|ECOWAS", "O:ECOWAS Commission",
     "O:Transmission Company of Nigeria|TCN", "O:Multinational Joint Task Force|MNJTF",
     "O:Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "O:al-Qaeda|al Qaeda",
     "O:Alliance of Sahel States|AES", "O:Tele Sahel", "O:European Union|EU",
     "O:Centre for Sahel Policy Studies", "O:Niger's defence ministry|defence ministry",
     "L:Niamey@NER", "L:Abuja@NGA", "L:Zinder@NER", "L:Maradi@NER", "L:Katsina@NGA", "L:Konni@NER",
     "L:Diffa@NER", "L:Tillaberi|Tillabery@NER", "L:Lagos@NGA", "L:Kano@NGA"],
    ["Chinedu Okafor-Bello", "NAN", "Kimiebi Ebienfa", "#TGO", "#GHA", "#TCD", "#SEN", "#GNB",
     "PT Morning Brief", "Facebook", "WhatsApp", "LinkedIn", "Premium Times Services Limited",
     "info@premiumtimesng.com", "53 Mambolo Street", "Wuse Zone 2", "+234 9 291 4321"],
    [F(TUG, "visited", "Niamey|#NER", "2026-04-14", 1),
     F(TUG, "met", ZEI, "2026-04-15"),
     F(TUG, "met", "Abdourahamane Tiani|Tiani|#NER", "2026-04-15", 1),
     F(TUG, "agreed", ZEI),
     F("#NGA|Abuja", "supplied", "#NER|Niamey"),
     F(TUG, "urged", "#NER|Niamey"),
     F("#NER|Niamey", "cooperated", "#NGA|Abuja"),
     F(JNIM, "attacked", "Tillaberi|#NER", "2026-04-09", 3),
     F("#NER", "accused", "#FRA|Paris"),
     F("#MLI", "accused", "#FRA|Paris"),
     F("#BFA", "accused", "#FRA|Paris"),
     F("#NER|Niamey", "accused", "#BEN|Cotonou", "2026-04-13"),
     F(TOU, "urged", AES, "2026-04-16"),
     F(TOU, "warned", AES),
     F("#RUS", "supplied", "#NER|Niamey", "2026-02"),
     F("European Union|EU", "supplied", "Tillaberi|#NER", "2026-04")],
    [I("#NGA|Abuja", "sanctioned", "#NER|Niamey", "'cut power as part of regional sanctions' (2023): background, sanction by the bloc rather than Abuja"),
     I("Economic Community of West African States|ECOWAS", "sanctioned", "#NER", "regional sanctions implied, not stated as an event"),
     I("Transmission Company of Nigeria|TCN", "supplied", "#NER|Niamey|Zinder", "'will restore': planned"),
     I("Alliance of Sahel States|AES", "accused", "#FRA|Paris", "accusation is stated for the three states; bloc-level reading debatable"),
     I("#FRA|Paris", "supplied", "jihadist groups", "alleged 'backing' is not a stated supply, and the charge is rejected"),
     I("Bola Tinubu|Tinubu|#NGA", "met", "Abdourahamane Tiani|Tiani|#NER", "'is expected to host': speculative"),
     I("Aminu Gaya-Mohammed|Gaya-Mohammed", "warned", "#NER", "'cautioned that Niger may demand': analyst speculation"),
     I(TUG, "visited", "Abuja|#NGA", "returning home is not a visit"),
     I("#NER|Niamey", "accused", "French special forces|#FRA", "part of the accusation against Benin; France reading implied")])

MIR = "Ararat Mirzoyan|Mirzoyan|#ARM"
BAY = "Jeyhun Bayramov|Bayramov|#AZE"
BOT = "Maka Botchorishvili|Botchorishvili|#GEO"
LAN = "Christopher Landau|Landau|#USA|Washington"
doc("articles/a2-caucasus-ocmedia", "2026-06-09",
    "Mirzoyan and Bayramov meet in Tbilisi, agree on next stage of border delimitation", "OC Media",
    ["P:Ararat Mirzoyan|Mirzoyan@ARM", "P:Jeyhun Bayramov|Bayramov@AZE", "P:Maka Botchorishvili|Botchorishvili@GEO",
     "P:Irakli Kobakhidze|Kobakhidze@GEO", "P:Maria Zakharova|Zakharova@RUS", "P:Ali Akbar Velayati|Velayati@IRN",
     "P:Christopher Landau|Landau@USA", "P:Tamar Beridze|Beridze@GEO", "P:Nikol Pashinyan|Pashinyan@ARM",
     "P:Ilham Aliyev|Aliyev@AZE",
     "S:ARM", "S:AZE", "S:GEO", "S:RUS", "S:IRN", "S:USA",
     "O:OC Media", "O:Azerbaijan's Defence Ministry|Defence Ministry|Ministry of Defence of Azerbaijan",
     "O:Armenia's Defence Ministry|Defence Ministry|Ministry of Defence of Armenia",
     "O:Armenian Armed Forces|Armed Forces of Armenia", "O:EU Monitoring Mission in Armenia|EUMA",
     "O:European Union|EU", "O:Russian Foreign Ministry|Foreign Ministry of Russia",
     "O:Collective Security Treaty Organization|CSTO", "O:European Peace Facility",
     "O:State Oil Company of Azerbaijan Republic|SOCAR", "O:Caucasus Connectivity Institute",
     "L:Tbilisi@GEO", "L:Washington@USA", "L:Kirants@ARM", "L:Gazakh@AZE", "L:Tovuz@AZE", "L:Yerevan@ARM",
     "L:Syunik@ARM", "L:Nakhchivan@AZE", "L:South Caucasus@ARM,AZE,GEO", "L:Abu Dhabi@ARE"],
    ["Nino Kvaratskhelia", "Levan Gogua", "Abkhazia", "#BLR", "Middle Corridor", "The Caucasus Digest",
     "Facebook", "Telegram", "3 Marjanishvili Street"],
    [F(MIR, "met", BAY, "2026-06-08"),
     F(MIR, "agreed", BAY),
     F(BOT, "met", MIR),
     F(BOT, "met", BAY),
     F(MIR, "met", "Irakli Kobakhidze|Kobakhidze|#GEO"),
     F("Azerbaijan's Defence Ministry|Defence Ministry|#AZE|Baku", "accused", "Armenian Armed Forces|#ARM", "2026-06-07"),
     F("Armenian Armed Forces|#ARM", "attacked", "#AZE|Tovuz|Azerbaijani army positions", by="Azerbaijan's Defence Ministry"),
     F("Maria Zakharova|Zakharova|#RUS|Russian Foreign Ministry", "criticized", "EU Monitoring Mission in Armenia|EUMA|European Union|EU", "2026-06-04"),
     F("European Union|EU", "supplied", "#ARM|Armenian army", "2026-03"),
     F("State Oil Company of Azerbaijan Republic|SOCAR|#AZE", "supplied", "#ARM", "2026-04"),
     F("#IRN|Tehran", "warned", "#ARM"),
     F(LAN, "urged", "#ARM"),
     F(LAN, "urged", "#AZE"),
     F("#GEO", "agreed", "#AZE|Baku", "2026-05")],
    [I(MIR, "visited", "Tbilisi|#GEO", "venue-only: talks held in Tbilisi"),
     I(BAY, "visited", "Tbilisi|#GEO", "venue-only: talks held in Tbilisi"),
     I(LAN, "met", BAY, "phone call, not a meeting"),
     I("Ali Akbar Velayati|Velayati|#IRN|Tehran", "threatened", "#ARM|#AZE", "'will not tolerate a change of borders': conditional, threat reading debatable"),
     I("Jeyhun Bayramov|Bayramov|#AZE|Baku", "urged", "#ARM|Yerevan", "'expected Yerevan to amend' is a demand; urged reading debatable"),
     I("Nikol Pashinyan|Pashinyan|#ARM", "met", "Ilham Aliyev|Aliyev|#AZE", "'could meet': speculative"),
     I("Armenia's Defence Ministry|#ARM", "criticized", "Azerbaijan's Defence Ministry|#AZE", "calling the claim 'disinformation' is a denial; criticized reading debatable"),
     I("European Union|EU", "cooperated", "#ARM", "aid package; cooperation reading implied")])

JAI = "Subrahmanyam Jaishankar|S Jaishankar|Jaishankar|#IND"
DEU_ = "Arzu Rana Deuba|Deuba|#NPL"
SIG = "Ashok Raj Sigdel|Sigdel|#NPL|Nepali Army"
doc("articles/a3-nepal-kathmandupost", "2026-08-21",
    "Jaishankar in Kathmandu: Nepal, India sign power deal, agree to revive boundary talks", "The Kathmandu Post",
    ["P:Subrahmanyam Jaishankar|S Jaishankar|Jaishankar@IND", "P:Arzu Rana Deuba|Deuba@NPL", "P:Sushila Karki|Karki@NPL",
     "P:Tshering Tobgay|Tobgay@BTN", "P:Chen Song|Chen@CHN", "P:Om Prakash Aryal|Aryal@NPL",
     "P:Ashok Raj Sigdel|Sigdel@NPL", "P:Dong Jun@CHN", "P:Madhu Raman Acharya|Acharya@NPL",
     "S:NPL", "S:IND", "S:CHN", "S:BGD", "S:BTN",
     "O:The Kathmandu Post|Kathmandu Post", "O:Boundary Working Group", "O:Nepal Electricity Authority|NEA",
     "O:Ministry of Foreign Affairs", "O:Ministry of Health and Population", "O:Indian embassy",
     "O:Chinese embassy", "O:Bharat Ledger", "O:Nepali Army", "O:Nepali Congress", "O:CPN-UML",
     "O:Trade and Export Promotion Centre",
     "L:Kathmandu@NPL", "L:Singha Durbar@NPL", "L:Baluwatar@NPL", "L:Lipulekh@NPL,IND",
     "L:Tribhuvan International Airport@NPL", "L:Thimphu@BTN", "L:Koshi@NPL", "L:Gandaki@NPL",
     "L:Tatopani@NPL", "L:Sindhupalchok@NPL", "L:Beijing@CHN", "L:New Delhi@IND", "L:Birgunj@NPL"],
    ["Anil Giri", "Keshav Thapa", "Rupandehi", "#LKA", "#MDV", "Sagarmatha", "Facebook", "Post Brief",
     "Kantipur Publications Pvt Ltd", "Subidhanagar", "01-5135000"],
    [F(JAI, "visited", "Kathmandu|#NPL", "2026-08-19", 1),
     F(JAI, "met", DEU_, "2026-08-20"),
     F(JAI, "agreed", DEU_),
     F(JAI, "met", "Sushila Karki|Karki|#NPL"),
     F("#NPL|Nepal Electricity Authority|NEA", "supplied", "#IND"),
     F("#NPL|Nepal Electricity Authority|NEA", "supplied", "#BGD", "2025-11"),
     F(DEU_, "urged", "#IND|New Delhi"),
     F("#IND", "agreed", "#CHN", "2025"),
     F("#IND|Indian embassy", "supplied", "#NPL|Ministry of Health and Population"),
     F(JAI, "cooperated", DEU_),
     F("#CHN", "supplied", "#NPL", "2026-08-13", 3),
     F("Chinese embassy|#CHN", "accused", "Bharat Ledger", "2026-08-18"),
     F(SIG, "visited", "Beijing|#CHN", "2026-08-17"),
     F(SIG, "met", "Dong Jun|#CHN", "2026-08-17"),
     F(SIG, "agreed", "Dong Jun|#CHN", "2026-08-17")],
    [I(JAI, "visited", "Thimphu|#BTN", "'before flying to Thimphu': departure, arrival not stated"),
     I(JAI, "met", "Tshering Tobgay|Tobgay|#BTN", "'is scheduled to meet': speculative"),
     I("Sushila Karki|Karki|#NPL", "visited", "New Delhi|#IND", "'is expected to visit': speculative"),
     I("Chen Song|Chen|#CHN", "supplied", "Om Prakash Aryal|Aryal|#NPL", "handover to the minister; dup guard for China's relief supply"),
     I("Chen Song|Chen|#CHN", "met", "Om Prakash Aryal|Aryal|#NPL", "meeting implied by the handover"),
     I("Chen Song|Chen|#CHN", "criticized", "#IND", "target implied ('widely read as aimed at India')"),
     I("#CHN", "supplied", "Nepali Army", "'will provide': planned"),
     I("#NPL|Kathmandu", "criticized", "#IND", "'protested last year': criticized reading debatable"),
     I("#IND", "supplied", "#NPL", "'India will buy' power: planned trade, direction reversed")])

RUB = "Marco Rubio|Rubio|#USA|Washington"
FER = "Laura Fernandez|Fernandez|#CRI|San Jose"
MUL = "Jose Raul Mulino|Mulino|#PAN"
TRE = "US Treasury Department|Treasury Department|#USA"
doc("articles/a4-centralamerica-ticotimes", "2026-09-15",
    "Rubio in San Jose: US hands over patrol boats as Costa Rica confronts cocaine surge", "The Tico Times",
    ["P:Marco Rubio|Rubio@USA", "P:Laura Fernandez|Fernandez@CRI", "P:Arnoldo Andre|Andre@CRI",
     "P:Mario Zamora|Zamora@CRI", "P:Rosario Murillo|Murillo@NIC", "P:Marvin Aguilar Pastora|Aguilar Pastora@NIC",
     "P:Ileana Perez Bravo|Perez Bravo@NIC", "P:Jose Raul Mulino|Mulino@PAN", "P:Bernardo Arevalo|Arevalo@GTM",
     "P:Daniel Quesada|Quesada@CRI",
     "S:USA", "S:CRI", "S:NIC", "S:PAN", "S:GTM", "S:COL",
     "O:The Tico Times|Tico Times", "O:US Coast Guard", "O:Costa Rican Coast Guard Service",
     "O:Public Security Ministry", "O:Foreign Ministry", "O:International Court of Justice|ICJ",
     "O:US Treasury Department|Treasury Department", "O:Empresa Minera del Cocibolca|EMCO", "O:Clan del Golfo",
     "O:Central American Integration System|SICA", "O:Instituto Centroamericano de Estudios Estrategicos",
     "L:San Jose@CRI", "L:Casa Presidencial@CRI", "L:Zapote@CRI", "L:Puntarenas@CRI", "L:Moin@CRI",
     "L:Caldera@CRI", "L:Isla Calero@CRI", "L:Managua@NIC", "L:Paso Canoas@CRI,PAN", "L:Darien@PAN",
     "L:Guatemala City@GTM"],
    ["Sofia Arguedas Mena", "Presidencia de la Republica", "Arenal Volcano", "#SLV", "#BLZ", "Facebook",
     "WhatsApp", "Apartado 4632-1000"],
    [F(RUB, "visited", "#CRI|San Jose", "2026-09-11"),
     F(RUB, "met", FER, "2026-09-11"),
     F(RUB, "met", "Arnoldo Andre|Andre|#CRI", "2026-09-11"),
     F(RUB, "agreed", FER),
     F("#USA|Washington", "supplied", "Costa Rican Coast Guard Service|#CRI", "2026-09-11", 1),
     F(RUB, "urged", "#CRI"),
     F("#USA|Washington", "cooperated", "#CRI|San Jose"),
     F("Nicaraguan army|#NIC|Managua", "invaded", "#CRI|Isla Calero", "2026-09-10", 3, by="Mario Zamora"),
     F("Foreign Ministry|#CRI", "accused", "#NIC|Managua|Nicaraguan government"),
     F("#NIC|Managua|Rosario Murillo|Murillo", "criticized", "Marco Rubio|Rubio|#USA"),
     F("#NIC|Managua|Rosario Murillo|Murillo", "accused", "#CRI"),
     F(TRE, "sanctioned", "Marvin Aguilar Pastora|Aguilar Pastora", "2026-09-10"),
     F(TRE, "sanctioned", "Ileana Perez Bravo|Perez Bravo", "2026-09-10"),
     F(TRE, "sanctioned", "Empresa Minera del Cocibolca|EMCO", "2026-09-10"),
     F(FER, "visited", "Paso Canoas", "2026-09-12"),
     F(FER, "met", MUL, "2026-09-12"),
     F(FER, "agreed", MUL),
     F(MUL, "warned", "Clan del Golfo|Colombian armed groups"),
     F(FER, "visited", "Guatemala City|#GTM", "2026-09-13"),
     F(FER, "met", "Bernardo Arevalo|Arevalo|#GTM", "2026-09-13")],
    [I(TRE, "sanctioned", "#NIC", "state-level reading of sanctions on two judges and a state firm; dup guard"),
     I("Foreign Ministry|#CRI", "criticized", "#NIC|Managua", "protest note; criticized reading debatable"),
     I(RUB, "visited", "Puntarenas|Zapote|Casa Presidencial", "venues inside the visit to Costa Rica"),
     I(FER, "visited", "#PAN", "Paso Canoas straddles the border; visit to Panama debatable"),
     I("#NIC|Managua", "criticized", "Mario Zamora|#CRI", "'rejected the claim' is a denial"),
     I(MUL, "supplied", "Darien", "'would deploy' border police: planned, not a supply")])

MAN = "Jeremiah Manele|Manele|#SLB|Honiara"
ALB = "Anthony Albanese|Albanese|#AUS|Canberra"
RAB = "Sitiveni Rabuka|Rabuka|#FJI"
PET = "Winston Peters|Peters|#NZL"
doc("articles/a5-pacific-rnz", "2026-10-02",
    "Pacific leaders back regional policing plan at Honiara meeting", "RNZ",
    ["P:Jeremiah Manele|Manele@SLB", "P:Anthony Albanese|Albanese@AUS", "P:Sitiveni Rabuka|Rabuka@FJI",
     "P:James Marape|Marape@PNG", "P:Justin Tkatchenko|Tkatchenko@PNG", "P:Matthew Wale|Wale@SLB",
     "P:Mao Ning@CHN", "P:Aisake Eke|Eke@TON", "P:Winston Peters|Peters@NZL", "P:Tupou VI|King Tupou VI@TON",
     "P:Aliki Fonua|Fonua@FJI", "P:Baron Waqa|Waqa@NRU",
     "S:SLB", "S:AUS", "S:FJI", "S:PNG", "S:CHN", "S:TON", "S:NZL", "S:USA", "S:PLW",
     "O:RNZ|RNZ Pacific|Radio New Zealand", "O:Pacific Islands Forum|PIF", "O:Pacific Policing Initiative",
     "O:Royal Solomon Islands Police Force|RSIPF", "O:Republic of Fiji Navy", "O:Chinese Embassy",
     "O:Chinese Foreign Ministry", "O:Pacific Futures Institute",
     "L:Honiara@SLB", "L:Brisbane@AUS", "L:Suva@FJI", "L:Port Moresby@PNG", "L:Nuku'alofa@TON",
     "L:Tonga Trench@TON", "L:Royal Palace@TON", "L:Koror@PLW"],
    ["Mele Tupou", "Losana Vaka", "Pacnews", "#VUT", "#COK", "#WSM", "Apia", "Bougainville", "Pacific Waves",
     "Facebook", "PO Box 123"],
    [F(MAN, "met", ALB, "2026-09-29", 1),
     F(MAN, "met", RAB, "2026-09-29", 1),
     F(ALB, "met", RAB, "2026-09-29", 1),
     F(MAN, "agreed", ALB),
     F(MAN, "agreed", RAB),
     F(ALB, "agreed", RAB),
     F(ALB, "visited", "Honiara|#SLB", "2026-09-28", 1),
     F("#AUS|Canberra", "supplied", "Republic of Fiji Navy|#FJI", "2026-09"),
     F("#CHN|Beijing", "supplied", "#SLB|Honiara|Solomon Islands government", "2026-09"),
     F("#CHN|Beijing", "supplied", "Royal Solomon Islands Police Force|RSIPF"),
     F("#CHN|Beijing", "agreed", "#SLB|Honiara", "2022"),
     F("Matthew Wale|Wale", "criticized", "Jeremiah Manele|Manele"),
     F("Mao Ning|#CHN|Chinese Foreign Ministry", "warned", "#AUS"),
     F("#TON", "accused", "#CHN", "2026-09-30"),
     F(PET, "visited", "Nuku'alofa|#TON", "2026-10-01"),
     F(PET, "urged", "#CHN|Beijing"),
     F(PET, "met", "Tupou VI|King Tupou VI|#TON"),
     F("#FJI", "agreed", "#TON", "2026-09")],
    [I("James Marape|Marape|#PNG", "met", MAN, "'did not attend': negated"),
     I("Justin Tkatchenko|Tkatchenko|#PNG", "met", MAN, "attendance implied by 'sending ... instead'"),
     I(ALB, "supplied", "Royal Solomon Islands Police Force|RSIPF", "'Canberra will fund': planned"),
     I("Mao Ning|#CHN", "criticized", "#AUS", "'bloc confrontation': target implied"),
     I("#CHN|Haiyang Tansuo 9", "visited", "#TON", "alleged entry of a research vessel into the EEZ is not a visit"),
     I("#FJI", "cooperated", "#TON", "'agreed to cooperate': planned cooperation"),
     I(RAB, "visited", "Honiara|#SLB", "travel implied by attendance, not stated"),
     I("#USA|Washington", "criticized", "#CHN|#SLB", "'alarmed' is not criticism")])

HAK = "Antti Hakkanen|Hakkanen|#FIN"
PEV = "Hanno Pevkur|Pevkur|#EST"
PIS = "Boris Pistorius|Pistorius|#DEU"
TSA = "Margus Tsahkna|Tsahkna|#EST"
doc("articles/a6-baltic-err", "2026-11-19",
    "Navy detains shadow fleet tanker, Moscow threatens 'response'", "ERR News",
    ["P:Kristen Michal|Michal@EST", "P:Dmitry Peskov|Peskov@RUS", "P:Alexander Grushko|Grushko@RUS",
     "P:Margus Tsahkna|Tsahkna@EST", "P:Antti Hakkanen|Hakkanen@FIN", "P:Hanno Pevkur|Pevkur@EST",
     "P:Boris Pistorius|Pistorius@DEU", "P:Gitanas Nauseda|Nauseda@LTU", "P:Kaur Lohmus|Lohmus@EST",
     "S:EST", "S:RUS", "S:FIN", "S:UKR", "S:CMR", "S:CHN", "S:DEU", "S:LTU", "S:NLD",
     "O:ERR News|ERR", "O:Estonian Navy|Navy", "O:Police and Border Guard Board|PPA", "O:European Union|EU",
     "O:RIA Novosti", "O:Estonian Defence Forces", "O:NATO", "O:Baltic Sentry", "O:Soodur Robotics",
     "O:Ukrainian Armed Forces", "O:Baltic Sea Policy Institute", "O:Orion Seaways LLC|Orion Seaways",
     "L:Prangli@EST", "L:Muuga@EST", "L:Primorsk@RUS", "L:Baltic Sea@EST,FIN,RUS", "L:Vaindloo@EST",
     "L:Tallinn@EST", "L:Gulf of Finland@EST,FIN,RUS", "L:Rudninkai@LTU", "L:Vilnius@LTU", "L:Tartu@EST",
     "L:Dubai@ARE"],
    ["Mereteet Leppik", "Mereviht", "Helen Wright", "Rail Baltica", "Parnu", "#LVA", "ERR News Daily", "Facebook",
     "Eesti Rahvusringhaaling", "Kreutzwaldi 14", "news@err.ee"],
    [F("European Union|EU", "sanctioned", "Vela Crest", "2026-05"),
     F("Kristen Michal|Michal|#EST", "criticized", "#RUS|Moscow"),
     F("Dmitry Peskov|Peskov|#RUS|Kremlin|Moscow", "accused", "#EST|Tallinn", "2026-11-19"),
     F("Alexander Grushko|Grushko|#RUS", "threatened", "#EST"),
     F(TSA, "accused", "#RUS|Moscow"),
     F(TSA, "urged", "#RUS|Moscow"),
     F(HAK, "visited", "Tallinn|#EST", "2026-11-17"),
     F(HAK, "met", PEV, "2026-11-17"),
     F(HAK, "agreed", PEV),
     F("#FIN", "cooperated", "#EST"),
     F("#EST", "supplied", "#UKR", "2026-10"),
     F("Soodur Robotics", "supplied", "Ukrainian Armed Forces|#UKR", "2026-11"),
     F(PIS, "visited", "Rudninkai|#LTU", "2026-11-12", 3),
     F(PIS, "met", "Gitanas Nauseda|Nauseda|#LTU", "2026-11-16"),
     F(PIS, "warned", "#RUS")],
    [I("Estonian Navy|#EST", "attacked", "Vela Crest", "detaining a vessel is not use of force"),
     I("#RUS", "invaded", "#EST", "a fighter jet entering airspace for a minute; invasion reading debatable"),
     I("#CHN", "attacked", "Balticconnector", "2023 damage 'blamed on' a Chinese-owned vessel: passive, no accuser, background"),
     I(PIS, "visited", "Vilnius|#LTU", "venue-only: met Nauseda in Vilnius"),
     I(TSA, "met", "charge d'affaires|#RUS", "summoning a diplomat is not a meeting"),
     I("#RUS", "attacked", "#UKR", "'Russia's war against Ukraine' inside a quote: background")])

# ---------------------------------------------------------------- govdocs
PM = "Mohammed bin Abdulrahman bin Jassim Al-Thani|Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani|#QAT"
KW = "Therese Kayikwamba Wagner|Kayikwamba Wagner|#COD|Government of the Democratic Republic of the Congo"
M23 = "Congo River Alliance/March 23 Movement|AFC/M23|M23|Corneille Nangaa|Nangaa"
QA = "#QAT|State of Qatar|Ministry of Foreign Affairs"
KH = "Mohammed bin Abdulaziz Al-Khulaifi|Al-Khulaifi|#QAT"
doc("govdocs/g1-qatar-mofa-release", "2026-05-06",
    "Doha Framework for Peace Signed Between the Government of the Democratic Republic of the Congo and the AFC/M23 in Doha",
    "Ministry of Foreign Affairs - State of Qatar",
    ["P:Mohammed bin Abdulrahman bin Jassim Al-Thani|Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani@QAT",
     "P:Therese Kayikwamba Wagner|Kayikwamba Wagner@COD", "P:Corneille Nangaa|Nangaa@COD",
     "P:Mohammed bin Abdulaziz Al-Khulaifi|Al-Khulaifi@QAT", "P:Paul Kagame|Kagame@RWA",
     "P:Tamim bin Hamad Al-Thani|Sheikh Tamim bin Hamad Al-Thani@QAT",
     "S:QAT", "S:COD", "S:USA", "S:RWA",
     "O:Ministry of Foreign Affairs", "O:Congo River Alliance/March 23 Movement|AFC/M23|M23", "O:African Union|AU",
     "O:Qatar Fund for Development|QFFD", "O:World Health Organization|WHO", "O:Allied Democratic Forces|ADF",
     "O:MONUSCO|United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
     "L:Doha@QAT", "L:North Kivu@COD", "L:South Kivu@COD", "L:Goma@COD", "L:Beni@COD", "L:Kigali@RWA"],
    ["Media Office", "Media Center", "info@mofa.gov.qa", "+974 4011 1111"],
    [F(KW, "agreed", M23, "2026-05-06"),
     F(PM, "met", KW),
     F(PM, "met", "Corneille Nangaa|Nangaa|AFC/M23|M23"),
     F(QA, "urged", "#COD|Government of the Democratic Republic of the Congo", "2026-05-06"),
     F(QA, "urged", "AFC/M23|Congo River Alliance/March 23 Movement|M23", "2026-05-06"),
     F("Qatar Fund for Development|QFFD|#QAT", "supplied", "Goma|#COD", "2026-04-30", 3),
     F(QA, "criticized", "Allied Democratic Forces|ADF", "2026-05-06"),
     F("Allied Democratic Forces|ADF", "attacked", "MONUSCO|United Nations Organization Stabilization Mission in the Democratic Republic of the Congo|Beni", "2026-05-04"),
     F(KH, "visited", "Kigali|#RWA", "2026-04"),
     F(KH, "met", "Paul Kagame|Kagame|#RWA", "2026-04")],
    [I(KW, "visited", "Doha|#QAT", "venue-only: signing in Doha"),
     I("Corneille Nangaa|Nangaa|AFC/M23", "visited", "Doha|#QAT", "venue-only: signing in Doha"),
     I("#QAT", "cooperated", "#USA|African Union", "'will continue ... in coordination with': future"),
     I("Qatar Fund for Development|QFFD", "cooperated", "World Health Organization|WHO", "'in cooperation with' on a delivery: debatable type"),
     I(KH, "supplied", "Paul Kagame|Kagame|#RWA", "delivered a message, not goods"),
     I("#QAT", "agreed", "#COD|AFC/M23", "Qatar is the mediator and host, not a party"),
     I(PM, "met", "#USA|African Union", "presence of representatives at the ceremony: implied")])

MAR = "Ferdinand R. Marcos Jr.|Marcos|Ferdinand Marcos Jr|#PHL"
TAK = "Sanae Takaichi|Takaichi|#JPN"
doc("govdocs/g2-japan-philippines-joint-statement", "2026-07-24",
    "Joint Statement by the Prime Minister of Japan and the President of the Republic of the Philippines on the Occasion of the Official Visit of President Ferdinand R. Marcos Jr. to Japan",
    "Ministry of Foreign Affairs of Japan",
    ["P:Ferdinand R. Marcos Jr.|Marcos|Ferdinand Marcos Jr@PHL", "P:Naruhito|Emperor Naruhito@JPN",
     "P:Sanae Takaichi|Takaichi@JPN",
     "S:JPN", "S:PHL", "S:CHN", "S:PRK", "S:RUS", "S:UKR", "S:USA",
     "O:Ministry of Foreign Affairs of Japan", "O:Japan Self-Defense Forces", "O:Armed Forces of the Philippines",
     "O:Philippine Navy", "O:China Coast Guard", "O:Philippine Coast Guard",
     "L:Imperial Palace@JPN", "L:Tokyo@JPN", "L:South China Sea@CHN,PHL", "L:Scarborough Shoal@PHL,CHN"],
    ["Page Top"],
    [F(MAR, "visited", "#JPN|Tokyo", "2026-07-23", 1),
     F(MAR, "met", "Naruhito|Emperor Naruhito|#JPN", "2026-07-22"),
     F(TAK, "met", MAR, "2026-07-23"),
     F(TAK, "agreed", MAR, "2026-07-23"),
     F(TAK, "cooperated", MAR),
     F("#JPN", "supplied", "Philippine Navy|#PHL", "2026-03"),
     F("China Coast Guard|#CHN", "attacked", "#PHL|Philippine Coast Guard|BRP Melchora Dagohoy", "2026-06-16"),
     F(TAK, "criticized", "#CHN|China Coast Guard", "2026-07-24"),
     F(MAR, "criticized", "#CHN|China Coast Guard", "2026-07-24"),
     F(TAK, "urged", "#CHN", "2026-07-24"),
     F(MAR, "urged", "#CHN", "2026-07-24"),
     F(TAK, "criticized", "#PRK", "2026-07-24"),
     F(MAR, "criticized", "#PRK", "2026-07-24"),
     F("#PRK", "supplied", "#RUS"),
     F("#RUS", "attacked", "#UKR")],
    [I(TAK, "visited", "#PHL", "invited to visit in 2027: speculative"),
     I("#JPN", "supplied", "North-South Commuter Railway", "yen loan 'will extend': planned"),
     I("#JPN", "cooperated", "#USA", "'reaffirmed the importance' of trilateral cooperation: debatable as a fact"),
     I("#PHL", "cooperated", "#USA", "'reaffirmed the importance' of trilateral cooperation: debatable as a fact"),
     I("#JPN|#PHL", "met", "#USA", "'will hold a trilateral summit': speculative"),
     I("#JPN", "supplied", "rigid-hull inflatable boats", "'will provide': planned")])

MAC = "Emmanuel Macron|Macron|#FRA|President of the Republic"
SAN = "Maia Sandu|Sandu|#MDA"
BOL = "Ilie Bolojan|Bolojan|#ROU"
doc("govdocs/g3-elysee-readout", "2026-02-13",
    "Readout of the President of the Republic's telephone call with President Volodymyr Zelensky and of his visit to the Republic of Moldova",
    "Presidency of the French Republic (Elysee)",
    ["P:Emmanuel Macron|Macron@FRA", "P:Volodymyr Zelensky|Zelensky@UKR", "P:Maia Sandu|Sandu@MDA",
     "P:Alexandru Munteanu|Munteanu@MDA", "P:Ilie Bolojan|Bolojan@ROU",
     "S:FRA", "S:UKR", "S:RUS", "S:MDA", "S:ROU",
     "O:Elysee|Presidency of the French Republic", "O:coalition of the willing", "O:European Union|EU",
     "L:Odesa@UKR", "L:Dnipro@UKR", "L:Chisinau@MDA", "L:Transnistrian region|Transnistria@MDA", "L:Paris@FRA"],
    ["Press office of the Presidency of the Republic", "+33 (0)1 42 92 81 00", "Instagram", "LinkedIn",
     "55 rue du Faubourg Saint-Honore"],
    [F(MAC, "criticized", "#RUS", "2026-02-12", 1),
     F("#RUS", "attacked", "#UKR|Odesa|Dnipro", "2026-02-11", 1),
     F(MAC, "urged", "#RUS", "2026-02-12", 1),
     F(MAC, "visited", "Chisinau|#MDA", "2026-02-13"),
     F(MAC, "met", SAN, "2026-02-13"),
     F(MAC, "agreed", SAN, "2026-02-13"),
     F(MAC, "met", "Alexandru Munteanu|Munteanu|#MDA"),
     F(SAN, "accused", "#RUS"),
     F(MAC, "warned", "#RUS"),
     F("#FRA", "supplied", "#MDA"),
     F(MAC, "met", BOL, "2026-02-13"),
     F(SAN, "met", BOL, "2026-02-13")],
    [I(MAC, "met", "Volodymyr Zelensky|Zelensky|#UKR", "telephone call, not a meeting"),
     I("#FRA", "supplied", "#UKR", "'would deliver ... in the coming weeks': planned"),
     I(MAC, "visited", "Paris|#FRA", "'will return to Paris': planned, and home"),
     I("#RUS", "supplied", "vote-buying", "alleged 'financing' of networks: type debatable, target no entity"),
     I("#RUS", "attacked", "#MDA", "'seeking to destabilise': alleged, not force"),
     I(MAC, "agreed", BOL, "trilateral meeting, no agreement stated"),
     I(MAC, "cooperated", SAN, "strategic partnership signed: covered by agreed; cooperation reading debatable")])

SG = "Antonio Guterres|Guterres|Secretary-General|United Nations|UN"
BIS = "Julie Bishop|Bishop|Special Envoy on Myanmar|United Nations|UN"
RSF = "Rapid Support Forces|RSF"
doc("govdocs/g4-un-noon-briefing", "2026-03-26",
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", "United Nations",
    ["P:Stephane Dujarric|Dujarric@FRA", "P:Antonio Guterres|Guterres@PRT", "P:Salva Kiir|Kiir@SSD",
     "P:Mahmoud Ali Youssouf|Youssouf@DJI", "P:Julie Bishop|Bishop@AUS", "P:Min Aung Hlaing@MMR",
     "S:SDN", "S:MMR", "S:UKR", "S:RUS", "S:IRN", "S:ISR",
     "O:United Nations|UN", "O:UNMISS", "O:African Union Commission|African Union", "O:Rapid Support Forces|RSF",
     "O:Sudanese Armed Forces|SAF", "O:World Food Programme|WFP", "O:National Defence and Security Council",
     "O:Ukrainian Foreign Ministry", "O:UNRWA",
     "L:Juba@SSD", "L:Addis Ababa@ETH", "L:Malakal@SSD", "L:Abu Shouk@SDN", "L:El Fasher@SDN",
     "L:Kadugli@SDN", "L:South Kordofan@SDN", "L:Naypyitaw@MMR", "L:Rakhine State|Rakhine@MMR",
     "L:Kherson@UKR", "L:Gaza@PSE", "L:Tehran@IRN"],
    ["Monica"],
    [F(SG, "visited", "Juba|#SSD", "2026-03-26"),
     F(SG, "met", "Salva Kiir|Kiir|#SSD", "2026-03-26"),
     F(SG, "urged", "Salva Kiir|Kiir|#SSD", "2026-03-26"),
     F(SG, "agreed", "Mahmoud Ali Youssouf|Youssouf|African Union Commission|African Union", "2026-03-25"),
     F(SG, "criticized", RSF, "2026-03-26"),
     F(RSF, "attacked", "Abu Shouk|El Fasher|#SDN", "2026-03-25"),
     F(SG, "urged", RSF, "2026-03-26"),
     F(SG, "urged", "Sudanese Armed Forces|SAF|#SDN", "2026-03-26"),
     F("World Food Programme|WFP", "supplied", "Kadugli|South Kordofan|#SDN", "2026-03-23"),
     F(BIS, "met", "Min Aung Hlaing|#MMR|National Defence and Security Council", "2026-03-24"),
     F(BIS, "urged", "#MMR|Min Aung Hlaing|military authorities"),
     F("Stephane Dujarric|Dujarric|United Nations|UN", "urged", "#ISR", "2026-03-26")],
    [I(SG, "visited", "Addis Ababa|#ETH", "venue-only: signing in Addis Ababa; 'arrived ... from Addis Ababa'"),
     I(SG, "met", "Mahmoud Ali Youssouf|Youssouf|African Union Commission", "meeting implied by the joint signing"),
     I(BIS, "visited", "Naypyitaw|#MMR", "'was in Naypyitaw': presence, visit reading debatable"),
     I(SG, "visited", "Malakal", "'will visit ... tomorrow': planned"),
     I("#RUS|Russian forces", "attacked", "Kherson|#UKR|UN convoy", "question-only claim; the spokesperson does not attribute the shelling"),
     I("Ukrainian Foreign Ministry|#UKR", "accused", "#RUS", "claim relayed in a question"),
     I("#ISR", "criticized", "UNRWA", "question-only claim"),
     I(SG, "visited", "Tehran|#IRN", "question; the answer is negative"),
     I(SG, "met", "#IRN", "question about a call; no calls announced")])

OF = "Office of Foreign Assets Control|OFAC|Department of the Treasury|Treasury|#USA"
KAMA = "Kama Aerotech JSC|Kama Aerotech"
AVI = "Avior Trading FZE|Avior Trading"
doc("govdocs/g5-treasury-sanctions", "2026-10-28",
    "Treasury Sanctions Network Supplying Iranian UAV Components to Russia's Drone Program", "U.S. Department of the Treasury",
    ["P:John K. Hurley|Hurley@USA", "P:Reza Bagheri Tavakoli|Bagheri Tavakoli@IRN",
     "P:Oleg Sergeyevich Rudnev|Rudnev@RUS",
     "S:USA", "S:CHN", "S:ARE", "S:TUR", "S:IRN", "S:RUS", "S:UKR", "S:GBR",
     "O:Department of the Treasury|Treasury|U.S. Department of the Treasury", "O:Office of Foreign Assets Control|OFAC",
     "O:Kama Aerotech JSC|Kama Aerotech", "O:Avior Trading FZE|Avior Trading",
     "O:Shenzhen Lingyun Micro-Tech Co., Ltd.|Lingyun Micro-Tech", "O:Karmel Dis Ticaret A.S.|Karmel",
     "O:Pardis Sanat Andisheh Company|Pardis Sanat", "O:European Union|EU",
     "L:Washington@USA"],
    ["Treasury Public Affairs", "(202) 622-2960", "SB-1187"],
    [F(OF, "sanctioned", KAMA, "2026-10-28"),
     F(OF, "sanctioned", AVI, "2026-10-28"),
     F(OF, "sanctioned", "Shenzhen Lingyun Micro-Tech Co., Ltd.|Lingyun Micro-Tech", "2026-10-28"),
     F(OF, "sanctioned", "Karmel Dis Ticaret A.S.|Karmel", "2026-10-28"),
     F(OF, "sanctioned", "Pardis Sanat Andisheh Company|Pardis Sanat", "2026-10-28"),
     F(OF, "sanctioned", "Reza Bagheri Tavakoli|Bagheri Tavakoli", "2026-10-28"),
     F(OF, "sanctioned", "Oleg Sergeyevich Rudnev|Rudnev", "2026-10-28"),
     F(AVI, "supplied", KAMA),
     F("Shenzhen Lingyun Micro-Tech Co., Ltd.|Lingyun Micro-Tech", "supplied", AVI),
     F("Karmel Dis Ticaret A.S.|Karmel", "supplied", KAMA, "2026-06"),
     F("#IRN", "supplied", "#RUS|Moscow"),
     F("#RUS", "attacked", "#UKR", "2026"),
     F("#GBR", "sanctioned", KAMA, "2025"),
     F("European Union|EU", "sanctioned", KAMA, "2025")],
    [I("#USA|Office of Foreign Assets Control|OFAC", "sanctioned", "#CHN|#ARE|#TUR|#IRN|#RUS",
       "designees are based in these states; state-level reading is a dup guard"),
     I("John K. Hurley|Hurley|#USA", "threatened", "company", "'will continue to target': future"),
     I("Pardis Sanat Andisheh Company|Pardis Sanat", "supplied", "#RUS", "designs propulsion systems; supply not stated"),
     I("#IRN", "cooperated", "#RUS|Moscow", "'helped Moscow build its own production line': cooperation reading debatable")])

# ---------------------------------------------------------------- sentences
doc("sentences/s01", "2026-06-22", "ODESA, Ukraine, June 22 (Reuters)", "Reuters",
    ["S:UKR", "S:RUS", "L:Odesa@UKR", "O:Reuters", "P:Oleh Kiper|Kiper@UKR"], [],
    [F("#RUS|Russian drones", "attacked", "Odesa|#UKR", "2026-06-22", 1)], [])
doc("sentences/s02", "2026-01-15", "STOCKHOLM, Jan 15 (TT)", "TT News Agency",
    ["S:SWE", "S:NOR", "S:UKR", "L:Stockholm@SWE", "O:TT|TT News Agency", "O:Swedish Ministry of Defence|Ministry of Defence"], [],
    [F("#SWE", "supplied", "#UKR", "2026-01-15"), F("#NOR", "supplied", "#UKR", "2026-01-15")],
    [I("#SWE", "cooperated", "#NOR", "'joint package': cooperation reading implied")])
doc("sentences/s03", "2026-02-06", "NAIROBI, Feb 6 (Xinhua)", "Xinhua",
    ["P:William Ruto|Ruto@KEN", "P:Abiy Ahmed|Abiy@ETH", "S:KEN", "S:ETH", "S:ERI", "L:Addis Ababa@ETH",
     "L:Nairobi@KEN", "L:Red Sea@ERI,ETH", "O:Xinhua"], [],
    [F("William Ruto|Ruto|#KEN", "met", "Abiy Ahmed|Abiy|#ETH", "2026-02-05"),
     F("William Ruto|Ruto|#KEN", "urged", "#ERI"),
     F("William Ruto|Ruto|#KEN", "urged", "#ETH|Abiy Ahmed")],
    [I("William Ruto|Ruto|#KEN", "visited", "Addis Ababa|#ETH", "venue-only: 'held talks ... in Addis Ababa'")])
doc("sentences/s04", "2026-04-09", "SEOUL, April 9 (Yonhap)", "Yonhap",
    ["S:KOR", "S:PRK", "S:RUS", "O:National Intelligence Service|NIS", "L:Seoul@KOR", "O:Yonhap"], [],
    [F("#PRK|Pyongyang", "supplied", "#RUS", by="National Intelligence Service")],
    [I("National Intelligence Service|NIS|#KOR", "accused", "#PRK|Pyongyang", "'told lawmakers' reports an intelligence finding; accusation reading debatable")])
doc("sentences/s05", "2026-05-16", "KABUL, May 16 (AFP)", "AFP",
    ["P:Ishaq Dar|Dar@PAK", "S:PAK", "L:Kabul@AFG", "O:Taliban administration|Taliban", "L:Torkham@AFG,PAK",
     "O:AFP|Agence France-Presse"], [],
    [F("Ishaq Dar|Dar|#PAK", "visited", "Kabul|#AFG", "2026-05-16")],
    [I("Ishaq Dar|Dar|#PAK", "met", "Taliban administration|Taliban|#AFG", "'for talks with': planned")])
doc("sentences/s06", "2026-08-04", "JAKARTA, Aug 4 (Antara)", "Antara",
    ["P:Prabowo Subianto|Prabowo@IDN", "S:IDN", "S:AUS", "L:Canberra@AUS", "L:Jakarta@IDN", "O:Antara"], [],
    [F("Prabowo Subianto|Prabowo|#IDN", "visited", "Canberra|#AUS", "2026-07-30", 3)],
    [I("Prabowo Subianto|Prabowo|#IDN", "agreed", "#AUS", "'opened the way for a new defence arrangement': speculative"),
     I("#IDN", "cooperated", "#AUS", "defence arrangement not yet reached: speculative"),
     I("Prabowo Subianto|Prabowo|#IDN", "met", "#AUS", "meeting implied by the visit")])
doc("sentences/s07", "2026-09-08", "BANGKOK, Sept 8 (Bangkok Post)", "Bangkok Post",
    ["O:Royal Thai Army|Thai Army", "S:THA", "S:KHM", "L:Oddar Meanchey@KHM", "L:Bangkok@THA", "O:Bangkok Post"], [],
    [],
    [I("Royal Thai Army|#THA", "attacked", "Oddar Meanchey|#KHM", "denied: negated"),
     I("Royal Thai Army|#THA", "accused", "#KHM", "implied counter-charge; no accusation stated")])
doc("sentences/s08", "2026-10-20", "BRASILIA, Oct 20 (Agencia Brasil)", "Agencia Brasil",
    ["P:Luiz Inacio Lula da Silva|Lula da Silva|Lula@BRA", "P:Narendra Modi|Modi@IND", "S:BRA",
     "L:New Delhi@IND", "L:Brasilia@BRA", "O:Agencia Brasil"], [],
    [],
    [I("Luiz Inacio Lula da Silva|Lula|#BRA", "visited", "New Delhi|#IND", "'is expected to travel': speculative"),
     I("Luiz Inacio Lula da Silva|Lula|#BRA", "met", "Narendra Modi|Modi|#IND", "implied by a planned trip: speculative"),
     I("Luiz Inacio Lula da Silva|Lula|#BRA", "agreed", "Narendra Modi|Modi|#IND", "'could sign': speculative"),
     I("#BRA", "supplied", "#IND", "planned ethanol supply agreement: speculative")])
doc("sentences/s09", "2026-11-10", "BRUSSELS, Nov 10 (Reuters)", "Reuters",
    ["O:European Union|EU", "O:Kestrel Arc Ltd|Kestrel Arc", "O:Nanwei Components Ltd|Nanwei Components",
     "P:Viktar Hrybko|Hrybko@BLR", "S:BLR", "S:RUS", "L:Istanbul@TUR", "L:Brussels@BEL", "O:Reuters"], [],
    [F("European Union|EU", "sanctioned", "Kestrel Arc Ltd|Kestrel Arc", "2026-11-10"),
     F("European Union|EU", "sanctioned", "Nanwei Components Ltd|Nanwei Components", "2026-11-10"),
     F("European Union|EU", "sanctioned", "Viktar Hrybko|Hrybko", "2026-11-10")],
    [I("European Union|EU", "sanctioned", "#TUR|#BLR|#RUS", "state-level reading of sanctions on firms and a businessman"),
     I("Kestrel Arc Ltd|Nanwei Components Ltd|Viktar Hrybko", "supplied", "#RUS|Russian arms makers",
       "reason given for the sanctions; supply reading debatable")])
doc("sentences/s10", "2026-07-05", "CAIRO, July 5 (MENA)", "MENA",
    ["P:Badr Abdelatty|Abdelatty@EGY", "P:Mohieldin Salim|Salim@SDN", "S:EGY", "S:SDN", "S:SAU",
     "L:Cairo@EGY", "L:Port Sudan@SDN", "O:MENA|Middle East News Agency"], [],
    [F("Badr Abdelatty|Abdelatty|#EGY", "met", "Mohieldin Salim|Salim|#SDN", "2026-07-05"),
     F("#SAU|Saudi cargo ship", "supplied", "Port Sudan|#SDN", "2026-07-05")],
    [I("Mohieldin Salim|Salim|#SDN", "visited", "Cairo|#EGY", "venue-only: 'held talks ... in Cairo'")])


def main():
    for d in DOCS:
        base = os.path.join(ROOT, d["path"])
        name = os.path.basename(d["path"])
        if not os.path.exists(base + ".txt"):
            raise SystemExit("missing text: " + base + ".txt")
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": name + ".txt", "published": d["published"],
                "source": "written for geokg heldout28 (own text, style of %s)" % d["source"],
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

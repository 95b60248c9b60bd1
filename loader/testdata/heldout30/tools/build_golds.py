#!/usr/bin/env python3
"""Holds every heldout30 annotation in compact form and writes NAME.meta.json and NAME.gold.json.

The helper functions (slot, F, I, ent, doc, main) follow the compact notation of
heldout29/tools/build_golds.py; every annotation below was written for heldout30.

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

# a1 -- Horn of Africa, Friday 2026-02-13
YEM = "Yemane Gebremeskel|Yemane|#ERI"
ABIY = "Abiy Ahmed|Abiy|#ETH"
GUE = "Ismaïl Omar Guelleh|Ismail Omar Guelleh|Guelleh|#DJI"
YOU = "Mahmoud Ali Youssouf|Youssouf|African Union Commission|AU Commission|African Union"
doc("articles/a1-horn-eastafrican", "2026-02-13",
    "Addis and Asmara trade charges as troops mass near Red Sea border", "The EastAfrican",
    ["P:Yemane Gebremeskel|Yemane@ERI", "P:Legesse Tulu@ETH", "P:Abiy Ahmed|Abiy@ETH",
     "P:Ismaïl Omar Guelleh|Ismail Omar Guelleh|Guelleh@DJI", "P:Mahmoud Ali Youssouf|Youssouf@DJI",
     "P:Badr Abdelatty|Abdelatty@EGY", "P:Meron Haile@KEN",
     "S:ETH", "S:ERI", "S:DJI", "S:EGY", "S:SAU", "S:USA",
     "O:African Union Commission|AU Commission|African Union", "O:Fano|Fano militias",
     "O:Ministry of Defence|Ethiopia's Ministry of Defence", "O:Tigray Interim Administration|interim administration",
     "O:Horn Policy Institute", "O:The EastAfrican|EastAfrican",
     "L:Assab@ERI", "L:Bure@ETH", "L:Afar@ETH", "L:Amhara@ETH", "L:Addis Ababa@ETH", "L:Asmara@ERI",
     "L:Tadjourah@DJI", "L:Tigray@ETH", "L:Mekelle@ETH", "L:Nairobi@KEN"],
    ["Fikre Tesfaye", "Nation Media Group", "NMG", "#SDN", "Darfur", "#SOM", "#UGA", "#TZA", "#CHN", "#BDI", "#RWA"],
    [F("#ERI|Eritrea", "accused", "#ETH", "2026-02-12"),
     F("#ETH|Ethiopian artillery", "attacked", "#ERI|Eritrean border post", "2026-02-11", 1, by="Eritrea"),
     F(YEM, "criticized", "#ETH|Addis Ababa", "2026-02-12"),
     F(YEM, "threatened", "#ETH|Ethiopian forces", "2026-02-12"),
     F("#ETH|Ethiopian officials", "accused", "#ERI|Asmara"),
     F("#ERI|Asmara", "supplied", "Fano|Fano militias", by="Ethiopia"),
     F(ABIY, "visited", "#DJI|Djibouti", "2026-02-11"),
     F(ABIY, "met", GUE, "2026-02-11"),
     F(ABIY, "agreed", GUE, "2026-02-11"),
     F(YOU, "urged", "#ETH", "2026-02-12"),
     F(YOU, "urged", "#ERI", "2026-02-12"),
     F(YOU, "warned", "#ETH|Addis Ababa", "2026-02-12"),
     F("Badr Abdelatty|Abdelatty|#EGY", "visited", "Asmara|#ERI", "2026-01"),
     F("#EGY|Cairo", "agreed", "#ERI|Asmara", "2024"),
     F("#EGY|Cairo", "supplied", "#ERI|Asmara"),
     F("Tigray Interim Administration|interim administration", "criticized", "#ETH|federal government", "2026-02-05", 3),
     F("#ERI|Eritrean troops", "invaded", "Tigray"),
     F("#USA|Washington", "urged", "#ETH"),
     F("#USA|Washington", "urged", "#ERI")],
    [I("#ETH", "invaded", "Assab", "Eritrea's claim that Ethiopia prepares a war to seize Assab: planned, speculative"),
     I("#ETH", "attacked", "Assab", "Eritrea's claim that Ethiopia prepares a war to seize Assab: planned, speculative"),
     I("#ERI|Eritrean military trainers", "visited", "Amhara", "alleged crossing of trainers, not a visit"),
     I("#ERI|Eritrean military trainers", "invaded", "Amhara|#ETH", "alleged incursion, denied by Eritrea"),
     I(YEM, "accused", "#ETH|Addis Ababa", "condemning 'reckless aggression' is arguably an accusation"),
     I(ABIY, "cooperated", GUE, "port lease and trade dependence imply cooperation"),
     I("#EGY|Cairo", "cooperated", "#ERI|Asmara", "the 2024 defence cooperation pact implies cooperation"),
     I("#SAU|Saudi Arabia", "cooperated", "#ETH|#ERI", "stalled mediation and 2018 brokering are background"),
     I("Tigray Interim Administration|interim administration", "accused", "#ETH|federal government",
       "criticism for failing to secure the withdrawal is arguably an accusation"),
     I(YOU, "criticized", "#ETH", "warning against changing borders by force is arguably criticism")])

# a2 -- South Caucasus, Wednesday 2026-04-22
MIR = "Ararat Mirzoyan|Mirzoyan|#ARM"
BAY = "Jeyhun Bayramov|Bayramov|#AZE"
MBZ = "Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed|Sheikh Mohamed bin Zayed|#ARE"
LAN = "Christopher Landau|Landau|#USA"
doc("articles/a2-caucasus-ocmedia", "2026-04-22",
    "Armenia and Azerbaijan sign first border protocol as Tehran and Moscow voice unease", "OC Media",
    ["P:Ararat Mirzoyan|Mirzoyan@ARM", "P:Jeyhun Bayramov|Bayramov@AZE",
     "P:Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed|Sheikh Mohamed bin Zayed@ARE", "P:Hakan Fidan|Fidan@TUR",
     "P:Christopher Landau|Landau@USA", "P:Nikol Pashinyan|Pashinyan@ARM", "P:Abbas Araghchi|Araghchi@IRN",
     "P:Maria Zakharova|Zakharova@RUS", "P:Ilham Aliyev|Aliyev@AZE", "P:Tigran Avetisyan@ARM",
     "S:ARM", "S:AZE", "S:ARE|UAE", "S:TUR", "S:USA", "S:IRN", "S:RUS", "S:FRA",
     "O:Azerbaijan's Defence Ministry|Defence Ministry", "O:Armenia's Defence Ministry|Defence Ministry",
     "O:Russian Foreign Ministry|Foreign Ministry", "O:Azerbaijan's Foreign Ministry|Foreign Ministry",
     "O:Trump Route for International Peace and Prosperity|TRIPP", "O:Caucasus Research Circle", "O:OC Media",
     "L:Kirants@ARM", "L:Abu Dhabi@ARE", "L:Tavush@ARM", "L:Gazakh@AZE", "L:Nakhchivan@AZE", "L:Syunik@ARM",
     "L:Yerevan@ARM", "L:Baku@AZE", "L:Washington@USA"],
    ["Anahit Sargsyan", "Georgian Dream", "Abkhazia", "Sukhumi", "Chechnya", "Kadyrov", "#GEO", "North Caucasus"],
    [F(MIR, "agreed", BAY, "2026-04-20"),
     F(MIR, "met", BAY, "2026-04-20", 1),
     F(MBZ, "met", MIR, "2026-04-19"),
     F(MBZ, "met", BAY, "2026-04-19"),
     F("Hakan Fidan|Fidan|#TUR", "visited", "Baku|#AZE", "2026-04-21"),
     F("#AZE|Azerbaijan's Defence Ministry", "accused", "#ARM|Armenian units", "2026-04-18"),
     F("#ARM|Armenian units", "attacked", "#AZE", by="Azerbaijan"),
     F(LAN, "visited", "Yerevan|#ARM", "2026-04-16", 3),
     F(LAN, "met", "Nikol Pashinyan|Pashinyan|#ARM", "2026-04-16", 3),
     F("#USA|Washington", "cooperated", "#ARM|Yerevan"),
     F("Abbas Araghchi|Araghchi|#IRN", "warned", "#USA", "2026-04-21"),
     F("Maria Zakharova|Zakharova|Russian Foreign Ministry|#RUS", "criticized", "#ARM|Yerevan", "2026-04-16"),
     F("#FRA", "supplied", "#ARM", "2026-03"),
     F("#AZE|Azerbaijan's Foreign Ministry|Baku", "criticized", "#FRA|Paris")],
    [I(MIR, "visited", "Abu Dhabi|#ARE", "venue-only: talks held in Abu Dhabi"),
     I(BAY, "visited", "Abu Dhabi|#ARE", "venue-only: talks held in Abu Dhabi"),
     I("Nikol Pashinyan|Pashinyan", "agreed", "Ilham Aliyev|Aliyev",
       "treaty initialled in 2025 without named signatories; signing later this year is speculative"),
     I("Nikol Pashinyan|Pashinyan", "met", "Ilham Aliyev|Aliyev", "possible future signing: speculative"),
     I("Abbas Araghchi|Araghchi|#IRN", "threatened", "#USA", "'would not accept any change to regional borders' is arguably a threat"),
     I("#RUS", "agreed", "#ARM|#AZE", "2020 ceasefire statement is background"),
     I("#ARM|Yerevan", "criticized", "#AZE", "rejecting the claim as 'disinformation' is a denial, arguably criticism"),
     I("#AZE|Azerbaijan's Foreign Ministry|Baku", "accused", "#FRA|Paris", "'fuelling militarisation' is arguably an accusation"),
     I("Hakan Fidan|Fidan|#TUR", "cooperated", "#AZE", "welcoming the protocol implies no cooperation event")])

# a3 -- Myanmar/Thailand border, Tuesday 2026-05-19
SIH = "Sihasak Phuangketkeow|Sihasak|#THA"
LIU = "Liu Zhongyi|Liu|#CHN"
ANU = "Anutin Charnvirakul|Anutin|#THA"
LAZ = "Theresa Lazaro|Lazaro|#PHL"
KNLA = "Karen National Liberation Army|KNLA"
doc("articles/a3-myanmar-bangkokpost", "2026-05-19",
    "Thailand protests to Naypyidaw after shells land in Mae Sot", "Bangkok Post",
    ["P:Sihasak Phuangketkeow|Sihasak@THA", "P:Thanapol Wongsuwan|Thanapol@THA", "P:Padoh Saw Taw Nee@MMR",
     "P:Liu Zhongyi|Liu@CHN", "P:Anutin Charnvirakul|Anutin@THA", "P:Saw Chit Thu@MMR",
     "P:Theresa Lazaro|Lazaro@PHL", "P:Min Aung Hlaing@MMR", "P:Xi Jinping|Xi@CHN",
     "S:THA", "S:MMR", "S:CHN", "S:USA", "S:PHL",
     "O:Karen National Liberation Army|KNLA", "O:KNU|Karen National Union", "O:Third Army Region",
     "O:Karen National Army", "O:Asean|Association of Southeast Asian Nations", "O:Bangkok Post",
     "L:Mae Sot@THA", "L:Tak@THA", "L:Moei River@THA,MMR", "L:Myawaddy@MMR", "L:Bangkok@THA",
     "L:Shwe Kokko@MMR", "L:Phop Phra@THA", "L:Beijing@CHN"],
    ["Supaporn Klinsukon", "Nattapong Srisuk", "#KHM", "Phuket", "Pattaya", "#RUS",
     "Bangkok Post Public Company Limited"],
    [F(SIH, "criticized", "#MMR", "2026-05-18"),
     F(SIH, "urged", "#MMR|Myanmar armed forces", "2026-05-18"),
     F("#MMR|Myanmar military", "attacked", KNLA, "2026-05-17"),
     F("Thanapol Wongsuwan|Thanapol|#THA", "threatened", "#MMR", "2026-05-18"),
     F("#MMR|junta|information team", "accused", KNLA, "2026-05-18"),
     F("#CHN|Beijing", "supplied", "#MMR|Myanmar air force", by="Padoh Saw Taw Nee"),
     F(LIU, "visited", "Bangkok|#THA", "2026-05-14"),
     F(LIU, "met", ANU, "2026-05-14"),
     F(LIU, "agreed", ANU, "2026-05-14"),
     F("#THA|Bangkok", "cooperated", "#CHN|Beijing"),
     F("#USA", "sanctioned", "Saw Chit Thu", "2025"),
     F(LAZ, "urged", "#THA", "2026-05-18"),
     F(LAZ, "urged", "#MMR", "2026-05-18"),
     F("Min Aung Hlaing|#MMR", "met", "Xi Jinping|Xi|#CHN", "2026-05")],
    [I("#MMR", "attacked", "Mae Sot|Tak|#THA", "shells from the fighting landed in Mae Sot; no intended target"),
     I("Thanapol Wongsuwan|Thanapol|#THA", "warned", "#MMR", "'we will fire back' is also a warning"),
     I(KNLA, "attacked", "#MMR", "'heavy shelling between' the two sides; direction unstated"),
     I("#MMR|junta", "criticized", KNLA, "'blamed the KNLA' is arguably criticism"),
     I("Padoh Saw Taw Nee|KNU", "accused", "#CHN", "claim of drone deliveries is arguably an accusation"),
     I("#THA", "sanctioned", "#MMR", "cutting electricity, fuel and internet to border towns in 2025 is arguably a sanction"),
     I("Sihasak Phuangketkeow|Sihasak|#THA", "accused", "#MMR", "'grave violation of Thai sovereignty' is arguably an accusation"),
     I("Min Aung Hlaing", "visited", "Beijing|#CHN", "venue-only: met Xi in Beijing")])

# a4 -- Gulf diplomacy, Wednesday 2026-07-08
YAH = "Abdullah Al Yahya|Al Yahya|#KWT"
HUS = "Fuad Hussein|Hussein|#IRQ"
GCC = "GCC Ministerial Council|Ministerial Council|Gulf Cooperation Council|GCC"
MBA = "Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman Al Thani|#QAT"
HOU = "Houthis|Houthi movement|Ansar Allah"
doc("articles/a4-gulf-thenational", "2026-07-08",
    "Kuwait and Iraq agree to revive Khor Abdullah talks as GCC rebukes Tehran over islands", "The National",
    ["P:Abdullah Al Yahya|Al Yahya@KWT", "P:Fuad Hussein|Hussein@IRQ", "P:Esmaeil Baghaei|Baghaei@IRN",
     "P:Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman Al Thani@QAT",
     "P:Masoud Pezeshkian|Pezeshkian@IRN", "P:Jasem Albudaiwi|Albudaiwi@KWT", "P:Layla Hamdan@QAT",
     "S:KWT", "S:IRQ", "S:IRN", "S:ARE|UAE", "S:QAT", "S:SAU", "S:YEM",
     "O:Gulf Cooperation Council|GCC", "O:GCC Ministerial Council|Ministerial Council",
     "O:Federal Supreme Court|Iraq's Federal Supreme Court", "O:Kuwait News Agency|Kuna",
     "O:International Court of Justice|ICJ", "O:Iran's Foreign Ministry|Foreign Ministry",
     "O:Qatari Foreign Ministry", "O:Central Bank of Yemen", "O:Saudi Press Agency|SPA",
     "O:Houthis|Houthi movement|Ansar Allah", "O:Gulf Strategy Forum", "O:The National",
     "L:Kuwait City@KWT", "L:Khor Abdullah@KWT,IRQ", "L:Riyadh@SAU", "L:Greater Tunb@ARE,IRN",
     "L:Lesser Tunb@ARE,IRN", "L:Abu Musa@ARE,IRN", "L:Tehran@IRN", "L:Strait of Hormuz@IRN,OMN",
     "L:Aden@YEM", "L:Sanaa@YEM", "L:Doha@QAT", "L:Abu Dhabi@ARE"],
    ["Hamza Al Mansoori", "Etihad", "Airbus", "Ras Al Khaimah", "Dubai Metro", "Gulf in a Minute"],
    [F(YAH, "agreed", HUS, "2026-07-06"),
     F(HUS, "visited", "Kuwait City|#KWT", "2026-07-06"),
     F(HUS, "met", YAH, "2026-07-06"),
     F("Gulf Cooperation Council|GCC", "criticized", "Federal Supreme Court|Iraq's Federal Supreme Court|#IRQ", "2023"),
     F(GCC, "criticized", "#IRN", "2026-07-05"),
     F("#IRN", "invaded", "Greater Tunb", "1971", by="UAE"),
     F("#IRN", "invaded", "Lesser Tunb", "1971", by="UAE"),
     F("#IRN", "invaded", "Abu Musa", "1971", by="UAE"),
     F(GCC, "urged", "#IRN|Tehran", "2026-07-05"),
     F("Esmaeil Baghaei|Baghaei|Iran's Foreign Ministry|#IRN", "warned", "Gulf Cooperation Council|GCC", "2026-07-06"),
     F(MBA, "visited", "Tehran|#IRN", "2026-07-02", 3),
     F(MBA, "met", "Masoud Pezeshkian|Pezeshkian|#IRN", "2026-07-02", 3),
     F("#SAU|Saudi Arabia", "supplied", "Central Bank of Yemen|#YEM", "2026-07-07"),
     F(HOU, "criticized", "#SAU"),
     F(HOU, "threatened", "#SAU")],
    [I(HUS, "cooperated", YAH, "joint committee implies cooperation; dup guard for the agreement"),
     I("Esmaeil Baghaei|Baghaei|#IRN", "criticized", "Gulf Cooperation Council|GCC", "'hit back' rejecting the statement, arguably criticism"),
     I(HOU, "accused", "#SAU", "'bribe to mercenaries' and 'economic siege' are arguably accusations"),
     I(HOU, "attacked", "#SAU", "conditional threat of renewed strikes, not an attack"),
     I(GCC, "accused", "#IRN", "condemning the 'occupation' is arguably an accusation"),
     I("#ARE|UAE", "accused", "#IRN", "'which the UAE says Iran seized' is a claim, arguably an accusation"),
     I("#IRN", "invaded", "#ARE|UAE", "dup guard: the occupied islands are claimed by the UAE")])

# a5 -- Baltic Sea security, Wednesday 2026-09-16
ZAK = "Maria Zakharova|Zakharova|Russian Foreign Ministry|Russia's Foreign Ministry|#RUS"
RUT = "Mark Rutte|Rutte|NATO"
doc("articles/a5-baltic-errnews", "2026-09-16",
    "Russia threatens Estonia after navy detains shadow fleet tanker", "ERR News",
    ["P:Maria Zakharova|Zakharova@RUS", "P:Margus Tsahkna|Tsahkna@EST", "P:Baiba Braže|Baiba Braze|Braže@LVA",
     "P:Mark Rutte|Rutte@NLD", "P:Kristen Michal|Michal@EST", "P:Elina Valtonen|Valtonen@FIN",
     "P:Hanno Pevkur|Pevkur@EST", "P:Andris Sprūds|Andris Spruds|Sprūds@LVA", "P:Kaarel Rebane|Rebane@EST",
     "S:EST", "S:RUS", "S:FIN", "S:LVA", "S:DEU",
     "O:Estonian Navy", "O:Russian Foreign Ministry|Russia's Foreign Ministry", "O:European Union|EU", "O:NATO",
     "O:Estonian Defence Forces|Defence Forces", "O:Baltic Sentry", "O:Tallinn Centre for Maritime Security",
     "O:Prosecutor's Office", "O:ERR News|ERR",
     "L:Gulf of Finland@EST,FIN,RUS", "L:Muuga@EST", "L:Vaindloo@EST", "L:Tallinn@EST", "L:Helsinki@FIN",
     "L:Riga@LVA", "L:Moscow@RUS"],
    ["Margit Kask", "Mari Tamm", "Tartu", "Eesti 200", "Facebook"],
    [F(ZAK, "threatened", "#EST|Tallinn", "2026-09-14"),
     F(ZAK, "accused", "#EST|Tallinn", "2026-09-14"),
     F("#EST|Estonian Navy", "attacked", "Volna Star", by="Maria Zakharova"),
     F("European Union|EU", "sanctioned", "Volna Star", "2026-05"),
     F("Margus Tsahkna|Tsahkna|#EST", "criticized", "#RUS", "2026-09-14"),
     F("Baiba Braže|Braže|Baiba Braze|#LVA", "criticized", "#RUS", "2026-09-14"),
     F(RUT, "visited", "Tallinn|#EST", "2026-09-15"),
     F(RUT, "met", "Kristen Michal|Michal|#EST", "2026-09-15"),
     F(RUT, "urged", "#RUS|Moscow", "2026-09-15"),
     F("#EST", "cooperated", "#FIN"),
     F("Elina Valtonen|Valtonen|#FIN", "urged", "European Union|EU", "2026-09-15"),
     F("Hanno Pevkur|Pevkur|#EST", "agreed", "Andris Sprūds|Sprūds|Andris Spruds|#LVA", "2026-09-11"),
     F("#DEU", "supplied", "#EST", "2026-08")],
    [I("#RUS|Russian Su-35", "attacked", "#EST", "airspace violation is not use of force"),
     I("#RUS|Russian Su-35", "invaded", "#EST", "brief airspace violation, not an invasion"),
     I("#EST|Estonian Navy", "sanctioned", "Volna Star", "detaining a listed tanker is arguably sanction enforcement"),
     I("Hanno Pevkur|Pevkur|#EST", "visited", "Riga|#LVA", "venue-only: agreement signed in Riga"),
     I("Margus Tsahkna|Tsahkna|#EST", "accused", "#RUS", "'a deliberate provocation' is arguably an accusation"),
     I(RUT, "visited", "Estonian Navy", "visited the navy's headquarters: not a state or place"),
     I(RUT, "cooperated", "#EST", "Baltic Sentry mission implies allied cooperation")])

# a6 -- Pacific islands, Tuesday 2026-10-27
ALB = "Anthony Albanese|Albanese|#AUS"
NAP = "Jotham Napat|Napat|#VUT"
RAB = "Sitiveni Rabuka|Rabuka|#FJI"
PET = "Winston Peters|Peters|#NZL"
BRO = "Mark Brown|Brown|#COK"
doc("articles/a6-pacific-rnz", "2026-10-27",
    "Albanese signs Nakamal security deal in Port Vila as Rabuka warns big powers", "RNZ",
    ["P:Anthony Albanese|Albanese@AUS", "P:Jotham Napat|Napat@VUT", "P:Sitiveni Rabuka|Rabuka@FJI",
     "P:Winston Peters|Peters@NZL", "P:Mark Brown|Brown@COK", "P:James Marape|Marape@PNG",
     "P:Sione Fifita|Fifita@NZL",
     "S:AUS", "S:VUT", "S:CHN", "S:FJI", "S:USA", "S:NZL", "S:COK", "S:SLB", "S:PNG|PNG",
     "O:Vanuatu Police Maritime Wing", "O:Royal Solomon Islands Police Force", "O:New Zealand Defence Force",
     "O:Republic of Fiji Military Forces", "O:Australian Defence Force", "O:China's embassy|Chinese embassy",
     "O:Pasifika Policy Lab", "O:RNZ|Radio New Zealand",
     "L:Port Vila@VUT", "L:Suva@FJI", "L:Honiara@SLB", "L:Canberra@AUS", "L:Auckland@NZL"],
    ["Losana Vakaloloma", "#TON", "#WSM", "#KIR", "Kanton", "Te Ao Māori"],
    [F(ALB, "visited", "Port Vila|#VUT", "2026-10-26"),
     F(ALB, "met", NAP, "2026-10-26"),
     F(ALB, "agreed", NAP, "2026-10-26"),
     F("#AUS", "supplied", "Vanuatu Police Maritime Wing|#VUT", "2026"),
     F("China's embassy|Chinese embassy|#CHN", "criticized", "#AUS|Canberra", "2026-10-27"),
     F(RAB, "warned", "#CHN", "2026-10-25"),
     F(RAB, "warned", "#USA", "2026-10-25"),
     F("#NZL|New Zealand Defence Force", "cooperated", "#FJI|Republic of Fiji Military Forces"),
     F(PET, "urged", BRO, "2026-10-23"),
     F(BRO, "agreed", "#CHN", "2025-02"),
     F(BRO, "accused", PET, "2026-10-24"),
     F("#CHN", "cooperated", "#SLB|Royal Solomon Islands Police Force"),
     F("#CHN", "supplied", "Royal Solomon Islands Police Force|#SLB"),
     F("James Marape|Marape|#PNG", "visited", "Canberra|#AUS", "2026-09")],
    [I("#CHN", "agreed", "#SLB", "security pact 'signed in 2022': signatories implied"),
     I("#FJI", "agreed", "#NZL", "anniversary of the revised defence cooperation agreement: implied"),
     I("#AUS", "cooperated", "#VUT", "the security pact implies cooperation"),
     I("James Marape|Marape|#PNG", "agreed", "#AUS", "purpose clause 'to sign implementing arrangements'"),
     I(NAP, "cooperated", "#CHN", "'did not prevent cooperation with other partners' is hypothetical"),
     I(BRO, "criticized", PET, "'treating the Cook Islands like a colony' is also criticism"),
     I(PET, "criticized", BRO, "soured relations; no stated criticism event")])

# ====================================================================== govdocs

# g1 -- US State Department press briefing, Tuesday 2026-03-24
USP = "#USA|Tommy Pigott|Pigott"
LND = "Landau|Christopher Landau|#USA"
MUD = "Musalia Mudavadi|Mudavadi|#KEN"
RSF = "Rapid Support Forces|RSF"
doc("govdocs/g1-state-briefing", "2026-03-24",
    "Department Press Briefing - March 24, 2026", "U.S. Department of State",
    ["P:Tommy Pigott|Pigott@USA", "P:Landau|Christopher Landau@USA", "P:Musalia Mudavadi|Mudavadi@KEN",
     "P:Araghchi|Abbas Araghchi@IRN",
     "S:USA", "S:SDN", "S:KEN", "S:HTI", "S:DOM", "S:COD", "S:RWA", "S:VEN", "S:IRN", "S:PHL", "S:CHN", "S:OMN",
     "O:Rapid Support Forces|RSF", "O:Sudanese Armed Forces|SAF", "O:Quad", "O:Gang Suppression Force",
     "O:M23", "O:Department of War", "O:U.S. Navy|US Navy", "O:Philippine Coast Guard",
     "L:Abu Shouk@SDN", "L:El Fasher@SDN", "L:North Darfur@SDN", "L:Port-au-Prince@HTI", "L:Uvira@COD",
     "L:Muscat@OMN", "L:Second Thomas Shoal@PHL,CHN", "L:Washington@USA"],
    [],
    [F(USP, "criticized", RSF, "2026-03-24"),
     F(RSF, "attacked", "Abu Shouk|El Fasher", "2026-03-22"),
     F(USP, "urged", RSF, "2026-03-24"),
     F(USP, "urged", "Sudanese Armed Forces|SAF", "2026-03-24"),
     F(LND, "met", MUD, "2026-03-23"),
     F(LND, "agreed", MUD, "2026-03-23"),
     F("#USA", "supplied", "Gang Suppression Force"),
     F("#USA", "cooperated", "#DOM"),
     F(USP, "urged", "#RWA", "2026-03-24"),
     F(USP, "urged", "M23", "2026-03-24"),
     F(USP, "warned", "#IRN|Tehran", "2026-03-24", 1),
     F(USP, "criticized", "#CHN|PRC|Beijing", "2026-03-24"),
     F(USP, "urged", "#CHN|PRC|Beijing", "2026-03-24")],
    [I(MUD, "visited", "#USA|Washington", "implied visit: met 'here at the Department'"),
     I("#RWA|Rwandan troops", "attacked", "Uvira|#COD", "claim of the Congolese Government relayed in a question"),
     I("#COD|Congolese Government", "accused", "#RWA", "statement relayed in a question"),
     I("#RWA", "invaded", "#COD", "'withdrawal of its forces from the eastern DRC' implies occupation"),
     I("#RWA", "supplied", "M23", "Rwandan backing of M23 implied, not stated"),
     I("#USA|U.S. Navy", "attacked", "#VEN", "tanker seizure claimed by Venezuela, relayed in a question"),
     I("#VEN", "accused", "#USA|U.S. Navy", "claim relayed in a question"),
     I("#USA", "sanctioned", "#VEN", "'continue to enforce our sanctions': no named target"),
     I("Araghchi|Abbas Araghchi|#IRN", "accused", "#USA", "accusation relayed by the questioner"),
     I(USP, "accused", "#IRN", "'It is Iran that walked away' is a counter-charge"),
     I(USP, "criticized", "#IRN", "'That's simply false' is a rejection, arguably criticism"),
     I("#CHN|Chinese coast guard vessel", "attacked", "#PHL|Philippine Coast Guard", "ramming reported in a question"),
     I("#PHL|Philippine Coast Guard", "accused", "#CHN", "claim relayed in a question"),
     I("#USA", "cooperated", "#PHL", "'We stand with our ally' implies alliance"),
     I("#OMN", "met", "#USA|#IRN", "Oman hosted the Muscat talks; parties implied"),
     I("#USA", "met", "#IRN", "talks in Muscat implied"),
     I("#KEN", "supplied", "Gang Suppression Force", "Kenya's 'contribution' to the force, debatable")])

# g2 -- Kremlin readout of talks, Thursday 2026-06-04
PUT = "Vladimir Putin|Putin|#RUS"
THO = "Thongloun Sisoulith|Thongloun|#LAO"
doc("govdocs/g2-kremlin-laos", "2026-06-04", "Russian-Lao talks", "President of Russia (Kremlin)",
    ["P:Vladimir Putin|Putin@RUS", "P:Thongloun Sisoulith|Thongloun@LAO",
     "S:RUS", "S:LAO", "S:USA", "S:UKR",
     "O:Rosatom", "O:Lao Ministry of Energy and Mines|Ministry of Energy and Mines", "O:Lao People's Army",
     "O:European Union|EU", "O:United Nations|UN", "O:ASEAN",
     "L:Moscow@RUS", "L:Kremlin@RUS", "L:Xieng Khouang@LAO"],
    [],
    [F(PUT, "met", THO, "2026-06-04"),
     F(THO, "visited", "#RUS|Moscow", "2026-06-04", 2),
     F(PUT, "agreed", THO, "2026-06-04"),
     F("Rosatom", "agreed", "Lao Ministry of Energy and Mines|Ministry of Energy and Mines", "2026-06-04"),
     F("#RUS", "supplied", "#LAO", "2025"),
     F("#RUS", "supplied", "Lao People's Army"),
     F("#RUS", "cooperated", "#LAO"),
     F("#USA", "sanctioned", "#RUS"),
     F("European Union|EU", "sanctioned", "#RUS"),
     F(THO, "criticized", "#USA", "2026-06-04"),
     F(THO, "criticized", "European Union|EU", "2026-06-04")],
    [I(PUT, "visited", "#LAO", "invitation to visit Laos: future, speculative"),
     I("Vladimir Putin|Putin", "cooperated", "Thongloun Sisoulith|Thongloun", "dup guard for the state-level cooperation"),
     I("#RUS", "cooperated", "ASEAN|United Nations", "Russia-ASEAN dialogue partnership and UN cooperation are background"),
     I("#RUS", "supplied", "Xieng Khouang", "demining teams in Xieng Khouang; recipient is Laos")])

# g3 -- UN Security Council press statement, Wednesday 2026-08-12
SC = "Security Council|members of the Security Council|United Nations Security Council|UN Security Council"
SSPDF = "South Sudan People's Defence Forces|SSPDF|#SSD"
doc("govdocs/g3-unsc-southsudan", "2026-08-12",
    "Security Council Press Statement on Attack against United Nations Mission in South Sudan",
    "United Nations Security Council",
    ["P:Christina Markus Lassen@DNK", "P:Salva Kiir Mayardit|Salva Kiir|Kiir@SSD",
     "P:Mahmoud Ali Youssouf|Youssouf@DJI",
     "S:SSD", "S:IND", "S:DNK", "S:RWA",
     "O:Security Council|United Nations Security Council|UN Security Council",
     "O:United Nations Mission in South Sudan|UNMISS", "O:White Army", "O:Government of South Sudan",
     "O:South Sudan People's Defence Forces|SSPDF",
     "O:Sudan People's Liberation Movement-in-Opposition|SPLM-IO",
     "O:African Union Commission|African Union", "O:United Nations|UN",
     "L:Nasir@SSD", "L:Upper Nile State|Upper Nile@SSD", "L:Ulang County|Ulang@SSD", "L:Juba@SSD"],
    [],
    [F(SC, "criticized", "White Army", "2026-08-12"),
     F("White Army", "attacked", "United Nations Mission in South Sudan|UNMISS", "2026-08-09"),
     F(SC, "urged", "Government of South Sudan|#SSD", "2026-08-12"),
     F(SC, "criticized", SSPDF, "2026-08-12"),
     F(SSPDF, "attacked", "Ulang County|Ulang", "2026-08-04", 1),
     F(SC, "urged", "Sudan People's Liberation Movement-in-Opposition|SPLM-IO", "2026-08-12"),
     F(SC, "warned", "White Army", "2026-08-12"),
     F("Salva Kiir Mayardit|Salva Kiir|Kiir|#SSD", "met",
       "Mahmoud Ali Youssouf|Youssouf|African Union Commission|African Union", "2026-08-07")],
    [I("#RWA", "supplied", "United Nations Mission in South Sudan|UNMISS", "deploying a battalion to the Mission, arguably supply of troops"),
     I("Mahmoud Ali Youssouf|Youssouf", "visited", "Juba|#SSD", "venue-only: meeting held in Juba"),
     I("White Army", "attacked", "#IND", "the peacekeepers killed were from India; the target was UNMISS"),
     I(SC, "threatened", "White Army", "'would be held accountable' is arguably a threat"),
     I(SC, "cooperated", "United Nations Mission in South Sudan|UNMISS", "support for the Mission, not cooperation")])

# g4 -- ECOWAS final communique, Sunday 2026-06-21
EC = "Economic Community of West African States|ECOWAS|Authority|Authority of Heads of State and Government"
HM = "High Military Command for the Restoration of Order|HMCRO|military authorities|#GNB"
AES = "Alliance of Sahel States|AES|Confederation of the Alliance of Sahel States"
BIO = "Julius Maada Bio|Bio|#SLE"
doc("govdocs/g4-ecowas-communique", "2026-06-21",
    "Sixty-Ninth Ordinary Session of the Authority of ECOWAS Heads of State and Government: Final Communique",
    "ECOWAS Commission",
    ["P:Julius Maada Bio|Bio@SLE", "P:Omar Alieu Touray|Touray@GMB", "P:Mamadi Doumbouya|Doumbouya@GIN",
     "P:Bola Ahmed Tinubu|Tinubu@NGA",
     "S:NGA", "S:SLE", "S:GIN", "S:GNB", "S:BEN", "S:GHA", "S:TGO",
     "O:Economic Community of West African States|ECOWAS", "O:ECOWAS Commission|Commission",
     "O:Mediation and Security Council", "O:High Military Command for the Restoration of Order|HMCRO",
     "O:Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "O:Beninese Armed Forces", "O:ECOWAS Standby Force",
     "O:Alliance of Sahel States|AES|Confederation of the Alliance of Sahel States",
     "L:Abuja@NGA", "L:Conakry@GIN", "L:Kérou|Kerou@BEN", "L:Alibori@BEN", "L:Bamako@MLI", "L:Freetown@SLE"],
    [],
    [F(BIO, "visited", "Conakry|#GIN", "2026-06-02"),
     F(BIO, "met", "Mamadi Doumbouya|Doumbouya|#GIN", "2026-06-02"),
     F(EC, "criticized", HM, "2026-06-21"),
     F(EC, "urged", HM, "2026-06-21"),
     F(EC, "sanctioned", HM, "2026-06-21"),
     F(EC, "warned", HM, "2026-06-21"),
     F(EC, "criticized", "Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "2026-06-21"),
     F("Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "attacked", "#BEN|Kérou|Alibori", "2026-06-03"),
     F("#GHA", "supplied", "#TGO"),
     F("Omar Alieu Touray|Touray|ECOWAS Commission", "met", AES, "2026-06-12"),
     F("Economic Community of West African States|ECOWAS|ECOWAS Commission|Omar Alieu Touray|Touray",
       "agreed", AES, "2026-06-12"),
     F(EC, "urged", AES, "2026-06-21")],
    [I("#NGA", "supplied", "#BEN|Beninese Armed Forces", "deployment of air assets in support, arguably supply"),
     I("#NGA", "cooperated", "#BEN|Beninese Armed Forces", "military support implies cooperation"),
     I(EC, "cooperated", AES, "'sustain cooperation' presupposes cooperation"),
     I(EC, "threatened", HM, "warning against extending the transition is arguably a threat"),
     I(BIO, "cooperated", "#GIN", "welcomes the conclusion of Guinea's transition: no cooperation event"),
     I("Omar Alieu Touray|Touray", "visited", "Bamako|#MLI", "venue-only: meeting held in Bamako")])

# g5 -- US Treasury (OFAC) sanctions designation release, Thursday 2026-11-05
TR = "Office of Foreign Assets Control|OFAC|Department of the Treasury|Treasury|#USA"
TRD = "Department of the Treasury|Treasury|Treasury Department"
CDN = "Cártel del Noreste|CDN|Cartel del Noreste"
doc("govdocs/g5-treasury-cdn", "2026-11-05",
    "Treasury Sanctions Cártel del Noreste Fuel Theft and Arms Trafficking Network Operating Across the Texas Border",
    "U.S. Department of the Treasury",
    ["P:Rogelio Cantú Garza|Cantú Garza@MEX", "P:Marisol Ibarra Leal|Ibarra Leal@MEX", "P:Scott Bessent|Bessent@USA",
     "S:USA", "S:MEX",
     "O:Department of the Treasury|Treasury|U.S. Department of the Treasury|Treasury Department",
     "O:Office of Foreign Assets Control|OFAC", "O:Cártel del Noreste|CDN|Cartel del Noreste",
     "O:Petróleos Mexicanos|Pemex", "O:Grupo Petrolero Bravo S.A. de C.V.|Grupo Petrolero Bravo",
     "O:Frontera Bulk Logistics LLC|Frontera Bulk Logistics",
     "O:Transportes Ribereños del Norte S.A. de C.V.|Transportes Ribereños del Norte",
     "O:National Guard", "O:Financial Intelligence Unit|UIF|Unidad de Inteligencia Financiera",
     "O:Department of Homeland Security", "O:Department of Justice",
     "L:Tamaulipas@MEX", "L:Nuevo Laredo@MEX", "L:Laredo@USA", "L:Texas@USA", "L:Washington@USA"],
    [],
    [F(TR, "sanctioned", "Rogelio Cantú Garza|Cantú Garza", "2026-11-05"),
     F(TR, "sanctioned", "Marisol Ibarra Leal|Ibarra Leal", "2026-11-05"),
     F(TR, "sanctioned", "Grupo Petrolero Bravo S.A. de C.V.|Grupo Petrolero Bravo", "2026-11-05"),
     F(TR, "sanctioned", "Frontera Bulk Logistics LLC|Frontera Bulk Logistics", "2026-11-05"),
     F(TR, "sanctioned", "Transportes Ribereños del Norte S.A. de C.V.|Transportes Ribereños del Norte", "2026-11-05"),
     F("Grupo Petrolero Bravo S.A. de C.V.|Grupo Petrolero Bravo|Rogelio Cantú Garza|Cantú Garza", "supplied", CDN),
     F("Frontera Bulk Logistics LLC|Frontera Bulk Logistics", "supplied", CDN),
     F(CDN, "attacked", "National Guard|#MEX", "2026-09"),
     F("Department of the Treasury|Treasury|OFAC|#USA", "cooperated",
       "#MEX|Government of Mexico|Financial Intelligence Unit|UIF"),
     F(TRD, "cooperated", "Department of Homeland Security"),
     F(TRD, "cooperated", "Department of Justice")],
    [I(TR, "sanctioned", CDN, "FTO/SDGT designation in February 2025 and previous OFAC actions are background"),
     I("Transportes Ribereños del Norte S.A. de C.V.|Transportes Ribereños del Norte", "supplied", CDN,
       "moved the weapons across the border: transporter, arguably supplier"),
     I("Scott Bessent|Bessent", "accused", CDN, "quote 'using stolen fuel and American guns to terrorize communities'"),
     I("Scott Bessent|Bessent", "criticized", CDN, "quote 'using stolen fuel and American guns to terrorize communities'"),
     I("Scott Bessent|Bessent|Treasury", "threatened", CDN, "'will continue to use every tool': future"),
     I("Financial Intelligence Unit|UIF|#MEX", "sanctioned", "Rogelio Cantú Garza|Grupo Petrolero Bravo",
       "froze accounts associated with the network: arguably a sanction, targets unnamed"),
     I("Marisol Ibarra Leal|Ibarra Leal", "supplied", CDN, "manages the network's accounts: not stated as supply")])

# ====================================================================== sentences

doc("sentences/s01", "2026-01-20", "PORT SUDAN, Jan 20 (AFP)", "AFP",
    ["O:World Food Programme|WFP", "O:Rapid Support Forces|RSF", "O:AFP|Agence France-Presse",
     "L:Kadugli@SDN", "L:South Kordofan@SDN", "L:Port Sudan@SDN"],
    [],
    [F("Rapid Support Forces|RSF", "attacked", "World Food Programme|WFP|World Food Programme convoy", "2026-01-19"),
     F("World Food Programme|WFP", "accused", "Rapid Support Forces|RSF|paramilitary group")],
    [I("Rapid Support Forces|RSF", "attacked", "Kadugli", "the besieged city is the convoy's destination, not the target of this attack")])

IRGCN = "Navy of Iran's Islamic Revolutionary Guard Corps|IRGC Navy|Islamic Revolutionary Guard Corps|IRGC|#IRN"
doc("sentences/s02", "2026-02-26", "OTTAWA, Feb 26 (Reuters)", "Reuters",
    ["S:CAN", "S:IRN", "S:CHN",
     "O:Navy of Iran's Islamic Revolutionary Guard Corps|IRGC Navy", "O:Islamic Revolutionary Guard Corps|IRGC",
     "O:Zhoushan Haida Petroleum", "O:Qingdao Lanhai Terminal", "O:Reuters", "L:Ottawa@CAN"],
    [],
    [F("#CAN", "sanctioned", IRGCN, "2026-02-26"),
     F("#CAN", "sanctioned", "Zhoushan Haida Petroleum", "2026-02-26"),
     F("#CAN", "sanctioned", "Qingdao Lanhai Terminal", "2026-02-26"),
     F("#CAN", "sanctioned", "Silver Orchid", "2026-02-26")],
    [I("#CAN", "accused", "Zhoushan Haida Petroleum|Qingdao Lanhai Terminal|Silver Orchid|" + IRGCN,
       "'saying they had helped Tehran evade' is a justification, arguably an accusation"),
     I("Zhoushan Haida Petroleum|Qingdao Lanhai Terminal|Silver Orchid", "supplied", "#IRN|Tehran",
       "'helped Tehran evade oil export restrictions' is not a stated supply"),
     I("#CAN", "sanctioned", "#CHN", "the Chinese operators are sanctioned, not China")])

JAI = "S. Jaishankar|Jaishankar|S Jaishankar|#IND"
DIS = "Anura Kumara Dissanayake|Dissanayake|#LKA"
doc("sentences/s03", "2026-03-30", "COLOMBO, March 30 (PTI)", "PTI",
    ["P:S. Jaishankar|Jaishankar|S Jaishankar@IND", "P:Anura Kumara Dissanayake|Dissanayake@LKA", "S:LKA",
     "O:PTI|Press Trust of India", "L:Colombo@LKA", "L:Trincomalee@LKA"],
    [],
    [F(JAI, "visited", "Colombo|#LKA", "2026-03-26"),
     F(JAI, "met", DIS, "2026-03-26"),
     F(JAI, "agreed", DIS, "2026-03-26", 1)],
    [I(JAI, "cooperated", DIS, "joint energy hub implies cooperation")])

AOU = "Joseph Aoun|Aoun|#LBN"
doc("sentences/s04", "2026-04-10", "BEIRUT, April 10 (Reuters)", "Reuters",
    ["P:Joseph Aoun|Aoun@LBN", "S:LBN", "S:ISR", "S:USA", "S:FRA", "O:Reuters", "L:Beirut@LBN"],
    [],
    [F(AOU, "criticized", "#ISR", "2026-04-09"),
     F(AOU, "urged", "#USA|Washington", "2026-04-09"),
     F(AOU, "urged", "#FRA|Paris", "2026-04-09")],
    [I("#ISR", "invaded", "#LBN", "occupation of five hilltops is stated only inside Aoun's quote"),
     I(AOU, "accused", "#ISR", "'blatant violation of our sovereignty' is arguably an accusation"),
     I("#USA|#FRA", "urged", "#ISR", "'to press it to withdraw' is what Aoun asks for, not a stated act")])

LUL = "Luiz Inacio Lula da Silva|Lula da Silva|Lula|#BRA"
MIL = "Javier Milei|Milei|#ARG"
doc("sentences/s05", "2026-05-06", "BRASILIA, May 6 (Reuters)", "Reuters",
    ["P:Luiz Inacio Lula da Silva|Lula da Silva|Lula@BRA", "P:Javier Milei|Milei@ARG", "S:BRA", "S:ARG",
     "O:Mercosur", "O:Reuters", "L:Brasilia@BRA"],
    [],
    [F(LUL, "met", MIL, "2026-05-05"),
     F(LUL, "agreed", MIL, "2026-05-05")],
    [I(MIL, "visited", "Brasilia|#BRA", "venue-only: talks in Brasilia")])

doc("sentences/s06", "2026-07-21", "ISLAMABAD, July 21 (Dawn)", "Dawn",
    ["S:PAK", "S:AFG", "O:Taliban administration|Taliban", "O:Dawn", "L:Khost@AFG"],
    [],
    [F("Taliban administration|Taliban|#AFG", "accused", "#PAK|Islamabad", "2026-07-20")],
    [I("#PAK|Pakistan's military|Islamabad", "attacked", "Khost|#AFG",
       "air strikes alleged by the Taliban and denied by Pakistan")])

doc("sentences/s07", "2026-08-28", "WELLINGTON, Aug 28 (RNZ)", "RNZ",
    ["P:Li Qiang@CHN", "P:Christopher Luxon|Luxon@NZL", "S:CHN", "S:NZL", "O:RNZ", "L:Wellington@NZL"],
    [],
    [],
    [I("Li Qiang|#CHN", "visited", "#NZL", "'is expected to visit': speculative"),
     I("Li Qiang|#CHN", "met", "Christopher Luxon|Luxon|#NZL", "planned meeting: speculative"),
     I("Li Qiang|#CHN", "agreed", "Christopher Luxon|Luxon|#NZL", "'could sign': speculative"),
     I("#CHN", "cooperated", "#NZL", "existing free trade agreement is background")])

doc("sentences/s08", "2026-09-03", "CHISINAU, Sept 3 (Reuters)", "Reuters",
    ["S:MDA", "S:DEU", "S:FRA", "O:Moldovan Defence Ministry|Defence Ministry", "O:Reuters", "L:Chisinau@MDA"],
    [],
    [F("#DEU", "supplied", "#MDA", "2026-09-02"),
     F("#FRA", "supplied", "#MDA", "2026-09-02")],
    [])

TIN = "Bola Tinubu|Tinubu|#NGA"
NIG = "#NER|military government|junta"
doc("sentences/s09", "2026-10-09", "ABUJA, Oct 9 (Reuters)", "Reuters",
    ["P:Bola Tinubu|Tinubu@NGA", "P:Mahamat Idriss Deby|Deby@TCD", "S:NGA", "S:TCD", "S:NER",
     "O:Reuters", "L:Abuja@NGA"],
    [],
    [F(TIN, "met", "Mahamat Idriss Deby|Deby|#TCD", "2026-10-08"),
     F(TIN, "urged", NIG),
     F(TIN, "warned", NIG)],
    [I("Mahamat Idriss Deby|Deby|#TCD", "visited", "Abuja|#NGA", "implied by 'hosted ... in Abuja'"),
     I(TIN, "accused", NIG, "warning against allowing armed groups is arguably an accusation")])

doc("sentences/s10", "2026-11-17", "GEORGETOWN, Nov 17 (AP)", "AP",
    ["S:GUY", "S:VEN", "O:Guyana Defence Force|GDF", "O:AP|Associated Press",
     "L:Cuyuni River@GUY,VEN", "L:Georgetown@GUY"],
    [],
    [F("#GUY", "accused", "#VEN|Venezuelan soldiers", "2026-11-16"),
     F("#VEN|Venezuelan soldiers", "attacked", "Guyana Defence Force|#GUY", "2026-11-15", by="Guyana")],
    [])


def main():
    for d in DOCS:
        base = os.path.join(ROOT, d["path"])
        name = os.path.basename(d["path"])
        if not os.path.exists(base + ".txt"):
            raise SystemExit("missing text: " + base + ".txt")
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": name + ".txt", "published": d["published"],
                "source": "written for geokg heldout30 (own text, style of %s)" % d["source"],
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

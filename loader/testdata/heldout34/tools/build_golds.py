#!/usr/bin/env python3
"""Holds every heldout34 annotation in compact form and writes NAME.meta.json and NAME.gold.json.

The helper functions (slot, F, I, ent, doc, main) follow the compact notation of
heldout33/tools/build_golds.py (its helper and main lines only); every annotation below was
written from scratch for heldout34, after the texts.

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


# ---------------------------------------------------------------------------------------------
# articles
# ---------------------------------------------------------------------------------------------

ISMP = "Islamic State Mozambique Province|ISMP|IS-Mozambique|insurgents"
CHAPO = "Daniel Chapo|Chapo|#MOZ"
doc("articles/a1-cabodelgado-mailguardian", "2026-03-06",
    "Cabo Delgado: insurgents hit Macomia again as Chapo asks Kigali to stay on", "Mail & Guardian",
    ["P:Daniel Chapo|Chapo@MOZ", "P:Paul Kagame|Kagame@RWA", "P:Ronald Rwivanga|Rwivanga@RWA",
     "P:Borges Nhamirre|Nhamirre@MOZ", "P:Jumanne Mwakyusa|Mwakyusa@TZA",
     "P:Patrick Pouyanné|Pouyanné|Pouyanne@FRA",
     "S:MOZ", "S:RWA", "S:TZA", "S:SOM", "S:FRA",
     "O:Islamic State Mozambique Province|ISMP|IS-Mozambique", "O:Rwanda Defence Force|RDF|Rwandan Defence Force",
     "O:al-Karrar office|al-Karrar|Al Karrar", "O:Islamic State|IS|ISIS", "O:European Union|EU",
     "O:European Peace Facility|EPF", "O:Institute for Security Studies|ISS",
     "O:Southern African Development Community|SADC", "O:SADC Mission in Mozambique|SAMIM",
     "O:TotalEnergies|Total", "O:ACLED|Armed Conflict Location & Event Data Project",
     "O:Mail & Guardian|Mail and Guardian",
     "L:Cabo Delgado@MOZ", "L:Macomia@MOZ", "L:Kigali@RWA", "L:Village Urugwiro|Urugwiro@RWA", "L:Maputo@MOZ",
     "L:Mocímboa da Praia|Mocimboa da Praia@MOZ", "L:Mbau@MOZ", "L:Muidumbe@MOZ", "L:Gaborone@BWA",
     "L:Rovuma River|Rovuma|Ruvuma@MOZ,TZA", "L:Mtwara@TZA", "L:Kitaya@TZA", "L:Afungi@MOZ", "L:Palma@MOZ",
     "L:Pemba@MOZ", "L:Montepuez@MOZ"],
    ["#SWZ", "Mswati III", "King Mswati III"],
    [F(ISMP, "attacked", "Macomia|#MOZ", "2026-03-03"),
     F(CHAPO, "visited", "Kigali|#RWA|Village Urugwiro", "2026-03-02"),
     F(CHAPO, "met", "Paul Kagame|Kagame|#RWA", "2026-03-02"),
     F(CHAPO, "agreed", "Paul Kagame|Kagame|#RWA", "2026-03-02"),
     F("Rwanda Defence Force|RDF|#RWA", "attacked", ISMP, "2026-03-04"),
     F("Ronald Rwivanga|Rwivanga|Rwanda Defence Force|RDF|#RWA", "accused", "al-Karrar office|al-Karrar|Islamic State"),
     F("al-Karrar office|al-Karrar|Islamic State", "supplied", ISMP, by="Rwivanga"),
     F("European Union|EU|European Peace Facility", "supplied", "Rwanda Defence Force|RDF|#RWA", "2026-02"),
     F(CHAPO, "urged", "Southern African Development Community|SADC"),
     F("Jumanne Mwakyusa|Mwakyusa|#TZA", "warned", ISMP, "2026-03-05"),
     F("#MOZ|Maputo", "cooperated", "#TZA"),
     F(ISMP + "|militants", "attacked", "Kitaya|#TZA", "2020-10"),
     F(ISMP, "attacked", "Palma|Afungi", "2021-03"),
     F("Patrick Pouyanné|Pouyanné|TotalEnergies", "visited", "Maputo|#MOZ", "2026-01"),
     F("Patrick Pouyanné|Pouyanné|TotalEnergies", "met", CHAPO, "2026-01")],
    [I("#RWA|Kigali", "supplied", "#MOZ|Maputo", "troops sent in July 2021 at Maputo's request: a deployment, not goods or aid (background)"),
     I(ISMP, "invaded", "Mocímboa da Praia", "'had seized the port town' (2020) is background; occupation by an armed group is debatable"),
     I("Rwanda Defence Force|RDF|#RWA", "attacked", "Mbau", "dup guard: the strikes hit insurgent positions near Mbau"),
     I("Jumanne Mwakyusa|Mwakyusa|#TZA", "threatened", ISMP, "'will be met with the full force of our army' is conditional; the warning is gold"),
     I("Daniel Chapo|Chapo", "cooperated", "Paul Kagame|Kagame", "the extension of the deployment is the agreement (gold); no cooperation statement"),
     I("#MOZ|Maputo", "supplied", "Rwanda Defence Force|RDF|#RWA", "'covers part of the troops' upkeep' is undated cost-sharing; debatable as supply"),
     I("Patrick Pouyanné|Pouyanné|TotalEnergies", "agreed", "Daniel Chapo|Chapo|#MOZ", "'construction would resume when ...' is a conditional promise")])

EGY_MFA = "#EGY|Cairo|Ministry of Foreign Affairs"
SISI = "Abdel Fattah El-Sisi|Sisi|El-Sisi|#EGY"
ISAIAS = "Isaias Afwerki|Isaias|Afwerki|#ERI"
doc("articles/a2-nile-ahramonline", "2026-05-19",
    "Egypt accuses Ethiopia of 'reckless' GERD releases, agrees joint water committee with Sudan", "Ahram Online",
    ["P:Hani Sewilam|Sewilam@EGY", "P:Badr Abdelatty|Abdelatty@EGY", "P:Hassan Abdelkarim|Abdelkarim@SDN",
     "P:Mekdes Alemu|Alemu@ETH", "P:Abdel Fattah El-Sisi|Sisi|El-Sisi|Abdel Fattah al-Sisi@EGY",
     "P:Isaias Afwerki|Isaias|Afwerki@ERI", "P:Marco Rubio|Rubio@USA", "P:Rasha Fathy|Fathy@EGY",
     "P:Abiy Ahmed|Abiy@ETH",
     "S:EGY", "S:ETH", "S:SDN", "S:SOM", "S:ERI", "S:USA",
     "O:Ministry of Foreign Affairs|Egyptian Foreign Ministry", "O:Ethiopian Foreign Ministry",
     "O:Ministry of Water Resources and Irrigation", "O:African Union Peace and Security Council|Peace and Security Council|AU PSC",
     "O:Arab League|League of Arab States", "O:Al-Ahram Center for Political and Strategic Studies|Al-Ahram Center",
     "O:UN Security Council|United Nations Security Council|Security Council", "O:Ahram Online",
     "L:Grand Ethiopian Renaissance Dam|GERD|Renaissance Dam@ETH", "L:Cairo@EGY", "L:Khartoum@SDN",
     "L:Roseires Dam@SDN", "L:Aswan High Dam@EGY", "L:Tahrir@EGY", "L:Blue Nile state|Blue Nile@SDN",
     "L:Mogadishu@SOM", "L:Washington@USA"],
    ["#KWT", "#OMN", "Muscat"],
    [F(EGY_MFA, "accused", "#ETH|Addis Ababa", "2026-05-17"),
     F("Hani Sewilam|Sewilam|#EGY", "criticized", "#ETH|Addis Ababa", "2026-05-17"),
     F("#EGY", "agreed", "#SDN", "2015"),
     F("#EGY", "agreed", "#ETH", "2015"),
     F("#SDN", "agreed", "#ETH", "2015"),
     F("Hassan Abdelkarim|Abdelkarim|#SDN", "visited", "Cairo|#EGY", "2026-05-17"),
     F("Badr Abdelatty|Abdelatty|#EGY", "met", "Hassan Abdelkarim|Abdelkarim|#SDN", "2026-05-18"),
     F("Badr Abdelatty|Abdelatty", "agreed", "Hassan Abdelkarim|Abdelkarim", "2026-05-18"),
     F("Mekdes Alemu|Alemu|#ETH|Ethiopian Foreign Ministry", "accused", "#EGY|Cairo", "2026-05-18"),
     F("#EGY|Cairo", "cooperated", "#SOM|Mogadishu"),
     F("#EGY|Cairo", "cooperated", "#ERI"),
     F("#EGY|Cairo", "supplied", "#SOM|Mogadishu", "2024"),
     F(ISAIAS, "visited", "Cairo|#EGY", "2026-05-14", 3),
     F(SISI, "met", ISAIAS, "2026-05-14", 3),
     F(SISI, "warned", "#ETH|Addis Ababa", "2026-04"),
     F("Marco Rubio|Rubio|#USA", "urged", "#EGY|Cairo", "2026-05-15"),
     F("Marco Rubio|Rubio|#USA", "urged", "#ETH|Addis Ababa", "2026-05-15"),
     F("Arab League|League of Arab States", "criticized", "#ETH|Addis Ababa", "2026-05-16")],
    [I(SISI, "threatened", "#ETH|Addis Ababa", "'would not stand idly by' is a conditional warning (gold); 'a threat of war' is Ethiopia's characterisation"),
     I("#EGY|Cairo", "urged", "UN Security Council|Security Council", "speculative: 'Cairo could take the file back'; 2021 referral is background"),
     I("#EGY|Cairo", "cooperated", "#SDN|Khartoum", "'agreed ... to coordinate their positions' is a plan; the agreement itself is gold"),
     I("Mekdes Alemu|Alemu|#ETH", "criticized", "#EGY|Cairo", "'weaponise the Nile' belongs to the accusation (gold); criticized debatable"),
     I("#ETH", "attacked", "#SDN", "negated and unstated: Ethiopia denies the releases flooded Blue Nile state; a water release is not force")])

BHUIYAN = "Rezaul Karim Bhuiyan|Bhuiyan|#BGD"
AA = "Arakan Army|AA"
doc("articles/a3-dhaka-dailystar", "2026-07-23",
    "Dhaka protests BSF firing, warns Arakan Army over new Rohingya influx", "The Daily Star",
    ["P:Arvind Mehrotra|Mehrotra@IND", "P:Rezaul Karim Bhuiyan|Bhuiyan@BGD", "P:Wang Hongbin|Wang@CHN",
     "P:Rebecca Thornton|Thornton@USA", "P:Sheikh Hasina|Hasina@BGD", "P:Shahnaz Parveen|Parveen@BGD",
     "S:BGD", "S:IND", "S:MMR", "S:CHN", "S:JPN", "S:USA",
     "O:Border Security Force|BSF", "O:Border Guard Bangladesh|BGB", "O:Ain o Salish Kendra|ASK",
     "O:UNHCR|UN refugee agency|United Nations High Commissioner for Refugees", "O:Arakan Army|AA",
     "O:Myanmar military|Tatmadaw|Myanmar armed forces", "O:World Food Programme|WFP",
     "O:US State Department|State Department", "O:Dhaka University|University of Dhaka",
     "O:Ministry of External Affairs|MEA", "O:Bangladesh Navy", "O:The Daily Star|Daily Star",
     "L:Patgram@BGD", "L:Lalmonirhat@BGD", "L:Rakhine State|Rakhine@MMR", "L:Naf river|Naf@BGD,MMR",
     "L:Teknaf@BGD", "L:Maungdaw@MMR", "L:Cox's Bazar@BGD", "L:Dhaka@BGD", "L:Benapole@BGD", "L:Petrapole@IND",
     "L:Burimari@BGD", "L:Saint Martin's Island|St Martin's Island@BGD"],
    ["#MDV", "Colombo"],
    [F("Border Security Force|BSF|#IND", "attacked", "Border Guard Bangladesh|BGB|#BGD", "2026-07-20", by="BGB"),
     F("#BGD|Dhaka|foreign ministry", "criticized", "Border Security Force|BSF|#IND|New Delhi", "2026-07-21"),
     F("#BGD|Dhaka|foreign ministry", "urged", "#IND|New Delhi", "2026-07-21"),
     F("Myanmar military|Tatmadaw|#MMR", "attacked", AA, "2026-07-16", 3),
     F("#BGD|Dhaka", "accused", AA),
     F(BHUIYAN, "warned", AA, "2026-07-22"),
     F("Wang Hongbin|Wang|#CHN", "met", BHUIYAN, "2026-07-22"),
     F("#CHN|Beijing", "cooperated", "#BGD|Dhaka"),
     F("#BGD|Dhaka", "agreed", "#CHN|Beijing", "2026-01"),
     F("#JPN", "supplied", "World Food Programme|WFP", "2026-07-19"),
     F("#USA", "supplied", "UNHCR|UN refugee agency", "2025"),
     F("Rebecca Thornton|Thornton|#USA|US State Department", "visited", "Cox's Bazar|#BGD", "2026-06"),
     F("Rebecca Thornton|Thornton|#USA", "met", BHUIYAN, "2026-06"),
     F("#BGD|Dhaka", "agreed", "#IND|New Delhi", "2026-03"),
     F("Border Security Force|BSF|#IND", "met", "Border Guard Bangladesh|BGB|#BGD", "2026-07-22")],
    [I(AA, "attacked", "Myanmar military|#MMR", "'fighting between' gives no direction; the air strikes are gold the other way"),
     I("Sheikh Hasina|Hasina", "visited", "#IND", "'fled to India in August 2024' is flight into exile, background"),
     I("#CHN|Beijing", "supplied", "#BGD|Dhaka", "the J-10C jets were bought in January, delivery not stated"),
     I("#CHN|Beijing", "met", AA, "'China talks to the Arakan Army' is a quoted generalisation; the offer to open talks is speculative"),
     I("#BGD|foreign ministry", "met", "Arvind Mehrotra|Mehrotra|#IND", "summoning an envoy to protest is not talks; debatable"),
     I("Bangladesh Navy|#BGD", "attacked", "#MMR", "boats intercepted and pushed back: no force against a named actor")])

ELN = "National Liberation Army|ELN"
RESTREPO = "Lucía Restrepo|Restrepo|#COL"
USA_T = "#USA|Washington|US Treasury"
doc("articles/a4-arauca-elpais", "2026-02-10",
    "ELN drone attack on Arauca base kills three soldiers as Bogotá points at Caracas", "EL PAÍS English Edition",
    ["P:Gustavo Petro|Petro@COL", "P:Andrés Felipe Rubiano|Rubiano@COL",
     "P:Eliécer Erlinto Chamorro|Antonio García|Chamorro@COL", "P:Rafael Carvajal|Carvajal@VEN",
     "P:Lucía Restrepo|Restrepo@COL", "P:Mauro Vieira|Vieira@BRA", "P:Carlos Ruiz Massieu|Ruiz Massieu@MEX",
     "P:Juan Pablo Guerrero|Guerrero@COL",
     "S:COL", "S:VEN", "S:USA", "S:BRA", "S:NOR", "S:CUB", "S:MEX",
     "O:National Liberation Army|ELN|Ejército de Liberación Nacional", "O:18th Brigade",
     "O:Colombian army|National Army of Colombia", "O:Ministry of Defense|Defense Ministry",
     "O:33rd Front|FARC dissidents", "O:Venezuela's Foreign Ministry|Venezuelan Foreign Ministry",
     "O:US Treasury|Treasury|Department of the Treasury",
     "O:UN Verification Mission in Colombia|UN Verification Mission", "O:Central Command|COCE",
     "O:Ecopetrol", "O:Ideas for Peace Foundation|FIP", "O:EL PAÍS|El País",
     "L:Saravena@COL", "L:Arauca@COL", "L:Catatumbo@COL", "L:Apure@VEN", "L:Arauca River@COL,VEN",
     "L:Bogotá|Bogota@COL", "L:Brasília|Brasilia@BRA", "L:Caño Limón-Coveñas|Caño Limón-Coveñas pipeline@COL"],
    ["#SLV", "Bukele"],
    [F(ELN, "attacked", "18th Brigade|Colombian army|#COL|Saravena", "2026-02-08"),
     F(ELN, "attacked", "33rd Front|FARC dissidents", "2025-01"),
     F("Gustavo Petro|Petro|#COL", "criticized", ELN, "2026-02-08"),
     F("Andrés Felipe Rubiano|Rubiano|#COL|Ministry of Defense", "accused", "#VEN|Caracas", "2026-02-09"),
     F(USA_T, "sanctioned", "Eliécer Erlinto Chamorro|Antonio García|Chamorro", "2026-02-09"),
     F(USA_T, "sanctioned", "Rafael Carvajal|Carvajal", "2026-02-09"),
     F("US Treasury|Treasury|#USA|Washington", "accused", "Rafael Carvajal|Carvajal"),
     F("Rafael Carvajal|Carvajal", "supplied", ELN, by="US Treasury"),
     F(RESTREPO, "visited", "Brasília|#BRA", "2026-02-09"),
     F(RESTREPO, "met", "Mauro Vieira|Vieira|#BRA", "2026-02-09"),
     F(RESTREPO, "urged", "Mauro Vieira|Vieira|#BRA|Brasília", "2026-02-09"),
     F("#NOR", "urged", ELN, "2026-02-09"),
     F("#CUB", "urged", ELN, "2026-02-09"),
     F("Carlos Ruiz Massieu|Ruiz Massieu|UN Verification Mission in Colombia", "criticized", ELN, "2026-02-09"),
     F(ELN + "|Central Command|COCE", "threatened", "Ecopetrol"),
     F("#COL|Bogotá", "met", "#VEN|Caracas")],
    [I("#VEN|Caracas", "supplied", ELN, "'sheltering' commanders is not supply; Venezuela denies hosting armed groups"),
     I("#COL|Bogotá", "agreed", "#VEN|Caracas", "negated: talks held 'without reaching a formal agreement'"),
     I("Gustavo Petro|Petro|#COL", "met", ELN, "peace process opened in 2022 and suspended: background, no meeting stated"),
     I(RESTREPO, "urged", "#VEN", "she asked Brazil to press Venezuela; Venezuela is not her addressee"),
     I(ELN, "attacked", "Caño Limón-Coveñas", "passive 'was bombed more than 40 times last year' names no attacker"),
     I("#USA|Washington", "sanctioned", ELN, "the sanctions target two named persons, not the group as such")])

MILEI = "Javier Milei|Milei|#ARG"
QUIRNO = "Pablo Quirno|Quirno|#ARG"
FALK = "Falkland Islands|Falklands|Malvinas|Malvinas Islands|#FLK"
doc("articles/a5-malvinas-batimes", "2026-04-03",
    "Milei marks Malvinas anniversary as Quirno brings fisheries deal home from London", "Buenos Aires Times",
    ["P:Javier Milei|Milei@ARG", "P:Leopoldo Galtieri|Galtieri@ARG", "P:Pablo Quirno|Quirno@ARG",
     "P:Yvette Cooper|Cooper@GBR", "P:John Healey|Healey@GBR", "P:Stephen Doughty|Doughty@GBR",
     "P:Mariana Lucchetti|Lucchetti@ARG",
     "S:ARG", "S:GBR", "S:ESP", "S:KOR", "S:DNK", "S:USA",
     "O:Foreign Office|FCDO|Foreign, Commonwealth and Development Office",
     "O:Argentine Foreign Ministry|Foreign Ministry", "O:Falkland Islands Government|Falklands government",
     "O:International Committee of the Red Cross|ICRC|Red Cross", "O:University of San Andrés",
     "O:OECD|Organisation for Economic Co-operation and Development", "O:United Nations|UN", "O:BBC",
     "O:Buenos Aires Times",
     "L:Falkland Islands|Falklands|Malvinas|Malvinas Islands@GBR", "L:Ushuaia@ARG", "L:Tierra del Fuego@ARG",
     "L:London@GBR", "L:Mount Pleasant@GBR", "L:Darwin cemetery|Darwin@GBR", "L:East Falkland@GBR",
     "L:Paris@FRA", "L:Plaza San Martín@ARG", "L:Buenos Aires@ARG"],
    ["#URY", "#PRY", "Asunción", "Hidrovía"],
    [F(MILEI, "urged", "#GBR|London", "2026-04-02"),
     F("#ARG|Argentine forces", "invaded", FALK, "1982-04-02"),
     F("#GBR|HMS Conqueror", "attacked", "#ARG|ARA General Belgrano|General Belgrano", "1982-05-02"),
     F(QUIRNO, "visited", "London|#GBR|Foreign Office", "2026-03-30"),
     F(QUIRNO, "met", "Yvette Cooper|Cooper|#GBR", "2026-03-30"),
     F(QUIRNO, "agreed", "Yvette Cooper|Cooper|#GBR", "2026-03-30"),
     F("John Healey|Healey|#GBR", "warned", "#ARG|Buenos Aires", "2026-04-01"),
     F("John Healey|Healey|#GBR", "visited", "Mount Pleasant|Falkland Islands|Falklands", "2026-04-01"),
     F("Stephen Doughty|Doughty|#GBR", "criticized", MILEI, "2026-04-02"),
     F("Argentine Foreign Ministry|#ARG", "accused", "Falkland Islands Government|Falklands government", "2026-04-01"),
     F("#GBR|Britain", "sanctioned", "#ARG"),
     F("#DNK", "supplied", "#ARG", "2025-12"),
     F("#ARG|Buenos Aires|Milei's government", "agreed", "#USA|Washington", "2026-03"),
     F("#GBR", "cooperated", "#ARG")],
    [I("#ARG|Argentine forces", "invaded", "#GBR|Britain", "dup guard: the islands are British-held; the target is the Falklands"),
     I("#GBR|Britain", "attacked", "Falkland Islands|Falklands", "'retook the archipelago' (1982): recapture, debatable"),
     I("Javier Milei|Milei", "visited", "Ushuaia", "domestic trip to an Argentine city"),
     I("#USA|Washington", "supplied", "#ARG", "Washington only approved the transfer; Denmark sold the jets"),
     I("#ARG", "cooperated", "#USA", "the defence cooperation agreement is gold as agreed; joint patrols are future"),
     I("United Nations|UN", "urged", "#GBR", "'as the United Nations has been asking for six decades': background clause inside a quote"),
     I("Pablo Quirno|Quirno", "visited", "Paris", "future: June trip planned"),
     I("#GBR", "cooperated", "International Committee of the Red Cross|ICRC", "the ICRC is the channel of the UK-Argentina cooperation (gold)")])

MHASAN = "Mohamad Hasan|#MYS"
doc("articles/a6-border-bangkokpost", "2026-09-14",
    "Border flares again as Thailand, Cambodia trade blame over weekend shelling", "Bangkok Post",
    ["P:Donald Trump|Trump@USA", "P:Chhum Sophal|Sophal@KHM", "P:Hun Sen@KHM", "P:Songwut Rattanaporn|Songwut@THA",
     "P:Hun Manet@KHM", "P:Mohamad Hasan|Tok Mat@MYS", "P:Chaiwat Limsakul|Chaiwat@THA",
     "P:Anwar Ibrahim|Anwar@MYS", "P:Panitan Sriwattana|Panitan@THA",
     "S:THA", "S:KHM", "S:USA", "S:CHN", "S:MYS", "S:JPN",
     "O:Second Army Region", "O:Royal Thai Army|Thai army", "O:Cambodian Defence Ministry|Defence Ministry",
     "O:Cambodian Senate|Senate", "O:ASEAN|Association of Southeast Asian Nations",
     "O:Cambodian Mine Action Centre|CMAC", "O:Chulalongkorn University",
     "O:Thai-Cambodian Joint Boundary Commission|Joint Boundary Commission", "O:Bangkok Post",
     "L:Kuala Lumpur@MYS", "L:Kap Choeng@THA", "L:Surin@THA", "L:Oddar Meanchey@KHM", "L:Putrajaya@MYS",
     "L:Phnom Penh@KHM", "L:Bangkok@THA", "L:Prasat@THA", "L:Sangkha@THA", "L:Buriram@THA"],
    ["#LAO", "#VNM", "Vientiane"],
    [F("Cambodian troops|#KHM", "attacked", "Kap Choeng|Surin|#THA", "2026-09-12", by="Second Army Region"),
     F("Thai forces|#THA|Thai artillery", "attacked", "Oddar Meanchey|#KHM", "2026-09-13", 1, by="Chhum Sophal"),
     F("Chhum Sophal|Sophal|#KHM|Phnom Penh|Cambodian Defence Ministry", "accused", "#THA|Bangkok", "2026-09-13"),
     F("Hun Sen|#KHM", "criticized", "#THA|Bangkok"),
     F("Songwut Rattanaporn|Songwut|#THA", "threatened", "#KHM|Phnom Penh", "2026-09-13"),
     F("Royal Thai Army|Thai army|#THA", "accused", "#KHM|Phnom Penh"),
     F("#CHN|Beijing", "supplied", "#KHM|Phnom Penh", "2026-08", by="Royal Thai Army"),
     F(MHASAN, "visited", "Bangkok|#THA", "2026-09-13"),
     F(MHASAN, "met", "Chaiwat Limsakul|Chaiwat|#THA", "2026-09-13"),
     F(MHASAN, "urged", "#THA|Bangkok", "2026-09-13"),
     F(MHASAN, "urged", "#KHM|Phnom Penh", "2026-09-13"),
     F("Hun Manet|#KHM", "urged", "ASEAN|Association of Southeast Asian Nations", "2026-09-13"),
     F("#THA|Bangkok", "agreed", "#KHM|Phnom Penh", "2025-10"),
     F("#JPN|Japanese embassy", "supplied", "Cambodian Mine Action Centre|CMAC", "2026-09-10", 3)],
    [I("#THA|Thai forces", "invaded", "#KHM", "Hun Sen's 'invasion' is a quoted characterisation of shelling, not an occupation"),
     I("#THA|Bangkok", "criticized", "#KHM|Phnom Penh", "'lodged a formal protest' is an official complaint; debatable as criticized"),
     I("#THA|Bangkok", "met", "#KHM|Phnom Penh", "negated: no talks 'while shells are falling'; the boundary commission has not met since February"),
     I("Mohamad Hasan|#MYS", "visited", "Phnom Penh|#KHM", "future: 'due in Phnom Penh later today'"),
     I("Donald Trump|Trump|#USA", "met", "#THA", "presence at the 2025 signing; no meeting stated"),
     I("Anwar Ibrahim|Anwar|#MYS", "agreed", "#THA", "Anwar brokered the July 2025 ceasefire; he is not a party to it")])

# ---------------------------------------------------------------------------------------------
# government and intergovernmental documents
# ---------------------------------------------------------------------------------------------

KOR = "#KOR|Government of the Republic of Korea|Seoul"
PARK = "Park Yoon-joo|Park|#KOR"
doc("govdocs/g1-mofa-korea-briefing", "2026-10-22",
    "Regular Press Briefing by Spokesperson Kim Seo-yeon (October 22, 2026)",
    "Ministry of Foreign Affairs, Republic of Korea",
    ["P:Kim Seo-yeon@KOR", "P:Park Yoon-joo|Park@KOR", "P:Enkhtaivan Gombo|Enkhtaivan@MNG",
     "P:Cho Hyun|Cho@KOR", "P:Bui Thanh Son|Bui@VNM",
     "S:KOR", "S:MNG", "S:MHL", "S:KHM", "S:CUB", "S:VNM", "S:TLS",
     "O:Ministry of Foreign Affairs|MOFA", "O:Houthis|Ansar Allah|Houthi", "O:Cheonghae Unit",
     "O:Republic of Korea Navy|ROK Navy", "O:Cambodian National Police", "O:Korean National Police Agency|KNPA",
     "O:World Food Programme|WFP", "O:UN General Assembly|United Nations General Assembly",
     "O:Timor-Leste Defence Force|F-FDTL", "O:Yonhap News Agency|Yonhap", "O:KBS|Korean Broadcasting System",
     "O:AFP|Agence France-Presse", "O:Reuters", "O:Ministry of Interior|Cambodian Ministry of Interior",
     "O:JTBC", "O:Kyodo News|Kyodo",
     "L:Seoul@KOR", "L:Ulaanbaatar@MNG", "L:Jeddah@SAU", "L:Sihanoukville@KHM", "L:New York@USA", "L:Dili@TLS",
     "L:Tokyo@JPN"],
    [],
    [F(PARK, "visited", "Ulaanbaatar|#MNG", "2026-10-19"),
     F(PARK, "met", "Enkhtaivan Gombo|Enkhtaivan|#MNG", "2026-10-19"),
     F(PARK, "agreed", "Enkhtaivan Gombo|Enkhtaivan|#MNG", "2026-10-20"),
     F(KOR, "criticized", "Houthis|Ansar Allah", "2026-10-22"),
     F(KOR, "urged", "Houthis|Ansar Allah", "2026-10-22"),
     F("#KOR|Seoul", "agreed", "#KHM|Phnom Penh", "2026-09"),
     F("Korean National Police Agency|KNPA|#KOR", "cooperated", "Cambodian National Police|#KHM"),
     F(KOR, "urged", "#KHM|Government of Cambodia|Phnom Penh", "2026-10-22"),
     F("#KOR|Seoul", "supplied", "#CUB|Havana", "2026-09"),
     F("Cho Hyun|Cho|#KOR", "met", "Bui Thanh Son|#VNM", "2026-09"),
     F("Cho Hyun|Cho|#KOR", "agreed", "Bui Thanh Son|#VNM", "2026-09"),
     F("#KOR|Seoul", "supplied", "Timor-Leste Defence Force|F-FDTL|#TLS", "2026-10-16"),
     F("Ministry of Interior|#KHM", "accused", "JTBC", "2026-10-21")],
    [I("Houthis|Ansar Allah", "attacked", "#MHL", "the target is a Marshall Islands-flagged ship; the flag state is not attacked"),
     I("Houthis|Ansar Allah", "attacked", "#KOR", "eleven Korean nationals among the crew; Korea is not the target"),
     I("#KOR", "supplied", "World Food Programme|WFP", "dup guard: aid to Cuba channelled through the WFP"),
     I("#KOR", "criticized", "Ministry of Interior|#KHM", "negated: 'did not lodge any protest'"),
     I("Cho Hyun|Cho|#KOR", "visited", "Tokyo|#JPN", "speculative: 'nothing has been decided'"),
     I("Cho Hyun|Cho", "visited", "New York", "venue-only: talks on the margins of the UN General Assembly"),
     I("#KOR", "cooperated", "#TLS", "'maritime security cooperation with Southeast Asian partners' is general; the handover is gold as supplied"),
     I("#KOR", "cooperated", "#MNG", "'will continue to work closely' is a wish; cooperation is the topic of talks (met, agreed gold)")])

NZ = "#NZL|Winston Peters|Peters|Wellington"
doc("govdocs/g2-mfat-nz-sanctions", "2026-06-09",
    "New Zealand sanctions Russian military intelligence unit and third-country suppliers",
    "New Zealand Government (Minister of Foreign Affairs release)",
    ["P:Winston Peters|Peters@NZL", "P:Ivan Terekhov|Terekhov@RUS", "P:Andrii Sybiha|Sybiha@UKR",
     "S:NZL", "S:RUS", "S:UKR", "S:BLR", "S:CHN", "S:AUS", "S:GBR",
     "O:Military Unit 29155|Unit 29155", "O:Main Directorate of the General Staff of the Russian Armed Forces|GRU",
     "O:Russian Armed Forces|Russian forces", "O:Belspetsvneshtechnika|BSVT",
     "O:Shenzhen Hongtu Aviation Components|Hongtu", "O:Alabuga Special Economic Zone|Alabuga",
     "O:Sea Meridian Shipping", "O:International Claims Commission for Ukraine",
     "O:New Zealand Defence Force|NZDF", "O:MFAT|Ministry of Foreign Affairs and Trade",
     "O:New Zealand Government",
     "L:Kyiv@UKR", "L:Wellington@NZL", "L:Dubai@ARE", "L:Republic of Tatarstan|Tatarstan@RUS"],
    ["Nathan Harris", "Beehive.govt.nz"],
    [F(NZ, "sanctioned", "Military Unit 29155|Unit 29155|GRU|Main Directorate of the General Staff of the Russian Armed Forces", "2026-06-09"),
     F(NZ, "sanctioned", "Ivan Terekhov|Terekhov", "2026-06-09"),
     F(NZ, "sanctioned", "Belspetsvneshtechnika|BSVT", "2026-06-09"),
     F(NZ, "sanctioned", "Shenzhen Hongtu Aviation Components|Hongtu", "2026-06-09"),
     F(NZ, "sanctioned", "Sea Meridian Shipping", "2026-06-09"),
     F("Belspetsvneshtechnika|BSVT|#BLR", "supplied", "Russian forces|Russian Armed Forces|#RUS"),
     F("Shenzhen Hongtu Aviation Components|Hongtu", "supplied", "Alabuga Special Economic Zone|Alabuga"),
     F("#RUS|Moscow", "invaded", "#UKR", "2022-02"),
     F("#RUS|Moscow|Russian missiles", "attacked", "Kyiv|#UKR", "2026-06-06", 1),
     F(NZ, "criticized", "#RUS|Moscow", "2026-06-09"),
     F(NZ, "urged", "#RUS|Moscow", "2026-06-09"),
     F("#NZL", "cooperated", "#AUS"),
     F("#NZL", "cooperated", "#GBR"),
     F("Andrii Sybiha|Sybiha|#UKR", "visited", "Wellington|#NZL", "2026-06-04", 3),
     F("Winston Peters|Peters|#NZL", "met", "Andrii Sybiha|Sybiha|#UKR", "2026-06-04", 3),
     F("#NZL", "supplied", "#UKR"),
     F(NZ, "warned", "#CHN|Beijing")],
    [I("#NZL", "sanctioned", "#RUS", "the sanctions target Russian units, persons and third-country suppliers, not the state as such"),
     I("#AUS|#GBR", "sanctioned", "Military Unit 29155|Unit 29155", "'parallel designations' by partners; their targets are not listed"),
     I("#NZL", "supplied", "#GBR", "NZDF trainers deployed to the UK to train Ukrainian soldiers; beneficiary is Ukraine"),
     I("#CHN", "supplied", "#RUS", "Chinese companies supply, not the Chinese state; the warning to China is gold"),
     I("#NZL", "threatened", "#CHN", "'should expect consequences' addresses suppliers in general; the warning to China is gold")])

SADC = "Southern African Development Community|SADC|Summit|Organ Troika"
TG = "Transitional Government of Madagascar|Transitional Government|#MDG"
CAPSAT = "CAPSAT|Corps of Army Personnel and Services"
doc("govdocs/g3-sadc-madagascar-communique", "2026-08-20",
    "Communiqué of the Extraordinary Summit of the Organ Troika on the situation in the Republic of Madagascar",
    "Southern African Development Community (SADC) Secretariat",
    ["P:Netumbo Nandi-Ndaitwah|Nandi-Ndaitwah@NAM", "P:Hakainde Hichilema|Hichilema@ZMB",
     "P:Samia Suluhu Hassan|Samia@TZA", "P:Elias Magosi|Magosi@BWA", "P:Joaquim Chissano|Chissano@MOZ",
     "P:Michael Randrianirina|Randrianirina@MDG",
     "S:MDG", "S:NAM", "S:ZMB", "S:TZA", "S:BWA", "S:MOZ", "S:AGO", "S:MUS", "S:COM",
     "O:Southern African Development Community|SADC", "O:Organ Troika|SADC Organ Troika",
     "O:SADC Secretariat|Secretariat", "O:SADC Panel of Elders|Panel of Elders",
     "O:Transitional Government of Madagascar|Transitional Government",
     "O:CAPSAT|Corps of Army Personnel and Services", "O:Independent National Electoral Commission|CENI",
     "O:Fanilo Security", "O:SADC Electoral Observation Mission|SEOM", "O:European Union|EU", "O:World Bank",
     "O:African Union Peace and Security Council|Peace and Security Council|AU PSC", "O:African Union|AU",
     "L:Windhoek@NAM", "L:Antananarivo@MDG"],
    [],
    [F("SADC Panel of Elders|Panel of Elders|Joaquim Chissano|Chissano", "visited", "Antananarivo|#MDG", "2026-08-03"),
     F("Elias Magosi|Magosi|SADC Secretariat|Executive Secretary", "met",
       "Michael Randrianirina|Randrianirina|#MDG|Transitional Government", "2026-08-05"),
     F(CAPSAT, "attacked", "Independent National Electoral Commission|CENI", "2026-08-11"),
     F(SADC, "criticized", CAPSAT, "2026-08-19", 1),
     F(SADC, "urged", TG, "2026-08-19", 1),
     F(SADC, "warned", TG, "2026-08-19", 1),
     F("SADC Secretariat|Southern African Development Community|SADC", "agreed", TG, "2026-08-14"),
     F("#AGO", "supplied", "Independent National Electoral Commission|CENI|#MDG", "2026-07"),
     F("Fanilo Security", "supplied", CAPSAT, by="CENI"),
     F(SADC, "urged", "European Union|EU", "2026-08-19", 1),
     F(SADC, "urged", "World Bank", "2026-08-19", 1),
     F("#MUS", "cooperated", "#COM"),
     F("#MUS", "cooperated", "#MDG"),
     F("#COM", "cooperated", "#MDG")],
    [I("Hakainde Hichilema|Hichilema|#ZMB", "met", "Netumbo Nandi-Ndaitwah|Nandi-Ndaitwah|#NAM", "attendance at a summit; no bilateral meeting stated"),
     I("Samia Suluhu Hassan|Samia|#TZA", "visited", "Windhoek|#NAM", "implied by summit attendance; venue-only"),
     I(SADC, "threatened", TG, "'would compel SADC to consider further measures' is conditional; the warning is gold"),
     I("African Union Peace and Security Council|African Union", "sanctioned", "#MDG", "suspension kept under review: background, and suspension is not an imposed sanction here"),
     I("SADC Secretariat|Secretariat", "supplied", "Independent National Electoral Commission|CENI", "directive to mobilise assistance: future"),
     I("Elias Magosi|Magosi", "visited", "Antananarivo", "venue-only: met in Antananarivo")])

CASSIS = "Ignazio Cassis|Cassis|#CHE|FDFA"
CH = "#CHE|Switzerland|FDFA|Federal Department of Foreign Affairs|Bern"
doc("govdocs/g4-fdfa-swiss-jordan-lebanon", "2026-11-06",
    "Federal Councillor Cassis visits Jordan and Lebanon: water, humanitarian aid and stability in the region",
    "Swiss Federal Department of Foreign Affairs (FDFA)",
    ["P:Ignazio Cassis|Cassis@CHE", "P:Abdullah II|King Abdullah II@JOR", "P:Ayman Safadi|Safadi@JOR",
     "P:Joseph Aoun|Aoun@LBN", "P:Nawaf Salam|Salam@LBN", "P:Paolo Ferrante|Ferrante@ITA",
     "S:CHE", "S:JOR", "S:LBN", "S:ISR", "S:ITA",
     "O:Federal Department of Foreign Affairs|FDFA", "O:United Nations Interim Force in Lebanon|UNIFIL",
     "O:Hezbollah|Hizbollah", "O:Lebanese Armed Forces|LAF",
     "L:Amman@JOR", "L:Beirut@LBN", "L:Naqoura@LBN", "L:Bern@CHE", "L:Jordan Valley@JOR", "L:Geneva@CHE",
     "L:southern Lebanon@LBN"],
    ["FDFA Communication", "Federal Palace West"],
    [F(CASSIS, "visited", "Amman|#JOR", "2026-11-03"),
     F("Ignazio Cassis|Cassis", "met", "Abdullah II|King Abdullah II", "2026-11-03"),
     F("Ignazio Cassis|Cassis|#CHE", "met", "Ayman Safadi|Safadi|#JOR", "2026-11-03"),
     F("Ignazio Cassis|Cassis|#CHE", "agreed", "Ayman Safadi|Safadi|#JOR", "2026-11-03"),
     F("#CHE|Bern", "cooperated", "#JOR|Amman"),
     F(CASSIS, "visited", "Beirut|#LBN", "2026-11-04"),
     F("Ignazio Cassis|Cassis|#CHE", "met", "Joseph Aoun|Aoun|#LBN", "2026-11-04"),
     F("Ignazio Cassis|Cassis", "met", "Nawaf Salam|Salam", "2026-11-04"),
     F("Ignazio Cassis|Cassis|FDFA", "visited", "Naqoura|United Nations Interim Force in Lebanon|UNIFIL", "2026-11-05"),
     F("Ignazio Cassis|Cassis", "met", "Paolo Ferrante|Ferrante|UNIFIL", "2026-11-05"),
     F(CH, "criticized", "#ISR", "2026-11-06"),
     F("#ISR|Israeli air strikes", "attacked", "southern Lebanon|#LBN", "2026-11-01"),
     F(CH, "urged", "#ISR", "2026-11-06"),
     F(CH, "urged", "Hezbollah|Hizbollah", "2026-11-06"),
     F("#CHE|Switzerland", "supplied", "#LBN|Beirut", "2026"),
     F("#CHE|Switzerland", "supplied", "Lebanese Armed Forces|LAF", "2026-09")],
    [I("#ISR", "invaded", "#LBN", "'five positions that it continues to hold on Lebanese territory': ongoing presence, debatable as occupation"),
     I("Ayman Safadi|Safadi|#JOR", "visited", "Bern", "future: invited to Bern in 2027"),
     I("#CHE", "agreed", "#LBN", "future: co-hosting a reconstruction conference in early 2027"),
     I("#CHE", "cooperated", "United Nations Interim Force in Lebanon|UNIFIL", "'supports UNIFIL's work' is general support")])

MX = "#MEX|Juan Ramón de la Fuente|de la Fuente"
DLF = "Juan Ramón de la Fuente|de la Fuente|#MEX"
doc("govdocs/g5-sre-mexico-oas-speech", "2026-06-25",
    "Speech by the Secretary of Foreign Affairs, Juan Ramón de la Fuente, at the 56th Regular Session of the OAS General Assembly",
    "Secretaría de Relaciones Exteriores (Mexico)",
    ["P:Juan Ramón de la Fuente|de la Fuente@MEX", "P:Albert Ramdin|Ramdin@SUR", "P:Ana Lucía Cálix|Cálix@HND",
     "S:MEX", "S:USA", "S:CUB", "S:ECU", "S:GTM", "S:HND", "S:SUR",
     "O:Secretaría de Relaciones Exteriores|SRE|Ministry of Foreign Affairs",
     "O:Organization of American States|OAS", "O:United Nations|UN", "O:Mexican Navy|Navy of Mexico",
     "O:Ecuadorian police", "O:International Court of Justice|ICJ", "O:Sinaloa Cartel", "O:Barrio 18|18th Street gang",
     "L:Washington, D.C.|Washington@USA", "L:Havana@CUB", "L:Quito@ECU", "L:Tegucigalpa@HND", "L:San Pedro Sula@HND"],
    [],
    [F("#USA|Washington", "sanctioned", "#CUB|Havana"),
     F(MX, "criticized", "#USA|Washington", "2026-06-25"),
     F(MX, "urged", "#USA|Washington", "2026-06-25"),
     F("#MEX|Mexican Navy", "supplied", "#CUB|Havana", "2026-05"),
     F("Ecuadorian police|#ECU|Quito", "attacked", "#MEX|embassy of Mexico|Mexican embassy", "2024-04-05"),
     F("#MEX", "accused", "#ECU|Quito", "2024-04"),
     F("#MEX", "agreed", "#GTM", "2026-03"),
     F("#MEX", "agreed", "#HND|Tegucigalpa", "2026-03"),
     F("#GTM", "agreed", "#HND|Tegucigalpa", "2026-03"),
     F(DLF, "visited", "Tegucigalpa|#HND", "2026-06-22"),
     F(DLF, "met", "Ana Lucía Cálix|Cálix|#HND", "2026-06-22"),
     F("#MEX", "cooperated", "#USA|Washington"),
     F("Sinaloa Cartel", "supplied", "Barrio 18", by="Honduran authorities"),
     F(MX, "warned", "#USA|Washington", "2026-06-25"),
     F(MX, "urged", "Albert Ramdin|Ramdin|Organization of American States|OAS|Secretary General", "2026-06-25")],
    [I("Juan Ramón de la Fuente|de la Fuente", "visited", "Washington, D.C.|Washington|#USA", "venue of the speech"),
     I("Ecuadorian police|#ECU", "invaded", "#MEX", "'stormed our embassy' is an attack (gold), not an occupation of a state"),
     I("#USA", "supplied", "Barrio 18", "weapons bought in US gun shops; the state does not supply them"),
     I("#MEX", "attacked", "#ECU", "'brought the case before the ICJ' is legal action, not force")])

# ---------------------------------------------------------------------------------------------
# wire items
# ---------------------------------------------------------------------------------------------

doc("sentences/s01-dili-lusa", "2026-01-14", "Australia, Timor-Leste sign Greater Sunrise pipeline deal", "Lusa",
    ["P:Penny Wong|Wong@AUS", "P:Xanana Gusmão|Gusmão|Xanana Gusmao@TLS", "S:AUS", "S:TLS", "O:Lusa",
     "L:Dili@TLS", "L:Greater Sunrise@TLS"],
    [],
    [F("Penny Wong|Wong|#AUS", "visited", "Dili|#TLS", "2026-01-12"),
     F("Penny Wong|Wong|#AUS", "agreed", "Xanana Gusmão|Gusmão|#TLS", "2026-01-13")],
    [I("Penny Wong|Wong|#AUS", "met", "Xanana Gusmão|Gusmão|#TLS", "implied by the signing; no meeting stated"),
     I("#AUS", "cooperated", "#TLS", "joint development of Greater Sunrise is the object of the agreement; future")])

doc("sentences/s02-freetown-afp", "2026-03-24", "Sierra Leone says Guinean soldiers occupy border village of Yenga", "AFP",
    ["S:GIN", "S:SLE", "O:Ministry of Defence|Sierra Leone's Ministry of Defence", "O:AFP|Agence France-Presse",
     "L:Yenga@SLE", "L:Freetown@SLE"],
    [],
    [F("Guinean soldiers|#GIN|Conakry", "invaded", "Yenga|#SLE", "2026-03-22", by="Ministry of Defence"),
     F("Ministry of Defence|#SLE|Freetown", "accused", "#GIN|Conakry", "2026-03-24")],
    [I("#SLE", "agreed", "#GIN|Conakry", "the 2021 demarcation agreement is background named only as a noun phrase")])

doc("sentences/s03-lome-reuters", "2026-05-04", "Jihadists kill six Togolese soldiers; Ghana's Mahama visits Lomé", "Reuters",
    ["O:Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "S:TGO", "S:GHA", "P:John Mahama|Mahama@GHA",
     "P:Faure Gnassingbé|Gnassingbé|Gnassingbe@TGO", "O:Reuters", "L:Kpendjal@TGO", "L:Lomé|Lome@TGO"],
    [],
    [F("Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "attacked", "#TGO|Togolese army|Kpendjal", "2026-05-03", 1),
     F("John Mahama|Mahama|#GHA", "visited", "Lomé|#TGO", "2026-05-04"),
     F("John Mahama|Mahama|#GHA", "met", "Faure Gnassingbé|Gnassingbé|#TGO", "2026-05-04")],
    [])

doc("sentences/s04-nairobi-xinhua", "2026-07-07", "Kenya, Tanzania agree to scrap 14 non-tariff barriers", "Xinhua",
    ["P:William Ruto|Ruto@KEN", "P:Samia Suluhu Hassan|Samia@TZA", "S:KEN", "S:TZA",
     "O:East African Community|EAC", "O:State House", "O:Xinhua", "L:Namanga@KEN,TZA", "L:Nairobi@KEN"],
    [],
    [F("William Ruto|Ruto|#KEN", "met", "Samia Suluhu Hassan|Samia|#TZA", "2026-07-06"),
     F("William Ruto|Ruto|#KEN", "agreed", "Samia Suluhu Hassan|Samia|#TZA", "2026-07-06"),
     F("William Ruto|Ruto|#KEN", "urged", "East African Community|EAC", "2026-07-06", 1)],
    [I("Samia Suluhu Hassan|Samia|#TZA", "visited", "Namanga", "the border post straddles both countries; no trip abroad stated")])

doc("sentences/s05-male-pti", "2026-08-27", "India hands Dornier to Maldives as Jaishankar visits Malé", "PTI",
    ["S:IND", "S:MDV", "O:Maldives National Defence Force|MNDF",
     "P:S. Jaishankar|Jaishankar|Subrahmanyam Jaishankar@IND", "P:Mohamed Muizzu|Muizzu@MDV",
     "O:PTI|Press Trust of India", "L:Malé|Male@MDV"],
    [],
    [F("#IND", "supplied", "Maldives National Defence Force|MNDF|#MDV", "2026-08-26"),
     F("S. Jaishankar|Jaishankar|#IND", "visited", "Malé|#MDV", "2026-08-26"),
     F("S. Jaishankar|Jaishankar|#IND", "met", "Mohamed Muizzu|Muizzu|#MDV", "2026-08-26", 1)],
    [])

doc("sentences/s06-thimphu-ians", "2026-10-12", "Bhutan, China hold boundary talks in Beijing", "IANS",
    ["P:D.N. Dhungyel|Dhungyel@BTN", "P:Wang Yi@CHN", "S:BTN", "S:CHN", "O:IANS|Indo-Asian News Service",
     "L:Beijing@CHN", "L:Thimphu@BTN"],
    [],
    [F("D.N. Dhungyel|Dhungyel|#BTN", "met", "Wang Yi|#CHN", "2026-10-08", 3),
     F("D.N. Dhungyel|Dhungyel|#BTN", "agreed", "Wang Yi|#CHN", "2026-10-08", 3)],
    [I("D.N. Dhungyel|Dhungyel|#BTN", "visited", "Beijing|#CHN", "venue-only: talks held in Beijing"),
     I("#BTN", "cooperated", "#CHN", "the 'cooperation document' is the agreement (gold)")])

doc("sentences/s07-sansalvador-efe", "2026-02-18", "Bukele blames MS-13 for police killings", "EFE",
    ["P:Nayib Bukele|Bukele@SLV", "P:Borromeo Henríquez|Henríquez|Henriquez@SLV", "S:SLV", "S:USA",
     "O:MS-13|Mara Salvatrucha", "O:US Treasury|Treasury", "O:EFE", "L:Soyapango@SLV", "L:San Salvador@SLV"],
    [],
    [F("Nayib Bukele|Bukele|#SLV", "accused", "MS-13|Mara Salvatrucha", "2026-02-17"),
     F("Nayib Bukele|Bukele|#SLV", "warned", "MS-13|Mara Salvatrucha", "2026-02-17"),
     F("US Treasury|Treasury|#USA", "sanctioned", "Borromeo Henríquez|Henríquez", "2026-02-16")],
    [I("Nayib Bukele|Bukele|#SLV", "threatened", "MS-13|Mara Salvatrucha", "'warned ... of severe consequences': the warning is gold; threat debatable")])

doc("sentences/s08-havana-prensalatina", "2026-09-30", "Russia's Chernyshenko in Havana signs energy deals", "Prensa Latina",
    ["P:Dmitry Chernyshenko|Chernyshenko@RUS", "P:Manuel Marrero|Marrero@CUB", "S:RUS", "S:CUB",
     "O:Prensa Latina", "O:Cuban Ministry of Energy and Mines|Ministry of Energy and Mines", "L:Havana@CUB"],
    [],
    [F("Dmitry Chernyshenko|Chernyshenko|#RUS", "visited", "Havana|#CUB", "2026-09-29"),
     F("Dmitry Chernyshenko|Chernyshenko|#RUS", "agreed", "Manuel Marrero|Marrero|#CUB", "2026-09-29"),
     F("#RUS", "supplied", "#CUB|Havana", "2026-08")],
    [I("Dmitry Chernyshenko|Chernyshenko|#RUS", "met", "Manuel Marrero|Marrero|#CUB", "implied by the signing; no meeting stated")])

doc("sentences/s09-kualalumpur-bernama", "2026-11-17", "Malaysia condemns Chinese coast guard intrusions near Luconia Shoals", "Bernama",
    ["S:MYS", "S:CHN", "O:China Coast Guard|CCG", "O:Petronas", "O:Wisma Putra|Ministry of Foreign Affairs",
     "O:Bernama", "P:Anwar Ibrahim|Anwar@MYS", "P:Li Qiang@CHN", "L:Luconia Shoals@MYS", "L:Kuala Lumpur@MYS"],
    [],
    [F("#MYS|Wisma Putra", "criticized", "China Coast Guard|#CHN|Beijing", "2026-11-16"),
     F("Anwar Ibrahim|Anwar|#MYS", "urged", "#CHN|Beijing", "2026-10"),
     F("Anwar Ibrahim|Anwar|#MYS", "met", "Li Qiang|#CHN", "2026-10")],
    [I("Li Qiang|#CHN", "visited", "Kuala Lumpur|#MYS", "venue-only: met Anwar in Kuala Lumpur"),
     I("China Coast Guard|#CHN", "attacked", "Petronas", "'shadowed a drilling rig' is harassment, not use of force")])

doc("sentences/s10-portmoresby-aap", "2026-12-03", "PNG, Bougainville sign Buka Accord", "AAP",
    ["P:James Marape|Marape@PNG", "P:Ishmael Toroama|Toroama@PNG", "S:PNG", "S:AUS",
     "O:Bougainville Police Service", "O:Australian High Commission", "O:AAP|Australian Associated Press",
     "L:Bougainville@PNG", "L:Port Moresby@PNG"],
    [],
    [F("James Marape|Marape|#PNG", "agreed", "Ishmael Toroama|Toroama|Bougainville", "2026-12-02"),
     F("#AUS|Australian High Commission", "supplied", "Bougainville Police Service", "2026-11-26", 3)],
    [I("James Marape|Marape|#PNG", "met", "Ishmael Toroama|Toroama", "implied by the signing; no meeting stated")])


def main():
    for d in DOCS:
        base = os.path.join(ROOT, d["path"])
        name = os.path.basename(d["path"])
        if not os.path.exists(base + ".txt"):
            raise SystemExit("missing text: " + base + ".txt")
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": name + ".txt", "published": d["published"],
                "source": "written for geokg heldout34 (own text, style of %s)" % d["source"],
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

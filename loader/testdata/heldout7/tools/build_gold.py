#!/usr/bin/env python3
"""Writes the heldout7 govdocs .meta.json and .gold.json files (hand annotation, kept as code)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "govdocs")

def E(names, kind, country=None):
    e = {"name": names if isinstance(names, list) else [names], "kind": kind}
    if country: e["country"] = ["iso3:" + country]
    return e
def S(code): return E(["iso3:" + code], "state")
def F(frm, typ, to, date=None, tol=0, modality="asserted", by=None):
    f = {"from": frm, "type": typ, "to": to}
    if date: f["date"] = date; f["date_tolerance_days"] = tol
    f["modality"] = modality
    if by: f["attributed_to"] = by
    return f
def I(frm, typ, to, why): return {"from": frm, "type": typ, "to": to, "why": why}

docs = []

# ---------------- g1 Mexico SRE briefing ----------------
ARR = ["Lucía Arreola Montemayor", "Arreola", "iso3:MEX", "Secretariat of Foreign Affairs", "Secretariat of Foreign Affairs of Mexico"]
LOZ = ["Adriana Lozano Treviño", "Lozano Treviño", "iso3:MEX"]
MAR = ["Carlos Ramiro Martínez", "Martínez", "iso3:GTM"]
OFAC = ["Office of Foreign Assets Control", "OFAC", "US Treasury Department", "Treasury Department", "iso3:USA"]
TCP = ["Transportes Costa Pacífico S.A. de C.V.", "Transportes Costa Pacífico"]
docs.append(dict(
 doc="g1-sre-briefing.txt", published="2026-11-20",
 title="Secretariat of Foreign Affairs of Mexico - Weekly Press Briefing by Spokesperson Lucía Arreola Montemayor, November 20, 2026",
 source_style="Secretaría de Relaciones Exteriores (Mexico)",
 entities=[
  E(["Lucía Arreola Montemayor", "Arreola"], "person", "MEX"),
  E(["Adriana Lozano Treviño", "Lozano Treviño"], "person", "MEX"),
  E(["Carlos Ramiro Martínez", "Martínez"], "person", "GTM"),
  E(["Ramón Ibarra Quintero"], "person", "MEX"),
  E(["Efraín Sotelo Vega"], "person", "MEX"),
  E(["Claudia Sheinbaum", "Sheinbaum"], "person", "MEX"),
  E(["Yolanda Villavicencio"], "person", "COL"),
  S("MEX"), S("GTM"), S("BLZ"), S("USA"), S("COL"),
  E(["Secretariat of Foreign Affairs", "Secretariat of Foreign Affairs of Mexico", "SRE"], "organization"),
  E(["National Migration Institute", "INM"], "organization"),
  E(["Guatemalan Institute of Migration", "IGM"], "organization"),
  E(["EFE", "Agencia EFE"], "organization"),
  E(["Ministry of Foreign Affairs of Belize"], "organization"),
  E(["Secretary of the Navy", "Secretariat of the Navy", "SEMAR"], "organization"),
  E(["Mexico-Belize Binational Commission"], "organization"),
  E(["La Jornada"], "organization"),
  E(["Office of Foreign Assets Control", "OFAC"], "organization"),
  E(["US Treasury Department", "Treasury Department", "Department of the Treasury"], "organization"),
  E(TCP, "organization"),
  E(["Sinaloa Cartel", "Cártel de Sinaloa"], "organization"),
  E(["Financial Intelligence Unit", "UIF"], "organization"),
  E(["Secretariat of Finance and Public Credit", "SHCP"], "organization"),
  E(["Reuters"], "organization"),
  E(["Community of Latin American and Caribbean States", "CELAC"], "organization"),
  E(["Guatemala City"], "place", "GTM"),
  E(["Chiapas"], "place", "MEX"),
  E(["San Marcos"], "place", "GTM"),
  E(["Tapachula"], "place", "MEX"),
  E(["Chetumal Bay"], "place"),
  E(["Culiacán"], "place", "MEX"),
  E(["Sinaloa"], "place", "MEX"),
  E(["Bogotá"], "place", "COL"),
  E(["National Palace"], "place", "MEX"),
 ],
 facts=[
  F(LOZ, "visited", ["Guatemala City", "iso3:GTM"], "2026-11-18"),
  F(LOZ, "met", MAR, "2026-11-18"),
  F(LOZ, "agreed", MAR, "2026-11-18"),
  F(["Ministry of Foreign Affairs of Belize", "iso3:BLZ"], "accused", ["iso3:MEX", "Mexican fishing boats"], "2026-11-16"),
  F(ARR, "urged", ["iso3:BLZ", "Government of Belize"], "2026-11-20", 2),
  F(OFAC, "sanctioned", TCP, "2026-11-19"),
  F(OFAC, "sanctioned", ["Ramón Ibarra Quintero"], "2026-11-19"),
  F(OFAC, "sanctioned", ["Efraín Sotelo Vega"], "2026-11-19"),
  F(["iso3:MEX"] + ARR[:2], "cooperated", ["iso3:USA", "Washington"], "2026-11-20", 1),
  F(["Claudia Sheinbaum", "Sheinbaum", "iso3:MEX"], "met", ["Yolanda Villavicencio", "iso3:COL"], "2026-11-19"),
 ],
 ignore=[
  I(["iso3:MEX", "Mexican vessel"], "visited", ["iso3:BLZ", "Chetumal Bay"], "entering Belizean waters is denied (negated) and only alleged by Belize"),
  I(["National Migration Institute", "INM", "iso3:MEX"], "cooperated", ["Guatemalan Institute of Migration", "IGM", "iso3:GTM"], "joint centres only planned for next year"),
  I(["iso3:MEX", "iso3:GTM"], "cooperated", ["iso3:GTM", "iso3:MEX"], "memorandum implies cooperation; debatable"),
  I(["iso3:MEX", "Financial Intelligence Unit", "UIF", "Secretariat of Finance and Public Credit", "SHCP"], "sanctioned", TCP, "freezing accounts is an asset freeze, arguably a sanction"),
  I(ARR + ["iso3:MEX"], "criticized", ["iso3:USA"] + OFAC, "'regrets' the information was not shared: mild, arguably criticized"),
  I(OFAC, "accused", ["Ramón Ibarra Quintero", "Efraín Sotelo Vega"], "'alleged financial operators' in the question"),
  I(OFAC, "sanctioned", ["Sinaloa Cartel", "Cártel de Sinaloa"], "cartel named only as the operators' organisation"),
  I(["Claudia Sheinbaum", "Sheinbaum", "iso3:MEX"], "visited", ["Bogotá", "iso3:COL"], "planned trip, speculative"),
  I(["Yolanda Villavicencio", "iso3:COL"], "visited", ["National Palace", "iso3:MEX"], "venue-only: 'received ... at the National Palace'"),
  I(["Ministry of Foreign Affairs of Belize", "iso3:BLZ"], "accused", ["Mexican fishing boats"], "dup guard"),
 ]))

# ---------------- g2 Indonesia-Kazakhstan joint statement ----------------
PRA = ["Prabowo Subianto", "Prabowo", "iso3:IDN"]
TOK = ["Kassym-Jomart Tokayev", "Tokayev", "iso3:KAZ"]
docs.append(dict(
 doc="g2-joint-statement.txt", published="2026-11-17",
 title="Joint Statement between the Republic of Indonesia and the Republic of Kazakhstan on the Establishment of a Strategic Partnership",
 source_style="joint statement (Cabinet Secretariat of Indonesia / Akorda)",
 entities=[
  E(["Prabowo Subianto", "Prabowo"], "person", "IDN"),
  E(["Kassym-Jomart Tokayev", "Tokayev"], "person", "KAZ"),
  E(["I Wayan Koster", "Wayan Koster", "Koster"], "person", "IDN"),
  S("IDN"), S("KAZ"), S("ISR"),
  E(["PT Pertamina (Persero)", "Pertamina", "PT Pertamina"], "organization"),
  E(["KazMunayGas", "KMG"], "organization"),
  E(["Ministry of Agriculture of the Republic of Indonesia", "Ministry of Agriculture"], "organization"),
  E(["Ministry of Agriculture of the Republic of Kazakhstan", "Ministry of Agriculture"], "organization"),
  E(["Association of Southeast Asian Nations", "ASEAN"], "organization"),
  E(["Conference on Interaction and Confidence-Building Measures in Asia", "CICA"], "organization"),
  E(["Indonesian Chamber of Commerce and Industry", "KADIN"], "organization"),
  E(["Jakarta"], "place", "IDN"),
  E(["Merdeka Palace"], "place", "IDN"),
  E(["Bali"], "place", "IDN"),
  E(["Denpasar"], "place", "IDN"),
  E(["Gaza"], "place"),
 ],
 facts=[
  F(TOK, "visited", ["iso3:IDN", "Jakarta"], "2026-11-15", 2),
  F(PRA, "met", TOK, "2026-11-16"),
  F(PRA, "agreed", TOK, "2026-11-16", 1),
  F(["PT Pertamina (Persero)", "Pertamina", "PT Pertamina"], "agreed", ["KazMunayGas", "KMG"], "2026-11-16"),
  F(["Ministry of Agriculture of the Republic of Indonesia", "Ministry of Agriculture", "iso3:IDN"], "agreed",
    ["Ministry of Agriculture of the Republic of Kazakhstan", "Ministry of Agriculture", "iso3:KAZ"], "2026-11-16"),
  F(["iso3:KAZ"], "supplied", ["iso3:IDN"], "2026"),
  F(PRA, "cooperated", TOK),
  F(PRA, "urged", ["iso3:ISR"], "2026-11-17", 1),
  F(TOK, "urged", ["iso3:ISR"], "2026-11-17", 1),
  F(TOK, "visited", ["Bali"], "2026-11-17"),
  F(TOK, "visited", ["Denpasar"], "2026-11-17"),
  F(TOK, "met", ["I Wayan Koster", "Wayan Koster", "Koster"], "2026-11-17"),
 ],
 ignore=[
  I(PRA, "visited", ["iso3:KAZ"], "invitation for 2027, speculative"),
  I(["PT Pertamina (Persero)", "Pertamina"], "cooperated", ["KazMunayGas", "KMG"], "refining agreement implies cooperation"),
  I(PRA + TOK, "cooperated", ["ASEAN", "Association of Southeast Asian Nations", "CICA"], "cooperation within ASEAN/CICA, not with them"),
  I(PRA + TOK, "criticized", ["iso3:ISR"], "condemned attacks on civilians in Gaza without naming the attacker"),
  I(TOK, "visited", ["Merdeka Palace"], "venue of talks, inside the Jakarta visit"),
  I(TOK, "met", ["Indonesian Chamber of Commerce and Industry", "KADIN"], "business forum organised by KADIN"),
  I(["iso3:KAZ"], "supplied", ["iso3:IDN"], "dup guard (2027 increase is speculative)"),
 ]))

# ---------------- g3 ECOWAS communique ----------------
ECO = ["Economic Community of West African States", "ECOWAS", "Authority of Heads of State and Government", "ECOWAS Authority", "Authority"]
AES = ["Alliance of Sahel States", "AES"]
docs.append(dict(
 doc="g3-ecowas-communique.txt", published="2026-11-22",
 title="Final Communique - 70th Ordinary Session of the ECOWAS Authority of Heads of State and Government",
 source_style="ECOWAS Commission communique",
 entities=[
  E(["Julius Maada Bio", "Maada Bio"], "person", "SLE"),
  E(["Omar Alieu Touray", "Touray"], "person"),
  E(["Leonardo Santos Simão", "Santos Simão"], "person"),
  S("NGA"), S("SLE"), S("BEN"), S("TGO"), S("GNB"), S("SEN"),
  E(["Economic Community of West African States", "ECOWAS"], "organization"),
  E(["Authority of Heads of State and Government", "ECOWAS Authority"], "organization"),
  E(["ECOWAS Commission"], "organization"),
  E(["United Nations", "UN"], "organization"),
  E(["United Nations Office for West Africa and the Sahel", "UNOWAS"], "organization"),
  E(["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "organization"),
  E(AES, "organization"),
  E(["ECOWAS Standby Force", "ESF"], "organization"),
  E(["High Military Command for the Restoration of Order", "HMCRO"], "organization"),
  E(["European Union", "EU"], "organization"),
  E(["ECOWAS Early Warning Centre", "ECOWARN"], "organization"),
  E(["Abuja"], "place", "NGA"),
  E(["Kandi"], "place", "BEN"),
  E(["Lomé"], "place", "TGO"),
  E(["Dakar"], "place", "SEN"),
 ],
 facts=[
  F(ECO, "criticized", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "2026-11-22"),
  F(["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "attacked", ["iso3:BEN", "Kandi"], "2026-11-14"),
  F(ECO, "urged", AES, "2026-11-22"),
  F(ECO + ["ECOWAS Commission"], "agreed", AES, "2026-11-10"),
  F(["iso3:NGA"], "supplied", ["ECOWAS Standby Force", "ESF", "ECOWAS"]),
  F(ECO, "warned", ["iso3:GNB", "transitional authorities"], "2026-11-22"),
  F(ECO, "sanctioned", ["High Military Command for the Restoration of Order", "HMCRO", "iso3:GNB"]),
  F(["European Union", "EU"], "supplied", ["ECOWAS Early Warning Centre", "ECOWARN", "ECOWAS"], "2026"),
 ],
 ignore=[
  I(ECO + ["Julius Maada Bio"], "met", ["UNOWAS", "Leonardo Santos Simão", "Omar Alieu Touray", "ECOWAS Commission"], "attendance at the session, arguably met"),
  I(["Julius Maada Bio", "Maada Bio", "iso3:SLE"], "visited", ["Abuja", "iso3:NGA"], "venue-only: chaired session in Abuja"),
  I(ECO + ["ECOWAS Commission"], "cooperated", AES, "agreement implies cooperation; intelligence sharing only urged"),
  I(["ECOWAS Standby Force", "ESF"] + ECO, "attacked", ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"], "planned counter-terrorism deployment, speculative"),
  I(ECO, "criticized", ["iso3:GNB", "transitional authorities"], "warning, not condemnation"),
  I(ECO, "threatened", ["iso3:GNB", "transitional authorities"], "warning with sanctions, arguably threatened"),
  I(ECO, "sanctioned", ["iso3:GNB"], "dup guard: sanctions are on HMCRO members"),
  I(ECO, "met", ["iso3:SEN", "Dakar"], "next session in Dakar, future"),
 ]))

# ---------------- g4 OFSI Sudan notice ----------------
UK = ["iso3:GBR", "Foreign, Commonwealth and Development Office", "FCDO", "Office of Financial Sanctions Implementation", "OFSI", "HM Treasury", "UK Government", "Lord Collins of Highbury", "Lord Collins", "Collins"]
COL_ = ["Lord Collins of Highbury", "Lord Collins", "Collins", "iso3:GBR"]
TAY = ["Osman Idris al-Tayeb", "al-Tayeb", "AL-TAYEB, Osman Idris", "Osman Idris Al-Tayeb"]
KOD = ["Hamid Suleiman Kodi", "Kodi", "KODI, Hamid Suleiman"]
BSG = ["Bright Sands General Trading LLC", "Bright Sands General Trading", "Bright Sands"]
KGH = ["Kordofan Golden Hills Mining Company", "KGH Mining", "Kordofan Golden Hills"]
RSF = ["Rapid Support Forces", "RSF"]
SAF = ["Sudanese Armed Forces", "SAF"]
docs.append(dict(
 doc="g4-ofsi-notice.txt", published="2026-11-26",
 title="Financial Sanctions Notice - Sudan",
 source_style="HM Treasury OFSI financial sanctions notice (United Kingdom)",
 entities=[
  E(TAY, "person", "SDN"),
  E(KOD, "person", "SDN"),
  E(["Lord Collins of Highbury", "Lord Collins", "Collins"], "person", "GBR"),
  S("GBR"), S("SDN"), S("ARE"), S("TCD"),
  E(["Office of Financial Sanctions Implementation", "OFSI"], "organization"),
  E(["HM Treasury", "Her Majesty's Treasury"], "organization"),
  E(["Foreign, Commonwealth and Development Office", "FCDO"], "organization"),
  E(RSF, "organization"),
  E(SAF, "organization"),
  E(BSG, "organization"),
  E(KGH, "organization"),
  E(["El Obeid"], "place", "SDN"),
  E(["North Kordofan"], "place", "SDN"),
  E(["North Darfur"], "place", "SDN"),
  E(["Jebel Ali Free Zone", "Jebel Ali"], "place", "ARE"),
  E(["Dubai"], "place", "ARE"),
  E(["Zamzam displacement camp", "Zamzam camp", "Zamzam"], "place", "SDN"),
  E(["El Fasher"], "place", "SDN"),
  E(["London"], "place", "GBR"),
 ],
 forbidden_entities=["1 Horse Guards Road"],
 facts=[
  F(UK, "sanctioned", TAY, "2026-11-26"),
  F(UK, "sanctioned", KOD, "2026-11-26"),
  F(UK, "sanctioned", BSG, "2026-11-26"),
  F(UK, "sanctioned", KGH, "2026-11-26"),
  F(RSF + TAY, "attacked", ["Zamzam displacement camp", "Zamzam camp", "Zamzam", "El Fasher"], "2025-04"),
  F(BSG, "supplied", RSF, None, 0, "alleged", "United Kingdom"),
  F(KGH, "supplied", RSF, None, 0, "alleged", "United Kingdom"),
  F(UK, "accused", BSG, "2026-11-26"),
  F(UK, "accused", KGH, "2026-11-26"),
  F(COL_ + UK, "criticized", RSF, "2026-11-26"),
  F(COL_ + UK, "urged", RSF, "2026-11-26"),
  F(COL_ + UK, "urged", SAF, "2026-11-26"),
 ],
 ignore=[
  I(RSF, "attacked", ["El Fasher"], "'siege of El Fasher' in a quote; debatable"),
  I(BSG + ["iso3:ARE"], "supplied", ["iso3:TCD", "iso3:SDN"], "transit route, not the recipient"),
  I(UK, "sanctioned", RSF, "RSF itself not designated here"),
  I(UK, "sanctioned", ["iso3:SDN"], "Sudan regime name, not a sanction on the state"),
  I(UK, "accused", RSF + TAY, "statement of reasons asserts the shelling; arguably accused"),
  I(UK, "criticized", TAY, "statement of reasons; arguably criticized"),
  I(SAF, "agreed", RSF, "truce only urged"),
 ]))

# ---------------- g5 Qatar Amiri Diwan readout ----------------
TAM = ["Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim", "Amir", "iso3:QAT"]
SHA = ["Shehbaz Sharif", "Sharif", "iso3:PAK"]
docs.append(dict(
 doc="g5-amiri-readout.txt", published="2026-11-30",
 title="HH the Amir Receives Phone Call from Prime Minister of Pakistan",
 source_style="Amiri Diwan of the State of Qatar",
 entities=[
  E(["Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani", "Sheikh Tamim"], "person", "QAT"),
  E(["Shehbaz Sharif", "Sharif"], "person", "PAK"),
  E(["Mohammed bin Abdulrahman bin Jassim Al Thani", "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"], "person", "QAT"),
  S("QAT"), S("PAK"), S("AFG"),
  E(["Amiri Diwan"], "organization"),
  E(["QatarEnergy", "Qatar Energy"], "organization"),
  E(["Pakistan State Oil", "PSO"], "organization"),
  E(["Tehrik-i-Taliban Pakistan", "TTP", "Tehreek-e-Taliban Pakistan"], "organization"),
  E(["Balochistan Liberation Army", "BLA"], "organization"),
  E(["Qatar Investment Authority", "QIA"], "organization"),
  E(["Doha"], "place", "QAT"),
  E(["Khyber Pakhtunkhwa"], "place", "PAK"),
  E(["Quetta"], "place", "PAK"),
 ],
 facts=[
  F(["QatarEnergy", "Qatar Energy", "iso3:QAT"], "supplied", ["Pakistan State Oil", "PSO", "iso3:PAK"], "2026-10"),
  F(["iso3:PAK"], "met", ["iso3:AFG"], "2026-10-27"),
  F(["iso3:PAK"], "agreed", ["iso3:AFG"], "2026-10-27"),
  F(SHA, "accused", ["Tehrik-i-Taliban Pakistan", "TTP"], "2026-11-30"),
  F(["Tehrik-i-Taliban Pakistan", "TTP"], "attacked", ["iso3:PAK", "Khyber Pakhtunkhwa"], None, 0, "alleged", "Shehbaz Sharif"),
  F(TAM, "criticized", ["Balochistan Liberation Army", "BLA"], "2026-11-30"),
  F(["Balochistan Liberation Army", "BLA"], "attacked", ["Quetta", "iso3:PAK"], "2026-11-24", 0, "alleged", "Balochistan Liberation Army (claim of responsibility)"),
 ],
 ignore=[
  I(TAM, "met", SHA, "phone call: arguably 'held talks'"),
  I(["iso3:QAT"] + TAM, "cooperated", SHA, "reviewed ways to enhance cooperation"),
  I(["Qatar Investment Authority", "QIA", "iso3:QAT"], "supplied", ["iso3:PAK"], "'would consider' investments, speculative"),
  I(["iso3:QAT"] + TAM, "met", ["iso3:PAK", "iso3:AFG"], "mediation of the Doha talks, debatable"),
  I(["iso3:PAK", "iso3:AFG"], "visited", ["Doha", "iso3:QAT"], "venue-only: talks held in Doha"),
  I(SHA, "accused", ["iso3:AFG"], "attacks 'from Afghan territory': arguably an accusation of Afghanistan"),
  I(["iso3:AFG"], "attacked", ["iso3:PAK"], "cross-border attacks attributed to TTP, not Afghanistan"),
  I(["Tehrik-i-Taliban Pakistan", "TTP"], "attacked", ["iso3:PAK"], "dup guard"),
 ]))

# ---------------- g6 UNSC press statement on DRC ----------------
SC = ["United Nations Security Council", "Security Council", "UN Security Council", "UNSC", "Ana Lucía Ferreyra", "Ferreyra"]
ADF = ["Allied Democratic Forces", "ADF"]
M23 = ["March 23 Movement", "M23", "AFC/M23", "Alliance Fleuve Congo/M23", "Alliance Fleuve Congo"]
RDF = ["Rwanda Defence Force", "RDF", "iso3:RWA"]
GOE = ["Group of Experts on the Democratic Republic of the Congo", "Group of Experts"]
docs.append(dict(
 doc="g6-unsc-press.txt", published="2026-12-02",
 title="Security Council Press Statement on the Democratic Republic of the Congo",
 source_style="United Nations Security Council press statement (SC/ press release)",
 entities=[
  E(["Ana Lucía Ferreyra", "Ferreyra"], "person", "PAN"),
  E(["Mariam Diallo Sangaré"], "person"),
  S("COD"), S("PAN"), S("NPL"), S("RWA"), S("QAT"), S("USA"),
  E(["United Nations", "UN"], "organization"),
  E(["United Nations Security Council", "Security Council", "UN Security Council"], "organization"),
  E(ADF, "organization"),
  E(["United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "MONUSCO"], "organization"),
  E(["March 23 Movement", "M23"], "organization"),
  E(["Alliance Fleuve Congo/M23", "AFC/M23", "Alliance Fleuve Congo"], "organization"),
  E(["Rwanda Defence Force", "RDF"], "organization"),
  E(GOE, "organization"),
  E(["Islamic State in Iraq and the Levant", "ISIL", "Da'esh", "ISIL/Da'esh", "Islamic State"], "organization"),
  E(["Lubero"], "place", "COD"),
  E(["North Kivu"], "place", "COD"),
  E(["Beni"], "place", "COD"),
  E(["Goma"], "place", "COD"),
  E(["Bukavu"], "place", "COD"),
  E(["Doha"], "place", "QAT"),
 ],
 facts=[
  F(SC, "criticized", ADF, "2026-12-02"),
  F(ADF, "attacked", ["Lubero", "North Kivu", "iso3:COD"], "2026-11-29"),
  F(SC, "urged", ["iso3:COD", "Government of the Democratic Republic of the Congo"], "2026-12-02"),
  F(SC, "urged", M23, "2026-12-02"),
  F(SC, "urged", RDF, "2026-12-02"),
  F(["iso3:COD", "Government of the Democratic Republic of the Congo"], "agreed", M23, "2026-11-15"),
  F(RDF, "supplied", M23, None, 0, "alleged", "Group of Experts on the Democratic Republic of the Congo"),
  F(["Islamic State in Iraq and the Levant", "ISIL", "Da'esh", "ISIL/Da'esh", "Islamic State"], "supplied", ADF, None, 0, "alleged", "Group of Experts on the Democratic Republic of the Congo"),
 ],
 ignore=[
  I(SC, "criticized", ["MONUSCO"], "condemned the attack on MONUSCO, attacker unnamed"),
  I(GOE, "accused", RDF + ADF, "'reported that' is arguably an accusation"),
  I(SC, "accused", RDF + ADF, "recalling the Group of Experts report"),
  I(RDF, "invaded", ["iso3:COD"], "demand to withdraw implies presence; not stated as invasion"),
  I(M23, "invaded", ["Goma", "Bukavu", "iso3:COD"], "demand to withdraw implies occupation; not stated"),
  I(["iso3:QAT", "iso3:USA"], "cooperated", ["iso3:COD"] + M23, "facilitation of the Doha agreement"),
  I(SC, "urged", ["Member States"], "generic addressee"),
  I(["iso3:COD"] + M23, "visited", ["Doha", "iso3:QAT"], "venue-only: signed in Doha"),
  I(SC, "cooperated", ["MONUSCO", "Mariam Diallo Sangaré"], "support for own mission"),
 ]))

for d in docs:
    base = d["doc"][:-4]
    meta = {"published": d["published"], "title": d["title"], "source": d["source_style"] + " - invented text"}
    gold = {"doc": d["doc"], "published": d["published"],
            "source": "written for geokg heldout7 (own invented text, style of %s)" % d["source_style"],
            "entities": d["entities"], "forbidden_entities": d.get("forbidden_entities", []),
            "facts": d["facts"], "ignore": d["ignore"]}
    with open(os.path.join(D, base + ".meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1); f.write("\n")
    with open(os.path.join(D, base + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print(d["doc"], "entities", len(d["entities"]), "facts", len(d["facts"]), "ignore", len(d["ignore"]))

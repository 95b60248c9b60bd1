#!/usr/bin/env python3
"""Writes the heldout21 gold files (NAME.gold.json) from the annotations below.
The annotations were made from the texts alone; run from anywhere."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = {}


def E(names, kind, country=None):
    e = {"name": list(names) if not isinstance(names, str) else [names], "kind": kind}
    if country:
        e["country"] = [country] if isinstance(country, str) else list(country)
    return e


def F(frm, typ, to, date=None, tol=0, modality=None, attributed_to=None):
    f = {"from": list(frm), "type": typ, "to": list(to)}
    if date:
        f["date"] = date
        f["date_tolerance_days"] = tol
    if modality:
        f["modality"] = modality
    if attributed_to:
        f["attributed_to"] = attributed_to
    return f


def I(frm, typ, to, why):
    return {"from": list(frm), "type": typ, "to": list(to), "why": why}


def doc(path, style, entities, forbidden, facts, ignore):
    meta = json.load(open(os.path.join(ROOT, path + ".meta.json"), encoding="utf-8"))
    GOLD[path] = {
        "doc": os.path.basename(path) + ".txt",
        "published": meta["published"],
        "source": f"written for geokg heldout21 (own text, style of {style})",
        "entities": entities,
        "forbidden_entities": forbidden,
        "facts": facts,
        "ignore": ignore,
    }


def S(code):
    return "iso3:" + code

# ---------------------------------------------------------------- a1 Sudan (Reuters)
RSF = ["Rapid Support Forces", "RSF", "paramilitary Rapid Support Forces"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Sudan's army", S("SDN")]
SPLMN = ["Sudan People's Liberation Movement-North", "SPLM-N", "Sudan People's Liberation Movement North"]
BURHAN = ["Abdel Fattah al-Burhan", "al-Burhan", "Burhan", S("SDN")]
HEMEDTI = ["Mohamed Hamdan Dagalo", "Hemedti", "Dagalo"]
FLETCHER = ["Tom Fletcher", "Fletcher", "United Nations", "UN", "U.N."]
SUDGOV = [S("SDN"), "foreign ministry", "Sudanese foreign ministry", "army-aligned government"]
UAE = [S("ARE"), "Abu Dhabi"]
doc("articles/a1-sudan-reuters", "Reuters", [
    E(["Nabil Abdallah", "Brigadier General Nabil Abdallah"], "person", S("SDN")),
    E(["Abdelaziz al-Hilu", "al-Hilu"], "person", S("SDN")),
    E(["Abdel Fattah al-Burhan", "al-Burhan", "Burhan"], "person", S("SDN")),
    E(["Mohamed Hamdan Dagalo", "Hemedti", "Dagalo"], "person", S("SDN")),
    E(["Tom Fletcher", "Fletcher"], "person"),
    E([S("SDN")], "state"), E([S("ARE"), "Abu Dhabi"], "state"), E([S("USA")], "state"),
    E([S("SAU")], "state"), E([S("EGY")], "state"), E([S("SSD")], "state"),
    E(["Reuters"], "organization"),
    E(RSF, "organization"),
    E(["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Sudan's army"], "organization"),
    E(SPLMN, "organization"),
    E(["Sudan Doctors Network"], "organization"),
    E(["United Nations", "UN", "U.N."], "organization"),
    E(["foreign ministry", "Sudanese foreign ministry", "Ministry of Foreign Affairs"], "organization"),
    E(["Port Sudan"], "place", S("SDN")), E(["Kordofan"], "place", S("SDN")),
    E(["North Kordofan"], "place", S("SDN")), E(["Bara"], "place", S("SDN")),
    E(["El Obeid"], "place", S("SDN")), E(["Um Sumeima"], "place", S("SDN")),
    E(["Dilling"], "place", S("SDN")), E(["South Kordofan"], "place", S("SDN")),
    E(["Blue Nile", "Blue Nile state"], "place", S("SDN")), E(["Kurmuk"], "place", S("SDN")),
    E(["Darfur"], "place", S("SDN")), E(["Nyala"], "place", S("SDN")),
    E(["South Darfur"], "place", S("SDN")), E(["Kadugli"], "place", S("SDN")),
], ["Hamid Osman", "Leila Barakat", "Daniel Ostrowski", "Peter Hallam", "Thomson Reuters",
    "Thomson Reuters Trust Principles", "REUTERS/Stringer", "Purchase Licensing Rights", "Breakingviews",
    "Africa Briefing", S("ETH"), S("ERI"), S("SOM"), "Assab", "Facebook", "LinkedIn"],
[
    F(RSF, "attacked", ["Port Sudan"], "2026-10-21", 1),
    F(SAF, "attacked", RSF + ["Bara"], "2026-10-20"),
    F(RSF, "attacked", SAF, modality="alleged", attributed_to="Rapid Support Forces"),
    F(RSF, "attacked", ["El Obeid"], "2026-10-20"),
    F(SPLMN, "attacked", ["Dilling"], "2026-10-19"),
    F(SPLMN, "cooperated", RSF, "2025"),
    F(BURHAN, "visited", ["El Obeid"], "2026-10-18"),
    F(BURHAN, "threatened", RSF, "2026-10-18"),
    F(HEMEDTI + RSF, "accused", SAF, "2026-10-19"),
    F(SAF, "attacked", ["Nyala"], "2026-10-17", modality="alleged", attributed_to="Mohamed Hamdan Dagalo"),
    F(SUDGOV, "accused", UAE, "2026-10-21"),
    F(UAE, "supplied", RSF, modality="alleged", attributed_to="Sudan (army-aligned government)"),
    F(FLETCHER, "urged", SAF, "2026-10-20"),
    F(FLETCHER, "urged", RSF, "2026-10-20"),
], [
    I(SAF, "attacked", ["Kurmuk", "villages near Kurmuk"], "army claim of recapturing villages near Kurmuk; no opponent named"),
    I(RSF, "attacked", [S("SDN")], "dup guard: RSF strikes on Sudanese towns"),
    I(SAF, "agreed", [S("USA"), S("SAU"), S("EGY"), S("ARE")], "truce plan rejected: negated"),
    I([S("USA"), S("SAU"), S("EGY"), S("ARE")], "urged", SAF + RSF, "'put forward a truce plan' is a proposal, not an explicit call"),
    I(SUDGOV, "criticized", UAE, "'bears the fingerprints' is the accusation; criticized is debatable"),
    I(HEMEDTI + RSF, "criticized", SAF, "accusation of killing civilians; criticized is debatable"),
    I(SAF, "attacked", ["drones"] + RSF, "air defences shooting down drones; dup of army-RSF fighting"),
    I(BURHAN, "visited", [S("SDN"), "Darfur"], "Darfur is the vowed target, not a visit"),
])

# ---------------------------------------------------------------- a2 Sahel (Hespress)
BOU = ["Nasser Bourita", "Bourita", S("MAR"), "Rabat"]
ITRA = ["Ibrahim Traoré", "Ibrahim Traore", "Captain Ibrahim Traoré", S("BFA")]
doc("articles/a2-sahel-hespress", "Hespress English", [
    E(["Nasser Bourita", "Bourita"], "person", S("MAR")),
    E(["Ibrahim Traoré", "Ibrahim Traore", "Captain Ibrahim Traoré"], "person", S("BFA")),
    E(["Abdoulaye Diop", "Diop"], "person", S("MLI")),
    E(["Assimi Goïta", "Assimi Goita", "Goïta"], "person", S("MLI")),
    E(["Mohammed VI", "King Mohammed VI"], "person", S("MAR")),
    E(["Abdourahamane Tiani", "Tiani"], "person", S("NER")),
    E(["Bakary Yaou Sangaré", "Bakary Yaou Sangare", "Sangaré"], "person", S("NER")),
    E(["Karamoko Jean-Marie Traoré", "Karamoko Jean-Marie Traore"], "person", S("BFA")),
    E([S("MAR"), "Rabat"], "state"), E([S("BFA")], "state"), E([S("MLI")], "state"),
    E([S("NER")], "state"), E([S("DZA"), "Algiers"], "state"), E([S("RUS"), "Moscow"], "state"),
    E([S("TCD")], "state"), E([S("MRT")], "state"),
    E(["Hespress English", "Hespress"], "organization"),
    E(["Alliance of Sahel States", "AES"], "organization"),
    E(["Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates", "Ministry of Foreign Affairs",
       "Moroccan foreign ministry"], "organization"),
    E(["Economic Community of West African States", "ECOWAS"], "organization"),
    E(["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"], "organization"),
    E(["Africa Corps"], "organization"), E(["Wagner Group", "Wagner"], "organization"),
    E(["Moroccan Academy of Diplomatic Studies"], "organization"),
    E(["Sahel"], "place"), E(["Ouagadougou"], "place", S("BFA")), E(["Bamako"], "place", S("MLI")),
    E(["Niamey"], "place", S("NER")), E(["Tinzaouaten"], "place", S("MLI")), E(["Dakhla"], "place"),
    E(["Rabat"], "place", S("MAR")), E(["Djibo"], "place", S("BFA")),
    E(["N'Djamena", "Ndjamena"], "place", S("TCD")), E(["Nouakchott"], "place", S("MRT")),
    E(["Atlantic", "Atlantic Ocean"], "place"),
], ["MAP", S("ESP"), "Ceuta", S("SEN"), "Sonko", "Ousmane Sonko", "Atlas Lions", "Pharaohs", "Cairo",
    "Facebook", "Instagram", "YouTube"],
[
    F(BOU, "visited", ["Ouagadougou", S("BFA")], "2026-02-13"),
    F(BOU, "met", ITRA, "2026-02-13"),
    F(BOU, "visited", ["Bamako", S("MLI")], "2026-02-09"),
    F(BOU, "met", ["Abdoulaye Diop", "Diop", S("MLI")], "2026-02-09"),
    F(BOU, "met", ["Assimi Goïta", "Assimi Goita", "Goïta", S("MLI")], "2026-02-09"),
    F(["Abdoulaye Diop", "Diop", S("MLI")], "accused", [S("DZA"), "Algiers"], "2026-02-09"),
    F([S("DZA"), "Algerian army"], "attacked", [S("MLI"), "Malian reconnaissance drone"], "2025"),
    F(BOU, "visited", ["Niamey", S("NER")], "2026-02-11"),
    F(BOU, "met", ["Abdourahamane Tiani", "Tiani", S("NER")], "2026-02-11"),
    F(BOU, "met", ["Bakary Yaou Sangaré", "Sangaré", S("NER")], "2026-02-11"),
    F(BOU, "agreed", ["Bakary Yaou Sangaré", "Sangaré", S("NER")], "2026-02-11"),
    F([S("MAR"), "Rabat"], "supplied", [S("NER"), "Nigerien health authorities"]),
    F(BOU, "urged", ["Economic Community of West African States", "ECOWAS"]),
    F(BOU, "urged", ["Alliance of Sahel States", "AES"]),
    F(["Group for the Support of Islam and Muslims", "JNIM"], "attacked", ["Djibo", "army base in Djibo", S("BFA")], "2026-02-12"),
    F(BOU, "agreed", ITRA + ["Karamoko Jean-Marie Traoré"], "2026-02-13"),
    F([S("MLI"), "Bamako"], "cooperated", [S("RUS"), "Moscow", "Africa Corps"]),
], [
    I(BOU, "visited", ["N'Djamena", S("TCD"), "Nouakchott", S("MRT")], "expected trip next month: speculative"),
    I(BOU, "met", [S("TCD"), S("MRT")], "planned presentation: speculative"),
    I(BOU + ["Mohammed VI"], "supplied", ["Assimi Goïta", "Goïta", S("MLI")], "handing a written message is not supply"),
    I([S("DZA"), "Algiers"], "supplied", ["terrorist groups", S("MLI")], "'arming terrorist groups' alleged by Diop, recipient unnamed"),
    I(["Abdoulaye Diop", "Diop", S("MLI")], "criticized", [S("DZA")], "accusation; criticized debatable"),
    I([S("BFA"), S("NER"), "Alliance of Sahel States", "AES", "Ouagadougou", "Niamey"], "cooperated", [S("RUS"), "Moscow"], "'turned to Russia for security support' is vague"),
    I([S("RUS"), "Moscow", "Africa Corps", "Wagner Group"], "supplied", [S("MLI"), S("BFA"), S("NER")], "security support not stated as supply"),
    I(BOU, "met", ["Karamoko Jean-Marie Traoré"], "not stated that they met"),
    I(BOU, "cooperated", ITRA, "'discussed security cooperation' is a topic, not cooperation"),
    I([S("BFA"), S("MLI"), S("NER")], "criticized", ["Economic Community of West African States", "ECOWAS"], "withdrawal/break with ECOWAS is not criticism"),
])

# ---------------------------------------------------------------- a3 Korea (Yonhap)
SEOUL = [S("KOR"), "Seoul", "foreign ministry", "South Korean foreign ministry", "Cho Hyun", "Cho"]
CHO = ["Cho Hyun", "Cho", S("KOR"), "Seoul"]
MOTEGI = ["Toshimitsu Motegi", "Motegi", S("JPN"), "Tokyo"]
PRK = [S("PRK"), "Pyongyang", "the North"]
USTR = [S("USA"), "Washington", "U.S. Treasury Department", "Treasury Department", "Treasury"]
KYJ = ["Kim Yo Jong", "Kim Yo-jong", S("PRK"), "Pyongyang", "Korean Central News Agency", "KCNA"]
doc("articles/a3-korea-yonhap", "Yonhap News Agency", [
    E(["Cho Hyun", "Cho"], "person", S("KOR")),
    E(["Toshimitsu Motegi", "Motegi"], "person", S("JPN")),
    E(["Kim Yo Jong", "Kim Yo-jong"], "person", S("PRK")),
    E(["Kim Jong Un", "Kim Jong-un"], "person", S("PRK")),
    E(["Maria Zakharova", "Zakharova"], "person", S("RUS")),
    E(["Yoon Ha-neul"], "person", S("KOR")),
    E([S("KOR")], "state"), E([S("PRK")], "state"), E([S("RUS"), "Moscow"], "state"),
    E([S("USA"), "Washington"], "state"), E([S("JPN")], "state"), E([S("UKR")], "state"),
    E(["Yonhap News Agency", "Yonhap"], "organization"),
    E(["South Korean foreign ministry", "foreign ministry", "Ministry of Foreign Affairs"], "organization"),
    E(["Korea Ryongbong General Corp.", "Korea Ryongbong General Corporation", "Ryongbong"], "organization"),
    E(["Vostochny Morskoy Transport"], "organization"),
    E(["Missile General Bureau"], "organization"),
    E(["United Nations", "UN", "U.N."], "organization"),
    E(["U.N. Security Council", "UN Security Council", "United Nations Security Council", "Security Council"], "organization"),
    E(["National Intelligence Service", "NIS"], "organization"),
    E(["Ukraine's military intelligence", "Ukrainian military intelligence", "Defence Intelligence of Ukraine", "HUR"], "organization"),
    E(["U.S. Treasury Department", "Treasury Department", "Treasury", "Department of the Treasury"], "organization"),
    E(["Korean Central News Agency", "KCNA"], "organization"),
    E(["Russian Foreign Ministry", "Russian Ministry of Foreign Affairs"], "organization"),
    E(["Bank of Korea"], "organization"), E(["Financial Services Commission"], "organization"),
    E(["Sejong Institute"], "organization"),
    E(["Seoul"], "place", S("KOR")), E(["Vladivostok"], "place", S("RUS")), E(["Rajin"], "place", S("PRK")),
    E(["Russian Far East", "Far East"], "place", S("RUS")), E(["Pyongyang"], "place", S("PRK")),
    E(["Korean Peninsula"], "place"), E(["Kyiv"], "place", S("UKR")), E(["Tokyo"], "place", S("JPN")),
    E(["East Sea", "Sea of Japan"], "place"),
], ["Kang Min-seo", "kms@yna.co.kr", "BTS", "Jungkook", "Busan", "Samsung Electronics", "Samsung",
    "KakaoTalk", "Facebook"],
[
    F(SEOUL, "sanctioned", PRK + ["Korea Ryongbong General Corp.", "Korea Ryongbong General Corporation", "Missile General Bureau"], "2026-06-12"),
    F(SEOUL, "sanctioned", [S("RUS"), "Moscow", "Vostochny Morskoy Transport"], "2026-06-12"),
    F([S("KOR"), "Seoul"], "accused", PRK, "2026-06-12", 1),
    F(PRK, "supplied", [S("RUS"), "Moscow"], modality="alleged", attributed_to="South Korea"),
    F(PRK, "cooperated", [S("RUS"), "Moscow"], modality="alleged", attributed_to="Cho Hyun"),
    F([S("RUS"), "Moscow"], "supplied", PRK, modality="alleged", attributed_to="National Intelligence Service"),
    F([S("RUS"), "Russian strikes"], "attacked", ["Kyiv", S("UKR"), "Ukrainian cities"], "2026-04"),
    F(USTR, "sanctioned", [S("RUS"), "Russian companies"], "2026-06-04", 3),
    F(USTR, "sanctioned", PRK + ["North Korean companies"], "2026-06-04", 3),
    F(CHO, "met", MOTEGI, "2026-06-10"),
    F(CHO, "agreed", MOTEGI, "2026-06-10"),
    F(KYJ, "criticized", [S("KOR"), "Seoul", "the South"], "2026-06-11"),
    F(KYJ, "threatened", [S("KOR"), "Seoul", "the South"], "2026-06-11"),
], [
    I([S("JPN"), "Tokyo"], "sanctioned", PRK + [S("RUS")], "'expected to announce its own sanctions': speculative"),
    I(CHO, "visited", ["Tokyo", S("JPN")], "venue-only: 'held talks ... in Tokyo'"),
    I(PRK, "attacked", [S("UKR"), "Kyiv"], "North Korean missiles used in Russian strikes; the attacker is Russia"),
    I(CHO + SEOUL, "criticized", PRK + [S("RUS")], "'illegal arms cooperation' is a charge; criticized debatable"),
    I(CHO + SEOUL, "threatened", PRK + [S("RUS")], "'We will respond firmly' is future"),
    I(SEOUL + [S("JPN"), "Tokyo"], "cooperated", [S("USA"), "Washington", S("JPN"), "Tokyo"], "'close coordination with allies', 'align measures', future monitoring"),
    I(CHO + MOTEGI, "agreed", [S("USA"), "Washington"], "agreement is between Cho and Motegi; Washington only referenced"),
    I(["Maria Zakharova", "Zakharova", S("RUS"), "Moscow", "Russian Foreign Ministry"], "criticized", [S("KOR"), S("USA"), "Western intelligence services"], "'fabrication by Western intelligence services' names no state"),
    I(["Maria Zakharova", "Zakharova", S("RUS"), "Moscow", "Russian Foreign Ministry"], "accused", [S("KOR"), S("USA"), "Western intelligence services"], "see above"),
    I(["United Nations", "UN", "U.N. Security Council", "UN Security Council", "Security Council"], "sanctioned", PRK + ["Korea Ryongbong General Corp."], "background U.N. sanctions"),
    I(KYJ, "criticized", [S("USA"), "Washington"], "'dancing to Washington's tune' targets Seoul"),
])

# ---------------------------------------------------------------- a4 Arctic (High North News)
JEF = ["Joint Expeditionary Force", "JEF", "UK-led Joint Expeditionary Force"]
JEFSTATES = [S(c) for c in ["GBR", "DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NLD", "NOR", "SWE"]]
RUSSIA = [S("RUS"), "Moscow"]
STORE = ["Jonas Gahr Støre", "Jonas Gahr Store", "Støre", "Store", S("NOR")]
STARMER = ["Keir Starmer", "Starmer", S("GBR"), "London"]
CARNEY = ["Mark Carney", "Carney", S("CAN")]
FRED = ["Mette Frederiksen", "Frederiksen", S("DNK")]
NIELSEN = ["Jens-Frederik Nielsen", "Nielsen", S("GRL")]
STUBB = ["Alexander Stubb", "Stubb", S("FIN")]
FROST = ["Kristrún Frostadóttir", "Kristrun Frostadottir", "Frostadóttir", S("ISL")]
ZAKH = ["Maria Zakharova", "Zakharova", S("RUS"), "Moscow", "Foreign Ministry", "Russian Foreign Ministry"]
doc("articles/a4-arctic-highnorthnews", "High North News", [
    E(["Jonas Gahr Støre", "Jonas Gahr Store", "Støre"], "person", S("NOR")),
    E(["Keir Starmer", "Starmer"], "person", S("GBR")),
    E(["Mark Carney", "Carney"], "person", S("CAN")),
    E(["Mette Frederiksen", "Frederiksen"], "person", S("DNK")),
    E(["Jens-Frederik Nielsen", "Nielsen"], "person", [S("GRL"), S("DNK")]),
    E(["Donald Trump", "Trump"], "person", S("USA")),
    E(["Alexander Stubb", "Stubb"], "person", S("FIN")),
    E(["Kristrún Frostadóttir", "Kristrun Frostadottir", "Frostadóttir"], "person", S("ISL")),
    E(["Maria Zakharova", "Zakharova"], "person", S("RUS")),
] + [E([c], "state") for c in JEFSTATES] + [
    E([S("RUS"), "Moscow"], "state"), E([S("CAN")], "state"), E([S("GRL")], "state"),
    E([S("USA"), "Washington"], "state"), E([S("UKR")], "state"),
    E(["High North News"], "organization"),
    E(JEF, "organization"),
    E(["Arctic Council"], "organization"),
    E(["Northern Fleet"], "organization"),
    E(["Russian Foreign Ministry", "Foreign Ministry", "Russian Ministry of Foreign Affairs"], "organization"),
    E(["Norwegian police", "Norwegian Police Service"], "organization"),
    E(["Tromsø", "Tromso"], "place", S("NOR")),
    E(["Baltic Sea", "Baltic"], "place"), E(["Barents Sea", "Barents"], "place"),
    E(["Arctic", "Arctic Circle"], "place"), E(["High North"], "place"),
    E(["Evenes", "Evenes air station"], "place", S("NOR")), E(["Ottawa"], "place", S("CAN")),
    E(["Nuuk"], "place", S("GRL")), E(["Finnmark"], "place", S("NOR")),
    E(["Moscow"], "place", S("RUS")), E(["Kola Peninsula"], "place", S("RUS")),
    E(["Bear Island", "Bjørnøya"], "place", S("NOR")), E(["Svalbard"], "place", S("NOR")),
], ["Ingrid Mathisen", "Kristian Lund", "Xue Long 2", "Beaufort Sea", "Nunavut", "Iqaluit",
    "Lofoten Islands", "Lofoten", "Hurtigruten", "High North Center", "Nord University",
    "Nord University Business School", S("CHN"), "Facebook", "LinkedIn"],
[
    F(JEF, "criticized", RUSSIA, "2026-09-17"),
    F(JEF, "urged", RUSSIA, "2026-09-17"),
    F(STORE, "met", STARMER, "2026-09-16"),
    F(STORE, "agreed", STARMER, "2026-09-16"),
    F(CARNEY, "visited", ["Tromsø", "Tromso", S("NOR")], "2026-09-16"),
    F(CARNEY, "met", FRED, "2026-09-17"),
    F(CARNEY, "met", NIELSEN, "2026-09-17"),
    F(FRED, "agreed", CARNEY),
    F(FRED, "criticized", [S("USA"), "Washington", "Donald Trump", "Trump"], "2026-09-17"),
    F(STUBB, "visited", ["Tromsø", "Tromso", S("NOR")], "2026-09-16"),
    F(STUBB, "visited", ["Finnmark", S("NOR")], "2026-09-16", 2),
    F(STUBB, "met", FROST, "2026-09-17"),
    F(ZAKH, "accused", JEF, "2026-09-17"),
    F(ZAKH, "warned", JEF, "2026-09-17"),
    F(RUSSIA, "invaded", [S("UKR")], "2022-02"),
], [
    I(JEFSTATES + ["London"], "criticized", RUSSIA, "declaration adopted by all ten members; per-state edges debatable"),
    I(JEFSTATES + ["London"], "urged", RUSSIA, "declaration adopted by all ten members; per-state edges debatable"),
    I(JEFSTATES + JEF, "agreed", JEFSTATES + JEF, "multilateral declaration/commitment; pairwise edges debatable"),
    I(JEFSTATES + JEF, "met", JEFSTATES + JEF, "'the group's leaders met' at the summit; pairwise meetings not stated"),
    I(JEFSTATES + JEF + ["Keir Starmer", "Mette Frederiksen", "Jens-Frederik Nielsen", S("GRL"), "Kristrún Frostadóttir"],
      "visited", ["Tromsø", "Tromso", S("NOR")], "attendance at the Tromsø summit, no visit stated"),
    I(FRED, "met", NIELSEN, "implied trilateral with Carney, not stated"),
    I(FRED, "cooperated", CARNEY, "joint centre planned"),
    I(STARMER, "cooperated", STORE, "joint patrols are the content of the agreement (future)"),
    I([S("NOR"), "Norwegian F-35 fighters"], "attacked", RUSSIA, "interception of bombers is not force"),
    I(RUSSIA + ["Russian-crewed trawler"], "attacked", ["Svalbard", S("NOR"), "subsea cable"], "'may have damaged': speculative, under investigation"),
    I(ZAKH, "threatened", JEF, "'take all necessary measures' is the content of the warning"),
    I(ZAKH, "accused", [S("GBR"), "London"], "'on London's orders' is aside"),
    I(ZAKH, "criticized", JEF, "accusation; criticized debatable"),
    I(["Donald Trump", "Trump", S("USA"), "Washington"], "threatened", [S("GRL"), S("DNK"), "Greenland"], "'calls to take control of the island' not a stated threat"),
    I(STORE, "criticized", RUSSIA, "'helps only one country' is implicit"),
    I(CARNEY, "visited", ["Ottawa"], "flew in from Ottawa"),
])

# ---------------------------------------------------------------- a5 Prevlaka (Dubrovnik Times)
HRV = [S("HRV"), "Zagreb"]
MNE = [S("MNE"), "Podgorica"]
CROMFA = HRV + ["Ministry of Foreign and European Affairs", "Croatian foreign ministry", "Croatian Ministry of Foreign and European Affairs"]
MNEMFA = MNE + ["Montenegrin Ministry of Foreign Affairs", "Ministry of Foreign Affairs"]
GRR = ["Gordan Grlić Radman", "Gordan Grlic Radman", "Grlić Radman"] + HRV
SPAJIC = ["Milojko Spajić", "Milojko Spajic", "Spajić"] + MNE
PLENK = ["Andrej Plenković", "Andrej Plenkovic", "Plenković"] + HRV
KRALJ = ["Ante Kralj", "Kralj", "Dubrovnik fishermen's association", "fishermen's association"]
EC = ["European Commission", "European Union", "EU", "Brussels"]
doc("articles/a5-prevlaka-dubrovniktimes", "The Dubrovnik Times", [
    E(["Ante Kralj", "Kralj"], "person", S("HRV")),
    E(["Gordan Grlić Radman", "Gordan Grlic Radman", "Grlić Radman"], "person", S("HRV")),
    E(["Milojko Spajić", "Milojko Spajic", "Spajić"], "person", S("MNE")),
    E(["Andrej Plenković", "Andrej Plenkovic", "Plenković"], "person", S("HRV")),
    E([S("HRV"), "Zagreb"], "state"), E([S("MNE"), "Podgorica"], "state"),
    E(["The Dubrovnik Times", "Dubrovnik Times"], "organization"),
    E(["Ministry of Foreign and European Affairs", "Croatian foreign ministry", "Croatian Ministry of Foreign and European Affairs"], "organization"),
    E(["Montenegrin Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "Montenegrin foreign ministry"], "organization"),
    E(["Dubrovnik fishermen's association", "fishermen's association"], "organization"),
    E(["Montenegrin police", "Police of Montenegro"], "organization"),
    E(["International Court of Justice", "ICJ"], "organization"),
    E(["European Commission"], "organization"),
    E(["European Union", "EU", "Brussels"], "organization"),
    E(["Prevlaka", "Prevlaka peninsula"], "place"),
    E(["Cavtat"], "place", S("HRV")), E(["Zelenika"], "place", S("MNE")), E(["Herceg Novi"], "place", S("MNE")),
    E(["Konavle"], "place", S("HRV")), E(["Dubrovnik"], "place", S("HRV")),
    E(["Pelješac", "Peljesac", "Pelješac peninsula"], "place", S("HRV")),
    E(["Gruž", "Gruz", "Gruž harbour", "Gruž port"], "place", S("HRV")),
    E(["Bay of Kotor", "Boka Kotorska"], "place", S("MNE")), E(["The Hague", "Hague"], "place", S("NLD")),
    E(["Zagreb"], "place", S("HRV")), E(["Podgorica"], "place", S("MNE")),
], ["Lucija Perić", "Marin Batinić", "Dubrovnik cable car", "Ryanair", "Dubrovnik Airport", "Lokrum",
    "Facebook", "Instagram"],
[
    F(KRALJ, "criticized", MNE, "2026-04-19", 1),
    F(CROMFA, "criticized", MNE, "2026-04-20"),
    F(GRR, "urged", MNE, "2026-04-20"),
    F(MNEMFA, "accused", HRV + ["Croatian fishermen"], "2026-04-20"),
    F(SPAJIC, "accused", HRV, "2026-04-21"),
    F(PLENK, "warned", MNE, "2026-04-21"),
    F(EC, "urged", HRV, "2026-04-21"),
    F(EC, "urged", MNE, "2026-04-21"),
    F(HRV, "agreed", MNE, "2015"),
], [
    I(MNE + ["Montenegrin police", "Montenegrin police patrol boat"], "attacked", HRV + ["trawler", "Croatian fishermen"], "detaining and escorting a trawler is law enforcement; force debatable"),
    I(PLENK, "threatened", MNE, "'all options remain on the table' is vague; blocking is speculative"),
    I(GRR, "criticized", MNE, "'good neighbourly relations cannot be built on patrol boats' arguable criticism"),
    I(MNEMFA + SPAJIC, "criticized", HRV, "counter-summons and accusation; criticized debatable"),
    I(KRALJ, "urged", HRV + ["government"], "'demanded that the government act': addressee is his own government"),
    I(KRALJ, "accused", MNE, "'piracy' is condemnation; accused debatable"),
    I(HRV + MNE, "cooperated", HRV + MNE, "interim fishing regime is background arrangement"),
    I(HRV + MNE, "agreed", ["International Court of Justice", "ICJ"], "referral agreed between the two states, not with the court"),
])

# ---------------------------------------------------------------- a6 Jordan interview (The National)
SAF6 = ["Ayman Safadi", "Safadi", S("JOR"), "Amman"]
ISR = [S("ISR"), "Israeli government"]
doc("articles/a6-jordan-thenational", "The National", [
    E(["Ayman Safadi", "Safadi"], "person", S("JOR")),
    E(["Ahmed al-Sharaa", "al-Sharaa", "Sharaa"], "person", S("SYR")),
    E(["Asaad al-Shaibani", "al-Shaibani", "Shaibani"], "person", S("SYR")),
    E(["Marco Rubio", "Rubio"], "person", S("USA")),
    E([S("JOR")], "state"), E([S("SYR")], "state"), E([S("ISR")], "state"), E([S("IRN")], "state"),
    E([S("USA"), "Washington"], "state"), E([S("LBN")], "state"),
    E(["The National"], "organization"),
    E(["Jordanian air force", "Royal Jordanian Air Force"], "organization"),
    E(["Amman"], "place", S("JOR")), E(["Damascus"], "place", S("SYR")), E(["Ramtha"], "place", S("JOR")),
    E(["Daraa"], "place", S("SYR")), E(["Kiswah"], "place", S("SYR")), E(["Gaza", "Gaza Strip"], "place"),
    E(["West Bank"], "place"), E(["Turmus Ayya"], "place"), E(["Washington"], "place", S("USA")),
    E(["Beirut"], "place", S("LBN")),
], ["Nadia Karam", "Dubai Metro", "Dubai", "Blue Line", S("ARE"), "Emirati", S("IRQ"), "WhatsApp", "Facebook", "LinkedIn"],
[
    F(SAF6, "visited", ["Damascus", S("SYR")], "2026-08-11", 1),
    F(SAF6, "met", ["Ahmed al-Sharaa", "al-Sharaa", S("SYR")], "2026-08-11", 1),
    F(SAF6, "met", ["Asaad al-Shaibani", "al-Shaibani", S("SYR")], "2026-08-11", 1),
    F(SAF6, "agreed", ["Asaad al-Shaibani", "al-Shaibani", S("SYR"), "Ahmed al-Sharaa"], "2026-08-11", 1),
    F([S("JOR"), "Ayman Safadi"], "supplied", [S("SYR"), "southern Syria"]),
    F(SAF6, "criticized", ISR, "2026-08-12", 1),
    F(ISR, "attacked", [S("SYR"), "Damascus", "Kiswah", "army depot near Kiswah"], "2026-08-09"),
    F(ISR, "invaded", [S("SYR"), "Syrian land"]),
    F(SAF6, "urged", ISR, "2026-08-12", 1),
    F([S("JOR"), "Jordanian air force", "Royal Jordanian Air Force", "Ayman Safadi"], "supplied", ["Gaza", "Gaza Strip", S("PSE")]),
    F(SAF6, "accused", ISR, "2026-08-12", 1),
    F(ISR + ["Israeli settlers", "settlers"], "attacked", ["Turmus Ayya", "West Bank", S("PSE")], "2026-08-07"),
    F(SAF6, "met", ["Marco Rubio", "Rubio", S("USA"), "Washington"], "2026-07"),
    F(SAF6, "urged", ["Marco Rubio", "Rubio", S("USA"), "Washington"], "2026-07"),
], [
    I(SAF6, "visited", ["Washington", S("USA")], "venue-only: 'met Rubio in Washington'"),
    I(SAF6 + ["Some in Amman"], "accused", [S("IRN")], "question-only; Safadi declines to name names"),
    I([S("IRN")], "supplied", ["networks", "smugglers"], "question-only"),
    I(SAF6, "visited", ["Beirut", S("LBN")], "'Probably next week': speculative"),
    I(ISR, "attacked", ["Gaza", "Gaza Strip", S("PSE")], "'the war on Gaza' presupposed, no event stated"),
    I(ISR, "invaded", ["West Bank", S("PSE")], "'annexation by stealth' is rhetorical"),
    I(SAF6, "cooperated", [S("SYR"), "Asaad al-Shaibani", "Ahmed al-Sharaa"], "joint security cell is planned"),
    I(["Marco Rubio", "Rubio", S("USA"), "Washington"], "urged", ISR, "Safadi asked Rubio to press Israel; no action stated"),
    I(SAF6, "criticized", [S("USA"), "Washington", "Marco Rubio"], "premise of the interviewer's question"),
    I(SAF6, "agreed", ["Marco Rubio", S("USA")], "'I will not pretend we agree on everything': negated"),
    I(SAF6, "met", ["The National"], "interview, not talks"),
    I(SAF6, "criticized", ["Israeli settlers", "settlers"], "description of settler attack; criticized debatable"),
    I([S("JOR"), "Jordanian forces"], "attacked", ["drones", "networks", S("SYR")], "shooting down smuggling drones; no named target"),
])

# ---------------------------------------------------------------- g1 Poland MoD
POL = [S("POL"), "Ministry of National Defence", "MON", "Polish Ministry of National Defence", "Warsaw"]
RUSF = [S("RUS"), "Russian Federation"]
doc("govdocs/g1-poland-mon-interception", "Ministry of National Defence of the Republic of Poland", [
    E(["Władysław Kosiniak-Kamysz", "Wladyslaw Kosiniak-Kamysz", "Kosiniak-Kamysz"], "person", S("POL")),
    E(["Mark Rutte", "Rutte"], "person"),
    E(["Marek Wawrzyniak", "Col. Marek Wawrzyniak"], "person", S("POL")),
    E([S("POL")], "state"), E([S("RUS")], "state"), E([S("UKR")], "state"),
    E([S("BLR"), "Minsk"], "state"), E([S("NLD")], "state"), E([S("ITA")], "state"), E([S("DEU")], "state"),
    E(["Ministry of National Defence", "MON", "Ministry of National Defence of the Republic of Poland", "Polish Ministry of National Defence"], "organization"),
    E(["Operational Command of the Polish Armed Forces", "Operational Command"], "organization"),
    E(["Polish Armed Forces"], "organization"),
    E(["Military Gendarmerie"], "organization"),
    E(["North Atlantic Treaty Organization", "NATO"], "organization"),
    E(["Council of Ministers"], "organization"),
    E(["Royal Netherlands Air Force"], "organization"),
    E(["Eastern Sentry"], "organization"),
    E(["Ministry of Foreign Affairs", "Polish Ministry of Foreign Affairs", "Polish foreign ministry"], "organization"),
    E(["Warsaw", "Warszawa"], "place", S("POL")),
    E(["Lviv"], "place", S("UKR")), E(["Lutsk"], "place", S("UKR")), E(["Rivne"], "place", S("UKR")),
    E(["Kyiv"], "place", S("UKR")),
    E(["Lublin Voivodeship", "Lublin"], "place", S("POL")), E(["Bug River", "Bug"], "place"),
    E(["Chełm", "Chelm"], "place", S("POL")), E(["Hrubieszów", "Hrubieszow"], "place", S("POL")),
    E(["Strzyżów", "Strzyzow"], "place", S("POL")), E(["Rzeszów", "Rzeszow"], "place", S("POL")),
], ["Klonowa", "ul. Klonowa 1", "rzecznik@mon.gov.pl", "www.gov.pl/web/national-defence", "@MON_GOV_PL"],
[
    F(RUSF, "attacked", [S("UKR"), "Lviv", "Lutsk", "Rivne", "Kyiv"], "2026-03-08", 1),
    F(POL, "accused", RUSF, "2026-03-08"),
    F(POL, "warned", RUSF, "2026-03-08"),
    F(POL, "urged", [S("BLR"), "Minsk", "authorities in Minsk"], "2026-03-08"),
    F(["Władysław Kosiniak-Kamysz", "Kosiniak-Kamysz", S("POL")], "visited", ["Chełm", "Chelm", "crash site near Chełm"], "2026-03-08"),
    F([S("DEU")], "supplied", [S("POL")]),
    F([S("POL")], "cooperated", [S("NLD"), "Royal Netherlands Air Force"]),
    F([S("POL"), "Ministry of Foreign Affairs", "Polish Ministry of Foreign Affairs"], "criticized", RUSF, "2026-03-08"),
], [
    I(RUSF + ["Russian drones"], "attacked", [S("POL")], "airspace violation; 'attacks on Poland' is framing, debatable"),
    I([S("POL"), S("NLD"), S("ITA"), "Polish Armed Forces", "Operational Command", "Royal Netherlands Air Force"], "attacked", RUSF + ["drones"], "shooting down intruding drones"),
    I(["Władysław Kosiniak-Kamysz", "Kosiniak-Kamysz", S("POL")], "met", ["Mark Rutte", "Rutte", "North Atlantic Treaty Organization", "NATO"], "telephone call, not a meeting"),
    I(POL + ["Władysław Kosiniak-Kamysz"], "urged", ["North Atlantic Treaty Organization", "NATO", "Council of Ministers"], "Article 4 request is planned"),
    I(POL, "threatened", RUSF, "'will be met with an immediate military response' is the content of the warning"),
    I([S("NLD"), "Royal Netherlands Air Force"], "supplied", [S("POL")], "rotation of F-35s is deployment; supply debatable"),
    I([S("POL")], "cooperated", [S("ITA"), S("DEU"), "North Atlantic Treaty Organization", "NATO", "Eastern Sentry"], "'allied support' and mission membership; cooperation debatable"),
    I([S("BLR"), "Minsk"], "attacked", [S("POL"), S("UKR")], "Belarus as corridor; not an attacker"),
    I(POL, "criticized", RUSF, "dup guard: protest note came from the MFA; MoD's 'provocation' arguable"),
    I(["Władysław Kosiniak-Kamysz", "Kosiniak-Kamysz"], "visited", [S("POL"), "Lublin Voivodeship"], "dup of the Chełm visit"),
])

# ---------------------------------------------------------------- g2 Australia PM readout
ALB = ["Anthony Albanese", "Albanese", S("AUS")]
XI = ["Xi Jinping", "Xi", S("CHN")]
TAK = ["Sanae Takaichi", "Takaichi", S("JPN")]
PRAB = ["Prabowo Subianto", "Prabowo", S("IDN")]
doc("govdocs/g2-australia-pm-apec-readout", "Prime Minister of Australia (media release)", [
    E(["Anthony Albanese", "Albanese"], "person", S("AUS")),
    E(["Xi Jinping", "Xi"], "person", S("CHN")),
    E(["Sanae Takaichi", "Takaichi"], "person", S("JPN")),
    E(["Prabowo Subianto", "Prabowo"], "person", S("IDN")),
    E(["Yang Hengjun", "Dr Yang Hengjun"], "person", S("AUS")),
    E(["Anwar Ibrahim", "Anwar"], "person", S("MYS")),
    E([S("AUS")], "state"), E([S("CHN")], "state"), E([S("JPN")], "state"), E([S("IDN")], "state"),
    E([S("PRK")], "state"), E([S("MYS")], "state"),
    E(["Asia-Pacific Economic Cooperation", "APEC"], "organization"),
    E(["People's Liberation Army Air Force", "PLA Air Force", "PLAAF"], "organization"),
    E(["Royal Australian Air Force", "RAAF"], "organization"),
    E(["Mitsubishi Heavy Industries", "MHI"], "organization"),
    E(["Royal Australian Navy"], "organization"),
    E(["Australian Defence Force", "ADF"], "organization"),
    E(["Japan Self-Defense Forces", "JSDF", "Self-Defense Forces"], "organization"),
    E(["United Nations Security Council", "UN Security Council", "Security Council"], "organization"),
    E(["Shenzhen"], "place", S("CHN")), E(["Canberra"], "place", S("AUS")),
    E(["South China Sea"], "place"), E(["Taiwan Strait"], "place"),
    E(["Jakarta"], "place", S("IDN")), E(["North Sumatra"], "place", S("IDN")),
    E(["Kuala Lumpur"], "place", S("MYS")),
], ["Traditional Custodians", "PM's Press Office", "Facebook"],
[
    F(ALB, "visited", ["Shenzhen", S("CHN")], "2026-11-17"),
    F(ALB, "met", XI, "2026-11-18"),
    F(ALB, "agreed", XI, "2026-11-18"),
    F(ALB, "urged", [S("CHN"), "Xi Jinping"], "2026-11-18"),
    F(ALB, "met", TAK, "2026-11-18"),
    F([S("AUS"), "Commonwealth"], "agreed", ["Mitsubishi Heavy Industries", "MHI"], "2026-11"),
    F([S("AUS"), "Australian Defence Force", "ADF"], "cooperated", [S("JPN"), "Japan Self-Defense Forces", "JSDF"]),
    F(ALB, "agreed", TAK, "2026-11-18"),
    F(ALB, "criticized", [S("PRK")], "2026-11-18"),
    F(TAK, "criticized", [S("PRK")], "2026-11-18"),
    F(ALB, "met", PRAB, "2026-11-19"),
    F(ALB, "agreed", PRAB, "2026-01"),
    F([S("AUS"), "Royal Australian Air Force", "RAAF", "Anthony Albanese"], "supplied", [S("IDN"), "North Sumatra"], "2025-12"),
], [
    I([S("CHN"), "People's Liberation Army Air Force", "PLA Air Force"], "attacked", [S("AUS"), "Royal Australian Air Force", "RAAF"], "flares released near an RAAF aircraft ('unsafe interaction', passive)"),
    I(ALB, "criticized", [S("CHN"), "People's Liberation Army Air Force", "PLA Air Force", "Xi Jinping"], "'raised concerns' is arguably criticism"),
    I(ALB, "met", ["Anwar Ibrahim", "Anwar", S("MYS")], "'expected to meet': speculative"),
    I(ALB, "visited", ["Kuala Lumpur", S("MYS")], "departs Friday: future"),
    I(["Mitsubishi Heavy Industries", "MHI", S("JPN")], "supplied", [S("AUS"), "Royal Australian Navy"], "frigates to be built: future"),
    I(["United Nations Security Council", "UN Security Council"], "sanctioned", [S("PRK")], "background resolutions"),
    I(ALB + XI, "cooperated", ALB + XI, "'stabilisation of the relationship', dialogue to resume: not cooperation"),
    I(ALB + PRAB, "cooperated", ALB + PRAB, "security consultations under the treaty: planned"),
    I([S("PRK")], "threatened", [S("JPN"), S("AUS")], "missile launch with no stated target"),
    I(ALB, "visited", ["Canberra", "Jakarta"], "venue of the next meeting / place of signing"),
])

# ---------------------------------------------------------------- g3 Philippines DFA
PHL = [S("PHL"), "Department of Foreign Affairs", "DFA"]
MIL = ["Myanmar military", "military", "Tatmadaw", "military authorities", S("MMR")]
DIZON = ["Rosario L. Dizon", "Rosario Dizon", "Dizon", "ASEAN", "Association of Southeast Asian Nations", S("PHL")]
doc("govdocs/g3-philippines-dfa-myanmar", "Department of Foreign Affairs of the Philippines", [
    E(["António Guterres", "Antonio Guterres", "Guterres"], "person"),
    E(["Rosario L. Dizon", "Rosario Dizon", "Dizon"], "person", S("PHL")),
    E(["Min Aung Hlaing"], "person", S("MMR")),
    E(["Ma. Theresa P. Lazaro", "Theresa P. Lazaro", "Theresa Lazaro", "Maria Theresa Lazaro", "Lazaro"], "person", S("PHL")),
    E(["Kao Kim Hourn", "Dr. Kao Kim Hourn"], "person", S("KHM")),
    E([S("PHL")], "state"), E([S("MMR")], "state"),
    E(["Department of Foreign Affairs", "DFA"], "organization"),
    E(["Association of Southeast Asian Nations", "ASEAN"], "organization"),
    E(["Myanmar military", "Tatmadaw"], "organization"),
    E(["People's Defence Force", "People's Defense Force", "PDF"], "organization"),
    E(["Arakan Army", "AA"], "organization"),
    E(["United Nations", "UN"], "organization"),
    E(["ASEAN Coordinating Centre for Humanitarian Assistance on disaster management", "AHA Centre", "AHA Center"], "organization"),
    E(["Tar Gyi", "Tar Gyi village"], "place", S("MMR")),
    E(["Tabayin Township", "Tabayin"], "place", S("MMR")),
    E(["Sagaing Region", "Sagaing"], "place", S("MMR")),
    E(["Sittwe"], "place", S("MMR")), E(["Rakhine State", "Rakhine"], "place", S("MMR")),
    E(["Nay Pyi Taw", "Naypyidaw", "Naypyitaw"], "place", S("MMR")),
    E(["Chiang Mai"], "place", S("THA")), E(["Manila"], "place", S("PHL")),
], ["Roxas Boulevard", "2330 Roxas Boulevard", "Pasay City", "www.dfa.gov.ph", "ospress@dfa.gov.ph"],
[
    F(PHL, "criticized", MIL, "2026-07-10"),
    F(MIL, "attacked", ["Tar Gyi", "Tar Gyi village", "Tabayin Township", "Sagaing Region", "Sagaing", "school"], "2026-07-09"),
    F(MIL, "accused", ["People's Defence Force", "People's Defense Force", "PDF"]),
    F(PHL, "urged", [S("MMR"), "all parties in Myanmar"], "2026-07-10"),
    F(PHL, "urged", ["Myanmar military", "military", "Tatmadaw"], "2026-07-10"),
    F(PHL, "urged", ["Arakan Army", "AA"], "2026-07-10"),
    F(["António Guterres", "Antonio Guterres", "Guterres", "United Nations", "UN"], "criticized", MIL, "2026-07-09"),
    F(DIZON, "visited", ["Nay Pyi Taw", "Naypyidaw", S("MMR")], "2026-07-02", 3),
    F(DIZON, "met", ["Min Aung Hlaing", S("MMR"), "Myanmar military"], "2026-07-02", 3),
    F(["Ma. Theresa P. Lazaro", "Theresa Lazaro", "Lazaro"] + PHL, "met", ["Kao Kim Hourn", "Association of Southeast Asian Nations", "ASEAN"], "2026-07-10"),
    F([S("PHL")], "supplied", [S("MMR"), "people of Myanmar"]),
], [
    I(MIL + ["Arakan Army", "AA"], "attacked", ["Sittwe", "Arakan Army", "Myanmar military", "Rakhine State"], "'fighting for control of Sittwe': no direction stated"),
    I(DIZON, "visited", ["Chiang Mai", S("THA")], "venue-only: met representatives in Chiang Mai"),
    I(DIZON, "met", ["ethnic armed organisations"], "unnamed groups"),
    I(DIZON, "urged", ["Min Aung Hlaing", "Myanmar military", S("MMR")], "'conveyed ASEAN's expectation': urged debatable"),
    I(["António Guterres", "Guterres", "United Nations", "UN"], "urged", MIL, "calling for an investigation; no addressee"),
    I(PHL, "accused", MIL, "'deliberate targeting ... grave violation' arguably an accusation"),
    I(["Association of Southeast Asian Nations", "ASEAN"], "criticized", MIL, "statement issued by the Philippines as ASEAN Chair"),
    I(["Association of Southeast Asian Nations", "ASEAN"], "urged", MIL + ["Arakan Army"], "statement issued by the Philippines as ASEAN Chair"),
    I(PHL, "supplied", ["ASEAN Coordinating Centre for Humanitarian Assistance on disaster management", "AHA Centre"], "channel of aid, recipient is Myanmar"),
    I(PHL, "criticized", ["People's Defence Force", "PDF"], "rejects the military's claim; no criticism of the PDF"),
])

# ---------------------------------------------------------------- g4 US Senate resolution
CHN = [S("CHN"), "PRC"]
SEN = ["United States Senate", "Senate", "U.S. Senate", S("USA")]
doc("govdocs/g4-us-senate-taiwan-resolution", "Congress.gov bill summary (United States Senate resolution)", [
    E(["Pete Ricketts", "Ricketts"], "person", S("USA")),
    E(["Christopher A. Coons", "Chris Coons", "Coons"], "person", S("USA")),
    E([S("CHN")], "state"), E([S("TWN")], "state"), E([S("USA")], "state"), E([S("PHL")], "state"),
    E([S("RUS")], "state"), E([S("UKR")], "state"), E([S("JPN")], "state"),
    E(["United States Senate", "Senate", "U.S. Senate"], "organization"),
    E(["Committee on Foreign Relations", "Senate Foreign Relations Committee", "Foreign Relations Committee"], "organization"),
    E(["Eastern Theater Command"], "organization"),
    E(["People's Liberation Army", "PLA"], "organization"),
    E(["China Coast Guard"], "organization"),
    E(["Philippine Coast Guard"], "organization"),
    E(["PRC Ministry of Commerce", "Ministry of Commerce", "MOFCOM"], "organization"),
    E(["Lockheed Martin"], "organization"),
    E(["American Institute in Taiwan", "AIT"], "organization"),
    E(["Taipei Economic and Cultural Representative Office in the United States", "Taipei Economic and Cultural Representative Office", "TECRO"], "organization"),
    E(["Department of State", "State Department"], "organization"),
    E(["World Health Assembly"], "organization"),
    E(["International Civil Aviation Organization", "ICAO"], "organization"),
    E(["INTERPOL"], "organization"),
    E(["United Nations General Assembly", "UN General Assembly"], "organization"),
    E(["United Nations", "UN"], "organization"),
    E(["Congressional Research Service", "CRS"], "organization"),
    E(["Scarborough Shoal"], "place"), E(["Taiwan Strait"], "place"),
], ["USA.gov", "Site Content Policy", "Search Tips"],
[
    F(CHN, "threatened", [S("TWN")]),
    F(CHN + ["China Coast Guard"], "attacked", [S("PHL"), "Philippine Coast Guard", "Philippine Coast Guard ship"], "2026-03-03"),
    F(CHN + ["PRC Ministry of Commerce", "Ministry of Commerce"], "sanctioned", ["Lockheed Martin", "U.S. defense companies", S("USA")], "2026-01"),
    F([S("USA")], "supplied", [S("TWN")], "2026-02"),
    F(CHN, "supplied", [S("RUS")]),
    F([S("RUS")], "invaded", [S("UKR")]),
    F(["American Institute in Taiwan", "AIT", S("USA")], "agreed", ["Taipei Economic and Cultural Representative Office in the United States", "Taipei Economic and Cultural Representative Office", "TECRO", S("TWN")], "2023-06-01"),
    F(SEN, "criticized", CHN + ["People's Liberation Army", "PLA"], "2026-05-20"),
    F(SEN, "urged", CHN, "2026-05-20"),
    F(SEN, "urged", ["Department of State", "State Department"], "2026-05-20"),
    F([S("USA")], "cooperated", [S("JPN")]),
    F([S("USA")], "cooperated", [S("PHL")]),
], [
    I(["People's Liberation Army", "PLA", "Eastern Theater Command"] + CHN, "attacked", [S("TWN")], "drills rehearsing a blockade are not force"),
    I(["People's Liberation Army", "PLA", "Eastern Theater Command"], "threatened", [S("TWN")], "drills as threat: debatable"),
    I(CHN, "sanctioned", [S("TWN")], "'economic coercion directed at Taiwan' is not a stated sanction"),
    I(SEN, "cooperated", [S("TWN")], "'reaffirms U.S. support for Taiwan' is not cooperation"),
    I(SEN, "supplied", [S("TWN")], "support, not supply"),
    I([S("JPN")], "cooperated", [S("PHL")], "cooperation is each with the United States"),
    I(["Pete Ricketts", "Ricketts", "Christopher A. Coons", "Coons"], "criticized", CHN, "sponsors; the Senate adopted the text"),
    I(["Pete Ricketts", "Ricketts", "Christopher A. Coons", "Coons"], "urged", CHN + ["Department of State"], "sponsors; the Senate adopted the text"),
    I(SEN, "criticized", [S("RUS")], "Russia's invasion mentioned only in a whereas clause"),
])

# ---------------------------------------------------------------- sentences
doc("sentences/s01", "AFP", [
    E(["Kharkiv"], "place", S("UKR")), E([S("RUS")], "state"),
    E(["Oleh Syniehubov", "Syniehubov"], "person", S("UKR")),
    E(["Agence France-Presse", "AFP"], "organization"),
], [], [
    F([S("RUS"), "Russian ballistic missiles"], "attacked", ["Kharkiv", S("UKR"), "power plants in Kharkiv"], "2026-01-14", 1),
], [])

doc("sentences/s02", "Armenpress", [
    E(["Nikol Pashinyan", "Pashinyan"], "person", S("ARM")),
    E(["Ilham Aliyev", "Aliyev"], "person", S("AZE")),
    E([S("ARM")], "state"), E([S("AZE")], "state"),
    E(["Abu Dhabi"], "place", S("ARE")), E(["Syunik", "Syunik province"], "place", S("ARM")),
    E(["Yerevan"], "place", S("ARM")), E(["Armenpress"], "organization"),
], [], [
    F(["Nikol Pashinyan", "Pashinyan", S("ARM")], "met", ["Ilham Aliyev", "Aliyev", S("AZE")], "2026-03-16"),
    F(["Nikol Pashinyan", "Pashinyan", S("ARM")], "agreed", ["Ilham Aliyev", "Aliyev", S("AZE")], "2026-03-16"),
], [
    I(["Nikol Pashinyan", "Pashinyan", S("ARM"), "Ilham Aliyev", "Aliyev", S("AZE")], "visited", ["Abu Dhabi", S("ARE")], "venue-only: talks in Abu Dhabi"),
])

doc("sentences/s03", "Ethiopian News Agency", [
    E(["William Ruto", "Ruto"], "person", S("KEN")),
    E(["Abiy Ahmed", "Abiy"], "person", S("ETH")),
    E([S("KEN")], "state"), E([S("ETH")], "state"), E([S("SOM")], "state"),
    E(["Addis Ababa"], "place", S("ETH")), E(["Lamu"], "place", S("KEN")),
    E(["Ethiopian News Agency", "ENA"], "organization"),
], [], [
    F(["William Ruto", "Ruto", S("KEN")], "visited", ["Addis Ababa", S("ETH")], "2026-02-22"),
    F(["William Ruto", "Ruto", S("KEN")], "met", ["Abiy Ahmed", "Abiy", S("ETH")], "2026-02-23"),
], [
    I(["William Ruto", "Ruto", S("KEN"), "Abiy Ahmed", S("ETH")], "visited", [S("SOM"), "Lamu"], "topics of the talks, not visits"),
])

COD = [S("COD"), "Democratic Republic of Congo", "Congo", "DR Congo", "DRC"]
doc("sentences/s04", "Reuters", [
    E([S("RWA"), "Kigali"], "state"), E(COD, "state"),
    E(["M23", "M23 rebels", "March 23 Movement"], "organization"),
    E(["Therese Kayikwamba Wagner", "Thérèse Kayikwamba Wagner", "Kayikwamba Wagner"], "person", S("COD")),
    E(["U.N. Security Council", "UN Security Council", "United Nations Security Council", "Security Council"], "organization"),
    E(["Goma"], "place", S("COD")), E(["Kigali"], "place", S("RWA")), E(["Reuters"], "organization"),
], [], [
    F(["Therese Kayikwamba Wagner", "Kayikwamba Wagner"] + COD, "accused", [S("RWA"), "Kigali"], "2026-04-29"),
    F([S("RWA"), "Kigali"], "supplied", ["M23", "M23 rebels", "March 23 Movement"], modality="alleged", attributed_to="Therese Kayikwamba Wagner (DR Congo)"),
], [
    I([S("RWA"), "Kigali"], "invaded", COD + ["Goma"], "troop deployment near Goma alleged; invasion debatable"),
    I([S("RWA"), "Kigali"], "attacked", COD + ["Goma"], "troop deployment alleged; no attack stated"),
    I([S("RWA"), "Kigali"], "accused", COD, "a denial, not a counter-accusation"),
])

doc("sentences/s05", "Associated Press of Pakistan", [
    E(["Shehbaz Sharif", "Sharif"], "person", S("PAK")),
    E(["Ishaq Dar", "Dar"], "person", S("PAK")),
    E(["Amir Khan Muttaqi", "Muttaqi"], "person", S("AFG")),
    E([S("PAK")], "state"), E([S("AFG")], "state"),
    E(["Taliban", "Taliban government"], "organization"),
    E(["Kabul"], "place", S("AFG")), E(["Islamabad"], "place", S("PAK")),
    E(["Associated Press of Pakistan", "APP"], "organization"),
], [], [
    F(["Ishaq Dar", "Dar", S("PAK")], "met", ["Amir Khan Muttaqi", "Muttaqi", S("AFG"), "Taliban"], "2026-05-09"),
    F(["Ishaq Dar", "Dar", S("PAK")], "urged", ["Taliban", "Taliban government", S("AFG"), "Amir Khan Muttaqi"], "2026-05-09"),
], [
    I(["Shehbaz Sharif", "Sharif", S("PAK")], "visited", ["Kabul", S("AFG")], "'may visit': speculative"),
    I(["Amir Khan Muttaqi", "Muttaqi", S("AFG"), "Taliban"], "visited", ["Islamabad", S("PAK")], "venue-only: met in Islamabad"),
])

ARAG = ["Abbas Araghchi", "Araghchi", S("IRN"), "Tehran"]
doc("sentences/s06", "IRNA", [
    E(["Abbas Araghchi", "Araghchi"], "person", S("IRN")),
    E([S("IRN"), "Tehran"], "state"), E([S("FRA")], "state"), E([S("GBR")], "state"), E([S("DEU")], "state"),
    E(["International Atomic Energy Agency", "IAEA"], "organization"),
    E(["Islamic Republic News Agency", "IRNA"], "organization"),
    E(["Tehran"], "place", S("IRN")),
], [], [
    F(ARAG, "warned", [S("FRA")], "2026-09-26"),
    F(ARAG, "warned", [S("GBR")], "2026-09-26"),
    F(ARAG, "warned", [S("DEU")], "2026-09-26"),
], [
    I(ARAG, "threatened", [S("FRA"), S("GBR"), S("DEU"), "International Atomic Energy Agency", "IAEA"], "conditional: 'would end cooperation if ...'"),
    I(ARAG, "cooperated", ["International Atomic Energy Agency", "IAEA"], "remaining cooperation mentioned only in a conditional"),
    I(ARAG, "warned", ["International Atomic Energy Agency", "IAEA"], "the warning is addressed to the three countries"),
])

EU = ["European Union", "EU"]
US = [S("USA")]
doc("sentences/s07", "Associated Press", [
    E(["European Union", "EU"], "organization"), E([S("USA")], "state"),
    E([S("SRB")], "state"), E([S("XKX")], "state"),
    E(["Zvecan", "Zvečan"], "place", S("XKX")), E(["Brussels"], "place", S("BEL")),
    E(["Associated Press", "AP"], "organization"),
    E(["Kosovo police", "Kosovo Police"], "organization"),
], [], [
    F(EU, "urged", [S("SRB")], "2026-06-24"),
    F(EU, "urged", [S("XKX")], "2026-06-24"),
    F(US, "urged", [S("SRB")], "2026-06-24"),
    F(US, "urged", [S("XKX")], "2026-06-24"),
], [
    I([S("XKX"), "Kosovo police", "Kosovo Police"], "attacked", ["Zvecan", "municipal buildings"], "taking over municipal buildings is not stated as force"),
    I(["ethnic Serb protesters", S("SRB")], "attacked", [S("XKX")], "road blockades by protesters"),
])

HOUTHI = ["Houthis", "Houthi", "Yemen's Houthis", "Ansar Allah", "Houthi movement"]
doc("sentences/s08", "Reuters", [
    E(HOUTHI, "organization"), E([S("YEM")], "state"), E([S("ISR")], "state"),
    E([S("USA")], "state"), E([S("GBR")], "state"),
    E(["Hodeidah"], "place", S("YEM")), E(["Red Sea"], "place"),
    E(["Israeli military", "Israel Defense Forces", "IDF"], "organization"),
    E(["U.S. Central Command", "US Central Command", "Central Command", "CENTCOM"], "organization"),
    E(["Sanaa"], "place", S("YEM")), E(["Reuters"], "organization"),
], [], [
    F(HOUTHI, "attacked", [S("ISR")], "2026-08-27"),
    F([S("USA"), "U.S. warplanes"], "attacked", HOUTHI + ["Hodeidah", S("YEM")], "2026-08-26"),
    F([S("GBR"), "British warplanes"], "attacked", HOUTHI + ["Hodeidah", S("YEM")], "2026-08-26"),
], [
    I([S("YEM")], "attacked", [S("ISR")], "the Houthis, not the state of Yemen, fired"),
])

doc("sentences/s09", "Kyodo News", [
    E([S("CHN")], "state"), E([S("RUS")], "state"), E([S("JPN"), "Tokyo"], "state"),
    E(["Sea of Japan"], "place"), E(["Tokyo"], "place", S("JPN")),
    E(["Kyodo", "Kyodo News"], "organization"),
], [], [
    F([S("CHN"), "Chinese warships"], "cooperated", [S("RUS"), "Russian warships"], "2026-10-12"),
    F([S("JPN"), "Tokyo"], "criticized", [S("CHN")], "2026-10-12", 1),
    F([S("JPN"), "Tokyo"], "criticized", [S("RUS")], "2026-10-12", 1),
], [
    I([S("CHN"), S("RUS")], "threatened", [S("JPN")], "'show of force' is Tokyo's characterisation"),
    I([S("JPN"), "Tokyo"], "accused", [S("CHN"), S("RUS")], "a protest; accused debatable"),
])

TEO = ["Gilberto Teodoro", "Teodoro", "Gilberto Teodoro Jr.", S("PHL")]
CCG = [S("CHN"), "China Coast Guard", "China's coast guard", "Chinese coast guard"]
doc("sentences/s10", "Philippine News Agency", [
    E(["Gilberto Teodoro", "Teodoro", "Gilberto Teodoro Jr."], "person", S("PHL")),
    E([S("PHL")], "state"), E([S("CHN")], "state"),
    E(["China Coast Guard", "China's coast guard", "Chinese coast guard"], "organization"),
    E(["Second Thomas Shoal", "Ayungin Shoal"], "place"),
    E(["Manila"], "place", S("PHL")),
    E(["Philippine News Agency", "PNA"], "organization"),
], [], [
    F(TEO, "accused", CCG, "2026-11-30"),
    F(CCG, "attacked", [S("PHL"), "Philippine supply boat"], "2026-11-29", 1, modality="alleged", attributed_to="Gilberto Teodoro"),
], [
    I(TEO, "threatened", CCG, "'We will not be intimidated' is defiance, not a threat"),
    I(TEO, "criticized", CCG, "accusation; criticized debatable"),
])

for path, g in GOLD.items():
    with open(os.path.join(ROOT, path + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=1, ensure_ascii=False)
        f.write("\n")
print(len(GOLD), "gold files written")

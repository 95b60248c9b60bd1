doc("govdocs/g4-sco-bishkek-declaration", "2026-08-27",
    "Bishkek Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation",
    "SCO Secretariat")
LEADERS = []
for code, key, names in [
        ("KGZ", "japarov", ["Sadyr Japarov", "Japarov"]),
        ("BLR", "lukashenko", ["Alexander Lukashenko", "Lukashenko"]),
        ("CHN", "xi", ["Xi Jinping", "Xi"]),
        ("IND", "modi", ["Narendra Modi", "Modi"]),
        ("IRN", "pezeshkian", ["Masoud Pezeshkian", "Pezeshkian"]),
        ("KAZ", "tokayev", ["Kassym-Jomart Tokayev", "Tokayev"]),
        ("PAK", "sharif", ["Shehbaz Sharif", "Sharif"]),
        ("RUS", "putin", ["Vladimir Putin", "Putin"]),
        ("TJK", "rahmon", ["Emomali Rahmon", "Rahmon"]),
        ("UZB", "mirziyoyev", ["Shavkat Mirziyoyev", "Mirziyoyev"])]:
    E(code.lower(), "state", "iso3:" + code)
    E(key, "person", *names, country=code)
    LEADERS += [key, code.lower()]
E("isr", "state", "iso3:ISR")
E("usa", "state", "iso3:USA")
E("pse", "state", "iso3:PSE", "State of Palestine")
E("afg", "state", "iso3:AFG")
E("sco", "organization", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO",
  "Council of Heads of State", "Member States")
E("secretariat", "organization", "SCO Secretariat")
E("rats", "organization", "SCO Regional Anti-Terrorist Structure", "Regional Anti-Terrorist Structure", "RATS")
E("bla", "organization", "Balochistan Liberation Army", "BLA")
E("un", "organization", "United Nations", "UN")
E("escap", "organization", "United Nations Economic and Social Commission for Asia and the Pacific", "ESCAP")
E("bank", "organization", "SCO Development Bank")
E("cfm", "organization", "Council of Foreign Ministers")
E("bishkek", "place", "Bishkek", country="KGZ")
E("quetta", "place", "Quetta", country="PAK")
E("gaza", "place", "Gaza Strip", "Gaza")
E("astana", "place", "Astana", country="KAZ")
X("eng.sectsco.org", "WeChat")

SCO = ["sco"]
F("criticized", SCO, ["bla"], "2026-08-27")
F("attacked", ["bla"], ["quetta", "pak", "passenger train"], "2026-03-14")
F("criticized", SCO, ["isr"], "2026-08-27")
F("criticized", SCO, ["usa"], "2026-08-27")
F("attacked", ["isr"], ["irn"], "2025-06")
F("attacked", ["usa"], ["irn"], "2025-06")
F("urged", SCO, ["isr"], "2026-08-27")
F("agreed", ["secretariat", "sco"], ["escap"], "2026-08-27")

I("visited", [k for k in LEADERS if k not in ("japarov", "kgz")], ["bishkek", "kgz"], "attended the meeting in Bishkek: venue-only")
I("met", LEADERS, LEADERS, "attended the same meeting: venue-only, no bilateral talks stated")
I("agreed", LEADERS + SCO, LEADERS + SCO, "decisions of the Council (Development Bank, programme): among all members")
I("cooperated", LEADERS + SCO, LEADERS + SCO, "'strengthening cooperation' among members: generic")
I("urged", SCO, ["Afghanistan's neighbouring countries", "afg", "international community"], "support and a call on the international community")
I("sanctioned", SCO, ["irn"], "opposition to unilateral sanctions names no sanctioning state")
I("visited", ["tokayev", "kaz", "sco"], ["astana"], "next meeting in Astana in 2027: future")
I("criticized", SCO, ["irn", "pak"], "condolences to Pakistan; strikes on Iran condemned, not Iran")

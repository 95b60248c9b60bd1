from dsl import *
NAME = "a8-mea-briefing-transcript-thehindu"; SUB = "articles"
PUB = "2026-11-13"
TITLE = "Full text | MEA weekly briefing: 'Pakistan should look inward,' says Jaiswal"
SOURCE = "The Hindu"
JAI = ["S. Jaishankar", "Jaishankar", "Dr. S. Jaishankar", "iso3:IND"]
ALB = ["Sayyid Badr Albusaidi", "Badr Albusaidi", "Albusaidi", "iso3:OMN"]
JSW = ["Randhir Jaiswal", "Jaiswal", "Ministry of External Affairs", "MEA", "iso3:IND", "New Delhi"]
IND = ["iso3:IND", "New Delhi", "Ministry of External Affairs", "MEA"]
ENT = [
    P(["Randhir Jaiswal", "Jaiswal"], "IND"), P(["S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar"], "IND"),
    P(["Sayyid Badr Albusaidi", "Badr Albusaidi", "Albusaidi"], "OMN"), P(["Ishaq Dar", "Dar"], "PAK"),
    P(["Narendra Modi", "Modi"], "IND"), P(["Vladimir Putin", "Putin"], "RUS"),
    S("IND"), S("OMN"), S("MMR"), S("PAK"), S("USA"), S("CHN"), S("LKA"), S("RUS"), S("JPN"), S("IRN"),
    O("Ministry of External Affairs", "MEA"), O("India-Oman Joint Commission", "Joint Commission"), O("Indian Air Force", "IAF"),
    O("Press Trust of India", "PTI"), O("Reuters"), O("WION"), O("The Hindu"), O("ANI", "Asian News International"),
    O("US Treasury", "Treasury", "US Treasury Department"),
    O("Working Mechanism for Consultation and Coordination on India-China Border Affairs", "WMCC"),
    O("Sri Lankan Navy", "Sri Lanka Navy"), O("High Commission in Colombo", "High Commission", "Indian High Commission"),
    L("Muscat", "OMN"), L(["Rakhine", "Rakhine coast"], "MMR"), L("Yangon", "MMR"), L("Balochistan", "PAK"),
    L("Beijing", "CHN"), L(["Line of Actual Control", "LAC"]), L("Tamil Nadu", "IND"), L("Colombo", "LKA"),
    L("Washington", "USA"), L("New Delhi", "IND"), L("Moscow", "RUS"),
]
FORBID = ["The Hindu Bureau", "Telegram", "LinkedIn", "Reddit", "Facebook", "Twitter", "WhatsApp", "Kerala", "LDF", "UDF",
          "Chennai Metro", "Chennai", "THG Publishing", "The View From India"]
FACTS = [
    F(JAI, "visited", ["Muscat", "iso3:OMN"], "2026-11-10", 1),
    F(JAI, "met", ALB, "2026-11-10", 1),
    F(JAI, "agreed", ALB, "2026-11-10", 1),
    F(["iso3:IND"], "cooperated", ["iso3:OMN"]),
    F(IND, "supplied", ["iso3:MMR", "Yangon", "Rakhine"], "2026-11-12"),
    F(["Ishaq Dar", "Dar", "iso3:PAK"], "accused", IND, "2026-11-12"),
    F(JSW, "accused", ["iso3:PAK"], "2026-11-13"),
    F(JSW, "criticized", ["iso3:PAK"], "2026-11-13"),
    F(["US Treasury", "Treasury", "iso3:USA", "Washington"], "sanctioned", ["iso3:IND", "Indian companies"], "2026-11-10"),
    F(IND + ["WMCC"], "met", ["iso3:CHN", "Beijing"], "2026-11-06"),
    F(IND + ["WMCC"], "agreed", ["iso3:CHN", "Beijing"], "2026-11-06"),
    F(JSW, "urged", ["iso3:LKA", "Colombo", "Sri Lankan authorities"]),
]
IGN = [
    I(["iso3:PAK"], "supplied", ["terrorists", "cross-border terrorism"], "'sponsored cross-border terrorism': no named recipient"),
    I(["iso3:PAK"], "attacked", IND, "cross-border terrorism charge scored as accused"),
    I(IND, "supplied", ["Balochistan", "militants"], "Dar's allegation, rejected by India"),
    I(IND, "attacked", ["Balochistan", "iso3:PAK"], "Dar's allegation, rejected by India"),
    I(["iso3:LKA", "Sri Lankan Navy", "Colombo"], "attacked", IND + ["Tamil Nadu fishermen"], "arrest of fishermen is not force in this ontology"),
    I(["Narendra Modi", "Modi", "iso3:IND"], "visited", ["Moscow", "iso3:RUS"], "question only"),
    I(["Narendra Modi", "Modi", "iso3:IND"], "met", ["Vladimir Putin", "Putin", "iso3:RUS"], "question only"),
    I(["iso3:JPN"], "visited", IND, "planned visit, dates not announced"),
    I(IND, "met", ["iso3:USA", "Washington"], "'in touch with the US side': not a meeting"),
    I(IND, "met", ["iso3:LKA", "Colombo"], "'in touch with the Sri Lankan authorities': not a meeting"),
    I(IND + ["WMCC"], "visited", ["Beijing", "iso3:CHN"], "venue of the WMCC meeting"),
    I(JSW, "criticized", ["iso3:USA", "Washington"], "'position on unilateral sanctions is well known': implicit"),
    I(JSW, "urged", ["iso3:PAK"], "'Pakistan should look inward': advice, debatable"),
    I(["Indian companies", "iso3:IND"], "supplied", ["iso3:IRN"], "shipping Iranian petroleum: direction/recipient unclear"),
    I(["iso3:IRN"], "supplied", ["Indian companies", "iso3:IND"], "shipping Iranian petroleum: direction/recipient unclear"),
]

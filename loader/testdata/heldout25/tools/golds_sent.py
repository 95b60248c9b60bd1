# Gold definitions for heldout25 sentences (written from the texts only).
from dsl import E, F, I, doc

DOCS = []


def S(name, pub, source, title, construction, region, ents, forb, facts, ign):
    DOCS.append(doc("sentences/" + name, pub, source, title, construction, region, ents, forb, facts, ign))


S("s01", "2026-10-28", "Yonhap", "SEOUL, Oct. 28 (Yonhap)", "passive 'were hit by ... from'", "Korean peninsula",
  [E("place", "Seoul", country="KOR"), E("organization", "Yonhap", "Yonhap News Agency"),
   E("organization", "Joint Chiefs of Staff", "JCS"), E("state", "iso3:KOR"), E("state", "iso3:PRK")],
  [],
  [F("attacked", ["iso3:PRK", "North Korean troops"], ["iso3:KOR", "South Korean guard posts"], "2026-10-27", 0)],
  [I("attacked", ["iso3:KOR", "the South's military", "South Korean military"], ["iso3:PRK"],
     "warning shots are not an attack")])

S("s02", "2026-11-12", "AFP", "BAMAKO, Nov 12 (AFP)", "event noun 'the shelling of X by Y' + 'a day after'", "Sahel",
  [E("place", "Bamako", country="MLI"), E("organization", "AFP", "Agence France-Presse"),
   E("state", "iso3:MLI"), E("state", "iso3:DZA"),
   E("organization", "Azawad Liberation Front", "FLA", "Front de Liberation de l'Azawad"),
   E("place", "Tessalit", country="MLI")],
  [],
  [F("attacked", ["Azawad Liberation Front", "FLA"], ["iso3:MLI", "Malian army positions", "Malian army", "Tessalit"],
     "2026-11-11", 0),
   F("accused", ["iso3:MLI", "Bamako"], ["iso3:DZA"], "2026-11-10", 0)],
  [I("supplied", ["iso3:DZA"], ["Azawad Liberation Front", "FLA"], "'sheltering' sits inside Bamako's accusation")])

S("s03", "2026-09-15", "Reuters", "ADDIS ABABA, Sept 15 (Reuters)", "light verb 'issued a warning to' + apposition",
  "Horn of Africa",
  [E("place", "Addis Ababa", country="ETH"), E("organization", "Reuters"),
   E("person", "Abiy Ahmed", "Abiy", country="ETH"), E("state", "iso3:ETH"), E("state", "iso3:ERI"),
   E("place", "Assab", country="ERI"), E("place", "Red Sea")],
  [],
  [F("warned", ["Abiy Ahmed", "Abiy", "iso3:ETH"], ["iso3:ERI"], "2026-09-14", 0)],
  [I("threatened", ["Abiy Ahmed", "Abiy", "iso3:ETH"], ["iso3:ERI"], "'would not remain silent', veiled threat"),
   I("accused", ["Abiy Ahmed", "Abiy", "iso3:ETH"], ["iso3:ERI"], "'what he called a troop build-up', arguably")])

S("s04", "2026-10-21", "Reuters", "ASTANA, Oct 21 (Reuters)", "relative clause + reported claim (alleged)",
  "Central Asia",
  [E("place", "Astana", country="KAZ"), E("organization", "Reuters"), E("state", "iso3:KAZ"),
   E("organization", "Kazakhstan's energy ministry", "energy ministry", "Ministry of Energy"),
   E("state", "iso3:UKR"), E("organization", "Caspian Pipeline Consortium", "CPC"),
   E("place", "Novorossiysk", country="RUS")],
  [],
  [F("attacked", ["iso3:UKR", "Ukrainian drones"], ["Caspian Pipeline Consortium", "CPC", "Novorossiysk"],
     "2026-10-21", 1, alleged="Kazakhstan's energy ministry")],
  [I("attacked", ["iso3:UKR"], ["iso3:KAZ", "iso3:RUS"], "the pipeline operator is the target")])

S("s05", "2026-11-25", "Xinhua", "BEIJING, Nov. 25 (Xinhua)", "denial (negated) + urging", "East Asia",
  [E("place", "Beijing", country="CHN"), E("organization", "Xinhua", "Xinhua News Agency"),
   E("state", "iso3:CHN"),
   E("organization", "Ministry of National Defense", "China's Ministry of National Defense", "defence ministry"),
   E("state", "iso3:RUS"), E("state", "iso3:JPN"), E("organization", "Yomiuri Shimbun", "Yomiuri")],
  [],
  [F("urged", ["iso3:CHN", "Ministry of National Defense", "China's Ministry of National Defense"],
     ["iso3:JPN", "Tokyo"], "2026-11-25", 0)],
  [I("supplied", ["iso3:CHN", "Chinese military transport aircraft"], ["iso3:RUS"], "denied (negated)"),
   I("criticized", ["iso3:CHN", "Ministry of National Defense"], ["Yomiuri Shimbun", "iso3:JPN"],
     "calling a report 'groundless', arguably"),
   I("accused", ["iso3:CHN", "Ministry of National Defense"], ["iso3:JPN", "Tokyo", "Yomiuri Shimbun"],
     "'stop spreading disinformation' implies a charge"),
   I("accused", ["Yomiuri Shimbun", "iso3:JPN"], ["iso3:CHN"], "the report's claim, relayed only via the denial")])

S("s06", "2026-09-30", "Anadolu Agency", "ANKARA, Sept 30 (AA)", "speculation 'is expected to' + 'held talks'",
  "Eastern Mediterranean",
  [E("place", "Ankara", country="TUR"), E("organization", "Anadolu Agency", "AA"),
   E("person", "Recep Tayyip Erdogan", "Erdogan", "Erdoğan", country="TUR"), E("place", "Athens", country="GRC"),
   E("organization", "High-Level Cooperation Council"),
   E("person", "Hakan Fidan", "Fidan", country="TUR"), E("person", "Giorgos Gerapetritis", "Gerapetritis", country="GRC"),
   E("place", "Istanbul", country="TUR"), E("state", "iso3:TUR"), E("state", "iso3:GRC")],
  [],
  [F("met", ["Hakan Fidan", "Fidan", "iso3:TUR"], ["Giorgos Gerapetritis", "Gerapetritis", "iso3:GRC"], "2026-09-29", 0)],
  [I("visited", ["Recep Tayyip Erdogan", "Erdogan", "iso3:TUR"], ["Athens", "iso3:GRC"], "expected visit: speculative"),
   I("met", ["Recep Tayyip Erdogan", "Erdogan"], ["iso3:GRC", "High-Level Cooperation Council"], "future meeting"),
   I("visited", ["Giorgos Gerapetritis", "Gerapetritis", "iso3:GRC"], ["Istanbul", "iso3:TUR"],
     "venue of the talks only")])

JK_FROM_J = ["iso3:JPN"]
JK_FROM_K = ["iso3:KOR"]
S("s07", "2026-11-17", "Kyodo", "TOKYO, Nov. 17 (Kyodo)", "coordination on subject and object", "Korean peninsula",
  [E("place", "Tokyo", country="JPN"), E("organization", "Kyodo", "Kyodo News"),
   E("state", "iso3:JPN"), E("state", "iso3:KOR"), E("state", "iso3:PRK"), E("state", "iso3:RUS")],
  [],
  [F("criticized", JK_FROM_J, ["iso3:PRK", "Pyongyang"], "2026-11-16", 0),
   F("criticized", JK_FROM_K, ["iso3:PRK", "Pyongyang"], "2026-11-16", 0),
   F("urged", JK_FROM_J, ["iso3:PRK", "Pyongyang"], "2026-11-16", 0),
   F("urged", JK_FROM_J, ["iso3:RUS", "Moscow"], "2026-11-16", 0),
   F("urged", JK_FROM_K, ["iso3:PRK", "Pyongyang"], "2026-11-16", 0),
   F("urged", JK_FROM_K, ["iso3:RUS", "Moscow"], "2026-11-16", 0),
   F("met", JK_FROM_J, JK_FROM_K, "2026-11-16", 1),
   F("cooperated", ["iso3:PRK", "Pyongyang"], ["iso3:RUS", "Moscow"])],
  [I("visited", JK_FROM_K, ["Tokyo", "iso3:JPN"], "venue of the talks only"),
   I("attacked", ["iso3:PRK"], ["iso3:JPN", "iso3:KOR"], "a missile launch is no attack")])

S("s08", "2026-08-14", "EFE", "ASUNCION, Aug 14 (EFE)", "'talks between A and B' + agreement + future supply",
  "Southern Cone",
  [E("place", "Asuncion", "Asunción", country="PRY"), E("organization", "EFE", "Agencia EFE"),
   E("person", "Santiago Pena", "Pena", "Santiago Peña", country="PRY"),
   E("person", "Rodrigo Paz", "Paz", country="BOL"),
   E("state", "iso3:PRY"), E("state", "iso3:BOL"), E("state", "iso3:ARG"),
   E("organization", "YPFB", "Yacimientos Petroliferos Fiscales Bolivianos")],
  [],
  [F("met", ["Santiago Pena", "Pena", "Santiago Peña", "iso3:PRY"], ["Rodrigo Paz", "Paz", "iso3:BOL"], "2026-08-13", 0),
   F("agreed", ["Santiago Pena", "Pena", "Santiago Peña", "iso3:PRY"], ["Rodrigo Paz", "Paz", "iso3:BOL"],
     "2026-08-13", 0)],
  [I("supplied", ["YPFB", "iso3:BOL"], ["iso3:PRY"], "'will ship ... from next year': future"),
   I("visited", ["Rodrigo Paz", "Paz", "iso3:BOL"], ["Asuncion", "iso3:PRY"], "dateline only; venue not stated")])

S("s09", "2026-09-04", "Reuters", "WASHINGTON, Sept 4 (Reuters)", "passive sanctions 'were blacklisted by' + purpose",
  "Gulf / global",
  [E("place", "Washington", country="USA"), E("organization", "Reuters"),
   E("organization", "U.S. Treasury", "US Treasury", "Treasury", "department"),
   E("person", "Mohammad Reza Karimi", "Karimi", country="IRN"), E("place", "Dubai", country="ARE"),
   E("state", "iso3:IRN"), E("state", "iso3:CHN"), E("state", "iso3:USA")],
  [],
  [F("sanctioned", ["iso3:USA", "U.S. Treasury", "US Treasury", "Treasury"],
     ["Mohammad Reza Karimi", "Karimi", "Three Dubai-based companies", "Dubai-based companies"], "2026-09-03", 0),
   F("supplied", ["Mohammad Reza Karimi", "Karimi", "Three Dubai-based companies", "Dubai-based companies", "iso3:IRN"],
     ["iso3:CHN"], alleged="U.S. Treasury")],
  [I("sanctioned", ["iso3:USA", "U.S. Treasury", "US Treasury"], ["iso3:IRN"], "the targets are firms and a person")])

S("s10", "2026-12-02", "Reuters", "BUENOS AIRES, Dec 2 (Reuters)", "accusation with quote + event noun 'the arrival of'",
  "Southern Cone",
  [E("place", "Buenos Aires", country="ARG"), E("organization", "Reuters"), E("state", "iso3:ARG"),
   E("state", "iso3:GBR"), E("organization", "Royal Navy"), E("place", "South Atlantic"),
   E("place", "Falkland Islands", "Malvinas", "Falklands", "Falkland Islands (Malvinas)"),
   E("organization", "foreign ministry", "Argentine foreign ministry", "Ministry of Foreign Affairs"),
   E("organization", "United Nations", "UN")],
  [],
  [F("accused", ["iso3:ARG", "Buenos Aires", "foreign ministry"], ["iso3:GBR", "Britain"], "2026-12-01", 0),
   F("visited", ["HMS Dauntless", "Royal Navy", "iso3:GBR"], ["Falkland Islands", "Malvinas", "Falklands"],
     "2026-11-26", 3)],
  [I("criticized", ["iso3:ARG", "Buenos Aires", "foreign ministry"], ["iso3:GBR", "Britain"], "dup guard for accused"),
   I("threatened", ["iso3:GBR", "Royal Navy", "HMS Dauntless"], ["iso3:ARG"], "'militarising', arguably")])

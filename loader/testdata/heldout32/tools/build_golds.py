#!/usr/bin/env python3
"""Holds every heldout32 annotation in compact form and writes NAME.meta.json and NAME.gold.json.

The helper functions (slot, F, I, ent, doc, main) follow the compact notation of
heldout31/tools/build_golds.py (its helper and main lines only); every annotation below was
written from scratch for heldout32, after the texts.

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

BAYRAMOV = "Jeyhun Bayramov|Bayramov"
doc("articles/a1-caucasus-civilge", "2026-04-16",
    "Bayramov in Tbilisi as Baku and Yerevan trade blame over border shooting", "Civil.ge",
    ["P:Jeyhun Bayramov|Bayramov@AZE", "P:Maka Botchorishvili|Botchorishvili@GEO",
     "P:Irakli Kobakhidze|Kobakhidze@GEO", "P:Ani Badalyan|Badalyan@ARM", "P:Nikol Pashinyan|Pashinyan@ARM",
     "P:Magdalena Grono|Grono@POL", "P:Ararat Mirzoyan|Mirzoyan@ARM", "P:Maria Zakharova|Zakharova@RUS",
     "P:Giorgi Mchedlishvili|Mchedlishvili@GEO", "P:Hakan Fidan|Fidan@TUR",
     "S:AZE|Baku", "S:GEO|Tbilisi", "S:ARM|Yerevan", "S:RUS|Moscow", "S:TUR", "S:USA",
     "O:Civil.ge", "O:Georgian Foreign Ministry|Foreign Ministry of Georgia|Ministry of Foreign Affairs of Georgia",
     "O:Armenia's Defence Ministry|Defence Ministry of Armenia|Armenian Defence Ministry|Ministry of Defence of Armenia",
     "O:Azerbaijan's Defence Ministry|Defence Ministry of Azerbaijan|Azerbaijani Defence Ministry|Ministry of Defence of Azerbaijan",
     "O:Armenia's Foreign Ministry|Foreign Ministry of Armenia|Armenian Foreign Ministry",
     "O:Russian Foreign Ministry|Foreign Ministry of Russia|Russia's Foreign Ministry",
     "O:European Union|EU", "O:EU Monitoring Mission in Armenia|EUMA|European Union Monitoring Mission in Armenia",
     "O:European Peace Facility",
     "O:Collective Security Treaty Organization|CSTO", "O:Caucasus Institute for Regional Studies",
     "L:Tbilisi@GEO", "L:Red Bridge@GEO,AZE", "L:Tegh@ARM", "L:Syunik@ARM", "L:Lachin@AZE", "L:Gyumri@ARM",
     "L:Washington@USA", "L:Ankara@TUR"],
    ["Tamar Kvirikashvili", "#UKR", "#MDA", "Georgian Dream", "Black Sea"],
    [F(BAYRAMOV + "|#AZE", "visited", "Tbilisi|#GEO", "2026-04-14", 1),
     F(BAYRAMOV + "|#AZE", "met", "Maka Botchorishvili|Botchorishvili|#GEO", "2026-04-14"),
     F(BAYRAMOV + "|#AZE", "met", "Irakli Kobakhidze|Kobakhidze", "2026-04-15"),
     F(BAYRAMOV + "|#AZE", "agreed", "Maka Botchorishvili|Botchorishvili|#GEO", "2026-04-14"),
     F("#GEO|Tbilisi|Irakli Kobakhidze|Kobakhidze", "cooperated", "#AZE|Baku"),
     F("#AZE|Baku", "supplied", "#ARM|Yerevan", "2026-04-07", 3),
     F("#AZE|Azerbaijani units|Baku", "attacked", "Tegh|#ARM|Syunik", "2026-04-15", 1,
       by="Armenia's Defence Ministry"),
     F("Azerbaijan's Defence Ministry|#AZE|Baku", "accused", "#ARM|Armenian forces|Yerevan", "2026-04-15", 1),
     F("#ARM|Armenian forces|Yerevan", "attacked", "Lachin|#AZE", by="Azerbaijan's Defence Ministry"),
     F(BAYRAMOV, "accused", "#ARM|Yerevan", "2026-04-15"),
     F(BAYRAMOV + "|#AZE", "urged", "#ARM|Yerevan|Armenian side", "2026-04-15"),
     F("#ARM|Yerevan", "agreed", "#AZE|Baku", "2025-08"),
     F("European Union|EU|European Peace Facility", "supplied", "#ARM"),
     F("Magdalena Grono|Grono|European Union|EU", "urged", "#AZE|Baku"),
     F("Magdalena Grono|Grono|European Union|EU", "urged", "#ARM|Yerevan"),
     F("Maria Zakharova|Zakharova|#RUS|Moscow|Russian Foreign Ministry", "warned", "#ARM|Yerevan")],
    [I("Ani Badalyan|Badalyan|#ARM|Armenia's Foreign Ministry", "criticized", "#AZE|Jeyhun Bayramov|Bayramov",
       "'rejected the accusation' is a rebuttal, arguably criticism"),
     I("Nikol Pashinyan|Pashinyan|#ARM", "urged", "EU Monitoring Mission in Armenia|EUMA|European Union",
       "'might ask' the EU mission to look into it: speculative"),
     I("Maka Botchorishvili|Botchorishvili|#GEO", "met", "Ararat Mirzoyan|Mirzoyan|#ARM",
       "phone call on Monday, not a meeting"),
     I("#RUS|Moscow", "criticized", "#USA|Washington",
       "Moscow's statement targets the Washington-brokered deal, not the US as such"),
     I(BAYRAMOV + "|#AZE", "visited", "Ankara|#TUR", "'left Tbilisi for Ankara': arrival not stated"),
     I(BAYRAMOV + "|#AZE", "met", "Hakan Fidan|Fidan|#TUR", "'is due to meet ... on Thursday': speculative"),
     I("#AZE|Baku", "supplied", "#GEO|Tbilisi", "petrol shipped through Georgian territory; Georgia is the transit"),
     I("#GEO|Tbilisi|Maka Botchorishvili", "met", "#ARM|#AZE",
       "offer to host a trilateral meeting: speculative")])

HSM = "Hassan Sheikh Mohamud|Hassan Sheikh"
doc("articles/a2-horn-addisstandard", "2026-06-11",
    "Hassan Sheikh, Abiy sign troop deal as Asmara accuses Addis Abeba of \"beating the drums of war\"",
    "Addis Standard",
    ["P:Hassan Sheikh Mohamud|Hassan Sheikh@SOM", "P:Abiy Ahmed|Abiy@ETH", "P:Yemane Gebremeskel|Yemane@ERI",
     "P:Ismail Omar Guelleh|Guelleh@DJI", "P:Abdirahman Warsame|Warsame@SOM",
     "S:SOM|Mogadishu", "S:ETH|Addis Abeba|Addis Ababa", "S:ERI|Asmara", "S:EGY|Cairo", "S:DJI",
     "O:Addis Standard", "O:Office of the Prime Minister",
     "O:African Union Support and Stabilization Mission in Somalia|AUSSOM",
     "O:al-Shabaab|Al Shabaab", "O:Somali National Army|SNA", "O:European Union|EU",
     "O:Ethiopian National Defense Force|ENDF", "O:Andalus|Andalus radio",
     "O:Ethiopian Broadcasting Corporation|EBC", "O:Gaashaan Institute for Policy Studies",
     "L:Addis Abeba|Addis Ababa@ETH", "L:Somaliland@SOM", "L:Bay@SOM", "L:Bakool@SOM", "L:Luuq@SOM",
     "L:Gedo@SOM", "L:Asmara@ERI", "L:Assab@ERI", "L:Mogadishu@SOM", "L:Djibouti City@DJI",
     "L:Tadjourah@DJI", "L:Hiraan@SOM", "L:Bahir Dar@ETH", "L:Grand Ethiopian Renaissance Dam@ETH"],
    ["The Horn Briefing"],
    [F(HSM + "|#SOM", "visited", "Addis Abeba|Addis Ababa|#ETH", "2026-06-09", 1),
     F(HSM + "|#SOM", "met", "Abiy Ahmed|Abiy|#ETH", "2026-06-10"),
     F(HSM + "|#SOM", "agreed", "Abiy Ahmed|Abiy|#ETH", "2026-06-10"),
     F("#ETH|Addis Abeba", "agreed", "Somaliland", "2024-01"),
     F("#ETH|Abiy Ahmed|Abiy", "cooperated", "#SOM|Hassan Sheikh Mohamud"),
     F("#ETH", "supplied", "#SOM|Bay|Bakool", "2026-04"),
     F("European Union|EU", "supplied", "AUSSOM|African Union Support and Stabilization Mission in Somalia", "2026-05"),
     F("al-Shabaab|Al Shabaab", "attacked", "#ETH|Ethiopian National Defense Force|ENDF|Luuq", "2026-06-08"),
     F("Yemane Gebremeskel|Yemane|#ERI|Asmara", "accused", "#ETH|Addis Abeba", "2026-06-09"),
     F("Ethiopian Broadcasting Corporation|EBC|#ETH", "accused", "#EGY|Cairo", "2026-05"),
     F("#EGY|Cairo", "supplied", "#SOM|Mogadishu", by="Ethiopian Broadcasting Corporation"),
     F("#ERI", "agreed", "#EGY", "2024-10"),
     F("#EGY", "agreed", "#SOM", "2024-10"),
     F("#ERI", "agreed", "#SOM", "2024-10"),
     F("Ismail Omar Guelleh|Guelleh|#DJI", "met", "Abiy Ahmed|Abiy|#ETH", "2026-05")],
    [I("#ETH|Ethiopian National Defense Force|ENDF", "attacked", "al-Shabaab",
       "'repelled the assault and killed' is defensive; 'would keep fighting' is future"),
     I("#ETH|Addis Abeba", "threatened", "#ERI|Asmara",
       "a 'thinly veiled threat' is Yemane's characterisation of Ethiopian remarks"),
     I("#ETH|Abiy Ahmed|Abiy", "invaded", "#ERI", "negated: 'has no intention to invade Eritrea'"),
     I("Abiy Ahmed|Abiy|#ETH", "visited", "Djibouti City|#DJI", "venue-only: 'met Abiy in Djibouti City'"),
     I(HSM + "|#SOM", "visited", "Bahir Dar", "'is expected to travel on Thursday': speculative"),
     I("Ismail Omar Guelleh|Guelleh|#DJI", "supplied", "#ETH", "an offered port stake, no deal yet"),
     I("#ERI|#EGY|#SOM", "threatened", "#ETH", "'an attempt to encircle it' is Addis Abeba's view of the pact")])

GRUNDBERG = "Hans Grundberg|Grundberg|UN|United Nations"
ALBUSAIDI = "Sayyid Badr Albusaidi|Badr Albusaidi|Albusaidi"
ABDULSALAM = "Mohammed Abdulsalam|Abdulsalam"
TREASURY = "US Treasury Department|Treasury Department|US Treasury|#USA|Washington"
MYMIL = "junta|Myanmar military|#MMR|regime|Myanmar junta|military regime"
doc("articles/a3-gulf-thenational", "2026-02-19",
    "Yemen prisoner talks open in Muscat as Houthis fire missiles at Israel", "The National",
    ["P:Sayyid Badr Albusaidi|Badr Albusaidi|Albusaidi@OMN", "P:Hans Grundberg|Grundberg@SWE",
     "P:Mohammed Abdulsalam|Abdulsalam@YEM", "P:Abdulqawi Al Sharafi|Al Sharafi@YEM",
     "P:Abdulmalik Al Ajri|Al Ajri@YEM", "P:Abdullah bin Zayed|Sheikh Abdullah bin Zayed@ARE",
     "P:Hamad bin Isa Al Khalifa|King Hamad@BHR", "P:Abdullatif Al Zayani|Al Zayani@BHR",
     "P:Esmaeil Baghaei|Baghaei@IRN", "P:Nadia Al Harthy|Al Harthy@OMN",
     "S:YEM", "S:OMN|Muscat", "S:ISR", "S:SAU|Riyadh", "S:ARE|UAE", "S:BHR", "S:IRN", "S:USA|Washington",
     "O:Houthis|Houthi rebels|Houthi|Ansar Allah", "O:UN|United Nations", "O:Oman News Agency",
     "O:Israeli military|Israel Defense Forces|IDF", "O:Al Masirah", "O:Emirates News Agency|Wam",
     "O:Iran's Foreign Ministry|Foreign Ministry of Iran|Iranian Foreign Ministry",
     "O:US Treasury Department|Treasury Department|US Treasury",
     "O:Al Sahm General Trading", "O:Blue Dune Logistics", "O:Gulf Security Forum",
     "O:Yemen's central bank|Central Bank of Yemen",
     "L:Muscat@OMN", "L:Al Bustan Palace@OMN", "L:Negev@ISR", "L:Hodeidah@YEM", "L:Aden@YEM",
     "L:Manama@BHR", "L:Washington@USA"],
    ["Kamal Fares", "Gulf Briefing"],
    [F("#YEM|Yemen's internationally recognised government|government delegation", "met", "Houthis|Houthi rebels",
       "2026-02-18"),
     F(GRUNDBERG, "visited", "Muscat|#OMN", "2026-02-16"),
     F(GRUNDBERG, "met", ALBUSAIDI + "|#OMN", "2026-02-17"),
     F(GRUNDBERG, "met", ABDULSALAM + "|Houthis", "2026-02-17", 1),
     F(GRUNDBERG, "met", "Abdulqawi Al Sharafi|Al Sharafi|#YEM", "2026-02-17", 1),
     F(ALBUSAIDI + "|#OMN", "met", ABDULSALAM + "|Houthis", "2026-02-17"),
     F("Houthis|Houthi rebels", "attacked", "#ISR", "2026-02-17", 1),
     F("#ISR|Israeli jets|Israeli military", "attacked", "Houthis|Hodeidah", "2026-02-18"),
     F("Abdulmalik Al Ajri|Al Ajri|Houthis", "warned", "#ISR", "2026-02-18", 1),
     F("government delegation|#YEM", "criticized", "Houthis|Houthi rebels", "2026-02-18", 1),
     F("government delegation|#YEM", "criticized", "#ISR", "2026-02-18", 1),
     F("#SAU|Riyadh", "supplied", "Yemen's central bank|Central Bank of Yemen|#YEM|Aden", "2026-01"),
     F("Abdullah bin Zayed|#ARE", "visited", "Manama|#BHR", "2026-02-18"),
     F("Abdullah bin Zayed|#ARE", "met", "Hamad bin Isa Al Khalifa|King Hamad|#BHR", "2026-02-18"),
     F("#ARE|UAE|Abdullah bin Zayed", "agreed", "#BHR|Hamad bin Isa Al Khalifa", "2026-02-18"),
     F("Abdullatif Al Zayani|Al Zayani|#BHR", "criticized", "#IRN", "2026-02-18"),
     F(TREASURY, "sanctioned", "Al Sahm General Trading", "2026-02-13"),
     F(TREASURY, "sanctioned", "Blue Dune Logistics", "2026-02-13"),
     F(TREASURY, "accused", "Al Sahm General Trading", "2026-02-13"),
     F(TREASURY, "accused", "Blue Dune Logistics", "2026-02-13"),
     F("Al Sahm General Trading", "supplied", "Houthis", by="US Treasury Department"),
     F("Blue Dune Logistics", "supplied", "Houthis", by="US Treasury Department")],
    [I(ALBUSAIDI + "|#OMN", "met", "#YEM|government delegation",
       "opening a round between the parties is hosting; no meeting with the government side stated"),
     I("Esmaeil Baghaei|Baghaei|#IRN", "criticized", "Abdullatif Al Zayani|Al Zayani|#BHR",
       "'dismissed the remarks as baseless' is a rebuttal"),
     I("Abdulmalik Al Ajri|Al Ajri|Houthis", "threatened", "#ISR",
       "'every aggression will be met with a response' can be read as a threat"),
     I("#SAU|Saudi officials|Riyadh", "urged", "government delegation|#YEM",
       "'are understood to have encouraged': unsourced, hedged"),
     I("#ISR|Israeli jets", "attacked", "#YEM", "dup guard: strikes on Houthi depots in Hodeidah"),
     I("Al Sahm General Trading|Blue Dune Logistics", "supplied", "#YEM",
       "dup guard: the recipient is the Houthis"),
     I("#ARE|UAE", "supplied", "Houthis", "the firms are UAE-registered; the UAE is not the supplier"),
     I("#USA|Washington", "supplied", "#ARE|UAE", "'information provided by Washington' is not goods or aid")])

doc("articles/a4-myanmar-irrawaddy", "2026-08-27",
    "ASEAN Envoy Meets Min Aung Hlaing as Junta Jets Pound Rakhine", "The Irrawaddy",
    ["P:Carmelita Ocampo-Reyes|Ocampo-Reyes@PHL", "P:Min Aung Hlaing|Senior General Min Aung Hlaing@MMR",
     "P:Aung San Suu Kyi|Daw Aung San Suu Kyi@MMR", "P:Sihasak Phuangketkeow|Sihasak@THA",
     "P:Mohamad Hasan@MYS", "P:Nay Phone Latt|U Nay Phone Latt@MMR", "P:Khin Mar Thwe|Dr. Khin Mar Thwe@MMR",
     "S:MMR|Naypyitaw", "S:PHL", "S:RUS|Moscow", "S:BLR", "S:THA", "S:MYS",
     "O:ASEAN|Association of Southeast Asian Nations", "O:The Irrawaddy|Irrawaddy",
     "O:The Global New Light of Myanmar|Global New Light of Myanmar",
     "O:Myanmar military|junta|Tatmadaw|regime", "O:Arakan Army|AA",
     "O:UN human rights office|OHCHR|Office of the United Nations High Commissioner for Human Rights",
     "O:Karenni Nationalities Defense Force|KNDF", "O:Myanmar Air Force", "O:Myanmar Arms Watch",
     "O:National Unity Government|NUG", "O:Institute for Strategy and Policy - Myanmar|Institute for Strategy and Policy",
     "L:Naypyitaw|Naypyidaw|Nay Pyi Taw@MMR", "L:Kyauktaw Township|Kyauktaw@MMR", "L:Rakhine State|Rakhine@MMR",
     "L:Sittwe@MMR", "L:Loikaw@MMR", "L:Meiktila@MMR", "L:Bangkok@THA", "L:Geneva@CHE", "L:Moscow@RUS"],
    ["Kachin Independence Army", "Mae Sot"],
    [F("Carmelita Ocampo-Reyes|Ocampo-Reyes|ASEAN", "visited", "Naypyitaw|#MMR", "2026-08-24", 1),
     F("Carmelita Ocampo-Reyes|Ocampo-Reyes|ASEAN", "met", "Min Aung Hlaing|#MMR|junta", "2026-08-25"),
     F("Min Aung Hlaing|#MMR|junta", "urged", "ASEAN", "2026-08-25"),
     F(MYMIL + "|Myanmar Air Force", "attacked", "Kyauktaw Township|Kyauktaw|Rakhine State", "2026-08-25",
       by="Arakan Army"),
     F("Arakan Army|AA", "accused", MYMIL),
     F("UN human rights office|OHCHR", "criticized", MYMIL, "2026-08-26"),
     F("Arakan Army|AA", "attacked", MYMIL + "|Sittwe", "2026-08"),
     F("Karenni Nationalities Defense Force|KNDF", "attacked", MYMIL + "|Loikaw", "2026-08-23"),
     F("#RUS|Moscow", "supplied", "Myanmar Air Force|" + MYMIL, "2026-07", by="Myanmar Arms Watch"),
     F(MYMIL, "cooperated", "#BLR"),
     F("Carmelita Ocampo-Reyes|Ocampo-Reyes|ASEAN", "visited", "Bangkok|#THA", "2026-08-21"),
     F("Carmelita Ocampo-Reyes|Ocampo-Reyes|ASEAN", "met", "Sihasak Phuangketkeow|Sihasak|#THA", "2026-08-21"),
     F("Mohamad Hasan|#MYS", "warned", MYMIL, "2026-08-26"),
     F("National Unity Government|NUG|Nay Phone Latt", "criticized", "Carmelita Ocampo-Reyes|Ocampo-Reyes|ASEAN")],
    [I("Carmelita Ocampo-Reyes|Ocampo-Reyes|ASEAN", "met", "Aung San Suu Kyi",
       "negated: the regime refused the request"),
     I("#BLR", "visited", "Naypyitaw|#MMR", "'whose defense minister visited Naypyitaw in March': unnamed official"),
     I("Min Aung Hlaing|#MMR", "visited", "Moscow|#RUS", "'is due to travel to Moscow': speculative"),
     I("Mohamad Hasan|#MYS", "criticized", MYMIL, "the 'fig leaf for more bombing' remark is also a rebuke"),
     I("Nay Phone Latt|National Unity Government|NUG", "urged", "Carmelita Ocampo-Reyes|Ocampo-Reyes",
       "'should have met' is a reproach, not a request"),
     I("#THA|Sihasak Phuangketkeow", "supplied", "#MMR", "corridor expansion is conditional: speculative"),
     I("Carmelita Ocampo-Reyes|Ocampo-Reyes|ASEAN", "urged", MYMIL,
       "'asked again to meet' Suu Kyi: a request whose addressee is implied, and it was refused")])

ABLAKWA = "Samuel Okudzeto Ablakwa|Ablakwa|#GHA"
ADOM = "Léon Kacou Adom|Adom|#CIV"
DUSSEY = "Robert Dussey|Dussey|#TGO"
doc("articles/a5-gulfofguinea-graphic", "2026-10-08",
    "Ghana, Côte d'Ivoire, Togo sign maritime security pact after tanker hijack", "Graphic Online",
    ["P:Samuel Okudzeto Ablakwa|Ablakwa@GHA", "P:Léon Kacou Adom|Adom@CIV", "P:Robert Dussey|Dussey@TGO",
     "P:John Dramani Mahama|Mahama@GHA", "P:Faure Gnassingbé|Gnassingbé@TGO", "P:Anne-Sophie Mercier|Mercier@FRA",
     "P:Alassane Ouattara|Ouattara@CIV", "P:Adwoa Mensah-Boateng|Mensah-Boateng@GHA",
     "S:GHA", "S:CIV", "S:TGO", "S:NGA|Abuja", "S:BEN", "S:BFA", "S:FRA", "S:USA",
     "O:Graphic Online", "O:Ivorian Navy", "O:Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "O:al-Qaeda|al Qaeda",
     "O:Economic Community of West African States|ECOWAS", "O:Ghana Navy", "O:US Embassy in Accra|US Embassy",
     "O:Kofi Annan International Peacekeeping Training Centre|KAIPTC", "O:Nigerian Navy",
     "O:Nigeria's Ministry of Foreign Affairs|Ministry of Foreign Affairs of Nigeria",
     "O:International Maritime Organization|IMO", "O:Interregional Coordination Centre",
     "L:Accra@GHA", "L:Gulf of Guinea@GHA,CIV,TGO,BEN,NGA,CMR", "L:Takoradi@GHA", "L:Abidjan@CIV",
     "L:Savanes@TGO", "L:Lomé|Lome@TGO", "L:Sekondi Naval Base|Sekondi@GHA",
     "L:Locodjro naval base|Locodjro@CIV", "L:Niger Delta@NGA", "L:Yaoundé|Yaounde@CMR"],
    ["Efua Ansah-Mensah", "Cookie settings"],
    [F(ABLAKWA, "met", ADOM, "2026-10-06"),
     F(ABLAKWA, "met", DUSSEY, "2026-10-06"),
     F(ABLAKWA, "agreed", ADOM, "2026-10-06"),
     F(ABLAKWA, "agreed", DUSSEY, "2026-10-06"),
     F(ADOM, "agreed", DUSSEY, "2026-10-06"),
     F(ABLAKWA, "urged", "#NGA|Abuja", "2026-10-06"),
     F(ABLAKWA, "urged", "#BEN", "2026-10-06"),
     F(DUSSEY, "warned", "Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "2026-10-06"),
     F("Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "attacked", "#TGO|Savanes", "2026-10-01", 3),
     F("#GHA", "cooperated", "#BFA"),
     F("John Dramani Mahama|Mahama", "met", "Faure Gnassingbé|Gnassingbé", "2026-09"),
     F("#FRA", "supplied", "Ghana Navy|#GHA", "2026-10-05"),
     F("#USA|US Embassy in Accra", "supplied", "#GHA"),
     F("Alassane Ouattara|Ouattara|#CIV", "visited", "Locodjro naval base|Locodjro", "2026-10-04")],
    [I(ADOM, "met", DUSSEY, "both were Ablakwa's guests; a meeting between the two is implied"),
     I(ADOM, "visited", "Accra|#GHA", "venue-only: 'hosted ... in Accra'"),
     I(DUSSEY, "visited", "Accra|#GHA", "venue-only: 'hosted ... in Accra'"),
     I("John Dramani Mahama|Mahama|#GHA", "visited", "Lomé|#TGO", "venue-only: 'met ... in Lomé'"),
     I("Jama'at Nusrat al-Islam wal-Muslimin|JNIM", "threatened", "#TGO",
       "Dussey's view that the group seeks an outlet to the sea"),
     I("#NGA|Nigeria's Ministry of Foreign Affairs", "agreed", "#GHA", "'would study the proposal': no commitment")])

doc("articles/a6-essequibo-stabroeknews", "2026-05-22",
    "Three GDF soldiers wounded in Cuyuni ambush, Georgetown blames Venezuelan-based gang", "Stabroek News",
    ["P:Irfaan Ali|Ali|President Ali@GUY", "P:Vladimir Padrino López|Padrino López|Padrino@VEN",
     "P:Hugh Todd|Todd@GUY", "P:Mark Ellison|Ellison@USA", "P:Jane Miller|Miller@GBR",
     "P:Azruddin Mohamed|Mohamed@GUY", "P:Keisha Rambarran|Rambarran@GUY", "P:Omar Khan|Brigadier Omar Khan@GUY",
     "S:GUY|Georgetown", "S:VEN|Caracas", "S:USA|Washington", "S:GBR",
     "O:Stabroek News", "O:Guyana Defence Force|GDF", "O:Ministry of Foreign Affairs", "O:Los Cuyuneros",
     "O:Venezuela's Foreign Ministry|Venezuelan Foreign Ministry|Foreign Ministry of Venezuela",
     "O:US Southern Command|Southern Command|SOUTHCOM", "O:Caribbean Community|CARICOM",
     "O:International Court of Justice|ICJ", "O:National Assembly", "O:University of Guyana",
     "L:Cuyuni River|Cuyuni@GUY,VEN", "L:Eteringbang@GUY", "L:Georgetown@GUY", "L:Bolívar state|Bolivar@VEN",
     "L:Camp Ayanganna@GUY", "L:Caracas@VEN", "L:Essequibo|Guayana Esequiba@GUY", "L:Ankoko Island@GUY,VEN",
     "L:Makapa@GUY"],
    ["Jagdeo", "#SUR", "TotalEnergies"],
    [F("Los Cuyuneros", "attacked", "Guyana Defence Force|GDF|#GUY", "2026-05-20", by="Ministry of Foreign Affairs"),
     F("Ministry of Foreign Affairs|#GUY|Georgetown", "accused", "#VEN|Caracas", "2026-05-21"),
     F("Irfaan Ali|Ali", "visited", "Camp Ayanganna", "2026-05-21"),
     F("Irfaan Ali|Ali|#GUY", "urged", "#VEN|Caracas", "2026-05-21"),
     F("Venezuela's Foreign Ministry|#VEN|Caracas", "accused", "#GUY|Georgetown"),
     F("Vladimir Padrino López|Padrino López|#VEN", "threatened", "#GUY"),
     F("US Southern Command|Southern Command|#USA", "supplied", "Guyana Defence Force|GDF|#GUY", "2026-03"),
     F("#USA|Washington", "agreed", "#GUY|Georgetown", "2026-04"),
     F("#GUY|Georgetown", "cooperated", "#USA|Washington"),
     F("Hugh Todd|Todd|#GUY", "met", "Mark Ellison|Ellison|#USA", "2026-05-21"),
     F("Hugh Todd|Todd|#GUY", "met", "Jane Miller|Miller|#GBR", "2026-05-21"),
     F("Caribbean Community|CARICOM", "urged", "#VEN"),
     F("#GUY", "agreed", "#VEN", "2023-12"),
     F("#VEN|Venezuelan troops", "invaded", "Ankoko Island"),
     F("Azruddin Mohamed|Mohamed", "criticized", "Irfaan Ali|Ali|Ali administration")],
    [I("Caribbean Community|CARICOM", "criticized", "Los Cuyuneros|#VEN",
       "'condemned a cowardly attack': the attacker is not named in the condemnation"),
     I("Venezuela's Foreign Ministry|#VEN", "criticized", "#GUY|Ministry of Foreign Affairs",
       "'rejected the accusation' is a rebuttal"),
     I("Omar Khan|Brigadier Omar Khan", "visited", "Eteringbang", "'visited the area': place implied"),
     I("#VEN|Caracas", "supplied", "Los Cuyuneros", "'tolerating and sheltering' is not supply"),
     I("#USA", "invaded", "Essequibo", "'presence of foreign troops' is Venezuela's accusation, not an occupation"),
     I("Irfaan Ali|Ali|#GUY", "accused", "#VEN|Caracas",
       "'stop allowing its territory to be used to attack our soldiers' is an implied charge inside a request")])

# ---------------------------------------------------------------------------------------------
# government and intergovernmental documents
# ---------------------------------------------------------------------------------------------

OFAC = "Office of Foreign Assets Control|OFAC|Department of the Treasury|Treasury|#USA"
ROTARU = "Vadim Rotaru|Rotaru"
doc("govdocs/g1-ofac-moldova", "2026-07-14",
    "Treasury Sanctions Russia-Backed Network Working to Destabilize Moldova", "U.S. Department of the Treasury",
    ["P:John K. Hurley|John Hurley|Hurley@USA", "P:Vadim Rotaru|Rotaru@MDA,RUS", "P:Sergei Malkov|Malkov@RUS",
     "P:Irina Volkova|Volkova@RUS", "P:Andrei Cebotari|Cebotari@MDA", "P:Maia Sandu|Sandu@MDA",
     "S:USA|Washington", "S:MDA|Chisinau", "S:RUS|Kremlin|Moscow", "S:GBR", "S:CAN", "S:ARE", "S:BLR",
     "O:Department of the Treasury|Treasury|U.S. Department of the Treasury",
     "O:Office of Foreign Assets Control|OFAC", "O:Federal Security Service|FSB",
     "O:Nistru Capital LLC|Nistru Capital", "O:Tiras Logistics FZE|Tiras Logistics",
     "O:Bessarabia Media Group|Bessarabia Media", "O:Moldova Suverana", "O:Central Electoral Commission",
     "O:Intelligence and Security Service|SIS", "O:European Union|EU",
     "L:Washington@USA", "L:Transnistria@MDA", "L:Tiraspol@MDA", "L:Chisinau@MDA", "L:Comrat@MDA",
     "L:Gagauz autonomous region|Gagauzia@MDA", "L:Sharjah@ARE", "L:Moscow@RUS"],
    [],
    [F(OFAC, "sanctioned", ROTARU, "2026-07-14"),
     F(OFAC, "sanctioned", "Sergei Malkov|Malkov", "2026-07-14"),
     F(OFAC, "sanctioned", "Irina Volkova|Volkova", "2026-07-14"),
     F(OFAC, "sanctioned", "Andrei Cebotari|Cebotari", "2026-07-14"),
     F(OFAC, "sanctioned", "Nistru Capital LLC|Nistru Capital", "2026-07-14"),
     F(OFAC, "sanctioned", "Tiras Logistics FZE|Tiras Logistics", "2026-07-14"),
     F(OFAC, "sanctioned", "Bessarabia Media Group|Bessarabia Media", "2026-07-14"),
     F("#GBR", "sanctioned", ROTARU, "2026-07-14"),
     F("#CAN", "sanctioned", ROTARU, "2026-07-14"),
     F("Federal Security Service|FSB|#RUS", "supplied", ROTARU),
     F("Sergei Malkov|Malkov", "supplied", ROTARU),
     F(ROTARU, "supplied", "Moldova Suverana"),
     F("#USA", "supplied", "#MDA"),
     F("#USA|Treasury", "cooperated", "#MDA|Chisinau")],
    [I("John K. Hurley|Hurley|Treasury|#USA", "accused", "#RUS|Kremlin",
       "quote: 'The Kremlin continues to use illicit finance' - an own-voice charge, arguably accused"),
     I("John K. Hurley|Hurley|Treasury|#USA", "criticized", "#RUS|Kremlin", "same quote, arguably criticism"),
     I("#RUS", "attacked", "Central Electoral Commission|#MDA",
       "cyberattacks in a background list of interference; not use of force"),
     I("Sergei Malkov|Malkov", "urged", ROTARU, "'directed him to recruit' is an order"),
     I("Tiras Logistics FZE|Tiras Logistics|Nistru Capital LLC|Nistru Capital", "supplied", "Moldova Suverana",
       "the firms were vehicles of Rotaru's transfers"),
     I("Bessarabia Media Group|Bessarabia Media|Irina Volkova", "criticized", "Maia Sandu|European Union",
       "spreading disinformation about Sandu is not a stated criticism"),
     I("#GBR|#CAN", "cooperated", "#USA", "'in close coordination with' the UK and Canada - arguably cooperation")])

HUTAPEA = "Rizal Hutapea|Hutapea|#IDN|Ministry of Foreign Affairs"
doc("govdocs/g2-kemlu-briefing", "2026-09-17",
    "Transcript of the Weekly Press Briefing by the Spokesperson, 17 September 2026",
    "Ministry of Foreign Affairs of the Republic of Indonesia",
    ["P:Rizal Hutapea|Hutapea@IDN", "P:Sugiono|Minister Sugiono@IDN",
     "P:Kay Rala Xanana Gusmão|Xanana Gusmão|Xanana Gusmao|Xanana@TLS",
     "P:Bendito dos Santos Freitas|Bendito Freitas@TLS", "P:Prabowo Subianto|Prabowo@IDN",
     "S:IDN", "S:TLS", "S:ISR", "S:VUT", "S:MMR|Naypyitaw", "S:MYS",
     "O:Ministry of Foreign Affairs of the Republic of Indonesia|Ministry of Foreign Affairs",
     "O:ASEAN", "O:Jordan Hashemite Charity Organization", "O:UNRWA", "O:Kompas", "O:Antara", "O:Reuters",
     "O:Tempo", "O:Jakarta Post|The Jakarta Post", "O:UN Security Council|United Nations Security Council",
     "O:UN General Assembly|United Nations General Assembly", "O:Myanmar military",
     "L:Jakarta@IDN", "L:Dili@TLS", "L:Noel Besi-Citrana@IDN,TLS", "L:Bidjael Sunan-Oben@IDN,TLS",
     "L:Gaza@PSE", "L:Khan Younis@PSE", "L:Papua@IDN", "L:Rakhine State@MMR", "L:Ambalat@IDN,MYS",
     "L:Kuala Lumpur@MYS", "L:Moscow@RUS"],
    [],
    [F("Sugiono|#IDN", "visited", "Dili|#TLS", "2026-09-14", 1),
     F("Sugiono|#IDN", "met", "Kay Rala Xanana Gusmão|Xanana Gusmão|Xanana", "2026-09-14", 1),
     F("Sugiono|#IDN", "met", "Bendito dos Santos Freitas|Bendito Freitas|#TLS", "2026-09-14", 1),
     F("Sugiono|#IDN", "agreed", "Bendito dos Santos Freitas|Bendito Freitas|#TLS", "2026-09-14", 1),
     F("#IDN", "cooperated", "#TLS", "2026-09-14", 1),
     F("#IDN", "supplied", "Gaza", "2026-09-14"),
     F("#ISR", "attacked", "Khan Younis", "2026-09-15"),
     F(HUTAPEA, "criticized", "#ISR", "2026-09-17"),
     F(HUTAPEA, "urged", "UN Security Council|United Nations Security Council", "2026-09-17"),
     F(HUTAPEA, "criticized", "#VUT", "2026-09-17"),
     F(HUTAPEA, "urged", "Myanmar military|#MMR|Naypyitaw", "2026-09-17"),
     F("#IDN", "cooperated", "#MYS"),
     F("#IDN", "agreed", "#MYS", "2026-06")],
    [I("#IDN", "supplied", "Jordan Hashemite Charity Organization|UNRWA", "channel of the aid; recipient is Gaza"),
     I("Prabowo Subianto|Prabowo|#IDN", "visited", "Moscow|#RUS", "asked in a question; nothing announced"),
     I("Myanmar military|#MMR", "attacked", "Rakhine State",
       "airstrikes relayed in a question; the answer speaks only of escalation and attacks on civilians"),
     I(HUTAPEA, "accused", "#VUT", "'interfering ... spreading misleading information' is also a charge"),
     I(HUTAPEA, "accused", "#ISR", "'a grave violation of international humanitarian law' is also a charge"),
     I("#VUT", "criticized", "#IDN", "Vanuatu's expected remarks at the UNGA: speculative")])

WONG = "Penny Wong|Wong|#AUS"
doc("govdocs/g3-dfat-pacific-visit", "2026-03-05", "Visit to Solomon Islands and Vanuatu",
    "Minister for Foreign Affairs (Australia)",
    ["P:Penny Wong|Wong@AUS", "P:Jeremiah Manele|Manele@SLB", "P:Peter Shanel Agovaka|Agovaka@SLB",
     "P:Jotham Napat|Napat@VUT", "P:Marc Ati|Ati@VUT", "P:Baron Waqa|Waqa@NRU", "P:Albanese|Anthony Albanese@AUS",
     "S:AUS", "S:SLB", "S:VUT", "S:NRU",
     "O:Royal Solomon Islands Police Force|RSIPF", "O:Pacific Islands Forum|PIF",
     "O:Australian Signals Directorate|ASD", "O:Black Reef",
     "L:Honiara@SLB", "L:Port Vila@VUT"],
    [],
    [F(WONG, "visited", "Honiara|#SLB", "2026-03-03"),
     F(WONG, "visited", "Port Vila|#VUT", "2026-03-04"),
     F(WONG, "met", "Jeremiah Manele|Manele|#SLB", "2026-03-03"),
     F(WONG, "met", "Peter Shanel Agovaka|Agovaka", "2026-03-03"),
     F(WONG, "met", "Jotham Napat|Napat|#VUT", "2026-03-04"),
     F(WONG, "met", "Marc Ati|Ati", "2026-03-04"),
     F(WONG, "met", "Baron Waqa|Waqa|Pacific Islands Forum", "2026-03-04"),
     F(WONG, "agreed", "Jeremiah Manele|Manele|#SLB", "2026-03-03"),
     F(WONG, "agreed", "Jotham Napat|Napat|#VUT", "2026-03-04"),
     F("#AUS", "supplied", "Royal Solomon Islands Police Force|RSIPF|#SLB"),
     F("#AUS", "cooperated", "#VUT"),
     F("#AUS|Penny Wong|Wong", "criticized", "Black Reef", "2026-03-05")],
    [I("#AUS|Australian Signals Directorate", "supplied", "#VUT|Port Vila",
       "ASD team and Australian-funded police headquarters: implied aid"),
     I("Black Reef", "attacked", "#VUT", "ransomware attack attributed by Vanuatu; a cyberattack, arguably not force"),
     I("#AUS", "urged", "Black Reef", "'urge all states not to provide safe haven' targets no named state")])

ECOWAS = "ECOWAS Authority of Heads of State and Government|ECOWAS|Economic Community of West African States|Authority"
CMSN = "Military Council for National Salvation|CMSN"
JNIM = "JNIM|Jama'at Nusrat al-Islam wal-Muslimin"
doc("govdocs/g4-ecowas-communique", "2026-11-22",
    "Final Communiqué, Extraordinary Summit of the ECOWAS Authority of Heads of State and Government",
    "ECOWAS Commission",
    ["P:Julius Maada Bio|Maada Bio@SLE", "P:Bola Ahmed Tinubu|Tinubu@NGA",
     "S:NGA", "S:SLE", "S:GNB", "S:BEN", "S:GHA", "S:CIV", "S:BFA", "S:TGO",
     "O:Economic Community of West African States|ECOWAS",
     "O:ECOWAS Authority of Heads of State and Government|Authority", "O:ECOWAS Commission",
     "O:Military Council for National Salvation|CMSN", "O:Jama'at Nusrat al-Islam wal-Muslimin|JNIM",
     "O:Benin Armed Forces", "O:Alliance of Sahel States|AES", "O:European Union|EU", "O:ECOWAS Standby Force",
     "L:Abuja@NGA", "L:Bissau@GNB", "L:Kalalé|Kalale@BEN", "L:Borgou@BEN", "L:Abidjan@CIV",
     "L:Takoradi@GHA", "L:Gulf of Guinea@GHA,CIV,TGO,BEN,NGA"],
    [],
    [F("ECOWAS Commission|ECOWAS", "visited", "Bissau|#GNB", "2026-11-12"),
     F("ECOWAS Commission|ECOWAS", "met", CMSN, "2026-11-12"),
     F(JNIM, "attacked", "Kalalé|#BEN|Benin Armed Forces", "2026-11-16"),
     F(ECOWAS, "criticized", JNIM, "2026-11-21", 1),
     F("#NGA", "supplied", "Benin Armed Forces|#BEN"),
     F("#GHA", "supplied", "Benin Armed Forces|#BEN"),
     F("#CIV", "agreed", "#BFA", "2026-11-14"),
     F(ECOWAS, "urged", "Alliance of Sahel States|AES", "2026-11-21", 1),
     F("European Union|EU", "supplied", "ECOWAS Standby Force|ECOWAS"),
     F(ECOWAS, "criticized", CMSN, "2026-11-21", 1),
     F(ECOWAS, "warned", CMSN, "2026-11-21", 1),
     F(ECOWAS, "urged", CMSN, "2026-11-21", 1),
     F(ECOWAS, "sanctioned", CMSN, "2026-11-21", 1)],
    [I(ECOWAS, "sanctioned", "#GNB", "suspension from decision-making bodies (type suspended), not sanctions on the state"),
     I("Alliance of Sahel States|AES", "cooperated", ECOWAS, "urged to strengthen cooperation: requested, not stated"),
     I(ECOWAS, "urged", "#CIV", "'encourages both parties to implement it': a soft request"),
     I(ECOWAS, "urged", "#BFA", "'encourages both parties to implement it': a soft request"),
     I("Bola Ahmed Tinubu|Tinubu|#NGA", "met", "Julius Maada Bio|Maada Bio|#SLE",
       "hosting a summit chaired by Bio; no bilateral meeting stated"),
     I("#GHA", "agreed", "#CIV", "'congratulates ... on the Accra Declaration': a nominalised background agreement"),
     I("#GHA", "agreed", "#TGO", "'congratulates ... on the Accra Declaration': a nominalised background agreement"),
     I("#CIV", "agreed", "#TGO", "'congratulates ... on the Accra Declaration': a nominalised background agreement")])

CANADA = "#CAN|Anita Anand|Anand|Global Affairs Canada"
RSF = "Rapid Support Forces|RSF"
doc("govdocs/g5-gac-sudan-sanctions", "2026-01-29",
    "Canada imposes sanctions on individuals and entities fuelling the conflict in Sudan", "Global Affairs Canada",
    ["P:Anita Anand|Anand|Minister Anand@CAN", "P:Hamdan Issa Jumaa@SDN", "P:Tariq Osman Kafi@SDN",
     "P:Idris Al-Nour Abbakar@SDN", "P:Salah Eldin Mekki@SDN", "P:Kamil Idris@SDN",
     "S:CAN", "S:SDN", "S:GBR", "S:TCD", "S:SSD",
     "O:Global Affairs Canada", "O:Sudanese Armed Forces|SAF", "O:Rapid Support Forces|RSF",
     "O:Red Sands Mining Company", "O:Al-Manara Aviation Services",
     "O:UN Panel of Experts on Sudan|Panel of Experts", "O:European Union|EU", "O:African Union|AU",
     "O:Intergovernmental Authority on Development|IGAD",
     "L:Ottawa@CAN", "L:Darfur@SDN", "L:Kordofan@SDN", "L:El Obeid@SDN", "L:Gezira State|Gezira@SDN"],
    ["Twitter", "@CanadaFP", "Media Relations Office"],
    [F(CANADA, "sanctioned", "Hamdan Issa Jumaa", "2026-01-29"),
     F(CANADA, "sanctioned", "Tariq Osman Kafi", "2026-01-29"),
     F(CANADA, "sanctioned", "Idris Al-Nour Abbakar", "2026-01-29"),
     F(CANADA, "sanctioned", "Salah Eldin Mekki", "2026-01-29"),
     F(CANADA, "sanctioned", "Red Sands Mining Company", "2026-01-29"),
     F(CANADA, "sanctioned", "Al-Manara Aviation Services", "2026-01-29"),
     F(RSF, "attacked", "El Obeid", "2025-12"),
     F("Al-Manara Aviation Services", "supplied", RSF, "2025", by="UN Panel of Experts on Sudan"),
     F("Idris Al-Nour Abbakar", "supplied", RSF),
     F("Salah Eldin Mekki", "supplied", RSF),
     F(CANADA, "criticized", RSF, "2026-01-29"),
     F(CANADA, "urged", "Sudanese Armed Forces|SAF", "2026-01-29"),
     F(CANADA, "urged", RSF, "2026-01-29"),
     F("#CAN", "cooperated", "#GBR"),
     F("#CAN", "cooperated", "European Union|EU"),
     F("#CAN", "supplied", "#SDN"),
     F("#CAN", "supplied", "#TCD"),
     F("#CAN", "supplied", "#SSD"),
     F("Anita Anand|Anand|#CAN", "met", "Kamil Idris|#SDN", "2026-01-22", 3)],
    [I("Red Sands Mining Company", "supplied", RSF, "'generates revenue for the RSF': arguably supplies money"),
     I("#CAN|Anita Anand", "criticized", "Sudanese Armed Forces|SAF",
       "condemns abuses by forces aligned with the SAF, not the SAF itself"),
     I("#GBR", "sanctioned", "Hamdan Issa Jumaa|Tariq Osman Kafi|Idris Al-Nour Abbakar|Salah Eldin Mekki|"
       "Red Sands Mining Company|Al-Manara Aviation Services",
       "'similar measures on several of these individuals': targets unspecified"),
     I("European Union|EU", "sanctioned", "Hamdan Issa Jumaa|Tariq Osman Kafi|Idris Al-Nour Abbakar|Salah Eldin Mekki|"
       "Red Sands Mining Company|Al-Manara Aviation Services",
       "'similar measures on several of these individuals': targets unspecified"),
     I("#TCD", "supplied", RSF, "weapons flown from Chad by Al-Manara; Chad is the origin, not the supplier"),
     I("Kamil Idris|#SDN", "visited", "Ottawa|#CAN", "venue-only: 'met ... in Ottawa'"),
     I("#CAN", "cooperated", "African Union|Intergovernmental Authority on Development|IGAD",
       "'will continue to work with': future"),
     I("Hamdan Issa Jumaa", "attacked", "El Obeid", "he 'led the assault' - the attack is the RSF's; arguably his")])

# ---------------------------------------------------------------------------------------------
# wire sentences
# ---------------------------------------------------------------------------------------------

doc("sentences/s01", "2026-03-10", "CHISINAU, March 10 (LETA)", "LETA",
    ["P:Baiba Braže|Braže|Baiba Braze@LVA", "P:Maia Sandu|Sandu@MDA", "S:LVA|Riga", "S:MDA",
     "L:Chisinau@MDA", "O:LETA", "O:EU|European Union"],
    [],
    [F("Baiba Braže|Braže|#LVA", "visited", "Chisinau|#MDA", "2026-03-10"),
     F("Baiba Braže|Braže|#LVA", "met", "Maia Sandu|Sandu|#MDA", "2026-03-10")],
    [I("#LVA|Riga", "supplied", "#MDA", "'pledging Riga's continued support' is political support, not supply")])

doc("sentences/s02", "2026-04-22", "TUNIS, April 22 (TAP)", "TAP",
    ["S:TUN", "S:DZA", "L:Tunis@TUN", "L:Algiers@DZA", "O:TAP|Tunis Afrique Presse",
     "O:Tunisian Ministry of Foreign Affairs"],
    [],
    [F("#TUN", "agreed", "#DZA", "2026-04-22")],
    [I("#TUN", "cooperated", "#DZA", "joint patrols and intelligence sharing are the agreement's content"),
     I("#TUN", "visited", "Algiers|#DZA", "venue-only: 'signed ... in Algiers'")])

doc("sentences/s03", "2026-07-03", "MAPUTO, July 3 (Lusa)", "Lusa",
    ["O:Lusa", "O:Islamic State Mozambique Province", "O:Rwanda Defence Force",
     "O:Mozambique's defence ministry|Ministry of National Defence", "S:MOZ", "S:RWA",
     "L:Maputo@MOZ", "L:Mocímboa da Praia|Mocimboa da Praia@MOZ", "L:Cabo Delgado@MOZ"],
    [],
    [F("Islamic State Mozambique Province", "attacked", "Mocímboa da Praia|#MOZ", "2026-07-03", 1)],
    [I("#RWA|Rwanda Defence Force|Rwandan troops", "attacked", "Islamic State Mozambique Province",
       "negated: 'were not involved in the fighting'")])

doc("sentences/s04", "2026-02-06", "LIMA, Feb 6 (Andina)", "Andina",
    ["O:Andina", "O:Peru's Foreign Ministry|Foreign Ministry of Peru", "O:Chilean Navy", "S:PER", "S:CHL|Santiago",
     "L:Lima@PER", "L:Tacna@PER"],
    [],
    [F("Peru's Foreign Ministry|#PER", "criticized", "#CHL|Chilean Navy|Santiago", "2026-02-05"),
     F("Peru's Foreign Ministry|#PER", "urged", "#CHL|Santiago|Chilean Navy", "2026-02-05")],
    [I("#CHL|Chilean Navy", "attacked", "#PER", "detention of fishermen is not use of force")])

doc("sentences/s05", "2026-11-13", "ANTANANARIVO, Nov 13 (AFP)", "AFP",
    ["O:AFP|Agence France-Presse", "O:World Food Programme|WFP", "O:French embassy", "O:UN|United Nations",
     "S:FRA", "S:MDG", "L:Antananarivo@MDG", "L:Grand Sud@MDG"],
    [],
    [F("#FRA|French embassy", "supplied", "#MDG|southern Madagascar|Grand Sud", "2026-11-13")],
    [I("World Food Programme|WFP|UN", "warned", "Grand Sud|#MDG", "warned of hunger; no actor is warned")])

doc("sentences/s06", "2026-08-04", "KUWAIT CITY, Aug 4 (KUNA)", "KUNA",
    ["P:Abdullah Al-Yahya|Al-Yahya@KWT", "S:KWT", "S:IRN", "S:USA", "O:KUNA|Kuwait News Agency",
     "L:Kuwait City@KWT"],
    [],
    [F("Abdullah Al-Yahya|Al-Yahya|#KWT", "urged", "#IRN", "2026-08-04"),
     F("Abdullah Al-Yahya|Al-Yahya|#KWT", "urged", "#USA", "2026-08-04")],
    [I("Abdullah Al-Yahya|Al-Yahya|#KWT", "warned", "#IRN|#USA", "'would serve no one' warns of escalation, not of a party")])

doc("sentences/s07", "2026-09-29", "BUCHAREST, Sept 29 (Agerpres)", "Agerpres",
    ["O:Agerpres", "O:Romania's Ministry of National Defence|Ministry of National Defence",
     "S:ROU", "S:RUS", "S:UKR", "L:Bucharest@ROU", "L:Izmail@UKR"],
    [],
    [F("Romania's Ministry of National Defence|#ROU", "accused", "#RUS", "2026-09-28"),
     F("#RUS", "attacked", "Izmail|#UKR", "2026-09-28", 1)],
    [I("#RUS", "attacked", "#ROU", "a drone entering Romanian airspace is a violation, not an attack on Romania")])

doc("sentences/s08", "2026-06-19", "SUVA, June 19 (RNZ Pacific)", "RNZ Pacific",
    ["P:Sitiveni Rabuka|Rabuka@FJI", "S:FJI", "S:PNG", "O:RNZ Pacific", "L:Suva@FJI"],
    [],
    [F("#FJI", "agreed", "#PNG", "2026-06-19")],
    [I("#FJI", "cooperated", "#PNG", "'defence cooperation agreement' names the deal"),
     I("#PNG", "visited", "Suva|#FJI", "venue-only: 'signed ... in Suva'")])

doc("sentences/s09", "2026-10-21", "HANOI, Oct 21 (VNA)", "VNA",
    ["P:Ferdinand Marcos Jr.|Marcos|Ferdinand Marcos@PHL", "P:To Lam@VNM", "S:VNM", "S:PHL",
     "O:VNA|Vietnam News Agency", "L:Hanoi@VNM", "L:East Sea@VNM,PHL"],
    [],
    [F("#VNM", "agreed", "#PHL", "2026-10-20"),
     F("#VNM", "cooperated", "#PHL", "2026-10-20"),
     F("Ferdinand Marcos Jr.|Marcos|#PHL", "met", "To Lam|#VNM", "2026-10-20", 1)],
    [I("Ferdinand Marcos Jr.|Marcos|#PHL", "visited", "Hanoi|#VNM", "venue-only: 'held talks ... in Hanoi'")])

doc("sentences/s10", "2026-11-03", "MOGADISHU, Nov 3 (SONNA)", "SONNA",
    ["O:SONNA|Somali National News Agency", "O:Somali National Army|SNA", "O:al-Shabaab|Al Shabaab",
     "O:Ministry of Defence", "S:SOM", "L:Mogadishu@SOM", "L:Jowhar@SOM", "L:Middle Shabelle@SOM"],
    [],
    [F("Somali National Army|#SOM", "attacked", "al-Shabaab|Al Shabaab", "2026-11-03")],
    [])


def main():
    for d in DOCS:
        base = os.path.join(ROOT, d["path"])
        name = os.path.basename(d["path"])
        if not os.path.exists(base + ".txt"):
            raise SystemExit("missing text: " + base + ".txt")
        meta = {"published": d["published"], "title": d["title"], "source": d["source"]}
        gold = {"doc": name + ".txt", "published": d["published"],
                "source": "written for geokg heldout32 (own text, style of %s)" % d["source"],
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

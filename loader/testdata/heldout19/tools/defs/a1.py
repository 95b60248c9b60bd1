from dsl import *
NAME = "a1-lebanon-liveblog-aljazeera"; SUB = "articles"
PUB = "2026-09-15"
TITLE = "LIVE: Israeli raids pound south Lebanon as Egypt's top diplomat heads to Doha"
SOURCE = "Al Jazeera"
ISR = ["iso3:ISR", "Israeli military", "Israeli warplanes"]
KATZ = ["Israel Katz", "Katz", "iso3:ISR"]
HEZ = ["Hezbollah"]
HOUTHI = ["Houthis", "Houthi", "Houthi movement", "Ansar Allah"]
HP = ["Jeanine Hennis-Plasschaert", "Hennis-Plasschaert", "UN Special Coordinator for Lebanon", "United Nations", "UN"]
BAG = ["Esmaeil Baghaei", "Baghaei", "iso3:IRN", "Iranian Foreign Ministry"]
ABD = ["Badr Abdelatty", "Abdelatty", "iso3:EGY"]
MBA = ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani", "iso3:QAT"]
FIDAN = ["Hakan Fidan", "Fidan", "iso3:TUR"]
ABD2 = ["King Abdullah II", "Abdullah II", "King Abdullah", "iso3:JOR"]
AOUN = ["Joseph Aoun", "Aoun", "iso3:LBN"]
ENT = [
    P(["Joseph Aoun", "Aoun"], "LBN"), P(["Emmanuel Macron", "Macron"], "FRA"),
    P(["King Abdullah II", "Abdullah II", "King Abdullah"], "JOR"), P(["Hakan Fidan", "Fidan"], "TUR"),
    P(["Israel Katz", "Katz"], "ISR"), P(["Yahya Saree", "Saree"], "YEM"),
    P(["Jeanine Hennis-Plasschaert", "Hennis-Plasschaert"]), P(["Esmaeil Baghaei", "Baghaei"], "IRN"),
    P(["Badr Abdelatty", "Abdelatty"], "EGY"),
    P(["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"], "QAT"),
    P(["Ali Hashem", "Hashem"]),
    S("LBN"), S("ISR"), S("IRN"), S("USA"), S("YEM"), S("SYR"), S("EGY"), S("QAT"), S("JOR"), S("TUR"), S("FRA"),
    O("Hezbollah"), O("Houthis", "Houthi", "Houthi movement", "Ansar Allah"), O("United Nations", "UN"),
    O("Al Jazeera"), O("National News Agency", "NNA"),
    O("Iranian Foreign Ministry", "Foreign Ministry", "Ministry of Foreign Affairs"),
    L("Paris", "FRA"), L("Amman", "JOR"), L("Tel Aviv", "ISR"), L(["Ben Gurion Airport", "Ben Gurion"], "ISR"),
    L("Beirut", "LBN"), L("Doha", "QAT"), L("Metula", "ISR"), L(["Nabatieh", "Nabatiyeh"], "LBN"),
    L("Bint Jbeil", "LBN"), L("Gaza", "PSE"), L("Blue Line"),
]
FORBID = ["Al Jazeera Staff", "iso3:SDN", "North Kordofan", "iso3:PAK", "Punjab", "Aleppo", "Privacy Policy",
          "Facebook", "YouTube", "Instagram", "reCAPTCHA", "Cookie Preferences"]
FACTS = [
    F(ISR, "attacked", ["iso3:LBN", "southern Lebanon", "Nabatieh", "Bint Jbeil"], "2026-09-15", 1),
    F(HEZ, "attacked", ["iso3:ISR", "Metula", "Israeli army position"], "2026-09-14", 0, alleged="Hezbollah"),
    F(KATZ, "threatened", HEZ, "2026-09-15", 1),
    F(KATZ, "warned", ["iso3:LBN", "Lebanese government"], "2026-09-15", 1),
    F(FIDAN, "visited", ["Amman", "iso3:JOR"], "2026-09-15"),
    F(ABD2, "met", FIDAN, "2026-09-15"),
    F(HOUTHI, "attacked", ["Ben Gurion Airport", "Ben Gurion", "Tel Aviv", "iso3:ISR"], "2026-09-15", 0, alleged="Houthis (Yahya Saree)"),
    F(HP, "urged", ["iso3:ISR"], "2026-09-15", 1),
    F(HP, "urged", HEZ, "2026-09-15", 1),
    F(BAG, "criticized", ["iso3:ISR"], "2026-09-15", 1),
    F(BAG, "accused", ["iso3:USA", "Washington"], "2026-09-15", 1),
    F(["iso3:USA", "Washington"], "supplied", ["iso3:ISR"], alleged="Iran (Esmaeil Baghaei)"),
    F(ABD, "visited", ["Doha", "iso3:QAT"], "2026-09-15"),
    F(ABD, "met", MBA, "2026-09-15"),
    F(["iso3:EGY", "Cairo"], "cooperated", ["iso3:QAT", "Doha"]),
]
IGN = [
    I(AOUN, "visited", ["Paris", "iso3:FRA"], "'is expected to travel to Paris next week': speculative/planned"),
    I(AOUN, "met", ["Emmanuel Macron", "Macron", "iso3:FRA"], "planned talks, speculative"),
    I(["iso3:IRN", "Tehran"], "supplied", HEZ, "negated: Hezbollah denied receiving weapons from Iran"),
    I(["iso3:IRN", "Tehran"], "supplied", ["iso3:SYR"], "Syria is only the route of the denied shipments"),
    I(ISR, "accused", HEZ, "Israeli claim only reported as the object of Hezbollah's denial"),
    I(ISR, "attacked", HEZ, "target as characterised by the Israeli military ('struck Hezbollah terror infrastructure'); debatable"),
    I(["iso3:YEM"], "attacked", ["iso3:ISR", "Ben Gurion Airport", "Tel Aviv"], "Yemen is the launch site; the claimed attacker is the Houthis"),
    I(HEZ, "accused", ["iso3:ISR"], "'what it called repeated violations': debatable accusation"),
    I(KATZ, "threatened", ["iso3:LBN", "Lebanese government"], "warning that Lebanon will be 'held responsible': warned vs threatened"),
    I(KATZ, "warned", HEZ, "'vowed retaliation against Hezbollah' scored as threatened; warned debatable"),
    I(HP, "visited", ["Beirut", "iso3:LBN"], "statement issued in Beirut: venue only, she is based there"),
    I(["Ali Hashem", "Hashem", "Al Jazeera"], "visited", ["Beirut", "iso3:LBN"], "correspondent reporting from Beirut"),
    I(["iso3:EGY", "Cairo", "iso3:QAT", "Doha"], "cooperated", ["iso3:USA", "US envoys"], "'often alongside US envoys': vague background"),
    I(HOUTHI, "cooperated", HEZ, "'in support of our brothers in Lebanon': rhetoric"),
]

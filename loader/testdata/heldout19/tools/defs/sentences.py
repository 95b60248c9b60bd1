from dsl import *
SUB = "sentences"
DOCS = []
def doc(name, pub, title, source, ent, forbid, facts, ign):
    DOCS.append(dict(NAME=name, PUB=pub, TITLE=title, SOURCE=source, ENT=ent, FORBID=forbid, FACTS=facts, IGN=ign))

RSF = ["Rapid Support Forces", "RSF", "paramilitary Rapid Support Forces"]
doc("s01", "2026-05-04", "PORT SUDAN, May 4 (AFP)", "AFP",
    [O("Rapid Support Forces", "RSF"), L("El Obeid", "SDN"), L("Port Sudan", "SDN"), O("Agence France-Presse", "AFP")],
    [],
    [F(RSF, "attacked", ["El Obeid", "camp for displaced families"], "2026-05-03")],
    [I(RSF, "attacked", ["iso3:SDN"], "state not named; camp outside El Obeid is the target")])

ARM = ["iso3:ARM", "Armenia's Foreign Ministry", "Foreign Ministry", "Yerevan"]
AZE = ["iso3:AZE", "Baku", "Azerbaijani forces"]
doc("s02", "2026-07-22", "YEREVAN, July 22 (Armenpress)", "Armenpress",
    [S("ARM"), S("AZE"), L("Sotk", "ARM"), L("Yerevan", "ARM"), L("Washington", "USA"), O("Armenpress"),
     O("Armenia's Foreign Ministry", "Foreign Ministry", "Ministry of Foreign Affairs")],
    [],
    [F(AZE, "attacked", ["Sotk", "iso3:ARM"], "2026-07-22", 1),
     F(ARM, "criticized", AZE, "2026-07-22"),
     F(ARM, "urged", AZE, "2026-07-22"),
     F(["iso3:ARM"], "agreed", ["iso3:AZE", "Baku"], "2025-08")],
    [I(ARM + AZE, "visited", ["Washington", "iso3:USA"], "venue of the initialling"),
     I(["iso3:USA", "Washington"], "met", ["iso3:ARM", "iso3:AZE"], "venue only")])

doc("s03", "2026-10-09", "TAIPEI, Oct. 9 (CNA)", "Central News Agency (Taiwan)",
    [S("CHN"), S("TWN"), L("Taipei", "TWN"), L("Kinmen", "TWN"), O("Taiwan Affairs Office", "TAO"),
     O("Central News Agency", "CNA")],
    [],
    [F(["iso3:CHN", "Beijing", "Taiwan Affairs Office"], "warned", ["iso3:TWN", "Taipei"], "2026-10-09")],
    [I(["iso3:CHN", "Beijing", "Taiwan Affairs Office"], "threatened", ["iso3:TWN", "Taipei"], "'will be met with resolute countermeasures': conditional"),
     I(["iso3:TWN", "Taiwan's coast guard"], "attacked", ["iso3:CHN", "Chinese fishing boat"], "boarding a fishing boat: not force in this ontology"),
     I(["iso3:TWN", "Taiwan's coast guard"], "visited", ["Kinmen"], "location of the boarding")])

EU = ["European Union", "EU", "European Union foreign ministers", "Kaja Kallas", "Kallas"]
doc("s04", "2026-11-16", "BRUSSELS, Nov 16 (Reuters)", "Reuters",
    [O("European Union", "EU"), S("BLR"), S("IRN"), S("RUS"), S("UKR"), P(["Kaja Kallas", "Kallas"]),
     L("Brussels", "BEL"), O("Reuters")],
    [],
    [F(EU, "sanctioned", ["iso3:BLR", "Minsk"], "2026-11-16"),
     F(EU, "sanctioned", ["iso3:IRN", "Tehran"], "2026-11-16"),
     F(EU, "urged", ["iso3:BLR", "Minsk"], "2026-11-16"),
     F(EU, "urged", ["iso3:IRN", "Tehran"], "2026-11-16")],
    [I(["iso3:BLR", "Minsk", "iso3:IRN", "Tehran"], "supplied", ["iso3:RUS", "Moscow"], "drone deliveries given as the EU's reason for sanctions: debatable"),
     I(["iso3:RUS", "Moscow"], "attacked", ["iso3:UKR"], "'Moscow's war against Ukraine': background"),
     I(["iso3:RUS", "Moscow"], "invaded", ["iso3:UKR"], "'Moscow's war against Ukraine': background"),
     I(["iso3:BLR", "Minsk", "iso3:IRN", "Tehran"], "cooperated", ["iso3:RUS", "Moscow"], "'military support': background, debatable")])

ALI = ["Ilham Aliyev", "Aliyev", "iso3:AZE"]
doc("s05", "2026-06-03", "ISLAMABAD, June 3 (APP)", "Associated Press of Pakistan",
    [P(["Ilham Aliyev", "Aliyev"], "AZE"), P(["Shehbaz Sharif", "Sharif"], "PAK"), S("AZE"), S("PAK"),
     L("Islamabad", "PAK"), O("Associated Press of Pakistan", "APP")],
    [],
    [F(ALI, "visited", ["Islamabad", "iso3:PAK"], "2026-06-02"),
     F(ALI, "met", ["Shehbaz Sharif", "Sharif", "iso3:PAK"], "2026-06-03"),
     F(ALI, "agreed", ["Shehbaz Sharif", "Sharif", "iso3:PAK"], "2026-06-03")],
    [I(ALI, "cooperated", ["Shehbaz Sharif", "Sharif", "iso3:PAK"], "agreements on energy/defence/trade scored as agreed; cooperation debatable")])

ETH = ["iso3:ETH", "Addis Ababa"]
ERI = ["iso3:ERI", "Asmara"]
doc("s06", "2026-09-03", "ADDIS ABABA, Sept 3 (AP)", "Associated Press",
    [S("ETH"), S("ERI"), O("Fano", "Fano militia"), L(["Amhara", "Amhara region"], "ETH"), L("Red Sea"),
     L("Addis Ababa", "ETH"), O("Associated Press", "AP")],
    [],
    [F(ETH, "accused", ERI, "2026-09-03"),
     F(ERI, "supplied", ["Fano", "Fano militiamen", "Fano militia"], alleged="Ethiopia"),
     F(ERI, "accused", ETH, "2026-09-03")],
    [I(ETH, "attacked", ERI, "'seeking a pretext for war': Eritrea's charge, speculative"),
     I(ETH, "invaded", ERI + ["Red Sea"], "'pretext for war over access to the Red Sea': speculative"),
     I(ERI, "cooperated", ["Fano", "Fano militiamen"], "arming scored as supplied"),
     I(ERI, "criticized", ETH, "'dismissed as a fabrication': denial; counter-accusation scored as accused")])

doc("s07", "2026-02-27", "MOSCOW, Feb 27 (TASS)", "TASS",
    [P(["Vladimir Putin", "Putin"], "RUS"), P(["Yuri Ushakov", "Ushakov"], "RUS"), P(["Vikram Misri", "Misri"], "IND"),
     P(["Andrei Rudenko", "Rudenko"], "RUS"), S("RUS"), S("IND"), L("Moscow", "RUS"), O("TASS")],
    [],
    [F(["Vikram Misri", "Misri", "iso3:IND"], "met", ["Andrei Rudenko", "Rudenko", "iso3:RUS"], "2026-02-26")],
    [I(["Vladimir Putin", "Putin", "iso3:RUS"], "visited", ["iso3:IND"], "'could travel to India in the spring': speculative"),
     I(["Vikram Misri", "Misri", "iso3:IND"], "visited", ["Moscow", "iso3:RUS"], "venue-only: 'held consultations in Moscow'")])

doc("s08", "2026-08-20", "KYIV, Aug 20 (Ukrinform)", "Ukrinform",
    [S("UKR"), S("SWE"), L(["Satenas", "Satenas air base", "Såtenäs"], "SWE"), L("Kyiv", "UKR"), O("Ukrinform"),
     O("Defence Ministry", "Ministry of Defence", "Ukrainian Defence Ministry")],
    [],
    [F(["iso3:SWE"], "supplied", ["iso3:UKR", "Kyiv"])],
    [I(["iso3:UKR", "Ukrainian pilots"], "visited", ["Satenas", "Satenas air base", "iso3:SWE"], "pilots trained in Sweden last winter: debatable visit"),
     I(["iso3:SWE"], "cooperated", ["iso3:UKR"], "pilot training: debatable")])

IRN = ["iso3:IRN", "Iranian diplomats", "Tehran"]
doc("s09", "2026-11-27", "GENEVA, Nov 27 (AFP)", "AFP",
    [S("IRN"), S("GBR"), S("FRA"), S("DEU"), L("Geneva", "CHE"), O("Agence France-Presse", "AFP"),
     O("United Nations", "UN")],
    [],
    [F(IRN, "met", ["iso3:GBR", "British officials"], "2026-11-27"),
     F(IRN, "met", ["iso3:FRA", "French officials"], "2026-11-27"),
     F(IRN, "met", ["iso3:DEU", "German officials"], "2026-11-27")],
    [I(IRN, "visited", ["Geneva", "iso3:CHE"], "venue-only"),
     I(["iso3:GBR", "iso3:FRA", "iso3:DEU", "three European powers", "E3"], "sanctioned", IRN, "triggered the return of UN sanctions: debatable"),
     I(["United Nations", "UN"], "sanctioned", IRN, "'return of UN sanctions' last year: background event noun, debatable")])

LTU = ["iso3:LTU", "Lithuania's government", "Vilnius"]
doc("s10", "2026-04-14", "VILNIUS, April 14 (LRT)", "LRT",
    [S("LTU"), S("BLR"), L("Vilnius", "LTU"), L(["Vilnius airport", "Vilnius Airport"], "LTU"),
     O("LRT", "Lithuanian National Radio and Television")],
    [],
    [F(LTU, "accused", ["iso3:BLR", "Minsk"], "2026-04-14"),
     F(LTU, "threatened", ["iso3:BLR", "Minsk"], "2026-04-14")],
    [I(LTU, "sanctioned", ["iso3:BLR", "Minsk"], "negated: 'stopped short of imposing new sanctions'"),
     I(["iso3:BLR", "Minsk"], "attacked", ["Vilnius airport", "Vilnius", "iso3:LTU"], "balloons forced airport closure: not force"),
     I(LTU, "criticized", ["iso3:BLR", "Minsk"], "'blamed' scored as accused")])

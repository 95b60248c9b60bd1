from dsl import *
NAME = "a7-colombia-election-elpais"; SUB = "articles"
PUB = "2026-06-25"
TITLE = "Colombia's president-elect Catalina Ortega begins transition as congratulations pour in"
SOURCE = "EL PAÍS English Edition"
ORT = ["Catalina Ortega Salcedo", "Catalina Ortega", "Ortega", "iso3:COL", "Bogotá"]
NOB = ["Daniel Noboa", "Noboa", "iso3:ECU", "Quito"]
PET = ["Gustavo Petro", "Petro"]
USA = ["iso3:USA", "Washington"]
ENT = [
    P(["Catalina Ortega Salcedo", "Catalina Ortega", "Ortega"], "COL"), P(["Daniel Noboa", "Noboa"], "ECU"),
    P(["Julián Arbeláez", "Julian Arbelaez", "Arbeláez"], "COL"),
    P(["Luiz Inácio Lula da Silva", "Lula da Silva", "Lula"], "BRA"), P(["Javier Milei", "Milei"], "ARG"),
    P(["Marco Rubio", "Rubio"], "USA"), P(["Gustavo Petro", "Petro"], "COL"),
    S("COL"), S("ECU"), S("BRA"), S("ARG"), S("USA"), S("VEN"),
    O("Historic Pact", "Pacto Histórico"), O("National Liberation Army", "ELN"),
    O("Defense Ministry", "Ministry of Defense"), O("European Union", "EU"), O("EL PAÍS", "El País"),
    L(["Bogotá", "Bogota"], "COL"), L("Antioquia", "COL"), L("Buenos Aires", "ARG"), L("Casa de Nariño", "COL"),
    L("Arauca", "COL"), L("Washington", "USA"), L("Caracas", "VEN"),
]
FORBID = ["Manuela Gómez", "Camilo Rozo", "EFE", "Sheinbaum", "Claudia Sheinbaum", "iso3:MEX", "iso3:CHL",
          "Ediciones El País", "Whatsapp", "Facebook", "Twitter"]
FACTS = [
    F(NOB, "visited", ["Bogotá", "Bogota", "iso3:COL"], "2026-06-24"),
    F(NOB, "met", ORT, "2026-06-24"),
    F(NOB, "agreed", ORT, "2026-06-24"),
    F(["Marco Rubio", "Rubio"] + USA, "urged", ORT, "2026-06-22"),
    F(PET + ["iso3:COL"], "accused", USA, "2026-06-23"),
    F(USA, "sanctioned", PET, "2025"),
    F(PET, "criticized", USA),
    F(PET, "met", ["Catalina Ortega Salcedo", "Catalina Ortega", "Ortega"], "2026-06-23"),
    F(["National Liberation Army", "ELN"], "attacked", ["iso3:COL", "Arauca", "army base", "Colombian army"], "2026-06-21"),
]
IGN = [
    I(["Luiz Inácio Lula da Silva", "Lula da Silva", "Lula", "iso3:BRA"], "met", ORT, "congratulatory phone call: debatable"),
    I(["Javier Milei", "Milei", "iso3:ARG"], "urged", ORT, "invitation to visit: debatable"),
    I(ORT, "visited", ["Buenos Aires", "iso3:ARG"], "invitation only"),
    I(ORT, "visited", ["Washington", "iso3:USA"], "'is expected to travel to Washington in July': planned"),
    I(ORT, "visited", ["Caracas", "iso3:VEN"], "negated: 'not on the agenda'"),
    I(["National Liberation Army", "ELN"], "attacked", ["polling stations"], "negated: ELN denied targeting polling stations"),
    I(ORT, "cooperated", USA, "'restore full cooperation' is the content of Rubio's urging: future"),
    I(NOB, "cooperated", ORT, "binational cabinet and task force are future; agreement scored as agreed"),
    I(USA, "cooperated", ORT, "'publicly backing Ortega's drug policy': Petro's charge, debatable"),
    I(USA, "accused", PET + ["iso3:COL"], "'what it called his failure': reason for sanctions, debatable"),
    I(["Catalina Ortega Salcedo", "Catalina Ortega", "Ortega"], "visited", ["Casa de Nariño"], "venue of the handover meeting"),
    I(["Catalina Ortega Salcedo", "Catalina Ortega", "Ortega"], "met", ["Julián Arbeláez", "Arbeláez"], "not stated (he conceded)"),
]

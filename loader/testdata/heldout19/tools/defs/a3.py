from dsl import *
NAME = "a3-korea-china-call-yonhap"; SUB = "articles"
PUB = "2026-05-08"
TITLE = "(LEAD) FM Cho, China's Wang discuss N. Korea, Lee's China trip in phone talks"
SOURCE = "Yonhap News Agency"
CHO = ["Cho Hyun", "Cho", "iso3:KOR", "Seoul"]
WANG = ["Wang Yi", "Wang", "iso3:CHN", "Beijing"]
PRK = ["iso3:PRK", "Pyongyang", "the North"]
KCNA = ["Korean Central News Agency", "KCNA", "iso3:PRK", "Pyongyang"]
ENT = [
    P(["Cho Hyun", "Cho"], "KOR"), P(["Wang Yi", "Wang"], "CHN"), P(["Lee Jae-myung", "Lee Jae Myung", "Lee"], "KOR"),
    P(["Toshimitsu Motegi", "Motegi"], "JPN"),
    S("KOR"), S("CHN"), S("PRK"), S("JPN"), S("USA"), S("RUS"), S("TWN"),
    O("Yonhap News Agency", "Yonhap"), O("Xinhua News Agency", "Xinhua"), O("Korean Central News Agency", "KCNA"),
    O("UN Security Council", "U.N. Security Council", "Security Council", "United Nations Security Council"),
    L("Seoul", "KOR"), L("Beijing", "CHN"), L("Tokyo", "JPN"), L(["East Sea", "Sea of Japan"]),
    L(["Korean Peninsula", "peninsula"]),
]
FORBID = ["Samsung Electronics", "BTS", "Busan", "Hanwha Ocean", "Privacy Policy"]
FACTS = [
    F(CHO, "met", WANG, "2026-05-08"),
    F(CHO, "urged", ["iso3:CHN", "Beijing", "Wang Yi", "Wang"], "2026-05-08"),
    F(CHO, "agreed", WANG, "2026-05-08"),
    F(["Cho Hyun", "Cho", "iso3:KOR"], "visited", ["Beijing", "iso3:CHN"], "2026-03"),
    F(PRK, "cooperated", ["iso3:RUS", "Moscow"]),
    F(PRK, "supplied", ["iso3:RUS", "Moscow"], alleged="South Korea (Cho Hyun)"),
    F(WANG, "urged", ["iso3:KOR", "Seoul", "Cho Hyun", "Cho"], "2026-05-08"),
    F(WANG, "criticized", ["iso3:JPN"], "2026-05-08"),
    F(WANG, "accused", ["iso3:USA", "United States"], "2026-05-08"),
    F(["iso3:KOR", "Seoul"], "cooperated", ["iso3:USA", "Washington"], "2026-04"),
    F(KCNA, "criticized", ["iso3:KOR", "Seoul"], "2026-05-07"),
    F(KCNA, "criticized", ["iso3:USA", "Washington"], "2026-05-07"),
]
IGN = [
    I(["Lee Jae-myung", "Lee", "iso3:KOR"], "visited", ["iso3:CHN"], "planned trip, no date set: speculative"),
    I(["Cho Hyun", "Cho", "iso3:KOR"], "visited", ["Tokyo", "iso3:JPN"], "'is scheduled to travel to Tokyo next week': planned"),
    I(["Cho Hyun", "Cho", "iso3:KOR"], "met", ["Toshimitsu Motegi", "Motegi", "iso3:JPN"], "scheduled talks: planned"),
    I(CHO, "cooperated", WANG, "'keep working closely' / 'ready to deepen cooperation': intent, debatable"),
    I(KCNA, "threatened", ["iso3:KOR", "Seoul", "iso3:USA", "Washington"], "'warned of merciless countermeasures': no explicit target, debatable"),
    I(KCNA, "warned", ["iso3:KOR", "Seoul", "iso3:USA", "Washington"], "'warned of merciless countermeasures': debatable"),
    I(PRK, "attacked", ["East Sea", "Sea of Japan", "iso3:KOR"], "missile test into the sea: no target"),
    I(CHO, "criticized", PRK, "'repeated provocations threaten peace' in the readout: debatable"),
    I(CHO, "accused", PRK, "'repeated provocations': debatable"),
    I(CHO, "urged", PRK, "asks China to use influence on Pyongyang: the urging is of China"),
    I(WANG, "urged", ["iso3:TWN", "Taiwan"], "Taiwan is the topic, not the addressee"),
    I(["iso3:USA", "United States"], "supplied", ["iso3:KOR", "Seoul"], "deploying strategic assets in the region: not a supply"),
]

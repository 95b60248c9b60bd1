#!/usr/bin/env python3
"""Build every NAME.meta.json and NAME.gold.json of heldout27 from compact annotations.

Compact form per document:
  ents: key -> (kind, [names], country_iso3_or_None, act)   act = extra slot names (orgs/states the entity acts for)
  a state is written by its ISO3 code as key (e.g. 'GUY') and needs no entry.
  F(type, from_tokens, to_tokens, date=None, tol=None, alleged=None)
  I(type, from_tokens, to_tokens, why)
  a token is an entity key (expanded to its names, plus its country for persons/places/orgs that act for a state),
  an ISO3 code (-> 'iso3:XXX'), or a literal name.
  date: 'YYYY[-MM[-DD]]', 'pub', 'Mon'..'Sun' (last such day on or before publication),
        'lastweek' (Thursday of the previous Monday-Sunday week, tolerance 3).
"""
import datetime
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATES = json.load(open('/work/shared/eval/states.json', encoding='utf-8'))
WD = {'Mon': 0, 'Tue': 1, 'Wed': 2, 'Thu': 3, 'Fri': 4, 'Sat': 5, 'Sun': 6}


def F(type_, frm, to, date=None, tol=None, alleged=None):
    return dict(kind='fact', type=type_, frm=frm, to=to, date=date, tol=tol, alleged=alleged)


def I(type_, frm, to, why):
    return dict(kind='ignore', type=type_, frm=frm, to=to, why=why)


def P(names, country=None, act=()):
    return ('person', names, country, list(act))


def O(names, act=None):
    return ('organization', names, None, [act] if act else [])


def L(names, country=None):
    return ('place', names, country, [])


def resolve_date(spec, pub, tol):
    pub_d = datetime.date.fromisoformat(pub)
    if spec is None:
        return None, None
    if spec == 'pub':
        return pub, tol or 0
    if spec in WD:
        d = pub_d - datetime.timedelta(days=(pub_d.weekday() - WD[spec]) % 7)
        return d.isoformat(), tol or 0
    if spec == 'lastweek':
        monday = pub_d - datetime.timedelta(days=pub_d.weekday() + 7)
        return (monday + datetime.timedelta(days=3)).isoformat(), 3 if tol is None else tol
    return spec, tol or 0


def is_iso(tok):
    return len(tok) == 3 and tok.isupper() and tok in STATES


def expand(tokens, ents):
    out = []
    for t in tokens:
        if is_iso(t):
            vals = ['iso3:' + t]
        elif t in ents:
            kind, names, country, act = ents[t]
            vals = list(names)
            for a in act:
                vals += expand([a], ents)
            if country and kind in ('person', 'place'):
                vals.append('iso3:' + country)
        else:
            vals = [t]
        for v in vals:
            if v not in out:
                out.append(v)
    return out


DOCS = []


def doc(folder, name, published, title, outlet, ents, states, forbidden, facts, style=None):
    DOCS.append(dict(folder=folder, name=name, published=published, title=title, outlet=outlet,
                     ents=ents, states=states, forbidden=forbidden, facts=facts, style=style or outlet))


# ---------------------------------------------------------------- articles
doc('articles', 'a1-guyana-stabroek', '2026-02-19',
    'Venezuelan troops fired on GDF patrol on Cuyuní, army says', 'Stabroek News',
    dict(
        stabroek=O(['Stabroek News']),
        todd=P(['Hugh Todd', 'Todd'], 'GUY'),
        ali=P(['Irfaan Ali', 'Ali', 'President Irfaan Ali'], 'GUY'),
        vieira=P(['Mauro Vieira', 'Vieira'], 'BRA'),
        barnett=P(['Carla Barnett', 'Barnett'], None, ['caricom']),
        persad=P(['Kamla Persad-Bissessar', 'Persad-Bissessar'], 'TTO'),
        fenty=P(['Marcus Fenty', 'Fenty'], 'GUY'),
        gdf=O(['Guyana Defence Force', 'GDF', 'GDF patrol'], 'GUY'),
        gdfcg=O(['GDF Coast Guard'], 'GUY'),
        venmfa=O(["Venezuela's Foreign Ministry", 'Foreign Ministry', 'Venezuelan Foreign Ministry'], 'VEN'),
        icj=O(['International Court of Justice', 'ICJ', 'Court']),
        usemb=O(['United States Embassy', 'US Embassy', 'United States Embassy in Georgetown', 'embassy'], 'USA'),
        southcom=O(['US Southern Command', 'Southern Command', 'SOUTHCOM'], 'USA'),
        kestrel=O(['Kestrel Marine Works', 'Kestrel Marine']),
        caricom=O(['Caribbean Community', 'CARICOM']),
        uog=O(['University of Guyana']),
        uscg=O(['US Coast Guard', 'United States Coast Guard'], 'USA'),
        cuyuni=L(['Cuyuní River', 'Cuyuní', 'Cuyuni']),
        eteringbang=L(['Eteringbang'], 'GUY'),
        anacoco=L(['Anacoco Island']),
        georgetown=L(['Georgetown'], 'GUY'),
        ayanganna=L(['Camp Ayanganna'], 'GUY'),
        statehouse=L(['State House'], 'GUY'),
        takutu=L(['Takutu River', 'Takutu']),
        lethem=L(['Lethem'], 'GUY'),
        linden=L(['Linden'], 'GUY'),
        turkeyen=L(['Turkeyen'], 'GUY'),
        basseterre=L(['Basseterre'], 'KNA'),
        essequibo=L(['Essequibo', 'Essequibo region'], 'GUY'),
        louisiana=L(['Louisiana'], 'USA'),
    ),
    ['GUY', 'VEN', 'BRA', 'USA', 'TTO'],
    ['Tamika Rampersaud', 'Orlando Charles', 'Exxon', 'Hammerhead', 'EPA', 'Berbice', 'Stabroek Morning Brief',
     'Lot 12 Water Street', '592-555-0142', 'Facebook', 'WhatsApp'],
    [
        F('attacked', ['VEN', 'Venezuelan soldiers', 'Soldiers on the Venezuelan bank', 'Venezuelan military outpost'], ['gdf'], 'Tue'),
        F('criticized', ['todd'], ['VEN', 'Caracas'], 'Wed'),
        F('urged', ['todd'], ['VEN', 'Caracas']),
        F('accused', ['venmfa', 'Caracas'], ['GUY', 'Guyanese troops'], 'Wed'),
        F('criticized', ['venmfa', 'Caracas'], ['USA']),
        F('met', ['ali'], ['vieira'], 'Wed'),
        F('agreed', ['ali'], ['vieira'], 'Wed'),
        F('visited', ['vieira'], ['georgetown'], 'Tue', 1),
        F('warned', ['usemb', 'Washington'], ['VEN', 'Caracas'], 'Wed'),
        F('supplied', ['southcom', 'usemb', 'Washington'], ['gdfcg', 'gdf'], '2026-02-10'),
        F('agreed', ['GUY', 'Georgetown'], ['USA', 'Washington'], '2026-01'),
        F('criticized', ['barnett'], ['VEN']),
        F('urged', ['barnett'], ['VEN', 'Venezuelan authorities']),
        I('met', ['persad'], ['ali'], 'phone call read as meeting'),
        I('attacked', ['GUY', 'gdf'], ['VEN'], "negated: its soldiers had not returned fire"),
        I('invaded', ['GUY', 'Guyanese troops', 'gdf'], ['VEN'], "alleged 'violated Venezuelan territory' read as invasion; debatable type"),
        I('urged', ['icj'], ['VEN', 'Caracas'], 'background court order of December 2023; debatable type'),
        I('urged', ['GUY', 'Georgetown'], ['BRA', 'Brasília'], "speculative: 'could push Georgetown to ask Brasília'"),
        I('supplied', ['kestrel'], ['gdfcg', 'gdf'], 'builder of the boats, not the supplier; implied'),
        I('attacked', ['VEN'], ['eteringbang', 'cuyuni', 'anacoco'], 'venue of the attack'),
        I('threatened', ['usemb', 'USA'], ['VEN'], "'will carry consequences' read as threat; debatable"),
        I('cooperated', ['GUY'], ['USA', 'uscg'], 'shiprider agreement read as cooperation; implied'),
    ])

doc('articles', 'a2-natuna-jakartapost', '2026-04-23',
    'Jakarta protests as Chinese coast guard shadows survey ship off Natunas', 'The Jakarta Post',
    dict(
        jp=O(['The Jakarta Post', 'Jakarta Post']),
        sugiono=P(['Sugiono', 'Foreign Minister Sugiono'], 'IDN'),
        mohamad=P(['Mohamad Hasan', 'Mohamad'], 'MYS'),
        prabowo=P(['Prabowo Subianto', 'Prabowo'], 'IDN'),
        xi=P(['Xi Jinping', 'Xi'], 'CHN'),
        linjian=P(['Lin Jian'], 'CHN'),
        rizal=P(['Rizal Hadiwinata', 'Rizal'], 'IDN'),
        ccg=O(['China Coast Guard', 'Chinese coast guard', 'coast guard'], 'CHN'),
        idnmfa=O(['Foreign Ministry', 'Indonesian Foreign Ministry'], 'IDN'),
        bakamla=O(['Maritime Security Agency', 'Bakamla'], 'IDN'),
        samudra=O(['PT Samudra Geodata', 'Samudra Geodata']),
        asean=O(['Association of Southeast Asian Nations', 'ASEAN']),
        chnmfa=O(['Chinese Foreign Ministry'], 'CHN'),
        vnmmfa=O(["Vietnam's Foreign Ministry", 'Vietnamese Foreign Ministry'], 'VNM'),
        nmc=O(['National Maritime Council'], 'PHL'),
        bfar=O(['Bureau of Fisheries and Aquatic Resources', 'BFAR'], 'PHL'),
        unpad=O(['Padjadjaran University', 'Universitas Padjadjaran']),
        commission=O(['House Commission I', 'Commission I'], 'IDN'),
        nns=L(['North Natuna Sea'], 'IDN'),
        natunabesar=L(['Natuna Besar', 'Natunas'], 'IDN'),
        ranai=L(['Ranai'], 'IDN'),
        jakarta=L(['Jakarta'], 'IDN'),
        beijing=L(['Beijing'], 'CHN'),
        sulawesi=L(['Sulawesi Sea']),
        sabah=L(['Sabah'], 'MYS'),
        nkal=L(['North Kalimantan'], 'IDN'),
        scs=L(['South China Sea']),
        paracel=L(['Paracel Islands', 'Paracels']),
        scarborough=L(['Scarborough Shoal']),
        bandung=L(['Bandung'], 'IDN'),
        surabaya=L(['Surabaya'], 'IDN'),
    ),
    ['IDN', 'CHN', 'MYS', 'VNM', 'PHL', 'JPN'],
    ['Dian Kusumawardhani', 'Garuda', 'Jeddah', 'Bank Indonesia', 'Morning Brief', 'Facebook', 'LinkedIn', 'WhatsApp'],
    [
        F('urged', ['sugiono'], ['CHN']),
        F('met', ['mohamad'], ['sugiono'], 'Wed'),
        F('visited', ['mohamad'], ['jakarta'], 'Tue', 1),
        F('agreed', ['mohamad'], ['sugiono'], 'Wed', 1),
        F('urged', ['mohamad'], ['asean']),
        F('accused', ['linjian', 'chnmfa'], ['IDN', 'Jakarta'], 'Wed'),
        F('met', ['prabowo'], ['xi'], '2024-11'),
        F('agreed', ['prabowo'], ['xi'], '2024-11'),
        F('criticized', ['vnmmfa'], ['ccg'], '2026-04'),
        F('attacked', ['ccg'], ['VNM', 'Vietnamese fishing boats']),
        F('accused', ['nmc'], ['ccg', 'Chinese coast guard ships'], 'Tue'),
        F('attacked', ['ccg', 'Chinese coast guard ships'], ['bfar'], alleged='National Maritime Council'),
        F('supplied', ['JPN'], ['bakamla'], '2026-03'),
        I('criticized', ['IDN', 'idnmfa'], ['CHN', 'Beijing'], 'protest read as criticism'),
        I('visited', ['prabowo'], ['beijing'], "planned trip (speculative); 2024 'met ... in Beijing' is venue-only"),
        I('attacked', ['ccg'], ['IDN', 'samudra', 'Geo Nusantara 3'], 'trailing a survey ship is not force; debatable'),
        I('threatened', ['ccg'], ['IDN', 'samudra', 'Geo Nusantara 3'], "radio order to leave read as threat; debatable"),
        I('met', ['commission'], ['sugiono'], 'planned summons next week (speculative)'),
    ])

doc('articles', 'a3-afghanistan-kunuz', '2026-05-27',
    'Saidov in Kabul: Tashkent presses Taliban on Qosh Tepa water, signs rail survey protocol', 'Kun.uz',
    dict(
        kunuz=O(['Kun.uz']),
        saidov=P(['Bakhtiyor Saidov', 'Saidov'], 'UZB'),
        muttaqi=P(['Amir Khan Muttaqi', 'Muttaqi'], 'AFG', ['taliban']),
        baradar=P(['Abdul Ghani Baradar', 'Baradar'], 'AFG', ['taliban']),
        qani=P(['Abdul Mateen Qani'], 'AFG'),
        karimov=P(['Dilshod Karimov', 'Karimov'], 'UZB'),
        taliban=O(['Taliban', 'Taliban authorities', 'Taliban administration'], 'AFG'),
        uzmfa=O(['Foreign Ministry of Uzbekistan', 'Uzbek foreign ministry'], 'UZB'),
        iskp=O(['Islamic State Khorasan Province', 'ISKP']),
        tkmmfa=O(["Turkmenistan's Foreign Ministry"], 'TKM'),
        qazaq=O(['Qazaq Astyq Trading'], 'KAZ'),
        adbi=O(['Amu Darya Basin Institute']),
        talint=O(['Taliban interior ministry'], 'AFG'),
        kabul=L(['Kabul'], 'AFG'),
        qoshtepa=L(['Qosh Tepa canal', 'Qosh Tepa'], 'AFG'),
        amudarya=L(['Amu Darya']),
        balkh=L(['Balkh'], 'AFG'),
        jowzjan=L(['Jowzjan'], 'AFG'),
        faryab=L(['Faryab'], 'AFG'),
        termez=L(['Termez'], 'UZB'),
        naibabad=L(['Naibabad'], 'AFG'),
        kharlachi=L(['Kharlachi'], 'PAK'),
        hairatan=L(['Hairatan'], 'AFG'),
        friendship=L(['Friendship Bridge']),
        tashkent=L(['Tashkent'], 'UZB'),
        khorezm=L(['Khorezm'], 'UZB'),
        karakalpakstan=L(['Karakalpakstan'], 'UZB'),
        pulikhumri=L(['Puli Khumri'], 'AFG'),
    ),
    ['UZB', 'AFG', 'TKM', 'TJK', 'PAK', 'KAZ'],
    ['Mirziyoyev', 'Jasur Normatov', 'newsdesk@kun.uz', '+998 71 200 00 00', '@kunuz_english_desk', 'Telegram', 'Facebook'],
    [
        F('visited', ['saidov'], ['kabul'], 'Mon', 1),
        F('met', ['saidov'], ['muttaqi'], 'Tue'),
        F('urged', ['saidov'], ['AFG', 'Afghan side', 'taliban']),
        F('agreed', ['saidov', 'Uzbek side'], ['muttaqi']),
        F('agreed', ['UZB'], ['PAK'], '2025-07'),
        F('agreed', ['AFG'], ['PAK'], '2025-07'),
        F('cooperated', ['saidov'], ['muttaqi']),
        F('supplied', ['UZB'], ['AFG']),
        F('met', ['saidov'], ['baradar'], 'Tue'),
        F('urged', ['baradar'], ['UZB', 'Tashkent'], 'Tue', 1),
        F('attacked', ['iskp'], ['taliban', 'Taliban police', 'Taliban police post', 'hairatan'], 'Sun'),
        F('warned', ['tkmmfa'], ['taliban', 'Kabul'], '2026-04'),
        F('supplied', ['qazaq', 'Kazakh flour'], ['AFG'], 'Sat'),
        I('visited', ['muttaqi'], ['tashkent', 'UZB'], 'planned: invitation to the June forum'),
        I('warned', ['karimov'], ['muttaqi'], "'warned against reading too much into' names no warned party"),
        I('cooperated', ['UZB', 'saidov'], ['TKM', 'TJK'], 'implied by a proposed technical working group'),
    ])

doc('articles', 'a4-redsea-gulftimes', '2026-07-14',
    'Qatar condemns Houthi missile strike on LNG carrier; Araghchi holds talks in Doha', 'Gulf Times',
    dict(
        gt=O(['Gulf Times']),
        sheikh=P(['Sheikh Mohammed bin Abdulrahman bin Jassim al-Thani', 'Sheikh Mohammed',
                  'Mohammed bin Abdulrahman bin Jassim al-Thani', 'Mohammed bin Abdulrahman al-Thani'], 'QAT'),
        araghchi=P(['Abbas Araghchi', 'Araghchi'], 'IRN'),
        saree=P(['Yahya Saree', 'Saree'], 'YEM', ['houthis']),
        albusaidi=P(['Sayyid Badr bin Hamad Albusaidi', 'Badr bin Hamad Albusaidi', 'Albusaidi'], 'OMN'),
        noor=P(['Noor al-Khulaifi'], 'QAT'),
        houthis=O(['Houthis', 'Houthi rebels', 'Houthi', 'Houthi group', "Yemen's Houthi rebels", 'Ansar Allah']),
        dukhan=O(['Dukhan Marine Gas Shipping', 'Dukhan Marine']),
        qatmfa=O(['Ministry of Foreign Affairs', 'Qatari Ministry of Foreign Affairs'], 'QAT'),
        qna=O(['Qatar News Agency', 'QNA']),
        saumfa=O(["Saudi Arabia's foreign ministry", 'Saudi foreign ministry'], 'SAU'),
        ona=O(['Omani News Agency']),
        treasury=O(['US Treasury', 'Treasury'], 'USA'),
        ofac=O(['Office of Foreign Assets Control', 'OFAC'], 'USA'),
        bluedhow=O(['Blue Dhow General Trading', 'Blue Dhow']),
        sahil=O(['Sahil Falcon Shipping', 'Sahil Falcon']),
        krcs=O(['Kuwait Red Crescent Society', 'Kuwait Red Crescent'], 'KWT'),
        kuna=O(['KUNA', 'Kuwait News Agency']),
        mirqab=O(['Al Mirqab Risk']),
        redsea=L(['Red Sea']),
        bab=L(['Bab el-Mandeb', 'Bab el-Mandeb strait']),
        hodeidah=L(['Hodeidah'], 'YEM'),
        doha=L(['Doha'], 'QAT'),
        sanaa=L(['Sanaa'], 'YEM'),
        eilat=L(['Eilat'], 'ISR'),
        rasisa=L(['Ras Isa'], 'YEM'),
        aden=L(['Aden'], 'YEM'),
        cape=L(['Cape of Good Hope'], 'ZAF'),
    ),
    ['QAT', 'IRN', 'YEM', 'SAU', 'KWT', 'BHR', 'OMN', 'ISR', 'USA', 'ARE', 'MHL', 'LBN'],
    ['Ahmed Farouk Saleh', 'Qatar Airways', 'Manchester', 'Aspire Zone', 'Gulf Times Today', 'P.O. Box 41720',
     'Facebook', 'WhatsApp'],
    [
        F('attacked', ['houthis'], ['Pearl Meridian', 'LNG carrier Pearl Meridian'], 'Sun', 1),
        F('criticized', ['qatmfa'], ['houthis'], 'Mon'),
        F('visited', ['araghchi'], ['doha'], 'Mon'),
        F('met', ['araghchi'], ['sheikh'], 'Mon'),
        F('urged', ['sheikh'], ['IRN', 'Tehran'], 'Mon'),
        F('warned', ['saumfa', 'Riyadh'], ['houthis'], 'Mon'),
        F('attacked', ['ISR', 'Israeli warplanes'], ['hodeidah', 'port of Hodeidah'], '2026-05'),
        F('attacked', ['houthis', 'Houthi drone'], ['eilat']),
        F('sanctioned', ['ofac', 'treasury', 'Washington'], ['bluedhow'], 'Fri'),
        F('sanctioned', ['ofac', 'treasury', 'Washington'], ['sahil'], 'Fri'),
        F('accused', ['ofac', 'treasury'], ['bluedhow'], 'Fri'),
        F('accused', ['ofac', 'treasury'], ['sahil'], 'Fri'),
        F('supplied', ['bluedhow'], ['houthis', 'rasisa'], alleged='US Treasury'),
        F('supplied', ['sahil'], ['houthis', 'rasisa'], alleged='US Treasury'),
        F('supplied', ['krcs'], ['aden'], 'lastweek'),
        I('sanctioned', ['ofac', 'treasury', 'USA'], ['ARE', 'UAE-based firms'], 'sanctions on firms read as sanctions on their state'),
        I('supplied', ['IRN', 'araghchi'], ['houthis', 'rasisa'], "negated (Araghchi denied Iran arms the Houthis); 'Iranian petroleum' shipped by third parties is implied"),
        I('met', ['albusaidi'], ['sheikh'], 'phone call read as meeting'),
        I('accused', ['qatmfa'], ['houthis'], "'held the Houthi group fully responsible' read as accusation; debatable"),
        I('accused', ['saree', 'houthis'], ['dukhan', 'Pearl Meridian'], 'Houthi justification of the strike read as accusation; debatable'),
        I('warned', ['KWT', 'BHR'], ['houthis'], "'issued similar statements' is implied"),
        I('attacked', ['houthis'], ['dukhan', 'QAT', 'hodeidah', 'redsea'], 'operator, Gulf link or venue read as target of the tanker strike'),
        I('attacked', ['YEM'], ['Pearl Meridian', 'LNG carrier Pearl Meridian'], "'Yemen's Houthi rebels' is not the state of Yemen"),
        I('attacked', ['ISR', 'Israeli warplanes'], ['sanaa'], "power station 'near Sanaa'; debatable target"),
        I('criticized', ['dukhan'], ['houthis', 'saree'], "rejecting the claim as 'baseless'; debatable"),
    ])

doc('articles', 'a5-kosovo-balkaninsight', '2026-09-10',
    'Kallas Shuttles Between Belgrade and Pristina as Post Office Row Escalates', 'Balkan Insight',
    dict(
        birn=O(['Balkan Insight', 'BIRN', 'Balkan Investigative Reporting Network']),
        kallas=P(['Kaja Kallas', 'Kallas'], None, ['eu']),
        vucic=P(['Aleksandar Vucic', 'Vucic', 'Aleksandar Vučić', 'Vučić'], 'SRB'),
        kurti=P(['Albin Kurti', 'Kurti'], 'XKX'),
        svecla=P(['Xhelal Svecla', 'Svecla', 'Xhelal Sveçla', 'Sveçla'], 'XKX'),
        rama=P(['Edi Rama', 'Rama'], 'ALB'),
        berisha=P(['Dafina Berisha', 'Berisha'], 'XKX'),
        eu=O(['European Union', 'EU']),
        kp=O(['Kosovo Police', 'Kosovo Police special units'], 'XKX'),
        ofk=O(["Serbia's Office for Kosovo", 'Office for Kosovo'], 'SRB'),
        state=O(['US State Department', 'State Department'], 'USA'),
        kfor=O(['KFOR', 'Kosovo Force']),
        nato=O(['NATO']),
        bpf=O(['Balkan Policy Forum']),
        belgrade=L(['Belgrade'], 'SRB'),
        pristina=L(['Pristina'], 'XKX'),
        nmitrovica=L(['North Mitrovica'], 'XKX'),
        zvecan=L(['Zvecan', 'Zvečan'], 'XKX'),
        leposavic=L(['Leposavic', 'Leposavić'], 'XKX'),
        zubin=L(['Zubin Potok'], 'XKX'),
        brussels=L(['Brussels'], 'BEL'),
        tirana=L(['Tirana'], 'ALB'),
        jarinje=L(['Jarinje'], 'XKX'),
        brnjak=L(['Brnjak'], 'XKX'),
    ),
    ['SRB', 'XKX', 'ALB', 'HRV', 'CHN', 'USA'],
    ['Milica Radosavljević', 'Lirije Gashi', 'Ardit Kelmendi', 'Dodik', 'Republika Srpska', 'iso3:MNE', 'iso3:BGR',
     'iso3:ROU', 'iso3:MKD', 'Bosnia', 'Balkan Transitional Justice', 'Kneza Milosa 99'],
    [
        F('visited', ['kallas'], ['belgrade'], 'Tue'),
        F('met', ['kallas'], ['vucic'], 'Tue'),
        F('visited', ['kallas'], ['pristina'], 'Wed'),
        F('met', ['kallas'], ['kurti'], 'Wed'),
        F('criticized', ['ofk', 'Belgrade'], ['kp', 'XKX', 'Pristina'], 'Mon'),
        F('accused', ['vucic'], ['XKX', 'Pristina'], 'Tue'),
        F('accused', ['svecla'], ['criminal groups directed from Belgrade', 'criminal groups', 'SRB', 'Belgrade']),
        F('attacked', ['criminal groups directed from Belgrade', 'criminal groups', 'SRB', 'Belgrade'],
          ['kp', 'police station in Zvecan', 'zvecan'], 'Wed', 1, alleged='Xhelal Svecla'),
        F('urged', ['kallas'], ['SRB', 'Belgrade'], 'Tue', 1),
        F('urged', ['kallas'], ['XKX', 'Pristina'], 'Tue', 1),
        F('urged', ['state', 'Washington'], ['XKX'], 'Wed'),
        F('supplied', ['CHN'], ['SRB', 'Belgrade'], '2026-08'),
        F('agreed', ['XKX'], ['ALB'], '2025-03'),
        F('agreed', ['XKX'], ['HRV'], '2025-03'),
        F('agreed', ['ALB'], ['HRV'], '2025-03'),
        F('cooperated', ['XKX'], ['ALB']),
        F('cooperated', ['XKX'], ['HRV']),
        F('criticized', ['rama'], ['vucic'], 'Tue'),
        I('criticized', ['SRB', 'Serbian government'], ['svecla'], "dismissing the charge as 'a shameless lie'; debatable"),
        I('cooperated', ['ALB'], ['HRV'], 'implied by the trilateral defence declaration'),
        I('accused', ['ofk', 'SRB'], ['kp', 'XKX'], "'a new act of violence' label read as accusation; debatable"),
        I('sanctioned', ['kp', 'XKX'], ['SRB'], 'closing Serbian-run post offices is not a sanction; debatable'),
        I('visited', ['kallas'], ['brussels'], "talks 'in Brussels' are proposed, not a visit"),
    ])

doc('articles', 'a6-drc-eastafrican', '2026-11-07',
    'M23 offensive in Masisi overshadows Nairobi mini-summit', 'The EastAfrican',
    dict(
        tea=O(['The EastAfrican', 'EastAfrican']),
        ruto=P(['William Ruto', 'Ruto'], 'KEN'),
        tshisekedi=P(['Félix Tshisekedi', 'Tshisekedi', 'Felix Tshisekedi'], 'COD'),
        ndayishimiye=P(['Évariste Ndayishimiye', 'Ndayishimiye', 'Evariste Ndayishimiye'], 'BDI'),
        kagame=P(['Paul Kagame', 'Kagame'], 'RWA'),
        nduhungirehe=P(['Olivier Nduhungirehe', 'Nduhungirehe'], 'RWA'),
        makolo=P(['Yolande Makolo', 'Makolo'], 'RWA'),
        youssouf=P(['Mahmoud Ali Youssouf', 'Youssouf'], None, ['au']),
        khulaifi=P(['Mohammed bin Abdulaziz al-Khulaifi', 'al-Khulaifi', 'Khulaifi'], 'QAT'),
        wekesa=P(['Amina Wekesa', 'Wekesa'], 'KEN'),
        m23=O(['M23', 'M23 rebels']),
        fardc=O(['FARDC', 'Congolese army'], 'COD'),
        rdf=O(['Rwanda Defence Force', 'RDF'], 'RWA'),
        fdlr=O(['FDLR']),
        au=O(['African Union Commission', 'African Union', 'AU']),
        treasury=O(['US Treasury', 'Treasury'], 'USA'),
        khm=O(['Kivu Highlands Minerals']),
        rwamfa=O(["Rwanda's foreign ministry", 'Rwandan foreign ministry'], 'RWA'),
        presidency=O(['Congolese presidency'], 'COD'),
        adf=O(['Allied Democratic Forces', 'ADF']),
        updf=O(["Uganda People's Defence Forces", 'UPDF', "Uganda's military", 'Ugandan helicopter gunships'], 'UGA'),
        hli=O(['Horn and Lakes Institute']),
        masisi=L(['Masisi'], 'COD'),
        nyabiondo=L(['Nyabiondo'], 'COD'),
        walikale=L(['Walikale'], 'COD'),
        nairobi=L(['Nairobi'], 'KEN'),
        statehouse=L(['State House', 'State House, Nairobi'], 'KEN'),
        bujumbura=L(['Bujumbura'], 'BDI'),
        rubaya=L(['Rubaya'], 'COD'),
        kinshasa=L(['Kinshasa'], 'COD'),
        mbau=L(['Mbau'], 'COD'),
        beni=L(['Beni'], 'COD'),
        southkivu=L(['South Kivu'], 'COD'),
    ),
    ['COD', 'RWA', 'KEN', 'BDI', 'USA', 'QAT', 'UGA'],
    ['Jean-Paul Mukendi', 'Robert Tumwesigye Okello', 'iso3:SSD', 'iso3:TZA', 'iso3:ETH', 'iso3:ZMB', 'Tazara', 'IMF', 'NMG',
     'Nation Media Group', 'The EastAfrican Weekly Brief', 'Tom Mboya Avenue', 'Facebook', 'LinkedIn', 'WhatsApp'],
    [
        F('attacked', ['m23'], ['fardc', 'nyabiondo'], 'Wed'),
        F('visited', ['tshisekedi'], ['nairobi'], 'Wed', 1),
        F('met', ['ruto'], ['tshisekedi'], 'Thu'),
        F('met', ['ruto'], ['ndayishimiye'], 'Thu'),
        F('met', ['tshisekedi'], ['ndayishimiye'], 'Thu'),
        F('met', ['nduhungirehe'], ['ruto'], 'Thu'),
        F('met', ['nduhungirehe'], ['tshisekedi'], 'Thu'),
        F('met', ['nduhungirehe'], ['ndayishimiye'], 'Thu'),
        F('agreed', ['ruto'], ['tshisekedi'], 'Thu', 1),
        F('agreed', ['ruto'], ['ndayishimiye'], 'Thu', 1),
        F('agreed', ['tshisekedi'], ['ndayishimiye'], 'Thu', 1),
        F('accused', ['COD', 'Kinshasa', 'Congolese government', 'tshisekedi'], ['RWA', 'Kigali']),
        F('supplied', ['RWA', 'Kigali', 'rdf'], ['m23'], alleged='Congolese government'),
        F('urged', ['ruto'], ['m23'], 'Thu'),
        F('urged', ['ruto'], ['fardc'], 'Thu'),
        F('criticized', ['youssouf'], ['m23'], 'Fri'),
        F('sanctioned', ['treasury', 'Washington'], ['m23'], 'Tue'),
        F('sanctioned', ['treasury', 'Washington'], ['khm'], 'Tue'),
        F('accused', ['treasury'], ['khm'], 'Tue'),
        F('criticized', ['rwamfa'], ['USA', 'treasury']),
        F('visited', ['khulaifi'], ['kinshasa'], 'Mon'),
        F('met', ['khulaifi'], ['tshisekedi'], 'Mon'),
        F('cooperated', ['updf'], ['fardc']),
        F('attacked', ['updf'], ['adf'], 'lastweek'),
        F('agreed', ['COD', 'DRC'], ['RWA'], '2025-06'),
        F('accused', ['BDI'], ['RWA']),
        F('met', ['COD', 'Kinshasa'], ['m23']),
        I('met', ['Paul Kagame', 'Kagame'], ['ruto', 'tshisekedi', 'ndayishimiye'], 'negated: Kagame did not attend'),
        I('visited', ['ndayishimiye', 'nduhungirehe'], ['nairobi', 'statehouse'], 'venue-only: summit at State House, Nairobi'),
        I('invaded', ['RWA', 'rdf'], ['COD'], "alleged troops 'on Congolese soil' read as invasion; debatable type"),
        I('sanctioned', ['treasury', 'USA'], ['RWA'], 'sanctions on a Rwanda-registered firm read as sanctions on its state'),
        I('cooperated', ['fardc'], ['fdlr'], "implied by Ruto's appeal to halt it"),
        I('agreed', ['BDI'], ['COD', 'Kinshasa'], "background 'bilateral agreement', nominal; implied"),
        I('supplied', ['BDI'], ['COD', 'southkivu'], 'troops deployed under an agreement read as supply; debatable'),
        I('met', ['QAT'], ['COD', 'Kinshasa', 'm23'], "'hosted months of talks' read as Qatar meeting the parties"),
        I('accused', ['makolo', 'RWA'], ['COD', 'Kinshasa'], "rejection as 'recycled propaganda'; debatable"),
        I('criticized', ['makolo', 'RWA'], ['COD', 'Kinshasa'], "rejection as 'recycled propaganda'; debatable"),
        I('visited', ['ruto', 'tshisekedi', 'ndayishimiye'], ['bujumbura'], 'planned: to meet again in Bujumbura in January'),
    ])

# ---------------------------------------------------------------- govdocs
doc('govdocs', 'g1-norway-mfa-pressrelease', '2026-01-22',
    'Nordic ministers agree on protection of Arctic subsea infrastructure', 'Ministry of Foreign Affairs of Norway',
    dict(
        eide=P(['Espen Barth Eide', 'Eide', 'Minister Eide'], 'NOR'),
        thorgerdur=P(['Þorgerður Katrín Gunnarsdóttir', 'Gunnarsdóttir', 'Thorgerdur Katrin Gunnarsdottir'], 'ISL'),
        valtonen=P(['Elina Valtonen', 'Valtonen'], 'FIN'),
        normfa=O(['Ministry of Foreign Affairs', 'Norwegian Ministry of Foreign Affairs'], 'NOR'),
        nocg=O(['Norwegian Coast Guard'], 'NOR'),
        iscg=O(['Icelandic Coast Guard'], 'ISL'),
        fbg=O(['Finnish Border Guard'], 'FIN'),
        caa=O(['Norwegian Civil Aviation Authority']),
        icao=O(['International Civil Aviation Organization', 'ICAO']),
        nato=O(['NATO']),
        rusemb=O(['Russian Embassy', 'Russian Embassy in Oslo'], 'RUS'),
        uesf=O(['Ukraine Energy Support Fund']),
        ebrd=O(['European Bank for Reconstruction and Development', 'EBRD']),
        ukrenergo=O(['Ukrenergo']),
        arcticcouncil=O(['Arctic Council']),
        tromso=L(['Tromsø', 'Tromso'], 'NOR'),
        highnorth=L(['High North']),
        finnmark=L(['Finnmark'], 'NOR'),
        kirkenes=L(['Kirkenes'], 'NOR'),
        vardo=L(['Vardø', 'Vardo'], 'NOR'),
        batsfjord=L(['Båtsfjord', 'Batsfjord'], 'NOR'),
        bodo=L(['Bodø', 'Bodo'], 'NOR'),
        oslo=L(['Oslo'], 'NOR'),
        kyiv=L(['Kyiv'], 'UKR'),
    ),
    ['NOR', 'ISL', 'FIN', 'RUS', 'UKR'],
    ['Sigrid Aamodt Holm', '+47 23 95 11 11', 'pressedesk@mfa.no', 'sentralbord@mfa.no', 'Kongens gate 99', '007/26'],
    [
        F('met', ['eide'], ['thorgerdur'], '2026-01-21'),
        F('met', ['eide'], ['valtonen'], '2026-01-21'),
        F('met', ['thorgerdur'], ['valtonen'], '2026-01-21'),
        F('agreed', ['eide'], ['thorgerdur'], '2026-01-21'),
        F('agreed', ['eide'], ['valtonen'], '2026-01-21'),
        F('agreed', ['thorgerdur'], ['valtonen'], '2026-01-21'),
        F('criticized', ['NOR', 'eide', 'normfa'], ['RUS'], 'pub'),
        F('urged', ['eide', 'normfa'], ['RUS'], 'pub'),
        F('warned', ['NOR', 'eide', 'normfa'], ['RUS', 'Moscow']),
        F('supplied', ['NOR', 'normfa', 'Government'], ['UKR'], 'pub'),
        F('supplied', ['NOR'], ['ukrenergo'], '2025-12'),
        F('attacked', ['RUS'], ['UKR', "Ukraine's power plants"]),
        I('visited', ['thorgerdur', 'valtonen'], ['tromso'], 'venue-only: hosted in Tromsø'),
        I('visited', ['eide'], ['kyiv'], 'planned: will travel to Kyiv in February'),
        I('cooperated', ['NOR', 'nocg'], ['ISL', 'iscg', 'FIN', 'fbg'], "'will cooperate more closely' is future"),
        I('cooperated', ['ISL', 'iscg'], ['FIN', 'fbg'], "'will cooperate more closely' is future"),
        I('threatened', ['NOR', 'eide'], ['RUS'], "'will raise the matter in ICAO' read as threat; debatable"),
        I('met', ['rusemb', 'RUS'], ['normfa', 'NOR'], 'summoning read as meeting; debatable'),
        I('supplied', ['NOR'], ['uesf', 'ebrd'], 'channels of the aid, recipient is Ukraine'),
        I('attacked', ['RUS'], ['NOR', 'finnmark'], 'GPS jamming read as attack; debatable type'),
    ])

doc('govdocs', 'g2-senegal-mauritania-jointcommunique', '2026-03-28',
    'Joint Communiqué on the State Visit of H.E. Mohamed Ould Cheikh El Ghazouani to the Republic of Senegal',
    "Ministry of African Integration and Foreign Affairs of Senegal",
    dict(
        faye=P(['Bassirou Diomaye Faye', 'Faye', 'President Faye'], 'SEN'),
        ghazouani=P(['Mohamed Ould Cheikh El Ghazouani', 'Ghazouani', 'El Ghazouani', 'Mohamed Ould Ghazouani'], 'MRT'),
        senmfa=O(["Ministère de l'Intégration africaine et des Affaires étrangères",
                  'Ministry of African Integration and Foreign Affairs'], 'SEN'),
        omvs=O(['Organisation for the Development of the Senegal River', 'OMVS']),
        jnim=O(["Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM']),
        fama=O(['Malian Armed Forces', 'FAMa'], 'MLI'),
        ecowas=O(['Economic Community of West African States', 'ECOWAS']),
        aes=O(['Alliance of Sahel States', 'AES']),
        dakar=L(['Dakar'], 'SEN'),
        palace=L(['Palace of the Republic'], 'SEN'),
        gta=L(['Greater Tortue Ahmeyim', 'GTA']),
        rosso=L(['Rosso'], 'MRT'),
        senriver=L(['Senegal River', 'Senegal River valley']),
        nioro=L(['Nioro du Sahel'], 'MLI'),
        sahel=L(['Sahel']),
    ),
    ['SEN', 'MRT', 'MLI'],
    ['0318/MIAAE/DC'],
    [
        F('visited', ['ghazouani'], ['SEN', 'dakar'], '2026-03-26', 1),
        F('met', ['faye'], ['ghazouani'], '2026-03-26'),
        F('agreed', ['faye'], ['ghazouani'], '2026-03-26', 1),
        F('cooperated', ['faye'], ['ghazouani']),
        F('supplied', ['MRT'], ['SEN']),
        F('criticized', ['faye'], ['jnim']),
        F('criticized', ['ghazouani'], ['jnim']),
        F('attacked', ['jnim'], ['fama', 'nioro'], '2026-03-20'),
        F('urged', ['faye'], ['ecowas']),
        F('urged', ['faye'], ['aes']),
        F('urged', ['ghazouani'], ['ecowas']),
        F('urged', ['ghazouani'], ['aes']),
        I('visited', ['faye'], ['MRT'], 'planned: invitation to visit Mauritania'),
        I('supplied', ['omvs'], ['SEN'], 'channel of the electricity; supplier is Mauritania'),
        I('agreed', ['ecowas'], ['aes'], 'urged to conclude an agreement: speculative'),
    ])

doc('govdocs', 'g3-lithuania-mfa-statement', '2026-06-05',
    'Statement of the Ministry of Foreign Affairs of the Republic of Lithuania on the latest hybrid provocations by the Belarusian regime',
    'Ministry of Foreign Affairs of the Republic of Lithuania',
    dict(
        budrys=P(['Kęstutis Budrys', 'Budrys', 'Kestutis Budrys'], 'LTU'),
        sikorski=P(['Radosław Sikorski', 'Sikorski', 'Radoslaw Sikorski'], 'POL'),
        lukashenko=P(['Lukashenko', 'Alexander Lukashenko'], 'BLR'),
        ltumfa=O(['Ministry of Foreign Affairs', 'Ministry of Foreign Affairs of the Republic of Lithuania', 'Ministry'], 'LTU'),
        eu=O(['European Union', 'EU']),
        nato=O(['NATO']),
        sbgc=O(['Belarusian State Border Guard Committee', 'State Border Guard Committee'], 'BLR'),
        laf=O(['Lithuanian Armed Forces'], 'LTU'),
        vilnius=L(['Vilnius'], 'LTU'),
        vilniusairport=L(['Vilnius Airport'], 'LTU'),
        medininkai=L(['Medininkai'], 'LTU'),
        salcininkai=L(['Šalčininkai', 'Salcininkai'], 'LTU'),
        daugavpils=L(['Daugavpils'], 'LVA'),
    ),
    ['LTU', 'BLR', 'RUS', 'POL', 'LVA'],
    ['Gedimino pr. 99', 'LT-01999', '(10.2)-S-214', '+370 5 200 0000', 'press.desk@urm.lt'],
    [
        F('criticized', ['ltumfa'], ['BLR', 'lukashenko', 'Lukashenko regime', 'Belarusian regime'], 'pub'),
        F('urged', ['LTU', 'ltumfa'], ['BLR', 'Minsk'], 'pub'),
        F('warned', ['LTU', 'ltumfa'], ['BLR', 'Minsk regime', 'Lukashenko regime', 'regime'], 'pub'),
        F('sanctioned', ['LTU', 'Government', 'ltumfa'], ['BLR', 'Belarusian officials', 'Belarusian companies'], 'pub'),
        F('urged', ['ltumfa', 'LTU'], ['eu'], 'pub'),
        F('criticized', ['LTU', 'ltumfa'], ['RUS'], 'pub'),
        F('supplied', ['RUS'], ['BLR', 'Minsk regime']),
        F('met', ['budrys'], ['sikorski'], '2026-06-04'),
        F('agreed', ['budrys'], ['sikorski'], '2026-06-04'),
        F('supplied', ['POL'], ['laf'], '2026-06-04'),
        I('attacked', ['BLR', 'lukashenko', 'Lukashenko regime'], ['LTU', 'vilniusairport'], "balloons called a 'hybrid attack'; debatable type"),
        I('accused', ['LTU', 'ltumfa'], ['BLR', 'sbgc'], 'rebuttal of the Belarusian claim read as accusation; debatable'),
        I('cooperated', ['LTU', 'budrys'], ['POL', 'sikorski', 'LVA'], "'agreed to coordinate' (future) and 'in close contact' are weak or implied"),
        I('visited', ['sikorski'], ['vilnius'], "venue-only: 'met ... in Vilnius'"),
        I('sanctioned', ['eu'], ['BLR', 'RUS'], 'urged future sanctions package: speculative'),
        I('threatened', ['LTU', 'ltumfa'], ['BLR', 'Minsk regime'], "'will be met with additional restrictive measures' read as threat; debatable"),
    ])

doc('govdocs', 'g4-japan-mofa-readout', '2026-08-20',
    "Japan-Papua New Guinea Foreign Ministers' Meeting", 'Ministry of Foreign Affairs of Japan',
    dict(
        motegi=P(['Motegi Toshimitsu', 'Toshimitsu Motegi', 'Motegi', 'MOTEGI Toshimitsu'], 'JPN'),
        tkatchenko=P(['Justin Tkatchenko', 'Tkatchenko'], 'PNG'),
        wong=P(['Penny Wong', 'Wong'], 'AUS'),
        mofaj=O(['Ministry of Foreign Affairs of Japan', 'Ministry of Foreign Affairs'], 'JPN'),
        pngdf=O(['Papua New Guinea Defence Force', 'PNGDF'], 'PNG'),
        pif=O(['Pacific Islands Forum', 'PIF']),
        unsc=O(['UN Security Council', 'United Nations Security Council', 'Security Council']),
        lae=L(['Lae'], 'PNG'),
        bougainville=L(['Bougainville'], 'PNG'),
        yokohama=L(['Yokohama'], 'JPN'),
    ),
    ['JPN', 'PNG', 'PRK', 'RUS', 'AUS', 'UKR'],
    [],
    [
        F('met', ['motegi'], ['tkatchenko'], '2026-08-19'),
        F('visited', ['tkatchenko'], ['JPN'], '2026-08-19', 1),
        F('supplied', ['JPN', 'motegi'], ['pngdf'], '2026-07'),
        F('cooperated', ['motegi'], ['tkatchenko']),
        F('agreed', ['motegi'], ['tkatchenko'], '2026-08-19'),
        F('criticized', ['motegi'], ['PRK']),
        F('urged', ['motegi'], ['PRK']),
        F('urged', ['tkatchenko'], ['PRK']),
        F('cooperated', ['RUS'], ['PRK']),
        I('met', ['motegi'], ['wong'], 'phone call read as meeting'),
        I('visited', ['tkatchenko'], ['yokohama'], 'planned: will visit Yokohama on August 21'),
        I('attacked', ['PRK'], ['JPN'], "ICBM falling in Japan's EEZ is a launch, not an attack on Japan; debatable"),
        I('criticized', ['motegi', 'tkatchenko'], ['CHN'], "implied: 'unilateral attempts' in the East and South China Seas names no actor"),
        I('criticized', ['motegi', 'tkatchenko'], ['RUS'], "'concern over' Russia-North Korea cooperation; debatable criticism"),
        I('supplied', ['JPN', 'motegi'], ['lae'], 'grant aid under the Exchange of Notes is future'),
    ])

SG = ['Secretary-General', 'United Nations', 'UN', 'António Guterres', 'Antonio Guterres', 'Guterres']
doc('govdocs', 'g5-un-noon-briefing', '2026-10-29',
    'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General', 'United Nations',
    dict(
        dujarric=P(['Stéphane Dujarric', 'Dujarric'], None, ['un']),
        amina=P(['Amina Mohammed', 'Deputy Secretary-General'], None, ['un']),
        kiir=P(['Salva Kiir', 'Kiir'], 'SSD'),
        sommerfeld=P(['María Gabriela Sommerfeld', 'Sommerfeld'], 'ECU'),
        ruto=P(['William Ruto', 'Ruto'], 'KEN'),
        grundberg=P(['Hans Grundberg', 'Grundberg'], None, ['un']),
        albusaidi=P(['Sayyid Badr bin Hamad Albusaidi', 'Badr bin Hamad Albusaidi', 'Albusaidi'], 'OMN'),
        un=O(['United Nations', 'UN']),
        rsf=O(['Rapid Support Forces', 'RSF']),
        wfp=O(['World Food Programme', 'WFP']),
        saf=O(['Sudanese Armed Forces', 'SAF'], 'SDN'),
        unhcr=O(['UN Refugee Agency', 'UNHCR']),
        unifil=O(['UN Interim Force in Lebanon', 'UNIFIL']),
        idf=O(['Israel Defense Forces', 'IDF'], 'ISR'),
        ocha=O(['OCHA']),
        gsf=O(['Gang Suppression Force']),
        houthis=O(['Houthis']),
        pap=O(['Polish Press Agency']),
        gna=O(['Ghana News Agency']),
        venmfa=O(["Venezuela's foreign ministry"], 'VEN'),
        elfasher=L(['El Fasher'], 'SDN'),
        odesa=L(['Odesa', 'Odessa'], 'UKR'),
        kfarkela=L(['Kfar Kela'], 'LBN'),
        pap_city=L(['Port-au-Prince'], 'HTI'),
        artibonite=L(['Artibonite'], 'HTI'),
        juba=L(['Juba'], 'SSD'),
        bentiu=L(['Bentiu'], 'SSD'),
        beirut=L(['Beirut'], 'LBN'),
        muscat=L(['Muscat'], 'OMN'),
        sanaa=L(['Sanaa'], 'YEM'),
        redsea=L(['Red Sea']),
        caribbean=L(['Caribbean']),
    ),
    ['SDN', 'UKR', 'RUS', 'ISR', 'LBN', 'HTI', 'JPN', 'ECU', 'KEN', 'VEN', 'USA', 'OMN', 'YEM'],
    ['Mariana Ostrowska', 'Kwame Asante', 'SG/SPB/2026/211'],
    [
        F('criticized', SG, ['rsf'], 'pub'),
        F('attacked', ['rsf'], ['wfp', 'WFP convoy'], '2026-10-28'),
        F('urged', SG, ['rsf'], 'pub'),
        F('urged', SG, ['saf'], 'pub'),
        F('attacked', ['RUS', 'Russian drones'], ['odesa'], 'pub', 1),
        F('criticized', SG, ['RUS'], 'pub'),
        F('attacked', ['idf'], ['unifil', 'UNIFIL position'], '2026-10-28'),
        F('urged', ['unifil'], ['idf']),
        F('supplied', ['JPN', 'Government of Japan'], ['HTI', 'pap_city'], '2026-10-27'),
        F('visited', ['amina'], ['juba'], 'pub'),
        F('met', SG, ['sommerfeld'], 'pub'),
        F('visited', ['grundberg'], ['muscat'], 'pub'),
        F('met', ['grundberg'], ['albusaidi'], 'pub'),
        F('urged', ['grundberg'], ['houthis']),
        I('met', ['amina'], ['kiir'], 'planned: will meet President Salva Kiir tomorrow'),
        I('visited', ['amina'], ['bentiu'], 'planned: visit on Saturday'),
        I('met', SG, ['ruto'], 'phone call read as meeting'),
        I('attacked', ['ISR'], ['beirut', 'LBN'], 'question-only'),
        I('criticized', SG, ['ISR'], 'question-only; the Spokesman did not condemn'),
        I('accused', ['venmfa', 'VEN'], ['USA'], 'question-only'),
        I('attacked', ['USA'], ['caribbean', 'VEN'], 'question-only'),
        I('accused', SG, ['rsf'], "question-only: 'hold the RSF responsible'"),
        I('attacked', ['RUS', 'Russian drones'], ['unhcr'], 'collateral damage to a UNHCR warehouse; debatable target'),
    ])

# ---------------------------------------------------------------- sentences
doc('sentences', 's01', '2026-01-14', 'ASTANA, Jan. 14 (Kazinform)', 'Kazinform',
    dict(kazinform=O(['Kazinform']), astana=L(['Astana'], 'KAZ'),
         qazaq=O(['Qazaq Astyq Trading'], 'KAZ'), moa=O(['Ministry of Agriculture'], 'KAZ')),
    ['KAZ', 'TJK', 'KGZ'], [],
    [F('supplied', ['qazaq', 'Kazakh wheat'], ['TJK'], 'Tue'),
     F('supplied', ['qazaq', 'Kazakh wheat'], ['KGZ'], 'Tue'),
     I('supplied', ['moa'], ['TJK', 'KGZ'], 'source of the report, not the supplier')])

doc('sentences', 's02', '2026-02-27', 'PHNOM PENH, Feb. 27 (VNA)', 'Vietnam News Agency',
    dict(vna=O(['VNA', 'Vietnam News Agency']), phnompenh=L(['Phnom Penh'], 'KHM'),
         mps=O(['Vietnamese Ministry of Public Security', 'Ministry of Public Security'], 'VNM')),
    ['VNM', 'LAO', 'KHM'], [],
    [F('agreed', ['VNM'], ['LAO'], 'Thu'),
     F('agreed', ['VNM'], ['KHM'], 'Thu'),
     F('agreed', ['LAO'], ['KHM'], 'Thu'),
     I('visited', ['VNM', 'LAO'], ['phnompenh'], 'dateline only; a visit is implied')])

doc('sentences', 's03', '2026-04-09', 'ULAANBAATAR, April 9 (Montsame)', 'Montsame',
    dict(montsame=O(['Montsame']), ulaanbaatar=L(['Ulaanbaatar'], 'MNG'),
         cho=P(['Cho Hyun', 'Cho'], 'KOR'),
         khurelsukh=P(['Ukhnaagiin Khurelsukh', 'Khurelsukh', 'Ukhnaagiin Khürelsükh'], 'MNG')),
    ['KOR', 'MNG'], [],
    [F('visited', ['cho'], ['ulaanbaatar'], 'Wed', 1),
     F('met', ['cho'], ['khurelsukh'], 'Thu')])

doc('sentences', 's04', '2026-05-12', 'ISLAMABAD, May 12 (APP)', 'Associated Press of Pakistan',
    dict(app=O(['APP', 'Associated Press of Pakistan']), islamabad=L(['Islamabad'], 'PAK'),
         fo=O(['Foreign Office'], 'PAK'), sialkot=L(['Sialkot'], 'PAK')),
    ['PAK', 'IND'], [],
    [F('attacked', ['IND', 'Indian drones'], ['sialkot', 'water-pumping station'], '2026-05-10', 1, alleged='Foreign Office'),
     I('accused', ['fo', 'PAK'], ['IND'], 'reported claim read as accusation; debatable'),
     I('criticized', ['fo', 'PAK'], ['IND'], "'a blatant violation' characterises the alleged act; debatable")])

doc('sentences', 's05', '2026-06-18', 'ADDIS ABABA, June 18 (ENA)', 'Ethiopian News Agency',
    dict(ena=O(['ENA', 'Ethiopian News Agency']), addis=L(['Addis Ababa'], 'ETH'),
         abiy=P(['Abiy Ahmed', 'Abiy'], 'ETH'), hsm=P(['Hassan Sheikh Mohamud'], 'SOM'),
         pmo=O(["Prime Minister's Office"], 'ETH')),
    ['ETH', 'SOM'], [],
    [F('met', ['abiy'], ['hsm'], 'Wed'),
     I('visited', ['hsm'], ['addis'], "venue-only: 'received ... in Addis Ababa'")])

doc('sentences', 's06', '2026-07-02', 'DHAKA, July 2 (BSS)', 'Bangladesh Sangbad Sangstha',
    dict(bss=O(['BSS', 'Bangladesh Sangbad Sangstha']), dhaka=L(['Dhaka'], 'BGD'),
         anwar=P(['Anwar Ibrahim', 'Anwar'], 'MYS')),
    ['MYS', 'BGD'], [],
    [F('visited', ['anwar'], ['BGD', 'dhaka'], 'Wed', 1)])

doc('sentences', 's07', '2026-08-06', 'BAKU, August 6 (APA)', 'APA',
    dict(apa=O(['APA']), baku=L(['Baku'], 'AZE'),
         azdef=O(["Azerbaijan's Defence Ministry", 'Defence Ministry'], 'AZE'), tegh=L(['Tegh'], 'ARM')),
    ['AZE', 'ARM'], [],
    [I('attacked', ['azdef', 'AZE'], ['ARM', 'Armenian positions', 'tegh'], 'negated: the ministry denied it'),
     I('accused', ['azdef', 'AZE'], ['ARM'], "'calling the claim disinformation' names no accused party"),
     I('criticized', ['azdef', 'AZE'], ['ARM'], "'calling the claim disinformation' names no criticized party")])

doc('sentences', 's08', '2026-09-15', 'SUVA, Sept 15 (FBC News)', 'FBC News',
    dict(fbc=O(['FBC News']), suva=L(['Suva'], 'FJI'),
         rabuka=P(['Sitiveni Rabuka', 'Rabuka'], 'FJI'), luxon=P(['Christopher Luxon', 'Luxon'], 'NZL'),
         wellington=L(['Wellington'], 'NZL')),
    ['FJI', 'NZL'], [],
    [I('visited', ['rabuka'], ['wellington'], 'speculative: is expected to travel'),
     I('met', ['rabuka'], ['luxon'], 'speculative: planned talks'),
     I('agreed', ['rabuka'], ['luxon'], 'speculative: possible pact'),
     I('cooperated', ['rabuka'], ['luxon'], 'speculative: possible defence cooperation pact')])

doc('sentences', 's09', '2026-10-08', 'BRASÍLIA, Oct 8 (Agência Brasil)', 'Agência Brasil',
    dict(ab=O(['Agência Brasil']), brasilia=L(['Brasília', 'Brasilia'], 'BRA'), beni=L(['Beni'], 'BOL'),
         bramfa=O(['Brazilian foreign ministry'], 'BRA')),
    ['BRA', 'COL', 'BOL'], [],
    [F('supplied', ['BRA'], ['BOL', 'beni'], 'Tue'),
     F('supplied', ['COL'], ['BOL', 'beni'], 'Tue'),
     I('cooperated', ['BRA'], ['COL'], "comitative 'together with' read as cooperation; implied")])

doc('sentences', 's10', '2026-11-20', 'MOGADISHU, Nov 20 (SONNA)', 'SONNA',
    dict(sonna=O(['SONNA']), mogadishu=L(['Mogadishu'], 'SOM'),
         shabaab=O(['al-Shabaab', 'al-Shabaab fighters']),
         aussom=O(['African Union Support and Stabilization Mission in Somalia', 'AUSSOM']),
         sna=O(['Somali National Army'], 'SOM'), baidoa=L(['Baidoa'], 'SOM')),
    ['SOM'], [],
    [F('attacked', ['shabaab'], ['aussom'], '2026-11-19', 1),
     F('attacked', ['shabaab'], ['sna'], '2026-11-19', 1),
     I('attacked', ['shabaab'], ['baidoa'], 'venue-only: outside Baidoa')])


def build(d):
    ents = d['ents']
    entities = []
    for key, (kind, names, country, act) in ents.items():
        e = {'name': list(names), 'kind': kind}
        if country and kind in ('person', 'place'):
            e['country'] = ['iso3:' + country]
        entities.append(e)
    for code in d['states']:
        entities.append({'name': ['iso3:' + code], 'kind': 'state'})
    facts, ignore = [], []
    for f in d['facts']:
        rec = {'from': expand(f['frm'], ents), 'type': f['type'], 'to': expand(f['to'], ents)}
        if f['kind'] == 'ignore':
            rec['why'] = f['why']
            ignore.append(rec)
            continue
        date, tol = resolve_date(f['date'], d['published'], f['tol'])
        if date:
            rec['date'] = date
            rec['date_tolerance_days'] = tol
        if f['alleged']:
            rec['modality'] = 'alleged'
            rec['attributed_to'] = f['alleged']
        facts.append(rec)
    gold = {'doc': d['name'] + '.txt', 'published': d['published'],
            'source': 'written for geokg heldout27 (own text, style of %s)' % d['style'],
            'entities': entities, 'forbidden_entities': d['forbidden'], 'facts': facts, 'ignore': ignore}
    meta = {'published': d['published'], 'title': d['title'], 'source': d['outlet']}
    base = os.path.join(ROOT, d['folder'], d['name'])
    with open(base + '.gold.json', 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(base + '.meta.json', 'w', encoding='utf-8') as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1)
    return gold


if __name__ == '__main__':
    for d in DOCS:
        g = build(d)
        print('%-10s %-42s facts %3d  entities %3d  ignore %3d  forbidden %3d' % (
            d['folder'], d['name'], len(g['facts']), len(g['entities']), len(g['ignore']), len(g['forbidden_entities'])))

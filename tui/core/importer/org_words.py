"""What organization names are made of, and what they are not: head nouns (`Ministry`,
`Foundation`), things with names (`Act`, `Awards`), well-known acronyms, words in capitals
that name no body (`CEO`, `NYSE`), titles, boards, and the shapes of the words of a name."""

from __future__ import annotations

import re

from tui.core.importer.names import UP, given_gender

# A capitalised phrase: capitalised words, joined by a few lowercase connectors.
CONNECT = r"(?:of|for|and|on|the|in|to|de|du|des|against|&)"

# A double hyphen ends a word: "FORT COLLINS--Colorado State University" is a dateline, then a name.
# An en dash between two words of a place: "University of Nebraska–Lincoln".
CAPWORD = rf"{UP}(?:[\w’']|(?<=\w)‘(?=\w)|-(?!-)|(?<=[a-z])–(?={UP}[a-z]))*"  # an okina inside a word: "Hawai‘i"

# "St. Kilda Campus Council": an abbreviated saint or mount, not a sentence end ("Main St. The …" is one).
SAINT = rf"(?:St|Ste|Mt|Ft)\.(?=[ \t]+(?!(?:The|This|That|He|She|It|We|They|A|An|In|On|At)\b){UP})"

# A dotted abbreviation inside a name: "the U.Va. Alumni Association", "the D.C. Coalition"
# (not before a sentence's first word: "… in Washington, D.C. The Council …").
DOTTED = rf"(?:[A-Z][a-z]?\.){{2,3}}(?=[ \t]+(?!(?:The|This|That|He|She|It|We|They|A|An|In|On|At)\b){UP})"

# A middle initial inside a name, with two more capitalised words after it: "Thomas H. Lee Partners",
# "Ray W. Herrick Laboratories" (not a person's "Chancellor John A. White,").
# (Or before "and" and a second founder's name: "Harold P. and Arthur W. Corwell Foundation".)
INITIAL = (
    rf"[A-Z]\.(?=[ \t]+(?:and[ \t]+(?=[A-Z][a-z]+[ \t]+[A-Z]\.?[ \t]+{UP}))?"
    rf"(?!(?:The|This|That|He|She|It|We|They|A|An|In|On|At)\b){CAPWORD}[ \t]+{UP})"
)

# A word of a name: capitalised, or a year ("Rio 2016 Organising Committee").
# An elided article is part of a name: "Côte d'Ivoire", "Val-d’Oise".
NAMEWORD = rf"(?:{SAINT}|{DOTTED}|{INITIAL}|{CAPWORD}|(?:19|20)\d\d(?![\w-])|U\.[SK]\.|[dl][’']{UP}[\w’'\-]*)"

# At most 12 words: a bound on the work at each start in a long run of capitalised words.
PHRASE = rf"(?:U\.[SK]\.(?=[ \t]+{UP})|{CAPWORD})(?:\s+(?:{CONNECT}\s+){{0,3}}{NAMEWORD}){{0,12}}"

# The legal forms of a company's name: one list for every reader (actors, the book, the shapes).
# ("Grupo Acme, S.A. de C.V.": a Mexican company's form; "Acme Steel Pvt. Ltd.", "Acme Pharma A/S",
# a Norwegian "Tarvik ASA".)
LEGAL_FORM = (
    # A German partnership limited by shares: "Tarvik AG & Co. KGaA", "Tarvik GmbH & Co. KG" (the longest first).
    r"(?:(?:AG|GmbH|SE)[ ]&[ ]Co\.[ ]KG(?:aA)?\b|KGaA\b|Pvt\.?[ ](?:Ltd\.?|Limited)|Private[ ]Limited|A/S\b|ApS\b|"
    r"Inc\.|Inc\b|Incorporated\b|Corp\.|Corp\b|Corporation|Co\.|Ltd\.|Ltd\b|Limited|plc|Plc|PLC|AG|ASA\b|Aktiengesellschaft|GmbH|"
    r"S\.A\.(?:[ ]de[ ]C\.V\.|[ ]de[ ]R\.L\.)?|SA\b|S\.p\.A\."
    r"|N\.V\.|NV\b|B\.V\.|BV\b|LLC|L\.L\.C\.|LLP|LP\b|L\.P\.|Pty\.? Ltd\.?|Companies|Cos\.|Holdings|"
    # A Swedish "Tarvik AB" (never after a comma: "Lethbridge, AB" is Alberta), a Polish "sp. z o.o.".
    r"(?<!,[ ])AB\b|[Ss]p\.[ ]?z[ ]?o\.[ ]?o\.|"
    # A Malaysian private or public company: "Tarvik Sdn. Bhd.", "Tarvik (M) Sdn Bhd", "Tarvik Berhad".
    r"Sdn\.?[ ]Bhd\b\.?|Bhd\b\.?|Berhad\b|"
    r"INC\.|INC\b|LTD\.|LTD\b|CORP\.|CORP\b)"
)
# A name that ends in a legal form: "Acme Holdings Ltd.", "Borex, Inc.", "Cantrell GmbH".
LEGAL_END = re.compile(rf"[ ,]\s*(?:{LEGAL_FORM})\.?$")

# Head nouns of organization names found in roles.
HEADS = (
    "Ministry|Department|Unit|Office|Agency|Commission|Council|Chairmanship|Mission|Embassy|Police|Court|"
    "Parliament|Government|Secretariat|Centre|Center|Institute|Bank|Fund|Programme|Program|Service|"
    "Directorate|Bureau|Authority|Union|Organization|Organisation|Association|Federation|Committee|Assembly|"
    "Prosecution|Prosecutor's Office|Red Cross|Network|Coalition|Foundation|University|Academy|Tribunal|"
    "College|School|Hospital|Council|Corporation|Company|Group|Trust|Alliance|Partnership|Board|Pool|Corps|"
    "Constabulary|Squad|Command|Patrol|Society|Consortium|Panel|Faculty|Party|Convention|Clinic|Task Force|"
    r"Branch(?!\s+Manager)|"  # ("Regional Branch Manager": a post)
    "Companies|Brigade|Regiment|Ombudsman|Administration|Commissioners|Supervisors|League|Foods|Club|Force|"
    "Library|Libraries|"
    # The last words of companies' and campaigners' names: "Western Resource Advocates", "Acme Media".
    "Chamber|Advocates|Partners|Solutions|Technologies|Industries|Laboratories|Labs|Pharmaceuticals|"
    "Therapeutics|Airlines|Airways|Motors|Ventures|Studios|Media|Networks|Insurance|Farms|Farm"
)

# Days and months: "the Ministry on Saturday" ends at "Ministry".
CALENDAR = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)

# A named organization anywhere in the text: `Ministry of Foreign Affairs`, `European Union`,
# `Special Monitoring Mission to Ukraine`, `University of Rochester Medical Center`.
# A programme is something a body runs, not a body, unless the text defines it with an acronym (UNDP).
# A team is a body when a word before it names a service's task: "Crisis Negotiation Team",
# "UN Country Team"; not "National Team", "Ward Team".
SERVICE_TEAM = (
    rf"{CAPWORD}\s+(?:Response|Negotiation|Incident|Crime|Terrorism|Support|Action|Country|Health|Emergency|"
    r"Investigations?|Enforcement|Intervention)\s+Team"
)
BUSINESS_HEADS = (
    r"Bakery|Pharmacy|(?<=[’']s\s)Caf[eé]|Butchers|Care\s+Home|Nursing\s+Home|Barber\s+Shop|"
    r"Meat\s+Market|Brass\s+Band|"
    # a maker of drink named by its place or founder: "Tarnbridge Distillery", "Kelso Estate Winery", "Arden Vineyards"
    r"Distillery|Winery|Vineyards|Brewery"
)
# A business's name ends at its head: "Westby Bakery on Main Street" is the bakery and where it is;
# "Pharmacists and Pharmacy [Associates]" joins common nouns, no business.
BUSINESS_TAIL = re.compile(rf"(?<![\w-])(?P<head>{BUSINESS_HEADS})\s+(?:on|at|in)\s.*$")
BUSINESS_JOINED = re.compile(rf"^[A-Z][a-z]+\s+(?:and|&)\s+(?:{BUSINESS_HEADS})$")
# Local bodies named with their kind after the place: "Tarkwa District Municipality", "Kelton Shire",
# "Glenford Park District", "Larch County Fire Rescue"; a company's last word: "Acme Communications" (not
# a field of work: "Corporate Communications for Acme"); a county's ambulance service, "Larch County EMS";
# a territory's police by its initials, "ACT Policing" (not "Community Policing"); a body's unit.
LOCAL_HEADS = (
    r"Municipality|Shire|Fire\s+Rescue|Communications(?!\s+(?:for|of)\s+[A-Z])|(?:County|Parish)\s+EMS|"
    r"(?<=[A-Z]{2}\s)Policing|"
    # a unit of a body, "Marsh Survey Division" (not a league's: "First Division", "Premier Division")
    r"Division(?<!(?:First|Third)\sDivision)(?<!Second\sDivision)(?<!Premier\sDivision)|"
    r"(?:Park|School|Water|Fire|Sanitary|Sanitation|Transit|Library|Hospital|Conservation|Irrigation)\s+District|"
    # a local business or band named in a local story: "Westby Bakery", "Tom’s Barber Shop", "Millbrook Care Home"
    # (a café only after its owner's possessive: "Research Café" is a series of talks)
    + BUSINESS_HEADS
)
NAMED_HEADS = (
    HEADS.replace("Chairmanship|", "").replace("Programme|Program|", "")
    # (A think tank's or a museum's last word: "Acme Institution", "Hollin Museum of Natural History".)
    + "|International|Watch|Crescent|Cross|Institution|Museum|"
    + LOCAL_HEADS
    + "|"
    + SERVICE_TEAM
)

# Title words that start a role, not an organization's name.
TITLE_START = re.compile(
    r"^(?:Head|Chief|Director|Deputy|Assistant|Minister|Representative|Secretary|General|President|Chair\w*|"
    r"Commissioner|Executive|Ambassador|Spokesperson|Member|Professor|Dean|Rector)\b|^(?:of|for|on|to|the|and)$"
)

# A person's title at the end of a defined name: "Cabinet Secretary (CS)", "Chief Executive (CE)".
TITLE_END = re.compile(
    r"(?<![\w-])(?:Secretary|Minister|Officer|Director|President|Commissioner|Chair(?:man|woman|person)?|Manager|"
    r"Governor|Mayor|Ambassador|Spokes(?:person|man|woman)|Premier|Executive|Attorney|Inspector|Superintendent|"
    r"Co-?ordinator|Rapporteur|Envoy)$"
)

# States are places, not organizations, whatever their names end with. "United States" alone is a
# state; a name that only begins with it ("United States Olympic Committee") is a body.
STATE = re.compile(
    r"^(?:(?:Russian Federation|United States(?: of America)?|United Kingdom)$"
    r"|(?:Republic|Kingdom|State|Principality) of\b)"
)

# Heads of things that are not organizations: days, laws, plans, prizes, places, events.
THINGS = (
    r"Day|Days|Week|Month|Year|Act|Law|Bill|Scheme|Directive|Regulation|Strategy|Plan|Agreement|Treaty|Protocol|Index|"
    r"Report|Survey|Syndrome|Disease|Disorder|Virus|Award|Awards|Prize|Medal|Trophy|Cup|Games|Series|World|"
    r"Championships?|Conference|Summit|Festival|Exhibition|Airport|Station|Stadium|Arena|Building|Courthouse|"
    r"Pavilion|Terminal|Road|Street|"
    r"Avenue|Campus|Lecture|Fellowship|Scholarship|Grant|Tax|Course|Ceremony|Challenge|Tour|Open|Framework|"
    # (meetings, races, and what a name may define that is no body: "Foreign Direct Investment (FDI)")
    r"Meeting|Meetings|Regatta|Investment|Partnerships|Substances|Circumstances|"
    # ("Official Development Assistance (ODA)", "Exclusive Economic Zone (EEZ)", "Single Point of Entry (SPE)")
    r"Assistance|Zone|Generation|Entry|"
    # (a standing and a class of states, not bodies: "Preferred Lender Status (PLS)", "Small Island Developing
    # States (SIDS)", "Least Developed Countries (LDCs)"; not "United Nations")
    r"Status|(?<=Developing\s)(?:States|Countries|Economies)|(?<=Developed\s)(?:States|Countries|Economies)"
)

THING_HEAD = re.compile(rf"(?<![\w-])(?:{THINGS}|Test|Tests)$")

# A head noun followed by one of those: "City Centre Airport", "Men’s College World Series".
THING_AFTER = re.compile(rf"\s+(?:{THINGS})(?![\w’'-])")

# Capitals that are not organizations: numerals, units, currencies, countries, titles, diseases, jargon,
# time zones, stock exchanges, legal forms alone, role abbreviations, post-nominals, header and calendar words,
# styles and titles (HRH, VC), indices and markets (FTSE, AIM), fuels, fields of study, treaties, machines.
NOT_ORGS = frozenset(
    """I II III IV V VI VII VIII IX X XI XII OK AM PM TV ID IDs CEO CFO COO CTO PDF USD EUR GBP CHF GDP DG PTSD HIV
    AIDS COVID SDG SDGs HQ UNHQ PR NGO NGOs USA US UK UAE NZ PhD MP MPs MEP MEPs AI IT ICT FAQ LGBT LGBTI LGBTIQ
    NEW YORK Q A ETA ASAP CET GMT UTC EST PST DNA RNA
    ET EDT CT CST CDT MT MST MDT PT PDT BST CEST EET EEST AEST AEDT ACST ACDT AWST NZST NZDT IST JST HKT SGT WAT EAT
    JPY CNY CAD AUD NZD INR HKD SGD RUB BRL ZAR SEK NOK DKK PLN
    KB MB GB TB PB GW MW KW kW MWh GWh TWh kWh HP RPM MPH KPH CO2 PPM LED LCD OLED USB SMS MMS GPS RFID DVD CD HD
    RAM ROM CPU GPU SSD HDD EV EVs
    UHD SVOD AVOD VOD IPTV DIY OEM ODM SKU API SDK KPI ROI IPO EPS EBITDA GAAP YoY ESG CSR RSVP PS NB FYI ATM ICU
    ER CPR PPE URL HTML HTTP HTTPS WWW SARS MERS Q1 Q2 Q3 Q4 H1 H2 FY
    CIO CMO CHRO CISO CSO EVP SVP VP GM MD DA HR IR RN
    TD MSP MLA MPP QC KC SC AC AO OAM APM PSM OBE MBE CBE KBE DBE CH FRS FRSE FACHE FACP FRCP FRCS CPA CFA JP
    NYSE NASDAQ Nasdaq AMEX TSX TSXV ASX LSE OTC OTCQX OTCQB OTCBB HKEX SGX JSE NZX
    LLC LLP INC LTD PLC AG GMBH SA NV BV CORP
    NEWS RELEASE PRESS MEDIA NOTE EDITOR EDITORS FOR IMMEDIATE ADVISORY UPDATE UPDATED BREAKING CONTACT CONTACTS
    SOURCE END MORE STATEMENT ALERT EMBARGOED EMBARGO PHOTO VIDEO NEWSWIRE WIRE
    FREE NOW NEW BIG FUN LIVE SALE WIN OFF ALL YOU YOUR OUR NOT YES TODAY TONIGHT
    JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE TUES WED THU THUR THURS FRI SAT SUN
    XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII XXIV XXV XXVI XXVII XXVIII XXIX XXX
    HRH VC CMD FTSE AIM LNG LPG CNG STEM CTBT NPT LHC AGM CCTV MVP CJ DCJ DPM
    R&D Q&A M&A P&L B&B F&B A&E O&M T&C E&O S&P""".split()  # (pairs of initials that name a field, no body)
)

# Ordinary words written in capitals for emphasis ("care with HEART", "the RED flag warning", "our SAFETY
# officials"): used once and never defined, such a word is no body, whatever the words around it (a body
# named by one, "CARE", still counts when the text defines it or uses it twice).
EMPHASIS_CAPS = frozenset(
    """CARE HEART PURPOSE PASSION LOVE PRIDE HOPE JOY FAITH RESPECT COURAGE SAFETY SAFE ZERO RED GREEN BLUE
    BLACK WHITE GOLD BEST GREAT HUGE REAL TRUE MUST NEVER ALWAYS EVERY ONLY MORE LESS FAST STRONG TOGETHER""".split()
)

# Capitals that qualify a programme, a team or a report without naming a body: degrees, school subjects and
# needs, a workplace's functions and units, indices and taxes ("an MBA programme", "the SEN team", "the CPI report").
NOT_BODY_MODIFIERS = NOT_ORGS | frozenset(
    """BA MA BS MS BSc MSc MBA LLB LLM MPhil DPhil EdD MD GCSE IB PE RE ESL EAL ESOL EFL SEN SEND ECE
    QA UX UI IS OR ED OT SLT SMT VIP SWAT VAR DJ NICU MRI CT IVF GIS CPI PMI VAT GST PAYE""".split()
)

# "(NYSE: TREX)", "NASDAQ: MSFT": an exchange and a ticker, neither of them an organization.
EXCHANGES = (
    r"(?:NYSE(?:\s+(?:American|MKT|Arca))?|NASDAQ|Nasdaq|AMEX|TSX-?V?|ASX|LSE|AIM|OTC(?:[ ]?BB|\w*)|Euronext|Xetra|FWB|"
    r"SIX|HKEX|SGX|JSE|NZX|BSE|NSE|CSE|BMV|BMAD|Latibex|BOVESPA|KRX|TWSE|SET|PSE|IDX)"
)

WELL_KNOWN = {
    "OSCE": "Organization for Security and Co-operation in Europe",
    "UN": "United Nations",
    "EU": "European Union",
    "UNODC": "United Nations Office on Drugs and Crime",
    "IOM": "International Organization for Migration",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees",
    "UNICEF": "United Nations Children's Fund",
    "NATO": "North Atlantic Treaty Organization",
    "ODIHR": "Office for Democratic Institutions and Human Rights",
    "OHCHR": "Office of the United Nations High Commissioner for Human Rights",
    "WHO": "World Health Organization",
    "UNDP": "United Nations Development Programme",
    "Europol": "European Union Agency for Law Enforcement Cooperation",
    "Frontex": "European Border and Coast Guard Agency",
    "Interpol": "International Criminal Police Organization",
    "INTERPOL": "International Criminal Police Organization",
    "Eurojust": "European Union Agency for Criminal Justice Cooperation",
    "Eurostat": "Statistical Office of the European Union",
    "Cedefop": "European Centre for the Development of Vocational Training",
    "Eurofound": "European Foundation for the Improvement of Living and Working Conditions",
    "ICRC": "International Committee of the Red Cross",
    "IFRC": "International Federation of Red Cross and Red Crescent Societies",
    "UNFPA": "United Nations Population Fund",
    "UNEP": "United Nations Environment Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "FAO": "Food and Agriculture Organization of the United Nations",
    "WFP": "World Food Programme",
    "ILO": "International Labour Organization",
    "IMF": "International Monetary Fund",
    "OECD": "Organisation for Economic Co-operation and Development",
    "WTO": "World Trade Organization",
    "UNAIDS": "Joint United Nations Programme on HIV/AIDS",
    "OCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "UNOCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "UNRWA": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "EEAS": "European External Action Service",
    "ECB": "European Central Bank",
    "EIB": "European Investment Bank",
    "EBRD": "European Bank for Reconstruction and Development",
    "AU": "African Union",
    "ASEAN": "Association of Southeast Asian Nations",
    "OAS": "Organization of American States",
    "ICC": "International Criminal Court",
    "ICJ": "International Court of Justice",
    "IAEA": "International Atomic Energy Agency",
    "EUAA": "European Union Agency for Asylum",
    "CEPOL": "European Union Agency for Law Enforcement Training",
    "HRW": "Human Rights Watch",
    "MSF": "Médecins Sans Frontières",
    "WWF": "World Wide Fund for Nature",
    "IUCN": "International Union for Conservation of Nature",
    "IPCC": "Intergovernmental Panel on Climate Change",
    "UNFCCC": "United Nations Framework Convention on Climate Change",
    "IFAD": "International Fund for Agricultural Development",
    "UNIDO": "United Nations Industrial Development Organization",
    "ITU": "International Telecommunication Union",
    "WMO": "World Meteorological Organization",
    "WIPO": "World Intellectual Property Organization",
    "ICAO": "International Civil Aviation Organization",
    "UNCTAD": "United Nations Conference on Trade and Development",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "ECOWAS": "Economic Community of West African States",
    "OPCW": "Organisation for the Prohibition of Chemical Weapons",
    "FIFA": "Fédération Internationale de Football Association",
    "UEFA": "Union of European Football Associations",
    "CAF": "Confederation of African Football",
    "AFC": "Asian Football Confederation",
    "OFC": "Oceania Football Confederation",
    "CONCACAF": "Confederation of North, Central America and Caribbean Association Football",
    "CONMEBOL": "South American Football Confederation",
    "IOC": "International Olympic Committee",
    "IPC": "International Paralympic Committee",
    "WADA": "World Anti-Doping Agency",
    "NCAA": "National Collegiate Athletic Association",
    "BBC": "British Broadcasting Corporation",
    "NHS": "National Health Service",
    "FBI": "Federal Bureau of Investigation",
    "NASA": "National Aeronautics and Space Administration",
    "CDC": "Centers for Disease Control and Prevention",
    "FDA": "Food and Drug Administration",
    "NIH": "National Institutes of Health",
    "RCMP": "Royal Canadian Mounted Police",
    # National bodies often named by their acronym alone.
    "USAID": "United States Agency for International Development",
    "DHS": "Department of Homeland Security",
    "DOJ": "Department of Justice",
    "EPA": "Environmental Protection Agency",
    "FEMA": "Federal Emergency Management Agency",
    "ATF": "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    "DEA": "Drug Enforcement Administration",
    "CBP": "U.S. Customs and Border Protection",
    "NOAA": "National Oceanic and Atmospheric Administration",
    "USDA": "United States Department of Agriculture",
    "HUD": "Department of Housing and Urban Development",
    "FAA": "Federal Aviation Administration",
    "FCC": "Federal Communications Commission",
    "FTC": "Federal Trade Commission",
    "SEC": "Securities and Exchange Commission",
    "IRS": "Internal Revenue Service",
    "NTSB": "National Transportation Safety Board",
    "ACLU": "American Civil Liberties Union",
    "NAACP": "National Association for the Advancement of Colored People",
    "AARP": "AARP",
    "HMRC": "HM Revenue and Customs",
    "DWP": "Department for Work and Pensions",
    "DfE": "Department for Education",
    "FCDO": "Foreign, Commonwealth and Development Office",
    "DEFRA": "Department for Environment, Food and Rural Affairs",
    "Defra": "Department for Environment, Food and Rural Affairs",
    "Ofsted": "Office for Standards in Education",
    "Ofcom": "Office of Communications",
    "Ofgem": "Office of Gas and Electricity Markets",
    "CQC": "Care Quality Commission",
    "ONS": "Office for National Statistics",
    "CPS": "Crown Prosecution Service",
    "NCA": "National Crime Agency",
    "RSPCA": "Royal Society for the Prevention of Cruelty to Animals",
    "RSPB": "Royal Society for the Protection of Birds",
    "NSPCC": "National Society for the Prevention of Cruelty to Children",
    "RNLI": "Royal National Lifeboat Institution",
    "CSIRO": "Commonwealth Scientific and Industrial Research Organisation",
    "ACCC": "Australian Competition and Consumer Commission",
    "ATO": "Australian Taxation Office",
    "ADF": "Australian Defence Force",
    "CBC": "Canadian Broadcasting Corporation",
    "CRA": "Canada Revenue Agency",
    "OPP": "Ontario Provincial Police",
    "HSE": "Health Service Executive",
    "PSNI": "Police Service of Northern Ireland",
    "An Garda Síochána": "An Garda Síochána",  # Ireland's police: its name has no head noun
    "ISRO": "Indian Space Research Organisation",
    "EMA": "European Medicines Agency",
    "EFSA": "European Food Safety Authority",
    "ECDC": "European Centre for Disease Prevention and Control",
    "UNOPS": "United Nations Office for Project Services",
    "UNHRC": "United Nations Human Rights Council",
    "UNSC": "United Nations Security Council",
    "UNIFEM": "United Nations Development Fund for Women",
    "UNV": "United Nations Volunteers",
    "GAVI": "Gavi, the Vaccine Alliance",
    "AfDB": "African Development Bank",
    "ADB": "Asian Development Bank",
    "IDB": "Inter-American Development Bank",
    "SADC": "Southern African Development Community",
    "EAC": "East African Community",
    "IGAD": "Intergovernmental Authority on Development",
    "CARICOM": "Caribbean Community",
    "APEC": "Asia-Pacific Economic Cooperation",
    "ICANN": "Internet Corporation for Assigned Names and Numbers",
    "IEA": "International Energy Agency",
    "IRENA": "International Renewable Energy Agency",
    "IMO": "International Maritime Organization",
    "UPU": "Universal Postal Union",
    "ICRISAT": "International Crops Research Institute for the Semi-Arid Tropics",
    "CGIAR": "CGIAR",
    "IFC": "International Finance Corporation",
    "MIGA": "Multilateral Investment Guarantee Agency",
    "IDA": "International Development Association",
    "IBRD": "International Bank for Reconstruction and Development",
    "AFL": "Australian Football League",
    "NRL": "National Rugby League",
    "NFL": "National Football League",
    "NBA": "National Basketball Association",
    "MLB": "Major League Baseball",
    "NHL": "National Hockey League",
    "MLS": "Major League Soccer",
    "GAA": "Gaelic Athletic Association",
}

# A sport's governing body is named after the sport and its country: "Rugby Australia",
# "Netball New Zealand", "British Athletics", "World Rugby", "UK Sport".
SPORTS = (
    r"(?:Athletics|Rugby|Football|Soccer|Cricket|Netball|Hockey|Tennis|Golf|Rowing|Cycling|Swimming|Basketball|"
    r"Volleyball|Baseball|Softball|Sailing|Gymnastics|Boxing|Judo|Triathlon|Badminton|Squash|Archery|Lacrosse|"
    r"Surfing|Skiing|Bowls|Canoeing|Curling|Fencing|Sport)"
)

NOT_NAME_START = frozenset("My Our Your Lead Led Dear Former Latest Further".split())

GENERIC = ("University", "Company", "Department", "Government", "Ministry", "Council", "Service", "Agency", "Group")
# A body named only by kind: "the Governing Council", "the General Assembly", "a Regional Committee".
# Which one is meant the text says elsewhere (or never): not a name of its own.
GENERIC_NAME = re.compile(
    r"^(?:(?:General|Governing|Regional|Executive|Annual|Joint|Policy|Steering|Organising|Organizing|"
    r"Technical|Scientific|Public|Interim)\s+){1,3}"
    rf"(?:{HEADS})$"
    # Kinds of media and of government, named in capitals: "Social Media", "the Federal Government".
    r"|^(?:(?:Social|Mass|News|Digital|Print|Local)\s+(?:and\s+)?Media|"
    r"(?:Federal|Central|Local|State|National|Provincial|Territorial)\s+Government)$"
    # A body's organ named by its level alone: "Student Council", "Central Board".
    r"|^(?:Student|Central)\s+(?:Council|Board)$|^Community\s+(?:Council|Board)$|^County\s+Board$"
    # A local government's organ named by its level alone, which place the text says elsewhere:
    # "the Town Council", "the School Board" (with its place, "Brentmoor Town Council", a name).
    r"|^(?:Town|City|County|Village|Parish|Borough|District|Township|School)\s+(?:Council|Board)$"
    # An organ named by its members alone: "the Board of Supervisors", "the Council of Ministers".
    r"|^(?:Board|Council)\s+of\s+(?:Supervisors?|Selectmen|Commissioners|Ministers|Aldermen|Canvassers)$"
    r"|^Committee\s+of\s+the\s+Whole$"
    # An emergency service named by its kind alone: "the Police Service", "the Fire and Rescue Service".
    r"|^(?:Police|Fire|Fire\s+and\s+Rescue|Ambulance|Prison|Probation)\s+(?:Service|Force)$"
)

# (A board's members alone name it: "Governors chairman Ana Reis".)
BOARD = re.compile(
    r"^(?:(?:Board|Council|Court) of (?:Directors|Trustees|Governors|Management)|"
    r"(?:Management|Supervisory|Executive|Advisory) Board|"
    r"(?:The )?(?:Directors|Trustees|Governors|Regents|Commissioners|Councillors|Selectmen|Aldermen))$"
)

# A board whose members the name says: its owner is an organization, head noun or not.
MEMBERS_BOARD = re.compile(r"\sBoard\s+of\s+(?:Directors|Trustees|Governors)$")

# The board of a company is that company: "Acme’s Management Board", "Supervisory Board of Acme AG".
BOARD_NAME = r"(?:Management|Supervisory|Executive|Advisory) Board"

BOARD_OWNER = re.compile(
    rf"^(?:(?P<owner>{CAPWORD}(?:\s+{CAPWORD}){{0,3}})[’']s\s+{BOARD_NAME}|{BOARD_NAME}\s+(?:of|at)\s+(?:the\s+)?"
    rf"(?P<owner2>{CAPWORD}(?:\s+{CAPWORD}){{0,3}}))$"
)

# A plural of people before an apostrophe opens a name: "Teachers’ Union", "Girls’ Schools Association".
PLURAL_PEOPLE = re.compile(
    r"^(?:[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents)|Girls|Boys|Nurses|Veterans|Parents|Peoples|Nations|Families|"
    r"Mothers|Fathers|Pensioners|Patients|Carers|Citizens|Residents|Students|Farmers|Workers|Police)$"
)

HEAD_WORD = re.compile(rf"(?<![\w-])(?:{HEADS})(?![\w-])")

# What a short form leaves out: "Acme" for "Acme International", "Acme Foundation".
SHORT_TAIL = re.compile(rf"(?<![\w-])(?:{HEADS}|International|Global|Worldwide|Inc\.?|Ltd\.?|Limited|plc)(?![\w-])")


COUNTRY_CODES = frozenset("UK US USA UAE NZ EU".split())


def person_tail(words: list[str]) -> bool:
    """Whether a run ends with a person's name: `Minister for Health Brad Hazzard`."""
    if len(words) < 2 or HEAD_WORD.fullmatch(words[-1]) or not words[-1][:1].isupper():
        return False
    if words[-1] in COUNTRY_CODES:
        return False  # "Age UK": a country's short form, not a surname
    return given_gender(words[-2]) in ("m", "f") and not HEAD_WORD.fullmatch(words[-2])


# A person's title or honorific glued after a name: "University of Nairobi Vice Chancellor",
# "Ministry of External Affairs Mr", "Acme Union National President J.".
TITLE_NOUN = re.compile(
    r"^(?:President|Chancellor|Vice-Chancellor|Chair(?:man|woman|person)?|Director|Secretary|Minister|Commissioner|"
    r"Manager|Officer|Governor|Mayor|Ambassador|Dean|Rector|Registrar|Spokes(?:person|man|woman)|CEO|CFO|COO|"
    r"Head|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Hon)\.?$"
)
# Words that open a title before its noun: "Vice Chancellor", "National President", "Prime Minister".
TITLE_OPENER = re.compile(
    r"^(?:Vice|Deputy|Acting|Executive|Chief|National|General|Regional|Senior|Assistant|Interim|Associate|Managing|"
    r"Prime|Permanent|Principal|Founding|Pro|Honorary|International|State|Federal|Provincial)$"
)
# A head whose name ends with a title: "Office of the Information Commissioner".
OFFICE_OF_TITLE = re.compile(r"(?<![\w-])(?:Office|Department|Bureau|Chambers|Cabinet)\s+of\s+the\s+")

# A building or a place, not a body: "Civic Centre", "Acme Tennis Centre", "Research & Development Center".
FACILITY = re.compile(
    r"(?<![\w-])(?:Civic|City|Town|Tennis|Aquatics?|Leisure|Wellbeing|Sports?|Fitness|Recreation|Shopping|"
    r"Convention|Exhibition|Visitors?|Operations|Distribution|Data|Call|Development|Community|Swimming|Events?|"
    r"Entertainment|Conference|Garden|Indoor|Service|Cultural|Student)\s+(?:Centre|Center)$"
    # "Kenninghall Post Office": a village's post office (not "The Post Office").
    r"|(?<![\w-])(?!The\b)[A-Z][\w’'-]+\s+Post\s+Office$"
)

# A lower-case word of sport or events after a name: "T20 International squads", "Acme League
# competition", "an ex State League player": the name is a competition or a format, not a body.
# A name, maybe its acronym in brackets, then a kind of undertaking in lower case: the name is the
# undertaking's ("the Law Enforcement Assisted Diversion (LEAD) pilot program", "Math and Science Partnership program").
PROGRAM_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s+(?:pilot\s+)?(?:programs?|programmes?|schemes?|projects?|initiatives?)(?![\w’'-])"
)

EVENT_AFTER = re.compile(
    r"\s+(?:squads?|match(?:es)?|series|fixtures?|games?|seasons?|competitions?|tournaments?|players?|finals?|"
    r"clash(?:es)?|titles?|levels?|formats?|cricket|rounds?)(?![\w-])"
)

# A body's own organ, named by its kind: "Board of Directors", "Audit Committee", "General Assembly"
# (and an intergovernmental body's: "Human Rights Council", "Permanent Council").
# Not a body of its own; its owner (after "of", or before it) is.
ORGAN_MODIFIED = (
    r"(?:(?:Executive|Governing|General|Advisory|Audit|Standing|Steering|Supervisory|Management|Competition|"
    r"Remuneration|Nominating|Nominations|Gala|Women[’']s|Provincial\s+Executive|National\s+Executive|"
    r"Ethics|Budget|Finance|Solutions|Disciplinary|Compliance|Appointments|"
    # An intergovernmental body's organs: "Permanent Council", "Ministerial Council", "Security Council".
    r"Permanent|Ministerial|Security(?=\s+Council)|Human\s+Rights(?=\s+Council))\s+(?:(?:and|&)\s+)?)+"
)
ORGAN_KIND = (
    rf"(?P<modified>{ORGAN_MODIFIED})?(?:Board|Committee|Council|Commission|Assembly|Administration|Management(?=\s+(?:of|at)\s)|"
    r"High\s+Command)"  # a force's "High Command"
    r"(?P<members>\s+of\s+(?:Directors|Trustees|Governors|Managers|Management))?"
)
ORGAN = re.compile(
    rf"^(?:(?P<owner1>.+?)(?:[’']s)?\s+)??(?P<kind>{ORGAN_KIND})(?:\s+I)?"
    rf"(?:\s+(?:of|at)\s+(?:the\s+)?(?P<owner2>{UP}.*)"
    # "Board of Directors for Acme Congress": only after the members, "for" opens the owner's name
    # ("Board of Control for Cricket", "Commission for Racial Equality" are names of their own).
    rf"|(?<=ors|ees|ers)\s+for\s+(?:the\s+)?(?P<owner3>{UP}.*))?$"
)
# A kind alone that may be a body's usual short name ("the Commission", "the Council"): kept.
ORGAN_ALONE_KEPT = frozenset(("Commission", "Council", "Assembly"))
# A programme, fund, prize or plan named by its head noun ("Nature Restoration Fund", "Youth
# Livelihood Programme"): money or a plan, not a body, unless the text makes it act like one.
SCHEME = re.compile(r"\s(?:Fund|Programme|Program|Initiative|Scheme|Awards?|Prize|Project|Strategy|Plan)$")
# What only a body does with its name: "the X Fund said", "the Fund has approved", "Board of
# Directors of the X Fund", "X Initiative - a coalition of 70 countries".
SCHEME_VERBS = (
    r"(?:(?:has|have|had|will|would|today|also|is|was|now)\s+){0,2}"
    r"(?i:said|says|announced|announces|approved|approves|welcomed|welcomes|urged|urges|warned|warns|"
    r"called|calls|agreed|agrees|stated|states|noted|notes|reported|reports|estimated|estimates|employs|"
    r"hired|appointed|appoints|elected|elects)(?![\w-])"
)
SCHEME_OWN = (
    r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:board|directors|trustees|staff|members|secretariat|chief\s+executive|"
    r"managing\s+director|president|chairman|chair|employees)(?![\w-])"
)
SCHEME_KIND = (
    r"\s*(?:,|[-–—]|--)\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:coalition|alliance|consortium|body|charity|"
    r"organi[sz]ation|institution|foundation|agency|company|trust|network|partnership|association|group)(?![\w-])"
)

# A body's meeting named by its kind: "National Convention", "Annual Convention".
MEETING = re.compile(r"(?:^|\s)(?:National|Annual|Biennial|Triennial|General|Constitutional)\s+Convention$")

# Names that are no bodies by their shape: exchanges and wire photo credits (policy), laws and
# standards, venues named by their use, a legislature's committees, a titled person ("PM Marape",
# "UN Secretary-General Ban Ki-moon"), a title's adjective ("Outgoing Forum [Chair]"), judges.
NOT_BODY = re.compile(
    r"(?<![\w-])(?:Stock\s+Exchange|Bulletin\s+Board|Stock\s+Market)$"
    r"|^(?:CNW|PRNewsfoto|PRNewswire|Business\s+Wire|GLOBE\s+NEWSWIRE)(?:\s+Group)?\s*/"
    r"|(?<![\w-])Act(?:\s+(?:19|20)\d\d)?$|(?<![\w-])Reporting\s+Standards$"
    r"|(?<![\w-])(?:Regatta|Aquatics?|Sports|Leisure|Convention|Exhibition|Youth|Civic|Shopping|Visitors?|Tennis|"
    r"Swimming|Events|Multisports?|Multi-sports?|Fitness|Recreation)\s+(?:Centre|Center)$"
    # An award ("Solar Company of the Year"), a power plant ("Wildcat Wind Farm"), a team picked for
    # an event ("Youth Squad"): named like bodies, none is one.
    r"|(?<![\w-])of\s+the\s+Year$|(?<![\w-])(?:Wind|Solar)\s+(?:and\s+\S+\s+)?Farms?$"
    r"|(?<![\w-])(?:Youth|Junior|Senior|Worlds?|Olympic|Paralympic)\s+Squad$"
    r"|(?<![\w-])(?:Village|Park|Stadium|Arena)\s+and\s+(?:\S+\s+){0,3}(?:Centre|Center|Arena|Stadium|Park)$"
    r"|^(?:House|Senate)\s(?:\S+\s+){0,6}Committee$|(?<![\w-])Select\s+Committee$"
    rf"|^(?:PM|Cr|Cllr|Clr|Amb|Sen|Rep|Gov|Lt|Sgt|Insp|Supt|Det|Dr|Mr|Mrs|Ms)\.?\s+(?!(?:{HEADS})$)[A-Z][\w’'-]+$"
    r"|(?<![\w-])(?:Secretary-General|Secretary\s+General|Prime\s+Minister)\s+[A-Z]"
    r"|(?<![\w-])(?:Outgoing|Incoming)(?![\w-])"
    r"|^(?:Judges|Justices|Magistrates)$"
    # "Chef de Mission for Brazil" read as "Mission for Brazil": a post, not a delegation's name.
    r"|^(?:Chef\s+de\s+Missions?|Missions?\s+for)(?![\w-])"
    # "H.E Zhou Pingjian", "PS Macharia", "Hon Brendon Grylls MLA", "Sheikh Ahmad": a titled person, no body head.
    r"|^(?:H\.\s?E\.?|Hon\.?|Sheikh|PS)\s+(?!.*(?<![\w-])(?:Foundation|University|Hospital|Mosque|School|Trust|Fund|"
    r"Centre|Center|Institute|College|Group|Company|Council|Bank)(?![\w-]))[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}$"
    # "World Summit for Sustainable Development", "Emergency Plan for AIDS Relief", "Memorandum of Understanding":
    # a thing named by its head, then what it is for (not "Commission on the Status of Women": a body).
    rf"|^(?:[\w’'-]+\s+){{0,3}}(?:{THINGS}|Memorandum)(?<!Status)\s+(?:for|on|of|to)\s"
)
# Words glued to a name by the page: "04:04 PM The Acme Commission", "Acme Council Media Release".
# "PM The Council", "Tuesday's Acme County Commission": a clock or a day glued before a name.
TIME_BEFORE = re.compile(
    r"^(?:(?:AM|PM|A\.M\.|P\.M\.)\s+(?:The\s+)?(?=\S+\s+\S)"  # ("PM Group": a name, no clock)
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow)[’']s\s+)"
)
MEDIA_END = re.compile(r"\s+Media$")
# "Acme Institute of Science News Release": a page's label glued after a name that ends in no head word.
RELEASE_END = re.compile(r"\s+(?:News|Media|Press)\s+Releases?$")
# A title's verb glued after a name: "Acme Appoints New Board", "Acme Trust Reacts To …".
TITLE_VERBS = frozenset(("Reacts", "Responds", "Appoints", "Announces", "Welcomes", "Launches", "Urges", "Names"))
# A headline in capitals: "ACME ACQUIRES ASSETS OF BETA, INC." names "BETA, INC.".
DEAL_VERBS = frozenset("ACQUIRES ACQUIRE BUYS COMPLETES MERGES SELLS SIGNS ANNOUNCES".split())


# Nouns of a place's features: "<Name>’s Bay", "<Name>’s Creek" name a place; "<Name>’s Taproom" a unit of <Name>.
_PLACE_FEATURES = frozenset(
    "Bay Beach Bluff Bridge Canyon Cape Coast Cove Creek Crossing Dale Downs Falls Field Fields Ford Forest Gap "
    "Glen Green Harbour Harbor Head Heads Heath Hill Hills Inlet Island Isle Lagoon Lake Landing Marsh Mount "
    "Mountain Peak Plains Point Port Reef Ridge River Rock Rocks Sound Springs Vale Valley Well Wells Wood "
    "Woods".split()
)
# A place's features and the words of a place or a site: "the Tarn Valley and its villages" is no body.
PLACE_WORDS = _PLACE_FEATURES | frozenset(
    "Islands Region Park Gardens Estate City Town Village Street Road Square Peninsula Gorge Country".split()
)


def placed_possessive(words: list[str], n: int) -> bool:
    """Whether the possessive ``words[n]`` and the last word after it are one place's name inside a body's
    name ("Sport Kestrel’s Bay", "Foundation of Kestrel’s Bay"): not the name's first word, no head noun
    owning it, and one last word that names a place's feature, no head noun nor a title ("Council of
    Ardenia’s Secretary", "<Brewery>’s Taproom staff": an owner and its unit)."""
    if not 0 < n == len(words) - 2 or not words[n].endswith(("’s", "'s")):
        return False
    owner, last = words[n][:-2], words[n + 1]
    return (
        owner[:1].isupper()
        and last in _PLACE_FEATURES
        and not HEAD_WORD.fullmatch(owner)
        and not HEAD_WORD.fullmatch(last)
        and not TITLE_NOUN.match(last)
        and not TITLE_START.match(last)
    )

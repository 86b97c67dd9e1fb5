#!/usr/bin/env python3
"""Builds src/LocalAction.Web/Data/Seed/registry.json from seed 001 ("Delivering Results", Dec 2025).

The organization lists (section 04) give one pledge record per counted pledge; the pledges described in
section 05 are matched to those records with the facts the text states, their text copied verbatim.
Run once by a developer when the seed changes; the app reads only the JSON. Python 3, standard library.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "src/LocalAction.Web/Data/Seed/Sources/001_45f8febba912c4ab.txt"
OUT = ROOT / "src/LocalAction.Web/Data/Seed/registry.json"
DOC = "001_45f8febba912c4ab.txt"
text = SEED.read_text(encoding="utf-8")

# Country as the list writes it -> ISO 3166-1 alpha-2. "Somaliland" is not in ISO 3166-1: Somalia, with the seed's wording kept.
COUNTRY = {"Ghana": "GH", "Ethiopia": "ET", "Uganda": "UG", "Spain": "ES", "Colombia": "CO", "Mozambique": "MZ",
    "Lebanon": "LB", "USA": "US", "Portugal": "PT", "UK": "GB", "Costa Rica": "CR", "Bangladesh": "BD",
    "Burkina Faso": "BF", "South Africa": "ZA", "Argentina": "AR", "Sierra Leone": "SL", "Türkiye": "TR", "Togo": "TG",
    "Somaliland": "SO", "Italy": "IT", "Belgium": "BE", "Mexico": "MX", "Liberia": "LR", "Uruguay": "UY", "Canada": "CA",
    "Morocco": "MA", "Kenya": "KE", "France": "FR", "Ecuador": "EC", "California, US": "US", "Brazil": "BR", "Tunisia": "TN",
    "Switzerland": "CH", "Jordan": "JO", "Greece": "GR", "Romania": "RO", "Peru": "PE", "Nepal": "NP", "Ukraine": "UA",
    "Philippines": "PH", "Chile": "CL", "Rwanda": "RW", "Palestine": "PS", "Moldova": "MD", "Global": None, "Europe": None,
    "Germany": "DE"}
# Where the list's own words say more than the country.
LOCATION_AS_WRITTEN = {"Somaliland": "Somaliland", "California, US": "California, US", "Global": "Global", "Europe": "Europe",
    "Palestine": "Palestine"}

# Kinds the seed states: the footnote of section 4.1 names the county, province and state; section 4.3 names the
# networks, the partner organizations and the two national governments. Every other listed LRG is a city/municipality.
KIND = {"Salt Lake County": "DistrictOrCounty", "Laguna Province": "ProvinceStateOrRegion", "Tlaxcala": "ProvinceStateOrRegion",
    "ANVITA": "LocalGovernmentNetwork", "C40–MMC": "LocalGovernmentNetwork", "FAMSI": "LocalGovernmentNetwork",
    "Eurocities": "LocalGovernmentNetwork", "United Cities and Local Governments": "LocalGovernmentNetwork",
    "Mayors Migration Council": "LocalGovernmentNetwork", "Cities Alliance": "InternationalOrPartnerOrganization",
    "Welcoming America": "InternationalOrPartnerOrganization", "Mayors Mechanism - Germany": "NationalGovernment",
    "Government of Brazil and the National Network of Welcoming Cities": "NationalGovernment"}
# Eurocities: listed as "Europe"; its described pledge says "Belgium / Europe" (its seat).
COUNTRY_OVERRIDE = {"Eurocities": ("BE", "Belgium / Europe")}
POPULATION = {  # only where the seed states it (section 4.1)
    "Amman": (4_000_000, "Delivering Results (Dec 2025), 4.1: \"Amman (4 million)\""),
    "Nairobi": (5_000_000, "Delivering Results (Dec 2025), 4.1: \"Nairobi (5 million)\""),
    "São Paulo": (11_000_000, "Delivering Results (Dec 2025), 4.1: \"São Paulo (11 million)\""),
}
ROUNDS = [
    {"code": "imrf-2022", "forum": "Imrf", "year": 2022, "name": "IMRF 2022"},
    {"code": "grf-2023", "forum": "Grf", "year": 2023, "name": "GRF 2023"},
    {"code": "imrf-2026", "forum": "Imrf", "year": 2026, "name": "IMRF 2026"},
    {"code": "grf-2027", "forum": "Grf", "year": 2027, "name": "GRF 2027"},
]

def slugify(s):
    s = unicodedata.normalize("NFKD", s.replace("–", "-")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

def parse_lists():
    a, b, c = text.find("## 2022 Actions"), text.find("## 2023 Actions"), text.find("## 4.1")
    entries = []
    for round_code, seg in (("imrf-2022", text[a:b]), ("grf-2023", text[b:c])):
        section = None
        for line in seg.splitlines():
            line = line.strip()
            if line.startswith("### "):
                section = line[4:].rstrip(":")
                continue
            m = re.match(r"- (.*)$", line)
            if not m:
                continue
            item = m.group(1).replace("\\*", "*").strip()
            count = 1
            cm = re.search(r"\s*\((\d+)\)$", item)
            if cm:
                count = int(cm.group(1)); item = item[:cm.start()].strip()
            champion = item.endswith("*")
            item = item.rstrip("*").strip()
            name, _, where = item.rpartition(", ")
            if item == "Mayors Mechanism - Germany":
                name, where = item, "Germany"
            if where == "US" and name.endswith("California"):
                name, where = name.rsplit(", ", 1)[0], "California, US"
            entries.append({"round": round_code, "name": name, "where": where, "count": count,
                            "championMark": champion, "listSection": section})
    return entries

entries = parse_lists()
orgs, seen = [], {}
for e in entries:
    key = (e["name"], e["where"])
    if key in seen:
        continue
    country = COUNTRY[e["where"]]
    location = LOCATION_AS_WRITTEN.get(e["where"])
    if e["name"] in COUNTRY_OVERRIDE:
        country, location = COUNTRY_OVERRIDE[e["name"]]
    slug = slugify(e["name"])
    if any(o["slug"] == slug for o in orgs) or e["name"] == "San José":
        slug = f"{slug}-{(country or 'global').lower()}"
    kind = KIND.get(e["name"], "CityOrMunicipality")
    pop = POPULATION.get(e["name"])
    org = {"slug": slug, "name": e["name"], "kind": kind, "country": country, "locationAsWritten": location,
           "population": pop[0] if pop else None, "populationSource": pop[1] if pop else None}
    seen[key] = org
    orgs.append(org)
for e in entries:
    e["organization"] = seen[(e["name"], e["where"])]["slug"]

def block(title_line, next_marker_candidates=("\nPledge\n", "\n### Pledge\n", "\n## Priority", "\n# Priority", "\n# Conclusion")):
    """The verbatim paragraphs of a described pledge, photo captions removed, page breaks mended."""
    start = text.index(title_line)
    header_end = text.index("GCM or GCR pledge:", start)
    header_end = text.index("\n", header_end)
    end = min(i for i in (text.find(m, header_end) for m in next_marker_candidates) if i != -1)
    raw = text[header_end:end]
    paras = [p.strip() for p in re.split(r"\n\s*\n", raw)]
    paras = [p for p in paras if p and not p.startswith("©") and not p.startswith("Copyright") and not p.startswith("Credit")]
    merged = []
    for p in paras:
        lines = [l.strip() for l in p.splitlines() if l.strip()]
        p = ""
        for l in lines:  # list items keep their own lines; other line breaks are layout
            p = l if not p else p + ("\n" if l.startswith("- ") else " ") + l
        if merged and not re.search(r"[.:!?\u201d\"]$", merged[-1]):
            merged[-1] = merged[-1] + " " + p
        else:
            merged.append(p)
    return merged

def title_of(title_line):
    t = title_line.lstrip("#").strip()
    return re.sub(r"<sup>(.*?)</sup>", r"\1", t)

section_of_priority = {1: "05 Impact and Lessons Learned, Priority 1: Improving Migration Governance and Policy Coherence",
    2: "05 Impact and Lessons Learned, Priority 2: Minimizing Drivers of Forced Displacement, including Climate Change",
    3: "05 Impact and Lessons Learned, Priority 3: Protecting Those Most Vulnerable",
    4: "05 Impact and Lessons Learned, Priority 4: Access to Services, Urban Infrastructure, and Education Regardless of Status",
    5: "05 Impact and Lessons Learned, Priority 5: Realizing Socio-Economic Inclusion and Participation",
    6: "05 Impact and Lessons Learned, Priority 6: Eliminating Discrimination and Promoting Inclusive Public Discourse",
    7: "05 Impact and Lessons Learned, Priority 7: Reception and Community Sponsorship",
    8: "05 Impact and Lessons Learned, Priority 8: Regional & Multilateral Partnerships and City-to-City Cooperation"}

# The described pledges. Facts below are read from the text; figures keep the text's qualifier ("over", "nearly").
D = []
def described(org, round_, title_line, priority, compact, start, end, ongoing, **kw):
    paras = block(title_line)
    d = {"organization": org, "round": round_, "title": title_of(title_line), "priorities": [priority],
         "compact": compact, "startYear": start, "endYear": end, "ongoing": ongoing,
         "description": paras[0], "section": section_of_priority[priority]}
    upd = kw.pop("update", {})
    upd.setdefault("results", "\n\n".join(paras[1:]) if len(paras) > 1 else None)
    d.update(kw)
    d["update"] = upd
    D.append(d)

described("zurich", "grf-2023", "### Enhancing the Cooperation of All State Levels—Municipal, Cantonal, National—in National Refugee Policymaking to Strengthen the Tripartite Asylum System",
    1, "Gcr", 2023, None, True, kind="NationalLocal", beneficiaries=["Refugees"],
    partners=[{"name": "Swiss State Secretariat for Migration", "type": "NationalGovernment"}, {"name": "Swiss Association of Cities", "type": "OtherLocalGovernment"},
              {"name": "Swiss Association of Municipalities", "type": "OtherLocalGovernment"}, {"name": "Global Cities Hub", "type": "Other"},
              {"name": "Cantonal governments", "type": "OtherLocalGovernment"}],
    update={"challenges": ["Other"], "challengesText": "Challenges remain in sustaining political ownership and engagement across all partners, particularly following leadership changes at the federal level."})
described("arua", "imrf-2022", "### Participation of Migrants and Refugees in Arua City’s Development Planning and Service Delivery",
    1, "Mirror", 2019, 2021, False, beneficiaries=["Migrants", "Refugees", "HostCommunity"],
    partners=[{"name": "Swiss Agency for Development and Cooperation (SDC)", "type": "Donor"}, {"name": "Cities Alliance", "type": "Other"},
              {"name": "SSURA", "type": "RefugeeOrMigrantLedOrganization"}, {"name": "Arua Municipality", "type": "OtherLocalGovernment"}],
    update={"peopleReachedTotal": 5000, "peopleReachedQualifier": "About", "peopleReachedNote": "beneficiaries (\"nearly 5,000\")",
            "challenges": ["FinancingGaps", "LegalOrPolicyConstraints"], "challengesText": "Funding gaps and policy constraints limiting formal recognition of urban refugees beyond Kampala."})
described("quilmes", "grf-2023", "## Second Phase of the Quilmes Municipal Migration Governance Plan",
    1, "Mirror", 2023, 2027, False, beneficiaries=["Migrants"],
    partners=[{"name": "United Nations", "type": "UnAgency"}, {"name": "Civil society", "type": "CivilSociety"}, {"name": "Private sector", "type": "PrivateSector"}],
    update={"peopleReachedTotal": 5900, "peopleReachedQualifier": "MoreThan", "peopleReachedNote": "residents supported by the Directorate for Migrants since 2019",
            "challenges": ["ShrinkingOperatingSpace", "LegalOrPolicyConstraints"], "challengesText": "A national context of regressive political reforms on migration that criminalize and seek to restrict migrants' access to healthcare."})
described("government-of-brazil-and-the-national-network-of-welcoming-cities", "grf-2023", "## National Network of Welcoming Cities: An Institutional Space for Local-National Coordination and Collaboration in Brazil",
    1, "Mirror", 2023, None, True, kind="NationalLocal", beneficiaries=["Migrants", "Refugees", "StatelessPersons"],
    partners=[{"name": "International Organizations", "type": "UnAgency"}, {"name": "Other Ministries", "type": "NationalGovernment"}, {"name": "Civil society networks", "type": "CivilSociety"}],
    update={"challenges": ["FinancingGaps", "Capacity", "CoordinationConstraints"], "challengesText": "Limited funding, staffing, and coordination across levels of government."})
described("amman", "grf-2023", "### Amman Children’s Climate Academy and Park",
    2, "Gcr", 2023, None, True, beneficiaries=["Refugees", "HostCommunity"],
    partners=[{"name": "Mayors Migration Council's Global Cities Fund", "type": "Donor"}],
    update={"moneyMobilizedAmount": 600000, "moneyMobilizedCurrency": "USD", "moneyMobilizedQualifier": "About",
            "challenges": ["FinancingGaps", "CoordinationConstraints"], "challengesText": "Funding gaps and coordination needs.",
            "challengesAddressed": "Addressed through resource mobilization, strengthened partnerships, and a commitment to institutionalizing the Academy for long-term sustainability."})
described("quezon-city", "grf-2023", "## Quezon City’s Migrants Resource Centre: Solidarity in Diversity",
    2, "Gcm", 2022, None, True, beneficiaries=["Migrants", "Refugees"],
    partners=[{"name": "National Department of Migrant Workers", "type": "NationalGovernment"}, {"name": "Overseas Workers Welfare Administration", "type": "NationalGovernment"},
              {"name": "UN Agencies", "type": "UnAgency"}, {"name": "Civil Society Organizations", "type": "CivilSociety"}],
    update={"peopleReachedTotal": 2500, "peopleReachedQualifier": "MoreThan", "peopleReachedNote": "individuals since 2023",
            "challenges": ["FinancingGaps", "Capacity", "CoordinationConstraints"], "challengesText": "Funding constraints, logistical capacities, digital access barriers of their target population, and coordination across departments remain."})
described("paris", "imrf-2022", "## Climate Migration in Urban Areas: Challenges, Perceptions, and Inclusion.",
    2, "Mirror", 2022, None, True, beneficiaries=["Migrants"],
    partners=[{"name": "International Organization for Migration (IOM)", "type": "UnAgency"}, {"name": "Hugo Observatory (University of Liège)", "type": "Academia"}],
    update={"challenges": ["FinancingGaps", "ShrinkingOperatingSpace"], "challengesText": "Limited funding and sensitive political contexts surrounding migration in France."})
described("bogota", "imrf-2022", "### Nutrition Reception Centre for Migrant and Refugee Children and Mothers",
    3, "Mirror", 2022, 2023, False, beneficiaries=["Migrants", "Refugees"],
    partners=[{"name": "Mayors Migration Council's Global Cities Fund for Migrants and Refugees", "type": "Donor"}, {"name": "CAFAM", "type": "CivilSociety"}],
    update={"peopleReachedTotal": 541, "peopleReachedQualifier": "Exact", "peopleReachedWomen": 132, "peopleReachedChildren": 408,
            "peopleReachedNote": "beneficiaries of nutritional care and maternal health services",
            "challenges": ["Other"], "challengesText": "Challenges in ensuring consistent attendance and access to health insurance."})
described("nairobi", "grf-2023", "### Inclusive Nairobi: Institutionalizing Refugee Inclusion in Nairobi City County",
    3, "Gcr", 2023, None, True, beneficiaries=["Refugees"],
    update={"challenges": ["FinancingGaps", "CoordinationConstraints"], "challengesText": "Ongoing funding and coordination challenges."})
described("tlaxcala", "grf-2023", "### Facilitating Dual Nationality and Preventing Statelessness",
    4, "Gcm", 2023, None, True, beneficiaries=["Migrants", "StatelessPersons"],
    partners=[{"name": "Centro de Atención a la Familia Migrante Indígena (CAFAMI)", "type": "CivilSociety"}],
    update={"challenges": ["Capacity", "Other"], "challengesText": "Low awareness of the programme among returning families and limited institutional familiarity with the new legal procedures, requiring expanded outreach and ongoing training for frontline authorities."})
described("montreal", "imrf-2022", "### Fearless Access to Services for Migrants with Precarious Immigration Status",
    4, "Mirror", 2019, None, True, beneficiaries=["Migrants"], budgetAmount=1900000, budgetCurrency="CAD",
    description="\n\n".join(block("### Fearless Access to Services for Migrants with Precarious Immigration Status")),
    sourceNote="Montréal pledged in the 2022 round (3 pledges) and in the 2023 round (1); the report does not say in which round this action was pledged. It is matched to a 2022 record because its timeline began before the 2023 round.",
    update={"results": "Between 2022 and 2025, the City issued 8,369 identity and residence certificates and deployed 23 mobile clinics for migrants.",
            "peopleReachedNote": "8,369 identity and residence certificates issued (2022-2025); 23 mobile clinics; the Montréal for All programme (budget CAD 1.9 million) will reach more than 3,200 migrants with precarious status until 2026"})
described("koboko", "imrf-2022", "### Comprehensive Refugee Response Framework CRRF: Inclusive Urban Development & Mobility",
    5, "Mirror", 2021, 2023, False, beneficiaries=["Refugees", "HostCommunity"],
    partners=[{"name": "EUTF for Africa", "type": "Donor"}, {"name": "Koboko MC", "type": "OtherLocalGovernment"}, {"name": "ACAV", "type": "CivilSociety"}, {"name": "Cities Alliance", "type": "Other"}],
    update={"peopleReachedTotal": 41000, "peopleReachedQualifier": "MoreThan", "peopleReachedNote": "beneficiaries since 2021",
            "challenges": ["FinancingGaps", "CoordinationConstraints", "LegalOrPolicyConstraints"], "challengesText": "Persistent funding, coordination, and policy challenges—particularly the lack of legal recognition for urban refugees outside Kampala."})
described("milan", "grf-2023", "### First Steps in Milan: Ensuring Access to Educational and Childcare Services for Newly Arrived Migrant and Refugee Families",
    5, "Mirror", 2023, None, True, beneficiaries=["Migrants", "Refugees"],
    partners=[{"name": "Mayors Migration Council's Global Cities Fund for Migrants and Refugees", "type": "Donor"}, {"name": "13 civil society organizations", "type": "CivilSociety"}],
    sourceNote="Milan pledged in the 2022 round (3 pledges) and in the 2023 round (1); this action's timeline begins in 2023, so it is matched to the 2023 record.",
    update={"peopleReachedTotal": 570, "peopleReachedQualifier": "Exact", "peopleReachedChildren": 320, "peopleReachedNote": "320 migrant and refugee children and 250 caregivers",
            "moneyMobilizedAmount": 400000, "moneyMobilizedCurrency": "USD", "moneyMobilizedQualifier": "Exact",
            "challenges": ["CoordinationConstraints", "Other"], "challengesText": "Coordination adjustments and the need for project extensions to align with school years."})
described("accra", "imrf-2022", "## Reducing Climate Vulnerabilities of Migrants in Accra",
    5, "Mirror", 2022, 2023, False, beneficiaries=["Migrants", "Refugees", "InternallyDisplacedPersons"],
    partners=[{"name": "Mayors Migration Council's Global Cities Fund for Migrants and Refugees", "type": "Donor"}, {"name": "People's Dialogue", "type": "CivilSociety"}, {"name": "C40 Cities", "type": "OtherLocalGovernment"}],
    update={"peopleReachedTotal": 972, "peopleReachedQualifier": "Exact", "peopleReachedNote": "informal waste workers engaged, including migrants, refugees, and IDPs",
            "challenges": ["Other"], "challengesText": "Administrative disruptions and challenges in registering undocumented migrants."})
described("montreal", "imrf-2022", "### Montréal Inclusive at Work Initiative",
    6, "Mirror", 2022, 2024, False, beneficiaries=["Migrants"],
    partners=[{"name": "Quebec government", "type": "OtherLocalGovernment"}, {"name": "Business community", "type": "PrivateSector"}, {"name": "Academia", "type": "Academia"}],
    sourceNote="Montréal pledged in the 2022 round (3 pledges) and in the 2023 round (1); this action's timeline begins in 2022, so it is matched to a 2022 record.")
described("lampedusa", "imrf-2022", "### Annual October 3<sup>rd</sup> Peace Walk",
    6, "Mirror", 2021, None, True, beneficiaries=["Migrants", "Refugees", "HostCommunity"],
    partners=[{"name": "European schools", "type": "Other"}, {"name": "Civil society organisations", "type": "CivilSociety"}, {"name": "Border Towns and Islands Network", "type": "OtherLocalGovernment"}],
    update={"peopleReachedTotal": 1000, "peopleReachedQualifier": "About", "peopleReachedNote": "students each year",
            "challenges": ["CoordinationConstraints", "Other"], "challengesText": "Coordination among multiple actors and sustained political commitment.",
            "challengesAddressed": "Addressed through advocacy and strengthened collaboration with partners."})
described("welcoming-america", "grf-2023", "## Expanding Welcoming Week Across the Globe to Foster Belonging for All People— No Matter Where We Come From",
    6, "Mirror", 2020, None, True, kind="NetworkOnBehalfOfMembers", beneficiaries=["Migrants", "Refugees", "InternallyDisplacedPersons", "StatelessPersons", "HostCommunity"],
    partners=[{"name": "National governments (e.g. Canada, New Zealand)", "type": "NationalGovernment"}, {"name": "Migrant- and refugee-led organizations", "type": "RefugeeOrMigrantLedOrganization"},
              {"name": "Civil society", "type": "CivilSociety"}, {"name": "Private sector", "type": "PrivateSector"}, {"name": "City networks", "type": "OtherLocalGovernment"}],
    update={"peopleReachedNote": "Welcoming Week events outside the United States: 130 in 2023, 280 in 2024, 506 in 2025",
            "challenges": ["FinancingGaps"], "challengesText": "Funding constraints, with some activities affected by recent donor cutbacks.",
            "challengesAddressed": "Welcoming Week event hosts have engaged in creative fundraising, including corporate and individual giving, to identify new funding streams."})
described("medellin", "imrf-2022", "### Housing Assistance for Migrant and Displaced Families",
    7, "Mirror", 2021, None, True, beneficiaries=["Migrants", "Refugees", "InternallyDisplacedPersons"],
    partners=[{"name": "Mayors Migration Council's Global Cities Fund for Migrants and Refugees", "type": "Donor"}, {"name": "Comfama", "type": "CivilSociety"},
              {"name": "Comfenalco", "type": "CivilSociety"}, {"name": "FAMICOVE", "type": "CivilSociety"}],
    update={"peopleReachedTotal": 1250, "peopleReachedQualifier": "Exact", "peopleReachedNote": "people in 310 families given transitional housing",
            "moneyMobilizedAmount": 1500000, "moneyMobilizedCurrency": "USD", "moneyMobilizedQualifier": "Exact",
            "challenges": ["Other"], "challengesText": "High rental costs and barriers to formal employment."})
described("united-cities-and-local-governments", "grf-2023", "# UCLG Brings the Call to Local Action for Migrants and Refugees at the Core of the 2030 Agenda and the UN Pact for the Future",
    8, "Mirror", 2023, None, True, kind="NetworkOnBehalfOfMembers", beneficiaries=["Migrants", "Refugees", "InternallyDisplacedPersons"],
    update={"challenges": ["FinancingGaps", "CoordinationConstraints"], "challengesText": "Limited funding and coordination constraints."})
described("mayors-migration-council", "grf-2023", "## Global Cities Fund for Migrants and Refugees",
    8, "Mirror", 2021, None, True, kind="NetworkOnBehalfOfMembers", beneficiaries=["Migrants", "Refugees"],
    partners=[{"name": "IOM", "type": "UnAgency"}, {"name": "UNHCR", "type": "UnAgency"}],
    update={"peopleReachedTotal": 140000, "peopleReachedQualifier": "Exact", "peopleReachedNote": "migrants, refugees, and community members",
            "moneyMobilizedAmount": 30000000, "moneyMobilizedCurrency": "USD", "moneyMobilizedQualifier": "MoreThan"})
described("cities-alliance", "grf-2023", "## Cities Alliance Global Programme on Cities and Migration: Supporting Secondary Cities in Latin America, Africa and Asia",
    8, "Mirror", 2022, 2026, False, kind="NetworkOnBehalfOfMembers", beneficiaries=["Migrants", "Refugees", "InternallyDisplacedPersons"],
    partners=[{"name": "Swiss Agency for Development and Cooperation (SDC)", "type": "Donor"}, {"name": "World Bank", "type": "Donor"},
              {"name": "National and city governments", "type": "NationalGovernment"}, {"name": "Civil society", "type": "CivilSociety"}, {"name": "Refugee-led organizations", "type": "RefugeeOrMigrantLedOrganization"}],
    update={"peopleReachedTotal": 500000, "peopleReachedQualifier": "MoreThan", "peopleReachedNote": "people across more than 30 secondary cities",
            "moneyMobilizedAmount": 50000000, "moneyMobilizedCurrency": "USD", "moneyMobilizedQualifier": "MoreThan",
            "challenges": ["FinancingGaps", "CoordinationConstraints"], "challengesText": "Funding and coordination challenges amid shifting donor priorities."})
described("eurocities", "grf-2023", "## Eurocities' Integrating Cities Process: A Framework for Building Capacity on Migration and Integration",
    8, "Mirror", 2019, None, True, kind="NetworkOnBehalfOfMembers", beneficiaries=["Migrants", "Refugees", "HostCommunity"],
    update={"challenges": ["FinancingGaps"], "challengesText": "Insufficient funding to sustain and expand assessments and produce future Integrating Cities reports."})
joint = dict(priority=8, compact="Gcr", start=2023, end=2027, ongoing=False)
for lead, co in (("nairobi", "kampala"), ("kampala", "nairobi")):
    described(lead, "grf-2023", "## Nairobi and Kampala Joint City Pledge to Institutionalize Refugee Inclusion",
        joint["priority"], joint["compact"], joint["start"], joint["end"], joint["ongoing"], kind="CityToCityJoint", coPledgers=[co],
        beneficiaries=["Refugees", "HostCommunity"],
        partners=[{"name": "International Rescue Committee (Re:BUiLD programme)", "type": "CivilSociety"}, {"name": "Mayors Migration Council", "type": "OtherLocalGovernment"},
                  {"name": "Civil society partners", "type": "CivilSociety"}],
        sourceNote="A joint pledge of Nairobi City County and Kampala Capital City Authority; the report counts it once for each city (4.3: \"4 pledges emerging from city-to-city partnerships\"), so it appears as two records.",
        update={"peopleReachedTotal": 600, "peopleReachedQualifier": "MoreThan", "peopleReachedNote": "people reached by climate-smart and digital livelihood programmes; over 1,500 officials trained",
                "challenges": ["FinancingGaps", "CoordinationConstraints", "LegalOrPolicyConstraints"], "challengesText": "Limited funding, coordination gaps, and policy constraints.",
                "challengesAddressed": "Addressed through expanded partnerships, improved inter-agency platforms, and stronger political buy-in."})

# Facts stated elsewhere than section 05 (registration only: no title or description).
S43 = "4.3 Partnerships Drive the Call to Local Action"
STATED = [
    {"organization": "zurich", "round": "grf-2023", "kind": "CityToCityJoint", "coPledgers": ["tyre"], "section": S43,
     "sourceNote": "One of the Zürich–Tyre joint pledges (4.3: \"4 pledges emerging from city-to-city partnerships (Zürich–Tyre and Kampala–Nairobi)\"); its content is not documented."},
    {"organization": "tyre", "round": "grf-2023", "kind": "CityToCityJoint", "coPledgers": ["zurich"], "section": S43,
     "sourceNote": "One of the Zürich–Tyre joint pledges (4.3); its content is not documented."},
    {"organization": "mayors-mechanism-germany", "round": "imrf-2022", "kind": "NationalLocal", "section": S43 + ", Local–National Partnerships in Switzerland, Brazil and Germany",
     "description": "The Germany Government committed to support the Local Coalition in rolling out the Call to Local Action for Migrants and Refugees as a tool to accelerate the localization of the GCM and the GCR in unison."},
]
for slug, round_ in (("addis-ababa", "imrf-2022"), ("beira", "imrf-2022"), ("dedougou", "imrf-2022"), ("dhaka-north", "imrf-2022"), ("dunavtsi", "grf-2023")):
    STATED.append({"organization": slug, "round": round_, "compact": "IdpOnly", "beneficiaries": ["InternallyDisplacedPersons"],
                   "section": "4.2 Pledge Beneficiaries, Internal Displacement Captured but Falls through the Cracks in Global Reporting Systems"})

slugs = {o["slug"] for o in orgs}
for d in D + STATED:
    for s in [d["organization"], *d.get("coPledgers", [])]:
        assert s in slugs, s

registry = {
    "source": {"seed": DOC, "document": "Delivering Results: Local and Regional Governments Advancing the UN Migration and Refugee Compacts (December 2025)"},
    "rounds": ROUNDS,
    "organizations": orgs,
    "roundEntries": [{k: e[k] for k in ("round", "organization", "count", "championMark", "listSection")} for e in entries],
    "describedPledges": D,
    "statedFacts": STATED,
}
OUT.write_text(json.dumps(registry, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"{len(orgs)} organizations, {sum(e['count'] for e in entries)} pledge records, {len(D)} described, {len(STATED)} stated facts -> {OUT}")

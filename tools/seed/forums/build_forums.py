#!/usr/bin/env python3
"""Builds forums.json strictly from the seed texts. Every `source.quote` is checked to be a
verbatim substring of the cited seed line; the script aborts otherwise. Read-only on the seeds."""
import json, os, re, sys, unicodedata

SEEDS = "/work/shared/seeds"
S0 = "000_28e95f4fba43184e.txt"
S1 = "001_45f8febba912c4ab.txt"
S2 = "002_0b12c110cfdb9dab.txt"
S4 = "004_61d36827247ab1a6.txt"
LINES = {}
for f in (S0, S1, S2, S4):
    with open(os.path.join(SEEDS, f), encoding="utf-8") as fh:
        LINES[f] = fh.read().split("\n")

def text(seed, n):
    return LINES[seed][n - 1]

def Q(seed, n, quote, *more_lines):
    """source object: quote must be a verbatim substring of line n."""
    if quote not in text(seed, n):
        sys.exit(f"QUOTE NOT FOUND {seed}:{n}: {quote!r}\n  line: {text(seed, n)!r}")
    return {"seed": seed, "lines": [n, *more_lines], "quote": quote}

def X(seed, n, start, maxlen=200):
    """verbatim excerpt of line n beginning at `start`, cut at a sentence end or word boundary <= maxlen."""
    t = text(seed, n)
    i = t.find(start)
    if i < 0:
        sys.exit(f"START NOT FOUND {seed}:{n}: {start!r}")
    s = t[i:]
    if len(s) <= maxlen:
        return s.rstrip()
    cut = s[:maxlen]
    m = max(cut.rfind(". "), cut.rfind("? "))
    while m >= 60 and cut[:m + 1].endswith((" Ms.", " Mr.", " Dr.")):
        m = max(cut.rfind(". ", 0, m), cut.rfind("? ", 0, m))
    if m >= 60:
        return cut[:m + 1]
    m = cut.rfind(", ")
    if m >= 60:
        return cut[:m + 1]
    return cut[:cut.rfind(" ")]

def XQ(seed, n, start, maxlen=200):
    q = X(seed, n, start, maxlen)
    src = Q(seed, n, q)
    src["truncated"] = len(q.strip()) < len(text(seed, n)[text(seed, n).find(start):].strip())
    return src

NY = "America/New_York"
forums, sessions, delegations, roles, side_events, declarations, figures, quotes = [], [], [], [], [], [], [], []

# ------------------------------------------------------------------ FORUMS
forums += [
 {"id": "imrf-2022", "registryRound": "imrf-2022", "kind": "IMRF", "name": "International Migration Review Forum 2022 (first IMRF)",
  "year": 2022, "startDate": "2022-05-16", "endDate": "2022-05-20",
  "venue": "UN General Assembly", "city": "New York City",
  "timeZoneStated": None, "timeZoneInferred": NY,
  "convenerOfLrgDelegation": "Mayors Mechanism (UCLG, MMC, IOM) in coordination with the Global Task Force of Local and Regional Governments",
  "declarationCoFacilitators": ["Bangladesh", "Luxembourg"],
  "source": Q(S4, 48, "From 16-20 May 2022, United Nations Member States and stakeholders joined together for the first-ever quadrennial"),
  "additionalSources": [Q(S4, 48, "five days of programming at the UN General Assembly in New York City"),
                        Q(S4, 50, "This delegation was convened and supported by the [Mayors Mechanism](#)"),
                        Q(S4, 168, "led by the Governments of Bangladesh and Luxembourg")],
  "notes": "No time zone is written anywhere in seed 004; New York (America/New_York, EDT = UTC-04:00 in May) is an INFERENCE from the stated venue. The 16 May hearing is described as taking place 'Prior to the opening of the official IMRF' (004:432) and the programme table labels only 17-20 May as 'IMRF Day 1-4' (004:170)."},
 {"id": "grf-2023", "registryRound": "grf-2023", "kind": "GRF", "name": "Global Refugee Forum 2023",
  "year": 2023, "startDate": None, "endDate": None, "venue": None, "city": None,
  "timeZoneStated": None, "timeZoneInferred": None, "convenerOfLrgDelegation": None, "declarationCoFacilitators": None,
  "source": Q(S1, 148, "Of these 124 pledges, over 100 were delivered to the Global Refugee Forum in 2023."),
  "additionalSources": [Q(S1, 203, "The GCR is reviewed every four years through the Global Refugee Forum (GRF) (2019, 2023, and next in 2027)."),
                        Q(S1, 156, "the Global Refugee Forum in 2023")],
  "notes": "The seeds give no dates, venue, programme, delegation or speakers for GRF 2023. The brief says the forums are in New York and Geneva, but no seed states where the GRF is held, so venue, city and time zone are null. GRF 2019 is also mentioned (001:203) but not modelled."},
 {"id": "imrf-2026", "registryRound": "imrf-2026", "kind": "IMRF", "name": "International Migration Review Forum 2026 (second IMRF)",
  "year": 2026, "startDate": "2026-05-04", "endDate": "2026-05-08",
  "venue": "UN General Assembly", "city": "New York City",
  "timeZoneStated": None, "timeZoneInferred": NY,
  "convenerOfLrgDelegation": "Local Coalition for Migrants and Refugees (LCMR): UCLG and MMC in cooperation with IOM",
  "declarationCoFacilitators": ["Kenya", "Luxembourg"],
  "source": Q(S2, 34, "From 4-8 May 2026, United Nations Member States and stakeholders joined together for the second quadrennial"),
  "additionalSources": [Q(S2, 34, "five days of programming at the UN General Assembly in New York City"),
                        Q(S2, 36, "This delegation was convened and supported by the [Local Coalition for Migrants and Refugees](#) (LCMR)"),
                        Q(S2, 101, "led by the Governments of **Kenya and Luxembourg**")],
  "notes": "Seed 002 gives no time zone for the official programme (Figure 1 only '10:00 to 13:00' / '15:00 to 18:00'); America/New_York is an INFERENCE from the stated venue. Seed 000 (a side event of this forum) does state 'ET'."},
 {"id": "grf-2027", "registryRound": "grf-2027", "kind": "GRF", "name": "Global Refugee Forum 2027",
  "year": 2027, "startDate": None, "endDate": None, "venue": None, "city": None,
  "timeZoneStated": None, "timeZoneInferred": None, "convenerOfLrgDelegation": None, "declarationCoFacilitators": None,
  "source": Q(S1, 1112, "which will collect new pledges ahead of the 2026 IMRF and 2027 GRF."),
  "additionalSources": [Q(S1, 203, "(2019, 2023, and next in 2027)"),
                        Q(S1, 1123, "By including LRG leaders in national delegations to the 2026 IMRF and 2027 GRF")],
  "notes": "Future forum: only mentioned as the next pledging round and as a target for including LRG leaders in national delegations. Venue not stated in any seed."},
 {"id": "gfmd-2024", "registryRound": None, "kind": "GFMD", "name": "Global Forum on Migration and Development (GFMD) Summit 2024",
  "year": 2024, "startDate": None, "endDate": None, "month": "2024-01",
  "venue": None, "city": "Geneva",
  "timeZoneStated": None, "timeZoneInferred": "Europe/Zurich",
  "convenerOfLrgDelegation": None, "declarationCoFacilitators": None,
  "source": Q(S2, 337, "Geneva, January 2024. Bogotá representative Daniela C. Tarud showcases their city initiative in the 2023 Call to Local Action report at the 2024 Global Forum on Migration and Development."),
  "additionalSources": [Q(S1, 156, "the GFMD Summit in 2024"),
                        Q(S4, 802, "to the State-led Global Forum on Migration and Development (GFMD)")],
  "notes": "City and month come only from a photo credit in seed 002 (line 337). Exact dates not stated. Europe/Zurich (the IANA zone for Geneva) is an INFERENCE. The Mayors Mechanism was created as the LRG entry point to the GFMD (004:802). 001:172 also has a photo caption 'Opening of GFMD local government networking session' with no year."},
 {"id": "grf-progress-review-2025", "registryRound": None, "kind": "GRF Progress Review", "name": "Global Refugee Forum Progress Review (December 2025)",
  "year": 2025, "startDate": None, "endDate": None, "month": "2025-12", "venue": None, "city": None,
  "timeZoneStated": None, "timeZoneInferred": None, "convenerOfLrgDelegation": None, "declarationCoFacilitators": None,
  "source": Q(S0, 26, "at the Global Refugee Forum Progress Review in December 2025"),
  "additionalSources": [],
  "notes": "NOT in the brief's list of five forums; added because seed 000 names it as the forum of the event the Bridging-the-Compacts roundtable builds on. Nothing else is stated."},
]

# ------------------------------------------------------------------ SESSIONS
def sess(id, forum, title, type, date, start, end, room, src, group=None, official=True, extra=None, notes=None, more=None, tz_stated=None):
    r = {"id": id, "forum": forum, "sessionGroup": group or id, "title": title, "type": type, "official": official,
         "date": date, "start": start, "end": end, "timeZone": tz_stated, "timeZoneInferred": NY if forum.startswith("imrf") else None,
         "room": room, "gcmObjectives": None, "source": src, "additionalSources": more or [], "notes": notes}
    if extra: r.update(extra)
    sessions.append(r)

AM22 = Q(S4, 172, "MORNING 10AM TO 1PM"); PM22 = Q(S4, 176, "AFTERNOON 3PM TO 6PM")
HDR22 = Q(S4, 171, "16 MAY\t17 MAY\t18 MAY\t19 MAY\t20 MAY")
obj_lost22 = "GCM objectives: the seed says the roundtable 'focused on progress made in the implementation of the following GCM objectives:' but the list itself is missing from the extracted text (presumably a graphic in the original); gcmObjectives is therefore null."
sess("imrf-2022-hearing-am", "imrf-2022", "Informal Interactive Multi-Stakeholder Hearing", "multi-stakeholder hearing", "2022-05-16", "10:00", "13:00", "Conference room 4",
     Q(S4, 174, "Informal Interactive Multi-Stakeholder Hearing"), group="imrf-2022-hearing",
     extra={"host": "President of the General Assembly"},
     more=[HDR22, AM22, Q(S4, 173, "Conference room 4"), Q(S4, 432, "the President of the General Assembly hosted an informal interactive Multi-Stakeholder Hearing with all stakeholder groups")],
     notes="Table column 1 (16 May) has no 'IMRF Day' label; the narrative says the hearing came 'Prior to the opening of the official IMRF' (004:432).")
sess("imrf-2022-hearing-pm", "imrf-2022", "Informal Interactive Multi-Stakeholder Hearing (cont.)", "multi-stakeholder hearing", "2022-05-16", "15:00", "18:00", None,
     Q(S4, 177, "Informal Interactive Multi-Stakeholder Hearing (cont.)"), group="imrf-2022-hearing", more=[HDR22, PM22],
     notes="The afternoon block of the 2022 table has no room row for this column; room not stated (Conference room 4 would be an assumption).")
sess("imrf-2022-rt1", "imrf-2022", "Roundtable 1", "roundtable", "2022-05-17", "10:00", "13:00", "Conference room 4",
     Q(S4, 174, "Roundtable 1"), extra={"coChairs": ["Germany", "Egypt"]},
     more=[HDR22, AM22, Q(S4, 454, "Roundtable 1, co-chaired by the Governments of Germany and Egypt"), Q(S4, 344, "IMRF Official Event: Roundtable 1")], notes=obj_lost22)
sess("imrf-2022-rt2", "imrf-2022", "Roundtable 2", "roundtable", "2022-05-17", "15:00", "18:00", None,
     Q(S4, 177, "Roundtable 2"), extra={"coChairs": ["Ecuador", "Tajikistan"]},
     more=[HDR22, PM22, Q(S4, 475, "Roundtable 2, co-chaired by the Governments of Ecuador and Tajikistan")], notes=obj_lost22 + " Room not stated (no afternoon room row for this column).")
sess("imrf-2022-rt3", "imrf-2022", "Roundtable 3", "roundtable", "2022-05-18", "10:00", "13:00", "Trusteeship Council Chamber",
     Q(S4, 174, "Roundtable 3"), extra={"coChairs": ["Portugal", "Thailand"]},
     more=[HDR22, AM22, Q(S4, 173, "Trusteeship Council Chamber"), Q(S4, 613, "Roundtable 3, co-chaired by the Governments of Portugal and Thailand")], notes=obj_lost22)
sess("imrf-2022-rt4", "imrf-2022", "Roundtable 4", "roundtable", "2022-05-19", "10:00", "13:00", "Conference room 4",
     Q(S4, 174, "Roundtable 4"), extra={"coChairs": ["Azerbaijan", "Morocco"], "dateConflict": {"programmeTable": "2022-05-19", "activitiesSection": "2022-05-18"}},
     more=[HDR22, AM22, Q(S4, 639, "Roundtable 4, co-chaired by the Governments of Azerbaijan and Morocco"), Q(S4, 387, "IMRF Official Event: Roundtable 4"), Q(S4, 607, "## 4.4 MAY 18 ACTIVITIES")],
     notes=obj_lost22 + " DATE CONFLICT: the programme table (column 4 = 19 MAY) puts Roundtable 4 on 19 May, but 'Activities at a glance' (004:380-389) and section 4.4 'MAY 18 ACTIVITIES' put it on 18 May. `date` follows the table.")
sess("imrf-2022-policy-debate", "imrf-2022", "Policy debate", "policy debate", "2022-05-18", "15:00", "18:00", "Trusteeship Council Chamber",
     Q(S4, 178, "Policy debate  Facilitated by IOM, DG, as Coordinator of the UN Network on Migration"),
     extra={"facilitator": "IOM Director General as Coordinator of the UN Network on Migration", "titleVariants": ["Policy Dialogue (004:391)", "Policy Debate (004:656)"]},
     more=[HDR22, PM22, Q(S4, 177, "Trusteeship Council Chamber"), Q(S4, 391, "IMRF Official Event: Policy Dialogue"), Q(S4, 656, "## IMRF Official Program: Policy Debate")],
     notes="In the extracted table the afternoon room ('Trusteeship Council Chamber') is on line 177 and the session text on line 178, both in column 3 (18 MAY). Called 'Policy Dialogue' in Activities at a glance.")
sess("imrf-2022-plenary-0520-am", "imrf-2022", "Plenary: Opening segment (Statements by PGA, UNSG, IOM DG as Coordinator of the Network, migrant community, civil society); General debate", "plenary", "2022-05-20", "10:00", "13:00", "General Assembly Hall",
     Q(S4, 174, "Plenary  Opening segment Statements by PGA, UNSG, IOM DG, as Coordinator of the Network-, migrant community, civil society  General debate"), group="imrf-2022-plenary",
     extra={"dateConflict": {"programmeTable": "2022-05-20", "narrative": "2022-05-18"}},
     more=[HDR22, AM22, Q(S4, 173, "General Assembly Hall"), Q(S4, 432, "during the Opening Plenary of the IMRF on May 18")],
     notes="DATE CONFLICT: the table puts the opening segment in column 5 (20 MAY), but 004:432 says the hearing summary was presented 'during the Opening Plenary of the IMRF on May 18'. The extracted 2022 table looks column-shifted (its header gives 'IMRF Day 1-4' to 17-20 May); `date` follows the table as extracted.")
sess("imrf-2022-plenary-0520-am-2", "imrf-2022", "Plenary: General debate (cont.)", "plenary", "2022-05-20", "10:00", "13:00", "General Assembly Hall",
     Q(S4, 175, "General Assembly Hall  Plenary  General debate (cont.)"), group="imrf-2022-plenary", more=[HDR22, AM22],
     notes="AMBIGUOUS: this cell sits on its own row (line 175) under column 5 of the morning block; its day and slot are as extracted, not confirmed.")
sess("imrf-2022-plenary-0519-pm", "imrf-2022", "Plenary: General debate (cont.)", "plenary", "2022-05-19", "15:00", "18:00", None,
     Q(S4, 178, "General debate (cont.)"), group="imrf-2022-plenary", more=[HDR22, PM22, Q(S4, 177, "Plenary")],
     notes="Room not stated (General Assembly Hall would be an assumption).")
sess("imrf-2022-plenary-0520-pm", "imrf-2022", "Plenary: General debate (cont.); Closing segment - Adoption of Progress Declaration - PGA remarks", "plenary", "2022-05-20", "15:00", "18:00", None,
     Q(S4, 178, "General debate (cont.)  Closing segment - Adoption of Progress Declaration - PGA remarks"), group="imrf-2022-plenary", more=[HDR22, PM22],
     notes="Room not stated.")

# 2022 side events / other events (Activities at a glance, 004:332-420)
def ev22(id, title, type, date, glance_line, glance_q, more=None, notes=None, extra=None):
    sess(id, "imrf-2022", title, type, date, None, None, None, Q(S4, glance_line, glance_q), official=False, more=more, notes=notes, extra=extra)

ev22("imrf-2022-se-social-cohesion", "Making Social Cohesion Work for Everyone", "side event", "2022-05-17", 352, "IMRF Side Event: Making Social Cohesion Work for Everyone",
     more=[Q(S4, 494, "This side event hosted by the Belgian Development Agency and partners")], notes="2022 seed does not say whether side events were official or unofficial.")
ev22("imrf-2022-se-lampedusa", "The Lampedusa Charter on Human Mobility: a municipalist call for dignity and territorial solidarity", "side event", "2022-05-17", 356,
     "IMRF Side Event: The Lampedusa Charter on Human Mobility: a municipalist call for dignity and territorial solidarity")
ev22("imrf-2022-mmc-board", "MMC Event: Annual Leadership Board Meeting", "network meeting", "2022-05-17", 360, "MMC Event: Annual Leadership Board Meeting",
     more=[Q(S4, 518, "Mayors Migration Council (MMC) Leadership Board mayors met in advance of the IMRF")], notes="Listed under May 17 at a glance; the narrative says 'in advance of the IMRF'.")
ev22("imrf-2022-gtf-day", "UCLG Event: Global Task Force of Local and Regional Governments Day", "network meeting", "2022-05-17", 364, "UCLG Event: Global Task Force of Local and Regional Governments Day")
ev22("imrf-2022-dsg-meeting", "Mayoral Meeting with UN Deputy Secretary General", "meeting", "2022-05-17", 368, "Mayoral Meeting with UN Deputy Secretary General",
     more=[Q(S4, 575, "a global delegation of mayors met the UN Deputy Secretary-General, Ms. Amina J. Mohammed")])
ev22("imrf-2022-aemd", "Africa Europe Mayors Dialogue Meeting", "meeting", "2022-05-17", 372, "Africa Europe Mayors Dialogue Meeting",
     more=[Q(S4, 583, "The Mayors of Freetown and Milan held the first in person meeting of the Africa Europe Mayors' Dialogue")])
ev22("imrf-2022-reception", "MMC-European Union Event: Reception in Honor of Mayors", "reception", "2022-05-17", 376, "MMC-European Union Event: Reception in Honor of Mayors",
     more=[Q(S4, 595, "The European Commissioner for Home Affairs and the Mayors Migration Council held a reception in honor of mayors during the IMRF.")])
ev22("imrf-2022-se-call-to-local-action", "Localizing the Global Compacts with a Call to Local Action for Migrants and Refugees", "side event", "2022-05-18", 395, "IMRF Side-Event: Call to Local Action",
     more=[Q(S4, 686, "## IMRF Side-Event: Localizing the Global Compacts with a Call to Local Action for Migrants and Refugees")],
     notes="Launch of the Call to Local Action; 70 local pledges delivered to the IOM Director General (004:700).")
ev22("imrf-2022-se-climate-pathways", "Facilitating safe and regular migration pathways in a changing climate: lessons from GCM implementation", "side event", "2022-05-18", 399,
     "IMRF Side Event: Facilitating safe and regular migration pathways in a changing climate",
     more=[Q(S4, 714, "## IMRF Side Event: Facilitating safe and regular migration pathways in a changing climate: lessons from GCM implementation")])
ev22("imrf-2022-pga-meeting", "Mayoral Meeting with President of the UN General Assembly", "closed-door meeting", "2022-05-18", 403, "Mayoral Meeting with President of the UN General Assembly",
     more=[Q(S4, 741, "In this private meeting moderated by Vittoria Zanusso, Executive Director of the MMC")],
     notes="'private meeting' (004:741). 70 pledges delivered to PGA Abdulla Shahid here (004:744).")
ev22("imrf-2022-press-conference", "MMC Event: Leadership Board Mayors Press Conference", "press conference", "2022-05-18", 407, "MMC Event: Leadership Board Mayors Press Conference",
     more=[Q(S4, 770, "MMC Leadership Board Mayors held a press conference with the United Nations Correspondents Association")])
ev22("imrf-2022-se-mptf", "The Migration Multi-Partner Trust Fund: Turning Commitments into Reality", "side event", "2022-05-19", 414, "IMRF Side Event: UN Migration MultiPartner Trust Fund",
     more=[Q(S4, 780, "a high-level side event at the IMRF entitled 'The Migration Multi-Partner Trust Fund: Turning Commitments into Reality.'")])
ev22("imrf-2022-acmi-dialogue", "Africa Climate Mobility Initiative and MMC Event: Dialogue with African Cities", "meeting", "2022-05-19", 418, "Africa Climate Mobility Initiative and MMC Event: Dialogue with African Cities",
     more=[Q(S4, 794, "The Africa Climate Mobility Initiative (ACMI) and the MMC held a Dialogue with African cities on the sidelines of the IMRF.")])

# 2026 official programme (Figure 1, 002:103-111)
HDR26 = Q(S2, 105, "4 May\t5 May\t6 May\t7 May\t8 May")
AM26 = Q(S2, 106, "Morning – 10:00 to 13:00"); PM26 = Q(S2, 109, "Afternoon – 15:00 to 18:00")
no_obj26 = "GCM objectives of the 2026 roundtables are not stated in seed 002 (only that the Coalition's 4 position papers each cover 'specific clusters of GCM objectives', 002:195)."
sess("imrf-2026-hearing-am", "imrf-2026", "Informal Interactive Multi-Stakeholder Hearing", "multi-stakeholder hearing", "2026-05-04", "10:00", "13:00", "Conference Room 4",
     Q(S2, 108, "Informal Interactive Multi-Stakeholder Hearing"), group="imrf-2026-hearing", extra={"host": "President of the General Assembly"},
     more=[HDR26, AM26, Q(S2, 107, "Conference Room 4"), Q(S2, 34, "a Multi-Stakeholder Hearing hosted by the President of the General Assembly")],
     notes="Figure 2 mentions 'Theme 1' and 'Theme 4' of the hearing; the themes are not described and it is not stated which half-day they fell in.")
sess("imrf-2026-hearing-pm", "imrf-2026", "Informal Interactive Multi-Stakeholder Hearing (cont.)", "multi-stakeholder hearing", "2026-05-04", "15:00", "18:00", "Conference Room 4",
     Q(S2, 111, "Informal Interactive Multi-Stakeholder Hearing (cont.)"), group="imrf-2026-hearing", more=[HDR26, PM26, Q(S2, 110, "Conference Room 4")])
sess("imrf-2026-rt1", "imrf-2026", "Roundtable 1", "roundtable", "2026-05-05", "10:00", "13:00", "Conference Room 2",
     Q(S2, 108, "Roundtables 1 and 2"), more=[HDR26, AM26, Q(S2, 107, "Conference Room 2")],
     notes="Figure 1 puts 'Roundtables 1 and 2' in the same morning slot; start/end are the slot times, the split between RT1 and RT2 is not stated. " + no_obj26)
sess("imrf-2026-rt2-am", "imrf-2026", "Roundtable 2", "roundtable", "2026-05-05", "10:00", "13:00", "Conference Room 2",
     Q(S2, 108, "Roundtables 1 and 2"), group="imrf-2026-rt2", more=[HDR26, AM26],
     notes="Shares the morning slot with Roundtable 1 and continues in the afternoon. " + no_obj26)
sess("imrf-2026-rt2-pm", "imrf-2026", "Roundtable 2 (cont.)", "roundtable", "2026-05-05", "15:00", "18:00", "Conference Room 2",
     Q(S2, 111, "Roundtables 2 (cont.) and 3"), group="imrf-2026-rt2", more=[HDR26, PM26, Q(S2, 110, "Conference Room 2")],
     notes="Shares the afternoon slot with Roundtable 3.")
sess("imrf-2026-rt3", "imrf-2026", "Roundtable 3", "roundtable", "2026-05-05", "15:00", "18:00", "Conference Room 2",
     Q(S2, 111, "Roundtables 2 (cont.) and 3"), more=[HDR26, PM26, Q(S2, 132, "Formal Programme: Roundtable 3"), Q(S2, 329, "UN HQ, New York - May 05, 2026")],
     notes="Shares the afternoon slot with the end of Roundtable 2; exact start not stated. " + no_obj26)
sess("imrf-2026-rt4", "imrf-2026", "Roundtable 4", "roundtable", "2026-05-06", "10:00", "13:00", "Conference Room 2",
     Q(S2, 108, "Roundtable 4"), more=[HDR26, AM26], notes=no_obj26)
sess("imrf-2026-policy-debate", "imrf-2026", "Policy Debate", "policy debate", "2026-05-06", "15:00", "18:00", "Conference Room 2",
     Q(S2, 111, "Policy Debate Facilitated by the IOM DG as Coordinator of the UN Network on Migration"),
     extra={"facilitator": "IOM Director General as Coordinator of the UN Network on Migration"}, more=[HDR26, PM26])
sess("imrf-2026-plenary-0507-am", "imrf-2026", "Plenary: Opening Segment (Statements by PGA, UNSG, IOM DG as UNNM Coordinator, and stakeholders); General Debate", "plenary", "2026-05-07", "10:00", "13:00", "General Assembly Hall",
     Q(S2, 108, "Plenary <i>Opening Segment</i> Statements by PGA, UNSG, IOM DG as UNNM Coordinator, and stakeholders <i>General Debate</i>"), group="imrf-2026-plenary",
     more=[HDR26, AM26, Q(S2, 107, "General Assembly Hall")])
sess("imrf-2026-plenary-0507-pm", "imrf-2026", "Plenary: General Debate (cont.)", "plenary", "2026-05-07", "15:00", "18:00", "General Assembly Hall",
     Q(S2, 111, "Plenary <i>General Debate (cont.)</i>"), group="imrf-2026-plenary", more=[HDR26, PM26])
sess("imrf-2026-plenary-0508-am", "imrf-2026", "Plenary: General Debate (cont.)", "plenary", "2026-05-08", "10:00", "13:00", "General Assembly Hall",
     Q(S2, 108, "Plenary <i>General Debate (cont.)</i>"), group="imrf-2026-plenary", more=[HDR26, AM26])
sess("imrf-2026-plenary-0508-pm", "imrf-2026", "Plenary: General Debate (cont.); Closing Segment - Adoption of Progress Declaration and PGA statement", "plenary", "2026-05-08", "15:00", "18:00", "General Assembly Hall",
     Q(S2, 111, "<i>Closing Segment</i> Adoption of Progress Declaration and PGA statement"), group="imrf-2026-plenary", more=[HDR26, PM26])

# 2026 side events (Figure 2, 002:127-139)
def ev26(id, title, type, date, line, q, more=None, notes=None, extra=None, start=None, end=None, room=None, tz=None):
    sess(id, "imrf-2026", title, type, date, start, end, room, Q(S2, line, q), official=False, more=more, notes=notes, extra=extra, tz_stated=tz)

ev26("imrf-2026-se-migrant-health", "Advancing migrant health and access of migrants to basic services", "official side event", "2026-05-05", 131,
     "Official Side Event: Advancing migrant health and access of migrants to basic services",
     more=[Q(S2, 49, "a discussion on migrant health and access to basic services")])
ev26("imrf-2026-se-reintegration", "Supporting partnerships to enhance inclusion in the context of displacements and sustainable approaches to reintegration", "unofficial side event", "2026-05-06", 133,
     "Unofficial Side Event: Supporting partnerships to enhance inclusion in the context of displacements and sustainable approaches to reintegration")
ev26("imrf-2026-se-wuf13", "Safe, inclusive and sustainable cities in the age of migration – Towards WUF 13", "official side event", "2026-05-06", 134,
     "Official Side Event: Safe, inclusive and sustainable cities in the age of migration – Towards WUF 13",
     more=[Q(S2, 49, "a conversation on sustainable cities ahead of the WUF 13"), Q(S2, 341, "UN HQ, New York - May 6, 2026: Chicago Deputy Mayor for Immigrant, Migrant, and Refugee Rights, Beatriz Ponce de León at the IMRF Side Event on Safe, inclusive and sustainable cities")],
     extra={"place": "UN HQ, New York (photo credit)"})
ev26("imrf-2026-se-resist-reclaim-realise", "Civil Society Campaign Day Panel on Resist Reclaim Realise", "unofficial side event", "2026-05-06", 135,
     "Unofficial Side Event: Civil Society Campaign Day Panel on Resist Reclaim Realise")
ev26("imrf-2026-se-unlocking-investment", "Closed Door Roundtable on Unlocking Innovative Investment for Local Action", "unofficial side event", "2026-05-07", 136,
     "Unofficial Side Event: Closed Door Roundtable on Unlocking Innovative Investment for Local Action",
     more=[Q(S2, 345, "UN HQ, New York - May 07, 2026: Closed Door Roundtable co-organised by LCMR and the Civil Society Action Committee on Unlocking innovative investment for local action towards migrant inclusion."),
           Q(S2, 167, "the Local Coalition co-hosted a conversation on the localization of financing, together with the Civil Society Action Committee. This closed-door conversation took place on the sidelines of the IMRF")],
     extra={"closedDoor": True, "place": "UN HQ, New York (photo credit)"},
     notes="Also a closed-door meeting. Identified with section V.B's financing conversation through the photo credit (002:345), which names the same date, co-organisers and topic.")
ev26("imrf-2026-se-bridging-compacts", "Closed Door Roundtable on Bridging the Compacts", "unofficial side event", "2026-05-07", 137,
     "Unofficial Side Event: Closed Door Roundtable on Bridging the Compacts", start="13:00", end="15:00", tz="ET",
     more=[Q(S0, 5, "Bridging the compacts: roundtable discussion on investing in city leadership for migrant and refugee socio-economic inclusion"), Q(S0, 9, "Date: Thursday 7 May 2026"), Q(S0, 11, "Time: 1:00pm – 3:00pm ET")],
     extra={"closedDoor": True, "room": None, "place": "International Rescue Committee, 14th Floor, 122 E 42nd St, New York, NY", "sideEventId": "se-2026-bridging-compacts"},
     notes="Matched to seed 000 by title ('Bridging the Compacts') and date (7 May 2026); the match is an inference, seed 002 does not cite seed 000. Times and 'ET' come from seed 000.")
ev26("imrf-2026-reception-canada", "Evening Reception Hosted by Canada: Celebrating Migrant Contributions", "reception", "2026-05-07", 138,
     "Evening Reception Hosted by Canada: Celebrating Migrant Contributions", more=[Q(S2, 49, "a reception hosted by the Government of Canada")],
     notes="'Evening' but no time given. Counted among the '9 IMRF-related side events' in the highlights (002:49).")
ev26("imrf-2026-se-local-to-global", "From Local Action to Global Impact: Institutionalizing Local Government Leadership in GCM Implementation", "official side event", "2026-05-08", 139,
     "Official Side Event: From Local Action to Global Impact",
     more=[Q(S2, 153, "Delivering local pledges at the official IMRF Side Event | 8 May, UN Headquarters"),
           Q(S2, 155, "From Local Action to Global Impact: Institutionalizing Local Government Leadership in GCM Implementation"),
           Q(S2, 325, "UN HQ, New York - May 08, 2026: The Local Coalition for Migrants and Refugees formally hands over the 2026 flagship Call to Local Action report")],
     extra={"place": "UN Headquarters"},
     notes="Pledges handed over to the UN Network on Migration. Probably the '3rd Report' launch named in 002:49 (photo credit 002:325 dates the report hand-over to 8 May) - inference.")

# other forums
sess("grf-pr-2025-city-leadership", "grf-progress-review-2025", "City leadership for refugee socio-economic inclusion", None, None, None, None, None,
     Q(S0, 26, "Building upon an event titled \"City leadership for refugee socio-economic inclusion\" at the Global Refugee Forum Progress Review in December 2025"),
     official=None, extra={"month": "2025-12"}, notes="Type, date, hosts and speakers not stated.")
sess("gfmd-lg-networking", "gfmd-2024", "GFMD local government networking session (opening)", None, None, None, None, None,
     Q(S1, 172, "Opening of GFMD local government networking session UCLG"), official=None,
     notes="Photo caption only; the year/edition of the GFMD is NOT stated (assigned to gfmd-2024 only as the one GFMD edition the seeds date). 'UCLG' may be the photo credit rather than the organiser.")

HOSTS22 = {"imrf-2022-mmc-board": ("Mayors Migration Council (title prefix 'MMC Event')", Q(S4, 360, "MMC Event: Annual Leadership Board Meeting")),
           "imrf-2022-gtf-day": ("UCLG (title prefix 'UCLG Event')", Q(S4, 364, "UCLG Event: Global Task Force of Local and Regional Governments Day")),
           "imrf-2022-aemd": ("Africa Europe Mayors' Dialogue; 'The Mayors of Freetown and Milan held' the meeting", Q(S4, 583, "The Mayors of Freetown and Milan held the first in person meeting")),
           "imrf-2022-pga-meeting": ("Mayors Migration Council (heading 'MMC Event')", Q(S4, 739, "## MMC Event: Mayoral Meeting with President of the UN General Assembly")),
           "imrf-2022-press-conference": ("MMC Leadership Board Mayors, with the United Nations Correspondents Association", Q(S4, 770, "MMC Leadership Board Mayors held a press conference with the United Nations Correspondents Association")),
           "imrf-2022-acmi-dialogue": ("Africa Climate Mobility Initiative (ACMI) and the MMC", Q(S4, 794, "The Africa Climate Mobility Initiative (ACMI) and the MMC held a Dialogue")),
           "imrf-2022-reception": ("European Commissioner for Home Affairs and the Mayors Migration Council", Q(S4, 595, "The European Commissioner for Home Affairs and the Mayors Migration Council held a reception"))}
for s_ in sessions:
    if s_["id"] in HOSTS22:
        s_["host"], s_["hostSource"] = HOSTS22[s_["id"]]

# ------------------------------------------------------------------ DELEGATIONS
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

def person(name, title, src, variants=None, note=None):
    p = {"name": name, "title": title, "source": src}
    if variants: p["variants"] = variants
    if note: p["notes"] = note
    return p

def deleg(forum, name, country, kind, star, src, people=None, listed=True, accreditation=None, acc_src=None, notes=None, more=None, network_kind=None):
    r = {"forum": forum, "organization": name, "country": country, "kind": kind,
         "listedInDelegation": listed,
         "inNationalDelegation": star,
         "nationalDelegationEvidence": None,
         "accreditation": accreditation, "accreditationSource": acc_src,
         "people": people or [], "source": src, "additionalSources": more or [], "notes": notes}
    if listed and star is True:
        r["nationalDelegationEvidence"] = "marked with * in the delegation list (the * means 'included in their national government's delegation')"
    elif listed and star is False:
        r["nationalDelegationEvidence"] = "no * in the delegation list"
    else:
        r["nationalDelegationEvidence"] = "not in the seed's delegation list; not stated"
    delegations.append(r)

ACC22 = Q(S4, 192, "instead needed approval from their national government or access through a partner organization")
ACC26 = Q(S2, 123, "instead they needed approval from their national government or access through a civil society partner organization")
STAR22 = Q(S4, 74, "5 of which were included in their national government's delegation\\*:")
STAR26 = Q(S2, 50, "4 of which were included in their national government's delegation*")
acc_none22 = "Route not stated per organization; the seed only says LRGs 'needed approval from their national government or access through a partner organization' (004:192)."
acc_none26 = "Route not stated per organization; the seed only says LRGs needed national-government approval or 'access through a civil society partner organization' (002:123) and 'secured access through Member State and civil society delegations' (002:38)."

def d22(name, country, star, line, q, people=None, kind="city", notes=None, more=None):
    deleg("imrf-2022", name, country, kind, star, Q(S4, line, q), people=people,
          accreditation="national delegation" if star else None, acc_src=STAR22 if star else ACC22,
          notes=((notes + " ") if notes else "") + ("" if star else acc_none22), more=more)

d22("Accra", "Ghana", True, 76, "<b>Accra</b> , Ghana*", [person("Elizabeth Sackey", "Mayor", Q(S4, 619, "**Mayor Elizabeth Sackey of Accra, Ghana** spoke as a panellist."))])
d22("Mechelen", "Belgium", True, 76, "<b>Mechelen</b> , Belgium*", [person("Alexander Vandersmissen", "Mayor of Mechelen, Belgium", Q(S4, 559, "Mr. Alexander Vandersmissen, Mayor of Mechelen, Belgium"))])
d22("Braga", "Portugal", True, 77, "<b>Braga</b> , Portugal*", [person("Ricardo Rio", "Mayor of Braga, Portugal", Q(S4, 512, "Mr. Ricardo Rio, Mayor of Braga, Portugal"))])
d22("Milan", "Italy", False, 77, "<b>Milan</b> , Italy", [person("Giuseppe Sala", "Mayor of Milan, Italy and MMC Leadership Board Member", Q(S4, 603, "Mayor of Milan, Italy and MMC Leadership Board Member, Giuseppe Sala"))])
d22("Dhaka North", "Bangladesh", False, 78, "<b>Dhaka North</b> , Bangladesh",
    [person("Md. Atiqul Islam", "Mayor; Leadership Board member of the Mayors Migration Council; co-chair of the C40-MMC Global Mayors Task Force on Climate and Migration",
            Q(S4, 458, "**Mayor Md. Atiqul Islam of Dhaka North**, Bangladesh joined the Roundtable"))])
d22("Monrovia", "Liberia", False, 78, "<b>Monrovia</b> , Liberia", notes="No person named. Only appears at a glance as a speaker at the Call to Local Action side event (004:397), not in that event's narrative panel (004:692-698).")
d22("Entebbe", "Uganda", False, 79, "<b>Entebbe</b> , Uganda", [person("Fabrice Brad Rulinda", "Mayor", Q(S4, 479, "**Mayor Fabrice Brad Rulinda of Entebbe,** Uganda, spoke as a panellist"))])
d22("Montevideo", "Uruguay", False, 79, "<b>Montevideo</b> , Uruguay",
    [person("Fabiana Goyeneche", "Director of International Affairs", Q(S4, 643, "**Ms. Fabiana Goyeneche, Director of International Affairs, Montevideo**"),
            variants=["Director of International Relations (004:650)", "spelled 'Fabiana Goyenche' (004:694)"]),
     person("Carolina Cosse", "Mayor of Montevideo", Q(S4, 525, "Mayor Carolina Cosse of Montevideo"), note="Named as a new MMC Leadership Board member celebrated at the Leadership Board meeting; her presence at the IMRF is not stated.")])
d22("eThekwni (Durban)", "South Africa", True, 80, "<b>eThekwni (Durban)</b> , South Africa*",
    [person("Nkosenhle Madlala", "Councilor of eThekweni (Durban), South Africa", Q(S4, 555, "Mr. Nkosenhle Madlala, Councilor of eThekweni (Durban), South Africa"))],
    notes="Spelled 'eThekwni' in the list (004:80), 'eThekweni' (004:555) and 'eThekwini' (004:577, 585).")
d22("Montréal", "Canada", True, 80, "<b>Montréal</b> , Canada*", [person("Valérie Plante", "Mayor of Montréal, Canada", Q(S4, 752, "Mayor Valérie Plante of Montréal, Canada"))])
d22("Freetown", "Sierra Leone", False, 81, "<b>Freetown</b> , Sierra Leone",
    [person("Yvonne Aki-Sawyerr", "Mayor of Freetown, Sierra Leone and MMC Leadership Board Member", Q(S4, 602, "Mayor of Freetown, Sierra Leone and MMC Leadership Board Member, Yvonne Aki-Sawyerr"),
            variants=["spelled 'Aki-Sawyer' (004:660, 666)"])])
d22("São Paulo", "Brazil", False, 81, "<b>São Paulo</b> , Brazil",
    [person("Marta Suplicy", "Secretary of International Affairs of the City of São Paulo", Q(S4, 558, "Ms. Marta Suplicy, Secretary of International Affairs of the City of São Paulo, Brazil"))],
    notes="Written 'Sao Paulo' without tilde at 004:339 and 577. Not starred in 2022 (contrast 2026, where São Paulo is starred).")
d22("Grigny", "France", False, 82, "<b>Grigny</b> , France", [person("Philippe Rio", "Mayor of Grigny, France", Q(S4, 511, "Mr. Philippe Rio, Mayor of Grigny, France"))],
    notes="Misspelled 'Gringy' at 004:577 and 748.")
d22("San Jose", "United States of America", False, 82, "<b>San Jose</b> , United States of America", notes="No person or activity named in seed 004.")
d22("Kampala", "Uganda", False, 83, "<b>Kampala</b> , Uganda",
    [person("Erias Lukwago", "Lord Mayor, Kampala Capital City Authority, Uganda", Q(S4, 695, "Lord Mayor Erias Lukwago, Kampala Capital City Authority, Uganda"), variants=["spelled 'Erias Lukwagao' (004:674)"])])
d22("Kanifing", "The Gambia", False, 84, "<b>Kanifing</b> , The Gambia", notes="No person named; only in the Africa Europe Mayors' Dialogue meeting (004:585).")

ASSOC22 = Q(S4, 86, "**8 local government associations participated**, supporting and amplifying mayor and city leaders' voices:")
for name, line, q, people, note in [
    ("ANVITA (Association Nationale des Villes et Territoires Associés)", 88, "**ANVITA**", None, None),
    ("C40 Cities", 92, "**C40**", None, None),
    ("The Africa-Europe Mayors' Dialogue", 95, "**The Africa-Europe**", None, "Name split over lines 95-96 ('The Africa-Europe' / 'Mayors' Dialogue')."),
    ("GFMD Mayors Mechanism", 98, "**GFMD**", None, "Name split over lines 98-100 ('GFMD' / 'Mayors' / 'Mechanism'). Also the convener of the 2022 delegation (004:50)."),
    ("MMC (Mayors Migration Council)", 102, "**MMC**", [person("Vittoria Zanuso", "Executive Director of the Mayors Migration Council", Q(S4, 546, "said Vittoria Zanuso, Executive Director of the Mayors Migration Council"), variants=["spelled 'Vittoria Zanusso' (004:741, 760, 780)"])], None),
    ("UCLG (United Cities and Local Governments)", 105, "**UCLG**", [person("Emilia Sáiz", "Secretary General of UCLG", Q(S4, 617, "**Ms. Emilia Sáiz, Secretary General of UCLG**"))], None),
    ("UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights", 109, "**UCLG**", None, "Written as a logo block: 'UCLG / Committee / Social Inclusion / Participatory Democracy / and Human Rights' (004:109-113); the exact committee name is reconstructed from those lines."),
    ("Welcoming America", 115, "**WELCOMING**", None, "Written 'WELCOMING / AMERICA' (004:115-116)."),
]:
    deleg("imrf-2022", name, None, "network", None, Q(S4, line, q), people=people, listed=True, notes=(note + " " if note else "") + "One of the '8 local government associations'; national-delegation status and accreditation not stated.", more=[ASSOC22])

deleg("imrf-2022", "Commune Keur Maba", "Senegal", "city", None, Q(S4, 508, "Mr. Mouhamadou Bamba Ka, First Deputy Mayor, Commune Keur Maba, Sénégal"),
      people=[person("Mouhamadou Bamba Ka", "First Deputy Mayor", Q(S4, 508, "Mr. Mouhamadou Bamba Ka, First Deputy Mayor, Commune Keur Maba, Sénégal"))], listed=False,
      notes="Participated in the Lampedusa Charter side event but is NOT among the 16 listed LRGs.")
deleg("imrf-2022", "Lampedusa and Linosa", "Italy", "city", None, Q(S4, 510, "Mr. Totò Martello, Mayor of Lampedusa and Linosa, Italy (via video)"),
      people=[person("Totò Martello", "Mayor of Lampedusa and Linosa, Italy (via video)", Q(S4, 510, "Mr. Totò Martello, Mayor of Lampedusa and Linosa, Italy (via video)")),
              person("Salvatore Martello", "Former Mayor of Lampedusa, Italy", Q(S4, 534, "Former Mayor of Lampedusa, Italy"), note="Quote attribution at 004:531-534; the seed does not say whether this is the same person as 'Totò Martello'.")],
      listed=False, notes="Took part via video in the Lampedusa Charter side event; NOT among the 16 listed LRGs.")

def d26(name, country, star, line, q, kind="city", people=None, notes=None, more=None):
    deleg("imrf-2026", name, country, kind, star, Q(S2, line, q), people=people,
          accreditation="national delegation" if star else None, acc_src=STAR26 if star else ACC26,
          notes=((notes + " ") if notes else "") + ("" if star else acc_none26), more=more)

NET26 = Q(S2, 50, "**11 LRGs and 2 LRG networks from 5 regions participated in the IMRF to raise the bar on global migration governance**")
d26("Asocapitales (Colombian Association of Capital Cities)", "Colombia", True, 52, "**Asocapitales** (Colombian Association of Capital Cities)*", kind="network",
    notes="One of the '2 LRG networks' (inference: the only two association names in the list). Country not written next to the name; Colombia follows from 'Colombian'. No person or activity named.", more=[NET26])
d26("Azuay Province", "Ecuador", False, 53, "**Azuay Province**, Ecuador", kind="region",
    people=[person("Juan Cristóbal Lloret Valdivieso", "Prefect of the Azuay Province, Ecuador", Q(S2, 159, "**Juan Cristóbal Lloret Valdivieso**, the Prefect of the Azuay Province, Ecuador"))],
    notes="Called 'Azuay' in Figure 2.")
d26("Cartagena de Indias", "Colombia", False, 54, "**Cartagena de Indias**, Colombia", notes="No person named.")
d26("Catalunya", "Spain", True, 55, "**Catalunya**, Spain*", kind="region", notes="No person or activity named anywhere in seed 002.")
d26("Chicago", "United States of America", False, 56, "**Chicago**, United States of America",
    people=[person("Beatriz Ponce de León", "Deputy Mayor for Immigrant, Migrant, and Refugee Rights", Q(S2, 211, "Chicago (US) Deputy Mayor for Immigrant, Migrant, and Refugee Rights, **Beatriz Ponce de León**"))])
d26("Dagana", "Senegal", False, 57, "**Dagana**, Senegal", kind="region",
    people=[person("Ababacar Ndao", "President of the Departmental Council of Dagana, Senegal", Q(S2, 159, "**Ababacar Ndao**, President of the Departmental Council of Dagana, Senegal"), variants=["'President of Dagana Region (Senegal)' (002:233)"])],
    notes="AMBIGUOUS level: 'Departmental Council of Dagana' (002:159) vs 'Dagana Region' (002:233); kind 'region' is a choice, not stated.")
d26("Dhankuta", "Nepal", False, 58, "**Dhankuta**, Nepal", notes="No person named.")
d26("Fuenlabrada", "Spain", True, 59, "**Fuenlabrada**, Spain*",
    people=[person("Javier Ayala Ortega", "Mayor of Fuenlabrada, Spain", Q(S2, 159, "**Javier Ayala Ortega**, the Mayor of Fuenlabrada, Spain"))])
d26("Maicao", "Colombia", False, 60, "**Maicao**, Colombia",
    people=[person("Margarita Crespo Habib", "Advisor to the Mayor of Maicao (Colombia)", Q(S2, 241, "Margarita Crespo Habib, Advisor to the Mayor of Maicao (Colombia)"), variants=["'Margarita C. Habib' (002:341)"])])
d26("New York City", "United States of America", False, 61, "**New York City**, United States of America",
    people=[person("Faiza Ali", "Commissioner for Immigrant Affairs", Q(S2, 215, "New York City (US) Commissioner for Immigrant Affairs, Faiza Ali")),
            person("Ana Maria Archila", "Commissioner for International Affairs", Q(S2, 221, "New York City (US) Commissioner for International Affairs, Ana Maria Archila"), variants=["'Ana M. Archila' (002:329)"])])
d26("Nuevo León", "Mexico", False, 62, "**Nuevo León**, Mexico", kind="region", notes="No person or activity named anywhere in seed 002.")
d26("São Paulo", "Brazil", True, 63, "**São Paulo**, Brazil*",
    people=[person("Regina Nunes", "Municipal Secretary of Human Rights and Citizenship, Sao Paulo, Brazil", Q(S2, 159, "**Regina Nunes**, the Municipal Secretary of Human Rights and Citizenship, Sao Paulo, Brazil"))],
    more=[Q(S2, 201, "São Paulo (Brazil) joined Brazil's national delegation to the IMRF")])
d26("Union of Associations of Local Elected Officials (UAEL)", "Senegal", False, 64, "**Union of Associations of Local Elected Officials (UAEL)**, Senegal", kind="network",
    notes="One of the '2 LRG networks' (inference). No person named.", more=[NET26])
deleg("imrf-2026", "Mayors Migration Council (MMC)", None, "network", None, Q(S2, 36, "a partnership between [United Cities and Local Governments](#) (UCLG), the [Mayors Migration Council](#) (MMC)"),
      people=[person("Vittoria Zanuso", "Executive Director of the MMC", Q(S2, 159, "**Vittoria Zanuso**, Executive Director of the MMC")),
              person("Sharmeen Hossein", "City Finance Lead, Mayors Migration Council", Q(S0, 48, "Sharmeen Hossein, City Finance Lead, Mayors Migration Council"), note="Panelist in seed 000 (Bridging the Compacts).")],
      listed=False, notes="Local Coalition co-steer and convener; speaks in Figure 2 ('LRG and Coalition Speakers') but is not among the 13 listed delegation members.")
deleg("imrf-2026", "United Cities and Local Governments (UCLG)", None, "network", None, Q(S2, 36, "a partnership between [United Cities and Local Governments](#) (UCLG)"),
      people=[person("Albert Lladó", "Head of Policy at UCLG", Q(S2, 159, "**Albert Lladó**, Head of Policy at UCLG"), variants=["'Albert Llado, head of Policy at United Cities and Local Governments' (002:249)", "'Albert Lladó Romero' (002:317, acknowledgements)"])],
      listed=False, notes="Local Coalition co-steer and convener; speaks in Figure 2 but is not among the 13 listed delegation members.")

deleg("gfmd-2024", "Bogotá", "Colombia", "city", None, Q(S2, 337, "Bogotá representative Daniela C. Tarud showcases their city initiative"),
      people=[person("Daniela C. Tarud", "Bogotá representative", Q(S2, 337, "Bogotá representative Daniela C. Tarud"))], listed=False,
      notes="From a photo credit only; no GFMD delegation list exists in the seeds.")

# ------------------------------------------------------------------ SPEAKING ROLES
def role(forum, session_id, org, person_, role_, role_written, src, notes=None, person_inferred=None, org_kind="lrg"):
    title = next((s["title"] for s in sessions if s["id"] == session_id), None)
    roles.append({"forum": forum, "sessionId": session_id, "sessionTitle": title, "organization": org, "organizationKind": org_kind,
                  "person": person_, "personInferred": person_inferred, "role": role_, "roleAsWritten": role_written, "source": src, "notes": notes})

F = "imrf-2022"
role(F, "imrf-2022-hearing-am", "Sao Paulo", "Marta Suplicy", "speaker", "Sao Paulo Speaker", Q(S4, 339, "Sao Paulo Speaker"),
     notes="Hearing group (16 May); which half-day is not stated. Narrative: 'Speaking at the Hearing, **Ms. Marta Suplicy**' (004:434).")
role(F, "imrf-2022-rt1", "Dhaka North", "Md. Atiqul Islam", "speaker", "Dhaka North Speaker; 'joined the Roundtable'", Q(S4, 346, "Dhaka North Speaker"))
role(F, "imrf-2022-rt2", "Entebbe", "Fabrice Brad Rulinda", "panelist", "spoke as a panellist", Q(S4, 479, "spoke as a panellist on the realities of human trafficking"))
role(F, "imrf-2022-rt3", "UCLG", "Emilia Sáiz", "keynote", "delivered the keynote speech for this Roundtable", Q(S4, 617, "delivered the keynote speech for this Roundtable"), org_kind="network")
role(F, "imrf-2022-rt3", "Accra", "Elizabeth Sackey", "panelist", "spoke as a panellist", Q(S4, 619, "**Mayor Elizabeth Sackey of Accra, Ghana** spoke as a panellist."))
role(F, "imrf-2022-rt4", "Montevideo", "Fabiana Goyeneche", "intervention from the floor", "spoke from the floor", Q(S4, 643, "Uruguay spoke from the floor."),
     notes="Roundtable 4 date conflict: table 19 May vs narrative 18 May.")
role(F, "imrf-2022-policy-debate", "Freetown", "Yvonne Aki-Sawyer", "panelist", "spoke as a panellist as a Leadership Board member of the Mayors Migration Council",
     Q(S4, 660, "Mayor Yvonne Aki-Sawyer of Freetown, Sierra Leone spoke as a panellist"))
role(F, "imrf-2022-se-social-cohesion", "Mechelen", "Alexander Vandersmissen", "panelist", "Speaking as a panellist", Q(S4, 494, "Speaking as a panellist, **Mayor Alexander Vandersmissen of Mechelen,** Belgium"))
for org, who, ln, q in [("Commune Keur Maba", "Mouhamadou Bamba Ka", 508, "Mr. Mouhamadou Bamba Ka, First Deputy Mayor"),
                        ("Montevideo", "Fabiana Goyeneche", 509, "Ms. Fabiana Goyeneche, Director of International Affairs, Montevideo, Uruguay"),
                        ("Lampedusa and Linosa", "Totò Martello", 510, "Mr. Totò Martello, Mayor of Lampedusa and Linosa, Italy (via video)"),
                        ("Grigny", "Philippe Rio", 511, "Mr. Philippe Rio, Mayor of Grigny, France"),
                        ("Braga", "Ricardo Rio", 512, "Mr. Ricardo Rio, Mayor of Braga, Portugal")]:
    role(F, "imrf-2022-se-lampedusa", org, who, "participant", "participated in the discussion", Q(S4, ln, q),
         notes="004:506 'The following LRG representatives participated in the discussion'; at a glance: 'Mayoral and city delegates' (004:358)." + (" Via video." if "video" in q else ""))
for org, inferred in [("Dhaka North", "Md. Atiqul Islam"), ("Freetown", "Yvonne Aki-Sawyerr"), ("Milan", "Giuseppe Sala"), ("Montréal", "Valérie Plante"), ("Accra", "Elizabeth Sackey")]:
    role(F, "imrf-2022-mmc-board", org, None, "participant", "special guest" if org == "Accra" else "Leadership Board Mayor",
         Q(S4, 527, "special guest Mayor of **Accra**, Ghana" if org == "Accra" else f"**{org}**"),
         person_inferred=inferred, notes="Mayor not named in this passage; personInferred is the mayor of that city named elsewhere in seed 004. Quotes by Sala, Sackey and Zanuso appear in this section (004:538-546).")
for org, who, ln, q in [("Freetown", "Yvonne Aki-Sawyerr", 554, "Ms. Yvonne Aki-Sawyerr, Mayor of Freetown, Sierra Leone"),
                        ("eThekweni (Durban)", "Nkosenhle Madlala", 555, "Mr. Nkosenhle Madlala, Councilor of eThekweni (Durban), South Africa"),
                        ("Grigny", "Philippe Rio", 556, "Mr. Philippe Rio, Mayor of Grigny, France"),
                        ("Braga", "Ricardo Rio", 557, "Mr. Ricardo Rio, Mayor of Braga, Portugal"),
                        ("São Paulo", "Marta Suplicy", 558, "Ms. Marta Suplicy, Secretary of International Affairs of the City of São Paulo, Brazil"),
                        ("Mechelen", "Alexander Vandersmissen", 559, "Mr. Alexander Vandersmissen, Mayor of Mechelen, Belgium")]:
    role(F, "imrf-2022-gtf-day", org, who, "speaker", "The following mayors and municipal representatives spoke", Q(S4, ln, q))
for org in ["Braga", "Dhaka North", "eThekwini (Durban)", "Freetown", "Gringy", "Mechelen", "Sao Paulo"]:
    role(F, "imrf-2022-dsg-meeting", org, None, "participant", "Participants included mayors and city delegates from",
         Q(S4, 577, f"**{org}**"),
         notes=("'Gringy' = Grigny (misspelling). " if org == "Gringy" else "") + "Also the Secretary General of UCLG, Executive Director of the MMC and Deputy DG of IOM (004:577).")
for org in ["Freetown", "Milan", "Accra", "Entebbe", "eThekwini (Durban)", "Kampala", "Kanifing"]:
    role(F, "imrf-2022-aemd", org, None, "participant", "the mayors from ... met",
         Q(S4, 585, "**eThekwini** (Durban)" if org.startswith("eThekwini") else f"**{org}**"),
         notes="Freetown and Milan 'held' the meeting (004:583)." if org in ("Freetown", "Milan") else None)
role(F, "imrf-2022-reception", "Freetown", "Yvonne Aki-Sawyerr", "speaker", "Remarks were delivered by", Q(S4, 602, "Mayor of Freetown, Sierra Leone and MMC Leadership Board Member, Yvonne Aki-Sawyerr"))
role(F, "imrf-2022-reception", "Milan", "Giuseppe Sala", "speaker", "Remarks were delivered by", Q(S4, 603, "Mayor of Milan, Italy and MMC Leadership Board Member, Giuseppe Sala"))
role(F, "imrf-2022-se-call-to-local-action", "UCLG", "Emilia Sáiz", "speaker", "opened the event", Q(S4, 692, "Ms. Emilia Sáiz, Secretary General of UCLG"), org_kind="network")
role(F, "imrf-2022-se-call-to-local-action", "MMC", "Vittoria Zanuso", "speaker", "opened the event", Q(S4, 692, "Ms. Vittoria Zanuso, Executive Director of the MMC opened the event"), org_kind="network")
role(F, "imrf-2022-se-call-to-local-action", "Montevideo", "Fabiana Goyenche", "moderator", "(moderator)", Q(S4, 694, "Ms. Fabiana Goyenche, Director of International Affairs, City of Montevideo, Uruguay (moderator)"),
     notes="Spelled 'Goyenche' here. Role 'moderator' is outside the brief's role list but is what the seed says.")
role(F, "imrf-2022-se-call-to-local-action", "Kampala", "Erias Lukwago", "panelist", "A panel discussion followed, featuring", Q(S4, 695, "Lord Mayor Erias Lukwago, Kampala Capital City Authority, Uganda"))
role(F, "imrf-2022-se-call-to-local-action", "Grigny", "Philippe Rio", "panelist", "A panel discussion followed, featuring", Q(S4, 696, "Mayor Philippe Rio, Grigny, France"))
role(F, "imrf-2022-se-call-to-local-action", "Monrovia", None, "speaker", "Grigny, Kampala, Monrovia, Montevideo Speakers", Q(S4, 397, "Grigny, Kampala, Monrovia, Montevideo Speakers"),
     notes="AMBIGUOUS: Monrovia is listed as a speaker only at a glance; the event narrative (004:690-700) names no one from Monrovia.")
role(F, "imrf-2022-se-climate-pathways", "Dhaka North", "Md. Atiqul Islam", "speaker", "spoke at the event as co-chair of the C40-MMC Task Force", Q(S4, 720, "spoke at the event as co-chair of the C40-MMC Task Force"))
for org in ["Accra", "Dhaka North", "Freetown", "Gringy", "Kampala", "Montréal"]:
    role(F, "imrf-2022-pga-meeting", org, None, "participant", "Participants included the mayors of",
         Q(S4, 748, f"**{org}**"),
         notes=("Accra is in the narrative but NOT in the at-a-glance list for this meeting (004:405). " if org == "Accra" else "") + ("'Gringy' = Grigny. " if org == "Gringy" else ""))
role(F, "imrf-2022-pga-meeting", "MMC", "Vittoria Zanusso", "moderator", "moderated by", Q(S4, 741, "moderated by Vittoria Zanusso, Executive Director of the MMC"), org_kind="network")
for org in ["Freetown", "Kampala", "Milan", "Montréal"]:
    role(F, "imrf-2022-press-conference", org, None, "speaker", "spoke to the media", Q(S4, 409, "Freetown, Kampala, Milan, Montréal Speakers"))
role(F, "imrf-2022-se-mptf", "MMC", "Vittoria Zanusso", "moderator", "moderated a high-level side event; at a glance 'MMC Speaker'", Q(S4, 780, "MMC's Executive Director Vittoria Zanusso moderated a high-level side event"), org_kind="network")

F = "imrf-2026"
role(F, "imrf-2026-hearing-am", "Maicao", "Margarita Crespo Habib", "panelist", "Theme 1 Panelist", Q(S2, 130, "Maicao - Theme 1 Panelist"),
     notes="Hearing group (4 May); which half-day not stated. Person from photo credit 'May 4, 2026: Margarita C. Habib ... at the IMRF Informal Interactive Multi-Stakeholder Hearing' (002:341).")
role(F, "imrf-2026-hearing-am", "New York City", "Faiza Ali", "panelist", "Theme 4 Panelist", Q(S2, 130, "New York City - Theme 4 Panelist"),
     notes="Hearing group; half-day not stated. Person from 002:215-217 ('Speaking with civil society leaders at the Informal Multistakeholder Hearing').")
role(F, "imrf-2026-hearing-am", "Azuay", None, "intervention from the floor", "Intervention from the floor", Q(S2, 130, "Azuay - Intervention from the floor"), notes="Hearing group; half-day and person not stated.")
role(F, "imrf-2026-se-migrant-health", "Fuenlabrada", None, "speaker", "Speaker", Q(S2, 131, "Fuenlabrada - Speaker"), notes="Person not stated.")
role(F, "imrf-2026-rt3", "New York City", "Ana Maria Archila", "keynote", "Keynote Speaker", Q(S2, 132, "New York City - Keynote Speaker"),
     notes="Person from 002:221 ('delivering a keynote speech in Roundtable 3') and 002:329.")
role(F, "imrf-2026-rt3", "Azuay", None, "intervention from the floor", "Stakeholder Speakers from the floor", Q(S2, 132, "Azuay and Fuenlabrada - Stakeholder Speakers from the floor"))
role(F, "imrf-2026-rt3", "Fuenlabrada", None, "intervention from the floor", "Stakeholder Speakers from the floor", Q(S2, 132, "Azuay and Fuenlabrada - Stakeholder Speakers from the floor"))
role(F, "imrf-2026-rt3", "Maicao", "Margarita Crespo Habib", None, "spoke in Roundtable 3", Q(S2, 241, "spoke in Roundtable 3"),
     notes="CONFLICT/ADDITION: the narrative (002:241) says she spoke in Roundtable 3, but Figure 2 lists Maicao only at the Hearing and at Bridging the Compacts; role not stated.")
for org in ["Dhankuta", "Dagana", "UAEL"]:
    role(F, "imrf-2026-se-reintegration", org, None, "participant", "Participants", Q(S2, 133, "Dhankuta, Dagana, and UAEL - Participants"), org_kind="network" if org == "UAEL" else "lrg")
role(F, "imrf-2026-se-wuf13", "Chicago", "Beatriz Ponce de León", "speaker", "Speakers", Q(S2, 134, "Chicago and UCLG - Speakers"), notes="Person from photo credit 002:341.")
role(F, "imrf-2026-se-wuf13", "UCLG", None, "speaker", "Speakers", Q(S2, 134, "Chicago and UCLG - Speakers"), org_kind="network")
role(F, "imrf-2026-se-resist-reclaim-realise", "Dhankuta", None, "speaker", "Speaker", Q(S2, 135, "Dhankuta - Speaker"))
role(F, "imrf-2026-se-unlocking-investment", "Cartagena de Indias", None, "discussion starter", "Discussion Starters", Q(S2, 136, "Cartagena de Indias and MMC - Discussion Starters"))
role(F, "imrf-2026-se-unlocking-investment", "MMC", None, "discussion starter", "Discussion Starters", Q(S2, 136, "Cartagena de Indias and MMC - Discussion Starters"), org_kind="network")
role(F, "imrf-2026-se-bridging-compacts", "Maicao", None, "speaker", "Speaker", Q(S2, 137, "Maicao - Speaker"),
     notes="Seed 000's panel (000:45-50) does not name Maicao; it lists a 'Representative from Local Coalition for Migrants and Refugees (TBC)'. Person not stated (Margarita Crespo Habib would be a guess).")
role(F, "imrf-2026-se-bridging-compacts", "Mayors Migration Council", "Sharmeen Hossein", "panelist", "Panelists and discussants will include", Q(S0, 48, "Sharmeen Hossein, City Finance Lead, Mayors Migration Council"),
     org_kind="network", notes="From the invitation (planned panel), not from the post-event report.")
role(F, "imrf-2026-reception-canada", "Fuenlabrada", None, "speaker", "Speaker", Q(S2, 138, "Fuenlabrada - Speaker"))
for org, who, q159 in [("MMC", "Vittoria Zanuso", "The event opened with comments from **Vittoria Zanuso**, Executive Director of the MMC"),
                       ("UCLG", "Albert Lladó", "**Albert Lladó**, Head of Policy at UCLG"),
                       ("Fuenlabrada", "Javier Ayala Ortega", "**Javier Ayala Ortega**, the Mayor of Fuenlabrada, Spain"),
                       ("Azuay", "Juan Cristóbal Lloret Valdivieso", "**Juan Cristóbal Lloret Valdivieso**, the Prefect of the Azuay Province, Ecuador"),
                       ("Chicago", "Beatriz Ponce de León", "Deputy Mayor **Beatriz Ponce de León** highlighted Chicago's pledge"),
                       ("Dagana", "Ababacar Ndao", "**Ababacar Ndao**, President of the Departmental Council of Dagana, Senegal"),
                       ("São Paulo", "Regina Nunes", "**Regina Nunes**, the Municipal Secretary of Human Rights and Citizenship")]:
    role(F, "imrf-2026-se-local-to-global", org, who, "speaker", "Speakers (Figure 2); narrative 002:159", Q(S2, 159, q159),
         org_kind="network" if org in ("MMC", "UCLG") else "lrg", notes="Also listed as a speaker in Figure 2 (002:139: 'MMC, UCLG, IOM, Fuenlabrada, Dagana, Azuay, São Paulo, and Chicago – Speakers').")
role(F, "imrf-2026-se-local-to-global", "IOM", "Frantz Celestin", "speaker", "The side event closed with", Q(S2, 163, "The side event closed with **Frantz Celestin**, IOM Regional Director for East, Horn, and Southern Africa"), org_kind="UN agency")
role(F, "imrf-2026-se-local-to-global", "Ghana Ministry of Local Government", "Jennifer Acquah", "speaker", "noted", Q(S2, 161, "**Jennifer Acquah**, Principal Planning Officer at Ghana's Ministry of Local Government"), org_kind="national government",
     notes="Not in Figure 2's speaker list (002:139).")
role(F, "imrf-2026-se-local-to-global", "Brazil, Department of Migration", "Victor Semple", "speaker", "highlighted", Q(S2, 161, "**Victor Semple**, the Director of the Department of Migration in Brazil"), org_kind="national government",
     notes="Not in Figure 2's speaker list (002:139).")
role("gfmd-2024", None, "Bogotá", "Daniela C. Tarud", None, "showcases their city initiative in the 2023 Call to Local Action report", Q(S2, 337, "Bogotá representative Daniela C. Tarud showcases their city initiative"),
     notes="Photo credit; no session named.")

# ------------------------------------------------------------------ SIDE EVENTS (detail records)
def se(id, forum, session_id, title, src, **kw):
    base = {"id": id, "forum": forum, "sessionId": session_id, "title": title, "category": None, "hosts": None, "date": None, "start": None, "end": None,
            "timeZone": None, "timeZoneInferred": NY if forum.startswith("imrf") else None, "place": None, "format": None, "accessNote": None, "capacity": None,
            "registrationRequired": None, "registrationDeadline": None, "registrationUrl": None, "invitationOnly": None, "closedDoor": None,
            "agenda": [], "panel": [], "objectives": [], "gcmObjectives": None, "outcomes": None, "source": src, "additionalSources": [], "notes": None}
    base.update(kw)
    side_events.append(base)

se("se-2026-bridging-compacts", "imrf-2026", "imrf-2026-se-bridging-compacts",
   "Bridging the compacts: roundtable discussion on investing in city leadership for migrant and refugee socio-economic inclusion",
   Q(S0, 5, "Bridging the compacts: roundtable discussion on investing in city leadership for migrant and refugee socio-economic inclusion"),
   category="unofficial side event (private roundtable)",
   hosts=[{"name": n, "source": Q(S0, 16, n)} for n in ["Women's Refugee Commission", "International Institute for Environment and Development", "Refugees International"]],
   date="2026-05-07", start="13:00", end="15:00", timeZone="ET", timeZoneInferred=NY,
   place="International Rescue Committee, 14th Floor, 122 E 42nd St, New York, NY", format="in-person",
   accessNote="(event registration required to access the building)", capacity=None, registrationRequired=True,
   registrationDeadline={"asWritten": "5PM ET Monday 4 May", "localDateTime": "2026-05-04T17:00", "timeZone": "ET", "yearInferred": True, "source": Q(S0, 18, "[Register here by 5PM ET Monday 4 May](#)")},
   registrationUrl=None, invitationOnly=None, closedDoor=True,
   agenda=[{"start": "13:00", "end": "13:30", "item": "Light lunch and networking", "source": Q(S0, 54, "Light lunch and networking"), "asWritten": "1:00 - 1:30"},
           {"start": "13:30", "end": "13:40", "item": "Moderator welcome", "source": Q(S0, 56, "1:30 - 1:40\tModerator welcome")},
           {"start": "13:40", "end": "14:15", "item": "Panel interventions", "source": Q(S0, 57, "1:40 - 2:15\tPanel interventions")},
           {"start": "14:15", "end": "14:55", "item": "Roundtable discussion", "source": Q(S0, 58, "2:15 - 2:55\tRoundtable discussion")},
           {"start": "14:55", "end": "15:00", "item": "Closing remarks", "source": Q(S0, 59, "2:55 - 3:00\tClosing remarks")}],
   panel=[{"name": "Kellie Leeson", "title": "Vice President Programs", "organization": "Women's Refugee Commission", "role": "moderator", "confirmed": True, "source": Q(S0, 45, "Kellie Leeson, Vice President Programs, Women's Refugee Commission (Moderator)")},
          {"name": "Lucy Earle", "title": "Director, Human Settlements", "organization": "International Institute for Environment and Development", "role": "panelist", "confirmed": True, "source": Q(S0, 46, "Lucy Earle, Director, Human Settlements, International Institute for Environment and Development")},
          {"name": "Martha Guerrero Ble", "title": "Advocate", "organization": "Refugees International", "role": "panelist", "confirmed": True, "source": Q(S0, 47, "Martha Guerrero Ble, Advocate, Refugees International")},
          {"name": "Sharmeen Hossein", "title": "City Finance Lead", "organization": "Mayors Migration Council", "role": "panelist", "confirmed": True, "source": Q(S0, 48, "Sharmeen Hossein, City Finance Lead, Mayors Migration Council")},
          {"name": None, "title": "Representative", "organization": "Local Coalition for Migrants and Refugees", "role": "panelist", "confirmed": False, "source": Q(S0, 49, "Representative from Local Coalition for Migrants and Refugees (TBC)")},
          {"name": None, "title": "Representatives", "organization": "co-sponsoring Permanent Missions", "role": "panelist", "confirmed": False, "source": Q(S0, 50, "Representatives from co-sponsoring Permanent Missions (TBC)")}],
   objectives=[{"text": text(S0, n)[2:], "source": Q(S0, n, text(S0, n)[2:])} for n in range(34, 40)],
   gcmObjectives=[15, 16],
   additionalSources=[Q(S0, 7, "Side event of the International Migration Review Forum"), Q(S0, 9, "Date: Thursday 7 May 2026"), Q(S0, 11, "Time: 1:00pm – 3:00pm ET"),
                      Q(S0, 13, "Location: International Rescue Committee, 14th Floor, 122 E 42nd St, New York, NY"), Q(S0, 14, "(event registration required to access the building)"),
                      Q(S0, 20, "Light lunch and networking between 1:00pm - 1:30pm"), Q(S0, 26, "this private roundtable discussion seeks to explore complementarities"),
                      Q(S0, 28, "This roundtable will seek to advance GCM Objective 15 (provide access to basic services for migrants) and Objective 16 (empower migrants and societies to realize full inclusion and social cohesion)"),
                      Q(S0, 32, "This in-person event will connect key stakeholders"), Q(S2, 137, "Unofficial Side Event: Closed Door Roundtable on Bridging the Compacts")],
   notes="Capacity: not stated. invitationOnly: NOT stated - the seed calls it a 'private roundtable discussion' (000:26) and seed 002 a 'Closed Door Roundtable' (002:137), and registration is required, but the word 'invitation' does not occur; kept null. Registration link is a stripped placeholder '(#)'. Year of the deadline (2026) inferred from the event date; 4 May 2026 is indeed a Monday. Agenda times in the seed are '1:30 - 1:40' etc. without am/pm; 13:30 etc. follows from 'Time: 1:00pm – 3:00pm ET'. Builds on the event 'City leadership for refugee socio-economic inclusion' at the GRF Progress Review, December 2025 (000:26). Maicao is the LRG speaker per 002:137 but is not in the invitation's panel.")

def se26(id, session_id, title, src, **kw):
    se(id, "imrf-2026", session_id, title, src, **kw)
se26("se-2026-migrant-health", "imrf-2026-se-migrant-health", "Advancing migrant health and access of migrants to basic services", Q(S2, 131, "Official Side Event: Advancing migrant health and access of migrants to basic services"),
     category="official side event", date="2026-05-05", notes="Hosts, time, place not stated.")
se26("se-2026-reintegration", "imrf-2026-se-reintegration", "Supporting partnerships to enhance inclusion in the context of displacements and sustainable approaches to reintegration",
     Q(S2, 133, "Unofficial Side Event: Supporting partnerships to enhance inclusion in the context of displacements and sustainable approaches to reintegration"), category="unofficial side event", date="2026-05-06",
     notes="Hosts, time, place not stated.")
se26("se-2026-wuf13", "imrf-2026-se-wuf13", "Safe, inclusive and sustainable cities in the age of migration – Towards WUF 13",
     Q(S2, 134, "Official Side Event: Safe, inclusive and sustainable cities in the age of migration – Towards WUF 13"), category="official side event", date="2026-05-06", place="UN HQ, New York",
     additionalSources=[Q(S2, 341, "UN HQ, New York - May 6, 2026")], notes="Place only from a photo credit. Hosts, time not stated.")
se26("se-2026-resist-reclaim-realise", "imrf-2026-se-resist-reclaim-realise", "Civil Society Campaign Day Panel on Resist Reclaim Realise",
     Q(S2, 135, "Unofficial Side Event: Civil Society Campaign Day Panel on Resist Reclaim Realise"), category="unofficial side event", date="2026-05-06", notes="Hosts, time, place not stated.")
se26("se-2026-unlocking-investment", "imrf-2026-se-unlocking-investment", "Closed Door Roundtable on Unlocking Innovative Investment for Local Action",
     Q(S2, 136, "Unofficial Side Event: Closed Door Roundtable on Unlocking Innovative Investment for Local Action"), category="unofficial side event (closed-door roundtable)", date="2026-05-07",
     hosts=[{"name": "Local Coalition for Migrants and Refugees (LCMR)", "source": Q(S2, 345, "co-organised by LCMR and the Civil Society Action Committee")},
            {"name": "Civil Society Action Committee", "source": Q(S2, 167, "together with the Civil Society Action Committee")}],
     place="UN HQ, New York", closedDoor=True,
     outcomes="Key takeaways in 002:171-189 (critical hurdles 1-4; emerging opportunities 1-5).",
     additionalSources=[Q(S2, 167, "This closed-door conversation took place on the sidelines of the IMRF"), Q(S2, 345, "UN HQ, New York - May 07, 2026")],
     notes="Title variant in photo credit: 'Unlocking innovative investment for local action towards migrant inclusion' (002:345). Place only from a photo credit. Time not stated.")
se26("se-2026-reception-canada", "imrf-2026-reception-canada", "Evening Reception Hosted by Canada: Celebrating Migrant Contributions",
     Q(S2, 138, "Evening Reception Hosted by Canada: Celebrating Migrant Contributions"), category="reception", date="2026-05-07",
     hosts=[{"name": "Government of Canada", "source": Q(S2, 49, "a reception hosted by the Government of Canada")}], notes="'Evening'; no time or place stated.")
se26("se-2026-local-to-global", "imrf-2026-se-local-to-global", "From Local Action to Global Impact: Institutionalizing Local Government Leadership in GCM Implementation",
     Q(S2, 155, "From Local Action to Global Impact: Institutionalizing Local Government Leadership in GCM Implementation"), category="official side event", date="2026-05-08", place="UN Headquarters",
     hosts=[{"name": "Local Coalition for Migrants and Refugees", "source": Q(S2, 155, "co-hosted by the Local Coalition for Migrants and Refugees")},
            {"name": "Ghanaian Ministry of Local Government, Religious Affairs and Chieftaincy", "source": Q(S2, 155, "the Ghanaian Ministry of Local Government, Religious Affairs and Chieftaincy")},
            {"name": "International Organization for Migration (IOM)", "source": Q(S2, 157, "and the International Organization for Migration (IOM)")}],
     objectives=[{"text": "demonstrate the impact of local actions, spotlight new commitments, and showcase concrete examples of structured multi-level governance",
                  "source": Q(S2, 157, "This session aimed to demonstrate the impact of local actions, spotlight new commitments, and showcase concrete examples of structured multi-level governance.")}],
     outcomes="Call to Local Action pledges formally handed over to the UN Network on Migration (002:163).",
     additionalSources=[Q(S2, 153, "8 May, UN Headquarters"), Q(S2, 163, "At the conclusion of the session, the Call to Local Action pledges were formally handed over to the UN Network on Migration.")],
     notes="Ministry name differs at 002:207: 'Ghana Ministry of Local Government, Chieftaincy and Religious Affairs'. Time not stated.")

def se22(id, session_id, title, src, **kw):
    se(id, "imrf-2022", session_id, title, src, **kw)
se22("se-2022-social-cohesion", "imrf-2022-se-social-cohesion", "Making Social Cohesion Work for Everyone", Q(S4, 490, "## IMRF Side-Event: Making Social Cohesion Work for Everyone"),
     category="side event", date="2022-05-17", hosts=[{"name": "Belgian Development Agency and partners", "source": Q(S4, 494, "hosted by the Belgian Development Agency and partners")}],
     objectives=[{"text": "spark a practical dialogue around \u201cwhat works\u201d to promote trust, cohesion and overcome prejudices within communities", "source": Q(S4, 494, "aimed to spark a practical dialogue around “what works” to promote trust, cohesion and overcome prejudices within communities")}])
se22("se-2022-lampedusa", "imrf-2022-se-lampedusa", "The Lampedusa Charter on Human Mobility: a municipalist call for dignity and territorial solidarity",
     Q(S4, 504, "## IMRF Side-Event: The Lampedusa Charter on Human Mobility: a municipalist call for dignity and territorial solidarity"), category="side event", date="2022-05-17",
     notes="Hosts not stated (the Charter process is UCLG's, 004:514).")
se22("se-2022-reception", "imrf-2022-reception", "MMC and European Union Event: Reception in Honor of Mayors", Q(S4, 593, "## MMC and European Union Event: Reception in Honor of Mayors"),
     category="reception", date="2022-05-17",
     hosts=[{"name": "European Commissioner for Home Affairs", "source": Q(S4, 595, "The European Commissioner for Home Affairs and the Mayors Migration Council held a reception")},
            {"name": "Mayors Migration Council", "source": Q(S4, 595, "the Mayors Migration Council held a reception")}],
     panel=[{"name": n, "title": t, "role": "speaker", "source": Q(S4, ln, q)} for n, t, ln, q in [
         ("Amina J. Mohammed", "UN Deputy Secretary-General", 599, "UN Deputy Secretary-General, Amina J. Mohammed"),
         ("Ylva Johansson", "European Commissioner for Home Affairs", 600, "European Commissioner for Home Affairs, Ylva Johansson"),
         ("Olof Skoog", "Head of the European Delegation to the UN, Ambassador", 601, "Head of the European Delegation to the UN, Ambassador Olof Skoog"),
         ("Yvonne Aki-Sawyerr", "Mayor of Freetown, Sierra Leone and MMC Leadership Board Member", 602, "Yvonne Aki-Sawyerr"),
         ("Giuseppe Sala", "Mayor of Milan, Italy and MMC Leadership Board Member", 603, "Giuseppe Sala")]])
se22("se-2022-call-to-local-action", "imrf-2022-se-call-to-local-action", "Localizing the Global Compacts with a Call to Local Action for Migrants and Refugees",
     Q(S4, 686, "## IMRF Side-Event: Localizing the Global Compacts with a Call to Local Action for Migrants and Refugees"), category="side event", date="2022-05-18",
     hosts=[{"name": "Mayors Mechanism (UCLG, MMC, IOM)", "source": Q(S4, 690, "The event was organised by the Mayors Mechanism (UCLG, MMC, IOM)")},
            {"name": "German Federal Ministry for Economic Cooperation and Development (partner)", "source": Q(S4, 690, "in partnership with the German Federal Ministry for Economic Cooperation and Development and UNHCR")},
            {"name": "UNHCR (partner)", "source": Q(S4, 690, "and UNHCR")}],
     panel=[{"name": n, "title": t, "role": r, "source": Q(S4, ln, q)} for n, t, r, ln, q in [
         ("Emilia Sáiz", "Secretary General of UCLG", "opening", 692, "Ms. Emilia Sáiz, Secretary General of UCLG"),
         ("Antonio Vitorino", "Director General of IOM and the Coordinator of the UN Network on Migration", "opening", 692, "Mr. Antonio Vitorino, Director General of IOM and the Coordinator of the UN Network on Migration"),
         ("Vittoria Zanuso", "Executive Director of the MMC", "opening", 692, "Ms. Vittoria Zanuso, Executive Director of the MMC opened the event"),
         ("Fabiana Goyenche", "Director of International Affairs, City of Montevideo, Uruguay", "moderator", 694, "Ms. Fabiana Goyenche, Director of International Affairs, City of Montevideo, Uruguay (moderator)"),
         ("Erias Lukwago", "Lord Mayor, Kampala Capital City Authority, Uganda", "panelist", 695, "Lord Mayor Erias Lukwago, Kampala Capital City Authority, Uganda"),
         ("Philippe Rio", "Mayor, Grigny, France", "panelist", 696, "Mayor Philippe Rio, Grigny, France"),
         ("Stefanie Scharf", "Head of the Division for Policy Issues of Displacement and Migration, German Federal Ministry for Economic Cooperation and Development", "panelist", 697, "Ms. Stefanie Scharf, Head of the Division for Policy Issues of Displacement and Migration"),
         ("Ottilie Bälz", "Senior Vice President, Robert Bosch Stiftung", "panelist", 698, "Ms. Ottilie Bälz, Senior Vice President, Robert Bosch Stiftung")]],
     outcomes="LRGs officially delivered 70 local pledges to the IOM Director General (004:700).",
     notes="At a glance lists Monrovia among the speakers (004:397); not in this panel.")
se22("se-2022-climate-pathways", "imrf-2022-se-climate-pathways", "Facilitating safe and regular migration pathways in a changing climate: lessons from GCM implementation",
     Q(S4, 714, "## IMRF Side Event: Facilitating safe and regular migration pathways in a changing climate: lessons from GCM implementation"), category="side event", date="2022-05-18",
     hosts=[{"name": n, "source": Q(S4, 718, q)} for n, q in [("C40-MMC Global Mayors Task Force on Climate and Migration", "Co-hosted by the C40-MMC Global Mayors Task Force on Climate and Migration"),
                                                             ("Platform on Disaster Displacement", "the Platform on Disaster Displacement"), ("IOM", "and IOM.")]])
se22("se-2022-mptf", "imrf-2022-se-mptf", "The Migration Multi-Partner Trust Fund: Turning Commitments into Reality", Q(S4, 776, "### IMRF Side Event: UN Migration MultiPartner Trust Fund"),
     category="side event", date="2022-05-19",
     panel=[{"name": n, "title": t, "role": "speaker", "source": Q(S4, ln, q)} for n, t, ln, q in [
         ("Vittoria Zanusso", "MMC Executive Director (moderator)", 780, "MMC's Executive Director Vittoria Zanusso moderated"),
         ("Abdulla Shahid", "President of the 76th Session United Nations General Assembly", 784, "H.E. Ambassador Abdulla Shahid, President of the 76th Session United Nations General Assembly"),
         ("António Vitorino", "IOM Director General, Coordinator of the United Nations Network on Migration & Chair of the Migration MPTF Steering Committee", 785, "IOM Director General Mr António Vitorino"),
         ("Erlyne Antonella Ndembet", "Minister of Justice of Gabon", 786, "H.E. Minister Erlyne Antonella Ndembet, Minister of Justice of Gabon"),
         ("Satyendra Prasad", "Permanent Representative of Fiji to the United Nations", 787, "H.E. Dr Satyendra Prasad, Permanent Representative of Fiji to the United Nations"),
         ("Thomas Zahneisen", "Deputy Permanent Representative of Germany to the United Nations", 788, "H.E. Ambassador Thomas Zahneisen, Deputy Permanent Representative of Germany to the United Nations"),
         ("Pefi Kingi", "Pacific Island Association of NGOs", 789, "Ms Pefi Kingi, Pacific Island Association of NGOs"),
         ("Savina Ammassari", "Resident Coordinator of the United Nations in Gabon", 790, "Ms Savina Ammassari, Resident Coordinator of the United Nations in Gabon")]],
     outcomes="Member States announced new financial pledges to the Migration MPTF (004:780).",
     notes="Hosts not stated.")

# ------------------------------------------------------------------ DECLARATIONS
def para(num, category, summary, src, notes=None):
    return {"number": num, "category": category, "summary": summary, "source": src, "notes": notes}

p22 = []
RECOG = "recognises the role of LRGs / progress (Member States recognise)"
COMMIT = "Member States commit to"
POLICY = "reaffirms policy areas of concern to LRGs (Marrakech Mayors Declaration)"
GOV = "governance recommendation in line with LRG advocacy"
b = Q(S4, 272, "The important progress made by LRGS to ensure equal and safe access to basic services, including in response to the Covid-19 pandemic (para 21, para 38).")
p22 += [para(21, RECOG, "Progress by LRGs on equal and safe access to basic services, incl. Covid-19 response", b), para(38, RECOG, "Progress by LRGs on equal and safe access to basic services, incl. Covid-19 response", b)]
p22.append(para(46, RECOG, "Efforts by LRGs to launch awareness-raising initiatives for migrants to access services, particularly health", Q(S4, 273, "The efforts by LRGs to launch awareness-raising initiatives for migrants to access services, particularly health services (para 46).")))
p22.append(para(24, RECOG, "Progress mainstreaming migration and development plans at local, national, regional and global levels", Q(S4, 274, "The progress made to mainstream migration and development plans at local, national, regional and global levels (para 24).")))
p22.append(para(51, COMMIT, "Incorporate migrants' health needs in national and local health-care services", Q(S4, 278, "Incorporate the health needs of migrants in national and local health-care services (para 51).")))
p22.append(para(54, COMMIT, "Partner with local actors on policies confronting xenophobia and disinformation", Q(S4, 279, "Partner with local actors in developing policies to confront xenophobia and disinformation about migration (para 54).")))
p22.append(para(69, COMMIT, "Voluntary national implementation plans in line with whole-of-government principle", Q(S4, 280, "Work towards the voluntary elaboration of national implementation plans, in line with the whole-of-government principle (para 69).")))
b = Q(S4, 286, "Reaffirming the importance of safe access to services regardless of migration status (paras 31, 38, 51, 61, 64).")
for n in (31, 38, 51, 61, 64):
    p22.append(para(n, POLICY, "Safe access to services regardless of migration status", b))
b = Q(S4, 287, "Promoting the meaningful contribution of migrants to policy development and review (para 51 and 53).")
p22 += [para(51, POLICY, "Meaningful contribution of migrants to policy development and review", b), para(53, POLICY, "Meaningful contribution of migrants to policy development and review", b)]
p22.append(para(54, POLICY, "Eliminate all forms of discrimination; address systemic racism", Q(S4, 288, "Reaffirming the need to eliminate all forms of discrimination and addressing systemic racism (para 54).")))
p22.append(para(55, POLICY, "Respect, promote and fulfil human rights of all migrants regardless of status", Q(S4, 289, "regardless of their migration status (para 55).")))
p22.append(para(59, POLICY, "Diversify pathways incl. for climate-related migration; regularisation for irregular migrants", Q(S4, 290, "and recommends to provide regularisation for irregular migrants (59)."),
                notes="Written '(59)' without 'para'."))
p22.append(para(70, GOV, "UN Network on Migration to develop a limited set of indicators and a data strategy incl. local level", Q(S4, 296, "at local, national, regional, and global levels (para 70).")))
p22.append(para(75, GOV, "ECOSOC President to invite the UNNM Coordinator to report at the HLPF (yearly reporting linked to Agenda 2030)", Q(S4, 297, "tightly connected to the review of the Agenda 2030 (para 75).")))

NOTADOPT22 = Q(S4, 299, "there remain a number of areas where LRGs called for stronger, more meaningful language that was not adopted by Member States")
prop22 = [
 {"topic": "access and meaningful inclusion of LRGs in future IMRFs", "text": "LRGs proposed specific language that would ensure the participation and registration in the next IMRF, and would aim to mitigate the access challenges encountered at this IMRF.",
  "adopted": False, "memberStateSupport": True, "source": Q(S4, 303, "Despite Member State support, this language was not included in the final text.")},
 {"topic": "access and meaningful inclusion of LRGs in future IMRFs", "text": "LRGs proposed specific language that recognises the efforts of local governments to contribute to national implementation through the development of local implementation plans",
  "adopted": False, "memberStateSupport": None, "source": Q(S4, 304, "through the development of local implementation plans, which was not included in the final text.")},
 {"topic": "recognition of specific drivers of migration and the key role of LRGs", "text": "LRGs proposed stronger language expressing solidarity with those compelled to move in times of crisis, as well as proposing specific recognition of the key role of local governments in providing emergency care.",
  "adopted": False, "memberStateSupport": True, "source": Q(S4, 308, "LRGs proposed stronger language expressing solidarity with those compelled to move in times of crisis"),
  "adoptedEvidence": Q(S4, 310, "Both suggestions were also echoed by Member States but were not included in the final version of the declaration.")},
 {"topic": "recognition of specific drivers of migration and the key role of LRGs", "text": "LRGs proposed stronger language on climate change and migration, requesting a stronger and more detailed reference to the causality between migration and climate change as well as on the need to recognise local governments as key partners in shaping resilience strategies.",
  "adopted": False, "memberStateSupport": True, "source": Q(S4, 309, "LRGs proposed stronger language on climate change and migration"),
  "adoptedEvidence": Q(S4, 310, "Both suggestions were also echoed by Member States but were not included in the final version of the declaration.")},
 {"topic": "localising the 2030 Agenda; GCM-Agenda 2030 connection", "text": "LRGs proposed to strengthen the recognition of Voluntary Local and Sub-National Reviews as key tools to accelerate bottom-up implementation of the SDGs and the GCM as well as requested recognition of efforts of LRGS to the GCM through the development of local implementation plans and reviews in future IMRFs.",
  "adopted": False, "memberStateSupport": None, "source": Q(S4, 314, "LRGs proposed to strengthen the recognition of Voluntary Local and Sub-National Reviews"),
  "adoptedEvidence": NOTADOPT22, "notes": "The bullet itself does not say 'not included'; 'adopted: false' rests on the section lead-in at 004:299."},
]
for p in prop22:
    p["textIsSeedDescriptionNotProposedWording"] = True
    p.setdefault("adoptedEvidence", p["source"])

declarations.append({"symbol": "A/RES/76/266", "forum": "imrf-2022", "year": 2022, "title": "IMRF Progress Declaration",
  "adoptionDate": "2022-05-20", "adoptionDateBasis": "programme table: 'Closing segment - Adoption of Progress Declaration' in the 20 MAY column (004:178); the narrative only says 'in the closing plenary of the IMRF'",
  "adoptedBy": "UN General Assembly", "adoptionMethod": "consensus",
  "vote": None, "coFacilitators": ["Bangladesh", "Luxembourg"], "consultationPeriod": "mid-March 2022 to early May",
  "paragraphs": p22, "proposedLanguage": prop22,
  "assessmentBy": "Mayors Mechanism in partnership with a number of cities, C40 Cities and the Global Taskforce of Local and Regional Governments",
  "source": Q(S4, 262, "The [IMRF Progress Declaration](#) (UN Resolution A/RES/76/266) is the political outcome document of the IMRF. It was adopted by consensus by the UN General Assembly in the closing plenary of the IMRF."),
  "additionalSources": [Q(S4, 168, "The consultation process took place from mid-March 2022 to early May"), Q(S4, 66, "The IMRF Progress Declaration adopted by the **UN General Assembly recognises the role of LRGs**, particularly on migrant health in response to Covid-19."),
                        Q(S2, 259, "While the Progress Declaration in 2022 passed by consensus")],
  "notes": "The seeds never quote the declaration text; each 'summary' paraphrases the seed's bullet and 'source.quote' is the seed's bullet, NOT declaration text. Paragraph numbers appear once per bullet they are cited in (para 38, 51, 54 recur)."})

p26 = []
b26 = [(9, RECOG, "Progress made by local governments to implement the Migration Compact", 273, "The important **progress made by local governments** to implement the Migration Compact (para 9)"),
       (13, RECOG, "Need to factor in local realities when designing migration pathways", 274, "The **need to factor in local realities** when designing migration pathways (para 13)"),
       (24, RECOG, "Critical role of local reintegration efforts for safe and sustainable returns", 275, "The **critical role of local reintegration efforts** in ensuring safe and sustainable returns (para 24)"),
       (30, RECOG, "Efforts to improve migrants' access to basic services and inclusion in national health systems/vaccination, incl. local initiatives", 277, "including local initiatives that help operationalize national commitments. (para 30)"),
       (31, RECOG, "Local-level efforts strengthening participatory governance and migrant representation; inclusion, social cohesion, combatting racism", 278, "Efforts at the local level that **strengthen participatory governance and migrant representation**"),
       (54, RECOG, "Need to remove barriers for migrants to safely access basic services, incl. local healthcare systems, policies and plans", 279, "including in local healthcare systems, policies and plans. (para 54)"),
       (42, POLICY, "Respect, promote and fulfil human rights of all migrants regardless of status", 287, "of all migrants, regardless of their migration status (para 42)."),
       (43, POLICY, "Diversify pathways; regularization for irregular migrants 'in line with national law'", 288, "for irregular migrants ‘in line with national law’ (para 43)."),
       (50, POLICY, "National gender-responsive and child-sensitive migration policies", 289, "**develop national gender-responsive and child-sensitive migration policies**"),
       (54, POLICY, "Safe access to basic services regardless of status; remove barriers", 290, "**Reaffirm the importance of safe access to basic services** regardless of migration status and commit to remove barriers for migrants to safely access such services (paras 54)"),
       (57, POLICY, "Eliminate discrimination, address systemic racism, evidence-based public discourse", 291, "**Reaffirm the need to eliminate all forms of discrimination and address systemic racism**")]
for n, cat, summ, ln, q in b26:
    p26.append(para(n, cat, summ, Q(S2, ln, q), notes=("Written '(paras 54)'." if ln == 290 else None)))

NOTADOPT26 = Q(S2, 293, "there remain a number of areas where LRGs called for stronger, more meaningful language that was not adopted by Member States")
prop26 = [
 {"topic": "access and meaningful inclusion of LRGs in future IMRFs", "text": "LRGs proposed specific language that would ensure their participation and registration in the next IMRF, and would aim to mitigate the access challenges encountered at this IMRF.",
  "adopted": False, "memberStateSupport": None, "source": Q(S2, 299, "This language was not included in the final text."),
  "additionalSources": [Q(S2, 123, "made proposals to the IMRF Progress Declaration that would address access difficulties for future IMRFs but these were not supported in the final outcome document")]},
 {"topic": "local implementation plans and joint pledges", "text": "LRGs proposed specific language that recognises the efforts of local governments to contribute to national implementation through the development of local implementation plans and elaboration of joint pledges",
  "adopted": False, "memberStateSupport": None, "source": Q(S2, 301, "which was not included in the final text.")},
 {"topic": "mandates and funding for LRGs", "text": "LRGs proposed specific languages that recognized the need to empower LRGs with mandates and funding to strengthen local infrastructures of care, including healthcare, housing, education and social protection systems serving migrants and host communities.",
  "adopted": False, "memberStateSupport": None, "source": Q(S2, 303, "recognized the need to empower LRGs with mandates and funding"),
  "adoptedEvidence": NOTADOPT26, "notes": "The bullet itself does not say 'not included'; 'adopted: false' rests on the lead-in at 002:293."},
]
for p in prop26:
    p["textIsSeedDescriptionNotProposedWording"] = True
    p.setdefault("adoptedEvidence", p["source"])

declarations.append({"symbol": "A/80/L.64", "forum": "imrf-2026", "year": 2026, "title": "IMRF Progress Declaration",
  "adoptionDate": "2026-05-08", "adoptionDateBasis": "Figure 1: 'Closing Segment Adoption of Progress Declaration' in the 8 May afternoon cell (002:111); the narrative says 'adopted by consensus ... in the closing plenary of the IMRF'",
  "adoptedBy": "UN General Assembly", "adoptionMethod": "consensus in the IMRF closing plenary; later called for a vote",
  "vote": {"date": "2026-05-20", "dateAsWritten": "on 20 May", "yearInferred": True, "inFavour": 143, "against": 6, "abstentions": 23,
           "againstStates": ["Czech Republic", "Italy", "Israel", "Poland", "Slovakia", "United States"],
           "source": Q(S2, 259, "resulting in 143 states voting in favor, 6 against (Czech Republic, Italy, Israel, Poland, Slovakia and United States) and 23 abstaining")},
  "coFacilitators": ["Kenya", "Luxembourg"], "consultationPeriod": "mid-March 2026 to the end of April",
  "paragraphs": p26, "proposedLanguage": prop26,
  "source": Q(S2, 259, "The IMRF Progress Declaration ([document A/80/L.64](#)) is the political outcome document of the IMRF."),
  "additionalSources": [Q(S2, 259, "it was later on [called for a vote](#) in the General Assembly on 20 May"), Q(S2, 101, "The consultation process took place from mid-March 2026 to the end of April"),
                        Q(S2, 269, "While significantly weaker than in the 2022 Declaration, local governments are still explicitly or implicitly ('local actors') referenced.")],
  "notes": "A/80/L.64 is the symbol the seed gives (a draft-resolution 'L.' symbol); the resulting A/RES/80/... number is not in the seeds. The vote's year (2026) is inferred from context. Line 281 and 283 of seed 002 are a duplicated sentence. 143+6+23 = 172 states recorded; the seed lists exactly 6 'against' states."})

# ------------------------------------------------------------------ ENGAGEMENT FIGURES
def fig(forum, name, value, seed, line, quote, comparison=None, unit=None):
    figures.append({"forum": forum, "figure": name, "value": value, "unit": unit, "quote": quote, "seed": seed, "line": line,
                    "source": Q(seed, line, quote), "comparison": comparison})

fig("imrf-2022", "local actions (pledges) delivered to the UN", 70, S4, 64, "**delivered 70 actions to the UN**", "Not checkable here: the seeds list 2022 pledgers (001:266-323) but not per-forum pledge records.")
fig("imrf-2022", "official IMRF sessions with LRG speaking roles", 6, S4, 68, "LRGs had **speaking roles in 6 of the 7 official IMRF sessions**")
fig("imrf-2022", "official IMRF sessions (total)", 7, S4, 68, "LRGs had **speaking roles in 6 of the 7 official IMRF sessions**")
fig("imrf-2022", "IMRF-related events with LRG participation", 20, S4, 70, "LRGs **participated in 20 IMRF-related events**")
fig("imrf-2022", "LRGs in the delegation", 16, S4, 74, "**16 LRGs from 5 regions participated in the IMRF to raise the bar on global migration governance**")
fig("imrf-2022", "regions represented", 5, S4, 74, "**16 LRGs from 5 regions participated in the IMRF")
fig("imrf-2022", "delegation LRGs in their national government's delegation", 5, S4, 74, "5 of which were included in their national government's delegation\\*:")
fig("imrf-2022", "local government associations participating", 8, S4, 86, "**8 local government associations participated**")
fig("imrf-2022", "Roundtable Thematic Discussions", 4, S4, 48, "four Roundtable Thematic Discussions")
fig("imrf-2022", "days of programming", 5, S4, 48, "five days of programming")
fig("grf-2023", "pledges delivered to the GRF 2023 (of 124)", ">100", S1, 148, "Of these 124 pledges, over 100 were delivered to the Global Refugee Forum in 2023.")
fig("multiple (IMRF 2022, GRF 2023, GFMD 2024)", "LRG leaders given a platform at international discussions", ">50", S1, 156, "Provided a **platform** for more than **50 LRG leaders**")
fig("multiple (GRF, IMRF)", "LRG leaders given a platform at international discussions", ">60", S2, 92, "Provided a **platform for more than 60 LRG leaders to raise their priorities at key international discussions**")
fig("imrf-2026", "local actions delivered to the UN Network on Migration", ">40", S2, 46, "**delivered more than 40 actions to the UN Network on Migration**")
fig("imrf-2026", "new pledges delivered", 43, S2, 145, "42 local and regional governments (LRGs) and their affiliated partners delivered 43 new pledges to the GCM", "Not checkable: no list of 2026 pledgers in the seeds (only Arendal and Bogotá named, 002:147).")
fig("imrf-2026", "pledging LRGs and affiliated partners", 42, S2, 145, "42 local and regional governments (LRGs) and their affiliated partners delivered 43 new pledges to the GCM")
fig("imrf-2026", "share of pledging entities pledging for the first time", "73%", S2, 145, "73% of these pledging entities submitted pledges through the Call to Local Action for the first time.")
fig("imrf-2026", "total commitments since 2022", 181, S2, 46, "This brings the total number of commitments made since 2022 to **181**.")
fig("imrf-2026", "official IMRF sessions with LRG speaking roles", 4, S2, 48, "LRGs had **speaking roles in 4 of the 10 official IMRF sessions**")
fig("imrf-2026", "official IMRF sessions (total)", 10, S2, 48, "LRGs had **speaking roles in 4 of the 10 official IMRF sessions**")
fig("imrf-2026", "IMRF-related side events with LRG participation", 9, S2, 49, "LRGs **participated in 9 IMRF-related side events**")
fig("imrf-2026", "LRGs in the delegation", 11, S2, 50, "**11 LRGs and 2 LRG networks from 5 regions participated in the IMRF")
fig("imrf-2026", "LRG networks in the delegation", 2, S2, 50, "**11 LRGs and 2 LRG networks from 5 regions participated in the IMRF")
fig("imrf-2026", "regions represented", 5, S2, 50, "**11 LRGs and 2 LRG networks from 5 regions participated in the IMRF")
fig("imrf-2026", "delegation members in their national government's delegation", 4, S2, 50, "4 of which were included in their national government's delegation*")
fig("imrf-2026", "Roundtable Thematic Discussions", 4, S2, 34, "four Roundtable Thematic Discussions")
fig("imrf-2026", "days of programming", 5, S2, 34, "five days of programming")
fig("imrf-2026", "thematic position papers prepared by the Local Coalition", 4, S2, 195, "the Local Coalition prepared 4 thematic position papers")
fig("imrf-2026", "Progress Declaration vote: in favour", 143, S2, 259, "143 states voting in favor")
fig("imrf-2026", "Progress Declaration vote: against", 6, S2, 259, "6 against (Czech Republic, Italy, Israel, Poland, Slovakia and United States)")
fig("imrf-2026", "Progress Declaration vote: abstentions", 23, S2, 259, "23 abstaining")

# --- computed comparisons
def grp(forum, official=True):
    return sorted({s["sessionGroup"] for s in sessions if s["forum"] == forum and s["official"] is official})
def groups_with_lrg(forum):
    ids = {s["id"]: s["sessionGroup"] for s in sessions if s["forum"] == forum and s["official"]}
    return sorted({ids[r["sessionId"]] for r in roles if r["forum"] == forum and r["sessionId"] in ids and r["organizationKind"] in ("lrg", "network")})

COMP = {}
g22 = grp("imrf-2022"); l22 = groups_with_lrg("imrf-2022")
COMP["imrf-2022|official IMRF sessions (total)"] = f"Listed: {len(g22)} official session groups from the programme table: {', '.join(g22)}. The seed does not enumerate its 7; this reading (hearing, 4 roundtables, policy debate, plenary) matches."
COMP["imrf-2022|official IMRF sessions with LRG speaking roles"] = f"Listed: LRG/network speakers in {len(l22)} groups: {', '.join(l22)}; none in the plenary. Matches 6 of 7 (UCLG's keynote and Accra both in RT3)."
n22_ev = len([s for s in sessions if s["forum"] == "imrf-2022" and s["official"] is False])
COMP["imrf-2022|IMRF-related events with LRG participation"] = f"Listed: 'Activities at a glance' has {len(l22)} official sessions + {n22_ev} other events = {len(l22) + n22_ev} items, one short of 20; if '20 events' excludes official sessions, {n22_ev} are listed (7 short). The missing event(s) are not identifiable (the plenary, with no LRG speaker named, would make 20 in the first reading - unconfirmed)."
d22l = [d for d in delegations if d["forum"] == "imrf-2022" and d["listedInDelegation"] and d["kind"] != "network"]
COMP["imrf-2022|LRGs in the delegation"] = f"Listed: {len(d22l)} LRGs (004:76-84). Matches. Two further LRGs appear only at the Lampedusa Charter side event and are NOT in the list: Commune Keur Maba (Senegal) and Lampedusa and Linosa (Italy, via video)."
COMP["imrf-2022|delegation LRGs in their national government's delegation"] = "Listed with *: " + ", ".join(d["organization"] for d in d22l if d["inNationalDelegation"]) + ". Matches 5."
COMP["imrf-2022|local government associations participating"] = "Listed: " + str(len([d for d in delegations if d["forum"] == "imrf-2022" and d["kind"] == "network" and d["listedInDelegation"]])) + " (004:88-116). Matches 8."
COMP["imrf-2022|Roundtable Thematic Discussions"] = "Listed: Roundtables 1-4. Matches."
g26 = grp("imrf-2026"); l26 = groups_with_lrg("imrf-2026")
cells26 = [s["id"] for s in sessions if s["forum"] == "imrf-2026" and s["official"]]
COMP["imrf-2026|official IMRF sessions (total)"] = f"AMBIGUOUS: the seed does not enumerate its 10. Figure 1 has exactly 10 half-day cells (4-8 May x morning/afternoon); by distinct session it lists {len(g26)} groups ({', '.join(g26)}); split per roundtable/segment it gives {len(cells26)} records."
COMP["imrf-2026|official IMRF sessions with LRG speaking roles"] = f"Listed: LRG speakers in only {len(l26)} session groups: {', '.join(l26)} (Hearing: Maicao, New York City, Azuay; Roundtable 3: New York City keynote, Azuay, Fuenlabrada, plus Maicao per 002:241). Under the 10-half-day reading at most 3 cells (Hearing AM, Hearing PM, 5 May PM). 4 is NOT reached: 1-2 sessions are missing from the records and nothing in the seeds identifies them."
se26_ids = [s["id"] for s in sessions if s["forum"] == "imrf-2026" and s["official"] is False]
COMP["imrf-2026|IMRF-related side events with LRG participation"] = f"Listed: {len(se26_ids)} in Figure 2 (3 official side events, 4 unofficial side events, 1 reception hosted by Canada). One short of 9. The highlights' examples (3rd report launch, closed-door financing roundtable, WUF 13, migrant health, Canada reception) all map to listed items; the 9th event is not identifiable."
d26l = [d for d in delegations if d["forum"] == "imrf-2026" and d["listedInDelegation"]]
COMP["imrf-2026|LRGs in the delegation"] = f"Listed: {len([d for d in d26l if d['kind'] != 'network'])} LRGs (002:53-63 less the networks). Matches 11. UCLG and MMC (Coalition co-steers) speak but are not counted."
COMP["imrf-2026|LRG networks in the delegation"] = "Listed: " + ", ".join(d["organization"] for d in d26l if d["kind"] == "network") + ". Matches 2 (the seed does not say which two are the networks; inferred from the names)."
COMP["imrf-2026|delegation members in their national government's delegation"] = "Listed with *: " + ", ".join(d["organization"] for d in d26l if d["inNationalDelegation"]) + ". Matches 4 (one of them, Asocapitales, is a network although the sentence counts them among '11 LRGs and 2 LRG networks')."
COMP["imrf-2026|Roundtable Thematic Discussions"] = "Listed: Roundtables 1-4 (Figure 1). Matches."
COMP["imrf-2026|Progress Declaration vote: against"] = "The seed names exactly 6 states. Matches."
COMP["imrf-2026|local actions delivered to the UN Network on Migration"] = "Consistent with '43 new pledges' (002:145); not checkable against records."
for f_ in figures:
    k = f_["forum"] + "|" + f_["figure"]
    if k in COMP:
        f_["comparison"] = COMP[k]

# ------------------------------------------------------------------ QUOTES
def quote(speaker, role_, org, forum, session_id, seed, line, start, kind="quote", maxlen=200, notes=None, attribution=None, exact=False):
    if exact:
        src = Q(seed, line, start); src["truncated"] = False
    else:
        src = XQ(seed, line, start, maxlen)
    if attribution:
        src["attributionSource"] = attribution
    quotes.append({"kind": kind, "speaker": speaker, "role": role_, "organization": org, "forum": forum, "sessionId": session_id,
                   "text": src["quote"], "truncated": src.pop("truncated"), "source": src, "notes": notes})

F = "imrf-2022"
quote("Yvonne Aki-Sawyerr", "Mayor", "Freetown, Sierra Leone", F, None, S4, 214, "Local action is national success", attribution=Q(S4, 216, "**Mayor Yvonne Aki-Sawyerr**"), notes="Pull quote; event not stated.")
quote("Marta Suplicy", "Secretary of International Affairs", "City of São Paulo", F, "imrf-2022-hearing-am", S4, 440, "Local and regional governments are the first respondents", attribution=Q(S4, 442, "**Marta Suplicy**"))
quote("Md. Atiqul Islam", "Mayor", "Dhaka North, Bangladesh", F, "imrf-2022-rt1", S4, 464, "We come to the IMRF asking", attribution=Q(S4, 466, "**Mayor Md. Atiqul Islam**"))
quote("Fabrice Brad Rulinda", "Mayor", "Entebbe, Uganda", F, "imrf-2022-rt2", S4, 485, "“Human trafficking may be a cross-border issue", attribution=Q(S4, 487, "**Mayor Fabrice Brad Rulinda**"))
quote("Alexander Vandersmissen", "Mayor", "Mechelen, Belgium", F, "imrf-2022-se-social-cohesion", S4, 500, "“We invested hugely in")
quote("Salvatore Martello", "Former Mayor of Lampedusa", "Lampedusa, Italy", F, None, S4, 531, "\"We all have a duty to help build a world of peace.", attribution=Q(S4, 533, "**Salvatore Martello**"), notes="Placed in the MMC Leadership Board section; event not stated.")
quote("Giuseppe Sala", "Mayor", "Milan, Italy", F, "imrf-2022-mmc-board", S4, 538, "“Economics are a critical component", notes="Placed in the MMC Leadership Board section; event inferred from placement.")
quote("Elizabeth Sackey", "Mayor", "Accra, Ghana", F, "imrf-2022-mmc-board", S4, 540, "“Accra and other city grantees", attribution=Q(S4, 542, "said Mayor Elizabeth Sackey of Accra, Ghana"), notes="Event inferred from placement.")
quote("Vittoria Zanuso", "Executive Director", "Mayors Migration Council", F, "imrf-2022-mmc-board", S4, 544, "“With Covid and Ukraine", attribution=Q(S4, 546, "said Vittoria Zanuso, Executive Director of the Mayors Migration Council"), notes="Event inferred from placement.")
quote("Philippe Rio", "Mayor", "Grigny, France", F, "imrf-2022-gtf-day", S4, 563, "“Cities, because of the exchanges", attribution=Q(S4, 565, "said Mayor Philippe Rio of Grigny, France"))
quote("Yvonne Aki-Sawyerr", "Mayor", "Freetown, Sierra Leone", F, "imrf-2022-gtf-day", S4, 567, "“In our city, we see displacement", attribution=Q(S4, 569, "said Mayor Yvonne Aki-Sawyerr of Freetown, Sierra Leone"))
quote("Emilia Sáiz", "Secretary General", "UCLG", F, "imrf-2022-rt3", S4, 617, "“To talk about migration, is to talk about inequality")
quote("Emilia Sáiz", "Secretary General", "UCLG", F, "imrf-2022-rt3", S4, 623, "“A shift in the narrative is essential.", attribution=Q(S4, 626, "Secretary General of UCLG"))
quote("Elizabeth Sackey", "Mayor", "Accra, Ghana", F, "imrf-2022-rt3", S4, 630, "“The Marrakech Mayors Declaration highlighted", attribution=Q(S4, 632, "**Mayor Elizabeth Sackey**"))
quote("Fabiana Goyeneche", "Director of International Affairs", "Montevideo, Uruguay", F, "imrf-2022-rt4", S4, 643, "“LRGs are essential partners to make sure no one is left behind”", exact=True)
quote("Fabiana Goyeneche", "Director of International Relations", "Montevideo, Uruguay", F, "imrf-2022-rt4", S4, 647, "“Local governments don’t turn their backs", attribution=Q(S4, 650, "Director of International Relations,"), notes="Title differs from 004:643 ('Director of International Affairs').")
quote("Yvonne Aki-Sawyer", "Mayor", "Freetown, Sierra Leone", F, "imrf-2022-policy-debate", S4, 666, "“We appreciate that the success")
quote("Philippe Rio", "Mayor", "Grigny, France", F, None, S4, 670, "“Let us not forget that migration is not our competency.",
      notes="AMBIGUOUS event: printed at the end of the Policy Debate section, but Rio is not named among that debate's speakers; he was a panelist at the Call to Local Action side event.")
quote("Erias Lukwago", "Lord Mayor", "Kampala Capital City Authority, Uganda", F, None, S4, 674, "“At the next IMRF I would like to see",
      notes="Spelled 'Lukwagao' here. AMBIGUOUS event, as for the previous quote.")
quote("Stefanie Scharf", "Head of the Division for policy issues of displacement and migration", "German Federal Ministry for Economic Cooperation and Development", F, None, S4, 680, "“Cities are catalysts for innovation", notes="AMBIGUOUS event (Policy Debate section vs Call to Local Action panel).")
quote("Emilia Sáiz", "Secretary General", "UCLG", F, "imrf-2022-se-call-to-local-action", S4, 704, "“Local governments are actors accountable")
quote("Vittoria Zanuso", "Executive Director", "Mayors Migration Council", F, "imrf-2022-se-call-to-local-action", S4, 708, "“The Call to Local Action for Migrants and Refugees is more than", attribution=Q(S4, 710, "said Ms. Vittoria Zanuso, Executive Director of the Mayors Migration Council"))
quote("Antonio Vitorino", "Director General", "IOM", F, None, S4, 731, "\"The pledges received today are far from symbolic.", notes="Printed in the climate-pathways side event section but refers to the pledge hand-over; event ambiguous.")
quote("Md. Atiqul Islam", "Mayor", "Dhaka North, Bangladesh", F, "imrf-2022-se-climate-pathways", S4, 733, "\"It is essential that cities and mayors")
quote("Valérie Plante", "Mayor", "Montréal, Canada", F, "imrf-2022-pga-meeting", S4, 750, "\"I could not be prouder", attribution=Q(S4, 752, "Mayor Valérie Plante of Montréal, Canada"), notes="Montréal's mayor at the PGA meeting is inferred from placement.")
quote("Erias Lukwago", "Lord Mayor", "Kampala, Uganda", F, "imrf-2022-pga-meeting", S4, 756, "\"While national governments deal with borders")
quote("Vittoria Zanusso", "Executive Director", "Mayors Migration Council", F, "imrf-2022-pga-meeting", S4, 758, "\"As a Steering Committee Member of the Migration MPTF", attribution=Q(S4, 760, "said Vittoria Zanusso, Executive Director of the Mayors Migration Council"))
for ln, start in [(230, "Local governments are critical actors"), (236, "Local governments are part of the solution"), (242, "Local governments spearhead"),
                  (248, "Local governments are forerunners"), (254, "Local governments propose a balanced narrative")]:
    quote(None, None, "Local governments (Mayors Mechanism key messages)", F, None, S4, ln, start, kind="keyMessage", notes="Section 3.2 'LRG Key Messages at IMRF' heading; details in the paragraph that follows.")
quote(None, None, "MMC Leadership Board mayors", F, "imrf-2022-mmc-board", S4, 518, "Broadly centered around the tagline", kind="keyMessage")

F = "imrf-2026"
quote("Victor Semple", "Director of the Department of Migration for Brazil", "Government of Brazil", F, None, S2, 203, "São Paulo was the trailblazer in our country on the GCM,", exact=True)
quote("Jennifer Acquah", "Principal Planning Officer", "Ghana Ministry of Local Government, Chieftaincy and Religious Affairs", F, None, S2, 207, "while migration is global, its impacts are inherently local", exact=True, notes="Reported speech in italics in the seed.")
quote("Beatriz Ponce de León", "Deputy Mayor for Immigrant, Migrant, and Refugee Rights", "Chicago", F, None, S2, 213, "\"Cities like Chicago are where", attribution=Q(S2, 211, "**Beatriz Ponce de León**"))
quote("Faiza Ali", "Commissioner for Immigrant Affairs", "New York City", F, "imrf-2026-hearing-am", S2, 219, "\"If we want to invest in the goals of the Global Compact", attribution=Q(S2, 217, "Speaking with civil society leaders at the Informal Multistakeholder Hearing, she said:"),
      notes="Hearing; half-day not stated.")
quote("Ana Maria Archila", "Commissioner for International Affairs", "New York City", F, "imrf-2026-rt3", S2, 223, "\"In a city where nearly 40% of residents")
quote("Javier Ayala Ortega", "Mayor", "Fuenlabrada", F, None, S2, 227, "\"Spain is now a leading example", attribution=Q(S2, 225, "Mayor of Fuenlabrada (Spain), Javier Ayala Ortega"))
quote("Juan Cristóbal Lloret Valdivieso", "Prefect", "Azuay Province", F, None, S2, 231, "\"In 2024, we passed a pioneering ordinance")
quote("Ababacar Ndao", "President of Dagana Region", "Dagana", F, None, S2, 235, "\"As an important transit region", notes="The quote continues on 002:237.")
quote(None, None, "Cities (key message)", F, None, S2, 239, "they are being asked to do more with less.", kind="keyMessage", exact=True)
quote("Margarita Crespo Habib", "Advisor to the Mayor of Maicao", "Maicao", F, "imrf-2026-rt3", S2, 243, "“When international cooperation declines", attribution=Q(S2, 241, "spoke in Roundtable 3"))
quote("Vittoria Zanuso", "Executive Director", "Mayors Migration Council", F, None, S2, 247, "“If we are serious about delivering on the Global Compact")
quote("Albert Llado", "Head of Policy", "United Cities and Local Governments", F, None, S2, 251, "“Local and regional governments are indeed essential")
quote("Frantz Celestin", "Regional Director for IOM East, Horn and Southern Africa", "IOM, on behalf of the UN Network on Migration", F, "imrf-2026-se-local-to-global", S2, 255, "“Local leadership isn’t a ‘nice to have’")
quote(None, None, "Seed 002 key message", F, None, S2, 201, "São Paulo (Brazil) joined Brazil's national delegation to the IMRF", kind="keyMessage")
quote(None, None, "Seed 002 key message", F, None, S2, 209, "US cities brought new pledges to the IMRF", kind="keyMessage")

# ------------------------------------------------------------------ REGISTRY MATCH
REG = json.load(open("/work/main/src/LocalAction.Web/Data/Seed/registry.json", encoding="utf-8"))
REGORG = REG["organizations"]
ALIAS = {  # seed spelling -> registry slug, with reason
    "ethekwni durban": ("ethekweni-durban", "spelling variant (eThekwni vs eThekweni)"),
    "ethekwini durban": ("ethekweni-durban", "spelling variant (eThekwini vs eThekweni)"),
    "san jose": ("san-jose-us", "accent variant; seed says United States, registry 'San José' (California, US)"),
    "mmc mayors migration council": ("mayors-migration-council", "abbreviation MMC"),
    "mayors migration council mmc": ("mayors-migration-council", "abbreviation MMC"),
    "uclg united cities and local governments": ("united-cities-and-local-governments", "abbreviation UCLG"),
    "united cities and local governments uclg": ("united-cities-and-local-governments", "abbreviation UCLG"),
    "anvita association nationale des villes et territoires associes": ("anvita", "name + expansion"),
    "lampedusa and linosa": ("lampedusa", "registry has 'Lampedusa'; seed 'Lampedusa and Linosa' (same municipality - inference)"),
    "gringy": ("grigny-not-in-registry", "typo"),
}
NEAR = {"c40 cities": "registry only has the joint network 'C40–MMC' (c40-mmc), not C40 alone",
        "gfmd mayors mechanism": "registry only has 'Mayors Mechanism - Germany' (a national-government pledge), a different entity"}
import csv
CTRY = {}
with open("/work/main/src/LocalAction.Web/Data/Seed/Taxonomies/countries.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        CTRY[norm(row["name"])] = row
CTRY["the gambia"] = CTRY["gambia"]
def ctry(name):
    return CTRY.get(norm(name)) if name else None
KIND = {o["slug"]: o["kind"] for o in REGORG}
def match(name, country=None):
    n = norm(name)
    iso = (ctry(country) or {}).get("alpha2")
    for o in REGORG:
        if o["name"] == name and (iso is None or o["country"] in (None, iso)):
            return {"slug": o["slug"], "matchType": "exact", "registryName": o["name"], "registryKind": o["kind"]}
    cands = [o for o in REGORG if norm(o["name"]) == n]
    if len(cands) > 1 and iso:
        cands = [o for o in cands if o["country"] == iso]
        if len(cands) == 1:
            o = cands[0]
            return {"slug": o["slug"], "matchType": "normalized (accents) + disambiguated by country " + iso, "registryName": o["name"], "registryKind": o["kind"]}
    if len(cands) == 1:
        o = cands[0]
        return {"slug": o["slug"], "matchType": "normalized (case/accents/punctuation)", "registryName": o["name"], "registryKind": o["kind"]}
    if n in ALIAS and not ALIAS[n][0].endswith("not-in-registry"):
        sl = ALIAS[n][0]
        return {"slug": sl, "matchType": "alias: " + ALIAS[n][1], "registryName": next(o["name"] for o in REGORG if o["slug"] == sl), "registryKind": KIND[sl]}
    if n in NEAR:
        return {"slug": None, "matchType": "none (near miss: " + NEAR[n] + ")"}
    return {"slug": None, "matchType": "none"}
for d in delegations:
    d["registryMatch"] = match(d["organization"], d["country"])
    c = ctry(d["country"])
    d["countryCode"] = c["alpha2"] if c else None
    d["reportRegion"] = (c["report_region"] or None) if c else None
    d["countryCodeAndRegionDerivedFrom"] = "registry Taxonomies/countries.csv (not stated in the seed)" if c else None

ROLE_ORG = {"Sao Paulo": "São Paulo", "Gringy": "Grigny", "eThekwini (Durban)": "eThekwni (Durban)", "eThekweni (Durban)": "eThekwni (Durban)",
            "Azuay": "Azuay Province", "UAEL": "Union of Associations of Local Elected Officials (UAEL)"}
for r in roles:
    o = ROLE_ORG.get(r["organization"], r["organization"])
    if r["forum"] == "imrf-2022":
        o = {"UCLG": "UCLG (United Cities and Local Governments)", "MMC": "MMC (Mayors Migration Council)"}.get(o, o)
    else:
        o = {"UCLG": "United Cities and Local Governments (UCLG)", "MMC": "Mayors Migration Council (MMC)", "Mayors Migration Council": "Mayors Migration Council (MMC)"}.get(o, o)
    d = next((d for d in delegations if d["forum"] == r["forum"] and d["organization"] == o), None)
    r["delegationOrganization"] = d["organization"] if d else None
    r["registrySlug"] = d["registryMatch"]["slug"] if d else None

for fk in ("imrf-2022", "imrf-2026"):
    listed = [d for d in delegations if d["forum"] == fk and d["listedInDelegation"] and (fk == "imrf-2026" or d["kind"] != "network")]
    regs = {}
    for d in listed:
        regs.setdefault(d["reportRegion"], []).append(d["organization"])
    txt = "; ".join(f"{k}: {', '.join(v)}" for k, v in regs.items())
    for f_ in figures:
        if f_["forum"] == fk and f_["figure"] == "regions represented":
            f_["comparison"] = f"{len(regs)} regions using the registry's report_region (countries.csv) - a DERIVED check, the seed does not list regions: {txt}."

out = {
 "meta": {
   "generatedBy": "build_forums.py", "seedDir": SEEDS, "seeds": [S0, S1, S2, S4],
   "sourceFormat": "source = {seed, lines, quote}: quote is a verbatim substring of the single line lines[0] of that seed file (1-based line numbers); extra numbers in lines are context. additionalSources has the same shape.",
   "nullMeans": "not stated in the seeds",
   "sessionTypes": ["multi-stakeholder hearing", "roundtable", "policy debate", "plenary", "official side event", "unofficial side event", "side event (2022: official/unofficial not stated)", "reception", "closed-door meeting", "network meeting", "meeting", "press conference"],
   "roles": ["keynote", "panelist", "speaker", "discussion starter", "intervention from the floor", "participant", "moderator (not in brief's list; as written)"],
   "timeZoneRule": "timeZone = zone written in the seed (only seed 000 writes one: 'ET'); timeZoneInferred = IANA zone inferred from the stated venue (NOT in the seed).",
   "quotesTruncated": "quotes[].truncated = true when the seed line continues after the excerpt (long quotes are cut at a sentence or comma boundary, max ~200 chars); the excerpt itself is verbatim.",
   "sessionGroups": "each programme-table cell is one session record; sessionGroup joins cells of the same session (e.g. hearing morning + afternoon)",
 },
 "forums": forums, "sessions": sessions, "delegations": delegations, "speakingRoles": roles, "sideEvents": side_events,
 "declarations": declarations, "engagementFigures": figures, "quotes": quotes,
}

# final verification pass: every dict with seed+quote anywhere in the tree
def walk(o, path="$"):
    if isinstance(o, dict):
        if "seed" in o and "quote" in o and "lines" in o:
            if not any(o["quote"] in text(o["seed"], ln) for ln in o["lines"][:1]):
                sys.exit(f"BAD SOURCE at {path}: {o}")
        for k, v in o.items():
            walk(v, f"{path}.{k}")
    elif isinstance(o, list):
        for i, v in enumerate(o):
            walk(v, f"{path}[{i}]")
walk(out)
with open("/work/research-forums/forums.json", "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print({k: len(v) for k, v in out.items() if isinstance(v, list)})

#!/usr/bin/env python3
"""Turns forums-research.json (every fact with its seed line and verbatim quote, made by build_forums.py from the
seeds) into the app's seed file src/LocalAction.Web/Data/Seed/forums.json. Run by hand after changing either:

    python3 tools/seed/forums/make_seed.py

Only what the seeds state goes in; inferences the research marks as such are either labelled (time zones inferred from
the venue) or left out (an organization matched to the registry by inference only stays unmatched)."""
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
root = here.parents[2]
research = json.loads((here / "forums-research.json").read_text(encoding="utf-8"))
seeds = root / "src" / "LocalAction.Web" / "Data" / "Seed" / "Sources"

SERIES = {"IMRF": "Imrf", "GRF": "Grf", "GRF Progress Review": "Grf", "GFMD": "Gfmd"}
TYPES = {
    "multi-stakeholder hearing": "MultiStakeholderHearing", "roundtable": "Roundtable", "policy debate": "PolicyDebate",
    "plenary": "Plenary", "official side event": "OfficialSideEvent", "unofficial side event": "UnofficialSideEvent",
    "side event": "SideEvent", "reception": "Reception", "closed-door meeting": "ClosedDoorMeeting",
    "network meeting": "NetworkMeeting", "meeting": "Meeting", "press conference": "PressConference", None: None,
}
ROLES = {
    "keynote": "Keynote", "panelist": "Panelist", "speaker": "Speaker", "discussion starter": "DiscussionStarter",
    "intervention from the floor": "InterventionFromTheFloor", "participant": "Participant", "moderator": "Moderator", None: None,
}
KINDS = {"city": "CityOrMunicipality", "region": "ProvinceStateOrRegion", "network": "LocalGovernmentNetwork"}
ACCREDITATION = {"national delegation": "NationalDelegation", None: None}
# Registry matches the research found by name, spelling variant or abbreviation; an inferred identity is not a match.
TRUSTED_MATCH = ("exact", "alias: abbreviation", "alias: spelling variant", "alias: name + expansion", "normalized (accents)")
SEED_TITLES = {"000": "invitation to the side event", "001": "Delivering Results, 2025", "002": "IMRF 2026 summary", "004": "IMRF 2022 summary"}


def source(s):
    if not s:
        return None
    seed = s["seed"][:3]
    return f"Seed {seed} ({SEED_TITLES[seed]}), line {s['lines'][0]}: “{s['quote']}”"


def capitalized(text):
    return text[0].upper() + text[1:] if text else None


def hhmm(t):
    return t if t is None else t[:5]


forums, sessions, delegations, roles, pages, declarations, quotes = [], [], [], [], [], [], []
for f in research["forums"]:
    stated = f.get("timeZoneStated")
    forums.append({
        "code": f["id"], "series": SERIES[f["kind"]], "year": f["year"], "name": f["name"], "city": f.get("city"),
        "startsOn": f.get("startDate"), "endsOn": f.get("endDate"),
        "timeZone": stated or f.get("timeZoneInferred"), "timeZoneInferred": stated is None and f.get("timeZoneInferred") is not None,
        "round": f.get("registryRound"), "summary": None, "source": source(f.get("source")),
    })

side_events = {e["sessionId"]: e for e in research["sideEvents"]}
for s in research["sessions"]:
    event = side_events.get(s["id"])
    hosts = "; ".join(h["name"] for h in event["hosts"]) if event and event.get("hosts") else s.get("host")
    objectives = (event or {}).get("gcmObjectives") or s.get("gcmObjectives")
    sessions.append({
        "forum": s["forum"], "key": s["id"], "group": s.get("sessionGroup") if s.get("sessionGroup") != s["id"] else None,
        "title": event["title"] if event and event.get("registrationDeadline") else s["title"], "type": TYPES[s["type"]],
        "date": s.get("date"), "start": hhmm(s.get("start")), "end": hhmm(s.get("end")), "room": s.get("room"),
        "gcmObjectives": "; ".join(str(o) for o in objectives) if objectives else None, "hosts": hosts,
        "source": source(s.get("source")),
    })

members = {}
for m in research["delegations"]:
    match = m.get("registryMatch") or {}
    slug = match.get("slug") if str(match.get("matchType", "")).startswith(TRUSTED_MATCH) else None
    members[(m["forum"], m["organization"])] = m
    delegations.append({
        "forum": m["forum"], "name": m["organization"], "organization": slug, "kind": KINDS[m["kind"]],
        "country": m.get("countryCode"), "inNationalDelegation": m.get("inNationalDelegation"),
        "accreditation": ACCREDITATION[m.get("accreditation")], "listed": bool(m.get("listedInDelegation")),
        "source": source(m.get("source")),
        "people": [{"name": p["name"], "title": p.get("title")} for p in m.get("people", []) if p.get("name")],
    })

skipped_roles = 0
for r in research["speakingRoles"]:
    member = r.get("delegationOrganization")
    if member is None or r.get("sessionId") is None:
        skipped_roles += 1  # a UN agency or ministry speaking (not a delegation member), or no session named
        continue
    people = [p["name"] for p in members[(r["forum"], member)].get("people", []) if p.get("name")]
    person = r.get("person") if r.get("person") in people else None
    roles.append({"forum": r["forum"], "session": r["sessionId"], "member": member, "person": person, "role": ROLES[r["role"]]})

seed000 = next(seeds.glob("000_*.txt")).read_text(encoding="utf-8").splitlines()
background_start = seed000.index("Background") + 1
background_end = seed000.index("Objectives")
background = "\n\n".join(line.strip() for line in seed000[background_start:background_end] if line.strip())
for e in research["sideEvents"]:
    if not e.get("registrationDeadline"):
        continue  # only an event whose invitation asks for registration gets a registration page
    deadline = e["registrationDeadline"]
    pages.append({
        "forum": e["forum"], "session": e["sessionId"], "slug": "bridging-the-compacts-2026" if "bridging" in e["id"] else e["id"],
        "timeZone": e["timeZoneInferred"], "place": e["place"], "accessNote": capitalized((e.get("accessNote") or "").strip("() ")),
        "background": background, "capacity": e.get("capacity"),
        # 5 PM Eastern Daylight Time on 4 May 2026 (the seed writes "5PM ET Monday 4 May"; 4 May 2026 is a Monday).
        "registrationClosesAt": deadline["localDateTime"] + ":00-04:00",
        "invitationOnly": False,
        "objectives": [o["text"] for o in e.get("objectives", [])],
        "panel": [p["source"]["quote"] for p in e.get("panel", [])],
        "agenda": [{"time": f"{a['start']}–{a['end']}", "text": a["item"]} for a in e.get("agenda", [])],
    })

for d in research["declarations"]:
    vote = d.get("vote") or {}
    adoption = d.get("adoptionMethod")
    declarations.append({
        "forum": d["forum"], "symbol": d["symbol"], "title": d["title"], "year": d["year"], "adoptedOn": d.get("adoptionDate"),
        "adoption": adoption[0].upper() + adoption[1:] if adoption else None,
        "votesInFavour": vote.get("inFavour"), "votesAgainst": vote.get("against"), "abstentions": vote.get("abstentions"),
        "votedAgainst": ", ".join(vote["againstStates"]) if vote.get("againstStates") else None,
        "source": source(vote.get("source") or d.get("source")),
        "paragraphs": [{"number": None if p.get("number") is None else str(p["number"]), "summary": p["summary"], "source": source(p.get("source"))} for p in d.get("paragraphs", [])],
        "proposedLanguage": [{"text": p["text"], "adopted": p.get("adopted"), "source": source(p.get("source"))} for p in d.get("proposedLanguage", [])],
    })

for q in research["quotes"]:
    role = ", ".join(x for x in (q.get("role"), q.get("organization")) if x) or None
    quotes.append({"forum": q["forum"], "text": q["text"], "speaker": q.get("speaker"), "role": role, "source": source(q.get("source"))})

out = {"forums": forums, "sessions": sessions, "delegations": delegations, "speakingRoles": roles, "eventPages": pages,
       "declarations": declarations, "quotes": quotes}
target = root / "src" / "LocalAction.Web" / "Data" / "Seed" / "forums.json"
target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{target}: {len(forums)} forums, {len(sessions)} sessions, {len(delegations)} delegation members, {len(roles)} roles "
      f"({skipped_roles} roles of non-members or without a session left out), {len(pages)} event pages, {len(declarations)} declarations, {len(quotes)} quotes")

"""Demo training: a catalogue of about 30 courses, records, appraisals and needs.

Spread over the years of history: certificates that ran out and were refreshed
(or not), and what the officer has to chase: safeguarding and data protection
certificates running out within 90 days, conference delegates who never sent
their feedback form, scrutiny members whose appraisal is overdue.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo, add_months, at
from engagement_desktop.services.demo.names import MANAGER
from engagement_desktop.store.models import Appraisal, Course, TrainingNeed, TrainingRecord

IN_HOUSE = "Fenland Vale Homes (in-house)"
# title, provider, kind, minutes, cost in pence, valid months
COURSES: tuple[tuple[str, str, str, int, int, int | None], ...] = (
    ("Safeguarding adults and children", IN_HOUSE, "course", 180, 0, 36),
    ("Data protection and confidentiality", IN_HOUSE, "course", 120, 0, 24),
    ("Equality, diversity and inclusion", IN_HOUSE, "course", 120, 0, 36),
    ("Involved customer induction", IN_HOUSE, "induction", 120, 0, None),
    ("Scrutiny skills: an introduction", "TPAS", "course", 360, 15000, None),
    ("Scrutiny skills: gathering and using evidence", "TPAS", "course", 360, 15000, None),
    ("Chairing effective meetings", "TPAS", "course", 240, 12000, None),
    (
        "Understanding housing finance and rent setting",
        "Chartered Institute of Housing",
        "course",
        180,
        9500,
        None,
    ),
    ("Building safety for residents", IN_HOUSE, "course", 150, 0, None),
    ("Mystery shopping skills", "TPAS", "course", 240, 8000, None),
    ("Estate inspection training", IN_HOUSE, "course", 120, 0, None),
    ("Minute taking", "Peterborough Regional College", "course", 180, 4500, None),
    ("Digital skills: joining meetings on Teams", IN_HOUSE, "course", 90, 0, None),
    ("Damp and mould awareness", IN_HOUSE, "course", 90, 0, None),
    ("Community fund grant assessment", IN_HOUSE, "course", 120, 0, None),
    (
        "Level 2 Award in Community Engagement",
        "Open College Network",
        "accredited",
        1800,
        45000,
        None,
    ),
    ("Level 3 Certificate in Customer Scrutiny", "TPAS", "accredited", 2400, 85000, None),
    ("Emergency first aid at work", "St John Ambulance", "accredited", 360, 12500, 36),
    ("Food hygiene level 2 for community events", "Highfield", "accredited", 240, 2500, 36),
    ("Youth leadership programme", "Fenland Youth Trust", "course", 720, 20000, None),
    ("Understanding the consumer standards", "TPAS", "webinar", 90, 0, None),
    ("Tenant Satisfaction Measures explained", "Housing Quality Network", "webinar", 60, 0, None),
    (
        "Complaints and the Housing Ombudsman code",
        "Housing Ombudsman Service",
        "webinar",
        60,
        0,
        None,
    ),
    ("Working with residents on anti-social behaviour", "Resolve", "webinar", 60, 0, None),
    (
        "Retrofit and heat pumps: what residents need to know",
        "National Energy Action",
        "webinar",
        75,
        0,
        None,
    ),
    ("TPAS national conference", "TPAS", "conference", 960, 39500, None),
    ("TPAS East regional conference", "TPAS", "conference", 420, 9500, None),
    (
        "HQN resident involvement conference",
        "Housing Quality Network",
        "conference",
        420,
        22500,
        None,
    ),
    ("East of England tenant regional forum", "TPAS", "regional_forum", 240, 0, None),
    ("Regional scrutiny network", "TPAS", "regional_forum", 180, 0, None),
)
RENEWABLE = ("Safeguarding adults and children", "Data protection and confidentiality")
OBJECTIVES = (
    "Bring back ideas on measuring the impact of involvement for the annual assessment.",
    "Attend the damp and mould workshop and report to the Repairs Service Voice.",
    "Network with other scrutiny panels; collect examples of good scrutiny reports.",
    "Find out how other landlords publish their TSM results.",
)
FEEDBACK = (
    "Very useful; the session on consumer standards should be shared with the panel.",
    "Good networking. The TSM workshop was rushed.",
    "Learned how another panel scores its reviews; suggest we try it.",
    "Too much jargon in the morning; the afternoon workshops were excellent.",
)
SKILLS = (
    "Confident questioning of officers; good grasp of repairs data.",
    "Strong chairing; keeps meetings to time.",
    "Careful reader of reports; spots gaps.",
    "Good at involving quieter members.",
)
NEEDS = (
    (
        "Would like help reading financial reports.",
        "Understanding housing finance and rent setting",
    ),
    ("Wants to chair a review next year.", "Chairing effective meetings"),
    ("Needs a refresher on evidence gathering.", "Scrutiny skills: gathering and using evidence"),
    ("Struggles to join online meetings.", "Digital skills: joining meetings on Teams"),
    ("Interested in the Level 3 scrutiny certificate.", "Level 3 Certificate in Customer Scrutiny"),
)
REQUESTS = (
    (
        "Asked for help using Teams to join online meetings.",
        "Digital skills: joining meetings on Teams",
    ),
    ("Would like first aid training before the summer fun day.", "Emergency first aid at work"),
    ("Asked about training to assess community fund bids.", "Community fund grant assessment"),
    ("Wants to learn minute taking for the TARA.", "Minute taking"),
)


def build_courses(demo: Demo) -> None:
    rows = []
    for title, provider, kind, minutes, cost, valid in COURSES:
        shown, provider = demo.profile.courses.get(title, (title, provider))
        row = {
            "id": demo.next_id("courses"),
            "uuid": demo.uuid(),
            "title": shown,
            "provider": provider,
            "kind": kind,
            "duration_minutes": minutes,
            "cost_pence": cost,
            "valid_months": valid,
            "archived": False,
            "created_at": demo.cal.loaded_at,
            "updated_at": demo.cal.loaded_at,
        }
        rows.append(row)
        demo.courses[title] = row
    demo.write(Course, rows)


def build_training(demo: Demo) -> None:
    """Records from training events and conferences, topped up with courses taken elsewhere."""
    rng = demo.rng
    rows: list[dict[str, Any]] = []
    members = sorted({t.person for t in demo.terms})
    on_groups = set(members)
    for _row_id, _uuid, person, index, _role, _minutes in demo.present:
        event = demo.events[index]
        if event["_course"] is None:
            continue
        if event["_kind"] == "Webinar" and person not in on_groups:
            continue  # only group members log webinars as training
        course = demo.courses[event["_course"]]
        rows.append(
            _record(
                demo,
                person,
                course,
                event["starts_at"].date(),
                event["id"],
                "attended"
                if course["kind"] in ("conference", "webinar", "regional_forum")
                else "completed",
            )
        )
    for event in demo.events:  # booked places on future courses
        if event["_course"] is not None and event["status"] == "planned":
            course = demo.courses[event["_course"]]
            for person in rng.sample(members, min(len(members), rng.randint(1, 6))):
                rows.append(
                    _record(demo, person, course, event["starts_at"].date(), event["id"], "booked")
                )
    cal = demo.cal
    target = max(20, demo.size // 15)
    subscribed = [i for i, p in enumerate(demo.people) if p.subscribed and not p.archived]
    expiring = max(3, target // 40)
    titles = [t for t, c in demo.courses.items() if c["kind"] in ("course", "accredited")]
    extra = max(expiring + 12, target - len(rows))
    earliest = cal.history_from - timedelta(days=365)
    for n in range(extra):
        person = demo.pick(members if members and rng.random() < 0.6 else subscribed)
        if n < expiring:  # runs out in the next 90 days
            course = demo.courses[
                demo.pick(
                    ("Safeguarding adults and children", "Data protection and confidentiality")
                )
            ]
            ends = cal.today + timedelta(days=rng.randint(3, 88))
            day = add_months(ends, -course["valid_months"])
        else:  # spread over the years, each its fair share
            course = demo.courses[demo.pick(titles)]
            share = (n - expiring + rng.random()) / (extra - expiring)
            day = cal.day_at(share, earliest, cal.today - timedelta(days=3))
        status = "did_not_attend" if rng.random() < 0.03 else "completed"
        rows.append(_record(demo, person, course, day, None, status))
        if rows[-1]["expires_on"] is not None and n >= expiring:
            rows += _refreshers(demo, person, course, rows[-1]["expires_on"])
    lapsing = max(8, target // 30)
    for k in range(lapsing):  # certificates that ran out before today: renewed or not
        person = demo.pick(members or subscribed)
        course = demo.courses[demo.pick(RENEWABLE)]
        ran_out_by = add_months(cal.today, -course["valid_months"]) - timedelta(days=1)
        day = cal.day_at((k + rng.random()) / lapsing, earliest, ran_out_by)
        rows.append(_record(demo, person, course, day, None, "completed"))
        rows += _refreshers(demo, person, course, rows[-1]["expires_on"])
    demo.write(TrainingRecord, rows)


def _refreshers(demo: Demo, person: int, course: dict[str, Any], expires: date) -> list[dict]:
    """Most renew a certificate around the time it runs out; some let it lapse."""
    rows: list[dict[str, Any]] = []
    last = demo.cal.today - timedelta(days=3)
    while expires <= demo.cal.today and demo.chance(0.6):
        day = min(last, expires + timedelta(days=demo.rng.randint(-45, 40)))
        rows.append(_record(demo, person, course, day, None, "completed"))
        expires = rows[-1]["expires_on"]
    return rows


def _record(
    demo: Demo, person: int, course: dict[str, Any], day: date, event_id: int | None, status: str
) -> dict[str, Any]:
    rng, today = demo.rng, demo.cal.today
    done = status in ("completed", "attended")
    expires = add_months(day, course["valid_months"]) if done and course["valid_months"] else None
    briefed = objectives = feedback_on = feedback = None
    if course["kind"] == "conference":
        briefed = day - timedelta(days=rng.randint(7, 21))
        objectives = demo.pick(OBJECTIVES)
        if done and rng.random() < 0.72 and day + timedelta(days=5) < today:
            feedback_on = min(today, day + timedelta(days=rng.randint(3, 40)))
            feedback = demo.pick(FEEDBACK)
    certificate = None
    if done and course["kind"] == "accredited":
        certificate = f"CERT-{rng.randint(100000, 999999)}"
    stamp = at(min(day, today), 16)
    return {
        "id": demo.next_id("training_records"),
        "uuid": demo.uuid(),
        "person_id": demo.people[person].id,
        "course_id": course["id"],
        "event_id": event_id,
        "status": status,
        "on_date": day,
        "expires_on": expires,
        "certificate_ref": certificate,
        "certificate_file": None,
        "briefed_on": briefed,
        "briefing_objectives": objectives,
        "feedback_received_on": feedback_on,
        "feedback": feedback,
        "notes": None,
        "created_at": stamp,
        "updated_at": stamp,
    }


def build_appraisals(demo: Demo) -> None:
    """Yearly appraisals for panels that need them; some overdue; needs found and asked for."""
    rng, today = demo.rng, demo.cal.today
    appraised = {i for i, g in enumerate(demo.groups) if g["needs_appraisal"]}
    service: dict[tuple[int, int], list[date]] = {}
    for term in demo.terms:
        if term.group in appraised:
            last = min(d for d in (term.end, term.left, today) if d is not None)
            span = service.setdefault((term.person, term.group), [term.start, last])
            span[0], span[1] = min(span[0], term.start), max(span[1], last)
    rows, needs = [], []
    for number, ((person, group), (first, last)) in enumerate(sorted(service.items())):
        held_dates = []
        held = add_months(first, 11)
        while held <= last:
            if held >= demo.cal.history_from - timedelta(days=365):
                held_dates.append(held + timedelta(days=rng.randint(-20, 20)))
            held = add_months(held, 12)
        held_dates = [d for d in held_dates if d <= today]
        if held_dates and (number == 0 or rng.random() < 0.3):
            held_dates.pop()  # the latest one never happened: overdue
        for day in held_dates:
            appraisal_id = demo.next_id("appraisals")
            rows.append(
                {
                    "id": appraisal_id,
                    "uuid": demo.uuid(),
                    "person_id": demo.people[person].id,
                    "group_id": demo.groups[group]["id"],
                    "held_on": day,
                    "appraiser": demo.pick((MANAGER, demo.officer())),
                    "skills": demo.pick(SKILLS),
                    "needs": None,
                    "next_due_on": add_months(day, 12),
                    "notes": None,
                    "created_at": at(day, 15),
                    "updated_at": at(day, 15),
                }
            )
            if rng.random() < 0.7:
                text, title = demo.pick(NEEDS)
                rows[-1]["needs"] = text
                needs.append(_need(demo, person, title, appraisal_id, text, "appraisal", day))
    askers = [i for i, p in enumerate(demo.people) if p.subscribed and not p.archived]
    for _ in range(max(4, demo.size // 300)):
        person = demo.pick(askers)
        text, title = demo.pick(REQUESTS)
        day = demo.cal.busy_day(rng, demo.cal.history_from, today - timedelta(days=2))
        needs.append(_need(demo, person, title, None, text, "request", day))
    demo.write(Appraisal, rows)
    demo.write(TrainingNeed, needs)


def _need(
    demo: Demo, person: int, title: str, appraisal_id: int | None, text: str, source: str, day: date
) -> dict[str, Any]:
    met, today = None, demo.cal.today
    if day + timedelta(days=60) < today and demo.chance(0.4 if day.year == today.year else 0.7):
        met = min(today, day + timedelta(days=demo.rng.randint(30, 200)))
    return {
        "id": demo.next_id("training_needs"),
        "uuid": demo.uuid(),
        "person_id": demo.people[person].id,
        "course_id": demo.courses[title]["id"],
        "appraisal_id": appraisal_id,
        "description": text,
        "source": source,
        "identified_on": day,
        "met_on": met,
        "created_at": at(day, 15),
        "updated_at": at(met or day, 15),
    }

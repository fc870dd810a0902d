"""Demo estate inspections and mystery shops: two checklists, two rounds of visits at the
demo's own estate inspection events (the inspectors are whoever was on those events'
registers, so their attendance and points are there) and three phone mystery shops."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from random import Random
from typing import Any

from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.store.models import (
    InspectionQuestion,
    InspectionScore,
    InspectionTemplate,
    InspectionVisit,
    VisitInspector,
)

ESTATE_QUESTIONS = (
    "Bin stores clean and tidy",
    "Communal lights working",
    "No graffiti or fly-tipping",
    "Grass and hedges cut",
    "Paths and steps safe",
    "Fire doors closed and signed",
    "Noticeboard up to date",
)
PHONE_QUESTIONS = (
    "Answered within a minute",
    "Greeted politely and by name",
    "Understood the problem first time",
    "Given a clear next step and a date",
    "Call ended with a reference number",
)


def stamps(demo: Demo, day: date) -> dict[str, Any]:
    return {"uuid": demo.uuid(), "created_at": at(day, 11), "updated_at": at(day, 11)}


def build_inspections(demo: Demo, rng: Random) -> None:
    today = demo.cal.today
    estate_id, phone_id = demo.next_id("inspection_templates"), demo.next_id("inspection_templates")
    start = today - timedelta(days=400)
    demo.write(
        InspectionTemplate,
        [
            {
                "id": estate_id,
                "name": "Estate inspection checklist",
                "kind": "estate",
                "scale_max": 5,
                "archived": False,
                **stamps(demo, start),
            },
            {
                "id": phone_id,
                "name": "Mystery shop: reporting a repair by phone",
                "kind": "mystery_shop",
                "scale_max": 4,
                "archived": False,
                **stamps(demo, start),
            },
        ],
    )
    questions: dict[int, list[int]] = {estate_id: [], phone_id: []}
    rows = []
    for template, texts in ((estate_id, ESTATE_QUESTIONS), (phone_id, PHONE_QUESTIONS)):
        for n, text in enumerate(texts, 1):
            qid = demo.next_id("inspection_questions")
            questions[template].append(qid)
            rows.append({"id": qid, "template_id": template, "position": n, "text": text})
    demo.write(InspectionQuestion, rows)
    # Two rounds at the demo's own estate inspections: each estate's last two held.
    inspectors: dict[int, list[int]] = defaultdict(list)
    for _aid, _uuid, person, index, _role, _minutes in demo.present:
        inspectors[index].append(demo.people[person].id)
    by_place: dict[str, list[int]] = defaultdict(list)
    for index, event in enumerate(demo.events):
        if event.get("_kind") == "Estate inspection" and event["status"] == "held":
            place = str(event["title"]).split("– ")[-1]
            by_place[place].append(index)
    visits, scores, on_visit = [], [], []
    places = sorted(p for p, found in by_place.items() if len(found) >= 2)[:5]
    for place in places:
        for round_no, index in enumerate(by_place[place][-2:]):
            event = demo.events[index]
            visit_id = demo.next_id("inspection_visits")
            day = event["starts_at"].date()
            visits.append(
                {
                    "id": visit_id,
                    "template_id": estate_id,
                    "place": place,
                    "visited_on": day,
                    "event_id": event["id"],
                    "notes": "",
                    "photos": f"photos/{place}/{day}.jpg",
                    **stamps(demo, day),
                }
            )
            lift = round_no  # the second round a little better: the trend shows it
            for qid in questions[estate_id]:
                score = max(0, min(5, rng.randint(2, 4) + lift - (rng.random() < 0.15)))
                scores.append(
                    {
                        "id": demo.next_id("inspection_scores"),
                        "visit_id": visit_id,
                        "question_id": qid,
                        "score": score,
                        "comment": "",
                    }
                )
            for pid in dict.fromkeys(inspectors.get(index, [])):
                on_visit.append(
                    {"id": demo.next_id("visit_inspectors"), "visit_id": visit_id, "person_id": pid}
                )
    shoppers = [p.id for p in demo.people if p.subscribed and not p.archived][:3]
    for months_ago in (7, 4, 1):
        day = today - timedelta(days=30 * months_ago)
        visit_id = demo.next_id("inspection_visits")
        visits.append(
            {
                "id": visit_id,
                "template_id": phone_id,
                "place": "Repairs line",
                "visited_on": day,
                "event_id": None,
                "notes": "",
                "photos": "",
                **stamps(demo, day),
            }
        )
        for qid in questions[phone_id]:
            scores.append(
                {
                    "id": demo.next_id("inspection_scores"),
                    "visit_id": visit_id,
                    "question_id": qid,
                    "score": rng.randint(1, 4),
                    "comment": "",
                }
            )
        if shoppers:
            on_visit.append(
                {
                    "id": demo.next_id("visit_inspectors"),
                    "visit_id": visit_id,
                    "person_id": shoppers[months_ago % len(shoppers)],
                }
            )
    demo.write(InspectionVisit, visits)
    demo.write(InspectionScore, scores)
    demo.write(VisitInspector, on_visit)

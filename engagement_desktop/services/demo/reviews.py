"""Demo scrutiny, consultations and inspections, so a newcomer sees each working: a
finished scrutiny review (team, evidence, findings, five recommendations with the
Board's response and the action plan, some done, one overdue) and one under way; a
consultation closed with its changes fed back and one open; two rounds of estate
inspections at the demo's own inspection events (the inspectors are on those events'
registers, so their attendance and points are there) and mystery shops of the phone line.

Its own Random, so adding this leaves every earlier builder's records as they were.
"""

from __future__ import annotations

from datetime import timedelta
from random import Random

from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.services.demo.inspections import build_inspections, stamps
from engagement_desktop.store.models import (
    Consultation,
    ConsultationPerson,
    ContactHistory,
    Outcome,
    ReviewEvidence,
    ReviewMember,
    ReviewRecommendation,
    ScrutinyReview,
)

# recommendation, response, who responded, reason, action, status
RECOMMENDATIONS: tuple[tuple[str, str, str, str | None, str | None, str], ...] = (
    (
        "Text every customer a two-hour slot the day before a repair appointment.",
        "accepted",
        "board",
        None,
        "Appointment texts set up with the contractor.",
        "done",
    ),
    (
        "Publish first-time-fix figures each quarter, by contractor, on the website.",
        "accepted",
        "board",
        None,
        "Quarterly figures on the website and in the newsletter.",
        "done",
    ),
    (
        "Give operatives a van stock list agreed with customers for the commonest jobs.",
        "partly",
        "management",
        "Agreed for plumbing; electrical stock is set by the contractor.",
        "Plumbing van stock list agreed with the Repairs Service Voice.",
        "in_progress",
    ),
    (
        "Ring the customer within a week of a repair to check it was put right.",
        "accepted",
        "management",
        None,
        "Satisfaction calls on 1 in 5 completed repairs.",
        "in_progress",
    ),
    (
        "Open a repairs desk on Saturdays at the main office.",
        "declined",
        "board",
        "Too few Saturday callers to justify the cost; online reporting is open all week.",
        None,
        "done",
    ),
)
EVIDENCE = (
    ("document", "Repairs policy and the contractor's service standards"),
    ("data", "First-time-fix figures for the last two years"),
    ("interview", "Interview with the Head of Repairs"),
    ("mystery_shop", "Mystery shop: reporting a repair by phone (six calls)"),
    ("interview", "Twelve customers who had a repair in the last quarter"),
)


def build_reviews(demo: Demo) -> None:
    rng = Random(f"reviews-{demo.size}-{demo.cal.today.isoformat()}")
    _scrutiny(demo, rng)
    _consultations(demo, rng)
    build_inspections(demo, rng)


def _panel(demo: Demo, name: str) -> tuple[int | None, list[int]]:
    """A group's id and the ids of people who sat on it, current members first."""
    for index, group in enumerate(demo.groups):
        if group["name"] == name:
            terms = [t for t in demo.terms if t.group == index]
            terms.sort(key=lambda t: (t.left is not None, t.start))
            ids = list(dict.fromkeys(demo.people[t.person].id for t in terms))
            return group["id"], ids
    return None, [p.id for p in demo.people[:8]]


def _scrutiny(demo: Demo, rng: Random) -> None:
    today = demo.cal.today
    panel, members = _panel(demo, "Customer Scrutiny Panel")
    started = today - timedelta(days=250)
    finished = today - timedelta(days=60)
    done_id = demo.next_id("scrutiny_reviews")
    live_id = demo.next_id("scrutiny_reviews")
    demo.write(
        ScrutinyReview,
        [
            {
                "id": done_id,
                "topic": "Repairs: getting it right first time",
                "scope": "Responsive repairs reported by phone and online over the last two "
                "years: how often a repair is put right at the first visit, and why not.\n\n"
                "Out of scope: planned works and gas servicing.",
                "group_id": panel,
                "stage": "complete",
                "started_on": started,
                "stage_due_on": None,
                "follow_up_on": today + timedelta(days=120),
                "completed_on": finished,
                "findings": "Two repairs in five needed a second visit, most often because "
                "the operative did not have the part.\n\nCustomers were rarely told when "
                "to expect the operative, and nobody checked afterwards that the repair "
                "had worked.",
                **stamps(demo, started),
            },
            {
                "id": live_id,
                "topic": "Complaints handling",
                "scope": "Stage one complaints: how quickly they are answered and whether "
                "the answer is clear.",
                "group_id": panel,
                "stage": "evidence",
                "started_on": today - timedelta(days=40),
                "stage_due_on": today + timedelta(days=10),
                "follow_up_on": None,
                "completed_on": None,
                "findings": "",
                **stamps(demo, today - timedelta(days=40)),
            },
        ],
    )
    team = members[:4] or [p.id for p in demo.people[:4]]
    demo.write(
        ReviewMember,
        [
            {
                "id": demo.next_id("review_members"),
                "review_id": rid,
                "person_id": pid,
                "role": "lead" if n == 0 else "member",
            }
            for rid, people in ((done_id, team), (live_id, team[1:] + members[4:6]))
            for n, pid in enumerate(people)
        ],
    )
    demo.write(
        ReviewEvidence,
        [
            {
                "id": demo.next_id("review_evidence"),
                "review_id": done_id,
                "kind": kind,
                "title": title,
                "gathered_on": started + timedelta(days=20 + 15 * n),
                "note": "",
                "visit_id": None,
            }
            for n, (kind, title) in enumerate(EVIDENCE)
        ]
        + [
            {
                "id": demo.next_id("review_evidence"),
                "review_id": live_id,
                "kind": "data",
                "title": "Stage one complaint times for the last year",
                "gathered_on": today - timedelta(days=20),
                "note": "",
                "visit_id": None,
            }
        ],
    )
    outcomes, links = [], []
    responded = finished - timedelta(days=30)
    for n, (text, response, by, reason, action, status) in enumerate(RECOMMENDATIONS, 1):
        outcome_id = demo.next_id("outcomes")
        due = responded + timedelta(days=60 + 30 * n)
        if n == 4:
            due = today - timedelta(days=12)  # the one behind: overdue on Home and in reports
        completed = min(today, responded + timedelta(days=40 * n)) if status == "done" else None
        outcomes.append(
            {
                "id": outcome_id,
                "uuid": demo.uuid(),
                "kind": "recommendation",
                "source": "scrutiny",
                "group_id": panel,
                "event_id": None,
                "survey_id": None,
                "person_id": None,
                "topic_id": demo.topics.get("Repairs"),
                "raised_on": finished - timedelta(days=45),
                "asked": text,
                "response": response,
                "response_reason": reason,
                "action": action,
                "owner": "Head of Repairs" if action else None,
                "status": status,
                "due_on": due if action else None,
                "completed_on": completed,
                "reported_back": n <= 2,
                "reported_back_on": completed if n <= 2 else None,
                "reported_back_how": "Newsletter" if n <= 2 else None,
                "created_at": at(finished, 12),
                "updated_at": at(completed or responded, 12),
            }
        )
        links.append(
            {
                "id": demo.next_id("review_recommendations"),
                "review_id": done_id,
                "outcome_id": outcome_id,
                "number": n,
                "responded_by": by,
            }
        )
    demo.write(Outcome, outcomes)
    demo.write(ReviewRecommendation, links)


def _consultations(demo: Demo, rng: Random) -> None:
    today = demo.cal.today
    closed_id, open_id = demo.next_id("consultations"), demo.next_id("consultations")
    opened = today - timedelta(days=150)
    demo.write(
        Consultation,
        [
            {
                "id": closed_id,
                "policy": "Pets policy",
                "summary": "Which pets may be kept in flats and houses, and how to ask.",
                "opens_on": opened,
                "closes_on": opened + timedelta(days=28),
                "committee_on": opened + timedelta(days=56),
                "changes_made": "Cats allowed in flats with a balcony or garden access.\n"
                "Permission answered within 10 working days, not 28.",
                "feedback_sent_on": opened + timedelta(days=70),
                **stamps(demo, opened),
            },
            {
                "id": open_id,
                "policy": "Tenancy management policy",
                "summary": "Succession, lodgers, mutual exchanges and ending a tenancy.",
                "opens_on": today - timedelta(days=14),
                "closes_on": today + timedelta(days=14),
                "committee_on": today + timedelta(days=45),
                "changes_made": "",
                "feedback_sent_on": None,
                **stamps(demo, today - timedelta(days=14)),
            },
        ],
    )
    willing = [p.id for p in demo.people if p.subscribed and not p.archived]
    asked, history = [], []
    for cid, day, count, answer_share, said in (
        (closed_id, opened, 40, 0.45, RESPONSES),
        (open_id, today - timedelta(days=14), 30, 0.2, TENANCY_RESPONSES),
    ):
        chosen = rng.sample(willing, min(count, len(willing)))
        what = "Consultation: " + (
            "Pets policy" if cid == closed_id else "Tenancy management policy"
        )
        for pid in chosen:
            answered = rng.random() < answer_share
            asked.append(
                {
                    "id": demo.next_id("consultation_people"),
                    "consultation_id": cid,
                    "person_id": pid,
                    "asked_on": day,
                    "responded_on": day + timedelta(days=rng.randint(2, 12)) if answered else None,
                    "response": rng.choice(said) if answered else "",
                }
            )
            history.append(
                {
                    "uuid": demo.uuid(),
                    "person_id": pid,
                    "mailing_id": None,
                    "made_at": at(day, 10),
                    "channel": "post",
                    "what": what,
                    "format": None,
                    "made_by": "Demo officer",
                }
            )
    demo.write(ConsultationPerson, asked)
    demo.write(ContactHistory, history)


TENANCY_RESPONSES = (
    "Say plainly who can take over a tenancy when someone dies.",
    "Lodgers should be allowed without asking if the rent is paid.",
    "Mutual exchanges take far too long: set a deadline.",
    "The section on ending a tenancy needs an easy-read version.",
)
RESPONSES = (
    "Cats should be allowed in flats if there is a balcony.",
    "Please make the form shorter.",
    "Answer requests faster: 28 days is too long.",
    "Dogs in flats cause noise; keep the rule as it is.",
    "Explain what happens if a neighbour complains.",
)

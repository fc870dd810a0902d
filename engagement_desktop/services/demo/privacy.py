"""Demo consents and equality monitoring, with the gaps real records have.

Consent to hold data is recorded for everyone involved (members, group members,
anyone who came to something), with contact consents per channel and a few
later withdrawals. About 30% of people never answered the equality form, every
question has some "prefer not to say", and about 1% sent a written objection.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo, PersonInfo, at
from engagement_desktop.services.demo.names import CULTURES
from engagement_desktop.store.models import Consent, EqualityProfile
from engagement_desktop.store.vocab import PREFER_NOT_TO_SAY

WORDING = "v2.1"
WITHDRAW_CONTEXT = (
    "Asked by phone to stop emails",
    "Replied STOP to a text message",
    "Wrote in: no more photographs please",
    "Told the officer at a meeting",
)


#: Consents are written this many at a time, so the demo's peak memory stays low.
CONSENT_CHUNK = 10_000


def build_consents(demo: Demo) -> None:
    rng = demo.rng
    involved = {i for i, p in enumerate(demo.people) if p.subscribed}
    involved |= set(demo.first_seen)
    rows: list[dict[str, Any]] = []
    for index in sorted(involved):
        person = demo.people[index]
        when, method, event_id, context = _first_contact(demo, index, person)
        officer = demo.officer()
        rows.append(
            _consent(demo, person.id, "hold_data", True, when, method, officer, context, event_id)
        )
        channels = [("contact_post", 0.6)]
        if person.email:
            channels.append(("contact_email", 0.85))
        if person.mobile or person.phone:
            channels.append(("contact_phone", 0.7))
        if person.mobile:
            channels.append(("contact_text", 0.55))
        channels.append(("photography", 0.5))
        for purpose, chance in channels:
            roll = rng.random()
            if roll < chance:
                rows.append(
                    _consent(
                        demo, person.id, purpose, True, when, method, officer, context, event_id
                    )
                )
                if rng.random() < 0.03:
                    later = when + timedelta(days=rng.randint(20, 500))
                    if later < at(demo.cal.today, 0):
                        rows.append(
                            _consent(
                                demo,
                                person.id,
                                purpose,
                                False,
                                later,
                                demo.pick(("phone", "email", "in_person")),
                                demo.officer(),
                                demo.pick(WITHDRAW_CONTEXT),
                                None,
                            )
                        )
            elif purpose == "photography" and roll < chance + 0.15:
                rows.append(
                    _consent(
                        demo, person.id, purpose, False, when, method, officer, context, event_id
                    )
                )
        if len(rows) >= CONSENT_CHUNK:  # written as it goes: 90,000 rows at 50,000 people
            demo.write(Consent, rows)
            rows = []
    demo.write(Consent, rows)


def _first_contact(
    demo: Demo, index: int, person: PersonInfo
) -> tuple[datetime, str, int | None, str | None]:
    seen = demo.first_seen.get(index)
    if seen is not None and (person.joined_on is None or seen[0] < person.joined_on):
        event = demo.events[seen[1]]
        return (
            event["starts_at"] + timedelta(minutes=demo.rng.randint(0, 90)),
            "in_person",
            event["id"],
            f"in person at {event['title']}",
        )
    joined = person.joined_on or demo.cal.loaded_at.date()
    method = demo.rng.choices(("paper_form", "online", "phone", "in_person"), weights=(4, 3, 2, 2))[
        0
    ]
    return at(joined, demo.rng.randint(9, 16), demo.rng.choice((0, 15, 30, 45))), method, None, None


def _consent(
    demo: Demo,
    person_id: int,
    purpose: str,
    given: bool,
    when: datetime,
    method: str,
    officer: str,
    context: str | None,
    event_id: int | None,
) -> dict[str, Any]:
    return {
        "id": demo.next_id("consents"),
        "uuid": demo.uuid(),
        "person_id": person_id,
        "purpose": purpose,
        "given": given,
        "recorded_at": when,
        "method": method,
        "wording_version": WORDING,
        "recorded_by": officer,
        "context": context,
        "event_id": event_id,
    }


AGE_BANDS = (
    (16, "16_24"),
    (25, "25_34"),
    (35, "35_44"),
    (45, "45_54"),
    (55, "55_64"),
    (65, "65_74"),
    (75, "75_plus"),
)


def age_band(age: int | None) -> str | None:
    if age is None:
        return None
    band = None
    for low, code in AGE_BANDS:
        if age >= low:
            band = code
    return band


def build_equality(demo: Demo) -> None:
    rng = demo.rng
    rows: list[dict[str, Any]] = []
    for index, person in enumerate(demo.people):
        if rng.random() < 0.3:
            continue  # never answered
        culture = CULTURES[person.culture]
        age = person.age_on(demo.cal.today)
        answers: dict[str, str | None] = {
            "age_band": age_band(age),
            "sex": person.sex,
            "gender_same_as_birth": "no" if rng.random() < 0.006 else "yes",
            "sexual_orientation": rng.choices(
                ("heterosexual", "gay_lesbian", "bisexual", "other"), weights=(90, 3, 2.5, 0.5)
            )[0],
            "ethnicity": "mixed" if rng.random() < 0.04 else culture.ethnicity,
            "religion": rng.choices(
                [r for r, _ in culture.religions], weights=[w for _, w in culture.religions]
            )[0],
            "disability": "yes" if rng.random() < _disability_odds(demo, index, age) else "no",
            "marital_status": _marital(demo, age),
            "pregnancy_maternity": (
                "yes"
                if person.sex == "female"
                and age is not None
                and 18 <= age <= 44
                and rng.random() < 0.05
                else "no"
            ),
            "children_in_household": (
                "yes" if age is not None and 20 <= age <= 55 and rng.random() < 0.45 else "no"
            ),
        }
        for question in answers:
            roll = rng.random()
            shy = 0.12 if question in ("sexual_orientation", "religion") else 0.04
            if roll < 0.07:
                answers[question] = None
            elif roll < 0.07 + shy:
                answers[question] = PREFER_NOT_TO_SAY
        objection = rng.random() < 0.01 or len(rows) == 7  # at least one, however small
        received = demo.day_between(demo.cal.history_from, demo.cal.today) if objection else None
        rows.append(
            {
                "person_id": person.id,
                **answers,
                "written_objection": objection,
                "objection_received_on": received,
                "created_at": person.row["created_at"],
                "updated_at": at(received, 12) if received else person.row["created_at"],
            }
        )
    demo.write(EqualityProfile, rows)


def _disability_odds(demo: Demo, index: int, age: int | None) -> float:
    if index in demo.support:
        return 0.6
    if age is None:
        return 0.15
    return 0.08 + max(0, age - 40) * 0.006


def _marital(demo: Demo, age: int | None) -> str:
    options = ("single", "married", "cohabiting", "separated", "widowed")
    if age is not None and age < 25:
        weights = (85, 3, 12, 0, 0)
    elif age is not None and age >= 70:
        weights = (10, 40, 3, 12, 35)
    else:
        weights = (35, 30, 18, 15, 2)
    return demo.rng.choices(options, weights=weights)[0]

"""Demo interests (topics members want a say on) and support needs (about 8% of everyone).

Interests decide who is invited to topic events; support needs shape letters,
venues and the equality answers (disability) built later.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from engagement_desktop.services.demo.context import Demo
from engagement_desktop.services.demo.names import CULTURES
from engagement_desktop.store.models import PersonTopic, SupportNeed

TOPIC_POPULARITY = {
    "Repairs": 10,
    "Rent and service charges": 7,
    "Anti-social behaviour": 6,
    "Communal areas": 5,
    "Building and fire safety": 5,
    "Complaints": 4,
    "Neighbourhood investment": 4,
    "Customer service standards": 4,
    "Sustainability": 3,
    "Community fund": 3,
    "Technology and digital": 2,
    "New homes": 2,
}
SUPPORT_WEIGHTS = (
    ("large_print", 22),
    ("hearing_loop", 14),
    ("interpreter", 16),
    ("wheelchair", 12),
    ("evening_weekend", 12),
    ("travel", 8),
    ("easy_read", 6),
    ("childcare", 6),
    ("bsl", 3),
    ("braille", 1),
    ("other", 2),
)
OTHER_NEEDS = ("Needs a chair with arms", "Step-free venue, no stairs", "Prefers a quiet room")


def build_interests_and_needs(demo: Demo) -> None:
    """Topics for subscribed members; support needs for about 8% of everyone."""
    rng = demo.rng
    names = list(demo.topics)
    weights = [TOPIC_POPULARITY.get(name, 2) for name in names]
    topic_rows: list[dict[str, Any]] = []
    need_rows: list[dict[str, Any]] = []
    need_codes = [n for n, _ in SUPPORT_WEIGHTS]
    need_cw = list(accumulate(w for _, w in SUPPORT_WEIGHTS))
    for index, person in enumerate(demo.people):
        if person.subscribed:
            chosen: list[str] = []
            for _ in range(rng.randint(1, 5)):
                name = rng.choices(names, weights=weights)[0]
                if name not in chosen:
                    chosen.append(name)
            for name in chosen:
                topic_id = demo.topics[name]
                topic_rows.append({"person_id": person.id, "topic_id": topic_id})
                demo.interests.setdefault(topic_id, []).append(index)
        old = person.tenure == "sheltered"
        if rng.random() < (0.2 if old else 0.065):
            needs: dict[str, str] = {}
            for _ in range(1 if rng.random() < 0.75 else 2):
                need = rng.choices(need_codes, cum_weights=need_cw)[0]
                detail = ""
                if need == "interpreter":
                    language = CULTURES[person.culture].language
                    if language is None:
                        need = "large_print" if old else "evening_weekend"
                    else:
                        detail = language
                elif need == "other":
                    detail = demo.pick(OTHER_NEEDS)
                needs.setdefault(need, detail)
            for need, detail in needs.items():
                need_rows.append(
                    {
                        "id": demo.next_id("support_needs"),
                        "person_id": person.id,
                        "need": need,
                        "detail": detail,
                    }
                )
            demo.support[index] = list(needs)
    demo.write(PersonTopic, topic_rows)
    demo.write(SupportNeed, need_rows)

"""Two officers at once: what the window's poll for other officers' changes costs, and
what the version check adds to a save.

Run by run.py (``--only team``) on the demo database. Targets: a poll tick well under
a millisecond (it runs every 3 seconds on the GUI thread and must never cost a
keystroke), a guarded save within a millisecond or two of an unguarded one. Each figure
comes with its floor from the same run (a bare ``SELECT 1``; the same save without the
check), since the machine is shared and timings are noisy: compare the ratios.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

LABELS: dict[str, str] = {
    "team_poll_ms": "Poll tick (generation + who changed it), 200k audit entries, median of 500",
    "team_poll_floor_ms": "Floor for the poll: SELECT 1 on a read session, median of 500",
    "team_save_guarded_ms": "Person save with the version check, median of 100",
    "team_save_plain_ms": "Person save without it (floor), median of 100",
}


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def measure_team(bench: Any) -> dict[str, Any]:
    """The poll tick and the guarded save, each beside its floor."""
    from sqlalchemy import func, insert, select, text

    from engagement_desktop.services.audit.changes import changed_by_others, generation
    from engagement_desktop.services.people.people import edit_person
    from engagement_desktop.store import versions
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import AuditEntry, Person

    store = open_store(bench.db, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    try:
        # A busy team's trail: 200,000 entries (the demo's bulk load writes few).
        with store.transaction() as session:
            session.execute(
                insert(AuditEntry),
                [
                    {"actor": f"Officer {n % 3}", "action": "person.edit",
                     "table_name": "people", "record_id": n % 1000 + 1}
                    for n in range(200_000)
                ],
            )  # fmt: skip
        with store.session() as session:
            entries = session.execute(select(func.count(AuditEntry.id))).scalar()
            person_id = session.execute(select(func.min(Person.id))).scalar()
        print(f"  {entries:,} audit entries")
        poll, floor = [], []
        for _ in range(500):
            started = time.perf_counter()
            with store.session() as session:
                seen = generation(session)
                changed_by_others(session, seen - 50, "benchmark")
            poll.append(time.perf_counter() - started)
            started = time.perf_counter()
            with store.session() as session:
                session.execute(text("SELECT 1")).scalar()
            floor.append(time.perf_counter() - started)
        figures["team_poll_ms"] = _median_ms(poll)
        figures["team_poll_floor_ms"] = _median_ms(floor)
        guarded, plain = [], []
        for n in range(100):
            with store.session() as session:
                version = versions.current(session, "people", person_id)
            started = time.perf_counter()
            with versions.expecting("people", person_id, version):
                edit_person(store, person_id, {"known_as": f"G{n}"})
            guarded.append(time.perf_counter() - started)
            started = time.perf_counter()
            edit_person(store, person_id, {"known_as": f"P{n}"})
            plain.append(time.perf_counter() - started)
        figures["team_save_guarded_ms"] = _median_ms(guarded)
        figures["team_save_plain_ms"] = _median_ms(plain)
    finally:
        store.close()
    return figures

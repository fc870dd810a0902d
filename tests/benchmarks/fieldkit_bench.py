"""The field kit: taking a 500-person event out in a pack and bringing it back.

Run by run.py (``--only fieldkit``) on the demo database. The event's register is 500
people; at the door 400 are checked in and 30 walk-ins added (5 of them people already
on the register, found as likely duplicates and kept apart). Figures: the export (the
pack written, the rest of the register by name only) and the merge (one transaction).
The machine is shared, so a floor is measured in the same run: making an empty
database with the program's migrations, which every pack starts with.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

LABELS: dict[str, str] = {
    "fieldkit_export_s": "Field kit: export a 500-person event ({people:,} on the register)",
    "fieldkit_merge_s": "Field kit: bring it back (400 check-ins, 30 walk-ins)",
    "fieldkit_floor_s": "Field kit floor: an empty database made by the migrations",
    "fieldkit_pack_mb": "Field kit: pack size",
}


def measure_fieldkit(bench: Any) -> dict[str, Any]:
    """Export and merge of a pack for one 500-person event."""
    from sqlalchemy import select

    from engagement_desktop.services.events import checkin, events
    from engagement_desktop.services.events.invitations import invite
    from engagement_desktop.services.fieldkit.decisions import Resolutions
    from engagement_desktop.services.fieldkit.merge import merge_pack
    from engagement_desktop.services.fieldkit.pack import export_pack
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import EventType, Person

    folder = Path(bench.folder)
    figures: dict[str, Any] = {}
    started = time.perf_counter()
    open_store(str(folder / "fieldkit-floor.sqlite"), actor="benchmark").close()
    figures["fieldkit_floor_s"] = round(time.perf_counter() - started, 2)
    store = open_store(bench.db, actor="benchmark", verify=False)
    try:
        with store.session() as session:
            meeting = session.scalar(select(EventType.id).order_by(EventType.id).limit(1))
            people = session.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.postcode)
                .where(Person.archived.is_(False))
                .order_by(Person.id)
                .limit(505)
            ).all()
        event = events.save_event(
            store,
            None,
            {
                "title": "Field kit benchmark fun day",
                "event_type_id": meeting,
                "starts_at": datetime.now().replace(microsecond=0) + timedelta(days=2),
            },
        ).id
        invite(store, event, person_ids=[p.id for p in people[:500]])
        pack_path = folder / "fieldkit-pack.sqlite"
        pack_path.unlink(missing_ok=True)
        started = time.perf_counter()
        export_pack(store, [event], pack_path)
        figures["fieldkit_export_s"] = round(time.perf_counter() - started, 2)
        figures["fieldkit_pack_mb"] = round(pack_path.stat().st_size / 1e6, 1)
        pack = open_store(str(pack_path), actor="field.officer")
        try:
            for person in people[:400]:
                checkin.check_in(pack, event, person.id, confirmed=True)
            for n in range(25):
                checkin.add_walk_in(
                    pack,
                    event,
                    {"first_name": f"Walkin{n}", "last_name": "Visitor", "postcode": "PE1 1AA"},
                    hold_data=True,
                )
            for person in people[500:505]:  # already on the register at home
                fields = {
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "postcode": person.postcode,
                }
                checkin.add_walk_in(pack, event, fields, hold_data=True)
        finally:
            pack.close()
        started = time.perf_counter()
        report = merge_pack(store, pack_path, resolutions=Resolutions(duplicates_default="apart"))
        figures["fieldkit_merge_s"] = round(time.perf_counter() - started, 2)
        ratio = figures["fieldkit_export_s"] / max(figures["fieldkit_floor_s"], 0.01)
        print(
            f"  merged {report.attendance} marks, {report.walk_ins} walk-ins, "
            f"{len(report.duplicates)} likely duplicates kept apart; export "
            f"{ratio:.1f}x the floor"
        )
    finally:
        store.close()
    return figures

"""Demo areas: wider areas, then the estates and sheltered schemes inside them, with streets.

Each estate keeps its streets and postcodes so the people built next get
addresses that look like the same place.
"""

from __future__ import annotations

from typing import Any

from engagement_desktop.services.demo.context import Demo
from engagement_desktop.services.demo.names import INWARD_LETTERS
from engagement_desktop.store.models import Area


def build_areas(demo: Demo) -> None:
    """Wider areas, then the estates and sheltered schemes inside them."""
    estates = demo.profile.estates
    count = min(len(estates), max(4, 3 + demo.size // 2500))
    chosen = estates[:count]
    parents: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for spec in chosen:
        if spec.parent not in parents:
            parents[spec.parent] = demo.next_id("areas")
            rows.append(_area_row(demo, parents[spec.parent], spec.parent, "area", None))
    used_streets: set[str] = set()
    for spec in chosen:
        area_id = demo.next_id("areas")
        rows.append(_area_row(demo, area_id, spec.name, spec.kind, parents[spec.parent]))
        streets = []
        for _ in range(2 if spec.kind == "scheme" else demo.rng.randint(4, 6)):
            name = demo.pick([s for s in demo.profile.streets if s not in used_streets])
            used_streets.add(name)
            inward = [inward_code(demo) for _ in range(demo.rng.randint(2, 4))]
            streets.append((name, inward))
        demo.estates.append(
            {
                "id": area_id,
                "name": spec.name,
                "kind": spec.kind,
                "outward": spec.outward,
                "town": spec.town,
                "weight": spec.weight,
                "streets": streets,
                "block": demo.pick(demo.profile.blocks),
            }
        )
    demo.areas = rows
    demo.write(Area, rows)


def _area_row(demo: Demo, area_id: int, name: str, kind: str, parent: int | None) -> dict:
    return {
        "id": area_id,
        "uuid": demo.uuid(),
        "name": name,
        "kind": kind,
        "parent_id": parent,
        "archived": False,
        "created_at": demo.cal.loaded_at,
        "updated_at": demo.cal.loaded_at,
    }


def inward_code(demo: Demo) -> str:
    letters = INWARD_LETTERS
    return f"{demo.rng.randint(1, 9)}{demo.pick(letters)}{demo.pick(letters)}"

"""Estates and areas: the list people, events and groups are placed in, kept tidy.

An import makes an estate for each spelling it meets, and an officer adding people by
hand needs one to choose. So estates can be added, renamed (a typo, or the landlord
renaming a scheme) and merged: "Oakfeild" into "Oakfield" moves everyone, every event
and every group placed in the one to the other and removes it, in one transaction.
Names are unique whatever their capitals or accents (as an import matches them), so
the list never holds the same estate twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import required_text
from engagement_desktop.services.common.wording import plural
from engagement_desktop.services.people.people import fold
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, BaseProfileRow, Event, Group, Person, Target

#: What an area can be, as the list and the person's record name them.
KINDS: dict[str, str] = {"estate": "Estate", "scheme": "Scheme", "area": "Area"}
NAME_LIMIT = 120
AREA_FIELDS = ("name", "kind", "parent_id")


@dataclass(frozen=True)
class AreaRow:
    """One estate or area and how much is placed in it."""

    id: int
    name: str
    kind: str
    within: str | None  # the wider area it sits in
    within_id: int | None
    people: int
    events: int
    groups: int

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind.title())


@dataclass(frozen=True)
class Merged:
    """What moved from the merged estate to the one kept."""

    kept: str
    removed: str
    people: int
    events: int
    groups: int

    def describe(self) -> str:
        moved = placed(self.people, self.events, self.groups)
        return f"{self.removed} is merged into {self.kept}: {moved} moved."


def placed(people: int, events: int, groups: int) -> str:
    """ "1 person, 0 events and 2 groups" """
    return (
        f"{plural(people, 'person', 'people')}, {plural(events, 'event')} and "
        f"{plural(groups, 'group')}"
    )


def area_rows(session: Session) -> list[AreaRow]:
    """Every estate and area by name, with the people (archived too), events and groups
    placed in it: a merge moves them all."""
    counts = {
        model: dict(
            session.execute(
                select(model.area_id, func.count())
                .where(model.area_id.is_not(None))
                .group_by(model.area_id)
            ).all()
        )
        for model in (Person, Event, Group)
    }
    names = dict(session.execute(select(Area.id, Area.name)).all())
    return [
        AreaRow(
            area.id,
            area.name,
            area.kind,
            names.get(area.parent_id) if area.parent_id else None,
            area.parent_id,
            counts[Person].get(area.id, 0),
            counts[Event].get(area.id, 0),
            counts[Group].get(area.id, 0),
        )
        for area in session.scalars(select(Area).order_by(func.lower(Area.name), Area.id))
    ]


def _name(session: Session, value: object, keep: int | None = None) -> str:
    """A clean name no other area has, whatever its capitals."""
    try:
        name = required_text(value, NAME_LIMIT)
    except ValueError as exc:
        raise ValidationError({"name": str(exc)}) from None
    key = fold(name)  # as an import matches an estate: "Cafe" is "Café", in any capitals
    for other_id, other in session.execute(select(Area.id, Area.name)):
        if other_id != keep and fold(other) == key:
            raise ValidationError(
                {"name": f"there is already an estate or area called '{other}' (merge into it)"}
            )
    return name


def _kind(value: object) -> str:
    kind = str(value or "estate")
    if kind not in KINDS:
        raise ValidationError({"kind": f"is one of {', '.join(KINDS.values())}"})
    return kind


#: What a rename or merge of an estate gone since the list was read says.
GONE = (
    "That estate or area is no longer on the list: someone may have merged it into "
    "another since this list was read. Look at the list again."
)


def _area(session: Session, area_id: int | None) -> Area:
    area = session.get(Area, area_id) if area_id is not None else None
    if area is None:
        raise NotFound(GONE)
    return area


def _parent(session: Session, parent_id: int | None, area: Area | None = None) -> int | None:
    """The wider area an estate sits in: one on the list, and never itself nor one of
    the estates inside it (the list would go round in a circle)."""
    if parent_id is None:
        return None
    parent = _area(session, parent_id)
    if area is not None and parent.id == area.id:
        raise ValidationError({"within": "is this estate itself: choose a wider area"})
    up: Area | None = parent
    seen: set[int] = set()
    while up is not None and area is not None and up.id not in seen:
        seen.add(up.id)
        if up.id == area.id:
            raise ValidationError(
                {"within": f"{parent.name} is inside {area.name}: choose a wider area"}
            )
        up = session.get(Area, up.parent_id) if up.parent_id is not None else None
    return parent.id


def within_choices(session: Session, area_id: int | None = None) -> list[tuple[int, str]]:
    """The areas an estate (``area_id``, or a new one) could sit in, by name."""
    rows = session.execute(select(Area.id, Area.name, Area.parent_id)).all()
    parents = {row.id: row.parent_id for row in rows}

    def inside(candidate: int) -> bool:  # the estate itself, or one within it
        seen: set[int] = set()
        step: int | None = candidate
        while step is not None and step not in seen:
            if step == area_id:
                return True
            seen.add(step)
            step = parents.get(step)
        return False

    return sorted(
        ((row.id, row.name) for row in rows if area_id is None or not inside(row.id)),
        key=lambda pair: (pair[1].casefold(), pair[0]),
    )


def add_area(store: Store, name: str, kind: str = "estate", parent_id: int | None = None) -> Area:
    with store.transaction() as session:
        area = Area(
            name=_name(session, name), kind=_kind(kind), parent_id=_parent(session, parent_id)
        )
        session.add(area)
        session.flush()
        audit.record(
            session,
            store.actor,
            "area.add",
            "areas",
            area.id,
            audit.created(audit.snapshot(area, AREA_FIELDS)),
            record_uuid=area.uuid,
        )
    return area


#: ``rename_area``'s parent_id when the estate stays where it is.
STAYS = -1


def rename_area(
    store: Store, area_id: int, name: str, kind: str | None = None, parent_id: int | None = STAYS
) -> Area:
    """A new name (and, if given, kind and the wider area it is in); everything placed
    in it stays."""
    with store.transaction() as session:
        area = _area(session, area_id)
        before = audit.snapshot(area, AREA_FIELDS)
        old_name = area.name
        area.name = _name(session, name, keep=area.id)
        area.kind = _kind(kind or area.kind)
        if parent_id != STAYS:
            area.parent_id = _parent(session, parent_id, area)
        _rekey(session, old_name, area.name)
        changes = audit.diff(before, audit.snapshot(area, AREA_FIELDS))
        if changes:
            audit.record(
                session,
                store.actor,
                "area.change",
                "areas",
                area.id,
                changes,
                record_uuid=area.uuid,
            )
    return area


def _rekey(session: Session, old: str, new: str) -> None:
    """What is kept by an estate's name follows it: the customer profile's estate counts
    (added together when two merge) and the Board's estate targets (the one kept wins)."""
    if old == new:
        return
    rows = {
        row.category: row
        for row in session.scalars(
            select(BaseProfileRow).where(
                BaseProfileRow.dimension == "area", BaseProfileRow.category.in_([old, new])
            )
        )
    }
    if old in rows and new in rows:
        rows[new].count += rows[old].count
        session.delete(rows[old])
    elif old in rows:
        rows[old].category = new
    for target in session.scalars(select(Target).where(Target.measure == f"area:{old}")):
        kept = session.scalar(
            select(Target).where(Target.year == target.year, Target.measure == f"area:{new}")
        )
        if kept is None:
            target.measure = f"area:{new}"
        else:
            session.delete(target)
    session.flush()


def merge_areas(store: Store, area_id: int, into_id: int) -> Merged:
    """Move everything placed in ``area_id`` to ``into_id`` and remove ``area_id``."""
    if area_id == into_id:
        raise ValidationError({"into": "choose another estate or area to merge into"})
    with store.transaction() as session:
        gone, kept = _area(session, area_id), _area(session, into_id)
        moved = {}
        placed = {  # kept in the audit entry, so a wrong merge can be traced and undone
            model.__tablename__: list(
                session.scalars(select(model.id).where(model.area_id == gone.id).order_by(model.id))
            )
            for model in (Person, Event, Group)
        }
        for model in (Person, Event, Group):
            # A new version each: a form opened before the merge cannot put one back.
            result = session.execute(
                update(model)
                .where(model.area_id == gone.id)
                .values(area_id=kept.id, version=model.version + 1)
                .execution_options(synchronize_session=False)
            )
            moved[model] = getattr(result, "rowcount", 0) or 0
        # The estates inside the one removed go inside the one kept; but when the one kept
        # was itself inside it (an area merged into one of its estates), they all stay a
        # level up, where the area was, rather than going inside an estate.
        home = gone.parent_id if kept.parent_id == gone.id else kept.id
        if kept.parent_id == gone.id:
            kept.parent_id = gone.parent_id
        session.execute(
            update(Area).where(Area.parent_id == gone.id, Area.id != kept.id).values(parent_id=home)
        )
        _rekey(session, gone.name, kept.name)
        merged = Merged(kept.name, gone.name, moved[Person], moved[Event], moved[Group])
        session.flush()
        session.delete(gone)
        audit.record(
            session,
            store.actor,
            "area.merge",
            "areas",
            kept.id,
            {"merged": [gone.name, None], **{t: [ids, None] for t, ids in placed.items()}},
            record_uuid=kept.uuid,
            summary=merged.describe(),
        )
    return merged

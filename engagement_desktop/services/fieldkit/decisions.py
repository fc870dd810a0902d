"""What bringing a pack back found, and what the officer decided about it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Duplicate:
    walk_in: str  # the walk-in's uuid
    name: str
    postcode: str | None
    candidates: list[dict[str, Any]]  # {"person_id", "name", "postcode", "reference", "reason"}


@dataclass
class Conflict:
    key: str  # "attendance:<uuid>" or "person:<uuid>"
    what: str
    office: dict[str, Any]
    pack: dict[str, Any]


@dataclass
class Resolutions:
    """The officer's choices: a walk-in's uuid -> a register person's id (the same
    person) or "apart"; a conflict's key -> "office" or "pack". ``duplicates`` and
    ``conflicts`` answer every item not named."""

    walk_ins: dict[str, int | str] = field(default_factory=dict)
    conflicts: dict[str, str] = field(default_factory=dict)
    duplicates_default: str | None = None  # "same" (the first candidate) / "apart"
    conflicts_default: str | None = None  # "office" / "pack"


@dataclass
class MergeReport:
    pack_id: str
    attendance: int = 0
    walk_ins: int = 0
    matched_existing: int = 0
    consents: int = 0
    votes: int = 0
    claims: int = 0
    people_updated: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    undecided: int = 0
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        found = asdict(self)
        return found

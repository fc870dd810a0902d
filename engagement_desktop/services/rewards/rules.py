"""Points rules per event type and role, dated so a change never rewrites the past.

Changing a rule ends the old one the day before and starts a new one: awards
already made keep the points of the rule that made them. The Rules screen lists them
as :class:`RuleRow` (:func:`rule_rows`), codes already in the officer's words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.checks import choice, get_or_404, optional_text
from engagement_desktop.services.common.validation import day_problem
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import EventType, RewardRule

RULE_FIELDS = (
    "event_type_id",
    "role",
    "basis",
    "points",
    "step_minutes",
    "bonus_code",
    "annual_cap",
    "effective_from",
    "effective_to",
    "description",
)


def points_for(rule: RewardRule, minutes: int | None) -> int:
    """Fixed points, or points per hour counted in whole steps (15 minutes by default)."""
    if rule.basis == "per_hour":
        steps = (minutes or 0) // rule.step_minutes
        return rule.points * steps * rule.step_minutes // 60
    return rule.points


def rules_on(session: Session, event_type_id: int, role: str, day: date) -> list[RewardRule]:
    """Rules in force on ``day`` for this event type and role: the type's own
    rule (a role-specific one beats an any-role one) plus any bonus for the role."""
    candidates = session.scalars(
        select(RewardRule)
        .where(
            RewardRule.effective_from <= day,
            (RewardRule.effective_to.is_(None)) | (RewardRule.effective_to >= day),
        )
        .order_by(RewardRule.id)
    ).all()
    base = [r for r in candidates if r.basis != "bonus" and r.event_type_id == event_type_id]
    specific = [r for r in base if r.role == role]
    chosen = specific[:1] or [r for r in base if r.role is None][:1]
    bonuses = [
        r
        for r in candidates
        if r.basis == "bonus" and r.role == role and r.event_type_id in (None, event_type_id)
    ]
    return chosen + bonuses


def earning(rule: RewardRule) -> tuple[object, ...]:
    """What a rule pays for, whichever version of it: a rule changed from a date is a new
    rule for the same earning, so a yearly cap counts the points of every version."""
    return (rule.basis == "bonus", rule.event_type_id, rule.role)


def same_earning(session: Session, rule: RewardRule) -> list[int]:
    """The ids of every rule (this one, the ones it replaced or that replaced it) paying
    for the same thing as ``rule``."""
    return [r.id for r in session.scalars(select(RewardRule)) if earning(r) == earning(rule)]


def _validate(session: Session, data: Mapping[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    try:
        clean["basis"] = choice(data.get("basis") or "per_attendance", vocab.REWARD_BASES)
    except ValueError as exc:
        errors["basis"] = str(exc)
    role = data.get("role")
    if role not in (None, ""):
        try:
            # a part played on an event's register: a rule for any other could never award
            clean["role"] = choice(role, vocab.ATTENDANCE_ROLES)
        except ValueError as exc:
            errors["role"] = str(exc)
    else:
        clean["role"] = None
    for name, minimum in (("points", 1), ("step_minutes", 1)):
        value = data.get(name, 15 if name == "step_minutes" else None)
        if not isinstance(value, int) or value < minimum:
            errors[name] = f"must be a whole number of at least {minimum}"
        else:
            clean[name] = value
    cap = data.get("annual_cap")
    if cap not in (None, "") and (not isinstance(cap, int) or cap < 1):
        errors["annual_cap"] = "must be a whole number of at least 1, or empty for no cap"
    clean["annual_cap"] = cap or None
    type_id = data.get("event_type_id")
    if type_id not in (None, "") and session.get(EventType, int(type_id)) is None:
        errors["event_type_id"] = "does not exist"
    clean["event_type_id"] = int(type_id) if type_id not in (None, "") else None
    if clean.get("basis") != "bonus" and clean["event_type_id"] is None:
        errors["event_type_id"] = "choose the kind of event the points are for"
    unnamed = clean.get("role") is None and "role" not in errors and not data.get("bonus_code")
    if clean.get("basis") == "bonus" and unnamed:
        errors["role"] = "a bonus is for a role (e.g. Chair) or a named contribution"
    start = data.get("effective_from") or date.today()
    end = data.get("effective_to")
    for name, day in (("effective_from", start), ("effective_to", end)):
        if why := day_problem(day, done=False):  # a rule from 0001 would rewrite history
            errors[name] = why
    if end is not None and end < start and "effective_to" not in errors:
        errors["effective_to"] = "is before the rule starts"
    clean["effective_from"], clean["effective_to"] = start, end
    clean["bonus_code"] = optional_text(data.get("bonus_code"), 40)
    clean["description"] = optional_text(data.get("description"), 200)
    if errors:
        raise ValidationError(errors)
    return clean


def add_rule(store: Store, data: Mapping[str, Any]) -> RewardRule:
    with store.transaction() as session:
        rule = RewardRule(**_validate(session, data))
        session.add(rule)
        session.flush()
        audit.record(
            session,
            store.actor,
            "reward_rule.add",
            "reward_rules",
            rule.id,
            audit.created(audit.snapshot(rule, RULE_FIELDS)),
            record_uuid=rule.uuid,
        )
    return rule


def change_rule(store: Store, rule_id: int, data: Mapping[str, Any], from_day: date) -> RewardRule:
    """End a rule the day before ``from_day`` and start its replacement then."""
    with store.transaction() as session:
        old = get_or_404(session, RewardRule, rule_id, "points rule")
        if from_day <= old.effective_from:
            raise ValidationError({"effective_from": "must be after the old rule started"})
        merged = {name: getattr(old, name) for name in RULE_FIELDS} | dict(data)
        merged["effective_from"], merged["effective_to"] = from_day, old.effective_to
        new = RewardRule(**_validate(session, merged))
        old.effective_to = from_day - timedelta(days=1)
        session.add(new)
        session.flush()
        audit.record(
            session,
            store.actor,
            "reward_rule.change",
            "reward_rules",
            new.id,
            {"replaces": [None, old.id], **audit.created(audit.snapshot(new, RULE_FIELDS))},
            record_uuid=new.uuid,
        )
    return new


# --- the rules as the Rules screen lists them ---------------------------------------------


@dataclass(frozen=True)
class RuleRow:
    id: int
    event_type_id: int | None
    event_type: str
    role: str | None
    role_label: str
    basis: str
    points: int
    step_minutes: int
    bonus_code: str | None
    annual_cap: int | None
    effective_from: date
    effective_to: date | None
    description: str | None

    @property
    def basis_label(self) -> str:
        return vocab.REWARD_BASES.get(self.basis, self.basis)

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or self.effective_to >= day
        )


#: The roles a rule can be for: the parts played on a register, which its points follow.
ROLES: dict[str, str] = vocab.ATTENDANCE_ROLES


def rule_rows(
    session: Session, *, include_ended: bool = False, today: date | None = None
) -> list[RuleRow]:
    """Rules by event type, newest first within a type; ended ones only when asked."""
    day = today or date.today()
    query = (
        select(RewardRule, EventType.name)
        .outerjoin(EventType, EventType.id == RewardRule.event_type_id)
        .order_by(
            func.coalesce(EventType.name, ""),
            RewardRule.role,
            RewardRule.effective_from.desc(),
            RewardRule.id,
        )
    )
    if not include_ended:
        query = query.where((RewardRule.effective_to.is_(None)) | (RewardRule.effective_to >= day))
    rows = []
    for rule, type_name in session.execute(query):
        rows.append(
            RuleRow(
                rule.id,
                rule.event_type_id,
                type_name or "Any event",
                rule.role,
                # an older rule may name a group office no register records: named all the same
                {**vocab.MEMBERSHIP_ROLES, **ROLES}.get(rule.role, rule.role)
                if rule.role
                else "Any role",
                rule.basis,
                rule.points,
                rule.step_minutes,
                rule.bonus_code,
                rule.annual_cap,
                rule.effective_from,
                rule.effective_to,
                rule.description,
            )
        )
    return rows


def event_type_choices(session: Session) -> dict[int, str]:
    rows = session.execute(select(EventType.id, EventType.name).order_by(EventType.name))
    return {type_id: name for type_id, name in rows}

"""Landlord-wide settings kept with the data (landlord name, scheme year, conversion table).

Window and screen preferences are not here: they belong to one laptop and
live in QSettings (gui/settings.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop import paths
from engagement_desktop.errors import EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.validation import MAX_YEAR, MIN_YEAR
from engagement_desktop.services.common.wording import MONTH_NAMES
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Setting

#: Retention periods (services/privacy/retention.py): default, least, most.
RETENTION_PERIODS: dict[str, tuple[int, int, int]] = {
    "retention_one_off_years": (3, 1, 50),  # one-off contacts with no activity
    "retention_member_years": (6, 1, 50),  # involved members after they leave
    "retention_import_changes_days": (90, 1, 3650),  # what an import changed (for undo)
    "retention_audit_years": (6, 1, 50),  # old and new values in the audit trail
    "consent_refresh_years": (2, 1, 20),  # a consent older than this is renewed
}

DEFAULTS: dict[str, Any] = {
    "landlord_name": "",
    # Who prepares the reports: "Prepared by ..." on covers (the account name if unset).
    "officer_name": "",
    "landlord_logo": "",  # path to a PNG/JPEG for report covers
    "scheme_year_start": "04-01",
    "report_year_start": "04-01",
    "homes_count": 0,
    # Spreadsheets bigger than this are refused before they are read (imports).
    "import_max_mb": 50,
    "under_representation_points": 5,
    "small_number_minimum": 5,
    # A database protected by a passphrase covers its windows after this long unused.
    "lock_after_idle_minutes": 10,
    # Reward points -> money at the year end: "steps" converts whole blocks of
    # `step_points` at `pence_per_point`; the remainder carries over.
    "reward_conversion": {"pence_per_point": 100, "minimum_points": 50, "step_points": 50},
    **{key: value for key, (value, _least, _most) in RETENTION_PERIODS.items()},
    # Money (services/budget): on-costs that turn spend into the true cost, and the
    # landlord's own value of an hour volunteered (shown apart from money spent).
    "staff_on_cost_percent": 0,  # employer's NI, pension ... on top of staff time
    "overheads_pence_per_year": 0,  # office, IT, management share, spread over the year
    "volunteer_hour_value_pence": 0,
    "volunteer_hour_value_source": "",  # where the figure comes from, printed beside it
    # What the landlord spends a year on services customers see: the denominator of
    # the share of budgets customers control (services/budget/controlled.py).
    "customer_facing_pence_per_year": 0,
    # Where automatic backups go (a USB stick, a network share); "" = backups in the data folder.
    "backup_folder": "",
    # Mailings (services/mailings): the letterhead's lines under the landlord's name
    # (address, phone, email), the sign-off above the officer's name, the officer's
    # email address for drafts, and how many addresses go in one BCC batch.
    "letterhead": "",
    "letter_sign_off": "Yours sincerely,",
    "mailing_from_email": "",
    "mailing_bcc_batch": 50,
    # Which regulator the landlord answers to (england, scotland, wales): its measure set
    # (services/surveys/measure_sets.py REGIMES) is the one reports name; imports still
    # recognise any set from the questions' wording, this only breaks a tie.
    "regulator": "england",
}
REGULATORS = ("england", "scotland", "wales")


def get_setting(session: Session, key: str) -> Any:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return DEFAULTS.get(key) if value is None else value


def report_logo(session: Session) -> Path | None:
    """The logo for report covers: the setting, else logo.png in the data folder, if there."""
    setting = get_setting(session, "landlord_logo")
    logo = Path(setting) if setting else paths.data_dir() / "logo.png"
    return logo if logo.is_file() else None


def all_settings(session: Session) -> dict[str, Any]:
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    return {**DEFAULTS, **stored}


def save_settings(
    store: Store, given: Mapping[str, Any], seen: Mapping[str, Any] | None = None
) -> None:
    """Change some settings in one transaction, audited. ``seen``: the settings as the
    officer's form showed them (:func:`all_settings` when it opened). Then only what they
    changed is written, and a setting another officer changed meanwhile is not written
    over without a word: it is refused beside its field, saying what it is now, and
    saving again (with ``seen`` brought up to date) puts theirs in its place."""
    values = dict(given)
    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise ValidationError({k: "is not a setting" for k in sorted(unknown)})
    errors: dict[str, str] = {}
    for key in ("scheme_year_start", "report_year_start"):
        if key in values:
            try:
                month, day = typed_month_day(values[key])
            except ValueError as exc:
                errors[key] = str(exc)
            else:
                values[key] = f"{month:02d}-{day:02d}"  # stored one way, however typed
    bounds = [
        ("homes_count", 0, 10_000_000),
        ("import_max_mb", 1, 2000),
        ("lock_after_idle_minutes", 1, 240),
        ("mailing_bcc_batch", 1, 500),
        ("overheads_pence_per_year", 0, 10_000_000_00),
        ("customer_facing_pence_per_year", 0, 10_000_000_000_00),
        ("volunteer_hour_value_pence", 0, 100_000),
    ]
    bounds += [(key, least, most) for key, (_v, least, most) in RETENTION_PERIODS.items()]
    for key, least, most in bounds:
        if key in values and (
            isinstance(values[key], bool)
            or not isinstance(values[key], int)
            or not least <= values[key] <= most
        ):
            errors[key] = f"is a whole number from {least:,} to {most:,}"
    if "officer_name" in values and (
        not isinstance(values["officer_name"], str) or len(values["officer_name"]) > 120
    ):
        errors["officer_name"] = "is a name of up to 120 characters"
    for key, most in (("letterhead", 400), ("letter_sign_off", 200), ("mailing_from_email", 254)):
        if key in values and (not isinstance(values[key], str) or len(values[key]) > most):
            errors[key] = f"is text of up to {most} characters"
    percent = values.get("staff_on_cost_percent")
    if percent is not None and (
        isinstance(percent, bool) or not isinstance(percent, int | float) or not 0 <= percent <= 200
    ):
        errors["staff_on_cost_percent"] = "is a percentage from 0 to 200"
    source = values.get("volunteer_hour_value_source")
    if source is not None and (not isinstance(source, str) or len(source) > 300):
        errors["volunteer_hour_value_source"] = "is a note of up to 300 characters"
    if "regulator" in values and values["regulator"] not in REGULATORS:
        errors["regulator"] = f"is one of {', '.join(REGULATORS)}"
    folder = values.get("backup_folder")
    if folder is not None and (
        not isinstance(folder, str) or (folder.strip() and not Path(folder).expanduser().is_dir())
    ):
        errors["backup_folder"] = "is not a folder that exists (leave it empty for the default)"
    if errors:
        raise ValidationError(errors)
    with store.transaction() as session:
        changes, conflicts = {}, {}
        for key, value in values.items():
            row = session.get(Setting, key)
            old = row.value if row else DEFAULTS[key]
            if old == value or (seen is not None and seen.get(key) == value):
                continue  # as it is, or not changed in this form: another's change stays
            if seen is not None and seen.get(key, old) != old:
                conflicts[key] = (
                    f"someone else changed this to “{_shown(key, old)}” since you opened it: "
                    "save again to put yours in its place"
                )
                continue
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            changes[key] = [old, value]
        if conflicts:
            raise ValidationError(conflicts)
        if changes:
            audit.record(session, store.actor, "settings.edit", "settings", None, changes)


def _shown(key: str, value: Any) -> str:
    """A stored setting as the officer's form shows it ("1 April", not 04-01)."""
    if key.endswith("_year_start"):
        return day_and_month(value)
    return "(empty)" if value in ("", None) else f"{value:,}" if type(value) is int else str(value)


_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?", re.IGNORECASE)


def month_day(text: Any) -> tuple[int, int]:
    """'04-01' (as stored) or '1 April' / '1 Apr' (as a UK reader writes it) -> (4, 1);
    the start of a scheme or report year."""
    clean = str(text).strip()
    try:
        written = _DAY_MONTH.fullmatch(clean)
        if written:
            name = written.group(2).casefold()
            month = next(
                number
                for number, full in enumerate(MONTH_NAMES, start=1)
                if len(name) >= 3 and full.casefold().startswith(name)
            )
            day = int(written.group(1))
        else:
            month, day = (int(part) for part in clean.split("-"))
        date(2001, month, day)  # not a leap year: 29 February is refused
    except (StopIteration, TypeError, ValueError) as exc:
        raise ValueError(f"'{clean}' is not a day and month like 1 April") from exc
    return month, day


_DAY_SLASH_MONTH = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})")


def typed_month_day(text: Any) -> tuple[int, int]:
    """What an officer types for the start of a year -> (month, day): "1 April", or digits
    read day first as a UK reader writes them ("01/04", "1-4", "01-04" are all 1 April).
    Only the stored form is month first (:func:`month_day`); read that way, a typed
    "01-04" moved every report and scheme year to 4 January without a word."""
    clean = str(text).strip()
    digits = _DAY_SLASH_MONTH.fullmatch(clean)
    if not digits:
        return month_day(clean)
    day, month = int(digits.group(1)), int(digits.group(2))
    try:
        date(2001, month, day)  # not a leap year: 29 February is refused
    except ValueError as exc:
        raise ValueError(f"'{clean}' is not a day and month like 1 April") from exc
    return month, day


def day_and_month(start: Any) -> str:
    """'04-01' -> '1 April': how the start of a year is shown (04-01 reads as 4 January
    in the UK). Text that is not a month and day is shown as it is."""
    try:
        month, day = month_day(start)
    except ValueError:
        return str(start)
    return f"{day} {MONTH_NAMES[month - 1]}"


def year_starting(year: int, start: Any) -> tuple[date, date]:
    """The 12 months from ``start`` (MM-DD) in ``year``: (first day, last day)."""
    if not MIN_YEAR <= year <= MAX_YEAR:  # year 0 or 9999 has no calendar to run on
        raise EngagementError(
            f"{year} is not a year to report on: give the year it starts in, e.g. 2026."
        )
    month, day = month_day(start)
    first = date(year, month, day)
    following = date(year + 1, month, day)
    return first, date.fromordinal(following.toordinal() - 1)


def year_of(day: date, start: Any) -> int:
    """The scheme year a day belongs to, named by the calendar year it starts in."""
    month, first_day = month_day(start)
    return day.year if (day.month, day.day) >= (month, first_day) else day.year - 1

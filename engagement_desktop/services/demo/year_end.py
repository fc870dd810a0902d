"""Demo year ends: each ended scheme year's points become vouchers, donations or rent credits.

Run as the officer would, three weeks into the next scheme year, with the
scheme's own conversion table from the settings: whole steps convert, spare
points carry over, a few members choose to carry their whole balance over
(listed in the run's record, as the year-end wizard keeps it). A year ended
less than three weeks ago has not been run yet.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.common.settings import get_setting
from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.services.demo.ledger import ledger_entry
from engagement_desktop.services.demo.names import CHARITIES
from engagement_desktop.services.rewards.year_end import RUNS_KEY, Conversion

RUN_AFTER_DAYS = 20
#: (choice, odds): most take a voucher, some donate, a few credit rent or carry over.
CHOICES = (("voucher", 0.84), ("donation", 0.10), ("rent_credit", 0.02), ("carry_over", 0.04))
VOUCHERS = "Love2shop"


def conversion_day(demo: Demo, year: int) -> date:
    """The day the year-end run for scheme year ``year`` was (or will be) done."""
    return demo.cal.start_of(year + 1) + timedelta(days=RUN_AFTER_DAYS)


def convert_ended_years(demo: Demo, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Append each run's ledger debits to ``entries``; return the payouts and note the runs."""
    conversion = Conversion.from_setting(get_setting(demo.session, "reward_conversion"))
    runs: dict[str, Any] = {}
    payouts: list[dict[str, Any]] = []
    for year in demo.cal.ended_years:
        day = conversion_day(demo, year)
        if day > demo.cal.today:
            continue
        payouts += _run(demo, year, day, entries, conversion, runs)
    demo.settings[RUNS_KEY] = runs
    return payouts


def _run(
    demo: Demo,
    year: int,
    day: date,
    entries: list[dict[str, Any]],
    conversion: Conversion,
    runs: dict[str, Any],
) -> list[dict[str, Any]]:
    rng = demo.rng
    end = demo.cal.start_of(year + 1) - timedelta(days=1)
    latest = year == demo.cal.current - 1
    balance: dict[int, int] = {}
    for entry in entries:
        if entry["entry_date"] <= end:
            balance[entry["person_id"]] = balance.get(entry["person_id"], 0) + entry["points"]
    uuids = {p.id: p.uuid for p in demo.people}
    label = f"{year}/{(year + 1) % 100:02d}"
    carried: list[str] = []
    payouts = []
    for person_id in sorted(balance):
        points, value = conversion.convert(balance[person_id])
        if points <= 0:
            continue  # below the threshold: it all carries over
        kind = rng.choices([c for c, _ in CHOICES], weights=[w for _, w in CHOICES])[0]
        if kind == "carry_over":
            carried.append(uuids[person_id])
            continue
        provider = {"voucher": VOUCHERS, "donation": demo.pick(CHARITIES), "rent_credit": None}[
            kind
        ]
        pounds = f"£{value / 100:,.2f}"
        reason = {
            "voucher": f"Year-end conversion {label}: {pounds} {VOUCHERS} voucher",
            "donation": f"Year-end conversion {label}: {pounds} donated to {provider}",
            "rent_credit": f"Year-end conversion {label}: {pounds} credited to rent",
        }[kind]
        entry = ledger_entry(
            demo,
            person_id,
            day,
            -points,
            kind,
            reason,
            "year_end",
            f"year_end:{year}:" + uuids[person_id],
        )
        entry["scheme_year"] = year
        entries.append(entry)
        serial = None
        if kind == "voucher":
            serial = "-".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))
        handed = min(demo.cal.today, day + timedelta(days=rng.randint(5, 30)))
        payouts.append(
            {
                "id": demo.next_id("reward_payouts"),
                "uuid": demo.uuid(),
                "person_id": person_id,
                "_entry": entry,
                "scheme_year": year,
                "kind": kind,
                "value_pence": value,
                "provider": provider,
                "serial_number": serial,
                "handed_over_on": None if latest and rng.random() < 0.05 else handed,
                "notes": "Posted by recorded delivery"
                if kind == "voucher" and rng.random() < 0.3
                else None,
                "created_at": at(day, 14),
                "updated_at": at(day, 14),
            }
        )
    runs[str(year)] = {
        "carried_over": carried,
        "at": at(day, 14).isoformat(timespec="seconds"),
        "by": demo.officer(),
    }
    return payouts

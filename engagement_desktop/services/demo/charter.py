"""Demo Scottish Social Housing Charter surveys: two years of a Scottish landlord's returns.

The Charter's survey indicators (1, 2, 5, 7, 12, 13 and 25) are worded as the
Scottish Housing Regulator words them in its technical guidance for the Annual
Return on the Charter (ARC); each indicator has its own five-point scale and
indicator 12 is asked only of tenants who had a repair in the last 12 months.
Results sit around the landlord's 90% KPIs: overall service and repairs just
above, participation and value for money below. Involved members (on a group's
roll during fieldwork) answer the participation question more positively, as
the landlord hopes, so a breakdown by involvement has something to find.
"""

from __future__ import annotations

from datetime import date, timedelta

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.demo.context import Demo, add_months
from engagement_desktop.services.demo.surveys import (
    FIELDWORK_DAYS,
    FIELDWORK_FROM_MONTHS,
    write_survey,
)
from engagement_desktop.services.surveys.measure_sets import REGIMES, identify_set

#: The regulator's document the wordings and counting rules come from.
SOURCE = (
    "Scottish Housing Regulator, Scottish Social Housing Charter: "
    "Technical Guidance for Landlords (Annual Return on the Charter)"
)

_SATISFIED = ("Very satisfied", "Fairly satisfied")
_UNSATISFIED = ("Neither satisfied nor dissatisfied", "Fairly dissatisfied", "Very dissatisfied")
_GOOD = ("Very good", "Fairly good")
_POOR = ("Neither good nor poor", "Fairly poor", "Very poor")
_VALUE = ("Very good value", "Fairly good value")
_NOT_VALUE = ("Neither good nor poor value", "Fairly poor value", "Very poor value")

#: Code, wording as the regulator words it, the positive answers, the other answers.
INDICATORS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "I1",
        "Taking everything into account, how satisfied or dissatisfied are you with "
        "the overall service provided by {landlord}?",
        _SATISFIED,
        _UNSATISFIED,
    ),
    (
        "I2",
        "How good or poor do you feel {landlord} is at keeping you informed about "
        "their services and decisions?",
        _GOOD,
        _POOR,
    ),
    (
        "I5",
        "How satisfied or dissatisfied are you with the opportunities given to you to "
        "participate in {landlord}'s decision making processes?",
        _SATISFIED,
        _UNSATISFIED,
    ),
    (
        "I7",
        "Overall, how satisfied or dissatisfied are you with the quality of your home?",
        _SATISFIED,
        _UNSATISFIED,
    ),
    (
        "I12",
        "Thinking about the LAST time you had repairs carried out, how satisfied or "
        "dissatisfied were you with the repairs service provided by {landlord}?",
        _SATISFIED,
        _UNSATISFIED,
    ),
    (
        "I13",
        "Overall, how satisfied or dissatisfied are you with {landlord}'s contribution "
        "to the management of the neighbourhood you live in?",
        _SATISFIED,
        _UNSATISFIED,
    ),
    (
        "I25",
        "Taking into account the accommodation and the services {landlord} provides, do "
        "you think the rent for your property represents good or poor value for money?",
        _VALUE,
        _NOT_VALUE,
    ),
)
REPAIR_FILTER = (
    "REPAIR",
    "Have you had any repairs or maintenance carried out to your home in the last 12 months?",
    0.66,
)
ASKED_IF_REPAIR = "I12"
#: Per cent positive among tenants not involved, the year before last then last year.
RATES: tuple[dict[str, int], ...] = (
    {"I1": 89, "I2": 91, "I5": 84, "I7": 86, "I12": 91, "I13": 85, "I25": 80},
    {"I1": 91, "I2": 92, "I5": 86, "I7": 87, "I12": 93, "I13": 86, "I25": 81},
)
#: Involved members are this much more likely to feel they can participate (I5).
INVOLVED_LIFT = 0.09
TENANTS = ("general_needs", "sheltered")
#: Returns a year for 50,000 people: Scottish landlords survey a larger share (a census
#: every three years is common), so the breakdowns have enough in each group.
SAMPLE = 6000


def charter_fieldwork(demo: Demo, year: int) -> tuple[str, date, date]:
    start = add_months(demo.cal.start_of(year), FIELDWORK_FROM_MONTHS)
    start += timedelta(days=(7 - start.weekday()) % 7)  # from a Monday
    name = f"Charter tenant satisfaction survey {year}/{(year + 1) % 100:02d}"
    return name, start, start + timedelta(days=FIELDWORK_DAYS)


def charter_questions(landlord: str) -> list[tuple[str, str]]:
    """(code, wording) in the order the survey asks them: the repairs filter first."""
    code, text, _ = REPAIR_FILTER
    return [(code, text)] + [(c, w.format(landlord=landlord)) for c, w, _, _ in INDICATORS]


def involved_during(demo: Demo, start: date, end: date) -> set[int]:
    """Person indexes on any group's roll at some time during fieldwork."""
    return {
        t.person for t in demo.terms if t.start <= end and (t.left or t.end or date.max) >= start
    }


def charter_answers(demo: Demo, rates: dict[str, int], mood: float, involved: bool) -> list:
    """One tenant's answers: the repairs filter, then each indicator they were asked."""
    rng = demo.rng
    repaired = rng.random() < REPAIR_FILTER[2]
    said = [(REPAIR_FILTER[0], "Yes" if repaired else "No")]
    for code, _, good, bad in INDICATORS:
        if code == ASKED_IF_REPAIR and not repaired:
            continue
        if rng.random() < 0.02:
            said.append((code, "Don't know"))
            continue
        rate = rates[code] / 100 + mood + (INVOLVED_LIFT if involved and code == "I5" else 0)
        if rng.random() < min(0.98, max(0.03, rate)):
            said.append((code, good[0] if rng.random() < 0.5 else good[1]))
        else:
            said.append((code, rng.choices(bad, weights=(45, 35, 20))[0]))
    return said


def build_charter_surveys(demo: Demo) -> None:
    """Two years of Charter survey returns from a sample of current tenants."""
    tenants = [i for i, p in enumerate(demo.people) if p.tenure in TENANTS and not p.archived]
    if not tenants:
        return
    mood = {a["id"]: demo.rng.uniform(-0.05, 0.03) for a in demo.areas}
    year = demo.cal.current
    while charter_fieldwork(demo, year)[2] >= demo.cal.today:
        year -= 1
    asked = charter_questions(demo.profile.landlord.removesuffix(" (demo)"))
    # Read the wordings as the import wizard reads a file's headings, so the returns carry
    # the set and codes an officer's import of the same file would give them.
    guess = identify_set([text for _, text in asked], prefer=REGIMES["scotland"])
    if guess.set_id != REGIMES["scotland"] or guess.mixed:
        raise EngagementError("The demo's Charter questions are not recognised as the Charter's.")
    wording = [(guess.codes[text], text) for _, text in asked]
    for done, rates in zip((year - 1, year), RATES, strict=True):
        name, start, end = charter_fieldwork(demo, done)
        sample = demo.rng.sample(tenants, min(len(tenants), demo.scale(SAMPLE, 400)))
        involved = involved_during(demo, start, end)

        def answers(index: int, rates: dict[str, int] = rates, involved: set = involved) -> list:
            area = demo.people[index].area_id or 0
            return charter_answers(demo, rates, mood.get(area, 0.0), index in involved)

        write_survey(demo, name, (start, end), wording, sample, answers, guess.set_id)

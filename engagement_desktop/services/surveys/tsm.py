"""Tenant Satisfaction Measures: the measures and filters, and recognising them in a file.

A landlord's questionnaire words each measure its own way and answers come as typed
("Fairly satisifed", "Don’t know", or numbers on a contractor's scale): this module says
which question is which measure and what an answer counts as. The results are worked
out from these in :mod:`~engagement_desktop.services.surveys.results`.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from functools import lru_cache

MEASURES: dict[str, str] = {
    "TP01": "Overall satisfaction",
    "TP02": "Satisfaction with repairs",
    "TP03": "Satisfaction with time taken to complete most recent repair",
    "TP04": "Satisfaction that the home is well maintained",
    "TP05": "Satisfaction that the home is safe",
    "TP06": "Satisfaction that the landlord listens to tenant views and acts upon them",
    "TP07": "Satisfaction that the landlord keeps tenants informed about things that matter",
    "TP08": "Agreement that the landlord treats tenants fairly and with respect",
    "TP09": "Satisfaction with the landlord's approach to handling complaints",
    "TP10": "Satisfaction that the landlord keeps communal areas clean and well maintained",
    "TP11": "Satisfaction that the landlord makes a positive contribution to neighbourhoods",
    "TP12": "Satisfaction with the landlord's approach to handling anti-social behaviour",
}
FILTERS: dict[str, str] = {
    "REPAIR": "Repair in the last 12 months",
    "COMPLAINT": "Complaint in the last 12 months",
    "COMMUNAL": "Lives in a building with communal areas",
}
FILTER_FOR = {"TP02": "REPAIR", "TP03": "REPAIR", "TP09": "COMPLAINT", "TP10": "COMMUNAL"}

SATISFIED = {"very_satisfied", "fairly_satisfied"}
AGREED = {"strongly_agree", "agree"}
SATISFACTION_SCALE = {
    "very_satisfied",
    "fairly_satisfied",
    "neither",
    "fairly_dissatisfied",
    "very_dissatisfied",
}
AGREEMENT_SCALE = {"strongly_agree", "agree", "neither", "disagree", "strongly_disagree"}
EXCLUDED = {"dont_know", "not_applicable"}

_ANSWERS: dict[str, tuple[str, ...]] = {
    "very_satisfied": ("very satisfied",),
    "fairly_satisfied": ("fairly satisfied", "quite satisfied", "satisfied"),
    "neither": (
        "neither satisfied nor dissatisfied",
        "neither",
        "neither agree nor disagree",
        "neutral",
    ),
    "fairly_dissatisfied": ("fairly dissatisfied", "quite dissatisfied", "dissatisfied"),
    "very_dissatisfied": ("very dissatisfied",),
    "strongly_agree": ("strongly agree",),
    "agree": ("agree", "tend to agree"),
    "disagree": ("disagree", "tend to disagree"),
    "strongly_disagree": ("strongly disagree",),
    "dont_know": ("dont know", "do not know", "unsure", "not sure", "dk"),
    "not_applicable": ("not applicable", "n a", "na", "does not apply"),
    "yes": ("yes", "y"),
    "no": ("no", "n"),
}
_ANSWER_LOOKUP = {text: code for code, texts in _ANSWERS.items() for text in texts}


def _plain(text: str) -> str:
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=8192)
def normalise_answer(value: str | None) -> str | None:
    """ "Fairly satisifed", " VERY  satisfied ", "Don’t know" -> stored codes; None if unknown."""
    if value is None:
        return None
    text = _plain(str(value))
    if not text:
        return None
    if text in _ANSWER_LOOKUP:
        return _ANSWER_LOOKUP[text]
    close = get_close_matches(text, list(_ANSWER_LOOKUP), n=1, cutoff=0.82)
    return _ANSWER_LOOKUP[close[0]] if close else None


#: How a survey's numbered answers are read, when its file holds numbers, not words
#: (a contractor's coded data: 1 to 5 in the questionnaire's order, 6 or 9 don't know).
ANSWER_SCALES: dict[str, str] = {
    "first_best": "Numbers: 1 = very satisfied / strongly agree; 1 = yes, 2 = no",
    "last_best": "Numbers: 5 = very satisfied / strongly agree; 1 = yes, 2 = no",
}
_BEST_FIRST = {
    "satisfaction": (
        "very_satisfied",
        "fairly_satisfied",
        "neither",
        "fairly_dissatisfied",
        "very_dissatisfied",
    ),
    "agreement": ("strongly_agree", "agree", "neither", "disagree", "strongly_disagree"),
}


@lru_cache(maxsize=8192)
def understand(value: str | None, code: str | None, scale: str | None = None) -> str | None:
    """What an answer to question ``code`` (TP01 ... or a filter) counts as: its words
    (:func:`normalise_answer`), or, for a survey whose answers are numbered (``scale``),
    its number read on that question's scale."""
    words = normalise_answer(value)
    if words is not None or scale not in ANSWER_SCALES or value is None:
        return words
    text = str(value).strip()
    if not text.isdigit():
        return None
    number = int(text)
    if code in FILTERS:
        return {1: "yes", 2: "no"}.get(number)
    order = _BEST_FIRST["agreement" if code == "TP08" else "satisfaction"]
    if 1 <= number <= 5:
        return order[number - 1] if scale == "first_best" else order[5 - number]
    return "dont_know" if number in (6, 9, 99) else None


def recognise_question(text: str) -> str | None:
    """TP01..TP12 or a filter question (REPAIR, COMPLAINT, COMMUNAL) from its wording,
    whatever landlord name it contains; None when it is another question."""
    t = _plain(text)
    explicit = re.match(r"^(tp ?(\d{1,2}))\b", t)
    if explicit and 1 <= int(explicit.group(2)) <= 12:
        return f"TP{int(explicit.group(2)):02d}"
    asks_satisfaction = "satisf" in t or "agree" in t
    if not asks_satisfaction:
        if t.startswith(("which", "what", "how", "why", "when")) or any(
            p in t for p in ("tick", "select all", "all that apply")
        ):
            return None  # a filter question is asked yes or no, not "which of these"
        recent = any(p in t for p in ("12 months", "twelve months", "last year", "past year"))
        if "repair" in t and recent:
            return "REPAIR"
        if "complain" in t and recent:
            return "COMPLAINT"
        if "communal" in t and ("live in" in t or "do you have" in t or "building" in t):
            return "COMMUNAL"
        return None
    rules = (
        ("TP08", ("fairly and with respect",)),
        ("TP08", ("treats me fairly",)),
        ("TP03", ("time taken",)),
        ("TP02", ("repairs service",)),
        ("TP10", ("communal areas clean",)),
        ("TP10", ("communal", "clean")),
        ("TP12", ("anti social behaviour",)),
        ("TP12", ("antisocial behaviour",)),
        ("TP09", ("complaints handling",)),
        ("TP09", ("approach to complaints",)),
        ("TP09", ("handling complaints",)),
        ("TP11", ("positive contribution",)),
        ("TP06", ("listens", "acts")),
        ("TP07", ("keeps you informed",)),
        ("TP05", ("home that is safe",)),
        ("TP05", ("safe",)),
        ("TP04", ("well maintained",)),
        ("TP01", ("taking everything into account",)),
        ("TP01", ("service provided by",)),
        ("TP01", ("overall", "service")),
    )
    for code, words in rules:
        if all(word in t for word in words):
            return code
    return None

"""What an answer counts as, for any measure set: typed words or a number on a scale.

Answers are kept exactly as typed ("Fairly satisifed", "Don’t know", "Very good value")
and read here into answer codes (fairly_satisfied, dont_know, very_good) that a set's
scales list best first. Nothing here knows a regulator: the sets
(:mod:`~engagement_desktop.services.surveys.measure_sets`) say which codes a measure's
scale holds and which of them count as positive.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from functools import lru_cache

_ANSWERS: dict[str, tuple[str, ...]] = {
    "very_satisfied": ("very satisfied",),
    "fairly_satisfied": ("fairly satisfied", "quite satisfied", "satisfied"),
    "neither": (
        "neither satisfied nor dissatisfied",
        "neither",
        "neither agree nor disagree",
        "neutral",
        "neither good nor poor",
        "neither good nor poor value",
        "neither good nor poor value for money",
    ),
    "fairly_dissatisfied": ("fairly dissatisfied", "quite dissatisfied", "dissatisfied"),
    "very_dissatisfied": ("very dissatisfied",),
    "strongly_agree": ("strongly agree",),
    "agree": ("agree", "tend to agree"),
    "disagree": ("disagree", "tend to disagree"),
    "strongly_disagree": ("strongly disagree",),
    "very_good": ("very good", "very good value", "very good value for money"),
    "fairly_good": ("fairly good", "good", "fairly good value", "fairly good value for money"),
    "fairly_poor": ("fairly poor", "poor", "fairly poor value", "fairly poor value for money"),
    "very_poor": ("very poor", "very poor value", "very poor value for money"),
    "dont_know": ("dont know", "do not know", "unsure", "not sure", "dk"),
    "no_opinion": ("no opinion",),
    "not_applicable": ("not applicable", "n a", "na", "does not apply"),
    "yes": ("yes", "y"),
    "no": ("no", "n"),
}
_ANSWER_LOOKUP = {text: code for code, texts in _ANSWERS.items() for text in texts}

#: How each answer code reads to a person (dialogs, reports).
ANSWER_LABELS: dict[str, str] = {code: texts[0].capitalize() for code, texts in _ANSWERS.items()}
ANSWER_LABELS.update(
    {"neither": "Neither", "dont_know": "Don't know", "not_applicable": "Not applicable"}
)

#: The standard answer scales, best first; a set's own scales and the landlord's own
#: measures use these codes.
SCALES: dict[str, tuple[str, ...]] = {
    "satisfaction": (
        "very_satisfied",
        "fairly_satisfied",
        "neither",
        "fairly_dissatisfied",
        "very_dissatisfied",
    ),
    "agreement": ("strongly_agree", "agree", "neither", "disagree", "strongly_disagree"),
    "good_poor": ("very_good", "fairly_good", "neither", "fairly_poor", "very_poor"),
    "value": ("very_good", "fairly_good", "neither", "fairly_poor", "very_poor"),
    "yes_no": ("yes", "no"),
}
SCALE_LABELS: dict[str, str] = {
    "satisfaction": "Very satisfied … very dissatisfied",
    "agreement": "Strongly agree … strongly disagree",
    "good_poor": "Very good … very poor",
    "value": "Very good value … very poor value",
    "yes_no": "Yes / no",
}

#: How a survey's numbered answers are read, when its file holds numbers, not words
#: (a contractor's coded data: 1 to 5 in the questionnaire's order, 6 or 9 don't know).
ANSWER_SCALES: dict[str, str] = {
    "first_best": "Numbers: 1 = very satisfied / strongly agree; 1 = yes, 2 = no",
    "last_best": "Numbers: 5 = very satisfied / strongly agree; 1 = yes, 2 = no",
}


def plain(text: str) -> str:
    """Lower case, apostrophes dropped, anything else not a letter or digit a space."""
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=8192)
def normalise_answer(value: str | None) -> str | None:
    """ "Fairly satisifed", " VERY  satisfied ", "Don’t know" -> answer codes; None if unknown."""
    if value is None:
        return None
    text = plain(str(value))
    if not text:
        return None
    if text in _ANSWER_LOOKUP:
        return _ANSWER_LOOKUP[text]
    close = get_close_matches(text, list(_ANSWER_LOOKUP), n=1, cutoff=0.82)
    return _ANSWER_LOOKUP[close[0]] if close else None


@lru_cache(maxsize=8192)
def understand(value: str | None, scale: str | None, numbering: str | None = None) -> str | None:
    """What an answer counts as: its words, or, for a survey whose answers are numbered
    (``numbering``, one of ANSWER_SCALES), its number read on the question's ``scale``
    (SCALES key: 1 = yes and 2 = no on yes_no; 1 to 5 on the five-point scales)."""
    words = normalise_answer(value)
    if words is not None or numbering not in ANSWER_SCALES or value is None:
        return words
    text = str(value).strip()
    if not text.isdigit():
        return None
    number = int(text)
    if scale == "yes_no":
        return {1: "yes", 2: "no"}.get(number)
    order = SCALES.get(scale or "satisfaction", SCALES["satisfaction"])
    if 1 <= number <= len(order):
        return order[number - 1] if numbering == "first_best" else order[len(order) - number]
    return "dont_know" if number in (6, 9, 99) else None

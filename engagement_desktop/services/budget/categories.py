"""The budget's categories: the impact assessment's cost lines and the community fund.

A category is named by its key in the store and typed by a person as its key or its
label ("venues", "Staff time", "training and course fees").
"""

from __future__ import annotations

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.budget.figures import COST_LABELS

#: Every budget category in the order a budget is shown.
CATEGORIES: dict[str, str] = {
    "venue": "Venues",
    "catering": "Catering",
    "travel": "Travel",
    "interpreter": "Interpreters",
    "materials": "Materials",
    "staff": "Staff time",
    "rewards": "Rewards",
    "expenses": "Expenses paid to customers",
    "training": "Training and course fees",
    "community_fund": "Community fund",
    "other": "Other",
}
assert set(COST_LABELS) <= set(CATEGORIES)

_SAYINGS = {
    "venues": "venue",
    "interpreters": "interpreter",
    "staff time": "staff",
    "reward": "rewards",
    "expense": "expenses",
    "training and course fees": "training",
    "course fees": "training",
    "community fund": "community_fund",
    "fund": "community_fund",
}


def category_key(text: str) -> str:
    """The key of a category typed as its key or label, or one sentence listing them."""
    clean = " ".join(str(text).replace("_", " ").split()).casefold()
    for key, label in CATEGORIES.items():
        if clean in (key.replace("_", " "), label.casefold()):
            return key
    if clean in _SAYINGS:
        return _SAYINGS[clean]
    raise EngagementError(
        f"'{str(text).strip()}' is not a budget category: use one of "
        + ", ".join(label.lower() for label in CATEGORIES.values())
        + "."
    )

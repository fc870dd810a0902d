"""The record lists behind every list screen: one SQL query each, sorted and
searched in SQL. Equality monitoring data never appears in any list here.

``LISTINGS`` maps a list's name to its :class:`Listing`; a new list is a
module declaring one and an entry here.
"""

from __future__ import annotations

from engagement_desktop.services.listings.activity import EVENTS, GROUPS, list_events, list_groups
from engagement_desktop.services.listings.base import (
    ListColumn,
    ListFilter,
    Listing,
    Period,
    fold,
    search_tokens,
)
from engagement_desktop.services.listings.counts import headline_counts
from engagement_desktop.services.listings.memberships import MEMBERSHIPS, list_memberships
from engagement_desktop.services.listings.outcomes import OUTCOMES, list_outcomes
from engagement_desktop.services.listings.people import PEOPLE, list_people
from engagement_desktop.services.listings.records import (
    REWARDS,
    SURVEYS,
    TRAINING,
    list_rewards,
    list_surveys,
    list_training,
)

LISTINGS: dict[str, Listing] = {
    listing.name: listing
    for listing in (PEOPLE, GROUPS, OUTCOMES, EVENTS, REWARDS, TRAINING, SURVEYS)
}

__all__ = [
    "EVENTS",
    "GROUPS",
    "LISTINGS",
    "MEMBERSHIPS",
    "OUTCOMES",
    "PEOPLE",
    "REWARDS",
    "SURVEYS",
    "TRAINING",
    "ListColumn",
    "ListFilter",
    "Listing",
    "Period",
    "fold",
    "headline_counts",
    "list_events",
    "list_groups",
    "list_memberships",
    "list_outcomes",
    "list_people",
    "list_rewards",
    "list_surveys",
    "list_training",
    "search_tokens",
]

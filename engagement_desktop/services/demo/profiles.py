"""Demo landlord profiles: an English landlord (the default) and a Scottish association.

A profile holds only what differs between the two: the landlord's name, its
places (estates, streets, blocks), the regulator it answers to and a few words
the demo prints. The Random is drawn in the same order whatever the profile,
so the English demo is exactly what it always was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from engagement_desktop.services.demo.names import BLOCKS, ESTATES, LANDLORD, STREETS, EstateSpec


@dataclass(frozen=True)
class Profile:
    """One demo landlord: its name, places and regulator."""

    regime: str  # england / scotland: the settings' regulator
    landlord: str
    estates: tuple[EstateSpec, ...]
    streets: tuple[str, ...]
    blocks: tuple[str, ...]
    survey_drop_in: str  # a survey session's title before " – Estate"
    #: Courses under the landlord's own regulator's names: demo title -> (title, provider).
    courses: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: The team's address and phone (Ofcom's drama numbers) and email, for letters and
    #: every document that says "contact us".
    letterhead: str = ""
    email: str = ""


ENGLAND = Profile(
    regime="england",
    landlord=LANDLORD,
    estates=ESTATES,
    streets=STREETS,
    blocks=BLOCKS,
    survey_drop_in="TSM survey drop-in",
    letterhead="Involvement team, 1 Market Place, Spalding PE11 1AA\n01632 960000",
    email="involvement@fenlandvale.example.org",
)

#: Real outward codes for the named districts of Glasgow, Edinburgh and Dundee; the estate
#: and scheme names are the demo's own. A scheme sits where England's does (2nd, 7th, 12th).
SCOTTISH_ESTATES: tuple[EstateSpec, ...] = (
    EstateSpec("Castlemilk", "estate", "G45", "Glasgow", "Glasgow South", 10),
    EstateSpec("Birkhill Court", "scheme", "G21", "Glasgow", "Glasgow North", 2),
    EstateSpec("Wester Hailes", "estate", "EH14", "Edinburgh", "Edinburgh", 8),
    EstateSpec("Whitfield", "estate", "DD4", "Dundee", "Dundee", 6),
    EstateSpec("Drumchapel", "estate", "G15", "Glasgow", "Glasgow North", 9),
    EstateSpec("Craigmillar", "estate", "EH16", "Edinburgh", "Edinburgh", 7),
    EstateSpec("Lochee Gardens", "scheme", "DD2", "Dundee", "Dundee", 2),
    EstateSpec("Easterhouse", "estate", "G34", "Glasgow", "Glasgow East", 8),
    EstateSpec("Muirhouse", "estate", "EH4", "Edinburgh", "Edinburgh", 6),
    EstateSpec("Govan", "estate", "G51", "Glasgow", "Glasgow South", 7),
    EstateSpec("Kirkton", "estate", "DD3", "Dundee", "Dundee", 6),
    EstateSpec("Sighthill Court", "scheme", "EH11", "Edinburgh", "Edinburgh", 2),
    EstateSpec("Possilpark", "estate", "G22", "Glasgow", "Glasgow North", 5),
    EstateSpec("Fintry", "estate", "DD4", "Dundee", "Dundee", 5),
    EstateSpec("Springburn", "estate", "G21", "Glasgow", "Glasgow North", 6),
)

_STEMS = (
    "Glenmore", "Ardencraig", "Braidcraft", "Kinfauns", "Castlebay", "Dalmahoy",
    "Calder", "Hailesland", "Niddrie Mains", "Pennywell", "Balgowan", "Whitfield",
    "Balornock", "Royston", "Ashgill", "Wellhouse", "Langlands", "Loanhead",
)  # fmt: skip
#: As many streets as England's list (an estate takes its streets without repeats).
SCOTTISH_STREETS: tuple[str, ...] = tuple(
    f"{stem} {kind}" for kind in ("Road", "Drive", "Crescent", "Gardens", "Wynd") for stem in _STEMS
)

SCOTTISH_BLOCKS: tuple[str, ...] = (
    "Ben Lomond House",
    "Clyde Court",
    "Tay House",
    "Forth Court",
    "Braid House",
    "Arran House",
    "Cairngorm Court",
    "Ochil House",
    "Morven Court",
    "Lomond Tower",
)

SCOTLAND = Profile(
    regime="scotland",
    landlord="Clydeforth Housing Association (demo)",
    estates=SCOTTISH_ESTATES,
    streets=SCOTTISH_STREETS,
    blocks=SCOTTISH_BLOCKS,
    survey_drop_in="Charter survey drop-in",
    letterhead="Tenant participation team, 20 Clyde Street, Glasgow G1 4LH\n0141 496 0000",
    email="participation@clydeforth.example.org",
    courses={
        "Tenant Satisfaction Measures explained": (
            "The Scottish Social Housing Charter explained",
            "Tenant Information Service",
        ),
        "Understanding the consumer standards": (
            "Understanding the Regulatory Framework",
            "TPAS Scotland",
        ),
        "Complaints and the Housing Ombudsman code": (
            "Complaints and the model complaints handling procedure",
            "Scottish Public Services Ombudsman",
        ),
    },
)

PROFILES: dict[str, Profile] = {p.regime: p for p in (ENGLAND, SCOTLAND)}
REGIMES: tuple[str, ...] = tuple(PROFILES)

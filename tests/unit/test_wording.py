"""Counts, greetings and changes in words, the same in every output."""

from __future__ import annotations

from engagement_desktop.services.common.wording import plural, salutation, signed


def test_counts_greetings_and_changes_read_as_a_person_writes_them() -> None:
    assert plural(1, "application") == "1 application"
    assert plural(1_200, "person", "people") == "1,200 people"
    assert salutation("Mr", "Ming", "Wong") == "Mr Wong"
    assert salutation(None, "Zoë", "Ní Bhriain", "Zo") == "Zo"
    assert salutation("", "Łukasz", "O'Neill") == "Łukasz"
    # the minus sign (U+2212), as the impact report and the dashboard print it
    assert signed(-5) == "\u22125.0" and signed(2.4) == "+2.4"
    assert signed(0.04) == "0.0" and signed(-1_250, 0) == "\u22121,250"

"""The consent a test person gave us to hold their details: adding anyone by hand
needs it (see ``services.people.people.NO_CONSENT``)."""

from __future__ import annotations

from engagement_desktop.services.people.changes import HoldDataConsent

#: Signed up on a paper form: what most people added in these tests did.
GIVEN = HoldDataConsent("paper_form")

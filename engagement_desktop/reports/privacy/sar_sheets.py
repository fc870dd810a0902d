"""The workbook half of a subject access export: one sheet per kind of record, the same
rows as the PDF, "None held" where there are none."""

from __future__ import annotations

from engagement_desktop.interchange.writing.xlsx_export import Sheet
from engagement_desktop.services.privacy.sar import SubjectAccess

#: Tab names (at most 31 characters) for labels that would not fit.
TABS: dict[str, str] = {
    "Events you were invited to or attended": "Events and attendance",
    "Survey responses giving your reference": "Survey responses by reference",
    "“You said, we did” items you raised": "You said, we did",
    "Changes made to your records": "Changes to your records",
    "Imports that changed your records": "Imports",
    "Letters, emails and texts we sent you": "Letters, emails and texts",
}


def sheets(access: SubjectAccess) -> list[Sheet]:
    found = []
    for section in access.sections:
        rows = section.rows or [["None held", *[None] * (len(section.headings) - 1)]]
        found.append(
            Sheet(
                title=TABS.get(section.label, section.label)[:31],
                caption=section.label,
                headings=section.headings,
                rows=rows,
                total=len(rows),
                kinds={i: "wrap" for i, h in enumerate(section.headings) if h in _LONG},
            )
        )
    return found


_LONG = frozenset({"Answers", "What changed (before → after)", "Values before the import", "Notes"})

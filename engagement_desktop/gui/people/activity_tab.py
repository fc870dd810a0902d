"""Activity: what the person has done, read only (groups, events, points,
training, training needs and appraisals), all from the person's summary.

Each table is as tall as its rows: an empty one gives way to a one-line "none yet"
beside its heading, and the room goes to the tables that have rows (in proportion
to them), so three events are not squeezed by three empty tables.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QTableWidget

from engagement_desktop.gui.common.table_model import format_date, format_datetime
from engagement_desktop.gui.forms.ui_person_editor import Ui_PersonEditor
from engagement_desktop.gui.people.form_parts import fill_table
from engagement_desktop.services.people.summary import PersonSummary


class ActivityTab:
    """What the person has done: groups, events, points, training, needs and appraisals
    (read only)."""

    #: A table with rows shows at least this many (it scrolls beyond what fits).
    MIN_ROWS = 2

    def __init__(self, ui: Ui_PersonEditor) -> None:
        self.ui = ui
        self.sections: list[tuple[QLabel, QTableWidget, str]] = [
            (ui.membershipsLabel, ui.membershipsTable, "Groups"),
            (ui.attendanceLabel, ui.attendanceTable, "Events"),
            (ui.trainingLabel, ui.trainingTable, "Training"),
            (ui.appraisalsLabel, ui.appraisalsTable, "Appraisals"),
        ]

    def load(self, summary: PersonSummary | None) -> None:
        ui = self.ui
        if summary is None:
            ui.pointsLabel.setText("Groups, events, points and training show here once recorded.")
        else:
            ui.pointsLabel.setText(f"Reward points balance: {summary.points_balance:,}")

        def lines(name: str) -> list[Any]:
            return getattr(summary, name) if summary else []

        fill_table(
            ui.membershipsTable,
            ["Group", "Role", "From", "Until", "Now"],
            [
                [
                    m.group,
                    m.role,
                    format_date(m.term_start),
                    format_date(m.term_end),
                    "Current" if m.current else "",
                ]
                for m in lines("memberships")
            ],
        )
        fill_table(
            ui.attendanceTable,
            ["Date", "Event", "Type", "Status", "Role"],
            [
                [format_datetime(a.when), a.title, a.event_type, a.status, a.role]
                for a in lines("attendance")
            ],
        )
        fill_table(
            ui.trainingTable,
            ["Course", "Status", "Date", "Expires"],
            [
                [t.course, t.status, format_date(t.on_date), format_date(t.expires_on)]
                for t in lines("training")
            ],
        )
        needs = lines("open_needs")
        ui.trainingNeedsLabel.setText(
            "Training needs not yet met: " + "; ".join(n.rstrip(" .;") for n in needs) + "."
            if needs
            else "No training needs waiting."
        )
        latest_due = lines("appraisals")[0].next_due_on if lines("appraisals") else None
        late = latest_due is not None and latest_due < date.today()  # only the latest counts
        fill_table(
            ui.appraisalsTable,
            ["Held", "By", "Group", "Next due"],
            [
                [
                    format_date(a.held_on),
                    a.appraiser,
                    a.group,
                    format_date(a.next_due_on) + (" (overdue)" if index == 0 and late else ""),
                ]
                for index, a in enumerate(lines("appraisals"))
            ],
        )
        for label, table, heading in self.sections:
            self._fit(label, table, heading)

    def _fit(self, label: QLabel, table: QTableWidget, heading: str) -> None:
        """Empty: "Groups: none yet" and no table. Otherwise as tall as its rows, sharing
        any shortfall with the other tables by how many rows each has."""
        rows = table.rowCount()
        table.setVisible(rows > 0)
        label.setText(f"{heading}:" if rows else f"{heading}: none yet")
        if not rows:
            return
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        header = table.horizontalHeader().sizeHint().height()
        row = table.verticalHeader().defaultSectionSize()
        frame = 2 * table.frameWidth()
        table.setMaximumHeight(header + rows * row + frame)
        table.setMinimumHeight(header + min(rows, self.MIN_ROWS) * row + frame)
        self.ui.activityLayout.setStretchFactor(table, rows)

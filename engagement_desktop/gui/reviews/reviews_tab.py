"""The Scrutiny reviews tab: the reviews, the chosen one's recommendations with their
response and progress (from the "you said, we did" register), and its team, scope,
evidence and findings; editors for each part and the end-of-review report."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.editor_dialog import EditorDialog
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.forms.ui_reviews_tab import Ui_ReviewsTab
from engagement_desktop.gui.reviews.review_dialogs import (
    EvidenceDialog,
    RecommendationDialog,
    ResponseDialog,
    ReviewDialog,
)
from engagement_desktop.gui.reviews.tables import chosen_id, fill, set_up
from engagement_desktop.gui.reviews.team_dialog import TeamDialog
from engagement_desktop.interchange.reading.values import date_text
from engagement_desktop.services.reviews.overview import (
    ReviewDetail,
    progress_text,
    review_detail,
    review_lines,
)
from engagement_desktop.store.engine import Store

REVIEW_COLUMNS = (
    "Topic",
    "Panel",
    "Stage",
    "Started",
    "Stage due",
    "Completed",
    "Recommendations",
    "Accepted",
    "Implemented",
)
RECOMMENDATION_COLUMNS = (
    "#",
    "Recommendation",
    "Response",
    "By",
    "Action",
    "Owner",
    "Due",
    "Progress",
)


class ReviewsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dialog: EditorDialog | None = None
        self.ui = ui = Ui_ReviewsTab()
        ui.setupUi(self)
        set_up(ui.reviewsTable, REVIEW_COLUMNS, 0)
        set_up(ui.recommendationsTable, RECOMMENDATION_COLUMNS, 1)
        ui.recommendationsTable.setWordWrap(True)
        ui.splitter.setSizes([220, 220, 160])
        ui.reviewsTable.itemSelectionChanged.connect(self._show_review)
        ui.reviewsTable.activated.connect(lambda _i: self.edit_review())
        ui.recommendationsTable.activated.connect(lambda _i: self.respond())
        ui.newButton.clicked.connect(lambda: self.open(ReviewDialog(self.store, None, self)))
        ui.editButton.clicked.connect(self.edit_review)
        ui.teamButton.clicked.connect(lambda: self._for_review(TeamDialog))
        ui.evidenceButton.clicked.connect(lambda: self._for_review(EvidenceDialog))
        ui.recommendButton.clicked.connect(lambda: self._for_review(RecommendationDialog))
        ui.respondButton.clicked.connect(self.respond)
        ui.reportButton.clicked.connect(self.report)
        mark_changes(ui.newButton, ui.teamButton, ui.evidenceButton, ui.recommendButton)
        mark_changes(ui.respondButton)
        self._enable()

    # --- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        with self.store.session() as session:
            lines = review_lines(session)
        fill(
            self.ui.reviewsTable,
            [
                (
                    r.review_id,
                    (
                        r.topic,
                        r.group,
                        r.stage,
                        r.started_on,
                        r.stage_due_on,
                        r.completed_on,
                        r.recommendations,
                        r.accepted,
                        r.implemented,
                    ),
                )
                for r in lines
            ],
        )
        self._show_review()

    def set_store(self, store: Store) -> None:
        self.store = store

    def review_id(self) -> int | None:
        return chosen_id(self.ui.reviewsTable)

    def _show_review(self) -> None:
        review_id = self.review_id()
        detail = None
        if review_id is not None:
            with self.store.session() as session:
                detail = review_detail(session, review_id)
        rows = []
        for r in detail.recommendations if detail else []:
            progress = progress_text(r)
            rows.append(
                (
                    r.outcome_id,
                    (
                        r.number,
                        r.text,
                        r.response,
                        r.responded_by,
                        r.action,
                        r.owner,
                        r.due_on,
                        progress,
                    ),
                )
            )
        fill(self.ui.recommendationsTable, rows)
        self.ui.recommendationsTable.resizeRowsToContents()
        self.ui.detailText.setHtml(detail_html(detail) if detail else "")
        self._enable()

    def _enable(self) -> None:
        ui = self.ui
        chosen = self.review_id() is not None
        for button in (
            ui.editButton,
            ui.teamButton,
            ui.evidenceButton,
            ui.recommendButton,
            ui.reportButton,
        ):
            button.setEnabled(chosen)
        ui.respondButton.setEnabled(chosen_id(ui.recommendationsTable) is not None)

    # --- editing ----------------------------------------------------------------------

    def open(self, dialog: EditorDialog) -> EditorDialog:
        """Window-modal, not blocking; a save reads the tab again."""
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(lambda: self.say("Saved."))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_review(self) -> None:
        review_id = self.review_id()
        if review_id is not None:
            self.open(ReviewDialog(self.store, review_id, self))

    def _for_review(self, kind: type) -> None:
        review_id = self.review_id()
        if review_id is not None:
            self.open(kind(self.store, review_id, self))

    def respond(self) -> None:
        outcome_id = chosen_id(self.ui.recommendationsTable)
        if outcome_id is not None:
            self.open(ResponseDialog(self.store, outcome_id, self))

    def report(self) -> None:
        review_id = self.review_id()
        if review_id is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Save the end-of-review report",
            f"scrutiny-review-{review_id}.pdf",
            "PDF files (*.pdf)",
        )
        if not name:
            return
        try:
            # reportlab loads only when a report is wanted (start-up stays light)
            from engagement_desktop.reports.reviews.review_pdf import write_review_pdf

            path = write_review_pdf(self.store, review_id, Path(name))
        except EngagementError as exc:
            self.say(str(exc))
            return
        self.say(f"Report saved to {path}.")

    def say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)


def detail_html(d: ReviewDetail) -> str:
    """The chosen review's team, scope, evidence and findings, as the panel reads them."""
    team = escape(", ".join(d.team) or "—")
    parts = [
        f"<h3>{escape(d.topic)}</h3>",
        f"<p><b>Stream lead:</b> {escape(d.lead or '—')}. <b>Team:</b> {team}.",
    ]
    if d.follow_up_on:
        parts.append(f" <b>Follow-up review:</b> {date_text(d.follow_up_on)}.")
    parts.append("</p>")
    if d.scope:
        parts.append(f"<p><b>Scope:</b> {escape(d.scope)}</p>")
    if d.evidence:
        items = "".join(
            f"<li>{date_text(e.gathered_on)} · {escape(e.kind)}: {escape(e.title)}</li>"
            for e in d.evidence
        )
        parts.append(f"<p><b>Evidence</b></p><ul>{items}</ul>")
    if d.findings:
        parts.append(f"<p><b>Findings:</b> {escape(d.findings)}</p>")
    return "".join(parts)

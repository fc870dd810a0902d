"""A report's PDF shown inside the program (Qt PDF): pages, page number, zoom.

What the officer sees here is the very file that Print and Save as PDF use, so
the preview can never differ from the paper.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
TIPS = {
    "previous": "Previous page",
    "next": "Next page",
    "zoom_in": "Zoom in",
    "zoom_out": "Zoom out",
}
ZOOM_RANGE = (0.25, 4.0)


class PdfPreview(QWidget):
    """A scrolling view of every page, with a page box and zoom buttons above it."""

    page_changed = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName("Report preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.placeholder = QLabel("Choose a report and press Preview to see it here.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("pageBox")
        self.page_box.setAccessibleName("Page number")
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self.of_label = QLabel("of 0", self)
        # The zoom in words ("Fit width", "125%"); its menu holds the two fitting choices.
        self.zoom_label = QToolButton(self)
        self.zoom_label.setObjectName("zoomButton")
        self.zoom_label.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zoom_label.setAccessibleName("Zoom")
        # Not Ctrl+0 and Ctrl+9: those are Go > Audit and Go > Reports everywhere.
        self.zoom_label.setToolTip("Fit the width (Ctrl+Shift+W) or the whole page (Ctrl+Shift+P)")
        self.zoom_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        zoom_menu = QMenu(self.zoom_label)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.actions_by_name: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        for name, text, keys, slot in (
            ("previous", "◀", "Alt+PgUp", lambda: self.step_page(-1)),
            ("next", "▶", "Alt+PgDown", lambda: self.step_page(1)),
        ):
            bar.addWidget(self._button(name, text, keys, slot))
        page_label = self.page_label = QLabel("Page", self)
        page_label.setBuddy(self.page_box)
        bar.addSpacing(8)
        bar.addWidget(page_label)
        bar.addWidget(self.page_box)
        bar.addWidget(self.of_label)
        bar.addStretch(1)
        bar.addSpacing(8)
        for name, text, keys, slot in (
            ("zoom_out", "−", "Ctrl+-", lambda: self.zoom_by(1 / ZOOM_STEP)),
            ("zoom_in", "+", "Ctrl++", lambda: self.zoom_by(ZOOM_STEP)),
        ):
            bar.addWidget(self._button(name, text, keys, slot))
        for name, text, keys, slot in (
            ("fit_width", "Fit &width", "Ctrl+Shift+W", self.fit_width),
            ("whole_page", "Whole &page", "Ctrl+Shift+P", self.whole_page),
        ):
            zoom_menu.addAction(self._action(name, text, keys, slot))
        self.zoom_label.setMenu(zoom_menu)
        bar.addWidget(self.zoom_label)
        self.actions_by_name["zoom_in"].setShortcuts(
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        chain = [
            self.buttons["previous"],
            self.buttons["next"],
            self.page_box,
            self.buttons["zoom_out"],
            self.buttons["zoom_in"],
            self.zoom_label,
            self.view,
        ]
        for first, second in pairwise(chain):  # as they sit, left to right, then the pages
            QWidget.setTabOrder(first, second)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_moved)
        self.view.zoomFactorChanged.connect(lambda _z: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._show_zoom())
        self._show_zoom()  # "Fit width" from the start, not an empty button
        self._enable()

    def _button(self, name: str, text: str, keys: str, slot: object) -> QToolButton:
        action = self._action(name, text, keys, slot)
        button = QToolButton(self)
        button.setObjectName(f"{name}Button")
        self.buttons[name] = button
        button.setDefaultAction(action)
        button.setAccessibleName(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _action(self, name: str, text: str, keys: str, slot: object) -> QAction:
        """An action that works anywhere in the preview (and only there)."""
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{TIPS.get(name, text.replace('&', ''))} ({keys})")
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    # --- the document ---------------------------------------------------------------------

    def load(self, path: Path) -> bool:
        """Show ``path``; False (and the placeholder) when it cannot be read."""
        self.document.close()
        self.document.load(str(path))
        ready = self.document.status() == QPdfDocument.Status.Ready
        self.path = path if ready else None
        self.stack.setCurrentWidget(self.view if ready else self.placeholder)
        if not ready:
            self.placeholder.setText(f"{path.name} could not be shown.")
        count = self.document.pageCount() if ready else 0
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(count, 1))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.of_label.setText(f"of {count}")
        if ready:
            self.go_to_page(0)
        self._enable()
        self._show_zoom()
        return ready

    def clear(self, message: str | None = None) -> None:
        self.document.close()
        self.path = None
        if message:
            self.placeholder.setText(message)
        self.stack.setCurrentWidget(self.placeholder)
        self.of_label.setText("of 0")
        self._enable()

    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # --- moving and zooming ---------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        if self.path is None:
            return
        page = max(0, min(page, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def step_page(self, step: int) -> None:
        self.go_to_page(self.current_page() + step)

    def zoom_by(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1]))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _page_moved(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._enable()
        self.page_changed.emit(page)

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.zoom_label.setText(
            "Fit width"
            if mode == QPdfView.ZoomMode.FitToWidth
            else "Whole page"
            if mode == QPdfView.ZoomMode.FitInView
            else f"{self.view.zoomFactor():.0%}"
        )

    def _enable(self) -> None:
        shown = self.path is not None
        page, count = self.current_page(), self.page_count()
        self.actions_by_name["previous"].setEnabled(shown and page > 0)
        self.actions_by_name["next"].setEnabled(shown and page < count - 1)
        for name in ("zoom_in", "zoom_out", "fit_width", "whole_page"):
            self.actions_by_name[name].setEnabled(shown)
        self.page_box.setEnabled(shown)
        self.zoom_label.setEnabled(shown)
        for widget in (self.page_label, self.page_box, self.of_label):
            widget.setVisible(shown)  # no "Page 1 of 0" before anything is shown

"""F1: a short help page for the screen in front of the officer, shipped with the program.

The pages are Markdown files in ``resources/help/`` (one per screen, named by the
screen's key: ``events.md``, ``register.md`` …), so they work offline and anyone can
correct a sentence without touching code. They are shown in a plain
:class:`QTextBrowser` (no web engine): links between pages work, nothing reaches
the network.

A screen asks for help with one line, ``install_help(self, "register")``: F1 (the
platform's Help key) then opens its page. The viewer is a child of the window that
asked, so it still takes the keyboard while that window is a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from engagement_desktop import paths

CONTENTS = "index"
NO_PAGE = "There is no help page for this screen yet. These are the pages there are."


def help_dir() -> Path:
    return paths.resources_dir() / "help"


def help_file(key: str) -> Path | None:
    """The page for a screen's key, or None if there is none."""
    path = help_dir() / f"{key}.md"
    return path if path.is_file() else None


class HelpViewer(QDialog):
    """A small window beside the work: the page, Back, All help pages, Close (Esc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpViewer")
        self.setWindowTitle("Help")
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("Help page")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: only the shipped pages
        self.browser.setSearchPaths([str(help_dir())])
        self.browser.document().setDocumentMargin(12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.back_button = QPushButton("&Back", self)
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.contents_button = QPushButton("&All help pages", self)
        self.contents_button.clicked.connect(lambda: self.show_page(CONTENTS))
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.contents_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().lineSpacing()
        self.resize(char * 80, line * 34)  # fits beside the work on a 1366x768 screen
        self.browser.sourceChanged.connect(lambda _url: self._title())
        self.key = ""

    def show_page(self, key: str) -> None:
        """Show the screen's page; without one, say so above the list of all pages."""
        path = help_file(key)
        self.key = key if path else CONTENTS
        if path is None:
            contents = help_file(CONTENTS)
            listing = contents.read_text(encoding="utf-8") if contents else ""
            self.browser.setMarkdown(f"{NO_PAGE}\n\n{listing}")
        else:
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self._title()

    def text(self) -> str:
        return self.browser.toPlainText()

    def _title(self) -> None:
        heading = self.text().strip().splitlines()[:1]
        self.setWindowTitle(f"Help: {heading[0]}" if heading else "Help")


def show_help(window: QWidget, key: str) -> HelpViewer:
    """Open (or bring forward) the help viewer of ``window`` at ``key``'s page."""
    viewer = window.findChild(HelpViewer, "HelpViewer", Qt.FindChildOption.FindDirectChildrenOnly)
    if viewer is None:
        viewer = HelpViewer(window)
    viewer.show_page(key)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer


def install_help(
    window: QWidget, key: str | Callable[[], str], menu: QMenu | None = None
) -> QAction:
    """F1 in ``window`` opens the page for ``key`` (or for what ``key()`` says is on
    screen now); with ``menu``, the action is listed there too."""
    action = QAction("&Help for this screen", window)
    action.setObjectName("actionHelpForScreen")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: show_help(window, key() if callable(key) else key))
    window.addAction(action)
    if menu is not None:
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
    return action

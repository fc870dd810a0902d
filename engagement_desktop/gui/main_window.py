"""The main window: sections on the left, the chosen list on the right, database in the title.

The window only reads; File > New / Open switch databases through
``open_store`` and File > Backup runs ``backup_database`` on the database
worker thread, so nothing here writes to the database itself. Each section's
page is built the first time it is shown (``gui/sections.py``), so start-up
pays for the People list alone.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
)

from engagement_desktop import APP_NAME, paths
from engagement_desktop.errors import EngagementError
from engagement_desktop.gui import settings
from engagement_desktop.gui.backups.now import back_up
from engagement_desktop.gui.backups.restore import add_restore_action
from engagement_desktop.gui.backups.safety import backup_at_close
from engagement_desktop.gui.common.look_only import database_status, grey_out_changes
from engagement_desktop.gui.common.tasks import (
    CLOSE_WAIT_MS,
    ProgressTask,
    database_pool,
)
from engagement_desktop.gui.dashboard.reading import prefetch_soon
from engagement_desktop.gui.database_dialogs import (
    ask_new_database,
    ask_open_database,
)
from engagement_desktop.gui.forms.ui_main_window import Ui_MainWindow
from engagement_desktop.gui.help import install_help
from engagement_desktop.gui.import_wizard.menu import ImportActions
from engagement_desktop.gui.mailings import menu as mailing_menu
from engagement_desktop.gui.people.tools import PeopleTools
from engagement_desktop.gui.protection import protect
from engagement_desktop.gui.protection.passphrase import open_asking
from engagement_desktop.gui.resources import app_icon, stylesheet
from engagement_desktop.gui.sections import GO_TEXT, SECTIONS, Page, Sections
from engagement_desktop.gui.team.refresh import DataWatch
from engagement_desktop.store.engine import Store, open_store

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Navigation between the sections, and the File and Help menus."""

    def __init__(self, store: Store, *, start_page: str | None = None) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self._store = store
        self._opened_here: set[int] = set()  # ids of stores this window opened (and closes)
        self.backup_task: ProgressTask | None = None
        self._shown = False  # pages are read from the database once the window is on screen

        self.sections = Sections(self.ui.pages, store, on_built=self._page_built)
        self._build_navigation()
        self._connect_actions()
        self._add_page_menus()
        self.protect_action, self.idle_lock = protect.install(  # File > Protect…, idle lock
            self, self.ui.menuFile, self.ui.actionBackup, lambda: self._store, self.switch_store
        )
        self.import_actions = ImportActions(self)  # File > Import... (Ctrl+I), Import history
        mailing_menu.install(self, self.ui.menuFile, self.settings_action, lambda: self._store)
        self.help_action = install_help(self, self.current_key, self.ui.menuHelp)
        self.data_watch = DataWatch(self, lambda: self._store, self.current_page)  # team mode

        self.database_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self._show_database()
        self._restore_settings(start_page)

    # --- building -------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        nav = self.ui.navigation
        height = nav.fontMetrics().height() * 2 + 4
        first_go_item = self.ui.menuGo.actions()[0]
        for number, section in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(section.title)
            item.setSizeHint(QSize(0, height))
            key = number % 10  # the tenth section is Ctrl+0; later ones have none
            item.setToolTip(f"{section.title} (Ctrl+{key})" if number <= 10 else section.title)
            nav.addItem(item)
            action = QAction(GO_TEXT.get(section.key, section.title), self)
            if number <= 10:
                action.setShortcut(QKeySequence(f"Ctrl+{key}"))
            action.setObjectName(f"actionGo_{section.key}")
            action.triggered.connect(lambda _c=False, i=number - 1: self.go_to(i))
            self.ui.menuGo.insertAction(first_go_item, action)
        font = nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        nav.setFont(font)
        nav.setStyleSheet(stylesheet())
        nav.currentRowChanged.connect(self._page_changed)
        nav.itemActivated.connect(lambda _item: self.current_page().focus_search())
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([190, 990])

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionNewDatabase.triggered.connect(self.new_database)
        ui.actionOpenDatabase.triggered.connect(self.open_database)
        ui.actionBackup.triggered.connect(self.backup_now)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFocusSearch.triggered.connect(lambda: self.current_page().focus_search())
        ui.actionRefresh.triggered.connect(lambda: self.current_page().refresh())
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionOpenLogFolder.triggered.connect(self.open_log_folder)
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setObjectName("actionSettings")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip("Landlord name and logo, report year, homes, thresholds")
        self.settings_action.triggered.connect(self.show_settings)
        ui.menuFile.insertAction(ui.actionQuit, self.settings_action)
        ui.menuFile.insertSeparator(ui.actionQuit)
        self.restore_action = add_restore_action(
            self, ui.actionBackup, lambda: self._store, self.switch_store
        )

    def _add_page_menus(self) -> None:
        """The People menu: add a person (and more) from any section, so People is built now."""
        from engagement_desktop.gui.people.page import PeoplePage

        people = self.page("people")
        if isinstance(people, PeoplePage):
            self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), people.menu)
            people.show_requested.connect(lambda: self.go_to("people"))
            self.people_tools = PeopleTools(self, people)

    def _page_built(self, key: str, page: Page) -> None:
        """Home's lines and first steps lead elsewhere: the window takes the officer there."""
        grey_out_changes(page, self._store)  # type: ignore[arg-type]
        if key == "home":
            from engagement_desktop.gui.home import ways_in

            ways_in.connect(self, page)

    # --- pages ----------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self._store

    def page(self, key: str) -> Page:
        """The section's page (built now if it has not been shown yet)."""
        return self.sections.page(key)

    def current_key(self) -> str:
        return self.sections.keys[max(self.ui.navigation.currentRow(), 0)]

    def current_page(self) -> Page:
        return self.page(self.current_key())

    def go_to(self, index_or_key: int | str) -> None:
        """Show a section and put the cursor in its search box (Ctrl+1, Ctrl+2 ...)."""
        index = (
            index_or_key
            if isinstance(index_or_key, int)
            else self.sections.keys.index(index_or_key)
        )
        self.ui.navigation.setCurrentRow(index)
        self.current_page().focus_search()

    def _page_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.sections.keys[row])  # built before it comes on screen
        self.ui.pages.setCurrentIndex(row)
        if self._shown:
            self._activate(page)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the first page once the window has its size, so columns fit the real width."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self._activate(self.current_page())
            prefetch_soon(self, lambda: self._store, self.current_key)  # Reports at once

    def _activate(self, page: Page) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page.activate()
        finally:
            QApplication.restoreOverrideCursor()

    # --- database -------------------------------------------------------------------------

    def _show_database(self) -> None:
        store = self._store
        url = store.url  # a server's database by its name and host, not the whole URL
        name = store.path.name if store.path is not None else f"{url.database} on {url.host}"
        self.setWindowTitle(f"{APP_NAME} — {name}" + (" (read-only)" if store.read_only else ""))
        text, tip = database_status(store)
        self.database_label.setText(text)
        self.database_label.setToolTip(tip)
        grey_out_changes(self, store)
        self.ui.actionBackup.setEnabled(not self._busy())

    def _start_folder(self) -> Path:
        return self._store.path.parent if self._store.path is not None else paths.data_dir()

    def new_database(self) -> None:
        target = ask_new_database(self, self._start_folder())
        if target is not None:
            self.open_database_file(target, title="Could not create the database")

    def open_database(self) -> None:
        path = ask_open_database(self, self._start_folder())
        if path is not None:
            self.open_database_file(path)

    def open_database_file(self, path: Path, *, title: str = "Could not open the database") -> bool:
        """Open (or create) ``path`` and switch to it; on refusal the current one stays open."""
        if self._store.path is not None and path.absolute() == self._store.path:
            self.statusBar().showMessage(f"{path.name} is already open.", 5000)
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = open_asking(
                path, lambda key: open_store(path, read_only_ok=True, passphrase=key), self
            )
        except EngagementError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, title, str(exc))
            return False
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        if store is None:  # the passphrase was not given
            return False
        self.switch_store(store)
        if store.backup_before_upgrade is not None:
            QMessageBox.information(
                self,
                APP_NAME,
                f"{path.name} was brought up to date for this version of the program. "
                f"A copy of it as it was is at {store.backup_before_upgrade}.",
            )
        return True

    def switch_store(self, store: Store) -> None:
        """Show ``store`` everywhere and close the database that was open before."""
        old = self._store
        self._store = store
        self._opened_here.add(id(store))
        self.sections.set_store(store)  # pages not built yet will be built on this one
        self.data_watch.use(store)
        if self._shown:
            self._activate(self.current_page())
            prefetch_soon(self, lambda: self._store, self.current_key)  # Reports at once
        self._show_database()
        self.statusBar().showMessage(f"Opened {store.label}", 5000)
        log.info("Switched to database %s", store.label)
        old.close()
        self._opened_here.discard(id(old))

    # --- backup ---------------------------------------------------------------------------

    def _busy(self) -> bool:
        return self.backup_task is not None and self.backup_task.running

    def _set_busy(self, busy: bool) -> None:
        for action in (self.ui.actionNewDatabase, self.ui.actionOpenDatabase):
            action.setEnabled(not busy)
        self.ui.actionBackup.setEnabled(not busy)

    def backup_now(self) -> ProgressTask | None:
        """File > Back up now: ask where, then copy on the worker with a Cancel button."""
        if self._busy():
            return None
        self.backup_task = back_up(self, self._store, self._start_folder(), self._set_busy)
        return self.backup_task

    # --- help -----------------------------------------------------------------------------

    def show_about(self) -> None:
        from engagement_desktop.gui.about import AboutDialog

        AboutDialog(self._store, self).exec()

    def open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_settings(self) -> bool:
        """File > Settings; a saved change shows at once on the Home and Reports pages."""
        from engagement_desktop.gui.settings_dialog import SettingsDialog

        saved = SettingsDialog(self._store, self).exec() == SettingsDialog.DialogCode.Accepted
        if saved:
            self.statusBar().showMessage("Settings saved.", 5000)
            if self.current_key() in ("home", "reports"):
                self.current_page().refresh()
        return saved

    # --- settings -------------------------------------------------------------------------

    def _restore_settings(self, start_page: str | None) -> None:
        """The officer's own size and place, else maximised (the first run, or a place
        on no screen now), so the status bar never sits under the taskbar; opens on Home."""
        store = settings.open_settings()
        settings.restore_geometry(self, store)
        state = settings.WINDOW_STATE.read(store)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.SPLITTER_STATE.read(store)
        if not splitter.isEmpty():
            self.ui.splitter.restoreState(splitter)
        keys = self.sections.keys
        wanted = start_page or "home"
        self.ui.navigation.setCurrentRow(keys.index(wanted) if wanted in keys else 0)
        self.ui.navigation.setFocus()

    def save_settings(self) -> None:
        store = settings.open_settings()
        settings.WINDOW_GEOMETRY.write(self.saveGeometry(), store)
        settings.WINDOW_STATE.write(self.saveState(), store)
        settings.SPLITTER_STATE.write(self.ui.splitter.saveState(), store)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy() and self.backup_task is not None:
            self.backup_task.cancel()  # stops within one step; no partial file is left
        database_pool().waitForDone(CLOSE_WAIT_MS)  # and a read in hand ends before the close
        self.save_settings()
        backup_at_close(self, self._store)  # a failure is said once; the window still closes
        if id(self._store) in self._opened_here:
            self._store.close()
        super().closeEvent(event)

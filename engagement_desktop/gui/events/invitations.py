"""The editor's Invitations tab: invite a group, chosen people or everyone interested in
the event's topics (each one call to :func:`invitations.invite`), and the briefing the
officer needs beforehand: support needs counted, and who may not be contacted.

The tab is handed what it needs of the editor that holds it (its widgets, the
store, the event, and "save it first" as plain callables); it does not import it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.events.people_picker import PeoplePicker
from engagement_desktop.gui.forms.ui_event_editor import Ui_EventEditor
from engagement_desktop.services.events import invitations
from engagement_desktop.services.events.details import editor_choices
from engagement_desktop.store.engine import Store


class InvitationsTab:
    """Drives the tab's widgets; the editor owns them.

    ``event_id()`` is the event being edited (None until saved), ``ensure_saved(why)``
    saves it first if the officer agrees, and ``topic_ids()`` are the topics ticked.
    """

    def __init__(
        self,
        ui: Ui_EventEditor,
        store: Store,
        parent: QWidget,
        *,
        event_id: Callable[[], int | None],
        ensure_saved: Callable[[str], bool],
        topic_ids: Callable[[], set[int]],
    ) -> None:
        self.ui, self.store, self.parent = ui, store, parent
        self.event_id, self.ensure_saved, self.topic_ids = event_id, ensure_saved, topic_ids
        ui.inviteGroupButton.clicked.connect(self.invite_group)
        ui.invitePeopleButton.clicked.connect(self.invite_people)
        ui.inviteTopicsButton.clicked.connect(self.invite_by_topics)
        ui.registerButton.clicked.connect(self.open_register)
        ui.checkinButton.clicked.connect(self.open_checkin)
        self.message = ""

    def refresh(self) -> None:
        """Re-read who is invited and the briefing (after a save or an invitation)."""
        ui = self.ui
        event_id = self.event_id()
        saved = event_id is not None
        ui.registerButton.setEnabled(saved)
        ui.checkinButton.setEnabled(saved)
        ui.blockedList.clear()
        if event_id is None:
            ui.invitedLabel.setText(
                "Nobody is invited yet. Choose how to invite people below; the event "
                "is saved first."
            )
            ui.needsLabel.setText("The support needs of those invited will show here.")
            return
        with self.store.session() as session:
            brief = invitations.briefing(session, event_id)
        count = f"{brief.invited:,} {'person' if brief.invited == 1 else 'people'}"
        text = f"On the register: {count} (not counting apologies)."
        if self.message:
            text = f"{self.message} {text}"
        ui.invitedLabel.setText(text)
        ui.needsLabel.setText(brief.needs_text)
        for _person_id, name, why in brief.not_contactable:
            ui.blockedList.addItem(f"{name} — {why}")
        if not brief.not_contactable:
            ui.blockedList.addItem("Everyone invited may be contacted.")
        ui.blockedBox.setTitle(f"May not be contacted ({len(brief.not_contactable)})")

    def _invite(self, **how: object) -> None:
        event_id = self.event_id()
        assert event_id is not None
        try:
            result = invitations.invite(self.store, event_id, **how)  # type: ignore[arg-type]
        except EngagementError as exc:
            QMessageBox.warning(self.parent, "Could not invite", str(exc))
            return
        already = f" ({result.already} already on the register)" if result.already else ""
        self.message = (
            f"Invited {result.added:,} {'person' if result.added == 1 else 'people'}{already}."
        )
        self.refresh()

    def invite_group(self) -> None:
        if not self.ensure_saved("inviting a group"):
            return
        with self.store.session() as session:
            groups = editor_choices(session, None).groups
        if not groups:
            QMessageBox.information(self.parent, "Invite a group", "There are no groups yet.")
            return
        names = list(groups.values())
        current = self.ui.groupCombo.currentData()
        start = names.index(groups[current]) if current in groups else 0
        name, ok = QInputDialog.getItem(
            self.parent,
            "Invite a group",
            "Everyone who is a member on the day of the event:",
            names,
            start,
            False,
        )
        if ok:
            group_id = next(gid for gid, text in groups.items() if text == name)
            self._invite(group_id=group_id)

    def invite_people(self) -> None:
        if not self.ensure_saved("inviting people"):
            return
        event_id = self.event_id()
        assert event_id is not None
        picker = PeoplePicker(self.store, event_id=event_id, parent=self.parent)
        if picker.exec() and picker.chosen:
            self._invite(person_ids=sorted(picker.chosen))

    def invite_by_topics(self) -> None:
        if not self.topic_ids():
            QMessageBox.information(
                self.parent,
                "Invite by topic",
                "Tick the event's topics on the Details tab first: everyone subscribed who "
                "is interested in them will be invited.",
            )
            return
        if self.ensure_saved("inviting by topic"):
            self._invite(by_topics=True)

    def open_register(self) -> None:
        from engagement_desktop.gui.events.register_dialog import RegisterDialog

        event_id = self.event_id()  # an event already saved keeps its id
        if event_id is not None and self.ensure_saved("opening the register"):
            RegisterDialog(self.store, event_id, self.parent).exec()
            self.refresh()

    def open_checkin(self) -> None:
        from engagement_desktop.gui.events.checkin_window import open_checkin

        event_id = self.event_id()  # an event already saved keeps its id
        if event_id is not None and self.ensure_saved("starting check-in"):
            open_checkin(self.store, event_id, self.parent)

"""Add members from a date (several supervisees or an outside colleague), or remove one from a date.

Membership takes effect from the chosen date: meetings from then on expect
the new member (or no longer expect the one who left); past attendance stays.
Past the recommended size the core refuses until the user acknowledges it,
which this dialog asks in plain words before adding anyway.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.services.base import ValidationError
from app.core.services.changes import Changes
from app.core.services.groups import ContactData, GroupTooLarge, MemberChange, MemberRow, SizeWarning

from ..context import AppContext
from ..errors import describe
from ..widgets.supervisee_form import DISCIPLINES

NEW_COLLEAGUE = "new"


@dataclass(frozen=True)
class _Outcome:
    keys: tuple[str, ...]  # the people added (or to add), a contact created on the way included
    change: MemberChange | None
    warning: SizeWarning | None  # set when the size needs acknowledging first


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AddMemberDialog(QDialog):
    """Adds several supervisees (checked in a list) or one outside colleague, from one date, in one go.

    ``added`` carries the core's MemberChange once they are in (``membership_ids``: everyone added).
    """

    added = Signal(object)

    def __init__(self, ctx: AppContext, group_id: int, member_keys: set[str], parent: QWidget | None = None,
                 from_date: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_member_dialog")
        self.setWindowTitle(self.tr("Add members"))
        self.ctx, self.group_id, self.member_keys = ctx, group_id, set(member_keys)
        self.acknowledged = False
        self.busy = False
        self.is_supervisee = QRadioButton(self.tr("Supervisees"), objectName="member_supervisee", checked=True)
        self.is_colleague = QRadioButton(self.tr("An outside colleague"), objectName="member_colleague")
        self.which = QButtonGroup(self)
        self.which.addButton(self.is_supervisee)
        self.which.addButton(self.is_colleague)
        self.filter = QLineEdit(objectName="member_filter", clearButtonEnabled=True)
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setAccessibleName(self.tr("Filter supervisees"))
        self.supervisees = QListWidget(objectName="member_supervisee_list")
        self.supervisees.setAccessibleName(self.tr("Supervisees to add"))
        self.supervisees.setToolTip(self.tr("Space checks or unchecks; Enter adds everyone checked."))
        self.supervisees.setMinimumHeight(160)
        self.supervisees.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chosen_note = QLabel(objectName="member_chosen")
        self.chosen_note.setProperty("muted", True)
        self.contact = QComboBox(objectName="member_contact_choice")
        self.contact.setAccessibleName(self.tr("Colleague"))
        self.contact.addItem(self.tr("New colleague\u2026"), NEW_COLLEAGUE)
        self.contact_name = QLineEdit(objectName="contact_name", maxLength=200)
        self.contact_email = QLineEdit(objectName="contact_email", maxLength=320)
        self.contact_email.setPlaceholderText(self.tr("for invitations"))
        self.contact_discipline = QComboBox(objectName="contact_discipline", editable=True)
        self.contact_discipline.addItems(("",) + DISCIPLINES)
        self.from_date = QDateEdit(objectName="member_from", calendarPopup=True, displayFormat="ddd d MMM yyyy")
        self.from_date.setDate(_qdate(from_date or date.today()))
        self.error = QLabel(objectName="member_error", wordWrap=True, visible=False)
        self.error.setProperty("role", "field-error")
        self.warning = QLabel(objectName="size_warning", wordWrap=True, visible=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("add_member_ok")
        self.ok_button.setProperty("primary", True)
        self.ok_button.setText(self.tr("Add"))
        self.ok_button.setDefault(True)  # Enter in the list or the filter adds everyone checked
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.supervisee_box = QWidget()
        box = QVBoxLayout(self.supervisee_box)
        box.setContentsMargins(24, 0, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.supervisees, 1)
        box.addWidget(self.chosen_note)
        self.colleague_form = QWidget()
        colleague = QFormLayout(self.colleague_form)
        colleague.setContentsMargins(24, 0, 0, 0)
        colleague.addRow(self.tr("Name *"), self.contact_name)
        colleague.addRow(self.tr("E-mail"), self.contact_email)
        colleague.addRow(self.tr("Discipline"), self.contact_discipline)
        form = QFormLayout()
        form.addRow(self.is_supervisee)
        form.addRow(self.supervisee_box)
        form.addRow(self.is_colleague, self.contact)
        form.addRow(self.colleague_form)
        form.addRow(self.tr("Member from"), self.from_date)
        note = QLabel(self.tr("Meetings from this date on expect them; earlier meetings stay as they were."),
                      wordWrap=True)
        note.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>Add members</h3>")))
        layout.addLayout(form, 1)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        for signal in (self.which.buttonToggled, self.supervisees.itemChanged,
                       self.contact.currentIndexChanged, self.from_date.dateChanged):
            signal.connect(self._edited)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self._show()

        def load(p):
            return p.supervisees.list(), p.groups.contacts.list()
        self.ctx.query(load, lambda found: self._fill(*found))

    def _fill(self, supervisees: list, contacts: list) -> None:
        self.supervisees.blockSignals(True)
        self.supervisees.clear()
        for row in supervisees:
            key = f"supervisee:{row.id}"
            if key not in self.member_keys:
                item = QListWidgetItem(row.full_name, self.supervisees)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.supervisees.blockSignals(False)
        if self.supervisees.count():
            self.supervisees.setCurrentRow(0)
        for record in contacts:
            key = f"contact:{record.id}"
            if key not in self.member_keys:
                email = f" <{record.data.email}>" if record.data.email else ""
                self.contact.addItem(record.data.full_name + email, key)
        self._filter(self.filter.text())
        self._show()

    def _items(self) -> list[QListWidgetItem]:
        return [self.supervisees.item(i) for i in range(self.supervisees.count())]

    def _filter(self, text: str) -> None:
        """Hide the names that don't contain what was typed; checked ones stay chosen while hidden."""
        needle = text.strip().casefold()
        first = None
        for item in self._items():
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.supervisees.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.supervisees.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down (or Up) in the filter moves on to the list, so Space can check from there.
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            self.supervisees.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _edited(self, *_: object) -> None:
        self.acknowledged = False  # a different choice: ask about the size again
        self.warning.hide()
        self.error.hide()
        self.ok_button.setText(self.tr("Add"))
        self._show()

    def _show(self) -> None:
        colleague = self.is_colleague.isChecked()
        self.filter.setEnabled(not colleague)
        self.supervisees.setEnabled(not colleague)
        self.contact.setEnabled(colleague)
        self.colleague_form.setVisible(colleague and self.contact.currentData() == NEW_COLLEAGUE)
        count = len(self.checked_keys())
        if not self.supervisees.count():
            self.chosen_note.setText(self.tr("No other supervisees"))
        else:
            self.chosen_note.setText(self.tr("%n chosen", "", count))
        self.ok_button.setEnabled(not self.busy)

    def checked_keys(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def chosen_keys(self) -> list[str]:
        if self.is_supervisee.isChecked():
            return self.checked_keys()
        key = self.contact.currentData()
        return [key] if key is not None else []

    def submit(self) -> None:
        if self.busy:
            return
        keys = self.chosen_keys()
        new_contact: ContactData | None = None
        if not keys:
            return self._fail(self.tr("Check the supervisees to add."))
        if keys == [NEW_COLLEAGUE]:
            new_contact = ContactData(full_name=self.contact_name.text(), email=self.contact_email.text(),
                                      discipline=self.contact_discipline.currentText())
            if not new_contact.full_name.strip():
                return self._fail(self.tr("The colleague needs a name."))
        group_id, day, acknowledge = self.group_id, self.from_date.date().toPython(), self.acknowledged

        def run(p):
            people, changes = tuple(keys), Changes()
            if new_contact is not None:
                contact_id, changes = p.groups.contacts.create(new_contact)
                people = (f"contact:{contact_id}",)
            try:
                change = p.groups.add_members(group_id, people, day, acknowledge_size=acknowledge)
            except GroupTooLarge as exc:
                return _Outcome(people, None, exc.warning), changes
            return _Outcome(people, change, None), changes | change.changes

        self.busy = True
        self._show()
        self.ctx.command(run, self._done, self._failed)

    def _done(self, outcome: _Outcome) -> None:
        self.busy = False
        if self.is_colleague.isChecked() and self.contact.currentData() == NEW_COLLEAGUE:
            # The colleague exists now: choose them, so a second attempt never creates them twice.
            self.contact.blockSignals(True)
            self.contact.addItem(self.contact_name.text().strip(), outcome.keys[0])
            self.contact.setCurrentIndex(self.contact.count() - 1)
            self.contact.blockSignals(False)
        if outcome.warning is not None:
            self.acknowledged = True
            self.warning.setText(self.tr("<b>\u26a0 {0}</b><br>Larger groups leave less time for each "
                                         "member. You can still add them: "
                                         "choose \u201cAdd anyway\u201d.").format(outcome.warning.message))
            self.warning.show()
            self.ok_button.setText(self.tr("Add anyway"))
            self._show()
            return
        self.added.emit(outcome.change)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._show()
        if isinstance(exc, ValidationError):
            self._fail(describe(exc))
        else:
            self.ctx.show_error(exc)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

class RemoveMemberDialog(QDialog):
    """Ends one membership from a chosen date (that day's meeting included)."""

    removed = Signal()

    def __init__(self, ctx: AppContext, group_id: int, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remove_member_dialog")
        self.setWindowTitle(self.tr("Remove from the group"))
        self.ctx, self.group_id, self.member = ctx, group_id, member
        self.from_date = QDateEdit(objectName="member_until", calendarPopup=True, displayFormat="ddd d MMM yyyy")
        self.from_date.setDate(_qdate(max(date.today(), member.joined_on)))
        self.error = QLabel(objectName="remove_error", wordWrap=True, visible=False)
        self.error.setProperty("role", "field-error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Remove from this date"))
        self.ok_button.setObjectName("remove_member_ok")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("No longer a member from")))
        row.addWidget(self.from_date)
        row.addStretch()
        note = QLabel(self.tr("Meetings from this date on (that day included) no longer expect them. "
                              "Meetings before it, and everything already recorded, stay as they were."), wordWrap=True)
        note.setProperty("muted", True)
        title = QLabel(objectName="remove_title", wordWrap=True)
        title.setText(self.tr("<h3>Remove {0}</h3>").format(member.name or self.tr("this member")))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        group_id, key, day = self.group_id, self.member.key, self.from_date.date().toPython()
        self.ok_button.setEnabled(False)
        self.ctx.command(lambda p: p.groups.remove_member(group_id, key, day), self._done, self._failed)

    def _done(self, _: object) -> None:
        self.removed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.setText(describe(exc))
            self.error.show()
        else:
            self.ctx.show_error(exc)

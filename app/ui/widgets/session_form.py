"""The body of the session editor: notes, themes, attendance, follow-ups,
time and fee, the private note, and the outcome (status) buttons.

``data()`` reads it as a :class:`SessionRecordData`, ``load()`` fills it,
``is_dirty()`` compares with what was last saved. ``to_payload`` /
``from_payload`` turn the data into JSON for an encrypted draft.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.services.session_records import AttendanceData, FollowUpData, SessionRecordData
from app.core.services.themes import ThemeInfo

from ..i18n import noop
from ..models.session_rows import padlock_pixmap
from ..theme import colour as theme_colour
from ..theme import follow
from .follow_up_list import FollowUpList
from .markdown_edit import MarkdownEdit
from .theme_chips import CreateTheme, ThemeChips

PRIVATE_LABEL = noop("Private \u2014 never printed or exported")
_FEE = re.compile(r"^\d{0,6}([.,]\d{0,2})?$")


class StatusSelector(QWidget):
    """Scheduled | Held | No-show | Cancelled ▾ (by whom), as one segmented control."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_selector")
        self.status, self.cancelled_by = "scheduled", ""
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for key, text, tip in (("scheduled", self.tr("Scheduled"), self.tr("Not held yet")),
                               ("held", self.tr("Held"), self.tr("Mark held")),
                               ("no_show", self.tr("No-show"), self.tr("The supervisee did not come")),
                               ("cancelled", self.tr("Cancelled"), self.tr("Cancelled, and by whom"))):
            button = QToolButton(text=text, checkable=True, objectName=f"status_{key}")
            button.setToolTip(tip)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.buttons[key] = button
            layout.addWidget(button)
            if key == "cancelled":
                menu = QMenu(button)
                menu.addAction(self.tr("Cancelled by the supervisee"),
                               lambda: self.set_status("cancelled", "supervisee", user=True))
                menu.addAction(self.tr("Cancelled by me (supervisor)"),
                               lambda: self.set_status("cancelled", "supervisor", user=True))
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            else:
                button.clicked.connect(lambda _=False, k=key: self.set_status(k, user=True))
        self._show()

    def mark_held(self) -> None:
        self.set_status("held", user=True)

    def set_status(self, status: str, cancelled_by: str = "", *, user: bool = False) -> None:
        self.status, self.cancelled_by = status, (cancelled_by if status == "cancelled" else "")
        self._show()
        if user:
            self.changed.emit()

    def _show(self) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == self.status)
        cancel = self.buttons["cancelled"]
        by = {"supervisee": self.tr("Cancelled by supervisee"), "supervisor": self.tr("Cancelled by supervisor")}
        cancel.setText(by.get(self.cancelled_by, self.tr("Cancelled")) if self.status == "cancelled"
                       else self.tr("Cancelled"))


class SessionForm(QWidget):
    edited = Signal()

    def __init__(self, create_theme: CreateTheme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = SessionRecordData()
        self._group = False
        self._duration = 60
        self._loading = False
        self.status = StatusSelector()
        self.notes = {
            "brought": MarkdownEdit(self.tr("What the supervisee brought"), "brought",
                                    self.tr("The situation, the client, the question they came with")),
            "reflections": MarkdownEdit(self.tr("Reflections"), "reflections",
                                        self.tr("Your reflection: patterns, parallel process, what stirred in you")),
            "mirrored": MarkdownEdit(self.tr("What was mirrored"), "mirrored",
                                     self.tr("What you gave back: their words, the feeling, the pattern")),
        }
        self.themes = ThemeChips(create_theme)
        self.themes.setObjectName("theme_chips")
        self.follow_ups = FollowUpList()
        self.attendance_box = QWidget(objectName="attendance")
        self.attendance_layout = QVBoxLayout(self.attendance_box)
        self.attendance_layout.setContentsMargins(0, 0, 0, 0)
        self.attendance_layout.setSpacing(2)
        self.attendance: list[tuple[AttendanceData, QCheckBox]] = []
        self.held_minutes = QLineEdit(objectName="held_minutes", placeholderText=self.tr("not recorded"))
        self.held_minutes.setValidator(QIntValidator(0, 24 * 60, self.held_minutes))
        self.held_minutes.setToolTip(self.tr("How long the session actually ran, in minutes"))
        self.planned = QLabel(objectName="planned_minutes")
        self.planned.setProperty("muted", True)
        self.fee = QLineEdit(objectName="fee", placeholderText=self.tr("no fee"))
        self.fee.setValidator(QRegularExpressionValidator(QRegularExpression(_FEE.pattern), self.fee))
        self.currency = QLabel(self.tr("EUR"), objectName="currency")  # the fee's currency as shown
        self.currency.setProperty("muted", True)
        self.paid = QCheckBox(self.tr("Paid"), objectName="paid")
        self.private_note = QPlainTextEdit(objectName="private_note")
        self.private_note.setPlaceholderText(self.tr("For you only. Kept in the vault; left out of every print, "
                                                     "PDF and export."))
        self.private_note.setTabChangesFocus(True)
        self.private_label = QLabel(self.tr(PRIVATE_LABEL), objectName="private_label")
        self.private_icon = QLabel(objectName="private_icon")
        self._paint_padlock()
        follow(self._paint_padlock)  # drawn once as a pixmap: drawn again after a switch of scheme
        self.problems_label = QLabel(objectName="error", wordWrap=True)
        self.problems_label.hide()
        for edit in self.notes.values():
            edit.edited.connect(self._changed)
        for signal in (self.themes.edited, self.follow_ups.edited, self.held_minutes.textChanged,
                       self.fee.textChanged, self.paid.toggled, self.private_note.textChanged):
            signal.connect(self._changed)
        self.status.changed.connect(self._status_changed)

    # ---- layout (the editor window places these two columns) --------------------
    def notes_column(self) -> QWidget:
        """The three Markdown notes and, set apart, the private note."""
        column = QWidget()
        notes = QVBoxLayout(column)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.setSpacing(12)
        for edit in self.notes.values():
            notes.addWidget(edit, 3)
        private = QFrame(objectName="private_card")
        private.setToolTip(self.tr(PRIVATE_LABEL))
        private_layout = QVBoxLayout(private)
        private_layout.setContentsMargins(12, 8, 12, 10)
        private_layout.setSpacing(4)
        title = QHBoxLayout()
        title.setSpacing(6)
        title.addWidget(self.private_icon)
        title.addWidget(self.private_label)
        title.addStretch()
        private_layout.addLayout(title)
        self.private_note.setMinimumHeight(60)
        private_layout.addWidget(self.private_note)
        notes.addWidget(private, 2)
        return column

    def side_column(self) -> QScrollArea:
        """Themes, attendance (group sessions), follow-ups, time and fee."""
        side = QWidget(objectName="session_side")
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        column.addWidget(_card(self.tr("Themes"), self.themes, "themes_card"))
        self.attendance_card = _card(self.tr("Attendance"), self.attendance_box, "attendance_card")
        column.addWidget(self.attendance_card)
        column.addWidget(_card(self.tr("Agreed follow-ups"), self.follow_ups, "follow_ups_card"))
        column.addWidget(_card(self.tr("Time and fee"), self.money_row(), "money_card"))
        column.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setFixedWidth(430)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def money_row(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee)
        fee_row.addWidget(self.currency)
        fee_row.addSpacing(12)
        fee_row.addWidget(self.paid)
        fee_row.addStretch()
        self.held_minutes.setFixedWidth(90)
        self.fee.setFixedWidth(90)
        held_row = QHBoxLayout()
        held_row.addWidget(self.held_minutes)
        held_row.addWidget(self.planned, 1)
        form.addRow(self.tr("Time held"), held_row)
        form.addRow(self.tr("Fee"), fee_row)
        return box

    # ---- values -----------------------------------------------------------
    def data(self) -> SessionRecordData:
        minutes = self.held_minutes.text().strip()
        return SessionRecordData(
            brought=self.notes["brought"].text(), reflections=self.notes["reflections"].text(),
            mirrored=self.notes["mirrored"].text(), private_note=self.private_note.toPlainText(),
            follow_ups=self.follow_ups.items(), theme_ids=tuple(sorted(self.themes.selected())),
            attendance=tuple(replace(a, present=box.isChecked()) for a, box in self.attendance)
            if self._group else None,
            held_minutes=int(minutes) if minutes.isdigit() else None, fee=parse_fee(self.fee.text()),
            paid=self.paid.isChecked(), status=self.status.status, cancelled_by=self.status.cancelled_by)

    def load(self, data: SessionRecordData, *, group: bool, duration: int, catalogue: list[ThemeInfo],
             keep: tuple[ThemeInfo, ...] = (), as_saved: SessionRecordData | None = None) -> None:
        """Show ``data``; ``as_saved`` is what "unsaved" is measured against (default: data)."""
        self._loading = True
        self._group, self._duration = group, duration
        data = self.normalised(data)
        for key, edit in self.notes.items():
            edit.set_text(getattr(data, key))
        self.private_note.setPlainText(data.private_note)
        self.themes.set_catalogue(catalogue, keep)
        self.themes.set_selected(data.theme_ids)
        self.follow_ups.set_items(data.follow_ups)
        self._fill_attendance(data.attendance or ())
        self.held_minutes.setText("" if data.held_minutes is None else str(data.held_minutes))
        self.planned.setText(self.tr("minutes of {duration} planned").format(duration=duration))
        self.fee.setText("" if data.fee is None else f"{Decimal(data.fee):.2f}")
        self.paid.setChecked(data.paid)
        self.status.set_status(data.status or "scheduled", data.cancelled_by)
        self._saved = self.normalised(as_saved) if as_saved is not None else data
        self._loading = False
        self.show_problems({})
        self.edited.emit()

    def normalised(self, data: SessionRecordData) -> SessionRecordData:
        """Comparable form: sorted themes, attendance only for group sessions."""
        return replace(data.cleaned(), theme_ids=tuple(sorted(set(data.theme_ids))),
                       attendance=(data.attendance or ()) if self._group else None,
                       status=data.status or "scheduled")

    def saved(self) -> SessionRecordData:
        return self._saved

    def is_dirty(self) -> bool:
        return self.normalised(self.data()) != self._saved

    def mark_saved(self, data: SessionRecordData) -> None:
        self._saved = self.normalised(data)
        self.edited.emit()

    def set_catalogue(self, catalogue: list[ThemeInfo], keep: tuple[ThemeInfo, ...] = ()) -> None:
        self._loading = True
        self.themes.set_catalogue(catalogue, keep)
        self._loading = False

    def show_problems(self, problems: dict[str, str]) -> None:
        self.problems_label.setText("\n".join(problems.values()))
        self.problems_label.setVisible(bool(problems))

    # ---- helpers ------------------------------------------------------------
    def _fill_attendance(self, items: tuple[AttendanceData, ...]) -> None:
        while self.attendance_layout.count():
            widget = self.attendance_layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.attendance = []
        for item in items:
            box = QCheckBox(item.name or item.person_key, checked=item.present)
            box.setToolTip(self.tr("Ticked: was there"))
            box.toggled.connect(self._changed)
            self.attendance.append((item, box))
            self.attendance_layout.addWidget(box)
        if not items:
            empty = QLabel(self.tr("No one is on this session's list yet; members come from the group."),
                           wordWrap=True)
            empty.setProperty("muted", True)
            self.attendance_layout.addWidget(empty)

    def _status_changed(self) -> None:
        if self.status.status == "held" and not self.held_minutes.text().strip():
            self.held_minutes.setText(str(self._duration))
        self._changed()

    def _paint_padlock(self, _scheme: str = "") -> None:
        from shiboken6 import isValid

        if not (isValid(self) and isValid(self.private_icon)):  # a closed form still hears a later switch
            return
        self.private_icon.setPixmap(padlock_pixmap(14, theme_colour("warn_text"), self.devicePixelRatioF()))

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()


def _card(title: str, body: QWidget, name: str) -> QFrame:
    frame = QFrame(objectName=name)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.setSpacing(6)
    layout.addWidget(QLabel(title, objectName="section_title"))
    layout.addWidget(body)
    return frame


def parse_fee(text: str) -> Decimal | None:
    text = text.strip().replace(",", ".")
    if not text or text == ".":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


# ---- drafts (JSON inside the encrypted vault) -------------------------------
def to_payload(data: SessionRecordData) -> dict[str, Any]:
    return {
        "brought": data.brought, "reflections": data.reflections, "mirrored": data.mirrored,
        "private_note": data.private_note,
        "follow_ups": [{"text": f.text, "due": f.due.isoformat() if f.due else None, "done": f.done, "id": f.id}
                       for f in data.follow_ups],
        "theme_ids": list(data.theme_ids),
        "attendance": None if data.attendance is None else [
            {"person_key": a.person_key, "name": a.name, "present": a.present} for a in data.attendance],
        "held_minutes": data.held_minutes, "fee": None if data.fee is None else str(data.fee),
        "paid": data.paid, "status": data.status, "cancelled_by": data.cancelled_by,
    }


def from_payload(payload: dict[str, Any]) -> SessionRecordData:
    def text(key: str) -> str:
        value = payload.get(key)
        return value if isinstance(value, str) else ""

    follow_ups = []
    for item in payload.get("follow_ups") or []:
        due = item.get("due")
        follow_ups.append(FollowUpData(str(item.get("text", "")), date.fromisoformat(due) if due else None,
                                       bool(item.get("done")), item.get("id")))
    attendance = payload.get("attendance")
    held = payload.get("held_minutes")
    return SessionRecordData(
        brought=text("brought"), reflections=text("reflections"), mirrored=text("mirrored"),
        private_note=text("private_note"), follow_ups=tuple(follow_ups),
        theme_ids=tuple(int(t) for t in payload.get("theme_ids") or ()),
        attendance=None if attendance is None else tuple(
            AttendanceData(str(a.get("person_key", "")), str(a.get("name", "")), bool(a.get("present", True)))
            for a in attendance),
        held_minutes=int(held) if held is not None else None, fee=parse_fee(str(payload.get("fee") or "")),
        paid=bool(payload.get("paid")), status=payload.get("status") or None,
        cancelled_by=text("cancelled_by"))

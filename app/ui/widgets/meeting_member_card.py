"""One member in a live meeting: attendance (present, late, absent), the themes
their case touched, and a short note.

The per-member notes become one Markdown paragraph each in the session's
"brought" note (``compose_brought``), and are read back from it when a
recorded meeting is opened again (``parse_brought``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .theme_chips import CreateTheme, ThemeChips

PRESENT, LATE, ABSENT = "present", "late", "absent"
STATES = ((PRESENT, "Present"), (LATE, "Late"), (ABSENT, "Absent"))
_LINE = re.compile(r"^\*\*(?P<name>.+?)\*\*(?: \((?P<late>late[^)]*)\))?(?:: (?P<note>.*))?$", re.S)


@dataclass(frozen=True)
class MemberNote:
    name: str
    state: str
    late_minutes: int | None
    note: str


def compose_brought(entries: Iterable[MemberNote]) -> str:
    """``**Name** (late, 12 min in): note`` for each present member with a note or a late arrival."""
    parts = []
    for e in entries:
        note = " ".join(e.note.split())
        if e.state == ABSENT or not (note or e.state == LATE):
            continue
        late = ""
        if e.state == LATE:
            late = " (late" + (f", {e.late_minutes} min in" if e.late_minutes is not None else "") + ")"
        parts.append(f"**{e.name.replace('*', '')}**{late}" + (f": {note}" if note else ""))
    return "\n\n".join(parts)


def parse_brought(text: str) -> dict[str, tuple[bool, int | None, str]]:
    """Name -> (late, minutes in, note) from text written by ``compose_brought``; other text is ignored."""
    found: dict[str, tuple[bool, int | None, str]] = {}
    for paragraph in (p.strip() for p in text.split("\n\n")):
        match = _LINE.match(paragraph)
        if match is None:
            continue
        late = match["late"]
        minutes = re.search(r"(\d+) min", late or "")
        found[match["name"]] = (late is not None, int(minutes[1]) if minutes else None, match["note"] or "")
    return found


def other_paragraphs(text: str) -> str:
    """The paragraphs of ``text`` that ``compose_brought`` did not write (kept when recording again)."""
    return "\n\n".join(p.strip() for p in text.split("\n\n") if p.strip() and _LINE.match(p.strip()) is None)


class MemberCard(QFrame):
    """``attendance_changed(key, state)`` when the supervisor ticks someone in or out."""

    attendance_changed = Signal(str, str)
    edited = Signal()

    def __init__(self, key: str, name: str, is_leader: bool, create_theme: CreateTheme | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.member_name = key, name
        self.late_minutes: int | None = None
        self.setObjectName("member_card")
        self.setProperty("card", True)
        self.setProperty("speaking", False)
        self.name = QLabel(name or self.tr("Unnamed member"), objectName="member_name")
        self.name.setMinimumWidth(60)  # a very long name is cut rather than pushing the switch away
        self.name.setToolTip(name)
        self.badge = QLabel(self.tr("leads"), objectName="leader_badge")
        self.badge.setVisible(is_leader)
        self.late_label = QLabel(objectName="late_label")
        self.late_label.setProperty("muted", True)
        self.attendance = QWidget(objectName="attendance_switch")
        switch = QHBoxLayout(self.attendance)
        switch.setContentsMargins(0, 0, 0, 0)
        switch.setSpacing(0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QToolButton] = {}
        for state, label in STATES:
            button = QToolButton(text=label, objectName=f"att_{state}", checkable=True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.group.addButton(button)
            self.buttons[state] = button
            switch.addWidget(button)
        self.buttons[PRESENT].setChecked(True)
        self.group.buttonClicked.connect(self._clicked)
        self.chips = ThemeChips(create_theme)
        self.chips.edited.connect(self.edited)
        self.chips.edited.connect(lambda: None if self.expanded else self.show_chips())
        self._can_create = create_theme is not None
        self.expanded = True
        self.more = QToolButton(objectName="themes_toggle", checkable=True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.more.toggled.connect(self.set_expanded)
        self.note = QLineEdit(objectName="member_note", placeholderText=self.tr("A line on what they brought"))
        self.note.setMaxLength(2000)
        self.note.textEdited.connect(lambda _t: self.edited.emit())
        who = QHBoxLayout()
        who.setSpacing(8)
        who.addWidget(self.name)
        who.addWidget(self.badge)
        who.addWidget(self.late_label)
        who.addStretch(1)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addLayout(who, 1)
        head.addWidget(self.more)
        head.addSpacing(6)
        head.addWidget(self.attendance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.chips)
        layout.addWidget(self.note)

    @property
    def state(self) -> str:
        return next((s for s, b in self.buttons.items() if b.isChecked()), PRESENT)

    @property
    def present(self) -> bool:
        return self.state != ABSENT

    def set_state(self, state: str, late_minutes: int | None = None) -> None:
        self.buttons.get(state, self.buttons[PRESENT]).setChecked(True)
        self.late_minutes = late_minutes if state == LATE else None
        self._show_state()

    def _clicked(self, _button: QToolButton) -> None:
        self._show_state()
        self.attendance_changed.emit(self.key, self.state)
        self.edited.emit()

    def _show_state(self) -> None:
        state = self.state
        self.late_label.setText(self.tr("arrived {0} min in").format(self.late_minutes) if state == LATE
                                and self.late_minutes is not None else "")
        self.chips.setEnabled(state != ABSENT)
        self.note.setEnabled(state != ABSENT)
        self.setProperty("absent", state == ABSENT)
        self._repolish()

    def set_speaking(self, speaking: bool) -> None:
        if self.property("speaking") != speaking:
            self.setProperty("speaking", speaking)
            self._repolish()

    def _repolish(self) -> None:
        for widget in (self, self.name):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def set_expanded(self, expanded: bool) -> None:
        """Every theme to choose from, or only those already tagged (calmer for members not speaking)."""
        self.expanded = expanded
        self.more.blockSignals(True)
        self.more.setChecked(expanded)
        self.more.blockSignals(False)
        self.more.setText(self.tr("Fewer themes") if expanded else self.tr("Tag themes"))
        self.show_chips()

    def show_chips(self) -> None:
        for chip in self.chips.chips.values():
            chip.setVisible(self.expanded or chip.isChecked())
        self.chips.new_button.setVisible(self.expanded and self._can_create)
        self.chips.setVisible(self.expanded or bool(self.chips.selected()))
        self.chips.flow.invalidate()
        self.chips.updateGeometry()

    def value(self) -> MemberNote:
        return MemberNote(self.member_name, self.state, self.late_minutes, self.note.text().strip())

    def themes(self) -> tuple[int, ...]:
        return self.chips.selected() if self.present else ()

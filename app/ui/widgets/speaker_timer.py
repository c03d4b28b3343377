"""What a live meeting shows about time: the speaker's countdown dial, the
speaking order, the business-talk timer, and a plain display for a second screen.

These widgets only paint what they are given; the times come from
:class:`app.core.services.meeting_clock.MeetingClock`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.services.meeting_clock import (
    ABSENT,
    SPEAKING,
    SPOKEN,
    MeetingClock,
    countdown_text,
    format_clock,
)

from ..screen_fit import resize_to_fit
from ..theme import colour as theme_colour

# Colour roles of app/ui/theme.py, looked up at paint time (so a switch of scheme recolours the timer).
MUTED, CALM, LAST_MINUTE, OVER = "muted", "accent", "amber", "error"


def tone(remaining: float) -> QColor:
    """Blue while there is time, amber in the last minute, red when over."""
    return theme_colour(OVER if remaining < 0 else LAST_MINUTE if remaining < 60 else CALM)


class CountdownDial(QWidget):
    """A ring that empties as the speaker's time runs out, with the time left inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown_dial")
        self.remaining = 0.0
        self.allowance = 0
        self.running = False
        self.idle_text = ""
        self.setMinimumSize(170, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def set_state(self, remaining: float, allowance: int, running: bool, idle_text: str = "") -> None:
        self.remaining, self.allowance, self.running, self.idle_text = remaining, allowance, running, idle_text
        self.update()

    @property
    def text(self) -> str:
        return countdown_text(self.remaining)

    @property
    def caption(self) -> str:
        if self.idle_text:
            return self.idle_text
        if self.remaining < 0:
            return self.tr("over time")
        left = self.tr("left of {0}").format(format_clock(self.allowance))
        return left if self.running else left + " \u00b7 " + self.tr("paused")

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        ring = max(8.0, side * 0.045)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        box.adjust(ring / 2, ring / 2, -ring / 2, -ring / 2)
        p.setPen(QPen(theme_colour("track"), ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawEllipse(box)
        colour = tone(self.remaining) if not self.idle_text else theme_colour(MUTED)
        share = 1.0 if self.remaining < 0 else (self.remaining / self.allowance if self.allowance else 0.0)
        if share > 0:
            p.setPen(QPen(colour, ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawArc(box, 90 * 16, -int(round(min(1.0, share) * 360 * 16)))
        digits = QFont(self.font())
        digits.setPixelSize(max(12, int(side * 0.22)))
        digits.setWeight(QFont.Weight.Light if self.remaining >= 0 else QFont.Weight.Normal)
        p.setFont(digits)
        p.setPen(theme_colour(OVER if self.remaining < 0 and not self.idle_text else "text"))
        centre = box.center()
        text_box = QRectF(box.left(), centre.y() - side * 0.2, box.width(), side * 0.3)
        p.drawText(text_box, Qt.AlignmentFlag.AlignCenter, self.text)
        small = QFont(self.font())
        small.setPixelSize(max(11, int(side * 0.06)))
        p.setFont(small)
        p.setPen(theme_colour(OVER if self.remaining < 0 and not self.idle_text else "muted"))
        p.drawText(QRectF(box.left(), centre.y() + side * 0.11, box.width(), side * 0.09),
                   Qt.AlignmentFlag.AlignCenter, self.caption)


class TimeBar(QWidget):
    """A thin bar: how much of a limit is used (red past the limit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used, self.limit = 0.0, 0
        self.setFixedHeight(6)

    def set_used(self, used: float, limit: int) -> None:
        self.used, self.limit = used, limit
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme_colour("track"))
        p.drawRoundedRect(r, 3, 3)
        if self.limit <= 0 and self.used <= 0:
            return
        share = 1.0 if self.limit <= 0 else min(1.0, self.used / self.limit)
        p.setBrush(theme_colour(OVER) if self.used > self.limit else tone(self.limit - self.used))
        p.drawRoundedRect(QRectF(r.left(), r.top(), r.width() * share, r.height()), 3, 3)


@dataclass(frozen=True)
class OrderEntry:
    key: str
    name: str
    is_leader: bool
    state: str  # meeting_clock WAITING / SPEAKING / SPOKEN / ABSENT
    used: float


class _OrderRow(QFrame):
    clicked = Signal(str)

    def __init__(self, number: int, entry: OrderEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = entry.key
        self.setObjectName("order_row")
        self.setProperty("state", entry.state)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click to give this person the turn now"))
        self.number = QLabel(str(number), objectName="order_number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setFixedSize(26, 26)
        self.name = QLabel(entry.name + (self.tr("  \u00b7  leads") if entry.is_leader else ""), objectName="order_name")
        self.info = QLabel(objectName="order_info")
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 10, 3)
        row.setSpacing(10)
        row.addWidget(self.number)
        row.addWidget(self.name, 1)
        row.addWidget(self.info)
        self.show_entry(entry)

    def show_entry(self, entry: OrderEntry) -> None:
        text = {SPEAKING: "speaking", ABSENT: "absent"}.get(entry.state, "")
        if entry.state == SPOKEN or (entry.state != SPEAKING and entry.used >= 1):
            text = format_clock(entry.used)
        self.info.setText(text)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mousePressEvent(event)


class SpeakingOrder(QWidget):
    """The round, numbered: who has spoken (and for how long), who speaks now, who is next."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speaking_order")
        self.rows: dict[str, _OrderRow] = {}
        self._shape: tuple[tuple[str, str], ...] = ()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)

    def set_entries(self, entries: Sequence[OrderEntry]) -> None:
        shape = tuple((e.key, e.state) for e in entries)
        if shape != self._shape:  # rebuild only when order or states change; times update in place
            self._shape = shape
            for row in self.rows.values():
                row.setParent(None)
                row.deleteLater()
            self.rows = {}
            for number, entry in enumerate(entries, 1):
                row = _OrderRow(number, entry, self)
                row.clicked.connect(self.chosen)
                self.rows[entry.key] = row
                self.box.addWidget(row)
        for entry in entries:
            self.rows[entry.key].show_entry(entry)


class BusinessTimer(QFrame):
    """Networking / business talk: its own timer against the limit the group agreed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("business_card")
        self.setProperty("card", True)
        self.title = QLabel(self.tr("Business & networking talk"), objectName="section_title")
        self.value = QLabel(self.tr("0:00"), objectName="business_value")
        self.limit_label = QLabel(objectName="business_limit")
        self.limit_label.setProperty("muted", True)
        self.bar = TimeBar(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.limit_label)

    def set_state(self, used: float, limit: int, running: bool) -> None:
        self.value.setText(format_clock(used))
        over = used > limit if limit else False
        if self.value.property("over") != over:
            self.value.setProperty("over", over)
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)
        self.bar.set_used(used, limit)
        if not limit:
            words = self.tr("No time set aside by the group")
        elif over:
            words = self.tr("{0} over the {1} min agreed").format(countdown_text(limit - used), limit // 60)
        else:
            words = self.tr("{0} left of {1} min").format(countdown_text(limit - used), limit // 60)
        self.limit_label.setText(words + (self.tr(" \u00b7 running") if running else ""))


class TimerDisplay(QWidget):
    """Only the clock, for a screen the group can see: no notes, no attendance, nothing private."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("timer_display")
        self.setWindowTitle(self.tr("{title} \u2014 timer").format(title=title))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.group = QLabel(title, objectName="display_group", alignment=Qt.AlignmentFlag.AlignCenter)
        self.speaker = QLabel(objectName="display_speaker", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.dial = CountdownDial(self)
        self.next_up = QLabel(objectName="display_next", alignment=Qt.AlignmentFlag.AlignCenter)
        self.business = QLabel(objectName="display_business", alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addWidget(self.group)
        layout.addWidget(self.speaker)
        layout.addWidget(self.dial, 1)
        layout.addWidget(self.business)
        layout.addWidget(self.next_up)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        resize_to_fit(self, 900, 760)  # never larger than the screen

    def mirror(self, view, c: MeetingClock, names: dict[str, str]) -> None:
        """Show what the meeting window's clock column shows (``view`` is its MeetingView)."""
        self.speaker.setText(view.speaker.text())
        dial = view.dial
        self.dial.set_state(dial.remaining, dial.allowance, dial.running, dial.idle_text)
        shown = c.current or next(iter(c.upcoming()), None)
        after = [k for k in c.upcoming() if k != shown]
        self.next_up.setText(self.tr("Next: {0}").format(names.get(after[0], '')) if after else " ")
        used = c.business.elapsed()
        self.business.setText(self.tr("Business talk {0} \u00b7 {1}").format(format_clock(used), view.business.limit_label.text())
                              if c.business_running or used >= 1 else " ")

    def show_on_other_screen(self) -> None:
        """Full screen on a second screen when there is one; a window otherwise."""
        here = self.parentWidget().screen() if self.parentWidget() is not None else None
        others = [s for s in QGuiApplication.screens() if s is not here]
        if others:
            self.setGeometry(others[0].availableGeometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

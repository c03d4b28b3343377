"""Reminders of upcoming sessions and group meetings, N minutes before (Settings ▸ Reminders).

One single-shot ``QTimer`` is armed for the next reminder. It is re-armed after every
change to sessions (the pages' ``on_changes``), stops after a lock with nothing kept,
and starts again at unlock. Each session is reminded once per start time (a moved
session is reminded again at its new time).

Privacy: a notification can be read by anyone near the screen, so it carries the
time, the kind of session and the supervisee's initials only; the full name never
leaves the worker (``load_upcoming`` turns it into initials there).

Sleep: ``QTimer`` runs on the monotonic clock, which stands still while the machine
sleeps, so the timer is never armed for more than ``RECHECK_MS`` and the wall clock
is looked at again then. A reminder found due after its session has started is skipped.

Tray: where the desktop has a system tray, the icon is put there at unlock while reminders are on
(and taken away at lock or when they are switched off), so the tray host has docked it before the
first message: a message from an icon shown in the same moment points at the screen's corner (Qt
places it by the icon's position, which the tray host has not given it yet).

The setting is per computer (QSettings ``reminders/minutes``): whether a screen may
show reminders depends on where the screen is, and the vault's settings table has no
column for it (adding one would need a migration).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject, QSettings, QTime, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes

from .context import AppContext
from .i18n import tr

if TYPE_CHECKING:
    from app.core.practice import Practice

CHOICES = (0, 5, 10, 15, 30, 60)  # minutes before; 0 is Off
DEFAULT_MINUTES = 0  # off until the supervisor asks for it (see Settings ▸ Reminders)
KEY = "reminders/minutes"
HORIZON = timedelta(hours=24)  # how far ahead one query looks
RECHECK_MS = 60_000  # the longest the timer is armed for: the wall clock is looked at again then
TRAY_MS = 15_000


def reminder_minutes() -> int:
    value = QSettings().value(KEY, DEFAULT_MINUTES)
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return minutes if minutes in CHOICES else DEFAULT_MINUTES


def set_reminder_minutes(minutes: int) -> None:
    if minutes in CHOICES:
        QSettings().setValue(KEY, minutes)


def initials(name: str) -> str:
    """ "Réka Szabó" -> "R. S." (at most three parts; a group session has none)."""
    return " ".join(f"{part[0].upper()}." for part in name.split()[:3])


@dataclass(frozen=True)
class Upcoming:
    """All a reminder knows of a session: no name, no place, no notes."""

    session_id: int
    start: datetime  # aware, in the practice's zone
    kind: str
    initials: str

    @property
    def key(self) -> tuple[int, datetime]:
        return self.session_id, self.start


def load_upcoming(practice: Practice, after: datetime, until: datetime) -> list[Upcoming]:
    """Scheduled sessions starting in ``(after, until]`` (aware times), runs on the database lane."""
    zone = ZoneInfo(practice.settings.get().time_zone or "UTC")
    lo = after.astimezone(zone).replace(tzinfo=None)
    hi = until.astimezone(zone).replace(tzinfo=None)
    rows = practice.sessions.sessions_between(lo, hi, include_cancelled=False)
    return [Upcoming(r.id, r.start, r.kind, initials(r.supervisee_name)) for r in rows
            if r.status == "scheduled" and after < r.start <= until]


def reminder_text(item: Upcoming, now: datetime) -> str:
    """ "Individual session at 10:00 with R. S. — in 10 minutes" (time, kind and initials only)."""
    when = QLocale().toString(QTime(item.start.hour, item.start.minute), QLocale.FormatType.ShortFormat)
    minutes = max(0, -(-int((item.start - now).total_seconds()) // 60))
    soon = tr("now", "Reminders") if minutes == 0 else tr("in %n minute(s)", "Reminders", minutes)
    if item.kind == "peer_group":
        return tr("Peer-group meeting at {time} \u2014 {soon}", "Reminders").format(time=when, soon=soon)
    if item.kind == "group_supervision":
        return tr("Group supervision at {time} \u2014 {soon}", "Reminders").format(time=when, soon=soon)
    if item.initials:
        return tr("Individual session at {time} with {initials} \u2014 {soon}", "Reminders").format(
            time=when, initials=item.initials, soon=soon)
    return tr("Session at {time} \u2014 {soon}", "Reminders").format(time=when, soon=soon)


class ReminderBanner(QFrame):
    """The in-window reminder at the top of the main window: Open session / Dismiss."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reminder_banner", visible=False)
        self.text = QLabel(objectName="reminder_text", wordWrap=True)
        self.open_button = QPushButton(self.tr("Open session"), objectName="reminder_open")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="reminder_dismiss")
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 12, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.queue: list[tuple[Upcoming, str]] = []  # the first is the one shown

    @property
    def current(self) -> Upcoming | None:
        return self.queue[0][0] if self.queue else None

    def add(self, item: Upcoming, text: str) -> None:
        self.queue.append((item, text))
        self._show_first()

    def keep_only(self, keys: set[tuple[int, datetime]]) -> None:
        """A session moved or cancelled since it was reminded: its banner goes."""
        self.queue = [(item, text) for item, text in self.queue if item.key in keys]
        self._show_first()

    def dismiss(self) -> None:
        self.queue = self.queue[1:]
        self._show_first()

    def clear(self) -> None:
        self.queue = []
        self._show_first()

    def _open(self) -> None:
        item = self.current
        self.dismiss()
        if item is not None:
            self.open_requested.emit(item.session_id)

    def _show_first(self) -> None:
        self.text.setText(self.queue[0][1] if self.queue else "")
        self.setVisible(bool(self.queue))


class ReminderController(QObject):
    """Arms one timer for the next reminder; shows it in the tray and/or the banner."""

    reminded = Signal(object)  # Upcoming, once per reminder shown

    def __init__(self, ctx: AppContext, window: QMainWindow, open_session: Callable[[int], None],
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(window)
        self.ctx, self.window, self.open_session = ctx, window, open_session
        self.now = now or (lambda: datetime.now(UTC))
        self.minutes = reminder_minutes()
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._due)
        self.banner = ReminderBanner()
        self.banner.open_requested.connect(self.open_session)
        self.tray: QSystemTrayIcon | None = None
        self._tray_item: Upcoming | None = None
        self._active = False
        self._generation = 0
        self._upcoming: list[Upcoming] = []
        self._reminded: set[tuple[int, datetime]] = set()
        self._loaded_until: datetime | None = None

    def install(self) -> None:
        """Put the banner above the window's pages (the central widget is wrapped, not changed)."""
        central = self.window.takeCentralWidget()
        holder = QWidget(objectName="reminder_holder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        if central is not None:
            layout.addWidget(central, 1)
        self.window.setCentralWidget(holder)

    # ---- the page-like hooks the main window calls --------------------------------
    def set_unlocked(self, unlocked: bool) -> None:
        if unlocked:
            self._active = True
            self._show_tray_icon()
            self.refresh()
        else:
            self.stop()

    def on_changes(self, changes: Changes) -> None:
        if changes.sessions or changes.supervisees or changes.groups or changes.settings:
            self.refresh()

    def set_minutes(self, minutes: int) -> None:
        """Settings ▸ Reminders: kept on this computer, applied at once."""
        set_reminder_minutes(minutes)
        self.minutes = reminder_minutes()
        if not self.minutes:
            self.banner.clear()
            if self.tray is not None:
                self.tray.hide()
        self._show_tray_icon()
        self.refresh()

    def stop(self) -> None:
        """After a lock: no timer, nothing of any session kept, nothing shown."""
        self._active = False
        self._generation += 1
        self.timer.stop()
        self._upcoming, self._reminded, self._loaded_until = [], set(), None
        self._tray_item = None
        self.banner.clear()
        if self.tray is not None:
            self.tray.hide()

    # ---- loading and arming ---------------------------------------------------------
    @property
    def lead(self) -> timedelta:
        return timedelta(minutes=self.minutes)

    def refresh(self) -> None:
        self._generation += 1
        self.timer.stop()
        if not self._active or not self.minutes:
            self._upcoming = []
            return
        generation, now = self._generation, self.now()
        until = now + HORIZON + self.lead
        self.ctx.query(lambda p: load_upcoming(p, now, until),
                       lambda rows: self._loaded(generation, until, rows),
                       lambda exc: self._load_failed(generation, exc))

    def _loaded(self, generation: int, until: datetime, rows: list[Upcoming]) -> None:
        if generation != self._generation or not self._active:
            return  # a lock, or a newer refresh, came in between
        self._upcoming, self._loaded_until = rows, until
        self.banner.keep_only({row.key for row in rows})
        self._arm()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        from app.core.vault import VaultLocked  # only on failure: keeps SQLAlchemy off the start-up path

        if generation == self._generation and not isinstance(exc, VaultLocked):
            self.ctx.show_error(exc)

    def pending(self) -> list[Upcoming]:
        return [u for u in self._upcoming if u.key not in self._reminded]

    def next_reminder_at(self) -> datetime | None:
        pending = self.pending()
        return min(u.start for u in pending) - self.lead if pending else None

    def _arm(self) -> None:
        self.timer.stop()
        if not self._active or not self.minutes:
            return
        now = self.now()
        if self._loaded_until is not None and now + self.lead + timedelta(hours=1) >= self._loaded_until:
            self.refresh()  # the loaded window is running out
            return
        at = self.next_reminder_at()
        wait = RECHECK_MS if at is None else max(0, int((at - now).total_seconds() * 1000))
        self.timer.start(min(wait, RECHECK_MS))

    def _due(self) -> None:
        now = self.now()
        for item in sorted(self.pending(), key=lambda u: u.start):
            if item.start - self.lead > now:
                break
            self._reminded.add(item.key)
            if now >= item.start:
                continue  # slept past it: a reminder after the session began helps nobody
            self._show(item, now)
        self._arm()

    # ---- showing ------------------------------------------------------------------------
    def window_visible(self) -> bool:
        return self.window.isVisible() and not self.window.isMinimized()

    def _show(self, item: Upcoming, now: datetime) -> None:
        text = reminder_text(item, now)
        tray = QSystemTrayIcon.isSystemTrayAvailable()
        if tray:
            self._tray(item, text)
        if not tray or self.window_visible():
            self.banner.add(item, text)
        if not self.window_visible():
            QApplication.alert(self.window)
        self.reminded.emit(item)

    def _show_tray_icon(self) -> None:
        """While the vault is open and reminders are on, the icon sits in the tray (where there is one)."""
        if self._active and self.minutes and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_icon().show()

    def _tray_icon(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self.window.windowIcon()
            icon = icon if not icon.isNull() else QIcon.fromTheme("appointment-soon")
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Peerglass"))
            self.tray.messageClicked.connect(self._tray_clicked)
        return self.tray

    def _tray(self, item: Upcoming, text: str) -> None:
        tray = self._tray_icon()
        self._tray_item = item
        tray.show()
        tray.showMessage(self.tr("Peerglass reminder"), text, QSystemTrayIcon.MessageIcon.Information, TRAY_MS)

    def _tray_clicked(self) -> None:
        item, self._tray_item = self._tray_item, None
        if item is not None:
            self.window.showNormal()
            self.window.raise_()
            self.open_session(item.session_id)

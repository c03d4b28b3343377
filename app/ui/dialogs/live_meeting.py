"""The live meeting: a group meeting run from the screen, then kept as its record.

The speaking order comes from ``groups.meeting_plan`` (leader first, or the
rotating start); each speaker has a countdown (running over is shown, never
cut off), business talk its own timer. Attendance, each member's themes and
a line on what they brought are taken as it runs; "End meeting" records it
through ``groups.record_meeting``. Time comes from a monotonic clock read on
every refresh (a ``QTimer`` only repaints), injectable for tests.

:class:`~app.ui.controllers.group_windows.GroupWindows` owns the open windows and takes part
in locking (``drafts()``, ``force_close()``) like ``SessionEditors``.
"""
from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from app.core.services.changes import Changes
from app.core.services.meeting_clock import Clock, MeetingClock, speaking_sequence
from app.core.services.session_records import SessionRecordData

from ..context import AppContext
from ..drafts import Draft
from ..errors import describe
from ..models.session_rows import format_day
from ..screen_fit import resize_to_fit
from ..widgets.live_meeting_view import MeetingView
from ..widgets.meeting_member_card import (
    ABSENT,
    LATE,
    PRESENT,
    MemberCard,
    compose_brought,
    other_paragraphs,
    parse_brought,
)
from ..widgets.session_form import from_payload, to_payload
from ..widgets.speaker_timer import TimerDisplay

DRAFT_KIND = "live_meeting"
TICK_MS = 200
DRAFT_EVERY_MS = 30_000


def _load(p, sid: int) -> dict[str, Any]:
    plan = p.groups.meeting_plan(sid)
    record = p.sessions.get(sid)
    members = p.groups.members(plan.group_id, on=plan.start.date())
    return {"plan": plan, "record": record, "members": members, "themes": p.themes.list(include_archived=True),
            "member_themes": p.groups.member_themes(sid), "draft": p.drafts.load(DRAFT_KIND, str(sid))}


class LiveMeetingWindow(QDialog):
    recorded = Signal(int)
    closed = Signal(int)
    started = Signal(int)
    reopen = Signal(int)  # "Start afresh": the manager opens the meeting again, without the draft

    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None, *,
                 clock: Clock = time.monotonic, wall: Clock = time.time,
                 draft: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.session_id, self.ref = ctx, session_id, str(session_id)
        self._time, self._wall = clock, wall
        self._pending_draft = draft
        self.clock: MeetingClock | None = None
        self.plan = self.record = None
        self.cards: dict[str, MemberCard] = {}
        self.names: dict[str, str] = {}
        self._extra_brought = ""
        self._edited = self._ended = self._closing = self._saving = False
        self._shown_speaker: str | None = None
        self.display: TimerDisplay | None = None
        self.setObjectName("live_meeting")
        self.setModal(False)
        self.setWindowTitle(self.tr("Live meeting"))
        resize_to_fit(self, 1440, 920)  # never larger than the screen
        self.setMinimumSize(1160, 700)
        self.view = MeetingView(self)
        self.view.body.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        v = self.view
        v.start_button.clicked.connect(self.toggle)
        v.next_button.clicked.connect(self.next_speaker)
        v.business_button.clicked.connect(self.toggle_business)
        v.order.chosen.connect(self._choose)
        v.end_button.clicked.connect(self.end_meeting)
        v.close_button.clicked.connect(self.reject)
        v.display_button.clicked.connect(self.show_display)
        v.banner_button.clicked.connect(self._start_afresh)
        v.notes.textChanged.connect(self._touched)
        v.follow_ups.edited.connect(self._touched)
        for keys, slot in (("Space", self.toggle), ("N", self.next_speaker), ("B", self.toggle_business)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.ticker = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.refresh)
        self.autosave = QTimer(self, interval=DRAFT_EVERY_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.ctx.query(lambda p: _load(p, session_id), self._loaded, self._load_failed)

    # ---- loading ----------------------------------------------------------------------
    def _loaded(self, found: dict[str, Any]) -> None:
        if self._closing:
            return
        plan, record = found["plan"], found["record"]
        self.plan, self.record = plan, record
        members = found["members"]
        self.names = {m.key: m.name for m in members} | {s.key: s.name for s in plan.speakers}
        order = speaking_sequence([s.key for s in plan.speakers], [m.key for m in members])
        self.clock = MeetingClock(order, plan.speaking_minutes * 60, plan.business_talk_minutes * 60,
                                  clock=self._time, wall=self._wall)
        self.clock.present = {s.key for s in plan.speakers}
        self.view.show_plan(plan)
        self.setWindowTitle(self.tr("{0} \u2014 live meeting, {1}").format(plan.group_name, format_day(plan.start, 'd MMM yyyy')))
        selected = {t for ids in found["member_themes"].values() for t in ids}
        catalogue = [t for t in found["themes"] if not t.archived or t.id in selected]
        for key in order:
            card = MemberCard(key, self.names.get(key, ""), key == plan.leader_key, self._create_theme)
            card.chips.set_catalogue(catalogue)
            card.set_expanded(False)
            card.set_state(PRESENT if key in self.clock.present else ABSENT)
            card.attendance_changed.connect(self._attendance)
            card.edited.connect(self._touched)
            card.note.returnPressed.connect(self.view.clock_column.setFocus)  # Enter: done, keys to the clock
            self.cards[key] = card
            self.view.members_box.addWidget(card)
        if record.status == "held":
            self._prefill(record, found["member_themes"])
        stored = self._pending_draft or found["draft"]
        if stored is not None:
            self.apply_draft(stored)
            if self._pending_draft is not None:  # back from a lock: the gate drops its copy, keep ours
                self.save_draft()
            when = str(stored.get("saved_at", ""))[11:16]
            picked = (self.tr("Picked up where the meeting was left at {0}: times, attendance and notes are "
                              "as they were.").format(when) if when else
                      self.tr("Picked up where the meeting was left: times, attendance and notes are as they "
                              "were."))
            self.view.show_banner(picked, self.tr("Start afresh"))
        elif record.status == "held":
            self.view.show_banner(self.tr("This meeting is already recorded as held. Ending it again updates "
                                          "the record."))
        self._pending_draft = None
        self.view.body.setEnabled(True)
        self.view.clock_column.setFocus()  # Space, N and B work at once; a click in a note is for typing
        self.refresh()
        self.ticker.start()

    def _load_failed(self, exc: BaseException) -> None:
        if not self._closing:
            self.view.title.setText(self.tr("This meeting could not be opened"))
            self.view.when.setText(describe(exc))

    def _prefill(self, record, member_themes: dict[str, tuple[int, ...]]) -> None:
        notes = parse_brought(record.data.brought)
        self._extra_brought = other_paragraphs(record.data.brought)
        for a in record.data.attendance or ():
            if a.person_key in self.cards:
                self.cards[a.person_key].set_state(PRESENT if a.present else ABSENT)
                self.clock.set_present(a.person_key, a.present)
        for key, card in self.cards.items():
            card.chips.set_selected(member_themes.get(key, ()))
            card.show_chips()
            late, minutes, note = notes.get(card.member_name, (False, None, ""))
            card.note.setText(note)
            if late and card.present:
                card.set_state(LATE, minutes)
        self.view.notes.setPlainText(record.data.reflections)
        self.view.follow_ups.set_items(record.data.follow_ups)
        self._edited = False

    # ---- the clock ----------------------------------------------------------------------
    def toggle(self) -> None:
        if self.clock is not None and not self._ended:
            first = not self.clock.started
            self.clock.toggle()
            self._after_clock(first)

    def next_speaker(self) -> None:
        if self.clock is not None and not self._ended:
            self.clock.next_speaker()
            self._after_clock(False)

    def toggle_business(self) -> None:
        if self.clock is not None and not self._ended:
            first = not self.clock.started
            self.clock.toggle_business()
            self._after_clock(first)

    def _choose(self, key: str) -> None:
        if self.clock is not None and not self._ended and self.cards[key].present:
            self.clock.select(key)
            self._after_clock(False)

    def _after_clock(self, first: bool) -> None:
        if first and self.clock is not None and self.clock.started:
            self.started.emit(self.session_id)
            self.autosave.start()
        self.refresh()

    def refresh(self) -> None:
        """Repaint every time from the clock (the timer only decides when)."""
        c = self.clock
        if c is None or self.plan is None:
            return
        present = sum(1 for card in self.cards.values() if card.present)
        self.view.show_clock(c, self.names, self.plan.leader_key, ended=self._ended,
                             here=self.tr("{0} of {1} here").format(present, len(self.cards)))
        for k, card in self.cards.items():
            card.set_speaking(k == c.current)
        focus = c.current or next(iter(c.upcoming()), None)
        if focus != self._shown_speaker:  # the speaker's card opens with every theme; the last one closes
            if self._shown_speaker in self.cards:
                self.cards[self._shown_speaker].set_expanded(False)
            self._shown_speaker = focus
            if focus in self.cards:
                card = self.cards[focus]
                card.set_expanded(True)
                QTimer.singleShot(0, lambda: self.view.scroll.ensureWidgetVisible(card, 0, 24))
        if self.display is not None and self.display.isVisible():
            self.display.mirror(self.view, c, self.names)

    def show_display(self) -> None:
        if self.display is None:
            self.display = TimerDisplay(self.plan.group_name if self.plan else "Meeting", self)
        self.display.show_on_other_screen()
        self.refresh()

    # ---- attendance and notes ---------------------------------------------------------------
    def _attendance(self, key: str, state: str) -> None:
        if self.clock is None:
            return
        card = self.cards[key]
        if state == LATE and card.late_minutes is None and self.clock.started:
            card.set_state(LATE, int(self.clock.meeting_elapsed() // 60))
        self.clock.set_present(key, state != ABSENT)
        self.refresh()

    def _touched(self) -> None:
        self._edited = True

    def _create_theme(self, name: str, colour: str, on_done, on_error) -> None:
        from app.core.services.themes import ThemeInfo

        def created(theme_id: int) -> None:
            on_done(theme_id)
            for card in self.cards.values():
                if theme_id not in card.chips.chips:
                    card.chips.add_theme(ThemeInfo(theme_id, None, name, colour, False, False), checked=False)
                    card.show_chips()
        self.ctx.command(lambda p: p.themes.create(name, colour), created, on_error)

    def on_changes(self, changes: Changes) -> None:
        if changes.themes and self.cards and not self._closing:
            self.ctx.query(lambda p: p.themes.list(), self._catalogue)

    def _catalogue(self, themes: list) -> None:
        for card in self.cards.values():
            card.chips.set_catalogue(themes, [c.theme for c in card.chips.chips.values() if c.isChecked()])
            card.show_chips()

    # ---- drafts -----------------------------------------------------------------------------
    @property
    def in_progress(self) -> bool:
        return self.clock is not None and not self._ended and (self.clock.started or self._edited)

    def has_unsaved_edits(self) -> bool:
        return self.in_progress

    def payload(self) -> dict[str, Any]:
        assert self.clock is not None
        return {"clock": self.clock.snapshot(), "saved_at": datetime.now().isoformat(timespec="seconds"),
                "members": {k: {"state": c.state, "late": c.late_minutes, "note": c.note.text(),
                                "themes": list(c.chips.selected())} for k, c in self.cards.items()},
                "notes": self.view.notes.toPlainText(),
                "follow_ups": to_payload(SessionRecordData(follow_ups=self.view.follow_ups.items()))["follow_ups"]}

    def apply_draft(self, payload: dict[str, Any]) -> None:
        if self.clock is None:
            self._pending_draft = payload
            return
        self.clock.restore(payload.get("clock") or {})
        for key, item in (payload.get("members") or {}).items():
            card = self.cards.get(key)
            if card is not None:
                card.set_state(str(item.get("state", PRESENT)), item.get("late"))
                card.note.setText(str(item.get("note", "")))
                card.chips.set_selected(int(t) for t in item.get("themes") or ())
                card.show_chips()
        self.view.notes.setPlainText(str(payload.get("notes", "")))
        self.view.follow_ups.set_items(from_payload({"follow_ups": payload.get("follow_ups") or []}).follow_ups)
        self._edited = True
        if self.clock.started:
            self.autosave.start()
            self.started.emit(self.session_id)
        self.refresh()

    def drafts(self) -> list[Draft]:
        return [(DRAFT_KIND, self.ref, self.payload())] if self.in_progress else []

    def save_draft(self) -> None:
        if not self.in_progress or self._saving:
            return
        ref, payload = self.ref, self.payload()
        self.ctx.command(lambda p: p.drafts.save(DRAFT_KIND, ref, payload),
                         lambda _: self._status(self.tr("Kept at {0:%H:%M} \u2014 encrypted in the vault").format(
                             datetime.now())),
                         lambda exc: self._status(self.tr("The draft could not be kept: {0}").format(describe(exc))))

    def _status(self, text: str) -> None:
        if not self._closing:
            self.view.status.setText(text)

    def _start_afresh(self) -> None:
        ref = self.ref
        self.ctx.command(lambda p: p.drafts.discard(DRAFT_KIND, ref))
        self._finish()
        self.reopen.emit(self.session_id)

    # ---- ending -----------------------------------------------------------------------------
    def end_meeting(self) -> None:
        c = self.clock
        if c is None or self._ended or self._saving:
            return
        present = [k for k, card in self.cards.items() if card.present]
        held = c.held_minutes()
        if not self.ask_end(len(present), len(self.cards), held):
            return
        c.end()
        record = self.record
        attendance = {k: card.present for k, card in self.cards.items()}
        themes = {k: card.themes() for k, card in self.cards.items() if card.present and card.themes()}
        brought = "\n\n".join(x for x in (compose_brought(self.cards[k].value() for k in c.order),
                                          self._extra_brought) if x)
        notes, follow_ups, sid, ref = self.view.notes.toPlainText(), self.view.follow_ups.items(), \
            self.session_id, self.ref

        def run(p):
            changes = p.groups.record_meeting(sid, attendance, themes, brought=brought, reflections=notes,
                                              mirrored=record.data.mirrored, private_note=record.data.private_note,
                                              follow_ups=follow_ups, held_minutes=held)
            p.drafts.discard(DRAFT_KIND, ref)
            return changes
        self._saving = True
        self.ctx.command(run, lambda _: self._recorded(held, len(present)), self._end_failed)

    def ask_end(self, present: int, total: int, held: int | None) -> bool:
        length = self.tr("{0} min").format(held) if held is not None else self.tr("the planned length")
        answer = QMessageBox.question(
            self, self.tr("End the meeting"), self.tr("End the meeting and keep it as held?\n\n{present} of "
                                                      "{total} members were here; it is recorded as {length}.").format(present=present, total=total, length=length), QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _recorded(self, held: int | None, present: int) -> None:
        self._saving, self._ended = False, True
        self.autosave.stop()
        if self._closing:
            return
        self.refresh()
        self.ticker.stop()
        self.view.body.setEnabled(False)
        self.view.end_button.setEnabled(False)
        self.view.show_banner(self.tr("Recorded as held: {0} here, {1} min. Open the session to add to the "
                                      "notes.").format(present, held or self.plan.length_minutes))
        self.view.banner_button.hide()
        self._status(self.tr("Meeting recorded"))
        self.recorded.emit(self.session_id)

    def _end_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.ctx.show_error(exc)

    # ---- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        if self._closing or self._saving:
            return
        if self.in_progress:
            answer = self.ask_leave()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Discard:
                ref = self.ref
                self.ctx.command(lambda p: p.drafts.discard(DRAFT_KIND, ref))
            else:
                self.clock.pause()
                self.clock.business.pause()
                self.save_draft()
        self._finish()

    def ask_leave(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave the meeting"),
                          self.tr("The meeting is not recorded yet. Keep it to carry on later? Times, "
                                  "attendance and notes are kept as an encrypted draft."), parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Keep for later"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def force_close(self) -> None:
        """Close without asking (the vault is locking; ``drafts()`` was taken first)."""
        self._finish()

    def _finish(self) -> None:
        self._closing = True
        self.ticker.stop()
        self.autosave.stop()
        if self.display is not None:
            self.display.close()
        self.closed.emit(self.session_id)
        super().reject()
        self.deleteLater()

"""The layout of the live meeting window: a header, the clock column on the
left (speaker, countdown, speaking order, business talk), members and notes
on the right, and a footer. Presentation only; the window drives it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.services.meeting_clock import MeetingClock, format_clock

from ..models.session_rows import format_day, format_time, kind_label
from .follow_up_list import FollowUpList
from .speaker_timer import BusinessTimer, CountdownDial, OrderEntry, SpeakingOrder


def _card(name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(objectName=name)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def _muted(text: str = "", name: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text, objectName=name or None, wordWrap=wrap)
    label.setProperty("muted", True)
    return label


class MeetingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # ---- header -----------------------------------------------------------------
        self.header = QFrame(objectName="meeting_header")
        self.title = QLabel(self.tr("Loading\u2026"), objectName="meeting_title")
        self.when = _muted(name="meeting_when")
        self.who = _muted(name="meeting_who")
        titles = QVBoxLayout()
        titles.setSpacing(2)
        for widget in (self.title, self.when, self.who):
            titles.addWidget(widget)
        self.meeting_clock = QLabel(self.tr("0:00"), objectName="meeting_clock")
        self.meeting_clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.meeting_of = _muted(name="meeting_of")
        self.meeting_of.setAlignment(Qt.AlignmentFlag.AlignRight)
        clock_box = QVBoxLayout()
        clock_box.setSpacing(0)
        clock_box.addWidget(_muted(self.tr("Meeting time"), "meeting_clock_caption"), 0, Qt.AlignmentFlag.AlignRight)
        clock_box.addWidget(self.meeting_clock)
        clock_box.addWidget(self.meeting_of)
        head = QHBoxLayout(self.header)
        head.setContentsMargins(24, 14, 24, 14)
        head.addLayout(titles, 1)
        head.addLayout(clock_box)

        self.banner = QFrame(objectName="meeting_banner")
        self.banner_text = QLabel(wordWrap=True)
        self.banner_button = QPushButton(objectName="banner_action")
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(24, 6, 24, 6)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.banner_button)
        self.banner.hide()

        # ---- clock column -------------------------------------------------------------
        now, now_box = _card("now_card")
        self.speaker_caption = _muted(self.tr("Now speaking"), "speaker_caption")
        self.speaker = QLabel(objectName="speaker_name")
        self.speaker.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long names elide
        self.speaker_role = _muted(name="speaker_role")
        self.dial = CountdownDial()
        self.start_button = QPushButton(self.tr("Start"), objectName="start_pause")
        self.start_button.setProperty("primary", True)
        self.start_button.setToolTip(self.tr("Space"))
        self.next_button = QPushButton(self.tr("Next speaker"), objectName="next_speaker")
        self.next_button.setToolTip(self.tr("N"))
        self.business_button = QPushButton(self.tr("Business talk"), objectName="business_toggle")
        self.business_button.setToolTip(self.tr("B"))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.start_button, 2)
        buttons.addWidget(self.next_button, 2)
        buttons.addWidget(self.business_button, 2)
        now_box.addWidget(self.speaker_caption)
        now_box.addWidget(self.speaker)
        now_box.addWidget(self.speaker_role)
        now_box.addWidget(self.dial, 1)
        now_box.addLayout(buttons)

        order, order_box = _card("order_card")
        order_head = QHBoxLayout()
        order_head.addWidget(QLabel(self.tr("Speaking order"), objectName="section_title"), 1)
        self.time_each = _muted(name="time_each")
        order_head.addWidget(self.time_each)
        self.order = SpeakingOrder()
        order_box.addLayout(order_head)
        order_box.addWidget(self.order)

        self.business = BusinessTimer()
        self.clock_column = left = QWidget(objectName="clock_column")
        left.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click here takes the keys back from a note
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 10, 0)
        left_box.setSpacing(12)
        left_box.addWidget(now, 1)
        left_box.addWidget(order)
        left_box.addWidget(self.business)
        left_scroll = QScrollArea(objectName="clock_scroll")  # on a small screen the column scrolls
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        left_scroll.setFixedWidth(450)

        # ---- members and notes -------------------------------------------------------------
        self.members_box = QVBoxLayout()
        self.members_box.setSpacing(10)
        notes, notes_box = _card("meeting_notes_card")
        notes_box.addWidget(QLabel(self.tr("Meeting notes"), objectName="section_title"))
        self.notes = QPlainTextEdit(objectName="meeting_notes")
        self.notes.setPlaceholderText(self.tr("What the group noticed together, agreements, what to bring "
                                              "next time"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        notes_box.addWidget(self.notes)
        notes_box.addWidget(QLabel(self.tr("Follow-ups"), objectName="section_title"))
        self.follow_ups = FollowUpList()
        notes_box.addWidget(self.follow_ups)
        column = QWidget(objectName="members_column")
        column_box = QVBoxLayout(column)
        column_box.setContentsMargins(0, 0, 8, 0)
        column_box.setSpacing(10)
        members_head = QHBoxLayout()
        members_head.addWidget(QLabel(self.tr("Members"), objectName="section_title"))
        self.attendance_summary = _muted(name="attendance_summary")
        members_head.addWidget(self.attendance_summary, 1)
        column_box.addLayout(members_head)
        column_box.addLayout(self.members_box)
        column_box.addWidget(notes)
        column_box.addStretch(1)
        self.scroll = QScrollArea(objectName="members_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(column)

        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(20, 16, 12, 8)
        body.setSpacing(18)
        body.addWidget(left_scroll)
        body.addWidget(self.scroll, 1)

        # ---- footer -----------------------------------------------------------------------
        self.keys_hint = _muted(self.tr("Space start / pause  \u00b7  N next speaker  \u00b7  B business talk"),
                                "keys_hint")
        self.status = _muted(name="meeting_status")
        self.display_button = QPushButton(self.tr("Timer on second screen"), objectName="show_display")
        self.display_button.setToolTip(self.tr("A window with only the clock, for a screen the group can see"))
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.end_button = QPushButton(self.tr("End meeting\u2026"), objectName="end_meeting")
        self.end_button.setProperty("primary", True)
        footer = QHBoxLayout()
        footer.setContentsMargins(20, 8, 20, 14)
        footer.addWidget(self.keys_hint)
        footer.addSpacing(16)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.display_button)
        footer.addWidget(self.close_button)
        footer.addWidget(self.end_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        layout.addLayout(footer)
        for button in self.findChildren(QPushButton):  # Enter in a field must never press a button
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space goes to the clock, not a button

    def show_plan(self, plan) -> None:
        """The header: group, kind, number, date and time, leader, place, guest (a ``MeetingPlan``)."""
        self.title.setText(plan.group_name)
        number = self.tr("Meeting {0}").format(plan.number) + "  \u00b7  " if plan.number else ""
        self.when.setText(f"{kind_label(plan.kind)}  \u00b7  {number}"
                          f"{format_day(plan.start, 'dddd d MMMM yyyy')}, "
                          f"{format_time(plan.start)}\u2013{format_time(plan.end)}")
        who = [self.tr("Led by {0}").format(plan.leader_name) if plan.leader_name
               else self.tr("No one leads this meeting")]
        if plan.place:
            who.append(plan.place)
        if plan.guest_name:
            who.append(self.tr("Guest: {0}").format(plan.guest_name))
        self.who.setText("  \u00b7  ".join(who))
        self.meeting_of.setText(self.tr("of {0} planned").format(format_clock(plan.length_minutes * 60)))

    def show_clock(self, c: MeetingClock, names: dict[str, str], leader_key: str | None, *, ended: bool,
                   here: str) -> None:
        """Show the clock's state: the speaker (or who is up first), the dial, the order, business talk."""
        key = c.current or next(iter(c.upcoming()), None)
        if c.current is not None:
            caption = (self.tr("Now speaking") if c.running else self.tr("Paused") if c.started
                       else self.tr("Up first"))
        else:
            caption = self.tr("Up first") if key is not None else self.tr("Round complete")
        self.speaker_caption.setText(caption)
        name = (names.get(key, "") if key else self.tr("Everyone has spoken") if c.order
                else self.tr("No one on the list"))
        self.speaker.setToolTip(name)
        self.speaker.setText(self.speaker.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, max(200, self.speaker.width())))
        self.speaker_role.setText(self.tr("Leads this meeting"))
        self.speaker_role.setVisible(bool(key) and key == leader_key)
        allowance = c.allowance()
        if key is None:
            self.dial.set_state(0, allowance, False, self.tr("round complete"))
        elif c.current is None or not c.started:
            self.dial.set_state(c.remaining(key), allowance, False, self.tr("press Space to start"))
        else:
            self.dial.set_state(c.remaining(), allowance, c.running)
        self.start_button.setText(self.tr("Pause") if c.running else self.tr("Resume") if c.current and c.elapsed(c.current)
                                  else self.tr("Start"))
        self.next_button.setText(self.tr("Finish round") if c.current and not c.upcoming() else self.tr("Next speaker"))
        self.next_button.setEnabled(key is not None and not ended)
        self.start_button.setEnabled(key is not None and not ended)
        self.business_button.setText(self.tr("Pause business talk") if c.business_running else self.tr("Business talk"))
        self.time_each.setText(self.tr("{0} each").format(format_clock(allowance)))
        self.attendance_summary.setText(here)
        self.order.set_entries([OrderEntry(k, names.get(k, ""), k == leader_key, c.state(k), c.elapsed(k))
                                for k in c.order])
        self.business.set_state(c.business.elapsed(), c.business_seconds, c.business_running)
        self.meeting_clock.setText(format_clock(c.meeting_elapsed()))

    def show_banner(self, text: str, action: str = "") -> None:
        self.banner_text.setText(text)
        self.banner_button.setText(action)
        self.banner_button.setVisible(bool(action))
        self.banner.show()

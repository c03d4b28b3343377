"""Send a group's invitations: the whole series or one meeting, to each member by e-mail.

The core writes each invitation row on the database lane, the e-mails go out
on the network lane (so locking never waits for a mail server), and the
results are written back on the database lane, after the next unlock if the
vault was locked meanwhile. The progress callback is called on the network
thread, so it only emits a Qt signal of an object living in the GUI thread,
which Qt delivers there. Without an SMTP account the invitations
can be saved as .eml + .ics files to send by hand.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services.base import ValidationError
from app.core.services.changes import Changes
from app.core.services.groups import GroupRecord, MeetingRow, MemberRow
from app.core.services.invitations import InviteTarget, SendOutcome, deliveries
from app.core.vault import VaultLocked

from ..context import AppContext
from ..errors import describe
from ..i18n import noop, tr
from ..models.group_tables import day_text
from ..status import main_window
from ..theme import colour

# The result column's colour roles (app/ui/theme.py), read when the row is painted: a switch of scheme recolours them.
OK_COLOUR, FAIL_COLOUR, MUTED_COLOUR = "ok_text", "error", "muted"
SECURITY_WORDS = {"starttls": "STARTTLS", "tls": "TLS", "none": noop("no encryption, this computer only")}


class _Row(QTreeWidgetItem):
    """An invitee's row; its result (column 2) in the colour of ``tone``, a role of the scheme in use."""

    def __init__(self, texts: list[str], tone: str = "") -> None:
        super().__init__(texts)
        self.tone = tone

    def data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and self.tone:
            return QBrush(colour(self.tone))
        return super().data(column, role)


class _Progress(QObject):
    """Lives in the GUI thread; the worker only emits ``step`` (a queued signal)."""

    step = Signal(int, int)


@dataclass(frozen=True)
class _Scene:
    record: GroupRecord
    series: list  # SeriesRecord
    meetings: list[MeetingRow]
    members: list[MemberRow]
    smtp: object | None  # SmtpSettings


def _active(member: MemberRow, day: date) -> bool:
    return member.joined_on <= day and (member.left_on is None or day < member.left_on)


class SendInvitationsDialog(QDialog):
    """``sent`` carries the SendOutcome of each batch (sent, or saved as files)."""

    sent = Signal(object)

    def __init__(self, ctx: AppContext, group_id: int, parent: QWidget | None = None,
                 session_id: int | None = None, open_smtp=None) -> None:
        super().__init__(parent)
        self.setObjectName("send_invitations_dialog")
        self.setWindowTitle(self.tr("Send invitations"))
        self.ctx, self.group_id, self.wanted_session = ctx, group_id, session_id
        self.open_smtp = open_smtp
        self.scene: _Scene | None = None
        self.sending = False
        self.outcome: SendOutcome | None = None
        self._stop = threading.Event()
        self._progress = _Progress()
        self._progress.step.connect(self._stepped)
        self.heading = QLabel(self.tr("<h3>Send invitations</h3>"), objectName="send_heading")
        self.whole = QRadioButton(self.tr("The whole series"), objectName="target_series", checked=True)
        self.one = QRadioButton(self.tr("One meeting"), objectName="target_meeting")
        self.target = QButtonGroup(self)
        self.target.addButton(self.whole)
        self.target.addButton(self.one)
        self.series = QComboBox(objectName="series_choice")
        self.meeting = QComboBox(objectName="meeting_choice")
        self.account = QLabel(objectName="smtp_account", wordWrap=True, openExternalLinks=False)
        self.account.linkActivated.connect(self._setup_smtp)
        self.recipients = QTreeWidget(objectName="recipients")
        self.recipients.setHeaderLabels([self.tr("Invitee"), self.tr("E-mail"), self.tr("Result")])
        self.recipients.setRootIsDecorated(False)
        self.recipients.setAlternatingRowColors(True)
        header = self.recipients.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel(objectName="send_summary", wordWrap=True, visible=False)
        self.progress = QProgressBar(objectName="send_progress", visible=False, textVisible=True)
        self.send_button = QPushButton(self.tr("Send"), objectName="send_now")
        self.send_button.setProperty("primary", True)
        self.retry_button = QPushButton(self.tr("Send again to those that failed"), objectName="send_retry", visible=False)
        self.files_button = QPushButton(self.tr("Save as files\u2026"), objectName="save_files")
        self.files_button.setToolTip(self.tr("An .eml e-mail and an .ics invitation per invitee, to send "
                                             "from your own mail program"))
        self.stop_button = QPushButton(self.tr("Stop sending"), objectName="send_stop", visible=False)
        self.close_button = QPushButton(self.tr("Close"), objectName="send_close")
        self.send_button.clicked.connect(lambda: self.send())
        self.retry_button.clicked.connect(self.retry)
        self.files_button.clicked.connect(self.save_files)
        self.stop_button.clicked.connect(self._stop.set)
        self.close_button.clicked.connect(self.reject)
        for signal in (self.target.buttonToggled, self.series.currentIndexChanged, self.meeting.currentIndexChanged):
            signal.connect(self._target_changed)

        form = QFormLayout()
        form.addRow(self.whole, self.series)
        form.addRow(self.one, self.meeting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addStretch()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.account)
        layout.addWidget(self.recipients, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.setMinimumSize(620, 440)
        self.reload()

    # ---- what there is to send ------------------------------------------------------------
    def reload(self) -> None:
        group_id = self.group_id
        now = datetime.now().replace(second=0, microsecond=0)

        def load(p):
            return _Scene(p.groups.get(group_id), p.series.list(group_id=group_id),
                          p.groups.meetings(group_id, now - timedelta(hours=12), now + timedelta(days=400),
                                            include_cancelled=False),
                          p.groups.members(group_id, include_former=True), p.invitations.smtp_settings())
        self.ctx.query(load, self._loaded)

    def _loaded(self, scene: _Scene) -> None:
        self.scene = scene
        self.heading.setText(self.tr("<h3>Send invitations \u2014 {0}</h3>").format(_escape(scene.record.data.name)))
        for combo in (self.series, self.meeting):
            combo.blockSignals(True)
            combo.clear()
        upcoming = {m.series_id for m in scene.meetings}
        for series in scene.series:
            if series.id in upcoming:
                first = next(m for m in scene.meetings if m.series_id == series.id)
                self.series.addItem(self.tr("Every meeting of the series, from {0}").format(
                    day_text(first.start.date())), series.id)
        for m in scene.meetings:
            leader = self.tr(" \u2014 led by {0}").format(m.leader_name) if m.leader_name else ""
            self.meeting.addItem(self.tr("No. {0} \u2014 {1}, {2:%H:%M}{3}").format(
                m.number, day_text(m.start.date()), m.start, leader), m.session_id)
        if self.wanted_session is not None and self.meeting.findData(self.wanted_session) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(self.wanted_session))
            self.one.setChecked(True)
        elif not self.series.count():
            self.one.setChecked(True)
        for combo in (self.series, self.meeting):
            combo.blockSignals(False)
        smtp = scene.smtp
        if smtp is None:
            self.account.setText(self.tr("E-mail sending isn\u2019t set up. <a href='smtp'>Set up e-mail "
                                         "sending\u2026</a><br>Or save the invitations as files and send "
                                         "them from your own mail program."))
            self.account.setProperty("role", "notice")
        else:
            self.account.setText(self.tr("From {0} through {1}:{2} ({3}). <a href='smtp'>Change\u2026</a>").format(_escape(smtp.from_address), _escape(smtp.host), smtp.port, tr(SECURITY_WORDS.get(smtp.security, smtp.security))))
            self.account.setProperty("role", "")
        self.account.style().polish(self.account)
        self._target_changed()

    def target_value(self) -> InviteTarget | None:
        if self.whole.isChecked():
            series_id = self.series.currentData()
            return InviteTarget.series(series_id) if series_id is not None else None
        session_id = self.meeting.currentData()
        return InviteTarget.meeting(session_id) if session_id is not None else None

    def invitees(self) -> list[tuple[str, str, str]]:
        """(person key, name, e-mail) the chosen target goes to, as the core will work it out."""
        scene, target = self.scene, self.target_value()
        if scene is None or target is None:
            return []
        if target.series_id is not None:
            first = next((m for m in scene.meetings if m.series_id == target.series_id), None)
            day, guest = (first.start.date() if first else date.today()), False
        else:
            meeting = next(m for m in scene.meetings if m.session_id == target.session_id)
            day, guest = meeting.start.date(), meeting.guest_invited
        seen: set[str] = set()
        out = []
        for m in sorted(scene.members, key=lambda r: (r.rota_position, r.membership_id)):
            if _active(m, day) and m.key not in seen:
                seen.add(m.key)
                out.append((m.key, m.name, m.email))
        data = scene.record.data
        if guest and data.guest_email:
            out.append((f"guest:{scene.record.id}", self.tr("{0} (guest)").format(data.guest_name), data.guest_email))
        return out

    def _target_changed(self, *_: object) -> None:
        self.series.setEnabled(self.whole.isChecked())
        self.meeting.setEnabled(self.one.isChecked())
        self.outcome = None
        self.recipients.clear()
        for _key, name, email in self.invitees():
            item = _Row([name, email or "\u2014", "" if email else self.tr("No e-mail address: skipped")],
                        "" if email else MUTED_COLOUR)
            self.recipients.addTopLevelItem(item)
        self.summary.hide()
        self.retry_button.hide()
        self._enable()

    def _enable(self) -> None:
        reachable = any(email for _, _, email in self.invitees())
        has_smtp = self.scene is not None and self.scene.smtp is not None
        self.send_button.setEnabled(reachable and has_smtp and not self.sending)
        self.send_button.setVisible(has_smtp)
        self.files_button.setEnabled(reachable and not self.sending)
        self.files_button.setProperty("primary", not has_smtp)
        self.files_button.style().polish(self.files_button)
        for widget in (self.whole, self.one, self.series, self.meeting):
            widget.setEnabled(not self.sending and (widget not in (self.series, self.meeting)
                                                    or (widget is self.series) == self.whole.isChecked()))
        self.stop_button.setVisible(self.sending)
        self.close_button.setEnabled(not self.sending)

    def _setup_smtp(self, _link: str = "") -> None:
        if self.open_smtp is not None:
            self.open_smtp(self.reload)

    # ---- sending --------------------------------------------------------------------------
    def send(self, only: list[str] | None = None) -> None:
        """Prepare on the database lane, send on the network lane, record on the database lane:
        a slow or dead mail server never holds up the database (or Ctrl+L)."""
        target = self.target_value()
        if target is None or self.sending:
            return
        self._stop.clear()
        progress, stop, ctx = self._progress, self._stop, self.ctx

        def prepare(p):
            # The core's two database halves of ``invitations.send``: prepare_batch writes the rows
            # "unsent" first, record_delivery marks them once the network lane has sent them.
            settings = p.invitations.smtp_settings()
            if settings is None:
                raise ValidationError({"smtp": tr("Set up your SMTP account first, or save the invitations "
                                                  "as files.", "send_invitations")})
            password = p.invitations.smtp_password(settings) if settings.username else None
            batch = p.invitations.prepare_batch(target, only=only,
                                                sender=(settings.from_name, settings.from_address))
            # A write (the "unsent" rows): a command, so every screen hears of the new invitations.
            return (settings, password, batch), Changes(invitations=True)

        def prepared(prep) -> None:
            settings, password, batch = prep

            def deliver():
                from app.core.mail import send_invitations

                # On the network lane: only the signal crosses to the GUI thread.
                return send_invitations(settings, password, batch.emails,
                                        progress=lambda done, total: progress.step.emit(done, total),
                                        cancel=stop.is_set)

            ctx.network(deliver, lambda results: self._record(batch, results), self._failed, initiator=self)

        self.sending = True
        self.progress.setRange(0, 0)  # busy until the first step arrives
        self.progress.setFormat(self.tr("Connecting\u2026"))
        self.progress.show()
        self.summary.hide()
        self._enable()
        ctx.command(prepare, prepared, self._failed, initiator=self)

    def _record(self, batch, results) -> None:
        """Mark each invitation from its SMTP result; if the vault locked meanwhile, after the next unlock."""
        outcomes = deliveries(results)

        def mark(p):
            outcome = p.invitations.record_delivery(batch, outcomes)
            return outcome, outcome.changes

        def failed(exc: BaseException) -> None:
            if isinstance(exc, VaultLocked):
                self.ctx.keep_for_unlock(lambda p: mark(p)[1])
                self.sending = False
            else:
                self._failed(exc)

        if self.ctx.is_open:
            self.ctx.command(mark, self._done, failed, initiator=self)
        else:
            failed(VaultLocked())

    def retry(self) -> None:
        if self.outcome is not None:
            self.send(only=[r.person_key for r in self.outcome.failed])

    def _stepped(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Sent {0} of {1}").format(done, total))

    def save_files(self) -> None:
        target = self.target_value()
        if target is None:
            return
        # Invitations come from the supervisor's address: ask for it before a folder is picked.
        self.ctx.query(lambda p: p.settings.get().email, lambda email: self._save_files_to(target, email))

    def _save_files_to(self, target, email: str) -> None:
        if not email and (self.scene is None or self.scene.smtp is None):
            self.ask_for_email()
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save invitations to a folder"), str(Path.home()))
        if not folder:
            return

        def run(p):
            outcome = p.invitations.save_as_files(target, Path(folder))
            return outcome, outcome.changes
        self.sending = True
        self._enable()
        self.ctx.command(run, self._done, self._failed)

    def ask_for_email(self) -> None:
        """No address to send from: say so and offer the way to Settings."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Your e-mail address"),
                          self.tr("Invitations come from you: add your e-mail address in Settings first."),
                          QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Open Settings"), QMessageBox.ButtonRole.AcceptRole)
        self.email_question = box
        box.exec()
        if box.clickedButton() is go:
            window = main_window(self)
            if window is not None and hasattr(window, "show_page"):
                self.reject()
                window.show_page("Settings")

    def _done(self, outcome: SendOutcome) -> None:
        self.sending = False
        self.outcome = outcome
        self.progress.hide()
        self._show_results(outcome)
        self._enable()
        self.sent.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self.sending = False
        self.progress.hide()
        self._enable()
        if isinstance(exc, (ValidationError, OSError)):
            self._say(describe(exc), "error")
        else:
            self.ctx.show_error(exc)

    def _show_results(self, outcome: SendOutcome) -> None:
        self.recipients.clear()
        for r in outcome.results:
            if outcome.paths:
                text, tone = self.tr("Saved as files to send by hand"), MUTED_COLOUR
            elif r.status == "sent":
                text = self.tr("Cancellation sent") if r.method == "CANCEL" else self.tr("Sent")
                tone = OK_COLOUR
            else:
                text, tone = r.reason or self.tr("Not sent"), FAIL_COLOUR
            item = _Row([r.name, r.email, text], tone)
            item.setToolTip(2, text)
            item.setData(0, Qt.ItemDataRole.UserRole, r.person_key)
            self.recipients.addTopLevelItem(item)
        for name in outcome.skipped:
            item = _Row([name, "\u2014", self.tr("No e-mail address: skipped")], MUTED_COLOUR)
            self.recipients.addTopLevelItem(item)
        total, failed = len(outcome.results), len(outcome.failed)
        if outcome.paths:
            folder = outcome.paths[0].parent
            saved = self.tr("Saved %n invitation(s) ({0} files) to {1}.", "", total)
            self._say(saved.format(len(outcome.paths), folder) + " "
                      + self.tr("Send each .eml from your mail program."), "ok")
        elif not failed:
            self._say(self.tr("The invitation was sent.") if total == 1  # "all": two or more
                      else self.tr("All %n invitation(s) were sent.", "", total), "ok")
        elif failed == total:
            reasons = {r.reason for r in outcome.failed}
            reason = reasons.pop() if len(reasons) == 1 else self.tr("The reasons are listed below.")
            self._say(self.tr("Nothing was sent. {0} Check the server settings or your connection, then send "
                              "again.").format(reason), "error")
        else:
            self._say(self.tr("{0} sent, {1} failed (see below). Only those were not sent; you can send to "
                              "them again.").format(total - failed, failed), "error")
        self.retry_button.setVisible(bool(failed) and not outcome.paths)

    def _say(self, text: str, role: str) -> None:
        self.summary.setText(text)
        self.summary.setProperty("role", role)
        self.summary.style().polish(self.summary)
        self.summary.show()

    def reject(self) -> None:
        if self.sending:
            self._stop.set()  # the worker stops before the next invitee
            return
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Settings ▸ Calendar sync: the server, the account, the calendar and the privacy level.

The account is kept in the vault; the password only in the system credential
store (never in the vault file or a log). Listing calendars and saving the
password run on the network lane.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.services.base import ValidationError
from app.core.sync import LEVEL_LABELS, AccountData

from ..context import AppContext
from ..errors import describe
from ..widgets.reveal import add_reveal


class CalendarSyncDialog(QDialog):
    """``saved`` once the account (and the password, if typed) are stored."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, sync_now: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_sync_dialog")
        self.setWindowTitle(self.tr("Calendar sync"))
        self.ctx = ctx
        self._sync_now = sync_now
        self.server = QLineEdit(objectName="sync_server", maxLength=500)
        self.server.setPlaceholderText(self.tr("https://cloud.example.org/remote.php/dav  (or just the host name)"))
        self.username = QLineEdit(objectName="sync_username", maxLength=200)
        self.password = QLineEdit(objectName="sync_password", echoMode=QLineEdit.EchoMode.Password)
        add_reveal(self.password, self.tr("password"))
        self.password.setPlaceholderText(self.tr("an app password; kept in the system credential store"))
        self.calendar = QComboBox(objectName="sync_calendar", editable=True)
        self.calendar.setPlaceholderText(self.tr("Peerglass"))
        self.calendar.setMinimumContentsLength(18)  # a calendar's name is shown whole, not "pervision"
        self.calendar.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list_button = QPushButton(self.tr("List calendars"), objectName="sync_list")
        self.list_button.clicked.connect(self.list_calendars)
        self.new_button = QPushButton(self.tr("New calendar…"), objectName="sync_new")
        self.new_button.clicked.connect(self.new_calendar)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.calendar, 1)
        calendar_row.addWidget(self.list_button)
        calendar_row.addWidget(self.new_button)
        self.privacy = QComboBox(objectName="sync_privacy")
        labels = {"busy": self.tr("Busy only (no names, no places)"), "initials": self.tr("Initials (no places)"),
                  "full": self.tr("Full titles and places")}
        for key, label in LEVEL_LABELS.items():
            self.privacy.addItem(labels.get(key, label), key)
        self.past = QSpinBox(objectName="sync_past", minimum=0, maximum=3660, value=92, suffix=self.tr(" days back"))
        self.future = QSpinBox(objectName="sync_future", minimum=1, maximum=3660, value=365,
                               suffix=self.tr(" days ahead"))
        window_row = QHBoxLayout()
        window_row.addWidget(self.past)
        window_row.addWidget(self.future)
        self.interval = QSpinBox(objectName="sync_interval", minimum=0, maximum=1440, value=15,
                                 suffix=self.tr(" min"), specialValueText=self.tr("only when I ask"))
        self.enabled = QCheckBox(self.tr("Sync this vault's schedule with the calendar server"),
                                 objectName="sync_enabled")
        self.import_new = QCheckBox(self.tr("Also bring in events created on other devices"),
                                    objectName="sync_import_new")
        self.import_new.setToolTip(self.tr("Events made on your phone in this calendar come back as proposed "
                                           "new sessions for you to accept. Off: they are left alone."))
        note = QLabel(self.tr("Only titles, places and times leave the vault, as the privacy level says. "
                              "Notes, themes and private fields never do. Changes made on your phone come "
                              "back as proposed changes for you to accept."), wordWrap=True)
        note.setProperty("muted", True)
        self.message = QLabel(objectName="sync_message", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Calendar"), calendar_row)
        form.addRow(self.tr("What leaves the vault"), self.privacy)
        form.addRow(self.tr("Sessions synced"), window_row)
        form.addRow(self.tr("Sync every"), self.interval)
        form.addRow(self.enabled)
        form.addRow(self.import_new)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("sync_save")
        self.sync_button = QPushButton(self.tr("Save and sync now"), objectName="sync_now")
        self.buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.sync_button.clicked.connect(lambda: self.submit(then_sync=True))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._calendar_urls: dict[str, str] = {}
        self._account = AccountData()
        ctx.query(lambda p: p.sync.account(), self._fill)

    # ---- loading ----------------------------------------------------------------
    def _fill(self, account: AccountData) -> None:
        self._account = account
        self.server.setText(account.server_url)
        self.username.setText(account.username)
        if account.calendar_name:
            self.calendar.setCurrentText(account.calendar_name)
            self._calendar_urls[account.calendar_name] = account.calendar_url
        self.privacy.setCurrentIndex(max(0, self.privacy.findData(account.privacy)))
        self.past.setValue(account.past_days)
        self.future.setValue(account.future_days)
        self.interval.setValue(account.interval_minutes)
        self.enabled.setChecked(account.enabled or not account.server_url)
        self.import_new.setChecked(account.import_new)

    def _remote(self) -> Any:
        """Built on the network lane: the typed password, else the stored one."""
        from app.core.sync import Remote
        from app.core.sync.password import load_password

        url, user, typed = self.server.text().strip(), self.username.text().strip(), self.password.text()
        return Remote(url, user, typed or load_password(url, user) or "")

    # ---- calendars ----------------------------------------------------------------
    def list_calendars(self) -> None:
        self.message.setText(self.tr("Asking the server for its calendars…"))
        self.list_button.setEnabled(False)
        make = self._remote
        self.ctx.network(lambda: make().calendars(), self._listed, self._network_failed)

    def _listed(self, calendars: list[tuple[str, str]]) -> None:
        self.list_button.setEnabled(True)
        current = self.calendar.currentText()
        self.calendar.clear()
        self._calendar_urls = dict(calendars)
        self.calendar.addItems([name for name, _ in calendars])
        if current:
            self.calendar.setCurrentText(current)
        self.message.setText(self.tr("%n calendar(s) on the server.", "", len(calendars)) if calendars else
                             self.tr("The server has no calendar for this account yet: choose New calendar…."))

    def new_calendar(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New calendar"), self.tr("Name of the new calendar:"),
                                        text=self.tr("Supervision"))
        name = name.strip()
        if not ok or not name:
            return
        make = self._remote
        self.message.setText(self.tr("Creating the calendar…"))
        self.ctx.network(lambda: (name, make().make_calendar(name)), self._made, self._network_failed)

    def _made(self, made: tuple[str, str]) -> None:
        name, url = made
        self._calendar_urls[name] = url
        if self.calendar.findText(name) < 0:
            self.calendar.addItem(name)
        self.calendar.setCurrentText(name)
        self.message.setText(self.tr("Calendar “{name}” created.").format(name=name))

    def _network_failed(self, exc: BaseException) -> None:
        self.list_button.setEnabled(True)
        self.message.setText(describe(exc))

    # ---- saving ------------------------------------------------------------------
    def data(self) -> AccountData:
        name = self.calendar.currentText().strip()
        url = self._calendar_urls.get(name, "")
        server = self.server.text().strip()
        if server != self._account.server_url and url == self._account.calendar_url:
            url = ""  # the stored calendar is on the old server: the new one is searched by name
        return AccountData(server_url=server, username=self.username.text().strip(), calendar_url=url,
                           calendar_name=name, privacy=str(self.privacy.currentData()),
                           past_days=self.past.value(), future_days=self.future.value(),
                           interval_minutes=self.interval.value(), enabled=self.enabled.isChecked(),
                           import_new=self.import_new.isChecked())

    def submit(self, then_sync: bool = False) -> None:
        data = self.data()
        password = self.password.text()

        def saved(_: object) -> None:
            if password:
                from app.core.sync.password import store_password

                self.ctx.network(lambda: store_password(data.server_url, data.username, password),
                                 lambda _: self._done(then_sync), self._password_failed)
            else:
                self._done(then_sync)

        self.ctx.command(lambda p: p.sync.save_account(data), saved, self._save_failed)

    def _done(self, then_sync: bool) -> None:
        self.password.clear()
        self.saved.emit()
        if then_sync and self._sync_now is not None:
            self._sync_now()
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.message.setText("\n".join(exc.problems.values()))
        else:
            self.message.setText(describe(exc))

    def _password_failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("{error} The account was saved; for the command line, set "
                                     "PEERGLASS_CALDAV_PASSWORD instead.").format(error=describe(exc)))

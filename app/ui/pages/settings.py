"""Settings: practice details, defaults, auto-lock, passphrase, remember on this computer."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.services.base import ValidationError
from app.core.services.changes import Changes
from app.core.services.settings import SettingsData
from app.core.vault.keyring_slot import KeyringStatus, keyring_status

from ..context import AppContext
from ..i18n import noop
from ..paper import PAPERS, paper, set_paper
from ..widgets.settings_reminders import RemindersSection
from .base import Page

COMMON_ZONES = ("UTC", "Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Warsaw", "Europe/Paris",
                "Europe/Athens", "America/New_York", "America/Chicago", "America/Denver",
                "America/Los_Angeles", "America/Toronto", "Australia/Sydney", "Asia/Tokyo")


class SettingsPage(Page):
    title = noop("Settings")  # shown through tr(); the English title is the key

    def __init__(self, ctx: AppContext, change_passphrase, recovery_sheet=None,
                 parent: QWidget | None = None, calendar_sync=None) -> None:
        super().__init__(ctx, parent)
        self._change_passphrase = change_passphrase
        self.fields: dict[str, QLineEdit] = {}
        practice = QGroupBox(self.tr("Your practice"))
        form = QFormLayout(practice)
        for key, label in (("supervisor_name", self.tr("Your name")), ("credentials", self.tr("Credentials")),
                           ("practice_name", self.tr("Practice name")), ("email", self.tr("E-mail")),
                           ("phone", self.tr("Phone"))):
            edit = QLineEdit(objectName=key)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.address = QPlainTextEdit(objectName="address", maximumHeight=70)
        form.addRow(self.tr("Address"), self.address)
        self.time_zone = QComboBox(editable=True, objectName="time_zone")
        self.time_zone.addItems(COMMON_ZONES)
        form.addRow(self.tr("Time zone"), self.time_zone)
        self.minutes = QSpinBox(minimum=5, maximum=600, singleStep=5, suffix=self.tr(" min"),
                               objectName="minutes")
        form.addRow(self.tr("Default session length"), self.minutes)
        self.fee = QDoubleSpinBox(minimum=0, maximum=100000, decimals=2, objectName="fee")
        self.currency = QLineEdit(objectName="currency", maxLength=8, maximumWidth=80)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee)
        fee_row.addWidget(self.currency)
        form.addRow(self.tr("Default fee"), fee_row)
        # ---- paper (kept on this computer: it depends on the printer here) ----
        self.paper = QComboBox(objectName="paper")
        for size in PAPERS:
            names = {"A4": self.tr("A4 (210 × 297 mm)"), "Letter": self.tr("US Letter (8.5 × 11 in)")}
            self.paper.addItem(names[size], size)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper())))
        self.paper.setToolTip(self.tr("Paper for every PDF and print-out. The default follows your locale."))
        self.paper.currentIndexChanged.connect(lambda _: set_paper(str(self.paper.currentData())))
        form.addRow(self.tr("Paper"), self.paper)

        security = QGroupBox(self.tr("Security"))
        sform = QFormLayout(security)
        self.auto_lock = QSpinBox(minimum=1, maximum=240, suffix=self.tr(" min"), objectName="auto_lock")
        sform.addRow(self.tr("Lock after idle"), self.auto_lock)
        self.remember = QCheckBox(self.tr("Remember on this computer"), objectName="remember", enabled=False)
        self.remember_reason = QLabel(wordWrap=True)
        self.remember_reason.setProperty("muted", True)
        self.remember.toggled.connect(self._remember_toggled)
        sform.addRow(self.remember)
        sform.addRow(self.remember_reason)
        change = QPushButton(self.tr("Change passphrase…"), objectName="change_passphrase")
        change.clicked.connect(self._change_passphrase)
        sform.addRow(change)
        rekey = QPushButton(self.tr("New recovery key…"), objectName="new_recovery_key_button")
        rekey.setToolTip(self.tr("Re-encrypt the vault with a new master key and get a new recovery sheet"))
        rekey.clicked.connect(self.new_recovery_key)
        sform.addRow(rekey)
        backups = QPushButton(self.tr("Backups…"), objectName="backup_settings_button")
        backups.setToolTip(self.tr("Backup folder, the daily automatic backup, how many to keep"))
        backups.clicked.connect(self.backup_settings)
        sform.addRow(backups)
        check = QPushButton(self.tr("Check vault"), objectName="check_vault_button")
        check.setToolTip(self.tr("Run the database's integrity checks on the open vault (read-only)"))
        check.clicked.connect(self.check_vault)
        sform.addRow(check)
        if recovery_sheet is not None:
            sheet = QPushButton(self.tr("Print recovery sheet…"), objectName="recovery_sheet")
            sheet.setToolTip(self.tr("The recovery key on paper, for a safe place or your custodian"))
            sheet.clicked.connect(recovery_sheet)
            sform.addRow(sheet)

        if calendar_sync is not None:
            sync = QPushButton(self.tr("Calendar sync…"), objectName="calendar_sync")
            sync.setToolTip(self.tr("Keep the schedule on your own calendar server (CalDAV), at a privacy "
                                    "level you choose"))
            sync.clicked.connect(calendar_sync)
            sform.addRow(sync)

        self.message = QLabel(objectName="settings_message", wordWrap=True)
        save = QPushButton(self.tr("Save settings"), objectName="save_settings")
        save.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        columns = QHBoxLayout()
        columns.addWidget(practice, 3)
        right = QVBoxLayout()
        right.addWidget(security)
        right.addWidget(RemindersSection(self))
        right.addStretch()
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        layout.addStretch()
        layout.addLayout(bottom)
        self._loading = False

    def new_recovery_key(self) -> None:
        from ..dialogs.rekey_dialog import RekeyDialog

        self.rekey_dialog = RekeyDialog(self.ctx, self)
        self.rekey_dialog.open()

    def backup_settings(self) -> None:
        from ..dialogs.backup_settings import BackupSettingsDialog

        self.backup_settings_dialog = BackupSettingsDialog(self)
        self.backup_settings_dialog.open()

    def check_vault(self) -> None:
        """Settings ▸ Check vault: the core's integrity checks, on the database lane."""
        self.message.setText(self.tr("Checking the vault…"))
        self.ctx.query(lambda p: p.vault.integrity_problems(), self._checked, self._failed)

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            self.message.setText(self.tr("Vault checked: sound (both integrity checks pass)."))
            return
        self.message.setText(self.tr("Vault checked: damage found — {problems}. Restore from your latest "
                                     "backup (File ▸ Restore from backup…).").format(
                                         problems="; ".join(problems[:3])))

    def on_unlocked(self) -> None:
        # The credential store is probed on the worker: loading keyring backends is slow.
        self.ctx.query(lambda p: (p.settings.get(), p.vault.is_remembered(), keyring_status()), self._fill)

    def _fill(self, result: tuple[SettingsData, bool, KeyringStatus]) -> None:
        data, remembered, status = result
        self.remember.setEnabled(status.available)
        self.remember_reason.setText(status.reason or self.tr("Unlocks without a passphrase for your user "
                                                              "account on this computer."))
        self._loading = True
        for key, edit in self.fields.items():
            edit.setText(getattr(data, key))
        self.address.setPlainText(data.address)
        self.time_zone.setCurrentText(data.time_zone)
        self.minutes.setValue(data.default_session_minutes)
        self.fee.setValue(float(data.default_fee))
        self.currency.setText(data.currency)
        self.auto_lock.setValue(data.auto_lock_minutes)
        self.remember.setChecked(remembered)
        self._loading = False

    def clear(self) -> None:
        self.message.clear()
        self._loading = True
        for edit in self.fields.values():
            edit.clear()
        self.address.clear()
        self.remember.setChecked(False)
        self._loading = False

    def data(self) -> SettingsData:
        return SettingsData(
            **{k: e.text() for k, e in self.fields.items()}, address=self.address.toPlainText(),
            time_zone=self.time_zone.currentText().strip(), default_session_minutes=self.minutes.value(),
            default_fee=Decimal(f"{self.fee.value():.2f}"), currency=self.currency.text().strip() or "EUR",
            auto_lock_minutes=self.auto_lock.value())

    def save(self) -> None:
        data = self.data()
        self.ctx.command(lambda p: p.settings.update(data),
                         lambda _: self.message.setText(self.tr("Settings saved.")), self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.message.setText("\n".join(exc.problems.values()))
        else:
            self.ctx.show_error(exc)

    def _remember_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self.ctx.command(lambda p: (p.remember_on_this_computer(on), Changes(audit=True)),
                         on_error=self._remember_failed)

    def _remember_failed(self, exc: BaseException) -> None:
        self._loading = True
        self.remember.setChecked(not self.remember.isChecked())
        self._loading = False
        self.ctx.show_error(exc)

    def on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.on_unlocked()

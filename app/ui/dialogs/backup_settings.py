"""Settings ▸ Backups…: the folder, the daily automatic backup and how many to keep.

Kept in QSettings on this computer (``app.ui.backup_prefs``): the core's
BackupService has no settings of its own, and the folder is a local path.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..backup_prefs import BackupPrefs, load_prefs, save_prefs


class BackupSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(520)
        prefs = load_prefs()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.folder = QLineEdit(prefs.folder, objectName="backup_folder")
        self.folder.setPlaceholderText(self.tr("A folder on another disk or a synced drive"))
        choose = QPushButton(self.tr("Choose…"), objectName="backup_folder_choose")
        choose.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Backup folder"), row)
        self.daily = QCheckBox(self.tr("Back up automatically once a day (on lock or quit when due)"),
                               objectName="backup_daily", checked=prefs.daily)
        form.addRow(self.daily)
        self.keep_daily = QSpinBox(minimum=1, maximum=365, value=prefs.keep_daily, objectName="keep_daily")
        self.keep_weekly = QSpinBox(minimum=0, maximum=520, value=prefs.keep_weekly, objectName="keep_weekly")
        self.keep_monthly = QSpinBox(minimum=0, maximum=600, value=prefs.keep_monthly, objectName="keep_monthly")
        form.addRow(self.tr("Keep daily backups"), self.keep_daily)
        form.addRow(self.tr("Keep weekly backups"), self.keep_weekly)
        form.addRow(self.tr("Keep monthly backups"), self.keep_monthly)
        layout.addLayout(form)
        self.status = QLabel(objectName="backup_settings_status", wordWrap=True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def prefs(self) -> BackupPrefs:
        return BackupPrefs(folder=self.folder.text().strip(), daily=self.daily.isChecked(),
                           keep_daily=self.keep_daily.value(), keep_weekly=self.keep_weekly.value(),
                           keep_monthly=self.keep_monthly.value())

    def save(self) -> None:
        prefs = self.prefs()
        if prefs.daily and not prefs.folder:
            self.status.setText(self.tr("Choose a backup folder for the daily backup."))
            return
        save_prefs(prefs)
        self.accept()

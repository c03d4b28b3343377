"""File › Import appointments: choose who each title is, preview, then schedule them.

The import runs on the database worker as one transaction; its progress
callback is called on the worker thread, so it only emits a signal of an
object living in the GUI thread (Qt queues it there), and Stop sets an event
the core polls. The event loop keeps running throughout; a stopped or failed
import leaves the vault unchanged, and the dialog says so.
"""
from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..errors import describe
from ..i18n import tr


class _Progress(QObject):
    """Lives in the GUI thread; the worker only emits ``step`` (a queued signal)."""

    step = Signal(int, int)


class ImportIcsDialog(QDialog):
    """Shows each distinct title in the file with a supervisee picker (guessed from the title)."""

    def __init__(self, ctx: AppContext, data: bytes, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.running = False
        self.summary = ""
        self._stop = threading.Event()
        self._progress = _Progress()
        self._progress.step.connect(self._stepped)
        self.setWindowTitle(self.tr("Import appointments \u2014 {file_name}").format(file_name=file_name))
        self.resize(640, 520)
        intro = QLabel(self.tr("Choose the supervisee for each kind of appointment in the file. "
                               "Titles left on \u201cSkip\u201d are not imported; all-day entries never are. "
                               "Preview shows what the import will do, and every entry it leaves out, before "
                               "anything is written."), wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="import_titles")
        self.table.setHorizontalHeaderLabels([self.tr("Title in the file"), self.tr("Entries"), self.tr("Supervisee")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.only_future = QCheckBox(self.tr("Only appointments from"), checked=True, objectName="only_future")
        self.since = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="d MMM yyyy")
        self.only_future.toggled.connect(self.since.setEnabled)
        self.progress = QProgressBar(objectName="import_progress", visible=False, textVisible=True)
        self.result_label = QLabel(objectName="import_result", wordWrap=True)
        self.details = QPlainTextEdit(objectName="import_details", readOnly=True, visible=False)
        self.details.setMaximumHeight(140)
        buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(False)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = QPushButton(self.tr("Preview"), objectName="import_preview", enabled=False)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self._run(dry_run=True))
        self.buttons.accepted.connect(lambda: self._run(dry_run=False))
        self.buttons.rejected.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.only_future)
        layout.addWidget(self.since)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.combos: list[tuple[str, QComboBox]] = []
        ctx.query(lambda p: (p.interchange.titles(data), p.supervisees.list()), self._fill, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from app.core.services.calendar_import import ImportCancelled, ImportNotWritten

        self._finished()
        text = describe(exc)
        # These two say themselves that nothing was imported (known by their type: the words are translated).
        said = isinstance(exc, (ImportCancelled, ImportNotWritten))
        self.result_label.setText(text if said else text + self.tr(" Nothing was imported."))

    def _fill(self, result) -> None:
        titles, people = result
        self.table.setRowCount(len(titles))
        for row, match in enumerate(titles):
            self.table.setItem(row, 0, QTableWidgetItem(match.title or self.tr("(no title)")))
            self.table.setItem(row, 1, QTableWidgetItem(str(match.events)))
            combo = QComboBox()
            combo.addItem(self.tr("Skip"), None)
            for person in people:
                combo.addItem(person.full_name, person.id)
            if match.supervisee_id is not None:
                combo.setCurrentIndex(max(0, combo.findData(match.supervisee_id)))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append((match.title, combo))
        self.ok.setEnabled(bool(titles))
        self.preview_button.setEnabled(bool(titles))
        if not titles:
            self.result_label.setText(self.tr("The file holds no appointments with a time."))

    def _run(self, *, dry_run: bool) -> None:
        if self.running:
            return
        assign = {title: combo.currentData() for title, combo in self.combos}
        qd = self.since.date()
        since = date(qd.year(), qd.month(), qd.day()) if self.only_future.isChecked() else None
        data, progress, stop = self.data, self._progress, self._stop
        stop.clear()
        self.running = True
        self.ok.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.cancel.setText(self.tr("Stop"))
        self.progress.setRange(0, 0)  # busy until the first step arrives
        self.progress.setFormat(self.tr("Reading the file\u2026"))
        self.progress.show()

        def work(p):
            return p.interchange.import_ics(data, assign=assign, since=since, dry_run=dry_run,
                                            progress=lambda done, total: progress.step.emit(done, total),
                                            cancelled=stop.is_set)

        self.ctx.command(work, self._previewed if dry_run else self._done, self._failed)

    def _stepped(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Reading the file\u2026") if done * 2 < total else self.tr("Scheduling\u2026 %p%"))

    def _cancel_or_close(self) -> None:
        if self.running:
            self._stop.set()
            self.progress.setFormat(self.tr("Stopping\u2026"))
        else:
            self.reject()

    def _finished(self) -> None:
        self.running = False
        self.progress.hide()
        self.cancel.setText(self.tr("Cancel"))

    def _show(self, result) -> None:
        self.summary = result.summary()
        self.result_label.setText(self.summary)
        lines = result.details()
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def _previewed(self, result) -> None:
        self._finished()
        self._show(result)
        self.ok.setEnabled(True)
        self.preview_button.setEnabled(True)

    def _done(self, result) -> None:
        self._finished()
        self._show(result)
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)


def import_ics(ctx: AppContext, parent: QWidget) -> ImportIcsDialog | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import appointments", "import_ics"), str(Path.home()),
                                          tr("Calendar files (*.ics *.ical);;All files (*)", "import_ics"))
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        ctx.show_error(exc)
        return None
    dialog = ImportIcsDialog(ctx, data, Path(path).name, parent)
    dialog.open()
    return dialog


def export_ics(ctx: AppContext, parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.core.vault.atomic import write_atomic

    box = QMessageBox(QMessageBox.Icon.Question, tr("Export schedule", "import_ics"),
                      tr("Export the schedule for a phone or web calendar.\n\nPrivate export writes initials "
                         "instead of names and leaves out places — best for calendars other people can see.", "import_ics"),
                      parent=parent)
    private = box.addButton(tr("Private (initials)", "import_ics"), QMessageBox.ButtonRole.AcceptRole)
    full = box.addButton(tr("With names", "import_ics"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() not in (private, full):
        return
    is_private = box.clickedButton() is private
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export schedule", "import_ics"), str(Path.home() / "supervision.ics"),
                                          tr("Calendar files (*.ics)", "import_ics"))
    if not path:
        return

    def run(p):
        data = p.interchange.export_ics(private=is_private)
        return data, p.audit.record("export", "calendar",
                                    detail="schedule as .ics" + (" (private)" if is_private else ""))

    def save(data: bytes) -> None:
        try:
            write_atomic(Path(path), data, mode=0o600)
        except OSError as exc:
            ctx.show_error(exc)
    ctx.command(run, save)

"""Reports: the papers a supervisor signs, previewed, printed or exported,
and the audit log of what left the vault."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes

from ..context import AppContext
from ..documents import DocumentActions
from ..i18n import noop
from .base import Page

# key, label, needs a supervisee, needs a period
DOCUMENTS = (
    ("hours", noop("Supervision hours log"), True, True),
    ("summaries", noop("Session summaries for a period"), True, True),
    ("agreement", noop("Supervision agreement"), True, False),
    ("invoice", noop("Invoice / receipt"), True, True),
    ("questionnaire", noop("Practice profile questionnaire (blank)"), False, False),
    ("selfcheck", noop("Self-check (blank)"), False, False),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsPage(Page):
    title = noop("Reports")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.actions = DocumentActions(ctx, self)
        self.kinds = QListWidget(objectName="document_kinds")
        for _, label, _, _ in DOCUMENTS:
            self.kinds.addItem(self.tr(label))
        # As wide as the longest name (no sideways scrolling), within reason.
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.kinds.setMaximumWidth(360)
        self.kinds.setMinimumWidth(min(360, self.kinds.sizeHintForColumn(0) + 2 * self.kinds.frameWidth() + 12))
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.supervisee = QComboBox(objectName="report_supervisee")
        # The chosen supervisee (by id only) is chosen again after a lock and unlock, if still there.
        self._chosen: int | None = None
        self.supervisee.activated.connect(lambda _: self._remember_choice())
        today = date.today()
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)), calendarPopup=True, displayFormat="d MMM yyyy")
        self.end = QDateEdit(_qdate(today), calendarPopup=True, displayFormat="d MMM yyyy")
        self.number = QLineEdit(objectName="invoice_number", placeholderText=self.tr("Automatic"))
        form_box = QGroupBox(self.tr("Document"))
        self.form = QFormLayout(form_box)
        self.form.addRow(self.tr("Supervisee"), self.supervisee)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("To"), self.end)
        self.form.addRow(self.tr("Invoice number"), self.number)
        self.message = QLabel(objectName="report_message", wordWrap=True)
        self.preview_button = QPushButton(self.tr("Preview and print…"), objectName="preview")
        self.preview_button.setProperty("primary", True)
        self.export_button = QPushButton(self.tr("Export PDF…"), objectName="export_pdf")
        self.preview_button.clicked.connect(lambda: self._run(preview=True))
        self.export_button.clicked.connect(lambda: self._run(preview=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.preview_button)
        right = QVBoxLayout()
        right.addWidget(form_box)
        right.addLayout(buttons)
        right.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.kinds)
        top.addLayout(right, 1)
        self.audit = QTableWidget(0, 4, objectName="audit_table")
        self.audit.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("What"), self.tr("Record"),
                                              self.tr("Detail")])
        # The short columns are as wide as their contents and header; Detail takes the rest, and what
        # does not fit ends in "…" with the whole text as the tooltip.
        header = self.audit.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.audit.setWordWrap(False)
        self.audit.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.audit.verticalHeader().hide()
        self.audit.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.audit.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        audit_box = QGroupBox(self.tr("Audit log — unlocks, exports, prints, e-mails and deletions"))
        QVBoxLayout(audit_box).addWidget(self.audit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top, 2)
        layout.addWidget(audit_box, 3)
        self.kinds.setCurrentRow(0)

    def _kind_changed(self, row: int) -> None:
        if row < 0:
            return
        key, _, needs_person, needs_period = DOCUMENTS[row]
        for widget in (self.supervisee,):
            self.form.setRowVisible(widget, needs_person)
        for widget in (self.start, self.end):
            self.form.setRowVisible(widget, needs_period)
        self.form.setRowVisible(self.number, key == "invoice")
        self.message.clear()

    def on_unlocked(self) -> None:
        self.ctx.query(lambda p: (p.supervisees.list(), p.audit.recent(200)), self._fill)

    def _remember_choice(self) -> None:
        self._chosen = self.supervisee.currentData()

    def _fill(self, result) -> None:
        rows, events = result
        current = self.supervisee.currentData()
        if current is None:
            current = self._chosen  # after an unlock: the one chosen before the lock
        self.supervisee.clear()
        for row in rows:
            self.supervisee.addItem(row.full_name, row.id)
        if current is not None:
            self.supervisee.setCurrentIndex(max(0, self.supervisee.findData(current)))
        self._remember_choice()
        self.audit.setRowCount(len(events))
        for i, event in enumerate(events):
            record = f"{event.object_type} #{event.object_id}" if event.object_id else event.object_type
            for j, text in enumerate((f"{event.at:%Y-%m-%d %H:%M}", event.action, record, event.detail)):
                item = QTableWidgetItem(text)
                if j == 3:
                    item.setToolTip(text)
                self.audit.setItem(i, j, item)

    def clear(self) -> None:
        self._chosen = self.supervisee.currentData() or self._chosen  # an id only, no record content
        self.supervisee.blockSignals(True)
        self.supervisee.clear()
        self.supervisee.blockSignals(False)
        self.audit.setRowCount(0)
        self.message.clear()

    def on_changes(self, changes: Changes) -> None:
        if changes.supervisees or changes.audit:
            self.on_unlocked()

    def _run(self, preview: bool) -> None:
        from app.core import pdf
        from app.core.services.reports import Period

        key, label, needs_person, needs_period = DOCUMENTS[self.kinds.currentRow()]
        who = self.supervisee.currentData()
        if needs_person and who is None:
            self.message.setText(self.tr("Choose a supervisee first."))
            return
        period = Period(_pydate(self.start.date()), _pydate(self.end.date()))
        if needs_period and period.end < period.start:
            self.message.setText(self.tr("The period ends before it starts."))
            return
        number = self.number.text().strip()
        makers = {
            "hours": lambda p: p.reports.hours_log(who, period),
            "summaries": lambda p: p.reports.summaries(who, period),
            "agreement": lambda p: p.reports.agreement(who),
            "invoice": lambda p: p.reports.invoice(who, period, number=number),
            "questionnaire": lambda p: pdf.QuestionnaireData(letterhead=p.reports.letterhead()),
            "selfcheck": lambda p: pdf.SelfCheckData(letterhead=p.reports.letterhead()),
        }
        label = self.tr(label)
        title = f"{label} — {self.supervisee.currentText()}" if needs_person else label
        object_type, object_id = ("supervisee", who) if needs_person else ("", None)
        run = self.actions.preview if preview else self.actions.export
        self.message.clear()
        run(makers[key], title, object_type, object_id)

"""Reports page: preview shows the PDF, printing is audited, and the identifier guardrail warns."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from app.core.services.series import SeriesData
from app.core.services.session_records import SessionRecordData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle


def _seed(practice) -> tuple[int, list[int]]:
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Ωμέγα Παπαδοπούλου"))
    practice.series.create(SeriesData(start_local=datetime(2026, 1, 6, 10), rrule="FREQ=WEEKLY;COUNT=4",
                                      tz="UTC", duration_minutes=60, supervisee_id=sid))
    rows = practice.sessions.sessions_between(datetime(2026, 1, 1), datetime(2026, 3, 1))
    for row in rows:
        practice.sessions.save_record(row.id, SessionRecordData(brought="A client who runs late.", status="held"))
    return sid, [r.id for r in rows]


def _printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)
    return printer


def test_hours_log_preview_print_and_audit(qtbot, unlocked_gate, tmp_path: Path) -> None:
    gate = unlocked_gate
    sid, _ = _seed(gate.ctx.practice)
    page = gate.window.page("Reports")
    gate.window.show_page("Reports")
    page.on_unlocked()
    wait_idle(qtbot, gate)
    page.kinds.setCurrentRow(0)  # hours log
    page.supervisee.setCurrentIndex(page.supervisee.findData(sid))
    page.start.setDate(page.start.date().fromString("2026-01-01", "yyyy-MM-dd"))
    page.end.setDate(page.end.date().fromString("2026-12-31", "yyyy-MM-dd"))
    page.preview_button.click()
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: page.actions.last_preview is not None, timeout=10000)
    preview = page.actions.last_preview
    assert preview.pages.count >= 1
    out = tmp_path / "printed.pdf"
    assert preview.print_to(_printer(out)) == preview.pages.count
    wait_idle(qtbot, gate)
    assert len(PdfReader(str(out)).pages) == preview.pages.count
    entry = gate.ctx.practice.audit.recent(action="print")[0]
    assert (entry.object_type, entry.object_id) == ("supervisee", sid)
    assert entry.detail.startswith("hours log")
    preview.close()
    # The audit table on the page shows it too.
    qtbot.waitUntil(lambda: page.audit.rowCount() > 0 and any(
        page.audit.item(r, 1).text() == "print" for r in range(page.audit.rowCount())), timeout=10000)


def test_export_writes_a_private_file(qtbot, unlocked_gate, tmp_path: Path, monkeypatch) -> None:
    import app.ui.documents as documents

    gate = unlocked_gate
    sid, _ = _seed(gate.ctx.practice)
    target = tmp_path / "agreement.pdf"
    monkeypatch.setattr(documents, "ask_pdf_path", lambda parent, title: target)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    actions = documents.DocumentActions(gate.ctx, gate.window)
    actions.export(lambda p: p.reports.agreement(sid), "Agreement", "supervisee", sid)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(target.exists, timeout=10000)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert "Παπαδοπούλου" in PdfReader(str(target)).pages[0].extract_text()
    assert gate.ctx.practice.audit.recent(action="export")[0].object_id == sid
    assert gate.window.statusBar().currentMessage() == "Exported agreement.pdf"  # a quiet confirmation


def test_identifier_guardrail_warns_and_can_go_on(qtbot, unlocked_gate, monkeypatch) -> None:
    import app.ui.documents as documents

    gate = unlocked_gate
    sid, ids = _seed(gate.ctx.practice)
    gate.ctx.practice.sessions.save_record(ids[0], SessionRecordData(
        brought="Her client Margaret Thornbury, born 12/03/1961, phoned from 0171 555 0199.", status="held"))
    seen: list[list] = []
    answers = iter([False, True])

    def fake_confirm(parent, findings):  # type: ignore[no-untyped-def]
        seen.append(list(findings))
        return next(answers)
    monkeypatch.setattr(documents, "confirm_identifiers", fake_confirm)
    actions = documents.DocumentActions(gate.ctx, gate.window)
    actions.preview(lambda p: p.reports.summary(ids[0]), "Summary", "session", ids[0], check_session=ids[0])
    wait_idle(qtbot, gate)
    assert len(seen) == 1 and {f.kind.value for f in seen[0]} >= {"full_name", "phone"}
    assert actions.last_preview is None  # the supervisor went back to edit
    actions.preview(lambda p: p.reports.summary(ids[0]), "Summary", "session", ids[0], check_session=ids[0])
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=10000)
    # A clean session goes straight through.
    actions.last_preview = None
    actions.preview(lambda p: p.reports.summary(ids[1]), "Summary", "session", ids[1], check_session=ids[1])
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=10000)
    assert len(seen) == 2


def test_recovery_sheet_from_settings_needs_the_passphrase(qtbot, unlocked_gate, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ..conftest import PASSPHRASE

    gate = unlocked_gate
    replies = iter([("wrong passphrase typed", True), (PASSPHRASE, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(replies))
    errors: list[BaseException] = []
    gate.ctx.runner.set_error_handler(errors.append)
    gate.recovery_sheet()
    wait_idle(qtbot, gate)
    assert errors and "passphrase" in str(errors[0]).lower()
    opened = []
    monkeypatch.setattr("app.ui.dialogs.pdf_preview.PdfPreviewDialog.open", lambda self: opened.append(self))
    gate.recovery_sheet()
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    key_group = gate.ctx.practice.vault.recovery_key().split("-")[0]
    text = opened[0].pages.document.getAllText(0).text()
    assert key_group in text


def test_import_dialog_assigns_titles(qtbot, unlocked_gate) -> None:
    from app.core.services.settings import SettingsData
    from app.ui.dialogs.import_ics import ImportIcsDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    practice.settings.update(SettingsData(time_zone="Europe/Berlin"))
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Łukasz Nowak"))
    data = (Path(__file__).parents[1] / "core" / "data" / "google_series.ics").read_bytes()
    dialog = ImportIcsDialog(gate.ctx, data, "google.ics")
    qtbot.addWidget(dialog)
    wait_idle(qtbot, gate)
    assert [t for t, _ in dialog.combos] == ["Supervision – Łukasz"]
    assert dialog.combos[0][1].currentData() == sid  # guessed from the first name
    dialog.only_future.setChecked(False)
    dialog.ok.click()
    wait_idle(qtbot, gate)
    assert "1 series" in dialog.result_label.text()
    assert practice.sessions.history(sid)


def _relock(qtbot, gate) -> None:
    from ..conftest import PASSPHRASE

    gate.lock()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    wait_idle(qtbot, gate)


def test_chosen_supervisee_survives_a_lock(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    practice = gate.ctx.practice
    ids = [practice.supervisees.create(SuperviseeData(full_name=name))[0]
           for name in ("Aino Virtanen", "Bao Tran", "Chidi Okeke")]
    gate.window.show_page("Reports")
    page = gate.window.page("Reports")
    wait_idle(qtbot, gate)
    page.supervisee.setCurrentIndex(page.supervisee.findData(ids[2]))
    _relock(qtbot, gate)
    assert page.supervisee.count() == 3
    assert page.supervisee.currentData() == ids[2]  # not reset to the first one
    # Chosen again only if still there: gone, the first one is taken.
    gate.ctx.command(lambda p: p.supervisees.delete(ids[2]))
    wait_idle(qtbot, gate)
    _relock(qtbot, gate)
    assert page.supervisee.count() == 2 and page.supervisee.currentData() == ids[0]


def test_audit_log_shows_its_columns_whole_at_1024_by_700(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    sid, _ = _seed(gate.ctx.practice)
    gate.ctx.practice.audit.record("export", "supervisee", sid, "hours log 2026-01-01 to 2026-12-31, PDF")
    gate.window.resize(1024, 700)
    gate.window.show_page("Reports")
    page = gate.window.page("Reports")
    wait_idle(qtbot, gate)
    table = page.audit
    assert table.rowCount() >= 2
    qtbot.waitUntil(lambda: table.isVisible(), timeout=5000)
    header = table.horizontalHeader()
    for column in range(3):  # When, What, Record: as wide as their header and every cell
        needed = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        assert header.sectionSize(column) >= needed, table.horizontalHeaderItem(column).text()
    # Detail takes the rest of the width (no empty space, no cut header), and keeps its whole text as tooltip.
    assert header.sectionSize(3) >= header.sectionSizeHint(3)
    assert sum(header.sectionSize(c) for c in range(4)) >= table.viewport().width() - 2
    assert table.item(0, 3).toolTip() == table.item(0, 3).text()

"""Fit: windows and dialogs never larger than the screen they open on."""
from __future__ import annotations

from .test_printing import _summary_pdf


def test_print_preview_is_never_taller_than_the_screen(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.ui.application import create_app
    from app.ui.dialogs.pdf_preview import PdfPreviewDialog

    create_app()
    dialog = PdfPreviewDialog(_summary_pdf(3), "Session summary")
    qtbot.addWidget(dialog)
    dialog.show()
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.height() < 980  # the offscreen screen is smaller than the preview wants
    frame = dialog.frameGeometry()
    assert dialog.height() <= room.height() and frame.height() <= room.height()
    assert dialog.print_button.isVisible()


def _minimum(window):  # type: ignore[no-untyped-def]
    window.layout().activate()
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def _visit_every_page(qtbot, gate, width: int, height: int) -> dict[str, tuple[int, int]]:
    """Show each page in a width×height window; the pages whose own minimum needs a scroll bar."""
    window = gate.window
    window.resize(width, height)
    too_big: dict[str, tuple[int, int]] = {}
    for title in window.titles:
        window.show_page(title)
        qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
        qtbot.wait(20)
        need = _minimum(window)
        assert need.width() <= width and need.height() <= height, (title, need.width(), need.height())
        # The page itself must fit the room beside the navigation, not only scroll.
        room_w = width - window.nav.width()
        room_h = height - window.menuBar().sizeHint().height() - window.statusBar().sizeHint().height()
        page = window.page(title).minimumSizeHint()
        if page.width() > room_w or page.height() > room_h:
            too_big[title] = (page.width(), page.height())
    window.resize(width, height)
    assert window.width() <= width and window.height() <= height
    return too_big


def test_main_window_fits_1024_by_700_on_every_page(qtbot, unlocked_gate) -> None:
    too_big = _visit_every_page(qtbot, unlocked_gate, 1024, 700)
    assert not too_big, too_big


def test_groups_page_fits_1024_with_a_group_open_on_every_tab(qtbot, unlocked_gate) -> None:
    """The group's editor (agreements, members, meetings) beside the list, no sideways scroll."""
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea

    from app.core.services.groups import GroupData

    gate = unlocked_gate
    window = gate.window
    gate.ctx.practice.groups.create(GroupData(name="Tuesday peer group", kind="peer_group"))
    window.resize(1024, 700)
    window.show_page("Groups")
    page = window.page("Groups")
    page.on_unlocked()
    qtbot.waitUntil(lambda: gate.runner.pending == 0 and page.groups.proxy.rowCount() == 1, timeout=10000)
    page.groups.table.setCurrentIndex(page.groups.proxy.index(0, 0))
    qtbot.waitUntil(lambda: gate.runner.pending == 0 and page.current_id is not None, timeout=10000)
    room = 1024 - window.nav.width()
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
        assert page.editor.isVisible()
        assert page.minimumSizeHint().width() <= room, (page.tabs.tabText(tab), page.minimumSizeHint())
        assert window.page_scroll.horizontalScrollBar().maximum() == 0, page.tabs.tabText(tab)
        # Nor inside the tab: the agreements' two columns become one when narrow.
        inner = [a for a in page.tabs.currentWidget().findChildren(QAbstractScrollArea) if a.isVisible()
                 and isinstance(a, QScrollArea)]
        assert all(a.horizontalScrollBar().maximum() == 0 for a in inner), page.tabs.tabText(tab)


SCREEN_W, SCREEN_H = 1366, 768


def _dialog_classes() -> set[str]:
    """Every class under app/ui that derives from QDialog (directly or through another of them)."""
    import ast
    from pathlib import Path

    bases: dict[str, set[str]] = {}
    for path in (Path(__file__).resolve().parents[2] / "app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    found, grew = {"QDialog"}, True
    while grew:
        more = {name for name, of in bases.items() if of & found} - found
        found |= more
        grew = bool(more)
    return found - {"QDialog"}


def test_every_dialog_fits_1366_by_768(qtbot, unlocked_gate) -> None:
    from datetime import datetime, timedelta

    from PySide6.QtWidgets import QDialog

    from app.core.services.sessions import SessionData
    from app.core.services.supervisees import SuperviseeData
    from app.ui.controllers.schedule_request import ScheduleRequest
    from app.ui.dialogs.create_vault import CreateVaultDialog
    from app.ui.dialogs.help_dialogs import ShortcutsDialog, UserGuideDialog
    from app.ui.dialogs.pdf_preview import PdfPreviewDialog
    from app.ui.dialogs.profile_dialog import ProfileDialog
    from app.ui.dialogs.schedule_dialog import ScheduleDialog
    from app.ui.dialogs.search_dialog import SearchDialog
    from app.ui.dialogs.self_check_dialog import SelfCheckDialog
    from app.ui.dialogs.session_editor import SessionEditor
    from app.ui.dialogs.set_passphrase import SetPassphraseDialog
    from app.ui.dialogs.smtp_settings import SmtpSettingsDialog

    gate = unlocked_gate
    ctx, window = gate.ctx, gate.window
    person = ctx.practice.supervisees.create(SuperviseeData(full_name="Réka Szabó-Vörösmarty"))[0]
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)
    session = ctx.practice.sessions.create(SessionData(start, tz="UTC", supervisee_id=person)).id
    request = ScheduleRequest(start=start, duration_minutes=60, tz="UTC", rrule="FREQ=WEEKLY;INTERVAL=1")
    from app.core.services.groups import GroupData
    from app.core.vault.keyring_slot import KeyringStatus
    from app.ui.controllers.replies import ReplySummaryDialog
    from app.ui.dialogs.backup_dialog import BackupDialog
    from app.ui.dialogs.backup_settings import BackupSettingsDialog
    from app.ui.dialogs.calendar_sync import CalendarSyncDialog
    from app.ui.dialogs.dated_records import DatedRecordsDialog
    from app.ui.dialogs.edit_scope import EditScopeDialog
    from app.ui.dialogs.group_member import AddMemberDialog, RemoveMemberDialog
    from app.ui.dialogs.group_schedule import GroupScheduleDialog
    from app.ui.dialogs.import_ics import ImportIcsDialog
    from app.ui.dialogs.live_meeting import LiveMeetingWindow
    from app.ui.dialogs.rekey_dialog import RekeyDialog
    from app.ui.dialogs.restore_dialog import RestoreDialog
    from app.ui.dialogs.send_invitations import SendInvitationsDialog
    from app.ui.dialogs.sync_review import SyncReviewDialog
    from app.ui.dialogs.unlock import UnlockDialog
    from app.ui.widgets.theme_chips import NewThemeDialog

    groups = ctx.practice.groups
    group = groups.create(GroupData(name="Donnerstagsgruppe für Gruppensupervision", kind="group_supervision"))[0]
    groups.add_member(group, f"supervisee:{person}", start.date())
    member = groups.members(group, on=start.date())[0]
    meeting = groups.schedule_meeting(group, SessionData(start + timedelta(days=1), duration_minutes=90)).id
    ics = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\n"
           b"DTSTAMP:20261201T000000Z\r\nDTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n"
           b"SUMMARY:Supervision\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    dialogs: list[QDialog] = [
        CreateVaultDialog("/a/rather/long/path/to/the/vault/file.pgvault", lambda *a: None),
        PdfPreviewDialog(_summary_pdf(3), "Session summary"),
        UserGuideDialog(), ShortcutsDialog(window.menuBar().actions()),
        SmtpSettingsDialog(ctx), SearchDialog(ctx, lambda _sid: None),
        SetPassphraseDialog(lambda *a: None), ScheduleDialog(ctx, request, "UTC"),
        SessionEditor(ctx, session), SelfCheckDialog(ctx, person),
        ProfileDialog(ctx, f"supervisee:{person}"),
        UnlockDialog("/a/rather/long/path/to/the/vault/file.pgvault", KeyringStatus(True, ""), lambda *a: None),
        BackupDialog(ctx), BackupSettingsDialog(), RestoreDialog(ctx, lambda: None), RekeyDialog(ctx),
        CalendarSyncDialog(ctx), SyncReviewDialog(ctx), DatedRecordsDialog(ctx, f"supervisee:{person}"),
        EditScopeDialog("edit", detail="Réka Szabó-Vörösmarty: to Thu 10 Dec 13:30–14:30 (was Tue 8 Dec 10:00)"),
        ImportIcsDialog(ctx, ics, "a-calendar-exported-from-somewhere-else.ics"), NewThemeDialog(lambda *a: None),
        ReplySummaryDialog([]), AddMemberDialog(ctx, group, set()), RemoveMemberDialog(ctx, group, member),
        SendInvitationsDialog(ctx, group), LiveMeetingWindow(ctx, meeting),
        GroupScheduleDialog(ctx, groups.get(group), "UTC")]
    assert {type(d).__name__ for d in dialogs} == _dialog_classes(), "add the new dialog here"
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
        qtbot.wait(10)
        name = type(dialog).__name__
        need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert need.width() <= SCREEN_W - 16 and need.height() <= SCREEN_H - 48, (name, need)
        assert dialog.width() <= SCREEN_W and dialog.height() <= SCREEN_H, (name, dialog.size())
        dialog.hide()  # qtbot closes them (some delete themselves on close)


def test_style_sheet_arrows_point_at_shipped_images() -> None:
    import re
    from pathlib import Path

    from app.ui.application import create_app

    app = create_app()
    sheet = app.styleSheet()
    assert "@ICONS@" not in sheet and "QComboBox QAbstractItemView" in sheet
    images = re.findall(r"url\(([^)]+)\)", sheet)
    assert images and all(Path(image).is_file() for image in images)

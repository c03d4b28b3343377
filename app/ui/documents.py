"""Export PDF and Print for any document, from wherever it belongs.

The document data is read on the worker, built into PDF bytes there too,
then saved (atomically, owner-only) or shown in the print preview. Every
export and print is written to the audit log by the core. Before a session
summary leaves the vault, notes that seem to hold client identifiers are
pointed out; the supervisor may go on.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from .context import AppContext
from .i18n import tr
from .paper import localiser
from .printing import ask_pdf_path, write_pdf
from .status import confirm

if TYPE_CHECKING:
    from app.core.practice import Practice

Make = Callable[["Practice"], object]  # returns an app.core.pdf DocumentData


class DocumentActions:
    """Bound to one parent widget and context; call export()/preview()."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.last_preview = None  # the open preview dialog (tests drive it)

    def export(self, make: Make, title: str, object_type: str = "", object_id: int | None = None,
               check_session: int | None = None) -> None:
        def go() -> None:
            path = ask_pdf_path(self.parent, title)
            if path is None:
                return
            localised = localiser()

            def build(p: Practice):
                return p.reports.output(localised(make(p)), action="export", object_type=object_type,
                                        object_id=object_id)

            def save(data: bytes) -> None:
                try:
                    write_pdf(path, data)
                except OSError as exc:
                    self.ctx.show_error(exc)
                    return
                if not confirm(self.parent, tr("Exported {0}", "documents").format(path.name)):
                    QMessageBox.information(self.parent, tr("Exported", "documents"), tr("Saved {0}.", "documents").format(path.name))
            self.ctx.command(build, save)
        self._guard(check_session, go)

    def preview(self, make: Make, title: str, object_type: str = "", object_id: int | None = None,
                check_session: int | None = None) -> None:
        def go() -> None:
            from app.core.services.reports import render
            localised = localiser()

            def build(p: Practice):
                document = localised(make(p))
                return document, render(document)
            self.ctx.query(build, lambda result: self._show(result, title, object_type, object_id))
        self._guard(check_session, go)

    def _show(self, result, title: str, object_type: str, object_id: int | None) -> None:
        from .dialogs.pdf_preview import PdfPreviewDialog

        document, data = result

        def printed(pages: int) -> None:
            self.ctx.command(lambda p: p.reports.record_output(
                document, action="print", object_type=object_type, object_id=object_id, pages=pages))

        def export_from_preview() -> None:
            path = ask_pdf_path(self.parent, title)
            if path is None:
                return
            write_pdf(path, data)
            self.ctx.command(lambda p: p.reports.record_output(
                document, action="export", object_type=object_type, object_id=object_id))

        dialog = PdfPreviewDialog(data, title, on_printed=printed, on_export=export_from_preview,
                                  parent=self.parent)
        self.last_preview = dialog
        dialog.open()

    def _guard(self, session_id: int | None, go: Callable[[], None]) -> None:
        """Warn about identifiers in a session's printable notes before it leaves the vault."""
        if session_id is None:
            go()
            return

        def decide(findings) -> None:
            if not findings or confirm_identifiers(self.parent, findings):
                go()
        self.ctx.query(lambda p: p.reports.identifier_warnings(session_id), decide)


def confirm_identifiers(parent: QWidget, findings) -> bool:
    hints = "\n".join(f"• {f.hint}" for f in findings[:8])
    more = "\n" + tr("…and {0} more", "documents").format(len(findings) - 8) if len(findings) > 8 else ""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Client details in the notes?", "documents"),
                      tr("These notes seem to contain details that identify a client. Supervision notes "
                         "usually refer to clients by initials or a code.\n\n", "documents") + hints + more, parent=parent)
    box.setObjectName("identifier_warning")
    go_on = box.addButton(tr("Continue anyway", "documents"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Go back and edit", "documents"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is go_on

"""Importing invitation replies (.ics with METHOD:REPLY, or the whole e-mail as .eml) and what they did.

Each file is applied on its own: a malformed or foreign file is reported and
changes nothing, the others still count. Answers to an older version of a
meeting are reported as out of date and ignored (the core decides).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.services.changes import Changes

from ..context import AppContext
from ..errors import describe
from ..i18n import tr
from ..models.group_tables import ANSWER_LABELS

if TYPE_CHECKING:
    from app.core.practice import Practice

MAX_REPLY_BYTES = 10_000_000  # a reply is a few kilobytes, its whole e-mail rarely more than a few MB
# Each line's tone; the style sheet colours QLabel#reply_line[tone=...] in the scheme in use.
OK_COLOUR, STALE_COLOUR, ERROR_COLOUR = "ok", "stale", "error"


@dataclass(frozen=True)
class FileResult:
    name: str
    applied: tuple[str, ...] = ()  # one line per answer recorded
    stale: tuple[str, ...] = ()
    error: str = ""


def is_reply_file(path: str | Path) -> bool:
    return str(path).lower().endswith((".ics", ".eml"))


def choose_reply_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, tr("Import invitation replies", "replies"), str(Path.home()),
                                            tr("Calendar replies (*.ics *.eml);;All files (*)", "replies"))
    return [Path(n) for n in names]


def import_reply_files(ctx: AppContext, parent: QWidget | None, paths: Iterable[str | Path],
                       shown: Callable[[ReplySummaryDialog], None] | None = None) -> None:
    """Read and apply each file on the worker, then show the summary."""
    paths = [Path(p) for p in paths]
    if not paths:
        return

    def run(p: Practice) -> tuple[list[FileResult], Changes]:
        from app.core.services.invitations import ReplyError

        results: list[FileResult] = []
        changes = Changes()
        for path in paths:
            try:
                if path.stat().st_size > MAX_REPLY_BYTES:
                    raise ReplyError(tr("This file is too large to be an invitation reply; nothing was "
                                        "changed.",
                                        "replies"))
                outcome = p.invitations.import_reply(path.read_bytes())
            except ReplyError as exc:
                results.append(FileResult(path.name, error=str(exc)))
                continue
            except OSError as exc:
                results.append(FileResult(path.name, error=describe(exc)))
                continue
            changes = changes | outcome.changes
            results.append(FileResult(path.name, tuple(_line(a) for a in outcome.applied),
                                      tuple(_line(a) for a in outcome.stale)))
        return results, changes

    def done(results: list[FileResult]) -> None:
        dialog = ReplySummaryDialog(results, parent)
        dialog.open()
        if shown is not None:
            shown(dialog)

    ctx.command(run, done)


def import_replies_from_menu(ctx: AppContext, parent: QWidget | None,
                             shown: Callable[[ReplySummaryDialog], None] | None = None) -> None:
    """File \u203a Import replies\u2026: choose .ics files, apply them, show what happened."""
    import_reply_files(ctx, parent, choose_reply_files(parent), shown)


def _line(answer) -> str:
    what = tr(ANSWER_LABELS.get(answer.partstat, answer.partstat)).lower()
    when: datetime | None = answer.recurrence_id
    scope = (tr("the meeting of {0:%a %d %b %Y}", "replies").format(when.astimezone()) if when is not None
             else tr("the series", "replies"))
    return tr("{who} {answer} ({scope})", "replies").format(who=answer.name or tr("An invitee", "replies"),
                                                            answer=what, scope=scope)


class ReplySummaryDialog(QDialog):
    """What the imported files did: answers recorded, out of date, files that could not be used."""

    def __init__(self, results: list[FileResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reply_summary")
        self.setWindowTitle(self.tr("Replies imported"))
        self.results = results
        applied = sum(len(r.applied) for r in results)
        stale = sum(len(r.stale) for r in results)
        errors = sum(1 for r in results if r.error)
        parts = [self.tr("%n answer(s) recorded", "", applied)]
        if stale:
            parts.append(self.tr("{0} out of date (ignored)").format(stale))
        if errors:
            parts.append(self.tr("%n file(s) could not be used", "", errors))
        self.counts = (applied, stale, errors)
        self.heading = QLabel("<h3>" + " \u00b7 ".join(parts) + "</h3>", objectName="reply_counts", wordWrap=True)
        self.lines: list[tuple[str, str]] = []  # (file name, what happened), in order
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        for column, title in enumerate((self.tr("File"), self.tr("What happened"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        for result in results:
            lines = [(line, OK_COLOUR) for line in result.applied]
            lines += [(self.tr("{0} \u2014 answers an older version of the meeting; ignored").format(line),
                       STALE_COLOUR)
                      for line in result.stale]
            if result.error:
                lines.append((result.error, ERROR_COLOUR))
            if not lines:
                lines.append((self.tr("Nothing to record in this file."), STALE_COLOUR))
            for i, (text, tone) in enumerate(lines):
                row = grid.rowCount()
                name = QLabel(result.name if i == 0 else "", objectName="reply_file")
                name.setAlignment(Qt.AlignmentFlag.AlignTop)
                what = QLabel(text, objectName="reply_line", wordWrap=True)
                what.setProperty("tone", tone)
                what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(name, row, 0)
                grid.addWidget(what, row, 1)
                self.lines.append((result.name, text))
        grid.setRowStretch(grid.rowCount(), 1)
        inner = QWidget(objectName="reply_results")
        inner.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        note = QLabel(self.tr("A file that could not be used changed nothing."), wordWrap=True, visible=bool(errors))
        note.setProperty("muted", True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(680, 340)

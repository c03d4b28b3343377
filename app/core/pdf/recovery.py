"""The recovery sheet: the vault's master key on paper, for a custodian.

A colleague named in the supervisor's professional will may need to reach
the records without anyone's passphrase. The sheet prints the key in large
monospaced groups for typing, says which vault it opens and where that
vault lives, and explains in plain words how to use it and how to keep it.
The key never goes into the PDF metadata, a log or an exception message.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.core.i18n import translatable, translate
from app.core.pdf import fonts
from app.core.pdf.blocks import field_table, note_box, section
from app.core.pdf.data import RecoverySheetData
from app.core.pdf.formatting import format_date, format_time
from app.core.pdf.styles import RULE, TINT, WARN_RULE, WARN_TINT, styles
from app.core.pdf.template import content_width, opening, render
from app.core.pdf.text import escape, mono, rich

TITLE = translatable("pdf", "Vault recovery sheet")
FOOTER = (
    translatable(
        "pdf", "Confidential — recovery key. Whoever holds this sheet can open every record in the vault. "
               "Keep it as securely as the records themselves.")
)
_GROUP = 5  # the vault's recovery keys are 13 groups of 5 (app.core.vault.recovery)
_BLANK_GROUPS = 13
_MAX_COLUMNS = 8


def key_groups(key: str) -> list[str]:
    """The key split for typing: on its own separators, else in fives."""
    key = key.strip()
    if not key:
        return []
    parts = [part for part in re.split(r"[\s\-]+", key) if part]
    if len(parts) > 1:
        return parts
    return [key[i:i + _GROUP] for i in range(0, len(key), _GROUP)]


def build_recovery_sheet(data: RecoverySheetData) -> bytes:
    """The recovery sheet as PDF bytes (empty boxes to write in when blank)."""
    width = content_width(data)
    st = styles()
    story: list[Flowable] = opening(data, translate("pdf", TITLE),
                                    escape(translate("pdf", "Peerglass encrypted vault")))
    story.append(note_box(
        translate(
            "pdf", "<b>This key opens every record in the vault.</b> Treat this sheet like the records "
                   "themselves: keep it locked away, never photograph it or send it by e-mail, and do not "
                   "store it with the computer."),
        width, background=WARN_TINT, border=WARN_RULE))
    story.append(Spacer(1, 10))

    story += section(translate("pdf", "Recovery key"))
    story.append(_key_grid(key_groups(data.recovery_key), width))
    story.append(Spacer(1, 4))
    story.append(Paragraph(escape(
        translate(
            "pdf", "Type the groups in order of their numbers. Dashes, spaces and capitals do not matter; if "
                   "a group is mistyped, Peerglass says which one.")),
        st.small))

    story += section(translate("pdf", "Which vault"))
    story.append(field_table([
        (translate("pdf", "Vault location"), mono(data.vault_path)),
        (translate("pdf", "Vault ID"), mono(data.vault_id)),
        (translate("pdf", "Created"), escape(_created(data.created_at))),
        (translate("pdf", "Custodian"), rich(data.custodian_name)),
    ], width, label_width=32 * mm))

    story += section(translate("pdf", "For the custodian"))
    story += _instructions(data.vault_path or translate("pdf", "PATH-TO-VAULT"), width)
    return render(data, story, title=translate("pdf", TITLE), footer=translate("pdf", FOOTER))


def _instructions(path: str, width: float) -> list[Flowable]:
    """Plain numbered steps, with the exact command for this vault."""
    st = styles()
    command = f"peerglass verify --vault {_quote(path)}"

    def step(number: int, markup: str) -> Paragraph:
        return Paragraph(markup, st.bullet, bulletText=f"{number}.")

    return [
        step(1, translate(
            "pdf", "<b>What this is.</b> The practice keeps its supervision records in an encrypted file, "
                   "the vault. The key above is the vault’s master key. It works without the supervisor’s "
                   "passphrase, and even if the small key file beside the vault has been lost.")),
        step(2, translate(
            "pdf", "<b>In the Peerglass app.</b> Start Peerglass with the vault named above, choose <b>Use "
                   "recovery key</b> on the unlock screen and type the key.")),
        step(3, translate(
            "pdf", "<b>From the command line.</b> Put the key in the environment variable "
                   "PEERGLASS_RECOVERY_KEY (never type it as an argument), then check that the key opens the "
                   "vault with:")),
        _command(mono(command), width),
        Paragraph(escape(
            translate(
                "pdf", "On macOS or Linux, “read -rs PEERGLASS_RECOVERY_KEY; export PEERGLASS_RECOVERY_KEY” "
                       "asks for the key without showing it or keeping it in the shell history.")),
            st.small.clone("hint", leftIndent=16, spaceAfter=6, spaceBefore=3)),
        step(4, translate(
            "pdf", "<b>Keeping it.</b> Store this sheet in a safe, or sealed with the professional will. If "
                   "the supervisor makes a new recovery key, this sheet stops working: destroy it by "
                   "shredding.")),
    ]


def _key_grid(groups: list[str], width: float) -> Table:
    """Numbered tiles, balanced over as few rows as fit the width.

    The numbers matter: Peerglass names a mistyped group by its number.
    """
    st = styles()
    fonts.ensure_family(fonts.MONO)  # measured below before any text is set
    longest = max((len(group) for group in groups), default=5)
    cell_width = stringWidth("W" * longest, st.key.fontName, st.key.fontSize) + 16
    fits = max(1, min(_MAX_COLUMNS, int(width // cell_width)))
    row_count = -(-max(1, len(groups)) // fits)
    columns = -(-max(1, len(groups)) // row_count) if groups else min(fits, 7)
    cells: list[str | list[Paragraph]] = [
        [Paragraph(str(number), st.key_number), Paragraph(rich(group, fonts.MONO), st.key)]
        for number, group in enumerate(groups, start=1)
    ]
    if not cells:
        cells = [[Paragraph(str(n), st.key_number)] for n in range(1, _BLANK_GROUPS + 1)]
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows[-1] = rows[-1] + [""] * (columns - len(rows[-1]))
    col_width = width / columns
    table = Table(rows, colWidths=[col_width] * columns,
                  minRowHeights=[13 * mm] * len(rows), hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    filled = len(groups) if groups else _BLANK_GROUPS
    for index in range(filled):
        row, column = divmod(index, columns)
        commands += [
            ("BACKGROUND", (column, row), (column, row), TINT),
            ("LINEBELOW", (column, row), (column, row), 1.2, RULE),
        ]
    # white gutters turn the grid into separate tiles, one per group
    commands.append(("INNERGRID", (0, 0), (-1, -1), 5, colors.white))
    table.setStyle(TableStyle(commands))
    return table


def _command(markup: str, width: float) -> Table:
    table = Table([[Paragraph(markup, styles().body)]], colWidths=[width - 20],
                  hAlign="RIGHT", splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _quote(path: str) -> str:
    """Quote a path for a shell when it has spaces or quotes in it."""
    if re.fullmatch(r"[\w@%+=:,./\\-]+", path):
        return path
    return '"' + path.replace('"', '\\"') + '"'


def _created(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{format_date(value)}, {format_time(value)}"
    return format_date(value)

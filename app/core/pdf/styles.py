"""Type, colour and spacing shared by every document.

A quiet palette (slate text, one muted teal accent) and generous leading:
these are records a supervisee or a licensing board reads on paper.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from app.core.pdf import fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#2f5d62")
RULE = colors.HexColor("#b8c4c2")
TINT = colors.HexColor("#eef3f2")
ZEBRA = colors.HexColor("#f7f9f9")
WARN_TINT = colors.HexColor("#fbf3e4")
WARN_RULE = colors.HexColor("#c9a45c")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles documents draw from."""

    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet: ParagraphStyle
    code: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    practice: ParagraphStyle
    letterhead: ParagraphStyle
    letterhead_right: ParagraphStyle
    running: ParagraphStyle
    running_right: ParagraphStyle
    footer: ParagraphStyle
    key: ParagraphStyle
    key_number: ParagraphStyle
    question: ParagraphStyle


@cache
def styles() -> Styles:
    """Build the styles once (after registering the fonts they name)."""
    regular = fonts.font_name(fonts.SANS)
    bold = fonts.font_name(fonts.SANS, bold=True)
    mono = fonts.face_name(fonts.MONO)  # registered on first monospaced text
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=10, leading=14.5, textColor=INK,
        alignment=TA_LEFT, spaceAfter=5, splitLongWords=1,
    )

    def derive(
        name: str, parent: ParagraphStyle = body, **changes: object
    ) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **changes)

    small = derive("small", fontSize=8.5, leading=12, spaceAfter=0)
    cell = derive("cell", fontSize=9, leading=12.5, spaceAfter=0)
    cell_head = derive("cell_head", cell, fontName=bold, fontSize=8.5,
                       textColor=ACCENT)
    return Styles(
        body=body,
        body_right=derive("body_right", alignment=TA_RIGHT),
        small=small,
        muted=derive("muted", small, textColor=MUTED, spaceAfter=6),
        label=derive("label", fontSize=8.5, leading=12.5, textColor=MUTED,
                     spaceAfter=0),
        title=derive("title", fontName=bold, fontSize=17, leading=21,
                     spaceBefore=2, spaceAfter=2, textColor=INK),
        subtitle=derive("subtitle", fontSize=10, leading=14, textColor=MUTED,
                        spaceAfter=10),
        section=derive("section", fontName=bold, fontSize=11, leading=15,
                       textColor=ACCENT, spaceBefore=12, spaceAfter=5),
        h1=derive("h1", fontName=bold, fontSize=12, leading=16,
                  spaceBefore=8, spaceAfter=4),
        h2=derive("h2", fontName=bold, fontSize=10.5, leading=15,
                  spaceBefore=6, spaceAfter=3),
        h3=derive("h3", fontName=bold, fontSize=10, leading=14,
                  spaceBefore=4, spaceAfter=2, textColor=MUTED),
        bullet=derive("bullet", leftIndent=16, bulletIndent=4, spaceAfter=3),
        code=derive("code", fontName=mono, fontSize=8.5, leading=12,
                    leftIndent=10, backColor=ZEBRA, borderPadding=4,
                    spaceBefore=4, spaceAfter=8),
        cell=cell,
        cell_right=derive("cell_right", cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=derive("cell_head_right", cell_head,
                               alignment=TA_RIGHT),
        practice=derive("practice", fontName=bold, fontSize=14, leading=18,
                        textColor=ACCENT, spaceAfter=1),
        letterhead=derive("letterhead", fontSize=9, leading=12.5, spaceAfter=0),
        letterhead_right=derive("letterhead_right", fontSize=8.5, leading=12,
                                textColor=MUTED, alignment=TA_RIGHT,
                                spaceAfter=0),
        running=derive("running", fontSize=7.5, leading=10, textColor=MUTED,
                       spaceAfter=0),
        running_right=derive("running_right", fontSize=7.5, leading=10,
                             textColor=MUTED, alignment=TA_RIGHT, spaceAfter=0),
        footer=derive("footer", fontSize=7, leading=9.5, textColor=MUTED,
                      spaceAfter=0),
        key=derive("key", fontName=fonts.face_name(fonts.MONO, bold=True),
                   fontSize=16, leading=19, alignment=1, spaceAfter=0),
        key_number=derive("key_number", fontSize=6.5, leading=8, textColor=MUTED,
                          alignment=1, spaceAfter=0),
        question=derive("question", fontName=bold, fontSize=10, leading=14,
                        spaceBefore=10, spaceAfter=4),
    )

"""User text to safe platypus paragraph markup.

The one rule: every string that came from the user goes through
:func:`rich` (or :func:`para`) before it reaches a ``Paragraph``. ``rich``
normalises to NFC, drops control characters, XML-escapes ``& < >`` so text
that looks like markup (``<b>``, ``<font size=40>``, ``&amp;``) is printed
literally, and only then adds tags of its own: ``<font name=…>`` around runs
the base font cannot draw (CJK above all) and ``<br/>`` for line breaks.
Callers may wrap the result in their own ``<b>``/``<i>``, never the reverse.
"""
from __future__ import annotations

import re
import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.core.pdf import fonts

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def clean(text: str) -> str:
    """NFC, Unix newlines, tabs as spaces, no control characters."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text).replace("\t", "    ")
    return _CONTROL.sub("", text)


def escape(text: str) -> str:
    """XML-escape for reportlab's paragraph parser."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def runs(text: str, base: str = fonts.SANS) -> list[tuple[str | None, str]]:
    """Split cleaned text into (font name or None for the base font, text).

    Whitespace joins the run it sits in when that run's font has it, so
    "山田 花子" stays one fallback run instead of three.
    """
    base_cover = fonts.coverage(base)
    fallback_cover: frozenset[int] | None = None
    fallback_name = ""
    out: list[tuple[str | None, str]] = []
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        code = ord(char)
        if code in base_cover:
            if char.isspace() and current is not None and fallback_cover is not None \
                    and code in fallback_cover:
                continue
            wanted: str | None = None
        else:
            if fallback_cover is None:
                fallback_name = fonts.ensure_family(fonts.FALLBACK)
                fallback_cover = fonts.coverage(fonts.FALLBACK)
            wanted = fallback_name if code in fallback_cover else None
        if wanted != current:
            if index > start:
                out.append((current, text[start:index]))
            current, start = wanted, index
    if len(text) > start:
        out.append((current, text[start:]))
    return out


def rich(text: str | None, base: str = fonts.SANS) -> str:
    """Safe paragraph markup for a user string (see module docstring).

    Registers ``base`` even for empty text, since the caller's style names it.
    """
    fonts.ensure_family(base)
    if not text:
        return ""
    parts: list[str] = []
    for font, chunk in runs(clean(text), base):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font name="{font}">{body}</font>' if font else body)
    return "".join(parts)


def mono(text: str | None) -> str:
    """Safe markup for user text set in the monospaced font (paths, keys)."""
    body = rich(text, fonts.MONO)  # registers the mono family
    return f'<font name="{fonts.font_name(fonts.MONO)}">{body}</font>' if body else ""


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text, printed literally."""
    return Paragraph(rich(text), style)


def joined(items: tuple[str, ...] | list[str], separator: str = ", ") -> str:
    """Safe markup for a list of user strings, skipping empty ones."""
    return escape(separator).join(rich(item) for item in items if item and item.strip())

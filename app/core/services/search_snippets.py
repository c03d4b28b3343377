"""A search snippet as HTML: its Markdown shown as formatting, its matches highlighted.

Session notes are written in Markdown, so a snippet cut out of one carries the
marks (``**bold**``, ``*italic*``, `` `code` ``, ``[text](address)``, list and
heading marks). Here the marks are dropped and what they mean is drawn:
``<strong>``, ``<i>`` and ``<code>``; matches get ``<b>`` (the highlight).
Every character of the note is escaped, so nothing typed is ever read as markup,
and the tags are emitted per run of equal style, so they always nest properly.
Marks left unpaired where the snippet was cut are dropped too.
"""
from __future__ import annotations

import html
import re

_BOLD, _ITALIC, _CODE = 1, 2, 4
_PAIRED = (
    (re.compile(r"`([^`\n]+)`"), 1, _CODE),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), 2, _BOLD),
    (re.compile(r"__(?=\S)(.+?)(?<=\S)__"), 2, _BOLD),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), 1, _ITALIC),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), 1, _ITALIC),
)
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]*)\)")
_LINE_MARK = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)", re.MULTILINE)
_STRAY = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_TAGS = ((_CODE, "code"), (_BOLD, "strong"), (_ITALIC, "i"))


def snippet_text(snippet: str) -> str:
    """The snippet as read, without its Markdown marks (for screen readers and plain lists)."""
    hidden, _ = _marks(snippet)
    return "".join(" " if c == "\n" else c for i, c in enumerate(snippet) if not hidden[i])


def snippet_html(snippet: str, highlights: tuple[tuple[int, int], ...] = ()) -> str:
    """HTML for ``snippet``: Markdown drawn, ``highlights`` ((start, end) offsets) in ``<b>``."""
    hidden, style = _marks(snippet)
    lit = [False] * len(snippet)
    for start, end in highlights:
        for i in range(max(0, start), min(len(snippet), end)):
            lit[i] = True
    out: list[str] = []
    run: list[str] = []
    key: tuple[bool, int] | None = None

    def flush() -> None:
        if not run or key is None:
            return
        text = html.escape("".join(run))
        if key[0]:
            text = f"<b>{text}</b>"  # the match innermost, the Markdown's meaning around it
        for flag, tag in _TAGS:
            if key[1] & flag:
                text = f"<{tag}>{text}</{tag}>"
        out.append(text)
        run.clear()

    for i, char in enumerate(snippet):
        if hidden[i]:
            continue
        here = (lit[i], style[i])
        if here != key:
            flush()
            key = here
        run.append(" " if char == "\n" else char)
    flush()
    return "".join(out)


def _marks(snippet: str) -> tuple[list[bool], list[int]]:
    """Which characters are Markdown marks (hidden), and each character's style."""
    n = len(snippet)
    hidden, style = [False] * n, [0] * n
    for match in _LINE_MARK.finditer(snippet):
        for i in range(match.start(), match.end()):
            hidden[i] = True
    for match in _LINK.finditer(snippet):
        hidden[match.start()] = True  # "["
        for i in range(match.end(1), match.end()):
            hidden[i] = True  # "](address)"
    code = [False] * n
    for pattern, width, flag in _PAIRED:
        for match in pattern.finditer(snippet):
            inner_start, inner_end = match.start(1), match.end(1)
            if any(code[match.start():match.end()]) or any(hidden[match.start():match.start() + width]):
                continue  # inside code, or already taken by another mark
            for i in range(match.start(), inner_start):
                hidden[i] = True
            for i in range(inner_end, match.end()):
                hidden[i] = True
            for i in range(inner_start, inner_end):
                style[i] |= flag
                if flag == _CODE:
                    code[i] = True
            if flag == _CODE:
                code[match.start()] = code[match.end() - 1] = True
    for match in _STRAY.finditer(snippet):
        if not any(code[match.start():match.end()]):
            for i in range(match.start(), match.end()):
                hidden[i] = True
    return hidden, style

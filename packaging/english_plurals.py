"""Fill the English forms of count texts in the English catalogue (a step of `make translations`).

lupdate writes each ``tr("%n session(s)", "", n)`` as a numerus message with two empty forms; this
fills them with the English singular and plural ("%n session", "%n sessions", app.ui.i18n.english_plural)
and marks them finished, so the English catalogue compiled with lrelease shows "1 session" too, and a
translator copying it sees what each form is. Forms already filled (by hand) are kept.

    python packaging/english_plurals.py resources/i18n/peerglass_en.ts
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.ui.i18n import english_plural

MESSAGE = re.compile(r'<message numerus="yes">.*?</message>', re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
EMPTY = re.compile(r'(?P<indent>[ \t]*)<translation type="unfinished">\s*(?:<numerusform></numerusform>\s*)+'
                   r"</translation>")


def fill(text: str) -> tuple[str, int]:
    """The catalogue's text with every empty numerus message filled; and how many were."""
    filled = 0

    def message(match: re.Match[str]) -> str:
        nonlocal filled
        block = match.group(0)
        source = SOURCE.search(block)
        empty = EMPTY.search(block)
        if source is None or empty is None:
            return block
        indent = empty.group("indent")
        forms = "".join(f"\n{indent}    <numerusform>{english_plural(source.group(1), n)}</numerusform>"
                        for n in (1, 2))
        filled += 1
        return block[:empty.start()] + f"{indent}<translation>{forms}\n{indent}</translation>" + block[empty.end():]

    return MESSAGE.sub(message, text), filled


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    path = Path(argv[1])
    text, filled = fill(path.read_text(encoding="utf-8"))
    if filled:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".english_plurals-", suffix=".ts")
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temp, path)  # atomically: never half a catalogue
    print(f"English plural forms filled in {filled} message(s) of {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

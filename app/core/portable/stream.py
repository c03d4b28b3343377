"""Reading a large JSON export piece by piece: one record in memory at a time, never the whole document.

An export is one JSON object whose large members are arrays of records.
:class:`Reader` walks such an object from a binary file, decoding UTF-8
incrementally; each array element is parsed on its own with the standard
library's decoder (``raw_decode``), so the same JSON is accepted as by
``json.loads`` (any whitespace, any member order). Every array's byte offset
is noted, so a second pass can read one section again without the rest.
"""
from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from ..i18n import translate
from .errors import NotAnExport

CHUNK = 1 << 20
MAX_VALUE = 64 << 20  # one value (a record) larger than this is reported, not buffered
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class Reader:
    """A cursor over the JSON text of ``handle`` from byte ``start`` on."""

    def __init__(self, handle: BinaryIO, start: int = 0, on_bytes: Callable[[bytes], None] | None = None) -> None:
        handle.seek(start)
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._on_bytes = on_bytes
        self.buf = ""
        self.pos = 0
        self.base = start  # byte offset of buf[0] in the file
        self._lines = 0  # newlines before buf[0]
        self.eof = False
        if start == 0:
            self._fill()
            if self.buf.startswith("\ufeff"):  # a byte order mark, as utf-8-sig allows
                self.pos = 1

    def _fill(self) -> bool:
        """Read more text; False at the end of the file."""
        if self.eof:
            return False
        if self.pos:
            done = self.buf[:self.pos]
            self.base += len(done.encode("utf-8"))
            self._lines += done.count("\n")
            self.buf, self.pos = self.buf[self.pos:], 0
        chunk = self._handle.read(max(CHUNK, len(self.buf)))  # grows geometrically for a long value
        if self._on_bytes is not None and chunk:
            self._on_bytes(chunk)
        try:
            text = self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise NotAnExport(translate(
                "errors", "The file is not UTF-8 text, so it is not a Peerglass export.")) from None
        if not chunk:
            self.eof = True
        self.buf += text
        return bool(chunk)

    def offset(self) -> int:
        """The byte offset of the cursor."""
        return self.base + len(self.buf[:self.pos].encode("utf-8"))

    def peek(self) -> str:
        """The next character that is not whitespace ('' at the end)."""
        while True:
            match = _WS.match(self.buf, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            self._invalid()
        self.pos += 1

    def value(self) -> Any:
        """Parse the next JSON value (one record, a key, a small header value)."""
        if not self.peek():
            self._invalid()
        while True:
            try:
                found, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # Maybe only cut short by the chunk's end; no record is anywhere near MAX_VALUE.
                if len(self.buf) - self.pos < MAX_VALUE and self._fill():
                    continue
                self._invalid(exc)
            if end == len(self.buf) and self._fill():  # a number may go on in the next chunk
                continue
            self.pos = end
            return found

    def _invalid(self, exc: json.JSONDecodeError | None = None) -> Any:
        if exc is None:
            line = self._lines + self.buf.count("\n", 0, self.pos) + 1
            start = self.buf.rfind("\n", 0, self.pos) + 1
            column = self.pos - start + 1
        else:
            line, column = self._lines + exc.lineno, exc.colno
        raise NotAnExport(translate(
            "errors", "The file is not valid JSON (line {0}, column {1}).").format(line, column))

    def members(self) -> Iterator[str]:
        """The keys of the object at the cursor; after each, the caller reads its value."""
        self.expect("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                self._invalid()
            self.expect(":")
            yield key
            char = self.peek()
            self.pos += 1
            if char == "}":
                return
            if char != ",":
                self.pos -= 1
                self._invalid()

    def items(self) -> Iterator[Any]:
        """The elements of the array at the cursor, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            char = self.peek()
            self.pos += 1
            if char == "]":
                return
            if char != ",":
                self.pos -= 1
                self._invalid()

    def end(self) -> None:
        """Nothing but whitespace may follow the document."""
        if self.peek():
            self._invalid()


def items_at(handle: BinaryIO, offset: int) -> Iterator[Any]:
    """The elements of the array that starts at byte ``offset`` (noted by a first pass)."""
    return Reader(handle, offset).items()


__all__ = ["Reader", "items_at", "CHUNK"]

"""``peerglass import``: an export back into a new or empty vault, in ONE transaction.

Either every record goes in (ids kept) and the search index is rebuilt, or
nothing does: a bad record, a full disk or a cancel (Ctrl+C) rolls the whole
transaction back. The built-in rows a new vault starts with (the theme
catalogue, default practice settings, its few audit events) are replaced by
the export's. The import itself is noted in ``vault_meta`` (``imported_at``,
``imported_format_version``, ``imported_sha256``), not in the audit log, so
the log is exactly the exported history and a second export equals the first.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.core.models import Base

from ..i18n import translate
from .codec import from_json
from .errors import ImportCancelled, NotAnExport, PortableError, VaultNotEmpty
from .export import FORMAT, VERSION
from .schema import frame_error, not_an_export, record_error, validate
from .stream import Reader, items_at
from .tables import SECTIONS, fields, insert_order

CHUNK = 500
# Rows a new vault makes by itself; the import replaces them.
REPLACED = ("practice_settings", "audit_event")


@dataclass(frozen=True)
class ImportSummary:
    counts: dict[str, int]

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def read_document(data: bytes) -> dict[str, Any]:
    """Parse and check an export (JSON, format, version, schema, counts); raises NotAnExport."""
    try:
        document: dict[str, Any] = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise NotAnExport(translate(
            "errors", "The file is not UTF-8 text, so it is not a Peerglass export.")) from None
    except json.JSONDecodeError as exc:
        raise NotAnExport(translate(
            "errors", "The file is not valid JSON (line {0}, column "
                      "{1}).").format(exc.lineno, exc.colno)) from None
    _check_format(document)
    validate(document)
    for section, count in document["counts"].items():
        if len(document[section]) != count:
            raise NotAnExport(translate(
                "errors", "The export is incomplete: \"{0}\" holds {1} records where its header says "
                          "{2}.").format(section, len(document[section]), count))
    return document


def _check_format(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotAnExport(translate(
            "errors", "The file is not a Peerglass export (it has no \"format\": \"{0}\").").format(FORMAT))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotAnExport(translate("errors", "The export has no valid \"version\" number."))
    if version > VERSION:
        raise NotAnExport(translate(
            "errors", "The export was made by a newer Peerglass (format version {0}); this one reads version "
                      "{1}. Update Peerglass to import it.").format(version, VERSION))


@dataclass(frozen=True)
class CheckedExport:
    """An export file that passed every check of ``read_document``, read one record at a time.

    ``offsets`` says where each section's array starts, so the import reads
    the file again section by section and never holds it whole.
    """

    path: Path
    counts: dict[str, int]
    offsets: dict[str, int]
    sha256: str

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def unchanged(self) -> None:
        """Raise NotAnExport if the file is no longer the one that was checked (read twice, so checked)."""
        digest_ = hashlib.sha256()
        try:
            with open(self.path, "rb") as handle:
                while block := handle.read(1 << 20):
                    digest_.update(block)
        except OSError as exc:
            raise NotAnExport(translate(
                "errors", "The file could not be read again ({0}); nothing was "
                          "imported.").format(exc.strerror or type(exc).__name__)) from None
        if digest_.hexdigest() != self.sha256:
            raise NotAnExport(translate(
                "errors", "The file changed while it was being imported; nothing was imported."))

    def rows(self, section: str) -> Iterator[Any]:
        with open(self.path, "rb") as handle:
            yield from items_at(handle, self.offsets[section])


def check_export(path: Path, *, cancel: Callable[[], bool] | None = None) -> CheckedExport:
    """``read_document``'s checks on a file, streaming: memory for one record, not the document.

    Problems are reported in the same order (not JSON, not an export, version,
    schema, counts); raises NotAnExport (ImportCancelled when ``cancel()`` turns true).
    """
    digest_ = hashlib.sha256()
    frame: dict[str, Any] = {}
    found: dict[str, int] = {}
    offsets: dict[str, int] = {}
    first_error: Any = None
    sections = set(SECTIONS.values())
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise NotAnExport(translate(
            "errors", "The file cannot be read ({0}).").format(exc.strerror or type(exc).__name__)) from None
    with handle:
        reader = Reader(handle, on_bytes=digest_.update)
        if reader.peek() != "{":
            reader.value()  # valid JSON that is not an object, or not JSON at all
            raise NotAnExport(translate(
                "errors", "The file is not a Peerglass export (it has no \"format\": "
                          "\"{0}\").").format(FORMAT))
        for key in reader.members():
            if key in frame or key in found:
                raise NotAnExport(translate(
                    "errors", "The file is not a valid export: \"{0}\" appears twice.").format(key))
            if key in sections and reader.peek() == "[":
                offsets[key] = reader.offset()
                n = 0
                for n, record in enumerate(reader.items(), start=1):
                    if first_error is None:
                        first_error = record_error(key, n - 1, record)
                    if n % CHUNK == 0 and cancel is not None and cancel():
                        raise ImportCancelled()
                found[key] = n
                frame[key] = []
            else:
                frame[key] = reader.value()
        reader.end()  # (having read to the end of the file, so the digest is the whole file's)
    _check_format(frame)
    error = frame_error(frame)
    if error is None:
        error = first_error
    if error is not None:
        raise not_an_export(error)
    for section, count in frame["counts"].items():
        if found.get(section, 0) != count:
            raise NotAnExport(translate(
                "errors", "The export is incomplete: \"{0}\" holds {1} records where its header says "
                          "{2}.").format(section, found.get(section, 0), count))
    return CheckedExport(Path(path), dict(frame["counts"]), offsets, digest_.hexdigest())


def import_export(engine: Engine, checked: CheckedExport, *,
                  cancel: Callable[[], bool] | None = None) -> ImportSummary:
    """``import_document`` for a checked file, reading it again a section (and a chunk) at a time."""
    return _import(engine, checked.rows, sha256=checked.sha256, cancel=cancel,
                   still_the_same=checked.unchanged)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def records_in(conn: Connection) -> dict[str, int]:
    """Records a vault holds beyond what a new vault starts with (empty dict: empty vault)."""
    found: dict[str, int] = {}
    for table in insert_order():
        if table.name in REPLACED:
            continue
        query = select(func.count()).select_from(table)
        if table.name == "theme":
            query = query.where(table.c.builtin.is_(False))
        n = int(conn.execute(query).scalar() or 0)
        if n:
            found[SECTIONS[table.name]] = n
    return found


def import_document(engine: Engine, document: dict[str, Any], *, sha256: str = "",
                    cancel: Callable[[], bool] | None = None) -> ImportSummary:
    """Write a checked document (from ``read_document``) into an empty vault, all or nothing."""
    return _import(engine, lambda section: iter(document[section]), sha256=sha256, cancel=cancel)


def _import(engine: Engine, rows_of: Callable[[str], Iterator[Any]], *, sha256: str,
            cancel: Callable[[], bool] | None,
            still_the_same: Callable[[], None] | None = None) -> ImportSummary:
    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ImportCancelled()

    check_cancel()
    counts: dict[str, int] = {}
    section = ""
    try:
        with engine.begin() as conn:
            present = records_in(conn)
            if present:
                listed = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in present.items())
                raise VaultNotEmpty(translate(
                    "errors", "The vault already holds records ({0}); an import only goes into a new or "
                              "empty vault.").format(listed))
            for name in (*REPLACED, "theme"):
                conn.execute(delete(Base.metadata.tables[name]))
            for table in insert_order():
                section = SECTIONS[table.name]
                spec = fields(table)
                done = 0
                for batch in _batches(rows_of(section)):
                    check_cancel()
                    conn.execute(table.insert(), [_decode(section, done + i, record, spec)
                                                  for i, record in enumerate(batch)])
                    done += len(batch)
                counts[section] = done
            section = ""
            check_cancel()
            from app.core.services.search import rebuild_index

            with Session(bind=conn) as s:
                rebuild_index(s)
            _note_import(conn, sha256)
            if still_the_same is not None:
                still_the_same()
            check_cancel()  # the last moment a cancel can still undo everything
    except IntegrityError as exc:
        reason = str(exc.orig).split("\n")[0] if exc.orig is not None else "a constraint failed"
        raise NotAnExport(translate(
            "errors", "A record in \"{0}\" does not fit with the rest ({1}); nothing was "
                      "imported.").format(section, reason)) from None
    except OperationalError as exc:
        raise PortableError(_write_failure(exc)) from None
    return ImportSummary(counts)


def _batches(rows: Iterator[Any]) -> Iterator[list[Any]]:
    while batch := list(islice(rows, CHUNK)):
        yield batch


def _decode(section: str, index: int, record: dict[str, Any], spec: list[Any]) -> dict[str, Any]:
    out = {}
    for f in spec:
        try:
            out[f.name] = from_json(f.kind, record[f.name])
        except ValueError:
            raise NotAnExport(translate(
                "errors", "Record {0} of \"{1}\" has a field \"{2}\" that is not a real {3}; nothing was "
                          "imported.").format(index + 1, section, f.name, f.kind.replace('_', ' '))) from None
    return out


def _note_import(conn: Connection, sha256: str) -> None:
    meta = Base.metadata.tables["vault_meta"]
    facts = {"imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
             "imported_format_version": str(VERSION), "imported_sha256": sha256}
    conn.execute(delete(meta).where(meta.c.key.in_(list(facts))))
    conn.execute(meta.insert(), [{"key": k, "value": v} for k, v in facts.items()])


def _write_failure(exc: OperationalError) -> str:
    words = str(exc.orig).lower()
    if "full" in words:
        return "The disk is full (or the vault reached its size limit); nothing was imported."
    if "readonly" in words or "read-only" in words:
        return "The vault cannot be written (read-only); nothing was imported."
    if "locked" in words or "busy" in words:
        return "The vault is busy in another program; nothing was imported."
    return f"The vault could not be written ({type(exc.orig).__name__}); nothing was imported."

"""``peerglass export``: every record of a vault as one JSON document (format version 1).

The document is written one record per line (still one JSON value), in a
fixed order: sections in ``tables.SECTIONS`` order, records by primary key,
fields in table-column order. It holds no timestamp of its own, so exporting
the same records twice gives the same bytes; the export is recorded in the
source vault's audit log instead.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import Engine

from app.core.vault.atomic import write_stream_atomic

from .codec import to_json
from .tables import SECTIONS, exported_tables, fields

FORMAT = "peerglass-export"
VERSION = 1


@dataclass(frozen=True)
class ExportSummary:
    counts: dict[str, int]
    size_bytes: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("peerglass")
    except PackageNotFoundError:
        return "0.1.0"


def session_start_audit_id(engine: Engine) -> int | None:
    """The id of the latest "unlock" event: the start of the session that is exporting."""
    with engine.connect() as db:
        found = db.execute(text("SELECT max(id) FROM audit_event WHERE action = 'unlock'")).scalar()
    return int(found) if found is not None else None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _selects(db: Connection, audit_until: int | None) -> list[tuple[str, Any]]:
    out = []
    for table in exported_tables():
        query = select(table).order_by(*table.primary_key.columns)
        if table.name == "audit_event" and audit_until is not None:
            query = query.where(table.c.id <= audit_until)
        out.append((SECTIONS[table.name], query))
    return out


def iter_export(engine: Engine, *, audit_until: int | None = None,
                counts_out: dict[str, int] | None = None) -> Iterator[str]:
    """The export as text chunks, read in one snapshot (a single read transaction).

    ``audit_until`` leaves out audit events after that id (the exporting
    session's own unlock), so the log in the file is the history before it.
    """
    with engine.connect() as db, db.begin():
        revision = db.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
        queries = _selects(db, audit_until)
        counts = {section: int(db.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)
                  for section, q in queries}
        if counts_out is not None:
            counts_out.update(counts)
        yield "{\n"
        yield f'"format":{_dump(FORMAT)},\n"version":{VERSION},\n'
        yield f'"app_version":{_dump(app_version())},\n"schema_revision":{_dump(revision)},\n'
        yield f'"counts":{_dump(counts)}'
        by_name = {SECTIONS[t.name]: fields(t) for t in exported_tables()}
        for section, query in queries:
            spec = by_name[section]
            yield f',\n{_dump(section)}:['
            first = True
            for row in db.execute(query):
                record = {f.name: to_json(f.kind, row._mapping[f.name]) for f in spec}
                yield ("\n" if first else ",\n") + _dump(record)
                first = False
            yield "]" if first else "\n]"
        yield "\n}\n"


def write_export(engine: Engine, path: Path, *, audit_until: int | None = None) -> ExportSummary:
    """Write the export atomically, owner-only (0600) from its first byte."""
    counts: dict[str, int] = {}
    size = write_stream_atomic(Path(path), (c.encode("utf-8") for c in
                                            iter_export(engine, audit_until=audit_until, counts_out=counts)))
    return ExportSummary(counts, size)

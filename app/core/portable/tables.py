"""Which tables the export holds, under which section names, and how each column is written.

Every table of ``Base.metadata`` is either a section of the export or listed
in ``EXCLUDED`` with the reason (a test checks this, so a new model table
cannot be forgotten).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, Numeric, String, Table, Text

from app.core.models import Base

# Table name -> section name in the export, in the order the sections appear.
SECTIONS: dict[str, str] = {
    "practice_settings": "practice_settings",
    "smtp_settings": "smtp_account",
    "theme": "themes",
    "supervisee": "supervisees",
    "contact": "contacts",
    "supervision_group": "groups",
    "group_membership": "group_members",
    "series": "series",
    "session": "sessions",
    "session_note": "session_notes",
    "follow_up": "follow_ups",
    "attendance": "attendance",
    "session_theme": "session_themes",
    "group_meeting": "group_meetings",
    "member_theme": "member_themes",
    "practice_profile": "practice_profiles",
    "self_check": "self_checks",
    "invitation": "invitations",
    "draft": "drafts",
    "audit_event": "audit_log",
}

# Tables deliberately not exported, and why.
EXCLUDED: dict[str, str] = {
    "vault_meta": "the vault's own identity (vault id, creation time) belongs to the vault file "
                  "and its key file, not to the records; the importing vault keeps its own",
    "search_dirty": "bookkeeping of the search index, which the import rebuilds",
    "calendar_account": "calendar sync belongs to one computer and its keyring (the password is there); "
                        "set it up again after an import, and the first sync adopts what the server has",
    "sync_object": "the state of one sync with one server (ETags, what was pushed), not a record",
    "sync_proposal": "changes waiting on one server; the next sync after setting it up finds them again",
}

# Naive wall-clock times in the row's ``tz`` (everything else is naive UTC in the database).
LOCAL_TIMES = {("series", "start_local"), ("series", "anchor_local")}
# Text columns that hold JSON; the export carries the value itself, not the text.
JSON_TEXT = {("supervision_group", "places"), ("practice_profile", "modalities"),
             ("self_check", "answers"), ("series", "exdates"), ("draft", "payload")}

KINDS = ("integer", "string", "boolean", "date", "datetime_utc", "datetime_local", "decimal", "json")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    nullable: bool


def column_kind(table: Table, column: Column[Any]) -> str:
    key = (table.name, column.name)
    if key in JSON_TEXT:
        return "json"
    kind = column.type
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, DateTime):
        return "datetime_local" if key in LOCAL_TIMES else "datetime_utc"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Numeric):
        return "decimal"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, (String, Text)):
        return "string"
    raise TypeError(f"no export rule for {table.name}.{column.name} ({kind!r})")


def fields(table: Table) -> list[Field]:
    return [Field(c.name, column_kind(table, c), bool(c.nullable)) for c in table.columns]


def exported_tables() -> list[Table]:
    """The exported tables in section order."""
    tables = Base.metadata.tables
    return [tables[name] for name in SECTIONS]


def insert_order() -> list[Table]:
    """Exported tables parents first, so every foreign key finds its row."""
    return [t for t in Base.metadata.sorted_tables if t.name in SECTIONS]

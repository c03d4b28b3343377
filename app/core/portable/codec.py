"""Column values to JSON values and back, per column kind (see ``tables.KINDS``).

Instants are naive UTC in the database and ISO 8601 with "+00:00" in the
export; wall-clock times (a series' first start) stay naive, in the row's
``tz``; dates are YYYY-MM-DD; money is a decimal string ("120.00") so no
cent is lost to floating point; JSON held in text columns is the value itself.
"""
from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any


def to_json(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "datetime_utc":
        return value.replace(tzinfo=UTC).isoformat()
    if kind in ("datetime_local", "date"):
        return value.isoformat()
    if kind == "decimal":
        return str(value)
    if kind == "json":
        return json.loads(value)
    if kind == "boolean":
        return bool(value)
    return value


def from_json(kind: str, value: Any) -> Any:
    """The database value; raises ValueError for a value the schema let through but is not real."""
    if value is None:
        return None
    if kind == "datetime_utc":
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("a time without its zone")
        return moment.astimezone(UTC).replace(tzinfo=None)
    if kind == "datetime_local":
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            raise ValueError("a wall-clock time with a zone")
        return moment
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "decimal":
        try:
            return Decimal(value)
        except InvalidOperation:
            raise ValueError("not a decimal number") from None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    return value

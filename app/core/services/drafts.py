"""Encrypted drafts: an edit in progress survives a lock (and a crash)."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from ..models import Draft
from .base import Service


class DraftService(Service):
    def save(self, kind: str, ref: str, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, ensure_ascii=False, default=str)
        with self.transaction() as s:
            draft = s.scalar(select(Draft).where(Draft.kind == kind, Draft.ref == ref))
            if draft is None:
                s.add(Draft(kind=kind, ref=ref, payload=body))
            else:
                draft.payload = body

    def load(self, kind: str, ref: str) -> dict[str, Any] | None:
        with self.session() as s:
            body = s.scalar(select(Draft.payload).where(Draft.kind == kind, Draft.ref == ref))
        return json.loads(body) if body else None

    def all(self) -> list[tuple[str, str, dict[str, Any]]]:
        with self.session() as s:
            rows = s.execute(select(Draft.kind, Draft.ref, Draft.payload).order_by(Draft.updated_at)).all()
        return [(k, r, json.loads(p)) for k, r, p in rows]

    def discard(self, kind: str, ref: str) -> None:
        with self.transaction() as s:
            s.execute(delete(Draft).where(Draft.kind == kind, Draft.ref == ref))

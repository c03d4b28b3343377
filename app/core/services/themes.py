"""The theme catalogue: built-in tags plus the supervisor's own, with colours."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from ..i18n import translate
from ..models import Theme
from .base import NotFound, Service, ValidationError
from .changes import Changes
from .validation import clean

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class ThemeInfo:
    id: int
    key: str | None
    name: str
    color: str
    builtin: bool
    archived: bool


class ThemeService(Service):
    def list(self, include_archived: bool = False) -> list[ThemeInfo]:
        query = select(Theme).order_by(Theme.builtin.desc(), Theme.position, func.lower(Theme.name))
        if not include_archived:
            query = query.where(Theme.archived.is_(False))
        with self.session() as s:
            return [ThemeInfo(t.id, t.key, t.name, t.color, t.builtin, t.archived) for t in s.scalars(query)]

    def create(self, name: str, color: str = "#7f8c8d") -> tuple[int, Changes]:
        name = clean(name)
        self._check(name, color)
        with self.transaction() as s:
            if s.scalar(select(Theme.id).where(func.lower(Theme.name) == name.lower())):
                raise ValidationError({"name": translate(
                    "validation", "A theme with that name exists already.")})
            theme = Theme(name=name, color=color, builtin=False, position=1000)
            s.add(theme)
            s.flush()
            return theme.id, Changes(themes=True)

    def update(self, theme_id: int, name: str, color: str) -> Changes:
        name = clean(name)
        self._check(name, color)
        with self.transaction() as s:
            theme = s.get(Theme, theme_id)
            if theme is None:
                raise NotFound(translate("errors", "Theme"), theme_id)
            theme.name, theme.color = name, color
        return Changes(themes=True)

    def set_archived(self, theme_id: int, archived: bool) -> Changes:
        with self.transaction() as s:
            theme = s.get(Theme, theme_id)
            if theme is None:
                raise NotFound(translate("errors", "Theme"), theme_id)
            theme.archived = archived
        return Changes(themes=True)

    @staticmethod
    def _check(name: str, color: str) -> None:
        problems = {}
        if not name:
            problems["name"] = translate("validation", "A theme needs a name.")
        elif len(name) > 120:
            problems["name"] = translate("validation", "A theme name has at most 120 characters.")
        if not _COLOUR.match(color):
            problems["color"] = translate("validation", "A colour is written like #3b7dd8.")
        if problems:
            raise ValidationError(problems)

"""What a changing operation touched, so each screen decides whether to refresh.

The Anki ``OpChanges`` idea: commands return a ``Changes`` value and the UI
emits it once through ``changes_applied``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    supervisees: bool = False
    sessions: bool = False
    groups: bool = False
    themes: bool = False
    settings: bool = False
    audit: bool = False
    invitations: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()

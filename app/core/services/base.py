"""What every service shares: sessions on the vault's engine that report damage as DamagedVault.

Code that works on an engine without being a service (sync's ``local`` and
``adopt``) takes its sessions from :func:`reading` and :func:`writing`, the
same path, never from ``Session(engine)`` directly.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from ..errors import PeerglassError
from ..i18n import translate
from ..vault.engine import is_damage
from ..vault.errors import DamagedVault


class ValidationError(PeerglassError, ValueError):
    """Input that can't be saved; ``problems`` maps a field name to a message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()) or translate("validation", "Invalid input."))

    @property
    def message(self) -> str:
        """One line per problem."""
        return "\n".join(self.problems.values()) or str(self)


class NotFound(PeerglassError, LookupError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(translate(
            "errors", "{0} #{1} was not found; it may have been deleted.").format(what, ident))


class Service:
    """Base for services: ``self.session()`` for reads, ``self.transaction()`` for writes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def session(self) -> AbstractContextManager[Session]:
        return reading(self.engine)

    def transaction(self) -> AbstractContextManager[Session]:
        return writing(self.engine)


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A session for reads on ``engine``; a damaged page surfaces as DamagedVault."""
    with _damage_reported(), Session(engine, expire_on_commit=False) as session:
        yield session


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """A session in one transaction on ``engine`` (committed at the end, rolled back on an error)."""
    with _damage_reported(), Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


@contextmanager
def _damage_reported() -> Iterator[None]:
    """A page that fails its HMAC or structure check surfaces as DamagedVault."""
    try:
        yield
    except DatabaseError as exc:
        if is_damage(exc):
            raise DamagedVault(translate("errors", "a page failed its check")) from None
        raise

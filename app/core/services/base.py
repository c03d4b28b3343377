"""What every service shares: a session factory bound to the vault's engine."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class ValidationError(ValueError):
    """Input that can't be saved; ``problems`` maps a field name to a message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()) or "Invalid input.")


class NotFound(LookupError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"{what} #{ident} was not found; it may have been deleted.")


class Service:
    """Base for services: ``self.session()`` for reads, ``self.transaction()`` for writes."""

    def __init__(self, engine: Engine) -> None:
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._factory() as session, session.begin():
            yield session

"""A cold start's first look: the vault opened by the remembered key and Today read, before SQLAlchemy.

SQLAlchemy's import, the models and the services are most of a start's Python
work, and Python runs one thread at a time: a window that waits for them
paints late. ``first_look`` opens the file with the driver alone
(``vault.opening``: the same lock and checks as every open) and reads what
Today shows (``services.today``); the app paints that, then
``Practice.adopt(look)`` finishes the open on the same connection (the engine,
the schema, the audit, the schedule's horizon), with SQLAlchemy imported while
the user reads the page.

Anything out of the ordinary gives ``None``, with nothing left open or locked,
and the caller opens the ordinary way, which says what is wrong: no
remembered key, a key that does not open the vault, a vault in use, damaged,
read-only, or recorded in an older schema (it needs its upgrade first).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .services.today import TodayData, read_today
from .vault import keyring_slot
from .vault.errors import WrongRecoveryKey
from .vault.files import real
from .vault.keyslots import read_keyfile
from .vault.migrate import SCHEMA_HEAD, revision_of
from .vault.opening import OpenedFile, open_file


@dataclass
class FirstLook:
    """An open, checked vault file with no engine yet, and Today as read from it."""

    today: TodayData
    master_key: bytes = field(repr=False)
    _opened: OpenedFile | None = field(repr=False)

    def take(self) -> OpenedFile:
        """The opened file, for ``Vault.adopt`` (once)."""
        opened, self._opened = self._opened, None
        if opened is None:
            raise RuntimeError("this first look was already adopted or closed")
        return opened

    def close(self) -> None:
        """Not adopted after all (the app quit first): close the connection, release the lock, drop the key."""
        opened, self._opened = self._opened, None
        self.master_key = b""
        if opened is not None:
            opened.close()


def first_look(path: Path, now: datetime | None = None) -> FirstLook | None:
    """Open ``path`` by the remembered key and read Today; None (nothing held) when that is not simple."""
    try:
        path = real(Path(path))
        if not path.is_file():
            return None
        master_key = keyring_slot.load_master_key(read_keyfile(path).vault_id)
    except Exception:  # no key file, no credential store: the ordinary open explains
        return None
    if master_key is None:
        return None
    try:
        opened = open_file(path, master_key, wrong_key=WrongRecoveryKey())
    except Exception:  # in use, damaged, a key that no longer fits...: the ordinary open explains
        return None
    try:
        if opened.read_only or revision_of(opened.conn) != SCHEMA_HEAD:
            opened.close()  # a read-only vault is opened the ordinary way, which says so; an old one upgrades
            return None
        today = read_today(opened.conn, now)
    except Exception:
        opened.close()
        return None
    return FirstLook(today, master_key, opened)

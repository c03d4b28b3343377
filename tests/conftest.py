"""Shared test set-up: Qt offscreen, and light Argon2 parameters for speed.

The app and CLI never write light parameters; tests pass them explicitly
(they are stored in the key slot, so opening follows them).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests never touch the developer's real credential store: the default
# backend is keyring's "fail" backend unless a test installs its own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from pathlib import Path

import pytest

PASSPHRASE = "lantern orchard seventeen"


@pytest.fixture
def light_kdf():
    from app.core.vault import KdfParams

    return KdfParams.light_for_tests()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "test.pgvault"


@pytest.fixture
def practice_with_key(vault_path: Path, light_kdf):
    """A new, open practice and its recovery key; locked again after the test."""
    from app.core.practice import Practice

    practice, recovery_key = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    yield practice, recovery_key
    practice.lock()


@pytest.fixture
def practice(practice_with_key):
    return practice_with_key[0]


@pytest.fixture
def memory_keyring():
    """A real keyring backend object kept in memory, installed for one test."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):  # type: ignore[no-untyped-def]
            return self.store.get((service, username))

        def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
            self.store[(service, username)] = password

        def delete_password(self, service, username):  # type: ignore[no-untyped-def]
            from keyring.errors import PasswordDeleteError

            if self.store.pop((service, username), None) is None:
                raise PasswordDeleteError("not found")

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def caldav_server(tmp_path: Path):
    """A real CalDAV server (Radicale) on 127.0.0.1 with its own storage, stopped after the test."""
    pytest.importorskip("radicale", reason="radicale (the test CalDAV server) is not installed")
    from tests.core.caldav_server import RadicaleServer

    folder = tmp_path / "radicale"
    folder.mkdir()
    server = RadicaleServer(folder).start()
    yield server
    server.stop()


@pytest.fixture(scope="module", params=["radicale", "xandikos"])
def any_caldav_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The core sync tests, against each real CalDAV server the tests can start (Radicale, Xandikos).

    One server per module (starting one costs more than most tests); each test makes a calendar of
    its own on it.
    """
    pytest.importorskip(request.param, reason=f"{request.param} (a test CalDAV server) is not installed")
    from tests.core.caldav_server import RadicaleServer, XandikosServer

    folder = tmp_path_factory.mktemp(request.param)
    server = (RadicaleServer if request.param == "radicale" else XandikosServer)(folder).start()
    yield server
    server.stop()

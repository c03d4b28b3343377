"""The key file a rekey is about to install, kept beside the current one.

A rekey writes ``<vault>.keys.pending`` (the new master key wrapped under the
same passphrase, plus a check value of the new key) *before* it re-encrypts
the database, and promotes it over ``<vault>.keys`` only after the database
opens with the new key. Whichever key opens the database after a crash says
which key file is the right one, so any open settles an interrupted rekey:

- the new key opened it: the pending file becomes the key file;
- the old key opened it: the pending file is stale and is removed.

The check value is an HMAC of a fixed label under the key: it tells the two
keys apart without revealing either.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path

from .atomic import fsync_dir, write_atomic
from .errors import WrongPassphrase
from .keyslots import KeyFile, keyfile_path
from .passphrase import normalise

_LABEL = b"peerglass-rekey-check/1"


def pending_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + ".keys.pending")


def rekey_check(master_key: bytes) -> str:
    """Which key a rekey made: the value its pending file and its unshown-key note hold.

    (Not :func:`.files.key_check`, the vault's right-key-or-wrong-key value: another label.)
    """
    return hmac.new(master_key, _LABEL, hashlib.sha256).hexdigest()


def write_pending(vault_path: Path, keyfile: KeyFile, new_key: bytes) -> None:
    doc = {"check": rekey_check(new_key), "keyfile": keyfile.to_bytes().decode("utf-8")}
    write_atomic(pending_path(vault_path), json.dumps(doc).encode("utf-8"))


def _read(vault_path: Path) -> tuple[str, KeyFile] | None:
    try:
        doc = json.loads(pending_path(vault_path).read_text("utf-8"))
        return str(doc["check"]), KeyFile.from_bytes(str(doc["keyfile"]).encode("utf-8"))
    except FileNotFoundError:
        return None
    except Exception:
        return None


def exists(vault_path: Path) -> bool:
    return pending_path(vault_path).exists()


def unwrap_pending(vault_path: Path, passphrase: str) -> bytes | None:
    """The pending key for this passphrase, or None (no pending file, or it doesn't fit)."""
    found = _read(vault_path)
    if found is None:
        return None
    try:
        return found[1].passphrase.unwrap(normalise(passphrase), found[1].vault_id)
    except WrongPassphrase:
        return None


def discard(vault_path: Path) -> None:
    try:
        os.unlink(pending_path(vault_path))
    except FileNotFoundError:
        return
    fsync_dir(Path(vault_path).parent)


def settle(vault_path: Path, opened_with: bytes) -> None:
    """After the database opened with ``opened_with``: promote or drop a pending key file.

    Promoting means the rekey was killed after its commit, before it could show
    the new recovery key: that is noted (``<vault>.keys.unshown``, a check value
    only) until :func:`mark_shown`, so the next open shows it.
    """
    if not exists(vault_path):
        return
    found = _read(vault_path)
    try:
        if found is not None and hmac.compare_digest(found[0], rekey_check(opened_with)):
            write_atomic(unshown_path(vault_path), rekey_check(opened_with).encode("ascii"))
            write_atomic(keyfile_path(vault_path), found[1].to_bytes())
        discard(vault_path)
    except OSError:
        pass  # a read-only folder: the passphrase still opens through the pending file


def unshown_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + ".keys.unshown")


def recovery_key_unshown(vault_path: Path, master_key: bytes) -> bool:
    """Was this key made by a rekey that never showed its recovery key (the old one no longer opens)?"""
    try:
        noted = unshown_path(vault_path).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return hmac.compare_digest(noted, rekey_check(master_key))


def mark_shown(vault_path: Path) -> None:
    """The new recovery key has been shown to the user: stop showing it.

    In a folder that can't be written (a read-only vault) the note stays, and the key is
    shown again at the next open; that does no harm, failing the open would.
    """
    try:
        os.unlink(unshown_path(vault_path))
    except OSError:
        return
    fsync_dir(Path(vault_path).parent)

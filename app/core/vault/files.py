"""The files that make up a vault, private folders and read-only snapshots.

A vault is ``<name>`` (the SQLCipher database) with sidecars beside it:
``<name>.keys`` (key slots), ``<name>.commits`` (the commit record kept
outside the WAL), ``<name>.lock`` (the process lock). While open, SQLite adds
``<name>-wal`` and ``<name>-shm``; a closed vault has none.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PAGE_SIZE = 4096


def real(path: Path) -> Path:
    """The file's real path (symlinks resolved), so every name of a vault is the same vault."""
    return Path(os.path.realpath(path))


def sidecar(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


# Every file a vault may have beside it: the database's own, the key file, the process
# lock, failed-unlock times, the commit record, a rekey's pending key file and its unshown-key note.
VAULT_SUFFIXES = ("", "-wal", "-shm", ".keys", ".lock", ".attempts", ".commits", ".keys.pending",
                  ".keys.unshown")


def vault_files(path: Path) -> list[Path]:
    return [sidecar(path, suffix) for suffix in VAULT_SUFFIXES]


def wal_path(path: Path) -> Path:
    return sidecar(path, "-wal")


def shm_path(path: Path) -> Path:
    return sidecar(path, "-shm")


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` and any missing parents as 0700, whatever the umask."""
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for item in reversed(missing):
        try:
            os.mkdir(item, 0o700)
        except FileExistsError:
            continue
        os.chmod(item, 0o700)


def private_tempdir(near: Path | None = None, prefix: str = ".peerglass-") -> Path:
    """A fresh 0700 folder (beside ``near`` when given, so renames stay on one disk)."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=str(near) if near else None))


def key_check(master_key: bytes) -> str:
    """A value that tells a right key from a wrong one without the database.

    HMAC-SHA256 under the key itself: it reveals nothing of the key, and lets
    a failed first page be told apart from a wrong key.
    """
    return hmac.new(master_key, b"peerglass-key-check/1", hashlib.sha256).hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def snapshot(path: Path) -> Iterator[Path]:
    """A private copy of the database and its WAL in a 0700 temp folder.

    Checks run on the copy, so they never write to what they check (opening
    a WAL database writes its -shm; closing it checkpoints). Reading only.
    """
    folder = private_tempdir(prefix=".peerglass-check-")
    try:
        copy = folder / "vault.db"
        shutil.copyfile(path, copy)
        if wal_path(path).exists():
            shutil.copyfile(wal_path(path), wal_path(copy))
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def has_wal_content(path: Path) -> bool:
    try:
        return wal_path(path).stat().st_size > 0
    except OSError:
        return False


def writable(path: Path) -> str:
    """'' when the vault can be written, else why not (in words)."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "the disk holding the vault is mounted read-only"
    except (OSError, AttributeError):
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return "the vault file is read-only"
    if not os.access(folder, os.W_OK):
        return "the folder holding the vault is read-only"
    return ""

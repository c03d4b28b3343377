"""Key slots: the master key wrapped under a passphrase, in a sidecar file.

The sidecar (``<vault>.keys``, JSON, written atomically) holds the vault id
and a passphrase slot: Argon2id (parameters stored in the slot, so opening
follows whatever created it) derives a key that unwraps the master key with
AES-256-GCM. The slot's associated data binds it to the vault id and the
parameters, so a slot copied from another vault or edited fails to open.
Changing the passphrase rewrites only this file, never the database.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .atomic import write_atomic
from .errors import DamagedKeyFile, KeySlotMissing, WrongPassphrase

FORMAT = "peerglass-keyslots"
VERSION = 1


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults are the floor the app writes (64 MiB, 3 passes)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def light_for_tests(cls) -> KdfParams:
        """Cheap parameters: only tests pass these, explicitly."""
        return cls(memory_kib=8, iterations=1, lanes=1)


DEFAULT_KDF = KdfParams()
_MAX_TUNED_ITERATIONS = 12


def tuned_kdf(target_seconds: float = 0.6, base: KdfParams = DEFAULT_KDF) -> KdfParams:
    """The floor parameters with passes raised until a derivation takes ~target.

    Measured once on this machine when a passphrase is set; the result is
    stored in the slot, so a faster or slower machine later still opens it.
    """
    import time

    start = time.perf_counter()
    derive_key("calibration", b"\0" * 16, base)
    elapsed = max(time.perf_counter() - start, 1e-3)
    passes = int(base.iterations * target_seconds / elapsed)
    passes = max(base.iterations, min(passes, _MAX_TUNED_ITERATIONS))
    return KdfParams(memory_kib=base.memory_kib, iterations=passes, lanes=base.lanes)
# A slot claiming absurd costs (a crafted sidecar) is refused rather than run.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 64


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase) -> 32-byte wrapping key."""
    kdf = Argon2id(salt=salt, length=32, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class PassphraseSlot:
    salt: bytes
    nonce: bytes
    wrapped: bytes
    params: KdfParams

    def aad(self, vault_id: str) -> bytes:
        p = self.params
        return (f"{FORMAT}/{VERSION}/passphrase/{vault_id}/"
                f"{p.memory_kib}/{p.iterations}/{p.lanes}").encode()

    @classmethod
    def create(cls, master_key: bytes, passphrase: str, vault_id: str,
               params: KdfParams) -> PassphraseSlot:
        salt, nonce = os.urandom(16), os.urandom(12)
        shell = cls(salt=salt, nonce=nonce, wrapped=b"", params=params)
        wrapping = derive_key(passphrase, salt, params)
        wrapped = AESGCM(wrapping).encrypt(nonce, master_key, shell.aad(vault_id))
        return cls(salt=salt, nonce=nonce, wrapped=wrapped, params=params)

    def unwrap(self, passphrase: str, vault_id: str) -> bytes:
        wrapping = derive_key(passphrase, self.salt, self.params)
        try:
            return AESGCM(wrapping).decrypt(self.nonce, self.wrapped, self.aad(vault_id))
        except InvalidTag:
            raise WrongPassphrase() from None


@dataclass(frozen=True)
class KeyFile:
    """The sidecar's content."""

    vault_id: str
    passphrase: PassphraseSlot
    created: str

    def to_bytes(self) -> bytes:
        slot = self.passphrase
        doc: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "slots": [{
                "type": "passphrase",
                "kdf": "argon2id",
                "kdf_params": asdict(slot.params),
                "salt": _b64(slot.salt),
                "cipher": "aes-256-gcm",
                "nonce": _b64(slot.nonce),
                "wrapped_key": _b64(slot.wrapped),
            }],
        }
        doc["checksum"] = _checksum(doc)
        return json.dumps(doc, indent=2).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("version") != VERSION:
                raise ValueError("not a Peerglass key file")
            if "checksum" in doc and doc.pop("checksum") != _checksum(doc):
                raise ValueError("checksum mismatch")
            raw = next(s for s in doc["slots"] if s["type"] == "passphrase")
            if raw["kdf"] != "argon2id" or raw["cipher"] != "aes-256-gcm":
                raise ValueError("unknown algorithm")
            params = KdfParams(**{k: int(v) for k, v in raw["kdf_params"].items()})
            if not (8 <= params.memory_kib <= _MAX_MEMORY_KIB
                    and 1 <= params.iterations <= _MAX_ITERATIONS
                    and 1 <= params.lanes <= 64):
                raise ValueError("key derivation parameters out of range")
            slot = PassphraseSlot(salt=_unb64(raw["salt"]), nonce=_unb64(raw["nonce"]),
                                  wrapped=_unb64(raw["wrapped_key"]), params=params)
            return cls(vault_id=str(doc["vault_id"]), passphrase=slot,
                       created=str(doc.get("created", "")))
        except (ValueError, KeyError, TypeError, StopIteration, UnicodeDecodeError) as exc:
            raise DamagedKeyFile(str(exc) if isinstance(exc, ValueError) and str(exc) in _OWN_WORDS
                                 else type(exc).__name__) from None


_OWN_WORDS = ("checksum mismatch", "not a Peerglass key file", "unknown algorithm",
              "key derivation parameters out of range")


def _checksum(doc: dict[str, object]) -> str:
    """SHA-256 over the rest of the document: a flipped byte is damage, not a wrong passphrase."""
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(body).hexdigest()


def keyfile_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + ".keys")


def read_keyfile(vault_path: Path) -> KeyFile:
    path = keyfile_path(vault_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeySlotMissing() from None
    except OSError:
        raise KeySlotMissing() from None
    return KeyFile.from_bytes(data)


def write_keyfile(vault_path: Path, keyfile: KeyFile) -> None:
    write_atomic(keyfile_path(vault_path), keyfile.to_bytes())

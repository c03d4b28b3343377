"""The recovery key: the 256-bit master key written for people to type.

Format: 13 groups of 5 characters from Crockford's base-32 alphabet (no I, L,
O, U), e.g. ``7K2QH-…``. Each group carries 4 key characters and 1 check
character bound to the group's position, so a mistyped or swapped group is
reported by number instead of a bare "wrong key". 13 x 4 = 52 characters
hold 260 bits: the 256 key bits plus 4 zero bits that are checked too.
"""
from __future__ import annotations

import hashlib

from ..i18n import translate
from .errors import WrongRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 13
DATA_CHARS = 4
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Characters people confuse are read as the ones they stand for.
_ALIASES = {"O": "0", "I": "1", "L": "1", "U": "V"}


def _check_char(index: int, data: str) -> str:
    digest = hashlib.sha256(f"peerglass-recovery:{index}:{data}".encode()).digest()
    return ALPHABET[digest[0] % 32]


def encode(master_key: bytes) -> str:
    """Write a 32-byte key as 13 dash-separated groups."""
    if len(master_key) != 32:
        raise ValueError("a master key is 32 bytes")
    number = int.from_bytes(master_key, "big") << 4  # 260 bits, low 4 zero
    text = "".join(ALPHABET[(number >> shift) & 31] for shift in range(255, -1, -5))
    groups = []
    for i in range(GROUPS):
        data = text[i * DATA_CHARS:(i + 1) * DATA_CHARS]
        groups.append(data + _check_char(i + 1, data))
    return "-".join(groups)


def normalise(text: str) -> str:
    """Upper-case, drop spaces/dashes, and map look-alike letters."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    return "".join(_ALIASES.get(ch, ch) for ch in cleaned)


def decode(text: str) -> bytes:
    """Read a recovery key back into the master key, naming a mistyped group."""
    cleaned = normalise(text)
    size = GROUPS * (DATA_CHARS + 1)
    if len(cleaned) != size:
        raise WrongRecoveryKey(
            translate(
                "errors", "A recovery key has {0} groups of 5 characters ({1} in all); this one has "
                          "{2}.").format(GROUPS, size, len(cleaned)))
    bad = [ch for ch in cleaned if ch not in _VALUE]
    if bad:
        raise WrongRecoveryKey(translate("errors", "The recovery key contains characters it never uses."))
    data_chars = []
    for i in range(GROUPS):
        group = cleaned[i * 5:(i + 1) * 5]
        data, check = group[:DATA_CHARS], group[DATA_CHARS]
        if _check_char(i + 1, data) != check:
            raise WrongRecoveryKey(
                translate(
                    "errors", "Group {0} of the recovery key looks mistyped; please check it.").format(i + 1),
                group=i + 1)
        data_chars.append(data)
    number = 0
    for ch in "".join(data_chars):
        number = (number << 5) | _VALUE[ch]
    if number & 0xF:
        raise WrongRecoveryKey(translate(
            "errors", "The recovery key is not valid; please check the last group."),
                               group=GROUPS)
    return (number >> 4).to_bytes(32, "big")


def group_of(key_text: str, index: int) -> str:
    """The ``index``-th group (1-based) of a recovery key, for the confirm step."""
    return key_text.split("-")[index - 1]

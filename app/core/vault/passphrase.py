"""Passphrase rules (NIST SP 800-63B rev. 4) and a strength hint.

At least 15 characters for a single factor, no composition rules, long
passphrases welcome (up to 1024), Unicode normalised (NFKC) so the same
words typed on another keyboard still open the vault.
"""
from __future__ import annotations

import math
import unicodedata

MIN_LENGTH = 15
MAX_LENGTH = 1024
_COMMON = {
    "passwordpassword", "correcthorsebatterystaple", "iloveyouiloveyou",
    "qwertyuiopasdfgh", "123456789012345", "supervisionsupervision",
}


def normalise(passphrase: str) -> str:
    return unicodedata.normalize("NFKC", passphrase)


def problem(passphrase: str) -> str | None:
    """Why this passphrase can't be used, or None when it can."""
    text = normalise(passphrase)
    length = len(text)
    if length < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters ({length} so far). A few unrelated words work well."
    if length > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    if len(set(text)) <= 2:
        return "A passphrase of one or two repeated characters is too easy to guess."
    if text.lower().replace(" ", "") in _COMMON:
        return "That passphrase is well known; choose something of your own."
    return None


def strength(passphrase: str) -> tuple[int, str]:
    """A rough 0-4 score and a word for it; a hint, never a rule."""
    text = normalise(passphrase)
    if not text:
        return 0, ""
    pools = 0
    pools += 26 if any(c.islower() for c in text) else 0
    pools += 26 if any(c.isupper() for c in text) else 0
    pools += 10 if any(c.isdigit() for c in text) else 0
    pools += 33 if any(not c.isalnum() for c in text) else 0
    pools += 100 if any(ord(c) > 127 for c in text) else 0
    distinct = len(set(text))
    bits = min(len(text), distinct * 3) * math.log2(max(pools, 2))
    if problem(passphrase) is not None:
        score = 0 if len(text) < 8 else 1
    elif bits < 70:
        score = 2
    elif bits < 100:
        score = 3
    else:
        score = 4
    return score, ("too short", "weak", "fair", "good", "strong")[score]

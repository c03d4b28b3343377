"""A draft: an unsaved edit kept (encrypted, in the vault) across a lock, as (kind, ref, payload).

Neutral ground: pages, dialogs and the lock controller all import it from here.
"""
from __future__ import annotations

from typing import Any

Draft = tuple[str, str, dict[str, Any]]

"""After an unlock: a rekey that was killed after its commit never showed its new recovery key; show it now.

The old recovery key no longer opens the vault, so the new one is shown once
(with the sheet offered), in the same dialog a finished rekey uses; it counts
as shown when the user closes that dialog.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .rekey_dialog import RekeyDialog


def show_unshown_recovery_key(ctx: AppContext, parent: QWidget) -> None:
    """Ask the database lane whether a new recovery key is waiting to be shown; if so, show it."""
    def check(practice):  # type: ignore[no-untyped-def]
        vault = practice.vault
        return vault.recovery_key() if vault.recovery_key_unshown else ""

    def found(key: str) -> None:
        if not key:
            return
        dialog = RekeyDialog(ctx, parent)
        dialog.setObjectName("unshown_recovery_key_dialog")
        dialog.key.setText(key)
        dialog.note.setText(dialog.tr(
            "A rekey was interrupted after it had re-encrypted the vault, before it could show this key. "
            "The old recovery key no longer opens this vault."))
        dialog.pages.setCurrentIndex(1)
        dialog.finished.connect(lambda _result: ctx.query(lambda p: p.vault.recovery_key_shown()))
        parent.unshown_key_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    # Locked again meanwhile, or no vault: nothing to show now (the next unlock asks again).
    ctx.query(check, found, lambda _exc: None)


__all__ = ["show_unshown_recovery_key"]

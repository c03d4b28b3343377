"""What the user must hear right after an unlock, checked on the database lane.

- A rekey that was killed after its commit never showed its new recovery key:
  the old recovery key no longer opens the vault, so the new one is shown once
  (with the sheet offered), in the same dialog a finished rekey uses; it counts
  as shown when the user closes that dialog.
- The vault opened read-only (its file, folder or disk cannot be written): say
  so and why, before a change is attempted.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..context import AppContext
from ..i18n import tr
from .rekey_dialog import RekeyDialog


def after_unlock(ctx: AppContext, parent: QWidget) -> None:
    show_unshown_recovery_key(ctx, parent)
    show_read_only_notice(ctx, parent)


def show_read_only_notice(ctx: AppContext, parent: QWidget) -> None:
    """A vault opened read-only says so (and why) at once, not at the first failed save."""
    def check(practice):
        vault = practice.vault
        return vault.read_only_reason or ("read-only" if vault.read_only else "")

    def found(reason: str) -> None:
        if not reason:
            return
        text = tr("This vault is open read-only: {reason}. You can read, print, export and back it up; "
                  "nothing can be saved. Make it writable and unlock again to make changes.",
                  "UnlockNotices").format(reason=reason)
        box = QMessageBox(QMessageBox.Icon.Information, tr("Peerglass", "UnlockNotices"), text, parent=parent)
        box.setObjectName("read_only_notice")
        parent.read_only_notice = box
        box.open()

    ctx.query(check, found, lambda _exc: None)


def show_unshown_recovery_key(ctx: AppContext, parent: QWidget) -> None:
    """Ask the database lane whether a new recovery key is waiting to be shown; if so, show it."""
    def check(practice):
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
        # Closed by a lock (the vault is locked by then): not counted as shown, so the next unlock shows it.
        dialog.finished.connect(lambda _result: ctx.query(lambda p: p.vault.recovery_key_shown(), None,
                                                          lambda _exc: None))
        parent.unshown_key_dialog = dialog
        dialog.open()

    # Locked again meanwhile, or no vault: nothing to show now (the next unlock asks again).
    ctx.query(check, found, lambda _exc: None)


__all__ = ["after_unlock", "show_read_only_notice", "show_unshown_recovery_key"]

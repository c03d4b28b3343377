"""The passphrase and the recovery sheet: change it, set a new one when the slot is missing,
show the sheet (after the passphrase again, since it holds the master key)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.core.practice import Practice
from app.core.vault import KeySlotMissing

from ..context import AppContext
from ..dialogs.set_passphrase import SetPassphraseDialog
from ..i18n import tr


class PassphraseController:
    def __init__(self, ctx: AppContext, window: QWidget, kdf: Any = None) -> None:
        self.ctx, self.window, self._kdf = ctx, window, kdf

    def change_passphrase(self) -> None:
        SetPassphraseDialog(self._apply, need_current=True, parent=self.window).open()

    def ask_new_passphrase(self) -> None:
        dialog = SetPassphraseDialog(self._apply, need_current=False, explanation=(
            str(KeySlotMissing()) + " " + tr("Choose the passphrase you will use from now on.", "passphrase")),
            parent=self.window)
        dialog.open()

    def recovery_sheet(self) -> None:
        text, ok = QInputDialog.getText(self.window, tr("Recovery sheet", "passphrase"),
                                        tr("The sheet shows your recovery key. Type your passphrase to go on:", "passphrase"),
                                        QLineEdit.EchoMode.Password)
        if not ok:
            return
        self.ctx.query(lambda p: p.vault.check_passphrase(text), lambda _: self.show_sheet(self.window))

    def show_sheet(self, parent: QWidget | None) -> None:
        from ..documents import DocumentActions

        DocumentActions(self.ctx, parent).preview(lambda p: p.recovery_sheet(), tr("Recovery sheet", "passphrase"),
                                                  "vault")

    def _apply(self, current: str | None, new: str, ok: Callable[[Any], None],
               failed: Callable[[BaseException], None]) -> None:
        kdf = self._kdf

        def run(p: Practice) -> None:
            if current is None:
                p.reset_passphrase(new, kdf=kdf)
            else:
                p.change_passphrase(current, new, kdf=kdf)
        self.ctx.query(run, ok, failed)

"""Your own SMTP account for sending invitations; the password goes to the OS keyring.

The account (server, port, security, sender) is kept in the vault; the
password only in the system credential store, through the core. Where
there is no credential store the core says so, and nothing is saved.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.mail import KeyringUnavailable, SmtpSettings

from ..context import AppContext
from ..errors import describe
from ..i18n import noop, tr
from ..widgets.reveal import add_reveal

SECURITY = (("starttls", noop("STARTTLS (usually port 587)"), 587),
            ("tls", noop("TLS from the start (usually port 465)"), 465),
            ("none", noop("None \u2014 only for a server on this computer"), 25))
DEFAULT_PORTS = {key: port for key, _, port in SECURITY}


class SmtpSettingsDialog(QDialog):
    """``saved`` is emitted once the account (and password, if typed) are stored."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtp_settings_dialog")
        self.setWindowTitle(self.tr("E-mail sending (SMTP)"))
        self.ctx = ctx
        self.had_account = False
        self.host = QLineEdit(objectName="smtp_host", maxLength=253)
        self.host.setPlaceholderText(self.tr("smtp.example.org"))
        self.port = QSpinBox(objectName="smtp_port", minimum=1, maximum=65535, value=587)
        self.security = QComboBox(objectName="smtp_security")
        for key, label, _ in SECURITY:
            self.security.addItem(tr(label), key)
        self.username = QLineEdit(objectName="smtp_username", maxLength=320)
        self.username.setPlaceholderText(self.tr("often your e-mail address; empty if the server needs no "
                                                 "login"))
        self.password = QLineEdit(objectName="smtp_password", echoMode=QLineEdit.EchoMode.Password)
        add_reveal(self.password, self.tr("password"))
        self.password.setPlaceholderText(self.tr("kept in the system credential store, never in the vault"))
        self.from_name = QLineEdit(objectName="smtp_from_name", maxLength=200)
        self.from_address = QLineEdit(objectName="smtp_from_address", maxLength=320)
        self.from_address.setPlaceholderText(self.tr("you@example.org"))
        self.error = QLabel(objectName="smtp_error", wordWrap=True, visible=False)
        self.error.setProperty("role", "field-error")
        self.password_note = QLabel(objectName="smtp_password_note", wordWrap=True, visible=False)
        self.password_note.setProperty("muted", True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("smtp_save")
        self.save_button.setProperty("primary", True)
        self.forget_button = QPushButton(self.tr("Remove this account"), objectName="smtp_forget")
        self.forget_button.setProperty("danger", True)
        self.buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.forget_button.hide()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.forget_button.clicked.connect(self.forget)
        self.security.currentIndexChanged.connect(self._security_changed)

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Login"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.password_note)
        form.addRow(self.tr("Your name"), self.from_name)
        form.addRow(self.tr("From address *"), self.from_address)
        intro = QLabel(self.tr("Invitations go out from your own e-mail account, one message per invitee. "
                               "Your provider's help pages list these settings."), wordWrap=True)
        intro.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h3>E-mail sending</h3>")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._last_security = "starttls"
        self.ctx.query(lambda p: (p.invitations.smtp_settings(), p.settings.get()), lambda found: self._load(*found))

    def _load(self, settings: SmtpSettings | None, practice) -> None:
        if settings is None:
            self.from_name.setText(getattr(practice, "supervisor_name", "") or "")
            self.from_address.setText(getattr(practice, "email", "") or "")
            return
        self.had_account = True
        self.forget_button.show()
        self.host.setText(settings.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self._last_security = settings.security
        self.security.blockSignals(False)
        self.port.setValue(settings.port)
        self.username.setText(settings.username)
        self.from_name.setText(settings.from_name)
        self.from_address.setText(settings.from_address)
        if settings.username:
            self.password_note.setText(self.tr("Leave the password empty to keep the one already stored."))
            self.password_note.show()

    def _security_changed(self) -> None:
        """Follow the usual port for the new choice, unless the port was set by hand."""
        new = self.security.currentData()
        if self.port.value() == DEFAULT_PORTS.get(self._last_security):
            self.port.setValue(DEFAULT_PORTS[new])
        self._last_security = new
        self.error.hide()

    def settings(self) -> SmtpSettings:
        """The account as typed; ValueError (with a readable message) when it can't be used."""
        return SmtpSettings(self.host.text().strip(), self.port.value(), self.security.currentData(),
                            self.username.text(), self.from_name.text(), self.from_address.text().strip())

    def submit(self) -> None:
        try:
            settings = self.settings()
        except ValueError as exc:
            return self._show_error(str(exc))
        password = self.password.text() or None
        self.save_button.setEnabled(False)
        self.ctx.command(lambda p: p.invitations.save_smtp_settings(settings, password), self._saved,
                         self._failed)

    def forget(self) -> None:
        self.ctx.command(lambda p: p.invitations.forget_smtp_settings(), self._saved, self._failed)

    def _saved(self, _: object) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, KeyringUnavailable):
            self._show_error(self.tr("{0}\n\nNothing was saved. Leave the password empty to keep the account "
                                     "without one (for a server that needs no login), or set up a credential "
                                     "store.").format(exc))
        elif isinstance(exc, ValueError):
            self._show_error(describe(exc) if hasattr(exc, "problems") else str(exc))
        else:
            self.ctx.show_error(exc)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()

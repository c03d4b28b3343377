"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd in a background thread).

It listens on an ephemeral loopback port only, records every message it
accepts, and can misbehave on request: refuse given recipients with 550,
drop the connection at a chosen stage after N messages (once, a few times or
always), offer STARTTLS or speak implicit TLS with a self-signed certificate
made by ``make_tls_material`` at test time, and require AUTH.

    with SmtpTestServer(refuse={"bob@example.org"}) as server:
        ... send to 127.0.0.1:server.port ...
        server.messages[0].parsed()
"""
from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import threading
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

HOST = "127.0.0.1"  # never any other address
DropStage = Literal["MAIL", "RCPT", "DATA"]


@dataclass(frozen=True)
class TlsMaterial:
    """A self-signed certificate for localhost / 127.0.0.1 and its key, on disk."""

    cert_pem: bytes
    cert_path: Path
    key_path: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_path, self.key_path)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts exactly this certificate."""
        return ssl.create_default_context(cadata=self.cert_pem.decode("ascii"))


def make_tls_material(folder: Path) -> TlsMaterial:
    """Generate a fresh self-signed certificate (EC P-256, valid one day) in ``folder``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_path, key_path = folder / "smtp-test-cert.pem", folder / "smtp-test-key.pem"
    cert_path.write_bytes(cert_pem)
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    key_path.chmod(0o600)
    return TlsMaterial(cert_pem, cert_path, key_path)


@dataclass
class ReceivedMessage:
    """One accepted message with its envelope and how the session looked."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    tls: bool
    login: str | None
    mail_options: list[str] = field(default_factory=list)

    def parsed(self) -> EmailMessage:
        message = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        return message


class _Handler:
    """aiosmtpd hooks; runs on the server's event loop thread."""

    def __init__(self, owner: SmtpTestServer) -> None:
        self.owner = owner

    async def _maybe_drop(self, server: SMTP, stage: DropStage) -> None:
        if self.owner._should_drop(stage):
            assert server.transport is not None
            server.transport.abort()
            # connection_lost() cancels this coroutine, so no reply is ever written.
            await asyncio.Event().wait()

    async def handle_MAIL(self, server: SMTP, session: Any, envelope: Any,
                          address: str, mail_options: list[str]) -> str:
        await self._maybe_drop(server, "MAIL")
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Any, envelope: Any,
                          address: str, rcpt_options: list[str]) -> str:
        await self._maybe_drop(server, "RCPT")
        if address.lower() in self.owner.refuse:
            return "550 5.1.1 Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        await self._maybe_drop(server, "DATA")
        login = session.auth_data if isinstance(session.auth_data, str) else None
        self.owner.messages.append(ReceivedMessage(
            mail_from=envelope.mail_from, rcpt_tos=list(envelope.rcpt_tos),
            data=bytes(envelope.original_content or envelope.content),
            tls=session.ssl is not None or self.owner.implicit_tls, login=login,
            mail_options=list(envelope.mail_options)))
        return "250 2.0.0 Message accepted for delivery"


class SmtpTestServer:
    """A real SMTP server on 127.0.0.1 with an ephemeral port; see the module doc.

    ``drop_after``: once this many messages were accepted, drop the connection
    at ``drop_at``; ``drop_times`` limits how often (None = always).
    ``tls`` with ``implicit_tls=False`` offers STARTTLS (``require_starttls``
    refuses everything before it); with ``implicit_tls=True`` the whole
    connection is TLS. ``users`` (login -> password) turns on required AUTH,
    offered only after STARTTLS (or on implicit TLS).
    """

    def __init__(self, *, refuse: Iterable[str] = (), drop_after: int | None = None,
                 drop_at: DropStage = "MAIL", drop_times: int | None = None,
                 tls: TlsMaterial | None = None, implicit_tls: bool = False,
                 require_starttls: bool = False, users: dict[str, str] | None = None,
                 smtputf8: bool = True) -> None:
        if implicit_tls and tls is None:
            raise ValueError("implicit TLS needs TLS material")
        self.refuse = {address.lower() for address in refuse}
        self.drop_after, self.drop_at, self.drop_times = drop_after, drop_at, drop_times
        self.tls, self.implicit_tls, self.require_starttls = tls, implicit_tls, require_starttls
        self.users = dict(users or {})
        self.smtputf8 = smtputf8
        self._server_context = tls.server_context() if tls is not None else None
        self.messages: list[ReceivedMessage] = []
        self.connections = 0
        self.drops = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._protocols: list[SMTP] = []
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._error: BaseException | None = None

    def _should_drop(self, stage: DropStage) -> bool:
        if self.drop_after is None or stage != self.drop_at or len(self.messages) < self.drop_after:
            return False
        if self.drop_times is not None and self.drops >= self.drop_times:
            return False
        self.drops += 1
        return True

    def _authenticate(self, server: SMTP, session: Any, envelope: Any,
                      mechanism: str, auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode("utf-8", "replace")
            password = auth_data.password.decode("utf-8", "replace")
            ok = self.users.get(login) == password
            return AuthResult(success=ok, handled=False, auth_data=login if ok else None)
        return AuthResult(success=False, handled=False)

    def _make_protocol(self) -> SMTP:
        self.connections += 1
        starttls = self.tls is not None and not self.implicit_tls
        with warnings.catch_warnings():
            # aiosmtpd cannot tell that an implicit-TLS connection is encrypted.
            warnings.simplefilter("ignore", UserWarning)
            protocol = self._new_smtp(starttls)
        self._protocols.append(protocol)
        return protocol

    def _new_smtp(self, starttls: bool) -> SMTP:
        return SMTP(
            _Handler(self), hostname="smtp-test.localhost", ident="Peerglass test SMTP",
            enable_SMTPUTF8=self.smtputf8,
            tls_context=self._server_context if starttls else None,
            require_starttls=starttls and self.require_starttls,
            auth_required=bool(self.users), auth_require_tls=not self.implicit_tls,
            authenticator=self._authenticate if self.users else None,
            timeout=30, loop=self._loop)

    def start(self) -> SmtpTestServer:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="smtp-test", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("test SMTP server did not start")
        if self._error is not None:
            raise self._error
        return self

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        context = self._server_context if self.implicit_tls else None
        try:
            self._server = self._loop.run_until_complete(
                self._loop.create_server(self._make_protocol, host=HOST, port=0, ssl=context))
            self.port = self._server.sockets[0].getsockname()[1]
        except BaseException as exc:  # reported to start()
            self._error = exc
            ready.set()
            return
        ready.set()
        self._loop.run_forever()
        self._server.close()
        for protocol in self._protocols:
            if protocol.transport is not None:
                protocol.transport.abort()
        pending = [task for task in asyncio.all_tasks(self._loop) if not task.done()]
        for task in pending:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.run_until_complete(self._server.wait_closed())
        self._loop.close()

    def stop(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
        self._thread = None

    def __enter__(self) -> SmtpTestServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def dead_port() -> int:
    """A loopback port with nobody listening (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextmanager
def silent_server() -> Iterator[int]:
    """A loopback port that accepts TCP connections but never says a word."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind((HOST, 0))
        listener.listen(8)
        yield listener.getsockname()[1]

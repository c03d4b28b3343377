"""Sending invitations through the supervisor's own SMTP account.

One connection for the whole batch (reconnected once if the server drops
it), one message per invitee so every invitee gets an own ``SendResult``.
Problems with one recipient never escape as exceptions: they become a short
message on that invitee's result. Messages and log lines name the SMTP stage
and reply code only, never names, addresses or subjects, and the password is
never logged (smtplib debug output stays off).
"""
from __future__ import annotations

import base64
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import EmailMessage

from .message import InvitationEmail, SmtpSettings, build_message, message_bytes

__all__ = ["SendResult", "send_invitations"]

log = logging.getLogger(__name__)

# What we say in EHLO: an address literal, as privacy-minded clients do, so the
# machine's own name never leaves it (and no slow getfqdn() look-up happens).
_HELO_NAME = "[127.0.0.1]"
_ENHANCED_STATUS = re.compile(r"\s*([245]\.\d{1,3}\.\d{1,3})\b")
_CANCELLED = "Not sent: sending was cancelled."


@dataclass(frozen=True, slots=True)
class SendResult:
    """What happened to one invitation: sent, or why not (stage and code, no data)."""

    invitee_email: str
    ok: bool
    error: str | None = None
    cancelled: bool = False  # the user stopped the sending before this one was tried


class _Failure(Exception):
    """A user-facing SMTP problem; ``lost`` means the connection is gone."""

    def __init__(self, message: str, *, stage: str, code: int | None = None,
                 lost: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.stage = stage
        self.code = code
        self.lost = lost


def _code_text(code: int, response: bytes | str) -> str:
    """``550`` or ``550 5.1.1``: the reply code plus the enhanced status, no free text."""
    text = response.decode("ascii", "replace") if isinstance(response, bytes) else str(response)
    found = _ENHANCED_STATUS.match(text)
    return f"{code} {found.group(1)}" if found else str(code)


def _timed_out(exc: BaseException) -> bool:
    """smtplib wraps socket time-outs in SMTPServerDisconnected; look underneath."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, (TimeoutError, socket.timeout)):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _lost(exc: BaseException, stage: str) -> _Failure:
    """A dropped or silent connection while sending one message."""
    if _timed_out(exc):
        return _Failure(f"Not sent: the SMTP server did not answer in time ({stage}).", stage=stage,
                        lost=True)
    return _Failure(f"Not sent: the SMTP server closed the connection ({stage}).", stage=stage,
                    lost=True)


def _close(conn: smtplib.SMTP | None, *, polite: bool = False) -> None:
    if conn is None:
        return
    try:
        if polite:
            conn.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        conn.close()


def _login(conn: smtplib.SMTP, username: str, password: str) -> None:
    """AUTH, with UTF-8 credentials sent by PLAIN (smtplib only encodes ASCII)."""
    if (username + password).isascii():
        conn.login(username, password)
        return
    if "plain" not in conn.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPNotSupportedError("PLAIN not offered")
    token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
    code, response = conn.docmd("AUTH", "PLAIN " + token)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, response)


def _open(settings: SmtpSettings, password: str | None,
          ssl_context: ssl.SSLContext | None) -> smtplib.SMTP:
    """Connect, encrypt and log in, or raise _Failure saying which stage failed."""
    if settings.username and not password:
        raise _Failure("No SMTP password is available for this account.", stage="AUTH")
    context = ssl_context if ssl_context is not None else ssl.create_default_context()
    stage = "connect"
    conn: smtplib.SMTP | None = None
    try:
        if settings.security == "tls":
            conn = smtplib.SMTP_SSL(settings.host, settings.port, local_hostname=_HELO_NAME,
                                    timeout=settings.timeout, context=context)
        else:
            conn = smtplib.SMTP(settings.host, settings.port, local_hostname=_HELO_NAME,
                                timeout=settings.timeout)
        conn.set_debuglevel(0)
        stage = "EHLO"
        conn.ehlo_or_helo_if_needed()
        if settings.security == "starttls":
            stage = "STARTTLS"
            if not conn.has_extn("starttls"):
                raise _Failure("The SMTP server does not offer STARTTLS, so the connection "
                               "cannot be encrypted; nothing was sent.", stage=stage)
            conn.starttls(context=context)
            stage = "EHLO"
            conn.ehlo_or_helo_if_needed()
        if settings.username:
            stage = "AUTH"
            _login(conn, settings.username, password or "")
        return conn
    except _Failure:
        _close(conn)
        raise
    except Exception as exc:  # translated to one clear line; the cause stays out of it
        _close(conn)
        raise _open_failure(exc, stage) from None


def _open_failure(exc: Exception, stage: str) -> _Failure:
    """Turn what went wrong while connecting into a short sentence for the user."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or "not trusted"
        return _Failure(f"The SMTP server's TLS certificate could not be verified ({reason}); "
                        "nothing was sent.", stage=stage)
    if isinstance(exc, ssl.SSLError):
        return _Failure(f"The TLS handshake with the SMTP server failed ({stage}).", stage=stage)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _Failure(f"The SMTP server refused the login ({_code_text(exc.smtp_code, exc.smtp_error)}); "
                        "check the user name and password.", stage=stage, code=exc.smtp_code)
    if isinstance(exc, smtplib.SMTPNotSupportedError) or (
            stage == "AUTH" and isinstance(exc, smtplib.SMTPException)
            and not isinstance(exc, (smtplib.SMTPServerDisconnected, smtplib.SMTPResponseException))):
        return _Failure("The SMTP server does not offer a login method Peerglass can use (AUTH).",
                        stage=stage)
    if isinstance(exc, smtplib.SMTPConnectError):
        return _Failure(f"The SMTP server refused the connection ({_code_text(exc.smtp_code, exc.smtp_error)}).",
                        stage=stage, code=exc.smtp_code)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _Failure(f"The SMTP server refused {stage} ({_code_text(exc.smtp_code, exc.smtp_error)}).",
                        stage=stage, code=exc.smtp_code)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        where = "greeting" if stage == "connect" else stage
        if _timed_out(exc):
            return _Failure(f"The SMTP server did not answer in time ({where}).", stage=stage)
        return _Failure(f"The SMTP server closed the connection ({where}).", stage=stage)
    if isinstance(exc, ConnectionRefusedError):
        return _Failure("Could not connect to the SMTP server (connection refused).", stage=stage)
    if isinstance(exc, socket.gaierror):
        return _Failure("Could not connect to the SMTP server (server name not found).", stage=stage)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        if stage == "connect":
            return _Failure("Could not connect to the SMTP server (timed out).", stage=stage)
        return _Failure(f"The SMTP server did not answer in time ({stage}).", stage=stage)
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return _Failure(f"Could not connect to the SMTP server ({reason}).", stage=stage)
    return _Failure(f"SMTP failed at {stage} ({type(exc).__name__}).", stage=stage)


def _wire(msg: EmailMessage, settings: SmtpSettings, to_address: str,
          conn: smtplib.SMTP) -> tuple[bytes, list[str]]:
    """The bytes to send and the MAIL options (SMTPUTF8 only for non-ASCII addresses)."""
    if settings.from_address.isascii() and to_address.isascii():
        return message_bytes(msg), []
    if not conn.has_extn("smtputf8"):
        raise _Failure("Not sent: the SMTP server cannot handle non-ASCII e-mail addresses "
                       "(no SMTPUTF8).", stage="MAIL FROM")
    return message_bytes(msg), ["SMTPUTF8", "BODY=8BITMIME"]


def _refused(conn: smtplib.SMTP, stage: str, code: int, response: bytes | str) -> _Failure:
    """A refusal of this one message; 421 means the server is closing on us."""
    detail = _code_text(code, response)
    if code == 421:
        return _Failure(f"Not sent: the SMTP server closed the connection ({stage} {detail}).",
                        stage=stage, code=code, lost=True)
    try:
        conn.rset()  # leave the session clean for the next invitee
    except (smtplib.SMTPException, OSError):
        pass
    what = {"MAIL FROM": "the sender address", "RCPT TO": "this recipient"}.get(stage, "the message")
    how = "temporarily refused" if 400 <= code < 500 else "refused"
    later = "; try again later" if 400 <= code < 500 else ""
    return _Failure(f"Not sent: the SMTP server {how} {what} ({stage} {detail}){later}.",
                    stage=stage, code=code, lost=getattr(conn, "sock", None) is None)


def _send_one(conn: smtplib.SMTP, settings: SmtpSettings, msg: EmailMessage, to_address: str) -> None:
    """MAIL, RCPT, DATA for one invitee, stage by stage so failures can say where."""
    data, options = _wire(msg, settings, to_address, conn)
    stage = "MAIL FROM"
    try:
        code, response = conn.mail(settings.from_address, options)
        if code != 250:
            raise _refused(conn, stage, code, response)
        stage = "RCPT TO"
        code, response = conn.rcpt(to_address)
        if code not in (250, 251):
            raise _refused(conn, stage, code, response)
        stage = "DATA"
        conn.data(data)
    except _Failure:
        raise
    except smtplib.SMTPDataError as exc:
        raise _refused(conn, stage, exc.smtp_code, exc.smtp_error) from None
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise _lost(exc, stage) from None
    except smtplib.SMTPException as exc:
        lost = getattr(conn, "sock", None) is None
        raise _Failure(f"Not sent: SMTP failed at {stage} ({type(exc).__name__}).",
                       stage=stage, lost=lost) from None


def send_invitations(settings: SmtpSettings, password: str | None,
                     invitations: Iterable[InvitationEmail], *,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: Callable[[], bool] | None = None,
                     ssl_context: ssl.SSLContext | None = None) -> list[SendResult]:
    """Send each invitation as its own e-mail; one result per invitation, in order.

    Certificates are verified with ``ssl.create_default_context()`` unless
    ``ssl_context`` is given (tests pass one trusting their own certificate).
    ``progress(done, total)`` is called at the start and after each
    invitation; ``cancel()`` is asked before each one and stops the batch,
    the rest being reported as cancelled. A failure to connect, encrypt or
    log in marks every unsent invitation with the same reason. If the server
    drops the connection, it is re-opened once and the interrupted invitation
    retried; if that fails too, the rest are reported unsent.
    """
    items = list(invitations)
    total = len(items)
    results: list[SendResult] = []

    def record(invitation: InvitationEmail, error: str | None, cancelled: bool = False) -> None:
        results.append(SendResult(invitation.invitee.email, error is None, error, cancelled))
        if progress is not None:
            progress(len(results), total)

    def record_rest(start: int, error: str, cancelled: bool = False) -> None:
        for invitation in items[start:]:
            record(invitation, error, cancelled)

    if progress is not None:
        progress(0, total)
    conn: smtplib.SMTP | None = None
    connections_left = 2  # the first connection and one reconnect
    lost_reason = ""
    built: tuple[int, EmailMessage] | None = None
    index = 0
    try:
        while index < total:
            invitation = items[index]
            if cancel is not None and cancel():
                log.info("invitation sending cancelled with %d of %d left", total - index, total)
                record_rest(index, _CANCELLED, cancelled=True)
                break
            if built is None or built[0] != index:
                try:
                    built = (index, build_message(settings, invitation))
                except ValueError as exc:
                    reason = str(exc)
                    record(invitation, f"Not sent: {reason[:1].lower()}{reason[1:]}")
                    index += 1
                    continue
            if conn is None:
                if connections_left == 0:
                    record_rest(index, lost_reason)
                    break
                connections_left -= 1
                try:
                    conn = _open(settings, password, ssl_context)
                except _Failure as failure:
                    log.warning("SMTP connection failed at %s (code %s)", failure.stage, failure.code)
                    record_rest(index, failure.message)
                    break
            try:
                _send_one(conn, settings, built[1], invitation.invitee.email)
            except _Failure as failure:
                log.warning("SMTP message %d of %d failed at %s (code %s)",
                            index + 1, total, failure.stage, failure.code)
                if failure.lost:
                    _close(conn)
                    conn = None
                    lost_reason = failure.message
                    if connections_left > 0 and failure.code in (None, 421):
                        continue  # dropped mid-way: retry this one on a new connection
                    record(invitation, lost_reason)
                else:
                    record(invitation, failure.message)
            else:
                record(invitation, None)
            index += 1
    finally:
        _close(conn, polite=True)
    sent = sum(result.ok for result in results)
    log.info("invitation sending finished: %d of %d sent", sent, total)
    return results

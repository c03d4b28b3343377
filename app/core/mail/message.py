"""The invitation e-mail: SMTP account settings (no password), the invitee, the
iTIP message with its ``text/calendar`` part, and saving messages as
``.eml``/``.ics`` files to send by hand. Nothing here logs or raises with record
content."""
from __future__ import annotations

import html
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Literal

Security = Literal["starttls", "tls", "none"]
Method = Literal["REQUEST", "CANCEL"]

DEFAULT_TIMEOUT = 20.0
MAX_TIMEOUT = 300.0
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
_SECURITIES = ("starttls", "tls", "none")
_METHODS = ("REQUEST", "CANCEL")
_FALLBACK_MSGID_DOMAIN = "peerglass.invalid"
# Characters never allowed in an address we put on the wire ourselves.
_BAD_ADDRESS_CHARS = re.compile(r'[\s<>()\[\],;:"\\\x00-\x1f\x7f]')
_CALENDAR_METHOD = re.compile(rb"^METHOD:([A-Za-z-]+)\r?$", re.MULTILINE)


def is_valid_email(address: str) -> bool:
    """A conservative syntax check: one ``@``, no spaces, quotes or brackets.

    Deliberately stricter than RFC 5322 (no quoted local parts, no comments)
    because such addresses also break header generation and hand-sending.
    """
    if not isinstance(address, str) or address.count("@") != 1 or len(address) > 254:
        return False
    local, domain = address.split("@")
    if not local or not domain or len(local) > 64 or _BAD_ADDRESS_CHARS.search(address):
        return False
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    return all(label and not label.startswith("-") and not label.endswith("-") for label in labels)


def _one_line(text: str) -> str:
    """Collapse whitespace (and any CR/LF) so a value can never inject a header."""
    return " ".join(str(text).split())


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """How to reach the supervisor's own SMTP account (no password here).

    ``security`` "none" (no encryption) is accepted only for a server on this
    computer, so a password or invitation never crosses a network in clear.
    """

    host: str
    port: int = 587
    security: Security = "starttls"
    username: str = ""
    from_name: str = ""
    from_address: str = ""
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        host = self.host.strip() if isinstance(self.host, str) else ""
        if not host or any(ch.isspace() for ch in host) or "/" in host:
            raise ValueError("The SMTP server name is missing or not valid.")
        object.__setattr__(self, "host", host)
        if isinstance(self.port, bool) or not isinstance(self.port, int) or not 0 < self.port < 65536:
            raise ValueError("The SMTP port must be a number from 1 to 65535.")
        if self.security not in _SECURITIES:
            raise ValueError("SMTP security must be 'starttls', 'tls' or 'none'.")
        if self.security == "none" and host.lower() not in _LOOPBACK_HOSTS:
            raise ValueError(
                "SMTP without encryption ('none') is allowed only for a server on this "
                "computer (localhost or 127.0.0.1); choose STARTTLS or TLS.")
        if not isinstance(self.timeout, (int, float)) or not 0 < self.timeout <= MAX_TIMEOUT:
            raise ValueError(f"The SMTP time-out must be between 0 and {MAX_TIMEOUT:.0f} seconds.")
        if not is_valid_email(self.from_address):
            raise ValueError("The sender (From) address is not a valid e-mail address.")
        object.__setattr__(self, "from_name", _one_line(self.from_name))
        object.__setattr__(self, "username", self.username.strip())

    @property
    def organizer(self) -> Invitee:
        """The sender as an address-book entry (the iTIP organiser)."""
        return Invitee(self.from_name, self.from_address)


@dataclass(frozen=True, slots=True)
class Invitee:
    """One person an invitation goes to (or the organiser it comes from)."""

    name: str
    email: str


@dataclass(frozen=True, slots=True)
class InvitationEmail:
    """One e-mail to one invitee: the words plus the iTIP calendar as bytes."""

    method: Method
    subject: str
    body_text: str
    calendar: bytes
    invitee: Invitee
    filename: str = "invite.ics"

    def __post_init__(self) -> None:
        if self.method not in _METHODS:
            raise ValueError("An invitation's method must be REQUEST or CANCEL.")
        if not isinstance(self.calendar, (bytes, bytearray)) or not self.calendar.strip():
            raise ValueError("An invitation needs the calendar (.ics) text as bytes.")
        name = self.filename
        if (not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name
                or not name.lower().endswith(".ics")):
            raise ValueError("The attachment file name must be a plain name ending in .ics.")


def _address(person: Invitee, role: str) -> Address:
    if not is_valid_email(person.email):
        raise ValueError(f"The {role} e-mail address is not valid.")
    local, domain = person.email.split("@")
    return Address(display_name=_one_line(person.name), username=local, domain=domain)


def _html_rendering(text: str) -> str:
    """A plain, escaped HTML twin of the text so HTML-first clients look tidy."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
    body = "\n".join(
        "<p>" + html.escape(p.strip()).replace("\n", "<br>\n") + "</p>" for p in paragraphs)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family: sans-serif">\n{body}\n</body></html>\n')


def _organizer_from_calendar(calendar: bytes) -> Invitee | None:
    """The ORGANIZER of the first component, for files saved without settings."""
    from icalendar import Calendar  # lazy: a heavy import, rarely needed here

    try:
        cal = Calendar.from_ical(bytes(calendar))
    except (ValueError, IndexError, KeyError):
        return None
    for component in cal.walk():
        organizer = component.get("ORGANIZER")
        if organizer is None:
            continue
        text = str(organizer)
        email = text[7:] if text.lower().startswith("mailto:") else text
        params = getattr(organizer, "params", {})
        if is_valid_email(email):
            return Invitee(str(params.get("CN", "")), email)
    return None


def build_message(sender: SmtpSettings | Invitee | None, invitation: InvitationEmail, *,
                  date: datetime | None = None) -> EmailMessage:
    """The complete invitation e-mail for one invitee.

    ``multipart/mixed`` > (``multipart/alternative`` > text/plain, text/html,
    ``text/calendar; method=...``), then the same calendar attached as
    ``application/ics``. ``sender`` is the organiser (settings or a person);
    None takes the calendar's ORGANIZER (for files sent by hand later). All
    parts are 7-bit safe on the wire (quoted-printable / base64), headers
    RFC 2047-encoded, so any server and any name work.
    """
    calendar = bytes(invitation.calendar)
    try:
        calendar.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("The calendar text is not valid UTF-8.") from None
    found = _CALENDAR_METHOD.search(calendar)
    if found and found.group(1).decode("ascii").upper() != invitation.method:
        raise ValueError("The calendar's METHOD does not match the invitation's method.")

    organizer = sender.organizer if isinstance(sender, SmtpSettings) else sender
    if organizer is None:
        organizer = _organizer_from_calendar(calendar)
    to_address = _address(invitation.invitee, "invitee")

    msg = EmailMessage(policy=policy.default)
    domain = _FALLBACK_MSGID_DOMAIN
    if organizer is not None:
        from_address = _address(organizer, "sender")
        msg["From"] = from_address
        if from_address.domain.isascii():
            domain = from_address.domain.lower()
    msg["To"] = to_address
    msg["Subject"] = _one_line(invitation.subject)
    msg["Date"] = format_datetime(date if date is not None else datetime.now().astimezone())
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["MIME-Version"] = "1.0"
    # Older Outlook versions look at this to treat the mail as a meeting item.
    msg["Content-Class"] = "urn:content-classes:calendarmessage"

    body = invitation.body_text if invitation.body_text.endswith("\n") else invitation.body_text + "\n"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(_html_rendering(invitation.body_text), subtype="html",
                        charset="utf-8", cte="quoted-printable")
    # Bytes in base64 keep the calendar's CRLF line ends exactly as ical.py made them.
    msg.add_alternative(calendar, maintype="text", subtype="calendar", cte="base64",
                        params={"method": invitation.method, "charset": "UTF-8"})
    msg.add_attachment(calendar, maintype="application", subtype="ics", cte="base64",
                       filename=invitation.filename, params={"name": invitation.filename})
    for part in msg.walk():  # only the top level should say MIME-Version
        if part is not msg:
            del part["MIME-Version"]
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as it goes on the wire and into an .eml file (CRLF lines).

    Non-ASCII addresses (not names) cannot be RFC 2047-encoded, so such a
    message is written as UTF-8 headers (RFC 6532), which needs SMTPUTF8.
    """
    international = any(
        not address.addr_spec.isascii()
        for name in ("From", "To") if msg[name] is not None
        for address in msg[name].addresses)
    # typeshed lists EmailPolicy.clone without its own ``utf8`` field
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n", utf8=international))  # type: ignore[call-arg]


# --------------------------------------------------------------------- files

_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))})


def _slug(invitee: Invitee) -> str:
    """A file-name-safe word for the invitee: letters and digits (any script) and '-'."""
    for candidate in (invitee.name, invitee.email.split("@")[0]):
        text = unicodedata.normalize("NFKC", str(candidate)).lower()
        text = "".join(ch if ch.isalnum() else "-" for ch in text)
        text = re.sub(r"-{2,}", "-", text).strip("-")[:48].strip("-")
        if text and text not in _WINDOWS_RESERVED:
            return text
    return "invitee"


def _reserve_pair(folder: Path, stem: str, taken: set[str]) -> tuple[Path, Path]:
    """Claim ``stem.eml``/``stem.ics`` (or ``stem-2``...) without overwriting anything.

    Names are claimed with O_EXCL so a file that appears meanwhile is never
    replaced; the empty claims are then atomically filled.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for n in range(1, 10_000):
        base = stem if n == 1 else f"{stem}-{n}"
        if base.lower() in taken:
            continue
        claimed: list[Path] = []
        try:
            for suffix in (".eml", ".ics"):
                path = folder / f"{base}{suffix}"
                os.close(os.open(path, flags, 0o600))
                claimed.append(path)
        except FileExistsError:
            for path in claimed:
                path.unlink(missing_ok=True)
            continue
        taken.add(base.lower())
        return claimed[0], claimed[1]
    raise OSError("Could not find a free file name in the chosen folder.")


def save_invitations(invitations: Iterable[InvitationEmail], folder: Path, *,
                     sender: SmtpSettings | Invitee | None = None) -> list[Path]:
    """Write each invitation as ``.eml`` (whole message) and ``.ics``, to send by hand.

    Returns the paths in order: ``[eml_1, ics_1, eml_2, ics_2, ...]``. Names
    are ``invitation-<slug>`` / ``cancellation-<slug>`` with ``-2``, ``-3``...
    when taken; existing files are never overwritten. Files are owner-only
    (0600) because they hold names and session times. All messages are built
    first, so a bad invitation raises ValueError before anything is written.
    """
    from ..vault.atomic import write_atomic

    folder = Path(folder)
    prepared = [(inv, message_bytes(build_message(sender, inv))) for inv in invitations]
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    taken: set[str] = set()
    written: list[Path] = []
    for inv, eml in prepared:
        prefix = "invitation" if inv.method == "REQUEST" else "cancellation"
        eml_path, ics_path = _reserve_pair(folder, f"{prefix}-{_slug(inv.invitee)}", taken)
        try:
            write_atomic(eml_path, eml)
            write_atomic(ics_path, bytes(inv.calendar))
        except BaseException:
            eml_path.unlink(missing_ok=True)
            ics_path.unlink(missing_ok=True)
            raise
        written += [eml_path, ics_path]
    return written


Invitation = InvitationEmail
"""The name this class had before the invitation record and service took it (kept for callers)."""

"""Invitation e-mails: the MIME message, SMTP sending against a real local
server (aiosmtpd on 127.0.0.1 only), saved .eml/.ics files, keyring password."""
from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, message_from_string, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest
from icalendar import Calendar, Event, vCalAddress
from keyring.backends import chainer, fail
from keyring.errors import PasswordDeleteError

from app.core import mail
from app.core.mail import (
    InvitationEmail,
    Invitee,
    KeyringUnavailable,
    SendResult,
    SmtpSettings,
    build_message,
    forget_smtp_password,
    load_smtp_password,
    save_invitations,
    send_invitations,
    store_smtp_password,
)
from tests.core.smtp_server import (
    SmtpTestServer,
    TlsMaterial,
    dead_port,
    make_tls_material,
    silent_server,
)

ORGANIZER = Invitee("Łukasz Żółć", "lukasz@example.org")
HANAKO = Invitee("山田 花子", "hanako@example.jp")
ELENI = Invitee("Ελένη Ωμέγα", "eleni@example.gr")
ANNA = Invitee("Anna O'Brien, LMT", "anna@example.com")
SUBJECT = "Group supervision — Thursday 山田 <peer group>"
BODY = "Dear colleague,\n\nPlease join the peer group <boundaries & self-care>.\nŁukasz"


# ------------------------------------------------------------------ helpers

def make_calendar(method: str, attendees: list[Invitee], *, uid: str = "series-42@peerglass.test",
                  sequence: int = 3) -> bytes:
    """A small iTIP calendar, as app.core.ical would produce it."""
    cal = Calendar()
    cal.add("prodid", "-//Peerglass tests//EN")
    cal.add("version", "2.0")
    cal.add("method", method)
    event = Event()
    start = datetime(2025, 3, 6, 17, 0, tzinfo=UTC)
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", datetime(2025, 2, 1, tzinfo=UTC))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=90))
    event.add("summary", "Peer group — Ωμέγα 山田")
    organizer = vCalAddress(f"mailto:{ORGANIZER.email}")
    organizer.params["CN"] = ORGANIZER.name
    event["organizer"] = organizer
    for person in attendees:
        attendee = vCalAddress(f"mailto:{person.email}")
        attendee.params.update({"CN": person.name, "ROLE": "REQ-PARTICIPANT",
                                "PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"})
        event.add("attendee", attendee, encode=False)
    if method == "CANCEL":
        event.add("status", "CANCELLED")
    cal.add_component(event)
    return cal.to_ical()


def invitation(person: Invitee, method: str = "REQUEST") -> InvitationEmail:
    return InvitationEmail(method, SUBJECT, BODY, make_calendar(method, [person]), person)  # type: ignore[arg-type]


def local_settings(port: int, security: str = "none", **extra: Any) -> SmtpSettings:
    extra.setdefault("timeout", 5)
    return SmtpSettings("127.0.0.1", port, security, from_name=ORGANIZER.name,  # type: ignore[arg-type]
                        from_address=ORGANIZER.email, **extra)


def parts(message: EmailMessage) -> list[str]:
    return [part.get_content_type() for part in message.walk()]


def calendar_part(message: EmailMessage) -> EmailMessage:
    return next(p for p in message.walk() if p.get_content_type() == "text/calendar")  # type: ignore[return-value]


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsMaterial:
    return make_tls_material(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server() -> Iterator[Callable[..., SmtpTestServer]]:
    """Start test SMTP servers with the given behaviour; all stopped afterwards."""
    started: list[SmtpTestServer] = []

    def start(**options: Any) -> SmtpTestServer:
        started.append(SmtpTestServer(**options).start())
        return started[-1]

    yield start
    for each in started:
        each.stop()


# --------------------------------------------------------------- plain data

def test_settings_refuse_no_encryption_off_this_computer() -> None:
    with pytest.raises(ValueError, match="only for a server on this computer"):
        SmtpSettings("smtp.example.org", 25, "none", from_address="a@example.org")
    assert SmtpSettings("localhost", 25, "none", from_address="a@example.org").security == "none"
    for bad in (dict(port=0), dict(security="ssl"), dict(timeout=0), dict(timeout=10_000),
                dict(from_address="not an address"), dict(host="")):
        options = dict(host="smtp.example.org", from_address="a@example.org") | bad
        with pytest.raises(ValueError):
            SmtpSettings(**options)  # type: ignore[arg-type]
    assert SmtpSettings("smtp.example.org", from_address="a@example.org").timeout == 20


def test_invitation_refuses_bad_method_and_file_name() -> None:
    cal = make_calendar("REQUEST", [ANNA])
    with pytest.raises(ValueError, match="REQUEST or CANCEL"):
        InvitationEmail("REPLY", "s", "b", cal, ANNA)  # type: ignore[arg-type]
    for name in ("../invite.ics", "a/b.ics", "invite.exe", ""):
        with pytest.raises(ValueError, match="file name"):
            InvitationEmail("REQUEST", "s", "b", cal, ANNA, filename=name)


def test_message_structure_headers_and_non_ascii() -> None:
    settings = local_settings(25)
    built = build_message(settings, invitation(HANAKO))
    raw = mail.message_bytes(built)
    assert raw.isascii()  # 7-bit safe on any server
    message = message_from_bytes(raw, policy=policy.default)
    assert parts(message) == ["multipart/mixed", "multipart/alternative", "text/plain",  # type: ignore[arg-type]
                              "text/html", "text/calendar", "application/ics"]
    assert str(message["From"]) == "Łukasz Żółć <lukasz@example.org>"
    assert str(message["To"]) == "山田 花子 <hanako@example.jp>"
    assert str(message["Subject"]) == SUBJECT
    assert message["Message-ID"].endswith("@example.org>") and message["Date"]
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == BODY + "\n"
    html = message.get_body(("html",))
    assert html is not None and "&lt;boundaries &amp; self-care&gt;" in html.get_content()
    calendar = calendar_part(message)  # type: ignore[arg-type]
    assert calendar.get_param("method") == "REQUEST" and calendar.get_param("charset") == "UTF-8"
    attachment = next(iter(message.iter_attachments()))  # type: ignore[attr-defined]
    assert attachment.get_filename() == "invite.ics" and attachment.get_param("name") == "invite.ics"
    assert calendar.get_payload(decode=True) == attachment.get_payload(decode=True) == invitation(HANAKO).calendar


def test_cancel_method_and_mismatch() -> None:
    message = build_message(ORGANIZER, invitation(ELENI, "CANCEL"))
    assert calendar_part(message).get_param("method") == "CANCEL"
    wrong = InvitationEmail("REQUEST", "s", "b", make_calendar("CANCEL", [ELENI]), ELENI)
    with pytest.raises(ValueError, match="METHOD"):
        build_message(ORGANIZER, wrong)


def test_organizer_taken_from_calendar_when_no_sender() -> None:
    message = build_message(None, invitation(ANNA))
    assert str(message["From"]) == "Łukasz Żółć <lukasz@example.org>"


# ------------------------------------------------------------------ sending

def test_sent_messages_arrive_and_parse(server: Callable[..., SmtpTestServer]) -> None:
    smtp = server()
    progress: list[tuple[int, int]] = []
    people = [HANAKO, ELENI, ANNA]
    results = send_invitations(local_settings(smtp.port), None, [invitation(p) for p in people],
                               progress=lambda done, total: progress.append((done, total)))
    assert results == [SendResult(p.email, True, None) for p in people]
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert smtp.connections == 1 and [m.rcpt_tos for m in smtp.messages] == [[p.email] for p in people]
    for person, received in zip(people, smtp.messages):
        assert received.mail_from == ORGANIZER.email
        message = received.parsed()
        assert parts(message) == ["multipart/mixed", "multipart/alternative", "text/plain",
                                  "text/html", "text/calendar", "application/ics"]
        assert message["To"].addresses[0].display_name == person.name
        assert str(message["Subject"]) == SUBJECT
        part = calendar_part(message)
        assert part.get_param("method") == "REQUEST"
        cal = Calendar.from_ical(part.get_payload(decode=True))
        assert str(cal["METHOD"]) == "REQUEST"
        event = cal.walk("VEVENT")[0]
        assert str(event["UID"]) == "series-42@peerglass.test" and int(event["SEQUENCE"]) == 3
        attendee = event["ATTENDEE"]
        assert str(attendee) == f"mailto:{person.email}"
        assert attendee.params["RSVP"] == "TRUE" and attendee.params["CN"] == person.name
        assert "Ωμέγα 山田" in str(event["SUMMARY"])


def test_refused_recipient_marks_only_that_invitation(server: Callable[..., SmtpTestServer]) -> None:
    smtp = server(refuse={ELENI.email})
    results = send_invitations(local_settings(smtp.port), None,
                               [invitation(p) for p in (HANAKO, ELENI, ANNA)])
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == "Not sent: the SMTP server refused this recipient (RCPT TO 550 5.1.1)."
    assert [m.rcpt_tos for m in smtp.messages] == [[HANAKO.email], [ANNA.email]]


def test_drop_once_reconnects_and_sends_the_rest(server: Callable[..., SmtpTestServer]) -> None:
    smtp = server(drop_after=1, drop_times=1)
    results = send_invitations(local_settings(smtp.port), None,
                               [invitation(p) for p in (HANAKO, ELENI, ANNA)])
    assert all(r.ok for r in results)
    assert smtp.connections == 2 and smtp.drops == 1 and len(smtp.messages) == 3


@pytest.mark.parametrize("stage", ["MAIL", "DATA"])
def test_drop_always_marks_only_the_rest_unsent(server: Callable[..., SmtpTestServer], stage: str) -> None:
    smtp = server(drop_after=1, drop_at=stage)
    results = send_invitations(local_settings(smtp.port), None,
                               [invitation(p) for p in (HANAKO, ELENI, ANNA)])
    assert [r.ok for r in results] == [True, False, False]
    where = "MAIL FROM" if stage == "MAIL" else "DATA"
    assert {r.error for r in results[1:]} == {f"Not sent: the SMTP server closed the connection ({where})."}
    assert smtp.connections == 2 and len(smtp.messages) == 1  # one reconnect, no more


def test_dead_port_could_not_connect_for_all() -> None:
    results = send_invitations(local_settings(dead_port()), None, [invitation(p) for p in (HANAKO, ANNA)])
    assert [r.error for r in results] == ["Could not connect to the SMTP server (connection refused)."] * 2


def test_silent_server_times_out() -> None:
    with silent_server() as port:
        results = send_invitations(local_settings(port, timeout=0.3), None, [invitation(ANNA)])
    assert results[0].error == "The SMTP server did not answer in time (greeting)."


def test_starttls_with_trusted_certificate(server: Callable[..., SmtpTestServer], tls: TlsMaterial) -> None:
    smtp = server(tls=tls, require_starttls=True)
    results = send_invitations(local_settings(smtp.port, "starttls"), None, [invitation(HANAKO)],
                               ssl_context=tls.client_context())
    assert results[0].ok and smtp.messages[0].tls


def test_starttls_untrusted_certificate_fails_cleanly(server: Callable[..., SmtpTestServer],
                                                      tls: TlsMaterial) -> None:
    smtp = server(tls=tls, require_starttls=True)
    results = send_invitations(local_settings(smtp.port, "starttls"), None,
                               [invitation(HANAKO), invitation(ANNA)])
    assert [r.ok for r in results] == [False, False]
    assert results[0].error is not None and "certificate could not be verified" in results[0].error
    assert "self-signed" in results[0].error and smtp.messages == []


def test_starttls_not_offered_never_falls_back_to_plain(server: Callable[..., SmtpTestServer]) -> None:
    smtp = server()
    results = send_invitations(local_settings(smtp.port, "starttls"), None, [invitation(ANNA)])
    assert "does not offer STARTTLS" in (results[0].error or "") and smtp.messages == []


def test_implicit_tls(server: Callable[..., SmtpTestServer], tls: TlsMaterial) -> None:
    smtp = server(tls=tls, implicit_tls=True, users={"łukasz": "zażółć gęślą jaźń"})
    settings = local_settings(smtp.port, "tls", username="łukasz")
    results = send_invitations(settings, "zażółć gęślą jaźń", [invitation(ELENI)],
                               ssl_context=tls.client_context())
    assert results[0].ok and smtp.messages[0].tls and smtp.messages[0].login == "łukasz"


def test_auth_after_starttls_and_wrong_password(server: Callable[..., SmtpTestServer], tls: TlsMaterial,
                                                caplog: pytest.LogCaptureFixture) -> None:
    smtp = server(tls=tls, require_starttls=True, users={"supervisor": "correct horse"})
    settings = local_settings(smtp.port, "starttls", username="supervisor")
    ok = send_invitations(settings, "correct horse", [invitation(ANNA)], ssl_context=tls.client_context())
    assert ok[0].ok and smtp.messages[0].login == "supervisor"
    with caplog.at_level(logging.DEBUG, logger="app"):
        bad = send_invitations(settings, "wrong staple", [invitation(ANNA), invitation(HANAKO)],
                               ssl_context=tls.client_context())
    assert [r.error for r in bad] == [
        "The SMTP server refused the login (535 5.7.8); check the user name and password."] * 2
    assert "wrong staple" not in caplog.text and len(smtp.messages) == 1
    missing = send_invitations(settings, None, [invitation(ANNA)], ssl_context=tls.client_context())
    assert missing[0].error == "No SMTP password is available for this account."


def test_cancel_stops_the_batch(server: Callable[..., SmtpTestServer]) -> None:
    smtp = server()
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1

    results = send_invitations(local_settings(smtp.port), None,
                               [invitation(p) for p in (HANAKO, ELENI, ANNA)], cancel=cancel)
    assert [r.ok for r in results] == [True, False, False] and len(smtp.messages) == 1
    assert results[2].error == "Not sent: sending was cancelled."
    assert [r.cancelled for r in results] == [False, True, True]  # a flag, for the rows: never the text


def test_bad_invitee_address_affects_only_that_one(server: Callable[..., SmtpTestServer]) -> None:
    smtp = server()
    broken = Invitee("Broken", "no-at-sign.example.org")
    results = send_invitations(local_settings(smtp.port), None,
                               [invitation(ANNA), InvitationEmail("REQUEST", "s", "b", make_calendar("REQUEST", []), broken)])
    assert results[0].ok and results[1].error == "Not sent: the invitee e-mail address is not valid."


def test_international_address_uses_smtputf8(server: Callable[..., SmtpTestServer]) -> None:
    person = Invitee("山田 花子", "花子@例え.jp")
    smtp = server()
    results = send_invitations(local_settings(smtp.port), None, [invitation(person)])
    assert results[0].ok and "SMTPUTF8" in smtp.messages[0].mail_options
    utf8_headers = message_from_string(smtp.messages[0].data.decode("utf-8"), policy=policy.default)
    assert utf8_headers["To"].addresses[0].addr_spec == person.email  # RFC 6532 headers
    plain = server(smtputf8=False)
    refused = send_invitations(local_settings(plain.port), None, [invitation(person), invitation(ANNA)])
    assert "no SMTPUTF8" in (refused[0].error or "") and refused[1].ok


def test_logs_never_carry_record_content(server: Callable[..., SmtpTestServer],
                                         caplog: pytest.LogCaptureFixture) -> None:
    smtp = server(refuse={HANAKO.email}, drop_after=1, drop_at="MAIL")
    with caplog.at_level(logging.DEBUG, logger="app"):
        results = send_invitations(local_settings(smtp.port), None,
                                   [invitation(p) for p in (ANNA, HANAKO, ELENI)])
    assert not results[1].ok
    app_lines = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("app"))
    assert app_lines  # something was logged ...
    for secret in (HANAKO.email, HANAKO.name, ANNA.email, ELENI.name, "Group supervision", "lukasz"):
        assert secret not in app_lines  # ... but never names, addresses or subjects
    assert all(secret not in (r.error or "") for r in results for secret in (HANAKO.email, SUBJECT))


# -------------------------------------------------------------------- files

def test_save_invitations_writes_private_parseable_files(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    sneaky = Invitee("../../etc/passwd", "sneaky@example.org")
    twin = Invitee("山田 花子", "hanako2@example.jp")
    (folder).mkdir()
    (folder / "invitation-山田-花子.eml").write_bytes(b"existing")  # must not be overwritten
    invitations = [invitation(HANAKO), invitation(twin), invitation(sneaky), invitation(ELENI, "CANCEL")]
    paths = save_invitations(invitations, folder, sender=ORGANIZER)
    names = [p.name for p in paths]
    assert names == ["invitation-山田-花子-2.eml", "invitation-山田-花子-2.ics",
                     "invitation-山田-花子-3.eml", "invitation-山田-花子-3.ics",
                     "invitation-etc-passwd.eml", "invitation-etc-passwd.ics",
                     "cancellation-ελένη-ωμέγα.eml", "cancellation-ελένη-ωμέγα.ics"]
    assert (folder / "invitation-山田-花子.eml").read_bytes() == b"existing"
    assert all(p.parent == folder for p in paths)
    assert sorted(os.listdir(folder)) == sorted(names + ["invitation-山田-花子.eml"])  # no temp files
    for path in paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    message = message_from_bytes(paths[0].read_bytes(), policy=policy.default)
    assert str(message["To"]) == "山田 花子 <hanako@example.jp>" and "text/calendar" in parts(message)  # type: ignore[arg-type]
    cancel = Calendar.from_ical(paths[7].read_bytes())
    assert str(cancel["METHOD"]) == "CANCEL" and paths[7].read_bytes() == invitations[3].calendar


def test_save_without_sender_uses_calendar_organizer(tmp_path: Path) -> None:
    eml, _ = save_invitations([invitation(ANNA)], tmp_path)
    assert eml.name == "invitation-anna-o-brien-lmt.eml"
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["From"].addresses[0].addr_spec == ORGANIZER.email


# ------------------------------------------------------------------ keyring

class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory credential store for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class EmptyChainer(chainer.ChainerBackend):
    backends: list[Any] = []  # type: ignore[assignment]


@pytest.fixture
def use_keyring() -> Iterator[Callable[[keyring.backend.KeyringBackend], None]]:
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_password_round_trip_in_keyring(use_keyring: Callable[[Any], None]) -> None:
    store = MemoryKeyring()
    use_keyring(store)
    assert load_smtp_password("supervisor@smtp.example.org") is None
    store_smtp_password("supervisor@smtp.example.org", "zażółć gęślą jaźń")
    assert store.secrets == {("Peerglass SMTP", "supervisor@smtp.example.org"): "zażółć gęślą jaźń"}
    assert load_smtp_password("supervisor@smtp.example.org") == "zażółć gęślą jaźń"
    forget_smtp_password("supervisor@smtp.example.org")
    forget_smtp_password("supervisor@smtp.example.org")  # forgetting twice is fine
    assert load_smtp_password("supervisor@smtp.example.org") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), EmptyChainer()], ids=["fail", "empty-chainer"])
def test_no_usable_keyring_is_a_clear_error(use_keyring: Callable[[Any], None], backend: Any) -> None:
    use_keyring(backend)
    for call in (lambda: store_smtp_password("k", "pw"), lambda: load_smtp_password("k"),
                 lambda: forget_smtp_password("k")):
        with pytest.raises(KeyringUnavailable, match="no credential store"):
            call()


def test_core_mail_never_imports_qt() -> None:
    modules = sorted(Path(mail.__file__).parent.glob("*.py"))
    assert {m.name for m in modules} >= {"__init__.py", "message.py", "send.py", "password.py"}
    for module in modules:
        source = module.read_text(encoding="utf-8")
        assert "PySide6" not in source and "PyQt" not in source

"""Plain data for the papers a supervisor signs, read from the vault.

Each method returns the ``app.core.pdf`` data class for one document; the
private note never leaves here (the summary data has no field for it).
``output`` builds the PDF bytes and records the export or print in the
audit log (by id, never by name).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from .. import pdf
from ..i18n import translate
from ..identifiers import Finding, find_identifiers
from ..models import Attendance, Series, Supervisee, SupervisionSession
from .audit import add_event
from .base import NotFound, Service, ValidationError
from .changes import Changes
from .scheduling import from_utc, to_utc
from .session_records import SessionRecord, load_record
from .settings import SettingsData, SettingsService

KIND_LABEL = {"individual": pdf.SessionKind.INDIVIDUAL, "peer_group": pdf.SessionKind.PEER_GROUP,
              "group_supervision": pdf.SessionKind.GROUP_SUPERVISION}
CURRENCY_SIGN = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "PLN": "zł", "JPY": "¥",
                 "CAD": "CA$", "AUD": "A$"}


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def utc_bounds(self, tz: str) -> tuple[datetime, datetime]:
        return (to_utc(datetime.combine(self.start, time.min), tz),
                to_utc(datetime.combine(self.end + timedelta(days=1), time.min), tz))


def notes_markdown(record: SessionRecord) -> str:
    """The three note sections as one Markdown text (headings only where there is text)."""
    parts = []
    for title, text in (("What the supervisee brought", record.data.brought),
                        ("Reflections", record.data.reflections),
                        ("What was mirrored", record.data.mirrored)):
        if text.strip():
            parts.append(f"### {title}\n\n{text.strip()}")
    return "\n\n".join(parts)


class ReportService(Service):
    # ---- shared ------------------------------------------------------------
    def letterhead(self) -> pdf.Letterhead:
        settings = self._settings()
        return pdf.Letterhead(
            practice_name=settings.practice_name, supervisor_name=settings.supervisor_name,
            credentials=settings.credentials,
            address_lines=tuple(line.strip() for line in settings.address.splitlines() if line.strip()),
            phone=settings.phone, email=settings.email)

    def _settings(self) -> SettingsData:
        return SettingsService(self.engine).get()

    # ---- session summaries ---------------------------------------------------
    def summary(self, session_id: int, printed_on: date | None = None) -> pdf.SessionSummaryData:
        with self.session() as s:
            summary = self._summary(s, load_record(s, session_id))
        return pdf.SessionSummaryData(letterhead=self.letterhead(), printed_on=printed_on, summary=summary)

    def _summary(self, s, record: SessionRecord) -> pdf.SessionSummary:  # type: ignore[no-untyped-def]
        attendees: tuple[str, ...] = ()
        if record.kind != "individual":
            attendees = tuple(a.name for a in (record.data.attendance or ()) if a.present and a.name)
        held = record.data.held_minutes or record.duration_minutes
        return pdf.SessionSummary(
            kind=KIND_LABEL.get(record.kind, pdf.SessionKind.INDIVIDUAL),
            starts_at=record.start.replace(tzinfo=None), length_minutes=held,
            supervisee_name=record.supervisee_name if record.kind == "individual" else "",
            group_name=self._group_name(s, record.group_id), attendees=attendees,
            location=record.location, themes=tuple(t.name for t in record.themes),
            notes_markdown=notes_markdown(record),
            follow_ups=tuple(f.text for f in record.data.follow_ups),
            next_session=self._next_session(s, record))

    @staticmethod
    def _group_name(s, group_id: int | None) -> str:  # type: ignore[no-untyped-def]
        if group_id is None:
            return ""
        try:
            from ..models import Group  # type: ignore[attr-defined]
        except ImportError:
            return ""
        return s.scalar(select(Group.name).where(Group.id == group_id)) or ""

    @staticmethod
    def _next_session(s, record: SessionRecord) -> datetime | None:  # type: ignore[no-untyped-def]
        after = to_utc(record.start, record.tz)
        who = (SupervisionSession.group_id == record.group_id if record.group_id is not None
               else SupervisionSession.supervisee_id == record.supervisee_id)
        row = s.execute(select(SupervisionSession.start_utc, SupervisionSession.tz)
                        .where(who, SupervisionSession.start_utc > after,
                               SupervisionSession.status == "scheduled")
                        .order_by(SupervisionSession.start_utc).limit(1)).first()
        return from_utc(row[0], row[1]).replace(tzinfo=None) if row else None

    def summaries(self, supervisee_id: int, period: Period,
                  printed_on: date | None = None) -> pdf.SummaryBatchData:
        with self.session() as s:
            name = self._supervisee(s, supervisee_id).full_name
            lo, hi = period.utc_bounds(self._settings().time_zone)
            ids = s.scalars(select(SupervisionSession.id).where(
                self._involves(supervisee_id), SupervisionSession.start_utc >= lo,
                SupervisionSession.start_utc < hi, SupervisionSession.status == "held")
                .order_by(SupervisionSession.start_utc)).all()
            items = tuple(self._summary(s, load_record(s, i)) for i in ids)
        return pdf.SummaryBatchData(letterhead=self.letterhead(), printed_on=printed_on,
                                    supervisee_name=name, period_start=period.start,
                                    period_end=period.end, summaries=items)

    def identifier_warnings(self, session_id: int) -> list[Finding]:
        """Client identifiers that seem to be in the printable notes (never the private note)."""
        with self.session() as s:
            record = load_record(s, session_id)
        text = "\n\n".join([notes_markdown(record)] + [f.text for f in record.data.follow_ups])
        return find_identifiers(text, known_names=(record.supervisee_name,))

    # ---- hours, agreement, invoice -------------------------------------------
    @staticmethod
    def _involves(supervisee_id: int):  # type: ignore[no-untyped-def]
        """Individual sessions of this supervisee, and group sessions they attended."""
        attended = select(Attendance.session_id).where(
            Attendance.person_key == f"supervisee:{supervisee_id}", Attendance.present.is_(True))
        return or_(SupervisionSession.supervisee_id == supervisee_id,
                   and_(SupervisionSession.kind != "individual", SupervisionSession.id.in_(attended)))

    @staticmethod
    def _supervisee(s: Session, supervisee_id: int) -> Supervisee:
        row = s.get(Supervisee, supervisee_id)
        if row is None:
            raise NotFound(translate("errors", "Supervisee"), supervisee_id)
        return row

    def hours_log(self, supervisee_id: int, period: Period, printed_on: date | None = None) -> pdf.HoursLogData:
        with self.session() as s:
            who = self._supervisee(s, supervisee_id)
            lo, hi = period.utc_bounds(self._settings().time_zone)
            rows = s.execute(select(SupervisionSession.start_utc, SupervisionSession.tz, SupervisionSession.kind,
                                    SupervisionSession.held_minutes, SupervisionSession.duration_minutes)
                             .where(self._involves(supervisee_id), SupervisionSession.status == "held",
                                    SupervisionSession.start_utc >= lo, SupervisionSession.start_utc < hi)
                             .order_by(SupervisionSession.start_utc)).all()
            entries = tuple(pdf.HoursEntry(
                on=from_utc(start, tz).date(),
                kind=pdf.HoursKind.INDIVIDUAL if kind == "individual" else pdf.HoursKind.GROUP,
                minutes=held if held is not None else planned) for start, tz, kind, held, planned in rows)
            return pdf.HoursLogData(letterhead=self.letterhead(), printed_on=printed_on,
                                    supervisee_name=who.full_name, licence_number=who.licence_number,
                                    discipline=who.discipline, period_start=period.start,
                                    period_end=period.end, entries=entries)

    def agreement(self, supervisee_id: int, printed_on: date | None = None) -> pdf.AgreementData:
        settings = self._settings()
        with self.session() as s:
            who = self._supervisee(s, supervisee_id)
            series = s.scalars(select(Series).where(Series.supervisee_id == supervisee_id)
                               .order_by(Series.created_at.desc()).limit(1)).first()
            frequency, minutes, location, fee = "", settings.default_session_minutes, "", settings.default_fee
            if series is not None:
                from .. import recurrence
                try:
                    rule = recurrence.Rule.parse(series.rrule, tz=series.tz)
                    frequency = recurrence.describe(rule, series.start_local, series.duration_minutes,
                                                    series.tz).split(",")[0]
                except recurrence.RecurrenceError:
                    frequency = ""
                minutes, location = series.duration_minutes, series.location
                fee = series.fee if series.fee is not None else fee
            goals = tuple(line.strip(" -•*\t") for line in who.goals.splitlines() if line.strip(" -•*\t"))
            return pdf.AgreementData(
                letterhead=self.letterhead(), printed_on=printed_on, supervisee_name=who.full_name,
                supervisee_discipline=who.discipline, supervisee_licence=who.licence_number,
                starts_on=who.start_date, frequency=frequency, session_minutes=minutes, location=location,
                fee=Decimal(fee) if fee else None, currency=CURRENCY_SIGN.get(settings.currency, settings.currency),
                goals=goals)

    def invoice(self, supervisee_id: int, period: Period, number: str = "",
                issued_on: date | None = None) -> pdf.InvoiceData:
        settings = self._settings()
        with self.session() as s:
            who = self._supervisee(s, supervisee_id)
            lo, hi = period.utc_bounds(settings.time_zone)
            rows = s.execute(select(SupervisionSession.start_utc, SupervisionSession.tz, SupervisionSession.held_minutes,
                                    SupervisionSession.duration_minutes, SupervisionSession.fee,
                                    SupervisionSession.paid, Series.fee)
                             .outerjoin(Series, Series.id == SupervisionSession.series_id)
                             .where(SupervisionSession.supervisee_id == supervisee_id,
                                    SupervisionSession.kind == "individual", SupervisionSession.status == "held",
                                    SupervisionSession.start_utc >= lo, SupervisionSession.start_utc < hi)
                             .order_by(SupervisionSession.start_utc)).all()
        if not rows:
            raise ValidationError({"period": translate(
                "validation", "No held individual sessions in that period to invoice.")})
        lines = tuple(pdf.InvoiceLine(
            on=from_utc(start, tz).date(), description="Individual supervision",
            minutes=held if held is not None else planned,
            fee=Decimal(fee if fee is not None else series_fee if series_fee is not None else settings.default_fee))
            for start, tz, held, planned, fee, paid, series_fee in rows)
        issued = issued_on or date.today()
        return pdf.InvoiceData(
            letterhead=self.letterhead(), printed_on=issued, number=number or f"{issued:%Y%m}-{supervisee_id:04d}",
            issued_on=issued, due_on=issued + timedelta(days=14), bill_to_name=who.full_name,
            lines=lines, currency=CURRENCY_SIGN.get(settings.currency, settings.currency),
            paid=all(row[5] for row in rows))

    # ---- groups: questionnaire, self-check, charter ------------------------------
    def _person_name(self, person_key: str) -> str:
        from ..models import Contact
        from .members import MemberRef

        ref = MemberRef.parse(person_key)
        with self.session() as s:
            if ref.supervisee_id is not None:
                return self._supervisee(s, ref.supervisee_id).full_name
            row = s.get(Contact, ref.contact_id)
            if row is None:
                raise NotFound(translate("errors", "Colleague"), ref.contact_id)
            return row.full_name

    def questionnaire(self, person_key: str | None = None, version_id: int | None = None,
                      group_name: str = "") -> pdf.QuestionnaireData:
        """Blank (no person), a person's latest version, or a given version."""
        from .profiles import ProfileService

        if person_key is None:
            return pdf.QuestionnaireData(letterhead=self.letterhead(), group_name=group_name)
        profiles = ProfileService(self.engine)
        version = profiles.get(version_id) if version_id is not None else profiles.latest(person_key)
        fields: dict[str, Any] = version.questionnaire_fields() if version is not None else {}
        return pdf.QuestionnaireData(letterhead=self.letterhead(), member_name=self._person_name(person_key),
                                     group_name=group_name, **fields)

    def self_check(self, supervisee_id: int | None = None, check_id: int | None = None) -> pdf.SelfCheckData:
        """Blank (no supervisee), their latest self-check, or a given one."""
        from .profiles import ProfileService

        if supervisee_id is None:
            return pdf.SelfCheckData(letterhead=self.letterhead())
        profiles = ProfileService(self.engine)
        record = (profiles.get_self_check(check_id) if check_id is not None
                  else profiles.latest_self_check(supervisee_id))
        with self.session() as s:
            name = self._supervisee(s, supervisee_id).full_name
        if record is None:
            return pdf.SelfCheckData(letterhead=self.letterhead(), name=name)
        return pdf.SelfCheckData(letterhead=self.letterhead(), name=name, completed_on=record.completed_on,
                                 answers=dict(record.answers))

    def charter(self, group_id: int) -> pdf.CharterData:
        from .groups import GroupService
        from .series import SeriesService
        from .sessions import SessionService

        groups = GroupService(self.engine, SeriesService(self.engine), SessionService(self.engine))
        fields: dict[str, Any] = groups.charter_fields(group_id)
        return pdf.CharterData(letterhead=self.letterhead(), **fields)

    # ---- output and audit ------------------------------------------------------
    def output(self, document: pdf.DocumentData, *, action: str = "export", object_type: str = "",
               object_id: int | None = None) -> tuple[bytes, Changes]:
        """Build the PDF and note the export/print in the audit log."""
        data = render(document)
        self.record_output(document, action=action, object_type=object_type, object_id=object_id)
        return data, Changes(audit=True)

    def record_output(self, document: pdf.DocumentData, *, action: str, object_type: str = "",
                      object_id: int | None = None, pages: int | None = None) -> Changes:
        if action not in ("export", "print"):
            raise ValueError("action is export or print")
        detail = document_kind(document) + (f", {pages} page(s)" if pages else "")
        with self.transaction() as s:
            add_event(s, action, object_type, object_id, detail)
        return Changes(audit=True)


_BUILDERS = {
    pdf.SessionSummaryData: "build_session_summary", pdf.SummaryBatchData: "build_session_summaries",
    pdf.HoursLogData: "build_hours_log", pdf.AgreementData: "build_agreement",
    pdf.QuestionnaireData: "build_questionnaire", pdf.SelfCheckData: "build_self_check",
    pdf.CharterData: "build_charter", pdf.InvoiceData: "build_invoice",
    pdf.RecoverySheetData: "build_recovery_sheet",
}
_KIND_NAMES = {
    pdf.SessionSummaryData: "session summary", pdf.SummaryBatchData: "session summaries",
    pdf.HoursLogData: "hours log", pdf.AgreementData: "supervision agreement",
    pdf.QuestionnaireData: "practice profile questionnaire", pdf.SelfCheckData: "self-check",
    pdf.CharterData: "group charter", pdf.InvoiceData: "invoice", pdf.RecoverySheetData: "recovery sheet",
}


def render(document: pdf.DocumentData) -> bytes:
    """PDF bytes for any document data class, in the document's locale."""
    from app.core.pdf.formatting import in_locale

    build: Callable[[pdf.DocumentData], bytes] = getattr(pdf, _BUILDERS[type(document)])
    with in_locale(document.locale):
        return build(document)


def document_kind(document: pdf.DocumentData) -> str:
    return _KIND_NAMES[type(document)]

"""Plain input data for the PDF documents: frozen dataclasses, no reportlab.

Every document is a function of one of these values, so the app (or the CLI)
maps its records to them and the pdf package never sees a database row. The
module is pure Python so it can be imported at start-up without pulling in
reportlab.

Privacy by construction: no class here has a field for anything that must
never be printed (the supervisor's private session note, passphrases). What
is not in the data cannot reach the paper. Every class also has a redacted
``repr`` so an accidental log line or traceback carries no record content.

Empty strings, empty tuples and ``None`` mean "not filled in": the documents
then print writing lines (blank forms) or default professional wording.
Money is always :class:`~decimal.Decimal`; ``currency`` is printed as given
before the amount ("€" gives "€80.00", "CHF" gives "CHF 80.00").
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from app.core.i18n import translatable, translate

PageSize = Literal["A4", "Letter"]


class _Redacted:
    """Mixin: a repr that names the class only, never the record content."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"


class SessionKind(StrEnum):
    """The three ways a supervisor meets supervisees."""

    INDIVIDUAL = "individual"
    PEER_GROUP = "peer_group"
    GROUP_SUPERVISION = "group_supervision"

    @property
    def label(self) -> str:
        """The wording printed on documents."""
        return {
            SessionKind.INDIVIDUAL: translate("pdf", "Individual supervision"),
            SessionKind.PEER_GROUP: translate("pdf", "Peer supervision group"),
            SessionKind.GROUP_SUPERVISION: translate("pdf", "Group supervision"),
        }[self]

    @property
    def is_group(self) -> bool:
        """True for both kinds of group meeting."""
        return self is not SessionKind.INDIVIDUAL


class HoursKind(StrEnum):
    """How a licensing board counts supervision hours."""

    INDIVIDUAL = "individual"
    GROUP = "group"

    @property
    def label(self) -> str:
        """The wording printed in the hours log."""
        return translate("pdf", "Individual") if self is HoursKind.INDIVIDUAL else translate("pdf", "Group")


class Leadership(StrEnum):
    """Whether a peer group keeps one leader or rotates the role."""

    FIXED = "fixed"
    ROTATING = "rotating"


@dataclass(frozen=True, kw_only=True, repr=False)
class Letterhead(_Redacted):
    """The practice's heading printed on the first page of every document."""

    practice_name: str = ""
    supervisor_name: str = ""
    credentials: str = ""
    registration: str = ""  # e.g. "Licensed Clinical Supervisor, reg. no. 12345"
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True, kw_only=True, repr=False)
class DocumentData(_Redacted):
    """What every document shares: letterhead, paper and the printed date.

    ``printed_on`` defaults to today; tests pass it so output is deterministic.
    """

    letterhead: Letterhead
    page_size: PageSize = "A4"
    printed_on: date | None = None
    locale: str = ""  # e.g. "de_DE": dates and times on the paper; "" = English


# --- session summaries -------------------------------------------------------


@dataclass(frozen=True, kw_only=True, repr=False)
class SessionSummary(_Redacted):
    """One session as the supervisee may see it.

    Deliberately has no private-note field: the app's private note for a
    session cannot be passed in, so it cannot be printed.
    """

    kind: SessionKind = SessionKind.INDIVIDUAL
    starts_at: datetime | None = None
    length_minutes: int | None = None
    supervisee_name: str = ""
    group_name: str = ""
    attendees: tuple[str, ...] = ()
    location: str = ""
    themes: tuple[str, ...] = ()
    notes_markdown: str = ""
    follow_ups: tuple[str, ...] = ()
    next_session: datetime | None = None


@dataclass(frozen=True, kw_only=True, repr=False)
class SessionSummaryData(DocumentData):
    """A single session summary document."""

    summary: SessionSummary = SessionSummary()


@dataclass(frozen=True, kw_only=True, repr=False)
class SummaryBatchData(DocumentData):
    """All summaries of one supervisee (or group) for a period, in one file."""

    supervisee_name: str = ""
    period_start: date | None = None
    period_end: date | None = None
    summaries: tuple[SessionSummary, ...] = ()


# --- hours log ---------------------------------------------------------------


@dataclass(frozen=True, kw_only=True, repr=False)
class HoursEntry(_Redacted):
    """One supervision session counted towards a licence."""

    on: date
    kind: HoursKind
    minutes: int


@dataclass(frozen=True, kw_only=True, repr=False)
class HoursLogData(DocumentData):
    """A supervisee's supervision hours for a period, for a licensing board.

    Entries are printed in date order; the caller chooses which to include.
    """

    supervisee_name: str = ""
    licence_number: str = ""
    discipline: str = ""
    period_start: date | None = None
    period_end: date | None = None
    entries: tuple[HoursEntry, ...] = ()


# --- agreement, questionnaire, self-check, charter ---------------------------


@dataclass(frozen=True, kw_only=True, repr=False)
class AgreementData(DocumentData):
    """A supervision contract between supervisor and supervisee."""

    supervisee_name: str = ""
    supervisee_discipline: str = ""
    supervisee_licence: str = ""
    starts_on: date | None = None
    frequency: str = ""  # e.g. "Fortnightly"
    session_minutes: int | None = None
    location: str = ""  # place or format, e.g. "In person at the practice"
    fee: Decimal | None = None
    currency: str = "€"
    payment_terms: str = ""
    cancellation_policy: str = ""
    confidentiality: str = ""
    goals: tuple[str, ...] = ()
    review_on: date | None = None


@dataclass(frozen=True, kw_only=True, repr=False)
class QuestionnaireData(DocumentData):
    """A peer-group member's practice profile, blank or filled."""

    member_name: str = ""
    group_name: str = ""
    completed_on: date | None = None
    years_in_practice: int | None = None
    modalities: tuple[str, ...] = ()
    setting: str = ""
    clients_per_week: int | None = None
    hopes_from_group: str = ""
    current_challenges: str = ""
    self_care: str = ""


@dataclass(frozen=True)
class SelfCheckQuestion:
    """One reflective question; ``key`` is stable so answers survive rewording."""

    key: str
    text: str


SELF_CHECK_QUESTIONS: tuple[SelfCheckQuestion, ...] = (
    SelfCheckQuestion(
        "earning", translatable("profiles", "Am I earning enough for my needs without overworking?")
    ),
    SelfCheckQuestion(
        "friendships",
        translatable("profiles", "Have any relationships with clients turned into friendships?")
    ),
    SelfCheckQuestion(
        "days_off", translatable("profiles", "Do I come in on my days off to see clients?")
    ),
    SelfCheckQuestion(
        "over_time", translatable("profiles", "Do I run over time with clients, or expect or hope for tips?")
    ),
    SelfCheckQuestion(
        "fixing", translatable("profiles", "Do I feel frustrated when I cannot “fix” a client?")
    ),
    SelfCheckQuestion(
        "self_care", translatable("profiles", "Do I practise the self-care I recommend to my clients?")
    ),
)


@dataclass(frozen=True, kw_only=True, repr=False)
class SelfCheckData(DocumentData):
    """The self-check, blank or with answers keyed by question key."""

    name: str = ""
    completed_on: date | None = None
    answers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        known = {q.key for q in SELF_CHECK_QUESTIONS}
        if any(key not in known for key in self.answers):
            raise ValueError("self-check answers contain an unknown question key")


@dataclass(frozen=True, kw_only=True, repr=False)
class CharterData(DocumentData):
    """The agreements a peer or supervision group makes about itself."""

    group_name: str = ""
    kind: SessionKind = SessionKind.PEER_GROUP
    members: tuple[str, ...] = ()
    leadership: Leadership | None = None
    leader: str = ""
    rota: tuple[str, ...] = ()
    schedule: str = ""  # e.g. "Twice a month, 2nd and 4th Tuesday, 19:00"
    session_minutes: int | None = None
    place_rotates: bool = False
    places: tuple[str, ...] = ()
    term_from: date | None = None
    term_to: date | None = None
    review_on: date | None = None
    guest_supervisor: str = ""
    business_talk_minutes: int | None = None
    ground_rules: tuple[str, ...] = ()


# --- invoice and recovery sheet ----------------------------------------------


@dataclass(frozen=True, kw_only=True, repr=False)
class InvoiceLine(_Redacted):
    """One billed session."""

    on: date
    description: str
    minutes: int | None
    fee: Decimal


@dataclass(frozen=True, kw_only=True, repr=False)
class InvoiceData(DocumentData):
    """An invoice for individual supervision; printed as a receipt when paid."""

    number: str = ""
    issued_on: date | None = None
    due_on: date | None = None
    bill_to_name: str = ""
    bill_to_address: tuple[str, ...] = ()
    lines: tuple[InvoiceLine, ...] = ()
    currency: str = "€"
    paid: bool = False
    paid_on: date | None = None
    payment_method: str = ""
    payment_details: str = ""  # e.g. bank account for transfers
    note: str = ""  # e.g. a tax exemption statement

    @property
    def total(self) -> Decimal:
        """The sum of all line fees."""
        return sum((line.fee for line in self.lines), Decimal("0"))


@dataclass(frozen=True, kw_only=True, repr=False)
class RecoverySheetData(DocumentData):
    """The custodian's recovery kit for one vault.

    ``recovery_key`` is printed in groups exactly as given (separators of
    spaces or hyphens mark the groups; otherwise groups of five).
    """

    recovery_key: str = ""
    vault_path: str = ""
    vault_id: str = ""
    created_at: datetime | date | None = None
    custodian_name: str = ""

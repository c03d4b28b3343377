"""A guardrail that warns when a supervision note seems to identify a client.

Supervision talks about clients by initials or codes ("client J.M.",
"C-14"); a full name, a date of birth, a phone number or an e-mail address
in a note means the record now identifies a third party who never agreed to
be in it. :func:`find_identifiers` finds likely cases so the editor can
highlight them before the note is saved or printed. It is a heuristic that
warns and never blocks: it favours catching a real name over silence, and
keeps false alarms down with an allow-list of common and theme words.

Each :class:`Finding` carries the span to highlight and a *redacted* hint
(kind and position only), so a finding can be logged without leaking the
text it points at.

Limits, by design: names are recognised by capitalisation, so scripts
without letter case (Chinese, Japanese) and languages that capitalise every
noun (German) are not covered by the name check; the other checks work in
any language.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

DOB_YEAR_CUTOFF = 2010  # a full date from before this year is likely a birth date
_KEYWORD_WINDOW = 30  # characters before a date searched for "born", "DOB"…


class IdentifierKind(StrEnum):
    """What a finding looks like."""

    FULL_NAME = "full_name"
    DATE_OF_BIRTH = "date_of_birth"
    PHONE = "phone"
    EMAIL = "email"

    @property
    def label(self) -> str:
        """Plain wording for the UI."""
        return {
            IdentifierKind.FULL_NAME: "full name",
            IdentifierKind.DATE_OF_BIRTH: "date of birth",
            IdentifierKind.PHONE: "phone number",
            IdentifierKind.EMAIL: "e-mail address",
        }[self]


@dataclass(frozen=True)
class Finding:
    """One likely identifier: its kind and where it is, never its text."""

    kind: IdentifierKind
    start: int
    end: int
    line: int
    column: int

    @property
    def span(self) -> tuple[int, int]:
        """(start, end) offsets into the text, for highlighting."""
        return self.start, self.end

    @property
    def hint(self) -> str:
        """Safe to log or show: 'possible e-mail address at line 3, column 14'."""
        return f"possible {self.kind.label} at line {self.line}, column {self.column}"


def find_identifiers(text: str, known_names: Iterable[str] = ()) -> list[Finding]:
    """Likely client identifiers in ``text``, in order of position.

    ``known_names`` (the supervisee, group members, the supervisor) are not
    reported: they are expected in the record.
    """
    spans: list[tuple[IdentifierKind, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(kind: IdentifierKind, start: int, end: int) -> None:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            return
        taken.append((start, end))
        spans.append((kind, start, end))

    for start, end in _emails(text):
        add(IdentifierKind.EMAIL, start, end)
    dates = list(_dates(text))
    for start, end, year in dates:
        if _is_birth_date(text, start, year):
            add(IdentifierKind.DATE_OF_BIRTH, start, end)
    date_spans = [(start, end) for start, end, _ in dates]
    for start, end in _phones(text):
        if not any(start < d_end and d_start < end for d_start, d_end in date_spans):
            add(IdentifierKind.PHONE, start, end)
    for start, end in _names(text, known_names):
        add(IdentifierKind.FULL_NAME, start, end)
    return [_finding(text, kind, start, end) for kind, start, end in sorted(
        spans, key=lambda item: item[1])]


def _finding(text: str, kind: IdentifierKind, start: int, end: int) -> Finding:
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Finding(kind, start, end, line, column)


# --- e-mail and phone --------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_PHONE = re.compile(r"(?<![\w+/.-])(?:\+|\(\+?)?\d[\d ()./\-\u2013]{5,}\d(?![\w/])")
_PHONE_WORD = re.compile(r"(?i)\b(?:phone|tel|telephone|mobile|cell|ring|call|number|whatsapp)\b")
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-\u2013/]\s*(?:19|20)?\d{2}")
_NANP = re.compile(r"\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}")


def _emails(text: str) -> Iterable[tuple[int, int]]:
    for match in _EMAIL.finditer(text):
        yield match.span()


def _phones(text: str) -> Iterable[tuple[int, int]]:
    for match in _PHONE.finditer(text):
        raw = match.group().rstrip(" .-/\u2013")
        start, end = match.start(), match.start() + len(raw)
        digits = sum(ch.isdigit() for ch in raw)
        if digits > 15 or _YEAR_RANGE.fullmatch(raw):
            continue
        prefixed = raw.startswith(("+", "(", "0"))
        near_word = bool(_PHONE_WORD.search(text, max(0, start - _KEYWORD_WINDOW), start))
        if (digits >= 7 and prefixed) or digits >= 10 or _NANP.fullmatch(raw) \
                or (digits >= 6 and near_word):
            yield start, end


# --- dates of birth ----------------------------------------------------------

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.\-])(?:(?P<a>\d{1,2})[./\-](?P<b>\d{1,2})[./\-](?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))(?![\d/\-]|\.\d)"
)
_WORD_DATE = re.compile(
    rf"(?i)\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?:{_MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))\b"
)
_BIRTH_WORD = re.compile(
    r"(?i)(?:\bborn\b|\bdob\b|\bd\.\s?o\.\s?b\b\.?|date of birth|birthday|\bgeb\.)")


def _dates(text: str) -> Iterable[tuple[int, int, int]]:
    """(start, end, four-digit year) of plausible full dates."""
    for match in _NUMERIC_DATE.finditer(text):
        if match.group("iy"):
            year, month, day = (int(match.group(k)) for k in ("iy", "im", "id"))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
        else:
            first, second = int(match.group("a")), int(match.group("b"))
            day_first = 1 <= first <= 31 and 1 <= second <= 12
            month_first = 1 <= first <= 12 and 1 <= second <= 31
            if not (day_first or month_first):
                continue
            year = int(match.group("y"))
            if year < 100:  # two-digit year: only counts next to a birth word
                year = 10_000
        yield match.start(), match.end(), year
    for match in _WORD_DATE.finditer(text):
        day = int(match.group("d1") or match.group("d2"))
        year = int(match.group("y1") or match.group("y2"))
        if 1 <= day <= 31:
            yield match.start(), match.end(), year


def _is_birth_date(text: str, start: int, year: int) -> bool:
    if 1900 <= year < DOB_YEAR_CUTOFF:
        return True
    window = text[max(0, start - _KEYWORD_WINDOW):start]
    return bool(_BIRTH_WORD.search(window))


# --- full names --------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Herr|Frau|Mme|Mlle|Sr|Sra)\.?\s+"
    r"(?=[^\W\d_])"
)
_INSTITUTION = frozenset("""
    association society institute college university hospital clinic centre
    center council board trust service services practice street road avenue
    lane square school academy foundation ministry department agency church
    park station house hall court group team company ltd gmbh inc
""".split())
# Theme and modality words, months, days, holidays, and the words that most
# often start a sentence or a heading in a supervision note.
_COMMON = frozenset("""
    boundaries boundary transference countertransference projection dual
    relationship relationships friendship friendships money overwork scope fix
    self care self-care specific details detail practice business building
    group dynamics peer supervision supervisee supervisor individual client
    clients session sessions therapy therapist therapists counselling
    counseling counsellor counselor massage swedish thai deep tissue sports
    lymph drainage craniosacral reiki shiatsu gestalt cognitive behavioural
    behavioral person-centred person-centered psychodynamic systemic
    mindfulness compassion focused acceptance commitment emotionally
    psychotherapy nursing social work nurse nurses worker workers internal
    family systems somatic experiencing trauma informed narrative solution
    january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday
    christmas easter eve new year years day ramadan eid diwali hanukkah
    passover thanksgiving
    a an the this that these those there here i we you he she they it me us
    him her them my our your his its their mine ours what which who whom whose
    when where why how all any both each few more most other some such no not
    only own same so than too very can will just should now and but or nor
    for yet if then because as until while of at by with about against
    between into through during before after above below to from up down in
    out on off over under again further once also still even though although
    however therefore meanwhile today yesterday tomorrow tonight later earlier
    next last first second third finally overall later lately recently
    notes note summary themes theme follow ups up agreed action actions
    points point plan plans goals goal review reflection reflections
    feedback case cases discussion discussed key issues issue questions
    question open check checked homework steps step outcome outcomes topic
    topics brought bring explored explore noticed notice felt feel feeling
    feelings said says asked asks talked talk wondered spoke mentioned
    reported describes described shared share agreed agree wants want
    is are was were be been being have has had do does did
    ask read call write try look send consider reflect practise think keep
    book schedule contact tell invite prepare find set raise revisit return
    continue start stop remember make take give get let use
    yes ok okay thanks thank please dear hello hi
    english british american european german french spanish italian polish
    greek russian japanese chinese
""".split())


def _names(text: str, known_names: Iterable[str]) -> Iterable[tuple[int, int]]:
    known = _known_names(known_names)
    lowercase_words = {m.group().casefold() for m in _WORD.finditer(text)
                       if m.group()[0].islower()}
    run: list[re.Match[str]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        capitalised = word[0].isupper() and any(ch.islower() for ch in word[1:])
        joined = bool(run) and _only_space_between(text, run[-1].end(), match.start())
        if capitalised and (joined or not run):
            run.append(match)
            continue
        yield from _judge_run(text, run, known, lowercase_words)
        run = [match] if capitalised else []
    yield from _judge_run(text, run, known, lowercase_words)
    for match in _HONORIFIC.finditer(text):
        following = _WORD.match(text, match.end())
        if following and following.group()[0].isupper() \
                and not _is_known([_stem(following.group())], known):
            yield match.start(), following.end()


def _judge_run(text: str, run: list[re.Match[str]], known: list[set[str]],
               lowercase_words: set[str]) -> Iterable[tuple[int, int]]:
    """The stretches of a capitalised run that look like a person's name.

    Every word of a run is capitalised; a word counts as part of a name
    unless it is a common or theme word, or it opens a sentence (or a line)
    and is also used in lower case elsewhere in the note, which shows that
    it is capitalised only because of where it stands.
    """
    if len(run) < 2:
        return
    stems = [_stem(m.group()) for m in run]
    if any(stem in _INSTITUTION for stem in stems):
        return
    name_like = [stem not in _COMMON for stem in stems]
    if _at_sentence_start(text, run[0].start()) and stems[0] in lowercase_words:
        name_like[0] = False
    index = 0
    while index < len(run):
        if not name_like[index]:
            index += 1
            continue
        last = index
        while last + 1 < len(run) and name_like[last + 1]:
            last += 1
        if last > index and not _is_known(stems[index:last + 1], known):
            yield run[index].start(), run[last].end()
        index = last + 1


_LINE_OPENING = re.compile(r"\s*(?:[-*+>]|#+|\d+[.)])?\s*[\"'\u201c\u2018(\[*_]*")


def _at_sentence_start(text: str, start: int) -> bool:
    """True at the start of the text, a line, a list item or a sentence."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    if _LINE_OPENING.fullmatch(line):
        return True
    before = line.rstrip(" \t\"'\u201c\u2018([*_")
    return before.endswith((".", "!", "?", ":", ";"))


def _is_known(stems: list[str], known: list[set[str]]) -> bool:
    """All of these words belong to one known person's name."""
    return any(set(stems) <= name for name in known)


def _only_space_between(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _stem(word: str) -> str:
    """Casefolded word without a possessive ending (Maria's -> maria)."""
    word = word.casefold()
    for suffix in ("'s", "\u2019s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _known_names(names: Iterable[str]) -> list[set[str]]:
    """Each known name as its set of word stems."""
    out = [{_stem(m.group()) for m in _WORD.finditer(name or "")} for name in names]
    return [tokens for tokens in out if tokens]

"""Full-text search over session records (SQLite FTS5, inside the encrypted vault).

``session_fts`` holds one row per session (rowid = session id): the note
fields, follow-ups, the private note (searchable: it is the supervisor's own
vault, but hits there are flagged), people's names and theme names.
Triggers put changed sessions in ``search_dirty``; :func:`flush_index`
refreshes exactly those rows. Writers call it at the end of their
transaction, and a search flushes whatever others (a rename, an import) left.

Like the vault engine, this module is SQLite-specific on purpose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from .base import Service
from .scheduling import from_utc, practice_tz
from .search_snippets import snippet_html, snippet_text
from .validation import clean

COLUMNS = ("brought", "reflections", "mirrored", "follow_ups", "private_note", "people", "themes")
# Snippet preference when a session matches in several fields; private last.
_SNIPPET_ORDER = ("brought", "reflections", "mirrored", "follow_ups", "themes", "people", "private_note")
_OPEN, _CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16
RANK_WINDOW = 10_000  # relevance is scored among at most this many newest matches

# Letters FTS5's remove_diacritics does not fold; names are indexed both ways
# so "Lukasz" finds "Łukasz" and "Sorensen" finds "Sørensen".
_FOLD = (("Ł", "L"), ("ł", "l"), ("Ø", "O"), ("ø", "o"), ("Đ", "D"), ("đ", "d"), ("ß", "ss"),
         ("Æ", "Ae"), ("æ", "ae"), ("Œ", "Oe"), ("œ", "oe"), ("Þ", "Th"), ("þ", "th"), ("ı", "i"))


def _folded_sql(expr: str) -> str:
    for letter, plain in _FOLD:
        expr = f"replace({expr}, '{letter}', '{plain}')"
    return expr


_PEOPLE = ("(coalesce(p.full_name, '') || ' ' || coalesce(p.preferred_name, '') || ' ' || "
           "coalesce((SELECT group_concat(a.name, ' ') FROM attendance a WHERE a.session_id = s.id), ''))")
_SOURCE = f"""
SELECT s.id,
       coalesce(n.brought, ''), coalesce(n.reflections, ''), coalesce(n.mirrored, ''),
       coalesce((SELECT group_concat(f.text, char(10)) FROM follow_up f WHERE f.session_id = s.id), ''),
       coalesce(n.private_note, ''),
       trim(CASE WHEN {_folded_sql(_PEOPLE)} = {_PEOPLE} THEN {_PEOPLE}
                 ELSE {_PEOPLE} || ' ' || {_folded_sql(_PEOPLE)} END),
       coalesce((SELECT group_concat(t.name, char(10)) FROM session_theme st
                 JOIN theme t ON t.id = st.theme_id WHERE st.session_id = s.id), '')
FROM session s
LEFT JOIN session_note n ON n.session_id = s.id
LEFT JOIN supervisee p ON p.id = s.supervisee_id
"""
_INSERT = f"INSERT INTO session_fts (rowid, {', '.join(COLUMNS)}) "


def flush_index(s: Session) -> int:
    """Bring the index rows of every session marked dirty up to date; returns how many."""
    pending = s.execute(text("SELECT count(*) FROM search_dirty")).scalar() or 0
    if not pending:
        return 0
    s.execute(text("DELETE FROM session_fts WHERE rowid IN (SELECT session_id FROM search_dirty)"))
    s.execute(text(_INSERT + _SOURCE + " WHERE s.id IN (SELECT session_id FROM search_dirty)"))
    s.execute(text("DELETE FROM search_dirty"))
    return int(pending)


def rebuild_index(s: Session) -> None:
    """Rebuild the whole index (after a bulk load or restore)."""
    s.execute(text("DELETE FROM session_fts"))
    s.execute(text(_INSERT + _SOURCE))
    s.execute(text("DELETE FROM search_dirty"))
    s.execute(text("INSERT INTO session_fts (session_fts) VALUES ('optimize')"))


def fts_query(user_text: str) -> str:
    """Turn what the user typed into a safe FTS5 query ('' when nothing to search).

    Each word becomes a quoted term (so quotes, AND/OR/NOT, brackets, ``*``
    and ``:`` are plain text); words of two or more characters match as
    prefixes ("bound" finds "boundaries"). All words must match.
    """
    terms: list[str] = []
    for word in _WORD.findall(clean(user_text or "")):
        word = word.replace("_", " ").strip()
        if not word:
            continue
        term = '"' + word.replace('"', '""') + '"'
        terms.append(term + "*" if len(word) >= 2 or not word.isascii() else term)
        if len(terms) >= MAX_TERMS:
            break
    return " ".join(dict.fromkeys(terms))


@dataclass(frozen=True)
class SearchHit:
    session_id: int
    start: datetime  # aware, in the practice's zone
    status: str
    kind: str
    supervisee_id: int | None
    supervisee_name: str
    field: str  # which field the snippet comes from (one of COLUMNS)
    snippet: str  # plain text
    highlights: tuple[tuple[int, int], ...]  # (start, end) offsets of matches in ``snippet``

    @property
    def private(self) -> bool:
        """The match is only in the supervisor's private note."""
        return self.field == "private_note"

    @property
    def snippet_html(self) -> str:
        """The snippet escaped, its Markdown drawn (``<strong>``, ``<i>``, ``<code>``), matches in ``<b>``."""
        return snippet_html(self.snippet, self.highlights)

    @property
    def snippet_text(self) -> str:
        """The snippet without its Markdown marks."""
        return snippet_text(self.snippet)


def _unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length, open_at = 0, None
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            open_at = length
        elif part == _CLOSE:
            if open_at is not None:
                spans.append((open_at, length))
            open_at = None
        else:
            plain.append(part)
            length += len(part)
    return "".join(plain), tuple(spans)


class SearchService(Service):
    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Sessions matching every word typed, best first; never raises on odd input.

        ``offset`` skips that many of the best (the next page: "Show more").

        While only one or two letters are typed (which match nearly every
        note) hits come newest-first instead of by relevance, which would
        have to score every note. When more than :data:`RANK_WINDOW` sessions
        match, relevance is scored among the newest RANK_WINDOW of them only
        (scoring 200,000 matches costs ~350 ms; finding the window's edge
        walks the index in rowid order and costs ~10 ms).
        """
        match = fts_query(query)
        if not match or limit <= 0 or offset < 0:
            return []
        with self.transaction() as s:
            flush_index(s)
        short = max(len(w) for w in _WORD.findall(clean(query))) < 3
        snippets = ", ".join(f"snippet(session_fts, {i}, '{_OPEN}', '{_CLOSE}', '\u2026', 14)"
                             for i in range(len(COLUMNS)))
        with self.session() as s:
            window = ""
            if not short:
                edge = s.execute(text("SELECT rowid FROM session_fts WHERE session_fts MATCH :q "
                                      "ORDER BY rowid DESC LIMIT 1 OFFSET :w"),
                                 {"q": match, "w": RANK_WINDOW - 1}).scalar()
                window = f" AND rowid >= {int(edge)}" if edge is not None else ""
            marks = {r[0]: r[1:] for r in s.execute(text(
                f"SELECT rowid, {snippets} FROM session_fts WHERE session_fts MATCH :q{window} "
                # rowid breaks ties in rank: a total order, so pages by OFFSET never repeat or skip one
                f"ORDER BY {'rowid DESC' if short else 'rank, rowid DESC'} LIMIT :n OFFSET :o"),
                {"q": match, "n": int(limit), "o": int(offset)})}
            if not marks:
                return []
            rows = {r[0]: r for r in s.execute(text(
                "SELECT s.id, s.start_utc, s.status, s.kind, s.supervisee_id, p.full_name "
                "FROM session s LEFT JOIN supervisee p ON p.id = s.supervisee_id "
                f"WHERE s.id IN ({', '.join(str(int(i)) for i in marks)})"))}
            tz = practice_tz(s)
        hits = []
        for session_id, marked in marks.items():
            row = rows.get(session_id)
            if row is None:
                continue
            by_field = dict(zip(COLUMNS, marked))
            field = next((f for f in _SNIPPET_ORDER if _OPEN in (by_field[f] or "")), "brought")
            snippet, spans = _unmark(by_field[field] or "")
            if field == "people":  # the indexed text repeats names in folded form
                snippet, spans = (row[5] or snippet), ()
            start = row[1] if isinstance(row[1], datetime) else datetime.fromisoformat(row[1])
            hits.append(SearchHit(session_id, from_utc(start, tz), row[2], row[3], row[4], row[5] or "",
                                  field, snippet, spans))
        return hits

    def pending(self) -> int:
        """How many sessions wait to be (re)indexed."""
        with self.session() as s:
            return s.execute(text("SELECT count(*) FROM search_dirty")).scalar() or 0

    def rebuild(self) -> None:
        with self.transaction() as s:
            rebuild_index(s)

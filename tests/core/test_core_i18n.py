"""What the core shows a user goes through app.core.i18n.translate, so the app can show it in the
user's language (tests/ui/test_core_translation.py shows a German catalogue reaching it).

The static check parses app/core with ``ast`` and fails on a bare string (or an f-string, or one
built with + / .format) that is
- an argument of a core error (any subclass of PeerglassError, found by ast), including the
  message a subclass hands to ``super().__init__``, and a value of ``ValidationError({...})``;
- put in a ``problems`` dict (``problems[key] = ...``, ``problems.setdefault(key, ...)``) or
  returned by a field check of services/validation.py;
- any word-bearing literal in a PDF document module (labels, headings, paragraphs, the page
  footer), outside docstrings, style commands, dictionary keys and comparisons; a module-level
  text is marked with ``translatable(...)`` and translated where it is used.
Empty strings, one non-letter character and strings with no words outside markup and {fields}
are fine, as in tests/ui/test_i18n.py.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.core import i18n

from ..text_checks import NOT_WORDS as _NOT_WORDS
from ..text_checks import trivial as _trivial

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "app" / "core"
PDF_DOCUMENTS = ("agreement", "blocks", "charter", "data", "formatting", "hours", "invoice", "questionnaire",
                 "recovery", "selfcheck", "summary", "template")
TRANSLATORS = {"translate", "translatable"}
# Literals of the document modules that are not words for a reader (a command to type).
NOT_TEXT = {"peerglass verify --vault "}
# Tables that stay English: formatting.py's month and weekday names spell a date when a document has no
# locale (English); every other locale's dates come from Babel.
ENGLISH_TABLES = {"MONTHS", "WEEKDAYS"}
# Calls whose string arguments are not shown (styles, lookups, tests on text).
NOT_SHOWN = {"ParagraphStyle", "TableStyle", "setStyle", "getattr", "setattr", "get", "startswith",
             "endswith", "replace", "split", "join", "font_name", "Frame", "PageTemplate", "NextPageTemplate",
             "isinstance", "Decimal", "fullmatch", "match", "compile", "sub", "ValueError", "TypeError",
             "KeyError"}
NOT_SHOWN_KEYWORDS = {"id", "name", "fontName", "alignment", "mode", "creator", "hAlign", "vAlign", "style"}



def _name(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _bare(node: ast.AST) -> bool:
    """Words a user would read that did not go through the translator."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and not _trivial(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and not _trivial(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _bare(node.left) or _bare(node.right)
    if isinstance(node, ast.IfExp):
        return _bare(node.body) or _bare(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_bare(v) for v in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_bare(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return any(_bare(v) for v in node.values)
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATORS:  # translate(f"...") translates nothing: it differs every time
            return any(isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in node.args)
        if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            return _bare(node.func.value)
    return False


def error_classes(trees: list[ast.Module]) -> set[str]:
    """PeerglassError and every class under app/core derived from it (by name)."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    found = {"PeerglassError"}
    while True:
        more = {name for name, of in bases.items() if name not in found and of & found}
        if not more:
            return found
        found |= more


def untranslated_errors(source: str, errors: set[str], *, checks: bool = False) -> list[tuple[int, str]]:
    """(line, what) for each bare message of an error, a problems dict or (``checks``) a field check."""
    tree = ast.parse(source)
    found = []

    def check(node: ast.AST, what: str) -> None:
        if _bare(node):
            found.append((node.lineno, f"{what}: {ast.unparse(node)[:70]}"))

    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in errors:
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                        and call.func.attr == "__init__":
                    owner = call.func.value
                    if isinstance(owner, ast.Call) and _name(owner.func) == "super":
                        for arg in call.args:
                            check(arg, f"{node.name} message")
                    elif _name(owner) in errors:
                        for arg in call.args[1:]:
                            check(arg, f"{node.name} message")
            for default in (d for f in ast.walk(node) if isinstance(f, ast.FunctionDef)
                            for d in f.args.defaults + [k for k in f.args.kw_defaults if k]):
                check(default, f"{node.name} default")  # evaluated at import: never translated
        elif isinstance(node, ast.Call) and _name(node.func) in errors:
            for arg in node.args:
                check(arg, _name(node.func))
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Subscript) and _name(t.value) == "problems" for t in node.targets):
            check(node.value, "problems[...]")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "setdefault" and _name(node.func.value) == "problems":
            for arg in node.args[1:]:
                check(arg, "problems.setdefault")
        if checks and isinstance(node, ast.Return) and node.value is not None:
            check(node.value, "field check")
    return found


def _docstrings(tree: ast.Module) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(first.value)
    return found


def _words(text: str) -> bool:
    """A text a reader reads: not an identifier, a style command or a constant's name."""
    stripped = _NOT_WORDS.sub("", text).strip()
    return not _trivial(text) and text not in NOT_TEXT and not re.fullmatch(
        r"[a-z_]+|[A-Z_0-9]+|[a-z]+[A-Z][A-Za-z]*|#[0-9a-fA-F]+|[\w .|\[\]]*Flowable[\w .|\[\]]*", stripped)


def untranslated_pdf(source: str) -> list[tuple[int, str]]:
    """(line, text) for each word-bearing literal of a document module outside translate()."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if node in docstrings or isinstance(parents.get(node), (ast.JoinedStr, ast.FormattedValue)):
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
        else:
            continue
        if not _words(text):
            continue
        child, parent, fine = node, parents.get(node), False
        while parent is not None and not fine:
            if isinstance(parent, ast.Call):
                name = _name(parent.func)
                if name in TRANSLATORS:
                    fine = not isinstance(node, ast.JoinedStr)
                    break
                fine = name in NOT_SHOWN
            fine = fine or (isinstance(parent, ast.keyword) and parent.arg in NOT_SHOWN_KEYWORDS)
            fine = fine or (isinstance(parent, ast.Subscript) and child is parent.slice)
            fine = fine or isinstance(parent, ast.Compare)
            fine = fine or (isinstance(parent, ast.Dict) and child in parent.keys)
            fine = fine or (isinstance(parent, (ast.Assign, ast.AnnAssign)) and any(
                isinstance(t, ast.Name) and (t.id == "__all__" or t.id in ENGLISH_TABLES)
                for t in (parent.targets if isinstance(parent, ast.Assign) else [parent.target])))
            if isinstance(parent, ast.AnnAssign) and child is parent.annotation:
                fine = True
            child, parent = parent, parents.get(parent)
        if not fine:
            found.append((node.lineno, text[:70]))
    return found


def _trees() -> dict[Path, tuple[str, ast.Module]]:
    out = {}
    for path in sorted(CORE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        out[path] = (text, ast.parse(text))
    return out


def test_every_error_and_validation_message_is_translated() -> None:
    trees = _trees()
    errors = error_classes([tree for _, tree in trees.values()])
    assert {"ValidationError", "WrongPassphrase", "ServerUnreachable", "RecurrenceError"} <= errors
    problems = []
    for path, (text, _) in trees.items():
        relative = path.relative_to(ROOT).as_posix()
        checks = relative == "app/core/services/validation.py"
        problems += [f"{relative}:{line}: {what}"
                     for line, what in untranslated_errors(text, errors, checks=checks)]
    assert not problems, "wrap these in translate() (app.core.i18n):\n" + "\n".join(problems)


def test_every_pdf_label_is_translated() -> None:
    problems = []
    for name in PDF_DOCUMENTS:
        path = CORE / "pdf" / f"{name}.py"
        problems += [f"app/core/pdf/{name}.py:{line}: {text!r}"
                     for line, text in untranslated_pdf(path.read_text(encoding="utf-8"))]
    assert not problems, "wrap these in translate()/translatable() (app.core.i18n):\n" + "\n".join(problems)


ERRORS = {"PeerglassError", "ValidationError", "Mine"}


@pytest.mark.parametrize(("source", "expected"), [
    ('raise ValidationError({"name": "A name is required."})', 1),
    ('raise ValidationError({"name": translate("validation", "A name is required.")})', 0),
    ('raise ValidationError(problems)', 0),
    ('raise PeerglassError(f"No vault at {path}.")', 1),
    ('raise PeerglassError(translate("errors", "No vault at {0}.").format(path))', 0),
    ('raise PeerglassError(translate("errors", f"No vault at {path}."))', 1),
    ('raise PeerglassError("The file " + name)', 1),
    ('raise ValueError("not for a user")', 0),
    ('problems["fee"] = "The fee is a number."', 1),
    ('problems["fee"] = translate("validation", "The fee is a number.") if x else ""', 0),
    ('problems.setdefault(key, "its UID is used twice")', 1),
    ('class Mine(PeerglassError):\n def __init__(self):\n  super().__init__("Locked.")', 1),
    ('class Mine(PeerglassError):\n def __init__(self, what="The backup"):\n  super().__init__(what)', 1),
    ('class Mine(PeerglassError):\n def __init__(self):\n  super().__init__(translate("e", "Locked."))', 0),
    ('def email_problem(a):\n return "This is no address."', 1),
])
def test_the_error_check_finds_what_it_should(source: str, expected: int) -> None:
    assert len(untranslated_errors(source, ERRORS, checks=True)) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ('def f():\n story += section("Notes")', 1),
    ('def f():\n story += section(translate("pdf", "Notes"))', 0),
    ('TITLE = "Session summary"', 1),
    ('TITLE = translatable("pdf", "Session summary")', 0),
    ('def f():\n return f"Page {n} of {total}"', 1),
    ('def f():\n return translate("pdf", "Page {0} of {1}").format(n, total)', 0),
    ('def f():\n t.setStyle([("VALIGN", (0, 1), (-1, -1), "BOTTOM")])', 0),
    ('def f():\n """A docstring says things."""', 0),
    ('def f():\n return styles()["body text"] if kind == "peer group" else None', 0),
    ('def f():\n rows.append(("Date", escape(day)))', 1),
])
def test_the_pdf_check_finds_what_it_should(source: str, expected: int) -> None:
    assert len(untranslated_pdf(source)) == expected


def test_translate_is_english_until_a_translator_is_installed_and_formats_after() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return {"Page {0} of {1}": "Seite {0} von {1}"}.get(text, text)

    assert i18n.translate("pdf", "Page {0} of {1}").format(2, 3) == "Page 2 of 3"
    i18n.install(german)
    try:
        assert i18n.translate("pdf", "Page {0} of {1}").format(2, 3) == "Seite 2 von 3"
        assert i18n.translate("pdf", "Notes") == "Notes"  # not in the catalogue: the English source
        assert seen[0] == ("pdf", "Page {0} of {1}", None, -1)
    finally:
        i18n.install(None)
    assert i18n.translate("pdf", "Page {0} of {1}") == "Page {0} of {1}"
    assert i18n.translatable("pdf", "Notes") == "Notes"

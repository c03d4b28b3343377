"""The JSON Schema of format version 1, built from the model tables and shipped as a file.

``export.schema.json`` beside this module is what imports validate against;
``build_schema()`` makes it from ``tables`` (a test checks the two agree, and
``python -m app.core.portable.schema`` rewrites the file after a model change).
"""
from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from ..i18n import translate
from .errors import NotAnExport
from .tables import SECTIONS, exported_tables, fields

SCHEMA_FILE = "export.schema.json"
_TIME = r"\d{2}:\d{2}:\d{2}(\.\d{1,6})?"
KIND_SCHEMAS: dict[str, dict[str, Any]] = {
    "integer": {"type": "integer"},
    "string": {"type": "string"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    "datetime_utc": {"type": "string",
                     "pattern": rf"^\d{{4}}-\d{{2}}-\d{{2}}T{_TIME}(Z|[+-]\d{{2}}:\d{{2}})$"},
    "datetime_local": {"type": "string", "pattern": rf"^\d{{4}}-\d{{2}}-\d{{2}}T{_TIME}$"},
    "decimal": {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"},
}
JSON_SHAPES: dict[tuple[str, str], dict[str, Any]] = {
    ("supervision_group", "places"): {"type": "array", "items": {"type": "string"}},
    ("practice_profile", "modalities"): {"type": "array", "items": {"type": "string"}},
    ("self_check", "answers"): {"type": "object", "additionalProperties": {"type": "string"}},
    ("series", "exdates"): {"type": "array", "items": {"type": "string"}},
    ("draft", "payload"): {},
}


def build_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {kind: dict(shape) for kind, shape in KIND_SCHEMAS.items()}
    sections: dict[str, Any] = {}
    for table in exported_tables():
        props: dict[str, Any] = {}
        for f in fields(table):
            shape = JSON_SHAPES[(table.name, f.name)] if f.kind == "json" else {"$ref": f"#/$defs/{f.kind}"}
            props[f.name] = {"anyOf": [shape, {"type": "null"}]} if f.nullable else shape
        name = SECTIONS[table.name]
        defs[f"record_{name}"] = {"type": "object", "additionalProperties": False,
                                  "required": list(props), "properties": props}
        sections[name] = {"type": "array", "items": {"$ref": f"#/$defs/record_{name}"}}
    section_names = list(sections)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:peerglass:export:1",
        "title": "Peerglass export, format version 1",
        "description": "Every record of a Peerglass vault; see docs/export-format.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "app_version", "schema_revision", "counts", *section_names],
        "properties": {
            "format": {"const": "peerglass-export"},
            "version": {"const": 1},
            "app_version": {"type": "string"},
            "schema_revision": {"type": "string"},
            "counts": {"type": "object", "additionalProperties": False, "required": section_names,
                       "properties": {n: {"type": "integer", "minimum": 0} for n in section_names}},
            **sections,
        },
        "$defs": defs,
    }


@lru_cache(maxsize=1)
def shipped_schema() -> dict[str, Any]:
    text = resources.files("app.core.portable").joinpath(SCHEMA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _where(path: deque[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


def _rule(error: Any) -> str:
    """What is wrong, in words that quote the schema, never the document's values."""
    kind = error.validator
    if kind == "required":
        return "a required field is missing"
    if kind == "additionalProperties":
        return "it has a field this format does not know"
    if kind == "type":
        return f"it should be of type {error.validator_value}"
    if kind == "pattern":
        return "it is not in the expected form"
    if kind in ("anyOf", "oneOf"):
        return "it is neither null nor a value of the expected kind"
    if kind == "const":
        return f"it should be {json.dumps(error.validator_value)}"
    return f"it breaks the schema's {kind!r} rule"


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with every local ``$ref`` replaced by its target (validates far faster)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return _inline(defs[ref[len("#/$defs/"):]], defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


class _Unsupported(Exception):
    """A schema keyword the fast check does not implement: that section uses jsonschema alone."""


_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}
_KNOWN = {"type", "pattern", "anyOf", "properties", "required", "additionalProperties", "items",
          "title", "description"}


def _compile(node: Any) -> Callable[[Any], bool]:
    """A plain-Python check for an inlined schema: True means valid (jsonschema would agree).

    Only the keywords the export schema uses are implemented; anything else raises
    _Unsupported. A False is confirmed (and worded) by jsonschema, so a check that
    is too strict costs time, never a wrong refusal.
    """
    if not isinstance(node, dict) or set(node) - _KNOWN:
        raise _Unsupported(node)
    checks: list[Callable[[Any], bool]] = []
    if "type" in node:
        if not isinstance(node["type"], str) or node["type"] not in _TYPES:
            raise _Unsupported(node)
        checks.append(_TYPES[node["type"]])
    if "pattern" in node:
        search = re.compile(node["pattern"]).search
        checks.append(lambda v: not isinstance(v, str) or search(v) is not None)
    if "anyOf" in node:
        options = [_compile(option) for option in node["anyOf"]]
        checks.append(lambda v: any(option(v) for option in options))
    if "items" in node:
        item = _compile(node["items"])
        checks.append(lambda v: not isinstance(v, list) or all(item(x) for x in v))
    if {"properties", "required", "additionalProperties"} & set(node):
        props = {k: _compile(v) for k, v in node.get("properties", {}).items()}
        required = list(node.get("required", []))
        extra = node.get("additionalProperties", True)
        extra_check = None if isinstance(extra, bool) else _compile(extra)

        def object_ok(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            for key in required:
                if key not in v:
                    return False
            for key, value in v.items():
                check = props.get(key)
                if check is not None:
                    if not check(value):
                        return False
                elif extra is False or (extra_check is not None and not extra_check(value)):
                    return False
            return True
        checks.append(object_ok)
    return lambda v: all(check(v) for check in checks)


@lru_cache(maxsize=1)
def _validators() -> tuple[Any, dict[str, Any]]:
    """One validator for the document's frame, one per section for its records."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    schema = shipped_schema()
    Draft202012Validator.check_schema(schema)
    full = _inline(schema, schema["$defs"])
    frame = dict(full)
    frame["properties"] = {k: ({"type": "array"} if v.get("type") == "array" else v)
                           for k, v in full["properties"].items()}
    records = {k: Draft202012Validator(v["items"]) for k, v in full["properties"].items()
               if v.get("type") == "array"}
    return Draft202012Validator(frame), records


@lru_cache(maxsize=1)
def _fast_checks() -> dict[str, Callable[[Any], bool]]:
    """Per section, a fast check equivalent to its record schema (jsonschema where none could be made)."""
    full = _inline(shipped_schema(), shipped_schema()["$defs"])
    _, records = _validators()
    checks: dict[str, Callable[[Any], bool]] = {}
    for section, spec in full["properties"].items():
        if spec.get("type") != "array":
            continue
        try:
            checks[section] = _compile(spec["items"])
        except (_Unsupported, re.error):
            checks[section] = records[section].is_valid
    return checks


def record_error(section: str, index: int, record: Any) -> Any | None:
    """The schema error of one record of ``section`` (None when it is valid), its path set."""
    if _fast_checks()[section](record):
        return None
    validator = _validators()[1][section]
    error = next(iter(validator.iter_errors(record)), None)
    if error is not None:
        error.path.extendleft([index, section])
    return error


def frame_error(frame_document: Any) -> Any | None:
    """The schema error of the document's frame (its sections as arrays, not checked inside)."""
    return next(iter(_validators()[0].iter_errors(frame_document)), None)


def not_an_export(error: Any) -> NotAnExport:
    return NotAnExport(translate(
        "errors", "The file does not fit export format version 1 at {0}: "
                  "{1}.").format(_where(error.absolute_path), _rule(error)))


def validate(document: Any) -> None:
    """Raise NotAnExport with one clear line unless the document fits the shipped schema.

    The same rules as validating the whole document against ``export.schema.json``,
    applied section by section so a large export is checked in seconds.
    """
    error = frame_error(document)
    if error is None:
        for section in _validators()[1]:
            for index, record in enumerate(document[section]):
                error = record_error(section, index, record)
                if error is not None:
                    break
            if error is not None:
                break
    if error is not None:
        raise not_an_export(error)


if __name__ == "__main__":  # regenerate the shipped file after a model change
    target = resources.files("app.core.portable").joinpath(SCHEMA_FILE)
    with resources.as_file(target) as path:
        path.write_text(json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {target}")

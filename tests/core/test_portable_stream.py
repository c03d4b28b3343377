"""The streaming import: the same checks and records as ``read_document``, one record in memory at a time."""
from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.core import portable
from app.core.portable import stream
from app.core.portable.schema import _fast_checks, _validators
from app.core.practice import Practice

from ..conftest import PASSPHRASE
from .test_portable import dump_tables, export_bytes, fill


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from app.core.vault import KdfParams

    practice, _ = Practice.create(tmp_path_factory.mktemp("s") / "v.pgvault", PASSPHRASE,
                                  kdf=KdfParams.light_for_tests())
    fill(practice)
    data = export_bytes(practice)
    practice.lock()
    return data


def _file(tmp_path: Path, data: bytes, name: str = "e.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("variant", ["as exported", "indented", "byte order mark", "sections reversed"])
@pytest.mark.parametrize("chunk", [13, 1 << 20])  # 13 bytes: values cut at every kind of place
def test_streamed_records_are_the_documents(exported: bytes, tmp_path: Path, monkeypatch, variant: str,
                                            chunk: int) -> None:
    monkeypatch.setattr(stream, "CHUNK", chunk)
    document = json.loads(exported)
    if variant == "indented":
        data = json.dumps(document, indent=2, ensure_ascii=True).encode()
    elif variant == "byte order mark":
        data = b"\xef\xbb\xbf" + exported
    elif variant == "sections reversed":
        data = json.dumps(dict(reversed(list(document.items())))).encode()
    else:
        data = exported
    checked = portable.check_export(_file(tmp_path, data))
    assert checked.counts == document["counts"]
    assert checked.sha256 == portable.digest(data)
    for section in document["counts"]:
        assert list(checked.rows(section)) == document[section], section


def _breakages(document: dict[str, Any]) -> dict[str, bytes]:
    out = {}
    for name in ("wrong type", "missing section", "unknown field", "naive instant", "count mismatch",
                 "late bad record"):
        broken = copy.deepcopy(document)
        if name == "wrong type":
            broken["sessions"][3]["duration_minutes"] = "sixty"
        elif name == "missing section":
            del broken["themes"]
        elif name == "unknown field":
            broken["supervisees"][0]["shoe_size"] = 44
        elif name == "naive instant":
            broken["sessions"][0]["start_utc"] = broken["sessions"][0]["start_utc"][:-6]
        elif name == "count mismatch":
            broken["counts"]["sessions"] += 1
        else:
            broken["audit_log"][-1]["id"] = None
        out[name] = json.dumps(broken).encode()
    out.update({"not json": b"{not json", "cut short": json.dumps(document).encode()[:-40],
                "other format": b'{"format": "something-else", "version": 1}',
                "newer": b'{"format": "peerglass-export", "version": 9}', "not utf-8": b"\xff\xfe\x00",
                "trailing": json.dumps(document).encode() + b" []", "a list": b"[1, 2]"})
    return out


def test_broken_files_get_the_same_one_line_from_the_streaming_check(exported: bytes, tmp_path: Path) -> None:
    for name, data in _breakages(json.loads(exported)).items():
        with pytest.raises(portable.NotAnExport) as whole:
            portable.read_document(data)
        with pytest.raises(portable.NotAnExport) as streamed:
            portable.check_export(_file(tmp_path, data))
        if name in ("not json", "cut short", "trailing"):  # where a parser stops may differ by a column
            assert "not valid JSON" in str(whole.value) and "not valid JSON" in str(streamed.value), name
        else:
            assert str(streamed.value) == str(whole.value), name
        assert "\n" not in str(streamed.value)


def test_the_fast_record_check_agrees_with_jsonschema(exported: bytes) -> None:
    document = json.loads(exported)
    checks, validators = _fast_checks(), _validators()[1]
    tried = 0
    for section, validator in validators.items():
        for record in document[section][:2]:
            variants = [record, {**record, "an_unknown_field": 1}]
            for key in record:
                without = dict(record)
                del without[key]
                variants.append(without)
                for value in (None, 1, 1.5, "x", "2025-01-01", "2025-01-01T10:00:00+00:00", True, [], {}, ["a"],
                              {"a": "b"}, {"a": 1}):
                    variants.append({**record, key: value})
            for variant in variants:
                assert checks[section](variant) == validator.is_valid(variant), (section, variant)
                tried += 1
    assert tried > 1000


def test_a_streamed_import_exports_the_same_bytes(exported: bytes, tmp_path: Path, light_kdf) -> None:
    target, _ = Practice.create(tmp_path / "t" / "t.pgvault", PASSPHRASE, kdf=light_kdf)
    try:
        checked = portable.check_export(_file(tmp_path, exported))
        summary = portable.import_export(target.vault.engine, checked)
        assert summary.counts == checked.counts
        assert export_bytes(target) == exported
    finally:
        target.lock()


def test_a_streamed_import_cancelled_midway_changes_nothing(exported: bytes, tmp_path: Path, light_kdf) -> None:
    target, _ = Practice.create(tmp_path / "t" / "t.pgvault", PASSPHRASE, kdf=light_kdf)
    try:
        before = dump_tables(target)
        calls = {"n": 0}

        def cancel() -> bool:
            calls["n"] += 1
            return calls["n"] > 6

        with pytest.raises(portable.ImportCancelled):
            portable.import_export(target.vault.engine, portable.check_export(_file(tmp_path, exported)),
                                   cancel=cancel)
        assert dump_tables(target) == before
    finally:
        target.lock()


def test_a_file_changed_between_check_and_import_imports_nothing(exported: bytes, tmp_path: Path,
                                                                light_kdf) -> None:
    target, _ = Practice.create(tmp_path / "t" / "t.pgvault", PASSPHRASE, kdf=light_kdf)
    try:
        before = dump_tables(target)
        path = _file(tmp_path, exported)
        checked = portable.check_export(path)
        path.write_bytes(exported.replace(b"Grow in", b"Grew in"))  # same length, other content
        with pytest.raises(portable.NotAnExport, match="changed while it was being imported"):
            portable.import_export(target.vault.engine, checked)
        assert dump_tables(target) == before
    finally:
        target.lock()

"""packaging/trim.py: the trimmed Babel and ICU data keep what the frozen app reads, byte for byte."""
from __future__ import annotations

import importlib.util
import pickle
import shutil
import struct
from pathlib import Path

import babel
import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("trim", ROOT / "packaging" / "trim.py")
assert _spec is not None and _spec.loader is not None
trim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trim)

LOCALES = ("root", "de", "de_DE", "ja", "ja_JP", "en", "en_001", "en_GB", "sv", "sv_SE")


def _items(blob: bytes) -> dict[str, bytes]:
    """Name -> bytes of every item of ICU common data (the .dat table of contents)."""
    toc, = struct.unpack_from("<H", blob, 0)
    count, = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    out = {}
    for i, (name_at, data_at) in enumerate(entries):
        name = blob[toc + name_at:blob.index(b"\0", toc + name_at)].decode()
        end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        assert (toc + data_at) % 16 == 0  # ICU needs its items 16-byte aligned
        out[name] = blob[toc + data_at:toc + end].rstrip(b"\0")
    return out


@pytest.fixture(scope="module")
def icu_blob() -> bytes:
    import PySide6

    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    raw = library.read_bytes()
    offset, size = trim._rodata(raw)
    return raw[offset:offset + size]


def test_trimmed_icu_data_keeps_collation_zones_and_locales_and_drops_the_rest(icu_blob: bytes) -> None:
    full = _items(icu_blob)
    small_blob = trim.trim_icu_data(icu_blob)
    small = _items(small_blob)
    assert len(small_blob) < len(icu_blob) / 2
    assert list(small) == sorted(small)  # ICU looks names up by binary search
    short = {name.split("/", 1)[1] for name in small}
    assert {"coll/de.res", "coll/sv.res", "coll/ucadata.icu", "zone/de.res", "de.res", "zoneinfo64.res"} <= short
    assert not any(name.startswith(("brkitr/", "lang/", "curr/", "unit/")) or name.endswith(".cnv")
                   for name in short)
    assert all(small[name] == full[name] for name in small)


def _subset(folder: Path) -> Path:
    source = Path(babel.__file__).parent / "locale-data"
    folder.mkdir()
    for code in LOCALES:
        shutil.copyfile(source / f"{code}.dat", folder / f"{code}.dat")
    return folder


def test_trimmed_babel_data_formats_every_locale_the_same(tmp_path: Path) -> None:
    full = _subset(tmp_path / "full")
    before, after = trim.trim_babel(full, tmp_path / "trimmed")
    assert after < before / 4
    with (tmp_path / "trimmed" / "de.dat").open("rb") as handle:
        assert "languages" not in pickle.load(handle)
    trim.verify_babel(full, tmp_path / "trimmed", minimum=len(LOCALES) - 1)


def test_babel_check_fails_when_trimming_drops_what_dates_need(tmp_path: Path) -> None:
    full = _subset(tmp_path / "full")
    trim.trim_babel(full, tmp_path / "trimmed")
    path = tmp_path / "trimmed" / "de.dat"
    with path.open("rb") as handle:
        data = pickle.load(handle)
    del data["months"]
    path.write_bytes(pickle.dumps(data))
    with pytest.raises(SystemExit, match="formats differently"):
        trim.verify_babel(full, tmp_path / "trimmed", minimum=len(LOCALES) - 1)

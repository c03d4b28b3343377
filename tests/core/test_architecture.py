"""Layering rules that keep the core usable without a screen."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_never_imports_qt() -> None:
    offenders = []
    for path in sorted((ROOT / "app" / "core").rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in QT_MODULES:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    code = ("import sys, pkgutil, importlib, app.core\n"
            "for m in pkgutil.walk_packages(app.core.__path__, 'app.core.'):\n"
            "    importlib.import_module(m.name)\n"
            f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_ui_writes_no_sql() -> None:
    offenders = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        text = path.read_text("utf-8")
        names = _imports(path)
        if any(n.startswith("sqlalchemy") or n.startswith("sqlcipher3") for n in names):
            offenders.append(f"{path.relative_to(ROOT)} imports the database layer")
        for word in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            if f'"{word}' in text or f"'{word}" in text:
                offenders.append(f"{path.relative_to(ROOT)} holds SQL ({word.strip()})")
    assert offenders == []

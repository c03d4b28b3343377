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


def test_services_and_sync_take_sessions_that_report_damage() -> None:
    """``Session(engine)`` skips the check that turns a damaged page into DamagedVault: services and
    sync open sessions through services.base (``Service.session``/``transaction``, ``reading``/``writing``)."""
    offenders = []
    for folder in ("services", "sync"):
        for path in sorted((ROOT / "app" / "core" / folder).rglob("*.py")):
            if path == ROOT / "app" / "core" / "services" / "base.py":
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                        and node.func.id in ("Session", "sessionmaker"):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} opens {node.func.id}(...)")
    assert offenders == []


# --- import circles -------------------------------------------------------------
# Imports run one way. Every import counts (module level and inside functions,
# not those under ``if TYPE_CHECKING:``), and importing ``pkg.sub`` from outside
# ``pkg`` also runs ``pkg/__init__.py``, so it counts as importing ``pkg`` too: a
# package whose __init__ re-exports a service cannot be imported back by that
# service's own imports. A package's __init__ importing its submodules, and
# ``from . import sub`` inside a package, are not circles.

KNOWN_CYCLES: set[frozenset[str]] = set()


def _modules(root: Path) -> dict[str, Path]:
    mods: dict[str, Path] = {}
    for path in sorted((root / "app").rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = path
    return mods


def _is_type_checking(test: ast.expr) -> bool:
    return ((isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
            or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _imported(name: str, path: Path, mods: dict[str, Path]) -> set[str]:
    """The modules of ``mods`` that module ``name`` (file ``path``) imports."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - (node.level - 1)] + ([base] if base else []))
            subs = {f"{base}.{alias.name}" for alias in node.names}
            found.update(subs)
            if not subs <= set(mods):  # names from the module itself, not only its submodules
                found.add(base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text("utf-8"), filename=str(path)))
    deps: set[str] = set()
    for target in found:
        if target not in mods or target == name:
            continue
        deps.add(target)
        parts = target.split(".")
        for i in range(1, len(parts)):  # importing pkg.sub from outside pkg runs pkg/__init__.py
            parent = ".".join(parts[:i])
            if parent in mods and not name.startswith(parent + ".") and parent != name:
                deps.add(parent)
    return deps


def import_cycles(root: Path) -> list[list[str]]:
    """Each strongly connected group of two or more modules under ``root/app``, sorted."""
    mods = _modules(root)
    graph = {name: _imported(name, path, mods) for name, path in mods.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def connect(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            connect(name)
    return sorted(cycles)


def test_no_import_cycles_under_app() -> None:
    cycles = [c for c in import_cycles(ROOT) if frozenset(c) not in KNOWN_CYCLES]
    assert cycles == []


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return tmp_path


def test_cycle_finder_sees_lazy_and_package_circles(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "app/__init__.py": "",
        # a lazy import back is still a circle
        "app/a.py": "def f():\n    from app import b\n",
        "app/b.py": "from app.a import f\n",
        # a service reached through its package's __init__
        "app/svc/__init__.py": "from .service import Service\n",
        "app/svc/low.py": "X = 1\n",
        "app/svc/service.py": "from .low import X\nfrom app.other import Y\n",
        "app/other.py": "from app.svc.low import X\nY = X\n",
        # typing-only imports and a package importing its own parts are fine
        "app/t1.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.t2 import Z\n",
        "app/t2.py": "from app.t1 import TYPE_CHECKING as Z\n",
        "app/pkg/__init__.py": "from . import part\n",
        "app/pkg/part.py": "from . import other_part\n",
        "app/pkg/other_part.py": "",
    })
    assert import_cycles(root) == [["app.a", "app.b"], ["app.other", "app.svc", "app.svc.service"]]

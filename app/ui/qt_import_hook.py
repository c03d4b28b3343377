"""PySide6's import hook, without reading every module's source.

Once PySide6 is imported it replaces ``__import__`` (in every thread) with a hook
for its ``from __feature__ import snake_case, true_property`` switches. For each
module imported from then on, the hook asks ``_mod_uses_pyside(module)``, which
reads the module's whole source through ``inspect.getsource`` and searches it
for the text "PySide6". At start-up that is every module of SQLAlchemy and the
core, imported on the database lane while the window builds: some 300-400
source files read and split into lines on the path to the first paint
(0.1-0.3 s on the 2-core machine; see docs/performance.md).

Peerglass never selects a ``__feature__``, so the answer only needs to be true
for modules that really use PySide6, and a module's globals tell that without
its source: it has imported a PySide6 module or something from one.
:func:`install` swaps the check for that one. If a PySide6 release renames the
internals, nothing is changed and the app starts as before.
"""
from __future__ import annotations

import sys
import types

PREFIXES = ("PySide6", "shiboken6")


def uses_pyside(module: object) -> bool:
    """True when ``module``'s globals hold a PySide6 module, class or function."""
    namespace = getattr(module, "__dict__", None)
    if not isinstance(namespace, dict):
        return False
    for value in list(namespace.values()):
        if isinstance(value, types.ModuleType):
            name = value.__name__
        elif isinstance(value, type) or callable(value):
            try:
                name = value.__module__
            except Exception:  # an object whose attribute lookup misbehaves says nothing either way
                continue
        else:
            continue
        if isinstance(name, str) and name.startswith(PREFIXES):
            return True
    return False


def install() -> bool:
    """Import PySide6 (which sets up its hook) and use :func:`uses_pyside` for its check; True if
    installed. Call it before any other thread imports: a module imported between PySide6's hook
    and this still has its source read."""
    import PySide6.QtCore  # noqa: F401  # PySide6's import hook comes with its first module

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True

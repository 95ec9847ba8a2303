"""Defer spaCy's command-line package until something uses it.

``import spacy`` runs ``from .cli.info import info`` only to offer ``spacy.info``, and
``spacy.cli`` imports every spaCy command with weasel, requests and their own typer
app: about a quarter of spaCy's import time, paid by every ``goalsmith check`` that
never touches it. ``defer()``, called before spaCy is first imported, makes the import
system load two stand-ins in their place:

- ``spacy.cli``: a package on the real folder, so ``from spacy.cli.train import train``
  still finds the real submodule; any other attribute (``spacy.cli.setup_cli``) imports
  the real package and answers from it;
- ``spacy.cli.info``, whose ``info`` imports the real package when called.

``real()`` swaps the real package in.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Sequence
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


class _DeferredCli(types.ModuleType):
    """``spacy.cli`` until an attribute it does not have is asked for."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(real(), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    return real().info(*args, **kwargs)


class _StandIns(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds and loads the two stand-ins, once each, then leaves ``sys.meta_path``."""

    def __init__(self) -> None:
        self.pending = {_CLI, _INFO}

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.pending:
            return None
        self.pending.discard(fullname)
        if not self.pending:
            _leave(self)
        if fullname == _INFO:
            return importlib.util.spec_from_loader(fullname, self)
        spec = importlib.util.spec_from_loader(fullname, self, is_package=True)
        if spec is None or not path:
            return None
        # The real folder, so the real submodules stay importable through the stand-in.
        spec.submodule_search_locations = [f"{location}/cli" for location in path]
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _DeferredCli(spec.name) if spec.name == _CLI else types.ModuleType(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == _INFO:
            module.info = _info  # type: ignore[attr-defined]


def _leave(finder: _StandIns) -> None:
    if finder in sys.meta_path:
        sys.meta_path.remove(finder)


def defer() -> bool:
    """Arrange the stand-ins; False (nothing done) when spaCy is already imported."""
    if "spacy" in sys.modules or any(isinstance(f, _StandIns) for f in sys.meta_path):
        return False
    sys.meta_path.insert(0, _StandIns())
    return True


def is_deferred() -> bool:
    return isinstance(sys.modules.get(_CLI), _DeferredCli)


def real() -> types.ModuleType:
    """The real ``spacy.cli``, imported now if the stand-in is still there."""
    for finder in [f for f in sys.meta_path if isinstance(f, _StandIns)]:
        _leave(finder)
    if is_deferred():
        del sys.modules[_CLI]
        info = sys.modules.get(_INFO)
        if info is not None and getattr(info, "info", None) is _info:
            del sys.modules[_INFO]
        # Submodules already imported through the stand-in's folder stay in
        # sys.modules; the real package's own imports reuse them.
    return importlib.import_module(_CLI)

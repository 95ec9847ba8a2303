"""The ``goalsmith`` command line: a thin typer layer over the Python API.

Each command lives in its own module and registers itself on ``app``; heavy
imports (spaCy, the pipeline) happen inside the commands, so ``--help`` and
``--version`` stay instant.
"""

from __future__ import annotations

from goalsmith.cli.app import app, main

__all__ = ["app", "main"]

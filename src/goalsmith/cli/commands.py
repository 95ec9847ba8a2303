"""Imports every command module so each registers itself on ``app``."""

from __future__ import annotations

import contextlib

# Each front end owns one module; a module not written yet is simply absent.
for _name in ("check", "audit", "lint", "train"):
    with contextlib.suppress(ModuleNotFoundError):
        __import__(f"goalsmith.cli.{_name}")

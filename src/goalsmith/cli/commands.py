"""Imports every command module so each registers itself on ``app``."""

from __future__ import annotations

from importlib import import_module

COMMAND_MODULES = ("check", "coach", "audit", "lint", "train")

for _name in COMMAND_MODULES:
    import_module(f"goalsmith.cli.{_name}")

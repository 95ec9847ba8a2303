"""What every command shares: settings from flags and config, errors, exit codes."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import NoReturn

import typer

from goalsmith.settings import ConfigError, Settings, load_settings, read_objectives

# Exit codes (CONTRACT.md): 0 ran clean, 1 findings at/above the fail level, 2 usage/input error.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

TODAY_HELP = "Reference date as YYYY-MM-DD, for reproducible results (default: the real today)."
FISCAL_HELP = "Month (1-12) in which the fiscal year starts (default 1, or the config's)."
OBJECTIVES_HELP = "File of organisation objectives, one per line; enables the Relevant check."
CONFIG_HELP = ("Configuration file (default: goalsmith.toml, .goalsmith.toml or \\[tool.goalsmith] "
               "in pyproject.toml, searched from the working directory upward).")


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one clear line on stderr and exit; never a traceback."""
    typer.echo(f"goalsmith: error: {message}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    typer.echo(f"goalsmith: {message}", err=True)


def parse_today(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--today must be a date as YYYY-MM-DD, not {value!r}")


def run_settings(today: str | None = None, fiscal_year_start: int | None = None,
                 objectives: Path | None = None, config: Path | None = None,
                 **extra: object) -> Settings:
    """Effective settings: defaults < config file < flags. Errors end the run (exit 2)."""
    if fiscal_year_start is not None and not 1 <= fiscal_year_start <= 12:
        fail(f"--fiscal-year-start must be a month number from 1 to 12, not {fiscal_year_start}")
    try:
        overrides: dict[str, object] = {"today": parse_today(today),
                                        "fiscal_year_start": fiscal_year_start, **extra}
        if objectives is not None:
            overrides["objectives"] = read_objectives(objectives)
        return load_settings(config=config, **overrides)
    except ConfigError as exc:
        fail(str(exc))


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()

"""``goalsmith lint PATH…``: flag the goals in planning documents that are not SMART."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from goalsmith.cli.app import app
from goalsmith.cli.common import (
    CONFIG_HELP,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    FISCAL_HELP,
    OBJECTIVES_HELP,
    TODAY_HELP,
    fail,
    run_settings,
    stdout_is_terminal,
    warn,
)


class LintFormat(str, Enum):
    text = "text"
    rich = "rich"
    json = "json"
    github = "github"
    sarif = "sarif"


class FailLevel(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


LINT_HELP = """Find the goals in Markdown, reStructuredText and text plans and flag those that are not SMART, with file:line:col diagnostics and CI-friendly exit codes.

Goals are list items and sentences in sections such as Goals, Objectives, OKRs or Key Results, lines labelled "Goal:", "KR1:" or "KR2.4", and the cells of a table column headed Goal, Key result or Target (read with the row's Target and Metric cells). Tasks, status lines, questions, results tables and lessons stay quiet. A goal with no time of its own takes its document's period (a heading such as "Q1 2027 Revenue Plan", a "Period:" line, a row's Due cell).

Exit codes: 0 nothing at or above --fail-level, 1 findings, 2 usage or unreadable input.

Examples:

  goalsmith lint docs/plans/

  goalsmith lint plan.md --today 2026-11-29 --format json

  goalsmith lint . --format sarif > goalsmith.sarif

  goalsmith lint . --write-baseline .goalsmith-baseline.json

  goalsmith lint . --baseline .goalsmith-baseline.json --fail-level warning

Silence a line with <!-- goalsmith-disable-next-line [RULE...] -->; see also goalsmith-disable-line, goalsmith-disable / goalsmith-enable and goalsmith-disable-file.
"""  # noqa: E501 - typer rewraps paragraphs itself


@app.command("lint", help=LINT_HELP)
def lint_command(
    paths: Annotated[list[str] | None, typer.Argument(
        metavar="PATH...", show_default=False,
        help="Files, directories or globs; '-' reads stdin (default: the current directory).",
    )] = None,
    output_format: Annotated[LintFormat | None, typer.Option(
        "--format", "-f", case_sensitive=False,
        help="text (path:line:col: level rule message), rich, json, github or sarif. "
             "Default: rich on a terminal, else text.")] = None,
    fail_level: Annotated[FailLevel | None, typer.Option(
        "--fail-level", case_sensitive=False,
        help="Lowest level that makes the exit code 1 (default: error, or [lint] fail_level).",
    )] = None,
    today: Annotated[str | None, typer.Option("--today", help=TODAY_HELP)] = None,
    fiscal_year_start: Annotated[int | None, typer.Option(
        "--fiscal-year-start", help=FISCAL_HELP)] = None,
    objectives: Annotated[Path | None, typer.Option("--objectives", help=OBJECTIVES_HELP)] = None,
    config: Annotated[Path | None, typer.Option("--config", help=CONFIG_HELP)] = None,
    group: Annotated[bool | None, typer.Option(
        "--group/--no-group", show_default=False,
        help="One diagnostic per goal listing every failing criterion.")] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Accept the goals recorded in this baseline file; only new or "
                           "changed goals are reported.")] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline", help="Record every goal that is not SMART in this file and exit 0.",
    )] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Neither read nor write .goalsmith_cache/.")] = False,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Show tracebacks of unexpected errors.")] = False,
) -> None:
    try:
        code = _run(paths or ["."], output_format, fail_level, today, fiscal_year_start,
                    objectives, config, group, baseline, write_baseline, no_cache)
    except typer.Exit:
        raise
    except Exception as exc:  # one line, never a traceback, unless --debug
        if debug:
            raise
        fail(f"lint failed: {type(exc).__name__}: {exc} (rerun with --debug for details)")
    raise typer.Exit(code)


def _run(paths: list[str], output_format: LintFormat | None, fail_level: FailLevel | None,
         today: str | None, fiscal_year_start: int | None, objectives: Path | None,
         config: Path | None, group: bool | None, baseline: Path | None,
         write_baseline: Path | None, no_cache: bool) -> int:
    from goalsmith import __version__
    from goalsmith.lint.baseline import BaselineError, read_baseline
    from goalsmith.lint.baseline import write_baseline as save_baseline
    from goalsmith.lint.engine import LintConfigError, LintOptions, lint_paths
    from goalsmith.lint.files import collect_sources
    from goalsmith.settings import config_section

    settings = run_settings(today, fiscal_year_start, objectives, config)
    try:
        accepted = read_baseline(baseline) if baseline is not None else frozenset()
        options = LintOptions.from_config(
            config_section(settings, "lint"), fail_level=fail_level.value if fail_level else None,
            group=group, use_cache=False if no_cache else None, baseline=accepted)
    except (BaselineError, LintConfigError, TypeError, ValueError) as exc:
        fail(str(exc))
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    sources, errors = collect_sources(paths, options.include, options.exclude, stdin)
    report = lint_paths(sources, settings, options)
    report.errors[:0] = errors
    for error in report.errors:
        warn(f"error: {error.path}: {error.message}")
    for notice in report.notices:
        warn(f"note: {notice.path}: {notice.message}")

    if write_baseline is not None:
        goals = [{"hash": g.hash, "path": path, "text": g.text}
                 for path, g in report.goals if not g.smart]
        try:
            count = save_baseline(write_baseline, goals)
        except BaselineError as exc:
            fail(str(exc))
        warn(f"wrote {count} goal{'s' if count != 1 else ''} to the baseline {write_baseline}")
        return EXIT_USAGE if report.errors else EXIT_OK

    _render(report, output_format, settings.to_dict(), __version__)
    if output_format not in (LintFormat.json, LintFormat.sarif):
        from goalsmith.report.diagnostics import summary_line

        typer.echo(summary_line(report), err=True)
    if report.errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if report.failing(options.fail_level) else EXIT_OK


def _render(report: object, output_format: LintFormat | None, settings: dict[str, object],
            version: str) -> None:
    from goalsmith.report import diagnostics as render

    chosen = output_format or (LintFormat.rich if stdout_is_terminal() else LintFormat.text)
    if chosen is LintFormat.rich:
        from rich.console import Console

        render.print_rich(report, Console(highlight=False))  # type: ignore[arg-type]
        return
    if chosen is LintFormat.json:
        text = render.format_json(report, settings, version)  # type: ignore[arg-type]
    elif chosen is LintFormat.github:
        text = render.format_github(report)  # type: ignore[arg-type]
    elif chosen is LintFormat.sarif:
        text = render.format_sarif(report, version)  # type: ignore[arg-type]
    else:
        text = render.format_text(report)  # type: ignore[arg-type]
    sys.stdout.write(text)
    sys.stdout.flush()

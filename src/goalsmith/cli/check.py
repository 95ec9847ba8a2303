"""``goalsmith check``, ``rewrite``, ``config`` and ``rules``: one goal at a time."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import typer

from goalsmith.cli.app import app
from goalsmith.cli.common import (
    CONFIG_HELP,
    EXIT_FINDINGS,
    EXIT_OK,
    FISCAL_HELP,
    OBJECTIVES_HELP,
    TODAY_HELP,
    fail,
    run_settings,
    warn,
)

# Reading more than this from stdin is almost certainly a mistake (a binary piped in).
MAX_STDIN_BYTES = 50 * 1024 * 1024


class CheckFormat(str, Enum):
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"


class RewriteFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


GOALS_ARG = typer.Argument(None, metavar="[GOAL]...",
                           help="Goals to check; '-' reads one goal per line from stdin.")
TODAY_OPT = typer.Option(None, "--today", metavar="YYYY-MM-DD", help=TODAY_HELP)
FISCAL_OPT = typer.Option(None, "--fiscal-year-start", metavar="1..12", help=FISCAL_HELP)
OBJECTIVES_OPT = typer.Option(None, "--objectives", metavar="FILE", help=OBJECTIVES_HELP,
                              dir_okay=False)
CONFIG_OPT = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP, dir_okay=False)
PLACEHOLDERS_OPT = typer.Option(False, "--placeholders",
                                help="Write <target>, <deadline>, <owner> instead of "
                                     "suggested values in rewrites.")
MILESTONES_OPT = typer.Option(False, "--milestones",
                              help="Break targets into monthly (or weekly) steps.")


def read_stdin_goals() -> Iterator[str]:
    """One goal per non-blank line of stdin, decoded leniently but never silently."""
    data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        fail(f"stdin is larger than {MAX_STDIN_BYTES // (1024 * 1024)} MB; "
             "use `goalsmith audit` for big files")
    if b"\x00" in data:
        fail("stdin looks binary (it contains NUL bytes); give one goal per line of text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn(f"stdin is not valid UTF-8 (byte {exc.start}); undecodable bytes were replaced")
        text = data.decode("utf-8", errors="replace")
    # Only newlines separate goals: str.splitlines() would also split on U+2028 and
    # friends, which real goals contain.
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            yield line.strip()


def to_json(data: object, indent: int | None = None) -> str:
    """JSON text that stays on one line per record even for U+2028/U+2029 in goals."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def collect_goals(goals: list[str] | None) -> list[str]:
    """Goals from the arguments, with '-' standing for stdin's lines."""
    if not goals:
        fail("no goal given: pass goals as arguments, or '-' to read them from stdin "
             "(try: goalsmith check \"increase sales\")")
    collected: list[str] = []
    empty = 0
    for goal in goals:
        if goal == "-":
            collected.extend(read_stdin_goals())
        elif goal.strip():
            collected.append(goal.strip())
        else:
            empty += 1
    if not collected:
        fail("no goal to check: every goal given was empty")
    if empty:
        warn(f"skipped {empty} empty goal{'s' if empty > 1 else ''}")
    return collected


@app.command(
    "check",
    epilog="Examples:\n\n"
    "  goalsmith check \"increase sales\"\n\n"
    "  goalsmith check --today 2026-11-29 --format json \"Increase EMEA pipeline by 25% by Q3\"\n\n"
    "  cat goals.txt | goalsmith check --format jsonl -\n\n"
    "  goalsmith check --objectives objectives.txt --strict \"Grow ARR 30% in FY27\"",
)
def check(
    goals: list[str] = GOALS_ARG,
    output_format: CheckFormat = typer.Option(
        None, "--format", "-f",
        help="rich (a card per goal; the default on a terminal), text (the default otherwise), "
             "json (one object, or an array for several goals), jsonl (one object per line)."),
    today: str = TODAY_OPT,
    fiscal_year_start: int = FISCAL_OPT,
    objectives: Path = OBJECTIVES_OPT,
    config: Path = CONFIG_OPT,
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any goal is not SMART."),
    placeholders: bool = PLACEHOLDERS_OPT,
    milestones: bool = MILESTONES_OPT,
) -> None:
    """Check goals against the SMART rubric: a verdict per criterion, findings and a rewrite."""
    texts = collect_goals(goals)
    settings = run_settings(today, fiscal_year_start, objectives, config,
                            placeholders=placeholders or None, milestones=milestones or None)
    fmt = output_format or (CheckFormat.rich if sys.stdout.isatty() else CheckFormat.text)

    from goalsmith.api import audit_many
    from goalsmith.report import card

    audits = list(audit_many(texts, settings))
    if fmt is CheckFormat.json:
        dicts = [a.to_dict() for a in audits]
        typer.echo(to_json(dicts[0] if len(dicts) == 1 else dicts, indent=2))
    elif fmt is CheckFormat.jsonl:
        for a in audits:
            typer.echo(to_json(a.to_dict()))
    elif fmt is CheckFormat.text:
        typer.echo("\n\n".join(card.render_text(a) for a in audits))
    else:
        card.print_cards(audits)
    if strict and not all(a.smart for a in audits):
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_OK)


@app.command(
    "rewrite",
    epilog="Examples:\n\n"
    "  goalsmith rewrite \"increase sales\"\n\n"
    "  goalsmith rewrite --placeholders - < goals.txt",
)
def rewrite(
    goals: list[str] = GOALS_ARG,
    output_format: RewriteFormat = typer.Option(
        RewriteFormat.text, "--format", "-f",
        help="text (one line per goal), json (an array), jsonl (one object per line)."),
    today: str = TODAY_OPT,
    fiscal_year_start: int = FISCAL_OPT,
    objectives: Path = OBJECTIVES_OPT,
    config: Path = CONFIG_OPT,
    placeholders: bool = PLACEHOLDERS_OPT,
) -> None:
    """Print only the rewrites, one per input goal (a SMART goal is printed unchanged)."""
    texts = collect_goals(goals)
    settings = run_settings(today, fiscal_year_start, objectives, config,
                            placeholders=placeholders or None)
    from goalsmith.api import audit_many

    rows = []
    for a in audit_many(texts, settings):
        rows.append({"text": a.text, "smart": a.smart,
                     "rewrite": a.rewrite.to_dict() if a.rewrite else None})
    if output_format is RewriteFormat.text:
        for row in rows:
            typer.echo(row["rewrite"]["text"] if row["rewrite"] else row["text"])
    elif output_format is RewriteFormat.json:
        typer.echo(to_json(rows, indent=2))
    else:
        for row in rows:
            typer.echo(to_json(row))


@app.command("config")
def config_command(
    today: str = TODAY_OPT,
    fiscal_year_start: int = FISCAL_OPT,
    objectives: Path = OBJECTIVES_OPT,
    config: Path = CONFIG_OPT,
) -> None:
    """Print the effective configuration (defaults < config file < flags) as JSON."""
    settings = run_settings(today, fiscal_year_start, objectives, config)
    typer.echo(json.dumps(settings.describe(), ensure_ascii=False, indent=2))


@app.command("rules")
def rules_command(
    markdown: bool = typer.Option(False, "--markdown", help="Print the table as Markdown."),
) -> None:
    """List every rule: id, criterion, level and message."""
    from goalsmith.rules.registry import rules_markdown, rules_table

    typer.echo(rules_markdown() if markdown else rules_table())

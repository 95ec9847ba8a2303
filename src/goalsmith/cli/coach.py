"""``goalsmith coach``: an interactive session that turns a goal into a SMART one."""

from __future__ import annotations

from pathlib import Path

import typer

from goalsmith.cli.app import app
from goalsmith.cli.check import CONFIG_OPT, FISCAL_OPT, OBJECTIVES_OPT, TODAY_OPT
from goalsmith.cli.common import run_settings


@app.command(
    "coach",
    epilog="Example:\n\n  goalsmith coach \"improve customer satisfaction\"\n\n"
    "Answer each question, or press Enter to skip it; Ctrl-D ends the session.",
)
def coach_command(
    goal: str = typer.Argument(None, help="The goal to work on (asked for when left out)."),
    today: str = TODAY_OPT,
    fiscal_year_start: int = FISCAL_OPT,
    objectives: Path = OBJECTIVES_OPT,
    config: Path = CONFIG_OPT,
) -> None:
    """Ask the rubric's questions (what exactly, how much, by when, who, why); print the goal."""
    from rich.console import Console

    from goalsmith.coach import coach
    from goalsmith.report.card import render_card

    settings = run_settings(today, fiscal_year_start, objectives, config)
    console = Console(highlight=False)

    def ask(question: str) -> str | None:
        try:
            return console.input(f"[bold]{question}[/bold]\n> ")
        except (EOFError, KeyboardInterrupt):
            console.print()
            return None

    if not goal:
        goal = ask("What is your goal?") or ""
        if not goal.strip():
            console.print("No goal given; nothing to do.")
            raise typer.Exit(0)
    result = coach(goal, ask, console.print, settings)
    console.print()
    console.print("[bold]Your goal:[/bold] " + result.text)
    console.print(render_card(result))

"""The typer application object and the entry point."""

from __future__ import annotations

import typer

from goalsmith import __version__

app = typer.Typer(
    name="goalsmith",
    help="Write goals that are Specific, Measurable, Attainable, Relevant and Time-bound.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"goalsmith {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Check, rewrite, audit and lint goals against the SMART rubric, fully offline."""


def main() -> None:
    """Console-script entry point."""
    # Importing the command modules registers them on ``app``.
    from goalsmith.cli import commands  # noqa: F401

    app()

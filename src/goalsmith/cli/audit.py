"""``goalsmith audit FILE``: audit a spreadsheet of goals, write an annotated copy.

Rows stream from the reader through ``goalsmith.audit_many`` to the writer; the
only per-row state is a queue of rows waiting for their audit (bounded when
worker processes read ahead) and the summary's counters.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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

# typer's rich help keeps single line breaks, so each paragraph is one string.
HELP = "\n\n".join([
    "Audit a spreadsheet of goals and write an annotated copy plus a summary.",
    "Reads CSV/TSV (delimiter and encoding sniffed), XLSX/XLSM/XLS, ODS and JSONL. The goal "
    "column is found by its header (goal, objective, key result, KR, OKR, target, "
    "description...) or given with [bold]--column[/]; owner, team and due-date columns are "
    "found the same way and count as context: a due-date cell makes a goal time-bound. The "
    "input is never modified: the copy goes to [cyan]<name>.audited.<ext>[/] beside it, or "
    "[bold]--output[/].",
    "[bold]Examples[/]",
    "\n".join([
        "  [cyan]goalsmith audit goals.xlsx[/]                        writes goals.audited.xlsx",
        "  [cyan]goalsmith audit okrs.csv --column \"Key result\" --report report.html[/]",
        "  [cyan]goalsmith audit goals.xlsx --sheet Q3 --list-columns[/]",
        "  [cyan]goalsmith audit goals.csv -o audited.jsonl --jobs 2 --strict[/]",
        "  [cyan]goalsmith audit goals.csv --report summary.md -o - --format csv[/]",
    ]),
])

REPORT_FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


@app.command("audit", help=HELP, no_args_is_help=True)
def audit_command(
    file: str = typer.Argument(..., metavar="FILE",
                               help="Spreadsheet to audit (.csv .tsv .xlsx .xlsm .xls .ods "
                                    ".jsonl), or - for CSV/JSONL on stdin."),
    column: str | None = typer.Option(None, "--column", "-c",
                                      help="Goal column: header name, number or letter."),
    owner_column: str | None = typer.Option(None, "--owner-column", help="Owner column."),
    team_column: str | None = typer.Option(None, "--team-column", help="Team column."),
    due_column: str | None = typer.Option(None, "--due-column", help="Due-date column."),
    sheet: str | None = typer.Option(None, "--sheet",
                                     help="Sheet name or number (default: the first sheet "
                                          "with a goal column)."),
    output: str | None = typer.Option(None, "--output", "-o",
                                      help="Annotated copy to write (- for stdout; default "
                                           "<name>.audited.<ext>)."),
    fmt: str | None = typer.Option(None, "--format", "-f",
                                   help="Output format: csv, tsv, xlsx, jsonl, json, md, html "
                                        "(default: from --output, else the input's)."),
    reports: list[Path] = typer.Option([], "--report", "-r",
                                       help="Summary report: .html (self-contained) or .md. "
                                            "Repeatable."),
    encoding: str | None = typer.Option(None, "--encoding",
                                        help="Text encoding of CSV/JSONL input (default: "
                                             "sniffed)."),
    input_format: str | None = typer.Option(None, "--input-format",
                                            help="Input format when the extension does not "
                                                 "say: csv, tsv, xlsx, xls, ods, jsonl."),
    list_columns: bool = typer.Option(False, "--list-columns",
                                      help="Show the sheets and columns found, and exit."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64,
                             help="Worker processes (spaCy multiprocessing)."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, max=100_000,
                                   help="Goals per batch handed to the pipeline (and to "
                                        "a worker); small batches keep memory low."),
    weakest: int = typer.Option(500, "--weakest", min=0, max=100_000,
                                help="How many of the weakest goals the report lists."),
    strict: bool = typer.Option(False, "--strict",
                                help="Exit 1 when any goal is not SMART (or a row failed)."),
    today: str | None = typer.Option(None, "--today", help=TODAY_HELP),
    fiscal_year_start: int | None = typer.Option(None, "--fiscal-year-start", help=FISCAL_HELP),
    objectives: Path | None = typer.Option(None, "--objectives", help=OBJECTIVES_HELP),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for internal errors."),
) -> None:
    from goalsmith.report.sheets import OutputError
    from goalsmith.sources.spreadsheets import SourceError

    settings = run_settings(today, fiscal_year_start, objectives, config)
    pool = None
    try:
        if jobs > 1 and not list_columns:
            # Workers start now and load the pipeline while the input is read.
            from goalsmith.parallel import WorkerPool

            pool = WorkerPool(settings, jobs)
        table = _open(file, input_format, sheet, encoding)
        if list_columns:
            _print_columns(table)
            raise typer.Exit(EXIT_OK)
        code = _run(table, settings, file=file, column=column, owner_column=owner_column,
                    team_column=team_column, due_column=due_column, output=output, fmt=fmt,
                    reports=reports, jobs=jobs, batch_size=batch_size, weakest=weakest,
                    strict=strict, pool=pool)
    except (SourceError, OutputError) as exc:
        fail(str(exc))
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:
        if debug:
            raise
        fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
    finally:
        if pool is not None:
            pool.close()
    raise typer.Exit(code)


def _open(file: str, input_format: str | None, sheet: str | None, encoding: str | None) -> Any:
    from goalsmith.sources.spreadsheets import open_table

    if file == "-":
        return open_table(None, fmt=input_format, encoding=encoding,
                          data=sys.stdin.buffer.read())
    return open_table(Path(file), fmt=input_format, sheet=sheet, encoding=encoding)


def _print_columns(table: Any) -> None:
    from goalsmith.sources.spreadsheets import choose_columns, find_column

    if table.sheets:
        typer.echo("sheets: " + ", ".join(
            f"{name}{' (selected)' if name == table.sheet else ''}" for name in table.sheets))
    roles = {}
    if find_column(table.header, "goal") is not None:
        cols = choose_columns(table)
        roles = {cols.goal: "goal", cols.owner: "owner", cols.team: "team", cols.due: "due date"}
    for i, name in enumerate(table.header):
        role = roles.get(i)
        typer.echo(f"{i + 1:>3}  {_letters(i + 1):>3}  {name}" + (f"  <- {role}" if role else ""))


def _letters(number: int) -> str:
    text = ""
    while number:
        number, rem = divmod(number - 1, 26)
        text = chr(65 + rem) + text
    return text


def _run(table: Any, settings: Any, *, file: str, column: str | None, owner_column: str | None,
         team_column: str | None, due_column: str | None, output: str | None, fmt: str | None,
         reports: list[Path], jobs: int, batch_size: int, weakest: int, strict: bool,
         pool: Any = None) -> int:
    from goalsmith.report.sheets import default_output, open_writer, output_format
    from goalsmith.report.summary import AuditSummary
    from goalsmith.sources.spreadsheets import choose_columns, find_column

    sample = None
    if column is None and find_column(table.header, "goal") is None:
        sample = [row for _, row in zip(range(50), table.rows(), strict=False)]
    cols = choose_columns(table, column, owner_column, team_column, due_column, sample)
    report_kinds = [_report_kind(path) for path in reports]

    source = Path(file) if file != "-" else None
    target = _output_path(output, source, fmt, table.format)
    out_fmt = output_format(target, fmt, table.format)
    if target is None and output is None and source is not None:
        target = default_output(source, out_fmt)
    _refuse_overwriting_input(source, target, reports)
    _announce(table, cols, target, out_fmt)

    group_col = cols.team if cols.team is not None else cols.owner
    group_label = None if group_col is None else ("team" if cols.team is not None else "owner")
    summary = AuditSummary(keep=weakest, group_label=group_label)
    summary.meta = _meta(table, cols, settings)
    writer = open_writer(out_fmt, target, table.header, delimiter=table.delimiter or ",",
                         bom=table.bom, goal_index=cols.goal, sheet_name=table.sheet or "Goals")
    try:
        _audit_rows(table, cols, settings, writer, summary, jobs, batch_size, out_fmt, pool)
        writer.finish(summary)
    except BaseException:
        writer.abort()
        raise
    _write_reports(reports, report_kinds, summary, source)
    typer.echo(summary.paragraph(), err=True)
    if target is not None:
        warn(f"wrote {target}")
    failed = summary.not_smart > 0 or summary.errors > 0
    return EXIT_FINDINGS if strict and failed else EXIT_OK


def _report_kind(path: Path) -> str:
    kind = REPORT_FORMATS.get(path.suffix.lower())
    if kind is None:
        fail(f"--report {path}: use a .html or .md file name")
    return kind


def _output_path(output: str | None, source: Path | None, fmt: str | None,
                 input_format: str) -> Path | None:
    if output == "-" or (output is None and source is None):
        return None
    return Path(output) if output is not None else None


def _refuse_overwriting_input(source: Path | None, target: Path | None,
                              reports: list[Path]) -> None:
    if source is None:
        return
    for path in [p for p in (target, *reports) if p is not None]:
        if path.exists() and path.resolve() == source.resolve():
            fail(f"refusing to overwrite the input file {source}; choose another output")


def _announce(table: Any, cols: Any, target: Path | None, out_fmt: str) -> None:
    where = f" in sheet {table.sheet!r}" if table.sheet else ""
    parts = [f"auditing column {table.header[cols.goal]!r} ({cols.how['goal']}){where}"]
    for role, label in (("owner", "owner"), ("team", "team"), ("due", "due dates")):
        index = getattr(cols, role)
        if index is not None:
            parts.append(f"{label} from {table.header[index]!r}")
    if table.format in ("csv", "tsv"):
        parts.append(f"encoding {table.encoding}, delimiter {table.delimiter!r}")
    if table.format in ("ods", "xls") and out_fmt == "xlsx" and target is not None:
        parts.append(f"the annotated copy is written as xlsx ({target.name})")
    warn("; ".join(parts))


def _meta(table: Any, cols: Any, settings: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {"file": table.path.name if table.path else "stdin"}
    if table.sheet:
        meta["sheet"] = table.sheet
    meta["goal column"] = table.header[cols.goal]
    meta["today"] = settings.today.isoformat()
    meta["fiscal year starts"] = f"month {settings.fiscal_year_start}"
    return meta


def _write_reports(reports: list[Path], kinds: list[str], summary: Any,
                   source: Path | None) -> None:
    from goalsmith.report.sheets import atomic_write_text
    from goalsmith.report.summary import render_html, render_markdown

    title = f"goalsmith audit: {source.name}" if source else "goalsmith audit"
    for path, kind in zip(reports, kinds, strict=False):
        text = render_html(summary, title) if kind == "html" else render_markdown(summary, title)
        atomic_write_text(path, text)
        warn(f"wrote {path}")


# ---------------------------------------------------------------------- the row stream


class _Window:
    """Bounds how far worker processes read ahead of the writer.

    An engine that pulls items from a feeder thread (as multiprocessing's imap does)
    takes them as fast as it can; holding that thread back keeps memory flat when the
    writer is the slow side. Only such a feeder waits here: goalsmith's own engine pulls
    items on the main thread, a bounded window ahead, and nothing is counted.

    The feeder never waits on a main thread that has stopped taking results: when a
    worker raises, or on Ctrl-C, the pool's terminate() runs on the main thread and
    needs the feeder to move on, so a feeder that has waited ``patience`` seconds with
    no result taken goes ahead (the pool's own pipe still limits how far), and
    :meth:`close` releases it at once.
    """

    def __init__(self, size: int, patience: float = 2.0) -> None:
        self.size = size
        self.patience = patience
        self.outstanding = 0
        self.closed = False
        self.main = threading.get_ident()
        self.last_taken = time.monotonic()  # when the main thread last took a result
        self.cond = threading.Condition(threading.Lock())

    def take(self) -> None:
        if threading.get_ident() == self.main:
            return
        with self.cond:
            while (self.outstanding >= self.size and not self.closed
                   and time.monotonic() - self.last_taken < self.patience):
                self.cond.wait(self.patience)
            self.outstanding += 1

    def give(self) -> None:
        with self.cond:
            self.outstanding = max(self.outstanding - 1, 0)
            self.last_taken = time.monotonic()
            self.cond.notify()

    def close(self) -> None:
        """Stop the feed: nothing more is read, and a waiting feeder returns now."""
        with self.cond:
            self.closed = True
            self.cond.notify_all()


def _audit_rows(table: Any, cols: Any, settings: Any, writer: Any, summary: Any, jobs: int,
                batch_size: int, fmt: str, pool: Any = None) -> None:
    import goalsmith
    from goalsmith.report.sheets import Digester, Outcome, RowDigest
    from goalsmith.sources.spreadsheets import context_value, goal_of

    header = table.header
    # (row, outcome or None while its audit is pending, group, goal text)
    pending: deque[tuple[Any, Any, str | None, str | None]] = deque()
    window = _Window(max(batch_size * jobs * 4, 1024))

    def feed() -> Iterator[tuple[str, Any]]:
        for row in table.rows():
            if window.closed:
                return
            text, problem = (None, None) if row.error else goal_of(row, cols.goal)
            owner = context_value(row, cols.owner)
            team = context_value(row, cols.team)
            group = team if cols.team is not None else owner
            if row.error or problem:
                pending.append((row, Outcome(error=row.error or problem, note=row.note), group,
                                None))
                continue
            if text is None:
                pending.append((row, Outcome(skipped="no goal text", note=row.note), group,
                                None))
                continue
            context = _context(row.number, header, cols, owner, team,
                               context_value(row, cols.due))
            window.take()
            pending.append((row, None, group, text))
            yield text, context

    progress = _Progress(table.estimated_rows)

    def emit(row: Any, outcome: Any, group: str | None, text: str | None) -> None:
        writer.write(row.number, row.values, outcome)
        if outcome.digest is not None:
            summary.add_facts(row.number, outcome.digest.facts, text, group)
        elif outcome.error:
            summary.add_error(row.number, outcome.error)
        else:
            summary.add_skipped(row.number)
        progress.advance()

    # The workers format each row for the writer (Digester), so the parent only
    # appends ready cells: with --jobs it would otherwise be the bottleneck.
    digester = Digester(fmt)
    digests = goalsmith.audit_many(feed(), settings=settings, n_process=jobs,
                                   batch_size=batch_size, transform=digester, workers=pool)
    try:
        with progress:
            for digest in digests:
                window.give()
                if not isinstance(digest, RowDigest):  # an engine that ignored the transform
                    digest = digester(digest)
                while True:
                    row, outcome, group, text = pending.popleft()
                    if outcome is None:
                        emit(row, Outcome(note=row.note, digest=digest), group, text)
                        break
                    emit(row, outcome, group, text)
            while pending:  # rows after the last goal (blank, broken) still belong in the copy
                row, outcome, group, text = pending.popleft()
                emit(row, outcome or Outcome(error="no audit was produced for this row"),
                     group, text)
    finally:
        # On any failure here, release the feeder before the worker pool is shut down
        # (closing the generator terminates it), so the shutdown cannot wait on it.
        window.close()
        close = getattr(digests, "close", None)
        if close is not None:
            close()


def _context(number: int, header: list[str], cols: Any, owner: str | None, team: str | None,
             due: str | None) -> Any:
    from goalsmith.verdict import GoalContext

    owner_source = None
    if owner is not None:
        owner_source = f"owner column {header[cols.owner]!r} (row {number})"
    elif team is not None:
        owner, owner_source = team, f"team column {header[cols.team]!r} (row {number})"
    period_source = f"due-date column {header[cols.due]!r} (row {number})" if due else None
    return GoalContext(owner=owner, owner_source=owner_source, period=due,
                       period_source=period_source)


class _Progress:
    """A rich progress bar with rows/s and ETA, only when stderr is a terminal."""

    def __init__(self, total: int | None) -> None:
        self.bar: Any = None
        self.task: Any = None
        self.total = total
        self.pending = 0

    def __enter__(self) -> _Progress:
        if not sys.stderr.isatty():
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(f"{task.speed or 0:,.0f} rows/s")

        self.bar = Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(),
                            RateColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.__enter__()
        self.task = self.bar.add_task("audit", total=self.total)
        return self

    def advance(self) -> None:
        if self.bar is None:
            return
        self.pending += 1
        if self.pending >= 200:
            self.bar.advance(self.task, self.pending)
            self.pending = 0

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, self.pending)
            self.bar.__exit__(*exc)

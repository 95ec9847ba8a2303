"""The annotated copy that ``goalsmith audit`` writes: CSV/TSV, XLSX, JSONL, JSON, MD, HTML.

Every writer streams: it receives one row at a time (the original cells plus the
row's outcome) and holds nothing per row, so memory stays flat for any row count
(XLSX deflates its sheet XML straight into the archive, see ``xlsx_writer``).
Output goes to a temporary file in the target's folder and is renamed over the
target only when complete, so a failed run never leaves a half-written file (or
touches an existing one).
"""

from __future__ import annotations

import contextlib
import csv
import html
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol

from goalsmith.sources.spreadsheets import cell_text

OUTPUT_FORMATS = ("csv", "tsv", "xlsx", "jsonl", "json", "md", "html")
OUTPUT_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".txt": "csv",
                     ".xlsx": "xlsx", ".xlsm": "xlsx", ".jsonl": "jsonl", ".ndjson": "jsonl",
                     ".json": "json", ".md": "md", ".markdown": "md", ".html": "html",
                     ".htm": "html"}
CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
CRITERION_HEADERS = ("Specific", "Measurable", "Attainable", "Relevant", "Time-bound")
AUDIT_HEADERS = ("SMART", "Class", "Score", *CRITERION_HEADERS, "Findings", "Deadline",
                 "Deadline source", "Rewrite", "Notes")
XLSX_MAX_CELL = 32_767  # Excel's limit on characters in one cell

# Cells starting with these are read as formulas by spreadsheet apps (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?")
# Characters XML 1.0 (and so openpyxl) cannot store; calamine turns _x0007_ escapes into them.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class OutputError(Exception):
    """The output cannot be written (one line, exit code 2)."""


class RowDigest(NamedTuple):
    """One audited row reduced to what the writer and the summary need.

    Built where the audit is made (a worker process with ``--jobs``), so the parent only
    appends ready cells instead of unpickling and formatting a whole Audit per row.
    """

    cells: list[Any]  # the audit columns but Notes, as the chosen writer stores them
    facts: Any  # goalsmith.report.summary.AuditFacts


@dataclass
class Outcome:
    """What became of one row: an audit (or its digest), an error, or a skip."""

    audit: Any | None = None
    error: str | None = None
    skipped: str | None = None
    note: str | None = None
    digest: RowDigest | None = None

    @property
    def notes(self) -> str:
        parts = []
        if self.error:
            parts.append(f"error: {self.error}")
        if self.skipped:
            parts.append(f"skipped: {self.skipped}")
        if self.note:
            parts.append(self.note)
        return "; ".join(parts)


def output_format(path: Path | None, override: str | None, input_format: str) -> str:
    """The output format: ``--format``, else the output's extension, else the input's."""
    if override:
        fmt = override.lower()
        if fmt not in OUTPUT_FORMATS:
            raise OutputError(f"unknown output format {override!r}; use one of "
                              + ", ".join(OUTPUT_FORMATS))
        return fmt
    if path is not None and path.suffix.lower() in OUTPUT_EXTENSIONS:
        return OUTPUT_EXTENSIONS[path.suffix.lower()]
    return {"ods": "xlsx", "xls": "xlsx"}.get(input_format, input_format)


def default_output(source: Path, fmt: str) -> Path:
    """``<name>.audited.<ext>`` beside the input."""
    ext = {"md": "md", "html": "html", "tsv": source.suffix.lstrip(".") or "tsv"}.get(fmt, fmt)
    return source.with_name(f"{source.stem}.audited.{ext}")


def output_headers(input_header: list[str]) -> list[str]:
    """The audit columns, renamed where an input column already has the name."""
    taken = {h.lower() for h in input_header}
    return [f"{h} (goalsmith)" if h.lower() in taken else h for h in AUDIT_HEADERS]


def escape_formula(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (a leading apostrophe)."""
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def clean_text(text: str) -> str:
    """Drop characters a spreadsheet file cannot hold (shown as U+FFFD)."""
    # isprintable() is a fast C scan that is true for most cells; the regex runs only
    # when something non-printable (tab, newline, control or odd codepoint) is present.
    if text.isprintable():
        return text
    return _ILLEGAL_XML.sub("\ufffd", text) if _ILLEGAL_XML.search(text) else text


def _csv_cell(value: Any) -> str:
    """A cell for CSV/TSV: as text, cleaned and formula-escaped."""
    return escape_formula(clean_text(value if isinstance(value, str) else cell_text(value)))


_BLANK_AUDIT = ("",) * (len(AUDIT_HEADERS) - 1)


def outcome_cells(outcome: Outcome, separator: str = "; ") -> list[Any]:
    """The audit columns' values for one row (blank but for Notes when not audited)."""
    if outcome.audit is None:
        return [*_BLANK_AUDIT, outcome.notes]
    return [*audit_cells(outcome.audit, separator), outcome.notes]


def audit_cells(audit: Any, separator: str = "; ") -> list[Any]:
    """The audit columns' raw values but the last (Notes, which comes from the row)."""
    criteria = audit.criteria
    findings = separator.join(f"{f.rule} {f.severity}: {f.message}" for f in audit.findings)
    judgement = audit.judgement
    deadline = judgement.deadline.isoformat() if judgement.deadline else ""
    rewrite = audit.rewrite.text if audit.rewrite is not None else ""
    return ["yes" if audit.smart else "no", audit.goal_class, audit.score,
            *(criteria[c].verdict if c in criteria else "" for c in CRITERIA),
            findings, deadline, judgement.deadline_source or "", rewrite]


class Digester:
    """``audit_many``'s transform for ``goalsmith audit``: an Audit to a :class:`RowDigest`.

    A plain top-level class so it pickles to worker processes; ``fmt`` picks whose cell
    format the digest carries.
    """

    def __init__(self, fmt: str) -> None:
        if fmt not in _WRITERS:
            raise OutputError(f"unknown output format {fmt!r}")
        self.fmt = fmt

    def __call__(self, audit: Any) -> RowDigest:
        from goalsmith.report.summary import audit_facts

        return RowDigest(_WRITERS[self.fmt].audit_cells(audit), audit_facts(audit))


def _tail(writer: Any, outcome: Outcome) -> Any:
    """A row's audit columns but Notes, in ``writer``'s cell format."""
    if outcome.digest is not None:
        return outcome.digest.cells
    if outcome.audit is not None:
        return writer.audit_cells(outcome.audit)
    return writer.blank_cells


def json_value(value: Any) -> Any:
    """A cell as a JSON value (dates as ISO text)."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, str):
        return clean_text(value)
    return value


def _sheet_cell(value: Any) -> Any:
    """A cell for a spreadsheet: text escaped and cleaned; numbers and dates kept."""
    if isinstance(value, str):
        return escape_formula(clean_text(value))
    return value


class SheetWriter(Protocol):
    def write(self, number: int, values: list[Any], outcome: Outcome) -> None: ...

    def finish(self, summary: Any | None = None) -> None: ...

    def abort(self) -> None: ...


# --------------------------------------------------------------------------- atomic files


class AtomicFile:
    """A temporary file beside ``target``, renamed over it on ``commit``; or stdout."""

    def __init__(self, target: Path | None, binary: bool = False, encoding: str = "utf-8",
                 newline: str | None = None) -> None:
        self.target = target
        self.temp: Path | None = None
        if target is None:
            self.handle: IO[Any] = sys.stdout.buffer if binary else sys.stdout
            return
        folder = target.resolve().parent
        if not folder.is_dir():
            raise OutputError(f"output folder does not exist: {folder}")
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise OutputError(f"cannot write in {folder}: {exc.strerror or exc}") from None
        self.temp = Path(name)
        self.handle = (os.fdopen(fd, "wb") if binary
                       else os.fdopen(fd, "w", encoding=encoding, newline=newline))

    def commit(self) -> None:
        if self.temp is None or self.target is None:
            self.handle.flush()
            return
        self.handle.close()
        try:
            _keep_mode(self.target, self.temp)
            os.replace(self.temp, self.target)
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot write {self.target}: {exc.strerror or exc}") from None

    def abort(self) -> None:
        if self.temp is None:
            return
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()


def _keep_mode(target: Path, temp: Path) -> None:
    """mkstemp makes 0600 files; give the output ordinary permissions."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def atomic_write_text(target: Path, text: str) -> None:
    """Write a whole text file atomically (reports)."""
    out = AtomicFile(target, encoding="utf-8", newline="")
    try:
        out.handle.write(text)
    except BaseException:
        out.abort()
        raise
    out.commit()


# --------------------------------------------------------------------------- CSV / TSV


class CsvWriter:
    def __init__(self, target: Path | None, header: list[str], delimiter: str = ",",
                 bom: bool = False) -> None:
        self.out = AtomicFile(target, encoding="utf-8-sig" if bom else "utf-8", newline="")
        self.writer = csv.writer(self.out.handle, delimiter=delimiter, lineterminator="\r\n")
        self.writer.writerow([escape_formula(clean_text(h)) for h in
                              [*header, *output_headers(header)]])

    blank_cells = _BLANK_AUDIT

    @staticmethod
    def audit_cells(audit: Any) -> list[Any]:
        return [_csv_cell(v) for v in audit_cells(audit)]

    def write(self, number: int, values: list[Any], outcome: Outcome) -> None:
        self.writer.writerow([*map(_csv_cell, values), *_tail(self, outcome),
                              _csv_cell(outcome.notes)])

    def finish(self, summary: Any | None = None) -> None:
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


# --------------------------------------------------------------------------- JSONL / JSON


def _record(number: int, header: list[str], values: list[Any], outcome: Outcome
            ) -> dict[str, Any]:
    return {
        "row": number,
        "columns": {h: json_value(v) for h, v in zip(header, values, strict=False)},
        "audit": outcome.audit.to_dict() if outcome.audit is not None else None,
        "error": outcome.error, "skipped": outcome.skipped, "note": outcome.note,
    }


def _record_json(number: int, header: list[str], values: list[Any], outcome: Outcome,
                 audit_json: str) -> str:
    """``json.dumps(_record(...))`` with the audit already serialised (by a worker).

    json.dumps renders a nested dict exactly as it renders it alone, so splicing the
    pre-rendered audit between the record's other keys gives the same bytes.
    """
    head = json.dumps({"row": number, "columns": {h: json_value(v) for h, v in
                                                  zip(header, values, strict=False)}},
                      ensure_ascii=False)
    rest = json.dumps({"error": outcome.error, "skipped": outcome.skipped,
                       "note": outcome.note}, ensure_ascii=False)
    return f'{head[:-1]}, "audit": {audit_json}, {rest[1:]}'


class JsonlWriter:
    blank_cells = ("null",)

    def __init__(self, target: Path | None, header: list[str]) -> None:
        self.out = AtomicFile(target, encoding="utf-8", newline="\n")
        self.header = header

    @staticmethod
    def audit_cells(audit: Any) -> list[Any]:
        return [json.dumps(audit.to_dict(), ensure_ascii=False)]

    def _line(self, number: int, values: list[Any], outcome: Outcome) -> str:
        return _record_json(number, self.header, values, outcome, _tail(self, outcome)[0])

    def write(self, number: int, values: list[Any], outcome: Outcome) -> None:
        self.out.handle.write(self._line(number, values, outcome) + "\n")

    def finish(self, summary: Any | None = None) -> None:
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


class JsonWriter(JsonlWriter):
    """One JSON document, streamed: the rows array first, the summary last."""

    def __init__(self, target: Path | None, header: list[str]) -> None:
        super().__init__(target, header)
        self.first = True
        self.out.handle.write('{"schema": "goalsmith.audit-table/1", "columns": '
                              + json.dumps(header, ensure_ascii=False) + ', "rows": [\n')

    def write(self, number: int, values: list[Any], outcome: Outcome) -> None:
        self.out.handle.write(("" if self.first else ",\n") + self._line(number, values, outcome))
        self.first = False

    def finish(self, summary: Any | None = None) -> None:
        data = summary.to_dict() if summary is not None else None
        self.out.handle.write('\n], "summary": ' + json.dumps(data, ensure_ascii=False) + "}\n")
        self.out.commit()


# --------------------------------------------------------------------------- Markdown / HTML


def _md_cell(value: Any) -> str:
    text = value if isinstance(value, str) else cell_text(value)
    text = clean_text(text).replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


class _RawCells:
    """Writers that format every cell themselves take the raw audit values."""

    blank_cells = _BLANK_AUDIT

    @staticmethod
    def audit_cells(audit: Any) -> list[Any]:
        return audit_cells(audit)


class MarkdownWriter(_RawCells):
    def __init__(self, target: Path | None, header: list[str]) -> None:
        self.out = AtomicFile(target, encoding="utf-8", newline="\n")
        columns = ["Row", *header, *output_headers(header)]
        self.out.handle.write("| " + " | ".join(_md_cell(c) for c in columns) + " |\n")
        self.out.handle.write("|" + "---|" * len(columns) + "\n")

    def write(self, number: int, values: list[Any], outcome: Outcome) -> None:
        cells = [number, *values, *_tail(self, outcome), outcome.notes]
        self.out.handle.write("| " + " | ".join(_md_cell(c) for c in cells) + " |\n")

    def finish(self, summary: Any | None = None) -> None:
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


_HTML_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>goalsmith audit</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1rem;color:#222}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem;
vertical-align:top;text-align:left}th{background:#f0f0f0;position:sticky;top:0}
td.pass,td.yes{background:#e3f4e1}td.fail,td.no{background:#fbe3e1}td.unknown{background:#fff5d6}
</style></head><body>
<table class="audit"><thead><tr>"""


class HtmlWriter(_RawCells):
    """The annotated copy as one HTML table (the summary report is ``--report``)."""

    def __init__(self, target: Path | None, header: list[str]) -> None:
        self.out = AtomicFile(target, encoding="utf-8", newline="\n")
        columns = ["Row", *header, *output_headers(header)]
        self.first_audit = 1 + len(header)
        self.out.handle.write(_HTML_HEAD + "".join(f"<th>{_html(c)}</th>" for c in columns)
                              + "</tr></thead>\n<tbody>\n")

    def write(self, number: int, values: list[Any], outcome: Outcome) -> None:
        cells = [number, *values, *_tail(self, outcome), outcome.notes]
        parts = []
        for i, value in enumerate(cells):
            text = value if isinstance(value, str) else cell_text(value)
            css = f' class="{text}"' if i >= self.first_audit and text in (
                "pass", "fail", "unknown", "yes", "no") else ""
            parts.append(f"<td{css}>{_html(text)}</td>")
        self.out.handle.write("<tr>" + "".join(parts) + "</tr>\n")

    def finish(self, summary: Any | None = None) -> None:
        self.out.handle.write("</tbody></table>\n</body></html>\n")
        self.out.commit()

    def abort(self) -> None:
        self.out.abort()


def _html(value: Any) -> str:
    return html.escape(clean_text(value if isinstance(value, str) else cell_text(value)))


# --------------------------------------------------------------------------- XLSX


_WIDE = {"Findings", "Rewrite", "Notes"}
# Fills for the verdict columns (SMART, Class, Score and the criteria), as conditional
# formats, so the colour follows the value if someone edits it.
_VERDICT_COLOURS = {"pass": "C6EFCE", "yes": "C6EFCE", "fail": "FFC7CE", "no": "FFC7CE",
                    "unknown": "FFEB9C"}


class XlsxWriter:
    """A workbook a person wants to open: bold frozen header, filters, widths, colours.

    Rows stream into the archive through :mod:`goalsmith.report.xlsx_writer`; the summary
    becomes a second sheet when the run ends.
    """

    def __init__(self, target: Path, header: list[str], goal_index: int | None = None,
                 sheet_name: str = "Goals") -> None:
        from goalsmith.report.xlsx_writer import HEADER, ColourRule, SheetOptions, XlsxBook

        self.target = target
        self.out = AtomicFile(target, binary=True)
        self.headers = [*header, *output_headers(header)]
        self.audit_start = len(header)
        wrapped = {goal_index} if goal_index is not None else set()
        wrapped |= {self.audit_start + i for i, h in enumerate(AUDIT_HEADERS) if h in _WIDE}
        last_verdict = self.audit_start + 2 + len(CRITERIA)
        rules = [ColourRule(word, colour, self.audit_start, last_verdict)
                 for word, colour in _VERDICT_COLOURS.items()]
        try:
            self.book = XlsxBook(self.out.handle)
            self.sheet = self.book.add_sheet(_sheet_title(sheet_name), SheetOptions(
                widths=self._widths(goal_index), wrapped=sorted(wrapped), freeze_header=True,
                autofilter=True, colour_rules=rules, selected=True))
            self.sheet.append([escape_formula(h) for h in self.headers], style=HEADER)
        except BaseException:
            self.out.abort()
            raise

    def _widths(self, goal_index: int | None) -> list[float]:
        widths = []
        for i, name in enumerate(self.headers):
            if i == goal_index or name in _WIDE or name.startswith("Rewrite"):
                widths.append(60.0)
            else:
                widths.append(float(min(max(len(name) + 3, 10), 30)))
        return widths

    blank_cells = (None,) * (len(AUDIT_HEADERS) - 1)  # what _xlsx_value makes of ""

    @staticmethod
    def audit_cells(audit: Any) -> list[Any]:
        return [_xlsx_value(v) for v in audit_cells(audit, separator="\n")]

    def write(self, number: int, values: list[Any], outcome: Outcome) -> None:
        tail = outcome.digest.cells if outcome.digest is not None else _tail(self, outcome)
        try:
            self.sheet.append([*map(_xlsx_value, values), *tail, _xlsx_value(outcome.notes)])
        except ValueError as exc:  # more rows than a worksheet holds
            raise OutputError(f"cannot write {self.target}: {exc}; choose --format csv") from None

    def finish(self, summary: Any | None = None) -> None:
        try:
            self.sheet.close()
            if summary is not None:
                self._summary_sheet(summary)
            self.book.close()
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot write {self.target}: {exc.strerror or exc}") from None
        self.out.commit()

    def _summary_sheet(self, summary: Any) -> None:
        from goalsmith.report.xlsx_writer import BOLD, SheetOptions

        sheet = self.book.add_sheet("Summary", SheetOptions(widths=(40, 16, 80)))
        for row in summary.sheet_rows():
            if not row:
                sheet.blank()
            elif len(row) == 1:  # a section title
                sheet.append([_xlsx_value(row[0])], style=BOLD)
            else:
                sheet.append([_xlsx_value(v) for v in row])
        sheet.close()

    def abort(self) -> None:
        self.book.discard()
        self.out.abort()


def _xlsx_value(value: Any) -> Any:
    """A cell for the XLSX writer: text formula-escaped and cut to Excel's limit (the
    writer itself replaces characters XML cannot hold); numbers and dates kept."""
    if isinstance(value, str):
        if not value:
            return None  # an empty string would still be written as a cell
        text = escape_formula(value)
        return text if len(text) <= XLSX_MAX_CELL else text[: XLSX_MAX_CELL - 1] + "…"
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    return value


def _sheet_title(name: str) -> str:
    title = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:31]
    return title or "Goals"


_WRITERS: dict[str, Any] = {"csv": CsvWriter, "tsv": CsvWriter, "xlsx": XlsxWriter,
                            "jsonl": JsonlWriter, "json": JsonWriter, "md": MarkdownWriter,
                            "html": HtmlWriter}


def open_writer(fmt: str, target: Path | None, header: list[str], *, delimiter: str = ",",
                bom: bool = False, goal_index: int | None = None,
                sheet_name: str = "Goals") -> SheetWriter:
    """The writer for ``fmt``; ``target`` None means stdout (not for xlsx)."""
    if fmt in ("csv", "tsv"):
        return CsvWriter(target, header, "\t" if fmt == "tsv" else delimiter, bom)
    if fmt == "xlsx":
        if target is None:
            raise OutputError("xlsx output needs a file name (--output FILE.xlsx)")
        return XlsxWriter(target, header, goal_index, sheet_name)
    if fmt == "jsonl":
        return JsonlWriter(target, header)
    if fmt == "json":
        return JsonWriter(target, header)
    if fmt == "md":
        return MarkdownWriter(target, header)
    if fmt == "html":
        return HtmlWriter(target, header)
    raise OutputError(f"unknown output format {fmt!r}")


def rows_of(items: Iterable[tuple[int, list[Any], Outcome]], writer: SheetWriter) -> None:
    """Write many rows (helper for tests and small callers)."""
    for number, values, outcome in items:
        writer.write(number, values, outcome)

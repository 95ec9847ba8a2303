"""Tabular input for ``goalsmith audit``: CSV/TSV, XLSX/XLSM/XLS/ODS and JSONL.

Every reader yields :class:`Row` objects one at a time, so memory does not grow
with the number of rows (beyond what python-calamine itself holds for a sheet).
A problem in one row becomes that row's ``error``; only a file that cannot be
read at all raises :class:`SourceError` (one line, for exit code 2).

python-calamine is fast but fragile on hostile files (see DESIGN.md): a zip
bomb or a cell at the sheet's last address makes it allocate the whole area and
abort the process, and its panics derive from ``BaseException``. So zip-based
files are measured before calamine sees them, and every calamine call goes
through :func:`_calamine`, which turns any failure into a :class:`SourceError`.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

# Limits that keep a hostile file from exhausting memory (the run's target is < 500 MB).
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # all members of a zip-based workbook together
MAX_MEMBER_RATIO = 200  # inflated / compressed size above which a big member is a bomb
RATIO_CHECK_MIN_BYTES = 16 * 1024 * 1024  # small members may compress as well as they like
MAX_SHEET_CELLS = 8_000_000  # calamine allocates the sheet's whole bounding box
MAX_GOAL_CHARS = 10_000  # a goal cell longer than this is reported, not audited
MAX_CSV_FIELD = 16 * 1024 * 1024
SAMPLE_BYTES = 64 * 1024

FORMATS = {
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".txt": "csv",
    ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".xlsb": "xls", ".ods": "ods",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
ZIP_FORMATS = ("xlsx", "ods")

# Header names that identify each role, best first. Matching ignores case and punctuation;
# an exact match anywhere beats a header that merely contains the words.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "goal": ("goal", "goals", "smart goal", "goal statement", "goal text", "objective",
             "objectives", "key result", "key results", "kr", "krs", "okr", "okrs", "target",
             "description", "goal description", "statement", "text"),
    "owner": ("owner", "goal owner", "owners", "assignee", "assigned to", "responsible",
              "accountable", "dri", "lead", "goal leader", "goal leaders", "employee", "person",
              "name"),
    "team": ("team", "department", "dept", "function", "group", "unit", "division", "org",
             "organisation", "organization", "business unit"),
    "due": ("due", "due date", "deadline", "target date", "end date", "due by", "by when",
            "completion date", "finish date", "timeline", "timeframe", "time frame", "period",
            "quarter"),
}

_SURROGATE = re.compile("[\udc80-\udcff]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,10})([0-9]{1,12})"')
_ROW_REF = re.compile(rb'<row\b[^>]*?\br="([0-9]{1,12})"')
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?")

T = TypeVar("T")


class SourceError(Exception):
    """The input cannot be read at all (one line, exit code 2)."""


@dataclass
class Row:
    """One data row: its number as a spreadsheet shows it, its cells, and any problem."""

    number: int
    values: list[Any]
    error: str | None = None
    note: str | None = None  # a non-fatal remark (extra cells, repaired characters)
    filled: dict[int, Any] = field(default_factory=dict)  # merged-cell values, for reading
    uncomputed: list[int] = field(default_factory=list)  # formula cells with no cached value


@dataclass
class Columns:
    """Which columns play which role, and how each was chosen (for the stderr line)."""

    goal: int
    owner: int | None = None
    team: int | None = None
    due: int | None = None
    how: dict[str, str] = field(default_factory=dict)


@dataclass
class Table:
    """An opened input: its header, a row iterator factory and what was sniffed."""

    path: Path | None
    format: str
    header: list[str]
    rows: Callable[[], Iterator[Row]]
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    encoding: str | None = None
    delimiter: str | None = None
    bom: bool = False
    estimated_rows: int | None = None


# --------------------------------------------------------------------------- formats


def detect_format(path: Path | None, override: str | None = None) -> str:
    """The input format from ``--input-format`` or the file extension (default csv)."""
    if override:
        fmt = override.lower().lstrip(".")
        if fmt not in set(FORMATS.values()):
            raise SourceError(f"unknown input format {override!r}; use one of "
                              + ", ".join(sorted(set(FORMATS.values()))))
        return fmt
    if path is None:
        return "csv"
    return FORMATS.get(path.suffix.lower(), "csv")


def open_table(path: Path | None, *, fmt: str | None = None, sheet: str | None = None,
               encoding: str | None = None, data: bytes | None = None) -> Table:
    """Open ``path`` (or ``data`` read from stdin) as a table; raises SourceError."""
    kind = detect_format(path, fmt)
    if path is not None and data is None:
        if not path.exists():
            raise SourceError(f"file not found: {path}")
        if not path.is_file():
            raise SourceError(f"not a file: {path}")
    try:
        if kind in ("csv", "tsv"):
            return _open_csv(path, kind, encoding, data)
        if kind == "jsonl":
            return _open_jsonl(path, encoding, data)
        if path is None:
            raise SourceError(f"{kind} input cannot be read from stdin; give a file name")
        return _open_workbook(path, kind, sheet)
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc


# --------------------------------------------------------------------------- CSV


def sniff_encoding(sample: bytes) -> tuple[str, bool]:
    """(encoding, has_bom) for a byte sample: BOMs, UTF-16 without BOM, UTF-8, cp1252."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if sample.startswith(bom):
            return name, True
    if sample[:200].count(0) > 20:  # ASCII text in UTF-16 leaves every other byte zero
        even_zero = sample[0:200:2].count(0) > sample[1:200:2].count(0)
        return ("utf-16-be" if even_zero else "utf-16-le"), False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8", False
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("cp1252")
        return "cp1252", False
    except UnicodeDecodeError:
        return "latin-1", False


def sniff_delimiter(first_line: str, kind: str) -> str:
    """The delimiter: tab for TSV, else the most frequent candidate in the header line."""
    if kind == "tsv":
        return "\t"
    outside = re.sub(r'"[^"]*"', "", first_line)  # commas inside quoted headers do not count
    counts = [(outside.count(d), -i, d) for i, d in enumerate(",;\t|")]
    best = max(counts)
    return best[2] if best[0] > 0 else ","


def _open_csv(path: Path | None, kind: str, encoding: str | None,
              data: bytes | None) -> Table:
    sample = data[:SAMPLE_BYTES] if data is not None else _head(path)
    bom = False
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise SourceError(f"unknown encoding {encoding!r}") from exc
    else:
        encoding, bom = sniff_encoding(sample)
    # UTF-8 keeps undecodable bytes as surrogates so that one bad row is reported, not fatal.
    errors = "surrogateescape" if codecs.lookup(encoding).name == "utf-8" else "replace"
    first_line = sample.decode(encoding, errors="replace").lstrip("\ufeff").split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line, kind)
    csv.field_size_limit(min(MAX_CSV_FIELD, sys.maxsize))

    def text_stream() -> io.TextIOBase:
        raw = io.BytesIO(data) if data is not None else open(path, "rb")  # noqa: SIM115
        return io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="")

    with text_stream() as stream:
        header_cells = _first_record(stream, delimiter)
    if header_cells is None:
        raise SourceError(f"{_name(path)} is empty")
    header = [_clean_header(h, i) for i, h in enumerate(header_cells)]
    estimated = (data.count(b"\n") if data is not None else _count_newlines(path)) or None

    def rows() -> Iterator[Row]:
        with text_stream() as stream:
            yield from _csv_rows(stream, delimiter, len(header))

    return Table(path=path, format=kind, header=header, rows=rows, encoding=encoding,
                 delimiter=delimiter, bom=bom, estimated_rows=estimated)


def _first_record(stream: io.TextIOBase, delimiter: str) -> list[str] | None:
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                return [_SURROGATE.sub("\ufffd", c).lstrip("\ufeff") for c in record]
    except csv.Error as exc:
        raise SourceError(f"cannot parse the header row: {exc}") from exc
    return None


def _csv_rows(stream: io.TextIOBase, delimiter: str, width: int) -> Iterator[Row]:
    reader = csv.reader(stream, delimiter=delimiter)
    seen_header = False
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if seen_header:
                yield Row(number, [""] * width, error=f"malformed CSV record: {exc}")
            continue
        if not seen_header:
            if any(cell.strip() for cell in record):
                seen_header = True
            continue
        yield _fit_row(number, record, width)


def _fit_row(number: int, record: list[Any], width: int) -> Row:
    """Pad short rows, keep extra cells as a note, and flag undecodable bytes."""
    row = Row(number, list(record[:width]) + [""] * (width - len(record)))
    if len(record) > width:
        extra = [str(c) for c in record[width:] if str(c).strip()]
        if extra:
            row.note = f"{len(extra)} cell(s) beyond the header: " + " | ".join(extra)[:500]
    for i, value in enumerate(row.values):
        if isinstance(value, str) and _SURROGATE.search(value):
            row.values[i] = _SURROGATE.sub("\ufffd", value)
            row.error = row.error or f"undecodable bytes in column {i + 1} (try --encoding)"
    return row


def _head(path: Path | None) -> bytes:
    assert path is not None
    with path.open("rb") as handle:
        return handle.read(SAMPLE_BYTES)


def _count_newlines(path: Path | None) -> int:
    assert path is not None
    count = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
    return count


# --------------------------------------------------------------------------- JSONL


def _open_jsonl(path: Path | None, encoding: str | None, data: bytes | None) -> Table:
    enc = encoding or "utf-8-sig"

    def lines() -> Iterator[tuple[int, str]]:
        raw = io.BytesIO(data) if data is not None else open(path, "rb")  # noqa: SIM115
        with io.TextIOWrapper(raw, encoding=enc, errors="surrogateescape") as stream:
            yield from enumerate(stream, start=1)

    # A first pass collects the keys (in order of appearance), so the header is fixed
    # before anything is written; it holds only the key names.
    keys: dict[str, None] = {}
    for _, line in lines():
        parsed = _json_line(line)
        if isinstance(parsed, dict):
            keys.update(dict.fromkeys(str(k) for k in parsed))
        elif isinstance(parsed, str):
            keys.setdefault("text", None)
    if not keys:
        raise SourceError(f"{_name(path)} holds no JSON objects")
    header = list(keys)

    def rows() -> Iterator[Row]:
        for number, line in lines():
            if not line.strip():
                continue
            try:
                parsed = json.loads(line)
            except ValueError as exc:
                yield Row(number, [""] * len(header), error=f"invalid JSON: {exc}")
                continue
            if isinstance(parsed, str):
                parsed = {"text": parsed}
            if not isinstance(parsed, dict):
                yield Row(number, [""] * len(header), error="not a JSON object or string")
                continue
            values = [_json_cell(parsed.get(k)) for k in header]
            yield _fit_row(number, values, len(header))

    return Table(path=path, format="jsonl", header=header, rows=rows, encoding=enc,
                 estimated_rows=None)


def _json_line(line: str) -> Any:
    if not line.strip():
        return None
    try:
        return json.loads(line)
    except ValueError:
        return None


def _json_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


# --------------------------------------------------------------------------- workbooks


def _calamine(call: Callable[[], T], what: str) -> T:
    """Run one python-calamine call; any failure, panics included, is a SourceError."""
    try:
        return call()
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # pyo3 panics derive from BaseException, not Exception
        detail = (str(exc).strip().splitlines() or [""])[0][:200]
        kind = "crashed" if not isinstance(exc, Exception) else "failed"
        raise SourceError(f"cannot read {what}: the spreadsheet reader {kind} "
                          f"({type(exc).__name__}: {detail})") from None


def check_archive(path: Path) -> None:
    """Refuse zip bombs: declared sizes, ratios, and the real inflated size, all bounded."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            declared = sum(m.file_size for m in members)
            if declared > MAX_UNCOMPRESSED_BYTES:
                raise SourceError(_bomb(path, declared))
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > RATIO_CHECK_MIN_BYTES and ratio > MAX_MEMBER_RATIO:
                    raise SourceError(_bomb(path, member.file_size, ratio))
            # Declared sizes can lie: inflate for real, counting, and stop at the limit.
            total = 0
            for member in members:
                with archive.open(member) as handle:
                    for block in iter(lambda h=handle: h.read(1 << 20), b""):
                        total += len(block)
                        if total > MAX_UNCOMPRESSED_BYTES:
                            raise SourceError(_bomb(path, total))
    except zipfile.BadZipFile as exc:
        raise SourceError(f"{path.name} is not a valid {path.suffix or 'zip'} file "
                          f"(broken or not a zip archive: {exc})") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
        raise SourceError(f"cannot read {path.name}: {exc}") from None


def _bomb(path: Path, size: int, ratio: float | None = None) -> str:
    how = f" (compression ratio {ratio:.0f}:1)" if ratio else ""
    return (f"refusing to open {path.name}: it inflates to over {size // (1024 * 1024)} MB"
            f"{how}, which looks like a zip bomb (limit {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)}"
            " MB)")


def _col_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def column_letters(number: int) -> str:
    """The spreadsheet letters of a 1-based column number (1 -> A, 27 -> AA)."""
    letters = ""
    while number > 0:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class _SheetScan:
    cells: int = 0
    min_row: int = 0
    max_row: int = 0
    min_col: int = 0
    max_col: int = 0
    has_formulas: bool = False


def _scan_sheet_xml(archive: zipfile.ZipFile, member: str) -> _SheetScan:
    """The bounding box of a worksheet's cells, read by streaming its XML."""
    scan = _SheetScan()
    rows: list[int] = []  # only the extremes of each block, so memory stays flat
    cols: list[int] = []
    tail = b""
    with archive.open(member) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            chunk = tail + block
            # Keep the last bytes for the next round so a tag split across blocks is seen.
            cut = max(chunk.rfind(b"<"), 0) if len(chunk) > 256 else 0
            body, tail = (chunk[:cut], chunk[cut:]) if cut else (chunk, b"")
            _block_bounds(body, rows, cols)
            scan.has_formulas = scan.has_formulas or b"<f" in body
        _block_bounds(tail, rows, cols)
        scan.has_formulas = scan.has_formulas or b"<f" in tail
    if rows:
        scan.min_row, scan.max_row = min(rows), max(rows)
    if cols:
        scan.min_col, scan.max_col = min(cols), max(cols)
    if rows and cols:
        scan.cells = (scan.max_row - scan.min_row + 1) * (scan.max_col - scan.min_col + 1)
    return scan


def _block_bounds(body: bytes, rows: list[int], cols: list[int]) -> None:
    """Append the lowest and highest row and column numbers referenced in ``body``.

    findall and min/max run in C; only the distinct column letters (a handful in a
    real sheet) are converted one by one.
    """
    pairs = _CELL_REF.findall(body)
    if pairs:
        letters, numbers = zip(*pairs, strict=True)
        cell_rows = list(map(int, numbers))
        rows += (min(cell_rows), max(cell_rows))
        distinct = [_col_number(c) for c in set(letters)]
        cols += (min(distinct), max(distinct))
    row_refs = _ROW_REF.findall(body)
    if row_refs:
        numbers_only = list(map(int, row_refs))
        rows += (min(numbers_only), max(numbers_only))


def _xlsx_sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> worksheet XML member, from workbook.xml and its relationships."""
    import xml.etree.ElementTree as ET

    try:
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError):
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    ns_r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    members = {}
    for element in book.iter():
        if element.tag.endswith("}sheet") and element.get(ns_r) in targets:
            members[element.get("name", "")] = targets[element.get(ns_r)]
    return members


def _guard_xlsx_sheets(path: Path) -> dict[str, tuple[str, _SheetScan]]:
    """Scan every worksheet before calamine loads one; refuse absurd bounding boxes."""
    scans: dict[str, tuple[str, _SheetScan]] = {}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for name, member in _xlsx_sheet_members(archive).items():
            if member not in names:
                continue
            scans[name] = (member, _scan_sheet_xml(archive, member))
    return scans


def _too_big(path: Path, sheet: str, scan: _SheetScan) -> SourceError:
    first = f"{column_letters(scan.min_col)}{scan.min_row}"
    last = f"{column_letters(scan.max_col)}{scan.max_row}"
    return SourceError(
        f"sheet {sheet!r} of {path.name} spans {first}:{last} ({scan.cells:,} cells; limit "
        f"{MAX_SHEET_CELLS:,}); delete the stray cells far from the data and save again")


def formula_cells_without_value(path: Path, member: str) -> set[tuple[int, int]]:
    """(row, column) of formula cells that carry no cached value, 1-based."""
    import xml.etree.ElementTree as ET

    found: set[tuple[int, int]] = set()
    with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
        try:
            for _, element in ET.iterparse(handle, events=("end",)):
                if not element.tag.endswith("}c"):
                    if element.tag.endswith("}row"):
                        element.clear()
                    continue
                has_formula = any(child.tag.endswith("}f") for child in element)
                value = next((c for c in element if c.tag.endswith("}v")), None)
                if has_formula and (value is None or not (value.text or "")):
                    ref = element.get("r", "")
                    m = re.fullmatch(r"([A-Z]{1,10})([0-9]{1,12})", ref)
                    if m:
                        found.add((int(m.group(2)), _col_number(m.group(1).encode())))
        except ET.ParseError:
            pass  # calamine reports a broken sheet itself
    return found


def _open_workbook(path: Path, kind: str, sheet: str | None) -> Table:
    scans: dict[str, tuple[str, _SheetScan]] = {}
    if kind in ZIP_FORMATS:
        check_archive(path)
    if kind == "xlsx":
        scans = _guard_xlsx_sheets(path)
    import python_calamine

    what = path.name
    book = _calamine(lambda: python_calamine.CalamineWorkbook.from_path(str(path)), what)
    names = tuple(_calamine(lambda: list(book.sheet_names), what))
    if not names:
        raise SourceError(f"{what} has no sheets")

    loaded: dict[str, Any] = {}  # the last sheet read, so the chosen one is read only once

    def load(name: str) -> Any:
        if name in loaded:
            return loaded[name]
        if name in scans and scans[name][1].cells > MAX_SHEET_CELLS:
            raise _too_big(path, name, scans[name][1])
        loaded.clear()
        loaded[name] = _calamine(lambda: book.get_sheet_by_name(name),
                                 f"sheet {name!r} of {what}")
        return loaded[name]

    chosen = _pick_sheet(names, sheet, load, what)
    data = load(chosen)
    loaded.clear()
    start_row, start_col = _calamine(lambda: tuple(data.start), what)
    header_row, header = _sheet_header(data, what)
    if header is None:
        raise SourceError(f"sheet {chosen!r} of {what} is empty")
    missing = set()
    if kind == "xlsx" and chosen in scans and scans[chosen][1].has_formulas:
        missing = formula_cells_without_value(path, scans[chosen][0])
    merged = _merged_fill(data, what)
    width = len(header)
    first_data = header_row + 1

    def rows() -> Iterator[Row]:
        iterator = _calamine(lambda: data.iter_rows(), what)
        anchors: dict[tuple[int, int], Any] = dict.fromkeys(set(merged.values()))
        index = -1
        while True:
            index += 1
            try:
                record = next(iterator)
            except StopIteration:
                return
            except (KeyboardInterrupt, SystemExit, GeneratorExit):
                raise
            except BaseException as exc:  # a panic on one row ends the sheet, reported
                raise SourceError(f"cannot read row {start_row + index + 1} of {what}: "
                                  f"{type(exc).__name__}") from None
            if index < first_data:
                continue
            number = start_row + index + 1
            values = list(record[:width]) + [""] * (width - min(len(record), width))
            row = _fit_row(number, values + list(record[width:]), width)
            if merged:
                _merge_into(row, merged, anchors, start_col)
            for col in range(width):
                if (number, start_col + col + 1) in missing and _blank(row.values[col]):
                    row.uncomputed.append(col)
            yield row

    height = _calamine(lambda: data.height, what)
    return Table(path=path, format=kind, header=header, rows=rows, sheet=chosen, sheets=names,
                 estimated_rows=max(height - first_data, 0))


def _pick_sheet(names: tuple[str, ...], wanted: str | None, load: Callable[[str], Any],
                what: str) -> str:
    """``--sheet`` by name or 1-based number; else the first sheet with a goal column."""
    if wanted is not None:
        if wanted in names:
            return wanted
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):
            return names[int(wanted) - 1]
        raise SourceError(f"no sheet {wanted!r} in {what}; sheets: " + ", ".join(names))
    for name in names:
        try:
            _, header = _sheet_header(load(name), what)
        except SourceError:
            continue
        if header and find_column(header, "goal") is not None:
            return name
    return names[0]


def _sheet_header(data: Any, what: str) -> tuple[int, list[str] | None]:
    """(index within the sheet's range, header cells) of the first non-empty row."""
    iterator = _calamine(lambda: data.iter_rows(), what)
    for index, record in enumerate(iterator):
        if any(not _blank(v) for v in record):
            return index, [_clean_header(_text(v), i) for i, v in enumerate(record)]
        if index > 1000:
            break
    return 0, None


def _merged_fill(data: Any, what: str) -> dict[tuple[int, int], tuple[int, int]]:
    """Covered cell -> its merge's top-left cell (0-based sheet coordinates), bounded."""
    ranges = _calamine(lambda: data.merged_cell_ranges or [], what)
    fill: dict[tuple[int, int], tuple[int, int]] = {}
    for (r1, c1), (r2, c2) in ranges:
        top, bottom, left, right = min(r1, r2), max(r1, r2), min(c1, c2), max(c1, c2)
        if (bottom - top + 1) * (right - left + 1) + len(fill) > 200_000:
            continue  # an absurd merge is left unfilled rather than exhausting memory
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                if (r, c) != (top, left):
                    fill[(r, c)] = (top, left)
    return fill


def _merge_into(row: Row, fill: dict[tuple[int, int], tuple[int, int]],
                anchors: dict[tuple[int, int], Any], start_col: int) -> None:
    """Merged cells read as their top-left value, as a reader sees them (output unchanged)."""
    r = row.number - 1
    for col, value in enumerate(row.values):
        here = (r, start_col + col)
        if here in anchors:
            anchors[here] = value
        source = fill.get(here)
        if source is not None and _blank(value) and not _blank(anchors.get(source)):
            row.filled[col] = anchors[source]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --------------------------------------------------------------------------- columns


def normalise_header(name: str) -> str:
    return _NON_WORD.sub(" ", str(name).lower()).strip()


def find_column(header: list[str], role: str, aliases: tuple[str, ...] | None = None,
                exclude: set[int] | frozenset[int] = frozenset()) -> int | None:
    """The column for ``role`` by header name: an exact alias first, then a containing one."""
    names = [normalise_header(h) for h in header]
    wanted = aliases if aliases is not None else COLUMN_ALIASES[role]
    for alias in wanted:
        for i, name in enumerate(names):
            if i not in exclude and name == alias:
                return i
    for alias in wanted:
        pattern = re.compile(rf"(?:^| ){re.escape(alias)}(?: |$)")
        for i, name in enumerate(names):
            if i not in exclude and pattern.search(name):
                return i
    return None


def resolve_column(header: list[str], given: str) -> int:
    """A ``--column`` value: a header name (any case) or a 1-based number or letter."""
    norm = normalise_header(given)
    for i, name in enumerate(header):
        if name == given:
            return i
    for i, name in enumerate(header):
        if normalise_header(name) == norm:
            return i
    if given.isdigit() and 1 <= int(given) <= len(header):
        return int(given) - 1
    if re.fullmatch(r"[A-Za-z]{1,3}", given) and _col_number(given.upper().encode()) <= len(
            header):
        return _col_number(given.upper().encode()) - 1
    raise SourceError(f"no column {given!r}; columns: " + ", ".join(repr(h) for h in header))


def choose_columns(table: Table, goal: str | None = None, owner: str | None = None,
                   team: str | None = None, due: str | None = None,
                   sample: list[Row] | None = None) -> Columns:
    """Pick the goal, owner, team and due-date columns (given ones win)."""
    header = table.header
    how: dict[str, str] = {}
    if goal is not None:
        goal_index = resolve_column(header, goal)
        how["goal"] = "given"
    else:
        found = find_column(header, "goal")
        if found is None:
            found = _guess_text_column(header, sample or [])
            how["goal"] = "guessed from the cell contents"
        else:
            how["goal"] = "found by its header"
        goal_index = found
    taken = {goal_index}
    picks: dict[str, int | None] = {}
    for role, given in (("owner", owner), ("team", team), ("due", due)):
        if given is not None:
            index: int | None = resolve_column(header, given)
            how[role] = "given"
        else:
            index = find_column(header, role, exclude=taken)
            if index is not None:
                how[role] = "found by its header"
        if index is not None:
            taken.add(index)
        picks[role] = index
    return Columns(goal=goal_index, owner=picks["owner"], team=picks["team"],
                   due=picks["due"], how=how)


def _guess_text_column(header: list[str], sample: list[Row]) -> int:
    """With no goal header: the column whose cells hold the most words."""
    if not header:
        raise SourceError("the input has no columns")
    words = [0] * len(header)
    for row in sample:
        for i, value in enumerate(row.values[: len(header)]):
            if isinstance(value, str):
                words[i] += len(value.split())
    best = max(range(len(header)), key=lambda i: (words[i], -i))
    if words[best] == 0:
        raise SourceError("no goal column found; name one with --column "
                          "(see --list-columns)")
    return best


# --------------------------------------------------------------------------- cells


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a spurious '.0', dates as ISO dates."""
    return _text(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _clean_header(value: Any, index: int) -> str:
    text = " ".join(_text(value).split())
    return text or f"column {index + 1}"


def goal_of(row: Row, index: int) -> tuple[str | None, str | None]:
    """(goal text, problem): the goal cell's text, or why it cannot be audited."""
    if index in row.uncomputed:
        return None, ("the goal cell is a formula with no cached value (open and save the "
                      "file in a spreadsheet app so the value is computed)")
    text = _text(_merged_value(row, index))
    if not text.strip():
        return None, None
    if len(text) > MAX_GOAL_CHARS:
        return None, (f"goal cell is {len(text):,} characters long "
                      f"(limit {MAX_GOAL_CHARS:,}); not audited")
    return text, None


def context_value(row: Row, index: int | None) -> str | None:
    """A context cell (owner, team, due date) as text, or None when blank."""
    if index is None:
        return None
    text = _text(_merged_value(row, index)).strip()
    return text[:500] or None


def _merged_value(row: Row, index: int) -> Any:
    if index >= len(row.values):
        return ""
    return row.filled.get(index, row.values[index])


def _name(path: Path | None) -> str:
    return path.name if path is not None else "standard input"

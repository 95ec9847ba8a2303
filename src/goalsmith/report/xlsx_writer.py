"""A small streaming XLSX writer: worksheet XML goes straight into the zip file.

openpyxl (even in write-only mode) builds a cell object per value, serialises it
through lxml and copies the finished sheet into the archive at the end; for the
annotated copy of a large sheet that was the parent process's main cost. This
writer renders each row as one string of SpreadsheetML and deflates it into the
archive as it goes, so memory stays flat and the per-cell work is a type check
and an f-string.

What it supports is what ``goalsmith audit`` needs: inline strings, numbers,
booleans, dates and times (as serials with a date format), a fixed set of cell
styles (:data:`STYLES`), column widths, a frozen header row, an autofilter,
"equal to" conditional fills, and any number of sheets written one after another.
Callers pass plain values; text is XML-escaped and characters XML cannot hold are
replaced here, so no input can make the file unreadable.
"""

from __future__ import annotations

import contextlib
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import IO, Any

from goalsmith.sources.spreadsheets import column_letters

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Cell style ids (indexes into cellXfs in styles.xml, built by _styles_xml).
DEFAULT, WRAP, HEADER, DATE, DATETIME, TIME, DURATION, BOLD = range(8)
STYLES = {"default": DEFAULT, "wrap": WRAP, "header": HEADER, "bold": BOLD}
_FORMAT_STYLE = {datetime: DATETIME, date: DATE, time: TIME, timedelta: DURATION}

# Characters XML 1.0 cannot hold at all; they become U+FFFD. Lone surrogates cannot be
# encoded as UTF-8 either.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_EPOCH = datetime(1899, 12, 30)  # Excel's 1900 date system, valid from 1900-03-01 on
_FIRST_SERIAL_DATE = datetime(1900, 3, 1)
_MAX_ROWS = 1_048_576
_BLOCK_CHARS = 1 << 16  # rows are joined and deflated in blocks of about this size


def xml_text(text: str) -> str:
    """``text`` as XML character data: escaped, with unstorable characters replaced."""
    printable = text.isprintable()  # a fast C scan; true for most cells
    if not printable and _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub("\ufffd", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if not printable and "\r" in text:  # an XML parser would read a raw CR as a line feed
        text = text.replace("\r", "&#13;")
    return text


def _attr(text: str) -> str:
    return xml_text(text).replace('"', "&quot;")


def excel_serial(value: date | datetime | time | timedelta) -> float | None:
    """The number Excel stores for a date or time, or None when it has none."""
    if isinstance(value, timedelta):
        return value.total_seconds() / 86_400
    if isinstance(value, time):
        if value.tzinfo is not None:
            return None
        return (value.hour * 3600 + value.minute * 60 + value.second
                + value.microsecond / 1e6) / 86_400
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return None
        moment = value
    else:
        moment = datetime(value.year, value.month, value.day)
    if moment < _FIRST_SERIAL_DATE:  # Excel's phantom 1900-02-29 makes earlier serials odd
        return None
    delta = moment - _EPOCH
    serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86_400
    return float(delta.days) if serial == delta.days else serial


@dataclass
class ColourRule:
    """Fill cells in ``columns`` (0-based, first to last) whose value equals ``word``."""

    word: str
    colour: str  # RRGGBB
    first_column: int
    last_column: int


@dataclass
class _SheetInfo:
    title: str
    member: str
    filter_ref: str | None = None


@dataclass
class SheetOptions:
    """How a sheet looks: widths per column, wrapped columns, frozen header and so on."""

    widths: Sequence[float] = ()
    wrapped: Iterable[int] = ()  # 0-based columns whose text wraps (top-aligned)
    freeze_header: bool = False
    autofilter: bool = False
    colour_rules: Sequence[ColourRule] = field(default_factory=tuple)
    selected: bool = False


class XlsxSheet:
    """One worksheet being written; rows are appended in order, then :meth:`close`."""

    def __init__(self, book: XlsxBook, info: _SheetInfo, options: SheetOptions,
                 handle: IO[bytes]) -> None:
        self.book = book
        self.info = info
        self.options = options
        self.handle = handle
        self.rows = 0
        self.columns = 0  # the widest row written
        self.refs: list[str] = []
        self.wrap_attr: list[str] = []
        self._pending: list[str] = []
        self._pending_chars = 0
        wrapped = set(options.wrapped)
        self._grow(max(len(options.widths), max(wrapped, default=-1) + 1), wrapped)
        self._write(self._head())

    def _grow(self, width: int, wrapped: set[int] | None = None) -> None:
        """Precompute column letters and style attributes up to ``width`` columns."""
        wrapped = wrapped if wrapped is not None else set()
        for index in range(len(self.refs), width):
            self.refs.append(column_letters(index + 1))
            self.wrap_attr.append(f' s="{WRAP}"' if index in wrapped else "")

    def _head(self) -> str:
        options = self.options
        pane = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
                if options.freeze_header else "")
        selected = ' tabSelected="1"' if options.selected else ""
        cols = "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
                       for i, w in enumerate(options.widths, start=1))
        return (f'{_XML_HEAD}<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
                f'<sheetViews><sheetView workbookViewId="0"{selected}>{pane}</sheetView>'
                f'</sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>")

    def append(self, values: Sequence[Any], style: int | None = None) -> None:
        """Write one row. ``style`` (a :data:`STYLES` id) applies to every text cell in it;
        otherwise text in wrapped columns wraps. None and "" leave the cell empty."""
        self.rows += 1
        if self.rows > _MAX_ROWS:
            raise ValueError(f"a worksheet holds at most {_MAX_ROWS:,} rows")
        if len(values) > len(self.refs):
            self._grow(len(values))
        if len(values) > self.columns:
            self.columns = len(values)
        number = str(self.rows)
        forced = f' s="{style}"' if style is not None else None
        cells = [f'<row r="{number}">']
        add = cells.append
        for ref, wrap, value in zip(self.refs, self.wrap_attr, values, strict=False):
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                text = xml_text(value)
                space = ' xml:space="preserve"' if (value[0].isspace()
                                                    or value[-1].isspace()) else ""
                add(f'<c r="{ref}{number}" t="inlineStr"{wrap if forced is None else forced}>'
                    f'<is><t{space}>{text}</t></is></c>')
            elif kind is int or kind is float:
                add(self._number(ref + number, value))
            elif value is None:
                continue
            else:
                add(self._other(ref + number, value, forced))
        cells.append("</row>")
        row = "".join(cells)
        self._pending.append(row)
        self._pending_chars += len(row)
        if self._pending_chars >= _BLOCK_CHARS:
            self._flush()

    def blank(self) -> None:
        """An empty row (it still takes a row number)."""
        self.rows += 1

    def _number(self, ref: str, value: float) -> str:
        if isinstance(value, float) and not math.isfinite(value):
            return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
        return f'<c r="{ref}"><v>{value!r}</v></c>'

    def _other(self, ref: str, value: Any, forced: str | None) -> str:
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, (int, float)):  # subclasses (numpy scalars are not)
            return self._number(ref, float(value) if isinstance(value, float) else int(value))
        if isinstance(value, (date, time, timedelta)):
            serial = excel_serial(value)
            if serial is not None:
                style = next(s for kind, s in _FORMAT_STYLE.items() if isinstance(value, kind))
                return f'<c r="{ref}" s="{style}"><v>{serial!r}</v></c>'
            value = value.isoformat() if not isinstance(value, timedelta) else str(value)
        text = str(value)
        return (f'<c r="{ref}" t="inlineStr"{forced or ""}><is><t xml:space="preserve">'
                f"{xml_text(text)}</t></is></c>")

    def _write(self, text: str) -> None:
        self.handle.write(text.encode("utf-8", "replace"))

    def _flush(self) -> None:
        if self._pending:
            self._write("".join(self._pending))
            self._pending = []
            self._pending_chars = 0

    def close(self) -> None:
        """End the sheet: autofilter and conditional fills need the final row count."""
        self._flush()
        options = self.options
        last_row = max(self.rows, 2)
        tail = ["</sheetData>"]
        if options.autofilter:
            width = max(self.columns, len(options.widths), 1)
            self.info.filter_ref = f"$A$1:${column_letters(width)}${last_row}"
            tail.append(f'<autoFilter ref="A1:{column_letters(width)}{last_row}"/>')
        for priority, rule in enumerate(options.colour_rules, start=1):
            area = (f"{column_letters(rule.first_column + 1)}2:"
                    f"{column_letters(rule.last_column + 1)}{last_row}")
            word = _attr(rule.word).replace("&quot;", '""')
            tail.append(f'<conditionalFormatting sqref="{area}"><cfRule type="cellIs" '
                        f'dxfId="{self.book.dxf(rule.colour)}" priority="{priority}" '
                        f'operator="equal"><formula>"{word}"</formula></cfRule>'
                        "</conditionalFormatting>")
        tail.append('<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" '
                    'footer="0.5"/></worksheet>')
        self._write("".join(tail))
        self.handle.close()
        self.book._sheet_closed(self)


class XlsxBook:
    """A workbook streamed into ``handle`` (a seekable binary file); sheets one at a time."""

    def __init__(self, handle: IO[bytes], compresslevel: int = 1) -> None:
        # Level 1 deflates several times faster than the default and the sheet XML is
        # repetitive enough that the file is still small.
        self.archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED,
                                       compresslevel=compresslevel)
        self.sheets: list[_SheetInfo] = []
        self.open_sheet: XlsxSheet | None = None
        self.dxf_colours: list[str] = []

    def add_sheet(self, title: str, options: SheetOptions | None = None) -> XlsxSheet:
        """Start the next sheet (the previous one must be closed). Titles are made legal
        and unique, as a spreadsheet app would."""
        if self.open_sheet is not None:
            raise RuntimeError("close the current sheet before adding another")
        member = f"xl/worksheets/sheet{len(self.sheets) + 1}.xml"
        info = _SheetInfo(self._unique_title(title), member)
        self.sheets.append(info)
        handle = self.archive.open(info.member, "w")
        self.open_sheet = XlsxSheet(self, info, options or SheetOptions(), handle)
        return self.open_sheet

    def _unique_title(self, title: str) -> str:
        clean = re.sub(r"[\[\]:*?/\\\x00-\x1f]", " ", title).strip().strip("'")[:31]
        clean = clean or f"Sheet{len(self.sheets) + 1}"
        taken = {s.title.lower() for s in self.sheets}
        candidate, n = clean, 0
        while candidate.lower() in taken:
            n += 1
            candidate = f"{clean[: 31 - len(str(n))]}{n}"
        return candidate

    def _sheet_closed(self, sheet: XlsxSheet) -> None:
        self.open_sheet = None

    def dxf(self, colour: str) -> int:
        """The differential-format id of a solid fill (for conditional formatting)."""
        colour = colour.upper()
        if colour not in self.dxf_colours:
            self.dxf_colours.append(colour)
        return self.dxf_colours.index(colour)

    def discard(self) -> None:
        """Give up on the archive (after a failure; the caller deletes the file)."""
        with contextlib.suppress(Exception):
            if self.open_sheet is not None:
                self.open_sheet.handle.close()
        with contextlib.suppress(Exception):
            self.archive.close()  # also keeps ZipFile.__del__ from writing later

    def close(self) -> None:
        """Write the workbook's parts and finish the archive."""
        if self.open_sheet is not None:
            self.open_sheet.close()
        if not self.sheets:
            self.add_sheet("Sheet1").close()
        parts = {
            "[Content_Types].xml": self._content_types(),
            "_rels/.rels": _ROOT_RELS,
            "docProps/app.xml": _APP_XML,
            "docProps/core.xml": _CORE_XML,
            "xl/workbook.xml": self._workbook_xml(),
            "xl/_rels/workbook.xml.rels": self._workbook_rels(),
            "xl/styles.xml": _styles_xml(self.dxf_colours),
        }
        for name, text in parts.items():
            # A fixed date, as the sheets get: writestr(name) would stamp the clock's time,
            # and the same input must give the same bytes.
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            self.archive.writestr(info, text.encode("utf-8"))
        self.archive.close()

    def _content_types(self) -> str:
        sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        overrides = "".join(f'<Override PartName="/{s.member}" ContentType="{sheet_type}"/>'
                            for s in self.sheets)
        return (f'{_XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                'content-types"><Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                f'sheet.main+xml"/>{overrides}<Override PartName="/xl/styles.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                'styles+xml"/><Override PartName="/docProps/core.xml" ContentType="'
                'application/vnd.openxmlformats-package.core-properties+xml"/><Override '
                'PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.extended-properties+xml"/></Types>')

    def _workbook_xml(self) -> str:
        sheets = "".join(f'<sheet name="{_attr(s.title)}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, s in enumerate(self.sheets, start=1))
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{xml_text(_quoted_sheet(s.title))}!{s.filter_ref}</definedName>"
            for i, s in enumerate(self.sheets) if s.filter_ref)
        return (f'{_XML_HEAD}<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
                '<bookViews><workbookView activeTab="0"/></bookViews>'
                f"<sheets>{sheets}</sheets>"
                + (f"<definedNames>{names}</definedNames>" if names else "")
                + "</workbook>")

    def _workbook_rels(self) -> str:
        base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        rels = [f'<Relationship Id="rId{i}" Type="{base}/worksheet" '
                f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(self.sheets) + 1)]
        rels.append(f'<Relationship Id="rId{len(self.sheets) + 1}" Type="{base}/styles" '
                    'Target="styles.xml"/>')
        return f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">{"".join(rels)}</Relationships>'


def _quoted_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


_ROOT_RELS = (
    f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
_APP_XML = (f'{_XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
            '2006/extended-properties"><Application>goalsmith</Application></Properties>')
# No creation time: the same rows give the same bytes.
_CORE_XML = (f'{_XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
             'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
             "<dc:creator>goalsmith</dc:creator></cp:coreProperties>")


def _styles_xml(dxf_colours: list[str]) -> str:
    """The fixed cell styles (ids as in :data:`STYLES` and the date styles) and fills."""
    font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
    top_wrap = '<alignment vertical="top" wrapText="1"/>'
    base = 'fontId="0" fillId="0" borderId="0" xfId="0"'
    xfs = [
        f'<xf numFmtId="0" {base}/>',  # DEFAULT
        f'<xf numFmtId="0" {base} applyAlignment="1">{top_wrap}</xf>',  # WRAP
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
        f'applyFill="1" applyAlignment="1">{top_wrap}</xf>',  # HEADER
        f'<xf numFmtId="164" {base} applyNumberFormat="1"/>',  # DATE
        f'<xf numFmtId="165" {base} applyNumberFormat="1"/>',  # DATETIME
        f'<xf numFmtId="21" {base} applyNumberFormat="1"/>',  # TIME h:mm:ss
        f'<xf numFmtId="46" {base} applyNumberFormat="1"/>',  # DURATION [h]:mm:ss
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',  # BOLD
    ]
    dxfs = "".join(f'<dxf><fill><patternFill patternType="solid"><fgColor rgb="FF{c}"/>'
                   f'<bgColor rgb="FF{c}"/></patternFill></fill></dxf>' for c in dxf_colours)
    return (f'{_XML_HEAD}<styleSheet xmlns="{_MAIN_NS}">'
            '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
            '<numFmt numFmtId="165" formatCode="yyyy-mm-dd h:mm:ss"/></numFmts>'
            f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
            '<fills count="3"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor rgb="FFDDE4EE"/>'
            '<bgColor indexed="64"/></patternFill></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            f'borderId="0"/></cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}'
            '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
            f'builtinId="0"/></cellStyles><dxfs count="{len(dxf_colours)}">{dxfs}</dxfs>'
            "</styleSheet>")

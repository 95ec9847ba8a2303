"""The streaming XLSX writer: what it writes must read back the same in openpyxl and calamine."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from goalsmith.report.sheets import Outcome, XlsxWriter
from goalsmith.report.summary import AuditSummary
from goalsmith.report.xlsx_writer import (
    BOLD,
    HEADER,
    ColourRule,
    SheetOptions,
    XlsxBook,
    column_letters,
    excel_serial,
    xml_text,
)
from goalsmith.sources.spreadsheets import open_table

# (value written, value openpyxl reads back)
VALUE_CASES: list[tuple[Any, Any]] = [
    ("plain text", "plain text"),
    ("Zoë réduit le churn 🚀 — 東京", "Zoë réduit le churn 🚀 — 東京"),
    ("a & b < c > d \"q\" 'a'", "a & b < c > d \"q\" 'a'"),
    ("<t>not markup</t>", "<t>not markup</t>"),
    ("  leading and trailing  ", "  leading and trailing  "),
    ("line one\nline two", "line one\nline two"),
    ("carriage\r\nreturn", "carriage\r\nreturn"),
    ("bell \x07 and nul \x00 here", "bell \ufffd and nul \ufffd here"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ("x" * 32_767, "x" * 32_767),
    ("", None),
    (None, None),
    (42, 42),
    (-3, -3),
    (2.5, 2.5),
    (10**20, 10**20),
    (float("nan"), "nan"),
    (True, True),
    (False, False),
    (date(2027, 3, 31), datetime(2027, 3, 31)),
    (datetime(2027, 1, 2, 3, 4, 5), datetime(2027, 1, 2, 3, 4, 5)),
    (time(13, 30), time(13, 30)),
    (timedelta(hours=30), timedelta(days=1, hours=6)),
    (date(1899, 1, 1), "1899-01-01"),  # before Excel's dates start: kept as text
]


def write_book(path: Path, rows: list[list[Any]], options: SheetOptions | None = None,
               style: int | None = None) -> None:
    with path.open("wb") as handle:
        book = XlsxBook(handle)
        sheet = book.add_sheet("Data", options)
        for row in rows:
            sheet.append(row, style=style)
        sheet.close()
        book.close()


@pytest.mark.parametrize(("value", "expected"), VALUE_CASES)
def test_values_read_back_in_openpyxl(tmp_path: Path, value: Any, expected: Any) -> None:
    path = tmp_path / "v.xlsx"
    write_book(path, [["head"], [value]])
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == expected


def test_values_read_back_in_calamine(tmp_path: Path) -> None:
    path = tmp_path / "v.xlsx"
    values = [v for v, _ in VALUE_CASES if v not in ("", None)]
    write_book(path, [["Goal", *[f"c{i}" for i in range(len(values))]], ["goal", *values]])
    row = next(open_table(path).rows())
    assert row.values[1] == "plain text" and row.values[4] == "<t>not markup</t>"
    assert row.values[values.index(42) + 1] == 42
    assert row.values[values.index(date(2027, 3, 31)) + 1] == date(2027, 3, 31)


@pytest.mark.parametrize(("number", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"),
                                                 (703, "AAA"), (16_384, "XFD")])
def test_column_letters(number: int, letters: str) -> None:
    assert column_letters(number) == letters


@pytest.mark.parametrize(("value", "serial"), [
    (date(2027, 3, 31), 46477.0), (datetime(1900, 3, 1), 61.0),
    (datetime(2027, 3, 31, 12), 46477.5), (time(6), 0.25), (timedelta(days=2), 2.0),
    (date(1900, 2, 28), None), (time(6, tzinfo=None), 0.25),
])
def test_excel_serials(value: Any, serial: float | None) -> None:
    assert excel_serial(value) == serial


@pytest.mark.parametrize(("text", "xml"), [
    ("a&b", "a&amp;b"), ("<x>", "&lt;x&gt;"), ("&#13;", "&amp;#13;"), ("a\rb", "a&#13;b"),
    ("\x01", "\ufffd"), ("tab\tnew\nline", "tab\tnew\nline"), ("plain", "plain"),
])
def test_xml_text(text: str, xml: str) -> None:
    assert xml_text(text) == xml


def test_sheet_options_freeze_filter_widths_wrap_and_colours(tmp_path: Path) -> None:
    path = tmp_path / "o.xlsx"
    options = SheetOptions(widths=(12, 60, 10), wrapped=[1], freeze_header=True,
                           autofilter=True, selected=True,
                           colour_rules=[ColourRule("pass", "C6EFCE", 2, 2),
                                         ColourRule("fail", "FFC7CE", 2, 2)])
    with path.open("wb") as handle:
        book = XlsxBook(handle)
        sheet = book.add_sheet("Goals", options)
        sheet.append(["ID", "Goal", "Verdict"], style=HEADER)
        sheet.append([1, "a long goal text", "pass"])
        sheet.append([2, "another", "fail"])
        sheet.close()
        book.close()
    sheet = openpyxl.load_workbook(path).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C3"
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "FFDDE4EE"
    assert sheet["B2"].alignment.wrap_text and not sheet["A2"].alignment.wrap_text
    assert [sheet.column_dimensions[c].width for c in "ABC"] == [12, 60, 10]
    rules = {str(cf.sqref): [r.formula[0] for r in cf.rules]
             for cf in sheet.conditional_formatting}
    assert sorted(f for fs in rules.values() for f in fs) == ['"fail"', '"pass"']
    assert set(rules) == {"C2:C3"}


def test_rows_blank_rows_and_many_blocks(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    with path.open("wb") as handle:
        book = XlsxBook(handle)
        sheet = book.add_sheet("Rows")
        sheet.append(["n", "text"])
        sheet.blank()
        for n in range(5_000):
            sheet.append([n, f"goal number {n} " * 5])
        book.close()  # closes the open sheet too
    rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert not any(rows[1]) and len(rows) == 5_002
    assert rows[-1][0] == 4_999 and rows[-1][1].startswith("goal number 4999")
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None


def test_titles_are_made_legal_and_unique(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    with path.open("wb") as handle:
        book = XlsxBook(handle)
        for title in ("Summary", "summary", "a/b:c*d?[e]", "'quoted'", "x" * 40, ""):
            book.add_sheet(title).close()
        book.close()
    names = openpyxl.load_workbook(path).sheetnames
    assert names == ["Summary", "summary1", "a b c d  e", "quoted", "x" * 31, "Sheet6"]


def test_same_rows_give_the_same_bytes(tmp_path: Path) -> None:
    rows = [["a", 1, date(2027, 1, 1)], ["b", 2.5, None]]
    write_book(tmp_path / "1.xlsx", rows)
    write_book(tmp_path / "2.xlsx", rows)
    assert (tmp_path / "1.xlsx").read_bytes() == (tmp_path / "2.xlsx").read_bytes()
    # Not just within the same second: no part carries the clock's time.
    with zipfile.ZipFile(tmp_path / "1.xlsx") as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_annotated_copy_looks_right_and_has_a_summary_sheet(tmp_path: Path) -> None:
    path = tmp_path / "copy.xlsx"
    writer = XlsxWriter(path, ["Owner", "Goal"], goal_index=1, sheet_name="Summary")
    writer.write(2, ["=cmd|' /C calc'!A0", "@SUM(A1) grow sales"],
                 Outcome(error="bad row", note="merged cell"))
    writer.write(3, ["Ann", "ship it\x07 — ✓ " + "long " * 10_000], Outcome(skipped="blank"))
    summary = AuditSummary(group_label="owner")
    summary.meta = {"file": "goals & more.xlsx"}
    summary.add_error(2, "bad row")
    writer.finish(summary)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Summary1"]  # the goals sheet keeps its name
    sheet, notes = book.worksheets
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:O3"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["B"].width == 60 and sheet["B3"].alignment.wrap_text
    assert sheet["A2"].value == "'=cmd|' /C calc'!A0" and sheet["B2"].value.startswith("'@")
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert sheet["B3"].value.startswith("ship it\ufffd — ✓ long")
    assert len(sheet["B3"].value) == 32_767 and sheet["B3"].value.endswith("…")
    assert sheet["O2"].value == "error: bad row; merged cell"
    assert len(sheet.conditional_formatting) >= 1
    assert notes["A1"].value == "goalsmith audit summary" and notes["A1"].font.b
    assert notes["B2"].value == "goals & more.xlsx" and not notes["A2"].font.b
    assert any(row[0].value == "Goals" and row[0].font.b for row in notes.iter_rows())
    assert any(row[0].value == "Row errors" for row in notes.iter_rows())
    assert notes.column_dimensions["C"].width == 80


def test_bold_rows_and_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "b.xlsx"
    write_book(path, [["Title"]], style=BOLD)
    assert openpyxl.load_workbook(path).active["A1"].font.b
    target = tmp_path / "never.xlsx"
    writer = XlsxWriter(target, ["Goal"])
    writer.write(2, ["x"], Outcome(skipped="blank"))
    writer.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.xlsx"]

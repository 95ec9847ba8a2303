"""Readers for `goalsmith audit`: CSV dialects and encodings, XLSX/ODS/JSONL, hostile files."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from goalsmith.sources import spreadsheets as sp
from goalsmith.sources.spreadsheets import SourceError, choose_columns, goal_of, open_table

CSV_CASES = [
    # (file bytes, delimiter, encoding, goal texts in order)
    (b"Goal,Owner\nincrease sales,Ann\nhire 2 AEs by May,Bo\n", ",", "utf-8",
     ["increase sales", "hire 2 AEs by May"]),
    (b'Owner;Goal\nAnn;"Grow; a lot by 5%"\n', ";", "utf-8", ["Grow; a lot by 5%"]),
    (b"Owner\tObjective\nAnn\tcut churn\n", "\t", "utf-8", ["cut churn"]),
    (b"KR|Team\nship the portal|Web\n", "|", "utf-8", ["ship the portal"]),
    (codecs.BOM_UTF8 + b"Goal\nr\xc3\xa9duire le churn\n", ",", "utf-8-sig",
     ["réduire le churn"]),
    ("Goal,Owner\nwin 10 deals,Zoë\n".encode("utf-16"), ",", "utf-16", ["win 10 deals"]),
    ("Objective,Owner\nRéduire churn,Zoë\n".encode("cp1252"), ",", "cp1252",
     ["Réduire churn"]),
    (b'Goal,Owner\n"two\nlines, quoted ""here""",Ann\n', ",", "utf-8",
     ['two\nlines, quoted "here"']),
    (b"\n\nGoal\n\nfirst\n\n\nsecond\n", ",", "utf-8", ["first", "second"]),
]


@pytest.mark.parametrize(("data", "delimiter", "encoding", "goals"), CSV_CASES)
def test_csv_dialects_and_encodings(tmp_path: Path, data: bytes, delimiter: str,
                                    encoding: str, goals: list[str]) -> None:
    path = tmp_path / "goals.csv"
    path.write_bytes(data)
    table = open_table(path)
    cols = choose_columns(table)
    found = [goal_of(row, cols.goal)[0] for row in table.rows()]
    assert (table.delimiter, table.encoding) == (delimiter, encoding)
    assert [g for g in found if g] == goals


@pytest.mark.parametrize(("padding", "encoding"), [(0, "utf-8"), (70_000, None)])
def test_undecodable_row_is_reported_and_the_rest_read(tmp_path: Path, padding: int,
                                                       encoding: str | None) -> None:
    # Bad bytes beyond the sniffed sample (or with the encoding given) break one row only.
    path = tmp_path / "g.csv"
    filler = b"".join(b"filler goal %d\n" % i for i in range(padding // 16))
    path.write_bytes(b"Goal\ngood one\n" + filler + b"bad \xff\xfe byte\nlast one\n")
    rows = list(open_table(path, encoding=encoding).rows())
    assert [r.error is None for r in rows] == [True] * (len(rows) - 2) + [False, True]
    assert "undecodable" in (rows[-2].error or "") and rows[-1].number == len(rows) + 1


def test_over_long_goal_cell_is_a_row_problem(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("Goal\n" + "x" * (sp.MAX_GOAL_CHARS + 1) + "\nok goal\n")
    rows = list(open_table(path).rows())
    assert goal_of(rows[0], 0)[1] is not None and "characters" in goal_of(rows[0], 0)[1]
    assert goal_of(rows[1], 0) == ("ok goal", None)


def test_short_and_long_rows_keep_every_cell(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("Goal,Owner\nonly goal\na,b,extra1,extra2\n")
    rows = list(open_table(path).rows())
    assert rows[0].values == ["only goal", ""]
    assert rows[1].values == ["a", "b"] and "extra1 | extra2" in (rows[1].note or "")


HEADER_CASES = [
    # (header, goal, owner, team, due)
    (["Owner", "Goal", "Due"], 1, 0, None, 2),
    (["Key Result", "Team", "Target date"], 0, None, 1, 2),
    (["Name", "Department", "Objective", "Deadline"], 2, 0, 1, 3),
    (["id", "OKR (text)", "DRI", "Quarter"], 1, 2, None, 3),
    (["Description", "Assigned to", "End date"], 0, 1, None, 2),
    (["text", "owner", "period"], 0, 1, None, 2),
]


@pytest.mark.parametrize(("header", "goal", "owner", "team", "due"), HEADER_CASES)
def test_columns_found_by_header(tmp_path: Path, header: list[str], goal: int,
                                 owner: int | None, team: int | None, due: int | None) -> None:
    path = tmp_path / "g.csv"
    path.write_text(",".join(header) + "\n" + ",".join("x" for _ in header) + "\n")
    cols = choose_columns(open_table(path))
    assert (cols.goal, cols.owner, cols.team, cols.due) == (goal, owner, team, due)


def test_goal_column_guessed_from_contents_when_no_header_matches(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("id,what\n1,increase sales in EMEA by 10%\n2,hire two more AEs\n")
    table = open_table(path)
    cols = choose_columns(table, sample=list(table.rows()))
    assert cols.goal == 1 and "guessed" in cols.how["goal"]


@pytest.mark.parametrize(("given", "index"), [("Goal", 1), ("goal", 1), ("2", 1), ("B", 1),
                                              ("owner", 0)])
def test_column_given_by_name_number_or_letter(tmp_path: Path, given: str, index: int) -> None:
    path = tmp_path / "g.csv"
    path.write_text("Owner,Goal\nAnn,x\n")
    assert sp.resolve_column(open_table(path).header, given) == index


def make_rich_xlsx(path: Path) -> None:
    """Formulas, merged cells, blank rows, dates, numbers, unicode, a second sheet."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["just a note"])
    sheet = book.create_sheet("Goals")
    sheet.append(["Owner", "Goal", "Due", "Weight"])
    sheet.append(["Ann", "Increase EMEA pipeline by 25%", date(2027, 3, 31), 3])
    sheet.append([None, None, None, None])
    sheet.append(["Bob", '=A2&" goal"', "Q3", "=D2*2"])
    sheet.append(["Zoë", "Réduire le churn de 5 % _x0007_ 🚀", None, 1.5])
    sheet.append(["Sales team", "win 40 deals", None, None])
    sheet.append([None, "close 10 renewals", None, None])
    sheet.merge_cells("A6:A7")
    book.save(path)


def test_real_xlsx_rows_formulas_merges_and_types(tmp_path: Path) -> None:
    path = tmp_path / "goals.xlsx"
    make_rich_xlsx(path)
    table = open_table(path)
    cols = choose_columns(table)
    rows = list(table.rows())
    assert table.sheet == "Goals" and table.sheets == ("Notes", "Goals")
    assert [r.number for r in rows] == [2, 3, 4, 5, 6, 7]
    assert rows[0].values[2] == date(2027, 3, 31)
    assert goal_of(rows[1], cols.goal) == (None, None)  # a blank row
    assert "no cached value" in (goal_of(rows[2], cols.goal)[1] or "")
    assert goal_of(rows[3], cols.goal)[0].startswith("Réduire le churn de 5 % \x07")
    assert sp.context_value(rows[5], cols.owner) == "Sales team"  # merged owner cell
    assert rows[5].values[0] == ""  # the copy keeps the cell as it was


def test_sheet_by_name_and_number(tmp_path: Path) -> None:
    path = tmp_path / "goals.xlsx"
    make_rich_xlsx(path)
    assert open_table(path, sheet="1").sheet == "Notes"
    assert open_table(path, sheet="Goals").sheet == "Goals"
    with pytest.raises(SourceError, match="no sheet 'Nope'"):
        open_table(path, sheet="Nope")


def _zip_with_sheet(src: Path, dst: Path, sheet_xml: bytes | None = None,
                    big_member_bytes: int = 0) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml" and sheet_xml is not None:
                data = sheet_xml
            zout.writestr(item.filename, data)
        if big_member_bytes:
            with zout.open("xl/media/padding.xml", "w", force_zip64=True) as handle:
                block = b" " * (1 << 20)
                for _ in range(big_member_bytes >> 20):
                    handle.write(block)


def _simple_xlsx(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Goal"])
    book.active.append(["increase sales"])
    book.save(path)


def test_zip_bomb_is_refused_before_calamine_sees_it(tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    _simple_xlsx(plain)
    bomb = tmp_path / "bomb.xlsx"
    _zip_with_sheet(plain, bomb, big_member_bytes=sp.MAX_UNCOMPRESSED_BYTES + (8 << 20))
    assert bomb.stat().st_size < 4 << 20  # a few MB on disk
    with pytest.raises(SourceError, match="zip bomb"):
        open_table(bomb)


def test_high_ratio_member_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "plain.xlsx"
    _simple_xlsx(plain)
    bomb = tmp_path / "ratio.xlsx"
    _zip_with_sheet(plain, bomb, big_member_bytes=4 << 20)
    monkeypatch.setattr(sp, "RATIO_CHECK_MIN_BYTES", 1 << 20)
    with pytest.raises(SourceError, match="compression ratio"):
        open_table(bomb)


def test_cell_at_the_last_address_is_refused_not_allocated(tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    _simple_xlsx(plain)
    crafted = tmp_path / "lastcell.xlsx"
    xml = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Goal</t></is></c></row>'
           b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
           b"</sheetData></worksheet>")
    _zip_with_sheet(plain, crafted, sheet_xml=xml)
    with pytest.raises(SourceError, match="A1:XFD1048576"):
        open_table(crafted)


class PanicException(BaseException):
    """What pyo3 raises on a Rust panic: not an Exception subclass."""


def test_calamine_panic_becomes_a_source_error(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import python_calamine

    path = tmp_path / "g.xlsx"
    _simple_xlsx(path)

    def panic(*_: object) -> None:
        raise PanicException("called `Option::unwrap()` on a `None` value")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    with pytest.raises(SourceError, match=r"crashed .*PanicException"):
        open_table(path)


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04garbage", b"\x00\x01\x02" * 100])
def test_broken_workbooks_are_source_errors(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(data)
    with pytest.raises(SourceError):
        open_table(path)


def test_jsonl_rows_keys_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"text": "cut churn by 2%", "owner": "CS"}\nnot json\n"bare goal"\n'
                    '{"text": "ship v2", "period": "Q3", "tags": ["a"]}\n')
    table = open_table(path)
    rows = list(table.rows())
    assert table.header == ["text", "owner", "period", "tags"]
    assert [r.error is None for r in rows] == [True, False, True, True]
    assert rows[2].values[0] == "bare goal" and rows[3].values[3] == '["a"]'


def _minimal_ods(path: Path, rows: list[list[str]]) -> None:
    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p>'
            "</table:table-cell>" for v in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Goals">{cells}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)


def test_ods_is_read(tmp_path: Path) -> None:
    path = tmp_path / "goals.ods"
    _minimal_ods(path, [["Team", "Goal"], ["Sales", "win 12 logos by Q2"]])
    table = open_table(path)
    assert table.header == ["Team", "Goal"]
    assert [r.values for r in table.rows()] == [["Sales", "win 12 logos by Q2"]]

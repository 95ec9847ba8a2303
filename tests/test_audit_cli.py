"""`goalsmith audit` end to end with a stand-in engine: formats, safety, exit codes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

import goalsmith
from goalsmith.cli import app
from goalsmith.cli import audit as _register  # noqa: F401  (registers the command)
from goalsmith.report.sheets import escape_formula

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "audit"))
from audit_fakes import fake_audit_many

from test_audit_sources import make_rich_xlsx

runner = CliRunner()
TODAY = ["--today", "2026-11-29"]


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def recording(items: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return fake_audit_many(items, **kwargs)

    monkeypatch.setattr(goalsmith, "audit_many", recording)
    return calls


def run(*args: str) -> Any:
    return runner.invoke(app, ["audit", *args, *TODAY], catch_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample_csv(tmp_path: Path) -> Path:
    path = tmp_path / "goals.csv"
    path.write_text("Owner,Goal,Due\nAnn,increase sales,\nBo,Grow EMEA pipeline by 25% by Q3,\n"
                    ",,\nCy,=HYPERLINK(\"http://x\"),2027-03-31\nDi,hire 2 AEs,Q2 2027\n",
                    encoding="utf-8")
    return path


FORMAT_CASES = ["csv", "tsv", "xlsx", "jsonl", "json", "md", "html"]


@pytest.mark.parametrize("fmt", FORMAT_CASES)
def test_every_output_format_keeps_rows_in_order(tmp_path: Path, fmt: str) -> None:
    source = sample_csv(tmp_path)
    before = digest(source)
    out = tmp_path / f"out.{fmt}"
    result = run(str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert digest(source) == before
    rows = read_back(out, fmt)
    assert [r["Owner"] for r in rows] == ["Ann", "Bo", "", "Cy", "Di"]
    assert [r["SMART"] for r in rows] == ["no", "yes", "", "no", "no"]
    assert "skipped" in rows[2]["Notes"]
    assert rows[1]["Time-bound"] == "pass" and rows[0]["Findings"].startswith("M101")


def read_back(path: Path, fmt: str) -> list[dict[str, str]]:
    """The annotated copy as dicts of text, whatever its format."""
    if fmt in ("csv", "tsv"):
        text = path.read_text(encoding="utf-8")
        return list(csv.DictReader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(path).worksheets[0]
        values = [["" if v is None else str(v) for v in row]
                  for row in sheet.iter_rows(values_only=True)]
        return [dict(zip(values[0], row, strict=True)) for row in values[1:]]
    if fmt in ("jsonl", "json"):
        text = path.read_text(encoding="utf-8")
        records = (json.loads(text)["rows"] if fmt == "json"
                   else [json.loads(line) for line in text.splitlines()])
        return [_flatten(r) for r in records]
    if fmt == "md":
        lines = path.read_text(encoding="utf-8").splitlines()
        head = [c.strip() for c in lines[0].strip("|").split(" | ")]
        return [dict(zip(head, (c.strip() for c in line.strip("| ").split(" | ")),
                         strict=False)) for line in lines[2:]]
    import html.parser

    class Cells(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[list[str]] = []
            self.cell: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag == "tr":
                self.rows.append([])
            if tag in ("td", "th"):
                self.cell = []

        def handle_endtag(self, tag: str) -> None:
            if tag in ("td", "th") and self.cell is not None:
                self.rows[-1].append("".join(self.cell))
                self.cell = None

        def handle_data(self, data: str) -> None:
            if self.cell is not None:
                self.cell.append(data)

    parser = Cells()
    parser.feed(path.read_text(encoding="utf-8"))
    return [dict(zip(parser.rows[0], row, strict=True)) for row in parser.rows[1:]]


def _flatten(record: dict[str, Any]) -> dict[str, str]:
    audit = record["audit"]
    flat = {k: str(v) for k, v in record["columns"].items()}
    notes = "; ".join(p for p in (record["error"] and f"error: {record['error']}",
                                  record["skipped"] and f"skipped: {record['skipped']}") if p)
    if audit is None:
        return {**flat, "SMART": "", "Time-bound": "", "Findings": "", "Notes": notes}
    findings = "; ".join(f"{f['rule']} {f['severity']}: {f['message']}"
                         for f in audit["findings"])
    return {**flat, "SMART": "yes" if audit["smart"] else "no",
            "Time-bound": audit["criteria"]["time_bound"]["verdict"], "Findings": findings,
            "Notes": notes}


INJECTION_CASES = [
    ("=1+2", "'=1+2"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-5", "-5"), ("+3.5", "+3.5"),
    ("plain", "plain"), ("a=b", "a=b"),
]


@pytest.mark.parametrize(("cell", "escaped"), INJECTION_CASES)
def test_formula_injection_escaping(cell: str, escaped: str) -> None:
    assert escape_formula(cell) == escaped


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_injected_cells_are_escaped_in_the_copy(tmp_path: Path, fmt: str) -> None:
    source = sample_csv(tmp_path)
    out = tmp_path / f"out.{fmt}"
    assert run(str(source), "-o", str(out)).exit_code == 0
    rows = read_back(out, fmt)
    assert rows[3]["Goal"] == "'=HYPERLINK(\"http://x\")"
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(out).worksheets[0]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_default_output_is_beside_the_input_and_input_is_untouched(tmp_path: Path) -> None:
    source = tmp_path / "goals.xlsx"
    make_rich_xlsx(source)
    before = digest(source)
    result = run(str(source))
    assert result.exit_code == 0, result.output
    assert digest(source) == before
    out = tmp_path / "goals.audited.xlsx"
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    assert book.sheetnames == ["Goals", "Summary"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet["A1"].font.b and sheet.column_dimensions["B"].width >= 40
    assert len(sheet.conditional_formatting) >= 1
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [v[0] for v in values[1:]] == ["Ann", None, "Bob", "Zoë", "Sales team", None]
    assert "no cached value" in values[3][-1] and "\x07" not in values[4][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goals.audited.xlsx", "goals.xlsx"]


def test_stderr_says_which_columns_were_used_and_summarises(tmp_path: Path) -> None:
    result = run(str(sample_csv(tmp_path)), "-o", str(tmp_path / "o.csv"))
    assert "auditing column 'Goal' (found by its header)" in result.stderr
    assert "owner from 'Owner'" in result.stderr and "due dates from 'Due'" in result.stderr
    assert "Audited 4 goals: 1 SMART" in result.stderr


def test_due_date_cell_is_passed_as_context(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    assert run(str(sample_csv(tmp_path)), "-o", str(out)).exit_code == 0
    last = json.loads(out.read_text().splitlines()[-1])
    assert last["audit"]["extractions"]["deadline_source"] == "due-date column 'Due' (row 6)"


@pytest.mark.parametrize(("flags", "code"), [([], 0), (["--strict"], 1)])
def test_strict_exit_code(tmp_path: Path, flags: list[str], code: int) -> None:
    result = run(str(sample_csv(tmp_path)), "-o", str(tmp_path / "o.csv"), *flags)
    assert result.exit_code == code


def test_strict_passes_when_every_goal_is_smart(tmp_path: Path) -> None:
    source = tmp_path / "g.csv"
    source.write_text("Goal\nGrow pipeline by 25% by Q3\n")
    assert run(str(source), "-o", str(tmp_path / "o.csv"), "--strict").exit_code == 0


USAGE_ERRORS = [
    (["missing.csv"], "file not found"),
    (["{xlsx}", "--sheet", "Nope"], "no sheet 'Nope'"),
    (["{csv}", "--column", "Nope"], "no column 'Nope'"),
    (["{csv}", "--report", "r.pdf"], "use a .html or .md"),
    (["{csv}", "--format", "pdf"], "unknown output format"),
    (["{csv}", "--encoding", "klingon"], "unknown encoding"),
    (["{csv}", "-o", "{csv}"], "refusing to overwrite the input"),
    (["{csv}", "-o", "{tmp}/no/such/dir/out.csv"], "output folder does not exist"),
]


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS)
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: list[str],
                                              message: str) -> None:
    csv_path = sample_csv(tmp_path)
    xlsx = tmp_path / "g.xlsx"
    make_rich_xlsx(xlsx)
    before = digest(csv_path)
    filled = [a.format(csv=csv_path, xlsx=xlsx, tmp=tmp_path) for a in args]
    result = run(*filled)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2
    assert digest(csv_path) == before


def test_list_columns(tmp_path: Path) -> None:
    xlsx = tmp_path / "g.xlsx"
    make_rich_xlsx(xlsx)
    result = run(str(xlsx), "--list-columns")
    assert result.exit_code == 0
    assert "sheets: Notes, Goals (selected)" in result.stdout
    assert "  2    B  Goal  <- goal" in result.stdout and "<- due date" in result.stdout
    assert not (tmp_path / "g.audited.xlsx").exists()


def test_jobs_and_batch_size_reach_the_engine(tmp_path: Path,
                                              fake_engine: list[dict[str, Any]]) -> None:
    run(str(sample_csv(tmp_path)), "-o", str(tmp_path / "o.csv"), "--jobs", "2",
        "--batch-size", "64")
    assert fake_engine[0]["n_process"] == 2 and fake_engine[0]["batch_size"] == 64


def test_stdout_output_carries_only_data(tmp_path: Path) -> None:
    result = run(str(sample_csv(tmp_path)), "-o", "-", "--format", "jsonl")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["row"] for line in lines] == [2, 3, 4, 5, 6]


def test_stdin_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", "-", "--format", "csv", *TODAY],
                           input="Goal\nincrease sales\n")
    assert result.exit_code == 0
    assert [r["SMART"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["no"]


def test_engine_failure_leaves_no_partial_output(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(items: Any, **_: Any) -> Any:
        for n, _item in enumerate(items):
            if n == 2:
                raise RuntimeError("boom")
            yield from fake_audit_many([_item])

    monkeypatch.setattr(goalsmith, "audit_many", broken)
    out = tmp_path / "o.csv"
    out.write_text("previous run\n")
    result = run(str(sample_csv(tmp_path)), "-o", str(out))
    assert result.exit_code == 2 and "internal error: RuntimeError: boom" in result.stderr
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goals.csv", "o.csv"]


def test_broken_rows_do_not_stop_the_run(tmp_path: Path) -> None:
    source = tmp_path / "g.jsonl"
    source.write_text('{"goal": "win 5 deals by May"}\n{broken\n{"goal": "cut churn"}\n')
    out = tmp_path / "o.csv"
    result = run(str(source), "-o", str(out))
    rows = read_back(out, "csv")
    assert result.exit_code == 0
    assert [r["Notes"].startswith("error: invalid JSON") for r in rows] == [False, True, False]
    assert [r["SMART"] for r in rows] == ["no", "", "no"]
    assert "1 with errors" in result.stderr


def test_zip_bomb_and_crafted_sheet_end_with_one_line(tmp_path: Path) -> None:
    from goalsmith.sources import spreadsheets as sp
    from test_audit_sources import _simple_xlsx, _zip_with_sheet

    plain = tmp_path / "plain.xlsx"
    _simple_xlsx(plain)
    bomb = tmp_path / "bomb.xlsx"
    _zip_with_sheet(plain, bomb, big_member_bytes=sp.MAX_UNCOMPRESSED_BYTES + (8 << 20))
    last = tmp_path / "last.xlsx"
    _zip_with_sheet(plain, last, sheet_xml=(
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Goal</t></is></c></row>'
        b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'))
    for path, message in ((bomb, "zip bomb"), (last, "XFD1048576")):
        result = run(str(path))
        assert result.exit_code == 2 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1

"""`goalsmith audit` with the real engine, as a subprocess, on real goal statements."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

REAL_GOALS = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-goals"
TODAY = "2026-11-29"


def real_goals(limit: int) -> list[dict[str, str]]:
    files = sorted(REAL_GOALS.glob("*.jsonl"))
    assert files, f"real goals missing in {REAL_GOALS}"
    goals = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines()[: limit // len(files)]:
            record = json.loads(line)
            goals.append({"text": record["text"], "owner": record.get("owner") or "",
                          "period": record.get("period") or ""})
    return goals


def goalsmith(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "goalsmith", "audit", *args, "--today", TODAY],
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CSV of real goals with owner and due columns, plus broken rows."""
    path = tmp_path_factory.mktemp("real") / "goals.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Owner", "Goal", "Due"])
        for goal in real_goals(300):
            writer.writerow([goal["owner"], goal["text"], ""])
        writer.writerow(["Ann", "", ""])
        writer.writerow(["Bo", "x" * 20_000, ""])
        writer.writerow(["Cy", "increase sales", "2027-03-31"])
    return path


def test_real_goals_end_to_end_with_one_and_two_jobs(sheet: Path, tmp_path: Path) -> None:
    before = hashlib.sha256(sheet.read_bytes()).digest()
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = goalsmith(str(sheet), "-o", str(out), "--jobs", jobs)
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Traceback" not in result.stderr
        outputs.append(out.read_text(encoding="utf-8"))
    assert hashlib.sha256(sheet.read_bytes()).digest() == before
    assert outputs[0] == outputs[1]  # same results, same order, whatever the job count
    records = [json.loads(line) for line in outputs[0].splitlines()]
    assert len(records) == 303 and [r["row"] for r in records] == list(range(2, 305))
    assert records[-3]["skipped"] and "characters long" in records[-2]["error"]
    assert all(r["audit"]["schema"] == "goalsmith.audit/1" for r in records[:-3])


def test_due_date_cell_makes_the_goal_time_bound(sheet: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert goalsmith(str(sheet), "-o", str(out)).returncode == 0
    last = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert last["audit"]["criteria"]["time_bound"]["verdict"] == "pass"
    assert last["audit"]["extractions"]["deadline"] == "2027-03-31"


def test_xlsx_copy_and_reports_from_real_goals(sheet: Path, tmp_path: Path) -> None:
    out, html, md = tmp_path / "a.xlsx", tmp_path / "r.html", tmp_path / "r.md"
    result = goalsmith(str(sheet), "-o", str(out), "--report", str(html), "--report", str(md),
                       "--strict")
    assert result.returncode == 1  # real goals include ones that are not SMART
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Goals", "Summary"]
    assert sum(1 for _ in book["Goals"].iter_rows(values_only=True)) == 304
    assert "<svg" in html.read_text(encoding="utf-8")
    assert "## Verdicts per criterion" in md.read_text(encoding="utf-8")
    assert result.stderr.count("\n") <= 6 and "Audited 301 goals" in result.stderr

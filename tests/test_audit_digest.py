"""Rows digested in worker processes are written and counted exactly as whole audits are."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import goalsmith
from goalsmith.report.sheets import Digester, Outcome, open_writer
from goalsmith.report.summary import AuditSummary, render_html, render_markdown
from goalsmith.settings import Settings
from goalsmith.verdict import GoalContext

SETTINGS = Settings(today=date(2026, 11, 29))
HEADER = ["ID", "Owner", "Goal", "Due"]
# (goal text, context): SMART and not, an inherited deadline, formula-like and odd text.
ROWS = [
    ("Increase EMEA pipeline by 25% by end of Q3", None),
    ("grow the business", None),
    ("=HYPERLINK(\"x\") improve sales", None),
    ("-Reduce churn to 5%", GoalContext(owner="Ana", owner_source="owner column")),
    ("Hire 3 AEs", GoalContext(period="2027-03-31", period_source="due-date column")),
    ("Ship the partner portal\x07 by June\nwith SSO", None),
    ("Try to get win rate to 25% by Q2 and hire two SDRs and launch a blog", None),
]


def audits() -> list[goalsmith.Audit]:
    return list(goalsmith.audit_many(ROWS, SETTINGS))


def row_values(i: int, text: str) -> list[object]:
    return [f"=G{i}", "+owner" if i % 2 else None, text, 45000.0 if i % 3 else "@due"]


def write_all(fmt: str, target: Path, outcomes: list[Outcome]) -> bytes:
    writer = open_writer(fmt, target, HEADER, goal_index=2)
    for i, outcome in enumerate(outcomes):
        writer.write(i + 2, row_values(i, ROWS[i][0]), outcome)
    writer.write(len(outcomes) + 2, ["x", None, "", ""], Outcome(skipped="no goal text"))
    writer.write(len(outcomes) + 3, ["y", None, "", ""], Outcome(error="bad row", note="n"))
    summary = AuditSummary(keep=3, group_label="owner")
    writer.finish(summary)
    if fmt != "xlsx":
        return target.read_bytes()
    import zipfile

    with zipfile.ZipFile(target) as book:  # docProps carry the time of writing
        return b"".join(book.read(n) for n in sorted(book.namelist())
                        if not n.startswith("docProps"))


@pytest.mark.parametrize("fmt", ["csv", "tsv", "xlsx", "jsonl", "json", "md", "html"])
def test_digested_rows_are_written_as_whole_audits(fmt: str, tmp_path: Path) -> None:
    whole = [Outcome(audit=a, note="merged cell" if i == 1 else None)
             for i, a in enumerate(audits())]
    digest = Digester(fmt)
    digested = [Outcome(digest=digest(o.audit), note=o.note) for o in whole]
    assert (write_all(fmt, tmp_path / f"a.{fmt}", whole)
            == write_all(fmt, tmp_path / f"b.{fmt}", digested))


def test_json_rows_stay_valid_json(tmp_path: Path) -> None:
    digest = Digester("jsonl")
    outcomes = [Outcome(digest=digest(a)) for a in audits()]
    lines = write_all("jsonl", tmp_path / "a.jsonl", outcomes).decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["audit"]["text"] for r in records[:len(ROWS)]] == [t for t, _ in ROWS]
    assert records[-1]["audit"] is None and records[-1]["error"] == "bad row"


def test_summary_from_facts_matches_summary_from_audits() -> None:
    by_audit = AuditSummary(keep=4, group_label="team")
    by_facts = AuditSummary(keep=4, group_label="team")
    digest = Digester("csv")
    for i, audit in enumerate(audits()):
        group = ["Sales", None, "Talent"][i % 3]
        by_audit.add_audit(i + 2, audit, group)
        by_facts.add_facts(i + 2, digest(audit).facts, audit.text, group)
    assert by_facts.to_dict() == by_audit.to_dict()
    assert render_html(by_facts) == render_html(by_audit)
    assert render_markdown(by_facts) == render_markdown(by_audit)
    assert by_facts.sheet_rows() == by_audit.sheet_rows()


def test_transform_runs_in_workers_and_keeps_order() -> None:
    digest = Digester("csv")
    items = ROWS * 3
    expected = [digest(a) for a in goalsmith.audit_many(items, SETTINGS)]
    assert list(goalsmith.audit_many(items, SETTINGS, transform=digest)) == expected
    parallel = list(goalsmith.audit_many(items, SETTINGS, n_process=2, batch_size=4,
                                         transform=digest))
    assert parallel == expected


def test_unknown_format_is_refused() -> None:
    from goalsmith.report.sheets import OutputError

    with pytest.raises(OutputError):
        Digester("pdf")

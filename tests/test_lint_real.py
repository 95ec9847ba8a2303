"""The real engine on a plan built at run time from real goal statements."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REAL_GOALS = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-goals"


def test_every_item_of_a_real_plan_is_found_and_audited(tmp_path: Path) -> None:
    lines = (REAL_GOALS / "sourcegraph_okrs.jsonl").read_text(encoding="utf-8").splitlines()
    goals = [" ".join(json.loads(line)["text"].split()) for line in lines[:120]]
    goals = [g for g in goals if not g.endswith(("?", ":"))]
    plan = "# FY2027 Plan\n\n## Goals\n\n" + "".join(f"- {g}\n" for g in goals)
    (tmp_path / "plan.md").write_text(plan, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "goalsmith", "lint", "plan.md", "-f", "json",
                           "--today", "2026-11-29"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    data = json.loads(done.stdout)
    found = {g["line"] for g in data["goals"]}
    # Status-like statements ("... grew", "last quarter") may be left out, nothing else.
    assert len(found) >= 0.9 * len(goals)
    assert all(d["line"] in found for d in data["diagnostics"])
    assert data["summary"]["not_smart"] >= 1


def test_a_rows_vague_due_cell_fails_t_despite_the_documents_period(tmp_path: Path) -> None:
    plan = ("# Q1 2027 Hiring Plan\n\n| Goal | Owner | Due |\n|---|---|---|\n"
            "| Hire a staff SRE | Ann | ASAP |\n| Hire a Head of Data | Bo | |\n")
    (tmp_path / "plan.md").write_text(plan, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "goalsmith", "lint", "plan.md", "-f", "json",
                           "--today", "2026-11-29", "--no-cache"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    data = json.loads(done.stdout)
    rules = {d["line"]: d["rule"][0] for d in data["diagnostics"]}
    # the ASAP row fails T; the row with an empty Due cell takes Q1 2027 and passes
    assert rules == {5: "T"}, data["diagnostics"]


def test_an_imperative_under_a_theme_heading_is_a_goal_only_when_vague() -> None:
    from datetime import date

    from goalsmith.lint import LintOptions, lint_text
    from goalsmith.settings import Settings

    plan = ("# Cost plan 2027\n\n## FinOps practice\n\n"
            "- Try to get cost anomaly alerts in place soon.\n"
            "- Translate the FAQ into Spanish and Polish.\n"
            "- Make the tagging policy stricter.\n"
            "- Open a ticket in the service desk queue.\n")
    report = lint_text(plan, Settings(today=date(2026, 11, 29)), LintOptions(use_cache=False))
    # the vague ones are goals that fail; the concrete tasks are no goals at all, even
    # when a measure's name in them fails M ("ticket")
    assert {goal.line for _, goal in report.goals} == {5, 7}
    assert {d.line for d in report.diagnostics} == {5, 7}

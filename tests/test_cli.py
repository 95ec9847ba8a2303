"""The command surface that scripts rely on (CONTRACT.md): formats, exit codes, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from goalsmith.cli.app import app
from goalsmith.cli.commands import COMMAND_MODULES  # noqa: F401  (registers the commands)

runner = CliRunner()
TODAY = ["--today", "2026-11-29"]
SMART_GOAL = "Increase EMEA pipeline by 25% by end of Q3"
VAGUE_GOAL = "increase sales"


def run(*args: str, stdin: str | bytes | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("goalsmith ")


def test_check_json_is_the_contract_object():
    result = run("check", *TODAY, "--format", "json", SMART_GOAL)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "goalsmith.audit/1"
    assert data["text"] == SMART_GOAL
    assert set(data) >= {"smart", "class", "score", "criteria", "findings", "extractions",
                         "rewrite", "settings"}
    assert data["settings"] == {"today": "2026-11-29", "fiscal_year_start": 1}
    assert data["extractions"]["deadline"] == "2027-09-30"
    assert [(t["kind"], t["value"]) for t in data["extractions"]["targets"]] == [("percent", 25.0)]
    assert data["smart"] is True and data["rewrite"] is None


def test_check_json_several_goals_is_an_array_in_order():
    result = run("check", *TODAY, "--format", "json", VAGUE_GOAL, SMART_GOAL)
    assert result.exit_code == 0
    assert [d["text"] for d in json.loads(result.stdout)] == [VAGUE_GOAL, SMART_GOAL]


def test_check_jsonl_reads_stdin_one_goal_per_line_in_order():
    goals = ["grow the business", SMART_GOAL, "", "hire 3 AEs by March 31"]
    result = run("check", *TODAY, "--format", "jsonl", "-", stdin="\n".join(goals) + "\n")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line)["text"] for line in lines] == [g for g in goals if g]


def test_check_text_format_names_every_criterion():
    result = run("check", *TODAY, "--format", "text", VAGUE_GOAL)
    assert result.exit_code == 0
    for key in ("specific", "measurable", "attainable", "relevant", "time_bound"):
        assert key in result.stdout
    assert "rewrite:" in result.stdout


@pytest.mark.parametrize(("goal", "code"), [(VAGUE_GOAL, 1), (SMART_GOAL, 0)])
def test_strict_exit_code(goal, code):
    assert run("check", *TODAY, "--strict", "--format", "json", goal).exit_code == code


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["check"], None, "no goal given"),
    (["check", "   "], None, "every goal given was empty"),
    (["check", "--today", "29/11/2026", "x"], None, "--today must be a date"),
    (["check", "--fiscal-year-start", "13", "x"], None, "--fiscal-year-start"),
    (["check", "--objectives", "/no/such/file.txt", "x"], None, "objectives"),
    (["check", "--config", "/no/such/goalsmith.toml", "x"], None, "configuration"),
    (["check", "-"], b"\x00\x01\x02binary", "binary"),
])
def test_usage_errors_are_one_line_and_exit_2(args, stdin, message):
    result = run(*args, stdin=stdin)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.stderr


def test_invalid_utf8_on_stdin_is_read_with_a_warning():
    result = run("check", *TODAY, "--format", "jsonl", "-",
                 stdin=b"increase sales in Germany by 10% caf\xe9 by Q2\n")
    assert result.exit_code == 0
    assert "not valid UTF-8" in result.stderr
    assert json.loads(result.stdout)["text"].startswith("increase sales in Germany")


def test_rewrite_prints_one_line_per_goal_and_keeps_smart_goals():
    result = run("rewrite", *TODAY, VAGUE_GOAL, SMART_GOAL)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Increase sales by 20% by the end of next quarter (March 31, 2027)."
    assert lines[1] == SMART_GOAL


def test_rewrite_placeholders():
    result = run("rewrite", *TODAY, "--placeholders", VAGUE_GOAL)
    assert "<target>" in result.stdout and "<deadline>" in result.stdout


def test_config_reads_goalsmith_toml_and_flags_override(tmp_path, monkeypatch):
    (tmp_path / "goalsmith.toml").write_text(
        'fiscal_year_start = 10\nobjectives = ["Improve sales efficiency"]\n')
    monkeypatch.chdir(tmp_path)
    data = json.loads(run("config").stdout)
    assert data["fiscal_year_start"] == 10
    assert data["objectives"] == ["Improve sales efficiency"]
    assert json.loads(run("config", "--fiscal-year-start", "4").stdout)["fiscal_year_start"] == 4


def test_config_in_pyproject_is_found_from_a_subfolder(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.goalsmith]\nfiscal_year_start = 7\n")
    sub = tmp_path / "docs" / "plans"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    assert json.loads(run("config").stdout)["fiscal_year_start"] == 7


def test_unknown_config_key_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "goalsmith.toml").write_text("fiscal_year_begins = 10\n")
    monkeypatch.chdir(tmp_path)
    result = run("config")
    assert result.exit_code == 2
    assert "unknown setting" in result.stderr and "fiscal_year_begins" in result.stderr


def test_objectives_enable_relevance(tmp_path):
    objectives = tmp_path / "objectives.txt"
    objectives.write_text("# FY27\nGrow revenue in DACH\n\nImprove sales efficiency\n")
    result = run("check", *TODAY, "--format", "json", "--objectives", str(objectives),
                 "Raise win rate from 20% to 25% by end of Q2")
    data = json.loads(result.stdout)
    assert data["criteria"]["relevant"]["verdict"] == "pass"


def test_python_dash_m_and_stdout_carries_only_json():
    proc = subprocess.run(
        [sys.executable, "-m", "goalsmith", "check", *TODAY, "--format", "json", VAGUE_GOAL],
        capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == VAGUE_GOAL

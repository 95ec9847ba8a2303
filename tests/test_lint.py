"""`goalsmith lint` with a stand-in engine: suppression, baseline, cache, formats, exits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests import lint_fakes
from typer.testing import CliRunner

import goalsmith.api
import goalsmith.cli.lint
import goalsmith.lint.engine as engine
from goalsmith.cli.app import app
from goalsmith.lint import LintOptions, lint_text
from goalsmith.lint.baseline import goal_hash
from goalsmith.lint.cache import code_stamp
from goalsmith.lint.suppression import parse_suppressions
from goalsmith.settings import Settings

PLAN = """# Q1 2027 Sales Plan

## Goals

- Increase sales
- Close 12 enterprise deals by March
"""


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(goalsmith.api, "audit_many", lint_fakes.fake_audit_many)
    monkeypatch.setattr(engine, "_period_resolver", lambda settings: None)
    monkeypatch.chdir(tmp_path)
    lint_fakes.CALLS.clear()


def run(doc: str, **options: object) -> list[tuple[int, str]]:
    report = lint_text(doc, Settings(), LintOptions(use_cache=False, **options))  # type: ignore[arg-type]
    return [(d.line, d.rule) for d in report.diagnostics]


def test_one_diagnostic_per_failing_criterion() -> None:
    assert run("## Goals\n\n- Increase sales\n") == [(3, "S101"), (3, "M101"), (3, "T101")]


def test_a_goal_takes_its_documents_period() -> None:
    assert run(PLAN) == [(5, "S101"), (5, "M101")]
    _text, context = lint_fakes.CALLS[0]
    assert context is not None and context.period == "Q1 2027 Sales Plan"
    assert context.period_source == "heading 'Q1 2027 Sales Plan' (line 1)"


def test_required_criteria_and_rule_levels() -> None:
    doc = "## Goals\n\n- Increase sales\n"
    assert run(doc, require=("time_bound",)) == [(3, "T101")]
    report = lint_text(doc, Settings(), LintOptions(use_cache=False, rule_levels=(
        ("M101", "off"), ("S101", "warning"))))
    assert [(d.rule, d.level) for d in report.diagnostics] == [("S101", "warning"),
                                                               ("T101", "error")]
    assert len(report.failing("error")) == 1 and len(report.failing("warning")) == 2


def test_group_gives_one_diagnostic_per_goal() -> None:
    report = lint_text("## Goals\n\n- Increase sales\n", Settings(),
                       LintOptions(use_cache=False, group=True))
    (only,) = report.diagnostics
    assert only.rules == ("S101", "M101", "T101")
    assert only.message.startswith("Not SMART (not Specific, Measurable, Time-bound).")


# (document, the lines still reported)
SUPPRESSIONS = [
    ("## Goals\n\n<!-- goalsmith-disable-next-line -->\n- Increase sales\n- Grow revenue\n",
     [5]),
    ("## Goals\n\n- Increase sales <!-- goalsmith-disable-line -->\n- Grow revenue\n", [4]),
    ("## Goals\n\n<!-- goalsmith-disable -->\n- Increase sales\n<!-- goalsmith-enable -->\n"
     "- Grow revenue\n", [6]),
    ("<!-- goalsmith-disable-file -->\n## Goals\n\n- Increase sales\n", []),
    ("```\n<!-- goalsmith-disable-file -->\n```\n## Goals\n\n- Increase sales\n", [6]),
]


@pytest.mark.parametrize(("doc", "lines"), SUPPRESSIONS)
def test_inline_suppression(doc: str, lines: list[int]) -> None:
    assert sorted({line for line, _ in run(doc)}) == lines


def test_suppression_of_named_rules_only() -> None:
    doc = "## Goals\n\n<!-- goalsmith-disable-next-line T101, M101 -->\n- Increase sales\n"
    assert run(doc) == [(4, "S101")]


def test_suppression_directive_forms() -> None:
    found = parse_suppressions(".. goalsmith-disable-next-line S101\n- Grow\n", "rst")
    assert found.covers(2, "S101") and not found.covers(2, "T101")
    assert parse_suppressions("# goalsmith-disable-file\n", "text").whole_file


def test_baseline_accepts_known_goals_only() -> None:
    accepted = frozenset({goal_hash("increase   SALES.")})
    doc = "## Goals\n\n- Increase sales\n- Grow revenue\n"
    assert {line for line, _ in run(doc, baseline=accepted)} == {4}


def test_cache_skips_the_engine_for_unchanged_files(tmp_path: Path) -> None:
    options = LintOptions(cache_dir=tmp_path / "cache")
    first = lint_text(PLAN, Settings(), options)
    calls = len(lint_fakes.CALLS)
    second = lint_text(PLAN, Settings(), options)
    assert calls == 2 and len(lint_fakes.CALLS) == 2
    assert second.cached_files == 1 and second.diagnostics == first.diagnostics
    assert (tmp_path / "cache" / ".gitignore").read_text().strip().endswith("*")
    lint_text(PLAN, Settings(today=Settings().today.replace(year=2030)), options)
    assert len(lint_fakes.CALLS) == 4  # other settings, other key


def test_the_code_stamp_changes_when_a_code_file_changes(tmp_path: Path) -> None:
    (tmp_path / "rules.py").write_text("A = 1\n")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "words.toml").write_text("a = []\n")
    before = code_stamp(tmp_path)
    assert code_stamp(tmp_path) == before
    (tmp_path / "data" / "words.toml").write_text("a = ['more words']\n")
    assert code_stamp(tmp_path) != before


# ----------------------------------------------------------------- command line

runner = CliRunner()


def cli(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["lint", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_text_format_and_exit_code(tmp_path: Path) -> None:
    write(tmp_path / "plan.md", PLAN)
    code, out, err = cli("plan.md", "--format", "text", "--no-cache")
    assert code == 1
    assert out.splitlines()[:2] == ["plan.md:5:3: error S101 Too general.",
                                    "plan.md:5:3: error M101 No target."]
    assert 'rewrite: "Increase sales by 20% by March 31, 2027."' in out
    assert "1 file, 2 goals, 1 not SMART, 2 diagnostics" in err


def test_fail_level_and_clean_exit(tmp_path: Path) -> None:
    write(tmp_path / "ok.md", "## Goals\n\n- Close 12 deals by March\n")
    assert cli("ok.md", "--no-cache")[0] == 0
    write(tmp_path / "goalsmith.toml", '[lint]\nrules = { S101 = "info", M101 = "info" }\n')
    write(tmp_path / "plan.md", PLAN)
    assert cli("plan.md", "--no-cache")[0] == 0
    assert cli("plan.md", "--no-cache", "--fail-level", "info")[0] == 1


def test_json_format_says_where_the_deadline_came_from(tmp_path: Path) -> None:
    write(tmp_path / "plan.md", PLAN)
    code, out, _ = cli("plan.md", "--format", "json", "--no-cache")
    data = json.loads(out)
    assert code == 1 and data["schema"] == "goalsmith.lint/1"
    assert data["summary"]["not_smart"] == 1
    first = data["goals"][0]
    assert first["deadline_source"] == "heading 'Q1 2027 Sales Plan' (line 1)"
    assert data["diagnostics"][0]["rewrite"] == "Increase sales by 20% by March 31, 2027."


def test_github_format(tmp_path: Path) -> None:
    write(tmp_path / "plan.md", PLAN)
    _, out, _ = cli("plan.md", "--format", "github", "--no-cache")
    assert out.splitlines()[0] == ("::error file=plan.md,line=5,col=3,title=goalsmith S101::"
                                   "Too general.%0ARewrite: \"Increase sales by 20% by March 31,"
                                   " 2027.\"").replace("20% ", "20%25 ")


def test_baseline_round_trip(tmp_path: Path) -> None:
    write(tmp_path / "plan.md", PLAN)
    code, _, err = cli("plan.md", "--write-baseline", "base.json", "--no-cache")
    assert code == 0 and "wrote 1 goal" in err
    assert cli("plan.md", "--baseline", "base.json", "--no-cache")[0] == 0
    write(tmp_path / "plan.md", PLAN + "- Grow revenue\n")
    code, out, _ = cli("plan.md", "--baseline", "base.json", "--no-cache", "-f", "text")
    assert code == 1 and out.startswith("plan.md:7:3:")


def test_directories_respect_globs_and_gitignore(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "plan.md", PLAN)
    write(tmp_path / "docs" / "skip.md", PLAN)
    write(tmp_path / "docs" / "code.py", "# Goals\n- Increase sales\n")
    write(tmp_path / "docs" / ".gitignore", "skip.md\n")
    _code, out, _ = cli("docs", "-f", "json", "--no-cache")
    assert json.loads(out)["files"] == ["docs/plan.md"]


def test_stdin(tmp_path: Path) -> None:
    code, out, _ = cli("-", "-f", "text", "--no-cache", stdin=PLAN)
    assert code == 1 and out.startswith("<stdin>:5:3: error S101")


# (file content, words of the one-line message)
HOSTILE = [
    (b"# Goals\n\n- Increase sales\x00\x01\x02" * 10, "binary file"),
    (b"# Goals\n\n- Increase sales \xff\xfe\n", "not valid UTF-8"),
    (b"a" * 6_000_000, "over the 2 MB limit"),
]


@pytest.mark.parametrize(("content", "message"), HOSTILE)
def test_hostile_files_get_one_clear_line(tmp_path: Path, content: bytes, message: str) -> None:
    write(tmp_path / "bad.md", content)
    write(tmp_path / "plan.md", PLAN)
    code, out, err = cli("bad.md", "plan.md", "-f", "text", "--no-cache")
    assert code == 2
    assert "goalsmith: error: bad.md: " in err and message in err
    assert "Traceback" not in err and out.startswith("plan.md:5:3:")  # the rest completes


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert cli("missing.md")[0] == 2
    write(tmp_path / "plan.md", PLAN)
    assert cli("plan.md", "--today", "tomorrow")[0] == 2
    write(tmp_path / "goalsmith.toml", "[lint]\nrequire = ['speed']\n")
    code, _, err = cli("plan.md")
    assert code == 2 and "unknown criterion 'speed'" in err


def test_file_without_goals_never_loads_spacy(tmp_path: Path) -> None:
    write(tmp_path / "readme.md", "# Install\n\nRun `pip install x`.\n\n- Increase the limit\n")
    script = ("import sys\nfrom goalsmith.cli import main\nsys.argv=['goalsmith','lint',"
              "'readme.md','--no-cache']\ntry:\n    main()\nexcept SystemExit as e:\n"
              "    assert e.code == 0, e.code\nassert 'spacy' not in sys.modules\n"
              "assert 'goalsmith.pipeline' not in sys.modules\nprint('clean')\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip().endswith("clean"), done.stderr


def test_hostile_documents_end_in_bounded_time(tmp_path: Path) -> None:
    # The real engine, in a subprocess, under a timeout: each ends with a result or one line.
    write(tmp_path / "line.md", "# Goals\n\n- " + "increase sales " * 700_000 + "\n")
    write(tmp_path / "long.md", "# Goals\n\n- " + "[a](" * 400_000 + "\n- Grow sales\n")
    write(tmp_path / "nested.md", "# Goals\n\n" + "".join(
        "  " * i + "- Increase sales\n" for i in range(300)))
    write(tmp_path / "quotes.md", "> " * 50_000 + "Increase sales\n")
    write(tmp_path / "junk.md", bytes(range(256)) * 1000)
    write(tmp_path / "latin1.md", "# Goals\n\n- Réduire le churn\n".encode("latin-1"))
    done = subprocess.run([sys.executable, "-m", "goalsmith", "lint", ".", "--no-cache",
                           "-f", "json", "--today", "2026-11-29"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    errors = {e["path"]: e["message"] for e in json.loads(done.stdout)["errors"]}
    assert errors["line.md"].startswith("file is 10.5 MB, over the 2 MB limit")
    assert errors["junk.md"].startswith("binary file")
    assert errors["latin1.md"].startswith("not valid UTF-8 (byte 0xe9 on line 3)")
    assert set(json.loads(done.stdout)["files"]) == {"long.md", "nested.md", "quotes.md"}
    # the overlong lines of the files that were read are reported, not skipped silently
    notices = {n["path"]: n["message"] for n in json.loads(done.stdout)["notices"]}
    assert set(notices) == {"long.md:3", "quotes.md:1"}
    assert notices["long.md:3"].startswith("line of 1,600,002 characters not read")


def test_an_overlong_line_is_noted_and_the_rest_of_the_file_is_linted(tmp_path: Path) -> None:
    write(tmp_path / "plan.md", "# Goals\n\n- " + "a" * 30_000 + "\n- Grow revenue\n")
    done = subprocess.run([sys.executable, "-m", "goalsmith", "lint", "plan.md", "--no-cache",
                           "--today", "2026-11-29"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "note: plan.md:3: line of 30,002 characters not read" in done.stderr
    assert "plan.md:4:3: error M101" in done.stdout


# (document, file name, the lines reported, the period each audited goal was given)
CONTEXTS = [
    # reStructuredText: a field list states the period; a simple table's Due cell wins
    (":Year: 2028\n\nGoals\n=====\n\n* Improve phonics\n\n=============  ====\nGoal           Due\n"
     "=============  ====\nCut the queue  ASAP\n=============  ====\n", "plan.rst",
     [6, 11], ["2028", "ASAP"]),
    # sentences of one paragraph are reported on their own lines
    ("# Plan 2028\n\n## Aims\n\nWe will grow the club.\nWe also want to look into a shop.\n",
     "plan.md", [5, 6], ["Plan 2028", "Plan 2028"]),
    # a results table of a past cycle is not audited at all
    ("# OKRs\n\n| KR | Target | Actual |\n|---|---|---|\n| Grow ARR | $1M | $0.8M |\n",
     "okrs.md", [], []),
]


@pytest.mark.parametrize(("doc", "name", "lines", "periods"), CONTEXTS)
def test_lines_and_periods_reach_the_engine(doc: str, name: str, lines: list[int],
                                            periods: list[str]) -> None:
    report = lint_text(doc, Settings(), LintOptions(use_cache=False), name=name)
    assert sorted({d.line for d in report.diagnostics}) == lines
    assert [c.period if c else None for _, c in lint_fakes.CALLS] == periods

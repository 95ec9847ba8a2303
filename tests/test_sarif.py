"""SARIF 2.1.0 output validates against the schema (a subset committed in the repo)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from tests import lint_fakes

import goalsmith.api
import goalsmith.lint.engine as engine
from goalsmith.lint import LintOptions, lint_text
from goalsmith.lint.files import FileError
from goalsmith.report.diagnostics import sarif_log
from goalsmith.settings import Settings

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "lint" /
                     "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))
PLAN = "# Q1 2027 Plan\n\n## Goals\n\n- Increase sales\n- Grow revenue in EMEA by 10% by March\n"


@pytest.fixture
def report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(goalsmith.api, "audit_many", lint_fakes.fake_audit_many)
    monkeypatch.setattr(engine, "_period_resolver", lambda settings: None)
    return lint_text(PLAN, Settings(), LintOptions(use_cache=False), name="docs/my plan.md")


def validate(log: dict) -> None:  # type: ignore[type-arg]
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)


def test_sarif_validates_and_locates_each_result(report) -> None:  # type: ignore[no-untyped-def]
    log = sarif_log(report, "0.1.0", root=Path("/repo"))
    validate(log)
    run = log["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["S101", "M101"]
    region = run["results"][0]["locations"][0]["physicalLocation"]
    assert region["artifactLocation"] == {"uri": "docs/my%20plan.md", "uriBaseId": "%SRCROOT%"}
    assert region["region"] == {"startLine": 5, "startColumn": 3}
    rules = run["tool"]["driver"]["rules"]
    assert [rules[r["ruleIndex"]]["id"] for r in run["results"]] == ["S101", "M101"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///repo/"


def test_sarif_of_a_clean_run_with_errors_validates(report) -> None:  # type: ignore[no-untyped-def]
    report.diagnostics.clear()
    report.errors.append(FileError("bad.md", "binary file"))
    log = sarif_log(report, "0.1.0")
    validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert log["runs"][0]["results"] == []


def test_the_schema_rejects_what_sarif_forbids(report) -> None:  # type: ignore[no-untyped-def]
    log = sarif_log(report, "0.1.0")
    log["runs"][0]["results"][0]["level"] = "info"  # SARIF says "note"
    with pytest.raises(jsonschema.ValidationError):
        validate(log)

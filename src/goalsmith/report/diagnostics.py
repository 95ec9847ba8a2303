"""Renderers for lint diagnostics: text, rich, json, github and SARIF 2.1.0.

Each takes a :class:`goalsmith.lint.LintReport` and returns (or prints) the
chosen format; nothing here reads documents or judges goals.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from goalsmith.lint.engine import CRITERION_NAMES, Diagnostic, LintReport

LINT_SCHEMA = "goalsmith.lint/1"
SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/goalsmith/goalsmith"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _ordered(report: LintReport) -> list[Diagnostic]:
    # Stable: within a line, the engine's order (S, M, A, R, T) is kept.
    return sorted(report.diagnostics, key=lambda d: (d.path, d.line))


# ----------------------------------------------------------------- text


def format_text(report: LintReport) -> str:
    """``path:line:col: level rule message``, then the goal's rewrite on an indented line."""
    out: list[str] = []
    diagnostics = _ordered(report)
    for index, d in enumerate(diagnostics):
        out.append(f"{d.path}:{d.line}:{d.col}: {d.level} {d.rule} {d.message}")
        following = diagnostics[index + 1] if index + 1 < len(diagnostics) else None
        last_of_goal = following is None or (following.path, following.hash) != (d.path, d.hash)
        if last_of_goal and (d.rewrite or d.suggestion):
            hint = f'rewrite: "{d.rewrite}"' if d.rewrite else f"suggestion: {d.suggestion}"
            out.append(f"    {hint}")
    return "\n".join(out) + ("\n" if out else "")


def summary_line(report: LintReport) -> str:
    """One line for stderr: what was checked and found."""
    goals = len(report.goals)
    not_smart = sum(not g.smart for _, g in report.goals)
    parts = [f"{len(report.files)} file{'s' if len(report.files) != 1 else ''}",
             f"{goals} goal{'s' if goals != 1 else ''}", f"{not_smart} not SMART",
             f"{len(report.diagnostics)} diagnostic{'s' if len(report.diagnostics) != 1 else ''}"]
    if report.suppressed:
        parts.append(f"{report.suppressed} suppressed")
    if report.baselined:
        parts.append(f"{report.baselined} in the baseline")
    return "goalsmith lint: " + ", ".join(parts)


# ----------------------------------------------------------------- json


def lint_json(report: LintReport, settings: dict[str, Any], version: str) -> dict[str, Any]:
    """The versioned JSON document of a lint run."""
    return {
        "schema": LINT_SCHEMA,
        "version": version,
        "settings": settings,
        "files": report.files,
        "goals": [{"path": path, **_goal_dict(goal)} for path, goal in report.goals],
        "diagnostics": [d.to_dict() for d in _ordered(report)],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "notices": [{"path": n.path, "message": n.message} for n in report.notices],
        "summary": {
            "files": len(report.files), "goals": len(report.goals),
            "not_smart": sum(not g.smart for _, g in report.goals),
            "diagnostics": len(report.diagnostics),
            "by_level": {level: sum(d.level == level for d in report.diagnostics)
                         for level in ("error", "warning", "info")},
            "suppressed": report.suppressed, "baselined": report.baselined,
        },
    }


def _goal_dict(goal: Any) -> dict[str, Any]:
    return {"line": goal.line, "col": goal.col, "text": goal.text, "smart": goal.smart,
            "class": goal.goal_class, "hash": goal.hash, "found_by": goal.why,
            "deadline": goal.deadline, "deadline_source": goal.deadline_source,
            "owner_source": goal.owner_source, "rewrite": goal.rewrite,
            "failing": [p.rule for p in goal.problems]}


def format_json(report: LintReport, settings: dict[str, Any], version: str) -> str:
    return json.dumps(lint_json(report, settings, version), indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------- github


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: LintReport) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=…::…``."""
    out = []
    for d in _ordered(report):
        title = f"goalsmith {d.rule}"
        message = d.message
        if d.rewrite:
            message += f'\nRewrite: "{d.rewrite}"'
        out.append(f"::{_GITHUB_LEVEL[d.level]} file={_escape_property(d.path)},line={d.line},"
                   f"col={d.col},title={_escape_property(title)}::{_escape_data(message)}")
    for error in report.errors:
        out.append(f"::error file={_escape_property(error.path)},"
                   f"title=goalsmith::{_escape_data(error.message)}")
    return "\n".join(out) + ("\n" if out else "")


# ----------------------------------------------------------------- SARIF


def _rule_table() -> dict[str, Any]:
    try:
        from goalsmith.rules.registry import load_rules

        return dict(load_rules())
    except Exception:  # the rule table is documentation here; never fail a report over it
        return {}


def _sarif_rule(rule_id: str, known: dict[str, Any], sample: Diagnostic) -> dict[str, Any]:
    rule = known.get(rule_id)
    title = getattr(rule, "title", None) or CRITERION_NAMES.get(sample.criterion or "", rule_id)
    level = getattr(rule, "level", None) or sample.level
    criterion = getattr(rule, "criterion", None) or sample.criterion
    data: dict[str, Any] = {
        "id": rule_id,
        "name": "".join(word.capitalize() for word in str(title).replace("-", " ").split()),
        "shortDescription": {"text": str(title)},
        "defaultConfiguration": {"level": _SARIF_LEVEL.get(level, "warning")},
        "helpUri": f"{INFORMATION_URI}/blob/main/docs/rules.md#{rule_id.lower()}",
    }
    if criterion:
        data["properties"] = {"criterion": criterion, "tags": ["smart-goals", criterion]}
    return data


def _artifact_uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/")


def sarif_log(report: LintReport, version: str, root: Path | None = None) -> dict[str, Any]:
    """A SARIF 2.1.0 log of the run (one run, goalsmith as the tool)."""
    diagnostics = _ordered(report)
    known = _rule_table()
    rule_ids = sorted({d.rule for d in diagnostics})
    samples = {d.rule: d for d in reversed(diagnostics)}
    rules = [_sarif_rule(rule_id, known, samples[rule_id]) for rule_id in rule_ids]
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results = []
    for d in diagnostics:
        text = d.message + (f' Rewrite: "{d.rewrite}"' if d.rewrite else "")
        result: dict[str, Any] = {
            "ruleId": d.rule,
            "ruleIndex": index[d.rule],
            "level": _SARIF_LEVEL[d.level],
            "message": {"text": text},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _artifact_uri(d.path), "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": d.line, "startColumn": d.col},
            }}],
            "partialFingerprints": {"goalHash/v1": d.hash or "none"},
            "properties": {"goal": d.goal, "criterion": d.criterion, "rewrite": d.rewrite,
                           "suggestion": d.suggestion, "deadline": d.deadline,
                           "deadlineSource": d.deadline_source},
        }
        results.append(result)
    notifications = [{"level": level, "message": {"text": f"{e.path}: {e.message}"}}
                     for level, found in (("error", report.errors), ("note", report.notices))
                     for e in found]
    base = (root or Path.cwd()).resolve().as_uri().rstrip("/") + "/"
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "goalsmith", "version": version,
                            "semanticVersion": version, "informationUri": INFORMATION_URI,
                            "rules": rules}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": base}},
        "invocations": [{"executionSuccessful": not report.errors,
                         "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def format_sarif(report: LintReport, version: str) -> str:
    return json.dumps(sarif_log(report, version), indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------- rich


def print_rich(report: LintReport, console: Any) -> None:
    """Human output: per file, each goal that is not SMART with its problems and rewrite."""
    from rich.markup import escape

    styles = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    current_path = None
    current_goal = None
    pending_rewrite: str | None = None
    for d in _ordered(report):
        if d.path != current_path:
            if pending_rewrite:
                console.print(f"    [green]rewrite:[/] {escape(pending_rewrite)}")
                pending_rewrite = None
            console.print(f"\n[bold underline]{escape(d.path)}[/]")
            current_path, current_goal = d.path, None
        if d.hash != current_goal:
            if pending_rewrite:
                console.print(f"    [green]rewrite:[/] {escape(pending_rewrite)}")
            console.print(f"  [dim]line {d.line}[/] [bold]{escape(d.goal)}[/]")
            current_goal, pending_rewrite = d.hash, d.rewrite
        console.print(f"    [{styles[d.level]}]{d.level}[/] [dim]{d.rule}[/] {escape(d.message)}")
    if pending_rewrite:
        console.print(f"    [green]rewrite:[/] {escape(pending_rewrite)}")

"""The rule table: every finding's id, criterion, level, message and suggestion.

The table lives in ``data/rules.toml`` so a reader sees every rule in one place
(as Vale and markdownlint users expect). This module loads it, builds findings
from it, and renders it: as Markdown for ``docs/rules.md`` and as a plain table
for ``goalsmith rules``. Run ``python -m goalsmith.rules.registry [PATH]`` to
regenerate the docs page.
"""

from __future__ import annotations

import string
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from goalsmith.data import load_data
from goalsmith.goal import CharSpan
from goalsmith.verdict import CRITERIA, Finding

CRITERION_LETTERS = {"S": "specific", "M": "measurable", "A": "attainable",
                     "R": "relevant", "T": "time_bound"}
LEVEL_BY_DIGIT = {"1": "error", "2": "warning", "3": "info"}


@dataclass(frozen=True)
class Rule:
    id: str
    criterion: str
    level: str
    title: str
    message: str
    suggestion: str

    def fields(self) -> list[str]:
        """The template fields the message and suggestion use, in order of appearance."""
        names: list[str] = []
        for template in (self.message, self.suggestion):
            for _, name, _, _ in string.Formatter().parse(template):
                if name and name not in names:
                    names.append(name)
        return names


class _Blank(dict):  # type: ignore[type-arg]
    """A format mapping that leaves unknown fields visibly empty instead of raising."""

    def __missing__(self, key: str) -> str:
        return "…"


@lru_cache(maxsize=1)
def load_rules() -> dict[str, Rule]:
    """All rules by id, in table order; the table is checked for consistency."""
    rules: dict[str, Rule] = {}
    for row in load_data("rules")["rule"]:
        rule = Rule(id=row["id"], criterion=row["criterion"], level=row["level"],
                    title=row["title"], message=row["message"], suggestion=row["suggestion"])
        _check(rule, rules)
        rules[rule.id] = rule
    return rules


def _check(rule: Rule, seen: dict[str, Rule]) -> None:
    # The id scheme is the table's promise to readers; a typo would break it silently.
    if rule.id in seen:
        raise ValueError(f"duplicate rule id {rule.id}")
    if CRITERION_LETTERS.get(rule.id[:1]) != rule.criterion or rule.criterion not in CRITERIA:
        raise ValueError(f"rule {rule.id}: criterion {rule.criterion!r} does not match its id")
    if LEVEL_BY_DIGIT.get(rule.id[1:2]) != rule.level:
        raise ValueError(f"rule {rule.id}: level {rule.level!r} does not match its id")


def thresholds() -> dict[str, Any]:
    """Numbers the rules compare against (``[thresholds]`` in rules.toml)."""
    return dict(load_data("rules").get("thresholds", {}))


def section(name: str) -> dict[str, Any]:
    """Another table of rules.toml (``measurable``, ``rewrite``)."""
    return dict(load_data("rules").get(name, {}))


def make_finding(rule_id: str, span: CharSpan | None = None, **fields: Any) -> Finding:
    """A finding of ``rule_id`` with its message and suggestion filled from ``fields``."""
    rule = load_rules()[rule_id]
    values = _Blank({k: _show(v) for k, v in fields.items()})
    return Finding(rule=rule.id, criterion=rule.criterion, severity=rule.level,
                   message=rule.message.format_map(values), span=span,
                   suggestion=rule.suggestion.format_map(values))


def _show(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
    return str(value)


def rules_table() -> str:
    """A plain fixed-width table of every rule, for the ``goalsmith rules`` command."""
    rows = [("ID", "CRITERION", "LEVEL", "RULE")]
    rows += [(r.id, r.criterion, r.level, r.title) for r in load_rules().values()]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True))
             + "  " + row[3] for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown() -> str:
    """The whole ``docs/rules.md`` page: notes from rules.toml's ``[docs]`` plus the table."""
    docs = load_data("rules").get("docs", {})
    out = ["# Rules", "", "<!-- Generated from src/goalsmith/data/rules.toml by "
           "`python -m goalsmith.rules.registry`. Do not edit by hand. -->", ""]
    out += [docs.get("intro", "").strip(), ""]
    letters = {v: k for k, v in CRITERION_LETTERS.items()}
    for criterion in CRITERIA:
        title = criterion.replace("_", "-").capitalize()
        out += [f"## {letters[criterion]}: {title}", ""]
        out += ["| id | level | rule | message | suggestion |", "|---|---|---|---|---|"]
        for rule in load_rules().values():
            if rule.criterion == criterion:
                out.append(f"| `{rule.id}` | {rule.level} | {_cell(rule.title)} | "
                           f"{_cell(rule.message)} | {_cell(rule.suggestion)} |")
        out.append("")
    for heading, body in docs.get("sections", {}).items():
        out += [f"## {heading}", "", body.strip(), ""]
    return "\n".join(out).rstrip() + "\n"


def write_docs(path: Path) -> None:
    """Write :func:`rules_markdown` to ``path``."""
    path.write_text(rules_markdown(), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/rules.md")
    write_docs(target)
    print(f"wrote {target}")

"""Inline suppression comments, as markdownlint and ESLint users know them.

``<!-- goalsmith-disable-next-line [RULE…] -->``, ``goalsmith-disable-line``,
``goalsmith-disable`` / ``goalsmith-enable`` and ``goalsmith-disable-file``. In
reStructuredText the same words follow ``..``; in plain text ``#``. With no rule
ids a directive covers every rule. Directives inside fenced code blocks are
examples, not directives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIRECTIVE = re.compile(
    r"(?:<!--|^\s{0,8}\.\.|^\s{0,8}(?:#|//|%|;))\s{0,8}goalsmith-(?P<kind>disable-next-line|"
    r"disable-line|disable-file|disable|enable)\b(?P<rules>[^\n]{0,200}?)\s*(?:-->|$)",
    re.IGNORECASE)
_RULE_ID = re.compile(r"\b[SMART]\d{3}\b", re.IGNORECASE)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")

ALL = None  # a directive with no rule ids covers every rule


@dataclass
class Suppressions:
    """Which rules are silenced on which lines of one document."""

    file_rules: set[str] | None = field(default_factory=set)  # None: the whole file
    lines: dict[int, set[str] | None] = field(default_factory=dict)
    ranges: list[tuple[int, int, set[str] | None]] = field(default_factory=list)

    @property
    def whole_file(self) -> bool:
        return self.file_rules is None

    def covers(self, line: int, rule: str) -> bool:
        """Whether ``rule`` is silenced on ``line`` (1-based)."""
        rule = rule.upper()
        if _covers(self.file_rules, rule, empty_means_none=True):
            return True
        if line in self.lines and _covers(self.lines[line], rule):
            return True
        return any(start <= line <= end and _covers(rules, rule)
                   for start, end, rules in self.ranges)


def _covers(rules: set[str] | None, rule: str, empty_means_none: bool = False) -> bool:
    if rules is None:
        return True
    if empty_means_none and not rules:
        return False
    return rule in rules


def _merge(old: set[str] | None, new: set[str] | None) -> set[str] | None:
    if old is None or new is None:
        return None
    return old | new


def parse_suppressions(text: str, fmt: str = "markdown") -> Suppressions:
    """The suppression directives of a document."""
    found = Suppressions()
    lines = text.split("\n")
    open_ranges: list[tuple[int, set[str] | None]] = []
    in_fence = False
    for number, raw in enumerate(lines, start=1):
        if fmt == "markdown" and _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence or "goalsmith-" not in raw.lower():
            continue
        for match in _DIRECTIVE.finditer(raw[:2000]):
            kind = match.group("kind").lower()
            ids = {r.upper() for r in _RULE_ID.findall(match.group("rules"))}
            rules: set[str] | None = ids or ALL
            if kind == "disable-file":
                if found.file_rules is not None:
                    found.file_rules = rules if rules is None else found.file_rules | rules
            elif kind == "disable-line":
                found.lines[number] = _merge(found.lines.get(number, set()), rules)
            elif kind == "disable-next-line":
                target = _next_content_line(lines, number)
                found.lines[target] = _merge(found.lines.get(target, set()), rules)
            elif kind == "disable":
                open_ranges.append((number, rules))
            elif kind == "enable":
                # "enable" closes every open range (ids, if any, close only matching ones).
                still_open = []
                for start, open_rules in open_ranges:
                    if ids and open_rules is not None and not open_rules & ids:
                        still_open.append((start, open_rules))
                    else:
                        found.ranges.append((start, number, open_rules))
                open_ranges = still_open
    for start, rules in open_ranges:
        found.ranges.append((start, len(lines) + 1, rules))
    return found


def _next_content_line(lines: list[str], number: int) -> int:
    for index in range(number, min(len(lines), number + 50)):
        if lines[index].strip():
            return index + 1
    return number + 1

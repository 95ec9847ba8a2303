"""The lint run: files -> goal candidates -> audits -> diagnostics.

Per file: read it safely (size limit, binary and encoding checks), look the
result up in the cache, else find the goal candidates; only when some file has
candidates is the NLP pipeline loaded, once, and every candidate of every file
audited in one stream. Then configuration (required criteria, rule levels),
suppressions and the baseline turn per-goal results into diagnostics.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from goalsmith.lint.baseline import goal_hash
from goalsmith.lint.cache import ResultCache, cache_key, code_stamp
from goalsmith.lint.files import FileError, SourceFile, read_source
from goalsmith.lint.suppression import parse_suppressions
from goalsmith.settings import Settings
from goalsmith.sources.documents import (
    MAX_LINE_CHARS,
    Candidate,
    PeriodHint,
    document_format,
    find_candidates,
    overlong_lines,
)
from goalsmith.verdict import CRITERIA

LEVELS = ("error", "warning", "info")
LEVEL_RANK = {"error": 3, "warning": 2, "info": 1}
CRITERION_NAMES = {"specific": "Specific", "measurable": "Measurable",
                   "attainable": "Attainable", "relevant": "Relevant",
                   "time_bound": "Time-bound"}
_CRITERION_ALIASES = {"s": "specific", "m": "measurable", "a": "attainable", "r": "relevant",
                      "t": "time_bound", "time-bound": "time_bound", "timebound": "time_bound",
                      "time": "time_bound", **{c: c for c in CRITERIA}}
_LINT_KEYS = {"include", "exclude", "goal_headings", "quiet_headings", "require", "rules",
              "fail_level", "max_file_size", "group", "cache"}


class LintConfigError(ValueError):
    """A ``[lint]`` setting that cannot be used."""


@dataclass(frozen=True)
class LintOptions:
    """How to lint: the ``[lint]`` table plus flags."""

    include: tuple[str, ...] = ("*.md", "*.markdown", "*.rst", "*.txt")
    exclude: tuple[str, ...] = ()
    goal_headings: tuple[str, ...] = ()
    quiet_headings: tuple[str, ...] = ()
    require: tuple[str, ...] = CRITERIA  # criteria whose failure is reported
    rule_levels: tuple[tuple[str, str], ...] = ()  # rule id -> error|warning|info|off
    fail_level: str = "error"
    group: bool = False
    max_file_size: int = 2_000_000  # the block parser is linear but not cheap on junk
    use_cache: bool = True
    cache_dir: Path = Path(".goalsmith_cache")
    baseline: frozenset[str] = frozenset()

    @classmethod
    def from_config(cls, table: dict[str, Any], **flags: Any) -> LintOptions:
        """Options from a ``[lint]`` table; ``None`` flags leave the table's value."""
        unknown = sorted(set(table) - _LINT_KEYS)
        if unknown:
            raise LintConfigError("unknown [lint] setting: " + ", ".join(unknown))
        values: dict[str, Any] = {}
        for key in ("include", "exclude", "goal_headings", "quiet_headings"):
            if key in table:
                values[key] = _strings(table[key], key)
        if "require" in table:
            values["require"] = _criteria(table["require"])
        if "rules" in table:
            values["rule_levels"] = _rule_levels(table["rules"])
        if "fail_level" in table:
            values["fail_level"] = _level(table["fail_level"], "fail_level")
        if "group" in table:
            values["group"] = bool(table["group"])
        if "max_file_size" in table:
            values["max_file_size"] = int(table["max_file_size"])
        if "cache" in table:
            values["use_cache"] = bool(table["cache"])
        values.update({k: v for k, v in flags.items() if v is not None})
        return cls(**values)

    def level_of(self, rule: str, default: str) -> str:
        return dict(self.rule_levels).get(rule.upper(), default)


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise LintConfigError(f"[lint] {key} must be a list of strings")
    return tuple(str(v) for v in value)


def _criteria(value: Any) -> tuple[str, ...]:
    names = []
    for item in _strings(value, "require"):
        name = _CRITERION_ALIASES.get(item.strip().lower())
        if name is None:
            raise LintConfigError(f"[lint] require: unknown criterion {item!r} "
                                  "(use specific, measurable, attainable, relevant, time_bound)")
        names.append(name)
    return tuple(c for c in CRITERIA if c in names)


def _level(value: Any, key: str) -> str:
    level = str(value).lower()
    if level not in LEVELS:
        raise LintConfigError(f"[lint] {key} must be error, warning or info, not {value!r}")
    return level


def _rule_levels(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise LintConfigError("[lint] rules must be a table such as { T101 = \"warning\" }")
    levels = []
    for rule, level in value.items():
        level = str(level).lower()
        if level not in (*LEVELS, "off"):
            raise LintConfigError(f"[lint] rules.{rule} must be error, warning, info or off")
        levels.append((str(rule).upper(), level))
    return tuple(sorted(levels))


# ----------------------------------------------------------------- results


@dataclass(frozen=True)
class Problem:
    """Why one criterion of one goal fails (cached, before configuration)."""

    criterion: str
    rule: str
    severity: str
    message: str
    suggestion: str | None
    line: int
    col: int


@dataclass(frozen=True)
class GoalResult:
    """One goal of a document, audited (the cached unit)."""

    text: str
    line: int
    col: int
    smart: bool
    goal_class: str
    hash: str
    why: str
    deadline: str | None = None
    deadline_source: str | None = None
    owner_source: str | None = None
    rewrite: str | None = None
    problems: tuple[Problem, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["problems"] = [asdict(p) for p in self.problems]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoalResult:
        problems = tuple(Problem(**p) for p in data.get("problems", ()))
        return cls(**{**data, "problems": problems})


@dataclass(frozen=True)
class Diagnostic:
    """One reported problem at ``path:line:col``."""

    path: str
    line: int
    col: int
    rule: str
    level: str
    message: str
    goal: str
    criterion: str | None = None
    suggestion: str | None = None
    rewrite: str | None = None
    hash: str = ""
    rules: tuple[str, ...] = ()  # with --group: every failing rule
    deadline: str | None = None
    deadline_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rules"] = list(self.rules or (self.rule,))
        return data


@dataclass
class LintReport:
    """Everything one run found."""

    files: list[str] = field(default_factory=list)
    goals: list[tuple[str, GoalResult]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    # Parts of linted files that were not read (overlong lines): the file still counts.
    notices: list[FileError] = field(default_factory=list)
    suppressed: int = 0
    baselined: int = 0
    cached_files: int = 0

    def failing(self, fail_level: str) -> list[Diagnostic]:
        floor = LEVEL_RANK[fail_level]
        return [d for d in self.diagnostics if LEVEL_RANK[d.level] >= floor]


# ----------------------------------------------------------------- the run


def lint_paths(paths: Sequence[SourceFile], settings: Settings,
               options: LintOptions) -> LintReport:
    """Lint already-collected sources (see :func:`goalsmith.lint.files.collect_sources`)."""
    report = LintReport()
    cache = ResultCache(options.cache_dir, options.use_cache)
    fingerprint = _fingerprint(settings, options)
    pending: list[tuple[str, str, list[Candidate], str]] = []  # display, key, cands, text
    done: dict[str, list[GoalResult]] = {}
    texts: dict[str, tuple[str, str]] = {}
    for source in paths:
        loaded = read_source(source, options.max_file_size)
        if isinstance(loaded, FileError):
            report.errors.append(loaded)
            continue
        text, raw = loaded
        fmt = document_format(source.name)
        report.files.append(source.display)
        report.notices += _overlong_notices(source.display, text)
        texts[source.display] = (text, fmt)
        key = cache_key(raw, fmt, fingerprint)
        hit = cache.get(key)
        if isinstance(hit, list):
            report.cached_files += 1
            done[source.display] = [GoalResult.from_dict(g) for g in hit]
            continue
        if parse_suppressions(text, fmt).whole_file:
            done[source.display] = []
            continue
        candidates = find_candidates(text, fmt, options.goal_headings, options.quiet_headings)
        if not candidates:
            done[source.display] = []
            cache.put(key, [])
            continue
        pending.append((source.display, key, candidates, text))
    if pending:
        _audit_pending(pending, settings, cache, done)
    for display in report.files:
        text, fmt = texts[display]
        _report_file(report, display, done.get(display, []), text, fmt, options)
    return report


def _overlong_notices(display: str, text: str, shown: int = 3) -> list[FileError]:
    """One notice per overlong line (the first few, then a count), so nothing is skipped
    without a word."""
    lines = overlong_lines(text)
    notices = [FileError(f"{display}:{number}", f"line of {length:,} characters not read "
                         f"(over the {MAX_LINE_CHARS:,}-character limit for a goal line)")
               for number, length in lines[:shown]]
    if len(lines) > shown:
        notices.append(FileError(display, f"{len(lines) - shown} more overlong lines not read"))
    return notices


def lint_text(text: str, settings: Settings, options: LintOptions,
              name: str = "<stdin>") -> LintReport:
    """Lint one document given as text (stdin, tests)."""
    source = SourceFile(name=name, display=name, data=text.encode("utf-8"))
    return lint_paths([source], settings, options)


def _fingerprint(settings: Settings, options: LintOptions) -> str:
    from goalsmith import __version__

    described = settings.describe()
    described.pop("config_path", None)
    return json.dumps([__version__, code_stamp(), described, options.goal_headings,
                       options.quiet_headings], sort_keys=True, default=str)


def _audit_pending(pending: list[tuple[str, str, list[Candidate], str]], settings: Settings,
                   cache: ResultCache, done: dict[str, list[GoalResult]]) -> None:
    # The only place the engine is touched: spaCy loads here, and only when needed.
    from goalsmith.api import audit_many
    from goalsmith.verdict import GoalContext

    resolver = _period_resolver(settings)

    def items() -> Iterable[tuple[str, GoalContext]]:
        for _, _, candidates, _ in pending:
            for cand in candidates:
                period = _nearest_period(cand.periods, resolver)
                yield cand.text, GoalContext(
                    owner=cand.owner, owner_source=cand.owner_source,
                    period=period.text if period else None,
                    period_source=period.source if period else None)

    audits = audit_many(items(), settings=settings)
    for display, key, candidates, _ in pending:
        judged = [(cand, next(audits)) for cand in candidates]
        results = [_goal_result(cand, audit) for cand, audit in judged
                   if not (cand.tentative and _concrete(audit))]
        done[display] = results
        cache.put(key, [r.to_dict() for r in results])


def _concrete(audit: Any) -> bool:
    """Whether an audit finds a specific outcome: for a tentative candidate, a task rather
    than a goal (a task may still fail M: "Open a ticket" reads "ticket" as a measure)."""
    return audit.criteria["specific"].verdict != "fail"


def _period_resolver(settings: Settings) -> Any:
    try:
        from goalsmith.pipeline import timex
    except ImportError:  # the calendar layer is missing: let the rules decide
        return None

    def resolves(text: str) -> bool:
        try:
            frame = timex.resolve_period(text, settings.today, settings.fiscal_year_start)
        except (ValueError, TypeError, OverflowError, AttributeError):
            return False
        return frame is not None and getattr(frame, "end", None) is not None

    return resolves


def _nearest_period(hints: tuple[PeriodHint, ...], resolves: Any) -> PeriodHint | None:
    """The nearest stated period that is a period at all (a meeting date is not); a
    goal's own time (a Due cell) counts even when vague, so that it fails T."""
    for hint in hints:
        if resolves is None or hint.own or resolves(hint.text):
            return hint
    return None


_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _goal_result(cand: Candidate, audit: Any) -> GoalResult:
    problems = []
    if not audit.smart:
        for criterion in CRITERIA:
            if audit.criteria[criterion].verdict != "fail":
                continue
            findings = sorted((f for f in audit.findings if f.criterion == criterion),
                              key=lambda f: _SEVERITY_ORDER.get(f.severity, 3))
            if findings:
                f = findings[0]
                line, col = cand.position(f.span[0] if f.span else None)
                problems.append(Problem(criterion, f.rule, f.severity, f.message, f.suggestion,
                                        line, col))
            else:  # a fail always has a finding; stay safe if the rules ever miss one
                problems.append(Problem(criterion, criterion[0].upper() + "100", "error",
                                        f"The goal is not {CRITERION_NAMES[criterion]}.", None,
                                        cand.line, cand.col))
    judgement = audit.judgement
    deadline = judgement.deadline.isoformat() if judgement.deadline else None
    return GoalResult(
        text=cand.text, line=cand.line, col=cand.col, smart=bool(audit.smart),
        goal_class=audit.goal_class, hash=goal_hash(cand.text), why=cand.why,
        deadline=deadline, deadline_source=judgement.deadline_source,
        owner_source=judgement.owner_source or cand.owner_source,
        rewrite=audit.rewrite.text if audit.rewrite else None, problems=tuple(problems))


def _report_file(report: LintReport, display: str, goals: list[GoalResult], text: str,
                 fmt: str, options: LintOptions) -> None:
    suppressions = parse_suppressions(text, fmt) if goals else None
    for goal in goals:
        report.goals.append((display, goal))
        diagnostics = []
        for problem in goal.problems:
            if problem.criterion not in options.require:
                continue
            level = options.level_of(problem.rule, problem.severity)
            if level == "off":
                continue
            if suppressions is not None and (suppressions.covers(goal.line, problem.rule)
                                             or suppressions.covers(problem.line, problem.rule)):
                report.suppressed += 1
                continue
            diagnostics.append(Diagnostic(
                path=display, line=problem.line, col=problem.col, rule=problem.rule,
                level=level, message=problem.message, goal=goal.text,
                criterion=problem.criterion, suggestion=problem.suggestion,
                rewrite=goal.rewrite, hash=goal.hash, deadline=goal.deadline,
                deadline_source=goal.deadline_source))
        if diagnostics and goal.hash in options.baseline:
            report.baselined += len(diagnostics)
            continue
        if options.group and diagnostics:
            diagnostics = [_grouped(goal, diagnostics)]
        report.diagnostics.extend(diagnostics)


def _grouped(goal: GoalResult, diagnostics: list[Diagnostic]) -> Diagnostic:
    worst = max(diagnostics, key=lambda d: LEVEL_RANK[d.level])
    names = ", ".join(CRITERION_NAMES.get(d.criterion or "", d.rule) for d in diagnostics)
    details = " ".join(f"[{d.rule}] {d.message}" for d in diagnostics)
    return Diagnostic(
        path=worst.path, line=goal.line, col=goal.col, rule=diagnostics[0].rule,
        level=worst.level, message=f"Not SMART (not {names}). {details}", goal=goal.text,
        criterion=None, suggestion=diagnostics[0].suggestion, rewrite=goal.rewrite,
        hash=goal.hash, rules=tuple(d.rule for d in diagnostics), deadline=goal.deadline,
        deadline_source=goal.deadline_source)

"""The annotated goal corpus: markup parser, builder, validator and loader.

Sources are hand-written JSONL files under ``corpus/source/`` (one sentence per line,
spans written inline as ``[span text]{LABEL}``). ``build`` turns them into
``corpus/goals.jsonl`` with plain text, character-offset spans, the fixed
train/dev/test split and the SMART verdicts; ``check`` validates sources and the
built file; ``stats`` prints a Markdown table of counts. Training and evaluation code
read the corpus through :func:`load_corpus`.

Command line::

    python -m goalsmith.corpus build    # rewrite corpus/goals.jsonl from the sources
    python -m goalsmith.corpus check    # validate; exit 1 with one line per problem
    python -m goalsmith.corpus stats    # counts per domain, split and goal/not-goal
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from goalsmith.goal import TARGET_KINDS

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO_ROOT / "corpus"
SOURCE_DIR = CORPUS_DIR / "source"
BUILT_FILE = CORPUS_DIR / "goals.jsonl"

TODAY = "2026-11-29"  # the reference date every label in the corpus was judged against
LABELS = ("ACTION", "METRIC", "TARGET", "BASELINE", "DEADLINE", "CADENCE", "ACTOR", "SCOPE",
          "REASON")
CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
VERDICT_VALUES = ("pass", "fail", "unknown")
SPLITS = ("train", "dev", "test")
DOMAINS = ("sales", "marketing", "customer_success", "revops", "finance", "engineering",
           "product", "hr", "operations", "education", "health", "personal")
COMPARATORS = ("at_least", "at_most")
TARGET_KEYS = ("kind", "value", "unit", "currency", "comparator", "low", "high", "baseline")

# "S+ M+ A? R? T-": the five criteria in order, each with + (pass), - (fail) or ? (unknown).
_VERDICT_RE = re.compile(r"S([+?-]) M([+?-]) A([+?-]) R([+?-]) T([+?-])")
_MARK = {"+": "pass", "-": "fail", "?": "unknown"}
_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WS_RE = re.compile(r"\s+")
_LABEL_RE = re.compile(r"\{([A-Z_]{1,20})\}")


class MarkupError(ValueError):
    """The inline span markup of a source sentence is malformed."""


@dataclass(frozen=True)
class CorpusSpan:
    """One annotated span: ``text[start:end]`` carries ``label``."""

    start: int
    end: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass(frozen=True)
class CorpusItem:
    """One sentence of the built corpus (a goal with its labels, or a not-goal)."""

    id: str
    text: str
    spans: tuple[CorpusSpan, ...]
    goal: bool
    split: str
    domain: str | None
    verdicts: dict[str, str] | None = None
    smart: bool | None = None
    deadline: str | None = None
    targets: tuple[dict[str, Any], ...] = ()
    today: str | None = None
    fiscal_year_start: int | None = None
    note: str | None = None
    source: str = ""  # "file.jsonl:line" the item was built from, for error messages
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "text": self.text, "spans": [s.to_dict() for s in self.spans],
            "goal": self.goal, "split": self.split, "domain": self.domain,
        }
        if self.goal:
            out.update({
                "verdicts": self.verdicts, "smart": self.smart, "deadline": self.deadline,
                "targets": list(self.targets), "today": self.today,
                "fiscal_year_start": self.fiscal_year_start,
            })
        if self.note:
            out["note"] = self.note
        out["source"] = self.source
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CorpusItem:
        spans = tuple(CorpusSpan(int(s["start"]), int(s["end"]), str(s["label"]))
                      for s in data.get("spans", []))
        return cls(
            id=str(data.get("id", "")), text=str(data.get("text", "")), spans=spans,
            goal=bool(data.get("goal")), split=str(data.get("split", "")),
            domain=data.get("domain"), verdicts=data.get("verdicts"), smart=data.get("smart"),
            deadline=data.get("deadline"), targets=tuple(data.get("targets") or ()),
            today=data.get("today"), fiscal_year_start=data.get("fiscal_year_start"),
            note=data.get("note"), source=str(data.get("source", "")),
        )


# --------------------------------------------------------------------------- markup

def parse_markup(markup: str) -> tuple[str, list[CorpusSpan]]:
    """Plain text and spans from ``[span text]{LABEL}`` markup.

    ``\\[ \\] \\{ \\} \\\\`` are literal characters. Unescaped brackets or braces
    anywhere but in a well-formed annotation are errors, so a typo in the markup
    cannot silently become text.
    """
    out: list[str] = []
    spans: list[CorpusSpan] = []
    span_start: int | None = None
    i, n = 0, len(markup)
    while i < n:
        ch = markup[i]
        if ch == "\\":
            if i + 1 >= n or markup[i + 1] not in "[]{}\\":
                raise MarkupError(f"bad escape at {i}: only \\[ \\] \\{{ \\}} \\\\ are allowed")
            out.append(markup[i + 1])
            i += 2
            continue
        if ch == "[":
            if span_start is not None:
                raise MarkupError(f"nested '[' at {i}")
            span_start = len("".join(out))
            i += 1
            continue
        if ch == "]":
            if span_start is None:
                raise MarkupError(f"unescaped ']' at {i} outside a span")
            match = _LABEL_RE.match(markup, i + 1)
            if match is None:
                raise MarkupError(f"span closed at {i} without a {{LABEL}}")
            label = match.group(1)
            if label not in LABELS:
                raise MarkupError(f"unknown label {label!r} at {i + 1}")
            text_so_far = "".join(out)
            span_text = text_so_far[span_start:]
            if not span_text.strip():
                raise MarkupError(f"empty span before {i}")
            if span_text != span_text.strip():
                raise MarkupError(f"span {span_text!r} starts or ends with whitespace")
            spans.append(CorpusSpan(span_start, len(text_so_far), label))
            span_start = None
            i = match.end()
            continue
        if ch in "{}":
            raise MarkupError(f"unescaped {ch!r} at {i} outside an annotation")
        out.append(ch)
        i += 1
    if span_start is not None:
        raise MarkupError("a '[' is never closed")
    return "".join(out), spans


# --------------------------------------------------------------------------- splits and ids

def normalise(text: str) -> str:
    """The form duplicates and leakage are judged on: casefolded, whitespace collapsed."""
    return _WS_RE.sub(" ", text.casefold()).strip()


def _digest(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def assign_split(text: str) -> str:
    """The fixed split of a sentence: 70/15/15 by the sha1 of its normalised text.

    A stable hash (not Python's salted ``hash()``) keeps the split identical across
    runs, machines and edits elsewhere in the corpus.
    """
    bucket = int(_digest(text)[:8], 16) % 100
    if bucket < 70:
        return "train"
    return "dev" if bucket < 85 else "test"


def item_id(text: str, goal: bool) -> str:
    """A stable id from the text: ``g-`` for goals, ``n-`` for not-goals."""
    return ("g-" if goal else "n-") + _digest(text)[:12]


# --------------------------------------------------------------------------- sources

def parse_verdicts(value: Any) -> dict[str, str]:
    """``"S+ M+ A? R? T-"`` as ``{"specific": "pass", ...}``; raises ValueError."""
    match = _VERDICT_RE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"verdicts {value!r} is not like 'S+ M+ A? R? T-'")
    return {crit: _MARK[mark] for crit, mark in zip(CRITERIA, match.groups(), strict=True)}


def is_smart(verdicts: dict[str, str]) -> bool:
    """RUBRIC.md: S, M, A and T pass, and R is not a fail."""
    return (all(verdicts[c] == "pass" for c in ("specific", "measurable", "attainable",
                                                 "time_bound"))
            and verdicts["relevant"] != "fail")


def _file_domain(path: Path) -> str | None:
    stem = path.stem
    return stem[len("goals-"):] if stem.startswith("goals-") else None


def record_to_item(record: dict[str, Any], source: str, file_domain: str | None) -> CorpusItem:
    """One source record as a built item; raises ValueError (or MarkupError) when malformed."""
    if not isinstance(record, dict):
        raise ValueError("line is not a JSON object")
    if not isinstance(record.get("markup"), str):
        raise ValueError("missing 'markup' string")
    if not isinstance(record.get("goal"), bool):
        raise ValueError("'goal' must be true or false")
    text, spans = parse_markup(record["markup"])
    goal = record["goal"]
    domain = record.get("domain", file_domain)
    common = {"id": item_id(text, goal), "text": text, "spans": tuple(spans), "goal": goal,
              "split": assign_split(text), "domain": domain, "note": record.get("note"),
              "source": source}
    if not goal:
        return CorpusItem(**common)
    verdicts = parse_verdicts(record.get("verdicts"))
    return CorpusItem(
        **common, verdicts=verdicts, smart=is_smart(verdicts),
        deadline=record.get("deadline"), targets=tuple(record.get("targets") or ()),
        today=TODAY, fiscal_year_start=record.get("fiscal_year_start", 1),
    )


def load_sources(source_dir: Path = SOURCE_DIR) -> tuple[list[CorpusItem], list[str]]:
    """Every source sentence as an item, in file then line order, plus parse problems."""
    items: list[CorpusItem] = []
    problems: list[str] = []
    for path in sorted(source_dir.glob("*.jsonl")):
        file_domain = _file_domain(path)
        if file_domain is not None and file_domain not in DOMAINS:
            problems.append(f"{path.name}: file name names unknown domain {file_domain!r}")
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            where = f"{path.name}:{number}"
            if not line.strip():
                continue
            try:
                item = record_to_item(json.loads(line), where, file_domain)
            except (ValueError, TypeError) as err:  # JSONDecodeError and MarkupError too
                problems.append(f"{where}: {err}")
                continue
            if file_domain is not None and item.domain != file_domain:
                problems.append(f"{where}: domain {item.domain!r} in a file for {file_domain!r}")
            items.append(item)
    return items, problems


def render(items: Iterable[CorpusItem]) -> str:
    """The exact content of goals.jsonl for these items (stable key order, UTF-8)."""
    return "".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in items)


# --------------------------------------------------------------------------- validation

def _check_spans(item: CorpusItem) -> list[str]:
    problems: list[str] = []
    previous_end = -1
    for span in sorted(item.spans, key=lambda s: (s.start, s.end)):
        if span.label not in LABELS:
            problems.append(f"unknown label {span.label!r}")
        if not 0 <= span.start < span.end <= len(item.text):
            problems.append(f"span {span.start}-{span.end} is outside the text")
            continue
        if span.start < previous_end:
            problems.append(f"span {span.start}-{span.end} overlaps the one before")
        previous_end = max(previous_end, span.end)
        covered = item.text[span.start:span.end]
        if covered != covered.strip():
            problems.append(f"span {covered!r} does not match the text's word edges")
        if span.label == "ACTOR" and _ACTOR_OPENER_RE.search(item.text, 0, span.start):
            problems.append(f"ACTOR span {covered!r} leaves out its owner label or 'every'/'each'"
                            " (the guide marks the whole mention: 'Owner: Maria', 'Every AE')")
        opener = _LEADING_WORD_RE.match(covered)
        if opener is not None and opener.group(1).lower() in _LEFT_OUT.get(span.label, ()):
            problems.append(f"{span.label} span {covered!r} opens with {opener.group(1)!r}, "
                            "which the guide leaves outside (corpus/README.md, span boundaries)")
        if span.label == "METRIC" and _ARTICLE_BEFORE_RE.search(item.text, 0, span.start) \
                and not any(o.start < span.start < o.end for o in item.spans):
            problems.append(f"METRIC span {covered!r} leaves out its article or possessive "
                            "(corpus/README.md, span boundaries: 'a win rate of 30%')")
    return problems


# The words the guide keeps at the head of a METRIC span when they come right before it.
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|(?<=\s))(?:a|an|the|my|our|their|your|its|his|her) \Z",
                                re.IGNORECASE)

# First words the guide's span boundaries leave outside a span: the word linking a metric to
# its number or verb, the comparative that is the change itself, and an owner's article.
_LEFT_OUT = {"METRIC": frozenset(("in", "of", "to", "for", "on", "into", "more", "fewer", "less")),
             "ACTOR": frozenset(("the",))}
_LEADING_WORD_RE = re.compile(r"(\w+)\s")

# What the guide puts inside an ACTOR span when it comes right before the owner's name.
_ACTOR_OPENER_RE = re.compile(r"(?:\b(?:owners?|dri|lead)[ \t]*:|\b(?:every|each))[ \t]*\Z",
                              re.IGNORECASE)


def _check_target(target: Any) -> list[str]:
    if not isinstance(target, dict):
        return [f"target {target!r} is not an object"]
    problems = [f"target has unknown key {key!r}" for key in target if key not in TARGET_KEYS]
    if target.get("kind") not in TARGET_KINDS:
        problems.append(f"target kind {target.get('kind')!r} is not one of {TARGET_KINDS}")
    for key in ("value", "low", "high", "baseline"):
        value = target.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            problems.append(f"target {key} {value!r} is not a number")
    if target.get("comparator") not in (None, *COMPARATORS):
        problems.append(f"target comparator {target.get('comparator')!r} is not valid")
    low, high = target.get("low"), target.get("high")
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        problems.append(f"target range {low}-{high} is reversed")
    if target.get("kind") != "placeholder" and target.get("value") is None and low is None:
        problems.append("target has no value")
    return problems


def _check_deadline(item: CorpusItem) -> list[str]:
    deadline, verdicts = item.deadline, item.verdicts or {}
    if deadline is None:
        return (["time_bound passes but the deadline is null"]
                if verdicts.get("time_bound") == "pass" else [])
    if not isinstance(deadline, str) or not _ISO_RE.fullmatch(deadline):
        return [f"deadline {deadline!r} is not an ISO date or null"]
    try:
        day = date.fromisoformat(deadline)
    except ValueError:
        return [f"deadline {deadline!r} is not a real date"]
    if day < date.fromisoformat(item.today or TODAY) and verdicts.get("time_bound") == "pass":
        return [f"deadline {deadline} is past but time_bound passes"]
    return []


def _check_goal_fields(item: CorpusItem) -> list[str]:
    if not item.goal:
        return (["a not-goal carries verdicts or targets"]
                if item.verdicts or item.targets or item.deadline else [])
    problems: list[str] = []
    verdicts = item.verdicts
    if not isinstance(verdicts, dict) or sorted(verdicts) != sorted(CRITERIA):
        return [f"verdicts {verdicts!r} must give exactly {CRITERIA}"]
    problems += [f"verdict {crit}={value!r} is not one of {VERDICT_VALUES}"
                 for crit, value in verdicts.items() if value not in VERDICT_VALUES]
    if problems:
        return problems
    if item.smart != is_smart(verdicts):
        problems.append("'smart' does not follow from the verdicts")
    problems += _check_deadline(item)
    for target in item.targets:
        problems += _check_target(target)
    labels = {span.label for span in item.spans}
    # The labels and the spans must tell one story: a stated deadline or target is marked.
    if item.deadline is not None and "DEADLINE" not in labels:
        problems.append("a deadline is given but no DEADLINE span marks it")
    if item.targets and not labels & {"TARGET", "BASELINE"}:
        problems.append("targets are given but no TARGET span marks them")
    if item.fiscal_year_start not in range(1, 13):
        problems.append(f"fiscal_year_start {item.fiscal_year_start!r} is not 1..12")
    return problems


def validate_items(items: Sequence[CorpusItem]) -> list[str]:
    """Every problem in these items, one line each (an empty list means valid)."""
    problems: list[str] = []
    first_seen: dict[str, CorpusItem] = {}
    for item in items:
        where = item.source or item.id
        own = _check_spans(item) + _check_goal_fields(item)
        if item.domain not in DOMAINS:
            own.append(f"domain {item.domain!r} is not one of {DOMAINS}")
        if item.split not in SPLITS:
            own.append(f"split {item.split!r} is not one of {SPLITS}")
        elif item.split != assign_split(item.text):
            own.append(f"split {item.split!r} is not the one its hash assigns")
        problems += [f"{where}: {problem}" for problem in own]
        key = normalise(item.text)
        earlier = first_seen.get(key)
        if earlier is None:
            first_seen[key] = item
        elif earlier.split != item.split:
            problems.append(f"{where}: leakage: same text in {earlier.split} "
                            f"({earlier.source or earlier.id}) and {item.split}")
        else:
            problems.append(f"{where}: duplicate of {earlier.source or earlier.id}")
    return problems


def check(source_dir: Path = SOURCE_DIR, built_file: Path = BUILT_FILE) -> list[str]:
    """Validate the sources and confirm the built file is exactly what they build."""
    items, problems = load_sources(source_dir)
    problems += validate_items(items)
    if not built_file.exists():
        problems.append(f"{built_file.name} is missing: run `python -m goalsmith.corpus build`")
    elif built_file.read_text(encoding="utf-8") != render(items):
        problems.append(f"{built_file.name} is out of date with the sources: run "
                        "`python -m goalsmith.corpus build`")
    return problems


def build(source_dir: Path = SOURCE_DIR, built_file: Path = BUILT_FILE) -> list[CorpusItem]:
    """Rewrite the built file from the sources (even if some lines fail to parse)."""
    items, _ = load_sources(source_dir)
    built_file.write_text(render(items), encoding="utf-8")
    return items


# --------------------------------------------------------------------------- loading and stats

def load_corpus(split: str | None = None, path: Path = BUILT_FILE) -> list[CorpusItem]:
    """The built corpus (optionally one split), in file order, for training and evaluation."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS} or None, not {split!r}")
    items = [CorpusItem.from_dict(json.loads(line))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [item for item in items if split is None or item.split == split]


def _shape(item: CorpusItem) -> str:
    """Vague (S and M fail), partial, or SMART: the balance the corpus aims at."""
    if not item.goal or item.verdicts is None:
        return "not-goal"
    if item.smart:
        return "smart"
    if item.verdicts["specific"] == "fail" and item.verdicts["measurable"] == "fail":
        return "vague"
    return "partial"


def stats_table(items: Sequence[CorpusItem]) -> str:
    """Markdown tables: counts per domain x split x goal/not-goal, then verdict balance."""
    counts = Counter((item.domain, item.split, item.goal) for item in items)
    header = "| domain | " + " | ".join(f"{s} goals | {s} not-goals" for s in SPLITS)
    lines = [header + " | total |", "|---" * (2 * len(SPLITS) + 2) + "|"]
    domains = sorted({str(item.domain) for item in items})
    for domain in [*domains, "all"]:
        row = []
        for split in SPLITS:
            for goal in (True, False):
                row.append(sum(v for (d, s, g), v in counts.items()
                               if (domain == "all" or d == domain) and s == split and g == goal))
        lines.append(f"| {domain} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    shapes = Counter(_shape(item) for item in items if item.goal)
    lines += ["", "| goal shape | count |", "|---|---|"]
    lines += [f"| {shape} | {shapes[shape]} |" for shape in ("vague", "partial", "smart")]
    lines += ["", "| criterion | pass | fail | unknown |", "|---|---|---|---|"]
    for crit in CRITERIA:
        tally = Counter(item.verdicts[crit] for item in items if item.goal and item.verdicts)
        lines.append(f"| {crit} | {tally['pass']} | {tally['fail']} | {tally['unknown']} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``build`` | ``check`` | ``stats``; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else ""
    if command == "build":
        items = build()
        print(f"wrote {len(items)} items to {BUILT_FILE}", file=sys.stderr)
        problems = load_sources()[1] + validate_items(items)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    if command == "check":
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    if command == "stats":
        print(stats_table(load_corpus()), end="")
        return 0
    print("usage: python -m goalsmith.corpus build|check|stats", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())

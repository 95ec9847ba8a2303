"""Measure the quality of goalsmith's rewrites on real goal statements.

Audits every goal in ../shared/data/real-goals (read at run time, never copied), rewrites
the ones that are not SMART, audits each rewrite with the same settings and prints:

* how many rewrites there are (and how many non-SMART goals got none);
* how many rewrites pass S, M and T themselves;
* how many keep every word of the goal's metric;
* how many keep every other word of the writer (times that had to go, hedges and
  replaced verbs aside);
* the mechanical grammar problems of ``goalsmith.rewrite.rewrite_problems``, by kind
  (among them: empty brackets left by a dropped time, a sentence's capitalised start or a
  lowercase "i" after "toward"/"so that", an owner or subject after the link ("toward
  Finance: look at", "toward Sales team to explore"), and a verb of change with a
  percentage on an object that names no measure ("Improve our customers by 20%"));
* the rewriter's own time per goal;
* a random sample of before/after pairs for reading, and optionally every failure.

Usage: python benchmarks/rewrite_quality.py [--sample 30] [--seed 7] [--failures]
                                            [--placeholders] [--show KIND]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

import goalsmith
from goalsmith.api import _finish, extract
from goalsmith.goal import GoalParts
from goalsmith.rewrite import _gerund, rewrite_goal, rewrite_problems
from goalsmith.rules import judge
from goalsmith.settings import Settings
from goalsmith.verdict import Rewrite

REPO = Path(__file__).resolve().parents[1]
REAL_GOALS = REPO.parent / "shared" / "data" / "real-goals"
TODAY = date(2026, 11, 29)
WORD = re.compile(r"[a-z0-9$%][a-z0-9$%'&/+-]*")
SMT = ("specific", "measurable", "time_bound")
PLACEHOLDER = re.compile(r"\$?[nxyzmlk]\d{0,3}\+?%?|tb[dca]|x{2,3}")


def load_texts() -> list[str]:
    texts = []
    for path in sorted(REAL_GOALS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    if not texts:
        raise SystemExit(f"no goals found in {REAL_GOALS}")
    return texts


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def metric_words_lost(parts: GoalParts, rewrite: Rewrite) -> list[str]:
    metric = parts.metric
    if metric is None or metric.kind == "abstract":
        return []
    # Hidden numbers ("N3") are replaced on purpose; the rest must stay as written.
    kept = rewrite.text.lower()
    times = " ".join(t.text.lower() for t in parts.timeframes)  # past/vague times may go
    # A verb the pipeline read into the metric ("Effectively implement new authorities")
    # is kept as a gerund after "toward" ("... toward effectively implementing ...").
    return [w for w in words(metric.text)
            if w not in kept and _gerund(w) not in kept and w not in times
            and not PLACEHOLDER.fullmatch(w)]


def writer_words_lost(parts: GoalParts, rewrite: Rewrite) -> list[str]:
    """The writer's words missing from the rewrite, apart from those a rewrite may change:
    times (vague or past ones give way), the verb and its hedge."""
    skip: list[tuple[int, int]] = [t.span for t in parts.timeframes]
    if parts.action is not None:
        skip.append(parts.action.span)
        hedge = parts.action.hedge
        if hedge:
            at = parts.text.rfind(hedge, 0, parts.action.span[0] + 1)
            if at >= 0:
                skip.append((at, at + len(hedge)))
    kept = set(words(rewrite.text))
    lost = []
    for match in WORD.finditer(parts.text.lower()):
        inside = any(s <= match.start() < e for s, e in skip)
        # A verb the writer coordinated with theirs reads as a gerund after "toward"
        # ("Upgrade systems and automate processes" -> "... toward upgrading systems and
        # automating processes"): the word is kept in its -ing form.
        if not inside and match.group() not in kept and _gerund(match.group()) not in kept:
            lost.append(match.group())
    return lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--failures", action="store_true", help="print every failing rewrite")
    parser.add_argument("--show", default="", help="print the rewrites with this problem kind")
    parser.add_argument("--placeholders", action="store_true")
    args = parser.parse_args()

    settings = Settings(today=TODAY, objectives=(), placeholders=args.placeholders)
    texts = load_texts()
    counts: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    pairs: list[tuple[str, str]] = []
    failures: list[str] = []
    shown: list[str] = []
    rewrite_seconds = 0.0
    for text in texts:
        parts = extract(text, settings)
        judgement = judge(parts, settings, None)
        counts["goals"] += 1
        if judgement.smart:
            continue
        counts["non-SMART goals"] += 1
        started = time.perf_counter()
        rewrite = rewrite_goal(parts, judgement, settings)
        rewrite_seconds += time.perf_counter() - started
        if rewrite is None:
            failures.append(f"NO REWRITE  {text}")
            continue
        counts["rewrites"] += 1
        pairs.append((text, rewrite.text))
        again = _finish(extract(rewrite.text, settings), settings, None).judgement
        verdicts = {name: again.criteria[name].verdict for name in SMT}
        for name, verdict in verdicts.items():
            counts[f"pass {name[0].upper()}"] += verdict == "pass"
        smt = all(v == "pass" for v in verdicts.values())
        counts["pass S, M and T"] += smt
        lost_metric = metric_words_lost(parts, rewrite)
        counts["keep metric words"] += not lost_metric
        lost_words = writer_words_lost(parts, rewrite)
        counts["keep writer's words"] += not lost_words
        sources = {(slot.slot, slot.source) for slot in rewrite.slots}
        counts["default metric proposed"] += ("metric", "default") in sources
        counts["default measure (milestones)"] += "milestones" in rewrite.text and \
            "milestones" not in text
        found = rewrite_problems(parts, rewrite)
        problems.update(set(found))
        counts["no grammar problem"] += not found
        if args.show and any(args.show in p for p in found):
            shown.append(f"{text}\n    -> {rewrite.text}")
        if not smt or lost_metric or found:
            why = [k[0].upper() for k, v in verdicts.items() if v != "pass"]
            failures.append(f"{' '.join(why + found + [f'lost {w}' for w in lost_metric])}\n"
                            f"    {text}\n    -> {rewrite.text}")

    total = counts["rewrites"] or 1
    print(f"goals {counts['goals']}, not SMART {counts['non-SMART goals']}, "
          f"rewrites {counts['rewrites']}")
    for key in ("pass S", "pass M", "pass T", "pass S, M and T", "keep metric words",
                "keep writer's words", "no grammar problem", "default metric proposed",
                "default measure (milestones)"):
        print(f"  {key:<22} {counts[key]:>5}  ({100 * counts[key] / total:.1f}%)")
    print("grammar problems (rewrites with each):")
    for name, count in sorted(problems.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {name:<32} {count:>5}")
    per_goal = 1000 * rewrite_seconds / max(1, counts["non-SMART goals"])
    print(f"rewriter time: {per_goal:.3f} ms per non-SMART goal")
    rng = random.Random(args.seed)
    print(f"\nsample of {min(args.sample, len(pairs))} before/after pairs:")
    for before, after in rng.sample(pairs, min(args.sample, len(pairs))):
        print(f"- {before}\n  -> {after}")
    if shown:
        print(f"\nrewrites with {args.show!r}:")
        print("\n".join(shown))
    if args.failures:
        print(f"\nfailures ({len(failures)}):")
        print("\n".join(failures))
    _ = goalsmith  # the package is imported for its side effect of registering components


if __name__ == "__main__":
    main()

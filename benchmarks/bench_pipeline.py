"""Throughput and cold start of the goal-parts pipeline and the full audit.

Runs, in one process and on the same goals (every goal in ../shared/data/real-goals):
- goalsmith's pipeline (``nlp.pipe``) and the full audit (``audit_many``);
- a naive baseline: dateparser ``search_dates`` plus quantulum3 ``parse`` per goal;
and prints goals per second, the ratio, the slowest single goal, and the cold start
of ``goalsmith check`` as a subprocess.

    python benchmarks/bench_pipeline.py [--quick] [--repeat N]

Each throughput figure is the range over N runs (default 3), every run on fresh text: the
first run also pays for words no earlier run has seen, later ones show the steady state of
a long batch.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL_GOALS = ROOT.parent / "shared" / "data" / "real-goals"
TODAY = date(2026, 11, 29)


def load_goals() -> list[str]:
    texts = []
    for path in sorted(REAL_GOALS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    if not texts:
        sys.exit(f"no goals found under {REAL_GOALS}")
    return texts


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


# One-off lazy loads (quantulum3 for physical units, dateparser for odd dates, the
# trained tagger's first call on a goal whose parts it can change) happen here, outside
# the timings; the cold start below measures them.
WARM_UP = ["Run 5 km 3 times a week by 2027 Mar 31", "Increase ARR by 20% by Q3",
           "Promote an async company culture"]


def distinct(texts: list[str], run: int) -> list[str]:
    """The goals with run-many trailing spaces: new strings, so no per-text cache from an
    earlier run can help, yet the same words (a suffix such as "(3)" would add a number
    for every part of the pipeline to read)."""
    return [text + " " * run for text in texts]


def bench_pipeline(texts: list[str], use_model: bool, run: int) -> tuple[float, float]:
    from goalsmith.pipeline import build_nlp

    nlp = build_nlp(TODAY, 1, use_model)
    list(nlp.pipe(WARM_UP))
    for text in WARM_UP:  # the one-goal path (nlp(text)) that "slowest" times
        nlp(text)
    batch = distinct(texts, run)
    start = time.perf_counter()
    for _ in nlp.pipe(batch, batch_size=256):
        pass
    elapsed = time.perf_counter() - start
    slowest = 0.0
    for text in distinct(texts, run + 100):
        t0 = time.perf_counter()
        nlp(text)
        slowest = max(slowest, time.perf_counter() - t0)
    return rate(len(texts), elapsed), slowest


def bench_audit(texts: list[str], run: int) -> float:
    import goalsmith

    list(goalsmith.audit_many(WARM_UP, today=TODAY))
    start = time.perf_counter()
    for _ in goalsmith.audit_many(distinct(texts, run), today=TODAY):
        pass
    return rate(len(texts), time.perf_counter() - start)


def bench_baseline(texts: list[str]) -> float:
    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates
    from quantulum3 import parser as qparser

    base = datetime(TODAY.year, TODAY.month, TODAY.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    search_dates(texts[0], languages=["en"], settings=settings)
    qparser.parse(texts[0])
    start = time.perf_counter()
    for text in texts:
        search_dates(text, languages=["en"], settings=settings)
        qparser.parse(text)
    return rate(len(texts), time.perf_counter() - start)


def cold_start(goal: str, runs: int) -> float:
    """Median wall time of ``goalsmith check GOAL`` as a fresh process."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "goalsmith", "check", "--today", "2026-11-29",
                        "--format", "json", goal], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def spread(rates: list[float]) -> str:
    """ "1,106–1,420 (median 1,300, 3 runs)", or the one figure."""
    if len(rates) == 1:
        return f"{rates[0]:,.0f}"
    return (f"{min(rates):,.0f}–{max(rates):,.0f} "
            f"(median {statistics.median(rates):,.0f}, {len(rates)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer cold-start runs")
    parser.add_argument("--repeat", type=int, default=3,
                        help="throughput runs per measure, each on fresh text (default 3)")
    args = parser.parse_args()
    texts = load_goals()
    print(f"goals: {len(texts)} from {REAL_GOALS}")
    from goalsmith.pipeline import trained_model

    model_used = trained_model() is not None
    repeat = max(1, args.repeat)
    rules_rates = [bench_pipeline(texts, use_model=False, run=1 + 10 * k)[0]
                   for k in range(repeat)]
    shipped = [bench_pipeline(texts, use_model=None, run=2 + 10 * k) for k in range(repeat)]
    pipe_rates, slowest = [r for r, _ in shipped], max(w for _, w in shipped)
    audit_rates = [bench_audit(texts, run=3 + 10 * k) for k in range(repeat)]
    base_rate = bench_baseline(texts)
    # Ratios use the median run; the table shows every run's range.
    rules_rate, pipe_rate, audit_rate = (statistics.median(r) for r in
                                         (rules_rates, pipe_rates, audit_rates))
    runs = 3 if args.quick else 7
    cold_vague = cold_start("increase sales", runs)
    cold_full = cold_start("Increase sales by 20% by Q3", runs)
    print()
    print("| measure | figure |")
    print("|---|---|")
    print(f"| pipeline, rules only (nlp.pipe), goals/s | {spread(rules_rates)} |")
    label = "with the trained model" if model_used else "no trained model shipped"
    print(f"| pipeline as shipped ({label}), goals/s | {spread(pipe_rates)} |")
    print(f"| full audit (audit_many: pipeline + rules + rewrite), goals/s "
          f"| {spread(audit_rates)} |")
    print(f"| baseline: dateparser search_dates + quantulum3 parse, goals/s | {base_rate:,.0f} |")
    print(f"| pipeline as shipped / baseline | {pipe_rate / base_rate:.1f}x |")
    print(f"| pipeline, rules only / baseline | {rules_rate / base_rate:.1f}x |")
    print(f"| audit / baseline | {audit_rate / base_rate:.1f}x |")
    print(f"| slowest single goal through the pipeline | {slowest * 1000:.1f} ms |")
    print(f"| cold start `goalsmith check \"increase sales\"` (median of {runs}) "
          f"| {cold_vague:.2f} s |")
    print(f"| cold start `goalsmith check \"Increase sales by 20% by Q3\"` (median of {runs}) "
          f"| {cold_full:.2f} s |")


if __name__ == "__main__":
    main()

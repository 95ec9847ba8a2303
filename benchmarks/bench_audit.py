"""Benchmark ``goalsmith audit`` end to end on real goal statements.

Builds (at run time, in a temporary folder; nothing is committed) a 100,000-row CSV
and a 20,000-row XLSX from ../shared/data/real-goals, runs ``goalsmith audit`` on
each as a subprocess with ``--jobs 1`` and ``--jobs 2``, and prints rows/s, peak
memory and the jobs-2/jobs-1 ratio against the targets (>= 1,000 rows/s with one
job, >= 1.6x with two, peak < 500 MB).

Peak memory is reported two ways: the largest single process (getrusage of the
children) and the whole process tree (the sum of RSS over the command and its
workers, sampled from /proc every 0.1 s).

The machine is shared and timings are noisy, so ``--repeat N`` runs every case N
times (alternating --jobs 1 and 2) and reports the range of each figure.

Usage: python benchmarks/bench_audit.py [--rows 100000] [--xlsx-rows 20000] [--keep DIR]
                                        [--repeat N] [--only csv|xlsx]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL_GOALS = REPO.parent / "shared" / "data" / "real-goals"
TODAY = "2026-11-29"
TEAMS = ("Sales", "Marketing", "Customer Success", "Engineering", "Talent", "Finance")


def load_goals() -> list[dict[str, str]]:
    """Goal texts with their owner and period, from the real-goals JSONL files."""
    goals = []
    for path in sorted(REAL_GOALS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            goals.append({"text": record["text"], "owner": record.get("owner") or "",
                          "period": record.get("period") or ""})
    if not goals:
        raise SystemExit(f"no goals found in {REAL_GOALS}")
    return goals


def rows(goals: list[dict[str, str]], count: int):
    for i in range(count):
        goal = goals[i % len(goals)]
        yield [f"G-{i + 1}", goal["owner"], TEAMS[i % len(TEAMS)], goal["text"], goal["period"]]


HEADER = ["ID", "Owner", "Team", "Goal", "Due"]


def build_csv(path: Path, goals: list[dict[str, str]], count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows(goals, count))


def build_xlsx(path: Path, goals: list[dict[str, str]], count: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Goals")
    sheet.append(HEADER)
    for row in rows(goals, count):
        sheet.append(row)
    book.save(path)


def tree_rss(root: int) -> int:
    """Sum of RSS (bytes) over ``root`` and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * page
        except (OSError, ValueError, IndexError):
            continue
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += rss.get(pid, 0)
        stack.extend(child for child, parent in parents.items() if parent == pid)
    return total


def run_audit(source: Path, out: Path, jobs: int) -> dict[str, float]:
    """One end-to-end run in a fresh helper process, so getrusage covers only this run."""
    command = [sys.executable, "-m", "goalsmith", "audit", str(source), "-o", str(out),
               "--jobs", str(jobs), "--today", TODAY]
    helper = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
              "sys.exit(r.returncode)")
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", helper, *command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.is_set():
            peak_tree = max(peak_tree, tree_rss(process.pid))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"goalsmith audit failed ({process.returncode}):\n{stderr[-3000:]}")
    return {"seconds": elapsed, "max_process_mb": int(stdout.split()[-1]) / 1024,
            "tree_mb": peak_tree / (1024 * 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx-rows", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="Keep the generated files in this folder.")
    parser.add_argument("--repeat", type=int, default=1, help="Runs per case (ranges shown).")
    parser.add_argument("--only", choices=("csv", "xlsx"), help="Benchmark one format only.")
    args = parser.parse_args()
    goals = load_goals()
    with tempfile.TemporaryDirectory(prefix="goalsmith-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        inputs = [(folder / "goals.csv", args.rows, build_csv),
                  (folder / "goals.xlsx", args.xlsx_rows, build_xlsx)]
        inputs = [i for i in inputs if args.only in (None, i[0].suffix[1:])]
        print(f"goalsmith audit benchmark: {len(goals)} distinct real goals, "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        ok = True
        for path, count, build in inputs:
            build(path, goals, count)
            ok = bench_one(path, count, max(args.repeat, 1)) and ok
        print("all targets met" if ok else "some targets missed")


def bench_one(path: Path, count: int, repeat: int) -> bool:
    """Run one input ``repeat`` times with --jobs 1 and 2; print each run and the ranges."""
    runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    for _ in range(repeat):
        for jobs in (1, 2):
            out = path.with_name(f"{path.stem}.jobs{jobs}.audited{path.suffix}")
            r = run_audit(path, out, jobs)
            runs[jobs].append(r)
            print(f"{path.suffix[1:]:>4} {count:>7,} rows  --jobs {jobs}: "
                  f"{r['seconds']:6.1f} s  {count / r['seconds']:7,.0f} rows/s  "
                  f"peak {r['max_process_mb']:4.0f} MB (largest process), "
                  f"{r['tree_mb']:4.0f} MB (process tree)", flush=True)
    rates = sorted(count / r["seconds"] for r in runs[1])
    # Each jobs-2 run is compared with the jobs-1 run made just before it.
    ratios = sorted(a["seconds"] / b["seconds"] for a, b in zip(runs[1], runs[2], strict=True))
    peak = max(r["tree_mb"] for rs in runs.values() for r in rs)
    single, ratio = rates[len(rates) // 2], ratios[len(ratios) // 2]  # medians
    checks = [single >= 1000, ratio >= 1.6, peak < 500]
    span = (f" (range {rates[0]:,.0f}-{rates[-1]:,.0f} rows/s, "
            f"{ratios[0]:.2f}-{ratios[-1]:.2f}x)" if repeat > 1 else "")
    print(f"     jobs2/jobs1 = {ratio:.2f}x{span}, peak {peak:.0f} MB   targets: "
          f">= 1,000 rows/s {'ok' if checks[0] else 'MISSED'}, "
          f">= 1.6x {'ok' if checks[1] else 'MISSED'}, < 500 MB {'ok' if checks[2] else 'MISSED'}",
          flush=True)
    return all(checks)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()

"""Time ``goalsmith lint`` against ``proselint`` on the same planning documents.

Builds, in a temporary directory: a 200-item Markdown plan from the real goal
statements in ../shared/data/real-goals (read at run time, never copied into the
repo), and a 50-file docs tree with few goals. Times cold runs of both tools in
subprocesses (best of N), and goalsmith's cached run. Targets: a file with no goals
<= 0.3 s; the 200-item plan <= 1.5 s cold and <= 0.3 s cached.

    python benchmarks/bench_lint.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL_GOALS = ROOT.parent / "shared" / "data" / "real-goals"
BIN = Path(sys.executable).parent


def real_goals(limit: int) -> list[str]:
    texts: list[str] = []
    for name in ("sourcegraph_okrs.jsonl", "performance_gov_fy22_goals.jsonl"):
        for line in (REAL_GOALS / name).read_text(encoding="utf-8").splitlines():
            text = " ".join(json.loads(line)["text"].split())
            if 3 <= len(text.split()) <= 60:
                texts.append(text)
    return texts[:limit]


def build_plan(folder: Path, goals: list[str]) -> Path:
    sections = [goals[i:i + 20] for i in range(0, len(goals), 20)]
    lines = ["# FY2027 Company Plan", "", "Some context on the plan and how it was made.", ""]
    for number, section in enumerate(sections, start=1):
        lines += [f"## Team {number} goals", ""] + [f"- {g}" for g in section] + [""]
    path = folder / "plan.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def build_docs_tree(folder: Path, goals: list[str]) -> Path:
    tree = folder / "docs"
    for index in range(50):
        body = [f"# Component {index}", "", "## Overview", "",
                "This page explains how the component is configured and deployed. " * 3, "",
                "## Usage", "", "1. Install the package", "2. Run the command", "",
                "```bash", "make deploy", "```", ""]
        if index % 10 == 0:  # a few pages state goals
            body += ["## Goals", "", f"- {goals[index]}", ""]
        (tree / f"section{index % 5}").mkdir(parents=True, exist_ok=True)
        (tree / f"section{index % 5}" / f"page{index}.md").write_text("\n".join(body),
                                                                    encoding="utf-8")
    return tree


def timed(command: list[str], cwd: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False, timeout=600)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    args = parser.parse_args()
    goalsmith = [str(BIN / "goalsmith"), "lint", "--today", "2026-11-29", "-f", "text"]
    proselint = shutil.which("proselint", path=str(BIN)) or "proselint"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        goals = real_goals(250)
        plan = build_plan(folder, goals[:200])
        tree = build_docs_tree(folder, goals[200:])
        no_goals = tree / "section1" / "page1.md"
        files = sorted(str(p) for p in tree.rglob("*.md"))
        rows = [
            ("file with no goals", [*goalsmith, "--no-cache", str(no_goals)],
             [proselint, "check", str(no_goals)], 0.3),
            ("200-item plan, cold", [*goalsmith, "--no-cache", str(plan)],
             [proselint, "check", str(plan)], 1.5),
            ("50-file docs tree, cold", [*goalsmith, "--no-cache", *files],
             [proselint, "check", *files], None),
        ]
        print(f"{'case':28} {'goalsmith':>10} {'proselint':>10} {'ratio':>7} {'target':>7}")
        for label, ours, theirs, target in rows:
            mine = timed(ours, folder, args.repeat)
            other = timed(theirs, folder, args.repeat)
            goal = f"{target:.1f}s" if target else "-"
            print(f"{label:28} {mine:9.3f}s {other:9.3f}s {mine / other:6.1f}x {goal:>7}")
        subprocess.run([*goalsmith, str(plan)], cwd=folder, capture_output=True, check=False)
        cached = timed([*goalsmith, str(plan)], folder, args.repeat)
        print(f"{'200-item plan, cached':28} {cached:9.3f}s {'':>10} {'':>7} {'0.3s':>7}")


if __name__ == "__main__":
    main()

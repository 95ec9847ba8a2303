"""Same input and --today, same output: whatever the hash seed, time zone or locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REAL_GOALS = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-goals"

# Goals that exercise every part of the pipeline, including the quantulum3 fallback.
GOALS = [
    "increase sales",
    "Increase EMEA pipeline by 25% by end of Q3",
    "Grow ARR from $1.2M to $1.5M in FY27 so that we can fund the APAC launch",
    "Sales: book 40 meetings per week through Q1 (confidence 7/10)",
    "Run 5 km 3 times a week and lose 4 kg by March 31",
    "Raise win rate from 20% to 25% by EOQ, between 10 and 15 new logos, NPS of 50",
    "Maria will cut time-to-fill to under 45 days within 90 days",
    "double demo-to-close rate by Friday; ship the partner portal by 2027-06-30",
    "grow the business asap",
]

ENVIRONMENTS = [
    {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8"},
    {"PYTHONHASHSEED": "1", "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8"},
    {"PYTHONHASHSEED": "12345", "TZ": "America/Los_Angeles", "LC_ALL": "C"},
    {"PYTHONHASHSEED": "random", "TZ": "Asia/Kolkata", "LC_ALL": "C.UTF-8"},
]


def _sample_real_goals() -> list[str]:
    texts = []
    for path in sorted(REAL_GOALS.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        # stdin carries one goal per line, so line breaks inside a goal become spaces.
        texts += [" ".join(json.loads(line)["text"].split()) for line in lines[::40]]
    assert texts, f"no real goals under {REAL_GOALS}"
    return texts


def _run(env_changes: dict[str, str], goals: list[str]) -> str:
    env = {**os.environ, **env_changes}
    proc = subprocess.run(
        [sys.executable, "-m", "goalsmith", "check", "--today", "2026-11-29", "--format", "jsonl",
         "-"], input="\n".join(goals), capture_output=True, text=True, env=env, check=False,
        encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_output_is_identical_across_hash_seeds_time_zones_and_locales():
    goals = GOALS + _sample_real_goals()
    outputs = [_run(env, goals) for env in ENVIRONMENTS]
    assert len(outputs[0].splitlines()) == len(goals)
    for env, output in zip(ENVIRONMENTS[1:], outputs[1:], strict=False):
        assert output == outputs[0], f"output differs under {env}"

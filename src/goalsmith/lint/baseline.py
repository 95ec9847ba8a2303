"""Baselines: accept today's goals so that only new or changed goals fail.

A goal is keyed by a hash of its normalised text (case, spacing and trailing
punctuation do not count), never by its line number, so goals can move within a
file or between files without failing again.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

SCHEMA = "goalsmith.baseline/1"
_NOISE = re.compile(r"[\s*_`]+")


class BaselineError(ValueError):
    """A baseline file that cannot be read or written."""


def goal_hash(text: str) -> str:
    """The stable key of a goal text."""
    normal = _NOISE.sub(" ", text).strip().strip(".;!").strip().casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:20]


def read_baseline(path: Path) -> frozenset[str]:
    """The goal hashes a baseline file accepts."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BaselineError(f"{path} is not a goalsmith baseline (expected schema {SCHEMA})")
    goals = data.get("goals", [])
    return frozenset(str(g["hash"]) for g in goals if isinstance(g, dict) and "hash" in g)


def write_baseline(path: Path, goals: list[dict[str, Any]]) -> int:
    """Write the accepted goals (dicts with hash, path, text); returns how many."""
    unique = {g["hash"]: {"hash": g["hash"], "path": g["path"], "text": g["text"]}
              for g in goals}
    data = {"schema": SCHEMA, "goals": [unique[k] for k in sorted(unique)]}
    try:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"cannot write baseline {path}: {exc}") from exc
    return len(unique)

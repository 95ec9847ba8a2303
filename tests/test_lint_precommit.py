"""End to end with the real ``pre-commit`` tool: the hook blocks a vague goal.

A temporary git repository's ``.pre-commit-config.yaml`` points at a commit of this
checkout (copied into a temporary repository, so the checkout's own git is never
touched). pre-commit builds the hook's environment from PyPI the first time, which
takes minutes; PRE_COMMIT_HOME is kept in the system temp directory and the commit is
made reproducible, so later runs of an unchanged tree reuse that environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
FIXED_DATE = "2026-01-01T00:00:00+00:00"
GIT_ENV = {"GIT_AUTHOR_NAME": "goalsmith tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
           "GIT_COMMITTER_NAME": "goalsmith tests",
           "GIT_COMMITTER_EMAIL": "tests@example.invalid",
           "GIT_AUTHOR_DATE": FIXED_DATE, "GIT_COMMITTER_DATE": FIXED_DATE}

VAGUE = "# Q1 2027 Sales Plan\n\n## Goals\n\n- Grow the business\n"
FIXED = "# Q1 2027 Sales Plan\n\n## Goals\n\n- Increase EMEA pipeline by 25% by March 31, 2027\n"
SUPPRESSED = ("# Q1 2027 Sales Plan\n\n## Goals\n\n- Increase EMEA pipeline by 25% by March 31,"
              " 2027\n<!-- goalsmith-disable-next-line -->\n- Be more productive\n")


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          check=False, timeout=1800)


def hook_repository(tmp: Path) -> tuple[Path, str]:
    """A git repository holding the checkout's package files, and its commit."""
    repo = tmp / "goalsmith-hook"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".goalsmith_cache")
    shutil.copytree(ROOT / "src", repo / "src", ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, repo / name)
    if (ROOT / "models").is_dir():
        shutil.copytree(ROOT / "models", repo / "models", ignore=ignore)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    done = git(repo, "commit", "-q", "-m", "goalsmith under test")
    assert done.returncode == 0, done.stderr
    return repo, git(repo, "rev-parse", "HEAD").stdout.strip()


def test_pre_commit_blocks_a_vague_goal_and_passes_a_fixed_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hook_repo, rev = hook_repository(tmp_path)
    work = tmp_path / "plans"
    work.mkdir()
    git(work, "init", "-q", "-b", "main")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n"
        "      - id: goalsmith\n        args: [--today, '2026-11-29']\n", encoding="utf-8")
    home = Path(os.environ.get("GOALSMITH_PRE_COMMIT_HOME",
                               Path(tempfile.gettempdir()) / "goalsmith-pre-commit-home"))
    monkeypatch.setenv("PRE_COMMIT_HOME", str(home))

    # Drop hook environments of earlier runs whose config is gone (about 0.4 GB each).
    subprocess.run([str(PRE_COMMIT), "gc"], cwd=work, capture_output=True, timeout=120,
                   check=False)
    done = subprocess.run([str(PRE_COMMIT), "install"], cwd=work, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr

    (work / "plan.md").write_text(VAGUE, encoding="utf-8")
    git(work, "add", "plan.md", ".pre-commit-config.yaml")
    blocked = git(work, "commit", "-m", "plan")
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "plan.md:5:3: error S101" in output

    (work / "plan.md").write_text(FIXED, encoding="utf-8")
    git(work, "add", "plan.md")
    passed = git(work, "commit", "-m", "plan, fixed")
    assert passed.returncode == 0, passed.stdout + passed.stderr

    (work / "plan.md").write_text(SUPPRESSED, encoding="utf-8")
    git(work, "add", "plan.md")
    suppressed = git(work, "commit", "-m", "plan, suppressed")
    assert suppressed.returncode == 0, suppressed.stdout + suppressed.stderr

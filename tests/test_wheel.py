"""The built wheel carries everything: data, the trained pipeline, and runs with no network."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (path,) = out.glob("goalsmith-*.whl")
    return path


def test_wheel_contains_every_package_data_file_and_the_model(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / "src" / "goalsmith"
    for path in source.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert f"goalsmith/{path.relative_to(source).as_posix()}" in names, path
    model = ROOT / "models" / "goalsmith_parts"
    for path in model.rglob("*"):
        if path.is_file():
            assert f"goalsmith/models/goalsmith_parts/{path.relative_to(model).as_posix()}" \
                in names, path
    assert "goalsmith/models/goalsmith_parts/meta.json" in names


def test_wheel_installs_and_checks_offline(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True,
                   capture_output=True)
    # No network at all while it runs: a fresh network namespace has only a down loopback.
    assert shutil.which("unshare"), "the offline check needs util-linux's unshare"
    env = {**os.environ, "HOME": str(tmp_path)}
    proc = subprocess.run(
        ["unshare", "-n", str(venv / "bin" / "goalsmith"), "check", "--today", "2026-11-29",
         "--format", "json", "Increase EMEA pipeline by 25% by end of Q3"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["smart"] is True
    assert data["extractions"]["deadline"] == "2027-09-30"
    # The shipped trained pipeline is found in the installed package.
    probe = subprocess.run(
        ["unshare", "-n", str(python), "-c",
         "from goalsmith.models import model_path; print(model_path())"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    assert str(venv) in probe.stdout

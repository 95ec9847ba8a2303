"""spaCy's command-line package is imported only when something uses it (see
goalsmith._spacy_cli), and the shipped model is read without its tokenizer."""

from __future__ import annotations

import subprocess
import sys

import spacy

from goalsmith.pipeline import trained_model

# Each script runs in a fresh interpreter: only there is goalsmith imported before spaCy.
CHECKED_WITHOUT_CLI = """
import sys
import goalsmith
result = goalsmith.audit("Increase sales by 20% by Q3", today="2026-11-29")
assert result.to_dict()["smart"] is True
loaded = sorted(m for m in ("spacy.cli.train", "weasel", "requests") if m in sys.modules)
print("loaded:", loaded)
"""

CLI_STILL_THERE = """
import sys
import goalsmith, spacy
from spacy.cli.train import train           # a submodule, found through the stand-in
assert callable(train)
assert callable(spacy.cli.setup_cli)        # an attribute imports the real package
assert type(sys.modules["spacy.cli"]).__name__ == "module"
assert spacy.cli is sys.modules["spacy.cli"]
assert "spaCy version" in spacy.info(markdown=True)
print("ok")
"""


def run(script: str) -> str:
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_check_does_not_import_spacys_commands() -> None:
    assert run(CHECKED_WITHOUT_CLI) == "loaded: []"


def test_spacys_commands_work_after_goalsmith_is_imported() -> None:
    assert run(CLI_STILL_THERE) == "ok"


def test_the_shipped_tokenizer_is_the_one_its_config_builds() -> None:
    # build_nlp skips reading models/…/tokenizer; that is only right while it holds
    # nothing the config does not build.
    shipped = trained_model()
    assert shipped is not None
    full = spacy.load(shipped[0], exclude=["textcat"])
    lean = spacy.load(shipped[0], exclude=["textcat", "tokenizer"])
    assert full.tokenizer.to_bytes() == lean.tokenizer.to_bytes()
    text = "Cut p95 latency to 300ms (from 1.2s) by Q3 — owner: Dr. O'Neil's team, U.S."
    assert [t.text for t in full(text)] == [t.text for t in lean(text)]

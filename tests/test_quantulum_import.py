"""quantulum3 is imported lazily, once, without typeguard recompiling inflect."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import typeguard
original = typeguard.typechecked
from goalsmith.pipeline.quantities import _physical
assert "inflect" not in __import__("sys").modules
print(_physical("14.8 gigawatts"), _physical("9 million gallons of waste"))
assert typeguard.typechecked is original, "the decorator must be put back"
import inflect
assert inflect.engine().plural("goal") == "goals"
"""


def test_physical_units_read_and_typeguard_restored() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("(14.8, 'GW', 'power', 14) "
                                   "(9000000.0, 'gal', 'volume', 17)")

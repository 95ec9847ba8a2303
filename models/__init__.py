"""goalsmith's trained pipeline, shipped inside the package as ``goalsmith.models``.

Built from corpus/ by ``goalsmith train`` (see the README); loaded offline.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

MODEL_NAME = "goalsmith_parts"


def model_path() -> Path | None:
    """The folder of the trained pipeline, or None when this install has none."""
    folder = Path(str(resources.files(__package__).joinpath(MODEL_NAME)))
    return folder if (folder / "meta.json").is_file() else None

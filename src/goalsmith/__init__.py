"""goalsmith: write goals that are Specific, Measurable, Attainable, Relevant and Time-bound.

The public API::

    import goalsmith
    result = goalsmith.audit("Increase sales by 20% by Q3", today="2026-11-29")
    result.smart, result.to_dict()
    for r in goalsmith.audit_many(["grow the business", "hire 3 AEs by March"]): ...
"""

from goalsmith import _spacy_cli

_spacy_cli.defer()  # before anything imports spaCy: see _spacy_cli

from goalsmith.api import audit, audit_many, extract, rewrite  # noqa: E402
from goalsmith.settings import Settings, load_settings  # noqa: E402
from goalsmith.verdict import Audit, GoalContext  # noqa: E402

__version__ = "0.1.0"

__all__ = [
    "Audit", "GoalContext", "Settings", "__version__", "audit", "audit_many", "extract",
    "load_settings", "rewrite",
]

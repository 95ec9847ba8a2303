"""``goalsmith lint``: SMART checks for the goals in planning documents.

Documents are read by :mod:`goalsmith.sources.documents`; this package runs the
candidates through the public API, applies the configuration, inline
suppressions and a baseline, caches results by content hash, and hands
:class:`Diagnostic` objects to the renderers in :mod:`goalsmith.report.diagnostics`.
"""

from goalsmith.lint.engine import (
    Diagnostic,
    FileError,
    GoalResult,
    LintOptions,
    LintReport,
    lint_paths,
    lint_text,
)

__all__ = ["Diagnostic", "FileError", "GoalResult", "LintOptions", "LintReport", "lint_paths",
           "lint_text"]

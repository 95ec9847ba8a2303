"""Results cached by content hash in ``.goalsmith_cache/``: unchanged files cost nothing.

The key covers the file's bytes, its format, the settings that change verdicts,
goalsmith's version and a stamp of its code files, so a stale entry is never read. Cache trouble (a
read-only disk, a corrupt entry) only costs speed, never a result.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

CACHE_DIR = ".goalsmith_cache"
_VERSION_DIR = "lint-v1"


def code_stamp(package: Path | None = None) -> str:
    """When and how big goalsmith's own code and data files are: an edit to the rules
    (in a checkout, or an installed copy patched in place) changes the key, even when
    the version number does not. Stat calls only; about a millisecond."""
    package = package or Path(__file__).resolve().parents[1]
    newest = total = count = 0
    for folder, _, names in os.walk(package):
        for name in names:
            if name.endswith((".py", ".toml")):
                with contextlib.suppress(OSError):
                    stat = os.stat(os.path.join(folder, name))
                    newest = max(newest, stat.st_mtime_ns)
                    total += stat.st_size
                    count += 1
    return f"{count}:{total}:{newest}"


def cache_key(content: bytes, *parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    digest.update(content)
    return digest.hexdigest()


class ResultCache:
    """A directory of JSON entries keyed by hash."""

    def __init__(self, root: Path, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled

    def _path(self, key: str) -> Path:
        return self.root / _VERSION_DIR / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        if not self.enabled:
            return None
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: Any) -> None:
        if not self.enabled:
            return
        path = self._path(key)
        with contextlib.suppress(OSError):
            self._prepare()
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so a reader never sees half an entry.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(value, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)

    def _prepare(self) -> None:
        # Like pytest's and ruff's caches: ignored by git, tagged for backup tools.
        if (self.root / ".gitignore").exists():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / ".gitignore").write_text("# created by goalsmith\n*\n", encoding="utf-8")
        (self.root / "CACHEDIR.TAG").write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This file is a cache directory tag created by goalsmith.\n", encoding="utf-8")

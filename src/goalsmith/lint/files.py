"""Which files to lint, and reading them safely.

Directories are walked for the configured globs, respecting ``.gitignore`` (through
``git ls-files`` inside a work tree, else a simple reading of the directory's
``.gitignore``). Files named on the command line are always linted. Reading
refuses, with one clear line each, what cannot be a planning document: files over
the size limit, binary files and text that is not UTF-8.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
              ".goalsmith_cache", ".tox", ".nox", ".mypy_cache", ".pytest_cache",
              ".ruff_cache", "site-packages", "dist", "build"}
_BINARY_PROBE = 8192


@dataclass(frozen=True)
class SourceFile:
    """A document to lint: a path on disk, or bytes already read (stdin)."""

    name: str  # used for the format: .md, .rst, .txt
    display: str  # how diagnostics name it
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class FileError:
    """A file that could not be linted, and why (one line)."""

    path: str
    message: str


def display_path(path: Path) -> str:
    """Relative to the working directory when below it, with forward slashes."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def collect_sources(args: list[str], include: tuple[str, ...], exclude: tuple[str, ...],
                    stdin: bytes | None = None) -> tuple[list[SourceFile], list[FileError]]:
    """The files named or found under ``args``, sorted and without duplicates."""
    found: dict[str, SourceFile] = {}
    errors: list[FileError] = []
    for arg in args:
        if arg == "-":
            found["<stdin>"] = SourceFile("<stdin>.md", "<stdin>", data=stdin or b"")
            continue
        path = Path(arg)
        if path.is_dir():
            for file in _walk(path, include, exclude):
                found.setdefault(display_path(file), SourceFile(file.name, display_path(file),
                                                                path=file))
        elif path.is_file():
            found.setdefault(display_path(path), SourceFile(path.name, display_path(path),
                                                            path=path))
        elif glob.has_magic(arg):
            matches = sorted(Path(p) for p in glob.glob(arg, recursive=True))
            files = [m for m in matches if m.is_file() and not _excluded(m, exclude)]
            if not files:
                errors.append(FileError(arg, "no files match this pattern"))
            for file in files:
                found.setdefault(display_path(file), SourceFile(file.name, display_path(file),
                                                                path=file))
        else:
            errors.append(FileError(arg, "no such file or directory"))
    return [found[k] for k in sorted(found)], errors


def _matches(path: PurePosixPath, patterns: tuple[str, ...]) -> bool:
    text = path.as_posix()
    return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(text, p) for p in patterns)


def _excluded(path: Path, exclude: tuple[str, ...]) -> bool:
    return bool(exclude) and _matches(PurePosixPath(path.as_posix()), exclude)


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> list[Path]:
    listed = _git_files(root)
    if listed is None:
        listed = _walk_plain(root)
    return sorted(p for p in listed
                  if _matches(PurePosixPath(p.relative_to(root).as_posix()), include)
                  and not _excluded(p.relative_to(root), exclude))


def _git_files(root: Path) -> list[Path] | None:
    """Tracked and untracked-but-not-ignored files under ``root``, or None outside git."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others",
             "--exclude-standard", "--", "."],
            capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    names = [n for n in done.stdout.decode("utf-8", "replace").split("\0") if n]
    return [root / n for n in names if (root / n).is_file()]


def _walk_plain(root: Path) -> list[Path]:
    ignore = _gitignore_patterns(root)
    files: list[Path] = []
    for folder, dirs, names in os.walk(root):
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith(".")
                         and not _ignored(base / d, root, ignore, True))
        files.extend(base / n for n in sorted(names)
                     if not _ignored(base / n, root, ignore, False))
    return files


def _gitignore_patterns(root: Path) -> list[str]:
    try:
        lines = (root / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.startswith(("#", "!"))]


def _ignored(path: Path, root: Path, patterns: list[str], is_dir: bool) -> bool:
    rel = path.relative_to(root).as_posix()
    for pattern in patterns:
        if pattern.endswith("/") and not is_dir:
            continue
        core = pattern.rstrip("/")
        if core.startswith("/"):
            if fnmatch.fnmatch(rel, core[1:]):
                return True
        elif fnmatch.fnmatch(path.name, core) or fnmatch.fnmatch(rel, core):
            return True
    return False


def read_source(source: SourceFile, max_bytes: int) -> tuple[str, bytes] | FileError:
    """The text and raw bytes of a document, or why it cannot be linted."""
    if source.data is not None:
        raw = source.data
    else:
        assert source.path is not None
        try:
            size = source.path.stat().st_size
            if size > max_bytes:
                return FileError(source.display, f"file is {size / 1e6:.1f} MB, over the "
                                 f"{max_bytes / 1e6:g} MB limit for a planning document "
                                 "(set [lint] max_file_size to raise it); skipped")
            raw = source.path.read_bytes()
        except OSError as exc:
            return FileError(source.display, f"cannot read: {exc.strerror or exc}")
    if len(raw) > max_bytes:
        return FileError(source.display, f"input is {len(raw) / 1e6:.1f} MB, over the "
                         f"{max_bytes / 1e6:g} MB limit; skipped")
    if b"\0" in raw[:_BINARY_PROBE]:
        return FileError(source.display, "binary file (it contains NUL bytes); skipped")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return FileError(source.display, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} on "
                         f"line {line}); save it as UTF-8; skipped")
    return text, raw

"""Run settings: the reference date, the fiscal calendar, objectives, thresholds.

Settings come from, in rising order of precedence: built-in defaults, the first
configuration file found from the working directory upward (``goalsmith.toml``,
``.goalsmith.toml`` or ``[tool.goalsmith]`` in ``pyproject.toml``), and flags.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAMES = ("goalsmith.toml", ".goalsmith.toml")


class ConfigError(ValueError):
    """A configuration file or value that cannot be used."""


@dataclass(frozen=True)
class Settings:
    """Everything a run depends on besides the goal text itself."""

    today: date = field(default_factory=date.today)
    fiscal_year_start: int = 1
    objectives: tuple[str, ...] = ()
    # Default target when a rewrite must suggest one, by metric kind ("*" = any).
    default_targets: tuple[tuple[str, str], ...] = (("*", "20%"),)
    # Period suggested when a rewrite must add a deadline.
    default_period: str = "next quarter"
    disabled_rules: tuple[str, ...] = ()
    # Users' additions to the data tables (metrics, words), merged over the shipped ones.
    extra_metrics: tuple[tuple[str, Any], ...] = ()
    extra_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    placeholders: bool = False
    milestones: bool = False
    config_path: str | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.fiscal_year_start <= 12:
            raise ConfigError("fiscal_year_start must be a month number from 1 to 12, "
                              f"not {self.fiscal_year_start}")

    def with_(self, **changes: Any) -> Settings:
        """A copy with some values changed; ``None`` values are ignored."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        """The ``settings`` object of the audit JSON."""
        return {"today": self.today.isoformat(), "fiscal_year_start": self.fiscal_year_start}

    def describe(self) -> dict[str, Any]:
        """The full effective configuration, for ``goalsmith config``."""
        data = asdict(self)
        data["today"] = self.today.isoformat()
        data["objectives"] = list(self.objectives)
        data["default_targets"] = dict(self.default_targets)
        data["disabled_rules"] = list(self.disabled_rules)
        data["extra_metrics"] = dict(self.extra_metrics)
        data["extra_words"] = {k: list(v) for k, v in self.extra_words}
        # What [words] and [metrics.<name>] accept, so a user need not look it up.
        from goalsmith.catalogue import METRIC_FIELDS, WORD_LISTS

        data["accepted_word_lists"] = list(WORD_LISTS)
        data["accepted_metric_fields"] = list(METRIC_FIELDS)
        return data


def find_config(start: Path | None = None) -> Path | None:
    """The first configuration file from ``start`` (default: the cwd) upward."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "goalsmith" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc}") from exc


def read_objectives(path: Path) -> tuple[str, ...]:
    """Objectives from a file, one per line; blank lines and ``#`` comments skipped."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read objectives file {path}: {exc}") from exc
    lines = (line.strip().lstrip("-*").strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def _parse_today(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"today must be a date as YYYY-MM-DD, not {value!r}") from exc


def settings_from_table(table: dict[str, Any], base: Settings | None = None,
                        origin: Path | None = None) -> Settings:
    """Settings from a ``[tool.goalsmith]``-style table, over ``base``."""
    settings = base or Settings()
    known = {"today", "fiscal_year_start", "objectives", "objectives_file", "default_targets",
             "default_period", "disabled_rules", "metrics", "words", "lint", "audit"}
    unknown = sorted(set(table) - known)
    if unknown:
        where = f" in {origin}" if origin else ""
        raise ConfigError(f"unknown setting{'s' if len(unknown) > 1 else ''}{where}: "
                          + ", ".join(unknown))
    changes: dict[str, Any] = {}
    if "today" in table:
        changes["today"] = _parse_today(table["today"])
    if "fiscal_year_start" in table:
        changes["fiscal_year_start"] = int(table["fiscal_year_start"])
    objectives = list(table.get("objectives", []))
    if "objectives_file" in table:
        path = Path(table["objectives_file"])
        if origin is not None and not path.is_absolute():
            path = origin.parent / path
        objectives.extend(read_objectives(path))
    if objectives:
        changes["objectives"] = tuple(str(o) for o in objectives)
    if "default_targets" in table:
        changes["default_targets"] = tuple(sorted(
            (str(k), str(v)) for k, v in dict(table["default_targets"]).items()))
    if "default_period" in table:
        changes["default_period"] = str(table["default_period"])
    if "disabled_rules" in table:
        changes["disabled_rules"] = tuple(str(r).upper() for r in table["disabled_rules"])
    if "metrics" in table:
        changes["extra_metrics"] = _extra_metrics(table["metrics"], origin)
    if "words" in table:
        changes["extra_words"] = _extra_words(table["words"], origin)
    if origin is not None:
        changes["config_path"] = str(origin)
    return settings.with_(**changes)


def _extra_words(table: Any, origin: Path | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``[words]`` as Settings.extra_words, checked now so a typo is an error, not a no-op."""
    from goalsmith.catalogue import CatalogueError, vocabulary_key

    where = f" in {origin}" if origin else ""
    if not isinstance(table, dict):
        raise ConfigError(f"[words]{where} must be a table of word lists")
    try:
        vocabulary_key(extra_words=table)
    except CatalogueError as exc:
        raise ConfigError(f"[words]{where}: {exc}") from exc
    return tuple(sorted((str(k), tuple(v)) for k, v in table.items()))


def _extra_metrics(table: Any, origin: Path | None) -> tuple[tuple[str, Any], ...]:
    """``[metrics.<name>]`` tables as Settings.extra_metrics, checked against the catalogue."""
    from goalsmith.catalogue import CatalogueError, catalogue_for

    where = f" in {origin}" if origin else ""
    if not isinstance(table, dict):
        raise ConfigError(f"[metrics]{where} must hold one table per metric")
    extra = tuple(sorted(table.items()))
    try:
        catalogue_for(extra)
    except CatalogueError as exc:
        raise ConfigError(f"[metrics]{where}: {exc}") from exc
    return extra


def load_settings(config: Path | None = None, start: Path | None = None,
                  **overrides: Any) -> Settings:
    """Settings from defaults, the discovered (or given) config file, and overrides."""
    path = config or find_config(start)
    settings = Settings()
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"configuration file not found: {path}")
        data = _read_toml(path)
        table = data.get("tool", {}).get("goalsmith", {}) if path.name == "pyproject.toml" else data
        settings = settings_from_table(table, settings, origin=path)
    return settings.with_(**overrides)


def config_section(settings: Settings, name: str) -> dict[str, Any]:
    """A front end's own table (``[lint]``, ``[audit]``) from the config file, or {}."""
    if not settings.config_path:
        return {}
    path = Path(settings.config_path)
    data = _read_toml(path)
    table = data.get("tool", {}).get("goalsmith", {}) if path.name == "pyproject.toml" else data
    section = table.get(name, {})
    return section if isinstance(section, dict) else {}

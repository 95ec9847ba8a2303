"""Users' ``[words]`` lists and ``[metrics.<name>]`` tables reach the pipeline.

Each case audits one goal twice in the same process, with and without the user's
additions: the additions change what is extracted (and the verdict), and the goal
without them is read exactly as before (no cached result leaks between vocabularies).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import goalsmith
from goalsmith.catalogue import (
    METRIC_FIELDS,
    WORD_LISTS,
    CatalogueError,
    build_lexicon,
    default_catalogue,
    lexicon,
    tokenize,
    vocabulary,
    words,
)
from goalsmith.cli.app import app
from goalsmith.cli.commands import COMMAND_MODULES  # noqa: F401  (registers the commands)
from goalsmith.pipeline import build_nlp, goal_parts
from goalsmith.pipeline.actors import find_actors
from goalsmith.pipeline.parts import extract_parts
from goalsmith.settings import ConfigError, Settings, load_settings, settings_from_table

TODAY = date(2026, 11, 29)
BASE = Settings(today=TODAY)
DOCS = Path(__file__).resolve().parents[1] / "docs" / "configuration.md"


def with_vocabulary(extra_words: dict[str, list[str]] | None = None,
                    extra_metrics: dict[str, dict[str, Any]] | None = None) -> Settings:
    """BASE with the additions in Settings' own form (what a config file produces)."""
    return BASE.with_(
        extra_words=tuple(sorted((k, tuple(v)) for k, v in (extra_words or {}).items())),
        extra_metrics=tuple(sorted((extra_metrics or {}).items())))


def kpi(audit: goalsmith.Audit) -> str | None:
    return audit.parts.metric.kpi if audit.parts.metric else None


def metric_kind(audit: goalsmith.Audit) -> str | None:
    return audit.parts.metric.kind if audit.parts.metric else None


def owners(audit: goalsmith.Audit) -> list[tuple[str, str]]:
    return [(a.text, a.kind) for a in audit.parts.actors]


def action(audit: goalsmith.Audit) -> tuple[str, str | None] | None:
    act = audit.parts.action
    return (act.lemma, act.direction) if act else None


def committal(audit: goalsmith.Audit) -> bool | None:
    return audit.parts.action.committal if audit.parts.action else None


PARTNER_ATTACH = {"unit": "percent", "bounded_100": True, "change_unit": "points",
                  "max_change_quarter": 5, "max_change_year": 10}

# (goal, [words], [metrics], what is read, read without the additions, read with them)
EXTRACTION_CASES: list[tuple[str, dict, dict, Callable[[goalsmith.Audit], Any], Any, Any]] = [
    ("Increase synergy across the company by 20% by March 31, 2027",
     {"abstract": ["synergy"]}, {}, metric_kind, "population", "abstract"),
    ("Raise partner attach from 30% to 90% by March 31, 2027",
     {}, {"partner attach": PARTNER_ATTACH}, kpi, None, "partner attach"),
    # A user's metric wins over a shipped alias of the same words.
    ("Grow demo requests from 40 to 60 per month by March 31, 2027",
     {}, {"demo requests": {"aliases": ["demo asks"], "unit": "count"}}, kpi, "leads",
     "demo requests"),
    ("Grow demo asks from 40 to 60 per month by March 31, 2027",
     {}, {"demo requests": {"aliases": ["demo asks"], "unit": "count"}}, kpi, None,
     "demo requests"),
    ("Deal hub will cut approval time to 2 days by March 31, 2027",
     {"teams": ["deal hub"]}, {}, owners, [], [("Deal hub", "team")]),
    ("Each wrangler will close 5 tickets per week by Q3",
     {"roles": ["wrangler"]}, {}, owners, [], [("wrangler", "role")]),
    ("Supercharge pipeline by 20% by March 31, 2027",
     {"verbs_up": ["supercharge"]}, {}, action, ("be", "reach"), ("supercharge", "up")),
    ("Noodle on onboarding by March 31, 2027",
     {"noncommittal": ["noodle on"]}, {}, committal, True, False),
]


@pytest.mark.parametrize(("text", "extra_words", "extra_metrics", "read", "without", "with_"),
                         EXTRACTION_CASES)
def test_user_vocabulary_changes_extraction(text: str, extra_words: dict, extra_metrics: dict,
                                            read: Callable, without: Any, with_: Any) -> None:
    extended = with_vocabulary(extra_words, extra_metrics)
    assert read(goalsmith.audit(text, BASE)) == without
    assert read(goalsmith.audit(text, extended)) == with_
    assert read(goalsmith.audit(text, BASE)) == without  # the shipped reading is untouched


# (goal, [words], [metrics], criterion, verdict without, verdict with, rule found with)
VERDICT_CASES = [
    # A custom abstract word: the object names nothing measurable, so S fails.
    ("Increase synergy across the company by 20% by March 31, 2027",
     {"abstract": ["synergy"]}, {}, "specific", "pass", "fail", "S101"),
    # The metric's plausible change per year (10 points) makes 30% -> 90% unattainable.
    ("Raise partner attach from 30% to 90% by March 31, 2027",
     {}, {"partner attach": PARTNER_ATTACH}, "attainable", "pass", "fail", "A104"),
    # A share of an unknown metric is capped at 100%; a user's unbounded metric is not.
    ("Raise partner attach to 120% by March 31, 2027",
     {}, {"partner attach": {"unit": "percent", "bounded_100": False}}, "attainable",
     "fail", "pass", None),
    # "noodle on" listed as non-committal: S102 (commits to nothing) instead of S103.
    ("Noodle on onboarding by March 31, 2027",
     {"noncommittal": ["noodle on"]}, {}, "specific", "fail", "fail", "S102"),
    # A user's vague end state: "in good nick" sets nothing checkable.
    ("Get the partner portal in good nick by March 31, 2027",
     {"vague_states": ["in good nick"]}, {}, "specific", "pass", "fail", "S101"),
    # A user's standing: "be the category king" claims a standing, not a result.
    ("Be the category king in DACH by March 31, 2027",
     {"status_words": ["category king"]}, {}, "specific", "pass", "fail", "S101"),
]


@pytest.mark.parametrize(("text", "extra_words", "extra_metrics", "criterion", "without",
                          "with_", "rule"), VERDICT_CASES)
def test_user_vocabulary_changes_the_verdict(text: str, extra_words: dict, extra_metrics: dict,
                                             criterion: str, without: str, with_: str,
                                             rule: str | None) -> None:
    extended = with_vocabulary(extra_words, extra_metrics)
    before = goalsmith.audit(text, BASE)
    after = goalsmith.audit(text, extended)
    assert before.judgement.criteria[criterion].verdict == without
    assert after.judgement.criteria[criterion].verdict == with_
    rules_after = {f.rule for f in after.judgement.findings}
    if rule is not None:
        assert rule in rules_after
        assert rule not in {f.rule for f in before.judgement.findings}
    assert goalsmith.audit(text, BASE).to_dict() == before.to_dict()


def test_a_custom_bounded_metric_names_itself_in_the_finding() -> None:
    extended = with_vocabulary(extra_metrics={"partner attach": PARTNER_ATTACH})
    audit = goalsmith.audit("Raise partner attach to 120% by March 31, 2027", extended)
    a101 = [f for f in audit.judgement.findings if f.rule == "A101"]
    assert audit.judgement.criteria["attainable"].verdict == "fail"
    assert a101 and "partner attach" in a101[0].message


def test_audit_many_uses_the_settings_vocabulary() -> None:
    goals = ["Deal hub will cut approval time to 2 days by March 31, 2027",
             "Increase synergy across the company by 20% by March 31, 2027"]
    extended = with_vocabulary({"teams": ["deal hub"], "abstract": ["synergy"]})
    batch = list(goalsmith.audit_many(goals, extended))
    assert owners(batch[0]) == [("Deal hub", "team")]
    assert metric_kind(batch[1]) == "abstract"
    assert [a.to_dict() for a in batch] == [goalsmith.audit(g, extended).to_dict() for g in goals]


# ---------------------------------------------------------------- pure functions


def test_pure_functions_cache_per_vocabulary() -> None:
    text = "Deal hub will cut approval time to 2 days by March 31, 2027"
    vocab = vocabulary({"teams": ["deal hub"]})
    shipped = find_actors(text)
    assert [a.kind for a in find_actors(text, vocab)] == ["team"]
    assert find_actors(text) == shipped  # a result cached for one vocabulary is not reused
    vague = "Increase synergy across the company by Q3"
    words_ = vocabulary({"abstract": ["synergy"]})
    assert extract_parts(vague).metric.kind == "population"
    assert extract_parts(vague, vocab=words_).metric.kind == "abstract"
    assert extract_parts(vague).metric.kind == "population"


@pytest.mark.parametrize(("first", "second", "same"), [
    ({"abstract": ["synergy"]}, (("abstract", ("synergy",)),), True),  # dict or pairs
    ({"abstract": ["synergy"]}, {"abstract": ["synergies"]}, False),
    ({}, (), True),
    ({"abstract": []}, {}, True),  # an empty list adds nothing
])
def test_vocabulary_is_built_once_per_distinct_value(first: Any, second: Any, same: bool) -> None:
    assert (vocabulary(first) is vocabulary(second)) is same
    assert (vocabulary(first) == vocabulary(second)) is same


def test_shipped_vocabulary_is_the_shipped_lexicon_and_catalogue() -> None:
    assert vocabulary().lexicon is lexicon()
    assert vocabulary().catalogue is default_catalogue()


def test_build_nlp_is_cached_per_vocabulary_and_carries_it_as_config() -> None:
    extras = (("teams", ("deal hub",)),)
    nlp = build_nlp(TODAY, 1, False, extra_words=extras)
    assert build_nlp(TODAY, 1, False, extra_words={"teams": ["deal hub"]}) is nlp
    assert build_nlp(TODAY, 1, False) is not nlp
    for name in ("goalsmith_actors", "goalsmith_parts"):
        assert nlp.config["components"][name]["extra_words"] == {"teams": ["deal hub"]}
        assert build_nlp(TODAY, 1, False).config["components"][name]["extra_words"] == {}


def test_a_saved_pipeline_keeps_the_vocabulary(tmp_path: Path) -> None:
    import spacy

    nlp = build_nlp(TODAY, 1, False, extra_words={"teams": ["deal hub"]},
                    extra_metrics={"partner attach": PARTNER_ATTACH})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    parts = goal_parts(loaded("Deal hub will raise partner attach to 40% by Q3"))
    assert [a.kind for a in parts.actors] == ["team"]
    assert parts.metric is not None and parts.metric.kpi == "partner attach"


# ------------------------------------------------------------ word lists, errors


@pytest.mark.parametrize("key", list(WORD_LISTS))
def test_every_accepted_word_list_is_read(key: str) -> None:
    """Every key in WORD_LISTS extends some list of the lexicon (none is a silent no-op)."""
    word = "zqxj"
    shipped = build_lexicon(words())
    extended = build_lexicon(words(), {key: [word]})
    toks = tokenize(word)

    def holds(lex: Any) -> bool:
        for value in vars(lex).values():
            if isinstance(value, frozenset) and word in value:
                return True
            if hasattr(value, "match_at") and value.match_at(toks, 0) is not None:
                return True
        return False

    assert holds(extended) and not holds(shipped)


@pytest.mark.parametrize(("table", "message"), [
    ({"words": {"abstrakt": ["synergy"]}}, "unknown word list abstrakt"),
    ({"words": {"abstract": "synergy"}}, "expected a list of words"),
    ({"words": {"teams": [1, 2]}}, "expected a list of words"),
    ({"words": ["synergy"]}, "must be a table"),
    ({"metrics": {"partner attach": {"unit": "bananas"}}}, "unit must be one of"),
    ({"metrics": {"partner attach": {"colour": "blue"}}}, "unknown field(s) colour"),
    ({"metrics": {"partner attach": 5}}, "expected a table of fields"),
])
def test_bad_vocabulary_in_config_is_a_clear_error(table: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        settings_from_table(table)


def test_unknown_word_list_error_names_the_known_ones() -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_table({"words": {"team": ["deal hub"]}})
    assert "known lists: " in str(caught.value) and "teams" in str(caught.value)


def test_unknown_word_list_through_the_api_is_an_error_not_a_no_op() -> None:
    with pytest.raises(CatalogueError, match="unknown word list"):
        goalsmith.audit("Grow ARR by 20% by Q3", BASE.with_(extra_words=(("abstrakt", ("x",)),)))


# ------------------------------------------------------------------- the CLI

runner = CliRunner()
CONFIG = """\
[words]
teams = ["deal hub"]
abstract = ["synergy"]

[metrics."partner attach"]
unit = "percent"
bounded_100 = true
change_unit = "points"
max_change_quarter = 5
max_change_year = 10
"""


def check_json(*goals: str) -> list[dict]:
    result = runner.invoke(app, ["check", "--today", "2026-11-29", "--format", "json", *goals])
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    return data if isinstance(data, list) else [data]


def test_cli_reads_the_vocabulary_from_goalsmith_toml(tmp_path: Path, monkeypatch) -> None:
    goals = ["Deal hub will raise partner attach from 30% to 90% by March 31, 2027",
             "Increase synergy across the company by 20% by March 31, 2027"]
    monkeypatch.chdir(tmp_path)
    plain = check_json(*goals)
    (tmp_path / "goalsmith.toml").write_text(CONFIG)
    owned, vague = check_json(*goals)
    assert [a["kind"] for a in owned["extractions"]["actors"]] == ["team"]
    assert owned["extractions"]["metric"]["kpi"] == "partner attach"
    assert owned["criteria"]["attainable"]["verdict"] == "fail"
    assert vague["criteria"]["specific"]["verdict"] == "fail"
    assert plain[1]["criteria"]["specific"]["verdict"] == "pass"
    assert plain[0]["extractions"]["metric"]["kpi"] != "partner attach"


def test_cli_config_shows_the_vocabulary_and_what_it_accepts(tmp_path: Path,
                                                             monkeypatch) -> None:
    (tmp_path / "goalsmith.toml").write_text(CONFIG)
    monkeypatch.chdir(tmp_path)
    data = json.loads(runner.invoke(app, ["config"]).stdout)
    assert data["extra_words"] == {"abstract": ["synergy"], "teams": ["deal hub"]}
    assert data["extra_metrics"]["partner attach"]["bounded_100"] is True
    assert data["accepted_word_lists"] == list(WORD_LISTS)
    assert data["accepted_metric_fields"] == list(METRIC_FIELDS)


def test_cli_unknown_word_list_is_one_line_exit_2(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "goalsmith.toml").write_text('[words]\nabstrakt = ["synergy"]\n')
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--today", "2026-11-29", "Grow ARR by 20% by Q3"])
    assert result.exit_code == 2
    assert "unknown word list abstrakt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# ------------------------------------------------------------------- the docs


def test_docs_list_every_word_list_and_metric_field() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in (*WORD_LISTS, *METRIC_FIELDS):
        assert f"`{name}`" in text, f"docs/configuration.md does not document {name}"


def test_docs_worked_example_is_a_valid_configuration(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)
    assert blocks, "docs/configuration.md has no toml example"
    (tmp_path / "goalsmith.toml").write_text(blocks[0], encoding="utf-8")
    settings = load_settings(config=tmp_path / "goalsmith.toml", today=TODAY)
    assert settings.extra_words and settings.extra_metrics
    audit = goalsmith.audit("RevOps pod will grow demo requests from 40 to 60 per month "
                            "by March 31, 2027", settings)
    assert kpi(audit) == "demo requests"
    assert owners(audit) == [("RevOps pod", "team")]

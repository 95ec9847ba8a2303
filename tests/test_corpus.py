"""The corpus: the real one validates, the markup parser and the validator behave as specified."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from goalsmith.corpus import (
    BUILT_FILE,
    CorpusItem,
    CorpusSpan,
    MarkupError,
    assign_split,
    build,
    check,
    is_smart,
    load_corpus,
    load_sources,
    normalise,
    parse_markup,
    parse_verdicts,
    render,
    validate_items,
)

# --------------------------------------------------------------------------- the real corpus


def test_real_corpus_is_valid_and_up_to_date() -> None:
    assert check() == []


def test_real_corpus_split_shares_are_near_70_15_15() -> None:
    shares = Counter(item.split for item in load_corpus())
    total = sum(shares.values())
    assert abs(shares["train"] / total - 0.70) < 0.04
    assert abs(shares["dev"] / total - 0.15) < 0.04
    assert abs(shares["test"] / total - 0.15) < 0.04


def test_load_corpus_filters_by_split() -> None:
    dev = load_corpus("dev")
    assert dev and {item.split for item in dev} == {"dev"}
    assert len(dev) + len(load_corpus("train")) + len(load_corpus("test")) == len(load_corpus())


def test_load_corpus_rejects_an_unknown_split() -> None:
    with pytest.raises(ValueError):
        load_corpus("validation")


def test_loaded_items_round_trip_to_the_built_file() -> None:
    assert render(load_corpus()) == BUILT_FILE.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- markup parser

PARSE_CASES = [
    ("Increase sales.", "Increase sales.", []),
    ("[Increase]{ACTION} [sales]{METRIC}.", "Increase sales.",
     [(0, 8, "ACTION"), (9, 14, "METRIC")]),
    ("[We]{ACTOR} will [grow]{ACTION} [ARR]{METRIC} [by 25%]{TARGET} [by Q3]{DEADLINE}.",
     "We will grow ARR by 25% by Q3.",
     [(0, 2, "ACTOR"), (8, 12, "ACTION"), (13, 16, "METRIC"), (17, 23, "TARGET"),
      (24, 29, "DEADLINE")]),
    (r"Grow revenue [by \[target\]]{TARGET}.", "Grow revenue by [target].", [(13, 24, "TARGET")]),
    (r"Literal \{braces\} and a \\ backslash", "Literal {braces} and a \\ backslash", []),
    ("[€1.2M]{TARGET} in Zürich", "€1.2M in Zürich", [(0, 5, "TARGET")]),
    ("", "", []),
]


@pytest.mark.parametrize(("markup", "text", "spans"), PARSE_CASES)
def test_parse_markup(markup: str, text: str, spans: list[tuple[int, int, str]]) -> None:
    parsed_text, parsed_spans = parse_markup(markup)
    assert parsed_text == text
    assert [(s.start, s.end, s.label) for s in parsed_spans] == spans
    for span in parsed_spans:  # offsets point at the annotated words
        assert parsed_text[span.start:span.end] == parsed_text[span.start:span.end].strip()


BAD_MARKUP = [
    ("[sales]", "without a {LABEL}"),
    ("[sales]{METRICS}", "unknown label"),
    ("[sales]{metric}", "without a {LABEL}"),
    ("[[nested]{METRIC}]{METRIC}", "nested"),
    ("sales]{METRIC}", "outside a span"),
    ("[sales", "never closed"),
    ("sales {METRIC}", "outside an annotation"),
    ("[ sales]{METRIC}", "whitespace"),
    ("[]{METRIC}", "empty span"),
    (r"bad \q escape", "bad escape"),
]


@pytest.mark.parametrize(("markup", "message"), BAD_MARKUP)
def test_parse_markup_rejects(markup: str, message: str) -> None:
    with pytest.raises(MarkupError, match=message.replace("{", r"\{").replace("}", r"\}")):
        parse_markup(markup)


# --------------------------------------------------------------------------- verdicts, splits


@pytest.mark.parametrize(("value", "smart"), [
    ("S+ M+ A+ R? T+", True),
    ("S+ M+ A+ R+ T+", True),
    ("S+ M+ A+ R- T+", False),
    ("S+ M+ A? R? T+", False),
    ("S- M+ A+ R? T+", False),
])
def test_parse_verdicts_and_smart(value: str, smart: bool) -> None:
    assert is_smart(parse_verdicts(value)) is smart


@pytest.mark.parametrize("value", ["S+ M+ A+ R?", "S+ M+ A+ R? T*", "s+ m+ a+ r? t+", None, 5])
def test_parse_verdicts_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_verdicts(value)


@pytest.mark.parametrize(("left", "right"), [
    ("Increase  sales.", "increase sales."),
    ("  WIN RATE\tup ", "win rate up"),
    ("Straße", "STRASSE"),
])
def test_normalise_folds_case_and_whitespace(left: str, right: str) -> None:
    assert normalise(left) == normalise(right)


def test_split_is_a_function_of_the_normalised_text() -> None:
    assert assign_split("Increase sales.") == assign_split("  increase   SALES. ")
    # Pinned values: a change here would silently reshuffle the held-out split.
    assert [assign_split(t) for t in ("a", "b", "c", "d")] == ["train", "test", "train", "test"]


# --------------------------------------------------------------------------- validator


def _goal(**changes: object) -> CorpusItem:
    """A valid goal item; each validator case changes one thing."""
    text = "Increase pipeline by 25% by Q3."
    base = CorpusItem(
        id="g-1", text=text,
        spans=(CorpusSpan(0, 8, "ACTION"), CorpusSpan(9, 17, "METRIC"),
               CorpusSpan(18, 24, "TARGET"), CorpusSpan(25, 30, "DEADLINE")),
        goal=True, split=assign_split(text), domain="sales",
        verdicts=parse_verdicts("S+ M+ A+ R? T+"), smart=True, deadline="2027-09-30",
        targets=({"kind": "percent", "value": 25},), today="2026-11-29", fiscal_year_start=1,
        source="test",
    )
    return dataclasses.replace(base, **changes)


def test_the_template_goal_is_valid() -> None:
    assert validate_items([_goal()]) == []


VALIDATOR_CASES = [
    ("offsets outside the text", {"spans": (CorpusSpan(0, 99, "ACTION"),)}, "outside the text"),
    ("offsets off the word edges", {"spans": (CorpusSpan(8, 12, "METRIC"),
                                              CorpusSpan(18, 24, "TARGET"),
                                              CorpusSpan(25, 30, "DEADLINE"))}, "word edges"),
    ("unknown label", {"spans": (CorpusSpan(0, 8, "VERB"), CorpusSpan(18, 24, "TARGET"),
                                 CorpusSpan(25, 30, "DEADLINE"))}, "unknown label"),
    ("overlapping spans", {"spans": (CorpusSpan(0, 17, "ACTION"), CorpusSpan(9, 24, "TARGET"),
                                     CorpusSpan(25, 30, "DEADLINE"))}, "overlaps"),
    ("bad verdict value", {"verdicts": {**parse_verdicts("S+ M+ A+ R? T+"), "specific": "yes"}},
     "not one of"),
    ("missing criterion", {"verdicts": {"specific": "pass"}}, "must give exactly"),
    ("smart disagrees", {"smart": False}, "'smart' does not follow"),
    ("deadline not ISO", {"deadline": "31/03/2027"}, "not an ISO date"),
    ("deadline not a date", {"deadline": "2027-02-30"}, "not a real date"),
    ("past deadline passing T", {"deadline": "2026-09-30"}, "is past but time_bound passes"),
    ("T passes with no deadline", {"deadline": None}, "deadline is null"),
    ("unknown target kind", {"targets": ({"kind": "percentage", "value": 25},)}, "target kind"),
    ("target value not a number", {"targets": ({"kind": "percent", "value": "25"},)},
     "not a number"),
    ("reversed range", {"targets": ({"kind": "percent", "value": 20, "low": 20, "high": 15},)},
     "reversed"),
    ("bad comparator", {"targets": ({"kind": "count", "value": 3, "comparator": ">="},)},
     "comparator"),
    ("unknown target key", {"targets": ({"kind": "count", "value": 3, "noun": "demos"},)},
     "unknown key"),
    ("targets without a TARGET span", {"spans": (CorpusSpan(0, 8, "ACTION"),
                                                 CorpusSpan(25, 30, "DEADLINE"))},
     "no TARGET span"),
    ("deadline without a DEADLINE span", {"spans": (CorpusSpan(18, 24, "TARGET"),)},
     "no DEADLINE span"),
    ("unknown domain", {"domain": "legal"}, "domain"),
    ("unknown split", {"split": "validation"}, "split"),
    ("split not from the hash", {"split": "dev" if assign_split("Increase pipeline by 25% by Q3.")
                                 != "dev" else "train"}, "hash assigns"),
    ("fiscal year start out of range", {"fiscal_year_start": 13}, "fiscal_year_start"),
    ("owner label left out of ACTOR", {
        "text": "Owner: Maria - increase pipeline by 25% by Q3.",
        "split": assign_split("Owner: Maria - increase pipeline by 25% by Q3."),
        "spans": (CorpusSpan(7, 12, "ACTOR"),)}, "leaves out its owner label"),
    ("'every' left out of ACTOR", {
        "text": "Every AE books 40 demos by Q3.",
        "split": assign_split("Every AE books 40 demos by Q3."),
        "spans": (CorpusSpan(6, 8, "ACTOR"),)}, "leaves out its owner label"),
    ("linking word inside METRIC", {
        "text": "Close $900k in net-new ARR by Q3.",
        "split": assign_split("Close $900k in net-new ARR by Q3."),
        "spans": (CorpusSpan(12, 26, "METRIC"),)}, "opens with 'in'"),
    ("comparative inside METRIC", {
        "text": "Get more leads by Q3.",
        "split": assign_split("Get more leads by Q3."),
        "spans": (CorpusSpan(4, 14, "METRIC"),)}, "opens with 'more'"),
    ("article left out of METRIC", {
        "text": "Reach a win rate of 30% by Q3.",
        "split": assign_split("Reach a win rate of 30% by Q3."),
        "spans": (CorpusSpan(8, 16, "METRIC"),)}, "leaves out its article"),
    ("article inside ACTOR", {
        "text": "The SRE team will cut MTTR by 25% by Q3.",
        "split": assign_split("The SRE team will cut MTTR by 25% by Q3."),
        "spans": (CorpusSpan(0, 12, "ACTOR"),)}, "opens with 'The'"),
]


@pytest.mark.parametrize(("case", "changes", "message"), VALIDATOR_CASES,
                         ids=[c[0] for c in VALIDATOR_CASES])
def test_validator_catches(case: str, changes: dict[str, object], message: str) -> None:
    problems = validate_items([_goal(**changes)])
    assert any(message in problem for problem in problems), (case, problems)


def test_validator_catches_duplicates_after_normalising() -> None:
    twin = _goal(text="increase  PIPELINE by 25% by Q3.", source="twin")
    problems = validate_items([_goal(), twin])
    assert any("duplicate of test" in p or "leakage" in p for p in problems)


def test_validator_catches_leakage_across_splits() -> None:
    # A stale built file may carry the same text in two splits: that is leakage.
    other = "dev" if _goal().split != "dev" else "test"
    leaked = dataclasses.replace(_goal(), split=other, source="leaked")
    problems = validate_items([_goal(), leaked])
    assert any("leakage" in p for p in problems)


def test_validator_flags_a_not_goal_with_labels() -> None:
    item = dataclasses.replace(_goal(), goal=False, verdicts=None, smart=None)
    assert any("not-goal carries" in p for p in validate_items([item]))


# --------------------------------------------------------------------------- sources and check

GOOD_LINE = {"markup": "[Book]{ACTION} [40]{TARGET} [demos]{METRIC} [by Q1]{DEADLINE}.",
             "goal": True, "verdicts": "S+ M+ A+ R? T+", "deadline": "2027-03-31",
             "targets": [{"kind": "count", "value": 40}]}

BAD_SOURCE_LINES = [
    ("not json", "{oops", "Expecting"),
    ("no markup", json.dumps({"goal": False}), "missing 'markup'"),
    ("goal not bool", json.dumps({"markup": "x", "goal": "yes"}), "'goal' must be"),
    ("bad markup", json.dumps({"markup": "[x", "goal": False}), "never closed"),
    ("bad verdicts", json.dumps({**GOOD_LINE, "verdicts": "S+ M+"}), "verdicts"),
    ("domain mismatch", json.dumps({**GOOD_LINE, "domain": "hr"}), "in a file for 'sales'"),
]


def _write_sources(tmp_path: Path, line: str) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    (source / "goals-sales.jsonl").write_text(json.dumps(GOOD_LINE) + "\n" + line + "\n",
                                              encoding="utf-8")
    return source


@pytest.mark.parametrize(("case", "line", "message"), BAD_SOURCE_LINES,
                         ids=[c[0] for c in BAD_SOURCE_LINES])
def test_load_sources_reports_bad_lines(tmp_path: Path, case: str, line: str,
                                        message: str) -> None:
    items, problems = load_sources(_write_sources(tmp_path, line))
    assert items[0].source == "goals-sales.jsonl:1"  # the good line still loads
    assert any(p.startswith("goals-sales.jsonl:2: ") and message in p for p in problems), problems


def test_check_reports_a_missing_or_stale_built_file(tmp_path: Path) -> None:
    source = _write_sources(tmp_path, json.dumps({"markup": "Pipeline was $4M.", "goal": False}))
    built = tmp_path / "goals.jsonl"
    assert any("missing" in p for p in check(source, built))
    build(source, built)
    assert check(source, built) == []
    with (source / "goals-sales.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"markup": "Win rate dropped to 18%.", "goal": False}) + "\n")
    assert any("out of date" in p for p in check(source, built))


def test_built_items_carry_goal_fields_only_for_goals(tmp_path: Path) -> None:
    source = _write_sources(tmp_path, json.dumps({"markup": "Pipeline was $4M.", "goal": False}))
    built = tmp_path / "goals.jsonl"
    build(source, built)
    goal, not_goal = (json.loads(line) for line in built.read_text(encoding="utf-8").splitlines())
    assert goal["verdicts"]["time_bound"] == "pass" and goal["smart"] is True
    assert goal["today"] == "2026-11-29" and goal["fiscal_year_start"] == 1
    assert goal["spans"][1] == {"start": 5, "end": 7, "label": "TARGET"}
    assert "verdicts" not in not_goal and not_goal["domain"] == "sales"

"""The trained pipeline: how its tags become spans, how they join the rules, smoke training."""

from __future__ import annotations

import json
from datetime import date

import pytest
import spacy
from typer.testing import CliRunner

from goalsmith.cli.app import app
from goalsmith.cli.commands import COMMAND_MODULES  # noqa: F401  (registers the commands)
from goalsmith.goal import Action, Actor, GoalParts, Metric, Scope
from goalsmith.pipeline import build_nlp, trained_model
from goalsmith.pipeline.model import merge_into, merge_spans, read_policy, tagged_spans

NLP = spacy.blank("en")

# (text, BIO tags per token, expected (label, text) spans)
TAGGED = [
    ("Maria will grow ARR", ["B-ACTOR", "O", "B-ACTION", "B-METRIC"],
     [("ACTOR", "Maria"), ("ACTION", "grow"), ("METRIC", "ARR")]),
    ("the EMEA sales team", ["B-ACTOR", "I-ACTOR", "I-ACTOR", "I-ACTOR"],
     [("ACTOR", "the EMEA sales team")]),
    ("grow EMEA pipeline", ["B-ACTION", "B-SCOPE", "B-METRIC"],
     [("ACTION", "grow"), ("SCOPE", "EMEA"), ("METRIC", "pipeline")]),
    ("a stray tag", ["O", "I-METRIC", "I-METRIC"], [("METRIC", "stray tag")]),
    ("two spans", ["B-SCOPE", "B-SCOPE"], [("SCOPE", "two"), ("SCOPE", "spans")]),
    ("switch label mid", ["B-ACTOR", "I-METRIC", "O"], [("ACTOR", "switch"), ("METRIC", "label")]),
    ("nothing here", ["O", "O"], []),
]


@pytest.mark.parametrize(("text", "tags", "expected"), TAGGED)
def test_bio_tags_decode_to_character_spans(text, tags, expected):
    doc = NLP.make_doc(text)
    assert len(doc) == len(tags)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    assert [(label, text[s:e]) for label, s, e in tagged_spans(doc)] == expected


RULES = [Actor("we", (0, 2), "pronoun")]
MODEL = [Actor("Maria", (10, 15), "person"), Actor("we", (0, 2), "pronoun")]


@pytest.mark.parametrize(("rules", "model", "policy", "expected"), [
    (RULES, MODEL, "rules", RULES),
    (RULES, MODEL, "model", MODEL),
    (RULES, MODEL, "fallback", RULES),
    ([], MODEL, "fallback", MODEL),
    (RULES, MODEL, "union", [RULES[0], MODEL[0]]),
])
def test_merge_policies(rules, model, policy, expected):
    assert merge_spans(rules, model, policy) == expected


def test_merge_fills_a_missing_metric_and_keeps_the_rules_scope():
    parts = GoalParts(text="Ana to grow EMEA bookings", scope=[Scope("EMEA", (12, 16), "region")])
    merged = merge_into(parts, [("ACTOR", 0, 3), ("METRIC", 17, 25), ("SCOPE", 12, 25)],
                        {"ACTOR": "fallback", "METRIC": "fallback", "SCOPE": "rules",
                         "ACTION": "rules"})
    assert merged.actors == [Actor("Ana", (0, 3), "person")]
    assert merged.metric == Metric("bookings", (17, 25), "bookings", "metric")
    assert merged.scope == parts.scope


# (text, the rules' metric, the ACTION span the tagger proposed, kept as the action?)
MODEL_ACTIONS_IN_METRICS = [
    ("Win rate by stage reported weekly.", "Win rate", "Win", False),
    ("Mean time to detect under 1 hour", "Mean time to detect", "Mean", False),
    # a verb before a metric that does not open with it stays
    ("Report logo churn to the CFO every Monday", "Report logo churn", "Report", True),
]


@pytest.mark.parametrize(("text", "metric", "action", "kept"), MODEL_ACTIONS_IN_METRICS)
def test_a_verb_that_opens_a_metric_name_is_no_action(text, metric, action, kept):
    start = text.index(metric)
    parts = GoalParts(text=text, metric=Metric(metric, (start, start + len(metric)), None,
                                               "metric"))
    merged = merge_into(parts, [("ACTION", start, start + len(action))],
                        {"ACTOR": "rules", "METRIC": "rules", "SCOPE": "rules",
                         "ACTION": "fallback"})
    assert (merged.action is not None) is kept
    assert merged.metric == parts.metric


# (text, the ACTOR span the tagger proposed, kept as the owner?)
MODEL_OWNERS = [
    ("Maria will grow ARR by 10%", "Maria", True),
    ("Owner: Maria. Grow ARR by 10%", "Maria", True),
    ("Hire a VP Sales by March", "VP Sales", False),
    ("Train the SDR team on discovery by Q2", "SDR team", False),
    ("Launch a portal for customers", "customers", False),
    # a prefix the rules read as a topic, everybody, or a programme is no owner
    ("Webinars: get more people to attend", "Webinars", False),
    ("Pricing: figure out packaging for the AI add-on", "Pricing", False),
    ("users should be able to find stuff faster", "users", False),
    ("The Warm Homes programme will reach 2,000 households", "programme", False),
    ("Revenues & Benefits will clear the backlog by Q2", "Revenues & Benefits", True),
]


def test_an_owner_tagged_in_pieces_is_one_owner():
    text = "Grants manager Ruth Adeyemi will apply for six grants by March"
    merged = merge_into(GoalParts(text=text), [("ACTOR", 0, 14), ("ACTOR", 15, 27)],
                        {"ACTOR": "fallback", "METRIC": "rules", "SCOPE": "rules",
                         "ACTION": "rules"})
    assert [a.text for a in merged.actors] == ["Grants manager Ruth Adeyemi"]


@pytest.mark.parametrize(("text", "span_text", "kept"), MODEL_OWNERS)
def test_the_models_owners_must_stand_where_an_owner_can(text, span_text, kept):
    start = text.index(span_text)
    merged = merge_into(GoalParts(text=text), [("ACTOR", start, start + len(span_text))],
                        {"ACTOR": "fallback", "METRIC": "rules", "SCOPE": "rules",
                         "ACTION": "rules"})
    assert bool(merged.actors) is kept


# (a scope the tagger proposed, kept?) A scope must say which part, not "everybody".
MODEL_SCOPES = [
    ("in EMEA", True),
    ("mid-market", True),
    ("for enterprise customers", True),
    ("from customers", False),
    ("for our users", False),
    ("the", False),
]


@pytest.mark.parametrize(("scope", "kept"), MODEL_SCOPES)
def test_the_models_scopes_must_name_a_part(scope, kept):
    text = f"Increase revenue {scope}"
    start = text.index(scope)
    merged = merge_into(GoalParts(text=text), [("SCOPE", start, len(text))],
                        {"ACTOR": "rules", "METRIC": "rules", "SCOPE": "fallback",
                         "ACTION": "rules"})
    assert bool(merged.scope) is kept


# (the text, the word the tagger marked as a scope, kept?): a prefix a hyphen joins to
# its word is a piece of that word, not a part of anything.
WORD_PIECES = [
    ("work on reducing mis-picks by Dec 31", "mis", False),
    ("re-triage waiting room patients every hour", "re", False),
    ("reduce non-EU churn by 5%", "EU", True),
    ("grow EMEA-based accounts by 10%", "EMEA", True),
]


@pytest.mark.parametrize(("text", "scope", "kept"), WORD_PIECES)
def test_a_scope_tagged_on_a_words_prefix_is_dropped(text: str, scope: str, kept: bool):
    start = text.index(scope)
    merged = merge_into(GoalParts(text=text), [("SCOPE", start, start + len(scope))],
                        {"ACTOR": "rules", "METRIC": "rules", "SCOPE": "fallback",
                         "ACTION": "rules"})
    assert bool(merged.scope) is kept


def test_the_shipped_model_and_its_policy_load():
    shipped = trained_model()
    assert shipped is not None, "models/goalsmith_parts is missing"
    path, policy = shipped
    assert set(policy) == {"ACTOR", "METRIC", "SCOPE", "ACTION"}
    assert read_policy(path) == policy
    meta = json.loads((path / "meta.json").read_text())
    assert meta["license"] == "MIT"
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size < 20 * 1024 * 1024


def test_pipeline_with_and_without_the_model():
    with_model = build_nlp(date(2026, 11, 29), 1, True)
    rules_only = build_nlp(date(2026, 11, 29), 1, False)
    # The trained components are held by goalsmith_model_parts, which runs them last.
    assert with_model.pipe_names[-1] == "goalsmith_model_parts"
    held = [name for name, _ in with_model.get_pipe("goalsmith_model_parts").trained]
    assert held == ["tok2vec", "tagger"]
    assert "tok2vec" not in rules_only.pipe_names
    assert "goalsmith_model_parts" not in rules_only.pipe_names
    text = "Priya will increase EMEA pipeline by 25% by end of Q3"
    for nlp in (with_model, rules_only):
        parts = nlp(text)._.goal
        assert parts.deadline == date(2027, 9, 30)
        assert [t.value for t in parts.targets] == [25.0]


def test_smoke_training_builds_a_loadable_pipeline(tmp_path):
    out = tmp_path / "model"
    result = CliRunner().invoke(app, ["train", "--smoke", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "meta.json").is_file() and (out / "goalsmith.json").is_file()
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "tagger", "textcat"]
    doc = nlp("Maria will grow ARR by 10% by Q3")
    assert set(doc.cats) == {"GOAL", "NOT_GOAL"}


def test_spans_from_the_model_are_classified_with_the_users_words():
    from goalsmith.catalogue import vocabulary

    parts = GoalParts(text="The Deal Hub will cut cycle time")
    policy = {"ACTOR": "fallback", "METRIC": "rules", "SCOPE": "rules", "ACTION": "rules"}
    shipped = merge_into(parts, [("ACTOR", 4, 12)], policy)
    custom = merge_into(parts, [("ACTOR", 4, 12)], policy,
                        vocabulary({"teams": ["deal hub"]}, ()))
    assert shipped.actors[0].kind == "person"
    assert custom.actors[0].kind == "team"


_FALLBACK = {"ACTOR": "fallback", "METRIC": "rules", "SCOPE": "rules", "ACTION": "fallback"}
_OWNED = [Actor("Priya", (0, 5), "person")]
_ACTION = Action("grow", (11, 15), "grow", "up")


# Whether the model can still change the parts: the tok2vec pass runs only then.
@pytest.mark.parametrize(("policy", "actors", "action", "needed"), [
    (_FALLBACK, _OWNED, _ACTION, False),      # the rules found both fallback parts
    (_FALLBACK, [], _ACTION, True),           # no owner: the model's owner is used
    (_FALLBACK, _OWNED, None, True),          # no action: the model's action is used
    (dict.fromkeys(("ACTOR", "METRIC", "SCOPE", "ACTION"), "rules"), [], None, False),
    ({**_FALLBACK, "SCOPE": "union"}, _OWNED, _ACTION, True),
    ({**_FALLBACK, "METRIC": "model"}, _OWNED, _ACTION, True),
])
def test_model_runs_only_where_it_can_change_the_parts(
        policy: dict[str, str], actors: list[Actor], action: Action | None,
        needed: bool) -> None:
    from goalsmith.catalogue import vocabulary
    from goalsmith.pipeline.model import ModelParts

    parts = GoalParts(text="Priya will grow ARR", actors=actors, action=action)
    assert ModelParts(policy, vocabulary()).needs_model(parts) is needed


def test_batched_and_single_goals_get_the_same_parts() -> None:
    # nlp.pipe tags only the batch's goals that need the model; nlp(text) one at a time.
    nlp = build_nlp(date(2026, 11, 29), 1, True)
    texts = ["Priya will grow EMEA pipeline by 25% by Q3", "Reduce churn to 2% by June",
             "The Deal Desk will cut cycle time", "Hire 3 AEs", ""]
    for doc, text in zip(nlp.pipe(texts, batch_size=2), texts, strict=True):
        assert doc._.goal == nlp(text)._.goal

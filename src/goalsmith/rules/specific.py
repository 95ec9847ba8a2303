"""S: Specific. "What exactly do I want to achieve?"

Pass when the goal names a concrete outcome (an action of change or achievement, or a
declarative result, on a concrete object) and pins it down (a target, a named
deliverable or a scope). Compound goals and hedges are warnings on a pass; a missing
owner is an info finding unless the goal's context names one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from goalsmith.catalogue import names_a_rank, spelled
from goalsmith.goal import Metric
from goalsmith.rules.base import (
    Goal,
    Outcome,
    committed_verb,
    evidence,
    info_value,
    union_span,
)
from goalsmith.rules.registry import make_finding, section, thresholds
from goalsmith.verdict import Criterion, Finding

if TYPE_CHECKING:
    from goalsmith.catalogue import MetricsExtra, WordsExtra


def check(goal: Goal) -> Outcome:
    parts = goal.parts
    action, metric = parts.action, parts.metric
    findings = _owner_findings(goal)
    verb = committed_verb(goal.metric_info, goal.is_deliverable)
    example_target = str(info_value(goal.metric_info, "default_target", "20%"))

    rescued = _judged_on_extra(goal)
    if rescued is not None:
        return rescued
    if metric is None and action is not None and _verb_with_target(goal):
        # "Swim twice a week", "Score at least 7.5 on IELTS": the verb names the behaviour
        # or achievement and the target pins it down.
        spans = [t.span for t in goal.targets]
        return Outcome(Criterion("pass", evidence(action.span, *spans),
                                 f"\"{action.text}\" pinned by a target"), findings)
    # "Make my number": a target the team knows by name is no abstraction.
    if metric is None or _a_way_to_be(goal) or (
            metric.kind == "abstract" and not _standing_in_scope(goal)
            and not _counted_by_target(goal) and not goal.has_named_target):
        # S104: nothing names what should change; S101: it is named, but abstractly.
        rule = "S104" if metric is None else "S101"
        span = union_span(action.span if action else None, metric.span if metric else None)
        shown = metric.text if metric else (action.text if action else "")
        findings.insert(0, make_finding(rule, span, object=shown[:60], metric="revenue",
                                        target="20%", verb=verb))
        reason = "no object: what should change?" if rule == "S104" \
            else f"\"{shown[:40]}\" is abstract"
        return Outcome(Criterion("fail", evidence(span), reason), findings)

    pins = _pins(goal)
    outcome_span = union_span(action.span if action else None, metric.span)
    # A non-committal action ("work on", "explore") is activity, not an outcome, however
    # well its object is pinned; only a committed outcome elsewhere in the goal rescues it.
    if action is not None and not action.committal and not (pins and _committed_extra(goal)):
        findings.insert(0, make_finding("S102", action.span, action=action.text, verb=verb))
        return Outcome(Criterion("fail", evidence(action.span, metric.span),
                                 f"\"{action.text}\" is activity, not a result"), findings)
    if not pins:
        findings.insert(0, make_finding("S103", metric.span, object=goal.metric_words,
                                        verb=verb.capitalize(), target=example_target))
        return Outcome(Criterion("fail", evidence(outcome_span),
                                 f"\"{goal.metric_words}\" is not pinned down"), findings)

    hedge = goal.hedge
    if hedge is not None or (action is not None and not action.committal):
        text, span = hedge if hedge is not None else (action.text, action.span)
        shown = action.lemma if hedge is not None and action is not None else verb
        findings.insert(0, make_finding("S202", span, hedge=text, verb=shown.capitalize()))
    if parts.extra_outcomes:
        findings.insert(0, _compound_finding(goal))
    pin_spans = [span for span, _ in pins]
    what = pins[0][1]
    return Outcome(Criterion("pass", evidence(outcome_span, *pin_spans),
                             f"\"{metric.text}\" pinned by {what}"), findings)


def _pins(goal: Goal) -> list[tuple[tuple[int, int], str]]:
    """What pins the outcome down: targets, a named deliverable, scope words."""
    parts = goal.parts
    pins = [(t.span, "a target") for t in goal.targets]
    metric = parts.metric
    if metric is not None and (goal.names_deliverable or goal.is_deliverable):
        pins.append((metric.span, "a named deliverable"))
    if metric is not None and goal.has_named_target:
        pins.append((metric.span, "a named target"))
    if metric is not None and metric.kind != "abstract" and names_rank(goal, metric.text):
        pins.append((metric.span, "a rank"))  # "become a top-quartile finance team"
    # A scope that is itself the object's head ("improve SEO", "build a community", "get
    # more trial signups" with "signups" tagged) says what is acted on, not which part
    # of it: it pins nothing.
    head_is_scope = metric is not None and _head_is_scope_word(goal, metric.text)
    # (the head the product reports, too: "webinars" in "get | webinars | going")
    head_ends = () if metric is None else (
        metric.head_end, metric.shown[1][1] if metric.shown else metric.head_end)
    if metric is not None and _wished_better(goal, metric):
        return pins  # "better onboarding for new hires": no scope pins a wish
    pins += [(s.span, "its scope") for s in parts.scope
             if not (s.span[1] in head_ends and s.span[0] >= metric.span[0]
                     and (head_is_scope or " " not in s.text.strip()))
             and _restricts(goal, s.text, s.span)]
    return pins


def _wished_better(goal: Goal, metric: Metric) -> bool:
    """Whether a comparative of quality introduces the object: "better onboarding", "Get
    better payment terms", "Better data in Salesforce" (not "more leads")."""
    quality = section("measurable").get("quality_comparatives", [])
    text = goal.parts.text
    before = text[max(0, metric.span[0] - 12):metric.span[0]].split()[-1:]
    leading = metric.text.split(maxsplit=1)[:1]
    return any(spelled(w.strip(".,;:!?")) in quality for w in (*before, *leading))


def _restricts(goal: Goal, text: str, span: tuple[int, int]) -> bool:
    """Whether a scope (the rules' or the model's) says which or where: not "across every
    channel", "in all regions", "for everyone", "new" or a lone verb ("help")."""
    settings = goal.settings
    return _restricting(text, goal.parts.text[max(0, span[0] - 12):span[0]],
                        settings.extra_words, settings.extra_metrics)


@lru_cache(maxsize=4096)
def _restricting(text: str, before_text: str, extra_words: WordsExtra,
                 extra_metrics: MetricsExtra) -> bool:
    """``_restricts`` for one scope text and the words before it, read with the user's
    word lists (cached: the lists are part of the key)."""
    from goalsmith.catalogue import tokenize, vocabulary

    lex = vocabulary(extra_words, extra_metrics).lexicon
    toks = tokenize(text)
    before = tokenize(before_text)[-2:]
    if lex.not_scope is not None and any(
            (hit := lex.not_scope.match_at(phrase, 0)) is not None and hit[0] == len(phrase)
            for phrase in ((*before, *toks), (*before[-1:], *toks))):
        return False  # "across the state": the set phrase, not a part of anything
    whole_words = lex.definite_sets - lex.singular_openers
    # "channel revenue" is a channel; "every channel" is all of them.
    whole = any(t.low in whole_words for t in (*toks, *before))
    fillers = lex.scope_prepositions | lex.determiners | lex.definite_sets
    content = [t for t in toks if t.text[:1].isalnum() and t.low not in fillers]
    if not content:
        return False
    if any(t.text[:1].isupper() or any(ch.isdigit() for ch in t.text) for t in content):
        return True  # a name or a number says which
    vague = lex.generic_groups | lex.open_sets | (lex.dimensions if whole else frozenset())
    if all(t.low in vague or t.norm in vague for t in content):
        return False
    return not (len(content) == 1 and (lex.verbs.match_at(content, 0) is not None
                                       or lex.noncommittal.match_at(content, 0) is not None)
                and lex.scope.match_at(content, 0) is None)


def _a_way_to_be(goal: Goal) -> bool:
    """ "Be bold, be human": "be" before words that are no noun phrase, with no target, is
    a way to be, however the words after it are scoped."""
    action, metric = goal.parts.action, goal.parts.metric
    return (action is not None and action.text.lower() == "be" and metric is not None
            and not metric.phrase and not goal.targets)


def _counted_by_target(goal: Goal) -> bool:
    """ "Scale the team to 60 engineers": a committed change of a vague object whose
    target counts something concrete says what is measured."""
    from goalsmith.catalogue import tokenize

    action = goal.parts.action
    if action is None or not action.committal or action.direction is None:
        return False
    abstract, counted = goal.lexicon.abstract, goal.lexicon.counted_abstracts
    for target in goal.targets:
        toks = tokenize(target.noun or "")
        # (a counted abstract is a set: "Grow the team to 60 people")
        if toks and toks[-1].text.isalpha() and (
                abstract.match_at(toks, len(toks) - 1) is None or toks[-1].low in counted):
            return True
    return False


def _standing_in_scope(goal: Goal) -> bool:
    """ "Grow our presence in the German market", "Expand our footprint in Benelux": an
    abstract word of market standing is specific once a scope says where."""
    from goalsmith.catalogue import tokenize

    metric = goal.parts.metric
    if metric is None or not goal.parts.scope:
        return False
    toks = tokenize(metric.text)
    return bool(toks) and toks[-1].norm in goal.lexicon.scopable and any(
        s.span[0] >= metric.span[1] or s.span[1] <= metric.span[0] for s in goal.parts.scope)


def names_rank(goal: Goal, text: str) -> bool:
    """Whether an object names a rank: "a top-3 vendor", "the #1 CRM", "top-quartile"."""
    return names_a_rank(text, goal.lexicon.rank_words)


def _head_is_scope_word(goal: Goal, text: str) -> bool:
    """Whether the object's last word is a scope word: "SEO", "a stronger community"."""
    from goalsmith.catalogue import tokenize

    toks = tokenize(text)
    return bool(toks) and goal.lexicon.scope.match_at(toks, len(toks) - 1) is not None


def _verb_with_target(goal: Goal) -> bool:
    """A committed verb that is not a change ("score", "swim", "hit") with a real target
    but no object: the target says what is achieved. "Increase by 20%" (a change of
    nothing named) does not count, but an amount of money does: "Raise $250,000 for the
    scholarship fund" raises the money itself. A level of money does not: "Grow from
    $142k to $165k a month" grows something it does not name."""
    action = goal.parts.action
    if action is None or not action.committal or not action.text or not goal.targets:
        return False
    return action.direction not in ("up", "down") or any(
        t.kind == "currency" and not t.relative and t.baseline is None
        and not t.text.lower().startswith("to ") for t in goal.targets)


def _judged_on_extra(goal: Goal) -> Outcome | None:
    """A compound goal whose main outcome is abstract, missing or unpinned is judged on a
    further committed, concrete outcome that is pinned ("Grow the business and increase
    ARR by 10%", "... and open a new clinic"): a pass with the split warning."""
    parts = goal.parts
    metric = parts.metric
    if not parts.extra_outcomes or (metric is not None and metric.kind != "abstract"
                                    and _pins(goal)):
        return None
    for action, extra in parts.extra_outcomes:
        if not action.committal or extra is None or extra.kind == "abstract":
            continue
        pinned = extra.kind == "deliverable" or any(
            t.span[0] >= extra.span[0] for t in goal.targets) or any(
            s.span[0] >= extra.span[0] for s in parts.scope)
        if pinned:
            findings = [_compound_finding(goal), *_owner_findings(goal)]
            return Outcome(Criterion("pass", evidence(union_span(action.span, extra.span)),
                                     f"\"{extra.text}\" is a concrete, pinned outcome"),
                           findings)
    return None


def _committed_extra(goal: Goal) -> bool:
    """A further outcome with a committed verb on a concrete object: "explore X and
    launch the partner portal by Q2"."""
    return any(action.committal and metric is not None and metric.kind != "abstract"
               for action, metric in goal.parts.extra_outcomes)


def _compound_finding(goal: Goal) -> Finding:
    extras = goal.parts.extra_outcomes
    first_action, first_metric = extras[0]
    extra = first_action.text + (f" {first_metric.text}" if first_metric else "")
    span = union_span(first_action.span, first_metric.span if first_metric else None)
    return make_finding("S201", span, count=len(extras) + 1, extra=extra)


def _owner_findings(goal: Goal) -> list[Finding]:
    if not thresholds().get("owner_info", True):
        return []
    if goal.parts.actors or (goal.context is not None and goal.context.owner):
        return []
    return [make_finding("S301", None)]

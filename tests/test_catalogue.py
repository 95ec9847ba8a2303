"""The metric catalogue and the word lexicon (data/metrics.toml, data/words.toml)."""

from __future__ import annotations

import pytest

from goalsmith.catalogue import (
    Catalogue,
    CatalogueError,
    MetricInfo,
    PhraseIndex,
    catalogue_for,
    default_catalogue,
    lexicon,
    lookup,
    phrase_key,
    singular,
    tokenize,
)

ALIASES = [
    ("ARR", "ARR"),
    # a stage-to-stage rate is a conversion rate, not the first stage's count
    ("a 250% MQL-to-SQL rate", "conversion rate"),
    ("RevPAR", "revenue"),
    ("annual recurring revenue", "ARR"),
    ("net new ARR", "ARR"),
    ("Monthly Recurring Revenue", "MRR"),
    ("increase sales", "revenue"),
    ("EMEA pipeline", "pipeline"),
    ("3x pipeline coverage", "pipeline coverage"),
    ("win rate", "win rate"),
    ("Win Rates", "win rate"),
    ("quota", "quota attainment"),
    ("average deal size", "deal size"),
    ("ACV", "deal size"),
    ("sales cycle length", "sales cycle"),
    ("demo-to-close rate", "demo-to-close rate"),
    ("demo to close rate", "demo-to-close rate"),
    ("meetings", "meetings booked"),
    ("a meeting", "meetings booked"),
    ("new logos", "new logos"),
    ("MQLs", "MQLs"),
    ("marketing qualified leads", "MQLs"),
    ("SQL", "SQLs"),
    ("inbound leads", "leads"),
    ("website traffic", "website traffic"),
    ("conversion rate", "conversion rate"),
    ("customer acquisition cost", "CAC"),
    ("click-through rate", "CTR"),
    ("logo churn", "churn"),
    ("net revenue retention", "NRR"),
    ("net dollar retention", "NRR"),
    ("gross revenue retention", "GRR"),
    ("customer satisfaction", "CSAT"),
    ("Net Promoter Score", "NPS"),
    ("time to first response", "first response time"),
    ("support tickets", "support tickets"),
    ("uptime", "uptime"),
    ("p95 latency", "latency"),
    ("defects", "bugs"),
    ("deploy frequency", "deployment frequency"),
    ("mean time to recovery", "MTTR"),
    ("code coverage", "test coverage"),
    ("time-to-fill", "time to fill"),
    ("time to fill", "time to fill"),
    ("headcount", "headcount"),
    ("new hires", "hires"),
    ("employee attrition", "attrition"),
    ("employee engagement", "engagement score"),
    ("gross margin", "gross margin"),
    ("cash burn", "burn"),
    ("opex", "costs"),
    ("days sales outstanding", "DSO"),
    ("on-time delivery", "on-time delivery"),
    ("graduation rate", "graduation rate"),
    ("body weight", "weight"),
    ("daily steps", "steps"),
    ("books read", "books read"),
    ("emergency fund", "savings"),
]


@pytest.mark.parametrize(("text", "name"), ALIASES)
def test_lookup_by_alias(text: str, name: str) -> None:
    info = lookup(text)
    assert info is not None and info.name == name


@pytest.mark.parametrize("text", ["the business", "performance", "things", "", "   ",
                                  "\x00\xff", "Maria", "Q3 2027"])
def test_lookup_finds_nothing_in_non_metrics(text: str) -> None:
    assert lookup(text) is None


def test_longest_alias_wins() -> None:
    assert lookup("pipeline coverage").name == "pipeline coverage"
    assert lookup("net revenue retention").name == "NRR"  # not "revenue"
    assert lookup("expansion revenue").name == "expansion revenue"


@pytest.mark.parametrize(("word", "folded"), [
    ("meetings", "meeting"), ("logos", "logo"), ("opportunities", "opportunity"),
    ("SDRs", "SDRs"[:-1]), ("aes", "ae"), ("business", "business"), ("status", "status"),
    ("churches", "church"), ("is", "is"), ("its", "it"),
])
def test_plural_folding(word: str, folded: str) -> None:
    assert singular(word) == folded


CATALOGUE_FIELDS = [
    # (name, unit, better, bounded_100)
    ("revenue", "currency", "up", False),
    ("win rate", "percent", "up", True),
    ("quota attainment", "percent", "up", False),
    ("NRR", "percent", "up", False),
    ("churn", "percent", "down", True),
    ("CAC", "currency", "down", False),
    ("sales cycle", "duration", "down", False),
    ("uptime", "percent", "up", True),
    ("NPS", "score", "up", True),
    ("meetings booked", "count", "up", False),
    ("weight", "mass", "down", False),
]


@pytest.mark.parametrize(("name", "unit", "better", "bounded"), CATALOGUE_FIELDS)
def test_metric_fields(name: str, unit: str, better: str, bounded: bool) -> None:
    info = default_catalogue().get(name)
    assert info is not None
    assert (info.unit, info.better, info.bounded_100) == (unit, better, bounded)


def test_revenue_bounds_match_the_rubric() -> None:
    info = default_catalogue().get("revenue")
    assert (info.max_change_quarter, info.max_change_year) == (100.0, 300.0)
    assert info.default_target == "20%" and info.default_mode == "by"


def test_catalogue_is_broad_and_consistent() -> None:
    metrics = default_catalogue().metrics
    assert len(metrics) >= 70
    domains = {m.domain for m in metrics}
    assert {"sales", "marketing", "customer_success", "engineering", "hr", "finance",
            "operations", "education", "personal"} <= domains
    for info in metrics:
        assert info.max_change_quarter <= info.max_change_year, info.name
        assert info.default_target, info.name
        if info.change_unit == "points":
            assert info.unit in ("percent", "score"), info.name


def test_no_alias_is_shadowed_by_another_metric() -> None:
    owners: dict[tuple[str, ...], str] = {}
    for info in default_catalogue().metrics:
        for alias in (info.name, *info.aliases):
            key = phrase_key(alias)
            assert owners.setdefault(key, info.name) == info.name, (alias, owners[key])


EXTRAS = {
    "demo requests": {"aliases": ["demo requests", "demo asks"], "unit": "count",
                      "better": "up"},
    "win rate": {"max_change_quarter": 15},  # refine a shipped metric
}


def test_user_extras_add_and_refine_metrics() -> None:
    extended = default_catalogue().with_extra(EXTRAS)
    assert extended.lookup("more demo asks").name == "demo requests"
    assert extended.get("win rate").max_change_quarter == 15.0
    assert extended.get("win rate").bounded_100 is True  # unchanged fields kept
    assert lookup("demo asks") is None  # the shipped catalogue is not modified


def test_extras_from_settings_tuples() -> None:
    extra = tuple(sorted(EXTRAS.items()))
    assert catalogue_for(extra).lookup("demo asks").name == "demo requests"
    assert catalogue_for(()) is default_catalogue()


@pytest.mark.parametrize("table", [
    {"unit": "bananas"},
    {"better": "sideways"},
    {"colour": "blue"},
    {"max_change_year": "a lot"},
])
def test_bad_extras_are_rejected_with_a_clear_error(table: dict) -> None:
    with pytest.raises(CatalogueError):
        default_catalogue().with_extra({"odd metric": table})


def test_metric_info_is_frozen() -> None:
    info = MetricInfo("x")
    with pytest.raises(AttributeError):
        info.name = "y"  # type: ignore[misc]


def test_catalogue_from_tables() -> None:
    cat = Catalogue.from_tables([{"name": "widgets", "aliases": ["widget output"]}])
    assert cat.lookup("Widget outputs").name == "widgets"


# ---------------------------------------------------------------- lexicon

VERBS = [
    ("increase", "increase", "up"), ("grew", "grow", "up"), ("boosting", "boost", "up"),
    ("reduced", "reduce", "down"), ("cutting", "cut", "down"), ("minimise", "minimise", "down"),
    ("shrinks", "shrink", "down"), ("hit", "hit", "reach"), ("maintaining", "maintain", "reach"),
    ("kept", "keep", "reach"), ("shipped", "ship", "deliver"), ("hiring", "hire", "deliver"),
    ("launched", "launch", "deliver"), ("rolled out", "roll out", "deliver"),
    ("certified", "certify", "deliver"), ("improves", "improve", "improve"),
    ("optimizing", "optimize", "improve"), ("cross-selling", "cross-sell", "up"),
]


@pytest.mark.parametrize(("form", "lemma", "category"), VERBS)
def test_verb_forms(form: str, lemma: str, category: str) -> None:
    hit = lexicon().verbs.match_at(tokenize(form), 0)
    assert hit is not None
    assert (hit[1].lemma, hit[1].category) == (lemma, category)


@pytest.mark.parametrize(("phrase", "index"), [
    ("work on", "noncommittal"), ("look into", "noncommittal"), ("explore", "noncommittal"),
    ("strive for", "noncommittal"), ("consider", "noncommittal"),
    ("think about", "noncommittal"), ("try to", "hedges"), ("aim to", "hedges"),
    ("hope to", "hedges"), ("focus on", "hedges"), ("so that", "reasons"),
    ("in order to", "reasons"), ("because", "reasons"), ("which will", "reasons"),
    ("to get better at", "reasons"), ("zero", "perfection"), ("100%", "perfection"),
    ("never", "perfection"), ("business", "abstract"), ("performance", "abstract"),
    ("productive", "abstract"), ("VP Sales", "roles"), ("SDRs", "roles"),
    ("customer success", "teams"), ("EMEA", "scope"), ("mid-market", "scope"),
])
def test_word_lists(phrase: str, index: str) -> None:
    toks = tokenize(phrase)
    hit = getattr(lexicon(), index).match_at(toks, 0)
    assert hit is not None and hit[0] == len(toks)


@pytest.mark.parametrize(("text", "kind"), [
    ("EMEA", "region"), ("Germany", "country"), ("germany", "country"), ("SMB", "segment"),
    ("enterprise", "segment"), ("inbound", "channel"), ("iOS", "product"),
    ("named accounts", "accounts"), ("US", "country"),
])
def test_scope_kinds(text: str, kind: str) -> None:
    hit = lexicon().scope.match_at(tokenize(text), 0)
    assert hit is not None and hit[1] == kind


@pytest.mark.parametrize("text", ["us", "na", "it"])
def test_short_acronyms_are_case_sensitive(text: str) -> None:
    assert lexicon().scope.match_at(tokenize(text), 0) is None
    assert lexicon().teams.match_at(tokenize(text), 0) is None


def test_user_words_extend_the_lexicon() -> None:
    lex = lexicon((("abstract", ("synergy",)), ("verbs_up", ("supercharge",))))
    assert lex.abstract.match_at(tokenize("synergy"), 0) is not None
    assert lex.verbs.match_at(tokenize("supercharged"), 0)[1].category == "up"
    assert lexicon().abstract.match_at(tokenize("synergy"), 0) is None


def test_tokenizer_keeps_offsets() -> None:
    text = "We'll grow mid-market ARR to $1.5M, don't we?"
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text
    assert [t.text for t in tokenize("mid-market")] == ["mid", "market"]


# PhraseIndex: longest match first; among phrases of one length the first listed wins;
# an exact phrase only matches as written; ``end`` bounds the match.
_PHRASES = [("customer", "c"), ("customer success", "cs"), ("customer success team", "cst"),
            ("to", "to"), ("to grow", "grow-1"), ("to grow", "grow-2"), ("US", "exact-us"),
            ("net new", "nn")]


@pytest.fixture(scope="module")
def phrases() -> PhraseIndex:
    index = PhraseIndex()
    for phrase, value in _PHRASES:
        index.add(phrase, value, exact=phrase == "US")
    return index


@pytest.mark.parametrize(("text", "i", "end", "expected"), [
    ("customer success team wins", 0, None, (3, "cst")),
    ("customer success manager", 0, None, (2, "cs")),
    ("Customers churn", 0, None, (1, "c")),
    ("customer success team", 0, 2, (2, "cs")),   # the bound cuts the longer phrase
    ("customer success team", 0, 0, None),
    ("so as to grow", 2, None, (4, "grow-1")),    # the first listing of a phrase wins
    ("so as to go", 2, None, (3, "to")),
    ("sell in the US", 3, None, (4, "exact-us")),
    ("sell to us", 2, None, None),               # "us" is not the exact "US"
    ("net revenue", 0, None, None),              # a phrase's first word alone is no match
    ("customer", 5, None, None),                 # past the end
])
def test_phrase_index_match_at(phrases: PhraseIndex, text: str, i: int, end: int | None,
                               expected: tuple[int, str] | None) -> None:
    assert phrases.match_at(tokenize(text), i, end) == expected


def test_phrase_index_find_all_is_leftmost_longest(phrases: PhraseIndex) -> None:
    toks = tokenize("Customer success team to grow net new customers in the US")
    assert phrases.find_all(toks) == [(0, 3, "cst"), (3, 5, "grow-1"), (5, 7, "nn"),
                                      (7, 8, "c"), (10, 11, "exact-us")]


def test_lookup_answers_the_same_when_asked_again() -> None:
    # lookup() keeps its answers per catalogue: a second ask, or another catalogue's,
    # must not see a stale or foreign answer.
    custom = default_catalogue().with_extra({"demo requests": {"unit": "count"}})
    for _ in range(2):
        assert lookup("EMEA pipeline").name == "pipeline"
        assert lookup("demo requests").name == "leads"
        assert custom.lookup("demo requests").name == "demo requests"
        assert lookup("the business") is None


# Lists the parts pipeline and the rules read, each extended by a user's word.
EXTENDED_LISTS = [
    ("completion_verbs", "mothball", "completion_verbs"),
    ("achievements", "knighted", "achievements"),
    ("causal_people_verbs", "let", "causal_people_verbs"),
    ("attach_verbs", "bolt on", "attach_verbs"),
    ("skill_verbs", "master", "skill_verbs"),
    ("measurable_comparatives", "snappier", "measurable_comparatives"),
    ("generic_groups", "punters", "generic_groups"),
    ("counted_committal", "champion", "counted_committal"),
    ("rank_words", "tercile", "rank_words"),
]


@pytest.mark.parametrize(("key", "word", "field"), EXTENDED_LISTS,
                         ids=[c[0] for c in EXTENDED_LISTS])
def test_user_words_reach_every_rule_list(key: str, word: str, field: str) -> None:
    assert word not in getattr(lexicon(), field)
    assert word in getattr(lexicon(((key, (word,)),)), field)


def test_phrase_lists_are_indexes_a_user_can_extend() -> None:
    toks = tokenize("full stop")
    assert lexicon().object_enders.match_at(toks, 0) is None
    assert lexicon((("object_enders", ("full stop",)),)).object_enders.match_at(toks, 0) == (
        2, "full stop")
    assert "footprint" in lexicon().scopable  # plural-folded like the object's last word


def test_improve_verbs_follow_the_verb_list() -> None:
    assert "improve" in lexicon().improve_verbs
    assert "turbocharge" in lexicon((("verbs_improve", ("turbocharge",)),)).improve_verbs

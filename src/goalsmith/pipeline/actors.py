"""Owners (actors): who a goal belongs to.

RUBRIC.md: owners are the subject of the main clause or an owner prefix: pronouns
("We will ..."), named people ("Maria will ...", "Jane Doe to own ..."), teams and
departments ("the EMEA sales team", "Customer Success", "finanace team to ..."), units
("The agency will ...", "the health department", "Each school"), roles ("every AE" -> "AE",
"VP Talent", "Year 11 tutors") and organisations ("USDA will ..."); prefixes such as
"Sales: ...", "Owner: Maria", "@maria", "[Maria]", "Maria - ..." and tags such as
"(Owner: Sam)".

Not owners: possessives ("our pipeline"), people being hired or trained ("hire two
AEs", "certify new AEs"), subjects of subordinate clauses ("... so I can keep up"),
named customers, the subject of a declarative result ("VP Talent hired by Q1"), things
named by a team word after an opener ("all services will emit traces", "the platform
will ..."), and an imperative with its object ("Empower team to decide ...").

The pipeline has no parser, so the main clause is read by position: the subject is the
owner-like phrase at the start of the goal (or of a sentence), after any owner prefix
and leading adverbial ("By September 2023, USDA will ...", or without its comma "In 2027
the agency will ..."), and it counts only when a predicate follows it (a modal, a hedge or
a verb of the lexicon, not a passive participle), perhaps after a place phrase ("Every
school in the district will ...").
A lone capitalised word there is a name only if it is a known given name or an auxiliary
follows it ("Maria will ..."), not an imperative verb the lexicon lacks ("Apply to 5 jobs").

Words used only here live in ``data/actors.toml``; ``owner_position`` tells whether a span
found by other means (the trained tagger) stands where an owner can.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from goalsmith.catalogue import (
    HYPHENS,
    OWNER_LABEL_WORDS,
    Catalogue,
    Lexicon,
    PhraseIndex,
    Tok,
    Vocabulary,
    build_lexicon,
    past_modals,
    past_question_frame,
    question_subject,
    singular,
    skip_fillers,
    tokenize,
    vocabulary,
)
from goalsmith.data import calendar_names, load_data
from goalsmith.goal import Actor
from goalsmith.pipeline.extensions import goal_parts
from goalsmith.wrappers import phrase_alternatives, status_before, status_mark

# Goals are short; anything past this is not read (it keeps junk input fast).
MAX_CHARS = 20_000
_MAX_SENTENCES = 6
# Openers that give the goal to each member of a role ("Every AE"), unlike "the" or "our".
_EACH_MEMBER = ("each", "every")
# Counts that may open a sentence before its owners: "Two AEs will ..." (not "More ...").
_CARDINALS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve"})
_ASIDE_MAX = 12  # tokens in a bracketed aside between an owner and the verb
_TITLED_MAX = 4  # words of a department's title-case name ("Finance Business Partnering")
_PERIOD_TOKEN = re.compile(r"(?:FY|Q[1-4]|H[12])[-']?\d{2,4}|(?:FY|Q[1-4]|H[12])", re.IGNORECASE)
_NAME_JOINERS = frozenset({"&", "and", "of", "on", "for"})
_BODY_MODIFIERS = 3  # words before "staff" or "leadership" in "County public health staff"

# An outline or work-breakdown code before a goal: "1.2.3", "§2.1", "WP4.2:", "A.3" (a
# number with points before a capitalised word: not "2.5 million", "7.0 A1c"; a labelled
# one, "Objective 3.2:", is a label the rewrite keeps).
_OUTLINE_CODE = (r"§[ \t]?\d{1,3}(?:\.\d{1,3}){0,3}:?|"
                 r"\d{1,2}(?:\.\d{1,2}){1,3}\.?:?(?=[ \t]+(?:\|[ \t]+)?[A-Z][a-z])|"
                 r"(?:[A-Z]{1,3}\d{1,2}|[A-Z]{2,3})\.\d{1,2}(?:\.\d{1,2}){0,2}:?(?=[ \t]+[A-Z])|"
                 # (one letter only before a colon or a dash: "A.3 — ...", not "M.1 Drive")
                 r"[A-Z]\.\d{1,2}(?:\.\d{1,2}){0,2}(?::|(?=[ \t]+[—–-][ \t]))")
# List bullets, checkboxes, heading and quote marks, a table row's opening bar, before a
# goal, and a ticket's key ("- [ ] ", "> ", ">> ", "#2 ", "b) ", "| ", "| 1.2 | ", "OPS-142 ",
# "SEC-2211 | "; not "> 70% quota attainment", a comparison, nor "#1 in NPS", a rank).
_BULLET_RE = re.compile(
    r"\A[ \t]{0,20}(?:(?:[-*+•·▪‣◦—–|]|>{1,3}(?=[ \t]+[^\d\s$€£¥.,])|\d{1,3}[.)]|\[[ xX]\]|"
    r"#{1,6}|#\d{1,3}(?=[ \t]{1,10}[A-Z])|[a-z][.)](?=[ \t]{1,10}[A-Za-z])|" + _OUTLINE_CODE
    + r")[ \t]{1,10}){0,4}"
    r"(?:[A-Z][A-Z0-9]{1,9}-\d{1,6}(?::|[ \t]{1,3}[|—–])?[ \t]{1,10}(?=\S))?")
# "@maria" (not an e-mail address).
_MENTION_RE = re.compile(r"(?<![\w.@])@([A-Za-z][\w.-]{0,38}[A-Za-z0-9_]|[A-Za-z])")
# An e-mail address, or its local part with the "@" kept: "l.ng@acme.com", "a.chen@".
_EMAIL_RE = re.compile(r"(?<![\w.@])[A-Za-z][\w.+-]{0,40}@(?:(?:[A-Za-z0-9-]{1,63}\.)+"
                       r"[A-Za-z]{2,}|(?![\w@]))")
# "(Owner: Sam)", "[DRI - Sam]".
_TAG_RE = re.compile(
    rf"[(\[][ \t]{{0,5}}(?:{OWNER_LABEL_WORDS})[ \t]{{0,5}}[:=\-–—]"
    r"[ \t]{0,5}([^()\[\]\n]{1,60}?)[ \t]{0,5}[)\]]", re.IGNORECASE)
# A bracketed note that may close an owner at the end of a goal: "(Yaw Mensah)",
# "(confidence 60%)".
_NOTE_AFTER = r"(?:[ \t]*\([^()\n]{1,40}\))?"
# "... - Owner: Sam", "| DRI: Sam", ". Accountable: Managing Partner" or ", Lead: Transport
# Manager" at the end of a goal ("lead" only with its colon: "... - lead gen" is a topic).
_TRAILING_RE = re.compile(
    r"(?:^|(?:[\-–—|;,.\t/]|->|→)[ \t]{0,5})"
    r"(?:owners?|dri|assignee|accountable|responsible|"
    r"(?:lead|mgr|who|jointly|responsibility|resp|assigned|ball in court|bic)"
    r"(?=[ \t]{0,5}[:=]))"
    r"(?:[ \t]{0,5}[:=][ \t]{0,5}|[ \t]{1,3}[\-–—][ \t]{1,3}|[ \t]{1,5}"
    r"(?=(?-i:[A-Z])))"
    # (a bracketed note may close it: "- owner: Talent Acquisition (Yaw Mensah)")
    r"([^\n:;|()\[\]]{1,60}?)" + _NOTE_AFTER + r"[ \t]*\.?\Z", re.IGNORECASE)
# "... by Q3 - Mei", "... within 90 days — Front desk team", "... ~ Kat", "... ~Kat", "... |
# Sales East": an owner signed after a dash, a tilde or a cell mark; a hyphen may join the
# parts of a name ("Raghunathan-Lee").
_SIGNED_RE = re.compile(r"[ \t\n](?:(?:--?>?|[–—=]>|→|[–—]|\||::|;|/(?=[ \t]))[ \t]{0,3}"
                        r"|~[ \t]{0,3})"
                        # (a digit inside a word or a number after a word: "Head of KS3",
                        # "Line 4 crew"; a slash only in "w/"; on its own line too)
                        r"([^\W\d_](?:[^\n\-–—~:;|/()\[\]\d]|(?<=[^\W_])\d|(?<=[^\W\d_] )\d|"
                        r"(?<= w)/|"
                        r"(?<=[^\W\d_])-(?=[^\W\d_])){0,39}?)"
                        r"[ \t]*\.?\Z")
# A family letter's closing: "... in 2027. Love, Mom". (The sign-offs words.toml lists,
# "Thanks, Sam", "Best, Sam", are blanked with their names before owners are read.)
_VALEDICTION_RE = re.compile(r"(?:\A|(?<=[.!?\n]))[ \t\n]*"
                             r"(?i:love|lots of love|xo|xx)"
                             r"[,!]?[ \t\n]{1,3}([^\W\d_][\w'’.-]{1,20}"
                             r"(?:[ \t][A-Z][\w'’-]{1,20})?)[ \t]*[.!]?\Z")
# A role's field closing the goal: ". Ward Sister: Grace Mensah.", "| Site lead: Omar",
# "-- AE: Marcus"
_ROLE_FIELD_RE = re.compile(r"(?:[.;|]|[ \t](?:--?|[—–]|->|→))[ \t]{1,5}"
                            r"(?P<role>[A-Z][\w -]{1,30}?)[ \t]{0,3}:[ \t]{1,3}"
                            r"(?P<who>(?:[A-Z]\.[ \t]?)?[A-Z][\w'’-]{1,20}"
                            r"(?:[ \t][A-Z][\w'’-]{1,20})?)[ \t]*\.?\Z")
# (not a dotted abbreviation: "- N.B.", "- U.K.")
_DOTTED_INITIALS_RE = re.compile(r"(?!(?:N\.B|P\.S|A\.M|P\.M|E\.G|I\.E|U\.K|U\.S|E\.U)\b)"
                                 r"[A-Z]\.(?:[A-Z]\.?){1,2}")
_INITIAL_NAME_RE = re.compile(r"[A-Z]\.[ \t]?[A-Z][a-z'’-]{1,20}")
# Fields of those who help, approve or are told, not of who owns ("Sponsor: CFO").
_HELPER_FIELD_RE = re.compile(r"(?i)\b(?:sponsor|approver|reviewer|mentor|coach|support|"
                              r"stakeholder|consulted|informed|cc|reporter|requester|"
                              r"requestor)\b")
_MAX_SIGNED_WORDS = 4
_LABEL_WORD = re.compile(OWNER_LABEL_WORDS, re.IGNORECASE)
# "... — DRI: Wei — by Feb 28", "..., owner: Dept. Librarian, by June": a label between two
# marks inside the goal (with its colon, as a bare "owner" may be a word of the goal).
_INNER_LABEL_RE = re.compile(
    r"[\-–—|;,][ \t]{0,5}(?:owners?|dri|assignee|accountable|responsible)[ \t]{0,5}[:=]"
    r"[ \t]{0,5}([^\n:;|()\[\],\-–—]{1,60}?)[ \t]*(?:[,;|]|[ \t][\-–—])[ \t]{1,5}\S",
    re.IGNORECASE)
# "... . Owner: Infra. Status: open": an owner field between the sentences of a tracker's
# line, the next field's label after it.
_FIELD_LABEL_RE = re.compile(
    r"[.;|][ \t]{1,5}(?:owners?|dri|assignee|accountable|responsible)[ \t]{0,3}:"
    r"[ \t]{0,5}([^\n.:;|()\[\]]{1,60}?)[ \t]*[.;|][ \t]{1,5}"
    r"(?=(?:status|severity|due|rag|priority|notes?|target|deadline|review|date)\b)",
    re.IGNORECASE)
# "owned by Maria", "led by the Atlas team"; the agent of a result promised in the
# passive: "will be redrafted by Zainab", "is to be signed off by Finance" (not "that is
# approved by the Board", "is used by the exec team": who approves or uses is no owner;
# nor "convert 500 lamps to LED by Dec 2027").
# A past participle after "be" (and an adverb): "will be | quickly | redrafted", "be cut".
_PARTICIPLE = (r"(?:[a-z]{2,20}ly[ \t]{1,3})?"
               r"(?:[a-z]{2,20}(?:ed|en|wn|ne|lt|nt|de)|cut|set|put|run|won|hit|met|led")
_OWNED_BY_RE = re.compile(r"\b(?:owned by|owner is|dri is|lead is|assigned to:?|"
                          r"(?-i:[Ll]ed) by|driven by|"
                          r"(?:will|shall|must|should|to|'ll|’ll)[ \t]{1,3}be[ \t]{1,3}"
                          + _PARTICIPLE + r")"
                          r"(?:[ \t]{1,3}(?:off|up|out))?"
                          # a level reached first: "will be cut to 6 weeks by the MSK service"
                          r"(?:[ \t]{1,3}to[ \t]{1,3}[\d.,%$£€]{1,12}(?:[ \t]{1,3}[a-z]{2,12})?)?"
                          # how often or how fast: "checked weekly by", "within 2 days by"
                          r"(?:[ \t]{1,3}(?:daily|weekly|fortnightly|monthly|quarterly|yearly|"
                          r"annually|nightly|within[ \t]{1,3}\d{1,3}(?:[ \t]{1,3}working)?"
                          r"[ \t]{1,3}(?:hours?|days?|weeks?|months?)))?"
                          r"[ \t]{1,3}by)[ \t]{1,5}([^\n,;.()]{1,60})", re.IGNORECASE)
# An owner's part in a shared goal, in brackets after the name: "Priya (lead)".
_PARTS = ("lead", "co-lead", "support", "review", "reviewer", "backup", "help", "consulted",
          "informed")
_PART_NOTE_RE = re.compile(r"[ \t]?\((?:" + "|".join(_PARTS) + r")\)", re.IGNORECASE)
# A stated confidence after the signer: "- Bea (confidence 4/10)".
_CONFIDENCE_NOTE_RE = re.compile(r"[ \t]?\((?:confidence|conf\.?)[ \t:][^()\n]{1,12}\)\.?[ \t]*\Z",
                                 re.IGNORECASE)
# "Reduce logo churn — Dana — to 2% by June": an owner set off by two dashes mid-goal.
_BETWEEN_DASHES_RE = re.compile(
    r"[ \t][—–-][ \t]{1,3}([^—–\-\n(),;:|]{1,40}?)[ \t]{1,3}[—–-][ \t]")
# "... (Inés to own).", "..., Talent Acquisition to own": an owner named at the end.
_TO_OWN_RE = re.compile(r"[(,;\-–—][ \t]{0,5}([^()\[\]\n,;]{1,50}?)[ \t]{1,3}"
                        r"(?P<verb>to own|to co-own|owns it|owns this|will own|to lead|"
                        r"to pick (?:this |it )?up)"
                        r"[ \t]{0,3}\)?"
                        + _NOTE_AFTER + r"[ \t]*\.?\Z",
                        re.IGNORECASE)
# "... by Q2 [Theo]", "... in H1 (Field Marketing EMEA)": a tag at the very end.
# Who a post is with, thanks or calls on, not who owns it: "w/ @sam", "cheer me on @jules",
# "cc @lee @mia", "w/ other creators @mia".
_WITH_MENTIONS_RE = re.compile(r"(?i)(?:\bw/|\bwith|\bcc:?|\bh/t|\bthanks(?:[ \t]+to)?|"
                               r"\bshout-?out[ \t]+to|\bcheer[ \t]+me[ \t]+on|\bft\.|"
                               r"\bfeat\.)(?:[ \t]+[a-z]+){0,2}(?:[ \t]+@[\w.-]+)*[ \t]+\Z")
_END_TAG_RE = re.compile(r"[ \t]([(\[])([^()\[\]\n]{1,40})[)\]][ \t]*\.?\Z")
# "... cc Sam (lead)", "... Priya Shah (owner)": a name marked as the owner by a closing tag.
_MARKED_NAME_RE = re.compile(r"(?<![\w'’])((?-i:[A-Z][a-z]{1,20}(?: [A-Z][a-z'’-]{1,20})?))"
                             rf"[ \t]{{1,3}}\((?:{OWNER_LABEL_WORDS})\)"
                             r"[ \t]*\.?\Z", re.IGNORECASE)
# "— Sam (HRBP)", ", Elena Ruiz (PM)": a name signing the goal with its title in brackets.
_TITLED_NAME_RE = re.compile(r"(?:(?P<sep>[—–\-|,;.])[ \t]{1,3}|(?<![\w'’]))"
                             r"((?-i:(?:[A-Z]\.[ \t]?)?[A-Z][a-z'’-]{1,20}"
                             r"(?: [A-Z][a-z'’-]{1,20})?))"
                             r"[ \t]{1,3}\([^()\n]{1,40}\)[ \t]*\.?\Z")
_TITLE_ACRONYM_RE = re.compile(r"[A-Z]{2,5}")
# "70%", "7/10": a stated confidence's value; after an owner in a closing tag it is no part
# of the owner ("(RevOps, 70% confident)", "(RevOps; confidence 7/10)").
_CONFIDENCE_VALUE = r"(?:\d{1,3}[ \t]?%|\d{1,2}[ \t]?/[ \t]?10)"
_CONFIDENCE_AFTER_RE = re.compile(
    rf"[,;][ \t]*{_CONFIDENCE_VALUE}[ \t]*(?:confident|confidence|sure|likely)?[ \t]*\Z"
    rf"|[,;][ \t]*(?:confidence|conf\.?)[ \t]*[:=]?[ \t]*{_CONFIDENCE_VALUE}[ \t]*\Z",
    re.IGNORECASE)
# "[Maria] ..." at the start.
_BRACKET_RE = re.compile(r"\A\[([^\[\]\n]{1,50})\][ \t]{0,5}(?:[:\-–—][ \t]{0,5})?")
# "Name: ..." (a colon followed by space) and "Name - ..." (a spaced dash) at the start.
_COLON_RE = re.compile(
    # (a point only inside a word or after an abbreviation: "Mr. Haddad:", not a sentence's
    # end, "... per year. Status:")
    r"\A((?:[^:.\n]|\.(?=\S)|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|"
    r"(?<=\b[A-Z][a-z]{3}))\.){1,90}?)[ \t]{0,5}(?:\(([^()\n]{0,40})\)[ \t]{0,5})?:(?:[ \t]+|\Z)")
# A person's name as written: capitalised words, perhaps hyphenated ("Ji-woo", "Mary Ann").
_WRITTEN_NAME = re.compile(
    r"[A-Z][a-z'’]{0,20}(?:[-\s][A-Za-z][a-z'’]{0,20}){0,3}(?:\s[A-Z]\.)?")
# "Lena from Renewals:": a person named with the team they belong to.
_FROM_TEAM_RE = re.compile(r"\A([A-Z][a-z'’-]{1,20})[ \t]{1,3}from[ \t]{1,3}(\S.{0,40})\Z")
# "Kai, pls get the contract signed", "Fleet team, see if you can ...": a person or a team
# addressed before what they are asked to do.
_VOCATIVE_RE = re.compile(r"\A([A-Z][\w'’&/-]{0,20}(?:[ \t][\w'’&/-]{1,20}){0,2}),[ \t]{1,3}"
                          r"(?:(pls|plz|please)\b)?")
# "Your goal, Dana: ...", "Your team, Hugo — ...": whose goal it is, after a comma.
_YOUR_GOAL_RE = re.compile(r"\A(?i:your|ur)[ \t]+[a-z]{2,12}(?:[ \t][a-z]{2,12}){0,3},[ \t]{1,3}"
                           r"([A-Z][\w'’&/-]{0,20}(?:[ \t][\w'’&/-]{1,20}){0,2})"
                           r"[ \t]{0,3}(?::|[—–-]{1,2}(?=[ \t]))[ \t]{0,3}")
# "Get the error budget under control asap, Marcus": a name addressed after the goal (after
# a word in lower case: "... in Leeds, York" and "Lebanon, Jordan" are lists of places).
_ADDRESSED_AT_END_RE = re.compile(r"(?:\A|[\s(])(?P<before>[^\s,]{1,30}),[ \t]{1,3}"
                                  r"(?P<name>[A-Z][a-z'’-]{1,20})[ \t]*[.!]?\Z")
_YOU_RE = re.compile(r"(?i)\b(?:you|your|you're|you’re)\b")
# Words that speak to the one addressed: "Marketing, your number is ...", "Jo, you own ...".
_SECOND_PERSON_RE = re.compile(r"(?i)(?:(?:see|check)[ \t]if[ \t]|can[ \t]|could[ \t])?"
                               r"(?:your|you|you're|you’re|you'll|you’ll|let's|let’s|"
                               r"let[ \t]us)\b")
_DASH_RE = re.compile(r"\A([^\n\-–—]{1,50}?)[ \t]{1,5}[\-–—]{1,2}[ \t]{1,5}")
# Numbered labels: "KR1", "O2", "KR1.3", "G4".
_NUMBERED_LABEL_RE = re.compile(
    r"(?i)\A(?:kr|o|okr|goal|obj|g|q|h|fy|p|t|m|s)\.?\d{1,3}(?:\.\d{1,3}){0,3}\Z")
# Sentence starts after the first: ". Then", "! We", a new line.
# (and a lower-case "i" or "we" subject after a full stop, as notes typed on a phone write
# them: "... again. i want a cash buffer ...")
_SENTENCE_RE = re.compile(r"(?:[.!?][ \t]{1,5}|\n[ \t]{0,20}(?:[-*+•][ \t]{1,5})?)"
                          r"(?=[A-Z0-9@\[]|(?:i|we)[ \t'’])")

# Words that open a leading adverbial ("By September 2023, USDA will ...").
_ADVERBIAL_OPENERS = frozenset({
    "by", "in", "within", "during", "over", "before", "for", "across", "from", "starting",
    "after", "through", "until", "this", "next", "at", "on", "throughout", "beginning",
    "each", "every", "as", "with", "following", "once", "ahead", "no", "between", "q1", "q2",
    "q3", "q4", "h1", "h2", "fy", "eoy", "eoq", "thanks",  # "Thanks to ..., we can ..."
    "working", "together", "alongside", "along", "partnering", "under", "subject",
    "pending", "assuming", "when", "if", "unless",  # "Working with IT, HR will ..."
    "per",  # "Per the Q4 retro, Lindiwe will ..."
    "given", "using", "provided", "upon",  # "Given a timer, the student will ..." (IEPs)
    "where", "wherever",  # "Where feasible, each CSM will ..."
    "to",  # "To hit plan, we will ...": a leading purpose
    "because", "since", "so"})  # "Because churn is rising, CS to ...": a leading reason
# Openers of a leading reason, which only a comma closes.
_REASON_OPENERS = frozenset({"because", "since", "so"})
_ADVERBIAL_MAX = 14  # tokens before the comma
_PURPOSE_MAX = 24  # tokens of a leading purpose ("To ..., we will")
_SET_OPENERS = frozenset({"each", "every"})
# Words after "every"/"each" that open an adverbial: "Every quarter, we ...", "Every
# Monday, ...", "Every other week, ..." (actors.toml).
_TIME_WORDS = frozenset(
    singular(w.lower()) for key in ("time_words", "set_adverbial_words")
    for w in load_data("actors")["subjects"][key])
_CLAUSE_MODALS = frozenset({"will", "'ll", "’ll", "shall", "must", "would", "should", "can"})
_BARE_ADVERBIAL_MAX = 10  # tokens of a time adverbial without a comma ("By June 30 we ...")
_PLACE_MAX = 6  # tokens of a place phrase after a subject ("in the district")
_AND = frozenset({"and", "&", ",", "/", "+", "or"})
_PASSIVE_AFTER = frozenset({
    "by", "in", "before", "within", "on", "at", "for", "through", "until", "till", "end",
    "and", ",", ";", ".", "!", "(", "-", "–", "—", "no", "ahead", "during", "this", "next",
    "q1", "q2", "q3", "q4", "h1", "h2", "eoy", "eoq", "asap", "as"})
_PREDICATE_PUNCT = frozenset({":"})
_STATE_RE = re.compile(r"(?:in (?:place|post|seat)|on (?:board|staff))\b")
# Marks an aside never spans: a bracketed one, and one between commas.
_BRACKET_ASIDE_ENDS = frozenset({"(", ".", ";"})
_COMMA_ASIDE_ENDS = _BRACKET_ASIDE_ENDS | {")", "!", "?", ":"}
_APPOSITIVE_OPENERS = frozenset({"", "our", "the", "my", "their", "its"})


def _given(words: ActorWords, word: str) -> bool:
    """Whether ``word`` is a known given name, accents aside ("Ramón", "Inés")."""
    low = word.lower()
    return low in words.given_names or _unaccented(low) in words.given_names


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


def _caps(tok: Tok) -> bool:
    """A capitalised word (a name or a title), not a number or punctuation."""
    return tok.text[:1].isupper() and tok.text[:1].isalpha()


def _alpha(tok: Tok) -> bool:
    return tok.text[:1].isalpha()


def _actor(text: str, toks: Sequence[Tok], i: int, j: int, kind: str) -> Actor:
    start, end = toks[i].start, toks[j - 1].end
    return Actor(text[start:end], (start, end), kind)


def _mention_from(actor: Actor, start: int) -> Actor:
    """``actor`` with its mention widened to begin at ``start``, its name unchanged.

    The corpus marks the whole owner mention ("Owner: Maria", "Every CSM") while the
    owner is the name ("Maria", "CSM"), so the span and the text differ here."""
    return Actor(actor.text, (min(start, actor.span[0]), actor.span[1]), actor.kind)


# --------------------------------------------------------------- words


@dataclass(frozen=True)
class ActorWords:
    """What the owner finder reads with: the lexicon plus ``actors.toml``."""

    lex: Lexicon
    honorifics: frozenset[str]
    rank_prefixes: frozenset[str]
    given_names: frozenset[str]
    name_predicates: PhraseIndex
    topic_endings: tuple[str, ...]
    function_prefixes: frozenset[str]
    qualified_roles: frozenset[str]
    verb_homographs: frozenset[str]
    collectives: frozenset[str]
    article_owners: frozenset[str]
    bodies: frozenset[str]
    not_bodies: frozenset[str]
    holder_words: frozenset[str]
    thing_names: frozenset[str]
    system_verbs: frozenset[str]
    thing_endings: tuple[str, ...]
    numbered_qualifiers: PhraseIndex
    time_words: frozenset[str]
    place_prepositions: frozenset[str]
    object_verbs: frozenset[str]
    owning_words: tuple[str, ...] = ()
    service_words: frozenset[str] = frozenset()
    party_roles: frozenset[str] = frozenset()
    short_titles: frozenset[str] = frozenset()
    action_labels: frozenset[str] = frozenset()
    not_addressed: frozenset[str] = frozenset()
    report_headings: re.Pattern[str] = re.compile(r"(?!)")
    owner_frames: tuple[tuple[str, re.Pattern[str], str], ...] = ()
    lowercase_name_words: frozenset[str] = frozenset()
    reporting_verbs: PhraseIndex | None = None


def actor_words(vocab: Vocabulary | None = None) -> ActorWords:
    """The owner finder's words for ``vocab`` (default: shipped), built once per vocabulary."""
    return _actor_words(vocab if vocab is not None else vocabulary())


@lru_cache(maxsize=16)
def _actor_words(vocab: Vocabulary) -> ActorWords:
    data = load_data("actors")
    # The user's own word lists (kept in the vocabulary's key) still apply on top.
    user = json.loads(vocab.key)["words"] if vocab.key else {}
    names = sorted({*data.get("lexicon", {}), *user})
    extra = {name: [*data.get("lexicon", {}).get(name, ()), *user.get(name, ())]
             for name in names}
    people = data.get("people", {})
    predicates = PhraseIndex(folded=False)
    for phrase in people.get("name_predicates", ()):
        predicates.add(phrase, phrase)
    subjects = data.get("subjects", {})
    headings = data.get("prefixes", {}).get("report_headings", ())
    qualifiers = PhraseIndex()
    for phrase in subjects.get("numbered_qualifiers", ()):
        qualifiers.add(phrase, phrase)
    reporting = PhraseIndex(folded=False)
    for phrase in subjects.get("reporting_verbs", ()):
        reporting.add(phrase, phrase)
    return ActorWords(
        lex=build_lexicon(load_data("words"), extra),
        honorifics=frozenset(w.lower() for w in people.get("honorifics", ())),
        rank_prefixes=frozenset(w.lower() for w in people.get("rank_prefixes", ())),
        given_names=frozenset(w.lower() for w in people.get("given_names", ())),
        lowercase_name_words=frozenset(w.lower() for w in people.get("lowercase_name_words",
                                                                     ())),
        qualified_roles=frozenset(w.lower() for w in people.get("qualified_roles", ())),
        name_predicates=predicates,
        topic_endings=tuple(data.get("prefixes", {}).get("topic_endings", ())),
        function_prefixes=frozenset(
            w.lower() for w in data.get("prefixes", {}).get("function_prefixes", ())),
        verb_homographs=frozenset(w.lower() for w in subjects.get("verb_homographs", ())),
        reporting_verbs=reporting,
        # Folded like the tokens' ``norm`` so "staff" and "boards" both match.
        collectives=frozenset(" ".join(t.norm for t in tokenize(w))
                              for w in subjects.get("collectives", ())),
        article_owners=frozenset(w.lower() for w in subjects.get("article_owners", ())),
        bodies=frozenset(singular(w.lower()) for w in subjects.get("bodies", ())),
        not_bodies=frozenset(" ".join(t.norm for t in tokenize(w))
                             for w in subjects.get("not_bodies", ())),
        holder_words=frozenset(w.lower() for w in subjects.get("holder_words", ())),
        thing_names=frozenset(singular(w.lower()) for w in subjects.get("thing_names", ())),
        system_verbs=frozenset(w.lower() for w in subjects.get("system_verbs", ())),
        thing_endings=tuple(w.lower() for w in people.get("thing_endings", ())),
        numbered_qualifiers=qualifiers,
        time_words=frozenset(singular(w.lower()) for w in subjects.get("time_words", ())),
        place_prepositions=frozenset(
            w.lower() for w in subjects.get("place_prepositions", ())),
        object_verbs=frozenset(w.lower() for w in subjects.get("object_verbs", ())),
        owning_words=tuple(w.lower() for w in data.get("prefixes", {}).get("owning_words", ())),
        service_words=frozenset(
            w.lower() for w in data.get("prefixes", {}).get("service_words", ())),
        party_roles=frozenset(singular(w.lower()) for w in subjects.get("party_roles", ())),
        short_titles=frozenset(w.lower() for w in people.get("short_titles", ())),
        action_labels=frozenset(" ".join(w.lower().split())
                                for w in data.get("prefixes", {}).get("action_labels", ())),
        not_addressed=frozenset(
            w.lower() for w in data.get("prefixes", {}).get("not_addressed", ())),
        report_headings=re.compile(rf"(?i)\b(?:{phrase_alternatives(headings)})\b"
                                   if headings else r"(?!)"),
        owner_frames=tuple(_owner_frame(f) for f in data.get("prefixes", {}).get(
            "owner_frames", ())),
    )


# Who a frame names: words up to a mark that ends a phrase ("Ship it — Ayo's on the hook").
_FRAME_WHO = r"(?P<who>[^\W\d_][^,:;()?!\n—–]{0,40}?)"


def _owner_frame(frame: str) -> tuple[str, re.Pattern[str], str]:
    """A phrase of ``owner_frames`` as (a literal it must contain, its pattern, who it may
    name: see ``_strict_owner``). Inside the goal any capitalised name is a person; a frame
    that closes the goal needs one who signs (", Crew 2 driving"), and a question there a
    known person (", Greta?"), since "..., team?" addresses the readers."""
    anchored = frame.endswith("$")
    body = frame.removesuffix("$")
    before, _, after = body.partition("{who}")
    gate = max((before.strip(), after.strip()), key=len).lower().replace("'", "")

    def escaped(part: str) -> str:  # either apostrophe, any run of spaces
        return re.escape(part).replace("'", "['’]").replace(r"\ ", r"[ \t]+")

    pattern = escaped(before.rstrip()) + (r"[ \t]*" if before.strip() else "") + _FRAME_WHO
    pattern += (r"[ \t]*" if after.strip() else "") + escaped(after.lstrip())
    if before[:1].isalpha():
        pattern = r"(?<![\w'’])" + pattern
    if anchored:  # (a closing point or bracket may follow: "... Over to Jordan.")
        pattern += r"[ \t]*[.)]?[ \t]*\Z"
    who = "named" if not anchored else "person" if after.strip().endswith("?") else "signer"
    return gate, re.compile(pattern, re.IGNORECASE), who


# --------------------------------------------------------------- one owner


def _team_at(toks: Sequence[Tok], i: int, limit: int, lex: Lexicon) -> int | None:
    """End of a team phrase at ``i``: "Marketing", "EMEA sales team", "the Atlas squad"."""
    numbered = _numbered_unit_at(toks, i, limit, lex) or (
        _numbered_unit_at(toks, i + 1, limit, lex)
        if i + 1 < limit and _team_name_word(toks, i, limit, lex)
        and lex.numbered_units.match_at(toks, i + 1, limit) is not None else None)
    if numbered is not None:
        return numbered  # "Squad B", "Dairy Plant 7", before "squad" alone is read as the team
    joined = _joined_unit_at(toks, i, limit, lex)
    if joined is not None:
        return joined  # "The Marketing and Engagement Directorate", before "Marketing"
    k = i
    # Scope words and capitalised names may qualify a team: "EMEA sales", "Atlas".
    for _ in range(3):
        scope = lex.scope.match_at(toks, k, limit)
        if scope is None:
            break
        k = scope[0]
    team = lex.teams.match_at(toks, k, limit)
    if team is None and k > i:
        k, team = i, lex.teams.match_at(toks, i, limit)  # "Mobile" is a channel and a team
    if team is None and k == i and k + 1 < limit and (
            _team_name_word(toks, k, limit, lex) or (
                _caps(toks[k]) and lex.team_suffixes.match_at(toks, k, k + 1) is not None)) \
            and toks[k].text[1:].islower() and (
                toks[k + 1].text.islower() or toks[k + 1].text.isupper()):
        team = lex.teams.match_at(toks, k + 1, limit)  # "Payments risk", "International
        # recruitment", "Hospital pharmacy", "Initech IT": a capitalised word naming which
        # part of a function
    if team is not None:
        end = team[0]
        # "Eng leadership", "Product ops": a team noun qualifying another.
        more = lex.teams.match_at(toks, end, limit)
        if more is not None and lex.team_suffixes.match_at(toks, end, limit) is None:
            end = more[0]
        suffix = lex.team_suffixes.match_at(toks, end, limit)
        named = end
        while suffix is None and named < limit and named - end < 2 and _team_name_word(
                toks, named, limit, lex):
            named += 1  # "Research Impact Committee": a name between the team and its unit
            suffix = lex.team_suffixes.match_at(toks, named, limit)
        return suffix[0] if suffix else end
    numbered = _numbered_unit_at(toks, k, limit, lex)
    if numbered is not None:
        return numbered
    # "the Atlas team": one to three capitalised words and a team suffix; an imperative
    # verb is no name ("Increase unit test coverage").
    n = k
    while n < limit and n - k < 3 and (_team_name_word(toks, n, limit, lex)
                                       or _titled_verb_in_name(toks, n, k, limit)):
        n += 1
    if n > k or k > i:
        suffix = lex.team_suffixes.match_at(toks, n, limit)
        if suffix is not None:
            return suffix[0]
    return None


def _titled_verb_in_name(toks: Sequence[Tok], n: int, k: int, limit: int) -> bool:
    """A title-case verb opening a title-case name ("Graduate Studies Committee", "Process
    Safety team"), not an imperative before its object ("Increase unit test coverage")."""
    return (n == k and n + 1 < limit and toks[n].text[:1].isupper() and toks[n].text[1:].islower()
            and toks[n + 1].text[:1].isupper() and toks[n + 1].text[1:].islower())


def _joined_unit_at(toks: Sequence[Tok], i: int, limit: int, lex: Lexicon) -> int | None:
    """End of a unit named by two capitalised names joined by "and" and closed by a unit
    word: "Marketing and Engagement Directorate", "Parks and Open Spaces team"."""
    n, joined = i, False
    while n < limit and n - i < 6:
        if toks[n].low in ("and", "&") and n > i and not joined and n + 1 < limit and (
                _caps(toks[n + 1])):
            joined = True
        elif not _team_name_word(toks, n, limit, lex) and not (
                n > i and _caps(toks[n]) and lex.teams.match_at(toks, n, n + 1) is not None) \
                and not (n == i and _caps(toks[n]) and n + 1 < limit
                         and toks[n + 1].low in ("and", "&")):
            break  # (a verb joined to a name is a name: "Audit & Risk Committee")
        n += 1
    suffix = lex.team_suffixes.match_at(toks, n, limit) if joined and n > i else None
    # ("Finance and Legal teams" are two teams, each its own owner)
    return suffix[0] if suffix is not None and toks[suffix[0] - 1].norm == toks[
        suffix[0] - 1].low else None


def _team_name_word(toks: Sequence[Tok], n: int, limit: int, lex: Lexicon) -> bool:
    """Whether ``toks[n]`` may be part of a team's name ("Atlas" in "the Atlas team"): a
    capitalised word that is not the unit word, a verb ("Increase unit test coverage"), a
    hedge ("Help IIJA agencies fill ...") or a determiner ("Some agencies have ...")."""
    if toks[n].text == "&" and 0 < n < limit - 1:
        return _caps(toks[n - 1]) and _caps(toks[n + 1])  # "the F&B team"
    if n > 0 and toks[n - 1].text == "&" and toks[n - 1].end == toks[n].start:
        return _caps(toks[n])  # "A" in "the M&A team" is a letter of the name, no article
    verb = lex.verbs.match_at(toks, n)
    return (_caps(toks[n]) and lex.team_suffixes.match_at(toks, n, limit) is None
            # (an imperative takes no "-s": "Returns team" is a team)
            and (verb is None or (verb[1].form == "s" and verb[0] == n + 1))
            and lex.hedges.match_at(toks, n, n + 1) is None
            and toks[n].low not in lex.determiners)


_AGE_GROUP = re.compile(r"[uU]\d{1,2}s")  # "the U12s", "u14s": a club's age-group side


def _numbered_unit_at(toks: Sequence[Tok], i: int, limit: int, lex: Lexicon) -> int | None:
    """End of a unit named by a number or letter: "Ward 7", "Squad B", "Line 4", "Unit 4B",
    or an age group: "U12s"."""
    if i < limit and _AGE_GROUP.fullmatch(toks[i].text):
        return i + 1
    suffix = lex.team_suffixes.match_at(toks, i, limit) or lex.numbered_units.match_at(
        toks, i, limit)
    if suffix is None or not _caps(toks[i]) or suffix[0] >= limit:
        return None
    n = suffix[0]
    if toks[n].text == "#" and n + 1 < limit and toks[n + 1].start == toks[n].end:
        n += 1  # "Store #214"
    tag = toks[n].text
    if not ((tag.isdigit() and len(tag) <= 3) or (len(tag) == 1 and tag.isupper())):
        return None
    if tag.isdigit() and n + 1 < limit and toks[n + 1].start == toks[n].end and (
            len(toks[n + 1].text) == 1 and toks[n + 1].text.isupper()):
        n += 1  # "Unit 4B"
    # the people of the unit: "Hub 3 crew", "Cluster 2 on-call"
    crew = lex.team_suffixes.match_at(toks, n + 1, limit) or lex.teams.match_at(
        toks, n + 1, limit)
    return crew[0] if crew is not None else n + 1


def _unit_tag(tok: Tok) -> bool:
    """A number or a letter that picks one unit out: "11", "B", "II"."""
    text = tok.text
    return ((text.isdigit() and len(text) <= 3) or (len(text) == 1 and text.isupper())
            or (len(text) <= 4 and text.isupper() and not text.strip("IVX")))


# A capital and a digit that grade staff ("B1", "L2"); not a quarter or a half ("Q1", "H2").
_GRADE_CODE = re.compile(r"[A-GI-PR-Z][1-9]")


def _qualifier_end(toks: Sequence[Tok], i: int, limit: int, words: ActorWords) -> int | None:
    """End of a numbered qualifier before a role or a team: "Year 11", "Key Stage 2",
    "5th grade"."""
    hit = words.numbered_qualifiers.match_at(toks, i, limit)
    if hit is not None and hit[0] < limit and _unit_tag(toks[hit[0]]):
        return hit[0] + 1
    if i + 1 < limit and _GRADE_CODE.fullmatch(toks[i].text):
        return i + 1  # a licence or support grade: "B1 engineers", "L2 support"
    # A grade band: "K-2 teachers" (tokenised "K", "2").
    if (i + 1 < limit and len(toks[i].text) == 1 and toks[i].text.isupper()
            and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 2):
        return i + 2
    # An ordinal before the unit word: "5th grade" (tokenised "5", "th", "grade").
    if (i + 2 < limit and toks[i].text.isdigit() and len(toks[i].text) <= 2
            and toks[i + 1].low in ("st", "nd", "rd", "th")):
        hit = words.numbered_qualifiers.match_at(toks, i + 2, limit)
        return hit[0] if hit is not None else None
    return None


def _qualified_owner(toks: Sequence[Tok], i: int, limit: int, words: ActorWords
                     ) -> tuple[int, str] | None:
    """End and kind of a role or team after a numbered qualifier: "Year 11 tutors"."""
    q = _qualifier_end(toks, i, limit, words)
    if q is None:
        return None
    # "Year 7 form tutors": the role may have its own modifier.
    role = _role_at(toks, q, limit, words) or _modified_role_at(toks, q, limit, words, True)
    if role is not None:
        return role, "role"
    team = _team_at(toks, q, limit, words.lex)
    if team is None:
        team = _modified_unit_at(toks, q, limit, words.lex)
    return (team, "team") if team is not None else None


def _modified_unit_at(toks: Sequence[Tok], i: int, limit: int, lex: Lexicon) -> int | None:
    """End of a unit word after one or two lower-case modifiers, where a qualifier has
    already said which: "Station 7 | on-call crew", "Site 2 | night team"."""
    for n in range(i + 1, min(limit, i + 3)):
        if not toks[n - 1].text.isalpha() or not toks[n - 1].text.islower():
            return None
        unit = lex.team_suffixes.match_at(toks, n, limit) or lex.numbered_units.match_at(
            toks, n, limit)
        if unit is not None:
            return unit[0]
    return None


def _role_at(toks: Sequence[Tok], i: int, limit: int, words: ActorWords) -> int | None:
    """End of a role at ``i`` that is not the verb of the clause: in "Team B leads the
    migration" "leads" is the verb, in "Site leads will report ..." the role."""
    lex = words.lex
    role = lex.roles.match_at(toks, i, limit)
    # (a role closing a prefix needs no predicate: "Safeguarding Lead: ...")
    if role is None or (_verb_like(toks, i, words) and role[0] < limit
                        and not has_predicate(toks, _past_name(toks, role[0], limit), lex)):
        return None
    return role[0]


_NAME_MAX = 3  # capitalised words of a holder's name after a role: "engineer Farah Haddad"


def _past_name(toks: Sequence[Tok], n: int, limit: int) -> int:
    """The token after the capitalised name at ``n`` ("OT engineer | Farah Haddad | will"),
    or ``n`` when no name is there."""
    end = n
    while end < limit and end - n < _NAME_MAX and _caps(toks[end]) and toks[end].text.isalpha():
        end += 1
    return end


def _modified_role_at(toks: Sequence[Tok], i: int, limit: int, words: ActorWords,
                      opened: bool) -> int | None:
    """End of a role after modifiers: "the charge nurse", "the school nurses" (after an
    article, any modifier), "Ward managers", "Department heads" (a unit word, without one)."""
    suffixes = words.lex.team_suffixes
    if i + 3 < limit and toks[i + 1].text == "&" and toks[i].text.isupper() and (
            toks[i + 2].text.isupper() and toks[i].end == toks[i + 1].start
            and toks[i + 1].end == toks[i + 2].start):
        return _role_at(toks, i + 3, limit, words)  # "the FP&A manager", "our L&D lead"
    for n in range(i + 1, min(limit, i + (3 if opened else 2))):
        modifier = n - 1
        if not (_modifier(toks, modifier, words, opened) if opened
                else suffixes.match_at(toks, modifier, n) is not None
                or _gerund_before_roles(toks, modifier, limit, words)
                or _plural_before_role(toks, modifier, words)
                # "Executive Director", "Catering manager": one word that is no verb
                or (n == i + 1 and _modifier(toks, modifier, words, False))):
            return None
        end = _role_at(toks, n, limit, words)
        if end is None and toks[n].low in words.qualified_roles:
            end = n + 1  # "The Amazon VA", "Etsy VA": a role only with its qualifier
        if end is not None:
            return end
    return None if opened else _twice_modified_role(toks, i, limit, words)


def _hyphened_role(text: str, toks: Sequence[Tok], i: int, limit: int, words: ActorWords
                   ) -> int | None:
    """End of a role after one hyphenated modifier, when its predicate follows:
    "Front-end supervisors to ...", "Our full-stack engineers will ..." (the tokens leave
    the hyphen out, and "end" or "full" alone qualify nothing)."""
    if i + 2 >= limit or text[toks[i].end:toks[i + 1].start] != "-" or not (
            toks[i].text.isalpha() and toks[i + 1].text.isalpha()):
        return None
    end = _role_at(toks, i + 2, limit, words)
    return end if end is not None and _names_predicate(toks, end, words) else None


def _twice_modified_role(toks: Sequence[Tok], i: int, limit: int, words: ActorWords
                         ) -> int | None:
    """End of a role after two nouns, when the role's predicate follows: "Site safety
    officer to run ...", "Faculty research managers to ..." (the first word no imperative)."""
    if i + 2 >= limit or not (_modifier(toks, i, words, False)
                              and _modifier(toks, i + 1, words, True)):
        return None
    end = _role_at(toks, i + 2, limit, words)
    return end if end is not None and _names_predicate(toks, end, words) else None


def _plural_before_role(toks: Sequence[Tok], n: int, words: ActorWords) -> bool:
    """A plural noun naming what a role handles: "Grants manager", "Payments engineers" (an
    imperative takes no "-s", so the word is no verb here)."""
    low = toks[n].low
    return (n == 0 and _caps(toks[n]) and len(low) > 3 and low.endswith("s")
            and not low.endswith(("ss", "us", "is")) and _modifier(toks, n, words, True))


def _gerund_before_roles(toks: Sequence[Tok], n: int, limit: int, words: ActorWords) -> bool:
    """A gerund naming what plural roles do: "Onboarding specialists to ..."."""
    role = words.lex.roles.match_at(toks, n + 1, limit) if n + 1 < limit else None
    # plural roles ("Onboarding specialists") or a title ("Safeguarding Lead")
    return (toks[n].low.endswith("ing") and _modifier(toks, n, words, False)
            and role is not None and (toks[role[0] - 1].norm != toks[role[0] - 1].low
                                      or (_caps(toks[n]) and _caps(toks[n + 1]))))


def _names_body(toks: Sequence[Tok], k: int, end: int, words: ActorWords) -> bool:
    """Whether the team phrase ``toks[k:end]`` names a body of people: it ends with a unit
    word ("sales team", "night shift") or is a collective ("staff", "the board")."""
    suffixes = words.lex.team_suffixes
    for n in range(max(k, end - 2), end):
        hit = suffixes.match_at(toks, n, end)
        if hit is not None and hit[0] == end:
            return True
    return (toks[end - 1].norm in words.collectives
            or " ".join(t.norm for t in toks[k:end]) in words.collectives
            or _AGE_GROUP.fullmatch(toks[end - 1].text) is not None)  # "the U14s"


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


_WEEKDAYS = frozenset(calendar_names("weekdays"))


def _modifier(toks: Sequence[Tok], n: int, words: ActorWords, opened: bool) -> bool:
    """Whether ``toks[n]`` may qualify a unit word: "health" in "the health department".
    Without an article before it, a verb is an imperative ("Grow team to 12"), not a modifier."""
    tok, lex = toks[n], words.lex
    if tok.text in _POSSESSIVE_MARKS and n > 0 and toks[n - 1].end == tok.start:
        return True  # "Children's Services", "the tenants' association"
    if opened and tok.low in _WEEKDAYS:
        return True  # "Our Saturday lad", "the Sunday school team": which day they work
    if not tok.text.isalpha() or tok.low in lex.determiners or tok.low in lex.not_names:
        return False
    if not opened and (lex.hedges.match_at(toks, n) is not None
                       or lex.noncommittal.match_at(toks, n) is not None):
        return False  # "Help IIJA agencies fill ...": an imperative ("our research team": none)
    if tok.low in lex.boundaries or tok.low in lex.number_words or tok.low in lex.pronouns:
        return False
    if lex.modals.match_at(toks, n, n + 1) is not None:
        return False
    # "Onboarding squad", "Training managers": a gerund names what the unit does.
    return opened or not _verb_like(toks, n, words) or tok.low.endswith("ing")


def _unit_at(toks: Sequence[Tok], i: int, limit: int, words: ActorWords, opened: bool
             ) -> int | None:
    """End of an organisational unit: "agency" after "the", "health department",
    "finanace team" (any word qualifies a unit word). ``opened``: an article, a quantifier
    or a possessive stands before ``i``; without one a unit word alone names an owner only
    in the plural ("Agencies will ...", not "Unit tests will ...")."""
    suffixes = words.lex.team_suffixes
    most = 3 if opened else 2
    best = None
    # The last unit word the modifiers reach: "the county public health department".
    n = i
    for _ in range(most + 1):
        if n >= limit:
            break
        suffix = suffixes.match_at(toks, n, limit)
        if suffix is not None and (n > i or opened or (
                suffix[0] == n + 1 and toks[n].low != toks[n].norm)):
            best = suffix[0]
        if not (_modifier(toks, n, words, opened)
                or (opened and _SIDE_TAG.fullmatch(toks[n].text))):
            break
        n = _past_hyphened(toks, n + 1, limit)
    return best


# A side named by an age or year group: "the U12 cross-country team", "our Y9 tutor team".
_SIDE_TAG = re.compile(r"[UuYy]\d{1,2}")


def _past_hyphened(toks: Sequence[Tok], n: int, limit: int) -> int:
    """The token after the rest of a hyphened word whose first part ends before ``n``:
    "cross-country" is one modifier."""
    while n + 1 < limit and toks[n].text == "-" and toks[n - 1].end == toks[n].start \
            and toks[n].end == toks[n + 1].start and toks[n + 1].text.isalpha():
        n += 2
    return n


def _body_at(toks: Sequence[Tok], i: int, limit: int, words: ActorWords) -> int | None:
    """End of a body of people named by what they serve: "Primary care leadership",
    "Public health staff" (the first word no imperative: "Train staff to ...")."""
    if not _modifier(toks, i, words, False):
        return None
    for n in range(i + 1, min(limit, i + _BODY_MODIFIERS + 1)):
        if toks[n].norm in words.bodies:
            named = f"{toks[n - 1].norm} {toks[n].norm}"
            return None if named in words.not_bodies else n + 1
        if not _modifier(toks, n, words, True):
            return None
    return None


def _title_at(toks: Sequence[Tok], i: int, limit: int, words: ActorWords) -> int | None:
    """End of a title: "VP Talent", "Head of Marketing", "Chief Revenue Officer"."""
    lex = words.lex
    prefix = lex.title_prefixes.match_at(toks, i, limit)
    if prefix is None:
        return None
    k = prefix[0]
    n = k
    while n < limit and n - k < _FIELD_WORDS:
        tok = toks[n]
        if (_caps(tok) and n - k < 3) or lex.teams.match_at(toks, n, n + 1) is not None \
                or tok.low == "&" or (n > k and _unit_tag(tok) and _caps(toks[n - 1])):
            n += 1  # "Head of Year 11"
            continue
        joined = _joined_field(toks, n, k, limit, words)
        if joined is not None:
            n = joined  # "Head of Content, Communications and Community Engagement"
            continue
        break
    if n == k and k < limit and toks[k].text.isalpha() and toks[k].text.islower() and (
            prefix[0] - i > 1 and toks[k].low not in lex.boundaries
            and toks[k].low not in lex.determiners and toks[k].low not in lex.not_names):
        n = k + 1  # "the head of science", "The dean of students": a lower-case field
    return n if n > k else None


_FIELD_WORDS = 9  # words of a title's field: "Head of Content, Communications and ..."


def _joined_field(toks: Sequence[Tok], n: int, k: int, limit: int, words: ActorWords
                  ) -> int | None:
    """The end of a further capitalised word joined to a title's field at ``n`` by "and",
    "&" or a comma ("... Content, Communications and Community Engagement"); not a
    person's name or the speaker ("Head of Sales and Priya", "Head of Finance and I")."""
    if n == k or toks[n].low not in ("and", ",", "&") or n + 1 >= limit or not _caps(
            toks[n + 1]) or _given(words, toks[n + 1].text) or (
            toks[n + 1].low in words.lex.pronouns):
        return None
    end = n + 1
    while end < limit and end - n < 4 and _caps(toks[end]):
        end += 1
    return end


def _field_after(toks: Sequence[Tok], end: int, limit: int, words: ActorWords) -> int:
    """The end of the field after a role at ``end``: "Chief Revenue Officer | for the
    Americas", "Principal Engineer | for Data Infrastructure and Storage"; else ``end``."""
    if end + 1 >= limit or toks[end].low not in ("for", "of"):
        return end
    n = end + 1 + (toks[end + 1].low == "the")
    start = n
    while n < limit and n - start < _FIELD_WORDS:
        if _caps(toks[n]) or toks[n].low == "&":
            n += 1
            continue
        joined = _joined_field(toks, n, start, limit, words)
        if joined is None:
            break
        n = joined
    while n > start and not _caps(toks[n - 1]):
        n -= 1
    return n if n > start else end


def _organisation_at(text: str, toks: Sequence[Tok], i: int, limit: int, lex: Lexicon,
                     cat: Catalogue) -> int | None:
    """End of an organisation name: "USDA", "Department of Agriculture", "Acme Inc"."""
    tok = toks[i]
    if (tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 6
            and tok.low not in lex.not_names  # "TBD -- Expansion OKR": a placeholder
            and cat.match_at(toks, i, limit) is None
            and lex.scope.match_at(toks, i, limit) is None
            and lex.roles.match_at(toks, i, limit) is None
            and lex.teams.match_at(toks, i, limit) is None):
        return i + 1
    n, saw_org_word = i, False
    while n < limit and n - i < 6:
        cur = toks[n]
        if _caps(cur):
            saw_org_word = saw_org_word or cur.low.rstrip(".") in lex.organisation_words
            n += 1
        elif cur.low in ("of", "for", "and", "the", "&") and n > i:
            n += 1
        elif cur.low in ("'s", "’s") and n > i and n + 1 < limit and _caps(toks[n + 1]):
            n += 1  # "the County Clerk's Office"
        elif cur.low == "." and n > i and toks[n - 1].low in lex.organisation_words:
            n += 1  # "Inc."
        else:
            break
    while n > i and not _caps(toks[n - 1]) and toks[n - 1].low != ".":
        n -= 1  # no trailing "of"/"and"
    return n if saw_org_word and n > i else None


def _name_joined(text: str, toks: Sequence[Tok], n: int) -> bool:
    """Whether token ``n`` continues the name part before it: "Hyun-woo" (a hyphen, which
    the tokenizer drops) or "O'Neill" ("O" and "'Neill")."""
    prev, tok = toks[n - 1], toks[n]
    if not prev.text.isalpha():
        return False
    if tok.start == prev.end + 1 and text[prev.end] == "-":
        return tok.text.isalpha()
    return (tok.start == prev.end and len(prev.text) == 1 and prev.text.isupper()
            and tok.text[:1] in "'’" and tok.text[1:2].isupper() and tok.text[1:].isalpha())


def _initials_end(text: str, toks: Sequence[Tok], i: int, limit: int) -> int | None:
    """End of a person's initials written together at ``i``: "A.K.", "J.R.R."."""
    n = i
    while n + 1 < limit and len(toks[n].text) == 1 and toks[n].text.isupper() and (
            toks[n + 1].text == "." and toks[n + 1].start == toks[n].end):
        n += 2
        if n < limit and toks[n].start != toks[n - 1].end:
            break
    return n if n - i >= 4 else None


def _person_at(text: str, toks: Sequence[Tok], i: int, limit: int, lex: Lexicon,
               cat: Catalogue, most: int = 3) -> int | None:
    """End of a person's name: one to ``most`` capitalised words that are nothing else."""
    if cat.match_at(toks, i, limit) is not None:
        return None  # "Time-to-fill is ...": a metric, not a name
    n = i
    if i + 2 < limit and len(toks[i].text) == 1 and toks[i].text.isupper() and (
            toks[i + 1].text == "." and _caps(toks[i + 2]) and toks[i + 2].text.isalpha()):
        n = i + 2  # "J. Castellanos": an initial, then the surname
    initials = _initials_end(text, toks, i, limit)
    if initials is not None and lex.scope.match_at(toks, i, initials) is None:
        return initials  # "A.K. to reconcile ..." (not "U.S.")
    first = n
    while n < limit and n - first < most:
        tok = toks[n]
        if n > first and _name_joined(text, toks, n):
            n += 1
            continue
        if not ((_caps(tok) and tok.text.isalpha() and not tok.text.isupper()) or
                (tok.text.isupper() and len(tok.text) == 1
                 and (n > i or (n + 1 < limit and _name_joined(text, toks, n + 1))))):
            break  # "Jane Q Doe", "O'Brien"
        if (tok.low in lex.not_names or lex.verbs.match_at(toks, n) is not None
                or lex.modals.match_at(toks, n, n + 1) is not None
                or lex.hedges.match_at(toks, n) is not None
                or lex.noncommittal.match_at(toks, n) is not None
                or cat.match_at(toks, n, n + 1) is not None
                or lex.scope.match_at(toks, n, n + 1) is not None
                or lex.labels.match_at(toks, n, n + 1) is not None
                or lex.teams.match_at(toks, n, n + 1) is not None
                or lex.roles.match_at(toks, n, n + 1) is not None):
            break
        n += 1
    if n > first + 1 and n + 1 < limit and len(toks[n - 1].text) == 1 and (
            toks[n].text == "." and toks[n].start == toks[n - 1].end) and (
            toks[n + 1].text in (",", "(") or has_predicate(toks, n + 1, lex)):
        n += 1  # "Head of IT, Sam K., to ...", "Sam K. will", "Dana K. (AE) to ...": the
        # initial keeps its point
    return n if n > i else None


# "Both of us", "the two of us", "all three of us": the speakers, counted; the words that
# may open it keep the pattern off the hot path for every other token.
_COUNTED_US_RE = re.compile(r"(?:(?:the|all)[ \t]+)?(?:both|all|each|two|three|four|five|six|"
                            r"[2-9])[ \t]+of[ \t]+us\b", re.IGNORECASE)
_COUNTED_US_OPENERS = frozenset({"the", "all", "both", "each", "two", "three", "four", "five",
                                 "six", *"23456789"})


def _one_owner(text: str, toks: Sequence[Tok], i: int, limit: int, words: ActorWords,
               cat: Catalogue) -> tuple[Actor, int] | None:
    """The owner phrase starting at token ``i`` and the token after it."""
    if i >= limit:
        return None
    lex = words.lex
    tok = toks[i]
    counted = _COUNTED_US_RE.match(text, tok.start) if tok.low in _COUNTED_US_OPENERS else None
    if counted is not None:
        end = next((n + 1 for n in range(i, limit) if toks[n].end == counted.end()), None)
        if end is not None:
            return _actor(text, toks, i, end, "pronoun"), end  # "Both of us will ..."
    if tok.low in lex.pronouns and (tok.text != "US"):
        return _actor(text, toks, i, i + 1, "pronoun"), i + 1
    if (tok.low in words.rank_prefixes or tok.low in words.honorifics) and _past_honorific(
            toks, i, limit, words) > i:
        person = _person_owner(text, toks, i, limit, words, cat)
        if person is not None:
            return person  # "Staff Sgt. Boyd": a rank, not the staff; "Dr Helen Ward"
    team = lex.possessive_teams.match_at(toks, i, limit)
    if team is not None:
        return _actor(text, toks, i, team[0], "team"), team[0]
    k, held, whole = i, False, None
    if tok.low in lex.role_quantifiers:
        k = i + 1
        if k < limit and toks[k].low == "of":  # "each of our AEs"
            k += 2 if k + 1 < limit and toks[k + 1].low in lex.role_quantifiers else 1
        if k + 1 < limit and _counted(toks[k], lex) and \
                text[toks[k].end:toks[k + 1].start].isspace():
            k += 1  # "Our two CSMs", "The 311 contact center"
        if k + 1 < limit and toks[k].low in ("whole", "entire"):
            whole, k = k, k + 1  # "The whole enterprise team": all of it, which owns it
        if k + 1 < limit and toks[k].low in words.holder_words:
            k += 1  # "Our new head of CS", "The interim CFO": the role is the owner
            held = True
        if k >= limit:
            return None  # "... the" at the end: an opener with nothing after it
    elif i + 1 < limit and tok.low in _CARDINALS and tok.text[:1].isupper():
        # "Two AEs will ...": a count opening the sentence before roles or a team
        found = _quantified_owner(text, toks, i, i + 1, limit, words, cat)
        if found is not None and found[0].kind in ("role", "team"):
            return _widened(text, toks, found, limit, words, cat)
        return None
    found = _quantified_owner(text, toks, i, k, limit, words, cat)
    if found is not None and " ".join(t.norm for t in toks[k:found[1]]) in words.not_bodies:
        return None  # "Thought leadership will drive ...": a thing, not a body of people
    if found is not None and whole is not None:
        found = _actor(text, toks, whole, found[1], found[0].kind), found[1]
    if found is not None:
        found = _widened(text, toks, found, limit, words, cat)
    if found is not None and held:
        if found[0].kind not in ("role", "team") or (
                found[0].kind == "team" and toks[k - 1].low == "new"
                and _system_result(toks, found[1], words, counted=False)):
            return None  # "The new EHR will go live", "The new store will open by June":
            # a new thing, not a new holder
        # the whole phrase names the owner, so that no part of it is read as the object
        found = _actor(text, toks, i, found[1], found[0].kind), found[1]
    if found is not None and k > i and tok.low in _EACH_MEMBER:
        return _mention_from(found[0], tok.start), found[1]  # "Every CSM": each member owns it
    if found is not None and found[0].kind in ("role", "team", "organisation"):
        # "The CHRO's office", "the CFO's team": the unit the role heads owns the goal.
        end = found[1]
        if end + 1 < limit and toks[end].low in ("'s", "’s"):
            unit = _possessed_unit(text, toks, i, end + 1, limit, words, cat)
            if unit is not None:
                return unit
    if found is not None and found[0].kind == "role":
        # "Controller Tomás Reyes", "Grants manager Ruth Adeyemi": the role, then who.
        start = _token_at(toks, found[0].span[0])
        # "Our contractor Ferro Pipe Services", "Partner organisation Hope Link Uganda"
        party = _party_name_end(toks, found[1], limit, words)
        if party is not None:
            return _actor(text, toks, start, party, "organisation"), party
        person = _person_at(text, toks, _past_honorific(toks, found[1], limit, words), limit,
                            lex, cat)
        if person is not None:
            return _actor(text, toks, start, person, "person"), person
    return found


_RANK_RUN = 3  # titles in a row: "Lt. Col.", "Flt Lt.", "Staff Sgt."


def _past_honorific(toks: Sequence[Tok], n: int, limit: int, words: ActorWords) -> int:
    """The token after the honorifics at ``n`` ("Dr.", "Prof", "Lt. Col."), or ``n`` when
    none is there: "Lab manager Dr. Osei"."""
    for _ in range(_RANK_RUN):
        if n + 1 >= limit or not (toks[n].low in words.honorifics or (
                toks[n].low in words.rank_prefixes and toks[n + 1].low in words.honorifics)):
            break
        n = n + 2 if toks[n + 1].text == "." and n + 2 < limit else n + 1
    return n


_PARTY_NAME_MAX = 4  # capitalised words of an outside party's name


def _party_name_end(toks: Sequence[Tok], n: int, limit: int, words: ActorWords) -> int | None:
    """End of the capitalised name after an outside party's role ("contractor", "partner"):
    any title-case words, since a firm's name may hold a place or a team word."""
    if n == 0 or toks[n - 1].norm not in words.party_roles:
        return None
    end = n
    while end < limit and end - n < _PARTY_NAME_MAX and (
            (_caps(toks[end]) and toks[end].text.isalpha()) or (toks[end].text == "&" and end > n)):
        end += 1
    return end if end > n and toks[end - 1].text != "&" else None


def _counted(tok: Tok, lex: Lexicon) -> bool:
    """A count or a number in a name after an opener: "two", "12", "311", "1,200"."""
    return tok.text.replace(",", "").isdigit() or (
        tok.low in lex.number_words and len(tok.text) > 1)


def _possessed_unit(text: str, toks: Sequence[Tok], i: int, k: int, limit: int,
                    words: ActorWords, cat: Catalogue) -> tuple[Actor, int] | None:
    """The unit after a possessive at ``k``, named with its holder from ``i``: "Maria's
    team", "The council's finance directorate", "Harbor Dental's outreach clinic staff"."""
    unit = _unit_at(toks, k, limit, words, opened=True)
    if unit is None:
        return None
    return _widened(text, toks, (_actor(text, toks, i, unit, "team"), unit), limit, words, cat)


def _widened(text: str, toks: Sequence[Tok], found: tuple[Actor, int], limit: int,
             words: ActorWords, cat: Catalogue) -> tuple[Actor, int]:
    """The owner phrase grown over what still names the same owner (see ``_role_grown``
    and ``_unit_grown``)."""
    actor, end = found
    start = _token_at(toks, actor.span[0])
    if actor.kind == "role":
        grown, kind = _role_grown(toks, start, end, limit, words)
    elif actor.kind in ("team", "organisation"):
        grown, kind = _unit_grown(toks, start, end, limit, words, cat), actor.kind
        if grown > end and toks[grown - 1].norm in words.collectives:
            kind = "team"  # "ICU leadership": the organisation's people
    else:
        return found
    if grown == end:
        return found
    return _actor(text, toks, start, grown, kind), grown


def _role_grown(toks: Sequence[Tok], start: int, end: int, limit: int, words: ActorWords
                ) -> tuple[int, str]:
    """End and kind of a role phrase grown by a second role ("Dev leads", "nurse
    navigators"), or read as the unit it qualifies ("Dev productivity team")."""
    field = _field_after(toks, end, limit, words)
    if field > end:
        return field, "role"  # "Chief Revenue Officer for the Americas"
    more = _role_at(toks, end, limit, words)
    if more is None and end + 1 < limit and toks[end].text.islower():
        # "coach development officer", "coach education officer": the role is the last
        more = _modified_role_at(toks, end, limit, words, opened=True)
    if more is not None:
        return _field_after(toks, more, limit, words), "role"  # "Associate Dean | for ..."
    if end < limit and toks[end].norm in words.bodies and toks[end].low not in (
            words.not_bodies) and _names_predicate(toks, end + 1, words):
        return end + 1, "team"  # "admin staff will ...": the people of that role
    unit = _unit_at(toks, start, limit, words, opened=False)
    return (unit, "team") if unit is not None and unit > end else (end, "role")


def _unit_grown(toks: Sequence[Tok], start: int, end: int, limit: int, words: ActorWords,
                cat: Catalogue) -> int:
    """End of a unit phrase grown by its own name ("Team Blue to"), a further unit word
    ("Lincoln County Schools"), its staff ("the mobile clinic staff will") or a one-word
    "of" name ("The board of education will"; "... education budget will" is a measure)."""
    lex = words.lex
    scope = lex.scope.match_at(toks, end, limit)
    if scope is not None and scope[0] == limit and toks[end].text[:1].isupper():
        return scope[0]  # a tag "(Field Marketing EMEA)": the team in that region
    if (end - start == 1 and end < limit and _caps(toks[end]) and toks[end].text.isalpha()
            and lex.verbs.match_at(toks, end, end + 1) is None
            # (a whole fragment is an owner slot: "... — Squad Orion", "Team Red: ...")
            and (end + 1 == limit or _names_predicate(
                toks, past_aside(toks, end + 1, lex, words.short_titles), words))
            and lex.team_suffixes.match_at(toks, start, end) is not None):
        return end + 1
    suffix = lex.team_suffixes.match_at(toks, end, limit)
    if suffix is not None:
        return suffix[0]
    if end + 1 < limit and _unit_tag(toks[end]) and len(toks[end].text) == 1 and (
            lex.team_suffixes.match_at(toks, end - 1, end) is not None
            and _names_predicate(toks, end + 1, words)):
        return end + 1  # "Ramp crew B will ...": the letter picks one crew out
    for n in range(end + 1, min(limit, end + 3)):
        # "Night shift response team to ...", "Growth DS team will": a unit of the unit,
        # named before its predicate (by words in lower case or an acronym)
        suffix = lex.team_suffixes.match_at(toks, n, limit)
        if not _modifier(toks, n - 1, words, True) or not (
                toks[n - 1].text.islower() or toks[n - 1].text.isupper()) or (
                toks[n - 1].low in _AND or lex.verbs.match_at(toks, n - 1, n) is not None):
            break
        if suffix is not None and (suffix[0] == limit or _names_predicate(toks, suffix[0], words)):
            return suffix[0]  # (or closing an owner slot: "Growth DS team: ...")
    if end < limit and toks[end].norm in words.collectives and (
            end + 1 == limit or _names_predicate(toks, end + 1, words)):
        # Not "The Department's workforce is diverse": a state, no owner. The whole of a
        # fragment ("ICU leadership:") is an owner slot.
        return end + 1
    if (end + 2 < limit and toks[end].low == "of" and toks[end + 1].text.isalpha()
            and cat.match_at(toks, end + 1) is None
            and words.name_predicates.match_at(toks, end + 2) is not None):
        return end + 2
    return end


def _quantified_owner(text: str, toks: Sequence[Tok], i: int, k: int, limit: int,
                      words: ActorWords, cat: Catalogue) -> tuple[Actor, int] | None:
    """The owner phrase at ``k``, after an opener at ``i`` ("each", "the", "our") if any."""
    lex = words.lex
    tok = toks[i]
    qualified = _qualified_owner(toks, k, limit, words)
    if qualified is not None:
        return _actor(text, toks, k, qualified[0], qualified[1]), qualified[0]
    for kind in ("role", "team"):
        end = _title_at(toks, k, limit, words) if kind == "role" else _team_at(
            toks, k, limit, lex)
        if end is not None:
            role = lex.roles.match_at(toks, k, limit)
            if kind == "team" and role is not None and role[0] >= end:
                break  # "Account Management" is a team, "account manager" a role
            if kind == "team" and k > i and not _names_body(toks, k, end, words):
                break  # "all services will emit traces": things, not a team
            qualified = _role_at(toks, end, limit, words) if kind == "team" else None
            if qualified is not None:
                return _actor(text, toks, k, qualified, "role"), qualified  # "Eng managers"
            titled = _titled_unit(text, toks, k, limit, words, cat) if kind == "team" else None
            if titled is not None and titled[1] > end and not any(
                    t.low == "and" for t in toks[k:titled[1]]):
                # "Finance Business Partnering to ...": more than "Finance" ("Finance and
                # Legal" stays two owners)
                return titled
            # "The team" keeps its article: "team" alone names nobody in particular.
            first = i if kind == "team" and end - k == 1 and lex.team_suffixes.match_at(
                toks, k, end) is not None else k
            return _actor(text, toks, first, end, kind), end
    if k > i and toks[k].low in words.article_owners:
        return _actor(text, toks, i, k + 1, "team"), k + 1  # "The trust will ..."
    start = k
    # Scope words may qualify a role: "EMEA AEs", "enterprise reps"; so may an age group:
    # "U16 coach Dan".
    scope = lex.scope.match_at(toks, start, limit) or (
        (start + 1, None) if start + 1 < limit and _SIDE_TAG.fullmatch(toks[start].text)
        else None)
    role = lex.roles.match_at(toks, scope[0] if scope else start, limit)
    if role is None and scope is not None:
        role = lex.roles.match_at(toks, start, limit)  # "partner" is a channel and a role
    if role is not None:
        return _actor(text, toks, k, role[0], "role"), role[0]
    modified = _modified_role_at(toks, k, limit, words, opened=k > i) or _hyphened_role(
        text, toks, k, limit, words)
    if modified is not None:
        return _actor(text, toks, k, modified, "role"), modified
    if k == i and _past_honorific(toks, i, limit, words) > i:
        person = _person_owner(text, toks, i, limit, words, cat)
        if person is not None:
            return person  # "PC Amir Shah": a rank in capitals is a title, no acronym
    # A name first: "the Department of Agriculture" is more than its unit word.
    org = _organisation_at(text, toks, k, limit, lex, cat) if k == i or tok.low == "the" else None
    if org is not None:
        return _actor(text, toks, k, org, "organisation"), org
    unit = _unit_at(toks, k, limit, words, opened=k > i) or _body_at(toks, k, limit, words)
    if unit is not None:
        # "The agency" keeps its article, like "The team"; "health department" needs none.
        return _actor(text, toks, i if unit - k == 1 else k, unit, "team"), unit
    if k == i + 1 and tok.low in _FAMILY_POSSESSIVES and _caps(toks[k]) and _given(
            words, toks[k].low):
        return _person_owner(text, toks, k, limit, words, cat)  # "Our Jack will ..."
    if k > i and tok.low not in ("the",):
        # "our pipeline": a possessive, not an owner; "Our Infection Prevention and Control
        # team" names one
        titled = _titled_unit(text, toks, k, limit, words, cat)
        return titled if titled is not None and _is_unit_word(toks, titled[1] - 1, lex) else None
    if k == i:
        named = _titled_unit(text, toks, i, limit, words, cat)
        return named or _person_owner(text, toks, i, limit, words, cat)
    return _titled_unit(text, toks, k, limit, words, cat)  # "The Quality & Safety Committee"


# "Our Jack", "my Sarah": a family's way of naming one of its own.
_FAMILY_POSSESSIVES = frozenset({"our", "my"})


def _titled_unit(text: str, toks: Sequence[Tok], i: int, limit: int, words: ActorWords,
                 cat: Catalogue) -> tuple[Actor, int] | None:
    """A department or body named in title case before its predicate: "Finance Business
    Partnering to ...", "Midwifery Services will ...", "Adult Social Care will cut ...",
    "SME Lending to ...". Without a team word in it, the name needs a predicate that acts
    ("will cut", not "will go live": "The Warm Homes Programme"); a name with a catalogue
    measure in it ("Revenues & Benefits") is not read here."""
    lex = words.lex
    n, unit, names, joined, verbal, acronyms = i, False, 0, False, False, 0
    while n < limit and n - i < _TITLED_MAX + 2:
        tok = toks[n]
        if names and tok.low in _NAME_JOINERS and n + 1 < limit and _caps(toks[n + 1]):
            joined = joined or tok.low in ("and", "&")
            n += 1  # "Quality & Safety", "Meals on Wheels"
            continue
        if names and tok.text.islower() and lex.team_suffixes.match_at(toks, n, n + 1):
            unit, names, n = True, names + 1, n + 1
            break  # "Infection Prevention and Control team"
        acronym = tok.text.isupper() and 2 <= len(tok.text) <= 5 and n + 1 < limit and (
            _caps(toks[n + 1]) and not toks[n + 1].text.isupper())  # "SME Lending"
        if not (_caps(tok) and tok.text.isalpha() and (acronym or not tok.text.isupper())
                and cat.match_at(toks, n, n + 1) is None):
            break
        # "Business Partnering" is a name; "Records" may be a verb, so a name that holds
        # one needs a unit word ("Records Management Unit").
        verbal = verbal or (lex.verbs.match_at(toks, n, n + 1) is not None
                            and not (n > i and tok.low.endswith("ing")))
        acronyms += acronym
        unit = unit or _is_unit_word(toks, n, lex)
        names += 1
        n += 1
    if names < 2 or not _names_predicate(toks, n, words) or _title_cased_after(toks, n, words):
        return None  # "Economic Measures to Advance National Security": a heading
    if unit and not _is_unit_word(toks, n - 1, lex) and not _acts_after(toks, n, words):
        return None  # "Team Building Day will happen": an event named after a team word
    if not unit and (joined or verbal or _given(words, toks[i].low)
                     or toks[i].low in words.honorifics  # "Cllr Jones": a titled person
                     or toks[n - 1].norm in words.thing_names or not _acts_after(toks, n, words)
                     or (acronyms and toks[n - 1].low.endswith(words.thing_endings))):
        # "Jonas and Wen will ...", "Jane Doe to own ...": people, read as such; "API
        # Gateway Migration will ...": a project
        return None
    return _actor(text, toks, i, n, "team"), n


def _is_unit_word(toks: Sequence[Tok], n: int, lex: Lexicon) -> bool:
    """Whether the word at ``n`` is a team word ("Unit", "Committee", "Operations")."""
    return lex.teams.match_at(toks, n, n + 1) is not None or (
        lex.team_suffixes.match_at(toks, n, n + 1) is not None)


def _after_predicate(toks: Sequence[Tok], n: int, words: ActorWords) -> int:
    """The token after the name predicate at ``n`` ("will", "aims to")."""
    predicate = words.name_predicates.match_at(toks, n)
    return predicate[0] if predicate is not None else n + 1


def _title_cased_after(toks: Sequence[Tok], n: int, words: ActorWords) -> bool:
    """Whether the word after the predicate at ``n`` is capitalised, as in a heading."""
    k = _after_predicate(toks, n, words)
    return k < len(toks) and toks[k].text[:1].isupper()


def _system_result(toks: Sequence[Tok], j: int, words: ActorWords, counted: bool = True
                   ) -> bool:
    """Whether the predicate at ``j`` states what a system does, with no object: "go live",
    "will launch by May" (not "will launch the survey"; with ``counted`` False, not "will
    open 3 sites" either)."""
    lex = words.lex
    if lex.declarative_states.match_at(toks, j) is not None:
        return True  # (no modal: "will complete" acts, "CPQ live by May" is a state)
    k = past_modals(toks, j, lex)
    verb = lex.verbs.match_at(toks, k)
    if verb is None or verb[1].lemma not in words.system_verbs:
        return False
    after = verb[0] + (verb[0] < len(toks) and toks[verb[0]].low == "live")  # "will go live"
    return after >= len(toks) or toks[after].low in _WHEN_WORDS or not (
        _alpha(toks[after]) or (not counted and toks[after].text[:1].isdigit()))


_WHEN_WORDS = frozenset({"by", "in", "before", "on", "at", "within", "until", "this", "next",
                         "asap", "soon", "early", "late", "mid", "end"})


def _acts_after(toks: Sequence[Tok], n: int, words: ActorWords) -> bool:
    """Whether the predicate at ``n`` goes on to a verb that acts ("will cut", "to
    reduce"), not to one a system or a programme does ("will go live", "will launch")."""
    k = _after_predicate(toks, n, words)
    hedge = words.lex.hedges.match_at(toks, k) if k < len(toks) else None
    if hedge is not None:
        k = hedge[0]  # "will try to increase": the hedged verb acts
    verb = words.lex.verbs.match_at(toks, k) if k < len(toks) else None
    if verb is None:
        return False
    # (a system verb with an object acts too: "Northside Health will open the new site")
    return verb[1].lemma not in words.system_verbs or (
        verb[0] < len(toks) and toks[verb[0]].low in _OBJECT_OPENERS)


_OBJECT_OPENERS = frozenset({"the", "a", "an", "our", "its", "their", "two", "three", "four",
                             "five"})


def _person_owner(text: str, toks: Sequence[Tok], i: int, limit: int, words: ActorWords,
                  cat: Catalogue) -> tuple[Actor, int] | None:
    """A named person at ``i``, with a title ("Dr. Patel"), or their team ("Maria's team")."""
    lex = words.lex
    k = _past_honorific(toks, i, limit, words)
    # after a title a name may run longer: "Dr. Ana María López Herrera"
    person = _person_at(text, toks, k, limit, lex, cat, most=4 if k > i else 3)
    if person is None and k > i and k < limit and len(toks[k].text) == 1 and (
            toks[k].text.isupper()):
        person = k + 1  # "Ms K": a title and an initial
    if person is None and k == i and _lowercase_given(toks, i, limit, words, cat):
        person = i + 1  # "maria to send the quotes", "jake and priya will ...", "jt to ..."
    if person is None:
        return None
    # "Maria's team", "Dr. Lefèvre's team" are teams; "Maria" a person.
    if person + 1 < limit and toks[person].low in ("'s", "’s"):
        unit = _possessed_unit(text, toks, i, person + 1, limit, words, cat)
        if unit is not None:
            return unit
    return _actor(text, toks, i, person, "person"), person


def _lowercase_given(toks: Sequence[Tok], i: int, limit: int, words: ActorWords,
                     cat: Catalogue) -> bool:
    """A known given name or someone's initials written in lowercase, then its predicate or
    "and" and another such name or "i": "maria will ...", "jake and priya to ...", "jess and
    i will ...", "jt to finish ...", "mk and dana will ..."."""
    tok = toks[i]
    if not (tok.text.isalpha() and tok.text.islower() and (_given(words, tok.low) or (
            _LOWER_INITIALS_RE.fullmatch(tok.text) and tok.low not in words.lex.not_names
            and cat.match_at(toks, i, i + 1) is None))):
        return False
    if i + 1 < limit and _names_predicate(toks, past_aside(toks, i + 1), words):
        return True  # (a bracket may give the role: "jamie (CTO) to hire ...")
    if i + 3 < limit and toks[i + 1].low in ("and", "&", "+") and (
            toks[i + 2].low in ("i", "me")) and _names_predicate(toks, i + 3, words):
        return True
    return i + 2 < limit and toks[i + 1].low in ("and", "&", "+") and (
        _lowercase_given(toks, i + 2, limit, words, cat))


# Initials in lower case: two or three letters no English word is made of alone ("jt", "dm").
_LOWER_INITIALS_RE = re.compile(r"[b-df-hj-np-tv-xz]{2,3}")


def read_owners(text: str, toks: Sequence[Tok], i: int, limit: int, words: ActorWords,
                cat: Catalogue | None = None) -> tuple[list[Actor], int]:
    """Coordinated owners at ``i`` ("Sales and Marketing", "Maria & Sam") and the next token.

    ``cat`` is the metric catalogue whose names are never owners (default: the shipped one).
    """
    cat = cat if cat is not None else vocabulary().catalogue
    owners: list[Actor] = []
    n = i
    while n < limit:
        found = _one_owner(text, toks, n, limit, words, cat)
        if found is None:
            break
        if owners and toks[n - 1].text == "&" and _one_department(owners[-1], found[0], words):
            # "Insights & Reporting", "Parks & Recreation": one department's name
            owners[-1] = Actor(text[owners[-1].span[0]:found[0].span[1]],
                               (owners[-1].span[0], found[0].span[1]), "team")
        else:
            owners.append(found[0])
        n = found[1]
        aside = past_aside(toks, n) if n < limit and toks[n].text == "(" else n
        if aside < limit and aside > n and toks[aside].low in _AND:
            n = aside  # "Jen (dispensary) and Raj will ...": where she works, then the next
        if n + 1 < limit and toks[n].low in _AND:
            nxt = n + 2 if toks[n].low == "," and toks[n + 1].low == "and" else n + 1
            following = _one_owner(text, toks, nxt, limit, words, cat)
            if following is not None and not _labels_owner(toks, following, limit):
                n = nxt
                continue
        break
    return owners, (n if owners else i)


def _labels_owner(toks: Sequence[Tok], found: tuple[Actor, int], limit: int) -> bool:
    """Whether an owner read after a comma is the label of the next one: "GTM systems team,
    lead=@omar, to ..." (the lead is named after the mark)."""
    owner, end = found
    return end < limit and toks[end].text in ("=", ":") and (
        _LABEL_WORD.fullmatch(owner.text) is not None)


def _one_department(first: Actor, second: Actor, words: ActorWords) -> bool:
    """Whether two owners joined by "&" name one department ("Parks & Recreation",
    "Infection Prevention & Control"): no pronoun, no acronym ("HR & Finance", "AEs & SDRs")
    and no one a name or a title points to ("Rhys & Oona", "Dr. Chen & Dr. Patel")."""
    return all(a.kind != "pronoun" and not a.text.removesuffix("s").isupper() and not (
        a.kind == "person" and ("." in a.text or _given(words, a.text.split()[0])))
        for a in (first, second))


# ------------------------------------------------------------ predicates


def is_passive(toks: Sequence[Tok], j: int, lex: Lexicon) -> bool:
    """Whether ``toks[j:]`` reads as a passive result: "hired by Q1", "is launched", "to be
    fixed soon"."""
    limit = len(toks)
    if j + 1 < limit and toks[j].low == "to" and toks[j + 1].low == "be":
        j += 1
    verb = lex.verbs.match_at(toks, j)
    if verb is not None and verb[1].lemma == "be":
        nxt = lex.verbs.match_at(toks, verb[0])
        # "Owners are in place for all teams": a state reached, like "are hired".
        return (nxt is not None and nxt[1].form == "past") or _STATE_RE.match(
            " ".join(t.low for t in toks[verb[0]:verb[0] + 2])) is not None
    if verb is None or verb[1].form != "past":
        return False
    after = verb[0]
    # A goal is not told in the past: "Roadmap agreed with Sales" is a result too.
    return after >= limit or toks[after].low in _PASSIVE_AFTER or _alpha(toks[after])


def has_predicate(toks: Sequence[Tok], j: int, lex: Lexicon) -> bool:
    """Whether a clause's predicate starts at ``j``: a modal, a hedge or a finite verb."""
    if j >= len(toks):
        return False
    if lex.modals.match_at(toks, j) is not None or lex.hedges.match_at(toks, j) is not None:
        return True
    if lex.noncommittal.match_at(toks, j) is not None:
        return True
    verb = lex.verbs.match_at(toks, j)
    return verb is not None and verb[1].form != "ing"


def _has_object(toks: Sequence[Tok], j: int, lex: Lexicon) -> bool:
    """Whether the verb at ``j`` (after modals) takes an object ("grow pipeline" vs "grow 20%")."""
    n = past_modals(toks, j, lex)
    verb = lex.verbs.match_at(toks, n)
    if verb is None:
        return True
    after = verb[0]
    if after >= len(toks):
        return False
    tok = toks[after]
    if verb[1].category == "deliver" and _counted_object(toks, after, lex):
        return True  # "Sales closes 40 deals": a delivery counts things, the team acts
    return _alpha(tok) and tok.low not in lex.boundaries and tok.low not in lex.number_words


def _counted_object(toks: Sequence[Tok], n: int, lex: Lexicon) -> bool:
    """A number and a plural noun at ``n``: "40 deals", "3 SDRs" (not "20%")."""
    if n + 1 >= len(toks) or not _counted(toks[n], lex):
        return False
    noun = toks[n + 1]
    return _alpha(noun) and noun.norm != noun.low and noun.low not in lex.boundaries


def _metric_covers(toks: Sequence[Tok], i: int, j: int, cat: Catalogue) -> bool:
    """Whether ``toks[i:j]`` (after "the") is exactly a catalogue metric ("Sales")."""
    i += i < j and toks[i].low == "the"
    hit = cat.match_at(toks, i, j)
    return hit is not None and hit[0] == j


_FLOATING = frozenset({"each", "both", "all"})


def past_floating(toks: Sequence[Tok], j: int, lex: Lexicon) -> int:
    """The token after a quantifier floating after the subject ("Our CSMs | each | run ...",
    "The leads | both | will ..."), or ``j``."""
    if j + 1 < len(toks) and toks[j].low in _FLOATING and has_predicate(toks, j + 1, lex):
        return j + 1
    return j


def opens_why(toks: Sequence[Tok], n: int) -> bool:
    """Whether a reason or a stated confidence opens at ``n`` ("in order to", "so that",
    "because", "confidence 2/10"): what a leading "To ..." clause then is, is the goal."""
    if n >= len(toks):
        return False
    low = toks[n].low
    return low in ("so", "because", "since", "confidence", "conf") or (
        low == "in" and n + 1 < len(toks) and toks[n + 1].low == "order")


def skip_adverbial(toks: Sequence[Tok], i: int, text: str = "") -> int:
    """The token after a leading adverbial phrase and its comma, or ``i``."""
    if i >= len(toks) or toks[i].low not in _ADVERBIAL_OPENERS:
        return i
    if text[toks[i].end:toks[i].end + 1] in HYPHENS:
        return i  # "On-time delivery at 97%, eventually": one word, no preposition
    if toks[i].low == "so" and not (i + 1 < len(toks) and toks[i + 1].low == "that"):
        return i  # "So we will ...": a filler, not "So that parents stay informed, ..."
    if toks[i].low in _SET_OPENERS and i + 1 < len(toks) and (
            toks[i + 1].norm not in _TIME_WORDS and not toks[i + 1].text.isdigit()):
        return i  # "Every salesperson logs ..., starting in January": a subject, not "Every week,"
    # A leading purpose runs longer and may hold its own clause: "To stop burning money on
    # channels nobody can attribute, marketing ops will ..."
    purpose = toks[i].low == "to" or toks[i].low in _REASON_OPENERS
    depth = 0  # (a comma inside brackets closes nothing: "Q1 bookings $3.2M (green, Ana)")
    for n in range(i + 1, min(len(toks), i + (_PURPOSE_MAX if purpose else _ADVERBIAL_MAX))):
        if toks[n].low in ("i", "we") and toks[n - 1].norm in _TIME_WORDS:
            return i  # "Next year I hope to ..., we keep ...": no comma closes the time
        depth += (toks[n].text in ("(", "[")) - (toks[n].text in (")", "]"))
        if toks[n].low == "," and depth <= 0:
            in_date = toks[n - 1].text.isdigit() and n + 1 < len(toks) \
                and toks[n + 1].text.isdigit() and len(toks[n + 1].text) == 4
            if in_date:
                # "By September 30, 2023, ...": the year after a date belongs to the
                # adverbial; "Each AE will ... by March 31, 2027" has no adverbial at all.
                if n + 2 < len(toks) and toks[n + 2].low == ",":
                    return n + 3
                continue
            if purpose and opens_why(toks, n + 1):
                return i  # "To cut build time to 10 minutes, in order to ...": the goal itself
            return n + 1
        if toks[n].low in (".", ";", ":", "!", "?") or (
                toks[n].low in _CLAUSE_MODALS and not purpose):
            break  # "By Q2 we will launch the workspace, with ...": a clause, not an adverbial
    return i


def subject_owners(text: str, toks: Sequence[Tok], i: int, words: ActorWords,
                   cat: Catalogue | None = None) -> tuple[list[Actor], int]:
    """Owners that are the subject of the clause starting at ``i`` (after an adverbial)."""
    cat = cat if cat is not None else vocabulary().catalogue
    i = skip_fillers(text, toks, i)  # "ok so Procurement is going to ..."
    i = question_subject(toks, past_question_frame(toks, i), words.lex.pronouns)
    i = skip_adverbial(toks, i, text)
    found = _clause_subject(text, toks, i, words, cat)
    if found[0]:
        # "My manager and I agreed | I will ...": the speaker among a group that agreed
        # owns what the speaker reports ("Priya promised she will ..." stays Priya's).
        reported = past_reporting_frame(toks, found[1], words)
        speakers = [a for a in found[0] if a.text.lower() in _SPEAKERS]
        if reported is not None and toks[reported].low in _SPEAKERS and speakers:
            return speakers, found[1]
        return found
    # "By 2027 the agency will ...": an adverbial without its comma.
    bare = _bare_adverbial_end(toks, i, words)
    return found if bare is None else _clause_subject(text, toks, bare, words, cat)


_SPEAKERS = frozenset({"i", "we"})


def past_reporting_frame(toks: Sequence[Tok], j: int, words: ActorWords) -> int | None:
    """Where the reported clause's subject starts after "agreed (that)" at ``j`` ("My manager
    and I agreed | I will ..."), when a pronoun opens it; else None."""
    frame = words.reporting_verbs.match_at(toks, j) if words.reporting_verbs else None
    if frame is None:
        return None
    k = frame[0] + (frame[0] < len(toks) and toks[frame[0]].low == "that")
    return k if k < len(toks) and toks[k].low in words.lex.pronouns else None


def _bare_adverbial_end(toks: Sequence[Tok], i: int, words: ActorWords) -> int | None:
    """Where the subject starts after a leading time adverbial written without a comma:
    a time word ("2027", "June", "quarter") followed by a pronoun or an article."""
    if i >= len(toks) or toks[i].low not in _ADVERBIAL_OPENERS or (
            toks[i].low in _REASON_OPENERS):
        return None
    lex = words.lex
    n = i + 1
    while n < min(len(toks), i + _BARE_ADVERBIAL_MAX):
        tok = toks[n]
        if tok.text == "(" and n > i + 1:
            # "By day 60 (start Jan 4) the new shift lead ...": a bracketed note in the time
            close = next((k for k in range(n + 1, min(len(toks), n + 8))
                          if toks[k].text == ")"), None)
            if close is None:
                return None
            n = close + 1
            if n < len(toks) and (toks[n].low in lex.pronouns or toks[n].low in
                                  lex.role_quantifiers):
                return n
            continue
        if tok.text == "," and toks[n - 1].text.isdigit() and n + 1 < len(toks) and (
                _YEAR_RE.fullmatch(toks[n + 1].text)):
            n += 1  # "By March 31, 2027 the station team will ...": the comma of a date
            continue
        if not tok.text[:1].isalnum():
            return None
        if tok.low in lex.pronouns and tok.text != "US":
            return n  # "In EMEA we will ...": a pronoun opens the clause wherever it stands
        before = toks[n - 1]
        if (before.text.isdigit() or before.norm in words.time_words
                or _PERIOD_TOKEN.fullmatch(before.text)) and tok.low in lex.role_quantifiers:
            return n  # "By the end of FY2027 the Ministry's Data Office will ..."
        n += 1
    return None


_HOME_LINKS = frozenset({"in", "from", "on", "of"})


def _past_home_team(toks: Sequence[Tok], j: int, lex: Lexicon) -> int:
    """The token after a person's team ("Ingrid | in credit control", "Priya | from the
    finance team") when a predicate follows it, else ``j``."""
    if j + 1 >= len(toks) or toks[j].low not in _HOME_LINKS:
        return j
    k = j + 1 + (toks[j + 1].low == "the")
    end = _team_at(toks, k, len(toks), lex) if k < len(toks) else None
    return end if end is not None and has_predicate(toks, end, lex) else j


def predicate_after_place(toks: Sequence[Tok], j: int, words: ActorWords) -> int:
    """The predicate after a place phrase between subject and verb ("Every school in the
    district will ..."), or ``j`` when there is none."""
    if j >= len(toks) or toks[j].low not in words.place_prepositions:
        return j
    for n in range(j + 1, min(len(toks), j + _PLACE_MAX)):
        if words.name_predicates.match_at(toks, n) is not None:
            return n
        tok = toks[n]
        verb = words.lex.verbs.match_at(toks, n, n + 1)
        if verb is not None and verb[1].form == "s" and n > j + 1:
            return n  # "Every CSM on the Growth pod | books 8 ..."
        if not tok.text[:1].isalnum() or verb is not None:
            return j
    return j


def _clause_subject(text: str, toks: Sequence[Tok], i: int, words: ActorWords,
                    cat: Catalogue) -> tuple[list[Actor], int]:
    """Owners that are the subject of the clause whose subject starts at ``i``."""
    lex = words.lex
    owners, j = read_owners(text, toks, i, len(toks), words, cat)
    if not owners or _glued_to_next(text, toks, j):
        return [], i  # "Marketing-sourced pipeline": a modifier, not a subject
    if ((_opens_with_object_verb(toks, i, owners[0], words)
         and not _subject_modal(toks, j, words)  # "Coach Rivera will", "... wants"
         and not _listed_team(toks, i, j, lex))  # "Help desk to resolve ..."
            or _possessive_at(toks, j, lex) or _noun_before_verb(toks, j, words)):
        return [], i  # "Empower team to ...", "The team's velocity", "The office move is"
    end = j
    j = past_aside(toks, j, lex, words.short_titles)  # "Priya (FP&A) will", "We, as a team, will"
    j = past_floating(toks, j, lex)
    merged = _appositive(text, toks, owners, end, words)
    if len(merged) < len(owners) and j < len(toks) and toks[j].text == ",":
        j += 1  # "Priya, our CFO, | aims to ...": the appositive's closing comma
    owners = merged
    if all(a.kind != "person" for a in owners) and not _glued_to_next(text, toks, j + 1):
        # "Adoption in schools will ...": no name ("Supplier on-time delivery": no place)
        j = predicate_after_place(toks, j, words)
    else:
        j = _past_home_team(toks, j, lex)  # "Abebe from infection control | will audit"
    if not (has_predicate(toks, j, lex) or words.name_predicates.match_at(toks, j) is not None
            or _loose_predicate(toks, i, j, owners, lex, cat)):
        described = _described_person(toks, owners, lex, words)
        if described is None:
            return [], i  # a predicate: "will", a verb, or "aims to" ("Priya, our CFO, aims to")
        owners, j = described
    if owners[-1].kind != "pronoun" and is_passive(toks, past_modals(toks, j, lex), lex):
        return [], i  # "VP Talent hired by Q1", "Corrections will be published": a result
    if all(_unknown_person(a, words) for a in owners) and not _names_predicate(toks, j, words):
        return [], i  # "Apply to 5 jobs", "Pricing needs a rethink": a verb or a thing
    if len(owners) == 1 and owners[0].kind == "organisation" and owners[0].text.isupper() and (
            _system_result(toks, j, words)):
        return [], i  # "CPQ go-live by 15 Jan", "SSO will launch by May": a system's result
    if _verb_like(toks, i, words) and not (_names_predicate(toks, j, words)
                                           or _subject_modal(toks, j, words)
                                           or _listed_team(toks, i, end, lex)):
        return [], i  # "Support managers better": a verb, not an owner
    if len(owners) == 1 and _unknown_person(owners[0], words) and \
            " " not in owners[0].text and owners[0].text.lower().endswith(words.thing_endings):
        return [], i  # "Handbook to contain ...": a thing's name, not a person's
    # "Sales will grow 20%": the metric grows; "Sales will grow pipeline": the team acts.
    only = owners[0]
    if len(owners) == 1 and _unknown_person(only, words) and _changes_itself(toks, j, lex):
        return [], i  # "Complaints to decrease", "Falls on Ward 3 to fall by 10%": a measure
    if (len(owners) == 1 and only.kind in ("team", "role")
            and ((_metric_covers(toks, i, end, cat) and not _has_object(toks, j, lex))
                 or (_part_of_function(toks, i, end, lex) and _changes_by(toks, j, lex)))):
        return [], i  # (nor does "Credit risk will fall by 10%")
    return _named_in_brackets(text, toks, owners, end, words, cat) or owners, j


def _named_in_brackets(text: str, toks: Sequence[Tok], owners: list[Actor], end: int,
                       words: ActorWords, cat: Catalogue) -> list[Actor]:
    """ "We (Ops) will ...": the team a "we" names in brackets, with it as one owner."""
    if len(owners) != 1 or owners[0].text.lower() not in ("we", "us") or end >= len(toks) or (
            toks[end].text != "("):
        return []
    named, close = read_owners(text, toks, end + 1, len(toks), words, cat)
    if len(named) != 1 or close >= len(toks) or toks[close].text != ")":
        return []
    span = (owners[0].span[0], toks[close].end)
    return [Actor(text[span[0]:span[1]], span, named[0].kind)]


def _listed_team(toks: Sequence[Tok], i: int, end: int, lex: Lexicon) -> bool:
    """Whether ``toks[i:end]`` is one listed team of two words or more ("Partner
    marketing"), whose first word is then no imperative."""
    team = lex.teams.match_at(toks, i, end)
    return end - i > 1 and team is not None and team[0] == end


def _changes_itself(toks: Sequence[Tok], j: int, lex: Lexicon) -> bool:
    """Whether the predicate at ``j`` is a verb of change with no object: "to decrease",
    "will fall by 10%" (not "to increase win rate")."""
    verb = lex.verbs.match_at(toks, past_modals(toks, j, lex))
    if verb is None or verb[1].category not in ("up", "down"):
        return False
    after = verb[0]
    return after >= len(toks) or not (toks[after].text[:1].isalnum()) or _changes_by(
        toks, j, lex)


def _changes_by(toks: Sequence[Tok], j: int, lex: Lexicon) -> bool:
    """Whether the predicate at ``j`` is a change of the subject itself: a verb, then "by"
    or "to" and a number ("will fall by 10%"; not "will cut 10% of spend")."""
    n = past_modals(toks, j, lex)
    verb = lex.verbs.match_at(toks, n)
    after = verb[0] if verb is not None else n + 1
    if after >= len(toks) or not toks[n].text.isalpha():
        return False
    if toks[after].low in ("by", "to"):
        return after + 1 < len(toks) and toks[after + 1].text[:1].isdigit()
    # "will fall 10% by Q3" (but "will cut 10% of spend", "will book 40 demos": an amount
    # of a thing it acts on)
    k = after
    while k < len(toks) and (toks[k].text[:1].isdigit() or toks[k].text == "%"):
        k += 1
    return k > after and (k == len(toks) or not toks[k].text[:1].isalpha() or (
        toks[k].low in lex.boundaries and toks[k].low != "of"))


def _part_of_function(toks: Sequence[Tok], i: int, end: int, lex: Lexicon) -> bool:
    """Whether ``toks[i:end]`` is a word naming a part, then a function ("Payments risk"),
    which names a measure as often as a team."""
    if end - i != 2 or lex.teams.match_at(toks, i, end) is not None or (
            toks[i].low in lex.role_quantifiers or toks[i].low in lex.determiners
            or not toks[i + 1].text.islower()
            or lex.team_suffixes.match_at(toks, i + 1, end) is not None):
        return False  # "Each team", "The Board", "Knowledge team", "VP Talent"
    team = lex.teams.match_at(toks, i + 1, end)
    return team is not None and team[0] == end


def _subject_modal(toks: Sequence[Tok], j: int, words: ActorWords) -> bool:
    """A modal only a subject takes at ``j``: "will", "wants", "aims to" (not the "to" of
    an order: "Coach Maria to close ...")."""
    return j < len(toks) and toks[j].low != "to" and (
        words.lex.modals.match_at(toks, j) is not None
        or words.name_predicates.match_at(toks, j) is not None)


def past_aside(toks: Sequence[Tok], j: int, lex: Lexicon | None = None,
               titles: frozenset[str] = frozenset()) -> int:
    """The token after a short aside that starts at ``j``, or ``j`` when none starts there:
    a bracketed one ("(FP&A)", "(DRI: Sam)") or, given the lexicon, one between commas
    that a predicate follows ("We, as a team, will", "The onboarding team, led by Grace
    Liu, will")."""
    if j >= len(toks):
        return j
    if toks[j].text == "(":
        close, ends = ")", _BRACKET_ASIDE_ENDS
    elif toks[j].text == "," and lex is not None:
        if lex.modals.match_at(toks, j + 1) is not None:
            return j + 1  # the comma that closes an appositive owner: "..., Dana Kim, will"
        close, ends = ",", _COMMA_ASIDE_ENDS
    else:
        return j
    for n in range(j + 1, min(len(toks), j + _ASIDE_MAX)):
        if toks[n].text == close:
            if close == "," and (n == j + 1 or not has_predicate(toks, n + 1, lex)):
                break
            return n + 1
        if toks[n].text in ends and not (toks[n].text == "." and (
                toks[n - 1].low in titles or _initial_point(toks, n))):
            break  # (a title's or an initial's point ends nothing: "Our PI, Dr. Chen, will",
            # "Controller (A.P.) to")
    return j


def _initial_point(toks: Sequence[Tok], n: int) -> bool:
    """Whether the point at ``n`` closes an initial: "A.P.", "N.B."."""
    prev = toks[n - 1]
    return len(prev.text) == 1 and prev.text.isupper() and prev.end == toks[n].start


def _appositive(text: str, toks: Sequence[Tok], owners: list[Actor], end: int,
                words: ActorWords) -> list[Actor]:
    """ "Our VP of Marketing, Dana Kim, will": a person and a role set off by commas, with
    no "and", name one owner, so the two are one span."""
    if len(owners) != 2 or end >= len(toks) or toks[end].text != ",":
        return owners
    first, second = owners
    between = text[first.span[1]:second.span[0]].strip()
    opener = between[1:].strip().lower()  # "Dana Kim, our VP of Marketing, will"
    if not between.startswith(",") or opener not in _APPOSITIVE_OPENERS or \
            {first.kind, second.kind} != {"person", "role"}:
        return owners
    span = (first.span[0], second.span[1])
    return [Actor(text[span[0]:span[1]], span, "person")]


def _described_person(toks: Sequence[Tok], owners: list[Actor], lex: Lexicon,
                      words: ActorWords) -> tuple[list[Actor], int] | None:
    """A person described between commas before the predicate ("Dr Helen Ward, consultant
    in public health, will ..."), read first as a list of owners: the person alone and
    where the predicate starts; None when that is not the shape."""
    first = owners[0]
    n = _token_at(toks, first.span[1])
    if first.kind != "person" or len(owners) < 2 or n >= len(toks) or toks[n].text != ",":
        return None
    k = past_aside(toks, n, lex, words.short_titles)
    return ([first], k) if k > n and has_predicate(toks, k, lex) else None


def _opens_with_object_verb(toks: Sequence[Tok], i: int, owner: Actor, words: ActorWords
                            ) -> bool:
    """Whether the owner phrase starts with a verb whose object it is: "Empower team to
    decide", "Ask team to log hours" (an imperative and its object, not a team's name)."""
    return (i < len(toks) and toks[i].low in words.object_verbs
            and owner.span[0] == toks[i].start and owner.span[1] > toks[i].end)


def _noun_before_verb(toks: Sequence[Tok], j: int, words: ActorWords) -> bool:
    """Whether the word read as the predicate is a noun whose own verb follows: "The office
    move is completed", "The school plan will ..." ("move", "plan" end the subject)."""
    lex = words.lex
    if lex.modals.match_at(toks, j) is not None or lex.hedges.match_at(toks, j) is not None:
        return False
    verb = lex.verbs.match_at(toks, j)
    if verb is None or verb[1].lemma == "be" or verb[0] >= len(toks):
        return False
    after = verb[0]
    nxt = lex.verbs.match_at(toks, after)
    return words.name_predicates.match_at(toks, after) is not None or (
        nxt is not None and nxt[1].lemma == "be")


def _possessive_at(toks: Sequence[Tok], j: int, lex: Lexicon) -> bool:
    """Whether ``toks[j]`` is a possessive "'s" ("The team's velocity"), not "is" or "has"
    ("The team's launching", "Maria's going to")."""
    if j >= len(toks) or toks[j].low not in ("'s", "’s"):
        return False
    if toks[j - 1].text.isupper() and len(toks[j - 1].text) > 1:
        return False  # "AE's feel ...": an acronym's plural, written with an apostrophe
    return j + 1 >= len(toks) or (lex.verbs.match_at(toks, j + 1) is None
                                  and lex.modals.match_at(toks, j + 1) is None  # "'s gonna"
                                  and toks[j + 1].low not in ("not", "never", "on", "also"))


def _glued_to_next(text: str, toks: Sequence[Tok], j: int) -> bool:
    """Whether the owner ending before token ``j`` is hyphenated to it ("Sales-led")."""
    if j == 0 or j >= len(toks):
        return False
    end = toks[j - 1].end
    return toks[j].start == end + 1 and text[end] in "-‐"


def _loose_predicate(toks: Sequence[Tok], i: int, j: int, owners: Sequence[Actor],
                     lex: Lexicon, cat: Catalogue) -> bool:
    """A verb the lexicon does not know after a sure subject: "Every recruiter screens ...",
    "Teachers return ..." (a quantified role or a plural role, then a plain word)."""
    if len(owners) != 1 or owners[0].kind != "role" or j + 1 >= len(toks):
        return False
    tok = toks[j]
    if not (tok.text.isalpha() and tok.text.islower()) or tok.low.endswith(("ing", "ed")):
        return False
    if (tok.low in lex.boundaries or tok.low in lex.determiners or tok.low in lex.number_words
            or cat.match_at(toks, j) is not None or lex.roles.match_at(toks, j) is not None
            or lex.teams.match_at(toks, j) is not None):
        return False
    quantified = toks[i].low in ("every", "each") and tok.low.endswith("s")
    plural = toks[j - 1].norm != toks[j - 1].low and toks[i].low not in ("every", "each")
    return quantified or plural


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def _unknown_person(actor: Actor, words: ActorWords) -> bool:
    """A person-like name that is neither a known given name nor titled ("Dr. Patel")."""
    if actor.kind != "person" or _DOTTED_INITIALS.fullmatch(actor.text):
        return False  # (initials with their points are a person's: "M.K. grows ...")
    parts = [w for w in re.split(r"[\s.]+", actor.text.lower()) if w]
    return not any(_given(words, w) or w in words.honorifics for w in parts)


def _verb_like(toks: Sequence[Tok], i: int, words: ActorWords) -> bool:
    """Whether the subject's first word may be an imperative verb ("Support", "Design");
    a past form may not ("Paid media team", "Managed services team")."""
    if i >= len(toks):
        return False
    verb = words.lex.verbs.match_at(toks, i, i + 1)
    return toks[i].low in words.verb_homographs or (verb is not None and verb[1].form != "past")


def _names_predicate(toks: Sequence[Tok], j: int, words: ActorWords) -> bool:
    """An auxiliary only a name takes ("will", "needs to"), or "to" and a known verb."""
    if words.name_predicates.match_at(toks, j) is not None:
        return True
    lex = words.lex
    return (j + 1 < len(toks) and toks[j].low == "to"
            and (lex.verbs.match_at(toks, j + 1) is not None
                 or toks[j + 1].low in lex.upkeep_verbs
                 or lex.hedges.match_at(toks, j + 1) is not None
                 or lex.noncommittal.match_at(toks, j + 1) is not None))


# ------------------------------------------------------------- prefixes


def _owners_in(fragment: str, offset: int, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """Owners named by a whole fragment (a prefix or a tag), spans shifted by ``offset``."""
    toks = tokenize(fragment)
    if not toks:
        return []
    if toks[0].low.startswith("@"):
        toks = toks[1:]
    owners, j = read_owners(fragment, toks, 0, len(toks), words, cat)
    # "AEs in the Central region:": where the owners work may close the fragment
    placed = j < len(toks) and toks[j].low in words.place_prepositions and (
        len(toks) - j <= _PLACE_MAX) and all(a.kind == "role" for a in owners)
    if not owners or (j < len(toks) and not placed):
        return []
    return [Actor(a.text, (a.span[0] + offset, a.span[1] + offset), a.kind) for a in owners]


_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_NOTE_OPENERS = frozenset({"for", "re", "regarding"})
_NOTE_OWNERS = frozenset({"my", "our", "this", "next"})


def _numbered_label(fragment: str, lex: Lexicon) -> bool:
    """ "Activity 2.2", "KPI 1.4": a label word, then the number of the item."""
    toks = tokenize(fragment)
    hit = lex.labels.match_at(toks, 0)
    rest = toks[hit[0]:] if hit else ()
    return bool(rest) and all(not _alpha(t) for t in rest) and any(
        t.text[:1].isdigit() for t in rest)


def _names_a_time(fragment: str, words: ActorWords) -> bool:
    """ "Friday", "By Feb 15", "Next quarter": a prefix that says when, not who."""
    toks = tokenize(fragment)
    return bool(toks) and any(t.low in words.time_words or t.low in _TIME_OPENERS
                              for t in toks) and all(
        t.low in words.time_words or t.low in _TIME_OPENERS or t.low in words.lex.not_names
        or not t.text.isalpha() for t in toks)


def _is_label(fragment: str, lex: Lexicon) -> bool:
    """ "Goal", "KR 1.2", "Q3 OKR": a line label that names no owner."""
    toks = tokenize(fragment)
    if not toks or all(_NUMBERED_LABEL_RE.match(t.text) or not _alpha(t) for t in toks):
        return True
    if len(toks) > 1 and toks[0].low in _NOTE_OPENERS and toks[1].low in _NOTE_OWNERS:
        return True  # "For my review:", "Re this quarter:": what the note is for
    if len(toks) == 2 and _YEAR_RE.fullmatch(toks[0].text) and (
            lex.labels.match_at(toks, 1) is not None):
        return True  # "2027 goals:", "2027 resolutions:"
    hit = lex.labels.match_at(toks, 0)
    rest = toks[hit[0]:] if hit else toks
    if hit is None and 2 <= len(toks) <= 4 and all(_alpha(t) for t in toks) and (
            lex.labels.match_at(toks, len(toks) - 1) is not None) and (
            lex.teams.match_at(toks, 0) is None) and (len(toks) == 2 or not any(
                lex.teams.match_at(toks, k) or lex.roles.match_at(toks, k)
                for k in range(1, len(toks)))):
        # "Investor update:", "Dev plan:", "Evidence Based Decisions:": a kind of note,
        # then its label
        return True
    if hit is None and not (len(toks) <= 2 and toks[0].text[:1].isdigit()):
        return False
    return all(not _alpha(t) or t.low in lex.not_names or (t.text[:1].lower() in "okq"
               and t.text[1:].replace(".", "").isdigit()) for t in rest) or hit is not None


def _function_prefix(name: str, pos: int, words: ActorWords) -> list[Actor]:
    """ "Onboarding:", "Retail lending:": the team a function names before a colon (one or
    two words, the last of them listed)."""
    parts = name.split()
    if not 1 <= len(parts) <= 2 or parts[-1].lower() not in words.function_prefixes or not (
            parts[0][:1].isupper()):
        return []
    return [Actor(name, (pos, pos + len(name)), "team")]


def _is_topic(fragment: str, words: ActorWords) -> bool:
    """ "Accessibility", "Onboarding": one topic word labelling a goal, not an owner."""
    toks = tokenize(fragment)
    lex = words.lex
    return (len(toks) == 1 and toks[0].low.endswith(words.topic_endings)
            and lex.teams.match_at(toks, 0) is None and lex.roles.match_at(toks, 0) is None
            and not _given(words, toks[0].low))


def split_prefix(text: str, vocab: Vocabulary | None = None) -> tuple[tuple[Actor, ...], int]:
    """Owners named by a prefix ("Sales: ...", "Owner: Maria -", "@maria", "[Maria]") and
    the offset where the goal itself starts (after the prefix, a label such as "KR1:" or a
    list bullet). ``vocab`` defaults to the shipped vocabulary."""
    return _split_prefix(text[:MAX_CHARS], vocab if vocab is not None else vocabulary())


# The mark after a leading handle: "@maria: ", "@sam - ".
_AFTER_MENTION_RE = re.compile(r"[ \t]{0,5}(?:[:\-–—][ \t]{0,5})?")
# A tracker line's owner before its status: "Marco 🟡 ", "Yusuf [on track] ".
_STATUSED_NAME_RE = re.compile(r"[^\s:;,()\[\]]{2,30}(?:[ \t][^\s:;,()\[\]]{1,30}){0,2}?(?=[ \t]*"
                               r"(?:[^\w\s.,;:'’\"()\[\]@#$%&*+=/<>-]|[\[(]))")


def _statused_owner(rest: str, pos: int, words: ActorWords, cat: Catalogue
                    ) -> tuple[list[Actor], int] | None:
    """The owner a tracker line opens with, before its status mark, and where the goal
    starts: "Marco 🟡 hit quota" (the owner read strictly: a name, a role or a team)."""
    name = _STATUSED_NAME_RE.match(rest)
    status = status_mark().match(rest, name.end()) if name is not None else None
    if status is None or status.end() == len(rest):
        return None
    named = _owners_in(name.group(), pos, words, cat) or _lowercase_name(name.group(), pos, words)
    return (named, status.end()) if named else None


_BRACKETED_RE = re.compile(r"\([^()\n]{1,40}\)")


def _owners_past_brackets(name: str, pos: int, words: ActorWords, cat: Catalogue
                          ) -> list[Actor]:
    """The teams of a prefix that gives each one's lead in brackets: "Finance (CFO) and
    Sales (CRO):", "Fleet (Ken) and Dispatch (Ola):" (read with the brackets blanked)."""
    blanked = _BRACKETED_RE.sub(lambda m: " " * len(m.group()), name)
    owners = _owners_in(blanked, pos, words, cat) if blanked != name else []
    # (no owner may run over a bracket: "Quality & Safety (Hal) and Surgery" are two)
    return [] if any("(" in name[a.span[0] - pos:a.span[1] - pos] for a in owners) else owners


# The owner after a leading "Owner:" and the mark that ends it: "Maria - ", "R.M. — ",
# "s.kaur@ - ".
_LABELLED_OWNER_RE = re.compile(rf"((?:[A-Z]\.){{2,4}}|{_EMAIL_RE.pattern}|[^\n\-–—;|,.]{{1,60}}?)"
                                r"[ \t]*(?:[\-–—;|,.][ \t]*|\Z)")


@lru_cache(maxsize=4096)
def _split_prefix(text: str, vocab: Vocabulary) -> tuple[tuple[Actor, ...], int]:
    words = _actor_words(vocab)
    lex, cat = words.lex, vocab.catalogue
    pos = _past_crumbs(text, _BULLET_RE.match(text).end())
    owners: list[Actor] = []
    for _ in range(3):  # "KR1: Sales: ..." has two prefixes
        rest = text[pos:]
        mention = _MENTION_RE.match(rest) or _EMAIL_RE.match(rest)
        if mention is not None:
            owners.append(Actor(mention.group(), (pos, pos + mention.end()), "person"))
            # (a tracker's status may follow the handle: "@tom [at risk] get ...")
            after = status_mark().match(rest, mention.end()) or _AFTER_MENTION_RE.match(
                rest, mention.end())
            pos += after.end()
            continue
        statused = _statused_owner(rest, pos, words, cat)
        if statused is not None:
            owners.extend(statused[0])  # "Marco 🟡 hit quota", "Lena (on track): ..."
            pos += statused[1]
            continue
        bracket = _BRACKET_RE.match(rest)
        if bracket is not None and status_before().fullmatch(bracket.group(1) + ","):
            pos += bracket.end()  # "[P1] Grow ...", "(High) Cut ...": a priority or status
            continue
        if bracket is not None:
            named = _owners_in(bracket.group(1), pos + 1, words, cat) or _named(
                bracket.group(1), pos + 1, words, cat)
            if named and not _component_tag(bracket.group(1), named, words):
                owners.extend(named)
                pos += bracket.end()
                continue
            if _component_tag(bracket.group(1), named, words):
                pos += bracket.end()  # "SALES-311 [quota] Hit ...": a label, the goal after it
                continue
        # (before a colon: "Sales ops, your goal: cut ...")
        vocative = _vocative(rest, pos, words, cat)
        if vocative is not None:
            owners.append(vocative[0])
            pos = vocative[1]
            continue
        colon = _COLON_RE.match(rest)
        if colon is not None and colon.group(1).count("(") > colon.group(1).count(")"):
            colon = None  # "... by end of Q1 (DRI: Anika)": the colon of a bracketed tag
        if colon is not None:
            name = colon.group(1)
            name_toks = tokenize(name)
            if len(name_toks) > 2 and name_toks[-2].text in (",", "-", "–", "—") and (
                    lex.owner_labels.match_at(name_toks, len(name_toks) - 1) is not None):
                break  # "Cut churn, owner: the CS team, by June": a label inside the goal
            label = lex.owner_labels.match_at(name_toks, 0)
            if label is not None and label[0] == len(name_toks):
                # "Owner: Maria - close 40 deals" or "Owner: Maria" alone.
                after = rest[colon.end():]
                tail = _LABELLED_OWNER_RE.match(after)
                if tail is not None:
                    named = _named(tail.group(1), pos + colon.end(), words, cat)
                    if named:
                        owners.append(_mention_from(named[0], pos))  # from the label on
                        owners.extend(named[1:])
                        pos += colon.end() + tail.end()
                        continue
            aside = colon.group(2)
            if aside and (_action_label(name, words) or _is_label(name, lex)):
                at = pos + rest.index(aside, len(name))
                named = _named(aside, at, words, cat) if _action_label(name, words) else [
                    # (read strictly after a plain label: "Risk S-04 (medium):" and "Goal
                    # for Ben (next quarter):" name no one in their brackets)
                    a for a in _owners_in(aside, at, words, cat)
                    if a.kind in ("person", "role", "team") and a.text == aside.strip()]
                if named:  # "ACTION (M.K.): ...", "Development goal (Sam): ...": the
                    owners.extend(named)  # owner in the label's brackets
                    pos += colon.end()
                    continue
            if words.report_headings.search(name):
                pos += colon.end()  # "Marketing update:", "QBR follow-up:": a note's heading
                continue
            owning = _owning_prefix(name, pos, words, cat)
            if owning:
                owners.extend(owning)  # "Rui owns: ...", "Jon's goal: ..."
                pos += colon.end()
                continue
            # An owner before a label: "Year 11 tutors:" opens with a label word.
            named = _function_prefix(name, pos, words) or ([] if _is_topic(name, words) else (
                (_titled_name(name, None, pos, words, cat) if colon.group(2) is None else [])
                or _owners_in(name, pos, words, cat) or _lowercase_name(name, pos, words)
                or _titled_name(name, colon.group(2), pos, words, cat)
                or _person_from_team(name, pos, words, cat) or _service(name, pos, words)
                or _role_then_name(name, pos, words, cat)
                or _modified_role(name, pos, words) or _unit_prefix(name, pos, words)
                or _owners_past_brackets(name, pos, words, cat)))
            if named:
                owners.extend(named)
                pos += colon.end()
                continue
            if _is_label(name, lex) or _is_topic(name, words) or _names_a_time(name, words):
                pos += colon.end()
                continue
            break
        cell = _lead_cell(rest, pos, words, cat)
        if cell is not None:
            owners.extend(cell[0])  # "| Sam | read 25 books |", "412 | credit apps ..."
            pos += cell[1]
            continue
        dash = _DASH_RE.match(rest)
        label = _minutes_label(rest, words)
        if label:
            pos += label  # "AP - Nina - get 50 reviews": the minutes' label, then the owner
            continue
        if dash is not None and _numbered_label(dash.group(1), lex):
            pos += dash.end()  # "Activity 2.2 — Tom and Ines will ..."
            continue
        if dash is not None:
            named = [] if _is_topic(dash.group(1), words) else (  # "Reporting — faster"
                _owners_in(dash.group(1), pos, words, cat)
                or _lowercase_name(dash.group(1), pos, words)
                or _service(dash.group(1), pos, words)
                or _role_then_name(dash.group(1), pos, words, cat))
            if named:
                owners.extend(named)
                pos += dash.end()
                continue
            if all(t.low in lex.not_names for t in tokenize(dash.group(1))):
                pos += dash.end()  # "TBD -- Expansion OKR": a placeholder for the owner
                continue
        break
    finding = finding_end(text)
    if finding and finding >= pos:
        pos = _REMEDY_RE.match(text, finding).end()  # "Finding 2.3 - ... . Remediation: ..."
    listed = _LIST_MARK_RE.match(text, pos)
    if listed is not None and listed.end() < len(text):
        pos = listed.end()  # "Priya: 1) close ...", "(a) grow ...": the first item is the goal
    return tuple(owners), pos


# A table row's short first cell before the goal's own: "Sam | ", "412 | ", "fitness | ".
_LEAD_CELL_RE = re.compile(r"\A([^\n|:()\[\]]{1,30}?)[ \t]{0,5}\|[ \t]{1,5}(?=\S)")
_LEAD_CELL_WORDS = 3
_CELL_NUMBER_RE = re.compile(r"\d{1,6}(?:\.\d{1,3}){0,3}")


def _lead_cell(rest: str, pos: int, words: ActorWords, cat: Catalogue
               ) -> tuple[list[Actor], int] | None:
    """The owners a table row's first cell names and the length of the cell with its bar,
    when the cell only labels the goal in the next one: an owner ("Sam | read 25 books"),
    a row or store number ("| 1.2 | Publish ...", "412 | credit apps 20/wk"), or a short
    category before a verb ("fitness | run the Chicago Marathon"). Not a metric before its
    target ("NPS | 60 by Q2"), nor a time ("Q2 | sign ...": the time reader keeps it)."""
    cell = _LEAD_CELL_RE.match(rest)
    if cell is None:
        return None
    name = cell.group(1).strip()
    if _CELL_NUMBER_RE.fullmatch(name):
        return [], cell.end()
    name_toks = tokenize(name)
    after = tokenize(rest[cell.end():cell.end() + 60])
    lex = words.lex
    if (len(name_toks) > _LEAD_CELL_WORDS or _names_a_time(name, words)
            or not after or lex.verbs.match_at(after, 0) is None):
        return None
    named = (_owners_in(name, pos, words, cat) or _lowercase_name(name, pos, words)
             or _service(name, pos, words))
    # (an organisation there, or a name no list knows, is the account the row is about:
    # "Halcyon Foods | expand to 3 more regions | Sofia")
    return [a for a in named if a.kind in ("team", "role") or (
        a.kind == "person" and _given(words, a.text.split()[0]))], cell.end()


# What numbers an inline list's item: "1", "b", "ii".
LIST_ITEM = r"(?:\d{1,2}|[a-h]|i{1,3}|iv|vi?)"
# The mark of an inline list's first item: "1) ", "2. ", "(a) ", "b) ", "i. ", "(ii) " (a
# letter only with its bracket: "a. " may open a sentence).
_LIST_MARK_RE = re.compile(rf"[ \t]{{0,5}}(?:\(?{LIST_ITEM}\)|(?:\d{{1,2}}|i{{1,3}}|iv|vi?)\.)"
                           r"[ \t]{1,5}(?=\S)")


# A plan's breadcrumb of headings before a goal: "Q2 / Events / host 4 socials",
# "Volunteers > Recruitment > grow the pool to 120" (one "/" alone may join two owners).
# (not a headline that opens with its number, "3 hires / Q1 / Talent"; a year may open
# one: "2027 Goals > Fitness > ...")
_CRUMBS_RE = re.compile(r"(?:(?![$€£¥₹]|\d(?!\d{3}\b))[^\n>/:|]{1,40}?[ \t]+[>/][ \t]+"
                        r"(?=[^\W\d_]|@)){1,4}")


# A risk register's or an audit tracker's line states the finding first and the goal after
# its remediation label: "Finding SEC-11 - ... . Remediation: enable encryption on ...".
_FINDING_RE = re.compile(r"[ \t]{0,20}(?:[-*•>][ \t]{1,5})?(?:[\w ]{0,30}\b(?:finding|risk|issue|"
                         r"observation|mra|exception|deficiency|gap|incident|audit note)\b|"
                         r"[A-Z][A-Z0-9]{1,9}-[A-Z0-9-]{1,8}\b)", re.IGNORECASE)
_REMEDY_RE = re.compile(r"(?:(?<=[.;|])|(?<=[ \t][\-–—]))[ \t]{0,5}(?:remediation|mitigation|"
                        r"corrective action|management action|management response|"
                        r"agreed action|action|response)[ \t]{0,3}:[ \t]+", re.IGNORECASE)


def finding_end(text: str) -> int:
    """Where the finding a risk register's line opens with ends and its remediation label
    begins ("Finding 2.3 - ... | . Remediation: ..."), or 0 when the line has none: what is
    before it describes the problem, not the goal."""
    text = text[:MAX_CHARS]
    if _FINDING_RE.match(text) is None:
        return 0  # (a plan's "Response:" or "Action:" deep in a long text is no tracker's)
    remedy = _REMEDY_RE.search(text)
    return remedy.start() if remedy is not None and remedy.end() < len(text.rstrip()) else 0


def _action_label(name: str, words: ActorWords) -> bool:
    """ "AP", "Action", "Action point": the minutes' label before an action's owner."""
    return " ".join(name.lower().split()) in words.action_labels


def heading_end(text: str, vocab: Vocabulary | None = None) -> int:
    """The offset after the headings that stand before a goal and are no part of it: a
    plan's breadcrumb ("Goals / Literacy / | focus on literacy") and a meeting-minutes label
    before an action's owner ("AP - | Nina - get 50 reviews"); 0 when there are none."""
    words = _actor_words(vocab if vocab is not None else vocabulary())
    start = _past_crumbs(text, _BULLET_RE.match(text).end())
    label = _minutes_label(text[start:], words)
    end = start + label
    return end if text[:end].strip() else 0


def _past_crumbs(text: str, pos: int) -> int:
    """The offset after a breadcrumb of headings at ``pos``, or ``pos``."""
    crumbs = _CRUMBS_RE.match(text, pos)
    if crumbs is not None and (">" in crumbs.group() or crumbs.group().count("/") >= 2):
        return crumbs.end()  # "Volunteers > Recruitment > grow the pool ...": headings only
    return pos


def _minutes_label(rest: str, words: ActorWords) -> int:
    """Length of a dashed minutes' label ("AP - ") opening ``rest`` before a prefix."""
    dash = _DASH_RE.match(rest)
    if dash is None or not _action_label(dash.group(1), words):
        return 0
    after = rest[dash.end():]
    return dash.end() if _DASH_RE.match(after) or _COLON_RE.match(after) else 0


# "For Priya", "Goal for Imani", "Q1 goals for the SRE team": whose the goals are.
_GOAL_FOR = re.compile(r"\A(?:(?P<label>[A-Za-z0-9 ]{1,30}?)[ \t]+)?"
                       r"(?:for|(?P<asked>(?<=ask )from|(?<=request )from))"
                       r"[ \t]+(?P<who>[^:]{1,40})\Z", re.IGNORECASE)
_POSSESSED_LABEL = re.compile(r"\A(?P<who>[^:'’]{1,40})['’]s[ \t]{1,3}(?P<label>[^:]{1,30})\Z")
# "This is Dana's:", "Owner → Sam:": whose the goal is, by a bare possessive or an arrow.
# (each name opens with a word: "This is  's:" names no one)
_WHOSE = re.compile(r"\A(?:(?:this|that)(?:[ \t]+is|['’]s)[ \t]+)?"
                    r"(?P<who>[^\s:'’][^:'’]{0,39})['’]s\Z"
                    r"|\A(?:owner|dri|lead)[ \t]*(?:→|->|=>)[ \t]*(?P<to>[^\s:][^:]{0,39})\Z",
                    re.IGNORECASE)


def _service(name: str, offset: int, words: ActorWords) -> list[Actor]:
    """ "Physio service", "Meals on Wheels Service": a short prefix naming a service."""
    toks = tokenize(name)
    if not 2 <= len(toks) <= 4 or not all(t.text.isalpha() for t in toks) or (
            toks[-1].low not in words.service_words):
        return []
    return [Actor(name.strip(), (offset + toks[0].start, offset + toks[-1].end), "team")]


def _owning_prefix(name: str, offset: int, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """The owner in a prefix that says whose the goal is: "Rui owns", "Jon's goal",
    "Sales team's OKR" (a possessive before a goal label, or a word of owning after)."""
    possessed = _POSSESSED_LABEL.match(name)
    meant = _GOAL_FOR.match(name)
    whose = _WHOSE.match(name)
    if whose is not None:
        group = "who" if whose.group("who") else "to"
        who = whose.group(group)
        named = _owners_in(who, offset + whose.start(group), words, cat)
        if named or not (group == "to" or _given(words, who.split()[0].lower())):
            return named  # ("Q1's:" names a period)
        return _named(who, offset + whose.start(group), words, cat)
    if possessed is not None and _is_label(possessed.group("label"), words.lex):
        who = possessed.group("who")
    elif meant is not None and (not meant.group("label") or meant.group("asked")
                                or _is_label(meant.group("label"), words.lex)):
        # "For Priya: she will ...", "Goal for Imani (H1 2027): ship ...", "Ask from
        # Finance: ..."
        who = meant.group("who")
        if _names_a_time(who, words):
            return []  # "goal for Dec:", "Goals for Jan 2027:": when, not whose
        offset += meant.start("who")
        named = _owners_in(who, offset, words, cat)
        if named or not _WRITTEN_NAME.fullmatch(who):
            return named
        return _named(who, offset, words, cat)
    else:
        low = name.lower()
        ending = next((w for w in words.owning_words if low.endswith(" " + w)), None)
        if ending is None:
            return []
        who = name[:len(name) - len(ending) - 1]
    named = _owners_in(who, offset, words, cat)
    if named or not (who.isalpha() and who[:1].isupper()):
        return named  # "Q1's goals" names a period, not a person
    return _named(who, offset, words, cat)


def _named(fragment: str, offset: int, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """Owners in an explicit owner slot: any owner phrase, else the words as a person."""
    stripped = fragment.strip()
    if not stripped:
        return []
    lead = fragment.index(stripped[0])
    found = _owners_in(stripped, offset + lead, words, cat)
    if found:
        return found
    # Anything else in an owner slot is a person's name as written ("@maria", "maria"),
    # unless it says the owner is still to come ("owner TBC").
    if stripped.startswith("@"):
        if len(stripped.split()) > 1:
            return []  # "lead=@omar, to retire 6 tools": the handle is found on its own
    elif len(stripped.split()) > 4 or not stripped[0].isalpha() or all(
            t.low in words.lex.not_names for t in tokenize(stripped)):
        return []
    kind = "team" if "&" in stripped else "person"  # "owner Buying & Merchandising"
    return [Actor(stripped, (offset + lead, offset + lead + len(stripped)), kind)]


def _titled_name(name: str, aside: str | None, offset: int, words: ActorWords,
                 cat: Catalogue) -> list[Actor]:
    """ "Ji-woo (AR lead):", "Tomasz K. (HRIS):", "Elena, Merch lead:": a name the word
    lists do not know, with a role or a team in brackets or after a comma, is that person."""
    if aside is None and name.count(",") == 1:
        written, aside = (part.strip() for part in name.split(","))
        if any(a.kind == "person" for a in _owners_in(aside, 0, words, cat)):
            return []  # "Maria, Sam:": two people
        person = _titled_name(written, aside, offset, words, cat) if _WRITTEN_NAME.fullmatch(
            written) else []
        if len(person) == 1 and person[0].kind == "person":
            return [Actor(name, (offset, offset + len(name)), "person")]
        return []
    if not aside or not _WRITTEN_NAME.fullmatch(name):
        return []
    toks = tokenize(aside)
    if not any(words.lex.roles.match_at(toks, k) is not None for k in range(len(toks))) \
            and not _owners_in(aside, 0, words, cat):
        return []  # "Pipeline (stretch):" is a label with a note
    return _named(name, offset, words, cat)


def _role_then_name(name: str, offset: int, words: ActorWords, cat: Catalogue
                    ) -> list[Actor]:
    """ "Transport manager Kofi:", "exec chef tomasz:", "ops lead sarah —", "Lab director
    Dr. Henrik Aaltonen:": a role and a name (one or two words, perhaps titled) before the
    goal's colon or dash is that person (their role first)."""
    toks = tokenize(name)
    for size in (1, 2):
        cut = len(toks) - size
        if cut < 1 or not all(_plain_name_word(name, toks, n, words, cat)
                              for n in range(cut, len(toks))):
            return []  # "AE pipeline:", "Lead engineer update:": a topic after the role
        head_end = cut
        if toks[cut - 1].low in words.honorifics:
            head_end = cut - 1  # "Dr Aaltonen"
        elif cut >= 2 and toks[cut - 1].text == "." and toks[cut - 2].low in words.honorifics:
            head_end = cut - 2  # "Dr. Aaltonen"
        if head_end < 1:
            continue
        head = name[:toks[head_end - 1].end]
        role = _owners_in(head, offset, words, cat)
        if len(role) == 1 and role[0].kind == "role" and role[0].span == (
                offset, offset + len(head)):
            end = toks[-1].end
            return [Actor(name[:end], (offset, offset + end), "person")]
    return []


_ROLE_MODIFIERS_MAX = 3  # words before a role in a prefix: "Sequencing core manager:"


def _unit_prefix(name: str, offset: int, words: ActorWords, titled_min: int = 3
                 ) -> list[Actor]:
    """A prefix naming a unit by what it does, whatever its words: "Town centre beat team:"
    ("beat" is also a verb, which elsewhere would open the goal), and from ``titled_min``
    title-case words one ending in a team word: "Front Office Operations:" (two may be a
    heading at the start, "Promote Compliance:", but not before an owning verb: "...
    - Digital Admissions owns this")."""
    toks = tokenize(name)
    lex = words.lex
    if len(toks) == 1 and toks[0].text.isalpha() and not _is_label(name, lex) and (
            lex.team_suffixes.match_at(toks, 0) is not None):
        return [Actor(name, (offset, offset + len(name)), "team")]  # "clinic:", "dept:"
    if not 1 < len(toks) <= _ROLE_MODIFIERS_MAX + 1 or not _caps(toks[0]) or (
            _verb_like(toks, 0, words)):
        return []  # (not "Grow revenue team: ...", an imperative)
    suffix = lex.team_suffixes.match_at(toks, len(toks) - 1)
    titled = len(toks) >= titled_min and all(_caps(t) for t in toks)
    if suffix is None and titled:
        suffix = lex.teams.match_at(toks, len(toks) - 1)
    if suffix is None or suffix[0] != len(toks) or not all(
            t.text.isalpha() and t.low not in lex.determiners and t.low not in lex.boundaries
            and t.low not in _AND and (n == 0 or titled or t.text.islower())
            for n, t in enumerate(toks[:-1])):
        return []
    return [Actor(name, (offset, offset + len(name)), "team")]


def _modified_role(name: str, offset: int, words: ActorWords) -> list[Actor]:
    """ "Sequencing core manager:", "Co-op manager:": a role after plain modifiers fills a
    prefix (in a sentence, the reader allows fewer, as a verb may open it)."""
    toks = tokenize(name)
    role = _role_ending(toks, words)
    if role is None or not (toks[0].text[:1].isupper() or name.islower()):
        return []
    glued = sum(1 for n in range(1, role) if name[toks[n - 1].end:toks[n].start] == "-")
    if role - glued > _ROLE_MODIFIERS_MAX or not all(
            _modifier(toks, n, words, n > 0) for n in range(role)):  # no verb first
        return []
    return [Actor(name, (offset, offset + len(name)), "role")]


def _role_ending(toks: Sequence[Tok], words: ActorWords) -> int | None:
    """Where a role that ends ``toks`` starts, after at least one other word."""
    for k in range(1, len(toks)):
        found = words.lex.roles.match_at(toks, k)
        if found is not None and found[0] == len(toks):
            return k
    return None


def _plain_name_word(name: str, toks: Sequence[Tok], n: int, words: ActorWords,
                     cat: Catalogue) -> bool:
    """Whether ``toks[n]`` may be a word of a person's name after their role: no listed
    word, and cased like a name (or like the rest, when all is lower case)."""
    tok, lex = toks[n], words.lex
    if not tok.text.isalpha() or tok.low in lex.not_names or any(
            found.match_at(toks, n, n + 1) is not None
            for found in (cat, lex.verbs, lex.labels, lex.deliverables, lex.scope, lex.roles,
                          lex.teams)) or tok.low.endswith(words.topic_endings):
        return False
    return tok.text[:1].isupper() or name.islower()


def _person_from_team(name: str, offset: int, words: ActorWords,
                      cat: Catalogue) -> list[Actor]:
    """ "Lena from Renewals:": a written name and the team or place they come from."""
    match = _FROM_TEAM_RE.match(name)
    if match is None:
        return []
    team = match.group(2)
    # a listed unit, or one capitalised as a department's name ("Renewals")
    if not (_owners_in(team, 0, words, cat) or all(w[:1].isupper() for w in team.split())):
        return []
    return [Actor(name, (offset, offset + len(name)), "person")]


def _vocative(rest: str, pos: int, words: ActorWords, cat: Catalogue
              ) -> tuple[Actor, int] | None:
    """ "Kai, pls get ...", "Maria, close ...", "Fleet team, see if you can ...": who is
    addressed and where the goal starts. A known given name may come before a verb; other
    names, a team or a role only before "please" or "you"/"your" ("Separately, ...")."""
    your = _YOUR_GOAL_RE.match(rest)
    if your is not None:
        named = _owners_in(your.group(1), pos + your.start(1), words, cat)
        if len(named) == 1 and named[0].text == your.group(1):
            return named[0], pos + your.end()
    match = _VOCATIVE_RE.match(rest)
    if match is None:
        return None
    name = match.group(1)
    after = tokenize(rest[match.end():])
    if not after:
        return None
    asked = match.group(2) is not None or _SECOND_PERSON_RE.match(rest, match.end())
    if " " not in name and _given(words, name):
        if asked or words.lex.verbs.match_at(after, 0) is not None:
            return Actor(name, (pos, pos + len(name)), "person"), pos + match.end()
        return None
    # a team, a role or a titled person, read whole: "Sales ops", "Coach Rivera" (not a lone
    # capitalised word, "Separately, ...", nor one that is no owner, "Overall, ...")
    named = _owners_in(name, pos, words, cat) if asked else []
    if len(named) != 1 or named[0].span != (pos, pos + len(name)) or (
            named[0].kind == "person" and " " not in name and (
                match.group(2) is not None or name.lower() in words.not_addressed
                or name.endswith("ly"))):
        return None  # (a lone unknown name needs "your"/"you": "Keisha, your squad ...")
    return named[0], pos + match.end()


def _lowercase_name(name: str, offset: int, words: ActorWords) -> list[Actor]:
    """ "maria: post 3x a week", "jo - finalise the rota": a known given name written in
    lower case, alone before the colon or dash, is the person as typed (not a month:
    "jan: ...")."""
    if not name.isalpha() or not name.islower() or not _given(words, name) \
            or name in words.time_words:
        return []
    return [Actor(name, (offset, offset + len(name)), "person")]


# Cells of a pasted spreadsheet row: " | ", a tab, or a run of spaces.
_CELL_BREAK = re.compile(r"[ \t]*\|[ \t]*|[ \t]*\t[ \t]*| {3,}")


def _cell_owners(text: str, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """A cell after the first that is wholly an owner: "Increase RevPAR | 8% | Q2 2027 |
    Revenue Mgr", "KR2   Reduce check-in time to 3 min   Front desk   EOQ"."""
    if "|" not in text and "\t" not in text and "   " not in text:
        return []
    breaks = list(_CELL_BREAK.finditer(text.rstrip()))
    # (a run of spaces alone is a row only with three or more cells)
    if not breaks or (len(breaks) < 2 and "|" not in text and "\t" not in text):
        return []
    starts = [m.end() for m in breaks]
    ends = [m.start() for m in breaks[1:]] + [len(text.rstrip())]
    found: list[Actor] = []
    for start, end in zip(starts, ends, strict=True):
        cell = text[start:end]
        if not cell.strip() or any(ch.isdigit() for ch in cell):
            continue
        named = [a for a in _owners_in(cell, start, words, cat)
                 if not (a.kind == "organisation" and a.text.isupper())]  # "HIGH", "FE"
        if named and all(a.kind != "pronoun" for a in named) and (
                named[-1].span[1] == end and named[0].span[0] - start <= 4):
            found.extend(named)  # (after "The " at most: the whole cell names them)
    return found


# "Get the new SOPs done (me) by Friday": the writer marks the goal as their own.
_PRONOUN_ASIDE_RE = re.compile(r"\((me|us)\)", re.IGNORECASE)


def _framed_owners(text: str, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """Owners a phrase of ``owner_frames`` hands the goal to: "..., with Priya leading",
    "... — Ayo's on the hook", "Hire two SDRs, Greta?"."""
    low = text.lower().replace("’", "'").replace("'", "")
    found: list[Actor] = []
    for literal, pattern, who in words.owner_frames:
        if literal not in low:
            continue
        for match in pattern.finditer(text):
            found.extend(_strict_owner(match.group("who"), match.start("who"), words, cat,
                                       who))
    return found


def _strict_owner(fragment: str, offset: int, words: ActorWords, cat: Catalogue,
                  who: str) -> list[Actor]:
    """The owners that end ``fragment``, by ``who``: "signer", each one that signs (see
    ``_signs``); "named", also any name in capitals ("Ship it soon Ayo" names Ayo);
    "person", only a known person who signs ("..., Greta?", not "..., team?")."""
    if _names_a_time(fragment, words):
        return []  # "..., by end of Jan": when, not who (Jan is a name too)
    pieces = fragment.rstrip().split(" ")
    for k in range(len(pieces)):
        skipped = sum(len(p) + 1 for p in pieces[:k])
        named = _named(" ".join(pieces[k:]), offset + skipped, words, cat)
        if named and all((_signs(owner, words, cat)
                          and (who != "person" or owner.kind == "person"))
                         or (who == "named" and _capitalised_name(owner)) for owner in named):
            return named
    return []


# A result promised in the passive ("... is to be held under $300 through Q2 | by Omar"),
# and the agent phrases after it: a "by" phrase up to the next preposition or mark.
_PASSIVE_RE = re.compile(
    r"\b(?:will|shall|must|should|to|is|are|'ll|’ll)[ \t]{1,3}be[ \t]{1,3}"
    + _PARTICIPLE + r"|held|kept|brought|grown|made)\b", re.IGNORECASE)
# (the agent after "by", "through" or "via", or who the responsibility rests with: "...
# will be reduced to 10 days through the Attendance Team", "..., with responsibility resting
# with the Head of CS")
_AGENT_RE = re.compile(
    r"\b(?:by|through|via|(?:responsibility|accountability)[ \t]{1,3}(?:rests?|resting|lies|"
    r"lying|sits?|sitting)[ \t]{1,3}with)[ \t]{1,3}([^\n,;.()]{1,50}?)"
    r"(?=[ \t]+(?:by|in|within|through|before|from|to|for|"
    r"at|on|so|because|and|asap|over|during|this|next|each|every|with|no[ \t]+later)\b"
    r"|[ \t]*[,;.()]|[ \t]*\Z)",
    re.IGNORECASE)
_UNOWNED_PASSIVES = frozenset({"used", "seen", "read", "viewed", "visited", "liked", "loved",
                               "trusted", "known", "preferred", "followed"})
# Words that open a time, not an agent, after "by": "by Friday", "by the end of June".
_TIME_OPENERS = frozenset({*calendar_names("weekdays"), "end", "mid", "early", "late", "close",
                           "start", "the"})


def _passive_agents(text: str, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """The agent of a result promised in the passive, wherever it stands after the verb:
    "Fleet fuel costs will be cut by 10% by the logistics team in H1". Each "by" phrase
    is read whole and strictly (see ``_signs``); times ("by end of May") name no one."""
    if " be " not in text:
        return []
    passive = _PASSIVE_RE.search(text)
    if passive is None or passive.group().rsplit(None, 1)[-1].lower() in _UNOWNED_PASSIVES:
        return []  # ("will be used by the exec team": who uses it owns nothing)
    for match in _AGENT_RE.finditer(text, passive.end()):
        fragment = match.group(1)
        toks = fragment.split()
        first = toks[1] if toks[0].lower() == "the" and len(toks) > 1 else toks[0]
        if first.lower() in words.time_words or first.lower() in _TIME_OPENERS or (
                not first[:1].isalpha()):
            continue
        named = _named(fragment, match.start(1), words, cat)
        if named and named[-1].span[1] == match.end(1) and all(
                _signs(owner, words, cat) for owner in named):
            return named
    return []


def _capitalised_name(owner: Actor) -> bool:
    """A person's name as written in capitals ("Ayo", "Marisol Diaz"), not an acronym."""
    return owner.kind == "person" and all(
        w[:1].isupper() and w.isalpha() and not w.isupper() for w in owner.text.split())


def _tagged(text: str, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """Owners named anywhere by a tag: "(Owner: Sam)", "@sam", "owned by Maria", a row's
    owner cell, a frame ("It's on Jake to ...")."""
    found: list[Actor] = (_cell_owners(text, words, cat) + _framed_owners(text, words, cat)
                          + _passive_agents(text, words, cat))
    found.extend(Actor(m.group(1), m.span(1), "pronoun") for m in _PRONOUN_ASIDE_RE.finditer(text))
    addressed = _addressed_at_end(text, words)
    if addressed is not None:
        found.append(addressed)
    labelled = list(_TAG_RE.finditer(text))
    trailing = _TRAILING_RE.search(text)
    if trailing is not None:
        labelled.append(trailing)
    labelled.extend(_INNER_LABEL_RE.finditer(text))
    if trailing is None:
        labelled.extend(_FIELD_LABEL_RE.finditer(text))  # ". Owner: Infra. Status: open"
    for match in labelled:
        named = [_as_initials(owner, text, words)
                 for owner in _named(match.group(1), match.start(1), words, cat)]
        if named:  # the mention runs from the label: "(DRI: Sam)" marks "DRI: Sam"
            label = _LABEL_WORD.search(match.group())
            start = match.start() + label.start() if label else named[0].span[0]
            found.append(_mention_from(named[0], start))
            found.extend(named[1:])
    # (each owner's part in brackets is blanked: "— Priya (lead), Marco (support)")
    unnoted = _PART_NOTE_RE.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    to_own = _TO_OWN_RE.search(text)
    if to_own is None and "(" in unnoted:
        unnoted = _CONFIDENCE_NOTE_RE.sub(lambda m: " " * len(m.group()), unnoted)
    signed = _SIGNED_RE.search(unnoted) or _VALEDICTION_RE.search(unnoted)
    if signed is not None and trailing is None:
        found.extend(_signed_owner(text, signed.group(1), signed.start(1), words, cat))
    role_field = _ROLE_FIELD_RE.search(text) if trailing is None else None
    if role_field is not None and _is_role(role_field.group("role"), words, cat) and (
            _HELPER_FIELD_RE.search(role_field.group("role")) is None):
        who = role_field["who"]  # (a role's field names a person by initial: "AE: S. Park")
        initialled = _INITIAL_NAME_RE.fullmatch(who) is not None
        found.extend([Actor(who, role_field.span("who"), "person")] if initialled
                     else _signed_owner(text, who, role_field.start("who"), words, cat))
    for match in _BETWEEN_DASHES_RE.finditer(text):
        if not _LABEL_WORD.fullmatch(match.group(1)):  # "— owner - Olga": the label's
            found.extend(_signed_owner(text, match.group(1), match.start(1), words, cat))
    if to_own is not None:
        fragment = to_own.group(1).strip()
        offset = to_own.start(1) + len(to_own.group(1)) - len(to_own.group(1).lstrip())
        named = _owners_in(fragment, offset, words, cat) or _unit_prefix(
            fragment, offset, words, titled_min=2)
        if named:  # like "(DRI: Sam)", the mention runs over its words: "Inés to own"
            last = named[-1]
            end = to_own.end("verb")
            found.extend([*named[:-1], Actor(text[last.span[0]:end], (last.span[0], end),
                                             last.kind)])
    for match in _OWNED_BY_RE.finditer(text):
        if not _UNOWNED_PASSIVES.isdisjoint(text[match.start():match.start(1)].lower().split()):
            continue  # "will be used by the exec team": who uses it owns nothing
        fragment = match.group(1)
        toks = tokenize(fragment)
        owners, _ = read_owners(fragment, toks, 0, len(toks), words, cat)
        found.extend(Actor(a.text, (a.span[0] + match.start(1), a.span[1] + match.start(1)),
                           a.kind) for a in owners)
    for match in _MENTION_RE.finditer(text):
        if _WITH_MENTIONS_RE.search(text, 0, match.start()) is None and not _mentioned_account(
                text, match.start(), words):
            found.append(Actor(match.group(), match.span(), "person"))
    end_tag = _END_TAG_RE.search(text) if trailing is None and to_own is None else None
    marked = _MARKED_NAME_RE.search(text) if end_tag is not None else None
    if marked is not None and _given(words, marked.group(1).split()[0].lower()) and not any(
            a.span[1] > marked.start(1) for a in found):
        # "... cc Sam (lead)": the bracket marks the name before it as the owner
        found.append(Actor(marked.group(1), marked.span(1), "person"))
    elif end_tag is not None and not any(0 <= end_tag.start() - a.span[1] <= 1 for a in found):
        # (not "owned by Dana Whitfield (Head of Public Sector)": her title, not an owner)
        tagged = _end_tag_owners(text, end_tag.group(2), end_tag.start(2),
                                 end_tag.group(1) == "[", words, cat)
        signer = _titled_signer(text, tagged, end_tag.group(2), words, cat)
        found.extend([signer] if signer is not None else tagged)
    return found


# A labelled owner field opening the goal, up to a cell mark, a line end, a dash or a full
# stop: "Team: 3rd Grade ELA PLC | ...", "Resp: Elec PE. Division 26 ...".
_START_FIELD_RE = re.compile(
    r"\A[ \t]*(?i:team|owners?|dri|resp|responsible|ball in court|bic)[ \t]*:[ \t]*"
    r"(?P<who>(?:Mr|Mrs|Ms|Dr|Mx)\.[ \t]?[A-Z][\w'’-]*|[A-Z0-9][^|\n:;—–]{0,38}?)"
    # (or the next field, when lines were joined: "Team: HS Counseling Goal: ...")
    r"(?=[ \t]*(?:\||\n|--|[—–]|\.[ \t]|\.?\Z)|[ \t]+(?:S\.?M\.?A\.?R\.?T\.?[ \t])?"
    r"(?:Goals?|Focus|Target|Timeline|Objective|Measure|Metric|Due|Status|Action):)")


# A field's value that names nobody: "Owner: Unassigned", "Team: All".
_NO_ONE = frozenset({"unassigned", "none", "nobody", "no one", "all", "everyone", "open",
                     "unknown", "vacant"})


def _with_field_owners(text: str, actors: Sequence[Actor]) -> list[Actor]:
    """The owners less a field's label read as one, with the field's value instead: "Team:
    3rd Grade ELA PLC | ..." is owned by the PLC. (The parts reader keeps reading the label
    as the goal's prefix, so this is only what is reported.)"""
    field = _START_FIELD_RE.match(text)
    if field is None or not field["who"].rstrip(" ."):
        return list(actors)
    vocab = vocabulary()
    words = _actor_words(vocab)
    value = field["who"].rstrip(" .")
    after = [a for a in actors if a.span[0] >= field.end("who")]
    if value.lower() in words.lex.not_names or value.lower() in _NO_ONE:
        return after  # "Owner: TBD |": nobody yet, and not the label either
    return _dedupe([*_field_owners(value, field.start("who"), words, vocab.catalogue), *after])


def _field_owners(value: str, offset: int, words: ActorWords, cat: Catalogue) -> list[Actor]:
    """The owners a labelled field names: as the finder reads them when they cover it
    ("Priya and Sam"), else the value whole, as a team ("3rd Grade ELA PLC")."""
    named = _owners_in(value, offset, words, cat)
    if named and named[0].span[0] == offset and named[-1].span[1] == offset + len(value):
        return named
    return [Actor(value, (offset, offset + len(value)), "team")]


# A content calendar's credits: "| copy: Ibrahim | design: Leah |", "(AM: Chloe)".
_CREDIT_LABELS = frozenset({"copy", "copywriter", "design", "designer", "art", "video",
                            "photo", "editor", "am", "social lead"})
_CREDIT_RE = re.compile(rf"(?i:(?<![\w])(?:{phrase_alternatives(_CREDIT_LABELS)})[ \t]*:[ \t]*)"
                        r"([A-Z][a-z'’-]{1,20}(?:[ \t][A-Z]\.?)?)(?=[ \t]*(?:[|/;,)—–]|-[ \t]|\Z))")


def _credited(text: str, words: ActorWords) -> list[Actor]:
    """The people credited with a craft in a content calendar's row, by known given name."""
    if ":" not in text:
        return []
    return [Actor(m.group(1), m.span(1), "person") for m in _CREDIT_RE.finditer(text)
            if _given(words, m.group(1).split()[0])]


# Words before a mention that make it the account acted on, not who acts ("grow followers
# for @pipsqueakpets", "comments on @brand", "| @brand |": a client's handle).
_ACCOUNT_BEFORE_RE = re.compile(r"(?i)(?:\b(?:for|on|at|from|of|about|via|into|across|in|"
                                r"the|our|their|client)|\|)[ \t]*\Z")


def _mentioned_account(text: str, start: int, words: ActorWords) -> bool:
    """Whether the mention at ``start`` is an account the goal acts on: after a
    preposition or a cell mark, or as the object of a verb ("Grow @brand Instagram ...")."""
    before = text[max(0, start - 30):start]
    if _ACCOUNT_BEFORE_RE.search(before):
        return True
    toks = tokenize(before)
    return bool(toks) and toks[-1].text[:1].isalpha() and (
        words.lex.verbs.match_at(toks, len(toks) - 1) is not None)


def _titled_signer(text: str, tagged: list[Actor], tag: str, words: ActorWords,
                   cat: Catalogue) -> Actor | None:
    """The person who signs a goal with their title in a closing tag: "— Sam (HRBP)" is
    owned by Sam, not by the title that says who Sam is. Only a lone role in the tag, an
    acronym no list knows ("— Mateo (SQE)") or, after a dash, a short note on a known
    name ("— Jordan (whse TL)"); and only a known given name or a name set off like a
    signature ("— Olu (PM)")."""
    titled = _TITLED_NAME_RE.search(text)
    if titled is None:
        return None
    name = titled.group(2)
    first = name.split()[0]  # (an initial is no given name: "J. Park" needs the dash)
    given = "." not in first and _given(words, first)
    role = len(tagged) == 1 and tagged[0].kind == "role"
    # (a known name signing after a dash keeps any short note: "— Jordan (whse TL)")
    noted = given and titled.group("sep") in ("—", "–", "-") and len(tag.split()) <= 3
    if not role and (tagged or not (_TITLE_ACRONYM_RE.fullmatch(tag.strip()) or noted)):
        return None
    if not given and not (titled.group("sep") and [
            a.kind for a in _owners_in(name, 0, words, cat)] == ["person"]):
        return None
    return Actor(name, titled.span(2), "person")


_INITIALS_RE = re.compile(r"[A-Z]{2}")


_THREE_INITIALS_RE = re.compile(r"[A-Z]{3}")


def _signed_initials(text: str, code: str, words: ActorWords, cat: Catalogue) -> bool:
    """Three capitals signing a goal after a dash are a person's initials ("... - DLP",
    "-JFP"), as partners and clerks sign, unless they are a term the goal's words know (a
    metric, a place, a time, a placeholder: "- NPS", "- USA", "- EOY", "- TBD") or the goal
    uses them elsewhere."""
    if _THREE_INITIALS_RE.fullmatch(code) is None or code.lower() in words.lex.not_names:
        return False
    toks = tokenize(code)
    lex = words.lex
    return (cat.lookup(code) is None and lex.scope.match_at(toks, 0) is None
            and lex.teams.match_at(toks, 0) is None and lex.roles.match_at(toks, 0) is None
            and not _names_a_time(code, words)
            and len(re.findall(rf"(?<!\w){code}(?!\w)", text)) == 1)


def _as_initials(owner: Actor, text: str, words: ActorWords) -> Actor:
    """A two-letter code read as an organisation is a person's initials when it closes the
    goal and the goal does not use it anywhere else: "... by EOY (RM)", "... - JT" (not
    "Ship SSO by Q2 (SSO)", a note on the goal's own word; three letters are more often an
    agency's or a term's: "... dental services (CMS)")."""
    if owner.kind == "organisation" and _INITIALS_RE.fullmatch(owner.text) and (
            owner.text.lower() not in words.lex.not_names) and len(
            re.findall(rf"(?<!\w){owner.text}(?!\w)", text)) == 1:
        return Actor(owner.text, owner.span, "person")
    return owner


def _component_tag(tag: str, named: list[Actor], words: ActorWords) -> bool:
    """A ticket's component tag, not an owner: "[web]", "[api]", "[tech-debt]", "[DB]" (one
    lower-case word that is no given name, or a capitalised code read only as a name;
    "[PM]" and "[QA]" are a role and a team)."""
    tag = tag.strip()
    if not tag.replace("-", "").isalpha() or (tag.startswith("-") or tag.endswith("-")):
        return False
    if tag.islower():
        return not _given(words, tag)
    return tag.isupper() and len(named) == 1 and named[0].kind in ("person", "organisation")


_SIZE_RE = re.compile(r"X{0,2}[SML]|XXL")  # a task's T-shirt size: "(P3, S)", "[XL]"


def _end_tag_owners(text: str, fragment: str, offset: int, square: bool, words: ActorWords,
                    cat: Catalogue) -> list[Actor]:
    """Owners in a tag closing the goal: "[Theo]", "(Field Marketing EMEA)". A lone word in
    brackets is a name only in square ones, or when it is a known given name: "(Stretch)",
    "(SSO)" and "(Draft)" are notes, not owners."""
    if fragment.strip().lower() in _PARTS:
        return []  # "..., Ivy (support)": her part, not an owner
    # "(RevOps, 70% confident)": a stated confidence after the owner is no part of it
    fragment = _CONFIDENCE_AFTER_RE.sub("", fragment)
    fragment = _TIME_AFTER_RE.sub("", fragment)  # "(CS, FY27)": when, after who
    status = status_before().match(fragment)
    if status is not None:
        # "(on track, Dana)", "(amber; Online Learning)": how the goal stands, then the
        # slot of who owns it; "(P2, on track)", "(P3, S)": a priority, then a status or a
        # size, and no owner
        rest = fragment[status.end():].removesuffix(".")
        if status_before().fullmatch(rest + ",") or _SIZE_RE.fullmatch(rest.strip()):
            return []
        return [_as_initials(owner, text, words) for owner in _named(
            rest, offset + status.end(), words, cat)]
    # (a surname's initial ends the tag with its point: "(Sam K.)")
    owners = [_as_initials(owner, text, words)
              for owner in _owners_in(fragment.strip().removesuffix("."), offset, words, cat)]
    if square and _component_tag(fragment, owners, words):
        return []  # "... [brand]": a ticket's component, as at the start
    if len(owners) != 1:
        return owners if owners and all(o.kind != "organisation" for o in owners) else []
    only = owners[0]
    if only.kind in ("team", "role"):
        return owners
    if only.kind == "person" and (square or " " in only.text or _given(words, only.text)
                                  or _INITIALS_RE.fullmatch(only.text)):
        return owners
    return []


# When, after the owner of a closing tag or signature: "(CS, FY27)", "— QA guild, by the
# next release", "— Sales leadership, soon".
_TIME_AFTER_RE = re.compile(
    r"[ \t]*[,;][ \t]*(?:q[1-4]|h[12]|fy[ ']?\d{2,4}|eo[dwmqy]|(?:19|20)\d{2}|soon|asap|tbd|"
    r"(?:date|due|eta)[ \t]+(?:tbd|tbc)|"
    r"(?:by|in|before|next|this|end of)[ \t][^,;()]{1,30})[ \t]*\Z", re.IGNORECASE)
# A signer's title after a comma: "— Marcus, receiving sup", "-- L. Ferreira, 311 Manager".
_TITLE_AFTER_RE = re.compile(r"((?:[A-Z]\.[ \t]?)?(?P<first>[^\W\d_][\w'’-]*)"
                             r"(?:[ \t][A-Z][\w'’-]*)?)"
                             r"[ \t]*,[ \t]*(?P<title>[^,]{2,30})")
# Who helps the owner a goal is signed with: "- JT w/ MK", "— Dana with Ops".
_WITH_SOMEONE_RE = re.compile(r"[ \t]+(?:w/|with)[ \t]+\S.{0,30}\Z", re.IGNORECASE)
_OWNS_THIS_RE = re.compile(r"[ \t]+(?:owns|will own|to own)(?:[ \t]+(?:this|it))?[ \t]*\Z")


def _signed_owner(text: str, fragment: str, offset: int, words: ActorWords, cat: Catalogue
                  ) -> list[Actor]:
    """The owner a goal is signed with after a dash or a cell mark, read strictly, since a
    dash also ends goals with a note ("- stretch", "- ASAP", "- EMEA", "- High Priority"):
    a team, a role, "me" or "us", or a person whose given name is known ("Mei", "Maria
    Lopez")."""
    tail = (_OWNS_THIS_RE.search(fragment) or _WITH_SOMEONE_RE.search(fragment)
            or _TIME_AFTER_RE.search(fragment))
    if tail is not None:
        fragment = fragment[:tail.start()]  # "- priya owns this", "- JT w/ MK", "- QA, soon"
    titled = _TITLE_AFTER_RE.fullmatch(fragment)
    if titled is not None and (_given(words, titled.group("first"))
                               or titled.group(1)[1:2] == ".") and not _given(
            words, titled.group("title").split()[0]):  # (not "— Priya, Marco": two signers)
        fragment = titled.group(1)  # "— Marcus, receiving sup": the title says who he is
    words_in = fragment.split()
    if not words_in or len(words_in) > _MAX_SIGNED_WORDS:
        return []
    if _INITIAL_NAME_RE.fullmatch(fragment.strip()) or _DOTTED_INITIALS_RE.fullmatch(
            fragment.strip()):  # "- J. Moreno", "-J.M.": a signature by initial
        start = offset + len(fragment) - len(fragment.lstrip())
        end = start + len(fragment.strip())
        end += text[end:end + 1] == "." and fragment.strip()[-2:-1] == "."  # "J.M." whole
        return [Actor(text[start:end], (start, end), "person")]
    if _signed_initials(text, fragment.strip(), words, cat):
        start = offset + len(fragment) - len(fragment.lstrip())  # "... -- ELR", "-JFP"
        return [Actor(fragment.strip(), (start, start + len(fragment.strip())), "person")]
    if _EMAIL_RE.fullmatch(fragment.strip()):
        return _named(fragment, offset, words, cat)  # "... — a.chen@": who to write to
    low = words_in[0].lower()
    if len(words_in) == 1 and words_in[0] == low and _given(words, low) and (
            low not in words.lowercase_name_words):
        return _named(fragment, offset, words, cat)  # "hit quota every month - marco"
    named = [_as_initials(owner, text, words) for owner in _named(fragment, offset, words, cat)]
    # "- Luca and Dev": each of two joined owners signs
    if not named or len(named) > 2 or not all(_signs(owner, words, cat) for owner in named):
        return []
    return named


def _signs(owner: Actor, words: ActorWords, cat: Catalogue) -> bool:
    """Whether an owner read after a dash is one: a team, a role, "me" or "us", or a
    person titled or with a known given name ("Dr. Chen", "Principal Reyes", "Maria")."""
    if owner.kind == "pronoun":
        return owner.text.lower() in ("me", "us")
    if owner.kind in ("team", "role") or (
            owner.kind == "person" and _INITIALS_RE.fullmatch(owner.text)):
        return True  # (initials only as ``_as_initials`` passed them: "- JT")
    words_in = owner.text.split()
    first = words_in[0].rstrip(".").lower()
    title_words = 1 if first in words.honorifics or first in words.rank_prefixes else (
        _role_words(words_in, words, cat))
    titled = 0 < title_words < len(words_in)
    names = words_in[title_words:] if titled else words_in
    if len(names) > 1 and re.fullmatch(r"[A-Z]\.?", names[-1]):
        names = names[:-1]  # "- Sam K.": a surname's initial
    if owner.kind != "person" or not all(
            w.replace("-", "").isalpha() and w[:1].isupper() and not w.isupper()
            for w in names):
        return False
    return titled or _given(words, names[0])


def _is_role(name: str, words: ActorWords, cat: Catalogue) -> bool:
    """Whether ``name`` is one role, whole ("Ward Sister", "Site lead")."""
    named = _owners_in(name, 0, words, cat)
    return len(named) == 1 and named[0].kind == "role" and named[0].span == (0, len(name))


def _role_words(words_in: list[str], words: ActorWords, cat: Catalogue) -> int:
    """How many of the first words name a role, which then titles the name after it
    ("Principal Reyes", "Station Manager Kaur"); 0 when none do."""
    for k in range(len(words_in) - 1, 0, -1):
        head = " ".join(words_in[:k])
        named = _owners_in(head, 0, words, cat)
        if len(named) == 1 and named[0].kind == "role" and named[0].span == (0, len(head)):
            return k
    return 0


# ------------------------------------------------------------------ API


def find_actors(text: str, vocab: Vocabulary | None = None) -> list[Actor]:
    """The owners of a goal, in text order (pure; cached per text and vocabulary).

    ``vocab`` is the word lexicon and metric catalogue to read with (default: shipped)."""
    return list(_find_actors(text[:MAX_CHARS], vocab if vocab is not None else vocabulary()))


@lru_cache(maxsize=4096)
def _find_actors(text: str, vocab: Vocabulary) -> tuple[Actor, ...]:
    words, cat = _actor_words(vocab), vocab.catalogue
    prefixed, body = _split_prefix(text, vocab)
    toks = tokenize(text)
    found = list(prefixed)
    starts = [body, *(m.end() for m in _SENTENCE_RE.finditer(text, body)
                      if not _titled(text, m.start(), words))][:_MAX_SENTENCES]
    first = _token_at(toks, body)
    for n, offset in enumerate(starts):
        i = _token_at(toks, offset)
        if n and i == first:
            continue
        owners, _ = subject_owners(text, toks, i, words, cat)
        found.extend(owners)
    for match in _AND_WE_RE.finditer(text, body):
        # "..., and we'll also look into dark mode": a second clause with its own owner
        found.append(Actor(match.group(1), match.span(1), "pronoun"))
    found.extend(_tagged(text, words, cat))
    credits = _credited(text, words)
    if credits:  # "Design: Tom — ...": the person credited, not the craft's label
        found = [a for a in found if not (a.text.lower() in _CREDIT_LABELS
                                          and text[a.span[1]:a.span[1] + 1] == ":")] + credits
    if not found:
        # "..., I'm about 30% confident": who states the confidence is whose goal it is
        found.extend(Actor(m.group(1), m.span(1), "pronoun")
                     for m in _CONFIDENT_RE.finditer(text, body))
    # (a sentence's opening word read as a name: "However, you need to ...")
    return tuple(_dedupe([_without_article(actor) for actor in found if not (
        actor.kind == "person" and actor.text.lower() in words.not_addressed)]))


# Pronouns that refer back to the person a prefix named or addressed.
_BACK_REFERENCES = frozenset({"he", "she", "they", "you"})


def without_repeats(text: str, actors: Sequence[Actor]) -> list[Actor]:
    """The owners less a pronoun that refers back to the person a prefix named or the goal
    addresses at its end ("For Priya: she will ...", "@ines can you ship ...", "you should
    aim for fewer escalations, Jo"), and with an opening field's value for its label ("Team:
    HS Counseling | ..."). The parts reader still needs the pronoun as the clause's
    subject and the label as the goal's prefix, so they change only what is reported."""
    actors = _with_field_owners(text[:MAX_CHARS], actors)
    prefixed, body = split_prefix(text)
    if not prefixed:
        if _addressed_at_end(text[:MAX_CHARS], _actor_words(vocabulary())) is None:
            return list(actors)
        body = 0
    return [a for a in actors if not (a.text.lower() in _BACK_REFERENCES and a.span[0] >= body)]


def _addressed_at_end(text: str, words: ActorWords) -> Actor | None:
    """The person a goal speaks to after it, by a known given name: "Get the error budget
    under control asap, Marcus", "you should aim for fewer escalations, Jo" (only when the
    goal asks something of them: it says "you" or opens with a verb)."""
    match = _ADDRESSED_AT_END_RE.search(text)
    if match is None or not _given(words, match["name"]):
        return None
    before = match["before"].rstrip(".)").lower()
    if match["before"][:1].isupper() and before not in words.time_words:
        return None  # (not after a capitalised word, unless a time: "by June, Jo")
    if _YOU_RE.search(text, 0, match.start()) is None:
        toks = tokenize(text)
        if words.lex.verbs.match_at(toks, _token_at(toks, _BULLET_RE.match(text).end())) is None:
            return None
    return Actor(match["name"], match.span("name"), "person")
_ARTICLE_RE = re.compile(r"(?i)the[ \t]+(?=\S)")


def _without_article(actor: Actor) -> Actor:
    """The owner as named, without a leading "the" ("The agency will ..." names "agency")."""
    article = _ARTICLE_RE.match(actor.text)
    if article is None:
        return actor
    start = actor.span[0] + article.end()
    return Actor(actor.text[article.end():], (start, actor.span[1]), actor.kind)


def _titled(text: str, dot: int, words: ActorWords) -> bool:
    """Whether the point at ``dot`` ends a short title ("Dr. Lefèvre"), not a sentence (as
    after "... a new goalkeeping coach.")."""
    word = _TITLE_BEFORE_POINT.search(text, max(0, dot - 6), dot)
    return text[dot] == "." and word is not None and word.group(1).lower() in words.short_titles


_TITLE_BEFORE_POINT = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,4})\Z")


# "..., I'm about 30% confident", "; honestly I'd put confidence at 2/10": the writer who
# states the confidence, after the goal (a bracketed aside is a note: "(we're 40% sure)").
_CONFIDENT_RE = re.compile(r"[,;.—–-][ \t]*(?:(?:honestly|and|but|so|though)[ \t,]+)?"
                           r"(I|we)(?:['’]m|['’]d|['’]re|[ \t]+(?:am|are|would|feel))"
                           r"[^.;!?\n]{0,30}?\bconfiden(?:t|ce)\b")
_AND_WE_RE = re.compile(r"(?:,[ \t]*|[ \t])and[ \t]+(?:also[ \t]+)?(we|I)(?:'ll|’ll|[ \t]+"
                        r"(?:will|shall|should|must|need|plan|aim|want|also|can|are going|"
                        r"am going))\b")


def owner_position(text: str, span: tuple[int, int], vocab: Vocabulary | None = None) -> bool:
    """Whether ``text[span[0]:span[1]]`` sits where a goal names its owner.

    That is an owner prefix ("Sales: ..."), an owner tag ("(Owner: Sam)", "owned by ..."),
    or the start of a clause (after a leading adverbial and an article or quantifier) that is
    not hyphenated to the next word nor followed by a passive result ("VP Talent hired").
    For owners found by other means (the trained tagger): objects and beneficiaries
    ("hire a VP Sales", "train the SDR team", "for customers") are in none of these places.
    """
    text = text[:MAX_CHARS]
    start, end = span
    if not 0 <= start < end <= len(text):
        return False
    vocab = vocab if vocab is not None else vocabulary()
    return _owner_position(text, start, end, vocab)


@lru_cache(maxsize=4096)
def _owner_position(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    words = _actor_words(vocab)
    prefix_owners, body = _split_prefix(text, vocab)
    if end <= body:
        # The rules read every prefix: one they took for a topic ("Pricing:") stays one.
        return any(a.span[0] < end and start < a.span[1] for a in prefix_owners)
    if start < body + _unread_prefix_end(text[body:]):
        return False
    if any(m.start(1) <= start and end <= m.end(1) for m in _tag_matches(text)):
        return True
    if any(m.start() < end and start < m.end() for m in _MENTION_RE.finditer(text)):
        return True  # "@maria"
    toks = tokenize(text)
    first, last = _token_at(toks, start), _token_at(toks, end)
    if first >= len(toks) or toks[first].start != start or _names_no_one(toks[first:last], words):
        return False
    starts = [body, *(m.end() for m in _SENTENCE_RE.finditer(text, body)
                      if not _titled(text, m.start(), words))][:_MAX_SENTENCES]
    lex = words.lex
    clauses = [skip_adverbial(toks, _token_at(toks, offset), text) for offset in starts]
    # "In 2027 the agency will ...": a time adverbial without its comma opens a clause too.
    bare = [_bare_adverbial_end(toks, i, words) for i in clauses]
    for i in [*clauses, *(n for n in bare if n is not None)]:
        # The subject may open with an article or a quantifier: "The night shift", "Every SDR".
        opener = i + 1 if toks[i:i + 1] and toks[i].low in lex.role_quantifiers else i
        _, subject_end = read_owners(text, toks, opener, len(toks), words, vocab.catalogue)
        inside = first < subject_end  # "Me and Sam": any owner of a coordinated subject
        # "The night shift", or "Tier-1 support will ...": modifiers before the owner, with an
        # article or with a predicate after it ("Shadow senior AEs on calls" has neither).
        modified = _modifiers_only(toks, opener, first, words) and (
            opener > i or has_predicate(toks, last, lex))
        if first in (i, opener) or inside or modified:
            return not (_glued_to_next(text, toks, last) or is_passive(toks, last, lex))
    return False


def _unread_prefix_end(rest: str) -> int:
    """Length of a short "Webinars:" / "Reporting —" prefix the rules read as no owner."""
    prefix = _COLON_RE.match(rest) or _DASH_RE.match(rest)
    return prefix.end() if prefix is not None and len(prefix.group(1).split()) <= 4 else 0


def _names_no_one(toks: Sequence[Tok], words: ActorWords) -> bool:
    """ "users", "The Warm Homes programme": everybody, or a thing, in the subject's place."""
    return bool(toks) and (all(t.low in words.lex.generic_groups for t in toks)
                           or singular(toks[-1].low) in words.thing_names)


def _modifiers_only(toks: Sequence[Tok], i: int, j: int, words: ActorWords) -> bool:
    """Whether ``toks[i:j]`` is one or two plain modifiers ("night" in "The night shift"),
    not a verb or an article that would make the words after them an object."""
    lex = words.lex
    return 0 < j - i <= 2 and all(
        t.text.isalpha() and t.low not in lex.determiners and t.low not in lex.boundaries
        and t.low not in words.verb_homographs and t.low not in lex.not_names
        and lex.verbs.match_at(toks, n, n + 1) is None and not lex.modals.starts(t)
        for n, t in ((n, toks[n]) for n in range(i, j)))


def _tag_matches(text: str) -> list[re.Match[str]]:
    """Owner tags anywhere in the text: "(Owner: Sam)", "- DRI: Sam", "owned by Maria"."""
    found = [*_TAG_RE.finditer(text), *_OWNED_BY_RE.finditer(text)]
    trailing = _TRAILING_RE.search(text)
    return [*found, trailing] if trailing is not None else found


def _token_at(toks: Sequence[Tok], offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _dedupe(actors: Sequence[Actor]) -> list[Actor]:
    """One actor per name (the first mention) and per span, in text order."""
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    kept: list[Actor] = []
    for actor in sorted(actors, key=lambda a: a.span):
        key = actor.text.lower().lstrip("@")
        overlaps = any(s < actor.span[1] and actor.span[0] < e for s, e in spans)
        if key in seen or overlaps:
            continue
        seen.add(key)
        spans.append(actor.span)
        kept.append(actor)
    return kept


@Language.factory("goalsmith_actors", default_config={"extra_words": {}, "extra_metrics": {}})
def make_actors(nlp: Language, name: str, extra_words: dict[str, list[str]],
                extra_metrics: dict[str, dict[str, Any]]) -> Callable[[Doc], Doc]:
    """spaCy factory: fills ``goal_parts(doc).actors``.

    ``extra_words`` / ``extra_metrics`` are the user's ``[words]`` lists and
    ``[metrics.<name>]`` tables (JSON values, so a saved pipeline keeps them).
    """
    vocab = vocabulary(extra_words, extra_metrics)  # built once, not per goal

    def goalsmith_actors(doc: Doc) -> Doc:
        parts = goal_parts(doc)
        parts.actors = find_actors(parts.text, vocab)
        if parts.actors and parts.targets:
            # "Ward 7 nurses will ...", "Two AEs will ...": a number in or counting the
            # owner is no target.
            parts.targets = [t for t in parts.targets if not any(
                a.span[0] <= t.span[0] < a.span[1] or (t.span[0] < a.span[0] < t.span[1]
                                                     and t.span[1] <= a.span[1])
                for a in parts.actors)]
        return doc

    return goalsmith_actors

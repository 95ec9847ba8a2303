"""The words around a goal that are no part of it.

- A message's greeting and sign-off: "Hi team, we will hire 4 SDRs by February 15.
  Thanks, Rosa". Neither the person greeted nor the one who signs owns the goal; a
  rewrite leaves them out.
- An OKR tracker's status tag, score and progress note: "[at risk] Sofia to ...",
  "BLOCKED - Sam: ...", "KR2 (0.7): Grow ...", "KR 2.2 — 10% done — improve SEO", and
  the objective in front of a key result ("O2 Ship faster / KR2: ..."). "10% done" is how
  far the work is, not a target, and "at risk" is no owner.
- A label the result is set equal to: "Done = roadmap page published by Dec 15".
- An e-mail's subject line or a channel's topic: "Re: ", "FW: ", "Topic: renewals — ".
- The background a long run-on gives before its goal: "... calls are down and nobody
  updates the CRM, so | we'll get win rate back to 25% by June".
- A rallying cry in capitals after the goal: "... by end of Q1!!! LET'S GO".
- A request to a goal-writing assistant: "can you make this SMART: | cut churn ...".
- A sentence that states how things are, beside the goal's: "DAU/MAU is 19%. Grow it
  to 25% by EOY": 19% is the baseline's context, not the target.
- A checklist's mark, a strike-through's tildes and a plan's heading: "[x] ", "~~",
  "Pillar A, Objective 2 - ".
- A ticket's key, a tracker's or the minutes' item type, a commit's type, a formal
  resolution's opener, a board's direction and a chat reply's "+1": "[SALES-412] ",
  "EPIC: ", "AI: ", "feat(billing): ", "RESOLVED, that ", "The Board directs ",
  "+1 @carlos, and ".
- The hesitations of a dictated goal: "um", "uh", "erm".
- The brackets of a goal template's filled slots: "I will [save] [$10,000] by
  [December 2027]" (a slot left as its prompt, "[X]", "[date]", stays a placeholder).
- A coaching conversation's questions and the answerer's labels: "Coach: by when? A: ",
  "Goal? -> ". The answers hold the goal.
- A log or journal entry's date and label: "Mon 30 Nov: ", "Week 49: ", "Day 1/100: ",
  "2026-12-01 — commit: ". It says when the entry was written, not the deadline.
- The words that hand the goal to someone before it: "It's on | Jake to close ...",
  "Over to | Tomás: ...", "The goal for | Priya | is | to run ...". The one named stays,
  as the goal's subject.

None of these pins or measures anything, so the readers do not see them (``api``
blanks them, offsets unchanged) and a rewrite starts and ends inside those around it.
The words are data (``words.toml``: greetings, greeting_audiences, sign_offs,
status_tags, status_marks, result_labels, subject_labels, work_item_types, commit_types,
resolution_openers, directing_bodies, directing_verbs, spoken_fillers, template_prompts,
dialogue_askers, dialogue_answerers, goal_questions, log_labels, handover_openers,
goal_for_openers, context_verbs,
context_commitments); the shapes are the patterns below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from goalsmith.data import abbreviations, calendar_names, phrases


def phrase_alternatives(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first; a space matches spaces/tabs."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(words, key=len, reverse=True))


# A name as greeted or signed: "Tom", "Dr. Li", "Mr. Tanaka", "Ops".
_NAME = r"(?:(?:dr|mr|mrs|ms|mx|prof)\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_MARK = r"[ \t]*(?:,|:|!|[—–]|-(?=[ \t])|\.{3}|…)[ \t]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    greetings = phrase_alternatives(phrases("greetings"))
    audiences = phrase_alternatives(phrases("greeting_audiences"))
    sign_offs = phrase_alternatives(phrases("sign_offs"))
    # "Hi team,", "Hello product squad,", "Hey Lisa —", "Hello, Mr. Tanaka —"
    greeting = re.compile(
        rf"\A[ \t]*(?i:{greetings})(?![\w'’])"
        rf"(?:[ \t]+(?:(?i:(?:[a-z][\w&-]*[ \t]+){{0,2}}(?:{audiences}))(?![\w'’])|{_NAME}))?"
        rf"{_MARK}(?:{_NAME}[ \t]*(?:,|[—–]|-(?=[ \t]))[ \t]*)?")
    # ". Thanks, Sam", "? Cheers, Lou", "— Best, Ward 7 manager" at the very end
    sign_off = re.compile(
        rf"(?:(?<=[.!?)])|[ \t]+[—–-])[ \t]*(?i:{sign_offs})(?![\w'’])"
        r"(?:[ \t]*[,!.][ \t]*[^!?\n]{0,40}?)?[ \t]*[.!]?[ \t]*\Z")
    return greeting, sign_off


@lru_cache(maxsize=1)
def _first_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the greetings and of the sign-offs: a cheap gate, as most goals
    are no messages."""
    return (frozenset(w.split()[0] for w in phrases("greetings")),
            frozenset(w.split()[0] for w in phrases("sign_offs")))


_WORD = re.compile(r"[A-Za-z]+")


def greeting_end(text: str) -> int:
    """Where the goal starts after a greeting that opens ``text``, or 0."""
    first = _WORD.match(text.lstrip(" \t"))
    if first is None or first.group().lower() not in _first_words()[0]:
        return 0
    match = _patterns()[0].match(text)
    if match is None or not text[match.end():].strip():
        return 0
    return match.end()


def sign_off_start(text: str) -> int:
    """Where a sign-off closing ``text`` starts, or ``len(text)``."""
    tail = max(0, len(text) - 80)
    openers = _first_words()[1]
    if not any(w.lower() in openers for w in _WORD.findall(text, tail)):
        return len(text)
    match = _patterns()[1].search(text, tail)
    if match is None or not text[:match.start()].strip():
        return len(text)
    return match.start()


def courtesies(text: str) -> list[tuple[int, int]]:
    """The spans of the greeting and the sign-off around a goal (none, one or both)."""
    spans = []
    start, end = greeting_end(text), sign_off_start(text)
    if start:
        spans.append((0, start))
    if end < len(text) and end >= start:
        spans.append((end, len(text)))
    return spans


_KR = r"(?:kr|key[ \t]+result)[ \t]?\d{1,2}(?:\.\d{1,2})?"
_DASH = r"[ \t]{1,3}(?:[—–]|-{1,2})[ \t]{1,3}"


@lru_cache(maxsize=1)
def _status_tags() -> str:
    """ "at risk|on track|...": the status words (``words.toml``: status_tags) as a regex."""
    return phrase_alternatives(phrases("status_tags"))


def _bracketed_status() -> str:
    """ "[at risk]", "(on track)": a status tag in brackets."""
    return rf"[\[(][ \t]*(?:{_status_tags()})[ \t]*[\])]"


@lru_cache(maxsize=1)
def status_before() -> re.Pattern[str]:
    """A status tag and the mark after it, before the owner in a closing bracket: "on
    track, " in "(on track, Dana)", "green / " in "(green / CS)"."""
    return re.compile(rf"[ \t]*(?:{_status_tags()})[ \t]*[,;/|][ \t]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def status_mark() -> re.Pattern[str]:
    """A tracker's status after the owner it follows, and the colon or dash after it:
    " 🟢 ", " [at risk] ", " (on track): " (``words.toml``: status_marks, status_tags)."""
    marks = phrase_alternatives(phrases("status_marks"))
    return re.compile(rf"[ \t]*(?:(?:{marks})+|{_bracketed_status()})"
                      rf"[ \t]*(?::|[—–]|-(?=[ \t]))?[ \t]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _status_patterns() -> tuple[re.Pattern[str], ...]:
    tags = _status_tags()
    shouted = phrase_alternatives(tag.upper() for tag in phrases("status_tags"))
    progress = rf"(?:\d{{1,3}}[ \t]?%[ \t]+(?:done|complete|completed|there|in)|{tags})"
    return (
        # "[at risk] ...", "(stretch) ...": a status tag opening the goal
        re.compile(rf"\A[ \t]*{_bracketed_status()}[ \t]*", re.IGNORECASE),
        # "BLOCKED - Sam: ...", "AT RISK: ...": one in capitals, set off by a dash or colon
        re.compile(rf"\A[ \t]*(?:{shouted})[ \t]*(?::|[—–]|-(?=[ \t]))[ \t]*"),
        # "KR2 (0.7): ...", "KR3 (0.8, committed): ...": the key result's score
        re.compile(rf"\b{_KR}(?P<part>[ \t]*\([ \t]*(?:[01]?\.\d{{1,2}}|[01])"
                   rf"(?:[ \t]*[,;/][ \t]*(?:{tags}))?[ \t]*\))", re.IGNORECASE),
        # "KR 2.2 — 10% done — ...": how far the work is
        re.compile(rf"\b{_KR}(?P<part>{_DASH}{progress})(?={_DASH})", re.IGNORECASE),
        # "KR 1.4 — Publish ...": a key result's number set off by a dash, which the
        # readers take for no label (they know "KR1.4:")
        re.compile(rf"\A[ \t]*{_KR}(?:{_DASH}{progress})?{_DASH}", re.IGNORECASE),
        # "O2 Ship faster / KR2: ...", "O2 Own the pricing conversation — KR1: ...": the
        # objective a key result serves
        re.compile(rf"\A[ \t]*(?:o|obj|objective)[ \t]?\d{{1,2}}\b[^\n/—–]{{0,80}}?"
                   rf"(?:[ \t]*/[ \t]*|{_DASH})(?={_KR}[ \t]*[:(])", re.IGNORECASE),
    )


# A checklist's mark before the item ("[x] ", "☐ ", "✔ "), a strike-through's tildes, and a
# plan's heading before the goal ("Pillar A, Objective 2 - ", "Strategic Priority 4 >
# Outcome 4.3: ").
_CHECK_MARK = re.compile(r"\A[ \t]*(?:[-*•][ \t]+)?(?:\[[ xX✓✔]?\]|[☐☑☒✔✓✅❌✗])[ \t]*")
# Emoji that open a line as a mark: "🔥 Cut churn ...", "🚀🚀 Launch ..." (pictographs, with
# their variation selectors and joiners).
_LEADING_EMOJI = re.compile(r"\A[ \t]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]"
                            r"[\uFE0F\u200D]*[ \t]*)+")
_STRIKE = re.compile(r"~~")
_PLAN_HEADING = re.compile(
    r"\A[ \t]*(?:(?i:(?:strategic[ \t]+)?(?:pillar|theme|priority|focus[ \t]+area|goal[ \t]+"
    r"area))[ \t]+[A-Z0-9][\w.]{0,5}|SP[ \t]?\d[\d.]{0,5})\b"
    r"(?:[ \t]*[,>/|][ \t]*(?i:objective|outcome|goal|kr|result|initiative)[ \t]*[\w.]{1,6})*"
    r"[ \t]*(?:[:>]|[—–]|-(?=[ \t]))[ \t]*")


@lru_cache(maxsize=1)
def _subject_line() -> re.Pattern[str]:
    labels = phrase_alternatives(phrases("subject_labels"))
    return re.compile(rf"\A[ \t]*(?:(?:{labels})[ \t]*:[ \t]*)+"
                      r"(?:[^\n\d:;|—–()\[\]]{1,40}?[ \t]+(?:[—–]|-{1,2})[ \t]+)?",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _result_label() -> re.Pattern[str]:
    labels = phrase_alternatives(phrases("result_labels"))
    return re.compile(rf"\A[ \t]*(?:{labels})[ \t]*(?:==|:=|=)[ \t]*", re.IGNORECASE)


def status_spans(text: str) -> list[tuple[int, int]]:
    """The spans of an OKR tracker's status tag, key-result score, progress note and the
    objective before a key result; a checklist's mark, a plan's heading, an e-mail's
    subject line ("Re: ", "Topic: renewals — ") and a result's label ("Done = ")."""
    openers = (_CHECK_MARK, _LEADING_EMOJI, _PLAN_HEADING, _subject_line(),
               *((_result_label(),) if "=" in text else ()))
    # (a check mark is a pictograph too: one span for "☐ ")
    found = list(dict.fromkeys(m.span() for pattern in openers for m in [pattern.match(text)]
                               if m is not None and text[m.end():].strip()))
    if "~~" in text:
        found += [m.span() for m in _STRIKE.finditer(text)]
    low = text.lower()
    opening = text.lstrip(" \t")[:2]
    if "kr" not in low and "key result" not in low and opening[:1] not in "[(" and not (
            opening.isupper()):
        return found  # (every pattern below holds a key result, or opens with a bracket or
        # a word in capitals)
    return found + [m.span("part" if "part" in pattern.groupindex else 0)
                    for pattern in _status_patterns() for m in pattern.finditer(text)]


# A ticket's key ("[SALES-412] ", "[DEAL-DESK] ", "OPS-231: "), a chat reply's "+1" ("+1 @carlos,
# and let's ...", "+1 to @zoe's challenge! ", "+1 on this, also ").
_TICKET_KEY = re.compile(r"\A[ \t]*(?:\[[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)+\]"
                         r"|[A-Z][A-Z0-9]{1,9}-\d{1,6}(?::|[ \t]+[—–-]))[ \t]*")
_PLUS_ONE = re.compile(
    r"\A[ \t]*\+1\b"
    r"(?:[ \t]+(?:on[ \t]+(?:this|that)|@[\w.-]+|to[ \t]+[^,.!?\n]{1,40}(?=[,.!?])))?"
    r"[ \t]*(?:[,.!:;]+|[—–]|-(?=[ \t]))?[ \t]*(?:(?:and|also|&)[ \t,]+)*")


@lru_cache(maxsize=1)
def _item_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    items = phrase_alternatives(phrases("work_item_types"))
    commits = phrase_alternatives(phrases("commit_types"))
    openers = phrase_alternatives(phrases("resolution_openers"))
    bodies = phrase_alternatives(phrases("directing_bodies"))
    verbs = phrase_alternatives(phrases("directing_verbs"))
    return (
        # "EPIC: ...", "Story - ...", "AI: Maria to ...", "feat(billing): ...", "fix!: ..."
        re.compile(rf"\A[ \t]*(?:(?:(?i:{items})|AI)[ \t]*(?::|[—–]|-(?=[ \t]))"
                   rf"|(?:{commits})(?:\([^()\n]{{1,30}}\))?!?:)[ \t]*"),
        # "RESOLVED, that ...", "The Board of Governors directs | the University to ..."
        re.compile(rf"\A[ \t]*(?:(?i:{openers})"
                   rf"|(?i:the[ \t]+)?(?:[A-Z][\w&'’-]*[ \t]+){{0,2}}(?i:{bodies})"
                   rf"(?:[ \t]+of[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:{verbs})"
                   rf"(?=[ \t]+[^\n]{{1,60}}?[ \t]to[ \t]))[ \t]*"))


_TEMPLATE_SLOT = re.compile(r"\[([^\[\]\n]{0,60})\]")
_UNFILLED = re.compile(r"[\s_.…?-]*")


@lru_cache(maxsize=1)
def _template_prompts() -> frozenset[str]:
    return frozenset(p.lower() for p in phrases("template_prompts"))


def template_spans(text: str) -> list[tuple[int, int]]:
    """The brackets of a goal template's filled slots ("I will [save] [$10,000] by
    [December 2027]"): with two slots or more, a bracket around anything but a prompt
    ("[X]", "[date]", "[Owner]", "[___]") is no part of the goal; the prompts stay, as
    placeholders."""
    if text.count("[") < 2:
        return []
    # (a checklist's box opening the line is no slot: "- [ ] Increase share of voice [brand]",
    # nor a markdown footnote: "partners[^1]")
    box = _CHECK_MARK.match(text)
    slots = [slot for slot in _TEMPLATE_SLOT.finditer(text, box.end() if box else 0)
             if not slot.group(1).startswith("^")]
    if sum(not slot.group(1).strip().isdigit() for slot in slots) < 2:
        return []  # (numbers alone are footnote marks: "the loss ratio [1] ([1] net of ...)")
    prompts = _template_prompts()
    spans = []
    for slot in slots:
        inner = slot.group(1).strip().rstrip("?").strip().lower()
        if _UNFILLED.fullmatch(inner) or inner in prompts:
            continue
        spans += [(slot.start(), slot.start() + 1), (slot.end() - 1, slot.end())]
    return spans


@lru_cache(maxsize=1)
def _dialogue_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    askers = phrase_alternatives(phrases("dialogue_askers"))
    answerers = phrase_alternatives(phrases("dialogue_answerers"))
    goals = phrase_alternatives(phrases("goal_questions"))
    return (
        # a question turn and the answerer's label: "Coach: so the goal? A: "
        re.compile(rf"[ \t]*(?i:{askers})[ \t]*:(?P<question>[^?\n]{{0,160}}?\?+)[ \t]*"
                   rf"(?:(?i:{answerers})[ \t]*:[ \t]*)?"
                   # or a bare question and an arrow: "Goal? -> "
                   rf"|[ \t]*(?i:{goals})[ \t]*\?[ \t]*(?:->|→|=>|:|[—–]|-(?=[ \t]))[ \t]*"),
        # where the next question turn starts, after an answer's end
        re.compile(rf"(?<=[.!;,])[ \t]+(?=(?i:{askers})[ \t]*:)"),
        re.compile(rf"\A[ \t]*(?:(?i:{askers})[ \t]*:|(?i:{goals})[ \t]*\?)"))


# A question that holds a time: "Target for next quarter?", "What would make Q1 a win?".
_TIMED_QUESTION = re.compile(r"\d|\b(?i:quarter|year|month|week|term|semester|sprint)s?\b")


def dialogue_spans(text: str) -> list[tuple[int, int]]:
    """The questions of a coaching conversation written on one line and the answerer's
    labels ("Coach: why does this matter? A: | because CAC is out of control. | Coach:
    so the goal? A: | cut paid CAC by 20% by March", "Goal? -> | close more deals"): the
    answers hold the goal."""
    if "?" not in text:
        return []
    turn, next_turn, opener = _dialogue_patterns()
    if opener.match(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        match = turn.match(text, pos)
        if match is None or match.end() == pos:
            break
        question = match.group("question")
        if question and _TIMED_QUESTION.search(question):
            # "Q: Target for next quarter? A: ...": a time the answer inherits stays
            spans += [(match.start(), match.start("question")),
                      (match.end("question"), match.end())]
        else:
            spans.append(match.span())
        following = next_turn.search(text, match.end())
        if following is None:
            pos = match.end()
            break
        pos = following.start()
    return spans if spans and text[spans[-1][1]:].strip() else []


_LOG_SEPARATOR = r"[ \t]*(?::|[—–]|-(?=[ \t]))[ \t]*"
_LOG_OPENERS = ("week", "wk", "day", "entry")  # "Week 49:", "Day 1/100:", "Entry 12 (Dec 3):"


@lru_cache(maxsize=1)
def _log_pattern() -> re.Pattern[str]:
    labels = phrase_alternatives(phrases("log_labels"))
    weekdays = phrase_alternatives(calendar_names("weekdays"))
    months = phrase_alternatives(calendar_names("months"))
    dated = (  # when the entry was written: a weekday's date, "Day 1/100", "Entry 12 (Dec 3)"
        rf"(?i:(?:{weekdays})\.?,?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{months})\b\.?"
        rf"|(?:week|wk)[ \t]*\d{{1,2}}(?=[ \t]*:)"
        rf"|day[ \t]+\d{{1,3}}(?:[ \t]*/[ \t]*\d{{1,3}})?(?=[ \t]*:)"
        rf"|entry[ \t]+\d{{1,4}}(?:[ \t]*\([^()\n]{{1,20}}\))?(?=[ \t]*:))"
        # a day/month before a spaced dash: "30/11 - ..."
        rf"|\d{{1,2}}/\d{{1,2}}(?=[ \t]+-[ \t])")
    return re.compile(
        rf"\A[ \t]*(?:(?:{dated}){_LOG_SEPARATOR}(?:(?i:{labels})[ \t]*:[ \t]*)?"
        # an ISO date is an entry's only with its label: "2026-12-01 — commit: ..."
        rf"|\d{{4}}-\d{{2}}-\d{{2}}{_LOG_SEPARATOR}(?i:{labels})[ \t]*:[ \t]*)")


@lru_cache(maxsize=1)
def _log_initials() -> frozenset[str]:
    return frozenset(word[0] for word in (*calendar_names("weekdays"), *_LOG_OPENERS))


def log_spans(text: str) -> list[tuple[int, int]]:
    """A log or journal entry's date and label before the goal ("Mon 30 Nov: ...", "Week
    49: ...", "2026-12-01 — commit: ..."): when it was written, not its deadline."""
    first = text.lstrip(" \t")[:1].lower()
    if not first or not (first.isdigit() or first in _log_initials()):
        return []  # (a cheap gate: the first letters of the weekdays and the openers)
    match = _log_pattern().match(text)
    if match is None or not text[match.end():].strip():
        return []
    return [match.span()]


_HANDOVER_TIMES = ("in", "by", "for", "next", "this")  # "Next year, | I'm asking every ..."


@lru_cache(maxsize=1)
def _handover_initials() -> frozenset[str]:
    return frozenset(word[0].lower() for word in (
        *phrases("handover_openers"), *phrases("goal_for_openers"), *_HANDOVER_TIMES))


@lru_cache(maxsize=1)
def _handover_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    handovers = phrase_alternatives(phrases("handover_openers"))
    goal_for = phrase_alternatives(phrases("goal_for_openers"))
    times = phrase_alternatives(_HANDOVER_TIMES)
    return (
        # "It's on | Jake to close ...", "Over to | Tomás: 4 case studies ..."
        # (someone named, then "to" or a colon: a name in capitals, "every leader", "me";
        # not "It's on track to"; or a lower-case team before a colon: "marketing:")
        # It may follow a sentence and a time: "Our people are our strategy. In 2027 | I'm
        # asking every leader to ...".
        re.compile(rf"(?:\A[ \t]*|(?<=[.:;!?])[ \t]+)(?:(?i:{times})[ \t]+[\w'’]+"
                   rf"(?:[ \t]+[\w'’]+)?,?[ \t]+)?"
                   rf"(?P<words>(?i:{handovers})[ \t]+)(?=(?:(?i:the|our|my|every|each|all)[ \t]+"
                   rf"|(?i:me|us)\b|[A-Z@])[^\n,;]{{0,40}}?(?:[ \t]to[ \t]|:)"
                   rf"|[a-z][^\n,;:]{{0,30}}:)"),
        # "The goal for | Priya | is | to run ...": the opener and the "is" go
        re.compile(rf"(?P<opener>\A[ \t]*(?i:{goal_for})[ \t]+)[^\n,:;]{{1,40}}?[ \t]+"
                   rf"(?P<is>is)(?=[ \t]+to[ \t])"))


def handover_spans(text: str) -> list[tuple[int, int]]:
    """The words that hand a goal to someone before it ("It's on", "Over to", "The goal
    for ... is"), leaving the one named as the goal's subject: "Jake to close ..."."""
    first = text.lstrip(" \t")[:1].lower()
    asked = " ask" in text  # (an executive's ask may come after a sentence or a time)
    if first not in _handover_initials() and not asked:
        return []  # (a cheap gate: the first letters of the openers and times)
    handover, goal_for = _handover_patterns()
    match = handover.search(text) if asked else handover.match(text)
    if match is not None:
        return [match.span("words")]
    match = goal_for.match(text)
    return [] if match is None else [match.span("opener"), match.span("is")]


def tracker_spans(text: str) -> list[tuple[int, int]]:
    """A ticket's key, a tracker's or the minutes' item type, a commit's type, a formal
    resolution's opener, a board's direction before the one it directs, and a chat
    reply's "+1": labels of where the goal was written, naming no owner."""
    found = []
    start = 0
    for pattern in (_TICKET_KEY, *_item_patterns(), _PLUS_ONE):
        match = pattern.match(text, start)
        if match is not None and match.end() > start and text[match.end():].strip():
            found.append((start, match.end()))
            start = match.end()
    return found


@lru_cache(maxsize=1)
def _filler_pattern() -> re.Pattern[str]:
    fillers = phrase_alternatives(phrases("spoken_fillers"))
    opening = phrase_alternatives(w.capitalize() for w in phrases("spoken_fillers"))
    return re.compile(rf"(?:(?<![\w'’-])(?:{fillers})|\A[ \t]*(?:{opening}))(?![\w'’-])"
                      r"(?:[ \t]*[,.…]+)?[ \t]*")


def filler_spans(text: str) -> list[tuple[int, int]]:
    """The hesitations of a dictated goal ("um", "uh"), wherever they fall: "by | um | the
    fifteenth of january" is a date once they are out of the way."""
    if _filler_words().isdisjoint(text.lower().split()):
        return []  # (a cheap gate: most goals are typed, not dictated)
    return [m.span() for m in _filler_pattern().finditer(text)
            if text[m.end():].strip() and m.start() < m.end()]


@lru_cache(maxsize=1)
def _filler_words() -> frozenset[str]:
    """The fillers as whitespace-split words see them: "um", "um,", "uh..."."""
    words = [w.lower() for w in phrases("spoken_fillers")]
    return frozenset(w + mark for w in words for mark in ("", ",", ".", "...", "…"))


# A sentence ends at a mark before a capital or a digit ("... 19%. Grow ...").
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z0-9\"'“])")


@lru_cache(maxsize=1)
def _context_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = phrase_alternatives(phrases("context_verbs"))
    commitments = phrase_alternatives(phrases("context_commitments"))
    # "DAU/MAU is 19%.", "The ward logged 40 falls last quarter.", "Paid search CPL is $180."
    stated = re.compile(rf"[^.!?]{{1,60}}?\b(?:{verbs})\b", re.IGNORECASE)  # (from pos)
    committed = re.compile(rf"\b(?:{commitments})\b", re.IGNORECASE)
    return stated, committed


def context_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences that state how things are, beside the sentence that is the goal:
    "DAU/MAU is 19%. | Grow DAU/MAU to 25% by EOY", "Cut cost per lead to $120 by end of
    Q2. | The CFO is watching." Their numbers, dates and people are context. Only when
    another sentence of the text is no such statement (a lone "Churn is below 2% by June"
    is a key result)."""
    if len(text) > _CONTEXT_MAX or _SENTENCE_END.search(text) is None:
        return []  # (a long statement of a plan is read as it stands)
    stated, committed = _context_patterns()
    bounds, start = [], 0
    for mark in _SENTENCE_END.finditer(text):
        if _ABBREVIATED.search(text, max(0, mark.start() - 8), mark.start()) is None:
            bounds.append((start, mark.start()))
            start = mark.end()
    bounds.append((start, len(text)))
    found = [(a, b) for n, (a, b) in enumerate(bounds)
             if b - a <= _CONTEXT_SENTENCE_MAX and stated.match(text, a, b) is not None
             and committed.search(text, a, b) is None
             and (n > 0 or _NUMBER_OR_TIME.search(text, a, b) is not None)]
    # (a statement before the goal matters only for its numbers and times: "DAU/MAU is
    # 19%.", "Traffic dipped in October.")
    return found if len(found) < len(bounds) else []


_CONTEXT_MAX = 400
_CONTEXT_SENTENCE_MAX = 120
# what a statement before the goal could lend it: a number or a time
_NUMBER_OR_TIME = re.compile(r"\d|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
                     r"|\b(?:last|this|next)[ \t]+(?:week|month|quarter|year|term|season)\b"
                     r"|\b(?:yesterday|today)\b", re.IGNORECASE)
# "U.S.", "Dr.", "e.g.": a point that ends no sentence
_ABBREVIATED = re.compile(
    r"(?:\b[A-Z]\.|\b(?i:" + "|".join(re.escape(w) for w in sorted(abbreviations())) + r")\.)\Z")


# "can you make this SMART:", "help me turn this into a goal:", "need a SMART version of:",
# "can you help me write a goal to ...": a request to the assistant around the goal.
_REQUEST = re.compile(
    r"\A[ \t]*(?:(?:hey|hi|ok|okay|so)\W{1,3})?"
    r"(?:(?:(?:can|could|would)[ \t]+you|please|pls|plz|i[ \t]+need|need)\b[ \t]*)+"
    r"(?:help[ \t]+me[ \t]+)?[^:\n]{0,40}?\b(?:smart|goals?|okrs?|objectives?)\b"
    r"(?:[ \t]+(?:version|of|out[ \t]+of|pls|please|for[ \t]+me))*[ \t]*(?::|->|[—–])[ \t]*"
    r"|\A[ \t]*(?:(?:can|could|would)[ \t]+you[ \t]+)?help[ \t]+me[ \t]+"
    r"(?:(?:write|set|make|create|draft|word|turn|phrase)\b[^:\n]{0,30}?\bgoal\b"
    r"(?:[ \t]+(?:to|around|about|on))?[ \t]*(?::|->|[—–])?[ \t]*)"
    r"|\A[ \t]*(?:make|turn|rewrite|reword|word|phrase)[ \t]+(?:this|it|that)\b[^:\n]{0,30}?"
    r"\b(?:smart|goals?|okrs?)\b(?:[ \t]+(?:pls|please|for[ \t]+me))?[ \t]*(?::|->|[—–])[ \t]*",
    re.IGNORECASE)


_REQUEST_OPENERS = frozenset({"hey", "hi", "ok", "okay", "so", "can", "could", "would",
                              "please", "pls", "plz", "i", "need", "help", "make", "turn",
                              "rewrite", "reword", "word", "phrase"})


def request_span(text: str) -> list[tuple[int, int]]:
    """The request to the assistant that a goal is typed inside ("can you make this
    SMART: | cut churn to 2% by June"), when the goal follows it."""
    first = _WORD.match(text.lstrip(" \t"))
    if first is None or first.group().lower() not in _REQUEST_OPENERS:
        return []  # (a cheap gate: the first words the patterns above can start with)
    match = _REQUEST.match(text)
    if match is None or not text[match.end():].strip():
        return []
    return [match.span()]


# "... by end of Q1!!! LET'S GOOO", "... by 30%!!! SPEED WINS 🔥": a rallying cry in
# capitals after the goal's exclamation mark
# (two words at least, or a contraction: "EMEA" alone after a goal is its region)
_SLOGAN = re.compile(r"(?<=[!.?])[ \t]+(?:(?:[A-Z][A-Z'’&-]+[ \t]+){1,5}[A-Z][A-Z'’&-]+"
                     r"|[A-Z]+['’][A-Z]+)[ \t]*[!.]*[^\w]*\Z")


def slogan_span(text: str) -> list[tuple[int, int]]:
    """A rallying cry in capitals closing the goal ("!!! LET'S GO"), which names no owner."""
    if "!" not in text:
        return []
    match = _SLOGAN.search(text, max(0, len(text) - 60))
    if match is None or not text[:match.start()].strip():
        return []
    return [match.span()]


# ", so the support leads will get chat CSAT to 90% ...": after a run of background, the
# clause a "so" leads into with a commitment is the goal.
_SO_GOAL = re.compile(
    r",[ \t]+(?:and[ \t]+)?so[ \t]+(?=(?:[\w.&'’-]+[ \t]+){0,6}?"
    r"(?:will|shall|must|should|need(?:s)?[ \t]+to|want(?:s)?|plan(?:s)?[ \t]+to|aim(?:s)?[ \t]+to"
    r"|(?:is|are|am)[ \t]+going[ \t]+to|intend(?:s)?[ \t]+to|goal[ \t]+is|'ll|’ll|'m|’m"
    r"|I'd|I’d)\b)",
    re.IGNORECASE)
_BACKGROUND_MIN = 80  # characters of background before the "so" that leads to the goal


def background_span(text: str) -> list[tuple[int, int]]:
    """The background a long run-on gives before the goal ("... the numbers show it, so
    | we'll improve win rate ..."): everything up to the last "so" that leads into a
    committed clause, when that background is long."""
    if len(text) < 2 * _BACKGROUND_MIN or ", " not in text:
        return []
    found = list(_SO_GOAL.finditer(text))
    last = found[-1] if found else None
    if last is None or last.start() < _BACKGROUND_MIN or not text[last.end():].strip():
        return []
    return [(0, last.end())]


def wrapper_spans(text: str, handovers: bool = True) -> list[tuple[int, int]]:
    """Every span around the goal that is no part of it (see the module's docstring).
    With ``handovers`` False, the words that hand the goal to someone stay: a rewrite
    keeps "I'm asking every leader to ..." as written."""
    return (courtesies(text) + status_spans(text) + tracker_spans(text)
            + log_spans(text) + dialogue_spans(text) + template_spans(text)
            + (handover_spans(text) if handovers else [])
            + filler_spans(text)
            + context_sentences(text) + request_span(text) + slogan_span(text)
            + background_span(text))

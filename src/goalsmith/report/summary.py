"""The summary of a batch audit: counters while it runs, then HTML, Markdown, a sheet.

:class:`AuditSummary` keeps only counters and the N weakest goals (a bounded
heap), so it costs the same for a hundred rows or a million. The HTML report is
one self-contained file: inline CSS, inline SVG charts and a few lines of inline
JavaScript for the sortable table; it loads nothing from the network.
"""

from __future__ import annotations

import heapq
import html
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
LETTERS = {"specific": "S", "measurable": "M", "attainable": "A", "relevant": "R",
           "time_bound": "T"}
NAMES = {"specific": "Specific", "measurable": "Measurable", "attainable": "Attainable",
         "relevant": "Relevant", "time_bound": "Time-bound"}
MAX_GROUPS = 5_000  # distinct owners/teams counted one by one; the rest share "(other)"
MAX_KEPT_ERRORS = 1_000
OTHER = "(other)"
NO_GROUP = "(none)"


@dataclass
class Weak:
    """One of the weakest goals, kept for the report."""

    row: int
    text: str
    group: str
    smart: bool
    score: int
    goal_class: str
    verdicts: tuple[str, ...]
    findings: tuple[str, ...]
    rewrite: str


class AuditFacts(NamedTuple):
    """What the summary reads from one audit, small enough to send between processes."""

    smart: bool
    goal_class: str
    score: int
    verdicts: tuple[str, ...]  # one per CRITERIA; "" when the audit lacks the criterion
    findings: tuple[tuple[str, str, str, str, str], ...]  # rule, criterion, severity,
    # message, suggestion ("" for none)
    inherited_deadline: bool  # the deadline came from context, not the text
    rewrite: str | None


def audit_facts(audit: Any) -> AuditFacts:
    """The :class:`AuditFacts` of one audit."""
    criteria = audit.criteria
    judgement = audit.judgement
    source = judgement.deadline_source
    return AuditFacts(
        smart=bool(audit.smart), goal_class=audit.goal_class, score=audit.score,
        verdicts=tuple(criteria[c].verdict if c in criteria else "" for c in CRITERIA),
        findings=tuple((f.rule, f.criterion, f.severity, f.message, f.suggestion or "")
                       for f in audit.findings),
        inherited_deadline=judgement.deadline is not None and bool(source) and source != "text",
        rewrite=audit.rewrite.text if audit.rewrite is not None else None)


@dataclass
class GroupStats:
    goals: int = 0
    smart: int = 0
    fails: Counter[str] = field(default_factory=Counter)


class AuditSummary:
    """Counters over a run, plus the ``keep`` weakest goals."""

    def __init__(self, keep: int = 500, group_label: str | None = None) -> None:
        self.keep = keep
        self.group_label = group_label  # "team" or "owner" (None: no column)
        self.meta: dict[str, Any] = {}
        self.rows = 0
        self.audited = 0
        self.smart = 0
        self.skipped = 0
        self.errors = 0
        self.classes: Counter[str] = Counter()
        self.verdicts: dict[str, Counter[str]] = {c: Counter() for c in CRITERIA}
        self.rules: Counter[str] = Counter()
        self.rule_info: dict[str, tuple[str, str, str, str]] = {}
        self.groups: dict[str, GroupStats] = {}
        self.inherited_deadlines = 0
        self.error_rows: list[tuple[int, str]] = []
        self.error_kinds: Counter[str] = Counter()
        self._heap: list[tuple[tuple[int, int, int], Weak]] = []

    # ------------------------------------------------------------------ collecting

    def add_audit(self, row: int, audit: Any, group: str | None = None) -> None:
        self.add_facts(row, audit_facts(audit), audit.text, group)

    def add_facts(self, row: int, facts: AuditFacts, text: str,
                  group: str | None = None) -> None:
        """Count one audited goal from its facts (``text`` is the goal as audited)."""
        self.rows += 1
        self.audited += 1
        smart = facts.smart
        self.smart += smart
        self.classes[facts.goal_class] += 1
        for name, verdict in zip(CRITERIA, facts.verdicts, strict=True):
            self.verdicts[name][verdict or "unknown"] += 1
        for rule, criterion, severity, message, suggestion in facts.findings:
            self.rules[rule] += 1
            if rule not in self.rule_info:
                self.rule_info[rule] = (criterion, severity, message, suggestion)
        if facts.inherited_deadline:
            self.inherited_deadlines += 1
        self._count_group(group, smart, facts.verdicts)
        self._keep_weak(row, facts, text, group, smart)

    def add_error(self, row: int, message: str) -> None:
        self.rows += 1
        self.errors += 1
        self.error_kinds[message.split(":", 1)[0].split("(", 1)[0].strip()[:80]] += 1
        if len(self.error_rows) < MAX_KEPT_ERRORS:
            self.error_rows.append((row, message))

    def add_skipped(self, row: int) -> None:
        self.rows += 1
        self.skipped += 1

    def _count_group(self, group: str | None, smart: bool, verdicts: tuple[str, ...]) -> None:
        if self.group_label is None:
            return
        name = group or NO_GROUP
        if name not in self.groups and len(self.groups) >= MAX_GROUPS:
            name = OTHER
        stats = self.groups.setdefault(name, GroupStats())
        stats.goals += 1
        stats.smart += smart
        for crit, verdict in zip(CRITERIA, verdicts, strict=True):
            if verdict == "fail":
                stats.fails[crit] += 1

    def _keep_weak(self, row: int, facts: AuditFacts, text: str, group: str | None,
                   smart: bool) -> None:
        if self.keep <= 0:
            return
        # Weakest first: not SMART, then lowest score, then earliest row. The heap holds the
        # negated key so its root is the strongest kept goal, the one to drop first.
        key = (-int(not smart), facts.score, row)
        neg = (-key[0], -key[1], -key[2])
        if len(self._heap) >= self.keep and neg <= self._heap[0][0]:
            return
        weak = Weak(
            row=row, text=_clip(text, 400), group=group or "", smart=smart,
            score=facts.score, goal_class=facts.goal_class, verdicts=facts.verdicts,
            findings=tuple(f"{rule}: {message}" for rule, _, severity, message, _
                           in facts.findings if severity != "info")[:6],
            rewrite=_clip(facts.rewrite, 400) if facts.rewrite is not None else "")
        if len(self._heap) >= self.keep:
            heapq.heapreplace(self._heap, (neg, weak))
        else:
            heapq.heappush(self._heap, (neg, weak))

    # ------------------------------------------------------------------ reading

    @property
    def not_smart(self) -> int:
        return self.audited - self.smart

    def weakest(self) -> list[Weak]:
        return [w for _, w in sorted(self._heap, key=lambda item: item[0], reverse=True)]

    def top_groups(self, n: int = 15) -> list[tuple[str, GroupStats]]:
        return sorted(self.groups.items(),
                      key=lambda kv: (-(kv[1].goals - kv[1].smart), -kv[1].goals, kv[0]))[:n]

    def top_rules(self, n: int = 10) -> list[tuple[str, int]]:
        return sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def to_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta, "rows": self.rows, "audited": self.audited, "smart": self.smart,
            "not_smart": self.not_smart, "skipped": self.skipped, "errors": self.errors,
            "classes": dict(sorted(self.classes.items())),
            "criteria": {c: dict(sorted(v.items())) for c, v in self.verdicts.items()},
            "findings": [{"rule": r, "count": n, "criterion": self.rule_info[r][0],
                          "severity": self.rule_info[r][1], "message": self.rule_info[r][2]}
                         for r, n in self.top_rules(50)],
            "groups": {"by": self.group_label,
                       "top": [{"name": name, "goals": s.goals, "smart": s.smart,
                                "fails": dict(sorted(s.fails.items()))}
                               for name, s in self.top_groups(50)]},
            "inherited_deadlines": self.inherited_deadlines,
            "row_errors": [{"row": r, "message": m} for r, m in self.error_rows[:100]],
        }

    def paragraph(self) -> str:
        """The one-paragraph summary printed on stderr at the end of a run."""
        if not self.audited:
            text = f"No goals audited ({self.rows} rows read"
        else:
            share = 100 * self.smart / self.audited
            text = (f"Audited {self.audited:,} goals: {self.smart:,} SMART ({share:.0f}%), "
                    f"{self.not_smart:,} not ({self.rows:,} rows read")
        text += f", {self.skipped:,} without a goal, {self.errors:,} with errors)."
        fails = sorted(((v["fail"], c) for c, v in self.verdicts.items() if v["fail"]),
                       reverse=True)
        if fails:
            text += " Most failed: " + ", ".join(f"{NAMES[c]} {n:,}" for n, c in fails[:3]) + "."
        if self.rules:
            rule, count = self.top_rules(1)[0]
            text += f" Most common finding: {rule} ({count:,}x) {self.rule_info[rule][2]}"
        if self.error_rows:
            row, message = self.error_rows[0]
            text += f" First row error: row {row}: {message}"
        return text

    def sheet_rows(self) -> list[list[Any]]:
        """Rows for the XLSX summary sheet (a one-item row is a section title)."""
        rows: list[list[Any]] = [["goalsmith audit summary"]]
        for key, value in self.meta.items():
            rows.append([str(key), str(value)])
        rows += [[], ["Goals"], ["rows read", self.rows], ["goals audited", self.audited],
                 ["SMART", self.smart], ["not SMART", self.not_smart],
                 ["rows without a goal", self.skipped], ["rows with errors", self.errors],
                 ["deadlines taken from the due-date column", self.inherited_deadlines],
                 [], ["Class"]]
        rows += [[k, v] for k, v in sorted(self.classes.items())]
        rows += [[], ["Criterion", "fail", "unknown / pass"]]
        for crit in CRITERIA:
            v = self.verdicts[crit]
            rows.append([NAMES[crit], v["fail"], f"{v['unknown']} / {v['pass']}"])
        rows += [[], ["Most common findings", "count", "message"]]
        rows += [[rule, n, self.rule_info[rule][2]] for rule, n in self.top_rules(15)]
        if self.group_label:
            rows += [[], [f"By {self.group_label}", "not SMART / goals", "fails"]]
            for name, s in self.top_groups(30):
                fails = ", ".join(f"{LETTERS[c]} {n}" for c, n in sorted(s.fails.items()))
                rows.append([name, f"{s.goals - s.smart} / {s.goals}", fails])
        if self.error_rows:
            rows += [[], ["Row errors", "row", "message"]]
            rows += [["", r, m] for r, m in self.error_rows[:200]]
        return rows


def _clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


# ---------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;
background:#f7f8fa}main{max-width:1200px;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:2rem 0 .6rem}
.meta{color:#5b6474;font-size:.9rem}.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:.7rem 1rem;
min-width:9rem}.card b{display:block;font-size:1.6rem}.card span{color:#5b6474}
table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #dde1e8;
padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f6}
table.sortable th{cursor:pointer;user-select:none}table.sortable th::after{content:" \\2195";
color:#9aa3b2}td.pass{background:#e3f4e1}td.fail{background:#fbe3e1}
td.unknown{background:#fff5d6}.goal{background:#fff;border:1px solid #dde1e8;border-radius:8px;
padding:.7rem 1rem;margin:.6rem 0}.goal .rw{color:#1f6f3a}.goal small{color:#5b6474}
svg text{font:12px system-ui,sans-serif;fill:#1d2330}.legend span{display:inline-block;
margin-right:1rem}.sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;
vertical-align:middle}
"""

_JS = """
(function(){
  var table=document.getElementById('goals');
  if(!table){return;}
  var body=table.tBodies[0];
  function key(row,i,num){var t=row.cells[i].getAttribute('data-v')||row.cells[i].textContent;
    return num?parseFloat(t)||0:t.toLowerCase();}
  function sortBy(i,desc){
    var num=table.tHead.rows[0].cells[i].getAttribute('data-type')==='num';
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=key(a,i,num),y=key(b,i,num);
      var c=x<y?-1:(x>y?1:0);return desc?-c:c;});
    rows.forEach(function(r){body.appendChild(r);});
    table.setAttribute('data-sorted',(desc?'-':'')+i);
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      sortBy(i,table.getAttribute('data-sorted')===String(i));});
  });
  var m=/sort=(-?)(\\d+)/.exec(location.hash||'');
  if(m){sortBy(parseInt(m[2],10),m[1]==='-');}
  table.setAttribute('data-sortable','ready');
})();
"""

COLOURS = {"fail": "#d9534f", "unknown": "#f0ad4e", "pass": "#5cb85c"}


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _bar_chart(rows: list[tuple[str, dict[str, int]]], series: tuple[str, ...],
               title: str) -> str:
    """A horizontal stacked bar chart as inline SVG: one bar per row label."""
    label_w, bar_w, row_h = 180, 520, 26
    total = max((sum(v.get(s, 0) for s in series) for _, v in rows), default=0) or 1
    height = row_h * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + bar_w + 90}"'
             f' height="{height}" aria-label="{_esc(title)}"><title>{_esc(title)}</title>']
    for i, (label, values) in enumerate(rows):
        y = 5 + i * row_h
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">'
                     f"{_esc(_clip(label, 28))}</text>")
        x = float(label_w)
        for name in series:
            n = values.get(name, 0)
            if not n:
                continue
            w = bar_w * n / total
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{max(w, 1):.1f}" height="18" '
                         f'fill="{COLOURS.get(name, "#4a78c2")}"><title>{_esc(label)}: '
                         f"{n:,} {_esc(name)}</title></rect>")
            x += w
        shown = sum(values.get(s, 0) for s in series)
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 16}">{shown:,}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _legend(series: tuple[str, ...]) -> str:
    return '<p class="legend">' + "".join(
        f'<span><i class="sw" style="background:{COLOURS[s]}"></i>{_esc(s)}</span>'
        for s in series) + "</p>"


def render_html(summary: AuditSummary, title: str = "goalsmith audit") -> str:
    """The self-contained HTML report."""
    s = summary
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body><main>",
           f"<h1>{_esc(title)}</h1>"]
    if s.meta:
        out.append('<p class="meta">' + " · ".join(
            f"{_esc(k)}: {_esc(v)}" for k, v in s.meta.items()) + "</p>")
    cards = [(f"{s.audited:,}", "goals audited"),
             (f"{s.smart:,}", f"SMART ({_pct(s.smart, s.audited)})"),
             (f"{s.not_smart:,}", "not SMART"), (f"{s.skipped:,}", "rows without a goal"),
             (f"{s.errors:,}", "rows with errors")]
    out.append('<section class="cards" id="headline">' + "".join(
        f'<div class="card"><b>{v}</b><span>{_esc(k)}</span></div>' for v, k in cards)
        + "</section>")

    out.append("<h2>Verdicts per criterion</h2>")
    series = ("fail", "unknown", "pass")
    out.append(_legend(series))
    out.append('<figure id="chart-criteria">' + _bar_chart(
        [(NAMES[c], dict(s.verdicts[c])) for c in CRITERIA], series,
        "Verdicts per criterion") + "</figure>")

    if s.group_label and s.groups:
        out.append(f"<h2>Failures per {_esc(s.group_label)}</h2>")
        out.append('<p class="meta">Goals that are not SMART, and failed criteria, for the '
                   f"{_esc(s.group_label)}s with the most goals that are not SMART.</p>")
        groups = s.top_groups(15)
        out.append('<figure id="chart-groups">' + _bar_chart(
            [(name, {"fail": st.goals - st.smart, "pass": st.smart}) for name, st in groups],
            ("fail", "pass"), f"Not SMART per {s.group_label}") + "</figure>")
        out.append(f"<table><thead><tr><th>{_esc(s.group_label.title())}</th><th>goals</th>"
                   "<th>not SMART</th>" + "".join(f"<th>{LETTERS[c]} fail</th>" for c in CRITERIA)
                   + "</tr></thead><tbody>")
        for name, st in groups:
            out.append(f"<tr><td>{_esc(name)}</td><td>{st.goals:,}</td>"
                       f"<td>{st.goals - st.smart:,}</td>"
                       + "".join(f"<td>{st.fails[c]:,}</td>" for c in CRITERIA) + "</tr>")
        out.append("</tbody></table>")

    if s.rules:
        out.append("<h2>Most common findings</h2><table><thead><tr><th>rule</th>"
                   "<th>criterion</th><th>severity</th><th>goals</th><th>message</th>"
                   "<th>suggestion</th></tr></thead><tbody>")
        for rule, n in s.top_rules(10):
            crit, sev, msg, sug = s.rule_info[rule]
            out.append(f"<tr><td>{_esc(rule)}</td><td>{_esc(NAMES.get(crit, crit))}</td>"
                       f"<td>{_esc(sev)}</td><td>{n:,}</td><td>{_esc(msg)}</td>"
                       f"<td>{_esc(sug)}</td></tr>")
        out.append("</tbody></table>")

    weakest = s.weakest()
    if weakest:
        out.append("<h2>Weakest goals and their rewrites</h2>")
        for w in weakest[:10]:
            who = f" · {_esc(w.group)}" if w.group else ""
            out.append(f'<div class="goal"><small>row {w.row}{who} · {_esc(w.goal_class)} · '
                       f"score {w.score}/5</small><div>{_esc(w.text)}</div>")
            if w.findings:
                out.append("<ul>" + "".join(f"<li>{_esc(f)}</li>" for f in w.findings[:4])
                           + "</ul>")
            if w.rewrite:
                out.append(f'<div class="rw">Rewrite: {_esc(w.rewrite)}</div>')
            out.append("</div>")
        out.append(_goal_table(weakest, s))

    if s.error_rows:
        out.append(f"<h2>Rows with errors ({s.errors:,})</h2><table><thead><tr><th>row</th>"
                   "<th>problem</th></tr></thead><tbody>")
        out += [f"<tr><td>{r}</td><td>{_esc(m)}</td></tr>" for r, m in s.error_rows[:200]]
        out.append("</tbody></table>")
    out.append(f"<script>{_JS}</script></main></body></html>\n")
    return "\n".join(out)


def _goal_table(weakest: list[Weak], s: AuditSummary) -> str:
    label = (s.group_label or "owner").title()
    heads = [("Row", "num"), (label, "text"), ("Goal", "text"), ("Score", "num"),
             ("Class", "text"), *((LETTERS[c], "text") for c in CRITERIA),
             ("Findings", "text"), ("Rewrite", "text")]
    note = (f"The {len(weakest):,} weakest goals" if len(weakest) < s.audited
            else "All goals")
    out = [f"<h2>Goals table</h2><p class=\"meta\">{note}; click a column to sort.</p>",
           '<table id="goals" class="sortable"><thead><tr>'
           + "".join(f'<th data-type="{t}">{_esc(h)}</th>' for h, t in heads)
           + "</tr></thead><tbody>"]
    for w in sorted(weakest, key=lambda w: w.row):
        cells = [f'<td data-v="{w.row}">{w.row}</td>', f"<td>{_esc(w.group)}</td>",
                 f"<td>{_esc(w.text)}</td>", f'<td data-v="{w.score}">{w.score}</td>',
                 f"<td>{_esc(w.goal_class)}</td>"]
        cells += [f'<td class="{_esc(v)}">{_esc(v)}</td>' for v in w.verdicts]
        cells += [f"<td>{_esc('; '.join(w.findings))}</td>", f"<td>{_esc(w.rewrite)}</td>"]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


# ---------------------------------------------------------------------- Markdown


def _md(value: Any) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def _bar(n: int, total: int, width: int = 20) -> str:
    return "█" * round(width * n / total) if total else ""


def render_markdown(summary: AuditSummary, title: str = "goalsmith audit") -> str:
    """The same report as Markdown (for a wiki or ``$GITHUB_STEP_SUMMARY``)."""
    s = summary
    out = [f"# {_md(title)}", ""]
    if s.meta:
        out += [" · ".join(f"{_md(k)}: {_md(v)}" for k, v in s.meta.items()), ""]
    out += ["| goals audited | SMART | not SMART | rows without a goal | rows with errors |",
            "|---:|---:|---:|---:|---:|",
            f"| {s.audited:,} | {s.smart:,} ({_pct(s.smart, s.audited)}) | {s.not_smart:,} | "
            f"{s.skipped:,} | {s.errors:,} |", "", "## Verdicts per criterion", "",
            "| criterion | fail | unknown | pass | failing |", "|---|---:|---:|---:|---|"]
    for c in CRITERIA:
        v = s.verdicts[c]
        out.append(f"| {NAMES[c]} | {v['fail']:,} | {v['unknown']:,} | {v['pass']:,} | "
                   f"{_bar(v['fail'], s.audited)} |")
    if s.group_label and s.groups:
        out += ["", f"## Failures per {s.group_label}", "",
                f"| {s.group_label} | goals | not SMART | "
                + " | ".join(f"{LETTERS[c]} fail" for c in CRITERIA) + " |",
                "|---|---:|---:|" + "---:|" * len(CRITERIA)]
        for name, st in s.top_groups(15):
            out.append(f"| {_md(name)} | {st.goals:,} | {st.goals - st.smart:,} | "
                       + " | ".join(f"{st.fails[c]:,}" for c in CRITERIA) + " |")
    if s.rules:
        out += ["", "## Most common findings", "", "| rule | criterion | goals | message |",
                "|---|---|---:|---|"]
        for rule, n in s.top_rules(10):
            crit, _, msg, _ = s.rule_info[rule]
            out.append(f"| {rule} | {NAMES.get(crit, crit)} | {n:,} | {_md(msg)} |")
    weakest = s.weakest()
    if weakest:
        out += ["", "## Weakest goals and their rewrites", "",
                "| row | goal | score | findings | rewrite |", "|---:|---|---:|---|---|"]
        for w in weakest[:20]:
            out.append(f"| {w.row} | {_md(w.text)} | {w.score} | "
                       f"{_md('; '.join(w.findings[:3]))} | {_md(w.rewrite)} |")
    if s.error_rows:
        out += ["", f"## Rows with errors ({s.errors:,})", "", "| row | problem |", "|---:|---|"]
        out += [f"| {r} | {_md(m)} |" for r, m in s.error_rows[:50]]
    return "\n".join(out) + "\n"

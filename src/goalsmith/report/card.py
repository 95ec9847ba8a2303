"""The verdict card for one goal: plain text for scripts and logs, rich for terminals."""

from __future__ import annotations

from collections.abc import Iterable

from goalsmith.goal import reported
from goalsmith.verdict import CRITERIA, Audit

CRITERION_NAMES = {
    "specific": "Specific", "measurable": "Measurable", "attainable": "Attainable",
    "relevant": "Relevant", "time_bound": "Time-bound",
}
VERDICT_MARKS = {"pass": "✓", "fail": "✗", "unknown": "?"}
VERDICT_STYLES = {"pass": "bold green", "fail": "bold red", "unknown": "bold yellow"}
SEVERITY_STYLES = {"error": "red", "warning": "yellow", "info": "blue"}
# How each extracted part is highlighted in the goal text.
PART_STYLES = {
    "action": "bold magenta", "metric": "bold cyan", "target": "bold green",
    "time": "bold blue", "actor": "bold yellow", "scope": "cyan", "reason": "italic",
}
SOURCE_STYLES = {"text": "", "answer": "bold green", "config": "bold cyan",
                 "default": "bold black on yellow"}


def headline(audit: Audit) -> str:
    verdict = "SMART" if audit.smart else "Not SMART"
    return f"{verdict} · class {audit.goal_class} · {audit.score}/5 criteria pass"


def render_text(audit: Audit) -> str:
    """A plain, stable, greppable rendering of one audit."""
    lines = [f"goal: {audit.text}", f"verdict: {headline(audit)}"]
    for key in CRITERIA:
        crit = audit.criteria[key]
        reason = f"  {crit.reason}" if crit.reason else ""
        lines.append(f"  {key:<11} {crit.verdict:<8}{reason}".rstrip())
    deadline = audit.judgement.deadline
    if deadline:
        source = audit.judgement.deadline_source
        origin = f" (from {source})" if source and source != "text" else ""
        lines.append(f"deadline: {deadline.isoformat()}{origin}")
    if audit.findings:
        lines.append("findings:")
        for f in audit.findings:
            hint = f" Suggestion: {f.suggestion}" if f.suggestion else ""
            lines.append(f"  {f.severity:<7} {f.rule} {f.message}{hint}")
    if audit.rewrite:
        lines.append(f"rewrite: {audit.rewrite.text}")
        filled = [f"{s.slot}={s.value} ({s.source})" for s in audit.rewrite.slots
                  if s.source != "text"]
        if filled:
            lines.append("  filled: " + ", ".join(filled))
    for step in audit.judgement.milestones:
        lines.append(f"  milestone {step.get('date')}: {step.get('label', step.get('value'))}")
    return "\n".join(lines)


def _part_spans(audit: Audit) -> list[tuple[int, int, str]]:
    p = audit.parts
    spans: list[tuple[int, int, str]] = []
    if p.action:
        spans.append((*p.action.span, PART_STYLES["action"]))
    metric = reported(p.metric)
    if metric:
        spans.append((*metric.span, PART_STYLES["metric"]))
    spans += [(*t.span, PART_STYLES["target"]) for t in p.targets]
    spans += [(*t.span, PART_STYLES["time"]) for t in p.timeframes]
    spans += [(*a.span, PART_STYLES["actor"]) for a in p.actors]
    spans += [(*s.span, PART_STYLES["scope"]) for s in p.scope]
    if p.reason:
        spans.append((*p.reason.span, PART_STYLES["reason"]))
    return spans


def _highlighted(text: str, spans: Iterable[tuple[int, int, str]]):  # -> rich.text.Text
    from rich.text import Text

    out = Text(text)
    for start, end, style in spans:
        if 0 <= start < end <= len(text):
            out.stylize(style, start, end)
    return out


def render_card(audit: Audit):  # -> rich.panel.Panel
    """A rich panel: the goal with its parts highlighted, criteria, findings, rewrite."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    criteria = Table.grid(padding=(0, 1))
    for key in CRITERIA:
        crit = audit.criteria[key]
        style = VERDICT_STYLES[crit.verdict]
        criteria.add_row(Text(VERDICT_MARKS[crit.verdict], style=style),
                         Text(CRITERION_NAMES[key], style="bold"), Text(crit.reason))
    blocks: list = [_highlighted(audit.text, _part_spans(audit)), Text(""), criteria]
    if audit.findings:
        findings = Table.grid(padding=(0, 1))
        for f in audit.findings:
            message = Text(f.message)
            if f.suggestion:
                message.append(f"  → {f.suggestion}", style="dim")
            findings.add_row(Text(f.severity, style=SEVERITY_STYLES.get(f.severity, "")),
                             Text(f.rule, style="bold"), message)
        blocks += [Text(""), Text("Findings", style="bold underline"), findings]
    if audit.rewrite:
        spans = [(*s.span, SOURCE_STYLES.get(s.source, "")) for s in audit.rewrite.slots
                 if s.span and s.source != "text"]
        blocks += [Text(""), Text("Rewrite", style="bold underline"),
                   _highlighted(audit.rewrite.text, spans)]
        if any(s.source == "default" for s in audit.rewrite.slots):
            blocks.append(Text("Highlighted values are suggestions: adjust them to your case.",
                               style="dim"))
    if audit.judgement.milestones:
        steps = Table.grid(padding=(0, 2))
        for step in audit.judgement.milestones:
            steps.add_row(str(step.get("date")), str(step.get("label", step.get("value"))))
        blocks += [Text(""), Text("Milestones", style="bold underline"), steps]
    style = "green" if audit.smart else "red"
    return Panel(Group(*blocks), title=Text(headline(audit), style=f"bold {style}"),
                 title_align="left", border_style=style)


def print_cards(audits: Iterable[Audit]) -> None:
    from rich.console import Console

    console = Console()
    for audit in audits:
        console.print(render_card(audit))

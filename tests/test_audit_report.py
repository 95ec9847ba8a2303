"""The summary report of `goalsmith audit`: counters, Markdown, and HTML in a real browser."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from goalsmith.report.summary import AuditSummary, render_html, render_markdown

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "audit"))
from audit_fakes import fake_audit

from goalsmith.verdict import GoalContext

CHROMIUM = Path("/usr/bin/chromium")
GOALS = [
    ("increase sales", "Sales"), ("Grow pipeline by 25% by Q3", "Sales"),
    ("hire more people", "Talent"), ("cut churn to 2%", "CS"), ("do <b>better</b> & more", None),
]


def build_summary(keep: int = 500) -> AuditSummary:
    summary = AuditSummary(keep=keep, group_label="team")
    summary.meta = {"file": "goals.csv", "today": "2026-11-29"}
    for row, (text, team) in enumerate(GOALS, start=2):
        summary.add_audit(row, fake_audit(text, GoalContext()), team)
    summary.add_error(9, "invalid JSON: Expecting value")
    summary.add_skipped(10)
    return summary


def test_counters() -> None:
    s = build_summary()
    assert (s.rows, s.audited, s.smart, s.not_smart, s.errors, s.skipped) == (7, 5, 1, 4, 1, 1)
    assert s.verdicts["time_bound"]["fail"] == 4
    assert s.top_rules(1) == [("T201", 4)]
    assert s.groups["Sales"].goals == 2 and s.groups["(none)"].goals == 1


@pytest.mark.parametrize(("keep", "rows"), [(2, [2, 4]), (0, []), (10, [2, 3, 4, 5, 6])])
def test_only_the_weakest_are_kept(keep: int, rows: list[int]) -> None:
    kept = build_summary(keep).weakest()
    assert sorted(w.row for w in kept) == rows
    assert all(not w.smart for w in kept[:4])


def test_paragraph_names_the_figures() -> None:
    text = build_summary().paragraph()
    assert text.startswith("Audited 5 goals: 1 SMART (20%), 4 not")
    assert "Most failed: Time-bound 4" in text and "row 9" in text


def test_markdown_report_sections() -> None:
    text = render_markdown(build_summary(), "goalsmith audit: goals.csv")
    for heading in ("# goalsmith audit: goals.csv", "## Verdicts per criterion",
                    "## Failures per team", "## Most common findings",
                    "## Weakest goals and their rewrites", "## Rows with errors (1)"):
        assert heading in text
    assert "| Time-bound | 4 | 0 | 1 |" in text


def test_html_is_self_contained_and_escaped() -> None:
    page = render_html(build_summary())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script src" not in page and "@import" not in page
    assert "do &lt;b&gt;better&lt;/b&gt; &amp; more" in page and "<b>better</b>" not in page
    assert page.count("<svg") == 2


def dump_dom(tmp_path: Path, page: Path, fragment: str = "") -> str:
    """The DOM after scripts ran, from headless Chromium (which must be installed)."""
    assert CHROMIUM.exists(), "Debian's chromium is required: apt-get install -y chromium"
    profile = tmp_path / "profile"
    result = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--dump-dom",
         page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_report_renders_charts_and_table_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(build_summary()), encoding="utf-8")
    dom = dump_dom(tmp_path, page)
    assert dom.count("<svg") == 2 and dom.count("<rect") >= 7
    assert 'id="goals"' in dom and 'data-sortable="ready"' in dom
    table = dom[dom.index('id="goals"'):]
    assert len(re.findall(r"<tr><td", table.split("</table>")[0])) == 5


def test_sortable_table_sorts_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(build_summary()), encoding="utf-8")
    dom = dump_dom(tmp_path, page, "#sort=-0")  # row number, descending
    body = dom[dom.index('id="goals"'):].split("</table>")[0]
    rows = [int(n) for n in re.findall(r'<tr><td data-v="(\d+)"', body)]
    assert 'data-sorted="-0"' in dom and rows == [6, 5, 4, 3, 2]


def test_report_screenshot_is_not_blank(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(build_summary()), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'p2'}", f"--screenshot={shot}",
         "--window-size=1200,900", page.as_uri()],
        capture_output=True, timeout=120, check=False)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000

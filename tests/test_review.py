"""``fzbg review DIR --html OUT.html``: the page's content, and the page in a real browser."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _reports import planted_pair, review_folder

import fzbg
from fzbg.analyze.review import review_html
from fzbg.run.cli import main

pytest.importorskip("jinja2")

SHARED = Path(__file__).resolve().parents[2] / "shared"
STATIC = Path(__file__).resolve().parents[1] / "docs" / "_static"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Chromium as CI runs it: no GPU, no sandbox (containers), nothing fetched in the background.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A folder of 50 reports: the real seeds and corpus openings when present, the rest
    generated (pairs of consecutive years, some with chrome, traditional or late)."""
    path = tmp_path_factory.mktemp("reports")
    names = review_folder(path, 50, SHARED if SHARED.is_dir() else None)
    (path / "broken.docx").write_bytes(b"not a zip archive")
    return path, names


@pytest.fixture(scope="module")
def page(folder: tuple[Path, list[str]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The review page of the folder, written by the command line."""
    out = tmp_path_factory.mktemp("page") / "review.html"
    assert main(["review", str(folder[0]), "--html", str(out)]) == 0
    return out


def test_every_report_is_a_row_with_a_section(folder: tuple[Path, list[str]], page: Path) -> None:
    """50 rows, each linking to a part of the page that exists; the unreadable file listed."""
    html = page.read_text(encoding="utf-8")
    links = re.findall(
        r'<tr class="report"[^>]*>\s*<td[^>]*>\d+</td>\s*<td[^>]*><a href="#(r\d+)"', html
    )
    assert len(links) == len(folder[1]) == 50
    for anchor in links:
        assert f'<section class="report" id="{anchor}">' in html
    assert "broken.docx" in html
    for name in folder[1]:
        assert name in html


def test_the_page_needs_no_network(page: Path) -> None:
    """No script, style, image or font is fetched: everything is inline."""
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", html)
    assert "<link" not in html
    assert "@import" not in html
    assert "url(" not in html


def test_repeats_and_dropped_plans_are_counted_against_the_year_before() -> None:
    """A planted pair: the successor's row says 4 repeated shortcomings and 2 dropped plans."""
    pair = planted_pair()
    reports = [
        ("a.txt", fzbg.parse_report(pair.previous)),
        ("b.txt", fzbg.parse_report(pair.current)),
    ]
    html = review_html(reports)
    assert "Repeated shortcomings: 4" in html
    assert "Plans not carried out: 2" in html
    assert html.count("Repeated shortcomings:") == 1  # the first year has nothing to compare


def test_a_late_report_is_marked_late() -> None:
    """Published in May of the year after next: late, in the table and in its part."""
    pair = planted_pair(chrome=True, late=True)
    html = review_html([("b.txt", fzbg.parse_report(pair.current))])
    assert html.count('class="late"') == 2


def test_review_of_a_missing_folder_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No traceback, no page."""
    out = tmp_path / "review.html"
    assert main(["review", str(tmp_path / "none"), "--html", str(out)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not out.exists()


# --- in a browser ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless Chromium with a fresh profile; skipped only when no chromium is installed."""
    if CHROMIUM is None:
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - needs chromium

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
        )
        yield context
        context.close()


def _open(browser: Any, page: Path) -> tuple[Any, list[str]]:
    """A tab showing ``page``, and the list its console errors and page errors go to."""
    tab = browser.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))
    tab.goto(page.as_uri())
    return tab, problems


@pytest.fixture(scope="module")
def browser_page(browser: Any, page: Path) -> tuple[Any, list[str]]:
    """The folder's review page in Chromium, with its console errors."""
    return _open(browser, page)


def _column(tab: Any, index: int) -> list[str]:
    return tab.eval_on_selector_all(  # type: ignore[no-any-return]
        "#reports tbody tr.report", f"rows => rows.map(r => r.cells[{index}].textContent.trim())"
    )


def test_the_browser_lists_every_report_without_console_errors(
    browser_page: tuple[Any, list[str]],
) -> None:
    """50 rows rendered, every row's link leads to an element of the page, no errors."""
    tab, problems = browser_page
    assert tab.locator("#reports tbody tr.report").count() == 50
    hrefs = tab.eval_on_selector_all(
        "#reports tbody tr.report a", "links => links.map(a => a.getAttribute('href'))"
    )
    assert len(hrefs) == 50
    for href in hrefs:
        assert tab.locator(href).count() == 1
    assert problems == []


def test_the_browser_sorts_by_a_column(browser_page: tuple[Any, list[str]]) -> None:
    """Clicking "year" sorts ascending, again descending; years without a value go last."""
    tab, problems = browser_page
    header = tab.locator("#reports thead th", has_text="year")
    header.locator("button").click()
    years = [int(y) for y in _column(tab, 2) if y]
    assert years == sorted(years)
    assert header.get_attribute("aria-sort") == "ascending"
    header.locator("button").click()
    years = [int(y) for y in _column(tab, 2) if y]
    assert years == sorted(years, reverse=True)
    assert header.get_attribute("aria-sort") == "descending"
    issuer = tab.locator("#reports thead th", has_text="issuer")
    issuer.locator("button").click()
    names = _column(tab, 1)
    assert len(names) == 50
    assert problems == []


def test_the_browser_screenshot_is_kept_for_the_docs(browser: Any, tmp_path: Path) -> None:
    """The docs page shows a review page of invented reports as Chromium draws it."""
    folder = tmp_path / "reports"
    folder.mkdir()
    review_folder(folder, 16)
    out = tmp_path / "review.html"
    assert (
        main(["review", str(folder), "--html", str(out), "--title", "某县 2024–2025 年度报告"]) == 0
    )
    tab, problems = _open(browser, out)
    STATIC.mkdir(parents=True, exist_ok=True)
    shot = STATIC / "review.png"
    tab.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert problems == []

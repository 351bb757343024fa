"""Page furniture: running heads and foots, and bare page numbers, cut as debris."""

from __future__ import annotations

import pytest

import fzbg
from fzbg.page.furniture import running_heads


def pages(count: int, head: str = "", foot: str = "", number: str = "— {n} —") -> str:
    """A printed text of ``count`` pages of 20 lines, with its furniture."""
    out = ["青石县2025年度法治政府建设情况报告\n"]
    for n in range(1, count + 1):
        if head and n > 1:
            out.append(head + "\n")
        out += [f"第{n}页的第{k}行正文,依法行政的工作写到这里\n" for k in range(20)]
        if foot:
            out.append(foot + "\n")
        if number:
            out.append(number.format(n=n) + "\n")
    return "".join(out)


def cut(text: str) -> list[tuple[str, str]]:
    return [(text[s:e].strip(), kind) for s, e, kind in running_heads(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (pages(4, head="青石县人民政府文件"), [("青石县人民政府文件", "running-head")] * 3),
        (pages(3, foot="内部资料 注意保存"), [("内部资料 注意保存", "running-head")] * 3),
        (pages(5, head="青石县人民政府", number=""), [("青石县人民政府", "running-head")] * 4),
        (pages(3, number="{n}"), [(str(n), "page-number") for n in (1, 2, 3)]),
        (pages(2, number="一{n}一"), [("一1一", "page-number"), ("一2一", "page-number")]),
    ],
    ids=["head", "foot", "head-without-page-numbers", "bare-numbers", "misread-by-ocr"],
)
def test_furniture_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    """A short line on most pages, or bare numbers counting pages, is furniture."""
    assert cut(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pages(4),  # no furniture at all
        pages(1, head="青石县人民政府文件"),  # one page: nothing repeats
        "合计\n" * 6 + "12\n13\n14\n",  # a table's repeats and numbers, lines apart
        pages(2, number="") + "特此报告。\n" * 3,  # sentences are never furniture
        pages(3) + "（一）加强领导\n" * 3,  # nor headings
    ],
    ids=["none", "one-page", "table", "sentences", "headings"],
)
def test_text_is_not_furniture(text: str) -> None:
    """Repeats that are the report's own text stay."""
    assert [k for _, k in cut(text) if k == "running-head"] == []
    assert [k for _, k in cut(text) if k == "page-number" and not text.count("— ")] == []


def test_a_head_naming_the_issuer_leaves_the_signature_and_the_title() -> None:
    """Near page numbers the name is a head; at the end it signs the report."""
    text = pages(3, head="青石县人民政府") + "特此报告。\n青石县人民政府\n2026年1月15日\n"
    report = fzbg.parse_report(text)
    assert [d.kind for d in report.debris].count("running-head") == 2
    assert report.text.endswith("青石县人民政府\n2026年1月15日\n")


def test_a_head_repeating_the_title_leaves_the_title() -> None:
    """A running head that is the title itself is cut everywhere but at the top."""
    title = "青石县2025年度法治政府建设情况报告"
    report = fzbg.parse_report(pages(3, head=title))
    assert report.title == title
    assert report.text.count(title) == 1


def test_a_head_as_far_apart_as_the_text_allows_is_found() -> None:
    """Three heads a page apart, the last on the text's last line: still just room for them."""
    body = [f"第{k}行正文,依法行政的工作写到这里" for k in range(11)]
    text = "\n".join(["青石县人民政府文件", *body] * 2 + ["青石县人民政府文件"])
    assert len(text.split("\n")) == 2 * 12 + 1
    assert cut(text) == [("青石县人民政府文件", "running-head")] * 3


def test_a_head_on_both_sides_of_every_page_number_is_found_among_as_many_others() -> None:
    """Beside each number above and below, and twice more elsewhere: half its repeats."""
    out = []
    for n in (1, 2, 3):
        body = [f"第{n}页第{k}行正文,依法行政的工作写到这里" for k in range(20)]
        out += [*body[:5], "内部资料", *body[5:10], "内部资料", *body[10:]]
        out += ["内部资料", f"— {n} —", "内部资料"]
    found = cut("\n".join(out) + "\n")
    assert found.count(("内部资料", "running-head")) == 6
    assert len(found) == 6

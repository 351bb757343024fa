"""A page's head: rows of fields, bylines and dates around the title (invented pages).

A site's disclosure table copied above the title leaves rows of cells, parted by tabs or
by a Markdown table's bars, with no date among them: the body they name (发布机构) is read
as the page's field, and the rows are cut as page metadata, not as chrome.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import fzbg

_PLACES = st.sampled_from(["云溪", "青禾", "长林", "白马", "松岭", "东湖"])
_LEVELS = st.sampled_from(["县", "区", "市", "镇"])
_KINDS = st.sampled_from(["司法局", "民政局", "人民政府", "交通运输局", "应急管理局"])
_SOURCE_LABELS = st.sampled_from(["发布机构", "发文机关", "信息来源", "来源", "发布单位"])
_OTHER = st.sampled_from(
    [("索引号", "113301/2024-00012"), ("公开方式", "主动公开"), ("主题分类", "综合政务")]
)
_REST = (
    "2023年，我单位坚持依法行政，扎实推进法治建设。\n"
    "一、主要举措和成效\n（一）加强组织领导。召开专题会议4次。\n"
    "二、存在的不足\n一是执法力量不足。\n三、下一步工作打算\n（一）持续推进依法行政。\n"
)
_TITLE = "2023年法治政府建设年度报告"


@given(
    _PLACES, _LEVELS, _KINDS, _SOURCE_LABELS, _OTHER, st.sampled_from(["\t", " | "]),
    st.booleans(),
)  # fmt: skip
def test_a_row_of_cells_with_no_date_names_the_issuer(
    place: str, level: str, kind: str, label: str, other: tuple[str, str], bar: str, first: bool
) -> None:
    """发布机构\\t某局\\t索引号\\t… over the title: the body is the issuer, the row cut."""
    body = place + level + kind
    cells = [label, body, *other] if first else [*other, label, body]
    row = bar.join(cells)
    row = f"| {row} |" if bar != "\t" else row
    report = fzbg.parse_report(f"{row}\n{_TITLE}\n{_REST}")
    assert report.issuer == body
    assert report.title == _TITLE
    assert other[1] not in report.text
    assert any(d.code == "page-metadata" for d in report.diagnostics)


def test_a_label_and_prose_is_no_row() -> None:
    """A line that does not pair off into cells is left to the title's reading."""
    report = fzbg.parse_report(f"来源 云溪县司法局 索引号\n{_TITLE}\n{_REST}")
    assert report.title == _TITLE


_GAPS = st.sampled_from([" ", "  ", "\u3000\u3000", "\t"])


@given(
    _PLACES, _LEVELS, _KINDS, _GAPS, st.sampled_from(["after", "bracket", "before"]),
    st.integers(1, 12), st.integers(1, 28),
)  # fmt: skip
def test_a_dated_byline_under_the_title_names_issuer_and_date(
    place: str, level: str, kind: str, gap: str, shape: str, month: int, day: int
) -> None:
    """某县司法局 2024年1月8日 under the title: the issuer, and the date it signed."""
    body, date = place + level + kind, f"2024年{month}月{day}日"
    byline = {
        "after": f"{body}{gap}{date}",
        "bracket": f"{body}（{date}）",
        "before": f"{date}{gap}{body}",
    }[shape]
    report = fzbg.parse_report(f"{_TITLE}\n{byline}\n{_REST}")
    assert report.title == _TITLE
    assert report.issuer == body
    assert report.signed is not None
    assert (report.signed.month, report.signed.day) == (month, day)
    assert report.published is None


def test_a_body_and_a_date_in_digits_under_the_title_stay_the_pages() -> None:
    """某局 2024-01-08 is a site's list line: the page's date, cut."""
    report = fzbg.parse_report(f"{_TITLE}\n云溪县司法局 2024-01-08\n{_REST}")
    assert report.published is not None
    assert report.signed is None
    assert "2024-01-08" not in report.text


@given(
    _PLACES, _LEVELS, _KINDS, st.sampled_from(["日期", "时间", "落款日期"]),
    st.sampled_from(["{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}", "{y}.{m}.{d}"]),
    st.booleans(), st.integers(1, 12), st.integers(1, 28),
)  # fmt: skip
def test_a_labelled_date_under_the_signer_is_the_signed_date(
    place: str, level: str, kind: str, label: str, shape: str, form: bool, month: int, day: int
) -> None:
    """某局 / 日期：2024年1月8日 at the foot: the date it signed, not the page's, in the closing."""
    body = place + level + kind
    signer = f"报告单位：{body}" if form else body
    date = shape.format(y=2024, m=month, d=day)
    report = fzbg.parse_report(f"{_TITLE}\n{_REST}{signer}\n{label}：{date}\n")
    assert report.signed is not None
    assert (report.signed.month, report.signed.day) == (month, day)
    assert report.published is None
    assert report.issuer == body
    assert label not in report.sections[-1].text


def test_a_labelled_date_under_a_signing_date_stays_the_pages() -> None:
    """某局 / 2024年1月8日 / 时间：2024-01-10: the last is the page's date of publication."""
    text = f"{_TITLE}\n{_REST}云溪县司法局\n2024年1月8日\n时间：2024-01-10\n"
    report = fzbg.parse_report(text)
    assert report.signed is not None
    assert report.published is not None
    assert (report.signed.day, report.published.day) == (8, 10)


_UNKNOWN_COLUMNS = st.lists(
    st.sampled_from(["部门信息", "依法行政专栏", "专项报告", "区政府", "规划计划", "依法治区"]),
    min_size=1,
    max_size=3,
)
_ARROWS = st.sampled_from([" > ", ">", ">>", " » ", " › "])


@given(
    _PLACES, _LEVELS, _UNKNOWN_COLUMNS, _ARROWS,
    st.sampled_from(["", "当前位置：", "您现在的位置："]), st.booleans(),
)  # fmt: skip
def test_a_title_behind_a_breadcrumbs_last_arrow_is_read(
    place: str, level: str, columns: list[str], arrow: str, label: str, year_first: bool
) -> None:
    """首页 > 依法行政专栏 > 某县2023年…报告, its line break lost: the title, the crumbs cut."""
    issuer = place + level
    title = f"2023年{issuer}法治政府建设年度报告" if year_first else f"{issuer}{_TITLE}"
    crumbs = arrow.join(["首页", *columns, title])
    report = fzbg.parse_report(f"{label}{crumbs}\n{_REST}")
    assert report.title == title
    assert report.issuer == issuer
    assert "首页" not in report.text


@given(_PLACES, _LEVELS, _ARROWS)
def test_a_title_behind_an_unknown_column_opens_with_its_year(
    place: str, level: str, arrow: str
) -> None:
    """首页 > 规划计划2023年度某县…报告: a column the vocabulary does not know, then the title."""
    title = f"2023年度{place}{level}法治政府建设工作报告"
    report = fzbg.parse_report(f"首页{arrow}信息公开{arrow}规划计划{title}\n{_REST}")
    assert report.title == title
    assert "规划计划" not in report.text


def test_the_documents_own_title_below_a_crumbs_copy_is_the_title() -> None:
    """The last crumb names the page shortly; the line below is the document's title."""
    own = "云溪县人民政府关于2023年法治政府建设情况的报告"
    report = fzbg.parse_report(f"首页 > 政务公开 > 云溪县{_TITLE}\n{own}\n{_REST}")
    assert report.title == own
    assert report.issuer == "云溪县人民政府"


@given(
    _PLACES, st.sampled_from(["县", "区", "市"]), st.sampled_from(["发布", "公布", "公开"]),
    st.sampled_from(["全文如下：", "以下为报告全文：", "报告全文如下：", "现将全文刊发如下："]),
    st.sampled_from(["近日", "日前", "1月20日"]),
)  # fmt: skip
def test_a_lead_handing_over_after_its_sentence_is_the_storys(
    place: str, level: str, verb: str, lead_in: str, when: str
) -> None:
    """某县公布…报告 / 近日，某县公布了…。全文如下： / the report's own title: that title."""
    issuer = f"{place}{level}人民政府"
    own = f"{issuer}关于2023年度法治政府建设情况的报告"
    story = f"{place}{level}{verb}2023年法治政府建设年度报告\n{when}，{issuer}{verb}了年度报告。"
    report = fzbg.parse_report(f"{story}{lead_in}\n{own}\n{_REST}")
    assert report.title == own
    assert report.issuer == issuer
    assert when not in report.text


_NAMED_TITLES = st.sampled_from(
    [
        ("{b}", "{b}2023年法治政府建设年度报告"),
        ("{b}人民政府", "{b}人民政府关于2023年度法治政府建设情况的报告"),
        ("{b}司法局", "{b}司法局2023年度法治政府建设工作报告"),
    ]
)


@given(_PLACES, _LEVELS, st.sampled_from(["人民政府", "司法局", "人民政府办公室"]), _NAMED_TITLES)
def test_a_bodys_name_over_a_title_naming_its_own_is_no_half_of_it(
    place: str, level: str, kind: str, shape: tuple[str, str]
) -> None:
    """某市人民政府 (a site's banner) / 某市2023年…报告: the title is the second line alone."""
    issuer, title = (part.format(b=place + level) for part in shape)
    report = fzbg.parse_report(f"{place}{level}{kind}\n{title}\n{_REST}")
    assert report.title == title
    assert report.issuer == issuer


def test_a_bodys_name_over_a_title_naming_none_is_its_first_half() -> None:
    """云溪县人民政府 / 2023年法治政府建设年度报告: one title broken after the name."""
    report = fzbg.parse_report(f"云溪县人民政府\n{_TITLE}\n{_REST}")
    assert report.title == f"云溪县人民政府\n{_TITLE}"
    assert report.issuer == "云溪县人民政府"


def test_a_labelled_date_under_a_name_in_a_short_pages_head_stays_the_pages() -> None:
    """No sentence above 某局 / 日期：…: a page's head however short the page, its date."""
    report = fzbg.parse_report(f"{_TITLE}\n云溪县司法局\n日期：2024-01-08\n")
    assert report.published is not None
    assert report.signed is None

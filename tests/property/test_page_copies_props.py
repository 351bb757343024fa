"""Pages and copies the page stage survives, as classes of invented variants.

A web page copied as one line with its field table before the title, a browser's print
header and footer on every sheet, a heading marker's brackets as OCR or a copy reads
them (〈一〉, <一>, ［一］), and a title wrapped inside the issuer's name.  The text is
invented; what varies is what varies between real copies.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fzbg import parse_report

_ISSUERS = (
    "青禾街道办事处", "云台镇人民政府", "白沙县人民政府", "东岭市司法局", "南江省水利厅",
    "北岸区人民政府", "西林市市场监督管理局",
)  # fmt: skip
_TITLES = (
    "{y}年度法治政府建设工作报告",
    "{y}年法治政府建设情况报告",
    "关于{y}年度法治政府建设情况的报告",
)
_BODY = (
    "{y}年,我们坚持依法行政,现将有关情况报告如下:\n一、主要举措和成效\n"
    "{a}加强组织领导。召开专题会议{n}次。\n{b}推进依法决策。审查文件12件。\n"
    "二、存在的不足\n一是学法不够深入。二是执法队伍有待加强。\n"
    "三、{p}年工作安排\n(一)加强学习培训。\n(二)规范执法行为。\n"
)
_KINDS = ["measures", "shortcomings", "plans"]
years = st.integers(2016, 2024)
issuers = st.sampled_from(_ISSUERS)
titles = st.sampled_from(_TITLES)


def _body(year: int, a: str = "(一)", b: str = "(二)", n: int = 3) -> str:
    return _BODY.format(y=year, a=a, b=b, n=n, p=year + 1)


_LABELS = ("索引号", "发布机构", "主题分类", "文号", "信息来源")


@settings(max_examples=25, deadline=None)
@given(
    issuer=issuers,
    year=years,
    title=titles,
    labels=st.lists(st.sampled_from(_LABELS), min_size=1, max_size=4, unique=True),
    colon=st.sampled_from(["：", ":", "： ", ": "]),
    crumbs=st.sampled_from(["", "首页 > 政务公开 > 法治政府建设 ", "首页>信息公开>工作报告 "]),
)
def test_fields_run_on_into_the_title_end_where_it_starts(
    issuer: str, year: int, title: str, labels: list[str], colon: str, crumbs: str
) -> None:
    values = {"索引号": f"11xx/{year + 1}-0012", "文号": "无", "主题分类": "政务公开"}
    fields = " ".join(f"{label}{colon}{values.get(label, issuer)}" for label in labels)
    named = issuer + title.format(y=year)
    one_line = _body(year).replace("\n", " ")
    report = parse_report(f"{crumbs}{fields} 发布日期{colon}{year + 1}-03-15 {named} {one_line}")
    assert (report.title, report.issuer, report.year) == (named, issuer, year)
    assert str(report.published) == f"{year + 1}-03-15"
    assert [s.kind.value for s in report.sections] == _KINDS


_ADDRESSES = (
    "https://www.example.gov.cn/art/{p}/4/9/art_7_{n}53.html",
    "http://www.example.gov.cn/zwgk/{p}0409/t{n}0.shtml",
    "file:///C:/Users/admin/Desktop/{t}.html",
)


@settings(max_examples=25, deadline=None)
@given(
    issuer=issuers,
    year=years,
    clock=st.sampled_from(["", " 09:32", " 上午10:12", " 下午3:05"]),
    site=st.sampled_from(["-{}网", "_{}门户网站", " | {}"]),
    sheets=st.integers(2, 9),
    at=st.integers(2, 8),
    data=st.data(),
    sheet=st.sampled_from(["{}/{}", "{} / {}", "第{}页 共{}页", "第{}页/共{}页"]),
)
def test_a_browsers_print_header_and_footer_are_furniture(
    issuer: str,
    year: int,
    clock: str,
    site: str,
    sheets: int,
    at: int,
    data: st.DataObject,
    sheet: str,
) -> None:
    named = issuer + f"{year}年度法治政府建设工作报告"
    header = f"{year + 1}/4/9{clock} {named}{site.format(issuer)}"
    url = data.draw(st.sampled_from(_ADDRESSES)).format(p=year + 1, n=sheets, t=named)
    lines = _body(year, n=7).splitlines()
    first, second = (f"{url} {sheet.format(n, sheets)}" for n in (1, 2))
    report = parse_report(
        "\n".join([header, named, *lines[:at], first, header, *lines[at:], second])
    )
    assert report.title == named
    assert url not in report.text
    assert header not in report.text
    assert report.published is None
    assert [s.kind.value for s in report.sections] == _KINDS
    assert [len(s.items) for s in report.sections] == [2, 2, 2]
    assert not [q for q in report.quantities if q.span.start < len(named) + 1]
    assert all(line in report.text for line in lines)
    cut = "".join(piece.text for piece in report.debris if piece.kind == "running-head")
    assert (cut.count(header), cut.count(url)) == (2, 2)  # restorable


_BRACKETS = st.sampled_from(
    [("〈", "〉"), ("<", ">"), ("［", "］"), ("[", "]"), ("(", "）"), ("【", "】")]
)


@settings(max_examples=25, deadline=None)
@given(issuer=issuers, year=years, first=_BRACKETS, second=_BRACKETS)
def test_look_alike_brackets_on_a_marker_rank_with_its_siblings(
    issuer: str, year: int, first: tuple[str, str], second: tuple[str, str]
) -> None:
    a, b = "{}一{}".format(*first), "{}二{}".format(*second)
    prose = f"依照《某条例》(某政发〔{year}〕5号)要求推进工作。"
    text = f"{issuer}{year}年度法治政府建设工作报告\n{prose}\n" + _body(year, a, b)
    report = parse_report(text)
    measures = report.sections[0]
    assert [(i.marker, i.ordinal) for i in measures.items] == [(a, 1), (b, 2)]
    assert f"〔{year}〕5号" in report.text
    assert [len(s.items) for s in report.sections] == [2, 2, 2]


_WRAPPED = ("南江省自然资源厅", "东岭省西林市北岸区人民政府", "南江省东岭市司法局")


@settings(max_examples=25, deadline=None)
@given(issuer=st.sampled_from(_WRAPPED), year=years, title=titles, data=st.data())
def test_a_title_wrapped_inside_the_issuers_name_is_rejoined(
    issuer: str, year: int, title: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(3, len(issuer) - 2))
    named = issuer + title.format(y=year)
    report = parse_report(f"{named[:at]}\n{named[at:]}\n" + _body(year))
    assert report.title is not None
    assert (report.title.replace("\n", ""), report.issuer, report.year) == (named, issuer, year)
    assert [s.kind.value for s in report.sections] == _KINDS


@settings(max_examples=25, deadline=None)
@given(issuer=st.sampled_from(_WRAPPED), year=years, title=titles, data=st.data())
def test_a_title_over_three_lines_wrapped_inside_the_name_is_rejoined(
    issuer: str, year: int, title: str, data: st.DataObject
) -> None:
    named = issuer + title.format(y=year)
    at = data.draw(st.integers(3, len(issuer) - 2))
    then = data.draw(st.integers(len(issuer) + 6, len(named) - 3))
    report = parse_report(f"{named[:at]}\n{named[at:then]}\n{named[then:]}\n" + _body(year))
    assert report.title is not None
    assert (report.title.replace("\n", ""), report.issuer, report.year) == (named, issuer, year)


_CELLS = (
    ("索引号", "11xx/{p}-0012"),
    ("发布机构", "{i}"),
    ("发布日期", "{p}-03-15"),
    ("主题分类", "其他"),
)


@settings(max_examples=25, deadline=None)
@given(
    issuer=issuers,
    year=years,
    title=titles,
    cells=st.permutations(_CELLS),
    colon=st.sampled_from(["：", ":", ""]),  # a table's label cell may have none
    gap=st.sampled_from(["\n", "\n\n", "\n \n"]),
)
def test_a_fields_value_on_the_line_below_its_label_is_its_value(
    issuer: str, year: int, title: str, cells: list[tuple[str, str]], colon: str, gap: str
) -> None:
    named = issuer + title.format(y=year)
    table = gap.join(f"{label}{colon}{gap}{value}" for label, value in cells)
    report = parse_report(table.format(i=issuer, p=year + 1) + f"\n{named}\n" + _body(year))
    assert (report.title, report.issuer, report.year) == (named, issuer, year)
    assert str(report.published) == f"{year + 1}-03-15"
    assert report.text.lstrip().startswith(named)  # no value left above the title


@settings(max_examples=25, deadline=None)
@given(issuer=issuers, year=years, clock=st.sampled_from([" 09:32", " 下午3:05"]))
def test_an_address_alone_under_a_print_header_is_its_footer(
    issuer: str, year: int, clock: str
) -> None:
    named = issuer + f"{year}年度法治政府建设工作报告"
    header = f"{year + 1}/4/9{clock} {named}"
    url = f"https://www.example.gov.cn/art/{year + 1}/4/9/art_7_1.html"
    lines = _body(year).splitlines()
    report = parse_report("\n".join([header, named, *lines[:4], url, header, *lines[4:], url]))
    assert (report.title, url in report.text, header in report.text) == (named, False, False)
    assert [len(s.items) for s in report.sections] == [2, 2, 2]


@settings(max_examples=25, deadline=None)
@given(
    year=years,
    first=st.sampled_from([("〈", "〉"), ("<", ">"), ("(", "）")]),
    second=st.sampled_from([("〈", "〉"), ("<", ">"), ("（", ")")]),
)
def test_look_alike_brackets_on_a_numbered_point_rank_with_its_siblings(
    year: int, first: tuple[str, str], second: tuple[str, str]
) -> None:
    a, b = "{}1{}".format(*first), "{}2{}".format(*second)
    points = f"(一)加强组织领导\n{a}召开会议3次。\n{b}审查文件12件。\n"
    body = _body(year).replace("(一)加强组织领导。召开专题会议3次。\n", points)
    report = parse_report(f"某县{year}年度法治政府建设工作报告\n" + body)
    children = [c.marker for c in report.sections[0].items[0].children]
    assert children == [a, b]

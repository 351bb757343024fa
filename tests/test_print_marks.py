"""A browser's print marks around a page's text, and a page's fields spaced before the colon."""

from __future__ import annotations

from fzbg import parse_report

_BODY = (
    "2021年,青禾街道坚持以习近平法治思想为指导,全面推进依法行政。现将有关情况报告如下:\n"
    "一、主要举措和成效\n(一)加强组织领导。召开专题会议5次,研究法治建设工作。\n"
    "(二)推进依法决策。审查合法性文件12件。\n二、存在的不足\n"
    "一是学法用法不够深入。二是执法队伍素质有待提高。\n三、2022年工作安排\n"
    "(一)加强学习培训。\n(二)规范执法行为。\n"
)
_TITLE = "东岭市北岸区青禾街道办事处2021年度法治政府建设工作报告"


def test_a_print_header_wider_than_the_page_is_not_joined_to_the_title() -> None:
    header = f"2022/6/22 17:45 {_TITLE}-青禾街道办事处"
    url = "http://xxgk.example.gov.cn/zfxxgk/2022/83122.html"
    lines = _BODY.splitlines()
    text = "\n".join([header, _TITLE, *lines[:9], f"{url} 1/2", header, *lines[9:], f"{url} 2/2"])
    report = parse_report(text)
    assert (report.title, report.issuer) == (_TITLE, "东岭市北岸区青禾街道办事处")
    assert header not in report.text


def test_a_space_before_a_fields_colon_is_no_lost_break() -> None:
    fields = "信息分类 :法治政府建设 发文机关 :东岭市北岸区青禾街道办事处 发布时间 :2022-05-16"
    report = parse_report(f"{fields} {_TITLE} " + _BODY.replace("\n", " "))
    assert (report.title, report.issuer, str(report.published)) == (
        _TITLE,
        "东岭市北岸区青禾街道办事处",
        "2022-05-16",
    )

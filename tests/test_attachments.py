"""A document's list of attachments between its body and its signature.

Reports sent as official documents list what they attach (附件：1.某某统计表 / 2.某某情况
表) above the signer.  The list is the closing's, not points of the last section.
Invented reports.
"""

from __future__ import annotations

import pytest

import fzbg

_BODY = (
    "长林县2023年度法治政府建设情况报告\n2023年，我县深入推进法治政府建设，现报告如下。\n"
    "一、主要举措和成效\n（一）加强组织领导。县政府常务会议研究法治工作4次。\n"
    "二、存在的不足\n执法力量不足。\n三、2024年工作安排\n（一）持续推进依法行政。\n"
)
_SIGNATURE = "长林县人民政府\n2024年3月15日\n"


@pytest.mark.parametrize(
    "attachments",
    [
        "附件：1.长林县2023年行政执法统计表\n      2.长林县2023年行政复议应诉情况表\n",
        "附件：长林县2023年行政执法统计表\n",
        "附件1：长林县2023年行政执法统计表\n附件2：长林县2023年行政复议应诉情况表\n",
        "\n附件: 1、长林县2023年行政执法统计表\n2、长林县2023年行政复议应诉情况表\n\n",
    ],
)
@pytest.mark.parametrize("sign_off", ["", "特此报告。\n"])
def test_attachments_above_the_signature_are_the_closings(attachments: str, sign_off: str) -> None:
    report = fzbg.parse_report(f"{_BODY}{sign_off}{attachments}{_SIGNATURE}")
    assert [p.title for p in report.plans] == ["持续推进依法行政"]
    assert "统计表" in report.closing
    assert "统计表" not in report.sections[-1].text
    assert report.signed is not None


@pytest.mark.parametrize("heading", ["附件1", "附件", "附件 2", "附件一"])
def test_an_attachment_printed_after_the_date_is_the_closings(heading: str) -> None:
    """However long the attachment printed after the document is, it is no point of it."""
    rows = "\n".join(f"{n}. 开展第{n}类事项执法检查，检查企业{n * 7}家。" for n in range(1, 31))
    text = f"{_BODY}{_SIGNATURE}\n{heading}\n\n长林县2023年行政执法统计表\n{rows}\n"
    report = fzbg.parse_report(text)
    assert [p.title for p in report.plans] == ["持续推进依法行政"]
    assert report.closing.startswith("长林县人民政府")
    assert report.closing.rstrip().endswith("检查企业210家。")
    assert report.signed is not None


def test_a_line_naming_an_attachment_in_the_body_closes_nothing() -> None:
    body = _BODY.replace("执法力量不足。", "执法力量不足。\n附件\n详见统计表。")
    text = f"{body}{_SIGNATURE}"
    report = fzbg.parse_report(text)
    assert "详见统计表" in report.sections[1].text
    assert report.closing.startswith("长林县人民政府")


@pytest.mark.parametrize(
    "above",
    ["（联系人：张某某，联系电话：0123-4567890）\n", "公开属性：主动公开\n", "（此件公开发布）\n"],
)
def test_a_note_above_the_signature_is_the_closings(above: str) -> None:
    report = fzbg.parse_report(f"{_BODY}{above}{_SIGNATURE}")
    assert report.closing.startswith(above.strip())
    assert above.strip() not in report.plans[-1].text

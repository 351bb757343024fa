"""Short reports written for the tests, in the genre's style (invented, not real text)."""

from __future__ import annotations

from fzbg.model import Item, Report
from fzbg.page.debris import strip_inline_debris
from fzbg.text.normalize import fold

TITLE = "松溪镇2025年度法治政府建设情况报告"

BODY = [
    "县人民政府：",
    "2025年，松溪镇坚持以习近平法治思想为指导，统筹推进依法行政各项工作。现将有关情况报告如下：",
    "一、2025年推进法治政府建设的主要举措和成效",
    "（一）加强组织领导。镇党委召开专题会议4次，研究部署法治建设工作，制定年度工作要点18项。",
    "（二）规范行政决策。严格落实重大行政决策程序，全年审查合同和规范性文件37件，合法性审查率达到100%。",
    "1.完善法律顾问制度。聘请法律顾问2名，出具法律意见书近20份。",
    "2.推进政务公开。主动公开政府信息600余条，办理依申请公开3件。",
    "（三）强化矛盾化解。建成调解室12个，调处纠纷150余起，调解成功率98.5%。",
    "二、存在的不足和原因",
    "一是法治宣传形式较为单一，群众参与度不高；二是执法人员力量不足，专业化水平有待提升；三是基层法治建设经费保障不够充分。",
    "三、党政主要负责人履行推进法治建设第一责任人职责情况",
    "镇党委书记、镇长认真履行第一责任人职责，亲自部署重要工作，亲自过问重大问题。",
    "四、2026年推进法治政府建设的主要安排",
    "（一）深化法治宣传。开展“法律进乡村”活动不少于10场次。",
    "（二）提升执法水平。组织执法人员培训3期，实现持证上岗全覆盖。",
    "特此报告。",
    "松溪镇人民政府",
    "2026年1月20日",
]

TEXT = "\n".join([TITLE, *BODY]) + "\n"
"""The report as plain simplified text, one paragraph a line."""

TRADITIONAL_TITLE = "松溪鎮2025年度法治政府建設情況報告"

TRADITIONAL_BODY = [
    "縣(xiàn)人民政府：",
    "[bookmark: _GoBack]2025年，松溪鎮堅持以習近平法治思想為指導，統(tǒng)籌推進依法行政各項工作。"
    "現將有關情況報告如下：",
    "一、2025年推進法治政府建設(shè)的主要舉措和成效",
    "（一）加強組織領導。鎮黨委召開專題會議4次，研究部署法治建設工作，制定年度工作要點18項。",
    "（二）規範行政決策。嚴格落實重大行政決策程序，全年審查合同和規範性文件37件，合法性審查率達到100%。",
    "1.完善法律顧問制度。聘請法律顧問2名，出具法律意見書近20份。",
    "2.推進政務公開。主動公開政府信息600餘條，辦理依申請公開3件。",
    "（三）強化矛盾化解。建成調解室12個，調處糾紛150餘起，調解成功率98.5%。",
    "二、存在的不足和原因",
    "一是法治宣傳形式較為單一，群眾參與度不高；二是執(zhí)法人員力量不足，專業化水平有待提升；三是基層法治建設經費保障不夠充分。",
    "三、黨政主要負責人履行推進法治建設第一責任人職責情況",
    "鎮黨委書記、鎮長認真履行第一責任人職責，親自部署重要工作，親自過問重大問題。",
    "四、2026年推進法治政府建設的主要安排",
    "（一）深化法治宣傳。開展“法律進鄉(xiāng)村”活動不少於10場次。",
    "（二）提升執法水平。組織執法人員培訓3期，實現持證上崗全覆蓋。",
    "特此報告。",
    "松溪鎮人民政府",
    "2026年1月20日",
]

TRADITIONAL = "\n".join([TRADITIONAL_TITLE, *TRADITIONAL_BODY]) + "\n"
"""The same report as a converter reposts it: traditional characters (Taiwan forms, so
that Big5 encodes it), pinyin glosses after a few characters and a Word bookmark."""


def outline(report: object) -> list[object]:
    """What must come out the same whatever the source: sections, items and sub-items.

    Headings, markers and titles are compared in the matching view with converter debris
    taken out (titles keep a gloss as written), so the traditional repost and the
    simplified text have the same outline.
    """
    assert isinstance(report, Report)

    def words(s: str | None) -> str:
        return fold(strip_inline_debris(s or "")[0])

    def item(i: Item) -> tuple[object, ...]:
        return (
            type(i).__name__,
            fold(i.marker or ""),
            i.ordinal,
            words(i.title),
            [item(c) for c in i.children],
        )

    return [
        (s.kind, words(s.heading), s.ordinal, [item(i) for i in s.items]) for s in report.sections
    ]


TRADITIONAL_BIG5 = (
    TRADITIONAL.replace("[bookmark: _GoBack]", "")
    .replace("(xiàn)", "")
    .replace("(tǒng)", "")
    .replace("(shè)", "")
    .replace("(zhí)", "")
    .replace("(xiāng)", "")
)
"""The repost without its glosses (Big5 has no tone-marked letters), as a Big5 page is."""

"""The measure words of the genre, as data.

Each :class:`Unit` is one written form that may follow a number, the unit it stands for
(simplified, without a 个 that only carries it), whether it *counts* things (a
classifier such as 件, 名, 项: ``一`` before it is usually the indefinite article) or
*measures* (time, money, percent, area: ``一`` before it is a real one), and the
characters that, right after it, show it is the first half of a word instead
(``次`` in ``一次性告知``, ``元`` in ``一元化``).  Adding a unit is one line.
"""

from __future__ import annotations

import re

import attrs
import regex

__all__ = [
    "BY_WRITTEN",
    "COUNT",
    "COUNTED_HEAD",
    "COUNTED_HEADS",
    "DURATIONS",
    "LONGEST_YEARS",
    "MEASURE",
    "TIME_AFTER_GE",
    "UNITS",
    "UNIT_HEADER",
    "Unit",
    "unit_pattern",
]

COUNT = "count"
"""A classifier: what is counted is named after it (``61件案件``, ``两名调解员``)."""
MEASURE = "measure"
"""A measure of time, money, percent or size: ``一`` before it is a number."""


@attrs.frozen
class Unit:
    """One written form of a unit that may follow a number."""

    written: str
    """The form as it stands after the number, in simplified characters (``个工作日``)."""
    unit: str
    """The unit reported in :attr:`fzbg.Quantity.unit` (``工作日``)."""
    kind: str = COUNT
    """:data:`COUNT` or :data:`MEASURE`."""
    not_before: tuple[str, ...] = ()
    """Continuations that make the form part of a longer word (``化`` for ``一元化``)."""


def _count(written: str, *not_before: str) -> Unit:
    return Unit(written, written, COUNT, not_before)


def _measure(written: str, *not_before: str) -> Unit:
    return Unit(written, written, MEASURE, not_before)


def _carried(written: str) -> Unit:
    """个 that only carries a unit of measure: ``个月`` is the unit 月."""
    return Unit(written, written.removeprefix("个"), MEASURE)


LONGEST_YEARS = 99
"""The most years a duration in the genre counts: ``2023年`` names a year, it counts none."""

# What 分 is the first half of, after a number: not a score's points (3分局, 5分类, 三分之一).
_NOT_POINTS = (
    "钟", "之", "局", "队", "类", "别", "析", "解", "级", "管", "配", "享", "散", "布", "支",
    "行", "公司", "院", "所", "会", "店", "社", "部", "成", "批", "期", "档", "层", "区", "号",
    "头", "担", "流", "离", "拆", "摊", "发", "居", "包", "片", "段", "站", "中心", "厂", "处",
    "理", "外", "明", "子", "母", "红", "秒", "贝", "工", "化", "割", "销", "组", "线",
)  # fmt: skip

UNITS: tuple[Unit, ...] = (
    # Compound counts: people-times, case-times, sessions, batches, trips, places-times.
    _count("人次"),
    _count("件次"),
    _count("场次"),
    _count("批次"),
    _count("期次"),
    _count("班次"),
    _count("课次"),
    _count("车次"),
    _count("处次"),
    _count("户次"),
    _count("台次"),
    _count("架次"),
    _count("班次"),
    _count("辆次"),
    _count("家次"),
    _count("个次"),  # 检查居住社区1008个次
    # 个 that only carries a unit of measure: the unit is the word after it.
    _carried("个工作日"),
    _carried("个工作小时"),
    _carried("个百分点"),
    _carried("个月"),
    _carried("个小时"),
    _carried("个季度"),
    _carried("个学时"),
    _carried("个课时"),
    _carried("个星期"),
    # Units of measure written without 个.
    _measure("工作日"),
    _measure("工作小时"),
    _measure("百分点"),
    _measure("小时"),
    _measure("分钟"),
    _measure("学时"),
    _measure("课时"),
    # 天: not 天津, 天然, 天下 …, nor 3天前 (ago)
    _measure("天", "津", "然", "下", "地", "气", "网", "空", "安", "河", "门", "台", "前"),
    # 周 as weeks; 75周年 and 18周岁 are anniversaries and ages.
    _measure("周", "年", "岁", "边", "期", "末", "围", "转", "知", "密", "全"),
    _measure("%"),
    # Years as a duration (连续三年, 用3年时间); not a grade (三年级), a year's issue (年度),
    # a named plan (三年行动), an age (年龄), nor 'in the past years' (三年来).  A number of
    # a hundred years or more is a year's name (2023年): see LONGEST_YEARS.
    _measure(
        "年",
        "级",
        "度",
        "龄",
        "行动",
        "计划",
        "规划",
        "攻坚",
        "代",
        "底",
        "初",
        "末",
        "内",
        "来",
        "以来",
    ),
    # Money; 万元 and 亿元 are 元 after a multiplier.  一元化, 二元结构 are words.
    _measure("元", "化", "素", "旦", "宵", "首", "老", "年", "月", "结构", "论"),
    _measure("美元"),  # 实际利用外资1.98亿美元: another currency, its own unit
    _measure("平方公里"),
    _measure("平方米"),
    _measure("立方米"),
    _measure("公里"),
    _measure("米", "面", "粮", "饭", "酒"),  # 便道约五千米; 米面, 米粮 are goods
    _measure("公顷"),
    _measure("公斤"),
    _measure("亩", "产"),
    _measure("吨"),
    # Points of a score (考核得分98.5分); not the first half of a word (分局, 分类, 分之),
    # nor, in Chinese numerals (十分重视, 三分之一), nor a clock's minutes: see quantities.
    _measure("分", *_NOT_POINTS),
    # Classifiers.
    _count("件"),
    # 十二届八次全会, 七次、八次全会: the session's number, not a count of sessions.
    _count(
        "次", "性", "要", "序", "日(?!常)", "全会", "全体会议", "(?:、[一二三四五六七八九十]+次)+全"
    ),
    _count("个", "性", "别"),
    _count("份", "额", "子", "量"),
    _count("家", "庭", "属", "长", "乡", "园", "族"),
    _count("起", "来", "步", "草", "点", "始", "航", "源", "码", "跑", "飞", "止"),
    _count("项"),
    _count("名", "称", "义", "誉", "录", "片", "牌", "列"),
    _count("人", "民", "员", "大代表", "大常委", "才"),
    _count("位", "于", "置", "列"),
    _count("户", "籍", "口", "外", "型"),
    _count("篇", "章", "幅"),
    _count("场", "所", "景", "地", "合", "馆", "域", "面", "长"),
    _count("条", "例", "件"),
    _count("支", "持", "出", "付", "撑", "援", "柱", "部", "书", "行"),
    _count("辆"),
    _count("台", "账", "阶", "湾", "风", "上", "下", "前", "州"),
    # 期 as sessions; 二期工程 is a phase.
    _count("期", "间", "限", "满", "刊", "望", "待", "盼", "货", "工程", "项目"),
    _count("批", "准", "复", "示", "评", "判", "发", "办", "转"),
    _count("宗", "教", "旨"),
    _count("张", "贴", "挂", "扬", "力", "罗", "弛"),
    _count("处", "理", "置", "罚", "分", "长", "级", "于", "室", "事", "境"),
    _count(
        "所", "有", "在", "属", "长", "以(?![上下内])", "谓", "得", "需", "述", "称", "能", "做"
    ),
    _count("轮次"),  # 评查2轮次: rounds, as 场次 are sessions
    _count("轮", "流", "换", "岗", "值"),
    _count("例", "如", "行", "会", "外"),
    _count("本", "着", "地", "身", "级", "届", "年", "次", "领", "职", "质", "人", "单位"),
    _count("册", "子"),
    _count("套", "餐", "路"),
    _count("块", "钱", "状"),
    _count("幅", "度", "员"),
    _count("座", "谈", "右", "位"),
    _count("栋"),
    # 部 for laws and regulations (地方性法规2部); 部门, 部署, 部分 are words.
    _count("部", "门", "分", "署", "队", "长", "委", "位", "件", "属", "落", "级"),
    _count(
        "门", "户", "槛", "类", "诊", "前", "口", "店", "面", "窗", "卫", "岗", "禁", "票", "式"
    ),
    _count("节", "日", "点", "约", "能", "假", "庆", "气", "目", "奏"),
    _count("种", "植", "子", "类", "养", "群"),
    _count("笔", "录", "记", "试", "者", "墨", "画"),
    _count("卷", "宗", "烟", "入"),
    _count("架", "构", "子", "设", "空"),
    _count("艘"),
    _count("封", "闭", "存", "面", "锁", "装", "顶", "控", "堵", "条", "底", "建", "山"),  # 来信6封
    _count("株", "洲", "连"),  # 补植苗木300株
    _count("票", "据", "证", "房", "价", "选", "数", "务", "面", "额"),  # 满意25票
    _count("只", "有", "要", "是", "能", "会", "限", "管", "在", "用", "需"),  # 救护鸟类12只
    _count("堂"),
    # 类 counts kinds (梳理形成5类清单); 类别, 类型, 类似 are words.
    _count("类", "别", "型", "似", "推", "比"),
)
"""Every unit fzbg reads, any order (patterns try longer forms first)."""


def unit_pattern(units: tuple[Unit, ...] = UNITS, *, spaced: bool = False) -> str:
    """Return a regex alternation of ``units``, longest first, each with its exclusions.

    The forms are grouped by their first character, one branch a character: an engine
    passes over a branch by its first literal, so it tries a few dozen branches, not a
    hundred.  Within a branch the longer forms still come first.

    Args:
        units: The units to match.
        spaced: Whether a space may stand between the characters of a form (``场 次``,
            ``人 次``): an OCR or PDF copy sets one there.  Strip it before the look-up.

    Returns:
        A pattern string for ``re`` (or ``regex``); look the matched text up in
        :data:`BY_WRITTEN`.

    Example:
        >>> import regex
        >>> BY_WRITTEN[regex.match(unit_pattern(), "个工作日内")[0]].unit
        '工作日'
        >>> regex.match(unit_pattern(), "次性告知") is None
        True

    """
    rests: dict[str, list[str]] = {}  # by first character, in the order they come
    for u in sorted(units, key=lambda u: -len(u.written)):
        guard = f"(?!{'|'.join(u.not_before)})" if u.not_before else ""
        rest = "".join(("[ ]?" if spaced else "") + regex.escape(c) for c in u.written[1:])
        rests.setdefault(u.written[0], []).append(rest + guard)
    return "|".join(f"{regex.escape(first)}(?:{'|'.join(r)})" for first, r in rests.items())


BY_WRITTEN: dict[str, Unit] = {u.written: u for u in UNITS}
"""Each unit by its written form."""

COUNTED_HEADS: dict[str, str] = {
    "案件数": "件",
    "案数": "件",
    "件数": "件",
    "人数": "人",
    "次数": "次",
}
"""A table's column head that counts a noun (收案数, 行政复议案件数, 参训人数), by the end that
names the unit of the bare figures below it: the written form of :data:`BY_WRITTEN`."""
COUNTED_HEAD = r"数(?<=[案件人次]数)(?=[ \t|]|$)"
"""Where such a head's cell ends (on the folded view): a literal first, cheap to scan for."""

DURATIONS: frozenset[str] = frozenset(
    ("年", "月", "季度", "周", "星期", "天", "工作日", "工作小时", "小时", "分钟", "学时", "课时")
)
"""The reported units that measure a span of time (``连续三年``, ``3个工作日``)."""

TIME_AFTER_GE: tuple[str, ...] = tuple(
    u.written[1:] for u in UNITS if u.written.startswith("个") and len(u.written) > 1
)
"""Units of measure that 个 carries (``个月``), for ``3个多月``."""


UNIT_HEADER = re.compile(
    r"""
    单位[ \t]*:[ \t]*                    # (单位:件), 单位:万元 (folded: full-width to half)
    (?P<mult>[百千]?万|[千万]?亿|千|)      # 万元: the figures are in ten thousands
    (?P<unit>[^()\s:,;。、]{1,4}?)         # 件, 人次, 元 (looked up in BY_WRITTEN after)
    [ \t]*\)?[ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)
"""A table's or a list's unit header: the unit of the bare figures below it.  It stands on a
line of its own or in the bracket that ends one (the caller checks what stands before);
the pattern opens with its literal, which ``re`` scans for in C."""

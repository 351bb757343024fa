"""Invented reports for comparing: a report, an edited successor, and generated corpora.

Everything here is made up in the genre's style; nothing is copied from a real report.
:func:`planted_pair` builds a report and its successor with known edits (shortcomings
copied word for word or reworded, plans carried out or dropped, indicators changed), so
that a test knows every answer.  :func:`corpus` builds many reports of distinct bodies
whose items are random text, with some sections planted in several of them.
"""

from __future__ import annotations

import random
from pathlib import Path

import attrs

from fzbg.text._t2s import SIMPLIFIED, TRADITIONAL

# Shortcomings: (last year's wording, a rewording of it).  The rewording keeps the point
# and most words, as a body that edits last year's text lightly would.
SHORTCOMINGS = [
    (
        "部分干部运用法治思维和法治方式解决问题的能力还不够强，学法用法的自觉性有待提高。",
        "部分干部运用法治思维和法治方式解决问题的能力仍然不强，学法用法自觉性还需进一步提高。",
    ),
    (
        "镇村两级法治建设经费投入不足，法治文化阵地建设标准不高，作用发挥不明显。",
        "镇村两级法治建设经费投入仍显不足，法治文化阵地建设标准还不高，作用发挥不够明显。",
    ),
    (
        "普法宣传的针对性和实效性不强，面向重点人群的普法形式较为单一。",
        "普法宣传针对性和实效性仍不够强，面向重点人群的普法形式还比较单一。",
    ),
    (
        "基层矛盾纠纷多元化解机制不够健全，人民调解员队伍年龄结构偏大。",
        "基层矛盾纠纷多元化解机制还不够健全，人民调解员队伍年龄结构仍然偏大。",
    ),
    (
        "规范性文件备案审查工作还存在薄弱环节，个别文件报备不够及时。",
        "规范性文件备案审查仍有薄弱环节，个别文件报备还不够及时。",
    ),
    (
        "政务公开的深度和广度还需拓展，政策解读形式不够丰富。",
        "政务公开深度和广度仍需拓展，政策解读的形式还不够丰富。",
    ),
]

# New shortcomings of the successor, unrelated to any of last year's.
NEW_SHORTCOMINGS = [
    "数字化执法平台应用不充分，案件信息录入滞后，数据共享渠道尚未完全打通。",
    "公共法律服务资源分布不均衡，偏远村居的法律援助获取渠道较少。",
    "行政复议应诉工作经费保障不足，专职工作人员流动较频繁。",
]

# Plans: (last year's plan, this year's measure that carries it out).
PLANS = [
    (
        "深化法治宣传教育。开展法律进乡村活动，培育农村学法用法示范户。",
        "深化法治宣传教育。全年开展法律进乡村活动26场次，新培育农村学法用法示范户40户。",
    ),
    (
        "提升行政执法水平。组织执法人员业务培训，实现持证上岗全覆盖。",
        "提升行政执法水平。组织执法人员业务培训3期，执法人员持证上岗实现全覆盖。",
    ),
    (
        "健全矛盾纠纷化解机制。完善人民调解组织网络，推进调解室规范化建设。",
        "健全矛盾纠纷化解机制。完善村级人民调解组织网络，新建规范化调解室8个。",
    ),
    (
        "加强合法性审查。落实重大行政决策合法性审查制度，做到应审必审。",
        "加强合法性审查。严格落实重大行政决策合法性审查制度，全年审查事项45件，应审必审。",
    ),
]

# Plans that the successor drops: nothing in its measures carries them out.
DROPPED_PLANS = [
    "推进智慧司法建设。建成镇级公共法律服务智能终端，实现远程视频咨询。",
    "优化营商法治环境。开展涉企收费专项清理，编制企业合规指引手册。",
]

# An indicator measure: (last year's, this year's).  Penalty cases 36 → 52, the court
# appearance rate 100% → 95%, reconsideration cases 5 → 5.
INDICATOR_MEASURES = (
    "规范行政执法。全年办理行政处罚案件36件，行政机关负责人出庭应诉率100%，受理行政复议案件5件。",
    "规范行政执法。全年办理行政处罚案件52件，行政机关负责人出庭应诉率95%，受理行政复议案件5件。",
)
CHANGED = {"penalty-cases": (36, 52), "court-appearance-rate": (100, 95)}
UNCHANGED = {"reconsideration-cases": 5}

# Measures of the successor that follow no plan.
OTHER_MEASURES = [
    "加强组织领导。镇党委召开专题会议4次，研究部署法治建设重点任务，压实各部门责任。",
    "推进政务公开。主动公开政府信息620条，办理依申请公开5件，均按期答复。",
]

CHROME_TOP = "首页 > 政务公开 > 法治政府建设\n发布时间：{date} 来源：{issuer} 浏览次数：128\n"
CHROME_BOTTOM = "\n【打印本页】 【关闭窗口】\n分享到："

_NUM = "一二三四五六七八九十"


@attrs.frozen
class Pair:
    """A report, its successor and what was planted in it."""

    previous: str
    current: str
    copied: tuple[int, ...]
    """Indexes in the successor's shortcomings of those copied word for word."""
    reworded: tuple[int, ...]
    """Indexes in the successor's shortcomings of those reworded from last year."""
    fresh: tuple[int, ...]
    """Indexes in the successor's shortcomings that are new."""
    carried_out: tuple[int, ...]
    """Indexes in the previous report's plans that a successor measure carries out."""
    dropped: tuple[int, ...]
    """Indexes in the previous report's plans that none carries out."""


def report_text(
    issuer: str,
    year: int,
    *,
    measures: list[str],
    shortcomings: list[str],
    plans: list[str],
    duty: str = "党政主要负责人认真履行第一责任人职责，亲自部署重要工作，亲自过问重大问题。",
    chrome: bool = False,
    published: str | None = None,
) -> str:
    """The text of a report with these items, in the statutory order."""
    lines = [f"{issuer}{year}年度法治政府建设情况报告", "县人民政府："]
    lines.append(f"{year}年，{issuer}坚持依法行政，统筹推进法治政府建设。现将有关情况报告如下：")
    lines.append(f"一、{year}年推进法治政府建设的主要举措和成效")
    lines += [f"（{_NUM[i]}）{m}" for i, m in enumerate(measures)]
    lines.append("二、党政主要负责人履行推进法治建设第一责任人职责情况")
    lines.append(duty)
    lines.append("三、存在的不足和原因")
    lines += [f"{_NUM[i]}是{s}" for i, s in enumerate(shortcomings)]
    lines.append(f"四、{year + 1}年推进法治政府建设的主要安排")
    lines += [f"（{_NUM[i]}）{p}" for i, p in enumerate(plans)]
    lines += ["特此报告。", issuer + "人民政府", f"{year + 1}年1月20日"]
    text = "\n".join(lines)
    if chrome:
        top = CHROME_TOP.format(date=published or f"{year + 1}-01-25", issuer=issuer)
        text = lines[0] + "\n" + top + "\n".join(lines[1:]) + CHROME_BOTTOM
    return text


def planted_pair(
    issuer: str = "松溪镇", year: int = 2024, *, chrome: bool = False, late: bool = False
) -> Pair:
    """A report and its edited successor: 2 shortcomings copied, 2 reworded, 2 new;
    4 plans carried out, 2 dropped."""
    old_shortcomings = [s for s, _ in SHORTCOMINGS[:4]]
    old_plans = [p for p, _ in PLANS] + DROPPED_PLANS
    previous = report_text(
        issuer,
        year,
        measures=[*OTHER_MEASURES, INDICATOR_MEASURES[0]],
        shortcomings=old_shortcomings,
        plans=old_plans,
        chrome=chrome,
    )
    new_shortcomings = [
        NEW_SHORTCOMINGS[0],
        SHORTCOMINGS[0][0],  # copied
        SHORTCOMINGS[1][1],  # reworded
        NEW_SHORTCOMINGS[1],
        SHORTCOMINGS[2][1],  # reworded
        SHORTCOMINGS[3][0],  # copied
    ]
    current = report_text(
        issuer,
        year + 1,
        measures=[
            OTHER_MEASURES[0],
            PLANS[2][1],
            INDICATOR_MEASURES[1],
            PLANS[0][1],
            PLANS[3][1],
            PLANS[1][1],
        ],
        shortcomings=new_shortcomings,
        plans=[NEW_SHORTCOMINGS[2].replace("不足", "保障"), DROPPED_PLANS[0]],
        chrome=chrome,
        published=f"{year + 2}-05-12" if late else None,
    )
    return Pair(previous, current, (1, 5), (2, 4), (0, 3), (0, 1, 2, 3), (4, 5))


_S2T = {s: t for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True) if len(s) == 1}


def traditional(text: str) -> str:
    """``text`` in traditional characters, as a Hong Kong or Taiwan mirror would give it."""
    return "".join(_S2T.get(c, c) for c in text)


# Characters for random passages: the simplified forms that have a traditional one, a
# few thousand common characters, so that two random passages share almost no shingle.
_POOL = sorted({c for c in SIMPLIFIED if "\u4e00" <= c <= "\u9fff"})

_LEADS = ["加强组织领导", "推进依法决策", "严格规范执法", "化解矛盾纠纷", "深化法治宣传"]


def _passage(rng: random.Random, n: int = 60) -> str:
    words = "".join(rng.choice(_POOL) for _ in range(n))
    return f"{rng.choice(_LEADS)}。{words[: n // 2]}，{words[n // 2 :]}。"


@attrs.frozen
class Corpus:
    """Generated reports of distinct bodies and the items planted in several of them."""

    texts: tuple[str, ...]
    planted: tuple[tuple[str, tuple[int, ...]], ...]
    """Each planted item's text and the reports (by position) that have it."""


def corpus(n: int, *, groups: int, seed: int = 16) -> Corpus:
    """``n`` reports, each by its own body, with ``groups`` passages shared by 2–4 of them
    (word for word, or with two characters changed): every third a whole section (the
    duties section), the others a measures item."""
    rng = random.Random(seed)
    measures = [[_passage(rng) for _ in range(3)] for _ in range(n)]
    duties = [_passage(rng, 40) for _ in range(n)]
    planted = []
    free = list(range(n))  # a report has at most one planted passage
    rng.shuffle(free)
    for g in range(groups):
        text = _passage(rng, 80)
        owners = tuple(sorted(free.pop() for _ in range(rng.randint(2, 4))))
        slot = rng.randrange(3)
        for k, owner in enumerate(owners):
            copy = text if k % 2 == 0 else text[:20] + "两项" + text[22:]
            if g % 3 == 0:
                duties[owner] = copy
            else:
                measures[owner][slot] = copy
        planted.append((text, owners))
    texts = tuple(
        report_text(
            f"{_body(i)}镇",
            2024,
            measures=measures[i],
            shortcomings=[_passage(rng, 40) for _ in range(2)],
            plans=[_passage(rng, 40) for _ in range(2)],
            duty=duties[i],
        )
        for i in range(n)
    )
    return Corpus(texts, tuple(planted))


def _body(i: int) -> str:
    """A distinct two- or three-character place name for each number."""
    digits = []
    while True:
        i, d = divmod(i, len(_POOL))
        digits.append(_POOL[d])
        if i == 0:
            break
    return "".join(digits).rjust(2, "东")


# Invented body names for folders of generated reports.
BODIES = ["松溪镇", "竹林镇", "青石街道", "白沙乡", "东湖街道", "桃源镇", "云岭乡", "北塘街道"]


def review_folder(folder: Path, n: int, shared: Path | None = None) -> list[str]:
    """Fill ``folder`` with ``n`` report files: the real seeds and corpus openings from
    ``shared`` when given (never copied into the project, only into ``folder``), the rest
    generated pairs (some with page chrome, some in traditional script, some late)."""
    names: list[str] = []
    if shared is not None:
        for sub in ("seeds", "corpus"):
            for path in sorted((shared / sub).glob("*.txt"))[: n // 2 - len(names)]:
                names.append(f"{sub}-{path.name}")
                (folder / names[-1]).write_bytes(path.read_bytes())
    k = 0
    while len(names) < n:
        body, year = BODIES[k % len(BODIES)] + ("" if k < len(BODIES) else str(k)), 2023
        pair = planted_pair(body, year, chrome=k % 2 == 0, late=k % 3 == 0)
        convert = traditional if k % 4 == 3 else str
        for text, y in ((pair.previous, year), (pair.current, year + 1))[: n - len(names)]:
            names.append(f"generated-{k:02d}-{y}.txt")
            (folder / names[-1]).write_text(convert(text), encoding="utf-8")
        k += 1
    return names

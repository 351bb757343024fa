"""The administrative level of a reporting body, read from how its name ends.

The name is read on its folded view, so 桐廬縣 is a county like 桐庐县.

A table of data, tried in order: a department's name (某某市司法局) ends in its office,
which says more than the place before it; then the place's own ending.  A name ending in
市 is taken as a city, so a county-level city (临海市) reads as a city: the name alone does
not tell them apart.  A party committee (中共某某县委, 中共某某镇委员会) is read as its
place, as it signs beside that place's government.
"""

from __future__ import annotations

import re

from fzbg.genre.bodies import first_name
from fzbg.text.normalize import fold

__all__ = ["LEVELS", "level_of"]

# The words a government's name may end in after the place: 某某县人民政府, 某某街道办事处,
# a zone's 管委会 (管理委员会), a prefecture's 行政公署.
_GOVERNMENT = r"(?:人民政府|政府|办事处|管委会|管理委员会|行政公署)?$"
# A party committee named for its place (中共某某县委, 中共某某镇委员会, 中共某某街道
# 工作委员会, 某某县委, 某某镇党委, 某某街道党工委), or a department's party group (中共某某
# 县司法局党组): the place's or the department's ending is read under its committee's
# words.  Without 中共, only a place's own ending before 委 makes one: 某某县委, not
# 发展和改革委.
_PARTY = re.compile(
    r"中共(?P<named>.+?)(?:工作委员会|委员会|党工委|党委|党组|委)"
    r"|(?P<place>.+?(?:省|市|县|区|州|旗|盟))委"
    r"|(?P<unit>.+?)(?:党工委|党委|党组)"
)
# Joint issuers: 中共某县委 某县人民政府, 某县委、县政府, 某街道党工委、办事处; or run
# together, the committee straight before the government: 某镇党委政府, 某街道党工委办事处.
_JOINT = re.compile(r"[\s、]+|(?:(?<=党委)|(?<=党工委))(?=人民政府|政府|办事处)")

LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 司法局, 教育厅, 卫生健康委员会, 农业农村部, 政府办公室, 某某海关, 消防救援大队: a
    # department of a government or an agency of the state
    # (not a zone's 管理委员会 nor a prefecture's 行政公署, which govern a territory)
    (
        "department",
        re.compile(
            r"(?:局|厅|(?<!管理)委员会|委|部|办公室|办公厅|(?<!街道)办|中心|(?<!行政公)署|院"
            # 消防救援大队, 市场监管所, 气象站, 残联; 科协, 总工会, 档案馆
            r"|队|所|站|海关|联合会|联合社|协会|工会|红十字会|馆)$"
        ),
    ),
    # 古城街道, 海滨街, 某某镇人民政府, 某某乡, 某某苏木 (a town in Inner Mongolia), 某某街道办
    ("township", re.compile(r"街道办$|(?:街道?|镇|乡|苏木)" + _GOVERNMENT)),
    # 静海区, 新县, 某某旗 (not a prefecture, 某某地区, nor 自治区: tried before)
    ("county", re.compile(r"(?:(?<!地)区|县|旗)" + _GOVERNMENT)),
    # 淮安市人民政府, 某某自治州, 某某盟, 某某地区行政公署
    ("city", re.compile(r"(?:市|州|盟|地区)" + _GOVERNMENT)),
    # 安徽省人民政府, 内蒙古自治区
    ("province", re.compile(r"(?:省|自治区)" + _GOVERNMENT)),
)
"""(level, the ending that shows it), tried in order; 自治区 is matched before 区 below."""


def level_of(issuer: str | None) -> str | None:
    """The level of ``issuer``: department, township, county, city or province, or None.

    >>> [level_of(x) for x in ("古城街道", "静海区", "淮安市人民政府", "某某市司法局", None)]
    ['township', 'county', 'city', 'department', None]
    >>> level_of("内蒙古自治区人民政府"), level_of("桐廬縣")
    ('province', 'county')
    >>> [level_of(x) for x in ("某某地区行政公署", "某某苏木", "中共某某镇委员会")]
    ['city', 'township', 'township']
    >>> [level_of(x) for x in ("某某省委、省政府", "某某街道党工委、办事处", "某某县发改委")]
    ['province', 'township', 'department']
    >>> level_of("中共某某县水利局党组"), level_of("中共某某县水利局党组 某某县水利局")
    ('department', 'department')
    >>> level_of("某某镇党委政府"), level_of("某某街道党工委办事处")
    ('township', 'township')

    """
    # Of joint issuers, the last named that shows a level (the government: 某县人民政府);
    # a bare 办事处 or 政府 after its place's committee shows none, the committee does.
    names = _JOINT.split(fold(issuer)) if issuer else []
    for joint in reversed(names):
        party = _PARTY.fullmatch(joint)
        name = (party["named"] or party["place"] or party["unit"]) if party else joint
        name = first_name(name)  # 某某县农业农村局(某某县乡村振兴局): the first name's level
        for level, ending in _ORDER:
            if ending.search(name):
                return level
    return None


# 自治区 ends in 区: the province row is tried before the county row.
_ORDER = (LEVELS[0], LEVELS[1], LEVELS[4], LEVELS[2], LEVELS[3])

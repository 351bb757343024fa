"""The administrative level of a reporting body, read from how its name ends.

A table of data, tried in order: a department's name (某某市司法局) ends in its office,
which says more than the place before it; then the place's own ending.  A name ending in
市 is taken as a city, so a county-level city (临海市) reads as a city: the name alone does
not tell them apart.
"""

from __future__ import annotations

import re

__all__ = ["LEVELS", "level_of"]

# The words a government's name may end in after the place: 某某县人民政府, 某某街道办事处.
_GOVERNMENT = r"(?:人民政府|政府|办事处|管委会)?$"

LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 司法局, 教育厅, 卫生健康委员会, 农业农村部, 政府办公室: a department of a government
    ("department", re.compile(r"(?:局|厅|委员会|委|部|办公室|办公厅|中心|署|院)$")),
    # 古城街道, 某某镇人民政府, 某某乡
    ("township", re.compile(r"(?:街道|镇|乡)" + _GOVERNMENT)),
    # 静海区, 新县, 某某旗
    ("county", re.compile(r"(?:区|县|旗)" + _GOVERNMENT)),
    # 淮安市人民政府, 某某自治州, 某某盟
    ("city", re.compile(r"(?:市|州|盟)" + _GOVERNMENT)),
    # 安徽省人民政府, 内蒙古自治区
    ("province", re.compile(r"(?:省|自治区)" + _GOVERNMENT)),
)
"""(level, the ending that shows it), tried in order; 自治区 is matched before 区 below."""


def level_of(issuer: str | None) -> str | None:
    """The level of ``issuer``: department, township, county, city or province, or None.

    >>> [level_of(x) for x in ("古城街道", "静海区", "淮安市人民政府", "某某市司法局", None)]
    ['township', 'county', 'city', 'department', None]
    >>> level_of("内蒙古自治区人民政府")
    'province'

    """
    if not issuer:
        return None
    for level, ending in _ORDER:
        if ending.search(issuer):
            return level
    return None


# 自治区 ends in 区: the province row is tried before the county row.
_ORDER = (LEVELS[0], LEVELS[1], LEVELS[4], LEVELS[2], LEVELS[3])

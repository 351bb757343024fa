"""The page's date as sites set it among the head lines of a report's page.

:mod:`fzbg.page.title` reads the head lines these match as page metadata: a date alone,
one in brackets after the title, one opening a line of fields, and one that a copy ran on
into the report's first sentence.
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.bodies import BODY_NAME
from fzbg.genre.chrome import LABEL_WORDS
from fzbg.genre.dates import CLOCK, DATE

__all__ = [
    "BARE_DATE",
    "DATE_THEN_BODY",
    "DATE_THEN_FIELDS",
    "DATE_THEN_PROSE",
    "GAP_THEN_YEAR",
    "LISTED_DATE",
    "VALUE_THEN_DATE",
]

# A date alone on a line of the head, its label lost or left on the line above (发布日期:).
BARE_DATE = regex.compile(rf"{DATE}日?(?:{CLOCK})?")
# The date a site's list of articles puts in brackets after a title: 某县…报告 [2024-03-28],
# or after a space (the group ``open`` unmatched), where what it follows must be a title
# (省政府办公厅 2022-03-15 is a row of fields): 某县…报告 2024-03-28; not the document's own
# date, which says 年: （2024年3月5日）.  The body that posted it may stand between, as a
# site's list sets its columns: 某局…报告 某局 2020-06-08.
_LISTED = rf"(?P<date>(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:{CLOCK})?)"
LISTED_DATE = regex.compile(
    rf"(?:[ ]*(?P<open>[\[【]){_LISTED}[\]】]|(?:[ ]+(?P<body>{BODY_NAME}))?[ ]+{_LISTED})$"
)
# A date that opens a line of fields, its label left off: 2024年03月28日 10:21 来源:….
DATE_THEN_FIELDS = regex.compile(rf"(?P<date>{BARE_DATE.pattern})[ \t|]+(?=(?:{LABEL_WORDS}) ?:)")
# ...or the page's date and the body that posted it, with no label at all: 2026-01-20
# 17:01 | 某市水务局; a bar or the clock tells it from a byline (2024年1月8日 某县司法局).
DATE_THEN_BODY = regex.compile(
    rf"(?P<date>{DATE}日?{CLOCK})[ \t]*[ \t|][ \t]*(?P<body>{BODY_NAME})"
    rf"|(?P<date>{BARE_DATE.pattern})[ \t]*\|[ \t]*(?P<body>{BODY_NAME})"
)

# A page's date that a copy ran on into the report's first sentence: the date (maybe after
# a byline's name: 省政府办公厅 2022-03-15 2021年,…), the space that stood for the break, and
# words that reach a clause's stop (a date's line has none).
DATE_THEN_PROSE = regex.compile(
    rf"(?:[^\s\d:,。;]{{2,24}}[ \t]+)?(?P<date>{BARE_DATE.pattern})[ \t]+"
    r"(?=[^\s:][^:\n]{0,60}?[,。;])"
)
# A field's value with the page's date after it, past a space (来源:某县司法局 2024-03-28).
VALUE_THEN_DATE = regex.compile(rf"(?P<value>.*?[^\d\s])[ \t|]+(?P<date>{DATE}日?(?:{CLOCK})?)")
GAP_THEN_YEAR = re.compile(r"[ \t|](?:19|20)")  # what every such date has: most values lack it

"""What a browser prints around a web page: its header and footer lines.

A page printed from a browser (and the PDF of it, and that PDF's text) carries, on every
sheet, a header with the date and time of printing and the page's ``<title>``
(``2024/3/15 09:32 某区2023年度…报告-某区人民政府网``, or ``下午3:05``, or no time), and a
footer with the page's address and the sheet's number of the sheets
(``www.….gov.cn/art/2024/3/15/art_1_2.html 1/4`` with its scheme, either way round).  Both are
the browser's, not the report's; :mod:`fzbg.page.printed` cuts them.
"""

from __future__ import annotations

from fzbg.genre.chrome import PAGE_FRACTION, PAGE_NUMBER
from fzbg.genre.dates import ARABIC_YEAR

__all__ = ["PRINT_ADDRESS", "PRINT_FOOTER", "PRINT_HEADER", "URL_OPENERS"]

URL_OPENERS = ("://", "www.")
"""What an address holds: a footer is looked for only in a view that holds one."""

_URL = r"(?:(?:https?|file)://|www\.)\S+"  # a saved file's path may hold its title
# The sheet of sheets: 1/4, 2 / 4, or as a page number is written, 第1页 共4页.
_SPACED_SLASH = r"[ \t]?/[ \t]?"
_SHEET = PAGE_FRACTION.replace("/", _SPACED_SLASH) + "|" + PAGE_NUMBER
_INDENT = r"^[ \t]*"
PRINT_FOOTER = rf"{_INDENT}(?:{_URL}[ \t]+(?:{_SHEET})|(?:{_SHEET})[ \t]+{_URL})[ \t]*$"
"""A printed page's footer line: the page's address and its sheet number, either first."""
PRINT_ADDRESS = rf"{_INDENT}{_URL}[ \t]*$"
"""A footer that gives the page's address alone: print furniture only where the text
shows other print marks (a report may list an address on a line of its own)."""
# The printing date is the browser's short form (2024/3/15), maybe with a clock (09:32,
# 下午3:05, 3:05 PM), then the page's <title>: words, never a sentence's stop.
_CLOCK = r"(?:上午|下午)?[ \t]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AP]M)?"
PRINT_HEADER = (
    rf"{_INDENT}{ARABIC_YEAR}/[0-9]{{1,2}}/[0-9]{{1,2}}(?P<clock>[ \t]+{_CLOCK})?"
    r"[ \t]+(?P<page>[^\n。;!?]{4,120})$"
)
"""A printed page's header line: the printing date and maybe its clock (group ``clock``),
then the page's title (group ``page``)."""

"""A realistic example report shipped with fzbg, for the demo, the docs and the tests.

The report (``report.txt``) is invented from start to finish: 青禾街道, 青岚区, their
documents, numbers and people do not exist.  It is written in the genre's voice and
carries its usual features: a title, a line of page chrome, an addressee, the four
statutory sections with run-in and line headings, ``1、`` children, ``一是……二是……``
enumerations, quantities of every kind and citations of laws and 文号.

>>> text = example_report_text()
>>> text.splitlines()[0]
'青禾街道2025年度法治政府建设情况报告'
>>> text.rstrip().endswith("2026年1月10日")
True
"""

from __future__ import annotations

from importlib import resources

__all__ = ["example_report_text"]

_REPORT = "report.txt"


def example_report_text() -> str:
    """Return the text of the example report shipped with fzbg.

    The report is the invented 《青禾街道2025年度法治政府建设情况报告》, about 3,000
    characters long, as a web page would give it (one line of page chrome included).

    Returns:
        The report's text, decoded from UTF-8.

    Examples:
        >>> example_report_text().count("特此报告。")
        1

    """
    return resources.files(__name__).joinpath(_REPORT).read_text(encoding="utf-8")

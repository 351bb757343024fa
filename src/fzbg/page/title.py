"""The head of a report's page: the title, and the page's fields around it.

:mod:`fzbg.page.strip` hands this the lines above the report proper (:func:`_head`);
the head lines that are page metadata are read and cut in :mod:`fzbg.page.head_fields`,
and here the title is found among the rest (:func:`_find_title`), with the chrome above
it and its repeats below (a model-essay site's frame is cut in :mod:`fzbg.page.frame`).
Every cut is a :data:`Cut` for :mod:`fzbg.page.strip` to make.
"""

from __future__ import annotations

import re

import regex

from fzbg.genre.bodies import ADDRESSEE_LINE, BODY_ENDINGS, BODY_NAME, DATED_BYLINE, PLACE_WORDS
from fzbg.genre.chrome import LABEL, LABELS_UNSPACED
from fzbg.genre.dates import DATE, OPENING, YEAR
from fzbg.genre.markers import MARKED
from fzbg.page.head_fields import FIELD_LINE, Cut, HeadLine, add_dated, may_hold_fields, whole
from fzbg.page.rows import titled_row
from fzbg.page.story import LEAD_IN, hands_over, reposted, story_above
from fzbg.page.title_line import (
    PLAN_JOINS,
    SITUATION,
    TOPICS,
    behind_chrome,
    over_own_title,
    placed_first,
    wrapped_name,
    wrapped_title,
)
from fzbg.page.title_line import TITLE as _TITLE

__all__ = ["Cut", "HeadLine", "titled_row"]

# Plain stdlib ``re``: the date is ASCII digits and separators, which it finds faster.
_DATE = re.compile(DATE)


# A title that names only the matter (SITUATION) names the year too, or stands over the
# addressee line or over the preamble's opening: 2023年, 今年以来, and the comma.
_YEAR = re.compile(YEAR)
_OPENS_PREAMBLE = regex.compile(rf"\s*{OPENING}")
# The first line of a title broken over two lines is the issuer's name (no field's label).
_ORG_LINE = regex.compile(rf"(?!(?:{LABELS_UNSPACED})[ :])(?:{BODY_NAME})")
# ...or that name and the year reported on (青竹镇2025年 / 法治政府建设年度报告).
_ORG_YEAR_LINE = regex.compile(_ORG_LINE.pattern + r" ?(?:19|20)[0-9][0-9] ?年度?")
# ...or the year alone, between the name and the genre's words (某县人民政府 / 2023年 /
# 法治政府建设情况报告).
_YEAR_LINE = re.compile(YEAR + "度?")
# A line opening with an enumeration marker (一、 (一) 1、 第一部分) is report, not page head.
# The shape is genre.markers' (lex builds its marker styles on it too), compiled by the
# stdlib ``re``, which matches it in a third of the time on each line it tries.
_MARKED = re.compile(MARKED.pattern)
# The date a report was delivered to a congress, under its title, is the document's own:
# ——2023年1月12日在市第十七届人民代表大会第二次会议上.
_DELIVERED = regex.compile(r"在.{2,40}?(?:会议|大会|会)上")
_SQUASH = regex.compile(r"[\s\p{P}]+")
# A repeat may drop or add the year's 年 or 度 or a 的 (某镇2022年…总结 / 某镇2022…总结).
_LOOSE = regex.compile(r"[年度的]+")
# A bilingual page's header under the title: its words in English, no Han character.
_LATIN_LINE = re.compile(r"[A-Za-z][A-Za-z0-9'’&.,:()\-–]*(?: [A-Za-z0-9'’&.,:()\-–]+){2,}")
_HEAD_LINES = 40  # the title stands near the top (in lines with words), or nowhere
_SHORT_END = 12  # the longest second line of a title broken anywhere: 工作情况的报告


_LIST_BULLETS = " \t•·"  # what a line of a page's bulleted list opens with


def _head(view: str, chrome: set[int], inline: list[Cut]) -> list[HeadLine]:
    """The lines above the report proper, chrome and blank lines left out.

    Inline debris in a line (``[bookmark: _GoBack]`` before the title) is blanked out of
    its words, so that the title is read past it.
    """
    head: list[HeadLine] = []
    pos = seen = 0
    while seen < _HEAD_LINES and (pos := _words_from(view, pos)) <= len(view):
        end = view.find("\n", pos)
        end = len(view) if end < 0 else end
        line = view[pos:end]
        if inline and inline[0][0] < end:
            line = _blank(line, pos, inline)
        words = line.strip(_LIST_BULLETS)  # • 发布日期 / • 2025-02-17: a list's bullets
        seen += bool(words)
        if words and pos not in chrome:
            if not head and _stopped_title(words):
                words = words[:-1]  # the first line a title, typed with a stop after it
            elif ("。" in words or _addressed(words) or _MARKED.match(words)) and not (
                LEAD_IN.fullmatch(words) or story_above(view, pos)
            ):
                add_dated(head, words, pos, line)
                break
            fields = may_hold_fields(words) and FIELD_LINE.match(words)
            if len(words) > 60 and not (fields or hands_over(words)):
                add_dated(head, words, pos, line)
                break  # a long row of fields (a page that lost its line breaks) goes on
            head.append(
                HeadLine(pos, end, words, pos + len(line) - len(line.lstrip(_LIST_BULLETS)))
            )
        pos = end + 1
    return head


_WORD = re.compile(r"\S")


def _addressed(words: str) -> bool:
    """Whether ``words`` end as an addressee's line does, not as an empty field (主题词:)."""
    return words.endswith(":") and not LABEL.fullmatch(words)


def _stopped_title(words: str) -> bool:
    """Whether ``words`` are a title typed with a stop after it: 某县…年度报告。."""
    return words.endswith("。") and words.count("。") == 1 and bool(_TITLE.fullmatch(words[:-1]))


def _words_from(view: str, pos: int) -> int:
    """Where the first line at or after line start ``pos`` that holds words opens.

    One past the end when none does.  Blank lines, however many a page puts between its
    lines, count nothing and are passed over in one scan.
    """
    found = _WORD.search(view, pos)
    if found is None:
        return len(view) + 1
    return view.rfind("\n", pos, found.start()) + 1 or pos


def _blank(line: str, start: int, inline: list[Cut]) -> str:
    """``line`` (at ``start``) with the inline debris in it turned into spaces.

    Built in one join: a long line may hold thousands of pieces of debris, and
    re-slicing the line for each would take time quadratic in its length.
    """
    end = start + len(line)
    pieces: list[str] = []
    at = 0  # how much of the line is in pieces
    for s, e, _ in inline:
        if s >= end:
            break
        lo, hi = max(s - start, at), min(e, end) - start
        if hi > lo:
            pieces += [line[at:lo], " " * (hi - lo)]
            at = hi
    pieces.append(line[at:])
    return "".join(pieces)


# What a site or the document puts on the title's line around it: a column tag in front
# (【工作报告】, [政务公开]), the document's own 文号 (某府文〔2023〕12号), and 《》 around
# the title; or an account's tag set off by a bar, a bang or a colon (一图读懂|, 重磅!,
# 权威发布:) before a whole title (a body's name before a colon is the issuer's, no tag).
_TAG_MARKS = "|!:"
_TITLE_TAG = regex.compile(
    r"(?:【[^】]{1,12}】|\[[^\]\s]{1,12}\]|[^\s《》]{1,12}[〔\[(](?:19|20)\d\d[〕\])]\d{1,4}号"
    rf"|[^\s《》{_TAG_MARKS}]{{1,12}}[ ]?(?P<mark>[|!]|(?<!(?:{BODY_ENDINGS}) ?):))[ ]*"
)
_TAG_REACH = 14  # how far into its line the bar or bang of such a tag stands


# The dash a subtitle opens with, under a report's headline (——某县2023年度…报告): the
# title is what follows it.
_SUBTITLE_DASHES = "—–-"
# What a page may set around a whole title: 《…》, 【…】 (a headline's brackets), “…”, and
# the corner quotes of a text in traditional script, 「…」, 『…』.
# A typist or OCR may close one with another's closing mark (《…）, “…》).
_AROUND = {"《": "》", "【": "】", "“": "”", "「": "」", "『": "』"}
_CLOSES = (*_AROUND.values(), ")")
_OPENS = ("[", *_AROUND)  # what a tag or the marks around a title open with


def _unwrap(line: HeadLine) -> tuple[HeadLine, list[Cut]]:
    """``line`` without the tag, 文号, 《》 or dash that stand around a title on it, and cuts.

    Chrome glued before the title (:func:`~fzbg.page.title_line.behind_chrome`) is taken
    off first.
    """
    words, first = line.words, line.first
    cuts: list[Cut] = []
    if (behind := behind_chrome(words)) > 0:
        cuts.append((first, first + behind, "page-chrome"))
        words, first = words[behind:], first + behind
        line = line._replace(words=words, first=first)
    if words.startswith(tuple(_SUBTITLE_DASHES)):  # ——某县2023年度…报告, under a headline
        dashed = len(words) - len(words.lstrip(_SUBTITLE_DASHES + " "))
        cuts.append((first, first + dashed, "page-chrome"))  # reported, never silently lost
        words, first = words[dashed:], first + dashed
        line = line._replace(words=words, first=first)
    if not (words.startswith(_OPENS) or "号" in words or _tag_mark(words)):
        return line, cuts  # most lines: no tag, no 文号, no 《 to take off
    if (m := _TITLE_TAG.match(words)) and (
        _TITLE.fullmatch(words, m.end()) if m["mark"] else m.end() < len(words)
    ):
        cuts.append((first, first + m.end(), "page-chrome"))
        words, first = words[m.end() :], first + m.end()
    if words[:1] in _AROUND and words.endswith(_CLOSES) and words[0] not in words[1:]:
        cuts += [
            (first, first + 1, "page-chrome"),
            (first + len(words) - 1, line.end, "page-chrome"),
        ]
        words, first = words[1:-1], first + 1
    return line._replace(words=words, first=first), cuts


def _tag_mark(words: str) -> bool:
    """Whether a bar or a bang stands near the start of ``words``, as after a tag."""
    return any(words.find(mark, 0, _TAG_REACH) > 0 for mark in _TAG_MARKS)


_JOINS = tuple(PLAN_JOINS)  # what joins a report's name to its plans' (…报告和 / 2023年…)


def _split(first: str, second: str, *, whole: bool = False) -> bool:
    """Whether a title may be broken after ``first``, ``second`` being its next line.

    Its first half is the issuer's name, maybe with the year (某县人民政府 / 2022年度…报告,
    某镇2025年 / 法治政府建设年度报告), but not over a title that names a body of a place
    first (the name is then a site's banner: 某市人民政府 / 某市2023年…报告; a place alone,
    某省某市 / 某区人民政府2023年…, is a name a wrap parted), or the year alone
    (2023年 / 法治政府建设情况报告), or joint bodies broken after their comma
    (中共某县委、 / 某县人民政府关于…报告),
    or opens a 关于…的报告 that the second half closes,
    or a short second half closes the topic's words with 报告 (…法治政府建设 / 年度报告,
    …依法行政 / 工作报告): no section heading ends so; or a wrap parted a word of it.
    """
    if first.endswith(_JOINS) and _TITLE.fullmatch(first + second):
        return True  # …工作报告和 / 2023年工作思路: the plans it joins on the next line
    if whole:  # a title ``first`` is one alone, unless a wrap parted a word of it
        return wrapped_title(first, second)
    if first.endswith("、"):  # joint issuers broken after their comma: 中共某县委、/ 某县…
        return bool(_ORG_LINE.fullmatch(first, 0, len(first) - 1) and _ORG_LINE.match(second))
    if _ORG_LINE.fullmatch(first):  # a body over a title that names its own: a banner
        parted = first.endswith(PLACE_WORDS) and not second.startswith(first)  # 某省某市 /
        return parted or not (placed_first(second) and _TITLE.fullmatch(second))  # 某区…
    if _ORG_YEAR_LINE.fullmatch(first) or "关于" in first or _YEAR_LINE.fullmatch(first):
        return True
    closes = len(second) <= _SHORT_END and second.endswith("报告")
    return (closes and any(word in first for word in TOPICS)) or wrapped_title(first, second)


def _three_lines(lines: list[HeadLine]) -> str | None:
    """The title that ``lines`` make when it is centred over three, the body's name first.

    某县人民政府 / 关于2023年度法治政府建设 / 情况的报告, or the name with its year:
    某县2023年度 / 法治政府建设 / 年度报告; or a name a wrap parted (某某省自然 / 资源厅2023年度
    法治政府建设 / 工作报告), the second break judged on the title so far.
    """
    if len(lines) < 3:
        return None
    first, second, third = (line.words for line in lines[:3])
    named = _ORG_LINE.fullmatch(first.removesuffix("、")) or _ORG_YEAR_LINE.fullmatch(first)
    if not (named or wrapped_name(first, second)) or _TITLE.fullmatch(first + second):
        return None  # a title whole in two lines: the third is what follows it
    joined = _TITLE.fullmatch(first + second + third)
    if joined is None or joined.group("suffix") or not _split(first + second, third):
        return None
    return joined["title"]


def _situation(line: HeadLine, view: str) -> re.Match[str] | None:
    """The first head line as a title that names only the matter (SITUATION), if it is one."""
    found = SITUATION.fullmatch(line.words)
    if found is None or _YEAR.search(line.words):
        return found
    below = _words_from(view, line.end + 1)
    end = view.find("\n", below)
    end = len(view) if end < 0 else end
    if ADDRESSEE_LINE.fullmatch(view, below, end) or _OPENS_PREAMBLE.match(view, below, end):
        return found
    return None


def _named_situation(first: str, second: str, both: str) -> re.Match[str] | None:
    """A body's name over the year's matter, first of all: 某厅 / 2025年法治政府建设工作情况."""
    if _ORG_LINE.fullmatch(first) and _YEAR.search(second):
        return SITUATION.fullmatch(both)
    return None


def _fuller(title: str, line: HeadLine) -> bool:
    """Whether ``line`` is a title of its own that says all ``title`` says, and more."""
    if len(line.words) <= len(title) or not (m := _TITLE.fullmatch(line.words)):
        return False
    return not m.group("suffix") and _SQUASH.sub("", title) in _SQUASH.sub("", line.words)


def _untitled(head: list[HeadLine], view: str, cuts: list[Cut]) -> None:
    """No title in ``head``: cut what a news story holds of it all the same.

    That is the head lines down to the story's last line before the report (全文如下).
    """
    handed = [n for n, line in enumerate(head) if hands_over(line.words)]
    above = head[: handed[-1] + 1] if handed else []
    cuts.extend(whole(line.start, line.end, view, "page-chrome") for line in above)


def _pages_date(words: str) -> str | None:
    """The page's date on a short line under the title, or None where the line has none.

    省政府办公厅 2022-03-15 is the page's; （2025年1月10日） is the document's own, and so
    is its byline with the date it wrote (某县司法局 2025年1月10日) or its delivery's.
    """
    if (
        (date := _DATE.search(words))
        and len(words) <= 40
        and words[0] != "("
        and not _DELIVERED.search(words)
        and not ("年" in words and DATED_BYLINE.fullmatch(words))
    ):
        return date.group()
    return None


def _crumbs_copy(line: HeadLine, following: HeadLine | None, behind: int) -> bool:
    """Whether ``line`` (a last crumb, at ``behind``, or a column's name) tops a title.

    See :func:`~fzbg.page.title_line.over_own_title`.
    """
    if following is None:
        return False
    return over_own_title(line.words, following.words, crumb=line.first == behind)


def _find_title(
    head: list[HeadLine],
    view: str,
    cuts: list[Cut],
    fields: list[tuple[str, str]],
    behind: int = -1,
) -> tuple[int, int] | None:
    """Find the title among the head lines; cut the chrome above it and repeats below it.

    ``behind`` is where a title glued behind a breadcrumb would start, if one may.
    """
    for n, written in enumerate(head):
        line, wrapping = _unwrap(written)
        following = head[n + 1] if n + 1 < len(head) else None
        alone = _TITLE.fullmatch(line.words) or (n == 0 and _situation(line, view))
        if alone and (
            reposted(line.words, [below.words for below in head[n + 1 :]])
            or _crumbs_copy(line, following, behind)
        ):
            continue  # a news story's headline, or a crumb: the report's own title below
        if not alone and (named := _three_lines(head[n : n + 3])):
            title, rest, above = (line.first, head[n + 2].end), head[n + 3 :], head[:n]
            break
        if following is not None and _split(line.words, following.words, whole=bool(alone)):
            joined = _TITLE.fullmatch(both := line.words + following.words) or (
                n == 0 and _named_situation(line.words, following.words, both)
            )
            if joined and not joined.group("suffix"):  # 赵县人民政府 / 2022年度…报告
                title, rest, above = (line.first, following.end), head[n + 2 :], head[:n]
                named = joined["title"]
                break
        if alone and alone.group("suffix") and following and _fuller(alone["title"], following):
            # The page's <title> ("关于…的报告_某市人民政府"), then the document's own title,
            # which names the issuer the page title left to its suffix.
            title = (following.first, following.first + len(following.words))
            rest, above = head[n + 2 :], head[: n + 1]
            named = following.words
            break
        if alone:
            start = line.first  # past the indentation
            title, rest, above = (start, start + alone.end("title")), head[n + 1 :], head[:n]
            named = alone["title"]
            if alone.group("suffix"):
                cuts.append((title[1], line.end, "page-chrome"))
            cuts.extend(wrapping)
            break
    else:
        _untitled(head, view, cuts)
        return None
    cuts.extend(whole(line.start, line.end, view, "page-chrome") for line in above)
    _below_title(rest, _SQUASH.sub("", named), view, cuts, fields)
    return title


def _below_title(
    rest: list[HeadLine], wanted: str, view: str, cuts: list[Cut], fields: list[tuple[str, str]]
) -> None:
    """Cut the head lines under the title that repeat it (``wanted``) or date the page."""
    loose = _LOOSE.sub("", wanted)
    k = 0
    while k < len(rest):
        for width in (1, 2, 3):
            group = rest[k : k + width]
            words = _SQUASH.sub("", "".join(g.words for g in group))
            if len(group) == width and (words == wanted or _LOOSE.sub("", words) == loose):
                cuts.extend(whole(g.start, g.end, view, "repeated-title") for g in group)
                k += width
                break
        else:
            if date := _pages_date(rest[k].words):
                fields.append(("日期", date))  # 省政府办公厅 2022-03-15
                cuts.append(whole(rest[k].start, rest[k].end, view, "page-metadata"))
            elif _LATIN_LINE.fullmatch(rest[k].words):  # the title in English, a header's
                cuts.append(whole(rest[k].start, rest[k].end, view, "page-chrome"))
            k += 1

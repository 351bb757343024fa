"""What the name of a body that issues or signs a report looks like.

A report's issuer is read from many places (the title, the preamble's opening clause, the
signature, the page's 来源), and each may offer words that are no name: a clause fragment
(是全力), a collective (全省各级行政机关), a unit without its body (局办公室).  The
names are decided here, once: a name ends in a body ending and is no clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from fzbg.genre.dates import BASIS_WORDS, SIGNING_DATE, UNDATED_OPENING, WORDED_DATE, YEAR
from fzbg.text.normalize import fold

__all__ = [
    "ADDRESSEE_LINE",
    "ADDRESSEE_RUN_ON",
    "BODY_ENDINGS",
    "BODY_NAME",
    "COLLECTIVE",
    "DATED_BYLINE",
    "DATE_BEFORE_SIGNER",
    "FORM_DATE_LABELS",
    "FORM_FIELD",
    "FORM_LABEL",
    "FORM_UNIT_LABELS",
    "FORM_YEAR_LABELS",
    "GENRE_WORDS",
    "HEAD_POST",
    "HEAD_SIGNS",
    "ISSUER_KIND_ENDINGS",
    "PARTY_BODY",
    "PLACE_WORDS",
    "POST",
    "SEAL",
    "SECOND_NAME",
    "SELF_WORDS",
    "SIGNATURE",
    "SIGNED_FIELD",
    "SIGNED_LABELS",
    "SIGNER_LINE",
    "SIGNER_POSTS",
    "UNNAMED",
    "body_name",
    "first_name",
    "fuller_name",
    "joint_name",
    "name_fragment",
    "no_post",
]


# What the name of a body that issues or signs a report ends in: 某某县人民政府,
# 某某街道办事处, 中共某某局党组; and the units that report on their own rule of law
# though they govern no place: a service's station (某某县动物疫病预防控制站: named by
# its work, as a site's 网站 is not), a state forest or farm (某某国有林场, 某某农场), a
# prison, a state-owned company (某某集团有限公司).  An alternation of literal words, for
# the patterns that read such names.
_STATIONS = "工作站|服务站|管理站|控制站|监测站|检测站|检查站|保护站|推广站|气象站|水文站|救助站"
BODY_ENDINGS = (
    "人民政府|政府|办公厅|办公室|委员会|管委会|局|厅|委|组|院|署|部|办事处|街道|街|镇|乡|县|区|市|省"
    f"|旗|州|盟|苏木|办|中心|所|{_STATIONS}|大队|支队|总队|海关|联合会|联合社"
    "|林场|农场|牧场|监狱|公司|集团"
    # the people's organisations and public institutions that report as departments do
    "|协会|工会|红十字会|馆"
)

PARTY_BODY = re.compile(r"(?:^中共.+(?:委员会|委)|(?:省|市|县|区|州|旗|盟)委|党组|党委|党工委)$")
"""A party body's name, as its end shows (folded view): 中共某某县委, 中共某某镇委员会,
某某县委, 某某局党组, 某某镇党委, 某某街道党工委.  It reports jointly with its government
(中共某某县委 某某县人民政府), or for its department (某某局党组); not a department's
committee (某某县发改委)."""

# How a preamble names the report it opens: 现将某县2023年度…情况报告如下 (or 现就).
SELF_WORDS = ("现将", "现就")

# The 主送机关 line above the preamble, "区人民政府:" alone on its line (on the folded view,
# whose colon is half-width); the body in ``who``.  It names a body (or a people's
# congress or its standing committee), so a page's empty field (文章来源:, 作者:) is none.
# A letter's greeting may open it (尊敬的县委、县政府:), or its 致 may stand before it, the
# colon after 致 (致:市人民政府), or the label of a 公文's field (主送:县人民政府); a comma
# may part its bodies (县委、县政府,县委依法治县办:).
_ADDRESSED_ONE = rf"[^,。;:!?《》\n]{{1,28}}(?:{BODY_ENDINGS}|常委会|人大)"  # 市人大: its congress
_ADDRESSED = rf"{_ADDRESSED_ONE}(?:,{_ADDRESSED_ONE}){{0,2}}"
ADDRESSEE_LINE = regex.compile(
    rf"^[ ]*(?:尊敬的[ ]?)?(?P<who>{_ADDRESSED})[ ]?:[ ]*$"
    rf"|^[ ]*(?:致|主送(?:机关|单位)?)[ ]?:[ ]*(?P<who>{_ADDRESSED})[ ]*$",
    regex.MULTILINE,
)

# What the name of a body ends in, and whether that makes it a people's government (which
# publishes its report by 1 April) or one of its departments (which reports to its
# government by 1 March).  Tried in order, the first ending the name ends in decides (a
# longer ending before any shorter one it ends with); a party organ's suffix (党组, 党委)
# is read past: 中共某某县教育局党组 is the 局's.
ISSUER_KIND_ENDINGS: tuple[tuple[str, str], ...] = (
    # A government's own offices are departments: 某某县人民政府办公室, 某某区政府办.
    ("人民政府办公室", "department"),
    ("政府办公室", "department"),
    ("政府办", "department"),
    # Street offices and the development zones' committees govern a territory.
    ("街道办事处", "government"),
    ("人民政府", "government"),
    ("管委会", "government"),
    ("管理委员会", "government"),
    ("行政公署", "government"),  # a prefecture's government: 某某地区行政公署
    ("政府", "government"),
    ("街道", "government"),
    ("街", "government"),  # 某某街: a street office, as some cities name it
    ("镇", "government"),
    ("乡", "government"),
    ("县", "government"),
    ("区", "government"),
    ("市", "government"),
    ("旗", "government"),
    ("州", "government"),
    ("盟", "government"),
    ("苏木", "government"),
    # Departments: bureaus, commissions, offices, agencies, centres.
    ("委员会", "department"),
    ("办公室", "department"),
    ("办公厅", "department"),
    ("局", "department"),
    ("委", "department"),
    ("办", "department"),
    ("厅", "department"),
    ("署", "department"),
    ("中心", "department"),
    ("所", "department"),
    ("站", "department"),
    ("院", "department"),
    ("队", "department"),
    ("部", "department"),
    ("海关", "department"),
    ("联合会", "department"),
    ("联合社", "department"),
    ("协会", "department"),
    ("工会", "department"),
    ("红十字会", "department"),
    ("馆", "department"),
)

PLACE_WORDS = ("省", "市", "县", "区", "镇", "乡", "州", "旗", "盟", "街道", "苏木")
"""What a place's name ends in (某某县, 某某街道): a body whose name holds one is a
government or one of its departments, named for its place."""

BODY_NAME = rf"[^。,;:!?()《》\d\s—-][^。,;:!?()《》\d]{{1,38}}?(?:{BODY_ENDINGS})"
"""The shape of a body's name on a line of its own (a signature, a title's first line):
no sentence punctuation or digits, no dash before it, ending in a body ending.  For
patterns to embed."""

SEAL = r"\((?:盖章|盖公章|公章|印章|签章|代章|印)\)"
"""A seal written out in words beside or under a signature (folded view): （盖章）, （印）,
（代章） (a unit's seal standing in for the body's)."""

# A report filed on a form gives its body, date and year as the form's fields, in a block
# above the text or under it: 报告单位：某某局（盖章） / 填报人：…  联系电话：… / 报送日期：….
FORM_UNIT_LABELS = (
    "报告单位", "填报单位", "报送单位", "编报单位", "上报单位", "填表单位", "编制单位", "单位名称",
    "单位",
)  # fmt: skip
"""The labels a form names the reporting body under."""
FORM_DATE_LABELS = (
    "报送日期", "报送时间", "填报日期", "填报时间", "报告日期", "报告时间", "上报日期", "上报时间",
    "填表日期", "填表时间", "编制日期",
)  # fmt: skip
"""The labels a form dates the report under (the date it was filed: a signing date); not
a bare 日期, a page's field the page stage reads wherever it stands."""
SIGNED_LABELS = ("落款日期", "落款时间", "日期", "时间")
"""The labels of a signing date on its own line under the signature or a form's fields
(某某局 / 日期：2024年1月8日): there a bare 日期 is the document's, no page's field."""
SIGNED_FIELD = regex.compile(
    rf"[ \t]*(?:{'|'.join(SIGNED_LABELS)})[ ]?:[ \t]*(?:{SIGNING_DATE.pattern})[ \t]*"
)
"""A signing date under its label, alone on its line (folded view): 日期：2024年1月8日."""
FORM_YEAR_LABELS = ("报告年度", "填报年度", "所属年度", "年度")
"""The labels a form names the year reported on under."""
_FORM_OTHERS = (
    "填报人", "填表人", "编制人", "制表人", "报告人", "联系人", "联系电话", "电话", "手机",
    "审核人", "签发人",
)  # fmt: skip
FORM_LABEL = "|".join((*FORM_UNIT_LABELS, *FORM_DATE_LABELS, *FORM_YEAR_LABELS, *_FORM_OTHERS))
"""Every label of a form's fields, as an alternation for patterns."""
_FORM_FIRSTS = "".join(sorted({label[0] for label in FORM_LABEL.split("|")}))  # a cheap look
FORM_FIELD = regex.compile(
    rf"[ \t]*(?:\|[ ]?|\()?(?P<label>{FORM_LABEL})[ ]?(?:{SEAL})?"
    r"(?:[ ]?:[ \t]*|[ ]?\|[ ]?|[ \t]+)(?P<value>[^\n]*)"
)
"""A line of a form's fields (folded view), from its first label: ``label`` and the rest
of the line in ``value`` (which may hold more fields: 填报人：张某  联系电话：…).  The
label ends in its colon, or in its table cell's border: a tab (folded to a space, as a
Word table's row is read) or a ``|``.  The fields may stand in brackets, as a note:
（报告单位：某某局  报送日期：…）."""

SIGNER_POSTS = (
    "党组书记", "负责人", "局长", "主任", "书记", "县长", "区长", "市长", "镇长", "乡长", "旗长",
    "州长", "盟长", "省长", "厅长", "部长", "主席", "署长", "院长", "队长", "所长", "站长",
)  # fmt: skip
"""The posts of the head who signs beside the body's name: 某某县水利局 局长 张某某."""
HEAD_SIGNS = rf"(?:{'|'.join(SIGNER_POSTS)})[ ]?:?[ ]?\p{{Han}}{{2,4}}[ \t]*"
"""The head's post and name, beside the body's name or on the line under it: 局长:张某某."""
POST = rf"(?:党组|党委|党工委)?(?:主要)?副?(?:{'|'.join(SIGNER_POSTS)})"
"""A head's post: 党组书记, 局长, 主要负责人, 副县长."""
HEAD_POST = regex.compile(rf"(?<=(?:{BODY_ENDINGS}))(?:{POST})(?:、{POST})*(?:\p{{Han}}{{2,3}})?$")
"""The head's post, maybe with the head's name, after the body's name that a title of the
head's own report opens with (folded view): 某某县司法局党组书记、局长, 某某县人民政府县长,
某某县副县长张某某 (述职报告, 述法报告): the report is the body's, told by its head."""
SECOND_NAME = rf"\((?:{BODY_NAME})\)"
"""The second name a body bears in brackets after its own, the plate it also carries
(folded view): 某某县农业农村局（某某县乡村振兴局）, 某某县卫生健康局（县中医药管理局）."""
SIGNATURE = (
    rf"[ \t]*(?!(?=[{_FORM_FIRSTS}])(?:{FORM_LABEL})[ :|])"  # 报告单位 某某局: a form's field
    rf"(?P<who>{BODY_NAME}(?:{SECOND_NAME})?)[ \t]*(?:[ \t]{HEAD_SIGNS})?(?:{SEAL}[ \t]*)?"
)
"""A signature line: a body's name (in the group ``who``, with its second name in
brackets if it bears one), maybe with its head's post and name (某某县水利局  局长 张某某),
maybe with its seal in words (某某县教育局（盖章）).  For patterns to embed, before a date
where the line holds one."""
DATE_BEFORE_SIGNER = rf"[ \t]*(?:{SIGNING_DATE.pattern})[ \t]+"
"""The signing date where its line sets it before the signer (2024年3月5日  某某县人民政府):
for patterns to embed before :data:`SIGNATURE`.  Without it, a date in words would read
as the start of the name."""

DATED_BYLINE = regex.compile(
    rf"{SIGNATURE}[ \t]*(?:\([ ]?(?P<date>{WORDED_DATE})[ ]?\)|(?P<date>{WORDED_DATE}))[ \t]*"
    rf"|[ \t]*(?P<date>{WORDED_DATE})[ \t]+{SIGNATURE}"
)
"""The document's byline under its title, the body and the date it wrote the report on
(folded view): 某某县司法局 2024年1月8日, 某某县司法局（2024年1月8日）, or the date first;
the date in the group ``date``.  A date in digits (某某县司法局 2024-01-08) is a site's
list's, the page's."""

# The line of the body that signs under the text: "某某镇人民政府", "中共某某镇委员会
# 某某镇人民政府", "某某局（盖章）", or the signer and the date on one line: "某某县人民政府
# 2024年3月5日", or the date first: "2024年3月5日  某某县人民政府"; under a title, in
# brackets or after a dash.
SIGNER_LINE = regex.compile(
    rf"(?:{DATE_BEFORE_SIGNER})?(?:—{{1,2}}|-{{2}})?{SIGNATURE}"
    rf"(?:{SIGNING_DATE.pattern}|\([ ]?{WORDED_DATE}[ ]?\))?[ ]*"  # 某某局（2024年1月8日）
    rf"|[ \t]*\({SIGNATURE}\)[ ]*"  # （某某县林业局）, ——某某县林业局: a byline
)
"""A signer's line under the text, or a byline under the title (folded view): the body
in the group ``who``."""

ADDRESSEE_RUN_ON = regex.compile(
    rf"\s*(?P<who>{BODY_NAME}|[^\s,。;:!?《》]{{1,12}}常委会)"
    rf"(?=:[ ]*(?:{YEAR}|{UNDATED_OPENING}|{BASIS_WORDS}|现将|现就))"
)
"""The 主送机关 run on into the preamble's opening where its line break was lost (folded
view): 县人民政府:2023年,我镇…, 市人大常委会: 2024年,我市… (a government reports to its
people's congress); the body in ``who``, the match ending at the colon."""

_ENDS_AS_BODY = re.compile(rf"(?:{BODY_ENDINGS})$")
# What no name opens with: the speaker (我省, 本局), a collective (全省各级…, 各部门), a
# verb (是全力), or an office's unit word standing without its body (局办公室, 处室).
COLLECTIVE = r"[我本全各](?:国|省|市|县|区|镇|乡|州|盟|旗|级|局|厅|委|部门|系统|单位|街道)"
"""The words a report speaks of itself or a whole level with: 我省, 本局, 全市, 各部门."""
_NOT_A_NAME = re.compile(rf"[我该其是在对把]|{COLLECTIVE}|[局厅办委部处室组院署所]")
UNNAMED = (
    r"(?:[省市县区镇乡]|乡镇|街道(?:办事处)?)?"
    r"(?:(?:近|前|后|上|下)?[0-9一二三四五六七八九十两]*个?(?:年|季度|半年)(?:度|来|以来)?)?"
)
"""What names no body where a name should stand: a level alone (乡镇, 街道办事处), a
period (上半年, 五年), or both (区五年: a template's title with its place left out)."""
# The genre's words after a name in an opening clause: 某自治区法治政府建设工作在…领导下.
# The genre's words, which end a body's name run on into them (东湖区法治政府建设工作);
# not where they are the name's own: 全面依法治县委员会, 法制办公室, 法制工作委员会.
GENRE_WORDS = re.compile(r"(?<!依)法治|依法行政|法制(?!办|工作委员会|科|处)")
# The words after a place that speak of all its bodies (某县各级各部门, 全市上下): the
# place is named, the rest is no part of the name.
_ALL_OF_IT = re.compile(r"各(?:级|部门|单位|有关)|上下")
# A name longer than this is a clause.
_LONGEST = 40


_SECOND_NAME_END = re.compile(rf"[(（][^()（）]{{1,30}}(?:{BODY_ENDINGS})[)）]$")


def first_name(name: str) -> str:
    """``name`` without the second name it bears in brackets at its end, if any.

    >>> first_name("云溪县农业农村局（云溪县乡村振兴局）"), first_name("云溪县司法局")
    ('云溪县农业农村局', '云溪县司法局')
    """
    second = _SECOND_NAME_END.search(name) if name.endswith((")", "）")) else None
    return name[: second.start()] if second else name


_LEADS_ON = re.compile(BASIS_WORDS)  # words no name holds: its clause goes on


def body_name(words: str) -> str | None:
    """The body name ``words`` (folded) hold, or None when they are no name.

    A name ends in a body ending (人民政府, 局, 街道, 县 …) and opens as no clause does.
    Words running past the name are cut: the genre's words after it (某区法治政府建设工作
    → 某区), the words for all its bodies (某县各级各部门 → 某县), and a verb after its
    ending (某区政府坚决 → 某区政府).

    >>> [body_name(w) for w in ("云溪县人民政府", "东湖区法治政府建设工作", "青山区政府坚决")]
    ['云溪县人民政府', '东湖区', '青山区政府']
    >>> body_name("云溪县各级各部门"), body_name("云溪市上下")
    ('云溪县', '云溪市')
    >>> [body_name(w) for w in ("是全力", "全省各级行政机关", "局办公室", "街道", "我县")]
    [None, None, None, None, None]
    """
    words = words.rstrip()
    if (genre := GENRE_WORDS.search(words)) and genre.start() >= 2:
        words = words[: genre.start()]
    if (whole := _ALL_OF_IT.search(words)) and whole.start() >= 2:
        words = words[: whole.start()]
    if (lead := _LEADS_ON.search(words)) and lead.start() >= 2:
        words = words[
            : lead.start()
        ]  # 区府法制办根据区政府…: the name ends where the clause goes on
    if len(words) > _LONGEST or _NOT_A_NAME.match(words):
        return None
    ending = _ENDS_AS_BODY.search(words)
    while ending is None and words:
        words = words[:-1]
        ending = _ENDS_AS_BODY.search(words)
    if ending is None or ending.start() == 0:
        return None  # no ending, or nothing but one: 街道, 县
    if "的" in words:  # 得益于县委、县政府的坚强领导和县委: a clause, not a name
        return None
    return words


# The level words that may open a name without naming a place: 区市场监管局 (the district's
# bureau), 县人民政府; a place word after them is then no place's (区市场监管局's 市).
_LEVELS = "省市县区镇乡州旗盟"
# A place word that ends no place: the words of a body's work that hold one (城市管理局,
# 市场监督管理局, 城乡建设局, 乡村振兴局, 社区, 区域).
_NO_PLACE = "城市|市场|市政|市容|城乡|乡村|社区|区域|县域"
_PLACE_WORD = re.compile(rf"(?!{_NO_PLACE})(?<!城|社)(?:{'|'.join(PLACE_WORDS)})")


def name_fragment(name: str) -> bool:
    """Whether ``name`` names its body without its place, as a department's report may.

    >>> [name_fragment(n) for n in ("司法局", "区市场监管局", "县人民政府", "云溪县司法局")]
    [True, True, True, False]
    >>> [name_fragment(n) for n in ("市城市管理局", "县乡村振兴局", "云溪县城乡建设局")]
    [True, True, False]
    """
    return _PLACE_WORD.search(name, len(name) - len(name.lstrip(_LEVELS))) is None


def fuller_name(name: str, names: Iterable[str | None]) -> str:
    """The first of ``names`` that names the body ``name`` names, and its place; else ``name``.

    A report that names itself 司法局 in its title may sign as 云溪县司法局, or its page's
    来源 say so: that is the same body, named in full.

    >>> fuller_name("司法局", ["云溪县人民政府", None, "云溪县司法局"])
    '云溪县司法局'
    >>> fuller_name("区市场监管局", ["东湖区教育局"])
    '区市场监管局'
    """
    return next(
        (n for n in names if n and n.endswith(name) and n != name and not name_fragment(fold(n))),
        name,
    )


def joint_name(words: str) -> bool:
    """Whether ``words`` (folded) name a party body and, after a space, a body of its own.

    >>> joint_name("中共云溪县委 云溪县人民政府"), joint_name("政务公开 云溪县人民政府")
    (True, False)
    """
    first, _, second = words.partition(" ")
    return bool(PARTY_BODY.search(first)) and body_name(second) == second


def no_post(name: str) -> str:
    """``name`` without the head's post after it, as a head's report names its body.

    >>> no_post("云溪县司法局党组书记、局长"), no_post("云溪县人民政府县长")
    ('云溪县司法局', '云溪县人民政府')
    >>> no_post("云溪县副县长张某某"), no_post("云溪县司法局")
    ('云溪县', '云溪县司法局')
    """
    post = HEAD_POST.search(fold(name))
    return name[: post.start()] if post else name

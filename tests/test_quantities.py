"""extract_quantities: every count in the genre's prose, normalised, and nothing else."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import regex

import fzbg
from fzbg import Approx, Quantity
from fzbg.extract import quantities
from fzbg.extract.quantities import FIXED_TERMS, extract_quantities
from fzbg.text.normalize import fold, normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def only(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "approx"),
    [
        # Arabic numbers and the genre's measure words.
        ("全年完成合法性审查61件。", "61件", "61", "件", Approx.EXACT),
        ("累计入户走访406126户。", "406126户", "406126", "户", Approx.EXACT),
        ("调解成功率98.6%。", "98.6%", "98.6", "%", Approx.EXACT),
        ("接待来访群众34人次。", "34人次", "34", "人次", Approx.EXACT),
        ("信访接待16批次，均已办结。", "16批次", "16", "批次", Approx.EXACT),
        ("开展执法检查1600处次。", "1600处次", "1600", "处次", Approx.EXACT),
        ("出动车辆1570车次。", "1570车次", "1570", "车次", Approx.EXACT),
        ("开展专题宣讲2场次。", "2场次", "2", "场次", Approx.EXACT),
        ("审查规范性文件5件次。", "5件次", "5", "件次", Approx.EXACT),
        ("研究列出118 项任务清单。", "118 项", "118", "项", Approx.EXACT),
        ("办理业务12,345件。", "12,345件", "12345", "件", Approx.EXACT),
        ("配备3辆综合执法车。", "3辆", "3", "辆", Approx.EXACT),
        ("开展3次日常巡查。", "3次", "3", "次", Approx.EXACT),
        ("排查3家风险企业。", "3家", "3", "家", Approx.EXACT),
        ("事故造成3人身亡。", "3人", "3", "人", Approx.EXACT),
        ("开展3场上门服务。", "3场", "3", "场", Approx.EXACT),
        ("排查3处在建工地。", "3处", "3", "处", Approx.EXACT),
        ("对1852所学校开展排查。", "1852所", "1852", "所", Approx.EXACT),
        # 个 that only carries a unit of measure, and 个 before a counted noun.
        ("审批时限缩短为3个工作日。", "3个工作日", "3", "工作日", Approx.EXACT),
        ("提前7个月完成任务。", "7个月", "7", "月", Approx.EXACT),
        ("审批时限压缩至4个工作小时。", "4个工作小时", "4", "工作小时", Approx.EXACT),
        # a score's points; letters, plants and animals counted
        ("年度考核得分98.5分。", "98.5分", "98.5", "分", Approx.EXACT),
        ("学习积分40000分以上。", "40000分以上", "40000", "分", Approx.OVER),
        ("处理群众来信6封。", "6封", "6", "封", Approx.EXACT),
        ("补植苗木300株。", "300株", "300", "株", Approx.EXACT),
        ("救护野生鸟类12只。", "12只", "12", "只", Approx.EXACT),
        ("检查居住社区1008个次。", "1008个次", "1008", "个次", Approx.EXACT),
        ("评议中满意 25 票。", "25 票", "25", "票", Approx.EXACT),
        ("实际利用外资1.98亿美元。", "1.98亿美元", "198000000", "美元", Approx.EXACT),
        ("同比下降4.4个百分点。", "4.4个百分点", "4.4", "百分点", Approx.EXACT),
        # 百分点 right after a Chinese numeral: its 百 is the unit's, not the numeral's.
        ("合格率提高三百分点。", "三百分点", "3", "百分点", Approx.EXACT),
        ("合格率提高二十三百分点。", "二十三百分点", "23", "百分点", Approx.EXACT),
        ("覆盖三百人。", "三百人", "300", "人", Approx.EXACT),
        ("整合7个机构工作职能。", "7个", "7", "个", Approx.EXACT),
        ("平均办理时间提速至6.44天。", "6.44天", "6.44", "天", Approx.EXACT),
        ("办理时限不超过10分钟。", "不超过10分钟", "10", "分钟", Approx.UNDER),
        ("整改用时3个多月。", "3个多月", "3", "月", Approx.OVER),
        # 万 and 亿, money.
        ("组织学习宣讲1.2万次。", "1.2万次", "12000", "次", Approx.EXACT),
        ("覆盖周边群众6.1万余人。", "6.1万余人", "61000", "人", Approx.OVER),
        ("投入10余万元建设主题公园。", "10余万元", "100000", "元", Approx.OVER),
        ("落实专项经费356.8万元。", "356.8万元", "3568000", "元", Approx.EXACT),
        ("共计罚款5600元。", "5600元", "5600", "元", Approx.EXACT),
        ("争取资金1.5亿元。", "1.5亿元", "150000000", "元", Approx.EXACT),
        ("带动投资5千亿元。", "5千亿元", "500000000000", "元", Approx.EXACT),
        ("规模达1.2万亿元。", "1.2万亿元", "1200000000000", "元", Approx.EXACT),
        # Chinese numerals.
        ("受理行政复议申请十二件。", "十二件", "12", "件", Approx.EXACT),
        ("新增法律顾问两名，充实力量。", "两名", "2", "名", Approx.EXACT),
        ("全年办理一百零五件。", "一百零五件", "105", "件", Approx.EXACT),
        ("分七期对全体干部进行培训。", "七期", "7", "期", Approx.EXACT),
        ("经过两轮会议研究审定。", "两轮", "2", "轮", Approx.EXACT),
        ("下设内设机构三个(城东、城西中队)。", "三个", "3", "个", Approx.EXACT),
        ("开展督查十余次。", "十余次", "10", "次", Approx.OVER),
        ("化解纠纷近千起。", "近千起", "1000", "起", Approx.UNDER),
        ("培训干部万余人。", "万余人", "10000", "人", Approx.OVER),
        ("受理行政复议申请一件。", "一件", "1", "件", Approx.EXACT),
        ("聘请法律顾问一名（某律师事务所律师）。", "一名", "1", "名", Approx.EXACT),
        ("其中一件驳回诉讼请求。", "一件", "1", "件", Approx.EXACT),
        ("办理时限压缩至一个工作日内。", "一个工作日", "1", "工作日", Approx.EXACT),
        # Percentages.
        ("出庭应诉率100%。", "100%", "100", "%", Approx.EXACT),
        ("调处成功率保持98%以上。", "98%以上", "98", "%", Approx.OVER),
        ("持证率已超92%。", "超92%", "92", "%", Approx.OVER),
        ("案件办结率达到百分之九十八。", "百分之九十八", "98", "%", Approx.EXACT),
        ("实现百分之百全覆盖。", "百分之百", "100", "%", Approx.EXACT),
        ("群众满意率百分之九十八点五。", "百分之九十八点五", "98.5", "%", Approx.EXACT),
        # Qualifiers: before, between, after; contradictory forms are 'about'.
        ("累计走访服务企业近200余家。", "近200余家", "200", "家", Approx.ABOUT),
        ("新签约3家律所。", "3家", "3", "家", Approx.EXACT),
        ("最近3次会议均已召开。", "3次", "3", "次", Approx.EXACT),
        ("研究相关工作近20次。", "近20次", "20", "次", Approx.UNDER),
        ("共备案约78.9万个登记表。", "约78.9万个", "789000", "个", Approx.ABOUT),
        ("参训人员逾3000人。", "逾3000人", "3000", "人", Approx.OVER),
        ("参加培训超过500人次。", "超过500人次", "500", "人次", Approx.OVER),
        ("发放宣传册1万余份。", "1万余份", "10000", "份", Approx.OVER),
        ("张贴宣传标语20多条（幅）。", "20多条", "20", "条", Approx.OVER),
        ("办理审批时间240多天。", "240多天", "240", "天", Approx.OVER),
        ("每场参加50人左右。", "50人左右", "50", "人", Approx.ABOUT),
        ("执法队伍不足10人。", "不足10人", "10", "人", Approx.UNDER),
        ("规模在100人以下。", "100人以下", "100", "人", Approx.UNDER),
        ("开展“法律进乡村”活动不少于10场次。", "不少于10场次", "10", "场次", Approx.OVER),
        ("参学率不低于95%。", "不低于95%", "95", "%", Approx.OVER),
        ("召开会议3次及以上。", "3次及以上", "3", "次", Approx.OVER),
        # More measure words of the genre.
        ("出台地方性法规2部。", "2部", "2", "部", Approx.EXACT),
        ("检查企业1200家次。", "1200家次", "1200", "家次", Approx.EXACT),
        ("办理不动产登记3.2万笔。", "3.2万笔", "32000", "笔", Approx.EXACT),
        ("评查行政执法案卷120卷。", "120卷", "120", "卷", Approx.EXACT),
        ("开设法治课程12门。", "12门", "12", "门", Approx.EXACT),
        ("编印宣传资料10种。", "10种", "10", "种", Approx.EXACT),
        ("发放读本5000余册。", "5000余册", "5000", "册", Approx.OVER),
        ("挽回经济损失2300余万元。", "2300余万元", "23000000", "元", Approx.OVER),
        # 达, 达到, 实现 are not qualifiers and stay out of the text.
        ("覆盖率达100%。", "100%", "100", "%", Approx.EXACT),
        ("受理案件数达到300件。", "300件", "300", "件", Approx.EXACT),
        # Full-width digits and traditional characters: text as written, unit simplified.
        ("開展專題學習４０余場次。", "４０余場次", "40", "场次", Approx.OVER),
        ("全區累計組織學習1.2萬余次。", "1.2萬余次", "12000", "次", Approx.OVER),
        ("法治政府建設項目21個。", "21個", "21", "个", Approx.EXACT),
    ],
)
def test_one_quantity_per_sentence(
    sentence: str, text: str, value: str, unit: str, approx: Approx
) -> None:
    """Each sentence holds one quantity: its text, value, unit and approximation."""
    q = only(sentence)
    assert (q.text, q.value, q.unit, q.approx) == (text, Decimal(value), unit, approx)
    assert sentence[q.span.start : q.span.end] == q.text


def test_adjacent_quantities_are_separate() -> None:
    """Two counts written back to back (46起116人) are two quantities."""
    found = extract_quantities("化解劳动争议纠纷共计46起116人；组织会前学法19次26件。")
    assert [q.text for q in found] == ["46起", "116人", "19次", "26件"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Years, dates, ranges of years, anniversaries.
        "2024年，街道深入推进法治建设。",
        "于2022年2月10日印发，12月底前完成。",
        "贯彻《法治政府建设实施纲要（2021年-2025年）》要求。",
        "落实纲要(2021—2025年)部署，2015年起开展清理。",
        "做好新中国成立75周年安全保障。",
        "二〇三五年远景目标纲要。",
        # Ordinals and markers.
        "一是加强领导。二是健全机制。",
        "（一）加强组织领导。",
        "1.健全领导机制。2、落实责任。",
        "划分第四级微网格，评选第二批示范地区，排名第一。",
        "第一时间召开会议，落实第一责任人职责。",
        # Slogans and fixed terms, quoted or not.
        "全面落实行政执法三项制度。",
        "深入推进八五普法规划。",
        "深入学习贯彻党的二十大和二十届三中全会精神。",
        "依托支部“三会一课”开展学习。",
        "落实四个亲自要求。",
        "严格落实“一村（社区）一法律顾问”制度。",
        "实现风险评估“两个全覆盖”。",
        "打通法律服务最后一公里。",
        "参加普法队伍万人大培训。",
        "深刻领悟“两个确立”，做到“两个维护”。",
        "认真落实中央八项规定精神。",
        "全面落实“一支队伍管执法”，实现“一张网”管理。",
        "健全“一站式”矛盾纠纷调处化解机制。",
        "实现“一枚印章管审批、一个大厅办成事”。",
        "作为一项重大政治任务，组建一支专业队伍，建成一批示范村。",
        "推行一次性告知，推进二次供水改造。",
        "和群众在一起，把工作做在前面。",
        "推动城乡二元结构转变。",
        "开展“十项行动”，推进“百日攻坚”，走进千家万户。",
        "推行一户一档、一天一报、一案一策。",
        "统筹推进五位一体总体布局，增强四个意识，坚持十个明确。",
        "防止业务和法治两张皮，坚持两条腿走路。",
        "实现两个一百年奋斗目标，深化最多跑一次改革，推动三所联动。",
        "三部门联合部署，部分单位落实。",
        # A count of slogans, of rates named by a slogan, or of the things just listed.
        "实现乡镇、部门述法两个“全覆盖”，落实“三个一批”。",
        "落实疫情防控“三个 100%”要求，做到三个100%。",
        "着力打造执法司法保障、公共法律服务、法律服务业态三个高地。",
        "对政务、财务、事务三类信息及时公开，统计类别、案件类型类似。",
        "节约资金，签约律师，制约权力。",
        # Names: places, document numbers, titles.
        "两水村、六盘水市、三台县、八所镇、三元里街道。",
        "三张镇、五口乡、三張鎮人民政府。",
        "市四套班子领导、镇三套班子成员带头学法。",
        "办理县政协十五届三次会议提案，落实区人大五届二次大会决议。",
        "贯彻市委五届九次、十次、十一次全会精神。",
        "贯彻省委十一届三次、四次、五次、六次全会精神。",
        # 分 of words and of a clock, not a score's points; 封, 株, 只 of words
        "十分重视，三分之一，一分为二，上午9时30分召开，成立分局。",
        "实行封闭管理，赴株洲市学习，只有落实才能见效。",
        "本文发布于3天前。",  # ago, not a duration
        "根据钟府办发﹝2021﹞7号文件和国务院令第713号要求。",
        "编写《中国共产党百年法治大事记》，印发《关于实施十项措施的通知》。",
        # Event days.
        "结合“4·15”国家安全教育日、“12.4宪法日”、“3.8国际妇女节”开展宣传。",
        # Hours as a factor of a product: a service's hours, not a duration.
        "提供7×24小时政务服务，推行5*8小时预约办理。",
        "开通7 × 24 小时法律服务热线。",
        "设立24小时自助服务区，实行24小时值班。",
        # Vague amounts.
        "组织数十次宣讲，上百人参加，上千家企业受益，两三次回访。",
        "每3个月开展一次排查。",
    ],
)
def test_not_quantities(sentence: str) -> None:
    """Years, dates, ordinals, slogans, names and vague amounts are not quantities."""
    assert extract_quantities(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # Counts after a list of counts, or a list that is not as long as the count.
        ("全年新建调解室三个、工作站两个。", ["三个", "两个"]),
        # 类 counts kinds, as long as no list of that length stands before it.
        ("梳理形成5类清单，对11类64家企业开展检查。", ["5类", "11类", "64家"]),
        # rounds (轮次) whole, as 场次; lengths in metres; meetings counted (no 届 before them)
        ("完成案卷2轮次全覆盖评查，轮训4轮。", ["2轮次", "4轮"]),
        ("新修便道约五千米，铺设管线1200米，召开三次会议。", ["约五千米", "1200米", "三次"]),
        # cards are counted; the 约 of a word (村规民约) is no "about"
        ("发放两张村民卡，修订村规民约5项，签订公约3份。", ["两张", "5项", "3份"]),
        ("开展执法检查、专项整治等工作，涉及三类12个行业。", ["三类", "12个"]),
        ("建成司法所、派出所等五个。", ["五个"]),
        ("聘请法律顾问、公职律师两个,覆盖率100%。", ["100%"]),
        # A rate after a count that is not a slogan's.
        ("三个县覆盖率100%。", ["三个", "100%"]),
        # Hours that are no factor of a product are a duration.
        ("对企业诉求实行24小时内响应，平均用时3.5小时。", ["24小时", "3.5小时"]),
        ("在线咨询平均响应用时24小时，服务群众300人次。", ["24小时", "300人次"]),
        # A count after 好 (a verb's complement: 办好, 建设好), which 好几 is not.
        ("办好十件民生实事，建设好八家法治文化阵地，好几次回访。", ["十件", "八家"]),
    ],
)
def test_counts_near_slogans_and_lists_are_still_read(sentence: str, texts: list[str]) -> None:
    assert [q.text for q in extract_quantities(sentence)] == texts


def test_a_range_is_one_quantity_under_its_upper_end() -> None:
    """A range (3至5天) is one quantity, never half of it: 5 天, UNDER, written whole."""
    found = extract_quantities("办理时限为3至5天。") + extract_quantities("办理时限为3-5个工作日。")
    assert [(str(q.value), q.unit, q.approx, q.text) for q in found] == [
        ("5", "天", Approx.UNDER, "3至5天"),
        ("5", "工作日", Approx.UNDER, "3-5个工作日"),
    ]


def test_fixed_terms_are_listed_in_simplified_characters() -> None:
    """Every fixed term is matched on the folded view, so it must be simplified."""
    assert all(fold(term) == term for term in FIXED_TERMS)


def test_spans_index_the_original_text() -> None:
    """Spans found on the folded view slice the original, full-width text."""
    sentence = "全年受理案件１２件，辦結率１００％以上。"
    found = extract_quantities(sentence)
    assert [q.text for q in found] == ["１２件", "１００％以上"]
    assert [q.unit for q in found] == ["件", "%"]
    assert all(sentence[q.span.start : q.span.end] == q.text for q in found)


def test_digits_and_spaces_are_read_as_regex_reads_them() -> None:
    """The patterns run on re but spell out \\d and \\s as the regex module reads them."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(f"[{quantities._DIGIT}]", every) == regex.findall(r"\d", every)
    assert re.findall(f"[{quantities._SPACE}]", every) == regex.findall(r"\s", every)


def test_exported_from_the_package() -> None:
    """extract_quantities is a public name of fzbg."""
    assert fzbg.extract_quantities is extract_quantities


# --- the real reports in ../shared, when present ---

_PUNCT = re.compile(r"[\s，,。.、：:；;！!？?（）()“”\"'‘’《》〈〉【】\[\]—\-·•]")


def _key(text: str, value: object, unit: str, approx: str) -> tuple[str, Decimal, str, str]:
    return (_PUNCT.sub("", text), Decimal(str(value)).normalize(), unit, approx)


def _gold(folder: str, texts: str) -> list[tuple[str, list[dict[str, object]], str]]:
    gold_dir = SHARED / "gold" / folder
    if not gold_dir.is_dir():
        pytest.skip(f"no gold in {gold_dir}")
    cases = []
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        source = SHARED / texts / f"{path.stem}.txt"
        if "quantities" in data and source.is_file():
            cases.append((path.stem, data["quantities"], source.read_text("utf-8")))
    if not cases:
        pytest.skip("no texts for the gold quantities")
    return cases


@pytest.mark.parametrize(("folder", "texts"), [("seeds", "seeds"), ("corpus-quantities", "corpus")])
def test_gold_quantities_are_found_and_nothing_else(folder: str, texts: str) -> None:
    """On the real reports, precision and recall against the gold are at least 0.98."""
    hit = wanted = got_total = 0
    for _, gold, text in _gold(folder, texts):
        want = [_key(str(q["text"]), q["value"], str(q["unit"]), str(q["approx"])) for q in gold]
        got = [
            _key(q.text, q.value, q.unit, q.approx.value)
            for q in extract_quantities(normalize(text))
        ]
        got_total += len(got)
        wanted += len(want)
        for w in want:
            if w in got:
                got.remove(w)
                hit += 1
    assert hit / wanted >= 0.98
    assert hit / got_total >= 0.98


def test_the_scan_names_its_groups_in_the_order_it_reads_them() -> None:
    """extract_quantities reads the scan's groups by position, in this order."""
    assert tuple(quantities._SCAN.groupindex) == ("q", *quantities._GROUPS)


@pytest.mark.parametrize("unit", ["期次", "班次", "课次", "场次", "批次"])
def test_compound_counts_of_sessions_keep_their_whole_unit(unit: str) -> None:
    (quantity,) = extract_quantities(f"全年举办法治培训4{unit}。")
    assert (quantity.text, quantity.unit) == (f"4{unit}", unit)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("在考核中连续三年获得优秀等次。", ["三年"]),
        ("用3年时间完成改造,工作满5年的人员。", ["3年", "5年"]),
        ("开展为期两年的专项行动。", ["两年"]),
        # A year's name, a programme's, a grade, the past years: no duration.
        ("2023年,全县推进公务员三年学法轮训,实施三年行动计划。", []),
        ("三年来,全区累计审查合同21件。", ["21件"]),
        ("连续2023年", []),
    ],
)
def test_years_are_a_duration_only_after_a_word_that_makes_them_one(
    sentence: str, texts: list[str]
) -> None:
    assert [q.text for q in extract_quantities(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # So many times a period, the first number after it, is a frequency.
        ("以每两月1次频次开展中心组学法5次。", ["5次"]),
        ("每季度集体学法不少于1次,全年学法6次。", ["6次"]),
        ("每年开展执法培训不少于2次。", []),
        # The year's count, per year or after another number, is read.
        ("每年开展中心组学法20余次。", ["20余次"]),
        ("每月开展检查,全年检查15次。", ["15次"]),
        ("每年培训执法人员2000人次。", ["2000人次"]),
    ],
)
def test_a_frequency_is_not_a_count_of_the_year(sentence: str, texts: list[str]) -> None:
    assert [q.text for q in extract_quantities(sentence)] == texts

"""Make attachments the way offices publish them, from text, for the readers' tests.

:func:`print_pdf` sets a text as a government office prints a report (党政机关公文格式,
GB/T 9704): A4, a type area of 156 × 225 mm, 28 characters a line and 22 lines a page in
a Song face (reportlab's built-in ``STSong-Light`` CID font, which needs no font file),
paragraphs indented by two characters, the page number ``— N —`` under the type area,
and, when asked, a running head over every page but the first.  :func:`scan_pdf` makes a
scan of such a PDF: every page rasterised, turned a little, specked with noise, a red
seal stamped over the signature, and the images put back as an image-only PDF.
"""

from __future__ import annotations

import io
import math
import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

import fzbg

FONT = "STSong-Light"
SIZE = 15.75  # points: 28 full-width characters fill the 156 mm line
CHARS, LINES = 28, 22
LEFT, TOP = 28 * mm, 37 * mm
WIDTH, HEIGHT = 156 * mm, 225 * mm
LEADING = HEIGHT / LINES
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _width(text: str) -> float:
    return sum(1.0 if ord(c) > 0x2E7F else 0.5 for c in text)


def wrap(paragraph: str, first_indent: int = 2) -> list[str]:
    """Break a paragraph into printed lines of at most 28 full-width characters."""
    lines: list[str] = []
    line, room = "", CHARS - first_indent
    for char in paragraph:
        if _width(line + char) > room:
            lines.append(line)
            line, room = "", CHARS
        line += char
    lines.append(line)
    return lines


def layout(text: str) -> list[list[tuple[float, str]]]:
    """The text as pages of ``(indent in characters, line)``."""
    printed: list[tuple[float, str]] = []
    for paragraph in text.split("\n"):
        body = paragraph.strip()
        if not body:
            continue
        for n, line in enumerate(wrap(body)):
            printed.append((2.0 if n == 0 else 0.0, line))
    return [printed[i : i + LINES] for i in range(0, len(printed), LINES)] or [[]]


def drawable(piece: str) -> str:
    """``piece`` as it can be drawn: PDFium reads no text object of one character set in
    a CJK font that is not embedded (it takes the last glyph's width as zero and drops
    objects without area), so one character is drawn with a space after it."""
    return piece + " " if len(piece) == 1 else piece


def print_pdf(text: str, *, running_head: str | None = None, dash: str = "—") -> bytes:
    """The text printed as an office prints a report, as PDF bytes with a text layer."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle("report")
    _, page_height = A4
    for number, lines in enumerate(layout(text), start=1):
        if running_head and number > 1:
            canvas.setFont(FONT, 10.5)
            canvas.drawCentredString(LEFT + WIDTH / 2, page_height - TOP + 12 * mm, running_head)
        canvas.setFont(FONT, SIZE)
        for row, (indent, line) in enumerate(lines):
            y = page_height - TOP - (row + 1) * LEADING + 0.25 * LEADING
            canvas.drawString(LEFT + indent * SIZE, y, drawable(line))
        canvas.setFont(FONT, 14)
        foot = f"{dash} {number} {dash}"
        canvas.drawCentredString(LEFT + WIDTH / 2, page_height - TOP - HEIGHT - 7 * mm, foot)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def scan_pdf(pdf: bytes, *, pages: int | None = None, dpi: int = 200, seed: int = 0) -> bytes:
    """A scan of ``pdf``: its pages as slightly turned, specked images, sealed on the last."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - test helper, optional
    from PIL import ImageDraw  # noqa: PLC0415

    rng = random.Random(seed)
    document = pdfium.PdfDocument(pdf)
    count = len(document) if pages is None else min(pages, len(document))
    images = []
    for index in range(count):
        image = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
        draw = ImageDraw.Draw(image)
        for _ in range(image.width * image.height // 4000):  # specks of toner and dust
            x, y = rng.randrange(image.width), rng.randrange(image.height)
            draw.point((x, y), fill=(rng.randrange(60, 200),) * 3)
        if index == count - 1:
            _seal(draw, image.width * 0.62, image.height * 0.55, dpi)
        angle = rng.uniform(-0.8, 0.8)
        images.append(image.rotate(angle, fillcolor=(255, 255, 255), expand=False))
    document.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


def _seal(draw: object, cx: float, cy: float, dpi: int) -> None:
    """A round red seal 42 mm across with a star, stamped at ``(cx, cy)``."""
    from PIL import ImageDraw  # noqa: PLC0415

    assert isinstance(draw, ImageDraw.ImageDraw)
    r = 21 / 25.4 * dpi
    red = (220, 30, 30)
    for k in range(6):
        draw.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=red)
    star = [
        (
            cx + (r / 3 if i % 2 == 0 else r / 7) * math.sin(i * math.pi / 5),
            cy - (r / 3 if i % 2 == 0 else r / 7) * math.cos(i * math.pi / 5),
        )
        for i in range(10)
    ]
    draw.polygon(star, fill=red)


REPORT = """青石县2025年度法治政府建设情况报告
市人民政府：
2025年，青石县在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，围绕建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府目标，扎实推进各项工作。现将有关情况报告如下：
一、2025年推进法治政府建设的主要举措和成效
（一）坚持党的领导，压实法治建设责任。县委常委会、县政府常务会议专题研究法治政府建设工作6次，印发年度工作要点，分解任务42项，明确责任单位和完成时限。将法治建设纳入全县综合考核，权重提高到5%，对考核排名靠后的3个单位进行约谈。
（二）健全制度体系，提升依法决策水平。全面落实重大行政决策程序规定，编制并公布年度重大行政决策事项目录8项，开展专家论证和风险评估12次，召开听证会2场。县政府法律顾问列席常务会议23次，审查政府合同156件，提出法律意见310条，审查行政规范性文件19件，备案审查率达到100%。
（三）深化改革创新，优化法治化营商环境。持续推进“放管服”改革，政务服务事项网上可办率达到98.6%，“一件事一次办”事项拓展至45项。开展涉企行政执法专项检查，清理妨碍统一市场和公平竞争的文件7件，为企业减免各类费用1280万元。
（四）规范执法行为，推进严格公正文明执法。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，组织执法人员轮训4期，培训860人次。推行包容审慎监管，对轻微违法行为不予处罚案件137件，开展执法案卷评查，评查案卷200卷。
（五）强化权力监督，促进依法行政。自觉接受人大法律监督和政协民主监督，办理人大代表建议96件、政协提案118件，办结率100%。全县行政机关负责人出庭应诉率达到100%，行政复议受理案件64件，纠错率12.5%。
（六）加强普法宣传，营造尊法学法氛围。落实“谁执法谁普法”责任制，开展“法律明白人”培养工程，培养骨干1500余名，举办法治讲座38场，覆盖群众2万余人次。
二、2025年推进法治政府建设存在的不足和原因
一是部分单位对法治政府建设重视不够，主要负责人履职还有差距；二是基层执法力量较为薄弱，执法人员专业化水平有待提高；三是法治宣传的针对性和实效性还需增强。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县政府主要负责人认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治工作，带头学法、带头尊法，全年参加集体学法4次，带头出庭应诉1次。
四、2026年推进法治政府建设的主要安排
（一）持续深化学习贯彻。把习近平法治思想纳入各级党委（党组）理论学习中心组学习重点内容，全年开展专题学习不少于4次。
（二）着力提升执法质效。开展行政执法能力提升行动，组织执法人员培训不少于3期，推进执法监督平台全覆盖。
（三）不断强化法治宣传。实施“八五”普法总结验收，打造法治文化阵地10个。
特此报告。
青石县人民政府
2026年1月15日
"""
"""An invented report of five printed pages, in the genre's style (not a real report)."""

RUNNING_HEAD = "青石县人民政府文件"
"""The running head :data:`REPORT` is printed with in the tests."""


def acceptance_shape(report: fzbg.Report) -> tuple[object, ...]:
    """What issue 14's acceptance compares between a printed seed and its text: metadata,
    sections, measures' titles and quantities."""
    return (
        (report.title, report.issuer, report.year, report.signed, report.plan_year),
        [(s.kind, s.heading) for s in report.sections],
        [m.title for m in report.measures],
        [(q.value, q.unit) for q in report.quantities],
    )

"""A small OFD (GB/T 33190) writer for the tests: a text laid out as an office prints it.

The pages are those of :func:`_print.layout` (28 characters a line, 22 lines a page), in
millimetres on A4, one ``TextObject`` per printed line, the page number ``— N —`` at the
foot, a running head when asked, and a seal as an annotation on the last page.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from _print import layout

NS = "http://www.ofdspec.org/2016"
SIZE = 5.556  # mm: 15.75 pt
LEFT, TOP, LEADING = 28.0, 37.0, 225.0 / 22


def _advance(char: str) -> float:
    return SIZE if ord(char) > 0x2E7F else SIZE / 2


def _text_object(ident: int, x: float, top: float, text: str, size: float = SIZE) -> str:
    deltas = " ".join(f"{_advance(c) * size / SIZE:.3f}" for c in text[:-1])
    width = sum(_advance(c) for c in text) * size / SIZE
    return (
        f'<ofd:TextObject ID="{ident}" Boundary="{x:.3f} {top:.3f} {width:.3f} {size * 1.2:.3f}" '
        f'Font="2" Size="{size:.3f}"><ofd:TextCode X="0" Y="{size:.3f}" DeltaX="{deltas}">'
        f"{escape(text)}</ofd:TextCode></ofd:TextObject>"
    )


def write_ofd(
    text: str, *, running_head: str | None = None, backwards: bool = False, dash: str = "—"
) -> bytes:
    """``text`` as an OFD file; ``backwards`` writes each page's objects bottom-up."""
    ident = 10
    pages = []
    for number, lines in enumerate(layout(text), start=1):
        objects = []
        if running_head and number > 1:
            objects.append(_text_object(ident, LEFT + 60, TOP - 12, running_head, 3.7))
        for row, (indent, line) in enumerate(lines):
            ident += 1
            objects.append(_text_object(ident, LEFT + indent * SIZE, TOP + row * LEADING, line))
        ident += 1
        objects.append(_text_object(ident, LEFT + 70, TOP + 232, f"{dash} {number} {dash}", 4.9))
        if backwards:
            objects.reverse()
        pages.append(
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
            f'<ofd:Layer ID="{ident + 1}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>'
        )
        ident += 2
    page_list = "".join(
        f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages))
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" '
            f'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>'
            f"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        archive.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}">'
            f"<ofd:CommonData><ofd:MaxUnitID>{ident}</ofd:MaxUnitID><ofd:PageArea>"
            f"<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
            f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
            f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>",
        )
        archive.writestr(
            "Doc_0/PublicRes.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res">'
            '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/>'
            "</ofd:Fonts></ofd:Res>",
        )
        for n, page in enumerate(pages):
            archive.writestr(f"Doc_0/Pages/Page_{n}/Content.xml", page)
        archive.writestr("Doc_0/Signs/Sign_0/SignedValue.dat", b"\x30\x82 a seal's signature")
    return out.getvalue()

"""An atheris fuzz target for the attachment readers: PDF, Word 97-2003 .doc and OFD.

    python fuzz/fuzz_readers.py -atheris_runs=1000000 -max_len=4096 [corpus-dir]

The first byte picks a reader; the rest are mutated into bytes that look like its format
(a ``%PDF-`` header, an OLE2 header, a zip holding ``OFD.xml``), starting from small
valid files made here, so that the parsers get past their magic numbers.  A reader may
return text or raise a :class:`fzbg.FzbgError`; anything else is a crash.  OCR is
switched off (see below).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

with atheris.instrument_imports():
    import fzbg
    from fzbg.read.doc import OLE_MAGIC, read_doc
    from fzbg.read.ofd import read_ofd
    from fzbg.read.pdf import PDF_MAGIC, read_pdf

# OCR is not fuzzed: a page without text would be rendered and recognised, seconds per
# execution (the engine is a third party's; tests/test_ocr.py covers fzbg's side of it,
# and pages that are no pages are refused before rendering).  Such a PDF raises
# NoTextLayerError here instead, a FzbgError.
fzbg.read.pdf.have_ocr = lambda: False

DOC = (ROOT / "tests" / "fixtures" / "attachments" / "report.doc").read_bytes()
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R"
    b"/Resources<<>>>>endobj 4 0 obj<</Length 30>>stream\nBT /F1 12 Tf 10 10 Td (a) Tj ET\n"
    b"endstream endobj trailer<</Root 1 0 R>>\n%%EOF"
)


def _ofd(page: bytes) -> bytes:
    out = io.BytesIO()
    ns = b'xmlns:ofd="http://www.ofdspec.org/2016"'
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "OFD.xml",
            b"<ofd:OFD " + ns + b"><ofd:DocBody><ofd:DocRoot>"
            b"Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        archive.writestr(
            "Doc_0/Document.xml",
            b"<ofd:Document " + ns + b"><ofd:Pages>"
            b'<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
            b"</ofd:Pages></ofd:Document>",
        )
        archive.writestr("Doc_0/Pages/Page_0/Content.xml", page)
    return out.getvalue()


def _mutate(base: bytes, fdp: atheris.FuzzedDataProvider) -> bytes:
    data = bytearray(base)
    for _ in range(fdp.ConsumeIntInRange(0, 16)):
        if not data:
            break
        data[fdp.ConsumeIntInRange(0, len(data) - 1)] = fdp.ConsumeInt(1) & 0xFF
    cut = fdp.ConsumeIntInRange(0, len(data))
    return bytes(data[:cut]) + fdp.ConsumeBytes(fdp.remaining_bytes())


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    try:
        if mode == 0:
            read_pdf(_mutate(PDF, fdp), "fuzz.pdf")
        elif mode == 1:
            read_doc(_mutate(DOC, fdp), "fuzz.doc")
        elif mode == 2:
            page = b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">' + fdp.ConsumeBytes(
                fdp.ConsumeIntInRange(0, 512)
            )
            read_ofd(_ofd(page), "fuzz.ofd")
        else:
            head = (PDF_MAGIC, OLE_MAGIC, b"PK\x03\x04")[fdp.ConsumeIntInRange(0, 2)]
            raw = head + fdp.ConsumeBytes(fdp.remaining_bytes())
            reader = {PDF_MAGIC: read_pdf, OLE_MAGIC: read_doc}.get(head, read_ofd)
            reader(raw, "fuzz.bin")
    except fzbg.FzbgError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

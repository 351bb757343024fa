"""Web archives (``.mht``, ``.mhtml``): a page a browser saved as one file, with its images.

The page is read by :func:`fzbg.read.html.read_html` (``fzbg[html]``).
"""

from __future__ import annotations

import email
import email.policy

from fzbg.errors import UnsupportedFormatError
from fzbg.read.html import read_html
from fzbg.read.record import Source

__all__ = ["read_mhtml"]


def read_mhtml(data: bytes, name: str) -> Source:
    r"""Read the report in a web archive: its page, as :func:`~fzbg.read.html.read_html` does.

    Args:
        data: The archive's bytes: a MIME message whose first ``text/html`` part is the
            page, or a page saved as markup under this suffix.
        name: What to call the file in error messages.

    Returns:
        The page's text and fields (see :func:`~fzbg.read.html.read_html`).

    Raises:
        UnsupportedFormatError: A web archive with no page in it.
        MissingExtraError: selectolax is not installed.
        DecodeError: The page's bytes are in no supported encoding.

    Example:
        >>> archive = (b"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        ...            + "<p>一、主要举措</p>".encode())
        >>> read_mhtml(archive, "报告.mht").text
        '一、主要举措\n'

    """
    page, charset = _web_archive_page(data, name)
    return read_html(page, name, charset=charset)


def _web_archive_page(data: bytes, name: str) -> tuple[bytes, str | None]:
    """The page of a web archive (``.mht``): its HTML part's bytes and declared charset.

    A browser's "save as one file" writes the page and its images as a MIME message; the
    page is its first ``text/html`` part, transfer-encoded (quoted-printable or base64)
    with its charset in the part's header.  A file that is no MIME message is taken to be
    the page itself (some tools save plain HTML under that name).

    Raises:
        UnsupportedFormatError: A web archive with no page in it.

    """
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<":  # markup, not a MIME header
        return data, None
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, part.get_content_charset()
    raise UnsupportedFormatError(f"{name}: a web archive (.mht) without a page in it")

"""Every URL fzbg publishes leads somewhere: no placeholder homes, no unserved schema $id."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import fzbg

ROOT = Path(__file__).resolve().parents[1]

# Sites that exist and that fzbg points at on purpose: the JSON Schema meta-schema, the
# documentation of the libraries the docs link to, the public MS-DOC specification, and
# the OOXML, SVG and OFD namespaces (names, not links) that files of those formats use.
REAL = (
    "https://json-schema.org/draft/2020-12/schema",
    "https://docs.python.org/3",
    "https://www.attrs.org/",
    "https://pandas.pydata.org/docs",
    "http://schemas.openxmlformats.org/",
    "http://www.w3.org/2000/svg",
    "http://www.ofdspec.org/2016",
    "https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-doc/",
    "https://ekzhu.com/datasketch/",
    "https://rapidfuzz.github.io/RapidFuzz/",
    "https://playwright.dev/python/",
)
_URL = re.compile(r"https?://[^\s\"'<>)`\]]+")


def _published() -> list[Path]:
    files = [ROOT / "pyproject.toml", ROOT / "README.md", ROOT / "docs" / "conf.py"]
    files += sorted((ROOT / "docs").glob("*.md")) + sorted((ROOT / "src").rglob("*.py"))
    return [f for f in files if f.is_file()]


def test_the_schema_id_is_the_file_the_docs_build_writes() -> None:
    """The $id is a reference relative to the docs, where the build writes the schema."""
    schema_id = fzbg.json_schema()["$id"]
    assert schema_id == "report.schema.json"
    assert "://" not in schema_id


def test_every_url_in_the_schema_is_real() -> None:
    """Only the meta-schema's URL remains."""
    urls = _URL.findall(json.dumps(fzbg.json_schema()))
    assert urls == ["https://json-schema.org/draft/2020-12/schema"]


def test_every_url_in_the_metadata_and_docs_is_real() -> None:
    """No placeholder home page, repository or documentation site."""
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not a checkout")
    unknown = {
        (path.relative_to(ROOT).as_posix(), url)
        for path in _published()
        for url in _URL.findall(path.read_text(encoding="utf-8"))
        if not url.startswith(REAL)
    }
    assert not unknown

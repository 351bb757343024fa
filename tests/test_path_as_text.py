"""A str is text, always; but a str that is the path of an existing file gets a warning."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import fzbg
from fzbg.model import DIAGNOSTIC_CODES

REPORT = "一、主要举措和成效\n（一）加强组织领导。召开专题会议3次。\n"


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "reports" / "x.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_a_path_passed_as_str_is_parsed_as_text_with_a_warning(report_file: Path) -> None:
    """parse_report('reports/x.txt'): the path is the text, and both a diagnostic and a
    UserWarning say that a Path reads the file."""
    with pytest.warns(UserWarning, match=r"pathlib\.Path"):
        report = fzbg.parse_report(str(report_file))
    assert report.text == str(report_file)
    assert [d.code for d in report.diagnostics if d.code == "path-as-text"] == ["path-as-text"]
    assert "path-as-text" in DIAGNOSTIC_CODES


@pytest.mark.parametrize("padding", ["", " ", "\n"])
def test_the_path_may_have_white_space_around_it(report_file: Path, padding: str) -> None:
    """A path with a trailing newline (read from a list of files) is still a path."""
    with pytest.warns(UserWarning, match="is the path of a file"):
        fzbg.parse_report(f"{report_file}{padding}")


@pytest.mark.parametrize(
    "text", [REPORT, "reports/no-such-file.txt", "x" * 5000, "a\x00b", "", "一、主要举措和成效"]
)
def test_text_that_is_no_existing_file_gets_no_warning(text: str) -> None:
    """Report text, a path to nothing, and odd strings parse without a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = fzbg.parse_report(text)
    assert "path-as-text" not in {d.code for d in report.diagnostics}


def test_a_path_object_reads_the_file(report_file: Path) -> None:
    """The fix the warning names works: a Path is read."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = fzbg.parse_report(report_file)
    assert report.quantities[0].text == "3次"


def test_a_directory_path_is_not_a_file(tmp_path: Path) -> None:
    """Only an existing regular file counts: a directory's path is just text."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fzbg.parse_report(str(tmp_path))

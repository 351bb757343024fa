"""Error messages point at the place: line, column and carets under Chinese text."""

from __future__ import annotations

import pickle

import pytest

from fzbg.errors import DecodeError, FzbgError, caret, point_at


@pytest.mark.parametrize(
    ("line", "start", "end", "expected"),
    [
        ("（一）加强领导", 0, 3, "^^^^^^"),  # three full-width characters: six columns
        ("（一）加强领导", 3, 5, "      ^^^^"),
        ("(一)加强领导", 3, None, "    ^^"),
        ("1.abc", 2, 5, "  ^^^"),
        ("一、", 2, None, "    ^"),  # the end of the line: one caret after it
        ("", 0, None, "^"),
        ("一是", 1, 1, "  ^^"),  # an empty place still gets a caret
    ],
)
def test_carets_are_padded_for_double_width(
    line: str, start: int, end: int | None, expected: str
) -> None:
    """Each wide character takes two columns, before and under the place."""
    assert caret(line, start, end) == expected


def test_point_at_names_line_and_column() -> None:
    """The message says the input, the line and the column, then shows the place."""
    text = "一、主要举措和成效\n（一二）加强组织领导"
    start = text.index("一二")
    assert point_at(text, start, start + 2, name="报告.txt") == (
        "报告.txt, line 2, column 2:\n    （一二）加强组织领导\n      ^^^^"
    )


def test_point_at_shortens_long_lines() -> None:
    """A long line is cut to the neighbourhood of the place."""
    text = "甲" * 100 + "错" + "乙" * 100
    message = point_at(text, 100)
    shown, marks = message.splitlines()[1:]
    assert "错" in shown
    assert len(shown) < 70
    assert marks.strip() == "^^"
    assert message.startswith("<text>, line 1, column 101:")


@pytest.mark.parametrize("offset", [-5, 0, 3, 10_000])
def test_point_at_any_offset(offset: int) -> None:
    """Offsets outside the text are clamped, never an IndexError."""
    assert point_at("一、\n二、", offset).startswith("<text>, line ")


def test_decode_error_pickles_with_its_details() -> None:
    """A DecodeError crosses process boundaries (batch workers) intact."""
    error = DecodeError("x.txt: not text", name="x.txt", tried=("utf-8",), offset=3)
    back = pickle.loads(pickle.dumps(error))
    assert isinstance(back, FzbgError)
    assert (str(back), back.name, back.tried, back.offset) == (
        "x.txt: not text",
        "x.txt",
        ("utf-8",),
        3,
    )

"""parse_report pauses the cyclic garbage collector while it builds, and always resumes it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

import fzbg
from fzbg import api
from fzbg._gc import collection_paused
from fzbg.lex.lines import Line, lex

REPORT = (
    "一、主要举措和成效\n(一)加强组织领导。召开专题会议4次。\n二、存在的不足和原因\n一是人员不足。"
)


@pytest.fixture(autouse=True)
def _gc_restored() -> Iterator[None]:
    """Whatever a test does, the collector is on again after it."""
    yield
    gc.enable()


def test_collection_is_paused_during_a_parse_and_resumed_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []

    def spying_lex(view: str) -> tuple[Line, ...]:
        seen.append(gc.isenabled())
        return lex(view)

    monkeypatch.setattr(api, "lex", spying_lex)
    gc.enable()
    fzbg.parse_report(REPORT)
    assert seen == [False]
    assert gc.isenabled()


def test_a_program_that_turned_collection_off_keeps_it_off() -> None:
    gc.disable()
    fzbg.parse_report(REPORT)
    assert not gc.isenabled()


def test_collection_resumes_when_a_parse_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(view: str) -> object:
        raise RuntimeError("a bug in a stage")

    monkeypatch.setattr(api, "lex", broken)
    gc.enable()
    with pytest.raises(RuntimeError, match="a bug in a stage"):
        fzbg.parse_report(REPORT)
    assert gc.isenabled()


def test_collection_resumes_after_a_strict_parse_raises() -> None:
    gc.enable()
    with pytest.raises(fzbg.StrictModeError):
        fzbg.parse_report("没有任何章节的文字。", strict=True)
    assert gc.isenabled()


def test_nested_pauses_resume_once_the_outer_one_ends() -> None:
    gc.enable()
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_pauses_in_two_threads_resume_when_the_last_one_ends() -> None:
    """The first thread to end must not turn collection on under the other."""
    gc.enable()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states: dict[str, bool] = {}

    def first() -> None:
        with collection_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collection_paused():
            second_in.set()
            first_out.wait(5)
            states["second, after the first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert states == {"second, after the first ended": False}
    assert gc.isenabled()

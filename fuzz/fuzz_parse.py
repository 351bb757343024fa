"""An atheris fuzz target for ``fzbg.parse_report``, over text and over bytes.

    python fuzz/fuzz_parse.py -atheris_runs=1000000 -max_len=2048 [corpus-dir]

Each input is split by its first byte into one of three modes:

- arbitrary text (any code point but surrogates, which atheris cannot make);
- bytes, given to ``parse_report`` as they are — a :class:`fzbg.FzbgError` for
  undecodable bytes is fine, anything else is a crash, and the report must equal the
  report of the decoded text;
- genre text: the bytes pick pieces (markers, numbers, qualifiers, cue words, chrome,
  debris, line breaks) so that the parser's rules fire instead of being skipped.

Whatever the mode, the report must keep the promises the property tests state: every
span slices ``report.text`` to the object's text, and re-inserting the debris gives back
the normalised input.  A broken promise raises, and atheris saves the input.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

with atheris.instrument_imports():
    import fzbg
    from fzbg.page.debris import restore_debris
    from fzbg.read.sources import read_source
    from fzbg.text.normalize import normalize

PIECES = [
    "一、", "二、", "十一、", "一,、", "(一)", "（二）", "(", ")", "）", "1、", "2.", "3．",
    "(1)", "①", "一是", "二是", "第一，", "第二部分", "2025年", "2025 年", "6.1万", "98.5%",
    "百分之九十八", "三", "两", "近", "余", "多", "以上", "约", "左右", "不足", "超", "逾",
    "以内", "个", "次", "件", "人次", "場次", "个工作日", "个百分点", "元", "万", "亿",
    "主要举措和成效", "存在的不足和原因", "困难和挑战", "第一责任人", "下一步工作打算",
    "2025年工作安排", "其他", "我们也清醒地看到", "特此报告。", "区人民政府:", "现将",
    "发布时间:2024-03-01", "来源:", "浏览次数:", "打印 关闭", "分享到:", "当前位置:首页 > ",
    "[bookmark: _GoBack]", "建設(shè)", "區(qū)", "(试行)", "《", "》", "〔2021〕7号",
    "国务院令第713号", "。", "，", "；", "：", "、", "\u3000", " ", "\t", "\ufeff",
    "\u200b", "\xa0", "\ue000", "\n", "\n", "\r\n", "\r", "\u2028", "加强", "法治", "建設",
]  # fmt: skip


def _genre(fdp: atheris.FuzzedDataProvider) -> str:
    count = fdp.ConsumeIntInRange(0, 200)
    return "".join(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)] for _ in range(count))


def _check(source: str) -> None:
    report = fzbg.parse_report(source)
    text = report.text
    for section in report.sections:
        if text[section.span.start : section.span.end] != section.text:
            raise AssertionError(f"section span {section.span} does not slice its text")
        stack = list(section.items)
        while stack:
            item = stack.pop()
            if text[item.span.start : item.span.end] != item.text:
                raise AssertionError(f"item span {item.span} does not slice its text")
            stack.extend(item.children)
    for thing in (*report.quantities, *report.references):
        if text[thing.span.start : thing.span.end] != thing.text:
            raise AssertionError(f"span {thing.span} does not slice {thing.text!r}")
    if restore_debris(text, report.debris) != normalize(source):
        raise AssertionError("debris does not restore the normalised input")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    if mode == 0:
        _check(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
    elif mode == 1:
        data = fdp.ConsumeBytes(fdp.remaining_bytes())
        try:
            report = fzbg.parse_report(data)
        except fzbg.FzbgError:
            return
        source = read_source(data)
        if report != fzbg.parse_report(source):
            raise AssertionError("bytes parse differently from their decoded text")
        _check(source)
    else:
        _check(_genre(fdp))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

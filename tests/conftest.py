"""Test-wide settings: property tests never fail on time, only on what they check."""

from collections.abc import Iterable, Iterator

import pytest
from hypothesis import settings

from fzbg.run import batch as batch_module
from fzbg.run.batch import Row

# A loaded CI machine can take longer than hypothesis's default 200 ms per example;
# speed is the benchmarks' business (bench/), not the tests'.
settings.register_profile("fzbg", deadline=None)
settings.load_profile("fzbg")


@pytest.fixture
def interrupt_after_first_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch's Ctrl-C right after its first row is written (the progress loop raises)."""

    def interrupted_after_one(rows: Iterable[Row], total: int, progress: bool) -> Iterator[Row]:
        yield next(iter(rows))
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_module, "_bar", interrupted_after_one)

"""Tables round-trip: any reports written as Parquet read back as to_frames gives them."""

from __future__ import annotations

import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from model_strategies import reports

import fzbg
from fzbg.analyze.frames import to_frames, write_parquet
from fzbg.model import Report

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

_SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.lists(reports(), max_size=4), st.booleans())
def test_read_tables_of_write_parquet_is_to_frames(batch: list[Report], keyed: bool) -> None:
    """Every table, every value and every dtype survive the Parquet round trip."""
    given_ = {f"{i}.txt": r for i, r in enumerate(batch)} if keyed else batch
    with tempfile.TemporaryDirectory() as folder:
        write_parquet(given_, folder)
        back = fzbg.read_tables(folder)
    expected = to_frames(given_)
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(back[name], frame, obj=name)

"""Test-wide settings: property tests never fail on time, only on what they check."""

from hypothesis import settings

# A loaded CI machine can take longer than hypothesis's default 200 ms per example;
# speed is the benchmarks' business (bench/), not the tests'.
settings.register_profile("fzbg", deadline=None)
settings.load_profile("fzbg")

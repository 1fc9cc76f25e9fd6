"""Tests marked `date_sensitive` run once per frozen date: what they check must hold on any day."""

from datetime import UTC, datetime

import pytest
import time_machine

FROZEN_DATES = ("2026-01-01", "2026-12-24", "2031-06-01")


def pytest_configure(config):
    config.addinivalue_line("markers", "date_sensitive: run under each of FROZEN_DATES with the clock frozen")


def pytest_generate_tests(metafunc):
    if metafunc.definition.get_closest_marker("date_sensitive"):
        metafunc.fixturenames.append("frozen_clock")
        metafunc.parametrize("frozen_clock", FROZEN_DATES, indirect=True)


@pytest.fixture
def frozen_clock(request):
    """The wall clock stopped at noon UTC of the test's date (monotonic clocks still run)."""
    moment = datetime.fromisoformat(request.param).replace(hour=12, tzinfo=UTC)
    with time_machine.travel(moment, tick=False):
        yield moment

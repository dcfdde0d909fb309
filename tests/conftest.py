from __future__ import annotations

from pathlib import Path

import pytest

from querychat.data import DuckDBSource, Limits

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"


@pytest.fixture
def penguins_source() -> DuckDBSource:
    source = DuckDBSource(Limits(timeout_s=3.0))
    source.add_file(SAMPLE / "penguins.csv", name="penguins")
    yield source
    source.close()


@pytest.fixture
def sample_source() -> DuckDBSource:
    source = DuckDBSource(Limits(timeout_s=3.0))
    source.add_file(SAMPLE / "penguins.csv", name="penguins")
    source.add_file(SAMPLE / "seattle_weather.csv", name="seattle_weather")
    yield source
    source.close()

"""Keeps bench/ from rotting: one quick benchmark function on small generated data. No timing asserts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import bench_query  # noqa: E402
from bench.common import Row, csv_path  # noqa: E402


def test_query_benchmark_runs_on_small_data(tmp_path: Path) -> None:
    path = csv_path(20_000, tmp_path)
    assert path.stat().st_size > 0
    rows = bench_query.run([20_000], repeat=2, path_for=lambda n: csv_path(n, tmp_path))
    assert len(rows) == len(bench_query.QUERIES)
    for row in rows:
        assert isinstance(row, Row)
        assert row.ours is not None and row.ours > 0
        assert row.base is not None and row.base > 0
        assert row.ok in (True, False)
        assert set(row.as_dict()) >= {"name", "ours", "base", "ratio", "target", "ok"}

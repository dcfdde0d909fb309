"""A query through our guard + sandbox + result packaging (``DuckDBSource.query``) vs raw DuckDB.

Both sides hold the same table in one process; the raw side runs the same SQL on a plain connection
with the same thread count and fetches every row (``fetchall``). Target: at most 10% or 5 ms over raw.
"""

from __future__ import annotations

from typing import Any

from bench.common import TABLE, Row, csv_path, human_rows, interleaved, median, overhead_ok

QUERIES = {
    "aggregate by group": (
        f"SELECT category, count(*) AS orders, sum(amount) AS revenue, avg(quantity) AS avg_quantity "
        f"FROM {TABLE} GROUP BY category ORDER BY revenue DESC"
    ),
    "top-N": f"SELECT id, category, region, amount FROM {TABLE} ORDER BY amount DESC NULLS LAST, id LIMIT 10",
    "filter": (
        f"SELECT id, region, amount, order_date FROM {TABLE} "
        f"WHERE region = 'north' AND amount > 990 AND order_date >= DATE '2022-01-01' ORDER BY id"
    ),
}


def load_pair(path: str) -> tuple[Any, Any]:
    """Our session source and a plain DuckDB connection holding the same table."""
    import duckdb

    from querychat.data import DuckDBSource, Limits

    ours = DuckDBSource(Limits(max_upload_bytes=4 * 2**30))
    ours.add_file(path, name=TABLE)
    raw = duckdb.connect(config={"threads": ours.limits.threads})
    raw.execute(f"CREATE TABLE {TABLE} AS SELECT * FROM read_csv('{path}')")
    return ours, raw


def run(sizes: list[int], repeat: int = 15, path_for=csv_path) -> list[Row]:
    rows: list[Row] = []
    for n in sizes:
        ours, raw = load_pair(str(path_for(n)))
        try:
            for label, sql in QUERIES.items():
                got = ours.query(sql)
                want = raw.execute(sql).fetchall()
                assert got.row_count == len(want), (label, got.row_count, len(want))
                times = interleaved(
                    {
                        "ours": lambda sql=sql, ours=ours: ours.query(sql),
                        "raw": lambda sql=sql, raw=raw: raw.execute(sql).fetchall(),
                    },
                    repeat=repeat,
                    warmup=2,
                )
                o, b = median(times["ours"]), median(times["raw"])
                # Where the overhead goes: the guard (parse, check, regenerate) alone, on the same text.
                guard = median([_time(lambda sql=sql, ours=ours: ours.validate(sql)) for _ in range(repeat)])
                rows.append(
                    Row(
                        "query",
                        f"{label} ({human_rows(n)} rows, {got.row_count} out)",
                        o,
                        b,
                        target="<= +10% or +5 ms",
                        ok=overhead_ok(o, b),
                        note=f"+{o - b:.1f} ms, guard alone {guard:.1f} ms",
                        extra={"overhead_ms": round(o - b, 3), "guard_ms": round(guard, 3), "result_rows": got.row_count},
                    )
                )
        finally:
            ours.close()
            raw.close()
    return rows


def _time(fn) -> float:
    import time

    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000

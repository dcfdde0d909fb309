"""One measurement in a fresh interpreter, so peak memory and import state belong to it alone.

Usage: python bench/worker.py ingest ours|duckdb|pandas PATH
       python bench/worker.py sessions ours|duckdb N PATH
       python bench/worker.py modules ask|query PATH
Prints one JSON object on its last line.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import TABLE, peak_rss_mb, rss_mb

BIG_UPLOADS = 4 * 2**30  # the 5M-row file (~220 MB) is over the app's 200 MB default upload limit


def _ours_source():
    from querychat.data import DuckDBSource, Limits

    return DuckDBSource(Limits(max_upload_bytes=BIG_UPLOADS))


def ingest(method: str, path: str) -> dict:
    if method == "ours":
        import querychat.data  # noqa: F401 - imports are not part of the ingest time

        before = rss_mb()
        t = time.perf_counter()
        src = _ours_source()
        src.add_file(path, name=TABLE)
        ms = (time.perf_counter() - t) * 1000
        rows = src._con.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
    elif method == "duckdb":
        import duckdb

        before = rss_mb()
        t = time.perf_counter()
        con = duckdb.connect(config={"threads": 2})
        con.execute(f"CREATE TABLE {TABLE} AS SELECT * FROM read_csv('{path}')")
        ms = (time.perf_counter() - t) * 1000
        rows = con.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
    elif method == "pandas":
        import pandas as pd

        before = rss_mb()
        t = time.perf_counter()
        frame = pd.read_csv(path, parse_dates=["order_date"])
        ms = (time.perf_counter() - t) * 1000
        rows = len(frame)
    else:
        raise SystemExit(f"unknown method {method}")
    return {"ms": ms, "rows": int(rows), "base_mb": before, "rss_mb": rss_mb(), "peak_mb": peak_rss_mb()}


def sessions(method: str, n: int, path: str) -> dict:
    """RSS held by ``n`` sessions, each with its own copy of the table (and, for ours, its profile)."""
    if method == "ours":
        import querychat.data  # noqa: F401
    else:
        import duckdb
    gc.collect()
    before = rss_mb()
    held = []
    for _ in range(n):
        if method == "ours":
            src = _ours_source()
            src.add_file(path, name=TABLE)
            src.schema()  # a session that has been asked a question holds its profile too
        else:
            src = duckdb.connect(config={"threads": 2, "memory_limit": "1GB"})
            src.execute(f"CREATE TABLE {TABLE} AS SELECT * FROM read_csv('{path}')")
        held.append(src)
    gc.collect()
    after = rss_mb()
    return {"base_mb": before, "rss_mb": after, "held_mb": after - before, "peak_mb": peak_rss_mb(), "sessions": n}


def modules(command: str, path: str) -> dict:
    """Run the CLI in-process and list which heavy modules it imported."""
    import contextlib
    import io

    from querychat.__main__ import main

    argv = {
        "ask": ["ask", "--table", f"{TABLE}={path}", "--json", "What is the total amount by category?"],
        "query": ["query", "--table", f"{TABLE}={path}", "--json", f"SELECT category, count(*) AS n FROM {TABLE} GROUP BY 1"],
    }[command]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(argv)
    heavy = ["openai", "pandas", "pyarrow", "sqlglot", "duckdb", "httpx", "numpy", "streamlit"]
    return {"rc": rc, "loaded": {m: m in sys.modules for m in heavy}}


def main() -> None:
    kind, *rest = sys.argv[1:]
    if kind == "ingest":
        out = ingest(rest[0], rest[1])
    elif kind == "sessions":
        out = sessions(rest[0], int(rest[1]), rest[2])
    elif kind == "modules":
        out = modules(rest[0], rest[1])
    else:
        raise SystemExit(f"unknown kind {kind}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()

"""Ingest of generated CSVs: our ``DuckDBSource().add_file`` vs DuckDB's own ``read_csv`` into a table
vs ``pandas.read_csv``. Each measurement runs in a fresh process (fair peak RSS); runs alternate
between the three so a noisy machine slows all alike. Target: ours within 1.25x of DuckDB.
"""

from __future__ import annotations

from bench.common import Row, csv_path, human_rows, median, worker

METHODS = ("ours", "duckdb", "pandas")


def run(sizes: list[int], repeat: int = 3, methods: tuple[str, ...] = METHODS, path_for=csv_path) -> list[Row]:
    out = []
    for n in sizes:
        path = str(path_for(n))
        got: dict[str, list[dict]] = {m: [] for m in methods}
        for r in range(repeat):
            for m in methods[r % len(methods) :] + methods[: r % len(methods)]:
                got[m].append(worker("ingest", m, path))
        t = {m: median([g["ms"] for g in got[m]]) for m in methods}
        peak = {m: median([g["peak_mb"] - g["base_mb"] for g in got[m]]) for m in methods}
        label = human_rows(n)
        out.append(
            Row(
                "ingest",
                f"ingest {label} rows: time (vs duckdb read_csv)",
                t["ours"],
                t["duckdb"],
                target="<= 1.25x",
                ok=t["ours"] <= 1.25 * t["duckdb"],
                extra={"all_ms": t},
            )
        )
        if "pandas" in methods:
            out.append(Row("ingest", f"ingest {label} rows: pandas.read_csv time (vs duckdb)", t["pandas"], t["duckdb"]))
        out.append(
            Row(
                "ingest",
                f"ingest {label} rows: peak memory over imports (vs duckdb)",
                peak["ours"],
                peak["duckdb"],
                unit="MB",
                note=("pandas " + f"{peak['pandas']:.0f} MB") if "pandas" in peak else "",
                extra={"all_mb": peak},
            )
        )
    return out

"""Memory of sessions holding a 1M-row table: one, and ten side by side, each in a fresh process.

Ours is a ``DuckDBSource`` per session with the table loaded and its schema profile computed; the
baseline is a plain DuckDB connection per session holding the same table. RSS held = RSS after
loading minus RSS after imports, from /proc.
"""

from __future__ import annotations

from bench.common import Row, csv_path, human_rows, worker


def run(rows: int = 1_000_000, counts: tuple[int, ...] = (1, 10)) -> list[Row]:
    path = str(csv_path(rows))
    out = []
    for n in counts:
        ours = worker("sessions", "ours", str(n), path)
        raw = worker("sessions", "duckdb", str(n), path)
        out.append(
            Row(
                "memory",
                f"{n} session{'s' if n > 1 else ''} x {human_rows(rows)} rows: RSS held (vs plain DuckDB)",
                ours["held_mb"],
                raw["held_mb"],
                unit="MB",
                note=f"peak {ours['peak_mb']:.0f} MB vs {raw['peak_mb']:.0f} MB",
                extra={"ours": ours, "duckdb": raw},
            )
        )
    return out

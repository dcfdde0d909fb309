"""Shared pieces of the benchmarks: generated data, timing, fresh-process workers and result rows."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
GEN_VERSION = 1  # bump when the generated data changes, so cached files are regenerated
DATA_DIR = Path(os.environ.get("QUERYCHAT_BENCH_DATA", Path(tempfile.gettempdir()) / "querychat-bench-data"))
TABLE = "sales"

# Generated data: ~42 bytes a row (1M rows ~ 42 MB), mixed types, a date column, some NULLs.
_GEN_SQL = """
COPY (
  SELECT
    i AS id,
    'product_' || lpad(CAST(hash(i) % 20 AS VARCHAR), 2, '0') AS category,
    CASE WHEN hash(i + 7) % 50 = 0 THEN NULL
         ELSE ['north', 'south', 'east', 'west', 'central'][CAST(1 + hash(i + 1) % 5 AS BIGINT)] END AS region,
    CASE WHEN hash(i + 3) % 20 = 0 THEN NULL
         ELSE round((hash(i + 2) % 100000) / 100.0, 2) END AS amount,
    CAST(1 + hash(i + 4) % 9 AS INTEGER) AS quantity,
    DATE '2020-01-01' + CAST(hash(i + 5) % 1461 AS INTEGER) AS order_date
  FROM range({rows}) t(i)
) TO '{path}' (HEADER, DELIMITER ',')
"""


def csv_path(rows: int, directory: Path | None = None) -> Path:
    """The generated CSV of ``rows`` rows, made once with DuckDB's COPY and cached between runs."""
    directory = Path(directory or DATA_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"sales_{rows}_v{GEN_VERSION}.csv"
    if not path.exists():
        import duckdb

        tmp = path.with_suffix(f".tmp{os.getpid()}.csv")
        con = duckdb.connect()
        try:
            con.execute(_GEN_SQL.format(rows=int(rows), path=str(tmp).replace("'", "''")))
        finally:
            con.close()
        os.replace(tmp, path)
    return path


def human_rows(rows: int) -> str:
    return f"{rows // 1_000_000}M" if rows >= 1_000_000 and rows % 1_000_000 == 0 else f"{rows // 1000}k"


# -- timing ---------------------------------------------------------------------------------------
def time_calls(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    """Wall times in ms of ``repeat`` calls after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def interleaved(fns: dict[str, Callable[[], Any]], repeat: int, warmup: int = 1) -> dict[str, list[float]]:
    """Time several candidates side by side, alternating them so drift on a noisy machine hits all alike."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    out: dict[str, list[float]] = {k: [] for k in fns}
    names = list(fns)
    for r in range(repeat):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            t = time.perf_counter()
            fns[name]()
            out[name].append((time.perf_counter() - t) * 1000)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# -- fresh processes ------------------------------------------------------------------------------
def worker(*args: str, env: dict[str, str] | None = None, timeout: float = 600) -> dict[str, Any]:
    """Run ``bench/worker.py`` in a fresh interpreter; it prints one JSON object as its last line."""
    proc = subprocess.run(
        [sys.executable, str(BENCH / "worker.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def rss_mb() -> float:
    """Current resident set size of this process, from /proc (Linux)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    """Peak RSS of this process (VmHWM). Not ru_maxrss: Linux carries that over fork + exec from the
    parent, so a worker started by a big runner process would report the runner's peak."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def clean_env() -> dict[str, str]:
    """The environment for querychat child processes: offline, no key, no proxies of the caller's model."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "QUERYCHAT_"))}
    env["QUERYCHAT_PROVIDER"] = "offline"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


# -- results --------------------------------------------------------------------------------------
@dataclass
class Row:
    """One line of the table: ours beside the baseline measured in the same run."""

    group: str
    name: str
    ours: float | None
    base: float | None = None
    unit: str = "ms"
    target: str = ""
    ok: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.base:
            return None
        return self.ours / self.base

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        for k in ("ours", "base"):
            if isinstance(d[k], float):
                d[k] = round(d[k], 3)
        return d


def overhead_ok(ours: float, base: float, pct: float = 0.10, abs_ms: float = 5.0) -> bool:
    """The guard target: at most ``pct`` or ``abs_ms`` over the baseline, whichever is looser."""
    return ours - base <= max(abs_ms, base * pct)


def fmt(value: float | None, unit: str = "ms") -> str:
    if value is None or value != value:
        return "-"
    if unit == "ms":
        return f"{value / 1000:.2f} s" if value >= 1000 else (f"{value:.0f} ms" if value >= 100 else f"{value:.1f} ms")
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "tok/s":
        return f"{value:,.0f} tok/s"
    return f"{value:g} {unit}"

"""Run every querychat benchmark and print one table of ratios measured side by side.

    python bench/run_all.py            # 100k, 1M and 5M rows, full repeats (~10 minutes)
    python bench/run_all.py --quick    # 100k and 1M rows, fewer repeats (~2 minutes)

Writes bench/results/latest.json (gitignored). Generated CSVs are cached in $TMPDIR/querychat-bench-data
(or $QUERYCHAT_BENCH_DATA). See bench/README.md for the targets and the last results.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")

from bench.common import RESULTS, Row, fmt


def machine() -> dict[str, object]:
    import duckdb

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {"python": platform.python_version(), "duckdb": duckdb.__version__}
    for mod in ("sqlglot", "pyarrow", "pandas", "streamlit", "openai"):
        try:
            versions[mod] = __import__(mod).__version__
        except Exception:  # noqa: BLE001 - a missing optional package is reported, not fatal
            versions[mod] = None
    return {"nproc": os.cpu_count(), "cpu": cpu, "platform": platform.platform(), **versions}


def print_table(rows: list[Row]) -> None:
    head = f"{'benchmark':<72} {'ours':>10} {'baseline':>10} {'ratio':>7}  {'target':<18} {'ok':<4} note"
    print(head)
    print("-" * len(head))
    group = None
    for r in rows:
        if r.group != group:
            group = r.group
            print(f"[{group}]")
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        ok = {True: "yes", False: "MISS", None: ""}[r.ok]
        print(
            f"  {r.name[:70]:<70} {fmt(r.ours, r.unit):>10} {fmt(r.base, r.unit):>10} {ratio:>7}  {r.target:<18} {ok:<4} {r.note}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="100k/1M rows only, fewer repeats (~2 minutes)")
    parser.add_argument("--only", action="append", help="run only these groups: ingest, query, pipeline, cli, streamlit, memory")
    parser.add_argument("--out", default=str(RESULTS / "latest.json"))
    args = parser.parse_args(argv)
    logging.getLogger("streamlit").setLevel(logging.ERROR)

    from bench import bench_cli, bench_ingest, bench_memory, bench_pipeline, bench_query, bench_streamlit
    from bench.common import csv_path

    quick = args.quick
    sizes = [100_000, 1_000_000] if quick else [100_000, 1_000_000, 5_000_000]
    plan = {
        "ingest": lambda: bench_ingest.run(sizes, repeat=1 if quick else 3),
        "query": lambda: bench_query.run([s for s in sizes if s >= 1_000_000], repeat=7 if quick else 21),
        "pipeline": lambda: bench_pipeline.run(1_000_000, quick=quick),
        "cli": lambda: bench_cli.run(1_000_000, repeat=3 if quick else 7),
        "streamlit": lambda: bench_streamlit.run(quick=quick),
        "memory": lambda: bench_memory.run(1_000_000, counts=(1, 10)),
    }
    chosen = args.only or list(plan)
    t0 = time.perf_counter()
    print(f"generating / reusing data for {', '.join(f'{s:,}' for s in sizes)} rows ...", flush=True)
    for s in sizes:
        csv_path(s)
    rows: list[Row] = []
    errors: dict[str, str] = {}
    for name in chosen:
        t = time.perf_counter()
        print(f"running {name} ...", flush=True)
        try:
            rows.extend(plan[name]())
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            errors[name] = f"{type(exc).__name__}: {exc}"
            traceback.print_exc()
            rows.append(Row(name, f"{name} benchmark failed", None, note=errors[name][:120]))
        print(f"  ({time.perf_counter() - t:.0f} s)", flush=True)
    print()
    print_table(rows)
    misses = [r for r in rows if r.ok is False]
    held = [r for r in rows if r.ok is True]
    total = time.perf_counter() - t0
    print(f"\n{len(held)} targets met, {len(misses)} missed; {total:.0f} s in all")
    info = machine()
    print(f"machine: {info['nproc']} cores, {info['cpu']}, Python {info['python']}, DuckDB {info['duckdb']}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "quick": quick,
                "seconds": round(total, 1),
                "machine": info,
                "rows": [r.as_dict() for r in rows],
                "errors": errors,
            },
            indent=2,
            default=str,
        )
    )
    print(f"wrote {out}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

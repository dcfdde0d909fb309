"""The CLI as a whole process vs a plain DuckDB script (and pandas) doing the same job.

Job: load a 1M-row, ~42 MB CSV and aggregate it by group. Targets (DESIGN.md, "Performance notes"):
`python -m querychat query` within 1.5x and offline `ask` within 1.6x of the plain DuckDB script,
measured side by side. Also: what the offline path imports (never openai or pandas) and the
top import costs from `python -X importtime`.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time

from bench.common import ROOT, TABLE, Row, clean_env, csv_path, median, worker

AGG_SQL = f"SELECT category, count(*) AS orders, sum(amount) AS revenue FROM {TABLE} GROUP BY category ORDER BY category"
QUESTION = "What is the total amount by category?"

PLAIN_DUCKDB = """
import sys, duckdb
con = duckdb.connect()
con.execute("CREATE TABLE sales AS SELECT * FROM read_csv(?)", [sys.argv[1]])
for row in con.execute("SELECT category, count(*) AS orders, sum(amount) AS revenue FROM sales GROUP BY category ORDER BY category").fetchall():
    print(*row, sep=",")
"""
PLAIN_PANDAS = """
import sys, pandas as pd
df = pd.read_csv(sys.argv[1])
print(df.groupby("category").agg(orders=("id", "size"), revenue=("amount", "sum")).to_csv())
"""


def commands(path: str) -> dict[str, list[str]]:
    py = sys.executable
    return {
        "duckdb script": [py, "-c", PLAIN_DUCKDB, path],
        "pandas script": [py, "-c", PLAIN_PANDAS, path],
        "querychat query": [py, "-m", "querychat", "query", "--table", f"{TABLE}={path}", AGG_SQL],
        "querychat ask (offline)": [py, "-m", "querychat", "ask", "--table", f"{TABLE}={path}", QUESTION],
        "python -c pass": [py, "-c", "pass"],
    }


def _run(cmd: list[str]) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=clean_env(), timeout=300)
    ms = (time.perf_counter() - t) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed: {proc.stderr.strip()[-500:]}")
    return ms


def import_costs(path: str, top: int = 8) -> list[tuple[str, float]]:
    """Cumulative import time (ms) of the top-level modules the offline `ask` imports."""
    cmd = [sys.executable, "-X", "importtime", "-m", "querychat", "ask", "--table", f"{TABLE}={path}", QUESTION]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=clean_env(), timeout=300)
    costs: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(2)) <= 1:  # top-level imports only
            name = m.group(3).split(".")[0]
            costs[name] = costs.get(name, 0) + int(m.group(1)) / 1000
    return sorted(costs.items(), key=lambda kv: -kv[1])[:top]


def run(rows: int = 1_000_000, repeat: int = 5) -> list[Row]:
    path = str(csv_path(rows))
    cmds = commands(path)
    for cmd in cmds.values():  # warm the page cache and the .pyc files
        _run(cmd)
    times: dict[str, list[float]] = {k: [] for k in cmds}
    names = list(cmds)
    for r in range(repeat):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            times[name].append(_run(cmds[name]))
    med = {k: median(v) for k, v in times.items()}
    base = med["duckdb script"]
    out = [
        Row("cli", "plain duckdb script (load 1M CSV + group by)", base, note="the bar"),
        Row("cli", "plain pandas script", med["pandas script"], base),
        Row(
            "cli",
            "python -m querychat query",
            med["querychat query"],
            base,
            target="<= 1.5x",
            ok=med["querychat query"] <= 1.5 * base,
        ),
        Row(
            "cli",
            "python -m querychat ask (offline)",
            med["querychat ask (offline)"],
            base,
            target="<= 1.6x",
            ok=med["querychat ask (offline)"] <= 1.6 * base,
        ),
        Row("cli", "python -c pass (interpreter start)", med["python -c pass"]),
    ]
    for command in ("ask", "query"):
        loaded = worker("modules", command, path, env=clean_env())["loaded"]
        bad = [m for m in ("openai", "pandas") if loaded.get(m)]
        out.append(
            Row(
                "cli",
                f"offline `{command}` imports openai/pandas",
                None,
                target="neither",
                ok=not bad,
                note=("imports " + ", ".join(bad))
                if bad
                else "neither imported; loads: " + ", ".join(m for m, v in loaded.items() if v),
                extra={"loaded": loaded},
            )
        )
    costs = import_costs(path)
    out.append(
        Row(
            "cli",
            "top import costs of offline ask",
            sum(v for _, v in costs),
            note=", ".join(f"{k} {v:.0f} ms" for k, v in costs),
            extra={"imports_ms": dict(costs)},
        )
    )
    return out

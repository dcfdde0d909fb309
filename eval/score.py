#!/usr/bin/env python3
# A copy of ../shared/eval/score.py (scoring rules unchanged; only lint fixes, formatting, and one database per table
# set within a cases file instead of one per case: gold SQL only reads, and loading was most of the scoring time).
"""Execution-accuracy scorer for question-to-SQL predictions.

Usage:
    python score.py --cases cases.jsonl --pred predictions.jsonl [--json] [--verbose]

cases.jsonl: one object a line: {"id", "question", "tables": {"name": "path"}, "gold_sql"}
             (paths relative to the cases file).
predictions.jsonl: one object a line: {"id", "sql", "rows"?} (an "error" key, or a missing or
             empty "sql", counts as wrong). Where "rows" (the full result as the project ran it,
             a list of lists) is present, it is compared instead of running "sql" here, so the
             project's own column naming and loading are what count.

A prediction is right when its result equals the gold result:
- rows compared as a multiset, or as a list where the gold SQL has ORDER BY at its top level;
- columns may come in any order, and the prediction may carry extra columns, as long as some
  choice of its columns reproduces every gold column row for row;
- numbers equal within a relative 1e-6 (rounded), numeric text equals its number, NULLs equal each other.
Cases over the same tables share one in-memory DuckDB per cases file, the tables loaded from CSV
('NA', 'N/A', 'NULL', 'null' and '' read as NULL), external access then disabled.
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import duckdb
import sqlglot

NULLS = ["NA", "N/A", "NULL", "null", ""]
TIMEOUT_S = 20


def load_db(tables: dict[str, str], base: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    for name, rel in tables.items():
        path = (base / rel).resolve()
        con.execute(
            f'CREATE TABLE "{name}" AS SELECT * FROM read_csv(?, nullstr=?, sample_size=-1)',
            [str(path), NULLS],
        )
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def norm(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, decimal.Decimal)):
        f = float(value)
        if f != f:
            return None
        return float(f"{f:.6g}")
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    text = str(value)
    try:  # a code read as text by one loader and as a number by another still compares equal
        return norm(float(text)) if text.strip() and text.strip().lower() not in ("nan", "inf", "-inf", "infinity") else text
    except ValueError:
        return text


def run(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    import threading

    timer = threading.Timer(TIMEOUT_S, con.interrupt)
    timer.start()
    try:
        rows = con.execute(sql).fetchall()
    finally:
        timer.cancel()
    return [tuple(norm(v) for v in row) for row in rows]


def ordered(sql: str) -> bool:
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        return False
    return tree.args.get("order") is not None


def same(gold: list[tuple], pred: list[tuple], keep_order: bool) -> bool:
    if len(gold) != len(pred):
        return False
    if not gold:
        return True
    g_cols = list(zip(*gold, strict=False))
    p_cols = list(zip(*pred, strict=False))
    if len(p_cols) < len(g_cols):
        return False
    # candidates: pred columns whose value multiset matches each gold column
    cands = []
    for gc in g_cols:
        gcount = Counter(gc)
        options = [j for j, pc in enumerate(p_cols) if Counter(pc) == gcount]
        if not options:
            return False
        cands.append(options)
    for combo in itertools.islice(itertools.product(*cands), 5000):
        if len(set(combo)) != len(combo):
            continue
        projected = [tuple(row[j] for j in combo) for row in pred]
        if keep_order:
            if projected == gold:
                return True
        elif Counter(projected) == Counter(gold):
            return True
    return False


def score(cases_path: Path, pred_path: Path, verbose: bool = False) -> dict:
    cases = [json.loads(line) for line in cases_path.read_text().splitlines() if line.strip()]
    preds = {}
    for line in pred_path.read_text().splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[obj.get("id")] = obj
    results = []
    dbs: dict[tuple, duckdb.DuckDBPyConnection] = {}
    for case in cases:
        pred = preds.get(case["id"], {})
        sql = (pred.get("sql") or "").strip()
        status, detail = "wrong", ""
        if not sql or pred.get("error"):
            status, detail = "no_sql", str(pred.get("error") or "missing")
        else:
            key = tuple(case["tables"].items())
            if key not in dbs:
                dbs[key] = load_db(case["tables"], cases_path.parent)
            con = dbs[key]
            gold = run(con, case["gold_sql"])
            try:
                if isinstance(pred.get("rows"), list):
                    got = [tuple(norm(v) for v in row) for row in pred["rows"]]
                else:
                    got = run(con, sql)
            except Exception as e:  # noqa: BLE001 - any failure of the prediction is just wrong
                status, detail = "error", f"{type(e).__name__}: {e}".splitlines()[0][:200]
            else:
                if same(gold, got, ordered(case["gold_sql"])):
                    status = "right"
                else:
                    detail = f"gold {gold[:3]} vs pred {got[:3]}"
        results.append({"id": case["id"], "status": status, "detail": detail, "sql": sql})
        if verbose and status != "right":
            print(f"{case['id']}: {status}: {case['question']}\n  sql: {sql}\n  {detail}", file=sys.stderr)
    for con in dbs.values():
        con.close()
    right = sum(r["status"] == "right" for r in results)
    return {"cases": len(results), "right": right, "accuracy": right / max(len(results), 1), "results": results}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", required=True, type=Path)
    ap.add_argument("--pred", required=True, type=Path)
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    ap.add_argument("--verbose", action="store_true", help="explain each miss on stderr")
    args = ap.parse_args()
    out = score(args.cases, args.pred, args.verbose)
    if args.json:
        print(json.dumps(out, indent=1))
    print(f"execution accuracy: {out['accuracy']:.3f} ({out['right']}/{out['cases']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: ``python -m querychat ask|query|eval``. Stable: CI, benchmarks and the evaluation use it.

User mistakes (a bad file, unsafe SQL, a model outage) print one clear line on stderr and exit 1;
a traceback would mean a bug in querychat.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _table_spec(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"expected NAME=PATH, got {text!r}")
    name, path = text.split("=", 1)
    return name.strip(), path.strip()


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else None
    import decimal

    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _fail(message: str) -> int:
    print(f"querychat: error: {message}", file=sys.stderr)
    return 1


def _load(specs: list[tuple[str, str]]) -> Any:
    from .data import load_tables

    return load_tables(specs)


def cmd_ask(args: argparse.Namespace) -> int:
    from .config import Settings
    from .engines import make_engine
    from .engines.base import Turn
    from .pipeline import Done, Failed, QueryDone, SqlReady, Token, ask

    source = _load(args.table)
    engine = make_engine(Settings.load())
    history: list[Turn] = []
    for earlier in args.history or []:
        out = _run_quiet(earlier, source, engine, history)
        history.append(Turn(earlier, out.get("sql"), out.get("answer", ""), out.get("metadata", {})))
    record: dict[str, Any] = {"sql": None, "columns": [], "rows": [], "total_rows": 0, "answer": "", "metadata": {}}
    for ev in ask(args.question, source, engine, history):
        if isinstance(ev, SqlReady):
            record["sql"] = ev.sql
            if not args.json:
                print(f"-- SQL ({ev.ms:.0f} ms)\n{ev.sql}\n", file=sys.stderr)
        elif isinstance(ev, QueryDone):
            record["columns"] = list(ev.result.columns)
            record["rows"] = _jsonable(list(ev.result.preview()))
            record["total_rows"] = ev.result.row_count
        elif isinstance(ev, Token):
            record["answer"] += ev.text
            if not args.json:
                sys.stdout.write(ev.text)
                sys.stdout.flush()
        elif isinstance(ev, Done):
            record["metadata"] = _jsonable(ev.metadata)
        elif isinstance(ev, Failed):
            record["error"] = ev.user_message
            record["stage"] = ev.stage
            record["metadata"] = _jsonable(ev.metadata)
            if ev.partial:
                record["answer"] = ev.partial
    if args.json:
        print(json.dumps(record, ensure_ascii=False))
        return 1 if record.get("error") else 0
    if record.get("error"):
        if record["answer"]:
            print()
        return _fail(record["error"])
    print()
    return 0


def _run_quiet(question: str, source: Any, engine: Any, history: list[Any]) -> dict[str, Any]:
    from .pipeline import ask, collect

    return collect(ask(question, source, engine, history))


def cmd_query(args: argparse.Namespace) -> int:
    source = _load(args.table)
    result = source.query(args.sql, max_rows=args.max_rows)
    if args.json:
        print(
            json.dumps(
                {
                    "sql": result.sql,
                    "columns": list(result.columns),
                    "rows": _jsonable(list(result.rows)),
                    "total_rows": result.row_count,
                    "elapsed_ms": round(result.elapsed_ms, 2),
                },
                ensure_ascii=False,
            )
        )
    else:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(_jsonable(list(result.rows)))
        if result.truncated:
            print(f"({result.row_count} rows, first {len(result.rows)} shown)", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .config import Settings
    from .data import DuckDBSource
    from .engines import make_engine
    from .engines.base import Turn
    from .pipeline import ask, collect

    cases_path = Path(args.cases)
    base = cases_path.parent
    engine = make_engine(Settings.load())
    # Cases over the same files share one session, as questions on one page do: loading and profiling the files
    # again for every case was most of the run. Queries are read-only, so a case cannot change what the next one
    # sees; a session whose case failed is dropped, since its state is then unknown.
    sessions: dict[tuple[tuple[str, str], ...], DuckDBSource] = {}
    n = ok = 0
    try:
        with open(args.out, "w") as out:
            for line in cases_path.read_text().splitlines():
                if not line.strip():
                    continue
                case = json.loads(line)
                pred: dict[str, Any] = {"id": case.get("id"), "sql": None, "columns": [], "rows": [], "error": None}
                key = tuple((name, str(rel)) for name, rel in case["tables"].items())
                try:
                    if key not in sessions:
                        sessions[key] = DuckDBSource()
                        for name, rel in case["tables"].items():
                            sessions[key].add_file(base / rel, name=name)
                    source = sessions[key]
                    history: list[Turn] = []
                    for earlier in case.get("history", []):
                        got = collect(ask(earlier, source, engine, history))
                        history.append(Turn(earlier, got.get("sql"), got.get("answer", ""), got.get("metadata", {})))
                    got = collect(ask(case["question"], source, engine, history))
                    pred["sql"] = got["sql"]
                    if got["result"] is not None:
                        pred["columns"] = list(got["result"].columns)
                        pred["rows"] = _jsonable(list(got["result"].rows))
                    pred["error"] = got["error"]
                except Exception as exc:  # noqa: BLE001 - one bad case must not end the run
                    pred["error"] = f"{type(exc).__name__}: {exc}"
                    failed = sessions.pop(key, None)
                    if failed is not None:
                        failed.close()
                n += 1
                ok += pred["error"] is None
                out.write(json.dumps(pred, ensure_ascii=False) + "\n")
    finally:
        for source in sessions.values():
            source.close()
    print(f"{n} cases, {ok} answered, {n - ok} declined or failed -> {args.out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m querychat", description="Ask questions of your data files.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ask", help="answer a question with one SQL query and a streamed answer")
    p.add_argument("--table", action="append", type=_table_spec, required=True, metavar="NAME=PATH")
    p.add_argument("--history", action="append", metavar="QUESTION", help="an earlier question on the same page")
    p.add_argument("--json", action="store_true")
    p.add_argument("question")
    p.set_defaults(func=cmd_ask)
    p = sub.add_parser("query", help="run your own SQL through the same guard and sandbox")
    p.add_argument("--table", action="append", type=_table_spec, required=True, metavar="NAME=PATH")
    p.add_argument("--json", action="store_true")
    p.add_argument("--max-rows", type=int, default=10_000)
    p.add_argument("sql")
    p.set_defaults(func=cmd_query)
    p = sub.add_parser("eval", help="predict SQL and results for an evaluation case file")
    p.add_argument("--cases", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_eval)
    args = parser.parse_args(argv)

    from .data import QueryError
    from .engines.base import EngineError
    from .guard import UnsafeSQLError
    from .ingest import IngestError

    try:
        return int(args.func(args))
    except (IngestError, UnsafeSQLError, QueryError, EngineError, ValueError) as exc:
        return _fail(getattr(exc, "user_message", None) or str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""The pipeline, stage by stage: the offline engine, and the OpenAI engine against a local fake server.

Offline: per question, the engine's own time (writing SQL + the templated answer) beside the query.
OpenAI at zero model latency: our time from the query result to the first token, against the raw
``openai`` SDK getting a first token from the same server with the same messages; tokens per second.
"""

from __future__ import annotations

import time
from typing import Any

from bench.common import TABLE, Row, csv_path, human_rows, median
from bench.fake_openai import FakeOpenAI

QUESTIONS = [
    "How many rows are there?",
    "What is the total amount by category?",
    "What is the average quantity by region?",
    "Top 5 categories by total amount",
    "How many orders per month?",
    "What is the total amount in the north region?",
]
ANSWER_SQL = f"SELECT category, count(*) AS orders, sum(amount) AS revenue FROM {TABLE} GROUP BY category ORDER BY revenue DESC"


def _source(path: str) -> Any:
    from querychat.data import DuckDBSource, Limits

    src = DuckDBSource(Limits(max_upload_bytes=4 * 2**30))
    src.add_file(path, name=TABLE)
    return src


def _timed_ask(question: str, source: Any, engine: Any) -> dict[str, Any]:
    """Drain one ask(), stamping the events as a front end sees them."""
    from querychat.pipeline import Done, Failed, QueryDone, SqlReady, Token, ask

    out: dict[str, Any] = {"tokens": 0}
    t0 = time.perf_counter()
    for ev in ask(question, source, engine):
        now = time.perf_counter()
        if isinstance(ev, SqlReady):
            out["sql_event_ms"] = (now - t0) * 1000
        elif isinstance(ev, QueryDone):
            out["query_done"] = now
        elif isinstance(ev, Token):
            out["tokens"] += 1
            if "first_token" not in out:
                out["first_token"] = now
        elif isinstance(ev, (Done, Failed)):
            out["meta"] = ev.metadata
            out["failed"] = isinstance(ev, Failed) and ev.user_message
    out["total_ms"] = (time.perf_counter() - t0) * 1000
    if "query_done" in out and "first_token" in out:
        out["after_query_ms"] = (out["first_token"] - out["query_done"]) * 1000
    return out


def run_offline(rows: int, repeat: int = 5, path_for=csv_path) -> list[Row]:
    from querychat.engines.offline import OfflineEngine

    source = _source(str(path_for(rows)))
    engine = OfflineEngine()
    out: list[Row] = []
    try:
        t = time.perf_counter()
        source.schema()
        profile_ms = (time.perf_counter() - t) * 1000
        out.append(
            Row("pipeline", f"schema profile, first question only ({human_rows(rows)} rows)", profile_ms, note="cached after")
        )
        per_q = []
        for q in QUESTIONS:
            runs = [_timed_ask(q, source, engine) for _ in range(repeat)]
            meta = runs[-1].get("meta", {})
            engine_ms = median([r["meta"].get("sql_ms", 0) + r["meta"].get("answer_ms", 0) for r in runs if r.get("meta")])
            total = median([r["total_ms"] for r in runs])
            query_ms = median([r["meta"].get("execution_ms", 0) or 0 for r in runs if r.get("meta")])
            failed = runs[-1].get("failed")
            per_q.append(engine_ms)
            out.append(
                Row(
                    "pipeline",
                    f"offline: {q!r}",
                    engine_ms,
                    target="engine < 20 ms",
                    ok=engine_ms < 20,
                    note=("declined: " + str(failed)[:60]) if failed else f"query {query_ms:.1f} ms, whole ask {total:.1f} ms",
                    extra={"total_ms": round(total, 2), "execution_ms": query_ms, "sql": meta.get("sql"), "failed": failed},
                )
            )
        worst = max(per_q)
        out.append(Row("pipeline", "offline engine, worst question", worst, target="< 20 ms", ok=worst < 20))
    finally:
        source.close()
    return out


def run_openai(rows: int, repeat: int = 15, tokens: int = 200, path_for=csv_path) -> list[Row]:
    import openai

    from querychat.config import Settings
    from querychat.engines.base import Preview
    from querychat.engines.openai_engine import OpenAIEngine
    from querychat.engines.prompts import answer_messages

    source = _source(str(path_for(rows)))
    out: list[Row] = []
    try:
        with FakeOpenAI(sql=ANSWER_SQL, tokens=tokens) as fake:
            settings = Settings(provider="openai", api_key="bench", base_url=fake.base_url, model="bench", max_retries=0)
            engine = OpenAIEngine(settings)
            raw = openai.OpenAI(api_key="bench", base_url=fake.base_url, max_retries=0)
            res = source.query(ANSWER_SQL)
            messages = answer_messages("bench", res.sql, Preview(res.columns, res.preview(), res.row_count), ())

            def raw_stream() -> dict[str, float]:
                t = time.perf_counter()
                first = None
                n = 0
                stream = raw.chat.completions.create(model="bench", messages=messages, temperature=0.2, stream=True)
                for chunk in stream:
                    if chunk.choices and chunk.choices[0].delta and chunk.choices[0].delta.content:
                        n += 1
                        if first is None:
                            first = time.perf_counter()
                end = time.perf_counter()
                return {"first_ms": (first - t) * 1000, "tps": (n - 1) / (end - first) if n > 1 else 0.0}

            _timed_ask("revenue by category", source, engine)  # warm both clients
            raw_stream()
            ours_runs, raw_runs = [], []
            for _ in range(repeat):
                ours_runs.append(_timed_ask("revenue by category", source, engine))
                raw_runs.append(raw_stream())
            ok_runs = [r for r in ours_runs if not r.get("failed")]
            if not ok_runs:
                raise RuntimeError(f"the pipeline failed against the fake server: {ours_runs[-1].get('failed')}")
            meta = [r["meta"] for r in ok_runs]
            ttft = median([r["after_query_ms"] for r in ok_runs])
            raw_ttft = median([r["first_ms"] for r in raw_runs])
            for key, label in (("sql_ms", "SQL request"), ("execution_ms", "query"), ("answer_ms", f"answer, {tokens} tokens")):
                out.append(Row("pipeline", f"openai@fake stage: {label}", median([m[key] for m in meta])))
            out.append(
                Row(
                    "pipeline",
                    "openai@fake: first token after the query (vs raw SDK)",
                    ttft,
                    raw_ttft,
                    target="<= +10 ms",
                    ok=ttft - raw_ttft <= 10,
                    note=f"+{ttft - raw_ttft:.1f} ms",
                    extra={
                        "overhead_ms": round(ttft - raw_ttft, 3),
                        "metadata_first_token_ms": median([m["first_token_ms"] for m in meta]),
                    },
                )
            )
            tps = median([m["tokens_per_s"] or 0 for m in meta])
            raw_tps = median([r["tps"] for r in raw_runs])
            out.append(Row("pipeline", "openai@fake: tokens per second (vs raw SDK)", tps, raw_tps, unit="tok/s"))
            out.append(Row("pipeline", "openai@fake: whole ask", median([r["total_ms"] for r in ok_runs])))
    finally:
        source.close()
    return out


def run(rows: int = 1_000_000, quick: bool = False) -> list[Row]:
    return run_offline(rows, repeat=3 if quick else 5) + run_openai(rows, repeat=8 if quick else 20)

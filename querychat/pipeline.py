"""The query-first flow: question -> one SQL query -> local result -> a short streamed answer.

``ask`` is a generator of typed events so that every front end (Streamlit, CLI, tests, benchmarks)
renders the same stages the same way, and so a consumer can stop reading at any point (the user's
"stop" button) without the pipeline holding anything open.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .data import DataSource, QueryError, QueryTimeout
from .engines.base import Engine, EngineError, NotUnderstood, Preview, Turn
from .guard import UnsafeSQLError
from .messages import Message
from .results import MODEL_ROWS, QueryResult

Stage = Literal["understand", "sql", "query", "answer"]
MAX_REPAIRS = 2


@dataclass(frozen=True)
class SqlReady:
    sql: str
    ms: float
    attempt: int = 1


@dataclass(frozen=True)
class QueryDone:
    result: QueryResult
    ms: float


@dataclass(frozen=True)
class Token:
    text: str


@dataclass(frozen=True)
class Done:
    answer: str
    metadata: dict[str, Any]


@dataclass(frozen=True)
class Failed:
    stage: Stage
    error: str
    user_message: str
    partial: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)


Event = SqlReady | QueryDone | Token | Done | Failed


def ask(
    question: str,
    source: DataSource,
    engine: Engine,
    history: Sequence[Turn] = (),
    *,
    max_repairs: int = MAX_REPAIRS,
    clock: Any = time.perf_counter,
) -> Iterator[Event]:
    t0 = clock()
    meta: dict[str, Any] = {"engine": engine.name, "model": engine.model, "question": question}
    if not source.tables():
        yield Failed("sql", "no tables loaded", "There is no data yet: upload a file first.", metadata=meta)
        return
    schema = source.schema()
    error: str | None = None
    last_sql: str | None = None
    result: QueryResult | None = None
    sql_ms = 0.0
    for attempt in range(1, max_repairs + 2):
        t_sql = clock()
        try:
            raw = engine.write_sql(question, schema, history, error)
        except NotUnderstood as exc:
            yield Failed("understand", str(exc), exc.user_message, metadata=meta)
            return
        except EngineError as exc:
            yield Failed("sql", str(exc), exc.user_message, metadata=meta)
            return
        sql_ms += (clock() - t_sql) * 1000
        if raw == last_sql:  # a deterministic engine repeating itself will not repair anything
            break
        last_sql = raw
        try:
            safe = source.validate(raw)
        except UnsafeSQLError as exc:
            error = f"rejected by the SQL guard: {exc}"
            meta["sql"] = raw
            continue
        meta["sql"] = safe
        yield SqlReady(safe, sql_ms, attempt)
        t_q = clock()
        try:
            result = source.run_validated(safe)
        except QueryTimeout as exc:
            yield Failed("query", str(exc), f"The query was too slow: {exc}. Try a narrower question.", metadata=meta)
            return
        except (QueryError, UnsafeSQLError) as exc:
            error = f"the query failed: {exc}"
            continue
        meta["execution_ms"] = round((clock() - t_q) * 1000, 2)
        break
    if result is None:
        stage: Stage = "query" if error and error.startswith("the query failed") else "sql"
        yield Failed(stage, error or "no valid SQL", f"I could not write a working query for this: {error}", metadata=meta)
        return
    meta.update(
        sql_ms=round(sql_ms, 2),
        attempts=attempt,
        rows_analyzed=min(MODEL_ROWS, len(result.rows)),
        total_rows=result.row_count,
        columns=list(result.columns),
    )
    yield QueryDone(result, meta["execution_ms"])

    preview = Preview(result.columns, result.preview(MODEL_ROWS), result.row_count)
    t_answer = clock()
    parts: list[str] = []
    first: float | None = None
    try:
        for text in engine.stream_answer(question, meta["sql"], preview, history):
            if not text:
                continue
            if first is None:
                first = clock()
            parts.append(text)
            yield Token(text)
    except EngineError as exc:
        partial = "".join(parts) or getattr(exc, "partial", "")
        _finish_timings(meta, t0, t_answer, first, parts, clock)
        yield Failed("answer", str(exc), exc.user_message, partial=partial, metadata=meta)
        return
    _finish_timings(meta, t0, t_answer, first, parts, clock)
    yield Done("".join(parts), meta)


def _finish_timings(meta: dict[str, Any], t0: float, t_answer: float, first: float | None, parts: list[str], clock: Any) -> None:
    end = clock()
    stream_s = end - (first if first is not None else t_answer)
    meta["first_token_ms"] = round(((first or end) - t_answer) * 1000, 2)
    meta["answer_ms"] = round((end - t_answer) * 1000, 2)
    meta["total_ms"] = round((end - t0) * 1000, 2)
    meta["tokens"] = len(parts)
    meta["tokens_per_s"] = round(len(parts) / stream_s, 1) if stream_s > 0 and len(parts) > 1 else None


def history_from(messages: Iterable[Message]) -> list[Turn]:
    """The engine's view of a page: each user question with the SQL and answer that followed it."""
    turns: list[Turn] = []
    pending: str | None = None
    for msg in messages:
        if msg.role == "user":
            if pending is not None:
                turns.append(Turn(pending))
            pending = msg.content
        elif pending is not None:
            sql = msg.metadata.get("sql") if msg.status in ("done", "stopped") else None
            turns.append(Turn(pending, sql, msg.content, dict(msg.metadata)))
            pending = None
    return turns


def collect(events: Iterable[Event]) -> dict[str, Any]:
    """Drain an event stream into one plain dict (CLI, evaluation, tests)."""
    out: dict[str, Any] = {"sql": None, "result": None, "answer": "", "metadata": {}, "error": None}
    for ev in events:
        if isinstance(ev, SqlReady):
            out["sql"] = ev.sql
        elif isinstance(ev, QueryDone):
            out["result"] = ev.result
        elif isinstance(ev, Token):
            out["answer"] += ev.text
        elif isinstance(ev, Done):
            out["metadata"] = ev.metadata
        elif isinstance(ev, Failed):
            out["error"] = ev.user_message
            out["stage"] = ev.stage
            out["metadata"] = ev.metadata
    return out

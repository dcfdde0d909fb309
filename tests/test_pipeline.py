"""The pipeline with a scripted engine (order of events, repairs, caps, failures at each stage) and
with the real OpenAIEngine against the fake server in each fault mode, as the app would run it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from conftest import SAMPLE
from fakes.fake_openai import MARKER, Script, serve, words_of

from querychat.config import Settings
from querychat.data import DuckDBSource, Limits
from querychat.engines.base import EngineError, NotUnderstood, Preview, Turn
from querychat.engines.openai_engine import OpenAIEngine, StreamBroken
from querychat.messages import ChatStore
from querychat.pipeline import Done, Failed, QueryDone, SqlReady, Token, ask, collect, history_from
from querychat.schema import Schema

META_KEYS = {
    "sql",
    "rows_analyzed",
    "total_rows",
    "execution_ms",
    "sql_ms",
    "first_token_ms",
    "total_ms",
    "tokens_per_s",
    "engine",
    "model",
}


@dataclass
class ScriptedEngine:
    """An engine that replays SQL replies in order and streams a fixed answer; it records every call."""

    sqls: list[str | BaseException]
    answer: str = "Gentoo penguins are the heaviest."
    break_after: int | None = None  # raise StreamBroken after this many tokens
    name: str = "scripted"
    model: str = "script-1"
    sql_calls: list[dict[str, Any]] = field(default_factory=list)
    previews: list[Preview] = field(default_factory=list)

    def write_sql(self, question: str, schema: Schema, history: Sequence[Turn] = (), error: str | None = None) -> str:
        self.sql_calls.append({"question": question, "schema": schema, "history": list(history), "error": error})
        reply = self.sqls[min(len(self.sql_calls), len(self.sqls)) - 1]
        if isinstance(reply, BaseException):
            raise reply
        return reply

    def stream_answer(self, question: str, sql: str, result: Preview, history: Sequence[Turn] = ()) -> Iterator[str]:
        self.previews.append(result)
        sent: list[str] = []
        for i, word in enumerate(words_of(self.answer)):
            if self.break_after is not None and i >= self.break_after:
                raise StreamBroken("".join(sent), "scripted drop")
            sent.append(word)
            yield word


def kinds(events: list) -> list[str]:
    return [type(e).__name__ for e in events]


# -- order and contents ---------------------------------------------------------------------------
def test_events_come_in_order_with_full_metadata(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT species, avg(body_mass_g) AS mass FROM penguins GROUP BY species ORDER BY mass DESC"])
    events = list(ask("Which species is heaviest?", sample_source, engine))
    names = kinds(events)
    assert names[:2] == ["SqlReady", "QueryDone"] and names[-1] == "Done"
    assert set(names[2:-1]) == {"Token"} and len(names[2:-1]) == len(words_of(engine.answer))
    done = events[-1]
    assert done.answer == engine.answer == "".join(e.text for e in events if isinstance(e, Token))
    assert META_KEYS <= set(done.metadata), META_KEYS - set(done.metadata)
    assert done.metadata["engine"] == "scripted" and done.metadata["model"] == "script-1"
    assert done.metadata["total_rows"] == 3 and done.metadata["rows_analyzed"] == 3
    assert events[0].sql == done.metadata["sql"]
    assert events[1].result.rows[0][0] == "Gentoo"


def test_only_20_rows_reach_the_engine(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT * FROM seattle_weather"])
    events = list(ask("Show the weather", sample_source, engine))
    (preview,) = engine.previews
    assert len(preview.rows) == 20 and preview.total_rows == 1461
    assert preview.columns == ("date", "precipitation", "temp_max", "temp_min", "wind", "weather")
    done = events[-1]
    assert done.metadata["rows_analyzed"] == 20 and done.metadata["total_rows"] == 1461
    assert isinstance(events[1], QueryDone) and events[1].result.row_count == 1461


def test_the_guard_regenerated_sql_is_what_runs(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["-- the count\nSELECT count(*) AS n FROM penguins;"])
    events = list(ask("How many?", sample_source, engine))
    assert events[0].sql == "SELECT COUNT(*) AS n FROM penguins"
    assert events[1].result.rows == ((344,),)


def test_history_reaches_the_engine_unchanged(sample_source: DuckDBSource) -> None:
    history = [Turn("How many penguins?", "SELECT count(*) FROM penguins", "344.")]
    engine = ScriptedEngine(["SELECT count(*) AS n FROM penguins WHERE sex = 'female'"])
    list(ask("And females?", sample_source, engine, history))
    assert engine.sql_calls[0]["history"] == history
    assert engine.sql_calls[0]["schema"].table_names == ["penguins", "seattle_weather"]


# -- repairs ---------------------------------------------------------------------------------------
def test_unsafe_sql_is_sent_back_for_repair_and_never_runs(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT 1; DROP TABLE penguins", "SELECT count(*) AS n FROM penguins"])
    events = list(ask("How many?", sample_source, engine))
    assert kinds(events)[:2] == ["SqlReady", "QueryDone"] and isinstance(events[-1], Done)
    assert events[0].attempt == 2
    assert "rejected by the SQL guard" in engine.sql_calls[1]["error"] and "one statement" in engine.sql_calls[1]["error"]
    assert sample_source.query("SELECT count(*) FROM penguins").scalar() == 344


def test_failing_sql_is_sent_back_with_the_database_error(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT weight FROM penguins", "SELECT avg(body_mass_g) AS w FROM penguins"])
    events = list(ask("Average weight?", sample_source, engine))
    assert isinstance(events[-1], Done)
    assert "the query failed" in engine.sql_calls[1]["error"] and "weight" in engine.sql_calls[1]["error"]
    sql_events = [e for e in events if isinstance(e, SqlReady)]
    assert [e.attempt for e in sql_events] == [1, 2]  # both ran; the UI shows the last


def test_repairs_are_bounded(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT * FROM birds", "SELECT * FROM fish", "SELECT * FROM cats", "SELECT * FROM dogs"])
    events = list(ask("?", sample_source, engine))
    assert len(engine.sql_calls) == 3  # one try and two repairs
    (failed,) = events
    assert isinstance(failed, Failed) and failed.stage == "sql"
    assert "cats" in failed.user_message and failed.metadata["sql"] == "SELECT * FROM cats"


def test_a_repeated_bad_query_stops_early(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT nope FROM penguins"])
    events = list(ask("?", sample_source, engine))
    assert len(engine.sql_calls) == 2
    assert isinstance(events[-1], Failed) and events[-1].stage == "query"


def test_hostile_model_never_gets_anything_through(sample_source: DuckDBSource) -> None:
    from test_guard import HOSTILE

    engine = ScriptedEngine(list(HOSTILE))
    for _ in range(len(HOSTILE) // 3):
        events = list(ask("?", sample_source, engine))
        assert not any(isinstance(e, (SqlReady, QueryDone)) for e in events)
    assert sample_source.tables() == ["penguins", "seattle_weather"]
    assert sample_source.query("SELECT count(*) FROM penguins").scalar() == 344


# -- failures at each stage ------------------------------------------------------------------------
def test_not_understood(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine([NotUnderstood("no reading", "I did not understand; try naming a column.")])
    (failed,) = list(ask("blorp?", sample_source, engine))
    assert failed.stage == "understand" and failed.user_message.startswith("I did not understand")


def test_engine_error_while_writing_sql(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine([EngineError("401", "The model rejected the API key (401).")])
    (failed,) = list(ask("?", sample_source, engine))
    assert failed.stage == "sql" and "API key" in failed.user_message


def test_query_timeout_is_not_repaired() -> None:
    source = DuckDBSource(Limits(timeout_s=1))
    source.add_file(SAMPLE / "penguins.csv", name="penguins")
    try:
        engine = ScriptedEngine(["SELECT count(*) FROM penguins a, penguins b, penguins c, penguins d"])
        events = list(ask("?", source, engine))
        assert kinds(events) == ["SqlReady", "Failed"]
        assert events[-1].stage == "query" and "too slow" in events[-1].user_message
        assert len(engine.sql_calls) == 1
        assert source.query("SELECT count(*) FROM penguins").scalar() == 344
    finally:
        source.close()


def test_broken_answer_keeps_the_partial_text(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT count(*) AS n FROM penguins"], break_after=3)
    events = list(ask("How many?", sample_source, engine))
    assert kinds(events) == ["SqlReady", "QueryDone", "Token", "Token", "Token", "Failed"]
    failed = events[-1]
    assert failed.stage == "answer" and failed.partial == "".join(words_of(engine.answer)[:3])
    assert "kept" in failed.user_message
    assert failed.metadata["sql"] and failed.metadata["total_rows"] == 1


def test_no_tables(tmp_path) -> None:
    source = DuckDBSource(Limits(timeout_s=1))
    try:
        (failed,) = list(ask("?", source, ScriptedEngine(["SELECT 1"])))
        assert "upload" in failed.user_message
    finally:
        source.close()


def test_consumer_can_stop_reading_at_any_point(sample_source: DuckDBSource) -> None:
    engine = ScriptedEngine(["SELECT count(*) AS n FROM penguins"])
    events = ask("How many?", sample_source, engine)
    for event in events:
        if isinstance(event, Token):
            break
    events.close()  # the user's stop button
    assert sample_source.query("SELECT 1 AS one").scalar() == 1


# -- the real engine against the fake server, as the app runs it -----------------------------------
def run_into_store(store: ChatStore, question: str, source: DuckDBSource, engine: Any) -> None:
    """What a chat page does: one user message, then one assistant message updated in place."""
    history = history_from(store.messages())
    store.add("user", question)
    reply = store.add("assistant", "", metadata={})
    text = ""
    for event in ask(question, source, engine, history):
        if isinstance(event, SqlReady):
            store.update(reply.id, metadata={"sql": event.sql})
        elif isinstance(event, Token):
            text += event.text
            store.update(reply.id, content=text)
        elif isinstance(event, Done):
            store.update(reply.id, content=event.answer, status="done", metadata=event.metadata)
        elif isinstance(event, Failed):
            content = event.partial or event.user_message
            meta = {**event.metadata, "error": event.user_message, "stage": event.stage, "incomplete": bool(event.partial)}
            store.update(reply.id, content=content, status="error", metadata=meta)


ANSWER = "There are 344 penguins in the table according to the fake model."
FAULTS = {
    "500 then fine": ({"fail_first": 1, "status": 500}, "done"),
    "429 with Retry-After": ({"fail_first": 1, "status": 429, "retry_after": 0.3}, "done"),
    "stream cannot start": ({"stream_status": 503}, "done"),
    "malformed first chunk": ({"malformed": True, "malformed_at": 0}, "done"),
    "empty chunks": ({"empty_chunks": True}, "done"),
    "stall mid-stream": ({"stall": 5}, "partial"),
    "drop mid-stream": ({"drop_after": 4}, "partial"),
    "drop, no chunked encoding": ({"drop_after": 4, "chunked": False}, "partial"),
    "malformed chunk": ({"malformed": True, "malformed_at": 4}, "partial"),
    "bad key": ({"fail_first": 99, "status": 401}, "error"),
    "outage": ({"fail_first": 99, "status": 500, "retry_after": None}, "error"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_modes_end_in_an_answer_or_a_clear_message_and_keep_the_history(penguins_source: DuckDBSource, fault: str) -> None:
    changes, outcome = FAULTS[fault]
    store = ChatStore({}, "page-1")
    with serve(Script(answer=ANSWER)) as fake:
        engine = OpenAIEngine(
            Settings(
                provider="openai", api_key="sk-test", base_url=fake.base_url, model="fake-model", timeout_s=0.6, max_retries=1
            )
        )
        run_into_store(store, "How many penguins are there?", penguins_source, engine)
        before = store.messages()
        assert [m.status for m in before] == ["done", "done"] and before[1].content == ANSWER
        for key, value in changes.items():
            setattr(fake.script, key, value)
        fake.script.fail_first += len(fake.requests) if fake.script.fail_first else 0
        run_into_store(store, "And how many are there again?", penguins_source, engine)
    after = store.messages()
    assert len(after) == 4
    assert after[:2] == before  # every earlier message unchanged
    reply = after[3]
    if outcome == "done":
        assert reply.status == "done" and reply.content == ANSWER
        assert MARKER in reply.metadata["sql"] and reply.metadata["total_rows"] == 1
    elif outcome == "partial":
        assert reply.status == "error" and reply.metadata["incomplete"] and reply.metadata["stage"] == "answer"
        assert reply.content and ANSWER.startswith(reply.content) and reply.content != ANSWER
        assert "Retry" in reply.metadata["error"]
    else:
        assert reply.status == "error" and reply.metadata["stage"] == "sql"
        assert reply.content == reply.metadata["error"] and len(reply.content) > 20
        if fault == "bad key":
            assert "API key" in reply.content and "offline" in reply.content


def test_collect_gives_the_partial_answer_and_the_error() -> None:
    source = DuckDBSource(Limits(timeout_s=2))
    source.add_file(SAMPLE / "penguins.csv", name="penguins")
    try:
        with serve(Script(answer=ANSWER, drop_after=3)) as fake:
            engine = OpenAIEngine(Settings(provider="openai", api_key="k", base_url=fake.base_url, timeout_s=2, max_retries=0))
            out = collect(ask("How many penguins are there?", source, engine))
        assert out["stage"] == "answer" and out["error"] and out["result"].rows == ((344,),)
        assert out["answer"] == "".join(words_of(ANSWER)[:3])
    finally:
        source.close()

"""OpenAIEngine through the real openai SDK against the fake server: SQL extraction, streaming,
retries and back-off, time-outs, broken streams, the non-streaming fallback, and the prompts."""

from __future__ import annotations

import json
import socket
import time

import pytest
from fakes.fake_openai import MARKER, Script, serve, words_of

from querychat.config import Settings
from querychat.data import DuckDBSource
from querychat.engines.base import EngineError, Preview, Turn
from querychat.engines.openai_engine import OpenAIEngine, StreamBroken, friendly

ANSWER = "Gentoo penguins are the heaviest, at about 5076 grams on average, ahead of Chinstrap and Adelie."


def make_engine(base_url: str, timeout_s: float = 5.0, max_retries: int = 2) -> OpenAIEngine:
    return OpenAIEngine(
        Settings(
            provider="openai",
            api_key="sk-test",
            base_url=base_url,
            model="fake-model",
            timeout_s=timeout_s,
            max_retries=max_retries,
        )
    )


@pytest.fixture
def fake():
    with serve(Script(answer=ANSWER)) as server:
        yield server


PREVIEW = Preview(("species", "avg_mass"), (("Gentoo", 5076.0), ("Chinstrap", 3733.1), ("Adelie", 3700.7)), 3)


def answer_of(engine: OpenAIEngine, preview: Preview = PREVIEW, history: tuple[Turn, ...] = ()) -> list[str]:
    return list(engine.stream_answer("Which species is heaviest?", "SELECT 1", preview, history))


# -- the happy path ---------------------------------------------------------------------------------
def test_write_sql_extracts_the_sql_block(fake, penguins_source: DuckDBSource) -> None:
    fake.script.sql = "SELECT species, avg(body_mass_g) AS avg_mass\nFROM penguins\nGROUP BY species;"
    sql = make_engine(fake.base_url).write_sql("Which species is heaviest?", penguins_source.schema())
    assert sql == "SELECT species, avg(body_mass_g) AS avg_mass\nFROM penguins\nGROUP BY species"
    (req,) = fake.requests
    assert req["path"] == "/v1/chat/completions" and req["kind"] == "sql"
    assert req["body"]["model"] == "fake-model" and not req["body"].get("stream")
    assert req["body"]["temperature"] == 0
    assert req["authorization"] == "Bearer sk-test"


def test_answer_streams_in_order_and_complete(fake) -> None:
    fake.script.delay = 0.03
    engine = make_engine(fake.base_url)
    start = time.perf_counter()
    arrivals = []
    tokens = []
    for token in engine.stream_answer("Which species is heaviest?", "SELECT 1", PREVIEW):
        arrivals.append(time.perf_counter() - start)
        tokens.append(token)
    assert tokens == words_of(ANSWER)
    assert "".join(tokens) == ANSWER
    # Streamed, not buffered: the first word arrives long before the last.
    assert arrivals[0] < arrivals[-1] - 0.2
    (req,) = fake.requests
    assert req["kind"] == "answer" and req["body"]["stream"] is True


def test_chunks_without_choices_are_skipped(fake) -> None:
    fake.script.empty_chunks = True
    assert "".join(answer_of(make_engine(fake.base_url))) == ANSWER


# -- retries and back-off ---------------------------------------------------------------------------
def test_500_is_retried_with_backoff(fake, penguins_source: DuckDBSource) -> None:
    fake.script.fail_first, fake.script.status = 2, 500
    sql = make_engine(fake.base_url, max_retries=2).write_sql("How many?", penguins_source.schema())
    assert MARKER in sql
    assert len(fake.requests) == 3
    assert [r["retry_count"] for r in fake.requests] == ["0", "1", "2"]
    gaps = [b["t"] - a["t"] for a, b in zip(fake.requests, fake.requests[1:], strict=False)]
    assert all(gap >= 0.3 for gap in gaps), gaps  # exponential back-off from 0.5 s, minus jitter
    assert gaps[1] > gaps[0]


def test_429_honours_retry_after(fake, penguins_source: DuckDBSource) -> None:
    fake.script.fail_first, fake.script.status, fake.script.retry_after = 1, 429, 1.2
    sql = make_engine(fake.base_url).write_sql("How many?", penguins_source.schema())
    assert MARKER in sql
    gap = fake.requests[1]["t"] - fake.requests[0]["t"]
    assert 1.1 <= gap < 2.5, gap  # the server's 1.2 s, not the client's own 0.5 s back-off


def test_429_during_the_answer_is_retried_too(fake) -> None:
    fake.script.fail_first, fake.script.status, fake.script.retry_after = 1, 429, 0.2
    assert "".join(answer_of(make_engine(fake.base_url))) == ANSWER
    assert [r["stream"] for r in fake.requests] == [True, True]


@pytest.mark.parametrize(("status", "words"), [(429, "rate-limiting"), (500, "internal error"), (503, "internal error")])
def test_retries_run_out_with_a_friendly_message(fake, penguins_source: DuckDBSource, status: int, words: str) -> None:
    fake.script.fail_first, fake.script.status, fake.script.retry_after = 99, status, 0.1
    with pytest.raises(EngineError) as info:
        make_engine(fake.base_url, max_retries=1).write_sql("How many?", penguins_source.schema())
    assert words in info.value.user_message
    assert len(fake.requests) == 2


def test_401_says_the_key_is_wrong_and_offers_offline(fake, penguins_source: DuckDBSource) -> None:
    fake.script.fail_first, fake.script.status = 99, 401
    with pytest.raises(EngineError) as info:
        make_engine(fake.base_url).write_sql("How many?", penguins_source.schema())
    message = info.value.user_message
    assert "API key" in message and "OPENAI_API_KEY" in message and "offline" in message
    assert len(fake.requests) == 1  # an auth error is not retried


# -- time-outs ------------------------------------------------------------------------------------
def test_connection_refused_is_reported(penguins_source: DuckDBSource) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    start = time.perf_counter()
    with pytest.raises(EngineError) as info:
        make_engine(f"http://127.0.0.1:{port}/v1", timeout_s=1, max_retries=0).write_sql("How many?", penguins_source.schema())
    assert "Could not reach" in info.value.user_message
    assert time.perf_counter() - start < 3


def test_connect_timeout(penguins_source: DuckDBSource) -> None:
    """A listener whose backlog is full never completes a TCP handshake: the connect times out."""
    with socket.socket() as listener, socket.socket() as filler:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        filler.connect(("127.0.0.1", port))  # fills the backlog; nobody ever accepts
        start = time.perf_counter()
        with pytest.raises(EngineError) as info:
            make_engine(f"http://127.0.0.1:{port}/v1", timeout_s=0.5, max_retries=0).write_sql("q", penguins_source.schema())
        elapsed = time.perf_counter() - start
    assert "did not answer in time" in info.value.user_message or "Could not reach" in info.value.user_message
    assert elapsed < 3, elapsed


def test_server_that_never_answers_times_out(fake, penguins_source: DuckDBSource) -> None:
    fake.script.hang = 5
    start = time.perf_counter()
    with pytest.raises(EngineError) as info:
        make_engine(fake.base_url, timeout_s=0.5, max_retries=1).write_sql("How many?", penguins_source.schema())
    elapsed = time.perf_counter() - start
    assert "did not answer in time" in info.value.user_message
    assert len(fake.requests) == 2 and elapsed < 3.5, elapsed


def test_stall_mid_stream_times_out_and_keeps_the_text(fake) -> None:
    fake.script.stall = 5
    start = time.perf_counter()
    got: list[str] = []
    with pytest.raises(StreamBroken) as info:
        for token in make_engine(fake.base_url, timeout_s=0.5).stream_answer("q", "SELECT 1", PREVIEW):
            got.append(token)
    assert time.perf_counter() - start < 2.5
    first = words_of(ANSWER)[0]
    assert got == [first] and info.value.partial == first
    assert "silent" in info.value.user_message and "kept" in info.value.user_message


# -- broken streams -------------------------------------------------------------------------------
@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "connection-close"])
def test_drop_mid_stream_keeps_the_partial_text(fake, chunked: bool) -> None:
    fake.script.drop_after, fake.script.chunked = 4, chunked
    got: list[str] = []
    with pytest.raises(StreamBroken) as info:
        for token in make_engine(fake.base_url).stream_answer("q", "SELECT 1", PREVIEW):
            got.append(token)
    expected = "".join(words_of(ANSWER)[:4])
    assert "".join(got) == expected == info.value.partial
    assert "dropped" in info.value.user_message and "Retry" in info.value.user_message
    assert len(fake.requests) == 1  # no silent second request: the user decides to retry


def test_malformed_chunk_ends_the_stream_with_a_clear_message(fake) -> None:
    fake.script.malformed, fake.script.malformed_at = True, 3
    got: list[str] = []
    with pytest.raises(StreamBroken) as info:
        for token in make_engine(fake.base_url).stream_answer("q", "SELECT 1", PREVIEW):
            got.append(token)
    assert "".join(got) == "".join(words_of(ANSWER)[:3]) == info.value.partial
    assert "malformed" in info.value.user_message


def test_malformed_first_chunk_falls_back_to_one_plain_request(fake) -> None:
    fake.script.malformed, fake.script.malformed_at = True, 0
    assert "".join(answer_of(make_engine(fake.base_url))) == ANSWER
    assert [(r["kind"], r["stream"]) for r in fake.requests] == [("answer", True), ("answer", False)]


def test_stream_that_cannot_start_falls_back_to_one_plain_request(fake) -> None:
    fake.script.stream_status = 500
    tokens = answer_of(make_engine(fake.base_url, max_retries=1))
    assert "".join(tokens) == ANSWER
    kinds = [(r["kind"], r["stream"]) for r in fake.requests]
    assert kinds == [("answer", True), ("answer", True), ("answer", False)]


def test_fallback_failing_too_gives_a_friendly_error(fake) -> None:
    fake.script.fail_first, fake.script.status = 99, 502
    with pytest.raises(EngineError) as info:
        answer_of(make_engine(fake.base_url, max_retries=0))
    assert "internal error" in info.value.user_message
    assert [r["stream"] for r in fake.requests] == [True, False]


def test_friendly_messages_cover_sdk_errors() -> None:
    import httpx2 as httpx
    import openai

    request = httpx.Request("POST", "http://x/v1/chat/completions")
    for status, words in [(401, "API key"), (403, "not allowed"), (404, "not found"), (429, "429"), (500, "5xx"), (418, "418")]:
        response = httpx.Response(status, request=request)
        exc = openai.OpenAI(api_key="k", base_url="http://x")._make_status_error_from_response(response)
        assert words in friendly(exc), (status, friendly(exc))
    server_error = openai.OpenAI(api_key="k", base_url="http://x")._make_status_error_from_response(
        httpx.Response(500, request=request)
    )
    assert "retr" not in friendly(server_error, retries=0)  # no claim of retries that never happened
    assert "even after 2 retries" in friendly(server_error, retries=2)
    assert "in time" in friendly(openai.APITimeoutError(request=request))
    assert "Could not reach" in friendly(openai.APIConnectionError(request=request))


# -- what the model is told -------------------------------------------------------------------------
def _messages(req: dict) -> list[dict]:
    return req["body"]["messages"]


def test_sql_prompt_has_schema_dialect_row_cap_question_and_history(fake, sample_source: DuckDBSource) -> None:
    history = (
        Turn("How many penguins are there?", "SELECT count(*) AS n FROM penguins", "There are 344."),
        Turn("And per island?", "SELECT island, count(*) AS n FROM penguins GROUP BY island", "Biscoe has 168."),
    )
    make_engine(fake.base_url).write_sql("Which species is heaviest?", sample_source.schema(), history)
    messages = _messages(fake.requests[0])
    system = messages[0]
    assert system["role"] == "system"
    text = system["content"]
    assert "duckdb" in text and "first 20 rows" in text and "```sql" in text
    for fragment in [
        "TABLE penguins",
        "344 rows",
        "species VARCHAR",
        "'Adelie'",
        "body_mass_g BIGINT",
        "range 2700 .. 6300",
        "TABLE seattle_weather",
        "1461 rows",
        '"date" DATE',
    ]:
        assert fragment in text, fragment
    assert [m["role"] for m in messages[1:]] == ["user", "assistant", "user", "assistant", "user"]
    assert messages[1]["content"] == "How many penguins are there?"
    assert "SELECT count(*) AS n FROM penguins" in messages[2]["content"]
    assert messages[3]["content"] == "And per island?"
    assert messages[-1]["content"] == "Which species is heaviest?"


def test_sql_prompt_carries_the_error_of_a_failed_attempt(fake, penguins_source: DuckDBSource) -> None:
    make_engine(fake.base_url).write_sql("q", penguins_source.schema(), (), error="unknown table 'birds'")
    last = _messages(fake.requests[0])[-1]
    assert last["role"] == "user" and "unknown table 'birds'" in last["content"]


def test_answer_prompt_has_question_sql_columns_total_and_at_most_20_rows(fake) -> None:
    rows = tuple((f"name {i}", i) for i in range(30))
    preview = Preview(("name", "n"), rows, 344)
    history = (Turn("How many penguins are there?", "SELECT 1", "There are 344 penguins."),)
    list(make_engine(fake.base_url).stream_answer("Which names?", "SELECT name, n FROM t", preview, history))
    messages = _messages(fake.requests[0])
    assert messages[0]["role"] == "system" and "20" in messages[0]["content"] and "HTML" in messages[0]["content"]
    assert messages[1] == {"role": "user", "content": "How many penguins are there?"}
    assert messages[2] == {"role": "assistant", "content": "There are 344 penguins."}
    payload = messages[-1]["content"]
    assert "Question: Which names?" in payload
    assert "SELECT name, n FROM t" in payload
    assert 'Columns: ["name", "n"]' in payload
    assert "Total rows in the result: 344 (showing the first 20)" in payload
    sent = json.loads(payload.split("Rows (JSON): ", 1)[1])
    assert len(sent) == 20 and sent[0] == ["name 0", 0] and sent[-1] == ["name 19", 19]
    assert "name 20" not in payload


# -- the server as a process, as the browser test and the CLI use it -----------------------------------
def test_script_mode_serves_the_cli(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    from conftest import ROOT, SAMPLE

    portfile, log = tmp_path / "port", tmp_path / "requests.jsonl"
    script = Path(__file__).parent / "fakes" / "fake_openai.py"
    cmd = [sys.executable, str(script), "--portfile", str(portfile), "--log", str(log)]
    server = subprocess.Popen([*cmd, "--answer", "Exactly 344 penguins.", "--delay", "0.01", "--lifetime", "60"])
    try:
        deadline = time.monotonic() + 10
        while not portfile.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        port = int(portfile.read_text())
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "QUERYCHAT_"))}
        env.update(QUERYCHAT_PROVIDER="openai", OPENAI_BASE_URL=f"http://127.0.0.1:{port}/v1", OPENAI_API_KEY="sk-test")
        p = subprocess.run(
            [
                sys.executable,
                "-m",
                "querychat",
                "ask",
                "--table",
                f"penguins={SAMPLE / 'penguins.csv'}",
                "How many penguins?",
                "--json",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    out = json.loads(p.stdout)
    assert p.returncode == 0, p.stderr
    assert out["rows"] == [[344]] and MARKER in out["sql"] and out["answer"] == "Exactly 344 penguins."
    logged = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(r["kind"], r["stream"]) for r in logged] == [("sql", False), ("answer", True)]

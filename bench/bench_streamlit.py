"""The Streamlit layer under AppTest: one question on a chat page with 0, 50 and 200 messages of history,
beside a bare chat loop (``st.chat_message`` + ``st.markdown`` per message) at the same history lengths,
and the time to render a 2,000-token stream in both.

The app's history is pre-filled by putting ``Message`` objects into the page's ``ChatStore`` key in
``session_state`` before the first run. Skips with a note when ``app.py`` is not there.
"""

from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.common import ROOT, Row, median
from bench.fake_openai import FakeOpenAI

PAGE_ID = "chat"  # querychat/ui/state.py: the default chat page's ChatStore page id
QUESTION = "How many penguins of each species are there?"
ANSWER = (
    "There are **3 species**: Adelie (152 penguins), Gentoo (124) and Chinstrap (68). "
    "Adelie is the most common, with 44% of the 344 penguins."
)

BARE_LOOP = """
import streamlit as st

if "msgs" not in st.session_state:
    st.session_state.msgs = []
for m in st.session_state.msgs:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])
if q := st.chat_input("Ask"):
    st.session_state.msgs.append({"role": "user", "content": q})
    with st.chat_message("user"):
        st.markdown(q)
    tokens = st.session_state.get("stream_tokens", 0)
    with st.chat_message("assistant"):
        if tokens:
            text = st.write_stream(f"tok{i} " for i in range(tokens))
        else:
            text = ANSWER
            st.markdown(text)
    st.session_state.msgs.append({"role": "assistant", "content": text})
""".replace("ANSWER", repr(ANSWER))


def app_path() -> Path:
    return ROOT / "app.py"


def _history(n: int) -> list[Any]:
    """``n`` messages of a plausible page: questions and done answers with SQL and timings."""
    from querychat.messages import Message

    out = []
    t = time.time() - 10 * n
    for i in range(n):
        if i % 2 == 0:
            out.append(Message(f"msg-bench-{i:04d}", "user", f"{QUESTION} ({i // 2})", PAGE_ID, t + i))
        else:
            meta = {
                "engine": "offline",
                "model": "rules",
                "sql": "SELECT species, count(*) AS penguins FROM penguins GROUP BY species ORDER BY penguins DESC",
                "rows_analyzed": 3,
                "total_rows": 3,
                "columns": ["species", "penguins"],
                "execution_ms": 2.1,
                "sql_ms": 0.4,
                "first_token_ms": 0.1,
                "answer_ms": 0.5,
                "total_ms": 4.0,
                "tokens_per_s": None,
            }
            out.append(Message(f"msg-bench-{i:04d}", "assistant", ANSWER, PAGE_ID, t + i, "done", meta))
    return out


@contextmanager
def _env(**values: str | None):
    old = {k: os.environ.get(k) for k in values}
    for k, v in values.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _offline_env():
    return _env(QUERYCHAT_PROVIDER="offline", OPENAI_API_KEY=None, OPENAI_BASE_URL=None)


def time_app_question(history: int, repeat: int, timeout: float = 120) -> list[float]:
    from streamlit.testing.v1 import AppTest

    from querychat.messages import ChatStore

    times = []
    for _ in range(repeat):
        at = AppTest.from_file(str(app_path()), default_timeout=timeout)
        at.session_state[ChatStore.PREFIX + PAGE_ID] = _history(history)
        at.run()  # first visit: sample data, imports; not timed
        _check(at)
        box = at.chat_input(key=f"qc.input.{PAGE_ID}")
        t = time.perf_counter()
        box.set_value(QUESTION).run()
        times.append((time.perf_counter() - t) * 1000)
        _check(at)
        got = len(at.session_state[ChatStore.PREFIX + PAGE_ID])
        if got != history + 2:
            raise RuntimeError(f"the app's chat page holds {got} messages after one question, expected {history + 2}")
    return times


def time_bare_question(history: int, repeat: int, stream_tokens: int = 0) -> list[float]:
    from streamlit.testing.v1 import AppTest

    times = []
    msgs = [{"role": m.role, "content": m.content} for m in _history(history)]
    for _ in range(repeat):
        at = AppTest.from_string(BARE_LOOP, default_timeout=120)
        at.session_state["msgs"] = list(msgs)
        at.session_state["stream_tokens"] = stream_tokens
        at.run()
        t = time.perf_counter()
        at.chat_input[0].set_value(QUESTION).run()
        times.append((time.perf_counter() - t) * 1000)
        _check(at)
    return times


def _check(at: Any) -> None:
    if at.exception:
        raise RuntimeError(f"the script raised: {at.exception[0].message}")


def run(quick: bool = False) -> list[Row]:
    if not app_path().exists():
        print("  note: app.py is missing; skipping the Streamlit benchmarks until the app lands")
        return [Row("streamlit", "Streamlit benchmarks", None, note="skipped: app.py is missing")]
    repeat = 3 if quick else 5
    out: list[Row] = []
    with _offline_env(), tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
        del home
        measured = {}
        for n in (0, 50, 200):
            app = median(time_app_question(n, repeat))
            bare = median(time_bare_question(n, repeat))
            measured[n] = (app, bare)
            row = Row("streamlit", f"one question, {n} messages of history (vs bare loop)", app, bare)
            if n == 200:
                row.target, row.ok = "<= 2x bare", app <= 2 * bare
            out.append(row)
        # What the history itself costs: the fixed per-question work (st.status, query, chart) cancels out.
        (app0, bare0), (app200, bare200) = measured[0], measured[200]
        out.append(
            Row(
                "streamlit",
                "history cost: question at 200 minus question at 0 (vs bare loop)",
                app200 - app0,
                bare200 - bare0,
                note=f"{(app200 - app0) / 2:.2f} vs {(bare200 - bare0) / 2:.2f} ms per 100 messages",
            )
        )
    tokens = 2000
    with FakeOpenAI(sql="SELECT species, count(*) AS penguins FROM penguins GROUP BY species", tokens=tokens) as fake:
        with _env(QUERYCHAT_PROVIDER="openai", OPENAI_API_KEY="bench", OPENAI_BASE_URL=fake.base_url, QUERYCHAT_MODEL="bench"):
            app = median(time_app_question(0, max(2, repeat - 2)))
        bare = median(time_bare_question(0, max(2, repeat - 2), stream_tokens=tokens))
    out.append(
        Row(
            "streamlit",
            f"render a {tokens}-token stream (app via fake server vs bare st.write_stream)",
            app,
            bare,
            note=f"{tokens / app * 1000:,.0f} tokens/s in the app",
        )
    )
    return out

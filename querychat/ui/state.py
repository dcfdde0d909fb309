"""Per-session objects kept in ``st.session_state``: the data source, the engine, the result cache.

Everything here is per browser session on purpose: a DuckDB holding one visitor's uploads must
never be visible to another visitor of a hosted demo, so nothing user-specific goes through
``st.cache_resource``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import streamlit as st

from ..config import Settings
from ..data import DuckDBSource
from ..engines import Engine, make_engine
from ..messages import ChatStore
from .cache import ResultCache
from .live import STOPPED_EMPTY

ROOT = Path(__file__).resolve().parents[2]
SAMPLES: tuple[tuple[str, Path], ...] = (
    ("penguins", ROOT / "sample_data" / "penguins.csv"),
    ("seattle_weather", ROOT / "sample_data" / "seattle_weather.csv"),
)

SOURCE_KEY = "qc.source"
ENGINE_KEY = "qc.engine"
RESULTS_KEY = "qc.results"
OFFLINE_KEY = "qc.force_offline"
INGESTED_KEY = "qc.ingested"
PENDING_PREFIX = "qc.pending."
RETRY_PREFIX = "qc.retry."
STOP_FLAGS_KEY = "qc.stop_flags"


@dataclass(frozen=True)
class ChatPage:
    """A chat page of the app: its file, title, icon and the ChatStore page id of its history."""

    path: str
    url_path: str
    title: str
    icon: str
    page_id: str
    intro: str


CHAT_PAGES: tuple[ChatPage, ...] = (
    ChatPage(
        "pages/chat_page.py",
        "chat",
        "Chat",
        ":material/chat:",
        "chat",
        "Ask a question about the loaded tables. Each answer runs one read-only SQL query locally.",
    ),
    ChatPage(
        "pages/scratchpad_page.py",
        "scratchpad",
        "Scratchpad",
        ":material/edit_note:",
        "scratchpad",
        "A second conversation with its own history: try a different line of questions here.",
    ),
)


def source() -> DuckDBSource:
    """This session's sandboxed DuckDB, with the sample data loaded on first visit."""
    src = st.session_state.get(SOURCE_KEY)
    if src is None:
        src = DuckDBSource()
        for name, path in SAMPLES:
            try:
                src.add_file(path, name=name)
            except Exception:  # noqa: BLE001 - a missing sample must not stop anyone from uploading
                continue
        # sqlglot loads its DuckDB dialect (~50 ms) on first use; pay it on the first visit of the
        # process, not inside somebody's first answer.
        src.validate("SELECT 1")
        st.session_state[SOURCE_KEY] = src
    return src


def settings() -> tuple[Settings, str | None]:
    """Configured settings (st.secrets over env) and a problem to show, if the config is broken.

    A broken setting (say ``QUERYCHAT_PROVIDER=gpt``) must not take the app down: it falls back
    to the offline engine and says why.
    """
    try:
        return Settings.load(secrets=_secrets()), None
    except ValueError as exc:
        return Settings(), f"Settings problem: {exc}. Using the offline engine."


def _secrets() -> Any:
    """st.secrets when a secrets file (or AppTest secrets) exists, else None.

    One probe instead of letting every ``get`` look for the missing file again on every rerun.
    """
    try:
        return st.secrets if st.secrets.load_if_toml_exists() else None
    except Exception:  # noqa: BLE001 - an unreadable secrets file must not take the app down
        return None


def effective_settings() -> tuple[Settings, Settings, str | None]:
    """(configured, in use, problem): in use is offline when the user switched to it."""
    configured, problem = settings()
    in_use = configured
    if st.session_state.get(OFFLINE_KEY) and configured.provider != "offline":
        in_use = replace(configured, provider="offline")
    return configured, in_use, problem


def engine() -> Engine:
    """The engine for the settings in use, built once per session and per settings change."""
    _, in_use, _ = effective_settings()
    cached = st.session_state.get(ENGINE_KEY)
    if cached is not None and cached[0] == in_use:
        return cached[1]
    built = make_engine(in_use)
    st.session_state[ENGINE_KEY] = (in_use, built)
    return built


def results() -> ResultCache:
    cache = st.session_state.get(RESULTS_KEY)
    if cache is None:
        cache = st.session_state[RESULTS_KEY] = ResultCache()
    return cache


def store(page_id: str) -> ChatStore:
    return ChatStore(st.session_state, page_id)


def detached_store(page_id: str) -> ChatStore:
    """The page's ChatStore over a plain dict that holds the very same history list.

    Once Streamlit stops a script run (the stop button), every ``st.session_state`` access raises
    its StopException again, so a ``finally`` that records "stopped" cannot go through
    ``st.session_state``. ChatStore changes the list it finds under its key in place (append and
    item replacement), so writes through this store land in the session's history all the same.
    """
    key = ChatStore.PREFIX + page_id
    len(store(page_id))  # creates the page's list if it does not exist yet
    return ChatStore({key: st.session_state[key]}, page_id)


def set_pending(page_id: str, question: str) -> None:
    """Queue a question for the page's next run (suggestion and retry buttons use this callback)."""
    st.session_state[PENDING_PREFIX + page_id] = question


def pop_pending(page_id: str) -> str | None:
    return st.session_state.pop(PENDING_PREFIX + page_id, None)


def set_retry(page_id: str, message_id: str) -> None:
    """Queue a retry of a failed or stopped answer: the page answers its question again in place."""
    st.session_state[RETRY_PREFIX + page_id] = message_id


def pop_retry(page_id: str) -> str | None:
    return st.session_state.pop(RETRY_PREFIX + page_id, None)


def stop_flags() -> dict[str, str]:
    """Message ids the user asked to stop, with the text kept; the answering run holds this same dict."""
    flags = st.session_state.get(STOP_FLAGS_KEY)
    if flags is None:
        flags = st.session_state[STOP_FLAGS_KEY] = {}
    return flags


def stop_answer(page_id: str, message_id: str) -> None:
    """The Stop button's callback: mark the streaming answer stopped, at once.

    A click interrupts the answering run and starts a new one (Streamlit's fast reruns); this
    callback runs first in the new run, so the history it draws already shows the answer as
    stopped, with what arrived. The old run sees the flag and takes no further token.
    """
    flags = stop_flags()
    flags[message_id] = ""  # first: the answering run stops taking tokens
    chat = store(page_id)
    try:
        msg = chat.get(message_id)
    except KeyError:
        return
    if msg.status == "streaming":
        kept = msg.content or STOPPED_EMPTY
        flags[message_id] = kept
        chat.update(message_id, content=kept, status="stopped", metadata={"stopped": True})
    else:  # it finished in the meantime: nothing to stop
        flags.pop(message_id, None)


def new_chat(page_id: str) -> None:
    """Clear one page's history and its cached results; other pages are untouched."""
    store(page_id).clear()
    results().drop_page(page_id)
    st.session_state.pop(PENDING_PREFIX + page_id, None)
    st.session_state.pop(RETRY_PREFIX + page_id, None)


def use_offline() -> None:
    st.session_state[OFFLINE_KEY] = True

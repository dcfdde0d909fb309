"""The sidebar every page shares: tables, uploads, the engine in use, and "new chat".

Uploads are ingested once per uploaded file (keyed by Streamlit's file id), not on every rerun:
the uploader keeps returning its files on each rerun, and reloading a 50 MB CSV on every click
would make the app unusable and create duplicate tables.
"""

from __future__ import annotations

import streamlit as st

from ..data import DuckDBSource
from ..ingest import IngestError
from . import state
from .format import count

UPLOAD_TYPES = ["csv", "tsv", "txt", "tab", "parquet", "pq", "json", "ndjson", "jsonl", "xlsx", "xlsm"]


def render_sidebar(chat_page: state.ChatPage | None) -> None:
    """Draw the sidebar; ``chat_page`` is the current page when it is a chat page ("new chat")."""
    src = state.source()
    with st.sidebar:
        if chat_page is not None:
            st.button(
                "New chat",
                key="qc.new_chat",
                icon=":material/add_comment:",
                width="stretch",
                on_click=state.new_chat,
                args=(chat_page.page_id,),
                help=f"Clear the {chat_page.title} history (other pages keep theirs).",
            )
        _engine()
        _uploads(src)
        _tables(src)


def _engine() -> None:
    configured, in_use, problem = state.effective_settings()
    if in_use.provider == "offline":
        st.markdown("**Engine** :gray-badge[:material/cloud_off: Offline]")
        st.caption("Rule-based: no model, no key, no network.")
    else:
        st.markdown(f"**Engine** :blue-badge[:material/smart_toy: {in_use.model}]")
        st.caption(f"OpenAI-compatible, via {in_use.base_url or 'api.openai.com'}")
        if not in_use.api_key and not in_use.base_url:
            st.warning(
                "No OPENAI_API_KEY is set, so api.openai.com will refuse the requests. Set the key or use the offline engine."
            )
    if problem:
        st.warning(problem)
    if configured.provider != "offline":
        st.toggle(
            "Use the offline engine",
            key=state.OFFLINE_KEY,
            help=f"Configured: {configured.engine_label}. The offline engine needs no key and no network.",
        )


def _uploads(src: DuckDBSource) -> None:
    limit_mb = src.limits.max_upload_bytes / 2**20
    files = st.file_uploader(
        "Add your data",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="qc.uploader",
        help=(
            "CSV/TSV/TXT (delimiter and encoding are detected), Parquet, JSON/NDJSON or Excel; "
            f"each file becomes its own table (one per sheet for Excel). Up to {limit_mb:.0f} MB per file."
        ),
    )
    done: dict[str, dict[str, object]] = st.session_state.setdefault(state.INGESTED_KEY, {})
    for f in files or []:
        if f.file_id in done:
            continue
        with st.spinner(f"Loading {f.name}…"):
            try:
                tables = src.add_bytes(f.getvalue(), f.name)
                done[f.file_id] = {"name": f.name, "tables": tables, "error": None}
            except IngestError as exc:
                done[f.file_id] = {"name": f.name, "tables": [], "error": _named(f.name, str(exc))}
            except Exception as exc:  # noqa: BLE001 - one bad file must not break the session
                done[f.file_id] = {"name": f.name, "tables": [], "error": _named(f.name, f"could not be loaded ({exc})")}
    for f in files or []:
        entry = done.get(f.file_id)
        if not entry:
            continue
        if entry["error"]:
            st.error(str(entry["error"]), icon=":material/error:")
        else:
            names = ", ".join(f"`{t}`" for t in entry["tables"])  # type: ignore[union-attr]
            st.caption(f":material/check_circle: {f.name} → {names}")


def _named(filename: str, message: str) -> str:
    return message if filename in message else f"{filename}: {message}"


def _tables(src: DuckDBSource) -> None:
    st.markdown("**Tables**")
    names = src.tables()
    if not names:
        st.caption("None yet: add a file above.")
        return
    lines = ["| table | rows | cols |", "| :-- | --: | --: |"]
    for name in names:
        prof = src.profile(name)
        lines.append(f"| {name} | {count(prof.row_count)} | {len(prof.columns)} |")
    st.markdown("\n".join(lines))

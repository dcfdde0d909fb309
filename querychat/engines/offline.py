"""Placeholder replaced below."""
from __future__ import annotations
from collections.abc import Iterator, Sequence
from ..schema import Schema, quote_ident
from .base import Preview, Turn, word_stream, NotUnderstood

class OfflineEngine:
    name = "offline"
    model = "rules"
    def write_sql(self, question: str, schema: Schema, history: Sequence[Turn] = (), error: str | None = None) -> str:
        t = schema.tables[0]
        return f"SELECT count(*) AS row_count FROM {quote_ident(t.name)}"
    def stream_answer(self, question: str, sql: str, result: Preview, history: Sequence[Turn] = ()) -> Iterator[str]:
        yield from word_stream(f"There are {result.rows[0][0]} rows.")

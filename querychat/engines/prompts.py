"""Prompts for model-backed engines, kept apart so tests can check exactly what a model is told."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..results import MODEL_ROWS
from ..schema import Schema
from .base import Preview, Turn

SQL_SYSTEM = """You are querychat, an analyst who answers questions about the user's tables by writing SQL.
Write exactly ONE read-only {dialect} SQL query (SELECT, WITH ... SELECT, UNION) that answers the question.
Rules:
- Use only the tables and columns listed below; quote identifiers that need it with double quotes.
- Use literal values exactly as they appear in the data (see the values listed per column).
- Give every computed column a short snake_case alias.
- Never modify data or settings, never read files, never call table functions other than range/unnest.
- Only the first {rows} rows of the result will be shown to you afterwards, with the total row count,
  so order and aggregate the result so that those rows answer the question.
- Reply with the query in a single ```sql code block and nothing else.

Tables:
{schema}"""

ANSWER_SYSTEM = """You are querychat. You are given a question, the SQL that ran to answer it, and the result
(column names, the total row count, and at most the first {rows} rows).
Answer the question in a few short sentences of plain Markdown, using only these numbers.
If the result holds more rows than you were shown, say the answer is based on the first {rows}.
If the result is empty, say so. Never output HTML or code, and never invent values."""


def sql_messages(question: str, schema: Schema, history: Sequence[Turn], error: str | None = None) -> list[dict[str, str]]:
    msgs = [{"role": "system", "content": SQL_SYSTEM.format(dialect=schema.dialect, rows=MODEL_ROWS, schema=schema.to_prompt())}]
    for turn in history[-6:]:
        msgs.append({"role": "user", "content": turn.question})
        if turn.sql:
            msgs.append({"role": "assistant", "content": f"```sql\n{turn.sql}\n```"})
    msgs.append({"role": "user", "content": question})
    if error:
        msgs.append(
            {
                "role": "user",
                "content": f"The previous query failed: {error}\nWrite a corrected query in one ```sql block.",
            }
        )
    return msgs


def answer_messages(question: str, sql: str, result: Preview, history: Sequence[Turn]) -> list[dict[str, str]]:
    rows = [list(map(_cell, r)) for r in result.rows[:MODEL_ROWS]]
    shown = len(rows)
    payload = (
        f"Question: {question}\n\nSQL that ran:\n{sql}\n\n"
        f"Columns: {json.dumps(list(result.columns))}\n"
        f"Total rows in the result: {result.total_rows} (showing the first {shown})\n"
        f"Rows (JSON): {json.dumps(rows, default=str)}"
    )
    msgs = [{"role": "system", "content": ANSWER_SYSTEM.format(rows=MODEL_ROWS)}]
    for turn in history[-4:]:
        msgs.append({"role": "user", "content": turn.question})
        if turn.answer:
            msgs.append({"role": "assistant", "content": turn.answer[:1000]})
    msgs.append({"role": "user", "content": payload})
    return msgs


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return str(value)

"""Short, honest answers built only from the result rows the engine was given.

Numbers are formatted, column names shown as code, and values from the data escaped so they cannot
change the Markdown they are shown in; nothing here is ever rendered as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .base import Preview
from .intent import Filter, Intent, _fmt

AGG_TEXT = {
    "avg": "average",
    "sum": "total",
    "min": "lowest",
    "max": "highest",
    "median": "median",
    "stddev": "standard deviation",
    "range": "range (highest minus lowest) of",
}


AGG_NOUN = {
    "avg": "average",
    "sum": "total",
    "min": "minimum",
    "max": "maximum",
    "median": "median",
    "stddev": "standard deviation",
    "range": "range of",
}


def _key(value: Any) -> str:
    """Group labels are names, not quantities: 2014 stays 2014."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else _fmt(value)


def _row_name(values: Sequence[Any]) -> str:
    """A row named by several columns: a first and last name read as one ("Ada Lovelace"); a year, a place and its
    country as a list ("1970, Chimbote, Peru"), the year without a thousands comma."""
    parts = [_key(v) for v in values]
    if len(parts) > 2 or any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return ", ".join(parts)
    return " ".join(parts)


def _md(text: str) -> str:
    """Values from the data go into Markdown: escape what would change the formatting."""
    return re.sub(r"([\\`*_{}\[\]<>#|])", r"\\\1", text)


def compose_answer(intent: Intent | None, result: Preview) -> str:
    """A short, honest sentence or two built only from the result rows the engine was given (and, over a series read
    as days, which days: each day's total)."""
    answer = _compose(intent, result)
    daily = intent.casts_of("daily") if intent else []
    if daily and result.rows:
        ts, measure = daily[0]
        totals = f"each day's total of {_code(measure)}" if measure else f"the days of {_code(ts)}"
        answer += f" (Read over {totals}, one row a day.)"
    periods = intent.casts_of("totals") if intent else []
    if periods and result.rows:  # a panel's quarters: the figure is of each quarter's total, not of single rows
        date_col, measure = periods[0]
        answer += f" (Read over the total of {_code(measure)} for each {_code(date_col)}.)"
    return answer


def _compose(intent: Intent | None, result: Preview) -> str:
    result = _month_names_shown(result)
    rows, total = result.rows, result.total_rows
    if total == 0 or not rows:
        where = f" where {_where_text(intent)}" if _where_text(intent) else ""
        return f"No rows matched{where}, so there is nothing to report."
    based = f" (showing the first {len(rows)} of {total:,} rows)" if total > len(rows) else ""
    where = f" where {_where_text(intent)}" if _where_text(intent) else ""
    if intent is None:
        return _generic_answer(result) + based
    kind = intent.kind
    label = intent.table
    if kind == "count" and not intent.groups:
        noun = _md(intent.entity) if intent.entity not in ("rows",) else f"rows in {_code(label)}"
        return f"There are **{_fmt(rows[0][0])}** {noun}{_md(where)}."
    if kind == "having_count" and intent.having and intent.groups:
        op, bound = intent.having
        if intent.agg != "count" and intent.measure:  # "how many species have an average body mass above 4000"
            words = {">": "above", ">=": "at least", "<": "below", "<=": "at most", "=": "equal to"}.get(op, op)
            figure = {"avg": "an average", "sum": "a total", "median": "a median"}.get(intent.agg or "", "a")
            return (
                f"There are **{_fmt(rows[0][0])}** {_md(intent.entity)} (values of {_code(intent.groups[0].text())}) with "
                f"{figure} {_code(intent.measure)} {words} {_fmt(bound)}{_md(where)}."
            )
        words = {">": "more than", ">=": "at least", "<": "fewer than", "<=": "at most", "=": "exactly"}.get(op, op)
        return (
            f"There are **{_fmt(rows[0][0])}** {_md(intent.entity)} (values of {_code(intent.groups[0].text())}) with "
            f"{words} {_fmt(bound)} {'row' if bound == 1 else 'rows'}{_md(where)}."
        )
    if kind == "having" and intent.share_of is not None and intent.groups:  # "which districts have no urban women"
        vals = ", ".join(_md(_key(r[0])) for r in rows[:20])
        more = f", and {total - len(rows):,} more" if total > len(rows) else ""
        return (
            f"**{total:,}** {'value' if total == 1 else 'values'} of {_code(intent.groups[0].text())} "
            f"{'has' if total == 1 else 'have'} no rows where {_md(intent.share_of.text())}"
            f"{_md(where)}: {vals}{more}."
        )
    if kind == "avg_count" and intent.groups:
        noun = _md(intent.entity) if intent.entity not in ("rows", "") else "rows"
        return f"On average there are **{_fmt(rows[0][0])}** {noun} per {_code(intent.groups[0].text())}{_md(where)}."
    if kind == "count_distinct":
        values = f"{intent.label_part}s" if intent.label_part else "values"  # ("distinct years of `date`")
        said = intent.entity if re.fullmatch(r"[a-z]{3,}s", intent.entity or "") and intent.entity != "rows" else ""
        if said and not intent.label_part:  # "how many centres": "10 centres (distinct values of `center`)"
            return f"There are **{_fmt(rows[0][0])}** {said} (distinct values of {_code(intent.measure)}) in {_code(label)}{_md(where)}."
        return f"There are **{_fmt(rows[0][0])}** distinct {values} of {_code(intent.measure)} in {_code(label)}{_md(where)}."
    if kind == "correlation" and not intent.groups:
        r = rows[0][0]
        strength = "" if r is None else f" ({_strength(float(r))})"
        return (
            f"The correlation (Pearson's r) between {_code(intent.measure)} and {_code(intent.paired)}{_md(where)} is "
            f"**{_fmt(r)}**{strength}."
        )
    if kind == "agg" and intent.more:
        return _figures_answer(intent, result, where)
    if kind == "agg" and not intent.groups:
        return f"The {AGG_TEXT[intent.agg or 'avg']} {_code(intent.measure)} is **{_fmt(rows[0][0])}**{_md(where)}."
    if kind == "distinct" and total == 1:  # "what date was Thanksgiving in 2015": the one value
        return f"The {_code(intent.groups[0].text())}{_md(where)} is **{_md(_fmt(rows[0][0]))}**."
    if kind == "distinct":
        vals = ", ".join(_md(_fmt(r[0])) for r in rows[:20])
        more = f", and {total - len(rows):,} more" if total > len(rows) else ""
        return f"There are {total:,} distinct values of {_code(intent.groups[0].text())}{_md(where)}: {vals}{more}."
    if kind == "top":
        what = "count" if intent.agg == "count" else f"{AGG_NOUN[intent.agg or 'max']} {_code(intent.measure)}"
        if len(rows) == 1:
            word = "most" if intent.order != "asc" else "fewest"
            if intent.agg == "count":
                return f"**{_md(_key(rows[0][0]))}** has the {word} {_md(intent.entity)}{_md(where)}: {_fmt(rows[0][-1])}."
            word = "highest" if intent.order != "asc" else "lowest"
            return f"**{_md(_key(rows[0][0]))}** has the {word} {what}{_md(where)}: {_fmt(rows[0][-1])}."
        items = "; ".join(f"{_md(_key(r[0]))}: {_fmt(r[-1])}" for r in rows[:10])
        return f"Top {len(rows)} by {what}{_md(where)}: {items}."
    if kind == "row_extreme":
        first = rows[0]
        word = "highest" if intent.order != "asc" else "lowest"
        if len(first) >= 2:
            if len(rows) > 1:
                items = "; ".join(f"{_md(_row_name(r[:-1]))}: {_fmt(r[-1])}" for r in rows[:10])
                return f"The {len(rows)} rows with the {word} {_code(intent.measure)}{_md(where)}: {items}."
            name = _row_name(first[:-1])
            return f"**{_md(name)}** has the {word} {_code(intent.measure)}{_md(where)}: {_fmt(first[-1])}."
        return f"The {word} {_code(intent.measure)}{_md(where)} is **{_fmt(first[0])}**."
    if kind in ("count", "agg", "share", "correlation") and intent.groups:
        what = (
            "count"
            if kind == "count"
            else "percent"
            if kind == "share"
            else f"correlation of {_code(intent.measure)} and {_code(intent.paired)}"
            if kind == "correlation"
            else f"{AGG_NOUN[intent.agg or 'avg']} {_code(intent.measure)}"
        )
        by = " and ".join(_code(g.text()) for g in intent.groups)
        n = len(intent.groups)
        items = "; ".join(f"{_md(', '.join(_key(v) for v in r[:n]))}: {_fmt(r[-1])}" for r in rows[:12])
        more = f"; and {total - 12:,} more" if total > 12 else ""
        return f"{what[0].upper() + what[1:]} by {by}{_md(where)}: {items}{more}.{based if total > 12 else ''}"
    if kind == "difference" and intent.share_of is not None and intent.versus is not None and len(rows[0]) >= 3:
        what = "number of rows" if intent.agg == "count" else f"{AGG_TEXT[intent.agg or 'avg']} {_code(intent.measure)}"
        first, second = _md(intent.share_of.text()), _md(intent.versus.text())
        among = f" (of the rows{_md(where)})" if where else ""  # ("where country is China": said once, apart)
        return (
            f"The {what}{among} is {_fmt(rows[0][0])} where {first} and {_fmt(rows[0][1])} where {second}: "
            f"a difference of **{_fmt(rows[0][2])}**."
        )
    if kind == "share":
        cond = _md(intent.share_of.text()) if intent.share_of else "the condition"
        of = _md(intent.entity) if intent.entity and intent.entity != "rows" else "rows"  # "of the prisoners", counted
        return f"**{_fmt(rows[0][0])}%** of the {of} in {_code(label)}{_md(where)} match: {cond}."
    return _generic_answer(result) + based


def _month_names_shown(result: Preview) -> Preview:
    """A month of the year comes with its name (`month_name` beside `month`): the sentence says "May", not 5."""
    cols = result.columns
    if "month_name" not in cols or "month" not in cols:
        return result
    at, name = cols.index("month"), cols.index("month_name")
    rows = tuple(tuple(r[name] if i == at else v for i, v in enumerate(r) if i != name) for r in result.rows)
    return Preview(tuple(c for i, c in enumerate(cols) if i != name), rows, result.total_rows)


def _figures_answer(intent: Intent, result: Preview, where: str) -> str:
    """Several figures at once: each named beside its value, per group when there are groups."""
    names = [f"{AGG_NOUN[agg]} {_code(col)}" for agg, col in intent.figures()]
    rows, total, n = result.rows, result.total_rows, len(intent.groups)
    if not n:
        parts = [f"{name} is **{_fmt(v)}**" for name, v in zip(names, rows[0], strict=False)]
        text = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
        return f"{text[0].upper() + text[1:]}{_md(where)}."
    by = " and ".join(_code(g.text()) for g in intent.groups)
    items = "; ".join(f"{_md(', '.join(_key(v) for v in r[:n]))}: {', '.join(_fmt(v) for v in r[n:])}" for r in rows[:12])
    more = f"; and {total - 12:,} more" if total > 12 else ""
    what = ", ".join(names[:-1]) + " and " + names[-1]
    return f"{what[0].upper() + what[1:]} by {by}{_md(where)}: {items}{more}."


def _code(name: str | None) -> str:
    """Column and table names as inline code: readable in Markdown and in a terminal."""
    return f"`{(name or '').replace('`', '')}`"


def _strength(r: float) -> str:
    """How a correlation is usually read out: its direction and a conventional word for its size."""
    size = abs(r)
    word = (
        "very weak"
        if size < 0.2
        else "weak"
        if size < 0.4
        else "moderate"
        if size < 0.6
        else "strong"
        if size < 0.8
        else "very strong"
    )
    return f"{word}, {'positive' if r > 0 else 'negative' if r < 0 else 'none'}"


def _where_text(intent: Intent | None) -> str:
    if not intent:
        return ""
    shown = [f for f in intent.filters if _told(f, intent)]
    return " and ".join(f.text() for f in shown)


def _told(f: Filter, intent: Intent) -> bool:
    """A blank left out of the values listed goes without saying ("the marital statuses", not "where it is not empty")."""
    return not (intent.kind == "distinct" and f.op == "is not null" and any(g.column == f.col.column for g in intent.groups))


def _generic_answer(result: Preview) -> str:
    rows = result.rows
    if len(rows) == 1 and len(rows[0]) == 1:
        return f"The result is **{_fmt(rows[0][0])}**."
    cols = ", ".join(result.columns)
    first = "; ".join(", ".join(_md(_fmt(v)) for v in r) for r in rows[:5])
    return f"The query returned {result.total_rows:,} rows ({_md(cols)}). First rows: {first}."

"""Dates and numbers written as text: read as such without changing the data.

CSV readers leave a column of dates like 'Jan 1 2000' as text, so "average price in 2008" would find no date to
filter on; and a column of rainfall holding a 'T' for a trace among its numbers stays text, so "the total rainfall"
finds nothing to add up. The engine reads the table as if these columns were dates or numbers, and the SQL converts
them in a subquery (`TRY_STRPTIME`, `TRY_CAST`), so the query runs the same on any copy of the file, converted or not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...schema import ColumnProfile, TableProfile
from ..intent import QUARTER_FORMAT, WEEK_FORMAT, _split_name

# (strptime format, kind): the spellings of dates seen in public data, most specific first
_FORMATS = (
    ("%Y/%m/%d %H:%M", "timestamp"),
    ("%Y/%m/%d %H:%M:%S", "timestamp"),
    ("%m/%d/%Y %H:%M:%S", "timestamp"),  # '9/30/1990 0:00:00': a US export's date with its time
    ("%m/%d/%Y %H:%M", "timestamp"),
    ("%Y/%m/%d", "date"),
    ("%b %d %Y", "date"),
    ("%b %d, %Y", "date"),
    ("%B %d %Y", "date"),
    ("%B %d, %Y", "date"),
    ("%d %b %Y", "date"),
    ("%d %B %Y", "date"),
    ("%m/%d/%Y", "date"),
    ("%m/%d/%y", "date"),  # '1/3/11': a US export's short year
    ("%d.%m.%Y", "date"),
    ("%Y %b", "date"),  # a month, as monthly series write it: '1991 Jul', 'Jul 1991', '1949-01'
    ("%b %Y", "date"),
    ("%Y %B", "date"),
    ("%B %Y", "date"),
    ("%Y-%m", "date"),
    ("%b-%d-%Y", "date"),  # 'Jan-1-1995'
    ("%d-%b-%Y", "date"),  # '01-Jan-1995'
    ("%b-%Y", "date"),  # 'Jan-1995'
    (QUARTER_FORMAT, "date"),  # a quarter ('1998 Q1', '1998Q1', '1998-Q1'): read as the quarter's first day
    (WEEK_FORMAT, "date"),  # an ISO week ('1991 W06'): read as its Thursday, which lies in the week's own year
)
_QUARTER_RE = re.compile(r"(\d{4})\s*-?\s*Q([1-4])", re.IGNORECASE)
_WEEK_RE = re.compile(r"(\d{4})\s*-?\s*W(\d{1,2})", re.IGNORECASE)
_SAMPLE = 200
_TERM_WORDS = frozenset({"semester", "semesters", "term", "terms", "trimester", "session", "wave", "round"})
Cast = tuple[str, str, str]  # (column, strptime format, "date" | "timestamp")


def _parse(value: str, fmt: str) -> dt.datetime | None:
    if fmt == QUARTER_FORMAT:
        hit = _QUARTER_RE.fullmatch(value.strip())
        return dt.datetime(int(hit.group(1)), int(hit.group(2)) * 3 - 2, 1) if hit else None
    if fmt == WEEK_FORMAT:
        week = _WEEK_RE.fullmatch(value.strip())
        try:
            day = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4) if week else None
        except ValueError:
            return None
        return dt.datetime(day.year, day.month, day.day) if day else None
    try:
        return dt.datetime.strptime(value.strip(), fmt)
    except ValueError:
        return None


def text_date_format(col: ColumnProfile) -> tuple[str, str] | None:
    """The one format every sampled value of a text column parses with, or None (too few values, or mixed); or
    '%Y%m%d' for a whole-number column called a date whose smallest and largest values are such dates (19580329)."""
    if col.kind == "integer" and "date" in col.name.lower() and isinstance(col.min, int) and isinstance(col.max, int):
        if all(10_000_101 <= v <= 29_991_231 and _parse(str(v), "%Y%m%d") for v in (col.min, col.max)):
            return "%Y%m%d", "date"
        return None
    if col.kind != "text" or len(col.values) < 5:
        return None
    if set(_split_name(col.name)) & _TERM_WORDS:
        return None  # a `semester` '2000-1' is a year and its first term, not January 2000
    sample = col.values[:_SAMPLE]
    for fmt, kind in _FORMATS:
        if all(_parse(v, fmt) is not None for v in sample):
            return fmt, kind
    return None


def _number(value: str) -> float | None:
    try:
        return float(value.replace(",", "")) if value.strip() else None
    except ValueError:
        return None


def numeric_text(col: ColumnProfile) -> tuple[float, float] | None:
    """The range of a text column of numbers with a few short codes among them (rainfall with 'T' for a trace, counts
    with '-' or '*' for none recorded), when every value was profiled: read as a number, the codes as missing."""
    if col.kind != "text" or not col.values_complete or len(col.values) < 10:
        return None
    parsed = [_number(v) for v in col.values]
    codes = [v for v, n in zip(col.values, parsed, strict=True) if n is None]
    numbers = [n for n in parsed if n is not None]
    if len(codes) > 2 or any(len(c.strip()) > 2 or (c.strip().isalnum() and len(c.strip()) > 1) for c in codes):
        return None
    if len(numbers) < 0.9 * len(col.values) or not codes:
        return None
    return min(numbers), max(numbers)


def dated_table(table: TableProfile) -> tuple[TableProfile, tuple[Cast, ...]]:
    """The table as the engine reads it (text dates as dates, their range parsed; text numbers as numbers) and the
    casts its SQL needs."""
    casts: list[Cast] = []
    columns = []
    for col in table.columns:
        span = numeric_text(col)
        if span is not None:
            columns.append(replace(col, kind="number", type="DOUBLE", min=span[0], max=span[1], values=(), values_complete=False))
            casts.append((col.name, "", "number"))
            continue
        found = text_date_format(col)
        if found is None:
            columns.append(col)
            continue
        fmt, kind = found
        lo: object = None
        hi: object = None
        if col.kind == "integer":  # a number written as a date: its range is its smallest and largest
            lo, hi = (_parse(str(v), fmt).date().isoformat() for v in (col.min, col.max))  # type: ignore[union-attr]
        elif col.values_complete:  # with only some values profiled the range would be a sample's, not the column's
            parsed = sorted(p for p in (_parse(v, fmt) for v in col.values) if p is not None)
            lo = parsed[0].date().isoformat() if kind == "date" else parsed[0].isoformat(sep=" ")
            hi = parsed[-1].date().isoformat() if kind == "date" else parsed[-1].isoformat(sep=" ")
        columns.append(
            replace(
                col, kind=kind, type="DATE" if kind == "date" else "TIMESTAMP", min=lo, max=hi, values=(), values_complete=False
            )  # type: ignore[arg-type]
        )
        casts.append((col.name, fmt, kind))
    if not casts:
        return table, ()
    return replace(table, columns=tuple(columns)), tuple(casts)

"""Days over a series kept at a finer step: "calls per day", "the busiest day", "days with more than 35,000 calls"
over a count every five minutes (or every hour) ask about each day's total, not about single readings.

The reading is made as for any question; when it asks about days and the table's one timestamp holds several rows a
day, the query runs over the day totals instead (`SELECT CAST(ts AS DATE) AS ts, SUM(measure) AS measure ... GROUP
BY 1`, the cast kind "daily"), so "on average per day" averages the days, "the busiest day" ranks them and "how many
days" counts them. Only readings that use nothing but the timestamp and that one measure are rolled up: a condition
on another column or on the hour of the day belongs to the readings themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..intent import Intent
from ..lexicon import GENERIC_ROW_NOUNS, singular
from .table_index import _TableIndex
from .words import Question, _additive, _intensive

# "per day", "a day", "daily", "the busiest day", "how many days", "days when ..."
_DAYS = re.compile(
    r"\b(?:per|a|each|every)\s+day\b|\bdaily\b|\b(?:busiest|quietest|slowest|biggest|best|worst)\s+days?\b"
    r"|\bhow\s+many\s+(?:different\s+)?days\b|\bnumber\s+of\s+days\b|\bdays?\s+(?:did|when|with|that|where|had|saw|got)\b"
    r"|\b(?:which|what)\s+(?:day|date)\s+(?:had|saw|got|did|was)\b"
)
_WITHIN_DAY = frozenset({"hour", "minute", "time"})


def sub_daily_timestamp(idx: _TableIndex) -> str | None:
    """The table's one timestamp column when it holds several rows a day (a reading every hour or five minutes)."""
    stamped = [c for c in idx.table.columns if c.kind == "timestamp"]
    if len(stamped) != 1:
        return None
    c = stamped[0]
    try:
        lo, hi = (dt.date.fromisoformat(str(v)[:10]) for v in (c.min, c.max))
    except ValueError:
        return None
    days = (hi - lo).days + 1
    return c.name if idx.table.row_count >= 2 * days else None


def _counted_things(measure: str, idx: _TableIndex) -> bool:
    """A whole number of things named in the plural (`Calls`, `riders`): a count, added up over a day."""
    words = idx.col_meaning[measure]
    return idx.column(measure).kind == "integer" and bool(words) and singular(words[-1]) != words[-1] and not _intensive(measure)


def over_days(intent: Intent, q: Question, idx: _TableIndex) -> Intent:
    """The reading over each day's totals when the question asks about days of a finer series; else as it is."""
    ts = sub_daily_timestamp(idx)
    if ts is None or intent.join or intent.casts or not _DAYS.search(q.lower):
        return intent
    if any(t in GENERIC_ROW_NOUNS for t in q.tokens):
        return intent  # "days with at least one interval of more than 400 calls": a condition on the readings
    measured = {f.col.column for f in intent.filters if not f.col.part and f.col.column != ts}
    measure = intent.measure if intent.measure != ts else None
    if measure is None and len(measured) == 1:
        measure = next(iter(measured))  # "how many days had more than 35,000 calls": the calls, added up per day
    if measure is not None and not (_additive(measure) or _counted_things(measure, idx)):
        return intent  # a count adds up over a day (a temperature or a glucose reading does not)
    used = {c for c, _ in intent.more} | set(intent.also) | ({intent.label} if intent.label else set())
    if used - {ts, measure} or measured - {measure}:
        return intent
    if any(f.col.column == ts and f.col.part in _WITHIN_DAY for f in intent.filters):
        return intent  # "after 6 pm": the readings of those hours
    if any(g.column != ts or g.part in _WITHIN_DAY for g in intent.groups):
        return intent
    groups = tuple(g for g in intent.groups if g.part not in (None, "date"))  # "calls per day on average": the days
    if len(groups) < len(intent.groups) and (intent.agg != "avg" or intent.kind != "agg" or groups):
        return intent  # ("total calls per day": one row a day, as asked; "the day with the highest average": ranked)
    return replace(intent, groups=groups, casts=((ts, measure or "", "daily"),))

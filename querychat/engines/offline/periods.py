"""Periods of a panel: "prisoners per quarter on average", "the highest quarterly total in SA", "how many quarters had
more than 35,000 prisoners" over a count kept per state, sex and quarter ask about each quarter's total, not about
single rows.

When the table's one date column steps by a week, month, quarter or year and holds several rows a date (one row per
date and category), and the question asks about those periods, the query runs over the period totals (the cast kind
"totals": `SELECT t, SUM(count) AS count FROM ... WHERE <conditions on the categories> GROUP BY t`), so an average, a
median or an extreme is one of the totals and "how many quarters" counts them. A question that fixes every category gets
the same figures as over its rows; one that leaves some open gets the totals over them, which single rows cannot give.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..intent import ColRef, Intent
from .columns import _date_column, _date_grain
from .daily import _counted_things
from .table_index import _TableIndex
from .words import Question, _additive

_ADJECTIVES = {"week": "weekly", "month": "monthly", "quarter": "quarterly", "year": "yearly|annual|annually"}
_COARSER = {"week": ("month", "quarter", "year"), "month": ("quarter", "year"), "quarter": ("year",), "year": ()}
_AGGS = (
    ("avg", re.compile(r"\b(?:average|avg|mean|typical|typically)\b")),
    ("median", re.compile(r"\bmedian\b")),
    ("max", re.compile(r"\b(?:highest|most|maximum|max|largest|biggest|peak)\b")),
    ("min", re.compile(r"\b(?<!at\s)(?:lowest|fewest|minimum|min|smallest|least)\b")),
)


def panel_period(idx: _TableIndex) -> tuple[str, str] | None:
    """The date column and its step when the table is a panel: several rows a date, dates a week, month, quarter or
    year apart."""
    date_col = _date_column(idx)
    if not date_col or idx.column(date_col).kind != "date":
        return None
    grain = _date_grain(idx, date_col)
    if grain not in _COARSER or idx.table.row_count < 2 * idx.column(date_col).distinct:
        return None
    return date_col, grain


def over_periods(intent: Intent, q: Question, idx: _TableIndex) -> Intent:
    """The reading over each period's totals when the question asks about the periods of a panel; else as it is."""
    found = panel_period(idx)
    if found is None or intent.join or intent.casts or intent.kind not in ("count", "agg"):
        return intent
    date_col, grain = found
    text = q.lower
    asked = re.search(  # (a year's rows are asked "per year" as a grouping: "average generation per year" by year)
        (
            rf"\b(?:per|a|each|every)\s+{grain}\b|\b(?:in|across|over)\s+(?:all\s+)?(?:the\s+)?{grain}s\b|"
            if grain != "year"
            else ""
        )
        + rf"\b(?:{_ADJECTIVES[grain]})\s+(?:totals?|counts?|sums?)\b|\bhow\s+many\s+{grain}s\b|\bnumber\s+of\s+{grain}s\b",
        text,
    )
    if asked is None or re.search(rf"\b(?:which|what)\s+{grain}s?\b", text):
        return intent  # ("which quarter had the most": the periods ranked, a grouping)
    measure = intent.measure if intent.measure and intent.measure != date_col else idx.weight
    if measure is None or not (measure == idx.weight or _additive(measure) or _counted_things(measure, idx)):
        return intent  # a count adds up over a period's rows (a rate or a price does not)
    if any(g.column == date_col and g.part not in (None, grain, *_COARSER[grain]) for g in intent.groups):
        return intent
    groups = tuple(g for g in intent.groups if not (g.column == date_col and g.part in (None, grain)))
    totals = ((date_col, measure, "totals"),)
    if intent.kind == "count" and intent.entity.lower() in (grain + "s", grain):
        return replace(intent, groups=groups, casts=totals)  # "how many quarters had more than 35,000 prisoners"
    agg = intent.agg if intent.kind == "agg" else next((a for a, said in _AGGS if said.search(text)), None)
    if agg not in ("avg", "median", "max", "min"):
        if len(groups) < len(intent.groups):  # "prisoners per quarter", "quarterly totals": one row a quarter
            return replace(intent, groups=(ColRef(date_col), *groups))
        return intent
    return replace(intent, kind="agg", agg=agg, measure=measure, groups=groups, casts=totals, weight=None)

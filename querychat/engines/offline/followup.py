"""Follow-ups ("and for Gentoo?", "now by island"): the previous reading, changed by what the new question says.

A follow-up is read against the previous question's reading, not alone, so what it keeps and what it
replaces has rules of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...schema import Schema
from ..base import NotUnderstood
from ..intent import Intent
from ..sql_builder import AGG_SQL
from .aggregates import _agg, _limit, _order, _pick_measure
from .columns import _measure_candidates
from .declines import _not_understood
from .filters import _filters
from .groups import _groups
from .parse import _parse
from .table_index import _TableIndex
from .words import Question

_FOLLOWUP = re.compile(
    r"^\s*(and|what about|how about|now|only|just|same|but|instead|sort|order|rank|also|then|what if|for|excluding|except|"
    r"without|limit|show only|restrict|filter|break (it|that) down|split|group|by|per|in|during|with|reverse)\b",
    re.IGNORECASE,
)


def _is_followup(q: Question) -> bool:
    return bool(_FOLLOWUP.match(q.lower)) or (
        bool(q.phrase(r"\b(instead|it|them|that|those|these|same)\b")) and len(q.tokens) <= 8
    )


def _followup(q: Question, prev: Intent, idx: _TableIndex, schema: Schema) -> Intent:
    """Change the previous reading by what the follow-up says, keeping the rest."""
    try:
        fresh = _parse(q, idx, schema)
    except NotUnderstood:
        fresh = None
    m = idx.mentions(q)
    filters, _ = _filters(q, idx, m)
    groups, _ = _groups(q, idx, m)
    order = _order(q)
    limit = _limit(q)
    agg = _agg(q)
    measures = [c for c in _measure_candidates(m, idx) if not any(f.col.column == c for f in filters)]
    complete = (
        fresh is not None
        and fresh.kind in ("agg", "count", "top", "row_extreme", "count_distinct", "share")
        and (fresh.measure is not None or q.phrase(r"\bhow many\b|\bnumber of\b"))
    )
    if complete and fresh is not None and (measures or q.phrase(r"\bhow many\b|\bnumber of\b")) and not groups:
        # a whole new question asked as a follow-up ("and the lowest minimum temperature?")
        kept = tuple(f for f in prev.filters if f.col.column not in {g.col.column for g in fresh.filters})
        carry = q.lower.startswith(("and", "what about", "how about"))
        if carry and prev.groups and not fresh.groups and fresh.kind == "agg" and prev.kind in ("agg", "count"):
            fresh = replace(fresh, groups=prev.groups, order=prev.order, limit=prev.limit)  # "what about average rating?"
        return replace(fresh, filters=kept + fresh.filters if carry else fresh.filters)
    new = prev
    if groups:
        if q.phrase(r"\b(too|also|as well|additionally)\b"):
            groups = [g for g in new.groups if g not in groups] + list(groups)
        new = replace(new, groups=tuple(groups))
        if new.kind in ("row_extreme", "distinct"):
            new = replace(new, kind="count", agg="count")
    if filters:
        replace_cols = {f.col for f in filters}
        additive = bool(q.phrase(r"\b(also|additionally|too|as well)\b"))
        kept = tuple(f for f in new.filters if additive or f.col not in replace_cols)
        new = replace(new, filters=kept + tuple(filters))
    if agg in AGG_SQL and measures and new.kind in ("agg", "top"):
        new = replace(new, agg=agg, measure=measures[0])
    elif agg in AGG_SQL and new.kind == "agg" and new.measure and agg != new.agg and not filters and not groups:
        new = replace(new, agg=agg)
    elif measures and new.kind == "agg" and not groups:
        new = replace(new, measure=_pick_measure(measures, new.agg, idx, new.groups))
    if order:
        new = replace(new, order=order)
    if limit:
        new = replace(new, limit=limit, order=new.order or "desc")
    if q.phrase(r"\b(all|everything|no filter|remove the filter|without filter)\b") and not filters:
        new = replace(new, filters=())
    if new == prev:
        if fresh is not None:
            return fresh
        raise _not_understood(q, idx, schema, "what to change in the previous question")
    return new

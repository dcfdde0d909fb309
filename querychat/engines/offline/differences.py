"""Differences between two groups: "how much higher is the average X for A than for B", "A minus B".

The question names both sides as two values of one column, which the reading has already found (as a filter
keeping both). The answer is then one number, the first side's figure minus the second's, shown with both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..intent import Filter, Intent
from .words import Question

_MORE = r"higher|more|bigger|larger|greater|longer|heavier|older|warmer|hotter|faster|dearer|taller|wider|further"
_LESS = r"lower|less|fewer|smaller|shorter|lighter|younger|colder|cooler|slower|cheaper|narrower"
_ASKED = re.compile(
    rf"\bhow\s+(?:much\s+|many\s+(?:\w+\s+)?)({_MORE}|{_LESS})\b|\bdifference\s+(?:in|of|between)\b|\bminus\b", re.IGNORECASE
)


_RISE = r"increase|increased|grow|grew|rise|rose|go\s+up|went\s+up|climb|climbed|improve|improved"
_FALL = r"decrease|decreased|fall|fell|drop|dropped|decline|declined|shrink|shrank|go\s+down|went\s+down"
_CHANGED = re.compile(
    rf"\bhow\s+much\s+(?:did|has|have|had|does|do)\b.*?\b(?P<verb>{_RISE}|{_FALL}|change|changed)\b"
    rf"|\b(?:what\s+(?:was|is)\s+the\s+)(?P<noun>change|increase|rise|growth|decrease|drop|fall|decline)\s+in\b"
)


def _change(intent: Intent, q: Question) -> Intent:
    """ "How much did Stanford's median earnings go up between 2007 and 2014": the figure in the later year minus the
    figure in the earlier one (the earlier minus the later when it asks how much it fell), not a total over the years
    between."""
    asked = _CHANGED.search(q.lower)
    if asked is None or intent.kind != "agg" or intent.more or intent.groups or intent.agg not in ("avg", "sum", "median"):
        return intent
    spans = [
        f for f in intent.filters
        if f.op == "between" and (f.col.part == "year" or f.col.column.lower() in ("year", "yr"))
        and isinstance(f.value, int) and isinstance(f.value2, int) and f.value < f.value2
    ]  # fmt: skip
    if len(spans) != 1:
        return intent
    span = spans[0]
    word = asked.group("verb") or asked.group("noun") or ""
    later, earlier = Filter(span.col, "=", span.value2), Filter(span.col, "=", span.value)
    if re.fullmatch(_FALL, word):
        later, earlier = earlier, later  # how much it fell: the earlier figure minus the later
    rest = tuple(f for f in intent.filters if f is not span)
    return replace(intent, kind="difference", filters=rest, share_of=later, versus=earlier, order=None, limit=None)


def _difference(intent: Intent, q: Question) -> Intent:
    """The reading as a difference when the question asks how much one side exceeds the other, and the reading keeps
    exactly two values of one column (and groups by nothing else)."""
    intent = _change(intent, q)
    if intent.kind == "difference":
        return intent
    asked = _ASKED.search(q.lower)
    if asked is None or intent.kind not in ("agg", "count") or intent.more:
        return intent
    if intent.kind == "agg" and intent.agg not in ("avg", "sum", "median", "min", "max"):
        return intent
    pairs = [f for f in intent.filters if f.op == "in" and isinstance(f.value, (tuple, list)) and len(f.value) == 2]
    years = [int(y) for y in re.findall(r"\b(1[6-9]\d\d|20\d\d)\b", q.lower)]
    dated = [  # "how many fewer in 1983 than in 1982": the reading kept the first year; the second is the other side
        f for f in intent.filters
        if f.op == "=" and f.value in years and (f.col.part == "year" or f.col.column.lower() in ("year", "yr"))
    ]  # fmt: skip
    if not pairs and len(years) == 2 and years[0] != years[1] and len(dated) == 1 and not intent.groups:
        pairs = [Filter(dated[0].col, "in", tuple(years))]
        intent = replace(intent, filters=(*(f for f in intent.filters if f is not dated[0]), pairs[0]))
    if len(pairs) != 1 or any(g.column != pairs[0].col.column or g.part for g in intent.groups):
        return intent
    pair = pairs[0]
    first, second = pair.value
    minus = re.search(r"([\w\s'-]{1,40})\bminus\b", q.lower)
    if minus:  # "placebo minus drug": the side written before "minus" first
        before = minus.group(1)
        at = {v: before.rfind(str(v).lower()) for v in (first, second)}
        if at[second] > at[first]:
            first, second = second, first
    elif asked.group(1) and re.fullmatch(_LESS, asked.group(1).lower()):
        first, second = second, first  # "how much lower is A than B": B's figure minus A's
    rest = tuple(f for f in intent.filters if f is not pair)
    return replace(
        intent,
        kind="difference",
        agg=intent.agg or "count",
        groups=(),
        filters=rest,
        share_of=Filter(pair.col, "=", first),
        versus=Filter(pair.col, "=", second),
        order=None,
        limit=None,
    )


_HIGH = r"(?:highest|largest|maximum|max|biggest|greatest|top|hottest|warmest|busiest|best|strongest|heaviest|tallest|longest|fastest|oldest|most)"
_LOW = r"(?:lowest|smallest|minimum|min|least|fewest|coldest|coolest|quietest|worst|weakest|lightest|shortest|slowest|youngest|cheapest)"
_PAIR = rf"(?:{_HIGH}\b.*?\band\s+(?:the\s+)?{_LOW}|{_LOW}\b.*?\band\s+(?:the\s+)?{_HIGH})\b"
_SPREAD = re.compile(
    rf"\b(?:difference|gap|spread)(?:\s+in\s+\w+)?\s+between\s+(?:[\w']+\s+){{0,2}}?{_PAIR}"
    rf"|\bhow\s+far\s+apart\s+(?:were|are|was|is)\s+(?:the\s+)?{_PAIR}"
    rf"|\b{_HIGH}\s+minus\s+(?:the\s+)?{_LOW}\b"
)  # ("the gap between the worst month and the best month", "how far apart were the best and worst ratings")


def _spread(intent: Intent, q: Question) -> Intent:
    """ "The difference between the highest and lowest pressure": one figure, the highest minus the lowest (each group's,
    when the question groups), not the highest alone."""
    if not _SPREAD.search(q.lower):
        return intent
    if intent.kind == "agg" and intent.agg in ("max", "min") and not intent.more:
        return replace(intent, agg="range")
    if intent.kind == "agg" and {f for f, _ in intent.figures()} == {"max", "min"} and len({c for _, c in intent.figures()}) == 1:
        return replace(intent, agg="range", more=())  # "the gap between the lowest and highest temperature each day"
    if intent.kind in ("row_extreme", "rows") and intent.measure and not intent.groups:
        return Intent(intent.table, "agg", agg="range", measure=intent.measure, filters=intent.filters, entity=intent.entity)
    return intent

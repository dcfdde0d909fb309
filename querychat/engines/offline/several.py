"""Questions that ask for several figures at once: "the min and max body mass", "average bill length and depth by
species", "average price and total quantity per region". One query answers them, one column per figure.

The reading is kept narrow on purpose: the figures must be joined by "and" (or a comma) right at the measure the
rest of the parse chose, so "the average maximum temperature" stays one figure (the average of `temp_max`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..intent import Intent
from ..lexicon import AGG_WORDS
from .columns import _year_column
from .table_index import Mentions, _TableIndex
from .words import Question

# The words that name a figure in a list of figures; superlatives of size ("longest", "heaviest") only as the two ends
# ("the shortest and longest"), because in "the longest and heaviest" they rank rows rather than compute figures.
_FIGURE_WORDS = frozenset({"average", "avg", "mean", "median", "total", "sum", "minimum", "min", "maximum", "max",
                           "highest", "lowest", "smallest", "largest", "biggest", "greatest", "shortest", "longest",
                           "earliest", "latest", "oldest", "newest", "youngest"})  # fmt: skip
_SIZE_WORDS = frozenset({"shortest", "longest", "earliest", "latest", "oldest", "newest", "youngest"})
_JOINS = frozenset({"and", "&"})
_LOW_END = r"(?:shortest|earliest|youngest|lowest|smallest|least|fewest|cheapest|oldest)"
_HIGH_END = r"(?:longest|latest|oldest|highest|largest|biggest|most\s+recent|newest|youngest|most\s+expensive|most)"
_BOTH_ENDS = re.compile(
    rf"\b(?:{_LOW_END}\s+(?:and|&)\s+(?:the\s+)?{_HIGH_END}|{_HIGH_END}\s+(?:and|&)\s+(?:the\s+)?{_LOW_END})\b"
)


def _several_figures(intent: Intent, q: Question, idx: _TableIndex, m: Mentions) -> Intent:
    """The same reading with every figure the question lists: "min and max X", "average X and Y", "average X and
    total Y". The list must hold the reading's own measure, so it only widens what the rest of the parse decided."""
    both = _BOTH_ENDS.search(q.lower)
    ranged = q.phrase(r"^\s*(?:what\s+is\s+|show\s+)?(?:the\s+)?range\s+of\b") or (
        q.phrase(r"\b(?:lowest|smallest|min(?:imum)?)\s+to\s+(?:the\s+)?(?:highest|largest|max(?:imum)?)\b")
        if not intent.groups and not q.phrase(r"\b(?:rank|ranked|sort|sorted|order|ordered|list)\b")
        else None
    )  # (not "rank the semesters from lowest to highest average": an order)
    if (
        ranged and intent.kind in ("agg", "row_extreme") and intent.measure and not intent.more
        and (intent.kind == "row_extreme" or intent.agg in ("avg", "min", "max"))
        and (intent.limit or 1) == 1
        and not any(q.token_at(ranged.start()) + k in pos for pos in m.columns.values() for k in (0, 1, 2))
    ):  # fmt: skip  # "the range of district incomes, lowest to highest": both ends (not a column called `range`)
        return replace(intent, kind="agg", agg="min", more=(("max", intent.measure),), label=None, order=None, limit=None)
    if (
        (intent.kind == "row_extreme" or (intent.kind == "agg" and intent.agg in ("min", "max") and not intent.more))
        and intent.measure and (intent.limit or 1) == 1 and both and not intent.groups
    ):  # fmt: skip
        # "the earliest and latest release year": the two ends of the column, not the row at one of them
        return replace(intent, kind="agg", agg="min", more=(("max", intent.measure),), label=None, order=None, limit=None)
    if intent.kind != "agg" or not intent.measure or not intent.agg or intent.more:
        return intent
    toks = q.tokens
    if not _JOINS & set(toks) and sum(t in _FIGURE_WORDS for t in toks) < 2:
        return intent  # one figure: nothing to list
    taken = {f.col.column for f in intent.filters} | {g.column for g in intent.groups}
    for i, tok in enumerate(toks):
        if tok not in _FIGURE_WORDS:
            continue
        figures: list[tuple[str, str]] = []
        aggs, pos = _figure_words(toks, i)
        if tok in _SIZE_WORDS and sorted(aggs) != ["max", "min"]:
            continue  # "the shortest and longest commute": both ends; "the longest and heaviest" ranks rows instead
        while True:
            pos = _skip(toks, pos, ("the", "its", "their", "of"))
            column = _column_starting(pos, q, idx, m, taken | {c for _, c in figures}, intent.measure)
            if (
                column is None
                and pos + 1 < len(toks)
                and not any(pos in p and idx.column(c).is_numeric for c, p in m.columns.items())
            ):
                column = _column_starting(pos + 1, q, idx, m, taken | {c for _, c in figures}, intent.measure)
                pos += 1 if column else 0  # "the lowest and highest sale prices": a word before the column's own
            if column is None or (pos - 1 in m.columns[column] and toks[pos - 1] in _FIGURE_WORDS):
                break  # (the figure word is part of the column's name: "max temperature" for `temp_max`)
            figures += [(a, column) for a in aggs]
            pos = _run_end(sorted(p for p in m.columns[column] if p >= pos)) + 1
            listed = pos < len(toks) and re.search(  # "mean carbon, hydrogen and oxygen": a comma lists the next one
                rf"\b{re.escape(toks[pos - 1])}\s*,\s*{re.escape(toks[pos])}\b", q.lower
            )
            if listed:
                continue
            if pos >= len(toks) or toks[pos] not in _JOINS:
                break
            pos += 1
            if pos < len(toks) and toks[pos] in _FIGURE_WORDS:
                aggs, pos = _figure_words(toks, pos)
        figures = list(dict.fromkeys(figures))
        if len(figures) > 1 and any(c == intent.measure for _, c in figures):
            (agg, measure), *more = figures
            return replace(intent, agg=agg, measure=measure, more=tuple(more))
    return intent


def _figure_words(toks: list[str], pos: int) -> tuple[list[str], int]:
    """The aggregates listed from here ("min and max", "min, max and mean"), and where the list ends."""
    start, words = pos, [toks[pos]]
    pos += 1
    while pos < len(toks):
        nxt = _skip(toks, pos + 1 if toks[pos] in _JOINS else pos, ("the",))
        if nxt < len(toks) and toks[nxt] in _FIGURE_WORDS and (toks[pos] in _JOINS or toks[pos] in _FIGURE_WORDS):
            words.append(toks[nxt])
            pos = nxt + 1
        else:
            break
    ages = "youngest" in words  # "the youngest and oldest age": of ages, the oldest is the highest (of dates, the lowest)
    aggs = ["min" if w == "youngest" else "max" if ages and w == "oldest" else AGG_WORDS[w] for w in words]
    if len(aggs) > 1 and not _JOINS & set(toks[start:pos]):
        return aggs[:1], start + 1  # "average maximum temperature": one figure of a column called `temp_max`
    return list(dict.fromkeys(aggs)), pos


def _skip(toks: list[str], pos: int, words: tuple[str, ...]) -> int:
    while pos < len(toks) and toks[pos] in words:
        pos += 1
    return pos


def _run_end(positions: list[int]) -> int:
    """The last token of the first unbroken run of a mention's positions."""
    end = positions[0]
    for p in positions[1:]:
        if p != end + 1:
            break
        end = p
    return end


def _column_starting(
    pos: int, q: Question, idx: _TableIndex, m: Mentions, taken: set[str], prefer: str | None = None
) -> str | None:
    """The numeric column a mention starting at this token names, if exactly one does (it is then a figure too). A
    word the mention reader gave to an earlier column counts too ("bill length and bill depth": the second "bill")."""

    def starts(c: str) -> bool:
        return any(
            pos <= p <= pos + 2
            and all(q.tokens[k] in idx.col_words[c] or q.singles[k] in idx.col_words[c] for k in range(pos, p))
            for p in m.columns[c]
        )

    year = _year_column(idx)
    hits = [
        c for c in m.columns
        if c not in taken and idx.column(c).is_numeric and c not in idx.id_cols and c != year and starts(c)
    ]  # fmt: skip
    if not hits:
        return None

    def run(c: str) -> int:  # how many words of the mention follow on from here ("bill length" over "bill")
        at = set(m.columns[c])
        first = min(p for p in at if p >= pos)
        n = 0
        while first + n in at:
            n += 1
        return n

    key = {c: (m.column_score.get(c, 0), run(c), c == prefer) for c in hits}
    best = max(key.values())
    top = [c for c in hits if key[c] == best]
    return top[0] if len(top) == 1 else None

"""The reading of a whole question: its parts put together into one ``Intent``.

The parts (filters, groups, aggregate, measure, subject) are found in their own modules; this is
where they meet and where the order of the decisions between readings lives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...schema import ColumnProfile, Schema
from ..answers import AGG_TEXT
from ..intent import QUARTER_FORMAT, ColRef, Filter, Intent, _split_name
from ..lexicon import (
    AGG_WORDS,
    COMPARATIVES,
    DIRECTIONAL,
    GENERIC_ROW_NOUNS,
    MEASURE_NOUNS,
    PERSON_NUMBER_NAMES,
    PLACE_CODE_NOUNS,
    STOP,
    SYNONYMS,
    singular,
)
from .aggregates import (
    _N_LEADING,
    _N_WITH,
    _ORDER_PHRASE,
    _acted_ranked,
    _acted_share,
    _agg,
    _asks_for_list,
    _counted_measure,
    _counted_text_column,
    _counts_in_question,
    _counts_rows,
    _entity,
    _inner_agg,
    _limit,
    _measure_from_values,
    _most_common,
    _order,
    _pick_measure,
    _share_entity,
    _thing_names,
    _value_cols,
)
from .columns import _date_column, _entity_noun, _labels_rows, _measure_candidates, _numbered_unit, _route_side, _year_column
from .daily import over_days
from .declines import _not_understood
from .filters import _CHANGE_WORDS, _NUM, _filters, _num, _opposite_of, _small_count_column
from .groups import _groups, _plural_group
from .periods import over_periods
from .several import _several_figures
from .subjects import (
    _asked_column,
    _distinct_target,
    _month_series,
    _row_label,
    _row_question,
    _subject,
    _subject_words,
    _superlative_subject,
)
from .table_index import _VARIANT_WORDS, Mentions, _TableIndex, _whole_ends
from .words import _PEOPLE_SINGULAR, Question, _additive, _expand, _hits_column, _names_word

_WHICH_VERBS = (
    "has|had|have|is|was|were|are|saw|sees|got|gets|get|recorded|records|with|shows?|made|makes|make|sold|sells|sell|"
    "received|receives|won|wins|earned|earns|generated|generates|produced|produces|spent|spends|scored|scores|took|takes|"
    "brought|brings|drew|draws|contains?|contained|holds?|held|reached|reaches|reported|reports|used|uses|needs?|needed|"
    "heard|hears|hear|taught|teaches|caught|catches|bought|buys|sent|sends|paid|pays|kept|keeps|found|finds|"
    "do|does|did|played|plays|play|lost|loses|hosted|hosts|filed|files|gave|gives|give|ran|runs|run|wrote|writes|led|leads|"
    "goes\\s+with|go\\s+with|went\\s+with|came\\s+with|comes\\s+with|\\w{3,}ed"
)


# superlatives of the low end ("do boys or girls have the shorter feet": the one with the smaller average)
_LOW_ENDS = frozenset({"youngest", "narrowest", "shortest", "lightest", "slowest", "cheapest", "poorest", "weakest", "coldest",
                       "driest"})  # fmt: skip
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINALS.update(
    {f"{n}{'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}": n for n in range(2, 101)}
)


_HAVING = re.compile(
    r"\b(?:which|what)\s+(\w+(?:\s+of\s+\w+|\s+\w+)?)\s+(?:have|has|had|having|with|got|get|saw|see|show|recorded|record|received|drew)\s+"
    r"(?:an?\s+|the\s+)?(?:(average|mean|avg|total|combined|median|overall)\s+)?((?:[a-z_]+\s+){0,3}?)"
    r"(?:of\s+)?(exactly|atleast|atmost|no less than|not less than|no more than|not more than|more than|greater than|higher than|"
    r"longer than|larger than|bigger than|over|above|exceeding|at least|fewer than|less than|lower than|shorter than|"
    r"smaller than|under|below|at most)\s+" + _NUM + r"\s*([a-z]+)?"
)


_HAVING_OPS = {"exactly": "=", "more than": ">", "greater than": ">", "higher than": ">", "over": ">", "above": ">", "exceeding": ">",
               "longer than": ">", "larger than": ">", "bigger than": ">", "shorter than": "<", "smaller than": "<",
               "at least": ">=", "fewer than": "<", "less than": "<", "lower than": "<", "under": "<", "below": "<",
               "at most": "<=", "atleast": ">=", "atmost": "<=", "no less than": ">=", "not less than": ">=", "no more than": "<=", "not more than": "<="}  # fmt: skip


def _parse(q: Question, idx: _TableIndex, schema: Schema) -> Intent:
    won = re.match(r"\s*who\s+won\s+(?:the\s+)?", q.text, re.I)
    timed = [c for c in idx.col_words if idx.column(c).is_numeric and "time" in idx.col_words[c]]
    if won and len(timed) == 1 and not any(idx.col_words[c] & _RACE_RESULT_WORDS for c in idx.col_words):
        q = Question("who had the lowest time in the " + q.text[won.end() :])  # "who won the 2018 half-marathon": the
        # finisher of the fewest minutes, over results with a time and no place or winner
    q = _summed_column_named(q, idx)
    intent = _several_figures(_parse_one(q, idx, schema), q, idx, idx.mentions(q))
    intent = _also_shown(_coded_measure(_moved_side(_traded_extreme(intent, q, idx), q, idx), idx), q, idx)
    return _listed_known(_key_ordered(over_periods(over_days(intent, q, idx), q, idx), q, idx), idx)


def _listed_known(intent: Intent, idx: _TableIndex) -> Intent:
    """ "List the marital status categories": the values recorded, not a blank among them (as COUNT(DISTINCT) counts)."""
    if (
        intent.kind != "distinct"
        or len(intent.groups) != 1
        or any(f.col.column == intent.groups[0].column for f in intent.filters)
    ):
        return intent
    return replace(intent, filters=intent.filters + tuple(_known(ColRef(intent.groups[0].column), idx)))


_KEY_SORT = re.compile(
    r"\b(?:sort(?:ed)?|order(?:ed)?|arranged?|list(?:ed)?)\s+(?:them\s+|it\s+|the\s+results\s+)?by\s+(?:the\s+)?"
)
_KEY_WORDS = r"\b(?:(reverse\s+)?alphabetical(?:ly)?|(reverse\s+)?chronological(?:ly)?|a\s*-\s*z|(z\s*-\s*a))\b"
_PART_WORDS = frozenset({"year", "years", "month", "months", "date", "dates", "day", "days", "week", "weeks", "quarter"})


def _key_ordered(intent: Intent, q: Question, idx: _TableIndex) -> Intent:
    """ "Count per schooling level, sorted by schooling level", "average price by brand, alphabetically": the groups in
    the order of their own values, not of the figure computed for them."""
    if not intent.groups or intent.limit or intent.kind not in ("count", "agg", "share", "count_distinct"):
        return intent
    desc = bool(q.phrase(r"\b(?:descending|desc|newest first|latest first|most recent first|highest first)\b"))
    worded = q.phrase(_KEY_WORDS)
    if worded:
        back = bool(worded.group(1) or worded.group(2) or worded.group(3))
        return replace(intent, key_order="desc" if back or desc else "asc", order=None)
    said = _KEY_SORT.search(q.lower)
    if not said:
        return intent
    at = q.token_at(said.end())
    after = set(range(at, min(at + 3, len(q.tokens))))
    named = idx.mentions(q).columns
    for g in intent.groups:
        parted = (g.part or g.column == _year_column(idx)) and any(q.tokens[i] in _PART_WORDS for i in after)
        if parted or after & set(named.get(g.column, ())):
            return replace(intent, key_order="desc" if desc else "asc", order=None)
    return intent


_RACE_RESULT_WORDS = frozenset({"win", "won", "winner", "wins", "place", "rank", "position", "pos", "result", "points",
                                "medal", "medals", "award", "prize", "finish"})  # fmt: skip
_EARNS = r"^\s*(?:what|how much)\s+(?:does|did|do)\s+.*\b(?:earn|make|get paid|take home)\s*\??\s*$"


def _also_shown(intent: Intent, q: Question, idx: _TableIndex) -> Intent:
    """ "The 3 smallest lot sizes and the price of each", "the 5 highest claim counts with their district and age group":
    ranked rows shown with the further columns the question names after them."""
    if intent.kind not in ("row_extreme", "distinct"):
        return intent
    if intent.kind == "distinct":  # "list the districts with Ayrshire in their name along with their yes vote
        beside = q.phrase(r"\b(?:along\s+with|together\s+with|with\s+(?:their|its|each\s+\w+'s))\s+")  # percentage"
        if beside is None:
            return intent
        start = q.token_at(beside.end())
        shown = [
            c for c, pos in sorted(idx.mentions(q).columns.items(), key=lambda kv: min(kv[1]))
            if c != intent.groups[0].column and all(p >= start for p in pos)
        ]  # fmt: skip
        return replace(intent, also=tuple(shown)) if shown else intent
    if (
        intent.label
        and idx.label
        and idx.label not in (intent.label, intent.measure)
        and idx.column(intent.label).kind == "integer"
        and set(idx.col_meaning[intent.label]) & PLACE_CODE_NOUNS
        and idx.column(intent.label).distinct >= 0.95 * max(idx.table.row_count, 1)
        and idx.column(idx.label).distinct >= 0.9 * max(idx.table.row_count, 1)
    ):
        intent = replace(intent, also=(idx.label,))  # "the 3 districts with the lowest ratio": numbered, and named beside
    intent = _placed_name(intent, idx)
    pair = q.phrase(r"^\s*(?:which|what|in which)\s+\w+\s+and\s+(\w+)\s+(?:had|has|have|was|were|is|are|did|saw)\b")
    if pair:  # "which state and year had the lowest fatality rate": the year shown beside the state
        at = q.token_at(pair.start(1))
        second = [c for c, pos in idx.mentions(q).columns.items() if pos == [at] and c not in (intent.label, intent.measure)]
        if len(second) == 1:
            return replace(intent, also=(second[0],))
    if q.phrase(_EARNS):  # "what does the player with the most points per game earn": the pay shown beside the ranking
        pay = [c for c in _pay_columns(idx) if c != intent.measure]
        if len(pay) == 1:
            return replace(intent, also=(pay[0],))
    tail = q.phrase(
        r"\b(?:and|with|along with|together with|plus)\s+(?:the|their|its|his|her|each\s+\w+'s|each)\s+"
        r"(?!\d|most\b|fewest\b|least\b|highest\b|lowest\b|largest\b|smallest\b|biggest\b|greatest\b)"
    )  # (not "the 5 states with the most people in poverty": the ranking itself)
    listed = tail is None and q.phrase(
        r"\b(?:with|along with|together with|showing|and which|and what)\s+(?=[a-z]\w*\s*(?:,|and\b))"
    )
    if tail is None and not listed:  # ("the top 5 death rates with region, status, sex and cause": a list of columns)
        return intent
    start = q.token_at((tail or listed).end())  # type: ignore[union-attr]
    used = {intent.measure, intent.label, *(f.col.column for f in intent.filters)}
    also = [
        c for c, pos in sorted(idx.mentions(q).columns.items(), key=lambda kv: min(kv[1]))
        if c not in used and all(p >= start for p in pos)
    ]  # fmt: skip
    if listed and len(also) < 2:
        return intent
    return replace(intent, also=tuple(also)) if also else intent


_RANKING_WORDS = frozenset({"highest", "lowest", "largest", "smallest", "biggest", "greatest", "top", "bottom", "best",
                            "worst", "maximum", "minimum"})  # fmt: skip


def _ranks_itself(q: Question, at: list[int]) -> bool:
    """The ranking word stands right before the column's own name ("the 3 highest memory scores", "top 3 working memory
    scores"): its values are what is ranked, not something counted or measured per value."""
    if not at:
        return False
    k = min(at) - 1
    if k >= 0 and q.tokens[k] not in _RANKING_WORDS and not q.tokens[k].isdigit() and q.tokens[k] not in STOP:
        k -= 1  # one describing word between ("working memory")
    if k >= 0 and q.tokens[k].isdigit():
        k -= 1  # "top 3"
    return k >= 0 and q.tokens[k] in _RANKING_WORDS


def _percent_range(idx: _TableIndex, column: str) -> bool:
    """A numeric column whose values all lie between 0 and 100: a percent (or could be one)."""
    col = idx.column(column)
    return isinstance(col.min, (int, float)) and isinstance(col.max, (int, float)) and 0 <= col.min and col.max <= 100


_PLACE_WORDS = frozenset({"county", "state", "city", "country", "region", "province", "town"})


_STATISTIC_WORDS = frozenset({"average", "avg", "mean", "median", "highest", "lowest", "maximum", "minimum", "max", "min",
                              "combined", "typical"})  # fmt: skip  # (not "the most murders": counted)


def _table_measure(q: Question, idx: _TableIndex) -> tuple[str, int] | None:
    """The one figure of a table named for it ("premium" over aluminum_premiums, whose only measure is `price`), when
    the question asks a statistic of the table's own word; with its position."""
    figures = [
        c.name for c in idx.table.columns
        if c.is_numeric and c.name not in idx.id_cols and c.name not in idx.flags and c.name != _year_column(idx)
        and c.name.lower() not in ("month", "day", "week", "hour", "quarter")
    ]  # fmt: skip
    if len(figures) != 1:
        return None
    generic = figures[0].lower() in ("value", "values", "amount", "amt", "val", "quantity", "qty")
    for i, tok in enumerate(q.tokens):
        before = q.tokens[i - 1] if i else ""
        if (tok in idx.name_words or q.singles[i] in idx.name_words) and before in _STATISTIC_WORDS:
            return figures[0], i
        acted = re.fullmatch(r"([a-z]{4,}?)e?(?:ed|ing)", tok)  # "imported", "exporting": the verb of the table's figure
        if generic and i != q.entity_pos and (
            tok in idx.name_words or q.singles[i] in idx.name_words
            or (acted and any(w.startswith(acted.group(1)) and len(w) - len(acted.group(1)) <= 3 for w in idx.name_words))
        ):  # fmt: skip
            return figures[0], i  # "total imports by year", "how much coffee", "imported the most" over coffee_imports' `value`
    return None


def _pay_columns(idx: _TableIndex) -> list[str]:
    """The numeric columns of what someone is paid."""
    return [
        c.name for c in idx.table.columns
        if c.is_numeric and c.name not in idx.derived
        and set(idx.col_meaning[c.name]) & {"salary", "wage", "wages", "pay", "earnings", "income"}
    ]  # fmt: skip


_SIDE_WORDS = frozenset({"team", "club", "franchise", "school", "college", "company", "firm", "employer"})


def _placed_name(intent: Intent, idx: _TableIndex) -> Intent:
    """Ranked rows named by a name that some rows share (two districts called 'Lakeside Union Elementary') are shown
    with the one place column that tells them apart, their county."""
    rows = max(idx.table.row_count, 1)
    shown = [c for c in (intent.label, *intent.also) if c]
    shared = [
        c for c in shown
        if idx.column(c).kind == "text" and 0.8 * rows <= idx.column(c).distinct < rows - idx.column(c).nulls
    ]  # fmt: skip
    places = [
        c.name for c in idx.table.columns
        if c.kind == "text" and c.name not in shown and set(idx.col_meaning[c.name]) & _PLACE_WORDS and c.distinct < 0.5 * rows
    ]  # fmt: skip
    teams = [  # a player's team: "who hit the most home runs" over names some players share ('J Garcia')
        c.name for c in idx.table.columns
        if c.kind == "text" and c.name not in shown and set(idx.col_meaning[c.name]) & _SIDE_WORDS and c.distinct < 0.5 * rows
    ]  # fmt: skip
    if shared and len(places or teams) == 1:
        return replace(intent, also=(*intent.also, (places or teams)[0]))
    year = _year_column(idx)
    reused = [  # a storm's `name`, reused in other years: which one is told by its year
        c for c in shown if idx.column(c).kind == "text" and _split_name(c) == ["name"] and idx.column(c).distinct < 0.5 * rows
    ]  # fmt: skip
    if reused and year and year not in shown and intent.measure != year:
        return replace(intent, also=(*intent.also, year))
    return intent


def _coded_measure(intent: Intent, idx: _TableIndex) -> Intent:
    """A measure kept in one column per product code: "the average price of CH" over `PriceCH` and `PriceMM` (with
    'CH' and 'MM' the values of `Purchase`) is `PriceCH` itself, not `PriceMM` of the rows that bought CH."""
    if not intent.measure or intent.more:
        return intent
    for f in intent.filters:
        if f.op != "=" or f.col.part or not isinstance(f.value, str) or not 2 <= len(f.value) <= 4:
            continue
        code, name = f.value, intent.measure
        rest = tuple(x for x in intent.filters if x is not f)
        if name.endswith(code) or name.startswith(code):
            return replace(intent, filters=rest)  # `SalePriceMM` for "the sale price of MM": the column says it already
        for sibling in idx.column(f.col.column).values:
            if sibling == code or not isinstance(sibling, str) or not (name.endswith(sibling) or name.startswith(sibling)):
                continue
            swapped = name[: -len(sibling)] + code if name.endswith(sibling) else code + name[len(sibling) :]
            if idx.table.column(swapped) is not None and idx.column(swapped).is_numeric:
                return replace(intent, measure=swapped, filters=rest)
    return intent


def _moved_side(intent: Intent, q: Question, idx: _TableIndex) -> Intent:
    """ "Which province received the most migrants", "migrants leaving each province": of a pair of columns for where
    things came from and went to, the side the verb says (the plain word "province" names both)."""
    pair = idx.route_pair()
    if pair is None or not intent.groups:
        return intent
    origin, dest = pair
    want = _route_side(q.lower, pair)
    if want is None:
        return intent
    other = origin if want == dest else dest
    named = {c for c, pos in idx.mentions(q).columns.items() if pos}
    if other in named and want not in named:
        return intent  # the question names the other side itself
    groups = tuple(ColRef(want, g.part) if g.column == other else g for g in intent.groups)
    return replace(intent, groups=groups)


def _traded_extreme(intent: Intent, q: Question, idx: _TableIndex) -> Intent:
    """ "The highest price the stock reached" over Open/High/Low/Close: the day's high, not its close (unless asked)."""
    if not idx.ohlc or intent.measure != idx.ohlc["close"] or q.phrase(r"\bclos(?:e|ed|ing)\b"):
        return intent
    top = intent.agg == "max" if intent.kind == "agg" else intent.order == "desc" if intent.kind == "row_extreme" else None
    if top is None or intent.more:
        return intent
    return replace(intent, measure=idx.ohlc["high" if top else "low"])


def _parse_one(q: Question, idx: _TableIndex, schema: Schema) -> Intent:
    m = idx.mentions(q)
    filters, consumed = _filters(q, idx, m)
    groups, group_tokens = _groups(q, idx, m)
    for g in groups:  # a grouped column is not also a filter on its own values (but "by country for Japan and China" is)
        filters = [f for f in filters if not (f.col.column == g.column and f.op == "=" and not g.part)]
    consumed |= group_tokens
    if q.phrase(r"\bacross\b"):  # "the average GDP across countries", one row per country: the overall figure
        rows = max(idx.table.row_count, 1)
        groups = [
            g
            for g in groups
            if g.part or not (idx.column(g.column).kind == "text" and idx.column(g.column).distinct >= 0.9 * rows)
        ]
    if idx.join and idx.dim_label and any(g.column == idx.join[1] and not g.part for g in groups):
        if not any(g.column == idx.dim_label for g in groups):  # "flights by airline" over a joined airlines table: its names
            groups.insert([g.column for g in groups].index(idx.join[1]) + 1, ColRef(idx.dim_label))
    for across in re.finditer(r"\b(?:across|over)\s+(?:all\s+|the\s+|every\s+)*(\w+)", q.lower):
        consumed.add(q.token_at(across.start(1)))  # "the total population across all states": the scope, not a figure
    for col in list(m.columns):
        if all(i in consumed for i in m.columns[col]) and not (idx.long_measure and col == idx.long_measure[1]):
            del m.columns[col]  # (but "the average rent" over a long table: the filter 'rent' names its number too)
            m.column_score.pop(col, None)
    looked_up = (
        _date_of_named_row(q, idx, m, filters, groups)
        or _wins_reading(q, idx, filters, groups)
        or _timed_extreme(q, idx, m, filters, groups)
    )
    if looked_up is not None:
        return looked_up
    first = q.phrase(
        r"^\s*when\s+(?:was|were|did|is)\s+(?:the|our|their)\s+(?:very\s+)?(first|earliest|last|latest|most recent|oldest|newest)"
        r"\s+(\w+)"
        r"|^\s*(?:what|which)\s+(?:is|was)\s+the\s+(?:very\s+)?(first|earliest|last|latest|most recent|oldest|newest)\s+"
        r"((?:\w+\s+)?(?:date|day))\b"
    )  # also "what's the latest issue date"
    date_col = _date_column(idx, m)
    edge_word = (first.group(1) or first.group(3)) if first else None
    head = range(q.token_at(first.start(2)), q.token_at(first.start(2)) + 2) if first and first.group(2) else range(0)
    if first and first.group(4):  # "the latest issue date": the words of the date column itself
        head = range(q.token_at(first.start(4)), q.token_at(first.end(4) - 1) + 1)
    if (
        first
        and date_col
        and not groups
        and not any(idx.column(c).is_numeric and not set(p) <= set(head) for c, p in m.columns.items())
    ):  # ("when was the earliest seed check": `seeds` only names the checks)
        agg = "min" if edge_word in ("first", "earliest", "oldest") else "max"  # "when was the first game": its date
        both = agg == "min" and re.search(r"\b(?:and|&)\b.*\b(?:last|latest|most recent)\b", q.lower[first.end() :])
        more = (("max", date_col),) if both else ()  # "..., and when was the last one?": both ends
        return Intent(idx.table.name, "agg", agg=agg, measure=date_col, filters=tuple(filters), entity="rows", more=more)
    span = q.phrase(
        r"^\s*(?:when|what\s+(?:date|month|year|day))\s+(?:does|did|do)\s+(?:the\s+|this\s+)?(?:data|record|records|series|"
        r"table|dataset|observations|readings)\s+(start|begin|end|stop|finish)"
    )
    when_col = date_col or _year_column(idx)
    edge_of_data = q.phrase(
        r"^\s*(?:what|which|when)\s+(?:is|was)\s+the\s+(first|earliest|last|latest|final)\s+(?:year|month|date|day)\s*\??\s*$"
    )  # ("in the data" already dropped from the words)
    if edge_of_data and when_col and not groups:  # "what is the first year in the data": the earliest there is
        agg = "min" if edge_of_data.group(1) in ("first", "earliest") else "max"
        return Intent(idx.table.name, "agg", agg=agg, measure=when_col, filters=tuple(filters), entity="rows")
    if span and when_col and not groups:  # "when does the data start": the earliest date there is
        agg = "min" if span.group(1) in ("start", "begin") else "max"
        return Intent(idx.table.name, "agg", agg=agg, measure=when_col, filters=tuple(filters), entity="rows")
    ends = q.phrase(
        r"\b(?:first|earliest)\s+(?:and|&)\s+(?:last|latest|final)\s+(?:months?|dates?|days?|years?|weeks?|quarters?)\b"
        r"|\bdate\s+range\b|\bwhat\s+(?:period|time\s+span|years)\s+does\s+(?:the\s+|this\s+)?data\s+(?:cover|span)\b"
    )
    if ends and when_col and not groups and not any(idx.column(c).is_numeric and c != when_col for c in m.columns):
        # "what date range does the data span? first and last month please": both ends of the dates
        return Intent(idx.table.name, "agg", agg="min", measure=when_col, filters=tuple(filters), entity="rows",
                      more=(("max", when_col),))  # fmt: skip
    first_when = q.phrase(
        r"^\s*(?:in\s+)?(?:which|what)\s+(month|year|day|date|week)\s+(?:did|was|were|had)\b.*\bfirst\b"
        r"|^\s*(?:(?:what|when|which)\s+(?:was|is)\s+)?(?:the\s+)?(?:very\s+)?(?:first|earliest)\s+(month|year|day|date|week)\s+(?!of\b)"
    )  # also "first year women passed 50% of psychology degrees"
    if first_when and filters and not groups:  # "in which month did passengers first go over 400": the earliest such
        grain, year_col = first_when.group(1) or first_when.group(2), _year_column(idx)
        if grain == "year" and year_col:
            return Intent(idx.table.name, "agg", agg="min", measure=year_col, filters=tuple(filters), entity="rows")
        if grain != "year" and date_col:
            return Intent(idx.table.name, "agg", agg="min", measure=date_col, filters=tuple(filters), entity="rows")
    edge = q.phrase(
        r"\b(?:on|in)\s+the\s+(first|last|final)\s+(?:trading\s+|business\s+|working\s+)?(day|week|month)\s+(?:of|in)\s+\d{4}\b"
    )
    asked_cols = [c for c in _measure_candidates(m, idx) if c != date_col and c != _year_column(idx)] if edge else []
    if edge and date_col and asked_cols and not groups and filters:  # "the close on the first trading day of 2020":
        return Intent(idx.table.name, "row_extreme", measure=date_col, filters=tuple(filters),  # that year's first row
                      order="asc" if edge.group(1) == "first" else "desc", limit=1, label=asked_cols[0], entity="rows")  # fmt: skip
    sides = _both_sides(q, idx) if len(groups) < 2 else None
    if sides is not None and not any(g.column == sides for g in groups):
        groups = [*groups, ColRef(sides)]  # "private and public colleges", "per year for southern and non-southern states"
        filters = [f for f in filters if f.col.column != sides] + _known(ColRef(sides), idx)
    chosen = q.phrase(
        r"^(?:who|which)\b.*\b(more|higher|less|lower|fewer|bigger|larger|smaller|highest|lowest|biggest|largest|smallest)\b"
        r"(?!\s+than).*\bor\s+[\w-]+(?:\s+[\w-]+)?\W*$"
    )
    chosen = chosen or q.phrase(  # "do men or women have the higher average IQ": the same choice, asked first
        r"^(?:do|does|did|are|is|were|was|have|has|had)\s+[\w-]+(?:\s+[\w-]+)?\s+or\s+[\w-]+(?:\s+[\w-]+)?\s+"
        r"(?:\w+\s+){0,3}(more|higher|less|lower|fewer|bigger|larger|smaller|highest|lowest|biggest|largest|smallest|"
        rf"{'|'.join(COMPARATIVES.values())})\b"
        r"(?!\s+than)"
    )  # ("the higher" reads as "the highest": of two, the highest; "wider", read as "the widest", likewise)
    choice = chosen.group(1) if chosen else None
    if not groups and (q.phrase(r"\b(vs\.?|versus|compared (?:to|with))\s") or choice):
        pairs = [f for f in filters if f.op == "in" and not f.col.part]
        versus = q.index_of("vs", "versus") or q.index_of("compared")
        beside = [  # ("people with a university or graduate degree, men vs women": the two beside "vs")
            f for f in pairs
            if versus is not None and any(c == f.col.column and (e == versus or s_ == versus + 1) for s_, e, c, _ in m.values)
        ]  # fmt: skip
        pair = beside[0] if len(beside) == 1 else (pairs[0] if pairs else None)
        if pair is not None:  # "casual riders vs members", "who publishes more, men or women?": one row per value
            groups = [pair.col]
        other = q.phrase(r"\b(?:vs\.?|versus|compared (?:to|with))\s+(?:the\s+)?([a-z][\w-]*)")
        single = [
            f for f in filters
            if pair is None and other and f.op == "=" and isinstance(f.value, str) and not f.col.part
            and other.group(1) != f.value.lower() and idx.column(f.col.column).values_complete
            and any(str(v).lower() == other.group(1) for v in idx.column(f.col.column).values)
        ]  # fmt: skip
        if len(single) == 1:  # "treatment vs control" over `control` holding 'treat' and 'control': both, each a row
            groups = [single[0].col]
            filters = [f for f in filters if f is not single[0]] + _known(single[0].col, idx)
    elif not groups and not q.phrase(r"\b(combined|together|altogether|in all|in total|total|overall|either)\b"):
        both = [f for f in filters if f.op == "in" and not f.col.part and not f.col.column.startswith("_")]
        spans = [(s_, e_) for s_, e_, c_, _ in m.values if both and c_ == both[0].col.column]
        between = q.tokens[spans[0][1] : spans[1][0]] if len(spans) == 2 else []
        if len(both) == 1 and len(spans) == 2 and between in (["and"], ["and", "for"], ["and", "in"], ["and", "among"]):
            groups = [both[0].col]  # "average party size for lunch and dinner": one row for each
    if not groups and q.phrase(r"\bhow many\b.*\band\s+how many\b"):
        pair = [f for f in filters if f.op == "in" and not f.col.part]
        if len(pair) == 1:  # "how many men and how many women took part": one count for each
            groups = [pair[0].col]
    if len(groups) == 1 and q.phrase(r"\bhow many\b.*\band\s+how many\b"):
        both = [f for f in filters if f.op == "in" and not f.col.part and f.col.column != groups[0].column]
        if len(both) == 1:  # "how many men and how many women are there in each occupation": one row per pair
            groups = [*groups, both[0].col]
            filters = [f for f in filters if f is not both[0]]
    if not groups and q.phrase(
        r"\band\s+how many\s+(?:\w+\s+)?(?:do|does|did|are|is|were|was|have|has|had)\s+not\b"
        r"|\b(?:with|versus|vs|against|to)\s+(?:the\s+)?(?:days|ones|those|times|rides|trips)?\s*(?:when\s+|where\s+)?"
        r"(?:it|they|he|she)\s+(?:was|were|did|do|does|is|are)\s+not\b"
        r"|\bvoted\s+(?:yes|for)\b.*\b(?:voted\s+no|against)\b|\bvoted\s+(?:no|against)\b.*\bvoted\s+(?:yes|for)\b"
    ):  # (also "on days the dog was walked with days it wasn't", "those who voted yes and those who voted no": both
        # answers, side by side)
        flagged = [f for f in filters if f.col.column in idx.flags and f.op == "=" and not f.col.part]
        if len(flagged) == 1:  # "how many own their home and how many don't": one row for each answer
            groups = [flagged[0].col]
            filters = [f for f in filters if f is not flagged[0]]
    for f in [f for f in filters if f.col.column in idx.flags and f.op == "=" and not f.col.part]:
        said = {t for p in m.columns.get(f.col.column, ()) for t in (q.tokens[p], q.singles[p])}
        both = q.phrase(r"\b([a-z]+)\s+(?:and|or|vs|versus)\s+(?:un|non-?|in|not\s+)([a-z]+)\b")  # ("tipped versus not tipped")
        bare = q.phrase(r"\b([a-z]+)\s+(?:vs|versus|or)\s+not\s*\??$")  # "avg activity alone vs not"
        own = said | idx.col_words[f.col.column]
        others = q.phrase(  # "S&P 500 firms vs non-members", "than other firms", "compared with the rest"
            r"\b(?:vs\.?|versus|than|compared (?:with|to))\s+(?:those\s+|the\s+)?(?:non-?\s?[a-z]+|others|other\s+[a-z]+|rest)\b"
        )
        flags = [g for g in filters if g.col.column in idx.flags and g.op == "=" and not g.col.part]
        if (
            (both and both.group(1) in said and both.group(2) == both.group(1))
            or (bare and bare.group(1) in own)
            or (others and len(flags) == 1 and not any(g.column in idx.flags for g in groups))
        ):  # (not "aged 80 and over, white versus non-white": that contrast is another column's, already grouped)
            # "insured and uninsured people": each side (of the rows that say which)
            groups = [*groups, f.col] if f.col not in groups else groups
            filters = [g for g in filters if g.col != f.col] + _known(f.col, idx)
    whole = [f for f in filters if f.op == "in" and not f.col.part and f.col not in groups and _covers_column(f, idx)]
    if (
        len(whole) == 1 and len(groups) < 2 and not choice
        and (not q.phrase(r"^\s*(?:which|who)\b") or q.phrase(r"\b(?:average|avg|mean|median|total)\b"))
        and not q.phrase(r"\b(combined|together|altogether|in all|in total|total|overall|either|all|than|difference|minus)\b")
        and (not q.phrase(r"^\s*how many\b") or q.phrase(r"\b(each|vs\.?|versus|compared?|respectively|separately|broken down)\b"))
    ):  # fmt: skip
        groups = [*groups, whole[0].col]  # "average age of drivers and passengers, by sex": every value named, one row each
        filters = [f for f in filters if f is not whole[0]] + _known(whole[0].col, idx)
        picked = q.phrase(r"^\s*(?:which|who)\b.*?\b(highest|lowest|most|least|fewest|largest|smallest|biggest|higher|lower)\b")
        choice = picked.group(1) if picked else choice  # "which soup eaters (canned, dry-mix or self-made) have the highest
        # average": of those named, the one
    compared = [
        f for f in filters if f.op == "in" and f.col.part in (None, "year") and f.col not in groups and len(f.value) >= 2
    ]  # fmt: skip  # (also "compare average prices in 2019 and 2020": each year)
    if len(compared) == 1 and len(groups) < 2 and q.phrase(r"^\s*compar(?:e|ing)\b"):
        groups = [*groups, compared[0].col]  # "compare average spending in Spain, Portugal, Italy and Greece": each of them
    choice = choice if len(groups) == 1 else None
    table = idx.table.name
    entity = _entity(q, idx)
    limit = _limit(q)
    order = _order(q)
    if choice:  # of the two named, the one with more: the first row of the two, ordered
        limit, order = (
            1,
            "asc" if choice in ("less", "lower", "fewer", "smaller", "lowest", "smallest") or choice in _LOW_ENDS else "desc",
        )
    paired = _correlated(q, idx, m)
    if paired:  # "the correlation between height and weight", "how strongly are brent and dubai prices correlated"
        rest = tuple(f for f in filters if f.col.column not in paired)
        return Intent(
            table, "correlation", measure=paired[0], paired=paired[1], groups=tuple(groups), filters=rest, entity=entity
        )
    agg = _agg(q)
    if agg in ("max", "min") and q.phrase(r"\bon average\b") and q.phrase(r"\b(?:or|vs|versus)\b") and groups:
        agg = "avg"  # "which lived longer on average, flies that mated or flies that did not": the two averages
    in_values = {i for s_, e_, _, _ in m.values for i in range(s_, e_) if q.tokens[i] in AGG_WORDS}
    in_values |= _stated_statistic(q, idx, m)
    if agg and in_values:  # "how many Best Actress winners": 'Best actress' is a value, no maximum
        agg = _agg(Question(" ".join(t for i, t in enumerate(q.tokens) if i not in in_values)))
    if choice and agg in ("max", "min"):  # "the higher average", "which lived longer on average": of two, by their average
        stated = q.phrase(r"\b(average|avg|mean|median|total)\b")
        agg = {"total": "sum", "median": "median"}.get(stated.group(1), "avg") if stated else agg
    named = idx.mentions(q).columns
    agg_at = [i for i, t in enumerate(q.tokens) if t in AGG_WORDS]
    if (
        agg
        and agg_at
        and all(any(i in named.get(f.col.column, ()) and len(named[f.col.column]) > 1 for f in filters) for i in agg_at)
    ):
        agg = None  # "the minimum legal drinking age 21": a word of the column `mlda` kept to 21, not a minimum
    inside = {i for i in agg_at if any(i in named.get(f.col.column, ()) and len(named[f.col.column]) > 1 for f in filters)}
    outside = [i for i in agg_at if i not in inside and q.tokens[i] not in ("top", "bottom", "record", "overall")]
    if agg and inside and outside:  # "with a mean radius below 12, the highest worst concavity": the highest
        agg = AGG_WORDS[q.tokens[outside[0]]]
    at = q.index_of("total")
    if agg == "sum" and at is not None and not q.phrase(r"\b(?:sum|how much|combined|overall|altogether)\b"):
        bounded = {f.col.column for f in filters if f.op in (">", ">=", "<", "<=", "between")}
        if any(c in bounded and ((at in pos and "total" in idx.col_words[c]) or "tot" in idx.col_words[c])
               for c, pos in m.columns.items()):  # fmt: skip  # (or "spend between 5000 and 6000 in total": `exptot`)
            agg = None  # "which candidates had total disbursements between ...": the column `Total_Disbursements`
        totals = [c for c, pos in m.columns.items() if {"tot", "total"} & idx.col_words[c] and {at, at + 1} & set(pos)]
        if totals and q.phrase(r"^\s*(?:show|list|display|give)\b"):
            agg = None  # "show total spending per pupil for Cambridge and Worcester": each town's `exptot`
    count_text = q.lower
    for c in idx.table.columns:  # "median passenger count": a column called `passenger_count` is not a request to count
        words = _split_name(c.name)
        if len(words) > 1 and words[-1] == "count" and c.is_numeric:
            count_text = count_text.replace(" ".join(words), words[0])
        if len(words) == 1 and words[0] in ("frequency", "freq", "count", "counts") and c.is_numeric:
            count_text = re.sub(rf"\b{words[0]}\b", " ", count_text)  # a column called `frequency` is a measure
    count_text = re.sub(  # "the most common number of cylinders", "by origin and number of cylinders": the column
        r"\b(?:common|frequent|usual|typical|and|by|per)\s+(?:the\s+)?number of\s+(\w+)",
        lambda mt: " " if _small_count_column(idx, mt.group(1)) else mt.group(0),
        count_text,
    )
    count_text = re.sub(  # "by model year and cylinder count": the `cylinders` column, not a count
        r"\b(\w+)\s+count\b",
        lambda mt: mt.group(1) if _small_count_column(idx, mt.group(1)) or _named_count(idx, mt.group(1)) else mt.group(0),
        count_text,
    )  # (also "the monthly passenger count" over `passengers`: that column, not a count of rows)
    count_text = re.sub(
        r"\b(?:by|per|each|every|across)\s+(?:the\s+)?number of\s+(\w+)",
        lambda mt: mt.group(0) if _entity_noun(mt.group(1), idx) else " ",
        count_text,
    )
    count_text = re.sub(  # "the median number of games played" over a `game` count: that column's median
        r"\bmedian\s+number of\s+(\w+)",
        lambda mt: " " if _numeric_named(idx, mt.group(1)) else mt.group(0),
        count_text,
    )
    is_count = bool(re.search(r"\bhow many\b|\bnumber of\b|\bcount\b|\bhow often\b|\bfrequency\b", count_text))
    compared = q.phrase(r"\bdifferent\s+(?:for|between|from|across|among|in)\b")  # "is the average distance different
    # for rides that were tipped": a comparison, not the distinct values
    distinct = (
        q.has("distinct", "unique")
        or (q.has("different") and not compared)
        or bool(q.phrase(r"\bhow many\s+(?:kinds|types|sorts|varieties|categories)\s+of\b"))
    )  # "how many kinds of force": the force types, once each
    counted_measure = _counted_measure(q, idx, m) if is_count and not distinct else _acted_ranked(q, idx)
    summed = q.phrase(r"\b(?:in total|altogether|combined)\b")
    if summed and any(q.token_at(summed.start()) in pos for pos in m.columns.values()):
        summed = None  # "30 to 40 mpg combined" over `comb_mpg`: the column's name, not an adding up
    rows_counted = q.phrase(r"\bhow many\s+(?:\w+\s+)?(?:records|rows|entries|observations|readings|lines)\b")
    if is_count and not distinct and not counted_measure and summed and not rows_counted:  # (not "how many price
        # records are there in total": the records)
        # "how many soldiers died of disease in total", "how many silver medals were won in total": a column of counts
        added = [
            c for c in m.columns
            if idx.column(c).kind == "integer" and c not in idx.id_cols and c != _year_column(idx)
            and not any(f.col.column == c for f in filters)
            and not set(idx.col_meaning[c]) & PLACE_CODE_NOUNS  # (not "how many districts ... in total": numbered)
        ]  # fmt: skip
        counted_measure = max(added, key=lambda c: m.column_score[c]) if added else None
    money = counted_measure and idx.column(counted_measure).kind != "integer"
    if money and any(f.col.column == counted_measure and f.op in (">", ">=", "<", "<=", "between") for f in filters):
        counted_measure = None  # "the number of sales over 1000 dollars": the rows with such a sale, counted
    asked = q.phrase(
        r"\bhow many\s+(?:of\s+the\s+)?(\w+)\s+(?:were|was|are|is|got|have been|had|have|has|made|make|did|\w+ed)\b"
    )  # ("how many customers called customer service more than 3 times": the customers, counted)
    if (
        counted_measure
        and asked
        and (_entity_noun(asked.group(1), idx) or singular(asked.group(1)) in _PEOPLE_SINGULAR)
        and any(f.col.column == counted_measure and f.op in (">", ">=", "<", "<=", "between") for f in filters)
    ):
        counted_measure = None  # "how many articles were cited at least 100 times": the rows so cited, counted
    if (
        counted_measure
        and idx.col_words[counted_measure] & {"year", "yr"}
        and not {"years", "yrs"} & set(idx.col_meaning[counted_measure])  # (`years_of_schooling`: a count of years)
        and idx.column(counted_measure).kind == "integer"
    ):
        counted_measure = None  # "how many patients were accepted in 1970" over `acceptyear`: a year, never added up
    if counted_measure and any(g.column == counted_measure and not g.part for g in groups):
        counted_measure = None  # "number of customers by number of service calls": the rows per count, counted
    if counted_measure:  # "how many units were sold", "the highest number of construction jobs": a quantity column
        is_count = False
        agg = agg or "sum"

    # share / percentage
    share_word = q.index_of("percent", "percentage", "share", "proportion", "fraction", "ratio")
    if share_word is None:
        share_word = _rate_of_value(q, m, idx)
    in_name = (
        share_word is not None
        and any(
            (share_word in pos and len(set(pos)) > 1)
            or (share_word - 1 in pos and idx.col_units.get(c) == "pct")  # "the winning percentage" over `WinPct`
            or (
                share_word in pos
                and q.tokens[share_word] in idx.col_words[c]
                and q.tokens[share_word + 1 : share_word + 2] != ["of"]
            )
            for c, pos in idx.mentions(q).columns.items()  # (all of them: "top 3 states by vote share" took `vote_share`)
        )
    )  # (also "shares traded" naming a stock table's `Volume`, but not "the share of days")
    if (
        share_word is not None
        and q.tokens[share_word] in ("ratio", "ratios")
        and share_word >= 3
        and q.tokens[share_word - 2] == "to"
        and any({q.tokens[share_word - 3], q.tokens[share_word - 1], "to"} <= set(_split_name(c)) for c in idx.col_words)
    ):
        in_name = True  # "a debt-to-income ratio above 30" over `debt_to_income`: that column's values
    if share_word is not None and share_word > 0 and re.fullmatch(r"\d+(?:\.\d+)?", q.tokens[share_word - 1]):
        in_name = True  # "more than 90 percent of workers are women": a number, not a share
    if (
        share_word is not None
        and q.phrase(r"\b(?:average|mean|median|avg)\b")
        and any(share_word - 1 in pos and idx.column(c).is_numeric for c, pos in m.columns.items())
    ):
        in_name = True  # "the average lower status percentage": a column of percentages, averaged
    if (
        share_word is not None and share_word > 0 and q.tokens[share_word - 1] in ("average", "mean", "median", "avg", "typical")
        and any(
            any(share_word < p <= share_word + 7 for p in pos) and idx.column(c).is_numeric and c not in idx.flags
            and isinstance(idx.column(c).max, (int, float)) and 0 < float(idx.column(c).max) <= 100  # type: ignore[arg-type]
            for c, pos in m.columns.items()
        )
    ):  # fmt: skip
        in_name = True  # "the average share of the budget spent on tobacco" over a fraction `stobacco`: averaged
    if share_word is not None and any(  # "the percent admitted" over `admitted` (0-100): that column's values
        any(p in pos and q.tokens[p] not in STOP for p in (share_word - 1, share_word + 1) if 0 <= p < len(q.tokens))
        and idx.column(c).is_numeric and c not in idx.flags
        and isinstance(idx.column(c).max, (int, float)) and 1 < float(idx.column(c).max) <= 100  # type: ignore[arg-type]
        for c, pos in m.columns.items()
    ):  # fmt: skip
        in_name = True
    percent_sign = re.search(r"%", re.sub(r"\d(?:\.\d+)?\s*%", "", q.lower)) is not None

    def measured_of(at: int) -> bool:  # "trade % of GDP", "trade as a share of GDP" over `tradegdp`: the column's name
        nxt = q.tokens[at + 1] if 0 <= at < len(q.tokens) - 1 and q.tokens[at] == "of" else ""
        return len(nxt) >= 3 and any(
            idx.column(c).is_numeric and c not in idx.flags and nxt in c.lower() and nxt not in _split_name(c)[:1]
            and min(pos) < at
            for c, pos in m.columns.items()
        )  # fmt: skip

    if share_word is not None and measured_of(share_word + 1):
        in_name = True
    if percent_sign and not share_word and any(measured_of(i) for i, t in enumerate(q.tokens) if t == "of"):
        percent_sign = False
    listing = q.phrase(r"^\s*(?:list|show|display|give|find|name)\b")  # "list the cities where the nonwhite percentage ..."
    if (
        (share_word is not None and not in_name) or percent_sign
    ) and not listing:  # not "percent below poverty" (`percbelowpoverty`)
        # "percentage of countries with a fertility above 3 in 2005": the year scopes the share, the fertility is its condition
        conditions = [f for f in filters if not _is_when(f, idx)] or filters
        conditions = [f for f in conditions if f.op != "is not null"] or conditions  # ("of those not missing": the base)
        whole = idx.mentions(q)
        said_at = {c: min(p) for c, p in whole.columns.items() if p} | {c: s_ for s_, _, c, _ in reversed(whole.values)}
        if len(conditions) > 1 and all(f.col.column in said_at for f in conditions):
            # "the people who had vanilla ice cream got sick": the share is of the condition said last
            conditions = sorted(conditions, key=lambda f: said_at[f.col.column])
        cond = conditions[-1] if conditions else None
        rate_at = q.index_of("rate", "rates")
        if rate_at:  # "the tipping rate for parties with no card": the share of the tips
            rated = [
                f for f in conditions
                if rate_at - 1 in whole.columns.get(f.col.column, [])
                or any(e == rate_at and c == f.col.column for _, e, c, _ in whole.values)
            ]  # fmt: skip
            cond = rated[0] if len(rated) == 1 else cond
        rest = tuple(f for f in filters if f is not cond)
        if (
            cond is not None and cond.op == "=" and cond.col.column in idx.flags and idx.column(cond.col.column).nulls
            and idx.column(cond.col.column).kind != "text" and not q.has("all")  # (a 0/1 or true/false answer)
        ):  # fmt: skip
            rest += (Filter(ColRef(cond.col.column), "is not null", None),)  # "what percent voted for Trump": of the votes known
        ranked = q.phrase(
            r"^\s*(?:in\s+)?which\s+(?:\d+\s+)?((?:\w+\s+){1,2}?)(?:has|had|have|is|was|shows?)\s+the\s+"
            r"(highest|lowest|largest|smallest|biggest)\b"
        )  # ("which 3 states have the highest churn rate": the top 3)
        if ranked and not groups:  # "which region has the highest share of uninsured people": one share per region, the top
            got = _subject_words(ranked.group(1).split(), q, idx, m)
            if got is None or got[0] is None:
                raise _not_understood(q, idx, schema, "which groups to compare")  # "which US state" (no state column)
            if cond is not None:
                low = ranked.group(2) in ("lowest", "smallest")
                rest = tuple(f for f in rest if f.col != got[0])
                return Intent(table, "share", groups=(got[0],), filters=rest, share_of=cond, entity=entity,
                              order="asc" if low else "desc", limit=limit or 1)  # fmt: skip
        if cond is not None or groups:
            weight = _acted_share(q, idx) or _summed_share(q, idx, m)  # "percentage of all pizzas ordered": of the
            # `orders`, added up; "share of total revenue": of the prices added up
            of = entity if entity != "rows" else _share_entity(q, idx)  # "what percentage of the flies mated": flies
            return Intent(table, "share", groups=tuple(groups), filters=rest, share_of=cond, entity=of, order=order,
                          weight=weight, limit=limit if groups and order else None)  # fmt: skip

    # distinct values
    listing = q.phrase(
        r"^(list|show|name|what are|which)\b.*\b(are|is)?\b|^(what|which)\s+(\w+\s+){1,3}(are|is)\s+there\b"
        r"|^(what|which)\s+(\w+\s+){1,2}(are|is|exist|appear|appears|occur|occurs)\s*\??\s*$"
        r"|^\s*(?:what|which)\s+(?:values|levels|categories|codes)\s+(?:does|do|can|did)\b"
    )  # "what species are in the data" (the place said is filler)
    ranked_list = q.phrase(r"\b(top|bottom|first|last)\s+\d+\b")  # "what are the top 5 districts by enrollment"
    ranked_rows = q.phrase(r"\b\d+\s+(?:[a-z]{3,}est|[a-z]+most)\s+(\w+)")  # "show the 3 southernmost museums": rows
    if ranked_rows and not any(  # (but "show the 3 largest tips": the values of `tip`, listed)
        idx.column(c).is_numeric and _hits_column(ranked_rows.group(1), ws) for c, ws in idx.col_words.items()
    ):
        ranked_list = ranked_rows
    none_kept = _having_none(q, idx, m, filters)
    if none_kept is not None:  # "which districts have no women using contraception": the groups with none such
        return none_kept
    groups_kept = _having(q, idx, m, filters) if is_count and q.phrase(r"^\s*how\s+many\b") else None
    if groups_kept is not None:  # "how many artists have more than 10 works": the artists kept, counted
        return groups_kept
    stamped = _counted_timestamp_days(q, idx) if is_count and not groups else None
    if stamped is not None:  # "on how many different days did the buoy record a temperature": the dates, once each
        return Intent(table, "count_distinct", measure=stamped, filters=tuple(filters), entity=entity, label_part="date")
    if distinct or (listing and not is_count and agg is None and not ranked_list):
        target = _distinct_target(q, idx, m, groups)
        if target is not None and not distinct and any(f.col.column == target.column and f.op == "=" for f in filters):
            target = None  # "list products in the Tea category": the rows with that value, not the value itself
        valued = [c for c in _measure_candidates(m, idx) if target is not None and c != target.column and c not in idx.id_cols]
        if target is not None and groups and valued and not distinct:
            target = None  # "show Kenya's fertility for each year": the values per year, not the list of years
        if target is not None and distinct:  # "the different types of death": every type, not the type 'Death'
            filters = [f for f in filters if not (f.col.column == target.column and f.op == "=")]
        if target is not None and is_count and not distinct and not target.part and idx.column(target.column).distinct <= 2:
            target = None  # "how many people were in their twenties" over a `person` 'Bride'/'Groom': the people, counted
        if target is not None and (distinct or _asks_for_list(q)):
            if is_count:
                return Intent(table, "count_distinct", measure=target.column, filters=tuple(filters), entity=entity,
                              label_part=target.part)  # fmt: skip
            return Intent(table, "distinct", groups=(target,), filters=tuple(filters), entity=entity, limit=limit)
    if is_count and distinct:
        years = _counted_years(q, idx) if not groups else None
        if years is not None:  # "how many different years does the data cover"
            part = "year" if idx.column(years).is_temporal else None
            return Intent(table, "count_distinct", measure=years, filters=tuple(filters), entity=entity, label_part=part)
        target = _distinct_target(q, idx, m, groups)
        if target is not None:  # ("how many different years" over dates: the years of the dates)
            return Intent(table, "count_distinct", measure=target.column, filters=tuple(filters), entity=entity,
                          label_part=target.part)  # fmt: skip
        ident = idx.main_id()
        if ident and not groups and 1 < idx.column(ident).distinct < idx.table.row_count:
            # "how many different routes" over a row per route and year: the ids, once each
            return Intent(table, "count_distinct", measure=ident, filters=tuple(filters), entity=entity)

    having = _having(q, idx, m, filters)
    if having is not None:
        return having
    common_dir, words = _most_common(q)
    if common_dir and q.has("busiest") and _traffic_count(idx):
        common_dir, words = None, []  # "the busiest month" over monthly `passengers`: the most passengers, read below
    if common_dir and not q.phrase(r"\bmost popular\b.*\bby\b"):  # "the most common category": the value with the most rows
        got = _subject_words(words, q, idx, m) if words else None
        if words and (got is None or got[0] is None):  # "the most common magnitude": a measure of few values
            repeated = [c for c in _measure_candidates(m, idx) if _few_repeated(idx, c) and c not in idx.id_cols]
            few = [c for c in repeated if any(_names_word(w, idx.col_words[c]) for w in words)] or (
                repeated if len(repeated) == 1 else []
            )  # (also commute minutes, 2,000 commutes over 90 values: "the most common commute time"; "the most
            # common loan term in months" over `Time`, named by its unit)
            got = (ColRef(few[0]), False) if few else got
        if got is not None and got[0] is None and got[1] and _repeated_name(idx):  # "the most popular pizzas" over a row
            got = (ColRef(_repeated_name(idx)), False)  # per pizza sold: the names with the most rows  # type: ignore[arg-type]
        freq = _frequency_column(idx)
        if (
            got is not None
            and got[0] is not None
            and freq
            and not got[0].part
            and got[0].column != freq
            and (idx.column(got[0].column).distinct >= 0.95 * max(idx.table.row_count, 1))
        ):  # one row per letter with its `frequency`: the most common letter has the highest frequency
            return Intent(table, "row_extreme", measure=freq, filters=tuple(f for f in filters if f.col.column != got[0].column),
                          order="asc" if common_dir == "least" else "desc", limit=limit or 1, label=got[0].column, entity=entity)  # fmt: skip
        if (
            got is not None
            and got[0] is not None
            and not got[1]
            and (not idx.column(got[0].column).is_numeric or _few_repeated(idx, got[0].column))
        ):
            col = got[0]
            assert col is not None
            rest = tuple(f for f in filters if f.col.column != col.column)
            return Intent(table, "top", agg="count", groups=(col,), filters=rest, order="asc" if common_dir == "least" else "desc",
                          limit=limit or 1, entity=entity)  # fmt: skip
    ordinal = q.phrase(rf"\b({'|'.join(_ORDINALS)})\s+(?:most|least|\w+est|highest|lowest)\b")  # "the 10th most populous"
    offset = _ORDINALS[ordinal.group(1)] - 1 if ordinal else 0

    # "which X has the most Y", "top 5 states by number of airports"
    which = (
        q.phrase(
            rf"\b(which|what)\s+(?:\d{{1,3}}\s+)?((?!(?:is|was|are|were|s|of|the|a|an|and|or)\b)[a-z]+\s+"
            rf"(?!(?:is|was|are|were|has|had|have|do|does|did|of|the|a|an|and|most|least|fewest)\b)[a-z]+\s+"
            rf"(?!(?:is|was|are|were|has|had|have|do|does|did|and|or|of)\b)[a-z]+)"
            rf"\s+(?:{_WHICH_VERBS})\b"
        )
        if not any(t in AGG_WORDS or t in DIRECTIONAL for t in q.tokens[1:4])
        else None
    )  # "which cooling water temperature goes with"
    which = (
        which
        or q.phrase(
            rf"\b(which|what)\s+(?:\d{{1,3}}\s+)?(\w+(?:\s+\w+)?)(?:\s+of\s+the\s+(?:month|week|year)|\s+(?:of|in|from|on|at)\s+\w+)?\s+(?:{_WHICH_VERBS})\b"
        )
        or q.phrase(
            r"\b(which|what)\s+(?!(?:is|was|are|were|has|had|have|does|do|did)\b)(\w+)\s+(?!(?:is|was|are|were|the|a|an)\b)[a-z]+\s+(?:the\s+)?"
            r"(?:most|fewest|least|highest|lowest|largest|biggest|smallest)\b"
        )
    )  # "which country places the most orders", "which player hit the most home runs": any verb before the superlative
    top_n = (
        q.phrase(r"\b(top|bottom|first|last)\s+(\d+)\b")
        or q.phrase(r"\b(\d+)\s+(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|\w+est|\w+ernmost)\b")
        or q.phrase(_N_WITH)
        or q.phrase(_N_LEADING)
    )  # "3 countries with the lowest infant mortality"
    valued = {i for s_, e_, _, _ in m.values for i in range(s_, e_)}  # "Best Actor" is a value, not a superlative
    superlative = agg in ("max", "min") or any(
        re.fullmatch(r"\w+est|most|least|fewest|\w+ernmost", t) for i, t in enumerate(q.tokens) if i not in valued
    )
    directional_word = next(
        (t for i, t in enumerate(q.tokens) if t in DIRECTIONAL and q.tokens[i + 1 : i + 2] != ["than"] and i not in valued), None
    )
    directional = DIRECTIONAL[directional_word] if directional_word else None
    measures = _measure_candidates(m, idx)
    year_col = _year_column(idx)
    named_table = _table_measure(q, idx) if all(c == year_col for c in measures) else None  # (a year is no figure)
    if named_table is not None:  # "the average premium by region" over aluminum_premiums' one figure, `price`
        measures = [named_table[0]]
        m.columns[named_table[0]] = [named_table[1]]
        m.column_score[named_table[0]] = 1.0
    scored = _sole_scored(q, idx) if not measures else []
    if scored:  # "the average score", "which measure has the lowest average score" over a table whose one measure is
        measures = scored  # `prf_rate`
        m.columns[scored[0]] = [next(i for i, t in enumerate(q.tokens) if t in _SCORE_WORDS)]
        m.column_score[scored[0]] = 0.5
    earns = q.phrase(_EARNS)
    if not measures and earns and len(_pay_columns(idx)) == 1:  # "how much did Derek Jeter make": the one pay column,
        measures = _pay_columns(idx)  # named by the verb
        m.columns[measures[0]] = [len(q.tokens) - 1]
        m.column_score[measures[0]] = 1.0
    if len(measures) >= 2:  # "2021 population density" over `population_2021` and `density_2021`: the head noun, density
        first, second = measures[0], measures[1]
        at_first, at_second = set(m.columns.get(first, ())), set(m.columns.get(second, ()))
        shared = at_first & at_second  # both named by "2021": two series of one census
        at_first, at_second = at_first - at_second, at_second - at_first
        if (
            shared
            and len(at_first) == 1
            and any(p + 1 in at_second and {q.tokens[p + 1], q.singles[p + 1]} & idx.col_words[second] for p in at_first)
        ):  # (named by its own word, not a clipped one: "receptor" is not `recur`)
            measures = [second, first, *measures[2:]]
    share_of = q.phrase(r"\b(?:percentage|percent|share|proportion|fraction)\s+of\s+(?:the\s+)?(\w+)\s+(?:who|that|\w+ing)\b")
    if share_of and len(measures) >= 2:  # "the largest percentage of students qualifying for CalWorks" over `students`
        at = q.token_at(share_of.start(1))  # and `calworks` (a percent): the percent named last, the students its whole
        whole = [c for c in measures if m.columns.get(c) == [at] and _additive(c)]
        pct = [c for c in measures if c not in whole and min(m.columns[c]) > at and _percent_range(idx, c)]
        if whole and len(pct) == 1:
            measures = pct + [c for c in measures if c != pct[0]]
    if measures and q.phrase(
        r"\b(?:drop|decline|decrease|fall|change|increase|rise|growth|reduction)\s+in\s+(?:the\s+|its\s+|their\s+)?"
    ):
        changes = [
            c for c in idx.col_words
            if c not in measures[:1] and idx.column(c).is_numeric and idx.col_words[c] & _CHANGE_WORDS
            and (set(idx.col_meaning[c]) - _CHANGE_WORDS) & idx.col_words[measures[0]]
        ]  # fmt: skip
        if len(changes) == 1:  # "the average drop in the uninsured rate" over `uni2013`, `uni2015`, `uniChange`: the change
            measures = changes + [c for c in measures if c != changes[0]]
    dropped = _dropped(q, idx, measures)
    if dropped:  # "the month with the biggest drop in nonfarm jobs": the lowest change
        measures = [dropped] + [c for c in measures if c != dropped]
        agg = "min"
    equal = {f.col.column for f in filters if not f.col.part}  # "average tip for trips longer than 10 miles": not the miles
    measures = [c for c in measures if c not in equal] + [c for c in measures if c in equal]  # "max horsepower 8 cylinders"
    if counted_measure:
        measures = [counted_measure] + [c for c in measures if c != counted_measure]
    head = _superlative_head(q, idx, m, measures) if not counted_measure else None
    if head:  # "the shortest wait between eruptions": the noun the superlative qualifies
        measures = [head] + [c for c in measures if c != head]
    if directional and not any(directional[0] in idx.col_words[c] for c in measures):
        # "the hottest": the temperature column, after any measure the question names
        meant = {directional[0], *_expand(directional[0]), *SYNONYMS.get(directional_word or "", ())}  # "the heaviest
        # diamond": its `carat`; "the coldest" over a column spelled out, `temperature`
        end = {"max": {"max", "high", "hi"}, "min": {"min", "low", "lo"}}.get(directional[1], set())
        named = [c for c in idx.col_words if meant & idx.col_words[c] and idx.column(c).is_numeric]
        named.sort(key=lambda c: not (end & idx.col_words[c]))  # "the coldest" over TMAX and TMIN: the low
        if not named and directional_word in ("busiest", "quietest") and _traffic_count(idx):
            named = [_traffic_count(idx)]  # type: ignore[list-item]  # "the busiest month": the table's one count
        measures += named[:1]
    beside = q.phrase(r"\b(?:(?:along|together)\s+with|with\s+(?:their|its|his|her|each\s+\w+'s))\b")
    if beside:  # "the three highest scores, along with each student's income", "the 5 strongest samples with their
        # cement and water": what is shown beside, not what ranks
        at = q.token_at(beside.start())
        measures = [c for c in measures if min(m.columns.get(c, [0])) < at] + [
            c for c in measures if min(m.columns.get(c, [0])) >= at
        ]
    sup_at = next((i for i, t in enumerate(q.tokens) if t.endswith("est") and t in SYNONYMS and t in AGG_WORDS), None)
    ranked_by = SYNONYMS[q.tokens[sup_at]] if sup_at is not None else ()
    headed = sup_at is not None and any(
        sup_at + 1 in m.columns.get(c, ()) or (sup_at + 2 in m.columns.get(c, ()) and q.tokens[sup_at + 1] in _PERIOD_ADJECTIVES)
        for c in measures
    )  # "the longest range", "the lowest daily high temperature"
    by_word = [c for c in measures if idx.col_words[c] & set(ranked_by)] if not headed else []
    if len(by_word) > 1:  # "the oldest patient" over `Age` beside `RBC.Age.Group`: the column that is only the age
        exact = [c for c in by_word if len(idx.col_meaning[c]) == 1 and idx.col_meaning[c][0] in ranked_by]
        by_word = exact if len(exact) == 1 else by_word
    averaged = q.has("average", "avg", "mean")  # ("the lowest average humidity": `avg_humidity`, not `low_humidity`)
    if (
        len(measures) > 1
        and len(by_word) == 1
        and not (averaged and set(idx.col_meaning[by_word[0]]) & {"low", "high", "min", "max"})
    ):
        # "the weight and speed of the 5 fastest mammals": ranked by the speed
        measures = by_word + [c for c in measures if c != by_word[0]]
    if len(measures) > 1 and measures[0] == _year_column(idx):
        measures = measures[1:] + measures[:1]  # "the 3 coldest years": years ranked by the temperature, not by the year
    if agg is None and directional:
        agg = directional[1]
    parts = [c for c in measures if c.lower() in ("day", "month", "hour", "minute", "week", "quarter") and len(measures) > 1]
    measures = [c for c in measures if c not in parts] + parts  # "which day of the month": `month` is when, not what
    age_word = next((t for t in q.tokens if t in ("oldest", "youngest", "newest")), None)
    aged = [c for c in measures if "age" in idx.col_words[c]]
    if age_word and aged:  # the oldest person has the highest age ("which institution had the oldest patient")
        measures = aged + [c for c in measures if c not in aged]
        agg = "max" if age_word == "oldest" else "min"
    elif age_word and _birth_column(idx) and age_word != "newest":  # "the oldest athlete": the earliest date of birth
        measures = [_birth_column(idx)] + [c for c in measures if c != _birth_column(idx)]  # type: ignore[list-item]
        agg = "min" if age_word == "oldest" else "max"
    elif age_word and not measures and _year_column(idx):  # "the oldest journal": the earliest founding year
        measures = [_year_column(idx)]  # type: ignore[list-item]
        agg = "min" if age_word == "oldest" else "max"

    subject = None
    person = idx.person_column()
    who_most = q.phrase(r"^\s*who\s+(?:had|has|have|got|made|scored|committed|won)\s+the\s+(?:most|fewest|least)\s+(\w+)")
    if which or top_n:
        subject = _subject(q, idx, m, which, top_n, groups)
    elif (
        who_most
        and person
        and not measures
        and (
            _entity_noun(who_most.group(1), idx)
            or any(q.tokens[s] == who_most.group(1) for s, _, _, _ in m.values)  # "the most turnovers": rows of that value
        )
    ):
        subject = (ColRef(person), False)  # "who had the most turnovers" over play-by-play rows: the player, counted
    elif who_most and person and measures and idx.column(person).distinct < 0.5 * max(idx.table.row_count, 1):
        subject = (ColRef(person), True)  # "who scored the most points" over many rows per player: each player's total
    elif superlative and not (groups and measures):
        # "the longest movie", "the most expensive product" (but "the lowest score for boys and for girls": one per group)
        subject = _superlative_subject(q, idx, m)
    if subject is not None and (superlative or top_n):
        subj_col, row_level = subject
        explicit = q.phrase(r"\b(?:average|avg|mean|total|median|combined|overall)\b")
        few_named = (  # a kind (a treatment), not a name (but eight planets' names)
            idx.label is not None
            and idx.column(idx.label).distinct <= 12
            and idx.column(idx.label).distinct < 0.5 * max(idx.table.row_count, 1)
        )
        kinds = q.has("type", "types", "kind", "kinds", "category", "categories")  # "which disaster type": the label
        named = subj_col.column if subj_col is not None else (None if few_named and not kinds else idx.label)  # (not `mode`)
        unique_id = any(idx.column(c).distinct >= 0.99 * idx.table.row_count for c in idx.id_cols)
        name_like = subj_col is not None or bool(named and set(_split_name(named)) & {"name", "title"}) or not unique_id
        # (but "the 5 most reviewed listings" over rows with their own `listing_id`: the rows themselves)
        summed = (
            name_like
            and bool(which or top_n or who_most)  # "which pizza", "the top 5 pizzas" (not "the highest insect count")
            and bool(measures)
            and (measures[0] == counted_measure or _additive(measures[0]))
            and not q.phrase(r"\bsingle\b|\b(?:in|on|during)\s+(?:a|one)\s+(?:day|game|match|month|year|race|season|row)\b")
        )  # "the top 5 pizzas by revenue" over a row per pizza and day: each pizza's total
        calendar = bool(named and explicit and named == _month_series(idx))  # "the highest average" over each calendar month
        if row_level and named and (((explicit or summed) and _repeats(named, idx)) or calendar) and not _asked_column(q, m):
            # "which industry had the highest average rate" over rows per industry and month: one average per industry
            subj_col, row_level = ColRef(named), False
        unordered = _ORDER_PHRASE.sub(" ", q.lower)  # ("from most to least": how to list them, not which end)
        direction = "asc" if agg == "min" or re.search(r"\b(least|fewest|lowest|smallest|bottom|worst)\b", unordered) else "desc"
        if (
            subj_col is not None and not explicit and not groups and subj_col.column in _plain_measures(idx)
            and subj_col.column != _year_column(idx) and idx.column(subj_col.column).distinct > 12
            and not [c for c in measures if c != subj_col.column] and _ranks_itself(q, m.columns.get(subj_col.column, []))
            and not q.phrase(r"\b(?:most|fewest|least|common|popular|frequent|often|by|number|count)\b")
        ):  # fmt: skip  # "the 3 highest working memory scores": the values themselves, not each score's rows counted
            return Intent(table, "row_extreme", measure=subj_col.column, filters=tuple(filters), order=direction,
                          limit=limit or 1, label=subj_col.column, entity=entity)  # fmt: skip
        asked = _asked_column(q, m) if row_level else None  # "the lot size of the most expensive house"
        if asked and beside and min(m.columns.get(asked, [0])) < q.token_at(beside.start()):
            asked = None  # "the three highest scores, along with each income": the scores rank, the income is beside
        subj_pos = set(m.columns.get(subj_col.column, [])) if subj_col else set()
        ranked_noun_at: set[int] = set()
        if not subj_pos and row_level and top_n and top_n.end() < len(q.lower):  # "the 3 heaviest pigs" over a `Pig`
            ranked_noun_at = {q.token_at(top_n.end() + 1)}  # number: the noun ranked, not the value ranked by
        measure = next(  # not a column named only by the subject's own word ("which party": not `Party_Code`)
            (c for c in measures if c not in (subj_col.column if subj_col else None, asked)
             and not ((subj_pos or ranked_noun_at) and m.columns.get(c) and set(m.columns[c]) <= (subj_pos or ranked_noun_at))
             and not (beside and min(m.columns.get(c, [0])) >= q.token_at(beside.start()))),
            None,
        ) or (next((c for c in measures if c != asked), None) if ranked_noun_at else None)  # fmt: skip  # ("the 3 highest wages")
        if measure is None and asked is not None:  # "the age of the oldest employee": the ranked value itself
            measure, asked = asked, None
        if asked is not None and measures and asked == measures[0] and idx.col_words[asked] & set(ranked_by):
            measure, asked = asked, None  # "how old was the oldest patient": the age ranks, not `RBC.Age.Group` beside it
        if measure is None and row_level and q.phrase(r"\b(?:biggest|largest|smallest|greatest|tiniest)\b"):
            sizes = [c.name for c in idx.table.columns
                     if c.is_numeric and c.name not in idx.id_cols and c.name != _year_column(idx)]  # fmt: skip
            measure = sizes[0] if len(sizes) == 1 else None  # "which island is the smallest": its one measure, the area
            peopled = [c for c in sizes if set(idx.col_meaning[c]) & {"pop", "population", "inhabitants"}]
            if measure is None and len(peopled) == 1:
                measure = peopled[0]  # "the largest city": the most people
        if measure and q.has("worst", "best") and set(idx.col_meaning[measure]) & _HARMS:
            direction = "desc" if q.has("worst") else "asc"  # "the worst months for deaths": the most deaths
        n = limit or 1
        numbered = [
            c.name for c in idx.table.columns
            if c.name.lower() in PERSON_NUMBER_NAMES and 1 < c.distinct < 0.5 * max(idx.table.row_count, 1)
        ]  # fmt: skip
        if (
            row_level
            and subj_col is None
            and explicit
            and measure
            and len(numbered) == 1
            and any(s in _PEOPLE_SINGULAR or s in PERSON_NUMBER_NAMES for s in q.singles)
        ):  # "which 3 people had the lowest average score over their three tests": each person's `Subject`, averaged
            subj_col, row_level = ColRef(numbered[0]), False
        most = q.phrase(r"\b(?:most|fewest|least)\s+(\w+)")
        if row_level and measure is None and subj_col is not None and most and _entity_noun(most.group(1), idx):
            row_level = False  # "which city has the most airports" where most cities have one: still counted per city
        if row_level:
            label = (  # a series is named by its dates, rows without a name by their id (a county's FIPS code)
                asked
                or (subj_col.column if subj_col else None)
                or (idx.main_id() if few_named else None)  # "which patient": its id, not its treatment
                or (idx.label if not few_named or idx.label in m.columns else None)  # "the 5 lowest scores": not each
                # one's `ethnicity` (but "the 3 longest speeches and the president of each")
                or _date_column(idx)
                or (_year_column(idx) if q.phrase(r"^\s*(?:when|in\s+which|in\s+what)\b|\bwhich\s+(?:year|quarter)\b") else None)
                or (None if q.has("name", "names") else idx.main_id())  # an id is not a name asked for
            )
            label = _unpinned_label(label, filters, idx, measure)
            rank_at = q.token_at(top_n.start()) if top_n else 99
            ranked_noun = any(p > rank_at and q.tokens[p] != q.singles[p] for p in m.columns.get(measure or "", []))
            if measure is not None and label is None and ranked_noun:  # "the 5 longest survival times": the times
                return Intent(table, "row_extreme", measure=measure, filters=tuple(filters), order=direction, limit=n,
                              label=measure, entity=entity)  # fmt: skip
            if measure is not None and label is None and not q.has("name", "names"):
                # "show the 5 trees with the largest volume": whole rows (but a name asked for is not there)
                return Intent(table, "rows", measure=measure, filters=tuple(filters), order=direction, limit=n, entity=entity)
            named_kind = _repeated_name(idx) if measure is None and q.phrase(r"\b(?:most|least|fewest|popular)\b") else None
            if named_kind is not None:  # "which 5 pizzas sold the most" over a row per pizza sold: each name, counted
                return Intent(table, "top", agg="count", groups=(ColRef(named_kind),), filters=tuple(filters), order=direction,
                              limit=n, entity=entity, offset=offset)  # fmt: skip
            if measure is not None and groups and not top_n and n == 1:  # "the biggest single breach in each state": the
                # largest in each, one row per state
                return Intent(table, "agg", agg="min" if direction == "asc" else "max", measure=measure, groups=tuple(groups),
                              filters=tuple(filters), entity=entity)  # fmt: skip
            dated = [c for c in m.columns if idx.column(c).is_temporal and c != label]
            edge = q.phrase(r"\b(?:latest|earliest|newest|oldest|first|last)\b")
            if measure is None and edge and len(dated) == 1 and not q.phrase(r"^\s*(?:which|who)\b"):
                # "the latest breach submission date for California": the date itself, at its end
                late = edge.group(0) in ("latest", "newest", "last")
                return Intent(table, "agg", agg="max" if late else "min", measure=dated[0], filters=tuple(filters),
                              entity=entity)  # fmt: skip
            if measure is None or label is None:
                raise _not_understood(q, idx, schema, "which value to rank by")
            yearly = idx.column(label).is_temporal and bool(q.phrase(r"\b(?:which|what)\s+years?\b"))
            return Intent(table, "row_extreme", measure=measure, filters=tuple(filters), order=direction, limit=n, label=label,
                          entity=entity, offset=offset, label_part="year" if yearly else None)  # fmt: skip
        assert subj_col is not None
        numbered = q.phrase(r"\bnumber of\s+(\w+)")
        of_measure = bool(
            numbered
            and measure
            and idx.column(measure).kind == "integer"
            and _names_word(numbered.group(1), idx.col_words[measure])
        )  # "top 3 districts by number of holders": the `Holders` column, added up
        count_words = q.phrase(r"\b(most|fewest|least|number of|count of|how many)\b") and (
            measure is None
            or (q.phrase(r"\bnumber of\b|\bcount of\b|\bhow many\b") and measure != counted_measure and not of_measure)
        )  # "the highest average number of breaks": the `breaks` column, averaged
        most_rows = q.phrase(
            r"\b(?:most|fewest|least)\s+(days|times|rows|records|occasions|\w+)\s+(?:with|when|where|that|hitting|reaching|above|below|over|under)\b"
        )
        if (
            most_rows and measure
            and (most_rows.group(1) in ("days", "times", "rows", "records", "occasions") or _entity_noun(most_rows.group(1), idx))
            and any(f.op in (">", ">=", "<", "<=", "between") and idx.column(f.col.column).is_numeric for f in filters)
            and not q.phrase(r"\b(?:average|mean|avg|median|total)\b")
        ):  # fmt: skip
            count_words, measure = True, None  # "the most days hitting 100 degrees": the days, counted, the heat a condition
        averaged = q.phrase(r"\b(?:average|mean|avg|median)\s+number\s+of\b")  # "the highest average number of stays"
        summed_of = (of_measure or (counted_measure and measure == counted_measure)) and not averaged
        flows = named_table is not None and measure == named_table[0] and any(_additive(w) for w in idx.name_words)
        inner = "sum" if summed_of or (flows and agg in ("max", "min")) else _inner_agg(q, agg, measure)
        # ("which year had the most imports" over coffee_imports' `value`: the imports added up, a flow)
        if (
            measure is not None
            and (measure == _year_column(idx) or idx.column(measure).is_temporal)
            and q.phrase(r"\b(?:most|fewest|least)\s+(?:years|months|days|weeks|dates)\b")
        ):
            count_words = True  # "which president appears in the most years": the years counted, no year added up
        if count_words or measure is None:
            most = q.phrase(r"\b(?:most|fewest|least)\s+(\w+)(?:\s+(\w+))?")
            names = (  # "which year had the most storms": their names (not "the most storm observations": the rows)
                _thing_names(idx, most.group(1)) if most and most.group(2) not in GENERIC_ROW_NOUNS else None
            )
            return Intent(
                table,
                "top",
                agg="count",
                groups=(subj_col,),
                filters=tuple(filters),
                order=direction,
                limit=n,
                entity=entity,
                offset=offset,
                counted=names if names != subj_col.column else None,
            )
        return Intent(table, "top", agg=inner, measure=measure, groups=(subj_col,), filters=tuple(filters), order=direction, limit=n,
                      entity=entity, offset=offset)  # fmt: skip

    if is_count:
        happened = q.phrase(r"\bhow many\s+\w+\s+(?:were|was)\s+(?:won|\w+ed|given|sold|made|taken)\b")
        people = (  # "how many boys were measured" over a `Subject` number, several rows each
            happened is not None
            and singular(happened.group(0).split()[2]) in _PEOPLE_SINGULAR
            and any(c.name.lower() in PERSON_NUMBER_NAMES for c in idx.table.columns)
        )
        populated = _population_counted(q, idx)
        if populated is not None:  # "how many people lived in the UK in 1975" over a `population` a row: added up
            return Intent(table, "agg", agg="sum", measure=populated, groups=tuple(groups), filters=tuple(filters), order=order,
                          limit=limit, entity=entity)  # fmt: skip
        years = _counted_years(q, idx) if not groups else None
        if years is not None:  # "how many years does the data cover" over daily rows: the years of the dates, once each
            part = "year" if idx.column(years).is_temporal else None
            return Intent(table, "count_distinct", measure=years, filters=tuple(filters), entity=entity, label_part=part)
        quarters = _counted_quarters(q, idx) if not groups else None
        if quarters is not None:  # "how many quarters does the data cover" over '1998 Q1' per state: each once
            return Intent(table, "count_distinct", measure=quarters, filters=tuple(filters), entity=entity)
        days = (_counted_days(q, idx) or _counted_id(q, idx)) if not groups else None
        if days is not None:  # "on how many days did it rain" over several readings a day: the dates, once each; "how
            # many orders" over a row per pizza with its order's `id`: the orders, once each
            return Intent(table, "count_distinct", measure=days, filters=tuple(filters), entity=entity)
        counted = _counted_text_column(q, idx, m) if not groups and (not happened or people) else None  # (not "medals were won")
        if counted is not None:  # "how many countries are there" over one row per country and year
            rest = tuple(f for f in filters if f.col.column != counted)
            return Intent(table, "count_distinct", measure=counted, filters=rest, entity=entity)
        if not groups and not filters and not m.table_hit and not _counts_rows(q, idx):
            raise _not_understood(q, idx, schema, "what to count")
        own = (_counted_text_column(q, idx, m) or _counted_id(q, idx)) if groups and not happened else None
        if own is not None and not any(g.column == own for g in groups):
            # "how many patients in each treatment group" over several rows per patient, "how many countries per continent"
            # over a row per country and year: each group's patients or countries, once
            return Intent(table, "count", agg="count", groups=tuple(groups), filters=tuple(filters), order=order, limit=limit,
                          entity=entity, counted=own)  # fmt: skip
        return Intent(table, "count", agg="count", groups=tuple(groups), filters=tuple(filters), order=order, limit=limit,
                      entity=entity)  # fmt: skip

    if not groups and measures and (agg or order) and not is_count:
        plural = _plural_group(q, idx, m, filters)
        if plural is not None:  # "genres ranked by average streams": one row per genre
            groups = [plural]
    if (agg is not None and agg not in ("max", "min")) or (agg in ("max", "min") and measures):
        if not measures:
            # "total rain": the word was read as a value; read it as a column instead.
            measures = _measure_from_values(q, idx, m)
            if measures:
                filters = [f for f in filters if f.col.column not in _value_cols(m)]
        counted = q.phrase(r"\btotal\s+(?:number\s+of\s+)?(\w+)")
        if (
            not measures
            and agg == "sum"
            and counted
            and counted.group(1) not in MEASURE_NOUNS
            and (idx.weight or _entity_noun(counted.group(1), idx))
        ):  # "total events per month": the rows (or a frequency table's counts), counted
            return Intent(table, "count", agg="count", groups=tuple(groups), filters=tuple(filters), order=order, limit=limit,
                          entity=counted.group(1))  # fmt: skip
        averaged = q.phrase(r"\b(?:average|avg|mean)\s+(?:number\s+of\s+)?(\w+)\s+(?:per|each|every|a)\s+\w+")
        if not measures and agg == "avg" and len(groups) == 1 and averaged and _entity_noun(averaged.group(1), idx):
            # "avg works per year": the rows a year holds, averaged over the years
            return Intent(table, "avg_count", agg="count", groups=tuple(groups), filters=tuple(filters),
                          entity=averaged.group(1))  # fmt: skip
        if not measures:
            raise _not_understood(q, idx, schema, "which column to compute the " + AGG_TEXT.get(agg or "", "value") + " of")
        asked = _asked_column(q, m) if agg in ("max", "min") and not groups and len(measures) > 1 else None
        measure = _pick_measure([c for c in measures if c != asked] if asked else measures, agg, idx, groups, q)
        if agg in ("max", "min") and not groups and (_row_question(q, idx) or offset or asked or (limit or 0) > 1):
            # ("the 5 largest area values": five values, not one)
            # "the magnitude of the quake reported by the most stations": `mag` of the row with the most `stations`
            return Intent(table, "row_extreme", measure=measure, filters=tuple(filters), order="desc" if agg == "max" else "asc",
                          limit=limit or 1, label=asked or _unpinned_label(_row_label(q, idx), filters, idx, measure),
                          entity=entity, offset=offset)  # fmt: skip
        return Intent(table, "agg", agg=agg, measure=measure, groups=tuple(groups), filters=tuple(filters), order=order, limit=limit,
                      entity=entity)  # fmt: skip

    if groups:
        if measures:
            measure = _pick_measure(measures, None, idx, groups)
            default = "sum" if _additive(measure) or _counts_in_question(q) else "avg"
            return Intent(table, "agg", agg=default, measure=measure, groups=tuple(groups), filters=tuple(filters), order=order,
                          limit=limit, entity=entity)  # fmt: skip
        return Intent(
            table, "count", agg="count", groups=tuple(groups), filters=tuple(filters), order=order, limit=limit, entity=entity
        )

    plain = [c for c in measures if not any(f.col.column == c for f in filters)]
    listed = q.phrase(
        r"^\s*(?:which|what)\s+(\w+)\s+(?:(?:after|before|since|from|between|during|in)\s+\d{4}(?:\s+and\s+\d{4})?\s+)?"
        r"(?:have|has|had|are|were|saw|see|recorded|did|was|is)\b"
    )
    year = _year_column(idx)
    if listed and year and year in measures and 1 in m.columns[year] and year not in plain:
        plain = [year, *plain]  # "which years after 1900 had a flow above 1100": the years, though a date filter names them
    if listed and filters and plain and 1 in m.columns[plain[0]] and (q.tokens[1] != q.singles[1] or plain[0] == year):
        # "which years had armed forces above 3 million": those years, listed (not their average)
        if plain[0] == year and idx.column(year).distinct >= 0.95 * max(idx.table.row_count, 1):
            # one row a year: the years' rows, in order, so the figures that qualified them come with them
            return Intent(table, "rows", measure=year, filters=tuple(filters), order="asc", entity=entity)
        return Intent(table, "distinct", groups=(ColRef(plain[0]),), filters=tuple(filters), entity=entity)
    terse = bool(filters) and bool(plain) and min(m.columns[plain[0]]) <= 1  # "GDP of the United States"
    if (
        year and filters and not groups and q.phrase(r"^\s*(?:list\s+|show\s+)?(?:the\s+|all\s+)?years\s+(?:where|when|in\s+which|with)\b")
        and not any(f.col.column == year for f in filters)
    ):  # fmt: skip
        return Intent(table, "distinct", groups=(ColRef(year),), filters=tuple(filters), entity=entity)  # "years where
        # Ireland's trade was over 200% of GDP": those years
    if plain and not distinct and (q.phrase(r"^\s*(what|how much)\b") or terse):
        # "what was the net generation of nuclear energy in 2005": the value, summed if additive
        measure = _pick_measure(plain, None, idx, groups)
        default = "sum" if _additive(measure) or _counts_in_question(q) else "avg"
        return Intent(table, "agg", agg=default, measure=measure, filters=tuple(filters), order=order, limit=limit, entity=entity)

    sort = q.phrase(r"\b(ranked|sorted|ordered|sort|order|rank)\s+(?:them\s+|it\s+)?by\b")
    if sort and measures and (m.table_hit or filters or q.phrase(r"^(show|list|give|find|display)\b")):
        # "movies in 2020 sorted by gross": the rows in that order (ranked: highest first; sorted: as asked, else ascending)
        direction = (
            _order(q)
            if q.phrase(r"\b(desc|descending|highest|largest|biggest|most|decreasing|asc|ascending|lowest|smallest)\b")
            else None
        )
        direction = direction or ("desc" if sort.group(1) in ("ranked", "rank") else "asc")
        return Intent(table, "rows", measure=measures[0], filters=tuple(filters), order=direction, limit=limit, entity=entity)
    lead = q.phrase(r"^\s*(\w+)\s+(?:with|without|where|whose|that|which|having)\b") or q.phrase(
        r"^\s*(?:which|what)\s+(\w+)\s+(?:have|has|had|are|were|is|was|got|get|gets|saw|recorded|scored|did|do|does)\b"
    )  # "states with at least 80% urban population", "which countries had a fertility rate below 1.4"
    named_rows = lead is not None and (
        _entity_noun(lead.group(1), idx)
        or _labels_rows(lead.group(1), idx)
        or any(idx.column(c).kind == "text" and _hits_column(lead.group(1), ws) for c, ws in idx.col_words.items())
    )
    asked_who = (  # "who won gold in 1988": the names of those rows (not "who is the editor of X": outside knowledge)
        (q.phrase(r"^\s*who\s+(?!(?:is|was|are|were|holds?|held)\b)\w+") or (
            q.phrase(r"^\s*who\s+(?:was|were)\b") and idx.person_column() and len(filters) >= 2
        ))  # ("who was Star Baker in episode 5 of series 3": a role and where, the person in the rows)
        and idx.label and filters and not any(f.col.column == idx.label for f in filters)
    )  # fmt: skip
    if asked_who:
        who = idx.person_column()  # "who won series 7" over bakes with their `baker`: the person, not the bake's name
        named = who if who and not any(f.col.column == who for f in filters) else idx.label
        return Intent(table, "distinct", groups=(ColRef(named),), filters=tuple(filters), entity=entity)  # type: ignore[arg-type]
    kinds = q.phrase(r"^\s*(?:which|what)\s+(\w+)\s+(?!(?:is|was|are|were)\b)(\w+)") if filters else None
    if kinds and not _entity_noun(kinds.group(1), idx):  # "which airlines fly from ORD to LAX": the airlines that do
        got = _subject_words([kinds.group(1)], q, idx, m)
        keyed = got is not None and got[1] and got[0] is not None and idx.column(got[0].column).kind == "text"
        done = q.phrase(r"\b(?:has|have|had)\s+\w+.*\s(?:\w+ed|made|won|done|written|drawn|worn|seen)\s*\??$")
        panel = got is not None and got[0] is not None and not got[1] and _repeats(got[0].column, idx)
        if kinds.group(2) in ("has", "have", "had") and not keyed and not done and not panel:
            got = None  # ("which cars have a manual gearbox": the rows; "which states had over 500 murders": their names;
            # "what mediums has Damien Hirst used": the mediums; "which companies had more than 1,000 patents" over a
            # row per company and year: each company's name, once)
        if got is not None and got[0] is not None and not any(f.col.column == got[0].column for f in filters):
            if not got[1] or keyed:
                return Intent(table, "distinct", groups=(got[0],), filters=tuple(filters), entity=entity)
    terse = q.phrase(
        r"^\s*(\w+)\s+(?:with|without|where|whose|having|between\s+\d|from\s+\d|of\s+(?:at least|at most|more than|over|"
        r"under|less than|fewer than)\s+\d|(?:longer|shorter|more|less|fewer|over|under|above|below)\s+(?:than\s+)?\d)"
    )  # ("stays of at least 14 days", "cases from 1987 to 1989")
    named_each = bool(
        idx.label and idx.column(idx.label).kind == "text"
        and idx.column(idx.label).distinct >= 0.9 * max(idx.table.row_count, 1)
    )  # fmt: skip
    if filters and terse and q.tokens[0] != q.singles[0] and not named_each and not groups:
        # "households with at least 5 visits" over rows no name tells apart: how many (but "states with ..." names them)
        said = entity if entity not in ("rows", "") else terse.group(1).lower()
        return Intent(table, "count", agg="count", filters=tuple(filters), order=order, limit=limit, entity=said)
    if filters and (m.table_hit or named_rows or q.phrase(r"^(show|list|give|find|display)\b")):
        if q.phrase(r"^\s*(?:which|what)\s+(?:\w+\s+){0,3}?(?:has|had|have|is|was|are|were|saw)\s+the\s+(?:most|fewest|least)\b"):
            raise _not_understood(q, idx, schema, "what to rank")  # "which US states had the most crash deaths" (no
            # state column): the matching rows would not say which
        return Intent(table, "rows", filters=tuple(filters), order=order, limit=limit, entity=entity)
    looked = q.phrase(r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:\w+\s+){0,2}?(\w+)\s+(?:of|for)\s+\w+")
    ranked = q.phrase(
        r"\b(?:earliest|latest|oldest|newest|youngest|highest|lowest|largest|smallest|biggest|longest|shortest|most|least"
        r"|fewest|first|last|top|bottom|best|worst|cheapest|heaviest|lightest|fastest|slowest|tallest)\b"
    )
    if looked and filters and not ranked:  # "what is the abbreviation for Texas": that column of the row the value names
        at = q.tokens.index(looked.group(1)) if looked.group(1) in q.tokens else -1
        asked = [c for c, pos in m.columns.items() if at in pos and not any(f.col.column == c for f in filters)]
        best = sorted(asked, key=lambda c: -m.column_score.get(c, 0.0))
        if best and (len(best) == 1 or m.column_score.get(best[0], 0.0) > m.column_score.get(best[1], 0.0)):
            return Intent(table, "distinct", groups=(ColRef(best[0]),), filters=tuple(filters), entity=entity)
    raise _not_understood(q, idx, schema, None)


_CORRELATED = re.compile(r"\bcorrelat(?:ion|ions|ed|es|e)\b|\brelationship\s+between\b")


def _correlated(q: Question, idx: _TableIndex, m: Mentions) -> tuple[str, str] | None:
    """The two numeric columns a correlation is asked of, in the order said; each must be named by a word naming no
    other candidate ("brent and dubai oil prices": `oil_brent`, `oil_dubai`), else no reading."""
    if not q.phrase(_CORRELATED):
        return None
    cands = [
        c for c in m.columns
        if idx.column(c).is_numeric and c not in idx.id_cols and c not in idx.flags and c != _year_column(idx)
    ]  # fmt: skip
    own = {c: [p for p in m.columns[c] if [o for o in cands if p in m.columns[o]] == [c]] for c in cands}
    picked = [c for c in cands if own[c]] if len(cands) > 2 else cands
    if len(picked) != 2:
        return None
    first, second = sorted(picked, key=lambda c: min(own[c] or m.columns[c]))
    return first, second


def _dropped(q: Question, idx: _TableIndex, measures: list[str]) -> str | None:
    """The change column a "biggest drop in X" ranks from its lowest value, when X names it (`nonfarm_change`)."""
    if not q.phrase(r"\b(?:biggest|largest|greatest|steepest|sharpest|worst)\s+(?:drop|decline|decrease|fall|loss|dip)s?\b"):
        return None
    for c in idx.col_words:
        rest = set(_split_name(c)) - _CHANGE_WORDS
        if not (idx.column(c).is_numeric and idx.col_words[c] & _CHANGE_WORDS and rest <= idx.all_col_words):
            continue
        if c in measures or any(rest & idx.col_words[o] for o in measures):
            return c
    if idx.name_words & _CHANGE_WORDS and measures and idx.column(measures[0]).is_numeric:  # (name words hold singulars)
        return measures[0]  # a table of changes (`us_economy_changes`): each of its measures is one
    return None


def _superlative_head(q: Question, idx: _TableIndex, m: Mentions, measures: list[str]) -> str | None:
    """The column named by the last word of the phrase after a superlative ("the longest flight distance": `distance`),
    when that word names the whole column and not the rows ("the most unemployed people" is not `pop`)."""
    sup_at = next((i for i, t in enumerate(q.tokens) if AGG_WORDS.get(t) in ("max", "min") and t not in ("top", "bottom")), None)
    if sup_at is None:
        return None
    end = sup_at + 1
    while end < len(q.tokens) and q.tokens[end] not in STOP and q.tokens[end].isalpha():
        end += 1
    if end - 1 <= sup_at or q.singles[end - 1] in _PEOPLE_SINGULAR:
        return None
    graded = _VARIANT_WORDS.get(AGG_WORDS[q.tokens[sup_at]], frozenset())
    if any(ws & set(q.tokens[sup_at + 1 : end]) for ws in _VARIANT_WORDS.values()):
        graded = frozenset()  # "the lowest average humidity": the grade the words say, not the superlative's
    found = [
        c for c in measures
        if end - 1 in m.columns.get(c, []) and set(m.columns[c]) <= set(range(sup_at, end))
        and all(w in idx.col_words[c] for w in idx.col_meaning[c]) and _covered(c, q, m, idx, graded)
    ]  # fmt: skip
    wider = [
        c for c in measures
        if len(m.columns.get(c, [])) >= 3 and set(m.columns[c]) <= set(range(sup_at, end))
        and any(set(m.columns[f]) < set(m.columns[c]) for f in found)
    ]  # fmt: skip
    if len(wider) == 1:
        return wider[0]  # "the highest lean body mass": `lbm`, all three words, not the `wt` its last word names
    # "the hottest temperature" over `temp` and `temp_max`: the day's high, its grade said by the superlative
    # (and "the lowest daily high temperature" over `tmin` and `tmax`: the one the grade word "high" also names)
    return max(found, key=lambda c: (bool(graded & set(idx._variant_words(c))), len(m.columns[c])), default=None)


def _covered(column: str, q: Question, m: Mentions, idx: _TableIndex, graded: frozenset[str] = frozenset()) -> bool:
    """Every word of the column's name is asked (`waiting` by "wait"), not one word of several (`unit_price` by "units");
    a grade word (`max`) may be said by the superlative instead."""
    asked = {q.tokens[p] for p in m.columns[column]} | {q.singles[p] for p in m.columns[column]}
    return all(
        w in asked or w in graded or (w.endswith("ing") and w[:-3] in asked) or any(_names_word(a, {w}) for a in asked)
        for w in idx.col_meaning[column]
    )


_THE_REST = (
    r"\b(?:vs\.?|versus|compared (?:with|to)|with|and|or|than|to)\s+(?:the\s+|all\s+)?(?:rest|others|everyone else|"
    r"(?:those|the ones|ones|\w+) (?:that|who|which) (?:\w+n't|\w+ not|never)\b|those without|without"
    r"|\w+ without (?:it|them|one|that|this)\b)\b"  # ("regions with dengue and regions without it")
)


_SCORE_WORDS = frozenset(
    {"score", "scores", "scored", "scoring", "value", "values", "rate", "rates", "rating", "ratings", "result", "results"}
)


def _known(col: ColRef, idx: _TableIndex) -> list[Filter]:
    """Both sides of a yes/no asked for ("smokers vs nonsmokers"): the rows that say which, when some do not."""
    return [Filter(col, "is not null", None)] if idx.column(col.column).nulls else []


def _sole_scored(q: Question, idx: _TableIndex) -> list[str]:
    """A word any measure is called ("score", "value") over a table with a single measure: that one column."""
    said = [i for i, t in enumerate(q.tokens) if t in _SCORE_WORDS]
    if not said or any(
        q.tokens[i - 1 : i] in (["most"], ["fewest"], ["least"], ["many"]) or q.tokens[max(0, i - 2) : i] == ["number", "of"]
        for i in said
    ):
        return []  # ("which user gave the most ratings": the ratings counted)
    numeric = [c for c in _plain_measures(idx) if c != _year_column(idx)]
    return numeric if len(numeric) == 1 else []


def _numeric_named(idx: _TableIndex, word: str) -> bool:
    """The word names exactly one numeric column that is no id: a count kept per row ("games" over `game`)."""
    return len([c for c in _plain_measures(idx) if _names_word(word, idx.col_words[c])]) == 1


def _plain_measures(idx: _TableIndex) -> list[str]:
    """The numeric columns that are neither ids nor yes/no answers: what a figure can be computed of."""
    return [
        c.name for c in idx.table.columns
        if c.is_numeric and c.name not in idx.id_cols and c.name not in idx.flags and not _numbered_unit(idx, c.name)
    ]  # fmt: skip


def _covers_column(f: Filter, idx: _TableIndex) -> bool:
    """A list of values that is every value the column holds: naming them all asks for each."""
    col = idx.column(f.col.column)
    return (
        col.values_complete and 2 <= len(col.values) <= 12
        and {str(v) for v in col.values} <= {str(v) for v in f.value}
    )  # fmt: skip


def _both_sides(q: Question, idx: _TableIndex) -> str | None:
    """The yes/no column a question asks about both sides of: "private and public", "students vs non-students"."""
    named = idx.mentions(q).columns
    whether = q.index_of("whether")
    heads: dict[str, int] = {}  # "by whether there is a smoking ban": the last yes/no column said, the head
    for name in idx.flags:
        words = set(idx.col_meaning[name]) | {singular(w) for w in idx.col_meaning[name]} | idx.col_words[name]
        yes = [i for i, t in enumerate(q.tokens) if _expand(t) & words or i in named.get(name, ()) or (
            len(t) >= 5 and t not in STOP and _hits_column(t, idx.col_words[name]))]  # fmt: skip
        if whether and q.tokens[whether - 1] in ("by", "and", "per", "vs", "versus") and any(i > whether for i in yes):
            heads[name] = max(yes)  # "average price by number of stories and whether the house has air conditioning"
            continue
        no = [i for i, t in enumerate(q.tokens) if _opposite_of(t, words)]  # ("public" of `priv`)
        no += [i for i in yes if i and q.tokens[i - 1] in ("non", "not", "no", "without", "outside")]
        no += [i for i in yes if "never" in q.tokens[max(0, i - 3) : i]]  # "players who never made an all-star team"
        if (
            [i for i in yes if i not in no and i - 1 not in no]
            and no
            and q.phrase(r"\b(?:and|vs\.?|versus|or|compared?|comparing)\b")
        ):
            return name
        if yes and q.phrase(r"\bwith (?:and|or|vs\.?|versus) without\b"):  # "houses with and without a rec room"
            return name
        if [i for i in yes if i not in no] and q.phrase(_THE_REST):  # "teams that made the tournament vs. those that didn't"
            return name
        nouns = {q.singles[i + 1] for i in yes if i + 1 < len(q.tokens)}
        if any(q.tokens[j - 1] == "non" and q.singles[j] in nouns for j in range(1, len(q.tokens))):
            return name  # "union members and non-members"
    return max(heads, key=lambda n: heads[n]) if heads else None


def _frequency_column(idx: _TableIndex) -> str | None:
    """A numeric column that says how common each row is (`frequency`, `share`, `percent`)."""
    return next(
        (c.name for c in idx.table.columns
         if c.is_numeric and set(_split_name(c.name)) & {"frequency", "freq", "share", "percent", "percentage", "proportion", "prevalence"}),
        None,
    )  # fmt: skip


def _birth_column(idx: _TableIndex) -> str | None:
    """The date (or year) of birth, which orders people by age in reverse."""
    return next(
        (c.name for c in idx.table.columns
         if (c.is_temporal or c.kind == "integer") and set(_split_name(c.name)) & {"birth", "born", "dob", "birthday", "birthdate"}),
        None,
    )  # fmt: skip


def _is_when(f: Filter, idx: _TableIndex) -> bool:
    """A filter on when (a date part, the year column, a date range) rather than on what."""
    return f.col.part is not None or f.col.column == _year_column(idx) or idx.column(f.col.column).is_temporal


def _repeats(column: str, idx: _TableIndex) -> bool:
    """A text column whose values each cover several rows (an industry, a region), not a row's own name."""
    col = idx.column(column)
    return col.kind == "text" and col.distinct < 0.5 * max(idx.table.row_count, 1)


_HAVING_NONE = re.compile(
    r"^\s*(?:which|what)\s+(\w+)\s+(?:(?:have|has|had|saw|recorded)\s+(?:no|zero)|(only)\s+(?:have|has|had)"
    r"|(?:have|has|had)\s+(only))\s+(\w+)\b"
)  # "which districts have no urban respondents"; "which sports only have women" (none of any other)
_NEGATED = {"=": "!=", "!=": "=", "in": "not in", "not in": "in", "ilike": "not ilike", "like": "not like"}


def _having_none(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter]) -> Intent | None:
    """ "Which districts have no urban respondents", "which districts have no women using contraception": each group
    none of whose rows meets the condition (its count of them is 0), not the groups that have some other rows."""
    said = _HAVING_NONE.search(q.lower)
    if not said:
        return None
    got = _subject_words([said.group(1)], q, idx, m)
    if (
        got is None
        or got[0] is None
        or got[1]
        or (
            idx.column(got[0].column).is_numeric
            and not _numbered_unit(idx, got[0].column)
            and idx.column(got[0].column).distinct > 60
        )
    ):
        return None
    group = got[0]
    conds = [f for f in filters if f.col.column != group.column]
    if len(conds) != 1 or conds[0].op in ("is null", "is not null"):
        return None  # (nothing said, or more than one condition: not read as one)
    cond = conds[0]
    only = said.group(2) or said.group(3)
    if only and cond.op not in _NEGATED:
        return None  # ("which stores only have more than 3 staff": not a value every row holds)
    after_no = q.token_at(said.start(4))
    name = cond.col.column
    said_flag = after_no in m.columns.get(name, []) or _expand(q.tokens[after_no]) & idx.col_words[name]
    if name in idx.flags and said_flag and cond.op == "=" and cond.value != idx.flags[name]:
        cond = replace(cond, value=idx.flags[name])  # "no urban respondents": none of the urban ones (not the rural)
    if only:  # "only women": no rows of anyone else
        cond = replace(cond, op=_NEGATED[cond.op])
    rest = tuple(f for f in filters if f is not conds[0])
    return Intent(idx.table.name, "having", agg="count", groups=(group,), filters=rest, having=("=", 0), share_of=cond,
                  entity=said.group(4))  # fmt: skip


def _having(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter]) -> Intent | None:
    """ "Which artists have more than 35 songs", "which departments have an average salary above 90000": groups kept
    by a condition on their aggregate (HAVING), not rows kept by a condition on a column."""
    text = q.lower
    counted = re.match(r"\s*how\s+many\s+", text)
    if counted:  # "how many artists have 50 or more works": which artists, then how many of them
        text = "which " + text[counted.end() :]
        text = re.sub(r"\b(\d+)\s+or\s+more\b", r"at least \1", text)
        text = re.sub(r"\b(\d+)\s+or\s+(?:fewer|less)\b", r"at most \1", text)
        text = re.sub(r"\b(?:exactly|just|only)\s+(?:one|a single|1)\b", "exactly 1", text)
    told = re.match(
        r"\s*(?:(?:list|show|give|name|find)(?:\s+me)?\s+(?:all\s+)?the|(?:in|during|for)\s+which)\s+(\w+)\s+"
        r"(?:when|where|in which|during which|did|was|were)\s+(?:the\s+)?((?:average|mean|avg|total|median)\s+.*?)\s+"
        r"(?:was|were|is|are|come|came|go|went|stay|stayed)?\s*(?=(?:more|greater|higher|over|above|exceeding|at|fewer|less|lower|"
        r"under|below)\b)",
        text,
    )
    if told:  # "list the years when the average Brent price was over $90": which years had an average over 90
        text = f"which {told.group(1)} had {told.group(2)} " + text[told.end() :]
    mt = _HAVING.search(text)
    if not mt:
        return None
    words = [w for w in mt.group(1).split() if w not in STOP]
    if not words:
        return None
    got = _subject_words(words, q, idx, m)
    if (
        got is None
        or got[0] is None
        or got[1]
        or (
            idx.column(got[0].column).is_numeric and got[0].column != _year_column(idx) and not _numbered_unit(idx, got[0].column)
        )
    ):
        return None  # (but "which schools have ..." over a `school` number: the schools)
    group = got[0]
    agg_word, middle, unit = mt.group(2), mt.group(3).split(), mt.group(6)
    op, bound = _HAVING_OPS[mt.group(4)], _num(mt.group(5))
    table, entity = idx.table.name, _entity(q, idx)
    if agg_word:
        names = [c for w in middle + ([unit] if unit else []) for c, ws in idx.col_words.items()
                 if idx.column(c).is_numeric and c not in idx.id_cols and _hits_column(w, ws)]  # fmt: skip
        if not names:
            return None
        measure = max(names, key=lambda c: m.column_score.get(c, 0))
        agg = {"mean": "avg", "avg": "avg", "average": "avg", "median": "median"}.get(agg_word, "sum")
        rest = tuple(f for f in filters if f.col.column not in (measure, group.column))
        return Intent(table, "having_count" if counted else "having", agg=agg, measure=measure, groups=(group,), filters=rest,
                      having=(op, bound), entity=mt.group(1).strip() if counted else entity)  # fmt: skip
    rows_named = bool(unit) and any(  # "counties with at least 10 districts" over a `district` number each row
        idx.col_meaning[c.name] == [singular(unit)] and c.distinct >= 0.95 * max(idx.table.row_count, 1)
        for c in idx.table.columns
    )
    if not middle and unit and (_entity_noun(unit, idx) or unit in ("rows", "entries", "records", "items") or rows_named):
        rest = tuple(f for f in filters if f.col.column != group.column and not (f.op == op and f.value == bound))
        measured = [c for c in m.columns if c != group.column and idx.column(c).is_numeric and c != _year_column(idx)]
        if counted and (measured or idx.weight or bound >= idx.table.row_count):
            return None  # ("how many years had more than 2 million marriages": a column's values, not rows per year)
        if counted:
            return Intent(table, "having_count", agg="count", groups=(group,), filters=rest, having=(op, bound),
                          entity=mt.group(1).strip())  # fmt: skip
        return Intent(table, "having", agg="count", groups=(group,), filters=rest, having=(op, bound), entity=unit)
    return None


def _summed_share(q: Question, idx: _TableIndex, m: Mentions) -> str | None:
    """ "What share of total revenue came from chicken pizzas", "the percentage of the 2021 population living in cities":
    a share of an amount added up over the rows, not of the rows."""
    mt = q.phrase(
        r"\b(?:percent(?:age)?|share|proportion|fraction)\s+of\s+(?:all\s+)?(?:the\s+)?(?:total\s+|all\s+|overall\s+)?"
        r"(?:\d{4}\s+)?(\w+)(?:\s+(\w+))?"
    )
    if not mt:
        return None
    spots = [q.token_at(mt.start(1))]
    if mt.group(2) and mt.group(1) == singular(mt.group(1)) and not _entity_noun(mt.group(1), idx):
        spots.append(q.token_at(mt.start(2)))  # "all the accidental deaths": the deaths (not "employees work")
    for at in spots:
        named = [c for c, pos in m.columns.items() if at in pos and idx.column(c).is_numeric and c not in idx.id_cols]
        amount = q.tokens[at + 1 : at + 2] in (["consumption"], ["use"], ["usage"], ["production"], ["output"])
        said = {w for k in (at, at + 1) if k < len(q.tokens) for w in (q.tokens[k], q.singles[k])}
        if len(named) > 1:  # "all battle deaths" over `battleDeaths` and `battleDeathsPMP`: the one named whole
            named = [c for c in named if set(idx.col_meaning[c]) <= said] or named
        whole = len(named) == 1 and (
            idx.col_meaning[named[0]] in ([q.singles[at]], [q.tokens[at]])  # `riders` itself
            or (len(idx.col_meaning[named[0]]) == 2 and set(idx.col_meaning[named[0]]) <= said)
        )
        tally = whole and " all " in f" {mt.group(0)} " and named[0] != _year_column(idx)  # "of all assassinations" over a
        tally = tally and idx.column(named[0]).kind == "integer" and isinstance(idx.column(named[0]).min, int)
        tally = tally and idx.column(named[0]).min >= 0  # row's count of them: added up (not "of the children": rows)
        counted = whole and (named[0] == _traffic_count(idx) or tally)  # "all the riders" over a month's `riders`
        if len(named) != 1 or not (_additive(named[0]) or q.tokens[at] in _MONEY_TOTALS or amount or counted):
            continue  # ("of all gas consumption": an amount used, added up)
        if q.tokens[at] != q.singles[at] and q.tokens[at - 1] != "total" and not whole:
            continue  # "the percentage of bills at dinner": bills are rows, counted (but "of total sales", "of all the
            # passengers" over `passengers`: added up)
        return named[0]
    return None


_MONEY_TOTALS = frozenset({"revenue", "revenues", "takings", "turnover", "earnings", "spending", "income"})


def _repeated_name(idx: _TableIndex) -> str | None:
    """The `name` (or title, product, item) of the things a row records, when each recurs over many rows: a row per pizza
    sold names its pizza, so "the most popular pizza" is the name with the most rows."""
    named = [
        c.name for c in idx.table.columns
        if c.kind == "text" and set(_split_name(c.name)) & {"name", "title", "product", "item", "model"}
        and 1 < c.distinct <= 0.2 * max(idx.table.row_count, 1)
    ]  # fmt: skip
    return named[0] if len(named) == 1 else None


def _date_of_named_row(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], groups: list[ColRef]) -> Intent | None:
    """ "What date was Thanksgiving in 2015?", "When is Mother's Day in 2027?", "What day of the week was Halloween in
    2025?": the date (or its weekday) of the rows a named value picks out."""
    asked = q.phrase(
        r"^\s*(?:when\s+(?:is|was|will|did|does)|(?:on\s+)?(?:what|which)\s+(date|day\s+of\s+the\s+week|weekday|day)\s+"
        r"(?:is|was|will|did|does|falls?|fell))\b"
    )
    date_col = _date_column(idx, m)
    named = [f for f in filters if f.op == "=" and not f.col.part and idx.column(f.col.column).kind == "text"]
    if asked is None or date_col is None or groups or not named or idx.column(date_col).kind != "date":
        return None
    if any(idx.column(c).is_numeric for c in m.columns if c != date_col):
        return None  # "when was the price of X highest": a measure, read elsewhere
    part = (
        "weekday" if asked.group(1) and asked.group(1) != "date" and "day" in asked.group(1) and asked.group(1) != "day" else None
    )
    return Intent(idx.table.name, "distinct", groups=(ColRef(date_col, part),), filters=tuple(filters), entity="rows")


def _timed_extreme(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], groups: list[ColRef]) -> Intent | None:
    """ "The fastest winning time", "who ran the slowest time", "which year had the fastest time" over a race time kept
    as a TIME (`02:10:00`): the least time is the fastest."""
    timed = [c.name for c in idx.table.columns if c.type.upper() == "TIME"]
    said = q.phrase(r"\b(fastest|quickest|slowest)\b")
    if len(timed) != 1 or said is None or any(idx.column(c).is_numeric for c in m.columns if c != _year_column(idx)):
        return None
    # read as the most (flipped to the least time by the engine's `_timed`, as for every measure of time)
    order, agg = ("desc", "max") if said.group(1) in ("fastest", "quickest") else ("asc", "min")
    table, time = idx.table.name, timed[0]
    if groups:  # "the fastest winning time for each event"
        return Intent(table, "agg", agg=agg, measure=time, groups=tuple(groups), filters=tuple(filters), entity="rows")
    which = q.phrase(r"^\s*(?:in\s+)?(?:which|what)\s+(?:\d+\s+)?(?!is\b|was\b|are\b|were\b)(\w+)|^\s*(who|when)\b")
    if which is None:  # "what was the fastest winning time ever"
        return Intent(table, "agg", agg=agg, measure=time, filters=tuple(filters), entity="rows")
    word = which.group(1) or which.group(2)
    label = None
    if word in ("year", "years", "when"):
        label = _year_column(idx) or _date_column(idx)
    elif word not in ("who",):
        label = next((c for c in idx.col_words if c != time and q.singles[q.token_at(which.start(1))] in idx.col_words[c]), None)
    if label is None:  # "who ran the slowest time": the person, the champion, the winner
        label = idx.person_column() or next(
            (c.name for c in idx.table.columns if c.kind == "text" and set(_split_name(c.name)) & {"champion", "winner", "name"}),
            None,
        )
    if label is None:
        return None
    return Intent(table, "row_extreme", measure=time, filters=tuple(filters), order=order, limit=_limit(q) or 1, label=label,
                  entity="rows")  # fmt: skip


_WINNERS = frozenset({"winners", "winner", "champions", "champion", "laureates", "laureate", "medalists", "medallists"})


def _wins_reading(q: Question, idx: _TableIndex, filters: list[Filter], groups: list[ColRef]) -> Intent | None:
    """Over a table of winners (a row per win): "who has won the most times" counts each person's rows, "which
    runners won more than once" keeps the people with more than one row."""
    if not set(_split_name(idx.table.name)) & _WINNERS or groups:
        return None
    person = idx.person_column() or next(
        (c.name for c in idx.table.columns if c.kind == "text" and _split_name(c.name) in (["name"], ["winner"])), None
    )
    if person is None or not q.phrase(r"^\s*(?:who|which)\b"):
        return None
    rest = tuple(f for f in filters if f.col.column != person)
    if q.phrase(r"\bwon\b.*\bthe\s+most\b|\bthe\s+most\s+(?:wins|titles|victories)\b"):
        return Intent(idx.table.name, "top", agg="count", groups=(ColRef(person),), filters=rest, order="desc",
                      limit=_limit(q) or 1, entity="wins")  # fmt: skip
    again = q.phrase(
        r"\bwon\s+(?:(?:it|them|this)\s+)?(more\s+than\s+(?:once|1)|at\s+least\s+(?:twice|2)|twice\s+or\s+more|multiple\s+times|more\s+than\s+one\s+time)\b"
    )
    if again:
        return Intent(idx.table.name, "having", agg="count", groups=(ColRef(person),), filters=rest, having=(">", 1),
                      entity="wins")  # fmt: skip
    return None


def _counted_noun_at(q: Question) -> int | None:
    """Where the noun "how many" counts stands, past a "different" before it ("how many different days")."""
    at = q.entity_pos
    if at is not None and q.tokens[at] in ("different", "distinct", "unique", "separate") and at + 1 < len(q.tokens):
        at += 1
    return at


def _counted_days(q: Question, idx: _TableIndex) -> str | None:
    """The date column "how many days" counts when a day holds several rows (half-hourly readings, a day's orders)."""
    at = _counted_noun_at(q)
    if at is None or q.tokens[at] not in ("days", "dates"):
        return None
    dated = [c for c in idx.table.columns if c.kind == "date"]
    if len(dated) != 1 or dated[0].distinct >= 0.9 * max(idx.table.row_count, 1):
        return None
    return dated[0].name


def _counted_timestamp_days(q: Question, idx: _TableIndex) -> str | None:
    """The timestamp column whose days "on how many days were readings taken" counts: each day once."""
    at = _counted_noun_at(q)
    if at is None or q.tokens[at] not in ("days", "dates") or any(c.kind == "date" for c in idx.table.columns):
        return None
    stamped = [c for c in idx.table.columns if c.kind == "timestamp"]
    return stamped[0].name if len(stamped) == 1 else None


def _rate_of_value(q: Question, m: Mentions, idx: _TableIndex | None = None) -> int | None:
    """Where "rate" asks for a share of rows holding a value or a yes: "the highest rate of positive tests", "the positive
    rate by clinic", "the smoking rate" (no column named a rate there; "the unemployment rate" is a column)."""
    named = {p for pos in m.columns.values() for p in pos}
    for i, tok in enumerate(q.tokens):
        if tok not in ("rate", "rates") or i in named:
            continue
        after = q.tokens[i + 1 : i + 2] == ["of"] and any(s in (i + 2, i + 3) for s, _, _, _ in m.values)
        before = any(e == i for _, e, _, _ in m.values)
        flagged = idx is not None and any(  # "the smoking rate" over `smoke` (named before the filter took it)
            i - 1 in pos and c in idx.flags for c, pos in idx.mentions(q).columns.items()
        )
        if after or before or flagged:
            return i
    return None


_PERIOD_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "yearly", "annual", "hourly", "quarterly", "nightly"})
_STATISTIC_CLIPS = {"median": ("med", "median"), "average": ("avg", "mean", "average"), "mean": ("avg", "mean"),
                    "maximum": ("max",), "minimum": ("min",)}  # fmt: skip


def _summed_column_named(q: Question, idx: _TableIndex) -> Question:
    """ "A combined SAT score above 120" over `sat_sum` beside `sat_v` and `sat_m`: the column the data keeps summed,
    named by the words of the rest of its name; read as that column's own name, not as a sum over rows."""
    for c in idx.table.columns:
        meaning = idx.col_meaning[c.name]
        rest = [w for w in meaning if w not in ("sum", "total", "tot")]
        if not c.is_numeric or len(rest) != 1 or len(meaning) != 2:
            continue
        said = re.search(rf"\b(?:combined|summed)\s+{re.escape(rest[0])}\b", q.text, re.IGNORECASE)
        if said:
            return Question(q.text[: said.start()] + c.name + q.text[said.end() :])
    return q


def _stated_statistic(q: Question, idx: _TableIndex, m: Mentions) -> set[int]:
    """Positions of a statistic's word that a column's name already holds, clipped: "the lowest median earnings" over
    `earnings_med` ranks the medians the data gives, it does not take a median of them."""
    out: set[int] = set()
    for i, tok in enumerate(q.tokens):
        clips = _STATISTIC_CLIPS.get(tok)
        if not clips:
            continue
        for c, pos in m.columns.items():
            meaning = idx.col_meaning[c]
            if (i + 1 in pos or i - 1 in pos) and i not in pos and set(clips) & set(meaning):
                if idx.column(c).is_numeric and len(meaning) > 1:
                    out.add(i)
    return out


def _counted_id(q: Question, idx: _TableIndex) -> str | None:
    """The id column "how many orders" counts when several rows share one (`order_id` over a row per item ordered). A
    bare `id` says nothing of what it numbers: over `retina_eyes` it is the patient's, two eyes each. Nor does a
    `test_id` with two values over 15,000 tests: that is the kind of test, not which one."""
    at = q.entity_pos
    if at is None:
        return None
    noun = q.singles[at]
    ids = [
        c for c in idx.table.columns
        if (
            _split_name(c.name) in ([noun, "id"], [noun, "number"], [noun, "no"])
            or _numbers(c, noun, q.tokens[at])
            or _clipped_id(c, noun)
        )
        and max(2, idx.table.row_count / 1000) < c.distinct < 0.9 * max(idx.table.row_count, 1)
    ]  # fmt: skip
    return ids[0].name if len(ids) == 1 else None


# Things a study or a panel numbers 1 to n that stay the same one from row to row (not a day, a quarter or an episode,
# which number positions within something else).
_UNIT_NOUNS = PLACE_CODE_NOUNS | frozenset(
    {"center", "centre", "clinic", "farm", "plot", "village", "household", "family", "unit", "lab", "shop", "classroom"}
)


def _clipped_id(col: ColumnProfile, noun: str) -> bool:
    """An id named by the noun clipped ("respondents" over `RESP`, "professors" over `prof_id`): whole numbers or codes
    that name one thing each, several rows apiece."""
    parts = _split_name(col.name)
    head = parts[0] if parts else ""
    return (
        (len(parts) == 1 or parts[1:] in (["id"], ["no"], ["number"]))
        and 3 <= len(head) and len(noun) >= len(head) + 3 and noun.startswith(head)
        and (col.kind == "integer" or (len(parts) == 2 and col.kind == "text"))
    )  # fmt: skip


def _numbers(col: ColumnProfile, noun: str, said: str) -> bool:
    """A column named in the singular for a plural noun, holding 1, 2, 3 ... n: the number of each one, so "how many
    centers" over `center` 1-10, a row per center and week, counts ten. A plural name (`children`, `stars`) or numbers
    that skip are amounts instead."""
    return (
        col.kind == "integer"
        and (noun in _UNIT_NOUNS or singular(noun) in _UNIT_NOUNS)
        and col.name.lower() in _expand(noun)
        and said != noun
        and col.min in (0, 1)
        and isinstance(col.max, int)
        and col.max - col.min + 1 == col.distinct
    )


def _unpinned_label(label: str | None, filters: list[Filter], idx: _TableIndex, measure: str | None) -> str | None:
    """The column naming a ranked row, unless a condition already fixes it to one value: "when was Ireland's population
    at its lowest" names Ireland, so the row is named by its year (or date) instead."""
    if label is None or not any(f.col.column == label and f.op == "=" for f in filters):
        return label
    when = _year_column(idx) or _date_column(idx)
    return when if when and when != measure else label


def _counted_years(q: Question, idx: _TableIndex) -> str | None:
    """The column whose years "how many years" counts: the calendar year column, else the dates' years."""
    at = _counted_noun_at(q)
    dated = _date_column(idx)
    if at is None or q.tokens[at] != "years":
        return None
    year = _year_column(idx)
    lowest = idx.column(year).min if year else None
    if year and isinstance(lowest, (int, float)) and lowest >= 1000 and q.tokens[at + 1 : at + 2] != ["of"]:
        return year  # "how many years are there" over a `Year` of 1610 ... 2021: each once (not "years of experience")
    return dated if dated and not year else None


def _counted_quarters(q: Question, idx: _TableIndex) -> str | None:
    """The text quarters ('1998 Q1') "how many quarters" counts, once each, over a row per place and quarter."""
    at = _counted_noun_at(q)
    dated = _date_column(idx)
    if at is None or q.tokens[at] != "quarters" or not dated:
        return None
    return dated if any(c[0] == dated and c[1] == QUARTER_FORMAT for c in idx.casts) else None


def _population_counted(q: Question, idx: _TableIndex) -> str | None:
    """The one `population` column "how many people" adds up, in a table of places (a row per country and year), not
    of people."""
    at = q.entity_pos
    if at is None or q.tokens[at] not in ("people", "persons", "inhabitants", "residents"):
        return None
    pops = [c.name for c in idx.table.columns if c.is_numeric and {"population", "pop"} & set(_split_name(c.name))]
    personal = any({"age", "sex", "gender"} & set(_split_name(c.name)) for c in idx.table.columns)  # (a row per person)
    return pops[0] if len(pops) == 1 and not personal else None


def _traffic_count(idx: _TableIndex) -> str | None:
    """The one count a row records (`passengers` a month, `visits` a day): what "busiest" and "quietest" rank by."""
    counts = [
        c.name for c in idx.table.columns
        if c.is_numeric and c.name not in idx.id_cols and c.name != _year_column(idx)
        and _split_name(c.name)[-1:] not in (["quarter"], ["month"], ["day"], ["week"], ["hour"])
    ]  # fmt: skip
    if len(counts) > 1:  # `riders` a day beside its weather: the count the table is named for, or a people count
        named = [c for c in counts if idx.column(c).kind == "integer" and set(idx.col_meaning[c]) & (idx.name_words | _TRAFFIC)]
        counts = named if len(named) == 1 else counts
    return counts[0] if len(counts) == 1 and idx.column(counts[0]).kind == "integer" else None


_TRAFFIC = frozenset({"riders", "rides", "passengers", "visitors", "visits", "trips", "customers", "guests", "users"})


def _few_repeated(idx: _TableIndex, column: str) -> bool:
    """A numeric column of few values, each on many rows: one whose most common value means something."""
    distinct = idx.column(column).distinct
    return 0 < distinct <= 60 or (0 < distinct <= 0.1 * idx.table.row_count and distinct <= 500)


def _named_count(idx: _TableIndex, word: str) -> str | None:
    """A column of counts a word names ("passenger" for `passengers`): "the passenger count" is its values (also
    "the calorie count" over `Calories` kept as 100.0, 110.0)."""
    named = [
        c.name for c in idx.table.columns
        if (c.kind == "integer" or (c.kind == "number" and _whole_ends(c)))
        and c.name not in idx.id_cols and c.name != _year_column(idx) and _names_word(word, idx.col_words[c.name])
    ]  # fmt: skip
    return named[0] if len(named) == 1 else None


# What a measure counts when more of it is worse: "the worst month" for deaths has the most of them.
_HARMS = frozenset({"death", "deaths", "casualties", "casualty", "injuries", "injured", "killed", "accidents", "accident",
                    "crimes", "crime", "fatalities", "errors", "defects", "complaints", "delay", "delays", "unemployment"})  # fmt: skip

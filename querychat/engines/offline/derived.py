"""Columns a question asks for that the table holds only inside others: a difference or a ratio of two columns on
each row, or the state at the end of 'Name, ST' values.

"The average difference between the daily high and low temperature" asks for `highT - lowT` on each row, then its
average; "the county with the most beds per hospital" for `Beds / Hospitals`; "the number of counties per state" over
counties written 'Bay, FL' for the code after the comma. No column holds any of them, so the engine reads the question
over the table with one more column (a figure under a placeholder name the rewritten question names, "the average
derivedfigure"; the state codes under `state`); the reading then names a figure by its expression, and the SQL adds
the column in a subquery, so the query still runs on the file as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...schema import ColumnProfile, TableProfile, quote_ident
from ..intent import ColRef, Filter, Intent, _split_name
from ..lexicon import PLACE_CODE_NOUNS, US_STATES
from .table_index import _TableIndex
from .words import _NUMBER_WORDS, Question

US_STATE_CODES = frozenset(US_STATES.values())
PLACEHOLDER = "derivedfigure"  # one word no data names, so the rewritten question reads it as exactly this column

_ARTICLE = r"(?:(?:the|its|their|his|her|each|a|an)\s+)?"
# "the difference (gap, swing) between the high and the low temperature"
_BETWEEN = re.compile(
    rf"\b(difference|gap|swing|spread)\s+between\s+{_ARTICLE}([a-z][\w ]*?)\s+and\s+{_ARTICLE}([a-z][\w ]*?)"
    r"(?=\s*(?:[?.,!(]|$|\b(?:for|in|on|of|by|per|across|among|when|where|during|over|each|and)\b))",
    re.IGNORECASE,
)  # (also "... and the oral score (written minus oral)")
# "beds per hospital", "fiber per calorie": one column over another, row by row
_PER = re.compile(r"\b([a-z]+)\s+per\s+([a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
_NOT_PER = frozenset({"capita", "cent", "person", "head", "day", "week", "month", "year", "hour", "minute", "game", "unit"})


_MORE_WORDS = r"higher|more|bigger|larger|greater|longer|heavier|older|taller|wider"
_LESS_WORDS = r"lower|less|smaller|shorter|lighter|younger|narrower"
# "how much taller is the husband than the wife", "how much higher is the pain score on movement than at rest"
_MORE_THAN = re.compile(
    rf"\bhow\s+(?:much|many\s+[a-z]+)\s+({_MORE_WORDS}|{_LESS_WORDS})\s+(?:is|are|was|were)\s+(?:the\s+)?([a-z][\w ]*?)\s+than\s+"
    r"(?:(?:the|their|his|her|its)\s+)?([a-z][\w ]*?)(?=\s*(?:[?.,!]|$|\b(?:on average|in|for|among|across)\b))",
    re.IGNORECASE,
)


_RISES = r"increase|increases|rise|rises|growth|gain|gains|jump|change|changes"
_FALLS = r"drop|drops|decline|declines|decrease|decreases|fall|falls"
# "the biggest increase in days above 70 between 1948 and 2018" over `dx70_1948` and `dx70_2018`
_YEARS_CHANGE = re.compile(
    rf"\b(?:(biggest|largest|greatest|highest|most|smallest|lowest|least)\s+)?({_RISES}|{_FALLS})\s+in\s+(?:the\s+)?"
    r"(?:number\s+of\s+)?([a-z0-9][^?.,]*?)\s+(?:between|from)\s+(\d{4})\s+(?:and|to)\s+(\d{4})\b",
    re.IGNORECASE,
)
# "on average, how much did the number of days above 90 change from 1948 to 2018"
_HOW_MUCH_CHANGE = re.compile(
    r"\bhow\s+much\s+did\s+(?:the\s+)?(?:number\s+of\s+)?([a-z0-9][^?.,]*?)\s+"
    r"(?:change|grow|rise|increase|fall|drop|decline|decrease)\s+(?:between|from)\s+(\d{4})\s+(?:and|to)\s+(\d{4})\b",
    re.IGNORECASE,
)


# "the highest combined score across all five tests", "the average across all five test scores"
_ALL_N = re.compile(
    r"\b(combined|total|overall|summed|average|mean)\s+(?:(?:score|scores|marks?|points?|results?|mark)\s+)?"
    r"(?:across|over|on|in|for|of)\s+(?:all\s+)?(?:the\s+|their\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:\w+\s+)?(?:tests?|subjects?|scores?|exams?|papers?|sections?|parts?|events?|measures?|rounds?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Derived:
    """A column the question asks for that the table holds only inside others: the name a reading shows, its SQL, the
    question rewritten to name it, and the column as the reading sees it (a number under the placeholder name, or the
    state codes of 'Name, ST' values under `state`)."""

    name: str
    sql: str
    question: str
    column: ColumnProfile | None = None
    reread: bool = False  # the rewritten question, not the asked one, says which words and numbers were read

    @property
    def seen(self) -> ColumnProfile:
        return self.column or ColumnProfile(PLACEHOLDER, "DOUBLE", "number")


def derived_figure(question: str, idx: _TableIndex) -> Derived | None:
    """The difference or ratio of two numeric columns the question asks for, row by row, or the state inside 'Name, ST'
    values; None if it asks for none."""
    if PLACEHOLDER in (c.name for c in idx.table.columns):
        return None
    state = _state_inside(question, idx)
    if state is not None:
        return state
    whole_rows = _years_change(question, idx) or _all_columns(question, idx)  # figures of each row's columns together
    if whole_rows is not None:
        return whole_rows
    for mt in _BETWEEN.finditer(question):
        first, second = mt.group(2), mt.group(3)
        a = _column(first, idx) or _column(f"{first} {second.split()[-1]}", idx)  # "the high and low temperature"
        b = _column(second, idx)
        if a and b and a != b:
            rest = re.sub(r"^\s*\([^)]*\)", "", question[mt.end() :])  # ("(written minus oral)": the same said again)
            rewritten = question[: mt.start()] + f"{mt.group(1)} {PLACEHOLDER}" + rest
            return Derived(f"{a} - {b}", f"{quote_ident(a)} - {quote_ident(b)}", rewritten)
    more = _MORE_THAN.search(question)
    if more and re.search(r"\b(?:average|mean|typically|typical)\b", question, re.IGNORECASE):
        word = more.group(1).lower()  # "on average, how many years older is the husband than the wife": row by row
        a = _column(f"{more.group(2)} {word}", idx) or _column(more.group(2), idx)
        b = _column(f"{more.group(3)} {word}", idx) or _column(more.group(3), idx)
        if a and b and a != b:
            if re.fullmatch(_LESS_WORDS, word):
                a, b = b, a  # "how much shorter is the wife than the husband": the husband's minus the wife's
            rewritten = question[: more.start()] + f"what is the average {PLACEHOLDER}" + question[more.end() :]
            return Derived(f"{a} - {b}", f"{quote_ident(a)} - {quote_ident(b)}", rewritten)
    for mt in _PER.finditer(question):
        words = mt.group(2).lower().split()
        if words[0] in _NOT_PER or re.match(r"\d", mt.group(2)):
            continue
        head = _column(mt.group(1), idx)
        base = (_column(words[-1], idx) if len(words) > 1 else None) or _column(mt.group(2), idx) or _column(words[0], idx)
        if not head or not base or head == base or _whole_name(mt.group(0), idx):
            continue
        col = idx.column(base)
        counted = base.lower() in (words[-1] + "s", words[-1] + "es")  # "beds per hospital" over a count `Hospitals`
        measured = col.distinct >= 0.5 * max(idx.table.row_count, 1)  # an amount on each row, not a code of a group
        if not (counted or measured) or base == idx.year_col:  # ("weight per rat" over rats 1-16, "per magnitude": groups)
            continue
        if (
            col.kind == "integer"
            and not counted
            and col.distinct >= 0.95 * max(idx.table.row_count, 1)
            and (set(idx.col_meaning[base]) & PLACE_CODE_NOUNS or base in idx.id_cols)
        ):
            continue  # "computers per district" over a `district` number a row: each row's, not a division by its number
        start = mt.start()
        lead = re.search(r"(?:\b(?:number|amount|count)\s+of\s+)$", question[:start], re.IGNORECASE)
        if lead:  # "the average number of beds per hospital": the ratio itself
            start = lead.start()
        rewritten = question[:start] + PLACEHOLDER + question[mt.end() :]
        return Derived(f"{head} / {base}", f"{quote_ident(head)} / NULLIF({quote_ident(base)}, 0)", rewritten)
    return None


def _years_change(question: str, idx: _TableIndex) -> Derived | None:
    """A change between two years over a table with a column per year ("the biggest increase in days above 70 between
    1948 and 2018" over `dx70_1948` and `dx70_2018`): the later year's column minus the earlier's, row by row; the
    biggest drop is its lowest."""
    mt = _YEARS_CHANGE.search(question)
    much = None if mt else _HOW_MUCH_CHANGE.search(question)
    if much and not re.search(r"\b(?:average|on average|mean|typical|typically)\b", question, re.IGNORECASE):
        return None  # ("how much did it change" over many rows: which of their changes is not said)
    if not (mt or much):
        return None
    phrase, y1, y2 = (mt.group(3), mt.group(4), mt.group(5)) if mt else (much.group(1), much.group(2), much.group(3))  # type: ignore[union-attr]
    early, late = _column(f"{phrase} {y1}", idx), _column(f"{phrase} {y2}", idx)
    if not early or not late or early == late or y1 not in idx.col_words[early] or y2 not in idx.col_words[late]:
        return None
    if mt:
        most, word = (mt.group(1) or "").lower(), mt.group(2).lower()
        fell = re.fullmatch(_FALLS, word) is not None
        if most:  # "the biggest drop": the lowest change; "the smallest increase": the lowest too
            low = fell != (most in ("smallest", "lowest", "least"))
            said = f"{'lowest' if low else 'highest'} {PLACEHOLDER}"
        else:
            said = PLACEHOLDER
        rewritten = question[: mt.start()] + said + question[mt.end() :]
    else:
        rewritten = question[: much.start()] + f"what is the average {PLACEHOLDER}" + question[much.end() :]  # type: ignore[union-attr]
    return Derived(f"{late} - {early}", f"{quote_ident(late)} - {quote_ident(early)}", rewritten, reread=True)


def _all_columns(question: str, idx: _TableIndex) -> Derived | None:
    """The sum (or mean) of every measure of a row when the question counts them ("the combined score across all five
    tests" over five score columns beside an id and some categories): their sum, row by row."""
    mt = _ALL_N.search(question)
    if mt is None:
        return None
    said = mt.group(2).lower()
    n = int(said) if said.isdigit() else _NUMBER_WORDS.get(said, 0)
    measures = [
        c.name for c in idx.table.columns
        if c.is_numeric and c.name not in idx.id_cols and c.name not in idx.flags and c.name != idx.year_col
    ]  # fmt: skip
    if n < 2 or len(measures) != n:
        return None  # (which of more columns are the five is not said)
    total = " + ".join(quote_ident(c) for c in measures)
    mean = mt.group(1).lower() in ("average", "mean")
    rewritten = question[: mt.start()] + PLACEHOLDER + question[mt.end() :]
    if mean:
        return Derived(f"({' + '.join(measures)}) / {n}", f"({total}) / {n}.0", rewritten, reread=True)
    return Derived(" + ".join(measures), total, rewritten, reread=True)


def with_figure(table: TableProfile, d: Derived) -> TableProfile:
    """The table with the column the rewritten question names (a number on every row under the placeholder name)."""
    extra = d.column or replace(d.seen, distinct=table.row_count)
    return replace(table, columns=(*table.columns, extra))


def _state_inside(question: str, idx: _TableIndex) -> Derived | None:
    """ "Number of counties per state" over counties written 'Bay, FL' and no state column: the code after the comma."""
    if not re.search(r"\bstates?\b", question, re.IGNORECASE) or any(
        {"state", "states", "st"} & set(_split_name(c.name)) for c in idx.table.columns
    ):
        return None
    for c in idx.table.columns:
        if c.kind != "text" or not c.values_complete or len(c.values) < 5:
            continue
        tails = [str(v).rsplit(",", 1)[1].strip() for v in c.values if "," in str(v)]
        if len(tails) < 0.9 * len(c.values) or not all(t in US_STATE_CODES for t in tails):
            continue
        codes = tuple(sorted(set(tails)))
        col = ColumnProfile("state", "VARCHAR", "text", distinct=len(codes), values=codes, values_complete=True)
        return Derived("state", f"TRIM(SPLIT_PART({quote_ident(c.name)}, ',', -1))", question, col)
    return None


def named(intent: Intent, d: Derived) -> Intent:
    """The reading with the placeholder named by the figure's expression, and the expression added to its SQL."""
    placeholder = d.seen.name

    def ref(c: ColRef) -> ColRef:
        return replace(c, column=d.name) if c.column == placeholder else c

    def cond(f: Filter | None) -> Filter | None:
        if f is None:
            return None
        value = ref(f.value) if isinstance(f.value, ColRef) else f.value
        return replace(f, col=ref(f.col), value=value)

    used = placeholder in (
        intent.measure,
        intent.label,
        *(g.column for g in intent.groups),
        *(f.col.column for f in intent.filters),
        *(m for _, m in intent.more),
    )
    if not used:
        return intent
    return replace(
        intent,
        measure=d.name if intent.measure == placeholder else intent.measure,
        label=d.name if intent.label == placeholder else intent.label,
        groups=tuple(ref(g) for g in intent.groups),
        filters=tuple(cond(f) for f in intent.filters),  # type: ignore[misc]
        share_of=cond(intent.share_of),
        more=tuple((a, d.name if m == placeholder else m) for a, m in intent.more),
        casts=(*intent.casts, (d.name, d.sql, "derived")),
    )


def _column(phrase: str, idx: _TableIndex) -> str | None:
    """The one numeric column a short phrase names ("daily high" `highT`, "start speed" `StartSpeed`)."""
    q = Question(phrase)
    if not q.tokens:
        return None
    m = idx.mentions(q)
    found = [c for c in m.columns if idx.column(c).is_numeric and c not in idx.id_cols]
    headed = [c for c in found if len(q.tokens) - 1 in m.columns[c]]
    found = headed or found  # "hospital bed": the beds, the noun the other word describes
    if not found:
        return None
    best = max(m.column_score.get(c, 0.0) for c in found)
    top = [c for c in found if m.column_score.get(c, 0.0) == best]
    return top[0] if len(top) == 1 else None


def _whole_name(phrase: str, idx: _TableIndex) -> bool:
    """ "Points per game" over a column `points_per_game`: a column the phrase names whole, no ratio to make."""
    words = [w.lower() for w in re.findall(r"[a-z]+", phrase, re.IGNORECASE)]
    return any("per" in _split_name(c.name) and set(_split_name(c.name)) - {"per"} <= set(words) for c in idx.table.columns)

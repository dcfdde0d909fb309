"""The offline engine's reading of a question: what to compute, grouped, filtered and ordered how.

Plain data shared by the parser (the ``offline/`` package), the SQL builder (``sql_builder.py``) and the answer
templates (``answers.py``), with the few helpers all three need to name columns and literals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..schema import ColumnProfile, quote_ident

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                "December"]  # fmt: skip


# A quarter written as text ('1998 Q1'): no strptime format reads it, so the SQL builder converts it by its parts.
QUARTER_FORMAT = "%Y Q%q"
WEEK_FORMAT = "%G W%V"  # an ISO week written '1991 W06', as weekly series export it

PART_SQL = {"year": "YEAR", "month": "MONTH", "month_start": "DATE_TRUNC", "weekday": "DAYNAME", "day": "DAY", "quarter": "QUARTER", "date": "CAST",
            "isodow": "ISODOW", "hour": "HOUR"}  # fmt: skip


@dataclass(frozen=True)
class ColRef:
    column: str
    part: str | None = None  # year, month, weekday, quarter for date columns

    def sql(self) -> str:
        col = quote_ident(self.column)
        if self.part == "date":
            return f"CAST({col} AS DATE)"
        if self.part == "month_start":
            return f"DATE_TRUNC('month', {col})"
        if self.part == "monthday":  # a day of the year as month * 100 + day (June 1 is 601), for ranges over any year
            return f"(MONTH({col}) * 100 + DAY({col}))"
        if self.part == "decade":  # a year number rounded down to its decade (1990 for 1997)
            return f"(({col} // 10) * 10)"
        if self.part == "date_decade":  # the same for a date
            return f"((YEAR({col}) // 10) * 10)"
        return f"{PART_SQL[self.part]}({col})" if self.part else col

    def alias(self) -> str:
        return {"month_start": "month", "date_decade": "decade"}.get(self.part, self.part) if self.part else self.column

    def text(self) -> str:
        part = {"isodow": "day of week (1 = Monday)", "month_start": "month", "date_decade": "decade"}.get(
            self.part or "", self.part
        )
        return f"{part} of {self.column}" if self.part else self.column


@dataclass(frozen=True)
class Filter:
    col: ColRef
    op: str  # = != > >= < <= between in like ilike, "is null" / "is not null" (value unused), "has item" / "lacks item"
    # (an item of a list written in one value, value2 the pattern that splits it)
    value: Any  # a literal, or a ColRef for a condition between two columns
    value2: Any = None

    def sql(self) -> str:
        if self.col.part == "monthday":  # June 1 to August 31 of any year, values as month * 100 + day
            (m1, d1), (m2, d2), col = divmod(self.value, 100), divmod(self.value2, 100), quote_ident(self.col.column)
            both = "AND" if self.value <= self.value2 else "OR"  # December 1 to February 28 wraps the year's end
            return (
                f"((MONTH({col}) > {m1} OR MONTH({col}) = {m1} AND DAY({col}) >= {d1}) "
                f"{both} (MONTH({col}) < {m2} OR MONTH({col}) = {m2} AND DAY({col}) <= {d2}))"
            )
        if self.op == "or":  # either of two conditions ("Delta flights or flights from LaGuardia")
            return "(" + " OR ".join(f.sql() for f in self.value) + ")"
        lhs = self.col.sql()
        if self.op == "between":
            return f"{lhs} BETWEEN {_lit(self.value)} AND {_lit(self.value2)}"
        if self.op == "in":
            return f"{lhs} IN ({', '.join(_lit(v) for v in self.value)})"
        if self.op == "not in":
            return f"{lhs} NOT IN ({', '.join(_lit(v) for v in self.value)})"
        if self.op in ("is null", "is not null"):
            return f"{lhs} {self.op.upper()}"
        if self.op in ("has item", "lacks item"):  # 'fr, de': the item itself, so line '1' is not lines 11 and 14
            test = f"list_contains(regexp_split_to_array({lhs}, {_lit(self.value2)}), {_lit(self.value)})"
            return test if self.op == "has item" else f"NOT coalesce({test}, false)"
        return f"{lhs} {self.op.upper()} {_lit(self.value)}"

    def text(self) -> str:
        if self.op == "or":
            return " or ".join(f.text() for f in self.value)
        name = self.col.text()
        if self.col.part == "monthday":
            (m1, d1), (m2, d2) = divmod(self.value, 100), divmod(self.value2, 100)
            return f"{self.col.column} is from {_MONTH_NAMES[m1 - 1]} {d1} to {_MONTH_NAMES[m2 - 1]} {d2}"
        if self.op == "between":
            lo, hi = (str(v) if self._plain() else _fmt(v) for v in (self.value, self.value2))
            return f"{name} is between {lo} and {hi}"
        if self.col.part == "isodow" and self.op == "in":
            return f"{self.col.column} is on a {'weekend' if tuple(self.value) == (6, 7) else 'weekday'}"
        if self.col.part == "month" and self.op == "in":
            names = ", ".join(_MONTH_NAMES[v - 1] for v in self.value if isinstance(v, int) and 1 <= v <= 12)
            return f"the month of {self.col.column} is {names}"
        if self.col.part == "hour" and self.op in ("in", "between"):
            hours = self.value if self.op == "in" else range(self.value, self.value2 + 1)
            return f"the hour of {self.col.column} is {min(hours, key=lambda h: (h - 12) % 24)}:00-{max(hours, key=lambda h: (h - 12) % 24)}:59"
        if self.op in ("is null", "is not null"):
            return f"{name} is {'empty' if self.op == 'is null' else 'not empty'}"
        if self.op in ("in", "not in"):
            vals = " or ".join(str(v) for v in self.value)
            return f"{name} {'is not' if self.op == 'not in' else 'is'} {vals}"
        if self.op in ("like", "ilike") and str(self.value).startswith("%"):
            return f"{name} contains {str(self.value).strip('%')}"
        if self.op in ("has item", "lacks item"):
            return f"{name} {'includes' if self.op == 'has item' else 'does not include'} {self.value}"
        if self.op == "like":
            return f"{name} starts with {str(self.value).rstrip(' %')}"
        words = {"=": "is", "!=": "is not", ">": "is above", ">=": "is at least", "<": "is below", "<=": "is at most"}
        value = str(self.value) if self._plain() and not isinstance(self.value, ColRef) else _fmt(self.value)
        if self.col.part == "month" and isinstance(self.value, int) and 1 <= self.value <= 12:
            value = _MONTH_NAMES[self.value - 1]
        return f"{name} {words.get(self.op, self.op)} {value}"

    def _plain(self) -> bool:
        """Years and other parts of dates are labels: 1970 is not written 1,970."""
        return bool(self.col.part) or "year" in re.split(r"[^a-z]+", self.col.column.lower())


@dataclass(frozen=True)
class Intent:
    table: str
    kind: str  # count | agg | distinct | count_distinct | group_extreme | row_extreme | top | share | difference
    # | having (the groups kept by a condition on their count or figure) | having_count (how many such groups)
    # | avg_count (the rows a group holds, averaged over the groups) | correlation (of two columns, Pearson's r)
    agg: str | None = None
    measure: str | None = None
    groups: tuple[ColRef, ...] = ()
    filters: tuple[Filter, ...] = ()
    order: str | None = None  # asc | desc (by the computed value)
    limit: int | None = None
    label: str | None = None  # the column that names a row (row_extreme, top rows)
    share_of: Filter | None = None  # the condition a share counts; the first side of a difference; the condition a
    # group must have no rows of (having, "which districts have no urban respondents")
    versus: Filter | None = None  # the second side of a difference: "how much higher for A than for B"
    join: tuple[str, str] | None = None  # (other table, key column)
    entity: str = ""  # what the question counts, for the answer ("penguins", "days")
    offset: int = 0  # "the second most": skip the first
    having: tuple[str, Any] | None = None  # (op, value) on the aggregate: "which artists have more than 35 songs"
    weight: str | None = None  # a frequency table's count column: counts sum it instead of counting rows
    casts: tuple[
        tuple[str, str, str], ...
    ] = ()  # text read as dates or numbers: (column, strptime format, date|timestamp|number)
    label_part: str | None = None  # the label shown as a part of its date: "in which year" over a yearly date column
    more: tuple[tuple[str, str], ...] = ()  # further (agg, measure) figures asked beside the first: "min and max price"
    also: tuple[str, ...] = ()  # further columns shown beside ranked rows: "the 3 smallest lots and the price of each"
    counted: str | None = None  # "how many patients per treatment" over several rows per patient: their distinct ids
    key_order: str | None = None  # asc | desc by the group keys, not the figure: "sorted by year", "alphabetically"
    paired: str | None = None  # the second column of a correlation ("between height and weight")

    def casts_of(self, kind: str) -> list[tuple[str, str]]:
        """The (column, detail) pairs of one kind of cast ("daily", "totals", "derived"): the SQL, the answer and the
        checks each ask which table the reading runs over."""
        return [(col, detail) for col, detail, k in self.casts if k == kind]

    def without_casts(self, kind: str) -> Intent:
        """The reading without one kind of cast: the table the outer query of that cast reads from."""
        return replace(self, casts=tuple(c for c in self.casts if c[2] != kind))

    def figures(self) -> list[tuple[str, str]]:
        """Every (agg, measure) figure an aggregate reading computes, its own first."""
        return ([(self.agg, self.measure)] if self.agg and self.measure else []) + list(self.more)

    def count_sql(self) -> str:
        """How many cases the rows stand for: the rows themselves, or the sum of a frequency table's counts."""
        if self.counted:
            return f"COUNT(DISTINCT {quote_ident(self.counted)})"
        return f"SUM({quote_ident(self.weight)})" if self.weight else "COUNT(*)"


def _lit(value: Any) -> str:
    if isinstance(value, ColRef):  # a condition between two columns: "closed higher than it opened"
        return value.sql()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if text.startswith(("DATE '", "TIME '")):
        return text
    return "'" + text.replace("'", "''") + "'"


def _fmt(value: Any) -> str:
    if isinstance(value, ColRef):
        return value.text()
    if value is None:
        return "(missing)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value != value:
            return "(missing)"
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.2f}" if abs(value) >= 1 else f"{value:.3g}"
    text = str(value)
    if text.startswith(("DATE '", "TIME '")):
        return text[6:-1]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return text


def _split_name(name: str) -> list[str]:
    name = re.sub(  # `AHCAvote`: the bill's acronym, then the vote (not "AHC" and "Avote")
        r"^([A-Z]{2,})(vote|votes|rate|count|total|share|score|name|code|date|year|type|status|value|amount|price|cost)$",
        r"\1_\2",
        name,
    )
    name = re.sub(r"^([A-Z]{2,})([A-Z][a-z]{2,})", r"\1_\2", name)  # `ALPSeats`: the party code, then seats
    name = re.sub(r"([a-z])([A-Z])", r"\1_\2", name)
    return [w for w in re.split(r"[^a-zA-Z0-9]+|(?<=[a-zA-Z])(?=[0-9])", name.lower()) if w]


def _is_id(c: ColumnProfile) -> bool:
    words = _split_name(c.name)
    return bool(words) and words[-1] in ("id", "key", "pk", "fk", "uuid")

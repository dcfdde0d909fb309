"""The model-facing description of the loaded tables, independent of any database driver.

Engines only ever see these dataclasses, so an engine works the same over DuckDB today and over
PostgreSQL or Spark sources later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["number", "integer", "text", "date", "timestamp", "bool", "other"]

PROMPT_VALUES = 12  # distinct values shown to a model per text column


@dataclass(frozen=True)
class ColumnProfile:
    name: str
    type: str
    kind: Kind
    nulls: int = 0
    distinct: int = 0
    min: object | None = None
    max: object | None = None
    # Most frequent values first; complete when ``values_complete`` (low-cardinality columns).
    values: tuple[str, ...] = ()
    values_complete: bool = False

    @property
    def is_numeric(self) -> bool:
        return self.kind in ("number", "integer")

    @property
    def is_temporal(self) -> bool:
        return self.kind in ("date", "timestamp")


@dataclass(frozen=True)
class TableProfile:
    name: str
    row_count: int
    columns: tuple[ColumnProfile, ...]
    source: str = ""

    def column(self, name: str) -> ColumnProfile | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None


@dataclass(frozen=True)
class Schema:
    tables: tuple[TableProfile, ...] = ()
    dialect: str = "duckdb"
    notes: tuple[str, ...] = field(default_factory=tuple)

    def table(self, name: str) -> TableProfile | None:
        for table in self.tables:
            if table.name == name:
                return table
        return None

    @property
    def table_names(self) -> list[str]:
        return [t.name for t in self.tables]

    def to_prompt(self) -> str:
        """A compact text profile: enough for a model to pick columns and literal values."""
        lines: list[str] = []
        for t in self.tables:
            src = f" (from {t.source})" if t.source else ""
            lines.append(f"TABLE {quote_ident(t.name)}{src}: {t.row_count} rows")
            for c in t.columns:
                parts = [f"  - {quote_ident(c.name)} {c.type}"]
                if c.nulls:
                    parts.append(f"{c.nulls} nulls")
                if c.kind == "text" and c.values:
                    shown = ", ".join(repr(v) for v in c.values[:PROMPT_VALUES])
                    more = "" if c.values_complete and len(c.values) <= PROMPT_VALUES else ", ..."
                    label = "values" if c.values_complete else "e.g."
                    parts.append(f"{c.distinct} distinct; {label}: {shown}{more}")
                elif c.min is not None:
                    parts.append(f"range {c.min} .. {c.max}")
                lines.append("; ".join(parts))
        return "\n".join(lines)


def quote_ident(name: str) -> str:
    """Quote an identifier only when it needs it, so prompts and generated SQL stay readable."""
    import re

    if re.fullmatch(r"[a-z_][a-z0-9_]*", name) and name.upper() not in _RESERVED:
        return name
    return '"' + name.replace('"', '""') + '"'


# DuckDB's reserved and type/function keywords (`duckdb_keywords()`), plus names that read as SQL in prompts: a
# column called `lambda` or `left` must be quoted or the query (and the table's own profile) fails to parse.
_RESERVED = frozenset(
    """ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC BETWEEN BOTH BY CASE CAST CHECK COLLATE COLUMN CONSTRAINT
    CREATE DATE DAY DEFAULT DEFERRABLE DESC DESCRIBE DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR FOREIGN FROM GROUP
    HAVING IN INITIALLY INTERSECT INTO IS JOIN LAMBDA LATERAL LEADING LIMIT MONTH NOT NULL OFFSET ON ONLY OR ORDER
    PIVOT PIVOT_LONGER PIVOT_WIDER PLACING PRIMARY QUALIFY REFERENCES RETURNING SELECT SHOW SOME SUMMARIZE SYMMETRIC
    TABLE THEN TO TRAILING TRUE UNION UNIQUE UNPIVOT USER USING VARIADIC WHEN WHERE WINDOW WITH YEAR
    ANTI ASOF AT AUTHORIZATION BINARY COLLATION COLUMNS CONCURRENTLY CROSS FREEZE FULL GENERATED GLOB ILIKE INNER
    ISNULL LEFT LIKE MAP NATURAL NOTNULL OUTER OVERLAPS POSITIONAL RIGHT SEMI SIMILAR STRUCT TABLESAMPLE TRY_CAST
    TUPLE UNPACK VERBOSE""".split()
)

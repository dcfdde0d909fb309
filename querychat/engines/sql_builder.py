"""SQL for a reading of a question: one read-only DuckDB query, built from the schema's own names."""

from __future__ import annotations

import re
from dataclasses import replace

from ..schema import Schema, TableProfile, quote_ident
from .intent import QUARTER_FORMAT, WEEK_FORMAT, ColRef, Filter, Intent, _is_id, _lit, _split_name

AGG_SQL = {"avg": "AVG", "sum": "SUM", "min": "MIN", "max": "MAX", "median": "MEDIAN", "stddev": "STDDEV"}


def agg_call(agg: str, col: str) -> str:
    """One aggregate of a column; "range" is the highest minus the lowest ("the gap between the highest and lowest")."""
    if agg == "range":
        return f"MAX({quote_ident(col)}) - MIN({quote_ident(col)})"
    return f"{AGG_SQL[agg]}({quote_ident(col)})"


def build_sql(intent: Intent, schema: Schema) -> str:
    t = _from_clause(intent, schema)
    inside = _inside_totals(intent)
    if inside:  # the conditions on the categories were applied before the period totals were made
        intent = replace(intent, filters=tuple(f for f in intent.filters if f not in inside))
    where = " AND ".join(f.sql() for f in intent.filters)
    where_sql = f" WHERE {where}" if where else ""
    group_exprs = [g.sql() for g in intent.groups]
    group_sel = [f"{g.sql()} AS {quote_ident(g.alias())}" if g.part else g.sql() for g in intent.groups]
    for g in intent.groups:  # a month of the year is shown by its name too ("January"), ordered by its number
        if g.part == "month" and intent.kind != "distinct":
            group_exprs.append(f"MONTHNAME({quote_ident(g.column)})")
            group_sel.append(f"MONTHNAME({quote_ident(g.column)}) AS month_name")
    kind = intent.kind
    count = intent.count_sql()
    if kind == "count":
        value = f"{count} AS count"
        return _grouped(t, group_sel, group_exprs, value, where_sql, intent, "count")
    if kind == "agg":
        assert intent.measure and intent.agg
        alias = f"{intent.agg}_{_alias_part(intent.measure)}"
        value = ", ".join(f"{agg_call(agg, col)} AS {quote_ident(f'{agg}_{_alias_part(col)}')}" for agg, col in intent.figures())
        return _grouped(t, group_sel, group_exprs, value, where_sql, intent, alias)
    if kind == "correlation":  # Pearson's r of two columns over the rows kept, per group when grouped
        assert intent.measure and intent.paired
        value = f"CORR({quote_ident(intent.measure)}, {quote_ident(intent.paired)}) AS correlation"
        return _grouped(t, group_sel, group_exprs, value, where_sql, intent, "correlation")
    if kind == "count_distinct":
        assert intent.measure
        counted = ColRef(intent.measure, intent.label_part).sql()  # (the year of a date: how many different years)
        alias = f"distinct_{intent.label_part or _alias_part(intent.measure)}"
        return f"SELECT COUNT(DISTINCT {counted}) AS {alias} FROM {t}{where_sql}"
    if kind == "distinct":
        col = group_sel[0]
        profile = schema.table(intent.table)
        listed = profile.column(intent.groups[0].column) if profile else None
        named_rows = bool(profile and listed and listed.distinct >= 0.9 * profile.row_count and not intent.groups[0].part)
        compared = [  # "the countries where fewer than 30% live in cities": each (one a row) with the figure it was kept by
            quote_ident(f.col.column) for f in intent.filters
            if named_rows and f.op in (">", ">=", "<", "<=", "between") and not f.col.part and not isinstance(f.value, ColRef)
            and f.col.column != intent.groups[0].column
        ]  # fmt: skip
        col = ", ".join([col, *dict.fromkeys([*(quote_ident(c) for c in intent.also), *compared])])
        sql = f"SELECT DISTINCT {col} FROM {t}{where_sql} ORDER BY {group_exprs[0]}"
        return sql + (f" LIMIT {intent.limit}" if intent.limit else "")
    if kind == "top":
        if intent.agg == "count":
            value, alias = f"{count} AS count", "count"
        else:
            assert intent.measure and intent.agg
            alias = f"{intent.agg}_{_alias_part(intent.measure)}"
            value = f"{agg_call(intent.agg, intent.measure)} AS {quote_ident(alias)}"
        direction = "ASC" if intent.order == "asc" else "DESC"
        null_guard = " AND ".join(
            [f"{g} IS NOT NULL" for g in group_exprs] + _placeholder_guards(intent, schema)
        )  # a group with no value, or one written 'not_applicable', is no group to name
        w = f"{where_sql} AND {null_guard}" if where_sql else f" WHERE {null_guard}"
        return (
            f"SELECT {', '.join(group_sel)}, {value} FROM {t}{w} GROUP BY {', '.join(group_exprs)} "
            f"ORDER BY {quote_ident(alias)} {direction} LIMIT {intent.limit or 1}"
            + (f" OFFSET {intent.offset}" if intent.offset else "")
        )
    if kind == "row_extreme":
        assert intent.measure
        direction = "ASC" if intent.order == "asc" else "DESC"
        cols = [
            f"{ColRef(c, intent.label_part).sql()} AS {quote_ident(intent.label_part)}"
            if intent.label_part and c == intent.label
            else quote_ident(c)
            for c in _label_columns(intent.label, schema.table(intent.table))
            if c != intent.measure
        ]
        table = schema.table(intent.table)
        if table is not None:
            lab = next((c for c in table.columns if c.name == intent.label), None)
            ident = next((c.name for c in table.columns if _is_id(c) and c.distinct >= 0.99 * table.row_count), None)
            named = lab is not None and any(w in _split_name(lab.name) for w in ("name", "title"))
            if ident and ident != intent.label and not named and (lab is None or lab.distinct < 0.99 * table.row_count):
                cols.insert(0, quote_ident(ident))  # "the 3 longest flights": which flights, by their id
        cols.extend(quote_ident(c) for c in intent.also if quote_ident(c) not in cols and c != intent.measure)
        cols.append(quote_ident(intent.measure))
        w = (
            f"{where_sql} AND {quote_ident(intent.measure)} IS NOT NULL"
            if where_sql
            else f" WHERE {quote_ident(intent.measure)} IS NOT NULL"
        )
        return (
            f"SELECT {', '.join(cols)} FROM {t}{w} ORDER BY {quote_ident(intent.measure)} {direction} LIMIT {intent.limit or 1}"
            + (f" OFFSET {intent.offset}" if intent.offset else "")
        )
    if kind == "difference":  # both sides, then the first minus the second
        assert intent.share_of is not None and intent.versus is not None
        expr = count if intent.agg == "count" else f"{AGG_SQL[intent.agg or 'avg']}({quote_ident(intent.measure or '')})"
        base = "count" if intent.agg == "count" else f"{intent.agg}_{_alias_part(intent.measure or '')}"
        a, b = (f"{expr} FILTER (WHERE {side.sql()})" for side in (intent.share_of, intent.versus))
        names = [f"{base}_{_alias_part(str(side.value))}" for side in (intent.share_of, intent.versus)]
        if names[0] == names[1]:
            names = [f"{base}_first", f"{base}_second"]
        return (
            f"SELECT {a} AS {quote_ident(names[0])}, {b} AS {quote_ident(names[1])}, {a} - {b} AS difference FROM {t}{where_sql}"
        )
    if kind == "share":
        cond = intent.share_of.sql() if intent.share_of else None
        if cond:
            value = f"100.0 * {count} FILTER (WHERE {cond}) / {count} AS percent"
            return _grouped(t, group_sel, group_exprs, value, where_sql, intent, "percent")
        value = f"{count} AS count, 100.0 * {count} / SUM({count}) OVER () AS percent"
        return _grouped(t, group_sel, group_exprs, value, where_sql, replace(intent, order=intent.order or "desc"), "percent")
    if kind == "having":
        assert intent.having is not None
        op, bound = intent.having
        if intent.agg == "count" and intent.share_of is not None:  # "which districts have no urban respondents"
            value_expr, alias = f"{count} FILTER (WHERE {intent.share_of.sql()})", "count"
        elif intent.agg == "count":
            value_expr, alias = count, "count"
        else:
            assert intent.measure and intent.agg
            value_expr, alias = (
                f"{AGG_SQL[intent.agg]}({quote_ident(intent.measure)})",
                f"{intent.agg}_{_alias_part(intent.measure)}",
            )
        return (
            f"SELECT {', '.join(group_sel)}, {value_expr} AS {quote_ident(alias)} FROM {t}{where_sql} GROUP BY {', '.join(group_exprs)} "
            f"HAVING {value_expr} {op} {_lit(bound)} ORDER BY {quote_ident(alias)} DESC"
        )
    if kind == "avg_count":  # "the average number of works per artist": the rows over the groups they fall in
        alias = quote_ident(f"avg_per_{intent.groups[0].alias()}")
        return f"SELECT {count} * 1.0 / COUNT(DISTINCT {group_exprs[0]}) AS {alias} FROM {t}{where_sql}"
    if kind == "having_count":  # "how many artists have more than 10 works": the groups kept, counted
        assert intent.having is not None
        op, bound = intent.having
        held = count if intent.agg == "count" or not intent.measure else f"{AGG_SQL[intent.agg]}({quote_ident(intent.measure)})"
        kept = f"SELECT {', '.join(group_sel)} FROM {t}{where_sql} GROUP BY {', '.join(group_exprs)} HAVING {held} {op} {_lit(bound)}"
        return f"SELECT COUNT(*) AS count FROM ({kept}) AS kept"
    if kind == "rows":
        sql = f"SELECT * FROM {t}{where_sql}"
        if intent.measure:
            sql += f" ORDER BY {quote_ident(intent.measure)} {'ASC' if intent.order == 'asc' else 'DESC'}"
        return sql + (f" LIMIT {intent.limit}" if intent.limit else "")
    raise ValueError(f"unknown intent kind {kind}")


def _quarter_start(col: str) -> str:
    """The first day of a quarter written as text ('1998 Q1' is 1998-01-01), NULL for anything else."""
    c = quote_ident(col)
    return (
        f"TRY_CAST(MAKE_DATE(TRY_CAST(regexp_extract({c}, '(\\d{{4}})', 1) AS INTEGER), "
        f"TRY_CAST(regexp_extract({c}, '[Qq]([1-4])', 1) AS INTEGER) * 3 - 2, 1) AS DATE)"
    )


def _week_thursday(col: str) -> str:
    """The Thursday of an ISO week written as text ('1991 W06' is 1991-02-07: its year is the week's), else NULL."""
    c = quote_ident(col)
    year = f"TRY_CAST(regexp_extract({c}, '(\\d{{4}})', 1) AS INTEGER)"
    week = f"TRY_CAST(regexp_extract({c}, '[Ww](\\d{{1,2}})', 1) AS INTEGER)"
    jan4 = f"MAKE_DATE({year}, 1, 4)"
    return f"TRY_CAST({jan4} + CAST(({week} - 1) * 7 + 3 - (ISODOW({jan4}) - 1) AS INTEGER) AS DATE)"


def _as_text(col: str, fmt: str) -> str:
    """The column as text for STRPTIME: a whole number written as a date (19580329) is cast first."""
    return f"CAST({quote_ident(col)} AS VARCHAR)" if fmt == "%Y%m%d" else quote_ident(col)


def _inside_totals(intent: Intent) -> tuple[Filter, ...]:
    """The conditions a period-totals reading applies to the rows before adding them up: all but those on the date
    and on the total itself ("quarters with more than 35,000 prisoners" compares the totals)."""
    totals = intent.casts_of("totals")
    if not totals:
        return ()
    return tuple(f for f in intent.filters if f.col.column not in totals[0])


def _from_clause(intent: Intent, schema: Schema) -> str:
    t = quote_ident(intent.table)
    totals = intent.casts_of("totals")
    if totals:  # "prisoners per quarter on average" over a row per state and quarter: each quarter's total, once
        date_col, measure = totals[0]
        inner = _from_clause(intent.without_casts("totals"), schema)
        keys = ", ".join(quote_ident(c) for c in dict.fromkeys([date_col, *(g.column for g in intent.groups)]))
        inside = _inside_totals(intent)
        where = f" WHERE {' AND '.join(f.sql() for f in inside)}" if inside else ""
        m = quote_ident(measure)
        return f"(SELECT {keys}, SUM({m}) AS {m} FROM {inner}{where} GROUP BY {keys}) AS {t}"
    daily = intent.casts_of("daily")
    if daily:  # "calls per day" over a count every five minutes: each day's total, one row a day
        inner = _from_clause(intent.without_casts("daily"), schema)
        ts, measure = daily[0]
        total = f", SUM({quote_ident(measure)}) AS {quote_ident(measure)}" if measure else ""
        return f"(SELECT CAST({quote_ident(ts)} AS DATE) AS {quote_ident(ts)}{total} FROM {inner} GROUP BY 1) AS {t}"
    figures = intent.casts_of("derived")
    if figures:  # a column the table holds inside others (`highT - lowT`, a state): added over the table as read
        inner = _from_clause(intent.without_casts("derived"), schema)
        added = ", ".join(f"{expr} AS {quote_ident(col)}" for col, expr in figures)
        return f"(SELECT *, {added} FROM {inner}) AS {t}"
    if intent.casts:  # dates written as text: converted in a subquery, so the query runs on the file as it is
        converted = ", ".join(
            f"TRY_CAST(REPLACE({quote_ident(col)}, ',', '') AS DOUBLE) AS {quote_ident(col)}"  # numbers, the codes missing
            if kind == "number"
            else f"{_quarter_start(col)} AS {quote_ident(col)}"
            if fmt == QUARTER_FORMAT
            else f"{_week_thursday(col)} AS {quote_ident(col)}"
            if fmt == WEEK_FORMAT
            else f"CAST(TRY_STRPTIME({_as_text(col, fmt)}, {_lit(fmt)}) AS {'DATE' if kind == 'date' else 'TIMESTAMP'}) AS {quote_ident(col)}"
            for col, fmt, kind in intent.casts
        )
        return f"(SELECT * REPLACE ({converted}) FROM {t}) AS {t}"
    if not intent.join:
        return t
    dim_name, key = intent.join
    fact, dim = schema.table(intent.table), schema.table(dim_name)
    if fact is None or dim is None:
        return t
    own = {c.name.lower() for c in fact.columns}
    extra = ", ".join(f"d.{quote_ident(c.name)}" for c in dim.columns if c.name.lower() not in own)
    fkey = next((c.name for c in fact.columns if c.name.lower() == key.lower()), key)
    return (
        f"(SELECT f.*{', ' + extra if extra else ''} FROM {t} AS f JOIN {quote_ident(dim_name)} AS d "
        f"ON f.{quote_ident(fkey)} = d.{quote_ident(key)}) AS {t}"
    )


_PLACEHOLDERS = frozenset({"not_applicable", "not applicable", "n/a", "none given", "not given", "not stated"})


def _placeholder_guards(intent: Intent, schema: Schema) -> list[str]:
    """ "Which company made the most bookings" over `company` 'not_applicable' for bookings without one: not that."""
    table = schema.table(intent.table)
    out = []
    for g in intent.groups:
        col = next((c for c in table.columns if c.name == g.column), None) if table and not g.part else None
        held = [v for v in (col.values if col and col.kind == "text" else ()) if str(v).strip().lower() in _PLACEHOLDERS]
        if held:
            out.append(f"{g.sql()} NOT IN ({', '.join(_lit(v) for v in held)})")
    return out


def _label_columns(label: str | None, table: TableProfile | None) -> list[str]:
    """A row's name: `first_name` comes with `last_name` when the table has both (either way round); a place seen
    more than once with its year and wider place; a model with its make."""
    if not label:
        return []
    words = _split_name(label)
    if table is not None and words in (["year"], ["yr"]):  # a year of quarters is named with its quarter ("1975 Q2")
        part = next((c.name for c in table.columns if c.name.lower() in ("quarter", "qtr") and c.is_numeric), None)
        if part:
            return [label, part]
    if table is not None and words in (["month"], ["mon"], ["mo"]):  # a month is named with its year when there is one
        year = next((c.name for c in table.columns if c.name.lower() in ("year", "yr") and c.is_numeric), None)
        if year:
            return [year, label]
    if table is not None and words in (["day"], ["date", "of", "month"], ["day", "of", "month"], ["mday"], ["dom"]):
        parts = [  # a day of the month is named with its year and month (a date kept in three columns)
            next((c.name for c in table.columns if c.name.lower() in names and c.is_numeric), None)
            for names in (("year", "yr"), ("month", "mon", "mo"))
        ]
        if all(parts):
            return [*parts, label]  # type: ignore[list-item]
    pairs = {"first": "last", "given": "family", "forename": "surname", "fname": "lname"}
    if table is not None and set(words) & set(pairs):
        want = [pairs.get(w, w) for w in words]
        for c in table.columns:
            if _split_name(c.name) == want:  # `first_name` and `last_name`, `name_given` and `name_family`
                return [label, c.name]
    backs = {v: k for k, v in pairs.items()}
    if table is not None and set(words) & set(backs):
        want = [backs.get(w, w) for w in words]
        for c in table.columns:
            if _split_name(c.name) == want:  # a row named by its `last_name`: its `first_name` first
                return [c.name, label]
    if table is not None and words in _PLACE_LABELS:
        lab = next((c for c in table.columns if c.name == label), None)
        if lab is not None and lab.distinct < table.row_count:  # a place that saw several events: named with when, and
            when = next(  # its wider place ("1933, Honshu, Japan": the earthquake, not the island)
                (c.name for c in table.columns if _split_name(c.name) in (["year"], ["yr"]) and c.is_numeric),
                next((c.name for c in table.columns if c.is_temporal), None),
            )
            wider = next((c.name for c in table.columns if _split_name(c.name) in _WIDER_PLACES and c.kind == "text"), None)
            return [n for n in (when, label, wider) if n]
    if table is not None and words in (["model"], ["model", "name"]):  # a car's model is named with its make
        make = next(
            (c.name for c in table.columns if _split_name(c.name) in (["make"], ["mfr"], ["manufacturer"], ["brand"])), None
        )
        if make:
            return [make, label]
    return [label]


_PLACE_LABELS = (["area"], ["place"], ["location"], ["locality"], ["site"])
_WIDER_PLACES = (["region"], ["country"], ["state"], ["province"], ["nation"])


def _grouped(t: str, group_sel: list[str], group_exprs: list[str], value: str, where_sql: str, intent: Intent, alias: str) -> str:
    if not group_sel:
        return f"SELECT {value} FROM {t}{where_sql}"
    sql = f"SELECT {', '.join(group_sel)}, {value} FROM {t}{where_sql} GROUP BY {', '.join(group_exprs)}"
    if intent.key_order:  # "count per schooling level, sorted by schooling level": the groups in their own order
        sql += f" ORDER BY {', '.join(f'{e} {intent.key_order.upper()}' for e in group_exprs)}"
    elif intent.order:
        sql += f" ORDER BY {quote_ident(alias)} {'ASC' if intent.order == 'asc' else 'DESC'}"
    elif any(
        g.part or g.column.lower() in ("year", "month", "date") or "year" in _split_name(g.column)
        or re.match(r"(?:year|yr)(?!s)", g.column.lower())  # (`yronset`: the year of onset)
        for g in intent.groups
    ):  # fmt: skip
        sql += f" ORDER BY {', '.join(group_exprs)}"
    else:
        sql += f" ORDER BY {quote_ident(alias)} DESC"
    if intent.limit:
        sql += f" LIMIT {intent.limit}"
    return sql


def _alias_part(column: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", column.lower()).strip("_") or "value"

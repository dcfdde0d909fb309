"""What the question groups by (GROUP BY): a column after "by"/"per"/"each", a date part, a time grain.

Grouping cues are found apart from the rest of the reading, so a follow-up ("now by island") can
take the groups alone.
"""

from __future__ import annotations

import datetime as dt
import re

from ..intent import ColRef, Filter, _split_name
from ..lexicon import AGG_WORDS, PLACE_CODE_NOUNS, STOP, singular
from .columns import (
    _date_column,
    _date_grain,
    _entity_noun,
    _few_values,
    _labels_rows,
    _monthly_rows,
    _said_year_column,
    _weekday_column,
    _year_column,
)
from .table_index import Mentions, _numbered_units, _TableIndex
from .words import Question, _hits_column

_PART_WORDS = {"year": "year", "years": "year", "month": "month", "months": "month", "quarter": "quarter",
               "weekday": "weekday", "date": "date", "day": "date"}  # fmt: skip


_PERIOD_ADJ = {"monthly": "month", "yearly": "year", "annual": "year", "annually": "year", "quarterly": "quarter",
               "daily": "day", "weekly": "week"}  # fmt: skip


_GROUP_CUE = r"\b(?:by|per|for each|for every|of each|in each|each|every|across(?!\s+(?:all|every|the)\b)|broken down by|grouped by|split by|for all)\s+"


# units a rate is said in before "per" ("minutes per mile", "beats per minute", "dollars per gallon")
_RATE_UNITS = ("minutes", "minute", "mins", "seconds", "hours", "miles", "kilometres", "kilometers", "km", "dollars",
               "pounds", "euros", "cents", "beats", "gallons", "litres", "liters", "kg", "lbs", "meters", "metres")  # fmt: skip


def _groups(q: Question, idx: _TableIndex, m: Mentions) -> tuple[list[ColRef], set[int]]:
    groups: list[ColRef] = []
    consumed: set[int] = set()
    text = q.lower
    for cue in re.finditer(_GROUP_CUE, text):
        start_tok = q.token_at(cue.end())
        if re.search(r"\b(?:labell?ed|named|marked|shown|identified)\s+$", text[: cue.start()]):
            continue  # "each decade labelled by its first year": how a group is written, not another grouping
        if cue.group(0).strip() == "by" and re.match(r"how\s+(?:much|many)\b", text[cue.end() :]):
            continue  # "by how much did the population drop": the size of a change, not a grouping
        if cue.group(0).strip() == "per" and re.match(
            r"(?:\d|capita\b|thousand\b|million\b|hundred\b|person\b|head\b|woman\b|inhabitant\b|resident\b)", text[cue.end() :]
        ):
            continue  # "above 5 per 1000", "GDP per capita": a unit of a rate, not a grouping
        if (
            cue.group(0).strip() == "per"
            and re.search(rf"\b(?:{'|'.join(_RATE_UNITS)})\s+per\s+$", text[: cue.end()])
            and re.match(
                r"(?:mile|minute|hour|second|gallon|lit(?:re|er)|kilomet(?:re|er)|km|kg|pound|lb)s?\b", text[cue.end() :]
            )
        ):
            continue  # "the pace in minutes per mile", "dollars per gallon": a rate's unit, not one row per mile
        unit = re.match(r"(day|week|month|year)\b", text[cue.end() :])
        if (
            cue.group(0).strip() in ("per", "a")
            and unit
            and not _date_column(idx)
            and not _year_column(idx)
            and not any(unit.group(1) in ws or unit.group(1) + "s" in ws for ws in idx.col_words.values())
        ):
            continue  # "cigarettes per day at weekends" with no dates nor days: the measure's unit, no time to group by
        if (
            cue.group(0).strip() == "each"
            and start_tok < len(q.tokens)
            and re.search(rf"\beach\s+{re.escape(q.tokens[start_tok])}['’]s\b", q.asked, re.IGNORECASE)
        ):
            continue  # "together with each patient's age": that row's value shown, not one group per age
        if (
            cue.group(0).strip() == "per"
            and start_tok < len(q.tokens)
            and any(
                start_tok in pos
                and idx.column(c).kind == "integer"
                and c.lower() in (q.tokens[start_tok] + "s", q.tokens[start_tok] + "es")
                for c, pos in m.columns.items()
            )
        ):
            continue  # "points per game" beside a count of `games`: a rate per game, not one row per number of games
        if cue.group(0).strip() == "by" and re.search(r"\w-by-\w", q.text[max(0, cue.start() - 6) : cue.end() + 6].lower()):
            continue  # "the play-by-play", "side-by-side": a compound word, not a grouping
        if cue.group(0).strip() == "per" and any(
            s == start_tok and q.tokens[s] == q.singles[s] and not any(start_tok in p for p in m.columns.values())
            for s, _, _, _ in m.values
        ):
            continue  # "points per shot": a value of the rows counted (etype 'shot'), a condition, not a grouping
        taught = re.search(  # "courses taught by tenured instructors": who does it, a condition on them (not a grouping)
            r"\b(?:taught|led|held|owned|run|managed|written|played|sung|directed|performed|made|done|built)\s+by\s+$",
            text[: cue.end()],
        )
        if taught and cue.group(0).strip() == "by" and re.match(r"(?:\w+\s+){0,2}(?:\w+s)\b", text[cue.end() :]):
            nxt = [i for i in range(start_tok, min(start_tok + 3, len(q.tokens))) if q.tokens[i] != q.singles[i]]
            if nxt and not any(nxt[0] in pos for c, pos in m.columns.items() if c not in idx.flags):  # (not "by department")
                continue
        passive = re.search(r"\b(?:were|was|are|is|been)\s+by\s+$", text[: cue.end()])
        if passive and any(s == start_tok for s, _, _, _ in m.values):
            continue  # "rides were by members": who did it (a filter), not a grouping
        if re.search(
            r"\b(?:\w+ed|scored|won|made|written|given|taken|driven|drawn|paid|sold|spent)\s+by\s+$", text[: cue.end()]
        ) and (re.match(r"(?:the|a|an)\s+\w+(?:\s+\w+)?\s*(?:$|\?|\b(?:in|on|at|during|for|when)\b)", text[cue.end() :])):
            continue  # "goals scored by the home team": who did it, one side, not one row per team
        if (
            cue.group(0).strip() == "by"
            and re.match(r"(?:the\s+)?(?:number|count|total)\s+of\s+", text[cue.end() :])
            and (re.search(r"\b(?:top|bottom|which|what|rank|ranked|sort|sorted|order|ordered)\b", text[: cue.start()]))
        ):
            continue  # "top 3 education levels by number of people who disagree": what they are ranked by
        if (
            cue.group(0).strip() == "per"
            and _hourly_rows(idx)
            and re.match(r"(?:hour|hr)\b(?!\s+of\s+the\s+day)", text[cue.end() :])
        ):
            continue  # "average bikers per hour" over a row per hour: a rate, each row's own figure (not one row per hour)
        if (
            cue.group(0).strip() == "per"
            and start_tok < len(q.tokens)
            and any(idx.column(c).is_numeric and f"per_{q.singles[start_tok]}" in "_".join(_split_name(c)) for c in m.columns)
        ):
            continue  # "hours of TV per day" over `tv_hours_per_day`: the unit of the column named, not a grouping
        grain = re.match(r"(day|week|month|quarter|year)\b", text[cue.end() :]) if cue.group(0).strip() == "per" else None
        if (
            grain
            and re.search(r"\b(?:average|avg|mean|median|typical)\b", text[: cue.start()])
            and (_daily_rows(idx) if grain.group(1) == "day" else _rows_are(idx, grain.group(1)))
        ):
            continue  # "the average number of births per day" over a row per day: the mean of the rows (per month too)
        if (
            cue.group(0).strip() == "per"
            and re.search(r"\b(?:average|avg|mean|median|typical)\b", text[: cue.start()])
            and re.match(r"\s*[a-z]+\s*,?\s+(?:by|for\s+each|in\s+each)\s+\w", text[cue.end() :])
        ):
            continue  # "average aid per country by year": what is averaged over, in each year (not one row per country)
        at = start_tok
        while at < len(q.tokens) - 1 and q.tokens[at] in ("a", "an", "the", "any"):
            at += 1  # "left by a woman", "the most rebounds by any center"
        if (
            cue.group(0).strip() == "per" and _entity_noun(q.tokens[at], idx) and q.singles[at] in idx.name_words
            and not any(idx.col_meaning[c] in ([q.tokens[at]], [q.singles[at]]) for c in idx.col_meaning)
            and not any(q.singles[at] in words or q.tokens[at] in words for words in idx.named_by.values())
            and (at + 1 >= len(q.tokens) or q.tokens[at + 1] in STOP)
            and not _panel_by_year(idx)  # (airlines by year: "per airline" is per `firm`)
        ):  # fmt: skip
            continue  # "average individuals affected per breach" over a table of breaches: each row's, averaged
        unique = [  # "the average number of warm days per station" over a row per station: each row's, averaged
            c for c, pos in m.columns.items() if at in pos and c == idx.label and idx.column(c).kind == "text"
            and idx.column(c).distinct >= 0.9 * max(idx.table.row_count, 1) and q.singles[at] in idx.col_words[c]
        ]  # fmt: skip
        if (
            cue.group(0).strip() == "per" and unique and q.tokens[at] == q.singles[at]
            and (at + 1 >= len(q.tokens) or q.tokens[at + 1] in STOP) and re.search(r"\b(?:average|avg|mean|median|typical)\b", text[: cue.start()])
        ):  # fmt: skip
            continue
        rows_next = (  # "received by private colleges"
            at + 1 < len(q.tokens) and q.tokens[at + 1] != q.singles[at + 1] and _entity_noun(q.tokens[at + 1], idx)
        )
        if cue.group(0).strip() == "by" and any(
            at in m.columns.get(f, [])
            and (at > start_tok or (q.tokens[at] != q.singles[at] and q.tokens[at] not in idx.col_words[f]) or rows_next)
            and not (f in idx.typed_names and q.tokens[at] == f.lower())  # (but "by NoYes": the column's name as typed)
            for f in idx.flags
        ):
            continue  # "journals published by a society", "bills paid by smokers": the yes/no column, not a grouping
        if cue.group(0).strip() == "by" and any(
            s == at and not any(_hits_column(t, idx.col_words[c]) for t in q.tokens[s:e]) for s, e, c, _ in m.values
        ):
            continue  # "songs by Nova Lane", "movies by Warner Bros": a name in the data after "by" is who made it
        if any(
            start_tok - 2 in pos and start_tok in pos and q.tokens[start_tok - 1] in _split_name(name)
            for name, pos in m.columns.items()
        ):
            continue  # "average visits per month": the cue is inside the column name `visits_per_month`
        if cue.group(0).strip() == "per" and any(
            start_tok in pos and name.lower().startswith("per") and name.lower()[3:].startswith(q.singles[start_tok])
            for name, pos in m.columns.items()
        ):
            continue  # "trades per month" over `permonth`: the column's own name, a rate, not one row per month
        if q.tokens[start_tok : start_tok + 1] == ["whether"]:  # "by whether the corps was in Fisher's analysis"
            said = {f: max(p for p in pos if start_tok < p <= start_tok + 8) for f, pos in m.columns.items()
                    if f in idx.flags and any(start_tok < p <= start_tok + 8 for p in pos)}  # fmt: skip
            flag = max(said, key=lambda f: said[f]) if said else None  # the head: "whether there is a smoking ban"
            if flag is not None and ColRef(flag) not in groups:
                groups.append(ColRef(flag))
                consumed.update(range(start_tok, max(m.columns[flag]) + 1))
            continue
        window = list(range(start_tok, min(start_tok + 5, len(q.tokens))))
        ranked = re.search(r"\b(?:top|bottom|first|last|the)\s+\d+\s+(?:\w+\s+)?(\w+)\s+(?:by|on)\s+$", text[: cue.end()])
        if ranked:
            probe = _group_ref(q, idx, m, window, set(consumed))
            named_rows = _entity_noun(ranked.group(1), idx) or _labels_rows(ranked.group(1), idx)
            if (
                probe is not None
                and not probe.part
                and idx.column(probe.column).is_numeric
                and (named_rows or not _few_values(idx, probe.column))
            ):
                continue  # "top 5 cars by horsepower", "top 5 years by miles driven": ranked by the measure, not grouped
        ref = _group_ref(q, idx, m, window, consumed)
        if ref is not None and ref not in groups:
            groups.append(ref)
            # "by species and sex": a second column right after
            own = max((p for p in m.columns.get(ref.column, ()) if p in window), default=-1)
            while own >= 0 and own + 1 < len(q.tokens) and _hits_column(q.tokens[own + 1], idx.col_words[ref.column]):
                own += 1  # "by skin colour and sex": both words name `colour`
            nxt = [i for i in window if i not in consumed and i > own]  # (after "model year": its words, unmatched)
            while nxt and q.tokens[nxt[0]] in ("type", "types", "kind", "kinds", "category", "level", "group", "status"):
                nxt = nxt[1:]  # "by job type and credit status": the kind word after the first column
            if len(nxt) > 1 and q.tokens[nxt[1]] == "and" and not any(nxt[0] in p for p in m.columns.values()):
                nxt = nxt[1:]  # "by alcohol consumption and marital status": a word of the first one's name, unmatched
            if (nxt and q.tokens[nxt[0]] in ("and", "then")) or (
                nxt and nxt[0] + 1 < len(q.tokens) and q.tokens[nxt[0]] == "and"
            ):
                later = list(range(nxt[0] + 1, min(nxt[0] + 4, len(q.tokens))))
                ref2 = _group_ref(q, idx, m, later, consumed)
                if ref2 is not None and ref2 not in groups:
                    groups.append(ref2)
    dist = re.search(r"\b(?:distribution|breakdown|spread|histogram|frequenc(?:y|ies)|counts?)\s+of\s+(?:the\s+)?", text)
    named = dist is not None and any(  # "the frequency of the letter Q" over a `frequency` column: that column
        ({q.token_at(dist.start()), q.token_at(dist.start()) - 1} & set(pos)) and idx.column(c).is_numeric
        for c, pos in m.columns.items()
    )  # (also "the average core count of processors" over `cores`: that column's count, not a distribution)
    if dist and not groups and not named:  # "distribution of release years": one row per value, counted
        start_tok = q.token_at(dist.end())
        if start_tok < len(q.tokens) and not _entity_noun(q.tokens[start_tok], idx):
            ref = _group_ref(q, idx, m, list(range(start_tok, min(start_tok + 3, len(q.tokens)))), consumed)
            if ref is not None:
                groups.append(ref)
    date_col = _date_column(idx, m)
    if not any(g.column == date_col or g.part for g in groups) and re.search(
        r"\bover time\b|\btrends?\b|\btime series\b|\bovertime\b", text
    ):  # "orders over time": by month when the data spans a few years, else by year
        grain = _time_grain(idx, date_col)
        if grain is not None:
            groups.append(grain)
    for i, tok in enumerate(q.tokens):
        part = _PERIOD_ADJ.get(tok)
        if part and _in_column_name(i, tok, idx, m):
            continue  # "avg monthly fee": a word of the matched column `monthly_fee`, not a grouping
        if part and q.tokens[max(0, i - 2) : i] in (["how", "many"], ["number", "of"]):
            continue  # "how many monthly readings": what the rows are, not one count per month
        if part and date_col and i not in consumed and not any(g.column == date_col for g in groups):
            if part == "week":
                continue
            col = idx.column(date_col)
            if (part == "day" and col.kind != "timestamp" and col.distinct >= 0.95 * max(idx.table.row_count, 1)) or _date_grain(
                idx, date_col
            ) == part:
                consumed.add(i)  # "average daily return" over one row per day, "monthly prices" of a monthly series:
                if (  # the rows are the days (months) already; a panel's rows are several a quarter: "the highest
                    idx.table.row_count >= 2 * col.distinct  # quarterly total" is over each date's total
                    and part != "day"
                    and q.tokens[i + 1 : i + 2] in (["total"], ["totals"], ["count"], ["counts"], ["sum"])
                ):
                    groups.append(ColRef(date_col))
                continue
            consumed.add(i)
            groups.append(_day_ref(idx, date_col) if part == "day" else ColRef(date_col, part))
    per_day = q.phrase(r"\b(?:per|a|each|every)\s+day\b(?!\s+of\b)")
    if per_day and not date_col:  # "avg steps per day" over a row a day, its `Day` a weekday's letter: no groups
        groups = [g for g in groups if g.column not in idx.weekday_letters or g.part]
    return groups, consumed


def _day_ref(idx: _TableIndex, date_col: str) -> ColRef:
    """The day of a date column: the date itself, or a timestamp's date (half-hourly readings grouped by day)."""
    return ColRef(date_col, "date") if idx.column(date_col).kind == "timestamp" else ColRef(date_col)


def _literal_part_column(idx: _TableIndex, tok: str) -> str | None:
    """An integer column literally called `day`, `month` or `hour` beside a date column (nycflights13's year/month/day
    columns next to `time_hour`): "by day" means it, not the timestamp."""
    part = {
        "day": "day",
        "days": "day",
        "daily": "day",
        "month": "month",
        "months": "month",
        "hour": "hour",
        "hours": "hour",
    }.get(tok)
    if part is None or _date_column(idx) is None:
        return None
    return next((c.name for c in idx.table.columns if c.kind == "integer" and c.name.lower() == part), None)


def _in_column_name(i: int, tok: str, idx: _TableIndex, m: Mentions) -> bool:
    """Is the question word at i part of the name of a column the question matched ("monthly" in `monthly_fee`)?"""
    return any(
        i in pos and tok in idx.col_words[name] and len(idx.col_words[name] - {tok, singular(tok)}) > 0
        and any(p != i for p in pos)
        for name, pos in m.columns.items()
    )  # fmt: skip


def _time_grain(idx: _TableIndex, date_col: str | None) -> ColRef | None:
    year_col = _year_column(idx)
    if date_col is None:
        return ColRef(year_col) if year_col else None
    c = idx.column(date_col)
    try:
        lo, hi = (dt.date.fromisoformat(str(v)[:10]) for v in (c.min, c.max))
    except ValueError:
        return ColRef(date_col, "year")
    if _monthly_rows(idx, date_col) or (hi - lo).days > 4 * 366:
        return ColRef(date_col, "year") if not _monthly_rows(idx, date_col) else ColRef(date_col)
    return ColRef(date_col, "month_start")


def _group_ref(q: Question, idx: _TableIndex, m: Mentions, window: list[int], consumed: set[int]) -> ColRef | None:
    date_col = _date_column(idx, m)
    for i in window:
        if i in consumed:
            continue
        tok = q.tokens[i]
        typed = [c for c in idx.typed_names if c.lower() == tok and i in m.columns.get(c, ())]
        if typed:  # "by NoYes": a column's name as typed
            consumed.add(i)
            return ColRef(typed[0])
        if tok in ("type", "kind", "sort") and i + 2 < len(q.tokens) and q.tokens[i + 1] == "of":
            continue
        if tok in ("total", "average", "avg", "mean", "median", "sum", "combined") and i == window[0]:
            return None  # "bottom 3 categories by total quantity": a measure to rank by, not a grouping
        if (tok in STOP or tok in AGG_WORDS) and tok not in ("year", "month"):
            if not any(
                i in pos and _split_name(name) == q.tokens[i : i + len(_split_name(name))] for name, pos in m.columns.items()
            ):
                continue  # a column called `time` or `size`, or `peak_hour` spelled out, is still named by its words
        spelled = [
            n for n, p in m.columns.items()
            if len(p) >= 2 and p[0] == i and q.tokens[i : i + len(p)] in (_split_name(n), [singular(w) for w in _split_name(n)])
        ]  # fmt: skip
        if spelled:  # "by time of day": a column whose whole name the question spells out
            consumed.update(m.columns[spelled[0]])
            return ColRef(spelled[0])
        literal = _literal_part_column(idx, tok)
        if literal is not None:  # "each day of the month" over integer year/month/day columns: the `day` column
            consumed.add(i)
            rest = " ".join(q.tokens[i + 1 : i + 4])
            if rest.startswith(("of the month", "of the year", "of the week")):
                consumed.update(range(i + 1, i + 4))
            return ColRef(literal)
        if tok in ("decade", "decades") and (date_col or _year_column(idx)):
            consumed.add(i)  # "average April temperature by decade": the year rounded down to its decade
            return ColRef(_year_column(idx), "decade") if _year_column(idx) else ColRef(date_col, "date_decade")  # type: ignore[arg-type]
        if tok in ("year", "years", "annually", "yearly") and (date_col or _year_column(idx)):
            consumed.add(i)
            year_col = _said_year_column(idx, m) or _year_column(idx)  # ("by vehicle model year": of two, the one named)
            return ColRef(year_col) if year_col else ColRef(date_col, "year")  # type: ignore[arg-type]
        if tok in ("month", "months", "monthly") and date_col and not _in_column_name(i, tok, idx, m):
            consumed.add(i)
            if i + 3 < len(q.tokens) + 1 and " ".join(q.tokens[i + 1 : i + 4]).startswith("of the year"):
                consumed.update(range(i + 1, i + 4))
                return ColRef(date_col, "month")
            return ColRef(date_col, "month")
        dow = " ".join(q.tokens[i : i + 4])
        if tok in ("weekday", "weekdays", "dow") or dow.startswith(("day of week", "day of the week", "days of the week")):
            own = _weekday_column(idx)
            if own is not None:  # a column of its own (`day_of_week`) over the weekday of a date
                consumed.update(range(i, i + (4 if " the " in dow else 3 if dow.startswith("day") else 1)))
                return ColRef(own)
            if date_col:
                consumed.update(range(i, i + (4 if " the " in dow else 3)))
                return ColRef(date_col, "weekday")
        if tok in ("hour", "hours", "hourly") and date_col and idx.column(date_col).kind == "timestamp":
            consumed.add(i)
            return ColRef(date_col, "hour")
        if tok in ("quarter", "quarters", "quarterly") and date_col:
            consumed.add(i)
            return ColRef(date_col, "quarter")
        if tok in ("day", "days", "date", "daily") and date_col:
            consumed.add(i)
            if tok != "date" and _date_grain(idx, date_col) in ("week", "month", "quarter", "year"):
                return None  # "million barrels per day" over a weekly series: the measure's unit, no day to group by
            return _day_ref(idx, date_col)
        if singular(tok) in ("province", "territory") and idx.place_column() and not any(i in p for p in m.columns.values()):
            consumed.add(i)  # "each province" over columns of province codes
            return ColRef(idx.place_column())  # type: ignore[arg-type]

        def run(positions: list[int], start: int = i) -> int:  # "health insurance" spells more of `health_ins` than `health`
            n = 0
            while start + n in positions:
                n += 1
            return n

        rows = max(idx.table.row_count, 1)
        here = [n for n, p in m.columns.items() if i in p]
        if (
            here
            and all(idx.column(n).kind == "text" and idx.column(n).distinct >= 0.5 * rows for n in here)
            and any(i + 1 in p and i not in p and idx.column(n).distinct < 0.5 * rows for n, p in m.columns.items())
        ):
            continue  # "by car type" over a `Car` name per row and a `Type`: the type, which the name only describes
        end = i + max((run(m.columns[n]) for n in here), default=1) - 1
        kind_next = q.singles[end + 2 : end + 3] in (["type"], ["kind"], ["class"], ["category"], ["group"])
        if (
            here
            and all(idx.column(n).is_numeric and (idx.column(n).distinct > 60 or kind_next) for n in here)
            and any(
                p[0] == end + 1 and idx.column(n).kind == "text" and idx.column(n).distinct < 0.5 * rows
                for n, p in m.columns.items()
            )
        ):  # (also "by engine aspiration type": the aspiration, which "engine" only describes)
            consumed.update(range(i, end + 1))  # "for each seat belt enforcement type": the `enforce` kinds, which the
            continue  # seat belt words only describe
        kind_after = q.singles[i + 1 : i + 2] in (["type"], ["kind"], ["category"], ["class"])
        ranked = sorted(  # "cat 1": cat_1 over cat_0; "by party": `Party_Affiliation` before the number `Party_Code`
            m.columns.items(),
            key=lambda kv: (
                idx.column(kv[0]).distinct <= 1,  # (a `fuel_cell` 'N' on every row groups nothing: "per fuel type")
                kind_after and idx.column(kv[0]).is_numeric,  # "per fuel type": a kind, in words, not a number
                -run(kv[1]),
                -m.column_score.get(kv[0], 0),
                idx.column(kv[0]).is_numeric,
            ),
        )
        for name, positions in ranked:
            col = idx.column(name)
            coded = (bool(set(idx.col_meaning[name]) & PLACE_CODE_NOUNS) and col.distinct < 0.5 * rows) or _numbered_units(
                col, rows
            )  # municipality 114; class 2180 of many pupils each
            if i in positions and col.is_numeric and col.distinct > 60 and not coded:
                return None  # "top 3 islands by average body mass": a ranking measure, not a group
            if i in positions:
                consumed.update(p for p in positions if p in window or p == i)
                if col.is_temporal:
                    nxt = max(positions) + 1
                    part = _PART_WORDS.get(q.tokens[nxt]) if nxt < len(q.tokens) else None
                    if part:
                        consumed.add(nxt)
                        return ColRef(name, part)
                return ColRef(name)
        if tok not in STOP and len(tok) >= 3 and not any(i in p for p in m.columns.values()):
            named = [  # "per country and medal type": `Medal`, named again after "medals" (mentions keep a word's first place)
                n for n in m.columns
                if q.singles[i] in idx.col_words[n] and _split_name(n) == [q.singles[i]]
                and idx.column(n).kind == "text"
            ]  # fmt: skip  # (text only: "by quantity" after "best selling" ranks by the measure)
            if len(named) == 1:
                consumed.add(i)
                return ColRef(named[0])
        for s, e, col, _ in m.values:  # "by island" where island is also a value word (right after the cue)
            if (
                s == i and i == window[0] and q.tokens[max(0, i - 2) : i] not in (["number", "of"], ["count", "of"])
            ):  # not "by number of men"
                consumed.update(range(s, e))
                return ColRef(col)
        if i == window[0] and q.singles[i] == "group" and not any(i in p for p in m.columns.values()):
            kinds = [c.name for c in idx.table.columns
                     if c.kind == "text" and c.values_complete and 2 <= c.distinct <= 6 and c.name not in idx.id_cols]  # fmt: skip
            if len(kinds) == 1:  # "for each group" over a trial's one `Condition` (Drug, Placebo): the groups it has
                consumed.add(i)
                return ColRef(kinds[0])
    return None


def _plural_group(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter]) -> ColRef | None:
    """A plural noun that names a categorical column by its whole name ("genres", "departments") groups by it."""
    ranked = q.phrase(
        r"^\s*(?:rank|sort|order|compare)\s+(?:all\s+)?(?:the\s+)?(\w+)(?:\s+(?:groups?|categories|types|kinds|classes))?"
        r"\s+by\s+(?:their\s+|the\s+|its\s+)?(?:average|mean|median|total|sum|highest|lowest|maximum|minimum|max|min)\b"
    )
    if ranked:  # "rank the species by average body mass", "rank the diagnosis groups by ...": what is ranked, one row each
        at = q.tokens.index(ranked.group(1)) if ranked.group(1) in q.tokens else -1
        named = [
            c for c, p in m.columns.items()
            if at in p and not idx.column(c).is_numeric and not idx.column(c).is_temporal and c not in idx.id_cols
            and 1 < idx.column(c).distinct <= 60 and not any(f.col.column == c for f in filters)
        ]  # fmt: skip
        if len(named) == 1:
            return ColRef(named[0])
    for i, tok in enumerate(q.tokens):
        sing = q.singles[i]
        if sing == tok or len(tok) < 4 or _entity_noun(tok, idx) or any(s <= i < e for s, e, _, _ in m.values):
            continue
        if q.tokens[i + 1 : i + 2] == ["per"]:
            continue  # "trades per month": a rate's noun, not one row per kind of trade
        if sing == "day" and any(idx.weekday_letters) and q.tokens[i + 1 : i + 3] != ["of", "the"]:
            continue  # "on sunny days", "on days when the dog got a walk" over a row a day with its weekday's letter:
            # those rows (but "days of the week": the letters)
        before = " ".join(q.tokens[max(0, i - 3) : i])
        if (
            re.search(
                r"\b(?:across|over|among|in|of)(?:\s+(?:all|the|all the|every))?(?:\s+(?:\d+|two|three|four|five|six))?$", before
            )
            or _labels_rows(tok, idx)
            or (i > 1 and filters and re.search(r"\b(?:across|over|among|in|of)\s+\w+$", before))
        ):
            continue  # "total deaths across all states", "in states where ...": the whole table, not one row per state
        for name, words in idx.col_words.items():
            col = idx.column(name)
            if col.is_numeric or col.is_temporal or name in idx.id_cols or not (1 < col.distinct <= 60):
                continue
            if sing in words and _split_name(name)[-1] == sing and not any(f.col.column == name for f in filters):
                return ColRef(name)
    return None


def _daily_rows(idx: _TableIndex) -> bool:
    """Rows that are days: a date column one day apart, or integer year, month and day-of-month columns."""
    date_col = _date_column(idx)
    if date_col and _date_grain(idx, date_col) == "day":
        return True
    names = {c.name.lower() for c in idx.table.columns if c.kind == "integer"}
    return (
        "month" in names and bool(names & {"day", "date_of_month", "day_of_month", "mday", "dom"}) and idx.table.row_count >= 300
    )


def _rows_are(idx: _TableIndex, grain: str) -> bool:
    """Rows that are weeks, months, quarters or years: a date column that steps by it, one row per date."""
    date_col = _date_column(idx)
    if date_col and _date_grain(idx, date_col) == grain and idx.column(date_col).distinct >= 0.95 * max(idx.table.row_count, 1):
        return True
    rows = idx.table.row_count
    numbered = [  # (weeks only: "per year" over a state-year panel is asked as a grouping)
        c for c in idx.table.columns if grain == "week" and c.kind == "integer" and _split_name(c.name) in ([grain], [grain, "number"])
    ]  # fmt: skip
    return any(  # a row per centre and week (`center` x `week`): each row is one week of one unit
        1 < c.distinct <= 120
        and any(
            o.name != c.name
            and 1 < o.distinct < rows
            and 0.9 * rows <= o.distinct * c.distinct <= 1.1 * rows
            and (
                o.kind == "text"
                or o.name in idx.id_cols
                or _split_name(o.name)[-1] in PLACE_CODE_NOUNS | {"center", "centre", "id"}
            )
            for o in idx.table.columns
        )
        for c in numbered
    )


def _hourly_rows(idx: _TableIndex) -> bool:
    """Rows that are hours: an hour-of-day column (`hr`, `hour`) over many more rows than hours in a day."""
    return any(
        c.kind == "integer" and c.name.lower() in ("hr", "hour", "hours") and c.distinct <= 24 and idx.table.row_count >= 240
        for c in idx.table.columns
    )


def _panel_by_year(idx: _TableIndex) -> bool:
    """Rows for each of several things in each year (airlines by year): a row is not one of the things."""
    year = _year_column(idx)
    return bool(year) and 1 < idx.column(year).distinct <= 0.5 * max(idx.table.row_count, 1)

"""Conditions on dates: years, months, spans, decades, quarters, weekends, seasons, parts of the day.

Dates are asked in more shapes than any other value, over a date column, a year column or integer
year/month/day columns; they have their own module so the other filters stay readable.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..intent import ColRef, Filter, _split_name
from ..lexicon import DAY_PARTS, FIXED_HOLIDAYS, HOLIDAY_WORDS, MONTHS, SEASONS, holiday_day
from .columns import _date_column, _hour_column, _is_year, _said_year_column, _year_column
from .table_index import Mentions, _TableIndex
from .words import Question

# Words that may follow "between 1970 and 1979" when both are years ("... had fewer than 1,400"), unlike a unit
# ("between 2000 and 3000 pounds").
_AFTER_YEARS = (
    r"(?:had|have|has|was|were|is|are|did|does|do|with|that|which|when|where|inclusive|included|combined|in|on|for|by|per|and|or)"
)


def _date_filters(q: Question, idx: _TableIndex, consumed: set[int], m: Mentions | None = None) -> list[Filter]:
    return _year_month_filters(q, idx, consumed, m) + _date_concepts(q, idx, m)


def _clock(hour: str, minute: str | None, half: str | None) -> int | None:
    """Minutes after midnight of "6", "6:30", "6 pm", "18:00", "6 in the evening"; None when it is no time of day."""
    h, mins = int(hour), int(minute or 0)
    if half in ("pm", "p.m.", "evening", "afternoon", "night") and h < 12:
        h += 12
    elif half in ("am", "a.m.", "morning") and h == 12:
        h = 0
    return h * 60 + mins if 0 <= h < 24 and 0 <= mins < 60 else None


def _time_literal(minutes: int) -> str:
    """A TIME literal for minutes after midnight: 18 * 60 is TIME '18:00:00'."""
    return f"TIME '{minutes // 60:02d}:{minutes % 60:02d}:00'"


def _time_of_day(q: Question, idx: _TableIndex, consumed: set[int]) -> list[Filter]:
    """Conditions on the time of day: of a TIME column (a date and a time kept apart) as times ("before noon", "after
    6 pm", "at 12:50", "in the afternoon"), else of the one timestamp column by its hour ("commits made between
    midnight and 6 am", "readings before 9 am")."""
    timed = [c.name for c in idx.table.columns if c.type.upper() == "TIME"]
    stamped = [c.name for c in idx.table.columns if c.kind == "timestamp"]
    hour_col = _hour_column(idx)  # ("jobs submitted before 9 in the morning" over a decimal `hour` 0-24)
    if len(timed) != 1 and len(stamped) != 1 and hour_col is None:
        return []
    hour = ColRef(stamped[0], "hour") if len(stamped) == 1 else ColRef(hour_col or "")
    text = q.lower
    half = r"(?:\s*(am|pm|a\.m\.|p\.m\.)|\s+in\s+the\s+(morning|afternoon|evening)|\s+at\s+(night))?"
    clock = rf"(noon|midday|midnight|(\d{{1,2}})(?::(\d\d))?{half})"
    ops = {"before": "<", "after": ">", "until": "<=", "by": "<=", "since": ">=", "from": ">=", "at": "="}
    out: list[Filter] = []

    def minutes_of(mt: re.Match[str], at: int) -> int | None:
        """Minutes after midnight of the time at group `at` (its parts follow it), None for a bare number."""
        said = mt.group(at)
        if said in ("noon", "midday", "midnight"):
            return 0 if said == "midnight" else 12 * 60
        if mt.group(at + 2) is None and not any(mt.group(at + k) for k in (3, 4, 5)):
            return None  # "after 6" alone: a count or an amount as likely as an hour
        return _clock(mt.group(at + 1), mt.group(at + 2), mt.group(at + 3) or mt.group(at + 4) or mt.group(at + 5))

    def take(mt: re.Match[str]) -> None:
        consumed.update(range(q.token_at(mt.start()), q.token_at(mt.end() - 1) + 1))  # (the 6 of "6 pm" is no amount)

    for mt in re.finditer(rf"\b(?:between|from)\s+{clock}\s+(?:and|to|until|till)\s+{clock}", text):
        lo, hi = minutes_of(mt, 1), minutes_of(mt, 7)
        if lo is None or hi is None or (lo == hi):
            continue
        if timed:
            out.append(Filter(ColRef(timed[0]), "between", _time_literal(lo), _time_literal(hi)))
        elif lo % 60 == 0 and hi % 60 == 0 and lo < hi and hour.part:  # "between midnight and 6 am": the hours 0 to 5
            out.append(Filter(hour, "between", lo // 60, hi // 60 - 1))
        elif lo % 60 == 0 and hi % 60 == 0 and lo < hi:  # over hours kept as numbers (13.85): from the first, before the last
            out += [Filter(hour, ">=", lo // 60), Filter(hour, "<", hi // 60)]
        else:
            continue
        take(mt)
    for mt in re.finditer(rf"\b(before|after|until|since|from|at)\s+{clock}\b", text):
        if q.token_at(mt.start()) in consumed:  # (the start of a span read above)
            continue
        minutes = minutes_of(mt, 2)
        if minutes is None:
            continue
        if timed:
            out.append(Filter(ColRef(timed[0]), ops[mt.group(1)], _time_literal(minutes)))
        elif minutes % 60 == 0 and mt.group(1) in ("before", "after", "since", "at", "from"):  # by the hour of each timestamp
            op = {"before": "<", "after": ">=", "since": ">=", "from": ">=", "at": "="}[mt.group(1)]  # ("from 6 pm onwards")
            out.append(Filter(hour, op, minutes // 60))
        else:
            continue
        take(mt)
    if not out and timed:
        part = re.search(
            r"\b(?:in\s+the|during\s+the|every|each)\s+(morning|afternoon|evening)s?\b|\b(overnight|at night)\b", text
        )
        if part:
            out.append(_day_part(timed[0], part.group(1) or "night"))
    if not out and hour_col is not None:  # (no timestamp beside it: `_hour_column` reads only such tables)
        part = re.search(r"\b(?:in\s+the|during\s+the|every|each)\s+(morning|afternoon|evening)s?\b", text)
        if part:  # "jobs submitted in the afternoon" over a decimal `hour`: from its first hour, before its last
            lo, hi = DAY_PARTS[part.group(1)]
            out += [Filter(hour, ">=", lo), Filter(hour, "<", hi)]
    return out


_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}


def _date_concepts(q: Question, idx: _TableIndex, m: Mentions | None) -> list[Filter]:
    """Weekends and weekdays, quarters (Q1, "the first quarter"), seasons as months, parts of the day as hours."""
    date_col = _date_column(idx, m)
    if not date_col:
        return []
    text = q.lower
    out: list[Filter] = []
    cue = r"(?<!by )(?<!per )(?<!each )(?<!every )(?<!across )"
    weekend_named = any("weekend" in _split_name(c.name) for c in idx.table.columns)  # `opening_weekend_us`: a column
    if re.search(rf"{cue}\b(saturdays? (?:and|or) sundays?)\b", text) or (
        not weekend_named and re.search(rf"{cue}\bweekends?\b", text)
    ):
        out.append(Filter(ColRef(date_col, "isodow"), "in", (6, 7)))
    elif re.search(rf"{cue}\b(?:weekdays|workdays|working days|business days|on (?:a )?weekday)\b", text):
        out.append(Filter(ColRef(date_col, "isodow"), "in", (1, 2, 3, 4, 5)))
    qt = re.search(r"\bq([1-4])\b", text) or re.search(r"\bquarter\s+([1-4])\b", text)
    qw = re.search(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+quarter\b", text)
    if qt:
        out.append(Filter(ColRef(date_col, "quarter"), "=", int(qt.group(1))))
    elif qw:
        out.append(Filter(ColRef(date_col, "quarter"), "=", _QUARTER_WORDS[qw.group(1)]))
    season = re.search(r"\b(spring|summer|winter|autumn)\b|\b(?:in|during|over|the)\s+(fall)\b", text)
    if season:
        out.append(Filter(ColRef(date_col, "month"), "in", SEASONS[season.group(1) or season.group(2)]))
    if idx.column(date_col).kind == "timestamp":
        part = re.search(r"\b(mornings?|afternoons?|evenings?|nights?|overnight)\b", text)
        if part:
            out.append(_day_part(date_col, part.group(1)))
    return out


def _day_part(col: str, word: str) -> Filter:
    """The hours of a part of the day ("mornings", "at night", which runs past midnight) of a timestamp or a time."""
    lo, hi = DAY_PARTS[word]
    if lo < hi:
        return Filter(ColRef(col, "hour"), "between", lo, hi - 1)
    return Filter(ColRef(col, "hour"), "in", tuple(range(lo, 24)) + tuple(range(0, hi)))


def _month_number_filter(q: Question, idx: _TableIndex) -> list[Filter]:
    """ "in July" over a table with an integer `Month` column (1-12) and no date: Month = 7."""
    col = next(
        (c for c in idx.table.columns if c.kind == "integer"
         and (_split_name(c.name) in (["month"], ["mo"], ["mon"]) or re.sub(r"[^a-z]", "", c.name.lower()).endswith("month"))),
        None,
    )  # fmt: skip  # (also a `birthmonth`)
    if col is None or not (isinstance(col.min, int) and isinstance(col.max, int) and 1 <= col.min and col.max <= 12):
        return []
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    span = re.search(rf"\b(?:between|from)\s+({month_names})\s+(?:and|to|through|till|until)\s+({month_names})\b", q.lower)
    if span and MONTHS[span.group(1)] < MONTHS[span.group(2)]:  # "born between April and June": months 4 to 6
        return [Filter(ColRef(col.name), "between", MONTHS[span.group(1)], MONTHS[span.group(2)])]
    spanned = re.search(rf"\b({month_names})\s+(?:to|through|thru|until|till|-)\s+({month_names})\b(?!\s+\d{{1,2}}\b)", q.lower)
    if spanned:  # "January through June", "November to February": each month of it, across the year's end too
        first, last = MONTHS[spanned.group(1)], MONTHS[spanned.group(2)]
        return [Filter(ColRef(col.name), "in", tuple((first + k - 1) % 12 + 1 for k in range((last - first) % 12 + 1)))]
    season = re.search(r"\b(spring|summer|winter|autumn)\b|\b(?:in|during|over|the)\s+(fall)\b", q.lower)
    if season and (season.group(1) or season.group(2)) not in idx.known_words():  # (not a `season` column's 'Summer')
        return [Filter(ColRef(col.name), "in", SEASONS[season.group(1) or season.group(2)])]
    listed = re.search(rf"\b((?:(?:{month_names})\s*,\s*)+(?:{month_names})\s*,?\s+(?:or|and)\s+(?:{month_names})|"
                       rf"(?:{month_names})\s+(?:or|and)\s+(?:{month_names}))\b", q.lower)  # fmt: skip
    if listed:  # "in June, July or August": the months listed
        return [Filter(ColRef(col.name), "in", tuple(dict.fromkeys(MONTHS[w] for w in re.findall(month_names, listed.group(1)))))]
    mo = re.search(rf"\b(?:in|during|of|for)\s+({month_names})\b", q.lower)
    if not mo or (mo.group(1) == "may" and not re.search(r"\bin may\b", q.lower)):
        return []
    return [Filter(ColRef(col.name), "=", MONTHS[mo.group(1)])]


def _weekday_number_filter(q: Question, idx: _TableIndex) -> list[Filter]:
    """ "on Sundays" over an integer `day_of_week` of 1-7 and no date: ISO numbering, Monday 1 to Sunday 7."""
    col = next(
        (c for c in idx.table.columns
         if c.kind == "integer" and c.min == 1 and c.max == 7
         and _split_name(c.name) in (["day", "of", "week"], ["weekday"], ["dow"], ["dayofweek"], ["wday"])),
        None,
    )  # fmt: skip
    if col is None:
        return []
    if re.search(r"(?<!by )(?<!per )(?<!each )\bweekends?\b", q.lower):
        return [Filter(ColRef(col.name), "in", (6, 7))]
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    named = tuple(i + 1 for i, d in enumerate(days) if re.search(rf"\b{d}s?\b", q.lower))
    if len(named) == 1:
        return [Filter(ColRef(col.name), "=", named[0])]
    return [Filter(ColRef(col.name), "in", named)] if named else []


def _year_month_filters(q: Question, idx: _TableIndex, consumed: set[int], m: Mentions | None = None) -> list[Filter]:
    date_col = _date_column(idx, m)
    year_col = _year_column(idx)
    if not date_col:
        weekday = _weekday_number_filter(q, idx)
        month = _month_number_filter(q, idx)
        if month:
            return (
                weekday
                + month
                + ([f for f in _year_month_filters_dated(q, idx, m) if f.col.column != month[0].col.column] if year_col else [])
            )
        return weekday + _year_month_filters_dated(q, idx, m)
    return _year_month_filters_dated(q, idx, m)


_PERIOD = re.compile(r"(?i)^(?:q([1-4])[\s_/-]?(\d{4})|(\d{4})[\s_/-]?q([1-4]))$")


def _period_column(idx: _TableIndex) -> str | None:
    """A text column of quarter codes ('Q12012', '2012-Q1'): the only dates of a quarterly table."""
    for c in idx.table.columns:
        if c.kind == "text" and c.values and all(_PERIOD.match(str(v)) for v in c.values):
            return c.name
    return None


def _period_filters(q: Question, idx: _TableIndex, col: str) -> list[Filter]:
    """ "in Q1 2012": the one quarter code; "in 2011": every quarter of that year."""
    codes = {}
    for v in idx.column(col).values:
        mt = _PERIOD.match(str(v))
        if mt:
            codes[(int(mt.group(2) or mt.group(3)), int(mt.group(1) or mt.group(4)))] = v
    asked = re.search(r"\bq([1-4])\s*(?:of\s+)?(\d{4})\b|\b(\d{4})\s*-?\s*q([1-4])\b", q.lower)
    if asked:
        key = (int(asked.group(2) or asked.group(3)), int(asked.group(1) or asked.group(4)))
        return [Filter(ColRef(col), "=", codes[key])] if key in codes else []
    year = re.search(r"\b(?:in|during|for|of)\s+(\d{4})\b", q.lower)
    if year and any(y == int(year.group(1)) for y, _ in codes):
        return [Filter(ColRef(col), "like", f"%{year.group(1)}%")]
    return []


def _year_month_filters_dated(q: Question, idx: _TableIndex, m: Mentions | None = None) -> list[Filter]:
    said = _said_year_column(idx, m)
    date_col = _date_column(idx, m, q) if not said else None  # ("built before 1900" over `YearBuilt` and a `DateSold`)
    year_col = said or _year_column(idx)
    if not date_col and not year_col:
        period = _period_column(idx)
        return _period_filters(q, idx, period) if period else []
    text = q.lower
    out: list[Filter] = []
    year_ref = ColRef(year_col) if year_col and not date_col else (ColRef(date_col, "year") if date_col else ColRef(year_col))  # type: ignore[arg-type]
    if year_col and date_col and re.search(r"\byear\b", text) is None:
        year_ref = ColRef(date_col, "year")
    birth = {"birth", "born", "dob", "birthday"}
    if year_col and date_col and birth & set(_split_name(date_col)) and not re.search(r"\b(?:born|birth\w*)\b", text):
        year_ref = ColRef(year_col)  # "who won at the 1998 ceremony": the award's year, not a birth date's
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    if date_col and not (m is not None and m.values) and not HOLIDAY_WORDS & idx.all_col_words:
        text = re.sub(  # "on Christmas Day": December 25 of every year (unless the data names the day)
            rf"(?:\bon\s+)?{FIXED_HOLIDAYS.pattern}",
            lambda mt: "on {} {}".format(*_month_day_words(holiday_day(mt.group("name")))),
            text,
        )
    if date_col:
        text = re.sub(  # "on 3 May", "from 1 May to 6 May": the day before its month, as most of the world writes it
            rf"\b(on|from|to|between|and|until|till|through|since|before|after)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"({month_names})\b(?!\.?\s*,?\s*\d{{4}})",
            r"\1 \3 \2",
            text,
        )
        # "from June 1 to August 31, 2013": the year written once, after the second day, holds for the first too
        text = re.sub(
            rf"\b({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(\s+(?:to|through|thru|until|till|and|-)\s+"
            rf"(?:{month_names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(\d{{4}}))\b",
            r"\1 \2 \4\3",
            text,
        )
        on_days = _day_filters(text, date_col)
        if on_days:
            return on_days
    span = re.search(
        rf"\b(?:from|between)\s+({month_names})\.?\s+(\d{{4}})\s+(?:to|through|thru|until|till|and|-)\s+({month_names})\.?\s+(\d{{4}})\b",
        text,
    )
    if span and date_col:  # "from October 1854 through March 1855": whole months, both ends included
        y2, m2 = int(span.group(4)), MONTHS[span.group(3)]
        after = _date(y2 + (m2 == 12), m2 % 12 + 1)
        return [
            Filter(ColRef(date_col), ">=", _date(int(span.group(2)), MONTHS[span.group(1)])),
            Filter(ColRef(date_col), "<", after),
        ]
    days = re.search(rf"\b(?:from|between)\s+({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|through|thru|until|till|and|-)\s+"
                     rf"(?:({month_names})\.?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})", text)  # fmt: skip
    if days and (not days.group(3) or days.group(3) == days.group(1)):  # "between January 10 and January 20"
        month, lo, hi = MONTHS[days.group(1)], int(days.group(2)), int(days.group(4))
        parts = {c.name.lower(): c.name for c in idx.table.columns if c.kind == "integer"}
        if "month" in parts and "day" in parts:
            return [Filter(ColRef(parts["month"]), "=", month), Filter(ColRef(parts["day"]), "between", lo, hi)]
        if date_col:
            return [Filter(ColRef(date_col, "month"), "=", month), Filter(ColRef(date_col, "day"), "between", lo, hi)]
    if days and date_col and days.group(3) and MONTHS[days.group(3)] != MONTHS[days.group(1)]:
        # "from June 1 to August 31": those days of every year in the data
        lo, hi = MONTHS[days.group(1)] * 100 + int(days.group(2)), MONTHS[days.group(3)] * 100 + int(days.group(4))
        return [Filter(ColRef(date_col, "monthday"), "between", lo, hi)]
    on_day = re.search(rf"\bon\s+({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)", text)
    if date_col and on_day and (on_day.group(1) != "may" or re.search(r"\bon\s+may\s", text)):
        month, day = MONTHS[on_day.group(1)], int(on_day.group(2))  # "on July 4th": that day of every year in the data
        return [Filter(ColRef(date_col, "month"), "=", month), Filter(ColRef(date_col, "day"), "=", day)]
    text = re.sub(r"\b(?:from|in)\s+(\d{4})\s+(?:onwards?|and later|or later|on)\b", r"since \1", text)  # "from 1990 onwards"
    mb = re.search(rf"\b(since|after|from|before|until|till|up to)\s+(?:({month_names})\.?\s+)?(\d{{4}})\b", text)
    if mb and mb.group(1) == "from" and not mb.group(2):
        mb = None  # "cars from 1976", "movies from 2010": made in that year (a range says "from 2010 to 2015")
    if mb and date_col:
        word, mon, year = mb.group(1), mb.group(2), int(mb.group(3))
        month = MONTHS[mon] if mon else 1
        if word in ("since", "from"):
            out.append(Filter(ColRef(date_col), ">=", _date(year, month)))
        elif word == "after" and mon:
            last = calendar.monthrange(year, month)[1]
            out.append(Filter(ColRef(date_col, "date"), ">", f"DATE '{year:04d}-{month:02d}-{last:02d}'"))
        elif word == "after":
            out.append(Filter(ColRef(date_col, "year"), ">", year))
        else:
            out.append(Filter(ColRef(date_col), "<", _date(year, month)))
        return out
    century = re.search(r"\b(?:in\s+)?(?:the\s+)?(1[0-9]|20)00['’]?s\b", text)
    if century:  # "in the 1700s": the century
        start = int(century.group(1)) * 100
        return [Filter(year_ref, "between", start, start + 99)]
    decade = re.search(r"\b(?:in\s+)?(?:the\s+)?(1[5-9]\d|20\d)0['’]?s\b", text)
    short = re.search(r"(?<!their )(?<!his )(?<!her )(?:\bthe\s+|['’]|\b)([3-9])0['’]?s\b", text)  # (not "in their 30s")
    if decade or short:  # "in the 1990s", "80s movies"
        start = int(decade.group(1)) * 10 if decade else 1900 + int(short.group(1)) * 10  # type: ignore[union-attr]
        return [Filter(year_ref, "between", start, start + 9)]
    rng = re.search(
        r"\b(?:between|from|(?:in|during|from|for|over|of)\s+(?:the\s+)?years?)\s+(?:the\s+years?\s+)?(\d{4})\s+"
        r"(?:and|to|through|thru|until|till|-)\s+(\d{4})\b(?!\s*(?:%|(?!" + _AFTER_YEARS + r"\b)[a-z]+))",
        text,
    )  # also "from the years 2000 through 2010", "in the years 1990 to 1999"; not "between 2000 and 3000 pounds"
    rng = rng or re.search(r"(?<![\d.,-])(\d{4})\s*[-–]\s*(\d{4})(?![\d.,%-])", text)  # "over the 1969-1984 period"
    rng = rng or re.search(r"\b(?:for|in|during|over)\s+(\d{4})\s+(?:to|through|thru|until|till)\s+(\d{4})\b", text)
    # ("for 2018 through 2022")
    if rng and not (_is_year(int(rng.group(1)), idx) and _is_year(int(rng.group(2)), idx)):
        rng = None  # "between 2000 and 3000 pounds": a weight, not years
    if rng:
        out.append(Filter(year_ref, "between", int(rng.group(1)), int(rng.group(2))))
        return out
    my = re.search(rf"\b({month_names})\.?\s+(?:of\s+)?(\d{{4}})\b", text)
    if my and date_col:
        out.append(Filter(ColRef(date_col, "year"), "=", int(my.group(2))))
        listed = re.search(  # "in June, July or August of 2013": the months listed, in that year
            rf"\b((?:(?:{month_names})\s*,\s*)*(?:{month_names})\s*,?\s+(?:or|and)\s+){re.escape(my.group(1))}\b", text
        )
        months = [MONTHS[w] for w in re.findall(month_names, listed.group(1))] if listed else []
        months = [*dict.fromkeys([*months, MONTHS[my.group(1)]])]
        through = re.search(  # "January through June of 1993": every month from the first to the last, in that year
            rf"\b({month_names})\s+(?:to|through|thru|until|till|-)\s+{re.escape(my.group(1))}\.?\s+(?:of\s+)?{my.group(2)}", text
        )
        if through:
            first, last = MONTHS[through.group(1)], MONTHS[my.group(1)]
            months = [(first + k - 1) % 12 + 1 for k in range((last - first) % 12 + 1)]
        if len(months) > 1:
            out.append(Filter(ColRef(date_col, "month"), "in", tuple(months)))
        else:
            out.append(Filter(ColRef(date_col, "month"), "=", MONTHS[my.group(1)]))
        return out
    if mb and year_col and not date_col:  # "after 1980", "before 1700" over an integer `year` column
        op = {"since": ">=", "from": ">=", "after": ">", "before": "<", "until": "<=", "till": "<=", "up to": "<="}[mb.group(1)]
        return [Filter(ColRef(year_col), op, int(mb.group(3)))]
    listed = re.search(
        r"(?<!between )(?<!from )\b(\d{4})((?:\s*,\s*\d{4})*)\s*,?\s+(?:and|or|&)\s+(\d{4})\b(?!\s*(?:%|[-–]|(?!"
        + _AFTER_YEARS
        + r"\b)[a-z]+))",
        text,
    )  # "for 2020 and 2021", "in 2019, 2020 or 2021": the years named, each
    years = [int(y) for y in re.findall(r"\d{4}", listed.group(0))] if listed else []
    if len(years) >= 2 and all(_is_year(y, idx) for y in years):
        return [*out, Filter(year_ref, "in", tuple(dict.fromkeys(years)))]
    for y in re.finditer(r"\b(in|during|for|of|year)?\s*(\d{4})\b", text):
        if not _is_year(int(y.group(2)), idx):
            continue
        if re.search(rf"(than|over|above|under|below|between|and|to|through|thru|until|till)\s+{y.group(2)}", text):
            continue
        if re.search(rf"\b{y.group(2)}\s+(?:to|through|thru|until|till|-)\s+\d{{4}}\b", text):
            continue  # the start of a range ("years 2000 through 2010"), read as one
        out.append(Filter(year_ref, "=", int(y.group(2))))
        break
    onward = (
        re.search(
            rf"\b(?:from|since|starting(?: in)?)\s+({month_names})\s+(?:onwards?|on)\b|\b({month_names})\s+(?:or|and)\s+later\b",
            text,
        )
        if date_col and _one_year(idx, date_col)
        else None
    )  # "from July onward" over one season's dates: its months from July on (over several years it names no one July)
    if onward and not out:
        return [Filter(ColRef(date_col, "month"), ">=", MONTHS[onward.group(1) or onward.group(2)])]  # type: ignore[arg-type]
    if date_col:
        mo = re.search(rf"\b(?:in|during|of)\s+({month_names})\b(?!\s+\d)", text)
        named: list[int] = []  # "the typical July temperature", "the coldest January", "June, July or August"
        spanned = re.search(rf"\b({month_names})\s+(?:to|through|thru|until|till|-)\s+({month_names})\b(?!\s+\d{{1,2}}\b)", text)
        if spanned and not any(f.col.column == date_col and f.op in ("between", ">=", "<=", ">", "<") for f in out):
            first, last = MONTHS[spanned.group(1)], MONTHS[spanned.group(2)]  # "January through June": each month of it
            span = tuple((first + k - 1) % 12 + 1 for k in range((last - first) % 12 + 1))
            out.append(Filter(ColRef(date_col, "month"), "in", span))
        if not re.search(r"\b(?:spring|summer|winter|autumn|fall|quarter|q[1-4])\b", text) and not spanned:
            for mt in re.finditer(r"\b(january|february|march|april|june|july|august|september|october|november|december)(?:e?s)?\b"
                                  r"(?!\s+\d)", text):  # fmt: skip
                if MONTHS[mt.group(1)] not in named:
                    named.append(MONTHS[mt.group(1)])
        if len(named) > 1:
            out.append(Filter(ColRef(date_col, "month"), "in", tuple(named)))
        elif mo and re.search(r"\b(?:spring|summer|winter|autumn)\b|\bfall\s+(?:months?|season)\b", text):
            pass  # "the summer months of June, July and August": the season's months, said again
        elif mo and not (mo.group(1) == "may" and not re.search(r"\bin may\b", text)):
            out.append(Filter(ColRef(date_col, "month"), "=", MONTHS[mo.group(1)]))
        elif named:
            out.append(Filter(ColRef(date_col, "month"), "=", named[0]))
        wd = re.search(r"\b(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b", text)
        if wd and not re.search(r"\bsaturdays? (?:and|or) sundays?\b", text):  # (the weekend, read with the weekends)
            out.append(Filter(ColRef(date_col, "weekday"), "=", wd.group(1).capitalize()))
    return out


def _full_dates(text: str) -> list[tuple[int, int, str]]:
    """Whole dates written in the question, as DATE literals with their spans: "1 January 2005", "January 31, 2005",
    "Jan 1st 2005", "2005-03-31", "3/31/2005" (month first, as US data writes it)."""
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    shapes = (
        (rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({names})\.?,?\s+(\d{{4}})\b", (3, 2, 1)),
        (rf"\b({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", (3, 1, 2)),
        (r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", (1, 2, 3)),
        (r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", (3, 1, 2)),
    )
    found: list[tuple[int, int, str]] = []
    for pattern, (yi, mi, di) in shapes:
        for mt in re.finditer(pattern, text):
            if any(s <= mt.start() < e for s, e, _ in found):
                continue
            mon = mt.group(mi)
            try:
                day = dt.date(int(mt.group(yi)), MONTHS[mon] if mon in MONTHS else int(mon), int(mt.group(di)))
            except ValueError:
                continue
            found.append((mt.start(), mt.end(), f"DATE '{day.isoformat()}'"))
    return sorted(found)


def _day_filters(text: str, date_col: str) -> list[Filter]:
    """Conditions on whole days: "between 1 January 2005 and 31 March 2005", "since 2013-06-01", "on Jan 1 2008"."""
    dates = _full_dates(text)
    if not dates:
        return []
    day = ColRef(date_col, "date")
    if len(dates) >= 2:
        between = text[dates[0][1] : dates[1][0]].strip()
        before = text[: dates[0][0]].rstrip()
        if between in ("and", "to", "through", "thru", "until", "till", "-") and re.search(r"\b(?:between|from)$", before):
            return [Filter(day, "between", dates[0][2], dates[1][2])]
    start, _, lit = dates[0]
    word = re.search(r"(\w+)\s*$", text[:start])
    op = {"since": ">=", "from": ">=", "after": ">", "before": "<", "until": "<=", "till": "<=", "through": "<="}.get(
        word.group(1) if word else "", "="
    )
    return [Filter(day, op, lit)]


def _date(year: int, month: int) -> str:
    return f"DATE '{year:04d}-{month:02d}-01'"


def _one_year(idx: _TableIndex, date_col: str) -> bool:
    """Dates that all fall in one calendar year (a season, a year's log)."""
    col = idx.column(date_col)
    lo, hi = str(col.min or ""), str(col.max or "")
    return len(lo) >= 4 and lo[:4] == hi[:4] and lo[:4].isdigit()


def _month_day_words(day: tuple[int, int]) -> tuple[str, int]:
    """(12, 25) as the words a question would use: ("december", 25)."""
    name = next(k for k, v in MONTHS.items() if v == day[0] and len(k) > 3)
    return name, day[1]

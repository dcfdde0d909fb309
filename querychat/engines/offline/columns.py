"""Which column of a table plays which part: the date, the year, the measures named, what the rows are.

Filters, groups and the parser all ask these questions of a table; asking them in one place keeps
their answers the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import re

from ...schema import ColumnProfile
from ..intent import _split_name
from ..lexicon import GENERIC_ROW_NOUNS, NOUN_SYNONYMS, PEOPLE_NOUNS, PLACE_CODE_NOUNS, singular
from .table_index import WEEKDAY_STARTS, Mentions, _TableIndex, _whole_ends
from .words import Question, _hits_column


def _measure_candidates(m: Mentions, idx: _TableIndex, numeric_only: bool = True) -> list[str]:
    cols = [
        c for c in m.columns
        if not numeric_only or (
            idx.column(c).is_numeric and (c not in idx.id_cols or m.says_id) and not _numbered_place(idx, c)
            and not _numbered_unit(idx, c)
            and c not in m.calendar
        )
    ]  # fmt: skip  # ("which user rated the most": `userId` is who, never a measure; nor districts numbered 1 to 53; nor
    # the `day` of "which day of the week": when)
    spans = {c: set(m.columns[c]) for c in cols}
    inside = {c for c in cols if any(len(spans[d]) >= 3 and spans[c] < spans[d] for d in cols)}  # "lean body mass" is
    # `lbm`, not the `wt` its last word names
    return sorted(cols, key=lambda c: (c in inside, -m.column_score[c], m.columns[c][0], len(idx.col_meaning[c])))


def _whole_numbered(col: ColumnProfile) -> bool:
    """Whole numbers, also kept as floats ("category 5" over 1.0 ... 5.0, a column with gaps that pandas wrote as
    float): an integer column, or whole ends with no more distinct values than the whole numbers between them."""
    if col.kind == "integer":
        return True
    return col.kind == "number" and _whole_ends(col) and 0 < col.distinct <= col.max - col.min + 1  # type: ignore[operator]


def _keeps_clock(idx: _TableIndex) -> bool:
    """A timestamp or a TIME column: the table knows the time of day of its rows."""
    return any(c.kind == "timestamp" or c.type.upper() == "TIME" for c in idx.table.columns)


def _hour_column(idx: _TableIndex) -> str | None:
    """The one numeric `hour` (or `hr`) of the day, 0 to 24, when no time or timestamp column holds the clock: "jobs
    submitted in the morning", "after 5 pm" read its values as hours."""
    if _keeps_clock(idx):
        return None
    hours = [
        c.name for c in idx.table.columns
        if c.is_numeric and _split_name(c.name) in (["hour"], ["hr"], ["hour", "of", "day"])
        and isinstance(c.min, (int, float)) and isinstance(c.max, (int, float)) and 0 <= c.min and c.max <= 24
    ]  # fmt: skip
    return hours[0] if len(hours) == 1 else None


def _date_column(idx: _TableIndex, m: Mentions | None = None, q: Question | None = None) -> str | None:
    """The date column: the one the question names when there are several, else the first."""
    temporal = [c.name for c in idx.table.columns if c.is_temporal]
    if q is not None and len(temporal) > 1 and q.has("born", "birth", "births", "birthday", "birthdays"):
        births = [c for c in temporal if set(_split_name(c)) & {"dob", "birth", "born", "birthday", "birthdate"}]
        if len(births) == 1:
            return births[0]  # "born in the 1960s" over `appdate` and `dob`: the birth date
    if m is not None and len(temporal) > 1:
        named = sorted((c for c in temporal if c in m.columns), key=lambda c: -len(m.columns[c]))
        if named:
            return named[0]  # ("when was the last poll finished": `enddate`, named twice, over `startdate`)
    return temporal[0] if temporal else None


def _year_column(idx: _TableIndex) -> str | None:
    """The integer column of years (`year`, `release_year`, two-digit model years), found once per table."""
    if idx.year_col is None:
        idx.year_col = _find_year_column(idx) or ""
    return idx.year_col or None


# Words of a year a thing came about (built, founded): an attribute of each row, while a table with another year
# (`YearSold`, `award_year`) counts its rows by that other year.
_MADE_WORDS = frozenset({"built", "founded", "established", "since", "born", "birth"})


def _find_year_column(idx: _TableIndex) -> str | None:
    for c in idx.table.columns:
        if c.kind == "integer" and c.name.lower() in ("year", "yr", "season") and isinstance(c.min, int) and c.min > 1000:
            return c.name
    for c in idx.table.columns:  # `year` 20, 40, ... 2000 over two thousand years of ice cores: still the year
        if (
            c.kind == "integer" and c.name.lower() in ("year", "yr") and isinstance(c.min, int) and isinstance(c.max, int)
            and 0 <= c.min and 1000 < c.max < 2200 and c.distinct >= 10
        ):  # fmt: skip
            return c.name
    for c in idx.table.columns:  # years kept as two digits (`year` 70-82, car models): still the year
        if _two_digit_years(c):
            return c.name
    named = _named_years(idx)
    events = [c for c in named if not set(_split_name(c.name)) & {"birth", "dob"}]  # (an award's year before a birth year)
    acts = [c for c in events if not set(_split_name(c.name)) & _MADE_WORDS]  # (a house's `YearSold` before `YearBuilt`)
    if acts or events or named:
        return (acts or events or named)[0].name
    return None


def _named_years(idx: _TableIndex) -> list[ColumnProfile]:
    """`release_year`, `model_year`, `date1`, `founded`, `oscar_yr`: years by their names and their values."""
    return [
        c for c in idx.table.columns
        if (c.kind == "integer" or (_whole_numbered(c) and c.nulls > 0))  # (floats only for the gaps pandas wrote)
        and not re.search(r"\d{4}", c.name)  # (`year_2010` of a wide table is a measure for that year)
        and (set(_split_name(c.name)) | idx.col_words.get(c.name, set()))
        & {"year", "yr", "date", "founded", "established", "built", "born", "since"}  # (also `yearacc`, glued)
        and isinstance(c.min, (int, float))
        and isinstance(c.max, (int, float))
        and 1000 < c.min <= c.max < 2200
    ]  # fmt: skip  # (also model years kept as floats for their gaps: 1990.0)


def _said_year_column(idx: _TableIndex, m: Mentions | None) -> str | None:
    """The one year column of several the question names ("built before 1950" over `Year.Built` beside `Yr.Sold`)."""
    named = [c.name for c in _named_years(idx)] if m is not None else []
    said = [c for c in named if c in m.columns] if m is not None and len(named) > 1 else []
    if len(said) > 1 and m is not None:  # "the vehicle model year" over `yearVeh` beside `yearacc`: the one named most
        scores = sorted((m.column_score.get(c, 0.0) for c in said), reverse=True)
        said = [c for c in said if m.column_score.get(c, 0.0) >= scores[1] + 1.0]  # (named by far more words)
    return said[0] if len(said) == 1 else None


def _two_digit_years(c: ColumnProfile) -> bool:
    """A `year` column holding 70..82 for 1970..1982, as older data sets write model years (or just 80 and 90 for a
    panel of two censuses, a `birthyear` of 87 and 88, or a `yronset` of 85..93: the year of onset)."""
    return (
        c.kind == "integer" and re.search(r"(?:year|yr)$|^(?:year|yr)(?!s)", re.sub(r"[^a-z]", "", c.name.lower()))
        and isinstance(c.min, int)
        and isinstance(c.max, int) and 10 <= c.min < c.max <= 99 and c.distinct >= 2
    )  # fmt: skip


def _stored_year(idx: _TableIndex, column: str, value: object) -> object:
    """A year as the column keeps it: 1976 is 76 in a column of two-digit years."""
    col = idx.column(column)
    if isinstance(value, int) and _two_digit_years(col) and 1900 + col.min - 10 <= value <= 1900 + col.max + 10:  # type: ignore[operator]
        return value - 1900
    return value  # (a year far outside the data, "a 2020 Corolla", stays as asked and is declined as beyond it)


def _year_bounds(idx: _TableIndex) -> tuple[int, int] | None:
    year_col = _year_column(idx)
    if year_col:
        c = idx.column(year_col)
        if not (isinstance(c.min, (int, float)) and isinstance(c.max, (int, float))):
            return None
        century = 1900 if _two_digit_years(c) else 0
        return int(c.min) + century, int(c.max) + century
    date_col = _date_column(idx)
    if date_col:
        c = idx.column(date_col)
        lo, hi = getattr(c.min, "year", None), getattr(c.max, "year", None)
        return (lo, hi) if isinstance(lo, int) and isinstance(hi, int) else None
    return None


def _is_year(v: float | int, idx: _TableIndex | None = None) -> bool:
    """A year: 1800-2100, or within the years the table's year/date column spans (wheat prices from 1565)."""
    if not isinstance(v, int):
        return False
    if 1800 <= v <= 2100:
        return True
    if idx is not None:
        bounds = _year_bounds(idx)
        return bounds is not None and bounds[0] - 10 <= v <= bounds[1] + 10
    return False


def _monthly_rows(idx: _TableIndex, date_col: str) -> bool:
    """Does the table hold one row per month (a monthly series)?"""
    c = idx.column(date_col)
    rows = idx.table.row_count
    try:
        lo, hi = (dt.date.fromisoformat(str(v)[:10]) for v in (c.min, c.max))
    except ValueError:
        return False
    if rows < 2 or c.distinct < 0.95 * rows:
        return False
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    return rows * 0.9 <= months <= rows * 1.1


def _few_values(idx: _TableIndex, name: str) -> bool:
    """An integer column of codes rather than amounts: a few values (levels, ratings), or an id that repeats
    (`schidkn`, a school's id on each pupil's row)."""
    col = idx.column(name)
    if col.kind != "integer" or name in idx.id_cols or col.distinct <= 0:
        return False
    rows = idx.table.row_count
    if col.distinct <= 60 and (col.distinct <= 12 or col.distinct <= 0.5 * rows):
        return True  # its values repeat: levels, not one reading per row (`miles` of a 55-row yearly series)
    return col.distinct <= 0.2 * rows and re.search(r"id|code", name.lower()) is not None


def _date_grain(idx: _TableIndex, date_col: str) -> str | None:
    """How far apart the dates of a series are (one row, or one row per series, each day, week or month), from
    the column's range and its number of distinct dates."""
    c = idx.column(date_col)
    try:
        lo, hi = (dt.date.fromisoformat(str(v)[:10]) for v in (c.min, c.max))
    except ValueError:
        return None
    if c.distinct < 3:
        return None
    step = (hi - lo).days / (c.distinct - 1)
    return next((g for g, (a, b) in _GRAINS.items() if a <= step <= b), None)


_GRAINS = {"day": (0.9, 1.5), "week": (6.5, 7.5), "month": (27.0, 33.0), "quarter": (85.0, 100.0), "year": (350.0, 380.0)}
# (wide enough for a distinct count that is an estimate: 46 for 48 quarters)


def _entity_noun(noun: str, idx: _TableIndex) -> bool:
    """Does this noun name the table's rows ("airports", "records", "victims") rather than a column?"""
    sing = singular(noun)
    if noun in GENERIC_ROW_NOUNS or sing in idx.name_words or noun in idx.name_words:
        return True
    if idx.names_rows(noun):
        return True  # "cars" over `mtcars`, "presidents" over `presidential`
    if any(w in idx.name_words for w in NOUN_SYNONYMS.get(sing, ())):
        return True  # "films" over a table called movies
    if sing in idx.shared_flag_words:
        return True  # "developers" over `Web_developer`, `Embedded_developer`, ...: the people the flags describe
    if noun in _STUDY_NOUNS and not any(  # (a column about them, `customer_service_calls`, does not name them)
        _hits_column(noun, ws) and singular(idx.col_meaning[c][-1]) == sing for c, ws in idx.col_words.items()
    ):
        return True  # "how many patients" over a study table (`anorexia`): its rows are the people studied
    if (
        noun != sing
        and sing in ("rating", "review", "score")
        and any(idx.col_meaning[c] == [sing] and idx.column(c).is_numeric for c in idx.col_words)
        and len(idx.id_cols) >= 1
    ):
        return True  # "the most ratings" over a table of ratings (a user's `rating` of a movie each): the rows
    return noun in PEOPLE_NOUNS and idx.people


# the people a table of one row per person is about, when no column names them: patients of a study, customers of a
# churn table, applicants of a credit table
_STUDY_NOUNS = frozenset({"patients", "patient", "participants", "participant", "respondents", "respondent", "volunteers",
                          "customers", "customer", "clients", "client", "applicants", "applicant", "borrowers", "borrower",
                          "subscribers", "subscriber", "employees", "employee", "students", "student", "pupils", "pupil"})  # fmt: skip


def _numbered_place(idx: _TableIndex, name: str) -> bool:
    """An integer column numbering places one row each (`district` 1 to 53): a label, never a measure."""
    col = idx.column(name)
    meaning = idx.col_meaning[name]
    return (
        col.kind == "integer" and len(meaning) == 1 and meaning[0] in PLACE_CODE_NOUNS
        and col.distinct >= 0.9 * max(idx.table.row_count, 1)
    )  # fmt: skip


def _code_numbered(idx: _TableIndex, name: str) -> bool:
    """A number coding who the rows belong to (`provnum`, a provider number over many stays) when no text column
    names them: the only way to tell them apart (but `city_code` beside the cities' names is not how they are asked)."""
    col = idx.column(name)
    return (
        col.kind == "integer" and re.fullmatch(r"[a-z]{3,}(?:num|code)|[a-z]{2,}[_.](?:no|num|nr|code)", name.lower()) is not None
        and 2 < col.distinct < 0.5 * max(idx.table.row_count, 1)
        and not any(c.kind == "text" and c.distinct >= 0.9 * col.distinct for c in idx.table.columns)
    )  # fmt: skip


def _numbered_unit(idx: _TableIndex, name: str) -> bool:
    """An integer column numbering places or units that hold several rows each (`school` 1 to 41 over its students, a
    `state` code over job losers): who the rows belong to, counted or grouped by, never averaged or added up."""
    col = idx.column(name)
    if _code_numbered(idx, name):
        return True  # `provnum`: a hospital by its provider number, many stays each
    meaning = [w for w in idx.col_meaning[name] if not w.isdigit()]  # (`Class_1`, a second `Class` renamed)
    if len(meaning) != 1 or meaning[0] not in PLACE_CODE_NOUNS | {"class", "classroom"}:
        return False
    lo, hi, n = col.min, col.max, col.distinct
    if col.kind == "number":  # 1.1, 1.2, ...: a class within its school
        return not _whole_numbered(col) and 2 < n < 0.2 * max(idx.table.row_count, 1)
    if col.kind != "integer" or not isinstance(lo, int) or not isinstance(hi, int) or n >= 0.5 * max(idx.table.row_count, 1):
        return False
    if meaning[0] in ("class", "classroom"):
        return lo == 1 and n > 2  # a class numbered within its school, 1 to 4
    # schools numbered 1 to 41, states by two-digit codes; not a count (years of `school` 3 to 16, `hospital` stays)
    return (lo == 1 and hi > 20 and hi in (n, n - 1)) or (lo >= 10 and n >= 20)  # (a gap counted as a value)


def _labels_rows(noun: str, idx: _TableIndex) -> bool:
    """A noun naming a text column with about one value per row ("states", "districts"): ranking those by a
    number ranks rows, so "top 5 states by assault" is not one group per assault count."""
    for name, words in idx.col_words.items():
        col = idx.column(name)
        numbered = idx.col_meaning[name] == [singular(noun)] and _numbered_place(idx, name)
        if (col.kind == "text" or numbered) and _hits_column(noun, words) and col.distinct >= 0.9 * max(idx.table.row_count, 1):
            return True  # (also districts numbered 1 to 53, one row each)
    return False


def _weekday_column(idx: _TableIndex) -> str | None:
    """A column that holds the day of the week itself (`day_of_week`, `weekday`, `dow`), or a `day` of weekday names
    ('Tuesday'); not a `weekday` flag of 'Y'/'N'."""
    for c in idx.table.columns:  # the names first ('Mon', 'Tuesday'), as a person reads them, before numbers 1-7
        if c.kind == "text" and c.values_complete and c.values and all(str(v).lower()[:3] in WEEKDAY_STARTS for v in c.values):
            return c.name
    if idx.weekday_letters:  # a `Day` of 'M', 'T', 'W', 'R', 'F', 'S', 'U'
        return idx.weekday_letters[0]
    for c in idx.table.columns:
        if c.kind in ("text", "integer") and set(_split_name(c.name)) - {"of", "the", "name"} in (
            {"day", "week"},
            {"weekday"},
            {"dow"},
        ):
            if c.kind == "text" and c.values_complete and c.distinct <= 3:
                continue  # `weekday` 'Y'/'N': whether the day is a weekday, not which
            return c.name
    return None


_INCOMING = re.compile(
    r"\b(?:receiv\w*|arriv\w*|attract\w*|gain\w*|inbound|incoming|into|went to|moved to|go to|goes to|fly to|flies to|"
    r"flights to|travel to|destinations?)\b"
)
_OUTGOING = re.compile(r"\b(?:leav\w*|left|depart\w*|sen[dt]\w*|los[te]\w*|outbound|outgoing|out of|came from|moved from)\b")


def _route_side(text: str, pair: tuple[str, str]) -> str | None:
    """The side of a route a question's verb names: arriving, received, "fly to" the destination; leaving the origin."""
    incoming, outgoing = _INCOMING.search(text), _OUTGOING.search(text)
    if bool(incoming) == bool(outgoing):
        return None
    return pair[1] if incoming else pair[0]

"""What the question ranks or lists: a column to group by, or the rows themselves.

"Which island has the most penguins", "the most expensive product", "top 5 cars": the ranked thing
has rules of its own, kept apart from the parser that decides what to compute for it.
"""

from __future__ import annotations

import re

from ..intent import ColRef, _split_name
from ..lexicon import (
    AGG_WORDS,
    DESCRIPTIVE_WORDS,
    DIRECTIONAL,
    DISTINCT_WORDS,
    GENERIC_ROW_NOUNS,
    KIND_HEADS,
    PLACE_CODE_NOUNS,
    STOP,
    singular,
)
from .columns import (
    _code_numbered,
    _date_column,
    _date_grain,
    _entity_noun,
    _few_values,
    _labels_rows,
    _measure_candidates,
    _monthly_rows,
    _numbered_unit,
    _route_side,
    _said_year_column,
    _weekday_column,
    _year_column,
)
from .groups import _literal_part_column
from .table_index import Mentions, _numbered_units, _other_spellings, _TableIndex
from .words import Question, _abbreviates, _hits_column


def _subject(q: Question, idx: _TableIndex, m: Mentions, which: re.Match[str] | None, top_n: re.Match[str] | None,
             groups: list[ColRef]) -> tuple[ColRef | None, bool] | None:  # fmt: skip
    """The thing being ranked: a column to group by, or the rows themselves (row_level=True)."""
    words: list[str] = []
    if which:
        words = which.group(2).split()
    elif top_n:
        after = re.findall(r"[a-z0-9_]+", q.lower[top_n.end() :])
        while len(after) > 1 and after[0] != "by" and _is_modifier(after[0], idx):
            after = after[1:]  # "top 10 highest grossing movies": the movies (but "the 3 highest wages": the wages)
        words = after[:2]
    for cut in ("with", "having", "that", "which", "where", "whose", "have", "has", "had", "by"):
        if cut in words[1:]:  # "3 countries with the lowest ...": the countries
            words = words[: words.index(cut)]
    words = [w for w in words if not w.isdigit()]
    if not words:
        return None
    if (
        top_n and not which and not q.phrase(r"\b(?:by|per|for each|in each)\b")
        and q.phrase(r"\b\d+\s+(?:highest|lowest|largest|smallest|biggest|greatest|fastest|slowest|longest|shortest)\s+")
        and any(
            (idx.column(c).kind == "number" or (idx.column(c).kind == "integer" and (not _few_values(idx, c) or idx.column(c).distinct > 12)))
            and c not in idx.id_cols
            and (_hits_column(words[-1], ws) or _hits_column(singular(words[-1]), ws))
            for c, ws in idx.col_words.items()
        )
    ):  # fmt: skip
        return None, True  # "the 5 highest murder rates": the rows with those rates, not one group per rate
    own, date_col = _weekday_column(idx), _date_column(idx, m)
    if words[0] in ("day", "days", "weekday", "weekdays") and q.phrase(r"\b(?:days?\s+of\s+(?:the\s+)?week|weekdays?)\b"):
        if own:  # "which day of the week" over a `day_of_week` column: that column
            return ColRef(own), False
        if date_col:  # else the weekday of the date
            return ColRef(date_col, "weekday"), False
    if words[0] in ("decade", "decades") and (_year_column(idx) or date_col):
        year_col = _year_column(idx)  # "which decade had the highest average": each decade's, from the year or the date
        return (ColRef(year_col, "decade") if year_col else ColRef(date_col, "date_decade")), False  # type: ignore[arg-type]
    if words[0] in ("month", "months") and date_col and q.phrase(r"\bmonths?\s+of\s+(?:the\s+)?year\b"):
        return ColRef(date_col, "month"), False  # "which month of the year has the highest average": over all years
    if (
        words[0] in ("day", "days", "date", "dates")
        and date_col
        and idx.column(date_col).kind == "timestamp"
        and not q.phrase(r"\bdays?\s+of\s+(?:the\s+)?month\b")
        and not any(_split_name(c.name) in (["day"], ["mday"], ["dom"]) for c in idx.table.columns)  # (nycflights13's `day`)
    ):
        return ColRef(date_col, "date"), False  # "which day had the highest average" over half-hourly readings: each date
    got = _subject_words(words, q, idx, m)
    if len(words) == 3 and (got is None or got[0] is None):  # "which chest pain type": the last two words may be enough
        got = _subject_words(words[1:], q, idx, m) or got
    return got


def _is_modifier(word: str, idx: _TableIndex) -> bool:
    """A word between a rank and the ranked noun: highest, most, expensive, grossing, selling."""
    if word in AGG_WORDS or word in DIRECTIONAL or word in ("most", "least", "the", "best", "worst", "expensive"):
        return True
    if _entity_noun(word, idx):
        return False  # "top 5 trips by fare" over `taxi_trips` with `trip_miles`: the trips themselves
    own = {word, singular(word)} | ({word[:-3], word[:-3] + "e"} if word.endswith("ing") and len(word) > 6 else set())
    own |= {v for w in tuple(own) for v in _other_spellings(w)}  # "centres" over `center`
    # its own forms, not synonyms: "selling" is not `quantity` here
    if any(
        (
            own & w
            or (  # "top 3 institutions" over a code column `inst` that repeats
                any(_abbreviates(x, word) for x in idx.col_meaning[c]) and idx.column(c).distinct <= 0.5 * idx.table.row_count
            )
        )
        and (
            idx.column(c).kind == "text"
            or _few_values(idx, c)
            or c == _year_column(idx)
            or (bool(set(idx.col_meaning[c]) & PLACE_CODE_NOUNS) and idx.column(c).distinct < 0.5 * idx.table.row_count)
            or _numbered_units(idx.column(c), idx.table.row_count)
        )  # (also "the top 5 schools" over school numbers, "the top 5 classes" over class numbers, many pupils each)
        for c, w in idx.col_words.items()
        if c not in idx.id_cols
    ):
        return False  # "top 3 schooling levels", "top 5 ages": what is ranked, one group per value
    if word.endswith(("est", "ing")) and len(word) > 5:
        return True
    if any(  # "top 5 professors" over a numbered `prof` that repeats: who is ranked
        idx.column(c).kind == "integer" and len(c) >= 3 and singular(word).startswith(c.lower()) and singular(word) != c.lower()
        and idx.column(c).distinct <= 0.5 * idx.table.row_count
        for c in idx.col_words
    ):  # fmt: skip
        return False
    if word != singular(word) and any(  # "top 3 hospitals" over a provider number `provnum` that repeats: who is
        _code_numbered(idx, c) and _hits_column(word, w) for c, w in idx.col_words.items()
    ):  # ranked, by a number naming it (but "the 3 longest hospital stays": the stays)
        return False
    numbered = {  # "top 5 districts" over a `district` number a row: the districts, not a measure between
        c for c in idx.col_words
        if idx.column(c).kind == "integer" and idx.column(c).distinct >= 0.95 * max(idx.table.row_count, 1)
        and set(idx.col_meaning[c]) & PLACE_CODE_NOUNS
    }  # fmt: skip
    return any(
        idx.column(c).is_numeric and _hits_column(word, w) and not idx.sold_not_price(c, word)
        for c, w in idx.col_words.items() if c not in idx.id_cols and c not in numbered
    )  # fmt: skip


def _superlative_names(q: Question, words: set[str]) -> bool:
    """Is one of these nouns what the question ranks ("which product", "the best selling product", "top 3 products")?"""
    for i, tok in enumerate(q.tokens):
        if tok in words or q.singles[i] in words:
            before = q.tokens[max(0, i - 3) : i]
            if any(
                b in ("which", "what", "top", "bottom", "most", "least", "best", "worst") or b.endswith("est") for b in before
            ):
                return True
    return False


def _asked_column(q: Question, m: Mentions) -> str | None:
    """The column asked for about one ranked row: "what is the cut of the most expensive diamond" -> `cut`."""
    mt = q.phrase(
        r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+the\s+((?:\w+\s+){1,3}?)(?:of|in|for|on)\s+the\s+(?:\w+\s+){0,5}?(?:most|least|\w+est)\b"
    )
    if not mt:
        mt = q.phrase(r"^\s*how\s+(\w+\s+)(?:is|was|are|were)\s+the\s+(?:\w+\s+){0,3}?(?:most|least|\w+est)\b")
        if not mt or mt.group(1).strip() in ("many", "much"):  # "how tall is the thickest tree": the height
            return None
    start = q.token_at(mt.start(1))
    span = set(range(start, start + len(mt.group(1).split())))
    named = [c for c, pos in m.columns.items() if set(pos) & span and set(pos) <= span]
    return max(named, key=lambda c: m.column_score[c]) if named else None


def _superlative_subject(q: Question, idx: _TableIndex, m: Mentions) -> tuple[ColRef | None, bool] | None:
    """The noun right after a superlative, when it names the table's rows or a text column."""
    for i, tok in enumerate(q.tokens):
        if not (tok in AGG_WORDS and AGG_WORDS[tok] in ("max", "min")) or tok in ("top", "bottom", "record", "max", "min"):
            continue
        for j, nxt in enumerate(q.tokens[i + 1 : i + 4], i + 1):
            if any(s <= j < e for s, e, _, _ in m.values) and j + 1 < len(q.tokens) and _entity_noun(q.tokens[j + 1], idx):
                continue  # "the lowest rated horror movie": a value word before the table's noun
            if nxt in DESCRIPTIVE_WORDS:
                continue  # "the longest survival time": the time
            if _is_modifier(nxt, idx) and not _entity_noun(nxt, idx):
                if (
                    not nxt.endswith(("ing", "ed"))
                    and nxt not in DIRECTIONAL
                    and any(_hits_column(nxt, w) and idx.column(c).is_numeric for c, w in idx.col_words.items())
                ):
                    return None  # "the maximum government employment": a value of a column, not a row
                continue
            if nxt in STOP and nxt not in ("day", "days", "month", "year"):
                return None
            if any(
                idx.column(c).is_numeric and nxt in w and (len(w) == 1 or not _entity_noun(nxt, idx))
                for c, w in idx.col_words.items()
                if c not in idx.id_cols
            ):
                return None  # "the highest wheat price" in a table `wheat` with a column `wheat`: the column
            got = _subject_words([nxt], q, idx, m)
            if got is None or (got[0] is not None and idx.column(got[0].column).is_numeric):
                return None
            head = q.tokens[j + 1] if j + 1 < len(q.tokens) else ""
            if got[0] is not None and any(
                c in m.columns and idx.column(c).is_numeric and c not in idx.id_cols and _hits_column(head, w)
                for c, w in idx.col_words.items()
            ):
                return None  # "the narrowest foot width": the width, "foot" only says whose (not `biggerfoot`)
            return got
        return None
    return None


def _subject_words(words: list[str], q: Question, idx: _TableIndex, m: Mentions) -> tuple[ColRef | None, bool] | None:
    if len(words) > 1 and words[-1] not in STOP and singular(words[-1]) not in KIND_HEADS | {"group", "class", "category"}:
        # "which seed species": the head noun's column (`species`), not `seeds` named by the first word
        head = [
            n for n in idx.col_words
            if idx.column(n).kind == "text" and idx.col_meaning[n] in ([words[-1]], [singular(words[-1])])
            and 1 < idx.column(n).distinct <= 0.5 * max(idx.table.row_count, 1)
        ]  # fmt: skip
        if len(head) == 1:
            return ColRef(head[0]), False
    first = words[0]
    place = next((w for w in words if singular(w) in ("airport", "station", "port", "stop", "city", "place")), None)
    pair = idx.route_pair() if place else None
    if pair and not any(_hits_column(place, ws) for ws in idx.col_words.values()):  # type: ignore[arg-type]
        return ColRef(_route_side(q.lower, pair) or pair[0]), False  # "which airport" over Source/Destination codes
    if first in ("month", "months") and _month_series(idx):  # year and month columns, a row per month: that row
        return ColRef(_month_series(idx)), True  # type: ignore[arg-type]
    spelled = [  # "which 2 cell types": the words spell a glued text column (`celltype`)
        c for c, pos in m.columns.items()
        if len(pos) > 1 and (idx.column(c).kind == "text" or _few_values(idx, c))
        and all(q.tokens[p] in words or q.singles[p] in words for p in pos)
    ]  # fmt: skip
    if spelled:
        col = idx.column(spelled[0])
        return ColRef(spelled[0]), col.distinct > 0.5 * max(idx.table.row_count, 1)
    sing = singular(first)
    ided = [c for c in idx.id_cols if sing in idx.col_meaning[c] and idx._id_named(c, q)]
    if len(ided) == 1 and not any(  # "which user" over `userId` of a table of ratings: one group per user
        _hits_column(first, ws) or _hits_column(sing, ws) for n, ws in idx.col_words.items() if n != ided[0]
    ):
        label = idx.label
        same = label is not None and abs(idx.column(label).distinct - idx.column(ided[0]).distinct) <= 0.1 * max(
            idx.column(ided[0]).distinct, 1
        )  # "which movie" over `movieId` and its `title`, one each: by the title
        own_row = idx.column(ided[0]).distinct >= 0.95 * max(idx.table.row_count, 1)  # "which segment": a row each
        return ColRef(label if same else ided[0]), own_row  # type: ignore[arg-type]
    said_year = _said_year_column(idx, m) if sing == "year" else None
    if said_year:  # "the top 5 vehicle model years" over `yearVeh` beside the crash's `yearacc`: the year named
        return ColRef(said_year), False
    at = {i for i, t in enumerate(q.tokens) if t == first}
    packed = [c for c in m.columns if c in idx.packed and set(m.columns[c]) & at and _few_values(idx, c)]
    if packed:  # "which school" over a packed id `schidkn` found only by the question's whole reading
        return ColRef(packed[0]), False
    stepped = [c for c in m.columns if set(m.columns[c]) & at and idx.col_meaning[c] == ["time"] and _few_values(idx, c)]
    if stepped:  # "which week" over a study's `Time` in weeks: one group per week
        return ColRef(stepped[0]), False
    date_col = _date_column(idx, m)
    grain = _date_grain(idx, date_col) if date_col else None
    if grain and sing == grain and grain in ("week", "month"):
        return ColRef(date_col), True  # type: ignore[arg-type]  # "which week" over weekly prices: a row, by its date
    literal = _literal_part_column(idx, first)
    if literal is not None:
        return ColRef(literal), False  # "which day had the most flights": one group per day of the month
    if first in ("month", "months") and date_col and _monthly_rows(idx, date_col):
        return ColRef(date_col), True  # one row per month: "which month" asks for a row
    if first in ("month", "months", "year", "years") and date_col and singular(first) in _split_name(date_col):
        return ColRef(date_col), True  # a monthly series whose date column is called `month`
    if first in ("day", "days", "date", "dates", "time") and _date_column(idx):
        dated = idx.column(_date_column(idx))  # type: ignore[arg-type]
        return ColRef(dated.name), dated.distinct >= 0.5 * max(idx.table.row_count, 1)  # (many rows a date: summed)
    day_of_month = next(
        (c.name for c in idx.table.columns
         if c.kind == "integer" and c.name.lower() in ("day", "date_of_month", "day_of_month", "mday", "dom")),
        None,
    )  # fmt: skip
    if first in ("date", "dates") and day_of_month and _year_column(idx):
        return ColRef(day_of_month), True  # "which date had the most births" over year, month and day columns: that row
    if (first in ("year", "years") or words[-1] in ("year", "years")) and (_date_column(idx) or _year_column(idx)):
        # "which year", "which survey year": one group per year
        return (ColRef(_year_column(idx)) if _year_column(idx) else ColRef(_date_column(idx), "year")), False  # type: ignore[arg-type]
    if first in ("month", "months") and _date_column(idx):
        return ColRef(_date_column(idx), "month"), False  # type: ignore[arg-type]
    stamp = _date_column(idx)
    if first in ("hour", "hours") and stamp and idx.column(stamp).kind == "timestamp" and "hour" not in idx.col_meaning[stamp]:
        return ColRef(stamp, "hour"), False  # "which hour had the most stops": one group per hour of the day
    clock = [c.name for c in idx.table.columns if c.type.upper() == "TIME"]
    if first in ("hour", "hours") and len(clock) == 1:
        return ColRef(clock[0], "hour"), False  # the same over a time of day kept apart from its date
    most = q.phrase(r"\b(?:most|fewest|least)\s+(\w+)")
    explicit = bool(q.phrase(r"\b(?:average|avg|mean|median|total)\b"))  # "which age has the highest average wage"
    for name in sorted(idx.col_words, key=lambda n: -m.column_score.get(n, 0.0)):  # "which peak hour", "which month"
        if first in ("day", "days"):
            if _split_name(name) == ["day"] and idx.column(name).is_numeric:
                return ColRef(name), True  # "which day was the hottest" over Month/Day columns: a row, named by its day
            continue
        col = idx.column(name)
        parts = [p for p in _split_name(name) if not p.isdigit()] or _split_name(name)  # (`age0`: a wave, "age")
        ranked_by = bool(  # "which age has the lowest death probability": one answer per age, ranked by the other
            q.phrase(r"\b(?:highest|lowest|largest|smallest|biggest|greatest|longest|shortest)\b")
            and any(o != name and idx.column(o).is_numeric and o not in idx.id_cols for o in m.columns)
            and col.distinct < 0.9 * max(idx.table.row_count, 1)  # (not `dept` numbering one department a row)
        )
        counted = (
            (bool(most and _entity_noun(most.group(1), idx)) or explicit or ranked_by)
            and col.kind == "integer" and col.distinct <= 200
        )  # fmt: skip
        kind_of = (  # "which metal type" over a column `metal` of ten kinds of metal
            col.kind == "text"
            and parts == [sing]
            and len(words) > 1
            and words[1] in ("type", "types", "kind", "kinds", "category")
            and col.distinct <= 60
            and col.distinct < 0.5 * max(idx.table.row_count, 1)
        )
        coded = (  # a text column of few repeated values named by a clipped or vowel-less word, the only one the words name
            col.kind == "text" and len(parts) == 1 and col.distinct <= 60 and col.distinct < 0.5 * max(idx.table.row_count, 1)
            and not idx.dim_label and first not in idx.col_words[name]
            and not any(first in ws for o, ws in idx.col_words.items() if o != name)  # (not `sex` beside a `gender`)
            and not (len(words) > 1 and any(_hits_column(words[-1], ws) for ws in idx.col_words.values()))
        )  # fmt: skip
        place = (col.kind == "integer" and bool(set(parts) & PLACE_CODE_NOUNS)) or _numbered_unit(idx, name)
        # ("which district" over district numbers; "which hospital" over codes 3.6, 0.1, ... or a `provnum`)
        if (
            (_few_values(idx, name) or (col.is_numeric and 0 < col.distinct <= 12) or counted or coded or kind_of or place)
            and name not in idx.id_cols
            and (
                [singular(w) for w in words[: len(parts)]] == parts
                or (len(parts) == 1 and (sing == parts[0] or _hits_column(first, idx.col_words[name])))
                or (coded and bool(at & set(m.columns.get(name, ()))))  # "marital status" for `maritl`
                or (place and bool(at & set(m.columns.get(name, ()))))  # "hospitals" for `provnum` (a synonym)
            )
        ):  # ("which age has the most workers": one group per age, counted)
            rows = max(idx.table.row_count, 1)
            if place and col.distinct >= 0.95 * rows:
                return ColRef(name), True  # a district a row: the rows, by their number (and their name beside it)
            return ColRef(name), False  # also "schooling levels" -> `school`, "ages" -> `age`
    if len(words) > 1 and singular(words[-1]) in KIND_HEADS:  # "marital statuses" over `Marital` beside a `Status`
        whole = [
            n for n in idx.col_words
            if idx.col_meaning[n] == [singular(words[-2])] and idx.column(n).kind == "text"
            and idx.column(n).distinct <= 0.5 * max(idx.table.row_count, 1)
        ]  # fmt: skip
        if len(whole) == 1:
            return ColRef(whole[0]), False
    if len(words) > 1:  # "which customer segment": the head noun names the column
        last = words[-1]
        for name, words_ in idx.col_words.items():
            col = idx.column(name)
            few = col.is_numeric and 0 < col.distinct <= 60 and name not in idx.id_cols  # "the most common tree height"
            if (_hits_column(last, words_) or _hits_column(singular(last), words_)) and (not col.is_numeric or few):
                return ColRef(name), col.kind == "text" and col.distinct > 0.5 * max(idx.table.row_count, 1)
    place = idx.place_column() if sing in ("province", "state", "territory") else None
    full = [
        n for n in idx.col_words
        if idx.column(n).kind == "text" and sing in idx.col_meaning[n] and ("name" in idx.col_meaning[n] or n != place)
    ]  # fmt: skip
    if place and full:  # "which state" over `state.abb` and `state.name`, or `state` ('Texas') and `abb`: the name
        place = full[0]
    if place:  # "which province" over codes 'QUE', 'ONT' (a row each when each row is one)
        return ColRef(place), idx.column(place).distinct >= 0.9 * max(idx.table.row_count, 1)
    if idx.dim_label and (first in idx.dim_words or sing in idx.dim_words):
        return ColRef(idx.dim_label), False  # "which product" over sales joined to products: by product name

    def qualified(n: str) -> bool:  # "the most expensive house" over ames_house_sales: a house, not its `House.Style`
        meaning = idx.col_meaning[n]
        return (
            (sing in idx.name_words or first in idx.name_words or idx.names_rows(first)) and len(meaning) > 1
            and not {"name", "title", "id", "label"} & set(meaning)
            and not all(w in q.tokens or w in q.singles for w in meaning)
        )  # fmt: skip

    if (sing in idx.name_words or first in idx.name_words or idx.names_rows(first)) and not any(
        (first in w or sing in w) and not qualified(n) for n, w in idx.col_words.items() if idx.column(n).kind == "text"
    ):
        return None, True  # "the most expensive visit" over `visits`: the rows, not `visit_date`
    found = []
    for name, words_ in idx.col_words.items():
        if (_hits_column(first, words_) or _hits_column(sing, words_)) and not qualified(name):
            col = idx.column(name)
            coded = col.kind == "integer" and len(name) >= 3 and sing.startswith(name.lower()) and sing != name.lower()
            coded = coded or (  # "top 3 individuals" over `individual` numbers, four rows each: who is ranked
                col.kind == "integer" and sing == name.lower() and 60 < col.distinct <= 0.5 * max(idx.table.row_count, 1)
            )
            if col.is_numeric and name not in ("year",) and not coded:
                continue  # (but "which professor" over a numbered `prof`: who it is)
            found.append(name)
    if found:  # "which station do most rides start from": `start_station` over `end_station`
        name = max(  # ties: the row's label, then a text column ("which candidate": `Candidate_Name`, not its id code)
            found, key=lambda n: (m.column_score.get(n, 0), n == idx.label, idx.column(n).kind == "text")
        )
        col = idx.column(name)
        row_level = col.kind == "text" and col.distinct > 0.5 * max(idx.table.row_count, 1)
        return ColRef(name), row_level
    if sing in idx.name_words or first in idx.name_words or first in GENERIC_ROW_NOUNS or idx.names_rows(first):
        return None, True
    if _entity_noun(first, idx):
        return None, True  # "top 3 athletes by score" over a table of people
    last = words[-1]
    if len(words) > 1 and (last in GENERIC_ROW_NOUNS or singular(last) in idx.name_words or idx.names_rows(last)):
        return None, True  # "top 5 highest CO2 readings": the rows, ranked by the column named before them
    return None


def _row_question(q: Question, idx: _TableIndex) -> bool:
    """'Which day had the most rain' asks for a row, not a value."""
    named = q.phrase(r"^\s*what\s+(?:is|was)\s+the\s+\w+(?:est)?\s+(?:\w+\s+)?(\w+)\s*\??$")
    if named and _entity_noun(named.group(1), idx):
        return True  # "what is the highest rated film": the film, not the rating
    terse = q.phrase(r"^\s*(?:the\s+)?\w+(?:est|ernmost)\s+(\w+)(?:\s+(?:by|in terms of|based on)\s+[\w\s]+)?\s*\??$")
    if terse and (_entity_noun(terse.group(1), idx) or _labels_rows(terse.group(1), idx)):
        return True  # "southernmost city?", "heaviest car", "poorest country by GDP per capita": the row
    most = q.phrase(r"^\s*what\s+(?:is|was)\s+the\s+(?:most|fewest|least)\s+(\w+)")
    if most and most.group(1) in q.tokens:  # "what's the most hours of TV anyone watches": the largest value
        at = q.tokens.index(most.group(1))
        nxt = q.tokens[at + 1] if at + 1 < len(q.tokens) else ""
        if not (nxt and _entity_noun(nxt, idx)) and any(  # (not "the most profitable company": the company)
            at in pos
            and idx.column(c).is_numeric
            and (q.tokens[at] in idx.col_words[c] or q.singles[at] in re.sub(r"[^a-z]", "", c.lower()))
            for c, pos in idx.mentions(q).columns.items()
        ):
            return False
    return bool(q.phrase(r"^\s*(who|whom)\b|,\s*who\s+(?:had|has|have|was|were|is|got|hit|scored|made)\b")) or bool(
        q.phrase(
            r"^\s*(which|what|when|who|where)\b(?!\s+(is|was|are|were)\s+the\s+(highest|lowest|maximum|minimum|max|min|largest|smallest|longest|shortest|biggest|average|total))"
        )
    )


def _row_label(q: Question, idx: _TableIndex) -> str | None:
    if q.phrase(r"^\s*(?:who|whom)\b") and idx.person_column():
        return idx.person_column()  # "who won series 7" over bakes and their `baker`: the person, not the bake
    if q.phrase(r"^\s*when\b") or q.has("day", "date"):
        return _date_column(idx) or (_year_column(idx) if q.phrase(r"^\s*when\b") else None) or idx.label  # (a year
        # and its quarter, with no date: "when was approval at its lowest")
    if q.phrase(r"\b(?:in\s+)?which\s+year\s+and\s+quarter\b|\byear\s+and\s+quarter\b") and _year_column(idx):
        return _year_column(idx)
    if q.has("year") and _year_column(idx) and q.phrase(r"\b(?:\w+est|most|least|\d+)\s+years?\b"):
        return _year_column(idx)  # "the 3 coldest years", "the deadliest year": named by the year
    if idx.label is not None and idx.column(idx.label).distinct <= 12 and idx.id_cols:
        return idx.main_id()  # "who is the youngest patient": the patient's id, not a sex or treatment shared by many
    return idx.label


def _distinct_target(q: Question, idx: _TableIndex, m: Mentions, groups: list[ColRef]) -> ColRef | None:
    if groups:
        return groups[0]
    pair = idx.route_pair()
    places = q.phrase(r"\b(?:airports|stations|ports|stops|cities|places)\b")
    if pair and places and not any(_hits_column(places.group(0), ws) for ws in idx.col_words.values()):
        return ColRef(_route_side(q.lower, pair) or pair[0])  # "the airports you can fly to from BOS": the side the verb says
    after = [i + 1 for i, t in enumerate(q.tokens) if t in DISTINCT_WORDS]  # "how many different users": `userId`
    ends = []
    for p in after:  # "the different seat belt enforcement types": the last of the column words said in a row
        j = p
        while j < len(q.tokens) and q.singles[j] not in KIND_HEADS and any(j in pos for pos in m.columns.values()):
            j += 1  # (not "metal types" over `bonding type`: the kind word names no column of its own)
        if j > p + 1:
            ends.append(j - 1)
    named = [  # (not "MPAA ratings" over the numeric `rating`: the ratings `mpaa` holds)
        c for c, pos in m.columns.items() if any(e in pos for e in ends) and c not in idx.flags and not idx.column(c).is_numeric
    ]  # fmt: skip
    if len(named) != 1:
        named = [c for c, pos in m.columns.items() if any(p in pos or p + 1 in pos for p in after) and c not in idx.flags]
    plain = [c for c in named if len(idx.col_meaning[c]) == 1]
    if (
        len(named) > 1 and len(plain) == 1
        and all(len(idx.col_meaning[c]) > 1 and set(m.columns[c]) <= set(m.columns[plain[0]]) for c in named if c != plain[0])
    ):  # fmt: skip
        named = plain  # "how many distinct mothers" over `mom`, `momEd`, `motherAge`: the one the word names whole
    if len(named) > 1 and len({idx.column(c).is_numeric for c in named}) == 1:
        # "different departments" over `subject` and `subject_abbr`, "different win totals" over `Wins` and `WinPct`:
        # of columns of one kind, the one the words name best
        top = max(m.column_score.get(c, 0.0) for c in named)
        best = [c for c in named if m.column_score.get(c, 0.0) == top]
        named = best if len(best) == 1 else named
    if len(named) == 1:
        return ColRef(named[0])
    cands = [
        c
        for c in _measure_candidates(m, idx, numeric_only=False)
        if not idx.column(c).is_numeric or (c == _year_column(idx) and q.has("year", "years")) or _numbered_unit(idx, c)
    ]  # (also "list the schools" over schools numbered 1 to 41)
    if not cands and (not m.table_hit or q.has("distinct", "different", "unique")):
        # "list the screen sizes", "how many different processor speeds", "the distinct tree heights": a few numbers
        cands = [
            c for c in _measure_candidates(m, idx)
            if c not in idx.id_cols and (_few_values(idx, c) or 0 < idx.column(c).distinct <= 60 or q.has("distinct", "different", "unique"))
        ]  # fmt: skip
    if cands:
        best = cands[0]
        for c in cands[1:]:  # "product categories": the head noun, the last of adjacent column words
            if m.column_score[c] == m.column_score[best] and m.columns[c][0] == m.columns[best][-1] + 1:
                best = c
        label = idx.label
        if (
            label in cands
            and label != best
            and m.column_score[label] >= m.column_score[best]
            and m.columns[label] == m.columns[best]
        ):
            best = label  # "list the airports" names `faa` and `name` alike: the names
        return ColRef(best)
    return None


def _month_series(idx: _TableIndex) -> str | None:
    """The `month` column of a monthly series kept as year and month columns (one row per month), or None."""
    year = _year_column(idx)
    month = next((c for c in idx.table.columns if _split_name(c.name) in (["month"], ["mon"], ["mo"])), None)
    if year is None or month is None or month.distinct > 12:
        return None
    cells = idx.column(year).distinct * max(month.distinct, 1)
    return month.name if 12 < idx.table.row_count <= cells * 1.05 else None

"""What one table offers a question: its column words, values, yes/no flags and label column.

These lookups are the costly part of reading a question, so they are built once per table profile
(the engine caches them per session); ``Mentions`` is what one question finds in one table.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from math import prod
from typing import Any

from ...schema import ColumnProfile, TableProfile
from ..intent import _is_id, _split_name
from ..lexicon import (
    ABBREVIATIONS,
    AGG_WORDS,
    AIRPORT_CODES,
    CLIPPED_FORMS,
    CODED_CATEGORIES,
    COUNTRY_CODES,
    COUNTRY_NAMES,
    DEMONYMS,
    DIRECTIONAL,
    DISTINCT_WORDS,
    KIND_HEADS,
    LANGUAGE_CODES,
    MEMBER_VALUES,
    MONTHS,
    NOUN_SYNONYMS,
    OUTCOME_COLUMNS,
    OUTCOME_SYNONYMS,
    PERSON_NUMBER_NAMES,
    PLACE_ABBREVIATIONS,
    PLACE_CODE_NOUNS,
    ROW_NOUNS_OF_COLUMN,
    SALE_VERBS,
    STOCK_TICKERS,
    STOP,
    SYNONYMS,
    TIME_GRAIN_NOUNS,
    UNIT_QUESTION_WORDS,
    UNIT_WORDS,
    US_STATES,
    VALUE_SYNONYMS,
    WEEKDAYS,
    singular,
)
from .words import (
    _GLUED_AFFIXES,
    _GLUED_PREFIXES,
    _INFLECTIONS,
    _LEXICON_WORDS,
    _NOT_ABBREVIATED,
    _PEOPLE_SINGULAR,
    _WEAK_WORDS,
    Question,
    _abbreviates,
    _additive,
    _clips,
    _expand,
    _glued_pieces,
    _hits_column,
    _names_word,
    _root,
    _skeleton_of,
    _spelled_by_pair,
    _stem,
)

# Values that say what their column is, whatever it is called: (the values, the words that name the column).
_CONCEPTS = (
    (
        frozenset({"male", "female", "men", "women", "man", "woman", "m", "f", "boys", "girls", "boy", "girl"}),
        frozenset({"gender", "sex"}),
    ),
    (frozenset({"married", "single", "divorced", "widowed", "separated", "never married", "unmarried"}), frozenset({"marital"})),
    (  # a `Time` holding 'Monday', 'Friday': "each day"
        frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
        frozenset({"day", "days", "weekday", "weekdays"}),
    ),
    (  # a `Rain` holding 'rain', 'shine', 'cold': "by weather"
        frozenset(
            {
                "rain",
                "shine",
                "sun",
                "sunny",
                "cloudy",
                "cloud",
                "clouds",
                "snow",
                "cold",
                "fog",
                "clear",
                "overcast",
                "rainy",
                "windy",
                "hot",
                "storm",
                "drizzle",
            }
        ),
        frozenset({"weather", "conditions"}),
    ),
    (  # an `Origin` holding 'Japan', 'NZ', 'UK', 'US': "by country"
        frozenset(COUNTRY_CODES) | {code.lower() for codes in COUNTRY_CODES.values() for code in codes},
        frozenset({"country", "countries", "nation", "nations"}),
    ),
)

# A name that says a column holds the measured value and nothing about what it is: R's response `y`. (Not a long
# table's `value`, whose meaning changes with its `variable` column.)
_GENERIC_MEASURES = frozenset({"y"})
# A count kept per row under a name that says only that it counts: `count` of measles cases per state and year,
# `total` of murders per state. The noun the question counts ("cases", "murders") is what it holds.
_COUNT_MEASURES = frozenset({"count", "counts", "n", "cnt", "total", "number", "num", "freq", "frequency"})

_BAND_WORDS = frozenset({"group", "bracket", "band", "range", "class", "category", "bin"})


@dataclass
class Mentions:
    """Everything the question mentions in one table, with token positions."""

    columns: dict[str, list[int]] = field(default_factory=dict)
    column_score: dict[str, float] = field(default_factory=dict)
    values: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, column, value
    table_hit: bool = False
    score: float = 0.0
    says_id: bool = False  # the question says "id": an id column may then be what it measures
    spelled: frozenset[str] = frozenset()  # columns in capitals the words' initials spell ("at-bats" for `AB`)
    calendar: frozenset[str] = frozenset()  # a `day` or `month` named as when, not as a measure

    def keep(self, column: str, positions: list[int]) -> None:
        """The column named at these positions only; named nowhere any more, it is no mention (nor scored)."""
        if positions:
            self.columns[column] = positions
        else:
            self.columns.pop(column, None)
            self.column_score.pop(column, None)


_EVENTS_OF = frozenset({"changes", "requests", "items", "calls", "modifications", "cancellations", "updates", "errors",
                        "complaints", "returns", "amendments", "revisions"})  # fmt: skip  # things done to a row's thing
_LENGTH_AND_MASS_UNITS = frozenset({"in", "inch", "inches", "cm", "mm", "m", "meters", "metres", "meter", "metre", "ft", "feet",
                                    "kg", "lb", "lbs", "g", "pounds", "kilograms"})  # fmt: skip
_MEASURED_BY_LETTER = {"h": {"height", "heights", "tall"}, "w": {"weight", "weights"}, "l": {"length", "lengths"}}
_QUALIFIERS = frozenset({"previous", "prior", "past", "not", "non", "canceled", "cancelled", "other", "former", "earlier"})


def _period_columns(table: TableProfile) -> list[tuple[str, str, str]]:
    """Numeric columns whose name ends in a number and a clipped unit of time (`number3m`, `score12mo`)."""
    out = []
    for c in table.columns:
        said = re.fullmatch(r"(\d+)(m|mo|mos|mth|mths|y|yr|yrs|w|wk|wks|d)", _split_name(c.name)[-1]) if c.is_numeric else None
        if said:
            out.append((c.name, said.group(1), {"m": "month", "y": "year", "w": "week", "d": "day"}[said.group(2)[0]]))
    return out


def _descriptions(table: TableProfile) -> dict[str, tuple[list[str], list[str]]]:
    """Each text column with a description column beside it: `fuel_usage` with `fuel_usage_desc` (the same name and a
    word saying it describes), and `drive_sys` with `drive_desc` (the same first words, as many values)."""
    texts = [c for c in table.columns if c.kind == "text"]
    split = {c.name: _split_name(c.name) for c in texts}
    out: dict[str, tuple[list[str], list[str]]] = {}
    for a in texts:
        words = split[a.name]
        alike = [
            b.name
            for b in texts
            if b is not a and split[b.name][:-1] == words and split[b.name][-1:] and split[b.name][-1] in _DESCRIBED_WORDS
        ]
        kin = [
            b.name for b in texts
            if b is not a and len(words) >= 2 and split[b.name][:-1] == words[:-1] and split[b.name][-1:]
            and (split[b.name][-1] in _DESCRIBED_WORDS or (words[-1] in _CODE_WORDS and split[b.name][-1] in _TITLE_WORDS))
            and len(a.values) == len(b.values)
        ]  # fmt: skip  # (also `measure_cd` beside `measure_title`: the measure by its title)
        if alike or kin:
            out[a.name] = (alike, kin)
    return out


# Words for a table's rows whatever it holds (not "readings", which may be what a column measures).
_ROW_WORDS = frozenset({"record", "row", "entry", "observation", "line"})
# Prefixes many English words start with: a clipped piece that is only one of them says nothing of a packed name.
_WORD_PREFIXES = frozenset({"pre", "pro", "con", "com", "dis", "sub", "per", "int", "ove", "und", "out", "tra", "res"})
_DESCRIBED_WORDS = frozenset({"desc", "description", "descr", "label", "text"})
_CODE_WORDS = frozenset({"cd", "code", "cde"})
_TITLE_WORDS = frozenset({"title", "name", "nm"})
_GENERIC_HEADS = frozenset({"time", "amount", "value", "count", "number", "total", "figure", "level"})
_CALENDAR_PARTS = (["day"], ["month"], ["week"], ["hour"], ["quarter"], ["weekday"], ["mday"], ["wday"])
_VARIANT_WORDS = {"avg": frozenset({"avg", "mean", "average"}), "max": frozenset({"high", "max", "hi", "highest"}),
                  "min": frozenset({"low", "min", "lo", "lowest"})}  # fmt: skip
_VARIANT_WORDS_ALL = frozenset().union(*_VARIANT_WORDS.values())
_STATES_BY_CODE: dict[str, list[str]] = {}
for _state, _code in US_STATES.items():
    _STATES_BY_CODE.setdefault(_code, []).append(_state)
_SHARE_TOKENS = frozenset({"percentage", "percentages", "percent", "proportion", "proportions", "share", "fraction"})
_TIME_PART_WORDS = frozenset({"year", "yr", "month", "mo", "day", "date", "week", "quarter", "hour", "when", "time"})
_AGGREGATE_WORDS = frozenset({"average", "combined", "total", "median", "mean", "overall"})
_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "by", "with", "at", "per", "from"})


_SERIES_WORDS = frozenset(
    """data dataset table series record records weekly monthly yearly annual daily quarterly hourly hour hours day days week
    weeks month months year years quarter quarters minute minutes time times date dates""".split()
)  # (words for the rows or the table, never the measure: "page hours" over `page_hours` is rows of hours)


def _series_measure(table: TableProfile, id_cols: set[str]) -> str | None:
    """The one measure of a time series: a year or date column with a row each, and one other numeric column."""
    rows = max(table.row_count, 1)
    timed = [
        c for c in table.columns
        if (c.is_temporal or c.name.lower() in ("year", "yr", "date", "month", "week")) and c.distinct >= 0.95 * rows
    ]  # fmt: skip
    if len(timed) != 1 or rows < 10:
        return None
    others = [c for c in table.columns if c is not timed[0] and c.name not in id_cols and c.name.lower() not in ("obs", "time")]
    if len(others) != 1 or not others[0].is_numeric or others[0].name.lower() in _COUNT_NAMES:
        return None  # (a `count` of events per hour over a table called github counts its rows' events, not github)
    return others[0].name


_COUNT_NAMES = frozenset({"count", "counts", "n", "freq", "frequency", "total", "number", "num", "value", "values"})


_SPELLED_PREPOSITIONS = frozenset({"in", "of", "on", "at", "to", "per", "for"})
# Clipped words that say whose or when a figure is, not what it is (`takeup_hh`, `hhsize`, `BLBMI`): said alone, they
# name the rows or a time, never the column.
_QUALIFIER_CLIPS = frozenset({"hh", "bl"})


def _initial_positions(tokens: list[str], start: int, n: int) -> list[int]:
    """Where the n words of a run of initials stand from `start`, stepping over one "or", "and" or "of" between two
    of them: "killed or seriously injured" spells `ksi`, "gross domestic product" `gdp`."""
    out = [start]
    i = start + 1
    while len(out) < n and i < len(tokens):
        if tokens[i] in ("or", "and", "of") and i + 1 < len(tokens) and i - 1 == out[-1]:
            i += 1
            continue
        out.append(i)
        i += 1
    return out


def _other_spellings(word: str) -> set[str]:
    """The British or American spelling of a word in a table's name, so "tumours" counts the rows of `tumors`."""
    out: set[str] = set()
    for us, uk in (("or", "our"), ("er", "re"), ("ize", "ise"), ("ization", "isation")):
        for a, b in ((us, uk), (uk, us)):
            for end in ("", "s"):
                if len(word) >= len(a) + len(end) + 3 and word.endswith(a + end):
                    out.add(word[: len(word) - len(a + end)] + b + end)
    return out


class _TableIndex:
    """Per-table lookup structures, built once per schema profile."""

    def __init__(self, table: TableProfile) -> None:
        self.table = table
        self.series_measure: str | None = None  # set below: the one measure of a series of years or dates
        self.name_words = {singular(w) for w in _split_name(table.name)} | set(_split_name(table.name))
        self.name_words |= {v for w in self.name_words for v in _other_spellings(w)}  # "tumours" of `breast_tumors`
        if self.name_words & {"log", "logs", "diary", "journal", "training"}:  # a runner's log: its rows are runs
            for w in [w for w in self.name_words if w.endswith("er") and len(w) >= 5]:
                base = w[:-3] if w[-3] == w[-4] else w[:-2]  # runner -> run, rider -> rid(e)
                self.name_words |= {base, base + "s", base + "e", base + "es"}
        self.col_words: dict[str, set[str]] = {}
        self.col_units: dict[str, str] = {}
        self.col_roots: dict[str, set[str]] = {}
        self.col_meaning: dict[str, list[str]] = {}
        split = {tuple(_split_name(c.name)) for c in table.columns}
        firsts = [c.name.split(".", 1)[0].lower() for c in table.columns if "." in c.name]
        prefixed = {  # `Ketchup.hid`, `Ketchup.choice` of a table of ketchup purchases: R's frame name before each column
            w for w in set(firsts) if firsts.count(w) >= 2 and (w in self.name_words or singular(w) in self.name_words)
        }
        for c in table.columns:
            words = _split_name(c.name)
            if len(words) > 1 and "." in c.name and c.name.split(".", 1)[0].lower() in prefixed:
                words = _split_name(c.name.split(".", 1)[1]) or words
            units = [
                w for i, w in enumerate(words)
                if w in UNIT_WORDS and not (w == "min" and (i == 0 or (*words[:i], "max", *words[i + 1 :]) in split))
            ]  # fmt: skip  # `Min_Price`; `temp_min` beside `temp_max` is the minimum, not minutes
            if units and len(words) > 1:
                self.col_units[c.name] = units[-1]
            meaning = [w for w in words if w not in units] or words
            if len(meaning) > 1:  # `r1`..`r10`: a lone letter in a longer name is not a word a question uses ("R-rated")
                meaning = [w for w in meaning if len(w) > 1 or w.isdigit()] or meaning
            glued = {p for w in meaning for p in _glued_pieces(w)}
            mixed = {  # `CO2`, `adjusted CO2`, `PM2.5`: a piece of letters and digits is asked as written ("co2")
                p for p in re.split(r"[^a-z0-9]+", c.name.lower()) if re.search(r"[a-z]", p) and re.search(r"\d", p)
            }
            spelled = {  # `Dept`: "department" (a clipped prefix like `temp` already matches its word)
                full for w in [*meaning, *glued] for full in ABBREVIATIONS.get(w, ()) if not (full.startswith(w) and len(w) >= 3)
            }
            verbs = {w[:-3] for w in meaning if w.endswith("ing") and len(w) >= 7}  # `waiting` for "the shortest wait"
            if words[-1:] == ["t"] and set(words[:-1]) & {"high", "low", "max", "min", "avg", "mean", "hi", "lo"}:
                verbs |= {"temp", "temperature"}  # `highT`, `lowT`: the day's high and low temperature
            month = MONTHS.get(c.name.lower())
            months = {w for w, n in MONTHS.items() if n == month} if month else set()  # a column per month: `MAR` "March"
            rate = {"rate", "rates"} if any(  # `Marriages_per_1000`, `deaths_per_capita`: a rate
                w == "per" and i + 1 < len(words) and (words[i + 1].isdigit() or words[i + 1] in ("capita", "thousand", "million"))
                for i, w in enumerate(words)
            ) else set()  # fmt: skip
            joined = "".join(meaning)  # `OverTime` asked as one word: "work overtime"
            whole = (
                {joined}
                if 2 <= len(meaning) <= 3 and len(joined) >= 6 and joined.isalpha()
                and all(len(w) >= 3 and w not in AGG_WORDS for w in meaning)
                else set()
            )  # fmt: skip
            stamped = {"date", "time"} if c.kind == "timestamp" and {"datetime", "timestamp"} & set(meaning) else set()
            lettered = set()
            parts = _split_name(c.name)
            if c.is_numeric and len(parts) == 2 and parts[1] in _LENGTH_AND_MASS_UNITS:
                lettered = _MEASURED_BY_LETTER.get(parts[0], set())  # `h_in`, `h_meters`: a height in inches, metres
            self.col_words[c.name] = (  # (`datetime_gmt`: its date and its time)
                set(meaning)
                | {singular(w) for w in meaning}
                | glued
                | spelled
                | mixed
                | verbs
                | months
                | rate
                | whole
                | stamped
                | lettered
            )
            self.col_roots[c.name] = {_root(w) for w in meaning if len(w) >= 6}
            self.col_meaning[c.name] = meaning
        for c in table.columns:  # "how many articles" over a `journal` per row
            implied = ROW_NOUNS_OF_COLUMN.get(c.name.lower(), ())
            if implied and c.kind == "text" and 1 < c.distinct < 0.5 * max(table.row_count, 1):
                self.name_words |= set(implied) | {w + "s" for w in implied}
        lowered = {c.name.lower(): c.name for c in table.columns}
        for low, name in lowered.items():  # `fcollege` beside `mcollege`, `feduc` beside `meduc`: the father's, the mother's
            paired = ("m" if low[0] == "f" else "f") + low[1:] in lowered
            if len(low) >= 5 and low[0] in "fm" and low[1:].isalpha() and (paired or low[1:] in _PARENT_ATTRIBUTES):
                parent = ("father", "fathers", "dad") if low[0] == "f" else ("mother", "mothers", "mom", "mum")
                self.col_words[name] |= set(parent) | {low[1:]}
                self.col_meaning[name] = [parent[0], low[1:]]
        for c in table.columns:  # `P90`, `pct_75`: the 90th percentile
            pct = re.fullmatch(r"(?:p|pct|perc|percentile)_?(\d{1,2})", c.name.lower())
            if pct and c.is_numeric:
                n = int(pct.group(1))
                ordinal = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
                self.col_words[c.name] |= {ordinal, "percentile"}
        stems: dict[str, list[str]] = {}  # `median_income_10` beside `median_income_15`: one measure kept per year
        for c in table.columns:
            two = re.fullmatch(r"(.*[A-Za-z])[_.]?(\d\d)", c.name)
            if two and c.is_numeric:
                stems.setdefault(two.group(1).rstrip("_.").lower(), []).append(c.name)
        has_year = any(c.name.lower() in ("year", "yr") for c in table.columns)
        year_suffixed = [n for names in stems.values() for n in names]
        for names in stems.values():
            if has_year and all(_is_flag_profile(self.column(n)) for n in names):
                continue  # `y92`, `d90` 0/1 beside a `year`: dummies of its years; "in 1992" filters the year itself
            if len(names) > 1 or (not has_year and len(year_suffixed) >= 3 and len({n[-2:] for n in year_suffixed}) <= 2):
                # "in 2010" names the `_10` column of the pair; "in 1986" each `narr86`, `inc86` of a year's survey
                for name in names:
                    yy = int(name[-2:])
                    self.col_words[name].add(str(2000 + yy if yy <= 40 else 1900 + yy))
        for c in table.columns:  # `fem` holding 'Men'/'Women', `mar` holding 'Married'/'Single': named by what they hold
            held = {str(v).lower() for v in c.values} if c.kind == "text" and c.values_complete else set()
            for values, words in _CONCEPTS:
                if len(held) >= 2 and held <= values:  # (not a word another column is named: `sex` beside `gender`)
                    self.col_words[c.name] |= {w for w in words if not any(w in _split_name(o.name) for o in table.columns)}
        tickers = [c.name for c in table.columns if c.is_numeric and c.name.lower() in STOCK_TICKERS]
        if len(tickers) >= 2:  # a column per stock (`goog`, `xom`): named by its company, the rows its prices or returns
            for name in tickers:
                self.col_words[name] |= set(STOCK_TICKERS[name.lower()])
            self.name_words |= {"stock", "stocks", "share", "shares", "return", "returns", "price", "prices"}
        self._name_regions(table)
        self.weekday_letters = [  # `Day` holding 'M', 'T', 'W', 'R', 'F', 'S', 'U': the day of the week by its letter
            c.name for c in table.columns
            if c.kind == "text" and c.values_complete and 5 <= len(c.values) <= 7
            and {str(v).strip() for v in c.values} <= set(_WEEKDAY_LETTERS.values())
        ]  # fmt: skip
        named_types = any(c.kind == "text" and any("week" in str(v).lower() for v in c.values) for c in table.columns)
        weekday_names = [  # `day` holding 'Mon', 'Tue', ... or 'Monday', ...: the day of the week by its name
            c.name for c in table.columns
            if c.kind == "text" and c.values_complete and 5 <= len(c.values) <= 7
            and {str(v).strip().lower()[:3] for v in c.values} <= WEEKDAY_STARTS
        ]  # fmt: skip
        for name in [*self.weekday_letters, *weekday_names] if not named_types else []:  # "by weekday", "day of the
            self.col_words[name] |= {"weekday", "weekdays", "dow"}  # week" (a plain "days" is the rows); not beside a
            # 'Weekday'/'Weekend' type
        self.ohlc = _ohlc_columns(table)
        if self.ohlc:  # a table of trading days (Open, High, Low, Close): a stock, its price the close
            self.name_words |= {"stock", "stocks", "market"}
            volume = next((c.name for c in table.columns if c.name.lower() == "volume" and c.is_numeric), None)
            if volume:  # "shares traded": the day's volume
                self.col_words[volume] |= {"shares", "share"}
            self.col_words[self.ohlc["close"]] |= {"price", "prices", "closing", "closed"}
            self.col_words[self.ohlc["open"]] |= {"opening", "opened"}
        self.sale_price = sold = _sale_price(table)
        if sold:  # a row per item sold at its `price`: what they brought in is the prices added up
            self.col_words[sold] |= {"revenue", "revenues", "takings", "turnover", "earnings", "income"}  # (not "sales":
            # "the most sales" over houses sold, a price each, counts them)
        self.own_measure = _own_measure(table, self.col_meaning)
        self.title_measures = _title_measures(table, self.col_meaning)
        self.derived = _derived_twins(table)
        for twin in self.derived:  # `lsalary` beside `salary`: "salary" names the column itself, never its log
            self.col_words[twin] = {twin.lower()}
            self.col_roots[twin] = set()
        self.named_by: dict[str, set[str]] = {}  # words that name a column on their own, weak elsewhere ("people")
        names = {c.name.lower(): c.name for c in table.columns if c.kind == "integer"}
        if "total" in names and ({"men", "women"} <= set(names) or {"male", "female"} <= set(names)):
            self.col_words[names["total"]] |= {"people", "persons", "passengers"}  # men + women (+ crew): the people
            self.named_by[names["total"]] = {"people", "persons", "passengers"}
        labels = [  # a panel's label (`Title` of us_sector_employment, repeated month after month): what the table's
            # name calls its rows' groups ("how many sectors", "by sector"), when no column bears that word
            c.name for c in table.columns
            if c.kind == "text" and c.values_complete and 5 <= c.distinct <= 60 and c.distinct * 3 < table.row_count
            and all(re.fullmatch(r"[A-Za-z][A-Za-z ,&'-]*", v) for v in c.values)
        ]  # fmt: skip
        periods = [
            c.distinct for c in table.columns
            if c.is_temporal or set(_split_name(c.name)) & {"month", "date", "year", "week", "quarter", "period"}
        ]  # fmt: skip
        panel = len(labels) == 1 and any(  # one row per label and period: `Title` x `Month`
            1 < n and 0.9 * table.row_count <= n * self.column(labels[0]).distinct <= 1.1 * table.row_count for n in periods
        )
        for word in _split_name(table.name)[:-1] if panel else ():  # (the last word: the rows)
            if len(word) < 4 or word in STOP or word.isdigit() or singular(word) == singular(_split_name(table.name)[-1]):
                continue
            if word.endswith(("al", "ic", "ly", "ed", "ing")):
                continue  # ("presidential" of presidential_elections: what the rows are, not their groups)
            if any(_names_word(word, ws) or _root(word) in self.col_roots.get(n, set()) for n, ws in self.col_words.items()):
                continue
            if any(word[:5] in n.lower() for n in self.col_words):
                continue  # ("employment" of us_sector_employment: the `Employed` figures)
            self.col_words[labels[0]] |= {word, singular(word), word + "s"}
            self.named_by[labels[0]] = self.named_by.get(labels[0], set()) | {word, singular(word), word + "s"}
        head = next((w for w in reversed(_split_name(table.name)) if not w.isdigit()), "")
        if (
            "total" in names
            and singular(head) != head
            and not any(
                singular(head) in self.col_words[c.name]
                or head in self.col_words[c.name]
                or any(len(w) >= 3 and w in head for w in _split_name(c.name))  # (`boat` of titanic_lifeboats: the rows)
                for c in table.columns
            )
        ):  # `total` of winter_olympics_2014_medals (beside gold, silver, bronze): "the most medals" is the total
            self.col_words[names["total"]] |= {head, singular(head)}
            self.named_by[names["total"]] = self.named_by.get(names["total"], set()) | {head, singular(head)}
        # names packed from clipped words and codes without separators (`tmathssk`, `freelunk`, `schidkn`, `lstat`)
        self.packed = {
            c.name: c.name.lower()
            for c in table.columns
            if c.name.isalpha() and len(c.name) >= 5 and len(self.col_meaning[c.name]) == 1 and c.name.lower() not in STOP
            and c.name not in self.derived
            and not c.name.lower().endswith(("ed", "ing"))  # `contested`, `responded`: a word, not packed pieces
        }  # fmt: skip
        for c in table.columns:  # `dthrte90`, `narr86`: a packed name and the year it is for
            dated = re.fullmatch(r"([a-z]{4,})\d\d", c.name.lower())
            if dated and c.is_numeric and c.name not in self.derived and dated.group(1) not in STOP:
                self.packed[c.name] = dated.group(1)
        suffixed = [c.name for c in table.columns if c.name.isalpha() and c.name.islower() and 4 <= len(c.name) <= 8]
        self.person_suffixed = {  # a word and one letter for whose it is, in pairs: `agew`/`ageh`, `wagew`/`wageh`
            n: (n[:-1], n[-1]) for n in suffixed if any(o != n and o[:-1] == n[:-1] for o in suffixed)
        }
        lettered_parts = {c.name: _split_name(c.name) for c in table.columns if c.is_numeric}
        self.letter_suffixed = {  # `sat_m` beside `sat_v`: the same words and one letter apart, the letter a word's initial
            n: next(w for w in parts if len(w) == 1 and w.isalpha())
            for n, parts in lettered_parts.items()
            if sum(len(w) == 1 and w.isalpha() for w in parts) == 1 and len(parts) >= 2
            and any(
                o != n and len(op) == len(parts) and [w for w in op if len(w) > 1] == [w for w in parts if len(w) > 1]
                for o, op in lettered_parts.items()
            )
        }  # fmt: skip
        self.name_parts = {c.name: _split_name(c.name) for c in table.columns}  # every word of each name, units included
        self.values: dict[str, list[tuple[str, str]]] = {}
        self._spellings: dict[str, list[tuple[str, list[tuple[str, str]]]]] | None = None  # filled on first use
        self.short_values: dict[str, list[tuple[str, str]]] = {}
        self.max_value_words = 1
        self.initials_len = max(  # the longest code a name's initials may spell ('NSW' for "New South Wales")
            (len(v) for c in table.columns if c.kind == "text" for v in c.values
             if isinstance(v, str) and 2 <= len(v) <= 4 and v.isalpha()
             and (v.isupper() or (len(v) == 4 and sum(ch.isupper() for ch in v) == 3))),  # ('GvHD')
            default=0,
        )  # fmt: skip
        for c in table.columns:
            if c.kind not in ("text", "bool") or not c.values:
                continue
            if (
                c.distinct > 0.9 * max(table.row_count, 1)
                and table.row_count > 50
                and not (_looks_named(c) or _word_like(c) or _people_names(c))
            ):
                continue  # ids and free text: matching values there causes more harm than good
            inverted = c.kind == "text" and sum(str(x).count(",") == 1 for x in c.values) >= 0.5 * len(c.values)
            corporate = c.kind == "text" and sum(  # a column of company names ('INTEL CORP'), not a car 'Ford LTD' among many
                len(ws) >= 2 and ws[-1].strip(".,") in _CORPORATE for ws in (str(x).lower().split() for x in c.values)
            ) >= max(3, 0.3 * len(c.values))
            for v in c.values:
                if inverted and str(v).count(",") == 1:  # 'Hirst, Damien' asked as "Damien Hirst"
                    last, first = (p.strip() for p in str(v).split(","))
                    spoken = " ".join(re.findall(r"[a-z0-9]+", f"{first} {last}".lower()))
                    if spoken:
                        self.values.setdefault(spoken, []).append((c.name, v))
                        self.max_value_words = max(self.max_value_words, min(len(spoken.split()), 5))
                # "Children's" is asked as "children's" (read as "children") or "childrens"; '2. Married' as "married"
                norm = " ".join(re.findall(r"[a-z0-9]+", re.sub(r"(?<=[a-z])['’]s\b", "", _unnumbered(v).lower())))
                if not norm or norm.isdigit() or (norm.replace(" ", "").isdigit() and not re.fullmatch(r"\d+\s*[-–]\s*\d+", v)):
                    continue  # a number is read as a number; a range of two ('70-90', an age group) is a label
                if len(norm) <= 2 or (len(v) <= 4 and v.isupper() and v.isalpha() and c.distinct > 12):
                    self.short_values.setdefault(v.strip(), []).append((c.name, v))  # codes (TX, DAY, LAX): matched as typed
                    # (the key trimmed, the value as stored: a party ' R' written with a space is still "Republicans")
                    continue
                self.values.setdefault(norm, []).append((c.name, v))
                if "&" in v or "+" in v:  # "Driver & Passenger" asked as "driver and passenger"
                    spoken = " ".join(re.findall(r"[a-z0-9]+", v.lower().replace("&", " and ").replace("+", " and ")))
                    self.values.setdefault(spoken, []).append((c.name, v))
                    self.max_value_words = max(self.max_value_words, min(len(spoken.split()), 5))
                sing = " ".join(singular(w) for w in norm.split())
                if sing != norm:
                    self.values.setdefault(sing, []).append((c.name, v))
                named = norm.rsplit(" ", 1)
                if corporate and len(named) == 2 and named[1] in _CORPORATE and len(named[0]) >= 3 and named[0] not in STOP:
                    self.values.setdefault(named[0], []).append((c.name, v))  # "Intel" for 'INTEL CORP'
                if norm.count(" ") == 1 and len(norm) >= 8:  # "superhero" for 'Super Hero'
                    self.values.setdefault(norm.replace(" ", ""), []).append((c.name, v))
                if (
                    norm.count(" ") == 1 and _looks_named(c) and norm.replace(" ", "").isalpha()
                    and all(len(w) >= 4 and w not in STOP for w in norm.split())
                ):  # fmt: skip
                    flipped = " ".join(reversed(norm.split()))  # "South Korea" for 'Korea South'
                    if flipped not in self.values:
                        self.values.setdefault(flipped, []).append((c.name, v))
                self.max_value_words = max(self.max_value_words, min(len(norm.split()), 5))
        # "JetBlue" for 'JetBlue Airways', "United" for 'United Air Lines Inc.': a name's distinctive first word
        self.first_words: dict[str, list[tuple[str, str]]] = {}
        self.last_words: dict[str, tuple[str, str]] = {}  # "yankees" -> (`team`, 'New York Yankees')
        # words several values share, in the plural: "dakotas" -> (`state`, the two Dakotas); "christians" -> (`religion`,
        # each 'Christian (...)')
        self.shared_words: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.brands: dict[str, tuple[str, str]] = {}  # a first word shared by many names -> (column, as written)
        for c in table.columns:
            if c.kind != "text" or not c.values or c.distinct > 500 or _free_text(c):
                continue  # (a summary's last words, "in December 2014", are no name of it)
            firsts: dict[str, list[str]] = {}
            tails: dict[str, list[str]] = {}
            lasts: dict[str, list[str]] = {}
            for v in c.values:
                words = re.findall(r"[a-z0-9]+", v.lower())
                if len(words) == 2 and re.fullmatch(r"[A-Z]\.", v.split()[0]) and len(words[1]) >= 5 and words[1].isalpha():
                    lasts.setdefault(words[1], []).append(v)  # 'O. niveus': a genus cut to its letter, then the species
                if len(words) >= 3 and not any(w in STOP for w in words[-2:]):
                    tails.setdefault(" ".join(words[-2:]), []).append(v)
                if len(words) >= 3 and words[-2] in ("for", "on", "with") and len(words[-1]) >= 4:
                    lasts.setdefault(words[-1], []).append(v)  # "iPhone" for 'Twitter for iPhone': what it is for
                if (
                    len(words) == 3
                    and words[1] == "and"
                    and all(len(w) >= 3 and w.isalpha() and w not in STOP for w in words[::2])
                ):
                    for w in words[::2]:  # "flu deaths" for 'Flu and pneumonia': either of the pair names it
                        lasts.setdefault(w, []).append(v)
                if len(words) > 1 and (len(words[0]) >= 4 or v.split()[0].isupper()) and words[0] not in STOP:
                    firsts.setdefault(words[0], []).append(v)  # ('IE 9.0': a short capitalised make too)
            for last, vals in lasts.items():  # "niveus crickets" for 'O. niveus'
                if len(vals) == 1 and last not in self.values and last not in STOP:
                    self.values[last] = [(c.name, vals[0])]
            for tail, vals in tails.items():  # "the Premier League" for 'English Premier League': its distinctive end
                if all(any(w in ws or singular(w) in ws for ws in self.col_words.values()) for w in tail.split()):
                    continue  # (not "school district" for 'Hollister School District' over `school` and `district`)
                if len(vals) == 1 and tail not in self.values:
                    self.values[tail] = [(c.name, vals[0])]
            finals: dict[str, list[str]] = {}
            for v in c.values:  # "the Yankees" for 'New York Yankees': a proper name's distinctive last word
                words = re.findall(r"[a-z0-9]+", v.lower())
                proper = all(w.strip("()[]'\"")[:1].isupper() for w in str(v).split())  # ('Christian (Catholic)')
                if proper and len(words) >= 2 and len(words[-1]) >= 4 and words[-1].isalpha() and words[-1] not in STOP:
                    finals.setdefault(words[-1], []).append(v)
            for w, vals in finals.items():
                if (
                    len(vals) == 1 and w not in self.values and w not in firsts and singular(w) not in self.values
                    and not any(w in ws or singular(w) in ws for ws in self.col_words.values())
                    and w not in self.name_words and singular(w) not in self.name_words
                ):  # fmt: skip  # (not "Union" of state_of_the_union for the party 'National Union')
                    self.last_words[w] = (c.name, vals[0])
                elif 2 <= len(vals) <= 4 and w.isalpha() and not w.endswith("s") and w + "s" not in self.values:
                    self.shared_words[w + "s"] = (c.name, tuple(vals))  # "the Carolinas": 'North Carolina', 'South Carolina'
            for w, vals in firsts.items():  # not a word of the column's own name ('Distributor Unknown' in `Distributor`)
                if len(vals) == 1 and w not in self.values and not any(w in ws for ws in self.col_words.values()):
                    self.first_words.setdefault(w, []).append((c.name, vals[0]))  # (nor of another: "state" `state_display`)
                elif len(vals) >= 2 and c.distinct >= 0.3 * max(table.row_count, 1) and w not in self.values:
                    # "Ford cars" over names 'Ford Pinto', 'Ford Torino': the names that start with it (a make, a brand)
                    self.brands.setdefault(w, (c.name, vals[0].split()[0]))
                elif 2 <= len(vals) <= 6 and w.isalpha() and c.distinct <= 60 and w + "s" not in self.values:
                    self.shared_words.setdefault(w + "s", (c.name, tuple(vals)))  # "Christians": each 'Christian (...)'
        # columns of lists in one value ('Adventure|Sci-Fi'): each item is a value the question may name
        self.listed: set[str] = set()
        self.item_lists: dict[str, str] = {}  # ('fr, de', 'A, B, D'): the separator, items matched whole
        for c in table.columns:
            sep = _list_separator(c)
            if sep is None:
                continue
            if sep == "|":
                self.listed.add(c.name)
            else:
                self.item_lists[c.name] = sep
            for v in c.values:
                for item in str(v).split(sep):  # (items of a comma list are trimmed; SQL splits them the same way)
                    item = item.strip()
                    norm = " ".join(re.findall(r"[a-z0-9]+", item.lower()))
                    if item and norm and (c.name, item) not in self.values.get(norm, []):
                        self.values.setdefault(norm, []).append((c.name, item))
                        self.max_value_words = max(self.max_value_words, len(norm.split()))
        # places written last after a comma ('83 km SSE of Pondaguitan, Philippines'): the rows that end with one
        self.place_tails: dict[str, tuple[str, str]] = {}
        for c in table.columns:
            if c.kind != "text" or c.name in self.listed or c.name in self.item_lists or len(c.values) < 10:
                continue
            tails = [str(v).rsplit(",", 1)[1].strip() for v in c.values if "," in str(v)]
            if len(tails) < 0.5 * len(c.values):
                continue
            coded = sum(t in _STATES_BY_CODE for t in tails) >= 0.8 * len(tails)
            if "name" in _split_name(c.name) and not coded:
                continue  # names written 'Nelson, Bill': a first name after the comma, no place ("the bill" is no Bill)
            counts: dict[str, int] = {}
            for t in tails:
                counts[t] = counts.get(t, 0) + 1
            for t, n in counts.items():
                norm = " ".join(re.findall(r"[a-z0-9]+", t.lower()))
                if n >= 2 and norm and len(norm.split()) <= 3 and norm not in self.values:
                    self.place_tails.setdefault(norm, (c.name, t))
                for state in (
                    _STATES_BY_CODE.get(t, ()) if sum(tl in _STATES_BY_CODE for tl in counts) >= 0.8 * len(counts) else ()
                ):
                    self.place_tails.setdefault(state, (c.name, t))  # "Pennsylvania counties" over 'Allegheny, PA'
        durations = [  # a `duration` (`length`, `stay_length`, `los`) in no unit its name says, over rows without dates
            c.name for c in table.columns
            if c.is_numeric and set(_split_name(c.name)) & {"duration", "length", "los"} and not self.col_units.get(c.name)
        ]  # fmt: skip
        dated = any(c.is_temporal or set(_split_name(c.name)) & {"week", "weeks", "day", "days", "month", "months"}
                    for c in table.columns)  # fmt: skip
        self.lone_duration = frozenset(durations if len(durations) == 1 and not dated else ())
        self.letter_codes: dict[str, list[tuple[str, str]]] = {}  # columns of one-letter codes (B/O, M/F)
        for c in table.columns:
            if (
                c.kind == "text"
                and c.values_complete
                and 1 < len(c.values) <= 6
                and all(re.fullmatch(r"[A-Z]", v) for v in c.values)
            ):
                for v in c.values:
                    self.letter_codes.setdefault(v, []).append((c.name, v))
        self.label = _label_column(table)
        self.named_rows = (
            self.label is not None
            and any(  # a `name` or `title` per row
                w in ("name", "title") for w in _split_name(self.label)
            )
            and self.column(self.label).distinct >= 0.9 * max(table.row_count, 1)
        )
        self.weight = _weight_column(table)
        generic = [  # a lone response `y`: not a 0/1 `y`, nor a `y` beside `x` and `z`
            c.name for c in table.columns
            if c.is_numeric and c.name.lower() in _GENERIC_MEASURES and c.distinct > 2 and c.name != self.weight
        ]  # fmt: skip
        lettered = [c for c in table.columns if len(c.name) == 1 and c.is_numeric]
        counted = [
            c.name for c in table.columns
            if c.kind == "integer" and c.name.lower() in _COUNT_MEASURES and c.name != self.weight
            and c.min is not None and float(c.min) >= 0 and c.distinct > 2
        ]  # fmt: skip
        self.generic_counts = not generic and len(counted) == 1
        if self.generic_counts:
            generic = counted
        self.generic_measure = generic[0] if len(generic) == 1 and len(lettered) <= 1 else None
        self.long_measure = _long_measure(table)
        self.panel_entity = _panel_entity(table)
        self.casts: tuple[tuple[str, str, str], ...] = ()  # text date columns this index reads as dates
        self.join: tuple[str, str] | None = None
        self.dim_columns: set[str] = set()
        self.dim_words: set[str] = set()
        self.dim_label: str | None = None
        self._known: set[str] | None = None
        self._known_shared: set[str] = set()
        self._mentions_cache: dict[str, Mentions] = {}
        self._descriptions: dict[str, tuple[list[str], list[str]]] | None = None
        self.period_columns = _period_columns(table)  # `number3m`: (name, "3", "month"), read by _period_suffixed
        self._place: str | None = None
        self.year_col: str | None = None  # filled on first use by `columns._year_column`
        self._route: tuple[str, str] | tuple[()] | None = None
        person_words = {"name", "first", "last", "gender", "sex", "age", "birth", "born", "salary", "surname"}
        self.people = any(set(_split_name(c.name)) & person_words for c in table.columns)
        # ids and keys are never measures, and match a question only when it says "id"
        self.id_cols = {c.name for c in table.columns if _is_id(c) or _row_numbers(c, table.row_count)}
        self.id_cols |= {  # a survey's `RESP`, a trial's `subject`: the people numbered, several rows each, never a measure
            c.name for c in table.columns
            if c.kind == "integer" and c.name.lower() in PERSON_NUMBER_NAMES and len(c.name) <= 4
            and 1 < c.distinct < 0.5 * max(table.row_count, 1)
        }  # fmt: skip  # (a `subject` spelled whole stays what "subject 308" picks out)
        self.id_cols |= {  # a `Student` number on every row, one each: who the row is, never an amount
            c.name for c in table.columns
            if c.kind == "integer" and c.name.lower() in _PEOPLE_SINGULAR and singular(c.name.lower()) == c.name.lower()
            and c.distinct >= 0.9 * max(table.row_count, 1)  # (not `applicants`: a count of them)
        }  # fmt: skip
        # yes/no columns: "returned orders", "remote employees" filter on them
        self.flags: dict[str, Any] = {}
        for c in table.columns:
            truth = _flag_true(c)
            if truth is not None:
                self.flags[c.name] = truth
        for name, truth in self.flags.items():  # `seatbelt` 'belted': "belted drivers" (the yes said as the value)
            if isinstance(truth, str) and truth.isalpha() and truth.lower() not in _TRUE | {name.lower()}:
                self.col_words[name] = self.col_words[name] | {truth.lower()}
        for name in self.flags:  # `owner`: "own their home"; `smoker`: "smokes"; `driver`: "drive" (the agent's verb)
            for w in [w for w in self.col_meaning[name] if w.endswith("er") and len(w) >= 5 and w.isalpha()]:
                for base in (w[:-2], w[:-1]):  # owner -> own, smoker -> smoke
                    self.col_words[name] |= {base, base + "s", base + ("d" if base.endswith("e") else "ed")}
        sexed = not any(set(_split_name(c.name)) & {"sex", "gender"} for c in table.columns)
        for name in self.flags if sexed else ():  # a 0/1 `male` with no sex column: the sex ("by sex", "men")
            said = set(self.col_meaning[name]) & {"male", "female"}
            if said:
                people = {"men", "man", "males", "boys"} if "male" in said else {"women", "woman", "females", "girls"}
                self.col_words[name] |= {"sex", "gender"} | people
        anonymous = [n for n in self.flags if n.lower() in ("noyes", "yesno", "no_yes", "yes_no", "yn", "ny")]
        if len(anonymous) == 1:  # `NoYes` of `dengue_regions`: whether the thing the table is named for was seen
            subject = {w for w in _split_name(table.name) if singular(w) == w and len(w) >= 4 and w not in STOP}
            self.col_words[anonymous[0]] = self.col_words[anonymous[0]] | subject
            self.named_by[anonymous[0]] = self.named_by.get(anonymous[0], set()) | subject  # (the table's word, yet this)
        for name in self.flags:  # `use`: "using contraception", "uses"; `smoke`: "smoking" (a verb's forms, the yes)
            verbs = [
                w for w in self.col_meaning[name]
                if len(self.col_meaning[name]) == 1 and len(w) >= 3 and w.isalpha() and not w.endswith(("ing", "ed", "s", "y"))
            ]  # fmt: skip
            self.col_words[name] |= {(w[:-1] if w.endswith("e") and not w.endswith("ee") else w) + "ing" for w in verbs}
            self.col_words[name] |= {w + "rs" for w in verbs if w.endswith("e")} | {w + "r" for w in verbs if w.endswith("e")}
            # (`use`: "users", "non-users")
        for name in self.flags:  # `deny`: "denied" (a verb's past, the yes reading)
            self.col_words[name] |= {w[:-1] + "ied" for w in self.col_meaning[name] if len(w) >= 4 and w.endswith("y")
                                     and w[-2] not in "aeiou" and w.isalpha()}  # fmt: skip
        self.flag_words = {w for name in self.flags for w in self.col_words[name]}
        # names typed as they are (`NoYes`, `NoOfSites`): words too short or too plain to match one by one
        self.typed_names = frozenset(
            c.name for c in table.columns
            if c.name.isalpha() and len(c.name) >= 5 and any(len(w) < 3 for w in self.col_meaning[c.name])
        )  # fmt: skip
        for name in self.typed_names:  # ("no tree cover data" is no `NoYes`: a bare no or yes names nothing alone)
            self.col_words[name] = self.col_words[name] - {"no", "yes"}
        self.flag_stems = self.flag_words | {_stem(w) for w in self.flag_words}
        # a word several yes/no columns share (`Web_developer`, `Embedded_developer`): what the rows are, "developers"
        counts: dict[str, int] = {}
        for name in self.flags:
            for w in set(self.col_meaning[name]):
                counts[w] = counts.get(w, 0) + 1
        self.shared_flag_words = {w for w, n in counts.items() if n >= 3 and len(w) >= 4}
        # values written short, as codes are: herbi/carni ("herbivores"), AsstProf ("assistant professors")
        self.short_forms: list[tuple[tuple[str, ...], str, str]] = []
        for c in table.columns:
            if c.kind != "text" or not c.values or c.distinct > 200:
                continue
            for v in c.values:
                if v.isupper():
                    continue  # codes (ARG, PAN) are matched as typed
                parts = tuple(w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", v))
                if 1 <= len(parts) <= 3 and any(3 <= len(w) <= 6 for w in parts) and all(w.isalpha() for w in parts):
                    self.short_forms.append((parts, c.name, v))
                    self.max_value_words = max(self.max_value_words, len(parts))
        measured = self.series_measure = _series_measure(table, self.id_cols)
        if measured is not None:  # `nile_flow` (year, volume), `sunspots` (YEAR, SUNACTIVITY): a series of one measure,
            # whose rows are its years; the table's own words ("the Nile flow", "the most sunspots") name the measure
            named = {w for w in self.name_words if w not in _SERIES_WORDS and not w.isdigit()}
            self.col_words[measured] |= named
            self.name_words -= named
        self.all_col_words: set[str] = set().union(*self.col_words.values()) if self.col_words else set()
        graded = [  # the one column of school grades ('K', '1', ... '12'), found once per table
            c.name for c in table.columns
            if _names_word("grade", self.col_words[c.name]) and 2 <= c.distinct <= 16 and c.values_complete
        ]  # fmt: skip
        self.grade_column: str | None = graded[0] if len(graded) == 1 else None
        self.compact_name = re.sub(r"[^a-z]", "", table.name.lower())  # `mtcars`, `nyc_flights` -> nycflights
        self.value_stems: dict[str, list[tuple[str, str]]] = {}
        for norm, hits in self.values.items():
            if " " not in norm and len(norm) >= 5:
                self.value_stems.setdefault(_stem(norm), []).extend(hits)
                if _stem(norm, past=True) != _stem(norm):
                    self.value_stems.setdefault(_stem(norm, past=True), []).extend(hits)
        self.inner_words = _inner_words(table, self.id_cols)

    def names_rows(self, noun: str) -> bool:
        """A noun inside the table's name though not one of its words ("cars" in `mtcars`, "president" in
        `presidential`), or a plural noun nothing in the data, the lexicon or the names explains: what the
        rows are ("How many animals ...", "Which animals ...") over a table whose name does not say it."""
        if not noun.isalpha() or len(noun) < 3 or noun in STOP:
            return False
        sing = singular(noun)
        if self.name_holds(noun):
            return True
        if (
            sing in PLACE_CODE_NOUNS | {"city", "town", "province", "neighborhood", "neighbourhood"}
            and self.people
            and not any(c.kind == "text" and c.distinct >= 0.4 * max(self.table.row_count, 1) for c in self.table.columns)
        ):
            return False  # "which state has the highest income" over people surveyed, nothing named: a place the data
            # would have to name (but "which county" over rows named by their county: the rows)
        if self.series_measure is not None:
            return False  # a series' rows are its years or dates: "which doctors" over monthly prescriptions is not them
        cols = self.all_col_words
        lexical = noun in _LEXICON_WORDS or sing in _LEXICON_WORDS
        if lexical and sing != noun and (noun in SYNONYMS or sing in SYNONYMS) and not (_expand(noun) & cols):
            lexical = False  # "companies" over a table without a company column: what the rows are
        if (len(noun) < 5 and sing not in NOUN_SYNONYMS) or lexical:  # "cars" (a known noun) may name the rows
            return False
        noun_like = not re.search(r"(?:ful|ous|ive|able|ible|al|ic|less|ish|ary|ly)$", sing)  # not "useful"
        if (
            not (noun in SYNONYMS or sing in SYNONYMS)
            and not ((self.named_rows or (self._unnamed_plural_table() and noun != sing)) and noun_like)
            and any(w != singular(w) and singular(w) not in cols for w in _split_name(self.table.name))
        ):
            return False  # a table named for its rows ("penguins"): "unicorns" are something else ("tips" holds `tip`)
        # (but a table of named rows, `starwars` with a `name` each, says nothing of what they are: "characters")
        shared = self.known_words(shared_only=True)  # not a word inside a name ('... Company', 'Trading Companies')
        if noun in shared or sing in shared or _expand(noun) & cols:
            return False
        return not _names_word(noun, cols) and _stem(noun) not in self.value_stems

    def _unnamed_plural_table(self) -> bool:
        """A table whose name ends in a plural of something its columns measure (`teaching_ratings` with a rating in
        `eval`): the name says what the rows hold, not what they are, so "courses" may still name them."""
        words = _split_name(self.table.name)
        return (
            len(words) > 1
            and words[-1] != singular(words[-1])
            and singular(words[-1]) in ("rating", "score", "result", "attitude", "response", "measurement", "reading")
        )

    def name_holds(self, noun: str) -> bool:
        """The noun inside the table's name: "cars" in `mtcars`, "cereal" in `uscereal`, "chicks" in `chickwts`,
        "presidents" in `presidential`, "houses" in `housing`."""
        sing = singular(noun)
        compact = self.compact_name
        if len(sing) < 3 or compact == sing or not noun.isalpha():
            return False
        if any(set(meaning) <= {noun, sing} for meaning in self.col_meaning.values()):
            return False  # "breaks" over `warpbreaks` is its column `breaks`
        if (
            compact.endswith((noun, sing, sing + "s"))
            or (len(sing) >= 4 and compact.startswith(sing))  # "wind" in `windvectors`
            or (len(noun) >= 5 and compact.startswith(noun))
        ):
            return True  # "women" in `womenlf`
        if len(compact) >= 5 and (noun.endswith(compact) or sing.endswith(singular(compact))):
            return True  # "earthquakes" over `quakes`
        return len(sing) >= 4 and len(compact) >= 6 and _root(compact) == _root(noun) and len(_root(noun)) >= 4

    def route_pair(self) -> tuple[str, str] | None:
        """The columns for where things came from and went to (`Source`/`Destination`, `origin`/`dest`), found once."""
        if self._route is None:
            pair = [next((c for c in self.col_words if set(self.name_parts[c]) & side), None) for side in (_ORIGIN, _DESTINATION)]
            self._route = (pair[0], pair[1]) if pair[0] and pair[1] else ()
        return self._route or None

    def place_column(self) -> str | None:
        """The first text column that holds state or province codes ('TX', 'ONT', 'Calif.'), if any (found once)."""
        if self._place is None:
            self._place = next(
                (c.name for c in self.table.columns
                 if c.kind == "text" and c.values
                 and sum(re.sub(r"[^a-z]", "", v.lower()) in _PLACE_CODES for v in c.values) >= 0.8 * len(c.values)),
                "",
            )  # fmt: skip
        return self._place or None

    def _initials_run(self, name: str, q: Question, taken: set[int]) -> list[int]:
        """The tokens that spell a name made of initials then words (`S.F.Ratio`: "student to faculty ratio",
        "student-faculty ratio"), or []."""
        parts = self.name_parts[name]
        letters = []
        while len(letters) < len(parts) and len(parts[len(letters)]) == 1 and parts[len(letters)].isalpha():
            letters.append(parts[len(letters)])
        rest = parts[len(letters) :]
        if len(letters) < 2 or not rest:
            return []
        toks = q.tokens
        for start in range(len(toks)):
            at, got = start, []
            for letter in letters:
                while at < len(toks) and toks[at] in ("to", "per", "and") and got:
                    at += 1
                if at < len(toks) and toks[at][0] == letter and len(toks[at]) >= 3 and toks[at] not in STOP and at not in taken:
                    got.append(at)
                    at += 1
                else:
                    break
            if len(got) == len(letters) and [singular(t) for t in toks[at : at + len(rest)]] == [singular(w) for w in rest]:
                return got + list(range(at, at + len(rest)))
        return []

    def extends_name(self, word: str) -> bool:
        """ "cigarette" over a table called `cigar`: a word the table's clipped name starts."""
        return any(
            len(w) >= 5
            and w not in STOP
            and ((word.startswith(w) and len(word) - len(w) <= 5) or (len(word) >= 5 and w.endswith(word)))
            for w in self.name_words
        )  # also "market" for `smarket`

    def known_words(self, shared_only: bool = False) -> set[str]:
        """Every word of the table's name, its column names and its values (for spotting unknown names); with
        ``shared_only``, of its values only those that are one word and not each row's own name."""
        if self._known is None:
            known = set(self.name_words) | set(_split_name(self.table.name))
            for name, words in self.col_words.items():
                known |= words | set(_split_name(name))
            self._known_shared = set(known)
            rows = max(self.table.row_count, 1)
            for c in self.table.columns:
                if c.kind in ("text", "bool"):
                    words = {w for v in c.values for w in re.findall(r"[a-z]+", v.lower())}
                    known |= words
                    if not (c.distinct >= 0.9 * rows and rows > 50):  # a one-word value, not 'Trading Companies'
                        self._known_shared.update(v.lower() for v in c.values if re.fullmatch(r"[A-Za-z]+", v))
            known.update(w for norm in self.values for w in norm.split())
            self._known = known
        return self._known_shared if shared_only else self._known

    def column(self, name: str) -> ColumnProfile:
        col = self.table.column(name)
        assert col is not None
        return col

    def mentions(self, q: Question) -> Mentions:
        """What the question names in this table; read once per question (the parse, the scoring of tables and the
        decline checks all ask), each caller getting its own copy to change."""
        got = self._mentions_cache.get(q.text)
        if got is None:
            got = self._mentions(q)
            if len(self._mentions_cache) >= 64:
                self._mentions_cache.clear()
            self._mentions_cache[q.text] = got
        return Mentions(
            {c: list(p) for c, p in got.columns.items()},
            dict(got.column_score),
            list(got.values),
            got.table_hit,
            got.score,
            got.says_id,
            got.spelled,
        )

    def _acronym_mentions(self, q: Question) -> dict[str, list[int]]:
        """Columns named by an acronym in capitals (`AB`, `RBI`, `OBP`, `ERA`) and the words whose initials spell it in
        the question ("at-bats", "runs batted in", "on-base percentage", "earned run average")."""
        found: dict[str, list[int]] = {}
        toks = q.tokens
        for c in self.table.columns:
            code = c.name
            lower = 3 <= len(code) <= 4 and code.isalpha() and code.islower() and len(self.col_meaning[code]) == 1
            if lower and code not in self.all_col_words - self.col_words[code]:
                for s in range(len(toks) - len(code) + 1):  # "T-cell depletion" for `tcd`: words the table does not
                    words = toks[s : s + len(code)]  # otherwise know, their initials the whole name
                    if "".join(w[0] for w in words) == code and not any(
                        w in STOP or w in self.values or (w in self.all_col_words and w not in self.col_words[code])
                        for w in words
                    ):
                        found[code] = list(range(s, s + len(code)))
                        break
                continue
            if not (c.is_numeric and 2 <= len(code) <= 4 and code.isalpha() and code.isupper()):
                continue
            n = len(code)
            plural = [i for i, t in enumerate(toks) if t == code.lower() + "s"]  # "the most RBIs"
            if plural:
                found[code] = plural[:1]
                continue
            for s in range(len(toks) - n + 1):
                words = toks[s : s + n]
                if (
                    all(w[:1].isalpha() for w in words)
                    and "".join(w[0] for w in words) == code.lower()
                    and words[0] not in ("a", "an", "the", "of", "and", "or", "to", "is")
                    and not all(w in STOP for w in words)
                    and not (n == 2 and words[0] in AGG_WORDS)
                ):  # (not "a council tax" for `ACT`, nor "average age" for `AA`)
                    found[code] = list(range(s, s + n))
                    break
        return found

    def _mentions(self, q: Question) -> Mentions:
        m = Mentions()
        m.values = [
            v for v in self._value_mentions(q)
            if not (
                v[1] == v[0] + 1 and q.singles[v[0]] in self.name_words
                and any(q.singles[v[0]] in ws for c, ws in self.col_words.items() if c != v[2])
            )
        ]  # fmt: skip  # "uses of force", "kinds of force" in a table of uses of force with a `force_type`: what the
        # rows are and a column, not the offense code 'FORCE'
        ent = q.entity_pos
        if ent is not None:  # "how many deaths", "deaths by race": the counted rows, not type = 'Death'
            m.values = [
                v for v in m.values
                if not (v[0] == ent and v[1] == ent + 1 and any(
                    q.singles[ent] in words and not (
                        self.column(name).is_numeric and not _additive(name)
                        and singular(self.col_meaning[name][-1]) != q.singles[ent]
                    )
                    for name, words in self.col_words.items() if name != v[2]))
            ]  # fmt: skip  # (but "how many hurricanes" over `hurricane_force_diameter`, a width: status = 'hurricane')
        m.values = [
            v for v in m.values
            if not (
                v[1] == v[0] + 1 and q.tokens[v[0]] != q.singles[v[0]] and ", " in v[3]
                and q.tokens[v[0] - 1 : v[0]] not in (["in"], ["from"], ["at"], ["near"], ["of"])
            )
        ]  # fmt: skip  # "how many queens", "which queens are from Texas": the rows, not the hometown 'Queens, New York'
        taken = {i for s, e, _, _ in m.values for i in range(s, e)}
        for i, tok in enumerate(q.tokens):
            if tok in self.name_words or q.singles[i] in self.name_words or self.extends_name(tok):
                m.table_hit = True
            elif i and (q.tokens[i - 1] + tok in self.name_words or q.tokens[i - 1] + q.singles[i] in self.name_words):
                m.table_hit = True  # "bird strikes" over `birdstrikes`
        # The table's own name as typed ("bars_upload"): the strongest signal there is.
        named = re.search(rf"(?<![a-z0-9_]){re.escape(self.table.name.lower())}(?![a-z0-9_])", q.typed_lower) is not None
        m.table_hit = m.table_hit or named or bool(q.data_words & self.name_words)
        says_id = q.has("id", "ids", "key", "keys", "identifier")
        m.says_id = says_id
        every = self.all_col_words
        coverage: dict[str, float] = {}
        typed = (q.lower.replace(" ", "_"), "_".join(q.singles))  # the question as names are written, once per question
        exact = {i for i, tok in enumerate(q.tokens) if _expand(tok) & every}  # abbreviations only for words no name holds
        label_named = self.label is not None and any(
            (self.column(self.label).distinct >= 0.9 * max(self.table.row_count, 1)) and _expand(t) & self.col_words[self.label]
            for t in q.tokens
        )
        own = {
            i for i, t in enumerate(q.tokens) if q.singles[i] != t and (t in self.name_words or q.singles[i] in self.name_words)
        }
        clipped = {  # "spends" for `exptot` by its synonym "expenditure": not the "spe" of `special`
            i for i, tok in enumerate(q.tokens)
            if tok not in STOP and any(_abbreviates(w, e) for e in _expand(tok) - {tok, q.singles[i]} for w in every)
        }  # fmt: skip
        packed = self._packed_mentions(q, taken | exact | own | clipped)  # (not "elements" over a table called elements)
        kinded: dict[str, set[int]] = {}  # columns read as a clipped word and their kind (`hatype`): their positions
        literal = {i for i, t in enumerate(q.tokens) if t not in STOP and (t in every or q.singles[i] in every)}
        for name, words in self.col_words.items():
            if name in self.id_cols and not says_id and not self._id_named(name, q):
                continue
            if name not in self.flags and self.column(name).kind == "bool" and len(words & set(q.tokens)) < len(words):
                continue  # `is_retweet` false on every row: "the number of retweets" is `retweet_count`
            hits: dict[str, int] = {}
            strong: set[str] = set()
            for i, tok in enumerate(q.tokens):
                if i in taken or (tok in STOP and tok not in words and q.singles[i] not in words):  # "survival times": `time`
                    continue
                if tok in DISTINCT_WORDS and tok not in words:
                    continue  # "the different treatments": how many kinds, not a column `differ`
                if tok in ("more", "less", "fewer") and q.tokens[i + 1 : i + 2] == ["than"]:
                    continue  # "cost more than $100": a comparison, not a column called `more`
                if (
                    tok.isdigit() and len(tok) <= 2 and q.tokens[i - 1 : i] in (["which"], ["top"], ["bottom"])
                    and q.tokens[i + 1 : i + 2] and q.tokens[i + 1].isalpha()  # (not "ranked in the top 25": `und25`)
                    and not any(_names_word(t, words - {tok}) for t in q.tokens[i + 1 : i + 3])
                ):  # fmt: skip
                    continue  # "which 2 marital statuses": how many to show, not the `depress2` no word beside it names
                if AGG_WORDS.get(tok) in ("max", "min") and tok not in words and self.column(name).kind == "text":
                    continue  # "the strongest magnitude": a highest value, not the text class `mag_class`
                if (
                    tok.isdigit() and int(tok) <= 100 and i + 1 < len(q.tokens)
                    and (q.tokens[i + 1] in ("most", "least", "fewest") or q.tokens[i + 1] in AGG_WORDS)
                    and q.tokens[i - 1 : i] not in (["in"], ["of"], ["for"])
                ):  # fmt: skip
                    continue  # "the 3 least populated countries": how many to show, not `country_code_3`
                if (
                    tok.isdigit() and i > 0 and q.tokens[i - 1] in _BOUND_WORDS and re.fullmatch(r"[a-z_.]+\d", name.lower())
                    and not any(w in q.singles or w in q.tokens for w in self.col_meaning[name] if not w.isdigit())
                ):  # fmt: skip
                    continue  # "an income below 1": the bound of a comparison, not `edlevel1` by its number (but
                    # "children under 6" is `child6`)
                if (
                    tok in ("years", "hours", "days", "months") and q.tokens[i + 1 : i + 2] == ["of"] and i + 2 < len(q.tokens)
                    and any(
                        t in ws or q.singles[j] in ws or _hits_column(t, ws)
                        for j, t in enumerate(q.tokens[i + 2 : i + 5], i + 2) for o, ws in self.col_words.items()
                        if o != name and self.column(o).is_numeric and o not in self.flags
                    )
                ):  # fmt: skip
                    continue  # "years of schooling": a unit of the next column, not `year` (but "years of trading": `years`)
                exp = _expand(tok)
                ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", tok)
                if ordinal:  # "the 8th grade score" over `score4` and `score8`
                    exp = exp | {ordinal.group(1)}
                elif tok in _ORDINALS and i + 1 < len(q.tokens) and any(q.tokens[i + 1] in ws for ws in (words,)):
                    exp = exp | {_ORDINALS[tok]}  # "the first pretest" over `pretest.1` and `pretest.2`
                if tok not in words and q.singles[i] not in words and self._names_whole(tok, q.singles[i]):
                    exp = {tok, q.singles[i]}  # "per capita income" names `income`, not its synonym `salary` beside it
                if self.sold_not_price(name, tok, q.tokens[i - 1 : i] == ["total"]):
                    exp = {tok}  # "the pizzas that sold the most": counted, not their prices (but "total sales": the prices)
                for w in words & exp:
                    if (
                        w != tok and q.singles[i] == "child"
                        and not any(t in _CHILDREN_OWNED for t in q.tokens[max(0, i - 3) : i])
                        and q.tokens[i + 1 : i + 2] != ["of"]
                    ):  # fmt: skip
                        continue  # "how many children were born", "states by number of children" count the rows; "women
                        # with no children", "the children of the women surveyed" are their `kids`
                    if (
                        q.singles[i] in (w + "er", w + "r") and self.column(name).is_numeric and name not in self.flags
                        and singular(name.lower()) == name.lower()
                    ):  # fmt: skip
                        continue  # "travelers" are people, not the `travel` time (but "drinkers" are `drinks`)
                    if (
                        w in hits and hits[w] != i and w == tok and tok not in AGG_WORDS and tok not in STOP
                        and w in (q.tokens[hits[w]], q.singles[hits[w]])
                        and not (i and any(q.singles[i - 1] in ws for o, ws in self.col_words.items() if o != name))
                        and len(self.col_meaning[name]) == 1
                    ):  # fmt: skip  # (not "car group and age group": the second is the age's)
                        hits.setdefault(f"#{w}{i}", i)  # "marital status and credit status": named twice
                    hits.setdefault(w, i)
                    if w in (tok, q.singles[i]) and tok not in AGG_WORDS:
                        strong.add(w)  # a column literally called `low`, asked as "the lowest low"
                own_name = tok == self.table.name.lower()  # "people in flchain": the table, not `flc.grp` by its letters
                if tok not in STOP and len(tok) >= 5 and i not in exact:
                    for w in words:
                        if (
                            w not in hits and _abbreviates(w, tok) and not (own_name and len(w) <= 3)
                            and not _agent_of(w, tok)
                        ):  # fmt: skip  # ("processors" are not the `process` in nm they were made on)
                            hits[w] = i
                        elif w not in hits and _four_of_six(w, tok) and w in self.col_meaning[name]:
                            hits[w] = i  # `amaz_new` for "Amazon" (but not "status" for the `stat` of `stats`)
                if name in self.flags and len(tok) >= 4 and tok not in STOP:  # "women who smoke": the yes/no `smoker`
                    for w in words:
                        if w not in hits and w in (tok + "r", tok + "er", tok + "rs", tok + "ers"):
                            hits[w] = i
                if i not in exact and len(tok) >= 8:  # "policyholders" -> `Holders`: a word glued in front of the name
                    for w in words:
                        if w not in hits and len(w) >= 5 and (tok.endswith(w) or q.singles[i].endswith(singular(w))):
                            hits[w] = i
                if i not in exact and tok not in STOP and len(tok) >= 3 and tok not in _SHARE_TOKENS:  # "horsepower" -> `hp`
                    # "heaviest" -> `wt` (but "percentage" is a share asked for, not the p-t-s of `NetPts`)
                    for w in words:
                        if w in hits or (len(w) <= 2 and name in self.flags) or (own_name and len(w) <= 3):
                            continue  # a 0/1 code like `am` is named by its own word only ("cost" -> amount is not `am`)
                        if w in _GLUED_AFFIXES and w not in self.col_meaning[name]:
                            continue  # the `pc` glued to `packpc` is "per capita", not the skeleton of "price"
                        if _agent_of(w, tok):
                            continue
                        if any(_skeleton_of(w, e) for e in exp) or (
                            len(w) >= 3 and w.endswith("s") and _skeleton_of(w, tok + "s")
                        ):
                            hits[w] = i  # also a plural's skeleton asked in the singular (`prs`, "price")
                        elif (
                            name.isupper()
                            and q.singles[i] not in _PEOPLE_SINGULAR  # (not "students" for `SES`)
                            and w not in q.tokens  # (not "average" for `AGE`, said itself)
                            and 3 <= len(w) <= 4
                            and len(tok) >= 6
                            and tok[0] == w[0]
                            and _letters_in(w[1:], tok[1:])
                        ):
                            hits[w] = i  # a capitalised code of a word's letters: `DILG` diligence, `RTEN` retention
            plural_code = re.fullmatch(r"[A-Z]{2,}s", name) is not None  # `TDs`: touchdowns, not "t(eam's) d(efen)s(e)"
            for w in words:  # `airco` for "air conditioning", `lotsize`, `testscr`, `hd` for "hard drive", `bwt`
                if w not in hits and len(w) >= 2 and w.isalpha() and w not in STOP and not plural_code:
                    pair = _spelled_by_pair(w, q.tokens, taken, exact)
                    if pair is not None and q.tokens[pair] not in DISTINCT_WORDS:  # (not `dist` for "different stations")
                        hits[w] = pair
                        hits.setdefault("+" + w, pair + 1)
            acronym = (
                len(name) == 2
                and name.isalpha()
                and (  # `CW` for "carapace width", `FL` for "frontal lobe",
                    name.isupper() or (name.islower() and self.column(name).is_numeric)  # `ur` for "unemployment rate"
                )
            )
            for w in words:  # `cpi` for "consumer price index", `gsp` for "gross state product": the initials of a run
                if w in hits or not (3 <= len(w) <= 4 or (acronym and len(w) == 2)) or not w.isalpha():
                    continue
                for s in range(len(q.tokens) - len(w) + 1):
                    at = _initial_positions(q.tokens, s, len(w))  # (`ksi`: "killed or seriously injured")
                    run = [q.tokens[i] for i in at]
                    if (
                        len(run) == len(w)
                        and all(len(t) >= (4 if len(w) == 2 else 3) and t not in STOP and t not in DISTINCT_WORDS for t in run)
                        and not (len(w) == 2 and run[0] in AGG_WORDS)  # (not "average age" for `AA`; but `ahe`)
                        and "".join(t[0] for t in run) == w
                        and not any(t in ws for t in run for n, ws in self.col_words.items() if n != name)
                    ):  # (not "urban stores" for `US` beside a column `Urban`)
                        if not any(i in taken for i in range(s, at[-1] + 1)):
                            hits[w] = s
                            for k in range(1, at[-1] - s + 1):
                                hits.setdefault(f"+{w}{k}", s + k)
                            break
                    run = q.tokens[s : s + len(w)]  # `kia`: "killed in action", its preposition's letter kept
                    if (
                        len(w) >= 3 and w == name.lower() and len(run) == len(w) and "".join(t[0] for t in run) == w
                        and all(len(t) >= 3 and t not in STOP for t in (run[0], run[-1]))
                        and any(t in _SPELLED_PREPOSITIONS for t in run[1:-1])
                        and all(t in _SPELLED_PREPOSITIONS or (len(t) >= 3 and t not in STOP) for t in run[1:-1])
                        and not any(i in taken for i in range(s, s + len(w)))
                    ):  # fmt: skip
                        hits[w] = s
                        for k in range(1, len(w)):
                            hits.setdefault(f"+{w}{k}", s + k)
                        break
            for start, n, glued in q.hyphened:  # "out-of-state" for `Outstate`
                if glued in words and not any(i in taken for i in range(start, start + n)):
                    hits.setdefault(glued, start)
                    for k in range(1, n):
                        hits.setdefault(f"+{glued}{k}", start + k)
            low = name.lower()
            if not hits and low.isalpha() and 3 <= len(low) <= 4:  # `piq` for "performance IQ", `viq` for "verbal IQ"
                for i in range(1, len(q.tokens)):
                    before = q.tokens[i - 1]
                    if (
                        q.tokens[i] == low[1:] and before[0] == low[0] and len(before) >= 4 and before.isalpha()
                        and before not in STOP and not {i - 1, i} & taken
                    ):  # fmt: skip
                        hits.update({low: i - 1, "+" + low: i})
                        break
            if not hits and low.isalpha() and len(low) >= 6 and low.islower():  # `bmprison`: "black male prisoners"
                for k in (2, 3, 1):
                    lead, rest = low[:k], low[k:]
                    if rest in STOP or not self.column(name).is_numeric:
                        continue
                    for i in range(k, len(q.tokens)):
                        t = q.tokens[i]
                        run = q.tokens[i - k : i]
                        if (
                            (q.singles[i] == rest or (t.startswith(rest) and len(t) - len(rest) <= 4)) and i not in taken
                            and all(len(x) >= 3 and x not in STOP and x.isalpha() for x in run)
                            and "".join(x[0] for x in run) == lead and not set(range(i - k, i)) & taken
                        ):  # fmt: skip
                            hits.update({low: i, rest: i} | {f"+{lead}{j}": i - k + j for j in range(k)})
                            break
                    if hits:
                        break
            if not hits and low.isalpha():  # `hatype` for "headache type", "type of headache": a clipped word + the kind
                kind = next((k for k in ("type", "kind", "class", "group", "status") if low.endswith(k)), None)
                lead = low[: -len(kind)] if kind else ""
                for i in range(len(q.tokens)) if kind and 1 <= len(lead) <= 3 else ():
                    if q.singles[i] != kind:
                        continue
                    j = i + 2 if q.tokens[i + 1 : i + 2] == ["of"] else i - 1
                    word = q.tokens[j] if 0 <= j < len(q.tokens) and j not in taken else ""
                    if len(word) >= 4 and word[0] == lead[0] and _letters_in(lead[1:], word[1:]) and word not in STOP:
                        hits.update({low: j, "+" + low: i})
                        kinded[name] = {i, j}
                        break
            initials = self._initials_run(name, q, taken)  # `S.F.Ratio` for "student to faculty ratio"
            for k, i in enumerate(initials):
                hits.setdefault(f"+initial{k}", i)
            if not hits and name in packed:  # `tmathssk` "math score"
                hits.update(packed[name])
            if not hits and name not in self.flags:  # "prestige" -> `phdprestige`: a word behind a short glued prefix
                for i, tok in enumerate(q.tokens):
                    if i in taken or i in exact or len(tok) < 5 or tok in STOP or not tok.isalpha():
                        continue
                    stems = {q.singles[i]} | ({tok[:-3]} if tok.endswith("ing") and len(tok) >= 8 else set())
                    # ("relaxing" for `hrsrelax`)
                    for w in words:
                        if w.isalpha() and any(3 <= len(w) - len(e) <= 4 and w.endswith(e) for e in stems):
                            hits.setdefault(w, i)
            letter = self.letter_suffixed.get(name)
            if letter and hits:  # "math SAT" over `sat_m` beside `sat_v`: a word next to the named ones, of that initial
                said = {*hits.values(), *(i for i, t in enumerate(q.tokens) if t in words or q.singles[i] in words)}
                others = {v for o, v in self.letter_suffixed.items() if o != name}
                for p in sorted(said):
                    for step in (1, -1):  # "SAT math", "math SAT", "verbal and math SAT": over the siblings' words
                        i = p + step
                        while 0 <= i < len(q.tokens) and abs(i - p) <= 4 and i not in said:
                            tok = q.tokens[i]
                            if tok[:1] == letter and len(tok) >= 4 and tok.isalpha() and tok not in STOP and tok not in AGG_WORDS:
                                hits.setdefault("letter:" + letter, i)
                                break
                            if tok not in ("and", "or") and not (tok[:1] in others and len(tok) >= 4):
                                break
                            i += step
            if not hits and name in self.person_suffixed:  # `ageh` for "the age of the husbands", `hoursw` for "wives"
                base, letter = self.person_suffixed[name]
                named = [
                    i for i, t in enumerate(q.tokens) if i not in taken and (t == base or _abbreviates(base, t) or base in _expand(t))
                ]  # fmt: skip
                whose = [i for i, t in enumerate(q.tokens) if q.singles[i] in _PEOPLE_SINGULAR and t.startswith(letter)]
                if named and whose:
                    hits.update({base: named[0], "+" + letter: whose[0]})
            unit = self.col_units.get(name)
            if unit:  # "total riding time in minutes": the column measured in minutes (`duration_min`)
                for i, tok in enumerate(q.tokens):
                    if UNIT_QUESTION_WORDS.get(tok) == unit and i not in taken:
                        hits.setdefault("unit:" + unit, i)
            if name in self.lone_duration:  # "average weeks unemployed" over a `duration` and no dates
                for i, tok in enumerate(q.tokens):
                    if tok in ("weeks", "days", "months") and i not in taken:
                        hits.setdefault("unit:" + tok, i)
            if not hits:  # "insurance status" -> `insured`: the same root
                roots = self.col_roots[name]
                for i, tok in enumerate(q.tokens):
                    if (
                        i not in taken
                        and len(tok) >= 6
                        and tok not in STOP
                        and _root(tok) in roots
                        and not any(_agent_of(w, tok) for w in self.col_meaning[name])
                    ):
                        rooted = [w for w in self.col_meaning[name] if len(w) >= 6 and _root(w) == _root(tok)]
                        hits.setdefault(rooted[0] if rooted else _root(tok), i)  # (the name's word, said whole)
            if not hits or (
                all(re.fullmatch(r"\d{4}", w) for w in hits)
                and len([w for w in self.col_meaning[name] if w not in ("year", "yr", "y")]) > 1
            ):
                continue  # "in 2004" alone does not name `Bush2004` (but it names a column called `2004`, `year_2004`)
            heads = [w for w in hits if w not in _WEAK_WORDS or w in strong or w in self.named_by.get(name, ())]
            timed = (  # "the average 5k time" over `run_time_minutes`: the one numeric column with a time in its name
                heads == ["time"] and self.column(name).is_numeric
                and sum("time" in self.col_words[n] for n in self.col_words) == 1
            )  # fmt: skip
            if not heads or (len(words) > 1 and all(w in STOP for w in heads) and not timed):
                continue  # "cars per origin" does not name `Miles_per_Gallon`
            whole = all(w in hits or singular(w) in hits for w in self.col_meaning[name])
            if (
                whole and name in self.flags
                and {singular(h) for h in heads} == {singular(_split_name(self.table.name)[-1])}
                and all(q.tokens[i] != q.singles[i] for i in hits.values())
            ):  # fmt: skip
                continue  # "how many spells" over jobless_spells and its yes/no `spell`: the rows, not the yes
            named_for_table = (
                all(  # `MathAch` of a table called math_achievement: the measure the table is about
                    any(n == w or (len(w) >= 3 and n.startswith(w)) for n in self.name_words) for w in self.col_meaning[name]
                )
                and len(self.col_meaning[name]) > 1
            )
            spelled_for_table = any(  # `tfr` of a table called fertility_regions: "fertility rate", its measure
                full in self.name_words for w in self.col_meaning[name] for full in ABBREVIATIONS.get(w, ())
            )
            qualifier_name = (
                (  # `country_name` of a table called country_populations: "by country" is by its name
                    self.col_meaning[name][1:] in (["name"], ["title"])
                    and singular(_split_name(self.table.name)[-1]) != self.col_meaning[name][0]
                )
                or (
                    name == self.own_measure
                    and not all(
                        (i > 0 and q.tokens[i - 1] in ("a", "an", "any", "each", "every", "per")) or q.tokens[i] != q.singles[i]
                        for i in hits.values()
                    )
                )  # (but "the price of a house", "houses sold for" over house_sales: rows, not `house_size_sqft`)
                or (
                    name == self.own_measure
                    and self.column(name).is_numeric
                    and any(
                        re.match(
                            r"(?:of|above|below|over|under|more|less|greater|higher|lower|between)\b",
                            " ".join(q.tokens[i + 1 : i + 3]),
                        )
                        for i in hits.values()
                    )
                )  # ("reported an income of exactly zero" over cleveland_sacramento_income's `personal_income`)
                or name in self.title_measures
                or bool(set(hits) & self.named_by.get(name, set()))
            )  # `gas_million_therms` of uk_gas: "gas use" is that measure; `inflation_rate` of a table called
            # us_inflation_unemployment: the table's name lists its measures
            if (
                set(heads) <= self.name_words
                and set(hits) != words
                and not whole
                and not named_for_table
                and not spelled_for_table
                and not qualifier_name
                and not (  # "bought the insurance" over rice_insurance_takeup's 0/1 `takeup_survey`: the flag, by a
                    name in self.flags  # synonym of the word the table is named for
                    and not any(q.tokens[i] in self.name_words or q.singles[i] in self.name_words for i in hits.values())
                )
            ):
                continue  # "orders" names the table, not `order_date` (but "income" names `income` in `gapminder_health_income`)
            if (
                set(heads) <= self.name_words
                and singular(name.lower()) == name.lower()  # (a plural name, `Divorces`, is a count of them: a measure)
                and not q.phrase(r"\b(?:in total|altogether|combined)\b")  # "how many drinkers in total": `drinks`
                and self.table.column(name) is not None
                and self.column(name).is_numeric
                and not _additive(name)
                and not label_named  # "which state has the most hurricanes" over `population_engineers_hurricanes`
                and not _numbered_units(self.column(name), self.table.row_count)
                and not _numbered_one_to_n(
                    self.column(name), self.table.row_count
                )  # (rats 1-16, weighed weekly)  # (but "how many pigs" over pig numbers)
                and any(  # (rows named in the plural, `nyc_flights`: not `crime`, a count, in a table called campus_crime)
                    singular(w) != w and singular(w) in {singular(h) for h in heads} for w in _split_name(self.table.name)
                )
                and all(
                    q.tokens[i] != q.singles[i]
                    and i > 0
                    and q.tokens[i - 1] in ("most", "fewest", "least", "many", "of", "more", "fewer")
                    for i in hits.values()
                )
            ):
                continue  # "flights" over `nyc_flights` names the rows, not the flight number `flight`
            if (
                self.column(name).is_numeric and singular(name.lower()) == name.lower()
                and set(self.col_meaning[name]) & {"rating", "score", "review", "grade", "stars"}
                and all(
                    (i > 0 and q.tokens[i - 1] in ("most", "fewest", "least", "many", "of", "more", "fewer")
                     and (q.tokens[i] != q.singles[i] or q.tokens[i].endswith("ed")))
                    or (q.tokens[i].endswith("ed") and q.tokens[i + 1 : i + 3] in (["the", "most"], ["the", "fewest"]))
                    for i in hits.values()
                )  # (also "which user rated the most movies")
            ):  # fmt: skip
                continue  # "the most ratings", "the most rated movies" over a table of ratings: the rows, counted
            if (
                set(heads) <= _PEOPLE_SINGULAR
                or all(q.singles[i] in _PEOPLE_SINGULAR and q.singles[i] != q.tokens[i] for i in hits.values())
            ) and (
                set(hits) != words
                and len(words) > 1
                and name not in self.id_cols
                and not (whole and set(hits) & set(self.col_meaning[name]))  # ("individuals": `individual` said whole)
                and not set(hits) & self.named_by.get(name, set())  # (but "people" over a lifeboat's `total`)
            ):
                continue  # "oncology patients" names the rows, not `patient_age` (nor `pat_karno`) (but "users": `userId`)
            people_at = [i for i in hits.values() if q.singles[i] in _PEOPLE_SINGULAR and q.singles[i] != q.tokens[i]]
            if (
                people_at and len(self.col_meaning[name]) > 2
                and singular(self.col_meaning[name][-1]) != q.singles[people_at[0]]
                and all(q.tokens[i] in ("number", "count", "total") or i in people_at for i in hits.values())
            ):  # fmt: skip
                continue  # "the number of customers" names the rows, not `number_customer_service_calls`
            said_at = set(hits.values())
            qualifier = next(
                (
                    p
                    for p in _GLUED_PREFIXES
                    if name.lower().startswith(p)
                    and p in ABBREVIATIONS
                    and name.lower()[len(p) :] in words
                    and not any(name.lower().startswith(full) for full in ABBREVIATIONS[p])
                ),
                None,
            )  # (a prefix glued to a piece of its own: `hh` + `size`, not the "pop" that starts `population`)
            parts = _split_name(name)
            if qualifier is None and len(parts) > 1:
                qualifier = next((p for p in parts if p in _QUALIFIER_CLIPS), None)  # `takeup_hh`: whose take-up
            if (
                qualifier and said_at
                and all(q.singles[i] in ABBREVIATIONS[qualifier] or q.tokens[i] in ABBREVIATIONS[qualifier] for i in said_at)
                and not any(t in words or q.singles[j] in words for j, t in enumerate(q.tokens) if j not in said_at)
            ):  # fmt: skip
                continue  # "household heads" over `hhsize`, "weight at baseline" over `BLBMI`: only the glued qualifier said
            full = _spells_name(tok_join(name), typed)
            meaning = self.col_meaning[name]
            covered = sum(1 for w in meaning if w in hits or singular(w) in hits or "~" + w in hits) / len(meaning)
            by_pos: dict[int, list[str]] = {}
            for w, i in hits.items():
                by_pos.setdefault(i, []).append(w)
            said = sum(  # a synonym read once, though it names two words of the column ("mortality": death, deaths), where
                len(ws) if any(w in (q.tokens[i], q.singles[i]) for w in ws) or len(ws) < 2 or i not in literal else 1
                for i, ws in by_pos.items()
            )  # another column holds the word itself (`under5_mortality_2018` beside `under5_deaths_2018`)
            score = said + (said / len(words)) + (2 if full else 0) + 0.1 * covered  # `reviews` over `review_score`
            if "name" in meaning and len(meaning) > 1:
                score += 0.05  # "which state": `state.name` before `state.abb`, `team_name` before `team_id`
            m.columns[name] = sorted(set(hits.values()))
            m.column_score[name] = score
            coverage[name] = covered
        for name, parts in self.name_parts.items():  # "by time of day" over `Time of day`: the name spelled out, not 'Day'
            if len(parts) < 2 or len(parts) > len(q.tokens):
                continue
            for s in range(len(q.tokens) - len(parts) + 1):
                if q.tokens[s : s + len(parts)] == parts or q.singles[s : s + len(parts)] == parts:
                    m.values = [v for v in m.values if v[1] <= s or v[0] >= s + len(parts)]
                    m.columns[name] = list(range(s, s + len(parts)))
                    m.column_score[name] = len(parts) + 3.0
                    break
        self._typed_names(q, m)
        self._kin_by_age(q, m)
        self._own_noun_not_flag(q, m)
        self._days_not_weekdays(q, m)
        self._count_over_scaled(q, m)
        self._item_of_family(q, m)
        self._kind_before_head(q, m)
        self._drop_table_name_words(q, m)
        self._year_siblings(q, m)
        self._dated_by_verb(q, m)
        self._percent_unless_said(q, m)
        self._sold_for(q, m)
        self._family_variant(q, m)
        self._calendar_plurals(q, m)
        self._modifier_over_head(q, m)
        self._glossed_by_name(q, m)
        self._occasion_siblings(q, m)
        self._clipped_aside(q, m)
        self._log_unless_said(q, m)
        self._numbered_rows(q, m)
        unit = self.panel_entity
        plural = {w for w in _split_name(self.table.name) if singular(w) != w}  # `us_airlines`, not `fatality`
        if unit is not None and unit not in m.columns:  # "cost per airline" over `firm` numbers in `us_airlines`
            said = [  # (not "the fatality rate": the table's word describing a measure)
                i for i, t in enumerate(q.singles)
                if t in {singular(w) for w in plural} and i not in taken
                and not any(i + 1 in pos and self.column(c).is_numeric for c, pos in m.columns.items())
            ]  # fmt: skip
            if said:
                m.columns[unit] = said[:1]
                m.column_score[unit] = 1.0
        self._numbered_people(q, m, taken)
        self._time_steps(q, m, taken)
        for name, pos in list(m.columns.items()):  # "trades per month" over `permonth`: what it counts, not the yes/no `trade`
            rated = [o for o in m.columns if o != name and o.lower().startswith("per") and self.column(o).is_numeric]
            if (
                name in self.flags
                and len(pos) == 1
                and any(
                    q.tokens[pos[0] + 1 : pos[0] + 2] in (["per"], ["a"], ["each"]) and pos[0] + 2 in m.columns[o] for o in rated
                )
            ):
                del m.columns[name]
                m.column_score.pop(name, None)
        for name, pos in list(m.columns.items()):  # "total men per side": the sum of `men`, not the column `total`
            if (
                len(pos) == 1
                and q.tokens[pos[0]] in ("total", "sum")
                and self.col_meaning[name] == [q.tokens[pos[0]]]
                and any(pos[0] + 1 in p and o != name and self.column(o).is_numeric for o, p in m.columns.items())
            ):
                del m.columns[name]
                m.column_score.pop(name, None)
        for name, pos in list(m.columns.items()):  # "type of headache" is `hatype`, not the yes/no `headache` too
            if name not in kinded and any(set(pos) <= at for at in kinded.values()):
                del m.columns[name]
                m.column_score.pop(name, None)
        generic = {
            name for name, pos in m.columns.items()
            if all(
                q.singles[p] in _GENERIC_MEASURE_WORDS and q.singles[p] not in self.name_parts[name]
                and not (self.name_parts[name] == [q.tokens[p][:-3]] and q.tokens[p].endswith("ing"))
                for p in pos
            )
        }  # fmt: skip  # (but "reading scores" over a column `read`: its own name)
        for name in generic:  # "the advancement score" over `advance` and a `rating`: not the rating
            if any(o not in generic and self.column(o).is_numeric and o not in self.flags for o in m.columns):
                del m.columns[name]  # (a word any score is called, beside a column named by its own word)
                m.column_score.pop(name, None)
        for name, pos in m.columns.items():  # "flight distance", "occupation type": the last noun is the head
            kind_of = (  # (but "marital status" over `Marital` and `Status`: a category named whole, then a kind word)
                pos[0] + 1 < len(q.tokens) and q.singles[pos[0] + 1] in KIND_HEADS
                and self.col_meaning[name] == [q.singles[pos[0]]] and self.column(name).kind == "text"
                and self.column(name).distinct <= 0.5 * max(self.table.row_count, 1)
            )  # fmt: skip
            end = pos[-1]  # (also "seat belt enforcement" over `seatbelt` and `enforce`: the enforcement)
            if (
                pos == list(range(pos[0], end + 1))
                and len(pos) <= 2
                and not kind_of
                and q.tokens[end] not in STOP
                and end + 1 < len(q.tokens)
                and any(
                    other != name
                    and end + 1 in p
                    and not set(pos) & set(p)
                    and q.tokens[end + 1] not in STOP
                    and coverage.get(other, 1.0) >= coverage.get(name, 1.0)  # "unemployment rate": not half of `tbilrate`
                    for other, p in m.columns.items()
                )
            ):
                m.column_score[name] -= 0.5
                kinds = [  # "seat belt enforcement types": the kind column before the kind word is what is asked
                    o for o, p in m.columns.items()
                    if o != name and p == [end + 1] and q.singles[end + 2 : end + 3] and q.singles[end + 2] in KIND_HEADS
                    and self.column(o).kind == "text" and self.column(o).distinct <= 0.5 * max(self.table.row_count, 1)
                ]  # fmt: skip
                if kinds:
                    m.column_score[name] = min(m.column_score[name], m.column_score[kinds[0]] - 0.1)
        for name, pos in m.columns.items():  # "seeds taken" over `seeds` and `taken`: the participle says which seeds
            if (
                len(pos) == 1 and pos[0] > 0 and re.fullmatch(r"[a-z]{3,}(?:en|ed)", q.tokens[pos[0]])
                and self.col_meaning[name] == [q.tokens[pos[0]]] and self.column(name).is_numeric
            ):  # fmt: skip
                before = [o for o, p in m.columns.items() if o != name and p == [pos[0] - 1] and self.column(o).is_numeric]
                if before:
                    m.column_score[name] = max(m.column_score[o] for o in before) + 0.5
        for name, pos in m.columns.items():  # "competitor price": `CompPrice` spells more of it than `Price`
            if len(pos) < 2 or coverage.get(name, 0) != 1.0:
                continue
            extra_of = [
                o for o, p in m.columns.items()
                if o != name and set(p) < set(pos) and coverage.get(name, 0) == 1.0
                and any(q.tokens[i] not in AGG_WORDS and q.tokens[i] not in STOP for i in set(pos) - set(p))
                and set(pos) - set(p) <= set(range(min(p) - 2, max(p) + 3))
            ]  # fmt: skip  # (not "min price" for `Min_Price` over `Price`: the aggregate's own word)
            if extra_of:
                m.column_score[name] = max(m.column_score[name], max(m.column_score[o] for o in extra_of) + 0.5)
        for name in self.col_words:  # `tvhours` for "hours of TV": a two- or three-letter initialism glued to a word
            if name in m.columns:
                continue
            low = re.sub(r"[^a-z]", "", name.lower())
            for i, tok in enumerate(q.tokens):
                rest = low[len(tok) :]
                if not (2 <= len(tok) <= 3 and tok.isalpha() and tok not in STOP and low.startswith(tok) and len(rest) >= 4):
                    continue
                near = [j for j in range(max(0, i - 3), min(len(q.tokens), i + 4)) if rest in (q.tokens[j], q.singles[j])]
                if near and not any(i in pos or near[0] in pos for pos in m.columns.values()):
                    m.columns[name] = sorted({i, near[0]})
                    m.column_score[name] = 2.0
                    break
        for name in self.col_words:  # `etype` for "event type": a word's first letter glued to the next word
            low = name.lower()
            if not (len(low) >= 5 and low.isalpha()) or len(m.columns.get(name, ())) > 1:
                continue
            for j in range(1, len(q.tokens)):
                prev = q.tokens[j - 1]
                if (
                    q.singles[j] in (low[1:], singular(low[1:])) and prev[:1] == low[0] and len(prev) >= 3
                    and prev.isalpha() and prev not in STOP and not any(j - 1 in pos for pos in m.columns.values())
                ):  # fmt: skip
                    m.columns[name] = [j - 1, j]
                    m.column_score[name] = max(m.column_score.values(), default=0.0) + 1.0
                    break
        generic = self.generic_measure
        if generic is not None and all(  # `y` of road data: "accidents" (a `total` named only as "total murders" too)
            q.tokens[p] in AGG_WORDS for p in m.columns.get(generic, [])
        ):
            table_nouns = (  # plural words only: not "flies" over a `Total` of minutes in fruit_fly_lifespans
                # (nor "lifeboats" over a boat's `total` of crew, men and women: the boats, counted)
                {singular(w) for w in _split_name(self.table.name) if singular(w) != w}
                if self.generic_counts and not _sum_of_parts(self.column(generic), self.table)
                else set()
            )
            named = [  # "did Gore get more votes": the votes are Gore's column, not the `Total`
                p for c, pos in m.columns.items() if c != generic and self.column(c).is_numeric
                for p in pos if p > 0 and q.raw_tokens[p][:1].isupper()
            ] + [  # (also when the name is a value too: "did Coderre get" over `Coderre` and a `winner` 'Coderre')
                p for p in range(1, len(q.tokens)) if q.raw_tokens[p][:1].isupper()
                and any(c.name.lower() == q.tokens[p] and c.is_numeric and c.name != generic for c in self.table.columns)
            ]  # fmt: skip
            candidates: list[int] = []
            for i, tok in enumerate(q.tokens):
                counted = (  # a `count` per row: "measles cases"; a `total` in a table of murders: "murders"
                    q.singles[i] in table_nouns or (self.generic_counts and tok == "cases")
                ) and not any(i in pos for pos in m.columns.values())
                if counted or (
                    tok != q.singles[i] and len(tok) >= 5 and tok.isalpha() and tok not in STOP and tok not in _LEXICON_WORDS
                    and q.singles[i] not in _PEOPLE_SINGULAR and tok not in TIME_GRAIN_NOUNS
                    and not any(i in pos for pos in m.columns.values()) and not any(s <= i < e for s, e, _, _ in m.values)
                    and tok not in self.known_words() and q.singles[i] not in self.name_words
                ):  # fmt: skip
                    candidates.append(i)
            candidates = [  # "the total number of depredations across all farms": the farms are the rows, not counted
                i for i in candidates if not re.search(r"\b(?:across|among|over)(?:\s+(?:all|the|all the|every))?$",
                                                        " ".join(q.tokens[max(0, i - 3) : i]))
            ]  # fmt: skip
            if len(candidates) > 1 and self.generic_counts:  # "how many routes have fewer than 10 flights": the routes
                candidates = [i for i in candidates if i != q.entity_pos] or candidates  # are the rows, counted
            if candidates and not (named and self.generic_counts):
                said = [p for p in m.columns.get(generic, []) if p == candidates[0] - 1]  # "total votes" over `Total`
                m.columns[generic] = [*said, candidates[0]]
                m.column_score[generic] = 1.0
        for p_ in range(len(q.tokens)):  # "age group" over text bands ('<25', '25-29') and a column `Group`: the age
            if q.singles[p_] not in _BAND_WORDS or not p_:
                continue
            banded = [n for n, pos in m.columns.items() if p_ - 1 in pos and p_ not in pos and self._bands(n)]
            if len(banded) == 1:
                for n in [n for n, pos in m.columns.items() if pos == [p_]]:
                    del m.columns[n]
                    m.column_score.pop(n, None)
                m.columns[banded[0]] = sorted({*m.columns[banded[0]], p_})
        for p_ in {p for pos in m.columns.values() for p in pos}:  # "developers" over many `*_developer` yes/no columns
            if q.singles[p_] in self.shared_flag_words:
                for n in [n for n, pos in m.columns.items() if pos == [p_] and n in self.flags]:
                    del m.columns[n]
                    m.column_score.pop(n, None)
        for n, pos in list(m.columns.items()):  # "average" is never `AGE` by its letters, "combined" never in`come`
            low = re.sub(r"[^a-z]", "", n.lower())  # (but "median household income" spells `medianhhincom`, "total" `totemp`)
            kept = [
                p_
                for p_ in pos
                if q.tokens[p_] not in _AGGREGATE_WORDS or q.tokens[p_] in low or low.startswith(q.tokens[p_][:3])
            ]
            if len(_split_name(n)) > 1:  # "of" is no mention of `od280/od315_of_diluted_wines` (but is of `Time of day`)
                kept = [
                    p_ for p_ in kept
                    if q.tokens[p_] not in _FUNCTION_WORDS or (p_ - 1 in kept and p_ + 1 in kept)
                ]  # fmt: skip
            kept = [  # "which quarter of the year": the year says which quarter, it is no measure
                p_ for p_ in kept
                if not (q.singles[p_] == "year" and re.search(r"\b(?:quarter|month|week|day|season)s?\s+of\s+(?:the\s+|a\s+)?$",
                                                                " ".join(q.tokens[:p_]) + " "))
            ]  # fmt: skip
            if not kept:
                del m.columns[n]
                m.column_score.pop(n, None)
            elif len(kept) < len(pos):
                m.columns[n] = kept
        if self.long_measure and self.long_measure[1] not in m.columns:  # "the average rent" over rows of
            key, value = self.long_measure  # (state, variable 'income'/'rent', estimate): the estimate where it is rent
            said = sorted({s for s, _, c, _ in m.values if c == key})
            if said:
                m.columns[value] = said
                m.column_score[value] = 1.0
        series = self.series_measure
        if series is not None and series not in m.columns:  # "the lowest lake level" over `lake_level` (year, depth)
            said = [i for i, t in enumerate(q.tokens) if q.singles[i] in self.col_words[series] - set(_split_name(series))]
            if said:
                m.columns[series] = said
                m.column_score[series] = 1.0
        acronyms = self._acronym_mentions(q)
        m.spelled = frozenset(acronyms)
        for name, at in acronyms.items():  # "at-bats" for `AB`, "runs batted in" for `RBI`
            for other in [o for o, pos in m.columns.items() if o != name and set(pos) <= set(at)]:
                del m.columns[other]  # ("on-base percentage" is `OBP`, not the `stolen_bases` its "base" names)
                m.column_score.pop(other, None)
            m.columns[name] = at
            m.column_score[name] = max(m.column_score.get(name, 0.0), 2.0)
        self._described_over_code(m)
        self._unqualified_count(q, m)
        self._period_suffixed(q, m)
        self._logged(q, m)
        self._named_by_aggregate_only(q, m)
        m.score = (3 if m.table_hit else 0) + sum(m.column_score.values()) * 0.5 + 2 * len(m.values)
        if named:
            m.score += 10
        if any(c.is_temporal for c in self.table.columns) and q.has("year", "month", "day", "date", "week", "weekday", "quarter"):
            m.score += 1.5
        return m

    def _named_by_aggregate_only(self, q: Question, m: Mentions) -> None:
        """ "Avg depression score by sex" over `avg_drinks`: the word that asks for the average names no column whose
        name says more than it (its other words unsaid); `average` alone, or "avg drinks", still do."""
        for name in [n for n, pos in m.columns.items() if pos and all(q.tokens[p] in _AGGREGATE_ASKS for p in pos)]:
            if len(self.col_meaning[name]) >= 2 and not set(self.col_meaning[name]) - _AGGREGATE_ASKS <= set(q.singles):
                m.keep(name, [])
        shares = {p for p, t in enumerate(q.tokens) if t in _SHARE_ASKS and q.tokens[p + 1 : p + 2] == ["of"]}
        for name in [n for n, pos in m.columns.items() if pos and set(pos) <= shares]:
            if not set(self.col_meaning[name]) <= _SHARE_ASKS:  # "what percentage of countries had a strike": the
                m.keep(name, [])  # share asked, not `perctser` (a percentage of students) its first letters spell

    def _time_steps(self, q: Question, m: Mentions, taken: set[int]) -> None:
        """ "By diet and week", "between week 5 and week 10", "60 or more days after planting" over a numeric `Time`
        counting the steps of a study (no date column): that column."""
        steps = [c.name for c in self.table.columns if c.is_numeric and self.col_meaning[c.name] == ["time"]]
        if len(steps) != 1 or steps[0] in m.columns or any(c.is_temporal for c in self.table.columns):
            return
        said = [
            i for i, t in enumerate(q.singles)
            if t in ("week", "day", "month", "hour", "minute") and i not in taken and not any(i in p for p in m.columns.values())
        ]  # fmt: skip
        if said:
            m.columns[steps[0]] = said
            m.column_score[steps[0]] = 1.0

    def _numbered_people(self, q: Question, m: Mentions, taken: set[int]) -> None:
        """ "Each boy", "boy 10", "the top 3 boys" over a `Subject` number with several rows per boy: that column."""
        rows = max(self.table.row_count, 1)
        numbered = [
            c.name for c in self.table.columns
            if c.is_numeric and c.name.lower() in PERSON_NUMBER_NAMES and 1 < c.distinct < 0.5 * rows
        ]  # fmt: skip
        if len(numbered) != 1 or numbered[0] in m.columns:
            return
        for i, t in enumerate(q.singles):
            if t not in _PEOPLE_SINGULAR or i in taken:
                continue
            before = q.tokens[max(0, i - 2) : i]
            after = q.tokens[i + 1 : i + 2]
            if (
                any(b in ("each", "per", "every", "which", "by") for b in before[-1:])
                or (len(before) == 2 and before[0] in ("top", "bottom") and before[1].isdigit())
                or (after and after[0].isdigit())
            ):
                m.columns[numbered[0]] = [i]
                m.column_score[numbered[0]] = 1.0
                return

    def _names_whole(self, tok: str, single: str) -> bool:
        """Is the word the whole name of a column (`income`), so that it names that one and not another by synonym?"""
        return any(meaning in ([tok], [single]) for meaning in self.col_meaning.values())

    def _drop_table_name_words(self, q: Question, m: Mentions) -> None:
        """The table's name said whole ("which travel mode" over `travel_mode`) names its last word's column: the
        words before it describe that one, they are not measures of their own (not the `travel` time; but "age group"
        over `age_groups` still names its `age` bands)."""
        name = [singular(w) for w in _split_name(self.table.name)]
        n = len(name)
        if n < 2 or not all(w.isalpha() for w in name):
            return
        for s in range(len(q.tokens) - n + 1):
            if q.singles[s : s + n] == name:
                lead = set(range(s, s + n - 1))
                for col in [
                    c
                    for c, pos in m.columns.items()
                    if set(pos) & lead
                    and self.column(c).is_numeric
                    and c != self.own_measure
                    and not {q.singles[p] for p in lead} & self.named_by.get(c, set())  # ("dengue regions": `NoYes`)
                ]:  # (but "coal use" over coal_use names its `coal_million_tonnes`)
                    m.keep(col, [p for p in m.columns[col] if p not in lead])

    def _item_of_family(self, q: Question, m: Mentions) -> None:
        """ "The price of Hunt's" over `price.heinz`, `price.hunts`, ... beside a `choice` holding 'hunts': the column of
        that item, named by the family's word and the item's, not the rows where the item was chosen."""
        for s, e, col, val in list(m.values):
            if e - s > 2:
                continue
            family = [c for c, pos in m.columns.items() if self.column(c).is_numeric and not set(pos) & set(range(s, e))]
            said = {tuple(m.columns[c]) for c in family}
            words = {"".join(q.tokens[s:e]), "".join(q.singles[s:e]), str(val).lower()}  # ("Del Monte" for `delmonte`)
            item = [c for c in family if words & set(self.col_meaning[c])]
            if len(family) >= 2 and len(said) == 1 and len(item) == 1:
                m.values.remove((s, e, col, val))
                m.columns[item[0]] = sorted([*m.columns[item[0]], *range(s, e)])
                m.column_score[item[0]] = max(m.column_score.values(), default=0.0) + 1.0

    def _name_regions(self, table: TableProfile) -> None:
        """A column of places under another name (`group`: 'United States', 'Western Europe', 'East Asia'): the
        region, area or market a question names, when no column is called so."""
        if any({"region", "area", "location", "market", "place", "country"} & set(ws) for ws in self.col_words.values()):
            return
        places = set(US_STATES) | set(COUNTRY_CODES) | _CONTINENT_WORDS
        placed = [
            c.name for c in table.columns
            if c.kind == "text" and c.values_complete and 2 <= len(c.values) <= 60
            and sum(any(w in places for w in _place_words(str(v))) for v in c.values) >= 0.6 * len(c.values)
        ]  # fmt: skip
        if len(placed) == 1:
            self.col_words[placed[0]] |= {"region", "regions", "area", "areas", "location", "locations", "market", "markets"}

    def _count_over_scaled(self, q: Question, m: Mentions) -> None:
        """ "Steps" over a whole `StepCount` beside `Steps` in thousands (2.615): the things counted, one by one (unless
        the thousands are asked for)."""
        if q.has("thousand", "thousands", "hundreds", "k"):
            return
        for c in self.table.columns:
            base = set(self.col_meaning[c.name]) - {"count", "number", "num"}
            if c.kind != "integer" or len(base) == len(self.col_meaning[c.name]) or not base:
                continue
            for b in list(m.columns):
                other = self.column(b)
                hi_a, hi_b = c.max, other.max
                if (
                    b != c.name and other.kind == "number" and base <= {singular(w) for w in self.col_words[b]} | self.col_words[b]
                    and isinstance(hi_a, (int, float)) and isinstance(hi_b, (int, float)) and hi_b > 0
                    and round(hi_a / hi_b) in (10, 100, 1000)
                ):  # fmt: skip
                    m.columns[c.name] = sorted(set(m.columns.get(c.name, [])) | set(m.columns[b]))
                    m.column_score[c.name] = max(m.column_score.get(c.name, 0.0), m.column_score.get(b, 0.0)) + 0.5

    def _days_not_weekdays(self, q: Question, m: Mentions) -> None:
        """ "On how many cold days", "on days when the dog got a walk" over a row a day with its weekday's letter (`Day`
        'M'...'U'): the days are the rows; only "day of the week" or "weekday" names the letters."""
        for name in [c for c in self.weekday_letters if c in m.columns]:
            kept = [
                p for p in m.columns[name]
                if q.tokens[p] != "days" or q.tokens[p + 1 : p + 4] == ["of", "the", "week"] or q.tokens[p + 1 : p + 3] == ["of", "week"]
            ]  # fmt: skip
            m.keep(name, kept)

    def _own_noun_not_flag(self, q: Question, m: Mentions) -> None:
        """ "Female professors", "different professors" over professor_salaries: the table's own noun is its rows, not
        the yes/no `prof` (full professors) its name clips (but "full professors" are the `prof` ones)."""
        for flag in [c for c in m.columns if c in self.flags]:
            clipped = [
                p for p in m.columns[flag]
                if q.singles[p] in self.name_words and q.singles[p] not in self.col_meaning[flag]
                and q.tokens[p] not in self.col_meaning[flag]
                and p > 0 and (q.tokens[p - 1] in DISTINCT_WORDS or any(p - 1 in ps for c, ps in m.columns.items() if c != flag))
            ]  # fmt: skip
            if clipped and len(clipped) == len(m.columns[flag]):
                del m.columns[flag]
                m.column_score.pop(flag, None)
                continue
            clipped_people = [
                p for p in m.columns[flag]
                if q.tokens[p] not in self.col_words[flag] and q.singles[p] not in self.col_words[flag]
                and not any(_agent_of(w, q.tokens[p]) or q.singles[p] == w + "r" for w in self.col_words[flag])
                and (q.singles[p] in _PEOPLE_SINGULAR | {"representative", "senator", "legislator"}
                     or q.tokens[p] in ("represent", "represents", "represented", "representing"))
            ]  # fmt: skip
            if clipped_people and len(clipped_people) == len(m.columns[flag]):
                # "New York representatives", "Democrats who represent ...": the people the rows are, not the `Rep`
                # (Republican) 0/1 their word clips to
                del m.columns[flag]
                m.column_score.pop(flag, None)
                continue
            content = [w for w in self.col_meaning[flag] if w not in STOP and w not in ("is", "has", "was", "any")]
            nouns = [p for p in m.columns[flag] if q.singles[p] in _PEOPLE_SINGULAR | _STUDIED_PEOPLE]
            if len(content) >= 2 and len(nouns) == len(m.columns[flag]):
                # "among the subjects" over `subject_injury`: the people the rows are, said by the flag's word for
                # whose, not its yes/no (but "the subject was injured": both said; "person searches": the searches)
                del m.columns[flag]
                m.column_score.pop(flag, None)

    def _kind_before_head(self, q: Question, m: Mentions) -> None:
        """ "Liver disease deaths" over `liver` beside `deaths` in wine_deaths: the column named just before the
        table's own measure is the kind of it asked for, so the general measure is not named there."""
        for head in [c for c in m.columns if self.column(c).is_numeric and set(self.col_meaning[c]) <= self.name_words]:
            for p in list(m.columns.get(head, ())):
                kinds = [
                    c for c, pos in m.columns.items()
                    if c != head and self.column(c).is_numeric and p not in pos
                    and (p - 1 in pos or (p - 2 in pos and q.singles[p - 1] in ("disease", "cancer", "illness", "related")))
                    and q.tokens[min(pos)] not in STOP
                    and not set(self.col_meaning[c]) & self.name_words
                    and not (q.tokens[min(pos)].endswith("est") and q.tokens[min(pos)] in SYNONYMS)  # ("the shortest
                    # gestation": a superlative's guess of a height, not a kind of gestation)
                ]  # fmt: skip
                if kinds:
                    m.columns[head].remove(p)
            if not m.columns[head]:
                del m.columns[head]
                m.column_score.pop(head, None)

    def _year_siblings(self, q: Question, m: Mentions) -> None:
        """ "The death rate in 1985" over `dthrte85` beside `dthrte90`: the words name the measure, the one year said
        picks which of its year columns."""
        years = {int(t) % 100 for t in q.tokens if re.fullmatch(r"(?:19|20)\d\d", t)}
        if len(years) != 1:
            return
        yy = years.pop()
        lowered = {c.name.lower(): c.name for c in self.table.columns}
        for col in list(m.columns):
            dated = re.fullmatch(r"(.*[a-z])([_.]?)(\d\d)", col.lower())
            sibling = lowered.get(f"{dated.group(1)}{dated.group(2)}{yy:02d}") if dated else None
            if sibling and sibling != col and sibling not in m.columns:
                m.columns[sibling] = m.columns.pop(col)
                m.column_score[sibling] = m.column_score.pop(col, 0.0)

    def _dated_by_verb(self, q: Question, m: Mentions) -> None:
        """ "Houses sold for under $100,000", "how many were sold in total" over `DateSold`, `YearSold`, `MonthSold`:
        the verb names when each sale happened, the parts of one date, not a measure to add up or compare; the date's
        own words ("the year sold", "which month") still name them."""
        for i, tok in enumerate(q.tokens):
            named = [c for c, at in m.columns.items() if i in at]
            if tok == "when" and any(self.column(c).is_temporal for c in named):
                for c in named:  # "when was the latest sale": the date, not the `DaySold` of the month
                    if not self.column(c).is_temporal and m.columns[c] == [i]:
                        del m.columns[c]
                        m.column_score.pop(c, None)
                continue
            if tok in _TIME_PART_WORDS or q.singles[i] in _TIME_PART_WORDS:
                continue
            if len(named) < 2 or not all(self._time_part(c) for c in named):
                continue
            for c in named:
                if m.columns[c] == [i]:
                    del m.columns[c]
                    m.column_score.pop(c, None)

    def _percent_unless_said(self, q: Question, m: Mentions) -> None:
        """ "Each win total" over `Wins` beside `WinPct`, both named by "win": the count, unless a percent is said."""
        if q.has("percent", "percentage", "pct", "%", "rate", "share", "proportion", "fraction"):
            return
        for c in list(m.columns):
            if {"pct", "percent", "percentage"} & set(_split_name(c)) and any(
                o != c and m.columns[o] == m.columns[c] and not {"pct", "percent", "percentage"} & set(_split_name(o))
                for o in m.columns
            ):
                m.column_score[c] = m.column_score.get(c, 0.0) - 1.0

    def _sold_for(self, q: Question, m: Mentions) -> None:
        """ "Sold for the most money", "sold for more than their list price" over `SalePrice` beside `ListPrice`: the
        sale's price, named by the verb."""
        for i, tok in enumerate(q.tokens[:-1]):
            if tok in SALE_VERBS and q.tokens[i + 1] == "for":
                for c in self.table.columns:
                    if c.is_numeric and SALE_VERBS[tok] in self.col_meaning[c.name] and i not in m.columns.get(c.name, []):
                        m.columns[c.name] = sorted([*m.columns.get(c.name, []), i])
                        m.column_score[c.name] = m.column_score.get(c.name, 0.0) + 1.5

    def _family_variant(self, q: Question, m: Mentions) -> None:
        """Of `high_temp`, `avg_temp` and `low_temp` named alike by "temperature": the average when the question says
        "average", else the high for "the hottest" or "the highest", the low for "the lowest" (not the average)."""
        families: dict[tuple[str, ...], list[str]] = {}
        plain: set[tuple[str, ...]] = set()  # (`Price` beside `Min_Price` and `Max_Price`: the price itself, as named)
        for c in m.columns:
            words = self._variant_words(c)
            base = tuple(w for w in words if w not in _VARIANT_WORDS_ALL)
            if base and len(base) < len(words):
                families.setdefault(base, []).append(c)
            elif base:
                plain.add(base)
        averaged = q.has("average", "avg", "mean", "typical", "averages")
        aggs = {AGG_WORDS.get(t) for t in q.tokens} | {DIRECTIONAL[t][-1] for t in q.tokens if t in DIRECTIONAL}
        want = "avg" if averaged else "max" if "max" in aggs else "min" if "min" in aggs else None
        if want not in ("max", "min"):  # (but "the hottest temperature" over `temp`, `temp_min`, `temp_max`: the high)
            families = {b: cs for b, cs in families.items() if b not in plain}
        if want is None and q.phrase(r"\b(?:hits?|reach\w*|tops?|above|over|exceed\w*|or more|atleast|more than|higher than)\b"):
            want = "max"  # "days Mumbai hit 100 degrees": the day's high
        elif want is None and q.phrase(r"\b(?:below|under|drop\w*|fell|fall\w*|less than|or less|lower than)\b"):
            want = "min"  # "nights below freezing": the day's low
        graded = {i for i, t in enumerate(q.tokens) if AGG_WORDS.get(t) or t in _VARIANT_WORDS_ALL}
        plain_said = {q.singles[i] for i, t in enumerate(q.tokens) if t in ("high", "highs", "low", "lows", "hi", "lo")}
        for members in families.values():
            named = [c for c in members if plain_said & set(self._variant_words(c))]
            if len(members) >= 2 and len(named) == 1:  # "the lowest daily high temperature": the high, at its lowest
                m.column_score[named[0]] = m.column_score.get(named[0], 0.0) + 1.0
                continue
            if len(named) > 1:
                continue  # "a low under 32 but a high above 70": each named in its own words
            said = {tuple(p for p in m.columns[c] if p not in graded) for c in members}
            if len(members) < 2 or want is None or len(said) > 1:
                continue  # (each named in its own words: "the high and low temperature" stays as said)
            for c in members:
                if set(self._variant_words(c)) & _VARIANT_WORDS[want]:
                    m.column_score[c] = m.column_score.get(c, 0.0) + 1.0

    def _variant_words(self, name: str) -> list[str]:
        """The words of a name, with those a packed name (`tmax`: "temperature", "max") was read as."""
        words = self.col_meaning[name]
        if len(words) == 1 and words[0] == name.lower():
            unpacked = sorted(w for w in self.col_words[name] if w != words[0] and w not in STOP)
            return unpacked or words
        return words

    def glossed(self, q: Question) -> list[tuple[str, set[int]]]:
        """ "each number of previous pregnancies (parity)": a column's own name in brackets, and the words before it
        that it says the meaning of."""
        out = []
        for mt in re.finditer(r"\(\s*([a-z][\w.]*)\s*\)", q.lower):
            at = q.token_at(mt.start(1))
            named = [c.name for c in self.table.columns if c.name.lower() == q.tokens[at]] if at < len(q.tokens) else []
            if len(named) == 1:
                out.append((named[0], set(range(max(0, at - 4), at))))
        for mt in re.finditer(r"\(([a-z][\w\s,-]*)\)", q.lower):  # "which type of area (rural, suburban or urban)": the
            items = [w.strip() for w in re.split(r",|\bor\b|\band\b", mt.group(1)) if w.strip()]  # values name the column
            cols = {c for w in items for c, _ in self.values.get(w, [])}
            if len(items) >= 2 and len(cols) == 1 and all(self.values.get(w) for w in items):
                at = q.token_at(mt.start())
                out.append((cols.pop(), set(range(max(0, at - 4), at))))
        return out

    def _clipped_aside(self, q: Question, m: Mentions) -> None:
        """A word read only as a clipped name gives way: "records" names no `RecTaken` (the rows, counted);
        "recommendations" is `Recommends`, which spells more of it, not the yes/no `RecTaken` by its "rec"; and "course"
        alone is `Course`, not the yes/no `CourseSuccess` (but "health insurance" is still `health_ins`)."""
        for c in list(m.columns):
            whole = any(_expand(q.tokens[p]) & self.col_words[c] for p in m.columns[c])  # (named by a word of its own
            # somewhere: "by course taken ... took the recommended course" keeps `RecTaken` where "recommended" clips it)
            kept = [
                p for p in m.columns[c]
                if not (
                    (q.singles[p] in _ROW_WORDS and not _expand(q.tokens[p]) & self.col_words[c])
                    or (c in self.flags and any(
                        p in pos and self._outdone(q, m, c, o, p, whole)
                        for o, pos in m.columns.items() if o != c and o not in self.flags
                    ))
                )
            ]  # fmt: skip
            m.keep(c, kept)

    def _outdone(self, q: Question, m: Mentions, flag: str, other: str, p: int, whole: bool) -> bool:
        """Another column names this word better than the yes/no does: it spells more of it, or it is the column
        of that one word said alone."""
        tok = q.tokens[p]
        alone = p - 1 not in m.columns[flag] and p + 1 not in m.columns[flag]
        return (not whole and _spelled(tok, self.col_words[other]) > _spelled(tok, self.col_words[flag])) or (
            alone and self.col_meaning[other] == [q.singles[p]]
        )

    def _kin_by_age(self, q: Question, m: Mentions) -> None:
        """ "Older children", "young kids": which children (a count of them kept elsewhere), not the `age` of the rows."""
        said = {
            i for i, t in enumerate(q.tokens[:-1])
            if t in ("old", "older", "young", "younger", "elder") and q.singles[i + 1] in _KIN_NOUNS
        }  # fmt: skip
        for c in [c for c, pos in m.columns.items() if set(pos) & said and "age" in self.col_meaning[c]]:
            m.keep(c, [p for p in m.columns[c] if p not in said])

    def _typed_names(self, q: Question, m: Mentions) -> None:
        """ "avg trees by NoYes", "count of sites by NoOfSites": a name typed as it is, whose words are too short or
        too plain ("no", "of") to be matched one by one."""
        for name in self.typed_names:
            at = [i for i, t in enumerate(q.tokens) if t == name.lower()]
            if at and not set(at) <= set(m.columns.get(name, ())):
                m.columns[name] = sorted({*m.columns.get(name, ()), *at})
                m.column_score[name] = max(m.column_score.get(name, 0.0), 3.0)

    def _numbered_rows(self, q: Question, m: Mentions) -> None:
        """ "Hospitals with more than 60 stays" over `medicare_stays`: a number of the table's own rows, counted, not
        the length of stay (`los`) the word also names."""
        rows = {w for w in _split_name(self.table.name)[-1:] if singular(w) != w}  # (not `weddings` of weddings_divorces)

        def counted(p: int, c: str) -> bool:
            if q.tokens[p] not in rows or p == 0 or not self.column(c).is_numeric:
                return False
            before = q.tokens[p - 1]
            if re.fullmatch(r"\d+", before):
                return q.tokens[p - 2 : p - 1] != [] and q.tokens[p - 2] in _BOUND_WORDS  # "more than 60 stays" (not "top 5")
            measured = any(
                (w in AGG_WORDS or w.endswith("est")) and w not in ("most", "least", "fewest")
                for w in q.tokens[max(0, p - 3) : p]
            )  # ("the average number of citations", "the five highest player salaries": the measure)
            synonym = (
                q.tokens[p] not in self.col_words[c] and q.singles[p] not in self.col_words[c]
                and bool({*SYNONYMS.get(q.tokens[p], ()), *SYNONYMS.get(q.singles[p], ())} & self.col_words[c])
            )  # fmt: skip  # (named only through a synonym: "stays" for `los`; not "hours" for `hrs1`, its own clipping)
            return synonym and not measured  # "the most stays" over `los` (but "the longest stays", "car prices")

        for c in list(m.columns):
            m.keep(c, [p for p in m.columns[c] if not counted(p, c)])

    def _log_unless_said(self, q: Question, m: Mentions) -> None:
        """ "The leaf length" over `bladelen` beside `loglen`: a logarithm kept for a model is the measure only when the
        question says "log"; otherwise the measure itself, named by the same words, is meant."""
        if q.phrase(r"\b(?:logs?|logged|logarithms?|logarithmic|ln)\b"):
            return
        for c in list(m.columns):
            if not (re.match(r"(?:log|ln)(?![a-z]*(?:in|out|on|off|ged)$)", c.lower()) and self.column(c).is_numeric):
                continue
            if any(o != c and self.column(o).is_numeric and set(m.columns[c]) & set(pos) for o, pos in m.columns.items()):
                del m.columns[c]
                m.column_score.pop(c, None)

    def _occasion_siblings(self, q: Question, m: Mentions) -> None:
        """ "The depression score after the program" over `depress1` and `depress2`: one thing measured twice, numbered
        in order; "after" asks for the later, "before" for the earlier (both said: both kept)."""
        after = q.phrase(r"\b(?:after|afterwards|later|post|follow-?up|final)\b")
        before = q.phrase(r"\b(?:before|beforehand|baseline|initial|initially|pre|prior)\b")
        if bool(after) == bool(before):
            return
        numbered: dict[str, list[tuple[int, str]]] = {}
        for c in m.columns:
            mt = re.fullmatch(r"(.*[a-z])[_.]?([12])", c, re.IGNORECASE)
            if mt and self.column(c).is_numeric:
                numbered.setdefault(mt.group(1).lower(), []).append((int(mt.group(2)), c))
        for pair in numbered.values():
            if len(pair) == 2 and pair[0][0] != pair[1][0] and m.columns[pair[0][1]] == m.columns[pair[1][1]]:
                drop = min(pair)[1] if after else max(pair)[1]
                del m.columns[drop]
                m.column_score.pop(drop, None)

    def _glossed_by_name(self, q: Question, m: Mentions) -> None:
        """The words a bracketed column name glosses name no other column."""
        for name, before in self.glossed(q):
            for c in [c for c, pos in m.columns.items() if c != name and set(pos) <= before]:
                del m.columns[c]
                m.column_score.pop(c, None)

    def _modifier_over_head(self, q: Question, m: Mentions) -> None:
        """ "The net time" over a column `net` beside a column `time`: the word before the generic head names which."""
        for a, at in m.columns.items():
            for b, bt in m.columns.items():
                if a == b or len(at) != 1 or bt != [at[0] + 1] or not (self.column(a).is_numeric and self.column(b).is_numeric):
                    continue
                if q.singles[at[0] + 1] in _GENERIC_HEADS and self.col_meaning[a] == [q.tokens[at[0]]]:
                    m.column_score[a] = max(m.column_score.get(a, 0.0), m.column_score.get(b, 0.0)) + 0.5
                elif (
                    q.tokens[at[0] + 1] != q.singles[at[0] + 1]
                    and len(self.col_meaning[b]) == 1
                    and self.col_meaning[a] != [q.tokens[at[0]]]
                    and [singular(w) for w in self.col_meaning[a]] == [q.tokens[at[0]]]
                ):
                    # "hospital beds" over `Hospitals` and `Beds`: the beds, the noun the other word describes
                    m.column_score[b] = max(m.column_score.get(a, 0.0), m.column_score.get(b, 0.0)) + 0.5

    def _period_suffixed(self, q: Question, m: Mentions) -> None:
        """ "Polyps at 3 months", "the 12-month count" over `number3m` and `number12m`: the column whose name ends in
        that number and a clipped unit of time."""
        for name, number, unit in self.period_columns:
            at = [i for i in range(len(q.tokens) - 1) if q.tokens[i] == number and q.singles[i + 1] == unit]
            if at:
                for o in [o for o, pos in m.columns.items() if o != name and set(pos) <= {at[0], at[0] + 1}]:
                    del m.columns[o]  # (not "12 months" as the `age`, nor a month of a date)
                    m.column_score.pop(o, None)
                m.columns[name] = sorted(set(m.columns.get(name, [])) | {at[0], at[0] + 1})
                m.column_score[name] = max(m.column_score.get(name, 0.0), 3.0)

    def _unqualified_count(self, q: Question, m: Mentions) -> None:
        """ "How many bookings" over `previous_bookings_not_canceled`: a count of some earlier or other ones, which the
        question does not ask about (it counts the rows, the bookings themselves)."""
        for c in list(m.columns):
            meaning = self.col_meaning[c]
            unsaid = {w for w in meaning if w not in q.tokens and w not in q.singles}
            at = m.columns[c][0]
            plural = len(m.columns[c]) == 1 and q.tokens[at] != q.singles[at]
            qualified = len(meaning) >= 3 and bool(unsaid & _QUALIFIERS)
            # "how many bookings" over `booking_changes`: a count of changes to bookings, its head noun unsaid
            other_head = (
                len(meaning) >= 2 and self.column(c).kind == "integer" and meaning[-1] in unsaid
                and meaning[-1] in _EVENTS_OF and q.singles[at] in meaning[:-1]
            )  # fmt: skip
            if self.column(c).is_numeric and plural and (qualified or other_head):
                del m.columns[c]
                m.column_score.pop(c, None)

    def _described_over_code(self, m: Mentions) -> None:
        """ "By drive type" over `drive_sys` (A, F, R) and `drive_desc` ('All Wheel Drive'): the words, not the codes."""
        if self._descriptions is None:  # (the pairs depend on the names only: found once per table)
            self._descriptions = _descriptions(self.table)
        for a in [a for a in m.columns if a in self._descriptions]:
            alike, same_of_kind = self._descriptions[a]
            described = [b for b in alike if b in m.columns and set(m.columns[a]) <= set(m.columns[b])]
            if not described:  # `drive_sys` beside `drive_desc`: the same thing, one coded
                described = [b for b in same_of_kind if b in m.columns and m.columns[a] == m.columns[b]]
            if described:
                score = m.column_score.pop(a, 0.0)
                del m.columns[a]
                for b in described:  # (its extra word `desc` costs it nothing)
                    m.column_score[b] = max(m.column_score.get(b, 0.0), score)

    def _calendar_plurals(self, q: Question, m: Mentions) -> None:
        """ "The most snow days", "how many days" over a `day` of the month: the days counted, not that column."""
        calendar = set()
        for c in list(m.columns):
            if self.column(c).kind != "integer" or _split_name(c) not in _CALENDAR_PARTS:
                continue
            counted = [p for p in m.columns[c] if q.tokens[p] != q.singles[p] and q.singles[p] in _split_name(c)]
            if len(counted) == len(m.columns[c]):
                del m.columns[c]
                m.column_score.pop(c, None)
                continue
            m.columns[c] = [p for p in m.columns[c] if p not in counted]  # ("which day ... the most rainy days")
            if not any(p and q.tokens[p - 1] in AGG_WORDS for p in m.columns[c]):
                calendar.add(c)  # "which day of the week": when, not a measure (but "the average week of arrest")
        m.calendar = frozenset(calendar)

    def _time_part(self, name: str) -> bool:
        """A date column or a part of one, by its name (`YearSold`, `sale_month`)."""
        col = self.column(name)
        return col.is_temporal or (col.kind == "integer" and bool(set(self.col_meaning[name]) & _TIME_PART_WORDS))

    def main_id(self) -> str | None:
        """The id that names a row: the most distinct of the ids (`id` over the `case.id` it is matched to)."""
        return max(sorted(self.id_cols), key=lambda c: self.column(c).distinct, default=None)

    def person_column(self) -> str | None:
        """The text column naming the person on each row (`player`, `athlete`, `driver`), for "who" questions."""
        for c in self.table.columns:
            if c.kind == "text" and set(self.col_meaning[c.name]) & _PERSON_COLUMN_WORDS and c.distinct > 1:
                return c.name
        if self.name_words & _PEOPLE_SINGULAR:  # a table of players (mlb_players_2018): their `name`
            for c in self.table.columns:
                if c.kind == "text" and _split_name(c.name) in (["name"], ["full", "name"]) and c.distinct > 1:
                    return c.name
        return None

    def _id_named(self, name: str, q: Question) -> bool:
        """ "how many users", "which user" over `userId`: the id of the thing the question names, when nothing else
        of the table names it (no user name column)."""
        nouns = {w for w in self.col_meaning[name] if w not in ("id", "ids", "key", "code", "no", "number") and len(w) >= 3}
        if not nouns or not any(s in nouns for s in q.singles) or nouns & self.name_words:
            return False  # (not "employees" over `employee_id` in a table of employees: the rows)
        return not any(o != name and nouns & set(ws) for o, ws in self.col_words.items())

    def _bands(self, name: str) -> bool:
        """A text column of numeric bands ('<25', '25-29', '65+'): an age or income group, named "<word> group"."""
        col = self.column(name)
        return col.kind == "text" and bool(col.values) and all(re.search(r"\d", str(v)) for v in col.values)

    def _logged(self, q: Question, m: Mentions) -> None:
        """ "Log total expenditure" over `lnx`, "log wage" over `lnwage` beside `wage`: a column kept as a logarithm,
        named by "log" and (when several are) by the rest of its name."""
        at = next((i for i, t in enumerate(q.tokens) if t in ("log", "logged", "ln", "logarithm")), None)
        if at is None:
            return
        logs = {
            c.name: rest for c in self.table.columns
            if c.is_numeric and (rest := re.sub(r"^(?:ln|log)_?", "", c.name.lower())) != c.name.lower() and rest
        }  # fmt: skip
        after = q.tokens[at + 1 : at + 5]
        named = [c for c, rest in logs.items() if any(_names_word(t, {rest}) for t in after if t not in STOP)]
        chosen = named[0] if len(named) == 1 else next(iter(logs)) if len(logs) == 1 else None
        if chosen is None:
            return
        for other in [o for o, pos in m.columns.items() if o != chosen and set(pos) <= set(range(at, at + 5))]:
            del m.columns[other]  # ("log wage" is `lnwage`, not the `wage` beside it)
            m.column_score.pop(other, None)
        m.columns[chosen] = sorted({*m.columns.get(chosen, []), at})
        m.column_score[chosen] = max(m.column_score.get(chosen, 0.0), 2.0)

    def _packed_mentions(self, q: Question, taken: set[int]) -> dict[str, dict[str, int]]:
        """Packed-name readings of the question, each word kept only for the names that hold the most of it
        ("councils": `COUNCILDIST` holds "council", not `COUTAX` with its "cou")."""
        if not self.packed:
            return {}
        pieces = _packed_pieces(q, taken)
        found = {n: _packed_hits(p, q, pieces) for n, p in self.packed.items() if n not in self.person_suffixed}
        for n in self.flags:  # a yes/no column filters silently: "pressure" is not `previcu` by its first three letters
            if n in found and sum(len(k) - 1 for k in found[n] if k.startswith("~") and k[1:] not in _WORD_PREFIXES) < 0.5 * len(
                self.packed[n]
            ):  # (nor "pregnancy" the yes/no `premie` by its "pre")
                found[n] = {}
        for n, hits in found.items():  # "processors" are not the `process` they were made on
            found[n] = {k: i for k, i in hits.items() if not _agent_of(self.packed[n], q.tokens[i])}
        for n, hits in found.items():  # "supplier" is not `superplasticizer` by its first three letters
            if len(self.packed[n]) >= 10 and sum(len(k) - 1 for k in hits) < 0.25 * len(self.packed[n]):
                found[n] = {}
        longest: dict[int, int] = {}
        for hits in found.values():
            for key, i in hits.items():
                longest[i] = max(longest.get(i, 0), len(key))
        return {n: {k: i for k, i in hits.items() if len(k) == longest[i]} for n, hits in found.items()}

    def _verb_values(self, verb: str) -> list[tuple[str, str]]:
        """ "retired" for 'Retirement', "resigned" for 'Resignation': the one value of a column of few values (a reason,
        an outcome) that is the noun of the verb."""
        base = verb[:-2] if verb[-3] != "e" else verb[:-1]
        stem = base[:-1] if base.endswith("e") else base
        found = [
            (c.name, v) for c in self.table.columns if c.kind == "text" and c.values_complete and 1 < c.distinct <= 30
            for v in c.values if v.lower().startswith(stem) and len(v) > len(stem) + 2 and " " not in v.strip()
        ]  # fmt: skip
        return found if len(found) == 1 else []

    def _activity_values(self, word: str) -> list[tuple[str, str]]:
        """ "cyclists" for the sport 'cycling', "swimmers" for 'swimming', "gymnasts" for 'gymnastics': who does a thing,
        for the thing done (not "athletes", the rows of a table of sports)."""
        if word in self.name_words or word in ("athlete", "player", "member", "worker", "user", "customer", "driver"):
            return []
        for suffix in ("ist", "er", "or", "ast"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                base = word[: -len(suffix)] + ("ast" if suffix == "ast" else "")
                for form in (base + "ing", base + "ics", base + "ery", base, base.rstrip("e") + "ing"):
                    if form != word and self.values.get(form):
                        return self.values[form]
        return []

    def _value_mentions(self, q: Question) -> list[tuple[int, int, str, str]]:
        found: list[tuple[int, int, str, str]] = []
        used: set[int] = set()
        toks = q.tokens
        for n in range(min(max(self.max_value_words, 2, self.initials_len), 5), 0, -1):  # ("New Zealand" for 'NZ')
            for s in range(0, len(toks) - n + 1):
                if any(i in used for i in range(s, s + n)):
                    continue
                gram = " ".join(toks[s : s + n])
                sing = " ".join(q.singles[s : s + n])
                if n == 1 and (gram in STOP or gram.isdigit()):
                    continue
                if n == 1 and gram in AGG_WORDS and self._aggregate_word(toks, s):
                    continue  # "average price", "on average" is a mean, not Reliability = 'average'
                if (
                    n == 1 and q.raw_tokens[s][:1].islower() and gram in _PREPOSITIONS
                    and re.match(r"(?:the\s+)?\d", " ".join(toks[s + 1 : s + 3]))
                ):  # fmt: skip
                    continue  # "made after 2005": a condition, not the title 'After'
                if n == 1 and s > 0 and toks[s - 1] in ("a", "per", "each", "every") and gram in ("month", "year", "week", "day"):
                    continue  # "100 dollars a month": a rate, not the contract 'Month-to-month'
                if n == 1 and gram == "day" and " ".join(toks[s + 1 : s + 4]) in ("of the week", "of week"):
                    continue  # "which day of the week": the weekday, not the `time_of_day` 'Day'
                if n == 1 and (gram in self.flag_words or _stem(gram) in self.flag_stems):
                    continue  # "remote employees": the yes/no column `remote`, not a value 'Remote'
                if (
                    n == 1 and s >= 1 and gram in ("higher", "lower", "greater", "more", "less", "fewer", "above", "below", "over", "under")
                    and (toks[s - 1] in ("much", "many") or (s >= 2 and toks[s - 1] in ("or", "and") and re.fullmatch(r"-?\d[\d,.]*", toks[s - 2])))
                ):  # fmt: skip
                    continue  # "8 or higher", "how much lower": a comparison, not Education = 'high'
                hits = self.values.get(gram) or self.values.get(sing)
                if (
                    hits
                    and n == 1
                    and s > 0
                    and toks[s - 1] in ("has", "have", "had", "did", "does", "do")
                    and q.raw_tokens[s][:1].islower()  # (but "did Canada win": a name)
                    and all(self.column(c).distinct >= 0.5 * max(self.table.row_count, 1) for c, _ in hits)
                ):
                    continue  # "which director has made the most films": a verb, not the film 'Made' (but "had rain")
                if (
                    hits and n == 1 and gram.endswith("ed") and q.raw_tokens[s][:1].islower()
                    and toks[s + 1 : s + 2] in (["a"], ["an"], ["the"], ["their"], ["its"])
                    and s > 0 and toks[s - 1] not in ("is", "are", "was", "were", "be", "been")
                ):  # fmt: skip
                    continue  # "listings that used a stock photo": a verb, not the condition 'used'
                if (
                    hits
                    and n == 1
                    and q.raw_tokens[s][:1].islower()
                    and all(
                        self.column(c).distinct > 1000 and self.column(c).distinct >= 0.5 * self.table.row_count for c, _ in hits
                    )
                ):
                    hits = []  # among thousands of titles a plain lower-case word is a word ("movies that run"), not 'Run'
                if hits and n == 1 and q.raw_tokens[s][:1].islower() and all(self._kind_of_many(c, v) for c, v in hits):
                    continue  # "countries" beside 'Country' and 'Sovereign country': every kind of country, the rows
                if hits and n >= 2 and toks[s] in STOP and self._said_in_few(hits, " ".join(toks[s + 1 : s + n])):
                    continue  # "at dawn": the `time_of_day` 'Dawn', not a remark 'AT DAWN' among thousands
                if not hits and n == 2:  # "full time" for a value written `fulltime`
                    hits = self.values.get(gram.replace(" ", ""), [])
                if not hits and 2 <= n <= 4 and all(r[:1].isupper() and r.isalpha() for r in q.raw_tokens[s : s + n]):
                    hits = [  # "New South Wales" for 'NSW', "Australian Capital Territory" for 'ACT': a name by its initials
                        (c, v) for c, v in self.values.get("".join(t[0] for t in toks[s : s + n]), [])
                        if str(v).isupper() and len(str(v)) == n
                    ]  # fmt: skip
                if (
                    not hits
                    and 3 <= n <= 4
                    and all(t.isalpha() and t not in STOP for t in toks[s : s + n])
                    and sum(t in self.all_col_words or t in self.values for t in toks[s : s + n]) <= 1
                ):
                    hits = [  # "acute myeloid leukemia" for 'AML', "graft versus host disease" for 'GvHD': a code of
                        # capitals spelled by words the table does not otherwise know
                        (c, v) for c, v in self.values.get("".join(t[0] for t in toks[s : s + n]), [])
                        if len(str(v)) == n and sum(ch.isupper() for ch in str(v)) >= n - 1 and str(v).lower() != c.lower()
                    ]  # fmt: skip  # (not 'TCD' of a column `tcd` the words name: "by T-cell depletion")
                if not hits and n == 2 and len(toks[s]) >= 4 and toks[s].isalpha() and toks[s + 1].isalpha():
                    hits = next(  # "blue collar" for 'bluecol': a word, then the next one clipped
                        (h for k in range(len(toks[s + 1]) - 1, 2, -1) if (h := self.values.get(toks[s] + toks[s + 1][:k]))), []
                    )
                    if not hits and len(toks[s + 1]) >= 4 and toks[s] not in STOP and toks[s + 1] not in STOP:
                        hits = next(  # "mixed deciduous" for 'mixdec', "spruce birch" for 'sprbir': both words clipped
                            (h for a in range(3, len(toks[s]) - 1) for b in range(3, len(q.singles[s + 1]) - 1)
                             if (h := self.values.get(toks[s][:a] + toks[s + 1][:b]))),  # (each clipped: not "weekend
                            # days" for 'Weekday')
                            [],
                        )  # fmt: skip
                if not hits and n <= 3:
                    hits = self._synonym_values(gram)
                    spoken = [h for h in hits if "language" in self.col_meaning[h[0]] or "languages" in self.col_meaning[h[0]]]
                    if spoken and len(spoken) < len(hits):  # "films in Japanese": the language; "Japanese films": the country
                        said = toks[s - 1 : s] == ["in"] or bool({"language", "languages", "speaking", "spoken"} & set(toks))
                        hits = spoken if said else [h for h in hits if h not in spoken]
                if (
                    not hits
                    and n == 1
                    and len(gram) >= 5
                    and not (gram.endswith("est") and gram in AGG_WORDS)
                    and len(_stem(gram)) >= 4
                ):
                    hits = self.value_stems.get(_stem(gram), [])  # (not "the strongest" for the class 'Strong'; nor
                    # "month" cut to the weekday 'Mon')
                if (
                    not hits and n == 1 and gram not in self.name_words and singular(gram) not in self.name_words
                    and not (q.raw_tokens[s][:1].islower() and toks[s - 1 : s] in (["which"], ["each"], ["every"], ["per"]))
                ):  # fmt: skip  # (not "which group scored lowest" for 'GROUP HEALTH PLAN INC': the noun asked about)
                    hits = [  # "Boston" for 'Boston Red Sox' (not "Marvel movies" of marvel_films: the table's own word)
                        (c, v)
                        for c, v in self.first_words.get(gram, [])
                        if q.raw_tokens[s][:1].isupper() or self.column(c).distinct < 0.5 * max(self.table.row_count, 1)
                    ]  # (nor "born in the 1970s" for the title 'Born Yesterday': a lower-case word among titles)
                    if hits and q.raw_tokens[s][:1].islower() and any(_names_word(gram, ws) for ws in self.col_words.values()):
                        hits = [  # "four-engine planes": the column `num_engs`, not the effect 'Engine Shut Down'
                            (c, v)
                            for c, v in hits  # (but "an engine being shut down": the value's other words said)
                            if set(re.findall(r"[a-z]{3,}", v.lower())[1:]) & set(toks)
                        ]

                if (
                    not hits
                    and n == 1
                    and gram in self.last_words
                    and (
                        q.raw_tokens[s][:1].isupper()
                        or (toks[s - 1 : s] == ["the"] and self.column(self.last_words[gram][0]).distinct <= 60)
                    )
                ):
                    hits = [self.last_words[gram]]  # "the Yankees", "the yankees" for 'New York Yankees'
                if (
                    not hits and n == 1 and sing != gram and sing in self.last_words
                    and self.column(self.last_words[sing][0]).distinct <= 60
                ):  # fmt: skip
                    hits = [self.last_words[sing]]  # "how many catholics" for 'Christian (Catholic)'
                if (
                    not hits and n == 1 and gram in self.shared_words
                    and (toks[s - 1 : s] == ["the"] or q.raw_tokens[s][:1].isupper())
                ):  # fmt: skip
                    col, shared = self.shared_words[gram]  # "the Carolinas": each state whose name ends so
                    found.extend((s, s + 1, col, v) for v in shared)
                    used.add(s)
                    continue
                if not hits and n == 1 and len(gram) >= 5:
                    hits = self._activity_values(q.singles[s])
                if not hits and n == 1 and len(gram) >= 6 and gram.endswith("ed"):
                    hits = self._verb_values(gram)
                if not hits and n == 1 and len(gram) >= 3 and re.search(r"\b(?:did|do|does)\b", " ".join(toks[:s])):
                    done = {"make": "made", "win": "won", "lose": "lost"}.get(gram)  # "how many shots did Gasol miss"
                    hits = [
                        (c, v) for c, v in self.values.get(done or "", []) + self.values.get(gram + "ed", [])
                        + self.values.get(gram + "d", []) if self.column(c).distinct <= 12
                    ]  # fmt: skip
                if not hits and n <= 3 and all(len(t) >= 4 and t not in STOP and t not in _FILLERS for t in toks[s : s + n]):
                    hits = self._short_values(toks[s : s + n])  # (not "sodium content" for the glass type 'Con')
                if hits and n == 1 and toks[s + 1 : s + 2] and toks[s + 1] in _KIND_WORDS:
                    hits = [(c, v) for c, v in hits if gram not in self.col_words[c]]  # "metal type": the column `metal`
                if hits and n == 1 and gram == "no" and toks[s + 1 : s + 2] and toks[s + 1] not in ("and", "or"):
                    hits = [  # "with no other breach type": a determiner, not the `business_associate_present` 'false'
                        (c, v) for c, v in hits
                        if any(_names_word(t, self.col_words[c]) or _expand(t) & self.col_words[c] for t in toks[s + 1 : s + 3])
                    ]  # fmt: skip  # (but "no diabetes" over `diabetes` 'No')
                if hits:
                    for col, val in _prefer_mentioned(hits, q, self, s):
                        found.append((s, s + n, col, val))
                    used.update(range(s, s + n))
        for i in range(len(toks) - 1):  # "likely voters" for 'lv', "registered voters" for 'rv': a code of initials
            pair = toks[i : i + 2]
            if (
                i in used
                or i + 1 in used
                or not all(t.isalpha() and len(t) >= 3 and t not in STOP and t not in AGG_WORDS for t in pair)
            ):
                continue
            initials = pair[0][0] + pair[1][0]
            capital = all(r[:1].isupper() for r in q.raw_tokens[i : i + 2])  # ("the American League": 'AL', as named)
            hits = [  # (codes written in lower case: 'lv', 'rv'; not an airline's 'AA' for "average arrival")
                (c, v) for c, v in self.short_values.get(initials, []) + (self.short_values.get(initials.upper(), []) if capital else [])
                if 1 < self.column(c).distinct <= 10 and all(len(str(x)) <= 4 for x in self.column(c).values)
            ]  # fmt: skip  # (the diets 'hf' and 'chow')
            own = hits[0][0] if hits else ""  # "the American League" over `League` holding 'AL' and 'NL': its own name said
            headed = bool(own) and i + 2 < len(toks) and _names_word(toks[i + 2], self.col_words[own])
            if min(len(t) for t in pair) < 4 and not headed:
                continue  # "a high fat diet" for 'hf' of `diet`: short words only before the column's own name
            if (
                len({c for c, _ in hits}) == 1
                and (
                    headed
                    or not any(
                        _names_word(t, ws) or _expand(t) & ws for t in pair for n, ws in self.col_words.items() if n != own
                    )
                )
                and not (_names_word(pair[0], self.col_words[own]) and q.raw_tokens[i][:1].islower())
            ):
                found.append((i, i + 2, hits[0][0], hits[0][1]))
                used.update((i, i + 1))
        for i, tok in enumerate(toks):  # "blue crabs" over `sp` holding B and O: a colour coded by its letter
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            coloured = tok in _COLOURS and (nxt in self.name_words or singular(nxt) in self.name_words
                                            or i + 1 in {s for s, _, _, _ in found})  # fmt: skip
            unknown = (  # "during the retreat" over `direction` holding A and R: a word nothing else explains, named as a
                # thing on its own ("the retreat", not "days absent" or "frontal lobe", whose words name columns)
                i > 0 and toks[i - 1] == "the" and (not nxt or nxt in STOP)
                and len(tok) >= 5 and tok.isalpha() and q.raw_tokens[i][:1].islower() and tok not in STOP and tok not in _LEXICON_WORDS
                and not any(_expand(tok) & ws for ws in self.col_words.values())
                and len(self.letter_codes.get(tok[0].upper(), [])) == 1
                and len(self.column(self.letter_codes[tok[0].upper()][0][0]).values) <= 4
            )  # fmt: skip
            if i in used or not (coloured or unknown):
                continue
            coded = self.letter_codes.get(tok[0].upper(), [])
            if len(coded) == 1:
                found.append((i, i + 1, coded[0][0], coded[0][1]))
                used.add(i)
        for i, tok in enumerate(toks):  # "black candidates" over `Race` holding W/B/H, "adults" over `Age` holding A/I
            coded = self.letter_codes.get(tok[:1].upper(), [])
            kinds = {k for k, words in CODED_CATEGORIES.items() if tok in words or q.singles[i] in words}
            hits = [(c, v) for c, v in coded if set(self.col_meaning[c]) & kinds]
            if i not in used and len(hits) == 1:
                found.append((i, i + 1, hits[0][0], hits[0][1]))
                used.add(i)
        for i in range(len(toks) - 1):  # "red-tailed hawks" for 'RT', "Cooper's hawk" for 'CH': a name's initials
            hyphened = any(start == i and n == 2 for start, n, _ in q.hyphened)
            owner = (toks[i + 1] in self.name_words or q.singles[i + 1] in self.name_words) and re.search(
                rf"\b{re.escape(toks[i])}['’]s\s+{re.escape(toks[i + 1])}\b", q.asked, re.I
            ) is not None  # fmt: skip
            if (not hyphened and not owner) or {i, i + 1} & used or not (toks[i].isalpha() and toks[i + 1].isalpha()):
                continue
            initials = (toks[i][0] + toks[i + 1][0]).upper()
            hits = [
                (c, v) for c, v in self.short_values.get(initials, [])
                if 1 < self.column(c).distinct <= 10 and all(len(str(x)) <= 4 for x in self.column(c).values)
            ]  # fmt: skip
            if len({c for c, _ in hits}) == 1:
                found.append((i, i + 2, hits[0][0], hits[0][1]))
                used.update((i, i + 1))
        for i, raw in enumerate(q.raw_tokens):  # codes like TX or AAPL must be written as codes
            if i in used:
                continue
            hits = self.short_values.get(raw, []) if not (raw.islower() and raw in STOP) else []  # (not the article "a")
            if not hits and re.fullmatch(r"[a-z]{1,3}\d{1,3}", raw):
                hits = self.short_values.get(raw.upper(), [])  # "recommended r2" for 'R2': letters and digits, typed low
            tok = q.tokens[i]
            if (
                not hits and len(tok) >= 6 and tok.isalpha() and raw[:1].isupper() and i > 0  # a proper name, capitalised
                and tok not in _LEXICON_WORDS and q.singles[i] not in _LEXICON_WORDS
            ):  # fmt: skip
                code = (
                    self.short_values.get(tok[:3].upper(), [])
                    or [  # "Republicans" for 'REP', "Democrats" for 'DEM'
                        (c, v) for c, v in self.values.get(tok[:3], []) if v.isupper() and len(v) == 3
                    ]
                )
                if len({c for c, _ in code}) == 1 and not any(_expand(tok) & ws for ws in self.col_words.values()):
                    hits = code
            for col, val in _prefer_mentioned(hits, q, self, i) if len({c for c, _ in hits}) > 1 else hits:
                found.append((i, i + 1, col, val))  # "from OAK to LAX": the origin, then the destination
                used.add(i)
        for s, e, col, val in self._school_grades(q, used):
            found.append((s, e, col, val))
            used.update(range(s, e))
        for i, tok in enumerate(toks):  # "diarrhoea" for 'Diarrhaea': a long word a letter off one value, nothing else
            if i in used or len(tok) < 7 or not tok.isalpha() or tok in _LEXICON_WORDS or tok in self.name_words:
                continue
            if any(_names_word(tok, ws) for ws in self.col_words.values()):
                continue
            near = self._near_values(tok)
            if len(near) == 1:
                found.append((i, i + 1, *near[0]))
                used.add(i)
        return found

    def _school_grades(self, q: Question, used: set[int]) -> list[tuple[int, int, str, str]]:
        """School years as a grade column stores them: "third graders", "in grade 3", "first-grade students" for '3',
        "kindergartners" for 'K'."""
        if self.grade_column is None:
            return []
        col = self.grade_column
        stored = {str(v).strip().lower(): str(v) for v in self.column(col).values}
        found = []
        toks = q.tokens
        for i, tok in enumerate(toks):
            if i in used:
                continue
            if tok.startswith("kindergart") or tok == "kinder":
                key = next((k for k in ("k", "kg", "kindergarten", "0") if k in stored), None)
                span = (i, i + 1)
            elif toks[i + 1 : i + 2] and toks[i + 1] in _GRADE_WORDS and (tok in _SCHOOL_ORDINALS or tok.isdigit()):
                key, span = _SCHOOL_ORDINALS.get(tok, tok), (i, i + 2)
            elif (
                tok == "grade" and toks[i + 1 : i + 2] and toks[i + 1].isdigit()
                and not (toks[i + 2 : i + 3] and (toks[i + 2].isdigit() or toks[i + 2] in ("and", "or", "to", "through")))
            ):  # fmt: skip  # (not "grades 9, 10, 11 and 12": a list, read as values)
                key, span = toks[i + 1], (i, i + 2)
            else:
                continue
            if key in stored and not set(range(*span)) & used:
                found.append((*span, col, stored[key]))
        return found

    def _said_in_few(self, hits: list[tuple[str, str]], rest: str) -> bool:
        """The words after a leading stop word are a value of a column of a few categories, where the whole phrase
        is only one of many texts."""
        few = [self.column(c).distinct for c, _ in self.values.get(rest, [])]
        return bool(few) and min(few) <= 50 and all(self.column(c).distinct > 10 * min(few) for c, _ in hits)

    def _near_values(self, word: str) -> list[tuple[str, str]]:
        """The one-word values one letter away from a word the data does not hold (a spelling or a typo)."""
        if self._spellings is None:
            self._spellings = {}
            for key, hits in self.values.items():
                if " " not in key and len(key) >= 7 and key.isalpha():
                    self._spellings.setdefault(key[0], []).append((key, hits))
        out: list[tuple[str, str]] = []
        for key, hits in self._spellings.get(word[0], []):
            if key != word and abs(len(key) - len(word)) <= 1 and _within_edits(key, word, 1):
                out.extend(h for h in hits if h not in out)
        return out

    def _kind_of_many(self, name: str, value: str) -> bool:
        """Is a one-word value ('Country') also the last word of the column's most frequent value ('Sovereign country')?
        Then the bare plural names the whole class, not the one value left without a describing word (but "teachers"
        over 'Teacher' beside a few 'Music teacher' rows is that value)."""
        if name in self.item_lists or name in self.listed:
            return False  # ('Desktop Computer, Laptop' first: a list that holds the value, not a kind of it)
        word = value.lower()
        top = str(self.column(name).values[0]).lower() if self.column(name).values else ""
        return " " not in word and " " in top and top.rsplit(" ", 1)[-1] in (word, word + "s")  # (the most frequent)

    def _aggregate_word(self, toks: list[str], s: int) -> bool:
        """Is an aggregate word that is also a stored value ('average') used as the aggregate here?"""
        if s > 0 and toks[s - 1] == "on":
            return True  # "on average"
        if s + 1 >= len(toks):
            return False
        nxt = toks[s + 1]
        if any(_names_word(nxt, words) and self.column(c).is_numeric for c, words in self.col_words.items()):
            return True
        if any(_names_word(nxt, self.col_words[c]) for c, _ in self.values.get(toks[s], [])):
            return False  # "people in average health": the value of the column named after it
        # "average number of visits", "the highest average physician visits": an aggregate wherever a question starts one
        return (
            nxt in ("number", "amount", "count", "of")
            or s == 0
            or toks[s - 1]
            in ("the", "an", "highest", "lowest", "largest", "smallest", "overall", "and", "what", "is", "by", "their", "per")
        )

    def _short_values(self, words: list[str]) -> list[tuple[str, str]]:
        """Values that abbreviate these words one by one: "herbivores" -> herbi, "assistant professors" -> AsstProf."""
        out: list[tuple[int, str, str]] = []
        if any(w in TIME_GRAIN_NOUNS for w in words):
            return []  # "births by month" is no clipped 'Mon' of the weekdays
        for parts, col, val in self.short_forms:
            if len(parts) != len(words):
                continue
            pairs = list(zip(parts, words, strict=True))
            inner = len(pairs) > 1
            if any(_clips(p, w, inner) and p in _LEXICON_WORDS for p, w in pairs):
                continue  # "mentors" is not a clipped 'Men': a word of its own does not abbreviate another
            if all(p in (w, singular(w)) or _clips(p, w, inner) for p, w in pairs) and any(_clips(p, w, inner) for p, w in pairs):
                exact = sum(len(p) for p, w in pairs if p in (w, singular(w)) or w.startswith(p))
                out.append((exact, col, val))
        best = max((e for e, _, _ in out), default=0)
        return [(col, val) for e, col, val in out if e == best]  # "associate" clips to Assoc before Asst

    def sold_not_price(self, name: str, word: str, total: bool = False) -> bool:
        """Over a row per item sold at its `price`, "sold", "ordered" and "sales" count the items, not the prices (but
        "total sales" adds the prices up)."""
        return name == self.sale_price and (word in _SOLD_VERBS or (word in ("sales", "sale") and not total))

    def _synonym_values(self, gram: str) -> list[tuple[str, str]]:
        cands: list[str] = []
        if gram in US_STATES:
            cands.append(US_STATES[gram])
        cands.extend(" ".join(re.findall(r"[a-z]+", a.lower())) for a in PLACE_ABBREVIATIONS.get(gram, ()))
        cands.extend(VALUE_SYNONYMS.get(gram, ()) + MEMBER_VALUES.get(gram, ()) + COUNTRY_NAMES.get(gram, ()))
        day = gram[:-1] if gram.endswith("s") and gram[:-1] in WEEKDAYS else gram
        days = (
            ["saturday", "sunday"] if gram in ("weekend", "weekends")
            else ["monday", "tuesday", "wednesday", "thursday", "friday"] if gram in ("weekdays", "workdays")
            else [day]
        )  # fmt: skip  # ("on weekdays" over 'Mon' ... 'Sun': the five working days)
        for day in days:
            if day in WEEKDAYS or (day in MONTHS and len(day) > 4):  # "on Sunday" over Sun/Sat/Thur values, "July" over Jul
                cands.extend((day[:3], day[:4], day[:5]))
        out: list[tuple[str, str]] = [
            (col, val) for c in OUTCOME_SYNONYMS.get(gram, ())
            for col, val in self.values.get(c, []) + self.short_values.get(c.upper(), [])  # ('WD': "withdrew")
            if set(self.col_meaning[col]) & OUTCOME_COLUMNS
        ]  # fmt: skip
        places = (gram, *DEMONYMS.get(gram, ()), *DEMONYMS.get(gram[:-1] if gram.endswith("s") else "", ()))
        coded = [("country", c) for p in places for c in COUNTRY_CODES.get(p, ())]  # "Italian films" over 'IT,FR'
        coded += [("language", c) for c in LANGUAGE_CODES.get(gram, ())]  # "in Japanese" over 'ja'
        coded += [("size", c) for c in _SIZE_CODES.get(gram, ())]  # "large pizzas" over sizes S, M, L, XL
        coded += [("hand", c) for c in _HAND_CODES.get(gram, ())]
        coded += [("airport", c) for c in AIRPORT_CODES.get(gram, ())]  # "out of O'Hare" over 'ORD'
        weekday = gram[:-1] if gram.endswith("s") and gram[:-1] in _WEEKDAY_LETTERS else gram
        out.extend((c, _WEEKDAY_LETTERS[weekday]) for c in self.weekday_letters if weekday in _WEEKDAY_LETTERS)  # "Mondays": 'M'
        if gram in ("weekend", "weekends"):  # "on weekends" over `Day` 'S' and 'U'
            out.extend((c, letter) for c in self.weekday_letters for letter in ("S", "U"))
        coded += [("side", c) for c in _SIDE_CODES.get(gram, ())]  # "a bigger left foot" over `biggerfoot` 'L'
        coded += [("sex", c) for c in _SEX_CODES.get(gram, ())]  # "girls" over a `sex` coded 'B'/'G'
        for kind, code in coded:
            out.extend(
                h for h in dict.fromkeys(self.values.get(code.lower(), []) + self.short_values.get(code, []))
                if _CODE_COLUMN_WORDS[kind] & (set(self.col_meaning[h[0]]) | self.col_words[h[0]])
            )  # fmt: skip  # (a code of a country or language column, not 'CA' of California in a state column)
        out.extend(self._iso_sex(gram))
        for c in cands:
            out.extend(self.values.get(c.lower(), []))
            for key, hits in self.short_values.items():
                if key.lower() == c.lower():
                    out.extend(h for h in hits if len(c) > 1 or gram in ("yes", "no") or self._letter_coded(h[0]))
        return out

    def _iso_sex(self, gram: str) -> list[tuple[str, str]]:
        """'female' over a `sex` coded 1 and 2 and nothing else: ISO/IEC 5218's codes, 1 for male and 2 for female."""
        code = _ISO_SEX.get(gram)
        if code is None:
            return []
        return [
            (c.name, code) for c in self.table.columns
            if c.kind == "integer" and c.min == 1 and c.max == 2 and set(self.col_meaning[c.name]) & {"sex", "gender"}
        ]  # fmt: skip

    def _letter_coded(self, name: str) -> bool:
        """A column of a few one-letter codes said by a word ("female" for 'F'): a sex (M/F), not a major A-F."""
        col = self.column(name)
        return len(col.values) <= 3 or bool(set(self.col_meaning[name]) & {"sex", "gender"})


_PERSON_COLUMN_WORDS = frozenset({"player", "athlete", "driver", "rider", "runner", "pilot", "artist", "author", "actor",
                                   "director", "candidate", "employee", "customer", "person", "batter", "pitcher", "shooter",
                                   "baker", "chef", "cook", "contestant", "competitor", "singer", "queen", "winner",
                                   "skater", "swimmer", "climber", "musician", "writer", "painter", "student", "patient"})  # fmt: skip

_PREPOSITIONS = frozenset({"after", "before", "since", "until", "during", "between", "over", "under", "above", "below", "into"})

_TRUE = {"yes", "true", "y", "t", "1", "present"}


_FALSE = {"no", "false", "n", "f", "0", "absent"}


def _derived_twins(table: TableProfile) -> dict[str, str]:
    """Columns computed from another one beside it, by the names econometric data gives them: its log (`lsalary`, the
    values agreeing), its square (`agesq`), its change or lag (`cmrdrte`, `postrpi_1`). Each maps to its base."""
    cols = {c.name.lower(): c for c in table.columns if c.is_numeric}
    twins: dict[str, str] = {}
    for low, c in cols.items():
        for base_low, how in ((low[1:], "log"), (low[1:], "change"), (low[:-2], "square"), (re.sub(r"_\d$", "", low), "lag")):
            base = cols.get(base_low)
            if base is None or base is c or len(base_low) < 3:
                continue
            if how == "log" and not (low[0] == "l" and _log_of(c, base)):
                continue
            if how == "change" and low[0] != "c":
                continue
            if how == "square" and not (low.endswith("sq") and _square_of(c, base)):
                continue
            twins[c.name] = base.name
            break
    return twins


def _log_of(c: ColumnProfile, base: ColumnProfile) -> bool:
    hi, base_hi = c.max, base.max
    return (
        isinstance(hi, (int, float)) and isinstance(base_hi, (int, float)) and base_hi > 0
        and abs(hi - math.log(base_hi)) < 0.01 * max(1.0, abs(hi))
    )  # fmt: skip


def _square_of(c: ColumnProfile, base: ColumnProfile) -> bool:
    hi, lo, base_hi, base_lo = c.max, c.min, base.max, base.min
    if not all(isinstance(v, (int, float)) for v in (hi, lo, base_hi, base_lo)):
        return False
    top = max(base_hi * base_hi, base_lo * base_lo)  # type: ignore[operator]
    return abs(hi - top) <= 0.01 * max(1.0, abs(top))  # type: ignore[operator]


def _is_flag_profile(c: ColumnProfile) -> bool:
    return c.kind in ("integer", "float") and c.min == 0 and c.max == 1 and c.distinct == 2


def _within_edits(a: str, b: str, k: int) -> bool:
    """Are two words at most k insertions, deletions or substitutions apart?"""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > k:
            return False
        prev = cur
    return prev[-1] <= k


def _four_of_six(word: str, token: str) -> bool:
    """A name's word of four letters that begins a six-letter question word, no inflection of it: `amaz` "Amazon"."""
    return (
        len(word) == 4 and word.isalpha() and len(token) == 6 and token.startswith(word) and token[4:] not in _INFLECTIONS
        and word not in _WEAK_WORDS and token not in _NOT_ABBREVIATED
    )  # fmt: skip


_KIN_NOUNS = frozenset({"child", "kid", "son", "daughter", "sibling", "brother", "sister", "grandchild"})


# Words right before a number that make it a comparison's bound ("below 1", "more than 2").
_BOUND_WORDS = frozenset({"below", "above", "under", "over", "than", "least", "most", "exceeding", "exceeds", "beyond"})


def _flag_true(c: ColumnProfile) -> Any:
    """The value meaning "yes" in a yes/no column (True for booleans), else None."""
    if c.kind == "bool":
        return None if c.distinct == 1 and not c.nulls else True  # (an `is_retweet` false on every row: no yes/no)
    if c.kind in ("integer", "number") and c.distinct == 2 and c.min == 0 and c.max == 1 and not _is_id(c):
        return 1  # `smoke`, `low`: 0/1 coded (also 0.0/1.0, as a 0/1 column with gaps is often written)
    if c.kind != "text" or not c.values_complete or not c.values or len(c.values) > 3:
        return None
    low = {_unnumbered(v).lower(): v for v in c.values}  # also '1. Yes' / '2. No'
    # ('Yes', 'No', 'No internet service': a yes/no asked only of some rows, the third value a kind of no)
    if len(low) == 2:  # 'Remote' / 'Not remote', 'Smoker' / 'Non-smoker': a value and its negation
        a, b = sorted(low, key=len)
        if re.fullmatch(rf"(?:not|non|no)[\s-]*{re.escape(a)}", b):
            return low[a]
        named = [k for k in low if k == c.name.lower()]  # `dead` holding 'alive' and 'dead': the name is the yes
        other = [k for k in low if k != "none"] if "none" in low else []  # `seatbelt`: 'none' or 'belted'
        if len(named) == 1 or len(other) == 1:
            return low[(named or other)[0]]
    plain = {
        k for k in low
        if not (len(low) == 3 and ((k.startswith("no ") and len(k) > 6) or k in ("unknown", "missing", "not known", "dk", "nk")))
    }  # fmt: skip  # (also 'yes', 'no', 'unknown': a yes/no with its gaps named)
    if len(plain) == 2 and plain <= _TRUE | _FALSE and plain & _TRUE and plain & _FALSE:
        return next(v for k, v in low.items() if k in _TRUE)
    return None


def _unnumbered(value: str) -> str:
    """A factor level without the number R data sets put in front of it: '2. Married' -> 'Married', '1_yes' -> 'yes'."""
    return re.sub(r"^\d{1,2}(?:\.\s+|_)(?=[^\W\d_])", "", value)


def _flag_false(c: ColumnProfile, truth: Any) -> Any:
    """The "no" of a yes/no column whose "yes" is ``truth``."""
    if truth is True:
        return False
    if c.kind in ("integer", "number"):
        return 0
    plain = [v for v in c.values if v != truth and _unnumbered(v).lower() in _FALSE]
    return plain[0] if plain else next((v for v in c.values if v != truth), None)


def tok_join(name: str) -> str:
    return name.lower()


_COLOURS = frozenset({"red", "blue", "green", "yellow", "orange", "purple", "black", "white", "brown", "grey", "gray", "pink"})


def _letters_in(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(ch in rest for ch in letters)


_Piece = tuple[int, list[str], list[tuple[str, int]]]  # token index, its forms longest first, (initials, start) before it


def _sum_of_parts(col: ColumnProfile, table: TableProfile) -> bool:
    """A `total` beside counts it adds up (`crew`, `men`, `women` of a lifeboat): the row's total, not a count of
    what the table is named for."""
    parts = [
        c for c in table.columns
        if c is not col and c.kind == "integer" and isinstance(c.min, int) and c.min >= 0
        and isinstance(c.max, int) and isinstance(col.max, int) and c.max <= col.max and c.distinct > 2
    ]  # fmt: skip
    return col.name.lower() == "total" and len(parts) >= 2


def _row_numbers(col: ColumnProfile, rows: int) -> bool:
    """A column numbering the rows 1..n (`segment` of 39 highway segments): which row, never a measure to add up
    (its distinct count is an estimate, hence the margin)."""
    return (
        col.kind == "integer" and rows >= 10 and col.min == 1 and col.max == rows and col.distinct >= 0.95 * rows
        and not any(w in ("year", "yr", "age", "count", "number", "total") for w in _split_name(col.name))
        and not set(_split_name(col.name)) & PLACE_CODE_NOUNS  # (a `district` a row: a place, shown with its name)
    )  # fmt: skip


def _numbered_one_to_n(col: ColumnProfile, rows: int) -> bool:
    """Units numbered 1..n, each on several rows (rat 1 to rat 16, weighed every week): the things counted."""
    return (
        col.kind == "integer" and col.min == 1 and isinstance(col.max, int) and 2 < col.distinct < 0.5 * rows
        and abs(col.max - col.distinct) <= 1
    )  # fmt: skip


def _numbered_units(col: ColumnProfile, rows: int) -> bool:
    """Units numbered by codes of 100 and more, each on several rows (pig 4601 weighed every week): the things counted."""
    return col.kind == "integer" and isinstance(col.min, int) and col.min >= 100 and 1 < col.distinct < 0.5 * rows


# Words before "children" that make them a count each row holds ("women with no children", "the average number of
# children"), not the rows themselves ("how many children were born").
_CHILDREN_OWNED = frozenset({"have", "has", "had", "with", "without", "no", "average", "mean", "median", "total"})

# What a column of a parent's (`meducation`, `femployment`) records, when no column of the other parent pairs it.
_PARENT_ATTRIBUTES = frozenset({"education", "educ", "employment", "occupation", "schooling", "college", "income", "work"})

_FREQUENCY_WORDS = frozenset({"common", "frequent", "frequently", "often", "popular", "usual", "typical"})


_PREPOSITION_PIECES = frozenset({"among", "amongst", "within", "across", "along", "around", "through", "during", "until",
                                 "against", "toward", "towards"})  # fmt: skip


def _packed_pieces(q: Question, taken: set[int]) -> list[_Piece]:
    """Each question word that may sit in a packed name: its forms (whole, singular, clipped to 3+ letters; not a glued
    affix like "per") and the initials of the one to three words before it ("pupil-teacher" -> pt)."""
    pieces: list[_Piece] = []
    for i, tok in enumerate(q.tokens):
        hyphened = [  # "follow-up time" -> `futime`: the initials of a hyphened compound, then the word
            (q.tokens[s][0] + q.tokens[s + 1][0], s) for s, n, _ in q.hyphened if s + n == i and n == 2 and not {s, s + 1} & taken
        ]
        if i in taken or (tok in STOP and not hyphened) or tok in DIRECTIONAL or not tok.isalpha() or len(tok) < 4:
            continue
        if tok in DISTINCT_WORDS or tok in _FREQUENCY_WORDS or tok in _PREPOSITION_PIECES:
            continue  # "how many different patients": how many kinds, not a piece of `differ` ("most common": not `income`;
            # "among applicants": not `Amount` by its "amo")
        if tok in AGG_WORDS:  # "median household income" over `medianhhincom`: the word whole, never clipped
            if len(tok) >= 5:
                pieces.append((i, [tok], []))
            continue
        clips = range(4 if tok.endswith("ed") else 3, len(tok))  # "received" is not `recur` by its "rec"
        forms = {tok, singular(tok)} | ({tok[:k] for k in clips} if len(tok) >= 5 else set())
        forms |= _skeletons(tok)  # "murder rate" in `mrdrte`, "birth weight" in `bwght`, "bedrooms" in `bdrms`
        forms |= CLIPPED_FORMS.get(tok, frozenset()) | CLIPPED_FORMS.get(singular(tok), frozenset())  # `mkt`, `mgrs`
        if tok != singular(tok) and len(tok) >= 7:
            forms |= {tok[:k] + "s" for k in (3, 4)}  # "registers" in `nregs`: clipped, the plural kept
        forms -= _GLUED_AFFIXES  # "per(centage)" is the affix of `PERPOVERTY`, not a word of it
        runs = []
        for k in (1, 2, 3):  # "pupil-teacher ratio" -> `ptratio`; "personal savings rate" -> `psavert`: p + sav
            run = q.tokens[max(0, i - k) : i]
            if len(run) == k and all(t.isalpha() and t not in STOP and (i - k + j) not in taken for j, t in enumerate(run)):
                runs.append(("".join(t[0] for t in run), i - k))
        runs += hyphened
        at, words, joined = i - 1, [], False  # "payments to income ratio" -> `pirat`, "loan-to-value ratio" -> `lvrat`
        while at >= 0 and len(words) < 3 and _run_word(q.tokens[at]) and at not in taken:
            words.insert(0, q.tokens[at])
            if joined:  # (a connector joins two words: p, i + rat)
                runs.append(("".join(t[0] for t in words), at))
            at -= 1
            if at >= 1 and q.tokens[at] in ("to", "of") and _run_word(q.tokens[at - 1]):
                at, joined = at - 1, True
        pieces.append((i, sorted(forms, key=len, reverse=True), runs))
    return pieces


def _skeletons(tok: str) -> set[str]:
    """A word written without its vowels, as names clip them: `mrdr` (murder), `wght` (weight), `bdrms` (bedrooms), and
    with a final e kept, `rte` (rate). Only for words of 4+ letters whose skeleton keeps 3+ letters."""
    if len(tok) < 4 or not tok.isalpha():
        return set()
    bare = tok[0] + re.sub(r"[aeiouy]", "", tok[1:])
    forms = {bare} | ({bare + "e"} if tok.endswith("e") and not bare.endswith("e") else set())
    return {f for f in forms if len(f) >= 3 and f != tok}


def _run_word(tok: str) -> bool:
    """A word whose initial may start a packed name (`value` too, a stop word elsewhere), not a connector."""
    return tok.isalpha() and len(tok) >= 3 and tok not in ("the", "and", "for", "per", "with") and tok not in AGG_WORDS


def _packed_hits(name: str, q: Question, pieces: list[_Piece]) -> dict[str, int]:
    """Question words packed into a name without separators, whole or clipped to their first 3+ letters, each starting
    the name, after one letter or a glued prefix, or right after another such word: "math" in `tmathssk`, "free
    lunch" in `freelunk`, "teacher experience" in `totexpk` (tot + exp), "school" in `schidkn`, "pupil-teacher ratio"
    in `ptratio` (the initials, then the word)."""
    hits: dict[str, int] = {}
    ends = {0, 1} | {len(p) for p in _GLUED_PREFIXES if name.startswith(p)}
    for i, forms, runs in pieces:
        lead = {len(initials): at for initials, at in runs if name.startswith(initials)}
        best = None
        for form in forms:
            at = name.find(form)
            while at != -1 and at not in ends and at not in lead:
                at = name.find(form, at + 1)
            tail = name.rfind(form)
            named_clip = len(form) >= 4 or any(form in CLIPPED_FORMS.get(t, ()) for t in (q.tokens[i], q.singles[i]))
            if at == -1 and named_clip and len(name) >= 7 and tail >= 3 and tail + len(form) == len(name):
                at = tail  # "income" ending `realrinc` (real r inc), after words the question need not say
                ends.add(at)
            if at != -1 and (
                len(form) >= 4
                or (at + len(form) < len(name) and (at != 1 or at in lead))
                or (at >= 2 and at in lead)
                or (at >= 3 and at in ends and at + len(form) == len(name))
                or (at == 1 and name[0] == "n" and at + len(form) == len(name))  # `narr`: the number of arrests
            ):  # not `p` + "tra(cts)" (but `pi` + "rat(io)"; `mrdr` + "rte" ends the name after another word)
                best = (at, form)
                break
        if best is not None:
            hits["~" + best[1]] = i
            ends.add(best[0] + len(best[1]))
            if best[0] in lead:
                for j in range(lead[best[0]], i):
                    hits[f"~{q.tokens[j]}"] = j
    return hits


def _agent_of(word: str, tok: str) -> bool:
    """ "processors" for a column `process`, "players" for `play`: who does the thing, not the thing the name holds."""
    return len(word) >= 4 and re.fullmatch(re.escape(word) + r"(?:or|er)s?", tok) is not None


_SHARE_ASKS = frozenset({"percent", "percentage", "pct", "share", "proportion", "fraction"})
_AGGREGATE_ASKS = frozenset({"avg", "average", "mean", "max", "maximum", "min", "minimum", "median", "total", "sum"})
_CORPORATE = frozenset({"corp", "inc", "co", "ltd", "plc", "llc", "corporation", "incorporated", "limited", "ag", "sa", "nv"})


def _looks_named(c: ColumnProfile) -> bool:
    words = {singular(w) for w in _split_name(c.name)}  # (`countries_and_areas`: a country's name)
    return any(w in words for w in ("name", "city", "title", "country", "state", "town"))


def _people_names(c: ColumnProfile) -> bool:
    """Nearly every value a name of two to four capitalised words ('Derek Jeter', 'A.J. Burnett'): who each row is,
    asked by name ("How much did Derek Jeter make?"), not an id or free text."""
    named = sum(bool(re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}", str(v).strip())) for v in c.values)
    return c.values_complete and len(c.values) >= 20 and named >= 0.9 * len(c.values)


def _word_like(c: ColumnProfile) -> bool:
    """Every value one or two plain words ('baker', 'french polisher'): each row's name, not an id or free text."""
    return bool(c.values) and c.values_complete and all(re.fullmatch(r"[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)?", v) for v in c.values)


_TO_WORDS = frozenset({"dest", "destination", "to", "arrival", "arr", "target", "recipient", "receiver", "end"})


_FROM_WORDS = frozenset({"origin", "orig", "source", "src", "from", "departure", "dep", "start", "sender"})


def _prefer_mentioned(hits: list[tuple[str, str]], q: Question, idx: _TableIndex, start: int = 0) -> list[tuple[str, str]]:
    """A value found in several columns: "to X"/"from X" picks the destination/origin, then the column the
    question names, else the first."""
    cols = {c for c, _ in hits}
    if len(cols) == 1:
        several = ("weekend", "weekends", "weekdays", "workdays")  # (the days they are, each)
        return list(dict.fromkeys(hits)) if start < len(q.tokens) and q.tokens[start] in several else hits[:1]
    before = q.tokens[start - 1] if start > 0 else ""
    role = _TO_WORDS if before in ("to", "into", "towards") else _FROM_WORDS if before in ("from", "leaving") else None
    if role:
        for c, v in hits:
            if idx.col_words.get(c, set()) & role:
                return [(c, v)]
    for c, v in hits:
        if idx.col_words.get(c, set()) & {t for tok in q.tokens for t in _expand(tok)}:
            return [(c, v)]
    siblings = {c: re.sub(r"\D", "", c) for c in cols}
    if len({re.sub(r"\d", "", c) for c in cols}) == 1 and all(siblings.values()):  # `gender1`, `gender2`: whose?
        said = []
        for i in range(start + 1, min(start + 9, len(q.tokens))):
            if idx.values.get(q.tokens[i]) or idx.values.get(q.singles[i]) or idx._synonym_values(q.tokens[i]):
                break  # "women who had girls as their first and second child": the girls are the children's
            said += [c for c, n in siblings.items() if _ORDINALS.get(q.tokens[i]) == n]
        return [(c, v) for c, v in hits if c in said]  # none said: the rows ("how many women"), not one child's
    if start < len(q.tokens) and q.tokens[start] in _GENDER_WORDS:  # "men" is M in `sex`, not M in `region`
        for c, v in hits:
            if idx.col_words.get(c, set()) & {"sex", "gender"}:
                return [(c, v)]
    few = min(hits, key=lambda h: idx.column(h[0]).distinct)
    if idx.column(few[0]).distinct <= 50 and all(
        idx.column(c).distinct > 10 * idx.column(few[0]).distinct for c, _ in hits if c != few[0]
    ):
        return [few]  # "how many cats" over `species` (4 kinds) and `animal_name` (a pet called Cat): the kind
    return hits[:1]


# Words any measure may be called ("score", "value"): they name a column through a synonym only when nothing else does.
_GENERIC_MEASURE_WORDS = frozenset({"score", "value", "level", "figure", "result", "measure", "reading"})

# Words that say how a measure is asked, never a value's clipped code: "sodium content", "contain no barium".
_FILLERS = frozenset({"content", "contents", "contain", "contains", "containing", "contained", "level", "levels", "amount"})

_GRADE_WORDS = frozenset({"grade", "grader", "graders", "grades"})
_SCHOOL_ORDINALS = {
    w: str(n)
    for n, words in enumerate(
        (("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"), ("fifth", "5th"), ("sixth", "6th"),
         ("seventh", "7th"), ("eighth", "8th"), ("ninth", "9th"), ("tenth", "10th"), ("eleventh", "11th"), ("twelfth", "12th")),
        start=1,
    )
    for w in words
}  # fmt: skip

_ORDINALS = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4"}

_GENDER_WORDS = frozenset({"men", "man", "male", "males", "women", "woman", "female", "females", "boys", "boy", "girls", "girl"})


def _spells_name(joined: str, typed: tuple[str, ...]) -> bool:
    """The whole name typed in the question, or the head of one word ("unemployed" for `unemploy`), but not a short
    name inside a longer word (`dir` in "direction")."""
    for text in typed:
        for mt in re.finditer(rf"(?<![a-z0-9]){re.escape(joined)}([a-z0-9]*)", text):
            if len(mt.group(1)) <= 0.3 * len(joined):
                return True
    return False


_WEIGHT_NAMES = frozenset({"freq", "frequency", "count", "counts", "n", "cnt", "number", "num", "people", "persons"})


_ORIGIN = frozenset({"source", "origin", "orig", "from", "departure", "sender", "exporter"})
_DESTINATION = frozenset({"destination", "dest", "to", "arrival", "receiver", "importer"})


_KIND_WORDS = frozenset(
    {
        "type",
        "types",
        "kind",
        "kinds",
        "category",
        "categories",
        "class",
        "classes",
        "group",
        "groups",
        "level",
        "levels",
        "status",
        "statuses",
    }
)


_PLACE_CODES = {v.lower() for v in US_STATES.values()} | {
    re.sub(r"[^a-z]", "", a.lower()) for forms in PLACE_ABBREVIATIONS.values() for a in forms
}


def _ohlc_columns(table: TableProfile) -> dict[str, str]:
    """The open/high/low/close columns of a price series, by their role, when all four are there."""
    found = {c.name.lower(): c.name for c in table.columns if c.is_numeric and c.name.lower() in ("open", "high", "low", "close")}
    return found if len(found) == 4 else {}


def _long_measure(table: TableProfile) -> tuple[str, str] | None:
    """A table kept long: one row per thing and measure (a state's 'income' and 'rent', a year's 'CO2' and 'CH4'),
    the measure named in a text column of few values and its number in the one numeric column. Then the measure's
    name asked as a measure ("the highest rent") is that number, on the rows of that name."""
    rows = table.row_count
    nums = [
        c for c in table.columns
        if c.is_numeric and not _is_id(c)
        and not re.fullmatch(r"(?i)years?|yr|moe|se|sd|err(?:or)?|margin.*|lower.*|upper.*|ci_.*|.*_(?:moe|se|err|lower|upper)", c.name)
    ]  # fmt: skip
    if len(nums) != 1 or rows < 4:
        return None
    for key in sorted(table.columns, key=lambda c: c.distinct):  # (the measure's names are fewer than the cities)
        if key.kind != "text" or not key.values_complete or not 2 <= key.distinct <= 40:
            continue
        crossed = [
            o for o in table.columns
            if o is not key and o is not nums[0] and o.distinct >= 2 and abs(o.distinct * key.distinct - rows) <= 0.05 * rows
        ]  # fmt: skip
        if crossed:
            return key.name, nums[0].name
    return None


def _weight_column(table: TableProfile) -> str | None:
    """A frequency table's count column (UCBAdmissions: Admit, Gender, Dept, Freq), or None.

    A row of such a table stands for `Freq` cases, so "how many applicants were admitted" sums it.
    The sign is the shape: every combination of the category columns occurs exactly once (their
    numbers of values multiply to the row count, within the profile's approximate distinct counts),
    so the rows are cells, not cases; or the only other column is a unique time stamp (events per
    hour). A measured count beside repeated categories (insect counts per spray) has more rows than
    combinations and stays a measure."""
    names = _WEIGHT_NAMES | (  # a `Value` column in a table of population counts: people
        {"value", "values", "total"} if set(_split_name(table.name)) & {"population", "people", "persons", "headcount"} else set()
    )
    named = [  # (not `nFailures`: the number of failures, a measure named by what it counts; a count with gaps may be
        # kept as whole floats)
        c for c in table.columns
        if (c.kind == "integer" or (c.kind == "number" and _whole_ends(c)))
        and set(_split_name(c.name)) & names and not _is_id(c) and not set(_split_name(c.name)) - names - STOP
    ]  # fmt: skip
    if len(named) != 1 or table.row_count < 4 or (named[0].min is not None and float(named[0].min) < 0):  # type: ignore[arg-type]
        return None
    others = [c for c in table.columns if c is not named[0]]
    if len(others) == 1 and others[0].is_temporal and others[0].distinct >= 0.9 * table.row_count:
        return named[0].name  # a series of counts (events per hour): "how many events" adds them up
    dims = [c for c in others if c.kind not in ("number",)]
    if any(c.kind == "integer" and c.distinct >= table.row_count for c in dims):
        return None  # a row number or an id: the rows are not cells
    if len(dims) < 2 or len(dims) > 10:
        return None
    # Some of the columns may be derived from others (`age.group` from `age`, `method2` from `method`): the cells are
    # then the combinations of a subset of them.
    for size in range(len(dims), 1, -1):
        for subset in combinations(dims, size):
            cells = prod(max(c.distinct, 1) for c in subset)
            if abs(cells - table.row_count) <= 0.1 * table.row_count:
                return named[0].name
    return None


def _panel_entity(table: TableProfile) -> str | None:
    """The numbered unit of a panel, one row per unit and year (`firm` 1-6 of `us_airlines`): what the table's own noun
    counts ("how many airlines", "cost per airline", "airline 6"), when no other column names it."""
    years = [c for c in table.columns if c.is_numeric and _split_name(c.name) in (["year"], ["yr"])]
    if len(years) != 1 or years[0].distinct < 2:
        return None
    units = [
        c.name for c in table.columns
        if c.kind == "integer" and c is not years[0] and set(_split_name(c.name)) & PLACE_CODE_NOUNS
        and 1 < c.distinct <= 0.5 * table.row_count and c.distinct * years[0].distinct == table.row_count
    ]  # fmt: skip
    return units[0] if len(units) == 1 else None


def _label_column(table: TableProfile) -> str | None:
    """The column that names a row: `name`, `title`, ... else the most distinct text column."""
    text_cols = [c for c in table.columns if c.kind == "text" and c.distinct > 1]  # (not one station's `NAME` on every row)
    for c in text_cols:  # a name that names rows, not `studyName` with three studies
        if any(w in ("name", "title", "label") for w in _split_name(c.name)) and c.distinct >= 0.5 * max(table.row_count, 1):
            return c.name
    if text_cols:  # the most distinct, then the most descriptive: "Buick Roadmaster" (`Make`) over "Roadmaster" (`Model`)
        return max(
            text_cols, key=lambda c: (c.distinct, sum(len(str(v)) for v in c.values[:50]) / max(len(c.values[:50]), 1))
        ).name
    return None


_CONTINENT_WORDS = frozenset({"europe", "asia", "africa", "america", "americas", "oceania", "australia", "middle east",
                              "caribbean", "antarctica", "pacific", "atlantic", "scandinavia", "latin america"})  # fmt: skip


def _place_words(value: str) -> list[str]:
    """The words and word pairs of a value, lower case: 'Western Europe' -> western, europe, western europe."""
    words = re.findall(r"[a-z]+", value.lower())
    return words + [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]


_STUDIED_PEOPLE = frozenset({"subject", "participant", "respondent", "individual"})


WEEKDAY_STARTS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})


def _whole_ends(col: ColumnProfile) -> bool:
    """Both ends of a numeric column are whole numbers (100.0, 110.0): counts or codes kept as floats, as pandas writes a
    column with gaps."""
    return all(isinstance(v, (int, float)) and float(v).is_integer() for v in (col.min, col.max))


def _inner_words(table: TableProfile, id_cols: set[str] | frozenset[str]) -> dict[str, dict[str, int]]:
    """The words and word pairs inside descriptions ('Chocolate Orange Cake', 'Oil paint on canvas'), each with how
    many values of which column hold it: "bakes that mention chocolate", "works done in oil paint" are the rows whose
    text holds them. Only columns of many values that mostly run to three words or more (not names matched whole)."""
    out: dict[str, dict[str, int]] = {}
    for c in table.columns:
        if c.kind != "text" or c.distinct < 20 or c.name in id_cols or not c.values:
            continue
        vals = [str(v).lower() for v in c.values]
        if sum(len(v.split()) >= 3 for v in vals) < 0.5 * len(vals):
            continue
        for v in vals:
            words = re.findall(r"[a-z]+", v)
            grams = {singular(w) for w in words if len(w) >= 3 and w not in STOP}
            grams |= {f"{a} {b}" for a, b in pairwise(words) if len(a) >= 3 and len(b) >= 3 and a not in STOP and b not in STOP}
            for g in grams:
                held = out.setdefault(g, {})
                held[c.name] = held.get(c.name, 0) + 1
    return out


def _spelled(token: str, words: set[str]) -> int:
    """How many letters of the word the best of these name words starts the same: "recommendations" spells 9 of
    `Recommends`, 3 of `RecTaken`."""
    return max(
        (next((k for k, (a, b) in enumerate(zip(token, w, strict=False)) if a != b), min(len(token), len(w))) for w in words),
        default=0,
    )


def _free_text(col: ColumnProfile) -> bool:
    """Sentences rather than names: most values run past a dozen words."""
    return sum(len(str(v).split()) > 12 for v in col.values) > 0.5 * len(col.values)


def _list_separator(col: ColumnProfile) -> str | None:
    """The separator of a text column that holds lists ('Adventure|Sci-Fi', 'fr, de', 'IT,FR', '1, 5, 8'), else None. A
    comma list needs short items that stand as whole values elsewhere (places 'Paciran, Indonesia' or names 'Smith, John'
    do not), since a list's items are what a question names ("RER A", "Italy")."""
    if col.kind != "text" or not col.values:
        return None
    vals = [str(v) for v in col.values]
    if sum("|" in v for v in vals) >= 0.3 * len(vals):
        return "|"
    multi = [v for v in vals if "," in v]
    if len(multi) < 2 or len(multi) < 0.2 * len(vals):
        return None
    items = [i.strip() for v in multi for i in v.split(",")]
    recurring = len(set(items)) <= 0.5 * len(items)  # the same few items in many lists (lines, codes), not names
    few = len(set(items)) <= max(12, 0.1 * len(items))  # a short menu of items ('Laptop', 'Email', 'Other ...')
    longest = (40, 5) if few else (30, 3)  # ('Other Portable Electronic Device' in many lists: still one item)
    if sum(len(i) > longest[0] or len(i.split()) > longest[1] for i in items) > 0.1 * len(items):
        return None
    whole = {v.strip() for v in vals if "," not in v}
    return "," if recurring or sum(i in whole for i in items) >= 0.5 * len(items) else None


_CODE_COLUMN_WORDS = {"country": {"country", "countries", "nation"}, "language": {"language", "languages", "lang"},
                      "size": {"size", "sizes"}, "hand": {"hand", "handed", "handedness", "bats", "throws", "stance"},
                      "side": {"foot", "feet", "side", "leg", "legs", "eye", "eyes", "arm", "arms"},
                      "sex": {"sex", "gender"},
                      "airport": {"airport", "airports", "origin", "dest", "destination", "source", "departure", "arrival"}}  # fmt: skip
_SIDE_CODES = {"left": ("L",), "right": ("R",)}
# the days of the week by one letter, Thursday 'R' and Sunday 'U' apart from Tuesday and Saturday
_WEEKDAY_LETTERS = {"monday": "M", "tuesday": "T", "wednesday": "W", "thursday": "R", "friday": "F", "saturday": "S",
                    "sunday": "U"}  # fmt: skip
_SEX_CODES = {"girls": ("G",), "girl": ("G",), "boys": ("B",), "boy": ("B",)}  # children coded by B/G, not M/F
_ISO_SEX = {w: "1" for w in ("male", "males", "men", "man", "boys", "boy")} | {
    w: "2" for w in ("female", "females", "women", "woman", "girls", "girl")
}  # ISO/IEC 5218
# a side a player bats or throws from, coded by its letter ("left-handed batters", "lefties" over `BatterHand` 'L')
_HAND_CODES = {"lefthanded": ("L",), "lefty": ("L",), "lefties": ("L",), "southpaw": ("L",), "southpaws": ("L",),
               "righthanded": ("R",), "righty": ("R",), "righties": ("R",)}  # fmt: skip  # ("left-handed" read as one word)

_SIZE_CODES = {"small": ("S", "SM"), "medium": ("M", "MED"), "large": ("L", "LG"), "extra large": ("XL",),
               "extra small": ("XS",), "xl": ("XL",), "xxl": ("XXL",)}  # fmt: skip

_SOLD_VERBS = frozenset({"sold", "sell", "sells", "selling", "bought", "buy", "buys", "ordered", "order", "orders", "popular"})

_SALE_WORDS = frozenset({"revenue", "revenues", "sales", "sale", "amount", "income", "earnings", "turnover", "takings",
                         "total", "gross", "quantity", "qty", "units", "sold", "count", "volume", "profit"})  # fmt: skip


def _sale_price(table: TableProfile) -> str | None:
    """The one `price` column of a table of sales with no amount, revenue or quantity column: each row is one item sold
    at that price ("total revenue" over pizzas sold is their prices added up; with a quantity beside it, it is not)."""
    prices = [c.name for c in table.columns if c.is_numeric and {"price", "prices"} & set(_split_name(c.name))]
    if len(prices) != 1 or any(c.is_numeric and _SALE_WORDS & set(_split_name(c.name)) for c in table.columns):
        return None
    if not {"orders", "order", "sales", "transactions", "purchases", "receipts", "invoices", "tickets"} & set(
        _split_name(table.name)
    ):
        return None  # (a table of houses with their prices is not a till: "the most sales" there are houses sold)
    return prices[0]


def _title_measures(table: TableProfile, meaning: dict[str, list[str]]) -> frozenset[str]:
    """Measures the table's name lists one word each (`inflation_rate` and `unemployment_rate` of
    us_inflation_unemployment): each word names its column, not the table as a whole."""
    title = {singular(w) for w in _split_name(table.name)}
    named: dict[str, str] = {}
    for c in table.columns:
        words = {singular(w) for w in meaning.get(c.name, [])} & title
        if c.is_numeric and not _is_id(c) and len(words) == 1 and len(meaning.get(c.name, [])) > 1:
            named.setdefault(next(iter(words)), c.name)
            if named[next(iter(words))] != c.name:
                named[next(iter(words))] = ""  # (two columns share the word: it names neither alone)
    cols = {c for c in named.values() if c}
    return frozenset(cols) if len(cols) >= 2 else frozenset()


def _own_measure(table: TableProfile, meaning: dict[str, list[str]]) -> str | None:
    """The one measure named with the table's own word (`gas_million_therms` of uk_gas, `approval_rating` of
    president_approval): the table's word names it, though it names the table too."""
    own = {w for w in _split_name(table.name) if singular(w) == w}  # a mass noun (gas, approval), not the rows' plural
    named = [
        c.name for c in table.columns
        if c.is_numeric and not _is_id(c) and c.name.lower() not in ("year", "quarter", "month", "day")
        and any(singular(w) in own for w in meaning.get(c.name, [])) and len(meaning.get(c.name, [])) > 1
    ]  # fmt: skip  # (its unit or kind beside the word: not `travel` of travel_mode, the time a trip takes)
    return named[0] if len(named) == 1 else None

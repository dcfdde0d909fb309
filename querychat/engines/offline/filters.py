"""The question's conditions on rows (WHERE): values in the data, yes/no flags, stated states, numbers.

What restricts the rows is found apart from what is computed over them, so a follow-up ("and for
Gentoo?") can take the filters alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..intent import ColRef, Filter, _split_name
from ..lexicon import (
    AGG_WORDS,
    DESCRIPTIVE_WORDS,
    DIRECTIONAL,
    KIND_HEADS,
    MONTHS,
    PEOPLE_NOUNS,
    PERSON_NUMBER_NAMES,
    PLACE_CODE_NOUNS,
    SALE_VERBS,
    STOP,
    TIME_GRAIN_NOUNS,
    UNIT_FACTORS,
    UNIT_QUESTION_WORDS,
    UNIT_WORDS,
    WEEKDAYS,
    singular,
)
from .columns import _date_column, _entity_noun, _is_year, _stored_year, _whole_numbered, _year_column
from .date_filters import _QUARTER_WORDS, _date_filters, _time_of_day
from .table_index import Mentions, _flag_false, _TableIndex
from .words import _LEXICON_WORDS, _PEOPLE_SINGULAR, Question, _expand, _hits_column, _names_word, _root

_COMPARE = [
    # the bounds first: "no more than 5" is not "more than 5"
    (r"(?:at least|atleast|no less than|not less than|or more|minimum of)", ">="),
    (r"(?:at most|atmost|no more than|not more than|or less|maximum of|up to)", "<="),
    (
        r"(?:more|greater|higher|larger|bigger|heavier|longer|taller|older|warmer|hotter|deeper|stronger|thicker|wider|faster|"
        r"quicker) than",
        ">",
    ),
    (r"(?:over|above|exceed(?:s|ing)?|beyond|after|(?:sur)?pass(?:es|ed)?)", ">"),  # ("first passed 50%")
    (r"(?:less|fewer|lower|smaller|lighter|shorter|younger|colder|cooler|shallower|weaker|thinner|narrower|slower) than", "<"),
    (r"(?:under|below|before)", "<"),
    (r"(?:north|east) of(?: latitude| longitude)?", ">"),  # "north of latitude 60"
    (r"(?:south|west) of(?: latitude| longitude)?", "<"),
    (r"(?:equal to|equals|exactly|of exactly|scored|scoring|rated)", "="),
    (r">=", ">="),
    (r"<=", "<="),
    (r">", ">"),
    (r"<", "<"),
    (r"==?", "="),  # "where NoYes = 0": a column's name, typed with the value
]


_NUM = r"(-?\d(?:[\d,]*\d)?(?:\.\d+)?)"  # (not the comma after "2010, please")
# "2 older children", "3 young kids": which children are counted, no age
_KIN_AFTER = re.compile(r"\s+(?:old|older|young|younger|elder)\s+(?:child|children|kids?|sons?|daughters?|siblings?)\b")
# "5 miles or shorter", "6 feet or taller": a bound, like "or less" / "or more"
_OR_SIZE = r"longer|shorter|taller|heavier|lighter|bigger|smaller|larger"  # (not "2000 or later": a date, read elsewhere)
_OR_UP = r"more|greater|higher|above|over|older|up|harder|longer|taller|heavier|bigger|larger"
_OR_DOWN = r"less|fewer|lower|below|under|younger|newer|easier|shorter|lighter|smaller"


def _num(text: str) -> float | int:
    text = text.replace(",", "")
    return float(text) if "." in text else int(text)


_NUMBER_AHEAD = re.compile(r"\D*?(-?\d[\d,]*(?:\.\d+)?)")


def _number_at(q: Question, pos: int) -> re.Match[str] | None:
    """The first number at or after `pos` (its text in group 1, `end()` in the question), so that every rule reading
    "the number this comparison starts at" reads the same one: signed, with thousands commas and decimals."""
    return _NUMBER_AHEAD.match(q.lower, pos)


_NUMERIC_FOLLOW = {"above", "below", "over", "under", "of", "more", "less", "greater", "higher", "lower", "between", "at", "than",
                   "equal", "exceeding", "from", "is", "was", "were", "are", "and", "or", "per", "by"}  # fmt: skip


# The other side of a yes/no column's word: "rural" is not `Urban`, "public" not `Private`.
_OPPOSITES = {"rural": "urban", "public": "private", "domestic": "foreign", "foreign": "domestic", "unemployed": "employed",
              "inactive": "active", "single": "married", "unmarried": "married", "nonsmokers": "smoker", "nonsmoker": "smoker",
              "online": "offline", "offline": "online", "international": "domestic", "weekday": "weekend",
              "weekdays": "weekend", "weekends": "weekday", "died": "survived", "perished": "survived",
              "dead": "survived", "approved": "deny", "accepted": "deny", "granted": "deny",
              "women": "male", "woman": "male", "females": "male", "girls": "male", "men": "female", "males": "female",
              "boys": "female", "female": "male", "male": "female", "lost": "win", "lose": "win", "losing": "win",
              "late": "ontime", "delayed": "ontime", "survived": "died", "survivors": "died", "stayed": "churn",
              "retained": "churn"}  # fmt: skip  # ("late flights" over a yes/no `OnTime`: its no)


def _opposite_of(word: str, col_words: set[str] | list[str]) -> bool:
    """The word is the opposite of what a yes/no column is named ("public" of `Private`, and of `priv` clipped)."""
    opposite = _OPPOSITES.get(word)
    return opposite is not None and (
        opposite in col_words
        or any(len(w) >= 4 and opposite.startswith(w) for w in col_words)
        or any(opposite == a + b for a in col_words for b in col_words)  # `OnTime`: "on" and "time"
    )


_IN_NAME = (
    re.compile(
        r"\b(?:have|has|having|had|with|contain|contains|containing|include|includes|including)\s+(?:the\s+word\s+)?"
        r"['\"\u2018\u201c]?([A-Za-z](?:[\w-]|'(?=\w))*(?:\s+[A-Za-z](?:[\w-]|'(?=\w))*){0,2}?)['\"\u2019\u201d]?\s+in\s+(?:their|its|the|his|her)\s+(name|title)s?\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(name|title)s?\s+(?:contains?|containing|includes?|including)\s+(?:the\s+word\s+)?"
        r"['\"\u2018\u201c]?([A-Za-z](?:[\w-]|'(?=\w))*(?:\s+[A-Za-z](?:[\w-]|'(?=\w))*){0,2}?)['\"\u2019\u201d]?(?=\s*(?:[?.!,]|$|\s+(?:and|or|in|with)\b))",
        re.IGNORECASE,
    ),
)


def _codes_after_name(q: Question, idx: _TableIndex, m: Mentions, consumed: set[int], filters: list[Filter]) -> list[Filter]:
    """ "Customers in area code 510" over 'area_code_415', 'area_code_510': a number said after the column's name,
    read as the value that ends with it; "protocol J jobs": a short code in capitals after it, as the values hold it."""
    out: list[Filter] = []
    for c in idx.table.columns:
        pos = m.columns.get(c.name)
        if c.kind != "text" or not pos or not c.values_complete or any(f.col.column == c.name for f in filters):
            continue
        nxt = max(pos) + 1
        if (
            nxt < len(q.tokens) and nxt not in consumed
            and re.fullmatch(r"[A-Z][A-Z0-9]{0,2}", q.raw_tokens[nxt]) and q.raw_tokens[nxt] in c.values
        ):  # fmt: skip
            out.append(Filter(ColRef(c.name), "=", q.raw_tokens[nxt]))  # "protocol J jobs" over codes 'A' ... 'O'
            consumed.add(nxt)
            continue
        coded = {mt.group(1).lstrip("0") or "0": v for v in c.values if (mt := re.search(r"(?<=[^\d\s])[\s_-]*(\d+)$", v))}
        if len(coded) != len(c.values) or len({re.sub(r"\d+$", "", v) for v in c.values}) != 1:
            continue  # (every value the same words, then its number)
        said = [i for i in range(max(pos) + 1, len(q.tokens)) if i not in consumed and q.tokens[i].lstrip("0") in coded]
        if said and said[0] == max(pos) + 1:
            out.append(Filter(ColRef(c.name), "=", coded[q.tokens[said[0]].lstrip("0")]))
            consumed.add(said[0])
    return out


_SAYING_CUES = frozenset({"mention", "mentions", "mentioned", "mentioning", "contain", "contains", "contained",
                          "containing", "include", "includes", "included", "including"})  # fmt: skip
_HOLDING_CUES = _SAYING_CUES | {"feature", "features", "featured", "featuring", "use", "uses", "used", "using", "with",
                                "had", "have", "has"}  # fmt: skip
_MADE_IN = frozenset({"done", "made", "painted", "printed", "drawn", "written", "cast", "carved", "shot", "recorded"})


def _inner_word_filters(q: Question, idx: _TableIndex, m: Mentions, consumed: set[int], filters: list[Filter]) -> list[Filter]:
    """ "Signature bakes that mention chocolate", "works done in oil paint", "chocolate showstoppers", "works that are
    screenprints": over descriptions, the rows whose text holds the words (a word or a pair the values hold, cued by a
    verb of holding, by "in" after a verb of making, or standing before the column's own name)."""
    out: list[Filter] = []
    valued = {p for s_, e_, _, _ in m.values for p in range(s_, e_)}
    said = {p for pos in m.columns.values() for p in pos} | valued
    toks = q.tokens
    i = 0
    while i < len(toks):
        pair = f"{toks[i]} {q.singles[i + 1]}" if i + 1 < len(toks) else ""
        two = pair if pair in idx.inner_words and i + 1 not in consumed - valued else ""
        key = two or q.singles[i]
        j = i - 1
        while j >= 0 and toks[j] in ("a", "an", "the", "any", "some"):
            j -= 1
        before = toks[j] if j >= 0 else ""
        inside = before in _SAYING_CUES and i in valued and i not in consumed - valued  # "mention video": 'Video' and more
        if (
            ((i in consumed or i in said) and not inside)
            or key not in idx.inner_words
            or not toks[i].isalpha()
            or toks[i] in STOP or toks[i] in _LEXICON_WORDS or q.singles[i] in _LEXICON_WORDS
            or toks[i] in PEOPLE_NOUNS or q.singles[i] in idx.name_words or idx.names_rows(toks[i])
            or (j >= 0 and (j in said or j in consumed))
        ):  # fmt: skip  # (not "the athletes", "Starbucks items", "the single largest", "used games" over a 'used')
            i += 1
            continue
        end = i + (2 if two else 1)
        held = idx.inner_words[key]
        named = [c for c in held if c in m.columns]
        cued = (
            before in _HOLDING_CUES
            or (before == "in" and j >= 1 and toks[j - 1] in _MADE_IN)  # "done in oil paint"
            or (before in ("are", "were") and toks[end - 1] != q.singles[end - 1])  # "works that are screenprints"
            or any(end in m.columns[c] and toks[end] != q.singles[end] for c in named)  # "chocolate showstoppers"
            or (  # "how many layups", "the number of dunks": the rows whose description says it, counted
                toks[i] != q.singles[i]
                and end == i + 1
                and (before == "many" or (before == "of" and j >= 1 and toks[j - 1] in ("number", "count")))
            )
        )
        column = named[0] if len(named) == 1 else max(held, key=lambda c: held[c]) if not named else None
        whole = {(col, val) for s_, e_, col, val in m.values if i <= s_ < end or s_ <= i < e_}
        if (
            cued and column and not any(f.col.column == column and (f.col.column, f.value) not in whole for f in filters + out)
        ):  # (also "oil paint", not the title 'Painter' its second word is; "mention video", not only 'Video')
            filters[:] = [f for f in filters if not (f.op == "=" and (f.col.column, f.value) in whole)]
            out.append(Filter(ColRef(column), "ilike", f"%{key}%"))
            consumed.update(range(i, end))
        i = end
    return out


def _brand_filter(idx: _TableIndex, column: str, written: str, word: str) -> Filter:
    """ "Ford cars": the names that start with the word and a space ('Ford Pinto', not 'Fordson'); "hemp samples" over
    'Hemp,Fresh', 'Hemp (Whole Crop)' and 'Cereals, Hemp': every name that has the word, wherever it stands."""
    vals = [str(v) for v in idx.column(column).values]
    word_at = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    if any(mt.start() > 0 for v in vals for mt in word_at.finditer(v)):
        return Filter(ColRef(column), "ilike", f"%{word}%")
    if any(re.match(rf"{re.escape(word)}(?:[^\w\s]|$)", v, re.IGNORECASE) for v in vals):
        return Filter(ColRef(column), "like", f"{written}%")
    return Filter(ColRef(column), "like", written + " %")


def _name_contains(q: Question, idx: _TableIndex, consumed: set[int]) -> list[Filter]:
    """ "Museums with 'Gallery' in their name", "titles containing love": the rows whose name holds those words."""
    for k, pattern in enumerate(_IN_NAME):
        hit = pattern.search(q.asked)
        if hit is None:
            continue
        word, noun = (hit.group(1), hit.group(2)) if k == 0 else (hit.group(2), hit.group(1))
        cols = [
            c.name for c in idx.table.columns
            if c.kind == "text" and noun.lower() in idx.col_meaning[c.name]
        ] or ([idx.label] if idx.label and idx.column(idx.label).kind == "text" else [])  # fmt: skip
        if not cols:
            return []
        parts = word.lower().split()
        for i in range(len(q.tokens) - len(parts) + 1):
            if q.tokens[i : i + len(parts)] == parts:
                consumed.update(range(i, i + len(parts)))
        return [Filter(ColRef(cols[0]), "ilike", f"%{word}%")]
    return []


def _place_tail_filters(q: Question, idx: _TableIndex, consumed: set[int]) -> list[Filter]:
    """ "Quakes in the Philippines" over places '83 km SSE of Pondaguitan, Philippines': the rows whose text ends with it."""
    out: list[Filter] = []
    for n in (3, 2, 1):
        for i in range(len(q.tokens) - n + 1):
            if any(k in consumed for k in range(i, i + n)):
                continue
            hit = idx.place_tails.get(" ".join(q.tokens[i : i + n]))
            if hit is not None and q.tokens[i] not in STOP:
                out.append(Filter(ColRef(hit[0]), "like", f"%{hit[1]}"))
                consumed.update(range(i, i + n))
    return out


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}  # fmt: skip


def _ordinal_filters(q: Question, idx: _TableIndex, m: Mentions, consumed: set[int], filters: list[Filter]) -> list[Filter]:
    """ "In the 9th inning", "in the first round" over a small whole-number `Inning`: the rows of that one."""
    out: list[Filter] = []
    for i, tok in enumerate(q.tokens[:-1]):
        said = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", tok)
        n = int(said.group(1)) if said else _ORDINAL_WORDS.get(tok)
        if n is None or i in consumed or q.tokens[max(0, i - 2) : i] not in (["in", "the"], ["of", "the"], ["during", "the"]):
            continue
        for c, pos in m.columns.items():
            col = idx.column(c)
            if (
                pos[0] == i + 1 and col.kind == "integer" and c not in idx.id_cols
                and isinstance(col.min, (int, float)) and isinstance(col.max, (int, float))
                and 0 <= col.min <= n <= col.max <= 60 and not any(f.col.column == c for f in filters + out)
            ):  # fmt: skip
                out.append(Filter(ColRef(c), "=", n))
                consumed.update({i, *pos})
                break
    return out


def _covered_by(column: str, pos: list[int], q: Question, idx: _TableIndex) -> bool:
    """Each word of the column's name is said, in one run of the question's words."""
    said = {q.tokens[p] for p in pos} | {q.singles[p] for p in pos}
    return pos == list(range(pos[0], pos[-1] + 1)) and all(
        w in said or any(_hits_column(t, {w}) for t in said) for w in idx.col_meaning[column]
    )


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
        if s >= 3 and q.tokens[s - 1] == "of" and re.fullmatch(r"[\d.,]+", q.tokens[s - 3]) and q.tokens[s - 2] in _AMOUNT_UNITS:
            m.values.remove((s, e, col, val))
            continue  # "more than 2 inches of rain": the rainfall measured, not the days whose events include 'Rain'
        if q.tokens[s:e] == ["other"] and q.tokens[e : e + 1] == ["than"]:
            m.values.remove((s, e, col, val))
            continue  # "something other than a covid test": not the value 'other'
        if (
            by_col.get(col)
            and not q.phrase(r"\bhow\s+(?:much|many)\s+(?:\w+er|more|less|fewer)\b")
            and (q.tokens[s - 1 : s] == ["than"] or q.tokens[max(0, s - 2) : s] in (["than", "the"], ["than", "a"]))
        ):
            consumed.update(range(s, e))
            continue  # "a bigger left foot than right foot": the rows holding the first, measured against the second
        before = q.tokens[max(0, s - 3) : s]
        if any(w in _NEGATING for w in before) or re.search(
            r"\bother than(?: an?| the)?$|\b(?:leave|leaving)\s+out\b", " ".join(before)
        ):
            negated.add(col)  # ("tests other than covid": every other test)
        by_col.setdefault(col, [])
        if val not in by_col[col]:
            by_col[col].append(val)
        consumed.update(range(s, e))
        own = set(m.columns.get(col, ()))
        after = e
        while after in own and not any(  # (but "cholera deaths" over `cause_of_death` and `deaths`: the count, better named)
            o != col and after in p and m.column_score.get(o, 0.0) > m.column_score.get(col, 0.0) for o, p in m.columns.items()
        ):  # "the 70-90 age group": the column's own name beside its value says which, nothing more
            consumed.add(after)
            after += 1
    for col, vals in by_col.items():
        if len(vals) == 2:
            vals = _month_span(q, idx, col, vals)  # "from June through August": July too
        ref = ColRef(col)
        if col in idx.listed:  # genres 'Comedy|Romance': the rows whose list holds the value
            for v in vals:
                filters.append(Filter(ref, "not like" if col in negated else "like", f"%{v}%"))
        elif col in idx.item_lists:  # lines '1, 5, 8': the rows whose list has that item (line 1, not 11)
            alone = q.phrase(r"\b(?:no|nothing)\s+(?:other|else)\b|\bonly\b|\balone\b")
            if alone:  # "classified only as Hacking/IT Incident, with no other type listed": that item and nothing else
                kept = [v for v in vals if str(v).lower() != "other" or not q.phrase(r"\bno\s+other\b")]
                if len(kept) == 1 and col not in negated:
                    filters.append(Filter(ref, "=", kept[0]))
                    continue
            for v in vals:
                filters.append(Filter(ref, "lacks item" if col in negated else "has item", v, r"\s*,\s*"))
        elif col in negated:
            filters.append(Filter(ref, "!=", vals[0]) if len(vals) == 1 else Filter(ref, "not in", tuple(vals)))
        else:
            filters.append(Filter(ref, "=", vals[0]) if len(vals) == 1 else Filter(ref, "in", tuple(vals)))
    filters.extend(_codes_after_name(q, idx, m, consumed, filters))
    held = set(consumed)
    contained = _name_contains(q, idx, consumed)  # (read first: "'bran' in their name" is no brand 'Bran ...')
    held = consumed - held  # (the words the names hold)
    for i, tok in enumerate(q.tokens):  # "Ford cars": the names that start with the make
        brand = idx.brands.get(tok)
        if (
            brand and i not in consumed and tok not in STOP and q.tokens[i + 1 : i + 2] != ["of"]
            and not (tok != q.singles[i] and _entity_noun(tok, idx)) and tok not in idx.name_words and q.singles[i] not in idx.name_words
            and not any(f.col.column == brand[0] for f in filters)
            and not (q.raw_tokens[i][:1].islower() and q.tokens[i - 1 : i] in (["the"], ["a"], ["an"]) and _people_named(idx, brand[0]))
        ):  # fmt: skip  # (not "journals" over titles 'Journal of ...', not "south of latitude 35"; nor "the bill" for the
            # representatives called 'Bill ...')
            if not any(i in pos for c, pos in m.columns.items()):
                pair = f"{tok} {q.singles[i + 1]}" if i + 1 < len(q.tokens) and q.tokens[i + 1] not in STOP else ""
                if pair and any(pair in str(v).lower() for v in idx.column(brand[0]).values):
                    filters.append(Filter(ColRef(brand[0]), "ilike", f"%{pair}%"))  # "almond shells": 'Almond Shell(s)'
                    consumed.update((i, i + 1))
                    continue
                filters.append(_brand_filter(idx, brand[0], brand[1].replace("%", ""), tok))
                consumed.add(i)
    filters.extend(contained)
    filters.extend(_inner_word_filters(q, idx, m, consumed, filters))
    filters.extend(_place_tail_filters(q, idx, consumed))
    filters.extend(_ordinal_filters(q, idx, m, consumed, filters))
    banded, band_numbers = _band_filters(q, idx, consumed)
    filters.extend(banded)
    filters.extend(_column_comparisons(q, idx, m, consumed))
    filters.extend(_paired_comparisons(q, idx, m, filters, consumed))
    filters.extend(_won_or_lost(q, idx, m, consumed))
    clock: set[int] = set()
    filters.extend(_time_of_day(q, idx, clock))
    hours = {
        float(q.tokens[i]) for i in clock if i < len(q.tokens) and q.tokens[i].isdigit()
    }  # "after 6 pm": a time, not an amount of 6
    consumed |= clock
    named_years = {  # "a 1960 GDP under 5000" over `gdp60` beside `gdp85`: the year names the column, it is no value
        int(q.tokens[i]) for c, pos in m.columns.items() for i in pos
        if re.fullmatch(r"\d{4}", q.tokens[i]) and q.tokens[i] in idx.col_words[c] and len(idx.col_meaning[c]) > 1
    }  # fmt: skip
    filters.extend(
        f
        for f in _numeric_filters(q, idx, m, consumed, band_numbers)
        if not (f.op == "=" and f.value in named_years)
        and not (isinstance(f.value, (int, float)) and not isinstance(f.value, bool) and float(f.value) in hours)
    )
    dated = _date_filters(q, idx, consumed, m)
    if any(
        idx.column(f.col.column).is_temporal for f in dated
    ):  # "from October 1854 through March 1855": dates, not `Month` values
        named = {c for s, e, c, _ in m.values if all(q.tokens[k] in MONTHS or q.tokens[k] in WEEKDAYS for k in range(s, e))}
        filters = [f for f in filters if f.col.column not in named]
    bounds = {f.value for f in filters if f.op in (">=", "<=", ">", "<") and isinstance(f.value, int) and 1000 < f.value < 2200}
    dated = [f for f in dated if not (f.op == "=" and not f.col.part and f.value in bounds)]  # ("model year 2000 or newer")
    filters.extend(f for f in dated if f not in filters)  # ("the years 2000 through 2010": read once, as a range)
    filters.extend(_quarter_number(q, idx, filters))
    for i, tok in enumerate(q.tokens):  # "uninsured patients", "non-members", "inactive": the flag's "no"
        rest = tok[3:] if tok.startswith("non") else tok[2:] if tok.startswith(("un", "in")) else ""
        if len(rest) < 4 or i in consumed:
            continue  # (not "'Introduction' in their title": a word the names hold)
        for name, truth in idx.flags.items():
            if _expand(tok) & idx.col_words[name]:
                continue  # "insured" is the column `insured`, not "not sured"
            roots = {_root(w) for w in idx.col_words[name] if len(w) >= 6}
            named = _expand(rest) & idx.col_words[name] or (len(rest) >= 6 and _root(rest) in roots)  # incomplete/`Completion`
            if named and not any(f.col.column == name for f in filters):
                col = idx.column(name)
                false_val = _flag_false(col, truth)
                filters.append(Filter(ColRef(name), "=", false_val))
                consumed.add(i)
    filters.extend(_state_filters(q, idx, m, filters, consumed))
    said = [  # (also "have not published any articles", "never scored any goals": none)
        (c, False)
        for c in re.finditer(
            r"\b(with|had|has|have|having|got|get|gets|without|reported|reports|report|contain|contains|contained|containing|(?:not|never)\s+[a-z]+)(?!\s+(?:not|never)\b)"
            r"\s+(no\s+|an?\s+|any\s+|some\s+)?([a-z_]+)\b",
            q.lower,
        )
    ]
    said += [(c, True) for c in re.finditer(r"\b(never\s+[a-z]+)\s+(?:to|at|in)\s+(the\s+|an?\s+)?([a-z_]+)\b", q.lower)]
    said += [
        (c, False)
        for c in re.finditer(
            r"\b(made|make|makes|took|take|takes|published|wrote|scored|won|received|sold)\s+(no\s+)([a-z_]+)\b", q.lower
        )
    ]  # "made no
    # trips to the lake": none
    for c, went in said:  # (and "never went to the doctor" over `visits`: none)
        if not went and c.group(1).startswith(("not ", "never ")) and c.group(2) != "any ":
            continue
        tok_i = q.token_at(c.start(3))
        while tok_i + 1 < len(q.tokens) and q.tokens[tok_i] in DESCRIPTIVE_WORDS:
            tok_i += 1  # "had no doctor visits": the visits
        if sum(tok_i in p for p in m.columns.values()) > 1:
            continue  # "had a raw Clinton number": a word several columns share, not one amount above zero
        if c.group(2) == "no " and q.singles[tok_i] in TIME_GRAIN_NOUNS and not any(tok_i in p for p in m.columns.values()):
            counted = [  # "had no days above 90 degrees in 1948" over `dx90_1948`: the count the number names, none
                p for p in range(tok_i + 1, min(tok_i + 4, len(q.tokens))) if _number_names_column(q, idx, m, p)
            ]
            tok_i = counted[0] if counted else tok_i
        named = sorted(m.columns.items(), key=lambda kv: -len(set(kv[1])))  # (`dx90_2018`, named twice, before `dx90_1948`)
        for name, pos in named:  # "orders that had a discount": a numeric amount above zero
            col = idx.column(name)
            if tok_i not in pos or not col.is_numeric or name in idx.id_cols or any(f.col.column == name for f in filters):
                continue
            if (
                not (isinstance(col.min, (int, float)) and col.min == 0)
                or (
                    tok_i + 1 < len(q.tokens)
                    and q.tokens[tok_i + 1 : tok_i + 3] != ["at", "all"]  # "any affairs at all"
                    and (q.tokens[tok_i + 1] in _NUMERIC_FOLLOW or re.match(r"-?\d", q.tokens[tok_i + 1]))
                )
                or re.match(r"(?:[a-z]+\s+){1,2}of\s+-?\d", " ".join(q.tokens[tok_i + 1 : tok_i + 5]))
            ):
                continue  # ("have a risk aversion score of zero": that value, read with the number)
            negate = c.group(1) == "without" or c.group(2) == "no " or c.group(1).startswith(("not ", "never "))
            filters.append(Filter(ColRef(name), "=" if negate else ">", 0))
            consumed.add(tok_i)
            break
    filters.extend(_loss_filter(q, idx, filters))
    filters.extend(_activity_filter(q, idx, filters, consumed))
    filters.extend(_change_filters(q, idx, m, filters, consumed))
    for c in re.finditer(r"\bnever\s+([a-z]+)", q.lower):  # "students who never missed a class": `missed` is 0
        at = q.token_at(c.start(1))
        named = [
            n for n, pos in m.columns.items()
            if at in pos and idx.column(n).is_numeric and idx.column(n).min == 0 and n not in idx.flags
            and not any(f.col.column == n for f in filters)
        ]  # fmt: skip
        if len(named) == 1:
            filters.append(Filter(ColRef(named[0]), "=", 0))
            consumed.update({at - 1, at})
    for name, truth in idx.flags.items():  # "rural stores" over `Urban`, "public colleges" over `Private`: the "no"
        words = set(idx.col_meaning[name])
        opposite = next((i for i, t in enumerate(q.tokens) if _opposite_of(t, words) and i not in consumed), None)
        other = _OPPOSITES.get(q.tokens[opposite], "") if opposite is not None else ""
        said = any(other in _expand(q.tokens[p]) for p in m.columns.get(name, []))  # ("won vs lost": both sides)
        if opposite is not None and not said and not any(f.col.column == name for f in filters):
            # (also "the states Trump lost" over `TrumpWin`, named by the "Trump" in it)
            filters.append(Filter(ColRef(name), "=", _flag_false(idx.column(name), truth)))
            consumed.add(opposite)
    measured = {p for c, ps in m.columns.items() if idx.column(c).is_numeric and c not in idx.flags for p in ps}
    for name, truth in idx.flags.items():  # "returned orders", "not remote"
        pos = m.columns.get(name)
        if not pos or set(pos) <= held or any(f.col.column == name for f in filters):
            continue  # (not "'Introduction' in their title" over `ind_study`: words the names hold)
        if _unsaid_rule(name, q, idx):
            continue  # "smokers" are not the yes/no `restaurant_smoking_ban`: a rule about smoking, no one's habit
        if q.phrase(r"\bdays?\s+of\s+(?:the\s+)?week\b") and all(q.tokens[p] in ("day", "days", "week") for p in pos):
            continue  # "which day of the week" beside a `weekday` flag ('Y'/'N'): the weekday asked, not the flag
        if len(pos) == 1 and pos[0] - 1 in measured and q.tokens[pos[0]].endswith("ed"):
            continue  # "hours worked": the measure's own verb, not the yes/no column `work`
        if all(
            p >= 2
            and q.tokens[p - 1] in ("or", "and")
            and any(re.fullmatch(r"[\d.,]+", t) for t in q.tokens[max(p - 3, 0) : p - 1])
            for p in pos
        ):
            continue  # "5 miles or shorter": a bound on the number, not the yes/no `Short`
        if set(pos) <= measured:
            continue  # "the monthly bill" is `monthly_charges`, not the yes/no `paperless_billing`
        if any(
            o != name and m.columns.get(o) == pos and m.column_score.get(o, 0) >= m.column_score.get(name, 0) for o in idx.flags
        ):
            continue  # "legislators" over `leg_black`, `leg_senator`, `leg_democrat`: the prefix they share names the rows
        if any(o != name and set(pos) < set(m.columns.get(o, ())) for o in idx.flags):
            continue  # "stream movies": `streaming_movies`, which the words name whole, not `streaming_tv`
        if any(o != name and set(pos) < set(p) and _covered_by(o, p, q, idx) for o, p in m.columns.items()):
            continue  # "the starting condition": `baseline_condition`, not the yes/no `baseline_cavitation`
        said = {q.tokens[p] for p in pos} | {q.singles[p] for p in pos}
        if any(o != name and set(pos) <= set(m.columns.get(o, ())) and set(idx.col_meaning[o]) <= said for o in m.columns):
            continue  # "by health" names the column `health` whole, not the yes/no `health_ins`
        if q.singles[pos[-1] + 1 : pos[-1] + 2] and q.singles[pos[-1] + 1] in KIND_HEADS:
            continue  # "the soil types" over a 0/1 `soil`: the column's values, not its "yes"
        head = pos[-1] + 1
        if (
            len(pos) == 1
            and not q.tokens[pos[0]].endswith("ed")
            and q.tokens[head : head + 1] == q.singles[head : head + 1]  # (not "black smokers": who, not what)
            and any(o != name and head in m.columns.get(o, ()) and q.singles[head] in idx.col_words[o] for o in idx.flags)
        ):
            continue  # "health insurance", "a smoking ban": a word before the yes/no column it describes (not "married")
        before = q.tokens[max(0, pos[0] - 3) : pos[0]]
        hyph = next((s_ for s_, n_, _ in q.hyphened if s_ + n_ == pos[0]), None)  # "did not have a shall-carry law"
        if hyph is not None:
            before = q.tokens[max(0, hyph - 3) : pos[0]]
        negate = any(w in ("not", "never", "nt", "isn", "wasn", "weren", "aren") for w in before)
        negate = negate or before[-1:] == ["non"]  # ("non-white patients died": the "non" is the white's, not the died's)
        negate = negate or q.tokens[pos[0] - 1 : pos[0]] in (["no"], ["without"])  # "with no online security"
        voted = [p for p in pos if q.tokens[p] in ("vote", "voted", "votes", "voting")] if "vote" in idx.col_words[name] else []
        if voted:  # "voted against the bill", "voted no": the 0 of a yes/no vote
            negate = negate or q.tokens[voted[-1] + 1 : voted[-1] + 2] in (["no"], ["against"], ["nay"], ["down"])
        if q.tokens[pos[-1]] in ("absent", "absence") and not str(truth).lower().startswith("abs"):
            negate = not negate  # "sites where frogs were absent" over `pres.abs` (present/absent): its no
        lead = re.match(r"(out|non|not|no|un)(?=[a-z]{4,}$)", name.lower())
        if (
            lead and q.tokens[pos[0]].startswith(name.lower()[len(lead.group(1)) :][:4])
            and lead.group(1) not in q.tokens[max(0, pos[0] - 2) : pos[0]]
        ):  # fmt: skip
            negate = not negate  # "working" over `outwork` (out of work): the 0; "not working": the 1 ("out of work" as is)
        if negate:
            col = idx.column(name)
            false_val = _flag_false(col, truth)
            filters.append(Filter(ColRef(name), "=", false_val))
        else:
            filters.append(Filter(ColRef(name), "=", truth))
        consumed.update(pos)
    for i in range(len(q.tokens) - 1):  # "customers with no internet service" over 'DSL', 'Fiber optic', 'No'
        if q.tokens[i] not in ("no", "without") or i + 1 in consumed:
            continue
        for name, pos in m.columns.items():
            col = idx.column(name)
            no = next((v for v in col.values if str(v).lower() == "no"), None) if col.kind == "text" else None
            if no is not None and pos[0] == i + 1 and name not in idx.flags and not any(f.col.column == name for f in filters):
                filters.append(Filter(ColRef(name), "=", no))
                consumed.update(pos)
                break
    year = _year_column(idx)
    births = [
        c.name for c in idx.table.columns
        if c.kind == "integer" and c.name != year and idx.col_words[c.name] & {"birth", "born", "birthyear", "yob"}
        and isinstance(c.min, int) and isinstance(c.max, int) and 1000 < c.min <= c.max < 2200  # (not a count of `births`)
    ]  # fmt: skip
    if len(births) == 1 and q.phrase(r"\b(?:born|birth)\b"):  # "children born between 1982 and 1985": the birth year

        def _not_there(f: Filter) -> bool:  # a year kept in the year column, or a value no column of the filter holds
            col = idx.column(f.col.column)
            return f.col.column == year or (
                isinstance(f.value, int) and 1000 < f.value < 2200 and isinstance(col.max, (int, float)) and col.max < 1000
            )

        filters = [replace(f, col=ColRef(births[0])) if not f.col.part and _not_there(f) else f for f in filters]
    if year is not None and q.phrase(
        r"\b(?:the|all|these|those|over|across)\s+(?:[2-9]|two|three|four|five|six|seven|eight|nine)\s+years\b"
    ):
        filters = [  # "the lowest average over the three years": how many years there are, not the year 3
            f for f in filters if not (f.col.column == year and f.op == "=" and isinstance(f.value, int) and f.value < 10)
        ]
    if year is not None:  # "in 1976" over two-digit years: 76
        filters = [
            replace(f, value=_stored_year(idx, year, f.value), value2=_stored_year(idx, year, f.value2))
            if f.col.column == year and not f.col.part
            else f
            for f in filters
        ]
    return _either_or(q, m, _case_variants(idx, filters)), consumed


def _case_variants(idx: _TableIndex, filters: list[Filter]) -> list[Filter]:
    """ "Finishers from Eau Claire" over a city typed 'Eau Claire', 'EAU CLAIRE' and 'Eau claire': every spelling of
    the value that differs only in case or spaces."""
    out = []
    for f in filters:
        col = idx.table.column(f.col.column)
        if f.op == "=" and isinstance(f.value, str) and not f.col.part and col is not None and col.kind == "text":
            key = " ".join(f.value.split()).lower()
            same = tuple(v for v in col.values if " ".join(str(v).split()).lower() == key)
            if len(same) > 1:
                f = Filter(f.col, "in", (f.value, *(v for v in same if v != f.value)))
        out.append(f)
    return out


def _either_or(q: Question, m: Mentions, filters: list[Filter]) -> list[Filter]:
    """ "Flights that were either Delta flights or from LaGuardia", "got the joke card or left a tip (or both)": two
    conditions on different columns joined by "or" are one condition, met by either."""
    if len(filters) < 2 or "or" not in q.tokens:
        return filters

    def said(f: Filter) -> set[int]:
        spans = {i for s, e, col, _ in m.values if col == f.col.column for i in range(s, e)}
        return spans | set(m.columns.get(f.col.column, []))

    for i, tok in enumerate(q.tokens):
        if tok != "or" or re.fullmatch(
            rf"both|so|{_OR_UP}|{_OR_DOWN}|later|earlier|older|newer|after|before|since",
            q.tokens[i + 1] if i + 1 < len(q.tokens) else "both",
        ):
            continue  # (not "aged 100 or older": a bound)
        near = {id(f): max((p for p in said(f) if i - 3 <= p < i), default=-1) for f in filters if f.op != "or"}
        far = {id(f): min((p for p in said(f) if i < p <= i + 4), default=-1) for f in filters if f.op != "or"}
        left = [f for f in filters if near.get(id(f), -1) >= 0 and near[id(f)] == max(near.values())]
        right = [f for f in filters if far.get(id(f), -1) >= 0 and far[id(f)] == min(v for v in far.values() if v >= 0)]
        if len(left) != 1 or len(right) != 1 or left[0].col.column == right[0].col.column:
            continue
        if any(i < p for p in said(left[0])) or any(p < i for p in said(right[0])):
            continue  # (a column named on both sides: not two separate conditions)
        either = Filter(left[0].col, "or", (left[0], right[0]))
        filters = [either if f is left[0] else f for f in filters if f is not right[0]]
    return filters


_NEGATORS = ("not", "never", "nt", "no", "non", "yet", "without")


_LOSS = re.compile(r"\b(?:(?:made|make|makes|making|posted|posts|reported|reports|had|has|have|with|ran|run|at)\s+(?:a\s+)?"
                   r"(?:net\s+)?loss(?:es)?|unprofitable|lost money|losing money|loss-making|in the red)\b")  # fmt: skip


def _month_span(q: Question, idx: _TableIndex, col: str, vals: list[str]) -> list[str]:
    """Two month names of a text month column said as a range ("from June through August") stand for every month
    from the first to the last, as the column writes them."""

    def month(v: str) -> int | None:
        low = v.lower().rstrip(".")
        return MONTHS.get(low) or MONTHS.get(low[:3])

    ends = [month(v) for v in vals]
    spanned = q.phrase(r"\b(?:from|between)\s+\w+\.?\s+(?:through|thru|to|until|till|and|-)\s+\w+") or q.phrase(
        r"\b\w+\.?\s+(?:through|thru)\s+\w+"
    )  # ("January through June": "through" alone says a span)
    if None in ends or not spanned:
        return vals
    first, last = ends  # type: ignore[misc]
    span = {(first + k - 1) % 12 + 1 for k in range((last - first) % 12 + 1)}
    stored = [v for v in idx.column(col).values if month(v) in span]
    return stored if len(stored) == len(span) else vals


def _loss_filter(q: Question, idx: _TableIndex, filters: list[Filter]) -> list[Filter]:
    """A loss said in words: "companies that made a loss", "unprofitable firms": the profit below zero."""
    out: list[Filter] = []
    numeric = [c.name for c in idx.table.columns if c.is_numeric and c.name not in idx.id_cols]
    if _LOSS.search(q.lower):
        profit = [c for c in numeric if idx.col_words[c] & {"profit", "profits", "income", "earnings", "return", "returns"}]
        if profit and not any(f.col.column == profit[0] for f in filters):
            out.append(Filter(ColRef(profit[0]), "<", 0))
    return out


_FELL = r"fell|falls?|falling|fallen|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreases|decreasing|shr[au]nk|shrinks?|shrinking|contracted|contracts?|went down|goes down|go down|was negative|were negative"
_ROSE = r"rose|rises?|rising|risen|grew|grows?|growing|grown|increased?|increases|increasing|went up|goes up|go up|gained|jumped|was positive|were positive"
# Words of a column (or a table) of changes from one period to the next; a return is a price's change.
_CHANGE_WORDS = frozenset({"change", "diff", "delta", "growth"})
_CHANGED = _CHANGE_WORDS | {"return", "returns"}


def _change_filters(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """ "Quarters when consumption fell", "both consumption and income falling", "a decline in savings": a column of
    changes (its name or its table's says so, and it holds both signs) below zero, or above zero when it rose. A number
    after the verb ("rose by 0.5 or more") is a comparison of its own, read elsewhere."""
    table_changes = bool(idx.name_words & _CHANGED)
    changes = {
        n: sorted(pos) for n, pos in m.columns.items()
        if idx.column(n).is_numeric and n not in idx.id_cols and not any(f.col.column == n for f in filters)
        and (table_changes or idx.col_words[n] & _CHANGED)
        and isinstance(idx.column(n).min, (int, float)) and idx.column(n).min < 0 < idx.column(n).max  # type: ignore[operator]
    }  # fmt: skip
    out: list[Filter] = []
    for verb in re.finditer(rf"\b(?:({_FELL})|({_ROSE}))\b", q.lower):
        at = q.token_at(verb.start())
        after = q.lower[verb.end() :]
        if re.match(r"\s+(?:by\s+)?(?:more|less|over|under|above|below|at least|at most|between|half|-?\d)", after):
            continue
        if re.search(r"\b(?:\w+est|most|worst|best)\s+$", q.lower[: verb.start()]):
            continue  # "the steepest drop in consumption": a ranking, read by the superlative
        op = "<" if verb.group(1) else ">"
        noun_at = re.match(r"\s+in\s+(?:the\s+)?", after)  # "a decline in savings": the column after the noun
        for n, pos in changes.items():
            near = [p for p in pos if (at - 6 <= p < at) or (noun_at and at < p <= at + 4)]
            if near and not any(f.col.column == n for f in out):
                out.append(Filter(ColRef(n), op, 0))
                consumed.add(at)
    return out


_ACTIVITIES = (  # a habit said as a verb, and the words of a column counting how much of it each row does
    (r"smok(?:e|es|ed|ing|ers?)", frozenset({"cigs", "cig", "cigarettes", "cigarette", "packs", "tobacco"})),
)


def _activity_column(idx: _TableIndex, word: str) -> str | None:
    """The column counting the habit a verb names ("smoked": `cigs`), if the table has one."""
    for verb, words in _ACTIVITIES:
        if re.fullmatch(rf"(?:non-?)?{verb}", word):
            return next(
                (c.name for c in idx.table.columns
                 if c.is_numeric and c.min == 0 and c.name not in idx.derived and idx.col_words[c.name] & words),
                None,
            )  # fmt: skip
    return None


def _activity_filter(q: Question, idx: _TableIndex, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """ "People who smoke", "mothers who smoked", "don't smoke at all", "non-smokers": the count of cigarettes (`cigs`)
    above zero, or zero, when no yes/no column says it."""
    for verb, _words in _ACTIVITIES:
        said = re.search(rf"\b(?:(non-?\s?)|(?:(?:do|does|did)\s+not|never|not)\s+)?{verb}\b", q.lower)
        if not said or re.match(
            r"\s+(?:bans?|restrictions?|laws?|areas?|sections?|polic(?:y|ies)|rules?)\b", q.lower[said.end() :]
        ):
            continue  # (not "smoking restrictions": a rule about smoking, no one's habit)
        at = min(q.token_at(said.start() if not said.group(1) else said.end() - 1), len(q.tokens) - 1)
        if q.tokens[at] in idx.name_words or q.singles[at] in idx.name_words:
            return []  # "smokers" over a table called smokers: its rows
        if any(at in p for n, p in idx.mentions(q).columns.items() if n in idx.flags and not _unsaid_rule(n, q, idx)):
            return []  # a yes/no `smoker` says it already
        count = _activity_column(idx, re.split(r"[\s-]", said.group(0))[-1])
        if count is None or any(f.col.column == count for f in filters):
            return []
        head = q.lower[said.end() : said.end() + 40]
        if re.match(r"\s*(?:more|less|fewer|at least|at most|over|under|above|below|between|\d)", head):
            return []  # "smoke more than 10 a day": a number for the count itself
        consumed.add(at)
        negated = bool(said.group(1)) or bool(re.match(r"\b(?:do|does|did|not|never)", said.group(0)))
        return [Filter(ColRef(count), "=" if negated else ">", 0)]
    return []


_RULE_WORDS = frozenset({"ban", "bans", "banned", "law", "laws", "restriction", "restrictions", "policy", "rule", "rules"})


def _unsaid_rule(name: str, q: Question, idx: _TableIndex) -> bool:
    """A yes/no column about a rule (`restaurant_smoking_ban`) that the question does not bring up (no ban, law,
    restriction or prohibition said)."""
    return bool(set(idx.col_meaning[name]) & _RULE_WORDS) and not re.search(
        r"\b(?:bans?|banned|banning|laws?|restrict\w*|prohibit\w*|polic(?:y|ies)|rules?|allowed|forbid\w*)\b", q.lower
    )


_BE_VERBS = frozenset({"was", "were", "is", "are", "been", "be", "being", "get", "got", "gets"})


_WEATHER_ADJECTIVES = {"rainy": "rain", "snowy": "snow", "windy": "wind", "cloudy": "cloud", "stormy": "storm",
                       "foggy": "fog"}  # fmt: skip
_FIGURE_NOUNS = frozenset({"price", "prices", "value", "values", "figure", "figures", "reading", "readings", "number",
                           "amount", "record", "entry", "score", "rate", "measurement"})  # fmt: skip


def _present_filters(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """ "The first year that has an oil price", "years with both an egg price and a chicken price", "years have a price
    recorded for eggs": over a column with empty years, the rows where it holds a value."""
    out: list[Filter] = []
    toks = q.tokens
    for i, tok in enumerate(toks):  # "rainy days" over a share of the day's rain `weather_rain`: some rain
        stem = _WEATHER_ADJECTIVES.get(tok)
        hit = [
            c.name for c in idx.table.columns
            if stem and c.is_numeric and c.min == 0 and stem in idx.col_words[c.name]
            and not any(f.col.column == c.name for f in filters + out)
        ]  # fmt: skip
        if len(hit) == 1 and i not in consumed:
            out.append(Filter(ColRef(hit[0]), ">", 0))
            consumed.add(i)
    for i, tok in enumerate(toks):
        before = toks[i - 1] if i else ""
        if before == "least" and toks[i - 2 : i - 1] == ["at"] and i >= 3:  # "had at least some rain"
            before = toks[i - 3]
        if (
            tok not in ("a", "an", "any", "some")
            or i == 0
            or before not in ("with", "have", "has", "having", "had", "both", "and", "without")
        ):
            continue
        lacking = before == "without" or (before in ("have", "has", "had") and toks[i - 2 : i - 1] in (["not"], ["never"]))
        j = i + 1
        span = []
        while j < len(toks) and len(span) < 2 and toks[j] not in _FIGURE_NOUNS:
            span.append(j)
            j += 1
        if j < len(toks) and toks[j] in _FIGURE_NOUNS:
            if not span and toks[j + 1 : j + 3] in (["recorded", "for"], ["listed", "for"], ["given", "for"], ["for", "the"]):
                span = [j + 2 + (toks[j + 1] != "for")]  # "a price recorded for eggs"
            elif not span and toks[j + 1 : j + 2] == ["for"]:
                span = [j + 2]
            end = max([*span, j])
        else:
            end = max(span, default=i)
        after = " ".join(toks[end + 1 : end + 3])
        if re.match(r"(?:of|above|over|below|under|more|less|greater|higher|lower|at|between|exceeding|\d)", after):
            continue  # "films with a rating of 3": a value, not just one
        named = [
            c.name for c in idx.table.columns
            if (c.nulls > 0 or (c.min == 0 and tok in ("some", "any"))) and c.is_numeric and c.name not in idx.flags
            and any(p in span for p in m.columns.get(c.name, []))
        ]  # fmt: skip
        if len(named) != 1 or any(f.col.column == named[0] for f in filters + out):
            continue
        zero = idx.column(named[0]).min == 0 and tok in ("some", "any")  # "days with some rain": amounts above 0
        if lacking and not zero:  # "records that don't have a weight": the rows where it is missing
            out.append(Filter(ColRef(named[0]), "is null", None))
        else:
            out.append(Filter(ColRef(named[0]), ">", 0) if zero else Filter(ColRef(named[0]), "is not null", None))
        consumed.update(range(i, end + 1))
    return out


_USE_VERBS = frozenset({"use", "uses", "used", "using", "contain", "contains", "contained", "containing", "include",
                        "includes", "included", "including", "given", "receive", "received", "receiving", "need",
                        "needed", "needs", "take", "takes", "took", "add", "added"})  # fmt: skip


_SPEND_VERBS = frozenset({"spend", "spends", "spent", "spending", "pay", "pays", "paid", "paying"})
_SPENT_AMOUNTS = frozenset({"0", "some"})  # as words.Question writes "nothing", "something", "any money" ...


_LEFT_OUT = r"\b(?:skip|skipping|exclude|excluding|ignore|ignoring|leave\s+out|leaving\s+out|drop|dropping|omit|omitting)\b"


def _used_amounts(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """ "Mixes that use fly ash", "patients given any alfentanil", "needed no opioids", "neither slag nor fly ash":
    over an amount that is 0 where none was used, the rows with some (above 0) or none (0)."""
    out: list[Filter] = []
    toks = q.tokens
    for c in idx.table.columns:
        pos = sorted(m.columns.get(c.name, []))
        if not pos or not c.is_numeric or c.min != 0 or c.name in idx.flags or c.name in idx.id_cols:
            continue
        if any(f.col.column == c.name for f in filters + out):
            continue
        first, last = pos[0], pos[-1]
        if last - first >= 4 or re.match(
            r"\s*(?:of|above|over|below|under|more|less|greater|higher|lower|at(?! all)|between|"
            r"exceeding|[<>=]|\d|per|by|for each|(?:\w+\s+)?(?:data|information|figures?|values?|entry|entries|readings?))\b",
            " ".join(toks[last + 1 : last + 3]),
        ):  # (nor "no tree cover data": no figure recorded, read as empty)
            continue  # ("use more than 10 kg of water": a comparison of its own)
        k = first - 1
        before = toks[k] if k >= 0 else ""
        negated = before in ("no", "without", "neither", "nor")
        if before in ("no", "any", "some") and k >= 1:
            k -= 1
            if toks[k : k + 1] == ["least"] and k >= 2:  # "at least some"
                k -= 2
        spent = (  # "spend 0 on tobacco", "spend some on alcohol" (as "spend nothing", "spend money" are read)
            before == "on" and k >= 2 and toks[k - 1] in _SPENT_AMOUNTS and toks[k - 2] in _SPEND_VERBS
        )
        if spent:
            k -= 2
            negated = toks[k + 1] == "0"
        verb = toks[k] if 0 <= k < len(toks) else ""
        cued = spent or (
            before in ("neither", "nor", "without")  # "neither slag nor fly ash": both sides
            or (before in ("no", "any", "some") and verb in _USE_VERBS | {"with", "had", "have", "has"})
            or (verb in _USE_VERBS and before == verb)  # "mixes that use fly ash"
        )
        if not cued:
            continue
        if before == "any" and re.search(r"\b(?:not|n't|never|no)\b", " ".join(toks[max(k - 3, 0) : k])):
            negated = True  # "did not use any fly ash"
        out.append(Filter(ColRef(c.name), "=" if negated else ">", 0))
        consumed.update(range(max(k, 0), last + 1))
    return out


_GIVEN_VERBS = frozenset({"got", "get", "gets", "getting", "given", "gave", "receive", "received", "receiving", "with",
                          "have", "has", "had", "having", "handed", "shown", "showed"})  # fmt: skip


def _given_values(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """ "Parties that got a card", "weren't given any card at all", "without a card": over a text column left empty
    where nothing was given, the rows with a value (or, negated, the empty ones)."""
    out: list[Filter] = []
    toks = q.tokens
    for c in idx.table.columns:
        if c.kind != "text" or c.nulls == 0 or c.name in idx.id_cols or c.name in idx.flags:
            continue  # (a yes/no `citationIssued` has its own reading)
        if any(f.col.column == c.name for f in filters + out):
            continue
        if any(c.name == col for _, _, col, _ in m.values):
            continue
        for at in m.columns.get(c.name, []):
            k = at - 1
            if k >= 0 and toks[k] in ("no", "a", "an", "any", "some"):
                k -= 1
            verb = toks[k] if k >= 0 else ""
            if not (verb in _GIVEN_VERBS or verb == "without") or re.match(
                r"\s*(?:type|kind|of\s+(?:the|each))\b", " ".join(toks[at + 1 :])
            ):
                continue  # (not "the tip rate by card type": the groups)
            denied = re.search(r"\b(?:not|never)$", " ".join(toks[max(k - 2, 0) : k]))  # ("weren't" is "were not")
            negated = verb == "without" or toks[at - 1] == "no" or denied is not None
            if re.search(_LEFT_OUT, " ".join(toks[max(0, k - 5) : k])):
                negated = not negated  # "(skip the ones with no region)": the rows that have one
            out.append(Filter(ColRef(c.name), "is null" if negated else "is not null", None))
            consumed.update(range(max(k, 0), at + 1))
            break
    return out


def _state_filters(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """Conditions a verb or adjective states about a row without a value.

    "loans that haven't been returned": the date column named by the verb (`return_date`) is empty,
    when that column has empty values; "returned late": a non-negative numeric column named only by
    the adjective after a verb (`days_late`) is above zero ("not late": zero).
    """
    out: list[Filter] = []
    toks = q.tokens
    if re.search(r"\b(?:not|aren'?t|isn'?t|weren'?t|wasn'?t)\s+missing\b|\bnon-?\s?missing\b", q.lower):
        nulled = [c.name for c in idx.table.columns if c.nulls > 0 and c.name not in idx.id_cols]
        said = [n for n in nulled if n in m.columns] or [f.col.column for f in filters if f.col.column in nulled]
        kept = said or (nulled if len(nulled) == 1 else [])
        if len(kept) == 1 and not any(f.col.column == kept[0] and f.op == "is not null" for f in filters):
            out.append(Filter(ColRef(kept[0]), "is not null", None))  # "weeks with a reading (not missing)"
    for said in re.finditer(  # "for how many births is the father's age missing", "have a secondary breed listed"
        r"\b(?:(is|are|was|were)|(do|does|did)\s+not\s+have|(have|has|had))\s+(?:the\s+|their\s+|its\s+|a\s+|an\s+)?"
        r"((?:[\w']+\s+){0,4}?[\w']+)\s+(missing|empty|blank|unknown|listed|recorded|given|filled\s+in|figure|value|entry|"
        r"data|information)\b",
        q.lower,
    ):  # (also "of the countries that have a fertility figure": the ones it is known for)
        state = said.group(5)
        if state in ("figure", "value", "entry", "data", "information") and not said.group(3):
            continue
        if said.group(1) and state in ("listed", "recorded", "given", "filled in"):
            continue  # "is the price listed": a question about one row, not a condition
        lo, hi = q.token_at(said.start(4)), q.token_at(said.end(4) - 1)
        named = [c.name for c in idx.table.columns if c.nulls > 0 and any(lo <= p <= hi for p in m.columns.get(c.name, []))]
        words = set(q.tokens[lo : hi + 1]) | set(q.singles[lo : hi + 1])
        whole = [n for n in named if all(w in words or singular(w) in words for w in idx.col_meaning[n])]
        if len(named) > 1 and len(whole) == 1:
            named = whole  # "is the wife's age missing": `age_wife`, every word said (not `age_wife_at_marriage`)
        figure = state in ("figure", "value", "entry", "data", "information")
        if len(named) != 1 or any(f.col.column == named[0] and (not figure or f.op.startswith("is ")) for f in filters + out):
            continue  # (a figure known besides a condition on it: "of those that have a fertility figure, ... below 2.1")
        empty = state in ("missing", "empty", "blank", "unknown") or bool(said.group(2)) or said.group(4).startswith("no ")
        out.append(Filter(ColRef(named[0]), "is null" if empty else "is not null", None))
        consumed.update(range(lo, hi + 2))
    out.extend(_present_filters(q, idx, m, filters + out, consumed))
    out.extend(_used_amounts(q, idx, m, filters + out, consumed))
    out.extend(_given_values(q, idx, m, filters + out, consumed))
    for i, tok in enumerate(toks):
        lacks = i > 2 and toks[i - 3 : i] in (
            ["not", "have", "a"],
            ["not", "have", "an"],
            ["not", "have", "any"],
            ["not", "has", "a"],
        )
        lacks = lacks or (
            i > 1 and toks[i - 2] in ("missing", "lacking", "without") and toks[i - 1] in ("the", "a", "an", "any", "their")
        )
        if i > 0 and (toks[i - 1] in ("missing", "without", "lacking", "no") or lacks) and i not in consumed:
            at = {i, i + 1} if tok in ("median", "average", "mean", "total") else {i}  # "missing median earnings"
            empty = [c for c in idx.table.columns if c.nulls > 0 and at & set(m.columns.get(c.name, []))]
            if empty and not any(f.col.column == empty[0].name for f in filters + out):
                kept = re.search(_LEFT_OUT, " ".join(toks[max(0, i - 6) : i]))  # "skipping those missing a GDP": the rest
                out.append(Filter(ColRef(empty[0].name), "is not null" if kept else "is null", None))
                # ("countries missing GDP", "no rating")
                consumed.update((i - 1, i))
                continue
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
                and not (set(idx.col_meaning[c.name]) & {"count", "number", "num"} and q.phrase(r"\b(?:how many|number of)\b"))
            ):  # fmt: skip  # (but "the number of students who were working" over `count_working`: the count asked)
                out.append(Filter(ColRef(c.name), "=" if toks[i - 1] == "not" or negated else ">", 0))
                consumed.add(i)
                break
    return out


_MEASURE_HEADS = frozenset({"rate", "rates", "level", "levels", "price", "prices", "amount", "total", "score", "index", "ratio"})
_AMOUNT_UNITS = frozenset({"inch", "inches", "mm", "cm", "millimeters", "millimetres", "centimeters", "centimetres", "feet",
                           "foot", "miles", "mile", "pounds", "lbs", "kg", "grams", "hours", "minutes", "days", "years"})  # fmt: skip


# words before a value that take it out ("excluding Texas", "ignoring the World row"; also "leave out" and "other than")
_NEGATING = frozenset({"not", "except", "excluding", "without", "besides", "non", "outside", "apart", "exclude", "omit",
                       "omitting", "ignore", "ignoring"})  # fmt: skip
_TIME_UNITS = frozenset({"s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
                         "hours"})  # fmt: skip


def _quarter_number(q: Question, idx: _TableIndex, filters: list[Filter]) -> list[Filter]:
    """ "the first quarter of 2000", "fourth quarters", "Q3" over an integer `quarter` column (1-4)."""
    col = next(
        (c for c in idx.table.columns if c.kind == "integer" and c.name.lower() in ("quarter", "qtr", "q") and c.max == 4), None
    )
    if col is None or any(f.col.column == col.name for f in filters):
        return []
    mt = q.phrase(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+quarters?\b") or q.phrase(r"\bq([1-4])\b")
    if mt is None:
        return []
    word = mt.group(1)
    return [Filter(ColRef(col.name), "=", int(word) if word.isdigit() else _QUARTER_WORDS[word])]


def _as_stored(idx: _TableIndex, col: str, value: float | int, unit: str | None) -> float | int:
    """ "above 18%" over a rate stored as a fraction (0.187): compared as 0.18, the way the column holds it."""
    hi, lo = idx.column(col).max, idx.column(col).min
    if unit in ("%", "percent", "pct") and isinstance(hi, (int, float)) and 0 < hi <= 1 and value > 1:
        return value / 100
    if unit in _CLOCK_UNITS and not idx.col_units.get(col) and isinstance(lo, (int, float)) and isinstance(hi, (int, float)):
        seconds = value * _CLOCK_UNITS[unit]  # "a net time under 90 minutes" over race times kept in seconds (3,000-7,000)
        if not lo <= value <= hi and lo <= seconds <= hi and idx.col_words[col] & (_DURATION_WORDS | {"net", "gross"}):
            return int(seconds) if float(seconds).is_integer() else seconds
    if unit in UNIT_FACTORS and isinstance(hi, (int, float)) and isinstance(lo, (int, float)) and not lo <= value <= hi:
        for factor in UNIT_FACTORS[unit]:  # "over six feet tall" over heights kept in millimetres: 1828.8
            if lo <= value * factor <= hi:
                return round(value * factor, 4)
    if (
        col in _age_columns(idx) and isinstance(hi, (int, float)) and isinstance(lo, (int, float)) and 0 < lo < hi <= 12
        and value > hi + 1 and 12 <= value <= 120 and not _whole_numbered(idx.column(col))
    ):  # fmt: skip  # (not children's ages 0 to 12 in whole years)
        scale = 10 if lo <= value / 10 <= hi + 1 else 100 if value / 100 <= hi else 1  # ages kept in decades (3.5 is 35)
        return value / scale if scale > 1 else value  # or in hundreds of years
    spoken = {"thousand": 1_000, "thousands": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 10**9,
              "billions": 10**9}.get(unit or "")  # fmt: skip
    if spoken and isinstance(hi, (int, float)) and value * spoken > hi and value < 1000:
        value = value * spoken  # "more than 20 million people", the scale word left after the number
    if isinstance(hi, (int, float)) and isinstance(lo, (int, float)) and hi > 0 and value > (5 if value >= 100_000 else 100) * hi:
        for scale in (1_000, 1_000_000, 1_000_000_000):  # "2000 million pounds" over a column kept in millions, "more
            kept = round(value / scale, 3)  # than 10 million people" over thousands, "$14.5k" over prices in thousands
            if kept == value / scale and lo <= kept <= 1.5 * hi:
                return int(kept) if float(kept).is_integer() else kept
    return int(value) if isinstance(value, float) and value.is_integer() and spoken else value


def _band_filters(q: Question, idx: _TableIndex, consumed: set[int]) -> tuple[list[Filter], set[int]]:
    """ "Drivers over 35" over a text column of bands ('<25', '25-29', '>35'): the band written as the question says it."""
    out: list[Filter] = []
    numbers: set[int] = set()
    for c in re.finditer(
        r"\b(over|above|older than|more than|under|below|younger than|less than)\s+(\d{1,3})\b(?!\s*[-.,\d])", q.lower
    ):
        up = c.group(1) in ("over", "above", "older than", "more than")
        n = c.group(2)
        shapes = {f">{n}", f"> {n}", f"{n}+", f"over {n}", f"{n} and over", f"{n} or more"} if up else {
            f"<{n}", f"< {n}", f"under {n}", f"less than {n}", f"below {n}"
        }  # fmt: skip
        hits = [
            (col.name, v)
            for col in idx.table.columns
            if col.kind == "text"
            for v in col.values
            if str(v).strip().lower() in shapes
        ]
        if len(hits) == 1:
            out.append(Filter(ColRef(hits[0][0]), "=", hits[0][1]))
            at = q.token_at(c.start())
            consumed.update(range(at, at + len(c.group(0).split())))
            numbers.add(q.token_at(c.start(2)))
    return out, numbers


# (not "over" and "under": "life expectancy over the years" is a series, not a comparison with the year)
_GREATER = frozenset(
    {"more", "greater", "higher", "larger", "bigger", "above", "exceeds", "exceeded", "exceeding", "exceed", "ahead", "better"}
)
_LESS = frozenset({"less", "fewer", "lower", "smaller", "below", "behind", "worse"})
_POINTERS = frozenset({"the", "its", "their", "it", "they", "his", "her", "was", "were", "did", "had", "has", "is"})
_PLACE_PREPS = frozenset({"at", "on", "in", "during"})


def _column_comparisons(q: Question, idx: _TableIndex, m: Mentions, consumed: set[int]) -> list[Filter]:
    """Rows where one column is above another: "days the stock closed higher than it opened", "more wins than losses".

    Both sides must name a numeric column of the table (no number follows the comparison word), so "higher than 30"
    and "higher than Texas" stay value conditions.
    """
    at: dict[int, list[str]] = {}
    for name, pos in m.columns.items():
        col = idx.column(name)
        if (
            (col.is_numeric or col.is_temporal)
            and name not in idx.id_cols
            and name not in idx.flags
            and name != _year_column(idx)
        ):
            for p in pos:
                at.setdefault(p, []).append(name)

    def best(p: int, near: range = range(0)) -> str | None:
        names = at.get(p, [])  # ("gave up more points than they scored": of the points, those the verb before names)
        return (
            max(names, key=lambda n: (any(k in at and n in at[k] for k in near), m.column_score.get(n, 0.0), -len(n)))
            if names
            else None
        )

    def pair(p: int) -> str | None:  # "SAT math" over `sat_m` beside `sat_v`: the one column both words name
        names = [n for n in at.get(p, []) if n in at.get(p + 1, [])]
        return names[0] if len(names) == 1 else None

    out: list[Filter] = []
    tokens = q.tokens
    for i, tok in enumerate(tokens):
        if (tok not in _GREATER and tok not in _LESS) or i in consumed:
            continue
        op = ">" if tok in _GREATER else "<"
        j = i + 1
        if tokens[j : j + 1] and tokens[j] in _PLACE_PREPS and best(j + 1) and tokens[j + 2 : j + 3] == ["than"]:
            j += 1  # "smoke more at weekends than on weekdays": the two columns named after their prepositions
        elif tokens[j : j + 2] in (["on", "the"], ["in", "the"]) and best(j + 2) and "than" in tokens[j + 3 : j + 5]:
            j += 2  # "did better on the oral part than on the written part": the first column after its article
        left: str | None = None
        left_at = -1
        if pair(j) and tokens[j + 2 : j + 3] == ["than"] and pair(j + 3) and pair(j + 3) != pair(j):
            out.append(Filter(ColRef(pair(j)), op, ColRef(pair(j + 3))))  # type: ignore[arg-type]
            consumed.update(range(i, j + 5))
            continue  # "a higher SAT math than SAT verbal"
        if best(j) and j + 1 < len(tokens) and tokens[j + 1] == "than":  # "more wins than losses"
            left, left_at, j = best(j, range(max(0, i - 3), i)), j, j + 2
        elif (
            best(j)
            and j + 2 < len(tokens)
            and tokens[j + 2] == "than"
            and tokens[j + 1].isalpha()
            and (not best(j + 1) or tokens[j + 1] in tokens[j + 3 : j + 6])
        ):  # ("on the oral part than on the written part")
            left, left_at, j = best(j), j, j + 3  # "more silver medals than gold medals": the noun both share
        elif j < len(tokens) and (tokens[j] == "than" or (tok == "ahead" and tokens[j] == "of")):
            j += 1  # "more than", "leave ahead of remain"
        elif tokens[j + 1 : j + 2] == ["than"] and tokens[j] in _PRICED_ADJ:
            j += 2  # "Dubai crude more expensive than Brent": the adjective says which way, the columns are around it
        while j < len(tokens) and (tokens[j] in _POINTERS or (tokens[j] in _PLACE_PREPS and best(j + 1))):
            j += 1
        if j >= len(tokens) or re.match(r"-?\d", tokens[j]):
            continue
        right = best(j)
        if right is None and j + 1 < len(tokens) and best(j + 1) and tokens[j] in tokens[max(0, i - 4) : i]:
            j += 1  # "US exports greater than US imports": the word both sides share, said again
            right = best(j)
        if left is None:
            near = [p for p in range(max(0, i - 3), i) if best(p) and p not in consumed]
            left, left_at = (best(near[-1]), near[-1]) if near else (None, -1)
            named = [n for n in at.get(left_at, []) if n != right and all(n in at.get(p, []) or not at.get(p) for p in near)]
            if len(near) > 1 and len(named) == 1:
                left = named[0]  # "robusta coffee cost more than arabica": the column both words before name
        if left is None and set(tokens[max(0, i - 3) : i]) & {"sold", "sell", "sells", "cost", "costs", "priced", "fetched"}:
            priced = [
                c.name for c in idx.table.columns
                if c.is_numeric and c.name not in idx.derived and set(idx.col_meaning[c.name]) & {"price", "cost"}
            ]  # fmt: skip
            if len(priced) == 1:  # "houses that sold for more than their assessed value": the price
                left, left_at = priced[0], i - 1
        if not left or not right or left == right:
            continue
        l_col, r_col = idx.column(left), idx.column(right)
        if l_col.is_numeric != r_col.is_numeric:
            continue
        out.append(Filter(ColRef(left), op, ColRef(right)))
        consumed.update({left_at, *range(i, j + 1)})
        consumed.update(k for k in range(left_at + 1, i) if tokens[k] in _COST_VERBS)  # ("cost more than")
    return out


_PRICED_ADJ = frozenset({"expensive", "costly", "pricey", "pricier", "valuable"})
_COST_VERBS = frozenset({"cost", "costs", "costed", "priced", "sold", "sell", "sells", "traded", "fetched", "was", "were"})


_TALLER = frozenset({"older", "taller", "heavier", "longer", "wider", "bigger", "larger", "faster", "richer", "stronger",
                     "deeper", "hotter", "warmer"})  # fmt: skip
_SHORTER = frozenset({"younger", "shorter", "lighter", "narrower", "smaller", "slower", "poorer", "weaker", "colder"})


def _paired_comparisons(q: Question, idx: _TableIndex, m: Mentions, filters: list[Filter], consumed: set[int]) -> list[Filter]:
    """ "Couples where the wife is taller than her husband", "a husband older than his wife" over `ht_wife`/`ht_husband`
    and `age_husband`/`age_wife`: the comparative names the measure, the nouns around it which of its columns."""
    out: list[Filter] = []
    toks = q.tokens
    for i, tok in enumerate(toks):
        if (tok not in _TALLER and tok not in _SHORTER) or toks[i + 1 : i + 2] != ["than"] or i in consumed:
            continue
        if re.match(r"\s*-?\d", " ".join(toks[i + 2 : i + 3])):
            continue  # "taller than 1800 mm": a value
        family = [c for c, pos in m.columns.items() if i in pos and idx.column(c).is_numeric and c not in idx.flags]
        if len(family) < 2:
            continue

        def plainest(side: list[str]) -> list[str]:  # "his wife": `age_wife`, not `age_wife_at_marriage`
            fewest = min((len(idx.col_meaning[c]) for c in side), default=0)
            return [c for c in side if len(idx.col_meaning[c]) == fewest]

        before = plainest([c for c in family if any(i - 4 <= p < i for p in m.columns[c])])
        after = plainest([c for c in family if any(i + 1 < p <= i + 5 for p in m.columns[c])])
        if len(before) != 1 or len(after) != 1 or before[0] == after[0]:
            continue
        if any(f.col.column in (before[0], after[0]) for f in filters):
            continue
        out.append(Filter(ColRef(before[0]), ">" if tok in _TALLER else "<", ColRef(after[0])))
        consumed.update(range(i, i + 2))
    return out


_WON = frozenset({"win", "won", "wins", "winning", "victory", "victories", "beat"})
_LOST = frozenset({"lose", "lost", "losses", "losing", "loss", "defeat", "defeats", "defeated"})
_MARGIN_WORDS = frozenset({"margin", "diff", "differential", "difference", "spread"})
_OPPONENT_WORDS = frozenset({"opp", "opponent", "opponents", "opposition"})


def _margin_like(column: str, idx: _TableIndex) -> bool:
    """A game's margin (`WinMargin`, `PtDiff`) or a result signed for a win or a loss (`WinLoss` 1 or -1)."""
    words = set(idx.col_meaning[column])
    return bool(words & _MARGIN_WORDS) or ({"win", "loss"} <= words and (idx.column(column).min or 0) < 0)


def _won_or_lost(q: Question, idx: _TableIndex, m: Mentions, consumed: set[int]) -> list[Filter]:
    """ "Games I won" over a game's margin (`WinMargin` > 0) or its two scores (`Points` > `OppPoints`), where no value
    or yes/no column says who won."""
    at = next((i for i, t in enumerate(q.tokens) if (t in _WON or t in _LOST) and i not in consumed), None)
    if at is None or any(s <= at < e for s, e, _, _ in m.values):
        return []
    won = q.tokens[at] in _WON
    flagged = [c for c, pos in m.columns.items() if at in pos and c in idx.flags]
    if len(flagged) == 1 and any(w.startswith("win") for w in idx.col_meaning[flagged[0]]):
        consumed.add(at)  # "games Grinnell won" over a yes/no `WinLoss`: its yes
        truth = idx.flags[flagged[0]]
        return [Filter(ColRef(flagged[0]), "=", truth if won else _flag_false(idx.column(flagged[0]), truth))]
    if any(
        at in pos and (c in idx.flags or idx.column(c).kind == "text" or len(pos) > 1 or not _margin_like(c, idx))
        for c, pos in m.columns.items()
    ):
        return []  # a result 'W'/'L' or a count of `wins` says it; "the win margin" names a column
    op = ">" if won else "<"
    numeric = [c.name for c in idx.table.columns if c.is_numeric and c.name not in idx.id_cols]
    margins = [c for c in numeric if _margin_like(c, idx)]
    said = [c for c in margins if at in m.columns.get(c, ())]
    winning = [c for c in margins if "win" in idx.col_meaning[c]]
    margins = said if len(said) == 1 else winning if len(winning) == 1 else margins  # (`WinLoss` beside a `PtDiff`)
    pairs = [
        (a, b) for a in numeric for b in numeric
        if a != b and idx.col_meaning[b][:1] and idx.col_meaning[b][0] in _OPPONENT_WORDS
        and idx.col_meaning[b][1:] == idx.col_meaning[a]
    ]  # fmt: skip
    if len(margins) == 1:
        got = Filter(ColRef(margins[0]), op, 0)
    elif len(pairs) == 1:
        got = Filter(ColRef(pairs[0][0]), op, ColRef(pairs[0][1]))
    else:
        return []
    consumed.add(at)
    for c, pos in list(m.columns.items()):
        if pos == [at]:  # (`WinMargin` named by "win" only: the condition, not a figure asked for)
            del m.columns[c]
            m.column_score.pop(c, None)
    return [got]


_SHARE_WORDS = {"half": 0.5, "a half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "a fifth": 0.2, "a tenth": 0.1}
_SHARE_OF_ROWS = re.compile(
    r"\b(more than|over|above|at least|less than|under|below|at most)\s+(half|a half|a third|a quarter|a fifth|a tenth|"
    r"\d+(?:\.\d+)?(?:%| percent))\s+of\s+(?:the\s+|its\s+|their\s+)?(\w+\s+)?(?:who\s+|that\s+)?(?:are|is|were|was)\s+(\w+)"
)


def _numeric_filters(q: Question, idx: _TableIndex, m: Mentions, consumed: set[int], banded: set[int]) -> list[Filter]:
    out: list[Filter] = []
    text = q.lower
    spans: list[tuple[int, int]] = []
    between = re.finditer(  # also "in the 70 to 180 mg/dL range"
        rf"\b(?:between|aged|ages|from|in\s+the(?=\s+[\d.,]+\s+to\s+[\d.,]+\s*%?\s*(?:[\w/]+\s+)?(?:range|band|bracket)\b))"
        rf"\s+{_NUM}%?\s*(\w+)?\s+(?:and|to)\s+{_NUM}%?\s*(\w+)?",
        text,
    )
    for b in between:
        lo, hi = _num(b.group(1)), _num(b.group(3))
        unit = b.group(2) if b.group(2) not in ("and",) else None
        unit = unit or ("%" if "%" in b.group(0) else None) or b.group(4)  # "between 45% and 50%" (then "in 2015")
        if unit in ("inclusive", "exclusive", "included", "both", "inclusively"):
            unit = None  # "between 3 and 6, inclusive": how the ends count, not a unit
        if _is_year(lo, idx) and _is_year(hi, idx) and (_date_column(idx) or _year_column(idx)):
            continue
        if (b.group(2) in MONTHS or b.group(4) in MONTHS) and _date_column(idx):
            continue  # "from 1 May to 6 May": days, read with the dates
        aged = [c.name for c in idx.table.columns if c.is_numeric and "age" in _split_name(c.name) and c.name not in idx.id_cols]
        if b.group(0).startswith(("aged", "ages")) and not aged:
            continue  # "women aged 25 to 29" over a table with no age: nothing to compare, left unread
        names = {c.name for c in idx.table.columns}
        if {b.group(1).replace(",", ""), b.group(3).replace(",", "")} <= names:
            continue  # "between 1960 and 2011" over a column per year: a range of columns, not of values
        col = aged[0] if b.group(0).startswith(("aged", "ages")) and aged else _column_for_number(q, idx, m, b.start(), unit)
        unit_at = q.token_at(b.start(4)) if b.group(4) else -1
        after = [c for c, pos in m.columns.items() if unit_at in pos and c == idx.generic_measure]
        if len(after) == 1 and col not in after:  # "between 15 and 20 accidents" over a column `y`: the word it was read as
            col = after[0]
        if col:  # "between 50 and 100 billion" over a column kept in billions; "aged 20 to 39": the age (group start)
            out.append(Filter(ColRef(col), "between", _as_stored(idx, col, lo, unit), _as_stored(idx, col, hi, unit)))
            spans.append(b.span())
    for r in re.finditer(rf"\b{_NUM}\s*(?:to|through|thru|-)\s*{_NUM}\s+(years?|hours?|months?|weeks?|days?)\s+of\s+\w+", text):
        if any(s <= r.start() < e for s, e in spans):
            continue  # "10 to 20 years of experience": the column the words after the unit name
        col = _column_for_number(q, idx, m, r.start(), r.group(3))
        if col and _num(r.group(1)) < _num(r.group(2)):
            out.append(Filter(ColRef(col), "between", _num(r.group(1)), _num(r.group(2))))
            spans.append(r.span())
    for r in re.finditer(rf"\b([a-z_]+)\s+{_NUM}\s*(?:to|through|thru|-)\s*(?:\1\s+)?{_NUM}\b", text):
        if any(s <= r.start() < e for s, e in spans) or r.group(1) in STOP or r.group(1) in ("between", "from", "aged", "ages"):
            continue  # "in rounds 10 to 20", "weeks 5-8": the column named right before the range
        lo, hi = _num(r.group(2)), _num(r.group(3))
        named = [
            n
            for n in idx.col_words
            if idx.column(n).is_numeric and n not in idx.id_cols and _names_word(r.group(1), idx.col_words[n])
        ]
        if len(named) == 1 and lo < hi and not (_is_year(lo, idx) and named[0] != _year_column(idx)):
            out.append(Filter(ColRef(named[0]), "between", lo, hi))
            spans.append(r.span())
    # "a spread of 20 points or more": read as "20 or more points" (the same length, so positions still match tokens)
    text = re.sub(
        r"\b(\d[\d,.]*)\s+(years?)\s+(old)\s+or\s+(older|younger|newer|more|less)\b",
        lambda mt: f"{mt.group(1)} or {mt.group(4)} {mt.group(2)} {mt.group(3)}",
        text,
    )  # "3 years old or newer"
    text = re.sub(rf"\b(\d[\d,.]*)\s+([a-z]+)\s+or\s+(more|less|fewer|greater|higher|lower|above|below|over|under|{_OR_SIZE})\b",
                  lambda mt: f"{mt.group(1)} or {mt.group(3)} {mt.group(2)}" if mt.group(2) not in STOP else mt.group(0), text)  # fmt: skip
    for c in re.finditer(
        rf"{_NUM}\s+(?:or|and)\s+({_OR_UP}|{_OR_DOWN})\b"
        r"(?!\s+than\b)(?:\s+([a-z_]+))?",  # (not "over 50000 and more than 30%": a second condition)
        text,
    ):
        # "3 or more bedrooms"; "a composition score of 15 or more"; "aged 65 and over": the column named before
        if any(s <= c.start() < e for s, e in spans):
            continue
        if _flag_numbered(idx, m, c.group(1)):
            continue
        col = _column_for_number(q, idx, m, c.end() if c.group(3) else c.start(), c.group(3))
        ages = [a.name for a in idx.table.columns if a.is_numeric and "age" in idx.col_words[a.name]]
        if ages and re.search(r"\b(?:aged?|ages)\s*$", text[: c.start()]):
            col = ages[0]  # "people aged 65 and over"
        if col:
            up = re.fullmatch(_OR_UP, c.group(2)) is not None
            if c.group(2) in ("newer", "older") and _is_year(_num(c.group(1)), idx):
                up = c.group(2) == "newer"  # "model year 2000 or newer": later years (an age's "or newer" is younger)
            out.append(Filter(ColRef(col), ">=" if up else "<=", _as_stored(idx, col, _num(c.group(1)), c.group(3))))
            spans.append(c.span())
            consumed.update(range(q.token_at(c.start(2)), q.token_at(c.end() - 1) + 1))  # (not a `Short` flag)
    eq = re.search(r"\b(north|south)\s+of\s+the\s+equator\b", text)
    lat = next((c.name for c in idx.table.columns if c.is_numeric and c.name.lower() in ("lat", "latitude")), None)
    if eq and lat:  # "cities south of the equator": a negative latitude
        out.append(Filter(ColRef(lat), ">" if eq.group(1) == "north" else "<", 0))
        spans.append(eq.span())
    half = re.search(r"\b(north|south|east|west)(?:ern)?\s+hemisphere\b", text)
    lon = next(
        (c.name for c in idx.table.columns if c.is_numeric and c.name.lower() in ("lon", "long", "lng", "longitude")), None
    )
    axis = (lat if half.group(1) in ("north", "south") else lon) if half else None
    if half and axis:  # "stations in the southern hemisphere": a negative latitude; "the western": a negative longitude
        out.append(Filter(ColRef(axis), ">" if half.group(1) in ("north", "east") else "<", 0))
        spans.append(half.span())
    for c in re.finditer(r"\b(after|before|since|until|through)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\s+(\w+)", text):
        at = q.token_at(c.start(3))  # "after the 4th period", "before the 10th round": that numbered column
        named = [n for n, pos in m.columns.items() if at in pos and idx.column(n).kind == "integer"]
        if len(named) == 1:
            op = {"after": ">", "before": "<", "since": ">=", "until": "<=", "through": "<="}[c.group(1)]
            out.append(Filter(ColRef(named[0]), op, int(c.group(2))))
            spans.append(c.span())
    for c in _SHARE_OF_ROWS.finditer(text):  # "where more than half of the residents are black": the share column
        at = q.token_at(c.start(4))
        named = [n for n, pos in m.columns.items() if at in pos and idx.column(n).is_numeric and n not in idx.id_cols]
        hi = idx.column(named[0]).max if len(named) == 1 else None
        if not isinstance(hi, (int, float)) or not 0 < hi <= 100:
            continue
        share = _SHARE_WORDS.get(c.group(2)) or _num(c.group(2).rstrip("%").replace(" percent", "")) / 100
        op = {"more than": ">", "over": ">", "above": ">", "at least": ">=", "less than": "<", "under": "<", "below": "<",
              "at most": "<="}[c.group(1)]  # fmt: skip
        out.append(Filter(ColRef(named[0]), op, share if hi <= 1 else share * 100))
        spans.append((max(c.start() - 1, 0), c.end()))
        consumed.update(range(q.token_at(c.start()), at + 1))
    decade = re.search(
        r"\b(?:in\s+)?(?:(?:their|his|her|the|its)\s+(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
        r"|(?:their|his|her)\s+([2-9]0)['’]?s)\b",
        text,
    )  # (also "runners in their 30s"; "in the 80s" is a decade of years)
    aged_cols = _age_columns(idx)
    if (
        decade
        and len(aged_cols) == 1
        and not (
            _date_column(idx)
            and decade.group(1) not in ("teens", None)
            and not q.has("age", "aged", "old")
            and not re.search(r"\b(?:their|his|her)\s+\w+$", text[: decade.end()])
        )  # ("in the twenties" over dates may be the 1920s; "in their twenties" is an age)
    ):
        lo = {"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
              "eighties": 80, "nineties": 90}.get(decade.group(1) or "") or int(decade.group(2))  # fmt: skip
        top = 19 if lo == 13 else lo + 9
        if idx.column(aged_cols[0]).kind == "integer":
            out.append(Filter(ColRef(aged_cols[0]), "between", lo, top))  # "bakers in their twenties"
        else:  # an age in years and parts of a year (29.6 is in the twenties): up to the next decade
            out += [Filter(ColRef(aged_cols[0]), ">=", lo), Filter(ColRef(aged_cols[0]), "<", top + 1)]
        spans.append(decade.span())
    top = re.search(r"\b(?:at\s+|hit\s+|reached\s+)?(?:number\s+one|no\.?\s*1|#\s*1)\b", text)
    ranks = [
        c.name for c in idx.table.columns
        if c.kind == "integer" and _split_name(c.name) in (["rank"], ["ranking"], ["position"], ["place"], ["pos"]) and c.min == 1
    ]  # fmt: skip
    if top and len(ranks) == 1 and not any(f.col.column == ranks[0] for f in out):
        out.append(Filter(ColRef(ranks[0]), "=", 1))  # "weeks at number one" over a chart's `rank`
        spans.append(top.span())
    for c in re.finditer(rf"\b(more|less)\s+([a-z]{{4,}})\s+than\s+{_NUM}(?!\s*%)", text):
        at = q.token_at(c.start(2))  # "faces rated more attractive than 3" over an `Attract` rating: the rating above 3
        named = [n for n, pos in m.columns.items() if at in pos and idx.column(n).is_numeric and n not in idx.id_cols]
        if len(named) == 1 and not any(s <= c.start() < e for s, e in spans):
            out.append(Filter(ColRef(named[0]), ">" if c.group(1) == "more" else "<", _num(c.group(3))))
            spans.append(c.span())
    pcts = _percent_columns(idx)
    for c in re.finditer(
        r"\b(more than|over|above|at least|less than|under|below|at most)\s+(half|a third|a quarter)\s+of\b", text
    ):
        hi = idx.column(pcts[0]).max if len(pcts) == 1 else None
        if any(s <= c.start() < e for s, e in spans) or not isinstance(hi, (int, float)) or not 0 < hi <= 100:
            continue  # "more than half of their degrees earned by women" over one `percent_women`: above 50
        op = {"more than": ">", "over": ">", "above": ">", "at least": ">=", "less than": "<", "under": "<", "below": "<",
              "at most": "<="}[c.group(1)]  # fmt: skip
        bound = _SHARE_WORDS[c.group(2)] * (1 if hi <= 1 else 100)
        out.append(Filter(ColRef(pcts[0]), op, int(bound) if float(bound).is_integer() else round(bound, 4)))
        spans.append(c.span())
    for pattern, op in _COMPARE:
        for c in re.finditer(rf"(?:\b|\s|^){pattern}\s*{_NUM}\s*([a-z%]+)?", text):
            if any(s <= c.start() < e or s <= c.start(1) < e for s, e in spans) or q.token_at(c.start(1)) in banded:
                continue  # (not "scored 90" of "scored 90 or above": the bound is read)
            value = _num(c.group(1))
            unit = c.group(2)
            j = q.token_at(c.start(1)) - 1
            while j > 0 and (q.tokens[j] in ("of", "is", "was", "were", "than", "a", "an") or q.tokens[j] in _COMPARE_WORDS):
                j -= 1
            sized = any(  # "a sample size of more than 2000": that column, not the year 2000
                j in pos and idx.column(n).is_numeric and n != _year_column(idx) for n, pos in m.columns.items()
            )
            if (
                _is_year(value, idx)
                and (unit is None or unit in STOP)  # ("set after 1950 were": no unit)
                and (_date_column(idx) or _year_column(idx))
                and op in (">", "<", ">=", "<=")
                and not sized
            ):
                continue  # "after 2014": a date filter, handled below
            spanned = re.match(r"\s*[-–]\s*(\d{4})\b", text[c.end(1) :])
            if spanned and _is_year(value, idx) and _is_year(int(spanned.group(1)), idx):
                continue  # "total patents over 1991-1999": the years' span, read with the dates
            if _flag_numbered(idx, m, c.group(1)) or _number_names_column(q, idx, m, q.token_at(c.start(1))):
                continue
            col = _column_for_number(q, idx, m, c.start(), unit)
            if col is None:
                continue
            if col in _age_columns(idx) and _KIN_AFTER.match(text, c.end(1)):
                continue  # "more than 2 older children": how many such children, not an age above 2
            pace = re.match(r"\W*(faster|quicker|slower)\b", c.group(0))
            if pace and (unit in _TIME_UNITS or set(idx.col_meaning[col]) & {"time", "duration", "seconds", "minutes"}):
                op = "<" if pace.group(1) != "slower" else ">"  # "faster than 50 seconds": less time
            out.append(Filter(ColRef(col), op, _as_stored(idx, col, value, unit)))
            spans.append(c.span())
            tok_i = q.token_at(c.start())
            consumed.update(range(tok_i, tok_i + 5))
    # "tested at 28 days", "cured for 7 days": the column counted in that unit, equal to the number
    for c in re.finditer(
        r"\b(?:at|for)\s+(\d+)\s+(days|weeks|months|hours|minutes)\b(?!\s+(?:or|and|of|after|before|ago))", text
    ):
        if (
            any(s <= c.start(1) < e for s, e in spans)
            or q.token_at(c.start(1)) in consumed
            or any(re.search(rf"(?<!\d){c.group(1)}(?!\d)", n) for n in m.columns)
        ):
            continue  # (not "polyps at 12 months" over `number12m`: the number names the column)
        col = _named_column_for_number(q, idx, m, c.start(1) - 1, c.group(2))
        if col is not None and not any(f.col.column == col for f in out):
            out.append(Filter(ColRef(col), "=", int(c.group(1))))
            spans.append(c.span())
    # "8 cylinders", "6-cylinder cars": a count-like integer column equal to the number before its name
    unit = r"(?:(?:inch|inches|in|cm|mm|ft|gb|mb|tb|ghz|mhz|kg|lb|lbs|oz|liter|litre|l)\s*-?\s*)?"
    for c in re.finditer(rf"(?<![\w.,])(\d{{1,4}})\s*-?\s*{unit}([a-z_]+)", text):  # "a 17 inch screen" (not "L3 cache")
        if any(s <= c.start() < e for s, e in spans) or q.token_at(c.start(1)) in consumed:
            continue  # (not "the 70-90 age group": a value of its own)
        if re.search(r"\b(?:which|what|top|bottom|first|last)\s+$", text[: c.start()]) or (
            re.search(r"\bthe\s+$", text[: c.start()])
            and re.match(r"\s*\w+\s+(?:\w+\s+)?(?:most|least|\w+est)\b", text[c.end() :])
        ):
            continue  # "which 3 towns", "the 5 towns with the most": how many to list, not a value
        if c.group(2) in AGG_WORDS or c.group(2) in DIRECTIONAL or (c.group(2).endswith("est") and len(c.group(2)) > 4):
            continue  # "the 5 oldest": how many
        if _is_year(int(c.group(1)), idx) and (_date_column(idx) or _year_column(idx)):
            continue  # "inspections in 2016 scored at least 95": the year, not 2016 points
        if c.group(2) in idx.name_words or singular(c.group(2)) in idx.name_words:
            continue  # "the series 10 bakers" over bake_off_bakers: the rows, not 10 of `star_baker`
        name = _small_count_column(idx, c.group(2))
        if name is not None:
            out.append(Filter(ColRef(name), "=", int(c.group(1))))
            spans.append(c.span())
    # a number and the word of the column it is a value of: "worked 0 hours", "scored 100 points", "stores that spend 0
    # on advertising", "workers with 10 years of experience"
    for pattern, skip_consumed in _NUMBER_OF_NAMED:
        for c in re.finditer(pattern, text):
            if any(s <= c.start(1) < e for s, e in spans) or (skip_consumed and q.token_at(c.start(1)) in consumed):
                continue
            if re.search(r"\b(?:top|bottom|first|last)\s+$", text[: c.start(1)]):
                continue  # "top 3 years of education by wage": how many to list, not 3 years
            named = [
                n for n in idx.col_words
                if idx.column(n).is_numeric and n not in idx.id_cols and _names_word(c.group(2), idx.col_words[n])
            ]  # fmt: skip
            if len(named) == 1 and not any(f.col.column == named[0] for f in out):
                out.append(Filter(ColRef(named[0]), "=", _num(c.group(1))))
                spans.append(c.span())
    # "in grade 12", "grades 9, 10 and 11", "9th graders" over a text `grade` holding '9'..'12': those values as written
    for c in re.finditer(
        r"\b([a-z]+)\s+(\d{1,4}(?:\s*(?:,|and|or)\s*\d{1,4})*)\b|\b(\d{1,2})(?:st|nd|rd|th)\s+([a-z]+?)(?:ers|er)?s?\b", text
    ):
        word = c.group(1) or c.group(4)
        if not word or any(s <= c.start() < e for s, e in spans):
            continue
        numbers = re.findall(r"\d+", c.group(2) or c.group(3))
        named = [
            n for n, ws in idx.col_words.items()
            if idx.column(n).kind == "text" and (word in ws or singular(word) in ws)
            and all(x in {str(v) for v in idx.column(n).values} for x in numbers)
        ]  # fmt: skip
        if len(named) == 1 and not any(f.col.column == named[0] for f in out):
            out.append(
                Filter(ColRef(named[0]), "=", numbers[0]) if len(numbers) == 1 else Filter(ColRef(named[0]), "in", tuple(numbers))
            )
            spans.append(c.span())
    # "in grade 12", "level 3", "education level 5": a small integer column named right before the number
    for c in re.finditer(
        r"\b([a-z_]+)\s+(?:(level|grade|group|class|category|code|number|no|type)\s+)?(\d{1,4})\b(?!\s*(?:%|percent|[a-z]+est\b))",
        text,
    ):
        at = q.token_at(c.start(3))
        value = int(c.group(3))
        named = [  # "the minimum legal drinking age 21" (`mlda`), "at time 10": the numeric column whose name ends there
            n for n, pos in m.columns.items()
            if at - 1 in pos and at not in pos and c.group(3) not in n and idx.column(n).is_numeric and n not in idx.id_cols
            and n != _year_column(idx)
            and isinstance(idx.column(n).min, (int, float)) and idx.column(n).min <= value <= idx.column(n).max  # type: ignore[operator]
        ] if not c.group(2) else []  # fmt: skip
        if (
            any(s <= c.start(3) < e for s, e in spans)
            or (c.group(1) in STOP and not c.group(2) and len(named) != 1)
            or at in consumed
            or any(at in pos and c.group(3) in _split_name(n) for n, pos in m.columns.items())
        ):
            continue  # (not "post-test 3" over `post.test.3`: the number names the column)
        name = (_small_count_column(idx, c.group(1)) if c.group(2) and c.group(1) not in STOP else None) or _small_count_column(
            idx, c.group(2) or c.group(1)
        )
        if name is None and len(named) == 1:
            name = named[0]
        if name is not None and not any(f.col.column == name for f in out):
            again = re.escape(c.group(2) or c.group(1))  # ("day 1 vs day 2": the name said again before each number)
            listed = re.match(
                rf"(?:\s*,\s*(?:{again}\s+)?\d{{1,4}}\b)*\s*,?\s*(?:and|or|vs\.?|versus)\s+(?:{again}\s+)?\d{{1,4}}\b",
                text[c.end() :],
            )
            if listed:  # "municipalities 114 and 180", "stores 3, 5 or 7": each number of the list
                values = (value, *(int(v) for v in re.findall(r"\d+", listed.group(0))))
                out.append(Filter(ColRef(name), "in", values))
                spans.append((c.start(), c.end() + listed.end()))
                continue
            out.append(Filter(ColRef(name), "=", int(c.group(3))))
            spans.append(c.span())
    # "planets with an eccentricity of 0", "students who have a score of 90": the named column equal to the number
    for c in re.finditer(
        rf"\b(?:with|has|have|had|having|got|get|gets|received|receive|earned|earn)\s+(?:an?\s+|the\s+)?([a-z_]+(?:\s+[a-z_]+)?)\s+of\s+{_NUM}\b(?!\s*(?:%|or\b|and\b))",
        text,
    ):
        if any(s <= c.start(2) < e for s, e in spans):
            continue
        tok_i = q.token_at(c.start(1))
        words = range(tok_i, tok_i + len(c.group(1).split()))
        named = [n for n, pos in m.columns.items() if set(pos) & set(words) and idx.column(n).is_numeric and n not in idx.id_cols]
        if len(named) == 1 and not any(f.col.column == named[0] for f in out):
            out.append(Filter(ColRef(named[0]), "=", _num(c.group(2))))
            spans.append(c.span())
    # "a negative nonfarm change", "positive returns"
    for c in re.finditer(r"\b(negative|positive|nonzero|non-zero)\s+((?:[a-z_]+\s+){0,3}[a-z_]+)", text):
        tok_i = q.token_at(c.start())
        best, best_span = None, 0
        for name in idx.col_words:
            pos = m.columns.get(name, [])
            low = idx.column(name).min
            if (
                c.group(1) == "positive" and isinstance(low, (int, float)) and low >= 0
                and re.search(r"\b(?:number of|average|avg|mean|median|total|maximum|max|minimum|min)\s+$", text[: c.start()])
            ):  # fmt: skip
                continue  # "the average number of positive lymph nodes" over a count of them: what it counts, all rows
            if idx.column(name).is_numeric and any(tok_i < p <= tok_i + 4 for p in pos):
                span = sum(tok_i < p <= tok_i + 4 for p in pos)  # "a negative population growth rate": the longest name
                if best is None or (span, m.column_score[name]) > (best_span, m.column_score[best]):
                    best, best_span = name, span
        if best:
            op = {"negative": "<", "positive": ">"}.get(c.group(1), "!=")
            out.append(Filter(ColRef(best), op, 0))
            consumed.update(range(tok_i, tok_i + 1))
            spans.append(c.span())
    signed = [  # "how many negative words are there" over a word list with one signed score: that score
        col.name for col in idx.table.columns
        if col.is_numeric and col.name not in idx.id_cols and isinstance(col.min, (int, float)) and col.min < 0 < col.max  # type: ignore[operator]
    ]  # fmt: skip
    for c in re.finditer(r"\b(negative|positive)\b|\b(?:go|goes|went|gone)\s+(up|down)\b(?!\s*(?:by|more|less|than|\d))", text):
        sign = c.group(1) or ("positive" if c.group(2) == "up" else "negative")  # "did the S&P 500 go up": above 0
        tok_i = q.token_at(c.start())  # "days when Google's return was negative": the column named before
        if tok_i in consumed or any(s <= c.start() < e for s, e in spans):
            continue
        before = [
            n for n, pos in m.columns.items()
            if idx.column(n).is_numeric and n not in idx.id_cols and any(tok_i - 5 <= p < tok_i for p in pos)
            and (c.group(1) or (isinstance(idx.column(n).min, (int, float)) and idx.column(n).min < 0))  # type: ignore[operator]
        ]  # fmt: skip  # (a change that can go down)
        if not before and c.group(1) and len(signed) == 1 and not any(f.col.column == signed[0] for f in out):
            before = signed
        if before:
            best = max(before, key=lambda n: (max(m.columns.get(n, [-1])), m.column_score.get(n, 0.0)))
            out.append(Filter(ColRef(best), "<" if sign == "negative" else ">", 0))
            consumed.add(tok_i)
    return out


# (pattern with the number as group 1 and the column's word as group 2, whether a number already read is skipped)
_NUMBER_OF_NAMED = (
    (
        r"\b(?:worked|spent|took|lasted|scored|had|have|has|with|got|gets|earned|show|shows|showed|record|records|recorded)\s+(\d+(?:\.\d+)?)\s+([a-z_]+)",
        False,
    ),
    (r"\b(?:spend|spends|spent|spending|paid|pay|pays)\s+(\d+(?:\.\d+)?)\s+on\s+([a-z_]+)", False),
    (r"(?:\b(?:was|were|is|are|ran|run|runs|walked|covered|of)\s+(?:exactly\s+)?|\(\s*)(\d+(?:\.\d+)?)\s+([a-z_]+)", True),
    (r"\b(\d{1,3})\s+(?:years?|months?|weeks?|days?|hours?)\s+of\s+([a-z_]+)", True),
)


def _plain_verb(word: str, idx: _TableIndex) -> bool:
    """A word after a number that is no unit and names no column ("voters under 30 went for Dole")."""
    return (
        word.isalpha()
        and not any(_hits_column(word, ws) for ws in idx.col_words.values())
        and (word.endswith("ed") or word in ("went", "go", "goes", "are", "were", "is", "was", "have", "had", "own"))
    )


def _small_count_column(idx: _TableIndex, word: str) -> str | None:
    """The small integer column a word names ("cylinders", "grade"), for "8 cylinders" or "grade 12"."""
    for name in idx.col_words:
        col = idx.column(name)
        if (
            _whole_numbered(col)
            and (
                0 < col.distinct <= 50  # (or numbered places, many rows each: "municipalities 114 and 180")
                or (bool(set(idx.col_meaning[name]) & PLACE_CODE_NOUNS) and col.distinct < 0.5 * idx.table.row_count)
            )
            and name not in idx.id_cols
            and _names_word(word, idx.col_words[name])
        ):
            return name
    return None


_LENGTHS = frozenset({"height", "length", "width", "span", "depth", "tall", "distance"})
# What a unit measures, for a column whose name gives no unit: "taller than 160 cm" is a `height`.
_UNIT_DIMENSIONS: dict[str, frozenset[str]] = {
    "cm": _LENGTHS, "mm": _LENGTHS, "km": _LENGTHS | {"range"}, "mi": _LENGTHS | {"range"},
    "kph": frozenset({"speed", "velocity"}), "mph": frozenset({"speed", "velocity"}),
    "kg": frozenset({"weight", "mass"}), "g": frozenset({"weight", "mass"}), "lb": frozenset({"weight", "mass"}),
}  # fmt: skip

_DURATION_UNITS = frozenset({"minutes", "minute", "mins", "min", "hours", "hour", "hrs", "seconds", "secs"})
_DURATION_WORDS = frozenset({"length", "duration", "runtime", "len", "time"})
_CLOCK_UNITS = {"minutes": 60, "minute": 60, "mins": 60, "min": 60, "hours": 3600, "hour": 3600, "hrs": 3600}


_MONEY_WORDS = frozenset({"salary", "income", "wage", "wages", "pay", "price", "cost", "charges", "charge", "fare", "amount",
                          "bill", "tip", "revenue", "sales", "spend", "spending", "earnings", "rent", "fee", "fees", "budget", "profit"})  # fmt: skip


_COMPARE_WORDS = frozenset({"more", "less", "fewer", "greater", "higher", "lower", "over", "under", "above", "below", "at",
                            "least", "most", "atleast", "atmost", "exceeding", "than"})  # fmt: skip


_ENROLLED = frozenset({"enroll", "enrol", "enrollment", "enrolment", "enrolled", "enrollments"})
_EMPLOYED = frozenset({"emp", "employees", "employment", "totemp", "staff", "workforce", "headcount"})
_HEADCOUNTS = {"students": _ENROLLED, "pupils": _ENROLLED, "employees": _EMPLOYED, "workers": _EMPLOYED, "staff": _EMPLOYED}


def _flag_numbered(idx: _TableIndex, m: Mentions, number: str) -> bool:
    """ "Work 20 or more hours a week" over a yes/no `job20` the question names: the number is the flag's own."""
    return any(re.fullmatch(rf"[A-Za-z_.]+{re.escape(number)}", f) is not None and f in m.columns for f in idx.flags)


def _number_names_column(q: Question, idx: _TableIndex, m: Mentions, at: int) -> bool:
    """ "Days above 90 degrees in 2018" over `dx90_2018`: the number at token `at` is a word of the column's name the
    question was read to name, so it says which count is meant, not a bound on it."""
    return q.tokens[at].isdigit() and any(
        at in pos and len(set(pos)) > 1 and q.tokens[at] in idx.col_words[n] and idx.column(n).is_numeric
        for n, pos in m.columns.items()
    )  # (named by more than the number: "above 2" alone does not name `Lag2`)


def _column_for_number(q: Question, idx: _TableIndex, m: Mentions, pos: int, unit: str | None) -> str | None:
    """The column a number is compared with: by its unit, else the numeric column named nearest before it; an amount
    of money ("60,000 dollars", "$20 a month") goes to a money column when the words name none."""
    chosen = _named_column_for_number(q, idx, m, pos, unit)
    lead = _number_at(q, pos)
    before = q.token_at(pos + len(q.lower[pos:]) - len(q.lower[pos:].lstrip())) - 1  # (the word before the comparison)
    ages = _age_columns(idx)
    if (
        (unit is None or unit not in UNIT_WORDS) and lead and len(ages) == 1 and 0 <= before < len(q.tokens)
        and (q.tokens[before] in PEOPLE_NOUNS or _entity_noun(q.tokens[before], idx))
        and not any(s_ <= before < e_ for s_, e_, _, _ in m.values)
        and isinstance(idx.column(ages[0]).max, (int, float))
        and idx.column(ages[0]).min <= _num(lead.group(1)) <= idx.column(ages[0]).max  # type: ignore[operator]
        and re.match(r"\s*(?:under|over|below|above|older|younger)\b", q.lower[pos:])
    ):  # fmt: skip
        return ages[0]  # "bakers under 30": people younger than 30, not 30 of `star_baker`
    if chosen in idx.flags and lead and _num(lead.group(1)) not in (0, 1):
        chosen = None  # "assistant professors earned more than $55,000": not the yes/no `assist`
    if chosen is not None and _far_outside(q, idx, chosen, pos):  # "more than 100 million people": `population`, not
        near = [  # the `population_growth_rate` the same word names
            c for c, p in m.columns.items()
            if c != chosen and set(p) & set(m.columns.get(chosen, [])) and idx.column(c).is_numeric
            and c not in idx.id_cols and not _far_outside(q, idx, c, pos)
        ]  # fmt: skip
        chosen = near[0] if len(near) == 1 else chosen
    if chosen is None or _far_outside(q, idx, chosen, pos):  # "readings in experiment 5 under 800": not `Expt` (1-5)
        chosen = _sole_measure(q, idx, m, pos, unit) or chosen
    after = _unit_named(q, idx, m, pos)
    spelled = bool(after) and after in m.spelled  # ("at least 200 at-bats": `AB`)
    if chosen is None or chosen not in m.columns or spelled or (after is not None and after in idx.typed_names):
        chosen = after or chosen  # (also "more than 50 breeding pools" over `NoOfPools`, though `NoOfSites` is said before)
    top = idx.column(chosen).max if chosen else None
    if unit in ("%", "percent", "percentage", "pct") and (chosen is None or not isinstance(top, (int, float)) or top > 100):
        pcts = _percent_columns(idx)  # "how many years did women earn fewer than 20% of physics degrees" over one
        chosen = pcts[0] if len(pcts) == 1 else chosen  # `percent_women`: not the year, the column of percentages
    if unit in ("%", "percent", "percentage", "pct") and chosen not in _percent_columns(idx):
        named = [c for c in _percent_columns(idx) if c in m.columns]  # "at least 90% urban": `percent_urban`, not the
        chosen = named[0] if len(named) == 1 else chosen  # `pop_urban_growth_rate` "urban" names as well
    signed = bool(lead and re.search(r"[$€£]\s*" + re.escape(lead.group(1)[:2]), q.asked))  # "under $20"
    dollars = unit in ("dollars", "dollar", "usd", "euros", "euro", "bucks")
    scaled = unit in ("k", "m", "mn", "million", "millions", "thousand", "thousands", "bn", "billion", "billions")
    if not (dollars or (signed and (unit is None or unit in STOP or scaled))):  # (also "$200k")
        return chosen
    numeric = [c.name for c in idx.table.columns if c.is_numeric and c.name not in idx.id_cols]
    money = [c for c in numeric if set(idx.col_meaning[c]) & _MONEY_WORDS]
    if not money and (chosen is None or chosen not in m.columns or chosen == _year_column(idx)):  # (`totalbill`, glued to
        money = [c for c in numeric if c.lower().endswith(("bill", "bills", "price", "cost", "amount", "rinc", "income"))]
        # (their use; `realrinc`: real personal income)
    totals = [c for c in money if c.lower().startswith("total") or "total" in idx.col_meaning[c]]
    if len(money) > 1 and len(totals) == 1 and chosen not in money and not any(c in m.columns for c in money):
        money = totals  # "bills over $200" over `totalbill`, `gasbill` and `elecbill`: the whole bill
    rate = q.phrase(r"\b(?:a|per|each|every)\s+(month|year|week|day)\b")  # "100 dollars a month": the monthly one
    if rate and (chosen in money or chosen is None):
        period = {"month": "monthly", "year": "annual", "week": "weekly", "day": "daily"}[rate.group(1)]
        timed = [
            c for c in money if set(idx.col_meaning[c]) & {rate.group(1), period, "yearly" if period == "annual" else period}
        ]
        if len(timed) == 1:
            return timed[0]
    guessed = signed and chosen not in m.columns and len(money) == 1  # "houses under $250,000": no column said, the price
    sold = [c for c in money if any(SALE_VERBS.get(t) in idx.col_meaning[c] for t in q.tokens)]
    if (
        money
        and chosen not in money
        and (len(sold) == 1 or (chosen is not None and (idx._time_part(chosen) or chosen == _year_column(idx))))
    ):  # (an amount of money is never a year: "earn more than $100,000 a year")
        return sold[0] if len(sold) == 1 else money[0]  # "sold for under $100,000": the `SalePrice`, not `YearSold`
    if chosen is not None and (chosen in money or not dollars) and not guessed:
        return chosen  # ("a median price of at least $250,000": the `median` the words name)
    said = sorted((c for c in money if c in m.columns), key=lambda c: -m.column_score.get(c, 0.0))
    if len(said) > 1 and m.column_score.get(said[0], 0.0) > m.column_score.get(said[1], 0.0):
        said = said[:1]
    return (said or money)[0] if len(said) == 1 or len(money) == 1 else chosen


def _age_columns(idx: _TableIndex) -> list[str]:
    """The numeric columns called just `age`: what "in their twenties" and "bakers under 30" compare."""
    return [c.name for c in idx.table.columns if c.is_numeric and _split_name(c.name) in (["age"], ["ages"])]


def _percent_columns(idx: _TableIndex) -> list[str]:
    """The numeric columns named as percentages or shares (`percent_women`, `vote_share`)."""
    return [
        c.name for c in idx.table.columns
        if c.is_numeric and set(_split_name(c.name)) & {"percent", "pct", "percentage", "share", "proportion"}
    ]  # fmt: skip


def _unit_named(q: Question, idx: _TableIndex, m: Mentions, pos: int) -> str | None:
    """ "Trading for at least 10 years" over a column called `years` (and an `age` the unit would pick): the column
    the word after the number names whole, when no column is named otherwise."""
    number = _number_at(q, pos)
    k = q.token_at(number.end()) if number else -1
    if not 0 <= k < len(q.tokens) or re.search(r"\b(?:older|younger|aged?|ages|old)\b", q.lower[max(0, pos - 12) : pos + 24]):
        return None
    said = [c for c, p in m.columns.items() if k in p]
    if not said and k + 1 < len(q.tokens) and q.tokens[k] not in STOP and q.tokens[k].isalpha():
        later = [c for c, p in m.columns.items() if k + 1 in p and idx.column(c).is_numeric and c not in idx.id_cols]
        if len(later) == 1 and later[0] in idx.typed_names and q.tokens[k + 1] in idx.col_words[later[0]]:
            return later[0]  # "more than 50 breeding pools" over `NoOfPools`: the count the words after the number name
    if len(said) == 1 and idx.column(said[0]).is_numeric and q.tokens[k] in (said[0].lower(), said[0].lower() + "s"):
        return said[0]
    if len(said) == 1 and idx.column(said[0]).is_numeric and said[0] in m.spelled:
        return said[0]  # "at least 200 at-bats" over `AB`: the acronym the words after the number spell
    if q.tokens[k] in ("years", "months", "weeks", "days", "hours"):  # "at least 10 years tenure", "20 years of
        j = k + 2 if q.tokens[k + 1 : k + 2] == ["of"] else k + 1  # experience": the column the span is of
        held = [c for c, p in m.columns.items() if j in p and idx.column(c).is_numeric and c not in idx.id_cols]
        if len(held) == 1:
            return held[0]
    return None


def _far_outside(q: Question, idx: _TableIndex, column: str, pos: int) -> bool:
    """The number is nowhere near the column's values (800 against experiments numbered 1 to 5)."""
    number = _number_at(q, pos)
    lo, hi = idx.column(column).min, idx.column(column).max
    if number is None or not isinstance(lo, (int, float)) or not isinstance(hi, (int, float)):
        return False
    value, span = _num(number.group(1)), max(hi - lo, 1)
    return not lo - 10 * span <= value <= hi + 10 * span


def _sole_measure(q: Question, idx: _TableIndex, m: Mentions, pos: int, unit: str | None) -> str | None:
    """ "How many measurements were at least 950" over runs of one measured speed: the only measure the rows have,
    when the question names no column and the number lies within its values."""
    if unit is not None:
        return None
    number = _number_at(q, pos)
    measures = [
        c for c in idx.table.columns
        if c.is_numeric and c.name not in idx.id_cols and c.name not in idx.flags and c.distinct > 12
        and c.name != _year_column(idx) and c.name.lower() not in PERSON_NUMBER_NAMES  # (not the `Subject` number)
        and not (c.kind == "integer" and c.min in (0, 1) and isinstance(c.max, int) and c.max <= c.distinct + 1)
    ]  # fmt: skip  # (not a counter numbering the runs 1..20)
    if len(measures) > 1:  # "readings over 200" of glucose_readings: its `glucose_mg_dl`, not the sensor's signal
        measures = [c for c in measures if c.name == idx.own_measure]
    if number is None or len(measures) != 1 or measures[0].name in m.columns or not isinstance(measures[0].min, (int, float)):
        return None
    value = _num(number.group(1))
    return measures[0].name if measures[0].min <= value <= measures[0].max else None  # type: ignore[operator]


def _named_column_for_number(q: Question, idx: _TableIndex, m: Mentions, pos: int, unit: str | None) -> str | None:
    numeric = [c.name for c in idx.table.columns if c.is_numeric and c.name not in idx.id_cols]
    ages = [c for c in numeric if "age" in idx.col_words[c]]
    age = ages[0] if ages else None
    after_unit = (
        re.match(
            r"[^\d]{0,20}?\d[\d,.]*(?:\s*(?:and|to|-)\s*\d[\d,.]*)?\s*(?:years?|hours?|months?|days?|inch(?:es)?|feet|foot|"
            r"miles?|mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|pounds?|lbs?|kg|grams?)\s+of\s+(\w+)",
            q.lower[pos:],
        )
        if unit
        else None
    )
    if after_unit:  # "at least 16 years of education": the education column, counted in years
        named = [c for c in numeric if _names_word(after_unit.group(1), idx.col_words[c])]
        if named:  # (the mother's `meducation` over `education` when the question says "a mother with")
            return max(named, key=lambda c: (len(m.columns.get(c, ())), -named.index(c)))
    number = _number_at(q, pos)
    share_of = (
        re.match(r"\s*(?:(?:%|percent)\s+of|(?:points?\s+)?on)\s+(?:the|their|its|his|her)\s+(\w+)", q.lower[number.end() :])
        if number
        else None
    )
    if share_of and number:  # "at least 60% of the vote", "scored at least 25 on the ACT": the column the noun names
        at = q.token_at(number.end() + share_of.start(1))
        named = [c for c in numeric if at in m.columns.get(c, ())]
        if len(named) == 1:
            return named[0]
    k = q.token_at(number.end()) if number else -1
    unit_word = (
        q.singles[k] in TIME_GRAIN_NOUNS
        or q.tokens[k] in _DURATION_UNITS
        or q.tokens[k] in UNIT_QUESTION_WORDS
        or (q.tokens[k] in ("percent", "pct") and k >= 1 and q.tokens[k - 1][:1].isdigit())  # "above 8 percent": a unit
        if 0 <= k < len(q.tokens)
        else True
    )
    if 0 <= k < len(q.tokens) and not unit_word and q.tokens[k] not in STOP:
        named_after = [c for c in numeric if k in m.columns.get(c, [])]  # "more than 20 home runs": `HmRun`, named after it
        done = [  # "more than 3 seeds taken": the participle after the noun names the column (`taken`, not `seeds`)
            c for c in numeric
            if m.columns.get(c) == [k + 1] and re.fullmatch(r"[a-z]{3,}(?:en|ed)", q.tokens[k + 1] if k + 1 < len(q.tokens) else "")
        ]  # fmt: skip
        if named_after and len(done) == 1:
            return done[0]
        if named_after:

            def run(c: str) -> int:
                n = 0
                while k + n in m.columns[c]:
                    n += 1
                return n

            return max(named_after, key=lambda c: (run(c), len(m.columns[c]), m.column_score.get(c, 0)))
    if unit in ("%", "percent") and 0 <= k < len(q.tokens):  # "more than 15% with an advanced degree": the `Adv` named
        ahead = [
            c for c in numeric
            if any(
                k <= p <= k + 3 and not {"and", "or", "but"} & set(q.tokens[k:p]) and q.tokens[p] not in ("percent", "pct")
                for p in m.columns.get(c, [])
            )
        ]  # fmt: skip  # after the share (not "at least 70% and takings above 500": the next condition's column)
        just = q.token_at(pos) - 1
        if len(ahead) == 1 and not (
            just >= 0 and q.tokens[just] not in STOP and any(just in m.columns.get(c, []) for c in numeric)
        ):
            return ahead[0]  # (but "inflation above 5% and unemployment above 6%": each named just before its number)
    if age and unit in ("years", "year", "yrs", "yo"):
        counted_in_years = [
            c for c in numeric
            if c != age and idx.col_words[c] & {"yrs", "years", "year", "yr"}
            and any(q.tokens[p] not in ("years", "year", "yrs", "yr") for p in m.columns.get(c, []))
        ]  # fmt: skip  # "married for more than 10 years": `yrs_married`, which the question names, not the age
        return max(counted_in_years, key=lambda c: m.column_score.get(c, 0)) if counted_in_years else age
    tok_at = q.token_at(pos)
    before = [t for t in q.tokens[max(0, tok_at - 4) : tok_at] if t not in _BE_VERBS]
    lead = _number_at(q, pos)
    if (
        age and (unit is None or unit in STOP or unit in ("years", "yrs") or _plain_verb(unit, idx))
        and before and tok_at < len(q.tokens) and q.tokens[tok_at] in _COMPARE_WORDS
        and singular(before[-1]) in _PEOPLE_SINGULAR and lead and 0 < _num(lead.group(1)) <= 110
    ):  # fmt: skip
        return age  # "how many people were under 15": their age, even beside a `people` count column
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
    if idx.weight and unit and (singular(unit) in _PEOPLE_SINGULAR or unit in idx.values or _entity_noun(unit, idx)):
        return idx.weight  # "jobs with more than 1 million women": the frequency table's counts, not a measure
    if unit in ("years", "year", "months", "weeks", "days") and q.phrase(
        r"\b(?:last|lasts|lasted|lasting|long|longer|went on|go on|goes on|ran|run|runs|running)\b"
    ):  # ("strikes that went on for more than 30 days": the `duration`)
        durations = [c for c in numeric if idx.col_words[c] & _DURATION_WORDS]
        if len(durations) == 1:  # "spells that lasted more than 20 years": the `duration`, not the start year
            return durations[0]
    if unit in _DURATION_UNITS and not any(idx.col_units.get(c) for c in numeric):
        durations = [c for c in numeric if idx.col_words[c] & _DURATION_WORDS]
        if len(durations) == 1:  # "movies that run between 90 and 120 minutes": the `length`, in no unit its name says
            said = m.columns.get(durations[0], [])
            modifier = [  # (but "a net time under 90 minutes" over `net` beside `time`: the time the word before names)
                c for c in named_before if c != durations[0] and said and max(m.columns[c]) + 1 == min(said)
            ]  # fmt: skip
            return modifier[0] if len(modifier) == 1 else durations[0]
    if (
        age and unit in ("days", "day", "weeks", "week", "months", "month", "hours")
        and not _date_column(idx) and not any(idx.col_units.get(c) for c in numeric)
        and not any(c != age and idx.col_words[c] & (_expand(unit) | _DURATION_WORDS) for c in numeric)
        and isinstance(idx.column(age).max, (int, float)) and idx.column(age).max > 120  # type: ignore[operator]
    ):  # fmt: skip
        return age  # "samples cured for 28 days" over concrete's `age` (1-365): an age counted in days, not years
    heads = _HEADCOUNTS.get(unit or "", frozenset())
    counted = [c for c in numeric if set(idx.col_meaning[c]) & heads and c not in idx.derived]
    if len(counted) == 1:  # "colleges with more than 20,000 students": their `enroll`
        return counted[0]
    if unit:
        code = UNIT_QUESTION_WORDS.get(unit)
        if code:
            by_unit = [c for c in numeric if idx.col_units.get(c) == code]
            if len(by_unit) == 1:
                return by_unit[0]
        by_word = [c for c in numeric if idx.col_words[c] & _expand(unit)] or [
            c for c in numeric
            if c in idx.packed and c not in idx.derived and len(unit) >= 4
            and (c.lower().startswith(unit) or (len(unit) >= 6 and c.lower().startswith(unit[:4])))
        ]  # fmt: skip  # "more than 104 weeks" over `weekslast`, "3 mailings a year" over `mailsyear`
        if by_word:  # "the away team scoring more than 4 goals": `AwayGoals`, the one the question names more of
            return max(by_word, key=lambda c: m.column_score.get(c, 0))
    tok_i = tok_at
    best, best_dist = None, 99
    named_at = {p for c in numeric for p in m.columns.get(c, [])}
    for c in numeric:
        for p in m.columns.get(c, []):
            head = (  # "unemployment rate above 8": the compound's first word names the column, "rate" only qualifies it
                p + 1
                if p + 1 in named_at and p + 1 < tok_i and p + 1 not in m.columns[c] and q.tokens[p + 1] in _MEASURE_HEADS
                else p
            )
            dist = tok_i - head if head < tok_i else (head - tok_i) + 3  # "unemployment rate": one compound, best name wins
            if dist < best_dist or (dist == best_dist and best and m.column_score.get(c, 0) > m.column_score.get(best, 0)):
                best, best_dist = c, dist
    if best:
        return best
    dimension = _UNIT_DIMENSIONS.get(UNIT_QUESTION_WORDS.get(unit or "") or unit or "", frozenset())
    measured = [c for c in numeric if set(idx.col_meaning[c]) & dimension]
    if len(measured) == 1:
        return measured[0]  # "over 160 cm" over `height` (no unit in its name), "faster than 80 km/h" over `speed`
    plain = [c for c in numeric if not (idx.column(c).kind == "integer" and c.lower() in ("year", "yr"))]
    if len(plain) == 1 and unit not in ("years", "year", "yrs"):
        return plain[0]  # one numeric column: "hours below 40" can only mean it
    if age and idx.people and ((q.entity_pos is not None and _entity_noun(q.tokens[q.entity_pos], idx)) or q.has("aged", "age")):
        return age  # "how many victims were under 18"
    num = _number_at(q, pos)
    if (
        len(ages) == 1 and idx.people and (unit is None or unit in STOP) and num and 0 < _num(num.group(1)) <= 110
        and 0 < tok_i and q.tokens[tok_i - 1] in (_PEOPLE_SINGULAR | idx.name_words)
    ):  # fmt: skip
        return age  # "members over 60": the only age column of a table about people
    for t in reversed(before[-3:]):  # "tips under $2": the word read as the table's rows also names its column `tip`
        named = [c for c in numeric if t.isalpha() and t not in STOP and _names_word(t, idx.col_words[c])]
        if len(named) == 1:
            return named[0]
    verbs = {"weigh": "mass", "weighs": "mass", "weighed": "mass", "cost": "price", "costs": "price", "sold": "price",
             "sell": "price", "sells": "price", "priced": "price", "fetched": "price"}  # fmt: skip
    for t in q.tokens:
        if t in verbs:
            for c in numeric:
                if verbs[t] in idx.col_words[c] or _expand(t) & idx.col_words[c]:
                    return c
    return None


def _people_named(idx: _TableIndex, column: str) -> bool:
    """A column of people's names (a member, a player): a first name there is nobody's brand."""
    return bool(set(_split_name(column)) & {"member", "name", "player", "person", "representative", "senator", "author"})

"""The words of a question, and how they match the words of data names.

Data names abbreviate (`hp`, `wt`, `dest`), glue (`poptotal`, `lotsize`) and inflect differently from
questions. The question's normalisation (numbers, contractions, tokens) and these matching rules live
here, with no table in sight, so that every other part of the engine agrees on what a word names.
"""

from __future__ import annotations

import re

from ..intent import _split_name
from ..lexicon import (
    ABBREVIATIONS,
    AGG_WORDS,
    COLUMN_ALIASES,
    COMPARATIVES,
    DIRECTIONAL,
    FILLER_QUESTION,
    GENERIC_ROW_NOUNS,
    MONTHS,
    PEOPLE_NOUNS,
    PLACE_CODE_NOUNS,
    STOP,
    SYNONYMS,
    TIME_GRAIN_NOUNS,
    UNIT_QUESTION_WORDS,
    US_STATES,
    VALUE_SYNONYMS,
    WEEKDAYS,
    singular,
)

_LEXICON_WORDS = (
    set(STOP) | set(AGG_WORDS) | set(DIRECTIONAL) | set(SYNONYMS) | set(VALUE_SYNONYMS) | set(MONTHS) | set(WEEKDAYS)
    | {w for k in US_STATES for w in k.split()} | set(PEOPLE_NOUNS) | set(GENERIC_ROW_NOUNS) | set(TIME_GRAIN_NOUNS)
    | set(UNIT_QUESTION_WORDS) | {"average", "total", "sum", "count", "median", "percent", "percentage", "share"}
)  # fmt: skip


_PEOPLE_SINGULAR = frozenset(PEOPLE_NOUNS | {singular(w) for w in PEOPLE_NOUNS})


_SCALES = {"thousand": 1_000, "k": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000,
           "bn": 1_000_000_000, "b": 1_000_000_000}  # fmt: skip


_SCALED = re.compile(
    r"(\$\s*)?(?<![\w.,'\"])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion)\b|(k|m|mn|bn|b)\b)",
    re.IGNORECASE,
)  # ("5,000 million": the whole number, its thousands separated; a quoted '5k' is a value as written)


def _scale_numbers(text: str) -> str:
    """ "100 million", "$2.5m", "40k" -> plain numbers ("5 m" with a space stays metres)."""

    def sub(mt: re.Match[str]) -> str:
        word = (mt.group(3) or mt.group(4)).lower()
        if mt.group(4) and (word in ("m", "b") and not mt.group(1)):
            return mt.group(0)  # "5m" without a currency sign may be metres
        value = float(mt.group(2).replace(",", "")) * _SCALES[word]
        return str(int(value)) if value.is_integer() else str(value)

    if not re.search(r"\d", text):
        return text
    # "401k plans", "a 403(b)": the name of a kind of retirement plan, not 401 thousand
    text = re.sub(r"\b(?:401|403|457)\s?\(?[kb]\)?(?=[\s?.,!]|$)\s*", "", text, flags=re.IGNORECASE)
    # "between 5 and 10 million": the scale word belongs to both numbers
    text = re.sub(
        r"\b(between|from)\s+(\d+(?:\.\d+)?)\s+(and|to)\s+(\d+(?:\.\d+)?)\s*(thousand|million|billion)\b",
        r"\1 \2 \5 \3 \4 \5",
        text,
        flags=re.IGNORECASE,
    )
    # "between week 3 and week 6": the word named twice is the column the range is of
    text = re.sub(
        r"\bbetween\s+([a-z]+)\s+(\d+(?:\.\d+)?)\s+and\s+\1\s+(\d+(?:\.\d+)?)\b",
        lambda mt: mt.group(0) if mt.group(1).lower() in MONTHS else f"{mt.group(1)} between {mt.group(2)} and {mt.group(3)}",
        text,
        flags=re.IGNORECASE,
    )  # ("between January 1 and January 7" stays two dates)
    text = re.sub(r"\bbetween\s+([a-z]{3,}s)\s+(\d+(?:\.\d+)?)\s+and\s+(\d+(?:\.\d+)?)\b", r"\1 between \2 and \3", text,
                  flags=re.IGNORECASE)  # fmt: skip  # "between weeks 3 and 6"
    return re.sub(r"\$\s*(?=\d)", "", _SCALED.sub(sub, text))  # "over $500": the number


def _digits(text: str) -> str:
    """ "worked zero hours", "five largest", "a balance of zero", "spent nothing on ads": number words, as digits."""
    # "didn't have a single day above 90", "had zero days above 90": had no days above 90
    text = re.sub(r"\b(?:did|do|does)\s+not\s+(have|get|see|record)\s+(?:a\s+single|even\s+one|any)\s+(\w+)",
                  lambda mt: f"{mt.group(1)} no {mt.group(2)}", text, flags=re.I)  # fmt: skip
    text = re.sub(r"\b(had|have|has|with|having|saw|see|sees|recorded)\s+(?:zero|0)\s+(?=(?:days|weeks|months|hours)\s+"
                  r"(?:above|over|below|under|hotter|colder|warmer|with)\b)", r"\1 no ", text, flags=re.I)  # fmt: skip
    # "did better on the math test than on the verbal test", "had a math score higher than their verbal score": one
    # column above another, said the way the comparison of two columns is read ("had a higher math test than verbal test")
    text = re.sub(
        r"\b(?:did|do|does|scored|score|performed|perform)\s+(better|worse|higher|lower)\s+(?:on|in)\s+(?:the\s+|their\s+)?"
        r"([a-z][\w ]*?)\s+than\s+(?:on|in)\s+(?:the\s+|their\s+)?([a-z][\w ]*?)(?=\s*(?:[?.!,]|$))",
        lambda mt: f"had a {_BETTER.get(mt.group(1).lower(), mt.group(1))} {mt.group(2)} than {mt.group(3)}",
        text,
        flags=re.I,
    )
    text = re.sub(
        r"\b(had|have|has)\s+(?:a|an)\s+([a-z][\w ]*?)\s+(higher|lower|greater|bigger|larger|smaller)\s+than\s+"
        r"(?:their|the|its|his|her)\s+([a-z][\w ]*?)(?=\s*(?:[?.!,]|$))",
        r"\1 a \3 \2 than \4",
        text,
        flags=re.I,
    )
    spend = r"(spend|spends|spent|spending|paid|pay|pays)"
    # "don't spend anything on tobacco", "never spend any money on it", "spend nothing at all on it": 0 spent on it
    text = re.sub(rf"\b(?:(?:do|does|did)\s+not|never)\s+{spend}\s+(?:anything|any\s+money)(?:\s+at\s+all)?\s+on\s+",
                  r"\1 0 on ", text, flags=re.I)  # fmt: skip
    text = re.sub(rf"\b{spend}\s+nothing(?:\s+at\s+all)?\s+on\s+", r"\1 0 on ", text, flags=re.I)
    # "spend at least something on alcohol", "spend money on tobacco": some amount, above 0
    text = re.sub(rf"\b{spend}\s+(?:at\s+least\s+)?(?:something|some\s+money|money|anything|any\s+money)\s+on\s+",
                  r"\1 some on ", text, flags=re.I)  # fmt: skip
    # "spend 0 on tobacco and also nothing on alcohol": the verb said once, for both
    text = re.sub(rf"\b({spend}\s+(?:0|some)\s+on\s+\w+\s+(?:and|or)\s+(?:also\s+)?)(nothing|something)\s+on\s+",
                  lambda mt: f"{mt.group(1)}{mt.group(2)} {'0' if mt.group(3).lower() == 'nothing' else 'some'} on ",
                  text, flags=re.I)  # fmt: skip
    text = re.sub(  # "at least one equation", "more than one child": a bound of 1 (not "one of the", "the one with")
        r"\b(at least|at most|more than|fewer than|less than|exactly|over|above|under)\s+one\b(?!\s+(?:of|hundred|thousand|million|billion)\b)",
        r"\1 1",
        text,
        flags=re.I,
    )
    return re.sub(
        r"\b(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+[a-z]|-(?!(?:letter|digit|character|way|point)s?\b)[a-z])|\b(?:below|above|under|over|of|is|was|equals?|exactly)\s+(zero)\b",
        lambda mt: str(_NUMBER_WORDS[mt.group(1).lower()]) if mt.group(1) else mt.group(0)[: -len(mt.group(2))] + "0",
        text,
        flags=re.I,
    )


_BETTER = {"better": "higher", "worse": "lower"}
_NUMBER_WORDS = {"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12}  # fmt: skip


_TOKEN = re.compile(r"[A-Za-z0-9_]+(?:[.,][0-9]+)*%?|[<>]=?|=")


# Examples in brackets say how an answer should look, not which rows to keep: "(e.g. 1950 for 1950-1959)",
# "(1870, 1880, ..., 1970)", "(for example 'Q1')".
_EXAMPLES = re.compile(
    r"\((?:\s*(?:e\.g\.|eg\b|for example|such as|like)[^()]*|[^()]*(?:\.\.\.|…|and so on|etc\.?)[^()]*)\)", re.I
)


class Question:
    """A question split into lower-case tokens, keeping the original spelling for short codes."""

    def __init__(self, text: str) -> None:
        self.asked = text  # as asked, currency signs and all ("under $20")
        text = _scale_numbers(FILLER_QUESTION.sub("", _EXAMPLES.sub(" ", text.strip())))
        text = re.sub(r"'(\d+(?:\.\d+)?[kKmM])'", r"\1", text)  # a quoted '5k' stays as written, a value's name
        # "haven't shipped", "didn't return": the negation as a word the rules read ("can't" -> "can not")
        text = re.sub(
            r"\b(ca|wo)n['’]t\b", lambda mt: ("can" if mt.group(1).lower() == "ca" else "will") + " not", text, flags=re.I
        )
        text = re.sub(r"(?<=[a-z])n['’]t\b", " not", text, flags=re.I)
        text = re.sub(r"\b([A-Za-z])&([A-Za-z])\b", r"\1\2", text)  # "S&P 500" as data names write it (`SP500`), "R&D"
        text = re.sub(r"\b(\d+)\s*(?:metres|meters|metre|meter)\b", r"\1m", text, flags=re.I)  # "the 200 metres": 200m
        text = re.sub(r"\b(left|right)[- ]?hand(?:ed|ers?)\b", r"\1handed", text, flags=re.I)  # "left-handed": one word
        # "furthest south", "the most northern": the southernmost, the northernmost
        text = re.sub(
            r"\b(?:(?:furthest|farthest)\s+(?:to\s+the\s+)?(north|south|east|west)|most\s+(north|south|east|west)(?:ern|erly))\b",
            lambda mt: (mt.group(1) or mt.group(2)).lower() + "ernmost",
            text,
            flags=re.I,
        )
        # "the age of the wives when they got married", "the age a husband got married at": the age at marriage;
        # "married before they turned 20": an age at marriage under 20
        text = re.sub(r"\b(?:got|were|was)\s+married\s+(before|after)\s+(?:they|he|she)\s+(?:turned|was|were)\s+(\d+)\b",
                      lambda mt: f"had an age at marriage {'under' if mt.group(1).lower() == 'before' else 'over'} {mt.group(2)}",
                      text, flags=re.I)  # fmt: skip
        text = re.sub(r"\b(ages?\b[\w\s']{0,30}?)\s*(?:\bwhen\s+(?:they|he|she|we|you)\s+(?:first\s+)?(?:got|were|was)\s+married\b"
                      r"|\bgot\s+married\s+at\b)", r"\1 at marriage", text, flags=re.I)  # fmt: skip
        # "still alive at the end of the study": the state the data records, at its end
        text = re.sub(r"\s*\b(?:at|by)\s+the\s+end(?:\s+of\s+(?:the|this)\s+(?:study|trial|survey|follow-?up|experiment))?\b",
                      "", text, flags=re.I)  # fmt: skip
        # "on which day were processors most often released": the day the most processors were released
        text = re.sub(r"\b(were|was)\s+([a-z]+)\s+most (?:often|frequently)\s+([a-z]+ed)\b", r"\1 the most \2 \3", text,
                      flags=re.I)  # fmt: skip
        # "which magnitude occurs most often": the most common; "started most recently": the latest
        text = re.sub(r"\b(?:occurs?|occurred|appears?|appeared|happens?|happened|comes? up)?\s*most (?:often|frequently)\b",
                      " is the most common", text, flags=re.I)  # fmt: skip
        text = re.sub(r"\bmost recent(?:ly)?\b", "latest", text, flags=re.I)
        # "top 5 heaviest athletes - sport and weight": the columns to show beside each, listed after a dash or colon
        if re.search(r"\b(?:top|bottom|first|last|\d+)\b", text, re.I):
            text = re.sub(
                r"\s+[-–:]\s+((?:[A-Za-z]\w*\s*(?:,\s*|\s+and\s+))+[A-Za-z]\w*)\s*([?.!]?)\s*$", r" with their \1\2", text
            )
        # "which insurance type accounts for the most admissions": has the most
        text = re.sub(r"\b(?:accounts?|accounted|is responsible|was responsible|are responsible|were responsible)\s+for\s+"
                      r"(?=(?:the\s+)?(?:most|highest|largest|biggest|greatest|lowest|fewest|least|smallest)\b)",
                      "has ", text, flags=re.I)  # fmt: skip
        text = re.sub(
            r"\b(which|what)\s+hour\s+of\s+(?:the\s+)?day\b", r"\1 hour", text, flags=re.I
        )  # "at which hour of the day"
        text = re.sub(r"\b(busiest|quietest|slowest|\d+)\s+hours\s+of\s+(?:the\s+)?day\b", r"\1 hours", text, flags=re.I)
        # ("the 3 busiest hours of the day": the hours)
        text = re.sub(
            r"\bat (an?) ([a-z]+(?: [a-z]+)?) of (?=-?\d)", r"at \1 \2 equal to ", text, flags=re.I
        )  # "at a temperature of 20"
        # "which number of cylinders is the most common": the most common number of them
        text = re.sub(
            r"^\s*(?:which|what)\s+number\s+of\s+(\w+)\s+(?:is|was)\s+(?:the\s+)?most\s+(common|frequent|popular|usual|typical)\b",
            r"what is the most \2 number of \1",
            text,
            flags=re.I,
        )
        # "Of the states Trump won, which one has the highest income": which of them, the condition kept with them
        text = re.sub(
            r"^\s*(?:of|among|amongst)\s+((?:the\s+)?\w+(?:\s+[^,?]+?)?)\s*,\s*(?:which|what)(?:\s+one)?\s+"
            r"(?=(?:has|had|have|is|was|were|are|did|does|got|scored|won)\b)",
            r"Which of \1 ",
            text,
            flags=re.I,
        )
        text = re.sub(r"\b(?:a\s+)?(winning|losing)\s+records?\b",  # "teams with a winning record": more wins than losses
                      lambda mt: "more wins than losses" if mt.group(1).lower() == "winning" else "more losses than wins",
                      text, flags=re.I)  # fmt: skip
        text = re.sub(  # "commutes longer than an hour", "in under half an hour": the minutes
            r"\b(than|over|under|within|about|in|exceeding|at least|at most)\s+(?:an|one)\s+hour\b",
            r"\1 60 minutes",
            text,
            flags=re.I,
        )
        text = re.sub(r"\b(than|over|under|within|about|in|exceeding|at least|at most)\s+half\s+an\s+hour\b", r"\1 30 minutes", text,
                      flags=re.I)  # fmt: skip
        text = re.sub(r",?\s*\b(?:going|judging)\s+by\b", " using", text, flags=re.I)  # "going by official time": no grouping
        text = re.sub(r"\brarest\b", "least common", text, flags=re.I)  # "the 5 rarest letters"
        text = re.sub(r"\b(\w+)-(year|month|week|day)-olds?\b", r"\1 \2s old", text, flags=re.I)  # "two-year-old cows"
        text = re.sub(
            r"\b(which|what)\s+(?:month\s+and\s+year|year\s+and\s+month)\b", r"\1 month", text, flags=re.I
        )  # a month, named with its year
        # "which region has the higher average": of two, the highest
        text = re.sub(
            r"\bthe (higher|lower|larger|bigger|smaller|greater|faster|slower|quicker)\b(?!\s+than)",
            lambda mt: "the " + {"higher": "highest", "lower": "lowest", "larger": "largest", "bigger": "biggest",
                                 "smaller": "smallest", "greater": "greatest", "faster": "fastest", "slower": "slowest",
                                 "quicker": "quickest"}[mt.group(1).lower()],
            text,
            flags=re.I,
        )  # fmt: skip
        # "which year had more accidents?" with no "than" and no choices named: the year with the most
        if re.match(r"\s*(?:which|who)\b", text, re.I) and not re.search(r"\bor\b|\bthan\b|\bvs\.?\b|\bversus\b", text, re.I):
            text = re.sub(
                r"\b(more|fewer|higher|lower|bigger|larger|smaller)\b",
                lambda mt: "the " + {"more": "most", "fewer": "fewest", "higher": "highest", "lower": "lowest",
                                     "bigger": "biggest", "larger": "largest", "smaller": "smallest"}[mt.group(1).lower()],
                text, count=1, flags=re.I,
            )  # fmt: skip
        if re.match(r"\s*(?:which|who|do|does|did|are|is|were|was|have|has|had)\b", text, flags=re.I):
            # "which group is older on average", "do boys or girls have wider feet": of the groups, the oldest, the widest
            text = _GROUP_COMPARATIVE.sub(lambda mt: "the " + COMPARATIVES[mt.group(1).lower()], text)
        # "at least 3000 feet", "at most 5": a bound, not the superlatives "least" and "most"
        text = re.sub(r"\bat (least|most)(?=\s*[-$]?\d)", lambda mt: "at" + mt.group(1).lower(), text, flags=re.I)
        # "children's books", "what's": a possessive or contraction 's is not the start of a quoted value
        text = re.sub(r"\b(what|who|where|when|how|which|that|it|there|here)['’]s\b", r"\1 is", text, flags=re.I)
        text = re.sub(r"\b(?:on board|aboard)\b", "", text, flags=re.I)  # "how many children were on board": the rows
        text = re.sub(r"\bsurvey (?=years?\b)", "", text, flags=re.I)  # "the survey years": the years
        # "which years does the data cover", "what years are included": the values there are
        text = re.sub(
            r"\b(?:does|do|did)\s+((?:the|this|our|my)\s+(?:[\w-]+\s+){0,2}(?:dataset|data set|data|table|file|sample|records))\s+"
            r"(?:cover|include|contain|span|have|list)\b",
            r"are there in \1",
            text,
            flags=re.I,
        )
        text = re.sub(
            r"\b(are|were)\s+(?:included|covered|contained|present|represented|recorded)\b", r"\1 there", text, flags=re.I
        )
        # "how many people are in the survey": the data itself, whatever the table is called
        said = re.search(
            r"\b(?:in|of|from|on)\s+(?:the|this|my|our)\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:dataset|data set|data|table|file)\b",
            text,
            re.I,
        )
        said_words = said.group(1).lower().split() if said else []  # "in the carseats data": the table it names
        self.data_words = {"".join(said_words), said_words[-1]} if said_words else set()  # ("air quality": `airquality`)
        text = re.sub(r"\b(are|is|were|was)\s+(?:in|on)\s+(?:the|this|my|our)\s+(?:[\w-]+\s+){0,2}(?:survey|study|trial|experiment|dataset|data set|data|table|file|sample|spreadsheet|list)\b",
                      r"\1 there", text, flags=re.I)  # fmt: skip  # "how many legislators are in the data": are there
        text = re.sub(r"\b(?:in|of|from|on)\s+(?:the|this|my|our)\s+(?:[\w-]+\s+){0,2}(?:survey|study|trial|experiment|dataset|data set|data|table|file|sample|spreadsheet|list)\b",
                      "", text, flags=re.I)  # fmt: skip
        text = re.sub(r"\b(?:in|of|from)\s+(?:[A-Z][A-Za-z-]+\s+){1,2}(?:dataset|data set|data)\b", "", text)  # "in
        # Massachusetts data": which data, not a condition
        text = re.sub(r"\s+([?.!,])", r"\1", text)  # (the space left before the question mark)
        text = _digits(text)
        text = STEP_NOUN.sub(r"\1", text)  # "calls per five-minute interval": the rows of a series kept at that step
        text = re.sub(r"\b(?:km|kilomet(?:er|re)s?)\s*(?:/|per|an|a)\s*(?:h|hr|hour)\b", "kph", text, flags=re.I)  # "80 km/h"
        text = re.sub(
            r"\bmiles (?:per|a|an) (gallon|hour)\b", lambda mt: "mpg" if mt.group(1) == "gallon" else "mph", text, flags=re.I
        )
        text = re.sub(r"(?<=[A-Za-z])['’]s\b", "", text)
        text = re.sub(r"\bafrican[- ]americans?\b", "black", text, flags=re.I)  # (data codes it 'afam', 'Black', ...)
        text = re.sub(  # "how many state-year records", "state-years with a primary law": a panel's rows
            r"\b([A-Za-z]+)-years?(?:\s+(?:records|observations|rows|entries|pairs))?\b",
            lambda mt: (
                "rows" if singular(mt.group(1).lower()) in PLACE_CODE_NOUNS | {"city", "municipality", "person"} else mt.group(0)
            ),
            text,
            flags=re.I,
        )
        self.text = text
        self.typed_lower = text.lower()  # as typed, for names written with their underscores
        # snake_case as typed ("by sale_date") reads as its words, like the column names do; token
        # positions and the text the patterns search must agree, so both use the split form.
        text = re.sub(r"(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])", " ", text.replace("’", "'"))
        self.lower = text.lower()
        # (a quoted value, "the medium 'Etching on paper'", reads as its words: the values match words, and the
        # positions the patterns find in `lower` must count the same tokens)
        self.raw_tokens = _TOKEN.findall(text)
        self.tokens = [t.lower() for t in self.raw_tokens]
        self.singles = [singular(t) for t in self.tokens]
        # words written with hyphens, glued ("out-of-state" for `Outstate`): (first token, how many tokens, glued)
        self.hyphened = [
            (self.token_at(mt.start()), mt.group(0).count("-") + 1, glued)
            for mt in re.finditer(r"\b[a-z]+(?:-[a-z]+)+\b", self.lower)
            for glued in {
                mt.group(0).replace("-", ""),
                "".join(w for w in mt.group(0).split("-") if w not in ("of", "the", "to", "a")),
            }
        ]
        # "which sub-category has": the patterns read hyphenated words as words (the tokens already are)
        self.lower = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", self.lower)
        self.entity_pos: int | None = None
        for i, t in enumerate(self.tokens[:-1]):
            if (t == "many" and i and self.tokens[i - 1] == "how") or (t == "of" and i and self.tokens[i - 1] == "number"):
                self.entity_pos = i + 1
                while self.entity_pos < len(self.tokens) - 1 and (
                    self.tokens[self.entity_pos] in ("of", "the", "these", "all")
                    or re.fullmatch(r"\d+(?:\.\d+)?[a-z]+", self.tokens[self.entity_pos])
                ):
                    self.entity_pos += 1  # "how many of the mothers", "how many 5k runners"
                break
        else:
            if len(self.tokens) > 2 and self.tokens[1] in ("by", "per"):
                self.entity_pos = 0

    def has(self, *words: str) -> bool:
        return any(w in self.tokens or w in self.singles for w in words)

    def phrase(self, pattern: str) -> re.Match[str] | None:
        return re.search(pattern, self.lower)

    def token_at(self, pos: int) -> int:
        """The index of the token a match at this offset of `lower` starts (how many tokens come before it)."""
        return len(_TOKEN.findall(self.lower[:pos]))

    def index_of(self, *words: str) -> int | None:
        for i, t in enumerate(self.tokens):
            if t in words or self.singles[i] in words:
                return i
        return None


def _expand(token: str) -> set[str]:
    out = _EXPAND_CACHE.get(token)
    if out is None:
        out = {token, singular(token)}
        for word in {token, singular(token)}:
            if len(word) >= 5 and word.endswith(("re", "er")):  # fibre/fiber, centres/center, litre/liter
                out.add(word[:-2] + word[-1] + word[-2])
        if token.endswith("ness") and len(token) >= 9:  # "religiousness" -> `religious`, "greenness" -> green
            out.add(token[:-4])
        if "our" in token and len(token) >= 5:  # colour/color, flavour/flavor
            out.add(token.replace("our", "or"))
        if token.endswith("est") and len(token) >= 7:  # "the densest" for `density`, "the widest" for `width`
            base = token[:-3]  # ("the heaviest": heaviness, never a "heavith" for `ht` to abbreviate)
            out.update((base + "ness",) if base.endswith("i") else (base + "ity", base + "th", base + "ness"))
        if token.endswith("ing") and len(token) >= 8:  # "relaxing" for `hrsrelax`, "drinking" for `drink`
            out.add(token[:-3])
        if token.endswith("f") and len(token) >= 4:  # "shelf" for `ShelveLoc`, "half" for `halves`
            out.update((token[:-1] + "ve", token[:-1] + "ves"))
        out.update(SYNONYMS.get(token, ()))
        out.update(COLUMN_ALIASES.get(token, ()))
        if token not in SYNONYMS and singular(token) != token:
            out.update(SYNONYMS.get(singular(token), ()))  # "deaths" as "death": the plural of a word with synonyms
        out.update(ABBREVIATIONS.get(token, ()))
        if token.endswith(("er", "ers")) and len(token) >= 6:  # "smokers" -> smoke, "drinkers" -> drink
            stem = token[: -3 if token.endswith("ers") else -2]
            out.update((stem, stem + "e"))
        for suf in ("ing", "ly", "ed"):  # "grossing" -> gross, "closing" -> close, "remotely" -> remote
            if token.endswith(suf) and len(token) - len(suf) >= (3 if suf == "ed" else 4):
                out.update((token[: -len(suf)], token[: -len(suf)] + "e"))
                if suf == "ed":
                    out.add(token[:-2] + "ing")  # "highest rated" -> rating
                    if token.endswith("red"):
                        out.add(token[:-2] + "y")  # "injured" -> `subject_injury`
        if len(_EXPAND_CACHE) < 4096:
            _EXPAND_CACHE[token] = out
    return out


_EXPAND_CACHE: dict[str, set[str]] = {}


_WEAK_WORDS = frozenset({"max", "min", "high", "low", "hi", "lo"})


_NOT_ABBREVIATED = frozenset(
    {"popular", "general", "generally", "country", "countries", "description", "agency", "decade", "decades", "capital",
     "congress", "congressional"}  # ("members of Congress" over `money_con`: no contributions against)
)  # fmt: skip


_COMPOUND_TAILS = frozenset({"person", "persons", "people", "man", "men", "woman", "women", "ship", "ships", "hood", "wide",
                             "less", "ful", "like", "time", "times", "day", "days", "side", "line", "lines"})  # fmt: skip
# ("salesperson" is no clip of `sales`, nor "statewide" of `state`)


def _abbreviates(word: str, token: str) -> bool:
    """A column word that is a short abbreviation of the question word: dest/destination, dep/departure, ret/return."""
    if len(word) >= 4 and token == word + "e" and word.isalpha():
        return True  # `cach` for "cache", `rout` for "route": the silent e dropped
    rest = token[len(word) :]
    if (
        len(word) >= 5 and word.isalpha() and token.startswith(word) and len(rest) >= 3 and rest not in _INFLECTIONS
        and rest not in _COMPOUND_TAILS and token not in _NOT_ABBREVIATED
    ):  # fmt: skip
        return True  # `accel` for "acceleration", `air_aspir_method` for "aspiration": a longer word's clipped stem
    return (
        3 <= len(word) <= 4
        and len(token) >= len(word) + 3
        and token.startswith(word)
        and word not in _WEAK_WORDS
        and token not in _NOT_ABBREVIATED
        and token[len(word) :] not in _GLUED_WORDS  # (not "ballpark" for `BallCount`)
        and (token not in AGG_WORDS or (word, token) == ("comb", "combined"))  # (`comb_mpg`: fuel economy's own clip)
    )


def _clips(part: str, word: str, inner: bool = False) -> bool:
    """A stored value's word that clips a question word: herbi/herbivores, prof/professors; inside a value of
    several words also a skeleton: asst/assistant. An inflection is not a clip (young/youngest)."""
    if len(part) < 3 or len(word) < len(part) + 2 or part[0] != word[0]:
        return False
    if word.startswith(part):  # (not "ballpark" for 'Ball': a word of its own glued on)
        return word[len(part) :] not in _INFLECTIONS and word[len(part) :] not in _GLUED_WORDS
    if 5 <= len(part) <= 7 and part[:3] == word[:3] and part[-1] == word[-1] and len(part) >= 0.6 * len(word):
        tail = iter(word[3:])  # 'divrcd' for "divorced", 'separtd' for "separated": a few letters dropped inside
        if all(ch in tail for ch in part[3:]):
            return True
    rest = iter(word[1:])
    skeleton = len(part) == 4 and not set(part) & set("aeiouy") and part[-1] == word[-1]  # 'ctrl' for "control"
    return (inner or skeleton) and len(part) <= 4 and all(ch in rest for ch in part[1:])


_GLUED_WORDS = frozenset({"park", "parks", "room", "rooms", "house", "houses", "yard", "yards", "field", "fields", "book",
                          "books", "land", "lands", "work", "works", "point", "points", "game", "games", "light", "water",
                          "man", "men", "woman", "women", "ship", "ships", "hood", "side", "line", "lines"})  # fmt: skip
_INFLECTIONS = frozenset({"s", "es", "est", "er", "ers", "ed", "ing", "ings", "ly", "ish", "ness", "ies", "ied"})


_GLUED_FIGURES = frozenset({"total", "average", "avg", "mean", "max", "min", "net", "gross"})


def _spelled_by_pair(word: str, tokens: list[str], taken: set[int], exact: set[int]) -> int | None:
    """Where two adjacent question words spell a glued column word, each clipped: air+co(nditioning) -> `airco`,
    lot+size -> `lotsize`, test+scr (score) -> `testscr`, h(ard)+d(rive) -> `hd`, b(irth)+wt (weight) -> `bwt`."""
    for i in range(len(tokens) - 1):
        t1, t2 = tokens[i], tokens[i + 1]
        if (
            word in (t1 + t2, t1 + singular(t2))
            and i not in taken
            and i + 1 not in taken
            and (t1 not in STOP or (t1 in _GLUED_FIGURES and t2 not in STOP))
        ):  # ("the highest total bill" over `totalbill`: the word glued to its figure)
            return i  # "market value" -> `marketvalue`, even with a common word in it
        ordinal = (
            len(word) == 2 and t1 in ("first", "second", "third", "final", "last") and t2 not in STOP
        )  # `fy`: f(irst) y(ear)
        if i in taken or i + 1 in taken or (t1 in STOP and not ordinal) or t2 in STOP or not (t1.isalpha() and t2.isalpha()):
            continue
        if t1 in AGG_WORDS or t2 in AGG_WORDS or (len(word) == 2 and (i in exact or i + 1 in exact)):
            continue  # "avg mpg" does not spell `am`
        for k in range(1, len(word)):
            p1, p2 = word[:k], word[k:]
            if len(p1) == 1 and len(word) > 4:
                continue
            if not (t1.startswith(p1) if len(p1) <= 2 else (t1.startswith(p1) or _skeleton_of(p1, t1) or p1 == singular(t1))):
                continue
            if p1 == t1 and p2 in ("d", "s", "r", "ed", "es", "er"):
                continue  # "close during" does not spell `closed`: an ending of the first word, not the next word clipped
            initials = len(p2) == 1 and t2.startswith(p2) and (len(word) <= 3 or (p1 == t1 and len(t1) >= 3))
            # `hd`: h(ard) d(rive); `dewp`: dew p(oint)
            clip = t2.startswith(p2) and not (len(p1) == 1 and len(p2) == 2)  # (not `min` for "m(ortgage) in(surance)")
            if initials or p2 == t2 or p2 == singular(t2) or (len(p2) >= 2 and (clip or _skeleton_of(p2, t2))):
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
    if len(word) == 4 and word.endswith("s") and not token.endswith("s") and _skeleton_of(word[:-1], token):
        return True  # `num_engs` for "a four-engine plane": the plural clipped, the word said in the singular
    if not 2 <= len(word) <= 4 or len(token) < len(word) + 1 or word[0] != token[0] or any(ch in "aeiou" for ch in word[1:]):
        return False
    if len(word) == 2 and word in ABBREVIATIONS and token not in ABBREVIATIONS[word]:
        return False  # `mn` is manganese, never the skeleton of "magnesium" (that is `mg`)
    if len(word) == 2 and word[1] == "g" and "g" not in token.replace("gh", ""):
        return False  # `hg` (hemoglobin) is no "height": its g is silent, never what a name keeps
    if token.endswith("est") and len(token) >= 7:
        token = token[:-3]  # "heaviest" is not `ht`: a superlative's ending is no part of its word
    if word[-1] in "dg" and token.endswith(("ed", "ing")) and len(token) >= 6:
        token = token[: -2 if token.endswith("ed") else -3]  # "published" is not `phd`: its d is the verb's ending
    rest = iter(token[1:])
    return all(ch in rest for ch in word[1:])


# Pieces that data names glue to a word without a separator: `poptotal`, `popdensity`, `percollege`, `inmetro`,
# `brainwt`, `gdpPercap`. A name part that starts or ends with one is also indexed by the rest.
_GLUED_PREFIXES = (
    "pp",  # per person: `ppgdp`
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
    "raw",
    "adj",
    "start",
    "end",
    "year",  # `yearacc`, `yearbuilt`: the year of the accident, of the building
    "usa",  # `usaimp`, `usaexp`: what the US imports from and exports to a country
    "hh",  # `hhsize`: the household's size
    "bl",  # `blbmi`: at baseline
)


_GLUED_SUFFIXES = (
    "total",
    "tot",
    "cnt",
    "pct",
    "rate",
    "amt",
    "num",
    "avg",
    "max",
    "min",
    "size",
    "pc",
    "name",
    "date",
    "year",
    "month",
    "hand",
    "foot",
    "area",
    "share",
    "yr",  # `educyr`: years of schooling
    "bp",  # `highbp`: high blood pressure
    "len",  # `bladelen`, `bladewid`: a leaf blade's length and width
    "wid",
)  # `packpc`, `ctryname`, `enddate`, `birthyear`, `domhand`, `biggerfoot`, `ricearea`, `foodshare`


_GLUED_AFFIXES = frozenset(_GLUED_PREFIXES) | frozenset(_GLUED_SUFFIXES)


# A comparative between groups, not before "than" nor after "or"/"and" ("65 or older", "older than 60": conditions).
_GROUP_COMPARATIVE = re.compile(
    rf"(?<!\bor )(?<!\band )(?<!& )\b({'|'.join(c for c in COMPARATIVES if c not in DIRECTIONAL)})\b(?!\s+than\b)", re.I
)
# "a five-minute interval", "a 5 min slot": the step a series is kept at, naming its rows (the length is no condition)
STEP_NOUN = re.compile(
    r"\b(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|sixty)\s*-?\s*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)\s+"
    r"(intervals?|slots?|periods?|windows?|blocks?|buckets?)\b",
    re.I,
)


def _glued_pieces(part: str, inner: bool = False) -> set[str]:
    if (len(part) < (4 if inner else 5) and not (part.endswith("wt") and len(part) >= 3)) or not part.isalpha():
        return set()
    out: set[str] = set()
    for pre in _GLUED_PREFIXES:
        if part.startswith(pre) and len(part) - len(pre) >= 3:
            out.update((pre, part[len(pre) :]))
            out |= _glued_pieces(part[len(pre) :], inner=True)  # (`hhninc`: the household's net income)
    for suf in _GLUED_SUFFIXES:
        if part.endswith(suf) and len(part) - len(suf) >= 3:
            out.update((part[: -len(suf)], suf))
    if part.endswith("wt") and len(part) >= 3:  # `bwt`, `brainwt`, `bodywt`: a weight
        out.update((part[:-2], "wt"))
    return {w for w in out if w not in STOP and w != "in"}


def _root(word: str) -> str:
    """The root of a word for matching column names: insurance, insured -> insur."""
    for suf in ("ations", "ation", "ances", "ance", "ences", "ence", "ments", "ment", "ions", "ion", "ors", "or", "ates", "ated",
                "ate", "ing", "ed", "es", "e", "s"):  # fmt: skip
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            root = word[: -len(suf)]
            return root[:-1] if root.endswith("e") and len(root) > 4 else root  # improvement/improved, education/educate
    return word


_STEM_SUFFIXES = ("ing", "ers", "er", "ism", "ist", "ly", "s")
_PAST_STEM_SUFFIXES = ("ing", "ers", "er", "ism", "ist", "ly", "ed", "s")


def _stem(word: str, past: bool = False) -> str:
    """A crude stem for matching values only: engineers, engineering -> engine; Buddhists, Buddhism -> buddh; with
    `past` (a stored value's stem) also a past participle: 'Remanded' -> remand, for "on remand"."""
    for _ in range(2):
        for suf in _PAST_STEM_SUFFIXES if past else _STEM_SUFFIXES:
            if word.endswith(suf) and len(word) - len(suf) >= 4:
                word = word[: -len(suf)]
                break
    return word[:-1] if word.endswith("e") and len(word) >= 6 else word  # freelancers, freelance -> freelanc


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


def _hits_column(token: str, words: set[str]) -> bool:
    return _names_word(token, words)


def _intensive(column: str) -> bool:
    """A per-row price or rate (`fare_amount`, `unit_price`): averaged, not summed, unless a total is asked for."""
    return bool(set(_split_name(column)) & {"price", "fare", "fee", "rate", "rating", "score", "temperature", "temp", "age"})


def _additive(column: str) -> bool:
    parts = _split_name(column)
    words = set(parts)
    if _intensive(column):
        return False
    if len(parts) >= 2 and parts[0] in ("n", "num", "nb", "number") and singular(parts[-1]) != parts[-1]:
        return True  # `nFailures`, `num_children`: the number of them, added up
    return bool(words & _ADDITIVE) or any(
        w.endswith(a) and (len(w) - len(a) <= 2 or len(a) >= 5) for w in words for a in _ADDITIVE
    )  # `ncases`, `pageviews`


_ADDITIVE = frozenset({"precipitation", "precip", "rain", "rainfall", "amount", "sales", "revenue", "quantity", "qty", "count",
                       "total", "cost", "spend", "profit", "units", "volume", "population", "generation", "production",
                       "output", "yield", "deaths", "cases", "visits", "clicks", "orders", "sold", "payroll", "gross", "streams",
                       "plays", "views", "downloads", "likes", "votes", "tickets", "passengers", "bookings", "people", "persons",
                       "households", "freq", "frequency", "controls", "runs", "homeruns", "goals", "wins", "medals",
                       "migrants", "births", "trips", "rides", "purchases", "crimes", "accidents", "incidents", "injuries", "fatalities",
                       "casualties", "arrivals", "departures", "suicides", "takings", "points", "assists", "rebounds", "applicants",
                       "students", "members", "employees", "customers", "patients", "voters", "residents", "workers",
                       "individuals", "victims", "subscribers", "users", "participants", "imports", "exports",
                       "emissions"})  # fmt: skip

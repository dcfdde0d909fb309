"""The offline engine: deterministic question-to-SQL over the schema profile, no model, no network.

It reads a question as a small set of parts (what to compute, over which column, grouped by what,
filtered how, ordered and limited how), each found from the schema itself: column names and the
words inside them, units, synonyms, and the values that occur in the data. It never guesses: when
the parts do not add up to a confident reading it says what it understood and what it can answer.
Follow-ups ("and for Gentoo?", "now by island") modify the previous question's reading.

This package reads questions; the reading itself is ``intent.py``, its SQL ``sql_builder.py`` and its
answer ``answers.py``, so each can change (and be tested) without the parser. Its modules, lowest
layer first (a module imports only from those above it in this list):

- ``words``: the question's tokens, and how a word matches the words of data names;
- ``text_dates``: dates written as text ('Jan 1 2000', '1998 Q1'), read as dates and converted in the SQL;
- ``table_index``: one table's column words, values and flags, indexed once, and what a question mentions in it;
- ``derived``: figures of two columns on each row ("the difference between the high and the low", "beds per
  hospital"), read over the table with one more column and added in the SQL;
- ``columns``: which column plays which part (the date, the year, the measures named, what the rows are);
- ``declines``: when and how the engine declines, and the questions it suggests instead;
- ``date_filters``, ``filters``: the conditions on rows (WHERE);
- ``groups``: what the question groups by (GROUP BY);
- ``aggregates``: the aggregate and its measure, what is counted, the order and the limit;
- ``subjects``: what the question ranks or lists;
- ``parse``: the parts put together into one reading;
- ``followup``: follow-ups, read against the previous reading;
- ``engine``: ``OfflineEngine``, its caches, the choice of table or join, and the checks before a reading runs.
"""

from .declines import suggestions
from .engine import MAX_CACHE, OfflineEngine
from .table_index import Mentions, tok_join
from .words import Question

__all__ = ["MAX_CACHE", "Mentions", "OfflineEngine", "Question", "suggestions", "tok_join"]

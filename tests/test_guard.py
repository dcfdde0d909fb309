"""The first wall: hostile SQL is rejected with a readable reason; everyday analytics SQL is accepted
and runs, unchanged in meaning, through the sandboxed source."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from querychat.data import DuckDBSource
from querychat.guard import UnsafeSQLError, limit_sql, validate_sql

DATA = Path(__file__).parent / "data"
TABLES = ("penguins", "seattle_weather")


def load_corpus(name: str) -> list[str]:
    """Entries separated by a line `-- next`; lines starting with `--!` are notes about the file."""
    lines = [ln for ln in (DATA / name).read_text().splitlines() if not ln.startswith("--!")]
    entries = [e.strip() for e in re.split(r"^-- next$", "\n".join(lines), flags=re.MULTILINE)]
    return [e for e in entries if e]


HOSTILE = load_corpus("hostile.sql")
BENIGN = load_corpus("benign.sql")
# Non-deterministic results: these are only run, not compared with plain DuckDB.
UNSTABLE = ("random()", "USING SAMPLE", "now()")


def short(sql: str) -> str:
    return " ".join(sql.split())[:70]


def test_corpora_are_big_enough() -> None:
    assert len(HOSTILE) >= 60, len(HOSTILE)
    assert len(BENIGN) >= 60, len(BENIGN)
    assert len(set(HOSTILE)) == len(HOSTILE), "duplicate hostile entries"
    assert len(set(BENIGN)) == len(BENIGN), "duplicate benign entries"


@pytest.mark.parametrize("sql", HOSTILE, ids=[short(s) for s in HOSTILE])
def test_hostile_sql_is_rejected_with_a_readable_reason(sql: str) -> None:
    with pytest.raises(UnsafeSQLError) as info:
        validate_sql(sql, TABLES)
    reason = str(info.value)
    assert isinstance(info.value, ValueError)
    assert 10 <= len(reason) <= 300, reason
    assert "\n" not in reason and "\x1b" not in reason, reason
    assert "<class" not in reason and "Traceback" not in reason, reason


@pytest.fixture(scope="module")
def plain_duckdb() -> duckdb.DuckDBPyConnection:
    """The same tables in an ordinary DuckDB, to compare results of the raw SQL and the guarded SQL."""
    from conftest import SAMPLE

    con = duckdb.connect()
    for table in TABLES:
        path = str(SAMPLE / f"{table}.csv").replace("'", "''")
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', nullstr = ['NA', ''])")
    yield con
    con.close()


def _canon(rows: list[tuple] | tuple) -> list[str]:
    return sorted(repr(tuple(r)) for r in rows)


@pytest.mark.parametrize("sql", BENIGN, ids=[short(s) for s in BENIGN])
def test_benign_sql_is_accepted_and_runs_with_the_same_result(
    sql: str, sample_source: DuckDBSource, plain_duckdb: duckdb.DuckDBPyConnection
) -> None:
    safe = validate_sql(sql, TABLES)
    assert safe.strip()
    result = sample_source.query(sql)
    assert result.columns
    if any(marker in sql for marker in UNSTABLE):
        return
    # The sqlglot round trip must not change what the query means.
    expected = plain_duckdb.execute(sql).fetchall()
    assert result.row_count == len(expected)
    if len(expected) <= len(result.rows):
        assert _canon(result.rows) == _canon(expected), safe


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("SELECT 1; DROP TABLE penguins", ["one statement"]),
        ("DROP TABLE penguins", ["DROP", "changes the database"]),
        ("INSTALL httpfs", ["INSTALL", "extensions"]),
        ("SELECT * FROM read_csv('/etc/passwd')", ["read_csv()", "files"]),
        ("SELECT getenv('HOME')", ["getenv()"]),
        ("SELECT * FROM customers", ["unknown table 'customers'", "penguins", "seattle_weather"]),
        ("SELECT * FROM 'data.csv'", ["looks like a file"]),
        ("SELECT * FROM information_schema.tables", ["another schema"]),
        ("SELECT count(*) FROM penguins /* ; DROP TABLE penguins */", ["comment"]),
        ("SELECT * FROM penguins WHERE (", ["could not be parsed", "line 1"]),
        ("", ["empty"]),
        ("hello there", ["not a SQL query"]),
        ("SELECT * FROM json_each('{}')", ["json_each()", "range()"]),
    ],
)
def test_reasons_say_what_is_wrong(sql: str, words: list[str]) -> None:
    with pytest.raises(UnsafeSQLError) as info:
        validate_sql(sql, TABLES)
    for word in words:
        assert word in str(info.value), (word, str(info.value))


def test_returned_sql_is_regenerated_without_comments_or_trailing_statements() -> None:
    out = validate_sql("-- count them\nSELECT count(*) AS n FROM penguins /* all */;", TABLES)
    assert out == "SELECT COUNT(*) AS n FROM penguins"


def test_quoted_function_names_are_still_checked() -> None:
    for sql in ["SELECT \"getenv\"('HOME')", "SELECT * FROM \"READ_CSV\"('/etc/passwd')", "SELECT main.getenv('x')"]:
        with pytest.raises(UnsafeSQLError):
            validate_sql(sql, TABLES)


def test_cte_names_are_scoped() -> None:
    """A CTE defined inside a subquery does not make the same name valid outside it."""
    assert validate_sql("WITH x AS (SELECT 1 AS a) SELECT * FROM x", TABLES)
    assert validate_sql("SELECT * FROM (WITH x AS (SELECT 1 AS a) SELECT * FROM x) AS sub", TABLES)
    assert validate_sql("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r", TABLES)
    with pytest.raises(UnsafeSQLError, match="unknown table 'x'"):
        validate_sql("SELECT * FROM (WITH x AS (SELECT 1 AS a) SELECT * FROM x) AS sub, x", TABLES)


def test_table_names_match_case_insensitively_and_only_loaded_tables() -> None:
    assert validate_sql("SELECT * FROM PENGUINS", TABLES)
    with pytest.raises(UnsafeSQLError):
        validate_sql("SELECT * FROM penguins", ["seattle_weather"])
    with pytest.raises(UnsafeSQLError, match="none"):
        validate_sql("SELECT * FROM penguins", [])


def test_strings_and_identifiers_that_look_dangerous_are_fine() -> None:
    for sql in [
        "SELECT 'x; DROP TABLE penguins' AS s",
        "SELECT '/* ; */' AS s, 'read_csv(''/etc/passwd'')' AS t",
        'SELECT 1 AS "a;b", species AS "drop table" FROM penguins',
    ]:
        out = validate_sql(sql, TABLES)
        assert len(duckdb.sql(out.replace("FROM penguins", "FROM (SELECT 'x' AS species)")).fetchall()) == 1


def test_limit_is_applied_and_smaller_limits_kept() -> None:
    assert validate_sql("SELECT * FROM penguins", TABLES, limit=20).endswith("LIMIT 20")
    assert validate_sql("SELECT * FROM penguins LIMIT 5", TABLES, limit=20).endswith("LIMIT 5")
    assert limit_sql("SELECT * FROM penguins LIMIT 500", 20).endswith("LIMIT 20")
    wrapped = limit_sql("SELECT * FROM penguins LIMIT 500 OFFSET 10", 20)
    assert "OFFSET 10" in wrapped and wrapped.endswith("LIMIT 20")
    assert "LIMIT 20" in validate_sql("PIVOT penguins ON sex USING count(*) GROUP BY species", TABLES, limit=20)


def test_guard_output_is_stable_under_a_second_pass() -> None:
    """What the guard returns must itself pass the guard unchanged (the source re-parses it to cap it)."""
    for sql in BENIGN:
        once = validate_sql(sql, TABLES)
        assert validate_sql(once, TABLES) == once, sql


def test_the_cli_query_command_rejects_every_hostile_statement(capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m querychat query` (in-process here, for speed): exit 1 and one line for each."""
    from conftest import SAMPLE

    from querychat.__main__ import main

    tables = [arg for t in TABLES for arg in ("--table", f"{t}={SAMPLE / (t + '.csv')}")]
    for sql in HOSTILE:
        assert main(["query", *tables, sql]) == 1, sql
        captured = capsys.readouterr()
        assert captured.out == "", sql
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("querychat: error: "), (sql, captured.err)
